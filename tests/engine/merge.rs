//! Merging copies of one assessment (issue 12), through the real path: a copy's revisions
//! recorded (`Db::sync_for_export`), the file written and read (`exchange`), and merged in
//! one transaction (`exchange::import_parsed` → `Db::merge_copy`).

use std::collections::BTreeMap;

use proptest::prelude::*;

use dhma::exchange::{self, Imported};
use dhma::merge::{self, Key};
use dhma::model::*;
use dhma::scoring::Current;
use dhma::storage::Db;

const CODES: [&str; 3] = ["1", "2", "5"];

/// One edit a person makes on one laptop.
#[derive(Debug, Clone)]
enum Edit {
    Phase(usize, u8),
    Rationale(usize, u8),
    Rating(usize, usize, u8),
    AddEvidence(usize, u8),
    RemoveEvidence(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0..3usize, 1..=5u8).prop_map(|(c, p)| Edit::Phase(c, p)),
        (0..3usize, 0..3u8).prop_map(|(c, t)| Edit::Rationale(c, t)),
        (0..3usize, 0..3usize, 1..=5u8).prop_map(|(c, r, p)| Edit::Rating(c, r, p)),
        (0..3usize, 0..3u8).prop_map(|(c, t)| Edit::AddEvidence(c, t)),
        (0..3usize).prop_map(Edit::RemoveEvidence),
    ]
}

fn apply(db: &mut Db, id: i64, e: &Edit, actor: &str) {
    let code = |c: &usize| CODES[*c];
    match e {
        Edit::Phase(c, p) | Edit::Rationale(c, p) => {
            let mut r = db
                .responses(id)
                .unwrap()
                .into_iter()
                .find(|r| r.indicator == code(c))
                .unwrap_or_else(|| Response::empty(code(c)));
            match e {
                Edit::Phase(..) => {
                    r.current = Some(Current::Phase(*p));
                    r.target = Some(5);
                }
                _ => r.rationale = format!("rationale {p}"),
            }
            db.save_response(id, &r, actor).unwrap();
        }
        Edit::Rating(c, who, p) => {
            let name = db.load(id).unwrap().participants[*who].name.clone();
            db.set_rating(
                id,
                &Rating {
                    indicator: code(c).into(),
                    rater: Rater::Participant(name),
                    phase: Current::Phase(*p),
                    comment: String::new(),
                },
                actor,
            )
            .unwrap();
        }
        Edit::AddEvidence(c, t) => db
            .add_evidence(
                id,
                &Evidence {
                    indicator: code(c).into(),
                    title: format!("report {t}"),
                    reference: String::new(),
                },
                actor,
            )
            .unwrap(),
        Edit::RemoveEvidence(c) => {
            if let Some((row, _)) = db.evidence_of(id, code(c)).unwrap().into_iter().next() {
                db.remove_evidence(id, row, actor).unwrap();
            }
        }
    }
}

/// A laptop: its own database with a copy of the assessment.
struct Laptop {
    db: Db,
    id: i64,
}

impl Laptop {
    /// A laptop that imported `file`.
    fn from(file: &str) -> Laptop {
        let mut db = Db::open_in_memory().unwrap();
        let parsed = exchange::parse_full("in.dhma.json", file).unwrap();
        let id = exchange::import_parsed(&mut db, &parsed, "import")
            .unwrap()
            .id();
        Laptop { db, id }
    }

    /// The file this laptop writes now.
    fn file(&mut self) -> String {
        let (data, sync) = self.db.sync_for_export(self.id).unwrap();
        exchange::to_string_with(&data, Some(&sync), None).unwrap()
    }

    fn merge(&mut self, file: &str) -> dhma::Result<dhma::storage::MergeReport> {
        let parsed = exchange::parse_full("in.dhma.json", file)?;
        match exchange::import_parsed(&mut self.db, &parsed, "facilitator")? {
            Imported::Merged(r) => Ok(r),
            Imported::Added(_) => panic!("the assessment was here"),
        }
    }

    fn data(&self) -> AssessmentData {
        self.db.load(self.id).unwrap()
    }

    /// The assessment's fields with their values.
    fn values(&self) -> BTreeMap<Key, String> {
        merge::fields(&self.data()).into_iter().collect()
    }
}

/// The facilitator's laptop with the sample, and the file it sends out.
fn start() -> (Laptop, String) {
    let mut db = Db::open_in_memory().unwrap();
    let id = db.insert_data(&exchange::sample().unwrap()).unwrap();
    let mut hub = Laptop { db, id };
    let file = hub.file();
    (hub, file)
}

/// The change log without times (merge entries carry the time of the merge).
/// A change-log entry without its time: actor, what, subject, old, new.
type Entry = (
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
);

fn log_without_times(data: &AssessmentData) -> Vec<Entry> {
    let mut v: Vec<_> = data
        .change_log
        .iter()
        .map(|c| {
            (
                c.actor.clone(),
                c.what.clone(),
                c.subject.clone(),
                c.old.clone(),
                c.new.clone(),
            )
        })
        .collect();
    v.sort();
    v
}

fn subject_of(key: &Key) -> String {
    if key.subject.is_empty() {
        key.field.clone()
    } else {
        format!("{}@{}", key.field, key.subject)
    }
}

/// Every value of `side` is the merged value, or is in the merged change log.
fn nothing_lost(merged: &AssessmentData, side: &BTreeMap<Key, String>) -> Result<(), String> {
    let now: BTreeMap<Key, String> = merge::fields(merged).into_iter().collect();
    for (key, value) in side {
        if now.get(key) == Some(value) {
            continue;
        }
        let text = merge::readable(Some(value));
        let subject = subject_of(key);
        let logged = merged.change_log.iter().any(|c| {
            let either = |t: &Option<String>| c.old == *t || c.new == *t;
            // Merge entries name the field; a person's own changes are logged by what
            // they changed (`response.current` of indicator 1, `rating` of `1 participant:…`,
            // `evidence.removed` with the title).
            (c.subject.as_deref() == Some(subject.as_str()) && either(&text))
                || (c.what == format!("response.{}", key.field)
                    && c.subject.as_deref() == Some(key.subject.as_str())
                    && either(&text))
                || (key.field == "rating"
                    && c.what == "rating"
                    && c.subject
                        .as_deref()
                        .is_some_and(|s| s.starts_with(key.indicator().unwrap_or("?")))
                    && serde_json::from_str::<Rating>(value).is_ok_and(|r| {
                        let p = match r.phase {
                            Current::Phase(p) => p.to_string(),
                            Current::NotApplicable => "NA".into(),
                        };
                        c.old.as_deref().is_some_and(|o| o.starts_with(&p))
                            || c.new.as_deref().is_some_and(|o| o.starts_with(&p))
                    }))
                || (key.field == "evidence"
                    && c.what.starts_with("evidence.")
                    && serde_json::from_str::<Evidence>(value).is_ok_and(|e| {
                        c.old.as_deref() == Some(e.title.as_str())
                            || c.new.as_deref() == Some(e.title.as_str())
                    }))
        });
        if !logged {
            return Err(format!("{key:?} = {value} is lost"));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn merges_are_idempotent_commutative_without_conflicts_and_lose_nothing(
        edits_a in proptest::collection::vec(edit(), 0..6),
        edits_b in proptest::collection::vec(edit(), 0..6),
        edits_hub in proptest::collection::vec(edit(), 0..3),
    ) {
        let (mut hub, out) = start();
        let mut a = Laptop::from(&out);
        let mut b = Laptop::from(&out);
        for e in &edits_a { apply(&mut a.db, a.id, e, "a"); }
        for e in &edits_b { apply(&mut b.db, b.id, e, "b"); }
        for e in &edits_hub { apply(&mut hub.db, hub.id, e, "hub"); }
        let (fa, fb) = (a.file(), b.file());
        let before_hub = hub.values();

        // A then B, on one copy of the hub; B then A on another.
        let hub_file = hub.file();
        let mut one = Laptop::from(&hub_file);
        let mut two = Laptop::from(&hub_file);
        let r1a = one.merge(&fa).unwrap();
        let r1b = one.merge(&fb).unwrap();
        let r2b = two.merge(&fb).unwrap();
        let r2a = two.merge(&fa).unwrap();

        // What is stored is what the merge state says (only changed rows are written).
        for l in [&one, &two] {
            let st = l.db.sync_state(l.id).unwrap().unwrap();
            let shown: BTreeMap<Key, String> = st
                .fields
                .iter()
                .filter_map(|(k, f)| Some((k.clone(), f.stamped.clone()?)))
                .collect();
            prop_assert_eq!(l.values(), shown);
        }

        // Merging the same file again changes nothing at all.
        let snapshot = one.data();
        let state = one.db.sync_state(one.id).unwrap();
        let again = one.merge(&fb).unwrap();
        prop_assert_eq!(again.answers_taken + again.other_taken + again.new_conflicts, 0);
        prop_assert_eq!(one.data(), snapshot);
        prop_assert_eq!(one.db.sync_state(one.id).unwrap(), state);

        let conflicts = r1a.conflicts_waiting + r1b.conflicts_waiting
            + r2a.conflicts_waiting + r2b.conflicts_waiting;
        if conflicts == 0 {
            prop_assert_eq!(one.values(), two.values());
            prop_assert_eq!(log_without_times(&one.data()), log_without_times(&two.data()));
        } else {
            // The same conflicts wait, whatever the order.
            let keys = |l: &Laptop| -> Vec<Key> {
                let mut k: Vec<Key> = l.db.conflicts(l.id).unwrap().into_iter().map(|c| c.key).collect();
                k.sort();
                k.dedup();
                k
            };
            prop_assert_eq!(keys(&one), keys(&two));
        }
        let merged = one.data();
        for side in [&before_hub, &merge::fields(&a.data()).into_iter().collect(), &merge::fields(&b.data()).into_iter().collect()] {
            if let Err(e) = nothing_lost(&merged, side) {
                prop_assert!(false, "{}", e);
            }
        }
    }
}

#[test]
fn a_change_on_the_other_laptop_is_taken_and_the_same_change_on_both_is_a_conflict() {
    let (mut hub, out) = start();
    let mut a = Laptop::from(&out);
    apply(&mut a.db, a.id, &Edit::Rationale(0, 1), "Amina");
    apply(&mut a.db, a.id, &Edit::Phase(1, 4), "Amina");
    apply(&mut hub.db, hub.id, &Edit::Rationale(0, 2), "Facilitator");
    let r = hub.merge(&a.file()).unwrap();
    // Indicator 2's phase (and its target) taken; indicator 1's rationale in conflict.
    assert_eq!(
        (r.answers_taken, r.new_conflicts, r.conflicts_waiting),
        (2, 1, 1),
        "{r:?}"
    );
    let c = hub.db.conflicts(hub.id).unwrap();
    assert_eq!(c.len(), 1);
    let c = &c[0];
    assert_eq!(c.key.shown_field(), "rationale");
    assert_eq!(c.key.indicator(), Some("1"));
    assert_eq!(c.local.value.as_deref(), Some("\"rationale 2\""));
    assert_eq!(c.local.by, "Facilitator");
    assert_eq!(c.incoming.value.as_deref(), Some("\"rationale 1\""));
    assert_eq!(c.incoming.by, "Amina");
    let r2 = hub
        .data()
        .responses
        .into_iter()
        .find(|r| r.indicator == "2")
        .unwrap();
    assert_eq!(r2.current, Some(Current::Phase(4)));

    // Settling takes the file's value; the value set aside stays in the change log.
    let fw = framework_of(&hub);
    hub.db
        .resolve_conflict(hub.id, &c.key, c.incoming.value.clone(), fw, "Facilitator")
        .unwrap();
    assert!(hub.db.conflicts(hub.id).unwrap().is_empty());
    let data = hub.data();
    let r1 = data.responses.iter().find(|r| r.indicator == "1").unwrap();
    assert_eq!(r1.rationale, "rationale 1");
    assert!(data.change_log.iter().any(|e| e.what == "merge.set-aside"
        && e.subject.as_deref() == Some("rationale@1")
        && e.old.as_deref() == Some("rationale 2")));

    // The laptop takes the settled value back without a conflict.
    let back = a.merge(&hub.file()).unwrap();
    assert_eq!(back.conflicts_waiting, 0);
    assert_eq!(a.values(), hub.values());
}

fn framework_of(l: &Laptop) -> &'static dhma::framework::Framework {
    let a = l.db.assessment(l.id).unwrap();
    dhma::framework::find(&a.framework.id, &a.framework.version).unwrap()
}

#[test]
fn a_finalised_assessment_refuses_changes_and_an_identical_finalised_file_merges() {
    let (mut hub, out) = start();
    let mut a = Laptop::from(&out);
    apply(&mut a.db, a.id, &Edit::Rationale(0, 1), "Amina");
    let fa = a.file();
    let sign = dhma::model::Approval {
        approver_name: Some("Minister".into()),
        approver_role: None,
        government_approved: true,
        finalised_at: None,
        fingerprint: None,
    };
    hub.db
        .finalise(hub.id, &sign, "hub", dhma::exchange::fingerprint)
        .unwrap();
    let before = hub.data();
    let state = hub.db.sync_state(hub.id).unwrap();
    let err = hub.merge(&fa).unwrap_err();
    assert_eq!(err.code(), "merge-into-finalised");
    assert_eq!(hub.data(), before);
    assert_eq!(hub.db.sync_state(hub.id).unwrap(), state);

    // The finalised file: refused by a draft that differs, taken as is by an identical copy.
    let finalised = hub.file();
    let err = a.merge(&finalised).unwrap_err();
    assert_eq!(err.code(), "merge-finalised-file");
    let mut c = Laptop::from(&finalised);
    let r = c.merge(&finalised).unwrap();
    assert_eq!(r.answers_taken + r.other_taken + r.conflicts_waiting, 0);
}

#[test]
fn a_merge_that_fails_half_way_changes_nothing() {
    let (mut hub, out) = start();
    // Another assessment on the hub holds a roadmap item's identifier.
    let mut other = exchange::sample().unwrap();
    other.assessment.uid = "another-assessment".into();
    other.roadmap = vec![RoadmapItem {
        uid: "held-by-the-other".into(),
        indicator: "1".into(),
        template: None,
        from_phase: Some(2),
        to_phase: Some(3),
        line: "governance".into(),
        text: Some("Adopt the strategy".into()),
        monitoring: None,
        timeframe: dhma::framework::TimeFrame::Short,
        responsible: "Ministry".into(),
        priority: 1,
        cost: dhma::framework::CostClass::Low,
        status: RoadmapStatus::Proposed,
        position: 0,
        edited: true,
        progress: String::new(),
        block: None,
        start_year: None,
        end_year: None,
        budget: None,
        baseline: String::new(),
        monitoring_target: String::new(),
    }];
    hub.db.insert_data(&other).unwrap();
    // A file whose merge passes every check but fails when writing: it brings a roadmap
    // item with the identifier the other assessment holds.
    let mut a = Laptop::from(&out);
    apply(&mut a.db, a.id, &Edit::Rationale(0, 1), "Amina");
    let item = other.roadmap[0].clone();
    let mut data = a.data();
    data.roadmap.push(item);
    let file = exchange::to_string(&data).unwrap();
    let before = hub.data();
    let state = hub.db.sync_state(hub.id).unwrap();
    let err = hub.merge(&file).unwrap_err();
    // Refused by the database while writing (the identifier is unique), after the
    // answers were already replaced inside the transaction.
    assert_eq!(err.code(), "database", "{err:?}");
    assert_eq!(hub.data(), before, "every table as it was");
    assert_eq!(hub.db.sync_state(hub.id).unwrap(), state);
}

#[test]
fn a_breakout_file_carries_its_group_and_merges_back() {
    let mut data = exchange::sample().unwrap();
    let names: Vec<String> = data
        .participants
        .iter()
        .take(2)
        .map(|p| p.name.clone())
        .collect();
    data.workshop.groups.push(Group {
        name: "Group Governance".into(),
        members: names,
        blocks: vec!["leadership-governance".into()],
    });
    let mut db = Db::open_in_memory().unwrap();
    let id = db.insert_data(&data).unwrap();
    let mut hub = Laptop { db, id };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("group.dhma.json");
    let b = exchange::export_for_group(&mut hub.db, hub.id, "group governance", &path).unwrap();
    assert_eq!(b.group, "Group Governance");
    assert_eq!(b.blocks, vec!["leadership-governance".to_string()]);
    let mut group_laptop = Db::open_in_memory().unwrap();
    let gid = exchange::import(&mut group_laptop, &path, "import")
        .unwrap()
        .id();
    assert_eq!(group_laptop.breakout(gid).unwrap(), Some(b));
    let mut g = Laptop {
        db: group_laptop,
        id: gid,
    };
    apply(&mut g.db, g.id, &Edit::Phase(0, 2), "Group Governance");
    let r = hub.merge(&g.file()).unwrap();
    assert_eq!(r.conflicts_waiting, 0);
    assert!(r.answers_taken >= 1);
    assert_eq!(
        hub.db.breakout(hub.id).unwrap(),
        None,
        "the mark stays with the group's copy"
    );
    let err = exchange::export_for_group(&mut hub.db, hub.id, "nobody", &path).unwrap_err();
    assert_eq!(err.code(), "rater-unknown");
}

#[test]
fn an_old_file_of_an_assessment_here_merges_and_again_changes_nothing() {
    // A version-2 file (no revisions) of the sample, with one rationale changed.
    let (mut hub, _) = start();
    let mut data = hub.data();
    data.responses[0].rationale = "from an old laptop".into();
    let file = exchange::to_string(&data).unwrap();
    let r = hub.merge(&file).unwrap();
    // Neither copy knew the other's: the changed field is a conflict, nothing is lost.
    assert_eq!(r.conflicts_waiting, 1, "{r:?}");
    let snapshot = hub.data();
    let again = hub.merge(&file).unwrap();
    assert_eq!(
        again.new_conflicts + again.answers_taken + again.other_taken,
        0
    );
    assert_eq!(hub.data(), snapshot);
}

#[test]
fn after_an_export_nothing_is_left_to_record() {
    let (mut hub, _) = start();
    assert!(hub.db.sync_for_export_unchanged(hub.id).unwrap().is_some());
    apply(&mut hub.db, hub.id, &Edit::Rationale(0, 1), "x");
    assert!(hub.db.sync_for_export_unchanged(hub.id).unwrap().is_none());
    let (data, sync) = hub.db.sync_for_export(hub.id).unwrap();
    let (data2, sync2) = hub.db.sync_for_export_unchanged(hub.id).unwrap().unwrap();
    assert_eq!((data, sync), (data2, sync2));
}

/// The hub's file with its `content` changed by `edit`, sealed again (a valid checksum).
fn tampered(file: &str, edit: impl Fn(&mut serde_json::Value)) -> String {
    use sha2::{Digest, Sha256};
    let mut v: serde_json::Value = serde_json::from_str(file).unwrap();
    edit(&mut v["content"]);
    let body = serde_json::to_string(&v["content"]).unwrap();
    let sha: String = Sha256::digest(body.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!(
        "{{\"format\":\"dhma-assessment\",\"format_version\":{},\"sha256\":\"{sha}\",\"content\":{body}}}",
        exchange::FORMAT_VERSION
    )
}

/// Files whose revisions were tampered with (checksum sealed again) merge or are refused,
/// never crash; a refused one leaves the copy (every table and its merge state) unchanged.
#[test]
fn tampered_revisions_are_merged_or_refused_and_never_half_written() {
    let (mut hub, _) = start();
    let mut laptop = Laptop::from(&hub.file());
    apply(&mut laptop.db, laptop.id, &Edit::Rationale(0, 1), "a");
    let file = laptop.file();
    let field = |f: &str, s: &str, rev: serde_json::Value| serde_json::json!({"field": f, "subject": s, "revisions": [rev]});
    type Tamper = Box<dyn Fn(&mut serde_json::Value)>;
    let cases: Vec<(&str, Tamper, Option<&str>)> = vec![
        (
            "counter 0",
            Box::new(|c| c["sync"]["fields"][0]["revisions"][0]["dot"] = "x:0".into()),
            Some("invalid-file-field"),
        ),
        (
            "huge context",
            Box::new(|c| {
                c["sync"]["context"]["x"] = serde_json::json!(u64::MAX);
            }),
            Some("invalid-file-field"),
        ),
        (
            "unknown sync field",
            Box::new(|c| c["sync"]["extra"] = 1.into()),
            Some("invalid-file-field"),
        ),
        (
            "a phase that is no phase",
            Box::new(move |c| {
                c["sync"]["fields"].as_array_mut().unwrap().push(
            field("current", "1", serde_json::json!({"dot": "evil:1", "by": "x", "at": "2026-12-01T00:00:00Z", "value": "\"seven\""})))
            }),
            Some("invalid-value"),
        ),
        (
            "an indicator the framework lacks",
            Box::new(move |c| {
                c["sync"]["fields"].as_array_mut().unwrap().push(
            field("current", "99", serde_json::json!({"dot": "evil:2", "by": "x", "at": "2026-12-01T00:00:00Z", "value": "3"})))
            }),
            Some("unknown-indicator"),
        ),
        (
            "a rating by nobody",
            Box::new(move |c| {
                c["sync"]["fields"].as_array_mut().unwrap().push(
            field("rating", "1/participant:ghost", serde_json::json!({"dot": "evil:3", "by": "x", "at": "2026-12-01T00:00:00Z",
                "value": "{\"indicator\":\"1\",\"rater\":{\"participant\":\"Ghost\"},\"phase\":3,\"comment\":\"\"}"})))
            }),
            None,
        ),
        (
            "a field DHMA does not know",
            Box::new(move |c| {
                c["sync"]["fields"].as_array_mut().unwrap().push(
            field("colour", "x", serde_json::json!({"dot": "evil:4", "by": "x", "at": "2026-12-01T00:00:00Z", "value": "\"red\""})))
            }),
            Some("invalid-file-field"),
        ),
        (
            "no revisions",
            Box::new(|c| c["sync"]["fields"][0]["revisions"] = serde_json::json!([])),
            Some(""),
        ),
    ];
    for (what, edit, expected) in cases {
        let before = hub.data();
        let state = hub.db.sync_state(hub.id).unwrap();
        let outcome = hub.merge(&tampered(&file, edit));
        match (outcome, expected) {
            (Ok(_), Some("")) => {}
            (Err(e), Some(code)) if !code.is_empty() => {
                assert_eq!(e.code(), code, "{what}: {e:?}");
                assert_eq!(hub.data(), before, "{what}: unchanged");
                assert_eq!(
                    hub.db.sync_state(hub.id).unwrap(),
                    state,
                    "{what}: unchanged"
                );
            }
            (Err(e), None) => {
                assert_eq!(hub.data(), before, "{what}: unchanged ({e:?})");
                assert_eq!(
                    hub.db.sync_state(hub.id).unwrap(),
                    state,
                    "{what}: unchanged"
                );
            }
            (other, _) => panic!("{what}: {other:?}"),
        }
    }
}

/// Two laptops that both regenerate the roadmap make the same items (their identifiers come
/// from the assessment and the framework action), so the merge has one of each.
#[test]
fn roadmaps_regenerated_on_two_laptops_merge_as_one() {
    let (mut hub, out) = start();
    let mut a = Laptop::from(&out);
    let n_hub = dhma::service::regenerate_roadmap(&mut hub.db, hub.id, "hub").unwrap();
    let n_a = dhma::service::regenerate_roadmap(&mut a.db, a.id, "a").unwrap();
    assert!(n_hub > 0);
    assert_eq!(n_hub, n_a);
    let r = hub.merge(&a.file()).unwrap();
    assert_eq!(r.conflicts_waiting, 0, "{r:?}");
    assert_eq!(hub.data().roadmap.len(), n_hub, "no item twice");
    // Another assessment's regenerated items get other identifiers.
    let mut other = exchange::sample().unwrap();
    other.assessment.uid = "another".into();
    other.roadmap.clear();
    let oid = hub.db.insert_data(&other).unwrap();
    assert!(dhma::service::regenerate_roadmap(&mut hub.db, oid, "hub").unwrap() > 0);
}

#[test]
fn narratives_merge_field_by_field_and_conflict_when_both_change_one() {
    let (mut hub, out) = start();
    let mut a = Laptop::from(&out);
    let block = "leadership-governance";
    a.db.set_narrative(
        a.id,
        block,
        NarrativeKind::Findings,
        "Plan adopted.",
        "Amina",
    )
    .unwrap();
    a.db.set_narrative(
        a.id,
        OVERALL,
        NarrativeKind::Recommendations,
        "From the group.",
        "Amina",
    )
    .unwrap();
    hub.db
        .set_narrative(
            hub.id,
            OVERALL,
            NarrativeKind::Recommendations,
            "From the hub.",
            "Facilitator",
        )
        .unwrap();
    let r = hub.merge(&a.file()).unwrap();
    assert_eq!((r.other_taken, r.conflicts_waiting), (1, 1), "{r:?}");
    let data = hub.data();
    assert_eq!(
        data.narrative(block, NarrativeKind::Findings),
        Some("Plan adopted.")
    );
    assert_eq!(
        data.narrative(OVERALL, NarrativeKind::Recommendations),
        Some("From the hub.")
    );
    let c = hub.db.conflicts(hub.id).unwrap();
    let c = c.first().unwrap();
    assert_eq!(c.key.shown_field(), "narrative:overall/recommendations");
    assert_eq!(
        (c.local.by.as_str(), c.incoming.by.as_str()),
        ("Facilitator", "Amina")
    );
    let l = dhma::i18n::Localizer::new(dhma::i18n::Lang::En, false);
    let shown = dhma::service::conflicts(&hub.db, hub.id, &l).unwrap();
    let shown = shown.first().unwrap();
    assert_eq!(shown.label, "Recommendations – The whole assessment");
    assert!(shown.writable);
    assert_eq!(shown.incoming.text, "From the group.");
    // Settled by another value; the laptop takes it back without a conflict.
    dhma::service::resolve_conflict(
        &mut hub.db,
        hub.id,
        None,
        "narrative:overall/recommendations",
        &dhma::service::Resolution::Value("Both.".into()),
        "Facilitator",
    )
    .unwrap();
    assert_eq!(
        hub.data()
            .narrative(OVERALL, NarrativeKind::Recommendations),
        Some("Both.")
    );
    // Removed on the laptop: the hub takes the removal.
    a.merge(&hub.file()).unwrap();
    a.db.set_narrative(a.id, block, NarrativeKind::Findings, "", "Amina")
        .unwrap();
    let back = hub.merge(&a.file()).unwrap();
    assert_eq!(back.conflicts_waiting, 0);
    assert_eq!(hub.data().narrative(block, NarrativeKind::Findings), None);
    assert_eq!(a.values(), hub.values());
    assert_eq!(hub.data().narratives, a.data().narratives);
}

/// Issue 13: which NA an answer means merges like the other answer fields: said on one
/// laptop, taken on the other; said differently on both, a conflict a person settles.
#[test]
fn the_na_reason_merges_like_the_other_answer_fields() {
    let (mut hub, out) = start();
    let mut a = Laptop::from(&out);
    let na = |reason| Response {
        indicator: "10".into(),
        current: Some(Current::NotApplicable),
        na_reason: Some(reason),
        ..Response::default()
    };
    a.db.save_response(a.id, &na(NaReason::NotAvailable), "Amina")
        .unwrap();
    let r = hub.merge(&a.file()).unwrap();
    assert_eq!((r.new_conflicts, r.conflicts_waiting), (0, 0), "{r:?}");
    let taken = |l: &Laptop| {
        l.data()
            .responses
            .into_iter()
            .find(|r| r.indicator == "10")
            .unwrap()
            .na_reason
    };
    assert_eq!(taken(&hub), Some(NaReason::NotAvailable));
    assert_eq!(a.values(), hub.values());

    // Changed on both sides to different values: a conflict on `na_reason`, settled.
    let mut b = Laptop::from(&hub.file());
    hub.db
        .save_response(hub.id, &na(NaReason::NotApplicable), "Facilitator")
        .unwrap();
    let not_said = Response {
        na_reason: None,
        ..na(NaReason::NotApplicable)
    };
    b.db.save_response(b.id, &not_said, "Chen").unwrap();
    let r = hub.merge(&b.file()).unwrap();
    assert_eq!(r.conflicts_waiting, 1, "{r:?}");
    let conflicts = hub.db.conflicts(hub.id).unwrap();
    let k = &conflicts[0];
    assert_eq!(k.key.shown_field(), "na_reason");
    assert_eq!(k.key.indicator(), Some("10"));
    assert_eq!(k.local.value.as_deref(), Some("\"not-applicable\""));
    assert_eq!(k.incoming.value.as_deref(), Some("null"));
    let fw = framework_of(&hub);
    hub.db
        .resolve_conflict(hub.id, &k.key, k.local.value.clone(), fw, "Facilitator")
        .unwrap();
    assert_eq!(taken(&hub), Some(NaReason::NotApplicable));
    let back = b.merge(&hub.file()).unwrap();
    assert_eq!(back.conflicts_waiting, 0);
    assert_eq!(taken(&b), Some(NaReason::NotApplicable));
}

/// The hub with a roadmap, finalised, and the file it sends out after sign-off.
fn finalised_start() -> (Laptop, String) {
    let (mut hub, _) = start();
    assert!(dhma::service::regenerate_roadmap(&mut hub.db, hub.id, "hub").unwrap() >= 2);
    let sign = dhma::model::Approval {
        approver_name: Some("Minister".into()),
        ..Default::default()
    };
    hub.db
        .finalise(hub.id, &sign, "hub", dhma::exchange::fingerprint)
        .unwrap();
    let file = hub.file();
    (hub, file)
}

/// An action's status and progress note on a laptop.
fn follow_up(l: &Laptop, uid: &str) -> (RoadmapStatus, String) {
    let data = l.data();
    let item = data.roadmap.iter().find(|i| i.uid == uid).unwrap();
    (item.status, item.progress.clone())
}

/// The follow-up entries of the change log after sign-off: actor, what, subject, old, new.
fn follow_up_log(data: &AssessmentData) -> Vec<Entry> {
    let from = data
        .change_log
        .iter()
        .rposition(|c| c.what == "assessment.finalised")
        .unwrap();
    data.change_log
        .iter()
        .skip(from + 1)
        .map(|c| {
            (
                c.actor.clone(),
                c.what.clone(),
                c.subject.clone(),
                c.old.clone(),
                c.new.clone(),
            )
        })
        .collect()
}

fn verifies(l: &Laptop) -> bool {
    exchange::verify_check_code(&l.data()).unwrap() == Some(true)
}

fn entry(actor: &str, what: &str, uid: &str, old: &str, new: &str) -> Entry {
    (
        actor.into(),
        what.into(),
        Some(uid.into()),
        Some(old.into()),
        Some(new.into()),
    )
}

/// Two laptops follow the roadmap of one signed assessment: each change is taken from the
/// other's file, logged as it was made, the signed content and check code untouched; the
/// same file again changes nothing; a file whose signed content differs is still refused.
#[test]
fn finalised_copies_merge_their_follow_up_and_the_check_code_still_verifies() {
    let (mut hub, out) = finalised_start();
    let mut a = Laptop::from(&out);
    let mut b = Laptop::from(&out);
    let uids: Vec<String> = a.data().roadmap.iter().map(|i| i.uid.clone()).collect();
    let (x, y) = (&uids[0], &uids[1]);
    a.db.set_follow_up(a.id, x, RoadmapStatus::InProgress, "ToR drafted", "Amina")
        .unwrap();
    b.db.set_follow_up(b.id, y, RoadmapStatus::Done, "", "Bola")
        .unwrap();
    let signed_a = a.data();

    let r = a.merge(&b.file()).unwrap();
    assert_eq!((r.answers_taken, r.other_taken), (0, 1), "{r:?}");
    assert_eq!((r.new_conflicts, r.conflicts_waiting), (0, 0), "{r:?}");
    let merged = a.data();
    assert_eq!(
        follow_up(&a, x),
        (RoadmapStatus::InProgress, "ToR drafted".into())
    );
    assert_eq!(follow_up(&a, y), (RoadmapStatus::Done, String::new()));
    // Both changes in the change log, each with who made it.
    assert_eq!(
        follow_up_log(&merged),
        [
            entry("Amina", "roadmap.status", x, "proposed", "in-progress"),
            entry("Amina", "roadmap.progress", x, "", "ToR drafted"),
            entry("Bola", "roadmap.status", y, "proposed", "done"),
        ]
    );
    // The signed content, sign-off and last-change time as they were; the check code verifies.
    assert_eq!(merged.assessment, signed_a.assessment);
    assert_eq!(merged.responses, signed_a.responses);
    assert!(verifies(&a));

    // The same file again changes nothing; the other way round, both laptops agree.
    let state = a.db.sync_state(a.id).unwrap();
    let again = a.merge(&b.file()).unwrap();
    assert_eq!(
        again.other_taken + again.answers_taken + again.new_conflicts,
        0
    );
    assert_eq!(a.data(), merged);
    assert_eq!(a.db.sync_state(a.id).unwrap(), state);
    let back = b.merge(&a.file()).unwrap();
    assert_eq!(back.other_taken, 2, "{back:?}");
    assert_eq!(b.data().roadmap, merged.roadmap);
    assert!(verifies(&b));
    assert_eq!(log_without_times(&b.data()), log_without_times(&merged));
    let again = a.merge(&b.file()).unwrap();
    assert_eq!(again.other_taken + again.new_conflicts, 0, "{again:?}");
    assert_eq!(a.data(), merged);

    // The hub takes both laptops' follow-up in one import of each.
    hub.merge(&a.file()).unwrap();
    assert_eq!(hub.data().roadmap, merged.roadmap);
    assert!(verifies(&hub));

    // Signed content that differs: refused as before, nothing changed.
    let (_, draft) = start();
    let mut c = Laptop::from(&draft);
    apply(&mut c.db, c.id, &Edit::Rationale(0, 2), "Chen");
    assert!(dhma::service::regenerate_roadmap(&mut c.db, c.id, "c").unwrap() >= 2);
    c.db.finalise(
        c.id,
        &dhma::model::Approval::default(),
        "c",
        dhma::exchange::fingerprint,
    )
    .unwrap();
    let fc = c.file();
    let before = a.data();
    let state = a.db.sync_state(a.id).unwrap();
    let err = a.merge(&fc).unwrap_err();
    assert_eq!(err.code(), "merge-into-finalised");
    assert_eq!(a.data(), before);
    assert_eq!(a.db.sync_state(a.id).unwrap(), state);
    // The same signed content with another sign-off is another signature: refused too.
    let mut other = a.data();
    other.assessment.approval.approver_name = Some("Someone else".into());
    let (_, sync) = a.db.sync_for_export(a.id).unwrap();
    let text = exchange::to_string_with(&other, Some(&sync), None).unwrap();
    assert_eq!(a.merge(&text).unwrap_err().code(), "merge-into-finalised");
    assert_eq!(a.data(), before);
    // A file whose change log holds, after sign-off, a change other than follow-up (its
    // signed content was changed behind DHMA's back): refused, nothing changed.
    let mut e = Laptop::from(&out);
    e.db.set_follow_up(e.id, y, RoadmapStatus::Planned, "", "Eve")
        .unwrap();
    let behind = tampered(&e.file(), |c| {
        let log = c["change_log"].as_array_mut().unwrap();
        let mut e = log.last().unwrap().clone();
        e["what"] = "response.current".into();
        log.push(e);
    });
    assert_eq!(a.merge(&behind).unwrap_err().code(), "merge-into-finalised");
    assert_eq!(a.data(), before);
    // A draft file into a finalised copy, and a finalised file into a draft: as before.
    let mut d = Laptop::from(&draft);
    assert_eq!(
        a.merge(&d.file()).unwrap_err().code(),
        "merge-into-finalised"
    );
    assert_eq!(
        d.merge(&a.file()).unwrap_err().code(),
        "merge-finalised-file"
    );
}

/// The same action's follow-up changed on two laptops after sign-off: a conflict cannot be
/// settled on a finalised assessment, so the newer change of each field wins, on both
/// laptops whichever merges first; the other value stays in the change log.
#[test]
fn the_same_actions_follow_up_changed_on_two_laptops_keeps_the_newer_change() {
    let (_, out) = finalised_start();
    let mut a = Laptop::from(&out);
    let mut b = Laptop::from(&out);
    let x = a.data().roadmap[0].uid.clone();
    a.db.set_follow_up(a.id, &x, RoadmapStatus::InProgress, "ToR drafted", "Amina")
        .unwrap();
    // Later on the other laptop (the clock counts seconds): another status, the same note.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    b.db.set_follow_up(b.id, &x, RoadmapStatus::Done, "", "Bola")
        .unwrap();
    let (fa, fb) = (a.file(), b.file());
    let ra = a.merge(&fb).unwrap();
    let rb = b.merge(&fa).unwrap();
    assert_eq!((ra.new_conflicts, ra.conflicts_waiting), (0, 0), "{ra:?}");
    assert_eq!((rb.new_conflicts, rb.conflicts_waiting), (0, 0), "{rb:?}");
    // Status: Bola's, the newer. Note: only Amina wrote one, so hers is kept.
    let want = (RoadmapStatus::Done, "ToR drafted".to_string());
    assert_eq!(follow_up(&a, &x), want);
    assert_eq!(follow_up(&b, &x), want);
    assert!(verifies(&a) && verifies(&b));
    // Nothing lost: Amina's status is in both change logs, and each log ends at the value
    // kept.
    for l in [&a, &b] {
        let log = follow_up_log(&l.data());
        assert!(log.contains(&entry(
            "Amina",
            "roadmap.status",
            &x,
            "proposed",
            "in-progress"
        )));
        assert!(log.contains(&entry("Bola", "roadmap.status", &x, "proposed", "done")));
        let last = |what: &str| {
            log.iter()
                .rev()
                .find(|e| e.1 == what)
                .and_then(|e| e.4.clone())
        };
        assert_eq!(last("roadmap.status").as_deref(), Some("done"));
        assert_eq!(last("roadmap.progress").as_deref(), Some("ToR drafted"));
    }
    // Settled: exchanging again changes nothing on either side.
    let (fa, fb) = (a.file(), b.file());
    let (before_a, before_b) = (a.data(), b.data());
    assert_eq!(a.merge(&fb).unwrap().other_taken, 0);
    assert_eq!(b.merge(&fa).unwrap().other_taken, 0);
    assert_eq!(a.data().roadmap, before_a.roadmap);
    assert_eq!(b.data().roadmap, before_b.roadmap);
}
