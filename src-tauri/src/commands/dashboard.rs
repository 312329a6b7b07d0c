//! The dashboard: scores and radar, computed and drawn by the core.

use tauri::State;

use dhma::i18n::arg;
use dhma::service::{self, ChangesView, DashboardView};

use crate::error::IpcResult;
use crate::state::AppState;

#[tauri::command(async)]
pub fn dashboard(state: State<'_, AppState>, id: i64) -> IpcResult<DashboardView> {
    state.with(|db, l| service::dashboard(db, id, l))
}

/// What changed since the previous round of the same country and framework.
#[tauri::command(async)]
pub fn changes(state: State<'_, AppState>, id: i64) -> IpcResult<ChangesView> {
    state.with(|db, l| service::changes_view(db, id, l))
}

/// Finalises the assessment (sign-off): locked, fingerprinted, and a backup kept for ever.
#[tauri::command(async)]
pub fn finalise(
    state: State<'_, AppState>,
    id: i64,
    sign_off: service::SignOff,
) -> IpcResult<String> {
    state.with(|db, l| {
        let kept = service::finalise(db, id, &sign_off, "desktop")?;
        Ok(l.format(
            "ui-signoff-done",
            &[arg("backup", kept.map(|b| b.name).unwrap_or_default())],
        ))
    })
}
