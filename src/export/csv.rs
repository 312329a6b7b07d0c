//! The Indicators table as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted
//! when they hold a comma, a quote or a line break), UTF-8; a byte-order mark only when
//! asked (`--excel`: Excel then reads the file as UTF-8). Headings in the reader's language,
//! numbers in the C locale (`2.5`), NA as `NA`.

use super::Sheet;
use crate::error::{Error, Result};

/// The bytes of the CSV of `sheet`.
pub fn table(sheet: &Sheet, byte_order_mark: bool) -> Result<Vec<u8>> {
    let mut out: Vec<u8> = Vec::new();
    if byte_order_mark {
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
        w.write_record(row.iter().map(|c| c.csv_text()))
            .map_err(err)?;
    }
    w.into_inner().map_err(|e| Error::InvalidValue {
        field: "csv".into(),
        value: e.to_string(),
    })
}
