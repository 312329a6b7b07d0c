//! The walk: the list of blocks and indicators with their marks, one indicator's page, the
//! autosave of an answer, evidence.

use std::collections::BTreeMap;

use serde::Serialize;

use super::framework_of;
use crate::error::{Error, Result};
use crate::framework::{Framework, IndicatorText, Scale};
use crate::i18n::{arg, num, Localizer};
use crate::model::{now_utc, Evidence, Response, Status};
use crate::scoring::Current;
use crate::storage::Db;

/// Where an indicator stands in the walk: its state (`answered`, `na` or `empty`), the mark
/// the list shows for it and the state's words for screen readers.
#[derive(Debug, Clone, Serialize)]
pub struct ItemState {
    pub state: &'static str,
    pub mark: &'static str,
    pub state_label: String,
    /// What screen readers hear after the indicator's title: "(answered)".
    pub state_note: String,
    /// "Carried over, not reviewed" while the answer carried over from the last round has
    /// not been saved or marked reviewed by a person.
    pub carried: Option<String>,
}

impl ItemState {
    pub fn of(current: Option<Current>, carried: bool, l: &Localizer) -> ItemState {
        let (state, mark) = match current {
            Some(Current::Phase(_)) => ("answered", "✓"),
            Some(Current::NotApplicable) => ("na", "–"),
            None => ("empty", "○"),
        };
        let state_label = l.text(&format!("ui-walk-state-{state}"));
        let note_key = if carried {
            "ui-walk-state-note-carried"
        } else {
            "ui-walk-state-note"
        };
        ItemState {
            state,
            mark,
            state_note: l.format(note_key, &[arg("state", &state_label)]),
            state_label,
            carried: carried.then(|| l.text("ui-walk-carried")),
        }
    }

    pub fn is_answered(&self) -> bool {
        self.state != "empty"
    }
}

/// "{ $answered } of { $total } indicators answered", counts as numbers (plurals).
fn completion_label(l: &Localizer, answered: usize, total: usize) -> String {
    l.format(
        "ui-walk-completion",
        &[num("answered", answered as f64), num("total", total as f64)],
    )
}

#[derive(Debug, Clone, Serialize)]
pub struct WalkItem {
    pub code: String,
    pub title: String,
    pub scored: bool,
    #[serde(flatten)]
    pub state: ItemState,
}

#[derive(Debug, Clone, Serialize)]
pub struct WalkBlock {
    pub id: String,
    pub name: String,
    pub indicators: Vec<WalkItem>,
}

#[derive(Debug, Clone, Serialize)]
pub struct WalkView {
    pub id: i64,
    pub title: String,
    pub framework_name: String,
    pub locked: bool,
    pub answered: usize,
    pub total: usize,
    pub completion_label: String,
    pub blocks: Vec<WalkBlock>,
    /// The mark of a copy imported from a breakout group's file, if this is one.
    pub breakout: Option<BreakoutMark>,
}

/// A copy imported from a file written for a breakout group: the walk opens on the group's
/// first block, under a banner naming the group and its blocks.
#[derive(Debug, Clone, Serialize)]
pub struct BreakoutMark {
    pub group: String,
    /// The blocks the group scores (ids; empty: all blocks).
    pub blocks: Vec<String>,
    /// The first indicator of the group's first block, where the walk opens.
    pub first_indicator: Option<String>,
    /// "Breakout file for group A: Leadership and governance, Workforce."
    pub banner: String,
}

/// The breakout mark of a copy as the walk shows it (blocks in the framework's order; a
/// block the framework does not have is left out).
fn breakout_mark(db: &Db, id: i64, fw: &Framework, l: &Localizer) -> Result<Option<BreakoutMark>> {
    let Some(b) = db.breakout(id)? else {
        return Ok(None);
    };
    let blocks: Vec<&crate::framework::Block> = fw
        .blocks
        .iter()
        .filter(|x| b.blocks.is_empty() || b.blocks.contains(&x.id))
        .collect();
    let first_indicator = blocks
        .iter()
        .find_map(|x| fw.indicators_of(&x.id).next())
        .map(|i| i.code.clone());
    let banner = if b.blocks.is_empty() {
        l.format("ui-breakout-banner-all", &[arg("group", &b.group)])
    } else {
        let names: Vec<String> = blocks
            .iter()
            .map(|x| l.text(&fw.block_key(&x.id)))
            .collect();
        l.format(
            "ui-breakout-banner",
            &[arg("group", &b.group), arg("blocks", l.list(&names))],
        )
    };
    Ok(Some(BreakoutMark {
        group: b.group,
        blocks: blocks.iter().map(|x| x.id.clone()).collect(),
        first_indicator,
        banner,
    }))
}

pub fn walk(db: &Db, id: i64, l: &Localizer) -> Result<WalkView> {
    let a = db.assessment(id)?;
    let fw = framework_of(&a)?;
    let responses: BTreeMap<String, Response> = db
        .responses(id)?
        .into_iter()
        .map(|r| (r.indicator.clone(), r))
        .collect();
    let mut answered = 0;
    let blocks = fw
        .blocks
        .iter()
        .map(|b| WalkBlock {
            id: b.id.clone(),
            name: l.text(&fw.block_key(&b.id)),
            indicators: fw
                .indicators_of(&b.id)
                .map(|i| {
                    let r = responses.get(&i.code);
                    let state =
                        ItemState::of(r.and_then(|r| r.current), r.is_some_and(|r| r.carried), l);
                    if state.is_answered() {
                        answered += 1;
                    }
                    WalkItem {
                        code: i.code.clone(),
                        title: l.text(&fw.key(&i.code, IndicatorText::Title)),
                        scored: i.is_scored(),
                        state,
                    }
                })
                .collect(),
        })
        .collect();
    let total = fw.indicators.len();
    Ok(WalkView {
        id,
        title: super::assessment_title(l, &a.country, &a.round),
        framework_name: l.text(&fw.name_key()),
        locked: a.status == Status::Finalised,
        answered,
        total,
        completion_label: completion_label(l, answered, total),
        blocks,
        breakout: breakout_mark(db, id, fw, l)?,
    })
}

#[derive(Debug, Clone, Serialize)]
pub struct PhaseOption {
    pub phase: u8,
    pub name: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct EvidenceRow {
    pub row: i64,
    pub title: String,
    pub reference: String,
    /// How the list shows it: the title, and the reference when there is one.
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndicatorView {
    pub code: String,
    pub title: String,
    pub block_name: String,
    pub question: String,
    pub guidance: String,
    pub scored: bool,
    pub banded: bool,
    pub phases: Vec<PhaseOption>,
    pub evidence_examples: Vec<String>,
    pub response: Response,
    pub evidence: Vec<EvidenceRow>,
    pub previous: Option<String>,
    pub next: Option<String>,
    pub locked: bool,
    /// "Carried over, not reviewed", while the answer carried over from the last round
    /// waits for a person.
    pub carried: Option<String>,
}

pub fn indicator(db: &Db, id: i64, code: &str, l: &Localizer) -> Result<IndicatorView> {
    let a = db.assessment(id)?;
    let fw = framework_of(&a)?;
    let ind = fw.indicator(code).ok_or_else(|| Error::UnknownIndicator {
        code: code.to_string(),
    })?;
    let pos = fw
        .indicators
        .iter()
        .position(|i| i.code == code)
        .unwrap_or(0);
    let response = db
        .responses(id)?
        .into_iter()
        .find(|r| r.indicator == code)
        .unwrap_or_else(|| Response::empty(code));
    Ok(IndicatorView {
        code: code.to_string(),
        title: l.text(&fw.key(code, IndicatorText::Title)),
        block_name: l.text(&fw.block_key(&ind.block)),
        question: l.text(&fw.key(code, IndicatorText::Question)),
        guidance: l.text(&fw.key(code, IndicatorText::Guidance)),
        scored: ind.is_scored(),
        // Band indicators state their band in every phase text.
        banded: matches!(ind.scale, Scale::Bands(_)),
        phases: (1..=5)
            .map(|p| PhaseOption {
                phase: p,
                name: l.format(
                    "phase-title",
                    &[
                        arg("label", l.format("phase-label", &[arg("phase", p)])),
                        arg("name", l.text(&format!("phase-{p}-name"))),
                    ],
                ),
                text: l.text(&fw.key(code, IndicatorText::Phase(p))),
            })
            .collect(),
        evidence_examples: (1..=ind.evidence_examples)
            .map(|n| l.text(&fw.key(code, IndicatorText::Evidence(n))))
            .collect(),
        evidence: db
            .evidence_of(id, code)?
            .into_iter()
            .map(|(row, e)| EvidenceRow {
                row,
                label: if e.reference.trim().is_empty() {
                    e.title.clone()
                } else {
                    l.format(
                        "ui-walk-evidence-item",
                        &[arg("title", &e.title), arg("reference", &e.reference)],
                    )
                },
                title: e.title,
                reference: e.reference,
            })
            .collect(),
        previous: pos
            .checked_sub(1)
            .and_then(|p| fw.indicators.get(p))
            .map(|i| i.code.clone()),
        next: fw.indicators.get(pos + 1).map(|i| i.code.clone()),
        locked: a.status == Status::Finalised,
        carried: response.carried.then(|| l.text("ui-walk-carried")),
        response,
    })
}

/// What a save returns: when it was stored, the answer as stored (a not-applicable answer
/// loses its target), the indicator's new mark and the new completion.
#[derive(Debug, Clone, Serialize)]
pub struct Saved {
    pub saved_at: String,
    pub response: Response,
    #[serde(flatten)]
    pub state: ItemState,
    pub answered: usize,
    pub total: usize,
    pub completion_label: String,
}

/// What a save tells the screen: the completion counted as the walk counts it (a phase or
/// not applicable), without building the whole walk (this runs after every answer).
fn saved(db: &Db, id: i64, fw: &Framework, stored: Response, l: &Localizer) -> Result<Saved> {
    let answered = db.answered_count(id)?;
    let total = fw.indicators.len();
    Ok(Saved {
        saved_at: now_utc(),
        state: ItemState::of(stored.current, stored.carried, l),
        response: stored,
        answered,
        total,
        completion_label: completion_label(l, answered, total),
    })
}

/// Checks an answer against the framework and stores it at once (autosave). A
/// not-applicable answer is stored without a target; an answer that is not NA is stored
/// without an NA reason (`validate::stored_answer`). A person's save reviews an answer
/// carried over from the last round; a blank `change_note` keeps the stored one, and a
/// phase changed from the one carried over needs a note ([`Error::ChangeNoteRequired`]).
pub fn save_response(
    db: &mut Db,
    id: i64,
    response: &Response,
    actor: &str,
    l: &Localizer,
) -> Result<Saved> {
    let a = db.assessment(id)?;
    let fw = framework_of(&a)?;
    let response = crate::validate::stored_answer(response);
    crate::validate::response(fw, &response)?;
    let stored = db.save_response(id, &response, actor)?;
    // The answer is stored; a failed hourly backup must not make it look unsaved.
    if let Err(e) = crate::backup::hourly(db) {
        eprintln!("DHMA: the hourly backup could not be made: {e}");
    }
    saved(db, id, fw, stored, l)
}

/// "Reviewed, no change": the answer carried over from the last round stays as it is and is
/// no longer marked; returns what a save returns (the new mark and completion).
pub fn mark_reviewed(
    db: &mut Db,
    id: i64,
    code: &str,
    actor: &str,
    l: &Localizer,
) -> Result<Saved> {
    let a = db.assessment(id)?;
    let fw = framework_of(&a)?;
    if fw.indicator(code).is_none() {
        return Err(Error::UnknownIndicator {
            code: code.to_string(),
        });
    }
    db.mark_reviewed(id, code, actor)?;
    let stored = db
        .responses(id)?
        .into_iter()
        .find(|r| r.indicator == code)
        .unwrap_or_else(|| Response::empty(code));
    saved(db, id, fw, stored, l)
}

pub fn add_evidence(db: &mut Db, id: i64, item: &Evidence, actor: &str) -> Result<()> {
    let a = db.assessment(id)?;
    let fw = framework_of(&a)?;
    if fw.indicator(&item.indicator).is_none() {
        return Err(Error::UnknownIndicator {
            code: item.indicator.clone(),
        });
    }
    crate::validate::required("evidence", &item.title)?;
    db.add_evidence(id, item, actor)
}
