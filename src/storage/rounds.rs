//! Rounds that start from the last one (issue 12): a new draft made from the latest round of
//! a country and framework, its answers carried over until a person reviews them, and the
//! note of what changed required when a carried-over phase changes.
//!
//! The phase a round carried over is logged per indicator (`response.carried`, new value the
//! phase), so that the rule holds after a review or a save of another field, and travels in
//! the file with the change log.

use rusqlite::{params, Transaction};

use super::{
    assessment_in, check_new, current_text, insert_evidence, insert_roadmap, log, responses_in,
    roadmap_in, rows, Db,
};
use crate::error::{Error, Result};
use crate::model::{now_utc, NewAssessment, Response, RoadmapStatus};
use crate::scoring::Current;

/// A new round asked for: its name and date (checked by the caller).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextRound {
    pub round: String,
    pub date: String,
}

/// What [`Db::start_next_round`] made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundMade {
    pub id: i64,
    /// The round it started from: the latest of the country and framework.
    pub from: i64,
    /// How many answers were carried over.
    pub carried: usize,
}

/// Two country names match after trimming and ignoring case (the rule of `crate::compare`,
/// which storage cannot use: it depends on storage).
fn same_country(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// Whether a response holds anything worth carrying over.
fn has_content(r: &Response) -> bool {
    r.current.is_some()
        || r.target.is_some()
        || r.target_year.is_some()
        || !r.rationale.trim().is_empty()
        || r.confidence.is_some()
}

impl Db {
    /// The round a new one would start from: the latest assessment (by date, then by
    /// creation here) of the country and framework of assessment `id`, and every round name
    /// already used by that country.
    pub fn latest_round_of(&self, id: i64) -> Result<(i64, Vec<String>)> {
        latest_in(self.conn(), id)
    }

    /// Creates, in one transaction, a draft of the same country, framework, facilitator and
    /// language as the latest round of the country and framework of assessment `id`,
    /// pre-filled with its answers (each marked carried over), its evidence, its open
    /// roadmap items (new identifiers, positions kept), its GDHM details and its context
    /// narratives (findings and recommendations start blank). Inside the transaction: the name
    /// must not be used by that country yet ([`Error::RoundNameTaken`]). Logged: the
    /// creation, `round.carried-from` (the previous round's uid), one `response.carried`
    /// per answer (its phase) and one `roadmap.carried` per open action (its identifier in
    /// the round before, its status; its progress note comes with it).
    pub fn start_next_round(
        &mut self,
        id: i64,
        next: &NextRound,
        actor: &str,
    ) -> Result<RoundMade> {
        let now = now_utc();
        self.write(|tx| {
            let (from, names) = latest_in(tx, id)?;
            let prev = assessment_in(tx, from)?;
            let round = next.round.trim();
            if names.iter().any(|n| same_country(n, round)) {
                return Err(Error::RoundNameTaken {
                    country: prev.country.clone(),
                    round: round.to_string(),
                });
            }
            let new = NewAssessment {
                country: prev.country.clone(),
                round: round.to_string(),
                date: next.date.clone(),
                facilitator: prev.facilitator.clone(),
                framework: prev.framework.clone(),
                language: prev.language.clone(),
            };
            check_new(&new)?;
            let uid = uuid::Uuid::new_v4().to_string();
            tx.execute(
                "INSERT INTO assessments (uid, country, round, assessment_date, facilitator,
                    framework_id, framework_version, language, status, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'draft', ?9, ?9)",
                params![
                    uid,
                    new.country.trim(),
                    new.round,
                    new.date,
                    new.facilitator.trim(),
                    new.framework.id,
                    new.framework.version,
                    new.language,
                    now
                ],
            )?;
            let new_id = tx.last_insert_rowid();
            log(
                tx,
                new_id,
                &now,
                actor,
                "assessment.created",
                None,
                None,
                Some(&uid),
            )?;
            log(
                tx,
                new_id,
                &now,
                actor,
                "round.carried-from",
                None,
                None,
                Some(&prev.uid),
            )?;
            let mut carried = 0;
            for r in responses_in(tx, from)?.into_iter().filter(has_content) {
                let r = Response {
                    carried: true,
                    change_note: String::new(),
                    ..r
                };
                rows::put_response(tx, new_id, &r, &now)?;
                log(
                    tx,
                    new_id,
                    &now,
                    actor,
                    "response.carried",
                    Some(&r.indicator),
                    None,
                    current_text(r.current).as_deref(),
                )?;
                carried += 1;
            }
            let evidence: Vec<_> = rows::all(
                tx,
                &format!(
                    "{} WHERE assessment_id = ?1 ORDER BY position, id",
                    rows::EVIDENCE
                ),
                [from],
                rows::evidence,
            )?
            .into_iter()
            .map(|(_, e)| e)
            .collect();
            insert_evidence(tx, new_id, &evidence)?;
            // Open actions carry over with their status and progress note; each new item's
            // history starts with where it came from (`roadmap.carried`: the item's
            // identifier in the round before, and its status).
            let mut carried_items = Vec::new();
            for i in roadmap_in(tx, from)? {
                if matches!(i.status, RoadmapStatus::Done | RoadmapStatus::Dropped) {
                    continue;
                }
                let old_uid = i.uid.clone();
                let item = crate::model::RoadmapItem {
                    uid: uuid::Uuid::new_v4().to_string(),
                    ..i
                };
                log(
                    tx,
                    new_id,
                    &now,
                    actor,
                    "roadmap.carried",
                    Some(&item.uid),
                    Some(&old_uid),
                    Some(item.status.as_str()),
                )?;
                carried_items.push(item);
            }
            insert_roadmap(tx, new_id, &carried_items)?;
            // GDHM's details (the country's summary, its contacts) stay those of the
            // country until someone changes them; each is logged as if set.
            let details = super::gdhm::details_in(tx, from)?;
            for f in crate::model::GdhmDetails::FIELDS {
                if let Some(v) = details.get(f).filter(|v| !v.is_empty()) {
                    log(
                        tx,
                        new_id,
                        &now,
                        actor,
                        &super::gdhm::log_what(f),
                        None,
                        None,
                        Some(v),
                    )?;
                }
            }
            super::gdhm::put_details(tx, new_id, &details)?;
            // The team's account of the country's context changes slowly: it carries over,
            // for the team to bring up to date; findings and recommendations (overall and
            // per building block) are the round's own conclusions and start blank. Logged
            // as if written.
            let context: Vec<crate::model::Narrative> = super::narratives::narratives_in(tx, from)?
                .into_iter()
                .filter(|n| n.kind == crate::model::NarrativeKind::Context)
                .collect();
            for n in &context {
                log(
                    tx,
                    new_id,
                    &now,
                    actor,
                    &super::narratives::log_what(n.kind),
                    Some(&n.scope),
                    None,
                    Some(&n.text),
                )?;
            }
            super::narratives::insert_narratives(tx, new_id, &context)?;
            Ok(RoundMade {
                id: new_id,
                from,
                carried,
            })
        })
    }

    /// How many answers of each assessment are carried over and not reviewed yet (only
    /// assessments that have some).
    pub fn carried_counts(&self) -> Result<std::collections::BTreeMap<i64, usize>> {
        let mut stmt = self.conn().prepare(
            "SELECT assessment_id, count(*) FROM responses WHERE carried = 1
             GROUP BY assessment_id",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))?;
        let mut out = std::collections::BTreeMap::new();
        for row in rows {
            let (id, n) = row?;
            out.insert(id, usize::try_from(n).unwrap_or_default());
        }
        Ok(out)
    }

    /// "Reviewed, no change": an answer carried over stays as it is and is no longer marked.
    /// Logged as `response.reviewed`; an answer not carried over is left alone.
    pub fn mark_reviewed(&mut self, id: i64, code: &str, actor: &str) -> Result<()> {
        let now = now_utc();
        self.write(|tx| {
            super::claim_draft(tx, id, &now)?;
            let changed = tx.execute(
                "UPDATE responses SET carried = 0, updated_at = ?3
                 WHERE assessment_id = ?1 AND indicator_code = ?2 AND carried = 1",
                params![id, code, now],
            )?;
            if changed == 1 {
                log(
                    tx,
                    id,
                    &now,
                    actor,
                    "response.reviewed",
                    Some(code),
                    Some("carried"),
                    Some("unchanged"),
                )?;
            }
            Ok(())
        })
    }
}

/// The latest round of the country and framework of assessment `id` and the round names
/// that country uses, read on `conn` (inside the caller's transaction when writing).
fn latest_in(conn: &rusqlite::Connection, id: i64) -> Result<(i64, Vec<String>)> {
    let a = assessment_in(conn, id)?;
    let mut stmt = conn.prepare(
        "SELECT id, country, round, assessment_date, framework_id FROM assessments
         ORDER BY assessment_date, id",
    )?;
    let rows: Vec<(i64, String, String, String, String)> = stmt
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let same: Vec<_> = rows
        .into_iter()
        .filter(|r| same_country(&r.1, &a.country))
        .collect();
    let latest = same
        .iter()
        .filter(|r| r.4 == a.framework.id)
        .map(|r| r.0)
        .next_back()
        .unwrap_or(a.id);
    Ok((latest, same.into_iter().map(|r| r.2).collect()))
}

/// The response about to be stored by a person's save, decided from the stored one: a blank
/// note keeps the stored note (the interface sends whole answers; a save must not drop it),
/// and the answer is no longer carried over. Changing the phase so that it differs from the
/// one carried over from the last round needs a note ([`Error::ChangeNoteRequired`]).
pub(super) fn reviewed_answer(
    tx: &Transaction<'_>,
    id: i64,
    old: &Response,
    new: &Response,
) -> Result<Response> {
    let mut out = new.clone();
    out.carried = false;
    if out.change_note.trim().is_empty() {
        out.change_note = old.change_note.clone();
    }
    if old.current != out.current && out.current.is_some() && out.change_note.trim().is_empty() {
        if let Some(before) = carried_phase(tx, id, &out.indicator)? {
            if Some(before) != out.current {
                return Err(Error::ChangeNoteRequired {
                    code: out.indicator.clone(),
                });
            }
        }
    }
    Ok(out)
}

/// The phase this round carried over from the last one for an indicator, if it carried one.
fn carried_phase(tx: &Transaction<'_>, id: i64, code: &str) -> Result<Option<Current>> {
    let value: Option<Option<String>> = rusqlite::OptionalExtension::optional(tx.query_row(
        "SELECT new_value FROM change_log
         WHERE assessment_id = ?1 AND what = 'response.carried' AND subject = ?2
         ORDER BY id DESC LIMIT 1",
        params![id, code],
        |r| r.get(0),
    ))?;
    Ok(value.flatten().as_deref().and_then(parse_current))
}

fn parse_current(text: &str) -> Option<Current> {
    if text == "NA" {
        return Some(Current::NotApplicable);
    }
    text.parse::<u8>().ok().map(Current::Phase)
}

/// The answers still carried over and not reviewed, inside the finalising transaction.
pub(super) fn check_reviewed(tx: &Transaction<'_>, id: i64) -> Result<()> {
    let mut stmt = tx.prepare(
        "SELECT indicator_code FROM responses WHERE assessment_id = ?1 AND carried = 1
         ORDER BY rowid",
    )?;
    let mut codes: Vec<String> = stmt
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    // Named in the order people read codes, whatever order the answers were stored in.
    crate::framework::sort_codes(&mut codes);
    if codes.is_empty() {
        return Ok(());
    }
    Err(Error::CarriedNotReviewed {
        count: codes.len(),
        codes,
    })
}
