//! The Indicators table as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted
//! when they hold a comma, a quote or a line break), UTF-8. For Excel (`--excel`): a
//! byte-order mark (Excel then reads the file as UTF-8), and a text that Excel would take
//! for a formula (one starting with `=`, `+`, `-`, `@`, a tab or a carriage return: the
//! team's rationale `=HYPERLINK(…)` would become a link) written after an apostrophe, which
//! makes it text there; `dhma answers import` takes the apostrophe off again
//! ([`unguarded`]). Headings in the reader's language, numbers in the C locale (`2.5`), NA
//! as `NA`.

use super::Sheet;
use crate::error::{Error, Result};

/// The characters that make Excel read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text as the Excel flavour writes it: after an apostrophe when Excel would read it as a
/// formula.
fn guarded(text: String) -> String {
    if text.starts_with(FORMULA_STARTS) {
        format!("'{text}")
    } else {
        text
    }
}

/// A text read from a CSV as written before [`guarded`] (an apostrophe before a formula's
/// first character taken off).
pub fn unguarded(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => text,
    }
}

/// The bytes of the CSV of `sheet`; `excel` for the flavour Excel opens.
pub fn table(sheet: &Sheet, excel: bool) -> Result<Vec<u8>> {
    let mut out: Vec<u8> = Vec::new();
    if excel {
        out.extend_from_slice("\u{feff}".as_bytes());
    }
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .quote_style(::csv::QuoteStyle::Necessary)
        .from_writer(out);
    let err = |e: ::csv::Error| Error::InvalidValue {
        field: "csv".into(),
        value: e.to_string(),
    };
    w.write_record(&sheet.headers).map_err(err)?;
    for row in &sheet.rows {
        w.write_record(row.iter().map(|c| match c {
            super::Cell::Text(t) if excel => guarded(t.clone()),
            other => other.csv_text(),
        }))
        .map_err(err)?;
    }
    w.into_inner().map_err(|e| Error::InvalidValue {
        field: "csv".into(),
        value: e.to_string(),
    })
}
