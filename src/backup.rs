//! Backups of the assessment database: when they are made, listing, restoring.
//!
//! A backup is a complete database file in the folder `<database stem>-backups` next to the
//! database, named `<UTC time>-<seq>-<reason>.sqlite3` (the files themselves, their names
//! and rotation are `storage::snapshot`). Backups are made before every schema upgrade, at
//! every finalisation, at most once an hour while answers are saved, and before a restore.
//! The ten newest of those made before an upgrade, hourly or before a restore are kept;
//! backups made at finalisation, and databases set aside because they could not be opened,
//! are never deleted. Names DHMA did not write are ignored.
//!
//! Restoring first backs up the current database (or, when it cannot be opened, moves it
//! aside unchanged), so nothing is lost. Everything that writes a database file holds its
//! lock: an open [`Db`], or a [`DbLock`] while the file cannot be opened.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use time::Duration;

use crate::error::{Error, Result};
use crate::fsutil::{io_error, sync_dir, with_suffix, write_atomically};
use crate::model::{format_time, now};
use crate::storage::snapshot::{self, Name};
use crate::storage::{schema, Db, DbLock};

pub use crate::storage::snapshot::{dir_for, Reason, KEEP};

/// Seconds between two automatic backups while working.
pub const HOURLY: i64 = 3600;

/// One backup on disk.
#[derive(Debug, Clone, Serialize)]
pub struct BackupInfo {
    /// File name, which is also how a backup is named to `restore`.
    pub name: String,
    pub reason: Reason,
    /// UTC time it was made, `YYYY-MM-DDTHH:MM:SSZ`.
    pub created_at: String,
    pub bytes: u64,
    /// Assessments inside, when the file can be read as a DHMA database.
    pub assessments: Option<usize>,
}

/// Parses a backup file name into its time and reason; `None` for names DHMA did not write.
pub fn parse_name(name: &str) -> Option<(String, Reason)> {
    let n = Name::parse(name)?;
    Some((format_time(n.time)?, n.reason))
}

/// Backs up the open database `conn` (whose file is `db_path`) for `reason`, then rotates.
fn create_from(conn: &Connection, db_path: &Path, reason: Reason) -> Result<BackupInfo> {
    let path = snapshot::write(conn, db_path, reason)?;
    info(&path)
}

/// Backs up `db` for `reason`. An in-memory database has nothing to back up.
pub fn create(db: &Db, reason: Reason) -> Result<Option<BackupInfo>> {
    db.check_writable()?;
    match db.file_path() {
        Some(path) => create_from(db.conn(), &path, reason).map(Some),
        None => Ok(None),
    }
}

/// The hourly backup: made when the newest backup is an hour old or more (or there is none).
pub fn hourly(db: &Db) -> Result<Option<BackupInfo>> {
    let Some(path) = db.file_path() else {
        return Ok(None);
    };
    db.check_writable()?;
    let hour_ago = now() - Duration::seconds(HOURLY);
    let due = newest_time(&dir_for(&path)).is_none_or(|t| t <= hour_ago);
    if due {
        create_from(db.conn(), &path, Reason::Hourly).map(Some)
    } else {
        Ok(None)
    }
}

/// The time of the newest backup in `dir`, from the file names alone (this runs after every
/// saved answer, so it opens no file). A name in the future (a stray file, or a clock set
/// back) does not count: it would hold off every hourly backup until then.
fn newest_time(dir: &Path) -> Option<time::OffsetDateTime> {
    let now = now();
    snapshot::scan(dir)
        .ok()?
        .into_iter()
        .map(|(n, _)| n.time)
        .filter(|t| *t <= now)
        .max()
}

fn info(path: &Path) -> Result<BackupInfo> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_string();
    let (created_at, reason) =
        parse_name(&name).ok_or_else(|| Error::BackupNotFound { name: name.clone() })?;
    let bytes = std::fs::metadata(path).map_err(io_error(path))?.len();
    Ok(BackupInfo {
        name,
        reason,
        created_at,
        bytes,
        assessments: count_assessments(path),
    })
}

fn count_assessments(path: &Path) -> Option<usize> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .ok()?;
    conn.query_row("SELECT count(*) FROM assessments", [], |r| {
        r.get::<_, i64>(0)
    })
    .ok()
    .and_then(|n| usize::try_from(n).ok())
}

/// The backups of the database at `db_path`, newest first. Files whose names DHMA did not
/// write, and files that do not start as a DHMA database does (except files set aside), are
/// not listed.
pub fn list(db_path: &Path) -> Result<Vec<BackupInfo>> {
    let dir = dir_for(db_path);
    let mut found = match snapshot::scan(&dir) {
        Ok(found) => found,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(&dir, &e)),
    };
    // A file set aside is listed whatever it holds: it is the person's old file.
    found.retain(|(n, path)| n.reason == Reason::SetAside || snapshot::is_dhma_file(path));
    found.sort_unstable_by_key(|b| std::cmp::Reverse(b.0));
    found.iter().map(|(_, path)| info(path)).collect()
}

/// Finds a backup of the database at `db_path` by its name.
fn find(db_path: &Path, name: &str) -> Result<PathBuf> {
    let not_found = || Error::BackupNotFound {
        name: name.to_string(),
    };
    // A name, never a path: nothing outside the backup folder can be restored this way.
    if name.contains(['/', '\\']) || Name::parse(name).is_none() {
        return Err(not_found());
    }
    let path = dir_for(db_path).join(name);
    if path.is_file() {
        Ok(path)
    } else {
        Err(not_found())
    }
}

/// Checks that a backup is a whole DHMA database this version can open.
fn check_backup(path: &Path) -> Result<()> {
    schema::check_file(path)?;
    let shown = path.display().to_string();
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| Error::sqlite(&shown, &e))?;
    schema::check_readable(&conn, &shown)
}

/// Restores backup `name` into the open database `db`, after backing up the current state
/// (reason [`Reason::BeforeRestore`]). The restored database is upgraded if it is older.
/// Returns the backup made of the current state.
pub fn restore(db: &mut Db, name: &str) -> Result<BackupInfo> {
    let Some(db_path) = db.file_path() else {
        return Err(Error::BackupNotFound { name: name.into() });
    };
    db.check_writable()?;
    let source = find(&db_path, name)?;
    check_backup(&source)?;
    let before = create_from(db.conn(), &db_path, Reason::BeforeRestore)?;
    db.restore_from(&source)?;
    Ok(before)
}

/// Moves the locked database that cannot be opened (and its journal files) aside into its
/// backup folder, unchanged, so that a new file or a backup can take its place.
pub fn set_aside(lock: &DbLock) -> Result<Option<String>> {
    let db_path = lock.db_path();
    if !db_path.exists() {
        return Ok(None);
    }
    let dir = dir_for(db_path);
    std::fs::create_dir_all(&dir).map_err(io_error(&dir))?;
    let name = snapshot::new_name(&dir, Reason::SetAside)?;
    let target = dir.join(&name);
    std::fs::rename(db_path, &target).map_err(io_error(&target))?;
    for suffix in ["-wal", "-shm"] {
        let from = with_suffix(db_path, suffix);
        if from.exists() {
            std::fs::rename(&from, with_suffix(&target, suffix)).map_err(io_error(&from))?;
        }
    }
    sync_dir(&dir);
    if let Some(parent) = db_path.parent() {
        sync_dir(parent);
    }
    Ok(Some(name))
}

/// Restores backup `name` in place of the locked database that cannot be opened: the
/// current file is set aside unchanged first. Returns the name it was set aside under.
pub fn restore_closed(lock: &DbLock, name: &str) -> Result<Option<String>> {
    let db_path = lock.db_path();
    let source = find(db_path, name)?;
    check_backup(&source)?;
    let bytes = std::fs::read(&source).map_err(io_error(&source))?;
    let aside = set_aside(lock)?;
    write_atomically(db_path, &bytes)?;
    Ok(aside)
}

#[cfg(test)]
mod tests;
