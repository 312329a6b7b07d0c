#![allow(clippy::unwrap_used)]

use super::*;
use crate::exchange;

fn sample_db(dir: &Path) -> (Db, PathBuf, i64) {
    let path = dir.join("dhma.sqlite3");
    let mut db = Db::open(&path).unwrap();
    let id = db.insert_data(&exchange::sample().unwrap()).unwrap();
    (db, path, id)
}

fn file_bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[test]
fn names_parse_and_sort_in_creation_order() {
    assert_eq!(
        parse_name("2026-12-01T14-03-15Z-002-hourly.sqlite3"),
        Some(("2026-12-01T14:03:15Z".into(), Reason::Hourly))
    );
    assert_eq!(
        parse_name("2026-12-01T14-03-15Z-001-before-restore.sqlite3").map(|n| n.1),
        Some(Reason::BeforeRestore)
    );
    for bad in [
        "2026-12-01T14-03-15Z-hourly.sqlite3",
        "2026-12-01T14-03-15Z-001-weekly.sqlite3",
        "../2026-12-01T14-03-15Z-001-hourly.sqlite3",
        "notes.txt",
        "2026-12-01T14-03-15Z-001-hourly.sqlite3.partial",
    ] {
        assert_eq!(parse_name(bad), None, "{bad}");
    }
}

#[test]
fn a_backup_is_a_whole_copy_and_rotation_keeps_ten_plus_finalised() {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, path, id) = sample_db(dir.path());
    let finalised = create(&db, Reason::Finalised).unwrap().unwrap();
    for _ in 0..12 {
        create(&db, Reason::Hourly).unwrap();
    }
    let all = list(&path).unwrap();
    assert_eq!(
        all.len(),
        KEEP + 1,
        "ten rotating backups and the finalised one"
    );
    assert!(all.iter().any(|b| b.name == finalised.name));
    assert!(all.iter().all(|b| b.assessments == Some(1)));
    // Newest first, and the names are distinct even within one second.
    let mut names: Vec<&str> = all.iter().map(|b| b.name.as_str()).collect();
    let listed = names.clone();
    names.sort_unstable_by(|a, b| b.cmp(a));
    assert_eq!(names, listed);

    // Each backup opens as a DHMA database with the same assessment.
    let copy = Db::open(&dir_for(&path).join(&all[0].name)).unwrap();
    assert_eq!(copy.load(id).unwrap(), db.load(id).unwrap());
    drop(copy);
    // No partial file is left behind.
    let leftovers = std::fs::read_dir(dir_for(&path))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".partial"))
        .count();
    assert_eq!(leftovers, 0);
    db.delete_assessment(id).unwrap();
}

#[test]
fn hourly_backups_wait_an_hour() {
    let dir = tempfile::tempdir().unwrap();
    let (db, path, _) = sample_db(dir.path());
    assert!(hourly(&db).unwrap().is_some(), "no backup yet: one is due");
    assert!(hourly(&db).unwrap().is_none(), "the last one is fresh");
    // A backup from more than an hour ago makes the next one due.
    let backups = dir_for(&path);
    for b in list(&path).unwrap() {
        std::fs::remove_file(backups.join(&b.name)).unwrap();
    }
    let old = Name {
        time: now() - Duration::seconds(HOURLY + 5),
        seq: 1,
        reason: Reason::Hourly,
    }
    .file_name()
    .unwrap();
    std::fs::write(backups.join(old), b"").unwrap();
    assert!(hourly(&db).unwrap().is_some());
}

#[test]
fn restore_backs_up_the_current_state_first() {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, path, id) = sample_db(dir.path());
    let before_delete = create(&db, Reason::Hourly).unwrap().unwrap();
    let kept = db.load(id).unwrap();
    db.delete_assessment(id).unwrap();
    assert!(db.list().unwrap().is_empty());

    let safety = restore(&mut db, &before_delete.name).unwrap();
    assert_eq!(safety.reason, Reason::BeforeRestore);
    assert_eq!(
        safety.assessments,
        Some(0),
        "the state before restoring is kept"
    );
    let back = db.list().unwrap();
    assert_eq!(back.len(), 1);
    assert_eq!(db.load(back[0].id).unwrap(), kept);
    // The restored database still takes answers.
    let mut r = kept.responses[0].clone();
    r.rationale = "after restore".into();
    db.save_response(back[0].id, &r, "test").unwrap();
    drop(db);
    let reopened = Db::open(&path).unwrap();
    assert_eq!(
        reopened.load(back[0].id).unwrap().responses[0].rationale,
        "after restore"
    );
}

#[test]
fn restore_refuses_names_outside_the_backup_folder_and_damaged_backups() {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, path, _) = sample_db(dir.path());
    for name in [
        "../dhma.sqlite3",
        "/etc/passwd",
        "2026-12-01T14-03-15Z-001-hourly.sqlite3",
    ] {
        assert_eq!(
            restore(&mut db, name).unwrap_err().code(),
            "backup-not-found"
        );
    }
    let b = create(&db, Reason::Hourly).unwrap().unwrap();
    let file = dir_for(&path).join(&b.name);
    let mut bytes = file_bytes(&file);
    let half = bytes.len() / 2;
    bytes[half..].fill(0x55);
    std::fs::write(&file, &bytes).unwrap();
    let err = restore(&mut db, &b.name).unwrap_err();
    assert!(
        ["database-damaged", "not-dhma-database"].contains(&err.code()),
        "{err}"
    );
    assert_eq!(
        db.list().unwrap().len(),
        1,
        "the current database is untouched"
    );
}

#[test]
fn an_upgrade_is_preceded_by_a_backup_of_the_old_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite3");
    {
        let mut conn = Connection::open(&path).unwrap();
        let tx = conn.transaction().unwrap();
        schema::create_version(&tx, 1).unwrap();
        tx.commit().unwrap();
    }
    let db = Db::open(&path).unwrap();
    assert_eq!(db.schema_version().unwrap(), schema::LATEST_VERSION);
    let backups = list(&path).unwrap();
    assert_eq!(backups.len(), 1);
    assert_eq!(backups[0].reason, Reason::Upgrade);
    let old = Connection::open(dir_for(&path).join(&backups[0].name)).unwrap();
    let version: u32 = old
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, 1, "the backup holds the schema before the upgrade");
    drop(db);
    assert_eq!(
        list(&path).unwrap().len(),
        1,
        "opening an up-to-date database makes no backup"
    );
    let _again = Db::open(&path).unwrap();
    assert_eq!(list(&path).unwrap().len(), 1);
}

/// A damaged, foreign or newer database is refused unchanged, and can be replaced by a
/// backup or set aside for a new file.
#[test]
fn unusable_databases_are_never_modified_and_can_be_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let (db, path, id) = sample_db(dir.path());
    let good = create(&db, Reason::Hourly).unwrap().unwrap();
    let expected = db.load(id).unwrap();
    drop(db);

    // Damage: overwrite pages in the middle of the file.
    let mut bytes = file_bytes(&path);
    assert!(bytes.len() > 3 * 4096);
    for b in &mut bytes[4096 + 100..2 * 4096 + 3000] {
        *b = 0xA5;
    }
    std::fs::write(&path, &bytes).unwrap();
    let err = Db::open(&path).unwrap_err();
    assert!(
        ["database-damaged", "not-dhma-database"].contains(&err.code()),
        "{err}"
    );
    assert_eq!(file_bytes(&path), bytes, "a damaged file is left as it was");

    // Restore a backup in its place: the damaged file is set aside, unchanged.
    let lock = DbLock::acquire(&path).unwrap();
    let aside = restore_closed(&lock, &good.name).unwrap().unwrap();
    assert_eq!(file_bytes(&dir_for(&path).join(&aside)), bytes);
    let db = Db::open_locked(&lock).unwrap();
    assert_eq!(db.load(id).unwrap(), expected);
    drop((db, lock));

    // A database from a newer DHMA: refused, unchanged; "start a new file" sets it aside.
    let newer = dir.path().join("newer.sqlite3");
    {
        let conn = Connection::open(&newer).unwrap();
        conn.pragma_update(None, "application_id", schema::APPLICATION_ID)
            .unwrap();
        conn.pragma_update(None, "user_version", schema::LATEST_VERSION + 1)
            .unwrap();
        conn.execute_batch("CREATE TABLE future (x)").unwrap();
    }
    let before = file_bytes(&newer);
    assert_eq!(Db::open(&newer).unwrap_err().code(), "database-too-new");
    assert_eq!(file_bytes(&newer), before);
    let lock = DbLock::acquire(&newer).unwrap();
    let aside = set_aside(&lock).unwrap().unwrap();
    assert_eq!(file_bytes(&dir_for(&newer).join(&aside)), before);
    assert!(Db::open_locked(&lock).unwrap().list().unwrap().is_empty());
    drop(lock);
    // Set-aside files are listed and never rotated away.
    let listed = list(&newer).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].reason, Reason::SetAside);
    assert!(listed[0].reason.is_kept());

    // Another program's database: refused, unchanged.
    let foreign = dir.path().join("foreign.sqlite3");
    {
        let conn = Connection::open(&foreign).unwrap();
        conn.execute_batch(
            "CREATE TABLE customers (name TEXT); INSERT INTO customers VALUES ('x');",
        )
        .unwrap();
    }
    let before = file_bytes(&foreign);
    assert_eq!(Db::open(&foreign).unwrap_err().code(), "not-dhma-database");
    assert_eq!(file_bytes(&foreign), before);
    // Not SQLite at all.
    let text = dir.path().join("notes.sqlite3");
    std::fs::write(&text, "minutes of the workshop\n".repeat(300)).unwrap();
    let before = file_bytes(&text);
    assert_eq!(Db::open(&text).unwrap_err().code(), "not-dhma-database");
    assert_eq!(file_bytes(&text), before);
}

/// A full disk and a read-only file are named as such, and the failed change leaves the
/// database as it was.
#[test]
fn full_and_read_only_disks_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, path, id) = sample_db(dir.path());
    let before = db.load(id).unwrap();
    // Cap the file at its current size: the next growth fails as on a full disk.
    let pages: i64 = db
        .conn()
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    db.conn()
        .execute_batch(&format!("PRAGMA max_page_count = {pages}"))
        .unwrap();
    let mut r = before.responses[0].clone();
    r.rationale = "x".repeat(400_000);
    let err = db.save_response(id, &r, "test").unwrap_err();
    assert_eq!(err.code(), "disk-full", "{err}");
    assert!(err
        .args()
        .iter()
        .any(|(k, v)| *k == "path" && v.ends_with("dhma.sqlite3")));
    assert_eq!(db.load(id).unwrap(), before, "nothing half-written");
    drop(db);

    let ro = Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let e = ro
        .execute("UPDATE assessments SET country = 'x'", [])
        .unwrap_err();
    assert_eq!(Error::sqlite("dhma.sqlite3", &e).code(), "read-only");
}

#[test]
fn finalising_needs_rationales_then_locks_fingerprints_and_keeps_a_backup() {
    use crate::service::{self, SignOff};
    let dir = tempfile::tempdir().unwrap();
    let (mut db, path, id) = sample_db(dir.path());
    let sign_off = SignOff {
        approver_name: "Dr A. Mensah".into(),
        approver_role: "Permanent Secretary".into(),
        government_approved: true,
    };
    // A scored indicator without a rationale: not ready, nothing changes.
    let mut r = db.load(id).unwrap().responses[0].clone();
    r.rationale = "  ".into();
    db.save_response(id, &r, "test").unwrap();
    let err = service::finalise(&mut db, id, &sign_off, "test").unwrap_err();
    assert_eq!(err.code(), "not-ready-to-finalise");
    assert!(err
        .args()
        .iter()
        .any(|(k, v)| *k == "codes" && v == &r.indicator));
    let no_name = SignOff {
        approver_name: " ".into(),
        ..sign_off.clone()
    };
    assert_eq!(
        service::finalise(&mut db, id, &no_name, "test")
            .unwrap_err()
            .code(),
        "required"
    );
    assert_eq!(
        db.assessment(id).unwrap().status,
        crate::model::Status::Draft
    );

    r.rationale = "Agreed in plenary.".into();
    db.save_response(id, &r, "test").unwrap();
    let expected_fingerprint = crate::exchange::fingerprint(&db.load(id).unwrap()).unwrap();
    let kept = service::finalise(&mut db, id, &sign_off, "test")
        .unwrap()
        .unwrap();
    assert_eq!(kept.reason, Reason::Finalised);
    let a = db.assessment(id).unwrap();
    assert_eq!(a.status, crate::model::Status::Finalised);
    assert_eq!(a.approval.approver_name.as_deref(), Some("Dr A. Mensah"));
    assert!(a.approval.government_approved);
    assert_eq!(
        a.approval.fingerprint.as_deref(),
        Some(expected_fingerprint.as_str())
    );
    // Locked: no answer can change any more.
    assert_eq!(
        db.save_response(id, &r, "test").unwrap_err().code(),
        "assessment-locked"
    );
    // The finalisation backup survives any number of rotations.
    for _ in 0..KEEP + 3 {
        create(&db, Reason::Hourly).unwrap();
    }
    assert!(list(&path).unwrap().iter().any(|b| b.name == kept.name));
}

#[test]
fn the_fingerprint_is_the_checksum_an_exported_file_carries() {
    let data = exchange::sample().unwrap();
    let file: serde_json::Value =
        serde_json::from_str(&exchange::to_string(&data).unwrap()).unwrap();
    assert_eq!(
        file["sha256"].as_str(),
        Some(exchange::fingerprint(&data).unwrap().as_str())
    );
}

/// Names DHMA did not write are ignored, never a panic: multibyte characters anywhere in
/// the timestamp, impossible times, wrong shapes.
#[test]
fn stray_names_in_the_backup_folder_are_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let (db, path, _) = sample_db(dir.path());
    let real = create(&db, Reason::Finalised).unwrap().unwrap();
    let folder = dir_for(&path);
    let good = "2026-12-01T14-03-15Z";
    let mut names = vec![
        "2026-12-01T14-0é00Z-001-hourly.sqlite3".to_string(),
        "2026-13-01T14-03-15Z-001-hourly.sqlite3".to_string(),
        "2026-12-01T25-03-15Z-001-hourly.sqlite3".to_string(),
        "2026-02-30T14-03-15Z-001-hourly.sqlite3".to_string(),
        "2026-12-01T14-03-15Z-1-hourly.sqlite3".to_string(),
        "é.sqlite3".to_string(),
    ];
    for (i, _) in good.char_indices() {
        let mut s = good.to_string();
        s.replace_range(i..i + 1, "é");
        names.push(format!("{s}-001-hourly.sqlite3"));
        let mut s = good.to_string();
        s.insert(i, '字');
        names.push(format!("{s}-001-hourly.sqlite3"));
    }
    for name in &names {
        assert_eq!(parse_name(name), None, "{name}");
        std::fs::write(folder.join(name), b"not a backup").unwrap();
    }
    let listed = list(&path).unwrap();
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!(listed[0].name, real.name);
    // The hourly check after an autosave still works.
    hourly(&db).unwrap();
}

/// A stray file named in the future does not hold off the hourly backups until then.
#[test]
fn a_future_name_does_not_hold_off_hourly_backups() {
    let dir = tempfile::tempdir().unwrap();
    let (db, path, _) = sample_db(dir.path());
    let folder = dir_for(&path);
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("2099-01-01T00-00-00Z-001-hourly.sqlite3"), b"x").unwrap();
    assert!(hourly(&db).unwrap().is_some(), "due: no backup in the past");
    assert!(hourly(&db).unwrap().is_none(), "the one just made counts");
}
