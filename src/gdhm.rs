//! GDHM's two file layouts: the upload CSV DHMA writes (one row:
//! a country's answers and the details GDHM requires), and the data export DHMA reads to
//! compare an assessment with other countries (the benchmark). Pure: bytes in, bytes or
//! values out; no database, no clock.

use std::collections::BTreeMap;

use calamine::{Data, Range, Reader, Xlsx};

use crate::error::{Error, Result};
use crate::framework::Framework;
use crate::model::AssessmentData;
pub use crate::model::Benchmark;
use crate::scoring::{self, Current, ScoreInput};

/// GDHM's indicator codes, in the order of the upload file's score and justification pairs.
pub const UPLOAD_CODES: [&str; 31] = [
    "1", "2", "2a", "3", "4", "4a", "5", "5a", "6", "6a", "7", "8", "9", "9a", "10", "11", "12",
    "13", "14", "15", "16", "17", "18", "19", "20", "21", "21a", "21b", "21c", "22", "23",
];

/// The upload file's columns before the indicators, in GDHM's order.
pub const UPLOAD_HEAD: [&str; 14] = [
    "Country Name",
    "Country Summary",
    "Country Contact Name",
    "Country Contact Role",
    "Country Contact Org",
    "Country Contact Email",
    "Contact Person Name",
    "Contact Person Role",
    "Contact Person Email",
    "Is the data approved by the government",
    "Data Approver Name",
    "Data Approver Role",
    "Data Approver Email",
    "Resources Link",
];

/// The upload file's header: [`UPLOAD_HEAD`], then each indicator's score and justification.
pub fn upload_header() -> Vec<String> {
    let mut out: Vec<String> = UPLOAD_HEAD.iter().map(|s| s.to_string()).collect();
    for code in UPLOAD_CODES {
        out.push(format!("Indicator {code} Score"));
        out.push(format!("Enter Indicator {code} justification"));
    }
    out
}

/// An e-mail address as GDHM accepts one: `local@domain.tld`, no spaces, one `@`, a dot
/// inside the domain with text on both sides.
pub fn is_email(s: &str) -> bool {
    let s = s.trim();
    if s.chars().any(char::is_whitespace) {
        return false;
    }
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    if local.is_empty() || domain.contains('@') {
        return false;
    }
    match domain.rsplit_once('.') {
        Some((name, tld)) => !name.is_empty() && !tld.is_empty() && !name.ends_with('.'),
        None => false,
    }
}

/// What stops an assessment's upload file: the first problem GDHM's upload would refuse.
/// `field` names the detail as [`crate::model::GdhmDetails::FIELDS`] does, or
/// `approver_name` / `approver_role` (from the sign-off).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadProblem {
    Missing(&'static str),
    InvalidEmail(&'static str, String),
    /// Indicators without a phase or NA.
    Unanswered(Vec<String>),
}

/// Every problem GDHM's upload would find in this assessment's file, in the file's order.
pub fn upload_problems(data: &AssessmentData, fw: &Framework) -> Vec<UploadProblem> {
    let d = data.gdhm.trimmed();
    let ap = &data.assessment.approval;
    let mut out = Vec::new();
    let blank = |v: &str| v.trim().is_empty();
    if blank(&data.assessment.country) {
        out.push(UploadProblem::Missing("country"));
    }
    if blank(&d.country_summary) {
        out.push(UploadProblem::Missing("country_summary"));
    }
    if !blank(&d.country_contact_email) && !is_email(&d.country_contact_email) {
        out.push(UploadProblem::InvalidEmail(
            "country_contact_email",
            d.country_contact_email.clone(),
        ));
    }
    for f in ["contact_person_name", "contact_person_role"] {
        if blank(d.get(f).unwrap_or_default()) {
            out.push(UploadProblem::Missing(f));
        }
    }
    if blank(&d.contact_person_email) {
        out.push(UploadProblem::Missing("contact_person_email"));
    } else if !is_email(&d.contact_person_email) {
        out.push(UploadProblem::InvalidEmail(
            "contact_person_email",
            d.contact_person_email.clone(),
        ));
    }
    if ap.government_approved {
        if ap.approver_name.as_deref().is_none_or(blank) {
            out.push(UploadProblem::Missing("approver_name"));
        }
        if ap.approver_role.as_deref().is_none_or(blank) {
            out.push(UploadProblem::Missing("approver_role"));
        }
        if blank(&d.approver_email) {
            out.push(UploadProblem::Missing("approver_email"));
        } else if !is_email(&d.approver_email) {
            out.push(UploadProblem::InvalidEmail(
                "approver_email",
                d.approver_email.clone(),
            ));
        }
    }
    let inputs = data.score_inputs();
    let unanswered: Vec<String> = UPLOAD_CODES
        .iter()
        .filter(|c| fw.indicator(c).is_some())
        .filter(|c| inputs.get(**c).and_then(|i| i.current).is_none())
        .map(|c| c.to_string())
        .collect();
    if !unanswered.is_empty() {
        out.push(UploadProblem::Unanswered(unanswered));
    }
    out
}

/// The links GDHM's "Resources Link" takes: separated by commas (however the team wrote
/// them: commas, spaces, new lines).
pub fn resources_links(text: &str) -> String {
    text.split(|c: char| c == ',' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(",")
}

/// The upload file's one data row (the assessment checked by [`upload_problems`]).
pub fn upload_record(data: &AssessmentData) -> Vec<String> {
    let d = data.gdhm.trimmed();
    let ap = &data.assessment.approval;
    let approved = ap.government_approved;
    let approver = |v: Option<&str>| {
        if approved {
            v.unwrap_or_default().trim().to_string()
        } else {
            String::new()
        }
    };
    let mut out = vec![
        data.assessment.country.trim().to_string(),
        d.country_summary,
        d.country_contact_name,
        d.country_contact_role,
        d.country_contact_org,
        d.country_contact_email,
        d.contact_person_name,
        d.contact_person_role,
        d.contact_person_email,
        approved.to_string(),
        approver(ap.approver_name.as_deref()),
        approver(ap.approver_role.as_deref()),
        approver(Some(&d.approver_email)),
        resources_links(&d.resources_link),
    ];
    for code in UPLOAD_CODES {
        let r = data.responses.iter().find(|r| r.indicator == code);
        let score = match r.and_then(|r| r.current) {
            Some(Current::Phase(p)) => p.to_string(),
            _ => "NA".to_string(),
        };
        out.push(score);
        out.push(
            r.map(|r| r.rationale.trim().to_string())
                .unwrap_or_default(),
        );
    }
    out
}

/// The upload CSV (RFC 4180, UTF-8, CRLF line ends): the header and the assessment's row;
/// the first problem GDHM would refuse is an error instead.
pub fn upload_csv(data: &AssessmentData, fw: &Framework) -> Result<Vec<u8>> {
    if let Some(p) = upload_problems(data, fw).into_iter().next() {
        return Err(match p {
            UploadProblem::Missing(field) => Error::GdhmDetailMissing {
                field: field.to_string(),
            },
            UploadProblem::InvalidEmail(field, value) => Error::GdhmInvalidEmail {
                field: field.to_string(),
                value,
            },
            UploadProblem::Unanswered(codes) => Error::GdhmUnanswered { codes },
        });
    }
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let fail = |e: csv::Error| Error::InvalidValue {
        field: "content".into(),
        value: e.to_string(),
    };
    w.write_record(upload_header()).map_err(fail)?;
    w.write_record(upload_record(data)).map_err(fail)?;
    w.into_inner().map_err(|e| Error::InvalidValue {
        field: "content".into(),
        value: e.to_string(),
    })
}

// ---------------------------------------------------------------------------------------
// The data export (benchmarks)

/// The sheet GDHM's data export writes.
pub const EXPORT_SHEET: &str = "Global Health Data";
/// "Indicator " in each language of GDHM's export (en, es, fr, pt, ar).
const INDICATOR_WORDS: [&str; 4] = ["Indicator", "Indicador", "Indicateur", "مؤشر"];
/// "Category " in each language (Arabic writes the bare number).
const CATEGORY_WORDS: [&str; 4] = ["Category", "Categoría", "Catégorie", "Categoria"];
/// "Phase " (Arabic writes the bare number).
const PHASE_WORDS: [&str; 2] = ["Phase", "Fase"];
/// "Not Available" in each language.
const NOT_AVAILABLE: [&str; 5] = [
    "Not Available",
    "No disponible",
    "Non disponible",
    "Não disponível",
    "غير متاح",
];

/// One country's row of a GDHM data export: its name and each indicator's phase (NA for
/// "Not Available").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportCountry {
    pub name: String,
    pub phases: BTreeMap<String, Current>,
}

/// A GDHM data export as read: the indicator codes of its columns, its countries, and the
/// date the workbook says it was written (`YYYY-MM-DD`), if it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataExport {
    pub codes: Vec<String>,
    pub countries: Vec<ExportCountry>,
    pub date: Option<String>,
}

/// The spreadsheet name of column `col` (0 → A, 26 → AA).
pub fn column_name(col: u32) -> String {
    let mut n = col + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

fn cell_text(cell: Option<&Data>) -> String {
    match cell {
        None | Some(Data::Empty) => String::new(),
        Some(Data::String(s)) => s.trim().to_string(),
        Some(Data::Float(f)) => {
            if f.fract() == 0.0 && f.abs() < 1e9 {
                format!("{}", *f as i64)
            } else {
                f.to_string()
            }
        }
        Some(Data::Int(i)) => i.to_string(),
        Some(other) => other.to_string().trim().to_string(),
    }
}

/// The word-and-value of a header or phase cell: `"<word> <rest>"` with a known word, or
/// the bare value (Arabic).
fn after_word<'a>(text: &'a str, words: &[&str]) -> Option<&'a str> {
    words.iter().find_map(|w| {
        text.strip_prefix(w)
            .and_then(|rest| rest.strip_prefix(char::is_whitespace))
            .map(str::trim)
    })
}

fn is_code(s: &str) -> bool {
    let digits = s.trim_end_matches(|c: char| c.is_ascii_lowercase());
    !digits.is_empty() && digits.len() + 1 >= s.len() && digits.chars().all(|c| c.is_ascii_digit())
}

/// A phase cell: `Phase n` (in any of the export's languages, or the bare number), `Not
/// Available` or `Phase -1`: NA. An empty cell is NA too (GDHM takes any other value as
/// not available).
fn phase_of(text: &str) -> Option<Current> {
    if text.is_empty() || NOT_AVAILABLE.iter().any(|w| w.eq_ignore_ascii_case(text)) {
        return Some(Current::NotApplicable);
    }
    let number = after_word(text, &PHASE_WORDS).unwrap_or(text);
    match number.parse::<i64>().ok()? {
        -1 => Some(Current::NotApplicable),
        n @ 1..=5 => Some(Current::Phase(n as u8)),
        _ => None,
    }
}

/// Reads a GDHM data export (`bytes` of an XLSX file; `name` names it in errors). A cell
/// that is not what the layout says is an error naming its row and column.
pub fn read_data_export(name: &str, bytes: &[u8]) -> Result<DataExport> {
    let unreadable = || Error::GdhmFileUnreadable { path: name.into() };
    let mut book: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).map_err(|_| unreadable())?;
    let sheet = book
        .sheet_names()
        .into_iter()
        .find(|s| s == EXPORT_SHEET)
        .or_else(|| book.sheet_names().into_iter().next())
        .ok_or_else(unreadable)?;
    let range: Range<Data> = book.worksheet_range(&sheet).map_err(|_| unreadable())?;
    let date = book.workbook_properties().ok().and_then(|p| {
        p.modified
            .or(p.created)
            .and_then(|d| d.get(..10).map(str::to_string))
            .filter(|d| crate::model::is_valid_date(d))
    });
    let cell_error = |row: u32, col: u32, value: String, problem: &str| Error::GdhmFileCell {
        path: name.into(),
        row: row + 1,
        column: column_name(col),
        value,
        problem: problem.into(),
    };
    let empty = || Error::GdhmFileEmpty { path: name.into() };
    let (_, last_col) = range.end().ok_or_else(empty)?;
    let (last_row, _) = range.end().unwrap_or_default();
    let at = |row: u32, col: u32| cell_text(range.get_value((row, col)));
    // Row 2 says where the columns end: the country name first, the overall phase last.
    let overall_col = (0..=last_col)
        .rev()
        .find(|c| !at(1, *c).is_empty())
        .ok_or_else(empty)?;
    // Row 1: `Indicator <code>` cells, then `Category <id>` after each category's.
    let mut columns: Vec<(u32, String)> = Vec::new();
    for col in 1..overall_col {
        let text = at(0, col);
        if let Some(code) = after_word(&text, &INDICATOR_WORDS).filter(|c| is_code(c)) {
            columns.push((col, code.to_string()));
        } else {
            let id = after_word(&text, &CATEGORY_WORDS).unwrap_or(&text);
            if !matches!(id.parse::<u8>(), Ok(1..=7)) {
                return Err(cell_error(0, col, text, "header"));
            }
        }
    }
    if columns.is_empty() {
        return Err(cell_error(0, 1, at(0, 1), "header"));
    }
    let mut countries = Vec::new();
    for row in 2..=last_row {
        let country = at(row, 0);
        if country.is_empty() {
            if (1..=overall_col).all(|c| at(row, c).is_empty()) {
                continue;
            }
            return Err(cell_error(row, 0, country, "country"));
        }
        let mut phases = BTreeMap::new();
        for (col, code) in &columns {
            let text = at(row, *col);
            let phase = phase_of(&text).ok_or_else(|| cell_error(row, *col, text, "phase"))?;
            phases.insert(code.clone(), phase);
        }
        countries.push(ExportCountry {
            name: country,
            phases,
        });
    }
    if countries.is_empty() {
        return Err(empty());
    }
    Ok(DataExport {
        codes: columns.into_iter().map(|(_, c)| c).collect(),
        countries,
        date,
    })
}

/// The benchmark of the `chosen` countries of `export` (names matched ignoring case and
/// surrounding spaces) for framework `fw`: each country scored by `crate::scoring` from
/// its indicators (blocks matched through the indicator codes), then each block's mean over
/// the countries that have a score there. `label` names what was chosen (a region's name;
/// blank: the countries are shown by their names).
pub fn benchmark(
    export: &DataExport,
    fw: &Framework,
    chosen: &[String],
    label: &str,
    file_name: &str,
) -> Result<Benchmark> {
    if !export.codes.iter().any(|c| fw.indicator(c).is_some()) {
        return Err(Error::GdhmNoCommonIndicators {
            path: file_name.into(),
        });
    }
    let mut countries: Vec<&ExportCountry> = Vec::new();
    for name in chosen.iter().map(|n| n.trim()).filter(|n| !n.is_empty()) {
        let key = crate::model::name_key(name);
        let found = export
            .countries
            .iter()
            .find(|c| crate::model::name_key(&c.name) == key)
            .ok_or_else(|| Error::GdhmCountryNotInFile {
                path: file_name.into(),
                country: name.to_string(),
            })?;
        if !countries.iter().any(|c| std::ptr::eq(*c, found)) {
            countries.push(found);
        }
    }
    if countries.is_empty() {
        return Err(Error::GdhmNoCountryChosen {
            path: file_name.into(),
        });
    }
    let mut sums: BTreeMap<String, (f64, u32)> = BTreeMap::new();
    for c in &countries {
        let inputs: BTreeMap<String, ScoreInput> = c
            .phases
            .iter()
            .map(|(code, p)| {
                (
                    code.clone(),
                    ScoreInput {
                        current: Some(*p),
                        target: None,
                    },
                )
            })
            .collect();
        for b in scoring::score(fw, &inputs).blocks {
            let e = sums.entry(b.id).or_insert((0.0, 0));
            if let Some(m) = b.mean {
                e.0 += m;
                e.1 += 1;
            }
        }
    }
    Ok(Benchmark {
        label: label.trim().to_string(),
        countries: countries.iter().map(|c| c.name.clone()).collect(),
        file_name: file_name.into(),
        file_date: export.date.clone(),
        blocks: sums
            .into_iter()
            .map(|(id, (sum, n))| (id, (n > 0).then(|| sum / f64::from(n))))
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_named_as_spreadsheets_do() {
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
        assert_eq!(column_name(51), "AZ");
        assert_eq!(column_name(52), "BA");
    }

    #[test]
    fn email_addresses() {
        for ok in ["a@b.org", "amina.diallo@health.gov.ls", " x@y.co "] {
            assert!(is_email(ok), "{ok}");
        }
        for bad in [
            "",
            "a",
            "a@b",
            "@b.org",
            "a@.org",
            "a@b.",
            "a b@c.org",
            "a@b@c.org",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }

    #[test]
    fn phases_in_every_language_of_the_export() {
        assert_eq!(phase_of("Phase 3"), Some(Current::Phase(3)));
        assert_eq!(phase_of("Fase 5"), Some(Current::Phase(5)));
        assert_eq!(phase_of("2"), Some(Current::Phase(2)));
        assert_eq!(phase_of("غير متاح"), Some(Current::NotApplicable));
        assert_eq!(phase_of("Non disponible"), Some(Current::NotApplicable));
        assert_eq!(phase_of("Phase -1"), Some(Current::NotApplicable));
        assert_eq!(phase_of("Phase 6"), None);
        assert_eq!(phase_of("Phase three"), None);
    }

    #[test]
    fn codes() {
        for ok in ["1", "2a", "21c", "23"] {
            assert!(is_code(ok), "{ok}");
        }
        for bad in ["", "a", "2ab", "x2"] {
            assert!(!is_code(bad), "{bad}");
        }
    }

    #[test]
    fn resources_are_separated_by_commas() {
        assert_eq!(
            resources_links(" https://a.org/x,\nhttps://b.org  https://c.org "),
            "https://a.org/x,https://b.org,https://c.org"
        );
    }
}
