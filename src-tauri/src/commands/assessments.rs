//! Home screen: list, create, sample, delete with undo, import and export.

use std::path::PathBuf;

use serde::Serialize;
use tauri::{AppHandle, Runtime, State};

use dhma::i18n::arg;
use dhma::service::{self, FrameworkOption, HomeItem, ImportView, NewAssessmentInput};

use super::chosen_path;
use super::responses::actor;

use crate::error::IpcResult;
use crate::state::AppState;

/// What a finished file operation tells the interface.
#[derive(Debug, Serialize)]
pub struct Done {
    pub id: Option<i64>,
    pub path: Option<String>,
    pub message: String,
}

#[tauri::command(async)]
pub fn list_assessments(state: State<'_, AppState>) -> IpcResult<Vec<HomeItem>> {
    state.with(|db, l| service::home(db, l))
}

#[tauri::command(async)]
pub fn list_frameworks(state: State<'_, AppState>) -> IpcResult<Vec<FrameworkOption>> {
    state.with(|_, l| Ok(service::frameworks(l)))
}

#[tauri::command(async)]
pub fn create_assessment(state: State<'_, AppState>, input: NewAssessmentInput) -> IpcResult<i64> {
    state.with(|db, _| service::create(db, &input))
}

#[tauri::command(async)]
pub fn open_sample(state: State<'_, AppState>) -> IpcResult<i64> {
    state.with(|db, _| service::open_sample(db))
}

#[tauri::command(async)]
pub fn delete_assessment(state: State<'_, AppState>, id: i64) -> IpcResult<Done> {
    let dir = state.backup_dir.clone();
    state.with(|db, l| {
        let a = db.assessment(id)?;
        let path = service::delete_with_backup(db, id, &dir)?;
        let name = service::assessment_title(l, &a.country, &a.round);
        Ok(Done {
            id: None,
            message: l.format(
                "ui-deleted",
                &[arg("name", name), arg("path", path.display())],
            ),
            path: Some(path.display().to_string()),
        })
    })
}

#[tauri::command(async)]
pub fn restore_assessment(state: State<'_, AppState>, path: String) -> IpcResult<Done> {
    state.with(|db, l| {
        let id = dhma::exchange::import_file(db, &PathBuf::from(&path))?;
        let a = db.assessment(id)?;
        Ok(Done {
            id: Some(id),
            path: None,
            message: l.format(
                "ui-restored",
                &[arg(
                    "name",
                    service::assessment_title(l, &a.country, &a.round),
                )],
            ),
        })
    })
}

/// Imports an assessment file: a new assessment, or merged into its copy here; returns what
/// was done with its summary (answers taken, conflicts waiting).
#[tauri::command(async)]
pub fn import_assessment<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    path: Option<String>,
) -> IpcResult<Option<ImportView>> {
    let filter = state.with(|_, l| Ok(l.text("ui-file-filter")))?;
    let Some(path) = chosen_path(&app, path, None, &[(&filter, &["json"])]) else {
        return Ok(None);
    };
    state.with(|db, l| service::import_assessment(db, &path, &actor(), l).map(Some))
}

#[tauri::command(async)]
pub fn export_assessment<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: i64,
    path: Option<String>,
) -> IpcResult<Option<Done>> {
    let (filter, suggested) = state.with(|db, l| {
        let a = db.assessment(id)?;
        Ok((
            l.text("ui-file-filter"),
            service::suggested_file_name(&a, dhma::exchange::EXTENSION),
        ))
    })?;
    let Some(path) = chosen_path(&app, path, Some(suggested), &[(&filter, &["json"])]) else {
        return Ok(None);
    };
    state.with(|db, l| {
        dhma::exchange::export_file(db, id, &path)?;
        Ok(Some(Done {
            id: Some(id),
            path: Some(path.display().to_string()),
            message: l.format("ui-exported", &[arg("path", path.display())]),
        }))
    })
}
