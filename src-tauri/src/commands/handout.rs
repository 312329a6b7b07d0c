//! The questionnaire to hand out before the workshop: rendered off the main thread, saved
//! where the user chooses, opened like a report.

use tauri::{AppHandle, Runtime, State};

use dhma::i18n::{arg, num};
use dhma::service;

use crate::commands::assessments::Done;
use crate::error::IpcResult;
use crate::state::AppState;

/// Writes the questionnaire of assessment `id` in the interface language; `prefill` prints
/// the phases of the country's round before it. `path` skips the save dialog (tests).
#[tauri::command(async)]
pub fn export_handout<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: i64,
    prefill: bool,
    path: Option<String>,
) -> IpcResult<Option<Done>> {
    let suffix = state.with(|_, l| Ok(format!("-questionnaire-{}.pdf", l.lang().code())))?;
    let Some(path) = super::export_path(&app, &state, id, path, &suffix, &[("PDF", &["pdf"])])?
    else {
        return Ok(None);
    };
    let done = state.with(|db, l| {
        let pages = service::write_handout(db, id, l.lang(), prefill, &path)?;
        Ok(Some(Done {
            id: Some(id),
            message: l.format(
                "ui-handout-written",
                &[arg("path", path.display()), num("pages", pages as f64)],
            ),
            path: Some(path.display().to_string()),
        }))
    })?;
    state.remember_report(path);
    Ok(done)
}
