//! The app's state: the one database connection (the single writer), or, when the file
//! cannot be opened, why not; and where deleted assessments go.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use dhma::i18n::{Lang, Localizer};
use dhma::storage::{default_db_path, Db, DbLock};

use crate::error::{IpcError, IpcResult};

#[derive(Debug)]
pub struct AppState {
    /// `Err` holds why the database could not be opened (damaged, another program's, from a
    /// newer DHMA, in use, on a read-only disk…); the file is then left untouched and the
    /// interface offers to restore a backup or start a new file.
    db: Mutex<Result<Db, dhma::Error>>,
    /// The file's lock, held from start-up even while the database cannot be opened, so that
    /// no other program writes it while the interface offers a way out. `None` while
    /// another program holds it.
    lock: Mutex<Option<DbLock>>,
    pub path: PathBuf,
    pub backup_dir: PathBuf,
    /// Reports written in this session: the only files `open_report` may open.
    pub reports: Mutex<Vec<PathBuf>>,
    /// The language picked while no database is open (stored once one is).
    chosen: Mutex<Option<Lang>>,
}

impl AppState {
    /// The database named by `--db PATH`, else `DHMA_DB`, else the app-data folder.
    pub fn path_from_args() -> PathBuf {
        let mut args = std::env::args().skip(1);
        let mut path = None;
        while let Some(a) = args.next() {
            if a == "--db" {
                path = args.next().map(PathBuf::from);
            } else if let Some(p) = a.strip_prefix("--db=") {
                path = Some(PathBuf::from(p));
            }
        }
        path.unwrap_or_else(default_db_path)
    }

    /// Opens the database at `path`; a failure is kept, not fatal (see [`AppState::problem`]).
    pub fn open(path: PathBuf) -> AppState {
        let (lock, db) = match DbLock::acquire(&path) {
            Ok(lock) => (Some(lock.clone()), Db::open_locked(&lock)),
            Err(e) => (None, Err(e)),
        };
        let backup_dir = path
            .parent()
            .map(|p| p.join("deleted"))
            .unwrap_or_else(|| PathBuf::from("deleted"));
        AppState {
            db: Mutex::new(db),
            lock: Mutex::new(lock),
            path,
            backup_dir,
            reports: Mutex::new(Vec::new()),
            chosen: Mutex::new(None),
        }
    }

    /// The database slot; a poisoned lock (a panic in another command) still gives access,
    /// since every change is its own transaction and cannot be left half-done.
    pub fn slot(&self) -> MutexGuard<'_, Result<Db, dhma::Error>> {
        self.db.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Why the database could not be opened, if it could not.
    pub fn problem(&self) -> Option<IpcError> {
        let lang = self.lang();
        self.slot().as_ref().err().map(|e| IpcError::new(e, lang))
    }

    /// Tries to open the database again (after a restore, a new file, or another program
    /// let go of it).
    pub fn reopen(&self) -> IpcResult<()> {
        let mut slot = self.slot();
        if slot.is_ok() {
            return Ok(());
        }
        let mut lock = self.held();
        if lock.is_none() {
            match DbLock::acquire(&self.path) {
                Ok(l) => *lock = Some(l),
                Err(e) => {
                    let shown = IpcError::new(&e, self.unopened_lang());
                    *slot = Err(e);
                    return Err(shown);
                }
            }
        }
        if let Some(l) = lock.as_ref() {
            *slot = Db::open_locked(l);
        }
        match slot.as_ref() {
            Ok(_) => Ok(()),
            Err(e) => Err(IpcError::new(e, self.unopened_lang())),
        }
    }

    /// The file's lock, if this program holds it. Take it after [`AppState::slot`].
    pub fn held(&self) -> MutexGuard<'_, Option<DbLock>> {
        self.lock.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Runs `f` with the database and the interface language, mapping errors for the UI.
    pub fn with<T>(&self, f: impl FnOnce(&mut Db, &Localizer) -> dhma::Result<T>) -> IpcResult<T> {
        let mut slot = self.slot();
        match slot.as_mut() {
            Ok(db) => {
                let lang = dhma::service::language(db);
                let l = dhma::service::localizer(lang);
                f(db, &l).map_err(|e| IpcError::new(&e, lang))
            }
            Err(e) => Err(IpcError::new(e, self.unopened_lang())),
        }
    }

    /// The interface language: the one chosen in this database; without one, the one picked
    /// meanwhile, else the system's.
    pub fn lang(&self) -> Lang {
        match self.slot().as_ref() {
            Ok(db) => dhma::service::language(db),
            Err(_) => self.unopened_lang(),
        }
    }

    fn unopened_lang(&self) -> Lang {
        self.chosen
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .unwrap_or_else(Lang::from_system)
    }

    /// Sets the interface language: stored in the database, or, while none is open, kept
    /// for this session and stored in the database that [`AppState::adopt`] opens.
    pub fn set_lang(&self, tag: &str) -> IpcResult<Lang> {
        let mut slot = self.slot();
        match slot.as_mut() {
            Ok(db) => {
                let lang = dhma::service::language(db);
                dhma::service::set_language(db, tag).map_err(|e| IpcError::new(&e, lang))
            }
            Err(_) => {
                let lang = Lang::parse(tag).ok_or_else(|| {
                    let e = dhma::Error::UnknownLanguage { lang: tag.into() };
                    IpcError::new(&e, self.unopened_lang())
                })?;
                *self.chosen.lock().unwrap_or_else(|p| p.into_inner()) = Some(lang);
                Ok(lang)
            }
        }
    }

    /// Stores the language picked meanwhile in a database just opened again (after a
    /// restore or a new file); returns the language of the database.
    pub fn adopt(&self, slot: &mut Result<Db, dhma::Error>) -> IpcResult<Lang> {
        let chosen = *self.chosen.lock().unwrap_or_else(|p| p.into_inner());
        let lang = chosen.unwrap_or_else(Lang::from_system);
        let db = slot.as_mut().map_err(|e| IpcError::new(e, lang))?;
        if let Some(l) = chosen {
            dhma::service::set_language(db, l.code()).map_err(|e| IpcError::new(&e, lang))?;
        }
        Ok(dhma::service::language(db))
    }
}
