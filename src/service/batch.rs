//! The regional office's batch: one workbook of every assessment in the database (a wide
//! sheet, one row per assessment; a long sheet, one row per assessment and indicator), and
//! one PDF report per assessment.

use std::path::{Path, PathBuf};

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};
use serde::Serialize;

use super::framework_of;
use crate::compare::Round;
use crate::error::{Error, Result};
use crate::i18n::{Lang, Localizer};
use crate::model::AssessmentData;
use crate::scoring::{self, Current};
use crate::storage::Db;

/// One cell of the batch workbook: numbers stay numbers.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Cell {
    Number(f64),
    /// A mean: a number, shown with two decimals (the value is kept whole).
    Mean(f64),
    Text(String),
    /// A date (`YYYY-MM-DD`), written as Excel's date.
    Date(String),
    Empty,
}

/// A sheet: its name, header row and rows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SheetCells {
    pub name: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// The batch workbook's cells: the wide sheet, then the long one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BatchCells {
    pub right_to_left: bool,
    pub sheets: Vec<SheetCells>,
}

fn number(v: Option<f64>) -> Cell {
    v.map_or(Cell::Empty, Cell::Number)
}

fn mean(v: Option<f64>) -> Cell {
    v.map_or(Cell::Empty, Cell::Mean)
}

/// The batch workbook's cells for `list` (assessments, in the order given), headers and
/// sheet names in `lang`. The blocks' columns are those of the first assessment's
/// framework, then any other framework's blocks not seen yet.
pub fn batch_cells(list: &[AssessmentData], lang: Lang) -> Result<BatchCells> {
    let l = Localizer::new(lang, false);
    let mut blocks: Vec<(String, String)> = Vec::new();
    for d in list {
        let fw = framework_of(&d.assessment)?;
        for b in &fw.blocks {
            if !blocks.iter().any(|(id, _)| *id == b.id) {
                blocks.push((b.id.clone(), l.text(&fw.block_key(&b.id))));
            }
        }
    }
    let t = |key: &str| l.text(key);
    let mut wide_header: Vec<String> = [
        "batch-col-country",
        "batch-col-round",
        "batch-col-date",
        "batch-col-status",
        "batch-col-overall",
        "batch-col-overall-phase",
    ]
    .iter()
    .map(|k| t(k))
    .collect();
    wide_header.extend(blocks.iter().map(|(_, name)| name.clone()));
    let long_header: Vec<String> = [
        "batch-col-country",
        "batch-col-round",
        "batch-col-date",
        "batch-col-status",
        "batch-col-indicator",
        "batch-col-block",
        "batch-col-phase",
        "batch-col-target",
    ]
    .iter()
    .map(|k| t(k))
    .collect();
    let mut wide = Vec::with_capacity(list.len());
    let mut long = Vec::new();
    for d in list {
        let a = &d.assessment;
        let fw = framework_of(a)?;
        let scores = scoring::score(fw, &d.score_inputs());
        let status = t(&format!("batch-status-{}", a.status.as_str()));
        let head = [
            Cell::Text(a.country.clone()),
            Cell::Text(a.round.clone()),
            Cell::Date(a.date.clone()),
            Cell::Text(status),
        ];
        let mut row: Vec<Cell> = head.to_vec();
        row.push(mean(scores.overall.mean));
        row.push(number(scores.overall.phase.map(f64::from)));
        for (id, _) in &blocks {
            row.push(mean(scores.block(id).and_then(|b| b.mean)));
        }
        wide.push(row);
        for b in &scores.blocks {
            let block_name = blocks
                .iter()
                .find(|(id, _)| *id == b.id)
                .map(|(_, n)| n.clone())
                .unwrap_or_default();
            for i in &b.indicators {
                let mut row: Vec<Cell> = head.to_vec();
                row.push(Cell::Text(i.code.clone()));
                row.push(Cell::Text(block_name.clone()));
                row.push(match i.current {
                    Some(Current::Phase(p)) => Cell::Number(f64::from(p)),
                    Some(Current::NotApplicable) => Cell::Text(crate::export::NA.into()),
                    None => Cell::Empty,
                });
                row.push(number(i.target.map(f64::from)));
                long.push(row);
            }
        }
    }
    Ok(BatchCells {
        right_to_left: lang.is_rtl(),
        sheets: vec![
            SheetCells {
                name: t("batch-sheet-assessments"),
                header: wide_header,
                rows: wide,
            },
            SheetCells {
                name: t("batch-sheet-indicators"),
                header: long_header,
                rows: long,
            },
        ],
    })
}

fn xlsx_error(e: XlsxError) -> Error {
    Error::InvalidValue {
        field: "content".into(),
        value: e.to_string(),
    }
}

fn write_sheet(ws: &mut Worksheet, sheet: &SheetCells, rtl: bool) -> Result<(), XlsxError> {
    // Excel's limit of 31 characters for a sheet name (counted in characters).
    let name: String = sheet.name.chars().take(31).collect();
    ws.set_name(&name)?;
    ws.set_right_to_left(rtl);
    let bold = Format::new().set_bold();
    let two_decimals = Format::new().set_num_format("0.00");
    let date_format = Format::new().set_num_format(crate::export::xlsx::DATE_FORMAT);
    for (c, h) in sheet.header.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, h, &bold)?;
    }
    for (r, row) in sheet.rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, cell) in row.iter().enumerate() {
            match cell {
                Cell::Number(n) => {
                    ws.write_number(r, c as u16, *n)?;
                }
                Cell::Mean(n) => {
                    ws.write_number_with_format(r, c as u16, *n, &two_decimals)?;
                }
                Cell::Text(s) => {
                    ws.write_string(r, c as u16, s)?;
                }
                Cell::Date(d) => match crate::export::xlsx::excel_date(d) {
                    Some(date) => {
                        ws.write_date_with_format(r, c as u16, &date, &date_format)?;
                    }
                    None => {
                        ws.write_string(r, c as u16, d)?;
                    }
                },
                Cell::Empty => {}
            }
        }
    }
    ws.set_freeze_panes(1, 0)?;
    let last_col = sheet.header.len().saturating_sub(1) as u16;
    ws.autofilter(0, 0, sheet.rows.len() as u32, last_col)?;
    ws.autofit();
    Ok(())
}

/// The batch workbook (XLSX bytes) of [`batch_cells`]: one header row, frozen, with a
/// filter; numbers as numbers; widths fitted; right to left for Arabic.
pub fn batch_workbook(cells: &BatchCells) -> Result<Vec<u8>> {
    let mut wb = Workbook::new();
    for sheet in &cells.sheets {
        let ws = wb.add_worksheet();
        write_sheet(ws, sheet, cells.right_to_left).map_err(xlsx_error)?;
    }
    wb.save_to_buffer().map_err(xlsx_error)
}

/// Every assessment in the database, loaded in the order of the list (country, round);
/// `progress(done, total)` after each.
fn load_all(db: &Db, progress: &mut dyn FnMut(usize, usize)) -> Result<Vec<AssessmentData>> {
    let list = db.list()?;
    let total = list.len();
    let mut out = Vec::with_capacity(total);
    for (i, s) in list.iter().enumerate() {
        out.push(db.load(s.id)?);
        progress(i + 1, total);
    }
    Ok(out)
}

/// `dhma export --all --format xlsx`: the workbook of every assessment, written to `path`
/// through a temporary file. Returns how many assessments it holds.
pub fn export_all_xlsx(
    db: &Db,
    lang: Lang,
    path: &Path,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<usize> {
    let list = load_all(db, progress)?;
    let bytes = batch_workbook(&batch_cells(&list, lang)?)?;
    crate::fsutil::write_atomically(path, &bytes)?;
    Ok(list.len())
}

/// A file name from an assessment's country and round: letters and digits of any script
/// kept, everything else a hyphen.
pub fn report_file_name(data: &AssessmentData, lang: Lang) -> String {
    let a = &data.assessment;
    let raw = format!("{} {} {}", a.country, a.round, lang.code());
    let mut out = String::new();
    for c in raw.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    format!("{}.pdf", out.trim_matches('-'))
}

/// `dhma report --all`: one PDF report per assessment in `dir` (made if missing), in
/// `lang` on `paper`, each with its previous round, as [`super::export_report`] writes it; reports are
/// drawn on every core. `progress(done, total)` after each. Returns the files written.
pub fn report_all(
    db: &Db,
    lang: Lang,
    paper: crate::report::Paper,
    dir: &Path,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, &e))?;
    let list = db.list()?;
    let total = list.len();
    let mut jobs: Vec<(AssessmentData, Option<Round>, PathBuf)> = Vec::with_capacity(total);
    for s in &list {
        let data = db.load(s.id)?;
        let previous = crate::compare::previous_round(db, s.id)?;
        let mut name = report_file_name(&data, lang);
        if jobs
            .iter()
            .any(|(_, _, p)| p.file_name() == Some(name.as_ref()))
        {
            name = format!("{}-{}.pdf", name.trim_end_matches(".pdf"), s.id);
        }
        let path = dir.join(name);
        jobs.push((data, previous, path));
    }
    let paths: Vec<PathBuf> = jobs.iter().map(|(_, _, p)| p.clone()).collect();
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    let (tx, rx) = std::sync::mpsc::channel::<Result<()>>();
    let queue = std::sync::Mutex::new(jobs.into_iter());
    let mut first_error = None;
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let tx = tx.clone();
            let queue = &queue;
            scope.spawn(move || loop {
                let job = match queue.lock() {
                    Ok(mut q) => q.next(),
                    Err(_) => None,
                };
                let Some((data, previous, path)) = job else {
                    break;
                };
                let done =
                    super::write_report(data, previous.as_ref(), lang, paper, &path).map(|_| ());
                if tx.send(done).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        for (i, done) in rx.iter().enumerate() {
            if let Err(e) = done {
                first_error.get_or_insert(e);
            }
            progress(i + 1, total);
        }
    });
    match first_error {
        Some(e) => Err(e),
        None => Ok(paths),
    }
}
