//! The one error type of the core.
//!
//! Every variant has a stable `code` and named arguments. Interfaces never show the
//! `Display` text (English, for logs and developers): they look up the Fluent message
//! `error-<code>` in the user's language and pass the arguments (see [`Error::localize`]).

use std::path::Path;

use fluent_bundle::FluentValue;

use crate::i18n::{arg, num, Localizer};

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
    Io {
        path: String,
        detail: String,
        kind: IoKind,
    },
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
    #[error("not ready to finalise: {count} indicators lack a phase or a rationale ({codes:?})")]
    NotReadyToFinalise { count: usize, codes: Vec<String> },
    #[error("no backup named {name}")]
    BackupNotFound { name: String },
    #[error("no assessment of {country}")]
    NoRounds { country: String },
    #[error("no assessment with id {id}")]
    AssessmentNotFound { id: String },
    #[error("assessment {country} – {round} is finalised and cannot change")]
    AssessmentLocked { country: String, round: String },
    #[error("unknown framework {id} {version}")]
    UnknownFramework { id: String, version: String },
    #[error("unknown language {lang}")]
    UnknownLanguage { lang: String },
    #[error("unknown indicator {code}")]
    UnknownIndicator { code: String },
    #[error("invalid value for {field}: {value}")]
    InvalidValue { field: String, value: String },
    /// A roadmap action the team writes or edits breaks one of its rules (`rule`: `year`,
    /// `end-before-start`, `amount`, `currency`, `budget-incomplete`,
    /// `template-action`); the message is `error-invalid-action-<rule>`.
    #[error("roadmap action: {rule}: {value}")]
    InvalidAction { rule: &'static str, value: String },
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
    CsvMalformed {
        line: u64,
        problem: CsvProblem,
        detail: String,
    },
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
    #[error("indicator {code} is answered twice in the file")]
    AnsweredTwice { code: String },
    #[error("line {line}: indicator {code} already given on line {first}")]
    CsvDuplicate { line: u64, code: String, first: u64 },
    #[error("no participant or group is called {name}")]
    RaterUnknown { name: String },
    #[error("{name} has ratings or a dissent and cannot be removed")]
    RaterHasRatings { name: String },
    #[error("{country} / {round} is finalised here and cannot take the file's changes")]
    MergeIntoFinalised { country: String, round: String },
    #[error("the file holds {country} / {round} finalised, and this draft differs from it")]
    MergeFinalisedFile { country: String, round: String },
    #[error("no conflict waits for indicator {indicator}, field {field}")]
    ConflictNotFound { indicator: String, field: String },
    #[error("field {field} can only be settled by taking one side")]
    ConflictValueNotAllowed { field: String },
    #[error("indicator {code}: the agreed phase needs a consensus note")]
    ConsensusNoteRequired { code: String },
    #[error("a group is already called {name}")]
    GroupNameTaken { name: String },
    #[error("line {line}: the participant is blank")]
    CsvBlankParticipant { line: u64 },
    #[error("line {line}: {name} already rated indicator {code} on line {first}")]
    CsvRatedTwice {
        line: u64,
        name: String,
        code: String,
        first: u64,
    },
    #[error("indicator {code}: changing the phase carried over from the last round needs a note of what changed")]
    ChangeNoteRequired { code: String },
    #[error("{count} answers carried over from the last round are not reviewed ({codes:?})")]
    CarriedNotReviewed { count: usize, codes: Vec<String> },
    #[error("{country} already has a round called {round}")]
    RoundNameTaken { country: String, round: String },
    #[error("{title} has no earlier round to pre-fill the questionnaire with")]
    NoEarlierRound { title: String },
    #[error("sheet {sheet}, row {row}, column {column} ({header}): {problem:?} {value:?}")]
    AnswersCell {
        sheet: String,
        row: u64,
        column: String,
        header: String,
        value: String,
        problem: CellProblem,
    },
    #[error("sheet {sheet} has no column of indicator codes")]
    AnswersNoCodeColumn { sheet: String },
    #[error("sheet {sheet} has no column of answers")]
    AnswersNoAnswerColumn { sheet: String },
    #[error("{path} cannot be read as a workbook or a CSV file: {detail}")]
    SpreadsheetUnreadable { path: String, detail: String },
    #[error("GDHM's upload needs {field}")]
    GdhmDetailMissing { field: String },
    #[error("GDHM's upload needs a valid e-mail address in {field}, not {value}")]
    GdhmInvalidEmail { field: String, value: String },
    #[error("GDHM's upload needs a phase or NA for indicators {codes:?}")]
    GdhmUnanswered { codes: Vec<String> },
    #[error("{path} is not an Excel workbook (.xlsx) DHMA can read")]
    GdhmFileUnreadable { path: String },
    #[error("{path} has no data: not a GDHM data export")]
    GdhmFileEmpty { path: String },
    #[error("{path}, row {row}, column {column}: {value:?} is not a valid {problem} cell of a GDHM data export")]
    GdhmFileCell {
        path: String,
        row: u32,
        column: String,
        value: String,
        problem: String,
    },
    #[error("{path} has no country called {country}")]
    GdhmCountryNotInFile { path: String, country: String },
    #[error("{path} has no indicator of this assessment's framework")]
    GdhmNoCommonIndicators { path: String },
    #[error("no country of {path} was chosen for the benchmark")]
    GdhmNoCountryChosen { path: String },
    #[error("unknown chart {value} (radar or bars)")]
    UnknownChartKind { value: String },
    #[error("unknown image format {value} (png or svg)")]
    UnknownImageFormat { value: String },
    #[error("resolution {value} is not a whole number of dpi from {min} to {max}")]
    DpiOutOfRange { value: String, min: u32, max: u32 },
    #[error("the chart image could not be drawn: {detail}")]
    ChartImage { detail: String },
}

/// What is wrong with a cell of a spreadsheet of answers (`dhma answers import`); each has
/// its sentence `error-answers-cell-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellProblem {
    /// Not a code of the assessment's framework.
    UnknownIndicator,
    /// The indicator is already on row `first`.
    Duplicate { first: u64 },
    /// Not 1 to 5 or NA.
    BadPhase,
    /// Not 1 to 5 (a target is never NA).
    BadTarget,
    /// Not a year DHMA accepts for a target.
    BadYear,
    /// A row with answers and no indicator code.
    NoCode,
}

impl CellProblem {
    pub fn code(self) -> &'static str {
        match self {
            CellProblem::UnknownIndicator => "unknown-indicator",
            CellProblem::Duplicate { .. } => "duplicate",
            CellProblem::BadPhase => "bad-phase",
            CellProblem::BadTarget => "bad-target",
            CellProblem::BadYear => "bad-year",
            CellProblem::NoCode => "no-code",
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn io(path: &Path, e: &std::io::Error) -> Error {
        Error::Io {
            path: path.display().to_string(),
            detail: e.to_string(),
            kind: IoKind::of(e.kind()),
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
            Error::NoEarlierRound { .. } => "no-earlier-round",
            Error::AssessmentNotFound { .. } => "assessment-not-found",
            Error::AssessmentLocked { .. } => "assessment-locked",
            Error::UnknownFramework { .. } => "unknown-framework",
            Error::UnknownLanguage { .. } => "unknown-language",
            Error::UnknownIndicator { .. } => "unknown-indicator",
            Error::InvalidValue { .. } => "invalid-value",
            Error::InvalidAction { .. } => "invalid-action",
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
            Error::RaterUnknown { .. } => "rater-unknown",
            Error::RaterHasRatings { .. } => "rater-has-ratings",
            Error::MergeIntoFinalised { .. } => "merge-into-finalised",
            Error::MergeFinalisedFile { .. } => "merge-finalised-file",
            Error::ConflictNotFound { .. } => "conflict-not-found",
            Error::ConflictValueNotAllowed { .. } => "conflict-value-not-allowed",
            Error::ConsensusNoteRequired { .. } => "consensus-note-required",
            Error::GroupNameTaken { .. } => "group-name-taken",
            Error::CsvBlankParticipant { .. } => "csv-blank-participant",
            Error::CsvRatedTwice { .. } => "csv-rated-twice",
            Error::AnsweredTwice { .. } => "answered-twice",
            Error::ChangeNoteRequired { .. } => "change-note-required",
            Error::CarriedNotReviewed { .. } => "carried-not-reviewed",
            Error::RoundNameTaken { .. } => "round-name-taken",
            Error::AnswersCell { .. } => "answers-cell",
            Error::AnswersNoCodeColumn { .. } => "answers-no-code-column",
            Error::AnswersNoAnswerColumn { .. } => "answers-no-answer-column",
            Error::SpreadsheetUnreadable { .. } => "spreadsheet-unreadable",
            Error::GdhmDetailMissing { .. } => "gdhm-detail-missing",
            Error::GdhmInvalidEmail { .. } => "gdhm-invalid-email",
            Error::GdhmUnanswered { .. } => "gdhm-unanswered",
            Error::GdhmFileUnreadable { .. } => "gdhm-file-unreadable",
            Error::GdhmFileEmpty { .. } => "gdhm-file-empty",
            Error::GdhmFileCell { .. } => "gdhm-file-cell",
            Error::GdhmCountryNotInFile { .. } => "gdhm-country-not-in-file",
            Error::GdhmNoCommonIndicators { .. } => "gdhm-no-common-indicators",
            Error::GdhmNoCountryChosen { .. } => "gdhm-no-country-chosen",
            Error::UnknownChartKind { .. } => "unknown-chart-kind",
            Error::UnknownImageFormat { .. } => "unknown-image-format",
            Error::DpiOutOfRange { .. } => "dpi-out-of-range",
            Error::ChartImage { .. } => "chart-image",
        }
    }

    /// Named arguments of the message, as strings.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Error::Io { path, detail, kind } => vec![
                ("path", path.clone()),
                ("detail", detail.clone()),
                ("kind", kind.name().to_string()),
            ],
            Error::Database { path, detail } | Error::DatabaseDamaged { path, detail } => {
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
            Error::AssessmentLocked { country, round } => {
                vec![("country", country.clone()), ("round", round.clone())]
            }
            Error::AssessmentNotFound { id } => {
                vec![("id", id.clone())]
            }
            Error::UnknownFramework { id, version } => {
                vec![("id", id.clone()), ("version", version.clone())]
            }
            Error::UnknownLanguage { lang } => vec![("lang", lang.clone())],
            Error::BackupNotFound { name } => vec![("name", name.clone())],
            // For the interface's arguments: the codes, comma-separated; people read them
            // joined with their language's list separator (see `Error::message`).
            Error::NotReadyToFinalise { count, codes }
            | Error::CarriedNotReviewed { count, codes } => {
                vec![("count", count.to_string()), ("codes", codes.join(","))]
            }
            Error::ChangeNoteRequired { code } => vec![("code", code.clone())],
            Error::GdhmDetailMissing { field } => vec![("field", field.clone())],
            Error::GdhmInvalidEmail { field, value } => {
                vec![("field", field.clone()), ("value", value.clone())]
            }
            Error::GdhmUnanswered { codes } => vec![("codes", codes.join(","))],
            Error::GdhmFileUnreadable { path }
            | Error::GdhmFileEmpty { path }
            | Error::GdhmNoCommonIndicators { path }
            | Error::GdhmNoCountryChosen { path } => vec![("path", path.clone())],
            Error::GdhmFileCell {
                path,
                row,
                column,
                value,
                problem,
            } => vec![
                ("path", path.clone()),
                ("row", row.to_string()),
                ("column", column.clone()),
                ("value", value.clone()),
                ("problem", problem.clone()),
            ],
            Error::GdhmCountryNotInFile { path, country } => {
                vec![("path", path.clone()), ("country", country.clone())]
            }
            Error::RoundNameTaken { country, round } => {
                vec![("country", country.clone()), ("round", round.clone())]
            }
            Error::NoRounds { country } => vec![("country", country.clone())],
            Error::NoEarlierRound { title } => vec![("title", title.clone())],
            Error::UnknownChartKind { value } | Error::UnknownImageFormat { value } => {
                vec![("value", value.clone())]
            }
            Error::DpiOutOfRange { value, min, max } => vec![
                ("value", value.clone()),
                ("min", min.to_string()),
                ("max", max.to_string()),
            ],
            Error::ChartImage { detail } => vec![("detail", detail.clone())],
            Error::RaterUnknown { name }
            | Error::RaterHasRatings { name }
            | Error::GroupNameTaken { name } => vec![("name", name.clone())],
            Error::ConsensusNoteRequired { code } => vec![("code", code.clone())],
            Error::MergeIntoFinalised { country, round }
            | Error::MergeFinalisedFile { country, round } => {
                vec![("country", country.clone()), ("round", round.clone())]
            }
            Error::ConflictNotFound { indicator, field } => {
                vec![("indicator", indicator.clone()), ("field", field.clone())]
            }
            Error::ConflictValueNotAllowed { field } => vec![("field", field.clone())],
            Error::CsvBlankParticipant { line } => vec![("line", line.to_string())],
            Error::CsvRatedTwice {
                line,
                name,
                code,
                first,
            } => vec![
                ("line", line.to_string()),
                ("name", name.clone()),
                ("code", code.clone()),
                ("first", first.to_string()),
            ],
            Error::UnknownIndicator { code } | Error::AnsweredTwice { code } => {
                vec![("code", code.clone())]
            }
            Error::InvalidValue { field, value } => {
                vec![("field", field.clone()), ("value", value.clone())]
            }
            Error::Required { field } => vec![("field", field.clone())],
            Error::InvalidAction { rule, value } => {
                vec![("rule", rule.to_string()), ("value", value.clone())]
            }
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
            Error::CsvMalformed { line, detail, .. } => {
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
            Error::AnswersCell {
                sheet,
                row,
                column,
                header,
                value,
                ..
            } => vec![
                ("sheet", sheet.clone()),
                ("row", row.to_string()),
                ("column", column.clone()),
                ("header", header.clone()),
                ("value", value.clone()),
            ],
            Error::AnswersNoCodeColumn { sheet } | Error::AnswersNoAnswerColumn { sheet } => {
                vec![("sheet", sheet.clone())]
            }
            Error::SpreadsheetUnreadable { path, detail } => {
                vec![("path", path.clone()), ("detail", detail.clone())]
            }
        }
    }

    /// The message for a person, in the localizer's language: a sentence with the values a
    /// person knows (file names, their own entries, localized field names), never raw
    /// library text or internal names (those are in [`Error::support_detail`]). Content
    /// errors list every problem, one a line.
    pub fn localize(&self, l: &Localizer) -> String {
        let (key, args) = self.message_with_args(l);
        let mut out = l.format(&key, &args);
        if let Error::Content(issues) = self {
            for issue in issues {
                out.push_str("\n  ");
                out.push_str(&l.format("content-issue-item", &[arg("issue", issue.localize(l))]));
            }
        }
        out
    }

    /// The message key [`Error::localize`] formats for this error, with every argument it
    /// passes: [`Error::args`] (a count as a number, so that it selects the plural form) and
    /// those of [`Error::message`]. The content tests check each message uses exactly these.
    pub fn message_with_args(
        &self,
        l: &Localizer,
    ) -> (String, Vec<(&'static str, FluentValue<'static>)>) {
        let (key, extra) = self.message(l);
        let mut args: Vec<_> = self
            .args()
            .into_iter()
            .map(|(k, v)| match (k, v.parse::<f64>()) {
                // A count selects the plural form, which works on numbers only.
                ("count", Ok(n)) => num(k, n),
                _ => arg(k, v),
            })
            .collect();
        // An argument of `message` replaces the plain one of the same name.
        args.retain(|(k, _)| !extra.iter().any(|(e, _)| e == k));
        args.extend(extra);
        (key, args)
    }

    /// The message key for this error, and the arguments it needs beyond [`Error::args`]:
    /// `label` (a field's name in the reader's language), `reason` (a sentence chosen by
    /// what went wrong), or numbers that select plural forms.
    fn message(&self, l: &Localizer) -> (String, Vec<(&'static str, FluentValue<'static>)>) {
        let code = self.code();
        let label = |field: Field| arg("label", l.text(&field.label_key()));
        match self {
            Error::Io { kind, .. } if *kind != IoKind::Other => {
                (format!("error-io-{}", kind.name()), Vec::new())
            }
            Error::InvalidValue { field, value } => {
                let field = Field::of(field);
                let key = if field.is_internal() {
                    "error-invalid-value-internal"
                } else if value.trim().is_empty() {
                    "error-invalid-value-empty"
                } else {
                    "error-invalid-value"
                };
                (key.to_string(), vec![label(field)])
            }
            Error::PhaseOutOfRange { field, .. } | Error::CsvBadPhase { field, .. } => {
                (format!("error-{code}"), vec![label(Field::of(field))])
            }
            Error::InvalidAction { rule, .. } => (format!("error-{code}-{rule}"), Vec::new()),
            Error::InvalidFileField { field, detail, .. } => {
                let field = match Field::of(field) {
                    Field::Other => Field::FileHeader,
                    f => f,
                };
                let reason = l.text(&format!(
                    "error-file-reason-{}",
                    FileReason::of(field, detail).name()
                ));
                (
                    format!("error-{code}"),
                    vec![label(field), arg("reason", reason)],
                )
            }
            Error::CsvMalformed { problem, .. } => match problem {
                CsvProblem::FieldCount { found, expected } => (
                    "error-csv-malformed-fields".into(),
                    vec![
                        num("found", *found as f64),
                        num("expected", *expected as f64),
                    ],
                ),
                CsvProblem::NotUtf8 => ("error-csv-malformed-utf8".into(), Vec::new()),
                CsvProblem::Other => (format!("error-{code}"), Vec::new()),
            },
            Error::NotReadyToFinalise { codes, .. } | Error::CarriedNotReviewed { codes, .. } => {
                (format!("error-{code}"), vec![arg("codes", l.list(codes))])
            }
            Error::AnswersCell { problem, .. } => {
                let extra = match problem {
                    CellProblem::Duplicate { first } => vec![arg("first", first)],
                    _ => Vec::new(),
                };
                (format!("error-{code}-{}", problem.code()), extra)
            }
            Error::AnswersNoCodeColumn { .. } => (
                format!("error-{code}"),
                vec![arg("heading", l.text("export-col-code"))],
            ),
            Error::AnswersNoAnswerColumn { .. } => {
                let headings: Vec<String> = [
                    "export-col-current",
                    "export-col-target",
                    "export-col-target-year",
                    "export-col-rationale",
                ]
                .iter()
                .map(|k| l.text(k))
                .collect();
                (
                    format!("error-{code}"),
                    vec![arg("headings", l.list(&headings))],
                )
            }
            Error::GdhmDetailMissing { field } | Error::GdhmInvalidEmail { field, .. } => (
                format!("error-{code}"),
                vec![arg("field", l.text(&gdhm_field_key(field)))],
            ),
            Error::GdhmUnanswered { codes } => {
                (format!("error-{code}"), vec![arg("codes", l.list(codes))])
            }
            Error::GdhmFileCell { problem, .. } => (format!("error-{code}-{problem}"), Vec::new()),
            _ => (format!("error-{code}"), Vec::new()),
        }
    }

    /// The raw text behind the sentence, for a "details for support" line: the library's or
    /// the system's own words (SQLite, the OS, the JSON and CSV readers) and internal field
    /// names, in English, with the stable code. `None` when the sentence already says all.
    pub fn support_detail(&self) -> Option<String> {
        let hides_something = matches!(
            self,
            Error::Io { .. }
                | Error::Database { .. }
                | Error::DatabaseDamaged { .. }
                | Error::DamagedRow { .. }
                | Error::MalformedJson { .. }
                | Error::InvalidFileField { .. }
                | Error::CsvMalformed { .. }
                | Error::InvalidValue { .. }
                | Error::PhaseOutOfRange { .. }
                | Error::CsvBadPhase { .. }
                | Error::SpreadsheetUnreadable { .. }
                | Error::ChartImage { .. }
        );
        hides_something.then(|| format!("{}: {self}", self.code()))
    }
}

/// The label key of a detail GDHM's upload needs (`crate::model::GdhmDetails::FIELDS`,
/// or `country`, `approver_name`, `approver_role`), shared with the merge's field labels.
pub fn gdhm_field_key(field: &str) -> String {
    format!("merge-field-gdhm-{}", field.replace('_', "-"))
}

/// What is wrong with a line of a CSV file, as the reader found it (each has its sentence).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvProblem {
    /// The line has `found` values where the header has `expected` columns.
    FieldCount { found: u64, expected: u64 },
    /// The line is not UTF-8 text.
    NotUtf8,
    /// Anything else (the reader's own words are in the details for support).
    Other,
}

/// What an I/O error was, by what a person can do about it; each but `Other` has its own
/// sentence `error-io-<name>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IoKind {
    NotFound,
    PermissionDenied,
    AlreadyExists,
    ReadOnly,
    StorageFull,
    IsADirectory,
    NotADirectory,
    InvalidFilename,
    FileTooLarge,
    UnexpectedEof,
    InvalidData,
    Other,
}

impl IoKind {
    pub const ALL: [IoKind; 12] = [
        IoKind::NotFound,
        IoKind::PermissionDenied,
        IoKind::AlreadyExists,
        IoKind::ReadOnly,
        IoKind::StorageFull,
        IoKind::IsADirectory,
        IoKind::NotADirectory,
        IoKind::InvalidFilename,
        IoKind::FileTooLarge,
        IoKind::UnexpectedEof,
        IoKind::InvalidData,
        IoKind::Other,
    ];

    pub fn of(kind: std::io::ErrorKind) -> IoKind {
        use std::io::ErrorKind as K;
        match kind {
            K::NotFound => IoKind::NotFound,
            K::PermissionDenied => IoKind::PermissionDenied,
            K::AlreadyExists => IoKind::AlreadyExists,
            K::ReadOnlyFilesystem => IoKind::ReadOnly,
            K::StorageFull | K::QuotaExceeded => IoKind::StorageFull,
            K::IsADirectory => IoKind::IsADirectory,
            K::NotADirectory => IoKind::NotADirectory,
            K::InvalidFilename => IoKind::InvalidFilename,
            K::FileTooLarge => IoKind::FileTooLarge,
            K::UnexpectedEof => IoKind::UnexpectedEof,
            K::InvalidData => IoKind::InvalidData,
            _ => IoKind::Other,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            IoKind::NotFound => "not-found",
            IoKind::PermissionDenied => "permission-denied",
            IoKind::AlreadyExists => "already-exists",
            IoKind::ReadOnly => "read-only",
            IoKind::StorageFull => "storage-full",
            IoKind::IsADirectory => "is-a-directory",
            IoKind::NotADirectory => "not-a-directory",
            IoKind::InvalidFilename => "invalid-filename",
            IoKind::FileTooLarge => "file-too-large",
            IoKind::UnexpectedEof => "unexpected-eof",
            IoKind::InvalidData => "invalid-data",
            IoKind::Other => "other",
        }
    }
}

/// Why a field of an assessment file was refused, for the sentence
/// `error-file-reason-<name>`; read from what `exchange` passes as the detail (its own words,
/// or serde_json's, whose wording is stable).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileReason {
    UnknownField,
    FrameworkMismatch,
    MissingField,
    WrongType,
    BadValue,
    DuplicateField,
    Damaged,
}

impl FileReason {
    #[cfg(test)]
    const ALL: [FileReason; 7] = [
        FileReason::UnknownField,
        FileReason::FrameworkMismatch,
        FileReason::MissingField,
        FileReason::WrongType,
        FileReason::BadValue,
        FileReason::DuplicateField,
        FileReason::Damaged,
    ];

    fn of(field: Field, detail: &str) -> FileReason {
        let starts = |p: &str| detail.starts_with(p);
        if field == Field::Framework {
            FileReason::FrameworkMismatch
        } else if starts("unknown field") {
            FileReason::UnknownField
        } else if starts("missing field") {
            FileReason::MissingField
        } else if starts("invalid type") {
            FileReason::WrongType
        } else if starts("invalid value") || starts("unknown variant") || starts("invalid length") {
            FileReason::BadValue
        } else if starts("duplicate field") {
            FileReason::DuplicateField
        } else {
            FileReason::Damaged
        }
    }

    fn name(self) -> &'static str {
        match self {
            FileReason::UnknownField => "unknown-field",
            FileReason::FrameworkMismatch => "framework-mismatch",
            FileReason::MissingField => "missing-field",
            FileReason::WrongType => "wrong-type",
            FileReason::BadValue => "bad-value",
            FileReason::DuplicateField => "duplicate-field",
            FileReason::Damaged => "damaged",
        }
    }
}

/// What a value belongs to, named in the reader's language by the message
/// `field-<name>` (`locales/<lang>/fields.ftl`). The errors carry the field as the code
/// wrote it (`"approver_name"`, `"roadmap.uid"`, `"X target_year"`…); [`Field::of`] reads
/// it, and the raw name goes only to the details for support.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Country,
    Round,
    Date,
    Assessment,
    ApproverName,
    Evidence,
    Responses,
    CurrentPhase,
    TargetPhase,
    Phase,
    TargetYear,
    RoadmapItem,
    RoadmapUid,
    RoadmapFromPhase,
    RoadmapToPhase,
    Timeframe,
    Responsible,
    Priority,
    Cost,
    Status,
    Content,
    File,
    FileHeader,
    Framework,
    Json,
    ReportPath,
    Group,
    Block,
    DissentReason,
    ConsensusNote,
    Rating,
    Narrative,
    /// A file `dhma export` writes (workbook, CSV, JSON).
    Export,
    /// What `dhma export --format` writes.
    Format,
    /// The countries a benchmark is the mean of.
    Countries,
    /// A name the code does not use today (the tests make sure none reaches here).
    Other,
}

impl Field {
    pub const ALL: [Field; 36] = [
        Field::Country,
        Field::Round,
        Field::Date,
        Field::Assessment,
        Field::ApproverName,
        Field::Evidence,
        Field::Responses,
        Field::CurrentPhase,
        Field::TargetPhase,
        Field::Phase,
        Field::TargetYear,
        Field::RoadmapItem,
        Field::RoadmapUid,
        Field::RoadmapFromPhase,
        Field::RoadmapToPhase,
        Field::Timeframe,
        Field::Responsible,
        Field::Priority,
        Field::Cost,
        Field::Status,
        Field::Content,
        Field::File,
        Field::FileHeader,
        Field::Framework,
        Field::Json,
        Field::ReportPath,
        Field::Group,
        Field::Block,
        Field::DissentReason,
        Field::ConsensusNote,
        Field::Rating,
        Field::Narrative,
        Field::Export,
        Field::Format,
        Field::Countries,
        Field::Other,
    ];

    /// The field named as the code writes it in an error today.
    pub fn of(raw: &str) -> Field {
        let raw = raw.trim();
        match raw {
            "country" => Field::Country,
            "round" => Field::Round,
            "date" => Field::Date,
            "assessment" => Field::Assessment,
            "approver_name" | "approver" => Field::ApproverName,
            "evidence" => Field::Evidence,
            "responses" => Field::Responses,
            "current" => Field::CurrentPhase,
            "target" => Field::TargetPhase,
            "phase" => Field::Phase,
            "target_year" => Field::TargetYear,
            "roadmap" => Field::RoadmapItem,
            "roadmap.uid" | "roadmap uid" => Field::RoadmapUid,
            "roadmap from_phase" => Field::RoadmapFromPhase,
            "roadmap to_phase" => Field::RoadmapToPhase,
            "timeframe" => Field::Timeframe,
            "responsible" => Field::Responsible,
            "priority" => Field::Priority,
            "cost" => Field::Cost,
            "status" => Field::Status,
            "content" => Field::Content,
            "file" => Field::File,
            "framework" => Field::Framework,
            "json" => Field::Json,
            "path" => Field::ReportPath,
            "group" => Field::Group,
            "block" => Field::Block,
            "dissent" => Field::DissentReason,
            "consensus_note" => Field::ConsensusNote,
            "rating" => Field::Rating,
            "narrative" => Field::Narrative,
            // A file `dhma export` writes, and the format asked for.
            "export" | "xlsx" | "csv" => Field::Export,
            "format" => Field::Format,
            "countries" => Field::Countries,
            // "<indicator> target_year", "roadmap <uid>", "content.<path in the file>"
            _ if raw.ends_with(" target_year") => Field::TargetYear,
            _ if raw.starts_with("roadmap ") => Field::RoadmapItem,
            _ if raw.starts_with("content.") => Field::Content,
            // "narrative <kind>", "narrative <scope>/<kind>"
            _ if raw.starts_with("narrative ") => Field::Narrative,
            _ => Field::Other,
        }
    }

    /// The stable name; the label is the message `field-<name>`.
    pub fn name(self) -> &'static str {
        match self {
            Field::Country => "country",
            Field::Round => "round",
            Field::Date => "date",
            Field::Assessment => "assessment",
            Field::ApproverName => "approver-name",
            Field::Evidence => "evidence",
            Field::Responses => "responses",
            Field::CurrentPhase => "current-phase",
            Field::TargetPhase => "target-phase",
            Field::Phase => "phase",
            Field::TargetYear => "target-year",
            Field::RoadmapItem => "roadmap-item",
            Field::RoadmapUid => "roadmap-uid",
            Field::RoadmapFromPhase => "roadmap-from-phase",
            Field::RoadmapToPhase => "roadmap-to-phase",
            Field::Timeframe => "timeframe",
            Field::Responsible => "responsible",
            Field::Priority => "priority",
            Field::Cost => "cost",
            Field::Status => "status",
            Field::Content => "content",
            Field::File => "file",
            Field::FileHeader => "file-header",
            Field::Framework => "framework",
            Field::Json => "json",
            Field::ReportPath => "report-path",
            Field::Group => "group",
            Field::Block => "block",
            Field::DissentReason => "dissent-reason",
            Field::ConsensusNote => "consensus-note",
            Field::Rating => "rating",
            Field::Narrative => "narrative",
            Field::Export => "export",
            Field::Format => "format",
            Field::Countries => "countries",
            Field::Other => "other",
        }
    }

    pub fn label_key(self) -> String {
        format!("field-{}", self.name())
    }

    /// Values DHMA itself produces (its JSON output, the file it writes): a failure there is
    /// DHMA's fault, and the value is library text, shown only in the details.
    fn is_internal(self) -> bool {
        matches!(
            self,
            Field::Json | Field::Content | Field::File | Field::Export
        )
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn io_error(kind: std::io::ErrorKind, text: &str) -> Error {
        Error::io(
            Path::new("/data/x.dhma.json"),
            &std::io::Error::new(kind, text),
        )
    }

    /// Errors whose raw parts (library or system English, internal names) must never be in
    /// the sentence, each with those parts.
    fn errors_with_raw_parts() -> Vec<(Error, Vec<&'static str>)> {
        vec![
            (
                io_error(std::io::ErrorKind::NotFound, "No such file or directory"),
                vec!["No such file"],
            ),
            (
                io_error(std::io::ErrorKind::PermissionDenied, "Permission denied"),
                vec!["Permission denied"],
            ),
            (
                io_error(std::io::ErrorKind::Other, "Input/output error"),
                vec!["Input/output"],
            ),
            (
                Error::Database {
                    path: "/data/app.sqlite3".into(),
                    detail: "database is locked".into(),
                },
                vec!["database is locked"],
            ),
            (
                Error::DatabaseDamaged {
                    path: "/data/app.sqlite3".into(),
                    detail: "*** in database main ***\nPage 7: btreeInitPage() returns error code 11"
                        .into(),
                },
                vec!["btreeInitPage", "in database main"],
            ),
            (
                Error::InvalidValue {
                    field: "approver_name".into(),
                    value: String::new(),
                },
                vec!["approver_name"],
            ),
            (
                Error::InvalidValue {
                    field: "roadmap.uid".into(),
                    value: "r-1".into(),
                },
                vec!["roadmap.uid"],
            ),
            (
                Error::InvalidValue {
                    field: "json".into(),
                    value: "key must be a string".into(),
                },
                vec!["json", "key must be a string"],
            ),
            (
                Error::InvalidFileField {
                    path: "in.dhma.json".into(),
                    field: "content".into(),
                    detail: "invalid type: string \"x\", expected u8 at line 1 column 40".into(),
                },
                vec!["invalid type", "expected u8"],
            ),
            (
                Error::InvalidFileField {
                    path: "in.dhma.json".into(),
                    field: "content.assessment.colour".into(),
                    detail: "unknown field".into(),
                },
                vec!["content.assessment.colour", "unknown field"],
            ),
            (
                Error::PhaseOutOfRange {
                    code: "1.1".into(),
                    field: "roadmap from_phase".into(),
                    value: "7".into(),
                },
                vec!["from_phase"],
            ),
            (
                Error::CsvMalformed {
                    line: 3,
                    problem: CsvProblem::FieldCount {
                        found: 3,
                        expected: 2,
                    },
                    detail: "3 fields, expected 2".into(),
                },
                vec!["fields, expected"],
            ),
            (
                Error::CsvMalformed {
                    line: 4,
                    problem: CsvProblem::NotUtf8,
                    detail: "CSV parse error: record 3 (line 4, field: 1, byte: 40): invalid utf-8 sequence".into(),
                },
                vec!["parse error", "byte: 40"],
            ),
        ]
    }

    #[test]
    fn people_read_sentences_without_library_text_or_internal_names() {
        for (err, raw) in errors_with_raw_parts() {
            for lang in Lang::ALL {
                let l = Localizer::new(lang, false);
                let msg = err.localize(&l);
                assert!(
                    !msg.starts_with("error-") && !msg.contains("field-"),
                    "{lang}: {msg}"
                );
                for r in &raw {
                    assert!(!msg.contains(r), "{lang}: «{r}» reaches people: {msg}");
                }
            }
        }
    }

    #[test]
    fn the_raw_text_is_in_the_details_for_support() {
        for (err, raw) in errors_with_raw_parts() {
            let details = err.support_detail().unwrap_or_default();
            assert!(details.starts_with(err.code()), "{details}");
            for r in raw {
                assert!(details.contains(r), "{r} not in {details}");
            }
        }
        // Nothing hidden, nothing to add.
        let e = Error::AssessmentNotFound { id: "7".into() };
        assert_eq!(e.support_detail(), None);
    }

    #[test]
    fn io_failures_and_file_problems_each_have_their_own_sentence() {
        let en = Localizer::new(Lang::En, false);
        let not_found = io_error(std::io::ErrorKind::NotFound, "x").localize(&en);
        let denied = io_error(std::io::ErrorKind::PermissionDenied, "x").localize(&en);
        assert!(not_found.contains("does not exist"), "{not_found}");
        assert!(denied.contains("not allowed"), "{denied}");
        for lang in Lang::ALL {
            let l = Localizer::new(lang, false);
            for kind in IoKind::ALL.into_iter().filter(|k| *k != IoKind::Other) {
                assert!(
                    l.has(&format!("error-io-{}", kind.name())),
                    "{lang} {kind:?}"
                );
            }
            for reason in FileReason::ALL {
                assert!(
                    l.has(&format!("error-file-reason-{}", reason.name())),
                    "{lang}"
                );
            }
            for key in ["error-support-details", "error-invalid-value-empty"] {
                assert!(l.has(key), "{lang}: {key}");
            }
        }
        let kinds: Vec<_> = IoKind::ALL.iter().map(|k| k.name()).collect();
        let mut unique = kinds.clone();
        unique.dedup();
        assert_eq!(kinds, unique);
        // The serde wording the reasons are read from.
        let e: std::result::Result<u8, _> = serde_json::from_str("\"x\"");
        let detail = e.map_err(|e| e.to_string()).err().unwrap_or_default();
        assert_eq!(
            FileReason::of(Field::Content, &detail),
            FileReason::WrongType
        );
    }

    #[test]
    fn counts_choose_the_plural_form() {
        let en = Localizer::new(Lang::En, false);
        let one = Error::NotReadyToFinalise {
            count: 1,
            codes: vec!["1.1".into()],
        };
        assert!(
            one.localize(&en).contains("one indicator still needs"),
            "{}",
            one.localize(&en)
        );
        let issue = ContentIssue {
            file: "f".into(),
            item: "i".into(),
            field: "x".into(),
            problem: ContentProblem::Missing,
        };
        let content = Error::Content(vec![issue]).localize(&en);
        assert!(
            content.starts_with("The framework has one problem"),
            "{content}"
        );
        let csv = Error::CsvMalformed {
            line: 3,
            problem: CsvProblem::FieldCount {
                found: 1,
                expected: 2,
            },
            detail: "1 fields, expected 2".into(),
        };
        assert_eq!(
            csv.localize(&en),
            "Line 3 has one value, but the header has 2 columns."
        );
    }

    /// Every field name the code passes to an error today, read from the sources: a new one
    /// without a label (in `Field::of` and `fields.ftl`) fails here.
    fn fields_in_the_code() -> Vec<(String, String)> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        let mut stack = vec![root.join("src"), root.join("src-tauri").join("src")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("error.rs")
                {
                    files.push(path);
                }
            }
        }
        let mut found = Vec::new();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            for pattern in ["field: \"", "field: format!(\"", "invalid(\""] {
                for (_, rest) in text
                    .match_indices(pattern)
                    .filter_map(|(at, _)| text.get(at..).and_then(|t| t.split_once(pattern)))
                {
                    if let Some((name, _)) = rest.split_once('"') {
                        // A placeable of a format string stands for an indicator or an id.
                        let name = name.replace("{field}", "from_phase");
                        let name = name.replace("{}", "x");
                        found.push((file.display().to_string(), name));
                    }
                }
            }
        }
        found
    }

    #[test]
    fn every_field_the_code_names_has_a_label_in_every_language() {
        let fields = fields_in_the_code();
        assert!(
            fields.len() > 20,
            "the scan finds the call sites: {fields:?}"
        );
        for (file, name) in &fields {
            assert_ne!(
                Field::of(name),
                Field::Other,
                "{file}: field {name:?} has no label"
            );
        }
        for lang in Lang::ALL {
            let l = Localizer::new(lang, false);
            for field in Field::ALL {
                assert!(l.has(&field.label_key()), "{lang}: {}", field.label_key());
            }
        }
        let names: std::collections::BTreeSet<_> = Field::ALL.iter().map(|f| f.name()).collect();
        assert_eq!(names.len(), Field::ALL.len());
    }

    #[test]
    fn a_field_name_is_shown_by_its_label() {
        let e = Error::InvalidValue {
            field: "country".into(),
            value: String::new(),
        };
        assert_eq!(
            e.localize(&Localizer::new(Lang::En, false)),
            "“Country” must be filled in."
        );
        let e = Error::InvalidValue {
            field: "date".into(),
            value: "2026-+1-01".into(),
        };
        assert_eq!(
            e.localize(&Localizer::new(Lang::Fr, false)),
            "La valeur « 2026-+1-01 » n’est pas valide pour le champ « Date de l’évaluation »."
        );
    }
}
