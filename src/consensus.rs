//! The spread of a room's individual ratings of one indicator, and what it asks of the
//! agreed phase (the workshop of issue 11). Pure functions: no IO, no clock, no locale.
//!
//! - Not applicable ratings are counted apart and never enter minimum, median or maximum.
//! - The median of an even count is the mean of the two middle ratings, so it can be x.5.
//! - An indicator is to be **discussed** when maximum − minimum ≥ 2.
//! - The phase proposed to the room is the median rounded down.
//! - A consensus note is asked for when the agreed phase lies outside the ratings' range,
//!   or the indicator is to be discussed.
//! - Agreement over an assessment: the share of indicators with an agreed phase and at least
//!   one rating where every rating lies within one phase of the agreed phase.
//!
//! The agreed phase stays the assessment's current phase, the only value scoring uses: the
//! GDHM-compatible scores never change because ratings exist.

use serde::Serialize;

use crate::scoring::Current;

/// The distribution of the ratings of one indicator.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Spread {
    /// Ratings with a phase (not applicable ones are in `not_applicable`).
    pub count: usize,
    pub min: Option<u8>,
    pub max: Option<u8>,
    pub median: Option<f64>,
    /// How many ratings gave each phase, phases 1 to 5.
    pub counts: [usize; 5],
    pub not_applicable: usize,
    /// Maximum − minimum ≥ 2.
    pub discuss: bool,
}

/// The spread of `ratings`. A phase outside 1 to 5 (which validation refuses before it is
/// stored) is left out rather than counted.
pub fn spread(ratings: impl IntoIterator<Item = Current>) -> Spread {
    let mut counts = [0usize; 5];
    let mut not_applicable = 0;
    let mut phases: Vec<u8> = Vec::new();
    for rating in ratings {
        match rating {
            Current::NotApplicable => not_applicable += 1,
            Current::Phase(p) => {
                if let Some(n) = usize::from(p)
                    .checked_sub(1)
                    .and_then(|i| counts.get_mut(i))
                {
                    *n += 1;
                    phases.push(p);
                }
            }
        }
    }
    phases.sort_unstable();
    let min = phases.first().copied();
    let max = phases.last().copied();
    let middle = phases.len() / 2;
    let median = if phases.len() % 2 == 1 {
        phases.get(middle).map(|p| f64::from(*p))
    } else {
        match (
            middle.checked_sub(1).and_then(|i| phases.get(i)),
            phases.get(middle),
        ) {
            (Some(a), Some(b)) => Some((f64::from(*a) + f64::from(*b)) / 2.0),
            _ => None,
        }
    };
    let discuss = matches!((min, max), (Some(lo), Some(hi)) if hi.saturating_sub(lo) >= 2);
    Spread {
        count: phases.len(),
        min,
        max,
        median,
        counts,
        not_applicable,
        discuss,
    }
}

/// The phase proposed to the room: the median rounded down (3.5 → 3); `None` without a
/// rating that has a phase.
pub fn proposed(spread: &Spread) -> Option<u8> {
    // Medians are means of two phases 1..=5: the floor is a phase 1..=5.
    spread
        .median
        .map(|m| m.floor())
        .and_then(|m| (1..=5u8).find(|p| f64::from(*p) == m))
}

/// Whether the agreed phase needs a consensus note: the indicator is to be discussed, or the
/// agreed value lies outside the ratings' range (not applicable counts as outside when
/// ratings gave phases). Without ratings with a phase, no note is asked for.
pub fn needs_note(spread: &Spread, agreed: Option<Current>) -> bool {
    let (Some(lo), Some(hi)) = (spread.min, spread.max) else {
        return false;
    };
    spread.discuss
        || match agreed {
            Some(Current::Phase(p)) => p < lo || p > hi,
            Some(Current::NotApplicable) => true,
            None => false,
        }
}

/// Whether every rating with a phase lies within one phase of the agreed phase; `None` when
/// there is no agreed phase or no rating with a phase (the indicator does not count).
pub fn within_one(spread: &Spread, agreed: Option<Current>) -> Option<bool> {
    let Some(Current::Phase(p)) = agreed else {
        return None;
    };
    let (lo, hi) = (spread.min?, spread.max?);
    Some(p.abs_diff(lo) <= 1 && p.abs_diff(hi) <= 1)
}

/// The agreement figure of an assessment: the share (0 to 1) of the given indicators (the
/// caller passes the scored ones) where every rating lies within one phase of the agreed
/// phase, among those with an agreed phase and ratings; `None` when there is none.
pub fn agreement<'a>(
    indicators: impl IntoIterator<Item = (&'a Spread, Option<Current>)>,
) -> Option<f64> {
    let (mut agreed, mut counted) = (0usize, 0usize);
    for (spread, current) in indicators {
        if let Some(ok) = within_one(spread, current) {
            counted += 1;
            agreed += usize::from(ok);
        }
    }
    (counted > 0).then(|| agreed as f64 / counted as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    use Current::{NotApplicable as NA, Phase as P};

    #[test]
    fn hand_worked_spreads() {
        let s = spread([P(3), P(3), P(4), P(5)]);
        assert_eq!(
            s,
            Spread {
                count: 4,
                min: Some(3),
                max: Some(5),
                median: Some(3.5),
                counts: [0, 0, 2, 1, 1],
                not_applicable: 0,
                discuss: true,
            }
        );
        assert_eq!(proposed(&s), Some(3), "3.5 rounds down");

        let s = spread([P(2), NA, P(2), P(3), NA]);
        assert_eq!((s.count, s.not_applicable), (3, 2));
        assert_eq!((s.min, s.max, s.median), (Some(2), Some(3), Some(2.0)));
        assert!(!s.discuss, "a spread of one phase is not discussed");
        assert_eq!(proposed(&s), Some(2));

        let s = spread([P(1), P(5)]);
        assert_eq!(
            (s.median, proposed(&s), s.discuss),
            (Some(3.0), Some(3), true)
        );

        let s = spread([P(4)]);
        assert_eq!(
            (s.min, s.max, s.median, s.discuss),
            (Some(4), Some(4), Some(4.0), false)
        );

        let only_na = spread([NA, NA]);
        assert_eq!((only_na.count, only_na.not_applicable), (0, 2));
        assert_eq!(
            (only_na.min, only_na.median, proposed(&only_na)),
            (None, None, None)
        );
        assert!(!only_na.discuss);

        let none = spread([]);
        assert_eq!((none.count, none.median, none.discuss), (0, None, false));
    }

    #[test]
    fn phases_outside_one_to_five_are_left_out() {
        let s = spread([P(0), P(6), P(255), P(2)]);
        assert_eq!((s.count, s.min, s.max), (1, Some(2), Some(2)));
        assert_eq!(s.counts, [0, 1, 0, 0, 0]);
    }

    #[test]
    fn a_note_is_asked_for_outside_the_range_or_when_discussed() {
        let calm = spread([P(2), P(3), P(3)]);
        assert!(!needs_note(&calm, Some(P(3))));
        assert!(!needs_note(&calm, Some(P(2))));
        assert!(needs_note(&calm, Some(P(4))), "above the range");
        assert!(needs_note(&calm, Some(P(1))), "below the range");
        assert!(needs_note(&calm, Some(NA)), "not applicable against phases");
        assert!(!needs_note(&calm, None), "nothing agreed yet");
        let wide = spread([P(1), P(3)]);
        assert!(needs_note(&wide, Some(P(2))), "discussed");
        assert!(!needs_note(&spread([NA]), Some(P(3))), "no phase rated");
    }

    #[test]
    fn agreement_counts_indicators_rated_within_one_phase() {
        let close = spread([P(2), P(3)]);
        let far = spread([P(1), P(3)]);
        let unrated = spread([]);
        assert_eq!(within_one(&close, Some(P(3))), Some(true));
        assert_eq!(
            within_one(&close, Some(P(4))),
            Some(false),
            "2 is two phases from 4"
        );
        assert_eq!(within_one(&far, Some(P(2))), Some(true));
        assert_eq!(within_one(&far, Some(P(3))), Some(false));
        assert_eq!(within_one(&unrated, Some(P(3))), None);
        assert_eq!(within_one(&close, Some(NA)), None);
        let share = agreement([
            (&close, Some(P(3))),
            (&far, Some(P(3))),
            (&unrated, Some(P(2))),
            (&close, None),
        ]);
        assert_eq!(share, Some(0.5), "one of the two that count");
        assert_eq!(agreement([(&unrated, Some(P(1)))]), None);
    }

    fn rating() -> impl Strategy<Value = Current> {
        prop_oneof![4 => (1u8..=5).prop_map(Current::Phase), 1 => Just(Current::NotApplicable)]
    }

    proptest! {
        #[test]
        fn min_median_max_are_ordered_and_counts_add_up(ratings in prop::collection::vec(rating(), 0..60)) {
            let s = spread(ratings.iter().copied());
            prop_assert_eq!(s.counts.iter().sum::<usize>(), s.count);
            prop_assert_eq!(s.count + s.not_applicable, ratings.len());
            match (s.min, s.median, s.max) {
                (Some(lo), Some(m), Some(hi)) => {
                    prop_assert!(f64::from(lo) <= m && m <= f64::from(hi));
                    prop_assert_eq!(s.discuss, hi - lo >= 2);
                    let p = proposed(&s).unwrap_or(0);
                    prop_assert!(lo <= p && p <= hi);
                    prop_assert_eq!(m.fract() == 0.0 || m.fract() == 0.5, true);
                }
                (None, None, None) => prop_assert_eq!(s.count, 0),
                other => prop_assert!(false, "partial statistics {:?}", other),
            }
        }
    }
}
