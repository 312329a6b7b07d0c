//! The real `dhma` binary on every kind of file it cannot use: refused with a localized
//! message and a plain exit code (never a panic, 101), the file's bytes unchanged and no
//! journal left beside it; a file held by another program is "in use"; stray names in the
//! backup folder are ignored.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use dhma::backup::{self, Reason};
use dhma::storage::{schema, Db, DbLock};
use rusqlite::Connection;

fn dhma(db: &Path, lang: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dhma"))
        .args(args)
        .arg("--db")
        .arg(db)
        .args(["--lang", lang])
        .env_remove("DHMA_LANG")
        .env_remove("DHMA_DB")
        .env("LANG", "C")
        .output()
        .expect("run dhma")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// A whole DHMA database holding the sample assessment, closed.
fn sample_db(path: &Path) {
    let mut db = Db::open(path).expect("create");
    db.insert_data(&dhma::exchange::sample().expect("sample"))
        .expect("insert");
}

/// What each language says for each refusal (a part of the message without placeholders).
fn said(code: &str, lang: &str) -> &'static str {
    match (code, lang) {
        ("not-dhma-database", "en") => "is not a DHMA database",
        ("not-dhma-database", "fr") => "n’est pas une base de données DHMA",
        ("database-damaged", "en") => "is damaged",
        ("database-damaged", "fr") => "est endommagée",
        ("database-too-new", "en") => "was created by a newer version of DHMA",
        ("database-too-new", "fr") => "une version plus récente de DHMA",
        ("database-in-use", "en") => "is already open in another DHMA window or program",
        ("database-in-use", "fr") => "est déjà ouvert dans une autre fenêtre",
        _ => panic!("no expectation for {code} in {lang}"),
    }
}

/// Runs `list` and `demo` in English and French on the file made by `make`; each must be
/// refused with one of `codes`' messages, and leave the file as it was.
fn refused(name: &str, codes: &[&str], make: impl Fn(&Path)) {
    for lang in ["en", "fr"] {
        for command in ["list", "demo"] {
            let dir = tempfile::tempdir().expect("tmp");
            let path = dir.path().join("dhma.sqlite3");
            make(&path);
            let before = std::fs::read(&path).expect("read");
            let out = dhma(&path, lang, &[command]);
            let err = text(&out.stderr);
            let case = format!("{name}, {command}, {lang}: {err}");
            assert!(
                matches!(out.status.code(), Some(1 | 2)),
                "{case} (exit {:?})",
                out.status.code()
            );
            assert!(
                codes.iter().any(|c| err.contains(said(c, lang))),
                "{case}: expected one of {codes:?}"
            );
            assert!(!err.contains("panicked"), "{case}");
            assert_eq!(std::fs::read(&path).expect("read"), before, "{case}");
            for journal in ["-wal", "-shm", "-journal"] {
                assert!(!with_suffix(&path, journal).exists(), "{case}: {journal}");
            }
            assert!(!backup::dir_for(&path).exists(), "{case}: no backup made");
        }
    }
}

#[test]
fn a_text_file_is_refused_unchanged() {
    refused("text", &["not-dhma-database"], |p| {
        std::fs::write(p, "minutes of the workshop\n".repeat(200)).expect("write")
    });
    refused("short text", &["not-dhma-database"], |p| {
        std::fs::write(p, "x").expect("write")
    });
}

#[test]
fn a_truncated_dhma_database_is_refused_unchanged() {
    let dir = tempfile::tempdir().expect("tmp");
    let whole = dir.path().join("whole.sqlite3");
    sample_db(&whole);
    let bytes = std::fs::read(&whole).expect("read");
    assert!(bytes.len() > 8 * 4096, "the sample spans many pages");
    for cut in [
        50,
        100,
        1000,
        4096,
        4096 + 100,
        bytes.len() / 2,
        bytes.len() - 4096,
        bytes.len() - 1,
    ] {
        refused(
            &format!("cut at {cut}"),
            &["not-dhma-database", "database-damaged"],
            |p| std::fs::write(p, bytes.get(..cut).expect("cut")).expect("write"),
        );
    }
}

#[test]
fn another_programs_database_is_refused_unchanged() {
    refused("foreign", &["not-dhma-database"], |p| {
        Connection::open(p)
            .expect("open")
            .execute_batch(
                "CREATE TABLE customers (name TEXT); INSERT INTO customers VALUES ('x');",
            )
            .expect("foreign");
    });
}

#[test]
fn a_dhma_id_with_version_zero_and_tables_is_refused_unchanged() {
    refused("version 0 with tables", &["database-damaged"], |p| {
        let conn = Connection::open(p).expect("open");
        conn.pragma_update(None, "application_id", schema::APPLICATION_ID)
            .expect("id");
        conn.execute_batch("CREATE TABLE assessments (x); INSERT INTO assessments VALUES (1);")
            .expect("tables");
    });
    // The tables of an older version missing, and a version's tables of the wrong shape.
    refused("version 2, a table missing", &["database-damaged"], |p| {
        sample_db(p);
        let conn = Connection::open(p).expect("open");
        conn.execute_batch("PRAGMA journal_mode = DELETE; DROP TABLE evidence;")
            .expect("drop");
    });
}

#[test]
fn a_newer_dhma_database_is_refused_unchanged() {
    refused("newer", &["database-too-new"], |p| {
        sample_db(p);
        let conn = Connection::open(p).expect("open");
        conn.execute_batch("PRAGMA journal_mode = DELETE")
            .expect("journal");
        conn.pragma_update(None, "user_version", schema::LATEST_VERSION + 1)
            .expect("bump");
    });
}

/// A file without tables is a new database, whatever its header ids say: 0 bytes, or
/// SQLite's header with DHMA's id and version 0.
#[test]
fn files_without_tables_become_new_databases() {
    type Make = fn(&Path);
    let makers: [(&str, Make); 3] = [
        ("0 bytes", |p| std::fs::write(p, b"").expect("write")),
        ("DHMA id, version 0, no tables", |p| {
            Connection::open(p)
                .expect("open")
                .pragma_update(None, "application_id", schema::APPLICATION_ID)
                .expect("id")
        }),
        ("another id, no tables", |p| {
            Connection::open(p)
                .expect("open")
                .pragma_update(None, "application_id", 7)
                .expect("id")
        }),
    ];
    for (name, make) in makers {
        let dir = tempfile::tempdir().expect("tmp");
        let path = dir.path().join("dhma.sqlite3");
        make(&path);
        let out = dhma(&path, "en", &["list"]);
        assert!(out.status.success(), "{name}: {}", text(&out.stderr));
        let out = dhma(&path, "en", &["demo"]);
        assert!(out.status.success(), "{name}: {}", text(&out.stderr));
        let out = dhma(&path, "en", &["list"]);
        assert!(
            text(&out.stdout).contains("Lusara"),
            "{name}: {}",
            text(&out.stdout)
        );
    }
}

/// While another program holds the database, every writing command says "in use" in the
/// person's language and changes nothing.
#[test]
fn writers_are_refused_while_another_program_holds_the_database() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("dhma.sqlite3");
    sample_db(&path);
    let b = {
        let db = Db::open(&path).expect("open");
        backup::create(&db, Reason::Hourly)
            .expect("backup")
            .expect("file")
    };
    let file = dir.path().join("other.dhma.json");
    let mut data = dhma::exchange::sample().expect("sample");
    data.assessment.uid = "another-assessment".into();
    std::fs::write(&file, dhma::exchange::to_string(&data).expect("json")).expect("write");
    let file = file.display().to_string();

    let held = DbLock::acquire(&path).expect("the other program's lock");
    let before = std::fs::read(&path).expect("read");
    let backups = std::fs::read_dir(backup::dir_for(&path))
        .expect("dir")
        .count();
    let commands: [&[&str]; 5] = [
        &["import", &file],
        &["demo"],
        &["finalise", "1", "--approver", "Dr A. Mensah"],
        &["restore", &b.name],
        &["list"],
    ];
    for lang in ["en", "fr"] {
        for args in commands {
            let out = dhma(&path, lang, args);
            let err = text(&out.stderr);
            assert_eq!(out.status.code(), Some(1), "{args:?} {lang}: {err}");
            assert!(
                err.contains(said("database-in-use", lang)),
                "{args:?} {lang}: {err}"
            );
            assert_eq!(std::fs::read(&path).expect("read"), before, "{args:?}");
            assert!(!with_suffix(&path, "-wal").exists(), "{args:?}");
            assert_eq!(
                std::fs::read_dir(backup::dir_for(&path))
                    .expect("dir")
                    .count(),
                backups,
                "{args:?}: no backup made"
            );
        }
    }
    drop(held);
    let out = dhma(&path, "en", &["import", &file]);
    assert!(out.status.success(), "free again: {}", text(&out.stderr));
}

/// Every kind of stray name in the backup folder: `dhma backups` lists only real backups,
/// and writing (with the hourly check) still works.
#[test]
fn stray_names_in_the_backup_folder_are_ignored() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("dhma.sqlite3");
    sample_db(&path);
    let real = {
        let db = Db::open(&path).expect("open");
        backup::create(&db, Reason::Finalised)
            .expect("backup")
            .expect("file")
    };
    let folder = backup::dir_for(&path);
    let stamp = "2026-12-01T14-03-15Z";
    let mut strays: Vec<String> = vec![
        "2026-12-01T14-0é00Z-001-hourly.sqlite3".into(),
        "2026-12-01T14-03-15Z-001-weekly.sqlite3".into(),
        "2026-12-01T14-03-15Z-001-hourly.sqlite3.partial".into(),
        "2026-12-01T14-03-15Z-hourly.sqlite3".into(),
        "2026-12-01T14-03-15Z-0é1-hourly.sqlite3".into(),
        "2026-12-01.sqlite3".into(),
        "é.sqlite3".into(),
        "Z-.sqlite3".into(),
        ".sqlite3".into(),
        "notes.txt".into(),
    ];
    for (i, _) in stamp.char_indices() {
        for c in ["é", "字", "😀"] {
            let mut s = stamp.to_string();
            s.replace_range(i..i + 1, c);
            strays.push(format!("{s}-001-hourly.sqlite3"));
        }
        strays.push(format!(
            "{}-001-hourly.sqlite3",
            stamp.get(..i).expect("prefix")
        ));
    }
    for name in &strays {
        std::fs::write(folder.join(name), b"not a backup").expect("stray");
    }
    // A folder with a backup's name, and a file with a backup's name that is not SQLite.
    std::fs::create_dir(folder.join("2026-11-30T10-00-00Z-001-hourly.sqlite3")).expect("dir");
    std::fs::write(
        folder.join("2026-11-30T11-00-00Z-001-upgrade.sqlite3"),
        "not SQLite".repeat(20),
    )
    .expect("fake");
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let name = std::ffi::OsStr::from_bytes(b"2026-12-01T14-03-1\xffZ-001-hourly.sqlite3");
        std::fs::write(folder.join(name), b"x").expect("non-UTF-8 name");
    }
    for lang in ["en", "fr", "ar", "zh"] {
        let out = dhma(&path, lang, &["backups"]);
        let listed = text(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{lang}: {}", text(&out.stderr));
        let lines: Vec<&str> = listed.lines().filter(|l| l.contains(".sqlite3")).collect();
        assert_eq!(lines.len(), 1, "{lang}: only the real backup: {listed}");
        assert!(lines.iter().all(|l| l.contains(&real.name)), "{listed}");
    }
    // Writing still works: an import, and the hourly check every autosave runs.
    let file = dir.path().join("other.dhma.json");
    let mut data = dhma::exchange::sample().expect("sample");
    data.assessment.uid = "another-assessment".into();
    std::fs::write(&file, dhma::exchange::to_string(&data).expect("json")).expect("write");
    let out = dhma(&path, "en", &["import", &file.display().to_string()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let db = Db::open(&path).expect("open");
    // The real backup was just made: none is due, and the stray names change nothing.
    assert!(backup::hourly(&db).expect("hourly check").is_none());
    assert_eq!(backup::list(&path).expect("list").len(), 1);
}
