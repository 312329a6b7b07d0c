//! Language and start-up.

use serde::Serialize;
use tauri::State;

use crate::error::IpcResult;
use crate::state::AppState;

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Startup {
    pub lang: String,
    /// The assessment to open first (the sample on a first run).
    pub open_id: Option<i64>,
}

#[tauri::command(async)]
pub fn startup(state: State<'_, AppState>) -> IpcResult<Startup> {
    state.with(|db, l| {
        Ok(Startup {
            open_id: dhma::service::first_run(db)?,
            lang: l.lang().code().to_string(),
        })
    })
}

#[tauri::command(async)]
pub fn ui_texts(state: State<'_, AppState>) -> IpcResult<dhma::service::UiTexts> {
    Ok(dhma::service::ui_texts(state.lang()))
}

#[tauri::command(async)]
pub fn set_language(state: State<'_, AppState>, lang: String) -> IpcResult<dhma::service::UiTexts> {
    state.with(|db, _| dhma::service::set_language(db, &lang).map(dhma::service::ui_texts))
}
