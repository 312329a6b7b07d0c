//! "Save chart…" on the dashboard: the radar or the bar chart as a PNG (300 dpi) or SVG
//! image, in the interface language, where the user chooses.

use tauri::{AppHandle, Runtime, State};

use dhma::chart_image::{self, ChartKind, ImageFormat};
use dhma::i18n::arg;
use dhma::service;

use crate::commands::assessments::Done;
use crate::error::IpcResult;
use crate::state::AppState;

/// Saves chart `kind` (`radar` or `bars`) of an assessment. `path` null opens the save
/// dialog (PNG or SVG; the file's extension chooses, PNG unless it is `.svg`); none chosen
/// gives null.
#[tauri::command(async)]
pub fn save_chart<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: i64,
    kind: String,
    path: Option<String>,
) -> IpcResult<Option<Done>> {
    let (kind, suggested) = state.with(|db, _| {
        let kind = ChartKind::parse(&kind)?;
        let a = db.assessment(id)?;
        Ok((
            kind,
            service::suggested_chart_name(&a, kind, ImageFormat::Png),
        ))
    })?;
    let Some(path) = super::chosen_path(
        &app,
        path,
        Some(suggested),
        &[("PNG", &["png"]), ("SVG", &["svg"])],
    ) else {
        return Ok(None);
    };
    let format = ImageFormat::of_path(&path);
    state.with(|db, l| {
        service::save_chart(
            db,
            id,
            l.lang(),
            kind,
            format,
            chart_image::DEFAULT_DPI,
            &path,
        )?;
        Ok(Some(Done {
            id: Some(id),
            message: l.format("ui-chart-saved", &[arg("path", path.display())]),
            path: Some(path.display().to_string()),
        }))
    })
}
