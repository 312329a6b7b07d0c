//! Files made from one assessment for other programs: an Excel workbook (`xlsx`), the
//! Indicators table as CSV (`csv`) and the assessment with its scores as JSON (`json`).
//!
//! Every value comes from the core: the scores from [`crate::scoring`], the spread of the
//! ratings from [`crate::consensus`], the roadmap's texts from [`crate::roadmap`]; nothing
//! is recomputed here. The tables are built once as [`Sheet`]s (numbers stay numbers, texts
//! are in the reader's language), then written by each format. The column headings of the
//! Indicators sheet are also what `dhma answers import` matches, in any language
//! ([`IndicatorColumn`]).

use std::collections::BTreeMap;

use crate::consensus;
use crate::error::Result;
use crate::framework::{Framework, IndicatorText};
use crate::i18n::{arg, Localizer};
use crate::model::{AssessmentData, Rater, RoadmapItem};
use crate::scoring::{self, Current, Scores};

pub mod csv;
pub mod json;
pub mod xlsx;

/// What `dhma export --format` and the app's "Export…" write. New formats are added here
/// (and to [`Format::ALL`]); each names its file extension and its message key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// The assessment file (`*.dhma.json`), as `dhma export` always wrote.
    Dhma,
    /// The Excel workbook.
    Xlsx,
    /// The Indicators table as CSV.
    Csv,
    /// The assessment's content and its scores as JSON.
    Json,
    /// GDHM's upload file (`gdhm::upload_csv`): refused, naming the first problem, when
    /// GDHM would refuse it.
    GdhmCsv,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Dhma,
        Format::Xlsx,
        Format::Csv,
        Format::Json,
        Format::GdhmCsv,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Dhma => "dhma",
            Format::Xlsx => "xlsx",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::GdhmCsv => "gdhm-csv",
        }
    }

    pub fn parse(s: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.as_str() == s)
    }

    /// The file name's ending.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Dhma => crate::exchange::EXTENSION,
            Format::Xlsx => ".xlsx",
            Format::Csv => ".csv",
            Format::Json => ".json",
            Format::GdhmCsv => ".csv",
        }
    }

    /// The message naming the format in the export dialog.
    pub fn label_key(self) -> String {
        format!("export-format-{}", self.as_str())
    }
}

/// One cell: a number stays a number (never "Phase 3"), a yes/no a boolean.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    /// A number shown with two decimals (a mean); the value is the exact one.
    Mean(f64),
    Bool(bool),
    /// A date (`YYYY-MM-DD`): a date in a workbook (Excel sorts and filters it as one), the
    /// same text in a CSV.
    Date(String),
}

impl Cell {
    fn text(s: impl Into<String>) -> Cell {
        let s = s.into();
        if s.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(s)
        }
    }

    fn opt_number<T: Into<f64>>(n: Option<T>) -> Cell {
        n.map_or(Cell::Empty, |n| Cell::Number(n.into()))
    }

    fn phase(c: Option<Current>) -> Cell {
        match c {
            Some(Current::Phase(p)) => Cell::Number(f64::from(p)),
            Some(Current::NotApplicable) => Cell::Text(NA.into()),
            None => Cell::Empty,
        }
    }

    /// The cell as CSV writes it: numbers in the C locale (`2.5`), yes/no as `true`/`false`.
    pub fn csv_text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) => s.clone(),
            Cell::Number(n) | Cell::Mean(n) => n.to_string(),
            Cell::Bool(b) => b.to_string(),
            Cell::Date(d) => d.clone(),
        }
    }
}

/// How a not-applicable phase is written in every file: GDHM's own `NA`, in every language.
pub const NA: &str = "NA";

/// One table of the workbook: its name, its column headings and its rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// The message key of its name (`export-sheet-…`).
    pub key: &'static str,
    pub name: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// A column of the Indicators sheet: its heading's message key, and whether an answers
/// import reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum IndicatorColumn {
    Code,
    Block,
    Title,
    Current,
    Target,
    TargetYear,
    Gap,
    Rationale,
    Confidence,
    Evidence,
    Ratings,
    RatingsMin,
    RatingsMedian,
    RatingsMax,
    Discuss,
}

impl IndicatorColumn {
    /// Without the ratings' columns, which are added when the assessment has ratings.
    pub const BASE: [IndicatorColumn; 10] = [
        IndicatorColumn::Code,
        IndicatorColumn::Block,
        IndicatorColumn::Title,
        IndicatorColumn::Current,
        IndicatorColumn::Target,
        IndicatorColumn::TargetYear,
        IndicatorColumn::Gap,
        IndicatorColumn::Rationale,
        IndicatorColumn::Confidence,
        IndicatorColumn::Evidence,
    ];
    pub const RATINGS: [IndicatorColumn; 5] = [
        IndicatorColumn::Ratings,
        IndicatorColumn::RatingsMin,
        IndicatorColumn::RatingsMedian,
        IndicatorColumn::RatingsMax,
        IndicatorColumn::Discuss,
    ];

    pub fn key(self) -> &'static str {
        match self {
            IndicatorColumn::Code => "export-col-code",
            IndicatorColumn::Block => "export-col-block",
            IndicatorColumn::Title => "export-col-title",
            IndicatorColumn::Current => "export-col-current",
            IndicatorColumn::Target => "export-col-target",
            IndicatorColumn::TargetYear => "export-col-target-year",
            IndicatorColumn::Gap => "export-col-gap",
            IndicatorColumn::Rationale => "export-col-rationale",
            IndicatorColumn::Confidence => "export-col-confidence",
            IndicatorColumn::Evidence => "export-col-evidence-count",
            IndicatorColumn::Ratings => "export-col-ratings",
            IndicatorColumn::RatingsMin => "export-col-ratings-min",
            IndicatorColumn::RatingsMedian => "export-col-ratings-median",
            IndicatorColumn::RatingsMax => "export-col-ratings-max",
            IndicatorColumn::Discuss => "export-col-discuss",
        }
    }
}

/// Everything an export needs of one assessment, read once.
#[derive(Debug, Clone)]
pub struct Source<'a> {
    pub data: &'a AssessmentData,
    pub framework: &'a Framework,
    pub scores: Scores,
}

impl<'a> Source<'a> {
    pub fn new(data: &'a AssessmentData, framework: &'a Framework) -> Source<'a> {
        Source {
            scores: scoring::score(framework, &data.score_inputs()),
            data,
            framework,
        }
    }
}

/// The sheets of the workbook, in order: Summary, Indicators, Evidence, Roadmap,
/// Participants, Ratings and Dissent (when there are any), Change log.
pub fn sheets(src: &Source<'_>, l: &Localizer) -> Vec<Sheet> {
    let mut out = vec![
        summary(src, l),
        indicators(src, l),
        evidence(src, l),
        roadmap(src, l),
        participants(src, l),
    ];
    if !src.data.workshop.ratings.is_empty() {
        out.push(ratings(src, l));
    }
    if !src.data.workshop.dissents.is_empty() {
        out.push(dissent(src, l));
    }
    out.push(change_log(src, l));
    out
}

fn sheet(key: &'static str, columns: &[&str], l: &Localizer) -> Sheet {
    Sheet {
        key,
        name: l.text(key),
        headers: columns.iter().map(|k| l.text(k)).collect(),
        rows: Vec::new(),
    }
}

/// Country, round, date, framework, status; then the overall scores and each block's.
pub fn summary(src: &Source<'_>, l: &Localizer) -> Sheet {
    let a = &src.data.assessment;
    let fw = src.framework;
    let mut s = sheet(
        "export-sheet-summary",
        &[
            "export-col-item",
            "export-col-value",
            "export-col-mean",
            "export-col-phase",
            "export-col-target",
        ],
        l,
    );
    let field = |key: &str, value: String| vec![Cell::text(l.text(key)), Cell::text(value)];
    let date = |key: &str, value: &str| {
        vec![
            Cell::text(l.text(key)),
            if value.is_empty() {
                Cell::Empty
            } else {
                Cell::Date(value.to_string())
            },
        ]
    };
    s.rows.push(field("export-row-country", a.country.clone()));
    s.rows.push(field("export-row-round", a.round.clone()));
    s.rows.push(date("export-row-date", &a.date));
    s.rows.push(field(
        "export-row-framework",
        l.format(
            "framework-with-version",
            &[
                arg("name", l.text(&fw.name_key())),
                arg("version", &fw.version),
            ],
        ),
    ));
    s.rows.push(field(
        "export-row-status",
        l.text(&format!("status-{}", a.status.as_str())),
    ));
    let score_row = |name: String, mean: Option<f64>, phase: Option<u8>, target: Option<u8>| {
        vec![
            Cell::text(name),
            Cell::Empty,
            mean.map_or(Cell::Empty, Cell::Mean),
            Cell::opt_number(phase),
            Cell::opt_number(target),
        ]
    };
    let o = &src.scores.overall;
    s.rows.push(score_row(
        l.text("overall"),
        o.mean,
        o.phase,
        o.target_phase,
    ));
    for b in &src.scores.blocks {
        s.rows.push(score_row(
            l.text(&fw.block_key(&b.id)),
            b.mean,
            b.phase,
            b.target_phase,
        ));
    }
    s
}

/// Whether the Indicators table has the ratings' columns.
pub fn has_ratings(data: &AssessmentData) -> bool {
    !data.workshop.ratings.is_empty()
}

/// The columns of the Indicators table of this assessment.
pub fn indicator_columns(data: &AssessmentData) -> Vec<IndicatorColumn> {
    let mut cols = IndicatorColumn::BASE.to_vec();
    if has_ratings(data) {
        cols.extend(IndicatorColumn::RATINGS);
    }
    cols
}

/// One row per indicator of the framework, in the framework's order: the answer, the gap
/// from scoring, the number of evidence items and, with ratings, their spread.
pub fn indicators(src: &Source<'_>, l: &Localizer) -> Sheet {
    let fw = src.framework;
    let data = src.data;
    let columns = indicator_columns(data);
    let keys: Vec<&str> = columns.iter().map(|c| c.key()).collect();
    let mut s = sheet("export-sheet-indicators", &keys, l);
    let results: BTreeMap<&str, &scoring::IndicatorResult> = src
        .scores
        .blocks
        .iter()
        .flat_map(|b| &b.indicators)
        .map(|r| (r.code.as_str(), r))
        .collect();
    for ind in &fw.indicators {
        let response = data.responses.iter().find(|r| r.indicator == ind.code);
        let result = results.get(ind.code.as_str());
        let spread = consensus::spread(
            data.workshop
                .ratings
                .iter()
                .filter(|r| r.indicator == ind.code)
                .map(|r| r.phase),
        );
        let row = columns
            .iter()
            .map(|c| match c {
                IndicatorColumn::Code => Cell::text(ind.code.clone()),
                IndicatorColumn::Block => Cell::text(l.text(&fw.block_key(&ind.block))),
                IndicatorColumn::Title => {
                    Cell::text(l.text(&fw.key(&ind.code, IndicatorText::Title)))
                }
                IndicatorColumn::Current => Cell::phase(result.and_then(|r| r.current)),
                IndicatorColumn::Target => Cell::opt_number(result.and_then(|r| r.target)),
                IndicatorColumn::TargetYear => {
                    Cell::opt_number(response.and_then(|r| r.target_year))
                }
                IndicatorColumn::Gap => Cell::opt_number(result.and_then(|r| r.gap)),
                IndicatorColumn::Rationale => {
                    Cell::text(response.map(|r| r.rationale.clone()).unwrap_or_default())
                }
                IndicatorColumn::Confidence => response
                    .and_then(|r| r.confidence)
                    .map_or(Cell::Empty, |c| {
                        Cell::text(l.text(&format!("confidence-{}", c.as_str())))
                    }),
                IndicatorColumn::Evidence => Cell::Number(
                    data.evidence
                        .iter()
                        .filter(|e| e.indicator == ind.code)
                        .count() as f64,
                ),
                IndicatorColumn::Ratings => Cell::Number(spread.count as f64),
                IndicatorColumn::RatingsMin => Cell::opt_number(spread.min),
                IndicatorColumn::RatingsMedian => Cell::opt_number(spread.median),
                IndicatorColumn::RatingsMax => Cell::opt_number(spread.max),
                IndicatorColumn::Discuss => Cell::Bool(spread.discuss),
            })
            .collect();
        s.rows.push(row);
    }
    s
}

/// Every evidence item, in the order entered.
pub fn evidence(src: &Source<'_>, l: &Localizer) -> Sheet {
    let fw = src.framework;
    let mut s = sheet(
        "export-sheet-evidence",
        &[
            "export-col-code",
            "export-col-title",
            "export-col-evidence",
            "export-col-reference",
        ],
        l,
    );
    for e in &src.data.evidence {
        s.rows.push(vec![
            Cell::text(e.indicator.clone()),
            Cell::text(l.text(&fw.key(&e.indicator, IndicatorText::Title))),
            Cell::text(e.title.clone()),
            Cell::text(e.reference.clone()),
        ]);
    }
    s
}

/// The roadmap grouped as on its screen and in the report (`roadmap::by_action_line`).
pub fn roadmap(src: &Source<'_>, l: &Localizer) -> Sheet {
    let fw = src.framework;
    let mut s = sheet(
        "export-sheet-roadmap",
        &[
            "export-col-block",
            "export-col-action-line",
            "export-col-code",
            "export-col-from-phase",
            "export-col-to-phase",
            "export-col-action",
            "export-col-monitoring",
            "export-col-timeframe",
            "export-col-responsible",
            "export-col-priority",
            "export-col-cost",
            "export-col-status",
            "export-col-origin",
            "export-col-start-year",
            "export-col-end-year",
            "export-col-budget",
            "export-col-currency",
            "export-col-baseline",
            "export-col-monitoring-target",
            "export-col-progress",
        ],
        l,
    );
    let items: Vec<_> = src.data.roadmap.iter().collect();
    let row = |block: String, line: String, i: &RoadmapItem| {
        let (text, monitoring) = crate::roadmap::item_text(fw, i, l);
        let phase = |p: Option<u8>| p.map_or(Cell::Empty, |p| Cell::Number(f64::from(p)));
        let year = |y: Option<u16>| y.map_or(Cell::Empty, |y| Cell::Number(f64::from(y)));
        vec![
            Cell::text(block),
            Cell::text(line),
            Cell::text(i.indicator.clone()),
            phase(i.from_phase),
            phase(i.to_phase),
            Cell::text(text),
            Cell::text(monitoring),
            Cell::text(l.text(&format!("timeframe-{}", i.timeframe.as_str()))),
            Cell::text(crate::roadmap::responsible_label(fw, &i.responsible, l)),
            Cell::Number(f64::from(i.priority)),
            Cell::text(l.text(&format!("cost-{}", i.cost.as_str()))),
            Cell::text(l.text(&format!("roadmap-status-{}", i.status.as_str()))),
            Cell::text(l.text(if i.is_own() {
                "roadmap-origin-own"
            } else {
                "roadmap-origin-template"
            })),
            year(i.start_year),
            year(i.end_year),
            // The amount as written (decimal text, exact), never a float.
            Cell::text(
                i.budget
                    .as_ref()
                    .map(|b| b.amount.clone())
                    .unwrap_or_default(),
            ),
            Cell::text(
                i.budget
                    .as_ref()
                    .map(|b| b.currency.clone())
                    .unwrap_or_default(),
            ),
            Cell::text(i.baseline.clone()),
            Cell::text(i.monitoring_target.clone()),
            Cell::text(i.progress.clone()),
        ]
    };
    for (block, line, items) in crate::roadmap::by_action_line(fw, &items) {
        for i in items {
            s.rows.push(row(
                l.text(&fw.block_key(block)),
                l.text(&fw.line_key(line)),
                i,
            ));
        }
    }
    // Cross-cutting actions after the others: their block (or all blocks), no action line.
    for (block, items) in crate::roadmap::cross_cutting(fw, &items) {
        let block = match block {
            Some(b) => l.text(&fw.block_key(b)),
            None => l.text("roadmap-all-blocks"),
        };
        for i in items {
            s.rows
                .push(row(block.clone(), l.text("roadmap-cross-cutting"), i));
        }
    }
    s
}

pub fn participants(src: &Source<'_>, l: &Localizer) -> Sheet {
    let mut s = sheet(
        "export-sheet-participants",
        &[
            "export-col-name",
            "export-col-organisation",
            "export-col-role",
        ],
        l,
    );
    for p in &src.data.participants {
        s.rows.push(vec![
            Cell::text(p.name.clone()),
            Cell::text(p.organisation.clone()),
            Cell::text(p.role.clone()),
        ]);
    }
    s
}

fn rater_name(l: &Localizer, rater: &Rater) -> String {
    match rater {
        Rater::Participant(n) | Rater::Group(n) => n.clone(),
        Rater::Anonymous => l.text("ui-workshop-anonymous"),
    }
}

/// Every individual rating, in the order given.
pub fn ratings(src: &Source<'_>, l: &Localizer) -> Sheet {
    let mut s = sheet(
        "export-sheet-ratings",
        &[
            "export-col-code",
            "export-col-rater",
            "export-col-phase",
            "export-col-comment",
        ],
        l,
    );
    for r in &src.data.workshop.ratings {
        s.rows.push(vec![
            Cell::text(r.indicator.clone()),
            Cell::text(rater_name(l, &r.rater)),
            Cell::phase(Some(r.phase)),
            Cell::text(r.comment.clone()),
        ]);
    }
    s
}

pub fn dissent(src: &Source<'_>, l: &Localizer) -> Sheet {
    let mut s = sheet(
        "export-sheet-dissent",
        &["export-col-code", "export-col-rater", "export-col-reason"],
        l,
    );
    for d in &src.data.workshop.dissents {
        s.rows.push(vec![
            Cell::text(d.indicator.clone()),
            Cell::text(rater_name(l, &d.rater)),
            Cell::text(d.reason.clone()),
        ]);
    }
    s
}

/// The append-only change log, oldest first; times in the reader's writing of dates.
pub fn change_log(src: &Source<'_>, l: &Localizer) -> Sheet {
    let mut s = sheet(
        "export-sheet-changes",
        &[
            "export-col-time",
            "export-col-actor",
            "export-col-what",
            "export-col-subject",
            "export-col-old",
            "export-col-new",
        ],
        l,
    );
    for c in &src.data.change_log {
        s.rows.push(vec![
            Cell::text(l.time(&c.at)),
            Cell::text(c.actor.clone()),
            Cell::text(change_kind_label(&c.what, l)),
            Cell::text(c.subject.clone().unwrap_or_default()),
            Cell::text(c.old.clone().unwrap_or_default()),
            Cell::text(c.new.clone().unwrap_or_default()),
        ]);
    }
    s
}

/// The message that names each kind of change-log entry (`Change::what`) for a reader:
/// a field's own label where the interface has one, else a `change-kind-…` message.
pub const CHANGE_KINDS: &[(&str, &str)] = &[
    ("assessment.created", "change-kind-assessment-created"),
    ("assessment.finalised", "change-kind-assessment-finalised"),
    ("benchmark", "change-kind-benchmark"),
    ("consensus.note", "merge-field-note"),
    ("dissent", "change-kind-dissent"),
    ("evidence.added", "change-kind-evidence-added"),
    ("evidence.removed", "change-kind-evidence-removed"),
    ("group", "change-kind-group"),
    ("group.deleted", "change-kind-group-deleted"),
    ("merge.conflict", "change-kind-merge-conflict"),
    ("merge.resolved", "change-kind-merge-resolved"),
    ("merge.set-aside", "change-kind-merge-set-aside"),
    ("merge.taken", "change-kind-merge-taken"),
    ("narrative.context", "report-narrative-context"),
    ("narrative.findings", "report-narrative-findings"),
    (
        "narrative.recommendations",
        "report-narrative-recommendations",
    ),
    ("participants", "change-kind-participants"),
    ("participants.added", "change-kind-participants-added"),
    ("progress.reported", "change-kind-progress-reported"),
    ("rating", "change-kind-rating"),
    ("rating.tally", "merge-field-tally"),
    ("ratings.imported", "change-kind-ratings-imported"),
    ("response.carried", "merge-field-carried"),
    ("response.change_note", "merge-field-change-note"),
    ("response.confidence", "merge-field-confidence"),
    ("response.current", "merge-field-current"),
    ("response.na_reason", "merge-field-na-reason"),
    ("response.rationale", "merge-field-rationale"),
    ("response.reviewed", "change-kind-response-reviewed"),
    ("response.target", "merge-field-target"),
    ("response.target_year", "merge-field-target-year"),
    ("roadmap.added", "change-kind-roadmap-added"),
    ("roadmap.baseline", "ui-road-baseline"),
    ("roadmap.budget", "ui-road-budget"),
    ("roadmap.carried", "change-kind-roadmap-carried"),
    ("roadmap.cost", "ui-road-cost"),
    ("roadmap.deleted", "change-kind-roadmap-deleted"),
    ("roadmap.end_year", "ui-road-end-year"),
    ("roadmap.monitoring", "ui-road-monitoring"),
    ("roadmap.monitoring_target", "ui-road-target"),
    ("roadmap.position", "merge-field-roadmap-position"),
    ("roadmap.priority", "ui-road-priority"),
    ("roadmap.progress", "ui-road-progress"),
    ("roadmap.regenerated", "change-kind-roadmap-regenerated"),
    ("roadmap.reordered", "change-kind-roadmap-reordered"),
    ("roadmap.responsible", "ui-road-responsible"),
    ("roadmap.start_year", "ui-road-start-year"),
    ("roadmap.status", "ui-road-status"),
    ("roadmap.text", "ui-road-action"),
    ("roadmap.timeframe", "ui-road-timeframe"),
    ("round.carried-from", "change-kind-round-carried-from"),
];

/// What a change-log entry changed, in the reader's words: its kind's message, a GDHM
/// detail's label (`gdhm.<detail>`), or, for a kind this version does not know (a file
/// from a newer DHMA), the kind as written.
pub fn change_kind_label(what: &str, l: &Localizer) -> String {
    let known = CHANGE_KINDS
        .iter()
        .find(|(kind, _)| *kind == what)
        .map(|(_, key)| (*key).to_string());
    let detail = what
        .strip_prefix("gdhm.")
        .map(|d| format!("merge-field-gdhm-{}", d.replace('_', "-")));
    match known.or(detail).filter(|key| l.has(key)) {
        Some(key) => l.text(&key),
        None => what.to_string(),
    }
}

/// Writes `bytes` to `path` as every export does: a temporary name in the same folder,
/// then renamed; a file that cannot be written is an error naming it, and leaves nothing.
pub fn write_file(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    crate::fsutil::write_atomically(path, bytes)
}
