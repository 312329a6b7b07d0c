//! "Move to another computer" (issue 16): every assessment of one database in one file,
//! brought into another database all or nothing; a damaged file stores nothing.

use std::path::Path;
use std::process::{Command, Output};

use dhma::error::Error;
use dhma::exchange;
use dhma::i18n::Lang;
use dhma::model::Status;
use dhma::storage::Db;
use dhma::transfer;

fn l() -> dhma::i18n::Localizer {
    dhma::i18n::Localizer::new(Lang::En, false)
}

/// Every assessment of a database by uid, with its content's fingerprint and status.
fn contents(db: &Db) -> Vec<(String, String, Status, Option<String>)> {
    let mut out: Vec<_> = db
        .list()
        .unwrap()
        .into_iter()
        .map(|a| {
            let data = db.load(a.id).unwrap();
            (
                a.uid,
                exchange::fingerprint(&data).unwrap(),
                data.assessment.status,
                data.assessment.approval.fingerprint.clone(),
            )
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// A database holding the sample's two rounds, and a move file written from it.
fn source(dir: &Path) -> (Db, std::path::PathBuf) {
    let mut db = Db::open(&dir.join("old-laptop.sqlite3")).unwrap();
    dhma::service::add_sample(&mut db).unwrap();
    let file = dir.join(format!("all{}", transfer::EXTENSION));
    let done = transfer::export(&mut db, &file, &l()).unwrap();
    assert_eq!(done.count, 2);
    assert_eq!(
        done.summary,
        format!("Assessments written to {}: 2.", file.display())
    );
    (db, file)
}

#[test]
fn every_assessment_moves_to_another_database_and_a_finalised_one_keeps_its_check_code() {
    let dir = tempfile::tempdir().unwrap();
    let (old, file) = source(dir.path());
    let mut new = Db::open(&dir.path().join("new-laptop.sqlite3")).unwrap();

    let done = transfer::import(&mut new, &file, "test", &l()).unwrap();
    assert_eq!((done.added, done.merged, done.conflicts_waiting), (2, 0, 0));
    assert_eq!(
        done.summary,
        "Move file brought in. New assessments: 2. Merged with the copy already here: 0. No conflict."
    );
    assert_eq!(done.items.len(), 2);
    // Both rounds, each with the content it had, the finalised baseline's check code still
    // verifying.
    assert_eq!(contents(&new), contents(&old));
    let rounds: Vec<String> = new.list().unwrap().into_iter().map(|a| a.round).collect();
    assert!(rounds.contains(&"Baseline 2023".to_string()), "{rounds:?}");
    assert!(
        rounds.contains(&"Mid-term review 2026".to_string()),
        "{rounds:?}"
    );
    let baseline = new
        .list()
        .unwrap()
        .into_iter()
        .find(|a| a.status == Status::Finalised)
        .unwrap();
    let data = new.load(baseline.id).unwrap();
    assert!(data.assessment.approval.fingerprint.is_some());
    assert_eq!(exchange::verify_check_code(&data).unwrap(), Some(true));

    // The same file again: each assessment is here, merged, nothing changes or is doubled.
    let again = transfer::import(&mut new, &file, "test", &l()).unwrap();
    assert_eq!(
        (again.added, again.merged, again.conflicts_waiting),
        (0, 2, 0)
    );
    assert_eq!(contents(&new), contents(&old));
}

#[test]
fn a_draft_changed_on_both_computers_is_merged_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let (mut old, file) = source(dir.path());
    let mut new = Db::open(&dir.path().join("new-laptop.sqlite3")).unwrap();
    transfer::import(&mut new, &file, "test", &l()).unwrap();
    // The draft review, edited on the new computer after the move.
    let review = new
        .list()
        .unwrap()
        .into_iter()
        .find(|a| a.status == Status::Draft)
        .unwrap();
    let mut r = new.responses(review.id).unwrap().remove(0);
    r.rationale = "Edited on the new laptop".into();
    new.save_response(review.id, &r, "test").unwrap();
    // A second move file from the old computer, which did not change it: merged, the new
    // computer's edit kept.
    let file2 = dir.path().join("again.dhma-move.json");
    transfer::export(&mut old, &file2, &l()).unwrap();
    let done = transfer::import(&mut new, &file2, "test", &l()).unwrap();
    assert_eq!((done.added, done.merged), (0, 2));
    let kept = new.responses(review.id).unwrap();
    assert!(
        kept.iter()
            .any(|x| x.indicator == r.indicator && x.rationale == "Edited on the new laptop"),
        "the edit made here is kept"
    );
}

#[test]
fn one_refused_assessment_stores_none_of_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let (_, file) = source(dir.path());
    // The new computer holds a finalised baseline that differs from the file's (same uid):
    // merging a finalised assessment that differs is refused, after the review (earlier in
    // the file) was already written in the transaction.
    let mut new = Db::open(&dir.path().join("new-laptop.sqlite3")).unwrap();
    let mut baseline = exchange::sample_rounds().unwrap().remove(0);
    assert_eq!(baseline.assessment.status, Status::Finalised);
    baseline.responses[0].rationale = "A different baseline".into();
    new.insert_data(&baseline).unwrap();
    let before = contents(&new);

    let err = transfer::import(&mut new, &file, "test", &l()).unwrap_err();
    assert!(matches!(err, Error::MergeIntoFinalised { .. }), "{err:?}");
    assert_eq!(contents(&new), before, "nothing of the file is stored");
    assert_eq!(new.list().unwrap().len(), 1);
}

#[test]
fn a_damaged_move_file_is_refused_with_a_clear_error_and_nothing_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let (_, file) = source(dir.path());
    let text = std::fs::read_to_string(&file).unwrap();
    let mut new = Db::open(&dir.path().join("new-laptop.sqlite3")).unwrap();
    dhma::service::add_sample(&mut new).unwrap();
    let before = contents(&new);
    let l = l();

    // Cut in the middle (a copy that stopped).
    let cut = dir.path().join("cut.dhma-move.json");
    std::fs::write(&cut, &text.as_bytes()[..text.len() / 2]).unwrap();
    let e = transfer::import(&mut new, &cut, "test", &l).unwrap_err();
    assert!(matches!(e, Error::MalformedJson { .. }), "{e:?}");
    assert!(
        e.localize(&l).contains("cannot be read at line"),
        "{}",
        e.localize(&l)
    );

    // One answer of the second assessment changed by hand: its checksum names it.
    let second = text.rfind("Baseline 2023").unwrap();
    let mut altered = text.clone();
    altered.replace_range(second..second + "Baseline 2023".len(), "Baseline 2024");
    let bad = dir.path().join("altered.dhma-move.json");
    std::fs::write(&bad, &altered).unwrap();
    let e = transfer::import(&mut new, &bad, "test", &l).unwrap_err();
    assert!(matches!(e, Error::ChecksumMismatch { .. }), "{e:?}");
    let said = e.localize(&l);
    assert!(
        said.contains(&format!("{} [2]", bad.display())) && said.contains("checksum"),
        "{said}"
    );

    // Not a move file at all.
    let other = dir.path().join("other.json");
    std::fs::write(&other, r#"{"format":"something-else","assessments":[]}"#).unwrap();
    let e = transfer::import(&mut new, &other, "test", &l).unwrap_err();
    assert!(matches!(e, Error::NotAssessmentFile { .. }), "{e:?}");
    // A newer move file.
    let newer = text.replacen("\"format_version\": 1", "\"format_version\": 9", 1);
    assert_ne!(newer, text);
    std::fs::write(&other, newer).unwrap();
    let e = transfer::import(&mut new, &other, "test", &l).unwrap_err();
    assert!(matches!(e, Error::FormatTooNew { found: 9, .. }), "{e:?}");

    assert_eq!(contents(&new), before);
}

#[test]
fn one_assessment_file_is_a_move_file_of_one() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(format!("one{}", exchange::EXTENSION));
    let one = exchange::sample().unwrap();
    std::fs::write(&file, exchange::to_string(&one).unwrap()).unwrap();
    let mut db = Db::open(&dir.path().join("db.sqlite3")).unwrap();
    let done = transfer::import(&mut db, &file, "test", &l()).unwrap();
    assert_eq!((done.added, done.merged), (1, 0));
    assert_eq!(db.list().unwrap()[0].uid, one.assessment.uid);
}

fn dhma(args: &[&str], db: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dhma"))
        .args(args)
        .arg("--db")
        .arg(db)
        .env_remove("DHMA_LANG")
        .env("LANG", "C")
        .output()
        .expect("run dhma")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn dhma_move_export_and_import_between_two_databases() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.sqlite3");
    let new = dir.path().join("new.sqlite3");
    assert!(dhma(&["demo"], &old).status.success());
    let file = dir.path().join("all.dhma-move.json");
    let file_arg = file.display().to_string();
    let out = dhma(&["move", "export", "-o", &file_arg], &old);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        format!("Assessments written to {file_arg}: 2.\n")
    );

    // A damaged file: exit 2, a clear sentence, and the new database is not even created.
    let bad = dir.path().join("bad.dhma-move.json");
    let whole = std::fs::read(&file).unwrap();
    std::fs::write(&bad, &whole[..whole.len() - 10]).unwrap();
    let out = dhma(&["move", "import", &bad.display().to_string()], &new);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("Nothing was imported."),
        "{}",
        text(&out.stderr)
    );
    assert!(!new.exists());

    let out = dhma(&["move", "import", &file_arg], &new);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.contains("Republic of Lusara – Baseline 2023: imported as a new assessment."),
        "{said}"
    );
    assert!(
        said.ends_with("New assessments: 2. Merged with the copy already here: 0. No conflict.\n"),
        "{said}"
    );
    let list = text(&dhma(&["list"], &new).stdout);
    for round in ["Baseline 2023", "Mid-term review 2026"] {
        assert!(list.contains(round), "{list}");
    }
}
