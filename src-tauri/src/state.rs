//! The app's state: the one database connection (the single writer) and where backups go.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use dhma::i18n::{Lang, Localizer};
use dhma::storage::{default_db_path, Db};

use crate::error::{IpcError, IpcResult};

#[derive(Debug)]
pub struct AppState {
    db: Mutex<Db>,
    pub backup_dir: PathBuf,
}

impl AppState {
    /// Opens the database named by `--db PATH`, else `DHMA_DB`, else the app-data folder.
    pub fn open_default() -> dhma::Result<AppState> {
        let mut args = std::env::args().skip(1);
        let mut path = None;
        while let Some(a) = args.next() {
            if a == "--db" {
                path = args.next().map(PathBuf::from);
            } else if let Some(p) = a.strip_prefix("--db=") {
                path = Some(PathBuf::from(p));
            }
        }
        AppState::open(path.unwrap_or_else(default_db_path))
    }

    pub fn open(path: PathBuf) -> dhma::Result<AppState> {
        let db = Db::open_exclusive(&path)?;
        let backup_dir = path
            .parent()
            .map(|p| p.join("deleted"))
            .unwrap_or_else(|| PathBuf::from("deleted"));
        Ok(AppState {
            db: Mutex::new(db),
            backup_dir,
        })
    }

    /// The database; a poisoned lock (a panic in another command) still gives access,
    /// since every change is its own transaction and cannot be left half-done.
    pub fn db(&self) -> MutexGuard<'_, Db> {
        self.db.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Runs `f` with the database and the interface language, mapping errors for the UI.
    pub fn with<T>(&self, f: impl FnOnce(&mut Db, &Localizer) -> dhma::Result<T>) -> IpcResult<T> {
        let mut db = self.db();
        let lang = dhma::service::language(&db);
        let l = dhma::service::localizer(lang);
        f(&mut db, &l).map_err(|e| IpcError::new(&e, lang))
    }

    pub fn lang(&self) -> Lang {
        dhma::service::language(&self.db())
    }
}
