//! The assessment file (`*.dhma.json`) that moves an assessment between computers.
//!
//! Format (version 6, documented in `docs/assessment-file.md`): version 1 had no workshop
//! (`groups`, `ratings`, `consensus_notes`, `dissents`), version 3 added `sync`, `breakout`
//! and a response's `carried` and `change_note`, version 4 the team's `narratives` and a
//! response's `na_reason`, version 5 the details GDHM's upload needs (`gdhm`) and a roadmap
//! action's `progress` note, version 6 the team's own and richer roadmap actions (an
//! action without `indicator`, step or `line`, and its `block`, `start_year`, `end_year`,
//! `budget`, `baseline` and `monitoring_target`); each is left out when empty and refused in
//! a file of an older version:
//!
//! ```json
//! { "format": "dhma-assessment", "format_version": 1,
//!   "sha256": "<hex SHA-256 of the exact bytes of `content`>",
//!   "content": { "framework": {...}, "assessment": {...}, "participants": [...],
//!                "responses": [...], "evidence": [...], "roadmap": [...], "change_log": [...] } }
//! ```
//!
//! Import checks everything before it writes, and writes in one transaction: a refused file
//! leaves the database as it was.

use std::io::Read;
use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::framework::{self, FrameworkRef};
use crate::merge::FileSync;
use crate::model::*;
use crate::storage::{Db, MergeReport};

pub const FORMAT: &str = "dhma-assessment";
pub const FORMAT_VERSION: u64 = 6;
/// The content fields version 2 added (the workshop), left out of the content when empty
/// so that an assessment without a workshop has the same content (and fingerprint) as in
/// version 1.
const WORKSHOP_FIELDS: [&str; 4] = ["groups", "ratings", "consensus_notes", "dissents"];
/// Largest file the importer reads: 20 MB, as the messages (decimal megabytes) and the
/// documentation say.
pub const MAX_FILE_BYTES: u64 = 20_000_000;
/// The file name extension.
pub const EXTENSION: &str = ".dhma.json";

#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Content {
    pub framework: FrameworkRef,
    pub assessment: Assessment,
    pub participants: Vec<Participant>,
    pub responses: Vec<Response>,
    pub evidence: Vec<Evidence>,
    pub roadmap: Vec<RoadmapItem>,
    pub change_log: Vec<Change>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Group>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ratings: Vec<Rating>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consensus_notes: Vec<ConsensusNote>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dissents: Vec<Dissent>,
    /// What the writing copy knew, for merging (format version 3; `crate::merge`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync: Option<FileSync>,
    /// A file written for a breakout group (format version 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub breakout: Option<Breakout>,
    /// Context, key findings and recommendations (format version 4).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub narratives: Vec<Narrative>,
    /// The details GDHM's upload needs (format version 5; left out when all blank).
    #[serde(default, skip_serializing_if = "GdhmDetails::is_blank")]
    pub gdhm: GdhmDetails,
}

impl Content {
    pub fn from_data(data: AssessmentData) -> Content {
        Content {
            framework: data.assessment.framework.clone(),
            assessment: data.assessment,
            participants: data.participants,
            responses: data.responses,
            evidence: data.evidence,
            roadmap: data.roadmap,
            change_log: data.change_log,
            groups: data.workshop.groups,
            ratings: data.workshop.ratings,
            consensus_notes: data.workshop.notes,
            dissents: data.workshop.dissents,
            sync: None,
            breakout: None,
            narratives: data.narratives,
            gdhm: data.gdhm,
        }
    }

    pub fn into_data(self) -> AssessmentData {
        AssessmentData {
            assessment: self.assessment,
            participants: self.participants,
            responses: self.responses,
            evidence: self.evidence,
            roadmap: self.roadmap,
            change_log: self.change_log,
            workshop: Workshop {
                groups: self.groups,
                ratings: self.ratings,
                notes: self.consensus_notes,
                dissents: self.dissents,
            },
            narratives: self.narratives,
            gdhm: self.gdhm,
            benchmark: None,
        }
    }
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'a str,
    format_version: u64,
    sha256: String,
    content: &'a RawValue,
}

/// The envelope, read first on its own so that a newer version is recognised before its
/// content is interpreted.
#[derive(Deserialize)]
struct Envelope<'a> {
    format: Option<String>,
    format_version: Option<u64>,
    sha256: Option<String>,
    #[serde(borrow)]
    content: Option<&'a RawValue>,
}

const ENVELOPE_FIELDS: [&str; 4] = ["format", "format_version", "sha256", "content"];

/// The path of the first key in `written` (content as in the file) that `understood` (the
/// same content read into our types and written back) lacks, e.g. `framework.note`.
fn dropped_field(written: &serde_json::Value, understood: &serde_json::Value) -> Option<String> {
    use serde_json::Value;
    match (written, understood) {
        (Value::Object(w), Value::Object(u)) => w.iter().find_map(|(k, v)| match u.get(k) {
            None => Some(k.clone()),
            Some(x) => dropped_field(v, x).map(|rest| format!("{k}.{rest}")),
        }),
        (Value::Array(w), Value::Array(u)) => w
            .iter()
            .zip(u)
            .enumerate()
            .find_map(|(i, (v, x))| dropped_field(v, x).map(|rest| format!("{i}.{rest}"))),
        _ => None,
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The file's `content`, exactly as written (the checksum covers these bytes).
fn content_text(data: &AssessmentData) -> Result<String> {
    content_text_with(data, None, None)
}

fn content_text_with(
    data: &AssessmentData,
    sync: Option<&FileSync>,
    breakout: Option<&Breakout>,
) -> Result<String> {
    let mut content = Content::from_data(data.clone());
    content.sync = sync.cloned();
    content.breakout = breakout.cloned();
    serde_json::to_string(&content).map_err(|e| Error::InvalidValue {
        field: "content".into(),
        value: e.to_string(),
    })
}

/// The SHA-256 of an assessment's file content: its checksum in an exported file, and the
/// fingerprint of a finalised assessment.
pub fn fingerprint(data: &AssessmentData) -> Result<String> {
    Ok(sha256_hex(content_text(data)?.as_bytes()))
}

/// Whether a finalised assessment's check code matches its content as signed. The content
/// as signed is rebuilt from what is here: the follow-up changes made after sign-off undone
/// from the change log (newest first, each to its old value), the log cut before the
/// finalisation's own entry, a draft without sign-off, last changed at its finalisation
/// time. Any other change after sign-off, or a changed answer, fails. `None` for a draft.
pub fn verify_check_code(data: &AssessmentData) -> Result<Option<bool>> {
    let a = &data.assessment;
    if a.status != Status::Finalised {
        return Ok(None);
    }
    let (Some(code), Some(at)) = (
        a.approval.fingerprint.as_deref(),
        a.approval.finalised_at.as_deref(),
    ) else {
        return Ok(Some(false));
    };
    let Some(pos) = data
        .change_log
        .iter()
        .rposition(|c| c.what == "assessment.finalised")
    else {
        return Ok(Some(false));
    };
    let mut signed = data.clone();
    let after = signed.change_log.split_off(pos);
    // The change-log entries that may follow a sign-off: each action's status and progress
    // note, and the progress reports written from them.
    for c in after.iter().skip(1).rev() {
        let item = signed
            .roadmap
            .iter_mut()
            .find(|i| Some(i.uid.as_str()) == c.subject.as_deref());
        match (c.what.as_str(), item) {
            ("roadmap.status", Some(item)) => {
                match c.old.as_deref().and_then(RoadmapStatus::parse) {
                    Some(old) => item.status = old,
                    None => return Ok(Some(false)),
                }
            }
            ("roadmap.progress", Some(item)) => item.progress = c.old.clone().unwrap_or_default(),
            ("progress.reported", _) => {}
            _ => return Ok(Some(false)),
        }
    }
    signed.assessment.status = Status::Draft;
    signed.assessment.approval = Approval::default();
    signed.assessment.updated_at = at.to_string();
    Ok(Some(fingerprint(&signed)? == code))
}

/// Serialises an assessment to the file format (pretty envelope, compact content).
pub fn to_string(data: &AssessmentData) -> Result<String> {
    to_string_with(data, None, None)
}

/// Serialises an assessment with what its copy knows for merging, and the breakout mark of
/// a file written for a group.
pub fn to_string_with(
    data: &AssessmentData,
    sync: Option<&FileSync>,
    breakout: Option<&Breakout>,
) -> Result<String> {
    let text = content_text_with(data, sync, breakout)?;
    let raw = RawValue::from_string(text).map_err(|e| Error::InvalidValue {
        field: "content".into(),
        value: e.to_string(),
    })?;
    let out = FileOut {
        format: FORMAT,
        format_version: FORMAT_VERSION,
        sha256: sha256_hex(raw.get().as_bytes()),
        content: &raw,
    };
    serde_json::to_string_pretty(&out).map_err(|e| Error::InvalidValue {
        field: "file".into(),
        value: e.to_string(),
    })
}

/// A file read and checked: the assessment, what its copy knew, its breakout mark, and the
/// name of the revisions made for a file that carries none (from its content's checksum).
#[derive(Debug, Clone)]
pub struct Parsed {
    pub data: AssessmentData,
    pub sync: Option<FileSync>,
    pub breakout: Option<Breakout>,
    pub replica: String,
}

/// Parses and checks a file's text; `name` is used in messages.
pub fn parse(name: &str, text: &str) -> Result<AssessmentData> {
    parse_full(name, text).map(|p| p.data)
}

/// [`parse`], with everything else the file carries.
pub fn parse_full(name: &str, text: &str) -> Result<Parsed> {
    let malformed = |e: serde_json::Error| Error::MalformedJson {
        path: name.to_string(),
        line: e.line(),
        column: e.column(),
        detail: e.to_string(),
    };
    let envelope: Envelope<'_> = serde_json::from_str(text).map_err(malformed)?;
    if envelope.format.as_deref() != Some(FORMAT) {
        return Err(Error::NotAssessmentFile {
            path: name.to_string(),
        });
    }
    let version = envelope
        .format_version
        .ok_or_else(|| Error::NotAssessmentFile {
            path: name.to_string(),
        })?;
    if version > FORMAT_VERSION {
        return Err(Error::FormatTooNew {
            path: name.to_string(),
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    if version == 0 {
        return Err(Error::NotAssessmentFile {
            path: name.to_string(),
        });
    }
    // Unknown fields of the envelope are refused, once the version is known to be ours (a
    // newer format may add some).
    let fields: std::collections::BTreeMap<String, serde::de::IgnoredAny> =
        serde_json::from_str(text).map_err(malformed)?;
    if let Some(field) = fields
        .keys()
        .find(|k| !ENVELOPE_FIELDS.contains(&k.as_str()))
    {
        return Err(Error::InvalidFileField {
            path: name.to_string(),
            field: field.clone(),
            detail: "unknown field".into(),
        });
    }
    let (Some(sha), Some(content)) = (envelope.sha256, envelope.content) else {
        return Err(Error::NotAssessmentFile {
            path: name.to_string(),
        });
    };
    if !sha.eq_ignore_ascii_case(&sha256_hex(content.get().as_bytes())) {
        return Err(Error::ChecksumMismatch {
            path: name.to_string(),
        });
    }
    let raw = content;
    let content: Content = serde_json::from_str(raw.get()).map_err(|e| {
        // Line and column inside `content`; the detail names the field.
        Error::InvalidFileField {
            path: name.to_string(),
            field: "content".into(),
            detail: e.to_string(),
        }
    })?;
    // A field the types do not know is refused, never dropped, even where a type itself
    // would ignore it.
    let written: serde_json::Value = serde_json::from_str(raw.get()).map_err(malformed)?;
    let mut understood = serde_json::to_value(&content).map_err(|e| Error::InvalidValue {
        field: "content".into(),
        value: e.to_string(),
    })?;
    if let (Some(w), Some(u)) = (written.as_object(), understood.as_object_mut()) {
        for key in WORKSHOP_FIELDS {
            if let Some(given) = w.get(key) {
                // Version 1 had no workshop; an empty list is understood as left out.
                if version < 2 {
                    return Err(Error::InvalidFileField {
                        path: name.to_string(),
                        field: format!("content.{key}"),
                        detail: "unknown field".into(),
                    });
                }
                u.entry(key).or_insert_with(|| given.clone());
            }
        }
    }
    // Version 3 added a response's `carried` and `change_note` (rounds, issue 12), and
    // `sync` and `breakout` (merging, issue 12).
    if version < 3 {
        for (field, given) in [
            ("sync", content.sync.is_some()),
            ("breakout", content.breakout.is_some()),
        ] {
            if given {
                return Err(Error::InvalidFileField {
                    path: name.to_string(),
                    field: format!("content.{field}"),
                    detail: "unknown field".into(),
                });
            }
        }
        if let Some((i, field)) = content.responses.iter().enumerate().find_map(|(i, r)| {
            if r.carried {
                Some((i, "carried"))
            } else if !r.change_note.is_empty() {
                Some((i, "change_note"))
            } else {
                None
            }
        }) {
            return Err(Error::InvalidFileField {
                path: name.to_string(),
                field: format!("content.responses.{i}.{field}"),
                detail: "unknown field".into(),
            });
        }
    }
    // Version 4 added `narratives` (issue 13); an empty list is understood as left out.
    if let (Some(given), Some(u)) = (written.get("narratives"), understood.as_object_mut()) {
        if version < 4 {
            return Err(Error::InvalidFileField {
                path: name.to_string(),
                field: "content.narratives".into(),
                detail: "unknown field".into(),
            });
        }
        u.entry("narratives").or_insert_with(|| given.clone());
    }
    // Version 4 added a response's `na_reason` (issue 13): which NA the team means.
    if version < 4 {
        if let Some(i) = content.responses.iter().position(|r| r.na_reason.is_some()) {
            return Err(Error::InvalidFileField {
                path: name.to_string(),
                field: format!("content.responses.{i}.na_reason"),
                detail: "unknown field".into(),
            });
        }
    }
    // Version 5 added a roadmap action's `progress` note (issue 15): the follow-up.
    if version < 5 {
        if let Some(i) = content.roadmap.iter().position(|r| !r.progress.is_empty()) {
            return Err(Error::InvalidFileField {
                path: name.to_string(),
                field: format!("content.roadmap.{i}.progress"),
                detail: "unknown field".into(),
            });
        }
    }
    // Version 6 added the team's own and richer roadmap actions (issue 15): a cross-cutting
    // action, an action without a step, and each action's block, years, budget, baseline
    // and target.
    if version < 6 {
        if let Some((i, field)) = content
            .roadmap
            .iter()
            .enumerate()
            .find_map(|(i, r)| Some((i, r.format_6_field()?)))
        {
            return Err(Error::InvalidFileField {
                path: name.to_string(),
                field: format!("content.roadmap.{i}.{field}"),
                detail: if matches!(field, "indicator" | "from_phase" | "to_phase" | "line") {
                    format!("missing field `{field}`")
                } else {
                    "unknown field".into()
                },
            });
        }
    }
    // Version 5 added the GDHM details (issue 14); all blank is understood as left out.
    if let (Some(given), Some(u)) = (written.get("gdhm"), understood.as_object_mut()) {
        if version < 5 {
            return Err(Error::InvalidFileField {
                path: name.to_string(),
                field: "content.gdhm".into(),
                detail: "unknown field".into(),
            });
        }
        u.entry("gdhm").or_insert_with(|| given.clone());
    }
    if let Some(field) = dropped_field(&written, &understood) {
        return Err(Error::InvalidFileField {
            path: name.to_string(),
            field: format!("content.{field}"),
            detail: "unknown field".into(),
        });
    }
    if content.framework != content.assessment.framework {
        return Err(Error::InvalidFileField {
            path: name.to_string(),
            field: "framework".into(),
            detail: format!(
                "{} {} ≠ {} {}",
                content.framework.id,
                content.framework.version,
                content.assessment.framework.id,
                content.assessment.framework.version
            ),
        });
    }
    let fw = framework::find(&content.framework.id, &content.framework.version)?;
    let replica = format!(
        "file-{}",
        sha256_hex(raw.get().as_bytes())
            .chars()
            .take(16)
            .collect::<String>()
    );
    let sync = content.sync.clone();
    if let Some((i, f)) = sync.as_ref().and_then(|s| {
        s.fields
            .iter()
            .enumerate()
            .find(|(_, f)| !crate::merge::is_known_field(&f.field))
    }) {
        return Err(Error::InvalidFileField {
            path: name.to_string(),
            field: format!("content.sync.fields.{i}.field"),
            detail: f.field.clone(),
        });
    }
    if let Some((replica, n)) = sync.as_ref().and_then(|s| {
        s.context
            .iter()
            .find(|(_, &n)| n > crate::merge::MAX_COUNTER)
    }) {
        return Err(Error::InvalidFileField {
            path: name.to_string(),
            field: format!("content.sync.context.{replica}"),
            detail: n.to_string(),
        });
    }
    let breakout = content.breakout.clone();
    if let Some(b) = &breakout {
        if b.group.trim().is_empty() || b.blocks.iter().any(|id| fw.block(id).is_none()) {
            return Err(Error::InvalidFileField {
                path: name.to_string(),
                field: "content.breakout".into(),
                detail: b.blocks.join(","),
            });
        }
    }
    let data = content.into_data();
    crate::validate::assessment(fw, &data)?;
    Ok(Parsed {
        data,
        sync,
        breakout,
        replica,
    })
}

/// Reads a file from disk, refusing anything over [`MAX_FILE_BYTES`] before reading it.
pub fn read_file(path: &Path) -> Result<AssessmentData> {
    read_file_full(path).map(|p| p.data)
}

/// [`read_file`], with everything else the file carries.
pub fn read_file_full(path: &Path) -> Result<Parsed> {
    let shown = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, &e))?;
    let size = file.metadata().map_err(|e| Error::io(path, &e))?.len();
    if size > MAX_FILE_BYTES {
        return Err(Error::FileTooLarge {
            path: shown,
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    // The size may change between the check and the read: never read past the limit.
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, &e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Error::FileTooLarge {
            path: shown,
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    parse_bytes_full(&shown, &bytes)
}

/// Parses a file's bytes: UTF-8 text (a leading byte-order mark is allowed), then [`parse`].
/// Anything else (UTF-16, Latin-1, binary) is refused with the place of the first byte that
/// is not UTF-8.
pub fn parse_bytes(name: &str, bytes: &[u8]) -> Result<AssessmentData> {
    parse_bytes_full(name, bytes).map(|p| p.data)
}

/// [`parse_bytes`], with everything else the file carries.
pub fn parse_bytes_full(name: &str, bytes: &[u8]) -> Result<Parsed> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let valid = String::from_utf8_lossy(bytes.get(..e.valid_up_to()).unwrap_or_default());
        let line = valid.matches('\n').count() + 1;
        let column = valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        let path = name.to_string();
        match e.error_len() {
            Some(_) => Error::NotUtf8 { path, line, column },
            // The text stops inside a character: a cut file, not another encoding.
            None => Error::MalformedJson {
                path,
                line,
                column,
                detail: "the file ends in the middle of a character".into(),
            },
        }
    })?;
    parse_full(name, text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// What importing a file did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Imported {
    /// A new assessment here, with its local id.
    Added(i64),
    /// The file's assessment was here: merged into it.
    Merged(MergeReport),
}

impl Imported {
    /// The local id of the assessment the file went into.
    pub fn id(&self) -> i64 {
        match self {
            Imported::Added(id) => *id,
            Imported::Merged(r) => r.id,
        }
    }
}

/// Imports a file: a new assessment, or merged into its copy when its uid is here (see
/// `docs/assessment-file.md`). `actor` signs the merge's change-log entries.
pub fn import(db: &mut Db, path: &Path, actor: &str) -> Result<Imported> {
    let parsed = read_file_full(path)?;
    import_parsed(db, &parsed, actor)
}

/// [`import`] of a file already read.
pub fn import_parsed(db: &mut Db, parsed: &Parsed, actor: &str) -> Result<Imported> {
    let data = &parsed.data;
    match db.find_uid(&data.assessment.uid)? {
        Some(id) => {
            let fw = framework::find(
                &data.assessment.framework.id,
                &data.assessment.framework.version,
            )?;
            let report =
                db.merge_copy(id, data, parsed.sync.as_ref(), &parsed.replica, fw, actor)?;
            Ok(Imported::Merged(report))
        }
        None => Ok(Imported::Added(db.insert_copy(
            data,
            parsed.sync.as_ref(),
            &parsed.replica,
            parsed.breakout.as_ref(),
        )?)),
    }
}

/// Imports a file into the database as a new assessment; returns the new local id. An
/// assessment that is here already is refused (see [`import`] to merge).
pub fn import_file(db: &mut Db, path: &Path) -> Result<i64> {
    let parsed = read_file_full(path)?;
    db.insert_copy(
        &parsed.data,
        parsed.sync.as_ref(),
        &parsed.replica,
        parsed.breakout.as_ref(),
    )
}

/// Kept here for callers that write files (`dhma report`); lives in [`crate::fsutil`].
pub use crate::fsutil::write_atomically;

/// Writes an assessment to `path` (atomically: a temporary file renamed into place), with
/// what this copy knows for merging (its changes are recorded first).
pub fn export_file(db: &mut Db, id: i64, path: &Path) -> Result<()> {
    let (data, sync) = db.sync_for_export(id)?;
    let text = to_string_with(&data, Some(&sync), None)?;
    write_atomically(path, text.as_bytes())
}

/// Writes a file for a breakout group: the whole assessment, marked with the group and the
/// blocks it scores (all blocks when the group has none). The group must exist.
pub fn export_for_group(db: &mut Db, id: i64, group: &str, path: &Path) -> Result<Breakout> {
    let (data, sync) = db.sync_for_export(id)?;
    let key = name_key(group);
    let g = data
        .workshop
        .groups
        .iter()
        .find(|g| name_key(&g.name) == key)
        .ok_or_else(|| Error::RaterUnknown {
            name: group.to_string(),
        })?;
    let breakout = Breakout {
        group: g.name.clone(),
        blocks: g.blocks.clone(),
    };
    let text = to_string_with(&data, Some(&sync), Some(&breakout))?;
    write_atomically(path, text.as_bytes())?;
    Ok(breakout)
}

/// The built-in sample's rounds (a fictional country), oldest first: the finalised
/// baseline and the draft review the app opens on.
pub fn sample_rounds() -> Result<Vec<AssessmentData>> {
    let mut rounds = crate::assets::FILES
        .iter()
        .filter(|(p, _)| p.starts_with("samples/") && p.ends_with(EXTENSION))
        .map(|(name, text)| parse(name, text))
        .collect::<Result<Vec<_>>>()?;
    rounds.sort_by(|a, b| a.assessment.date.cmp(&b.assessment.date));
    if rounds.is_empty() {
        return Err(Error::NotAssessmentFile {
            path: "samples/".into(),
        });
    }
    Ok(rounds)
}

/// The built-in sample assessment: the latest of its rounds (a draft with a workshop).
pub fn sample() -> Result<AssessmentData> {
    sample_rounds()?
        .pop()
        .ok_or_else(|| Error::NotAssessmentFile {
            path: "samples/".into(),
        })
}
