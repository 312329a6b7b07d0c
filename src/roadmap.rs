//! The roadmap: from every gap (target above current) the framework's actions for each phase
//! step between them, as action lines of the WHO–ITU toolkit. Proposing is pure; merging a
//! new proposal into the team's roadmap never touches an item a person edited.

use std::collections::{BTreeMap, BTreeSet};

use crate::framework::{Framework, IndicatorText, TimeFrame};
use crate::i18n::Localizer;
use crate::model::{Response, RoadmapItem, RoadmapStatus};
use crate::scoring::Current;

/// Time frame of the `order`-th step (0-based) of one indicator's gap: never sooner than the
/// framework's default, and each later step no sooner than the one before it.
pub fn timeframe_for(default: TimeFrame, order: usize) -> TimeFrame {
    let by_order = match order {
        0 => TimeFrame::Short,
        1 => TimeFrame::Medium,
        _ => TimeFrame::Long,
    };
    default.max(by_order)
}

/// 1 = high, 2 = medium, 3 = low: large gaps on scored indicators first, sub-indicators last.
pub fn priority_for(scored: bool, gap: u8) -> u8 {
    match (scored, gap) {
        (false, _) => 3,
        (true, g) if g >= 2 => 1,
        (true, _) => 2,
    }
}

/// The actions the framework proposes for these answers, in framework order (block,
/// indicator, step, action). Items have no uid yet (empty) and are not edited.
pub fn propose(framework: &Framework, responses: &[Response]) -> Vec<RoadmapItem> {
    let by_code: BTreeMap<&str, &Response> = responses
        .iter()
        .map(|r| (r.indicator.as_str(), r))
        .collect();
    let mut out = Vec::new();
    for block in &framework.blocks {
        for ind in framework.indicators_of(&block.id) {
            let Some(r) = by_code.get(ind.code.as_str()) else {
                continue;
            };
            let (Some(Current::Phase(current)), Some(target)) = (r.current, r.target) else {
                continue;
            };
            if target <= current {
                continue;
            }
            for (order, step) in (current..target).enumerate() {
                for a in ind.actions_for_step(step) {
                    out.push(RoadmapItem {
                        uid: String::new(),
                        indicator: ind.code.clone(),
                        template: Some(a.id.clone()),
                        from_phase: Some(step),
                        to_phase: Some(step + 1),
                        line: a.line.clone(),
                        text: None,
                        monitoring: None,
                        timeframe: timeframe_for(a.timeframe, order),
                        responsible: a.responsible.clone(),
                        priority: priority_for(ind.is_scored(), target - current),
                        cost: a.cost,
                        status: RoadmapStatus::Proposed,
                        position: 0,
                        edited: false,
                        progress: String::new(),
                        block: None,
                        start_year: None,
                        end_year: None,
                        budget: None,
                        baseline: String::new(),
                        monitoring_target: String::new(),
                    });
                }
            }
        }
    }
    out
}

/// Merges a fresh proposal into the current roadmap:
/// - an item a person edited (or added) stays exactly as it is;
/// - an unedited item still proposed is refreshed in place (same uid and position);
/// - an unedited item no longer proposed (the gap closed) goes;
/// - a newly proposed action is added at the end.
///
/// `new_uid` names new items (given the proposed item, with its template). Positions are renumbered from 0 in the resulting order.
pub fn merge(
    current: &[RoadmapItem],
    proposal: Vec<RoadmapItem>,
    mut new_uid: impl FnMut(&RoadmapItem) -> String,
) -> Vec<RoadmapItem> {
    let proposed: BTreeMap<String, RoadmapItem> = proposal
        .iter()
        .filter_map(|p| Some((p.template.clone()?, p.clone())))
        .collect();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut out: Vec<RoadmapItem> = Vec::new();
    let mut existing: Vec<&RoadmapItem> = current.iter().collect();
    existing.sort_by_key(|i| i.position);
    for item in existing {
        if let Some(t) = &item.template {
            seen.insert(t.clone());
        }
        if item.edited {
            out.push(item.clone());
            continue;
        }
        if let Some(p) = item.template.as_ref().and_then(|t| proposed.get(t)) {
            out.push(RoadmapItem {
                uid: item.uid.clone(),
                position: item.position,
                ..p.clone()
            });
        }
    }
    for p in proposal {
        let Some(t) = &p.template else { continue };
        if seen.contains(t) {
            continue;
        }
        seen.insert(t.clone());
        out.push(RoadmapItem {
            uid: new_uid(&p),
            ..p
        });
    }
    for (i, item) in out.iter_mut().enumerate() {
        item.position = i as i64;
    }
    out
}

/// The identifier of the item a regeneration makes from a framework action: the same on
/// every copy of an assessment (so that two laptops regenerating the roadmap make the same
/// items, which merge as one), and different in every other assessment.
pub fn proposed_uid(assessment_uid: &str, item: &RoadmapItem) -> String {
    use sha2::{Digest, Sha256};
    let template = item.template.as_deref().unwrap_or_default();
    let digest = Sha256::digest(format!("{assessment_uid}\u{1f}{template}").as_bytes());
    let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
    let part = |a: usize, b: usize| hex.chars().skip(a).take(b - a).collect::<String>();
    [
        part(0, 8),
        part(8, 12),
        part(12, 16),
        part(16, 20),
        part(20, 32),
    ]
    .join("-")
}

/// Items grouped as the toolkit's action plan reads: by building block, then action line,
/// in framework order; each group in the team's order (position). Empty groups are left out.
pub fn by_action_line<'a>(
    framework: &'a Framework,
    items: &[&'a RoadmapItem],
) -> Vec<(&'a str, &'a str, Vec<&'a RoadmapItem>)> {
    let mut groups = Vec::new();
    for block in &framework.blocks {
        for line in &block.action_lines {
            let mut rows: Vec<&RoadmapItem> = items
                .iter()
                .copied()
                .filter(|i| {
                    &i.line == line
                        && framework
                            .indicator(&i.indicator)
                            .is_some_and(|x| x.block == block.id)
                })
                .collect();
            if !rows.is_empty() {
                rows.sort_by_key(|i| i.position);
                groups.push((block.id.as_str(), line.as_str(), rows));
            }
        }
    }
    groups
}

/// The cross-cutting actions (tied to no indicator), grouped by building block in framework
/// order, then those across all blocks (`None`); each group in the team's order. Empty
/// groups are left out.
pub fn cross_cutting<'a>(
    framework: &'a Framework,
    items: &[&'a RoadmapItem],
) -> Vec<(Option<&'a str>, Vec<&'a RoadmapItem>)> {
    let scopes = framework
        .blocks
        .iter()
        .map(|b| Some(b.id.as_str()))
        .chain([None]);
    let mut groups = Vec::new();
    for scope in scopes {
        let mut rows: Vec<&RoadmapItem> = items
            .iter()
            .copied()
            .filter(|i| i.is_cross_cutting() && i.block.as_deref() == scope)
            .collect();
        if !rows.is_empty() {
            rows.sort_by_key(|i| i.position);
            groups.push((scope, rows));
        }
    }
    groups
}

/// Responsible bodies DHMA offers besides the framework's own (each named by the message
/// `roadmap-body-<id>`).
pub const MORE_BODIES: [&str; 4] = [
    "development-partners",
    "private-sector",
    "subnational",
    "other-ministries",
];

/// A responsible body in the reader's language: the framework's name for one of its
/// bodies, DHMA's for one of [`MORE_BODIES`], else the team's own words as they wrote them.
pub fn responsible_label(fw: &Framework, body: &str, l: &Localizer) -> String {
    if fw.responsible.iter().any(|r| r == body) {
        l.text(&fw.responsible_key(body))
    } else if MORE_BODIES.contains(&body) {
        l.text(&format!("roadmap-body-{body}"))
    } else {
        body.to_string()
    }
}

/// The responsible bodies offered for an assessment's actions: the framework's, DHMA's
/// [`MORE_BODIES`], then the team's own entries, those its actions name (kept with the
/// assessment in its actions), in the order first used.
pub fn responsible_choices<'a>(fw: &'a Framework, items: &'a [RoadmapItem]) -> Vec<&'a str> {
    let mut out: Vec<&str> = fw.responsible.iter().map(String::as_str).collect();
    out.extend(MORE_BODIES);
    let mut by_position: Vec<&RoadmapItem> = items.iter().collect();
    by_position.sort_by_key(|i| i.position);
    for i in by_position {
        let body = i.responsible.as_str();
        if !body.trim().is_empty() && !out.contains(&body) {
            out.push(body);
        }
    }
    out
}

/// What a person names as responsible body, as stored: the id of a built-in body when they
/// chose one (its id, or its name in the reader's language), else their own words, trimmed;
/// `None` when blank.
pub fn responsible_from_input(fw: &Framework, typed: &str, l: &Localizer) -> Option<String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return None;
    }
    let builtin = fw
        .responsible
        .iter()
        .map(String::as_str)
        .chain(MORE_BODIES)
        .find(|id| *id == typed || responsible_label(fw, id, l).trim() == typed);
    Some(builtin.unwrap_or(typed).to_string())
}

/// The text of a roadmap item in the reader's language: the team's own wording if they
/// wrote one, else the framework's.
pub fn item_text(fw: &Framework, item: &RoadmapItem, l: &Localizer) -> (String, String) {
    let template = item.template.as_ref().and_then(|t| {
        let ind = fw.indicator(&item.indicator)?;
        ind.actions.iter().find(|a| &a.id == t).map(|a| (ind, a))
    });
    let from_template = |monitor: bool| {
        template
            .map(|(ind, a)| {
                let key = if monitor {
                    IndicatorText::ActionMonitor {
                        step: a.step,
                        n: a.n,
                    }
                } else {
                    IndicatorText::Action {
                        step: a.step,
                        n: a.n,
                    }
                };
                l.text(&fw.key(&ind.code, key))
            })
            .unwrap_or_default()
    };
    (
        item.text.clone().unwrap_or_else(|| from_template(false)),
        item.monitoring
            .clone()
            .unwrap_or_else(|| from_template(true)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework;

    fn fw() -> &'static Framework {
        framework::latest(framework::DEFAULT_FRAMEWORK).expect("framework")
    }

    fn answer(code: &str, current: u8, target: Option<u8>) -> Response {
        Response {
            indicator: code.into(),
            current: Some(Current::Phase(current)),
            target,
            ..Response::default()
        }
    }

    fn counter() -> impl FnMut(&RoadmapItem) -> String {
        let mut n = 0;
        move |_| {
            n += 1;
            format!("u{n}")
        }
    }

    #[test]
    fn every_step_of_a_gap_gets_its_actions() {
        let fw = fw();
        let items = propose(fw, &[answer("1", 1, Some(4)), answer("2", 3, Some(3))]);
        let steps: Vec<(u8, u8)> = items
            .iter()
            .filter_map(|i| Some((i.from_phase?, i.to_phase?)))
            .collect();
        // Indicator 1 has two actions per step; no gap on indicator 2.
        assert_eq!(steps, [(1, 2), (1, 2), (2, 3), (2, 3), (3, 4), (3, 4)]);
        assert!(items.iter().all(|i| i.indicator == "1" && i.priority == 1));
        // Later steps never come sooner than earlier ones.
        let frames: Vec<TimeFrame> = items.iter().map(|i| i.timeframe).collect();
        assert!(
            frames.windows(2).all(|w| w[0] <= w[1] || w[0] == w[1]),
            "{frames:?}"
        );
        assert_eq!(items.last().map(|i| i.timeframe), Some(TimeFrame::Long));
    }

    #[test]
    fn no_target_not_applicable_or_no_gap_proposes_nothing() {
        let fw = fw();
        let mut na = Response::empty("3");
        na.current = Some(Current::NotApplicable);
        na.target = Some(5);
        let items = propose(fw, &[answer("1", 2, None), answer("2", 4, Some(3)), na]);
        assert!(items.is_empty());
    }

    #[test]
    fn sub_indicators_get_low_priority() {
        let fw = fw();
        let items = propose(fw, &[answer("2a", 1, Some(2))]);
        assert!(!items.is_empty() && items.iter().all(|i| i.priority == 3));
    }

    #[test]
    fn regenerating_never_wipes_a_human_edit() {
        let fw = fw();
        let first = merge(&[], propose(fw, &[answer("1", 1, Some(3))]), counter());
        assert_eq!(first.len(), 4);
        // A person rewrites one item, drops another and adds their own.
        let mut edited = first.clone();
        edited[0].text = Some("Decree drafted with the Prime Minister's office".into());
        edited[0].edited = true;
        edited[1].status = RoadmapStatus::Dropped;
        edited[1].edited = true;
        edited.push(RoadmapItem {
            uid: "mine".into(),
            template: None,
            text: Some("Study tour to a neighbouring country".into()),
            edited: true,
            position: 99,
            ..first[0].clone()
        });
        // The target changes: step 1→2 is no longer needed, 3→4 is new.
        let again = merge(&edited, propose(fw, &[answer("1", 2, Some(4))]), counter());
        let find = |uid: &str| again.iter().find(|i| i.uid == uid).cloned();
        assert_eq!(
            find(&edited[0].uid),
            Some(RoadmapItem {
                position: 0,
                ..edited[0].clone()
            })
        );
        assert_eq!(
            find(&edited[1].uid).map(|i| i.status),
            Some(RoadmapStatus::Dropped)
        );
        assert!(find("mine").is_some(), "a human-added item stays");
        // Unedited step-2 items stay (still proposed) with their uid; new step-3 items come.
        assert!(find(&first[2].uid).is_some());
        assert_eq!(again.iter().filter(|i| i.from_phase == Some(3)).count(), 2);
        let positions: Vec<i64> = again.iter().map(|i| i.position).collect();
        assert_eq!(positions, (0..again.len() as i64).collect::<Vec<_>>());
        // And regenerating twice changes nothing.
        let twice = merge(&again, propose(fw, &[answer("1", 2, Some(4))]), counter());
        assert_eq!(twice, again);
    }
}
