//! The workshop's storage (issue 11): groups, individual ratings, consensus notes and
//! dissent. Every change is one immediate transaction that checks the assessment is a draft
//! inside it and logs what changed. Raters are named (participants and groups matched by
//! name ignoring case and surrounding spaces, the first one in the list when two share a
//! name) and stored by row id, so a rating follows its participant through edits of the
//! participant list ([`replace_participants`]).

use rusqlite::{params, Connection, Transaction};

use super::{claim_draft, current_text, log, rows, Db};
use crate::error::{Error, Result};
use crate::model::*;
use crate::scoring::Current;

/// `(participant_id, group_id)` of a rater, as stored.
type RaterIds = (Option<i64>, Option<i64>);

fn participant_id(conn: &Connection, id: i64, name: &str) -> Result<Option<i64>> {
    let key = name_key(name);
    let mut stmt = conn.prepare_cached(
        "SELECT id, name FROM participants WHERE assessment_id = ?1 ORDER BY position, id",
    )?;
    let mut rows = stmt.query([id])?;
    while let Some(r) = rows.next()? {
        let n: String = r.get(1)?;
        if name_key(&n) == key {
            return Ok(Some(r.get(0)?));
        }
    }
    Ok(None)
}

fn group_id(conn: &Connection, id: i64, name: &str) -> Result<Option<i64>> {
    Ok(rusqlite::OptionalExtension::optional(conn.query_row(
        "SELECT id FROM groups WHERE assessment_id = ?1 AND name_key = ?2",
        params![id, name_key(name)],
        |r| r.get(0),
    ))?)
}

/// The stored ids of a named rater; an unknown name is [`Error::RaterUnknown`].
fn rater_ids(conn: &Connection, id: i64, rater: &Rater) -> Result<RaterIds> {
    let unknown = |name: &str| Error::RaterUnknown { name: name.into() };
    match rater {
        Rater::Participant(n) => Ok((
            Some(participant_id(conn, id, n)?.ok_or_else(|| unknown(n))?),
            None,
        )),
        Rater::Group(n) => Ok((
            None,
            Some(group_id(conn, id, n)?.ok_or_else(|| unknown(n))?),
        )),
        Rater::Anonymous => Ok((None, None)),
    }
}

/// A rater as matched: its kind and its name's key.
fn name_key_of(rater: &Rater) -> (u8, String) {
    match rater {
        Rater::Participant(n) => (0, name_key(n)),
        Rater::Group(n) => (1, name_key(n)),
        Rater::Anonymous => (2, String::new()),
    }
}

/// How a rater is written in the change log: `participant:Name`, `group:Name`, `anonymous`.
fn rater_text(rater: &Rater) -> String {
    match rater {
        Rater::Participant(n) => format!("participant:{}", n.trim()),
        Rater::Group(n) => format!("group:{}", n.trim()),
        Rater::Anonymous => "anonymous".into(),
    }
}

fn rating_text(phase: Current, comment: &str) -> String {
    let phase = current_text(Some(phase)).unwrap_or_default();
    if comment.trim().is_empty() {
        phase
    } else {
        format!("{phase} {}", comment.trim())
    }
}

fn phase_columns(phase: Current) -> (Option<u8>, bool) {
    match phase {
        Current::Phase(p) => (Some(p), false),
        Current::NotApplicable => (None, true),
    }
}

fn insert_rating(tx: &Transaction<'_>, id: i64, ids: RaterIds, r: &Rating) -> Result<()> {
    let (phase, na) = phase_columns(r.phase);
    tx.prepare_cached(
        "INSERT INTO ratings (assessment_id, indicator_code, participant_id, group_id, phase,
            not_applicable, comment) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![id, r.indicator, ids.0, ids.1, phase, na, r.comment])?;
    Ok(())
}

/// The old rating of a named rater, if any.
fn named_rating(
    tx: &Transaction<'_>,
    id: i64,
    code: &str,
    ids: RaterIds,
) -> Result<Option<Rating>> {
    rows::first(
        tx,
        &format!(
            "{} WHERE r.assessment_id = ?1 AND r.indicator_code = ?2 AND {}",
            rows::RATING,
            rater_is(ids, "r.")
        ),
        params![id, code, ids.0, ids.1],
        rows::rating,
    )
}

/// The condition that picks a named rater's rating, written so that the one-per-rater
/// index is used (`x = ?` implies the index's `x IS NOT NULL`); `prefix` is the table's
/// alias with its dot, if any.
fn rater_is(ids: RaterIds, prefix: &str) -> String {
    match ids {
        (Some(_), _) => format!("{prefix}participant_id = ?3 AND ?4 IS NULL"),
        (None, Some(_)) => format!("{prefix}group_id = ?4 AND ?3 IS NULL"),
        (None, None) => format!("{prefix}participant_id IS NULL AND {prefix}group_id IS NULL"),
    }
}

/// The ratings of one indicator, in any transaction or connection.
pub(super) fn ratings_in(conn: &Connection, id: i64, code: &str) -> Result<Vec<Rating>> {
    rows::all(
        conn,
        &format!(
            "{} WHERE r.assessment_id = ?1 AND r.indicator_code = ?2 ORDER BY r.id",
            rows::RATING
        ),
        params![id, code],
        rows::rating,
    )
}

/// Replaces an assessment's participant list keeping each participant's row (and so their
/// ratings, dissent and group memberships) when their name is still in the list (matched
/// ignoring case and surrounding spaces). A participant left out is removed, with their
/// group memberships; one who has a rating or a dissent is not: [`Error::RaterHasRatings`]
/// and nothing changes.
pub(super) fn replace_participants(
    tx: &Transaction<'_>,
    id: i64,
    list: &[Participant],
) -> Result<()> {
    let old: Vec<(i64, String)> = {
        let mut stmt = tx.prepare(
            "SELECT id, name FROM participants WHERE assessment_id = ?1 ORDER BY position, id",
        )?;
        let rows = stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut kept: Vec<Option<i64>> = Vec::with_capacity(list.len());
    let mut used = std::collections::BTreeSet::new();
    for p in list {
        let key = name_key(&p.name);
        let found = old
            .iter()
            .find(|(row, name)| !used.contains(row) && name_key(name) == key)
            .map(|(row, _)| *row);
        if let Some(row) = found {
            used.insert(row);
        }
        kept.push(found);
    }
    for (row, name) in &old {
        if used.contains(row) {
            continue;
        }
        let rated: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM ratings WHERE participant_id = ?1)
                 OR EXISTS (SELECT 1 FROM dissents WHERE participant_id = ?1)",
            [row],
            |r| r.get(0),
        )?;
        if rated {
            return Err(Error::RaterHasRatings { name: name.clone() });
        }
        tx.execute("DELETE FROM participants WHERE id = ?1", [row])?;
    }
    for (i, (p, row)) in list.iter().zip(&kept).enumerate() {
        match row {
            Some(row) => tx.execute(
                "UPDATE participants SET position = ?2, name = ?3, organisation = ?4, role = ?5
                 WHERE id = ?1",
                params![row, i as i64, p.name, p.organisation, p.role],
            )?,
            None => tx.execute(
                "INSERT INTO participants (assessment_id, position, name, organisation, role)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id, i as i64, p.name, p.organisation, p.role],
            )?,
        };
    }
    Ok(())
}

/// Inserts groups (members by name; the participants must exist), as an import does.
pub(super) fn insert_groups(tx: &Transaction<'_>, id: i64, groups: &[Group]) -> Result<()> {
    let next: i64 = tx.query_row(
        "SELECT coalesce(max(position), -1) + 1 FROM groups WHERE assessment_id = ?1",
        [id],
        |r| r.get(0),
    )?;
    for (i, g) in groups.iter().enumerate() {
        insert_group(tx, id, next + i as i64, g)?;
    }
    Ok(())
}

fn insert_group(tx: &Transaction<'_>, id: i64, position: i64, g: &Group) -> Result<()> {
    let name = g.name.as_str();
    if name.trim().is_empty() {
        return Err(Error::InvalidValue {
            field: "group".into(),
            value: String::new(),
        });
    }
    if group_id(tx, id, name)?.is_some() {
        return Err(Error::GroupNameTaken { name: name.into() });
    }
    tx.execute(
        "INSERT INTO groups (assessment_id, position, name, name_key) VALUES (?1, ?2, ?3, ?4)",
        params![id, position, name, name_key(name)],
    )?;
    put_members(tx, id, tx.last_insert_rowid(), g)
}

/// Sets a group's members and blocks, in the order given (a name or block given twice
/// counts once).
fn put_members(tx: &Transaction<'_>, id: i64, group: i64, g: &Group) -> Result<()> {
    tx.execute("DELETE FROM group_members WHERE group_id = ?1", [group])?;
    tx.execute("DELETE FROM group_blocks WHERE group_id = ?1", [group])?;
    for (i, m) in g.members.iter().enumerate() {
        let p =
            participant_id(tx, id, m)?.ok_or_else(|| Error::RaterUnknown { name: m.clone() })?;
        tx.execute(
            "INSERT OR IGNORE INTO group_members (group_id, participant_id, position)
             VALUES (?1, ?2, ?3)",
            params![group, p, i as i64],
        )?;
    }
    for (i, b) in g.blocks.iter().enumerate() {
        tx.execute(
            "INSERT OR IGNORE INTO group_blocks (group_id, block_id, position) VALUES (?1, ?2, ?3)",
            params![group, b, i as i64],
        )?;
    }
    Ok(())
}

/// Inserts a workshop's groups, ratings, notes and dissents (an import, after the
/// participants; the caller has checked it with [`crate::validate::assessment`]).
pub(super) fn insert_workshop(tx: &Transaction<'_>, id: i64, w: &Workshop) -> Result<()> {
    insert_groups(tx, id, &w.groups)?;
    for r in &w.ratings {
        let ids = rater_ids(tx, id, &r.rater)?;
        insert_rating(tx, id, ids, r)?;
    }
    for n in &w.notes {
        put_note(tx, id, &n.indicator, Some(&n.note))?;
    }
    for d in &w.dissents {
        let ids = rater_ids(tx, id, &d.rater)?;
        insert_dissent(tx, id, ids, d)?;
    }
    Ok(())
}

fn insert_dissent(tx: &Transaction<'_>, id: i64, ids: RaterIds, d: &Dissent) -> Result<()> {
    if ids == (None, None) {
        return Err(Error::RaterUnknown {
            // As the file writes an anonymous rater.
            name: "anonymous".into(),
        });
    }
    if d.reason.trim().is_empty() {
        return Err(Error::InvalidValue {
            field: "dissent".into(),
            value: String::new(),
        });
    }
    tx.execute(
        "INSERT INTO dissents (assessment_id, indicator_code, participant_id, group_id, reason)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id, d.indicator, ids.0, ids.1, d.reason],
    )?;
    Ok(())
}

/// Sets (a non-blank `note`) or removes the consensus note of an indicator; returns the old one.
fn put_note(
    tx: &Transaction<'_>,
    id: i64,
    code: &str,
    note: Option<&str>,
) -> Result<Option<String>> {
    let old: Option<String> = rusqlite::OptionalExtension::optional(tx.query_row(
        "SELECT note FROM consensus_notes WHERE assessment_id = ?1 AND indicator_code = ?2",
        params![id, code],
        |r| r.get(0),
    ))?;
    match note.filter(|n| !n.trim().is_empty()) {
        Some(n) => tx.execute(
            "INSERT INTO consensus_notes (assessment_id, indicator_code, note) VALUES (?1, ?2, ?3)
             ON CONFLICT (assessment_id, indicator_code) DO UPDATE SET note = excluded.note",
            params![id, code, n],
        )?,
        None => tx.execute(
            "DELETE FROM consensus_notes WHERE assessment_id = ?1 AND indicator_code = ?2",
            params![id, code],
        )?,
    };
    Ok(old)
}

impl Db {
    /// The workshop of an assessment: groups in order, ratings in the order given, notes
    /// and dissents by indicator.
    pub fn workshop(&self, id: i64) -> Result<Workshop> {
        workshop_in(&self.conn, id)
    }
}

/// The workshop of an assessment, read on `conn` (a transaction too).
pub(super) fn workshop_in(conn: &Connection, id: i64) -> Result<Workshop> {
    {
        let groups = rows::all(
            conn,
            &format!(
                "{} WHERE assessment_id = ?1 ORDER BY position, id",
                rows::GROUP
            ),
            [id],
            rows::group,
        )?;
        let members = rows::all(
            conn,
            &format!(
                "{} WHERE p.assessment_id = ?1 ORDER BY m.position",
                rows::GROUP_MEMBER
            ),
            [id],
            rows::group_member,
        )?;
        let blocks = rows::all(
            conn,
            &format!(
                "{} WHERE group_id IN (SELECT id FROM groups WHERE assessment_id = ?1)
                 ORDER BY position",
                rows::GROUP_BLOCK
            ),
            [id],
            rows::group_block,
        )?;
        let groups = groups
            .into_iter()
            .map(|(gid, name)| Group {
                name,
                members: members
                    .iter()
                    .filter(|m| m.0 == gid)
                    .map(|m| m.1.clone())
                    .collect(),
                blocks: blocks
                    .iter()
                    .filter(|b| b.0 == gid)
                    .map(|b| b.1.clone())
                    .collect(),
            })
            .collect();
        Ok(Workshop {
            groups,
            ratings: rows::all(
                conn,
                &format!("{} WHERE r.assessment_id = ?1 ORDER BY r.id", rows::RATING),
                [id],
                rows::rating,
            )?,
            notes: rows::all(
                conn,
                &format!("{} WHERE assessment_id = ?1 ORDER BY rowid", rows::NOTE),
                [id],
                rows::note,
            )?,
            dissents: rows::all(
                conn,
                &format!("{} WHERE d.assessment_id = ?1 ORDER BY d.id", rows::DISSENT),
                [id],
                rows::dissent,
            )?,
        })
    }
}

impl Db {
    /// The ratings of one indicator, in the order they were given.
    pub fn ratings(&self, id: i64, code: &str) -> Result<Vec<Rating>> {
        ratings_in(&self.conn, id, code)
    }

    /// Sets a participant's or group's rating of one indicator (replacing theirs), or adds
    /// one anonymous rating; logged as `rating`.
    pub fn set_rating(&mut self, id: i64, rating: &Rating, actor: &str) -> Result<()> {
        let now = now_utc();
        self.write(|tx| {
            claim_draft(tx, id, &now)?;
            let ids = rater_ids(tx, id, &rating.rater)?;
            let old = match rating.rater {
                Rater::Anonymous => None,
                _ => named_rating(tx, id, &rating.indicator, ids)?,
            };
            if old.is_some() {
                // A rater who changes their mind keeps their place among the ratings: the
                // row is changed in place (no index entry moves).
                let (phase, na) = phase_columns(rating.phase);
                tx.prepare_cached(&format!(
                    "UPDATE ratings SET phase = ?5, not_applicable = ?6, comment = ?7
                     WHERE assessment_id = ?1 AND indicator_code = ?2 AND {}",
                    rater_is(ids, "")
                ))?
                .execute(params![
                    id,
                    rating.indicator,
                    ids.0,
                    ids.1,
                    phase,
                    na,
                    rating.comment
                ])?;
            } else {
                insert_rating(tx, id, ids, rating)?;
            }
            let subject = format!("{} {}", rating.indicator, rater_text(&rating.rater));
            log(
                tx,
                id,
                &now,
                actor,
                "rating",
                Some(&subject),
                old.map(|o| rating_text(o.phase, &o.comment)).as_deref(),
                Some(&rating_text(rating.phase, &rating.comment)),
            )
        })
    }

    /// Removes a participant's or group's rating of one indicator (nothing to remove is
    /// fine); for [`Rater::Anonymous`], every anonymous rating of it (the tally).
    pub fn clear_rating(&mut self, id: i64, code: &str, rater: &Rater, actor: &str) -> Result<()> {
        let now = now_utc();
        self.write(|tx| {
            claim_draft(tx, id, &now)?;
            let ids = rater_ids(tx, id, rater)?;
            // The old value: the rating removed, or for the tally its phases.
            let old: Vec<String> = ratings_in(tx, id, code)?
                .into_iter()
                .filter(|r| r.rater == *rater || name_key_of(&r.rater) == name_key_of(rater))
                .map(|r| rating_text(r.phase, &r.comment))
                .collect();
            let removed = tx.execute(
                "DELETE FROM ratings WHERE assessment_id = ?1 AND indicator_code = ?2
                   AND participant_id IS ?3 AND group_id IS ?4",
                params![id, code, ids.0, ids.1],
            )?;
            if removed == 0 {
                return Ok(());
            }
            let subject = format!("{code} {}", rater_text(rater));
            let (what, old) = match rater {
                Rater::Anonymous => ("rating.tally", old.join(" ")),
                _ => ("rating", old.into_iter().next().unwrap_or_default()),
            };
            log(tx, id, &now, actor, what, Some(&subject), Some(&old), None)
        })
    }

    /// Replaces the anonymous ratings (the tally) of one indicator with `phases`.
    pub fn set_tally(
        &mut self,
        id: i64,
        code: &str,
        phases: &[Current],
        actor: &str,
    ) -> Result<()> {
        let now = now_utc();
        self.write(|tx| {
            claim_draft(tx, id, &now)?;
            let before = tx.execute(
                "DELETE FROM ratings WHERE assessment_id = ?1 AND indicator_code = ?2
                   AND participant_id IS NULL AND group_id IS NULL",
                params![id, code],
            )?;
            for p in phases {
                let r = Rating {
                    indicator: code.into(),
                    rater: Rater::Anonymous,
                    phase: *p,
                    comment: String::new(),
                };
                insert_rating(tx, id, (None, None), &r)?;
            }
            let text = |ps: &[Current]| {
                ps.iter()
                    .filter_map(|p| current_text(Some(*p)))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            log(
                tx,
                id,
                &now,
                actor,
                "rating.tally",
                Some(code),
                Some(&before.to_string()),
                Some(&text(phases)),
            )
        })
    }

    /// Agrees a phase: stores the response (the autosave path: the current phase is the
    /// agreed one) and the consensus note, in one transaction. Inside it, the ratings are
    /// read and a note is required when [`crate::consensus::needs_note`] says so
    /// ([`Error::ConsensusNoteRequired`], nothing stored). A blank note removes the note.
    pub fn agree(
        &mut self,
        id: i64,
        response: &Response,
        note: Option<&str>,
        actor: &str,
    ) -> Result<()> {
        let now = now_utc();
        self.write(|tx| {
            claim_draft(tx, id, &now)?;
            let code = response.indicator.as_str();
            let ratings = ratings_in(tx, id, code)?;
            let spread = crate::consensus::spread(ratings.iter().map(|r| r.phase));
            let has_note = note.is_some_and(|n| !n.trim().is_empty());
            if !has_note && crate::consensus::needs_note(&spread, response.current) {
                return Err(Error::ConsensusNoteRequired { code: code.into() });
            }
            super::save_response_in(tx, id, response, &now, actor)?;
            let old = put_note(tx, id, code, note)?;
            let new = note.filter(|n| !n.trim().is_empty());
            if old.as_deref() != new {
                log(
                    tx,
                    id,
                    &now,
                    actor,
                    "consensus.note",
                    Some(code),
                    old.as_deref(),
                    new,
                )?;
            }
            Ok(())
        })
    }

    /// Records (or replaces) the dissent of a participant or group on one indicator.
    pub fn set_dissent(&mut self, id: i64, dissent: &Dissent, actor: &str) -> Result<()> {
        let now = now_utc();
        self.write(|tx| {
            claim_draft(tx, id, &now)?;
            let ids = rater_ids(tx, id, &dissent.rater)?;
            let old: Option<String> = rusqlite::OptionalExtension::optional(tx.query_row(
                "SELECT reason FROM dissents WHERE assessment_id = ?1 AND indicator_code = ?2
                   AND participant_id IS ?3 AND group_id IS ?4",
                params![id, dissent.indicator, ids.0, ids.1],
                |r| r.get(0),
            ))?;
            tx.execute(
                "DELETE FROM dissents WHERE assessment_id = ?1 AND indicator_code = ?2
                   AND participant_id IS ?3 AND group_id IS ?4",
                params![id, dissent.indicator, ids.0, ids.1],
            )?;
            insert_dissent(tx, id, ids, dissent)?;
            let subject = format!("{} {}", dissent.indicator, rater_text(&dissent.rater));
            log(
                tx,
                id,
                &now,
                actor,
                "dissent",
                Some(&subject),
                old.as_deref(),
                Some(&dissent.reason),
            )
        })
    }

    /// Removes the dissent of a participant or group on one indicator.
    pub fn remove_dissent(
        &mut self,
        id: i64,
        code: &str,
        rater: &Rater,
        actor: &str,
    ) -> Result<()> {
        let now = now_utc();
        self.write(|tx| {
            claim_draft(tx, id, &now)?;
            let ids = rater_ids(tx, id, rater)?;
            let old: Option<String> = rusqlite::OptionalExtension::optional(tx.query_row(
                "SELECT reason FROM dissents WHERE assessment_id = ?1 AND indicator_code = ?2
                   AND participant_id IS ?3 AND group_id IS ?4",
                params![id, code, ids.0, ids.1],
                |r| r.get(0),
            ))?;
            let Some(old) = old else { return Ok(()) };
            tx.execute(
                "DELETE FROM dissents WHERE assessment_id = ?1 AND indicator_code = ?2
                   AND participant_id IS ?3 AND group_id IS ?4",
                params![id, code, ids.0, ids.1],
            )?;
            let subject = format!("{code} {}", rater_text(rater));
            log(
                tx,
                id,
                &now,
                actor,
                "dissent",
                Some(&subject),
                Some(&old),
                None,
            )
        })
    }

    /// Creates a group (`old_name` `None`) or changes the one called `old_name`: name,
    /// members and blocks. A changed group keeps its row, and so its ratings and dissent.
    pub fn put_group(
        &mut self,
        id: i64,
        old_name: Option<&str>,
        group: &Group,
        actor: &str,
    ) -> Result<()> {
        let now = now_utc();
        self.write(|tx| {
            claim_draft(tx, id, &now)?;
            let name = group.name.as_str();
            match old_name {
                None => insert_groups(tx, id, std::slice::from_ref(group))?,
                Some(old) => {
                    let gid = group_id(tx, id, old)?
                        .ok_or_else(|| Error::RaterUnknown { name: old.into() })?;
                    if name.trim().is_empty() {
                        return Err(Error::InvalidValue {
                            field: "group".into(),
                            value: String::new(),
                        });
                    }
                    if group_id(tx, id, name)?.is_some_and(|other| other != gid) {
                        return Err(Error::GroupNameTaken { name: name.into() });
                    }
                    tx.execute(
                        "UPDATE groups SET name = ?2, name_key = ?3 WHERE id = ?1",
                        params![gid, name, name_key(name)],
                    )?;
                    put_members(tx, id, gid, group)?;
                }
            }
            // The log keeps the whole group, as data.
            let text = serde_json::to_string(group).unwrap_or_default();
            log(
                tx,
                id,
                &now,
                actor,
                "group",
                Some(name),
                old_name,
                Some(&text),
            )
        })
    }

    /// Deletes a group; one that has rated or dissented is refused
    /// ([`Error::RaterHasRatings`]): its ratings are the room's record.
    pub fn delete_group(&mut self, id: i64, name: &str, actor: &str) -> Result<()> {
        let now = now_utc();
        self.write(|tx| {
            claim_draft(tx, id, &now)?;
            let gid =
                group_id(tx, id, name)?.ok_or_else(|| Error::RaterUnknown { name: name.into() })?;
            let rated: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM ratings WHERE group_id = ?1)
                     OR EXISTS (SELECT 1 FROM dissents WHERE group_id = ?1)",
                [gid],
                |r| r.get(0),
            )?;
            if rated {
                return Err(Error::RaterHasRatings {
                    name: name.trim().into(),
                });
            }
            tx.execute("DELETE FROM groups WHERE id = ?1", [gid])?;
            log(
                tx,
                id,
                &now,
                actor,
                "group.deleted",
                Some(name.trim()),
                None,
                None,
            )
        })
    }
}

impl Db {
    /// Imports ratings (a survey or spreadsheet) in one transaction: `new_participants`
    /// are added at the end of the list, then each rating is set (a participant's earlier
    /// rating of the same indicator is replaced). Either all is stored, with its
    /// change-log entries, or nothing.
    pub fn import_ratings(
        &mut self,
        id: i64,
        new_participants: &[Participant],
        ratings: &[Rating],
        actor: &str,
    ) -> Result<()> {
        let now = now_utc();
        self.write(|tx| {
            claim_draft(tx, id, &now)?;
            if !new_participants.is_empty() {
                let next: i64 = tx.query_row(
                    "SELECT coalesce(max(position), -1) + 1 FROM participants
                     WHERE assessment_id = ?1",
                    [id],
                    |r| r.get(0),
                )?;
                for (i, p) in new_participants.iter().enumerate() {
                    tx.execute(
                        "INSERT INTO participants (assessment_id, position, name, organisation, role)
                         VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![id, next + i as i64, p.name, p.organisation, p.role],
                    )?;
                }
                let names: Vec<&str> = new_participants.iter().map(|p| p.name.as_str()).collect();
                log(
                    tx,
                    id,
                    &now,
                    actor,
                    "participants.added",
                    None,
                    None,
                    Some(&names.join("\n")),
                )?;
            }
            // The participants' ids looked up once (the first in the list for a shared
            // name, as `participant_id` does), not one scan of the list per rating.
            let mut by_key = std::collections::HashMap::new();
            {
                let mut stmt = tx.prepare(
                    "SELECT id, name FROM participants WHERE assessment_id = ?1
                     ORDER BY position, id",
                )?;
                let mut rows = stmt.query([id])?;
                while let Some(row) = rows.next()? {
                    let name: String = row.get(1)?;
                    by_key.entry(name_key(&name)).or_insert(row.get::<_, i64>(0)?);
                }
            }
            let mut delete = tx.prepare_cached(
                "DELETE FROM ratings WHERE assessment_id = ?1 AND indicator_code = ?2
                   AND participant_id IS ?3 AND group_id IS ?4",
            )?;
            for r in ratings {
                let ids = match &r.rater {
                    Rater::Participant(n) => match by_key.get(&name_key(n)) {
                        Some(pid) => (Some(*pid), None),
                        None => return Err(Error::RaterUnknown { name: n.clone() }),
                    },
                    other => rater_ids(tx, id, other)?,
                };
                delete.execute(params![id, r.indicator, ids.0, ids.1])?;
                insert_rating(tx, id, ids, r)?;
            }
            log(
                tx,
                id,
                &now,
                actor,
                "ratings.imported",
                None,
                None,
                Some(&ratings.len().to_string()),
            )
        })
    }
}

/// Writes one workshop field a merge changed (`crate::merge` keys `rating`, `tally`, `note`,
/// `dissent` of indicator `code`): the row of `before`'s rater removed, `after` stored.
/// Participants and groups are unchanged (a merge that changes them replaces everything).
pub(super) fn put_merged_field(
    tx: &Transaction<'_>,
    id: i64,
    field: &str,
    code: &str,
    before: Option<&str>,
    after: Option<&str>,
) -> Result<()> {
    let damaged = |e: serde_json::Error| Error::InvalidValue {
        field: "content".into(),
        value: format!("{field} {code} {e}"),
    };
    match field {
        "rating" | "dissent" => {
            let rater = |v: &str| -> Result<Rater> {
                Ok(if field == "rating" {
                    serde_json::from_str::<Rating>(v).map_err(damaged)?.rater
                } else {
                    serde_json::from_str::<Dissent>(v).map_err(damaged)?.rater
                })
            };
            if let Some(old) = before {
                let ids = rater_ids(tx, id, &rater(old)?)?;
                let table = if field == "rating" {
                    "ratings"
                } else {
                    "dissents"
                };
                tx.execute(
                    &format!(
                        "DELETE FROM {table} WHERE assessment_id = ?1 AND indicator_code = ?2 AND {}",
                        rater_is(ids, "")
                    ),
                    params![id, code, ids.0, ids.1],
                )?;
            }
            if let Some(new) = after {
                if field == "rating" {
                    let r: Rating = serde_json::from_str(new).map_err(damaged)?;
                    let ids = rater_ids(tx, id, &r.rater)?;
                    insert_rating(tx, id, ids, &r)?;
                } else {
                    let d: Dissent = serde_json::from_str(new).map_err(damaged)?;
                    let ids = rater_ids(tx, id, &d.rater)?;
                    insert_dissent(tx, id, ids, &d)?;
                }
            }
        }
        "tally" => {
            tx.execute(
                "DELETE FROM ratings WHERE assessment_id = ?1 AND indicator_code = ?2
                 AND participant_id IS NULL AND group_id IS NULL",
                params![id, code],
            )?;
            if let Some(new) = after {
                let cards: Vec<Rating> = serde_json::from_str(new).map_err(damaged)?;
                for r in &cards {
                    insert_rating(tx, id, (None, None), r)?;
                }
            }
        }
        "note" => {
            let note: Option<String> = after
                .map(serde_json::from_str)
                .transpose()
                .map_err(damaged)?;
            put_note(tx, id, code, note.as_deref())?;
        }
        _ => {}
    }
    Ok(())
}
