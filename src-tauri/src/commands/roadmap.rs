//! The roadmap screen: propose actions from the gaps, edit, reorder.

use serde::Serialize;
use tauri::State;

use dhma::i18n::num;
use dhma::service::{self, RoadmapEdit, RoadmapView};

use crate::commands::responses::actor;
use crate::error::IpcResult;
use crate::state::AppState;

#[derive(Debug, Serialize)]
pub struct Regenerated {
    pub count: usize,
    pub message: String,
}

#[tauri::command(async)]
pub fn roadmap(state: State<'_, AppState>, id: i64) -> IpcResult<RoadmapView> {
    state.with(|db, l| service::roadmap(db, id, l))
}

#[tauri::command(async)]
pub fn regenerate_roadmap(state: State<'_, AppState>, id: i64) -> IpcResult<Regenerated> {
    state.with(|db, l| {
        let count = service::regenerate_roadmap(db, id, &actor())?;
        Ok(Regenerated {
            count,
            message: l.format("ui-road-regenerated", &[num("count", count as f64)]),
        })
    })
}

#[tauri::command(async)]
pub fn edit_roadmap_item(state: State<'_, AppState>, id: i64, edit: RoadmapEdit) -> IpcResult<()> {
    state.with(|db, l| service::edit_roadmap_item(db, id, &edit, &actor(), l))
}

#[tauri::command(async)]
pub fn move_roadmap_item(
    state: State<'_, AppState>,
    id: i64,
    uid: String,
    delta: i64,
) -> IpcResult<()> {
    state.with(|db, _| service::move_roadmap_item(db, id, &uid, delta, &actor()))
}

/// The follow-up of one action (its status and progress note), also after sign-off.
#[tauri::command(async)]
pub fn set_follow_up(
    state: State<'_, AppState>,
    id: i64,
    uid: String,
    status: String,
    progress: String,
) -> IpcResult<()> {
    state.with(|db, _| service::set_follow_up(db, id, &uid, &status, &progress, &actor()))
}
