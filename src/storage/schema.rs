//! The database schema: the latest version created at once, and step-by-step upgrades from
//! every older version. A test checks that an upgraded database equals a fresh one.

use rusqlite::{Connection, Transaction};

use crate::error::{Error, Result};

/// `PRAGMA application_id` of a DHMA database ("DHMA" in ASCII).
pub const APPLICATION_ID: i32 = 0x4448_4D41;

/// `PRAGMA user_version` of the schema this build writes.
pub const LATEST_VERSION: u32 = 8;

/// What the read-only checks found in a database file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// A database without any table (an empty file, whatever its header says): new.
    Fresh,
    /// A whole DHMA database of this schema version (at most [`LATEST_VERSION`]).
    Dhma(u32),
}

/// Read-only checks before anything is written: a database without tables (new), or a
/// whole DHMA database of a schema version this build knows (1 to [`LATEST_VERSION`]):
/// DHMA's application id, every table of that version with its columns, and
/// `PRAGMA integrity_check`. `path` names it in errors.
pub fn inspect(conn: &Connection, path: &str) -> Result<Found> {
    let not_ours = || Error::NotDhmaDatabase { path: path.into() };
    let app_id: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(|_| not_ours())?;
    let version: u32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|_| not_ours())?;
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
        .map_err(|_| not_ours())?;
    if tables == 0 {
        return Ok(Found::Fresh);
    }
    if app_id != APPLICATION_ID {
        return Err(not_ours());
    }
    if version > LATEST_VERSION {
        return Err(Error::DatabaseTooNew {
            path: path.into(),
            found: version,
            supported: LATEST_VERSION,
        });
    }
    let damaged = |detail: String| Error::DatabaseDamaged {
        path: path.into(),
        detail,
    };
    if version == 0 {
        return Err(damaged("schema version 0".into()));
    }
    let check: String = conn
        .query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))
        .map_err(|e| damaged(e.to_string()))?;
    if check != "ok" {
        return Err(damaged(check));
    }
    let expected = columns_of_version(version)?;
    let found = columns(conn).map_err(|e| damaged(e.to_string()))?;
    for (table, cols) in &expected {
        match found.get(table) {
            Some(have) if have == cols => {}
            _ => return Err(damaged(format!("table {table}"))),
        }
    }
    Ok(Found::Dhma(version))
}

/// Table → column names of a database.
type Columns = std::collections::BTreeMap<String, Vec<String>>;

fn columns(conn: &Connection) -> rusqlite::Result<Columns> {
    let mut stmt = conn.prepare(
        "SELECT m.name, p.name FROM sqlite_schema m, pragma_table_info(m.name) p
         WHERE m.type = 'table' ORDER BY m.name, p.cid",
    )?;
    let mut out = Columns::new();
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        out.entry(r.get(0)?).or_default().push(r.get(1)?);
    }
    Ok(out)
}

/// The tables and columns schema `version` has, from a scratch database in memory.
fn columns_of_version(version: u32) -> Result<Columns> {
    let mut conn = Connection::open_in_memory()?;
    let tx = conn.transaction()?;
    create_version(&tx, version)?;
    Ok(columns(&tx)?)
}

/// Checks of the file's bytes before SQLite opens it, for what SQLite itself lets through:
/// it takes any file shorter than one page for an empty database (and would write over it),
/// and a file cut short inside its last page for a whole one. A missing or empty file is a
/// new database; anything else must start with SQLite's header and hold whole pages.
pub fn check_file(path: &std::path::Path) -> Result<()> {
    use std::io::Read;
    let shown = || path.display().to_string();
    let len = match std::fs::metadata(path) {
        Ok(m) => m.len(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::io(path, &e)),
    };
    if len == 0 {
        return Ok(());
    }
    let mut header = [0u8; 100];
    let read = std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut header));
    if read.is_err() || !header.starts_with(b"SQLite format 3\0") {
        return Err(Error::NotDhmaDatabase { path: shown() });
    }
    // The page size: a power of two from 512 to 32768, or 1 for 65536.
    let page_size = match header.get(16..18) {
        Some(&[1, 0]) => 65_536,
        Some(&[hi, lo]) => u64::from(u16::from_be_bytes([hi, lo])),
        _ => 0,
    };
    if !(512..=65_536).contains(&page_size) || !page_size.is_power_of_two() {
        return Err(Error::DatabaseDamaged {
            path: shown(),
            detail: format!("page size {page_size}"),
        });
    }
    if len % page_size != 0 {
        return Err(Error::DatabaseDamaged {
            path: shown(),
            detail: format!("{len} bytes: not whole pages of {page_size}"),
        });
    }
    Ok(())
}

/// [`inspect`], and an empty file is refused too (a backup must hold a database).
pub fn check_readable(conn: &Connection, path: &str) -> Result<()> {
    match inspect(conn, path)? {
        Found::Dhma(_) => Ok(()),
        Found::Fresh => Err(Error::NotDhmaDatabase { path: path.into() }),
    }
}

/// Version 1: assessments, participants, responses, evidence, roadmap, change log.
const V1: &str = r#"
CREATE TABLE assessments (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    country TEXT NOT NULL,
    round TEXT NOT NULL,
    assessment_date TEXT NOT NULL,
    facilitator TEXT NOT NULL,
    framework_id TEXT NOT NULL,
    framework_version TEXT NOT NULL,
    language TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'finalised')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE participants (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX participants_by_assessment ON participants(assessment_id, position);

CREATE TABLE responses (
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    indicator_code TEXT NOT NULL,
    current_phase INTEGER CHECK (current_phase BETWEEN 1 AND 5),
    not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
    target_phase INTEGER CHECK (target_phase BETWEEN 1 AND 5),
    target_year INTEGER CHECK (target_year BETWEEN 1900 AND 2200),
    rationale TEXT NOT NULL DEFAULT '',
    confidence TEXT CHECK (confidence IN ('low', 'medium', 'high')),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (assessment_id, indicator_code),
    CHECK (NOT (not_applicable = 1 AND current_phase IS NOT NULL))
) STRICT;

CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    indicator_code TEXT NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    reference TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX evidence_by_indicator ON evidence(assessment_id, indicator_code, position);

CREATE TABLE roadmap_items (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    indicator_code TEXT NOT NULL,
    template_id TEXT,
    from_phase INTEGER NOT NULL CHECK (from_phase BETWEEN 1 AND 4),
    to_phase INTEGER NOT NULL CHECK (to_phase BETWEEN 2 AND 5),
    action_line TEXT NOT NULL,
    text TEXT,
    monitoring TEXT,
    timeframe TEXT NOT NULL CHECK (timeframe IN ('short', 'medium', 'long')),
    responsible TEXT NOT NULL,
    priority INTEGER NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 3),
    cost TEXT NOT NULL CHECK (cost IN ('low', 'medium', 'high')),
    status TEXT NOT NULL DEFAULT 'proposed'
        CHECK (status IN ('proposed', 'planned', 'in-progress', 'done', 'dropped')),
    position INTEGER NOT NULL,
    edited INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1))
) STRICT;
CREATE INDEX roadmap_by_assessment ON roadmap_items(assessment_id, position);

CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    what TEXT NOT NULL,
    subject TEXT,
    old_value TEXT,
    new_value TEXT
) STRICT;
CREATE INDEX change_log_by_assessment ON change_log(assessment_id, id);

-- The change log is append-only: no update ever, and no delete while its assessment exists
-- (deleting a whole assessment removes its log with it).
CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'change_log is append-only');
END;
CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
WHEN EXISTS (SELECT 1 FROM assessments WHERE id = OLD.assessment_id)
BEGIN
    SELECT RAISE(ABORT, 'change_log is append-only');
END;
"#;

/// Version 2: sign-off (approver, government approval, finalisation time, fingerprint).
const V2_UPGRADE: &str = r#"
ALTER TABLE assessments ADD COLUMN approver_name TEXT;
ALTER TABLE assessments ADD COLUMN approver_role TEXT;
ALTER TABLE assessments ADD COLUMN government_approved INTEGER NOT NULL DEFAULT 0 CHECK (government_approved IN (0, 1));
ALTER TABLE assessments ADD COLUMN finalised_at TEXT;
ALTER TABLE assessments ADD COLUMN fingerprint TEXT;
"#;

/// Version 3: per-database settings (interface language, first-run state).
const V3_UPGRADE: &str = r#"
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
"#;

/// Version 4: the workshop (issue 11): groups of participants (with the blocks they score),
/// individual ratings by a participant, a group or anonymous (a tally), a consensus note per
/// indicator, and dissent. A rating or dissent names its participant or group by row id; a
/// participant keeps that row while the list is edited (`Db::set_participants` updates in
/// place and refuses to remove one who has rated or dissented).
const V4_UPGRADE: &str = r#"
CREATE TABLE groups (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_key TEXT NOT NULL,
    UNIQUE (assessment_id, name_key)
) STRICT;

CREATE TABLE group_members (
    group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (group_id, participant_id)
) STRICT;

CREATE TABLE group_blocks (
    group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    block_id TEXT NOT NULL CHECK (length(block_id) > 0),
    position INTEGER NOT NULL,
    PRIMARY KEY (group_id, block_id)
) STRICT;

CREATE TABLE ratings (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    indicator_code TEXT NOT NULL,
    participant_id INTEGER REFERENCES participants(id) ON DELETE CASCADE,
    group_id INTEGER REFERENCES groups(id) ON DELETE CASCADE,
    phase INTEGER CHECK (phase BETWEEN 1 AND 5),
    not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
    comment TEXT NOT NULL DEFAULT '',
    CHECK ((phase IS NULL) = (not_applicable = 1)),
    CHECK (participant_id IS NULL OR group_id IS NULL)
) STRICT;
CREATE INDEX ratings_by_indicator ON ratings(assessment_id, indicator_code, id);
CREATE UNIQUE INDEX ratings_one_per_participant
    ON ratings(assessment_id, indicator_code, participant_id) WHERE participant_id IS NOT NULL;
CREATE UNIQUE INDEX ratings_one_per_group
    ON ratings(assessment_id, indicator_code, group_id) WHERE group_id IS NOT NULL;
CREATE INDEX ratings_by_participant ON ratings(participant_id);
CREATE INDEX ratings_by_group ON ratings(group_id);

CREATE TABLE consensus_notes (
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    indicator_code TEXT NOT NULL,
    note TEXT NOT NULL CHECK (length(trim(note)) > 0),
    PRIMARY KEY (assessment_id, indicator_code)
) STRICT;

CREATE TABLE dissents (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    indicator_code TEXT NOT NULL,
    participant_id INTEGER REFERENCES participants(id) ON DELETE CASCADE,
    group_id INTEGER REFERENCES groups(id) ON DELETE CASCADE,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    CHECK ((participant_id IS NULL) <> (group_id IS NULL))
) STRICT;
CREATE INDEX dissents_by_indicator ON dissents(assessment_id, indicator_code, id);
CREATE UNIQUE INDEX dissents_one_per_participant
    ON dissents(assessment_id, indicator_code, participant_id) WHERE participant_id IS NOT NULL;
CREATE UNIQUE INDEX dissents_one_per_group
    ON dissents(assessment_id, indicator_code, group_id) WHERE group_id IS NOT NULL;
CREATE INDEX dissents_by_participant ON dissents(participant_id);
CREATE INDEX dissents_by_group ON dissents(group_id);
CREATE INDEX group_members_by_participant ON group_members(participant_id);
"#;

/// Version 5 (issue 12): several laptops and several years. A response carried over from the
/// previous round is marked until a person reviews it, with a note of what changed since
/// that round; `sync_state` keeps, per assessment, what this copy knows for merging files
/// (its replica id, and as JSON the version context and each field's stamped value and
/// revisions, see `crate::merge`), and the breakout mark of a file exported for a group.
const V5_UPGRADE: &str = r#"
ALTER TABLE responses ADD COLUMN carried INTEGER NOT NULL DEFAULT 0 CHECK (carried IN (0, 1));
ALTER TABLE responses ADD COLUMN change_note TEXT NOT NULL DEFAULT '';
CREATE TABLE sync_state (
    assessment_id INTEGER PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,
    replica TEXT NOT NULL CHECK (length(replica) > 0),
    state TEXT NOT NULL,
    breakout TEXT
) STRICT;
"#;

/// Version 6 (issue 13), the NA reason: which "NA" a team means when an answer is NA
/// (`not-applicable`, or `not-available`: data missing); NULL when not said.
const V6_NA_REASON: &str = r#"
ALTER TABLE responses ADD COLUMN na_reason TEXT CHECK (na_reason IN ('not-applicable', 'not-available'));
"#;

/// Version 6, narratives (issue 13): the context of the assessment, and key findings and
/// recommendations overall and per building block, written by the team for the report.
/// `scope` is `overall` or a block id; a blank text is no row.
const V6_NARRATIVES: &str = r#"
CREATE TABLE narratives (
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    scope TEXT NOT NULL CHECK (length(scope) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('context', 'findings', 'recommendations')),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    PRIMARY KEY (assessment_id, scope, kind),
    CHECK (kind <> 'context' OR scope = 'overall')
) STRICT;
"#;

/// Version 6: every statement block of that version, in order.
fn v6_upgrade(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    tx.execute_batch(V6_NARRATIVES)?;
    tx.execute_batch(V6_NA_REASON)
}

/// Version 7 (issue 14): the details GDHM's upload file needs that DHMA did not keep (one
/// row per assessment and detail, a blank detail is no row; `field` is one of
/// `GdhmDetails::FIELDS`), and the benchmark from a GDHM data export an assessment is
/// compared with (one per assessment: what was chosen, the file's date, and each block's
/// mean as JSON).
const V7_UPGRADE: &str = r#"
CREATE TABLE gdhm_details (
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    field TEXT NOT NULL CHECK (field IN ('country_summary', 'country_contact_name',
        'country_contact_role', 'country_contact_org', 'country_contact_email',
        'contact_person_name', 'contact_person_role', 'contact_person_email',
        'approver_email', 'resources_link')),
    value TEXT NOT NULL CHECK (length(trim(value)) > 0),
    PRIMARY KEY (assessment_id, field)
) STRICT;
CREATE TABLE benchmarks (
    assessment_id INTEGER PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    countries TEXT NOT NULL,
    file_name TEXT NOT NULL,
    file_date TEXT,
    blocks TEXT NOT NULL
) STRICT;
"#;

/// Version 7 (issue 15) also holds each roadmap action's progress note, which stays
/// editable with its status after sign-off (the follow-up of the roadmap).
const V7_PROGRESS: &str = r#"
ALTER TABLE roadmap_items ADD COLUMN progress TEXT NOT NULL DEFAULT '';
"#;

fn v7_upgrade(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    tx.execute_batch(V7_UPGRADE)?;
    tx.execute_batch(V7_PROGRESS)
}

/// Version 8 (issue 15): the team's own actions, and richer actions. An action may have no
/// indicator (a cross-cutting action, with a building block or none: `block_id`), no step
/// (`from_phase` and `to_phase` both NULL) and no action line (empty); each action may have
/// start and end years, an estimated budget (the amount as decimal text, never a float, and
/// its ISO 4217 currency), and the monitoring indicator's baseline and target. SQLite cannot
/// drop a NOT NULL or change a CHECK in place: the table is made anew, every row copied,
/// the old table dropped and the new one renamed, inside the upgrade's transaction (no other
/// table refers to it).
const V8_UPGRADE: &str = r#"
CREATE TABLE roadmap_items_v8 (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    indicator_code TEXT CHECK (indicator_code IS NULL OR length(indicator_code) > 0),
    template_id TEXT,
    from_phase INTEGER CHECK (from_phase BETWEEN 1 AND 4),
    to_phase INTEGER CHECK (to_phase BETWEEN 2 AND 5),
    action_line TEXT NOT NULL,
    text TEXT,
    monitoring TEXT,
    timeframe TEXT NOT NULL CHECK (timeframe IN ('short', 'medium', 'long')),
    responsible TEXT NOT NULL,
    priority INTEGER NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 3),
    cost TEXT NOT NULL CHECK (cost IN ('low', 'medium', 'high')),
    status TEXT NOT NULL DEFAULT 'proposed'
        CHECK (status IN ('proposed', 'planned', 'in-progress', 'done', 'dropped')),
    position INTEGER NOT NULL,
    edited INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)),
    progress TEXT NOT NULL DEFAULT '',
    block_id TEXT CHECK (block_id IS NULL OR length(block_id) > 0),
    start_year INTEGER CHECK (start_year BETWEEN 2000 AND 2100),
    end_year INTEGER CHECK (end_year BETWEEN 2000 AND 2100),
    budget_amount TEXT,
    budget_currency TEXT CHECK (budget_currency GLOB '[A-Z][A-Z][A-Z]'),
    baseline TEXT NOT NULL DEFAULT '',
    monitoring_target TEXT NOT NULL DEFAULT '',
    CHECK ((from_phase IS NULL) = (to_phase IS NULL)),
    CHECK (from_phase IS NULL OR from_phase < to_phase),
    CHECK (indicator_code IS NOT NULL OR (from_phase IS NULL AND template_id IS NULL)),
    CHECK (indicator_code IS NULL OR block_id IS NULL),
    CHECK (start_year IS NULL OR end_year IS NULL OR end_year >= start_year),
    CHECK ((budget_amount IS NULL) = (budget_currency IS NULL))
) STRICT;
INSERT INTO roadmap_items_v8 (id, uid, assessment_id, indicator_code, template_id,
    from_phase, to_phase, action_line, text, monitoring, timeframe, responsible, priority,
    cost, status, position, edited, progress)
SELECT id, uid, assessment_id, indicator_code, template_id, from_phase, to_phase,
    action_line, text, monitoring, timeframe, responsible, priority, cost, status, position,
    edited, progress
FROM roadmap_items;
DROP TABLE roadmap_items;
ALTER TABLE roadmap_items_v8 RENAME TO roadmap_items;
CREATE INDEX roadmap_by_assessment ON roadmap_items(assessment_id, position);
"#;

/// Creates the latest schema in an empty database.
pub fn create(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    tx.execute_batch(V1)?;
    tx.execute_batch(V2_UPGRADE)?;
    tx.execute_batch(V3_UPGRADE)?;
    tx.execute_batch(V4_UPGRADE)?;
    tx.execute_batch(V5_UPGRADE)?;
    v6_upgrade(tx)?;
    v7_upgrade(tx)?;
    tx.execute_batch(V8_UPGRADE)?;
    set_version(tx, LATEST_VERSION)
}

fn unknown_version(version: u32) -> Error {
    // The path is filled in by `Db::write`.
    Error::DatabaseDamaged {
        path: String::new(),
        detail: format!("schema version {version}"),
    }
}

/// Upgrades from `from` (1 to [`LATEST_VERSION`]) to the latest version, one step at a
/// time; any other version is an error.
pub fn upgrade(tx: &Transaction<'_>, from: u32) -> Result<()> {
    if !(1..=LATEST_VERSION).contains(&from) {
        return Err(unknown_version(from));
    }
    let mut version = from;
    while version < LATEST_VERSION {
        match version {
            1 => tx.execute_batch(V2_UPGRADE)?,
            2 => tx.execute_batch(V3_UPGRADE)?,
            3 => tx.execute_batch(V4_UPGRADE)?,
            4 => tx.execute_batch(V5_UPGRADE)?,
            5 => v6_upgrade(tx)?,
            6 => v7_upgrade(tx)?,
            7 => tx.execute_batch(V8_UPGRADE)?,
            _ => return Err(unknown_version(version)),
        }
        version += 1;
        set_version(tx, version)?;
    }
    Ok(())
}

/// Creates schema `version` (1 to [`LATEST_VERSION`]) as that version created it: what
/// [`inspect`] compares a file with, and the upgrade tests' starting points.
pub fn create_version(tx: &Transaction<'_>, version: u32) -> Result<()> {
    match version {
        1 => tx.execute_batch(V1)?,
        2 => {
            tx.execute_batch(V1)?;
            tx.execute_batch(V2_UPGRADE)?;
        }
        3 => {
            tx.execute_batch(V1)?;
            tx.execute_batch(V2_UPGRADE)?;
            tx.execute_batch(V3_UPGRADE)?;
        }
        4 => {
            tx.execute_batch(V1)?;
            tx.execute_batch(V2_UPGRADE)?;
            tx.execute_batch(V3_UPGRADE)?;
            tx.execute_batch(V4_UPGRADE)?;
        }
        5 => {
            tx.execute_batch(V1)?;
            tx.execute_batch(V2_UPGRADE)?;
            tx.execute_batch(V3_UPGRADE)?;
            tx.execute_batch(V4_UPGRADE)?;
            tx.execute_batch(V5_UPGRADE)?;
        }
        6 => {
            tx.execute_batch(V1)?;
            tx.execute_batch(V2_UPGRADE)?;
            tx.execute_batch(V3_UPGRADE)?;
            tx.execute_batch(V4_UPGRADE)?;
            tx.execute_batch(V5_UPGRADE)?;
            v6_upgrade(tx)?;
        }
        7 => {
            tx.execute_batch(V1)?;
            tx.execute_batch(V2_UPGRADE)?;
            tx.execute_batch(V3_UPGRADE)?;
            tx.execute_batch(V4_UPGRADE)?;
            tx.execute_batch(V5_UPGRADE)?;
            v6_upgrade(tx)?;
            v7_upgrade(tx)?;
        }
        LATEST_VERSION => return Ok(create(tx)?),
        _ => return Err(unknown_version(version)),
    }
    Ok(set_version(tx, version)?)
}

fn set_version(tx: &Transaction<'_>, version: u32) -> rusqlite::Result<()> {
    tx.pragma_update(None, "user_version", version)?;
    tx.pragma_update(None, "application_id", APPLICATION_ID)
}
