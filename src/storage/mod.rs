//! Storage of assessments in one SQLite file (rusqlite, bundled SQLite).
//!
//! - Schema version in `PRAGMA user_version`, upgraded step by step (`schema.rs`); a database
//!   that is not DHMA's, is damaged, or is newer than this build is never modified.
//! - WAL journal with `synchronous=FULL`: a change reported as saved survives a power cut.
//! - Foreign keys on; one connection per `Db` (the single writer); every change runs in one
//!   immediate transaction together with its change-log entries (`Db::write`).

pub mod schema;

use std::path::{Path, PathBuf};

use rusqlite::{
    params, Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior,
};

use crate::error::{Error, Result};
use crate::framework::{CostClass, FrameworkRef, TimeFrame};
use crate::model::*;
use crate::scoring::Current;

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
    /// Held for the life of a `Db` opened with [`Db::open_exclusive`].
    _lock: Option<std::fs::File>,
    /// Runs right before each write transaction begins (tests: another writer meanwhile).
    #[cfg(test)]
    pub(crate) before_write: Option<Box<dyn FnMut(&Connection)>>,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db").field("path", &self.path).finish_non_exhaustive()
    }
}

fn db_err(path: &str) -> impl Fn(rusqlite::Error) -> Error + '_ {
    move |e| Error::sqlite(path, &e)
}

impl Db {
    /// Opens (or creates) the database at `path`, upgrading an older schema.
    pub fn open(path: &Path) -> Result<Db> {
        let shown = path.display().to_string();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, &e))?;
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(db_err(&shown))?;
        Db::init(conn, shown)
    }

    /// Opens the database for the one program that edits it (the desktop app): a second
    /// process asking for it gets [`Error::DatabaseInUse`] instead of writing alongside.
    /// The lock is an OS file lock on `<file>.lock`, released when the process ends, even by
    /// a crash.
    pub fn open_exclusive(path: &Path) -> Result<Db> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, &e))?;
        }
        let mut lock_path = path.as_os_str().to_owned();
        lock_path.push(".lock");
        let lock_path = PathBuf::from(lock_path);
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| Error::io(&lock_path, &e))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(Error::DatabaseInUse {
                    path: path.display().to_string(),
                })
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(Error::io(&lock_path, &e)),
        }
        let mut db = Db::open(path)?;
        db._lock = Some(lock);
        Ok(db)
    }

    /// A private database in memory (tests, one-off scoring).
    pub fn open_in_memory() -> Result<Db> {
        let conn = Connection::open_in_memory()?;
        Db::init(conn, MEMORY.into())
    }

    fn init(conn: Connection, path: String) -> Result<Db> {
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .map_err(db_err(&path))?;
        // Read-only checks first: nothing is written to a file that is not ours, is newer
        // or is damaged.
        let found = schema::inspect(&conn, &path)?;
        let fresh = found == schema::Found::Fresh;
        let version = match found {
            schema::Found::Dhma(v) => v,
            schema::Found::Fresh => 0,
        };
        if !fresh && version < schema::LATEST_VERSION && path != MEMORY {
            crate::backup::create_from(&conn, Path::new(&path), crate::backup::Reason::Upgrade)?;
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
            _lock: None,
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
        let reopened = Db::init(conn, self.path.clone())?;
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
            Ok(id)
        })?;
        self.assessment(id)
    }

    pub fn assessment(&self, id: i64) -> Result<Assessment> {
        self.conn
            .query_row(
                "SELECT id, uid, country, round, assessment_date, facilitator, framework_id,
                        framework_version, language, status, created_at, updated_at,
                        approver_name, approver_role, government_approved, finalised_at,
                        fingerprint
                 FROM assessments WHERE id = ?1",
                [id],
                |r| {
                    Ok(Assessment {
                        id: r.get(0)?,
                        uid: r.get(1)?,
                        country: r.get(2)?,
                        round: r.get(3)?,
                        date: r.get(4)?,
                        facilitator: r.get(5)?,
                        framework: FrameworkRef {
                            id: r.get(6)?,
                            version: r.get(7)?,
                        },
                        language: r.get(8)?,
                        status: Status::parse(&r.get::<_, String>(9)?).unwrap_or(Status::Draft),
                        created_at: r.get(10)?,
                        updated_at: r.get(11)?,
                        approval: Approval {
                            approver_name: r.get(12)?,
                            approver_role: r.get(13)?,
                            government_approved: r.get(14)?,
                            finalised_at: r.get(15)?,
                            fingerprint: r.get(16)?,
                        },
                    })
                },
            )
            .optional()?
            .ok_or(Error::AssessmentNotFound { id: id.to_string() })
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
        let mut stmt = self.conn.prepare(
            "SELECT a.id, a.uid, a.country, a.round, a.assessment_date, a.status,
                    a.framework_id, a.framework_version, a.language,
                    (SELECT count(*) FROM responses r WHERE r.assessment_id = a.id
                        AND (r.current_phase IS NOT NULL OR r.not_applicable = 1))
             FROM assessments a ORDER BY a.assessment_date DESC, a.id DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(AssessmentSummary {
                id: r.get(0)?,
                uid: r.get(1)?,
                country: r.get(2)?,
                round: r.get(3)?,
                date: r.get(4)?,
                status: Status::parse(&r.get::<_, String>(5)?).unwrap_or(Status::Draft),
                framework: FrameworkRef {
                    id: r.get(6)?,
                    version: r.get(7)?,
                },
                language: r.get(8)?,
                answered: r.get::<_, i64>(9)? as usize,
                total: 0,
            })
        })?;
        let mut out: Vec<AssessmentSummary> = rows.collect::<rusqlite::Result<_>>()?;
        for s in &mut out {
            s.total = crate::framework::find(&s.framework.id, &s.framework.version)
                .map(|f| f.indicators.len())
                .unwrap_or(0);
        }
        Ok(out)
    }

    pub fn responses(&self, id: i64) -> Result<Vec<Response>> {
        let mut stmt = self.conn.prepare(
            "SELECT indicator_code, current_phase, not_applicable, target_phase, target_year,
                    rationale, confidence
             FROM responses WHERE assessment_id = ?1 ORDER BY rowid",
        )?;
        let rows = stmt.query_map([id], |r| {
            let phase: Option<u8> = r.get(1)?;
            let na: bool = r.get(2)?;
            Ok(Response {
                indicator: r.get(0)?,
                current: if na {
                    Some(Current::NotApplicable)
                } else {
                    phase.map(Current::Phase)
                },
                target: r.get(3)?,
                target_year: r.get(4)?,
                rationale: r.get(5)?,
                confidence: r
                    .get::<_, Option<String>>(6)?
                    .and_then(|c| Confidence::parse(&c)),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Everything of one assessment.
    pub fn load(&self, id: i64) -> Result<AssessmentData> {
        let assessment = self.assessment(id)?;
        let mut stmt = self.conn.prepare(
            "SELECT name, organisation, role FROM participants
             WHERE assessment_id = ?1 ORDER BY position, id",
        )?;
        let participants = stmt
            .query_map([id], |r| {
                Ok(Participant {
                    name: r.get(0)?,
                    organisation: r.get(1)?,
                    role: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = self.conn.prepare(
            "SELECT indicator_code, title, reference FROM evidence
             WHERE assessment_id = ?1 ORDER BY position, id",
        )?;
        let evidence = stmt
            .query_map([id], |r| {
                Ok(Evidence {
                    indicator: r.get(0)?,
                    title: r.get(1)?,
                    reference: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = self.conn.prepare(
            "SELECT uid, indicator_code, template_id, from_phase, to_phase, action_line, text,
                    monitoring, timeframe, responsible, priority, cost, status, position, edited
             FROM roadmap_items WHERE assessment_id = ?1 ORDER BY position, id",
        )?;
        let roadmap = stmt
            .query_map([id], |r| {
                Ok(RoadmapItem {
                    uid: r.get(0)?,
                    indicator: r.get(1)?,
                    template: r.get(2)?,
                    from_phase: r.get(3)?,
                    to_phase: r.get(4)?,
                    line: r.get(5)?,
                    text: r.get(6)?,
                    monitoring: r.get(7)?,
                    timeframe: TimeFrame::parse(&r.get::<_, String>(8)?)
                        .unwrap_or(TimeFrame::Medium),
                    responsible: r.get(9)?,
                    priority: r.get(10)?,
                    cost: CostClass::parse(&r.get::<_, String>(11)?).unwrap_or(CostClass::Medium),
                    status: RoadmapStatus::parse(&r.get::<_, String>(12)?)
                        .unwrap_or(RoadmapStatus::Proposed),
                    position: r.get(13)?,
                    edited: r.get(14)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = self.conn.prepare(
            "SELECT at, actor, what, subject, old_value, new_value FROM change_log
             WHERE assessment_id = ?1 ORDER BY id",
        )?;
        let change_log = stmt
            .query_map([id], |r| {
                Ok(Change {
                    at: r.get(0)?,
                    actor: r.get(1)?,
                    what: r.get(2)?,
                    subject: r.get(3)?,
                    old: r.get(4)?,
                    new: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(AssessmentData {
            responses: self.responses(id)?,
            assessment,
            participants,
            evidence,
            roadmap,
            change_log,
        })
    }

    /// Stores one answer (the autosave path) and logs every field that changed, in one
    /// transaction. The caller has checked the answer against the framework
    /// ([`crate::validate::response`]).
    pub fn save_response(&mut self, id: i64, response: &Response, actor: &str) -> Result<()> {
        let old = self
            .responses(id)?
            .into_iter()
            .find(|r| r.indicator == response.indicator)
            .unwrap_or_else(|| Response::empty(&response.indicator));
        self.ensure_draft(id)?;
        let now = now_utc();
        self.write(|tx| {
            let (phase, na) = current_columns(response.current);
            tx.execute(
                "INSERT INTO responses (assessment_id, indicator_code, current_phase,
                    not_applicable, target_phase, target_year, rationale, confidence, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                 ON CONFLICT (assessment_id, indicator_code) DO UPDATE SET
                    current_phase = excluded.current_phase,
                    not_applicable = excluded.not_applicable,
                    target_phase = excluded.target_phase,
                    target_year = excluded.target_year,
                    rationale = excluded.rationale,
                    confidence = excluded.confidence,
                    updated_at = excluded.updated_at",
                params![
                    id,
                    response.indicator,
                    phase,
                    na,
                    response.target,
                    response.target_year,
                    response.rationale,
                    response.confidence.map(Confidence::as_str),
                    now
                ],
            )?;
            let code = Some(response.indicator.as_str());
            let fields: [(&str, Option<String>, Option<String>); 5] = [
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
            ];
            log_changes(tx, id, &now, actor, code, &fields)?;
            touch(tx, id, &now)
        })
    }

    /// Locks a draft: status finalised, with its sign-off and fingerprint. The caller
    /// (`service::finalise`) checks that the assessment is ready and makes the backup.
    pub fn finalise(&mut self, id: i64, approval: &Approval, actor: &str) -> Result<()> {
        self.ensure_draft(id)?;
        let now = now_utc();
        self.write(|tx| {
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
            )?;
            touch(tx, id, &now)
        })
    }

    /// Replaces the participant list.
    pub fn set_participants(&mut self, id: i64, list: &[Participant], actor: &str) -> Result<()> {
        self.ensure_draft(id)?;
        let now = now_utc();
        self.write(|tx| {
            tx.execute("DELETE FROM participants WHERE assessment_id = ?1", [id])?;
            insert_participants(tx, id, list)?;
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
            )?;
            touch(tx, id, &now)
        })
    }

    /// Adds one evidence item at the end of the indicator's list.
    pub fn add_evidence(&mut self, id: i64, item: &Evidence, actor: &str) -> Result<()> {
        self.ensure_draft(id)?;
        let now = now_utc();
        self.write(|tx| {
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
            )?;
            touch(tx, id, &now)
        })
    }

    /// Deletes an assessment and everything that belongs to it.
    pub fn delete_assessment(&mut self, id: i64) -> Result<()> {
        self.assessment(id)?;
        self.write(|tx| {
            tx.execute("DELETE FROM assessments WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    /// Inserts a whole assessment (an import) in one transaction; returns its local id.
    /// The uid must not exist yet.
    pub fn insert_data(&mut self, data: &AssessmentData) -> Result<i64> {
        let a = &data.assessment;
        if self.find_uid(&a.uid)?.is_some() {
            return Err(Error::AlreadyExists {
                country: a.country.clone(),
                round: a.round.clone(),
                uid: a.uid.clone(),
            });
        }
        // Roadmap items keep their identifiers between computers; one already used by
        // another assessment here means the file copies someone else's roadmap.
        {
            let mut taken = self
                .conn
                .prepare("SELECT 1 FROM roadmap_items WHERE uid = ?1")?;
            for item in &data.roadmap {
                if taken.exists([&item.uid])? {
                    return Err(Error::InvalidValue {
                        field: "roadmap.uid".into(),
                        value: item.uid.clone(),
                    });
                }
            }
        }
        self.write(|tx| {
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
            insert_participants(tx, id, &data.participants)?;
            let mut stmt = tx.prepare(
                "INSERT INTO responses (assessment_id, indicator_code, current_phase,
                    not_applicable, target_phase, target_year, rationale, confidence, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?;
            for r in &data.responses {
                let (phase, na) = current_columns(r.current);
                stmt.execute(params![
                    id,
                    r.indicator,
                    phase,
                    na,
                    r.target,
                    r.target_year,
                    r.rationale,
                    r.confidence.map(Confidence::as_str),
                    a.updated_at
                ])?;
            }
            insert_evidence(tx, id, &data.evidence)?;
            insert_roadmap(tx, id, &data.roadmap)?;
            for c in &data.change_log {
                log(
                    tx,
                    id,
                    &c.at,
                    &c.actor,
                    &c.what,
                    c.subject.as_deref(),
                    c.old.as_deref(),
                    c.new.as_deref(),
                )?;
            }
            Ok(id)
        })
    }

    /// Replaces the whole roadmap (after a regeneration or a reorder) in one transaction.
    pub fn replace_roadmap(
        &mut self,
        id: i64,
        items: &[RoadmapItem],
        what: &str,
        actor: &str,
    ) -> Result<()> {
        self.ensure_draft(id)?;
        let now = now_utc();
        let before = self.load(id)?.roadmap.len();
        self.write(|tx| {
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
            )?;
            touch(tx, id, &now)
        })
    }

    /// Stores a person's change to one roadmap item (marked edited, so that regeneration
    /// keeps it) and logs each field that changed.
    pub fn update_roadmap_item(&mut self, id: i64, item: &RoadmapItem, actor: &str) -> Result<()> {
        self.ensure_draft(id)?;
        let old = self
            .load(id)?
            .roadmap
            .into_iter()
            .find(|i| i.uid == item.uid)
            .ok_or_else(|| Error::InvalidValue {
                field: "roadmap".into(),
                value: item.uid.clone(),
            })?;
        let now = now_utc();
        self.write(|tx| {
            tx.execute(
                "UPDATE roadmap_items SET text = ?3, monitoring = ?4, timeframe = ?5,
                    responsible = ?6, priority = ?7, cost = ?8, status = ?9, edited = 1
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
                    item.status.as_str()
                ],
            )?;
            let fields: [(&str, Option<String>, Option<String>); 7] = [
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
            ];
            log_changes(tx, id, &now, actor, Some(&item.uid), &fields)?;
            touch(tx, id, &now)
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
        let mut stmt = self.conn.prepare(
            "SELECT id, indicator_code, title, reference FROM evidence
             WHERE assessment_id = ?1 AND indicator_code = ?2 ORDER BY position, id",
        )?;
        let rows = stmt.query_map(params![id, code], |r| {
            Ok((
                r.get(0)?,
                Evidence {
                    indicator: r.get(1)?,
                    title: r.get(2)?,
                    reference: r.get(3)?,
                },
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Removes one evidence item (by row id) and logs it.
    pub fn remove_evidence(&mut self, id: i64, row: i64, actor: &str) -> Result<()> {
        self.ensure_draft(id)?;
        let now = now_utc();
        self.write(|tx| {
            let found: Option<(String, String)> = tx
                .query_row(
                    "SELECT indicator_code, title FROM evidence WHERE id = ?1 AND assessment_id = ?2",
                    params![row, id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let Some((code, title)) = found else {
                return Err(Error::InvalidValue {
                    field: "evidence".into(),
                    value: row.to_string(),
                });
            };
            tx.execute("DELETE FROM evidence WHERE id = ?1", [row])?;
            log(tx, id, &now, actor, "evidence.removed", Some(&code), Some(&title), None)?;
            touch(tx, id, &now)
        })
    }

    fn ensure_draft(&self, id: i64) -> Result<()> {
        let a = self.assessment(id)?;
        if a.status == Status::Finalised {
            return Err(Error::AssessmentLocked { id: a.uid });
        }
        Ok(())
    }
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

fn current_columns(current: Option<Current>) -> (Option<u8>, bool) {
    match current {
        Some(Current::Phase(p)) => (Some(p), false),
        Some(Current::NotApplicable) => (None, true),
        None => (None, false),
    }
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
            priority, cost, status, position, edited)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    )?;
    for item in items {
        stmt.execute(params![
            item.uid,
            id,
            item.indicator,
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
            item.edited
        ])?;
    }
    Ok(())
}

fn touch(tx: &Transaction<'_>, id: i64, now: &str) -> Result<()> {
    tx.execute(
        "UPDATE assessments SET updated_at = ?2 WHERE id = ?1",
        params![id, now],
    )?;
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
    tx.execute(
        "INSERT INTO change_log (assessment_id, at, actor, what, subject, old_value, new_value)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![id, at, actor, what, subject, old, new],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests;
