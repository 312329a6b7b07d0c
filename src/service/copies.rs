//! Copies of one assessment on several laptops (issue 12): importing a file (a new
//! assessment, or merged into the copy that is here), files for breakout groups, and the
//! conflicts a merge leaves for a person to settle. See `crate::merge` for the rules.

use std::path::Path;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::exchange::{self, Imported};
use crate::framework;
use crate::i18n::{arg, Localizer};
use crate::merge::{self, Key};
use crate::model::Breakout;
use crate::storage::Db;

use super::assessment_title;

/// What an import did, with its summary in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportView {
    pub id: i64,
    /// Merged into the copy that was here (false: a new assessment).
    pub merged: bool,
    pub answers_taken: usize,
    pub other_taken: usize,
    pub new_conflicts: usize,
    pub conflicts_waiting: usize,
    /// One finished sentence, e.g. "Lusara, Mid-term review 2026: merged. 3 answer fields taken
    /// from the file, 2 other changes, 1 conflict waits for a decision."
    pub summary: String,
}

/// Imports an assessment file: a new assessment, or merged into its copy here.
pub fn import_assessment(
    db: &mut Db,
    path: &Path,
    actor: &str,
    l: &Localizer,
) -> Result<ImportView> {
    let parsed = exchange::read_file_full(path)?;
    import_read(db, &parsed, actor, l)
}

/// [`import_assessment`] of a file already read and checked (the command line reads it before
/// it opens the database, so that a refused file never touches it).
pub fn import_read(
    db: &mut Db,
    parsed: &exchange::Parsed,
    actor: &str,
    l: &Localizer,
) -> Result<ImportView> {
    let a = &parsed.data.assessment;
    let title = assessment_title(l, &a.country, &a.round);
    Ok(match exchange::import_parsed(db, parsed, actor)? {
        Imported::Added(id) => ImportView {
            id,
            merged: false,
            answers_taken: 0,
            other_taken: 0,
            new_conflicts: 0,
            conflicts_waiting: 0,
            summary: l.format("merge-summary-added", &[arg("title", title)]),
        },
        Imported::Merged(r) => ImportView {
            id: r.id,
            merged: true,
            answers_taken: r.answers_taken,
            other_taken: r.other_taken,
            new_conflicts: r.new_conflicts,
            conflicts_waiting: r.conflicts_waiting,
            summary: l.format(
                "merge-summary",
                &[
                    arg("title", title),
                    crate::i18n::num("answers", r.answers_taken as f64),
                    crate::i18n::num("others", r.other_taken as f64),
                    crate::i18n::num("conflicts", r.conflicts_waiting as f64),
                ],
            ),
        },
    })
}

/// Writes a file for a breakout group; returns the group and the blocks it scores.
pub fn export_for_group(db: &mut Db, id: i64, group: &str, path: &Path) -> Result<Breakout> {
    exchange::export_for_group(db, id, group, path)
}

/// One side of a conflict as people read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SideView {
    /// The value as JSON (`null`: removed or empty).
    pub value: serde_json::Value,
    /// The value in words ("Phase 3 – Defined", "Removed", the text itself).
    pub text: String,
    pub by: String,
    pub at: String,
    /// "Changed by Amina Diallo, 2026-11-30 14:02 UTC".
    pub changed: String,
}

/// A field changed on both sides to different values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConflictView {
    /// The indicator the field belongs to (`None`: the assessment's own fields, participants,
    /// groups, roadmap items).
    pub indicator: Option<String>,
    /// The field as the command line names it (`current`, `rating:participant:amina`, …).
    pub field: String,
    /// The field's label, e.g. "Indicator 5 – Current phase", "Participant Amina Diallo".
    pub label: String,
    pub local: SideView,
    pub incoming: SideView,
    /// Whether a person may write another value (fields with a simple value), or only keep
    /// one side.
    pub writable: bool,
}

/// The fields whose conflict may be settled by writing another value.
const WRITABLE: [&str; 13] = [
    "current",
    "target",
    "target_year",
    "rationale",
    "confidence",
    "change_note",
    "note",
    "country",
    "round",
    "date",
    "facilitator",
    "language",
    "narrative",
];

fn value_of(json: Option<&str>) -> serde_json::Value {
    json.and_then(|v| serde_json::from_str(v).ok())
        .unwrap_or(serde_json::Value::Null)
}

/// The label of a field in the reader's language; names as written in `values` (the
/// field's values on either side), the subject's lower-case key otherwise.
fn field_label(key: &Key, values: [Option<&str>; 2], l: &Localizer) -> String {
    let written = |field: &str| {
        values.iter().flatten().find_map(|v| {
            let v: serde_json::Value = serde_json::from_str(v).ok()?;
            let named = match field {
                "rater" => v.get("rater")?.as_object()?.values().next()?.clone(),
                _ => v.get(field)?.clone(),
            };
            named.as_str().map(str::to_string)
        })
    };
    let rater = || {
        written("rater")
            .or_else(|| key.rater().map(|(_, name)| name))
            .unwrap_or_default()
    };
    let field = match key.field.as_str() {
        "rating" => l.format("merge-field-rating", &[arg("name", rater())]),
        "dissent" => l.format("merge-field-dissent", &[arg("name", rater())]),
        "evidence" => {
            let title = written("title")
                .or_else(|| key.evidence_title())
                .unwrap_or_default();
            l.format("merge-field-evidence", &[arg("title", title)])
        }
        "participant" | "group" => l.format(
            &format!("merge-field-{}", key.field),
            &[arg(
                "name",
                written("name").unwrap_or_else(|| key.subject.clone()),
            )],
        ),
        "roadmap.position" => l.text("merge-field-roadmap-position"),
        other => l.text(&format!("merge-field-{}", other.replace('_', "-"))),
    };
    match key.indicator() {
        Some(code) => l.format(
            "merge-field-of-indicator",
            &[arg("code", code), arg("field", field)],
        ),
        None => field,
    }
}

/// The label of a narrative's field, e.g. “Key findings – Leadership and governance”.
pub(super) fn narrative_label(
    fw: &framework::Framework,
    scope: &str,
    kind: crate::model::NarrativeKind,
    l: &Localizer,
) -> String {
    let place = if scope == crate::model::OVERALL {
        l.text("narrative-scope-overall")
    } else {
        l.text(&fw.block_key(scope))
    };
    l.format(
        "merge-field-narrative",
        &[
            arg(
                "what",
                l.text(&format!("report-narrative-{}", kind.as_str())),
            ),
            arg("scope", place),
        ],
    )
}

/// A value in words.
fn value_text(key: &Key, json: Option<&str>, l: &Localizer) -> String {
    let Some(json) = json else {
        return l.text("merge-value-removed");
    };
    let v = value_of(Some(json));
    match (key.field.as_str(), &v) {
        (_, serde_json::Value::Null) => l.text("merge-value-empty"),
        (_, serde_json::Value::String(s)) if s.is_empty() => l.text("merge-value-empty"),
        ("current" | "target", serde_json::Value::Number(n)) => {
            l.format("merge-value-phase", &[arg("phase", n.to_string())])
        }
        ("current", serde_json::Value::String(s)) if s == "NA" => l.text("merge-value-na"),
        ("na_reason", serde_json::Value::String(s)) => l.text(&format!("na-reason-{s}")),
        ("carried", serde_json::Value::Bool(b)) => l.text(if *b {
            "merge-value-yes"
        } else {
            "merge-value-no"
        }),
        ("rating", _) => {
            let phase = match v.get("phase") {
                Some(serde_json::Value::Number(n)) => {
                    l.format("merge-value-phase", &[arg("phase", n.to_string())])
                }
                _ => l.text("merge-value-na"),
            };
            let comment = v.get("comment").and_then(|c| c.as_str()).unwrap_or("");
            if comment.is_empty() {
                phase
            } else {
                l.format(
                    "merge-value-with-comment",
                    &[arg("value", phase), arg("comment", comment)],
                )
            }
        }
        ("dissent", _) => v
            .get("reason")
            .and_then(|c| c.as_str())
            .unwrap_or_default()
            .to_string(),
        ("participant", _) | ("group", _) => v
            .get("name")
            .and_then(|c| c.as_str())
            .unwrap_or_default()
            .to_string(),
        ("evidence", _) => v
            .get("title")
            .and_then(|c| c.as_str())
            .unwrap_or_default()
            .to_string(),
        ("roadmap", _) => v
            .get("text")
            .and_then(|c| c.as_str())
            .map(str::to_string)
            .or_else(|| {
                v.get("template")
                    .and_then(|c| c.as_str())
                    .map(str::to_string)
            })
            .unwrap_or_default(),
        (_, serde_json::Value::String(s)) => s.clone(),
        _ => v.to_string(),
    }
}

fn side(key: &Key, r: &merge::Revision, l: &Localizer) -> SideView {
    let when = l.time(&r.at);
    SideView {
        value: value_of(r.value.as_deref()),
        text: value_text(key, r.value.as_deref(), l),
        by: r.by.clone(),
        at: r.at.clone(),
        changed: l.format("merge-changed-by", &[arg("name", &r.by), arg("time", when)]),
    }
}

/// The conflicts waiting in an assessment, in the framework's order of indicators (the
/// assessment's own fields, participants, groups and roadmap items after them).
pub fn conflicts(db: &Db, id: i64, l: &Localizer) -> Result<Vec<ConflictView>> {
    let a = db.assessment(id)?;
    let fw = framework::find(&a.framework.id, &a.framework.version)?;
    let place = |code: Option<&str>| {
        code.and_then(|c| fw.indicators.iter().position(|i| i.code == c))
            .unwrap_or(usize::MAX)
    };
    let mut list = db.conflicts(id)?;
    list.sort_by(|x, y| {
        (place(x.key.indicator()), &x.key).cmp(&(place(y.key.indicator()), &y.key))
    });
    Ok(list
        .iter()
        .map(|c| ConflictView {
            indicator: c.key.indicator().map(str::to_string),
            field: c.key.shown_field(),
            label: match merge::narrative_subject(&c.key.subject) {
                Some((scope, kind)) if c.key.field == "narrative" => {
                    narrative_label(fw, &scope, kind, l)
                }
                _ => field_label(
                    &c.key,
                    [c.local.value.as_deref(), c.incoming.value.as_deref()],
                    l,
                ),
            },
            local: side(&c.key, &c.local, l),
            incoming: side(&c.key, &c.incoming, l),
            writable: WRITABLE.contains(&c.key.field.as_str())
                || crate::merge::is_gdhm_field(&c.key.field),
        })
        .collect())
}

/// How a person settles a conflict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    /// Keep this copy's value.
    Local,
    /// Take the file's value.
    Incoming,
    /// Write another value (fields with a simple value only).
    Value(String),
}

/// A value typed by a person for `field`, as the field's canonical JSON.
fn typed_value(key: &Key, text: &str) -> Result<String> {
    let t = text.trim();
    let invalid = || Error::InvalidValue {
        field: key.field.clone(),
        value: text.to_string(),
    };
    let json = match key.field.as_str() {
        "current" if t.eq_ignore_ascii_case("na") => serde_json::json!("NA"),
        "current" | "target" if t.is_empty() => serde_json::Value::Null,
        "current" | "target" => {
            let p: u8 = t.parse().map_err(|_| invalid())?;
            serde_json::json!(p)
        }
        "target_year" if t.is_empty() => serde_json::Value::Null,
        "target_year" => {
            let y: u16 = t.parse().map_err(|_| invalid())?;
            serde_json::json!(y)
        }
        "confidence" if t.is_empty() => serde_json::Value::Null,
        "confidence" => {
            let c = crate::model::Confidence::parse(&t.to_lowercase()).ok_or_else(invalid)?;
            serde_json::json!(c.as_str())
        }
        "date" => {
            if !crate::model::is_valid_date(t) {
                return Err(invalid());
            }
            serde_json::json!(t)
        }
        "rationale" | "change_note" | "note" | "country" | "round" | "facilitator" | "language" => {
            serde_json::json!(text)
        }
        // A blank text is no narrative (nor GDHM detail): keep a side to remove it.
        "narrative" if t.is_empty() => return Err(invalid()),
        f if crate::merge::is_gdhm_field(f) && t.is_empty() => return Err(invalid()),
        f if crate::merge::is_gdhm_field(f) => serde_json::json!(t),
        "narrative" => serde_json::json!(text),
        _ => {
            return Err(Error::ConflictValueNotAllowed {
                field: key.shown_field(),
            })
        }
    };
    Ok(json.to_string())
}

/// Settles the conflict of `field` (as [`ConflictView::field`] names it) of `indicator`
/// (`None` for fields of no indicator).
pub fn resolve_conflict(
    db: &mut Db,
    id: i64,
    indicator: Option<&str>,
    field: &str,
    choice: &Resolution,
    actor: &str,
) -> Result<()> {
    let not_found = || Error::ConflictNotFound {
        indicator: indicator.unwrap_or_default().to_string(),
        field: field.to_string(),
    };
    let conflicts = db.conflicts(id)?;
    let c = conflicts
        .iter()
        .find(|c| c.key.indicator() == indicator && c.key.shown_field().eq_ignore_ascii_case(field))
        .ok_or_else(not_found)?;
    let value = match choice {
        Resolution::Local => c.local.value.clone(),
        Resolution::Incoming => c.incoming.value.clone(),
        Resolution::Value(text) => Some(typed_value(&c.key, text)?),
    };
    let a = db.assessment(id)?;
    let fw = framework::find(&a.framework.id, &a.framework.version)?;
    db.resolve_conflict(id, &c.key, value, fw, actor)
}
