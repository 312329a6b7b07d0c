//! Scores as data: the JSON of `dhma score --format json`.

use serde_json::json;

use crate::framework::Framework;
use crate::scoring::Scores;

/// The JSON of `dhma score --format json`: per block its mean, phase, scored and excluded
/// indicators (with the reason) and targets; then the overall scores.
pub fn score_json(fw: &Framework, scores: &Scores) -> serde_json::Value {
    json!({
        "framework": { "id": fw.id, "version": fw.version },
        "blocks": scores.blocks.iter().map(|b| json!({
            "id": b.id,
            "mean": b.mean,
            "phase": b.phase,
            "scored": b.scored,
            "excluded": b.excluded.iter().map(|e| &e.code).collect::<Vec<_>>(),
            "exclusions": b.excluded.iter().map(|e| json!({"code": e.code, "reason": e.reason.as_str()})).collect::<Vec<_>>(),
            "target_mean": b.target_mean,
            "target_phase": b.target_phase,
        })).collect::<Vec<_>>(),
        "overall": {
            "mean": scores.overall.mean,
            "phase": scores.overall.phase,
            "target_mean": scores.overall.target_mean,
            "target_phase": scores.overall.target_phase,
        },
    })
}
