//! The assessment and its scores as JSON: `{"assessment": <the content of the assessment
//! file>, "scores": <what `dhma score --format json` writes>}`. Described by the JSON
//! Schemas (draft 2020-12) in `docs/schema/`: `export.schema.json` for the whole,
//! `assessment.schema.json` for the content and `scores.schema.json` for the scores.

use super::Source;
use crate::error::{Error, Result};
use crate::exchange::Content;

/// The JSON value of the export; `scores` is what `dhma score --format json` writes
/// (`service::score_json`, passed in so that this module does not depend on the service).
pub fn value(src: &Source<'_>, scores: serde_json::Value) -> Result<serde_json::Value> {
    let content = serde_json::to_value(Content::from_data(src.data.clone())).map_err(|e| {
        Error::InvalidValue {
            field: "json".into(),
            value: e.to_string(),
        }
    })?;
    Ok(serde_json::json!({
        "assessment": content,
        "scores": scores,
    }))
}

/// The export's bytes: pretty JSON, UTF-8, ending with a line break.
pub fn bytes(src: &Source<'_>, scores: serde_json::Value) -> Result<Vec<u8>> {
    let mut text =
        serde_json::to_string_pretty(&value(src, scores)?).map_err(|e| Error::InvalidValue {
            field: "json".into(),
            value: e.to_string(),
        })?;
    text.push('\n');
    Ok(text.into_bytes())
}
