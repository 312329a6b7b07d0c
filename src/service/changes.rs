//! "What changed": an assessment against the previous round of its country and framework
//! (`compare::previous_round`), per building block and per indicator, with the team's notes.

use serde::Serialize;

use super::{assessment_title, framework_of};
use crate::changes::{self, labels, BlockChange, Changes, IndicatorChange};
use crate::compare::Round;
use crate::error::Result;
use crate::framework::{Framework, IndicatorText};
use crate::i18n::{arg, num, Localizer};
use crate::storage::Db;

/// One indicator in both rounds, in finished texts.
#[derive(Debug, Clone, Serialize)]
pub struct IndicatorChangeRow {
    pub code: String,
    /// "1 National digital health strategy".
    pub label: String,
    /// "Phase 2 → 3" (not applicable, not answered, or not in the framework said so).
    pub phase_label: String,
    /// "Target 3 → 4".
    pub target_label: String,
    /// `up`, `down`, `same`, `changed`, `new` or `removed` (for styling).
    pub direction: &'static str,
    pub direction_label: String,
    /// The phase or the target changed.
    pub changed: bool,
    /// The team's note of what changed, as written; `None` when there is none.
    pub note: Option<String>,
}

/// One building block (or the overall score) in both rounds.
#[derive(Debug, Clone, Serialize)]
pub struct BlockChangeRow {
    pub id: String,
    pub name: String,
    /// "2.00 → 3.00".
    pub mean_label: String,
    /// "Phase 2 → 3".
    pub phase_label: String,
    /// "Target 3 → 4".
    pub target_label: String,
    /// "3 → 2" and "3 → 4", for a table whose columns say "Phase" and "Target".
    pub phase_change: String,
    pub target_change: String,
    pub direction: &'static str,
    pub direction_label: String,
    /// "2 indicators changed" (empty for the overall score).
    pub count_label: String,
    /// Its phase or target, or one of its indicators, changed.
    pub changed: bool,
    /// Changed indicators first, each group in framework order.
    pub indicators: Vec<IndicatorChangeRow>,
}

/// The "What changed" screen.
#[derive(Debug, Clone, Serialize)]
pub struct ChangesView {
    pub title: String,
    /// "What changed – Lusara – Follow-up".
    pub heading: String,
    /// "Compared with the previous round, Baseline (2024-05-01)."; `None` without one.
    pub since: Option<String>,
    /// Why there is nothing to show: no earlier round of this country and framework.
    pub empty: Option<String>,
    /// "The phase or target of 3 indicators changed." (empty without a previous round).
    pub summary: String,
    pub blocks: Vec<BlockChangeRow>,
    pub overall: Option<BlockChangeRow>,
}

/// The changes of assessment `id` since the previous round, with that round; `None` when
/// there is no previous round.
pub fn changes_since_previous(db: &Db, id: i64) -> Result<Option<(Round, Changes)>> {
    let Some(previous) = crate::compare::previous_round(db, id)? else {
        return Ok(None);
    };
    let data = db.load(id)?;
    let fw = framework_of(&data.assessment)?;
    let ch = changes::since(&previous.scores, fw, &data);
    Ok(Some((previous, ch)))
}

fn indicator_row(l: &Localizer, fw: &Framework, i: &IndicatorChange) -> IndicatorChangeRow {
    let key = fw.key(&i.code, IndicatorText::Title);
    let label = if l.has(&key) {
        l.format(
            "changes-indicator",
            &[arg("code", &i.code), arg("title", l.text(&key))],
        )
    } else {
        i.code.clone()
    };
    IndicatorChangeRow {
        code: i.code.clone(),
        label,
        phase_label: labels::indicator_phase(l, i),
        target_label: labels::indicator_target(l, i),
        direction: i.direction.as_str(),
        direction_label: labels::direction(l, i.direction),
        changed: i.changed(),
        note: (!i.note.is_empty()).then(|| i.note.clone()),
    }
}

fn block_row(l: &Localizer, fw: &Framework, b: &BlockChange) -> BlockChangeRow {
    let key = fw.block_key(&b.id);
    let mut indicators: Vec<IndicatorChangeRow> = b
        .indicators
        .iter()
        .map(|i| indicator_row(l, fw, i))
        .collect();
    // Changed first; the sort is stable, so framework order holds within each group.
    indicators.sort_by_key(|i| !i.changed);
    let count = b.changed();
    let s = &b.score;
    BlockChangeRow {
        id: b.id.clone(),
        name: if l.has(&key) {
            l.text(&key)
        } else {
            b.id.clone()
        },
        mean_label: labels::score_mean(l, s),
        phase_label: labels::score_phase(l, s),
        target_label: labels::score_target(l, s),
        phase_change: labels::arrow(
            l,
            labels::phase(l, s.old_phase),
            labels::phase(l, s.new_phase),
        ),
        target_change: labels::arrow(
            l,
            labels::phase(l, s.old_target),
            labels::phase(l, s.new_target),
        ),
        direction: s.direction.as_str(),
        direction_label: labels::direction(l, s.direction),
        count_label: l.format("changes-block-count", &[num("count", count as f64)]),
        changed: count > 0
            || s.old_phase != s.new_phase
            || s.old_target != s.new_target
            || s.old_mean != s.new_mean,
        indicators,
    }
}

/// The "What changed" screen of assessment `id`: against the previous round of its country
/// and framework, or the sentence saying there is none.
pub fn changes_view(db: &Db, id: i64, l: &Localizer) -> Result<ChangesView> {
    let a = db.assessment(id)?;
    let fw = framework_of(&a)?;
    let title = assessment_title(l, &a.country, &a.round);
    let heading = l.format("changes-heading", &[arg("title", &title)]);
    let Some((previous, ch)) = changes_since_previous(db, id)? else {
        return Ok(ChangesView {
            title,
            heading,
            since: None,
            empty: Some(l.format("changes-first-round", &[arg("country", a.country.trim())])),
            summary: String::new(),
            blocks: Vec::new(),
            overall: None,
        });
    };
    let o = &ch.overall;
    Ok(ChangesView {
        title,
        heading,
        since: Some(l.format(
            "changes-since",
            &[
                arg("round", &previous.round),
                arg("date", l.date(&previous.date)),
            ],
        )),
        empty: None,
        summary: l.format("changes-count", &[num("count", ch.changed() as f64)]),
        blocks: ch.blocks.iter().map(|b| block_row(l, fw, b)).collect(),
        overall: Some(BlockChangeRow {
            id: "overall".into(),
            name: l.text("overall"),
            mean_label: labels::score_mean(l, o),
            phase_label: labels::score_phase(l, o),
            target_label: labels::score_target(l, o),
            phase_change: labels::arrow(
                l,
                labels::phase(l, o.old_phase),
                labels::phase(l, o.new_phase),
            ),
            target_change: labels::arrow(
                l,
                labels::phase(l, o.old_target),
                labels::phase(l, o.new_target),
            ),
            direction: o.direction.as_str(),
            direction_label: labels::direction(l, o.direction),
            count_label: String::new(),
            changed: o.old_phase != o.new_phase
                || o.old_target != o.new_target
                || o.old_mean != o.new_mean,
            indicators: Vec::new(),
        }),
    })
}

/// The JSON of `dhma compare --changes --format json`: both rounds and the changes as data
/// (`previous` null and no changes when assessment `id` is the first round).
pub fn changes_json(db: &Db, id: i64) -> Result<serde_json::Value> {
    let a = db.assessment(id)?;
    let current = serde_json::json!({
        "id": a.id, "uid": a.uid, "round": a.round, "date": a.date,
    });
    Ok(match changes_since_previous(db, id)? {
        None => serde_json::json!({ "current": current, "previous": null, "changes": null }),
        Some((p, ch)) => serde_json::json!({
            "current": current,
            "previous": { "id": p.id, "uid": p.uid, "round": p.round, "date": p.date },
            "changed": ch.changed(),
            "changes": ch,
        }),
    })
}
