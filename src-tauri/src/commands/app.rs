//! Language and start-up.

use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime, State};

use crate::error::{IpcError, IpcResult};
use crate::state::AppState;

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Startup {
    pub lang: String,
    /// The assessment to open first (the sample on a first run).
    pub open_id: Option<i64>,
    /// Why the database could not be opened; the interface then offers the way out.
    pub problem: Option<IpcError>,
    /// The problem is a file that cannot be used at all (damaged, another program's, from a
    /// newer DHMA): a backup or a new file may replace it. Otherwise only retrying helps.
    pub replaceable: bool,
}

/// The window's title in the interface language (`product-name`): set at start-up and on
/// every change of language.
fn set_title<R: Runtime>(app: &AppHandle<R>, lang: dhma::i18n::Lang) {
    let title = dhma::service::localizer(lang).text("product-name");
    for window in app.webview_windows().values() {
        // A window that cannot be retitled keeps its title; nothing else depends on it.
        let _ = window.set_title(&title);
    }
}

#[tauri::command(async)]
pub fn startup<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> IpcResult<Startup> {
    set_title(&app, state.lang());
    if let Some(problem) = state.problem() {
        return Ok(Startup {
            lang: state.lang().code().to_string(),
            open_id: None,
            problem: Some(problem),
            replaceable: state
                .slot()
                .as_ref()
                .err()
                .is_some_and(dhma::Error::is_unusable_database),
        });
    }
    state.with(|db, l| {
        Ok(Startup {
            open_id: dhma::service::first_run(db)?,
            lang: l.lang().code().to_string(),
            problem: None,
            replaceable: false,
        })
    })
}

#[tauri::command(async)]
pub fn ui_texts(state: State<'_, AppState>) -> IpcResult<dhma::service::UiTexts> {
    Ok(dhma::service::ui_texts(state.lang()))
}

#[tauri::command(async)]
pub fn set_language<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    lang: String,
) -> IpcResult<dhma::service::UiTexts> {
    let lang = state.set_lang(&lang)?;
    set_title(&app, lang);
    Ok(dhma::service::ui_texts(lang))
}

/// Environment variable that makes [`app_ready`] print its line (used by `scripts/bench`).
pub const READY_PROBE_ENV: &str = "DHMA_READY_PROBE";

/// Called by the interface once its first screen is rendered. With `DHMA_READY_PROBE=1` it
/// prints `dhma-ready` to stdout, so the start-up benchmark can time launch → interactive.
#[tauri::command(async)]
pub fn app_ready() {
    if std::env::var_os(READY_PROBE_ENV).is_some_and(|v| v == "1") {
        println!("dhma-ready");
    }
}
