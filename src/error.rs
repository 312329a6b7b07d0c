//! The one error type of the core.
//!
//! Every variant has a stable `code` and named arguments. Interfaces never show the
//! `Display` text (English, for logs and developers): they look up the Fluent message
//! `error-<code>` in the user's language and pass the arguments (see [`Error::localize`]).

use std::path::Path;

use crate::i18n::{arg, Localizer};

/// A problem found in a framework's structure or texts, with its location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentIssue {
    /// File the problem is in, relative to the folder that was checked.
    pub file: String,
    /// Indicator code, block id, or message key the problem concerns (may be empty).
    pub item: String,
    /// Field or key name.
    pub field: String,
    /// What is wrong: a stable code with an English explanation for logs.
    pub problem: ContentProblem,
}

/// What is wrong in a framework file; each has a Fluent message `content-<code>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContentProblem {
    Syntax(String),
    Missing,
    Empty,
    Orphan,
    Duplicate,
    UnknownReference(String),
    OutOfRange(String),
    Invalid(String),
    LocaleTag,
    Placeables(String),
}

impl ContentProblem {
    pub fn code(&self) -> &'static str {
        match self {
            ContentProblem::Syntax(_) => "syntax",
            ContentProblem::Missing => "missing",
            ContentProblem::Empty => "empty",
            ContentProblem::Orphan => "orphan",
            ContentProblem::Duplicate => "duplicate",
            ContentProblem::UnknownReference(_) => "unknown-reference",
            ContentProblem::OutOfRange(_) => "out-of-range",
            ContentProblem::Invalid(_) => "invalid",
            ContentProblem::LocaleTag => "locale-tag",
            ContentProblem::Placeables(_) => "placeables",
        }
    }

    fn detail(&self) -> &str {
        match self {
            ContentProblem::Syntax(d)
            | ContentProblem::UnknownReference(d)
            | ContentProblem::OutOfRange(d)
            | ContentProblem::Invalid(d)
            | ContentProblem::Placeables(d) => d,
            _ => "",
        }
    }
}

impl std::fmt::Display for ContentIssue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {} {}: {} {}",
            self.file,
            self.item,
            self.field,
            self.problem.code(),
            self.problem.detail()
        )
    }
}

impl ContentIssue {
    pub fn localize(&self, l: &Localizer) -> String {
        let problem = l.format(
            &format!("content-{}", self.problem.code()),
            &[arg("detail", self.problem.detail())],
        );
        l.format(
            "content-issue",
            &[
                arg("file", &self.file),
                arg("item", &self.item),
                arg("field", &self.field),
                arg("problem", problem),
            ],
        )
    }
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum Error {
    #[error("cannot read or write {path}: {detail}")]
    Io { path: String, detail: String },
    #[error("database {path}: {detail}")]
    Database { path: String, detail: String },
    #[error(
        "database {path} was written by a newer DHMA (schema {found}, this one knows {supported})"
    )]
    DatabaseTooNew {
        path: String,
        found: u32,
        supported: u32,
    },
    #[error("{path} is not a DHMA database")]
    NotDhmaDatabase { path: String },
    #[error("{path} is open in another DHMA window or program")]
    DatabaseInUse { path: String },
    #[error("database {path} is damaged: {detail}")]
    DatabaseDamaged { path: String, detail: String },
    #[error("stored value cannot be read: table {table}, row {row}, column {column}")]
    DamagedRow {
        table: String,
        row: String,
        column: String,
    },
    #[error("database {path} is on a read-only disk or folder")]
    ReadOnly { path: String },
    #[error("the disk holding {path} is full")]
    DiskFull { path: String },
    #[error("not ready to finalise: {count} indicators lack a phase or a rationale ({codes})")]
    NotReadyToFinalise { count: usize, codes: String },
    #[error("no backup named {name}")]
    BackupNotFound { name: String },
    #[error("no assessment of {country}")]
    NoRounds { country: String },
    #[error("no assessment with id {id}")]
    AssessmentNotFound { id: String },
    #[error("assessment {id} is finalised and cannot change")]
    AssessmentLocked { id: String },
    #[error("unknown framework {id} {version}")]
    UnknownFramework { id: String, version: String },
    #[error("unknown language {lang}")]
    UnknownLanguage { lang: String },
    #[error("unknown indicator {code}")]
    UnknownIndicator { code: String },
    #[error("invalid value for {field}: {value}")]
    InvalidValue { field: String, value: String },
    #[error("{field} is required")]
    Required { field: String },
    #[error("framework content has {} problem(s); first: {}", .0.len(), .0.first().map(|i| i.to_string()).unwrap_or_default())]
    Content(Vec<ContentIssue>),
    #[error("{path} is {size} bytes, over the limit of {limit}")]
    FileTooLarge { path: String, size: u64, limit: u64 },
    #[error("{path} is not valid JSON at line {line}, column {column}: {detail}")]
    MalformedJson {
        path: String,
        line: usize,
        column: usize,
        detail: String,
    },
    #[error("{path} is not UTF-8 text: line {line}, column {column}")]
    NotUtf8 {
        path: String,
        line: usize,
        column: usize,
    },
    #[error("{path} is not a DHMA assessment file")]
    NotAssessmentFile { path: String },
    #[error("{path} uses format version {found}; this DHMA reads up to {supported}")]
    FormatTooNew {
        path: String,
        found: u64,
        supported: u64,
    },
    #[error("{path} was altered or damaged: its checksum does not match")]
    ChecksumMismatch { path: String },
    #[error("{path}: {field} is invalid: {detail}")]
    InvalidFileField {
        path: String,
        field: String,
        detail: String,
    },
    #[error("indicator {code}: {field} = {value} is outside 1 to 5")]
    PhaseOutOfRange {
        code: String,
        field: String,
        value: String,
    },
    #[error("assessment {country} / {round} already exists (id {uid})")]
    AlreadyExists {
        country: String,
        round: String,
        uid: String,
    },
    #[error("line {line}: {detail}")]
    CsvMalformed { line: u64, detail: String },
    #[error("the header has no column {column}")]
    CsvMissingColumn { column: String },
    #[error("line {line}: unknown indicator {code}")]
    CsvUnknownIndicator { line: u64, code: String },
    #[error("line {line}: {field} {value} is not 1 to 5 or NA")]
    CsvBadPhase {
        line: u64,
        field: String,
        value: String,
    },
    #[error("line {line}: indicator {code} already given on line {first}")]
    CsvDuplicate { line: u64, code: String, first: u64 },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn io(path: &Path, e: &std::io::Error) -> Error {
        Error::Io {
            path: path.display().to_string(),
            detail: e.to_string(),
        }
    }

    /// Stable code; the interface and the CLI choose the message by it, never by text.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Io { .. } => "io",
            Error::Database { .. } => "database",
            Error::DatabaseTooNew { .. } => "database-too-new",
            Error::NotDhmaDatabase { .. } => "not-dhma-database",
            Error::DatabaseInUse { .. } => "database-in-use",
            Error::DatabaseDamaged { .. } => "database-damaged",
            Error::DamagedRow { .. } => "damaged-row",
            Error::ReadOnly { .. } => "read-only",
            Error::DiskFull { .. } => "disk-full",
            Error::BackupNotFound { .. } => "backup-not-found",
            Error::NotReadyToFinalise { .. } => "not-ready-to-finalise",
            Error::NoRounds { .. } => "no-rounds",
            Error::AssessmentNotFound { .. } => "assessment-not-found",
            Error::AssessmentLocked { .. } => "assessment-locked",
            Error::UnknownFramework { .. } => "unknown-framework",
            Error::UnknownLanguage { .. } => "unknown-language",
            Error::UnknownIndicator { .. } => "unknown-indicator",
            Error::InvalidValue { .. } => "invalid-value",
            Error::Required { .. } => "required",
            Error::Content(_) => "content",
            Error::FileTooLarge { .. } => "file-too-large",
            Error::MalformedJson { .. } => "malformed-json",
            Error::NotUtf8 { .. } => "not-utf8",
            Error::NotAssessmentFile { .. } => "not-assessment-file",
            Error::FormatTooNew { .. } => "format-too-new",
            Error::ChecksumMismatch { .. } => "checksum-mismatch",
            Error::InvalidFileField { .. } => "invalid-file-field",
            Error::PhaseOutOfRange { .. } => "phase-out-of-range",
            Error::AlreadyExists { .. } => "already-exists",
            Error::CsvMalformed { .. } => "csv-malformed",
            Error::CsvMissingColumn { .. } => "csv-missing-column",
            Error::CsvUnknownIndicator { .. } => "csv-unknown-indicator",
            Error::CsvBadPhase { .. } => "csv-bad-phase",
            Error::CsvDuplicate { .. } => "csv-duplicate",
        }
    }

    /// Named arguments of the message, as strings.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Error::Io { path, detail }
            | Error::Database { path, detail }
            | Error::DatabaseDamaged { path, detail } => {
                vec![("path", path.clone()), ("detail", detail.clone())]
            }
            Error::DamagedRow { table, row, column } => vec![
                ("table", table.clone()),
                ("row", row.clone()),
                ("column", column.clone()),
            ],
            Error::DatabaseTooNew {
                path,
                found,
                supported,
            } => vec![
                ("path", path.clone()),
                ("found", found.to_string()),
                ("supported", supported.to_string()),
            ],
            Error::NotDhmaDatabase { path }
            | Error::DatabaseInUse { path }
            | Error::ReadOnly { path }
            | Error::DiskFull { path }
            | Error::NotAssessmentFile { path }
            | Error::ChecksumMismatch { path } => vec![("path", path.clone())],
            Error::AssessmentNotFound { id } | Error::AssessmentLocked { id } => {
                vec![("id", id.clone())]
            }
            Error::UnknownFramework { id, version } => {
                vec![("id", id.clone()), ("version", version.clone())]
            }
            Error::UnknownLanguage { lang } => vec![("lang", lang.clone())],
            Error::BackupNotFound { name } => vec![("name", name.clone())],
            Error::NotReadyToFinalise { count, codes } => {
                vec![("count", count.to_string()), ("codes", codes.clone())]
            }
            Error::NoRounds { country } => vec![("country", country.clone())],
            Error::UnknownIndicator { code } => vec![("code", code.clone())],
            Error::InvalidValue { field, value } => {
                vec![("field", field.clone()), ("value", value.clone())]
            }
            Error::Required { field } => vec![("field", field.clone())],
            Error::Content(issues) => vec![("count", issues.len().to_string())],
            Error::FileTooLarge { path, size, limit } => vec![
                ("path", path.clone()),
                ("size", format_megabytes(*size)),
                ("limit", format_megabytes(*limit)),
            ],
            Error::MalformedJson {
                path,
                line,
                column,
                detail,
            } => vec![
                ("path", path.clone()),
                ("line", line.to_string()),
                ("column", column.to_string()),
                ("detail", detail.clone()),
            ],
            Error::NotUtf8 { path, line, column } => vec![
                ("path", path.clone()),
                ("line", line.to_string()),
                ("column", column.to_string()),
            ],
            Error::FormatTooNew {
                path,
                found,
                supported,
            } => vec![
                ("path", path.clone()),
                ("found", found.to_string()),
                ("supported", supported.to_string()),
            ],
            Error::InvalidFileField {
                path,
                field,
                detail,
            } => vec![
                ("path", path.clone()),
                ("field", field.clone()),
                ("detail", detail.clone()),
            ],
            Error::PhaseOutOfRange { code, field, value } => vec![
                ("code", code.clone()),
                ("field", field.clone()),
                ("value", value.clone()),
            ],
            Error::AlreadyExists {
                country,
                round,
                uid,
            } => vec![
                ("country", country.clone()),
                ("round", round.clone()),
                ("uid", uid.clone()),
            ],
            Error::CsvMalformed { line, detail } => {
                vec![("line", line.to_string()), ("detail", detail.clone())]
            }
            Error::CsvMissingColumn { column } => vec![("column", column.clone())],
            Error::CsvUnknownIndicator { line, code } => {
                vec![("line", line.to_string()), ("code", code.clone())]
            }
            Error::CsvBadPhase { line, field, value } => vec![
                ("line", line.to_string()),
                ("field", field.clone()),
                ("value", value.clone()),
            ],
            Error::CsvDuplicate { line, code, first } => vec![
                ("line", line.to_string()),
                ("code", code.clone()),
                ("first", first.to_string()),
            ],
        }
    }

    /// The message for a person, in the localizer's language. Content errors list every
    /// problem, one a line.
    pub fn localize(&self, l: &Localizer) -> String {
        let args: Vec<_> = self.args().into_iter().map(|(k, v)| arg(k, v)).collect();
        let mut out = l.format(&format!("error-{}", self.code()), &args);
        if let Error::Content(issues) = self {
            for issue in issues {
                out.push('\n');
                out.push_str("  - ");
                out.push_str(&issue.localize(l));
            }
        }
        out
    }
}

fn format_megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_000_000.0)
}

impl Error {
    /// An SQLite error on the database at `path`, named by what the user can do about it:
    /// a read-only disk, a full disk, a damaged file, or anything else.
    pub fn sqlite(path: &str, e: &rusqlite::Error) -> Error {
        use rusqlite::ErrorCode as C;
        let path = path.to_string();
        match e.sqlite_error_code() {
            Some(C::ReadOnly) => Error::ReadOnly { path },
            Some(C::DiskFull) => Error::DiskFull { path },
            Some(C::DatabaseCorrupt) => Error::DatabaseDamaged {
                path,
                detail: e.to_string(),
            },
            Some(C::NotADatabase) => Error::NotDhmaDatabase { path },
            _ => Error::Database {
                path,
                detail: e.to_string(),
            },
        }
    }
}

impl Error {
    /// A database that cannot be opened at all (damaged, another program's, or from a newer
    /// DHMA): it is never modified, and a backup or a new file may take its place.
    pub fn is_unusable_database(&self) -> bool {
        matches!(
            self,
            Error::DatabaseDamaged { .. }
                | Error::NotDhmaDatabase { .. }
                | Error::DatabaseTooNew { .. }
        )
    }

    /// Names the database of an SQLite error that was converted without knowing it.
    pub fn on_database(self, db_path: &str) -> Error {
        match self {
            Error::ReadOnly { path } if path.is_empty() => Error::ReadOnly {
                path: db_path.into(),
            },
            Error::DiskFull { path } if path.is_empty() => Error::DiskFull {
                path: db_path.into(),
            },
            Error::DatabaseDamaged { path, detail } if path.is_empty() => Error::DatabaseDamaged {
                path: db_path.into(),
                detail,
            },
            Error::Database { path, detail } if path.is_empty() => Error::Database {
                path: db_path.into(),
                detail,
            },
            other => other,
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::sqlite("", &e)
    }
}
