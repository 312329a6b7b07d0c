//! Merging two copies of one assessment (issue 12): pure functions, no IO, no clock.
//!
//! An assessment is seen as a set of **fields**, each named by a [`Key`]: an answer's phase,
//! target, target year, rationale, confidence, carried mark, change note and NA reason; a rating, a
//! tally, a consensus note, a dissent; an evidence item; a roadmap item and its position; a
//! participant; a group; the assessment's country, round, date, facilitator and language;
//! each of its GDHM details (`gdhm_<detail>`, format version 5).
//! A field's value is canonical JSON text, or absent (removed, or never there).
//!
//! Each copy keeps, per field, the **revisions** of its value: a [`Dot`] (the copy that made
//! it and that copy's counter), the value, who and when. It also keeps its **context**: for
//! every copy, the highest counter it has seen (a version vector). A copy records a new
//! revision of a field when the field's value differs from the value it last recorded
//! ([`stamp`]: before every export and every merge), so all the changes made on one copy
//! between two exchanges are one revision.
//!
//! Merging (the join of multi-value registers): a revision of either side is kept when the
//! other side has it too, or has never seen it; a revision the other side has seen but no
//! longer has was replaced there. One value left: taken. Two different values left: a
//! **conflict**, shown side by side until a person chooses one or writes another
//! ([`resolve`]), which is a new revision that replaces both. The rules are written for
//! people in `docs/assessment-file.md`.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::*;

/// Field names of the assessment itself (subject empty).
pub const ASSESSMENT_FIELDS: [&str; 5] = ["country", "round", "date", "facilitator", "language"];
/// Field names of an answer (subject: the indicator code).
pub const RESPONSE_FIELDS: [&str; 8] = [
    "current",
    "target",
    "target_year",
    "rationale",
    "confidence",
    "carried",
    "change_note",
    "na_reason",
];

/// Field names of everything else, each with its subject (see [`Key`]).
pub const OTHER_FIELDS: [&str; 10] = [
    "participant",
    "group",
    "evidence",
    "roadmap",
    "roadmap.position",
    "rating",
    "tally",
    "note",
    "dissent",
    "narrative",
];

/// The subject of a narrative's field: `<scope>/<kind>`.
pub fn narrative_key_subject(scope: &str, kind: NarrativeKind) -> String {
    format!("{}/{}", escape(scope), kind.as_str())
}

/// The scope and kind a narrative field's subject names.
pub fn narrative_subject(subject: &str) -> Option<(String, NarrativeKind)> {
    let (scope, kind) = subject.rsplit_once('/')?;
    Some((unescape(scope), NarrativeKind::parse(kind)?))
}

/// The field name of a GDHM detail (`gdhm_<detail>`; subject empty; format version 5).
pub fn gdhm_field(detail: &str) -> String {
    format!("gdhm_{detail}")
}

/// Is `field` one of the assessment's GDHM details ([`GdhmDetails::FIELDS`])?
pub fn is_gdhm_field(field: &str) -> bool {
    field
        .strip_prefix("gdhm_")
        .is_some_and(|f| GdhmDetails::FIELDS.contains(&f))
}

/// Is `field` a field name this DHMA merges?
pub fn is_known_field(field: &str) -> bool {
    !field.is_empty()
        && (ASSESSMENT_FIELDS.contains(&field)
            || is_gdhm_field(field)
            || RESPONSE_FIELDS.contains(&field)
            || OTHER_FIELDS.contains(&field))
}

/// A field of an assessment: what (`current`, `rating`, `participant`, …) and of what (an
/// indicator code, `<indicator>/<rater>`, a name key, a roadmap uid, …; empty for the
/// assessment's own fields).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Key {
    pub field: String,
    pub subject: String,
}

impl Key {
    fn new(field: &str, subject: impl Into<String>) -> Key {
        Key {
            field: field.to_string(),
            subject: subject.into(),
        }
    }

    /// The indicator the field belongs to, if any.
    pub fn indicator(&self) -> Option<&str> {
        match self.field.as_str() {
            f if RESPONSE_FIELDS.contains(&f) => Some(&self.subject),
            "tally" | "note" => Some(&self.subject),
            "rating" | "dissent" | "evidence" => self.subject.split('/').next(),
            _ => None,
        }
    }

    /// The rater a rating's or dissent's subject (`<code>/participant:<key>`) names: its kind
    /// (`participant` or `group`) and its name key.
    pub fn rater(&self) -> Option<(&str, String)> {
        if !matches!(self.field.as_str(), "rating" | "dissent") {
            return None;
        }
        let (_, rater) = self.subject.split_once('/')?;
        let (kind, name) = rater.split_once(':')?;
        Some((kind, unescape(name)))
    }

    /// The title an evidence item's subject (`<code>/<title>/<reference>`) names.
    pub fn evidence_title(&self) -> Option<String> {
        (self.field == "evidence")
            .then(|| self.subject.split('/').nth(1).map(unescape))
            .flatten()
    }

    /// The field as people name it on the command line: `current`, `rating:participant:amina`,
    /// `evidence:<title>`, `participant:<name>`, `roadmap:<uid>`, `country`, …
    pub fn shown_field(&self) -> String {
        match self.field.as_str() {
            "rating" | "dissent" => {
                let rater = self.subject.split_once('/').map_or("", |(_, r)| r);
                format!("{}:{rater}", self.field)
            }
            "evidence" => format!("evidence:{}", self.evidence_title().unwrap_or_default()),
            "participant" | "group" | "roadmap" | "roadmap.position" | "narrative" => {
                format!("{}:{}", self.field, self.subject)
            }
            _ => self.field.clone(),
        }
    }
}

/// `/` inside a name or title, escaped so that subjects split on `/` unambiguously.
fn escape(s: &str) -> String {
    s.replace('%', "%25").replace('/', "%2F")
}

fn unescape(s: &str) -> String {
    s.replace("%2F", "/").replace("%25", "%")
}

fn rater_subject(rater: &Rater) -> String {
    match rater {
        Rater::Participant(n) => format!("participant:{}", escape(&name_key(n))),
        Rater::Group(n) => format!("group:{}", escape(&name_key(n))),
        Rater::Anonymous => "anonymous".into(),
    }
}

/// The highest revision counter a file may carry: far more changes than any copy makes,
/// and far from the end of `u64` (a copy counts on from the highest it has seen of itself).
pub const MAX_COUNTER: u64 = 1_000_000_000_000;

/// A revision's identity: the copy (replica) that made it and its counter there.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Dot {
    pub replica: String,
    pub counter: u64,
}

impl Serialize for Dot {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&format!("{}:{}", self.replica, self.counter))
    }
}

impl<'de> Deserialize<'de> for Dot {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Dot, D::Error> {
        let text = String::deserialize(d)?;
        let bad = || serde::de::Error::custom("a revision is written replica:counter");
        let (replica, counter) = text.rsplit_once(':').ok_or_else(bad)?;
        let counter: u64 = counter.parse().map_err(|_| bad())?;
        if replica.is_empty() || counter == 0 || counter > MAX_COUNTER {
            return Err(bad());
        }
        Ok(Dot {
            replica: replica.to_string(),
            counter,
        })
    }
}

/// One revision of a field's value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Revision {
    pub dot: Dot,
    /// Canonical JSON of the value; `None`: absent (removed).
    pub value: Option<String>,
    /// Who changed the field, and when (RFC 3339 UTC), as far as the copy's change log says.
    pub by: String,
    pub at: String,
}

/// What a copy knows of one field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldState {
    /// The value stored in this copy when it last recorded revisions.
    pub stamped: Option<String>,
    /// The field's current revisions: one, or several while their values conflict.
    pub revisions: Vec<Revision>,
}

impl FieldState {
    /// The distinct values of the revisions (more than one: a conflict).
    fn values(&self) -> BTreeSet<Option<&str>> {
        self.revisions.iter().map(|r| r.value.as_deref()).collect()
    }

    pub fn in_conflict(&self) -> bool {
        let mut values = self.revisions.iter().map(|r| &r.value);
        values
            .next()
            .is_some_and(|first| values.any(|v| v != first))
    }
}

/// What one copy of an assessment knows for merging.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    /// This copy's replica id (random, never carried in a file).
    #[serde(skip)]
    pub replica: String,
    /// The highest counter seen from each copy, this one included.
    pub context: BTreeMap<String, u64>,
    #[serde(with = "field_list")]
    pub fields: BTreeMap<Key, FieldState>,
}

/// The fields map written as a list (JSON object keys must be strings), each revision's
/// value left out when it is the stamped value (most fields: half the size to read and
/// write at every merge).
mod field_list {
    use super::{FieldState, FileRevision, Key, Revision};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::collections::BTreeMap;

    #[derive(Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Entry {
        field: String,
        subject: String,
        stamped: Option<String>,
        revisions: Vec<FileRevision>,
    }

    pub fn serialize<S: Serializer>(
        map: &BTreeMap<Key, FieldState>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        let list: Vec<Entry> = map
            .iter()
            .map(|(k, f)| Entry {
                field: k.field.clone(),
                subject: k.subject.clone(),
                stamped: f.stamped.clone(),
                revisions: f
                    .revisions
                    .iter()
                    .map(|r| FileRevision {
                        dot: r.dot.clone(),
                        by: r.by.clone(),
                        at: r.at.clone(),
                        value: (r.value != f.stamped).then(|| r.value.clone()),
                    })
                    .collect(),
            })
            .collect();
        list.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<BTreeMap<Key, FieldState>, D::Error> {
        let list = Vec::<Entry>::deserialize(d)?;
        Ok(list
            .into_iter()
            .map(|e| {
                let revisions = e
                    .revisions
                    .into_iter()
                    .map(|r| Revision {
                        dot: r.dot,
                        value: r.value.unwrap_or_else(|| e.stamped.clone()),
                        by: r.by,
                        at: r.at,
                    })
                    .collect();
                (
                    Key {
                        field: e.field,
                        subject: e.subject,
                    },
                    FieldState {
                        stamped: e.stamped,
                        revisions,
                    },
                )
            })
            .collect())
    }
}

impl State {
    /// A copy that has recorded nothing yet.
    pub fn new(replica: String) -> State {
        State {
            replica,
            context: BTreeMap::new(),
            fields: BTreeMap::new(),
        }
    }

    fn seen(&self, dot: &Dot) -> bool {
        self.context
            .get(&dot.replica)
            .is_some_and(|&n| n >= dot.counter)
    }

    fn next_dot(&mut self) -> Dot {
        let n = self
            .context
            .get(&self.replica)
            .copied()
            .unwrap_or(0)
            .saturating_add(1);
        self.context.insert(self.replica.clone(), n);
        Dot {
            replica: self.replica.clone(),
            counter: n,
        }
    }

    /// The fields whose revisions disagree, with this copy's value first.
    pub fn conflicts(&self) -> Vec<Conflict> {
        let mut out = Vec::new();
        for (key, fs) in &self.fields {
            if !fs.in_conflict() {
                continue;
            }
            let local = fs
                .revisions
                .iter()
                .find(|r| r.value == fs.stamped)
                .or_else(|| fs.revisions.first());
            let Some(local) = local else { continue };
            let mut others: Vec<&Revision> = Vec::new();
            for r in &fs.revisions {
                if r.value != local.value && !others.iter().any(|o| o.value == r.value) {
                    others.push(r);
                }
            }
            for other in others {
                out.push(Conflict {
                    key: key.clone(),
                    local: local.clone(),
                    incoming: other.clone(),
                });
            }
        }
        out
    }
}

/// A field changed on both sides to different values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub key: Key,
    pub local: Revision,
    pub incoming: Revision,
}

fn json<T: Serialize>(value: &T) -> String {
    // Serialising plain data types with derived `Serialize` cannot fail; an empty value
    // would only make the field look changed.
    serde_json::to_string(value).unwrap_or_default()
}

/// Every field of an assessment with its value, in the order of the assessment's lists.
pub fn fields(data: &AssessmentData) -> Vec<(Key, String)> {
    let a = &data.assessment;
    let mut out = vec![
        (Key::new("country", ""), json(&a.country)),
        (Key::new("round", ""), json(&a.round)),
        (Key::new("date", ""), json(&a.date)),
        (Key::new("facilitator", ""), json(&a.facilitator)),
        (Key::new("language", ""), json(&a.language)),
    ];
    for f in GdhmDetails::FIELDS {
        // A blank detail is no field, as a blank narrative is none.
        if let Some(v) = data.gdhm.get(f).filter(|v| !v.trim().is_empty()) {
            out.push((Key::new(&gdhm_field(f), ""), json(&v)));
        }
    }
    for p in &data.participants {
        out.push((Key::new("participant", name_key(&p.name)), json(p)));
    }
    for g in &data.workshop.groups {
        out.push((Key::new("group", name_key(&g.name)), json(g)));
    }
    for r in &data.responses {
        let s = &r.indicator;
        out.push((Key::new("current", s), json(&r.current)));
        out.push((Key::new("target", s), json(&r.target)));
        out.push((Key::new("target_year", s), json(&r.target_year)));
        out.push((Key::new("rationale", s), json(&r.rationale)));
        out.push((Key::new("confidence", s), json(&r.confidence)));
        out.push((Key::new("carried", s), json(&r.carried)));
        out.push((Key::new("change_note", s), json(&r.change_note)));
        out.push((Key::new("na_reason", s), json(&r.na_reason)));
    }
    let mut seen_evidence: HashMap<String, usize> = HashMap::new();
    for e in &data.evidence {
        let base = format!(
            "{}/{}/{}",
            e.indicator,
            escape(&e.title),
            escape(&e.reference)
        );
        // The same item twice on one indicator: the second is its own field.
        let n = seen_evidence.entry(base.clone()).or_insert(0);
        let subject = if *n == 0 { base } else { format!("{base}/{n}") };
        *n += 1;
        out.push((Key::new("evidence", subject), json(e)));
    }
    for item in &data.roadmap {
        let mut rest = item.clone();
        rest.position = 0;
        out.push((Key::new("roadmap", &item.uid), json(&rest)));
        out.push((
            Key::new("roadmap.position", &item.uid),
            json(&item.position),
        ));
    }
    let mut tallies: BTreeMap<&str, Vec<&Rating>> = BTreeMap::new();
    for r in &data.workshop.ratings {
        match r.rater {
            Rater::Anonymous => tallies.entry(&r.indicator).or_default().push(r),
            _ => out.push((
                Key::new(
                    "rating",
                    format!("{}/{}", r.indicator, rater_subject(&r.rater)),
                ),
                json(r),
            )),
        }
    }
    for (code, cards) in tallies {
        out.push((Key::new("tally", code), json(&cards)));
    }
    for n in &data.workshop.notes {
        out.push((Key::new("note", &n.indicator), json(&n.note)));
    }
    for d in &data.workshop.dissents {
        out.push((
            Key::new(
                "dissent",
                format!("{}/{}", d.indicator, rater_subject(&d.rater)),
            ),
            json(d),
        ));
    }
    for n in &data.narratives {
        out.push((
            Key::new("narrative", narrative_key_subject(&n.scope, n.kind)),
            json(&n.text),
        ));
    }
    out
}

/// Who last changed each field and when, from a copy's change log (the latest entry that
/// names the field, or the latest entry of its indicator or item); `fallback` otherwise.
struct Authors<'a> {
    exact: HashMap<(&'a str, &'a str), &'a Change>,
    /// By subject, lower case (the workshop logs `<code> participant:<Name>`).
    subject: HashMap<String, &'a Change>,
    fallback: (String, String),
}

impl<'a> Authors<'a> {
    fn new(data: &'a AssessmentData) -> Authors<'a> {
        let mut exact = HashMap::new();
        let mut subject = HashMap::new();
        for c in &data.change_log {
            if let Some(s) = c.subject.as_deref() {
                exact.insert((c.what.as_str(), s), c);
                subject.insert(s.to_lowercase(), c);
            }
        }
        let fallback = data.change_log.last().map_or_else(
            || {
                (
                    data.assessment.facilitator.clone(),
                    data.assessment.updated_at.clone(),
                )
            },
            |c| (c.actor.clone(), c.at.clone()),
        );
        Authors {
            exact,
            subject,
            fallback,
        }
    }

    fn of(&self, key: &Key) -> (String, String) {
        if key.field == "narrative" {
            // Logged as `narrative.<kind>` with the scope as subject.
            if let Some((scope, kind)) = narrative_subject(&key.subject) {
                let what = format!("narrative.{}", kind.as_str());
                if let Some(c) = self.exact.get(&(what.as_str(), scope.as_str())) {
                    return (c.actor.clone(), c.at.clone());
                }
            }
            return self.fallback.clone();
        }
        let what = format!("response.{}", key.field);
        let subject = match (key.field.as_str(), key.subject.split_once('/')) {
            ("rating" | "dissent", Some((code, rater))) => format!("{code} {}", unescape(rater)),
            _ => key.indicator().unwrap_or(&key.subject).to_lowercase(),
        };
        self.exact
            .get(&(what.as_str(), key.subject.as_str()))
            .or_else(|| self.subject.get(&subject))
            .map_or_else(
                || self.fallback.clone(),
                |c| (c.actor.clone(), c.at.clone()),
            )
    }
}

/// Records a revision for every field whose value differs from the one last recorded:
/// the changes made on this copy since its last export or merge. Returns how many.
pub fn stamp(state: &mut State, data: &AssessmentData) -> usize {
    let now: BTreeMap<Key, String> = fields(data).into_iter().collect();
    stamp_values(state, &now, data)
}

/// [`stamp`] with the assessment's fields already listed (`now`: [`fields`] of `data`).
pub fn stamp_values(
    state: &mut State,
    now: &BTreeMap<Key, String>,
    data: &AssessmentData,
) -> usize {
    let changed: Vec<Key> = now
        .keys()
        .chain(state.fields.keys().filter(|k| !now.contains_key(*k)))
        .filter(|key| {
            let value = now.get(*key);
            match state.fields.get(*key) {
                Some(fs) => fs.stamped.as_ref() != value || fs.revisions.is_empty(),
                None => value.is_some(),
            }
        })
        .cloned()
        .collect();
    if changed.is_empty() {
        return 0;
    }
    let authors = Authors::new(data);
    for key in &changed {
        let value = now.get(key).cloned();
        let dot = state.next_dot();
        let (by, at) = authors.of(key);
        state.fields.insert(
            key.clone(),
            FieldState {
                stamped: value.clone(),
                revisions: vec![Revision { dot, value, by, at }],
            },
        );
    }
    changed.len()
}

/// What a merge did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    /// The merged state; its stamped values are the values to store.
    pub state: State,
    /// Fields whose value was taken from the incoming copy: (key, old value, new value).
    pub taken: Vec<(Key, Option<String>, Option<String>)>,
    /// Fields that are in conflict now and were not (or not with these values) before.
    pub new_conflicts: Vec<Key>,
}

/// Merges `incoming` into `local` (both stamped). Commutative, associative and idempotent
/// on the revisions; the value shown for a conflict is the local one.
pub fn merge(local: &State, incoming: &State) -> Merged {
    let mut state = State {
        replica: local.replica.clone(),
        context: local.context.clone(),
        fields: BTreeMap::new(),
    };
    for (replica, &n) in &incoming.context {
        let e = state.context.entry(replica.clone()).or_insert(0);
        *e = (*e).max(n);
    }
    let empty = FieldState::default();
    let keys: BTreeSet<&Key> = local.fields.keys().chain(incoming.fields.keys()).collect();
    let mut taken = Vec::new();
    let mut new_conflicts = Vec::new();
    for key in keys {
        let l = local.fields.get(key).unwrap_or(&empty);
        let i = incoming.fields.get(key).unwrap_or(&empty);
        // The common cases without sets: the same revisions on both sides, or a field the
        // file's copy never saw (a revision made here after the file was written).
        let same = l.revisions.len() == i.revisions.len()
            && l.revisions
                .iter()
                .zip(&i.revisions)
                .all(|(a, b)| a.dot == b.dot);
        let unseen_here_only = i.revisions.is_empty()
            && !l.revisions.is_empty()
            && l.revisions.iter().all(|r| !incoming.seen(&r.dot));
        if (same && !l.revisions.is_empty()) || unseen_here_only {
            state.fields.insert(key.clone(), l.clone());
            continue;
        }
        let l_dots: BTreeSet<&Dot> = l.revisions.iter().map(|r| &r.dot).collect();
        let i_dots: BTreeSet<&Dot> = i.revisions.iter().map(|r| &r.dot).collect();
        let mut revisions: Vec<Revision> = l
            .revisions
            .iter()
            .filter(|r| i_dots.contains(&r.dot) || !incoming.seen(&r.dot))
            .chain(
                i.revisions
                    .iter()
                    .filter(|r| !l_dots.contains(&r.dot) && !local.seen(&r.dot)),
            )
            .cloned()
            .collect();
        revisions.sort_by(|a, b| a.dot.cmp(&b.dot));
        if revisions.is_empty() {
            revisions = l.revisions.clone();
        }
        let mut fs = FieldState {
            stamped: None,
            revisions,
        };
        let values = fs.values();
        fs.stamped = if values.contains(&l.stamped.as_deref()) && !l.revisions.is_empty() {
            l.stamped.clone()
        } else {
            fs.revisions.first().and_then(|r| r.value.clone())
        };
        if fs.in_conflict() && (!l.in_conflict() || l.values() != fs.values()) {
            new_conflicts.push(key.clone());
        }
        if fs.stamped != l.stamped {
            taken.push((key.clone(), l.stamped.clone(), fs.stamped.clone()));
        }
        if fs.stamped.is_some() || !fs.revisions.is_empty() {
            state.fields.insert(key.clone(), fs);
        }
    }
    Merged {
        state,
        taken,
        new_conflicts,
    }
}

/// Settles a field: a new revision of this copy with `value`, replacing every revision.
/// Returns the value shown before.
pub fn resolve(
    state: &mut State,
    key: &Key,
    value: Option<String>,
    by: &str,
    at: &str,
) -> Option<String> {
    let dot = state.next_dot();
    let before = state.fields.get(key).and_then(|f| f.stamped.clone());
    state.fields.insert(
        key.clone(),
        FieldState {
            stamped: value.clone(),
            revisions: vec![Revision {
                dot,
                value,
                by: by.to_string(),
                at: at.to_string(),
            }],
        },
    );
    before
}

/// A field's value as people read it in the change log: text without quotes, numbers as
/// written, `NA`; other values as JSON.
pub fn readable(value: Option<&str>) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(value?).ok()?;
    match v {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s),
        other => Some(other.to_string()),
    }
}

fn decode<T: serde::de::DeserializeOwned>(key: &Key, value: &str) -> Result<T> {
    serde_json::from_str(value).map_err(|e| Error::InvalidValue {
        field: "content".into(),
        value: format!("{} {} {e}", key.field, key.subject),
    })
}

/// Builds an assessment from `values` (every field's value), keeping the identity, status,
/// sign-off and change log of `base` and ordering lists as `order` lists their keys.
pub fn build(
    base: &AssessmentData,
    order: &[Key],
    values: &BTreeMap<Key, String>,
) -> Result<AssessmentData> {
    let mut data = AssessmentData {
        assessment: base.assessment.clone(),
        participants: Vec::new(),
        responses: Vec::new(),
        evidence: Vec::new(),
        roadmap: Vec::new(),
        change_log: base.change_log.clone(),
        workshop: Workshop::default(),
        narratives: Vec::new(),
        gdhm: GdhmDetails::default(),
        benchmark: base.benchmark.clone(),
    };
    let text = |field: &str| -> Result<Option<String>> {
        let key = Key::new(field, "");
        values.get(&key).map(|v| decode(&key, v)).transpose()
    };
    let a = &mut data.assessment;
    for (field, slot) in [
        ("country", &mut a.country),
        ("round", &mut a.round),
        ("date", &mut a.date),
        ("facilitator", &mut a.facilitator),
        ("language", &mut a.language),
    ] {
        if let Some(v) = text(field)? {
            *slot = v;
        }
    }
    for f in GdhmDetails::FIELDS {
        if let Some(v) = text(&gdhm_field(f))? {
            data.gdhm.set(f, v);
        }
    }
    let mut responses: Vec<String> = Vec::new();
    let mut by_code: HashMap<String, Response> = HashMap::new();
    let mut tallies: Vec<String> = Vec::new();
    let mut done: BTreeSet<&Key> = BTreeSet::new();
    for key in order {
        let Some(value) = values.get(key) else {
            continue;
        };
        if !done.insert(key) {
            continue;
        }
        let field = key.field.as_str();
        if RESPONSE_FIELDS.contains(&field) {
            let r = by_code.entry(key.subject.clone()).or_insert_with(|| {
                responses.push(key.subject.clone());
                Response::empty(&key.subject)
            });
            match field {
                "current" => r.current = decode(key, value)?,
                "target" => r.target = decode(key, value)?,
                "target_year" => r.target_year = decode(key, value)?,
                "rationale" => r.rationale = decode(key, value)?,
                "confidence" => r.confidence = decode(key, value)?,
                "carried" => r.carried = decode(key, value)?,
                "na_reason" => r.na_reason = decode(key, value)?,
                _ => r.change_note = decode(key, value)?,
            }
            continue;
        }
        match field {
            "participant" => data.participants.push(decode(key, value)?),
            "group" => data.workshop.groups.push(decode(key, value)?),
            "evidence" => data.evidence.push(decode(key, value)?),
            "roadmap" => {
                let mut item: RoadmapItem = decode(key, value)?;
                let pos = Key::new("roadmap.position", &key.subject);
                if let Some(p) = values.get(&pos) {
                    item.position = decode(&pos, p)?;
                }
                data.roadmap.push(item);
            }
            "rating" => data.workshop.ratings.push(decode(key, value)?),
            "tally" => tallies.push(value.clone()),
            "note" => data.workshop.notes.push(ConsensusNote {
                indicator: key.subject.clone(),
                note: decode(key, value)?,
            }),
            "dissent" => data.workshop.dissents.push(decode(key, value)?),
            "narrative" => {
                let text: Option<String> = decode(key, value)?;
                let Some((scope, kind)) = narrative_subject(&key.subject) else {
                    return Err(Error::InvalidValue {
                        field: "content".into(),
                        value: format!("{} {}", key.field, key.subject),
                    });
                };
                if let Some(text) = text.filter(|t| !t.trim().is_empty()) {
                    data.narratives.push(Narrative { scope, kind, text });
                }
            }
            _ => {}
        }
    }
    for code in responses {
        if let Some(r) = by_code.remove(&code) {
            data.responses.push(r);
        }
    }
    for t in tallies {
        let key = Key::new("tally", "");
        let cards: Vec<Rating> = decode(&key, &t)?;
        data.workshop.ratings.extend(cards);
    }
    data.roadmap
        .sort_by(|x, y| (x.position, &x.uid).cmp(&(y.position, &y.uid)));
    // As stored: by scope, then kind.
    data.narratives
        .sort_by(|x, y| (&x.scope, x.kind).cmp(&(&y.scope, y.kind)));
    Ok(data)
}

/// The participants and groups the merged workshop names, that the merge would leave out
/// (removed on one side while the other side rated, dissented or grouped with them): they
/// are kept, as a conflict between "removed" and their last value, for a person to settle.
pub fn keep_named(state: &mut State, sides: [&State; 2]) {
    let values: BTreeMap<Key, String> = state
        .fields
        .iter()
        .filter_map(|(k, f)| Some((k.clone(), f.stamped.clone()?)))
        .collect();
    let mut needed: BTreeSet<Key> = BTreeSet::new();
    for (key, value) in &values {
        // A rating's or dissent's rater is in its subject: `<code>/participant:<key>`.
        let raters: Vec<Key> = match key.field.as_str() {
            "rating" | "dissent" => key
                .rater()
                .map(|(kind, name)| vec![Key::new(kind, name)])
                .unwrap_or_default(),
            "group" => serde_json::from_str::<Group>(value)
                .map(|g| {
                    g.members
                        .iter()
                        .map(|m| Key::new("participant", name_key(m)))
                        .collect()
                })
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        for k in raters {
            if !values.contains_key(&k) {
                needed.insert(k);
            }
        }
    }
    for k in needed {
        let last = sides
            .iter()
            .filter_map(|s| s.fields.get(&k))
            .flat_map(|f| f.revisions.iter())
            .filter(|r| r.value.is_some())
            .max_by(|a, b| a.at.cmp(&b.at))
            .cloned();
        let Some(last) = last else { continue };
        let fs = state.fields.entry(k).or_default();
        fs.stamped = last.value.clone();
        if !fs.revisions.iter().any(|r| r.dot == last.dot) {
            fs.revisions.push(last);
            fs.revisions.sort_by(|a, b| a.dot.cmp(&b.dot));
        }
    }
}

/// A file's revisions: what a copy knew when it wrote the file. Revisions whose value is
/// the content's own leave `value` out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileSync {
    pub context: BTreeMap<String, u64>,
    pub fields: Vec<FileField>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileField {
    pub field: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub subject: String,
    pub revisions: Vec<FileRevision>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileRevision {
    pub dot: Dot,
    pub by: String,
    pub at: String,
    /// Left out: the content's value. `null`: absent. Otherwise the value's canonical JSON.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub value: Option<Option<String>>,
}

fn present<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(d).map(Some)
}

/// What a copy writes in a file: its context and every field's revisions.
pub fn to_file(state: &State) -> FileSync {
    FileSync {
        context: state.context.clone(),
        fields: state
            .fields
            .iter()
            .map(|(k, f)| FileField {
                field: k.field.clone(),
                subject: k.subject.clone(),
                revisions: f
                    .revisions
                    .iter()
                    .map(|r| FileRevision {
                        dot: r.dot.clone(),
                        by: r.by.clone(),
                        at: r.at.clone(),
                        value: (r.value != f.stamped).then(|| r.value.clone()),
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// The state of a file's copy: its revisions, with values filled in from its content.
/// Fields the file has no revision for (every field of a file written before format
/// version 3) get one from `replica`, a name made from the file's content, so that the same
/// file gives the same revisions every time.
pub fn from_file(data: &AssessmentData, sync: Option<&FileSync>, replica: &str) -> State {
    let mut state = State::new(replica.to_string());
    if let Some(sync) = sync {
        state.context = sync.context.clone();
    }
    let values: Vec<(Key, String)> = fields(data);
    let by_key: HashMap<&Key, &String> = values.iter().map(|(k, v)| (k, v)).collect();
    if let Some(sync) = sync {
        for f in &sync.fields {
            let key = Key::new(&f.field, f.subject.clone());
            let stamped = by_key.get(&key).map(|v| (*v).clone());
            let revisions = f
                .revisions
                .iter()
                .map(|r| Revision {
                    dot: r.dot.clone(),
                    value: r.value.clone().unwrap_or_else(|| stamped.clone()),
                    by: r.by.clone(),
                    at: r.at.clone(),
                })
                .collect();
            state.fields.insert(key, FieldState { stamped, revisions });
        }
    }
    // Make sure the content's own values are what the state shows.
    for (key, value) in &values {
        if let Some(fs) = state.fields.get_mut(key) {
            fs.stamped = Some(value.clone());
        }
    }
    let stale: Vec<Key> = state
        .fields
        .iter()
        .filter(|(k, f)| !by_key.contains_key(k) && f.stamped.is_some())
        .map(|(k, _)| k.clone())
        .collect();
    for k in stale {
        if let Some(fs) = state.fields.get_mut(&k) {
            fs.stamped = None;
        }
    }
    stamp(&mut state, data);
    state
}

#[cfg(test)]
mod tests;
