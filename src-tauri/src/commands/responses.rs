//! The walk: indicator pages, autosave of answers, evidence.

use tauri::State;

use dhma::model::{Evidence, Response};
use dhma::service::{self, IndicatorView, Saved, WalkView};

use crate::error::IpcResult;
use crate::state::AppState;

/// Who made a change, for the change log: this computer's user.
pub(crate) fn actor() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_else(|_| "desktop".into())
}

#[tauri::command(async)]
pub fn walk(state: State<'_, AppState>, id: i64) -> IpcResult<WalkView> {
    state.with(|db, l| service::walk(db, id, l))
}

#[tauri::command(async)]
pub fn indicator(state: State<'_, AppState>, id: i64, code: String) -> IpcResult<IndicatorView> {
    state.with(|db, l| service::indicator(db, id, &code, l))
}

#[tauri::command(async)]
pub fn save_response(state: State<'_, AppState>, id: i64, response: Response) -> IpcResult<Saved> {
    state.with(|db, l| service::save_response(db, id, &response, &actor(), l))
}

#[tauri::command(async)]
pub fn add_evidence(state: State<'_, AppState>, id: i64, evidence: Evidence) -> IpcResult<()> {
    state.with(|db, _| service::add_evidence(db, id, &evidence, &actor()))
}

#[tauri::command(async)]
pub fn remove_evidence(state: State<'_, AppState>, id: i64, row: i64) -> IpcResult<()> {
    state.with(|db, _| db.remove_evidence(id, row, &actor()))
}
