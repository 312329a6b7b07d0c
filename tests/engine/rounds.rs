//! The next round starts from the last one (issue 12, item 5): what is carried over, from
//! which round, in one transaction; the review of carried answers, the note required when a
//! carried phase changes, and finalising only once every carried answer is reviewed.

use std::path::Path;

use dhma::i18n::{Lang, Localizer};
use dhma::model::{Response, RoadmapItem, RoadmapStatus};
use dhma::scoring::Current;
use dhma::service::{self, SignOff, StartedRound};
use dhma::storage::Db;
use dhma::Error;

const ACTOR: &str = "tester";

fn en() -> Localizer {
    Localizer::new(Lang::En, false)
}

/// The sample (a draft, every indicator answered, with participants, groups, ratings, notes
/// and dissent) with its proposed roadmap, one item done, one dropped, one in progress.
fn sample_db(dir: &Path) -> (Db, i64) {
    let mut db = Db::open(&dir.join("rounds.sqlite3")).expect("db");
    let id = service::open_sample(&mut db).expect("sample");
    service::regenerate_roadmap(&mut db, id, ACTOR).expect("roadmap");
    let items = db.load(id).expect("load").roadmap;
    for (item, status) in items.iter().zip([
        RoadmapStatus::Done,
        RoadmapStatus::Dropped,
        RoadmapStatus::InProgress,
    ]) {
        let item = RoadmapItem {
            status,
            ..item.clone()
        };
        db.update_roadmap_item(id, &item, ACTOR).expect("status");
    }
    (db, id)
}

fn start(db: &mut Db, id: i64, round: Option<&str>, date: Option<&str>) -> StartedRound {
    service::new_round(
        db,
        id,
        round.map(String::from),
        date.map(String::from),
        ACTOR,
        &en(),
    )
    .expect("new round")
}

fn response(db: &Db, id: i64, code: &str) -> Response {
    db.responses(id)
        .expect("responses")
        .into_iter()
        .find(|r| r.indicator == code)
        .expect("response")
}

fn count(db: &Db, table: &str) -> i64 {
    db.conn()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .expect("count")
}

#[test]
fn the_next_round_carries_answers_evidence_and_open_roadmap_items_only() {
    let dir = tempfile::tempdir().expect("tmp");
    let (mut db, id) = sample_db(dir.path());
    let before = db.load(id).expect("load");
    let started = start(&mut db, id, Some(" Follow-up 2027 "), Some("2027-03-01"));
    assert_eq!(started.from, id);
    assert_eq!(started.carried, before.responses.len());
    assert_eq!(started.title, "Republic of Lusara – Follow-up 2027");
    let after = db.load(started.id).expect("load new");
    let (a, b) = (&after.assessment, &before.assessment);
    assert_eq!(a.round, "Follow-up 2027");
    assert_eq!(a.date, "2027-03-01");
    assert_ne!(a.uid, b.uid);
    assert_eq!(
        (&a.country, &a.framework, &a.facilitator, &a.language),
        (&b.country, &b.framework, &b.facilitator, &b.language)
    );
    assert_eq!(a.status, dhma::model::Status::Draft);
    // Every answer, marked carried over, without the previous round's note.
    let expected: Vec<Response> = before
        .responses
        .iter()
        .map(|r| Response {
            carried: true,
            change_note: String::new(),
            ..r.clone()
        })
        .collect();
    assert_eq!(after.responses, expected);
    assert_eq!(after.evidence, before.evidence);
    // Open roadmap items only, with new identifiers and their positions kept.
    let open: Vec<&RoadmapItem> = before
        .roadmap
        .iter()
        .filter(|i| !matches!(i.status, RoadmapStatus::Done | RoadmapStatus::Dropped))
        .collect();
    assert_eq!(open.len(), before.roadmap.len() - 2);
    assert_eq!(after.roadmap.len(), open.len());
    for (new, old) in after.roadmap.iter().zip(&open) {
        assert_ne!(new.uid, old.uid);
        assert_eq!(
            RoadmapItem {
                uid: old.uid.clone(),
                ..new.clone()
            },
            **old
        );
    }
    assert!(after
        .roadmap
        .iter()
        .any(|i| i.status == RoadmapStatus::InProgress));
    // Not carried: participants and the workshop.
    assert!(after.participants.is_empty());
    assert_eq!(after.workshop, dhma::model::Workshop::default());
    assert!(!before.participants.is_empty() && !before.workshop.ratings.is_empty());
    // Logged: the creation and the round it started from.
    let whats: Vec<(&str, Option<&str>)> = after
        .change_log
        .iter()
        .map(|c| (c.what.as_str(), c.new.as_deref()))
        .collect();
    assert!(whats.contains(&("assessment.created", Some(a.uid.as_str()))));
    assert!(whats.contains(&("round.carried-from", Some(b.uid.as_str()))));
    // The previous round is unchanged.
    let mut unchanged = db.load(id).expect("load again");
    unchanged.assessment.updated_at = before.assessment.updated_at.clone();
    assert_eq!(unchanged, before);
}

#[test]
fn a_round_starts_from_the_latest_one_whichever_round_is_named() {
    let dir = tempfile::tempdir().expect("tmp");
    let (mut db, first) = sample_db(dir.path());
    let second = start(&mut db, first, Some("Mid-term"), Some("2028-01-10")).id;
    // A phase changed in the second round, with its note.
    let mut r = response(&db, second, "1");
    r.current = Some(Current::Phase(4));
    r.change_note = "A budget line was voted in 2027.".into();
    service::save_response(&mut db, second, &r, ACTOR, &en()).expect("save");
    let third = start(&mut db, first, None, Some("2029-06-01"));
    assert_eq!(
        third.from, second,
        "started from the latest, not the one named"
    );
    assert_eq!(
        third.title, "Republic of Lusara – 2029",
        "default name: the year"
    );
    let carried = response(&db, third.id, "1");
    assert_eq!(carried.current, Some(Current::Phase(4)));
    assert!(carried.carried);
    assert_eq!(carried.change_note, "", "a note belongs to its round");
}

#[test]
fn a_round_name_the_country_already_uses_is_refused_and_nothing_is_made() {
    let dir = tempfile::tempdir().expect("tmp");
    let (mut db, id) = sample_db(dir.path());
    let assessments = count(&db, "assessments");
    let err = service::new_round(
        &mut db,
        id,
        Some("  baseline 2023 ".into()),
        None,
        ACTOR,
        &en(),
    )
    .expect_err("name taken");
    assert!(
        matches!(err, Error::RoundNameTaken { ref round, .. } if round == "baseline 2023"),
        "{err:?}"
    );
    assert_eq!(
        err.localize(&en()),
        "Republic of Lusara already has a round called baseline 2023. Choose another name."
    );
    let bad_date = service::new_round(&mut db, id, None, Some("2027-02-30".into()), ACTOR, &en())
        .expect_err("bad date");
    assert!(matches!(bad_date, Error::InvalidValue { ref field, .. } if field == "date"));
    assert_eq!(count(&db, "assessments"), assessments);
    // The default name (the year) is taken: the date is used.
    let a = start(&mut db, id, None, Some("2030-01-01"));
    let b = start(&mut db, id, None, Some("2030-05-02"));
    assert_eq!(a.title, "Republic of Lusara – 2030");
    assert_eq!(b.title, "Republic of Lusara – 2030-05-02");
}

#[test]
fn a_new_round_that_fails_half_way_leaves_nothing() {
    let dir = tempfile::tempdir().expect("tmp");
    let (mut db, id) = sample_db(dir.path());
    let tables = [
        "assessments",
        "responses",
        "evidence",
        "roadmap_items",
        "change_log",
    ];
    let before: Vec<i64> = tables.iter().map(|t| count(&db, t)).collect();
    // The last insert of the transaction (the roadmap) fails.
    db.conn()
        .execute_batch(
            "CREATE TEMP TRIGGER refuse BEFORE INSERT ON roadmap_items
             BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;",
        )
        .expect("trigger");
    let err = service::new_round(&mut db, id, None, Some("2027-01-01".into()), ACTOR, &en());
    assert!(err.is_err());
    let after: Vec<i64> = tables.iter().map(|t| count(&db, t)).collect();
    assert_eq!(after, before);
}

#[test]
fn changing_a_carried_phase_needs_a_note_which_stays_with_the_answer() {
    let dir = tempfile::tempdir().expect("tmp");
    let (mut db, first) = sample_db(dir.path());
    let id = start(&mut db, first, None, Some("2027-05-01")).id;
    let l = en();
    let old = response(&db, id, "2");
    let Some(Current::Phase(p)) = old.current else {
        panic!("the sample answers indicator 2");
    };
    let new_phase = Some(Current::Phase(if p == 5 { 4 } else { p + 1 }));
    // Another field saved first: reviewed, but the phase is still the carried one.
    let mut r = old.clone();
    r.rationale.push_str(" Checked again in 2027.");
    let saved = service::save_response(&mut db, id, &r, ACTOR, &l).expect("rationale");
    assert!(!saved.response.carried);
    assert_eq!(saved.state.carried, None);
    // Then the phase, without a note: refused, nothing stored.
    r.current = new_phase;
    let err = service::save_response(&mut db, id, &r, ACTOR, &l).expect_err("note needed");
    assert!(
        matches!(err, Error::ChangeNoteRequired { ref code } if code == "2"),
        "{err:?}"
    );
    assert!(err.localize(&l).starts_with("Indicator 2: "));
    assert_eq!(response(&db, id, "2").current, old.current);
    r.change_note = "   ".into();
    assert!(service::save_response(&mut db, id, &r, ACTOR, &l).is_err());
    // With a note: stored and kept with the answer.
    r.change_note = "The national strategy was adopted.".into();
    let log_before = db.load(id).expect("load").change_log.len();
    service::save_response(&mut db, id, &r, ACTOR, &l).expect("with note");
    let stored = response(&db, id, "2");
    assert_eq!(stored.current, new_phase);
    assert_eq!(stored.change_note, "The national strategy was adopted.");
    let logged: Vec<String> = db.load(id).expect("load").change_log[log_before..]
        .iter()
        .map(|c| c.what.clone())
        .collect();
    assert_eq!(logged, ["response.current", "response.change_note"]);
    // The interface sends the whole answer again, with an empty note and `carried` set: the
    // note stays and the answer is not marked carried again.
    let stale = Response {
        change_note: String::new(),
        carried: true,
        target_year: Some(2031),
        ..stored.clone()
    };
    let saved = service::save_response(&mut db, id, &stale, ACTOR, &l).expect("stale");
    assert_eq!(saved.response.change_note, stored.change_note);
    assert!(!saved.response.carried);
    let stored = response(&db, id, "2");
    assert_eq!(stored.change_note, "The national strategy was adopted.");
    assert!(!stored.carried);
    // The note can be edited later, and back to the carried phase needs none.
    let edited = Response {
        change_note: "Strategy adopted in 2026.".into(),
        ..stored.clone()
    };
    service::save_response(&mut db, id, &edited, ACTOR, &l).expect("edit note");
    assert_eq!(
        response(&db, id, "2").change_note,
        "Strategy adopted in 2026."
    );
    // A carried answer saved by a person is reviewed (and logged so).
    let mut other = response(&db, id, "3");
    assert!(other.carried);
    other.confidence = Some(dhma::model::Confidence::Low);
    service::save_response(&mut db, id, &other, ACTOR, &l).expect("save 3");
    let log = db.load(id).expect("load").change_log;
    assert!(log.iter().any(|c| c.what == "response.reviewed"
        && c.subject.as_deref() == Some("3")
        && c.new.as_deref() == Some("saved")));
    // Agreeing another phase in the workshop is a change too.
    let err = service::agree(&mut db, id, "4", Some(Current::Phase(1)), None, ACTOR)
        .expect_err("agree needs the note");
    assert!(matches!(err, Error::ChangeNoteRequired { ref code } if code == "4"));
}

#[test]
fn reviewed_no_change_clears_the_mark_and_keeps_the_answer() {
    let dir = tempfile::tempdir().expect("tmp");
    let (mut db, first) = sample_db(dir.path());
    let id = start(&mut db, first, None, Some("2027-05-01")).id;
    let l = en();
    let walk = service::walk(&db, id, &l).expect("walk");
    let item = &walk.blocks[0].indicators[0];
    assert_eq!(
        item.state.carried.as_deref(),
        Some("Carried over, not reviewed")
    );
    assert_eq!(
        item.state.state_note,
        "(answered, carried over, not reviewed)"
    );
    let page = service::indicator(&db, id, &item.code, &l).expect("page");
    assert_eq!(page.carried.as_deref(), Some("Carried over, not reviewed"));
    let home = |db: &Db, id: i64| {
        service::home(db, &l)
            .expect("home")
            .into_iter()
            .find(|i| i.id == id)
            .expect("listed")
            .carried_label
    };
    assert_eq!(
        home(&db, id).as_deref(),
        Some("31 answers carried over, not reviewed")
    );
    assert_eq!(home(&db, first), None);
    let before = response(&db, id, &item.code);
    let saved = service::mark_reviewed(&mut db, id, &item.code, ACTOR, &l).expect("reviewed");
    assert_eq!(
        home(&db, id).as_deref(),
        Some("30 answers carried over, not reviewed")
    );
    assert_eq!(saved.state.carried, None);
    let after = response(&db, id, &item.code);
    assert_eq!(
        after,
        Response {
            carried: false,
            ..before
        }
    );
    let log = db.load(id).expect("load").change_log;
    let last = log.last().expect("logged");
    assert_eq!(
        (last.what.as_str(), last.subject.as_deref()),
        ("response.reviewed", Some(item.code.as_str()))
    );
    // Twice: nothing more is logged.
    service::mark_reviewed(&mut db, id, &item.code, ACTOR, &l).expect("again");
    assert_eq!(db.load(id).expect("load").change_log.len(), log.len());
    let page = service::indicator(&db, id, &item.code, &l).expect("page");
    assert_eq!(page.carried, None);
    assert!(matches!(
        service::mark_reviewed(&mut db, id, "99", ACTOR, &l),
        Err(Error::UnknownIndicator { .. })
    ));
}

#[test]
fn finalising_waits_for_every_carried_answer_to_be_reviewed() {
    let dir = tempfile::tempdir().expect("tmp");
    let (mut db, first) = sample_db(dir.path());
    let id = start(&mut db, first, None, Some("2027-05-01")).id;
    let l = en();
    let sign_off = SignOff {
        approver_name: "Dr A. Mensah".into(),
        approver_role: String::new(),
        government_approved: false,
    };
    let codes: Vec<String> = db
        .responses(id)
        .expect("responses")
        .into_iter()
        .map(|r| r.indicator)
        .collect();
    let (last, rest) = codes.split_last().expect("answers");
    for code in rest {
        service::mark_reviewed(&mut db, id, code, ACTOR, &l).expect("review");
    }
    let err = service::finalise(&mut db, id, &sign_off, ACTOR).expect_err("one left");
    assert!(
        matches!(&err, Error::CarriedNotReviewed { count: 1, codes } if codes == std::slice::from_ref(last)),
        "{err:?}"
    );
    assert_eq!(
        err.localize(&l),
        format!(
            "The assessment cannot be finalised yet: one answer carried over from the last \
             round is not reviewed: {last}. Save each one, or mark it “Reviewed, no change”."
        )
    );
    assert_eq!(
        db.assessment(id).expect("a").status,
        dhma::model::Status::Draft
    );
    // The storage checks it again inside the finalising transaction.
    let inside = db
        .finalise(
            id,
            &dhma::model::Approval::default(),
            ACTOR,
            dhma::exchange::fingerprint,
        )
        .expect_err("checked inside the transaction");
    assert!(matches!(inside, Error::CarriedNotReviewed { count: 1, .. }));
    assert_eq!(
        db.assessment(id).expect("a").status,
        dhma::model::Status::Draft
    );
    service::mark_reviewed(&mut db, id, last, ACTOR, &l).expect("review last");
    service::finalise(&mut db, id, &sign_off, ACTOR).expect("finalised");
    assert_eq!(
        db.assessment(id).expect("a").status,
        dhma::model::Status::Finalised
    );
}

#[test]
fn the_refusal_lists_the_codes_with_the_readers_separator() {
    let err = Error::CarriedNotReviewed {
        count: 3,
        codes: vec!["1".into(), "2a".into(), "7".into()],
    };
    let fr = err.localize(&Localizer::new(Lang::Fr, false));
    assert!(fr.contains("3 réponses reprises"), "{fr}");
    let zh = err.localize(&Localizer::new(Lang::Zh, false));
    assert!(zh.contains("1、2a、7") || zh.contains("1，2a，7"), "{zh}");
}

/// The check inside the finalising transaction names the unreviewed answers in the order
/// people read codes, whatever order the answers were stored in.
#[test]
fn unreviewed_answers_are_named_in_the_order_of_their_codes() {
    let mut db = Db::open_in_memory().expect("db");
    let mut data = dhma::exchange::sample().expect("sample");
    // Stored in text order: 1, 10, 11 … 2, 21, 21a … 2a, 3 …
    data.responses.sort_by(|a, b| a.indicator.cmp(&b.indicator));
    let first = db.insert_data(&data).expect("insert");
    let id = start(&mut db, first, None, Some("2027-05-01")).id;
    let err = db
        .finalise(
            id,
            &dhma::model::Approval::default(),
            ACTOR,
            dhma::exchange::fingerprint,
        )
        .expect_err("nothing reviewed");
    let Error::CarriedNotReviewed { codes, .. } = err else {
        panic!("{err:?}")
    };
    assert!(codes.len() > 20, "{codes:?}");
    let mut sorted = codes.clone();
    dhma::framework::sort_codes(&mut sorted);
    assert_eq!(codes, sorted);
    assert_eq!(codes[..4], ["1", "2", "2a", "3"]);
}

#[test]
fn the_next_round_keeps_the_countrys_gdhm_details_and_logs_them() {
    // The sample has every detail GDHM's upload needs; the next round starts with them (the
    // same country, the same contacts), each logged, and the new round's GDHM file can be
    // written without asking again.
    let dir = tempfile::tempdir().expect("tmp");
    let (mut db, id) = sample_db(dir.path());
    let before = db.load(id).expect("load").gdhm;
    assert!(!before.country_summary.is_empty() && !before.contact_person_email.is_empty());
    let made = start(&mut db, id, Some("Review 2029"), Some("2029-03-01"));
    let next = db.load(made.id).expect("load next");
    assert_eq!(next.gdhm, before);
    let logged: Vec<&str> = next
        .change_log
        .iter()
        .filter(|c| c.what.starts_with("gdhm."))
        .map(|c| c.what.as_str())
        .collect();
    assert_eq!(
        logged.len(),
        dhma::model::GdhmDetails::FIELDS
            .iter()
            .filter(|f| before.get(f).is_some_and(|v| !v.is_empty()))
            .count(),
        "{logged:?}"
    );
    // The details of the round before are its own: changing the new round's leaves them.
    let mut changed = next.gdhm.clone();
    changed.country_summary = "Summary for 2029.".into();
    db.set_gdhm_details(made.id, &changed, ACTOR).expect("set");
    assert_eq!(db.load(id).expect("load").gdhm, before);
}

#[test]
fn the_next_round_carries_the_context_but_not_the_findings_or_recommendations() {
    let dir = tempfile::tempdir().expect("tmp");
    let (mut db, id) = sample_db(dir.path());
    use dhma::model::NarrativeKind as K;
    for (scope, kind, text) in [
        (
            "overall",
            K::Context,
            "A national strategy was adopted in 2024.",
        ),
        (
            "leadership-governance",
            K::Findings,
            "The steering committee meets quarterly.",
        ),
        (
            "overall",
            K::Findings,
            "Governance is ahead of infrastructure.",
        ),
        (
            "overall",
            K::Recommendations,
            "Fund the interoperability layer.",
        ),
    ] {
        db.set_narrative(id, scope, kind, text, ACTOR)
            .expect("narrative");
    }
    let before = db.load(id).expect("load").narratives;
    let kinds = |kind: dhma::model::NarrativeKind| before.iter().filter(|n| n.kind == kind).count();
    use dhma::model::NarrativeKind::{Context, Findings, Recommendations};
    assert!(
        kinds(Context) > 0 && kinds(Findings) > 0 && kinds(Recommendations) > 0,
        "the sample has every kind: {before:?}"
    );
    let made = start(&mut db, id, Some("Review 2029"), Some("2029-03-01"));
    let next = db.load(made.id).expect("load next");
    let context: Vec<_> = before
        .iter()
        .filter(|n| n.kind == Context)
        .cloned()
        .collect();
    assert_eq!(next.narratives, context);
    // Each carried text is in the new round's change log, under its scope.
    for n in &context {
        assert!(
            next.change_log.iter().any(|c| c.what == "narrative.context"
                && c.subject.as_deref() == Some(n.scope.as_str())
                && c.new.as_deref() == Some(n.text.as_str())),
            "{n:?} logged"
        );
    }
    // The round before keeps its own texts.
    assert_eq!(db.load(id).expect("load").narratives, before);
}
