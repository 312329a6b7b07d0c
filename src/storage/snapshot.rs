//! Backup files on disk: their folder, their names, the copy itself (SQLite's online backup
//! API into a `.partial` file, synced, then renamed) and rotation. Storage uses this for the
//! backup before a schema upgrade; `crate::backup` builds the policy on it (when to back
//! up, listing, restoring). It depends on nothing above storage, so there is no cycle.
//!
//! A name is `<UTC time>-<sequence>-<reason>.sqlite3`, the time as `2026-12-01T14-03-15Z`
//! (no colons: Windows file names). A name that does not parse is not a DHMA backup and is
//! ignored everywhere.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, MAIN_DB};
use serde::Serialize;
use time::format_description::BorrowedFormatItem;
use time::macros::format_description;
use time::{OffsetDateTime, PrimitiveDateTime};

use crate::error::{Error, Result};
use crate::fsutil::{io_error, sync_dir};

/// How many rotating backups are kept.
pub const KEEP: usize = 10;

/// Why a backup was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
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

    pub fn parse(s: &str) -> Option<Reason> {
        Reason::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Kept for ever (not rotated).
    pub fn is_kept(self) -> bool {
        matches!(self, Reason::Finalised | Reason::SetAside)
    }
}

/// The time part of a name, before its `Z`.
const STAMP: &[BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]-[minute]-[second]");

/// A parsed backup file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Name {
    /// UTC time it was made, to the second.
    pub time: OffsetDateTime,
    /// Order among backups made in the same second, from 1.
    pub seq: u32,
    pub reason: Reason,
}

impl Name {
    /// Parses a file name; `None` for anything DHMA did not write this way.
    pub fn parse(file_name: &str) -> Option<Name> {
        let rest = file_name.strip_suffix(".sqlite3")?;
        let (stamp, tail) = rest.split_once("Z-")?;
        let time = PrimitiveDateTime::parse(stamp, STAMP).ok()?.assume_utc();
        // Exactly as DHMA writes it: no sign, no missing zero.
        if time.format(STAMP).ok()? != stamp {
            return None;
        }
        let (seq, reason) = tail.split_once('-')?;
        if seq.len() < 3 || !seq.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        Some(Name {
            time,
            seq: seq.parse().ok()?,
            reason: Reason::parse(reason)?,
        })
    }

    /// The file name.
    pub fn file_name(&self) -> Option<String> {
        let stamp = self.time.format(STAMP).ok()?;
        Some(format!(
            "{stamp}Z-{:03}-{}.sqlite3",
            self.seq,
            self.reason.as_str()
        ))
    }
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

/// The DHMA backups in `dir` with their parsed names (unsorted); names DHMA did not write,
/// non-UTF-8 names and folders are left out.
pub fn scan(dir: &Path) -> std::io::Result<Vec<(Name, PathBuf)>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)?.flatten() {
        let Some(name) = entry.file_name().to_str().and_then(Name::parse) else {
            continue;
        };
        if entry.file_type().map(|t| t.is_file()).unwrap_or(false) {
            out.push((name, entry.path()));
        }
    }
    Ok(out)
}

/// Whether the file at `path` starts as a DHMA database does: SQLite's header with DHMA's
/// application id (reads 100 bytes; whether it is whole is checked before a restore).
pub fn is_dhma_file(path: &Path) -> bool {
    use std::io::Read;
    let mut header = [0u8; 100];
    let read = std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut header));
    read.is_ok()
        && header.starts_with(b"SQLite format 3\0")
        && header.get(68..72) == Some(&super::schema::APPLICATION_ID.to_be_bytes()[..])
}

/// A free name in `dir` for a backup made now for `reason`: the time, then a sequence
/// number within that second, so that backups sort in the order they were made.
pub fn new_name(dir: &Path, reason: Reason) -> Result<String> {
    let time = crate::model::now();
    let seq = scan(dir)
        .unwrap_or_default()
        .iter()
        .filter(|(n, _)| n.time == time)
        .map(|(n, _)| n.seq)
        .max()
        .unwrap_or(0)
        + 1;
    Name { time, seq, reason }
        .file_name()
        .ok_or_else(|| Error::InvalidValue {
            field: "date".into(),
            value: time.to_string(),
        })
}

/// Copies the open database `conn` (whose file is `db_path`) into its backup folder for
/// `reason`, then rotates. Returns the new backup's path.
pub fn write(conn: &Connection, db_path: &Path, reason: Reason) -> Result<PathBuf> {
    let dir = dir_for(db_path);
    std::fs::create_dir_all(&dir).map_err(io_error(&dir))?;
    let name = new_name(&dir, reason)?;
    let path = dir.join(&name);
    let partial = dir.join(format!("{name}.partial"));
    let shown = partial.display().to_string();
    conn.backup(MAIN_DB, &partial, None::<fn(rusqlite::backup::Progress)>)
        .map_err(|e| Error::sqlite(&shown, &e))?;
    // The backup is complete and closed: make it durable, then give it its real name.
    std::fs::File::open(&partial)
        .and_then(|f| f.sync_all())
        .map_err(io_error(&partial))?;
    std::fs::rename(&partial, &path).map_err(io_error(&path))?;
    sync_dir(&dir);
    rotate(&dir)?;
    Ok(path)
}

/// Deletes the oldest rotating backups beyond [`KEEP`], and leftovers of interrupted ones.
pub fn rotate(dir: &Path) -> Result<()> {
    for entry in std::fs::read_dir(dir).map_err(io_error(dir))?.flatten() {
        let leftover = entry
            .file_name()
            .to_str()
            .and_then(|n| n.strip_suffix(".partial"))
            .and_then(Name::parse)
            .is_some();
        if leftover && entry.file_type().map(|t| t.is_file()).unwrap_or(false) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    let mut rotating: Vec<(Name, PathBuf)> = scan(dir)
        .map_err(io_error(dir))?
        .into_iter()
        .filter(|(n, _)| !n.reason.is_kept())
        .collect();
    rotating.sort_unstable_by_key(|b| std::cmp::Reverse(b.0));
    for (_, old) in rotating.iter().skip(KEEP) {
        std::fs::remove_file(old).map_err(io_error(old))?;
    }
    Ok(())
}
