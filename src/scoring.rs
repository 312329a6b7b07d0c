//! GDHM-compatible scoring. Pure functions: no IO, no clock, no locale.
//!
//! - Indicator value: phase 1 to 5, or not applicable / not available (excluded).
//! - Building-block score: arithmetic mean of the block's *scored* indicators that have a
//!   phase. Sub-indicators never count. A block with no such indicator has no score.
//! - Overall score: unweighted mean of the block scores that exist.
//! - Score to phase: round the mean to one decimal (half to even, on the exact binary value
//!   of the double, as the GDHM does), then take the ceiling, minimum 1.
//!
//! Targets follow the same rule over target phases; an indicator with a current phase and no
//! target counts with its current phase as target (no change planned).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::framework::Framework;

/// The current state of one indicator as the team recorded it. In JSON: a phase number, or
/// the string `"NA"` for not applicable / not available.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Current {
    Phase(u8),
    NotApplicable,
}

impl Serialize for Current {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Current::Phase(p) => s.serialize_u8(*p),
            Current::NotApplicable => s.serialize_str("NA"),
        }
    }
}

impl<'de> Deserialize<'de> for Current {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Repr {
            Phase(u8),
            Text(String),
        }
        match Repr::deserialize(d)? {
            Repr::Phase(p) => Ok(Current::Phase(p)),
            Repr::Text(t) if t == "NA" => Ok(Current::NotApplicable),
            Repr::Text(t) => Err(serde::de::Error::custom(format!(
                "expected a phase number or \"NA\", found \"{t}\""
            ))),
        }
    }
}

/// What the scoring needs of one answer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScoreInput {
    pub current: Option<Current>,
    pub target: Option<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExclusionReason {
    NotApplicable,
    NotAnswered,
    SubIndicator,
}

impl ExclusionReason {
    pub fn as_str(self) -> &'static str {
        match self {
            ExclusionReason::NotApplicable => "not-applicable",
            ExclusionReason::NotAnswered => "not-answered",
            ExclusionReason::SubIndicator => "sub-indicator",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exclusion {
    pub code: String,
    pub reason: ExclusionReason,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorResult {
    pub code: String,
    pub scored: bool,
    pub current: Option<Current>,
    pub target: Option<u8>,
    /// Target minus current, when both are phases.
    pub gap: Option<i8>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BlockResult {
    pub id: String,
    /// Raw mean of the scored indicators with a phase; `None` when there are none.
    pub mean: Option<f64>,
    pub phase: Option<u8>,
    pub target_mean: Option<f64>,
    pub target_phase: Option<u8>,
    /// `target_mean - mean`.
    pub gap: Option<f64>,
    /// Codes that count in the mean.
    pub scored: Vec<String>,
    /// Codes that do not, with the reason.
    pub excluded: Vec<Exclusion>,
    pub indicators: Vec<IndicatorResult>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Overall {
    pub mean: Option<f64>,
    pub phase: Option<u8>,
    pub target_mean: Option<f64>,
    pub target_phase: Option<u8>,
    pub gap: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scores {
    pub blocks: Vec<BlockResult>,
    pub overall: Overall,
    /// Answered indicators (a phase or not applicable) over all indicators.
    pub answered: usize,
    pub total: usize,
}

impl Scores {
    pub fn block(&self, id: &str) -> Option<&BlockResult> {
        self.blocks.iter().find(|b| b.id == id)
    }
}

/// Tenths of `x` rounded half to even on its exact binary value (`x` finite, `x >= 0`).
///
/// A double is `m * 2^e` exactly; `10 * m * 2^e` is split into quotient and remainder by
/// integer arithmetic, so nothing is lost to a second rounding (2.05 is 2.0499… and gives 20).
fn round_tenths_half_even(x: f64) -> u64 {
    if x <= 0.0 || !x.is_finite() {
        return 0;
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mantissa, exp) = if exp_bits == 0 {
        (frac, -1074i64)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    let scaled = u128::from(mantissa) * 10;
    if exp >= 0 {
        // Means are at most 5; anything this large saturates harmlessly.
        return u64::try_from(scaled << exp.min(64)).unwrap_or(u64::MAX);
    }
    let shift = (-exp) as u32;
    if shift >= 128 {
        return 0;
    }
    let q = scaled >> shift;
    let r = scaled - (q << shift);
    let half = 1u128 << (shift - 1);
    let q = if r > half || (r == half && q % 2 == 1) {
        q + 1
    } else {
        q
    };
    u64::try_from(q).unwrap_or(u64::MAX)
}

/// The mean rounded to one decimal as the GDHM shows it (e.g. 2.05 → 2.0).
pub fn round_one_decimal(mean: f64) -> f64 {
    round_tenths_half_even(mean) as f64 / 10.0
}

/// Score to phase: round to one decimal (half to even on the exact value), ceiling, minimum 1.
pub fn phase_of(mean: f64) -> u8 {
    let tenths = round_tenths_half_even(mean);
    let phase = tenths.div_ceil(10).max(1);
    u8::try_from(phase).unwrap_or(u8::MAX)
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// Scores an assessment. `answers` maps indicator codes to inputs; codes the framework does
/// not have are ignored (the importers refuse them before this point).
pub fn score(framework: &Framework, answers: &BTreeMap<String, ScoreInput>) -> Scores {
    let mut blocks = Vec::new();
    let mut answered = 0;
    for block in &framework.blocks {
        let mut scored = Vec::new();
        let mut excluded = Vec::new();
        let mut currents = Vec::new();
        let mut targets = Vec::new();
        let mut indicators = Vec::new();
        for ind in framework.indicators_of(&block.id) {
            let input = answers.get(&ind.code).copied().unwrap_or_default();
            if input.current.is_some() {
                answered += 1;
            }
            let current_phase = match input.current {
                Some(Current::Phase(p)) => Some(p),
                _ => None,
            };
            let gap = match (current_phase, input.target) {
                (Some(c), Some(t)) => Some(t as i8 - c as i8),
                _ => None,
            };
            indicators.push(IndicatorResult {
                code: ind.code.clone(),
                scored: ind.is_scored(),
                current: input.current,
                target: input.target,
                gap,
            });
            let reason = if !ind.is_scored() {
                Some(ExclusionReason::SubIndicator)
            } else {
                match input.current {
                    None => Some(ExclusionReason::NotAnswered),
                    Some(Current::NotApplicable) => Some(ExclusionReason::NotApplicable),
                    Some(Current::Phase(_)) => None,
                }
            };
            match (reason, current_phase) {
                (Some(reason), _) => excluded.push(Exclusion {
                    code: ind.code.clone(),
                    reason,
                }),
                (None, Some(c)) => {
                    scored.push(ind.code.clone());
                    currents.push(f64::from(c));
                    targets.push(f64::from(input.target.unwrap_or(c)));
                }
                (None, None) => {}
            }
        }
        let mean = mean(&currents);
        let target_mean = mean.and(self::mean(&targets));
        blocks.push(BlockResult {
            id: block.id.clone(),
            phase: mean.map(phase_of),
            target_phase: target_mean.map(phase_of),
            gap: mean.zip(target_mean).map(|(c, t)| t - c),
            mean,
            target_mean,
            scored,
            excluded,
            indicators,
        });
    }
    let block_means: Vec<f64> = blocks.iter().filter_map(|b| b.mean).collect();
    let block_targets: Vec<f64> = blocks.iter().filter_map(|b| b.target_mean).collect();
    let overall_mean = mean(&block_means);
    let overall_target = mean(&block_targets);
    Scores {
        overall: Overall {
            mean: overall_mean,
            phase: overall_mean.map(phase_of),
            target_mean: overall_target,
            target_phase: overall_target.map(phase_of),
            gap: overall_mean.zip(overall_target).map(|(c, t)| t - c),
        },
        blocks,
        answered,
        total: framework.indicators.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every pair of the product brief; these hold in the GDHM and must hold here.
    #[test]
    fn brief_vectors_score_to_the_gdhm_phase() {
        let vectors: [(f64, u8); 11] = [
            (0.0, 1),
            (0.1, 1),
            (1.0, 1),
            (1.01, 1),
            (1.05, 2),
            (1.1, 2),
            (1.5, 2),
            (3.5, 4),
            (2.05, 2),
            (2.25, 3),
            (7.0 / 3.0, 3),
        ];
        for (mean, phase) in vectors {
            assert_eq!(
                phase_of(mean),
                phase,
                "mean {mean:?} must give phase {phase}"
            );
        }
    }

    #[test]
    fn rounding_uses_the_exact_binary_value_half_to_even() {
        // 2.05 is 2.04999… in binary: rounds down. 1.05 is 1.0500000000000000444: rounds up.
        assert_eq!(round_tenths_half_even(2.05), 20);
        assert_eq!(round_tenths_half_even(1.05), 11);
        // 2.25 and 0.25 are exact ties: half to even.
        assert_eq!(round_tenths_half_even(2.25), 22);
        assert_eq!(round_tenths_half_even(0.25), 2);
        assert_eq!(round_tenths_half_even(0.35), 3, "0.35 is 0.34999…");
        assert_eq!(round_tenths_half_even(4.75), 48, "exact tie, 47 is odd");
        assert_eq!(round_one_decimal(7.0 / 3.0), 2.3);
        assert_eq!(round_tenths_half_even(5.0), 50);
    }

    #[test]
    fn rounding_agrees_with_exact_decimal_formatting() {
        // Rust's `{:.1}` formats the exact binary value with ties to even.
        for i in 0..=5000u32 {
            let x = f64::from(i) / 1000.0;
            let formatted: f64 = format!("{x:.1}").parse().expect("number");
            assert_eq!(round_one_decimal(x), formatted, "x = {x:?} ({:.30})", x);
        }
        for n in 1..=40u32 {
            for d in 1..=40u32 {
                let x = f64::from(n) / f64::from(d);
                let formatted: f64 = format!("{x:.1}").parse().expect("number");
                assert_eq!(round_one_decimal(x), formatted, "{n}/{d}");
            }
        }
    }

    #[test]
    fn phase_is_at_least_one_and_at_most_five_for_valid_means() {
        for i in 0..=500u32 {
            let p = phase_of(f64::from(i) / 100.0);
            assert!((1..=5).contains(&p), "phase {p} for {i}/100");
        }
    }
}
