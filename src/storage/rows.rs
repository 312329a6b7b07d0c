//! Reading and writing rows: one reader per stored type, one writer per row shape used in
//! more than one place. A stored value that does not parse (or is out of its range) is
//! [`Error::DamagedRow`] naming the table, row and column, never a silent default.

use rusqlite::types::FromSql;
use rusqlite::{params, Connection, Params, Row, Transaction};

use crate::error::{Error, Result};
use crate::framework::{CostClass, FrameworkRef, TimeFrame};
use crate::model::*;
use crate::scoring::Current;

/// One row being read: where it is, for errors.
struct Cells<'r, 's> {
    row: &'r Row<'s>,
    table: &'static str,
    id: i64,
}

impl<'r, 's> Cells<'r, 's> {
    /// Every query of a reader selects the row id (or rowid) first.
    fn new(row: &'r Row<'s>, table: &'static str) -> Result<Cells<'r, 's>> {
        let id = row.get(0).map_err(|_| damaged(table, "?", "rowid"))?;
        Ok(Cells { row, table, id })
    }

    fn damaged(&self, column: &str) -> Error {
        damaged(self.table, &self.id.to_string(), column)
    }

    fn get<T: FromSql>(&self, idx: usize, column: &str) -> Result<T> {
        self.row.get(idx).map_err(|_| self.damaged(column))
    }

    /// A text column that must parse.
    fn parse<T>(&self, idx: usize, column: &str, parse: fn(&str) -> Option<T>) -> Result<T> {
        let text: String = self.get(idx, column)?;
        parse(&text).ok_or_else(|| self.damaged(column))
    }

    /// A nullable text column that must parse when present.
    fn parse_opt<T>(
        &self,
        idx: usize,
        column: &str,
        parse: fn(&str) -> Option<T>,
    ) -> Result<Option<T>> {
        match self.get::<Option<String>>(idx, column)? {
            Some(text) => parse(&text).map(Some).ok_or_else(|| self.damaged(column)),
            None => Ok(None),
        }
    }

    /// An integer column within `range`.
    fn ranged(&self, idx: usize, column: &str, range: std::ops::RangeInclusive<u8>) -> Result<u8> {
        let v: u8 = self.get(idx, column)?;
        range
            .contains(&v)
            .then_some(v)
            .ok_or_else(|| self.damaged(column))
    }

    fn ranged_opt(
        &self,
        idx: usize,
        column: &str,
        range: std::ops::RangeInclusive<u8>,
    ) -> Result<Option<u8>> {
        match self.get::<Option<u8>>(idx, column)? {
            Some(v) if range.contains(&v) => Ok(Some(v)),
            Some(_) => Err(self.damaged(column)),
            None => Ok(None),
        }
    }
}

fn damaged(table: &str, row: &str, column: &str) -> Error {
    Error::DamagedRow {
        table: table.into(),
        row: row.into(),
        column: column.into(),
    }
}

/// Runs `sql` and reads every row with `read`.
pub(super) fn all<T>(
    conn: &Connection,
    sql: &str,
    params: impl Params,
    read: fn(&Row<'_>) -> Result<T>,
) -> Result<Vec<T>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query(params)?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        out.push(read(row)?);
    }
    Ok(out)
}

/// Runs `sql` and reads its first row, if any.
pub(super) fn first<T>(
    conn: &Connection,
    sql: &str,
    params: impl Params,
    read: fn(&Row<'_>) -> Result<T>,
) -> Result<Option<T>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query(params)?;
    match rows.next()? {
        Some(row) => read(row).map(Some),
        None => Ok(None),
    }
}

pub(super) const ASSESSMENT: &str = "SELECT id, uid, country, round, assessment_date,
    facilitator, framework_id, framework_version, language, status, created_at, updated_at,
    approver_name, approver_role, government_approved, finalised_at, fingerprint
    FROM assessments";

pub(super) fn assessment(r: &Row<'_>) -> Result<Assessment> {
    let c = Cells::new(r, "assessments")?;
    Ok(Assessment {
        id: c.id,
        uid: c.get(1, "uid")?,
        country: c.get(2, "country")?,
        round: c.get(3, "round")?,
        date: c.get(4, "assessment_date")?,
        facilitator: c.get(5, "facilitator")?,
        framework: FrameworkRef {
            id: c.get(6, "framework_id")?,
            version: c.get(7, "framework_version")?,
        },
        language: c.get(8, "language")?,
        status: c.parse(9, "status", Status::parse)?,
        created_at: c.get(10, "created_at")?,
        updated_at: c.get(11, "updated_at")?,
        approval: Approval {
            approver_name: c.get(12, "approver_name")?,
            approver_role: c.get(13, "approver_role")?,
            government_approved: c.get(14, "government_approved")?,
            finalised_at: c.get(15, "finalised_at")?,
            fingerprint: c.get(16, "fingerprint")?,
        },
    })
}

pub(super) const SUMMARY: &str = "SELECT a.id, a.uid, a.country, a.round, a.assessment_date,
    a.status, a.framework_id, a.framework_version, a.language,
    (SELECT count(*) FROM responses r WHERE r.assessment_id = a.id
        AND (r.current_phase IS NOT NULL OR r.not_applicable = 1))
    FROM assessments a ORDER BY a.assessment_date DESC, a.id DESC";

/// A line of the list; `total` is filled in from the framework by the caller.
pub(super) fn summary(r: &Row<'_>) -> Result<AssessmentSummary> {
    let c = Cells::new(r, "assessments")?;
    Ok(AssessmentSummary {
        id: c.id,
        uid: c.get(1, "uid")?,
        country: c.get(2, "country")?,
        round: c.get(3, "round")?,
        date: c.get(4, "assessment_date")?,
        status: c.parse(5, "status", Status::parse)?,
        framework: FrameworkRef {
            id: c.get(6, "framework_id")?,
            version: c.get(7, "framework_version")?,
        },
        language: c.get(8, "language")?,
        answered: usize::try_from(c.get::<i64>(9, "responses")?)
            .map_err(|_| c.damaged("responses"))?,
        total: 0,
    })
}

pub(super) const RESPONSE: &str = "SELECT rowid, indicator_code, current_phase, not_applicable,
    target_phase, target_year, rationale, confidence, carried, change_note, na_reason
    FROM responses";

pub(super) fn response(r: &Row<'_>) -> Result<Response> {
    let c = Cells::new(r, "responses")?;
    let phase = c.ranged_opt(2, "current_phase", 1..=5)?;
    let na: bool = c.get(3, "not_applicable")?;
    let current = match (phase, na) {
        (None, true) => Some(Current::NotApplicable),
        (Some(_), true) => return Err(c.damaged("not_applicable")),
        (phase, false) => phase.map(Current::Phase),
    };
    Ok(Response {
        indicator: c.get(1, "indicator_code")?,
        current,
        target: c.ranged_opt(4, "target_phase", 1..=5)?,
        target_year: c.get(5, "target_year")?,
        rationale: c.get(6, "rationale")?,
        confidence: c.parse_opt(7, "confidence", Confidence::parse)?,
        carried: c.get(8, "carried")?,
        change_note: c.get(9, "change_note")?,
        na_reason: c.parse_opt(10, "na_reason", NaReason::parse)?,
    })
}

pub(super) const PARTICIPANT: &str = "SELECT id, name, organisation, role FROM participants";

pub(super) fn participant(r: &Row<'_>) -> Result<Participant> {
    let c = Cells::new(r, "participants")?;
    Ok(Participant {
        name: c.get(1, "name")?,
        organisation: c.get(2, "organisation")?,
        role: c.get(3, "role")?,
    })
}

pub(super) const EVIDENCE: &str = "SELECT id, indicator_code, title, reference FROM evidence";

/// An evidence item with its row id.
pub(super) fn evidence(r: &Row<'_>) -> Result<(i64, Evidence)> {
    let c = Cells::new(r, "evidence")?;
    Ok((
        c.id,
        Evidence {
            indicator: c.get(1, "indicator_code")?,
            title: c.get(2, "title")?,
            reference: c.get(3, "reference")?,
        },
    ))
}

pub(super) const ROADMAP_ITEM: &str = "SELECT id, uid, indicator_code, template_id, from_phase,
    to_phase, action_line, text, monitoring, timeframe, responsible, priority, cost, status,
    position, edited, progress, block_id, start_year, end_year, budget_amount, budget_currency,
    baseline, monitoring_target FROM roadmap_items";

pub(super) fn roadmap_item(r: &Row<'_>) -> Result<RoadmapItem> {
    let c = Cells::new(r, "roadmap_items")?;
    let year = |idx: usize, column: &str| -> Result<Option<u16>> {
        match c.get::<Option<u16>>(idx, column)? {
            Some(y) if crate::model::ROADMAP_YEARS.contains(&y) => Ok(Some(y)),
            Some(_) => Err(c.damaged(column)),
            None => Ok(None),
        }
    };
    let budget = match (
        c.get::<Option<String>>(20, "budget_amount")?,
        c.get::<Option<String>>(21, "budget_currency")?,
    ) {
        (None, None) => None,
        (Some(amount), Some(currency)) => {
            let amount = Budget::parse_amount(&amount)
                .filter(|a| *a == amount)
                .ok_or_else(|| c.damaged("budget_amount"))?;
            if !Budget::is_currency(&currency) {
                return Err(c.damaged("budget_currency"));
            }
            Some(Budget { amount, currency })
        }
        (Some(_), None) => return Err(c.damaged("budget_currency")),
        (None, Some(_)) => return Err(c.damaged("budget_amount")),
    };
    Ok(RoadmapItem {
        uid: c.get(1, "uid")?,
        indicator: c
            .get::<Option<String>>(2, "indicator_code")?
            .unwrap_or_default(),
        template: c.get(3, "template_id")?,
        from_phase: c.ranged_opt(4, "from_phase", 1..=4)?,
        to_phase: c.ranged_opt(5, "to_phase", 2..=5)?,
        line: c.get(6, "action_line")?,
        text: c.get(7, "text")?,
        monitoring: c.get(8, "monitoring")?,
        timeframe: c.parse(9, "timeframe", TimeFrame::parse)?,
        responsible: c.get(10, "responsible")?,
        priority: c.ranged(11, "priority", 1..=3)?,
        cost: c.parse(12, "cost", CostClass::parse)?,
        status: c.parse(13, "status", RoadmapStatus::parse)?,
        position: c.get(14, "position")?,
        edited: c.get(15, "edited")?,
        progress: c.get(16, "progress")?,
        block: c.get(17, "block_id")?,
        start_year: year(18, "start_year")?,
        end_year: year(19, "end_year")?,
        budget,
        baseline: c.get(22, "baseline")?,
        monitoring_target: c.get(23, "monitoring_target")?,
    })
}

pub(super) const CHANGE: &str =
    "SELECT id, at, actor, what, subject, old_value, new_value FROM change_log";

pub(super) fn change(r: &Row<'_>) -> Result<Change> {
    let c = Cells::new(r, "change_log")?;
    Ok(Change {
        at: c.get(1, "at")?,
        actor: c.get(2, "actor")?,
        what: c.get(3, "what")?,
        subject: c.get(4, "subject")?,
        old: c.get(5, "old_value")?,
        new: c.get(6, "new_value")?,
    })
}

/// The stored columns of an answer: the phase, and whether it is "not applicable".
fn current_columns(current: Option<Current>) -> (Option<u8>, bool) {
    match current {
        Some(Current::Phase(p)) => (Some(p), false),
        Some(Current::NotApplicable) => (None, true),
        None => (None, false),
    }
}

/// Writes one answer of assessment `id` (inserted, or replacing the stored one).
pub(super) fn put_response(
    tx: &Transaction<'_>,
    id: i64,
    r: &Response,
    updated_at: &str,
) -> Result<()> {
    let (phase, na) = current_columns(r.current);
    let mut stmt = tx.prepare_cached(
        "INSERT INTO responses (assessment_id, indicator_code, current_phase,
            not_applicable, target_phase, target_year, rationale, confidence, updated_at,
            carried, change_note, na_reason)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
         ON CONFLICT (assessment_id, indicator_code) DO UPDATE SET
            current_phase = excluded.current_phase,
            not_applicable = excluded.not_applicable,
            target_phase = excluded.target_phase,
            target_year = excluded.target_year,
            rationale = excluded.rationale,
            confidence = excluded.confidence,
            updated_at = excluded.updated_at,
            carried = excluded.carried,
            change_note = excluded.change_note,
            na_reason = excluded.na_reason",
    )?;
    stmt.execute(params![
        id,
        r.indicator,
        phase,
        na,
        r.target,
        r.target_year,
        r.rationale,
        r.confidence.map(Confidence::as_str),
        updated_at,
        r.carried,
        r.change_note,
        r.na_reason.map(NaReason::as_str)
    ])?;
    Ok(())
}

/// Who a rating or dissent row names: its participant's or group's name (joined), or
/// nobody. Both set is damaged (a CHECK forbids it).
fn rater(c: &Cells<'_, '_>, participant: usize, group: usize) -> Result<Rater> {
    let p: Option<String> = c.get(participant, "participant_id")?;
    let g: Option<String> = c.get(group, "group_id")?;
    match (p, g) {
        (Some(p), None) => Ok(Rater::Participant(p)),
        (None, Some(g)) => Ok(Rater::Group(g)),
        (None, None) => Ok(Rater::Anonymous),
        (Some(_), Some(_)) => Err(c.damaged("group_id")),
    }
}

pub(super) const RATING: &str = "SELECT r.id, r.indicator_code, p.name, g.name, r.phase,
    r.not_applicable, r.comment, r.participant_id, r.group_id
    FROM ratings r LEFT JOIN participants p ON p.id = r.participant_id
    LEFT JOIN groups g ON g.id = r.group_id";

pub(super) fn rating(r: &Row<'_>) -> Result<Rating> {
    let c = Cells::new(r, "ratings")?;
    // A participant or group id whose row is gone reads as a name of NULL: damaged, not
    // anonymous.
    for (idx, name_idx, column) in [(7, 2, "participant_id"), (8, 3, "group_id")] {
        let id: Option<i64> = c.get(idx, column)?;
        let name: Option<String> = c.get(name_idx, column)?;
        if id.is_some() != name.is_some() {
            return Err(c.damaged(column));
        }
    }
    let phase = c.ranged_opt(4, "phase", 1..=5)?;
    let na: bool = c.get(5, "not_applicable")?;
    let phase = match (phase, na) {
        (None, true) => Current::NotApplicable,
        (Some(p), false) => Current::Phase(p),
        _ => return Err(c.damaged("not_applicable")),
    };
    Ok(Rating {
        indicator: c.get(1, "indicator_code")?,
        rater: rater(&c, 2, 3)?,
        phase,
        comment: c.get(6, "comment")?,
    })
}

pub(super) const GROUP: &str = "SELECT id, name FROM groups";

/// A group's row id and name (members and blocks are read apart).
pub(super) fn group(r: &Row<'_>) -> Result<(i64, String)> {
    let c = Cells::new(r, "groups")?;
    Ok((c.id, c.get(1, "name")?))
}

pub(super) const GROUP_MEMBER: &str = "SELECT m.group_id, p.name
    FROM group_members m JOIN participants p ON p.id = m.participant_id";

/// A member (group id, participant's name).
pub(super) fn group_member(r: &Row<'_>) -> Result<(i64, String)> {
    let c = Cells::new(r, "group_members")?;
    Ok((c.id, c.get(1, "participant_id")?))
}

pub(super) const GROUP_BLOCK: &str = "SELECT group_id, block_id FROM group_blocks";

pub(super) fn group_block(r: &Row<'_>) -> Result<(i64, String)> {
    let c = Cells::new(r, "group_blocks")?;
    Ok((c.id, c.get(1, "block_id")?))
}

pub(super) const NOTE: &str = "SELECT rowid, indicator_code, note FROM consensus_notes";

pub(super) fn note(r: &Row<'_>) -> Result<ConsensusNote> {
    let c = Cells::new(r, "consensus_notes")?;
    Ok(ConsensusNote {
        indicator: c.get(1, "indicator_code")?,
        note: c.get(2, "note")?,
    })
}

pub(super) const DISSENT: &str = "SELECT d.id, d.indicator_code, p.name, g.name, d.reason
    FROM dissents d LEFT JOIN participants p ON p.id = d.participant_id
    LEFT JOIN groups g ON g.id = d.group_id";

pub(super) fn dissent(r: &Row<'_>) -> Result<Dissent> {
    let c = Cells::new(r, "dissents")?;
    let rater = rater(&c, 2, 3)?;
    if rater == Rater::Anonymous {
        return Err(c.damaged("participant_id"));
    }
    Ok(Dissent {
        indicator: c.get(1, "indicator_code")?,
        rater,
        reason: c.get(4, "reason")?,
    })
}
