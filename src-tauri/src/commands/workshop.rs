//! The workshop: ratings by person or by tally, the spread of an indicator, the agreed phase
//! with its consensus note, dissent, and groups. Thin wrappers over `dhma::service`.

use tauri::{AppHandle, Runtime, State};

use dhma::model::{Dissent, Group, Rater, Rating};
use dhma::scoring::Current;
use dhma::service::{self, RatingsPreview, SpreadView, Tally};

use super::responses::actor;
use crate::error::IpcResult;
use crate::state::AppState;

#[tauri::command(async)]
pub fn spread(state: State<'_, AppState>, id: i64, code: String) -> IpcResult<SpreadView> {
    state.with(|db, l| service::spread_view(db, id, &code, l))
}

#[tauri::command(async)]
pub fn to_discuss(state: State<'_, AppState>, id: i64) -> IpcResult<Vec<SpreadView>> {
    state.with(|db, l| service::to_discuss(db, id, l))
}

#[tauri::command(async)]
pub fn set_rating(state: State<'_, AppState>, id: i64, rating: Rating) -> IpcResult<SpreadView> {
    state.with(|db, l| {
        service::set_rating(db, id, &rating, &actor())?;
        service::spread_view(db, id, &rating.indicator, l)
    })
}

#[tauri::command(async)]
pub fn clear_rating(
    state: State<'_, AppState>,
    id: i64,
    code: String,
    rater: Rater,
) -> IpcResult<SpreadView> {
    state.with(|db, l| {
        service::clear_rating(db, id, &code, &rater, &actor())?;
        service::spread_view(db, id, &code, l)
    })
}

#[tauri::command(async)]
pub fn set_tally(
    state: State<'_, AppState>,
    id: i64,
    code: String,
    tally: Tally,
) -> IpcResult<SpreadView> {
    state.with(|db, l| {
        service::set_tally(db, id, &code, &tally, &actor())?;
        service::spread_view(db, id, &code, l)
    })
}

#[tauri::command(async)]
pub fn agree_phase(
    state: State<'_, AppState>,
    id: i64,
    code: String,
    agreed: Option<Current>,
    note: Option<String>,
) -> IpcResult<SpreadView> {
    state.with(|db, l| {
        service::agree(db, id, &code, agreed, note.as_deref(), &actor())?;
        service::spread_view(db, id, &code, l)
    })
}

#[tauri::command(async)]
pub fn record_dissent(
    state: State<'_, AppState>,
    id: i64,
    dissent: Dissent,
) -> IpcResult<SpreadView> {
    state.with(|db, l| {
        service::record_dissent(db, id, &dissent, &actor())?;
        service::spread_view(db, id, &dissent.indicator, l)
    })
}

#[tauri::command(async)]
pub fn remove_dissent(
    state: State<'_, AppState>,
    id: i64,
    code: String,
    rater: Rater,
) -> IpcResult<SpreadView> {
    state.with(|db, l| {
        service::remove_dissent(db, id, &code, &rater, &actor())?;
        service::spread_view(db, id, &code, l)
    })
}

#[tauri::command(async)]
pub fn participants(state: State<'_, AppState>, id: i64) -> IpcResult<Vec<String>> {
    state.with(|db, _| service::participant_names(db, id))
}

/// The participant list as the form edits it (one a line: name; organisation; role).
#[tauri::command(async)]
pub fn participants_text(state: State<'_, AppState>, id: i64) -> IpcResult<String> {
    state.with(|db, l| service::participants_text(db, id, l))
}

/// Replaces the participant list (the same text as the New form).
#[tauri::command(async)]
pub fn edit_participants(state: State<'_, AppState>, id: i64, text: String) -> IpcResult<()> {
    state.with(|db, _| service::edit_participants(db, id, &text, &actor()))
}

#[tauri::command(async)]
pub fn groups(state: State<'_, AppState>, id: i64) -> IpcResult<Vec<Group>> {
    state.with(|db, _| service::groups(db, id))
}

#[tauri::command(async)]
pub fn save_group(
    state: State<'_, AppState>,
    id: i64,
    old_name: Option<String>,
    group: Group,
) -> IpcResult<()> {
    state.with(|db, _| service::save_group(db, id, old_name.as_deref(), &group, &actor()))
}

#[tauri::command(async)]
pub fn delete_group(state: State<'_, AppState>, id: i64, name: String) -> IpcResult<()> {
    state.with(|db, _| service::delete_group(db, id, &name, &actor()))
}

/// Picks a ratings CSV with the native dialog (or takes `path`, for tests) and previews it:
/// how many ratings, for how many indicators, which names are new. Stores nothing; `None`
/// when the dialog was cancelled.
#[tauri::command(async)]
pub fn preview_ratings_import<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: i64,
    path: Option<String>,
) -> IpcResult<Option<RatingsPreview>> {
    let filter = state.with(|_, l| Ok(l.text("ui-ratings-file-filter")))?;
    let Some(path) = super::chosen_path(&app, path, None, &[(&filter, &["csv"])]) else {
        return Ok(None);
    };
    state
        .with(|db, l| service::preview_ratings_csv(db, id, &path, l))
        .map(Some)
}

/// Imports the previewed ratings CSV: read and checked again, then stored all or nothing.
#[tauri::command(async)]
pub fn import_ratings(state: State<'_, AppState>, id: i64, path: String) -> IpcResult<String> {
    state.with(|db, l| {
        service::import_ratings_file(db, id, std::path::Path::new(&path), &actor(), l)
    })
}
