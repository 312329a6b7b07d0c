//! "Findings and recommendations": the team's texts for the report, autosaved.

use tauri::State;

use dhma::model::NarrativeKind;
use dhma::service::{self, NarrativeSaved, NarrativesView};

use crate::commands::responses::actor;
use crate::error::IpcResult;
use crate::state::AppState;

#[tauri::command(async)]
pub fn narratives(state: State<'_, AppState>, id: i64) -> IpcResult<NarrativesView> {
    state.with(|db, l| service::narratives(db, id, l))
}

#[tauri::command(async)]
pub fn save_narrative(
    state: State<'_, AppState>,
    id: i64,
    scope: String,
    kind: NarrativeKind,
    text: String,
) -> IpcResult<NarrativeSaved> {
    state.with(|db, _| service::save_narrative(db, id, &scope, kind, &text, &actor()))
}
