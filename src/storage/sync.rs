//! What each copy of an assessment knows for merging files (`crate::merge`), kept in
//! `sync_state`, and the writes that use it: recording revisions before an export, importing
//! a file as a new copy, merging a file into a copy, and settling a conflict. Each is one
//! immediate transaction that checks its preconditions inside it.

use std::collections::{BTreeMap, HashMap};

use rusqlite::{params, Connection, OptionalExtension, Transaction};

use super::{
    claim_draft, gdhm, insert_content, insert_evidence, insert_roadmap, load_in, log, log_entry,
    narratives, rows, workshop, Db,
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
        if same_signed(&local, incoming) {
            let copy = FollowUpIn {
                incoming,
                sync,
                replica,
                framework,
            };
            if let Some(report) = merge_follow_up_in(tx, id, &local, copy, actor, now)? {
                return Ok(report);
            }
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
        log_entry(tx, id, c)?;
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

/// The follow-up of a roadmap action, as the change log names it: what may change after
/// sign-off (`Db::set_follow_up`).
const FOLLOW_UP: [&str; 2] = ["roadmap.status", "roadmap.progress"];

/// One follow-up field's value of an action, as logged.
fn follow_up_value(item: &RoadmapItem, what: &str) -> String {
    if what == "roadmap.status" {
        item.status.as_str().to_string()
    } else {
        item.progress.clone()
    }
}

/// The fields of an assessment with each action's follow-up (status and progress note) set
/// aside: what its sign-off covers. `None` when an action's value does not read back.
fn signed_fields(data: &AssessmentData) -> Option<BTreeMap<Key, String>> {
    merge::fields(data)
        .into_iter()
        .map(|(k, v)| {
            if k.field != "roadmap" {
                return Some((k, v));
            }
            let mut item: RoadmapItem = serde_json::from_str(&v).ok()?;
            item.status = RoadmapStatus::Proposed;
            item.progress.clear();
            Some((k, serde_json::to_string(&item).ok()?))
        })
        .collect()
}

/// Are both copies finalised with the same sign-off (check code included) and the same
/// values but for the follow-up?
fn same_signed(local: &AssessmentData, incoming: &AssessmentData) -> bool {
    let (a, b) = (&local.assessment, &incoming.assessment);
    a.status == Status::Finalised
        && b.status == Status::Finalised
        && a.approval == b.approval
        && a.approval.fingerprint.is_some()
        && matches!(
            (signed_fields(local), signed_fields(incoming)),
            (Some(x), Some(y)) if x == y
        )
}

/// May this entry follow a sign-off (see `exchange::verify_check_code`): an action's status
/// or progress note, or a progress report written?
fn is_follow_up_entry(c: &Change, roadmap: &[RoadmapItem]) -> bool {
    let known = c
        .subject
        .as_deref()
        .is_some_and(|uid| roadmap.iter().any(|i| i.uid == uid));
    let status = |v: &Option<String>| v.as_deref().and_then(RoadmapStatus::parse).is_some();
    match c.what.as_str() {
        "progress.reported" => true,
        "roadmap.status" => known && status(&c.old) && status(&c.new),
        "roadmap.progress" => known,
        _ => false,
    }
}

/// When a copy last changed one follow-up field of an action, of the changes the other
/// copy has not seen: its latest such entry missing from the other's log.
fn unseen_change(
    log: &[Change],
    other: &std::collections::HashSet<&Change>,
    what: &str,
    uid: &str,
) -> Option<time::OffsetDateTime> {
    log.iter()
        .rev()
        .find(|c| c.what == what && c.subject.as_deref() == Some(uid) && !other.contains(c))
        .and_then(|c| parse_utc(&c.at))
}

/// A file of a finalised assessment, for [`merge_follow_up_in`].
struct FollowUpIn<'a> {
    incoming: &'a AssessmentData,
    sync: Option<&'a FileSync>,
    replica: &'a str,
    framework: &'a Framework,
}

/// Merges the follow-up of two finalised copies whose signed content is the same
/// ([`same_signed`]), inside the caller's transaction. Per action, the revisions decide as
/// for a draft: an action changed on one side only since the copies last shared a state is
/// taken. An action changed on both sides would be a conflict, which a finalised assessment
/// cannot settle: each of its two follow-up fields then takes the side that changed it, and
/// when both did, the newer change (by its change-log time; the same time: the greater
/// value), so that both copies come to the same value. Nothing is lost: the file's
/// follow-up entries the change log lacks are added as they were made, and where the log
/// would then end at another value than the one kept, an entry by `actor` says so. Only
/// the actions' status and progress note are written (the sign-off, the last-change time
/// and the check code untouched). `None` when the file's change log holds, since sign-off,
/// anything but follow-up (its signed content differs).
fn merge_follow_up_in(
    tx: &Transaction<'_>,
    id: i64,
    local: &AssessmentData,
    copy: FollowUpIn<'_>,
    actor: &str,
    now: &str,
) -> Result<Option<MergeReport>> {
    let incoming = copy.incoming;
    let added = new_entries(&local.change_log, &incoming.change_log);
    if !added.iter().all(|c| is_follow_up_entry(c, &local.roadmap)) {
        return Ok(None);
    }
    let local_fields: BTreeMap<Key, String> = merge::fields(local).into_iter().collect();
    let incoming_fields: BTreeMap<Key, String> = merge::fields(incoming).into_iter().collect();
    let local_state = stamped_with(tx, id, local, &local_fields)?;
    let incoming_state = merge::from_file(incoming, copy.sync, copy.replica);
    let merged = merge::merge(&local_state, &incoming_state);
    let seen_here: std::collections::HashSet<&Change> = local.change_log.iter().collect();
    let seen_there: std::collections::HashSet<&Change> = incoming.change_log.iter().collect();

    let mut data = local.clone();
    let mut report = MergeReport {
        id,
        ..MergeReport::default()
    };
    for item in &mut data.roadmap {
        let Some(theirs) = incoming.roadmap.iter().find(|i| i.uid == item.uid) else {
            continue;
        };
        let key = Key {
            field: "roadmap".into(),
            subject: item.uid.clone(),
        };
        // Taken whole from the side whose revision the other had seen; `None`: both changed.
        let whole = merged
            .state
            .fields
            .get(&key)
            .filter(|fs| !fs.in_conflict())
            .and_then(|fs| fs.stamped.as_ref())
            .and_then(|v| {
                if Some(v) == local_fields.get(&key) {
                    Some(false)
                } else if Some(v) == incoming_fields.get(&key) {
                    Some(true)
                } else {
                    None
                }
            });
        for what in FOLLOW_UP {
            let (mine, other) = (follow_up_value(item, what), follow_up_value(theirs, what));
            if mine == other {
                continue;
            }
            let take = whole.unwrap_or_else(|| {
                let here = unseen_change(&local.change_log, &seen_there, what, &item.uid);
                let there = unseen_change(&incoming.change_log, &seen_here, what, &item.uid);
                (there, &other) > (here, &mine)
            });
            if take {
                report.other_taken += 1;
                if what == "roadmap.status" {
                    item.status = theirs.status;
                } else {
                    item.progress = theirs.progress.clone();
                }
            }
        }
    }
    crate::validate::assessment(copy.framework, &data)?;
    for (mine, item) in local.roadmap.iter().zip(&data.roadmap) {
        if mine.status != item.status || mine.progress != item.progress {
            tx.execute(
                "UPDATE roadmap_items SET status = ?3, progress = ?4
                 WHERE assessment_id = ?1 AND uid = ?2",
                params![id, item.uid, item.status.as_str(), item.progress],
            )?;
        }
    }
    for c in &added {
        log_entry(tx, id, c)?;
    }
    // The value the change log now ends at for each follow-up field, since sign-off.
    let signed_at = local
        .change_log
        .iter()
        .rposition(|c| c.what == "assessment.finalised")
        .map_or(0, |p| p + 1);
    let mut logged: HashMap<(&str, &str), String> = HashMap::new();
    for c in local
        .change_log
        .iter()
        .skip(signed_at)
        .chain(added.iter().copied())
    {
        if let (true, Some(uid)) = (FOLLOW_UP.contains(&c.what.as_str()), c.subject.as_deref()) {
            logged.insert((c.what.as_str(), uid), c.new.clone().unwrap_or_default());
        }
    }
    for (mine, item) in local.roadmap.iter().zip(&data.roadmap) {
        for what in FOLLOW_UP {
            let before = logged
                .get(&(what, item.uid.as_str()))
                .cloned()
                .unwrap_or_else(|| follow_up_value(mine, what));
            let after = follow_up_value(item, what);
            if before != after {
                log(
                    tx,
                    id,
                    now,
                    actor,
                    what,
                    Some(&item.uid),
                    Some(&before),
                    Some(&after),
                )?;
            }
        }
    }
    data.change_log = load_in(tx, id)?.change_log;
    // The state: what both copies knew, each action settled here a new revision of this
    // copy (it has seen both sides), then what is stored now.
    let data_fields: BTreeMap<Key, String> = merge::fields(&data).into_iter().collect();
    let mut state = merged.state;
    let settled: Vec<Key> = state
        .fields
        .iter()
        .filter(|(k, fs)| {
            k.field == "roadmap" && (fs.in_conflict() || fs.stamped.as_ref() != data_fields.get(*k))
        })
        .map(|(k, _)| k.clone())
        .collect();
    for key in settled {
        merge::resolve(&mut state, &key, data_fields.get(&key).cloned(), actor, now);
    }
    merge::stamp_values(&mut state, &data_fields, &data);
    report.conflicts_waiting = state.conflicts().len();
    save_state(tx, id, &state)?;
    Ok(Some(report))
}
