//! Rounds that start from the last one: the next round, and the review of the answers it
//! carried over.

use serde::Serialize;
use tauri::State;

use dhma::i18n::{arg, num};
use dhma::service::{self, Saved};

use super::responses::actor;
use crate::error::IpcResult;
use crate::state::AppState;

/// The round just started: its id (the interface opens it) and the sentence saying from
/// which round and how many answers were carried over.
#[derive(Debug, Serialize)]
pub struct RoundStarted {
    pub id: i64,
    pub message: String,
}

/// Starts the next round of the assessment's country from its latest round; `round` and
/// `date` blank or null: the year of the date, and today.
#[tauri::command(async)]
pub fn new_round(
    state: State<'_, AppState>,
    id: i64,
    round: Option<String>,
    date: Option<String>,
) -> IpcResult<RoundStarted> {
    state.with(|db, l| {
        let started = service::new_round(db, id, round, date, &actor(), l)?;
        Ok(RoundStarted {
            id: started.id,
            message: l.format(
                "ui-round-started",
                &[
                    arg("title", &started.title),
                    arg("from", &started.from_title),
                    num("count", started.carried as f64),
                ],
            ),
        })
    })
}

/// "Reviewed, no change" on an answer carried over from the last round.
#[tauri::command(async)]
pub fn mark_reviewed(state: State<'_, AppState>, id: i64, code: String) -> IpcResult<Saved> {
    state.with(|db, l| service::mark_reviewed(db, id, &code, &actor(), l))
}
