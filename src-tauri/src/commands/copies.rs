//! Copies of one assessment on several laptops: the conflicts a merge leaves, settling
//! them, and files for breakout groups. Thin wrappers over `dhma::service` (importing a file,
//! which merges, is `assessments::import_assessment`).

use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime, State};

use dhma::i18n::{arg, num};
use dhma::service::{self, ConflictView, Resolution};

use super::assessments::Done;
use super::responses::actor;
use crate::error::IpcResult;
use crate::state::AppState;

/// A conflict as the conflicts screen shows it (with whether another value may be written).
pub type ConflictItem = ConflictView;

fn items(list: Vec<ConflictView>) -> Vec<ConflictItem> {
    list
}

/// How the interface settles a conflict: `"local"`, `"incoming"` or `{"value": "…"}`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Choice {
    Local,
    Incoming,
    Value(String),
}

/// What settling a conflict tells the interface: a sentence for screen readers and the
/// conflicts still waiting.
#[derive(Debug, Serialize)]
pub struct Settled {
    pub message: String,
    pub conflicts: Vec<ConflictItem>,
}

#[tauri::command(async)]
pub fn conflicts(state: State<'_, AppState>, id: i64) -> IpcResult<Vec<ConflictItem>> {
    state.with(|db, l| service::conflicts(db, id, l).map(items))
}

#[tauri::command(async)]
pub fn resolve_conflict(
    state: State<'_, AppState>,
    id: i64,
    indicator: Option<String>,
    field: String,
    choice: Choice,
) -> IpcResult<Settled> {
    let how = match choice {
        Choice::Local => Resolution::Local,
        Choice::Incoming => Resolution::Incoming,
        Choice::Value(v) => Resolution::Value(v),
    };
    state.with(|db, l| {
        service::resolve_conflict(db, id, indicator.as_deref(), &field, &how, &actor())?;
        let left = service::conflicts(db, id, l)?;
        Ok(Settled {
            message: l.format("ui-conflict-settled", &[num("count", left.len() as f64)]),
            conflicts: items(left),
        })
    })
}

/// Writes a file for one breakout group (the native save dialog when `path` is null).
#[tauri::command(async)]
pub fn export_for_group<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: i64,
    group: String,
    path: Option<String>,
) -> IpcResult<Option<Done>> {
    let (filter, suggested) = state.with(|db, l| {
        let a = db.assessment(id)?;
        let tag: String = group
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect();
        let extension = format!("-{tag}{}", dhma::exchange::EXTENSION);
        Ok((
            l.text("ui-file-filter"),
            service::suggested_file_name(&a, &extension),
        ))
    })?;
    let Some(path) = super::chosen_path(&app, path, Some(suggested), &[(&filter, &["json"])])
    else {
        return Ok(None);
    };
    state.with(|db, l| {
        let b = service::export_for_group(db, id, &group, &path)?;
        Ok(Some(Done {
            id: Some(id),
            path: Some(path.display().to_string()),
            message: l.format(
                "ui-exported-for-group",
                &[
                    arg("group", &b.group),
                    num("blocks", b.blocks.len() as f64),
                    arg("path", path.display()),
                ],
            ),
        }))
    })
}
