//! The app's state: the one database connection (the single writer), or, when the file
//! cannot be opened, why not; and where deleted assessments go.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use dhma::i18n::{Lang, Localizer};
use dhma::storage::{Db, DbLock};

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
    /// Records a report, handout or progress report this session wrote: the files
    /// `open_report` may open.
    pub fn remember_report(&self, path: PathBuf) {
        self.reports
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(path);
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

/// What the app was started with: `--db PATH` (or `--db=PATH`), and the files to open (every
/// other argument that is not an option: a double-clicked assessment, `%F` in the desktop
/// entry), relative ones taken from `cwd`. Arguments are read as the OS gives them, so a name
/// that is not UTF-8 is still a path.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Launch {
    pub db: Option<PathBuf>,
    pub files: Vec<PathBuf>,
}

impl Launch {
    /// Reads the arguments after the program's name.
    pub fn parse(args: impl IntoIterator<Item = impl Into<OsString>>, cwd: &Path) -> Launch {
        let mut launch = Launch::default();
        let mut args = args.into_iter().map(Into::into);
        while let Some(a) = args.next() {
            let text = a.to_string_lossy();
            if text == "--db" {
                launch.db = args.next().map(PathBuf::from);
            } else if let Some(p) = text.strip_prefix("--db=") {
                launch.db = Some(PathBuf::from(p));
            } else if text == "--" {
                launch.files.extend(args.by_ref().map(|f| cwd.join(f)));
            } else if !text.starts_with('-') {
                launch.files.push(cwd.join(a));
            }
        }
        launch
    }
}

/// Files handed to the app to open, waiting for the interface to take them: given on its
/// command line, or forwarded by a later launch (the single-instance plugin). Each is taken
/// once, in the order given.
#[derive(Debug, Default)]
pub struct OpenedFiles(Mutex<Vec<PathBuf>>);

impl OpenedFiles {
    pub fn new(files: Vec<PathBuf>) -> OpenedFiles {
        OpenedFiles(Mutex::new(files))
    }

    pub fn push(&self, files: impl IntoIterator<Item = PathBuf>) {
        self.0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .extend(files);
    }

    /// The files waiting, which are then no longer waiting.
    pub fn take(&self) -> Vec<PathBuf> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|p| p.into_inner()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_database_and_the_files_to_open_are_told_apart() {
        let cwd = Path::new("/home/who");
        let l = Launch::parse(["--db", "/tmp/a.sqlite3", "Kenya 2026.dhma.json"], cwd);
        assert_eq!(l.db, Some(PathBuf::from("/tmp/a.sqlite3")));
        assert_eq!(l.files, [PathBuf::from("/home/who/Kenya 2026.dhma.json")]);
        let l = Launch::parse(
            ["/data/x.dhma.json", "--db=d.sqlite3", "--", "-odd.json"],
            cwd,
        );
        assert_eq!(l.db, Some(PathBuf::from("d.sqlite3")));
        assert_eq!(
            l.files,
            [
                PathBuf::from("/data/x.dhma.json"),
                PathBuf::from("/home/who/-odd.json")
            ]
        );
        // Options that are not ours (a launcher's) are not files.
        assert_eq!(Launch::parse(["-psn_0_42"], cwd), Launch::default());
    }

    #[cfg(unix)]
    #[test]
    fn a_file_name_that_is_not_utf8_is_still_a_file() {
        use std::os::unix::ffi::OsStringExt;
        let name = OsString::from_vec(b"caf\xe9.dhma.json".to_vec());
        let l = Launch::parse([name.clone()], Path::new("/d"));
        assert_eq!(l.files, [Path::new("/d").join(name)]);
    }

    #[test]
    fn each_opened_file_is_taken_once_in_order() {
        let o = OpenedFiles::new(vec![PathBuf::from("a")]);
        o.push([PathBuf::from("b")]);
        assert_eq!(o.take(), [PathBuf::from("a"), PathBuf::from("b")]);
        assert!(o.take().is_empty());
    }
}
