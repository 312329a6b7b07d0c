//! The executive summary: the overall result and how its phase follows from the mean, the
//! strongest and weakest building blocks (every tied block named), the largest gaps, the
//! first priorities of the roadmap and the data gaps. Every number comes from `scoring`.
//! The team's own texts go in their places: the context of the assessment first, the key
//! findings after the strongest and weakest blocks, the recommendations after the first
//! priorities; [`narrative`] prints a block's in its section too.

use crate::framework::{Framework, IndicatorText};
use crate::i18n::{arg, num, Localizer};
use crate::model::{AssessmentData, NaReason, NarrativeKind, RoadmapStatus, OVERALL};
use crate::roadmap::item_text;
use crate::scoring::{self, BlockResult, Current, ExclusionReason, Scores};

use super::build::{agreement, list_item};
use super::page::{INK, MUTED};
use super::sink::Sink;

/// Decimals of every mean the summary prints.
const PLACES: usize = 2;

/// How many building blocks the list of largest gaps names (more when tied at the last).
const GAPS_SHOWN: usize = 3;

/// The building blocks with the highest and with the lowest mean, every tied block named
/// (in the framework's order). Blocks tie when their means print the same with `places`
/// decimals, so that no block the reader sees at the same mean is left out.
#[derive(Debug, PartialEq)]
pub(super) struct Extremes<'a> {
    pub strongest: Vec<&'a BlockResult>,
    pub weakest: Vec<&'a BlockResult>,
    /// Every scored block has the same mean: no block is stronger or weaker.
    pub all_equal: bool,
}

/// The mean as printed with `places` decimals, as a number that compares equal for equal
/// printed values.
fn printed(mean: f64, places: usize) -> f64 {
    format!("{mean:.places$}").parse().unwrap_or(mean)
}

/// `None` when no block has a score.
pub(super) fn extremes(blocks: &[BlockResult], places: usize) -> Option<Extremes<'_>> {
    let scored: Vec<(&BlockResult, f64)> = blocks
        .iter()
        .filter_map(|b| b.mean.map(|m| (b, printed(m, places))))
        .collect();
    let high = scored.iter().map(|(_, m)| *m).reduce(f64::max)?;
    let low = scored.iter().map(|(_, m)| *m).reduce(f64::min)?;
    let with = |v: f64| -> Vec<&BlockResult> {
        scored
            .iter()
            .filter(|(_, m)| *m == v)
            .map(|(b, _)| *b)
            .collect()
    };
    Some(Extremes {
        strongest: with(high),
        weakest: with(low),
        all_equal: high == low,
    })
}

/// The blocks with the largest positive gap (mean target minus mean current), largest
/// first: every block tied at the largest gap, then each next group of tied blocks as long
/// as the list stays within `shown` (a tie is never cut).
pub(super) fn largest_gaps(
    blocks: &[BlockResult],
    shown: usize,
    places: usize,
) -> Vec<&BlockResult> {
    let mut gaps: Vec<(&BlockResult, f64)> = blocks
        .iter()
        .filter_map(|b| b.gap.map(|g| (b, printed(g, places))))
        .filter(|(_, g)| *g > 0.0)
        .collect();
    // Stable: tied blocks stay in the framework's order.
    gaps.sort_by(|a, b| b.1.total_cmp(&a.1));
    let mut out: Vec<&BlockResult> = Vec::new();
    let mut rest = gaps.as_slice();
    while let Some((_, g)) = rest.first() {
        let n = rest.iter().take_while(|(_, x)| x == g).count();
        if !out.is_empty() && out.len() + n > shown {
            break;
        }
        out.extend(rest.iter().take(n).map(|(b, _)| *b));
        rest = rest.get(n..).unwrap_or_default();
    }
    out
}

pub(super) fn summary<S: Sink>(
    w: &mut S,
    l: &Localizer,
    fw: &Framework,
    data: &AssessmentData,
    s: &Scores,
) {
    w.heading(&l.text("report-summary"), 1);
    narrative(w, l, data, OVERALL, NarrativeKind::Context);
    let na = l.text("not-available");
    let mean = |m: Option<f64>| {
        m.map(|m| l.decimal(m, PLACES))
            .unwrap_or_else(|| na.clone())
    };
    let phase = |p: Option<u8>| p.map(|p| p.to_string()).unwrap_or_else(|| na.clone());
    w.paragraph(
        &l.format(
            "report-summary-overall",
            &[
                arg("phase", phase(s.overall.phase)),
                arg("mean", mean(s.overall.mean)),
                arg("target", phase(s.overall.target_phase)),
            ],
        ),
        11.0,
        false,
        INK,
    );
    if let (Some(m), Some(p)) = (s.overall.mean, s.overall.phase) {
        w.paragraph(&phase_rule(l, m, p), 10.0, false, MUTED);
    }
    w.space(4.0);
    strongest_and_weakest(w, l, fw, s);
    agreement(w, l, fw, data);
    narrative(w, l, data, OVERALL, NarrativeKind::Findings);

    w.space(6.0);
    w.heading(&l.text("report-summary-gaps"), 3);
    let gaps = largest_gaps(&s.blocks, GAPS_SHOWN, PLACES);
    if gaps.is_empty() {
        w.paragraph(&l.text("report-summary-gaps-none"), 10.0, false, MUTED);
    }
    for b in gaps {
        let item = l.format(
            "report-summary-gap",
            &[
                arg("block", l.text(&fw.block_key(&b.id))),
                arg("gap", mean(b.gap)),
                arg("current", mean(b.mean)),
                arg("target", mean(b.target_mean)),
            ],
        );
        w.paragraph_in(&list_item(l, item), 10.0, false, INK, 10.0);
    }
    w.paragraph(&l.text("report-summary-gaps-meaning"), 9.0, false, MUTED);

    w.space(6.0);
    w.heading(&l.text("report-summary-priorities"), 3);
    let mut top: Vec<_> = data
        .roadmap
        .iter()
        .filter(|i| i.status != RoadmapStatus::Dropped)
        .collect();
    top.sort_by_key(|i| (i.priority, i.position));
    if top.is_empty() {
        w.paragraph(&l.text("report-roadmap-none"), 10.0, false, MUTED);
    }
    for item in top.into_iter().take(5) {
        let (text, _) = item_text(fw, item, l);
        let priority = if item.is_cross_cutting() {
            l.format(
                "report-summary-priority-cross-cutting",
                &[arg("action", text)],
            )
        } else {
            l.format(
                "report-summary-priority",
                &[arg("action", text), arg("indicator", &item.indicator)],
            )
        };
        w.paragraph_in(&list_item(l, priority), 10.0, false, INK, 10.0);
    }
    narrative(w, l, data, OVERALL, NarrativeKind::Recommendations);

    w.space(6.0);
    w.heading(&l.text("report-summary-data-gaps"), 3);
    data_gaps(w, l, fw, data, s);
}

/// A narrative text of the team under its heading (each of its lines a paragraph); nothing
/// when the team wrote none.
pub(super) fn narrative<S: Sink>(
    w: &mut S,
    l: &Localizer,
    data: &AssessmentData,
    scope: &str,
    kind: NarrativeKind,
) {
    let Some(text) = data.narrative(scope, kind) else {
        return;
    };
    w.space(6.0);
    w.heading(&l.text(&format!("report-narrative-{}", kind.as_str())), 3);
    for line in text.lines().map(str::trim).filter(|t| !t.is_empty()) {
        w.paragraph(line, 10.0, false, INK);
    }
}

/// One sentence: how the overall phase follows from the overall mean, with its numbers.
fn phase_rule(l: &Localizer, mean: f64, phase: u8) -> String {
    let rounded = scoring::round_one_decimal(mean);
    let kind = if rounded.fract() == 0.0 {
        "whole"
    } else {
        "up"
    };
    l.format(
        "report-summary-phase-rule",
        &[
            arg("mean", l.decimal(mean, PLACES)),
            arg("rounded", l.decimal(rounded, 1)),
            arg("phase", phase),
            arg("kind", kind),
        ],
    )
}

fn strongest_and_weakest<S: Sink>(w: &mut S, l: &Localizer, fw: &Framework, s: &Scores) {
    let Some(ex) = extremes(&s.blocks, PLACES) else {
        return;
    };
    let names = |blocks: &[&BlockResult]| -> String {
        let names: Vec<String> = blocks
            .iter()
            .map(|b| l.text(&fw.block_key(&b.id)))
            .collect();
        l.list(&names)
    };
    let mean_of = |blocks: &[&BlockResult]| {
        blocks
            .first()
            .and_then(|b| b.mean)
            .map(|m| l.decimal(m, PLACES))
            .unwrap_or_default()
    };
    if ex.all_equal {
        w.paragraph(
            &l.format(
                "report-summary-all-equal",
                &[arg("mean", mean_of(&ex.strongest))],
            ),
            11.0,
            false,
            INK,
        );
        return;
    }
    for (key, blocks) in [
        ("report-summary-strongest-blocks", &ex.strongest),
        ("report-summary-weakest-blocks", &ex.weakest),
    ] {
        w.paragraph(
            &l.format(
                key,
                &[
                    num("count", blocks.len() as f64),
                    arg("blocks", names(blocks)),
                    arg("mean", mean_of(blocks)),
                ],
            ),
            11.0,
            false,
            INK,
        );
    }
}

/// The message saying which NA an indicator's answer means: not applicable, not available
/// (data missing), or not said (an answer saved before the team could say, or left unsaid).
pub(super) fn na_reason_key(data: &AssessmentData, code: &str) -> &'static str {
    let reason = data
        .responses
        .iter()
        .find(|r| r.indicator == code)
        .and_then(|r| r.na_reason);
    match reason {
        Some(NaReason::NotApplicable) => "na-reason-not-applicable",
        Some(NaReason::NotAvailable) => "na-reason-not-available",
        None => "na-reason-not-said",
    }
}

/// What leaving a block's NA indicators out does to its mean.
#[derive(Debug, PartialEq)]
pub(super) struct NaEffect {
    pub block: String,
    /// The block's scored indicators answered NA.
    pub codes: Vec<String>,
    /// The block's mean as scored, without them (`None`: no other indicator has a phase).
    pub without: Option<f64>,
    /// The mean with each of them counted at the lowest phase, 1.
    pub at_lowest: Option<f64>,
}

/// For each block with an NA among its scored indicators, its mean without them (as
/// scored) and with each counted at the lowest phase, 1. Both come from `scoring`: the
/// second scores a copy of the answers with those indicators at phase 1.
pub(super) fn na_effects(fw: &Framework, data: &AssessmentData, s: &Scores) -> Vec<NaEffect> {
    let inputs = data.score_inputs();
    s.blocks
        .iter()
        .filter_map(|b| {
            let codes: Vec<String> = b
                .excluded
                .iter()
                .filter(|e| e.reason == ExclusionReason::NotApplicable)
                .map(|e| e.code.clone())
                .collect();
            if codes.is_empty() {
                return None;
            }
            let mut lowest = inputs.clone();
            for code in &codes {
                let input = lowest.entry(code.clone()).or_default();
                input.current = Some(Current::Phase(1));
            }
            let with = scoring::score(fw, &lowest)
                .block(&b.id)
                .and_then(|x| x.mean);
            Some(NaEffect {
                block: b.id.clone(),
                codes,
                without: b.mean,
                at_lowest: with,
            })
        })
        .collect()
}

/// Every indicator without a phase (which NA it is, or not answered), named with the
/// reason, in the framework's order; then, for each block with an NA, what leaving it out
/// does to the block's mean.
fn data_gaps<S: Sink>(w: &mut S, l: &Localizer, fw: &Framework, data: &AssessmentData, s: &Scores) {
    let gaps: Vec<String> = s
        .blocks
        .iter()
        .flat_map(|b| &b.indicators)
        .filter_map(|i| {
            let reason = match i.current {
                None => "exclusion-not-answered",
                Some(Current::NotApplicable) => na_reason_key(data, &i.code),
                Some(Current::Phase(_)) => return None,
            };
            Some(l.format(
                "report-summary-data-gap",
                &[
                    arg("code", &i.code),
                    arg("title", l.text(&fw.key(&i.code, IndicatorText::Title))),
                    arg("reason", l.text(reason)),
                ],
            ))
        })
        .collect();
    if gaps.is_empty() {
        w.paragraph(&l.text("report-summary-data-gaps-none"), 10.0, false, MUTED);
        return;
    }
    w.paragraph(
        &l.format(
            "report-summary-data-gaps-intro",
            &[num("count", gaps.len() as f64)],
        ),
        10.0,
        false,
        INK,
    );
    for g in gaps {
        w.paragraph_in(&list_item(l, g), 10.0, false, INK, 10.0);
    }
    let effects = na_effect_sentences(l, fw, data, s);
    if !effects.is_empty() {
        w.space(4.0);
        w.paragraph(&l.text("report-na-effect-intro"), 10.0, false, INK);
        for e in effects {
            w.paragraph_in(&list_item(l, e), 10.0, false, INK, 10.0);
        }
    }
}

/// [`na_effects`] in words, one sentence per block.
pub(super) fn na_effect_sentences(
    l: &Localizer,
    fw: &Framework,
    data: &AssessmentData,
    s: &Scores,
) -> Vec<String> {
    na_effects(fw, data, s)
        .into_iter()
        .filter_map(|e| {
            let with = e.at_lowest?;
            let key = if e.without.is_some() {
                "report-na-effect"
            } else {
                "report-na-effect-unscored"
            };
            Some(l.format(
                key,
                &[
                    arg("block", l.text(&fw.block_key(&e.block))),
                    num("count", e.codes.len() as f64),
                    arg("codes", l.list(&e.codes)),
                    arg(
                        "without",
                        e.without.map(|m| l.decimal(m, PLACES)).unwrap_or_default(),
                    ),
                    arg("with", l.decimal(with, PLACES)),
                ],
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(id: &str, mean: Option<f64>, target: Option<f64>) -> BlockResult {
        BlockResult {
            id: id.to_string(),
            mean,
            phase: mean.map(scoring::phase_of),
            target_mean: target,
            target_phase: target.map(scoring::phase_of),
            gap: mean.zip(target).map(|(c, t)| t - c),
            scored: Vec::new(),
            excluded: Vec::new(),
            indicators: Vec::new(),
        }
    }

    fn ids(blocks: &[&BlockResult]) -> Vec<String> {
        blocks.iter().map(|b| b.id.clone()).collect()
    }

    #[test]
    fn every_tied_block_is_named_strongest_or_weakest() {
        // The sample's means: three blocks at 2.00, two at 2.50.
        let blocks = [
            block("leadership", Some(2.0), None),
            block("strategy", Some(2.5), None),
            block("legislation", Some(7.0 / 3.0), None),
            block("workforce", Some(8.0 / 4.0), None),
            block("standards", Some(5.0 / 2.0), None),
            block("infrastructure", Some(4.0 / 2.0), None),
            block("services", Some(11.0 / 5.0), None),
            block("unscored", None, None),
        ];
        let ex = extremes(&blocks, 2).expect("scored blocks");
        assert_eq!(ids(&ex.strongest), ["strategy", "standards"]);
        assert_eq!(
            ids(&ex.weakest),
            ["leadership", "workforce", "infrastructure"]
        );
        assert!(!ex.all_equal);
    }

    #[test]
    fn blocks_tie_when_their_printed_means_are_equal() {
        // 30/13 = 2.3077 and 37/16 = 2.3125 both print 2.31: the reader sees a tie.
        let blocks = [
            block("a", Some(30.0 / 13.0), None),
            block("b", Some(37.0 / 16.0), None),
            block("c", Some(3.0), None),
        ];
        let ex = extremes(&blocks, 2).expect("scored");
        assert_eq!(ids(&ex.weakest), ["a", "b"]);
        assert_eq!(ids(&ex.strongest), ["c"]);
    }

    #[test]
    fn one_block_or_equal_blocks_are_all_equal_and_none_is_nothing() {
        let one = [block("a", Some(2.0), None), block("b", None, None)];
        let ex = extremes(&one, 2).expect("scored");
        assert!(ex.all_equal);
        assert_eq!(ids(&ex.strongest), ["a"]);
        let none = [block("a", None, None)];
        assert_eq!(extremes(&none, 2), None);
    }

    #[test]
    fn largest_gaps_come_first_and_no_tie_is_cut() {
        let blocks = [
            block("a", Some(2.0), Some(3.0)),
            block("b", Some(2.0), Some(2.5)),
            block("c", Some(1.0), Some(3.0)),
            block("d", Some(2.0), Some(2.5)),
            block("e", Some(3.0), Some(3.0)),
            block("f", Some(2.0), Some(2.5)),
        ];
        // c (2.0) and a (1.0) fit in three; the three tied at 0.5 would make five.
        assert_eq!(ids(&largest_gaps(&blocks, 3, 2)), ["c", "a"]);
        assert_eq!(ids(&largest_gaps(&blocks, 5, 2)), ["c", "a", "b", "d", "f"]);
        assert_eq!(ids(&largest_gaps(&blocks, 1, 2)), ["c"]);
        // The sample: two blocks at 1.25, five at 1.00: the two are named.
        let sample = [
            block("leadership", Some(2.0), Some(3.25)),
            block("strategy", Some(2.5), Some(3.5)),
            block("workforce", Some(2.0), Some(3.25)),
            block("infrastructure", Some(2.0), Some(3.0)),
        ];
        assert_eq!(
            ids(&largest_gaps(&sample, 3, 2)),
            ["leadership", "workforce"]
        );
        // The largest group is named whole even when larger than `shown`.
        let level = [sample[1].clone(), sample[3].clone()];
        assert_eq!(
            ids(&largest_gaps(&level, 1, 2)),
            ["strategy", "infrastructure"]
        );
        let flat = [block("e", Some(3.0), Some(3.0))];
        assert!(largest_gaps(&flat, 3, 2).is_empty());
    }

    /// Issue 13: the sample's indicator 10 is NA: what leaving it out does, in words, with
    /// the numbers `scoring` gives (Legislation 2.33 without it, 2.00 with it at phase 1),
    /// and which NA it is.
    #[test]
    fn the_sample_says_what_leaving_its_na_out_does() {
        use crate::i18n::Lang;
        let data = crate::exchange::sample().expect("sample");
        let fw = crate::framework::find(
            &data.assessment.framework.id,
            &data.assessment.framework.version,
        )
        .expect("framework");
        let s = scoring::score(fw, &data.score_inputs());
        let effects = na_effects(fw, &data, &s);
        assert_eq!(effects.len(), 1, "{effects:?}");
        let e = &effects[0];
        assert_eq!(e.codes, ["10"]);
        assert_eq!(
            e.without.map(|m| format!("{m:.2}")).as_deref(),
            Some("2.33")
        );
        assert_eq!(
            e.at_lowest.map(|m| format!("{m:.2}")).as_deref(),
            Some("2.00")
        );
        let l = Localizer::new(Lang::En, false);
        let block = l.text(&fw.block_key(&e.block));
        assert_eq!(
            na_effect_sentences(&l, fw, &data, &s),
            [format!(
                "{block} is 2.33 without indicator 10; counted at the lowest phase (phase 1), it would be 2.00."
            )]
        );
        let fr = Localizer::new(Lang::Fr, false);
        assert!(na_effect_sentences(&fr, fw, &data, &s)[0].contains("2,33"));
        // Which NA: said in the sample (data missing for 10); not said when cleared.
        assert_eq!(na_reason_key(&data, "10"), "na-reason-not-available");
        let mut unsaid = data.clone();
        for r in &mut unsaid.responses {
            if r.indicator == "10" {
                r.na_reason = None;
            }
        }
        assert_eq!(na_reason_key(&unsaid, "10"), "na-reason-not-said");
        assert_eq!(
            l.text("na-reason-not-available"),
            "not available – data missing"
        );
    }
}
