//! The next round starts from the last one: a new draft of the same country and framework
//! made from the latest round, its answers carried over until a person reviews them.

use serde::Serialize;

use super::assessment_title;
use crate::error::{Error, Result};
use crate::i18n::{parse_date_input, Localizer};
use crate::model::{parse_date, today_utc};
use crate::storage::{Db, NextRound};

/// A round started from the last one.
#[derive(Debug, Clone, Serialize)]
pub struct StartedRound {
    /// The new assessment.
    pub id: i64,
    pub title: String,
    /// The round it started from: the latest of the country and framework, which may not
    /// be the one asked for.
    pub from: i64,
    pub from_title: String,
    /// How many answers were carried over (each marked "carried over, not reviewed").
    pub carried: usize,
}

/// Starts the next round of the country and framework of assessment `id` from their latest
/// round (see [`Db::start_next_round`]): `round` is its name (blank or `None`: the year of
/// its date, or the date when that name is taken), `date` its `YYYY-MM-DD` date (`None`:
/// today, UTC). Participants, groups, ratings, consensus notes and dissent are not carried.
pub fn new_round(
    db: &mut Db,
    id: i64,
    round: Option<String>,
    date: Option<String>,
    actor: &str,
    l: &Localizer,
) -> Result<StartedRound> {
    let date = match date.map(|d| d.trim().to_string()) {
        // As typed in the interface language's order (02/12/2026, 2026-12-02, …).
        Some(d) if !d.is_empty() => match parse_date_input(&d) {
            Some(iso) => iso,
            None => {
                return Err(Error::InvalidValue {
                    field: "date".into(),
                    value: d,
                })
            }
        },
        _ => today_utc(),
    };
    let round = match round.map(|r| r.trim().to_string()) {
        Some(r) if !r.is_empty() => r,
        _ => default_name(db, id, &date)?,
    };
    let made = db.start_next_round(id, &NextRound { round, date }, actor)?;
    let new = db.assessment(made.id)?;
    let from = db.assessment(made.from)?;
    Ok(StartedRound {
        id: made.id,
        title: assessment_title(l, &new.country, &new.round),
        from: made.from,
        from_title: assessment_title(l, &from.country, &from.round),
        carried: made.carried,
    })
}

/// The year of the new round's date, or the whole date when the country has a round of that
/// name already (the storage refuses a name in use inside its transaction).
fn default_name(db: &Db, id: i64, date: &str) -> Result<String> {
    let (_, names) = db.latest_round_of(id)?;
    let year = parse_date(date)
        .map(|d| d.year().to_string())
        .unwrap_or_else(|| date.to_string());
    let taken = |name: &str| {
        names
            .iter()
            .any(|n| n.trim().to_lowercase() == name.to_lowercase())
    };
    Ok(if taken(&year) { date.to_string() } else { year })
}
