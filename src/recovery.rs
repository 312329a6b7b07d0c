//! Restoring a backup, and the way out when the database cannot be opened: one place for the
//! desktop app and the command line. Whoever calls holds the file's lock ([`DbLock`]) the
//! whole time, so nobody else writes the file meanwhile.

use crate::backup::{self, BackupInfo};
use crate::error::Result;
use crate::storage::{Db, DbLock};

/// What a restore did.
#[derive(Debug, Clone)]
pub enum Restored {
    /// The open database was replaced by the backup; `before` is the backup made of its
    /// state just before.
    InPlace { before: BackupInfo },
    /// The database could not be opened: it was set aside unchanged under the name `aside`
    /// (empty when there was no file), and the backup took its place.
    Replaced { aside: String },
}

/// Restores backup `name` over the database in `slot` (the result of opening it under
/// `lock`): an open database is backed up first and replaced in place; an unusable one
/// (damaged, another program's, from a newer DHMA) is set aside unchanged, the backup put
/// in its place, and the slot opened again. Any other problem (in use, read-only disk) is
/// returned as it is and changes nothing.
pub fn restore(slot: &mut Result<Db>, lock: &DbLock, name: &str) -> Result<Restored> {
    match slot {
        Ok(db) => Ok(Restored::InPlace {
            before: backup::restore(db, name)?,
        }),
        Err(problem) if problem.is_unusable_database() => {
            let aside = backup::restore_closed(lock, name)?.unwrap_or_default();
            reopen(slot, lock)?;
            Ok(Restored::Replaced { aside })
        }
        Err(problem) => Err(problem.clone()),
    }
}

/// Sets the unusable database in `slot` aside (unchanged, in its backup folder) and starts a
/// new file in its place; returns the name it was set aside under (empty when there was no
/// file). With the database open there is nothing to replace: nothing is done and the name
/// is empty. Refused when the problem is not the file itself (e.g. it is in use).
pub fn start_new(slot: &mut Result<Db>, lock: &DbLock) -> Result<String> {
    match slot {
        Err(problem) if problem.is_unusable_database() => {
            let aside = backup::set_aside(lock)?.unwrap_or_default();
            reopen(slot, lock)?;
            Ok(aside)
        }
        Err(problem) => Err(problem.clone()),
        Ok(_) => Ok(String::new()),
    }
}

/// Opens the file again under `lock` into `slot`; its error, if any, is also returned.
fn reopen(slot: &mut Result<Db>, lock: &DbLock) -> Result<()> {
    *slot = Db::open_locked(lock);
    match slot {
        Ok(_) => Ok(()),
        Err(e) => Err(e.clone()),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::backup::{create, list, Reason};
    use crate::error::Error;

    #[test]
    fn one_restore_for_open_and_unusable_databases() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("dhma.sqlite3");
        let lock = DbLock::acquire(&path).unwrap();
        let mut slot = Db::open_locked(&lock);
        let db = slot.as_mut().unwrap();
        let id = db.insert_data(&crate::exchange::sample().unwrap()).unwrap();
        let good = create(db, Reason::Hourly).unwrap().unwrap();
        db.delete_assessment(id).unwrap();
        // Open: replaced in place, the state before backed up.
        match restore(&mut slot, &lock, &good.name).unwrap() {
            Restored::InPlace { before } => assert_eq!(before.reason, Reason::BeforeRestore),
            other => panic!("{other:?}"),
        }
        assert_eq!(slot.as_ref().unwrap().list().unwrap().len(), 1);
        // Unusable: set aside unchanged, replaced, open again.
        slot = Err(Error::NotDhmaDatabase {
            path: path.display().to_string(),
        });
        match restore(&mut slot, &lock, &good.name).unwrap() {
            Restored::Replaced { aside } => assert!(!aside.is_empty()),
            other => panic!("{other:?}"),
        }
        assert_eq!(slot.as_ref().unwrap().list().unwrap().len(), 1);
        // In use: nothing happens.
        let before = list(&path).unwrap().len();
        let mut in_use = Err(Error::DatabaseInUse {
            path: path.display().to_string(),
        });
        let err = restore(&mut in_use, &lock, &good.name).unwrap_err();
        assert_eq!(err.code(), "database-in-use");
        assert_eq!(list(&path).unwrap().len(), before);
        // A new file in place of an unusable one.
        let mut unusable = Err(Error::DatabaseTooNew {
            path: path.display().to_string(),
            found: 99,
            supported: 3,
        });
        drop(slot);
        assert!(!start_new(&mut unusable, &lock).unwrap().is_empty());
        assert!(unusable.unwrap().list().unwrap().is_empty());
    }
}
