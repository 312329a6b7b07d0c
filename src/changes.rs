//! What changed between two rounds of one country and framework: per indicator the old and
//! new phase (a phase, not applicable, or not answered) and target, the direction and the
//! newer round's "what changed" note; per building block and overall the old and new mean
//! and phase. Pure: both rounds are scored by `scoring` (each under its own framework
//! version), nothing is recomputed here. `labels` words the values in the reader's language.
//!
//! Indicators and blocks are matched by code and id. An indicator only the newer round's
//! framework has counts as newly answered when it has an answer, one only the older round's
//! framework had as no longer answered when it had one.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::framework::Framework;
use crate::model::AssessmentData;
use crate::scoring::{self, Current, IndicatorResult, Scores};

/// How a phase moved from the older round to the newer one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    /// A higher phase than before.
    Up,
    /// A lower phase than before.
    Down,
    /// The same phase, the same "not applicable", or not answered in both rounds.
    Same,
    /// From a phase to "not applicable" or back.
    Changed,
    /// No answer before (not answered, or not in the older round's framework), one now.
    New,
    /// An answer before, none now (not answered, or not in this round's framework).
    Removed,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Up => "up",
            Direction::Down => "down",
            Direction::Same => "same",
            Direction::Changed => "changed",
            Direction::New => "new",
            Direction::Removed => "removed",
        }
    }

    /// The direction from one recorded state to another (`None`: no answer).
    pub fn of(old: Option<Current>, new: Option<Current>) -> Direction {
        match (old, new) {
            (Some(Current::Phase(a)), Some(Current::Phase(b))) => Direction::of_phases(a, b),
            (a, b) if a == b => Direction::Same,
            (None, Some(_)) => Direction::New,
            (Some(_), None) => Direction::Removed,
            _ => Direction::Changed,
        }
    }

    /// The direction from one phase to another, either possibly missing (a block without a
    /// score).
    pub fn of_scores(old: Option<u8>, new: Option<u8>) -> Direction {
        match (old, new) {
            (Some(a), Some(b)) => Direction::of_phases(a, b),
            (None, None) => Direction::Same,
            (None, Some(_)) => Direction::New,
            (Some(_), None) => Direction::Removed,
        }
    }

    fn of_phases(a: u8, b: u8) -> Direction {
        match b.cmp(&a) {
            std::cmp::Ordering::Greater => Direction::Up,
            std::cmp::Ordering::Less => Direction::Down,
            std::cmp::Ordering::Equal => Direction::Same,
        }
    }
}

/// One indicator in both rounds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorChange {
    pub code: String,
    /// Whether it counts in its block's mean (sub-indicators do not).
    pub scored: bool,
    /// Whether each round's framework has this indicator.
    pub in_older: bool,
    pub in_newer: bool,
    pub old_current: Option<Current>,
    pub new_current: Option<Current>,
    pub old_target: Option<u8>,
    pub new_target: Option<u8>,
    pub direction: Direction,
    /// The newer round's note of what changed (empty when the team wrote none).
    pub note: String,
}

impl IndicatorChange {
    pub fn target_changed(&self) -> bool {
        self.old_target != self.new_target
    }

    /// Whether the phase (or its being answered) or the target changed.
    pub fn changed(&self) -> bool {
        self.direction != Direction::Same || self.target_changed()
    }
}

/// A mean and its phase in both rounds (a building block, or overall).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreChange {
    pub old_mean: Option<f64>,
    pub new_mean: Option<f64>,
    pub old_phase: Option<u8>,
    pub new_phase: Option<u8>,
    pub old_target: Option<u8>,
    pub new_target: Option<u8>,
    pub direction: Direction,
}

impl ScoreChange {
    fn of(
        old: (Option<f64>, Option<u8>, Option<u8>),
        new: (Option<f64>, Option<u8>, Option<u8>),
    ) -> ScoreChange {
        ScoreChange {
            old_mean: old.0,
            new_mean: new.0,
            old_phase: old.1,
            new_phase: new.1,
            old_target: old.2,
            new_target: new.2,
            direction: Direction::of_scores(old.1, new.1),
        }
    }
}

/// One building block in both rounds, with its indicators in framework order (the newer
/// round's, then those only the older round's framework had).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BlockChange {
    pub id: String,
    #[serde(flatten)]
    pub score: ScoreChange,
    pub indicators: Vec<IndicatorChange>,
}

impl BlockChange {
    /// How many of its indicators changed.
    pub fn changed(&self) -> usize {
        self.indicators.iter().filter(|i| i.changed()).count()
    }
}

/// Two rounds compared.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Changes {
    /// The newer round's blocks in order, then any only the older round had.
    pub blocks: Vec<BlockChange>,
    pub overall: ScoreChange,
}

impl Changes {
    /// How many indicators changed, over every block.
    pub fn changed(&self) -> usize {
        self.blocks.iter().map(BlockChange::changed).sum()
    }
}

fn block_scores(b: Option<&scoring::BlockResult>) -> (Option<f64>, Option<u8>, Option<u8>) {
    b.map_or((None, None, None), |b| (b.mean, b.phase, b.target_phase))
}

fn indicator(
    old: Option<&IndicatorResult>,
    new: Option<&IndicatorResult>,
    notes: &BTreeMap<&str, &str>,
) -> Option<IndicatorChange> {
    let code = new.or(old)?.code.clone();
    let old_current = old.and_then(|i| i.current);
    let new_current = new.and_then(|i| i.current);
    Some(IndicatorChange {
        scored: new.or(old).is_some_and(|i| i.scored),
        in_older: old.is_some(),
        in_newer: new.is_some(),
        old_current,
        new_current,
        old_target: old.and_then(|i| i.target),
        new_target: new.and_then(|i| i.target),
        direction: Direction::of(old_current, new_current),
        note: notes
            .get(code.as_str())
            .map(|n| n.trim().to_string())
            .unwrap_or_default(),
        code,
    })
}

/// Compares two rounds' scores; `notes` are the newer round's notes by indicator code.
pub fn between(older: &Scores, newer: &Scores, notes: &BTreeMap<&str, &str>) -> Changes {
    let mut blocks: Vec<BlockChange> = newer
        .blocks
        .iter()
        .map(|nb| {
            let ob = older.block(&nb.id);
            let mut indicators: Vec<IndicatorChange> = nb
                .indicators
                .iter()
                .filter_map(|ni| {
                    let oi = ob.and_then(|b| b.indicators.iter().find(|i| i.code == ni.code));
                    indicator(oi, Some(ni), notes)
                })
                .collect();
            // Indicators only the older framework had in this block.
            if let Some(ob) = ob {
                indicators.extend(
                    ob.indicators
                        .iter()
                        .filter(|oi| !newer.blocks.iter().any(|b| has(b, &oi.code)))
                        .filter_map(|oi| indicator(Some(oi), None, notes)),
                );
            }
            BlockChange {
                id: nb.id.clone(),
                score: ScoreChange::of(block_scores(ob), block_scores(Some(nb))),
                indicators,
            }
        })
        .collect();
    // Blocks only the older framework had.
    blocks.extend(
        older
            .blocks
            .iter()
            .filter(|ob| newer.block(&ob.id).is_none())
            .map(|ob| BlockChange {
                id: ob.id.clone(),
                score: ScoreChange::of(block_scores(Some(ob)), (None, None, None)),
                indicators: ob
                    .indicators
                    .iter()
                    .filter(|oi| !newer.blocks.iter().any(|b| has(b, &oi.code)))
                    .filter_map(|oi| indicator(Some(oi), None, notes))
                    .collect(),
            }),
    );
    let o = |s: &Scores| (s.overall.mean, s.overall.phase, s.overall.target_phase);
    Changes {
        blocks,
        overall: ScoreChange::of(o(older), o(newer)),
    }
}

fn has(b: &scoring::BlockResult, code: &str) -> bool {
    b.indicators.iter().any(|i| i.code == code)
}

/// What changed from the older round (already scored under its own framework version, as
/// `compare::Round` carries it) to `newer`, scored here under `fw`, its framework.
pub fn since(older: &Scores, fw: &Framework, newer: &AssessmentData) -> Changes {
    let scores = scoring::score(fw, &newer.score_inputs());
    let notes: BTreeMap<&str, &str> = newer
        .responses
        .iter()
        .filter(|r| !r.change_note.trim().is_empty())
        .map(|r| (r.indicator.as_str(), r.change_note.as_str()))
        .collect();
    between(older, &scores, &notes)
}

/// What changed between two rounds scored under the same framework `fw`.
pub fn of_rounds(fw: &Framework, older: &AssessmentData, newer: &AssessmentData) -> Changes {
    since(&scoring::score(fw, &older.score_inputs()), fw, newer)
}

/// The words for the values compared, in the reader's language (for the screen, the
/// command line and the report alike).
pub mod labels {
    use super::{Direction, IndicatorChange, ScoreChange};
    use crate::i18n::{arg, Localizer};
    use crate::scoring::Current;

    /// An indicator's recorded state in one round: its phase, not applicable, not answered,
    /// or not in that round's framework.
    pub fn state(l: &Localizer, in_round: bool, current: Option<Current>) -> String {
        match (in_round, current) {
            (false, _) => l.text("changes-value-absent"),
            (true, None) => l.text("changes-value-none"),
            (true, Some(Current::NotApplicable)) => l.text("changes-value-na"),
            (true, Some(Current::Phase(p))) => p.to_string(),
        }
    }

    /// An indicator's target in one round (not set, or not in that round's framework).
    pub fn target(l: &Localizer, in_round: bool, target: Option<u8>) -> String {
        match (in_round, target) {
            (false, _) => l.text("changes-value-absent"),
            (true, None) => l.text("changes-value-unset"),
            (true, Some(t)) => t.to_string(),
        }
    }

    /// A block's (or the overall) phase: not available when it has no score.
    pub fn phase(l: &Localizer, phase: Option<u8>) -> String {
        phase.map_or_else(|| l.text("not-available"), |p| p.to_string())
    }

    /// A mean with two decimals, or not available.
    pub fn mean(l: &Localizer, mean: Option<f64>) -> String {
        mean.map_or_else(|| l.text("not-available"), |m| l.decimal(m, 2))
    }

    /// "old → new" (mirrored in right-to-left languages by the message).
    pub fn arrow(l: &Localizer, old: String, new: String) -> String {
        l.format("changes-arrow", &[arg("old", old), arg("new", new)])
    }

    pub fn direction(l: &Localizer, d: Direction) -> String {
        l.text(&format!("changes-direction-{}", d.as_str()))
    }

    /// "Phase 2 → 3" of an indicator.
    pub fn indicator_phase(l: &Localizer, i: &IndicatorChange) -> String {
        l.format(
            "changes-phase",
            &[
                arg("old", state(l, i.in_older, i.old_current)),
                arg("new", state(l, i.in_newer, i.new_current)),
            ],
        )
    }

    /// "Target 3 → 4" of an indicator.
    pub fn indicator_target(l: &Localizer, i: &IndicatorChange) -> String {
        l.format(
            "changes-target",
            &[
                arg("old", target(l, i.in_older, i.old_target)),
                arg("new", target(l, i.in_newer, i.new_target)),
            ],
        )
    }

    /// "Phase 2 → 3" of a block or the overall score.
    pub fn score_phase(l: &Localizer, s: &ScoreChange) -> String {
        l.format(
            "changes-phase",
            &[
                arg("old", phase(l, s.old_phase)),
                arg("new", phase(l, s.new_phase)),
            ],
        )
    }

    /// "Target 3 → 4" of a block or the overall score.
    pub fn score_target(l: &Localizer, s: &ScoreChange) -> String {
        l.format(
            "changes-target",
            &[
                arg("old", phase(l, s.old_target)),
                arg("new", phase(l, s.new_target)),
            ],
        )
    }

    /// "2.00 → 3.00" of a block or the overall score.
    pub fn score_mean(l: &Localizer, s: &ScoreChange) -> String {
        arrow(l, mean(l, s.old_mean), mean(l, s.new_mean))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Response;

    fn sample() -> AssessmentData {
        let mut data = crate::exchange::sample().expect("sample");
        for r in &mut data.responses {
            *r = Response::empty(&r.indicator);
        }
        data
    }

    fn set(data: &mut AssessmentData, code: &str, current: Option<Current>, target: Option<u8>) {
        let r = data
            .responses
            .iter_mut()
            .find(|r| r.indicator == code)
            .expect("indicator");
        r.current = current;
        r.target = target;
    }

    fn fw(data: &AssessmentData) -> &'static Framework {
        crate::framework::find(
            &data.assessment.framework.id,
            &data.assessment.framework.version,
        )
        .expect("framework")
    }

    fn ind<'a>(c: &'a Changes, code: &str) -> &'a IndicatorChange {
        c.blocks
            .iter()
            .flat_map(|b| &b.indicators)
            .find(|i| i.code == code)
            .expect("indicator")
    }

    #[test]
    fn directions() {
        use Current::{NotApplicable as Na, Phase};
        assert_eq!(Direction::of(Some(Phase(2)), Some(Phase(3))), Direction::Up);
        assert_eq!(
            Direction::of(Some(Phase(4)), Some(Phase(1))),
            Direction::Down
        );
        assert_eq!(
            Direction::of(Some(Phase(3)), Some(Phase(3))),
            Direction::Same
        );
        assert_eq!(Direction::of(Some(Na), Some(Na)), Direction::Same);
        assert_eq!(Direction::of(None, None), Direction::Same);
        assert_eq!(Direction::of(Some(Na), Some(Phase(2))), Direction::Changed);
        assert_eq!(Direction::of(Some(Phase(2)), Some(Na)), Direction::Changed);
        assert_eq!(Direction::of(None, Some(Phase(2))), Direction::New);
        assert_eq!(Direction::of(None, Some(Na)), Direction::New);
        assert_eq!(Direction::of(Some(Phase(5)), None), Direction::Removed);
        assert_eq!(Direction::of_scores(None, Some(1)), Direction::New);
        assert_eq!(Direction::of_scores(Some(1), None), Direction::Removed);
        assert_eq!(Direction::of_scores(None, None), Direction::Same);
    }

    /// Block 1 of the GDHM has scored indicators 1, 2 and 3 (hand-worked below).
    #[test]
    fn indicators_blocks_and_overall_by_hand() {
        let mut old = sample();
        let mut new = sample();
        let f = fw(&old);
        let block = &f.blocks.first().expect("block").id;
        let codes: Vec<String> = f
            .indicators_of(block)
            .filter(|i| i.is_scored())
            .map(|i| i.code.clone())
            .collect();
        let [a, b, c] = [&codes[0], &codes[1], &codes[2]];
        // Old round: 2, 2, not applicable → mean 2.0, phase 2.
        set(&mut old, a, Some(Current::Phase(2)), Some(3));
        set(&mut old, b, Some(Current::Phase(2)), None);
        set(&mut old, c, Some(Current::NotApplicable), None);
        // New round: 3, 2, 4 → mean 3.0, phase 3.
        set(&mut new, a, Some(Current::Phase(3)), Some(4));
        set(&mut new, b, Some(Current::Phase(2)), None);
        set(&mut new, c, Some(Current::Phase(4)), None);
        new.responses
            .iter_mut()
            .find(|r| &r.indicator == a)
            .expect("a")
            .change_note = "  A national policy was adopted in 2026. ".into();
        let other = &codes.get(3).cloned();

        let ch = of_rounds(f, &old, &new);
        let bc = ch.blocks.iter().find(|x| &x.id == block).expect("block");
        assert_eq!(bc.score.old_mean, Some(2.0));
        assert_eq!(bc.score.new_mean, Some(3.0));
        assert_eq!((bc.score.old_phase, bc.score.new_phase), (Some(2), Some(3)));
        assert_eq!(bc.score.direction, Direction::Up);

        let ia = ind(&ch, a);
        assert_eq!(ia.old_current, Some(Current::Phase(2)));
        assert_eq!(ia.new_current, Some(Current::Phase(3)));
        assert_eq!((ia.old_target, ia.new_target), (Some(3), Some(4)));
        assert_eq!(ia.direction, Direction::Up);
        assert_eq!(ia.note, "A national policy was adopted in 2026.");
        assert!(ia.changed() && ia.target_changed());

        let ib = ind(&ch, b);
        assert_eq!(ib.direction, Direction::Same);
        assert!(!ib.changed());
        assert_eq!(ib.note, "");

        let ic = ind(&ch, c);
        assert_eq!(ic.old_current, Some(Current::NotApplicable));
        assert_eq!(ic.direction, Direction::Changed);
        assert!(ic.changed());

        // Unanswered in both rounds: the same, not a change.
        if let Some(d) = other {
            assert_eq!(ind(&ch, d).direction, Direction::Same);
        }
        // Every other block has no score in either round.
        for other in ch.blocks.iter().filter(|x| &x.id != block) {
            assert_eq!(other.score.direction, Direction::Same);
            assert_eq!(other.score.old_mean, None);
        }
        // Overall: the mean of the block means that exist, 2.0 then 3.0.
        assert_eq!(ch.overall.old_mean, Some(2.0));
        assert_eq!(ch.overall.new_mean, Some(3.0));
        assert_eq!(
            (ch.overall.old_phase, ch.overall.new_phase),
            (Some(2), Some(3))
        );
        assert_eq!(ch.changed(), 2);
        assert_eq!(bc.changed(), 2);
    }

    /// Means rounded half to even before the phase: 2.05 → 2.0 → phase 2 (scoring's rule),
    /// and 2.25 → 2.2 → phase 3; the changes carry scoring's numbers, not their own.
    #[test]
    fn block_phases_are_scoring_s() {
        let f = fw(&sample());
        let old = scoring::score(f, &BTreeMap::new());
        let mut new = sample();
        let block = &f.blocks.first().expect("block").id;
        let codes: Vec<String> = f
            .indicators_of(block)
            .filter(|i| i.is_scored())
            .map(|i| i.code.clone())
            .collect();
        // 1 + 2 + 4 = 7 over 3 = 2.333… → 2.3 → phase 3.
        set(&mut new, &codes[0], Some(Current::Phase(1)), None);
        set(&mut new, &codes[1], Some(Current::Phase(2)), None);
        set(&mut new, &codes[2], Some(Current::Phase(4)), None);
        let ch = since(&old, f, &new);
        let bc = ch.blocks.iter().find(|x| &x.id == block).expect("block");
        assert_eq!(bc.score.old_mean, None);
        assert_eq!(bc.score.new_phase, Some(3));
        assert_eq!(bc.score.direction, Direction::New);
        assert!((bc.score.new_mean.expect("mean") - 7.0 / 3.0).abs() < 1e-12);
        assert_eq!(ind(&ch, &codes[0]).direction, Direction::New);
        assert_eq!(ch.changed(), 3);
    }

    /// An indicator or block only one framework version has is new or removed.
    #[test]
    fn indicators_of_only_one_round_s_framework() {
        let f = fw(&sample());
        let mut old = sample();
        let block = f.blocks.first().expect("block").id.clone();
        let code = f
            .indicators_of(&block)
            .next()
            .expect("indicator")
            .code
            .clone();
        set(&mut old, &code, Some(Current::Phase(3)), Some(4));
        let old_scores = scoring::score(f, &old.score_inputs());
        let mut new_scores = old_scores.clone();
        // The newer version dropped the indicator and the last block.
        for b in &mut new_scores.blocks {
            b.indicators.retain(|i| i.code != code);
        }
        let dropped = new_scores.blocks.pop().expect("block").id;
        let ch = between(&old_scores, &new_scores, &BTreeMap::new());
        let i = ind(&ch, &code);
        assert!(i.in_older && !i.in_newer);
        assert_eq!(i.direction, Direction::Removed);
        assert_eq!(i.old_target, Some(4));
        assert_eq!(i.new_target, None);
        let last = ch.blocks.last().expect("block");
        assert_eq!(last.id, dropped);
        assert_eq!(ch.blocks.len(), f.blocks.len());
        // And the other way round: new.
        let back = between(&new_scores, &old_scores, &BTreeMap::new());
        let i = ind(&back, &code);
        assert!(!i.in_older && i.in_newer);
        assert_eq!(i.direction, Direction::New);
        assert_eq!(back.blocks.len(), f.blocks.len());
    }
}
