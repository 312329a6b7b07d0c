//! The one-editor rule: an OS file lock on `<database>.lock`, held by every `Db` on a file
//! and by anything that replaces or moves the file while it is closed. A second program
//! (or a second opener in the same program) gets [`Error::DatabaseInUse`] and changes
//! nothing. The OS releases the lock when the process ends, even by a crash.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::error::{Error, Result};
use crate::fsutil::with_suffix;

/// The lock on one database file. Clones share it; it is let go when the last clone is
/// dropped. The desktop app keeps one even while the database cannot be opened, so that
/// nobody else writes the file while it offers to restore a backup or start a new file.
#[derive(Debug, Clone)]
pub struct DbLock(Arc<Held>);

#[derive(Debug)]
struct Held {
    db_path: PathBuf,
    _file: std::fs::File,
}

/// How long a held lock is waited for before the database is "in use".
const GRACE: std::time::Duration = std::time::Duration::from_millis(300);

impl DbLock {
    /// Takes the lock of the database at `db_path` (creating its folder and lock file), or
    /// says who has it: [`Error::DatabaseInUse`].
    pub fn acquire(db_path: &Path) -> Result<DbLock> {
        if let Some(dir) = db_path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, &e))?;
        }
        let lock_path = with_suffix(db_path, ".lock");
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| Error::io(&lock_path, &e))?;
        // A lock held for a moment only (a program closing the file, or a child process
        // started by another thread that has not yet replaced itself, holding a copy of the
        // descriptor) is waited for briefly; one held longer is another editor.
        let deadline = std::time::Instant::now() + GRACE;
        loop {
            match file.try_lock() {
                Ok(()) => {
                    return Ok(DbLock(Arc::new(Held {
                        db_path: db_path.to_path_buf(),
                        _file: file,
                    })))
                }
                Err(std::fs::TryLockError::WouldBlock) if std::time::Instant::now() < deadline => {
                    std::thread::sleep(std::time::Duration::from_millis(10));
                }
                Err(std::fs::TryLockError::WouldBlock) => {
                    return Err(Error::DatabaseInUse {
                        path: db_path.display().to_string(),
                    })
                }
                Err(std::fs::TryLockError::Error(e)) => return Err(Error::io(&lock_path, &e)),
            }
        }
    }

    /// The database file this lock guards.
    pub fn db_path(&self) -> &Path {
        &self.0.db_path
    }
}
