//! The roadmap's follow-up after sign-off (issue 15 item 4): a finalised assessment refuses
//! every change to its answers, scores and actions, accepts each action's status and
//! progress note (in the change log, with old and new values), and its document check code
//! still verifies; a change that bypasses the rules makes it fail.

use dhma::exchange;
use dhma::model::{RoadmapStatus, Status};
use dhma::scoring::Current;
use dhma::service::{self, SignOff};
use dhma::storage::Db;
use dhma::Error;

const ACTOR: &str = "tester";

fn finalised_sample() -> (Db, i64) {
    let mut db = Db::open_in_memory().expect("db");
    let id = service::open_sample(&mut db).expect("sample");
    service::regenerate_roadmap(&mut db, id, ACTOR).expect("roadmap");
    service::finalise(
        &mut db,
        id,
        &SignOff {
            approver_name: "Dr A. Mensah".into(),
            approver_role: "Permanent Secretary".into(),
            government_approved: true,
        },
        ACTOR,
    )
    .expect("finalise");
    (db, id)
}

#[test]
fn after_sign_off_the_follow_up_changes_and_the_check_code_still_verifies() {
    let (mut db, id) = finalised_sample();
    let signed = db.load(id).expect("load");
    assert_eq!(signed.assessment.status, Status::Finalised);
    assert_eq!(
        exchange::verify_check_code(&signed).expect("verify"),
        Some(true)
    );

    // Score changes are refused, and say where to go instead.
    let mut answer = signed
        .responses
        .iter()
        .find(|r| r.indicator == "1")
        .cloned()
        .expect("answer 1");
    answer.current = Some(Current::Phase(5));
    let err = db.save_response(id, &answer, ACTOR).expect_err("locked");
    assert!(matches!(err, Error::AssessmentLocked { .. }), "{err:?}");
    let l = dhma::i18n::Localizer::new(dhma::i18n::Lang::En, false);
    assert!(
        err.localize(&l).contains("Start the next round"),
        "{}",
        err.localize(&l)
    );

    // The follow-up is accepted, logged with old and new values.
    let uid = signed.roadmap.first().expect("an action").uid.clone();
    service::set_follow_up(
        &mut db,
        id,
        &uid,
        "in-progress",
        " Terms of reference drafted. ",
        ACTOR,
    )
    .expect("status after sign-off");
    service::set_follow_up(
        &mut db,
        id,
        &uid,
        "done",
        "Adopted by the steering committee.",
        ACTOR,
    )
    .expect("again");
    let now = db.load(id).expect("load");
    let item = now.roadmap.iter().find(|i| i.uid == uid).expect("item");
    assert_eq!(item.status, RoadmapStatus::Done);
    assert_eq!(item.progress, "Adopted by the steering committee.");
    assert!(!item.edited || signed.roadmap.iter().any(|i| i.uid == uid && i.edited));
    let logged: Vec<(&str, Option<&str>, Option<&str>)> = now
        .change_log
        .iter()
        .skip(signed.change_log.len())
        .map(|c| (c.what.as_str(), c.old.as_deref(), c.new.as_deref()))
        .collect();
    assert_eq!(
        logged,
        [
            ("roadmap.status", Some("proposed"), Some("in-progress")),
            (
                "roadmap.progress",
                Some(""),
                Some("Terms of reference drafted.")
            ),
            ("roadmap.status", Some("in-progress"), Some("done")),
            (
                "roadmap.progress",
                Some("Terms of reference drafted."),
                Some("Adopted by the steering committee.")
            ),
        ]
    );
    assert_eq!(now.assessment.updated_at, signed.assessment.updated_at);
    // The scores and the signed content: the check code still verifies.
    assert_eq!(
        exchange::verify_check_code(&now).expect("verify"),
        Some(true)
    );
    // The follow-up travels in the file and reads back.
    let text = exchange::to_string(&now).expect("file");
    let back = exchange::parse("f.dhma.json", &text).expect("reads");
    assert_eq!(
        exchange::verify_check_code(&back).expect("verify"),
        Some(true)
    );

    // An answer changed behind DHMA's back, or a status changed without its log entry,
    // fails the check.
    let mut tampered = now.clone();
    if let Some(r) = tampered.responses.iter_mut().find(|r| r.indicator == "1") {
        r.current = Some(Current::Phase(5));
    }
    assert_eq!(
        exchange::verify_check_code(&tampered).expect("verify"),
        Some(false)
    );
    let mut unlogged = now.clone();
    if let Some(i) = unlogged.roadmap.iter_mut().find(|i| i.uid != uid) {
        i.status = RoadmapStatus::Dropped;
    }
    assert_eq!(
        exchange::verify_check_code(&unlogged).expect("verify"),
        Some(false)
    );

    // Unknown actions and statuses are refused; nothing changes.
    let before = db.load(id).expect("load");
    assert!(service::set_follow_up(&mut db, id, "no-such-action", "done", "", ACTOR).is_err());
    assert!(service::set_follow_up(&mut db, id, &uid, "finished", "", ACTOR).is_err());
    assert_eq!(db.load(id).expect("load"), before);
}

#[test]
fn a_file_of_an_older_version_with_a_progress_note_is_refused() {
    let (mut db, id) = finalised_sample();
    let uid = db.load(id).expect("load").roadmap[0].uid.clone();
    service::set_follow_up(&mut db, id, &uid, "planned", "Budget requested.", ACTOR).expect("note");
    let text = exchange::to_string(&db.load(id).expect("load")).expect("file");
    let v: serde_json::Value = serde_json::from_str(&text).expect("json");
    let body = serde_json::to_string(&v["content"]).expect("body");
    use sha2::{Digest, Sha256};
    let sha: String = Sha256::digest(body.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let v4 = format!(
        "{{\"format\":\"dhma-assessment\",\"format_version\":4,\"sha256\":\"{sha}\",\"content\":{body}}}"
    );
    let err = exchange::parse("old.dhma.json", &v4).expect_err("refused");
    assert_eq!(err.code(), "invalid-file-field", "{err:?}");
}

fn pdf_text(pdf: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args([&pdf.display().to_string(), "-"])
        .output()
        .expect("pdftotext (poppler-utils)");
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `dhma progress`'s report: after sign-off, what moved since sign-off with each action's
/// old and new status; recorded, so that the next report counts from it; the overdue
/// actions on a later date; and the check code verdict.
#[test]
fn the_progress_report_says_what_moved_since_the_last_one_and_what_is_overdue() {
    let (mut db, id) = finalised_sample();
    let data = db.load(id).expect("load");
    let first = data.roadmap.first().expect("an action").clone();
    service::set_follow_up(&mut db, id, &first.uid, "in-progress", "Drafting.", ACTOR)
        .expect("follow-up");
    let dir = tempfile::tempdir().expect("tmp");
    let l = dhma::i18n::Localizer::new(dhma::i18n::Lang::En, false);
    let fw = super::gdhm();
    let (action, _) = dhma::roadmap::item_text(fw, &first, &l);

    let one = dir.path().join("one.pdf");
    service::write_progress_report(&mut db, id, dhma::i18n::Lang::En, &one, ACTOR).expect("report");
    let text = pdf_text(&one);
    if let Some(keep) = std::env::var_os("DHMA_REPORT_DIR") {
        std::fs::copy(&one, std::path::Path::new(&keep).join("progress-en.pdf")).expect("keep");
        let ar = std::path::Path::new(&keep).join("progress-ar.pdf");
        let data = db.load(id).expect("load");
        let since = dhma::report::progress::Since {
            from: 0,
            at: data.assessment.created_at.clone(),
            last_report: false,
        };
        let r = dhma::report::progress::render(
            fw,
            &data,
            &since,
            Some(true),
            dhma::i18n::Lang::Ar,
            "2028-06-01",
        )
        .expect("ar");
        std::fs::write(ar, r.pdf).expect("keep");
    }
    assert!(text.contains("What moved since sign-off"), "{text}");
    let words = action
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains(&words), "{words} in {text}");
    assert!(text.contains("Proposed → In progress"), "{text}");
    assert!(text.contains("still verifies"), "{text}");
    assert!(text.contains("Drafting."), "{text}");
    let logged = db.load(id).expect("load").change_log;
    assert_eq!(
        logged.last().map(|c| c.what.as_str()),
        Some("progress.reported")
    );
    assert_eq!(
        exchange::verify_check_code(&db.load(id).expect("load")).expect("verify"),
        Some(true)
    );

    // The next report counts from the first: nothing moved since.
    let two = dir.path().join("two.pdf");
    service::write_progress_report(&mut db, id, dhma::i18n::Lang::En, &two, ACTOR).expect("report");
    let text = pdf_text(&two);
    assert!(
        text.contains("What moved since the last progress report"),
        "{text}"
    );
    assert!(
        text.contains("No action changed status in this period."),
        "{text}"
    );

    // Two years after the assessment's date, short-term actions not done are overdue.
    let data = db.load(id).expect("load");
    let since = dhma::report::progress::Since {
        from: 0,
        at: data.assessment.created_at.clone(),
        last_report: false,
    };
    let later = dhma::report::progress::render(
        fw,
        &data,
        &since,
        Some(true),
        dhma::i18n::Lang::En,
        "2028-06-01",
    )
    .expect("render");
    let path = dir.path().join("later.pdf");
    std::fs::write(&path, &later.pdf).expect("write");
    let text = pdf_text(&path);
    let overdue = text
        .split("Overdue actions")
        .nth(1)
        .and_then(|t| t.split("Every action").next())
        .expect("the overdue section")
        .to_string();
    let short = data
        .roadmap
        .iter()
        .filter(|i| i.timeframe == dhma::framework::TimeFrame::Short)
        .count();
    assert!(short > 0);
    assert!(!overdue.contains("No action is overdue."), "{overdue}");
    assert!(overdue.contains("16/03/2027"), "the due date: {overdue}");
}

/// Issue 15 item 5: when the next round starts from a signed one, its open actions carry
/// over with their status and progress note, each with a `roadmap.carried` entry naming the
/// action it continues; done and dropped actions stay behind.
#[test]
fn open_actions_carry_into_the_next_round_with_status_and_note() {
    let (mut db, id) = finalised_sample();
    let items = db.load(id).expect("load").roadmap;
    let (a, b) = (items[0].uid.clone(), items[1].uid.clone());
    service::set_follow_up(
        &mut db,
        id,
        &a,
        "in-progress",
        "Half the posts created.",
        ACTOR,
    )
    .expect("a");
    service::set_follow_up(&mut db, id, &b, "done", "Adopted.", ACTOR).expect("b");
    let l = dhma::i18n::Localizer::new(dhma::i18n::Lang::En, false);
    let started = service::new_round(&mut db, id, Some("Review 2028".into()), None, ACTOR, &l)
        .expect("next round");
    let next = db.load(started.id).expect("next");
    assert_eq!(
        next.roadmap.len(),
        items.len() - 1,
        "the done action stays behind"
    );
    let carried: Vec<_> = next
        .change_log
        .iter()
        .filter(|c| c.what == "roadmap.carried")
        .collect();
    assert_eq!(carried.len(), next.roadmap.len());
    let from_a = carried
        .iter()
        .find(|c| c.old.as_deref() == Some(a.as_str()))
        .expect("a's history");
    let item = next
        .roadmap
        .iter()
        .find(|i| Some(i.uid.as_str()) == from_a.subject.as_deref())
        .expect("a carried");
    assert_eq!(item.status, RoadmapStatus::InProgress);
    assert_eq!(item.progress, "Half the posts created.");
    assert_eq!(from_a.new.as_deref(), Some("in-progress"));
    assert!(!carried.iter().any(|c| c.old.as_deref() == Some(b.as_str())));
}

#[test]
fn in_a_draft_a_follow_up_change_is_the_drafts_last_change() {
    // The same status change through the follow-up as through editing the action: the
    // draft's last change moves to now, and the item counts as edited by a person.
    let mut db = Db::open_in_memory().expect("db");
    let id = service::open_sample(&mut db).expect("sample");
    service::regenerate_roadmap(&mut db, id, ACTOR).expect("roadmap");
    db.conn()
        .execute(
            "UPDATE assessments SET updated_at = '2020-01-01T00:00:00Z' WHERE id = ?1",
            [id],
        )
        .expect("age the draft");
    let item = db.load(id).expect("load").roadmap.remove(0);
    db.set_follow_up(
        id,
        &item.uid,
        RoadmapStatus::Planned,
        "Budget line asked for.",
        ACTOR,
    )
    .expect("follow-up");
    let data = db.load(id).expect("load");
    assert!(
        data.assessment.updated_at.as_str() > "2020-01-01T00:00:00Z",
        "{}",
        data.assessment.updated_at
    );
    let after = data
        .roadmap
        .iter()
        .find(|i| i.uid == item.uid)
        .expect("item");
    assert_eq!(after.status, RoadmapStatus::Planned);
    assert!(after.edited);
}
