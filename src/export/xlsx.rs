//! The Excel workbook of one assessment (rust_xlsxwriter): one worksheet per [`Sheet`],
//! each with one bold header row, frozen, with a filter over the table; numbers stored as
//! numbers (means with two decimals shown, the exact value kept), yes/no as booleans;
//! columns fitted to their contents (long texts wrap at a readable width); right to left
//! in Arabic.

use rust_xlsxwriter::{Format, Workbook, XlsxError};

use super::{Cell, Sheet};
use crate::error::{Error, Result};
use crate::i18n::Localizer;

/// The widest a column is fitted to, in pixels; longer texts wrap.
const MAX_WIDTH_PX: u32 = 420;
/// The longest text a cell holds (Excel's limit, in characters).
const MAX_CELL_CHARS: usize = 32_767;

fn xlsx_err(e: XlsxError) -> Error {
    Error::InvalidValue {
        field: "xlsx".into(),
        value: e.to_string(),
    }
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, not blank.
fn sheet_name(name: &str, fallback: &str) -> String {
    let cleaned: String = name
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect();
    let cleaned = cleaned.trim().trim_matches('\'').to_string();
    if cleaned.is_empty() {
        fallback.to_string()
    } else {
        cleaned
    }
}

/// The workbook's bytes.
pub fn workbook(sheets: &[Sheet], l: &Localizer) -> Result<Vec<u8>> {
    let mut wb = Workbook::new();
    let header = Format::new().set_bold().set_text_wrap();
    let mean = Format::new().set_num_format("0.00");
    let wrap = Format::new().set_text_wrap();
    let rtl = l.lang().is_rtl();
    let mut used: Vec<String> = Vec::new();
    for (n, s) in sheets.iter().enumerate() {
        let ws = wb.add_worksheet();
        let mut name = sheet_name(&s.name, s.key);
        // Two sheets named alike (a translation that shortens to the same 31 characters).
        if used.iter().any(|u| u.to_lowercase() == name.to_lowercase()) {
            name = sheet_name(&format!("{name} {}", n + 1), s.key);
        }
        used.push(name.clone());
        ws.set_name(&name).map_err(xlsx_err)?;
        ws.set_right_to_left(rtl);
        for (c, h) in s.headers.iter().enumerate() {
            ws.write_string_with_format(0, col(c)?, h, &header)
                .map_err(xlsx_err)?;
        }
        for (r, row) in s.rows.iter().enumerate() {
            let r = u32::try_from(r + 1).map_err(|_| too_big())?;
            for (c, cell) in row.iter().enumerate() {
                let c = col(c)?;
                match cell {
                    Cell::Empty => {}
                    Cell::Text(t) => {
                        let t: String = t.chars().take(MAX_CELL_CHARS).collect();
                        if t.chars().count() > 40 {
                            ws.write_string_with_format(r, c, &t, &wrap)
                        } else {
                            ws.write_string(r, c, &t)
                        }
                        .map_err(xlsx_err)?;
                    }
                    Cell::Number(x) => {
                        ws.write_number(r, c, *x).map_err(xlsx_err)?;
                    }
                    Cell::Mean(x) => {
                        ws.write_number_with_format(r, c, *x, &mean)
                            .map_err(xlsx_err)?;
                    }
                    Cell::Bool(b) => {
                        ws.write_boolean(r, c, *b).map_err(xlsx_err)?;
                    }
                }
            }
        }
        let last_col = col(s.headers.len().saturating_sub(1))?;
        let last_row = u32::try_from(s.rows.len()).map_err(|_| too_big())?;
        ws.set_freeze_panes(1, 0).map_err(xlsx_err)?;
        ws.autofilter(0, 0, last_row, last_col).map_err(xlsx_err)?;
        ws.set_autofit_max_width(MAX_WIDTH_PX);
        ws.autofit();
    }
    wb.save_to_buffer().map_err(xlsx_err)
}

fn col(c: usize) -> Result<u16> {
    u16::try_from(c).map_err(|_| too_big())
}

fn too_big() -> Error {
    Error::InvalidValue {
        field: "xlsx".into(),
        value: "too many rows or columns".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_ones_excel_accepts() {
        assert_eq!(sheet_name("Change log", "x"), "Change log");
        assert_eq!(sheet_name("a/b:c?", "x"), "abc");
        assert_eq!(sheet_name("[]", "fallback"), "fallback");
        assert_eq!(sheet_name(&"é".repeat(40), "x").chars().count(), 31);
    }
}
