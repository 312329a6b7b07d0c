//! GDHM: the upload file's details (the export dialog), the upload CSV, and the benchmark
//! from a GDHM data export (choosing its countries, storing their means with the
//! assessment).

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::framework_of;
use crate::error::{gdhm_field_key, Error, Result};
use crate::gdhm::{self, Benchmark, DataExport, UploadProblem};
use crate::i18n::{Lang, Localizer};
use crate::model::{GdhmDetails, Status};
use crate::storage::Db;

/// One detail of the export dialog.
#[derive(Debug, Clone, Serialize)]
pub struct GdhmFieldView {
    /// `GdhmDetails::FIELDS` name.
    pub name: String,
    pub label: String,
    pub value: String,
    /// GDHM refuses the file without it (the approver's e-mail: when the government
    /// approved the data).
    pub required: bool,
    /// An e-mail address field.
    pub email: bool,
    /// A longer text (the summary, the links).
    pub multiline: bool,
}

/// The export dialog: every detail, whether it may still change, and what GDHM would
/// refuse today (sentences, in the file's order; empty: the file can be written).
#[derive(Debug, Clone, Serialize)]
pub struct GdhmDetailsView {
    pub fields: Vec<GdhmFieldView>,
    pub editable: bool,
    pub problems: Vec<String>,
}

/// The sentence for an upload problem, as the export's error says it.
fn problem_text(p: UploadProblem, l: &Localizer) -> String {
    match p {
        UploadProblem::Missing(f) => Error::GdhmDetailMissing { field: f.into() },
        UploadProblem::InvalidEmail(f, value) => Error::GdhmInvalidEmail {
            field: f.into(),
            value,
        },
        UploadProblem::Unanswered(codes) => Error::GdhmUnanswered { codes },
    }
    .localize(l)
}

/// The export dialog of assessment `id`.
pub fn gdhm_details(db: &Db, id: i64, lang: Lang) -> Result<GdhmDetailsView> {
    let l = Localizer::new(lang, true);
    let data = db.load(id)?;
    let fw = framework_of(&data.assessment)?;
    let approved = data.assessment.approval.government_approved;
    let fields = GdhmDetails::FIELDS
        .iter()
        .map(|f| GdhmFieldView {
            name: f.to_string(),
            label: l.text(&gdhm_field_key(f)),
            value: data.gdhm.get(f).unwrap_or_default().to_string(),
            required: matches!(
                *f,
                "country_summary"
                    | "contact_person_name"
                    | "contact_person_role"
                    | "contact_person_email"
            ) || (*f == "approver_email" && approved),
            email: f.ends_with("_email"),
            multiline: matches!(*f, "country_summary" | "resources_link"),
        })
        .collect();
    Ok(GdhmDetailsView {
        fields,
        editable: data.assessment.status == Status::Draft,
        problems: gdhm::upload_problems(&data, fw)
            .into_iter()
            .map(|p| problem_text(p, &l))
            .collect(),
    })
}

/// Saves the details of the export dialog (`values`: field name → text; a field left out
/// keeps its value; an unknown name is refused before anything is written), in one
/// transaction with its change-log entries. Returns whether anything changed.
pub fn save_gdhm_details(
    db: &mut Db,
    id: i64,
    values: &BTreeMap<String, String>,
    actor: &str,
) -> Result<bool> {
    db.update_gdhm_details(id, values, actor)
}

/// The upload CSV of assessment `id` (`dhma export --format gdhm-csv`), written to `path`
/// through a temporary file; when GDHM would refuse it, the first problem is the error
/// and no file is written.
pub fn export_upload_csv(db: &Db, id: i64, path: &Path) -> Result<()> {
    let data = db.load(id)?;
    let fw = framework_of(&data.assessment)?;
    let bytes = gdhm::upload_csv(&data, fw)?;
    crate::fsutil::write_atomically(path, &bytes)
}

/// Reads a GDHM data export from disk (at most `exchange::MAX_FILE_BYTES`).
pub fn read_data_export(path: &Path) -> Result<DataExport> {
    let limit = crate::exchange::MAX_FILE_BYTES;
    let shown = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, &e))?;
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, &e))?;
    if bytes.len() as u64 > limit {
        return Err(Error::FileTooLarge {
            path: shown,
            size: bytes.len() as u64,
            limit,
        });
    }
    gdhm::read_data_export(&file_name(path), &bytes)
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into(),
    )
}

/// What the benchmark dialog lists of a GDHM data export: its countries (as written,
/// in the file's order) and its date in the reader's language.
#[derive(Debug, Clone, Serialize)]
pub struct GdhmFileView {
    pub countries: Vec<String>,
    pub date: Option<String>,
}

/// The countries of a GDHM data export, for choosing (the file is read and checked whole).
pub fn gdhm_file(path: &Path, lang: Lang) -> Result<GdhmFileView> {
    let l = Localizer::new(lang, true);
    let export = read_data_export(path)?;
    Ok(GdhmFileView {
        countries: export.countries.into_iter().map(|c| c.name).collect(),
        date: export.date.map(|d| l.date(&d)),
    })
}

/// What to compare an assessment with: the countries chosen from a GDHM data export, and
/// a label for them (a region's name; blank: the countries' names).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct BenchmarkChoice {
    pub countries: Vec<String>,
    #[serde(default)]
    pub label: String,
    /// The file's date (`YYYY-MM-DD`) when the workbook does not say it, or to correct it.
    #[serde(default)]
    pub date: Option<String>,
}

/// Imports the benchmark of assessment `id` from the GDHM data export at `path`: the file
/// read and checked whole, the chosen countries found, their block means computed, then
/// stored in one transaction (a draft only). Returns what was stored.
pub fn import_benchmark(
    db: &mut Db,
    id: i64,
    path: &Path,
    choice: &BenchmarkChoice,
    actor: &str,
) -> Result<Benchmark> {
    let a = db.assessment(id)?;
    let fw = framework_of(&a)?;
    let export = read_data_export(path)?;
    let mut b = gdhm::benchmark(
        &export,
        fw,
        &choice.countries,
        &choice.label,
        &file_name(path),
    )?;
    if let Some(d) = choice
        .date
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        if !crate::model::is_valid_date(d) {
            return Err(Error::InvalidValue {
                field: "date".into(),
                value: d.into(),
            });
        }
        b.file_date = Some(d.to_string());
    }
    db.set_benchmark(id, Some(&b), actor)?;
    Ok(b)
}

/// Removes the benchmark of assessment `id` (a draft only).
pub fn clear_benchmark(db: &mut Db, id: i64, actor: &str) -> Result<()> {
    db.set_benchmark(id, None, actor)
}
