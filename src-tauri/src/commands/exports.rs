//! "Export…" (every format of `dhma export`, chosen in a small dialog, then the save
//! dialog) and "Import answers…" (a workbook or CSV of answers, previewed, then stored).

use tauri::{AppHandle, Runtime, State};

use dhma::export::Format;
use dhma::i18n::arg;
use dhma::service::{self, AnswersPreview, ExportChoice};

use super::assessments::Done;
use super::responses::actor;
use crate::error::{IpcError, IpcResult};
use crate::state::AppState;

/// The formats the export dialog offers, with the file name suggested for each.
#[tauri::command(async)]
pub fn export_choices(state: State<'_, AppState>, id: i64) -> IpcResult<Vec<ExportChoice>> {
    state.with(|db, l| service::export_choices(db, id, l))
}

/// Writes an export in `format` (its texts in the interface language) where the person
/// chooses; `excel` puts a byte-order mark before a CSV. `None` when the dialog was
/// cancelled.
#[tauri::command(async)]
pub fn export_as<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: i64,
    format: String,
    excel: bool,
    path: Option<String>,
) -> IpcResult<Option<Done>> {
    let Some(format) = Format::parse(&format) else {
        let e = dhma::Error::InvalidValue {
            field: "format".into(),
            value: format,
        };
        return Err(IpcError::new(&e, state.lang()));
    };
    let choice = state.with(|db, l| {
        service::export_choices(db, id, l)?
            .into_iter()
            .find(|c| c.id == format.as_str())
            .ok_or_else(|| dhma::Error::InvalidValue {
                field: "format".into(),
                value: format.as_str().into(),
            })
    })?;
    let Some(path) = super::chosen_path(
        &app,
        path,
        Some(choice.file_name.clone()),
        &[(&choice.label, &[choice.extension.as_str()])],
    ) else {
        return Ok(None);
    };
    state.with(|db, l| {
        service::export(db, id, format, l.lang(), excel, &path)?;
        Ok(Some(Done {
            id: Some(id),
            path: Some(path.display().to_string()),
            message: l.format("ui-exported", &[arg("path", path.display())]),
        }))
    })
}

/// Picks a workbook or CSV of answers (or takes `path`) and lists what it would change,
/// storing nothing; `None` when the dialog was cancelled.
#[tauri::command(async)]
pub fn preview_answers_import<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: i64,
    path: Option<String>,
) -> IpcResult<Option<AnswersPreview>> {
    let filter = state.with(|_, l| Ok(l.text("ui-import-answers-filter")))?;
    let Some(path) = super::chosen_path(&app, path, None, &[(&filter, &["xlsx", "csv"])]) else {
        return Ok(None);
    };
    state
        .with(|db, l| service::preview_answers(db, id, &path, l))
        .map(Some)
}

/// Imports the previewed answers: read and checked again, then stored all or nothing;
/// returns the sentence saying how many answers changed.
#[tauri::command(async)]
pub fn import_answers(state: State<'_, AppState>, id: i64, path: String) -> IpcResult<String> {
    state.with(|db, l| {
        service::import_answers(db, id, std::path::Path::new(&path), &actor(), l)
            .map(|done| done.summary)
    })
}
