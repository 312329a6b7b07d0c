//! The roadmap screen: propose actions from the gaps, edit, reorder.

use serde::Serialize;
use tauri::{AppHandle, Runtime, State};

use dhma::i18n::{arg, num};
use dhma::service::{self, NewAction, RoadmapEdit, RoadmapView};

use crate::commands::assessments::Done;

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

/// Adds an action the team wrote (on an indicator, or cross-cutting); returns its uid.
#[tauri::command(async)]
pub fn add_roadmap_action(
    state: State<'_, AppState>,
    id: i64,
    action: NewAction,
) -> IpcResult<String> {
    state.with(|db, _| service::add_roadmap_action(db, id, &action, &actor()))
}

/// Deletes an action the team wrote.
#[tauri::command(async)]
pub fn delete_roadmap_action(state: State<'_, AppState>, id: i64, uid: String) -> IpcResult<()> {
    state.with(|db, _| service::delete_roadmap_action(db, id, &uid, &actor()))
}

/// Writes the roadmap's progress report (what `dhma progress` writes) where the person
/// chooses, in the interface language; `None` when they cancel the dialog.
#[tauri::command(async)]
pub fn export_progress_report<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: i64,
    path: Option<String>,
) -> IpcResult<Option<Done>> {
    let Some(path) = super::export_path(
        &app,
        &state,
        id,
        path,
        "-progress.pdf",
        &[("PDF", &["pdf"])],
    )?
    else {
        return Ok(None);
    };
    let done = state.with(|db, l| {
        let pages = service::write_progress_report(db, id, l.lang(), &path, &actor())?;
        Ok(Some(Done {
            id: Some(id),
            message: l.format(
                "ui-road-progress-written",
                &[arg("path", path.display()), num("pages", pages as f64)],
            ),
            path: Some(path.display().to_string()),
        }))
    })?;
    // "Open" is offered next to the notice: `open_report` opens only the files recorded.
    state.remember_report(path);
    Ok(done)
}
