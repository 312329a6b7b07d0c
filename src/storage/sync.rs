//! What each copy of an assessment knows for merging files (`crate::merge`), kept in
//! `sync_state`, and the writes that use it: recording revisions before an export, importing
//! a file as a new copy, merging a file into a copy, and settling a conflict. Each is one
//! immediate transaction that checks its preconditions inside it.

use std::collections::{BTreeMap, HashMap};

use rusqlite::{params, Connection, OptionalExtension, Transaction};

use super::{
    claim_draft, gdhm, insert_content, insert_evidence, insert_roadmap, load_in, log, narratives,
    rows, workshop, Db,
};
use crate::error::{Error, Result};
use crate::framework::Framework;
use crate::merge::{self, FileSync, Key, State};
use crate::model::*;

fn state_err(e: serde_json::Error) -> Error {
    Error::DamagedRow {
        table: "sync_state".into(),
        row: "0".into(),
        column: format!("state: {e}"),
    }
}

/// The copy's state, or `None` when it has recorded nothing yet.
fn load_state(conn: &Connection, id: i64) -> Result<Option<State>> {
    let row: Option<(String, String)> = conn
        .query_row(
            "SELECT replica, state FROM sync_state WHERE assessment_id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((replica, text)) = row else {
        return Ok(None);
    };
    let mut state: State = serde_json::from_str(&text).map_err(state_err)?;
    state.replica = replica;
    Ok(Some(state))
}

fn save_state(tx: &Transaction<'_>, id: i64, state: &State) -> Result<()> {
    let text = serde_json::to_string(state).map_err(state_err)?;
    tx.prepare_cached(
        "INSERT INTO sync_state (assessment_id, replica, state) VALUES (?1, ?2, ?3)
         ON CONFLICT (assessment_id) DO UPDATE SET replica = excluded.replica,
            state = excluded.state",
    )?
    .execute(params![id, state.replica, text])?;
    Ok(())
}

/// A new copy's replica id: random, never carried in a file.
fn new_replica() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// The copy's state with this copy's changes recorded (a new state for a copy that never
/// recorded anything).
fn stamped(conn: &Connection, id: i64, data: &AssessmentData) -> Result<State> {
    let now: BTreeMap<Key, String> = merge::fields(data).into_iter().collect();
    stamped_with(conn, id, data, &now)
}

/// [`stamped`] with the assessment's fields already listed.
fn stamped_with(
    conn: &Connection,
    id: i64,
    data: &AssessmentData,
    now: &BTreeMap<Key, String>,
) -> Result<State> {
    let mut state = load_state(conn, id)?.unwrap_or_else(|| State::new(new_replica()));
    merge::stamp_values(&mut state, now, data);
    Ok(state)
}

/// What a merge did, for the summary people see.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// The local assessment.
    pub id: i64,
    /// Fields taken from the file, by kind: answers' fields, and everything else.
    pub answers_taken: usize,
    pub other_taken: usize,
    /// Conflicts that appeared with this file, and all waiting now.
    pub new_conflicts: usize,
    pub conflicts_waiting: usize,
}

/// How a merged field is logged: `merge.taken` / `merge.conflict` / `merge.resolved`, the
/// subject names the field (`<field>@<subject>`).
fn field_subject(key: &Key) -> String {
    if key.subject.is_empty() {
        key.field.clone()
    } else {
        format!("{}@{}", key.field, key.subject)
    }
}

/// The change log entries of `incoming` that `local` does not have (compared whole; an
/// entry given twice on one side counts twice).
fn new_entries<'a>(local: &[Change], incoming: &'a [Change]) -> Vec<&'a Change> {
    let mut have: HashMap<&Change, usize> = HashMap::new();
    for c in local {
        *have.entry(c).or_insert(0) += 1;
    }
    incoming
        .iter()
        .filter(|c| match have.get_mut(c) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .collect()
}

/// Replaces an assessment's content (its own fields, participants, answers, evidence,
/// roadmap and workshop) with `data`'s, inside the caller's transaction.
fn replace_content(tx: &Transaction<'_>, id: i64, data: &AssessmentData, now: &str) -> Result<()> {
    for table in [
        "ratings",
        "dissents",
        "consensus_notes",
        "narratives",
        "gdhm_details",
        "groups",
        "participants",
        "responses",
        "evidence",
        "roadmap_items",
    ] {
        tx.execute(
            &format!("DELETE FROM {table} WHERE assessment_id = ?1"),
            [id],
        )?;
    }
    let a = &data.assessment;
    tx.execute(
        "UPDATE assessments SET country = ?2, round = ?3, assessment_date = ?4,
            facilitator = ?5, language = ?6, updated_at = ?7 WHERE id = ?1",
        params![
            id,
            a.country,
            a.round,
            a.date,
            a.facilitator,
            a.language,
            now
        ],
    )?;
    insert_content(tx, id, data, now)
}

/// Writes what differs between `before` (stored) and `after`, inside the caller's
/// transaction, after claiming the draft; returns whether anything differed. Only the rows
/// of changed fields are written, except when participants or groups change (ratings and
/// dissent name them by row): then the whole content is replaced.
fn write_changes(
    tx: &Transaction<'_>,
    id: i64,
    old: &BTreeMap<Key, String>,
    (after, new): (&AssessmentData, &BTreeMap<Key, String>),
    now: &str,
) -> Result<bool> {
    let changed: Vec<&Key> = old
        .keys()
        .chain(new.keys().filter(|k| !old.contains_key(*k)))
        .filter(|k| old.get(*k) != new.get(*k))
        .collect();
    if changed.is_empty() {
        return Ok(false);
    }
    claim_draft(tx, id, now)?;
    let kind = |f: &str| changed.iter().any(|k| k.field == f);
    if kind("participant") || kind("group") {
        replace_content(tx, id, after, now)?;
        return Ok(true);
    }
    if merge::ASSESSMENT_FIELDS.iter().any(|f| kind(f)) {
        let a = &after.assessment;
        tx.execute(
            "UPDATE assessments SET country = ?2, round = ?3, assessment_date = ?4,
                facilitator = ?5, language = ?6 WHERE id = ?1",
            params![id, a.country, a.round, a.date, a.facilitator, a.language],
        )?;
    }
    let answers: std::collections::BTreeSet<&str> = changed
        .iter()
        .filter(|k| merge::RESPONSE_FIELDS.contains(&k.field.as_str()))
        .map(|k| k.subject.as_str())
        .collect();
    for code in answers {
        match after.responses.iter().find(|r| r.indicator == code) {
            Some(r) => rows::put_response(tx, id, r, now)?,
            None => {
                tx.execute(
                    "DELETE FROM responses WHERE assessment_id = ?1 AND indicator_code = ?2",
                    params![id, code],
                )?;
            }
        }
    }
    if kind("evidence") {
        tx.execute("DELETE FROM evidence WHERE assessment_id = ?1", [id])?;
        insert_evidence(tx, id, &after.evidence)?;
    }
    if kind("roadmap") || kind("roadmap.position") {
        tx.execute("DELETE FROM roadmap_items WHERE assessment_id = ?1", [id])?;
        insert_roadmap(tx, id, &after.roadmap)?;
    }
    for k in changed
        .iter()
        .filter(|k| ["rating", "tally", "note", "dissent"].contains(&k.field.as_str()))
    {
        let code = k.indicator().unwrap_or_default();
        workshop::put_merged_field(
            tx,
            id,
            &k.field,
            code,
            old.get(*k).map(String::as_str),
            new.get(*k).map(String::as_str),
        )?;
    }
    if changed.iter().any(|k| merge::is_gdhm_field(&k.field)) {
        gdhm::put_details(tx, id, &after.gdhm)?;
    }
    for k in changed.iter().filter(|k| k.field == "narrative") {
        if let Some((scope, kind)) = merge::narrative_subject(&k.subject) {
            let text = after.narrative(&scope, kind);
            narratives::put(tx, id, &scope, kind, text)?;
        }
    }
    Ok(true)
}

/// The values a state shows (its stamped values).
fn values_of(state: &State) -> BTreeMap<Key, String> {
    state
        .fields
        .iter()
        .filter_map(|(k, f)| Some((k.clone(), f.stamped.clone()?)))
        .collect()
}

/// Is the file the same assessment as this copy: same values, status and sign-off?
fn identical(local: &AssessmentData, incoming: &AssessmentData) -> bool {
    let a: BTreeMap<Key, String> = merge::fields(local).into_iter().collect();
    let b: BTreeMap<Key, String> = merge::fields(incoming).into_iter().collect();
    a == b
        && local.assessment.status == incoming.assessment.status
        && local.assessment.approval == incoming.assessment.approval
}

impl Db {
    /// Records this copy's changes (a revision per changed field) and returns what a file
    /// of it carries: the assessment and its revisions.
    pub fn sync_for_export(&mut self, id: i64) -> Result<(AssessmentData, FileSync)> {
        self.write(|tx| {
            let data = load_in(tx, id)?;
            let state = stamped(tx, id, &data)?;
            save_state(tx, id, &state)?;
            Ok((data, merge::to_file(&state)))
        })
    }

    /// [`Db::sync_for_export`] without writing (beside the desktop app, which holds the
    /// lock): the file's content when this copy has recorded its revisions and changed
    /// nothing since; `None` when revisions would have to be recorded first.
    pub fn sync_for_export_unchanged(&self, id: i64) -> Result<Option<(AssessmentData, FileSync)>> {
        let data = load_in(&self.conn, id)?;
        let Some(mut state) = load_state(&self.conn, id)? else {
            return Ok(None);
        };
        if merge::stamp(&mut state, &data) > 0 {
            return Ok(None);
        }
        Ok(Some((data, merge::to_file(&state))))
    }

    /// The copy's state as stored (for tests and support), `None` before any exchange.
    pub fn sync_state(&self, id: i64) -> Result<Option<State>> {
        load_state(&self.conn, id)
    }

    /// Imports a file as a new copy of its assessment: the assessment, with the file's
    /// revisions (`replica` names the file's own changes when it has none), and the
    /// breakout mark when the file was written for a group.
    pub fn insert_copy(
        &mut self,
        data: &AssessmentData,
        sync: Option<&FileSync>,
        replica: &str,
        breakout: Option<&Breakout>,
    ) -> Result<i64> {
        self.write(|tx| insert_copy_in(tx, data, sync, replica, breakout))
    }

    /// The breakout mark of a copy imported from a group's file: the group and its blocks.
    pub fn breakout(&self, id: i64) -> Result<Option<Breakout>> {
        let text: Option<Option<String>> = self
            .conn
            .query_row(
                "SELECT breakout FROM sync_state WHERE assessment_id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?;
        text.flatten()
            .map(|t| serde_json::from_str(&t).map_err(state_err))
            .transpose()
    }

    /// Merges a file of an assessment that is here (same uid) into its copy, in one
    /// transaction: every field changed on one side only since the two last shared a state
    /// is taken; one changed on both sides to different values waits as a conflict. The
    /// merged assessment is checked against `framework` before anything is written.
    #[allow(clippy::too_many_arguments)]
    pub fn merge_copy(
        &mut self,
        id: i64,
        incoming: &AssessmentData,
        sync: Option<&FileSync>,
        replica: &str,
        framework: &Framework,
        actor: &str,
    ) -> Result<MergeReport> {
        let now = now_utc();
        self.write(|tx| merge_copy_in(tx, id, incoming, sync, replica, framework, actor, &now))
    }

    /// Imports several files in one transaction (all or nothing): each a new copy, or merged
    /// into the copy that is here (its uid, looked up inside the transaction, so a later
    /// file of the same assessment merges into the copy an earlier one added). Returns, per
    /// file, the local id and the merge's report when it was merged.
    pub fn import_copies(
        &mut self,
        files: &[CopyIn<'_>],
        actor: &str,
    ) -> Result<Vec<(i64, Option<MergeReport>)>> {
        let now = now_utc();
        self.write(|tx| {
            let mut done = Vec::with_capacity(files.len());
            for f in files {
                let here: Option<i64> = tx
                    .query_row(
                        "SELECT id FROM assessments WHERE uid = ?1",
                        [&f.data.assessment.uid],
                        |r| r.get(0),
                    )
                    .optional()?;
                done.push(match here {
                    Some(id) => {
                        let report = merge_copy_in(
                            tx,
                            id,
                            f.data,
                            f.sync,
                            f.replica,
                            f.framework,
                            actor,
                            &now,
                        )?;
                        (id, Some(report))
                    }
                    None => (
                        insert_copy_in(tx, f.data, f.sync, f.replica, f.breakout)?,
                        None,
                    ),
                });
            }
            Ok(done)
        })
    }

    /// The conflicts waiting in a copy, its own value first.
    pub fn conflicts(&self, id: i64) -> Result<Vec<merge::Conflict>> {
        Ok(load_state(&self.conn, id)?.map_or_else(Vec::new, |s| s.conflicts()))
    }

    /// Settles a conflict with `value` (a field's canonical JSON; `None`: removed): a new
    /// revision of this copy, the assessment changed to match and checked against
    /// `framework`, the value set aside logged, all in one transaction.
    pub fn resolve_conflict(
        &mut self,
        id: i64,
        key: &Key,
        value: Option<String>,
        framework: &Framework,
        actor: &str,
    ) -> Result<()> {
        let now = now_utc();
        self.write(|tx| {
            claim_draft(tx, id, &now)?;
            let local = load_in(tx, id)?;
            let mut state = stamped(tx, id, &local)?;
            let conflicts: Vec<merge::Conflict> = state
                .conflicts()
                .into_iter()
                .filter(|c| &c.key == key)
                .collect();
            if conflicts.is_empty() {
                return Err(Error::ConflictNotFound {
                    indicator: key.indicator().unwrap_or_default().to_string(),
                    field: key.shown_field(),
                });
            }
            let before = merge::resolve(&mut state, key, value.clone(), actor, &now);
            let mut values = values_of(&state);
            match &value {
                Some(v) => values.insert(key.clone(), v.clone()),
                None => values.remove(key),
            };
            let mut order: Vec<Key> = merge::fields(&local).into_iter().map(|(k, _)| k).collect();
            if !order.contains(key) {
                order.push(key.clone());
            }
            let data = merge::build(&local, &order, &values)?;
            crate::validate::assessment(framework, &data)?;
            let local_fields: BTreeMap<Key, String> = merge::fields(&local).into_iter().collect();
            let data_fields: BTreeMap<Key, String> = merge::fields(&data).into_iter().collect();
            write_changes(tx, id, &local_fields, (&data, &data_fields), &now)?;
            let subject = field_subject(key);
            for c in &conflicts {
                for set_aside in [&c.local, &c.incoming] {
                    if set_aside.value != value {
                        log(
                            tx,
                            id,
                            &now,
                            actor,
                            "merge.set-aside",
                            Some(&subject),
                            merge::readable(set_aside.value.as_deref()).as_deref(),
                            None,
                        )?;
                    }
                }
            }
            log(
                tx,
                id,
                &now,
                actor,
                "merge.resolved",
                Some(&subject),
                merge::readable(before.as_deref()).as_deref(),
                merge::readable(value.as_deref()).as_deref(),
            )?;
            merge::stamp(&mut state, &data);
            save_state(tx, id, &state)?;
            Ok(())
        })
    }
}

/// One file of [`Db::import_copies`]: the assessment, what it knows for merging, and the
/// framework it was checked against.
#[derive(Debug, Clone, Copy)]
pub struct CopyIn<'a> {
    pub data: &'a AssessmentData,
    pub sync: Option<&'a FileSync>,
    pub replica: &'a str,
    pub breakout: Option<&'a Breakout>,
    pub framework: &'a Framework,
}

/// [`Db::insert_copy`] inside a transaction.
fn insert_copy_in(
    tx: &Transaction<'_>,
    data: &AssessmentData,
    sync: Option<&FileSync>,
    replica: &str,
    breakout: Option<&Breakout>,
) -> Result<i64> {
    let mut state = merge::from_file(data, sync, replica);
    state.replica = new_replica();
    let id = super::insert_in(tx, data)?;
    save_state(tx, id, &state)?;
    if let Some(b) = breakout {
        let text = serde_json::to_string(b).map_err(state_err)?;
        tx.execute(
            "UPDATE sync_state SET breakout = ?2 WHERE assessment_id = ?1",
            params![id, text],
        )?;
    }
    Ok(id)
}

/// [`Db::merge_copy`] inside a transaction.
#[allow(clippy::too_many_arguments)]
fn merge_copy_in(
    tx: &Transaction<'_>,
    id: i64,
    incoming: &AssessmentData,
    sync: Option<&FileSync>,
    replica: &str,
    framework: &Framework,
    actor: &str,
    now: &str,
) -> Result<MergeReport> {
    let local = load_in(tx, id)?;
    let a = &local.assessment;
    if a.status == Status::Finalised || incoming.assessment.status == Status::Finalised {
        if identical(&local, incoming) {
            let state = load_state(tx, id)?;
            let waiting = state.map_or(0, |s| s.conflicts().len());
            return Ok(MergeReport {
                id,
                conflicts_waiting: waiting,
                ..MergeReport::default()
            });
        }
        return Err(if a.status == Status::Finalised {
            Error::MergeIntoFinalised {
                country: a.country.clone(),
                round: a.round.clone(),
            }
        } else {
            Error::MergeFinalisedFile {
                country: a.country.clone(),
                round: a.round.clone(),
            }
        });
    }
    let local_list = merge::fields(&local);
    let local_fields: BTreeMap<Key, String> = local_list.iter().cloned().collect();
    let local_state = stamped_with(tx, id, &local, &local_fields)?;
    let incoming_state = merge::from_file(incoming, sync, replica);
    let mut merged = merge::merge(&local_state, &incoming_state);
    merge::keep_named(&mut merged.state, [&local_state, &incoming_state]);
    let values = values_of(&merged.state);
    // The order of lists: this copy's, then what only the file has, then fields
    // only the file's revisions name (checked with the rest).
    let mut order: Vec<Key> = local_list.into_iter().map(|(k, _)| k).collect();
    order.extend(
        merge::fields(incoming)
            .into_iter()
            .map(|(k, _)| k)
            .filter(|k| !local_fields.contains_key(k)),
    );
    let placed: std::collections::HashSet<&Key> = order.iter().collect();
    let rest: Vec<Key> = values
        .keys()
        .filter(|k| !placed.contains(*k))
        .cloned()
        .collect();
    order.extend(rest);
    let mut data = merge::build(&local, &order, &values)?;
    crate::validate::assessment(framework, &data)?;
    let data_fields: BTreeMap<Key, String> = merge::fields(&data).into_iter().collect();
    let added = new_entries(&local.change_log, &incoming.change_log);
    if write_changes(tx, id, &local_fields, (&data, &data_fields), now)? {
        data.assessment.updated_at = now.to_string();
    }
    for c in &added {
        log(
            tx,
            id,
            &c.at,
            &c.actor,
            &c.what,
            c.subject.as_deref(),
            c.old.as_deref(),
            c.new.as_deref(),
        )?;
    }
    let mut report = MergeReport {
        id,
        ..MergeReport::default()
    };
    for (key, old, new) in &merged.taken {
        if merge::RESPONSE_FIELDS.contains(&key.field.as_str()) {
            report.answers_taken += 1;
        } else {
            report.other_taken += 1;
        }
        log(
            tx,
            id,
            now,
            actor,
            "merge.taken",
            Some(&field_subject(key)),
            merge::readable(old.as_deref()).as_deref(),
            merge::readable(new.as_deref()).as_deref(),
        )?;
    }
    let conflicts = merged.state.conflicts();
    for key in &merged.new_conflicts {
        for c in conflicts.iter().filter(|c| &c.key == key) {
            log(
                tx,
                id,
                now,
                actor,
                "merge.conflict",
                Some(&field_subject(key)),
                merge::readable(c.local.value.as_deref()).as_deref(),
                merge::readable(c.incoming.value.as_deref()).as_deref(),
            )?;
        }
    }
    report.new_conflicts = merged.new_conflicts.len();
    report.conflicts_waiting = conflicts.len();
    // The state records what is stored now.
    let mut state = merged.state;
    merge::stamp_values(&mut state, &data_fields, &data);
    save_state(tx, id, &state)?;
    Ok(report)
}
