//! Backups of the assessment database, made with SQLite's online backup API.
//!
//! A backup is a complete database file in the folder `<database stem>-backups` next to the
//! database, named `<UTC time>-<reason>.sqlite3` so that names sort by time. Backups are
//! made before every schema upgrade, at every finalisation, at most once an hour while
//! answers are saved, and before a restore. The ten newest of those made before an upgrade,
//! hourly or before a restore are kept; backups made at finalisation, and databases set
//! aside because they could not be opened, are never deleted.
//!
//! A backup is written to a `.partial` file and renamed when complete, so a power cut never
//! leaves a half-written backup that looks whole. Restoring first backs up the current
//! database (or, when it cannot be opened, moves it aside unchanged), so nothing is lost.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, MAIN_DB};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::{format_utc, now_secs};
use crate::storage::{schema, Db};

/// How many rotating backups are kept.
pub const KEEP: usize = 10;
/// Seconds between two automatic backups while working.
pub const HOURLY: i64 = 3600;

/// Why a backup was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// Before a schema upgrade.
    Upgrade,
    /// At the finalisation of an assessment; kept for ever.
    Finalised,
    /// At most once an hour while answers are saved.
    Hourly,
    /// Of the current database, before a backup replaced it.
    BeforeRestore,
    /// A database that could not be opened (damaged, foreign or newer), moved aside
    /// unchanged; kept for ever.
    SetAside,
}

impl Reason {
    pub const ALL: [Reason; 5] = [
        Reason::Upgrade,
        Reason::Finalised,
        Reason::Hourly,
        Reason::BeforeRestore,
        Reason::SetAside,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Upgrade => "upgrade",
            Reason::Finalised => "finalised",
            Reason::Hourly => "hourly",
            Reason::BeforeRestore => "before-restore",
            Reason::SetAside => "set-aside",
        }
    }

    /// Kept for ever (not rotated).
    pub fn is_kept(self) -> bool {
        matches!(self, Reason::Finalised | Reason::SetAside)
    }
}

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

/// The folder holding the backups of the database at `db_path`.
pub fn dir_for(db_path: &Path) -> PathBuf {
    let stem = db_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "dhma".into());
    let parent = db_path.parent().unwrap_or_else(|| Path::new(""));
    parent.join(format!("{stem}-backups"))
}

/// `2026-12-01T14:03:15Z` → `2026-12-01T14-03-15Z` (no colons: Windows file names).
fn stamp(secs: i64) -> String {
    format_utc(secs).replace(':', "-")
}

/// Parses a backup file name `<time>-<nnn>-<reason>.sqlite3` into (time, reason).
fn parse_name(name: &str) -> Option<(String, Reason)> {
    let rest = name.strip_suffix(".sqlite3")?;
    // 2026-12-01T14-03-15Z: 20 characters.
    let time = rest.get(..20)?;
    let b = time.as_bytes();
    let shape_ok = b[4] == b'-' && b[10] == b'T' && b[13] == b'-' && b[19] == b'Z';
    let tail = rest.get(20..)?.strip_prefix('-')?;
    let (seq, reason) = tail.split_once('-')?;
    if !shape_ok || seq.len() != 3 || !seq.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let reason = Reason::ALL.into_iter().find(|r| r.as_str() == reason)?;
    let created_at = format!(
        "{}T{}:{}:{}Z",
        &time[..10],
        &time[11..13],
        &time[14..16],
        &time[17..19]
    );
    Some((created_at, reason))
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |e| match e.kind() {
        std::io::ErrorKind::StorageFull => Error::DiskFull {
            path: path.display().to_string(),
        },
        std::io::ErrorKind::ReadOnlyFilesystem | std::io::ErrorKind::PermissionDenied => {
            Error::ReadOnly {
                path: path.display().to_string(),
            }
        }
        _ => Error::io(path, &e),
    }
}

/// A free file name in `dir` for a backup made now for `reason`: the time, then a sequence
/// number within that second, so that names sort in the order backups were made.
fn new_name(dir: &Path, reason: Reason) -> String {
    let time = stamp(now_secs());
    let taken: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with(&time))
                .collect()
        })
        .unwrap_or_default();
    let mut n = 1;
    while taken
        .iter()
        .any(|t| t.starts_with(&format!("{time}-{n:03}-")))
    {
        n += 1;
    }
    format!("{time}-{n:03}-{}.sqlite3", reason.as_str())
}

/// Backs up the open database `conn` (whose file is `db_path`) for `reason`, then rotates.
pub(crate) fn create_from(conn: &Connection, db_path: &Path, reason: Reason) -> Result<BackupInfo> {
    let dir = dir_for(db_path);
    std::fs::create_dir_all(&dir).map_err(io(&dir))?;
    let name = new_name(&dir, reason);
    let path = dir.join(&name);
    let partial = dir.join(format!("{name}.partial"));
    let shown = partial.display().to_string();
    conn.backup(MAIN_DB, &partial, None::<fn(rusqlite::backup::Progress)>)
        .map_err(|e| Error::sqlite(&shown, &e))?;
    // The backup is complete and closed: make it durable, then give it its real name.
    std::fs::File::open(&partial)
        .and_then(|f| f.sync_all())
        .map_err(io(&partial))?;
    std::fs::rename(&partial, &path).map_err(io(&path))?;
    sync_dir(&dir);
    rotate(&dir)?;
    info(&path)
}

/// Backs up `db` for `reason`. An in-memory database has nothing to back up.
pub fn create(db: &Db, reason: Reason) -> Result<Option<BackupInfo>> {
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
    // Times are `YYYY-MM-DDTHH:MM:SSZ`, which compare as strings.
    let hour_ago = format_utc(now_secs() - HOURLY);
    let due = newest_time(&dir_for(&path)).is_none_or(|t| t <= hour_ago);
    if due {
        create_from(db.conn(), &path, Reason::Hourly).map(Some)
    } else {
        Ok(None)
    }
}

/// The time of the newest backup in `dir`, from the file names alone (this runs after every
/// saved answer, so it opens no file).
fn newest_time(dir: &Path) -> Option<String> {
    std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .filter_map(|e| parse_name(&e.file_name().to_string_lossy()).map(|(t, _)| t))
        .max()
}

#[cfg(unix)]
fn sync_dir(dir: &Path) {
    // Makes the rename durable; failing to is not an error worth stopping for.
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) {}

fn info(path: &Path) -> Result<BackupInfo> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (created_at, reason) =
        parse_name(&name).ok_or_else(|| Error::BackupNotFound { name: name.clone() })?;
    let bytes = std::fs::metadata(path).map_err(io(path))?.len();
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
    .map(|n| n as usize)
}

/// The backups of the database at `db_path`, newest first.
pub fn list(db_path: &Path) -> Result<Vec<BackupInfo>> {
    let dir = dir_for(db_path);
    let entries = match std::fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(&dir, &e)),
    };
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if parse_name(&name).is_some() {
            out.push(info(&entry.path())?);
        }
    }
    out.sort_by(|a, b| b.name.cmp(&a.name));
    Ok(out)
}

/// Deletes the oldest rotating backups beyond [`KEEP`], and leftovers of interrupted ones.
fn rotate(dir: &Path) -> Result<()> {
    let mut rotating = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io(dir))?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".sqlite3.partial") {
            let _ = std::fs::remove_file(entry.path());
        } else if let Some((_, reason)) = parse_name(&name) {
            if !reason.is_kept() {
                rotating.push(name);
            }
        }
    }
    rotating.sort_unstable_by(|a, b| b.cmp(a));
    for old in rotating.iter().skip(KEEP) {
        std::fs::remove_file(dir.join(old)).map_err(io(dir))?;
    }
    Ok(())
}

/// Finds a backup of the database at `db_path` by its name.
fn find(db_path: &Path, name: &str) -> Result<PathBuf> {
    let not_found = || Error::BackupNotFound {
        name: name.to_string(),
    };
    // A name, never a path: nothing outside the backup folder can be restored this way.
    if name.contains(['/', '\\']) || parse_name(name).is_none() {
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
    let source = find(&db_path, name)?;
    check_backup(&source)?;
    let before = create_from(db.conn(), &db_path, Reason::BeforeRestore)?;
    db.restore_from(&source)?;
    Ok(before)
}

/// Moves a database that cannot be opened (and its journal files) aside into its backup
/// folder, unchanged, so that a new file or a backup can take its place.
pub fn set_aside(db_path: &Path) -> Result<Option<String>> {
    if !db_path.exists() {
        return Ok(None);
    }
    let dir = dir_for(db_path);
    std::fs::create_dir_all(&dir).map_err(io(&dir))?;
    let name = new_name(&dir, Reason::SetAside);
    let target = dir.join(&name);
    std::fs::rename(db_path, &target).map_err(io(&target))?;
    for suffix in ["-wal", "-shm"] {
        let mut from = db_path.as_os_str().to_owned();
        from.push(suffix);
        let from = PathBuf::from(from);
        if from.exists() {
            let mut to = target.as_os_str().to_owned();
            to.push(suffix);
            std::fs::rename(&from, PathBuf::from(to)).map_err(io(&from))?;
        }
    }
    sync_dir(&dir);
    Ok(Some(name))
}

/// Restores backup `name` in place of a database that cannot be opened: the current file is
/// set aside unchanged first. Returns the name it was set aside under.
pub fn restore_closed(db_path: &Path, name: &str) -> Result<Option<String>> {
    let source = find(db_path, name)?;
    check_backup(&source)?;
    let bytes = std::fs::read(&source).map_err(io(&source))?;
    let aside = set_aside(db_path)?;
    crate::exchange::write_atomically(db_path, &bytes)?;
    if let Some(parent) = db_path.parent() {
        sync_dir(parent);
    }
    Ok(aside)
}

#[cfg(test)]
mod tests;
