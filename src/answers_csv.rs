//! The answers CSV of `dhma score`: a header with `indicator` and `phase` (any order, any
//! case) and optionally `target`; `phase` is 1 to 5 or `NA`; `target` is 1 to 5 or empty.
//! Every problem names its line.

use std::collections::BTreeMap;

use crate::error::{CsvProblem, Error, Result};
use crate::framework::Framework;
use crate::scoring::{Current, ScoreInput};

/// A line the CSV reader refused, named by what is wrong with it; `line` when the reader
/// does not say where.
pub(crate) fn malformed(e: &csv::Error, line: u64) -> Error {
    let line = e.position().map_or(line, |p| p.line());
    let problem = match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => CsvProblem::FieldCount {
            found: *len,
            expected: *expected_len,
        },
        csv::ErrorKind::Utf8 { .. } => CsvProblem::NotUtf8,
        _ => CsvProblem::Other,
    };
    Error::CsvMalformed {
        line,
        problem,
        detail: e.to_string(),
    }
}

pub fn parse(framework: &Framework, text: &str) -> Result<BTreeMap<String, ScoreInput>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| malformed(&e, 1))?.clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let indicator_col = column("indicator").ok_or_else(|| Error::CsvMissingColumn {
        column: "indicator".into(),
    })?;
    let phase_col = column("phase").ok_or_else(|| Error::CsvMissingColumn {
        column: "phase".into(),
    })?;
    let target_col = column("target");

    let mut out = BTreeMap::new();
    let mut first_line: BTreeMap<String, u64> = BTreeMap::new();
    for record in reader.records() {
        let record = record.map_err(|e| malformed(&e, 0))?;
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        if record.iter().all(|f| f.is_empty()) {
            continue;
        }
        let code = record.get(indicator_col).unwrap_or("").to_string();
        if framework.indicator(&code).is_none() {
            return Err(Error::CsvUnknownIndicator { line, code });
        }
        if let Some(first) = first_line.get(&code) {
            return Err(Error::CsvDuplicate {
                line,
                code,
                first: *first,
            });
        }
        first_line.insert(code.clone(), line);
        let phase_text = record.get(phase_col).unwrap_or("");
        let current = if phase_text.eq_ignore_ascii_case("NA") {
            Current::NotApplicable
        } else {
            Current::Phase(parse_phase(phase_text).ok_or_else(|| Error::CsvBadPhase {
                line,
                field: "phase".into(),
                value: phase_text.to_string(),
            })?)
        };
        let target = match target_col.and_then(|c| record.get(c)).unwrap_or("") {
            "" => None,
            t => Some(parse_phase(t).ok_or_else(|| Error::CsvBadPhase {
                line,
                field: "target".into(),
                value: t.to_string(),
            })?),
        };
        out.insert(
            code,
            ScoreInput {
                current: Some(current),
                target,
            },
        );
    }
    Ok(out)
}

fn parse_phase(s: &str) -> Option<u8> {
    s.parse::<u8>().ok().filter(|p| (1..=5).contains(p))
}
