//! Exports of one assessment in every format (`dhma export --format`, the app's
//! "Export…"), and the answers filled in a spreadsheet brought back (`dhma answers import`,
//! the app's "Import answers…" with its preview).
//!
//! An answers file is the Indicators sheet of the workbook (or its CSV, or the
//! `indicator,phase[,target]` CSV of `dhma score`; a CSV's separator may also be the
//! semicolon or tab a spreadsheet writes in some languages): columns are found by their heading in
//! any of the seven languages; the code column and at least one of current phase, target,
//! target year and rationale are needed; other columns are ignored. A phase is 1 to 5 or
//! NA, a target 1 to 5, a year 2000 to 2100. An empty cell leaves what is stored as it is.
//! All or nothing: the first problem names its sheet, row and column, and nothing is stored;
//! the changes are stored in one transaction that claims the draft (a finalised assessment
//! refuses) and logs each changed field.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use super::framework_of;
use crate::error::{CellProblem, Error, Result};
use crate::export::{self, Format, IndicatorColumn, Source};
use crate::framework::{Framework, IndicatorText};
use crate::i18n::{arg, num, Lang, Localizer};
use crate::model::{AssessmentData, Response, Status};
use crate::scoring::Current;
use crate::storage::Db;

/// The bytes of an export other than the assessment file, in `lang` (the workbook's sheet
/// and column names, the CSV's headings); `excel` puts a byte-order mark before a CSV.
pub fn export_bytes(
    data: &AssessmentData,
    format: Format,
    lang: Lang,
    excel: bool,
) -> Result<Vec<u8>> {
    let fw = framework_of(&data.assessment)?;
    let src = Source::new(data, fw);
    let l = Localizer::new(lang, false);
    match format {
        Format::Xlsx => export::xlsx::workbook(&export::sheets(&src, &l), &l),
        Format::Csv => export::csv::table(&export::indicators(&src, &l), excel),
        Format::Json => export::json::bytes(&src, super::score_json(fw, &src.scores)),
        Format::Dhma => crate::exchange::to_string(data).map(String::into_bytes),
        Format::GdhmCsv => crate::gdhm::upload_csv(data, fw),
    }
}

/// Writes an export of an assessment to `path` (a temporary name, then renamed). The
/// assessment file records this copy's revisions first (a change: `dhma` needs the
/// database open for writing); the other formats only read.
pub fn export(
    db: &mut Db,
    id: i64,
    format: Format,
    lang: Lang,
    excel: bool,
    path: &Path,
) -> Result<()> {
    match format {
        Format::Dhma => crate::exchange::export_file(db, id, path),
        _ => export_read_only(db, id, format, lang, excel, path),
    }
}

/// Writes an export that only reads (every format but the assessment file).
pub fn export_read_only(
    db: &Db,
    id: i64,
    format: Format,
    lang: Lang,
    excel: bool,
    path: &Path,
) -> Result<()> {
    let data = db.load(id)?;
    let bytes = export_bytes(&data, format, lang, excel)?;
    export::write_file(path, &bytes)
}

/// A format the export dialog offers: its id, its name and the file name to suggest.
#[derive(Debug, Clone, Serialize)]
pub struct ExportChoice {
    pub id: String,
    pub label: String,
    pub file_name: String,
    pub extension: String,
}

/// The formats of "Export…", with the file name suggested for each.
pub fn export_choices(db: &Db, id: i64, l: &Localizer) -> Result<Vec<ExportChoice>> {
    let a = db.assessment(id)?;
    Ok(Format::ALL
        .iter()
        .map(|f| ExportChoice {
            id: f.as_str().into(),
            label: l.text(&f.label_key()),
            file_name: super::suggested_file_name(&a, f.extension()),
            extension: f.extension().trim_start_matches('.').into(),
        })
        .collect())
}

/// One cell of an answers file, as read.
#[derive(Debug, Clone, PartialEq)]
enum Value {
    Empty,
    Text(String),
    Number(f64),
}

impl Value {
    fn is_empty(&self) -> bool {
        match self {
            Value::Empty => true,
            Value::Text(t) => t.trim().is_empty(),
            Value::Number(_) => false,
        }
    }

    /// As a person reads it in the cell: `3`, not `3.0`.
    fn shown(&self) -> String {
        match self {
            Value::Empty => String::new(),
            Value::Text(t) => t.trim().to_string(),
            Value::Number(n) => n.to_string(),
        }
    }

    /// A whole number, written as a number or as text.
    fn whole(&self) -> Option<i64> {
        match self {
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => Some(*n as i64),
            Value::Text(t) => t.trim().parse().ok(),
            _ => None,
        }
    }
}

/// An answers file read: the sheet's name (the file's for a CSV) and its rows, each with
/// its number as the spreadsheet shows it and its first column's index.
#[derive(Debug, Clone)]
struct Grid {
    sheet: String,
    first_col: usize,
    rows: Vec<(u64, Vec<Value>)>,
}

/// The column letters a spreadsheet shows: 0 → A, 25 → Z, 26 → AA.
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

fn unreadable(path: &Path, detail: impl ToString) -> Error {
    Error::SpreadsheetUnreadable {
        path: path.display().to_string(),
        detail: detail.to_string(),
    }
}

/// Reads an answers file: a workbook (`.xlsx`: the sheet named as the Indicators sheet in
/// any language, else the first) or a CSV (`.csv`, UTF-8, with or without byte-order mark).
fn read_grid(path: &Path) -> Result<Grid> {
    let size = std::fs::metadata(path)
        .map_err(|e| Error::io(path, &e))?
        .len();
    if size > crate::exchange::MAX_FILE_BYTES {
        return Err(Error::FileTooLarge {
            path: path.display().to_string(),
            size,
            limit: crate::exchange::MAX_FILE_BYTES,
        });
    }
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "xlsx" => read_xlsx(path),
        "csv" => read_csv(path),
        other => Err(unreadable(path, format!("extension {other:?}"))),
    }
}

fn read_xlsx(path: &Path) -> Result<Grid> {
    use calamine::{Data, Reader};
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, &e))?;
    let mut book =
        calamine::Xlsx::new(std::io::Cursor::new(bytes)).map_err(|e| unreadable(path, e))?;
    let names = book.sheet_names();
    let wanted: Vec<String> = Lang::ALL
        .iter()
        .map(|lang| heading_key(&Localizer::new(*lang, false).text("export-sheet-indicators")))
        .collect();
    let sheet = names
        .iter()
        .find(|n| wanted.contains(&heading_key(n)))
        .or_else(|| names.first())
        .cloned()
        .ok_or_else(|| unreadable(path, "no sheet"))?;
    let range = book
        .worksheet_range(&sheet)
        .map_err(|e| unreadable(path, e))?;
    let (first_row, first_col) = range.start().unwrap_or((0, 0));
    let rows = range
        .rows()
        .enumerate()
        .map(|(i, row)| {
            let values = row
                .iter()
                .map(|c| match c {
                    Data::Empty => Value::Empty,
                    Data::String(s) => Value::Text(s.clone()),
                    Data::Float(f) => Value::Number(*f),
                    Data::Int(n) => Value::Number(*n as f64),
                    Data::Bool(b) => Value::Text(b.to_string()),
                    Data::DateTime(d) => Value::Number(d.as_f64()),
                    Data::DateTimeIso(s) | Data::DurationIso(s) => Value::Text(s.clone()),
                    Data::Error(e) => Value::Text(e.to_string()),
                })
                .collect();
            (u64::from(first_row) + i as u64 + 1, values)
        })
        .collect();
    Ok(Grid {
        sheet,
        first_col: first_col as usize,
        rows,
    })
}

fn read_csv(path: &Path) -> Result<Grid> {
    let text = super::read_ratings_file(path)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(false)
        .delimiter(delimiter(text))
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| crate::answers_csv::malformed(&e, 0))?;
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        let values = record
            .iter()
            .map(|f| {
                if f.trim().is_empty() {
                    Value::Empty
                } else {
                    Value::Text(export::csv::unguarded(f).to_string())
                }
            })
            .collect();
        rows.push((line, values));
    }
    Ok(Grid {
        sheet: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        first_col: 0,
        rows,
    })
}

/// The CSV's separator: a comma, or the semicolon (or tab) that a spreadsheet set to a
/// language with a decimal comma writes, whichever its header line has most of.
fn delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    let count = |c: char| header.matches(c).count();
    [(b';', count(';')), (b'\t', count('\t'))]
        .into_iter()
        .filter(|(_, n)| *n > count(','))
        .max_by_key(|(_, n)| *n)
        .map_or(b',', |(d, _)| d)
}

/// A heading as it is matched: trimmed, spaces collapsed, case ignored.
fn heading_key(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The columns an answers import reads, and the other names it knows them by (the
/// `indicator,phase,target` CSV of `dhma score`).
const READ: [(IndicatorColumn, &[&str]); 5] = [
    (IndicatorColumn::Code, &["indicator", "code"]),
    (IndicatorColumn::Current, &["phase"]),
    (IndicatorColumn::Target, &["target"]),
    (IndicatorColumn::TargetYear, &["target_year"]),
    (IndicatorColumn::Rationale, &["rationale"]),
];

/// Which column of the header row holds what: the first one whose heading is that
/// column's heading in any language.
fn match_columns(header: &[Value]) -> BTreeMap<IndicatorColumn, usize> {
    let mut out = BTreeMap::new();
    for (column, aliases) in READ {
        let mut names: Vec<String> = Lang::ALL
            .iter()
            .map(|lang| heading_key(&Localizer::new(*lang, false).text(column.key())))
            .collect();
        names.extend(aliases.iter().map(|a| a.to_string()));
        if let Some(i) = header
            .iter()
            .position(|h| names.contains(&heading_key(&h.shown())))
        {
            out.insert(column, i);
        }
    }
    out
}

/// One row of an answers file: the indicator and the values given (`None`: the cell is
/// empty or the column absent, and the stored value stays).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerEdit {
    pub code: String,
    pub row: u64,
    pub current: Option<Current>,
    pub target: Option<u8>,
    pub target_year: Option<u16>,
    pub rationale: Option<String>,
}

impl AnswerEdit {
    /// The answer after this edit, as it would be stored; `None` when nothing changes.
    fn apply(&self, fw: &Framework, old: &Response) -> Result<Option<Response>> {
        let mut new = old.clone();
        if let Some(c) = self.current {
            new.current = Some(c);
        }
        if let Some(t) = self.target {
            new.target = Some(t);
        }
        if let Some(y) = self.target_year {
            new.target_year = Some(y);
        }
        if let Some(r) = &self.rationale {
            new.rationale = r.clone();
        }
        let new = crate::validate::stored_answer(&new);
        crate::validate::response(fw, &new)?;
        let same = (new.current, new.target, new.target_year, &new.rationale)
            == (old.current, old.target, old.target_year, &old.rationale);
        Ok((!same).then_some(new))
    }
}

/// Reads and checks an answers file against a framework: every row's indicator and values,
/// the first problem an error naming sheet, row and column.
pub fn parse_answers(fw: &Framework, path: &Path) -> Result<Vec<AnswerEdit>> {
    let grid = read_grid(path)?;
    edits_of(fw, &grid)
}

fn edits_of(fw: &Framework, grid: &Grid) -> Result<Vec<AnswerEdit>> {
    let mut rows = grid
        .rows
        .iter()
        .filter(|(_, r)| r.iter().any(|v| !v.is_empty()));
    let Some((_, header)) = rows.next() else {
        return Err(Error::AnswersNoCodeColumn {
            sheet: grid.sheet.clone(),
        });
    };
    let columns = match_columns(header);
    let code_col =
        *columns
            .get(&IndicatorColumn::Code)
            .ok_or_else(|| Error::AnswersNoCodeColumn {
                sheet: grid.sheet.clone(),
            })?;
    if columns.len() < 2 {
        return Err(Error::AnswersNoAnswerColumn {
            sheet: grid.sheet.clone(),
        });
    }
    let mut out = Vec::new();
    let mut first_row: BTreeMap<String, u64> = BTreeMap::new();
    for (row, values) in rows {
        let cell = |c: IndicatorColumn| -> Option<(usize, &Value)> {
            let i = *columns.get(&c)?;
            Some((i, values.get(i).unwrap_or(&Value::Empty)))
        };
        let problem = |c: usize, value: &Value, problem: CellProblem| Error::AnswersCell {
            sheet: grid.sheet.clone(),
            row: *row,
            column: column_letter(grid.first_col + c),
            header: header.get(c).map(Value::shown).unwrap_or_default(),
            value: value.shown(),
            problem,
        };
        let code_value = values.get(code_col).unwrap_or(&Value::Empty);
        let code = match code_value.whole() {
            Some(n) if matches!(code_value, Value::Number(_)) => n.to_string(),
            _ => code_value.shown(),
        };
        let answered = columns
            .iter()
            .filter(|(c, _)| **c != IndicatorColumn::Code)
            .any(|(_, i)| values.get(*i).is_some_and(|v| !v.is_empty()));
        if code.is_empty() {
            if answered {
                return Err(problem(code_col, code_value, CellProblem::NoCode));
            }
            continue;
        }
        if fw.indicator(&code).is_none() {
            return Err(problem(code_col, code_value, CellProblem::UnknownIndicator));
        }
        if let Some(first) = first_row.get(&code) {
            return Err(problem(
                code_col,
                code_value,
                CellProblem::Duplicate { first: *first },
            ));
        }
        first_row.insert(code.clone(), *row);
        let mut edit = AnswerEdit {
            code,
            row: *row,
            current: None,
            target: None,
            target_year: None,
            rationale: None,
        };
        if let Some((i, v)) = cell(IndicatorColumn::Current).filter(|(_, v)| !v.is_empty()) {
            edit.current = Some(match v {
                Value::Text(t) if t.trim().eq_ignore_ascii_case(export::NA) => {
                    Current::NotApplicable
                }
                _ => Current::Phase(phase(v).ok_or_else(|| problem(i, v, CellProblem::BadPhase))?),
            });
        }
        if let Some((i, v)) = cell(IndicatorColumn::Target).filter(|(_, v)| !v.is_empty()) {
            edit.target = Some(phase(v).ok_or_else(|| problem(i, v, CellProblem::BadTarget))?);
        }
        if let Some((i, v)) = cell(IndicatorColumn::TargetYear).filter(|(_, v)| !v.is_empty()) {
            edit.target_year = Some(
                v.whole()
                    .and_then(|y| u16::try_from(y).ok())
                    .filter(|y| crate::validate::TARGET_YEARS.contains(y))
                    .ok_or_else(|| problem(i, v, CellProblem::BadYear))?,
            );
        }
        if let Some((_, v)) = cell(IndicatorColumn::Rationale).filter(|(_, v)| !v.is_empty()) {
            edit.rationale = Some(match v {
                Value::Text(t) => t.clone(),
                other => other.shown(),
            });
        }
        out.push(edit);
    }
    Ok(out)
}

fn phase(v: &Value) -> Option<u8> {
    v.whole()
        .and_then(|p| u8::try_from(p).ok())
        .filter(|p| (1..=5).contains(p))
}

/// One indicator an import would change: its code and title, and a line per field that
/// changes ("Current phase: 2 → 3").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnswerChangeView {
    pub code: String,
    pub title: String,
    pub changes: Vec<String>,
}

/// What an answers file would change, shown before anything is stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnswersPreview {
    pub path: String,
    pub indicators: Vec<AnswerChangeView>,
    /// "The file changes 4 indicators." (or "… changes nothing.")
    pub summary: String,
}

/// The changes `edits` make to the stored answers, in the order of the file.
fn changes(
    fw: &Framework,
    responses: &[Response],
    edits: &[AnswerEdit],
) -> Result<Vec<(Response, Response)>> {
    let mut out = Vec::new();
    for e in edits {
        let old = responses
            .iter()
            .find(|r| r.indicator == e.code)
            .cloned()
            .unwrap_or_else(|| Response::empty(&e.code));
        if let Some(new) = e.apply(fw, &old)? {
            out.push((old, new));
        }
    }
    Ok(out)
}

fn phase_text(l: &Localizer, c: Option<Current>) -> String {
    match c {
        Some(Current::Phase(p)) => p.to_string(),
        Some(Current::NotApplicable) => l.text("changes-value-na"),
        None => l.text("changes-value-none"),
    }
}

fn change_lines(l: &Localizer, old: &Response, new: &Response) -> Vec<String> {
    let unset = || l.text("changes-value-unset");
    let opt = |v: Option<String>| v.unwrap_or_else(unset);
    let mut lines = Vec::new();
    let mut line = |key: &str, before: String, after: String| {
        if before != after {
            lines.push(l.format(key, &[arg("old", before), arg("new", after)]));
        }
    };
    line(
        "answers-change-current",
        phase_text(l, old.current),
        phase_text(l, new.current),
    );
    line(
        "answers-change-target",
        opt(old.target.map(|t| t.to_string())),
        opt(new.target.map(|t| t.to_string())),
    );
    line(
        "answers-change-target-year",
        opt(old.target_year.map(|t| t.to_string())),
        opt(new.target_year.map(|t| t.to_string())),
    );
    line(
        "answers-change-rationale",
        opt(Some(old.rationale.clone()).filter(|r| !r.is_empty())),
        opt(Some(new.rationale.clone()).filter(|r| !r.is_empty())),
    );
    lines
}

/// Refuses a finalised assessment before reading a file for it (the transaction that
/// stores checks it again).
fn check_draft(db: &Db, id: i64) -> Result<()> {
    let a = db.assessment(id)?;
    if a.status == Status::Finalised {
        return Err(Error::AssessmentLocked {
            country: a.country,
            round: a.round,
        });
    }
    Ok(())
}

/// Checks an answers file against the assessment with the import's own rules and lists
/// what it would change, storing nothing.
pub fn preview_answers(db: &Db, id: i64, path: &Path, l: &Localizer) -> Result<AnswersPreview> {
    check_draft(db, id)?;
    let a = db.assessment(id)?;
    let fw = framework_of(&a)?;
    let edits = parse_answers(fw, path)?;
    let list = changes(fw, &db.responses(id)?, &edits)?;
    Ok(AnswersPreview {
        path: path.display().to_string(),
        summary: l.format("answers-preview", &[num("count", list.len() as f64)]),
        indicators: list
            .iter()
            .map(|(old, new)| AnswerChangeView {
                code: new.indicator.clone(),
                title: l.text(&fw.key(&new.indicator, IndicatorText::Title)),
                changes: change_lines(l, old, new),
            })
            .collect(),
    })
}

/// What an import stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnswersImported {
    pub changed: usize,
    /// "4 answers changed."
    pub summary: String,
}

/// Imports an answers file: checked whole first, then every change stored in one
/// transaction that claims the draft and builds each answer from the one stored then.
pub fn import_answers(
    db: &mut Db,
    id: i64,
    path: &Path,
    actor: &str,
    l: &Localizer,
) -> Result<AnswersImported> {
    check_draft(db, id)?;
    let a = db.assessment(id)?;
    let fw = framework_of(&a)?;
    let edits = parse_answers(fw, path)?;
    let changed = if changes(fw, &db.responses(id)?, &edits)?.is_empty() {
        0
    } else {
        let by_code: BTreeMap<&str, &AnswerEdit> =
            edits.iter().map(|e| (e.code.as_str(), e)).collect();
        let codes: Vec<String> = edits.iter().map(|e| e.code.clone()).collect();
        db.edit_responses(id, &codes, actor, |old| {
            match by_code.get(old.indicator.as_str()) {
                Some(e) => e.apply(fw, old),
                None => Ok(None),
            }
        })?
    };
    Ok(AnswersImported {
        changed,
        summary: l.format("answers-imported", &[num("count", changed as f64)]),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_are_the_spreadsheets() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }

    #[test]
    fn the_separator_is_the_one_the_header_uses() {
        assert_eq!(delimiter("Code,Phase actuelle\n1,3\n"), b',');
        assert_eq!(
            delimiter("Code;Phase actuelle;Justification\n1;3;a, b\n"),
            b';'
        );
        assert_eq!(delimiter("Code\tPhase\n1\t3\n"), b'\t');
        assert_eq!(delimiter("Code\n"), b',');
        assert_eq!(delimiter(""), b',');
    }

    #[test]
    fn headings_match_in_any_language_and_case() {
        let fr = Localizer::new(Lang::Fr, false);
        let ar = Localizer::new(Lang::Ar, false);
        let header = vec![
            Value::Text(format!("  {} ", fr.text("export-col-code").to_uppercase())),
            Value::Text(ar.text("export-col-current")),
            Value::Text("Target".into()),
        ];
        let m = match_columns(&header);
        assert_eq!(m.get(&IndicatorColumn::Code), Some(&0));
        assert_eq!(m.get(&IndicatorColumn::Current), Some(&1));
        assert_eq!(m.get(&IndicatorColumn::Target), Some(&2));
        assert_eq!(m.get(&IndicatorColumn::Rationale), None);
    }
}
