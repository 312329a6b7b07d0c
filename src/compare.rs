//! Rounds of one country compared: the scores of every assessment of the same country and
//! framework, oldest first, and the round before a given one (drawn on the radar).
//!
//! Two assessments belong to the same country when their country names match after trimming
//! and ignoring case; they are ordered by assessment date, then by the order they were
//! created in this database.

use serde::Serialize;

use crate::error::Result;
use crate::framework;
use crate::model::{AssessmentSummary, Status};
use crate::scoring::{self, Scores};
use crate::storage::Db;

/// One round of a comparison.
#[derive(Debug, Clone, Serialize)]
pub struct Round {
    pub id: i64,
    pub uid: String,
    pub round: String,
    pub date: String,
    pub status: Status,
    pub scores: Scores,
}

/// Every round of one country under one framework, oldest first.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    pub country: String,
    pub framework_id: String,
    pub rounds: Vec<Round>,
}

fn same_country(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// The assessments of `country` under `framework_id`, oldest first.
pub fn rounds_of(db: &Db, country: &str, framework_id: &str) -> Result<Vec<AssessmentSummary>> {
    let mut rounds: Vec<AssessmentSummary> = db
        .list()?
        .into_iter()
        .filter(|a| a.framework.id == framework_id && same_country(&a.country, country))
        .collect();
    rounds.sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
    Ok(rounds)
}

/// Scores every round of `country` under `framework_id`, oldest first. Rounds scored under
/// another version of the framework are compared block by block (`Scores::block`).
pub fn compare_rounds(db: &Db, country: &str, framework_id: &str) -> Result<Comparison> {
    let summaries = rounds_of(db, country, framework_id)?;
    // The name as the latest round writes it, not as it was asked for.
    let name = summaries.last().map_or_else(
        || country.trim().to_string(),
        |s| s.country.trim().to_string(),
    );
    let rounds = summaries
        .into_iter()
        .map(|s| round_of(db, s))
        .collect::<Result<Vec<_>>>()?;
    Ok(Comparison {
        country: name,
        framework_id: framework_id.to_string(),
        rounds,
    })
}

/// A round with its scores.
fn round_of(db: &Db, s: AssessmentSummary) -> Result<Round> {
    let data = db.load(s.id)?;
    let fw = framework::find(
        &data.assessment.framework.id,
        &data.assessment.framework.version,
    )?;
    Ok(Round {
        scores: scoring::score(fw, &data.score_inputs()),
        id: s.id,
        uid: s.uid,
        round: s.round,
        date: s.date,
        status: s.status,
    })
}

/// The round just before assessment `id` of the same country and framework, if any, with its
/// scores.
pub fn previous_round(db: &Db, id: i64) -> Result<Option<Round>> {
    let a = db.assessment(id)?;
    let mut rounds = rounds_of(db, &a.country, &a.framework.id)?;
    let Some(pos) = rounds.iter().position(|r| r.id == id) else {
        return Ok(None);
    };
    match pos.checked_sub(1) {
        Some(p) => round_of(db, rounds.swap_remove(p)).map(Some),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::Current;

    fn add(db: &mut Db, country: &str, round: &str, date: &str, phase: u8) -> i64 {
        let mut data = crate::exchange::sample().expect("sample");
        data.assessment.uid = uuid::Uuid::new_v4().to_string();
        data.assessment.country = country.into();
        data.assessment.round = round.into();
        data.assessment.date = date.into();
        data.roadmap.clear();
        for r in &mut data.responses {
            r.current = Some(Current::Phase(phase));
        }
        db.insert_data(&data).expect("insert")
    }

    #[test]
    fn rounds_are_ordered_by_date_and_matched_by_country() {
        let mut db = Db::open_in_memory().expect("db");
        let late = add(&mut db, "Lusara", "Follow-up", "2028-05-01", 4);
        let early = add(&mut db, " lusara ", "Baseline", "2024-05-01", 2);
        let other = add(&mut db, "Norland", "Baseline", "2025-05-01", 3);
        let middle = add(&mut db, "LUSARA", "Mid-term", "2026-05-01", 3);

        let c = compare_rounds(&db, "Lusara", "who-itu-gdhm").expect("compare");
        let ids: Vec<i64> = c.rounds.iter().map(|r| r.id).collect();
        assert_eq!(ids, vec![early, middle, late]);
        let overall: Vec<Option<u8>> = c.rounds.iter().map(|r| r.scores.overall.phase).collect();
        assert_eq!(overall, vec![Some(2), Some(3), Some(4)]);

        let prev = previous_round(&db, late).expect("prev").expect("some");
        assert_eq!(prev.id, middle);
        assert_eq!(prev.scores.overall.phase, Some(3));
        assert!(previous_round(&db, early).expect("prev").is_none());
        assert!(previous_round(&db, other).expect("prev").is_none());
    }
}
