//! The workshop (issue 11) through `dhma::service` and storage: ratings that follow their
//! participant through edits of the list, tallies, the spread and the list to discuss, the
//! agreed phase with its consensus note, dissent, groups, the change log, and scores that
//! ratings never change.

use std::path::Path;

use dhma::i18n::{Lang, Localizer};
use dhma::model::{Dissent, Group, Participant, Rater, Rating};
use dhma::scoring::{self, Current};
use dhma::service::{self, Tally};
use dhma::storage::Db;
use dhma::Error;

use super::gdhm;

const ACTOR: &str = "facilitator";

/// The sample's answers and participants, without its workshop.
fn sample(dir: &Path) -> (Db, i64) {
    let mut db = Db::open(&dir.join("w.sqlite3")).expect("db");
    let mut data = dhma::exchange::sample().expect("sample");
    data.workshop = Default::default();
    let id = db.insert_data(&data).expect("insert");
    (db, id)
}

/// The built-in sample, workshop included.
fn full_sample(dir: &Path) -> (Db, i64) {
    let mut db = Db::open(&dir.join("w.sqlite3")).expect("db");
    let id = service::open_sample(&mut db).expect("sample");
    (db, id)
}

fn names(db: &Db, id: i64) -> Vec<String> {
    db.load(id)
        .expect("load")
        .participants
        .into_iter()
        .map(|p| p.name)
        .collect()
}

fn rate(db: &mut Db, id: i64, who: &str, code: &str, phase: Current) {
    service::set_rating(
        db,
        id,
        &Rating {
            indicator: code.into(),
            rater: Rater::Participant(who.into()),
            phase,
            comment: String::new(),
        },
        ACTOR,
    )
    .expect("rating");
}

/// Every row of every table, for "nothing changed".
pub fn dump(db: &Db) -> String {
    let conn = db.conn();
    let mut out = String::new();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    for t in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            let vals: Vec<String> = (0..n)
                .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                .collect();
            out.push_str(&format!("{t}: {}\n", vals.join("|")));
        }
    }
    out
}

#[test]
fn ratings_follow_their_participant_and_a_rater_cannot_be_removed() {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, id) = sample(dir.path());
    let list = db.load(id).unwrap().participants;
    let first = list[0].name.clone();
    let second = list[1].name.clone();
    rate(
        &mut db,
        id,
        &format!("  {}  ", first.to_uppercase()),
        "1",
        Current::Phase(3),
    );

    // Reordered, renamed in case, one without ratings removed, one added: the rating stays.
    let mut edited: Vec<Participant> = list.iter().skip(2).cloned().collect();
    edited.push(Participant {
        name: first.to_lowercase(),
        organisation: "MoH".into(),
        role: String::new(),
    });
    edited.push(Participant {
        name: "New Person".into(),
        organisation: String::new(),
        role: String::new(),
    });
    db.set_participants(id, &edited, ACTOR)
        .expect("edit keeps the rater");
    let ratings = db.ratings(id, "1").unwrap();
    assert_eq!(ratings.len(), 1);
    assert_eq!(ratings[0].rater, Rater::Participant(first.to_lowercase()));
    assert!(!names(&db, id).contains(&second));

    // Removing the rater is refused, and nothing changes.
    let before = dump(&db);
    let without: Vec<Participant> = edited
        .iter()
        .filter(|p| p.name != first.to_lowercase())
        .cloned()
        .collect();
    let err = db.set_participants(id, &without, ACTOR).unwrap_err();
    assert!(
        matches!(err, Error::RaterHasRatings { ref name } if *name == first.to_lowercase()),
        "{err:?}"
    );
    assert_eq!(dump(&db), before);
    let text = err.localize(&Localizer::new(Lang::Fr, false));
    assert!(
        text.contains(&first.to_lowercase()) && text.contains("Rien"),
        "{text}"
    );
}

#[test]
fn spread_tally_discuss_list_and_log() {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, id) = sample(dir.path());
    let people = names(&db, id);
    for (who, p) in people.iter().zip([1u8, 2, 4, 4]) {
        rate(&mut db, id, who, "2", Current::Phase(p));
    }
    // A second rating by the same person replaces the first.
    rate(&mut db, id, &people[0], "2", Current::Phase(2));
    rate(&mut db, id, &people[0], "3", Current::Phase(3));
    rate(&mut db, id, &people[1], "3", Current::NotApplicable);
    service::set_tally(
        &mut db,
        id,
        "3",
        &Tally {
            phases: [0, 0, 0, 0, 2],
            not_applicable: 1,
        },
        ACTOR,
    )
    .unwrap();
    service::set_tally(
        &mut db,
        id,
        "3",
        &Tally {
            phases: [1, 0, 0, 0, 1],
            not_applicable: 0,
        },
        ACTOR,
    )
    .unwrap();

    let en = Localizer::new(Lang::En, false);
    let v = service::spread_view(&db, id, "2", &en).unwrap();
    assert_eq!(v.spread.count, 4);
    assert_eq!(
        (v.spread.min, v.spread.max, v.spread.median),
        (Some(2), Some(4), Some(3.0))
    );
    assert!(v.spread.discuss && v.discuss_label.is_some());
    assert_eq!(v.proposed, Some(3));
    assert_eq!(v.summary, "4 ratings, from phase 2 to phase 4, median 3");
    assert_eq!(
        v.bars.iter().map(|b| b.count).collect::<Vec<_>>(),
        vec![0, 2, 0, 2, 0, 0]
    );
    // Under each bar: the phase's number, and "not applicable" shortened in the language.
    let shorts = |l: &Localizer| -> Vec<String> {
        service::spread_view(&db, id, "2", l)
            .unwrap()
            .bars
            .into_iter()
            .map(|b| b.short)
            .collect()
    };
    assert_eq!(shorts(&en), ["1", "2", "3", "4", "5", "NA"]);
    assert_eq!(
        shorts(&Localizer::new(Lang::Ar, false)),
        ["1", "2", "3", "4", "5", "غ.م"]
    );

    // The tally replaced the earlier one: 1, 5 anonymous + 3 and NA by name.
    let v3 = service::spread_view(&db, id, "3", &en).unwrap();
    assert_eq!(v3.spread.counts, [1, 0, 1, 0, 1]);
    assert_eq!(v3.spread.not_applicable, 1);
    assert_eq!(
        v3.summary,
        "3 ratings, from phase 1 to phase 5, median 3; one “not applicable”"
    );
    assert!(v3.ratings.iter().any(|r| r.who == "Anonymous"));
    let ar = service::spread_view(&db, id, "3", &Localizer::new(Lang::Ar, false)).unwrap();
    assert!(ar.summary.contains("تقييمات"), "{}", ar.summary);

    // Widest spread first: 3 (1..5) before 2 (2..4).
    let list: Vec<String> = service::to_discuss(&db, id, &en)
        .unwrap()
        .into_iter()
        .map(|v| v.indicator)
        .collect();
    assert_eq!(list, vec!["3".to_string(), "2".to_string()]);

    service::clear_rating(
        &mut db,
        id,
        "2",
        &Rater::Participant(people[0].to_uppercase()),
        ACTOR,
    )
    .unwrap();
    assert_eq!(db.ratings(id, "2").unwrap().len(), 3);
    service::clear_rating(&mut db, id, "3", &Rater::Anonymous, ACTOR).unwrap();
    assert_eq!(
        db.ratings(id, "3").unwrap().len(),
        2,
        "the named ratings stay"
    );
    let log = db.load(id).unwrap().change_log;
    assert!(log
        .iter()
        .any(|c| c.what == "rating" && c.old.as_deref() == Some("2") && c.new.is_none()));
    assert!(log
        .iter()
        .any(|c| c.what == "rating.tally" && c.old.as_deref() == Some("1 5") && c.new.is_none()));
    assert!(log.iter().any(|c| c.what == "rating"
        && c.old.as_deref() == Some("1")
        && c.new.as_deref() == Some("2")));
    assert!(log
        .iter()
        .any(|c| c.what == "rating.tally" && c.new.as_deref() == Some("1 5")));
}

#[test]
fn agreeing_needs_a_note_when_the_room_is_split_and_scores_ignore_ratings() {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, id) = sample(dir.path());
    let fw = gdhm();
    let scores_before = scoring::score(fw, &db.load(id).unwrap().score_inputs());
    let people = names(&db, id);
    for (who, p) in people.iter().zip([1u8, 3, 3, 5]) {
        rate(&mut db, id, who, "4", Current::Phase(p));
    }
    assert_eq!(
        scoring::score(fw, &db.load(id).unwrap().score_inputs()),
        scores_before
    );

    let before = dump(&db);
    let err = service::agree(
        &mut db,
        id,
        "4",
        Some(Current::Phase(3)),
        Some("   "),
        ACTOR,
    )
    .unwrap_err();
    assert!(
        matches!(err, Error::ConsensusNoteRequired { ref code } if code == "4"),
        "{err:?}"
    );
    assert_eq!(dump(&db), before, "a refused agreement changes nothing");

    service::agree(
        &mut db,
        id,
        "4",
        Some(Current::Phase(3)),
        Some("Costed in the 2025 plan"),
        ACTOR,
    )
    .unwrap();
    let v = service::spread_view(&db, id, "4", &Localizer::new(Lang::En, false)).unwrap();
    assert_eq!(v.agreed, Some(Current::Phase(3)));
    assert_eq!(v.note.as_deref(), Some("Costed in the 2025 plan"));
    assert!(v.needs_note);

    // Inside the range and not split: no note needed.
    for who in &people[..2] {
        rate(&mut db, id, who, "5", Current::Phase(2));
    }
    service::agree(&mut db, id, "5", Some(Current::Phase(2)), None, ACTOR).unwrap();

    // The agreed phase is the current phase: scoring reads it and nothing else.
    let data = db.load(id).unwrap();
    let r = data.responses.iter().find(|r| r.indicator == "4").unwrap();
    assert_eq!(r.current, Some(Current::Phase(3)));
}

#[test]
fn dissent_groups_and_finalised_assessments() {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, id) = sample(dir.path());
    let people = names(&db, id);
    let group = Group {
        name: "Group A".into(),
        members: people[..3].to_vec(),
        blocks: vec![gdhm().blocks[0].id.clone()],
    };
    service::save_group(&mut db, id, None, &group, ACTOR).unwrap();
    let err = service::save_group(
        &mut db,
        id,
        None,
        &Group {
            name: " group a ".into(),
            ..group.clone()
        },
        ACTOR,
    )
    .unwrap_err();
    assert!(matches!(err, Error::GroupNameTaken { .. }), "{err:?}");
    let err = service::save_group(
        &mut db,
        id,
        None,
        &Group {
            name: "B".into(),
            members: vec![],
            blocks: vec!["nope".into()],
        },
        ACTOR,
    )
    .unwrap_err();
    assert!(
        matches!(err, Error::InvalidValue { ref field, .. } if field == "block"),
        "{err:?}"
    );
    assert_eq!(service::groups(&db, id).unwrap(), vec![group.clone()]);

    service::set_rating(
        &mut db,
        id,
        &Rating {
            indicator: "1".into(),
            rater: Rater::Group("group a".into()),
            phase: Current::Phase(2),
            comment: "after debate".into(),
        },
        ACTOR,
    )
    .unwrap();
    let dissent = Dissent {
        indicator: "1".into(),
        rater: Rater::Participant(people[4].clone()),
        reason: "The strategy is not costed".into(),
    };
    service::record_dissent(&mut db, id, &dissent, ACTOR).unwrap();
    let err = service::record_dissent(
        &mut db,
        id,
        &Dissent {
            rater: Rater::Participant("Nobody".into()),
            ..dissent.clone()
        },
        ACTOR,
    )
    .unwrap_err();
    assert!(matches!(err, Error::RaterUnknown { .. }), "{err:?}");
    let err = service::delete_group(&mut db, id, "Group A", ACTOR).unwrap_err();
    assert!(matches!(err, Error::RaterHasRatings { .. }), "{err:?}");

    let w = db.workshop(id).unwrap();
    assert_eq!(w.dissents, vec![dissent.clone()]);
    assert_eq!(w.ratings[0].rater, Rater::Group("Group A".into()));

    service::remove_dissent(&mut db, id, "1", &dissent.rater, ACTOR).unwrap();
    assert!(db.workshop(id).unwrap().dissents.is_empty());

    // A finalised assessment refuses every workshop change.
    db.conn()
        .execute(
            "UPDATE assessments SET status = 'finalised' WHERE id = ?1",
            [id],
        )
        .unwrap();
    let before = dump(&db);
    let refusals = [
        service::record_dissent(&mut db, id, &dissent, ACTOR),
        service::set_tally(&mut db, id, "1", &Tally::default(), ACTOR),
        service::clear_rating(&mut db, id, "1", &Rater::Group("Group A".into()), ACTOR),
        service::agree(&mut db, id, "1", Some(Current::Phase(2)), Some("x"), ACTOR),
        service::save_group(
            &mut db,
            id,
            None,
            &Group {
                name: "C".into(),
                members: vec![],
                blocks: vec![],
            },
            ACTOR,
        ),
    ];
    for r in refusals {
        assert!(matches!(r, Err(Error::AssessmentLocked { .. })), "{r:?}");
    }
    assert_eq!(dump(&db), before);
}

#[test]
fn a_damaged_rating_row_is_reported_not_read_as_a_default() {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, id) = sample(dir.path());
    let people = names(&db, id);
    rate(&mut db, id, &people[0], "1", Current::Phase(2));
    db.conn()
        .execute("PRAGMA ignore_check_constraints = ON", [])
        .unwrap();
    db.conn()
        .execute("UPDATE ratings SET phase = 9", [])
        .unwrap();
    let err = db.ratings(id, "1").unwrap_err();
    assert!(
        matches!(err, Error::DamagedRow { ref table, ref column, .. } if table == "ratings" && column == "phase"),
        "{err:?}"
    );
}

/// The sample: every participant rated every scored indicator; the room split on a few
/// (each with its consensus note), agreed the current phases (so the scores are the ones
/// the report and scoring tests check), and one dissent is recorded.
#[test]
fn the_sample_has_a_whole_workshop_consistent_with_its_agreed_phases() {
    let dir = tempfile::tempdir().unwrap();
    let (db, id) = full_sample(dir.path());
    let data = db.load(id).unwrap();
    let fw = gdhm();
    let en = Localizer::new(Lang::En, false);
    let views = service::spreads(&db, id, &en).unwrap();
    let mut split = 0;
    for i in fw.indicators.iter().filter(|i| i.is_scored()) {
        let v = views.iter().find(|v| v.indicator == i.code).unwrap();
        assert_eq!(v.ratings.len(), data.participants.len(), "{}", i.code);
        split += usize::from(v.spread.discuss);
        // Where a note is needed there is one; agreeing again as it stands is accepted.
        assert!(!v.needs_note || v.note.is_some(), "{} needs a note", i.code);
        if let Some(Current::Phase(p)) = v.agreed {
            if !v.spread.discuss {
                assert_eq!(v.proposed, Some(p), "{}", i.code);
            }
        }
    }
    assert!((3..=6).contains(&split), "{split} split indicators");
    assert_eq!(data.workshop.dissents.len(), 1);
    assert!(views.iter().any(|v| v
        .spread
        .max
        .zip(v.spread.min)
        .is_some_and(|(hi, lo)| hi - lo >= 2)));
    // Scores are those of the answers alone.
    let without = {
        let mut d = data.clone();
        d.workshop = Default::default();
        d
    };
    assert_eq!(
        scoring::score(fw, &data.score_inputs()),
        scoring::score(fw, &without.score_inputs())
    );
}

/// A participant who changes their rating keeps their place among the ratings, and the
/// change is logged with the old and the new value.
#[test]
fn a_changed_rating_keeps_its_place() {
    let dir = tempfile::tempdir().expect("dir");
    let (mut db, id) = sample(dir.path());
    let people = names(&db, id);
    let (first, second) = (people[0].clone(), people[1].clone());
    rate(&mut db, id, &first, "5", Current::Phase(2));
    rate(&mut db, id, &second, "5", Current::Phase(4));
    rate(&mut db, id, &first, "5", Current::Phase(3));
    let order: Vec<(Rater, Current)> = db
        .load(id)
        .expect("load")
        .workshop
        .ratings
        .into_iter()
        .filter(|r| r.indicator == "5")
        .map(|r| (r.rater, r.phase))
        .collect();
    assert_eq!(
        order,
        [
            (Rater::Participant(first.clone()), Current::Phase(3)),
            (Rater::Participant(second), Current::Phase(4)),
        ]
    );
    let last = db.load(id).expect("load").change_log.pop().expect("logged");
    assert_eq!(
        (last.old.as_deref(), last.new.as_deref()),
        (Some("2"), Some("3"))
    );
}
