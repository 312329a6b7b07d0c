//! What the screens do (`dhma::service`, and the storage changes behind them), tested from
//! outside through the public paths: the values a person sees, the rows stored, the
//! change-log entries written, and the refusals on a finalised assessment.

use std::path::Path;

use dhma::exchange;
use dhma::framework::{CostClass, TimeFrame};
use dhma::i18n::{Lang, Localizer};
use dhma::model::{Change, Evidence, Response, RoadmapItem};
use dhma::scoring::Current;
use dhma::service::{self, NewAssessmentInput, RoadmapEdit, SignOff};
use dhma::storage::Db;
use dhma::Error;

use super::gdhm;

const ACTOR: &str = "tester";

fn en() -> Localizer {
    Localizer::new(Lang::En, false)
}

/// A database file in `dir` holding the sample assessment (a draft, every scored indicator
/// answered) with its proposed roadmap.
fn sample_db(dir: &Path) -> (Db, i64) {
    let mut db = Db::open(&dir.join("work.sqlite3")).expect("db");
    let id = service::open_sample(&mut db).expect("sample");
    let count = service::regenerate_roadmap(&mut db, id, ACTOR).expect("roadmap");
    assert!(count > 10, "the sample's gaps propose actions: {count}");
    (db, id)
}

/// A new, empty assessment of Testonia.
fn create(db: &mut Db, round: &str) -> i64 {
    let fw = gdhm().reference();
    service::create(
        db,
        &NewAssessmentInput {
            country: "Testonia".into(),
            round: round.into(),
            date: "2026-12-01".into(),
            facilitator: "E. Tester".into(),
            participants: String::new(),
            framework_id: fw.id,
            framework_version: fw.version,
            language: "en".into(),
        },
    )
    .expect("create")
}

fn finalise(db: &mut Db, id: i64) {
    service::finalise(
        db,
        id,
        &SignOff {
            approver_name: "Dr A. Mensah".into(),
            approver_role: String::new(),
            government_approved: false,
        },
        ACTOR,
    )
    .expect("finalise");
}

fn change_log(db: &Db, id: i64) -> Vec<Change> {
    db.load(id).expect("load").change_log
}

/// The change-log entries written since the log had `before` entries.
fn changes_since(db: &Db, id: i64, before: usize) -> Vec<Change> {
    change_log(db, id).into_iter().skip(before).collect()
}

fn roadmap(db: &Db, id: i64) -> Vec<RoadmapItem> {
    db.load(id).expect("load").roadmap
}

fn is_locked(e: &Error) -> bool {
    matches!(e, Error::AssessmentLocked { .. })
}

fn invalid_field(e: &Error) -> Option<&str> {
    match e {
        Error::InvalidValue { field, .. } => Some(field),
        _ => None,
    }
}

// ---- walk ---------------------------------------------------------------------------

#[test]
fn walk_counts_the_answers_and_marks_each_indicator() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut db = Db::open(&dir.path().join("w.sqlite3")).expect("db");
    let id = create(&mut db, "Mid-term review 2026");
    let fw = gdhm();
    let l = en();

    let fresh = service::walk(&db, id, &l).expect("walk");
    assert_eq!((fresh.id, fresh.answered, fresh.total), (id, 0, 31));
    assert_eq!(fresh.title, "Testonia – Mid-term review 2026");
    assert_eq!(fresh.completion_label, "0 of 31 indicators answered");
    assert!(!fresh.locked);
    // Every block of the framework in its order, every indicator once, under its block.
    let blocks: Vec<&str> = fresh.blocks.iter().map(|b| b.id.as_str()).collect();
    let expected: Vec<&str> = fw.blocks.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(blocks, expected);
    for b in &fresh.blocks {
        let codes: Vec<&str> = b.indicators.iter().map(|i| i.code.as_str()).collect();
        let expected: Vec<&str> = fw.indicators_of(&b.id).map(|i| i.code.as_str()).collect();
        assert_eq!(codes, expected, "block {}", b.id);
        assert!(
            !b.name.is_empty() && b.name != fw.block_key(&b.id),
            "{}",
            b.name
        );
        for i in &b.indicators {
            assert_eq!(
                (i.state.state, i.state.mark, i.state.state_label.as_str()),
                ("empty", "○", "not answered")
            );
            let scored = fw.indicator(&i.code).expect("indicator").is_scored();
            assert_eq!(i.scored, scored, "{}", i.code);
            assert!(
                !i.title.is_empty() && !i.title.starts_with("gdhm-"),
                "{}",
                i.title
            );
        }
    }
    let names: Vec<&str> = fresh.blocks.iter().map(|b| b.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Leadership and governance",
            "Strategy and investment",
            "Legislation, policy and compliance",
            "Workforce",
            "Standards and interoperability",
            "Infrastructure",
            "Services and applications"
        ]
    );
    let first_block = fresh.blocks.first().expect("block");
    let titles: Vec<(&str, &str, bool)> = first_block
        .indicators
        .iter()
        .take(3)
        .map(|i| (i.code.as_str(), i.title.as_str(), i.scored))
        .collect();
    assert_eq!(
        titles,
        [
            ("1", "National digital health governance mechanism", true),
            (
                "2",
                "Digital health in national health planning and budgets",
                true
            ),
            ("2a", "Health in national digital and data policy", false),
        ]
    );

    let answer = |code: &str, current: Option<Current>, rationale: &str| Response {
        indicator: code.into(),
        current,
        rationale: rationale.into(),
        ..Response::default()
    };
    for r in [
        answer("1", Some(Current::Phase(3)), "agreed"),
        answer("2", Some(Current::NotApplicable), "no data"),
        answer("2a", Some(Current::Phase(5)), ""),
        // A rationale without a phase is not an answer yet.
        answer("3", None, "to be discussed"),
    ] {
        service::save_response(&mut db, id, &r, ACTOR, &l).expect("save");
    }
    let walk = service::walk(&db, id, &l).expect("walk");
    assert_eq!((walk.answered, walk.total), (3, 31));
    assert_eq!(walk.completion_label, "3 of 31 indicators answered");
    let states: Vec<(String, &str, String)> = walk
        .blocks
        .iter()
        .flat_map(|b| &b.indicators)
        .filter(|i| i.state.state != "empty")
        .map(|i| (i.code.clone(), i.state.state, i.state.state_label.clone()))
        .collect();
    assert_eq!(
        states,
        [
            ("1".to_string(), "answered", "answered".to_string()),
            ("2".to_string(), "na", "not applicable".to_string()),
            ("2a".to_string(), "answered", "answered".to_string()),
        ]
    );
    // The walk and a save count the same way.
    let saved =
        service::save_response(&mut db, id, &answer("4", None, ""), ACTOR, &l).expect("save");
    assert_eq!((saved.answered, saved.total), (walk.answered, walk.total));

    // In French, the same counts in French words.
    let fr = service::walk(&db, id, &Localizer::new(Lang::Fr, false)).expect("walk fr");
    assert_eq!((fr.answered, fr.total), (3, 31));
    assert_eq!(fr.completion_label, "3 indicateurs renseignés sur 31");

    assert!(matches!(
        service::walk(&db, id + 100, &l),
        Err(Error::AssessmentNotFound { .. })
    ));
}

#[test]
fn walk_of_a_finalised_assessment_is_locked() {
    let dir = tempfile::tempdir().expect("tmp");
    let (mut db, id) = sample_db(dir.path());
    let before = service::walk(&db, id, &en()).expect("walk");
    assert!(!before.locked);
    // The sample leaves no indicator empty: 27 phases, 4 not applicable.
    assert_eq!((before.answered, before.total), (31, 31));
    let na: Vec<&str> = before
        .blocks
        .iter()
        .flat_map(|b| &b.indicators)
        .filter(|i| i.state.state == "na")
        .map(|i| i.code.as_str())
        .collect();
    assert_eq!(na, ["4a", "6a", "9a", "10"]);
    finalise(&mut db, id);
    let after = service::walk(&db, id, &en()).expect("walk");
    assert!(after.locked);
    assert_eq!(after.answered, 31);
}

// ---- delete with backup -------------------------------------------------------------

#[test]
fn delete_with_backup_keeps_a_file_that_restores_everything() {
    let dir = tempfile::tempdir().expect("tmp");
    let (mut db, id) = sample_db(dir.path());
    let other = create(&mut db, "Other round");
    let other_before = db.load(other).expect("other");
    let before = db.load(id).expect("load");
    let backups = dir.path().join("deleted");
    // The sample's baseline round and the other assessment stay.
    let others: Vec<i64> = db
        .list()
        .expect("list")
        .iter()
        .map(|a| a.id)
        .filter(|&a| a != id)
        .collect();
    assert_eq!(others.len(), 2);

    let path = service::delete_with_backup(&mut db, id, &backups).expect("delete");
    assert_eq!(path.parent(), Some(backups.as_path()));
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .expect("file name");
    assert!(
        name.starts_with(&format!("{}-", before.assessment.uid)) && name.ends_with(".dhma.json"),
        "{name}"
    );
    // The file holds the whole assessment as it was: answers, evidence, roadmap, change log.
    let kept = exchange::read_file(&path).expect("the backup reads back");
    assert_eq!(kept.assessment.uid, before.assessment.uid);
    assert_eq!(kept.assessment.country, before.assessment.country);
    assert_eq!(kept.participants, before.participants);
    assert_eq!(kept.responses, before.responses);
    assert_eq!(kept.evidence, before.evidence);
    assert_eq!(kept.roadmap, before.roadmap);
    assert_eq!(kept.change_log, before.change_log);

    // Gone from the database; the other assessment untouched.
    assert!(matches!(
        db.assessment(id),
        Err(Error::AssessmentNotFound { .. })
    ));
    let listed: Vec<i64> = db.list().expect("list").iter().map(|a| a.id).collect();
    assert_eq!(listed, others);
    assert_eq!(db.load(other).expect("other"), other_before);

    // The file is the undo: importing it brings everything back.
    let back = exchange::import_file(&mut db, &path).expect("restore");
    let restored = db.load(back).expect("restored");
    assert_eq!(restored.assessment.uid, before.assessment.uid);
    assert_eq!(restored.responses, before.responses);
    assert_eq!(restored.evidence, before.evidence);
    assert_eq!(restored.roadmap, before.roadmap);
    assert_eq!(restored.change_log, before.change_log);
}

#[test]
fn delete_with_backup_deletes_nothing_when_no_backup_can_be_written() {
    let dir = tempfile::tempdir().expect("tmp");
    let (mut db, id) = sample_db(dir.path());
    let before = db.load(id).expect("load");

    // An unknown assessment: refused, and no file written.
    let backups = dir.path().join("deleted");
    let missing = service::delete_with_backup(&mut db, id + 100, &backups);
    assert!(
        matches!(missing, Err(Error::AssessmentNotFound { .. })),
        "{missing:?}"
    );
    let files = std::fs::read_dir(&backups).map(|d| d.count()).unwrap_or(0);
    assert_eq!(files, 0, "no backup of an assessment that does not exist");

    // The backup folder cannot be made (a file is in its place): the assessment stays.
    let blocked = dir.path().join("blocked");
    std::fs::write(&blocked, "a file, not a folder").expect("write");
    let refused = service::delete_with_backup(&mut db, id, &blocked);
    assert!(matches!(refused, Err(Error::Io { .. })), "{refused:?}");
    assert_eq!(db.load(id).expect("still there"), before);
}

// ---- evidence -----------------------------------------------------------------------

fn evidence(code: &str, title: &str) -> Evidence {
    Evidence {
        indicator: code.into(),
        title: title.into(),
        reference: format!("ref {title}"),
    }
}

#[test]
fn remove_evidence_removes_one_item_and_logs_it() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut db = Db::open(&dir.path().join("e.sqlite3")).expect("db");
    let id = create(&mut db, "Mid-term review 2026");
    let other = create(&mut db, "Other round");
    for e in [
        evidence("1", "Decree"),
        evidence("1", "Minutes"),
        evidence("1", "Budget"),
        evidence("3", "Survey"),
    ] {
        service::add_evidence(&mut db, id, &e, ACTOR).expect("add");
    }
    service::add_evidence(&mut db, other, &evidence("1", "Elsewhere"), ACTOR).expect("add");
    let rows = db.evidence_of(id, "1").expect("evidence");
    let titles = |db: &Db, id: i64, code: &str| -> Vec<String> {
        db.evidence_of(id, code)
            .expect("evidence")
            .into_iter()
            .map(|(_, e)| e.title)
            .collect()
    };
    assert_eq!(titles(&db, id, "1"), ["Decree", "Minutes", "Budget"]);
    let minutes = rows
        .iter()
        .find(|(_, e)| e.title == "Minutes")
        .map(|(row, _)| *row)
        .expect("row");

    let logged = change_log(&db, id).len();
    db.remove_evidence(id, minutes, ACTOR).expect("remove");
    assert_eq!(
        titles(&db, id, "1"),
        ["Decree", "Budget"],
        "the others, in order"
    );
    assert_eq!(titles(&db, id, "3"), ["Survey"]);
    assert_eq!(titles(&db, other, "1"), ["Elsewhere"]);
    let changes = changes_since(&db, id, logged);
    assert_eq!(changes.len(), 1, "{changes:?}");
    let c = changes.first().expect("entry");
    assert_eq!(
        (
            c.what.as_str(),
            c.actor.as_str(),
            c.subject.as_deref(),
            c.old.as_deref(),
            c.new.as_deref()
        ),
        ("evidence.removed", ACTOR, Some("1"), Some("Minutes"), None)
    );

    // Removing it again, or another assessment's item through this one, is refused and
    // changes nothing.
    let logged = change_log(&db, id).len();
    let again = db.remove_evidence(id, minutes, ACTOR).expect_err("gone");
    assert_eq!(invalid_field(&again), Some("evidence"), "{again:?}");
    let elsewhere = db.evidence_of(other, "1").expect("evidence");
    let (foreign, _) = elsewhere.first().expect("row");
    let crossed = db
        .remove_evidence(id, *foreign, ACTOR)
        .expect_err("not its own");
    assert_eq!(invalid_field(&crossed), Some("evidence"), "{crossed:?}");
    assert_eq!(titles(&db, other, "1"), ["Elsewhere"]);
    assert_eq!(change_log(&db, id).len(), logged);
}

#[test]
fn remove_evidence_is_refused_once_finalised() {
    let dir = tempfile::tempdir().expect("tmp");
    let (mut db, id) = sample_db(dir.path());
    let before = db.evidence_of(id, "1").expect("evidence");
    let (row, _) = before.first().expect("the sample has evidence for 1");
    finalise(&mut db, id);
    let logged = change_log(&db, id).len();
    let e = db.remove_evidence(id, *row, ACTOR).expect_err("locked");
    assert!(is_locked(&e), "{e:?}");
    assert_eq!(db.evidence_of(id, "1").expect("evidence"), before);
    assert_eq!(change_log(&db, id).len(), logged);
}

// ---- roadmap: edit ------------------------------------------------------------------

/// The edit that leaves an item as it is (the framework's wording shown as text).
fn unchanged_edit(db: &Db, id: i64, item: &RoadmapItem) -> RoadmapEdit {
    let view = service::roadmap(db, id, &en()).expect("view");
    let row = view
        .groups
        .iter()
        .flat_map(|g| &g.rows)
        .find(|r| r.uid == item.uid)
        .expect("row of the item");
    RoadmapEdit {
        uid: item.uid.clone(),
        text: row.text.clone(),
        monitoring: row.monitoring.clone(),
        timeframe: row.timeframe.clone(),
        responsible: row.responsible.clone(),
        priority: row.priority,
        cost: row.cost.clone(),
        status: row.status.clone(),
        start_year: row.start_year.clone(),
        end_year: row.end_year.clone(),
        budget_amount: row.budget_amount.clone(),
        budget_currency: row.budget_currency.clone(),
        baseline: row.baseline.clone(),
        monitoring_target: row.monitoring_target.clone(),
    }
}

fn other_than<T: Copy + PartialEq>(all: &[T], current: T) -> T {
    *all.iter().find(|x| **x != current).expect("another value")
}

#[test]
fn edit_roadmap_item_stores_the_fields_and_logs_each_change() {
    let dir = tempfile::tempdir().expect("tmp");
    let (mut db, id) = sample_db(dir.path());
    let fw = gdhm();
    let l = en();
    let before = roadmap(&db, id);
    let item = before
        .iter()
        .find(|i| i.template.is_some())
        .expect("a proposed item")
        .clone();
    assert!(item.text.is_none() && item.monitoring.is_none() && !item.edited);
    let timeframe = other_than(&TimeFrame::ALL, item.timeframe);
    let cost = other_than(&CostClass::ALL, item.cost);
    let responsible = fw
        .responsible
        .iter()
        .find(|r| **r != item.responsible)
        .expect("another body")
        .clone();
    let priority = if item.priority == 1 { 3 } else { 1 };
    let edit = RoadmapEdit {
        // Spaces around are not part of the text; the monitoring text stays the framework's.
        text: "  Cabinet memo on the governance decree \n".into(),
        timeframe: timeframe.as_str().into(),
        responsible: responsible.clone(),
        priority,
        cost: cost.as_str().into(),
        status: "in-progress".into(),
        ..unchanged_edit(&db, id, &item)
    };
    let logged = change_log(&db, id).len();
    service::edit_roadmap_item(&mut db, id, &edit, ACTOR, &l).expect("edit");

    let after = roadmap(&db, id);
    let stored = after.iter().find(|i| i.uid == item.uid).expect("item");
    assert_eq!(
        stored,
        &RoadmapItem {
            text: Some("Cabinet memo on the governance decree".into()),
            monitoring: None,
            timeframe,
            responsible: responsible.clone(),
            priority,
            cost,
            status: dhma::model::RoadmapStatus::InProgress,
            edited: true,
            progress: String::new(),
            ..item.clone()
        }
    );
    // Every other item as it was.
    let others = |items: &[RoadmapItem]| -> Vec<RoadmapItem> {
        items
            .iter()
            .filter(|i| i.uid != item.uid)
            .cloned()
            .collect()
    };
    assert_eq!(others(&after), others(&before));
    // One entry per changed field, naming the item, old and new value.
    let changes: Vec<(String, Option<String>, Option<String>)> = changes_since(&db, id, logged)
        .into_iter()
        .inspect(|c| {
            assert_eq!(c.subject.as_deref(), Some(item.uid.as_str()));
            assert_eq!(c.actor, ACTOR);
        })
        .map(|c| (c.what, c.old, c.new))
        .collect();
    let some = |s: &str| Some(s.to_string());
    assert_eq!(
        changes,
        [
            (
                "roadmap.text".to_string(),
                None,
                some("Cabinet memo on the governance decree")
            ),
            (
                "roadmap.timeframe".to_string(),
                some(item.timeframe.as_str()),
                some(timeframe.as_str())
            ),
            (
                "roadmap.responsible".to_string(),
                some(&item.responsible),
                some(&responsible)
            ),
            (
                "roadmap.priority".to_string(),
                some(&item.priority.to_string()),
                some(&priority.to_string())
            ),
            (
                "roadmap.cost".to_string(),
                some(item.cost.as_str()),
                some(cost.as_str())
            ),
            (
                "roadmap.status".to_string(),
                some("proposed"),
                some("in-progress")
            ),
        ]
    );
    // The screen shows the team's text, marked as edited; regeneration keeps it.
    service::regenerate_roadmap(&mut db, id, ACTOR).expect("regenerate");
    let kept = roadmap(&db, id);
    let kept = kept.iter().find(|i| i.uid == item.uid).expect("kept");
    assert_eq!(
        kept.text.as_deref(),
        Some("Cabinet memo on the governance decree")
    );

    // Emptying the text gives the framework's wording back.
    let logged = change_log(&db, id).len();
    let cleared = RoadmapEdit {
        text: "   ".into(),
        ..edit.clone()
    };
    service::edit_roadmap_item(&mut db, id, &cleared, ACTOR, &l).expect("clear");
    let items = roadmap(&db, id);
    let stored = items.iter().find(|i| i.uid == item.uid).expect("item");
    assert_eq!(stored.text, None);
    let changes = changes_since(&db, id, logged);
    assert_eq!(
        changes
            .iter()
            .map(|c| (c.what.as_str(), c.old.as_deref(), c.new.as_deref()))
            .collect::<Vec<_>>(),
        [(
            "roadmap.text",
            Some("Cabinet memo on the governance decree"),
            None
        )]
    );
}

#[test]
fn edit_roadmap_item_refuses_bad_values_and_a_finalised_assessment() {
    let dir = tempfile::tempdir().expect("tmp");
    let (mut db, id) = sample_db(dir.path());
    let l = en();
    let item = roadmap(&db, id).first().expect("an item").clone();
    let good = unchanged_edit(&db, id, &item);
    let before = db.load(id).expect("load");
    let bad = [
        (
            "timeframe",
            RoadmapEdit {
                timeframe: "someday".into(),
                ..good.clone()
            },
        ),
        // A responsible body outside the lists is the team's own entry (issue 15); a blank
        // one is refused in tests/engine/own_actions.rs.
        (
            "priority",
            RoadmapEdit {
                priority: 0,
                ..good.clone()
            },
        ),
        (
            "priority",
            RoadmapEdit {
                priority: 4,
                ..good.clone()
            },
        ),
        (
            "cost",
            RoadmapEdit {
                cost: "free".into(),
                ..good.clone()
            },
        ),
        (
            "status",
            RoadmapEdit {
                status: "maybe".into(),
                ..good.clone()
            },
        ),
        (
            "roadmap",
            RoadmapEdit {
                uid: "no-such-item".into(),
                ..good.clone()
            },
        ),
    ];
    for (field, edit) in bad {
        let e = service::edit_roadmap_item(&mut db, id, &edit, ACTOR, &l).expect_err(field);
        assert_eq!(invalid_field(&e), Some(field), "{e:?}");
    }
    assert_eq!(db.load(id).expect("load"), before, "nothing changed");

    finalise(&mut db, id);
    let before = db.load(id).expect("load");
    let edit = RoadmapEdit {
        text: "After the sign-off".into(),
        ..good
    };
    let e = service::edit_roadmap_item(&mut db, id, &edit, ACTOR, &l).expect_err("locked");
    assert!(is_locked(&e), "{e:?}");
    assert_eq!(db.load(id).expect("load"), before);
}

// ---- roadmap: move ------------------------------------------------------------------

fn order(items: &[RoadmapItem]) -> Vec<String> {
    items.iter().map(|i| i.uid.clone()).collect()
}

#[test]
fn move_roadmap_item_swaps_with_the_next_item_of_its_action_line() {
    let dir = tempfile::tempdir().expect("tmp");
    let (mut db, id) = sample_db(dir.path());
    let before = roadmap(&db, id);
    let positions: Vec<i64> = before.iter().map(|i| i.position).collect();
    let expected: Vec<i64> = (0..before.len() as i64).collect();
    assert_eq!(positions, expected, "stored in order");
    // An item whose next item of the same action line comes after items of other lines.
    let (from, to) = before
        .iter()
        .enumerate()
        .find_map(|(f, item)| {
            let t = before
                .iter()
                .enumerate()
                .skip(f + 1)
                .find(|(_, o)| o.line == item.line)?
                .0;
            (t > f + 1).then_some((f, t))
        })
        .expect("the sample's roadmap mixes action lines");
    let moved = before.get(from).expect("from").clone();
    let swapped = before.get(to).expect("to").clone();

    let logged = change_log(&db, id).len();
    service::move_roadmap_item(&mut db, id, &moved.uid, 1, ACTOR).expect("down");
    let after = roadmap(&db, id);
    let mut want = order(&before);
    want.swap(from, to);
    assert_eq!(order(&after), want, "the two swap, the items between stay");
    let positions: Vec<i64> = after.iter().map(|i| i.position).collect();
    assert_eq!(positions, expected, "positions stay 0, 1, 2, …");
    let find = |items: &[RoadmapItem], uid: &str| {
        items.iter().find(|i| i.uid == uid).expect("item").clone()
    };
    assert!(
        find(&after, &moved.uid).edited,
        "a moved item is the team's"
    );
    assert_eq!(find(&after, &swapped.uid).edited, swapped.edited);
    let changes = changes_since(&db, id, logged);
    let n = before.len().to_string();
    assert_eq!(
        changes
            .iter()
            .map(|c| (c.what.as_str(), c.old.as_deref(), c.new.as_deref()))
            .collect::<Vec<_>>(),
        [("roadmap.reordered", Some(n.as_str()), Some(n.as_str()))]
    );

    // Up again: the first order is back.
    service::move_roadmap_item(&mut db, id, &moved.uid, -1, ACTOR).expect("up");
    assert_eq!(order(&roadmap(&db, id)), order(&before));

    // The first item of its line cannot go further up, the last no further down: no change,
    // nothing logged.
    let current = roadmap(&db, id);
    let first_of_line = current.first().expect("item").clone();
    let last_of_line = current
        .iter()
        .rev()
        .find(|i| i.line == first_of_line.line)
        .expect("item")
        .clone();
    let logged = change_log(&db, id).len();
    service::move_roadmap_item(&mut db, id, &first_of_line.uid, -1, ACTOR).expect("top");
    service::move_roadmap_item(&mut db, id, &last_of_line.uid, 1, ACTOR).expect("bottom");
    assert_eq!(roadmap(&db, id), current);
    assert_eq!(change_log(&db, id).len(), logged);

    let e = service::move_roadmap_item(&mut db, id, "no-such-item", 1, ACTOR).expect_err("unknown");
    assert_eq!(invalid_field(&e), Some("roadmap"), "{e:?}");
}

#[test]
fn move_roadmap_item_is_refused_once_finalised() {
    let dir = tempfile::tempdir().expect("tmp");
    let (mut db, id) = sample_db(dir.path());
    finalise(&mut db, id);
    let before = db.load(id).expect("load");
    let items = &before.roadmap;
    let movable = items
        .iter()
        .enumerate()
        .find(|(f, item)| items.iter().skip(f + 1).any(|o| o.line == item.line))
        .map(|(_, i)| i.uid.clone())
        .expect("an item with another of its line after it");
    let e = service::move_roadmap_item(&mut db, id, &movable, 1, ACTOR).expect_err("locked");
    assert!(is_locked(&e), "{e:?}");
    assert_eq!(db.load(id).expect("load"), before);
}

/// A move by 0 is no move: the item's "edited" mark (which makes regeneration keep it) and
/// the change log stay as they were.
#[test]
fn move_roadmap_item_by_zero_changes_nothing() {
    let dir = tempfile::tempdir().expect("tmp");
    let (mut db, id) = sample_db(dir.path());
    let before = db.load(id).expect("load");
    let uid = before.roadmap.first().expect("item").uid.clone();
    service::move_roadmap_item(&mut db, id, &uid, 0, ACTOR).expect("no move");
    let after = db.load(id).expect("load");
    let marks = |items: &[RoadmapItem]| -> Vec<(String, bool)> {
        items.iter().map(|i| (i.uid.clone(), i.edited)).collect()
    };
    assert_eq!(marks(&after.roadmap), marks(&before.roadmap));
    let logged: Vec<&str> = after
        .change_log
        .iter()
        .skip(before.change_log.len())
        .map(|c| c.what.as_str())
        .collect();
    assert!(
        logged.is_empty(),
        "nothing happened, yet logged: {logged:?}"
    );
}

/// The "What changed" screen: against the previous round, blocks in framework order with
/// their changed indicators first, finished sentences in the reader's language; the first
/// round says there is nothing to compare with.
#[test]
fn changes_view_compares_with_the_previous_round() {
    let mut db = Db::open_in_memory().expect("db");
    let (old, new) = super::two_rounds_of_sample(&mut db);

    let first = service::changes_view(&db, old, &en()).expect("view");
    assert_eq!(
        first.heading,
        "What changed – Republic of Lusara – Baseline 2024"
    );
    assert_eq!(
        first.empty.as_deref(),
        Some("Republic of Lusara has no earlier round under this framework, so there is nothing to compare with yet.")
    );
    assert!(first.since.is_none() && first.blocks.is_empty() && first.overall.is_none());

    let v = service::changes_view(&db, new, &en()).expect("view");
    assert_eq!(
        v.since.as_deref(),
        Some("Compared with the previous round, Baseline 2024 (16/03/2024).")
    );
    assert_eq!(v.summary, "The phase or target of 3 indicators changed.");
    assert!(v.empty.is_none());
    let ids: Vec<&str> = v.blocks.iter().map(|b| b.id.as_str()).collect();
    let order: Vec<&str> = gdhm().blocks.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(ids, order);

    let lead = &v.blocks[0];
    assert_eq!(lead.name, "Leadership and governance");
    assert_eq!(lead.mean_label, "2.25 → 2.00");
    assert_eq!(lead.phase_label, "Phase 3 → 2");
    assert_eq!(lead.target_label, "Target 4 → 4");
    assert_eq!(
        (lead.direction, lead.direction_label.as_str()),
        ("down", "Down")
    );
    assert_eq!(lead.count_label, "2 indicators changed");
    assert!(lead.changed);
    let codes: Vec<&str> = lead.indicators.iter().map(|i| i.code.as_str()).collect();
    assert_eq!(codes, ["1", "3", "2", "2a", "4", "4a"], "changed first");
    let one = &lead.indicators[0];
    assert_eq!(one.label, "1 National digital health governance mechanism");
    assert_eq!(one.phase_label, "Phase 2 → 3");
    assert_eq!(one.target_label, "Target 3 → 4");
    assert_eq!((one.direction, one.changed), ("up", true));
    assert_eq!(one.note.as_deref(), Some(super::NOTE_1));
    let two = &lead.indicators[2];
    assert_eq!(
        (two.direction, two.changed, two.note.as_deref()),
        ("same", false, None)
    );
    assert_eq!(two.direction_label, "Unchanged");

    let legislation = &v.blocks[2];
    assert_eq!(legislation.mean_label, "2.25 → 2.33");
    assert_eq!(legislation.target_label, "Target 3 → 4");
    assert_eq!(legislation.count_label, "One indicator changed");
    let ten = &legislation.indicators[0];
    assert_eq!(ten.code, "10");
    assert_eq!(ten.phase_label, "Phase 2 → not applicable");
    assert_eq!(ten.target_label, "Target not set → not set");
    assert_eq!(ten.direction_label, "Changed");

    let workforce = &v.blocks[3];
    assert!(!workforce.changed);
    assert_eq!(workforce.count_label, "No indicator changed");
    let overall = v.overall.as_ref().expect("overall");
    assert_eq!(overall.name, "Overall");
    assert_eq!(overall.phase_label, "Phase 3 → 3");

    // Arabic: the same numbers, the arrow of a right-to-left reading, plurals by category.
    let ar = service::changes_view(&db, new, &Localizer::new(Lang::Ar, false)).expect("view");
    assert_eq!(ar.blocks[0].phase_label, "المرحلة 3 ← 2");
    assert_eq!(ar.blocks[0].count_label, "تغيّر مؤشران");
    assert_eq!(ar.summary, "تغيّرت مرحلة 3 مؤشرات أو المرحلة المستهدفة لها.");
    assert_eq!(
        ar.blocks[0].indicators[0].note.as_deref(),
        Some(super::NOTE_1)
    );
}

/// The "Findings and recommendations" screen: every text the team may write (the context
/// overall only), saved one at a time with its change-log entry, checked where it goes, and
/// refused once the assessment is finalised.
#[test]
fn narratives_are_listed_saved_logged_and_checked() {
    use dhma::model::NarrativeKind;
    let dir = tempfile::tempdir().expect("tmp");
    let (mut db, id) = sample_db(dir.path());
    let view = service::narratives(&db, id, &en()).expect("view");
    let overall = view.sections.first().expect("overall");
    assert_eq!(overall.title, "The whole assessment");
    assert_eq!(overall.fields.len(), 3);
    assert_eq!(view.sections.len(), 1 + gdhm().blocks.len());
    let block = view.sections.get(1).expect("a block");
    assert_eq!(
        block
            .fields
            .iter()
            .map(|f| f.label.as_str())
            .collect::<Vec<_>>(),
        ["Key findings", "Recommendations"]
    );
    let before = change_log(&db, id).len();
    let saved = service::save_narrative(
        &mut db,
        id,
        &block.scope,
        NarrativeKind::Findings,
        "Plan adopted.",
        ACTOR,
    )
    .expect("save");
    assert!(saved.changed);
    let log = changes_since(&db, id, before);
    assert_eq!(log.len(), 1);
    let entry = log.first().expect("entry");
    assert_eq!(entry.what, "narrative.findings");
    assert_eq!(entry.subject.as_deref(), Some(block.scope.as_str()));
    assert_eq!(entry.new.as_deref(), Some("Plan adopted."));
    let view = service::narratives(&db, id, &en()).expect("view");
    let shown = view
        .sections
        .get(1)
        .and_then(|s| s.fields.first())
        .expect("field");
    assert_eq!(shown.text, "Plan adopted.");
    for (scope, kind) in [
        ("no-such-block", NarrativeKind::Findings),
        (block.scope.as_str(), NarrativeKind::Context),
    ] {
        let err =
            service::save_narrative(&mut db, id, scope, kind, "x", ACTOR).expect_err("refused");
        assert_eq!(err.code(), "invalid-value");
    }
    finalise(&mut db, id);
    assert!(service::narratives(&db, id, &en()).expect("view").locked);
    let err = service::save_narrative(&mut db, id, "overall", NarrativeKind::Context, "x", ACTOR)
        .expect_err("locked");
    assert_eq!(err.code(), "assessment-locked");
}
