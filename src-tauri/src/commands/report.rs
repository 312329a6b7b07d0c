//! The report, as a PDF or as an editable DOCX document: rendered off the main thread, saved
//! where the user chooses.

use std::path::PathBuf;

use tauri::{AppHandle, Runtime, State};

use dhma::i18n::{arg, num};
use dhma::service;

use crate::commands::assessments::Done;
use crate::error::{IpcError, IpcResult};
use crate::state::AppState;

#[tauri::command(async)]
pub fn export_report<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: i64,
    path: Option<String>,
) -> IpcResult<Option<Done>> {
    let Some(path) = super::export_path(&app, &state, id, path, ".pdf", &[("PDF", &["pdf"])])?
    else {
        return Ok(None);
    };
    let done = state.with(|db, l| {
        let pages = service::export_report(db, id, l.lang(), &path)?;
        Ok(Some(Done {
            id: Some(id),
            message: l.format(
                "ui-report-written",
                &[arg("path", path.display()), num("pages", pages as f64)],
            ),
            path: Some(path.display().to_string()),
        }))
    })?;
    state.remember_report(path);
    Ok(done)
}

/// Writes the report as an editable DOCX document (Word, LibreOffice) in the interface
/// language, A4, where the user chooses (`path` null opens the native dialog).
#[tauri::command(async)]
pub fn export_report_docx<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: i64,
    path: Option<String>,
) -> IpcResult<Option<Done>> {
    let Some(path) = super::export_path(&app, &state, id, path, ".docx", &[("DOCX", &["docx"])])?
    else {
        return Ok(None);
    };
    let done = state.with(|db, l| {
        service::export_report_docx(db, id, l.lang(), dhma::report::Paper::A4, &path)?;
        Ok(Some(Done {
            id: Some(id),
            message: l.format("ui-report-docx-written", &[arg("path", path.display())]),
            path: Some(path.display().to_string()),
        }))
    })?;
    state.remember_report(path);
    Ok(done)
}

/// Opens a report this session has written with the system's viewer (PDF or DOCX). Only those files:
/// the page cannot have any other path opened.
#[tauri::command(async)]
pub fn open_report(state: State<'_, AppState>, path: String) -> IpcResult<()> {
    let path = PathBuf::from(path);
    let known = state
        .reports
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .contains(&path);
    let lang = state.lang();
    if !known {
        let e = dhma::Error::InvalidValue {
            field: "path".into(),
            value: path.display().to_string(),
        };
        return Err(IpcError::new(&e, lang));
    }
    tauri_plugin_opener::open_path(&path, None::<&str>).map_err(|e| {
        IpcError::new(
            &dhma::Error::Io {
                path: path.display().to_string(),
                detail: e.to_string(),
                kind: dhma::error::IoKind::Other,
            },
            lang,
        )
    })
}
