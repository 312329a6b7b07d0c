//! The PDF report: rendered off the main thread, saved where the user chooses.

use std::path::PathBuf;

use tauri::{AppHandle, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use dhma::i18n::{arg, num};
use dhma::service;

use crate::commands::assessments::Done;
use crate::error::IpcResult;
use crate::state::AppState;

#[tauri::command(async)]
pub fn export_report<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: i64,
    path: Option<String>,
) -> IpcResult<Option<Done>> {
    let suggested = state.with(|db, _| {
        let a = db.assessment(id)?;
        Ok(service::suggested_file_name(&a, ".pdf"))
    })?;
    let path = match path {
        Some(p) => PathBuf::from(p),
        None => {
            let chosen = app
                .dialog()
                .file()
                .add_filter("PDF", &["pdf"])
                .set_file_name(suggested)
                .blocking_save_file();
            match chosen.and_then(|p| p.into_path().ok()) {
                Some(p) => p,
                None => return Ok(None),
            }
        }
    };
    state.with(|db, l| {
        let pages = service::export_report(db, id, l.lang(), &path)?;
        Ok(Some(Done {
            id: Some(id),
            message: l.format(
                "ui-report-written",
                &[arg("path", path.display()), num("pages", pages as f64)],
            ),
            path: Some(path.display().to_string()),
        }))
    })
}
