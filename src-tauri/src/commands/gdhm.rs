//! GDHM: the export dialog's details and the upload CSV; the benchmark from a GDHM data
//! export (its countries listed, the chosen ones stored). Thin wrappers over
//! `dhma::service`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Serialize;
use tauri::{AppHandle, Runtime, State};

use dhma::i18n::{arg, num};
use dhma::service::{self, BenchmarkChoice, GdhmDetailsView};

use super::assessments::Done;
use super::responses::actor;
use crate::error::IpcResult;
use crate::state::AppState;

#[tauri::command(async)]
pub fn gdhm_details(state: State<'_, AppState>, id: i64) -> IpcResult<GdhmDetailsView> {
    state.with(|db, l| service::gdhm_details(db, id, l.lang()))
}

#[tauri::command(async)]
pub fn save_gdhm_details(
    state: State<'_, AppState>,
    id: i64,
    values: BTreeMap<String, String>,
) -> IpcResult<GdhmDetailsView> {
    state.with(|db, l| {
        service::save_gdhm_details(db, id, &values, &actor())?;
        service::gdhm_details(db, id, l.lang())
    })
}

/// Writes GDHM's upload CSV (the native save dialog when `path` is null); the first detail
/// GDHM would refuse is the error, and no file is written.
#[tauri::command(async)]
pub fn export_gdhm_csv<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: i64,
    path: Option<String>,
) -> IpcResult<Option<Done>> {
    let Some(path) = super::export_path(&app, &state, id, path, "-gdhm.csv", &[("csv", &["csv"])])?
    else {
        return Ok(None);
    };
    state.with(|db, l| {
        service::export_upload_csv(db, id, &path)?;
        Ok(Some(Done {
            id: Some(id),
            path: Some(path.display().to_string()),
            message: l.text("ui-gdhm-exported"),
        }))
    })
}

/// A GDHM data export chosen for a benchmark: where it is, its countries and its date.
#[derive(Debug, Serialize)]
pub struct GdhmFile {
    pub path: String,
    pub countries: Vec<String>,
    pub date: Option<String>,
}

/// Reads a GDHM data export (the native open dialog when `path` is null) and lists its
/// countries.
#[tauri::command(async)]
pub fn gdhm_file<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    path: Option<String>,
) -> IpcResult<Option<GdhmFile>> {
    let Some(path) = super::chosen_path(&app, path, None, &[("xlsx", &["xlsx"])]) else {
        return Ok(None);
    };
    state.with(|_, l| {
        let view = service::gdhm_file(&path, l.lang())?;
        Ok(Some(GdhmFile {
            path: path.display().to_string(),
            countries: view.countries,
            date: view.date,
        }))
    })
}

#[tauri::command(async)]
pub fn import_benchmark(
    state: State<'_, AppState>,
    id: i64,
    path: String,
    choice: BenchmarkChoice,
) -> IpcResult<String> {
    state.with(|db, l| {
        let b = service::import_benchmark(db, id, &PathBuf::from(path), &choice, &actor())?;
        Ok(l.format(
            "cli-benchmark-imported",
            &[
                arg("label", dhma::charts::benchmark_name(&b, l)),
                num("count", b.countries.len() as f64),
            ],
        ))
    })
}

#[tauri::command(async)]
pub fn clear_benchmark(state: State<'_, AppState>, id: i64) -> IpcResult<String> {
    state.with(|db, l| {
        service::clear_benchmark(db, id, &actor())?;
        Ok(l.text("cli-benchmark-cleared"))
    })
}
