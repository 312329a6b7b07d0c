//! Scoring on the real framework: block and overall rules of the brief.

use dhma::scoring::{score, ExclusionReason};

use super::{answers, gdhm};

#[test]
fn block_mean_uses_scored_indicators_with_a_phase_only() {
    let fw = gdhm();
    // Leadership: 1, 2, 3, 4 scored; 2a, 4a sub-indicators (phase 5 must not count).
    let s = score(
        fw,
        &answers(&[("1", 2), ("2", 3), ("3", 0), ("4", 2), ("2a", 5), ("4a", 5)]),
    );
    let b = s.block("leadership-governance").expect("block");
    assert_eq!(b.mean, Some(7.0 / 3.0));
    assert_eq!(b.phase, Some(3), "7/3 rounds to 2.3, ceiling 3");
    assert_eq!(b.scored, ["1", "2", "4"]);
    let reasons: Vec<(&str, ExclusionReason)> = b
        .excluded
        .iter()
        .map(|e| (e.code.as_str(), e.reason))
        .collect();
    assert_eq!(
        reasons,
        [
            ("2a", ExclusionReason::SubIndicator),
            ("3", ExclusionReason::NotApplicable),
            ("4a", ExclusionReason::SubIndicator),
        ]
    );
}

#[test]
fn a_block_with_every_indicator_excluded_has_no_score_not_zero() {
    let fw = gdhm();
    let s = score(fw, &answers(&[("17", 0), ("18", 0), ("1", 4)]));
    let infra = s.block("infrastructure").expect("block");
    assert_eq!(infra.mean, None);
    assert_eq!(infra.phase, None);
    // Unanswered blocks have no score either, and the overall uses only blocks that exist.
    assert_eq!(s.block("workforce").and_then(|b| b.mean), None);
    assert_eq!(s.overall.mean, Some(4.0));
    assert_eq!(s.overall.phase, Some(4));
}

#[test]
fn overall_is_the_unweighted_mean_of_block_scores() {
    let fw = gdhm();
    // Standards (2 indicators) at 5 weighs as much as leadership (4 indicators) at 1.
    let s = score(
        fw,
        &answers(&[("1", 1), ("2", 1), ("3", 1), ("4", 1), ("15", 5), ("16", 5)]),
    );
    assert_eq!(
        s.overall.mean,
        Some(3.0),
        "(1 + 5) / 2, not (4×1 + 2×5) / 6"
    );
    assert_eq!(s.overall.phase, Some(3));
}

#[test]
fn brief_vectors_hold_through_block_scores() {
    let fw = gdhm();
    // Workforce has four scored indicators: means of k/4 and the ones of the brief's list.
    type Case<'a> = (&'a [(&'a str, u8)], f64, u8);
    let cases: &[Case<'_>] = &[
        (&[("11", 1), ("12", 1), ("13", 1), ("14", 1)], 1.0, 1),
        (&[("11", 1), ("12", 1), ("13", 2), ("14", 2)], 1.5, 2),
        (&[("11", 3), ("12", 3), ("13", 4), ("14", 4)], 3.5, 4),
        (&[("11", 2), ("12", 2), ("13", 2), ("14", 3)], 2.25, 3),
        (&[("11", 2), ("12", 2), ("13", 3), ("14", 0)], 7.0 / 3.0, 3),
    ];
    for (pairs, mean, phase) in cases {
        let s = score(fw, &answers(pairs));
        let b = s.block("workforce").expect("block");
        assert_eq!(b.mean, Some(*mean), "{pairs:?}");
        assert_eq!(b.phase, Some(*phase), "{pairs:?}");
    }
}

#[test]
fn targets_and_gaps_per_indicator_and_block() {
    let fw = gdhm();
    let mut a = answers(&[("11", 2), ("12", 3), ("13", 1), ("14", 0)]);
    a.get_mut("11").expect("11").target = Some(4);
    a.get_mut("13").expect("13").target = Some(3);
    let s = score(fw, &a);
    let b = s.block("workforce").expect("block");
    let gap = |c: &str| {
        b.indicators
            .iter()
            .find(|i| i.code == c)
            .and_then(|i| i.gap)
    };
    assert_eq!(gap("11"), Some(2));
    assert_eq!(gap("12"), None, "no target given");
    assert_eq!(gap("14"), None, "not applicable");
    assert_eq!(b.mean, Some(2.0));
    // 12 has no target: it counts with its current phase (3) as target.
    assert_eq!(b.target_mean, Some((4.0 + 3.0 + 3.0) / 3.0));
    assert_eq!(b.gap, Some((4.0 + 3.0 + 3.0) / 3.0 - 2.0));
}

#[test]
fn sample_assessment_scores_every_block() {
    let fw = gdhm();
    let sample = dhma::exchange::sample().expect("sample");
    let s = score(fw, &sample.score_inputs());
    assert_eq!(s.answered, 31, "every indicator of the sample is answered");
    assert!(s.blocks.iter().all(|b| b.phase.is_some()));
    assert!(s.overall.phase.is_some());
}

/// Issue 13: saying which NA an answer means changes nothing in the GDHM-compatible score.
#[test]
fn the_na_reason_leaves_the_score_unchanged() {
    use dhma::model::NaReason;
    use dhma::scoring::Current;
    let data = dhma::exchange::sample().expect("sample");
    let fw = gdhm();
    let before = score(fw, &data.score_inputs());
    for reason in [NaReason::NotApplicable, NaReason::NotAvailable] {
        let mut said = data.clone();
        let mut n = 0;
        for r in &mut said.responses {
            if r.current == Some(Current::NotApplicable) {
                r.na_reason = Some(reason);
                n += 1;
            }
        }
        assert!(n > 0, "the sample has an NA");
        assert_eq!(score(fw, &said.score_inputs()), before, "{reason:?}");
    }
}
