use super::*;
use crate::framework::{CostClass, FrameworkRef, TimeFrame};
use crate::scoring::Current;

fn new_assessment() -> NewAssessment {
    NewAssessment {
        country: "Testland".into(),
        round: "Mid-term review 2026".into(),
        date: "2026-11-23".into(),
        facilitator: "F. Acilitator".into(),
        framework: FrameworkRef {
            id: "who-itu-gdhm".into(),
            version: "1.0.0".into(),
        },
        language: "fr".into(),
    }
}

fn answer(code: &str, phase: u8) -> Response {
    Response {
        indicator: code.into(),
        current: Some(Current::Phase(phase)),
        target: Some(phase.saturating_add(1).min(5)),
        target_year: Some(2028),
        rationale: format!("rationale {code}"),
        confidence: Some(Confidence::High),
        ..Response::default()
    }
}

/// The schema as SQLite reports it, with whitespace removed so that the text written by
/// `ALTER TABLE` and by `CREATE TABLE` compare equal when they mean the same.
fn schema_of(conn: &Connection) -> Vec<(String, String, String)> {
    let mut stmt = conn
        .prepare(
            "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name",
        )
        .expect("prepare");
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get::<_, String>(2)?)))
        .expect("query");
    rows.map(|r| {
        let (t, n, sql) = r.expect("row");
        (t, n, sql.split_whitespace().collect::<String>())
    })
    .collect()
}

fn columns_of(conn: &Connection, table: &str) -> Vec<(String, String, bool, Option<String>)> {
    let mut stmt = conn
        .prepare(&format!("PRAGMA table_xinfo({table})"))
        .expect("prepare");
    stmt.query_map([], |r| Ok((r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
        .expect("query")
        .map(|r| r.expect("row"))
        .collect()
}

#[test]
fn upgraded_database_equals_a_fresh_one_and_keeps_its_data() {
    let dir = tempfile::tempdir().expect("tempdir");
    let old_path = dir.path().join("v1.sqlite3");
    {
        let mut conn = Connection::open(&old_path).expect("open");
        let tx = conn.transaction().expect("tx");
        schema::create_version(&tx, 1).expect("v1");
        tx.execute(
            "INSERT INTO assessments (uid, country, round, assessment_date, facilitator,
              framework_id, framework_version, language, status, created_at, updated_at)
             VALUES ('u1', 'Oldland', 'R1', '2025-01-01', 'F', 'who-itu-gdhm', '1.0.0', 'en',
                     'draft', 't', 't')",
            [],
        )
        .expect("insert");
        tx.execute(
            "INSERT INTO responses (assessment_id, indicator_code, current_phase, updated_at)
             VALUES (1, '1', 3, 't')",
            [],
        )
        .expect("insert response");
        tx.commit().expect("commit");
    }
    let upgraded = Db::open(&old_path).expect("upgrade v1");
    assert_eq!(
        upgraded.schema_version().expect("version"),
        schema::LATEST_VERSION
    );
    let fresh = Db::open(&dir.path().join("fresh.sqlite3")).expect("fresh");
    assert_eq!(
        schema_of(upgraded.conn()),
        schema_of(fresh.conn()),
        "every upgrade step must lead to exactly the schema a new database gets"
    );
    for table in [
        "assessments",
        "participants",
        "responses",
        "evidence",
        "roadmap_items",
        "change_log",
    ] {
        assert_eq!(
            columns_of(upgraded.conn(), table),
            columns_of(fresh.conn(), table),
            "{table}"
        );
    }
    let a = upgraded.assessment(1).expect("old row survives");
    assert_eq!(a.country, "Oldland");
    assert!(
        !a.approval.government_approved,
        "new column gets its default"
    );
    assert_eq!(
        upgraded.responses(1).expect("responses")[0].current,
        Some(Current::Phase(3))
    );
}

#[test]
fn pragmas_are_wal_full_sync_and_foreign_keys() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = Db::open(&dir.path().join("p.sqlite3")).expect("open");
    let mode: String = db
        .conn()
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .expect("mode");
    let sync: i64 = db
        .conn()
        .pragma_query_value(None, "synchronous", |r| r.get(0))
        .expect("sync");
    let fk: i64 = db
        .conn()
        .pragma_query_value(None, "foreign_keys", |r| r.get(0))
        .expect("fk");
    assert_eq!(mode, "wal");
    assert_eq!(sync, 2, "synchronous=FULL is 2");
    assert_eq!(fk, 1);
}

#[test]
fn a_failing_change_leaves_nothing_behind() {
    let mut db = Db::open_in_memory().expect("db");
    let a = db
        .create_assessment(&new_assessment(), "t")
        .expect("create");
    let before = db.load(a.id).expect("load");
    let result: Result<()> = db.write(|tx| {
        tx.execute(
            "INSERT INTO responses (assessment_id, indicator_code, current_phase, updated_at)
             VALUES (?1, '1', 2, 'now')",
            [a.id],
        )?;
        // Second statement violates the CHECK constraint: the whole transaction rolls back.
        tx.execute(
            "INSERT INTO responses (assessment_id, indicator_code, current_phase, updated_at)
             VALUES (?1, '2', 9, 'now')",
            [a.id],
        )?;
        Ok(())
    });
    assert!(result.is_err(), "phase 9 must violate the CHECK constraint");
    assert_eq!(
        db.load(a.id).expect("load"),
        before,
        "the first insert was rolled back"
    );
}

#[test]
fn an_assessment_and_its_participants_are_written_together_or_not_at_all() {
    let mut db = Db::open_in_memory().expect("db");
    let team = [
        Participant {
            name: "A. Person".into(),
            organisation: "Ministry of Health".into(),
            role: "chair".into(),
        },
        Participant {
            name: "B. Person".into(),
            organisation: String::new(),
            role: String::new(),
        },
    ];
    let a = db
        .create_assessment_with(&new_assessment(), &team, "t")
        .expect("create");
    assert_eq!(db.load(a.id).expect("load").participants, team);
    let logged: Vec<String> = db
        .conn()
        .prepare("SELECT what FROM change_log WHERE assessment_id = ?1 ORDER BY id")
        .expect("prepare")
        .query_map([a.id], |r| r.get(0))
        .expect("query")
        .collect::<std::result::Result<_, _>>()
        .expect("rows");
    assert_eq!(logged, ["assessment.created", "participants"]);
    // The second participant row is refused: the assessment inserted before it goes too.
    db.conn()
        .execute_batch(
            "CREATE TEMP TRIGGER refuse_b BEFORE INSERT ON main.participants
             WHEN NEW.name = 'B. Person' BEGIN SELECT RAISE(ABORT, 'refused'); END;",
        )
        .expect("trigger");
    db.create_assessment_with(&new_assessment(), &team, "t")
        .expect_err("refused");
    assert_eq!(db.list().expect("list").len(), 1, "only the first one");
    let participants: i64 = db
        .conn()
        .query_row("SELECT count(*) FROM participants", [], |r| r.get(0))
        .expect("count");
    assert_eq!(participants, 2, "the first one's two");
}

#[test]
fn saving_an_answer_logs_each_changed_field() {
    let mut db = Db::open_in_memory().expect("db");
    let a = db
        .create_assessment(&new_assessment(), "alice")
        .expect("create");
    db.save_response(a.id, &answer("1", 2), "alice")
        .expect("save");
    let mut changed = answer("1", 2);
    changed.current = Some(Current::NotApplicable);
    db.save_response(a.id, &changed, "bob").expect("save again");
    db.save_response(a.id, &changed, "bob").expect("same again");
    let data = db.load(a.id).expect("load");
    assert_eq!(data.responses, vec![changed]);
    let log: Vec<(&str, Option<&str>, Option<&str>, &str)> = data
        .change_log
        .iter()
        .map(|c| {
            (
                c.what.as_str(),
                c.old.as_deref(),
                c.new.as_deref(),
                c.actor.as_str(),
            )
        })
        .collect();
    assert_eq!(log[0].0, "assessment.created");
    assert!(log.contains(&("response.current", None, Some("2"), "alice")));
    assert!(log.contains(&("response.current", Some("2"), Some("NA"), "bob")));
    assert_eq!(
        log.iter().filter(|l| l.0 == "response.current").count(),
        2,
        "saving the same answer again logs nothing"
    );
}

#[test]
fn change_log_is_append_only() {
    let mut db = Db::open_in_memory().expect("db");
    let a = db
        .create_assessment(&new_assessment(), "alice")
        .expect("create");
    let update = db
        .conn()
        .execute("UPDATE change_log SET actor = 'mallory'", []);
    assert!(update.is_err(), "updating the log must be refused");
    let delete = db.conn().execute("DELETE FROM change_log", []);
    assert!(
        delete.is_err(),
        "deleting log entries of a live assessment must be refused"
    );
    db.delete_assessment(a.id)
        .expect("deleting the whole assessment is allowed");
    let left: i64 = db
        .conn()
        .query_row("SELECT count(*) FROM change_log", [], |r| r.get(0))
        .expect("count");
    assert_eq!(left, 0, "its log went with it");
}

#[test]
fn finalised_assessments_are_locked() {
    let mut db = Db::open_in_memory().expect("db");
    let a = db
        .create_assessment(&new_assessment(), "t")
        .expect("create");
    db.conn()
        .execute(
            "UPDATE assessments SET status = 'finalised' WHERE id = ?1",
            [a.id],
        )
        .expect("finalise");
    let err = db
        .save_response(a.id, &answer("1", 3), "t")
        .expect_err("locked");
    assert_eq!(err.code(), "assessment-locked");
}

#[test]
fn bad_new_assessments_are_refused_with_the_field() {
    let mut db = Db::open_in_memory().expect("db");
    let mut n = new_assessment();
    n.date = "2026-02-30".into();
    let e = db.create_assessment(&n, "t").expect_err("bad date");
    assert_eq!(e.args()[0], ("field", "date".to_string()));
    let mut n = new_assessment();
    n.country = "  ".into();
    assert_eq!(
        db.create_assessment(&n, "t")
            .expect_err("no country")
            .code(),
        "invalid-value"
    );
    let mut n = new_assessment();
    n.framework.version = "9.9.9".into();
    assert_eq!(
        db.create_assessment(&n, "t").expect_err("framework").code(),
        "unknown-framework"
    );
    assert!(db.list().expect("list").is_empty(), "nothing was created");
}

#[test]
fn foreign_newer_and_damaged_files_are_never_modified() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Not a database at all.
    let text = dir.path().join("notes.sqlite3");
    std::fs::write(&text, b"these are meeting notes, not a database").expect("write");
    assert_eq!(
        Db::open(&text).expect_err("text file").code(),
        "not-dhma-database"
    );
    assert_eq!(
        std::fs::read(&text).expect("read"),
        b"these are meeting notes, not a database"
    );
    // Another application's SQLite database.
    let other = dir.path().join("other.sqlite3");
    Connection::open(&other)
        .expect("open")
        .execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
        .expect("other db");
    let before = std::fs::read(&other).expect("read");
    assert_eq!(
        Db::open(&other).expect_err("foreign").code(),
        "not-dhma-database"
    );
    assert_eq!(std::fs::read(&other).expect("read"), before);
    // A DHMA database from a newer version.
    let newer = dir.path().join("newer.sqlite3");
    drop(Db::open(&newer).expect("create"));
    Connection::open(&newer)
        .expect("open")
        .pragma_update(None, "user_version", schema::LATEST_VERSION + 1)
        .expect("bump");
    let before = std::fs::read(&newer).expect("read");
    match Db::open(&newer) {
        Err(Error::DatabaseTooNew {
            found, supported, ..
        }) => {
            assert_eq!(
                (found, supported),
                (schema::LATEST_VERSION + 1, schema::LATEST_VERSION)
            );
        }
        other => panic!("expected DatabaseTooNew, got {other:?}"),
    }
    assert_eq!(std::fs::read(&newer).expect("read"), before);
}

#[test]
fn development_builds_use_their_own_database_folder() {
    if std::env::var_os(DB_ENV).is_some() {
        return; // the override wins; nothing to check about the default
    }
    let path = default_db_path();
    assert!(
        path.to_string_lossy().to_lowercase().contains("dhma-dev"),
        "a debug build must never default to the user's real file: {}",
        path.display()
    );
}

#[test]
fn every_older_version_upgrades_to_the_fresh_schema() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fresh = Db::open(&dir.path().join("fresh.sqlite3")).expect("fresh");
    for version in 1..schema::LATEST_VERSION {
        let path = dir.path().join(format!("v{version}.sqlite3"));
        {
            let mut conn = Connection::open(&path).expect("open");
            let tx = conn.transaction().expect("tx");
            schema::create_version(&tx, version).expect("old schema");
            tx.commit().expect("commit");
        }
        let upgraded = Db::open(&path).expect("upgrade");
        assert_eq!(
            schema_of(upgraded.conn()),
            schema_of(fresh.conn()),
            "from version {version}"
        );
    }
}

#[test]
fn settings_persist() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("s.sqlite3");
    {
        let mut db = Db::open(&path).expect("open");
        assert_eq!(db.setting("language").expect("read"), None);
        db.set_setting("language", "ar").expect("write");
    }
    let db = Db::open(&path).expect("reopen");
    assert_eq!(db.setting("language").expect("read").as_deref(), Some("ar"));
}

#[test]
fn roadmap_regeneration_is_stored_and_keeps_edits() {
    let mut db = Db::open_in_memory().expect("db");
    let a = db
        .create_assessment(&new_assessment(), "t")
        .expect("create");
    let fw = crate::framework::find("who-itu-gdhm", "1.0.0").expect("fw");
    db.save_response(a.id, &answer("1", 2), "t").expect("save"); // target 3
    let mut n = 0;
    let mut uid = |_: &crate::model::RoadmapItem| {
        n += 1;
        format!("r{n}")
    };
    let items = crate::roadmap::merge(
        &[],
        crate::roadmap::propose(fw, &db.responses(a.id).expect("r")),
        &mut uid,
    );
    db.replace_roadmap(a.id, &items, "roadmap.regenerated", "t")
        .expect("store");
    let mut edited = db.load(a.id).expect("load").roadmap[0].clone();
    edited.text = Some("Our own wording".into());
    edited.priority = 1;
    db.update_roadmap_item(a.id, &edited, "bob").expect("edit");
    let stored = db.load(a.id).expect("load");
    let first = &stored.roadmap[0];
    assert!(first.edited, "a person's change marks the item edited");
    assert_eq!(first.text.as_deref(), Some("Our own wording"));
    assert!(stored.change_log.iter().any(|c| c.what == "roadmap.text"
        && c.actor == "bob"
        && c.subject.as_deref() == Some(first.uid.as_str())));
    // Regenerate from storage: the edit survives.
    let again = crate::roadmap::merge(
        &stored.roadmap,
        crate::roadmap::propose(fw, &stored.responses),
        &mut uid,
    );
    db.replace_roadmap(a.id, &again, "roadmap.regenerated", "t")
        .expect("store again");
    let after = db.load(a.id).expect("load").roadmap;
    assert_eq!(after[0], *first);
    assert_eq!(after.len(), items.len());
}

#[test]
fn only_one_program_edits_a_database_at_a_time() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("one.sqlite3");
    let first = Db::open(&path).expect("first");
    let second = Db::open(&path).expect_err("second must be refused");
    assert_eq!(second.code(), "database-in-use");
    drop(first);
    Db::open(&path).expect("free again once the first is closed");
}

#[test]
fn a_file_reusing_another_assessments_roadmap_identifiers_is_refused_clearly() {
    let mut db = Db::open_in_memory().expect("db");
    let mut data = crate::exchange::sample().expect("sample");
    let fw = crate::framework::find(
        &data.assessment.framework.id,
        &data.assessment.framework.version,
    )
    .expect("framework");
    let mut n = 0;
    data.roadmap = crate::roadmap::merge(&[], crate::roadmap::propose(fw, &data.responses), |_| {
        n += 1;
        format!("item-{n}")
    });
    assert!(!data.roadmap.is_empty());
    db.insert_data(&data).expect("first");
    let mut copy = data.clone();
    copy.assessment.uid = "another-assessment".into();
    let err = db.insert_data(&copy).expect_err("refused");
    assert_eq!(err.code(), "invalid-value");
    assert!(err.args().contains(&("field", "roadmap.uid".to_string())));
    assert_eq!(db.list().expect("list").len(), 1, "nothing half-imported");
}

#[test]
fn evidence_positions_follow_on_after_an_import() {
    let mut db = Db::open_in_memory().expect("db");
    let data = crate::exchange::sample().expect("sample");
    let id = db.insert_data(&data).expect("insert");
    let positions: Vec<i64> = db
        .conn()
        .prepare("SELECT position FROM evidence WHERE assessment_id = ?1 ORDER BY position")
        .expect("prepare")
        .query_map([id], |r| r.get(0))
        .expect("query")
        .map(|p| p.expect("row"))
        .collect();
    assert_eq!(
        positions,
        (0..data.evidence.len() as i64).collect::<Vec<_>>()
    );
    let item = data.evidence[0].clone();
    db.add_evidence(id, &item, "test").expect("add");
    let last: i64 = db
        .conn()
        .query_row(
            "SELECT max(position) FROM evidence WHERE assessment_id = ?1",
            [id],
            |r| r.get(0),
        )
        .expect("max");
    assert_eq!(last, data.evidence.len() as i64);
}

/// Bytes of a file, or `None` when it does not exist.
fn bytes_of(path: &std::path::Path) -> Option<Vec<u8>> {
    std::fs::read(path).ok()
}

fn sibling(path: &std::path::Path, suffix: &str) -> std::path::PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    std::path::PathBuf::from(s)
}

/// A file with DHMA's application id but `user_version` 0 and tables is not a whole DHMA
/// database: refused before any write (no backup, no WAL switch, no panic in `upgrade`).
#[test]
fn a_dhma_id_with_version_zero_and_tables_is_refused_unchanged() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("zero.sqlite3");
    {
        let conn = Connection::open(&path).expect("open");
        conn.pragma_update(None, "application_id", schema::APPLICATION_ID)
            .expect("id");
        conn.execute_batch("CREATE TABLE assessments (x); INSERT INTO assessments VALUES (1);")
            .expect("tables");
    }
    let before = bytes_of(&path);
    let err = Db::open(&path).expect_err("refused");
    assert_eq!(err.code(), "database-damaged", "{err}");
    assert!(err.is_unusable_database());
    assert_eq!(bytes_of(&path), before, "bytes unchanged");
    assert!(!sibling(&path, "-wal").exists(), "no WAL switch");
    assert!(
        !crate::backup::dir_for(&path).exists(),
        "no upgrade backup of a file that is not ours to upgrade"
    );
}

/// An empty database (no tables) is a new file whatever its header says.
#[test]
fn a_database_without_tables_is_initialised_whatever_its_header_ids() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (i, (id, version)) in [(schema::APPLICATION_ID, 0u32), (0, 7), (12345, 0)]
        .into_iter()
        .enumerate()
    {
        let path = dir.path().join(format!("empty-{i}.sqlite3"));
        {
            let conn = Connection::open(&path).expect("open");
            conn.pragma_update(None, "application_id", id).expect("id");
            conn.pragma_update(None, "user_version", version)
                .expect("version");
        }
        let db = Db::open(&path).expect("a database without tables is new");
        assert_eq!(db.schema_version().expect("v"), schema::LATEST_VERSION);
    }
}

/// A DHMA id and an old version whose tables are missing: damaged, not upgraded.
#[test]
fn a_dhma_header_without_its_tables_is_damaged() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("hollow.sqlite3");
    {
        let conn = Connection::open(&path).expect("open");
        conn.pragma_update(None, "application_id", schema::APPLICATION_ID)
            .expect("id");
        conn.pragma_update(None, "user_version", 2).expect("v");
        conn.execute_batch("CREATE TABLE notes (x)").expect("table");
    }
    let before = bytes_of(&path);
    assert_eq!(
        Db::open(&path).expect_err("refused").code(),
        "database-damaged"
    );
    assert_eq!(bytes_of(&path), before);
}

#[test]
fn upgrade_returns_an_error_for_every_unknown_version() {
    let mut conn = Connection::open_in_memory().expect("db");
    for from in [0, schema::LATEST_VERSION + 1, u32::MAX] {
        let tx = conn.transaction().expect("tx");
        let result = schema::upgrade(&tx, from);
        assert_eq!(
            result.map_err(|e| e.code()),
            Err("database-damaged"),
            "from {from}"
        );
        drop(tx);
    }
}

/// A second opener of the same file gets "in use", whether it opens with `Db::open` or not.
#[test]
fn every_writer_holds_the_lock() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("locked.sqlite3");
    let first = Db::open(&path).expect("first");
    let before = bytes_of(&path);
    let err = Db::open(&path).expect_err("a second writer must be refused");
    assert_eq!(err.code(), "database-in-use");
    assert_eq!(bytes_of(&path), before);
    drop(first);
    Db::open(&path).expect("free again");
}

/// A finalisation that lands between a save's draft check and its transaction must make the
/// save fail: the check is inside the write transaction.
#[test]
fn a_finalisation_between_check_and_write_refuses_the_write() {
    type Write = fn(&mut Db, i64, &Response, &RoadmapItem) -> Result<()>;
    let writes: [(&str, Write); 7] = [
        ("save_response", |db, id, r, _| {
            db.save_response(id, r, "t").map(|_| ())
        }),
        ("set_participants", |db, id, _, _| {
            db.set_participants(id, &[], "t")
        }),
        ("add_evidence", |db, id, _, _| {
            let e = Evidence {
                indicator: "1".into(),
                title: "x".into(),
                reference: String::new(),
            };
            db.add_evidence(id, &e, "t")
        }),
        ("remove_evidence", |db, id, _, _| {
            let row = db.evidence_of(id, "1")?.first().map(|e| e.0).unwrap_or(0);
            db.remove_evidence(id, row, "t")
        }),
        ("replace_roadmap", |db, id, _, item| {
            db.replace_roadmap(id, std::slice::from_ref(item), "roadmap.regenerated", "t")
        }),
        ("update_roadmap_item", |db, id, _, item| {
            db.update_roadmap_item(id, item, "t")
        }),
        ("finalise", |db, id, _, _| {
            db.finalise(id, &Approval::default(), "t", crate::exchange::fingerprint)
        }),
    ];
    for (name, write) in writes {
        let mut db = Db::open_in_memory().expect("db");
        let a = db
            .create_assessment(&new_assessment(), "t")
            .expect("create");
        db.add_evidence(
            a.id,
            &Evidence {
                indicator: "1".into(),
                title: "e".into(),
                reference: String::new(),
            },
            "t",
        )
        .expect("evidence");
        let item = RoadmapItem {
            uid: "item-1".into(),
            indicator: "1".into(),
            template: None,
            from_phase: Some(1),
            to_phase: Some(2),
            line: "l".into(),
            text: Some("t".into()),
            monitoring: None,
            timeframe: TimeFrame::Short,
            responsible: "r".into(),
            priority: 1,
            cost: CostClass::Low,
            status: RoadmapStatus::Proposed,
            position: 0,
            edited: false,
            progress: String::new(),
            block: None,
            start_year: None,
            end_year: None,
            budget: None,
            baseline: String::new(),
            monitoring_target: String::new(),
        };
        db.replace_roadmap(
            a.id,
            std::slice::from_ref(&item),
            "roadmap.regenerated",
            "t",
        )
        .expect("roadmap");
        let logged = |db: &Db| db.load(a.id).expect("load").change_log.len();
        let before = logged(&db);
        // Another writer finalises right before the next write transaction begins.
        let id = a.id;
        db.before_write = Some(Box::new(move |conn: &Connection| {
            conn.execute(
                "UPDATE assessments SET status = 'finalised' WHERE id = ?1",
                [id],
            )
            .expect("finalise meanwhile");
        }));
        let err = write(&mut db, a.id, &answer("1", 3), &item)
            .expect_err(&format!("{name}: must be refused"));
        assert_eq!(err.code(), "assessment-locked", "{name}: {err}");
        db.before_write = None;
        assert_eq!(logged(&db), before, "{name}: nothing logged");
        assert!(db.responses(a.id).expect("r").is_empty(), "{name}");
    }
}

/// A stored value that does not parse is an error naming the table and row, never a default.
#[test]
fn damaged_rows_are_errors_naming_table_and_row() {
    let cases: [(&str, &str, &str); 6] = [
        (
            "assessments",
            "UPDATE assessments SET status = 'archived'",
            "status",
        ),
        (
            "responses",
            "UPDATE responses SET confidence = 'certain'",
            "confidence",
        ),
        (
            "roadmap_items",
            "UPDATE roadmap_items SET timeframe = 'soon'",
            "timeframe",
        ),
        (
            "roadmap_items",
            "UPDATE roadmap_items SET cost = 'free'",
            "cost",
        ),
        (
            "roadmap_items",
            "UPDATE roadmap_items SET status = 'forgotten'",
            "status",
        ),
        (
            "responses",
            "UPDATE responses SET current_phase = 9",
            "current_phase",
        ),
    ];
    for (table, sql, column) in cases {
        let mut db = Db::open_in_memory().expect("db");
        let data = crate::exchange::sample().expect("sample");
        let mut data = data;
        let fw = crate::framework::find(
            &data.assessment.framework.id,
            &data.assessment.framework.version,
        )
        .expect("framework");
        let mut n = 0;
        data.roadmap =
            crate::roadmap::merge(&[], crate::roadmap::propose(fw, &data.responses), |_| {
                n += 1;
                format!("item-{n}")
            });
        let id = db.insert_data(&data).expect("insert");
        db.conn()
            .execute_batch(&format!(
                "PRAGMA ignore_check_constraints = ON; {sql}; PRAGMA ignore_check_constraints = OFF;"
            ))
            .expect("damage");
        let err = db.load(id).expect_err(&format!("{sql}: must be an error"));
        assert_eq!(err.code(), "damaged-row", "{sql}: {err}");
        let args = err.args();
        assert!(
            args.contains(&("table", table.to_string())),
            "{sql}: {args:?}"
        );
        assert!(
            args.contains(&("column", column.to_string())),
            "{sql}: {args:?}"
        );
        assert!(args.iter().any(|(k, _)| *k == "row"), "{sql}: {args:?}");
    }
}

/// Reading while another program edits: a read-only connection that sees committed changes,
/// writes nothing and refuses every change.
#[test]
fn readers_read_alongside_the_editor_and_write_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("shared.sqlite3");
    let mut editor = Db::open(&path).expect("editor");
    let a = editor
        .create_assessment(&new_assessment(), "t")
        .expect("create");
    let reader = Db::open_for_reading(&path).expect("reader while edited");
    assert_eq!(reader.list().expect("list").len(), 1);
    editor
        .save_response(a.id, &answer("1", 3), "t")
        .expect("save");
    assert_eq!(reader.responses(a.id).expect("responses").len(), 1);
    let mut reader = reader;
    assert_eq!(
        reader
            .save_response(a.id, &answer("2", 2), "t")
            .expect_err("read-only")
            .code(),
        "database-in-use"
    );
    assert_eq!(
        crate::backup::create(&reader, crate::backup::Reason::Hourly)
            .expect_err("no backup from a reader")
            .code(),
        "database-in-use"
    );
    drop(editor);
    // Free again: a reader then opens as the editor would (and holds the lock meanwhile).
    let reader = Db::open_for_reading(&path).expect("reader alone");
    assert_eq!(Db::open(&path).expect_err("held").code(), "database-in-use");
    drop(reader);
}

/// A reader while only the lock is held (the app on its recovery screen, a restore): "in
/// use", and no journal file is left beside the database.
#[test]
fn a_reader_beside_a_bare_lock_leaves_no_journal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bare.sqlite3");
    {
        let mut db = Db::open(&path).expect("create");
        db.create_assessment(&new_assessment(), "t")
            .expect("create");
    }
    let before = bytes_of(&path);
    let held = DbLock::acquire(&path).expect("lock");
    assert_eq!(
        Db::open_for_reading(&path)
            .expect_err("no live editor")
            .code(),
        "database-in-use"
    );
    drop(held);
    assert_eq!(bytes_of(&path), before);
    for journal in ["-wal", "-shm"] {
        assert!(!sibling(&path, journal).exists(), "{journal} left behind");
    }
}

/// A lock let go of within a moment (a program closing the file, or a child process that
/// briefly holds a copy of the descriptor) is waited for; one held on is "in use".
#[test]
fn a_lock_let_go_of_at_once_is_waited_for() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("grace.sqlite3");
    let first = super::DbLock::acquire(&path).expect("first");
    let letting_go = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(80));
        drop(first);
    });
    let second = super::DbLock::acquire(&path).expect("taken once the first lets go");
    letting_go.join().expect("thread");
    let refused = super::DbLock::acquire(&path).expect_err("held on");
    assert_eq!(refused.code(), "database-in-use");
    drop(second);
}

#[test]
fn narratives_are_stored_logged_and_removed_when_blank() {
    let mut db = Db::open_in_memory().expect("db");
    let a = db
        .create_assessment(&new_assessment(), "t")
        .expect("create");
    let before = db.load(a.id).expect("load").change_log.len();
    assert!(db
        .set_narrative(
            a.id,
            "leadership-governance",
            NarrativeKind::Findings,
            "A plan exists.",
            "Amina"
        )
        .expect("set"));
    db.set_narrative(
        a.id,
        OVERALL,
        NarrativeKind::Context,
        "Second round.",
        "Amina",
    )
    .expect("set");
    // The same text again changes nothing and logs nothing.
    assert!(!db
        .set_narrative(
            a.id,
            OVERALL,
            NarrativeKind::Context,
            "Second round.",
            "Amina"
        )
        .expect("same"));
    let data = db.load(a.id).expect("load");
    assert_eq!(
        data.narratives,
        vec![
            Narrative {
                scope: "leadership-governance".into(),
                kind: NarrativeKind::Findings,
                text: "A plan exists.".into()
            },
            Narrative {
                scope: OVERALL.into(),
                kind: NarrativeKind::Context,
                text: "Second round.".into()
            },
        ]
    );
    let log: Vec<_> = data.change_log.iter().skip(before).collect();
    assert_eq!(log.len(), 2);
    let first = log.first().expect("entry");
    assert_eq!(
        (
            first.what.as_str(),
            first.subject.as_deref(),
            first.actor.as_str()
        ),
        ("narrative.findings", Some("leadership-governance"), "Amina")
    );
    assert_eq!(
        (first.old.as_deref(), first.new.as_deref()),
        (None, Some("A plan exists."))
    );
    // A blank text removes it, logged with the old text.
    db.set_narrative(
        a.id,
        "leadership-governance",
        NarrativeKind::Findings,
        "  \n",
        "Amina",
    )
    .expect("remove");
    let data = db.load(a.id).expect("load");
    assert_eq!(data.narratives.len(), 1);
    let last = data.change_log.last().expect("entry");
    assert_eq!(
        (last.old.as_deref(), last.new.as_deref()),
        (Some("A plan exists."), None)
    );
    // A finalised assessment takes no narrative.
    db.conn()
        .execute(
            "UPDATE assessments SET status = 'finalised' WHERE id = ?1",
            [a.id],
        )
        .expect("finalise");
    let err = db
        .set_narrative(a.id, OVERALL, NarrativeKind::Findings, "Late.", "Amina")
        .expect_err("locked");
    assert_eq!(err.code(), "assessment-locked");
}

#[test]
fn a_version_5_database_upgrades_and_keeps_its_answers_and_takes_narratives() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("v5.sqlite3");
    {
        let mut conn = Connection::open(&path).expect("open");
        let tx = conn.transaction().expect("tx");
        schema::create_version(&tx, 5).expect("v5");
        tx.execute(
            "INSERT INTO assessments (uid, country, round, assessment_date, facilitator,
                framework_id, framework_version, language, created_at, updated_at)
             VALUES ('u-5', 'Testland', 'R', '2026-11-23', 'F', 'who-itu-gdhm', '1.0.0', 'en',
                '2026-11-23T10:00:00Z', '2026-11-23T10:00:00Z')",
            [],
        )
        .expect("insert");
        tx.commit().expect("commit");
    }
    let mut db = Db::open(&path).expect("upgrade");
    assert_eq!(db.schema_version().expect("v"), schema::LATEST_VERSION);
    let id = db.find_uid("u-5").expect("read").expect("kept");
    assert!(db.load(id).expect("load").narratives.is_empty());
    db.set_narrative(id, OVERALL, NarrativeKind::Recommendations, "Fund it.", "t")
        .expect("set");
    drop(db);
    let db = Db::open(&path).expect("reopen");
    assert_eq!(
        db.load(id)
            .expect("load")
            .narrative(OVERALL, NarrativeKind::Recommendations),
        Some("Fund it.")
    );
}

/// Issue 13: which NA a team means is stored, read back, logged, and a database of version
/// 5 (which could not say) upgrades with its NA answers "not said".
#[test]
fn the_na_reason_is_stored_logged_and_upgraded_from_version_5() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("v5.sqlite3");
    {
        let mut conn = Connection::open(&path).expect("open");
        let tx = conn.transaction().expect("tx");
        schema::create_version(&tx, 5).expect("v5");
        tx.execute(
            "INSERT INTO assessments (uid, country, round, assessment_date, facilitator,
              framework_id, framework_version, language, status, created_at, updated_at)
             VALUES ('u1', 'Oldland', 'R1', '2025-01-01', 'F', 'who-itu-gdhm', '1.0.0', 'en',
                     'draft', 't', 't')",
            [],
        )
        .expect("insert");
        tx.execute(
            "INSERT INTO responses (assessment_id, indicator_code, not_applicable, updated_at)
             VALUES (1, '10', 1, 't')",
            [],
        )
        .expect("insert response");
        tx.commit().expect("commit");
    }
    let mut db = Db::open(&path).expect("upgrade v5");
    assert_eq!(
        db.schema_version().expect("version"),
        schema::LATEST_VERSION
    );
    let old = db.responses(1).expect("responses");
    assert_eq!(old[0].current, Some(Current::NotApplicable));
    assert_eq!(old[0].na_reason, None, "an old NA is 'not said'");
    let fresh = Db::open(&dir.path().join("fresh.sqlite3")).expect("fresh");
    assert_eq!(schema_of(db.conn()), schema_of(fresh.conn()));

    let na = Response {
        indicator: "10".into(),
        current: Some(Current::NotApplicable),
        na_reason: Some(NaReason::NotAvailable),
        ..Response::default()
    };
    db.save_response(1, &na, "t").expect("save");
    let back = db.responses(1).expect("responses");
    assert_eq!(back[0].na_reason, Some(NaReason::NotAvailable));
    let log = db.load(1).expect("data").change_log;
    assert!(log.iter().any(|c| c.what == "response.na_reason"
        && c.subject.as_deref() == Some("10")
        && c.old.is_none()
        && c.new.as_deref() == Some("not-available")));
    // The database refuses any other word.
    let bad = db.conn().execute(
        "UPDATE responses SET na_reason = 'unknown' WHERE indicator_code = '10'",
        [],
    );
    assert!(bad.is_err());
}

/// Schema 8 (issue 15) rebuilds `roadmap_items` (own and cross-cutting actions, years,
/// budget): a version-7 database upgrades with every row and value as it was, and then
/// takes an action without indicator or step; the new table's checks refuse a budget
/// without currency and an end before the start.
#[test]
fn a_version_7_database_upgrades_keeping_every_roadmap_row() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("v7.sqlite3");
    {
        let mut conn = Connection::open(&path).expect("open");
        let tx = conn.transaction().expect("tx");
        schema::create_version(&tx, 7).expect("v7");
        tx.execute(
            "INSERT INTO assessments (uid, country, round, assessment_date, facilitator,
                framework_id, framework_version, language, created_at, updated_at)
             VALUES ('u-7', 'Testland', 'R', '2026-11-23', 'F', 'who-itu-gdhm', '1.0.0', 'en',
                '2026-11-23T10:00:00Z', '2026-11-23T10:00:00Z')",
            [],
        )
        .expect("insert");
        for (n, uid) in ["a", "b", "c"].iter().enumerate() {
            tx.execute(
                "INSERT INTO roadmap_items (uid, assessment_id, indicator_code, template_id,
                    from_phase, to_phase, action_line, text, monitoring, timeframe,
                    responsible, priority, cost, status, position, edited, progress)
                 VALUES (?1, 1, '1', ?2, 2, 3, 'leadership', ?3, NULL, 'medium', 'moh', 1,
                    'high', 'in-progress', ?4, ?5, ?6)",
                params![
                    uid,
                    (n != 2).then(|| format!("t{n}")),
                    (n == 1).then_some("Our wording"),
                    n as i64,
                    n == 1,
                    if n == 0 { "Half done." } else { "" }
                ],
            )
            .expect("roadmap row");
        }
        tx.commit().expect("commit");
    }
    let before: Vec<Vec<String>> = {
        let conn = Connection::open(&path).expect("open");
        let mut stmt = conn
            .prepare(
                "SELECT id, uid, assessment_id, indicator_code, quote(template_id), from_phase,
                    to_phase, action_line, quote(text), quote(monitoring), timeframe,
                    responsible, priority, cost, status, position, edited, progress
                 FROM roadmap_items ORDER BY id",
            )
            .expect("prepare");
        let rows = stmt
            .query_map([], |r| {
                (0..18)
                    .map(|i| {
                        r.get::<_, rusqlite::types::Value>(i)
                            .map(|v| format!("{v:?}"))
                    })
                    .collect::<rusqlite::Result<Vec<String>>>()
            })
            .expect("query")
            .collect::<rusqlite::Result<Vec<_>>>()
            .expect("rows");
        rows
    };
    assert_eq!(before.len(), 3);
    let mut db = Db::open(&path).expect("upgrade");
    assert_eq!(db.schema_version().expect("v"), schema::LATEST_VERSION);
    let after: Vec<Vec<String>> = {
        let mut stmt = db
            .conn()
            .prepare(
                "SELECT id, uid, assessment_id, indicator_code, quote(template_id), from_phase,
                    to_phase, action_line, quote(text), quote(monitoring), timeframe,
                    responsible, priority, cost, status, position, edited, progress
                 FROM roadmap_items ORDER BY id",
            )
            .expect("prepare");
        let rows = stmt
            .query_map([], |r| {
                (0..18)
                    .map(|i| {
                        r.get::<_, rusqlite::types::Value>(i)
                            .map(|v| format!("{v:?}"))
                    })
                    .collect::<rusqlite::Result<Vec<String>>>()
            })
            .expect("query")
            .collect::<rusqlite::Result<Vec<_>>>()
            .expect("rows");
        rows
    };
    assert_eq!(after, before, "every row and value kept");
    let fresh = Db::open(&dir.path().join("fresh.sqlite3")).expect("fresh");
    assert_eq!(schema_of(db.conn()), schema_of(fresh.conn()));
    let items = db.load(1).expect("load").roadmap;
    assert_eq!(items.len(), 3);
    assert_eq!(items[0].progress, "Half done.");
    assert_eq!(items[1].text.as_deref(), Some("Our wording"));
    assert!(items
        .iter()
        .all(|i| i.budget.is_none() && i.block.is_none()));

    // An action without indicator or step now fits.
    let cross = crate::model::RoadmapItem {
        uid: "d".into(),
        indicator: String::new(),
        template: None,
        from_phase: None,
        to_phase: None,
        line: String::new(),
        text: Some("Steering committee".into()),
        block: Some("leadership".into()),
        start_year: Some(2027),
        end_year: Some(2028),
        budget: Some(crate::model::Budget {
            amount: "1500.50".into(),
            currency: "USD".into(),
        }),
        ..items[0].clone()
    };
    db.add_roadmap_item(1, &cross, "t").expect("cross-cutting");
    let stored = db.load(1).expect("load").roadmap;
    let back = stored.iter().find(|i| i.uid == "d").expect("stored");
    assert_eq!(
        (
            back.indicator.as_str(),
            back.from_phase,
            back.budget.clone()
        ),
        ("", None, cross.budget.clone())
    );
    // The table's own checks, below the service's.
    for bad in [
        "UPDATE roadmap_items SET budget_currency = NULL WHERE uid = 'd'",
        "UPDATE roadmap_items SET end_year = 2026 WHERE uid = 'd'",
        "UPDATE roadmap_items SET budget_currency = 'usd' WHERE uid = 'd'",
        "UPDATE roadmap_items SET from_phase = 2 WHERE uid = 'd'",
    ] {
        assert!(db.conn().execute(bad, []).is_err(), "{bad}");
    }
}
