//! The dashboard: scores and radar, computed and drawn by the core.

use tauri::State;

use dhma::service::{self, DashboardView};

use crate::error::IpcResult;
use crate::state::AppState;

#[tauri::command(async)]
pub fn dashboard(state: State<'_, AppState>, id: i64) -> IpcResult<DashboardView> {
    state.with(|db, l| service::dashboard(db, id, l))
}
