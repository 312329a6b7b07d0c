//! Storage of assessments in one SQLite file (rusqlite, bundled SQLite).
//!
//! - Schema version in `PRAGMA user_version`, upgraded step by step (`schema.rs`); a database
//!   that is not DHMA's, is damaged, or is newer than this build is never modified.
//! - WAL journal with `synchronous=FULL`: a change reported as saved survives a power cut.
//! - Foreign keys on; one connection per `Db` (the single writer); every change runs in one
//!   immediate transaction together with its change-log entries (`Db::write`).

mod gdhm;
mod lock;
mod narratives;
mod rounds;
mod rows;
pub mod schema;
mod sync;
pub use sync::{CopyIn, MergeReport};
pub mod snapshot;
mod workshop;

use std::path::{Path, PathBuf};

use rusqlite::{
    params, Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior,
};

use crate::error::{Error, Result};
use crate::model::*;
use crate::scoring::Current;

pub use lock::DbLock;
pub use rounds::{NextRound, RoundMade};

/// Environment variable that overrides the database location.
pub const DB_ENV: &str = "DHMA_DB";

/// Where the database lives when neither `--db` nor `DHMA_DB` says otherwise: the platform's
/// application-data folder. Development builds use a separate folder, so that running the
/// code under development never touches a user's real file.
pub fn default_db_path() -> PathBuf {
    if let Some(p) = std::env::var_os(DB_ENV).filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    let app = if cfg!(debug_assertions) {
        "DHMA-dev"
    } else {
        "DHMA"
    };
    directories::ProjectDirs::from("org", "DHMA", app)
        .map(|d| d.data_dir().join("dhma.sqlite3"))
        .unwrap_or_else(|| PathBuf::from(format!("{}.sqlite3", app.to_lowercase())))
}

const MEMORY: &str = ":memory:";

pub struct Db {
    conn: Connection,
    path: String,
    /// The file's lock, held for the life of the `Db` (`None` in memory).
    lock: Option<DbLock>,
    /// Runs right before each write transaction begins (tests: another writer meanwhile).
    #[cfg(test)]
    pub(crate) before_write: Option<BeforeWrite>,
}

/// A test's stand-in for another writer, run right before each write transaction begins.
#[cfg(test)]
pub(crate) type BeforeWrite = Box<dyn FnMut(&Connection)>;

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

fn db_err(path: &str) -> impl Fn(rusqlite::Error) -> Error + '_ {
    move |e| Error::sqlite(path, &e)
}

impl Db {
    /// Opens (or creates) the database at `path`, upgrading an older schema; takes the
    /// file's lock first, so a second opener (another program, or the same one) gets
    /// [`Error::DatabaseInUse`] and changes nothing.
    pub fn open(path: &Path) -> Result<Db> {
        Db::open_locked(&DbLock::acquire(path)?)
    }

    /// Opens the database guarded by `lock` (which the `Db` keeps a share of). The app holds
    /// the lock itself while the file cannot be opened, and opens it again with this.
    pub fn open_locked(lock: &DbLock) -> Result<Db> {
        let path = lock.db_path();
        let shown = path.display().to_string();
        schema::check_file(path)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(db_err(&shown))?;
        Db::init(conn, shown, Some(lock.clone()))
    }

    /// Opens the database at `path` for a program that only reads it (listing, exporting,
    /// reports): as [`Db::open`] when the file is free; while another program edits it, a
    /// read-only connection that writes nothing (its changes show as they are committed).
    /// A file that would need an upgrade first, or whose lock is held without an open
    /// connection (the app's recovery screen), is "in use" then. Every change through a
    /// `Db` opened this way is refused with [`Error::DatabaseInUse`].
    pub fn open_for_reading(path: &Path) -> Result<Db> {
        match DbLock::acquire(path) {
            Ok(lock) => Db::open_locked(&lock),
            Err(in_use @ Error::DatabaseInUse { .. }) => {
                // Only beside a live editor, whose connection keeps the WAL files: a reader
                // opening without them would create them and leave them behind.
                let live = ["-wal", "-shm"]
                    .iter()
                    .all(|s| crate::fsutil::with_suffix(path, s).exists());
                if !live {
                    return Err(in_use);
                }
                let shown = path.display().to_string();
                schema::check_file(path)?;
                let conn = Connection::open_with_flags(
                    path,
                    OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
                )
                .map_err(db_err(&shown))?;
                conn.busy_timeout(std::time::Duration::from_secs(5))
                    .map_err(db_err(&shown))?;
                if schema::inspect(&conn, &shown)? != schema::Found::Dhma(schema::LATEST_VERSION) {
                    return Err(in_use);
                }
                Ok(Db {
                    conn,
                    path: shown,
                    lock: None,
                    #[cfg(test)]
                    before_write: None,
                })
            }
            Err(e) => Err(e),
        }
    }

    /// Refuses changes through a `Db` opened read-only by [`Db::open_for_reading`] while
    /// another program holds the file.
    pub fn check_writable(&self) -> Result<()> {
        if self.lock.is_none() && self.path != MEMORY {
            return Err(Error::DatabaseInUse {
                path: self.path.clone(),
            });
        }
        Ok(())
    }

    /// A private database in memory (tests, one-off scoring).
    pub fn open_in_memory() -> Result<Db> {
        let conn = Connection::open_in_memory()?;
        Db::init(conn, MEMORY.into(), None)
    }

    fn init(conn: Connection, path: String, lock: Option<DbLock>) -> Result<Db> {
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .map_err(db_err(&path))?;
        // Every query is prepared once per connection and reused (the saves of a session
        // run the same few statements again and again).
        conn.set_prepared_statement_cache_capacity(128);
        // Read-only checks first: nothing is written to a file that is not ours, is newer
        // or is damaged.
        let found = schema::inspect(&conn, &path)?;
        let fresh = found == schema::Found::Fresh;
        let version = match found {
            schema::Found::Dhma(v) => v,
            schema::Found::Fresh => 0,
        };
        if !fresh && version < schema::LATEST_VERSION && path != MEMORY {
            snapshot::write(&conn, Path::new(&path), snapshot::Reason::Upgrade)?;
        }
        // WAL keeps readers and the writer apart; FULL syncs the WAL at every commit.
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))
            .map_err(db_err(&path))?;
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(db_err(&path))?;
        conn.pragma_update(None, "foreign_keys", true)
            .map_err(db_err(&path))?;
        let mut db = Db {
            conn,
            path,
            lock,
            #[cfg(test)]
            before_write: None,
        };
        db.write(|tx| {
            if fresh {
                schema::create(tx)?;
            } else {
                schema::upgrade(tx, version)?;
            }
            Ok(())
        })?;
        Ok(db)
    }

    /// The database file; `None` for a database in memory.
    pub fn file_path(&self) -> Option<PathBuf> {
        (self.path != MEMORY).then(|| PathBuf::from(&self.path))
    }

    /// Replaces the whole database with the (checked) backup at `source`, then opens it again
    /// as at start, so that an older backup is upgraded. Used by `backup::restore`.
    pub(crate) fn restore_from(&mut self, source: &Path) -> Result<()> {
        self.check_writable()?;
        self.conn
            .restore(
                rusqlite::MAIN_DB,
                source,
                None::<fn(rusqlite::backup::Progress)>,
            )
            .map_err(db_err(&self.path))?;
        let conn = Connection::open_with_flags(
            &self.path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(db_err(&self.path))?;
        let reopened = Db::init(conn, self.path.clone(), self.lock.clone())?;
        self.conn = reopened.conn;
        Ok(())
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<u32> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// Runs `f` in one immediate transaction: commits if it returns `Ok`, rolls back otherwise.
    pub fn write<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        self.check_writable()?;
        let path = self.path.clone();
        #[cfg(test)]
        if let Some(hook) = self.before_write.as_mut() {
            hook(&self.conn);
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(db_err(&path))?;
        let out = f(&tx).map_err(|e| e.on_database(&path))?;
        tx.commit().map_err(db_err(&path))?;
        Ok(out)
    }

    /// Read access for queries that span several statements.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    pub fn create_assessment(&mut self, new: &NewAssessment, actor: &str) -> Result<Assessment> {
        self.create_assessment_with(new, &[], actor)
    }

    /// Creates an assessment with its participants in one transaction: either both are
    /// stored, with their change-log entries, or nothing is.
    pub fn create_assessment_with(
        &mut self,
        new: &NewAssessment,
        participants: &[Participant],
        actor: &str,
    ) -> Result<Assessment> {
        check_new(new)?;
        let now = now_utc();
        let uid = uuid::Uuid::new_v4().to_string();
        let id = self.write(|tx| {
            tx.execute(
                "INSERT INTO assessments (uid, country, round, assessment_date, facilitator,
                    framework_id, framework_version, language, status, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'draft', ?9, ?9)",
                params![
                    uid,
                    new.country.trim(),
                    new.round.trim(),
                    new.date,
                    new.facilitator.trim(),
                    new.framework.id,
                    new.framework.version,
                    new.language,
                    now
                ],
            )?;
            let id = tx.last_insert_rowid();
            log(
                tx,
                id,
                &now,
                actor,
                "assessment.created",
                None,
                None,
                Some(&uid),
            )?;
            if !participants.is_empty() {
                insert_participants(tx, id, participants)?;
                let names: Vec<&str> = participants.iter().map(|p| p.name.as_str()).collect();
                log(
                    tx,
                    id,
                    &now,
                    actor,
                    "participants",
                    None,
                    None,
                    Some(&names.join("; ")),
                )?;
            }
            Ok(id)
        })?;
        self.assessment(id)
    }

    pub fn assessment(&self, id: i64) -> Result<Assessment> {
        assessment_in(&self.conn, id)
    }

    /// Finds an assessment by local id or by uid (or a unique uid prefix of 8+ characters).
    pub fn resolve(&self, id_or_uid: &str) -> Result<i64> {
        let not_found = || Error::AssessmentNotFound {
            id: id_or_uid.to_string(),
        };
        if let Ok(id) = id_or_uid.parse::<i64>() {
            return self.assessment(id).map(|a| a.id);
        }
        if id_or_uid.len() < 8 {
            return Err(not_found());
        }
        let mut stmt = self
            .conn
            .prepare("SELECT id FROM assessments WHERE substr(uid, 1, ?2) = ?1 LIMIT 2")?;
        let ids: Vec<i64> = stmt
            .query_map(params![id_or_uid, id_or_uid.len() as i64], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        match ids.as_slice() {
            [id] => Ok(*id),
            _ => Err(not_found()),
        }
    }

    pub fn find_uid(&self, uid: &str) -> Result<Option<i64>> {
        Ok(self
            .conn
            .query_row("SELECT id FROM assessments WHERE uid = ?1", [uid], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// All assessments, newest first, with how many indicators are answered.
    pub fn list(&self) -> Result<Vec<AssessmentSummary>> {
        let mut out = rows::all(&self.conn, rows::SUMMARY, [], rows::summary)?;
        for s in &mut out {
            s.total = crate::framework::find(&s.framework.id, &s.framework.version)
                .map(|f| f.indicators.len())
                .unwrap_or(0);
        }
        Ok(out)
    }

    pub fn responses(&self, id: i64) -> Result<Vec<Response>> {
        responses_in(&self.conn, id)
    }

    /// How many indicators of an assessment have a phase or are not applicable (answers are
    /// stored only for the framework's indicators). One count, for the screen after each
    /// autosave, instead of reading every answer.
    pub fn answered_count(&self, id: i64) -> Result<usize> {
        let n: i64 = self.conn.query_row(
            "SELECT count(*) FROM responses WHERE assessment_id = ?1
                 AND (current_phase IS NOT NULL OR not_applicable = 1)",
            [id],
            |r| r.get(0),
        )?;
        Ok(usize::try_from(n).unwrap_or_default())
    }

    /// Everything of one assessment.
    pub fn load(&self, id: i64) -> Result<AssessmentData> {
        load_in(&self.conn, id)
    }
}

/// Everything of one assessment, read on `conn` (a transaction too).
pub(crate) fn load_in(conn: &Connection, id: i64) -> Result<AssessmentData> {
    Ok(AssessmentData {
        assessment: assessment_in(conn, id)?,
        participants: rows::all(
            conn,
            &format!(
                "{} WHERE assessment_id = ?1 ORDER BY position, id",
                rows::PARTICIPANT
            ),
            [id],
            rows::participant,
        )?,
        responses: responses_in(conn, id)?,
        evidence: rows::all(
            conn,
            &format!(
                "{} WHERE assessment_id = ?1 ORDER BY position, id",
                rows::EVIDENCE
            ),
            [id],
            rows::evidence,
        )?
        .into_iter()
        .map(|(_, e)| e)
        .collect(),
        roadmap: roadmap_in(conn, id)?,
        change_log: rows::all(
            conn,
            &format!("{} WHERE assessment_id = ?1 ORDER BY id", rows::CHANGE),
            [id],
            rows::change,
        )?,
        workshop: workshop::workshop_in(conn, id)?,
        narratives: narratives::narratives_in(conn, id)?,
        gdhm: gdhm::details_in(conn, id)?,
        benchmark: gdhm::benchmark_in(conn, id)?,
    })
}

impl Db {
    /// Stores one answer (the autosave path) and logs every field that changed, in one
    /// transaction; returns the answer as stored (a person's save: no longer carried over,
    /// the stored note of what changed kept when none is sent). The caller has checked the
    /// answer against the framework ([`crate::validate::response`]).
    pub fn save_response(&mut self, id: i64, response: &Response, actor: &str) -> Result<Response> {
        let now = now_utc();
        self.write(|tx| {
            claim_draft(tx, id, &now)?;
            save_response_in(tx, id, response, &now, actor)
        })
    }

    /// Changes several answers in one transaction (an answers import): the draft claimed,
    /// then for each code the stored answer read and `edit` given it, which returns the new
    /// answer (`None`: unchanged) or an error (then nothing is stored); each new answer is
    /// stored with its change-log entries as the autosave stores one. Returns how many
    /// answers changed.
    pub fn edit_responses(
        &mut self,
        id: i64,
        codes: &[String],
        actor: &str,
        mut edit: impl FnMut(&Response) -> Result<Option<Response>>,
    ) -> Result<usize> {
        let now = now_utc();
        self.write(|tx| {
            claim_draft(tx, id, &now)?;
            let mut changed = 0;
            for code in codes {
                let old = rows::first(
                    tx,
                    &format!(
                        "{} WHERE assessment_id = ?1 AND indicator_code = ?2",
                        rows::RESPONSE
                    ),
                    params![id, code],
                    rows::response,
                )?
                .unwrap_or_else(|| Response::empty(code));
                if let Some(new) = edit(&old)? {
                    save_response_in(tx, id, &new, &now, actor)?;
                    changed += 1;
                }
            }
            Ok(changed)
        })
    }

    /// Locks a draft: status finalised, with its sign-off and fingerprint, the fingerprint
    /// (`fingerprint`, the exchange format's check code) computed inside the transaction
    /// from the content as signed. The caller (`service::finalise`) checks that the
    /// assessment is ready and makes the backup.
    pub fn finalise(
        &mut self,
        id: i64,
        approval: &Approval,
        actor: &str,
        fingerprint: impl Fn(&AssessmentData) -> Result<String>,
    ) -> Result<()> {
        // The last-change time becomes the finalisation time, in the content the check code
        // is computed from here, inside the transaction, from exactly what is signed.
        let now = approval.finalised_at.clone().unwrap_or_else(now_utc);
        self.write(|tx| {
            claim_draft(tx, id, &now)?;
            rounds::check_reviewed(tx, id)?;
            let mut signed = load_in(tx, id)?;
            signed.assessment.updated_at = now.clone();
            let approval = Approval {
                finalised_at: Some(now.clone()),
                fingerprint: Some(fingerprint(&signed)?),
                ..approval.clone()
            };
            tx.execute(
                "UPDATE assessments SET status = 'finalised', approver_name = ?2,
                        approver_role = ?3, government_approved = ?4, finalised_at = ?5,
                        fingerprint = ?6
                 WHERE id = ?1",
                params![
                    id,
                    approval.approver_name,
                    approval.approver_role,
                    approval.government_approved,
                    approval.finalised_at,
                    approval.fingerprint
                ],
            )?;
            log(
                tx,
                id,
                &now,
                actor,
                "assessment.finalised",
                None,
                None,
                approval.fingerprint.as_deref(),
            )
        })
    }

    /// Replaces the participant list. A participant whose name (ignoring case and
    /// surrounding spaces) is still in the list keeps their ratings; removing one who has
    /// rated or dissented is refused ([`Error::RaterHasRatings`]).
    pub fn set_participants(&mut self, id: i64, list: &[Participant], actor: &str) -> Result<()> {
        let now = now_utc();
        self.write(|tx| {
            claim_draft(tx, id, &now)?;
            workshop::replace_participants(tx, id, list)?;
            let names: Vec<&str> = list.iter().map(|p| p.name.as_str()).collect();
            log(
                tx,
                id,
                &now,
                actor,
                "participants",
                None,
                None,
                Some(&names.join("; ")),
            )
        })
    }

    /// Adds one evidence item at the end of the indicator's list.
    pub fn add_evidence(&mut self, id: i64, item: &Evidence, actor: &str) -> Result<()> {
        let now = now_utc();
        self.write(|tx| {
            claim_draft(tx, id, &now)?;
            insert_evidence(tx, id, std::slice::from_ref(item))?;
            log(
                tx,
                id,
                &now,
                actor,
                "evidence.added",
                Some(&item.indicator),
                None,
                Some(&item.title),
            )
        })
    }

    /// Deletes an assessment and everything that belongs to it.
    pub fn delete_assessment(&mut self, id: i64) -> Result<()> {
        self.write(|tx| {
            if tx.execute("DELETE FROM assessments WHERE id = ?1", [id])? == 0 {
                return Err(Error::AssessmentNotFound { id: id.to_string() });
            }
            Ok(())
        })
    }

    /// Inserts a whole assessment (an import) in one transaction; returns its local id.
    /// The uid must not exist yet, nor any of its roadmap items' uids.
    pub fn insert_data(&mut self, data: &AssessmentData) -> Result<i64> {
        self.write(|tx| insert_in(tx, data))
    }
}

/// Inserts an assessment's content (participants, answers, evidence, roadmap, workshop,
/// narratives) under its row `id`, inside the caller's transaction: an import and a merge's
/// rewrite share it.
fn insert_content(tx: &Transaction<'_>, id: i64, data: &AssessmentData, at: &str) -> Result<()> {
    insert_participants(tx, id, &data.participants)?;
    for r in &data.responses {
        rows::put_response(tx, id, r, at)?;
    }
    insert_evidence(tx, id, &data.evidence)?;
    insert_roadmap(tx, id, &data.roadmap)?;
    workshop::insert_workshop(tx, id, &data.workshop)?;
    narratives::insert_narratives(tx, id, &data.narratives)?;
    gdhm::put_details(tx, id, &data.gdhm)
}

/// Inserts a whole assessment inside the caller's transaction; see [`Db::insert_data`].
fn insert_in(tx: &Transaction<'_>, data: &AssessmentData) -> Result<i64> {
    let a = &data.assessment;
    {
        let exists = tx
            .query_row("SELECT 1 FROM assessments WHERE uid = ?1", [&a.uid], |_| {
                Ok(())
            })
            .optional()?;
        if exists.is_some() {
            return Err(Error::AlreadyExists {
                country: a.country.clone(),
                round: a.round.clone(),
                uid: a.uid.clone(),
            });
        }
        // Roadmap items keep their identifiers between computers; one already used by
        // another assessment here means the file copies someone else's roadmap.
        {
            let mut taken = tx.prepare("SELECT 1 FROM roadmap_items WHERE uid = ?1")?;
            for item in &data.roadmap {
                if taken.exists([&item.uid])? {
                    return Err(Error::InvalidValue {
                        field: "roadmap.uid".into(),
                        value: item.uid.clone(),
                    });
                }
            }
        }
        tx.execute(
            "INSERT INTO assessments (uid, country, round, assessment_date, facilitator,
                    framework_id, framework_version, language, status, created_at, updated_at,
                    approver_name, approver_role, government_approved, finalised_at, fingerprint)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
            params![
                a.uid,
                a.country,
                a.round,
                a.date,
                a.facilitator,
                a.framework.id,
                a.framework.version,
                a.language,
                a.status.as_str(),
                a.created_at,
                a.updated_at,
                a.approval.approver_name,
                a.approval.approver_role,
                a.approval.government_approved,
                a.approval.finalised_at,
                a.approval.fingerprint
            ],
        )?;
        let id = tx.last_insert_rowid();
        insert_content(tx, id, data, &a.updated_at)?;
        for c in &data.change_log {
            log_entry(tx, id, c)?;
        }
        Ok(id)
    }
}

impl Db {
    /// Replaces the whole roadmap (after a regeneration or a reorder) in one transaction.
    pub fn replace_roadmap(
        &mut self,
        id: i64,
        items: &[RoadmapItem],
        what: &str,
        actor: &str,
    ) -> Result<()> {
        let now = now_utc();
        self.write(|tx| {
            claim_draft(tx, id, &now)?;
            let before: i64 = tx.query_row(
                "SELECT count(*) FROM roadmap_items WHERE assessment_id = ?1",
                [id],
                |r| r.get(0),
            )?;
            tx.execute("DELETE FROM roadmap_items WHERE assessment_id = ?1", [id])?;
            insert_roadmap(tx, id, items)?;
            log(
                tx,
                id,
                &now,
                actor,
                what,
                None,
                Some(&before.to_string()),
                Some(&items.len().to_string()),
            )
        })
    }

    /// The follow-up of one roadmap action: its status and progress note, which stay
    /// editable after sign-off (the scores and the signed content do not: the check code
    /// still verifies, see `exchange::verify_check_code`). Logs `roadmap.status` and
    /// `roadmap.progress` with the old and new values, in one transaction; the
    /// assessment's last-change time is left as it was. An unknown action is refused.
    pub fn set_follow_up(
        &mut self,
        id: i64,
        uid: &str,
        status: RoadmapStatus,
        progress: &str,
        actor: &str,
    ) -> Result<()> {
        let now = now_utc();
        let progress = progress.trim();
        self.write(|tx| {
            assessment_in(tx, id)?;
            let old = rows::first(
                tx,
                &format!(
                    "{} WHERE assessment_id = ?1 AND uid = ?2",
                    rows::ROADMAP_ITEM
                ),
                params![id, uid],
                rows::roadmap_item,
            )?
            .ok_or_else(|| Error::InvalidValue {
                field: "roadmap".into(),
                value: uid.to_string(),
            })?;
            // In a draft, a person's change keeps the item on regeneration (`edited`); after
            // sign-off only the follow-up changes, nothing the check code covers otherwise.
            tx.execute(
                "UPDATE roadmap_items SET status = ?3, progress = ?4,
                    edited = CASE WHEN (SELECT status FROM assessments WHERE id = ?1) = 'draft'
                                  THEN 1 ELSE edited END
                 WHERE assessment_id = ?1 AND uid = ?2",
                params![id, uid, status.as_str(), progress],
            )?;
            // A draft's last change is now, as after any other edit (a finalised
            // assessment keeps its finalisation time: the check code covers it).
            tx.execute(
                "UPDATE assessments SET updated_at = ?2 WHERE id = ?1 AND status = 'draft'",
                params![id, now],
            )?;
            log_changes(
                tx,
                id,
                &now,
                actor,
                Some(uid),
                &[
                    (
                        "roadmap.status",
                        Some(old.status.as_str().into()),
                        Some(status.as_str().into()),
                    ),
                    (
                        "roadmap.progress",
                        Some(old.progress.clone()),
                        Some(progress.to_string()),
                    ),
                ],
            )
        })
    }

    /// Records that a progress report of the roadmap was written on `date` (the next one
    /// says what moved since); allowed after sign-off, like the follow-up.
    pub fn record_progress_report(&mut self, id: i64, date: &str, actor: &str) -> Result<()> {
        let now = now_utc();
        self.write(|tx| {
            assessment_in(tx, id)?;
            log(
                tx,
                id,
                &now,
                actor,
                "progress.reported",
                None,
                None,
                Some(date),
            )
        })
    }

    /// Stores a person's change to one roadmap item (marked edited, so that regeneration
    /// keeps it) and logs each field that changed. The item's indicator, origin, step and
    /// action line stay as they are.
    pub fn update_roadmap_item(&mut self, id: i64, item: &RoadmapItem, actor: &str) -> Result<()> {
        let now = now_utc();
        self.write(|tx| {
            claim_draft(tx, id, &now)?;
            let old = roadmap_item_in(tx, id, &item.uid)?;
            tx.execute(
                "UPDATE roadmap_items SET text = ?3, monitoring = ?4, timeframe = ?5,
                    responsible = ?6, priority = ?7, cost = ?8, status = ?9, edited = 1,
                    start_year = ?10, end_year = ?11, budget_amount = ?12,
                    budget_currency = ?13, baseline = ?14, monitoring_target = ?15
                 WHERE assessment_id = ?1 AND uid = ?2",
                params![
                    id,
                    item.uid,
                    item.text,
                    item.monitoring,
                    item.timeframe.as_str(),
                    item.responsible,
                    item.priority,
                    item.cost.as_str(),
                    item.status.as_str(),
                    item.start_year,
                    item.end_year,
                    item.budget.as_ref().map(|b| b.amount.as_str()),
                    item.budget.as_ref().map(|b| b.currency.as_str()),
                    item.baseline,
                    item.monitoring_target,
                ],
            )?;
            let budget =
                |b: &Option<Budget>| b.as_ref().map(|b| format!("{} {}", b.amount, b.currency));
            let fields: [(&str, Option<String>, Option<String>); 12] = [
                ("roadmap.text", old.text.clone(), item.text.clone()),
                (
                    "roadmap.monitoring",
                    old.monitoring.clone(),
                    item.monitoring.clone(),
                ),
                (
                    "roadmap.timeframe",
                    Some(old.timeframe.as_str().into()),
                    Some(item.timeframe.as_str().into()),
                ),
                (
                    "roadmap.responsible",
                    Some(old.responsible.clone()),
                    Some(item.responsible.clone()),
                ),
                (
                    "roadmap.priority",
                    Some(old.priority.to_string()),
                    Some(item.priority.to_string()),
                ),
                (
                    "roadmap.cost",
                    Some(old.cost.as_str().into()),
                    Some(item.cost.as_str().into()),
                ),
                (
                    "roadmap.status",
                    Some(old.status.as_str().into()),
                    Some(item.status.as_str().into()),
                ),
                (
                    "roadmap.start_year",
                    old.start_year.map(|y| y.to_string()),
                    item.start_year.map(|y| y.to_string()),
                ),
                (
                    "roadmap.end_year",
                    old.end_year.map(|y| y.to_string()),
                    item.end_year.map(|y| y.to_string()),
                ),
                ("roadmap.budget", budget(&old.budget), budget(&item.budget)),
                (
                    "roadmap.baseline",
                    Some(old.baseline.clone()).filter(|t| !t.is_empty()),
                    Some(item.baseline.clone()).filter(|t| !t.is_empty()),
                ),
                (
                    "roadmap.monitoring_target",
                    Some(old.monitoring_target.clone()).filter(|t| !t.is_empty()),
                    Some(item.monitoring_target.clone()).filter(|t| !t.is_empty()),
                ),
            ];
            log_changes(tx, id, &now, actor, Some(&item.uid), &fields)
        })
    }

    /// Adds an action the team wrote (no template: on an indicator, or cross-cutting) at the
    /// end of the roadmap, marked edited, in one transaction that claims the draft (own
    /// actions are planning: a finalised assessment refuses them, like every other change
    /// but the follow-up) and logs `roadmap.added` with the action's text. The caller has
    /// checked the item against the framework; a uid already used is refused.
    pub fn add_roadmap_item(&mut self, id: i64, item: &RoadmapItem, actor: &str) -> Result<()> {
        let now = now_utc();
        self.write(|tx| {
            claim_draft(tx, id, &now)?;
            let used: i64 = tx.query_row(
                "SELECT count(*) FROM roadmap_items WHERE uid = ?1",
                [&item.uid],
                |r| r.get(0),
            )?;
            if used > 0 || item.template.is_some() {
                return Err(Error::InvalidValue {
                    field: "roadmap".into(),
                    value: item.uid.clone(),
                });
            }
            let next: i64 = tx.query_row(
                "SELECT coalesce(max(position) + 1, 0) FROM roadmap_items WHERE assessment_id = ?1",
                [id],
                |r| r.get(0),
            )?;
            let stored = RoadmapItem {
                position: next,
                edited: true,
                ..item.clone()
            };
            insert_roadmap(tx, id, std::slice::from_ref(&stored))?;
            log(
                tx,
                id,
                &now,
                actor,
                "roadmap.added",
                Some(&item.uid),
                None,
                item.text.as_deref(),
            )
        })
    }

    /// Deletes an action the team wrote, in one transaction that claims the draft, and logs
    /// `roadmap.deleted` with its text. An action from the template library is not deleted
    /// (the next proposal would bring it back): it is dropped, with its status.
    pub fn delete_roadmap_item(&mut self, id: i64, uid: &str, actor: &str) -> Result<()> {
        let now = now_utc();
        self.write(|tx| {
            claim_draft(tx, id, &now)?;
            let old = roadmap_item_in(tx, id, uid)?;
            if !old.is_own() {
                return Err(Error::InvalidAction {
                    rule: "template-action",
                    value: old.text.clone().unwrap_or_else(|| uid.to_string()),
                });
            }
            tx.execute(
                "DELETE FROM roadmap_items WHERE assessment_id = ?1 AND uid = ?2",
                params![id, uid],
            )?;
            log(
                tx,
                id,
                &now,
                actor,
                "roadmap.deleted",
                Some(uid),
                old.text.as_deref(),
                None,
            )
        })
    }

    /// A per-database setting (interface language, first-run state).
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, value],
            )?;
            Ok(())
        })
    }

    /// Evidence items of one indicator with their row ids, in order.
    pub fn evidence_of(&self, id: i64, code: &str) -> Result<Vec<(i64, Evidence)>> {
        rows::all(
            &self.conn,
            &format!(
                "{} WHERE assessment_id = ?1 AND indicator_code = ?2 ORDER BY position, id",
                rows::EVIDENCE
            ),
            params![id, code],
            rows::evidence,
        )
    }

    /// Removes one evidence item (by row id) and logs it.
    pub fn remove_evidence(&mut self, id: i64, row: i64, actor: &str) -> Result<()> {
        let now = now_utc();
        self.write(|tx| {
            claim_draft(tx, id, &now)?;
            let found = rows::first(
                tx,
                &format!("{} WHERE id = ?1 AND assessment_id = ?2", rows::EVIDENCE),
                params![row, id],
                rows::evidence,
            )?;
            let Some((_, item)) = found else {
                return Err(Error::InvalidValue {
                    field: "evidence".into(),
                    value: row.to_string(),
                });
            };
            tx.execute("DELETE FROM evidence WHERE id = ?1", [row])?;
            log(
                tx,
                id,
                &now,
                actor,
                "evidence.removed",
                Some(&item.indicator),
                Some(&item.title),
                None,
            )
        })
    }
}

fn assessment_in(conn: &Connection, id: i64) -> Result<Assessment> {
    rows::first(
        conn,
        &format!("{} WHERE id = ?1", rows::ASSESSMENT),
        [id],
        rows::assessment,
    )?
    .ok_or(Error::AssessmentNotFound { id: id.to_string() })
}

fn responses_in(conn: &Connection, id: i64) -> Result<Vec<Response>> {
    rows::all(
        conn,
        &format!("{} WHERE assessment_id = ?1 ORDER BY rowid", rows::RESPONSE),
        [id],
        rows::response,
    )
}

/// One roadmap item of an assessment, inside the caller's transaction; an unknown uid is
/// refused.
fn roadmap_item_in(tx: &Transaction<'_>, id: i64, uid: &str) -> Result<RoadmapItem> {
    rows::first(
        tx,
        &format!(
            "{} WHERE assessment_id = ?1 AND uid = ?2",
            rows::ROADMAP_ITEM
        ),
        params![id, uid],
        rows::roadmap_item,
    )?
    .ok_or_else(|| Error::InvalidValue {
        field: "roadmap".into(),
        value: uid.to_string(),
    })
}

fn roadmap_in(conn: &Connection, id: i64) -> Result<Vec<RoadmapItem>> {
    rows::all(
        conn,
        &format!(
            "{} WHERE assessment_id = ?1 ORDER BY position, id",
            rows::ROADMAP_ITEM
        ),
        [id],
        rows::roadmap_item,
    )
}

/// The draft check of every change to an assessment's content, inside its transaction:
/// marks the assessment changed at `now` if it is still a draft, else refuses. A
/// finalisation committed before this transaction began is seen here; none can commit
/// while it runs (the transaction is immediate).
fn claim_draft(tx: &Transaction<'_>, id: i64, now: &str) -> Result<()> {
    let changed = tx
        .prepare_cached(
            "UPDATE assessments SET updated_at = ?2 WHERE id = ?1 AND status = 'draft'",
        )?
        .execute(params![id, now])?;
    if changed == 1 {
        return Ok(());
    }
    let a = assessment_in(tx, id)?;
    Err(Error::AssessmentLocked {
        country: a.country,
        round: a.round,
    })
}

/// Stores one answer and logs every field that changed, inside the caller's transaction
/// (which has claimed the draft); returns the answer as stored (see
/// [`rounds::reviewed_answer`]).
fn save_response_in(
    tx: &Transaction<'_>,
    id: i64,
    response: &Response,
    now: &str,
    actor: &str,
) -> Result<Response> {
    let old = rows::first(
        tx,
        &format!(
            "{} WHERE assessment_id = ?1 AND indicator_code = ?2",
            rows::RESPONSE
        ),
        params![id, response.indicator],
        rows::response,
    )?
    .unwrap_or_else(|| Response::empty(&response.indicator));
    let stored = rounds::reviewed_answer(tx, id, &old, response)?;
    let response = &stored;
    rows::put_response(tx, id, response, now)?;
    let code = Some(response.indicator.as_str());
    let fields: [(&str, Option<String>, Option<String>); 8] = [
        (
            "response.current",
            current_text(old.current),
            current_text(response.current),
        ),
        (
            "response.target",
            old.target.map(|t| t.to_string()),
            response.target.map(|t| t.to_string()),
        ),
        (
            "response.target_year",
            old.target_year.map(|t| t.to_string()),
            response.target_year.map(|t| t.to_string()),
        ),
        (
            "response.rationale",
            Some(old.rationale.clone()).filter(|s| !s.is_empty()),
            Some(response.rationale.clone()).filter(|s| !s.is_empty()),
        ),
        (
            "response.confidence",
            old.confidence.map(|c| c.as_str().to_string()),
            response.confidence.map(|c| c.as_str().to_string()),
        ),
        (
            "response.change_note",
            Some(old.change_note.clone()).filter(|s| !s.is_empty()),
            Some(response.change_note.clone()).filter(|s| !s.is_empty()),
        ),
        (
            "response.na_reason",
            old.na_reason.map(|r| r.as_str().to_string()),
            response.na_reason.map(|r| r.as_str().to_string()),
        ),
        (
            "response.reviewed",
            old.carried.then(|| "carried".to_string()),
            old.carried.then(|| "saved".to_string()),
        ),
    ];
    log_changes(tx, id, now, actor, code, &fields)?;
    Ok(stored)
}

fn check_new(new: &NewAssessment) -> Result<()> {
    let invalid = |field: &str, value: &str| Error::InvalidValue {
        field: field.to_string(),
        value: value.to_string(),
    };
    if new.country.trim().is_empty() {
        return Err(invalid("country", &new.country));
    }
    if new.round.trim().is_empty() {
        return Err(invalid("round", &new.round));
    }
    if !is_valid_date(&new.date) {
        return Err(invalid("date", &new.date));
    }
    if crate::i18n::Lang::parse(&new.language).is_none() {
        return Err(Error::UnknownLanguage {
            lang: new.language.clone(),
        });
    }
    crate::framework::find(&new.framework.id, &new.framework.version)?;
    Ok(())
}

fn current_text(current: Option<Current>) -> Option<String> {
    match current {
        Some(Current::Phase(p)) => Some(p.to_string()),
        Some(Current::NotApplicable) => Some("NA".into()),
        None => None,
    }
}

fn insert_participants(tx: &Transaction<'_>, id: i64, list: &[Participant]) -> Result<()> {
    let mut stmt = tx.prepare(
        "INSERT INTO participants (assessment_id, position, name, organisation, role)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (i, p) in list.iter().enumerate() {
        stmt.execute(params![id, i as i64, p.name, p.organisation, p.role])?;
    }
    Ok(())
}

/// Appends evidence items after the assessment's last one. The next position is read once,
/// not per row: a file with many items imports in linear time.
fn insert_evidence(tx: &Transaction<'_>, id: i64, items: &[Evidence]) -> Result<()> {
    let next: i64 = tx.query_row(
        "SELECT coalesce(max(position), -1) + 1 FROM evidence WHERE assessment_id = ?1",
        [id],
        |r| r.get(0),
    )?;
    let mut stmt = tx.prepare(
        "INSERT INTO evidence (assessment_id, indicator_code, position, title, reference)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (i, e) in items.iter().enumerate() {
        stmt.execute(params![
            id,
            e.indicator,
            next + i as i64,
            e.title,
            e.reference
        ])?;
    }
    Ok(())
}

fn insert_roadmap(tx: &Transaction<'_>, id: i64, items: &[RoadmapItem]) -> Result<()> {
    let mut stmt = tx.prepare(
        "INSERT INTO roadmap_items (uid, assessment_id, indicator_code, template_id,
            from_phase, to_phase, action_line, text, monitoring, timeframe, responsible,
            priority, cost, status, position, edited, progress, block_id, start_year, end_year,
            budget_amount, budget_currency, baseline, monitoring_target)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
            ?18, ?19, ?20, ?21, ?22, ?23, ?24)",
    )?;
    for item in items {
        stmt.execute(params![
            item.uid,
            id,
            // A cross-cutting action has no indicator: NULL, never an empty code.
            Some(item.indicator.as_str()).filter(|c| !c.is_empty()),
            item.template,
            item.from_phase,
            item.to_phase,
            item.line,
            item.text,
            item.monitoring,
            item.timeframe.as_str(),
            item.responsible,
            item.priority,
            item.cost.as_str(),
            item.status.as_str(),
            item.position,
            item.edited,
            item.progress,
            item.block,
            item.start_year,
            item.end_year,
            item.budget.as_ref().map(|b| b.amount.as_str()),
            item.budget.as_ref().map(|b| b.currency.as_str()),
            item.baseline,
            item.monitoring_target
        ])?;
    }
    Ok(())
}

/// Logs each `(what, old, new)` whose value changed.
fn log_changes(
    tx: &Transaction<'_>,
    id: i64,
    now: &str,
    actor: &str,
    subject: Option<&str>,
    fields: &[(&str, Option<String>, Option<String>)],
) -> Result<()> {
    for (what, before, after) in fields {
        if before != after {
            log(
                tx,
                id,
                now,
                actor,
                what,
                subject,
                before.as_deref(),
                after.as_deref(),
            )?;
        }
    }
    Ok(())
}

/// Writes a change-log entry as it was made elsewhere (its time and author kept): a file's
/// entries brought in by an import or a merge.
fn log_entry(tx: &Transaction<'_>, id: i64, c: &crate::model::Change) -> Result<()> {
    log(
        tx,
        id,
        &c.at,
        &c.actor,
        &c.what,
        c.subject.as_deref(),
        c.old.as_deref(),
        c.new.as_deref(),
    )
}

#[allow(clippy::too_many_arguments)]
fn log(
    tx: &Transaction<'_>,
    id: i64,
    at: &str,
    actor: &str,
    what: &str,
    subject: Option<&str>,
    old: Option<&str>,
    new: Option<&str>,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO change_log (assessment_id, at, actor, what, subject, old_value, new_value)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![id, at, actor, what, subject, old, new])?;
    Ok(())
}

#[cfg(test)]
mod tests;
