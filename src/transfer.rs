//! "Move to another computer" (issue 16): every assessment of a database in one file, and
//! that file brought into another database, all or nothing.
//!
//! The file (`*.dhma-move.json`) is a list of assessment files: each element is exactly
//! what [`exchange::export_file`] writes for one assessment (with its checksum and what the
//! copy knows for merging), so reading it reuses every check of the assessment file, and an
//! assessment already in the receiving database is merged (`Db::merge_copy`'s rules: a
//! finalised one only when identical, conflicts kept for a person), never overwritten. A
//! single `*.dhma.json` is accepted too, as a move file of one.

use std::io::Read;
use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::error::{Error, Result};
use crate::exchange::{self, Parsed};
use crate::framework;
use crate::i18n::{arg, num, Localizer};
use crate::storage::{CopyIn, Db};

/// The `format` of a move file.
pub const FORMAT: &str = "dhma-move";
pub const FORMAT_VERSION: u64 = 1;
/// The file name extension.
pub const EXTENSION: &str = ".dhma-move.json";
/// Largest move file read: 50 assessment files of the largest size.
pub const MAX_BYTES: u64 = 50 * exchange::MAX_FILE_BYTES;

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    format_version: u64,
    assessments: Vec<&'a RawValue>,
}

#[derive(Deserialize)]
struct Envelope<'a> {
    format: Option<String>,
    format_version: Option<u64>,
    #[serde(borrow, default)]
    assessments: Vec<&'a RawValue>,
}

/// What [`export`] wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MoveOut {
    pub count: usize,
    /// One sentence, e.g. "3 assessments written to …".
    pub summary: String,
}

/// One assessment brought in by [`import`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MovedIn {
    pub id: i64,
    pub merged: bool,
    pub conflicts_waiting: usize,
    /// What happened to it, one sentence (the same as importing its own file says).
    pub summary: String,
}

/// What [`import`] did: each assessment, and one sentence over all of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MoveIn {
    pub added: usize,
    pub merged: usize,
    pub conflicts_waiting: usize,
    pub items: Vec<MovedIn>,
    pub summary: String,
}

/// Writes every assessment of the database into one file at `path` (atomically). Each
/// copy's changes are recorded first, as for an assessment file.
pub fn export(db: &mut Db, path: &Path, l: &Localizer) -> Result<MoveOut> {
    let mut ids: Vec<i64> = db.list()?.iter().map(|a| a.id).collect();
    ids.sort_unstable();
    let mut files = Vec::with_capacity(ids.len());
    for id in ids {
        let (data, sync) = db.sync_for_export(id)?;
        let text = exchange::to_string_with(&data, Some(&sync), None)?;
        files.push(
            RawValue::from_string(text).map_err(|e| Error::InvalidValue {
                field: "content".into(),
                value: e.to_string(),
            })?,
        );
    }
    let out = FileOut {
        format: FORMAT,
        format_version: FORMAT_VERSION,
        assessments: files.iter().map(|f| f.as_ref()).collect(),
    };
    let text = serde_json::to_string_pretty(&out).map_err(|e| Error::InvalidValue {
        field: "file".into(),
        value: e.to_string(),
    })?;
    exchange::write_atomically(path, text.as_bytes())?;
    Ok(MoveOut {
        count: files.len(),
        summary: l.format(
            "move-exported",
            &[
                num("count", files.len() as f64),
                arg("path", path.display().to_string()),
            ],
        ),
    })
}

/// Reads and checks a move file from disk: every assessment in it is checked as its own
/// file would be (checksum, format, framework) before anything is stored. `Err` names the
/// first problem; an element is named `<file> [n]` (counted from 1).
pub fn read(path: &Path) -> Result<Vec<Parsed>> {
    let shown = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, &e))?;
    let mut bytes = Vec::new();
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, &e))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(Error::FileTooLarge {
            path: shown,
            size: bytes.len() as u64,
            limit: MAX_BYTES,
        });
    }
    parse_bytes(&shown, &bytes)
}

/// [`read`] of bytes already in memory; `name` is used in messages.
pub fn parse_bytes(name: &str, bytes: &[u8]) -> Result<Vec<Parsed>> {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t.strip_prefix('\u{feff}').unwrap_or(t),
        // The assessment file's reader names the first byte that is not UTF-8.
        Err(_) => return exchange::parse_bytes_full(name, bytes).map(|p| vec![p]),
    };
    let envelope: Envelope<'_> = serde_json::from_str(text).map_err(|e| Error::MalformedJson {
        path: name.to_string(),
        line: e.line(),
        column: e.column(),
        detail: e.to_string(),
    })?;
    match envelope.format.as_deref() {
        Some(FORMAT) => {}
        // One assessment's own file: a move of one.
        Some(exchange::FORMAT) => return exchange::parse_full(name, text).map(|p| vec![p]),
        _ => {
            return Err(Error::NotAssessmentFile {
                path: name.to_string(),
            })
        }
    }
    match envelope.format_version {
        Some(FORMAT_VERSION) => {}
        Some(v) if v > FORMAT_VERSION => {
            return Err(Error::FormatTooNew {
                path: name.to_string(),
                found: v,
                supported: FORMAT_VERSION,
            })
        }
        Some(_) | None => {
            return Err(Error::NotAssessmentFile {
                path: name.to_string(),
            })
        }
    }
    envelope
        .assessments
        .iter()
        .enumerate()
        .map(|(i, raw)| exchange::parse_full(&format!("{name} [{}]", i + 1), raw.get()))
        .collect()
}

/// Brings every assessment of a move file into the database in one transaction: a new
/// assessment, or merged into the copy that is here; the first refusal (a damaged element,
/// a finalised assessment that differs here) stores nothing.
pub fn import(db: &mut Db, path: &Path, actor: &str, l: &Localizer) -> Result<MoveIn> {
    let parsed = read(path)?;
    import_read(db, &parsed, actor, l)
}

/// [`import`] of a file already read and checked.
pub fn import_read(db: &mut Db, parsed: &[Parsed], actor: &str, l: &Localizer) -> Result<MoveIn> {
    let frameworks = parsed
        .iter()
        .map(|p| {
            let f = &p.data.assessment.framework;
            framework::find(&f.id, &f.version)
        })
        .collect::<Result<Vec<_>>>()?;
    let files: Vec<CopyIn<'_>> = parsed
        .iter()
        .zip(&frameworks)
        .map(|(p, fw)| CopyIn {
            data: &p.data,
            sync: p.sync.as_ref(),
            replica: &p.replica,
            breakout: p.breakout.as_ref(),
            framework: fw,
        })
        .collect();
    let done = db.import_copies(&files, actor)?;
    let mut out = MoveIn {
        added: 0,
        merged: 0,
        conflicts_waiting: 0,
        items: Vec::with_capacity(done.len()),
        summary: String::new(),
    };
    for (p, (id, report)) in parsed.iter().zip(done) {
        let a = &p.data.assessment;
        let title = crate::service::assessment_title(l, &a.country, &a.round);
        out.items.push(match report {
            None => {
                out.added += 1;
                MovedIn {
                    id,
                    merged: false,
                    conflicts_waiting: 0,
                    summary: l.format("merge-summary-added", &[arg("title", title)]),
                }
            }
            Some(r) => {
                out.merged += 1;
                MovedIn {
                    id,
                    merged: true,
                    conflicts_waiting: r.conflicts_waiting,
                    summary: l.format(
                        "merge-summary",
                        &[
                            arg("title", title),
                            num("answers", r.answers_taken as f64),
                            num("others", r.other_taken as f64),
                            num("conflicts", r.conflicts_waiting as f64),
                        ],
                    ),
                }
            }
        });
    }
    // An assessment the file holds twice is counted once, with its last state.
    let mut last = std::collections::BTreeMap::new();
    for item in &out.items {
        last.insert(item.id, item.conflicts_waiting);
    }
    out.conflicts_waiting = last.values().sum();
    out.summary = l.format(
        "move-imported",
        &[
            num("added", out.added as f64),
            num("merged", out.merged as f64),
            num("conflicts", out.conflicts_waiting as f64),
        ],
    );
    Ok(out)
}
