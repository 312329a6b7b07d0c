//! The Excel workbook of one assessment (rust_xlsxwriter): one worksheet per [`Sheet`],
//! each with one bold header row, frozen, with a filter over the table; numbers stored as
//! numbers (means with two decimals shown, the exact value kept), yes/no as booleans;
//! columns fitted to their contents (long texts wrap at a readable width, rows as high as
//! their wrapped texts); printed landscape, one page wide, the header on every page;
//! right to left in Arabic.

use rust_xlsxwriter::{Format, Workbook, XlsxError};

use super::{Cell, Sheet};
use crate::error::{Error, Result};
use crate::i18n::Localizer;

/// The widest a column is fitted to, in characters of the default font; longer texts wrap.
const MAX_WIDTH: usize = 60;
/// About how many characters a line of the widest column holds.
const WRAP_CHARS: usize = 56;
/// A text longer than this many characters wraps.
const WRAP_OVER: usize = 40;
/// The default row height, in points.
const ROW_POINTS: f64 = 15.0;

/// How wide a text is in narrow characters: a CJK or other wide character counts two.
fn text_width(t: &str) -> usize {
    t.chars()
        .map(|c| match u32::from(c) {
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6 => 2,
            _ => 1,
        })
        .sum()
}

/// A column's width in characters: its widest cell (a wide character counting two, the
/// bold heading a little wider), at most [`MAX_WIDTH`]. Fitted here rather than by
/// rust_xlsxwriter's autofit, which takes a Chinese character for a narrow one.
fn column_width(s: &Sheet, c: usize) -> f64 {
    let header = s.headers.get(c).map_or(0, |h| text_width(h) + 2);
    let cells = s
        .rows
        .iter()
        .filter_map(|r| r.get(c))
        .map(|cell| match cell {
            Cell::Empty => 0,
            Cell::Text(t) => text_width(t),
            Cell::Number(x) => x.to_string().len(),
            Cell::Mean(_) => 4,
            Cell::Bool(_) => 5,
            Cell::Date(_) => 10,
        });
    let widest = cells.chain(std::iter::once(header)).max().unwrap_or(0);
    (widest.clamp(4, MAX_WIDTH) + 2) as f64
}

/// The number format of a date cell: the ISO order, which reads the same in every language.
pub(crate) const DATE_FORMAT: &str = "yyyy-mm-dd";

/// A date written `YYYY-MM-DD` as Excel's date; `None` if it is not one.
pub(crate) fn excel_date(iso: &str) -> Option<rust_xlsxwriter::ExcelDateTime> {
    let mut parts = iso.trim().splitn(3, '-');
    let year: u16 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let day: u8 = parts.next()?.parse().ok()?;
    rust_xlsxwriter::ExcelDateTime::from_ymd(year, month, day).ok()
}

/// How many lines a row needs: neither Excel nor LibreOffice fits a row's height to its
/// wrapped texts when it opens a file, so the height is set from an estimate.
fn row_lines(row: &[Cell]) -> usize {
    row.iter()
        .filter_map(|c| match c {
            Cell::Text(t) if t.chars().count() > WRAP_OVER => {
                Some(text_width(t).div_ceil(WRAP_CHARS))
            }
            _ => None,
        })
        .max()
        .unwrap_or(1)
        .max(1)
}
/// The longest text a cell holds (Excel's limit, in characters).
const MAX_CELL_CHARS: usize = 32_767;

fn xlsx_err(e: XlsxError) -> Error {
    Error::InvalidValue {
        field: "xlsx".into(),
        value: e.to_string(),
    }
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, not blank.
/// The tallest row Excel accepts, in points.
const MAX_ROW_POINTS: f64 = 409.0;

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
    let date_format = Format::new().set_num_format(DATE_FORMAT);
    let rtl = l.lang().is_rtl();
    let mut used: Vec<String> = Vec::new();
    for (n, s) in sheets.iter().enumerate() {
        let ws = wb.add_worksheet();
        let mut name = sheet_name(&s.name, s.key);
        // Two sheets named alike (a translation that shortens to the same 31 characters).
        if used.iter().any(|u| u.to_lowercase() == name.to_lowercase()) {
            // Room for the number within Excel's 31 characters.
            let suffix = format!(" {}", n + 1);
            let keep: String = name.chars().take(31 - suffix.chars().count()).collect();
            name = sheet_name(&format!("{keep}{suffix}"), s.key);
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
            let lines = row_lines(row);
            if lines > 1 {
                // Excel refuses rows taller than 409 points (a long rationale).
                ws.set_row_height(r, (ROW_POINTS * lines as f64).min(MAX_ROW_POINTS))
                    .map_err(xlsx_err)?;
            }
            for (c, cell) in row.iter().enumerate() {
                let c = col(c)?;
                match cell {
                    Cell::Empty => {}
                    Cell::Text(t) => {
                        let t: String = t.chars().take(MAX_CELL_CHARS).collect();
                        if t.chars().count() > WRAP_OVER {
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
                    Cell::Date(d) => match excel_date(d) {
                        Some(date) => ws.write_date_with_format(r, c, &date, &date_format),
                        // Not a date DHMA wrote: kept as the text it is.
                        None => ws.write_string(r, c, d),
                    }
                    .map(|_| ())
                    .map_err(xlsx_err)?,
                }
            }
        }
        let last_col = col(s.headers.len().saturating_sub(1))?;
        let last_row = u32::try_from(s.rows.len()).map_err(|_| too_big())?;
        ws.set_freeze_panes(1, 0).map_err(xlsx_err)?;
        // Printed: landscape, as wide as one page, the header row on every page.
        ws.set_landscape();
        ws.set_print_fit_to_pages(1, 0);
        ws.set_repeat_rows(0, 0).map_err(xlsx_err)?;
        ws.autofilter(0, 0, last_row, last_col).map_err(xlsx_err)?;
        for c in 0..s.headers.len() {
            ws.set_column_width(col(c)?, column_width(s, c))
                .map_err(xlsx_err)?;
        }
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
    fn a_row_is_as_high_as_its_longest_wrapped_text() {
        let short = Cell::Text("x".repeat(WRAP_OVER));
        assert_eq!(row_lines(&[short, Cell::Number(3.0)]), 1);
        let long = Cell::Text("x".repeat(WRAP_CHARS * 2 + 1));
        assert_eq!(row_lines(&[Cell::Empty, long]), 3);
        // Chinese characters are twice as wide.
        let zh = Cell::Text("领".repeat(WRAP_CHARS));
        assert_eq!(row_lines(&[zh]), 2);
    }

    #[test]
    fn columns_fit_their_widest_cell_and_chinese_counts_double() {
        let sheet = Sheet {
            key: "k",
            name: "n".into(),
            headers: vec!["Code".into(), "指标".into(), "R".into()],
            rows: vec![vec![
                Cell::Text("2a".into()),
                Cell::Text("国家数字卫生治理机制".into()),
                Cell::Text("x".repeat(300)),
            ]],
        };
        assert_eq!(column_width(&sheet, 0), 8.0, "the bold heading");
        assert_eq!(column_width(&sheet, 1), 22.0, "ten Chinese characters");
        assert_eq!(column_width(&sheet, 2), (MAX_WIDTH + 2) as f64);
    }

    #[test]
    fn sheet_names_are_ones_excel_accepts() {
        assert_eq!(sheet_name("Change log", "x"), "Change log");
        assert_eq!(sheet_name("a/b:c?", "x"), "abc");
        assert_eq!(sheet_name("[]", "fallback"), "fallback");
        assert_eq!(sheet_name(&"é".repeat(40), "x").chars().count(), 31);
    }
}
