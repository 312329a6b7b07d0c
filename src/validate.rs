//! Checks of assessment data against its framework, shared by the autosave path, the
//! importers and the command line. Storage adds its own CHECK constraints underneath.

use std::collections::BTreeSet;

use crate::error::{Error, Result};
use crate::framework::Framework;
use crate::model::{
    name_key, AssessmentData, Budget, NarrativeKind, Participant, Rater, Response, RoadmapItem,
    Workshop, OVERALL, ROADMAP_YEARS,
};
use crate::scoring::Current;

/// Years a target may be set for.
pub const TARGET_YEARS: std::ops::RangeInclusive<u16> = 2000..=2100;

/// A field a person must fill in: `field` is its stable name (`country`, `round`,
/// `facilitator`, `approver`), which the message `error-required` turns into its label.
pub fn required(field: &str, value: &str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(Error::Required {
            field: field.into(),
        });
    }
    Ok(())
}

/// The answer as it is stored: a not-applicable answer has no target (nor target year),
/// and an answer that is not NA has no NA reason, whatever the screen sent.
pub fn stored_answer(r: &Response) -> Response {
    let mut out = r.clone();
    if out.current == Some(Current::NotApplicable) {
        out.target = None;
        out.target_year = None;
    } else {
        out.na_reason = None;
    }
    out
}

/// Checks a workshop (an import) against the framework and the participants: indicators
/// and blocks exist, phases are 1 to 5, every named rater exists, group names are given
/// and distinct, one rating and one dissent per named rater and indicator, one non-blank
/// consensus note per indicator, and every dissent names its rater and reason. Names are
/// written exactly as in the participant list and the groups (the file is read back as it
/// was written), and with a workshop no two participants share a name (ignoring case and
/// surrounding spaces), since ratings find their participant by it.
pub fn workshop(framework: &Framework, participants: &[Participant], w: &Workshop) -> Result<()> {
    if *w == Workshop::default() {
        return Ok(());
    }
    let mut keys = BTreeSet::new();
    if let Some(p) = participants
        .iter()
        .find(|p| !keys.insert(name_key(&p.name)))
    {
        return Err(Error::InvalidValue {
            field: "rating".into(),
            value: p.name.clone(),
        });
    }
    let people: BTreeSet<&str> = participants.iter().map(|p| p.name.as_str()).collect();
    let mut groups = BTreeSet::new();
    let mut group_names = BTreeSet::new();
    for g in &w.groups {
        if g.name.trim().is_empty() {
            return Err(Error::InvalidValue {
                field: "group".into(),
                value: String::new(),
            });
        }
        if !groups.insert(name_key(&g.name)) {
            return Err(Error::GroupNameTaken {
                name: g.name.trim().into(),
            });
        }
        group_names.insert(g.name.as_str());
        if let Some(m) = g.members.iter().find(|m| !people.contains(m.as_str())) {
            return Err(Error::RaterUnknown { name: m.clone() });
        }
        let mut members = BTreeSet::new();
        if let Some(m) = g.members.iter().find(|m| !members.insert(m.as_str())) {
            return Err(Error::InvalidValue {
                field: "group".into(),
                value: m.clone(),
            });
        }
        let mut blocks = BTreeSet::new();
        if let Some(b) = g.blocks.iter().find(|b| !blocks.insert(b.as_str())) {
            return Err(Error::InvalidValue {
                field: "block".into(),
                value: b.clone(),
            });
        }
        if let Some(b) = g
            .blocks
            .iter()
            .find(|b| !framework.blocks.iter().any(|x| &x.id == *b))
        {
            return Err(Error::InvalidValue {
                field: "block".into(),
                value: b.clone(),
            });
        }
    }
    let known = |rater: &Rater| -> Result<()> {
        let ok = match rater {
            Rater::Participant(n) => people.contains(n.as_str()),
            Rater::Group(n) => group_names.contains(n.as_str()),
            Rater::Anonymous => true,
        };
        if ok {
            Ok(())
        } else {
            Err(Error::RaterUnknown {
                name: rater.name().unwrap_or_default().into(),
            })
        }
    };
    let indicator = |code: &str| -> Result<()> {
        match framework.indicator(code) {
            Some(_) => Ok(()),
            None => Err(Error::UnknownIndicator { code: code.into() }),
        }
    };
    let named = |r: &Rater| match r {
        Rater::Participant(n) => Some((0u8, name_key(n))),
        Rater::Group(n) => Some((1u8, name_key(n))),
        Rater::Anonymous => None,
    };
    let mut rated = BTreeSet::new();
    for r in &w.ratings {
        indicator(&r.indicator)?;
        if let Current::Phase(p) = r.phase {
            if !(1..=5).contains(&p) {
                return Err(Error::PhaseOutOfRange {
                    code: r.indicator.clone(),
                    field: "phase".into(),
                    value: p.to_string(),
                });
            }
        }
        known(&r.rater)?;
        if let Some(who) = named(&r.rater) {
            if !rated.insert((r.indicator.as_str(), who)) {
                return Err(Error::InvalidValue {
                    field: "rating".into(),
                    value: r.rater.name().unwrap_or_default().into(),
                });
            }
        }
    }
    let mut noted = BTreeSet::new();
    for n in &w.notes {
        indicator(&n.indicator)?;
        if n.note.trim().is_empty() || !noted.insert(n.indicator.as_str()) {
            return Err(Error::InvalidValue {
                field: "consensus_note".into(),
                value: n.note.clone(),
            });
        }
    }
    let mut dissented = BTreeSet::new();
    for d in &w.dissents {
        indicator(&d.indicator)?;
        known(&d.rater)?;
        let Some(who) = named(&d.rater) else {
            return Err(Error::RaterUnknown {
                // As the file writes an anonymous rater.
                name: "anonymous".into(),
            });
        };
        if d.reason.trim().is_empty() || !dissented.insert((d.indicator.as_str(), who)) {
            return Err(Error::InvalidValue {
                field: "dissent".into(),
                value: d.reason.clone(),
            });
        }
    }
    Ok(())
}

/// Checks one answer against the framework.
pub fn response(framework: &Framework, r: &Response) -> Result<()> {
    if framework.indicator(&r.indicator).is_none() {
        return Err(Error::UnknownIndicator {
            code: r.indicator.clone(),
        });
    }
    if let Some(Current::Phase(p)) = r.current {
        if !(1..=5).contains(&p) {
            return Err(Error::PhaseOutOfRange {
                code: r.indicator.clone(),
                field: "current".into(),
                value: p.to_string(),
            });
        }
    }
    if let Some(t) = r.target {
        if !(1..=5).contains(&t) {
            return Err(Error::PhaseOutOfRange {
                code: r.indicator.clone(),
                field: "target".into(),
                value: t.to_string(),
            });
        }
    }
    if let Some(y) = r.target_year {
        if !TARGET_YEARS.contains(&y) {
            return Err(Error::InvalidValue {
                field: format!("{} target_year", r.indicator),
                value: y.to_string(),
            });
        }
    }
    // Which NA is said only of an NA answer: refused as a value the current phase does not
    // allow.
    if let Some(reason) = r.na_reason {
        if r.current != Some(Current::NotApplicable) {
            return Err(Error::InvalidValue {
                field: "current".into(),
                value: reason.as_str().into(),
            });
        }
    }
    Ok(())
}

/// Checks a whole assessment (an import): every response and evidence item refers to an
/// indicator of the framework, phases are in range, no indicator is answered twice.
pub fn assessment(framework: &Framework, data: &AssessmentData) -> Result<()> {
    let mut seen = BTreeSet::new();
    for r in &data.responses {
        response(framework, r)?;
        if !seen.insert(r.indicator.as_str()) {
            return Err(Error::AnsweredTwice {
                code: r.indicator.clone(),
            });
        }
    }
    for e in &data.evidence {
        if framework.indicator(&e.indicator).is_none() {
            return Err(Error::UnknownIndicator {
                code: e.indicator.clone(),
            });
        }
    }
    let mut uids = BTreeSet::new();
    for item in &data.roadmap {
        roadmap_item(framework, item)?;
        if !(1..=3).contains(&item.priority) {
            return Err(Error::InvalidValue {
                field: "priority".into(),
                value: item.priority.to_string(),
            });
        }
        if !uids.insert(item.uid.as_str()) {
            return Err(Error::InvalidValue {
                field: "roadmap uid".into(),
                value: item.uid.clone(),
            });
        }
    }
    workshop(framework, &data.participants, &data.workshop)?;
    let mut written = BTreeSet::new();
    for n in &data.narratives {
        narrative(framework, &n.scope, n.kind)?;
        if n.text.trim().is_empty() || !written.insert((n.scope.as_str(), n.kind)) {
            return Err(Error::InvalidValue {
                field: format!("narrative {}/{}", n.scope, n.kind.as_str()),
                value: n.text.clone(),
            });
        }
    }
    let a = &data.assessment;
    for (field, value) in [
        ("country", &a.country),
        ("round", &a.round),
        ("assessment", &a.uid),
    ] {
        if value.trim().is_empty() {
            return Err(Error::InvalidValue {
                field: field.into(),
                value: value.clone(),
            });
        }
    }
    if !crate::model::is_valid_date(&a.date) {
        return Err(Error::InvalidValue {
            field: "date".into(),
            value: a.date.clone(),
        });
    }
    if crate::i18n::Lang::parse(&a.language).is_none() {
        return Err(Error::UnknownLanguage {
            lang: a.language.clone(),
        });
    }
    Ok(())
}

/// Checks where a narrative text goes: the whole assessment ([`OVERALL`]) or a building block
/// of the framework; the context is the whole assessment's only.
pub fn narrative(framework: &Framework, scope: &str, kind: NarrativeKind) -> Result<()> {
    let known = scope == OVERALL || framework.block(scope).is_some();
    if !known || (kind == NarrativeKind::Context && scope != OVERALL) {
        return Err(Error::InvalidValue {
            field: format!("narrative {}", kind.as_str()),
            value: scope.to_string(),
        });
    }
    Ok(())
}

/// One roadmap action against its framework: an indicator's action names a known indicator
/// and, if it has one, a step between phases (both ends, from below to); a template's action
/// has both; a cross-cutting action (no indicator) has no step and no template, and a known
/// building block if any; an indicator's action line is one of its block's, a cross-cutting
/// action has none; years, budget and currency follow
/// [`roadmap_details`].
pub fn roadmap_item(framework: &Framework, item: &RoadmapItem) -> Result<()> {
    let block = if item.is_cross_cutting() {
        if item.template.is_some() || item.from_phase.is_some() || item.to_phase.is_some() {
            return Err(Error::InvalidValue {
                field: "roadmap".into(),
                value: item.uid.clone(),
            });
        }
        match &item.block {
            Some(b) => Some(framework.block(b).ok_or_else(|| Error::InvalidValue {
                field: "block".into(),
                value: b.clone(),
            })?),
            None => None,
        }
    } else {
        let ind = framework
            .indicator(&item.indicator)
            .ok_or_else(|| Error::UnknownIndicator {
                code: item.indicator.clone(),
            })?;
        if item.block.is_some() {
            return Err(Error::InvalidValue {
                field: "block".into(),
                value: item.block.clone().unwrap_or_default(),
            });
        }
        match (item.from_phase, item.to_phase) {
            (Some(from), Some(to)) => {
                for (field, p) in [("from_phase", from), ("to_phase", to)] {
                    if !(1..=5).contains(&p) {
                        return Err(Error::PhaseOutOfRange {
                            code: item.indicator.clone(),
                            field: format!("roadmap {field}"),
                            value: p.to_string(),
                        });
                    }
                }
                if from >= to {
                    return Err(Error::InvalidValue {
                        field: "roadmap to_phase".into(),
                        value: to.to_string(),
                    });
                }
            }
            (None, None) if item.template.is_none() => {}
            (from, _) => {
                let missing = if from.is_none() {
                    "from_phase"
                } else {
                    "to_phase"
                };
                return Err(Error::InvalidValue {
                    field: format!("roadmap {missing}"),
                    value: String::new(),
                });
            }
        }
        framework.block(&ind.block)
    };
    // An indicator's action belongs to one of its block's action lines; a cross-cutting
    // action to none.
    let line_ok = match block {
        Some(b) if !item.is_cross_cutting() => b.action_lines.contains(&item.line),
        _ => item.line.is_empty(),
    };
    if !line_ok {
        return Err(Error::InvalidValue {
            field: "roadmap".into(),
            value: item.line.clone(),
        });
    }
    roadmap_details(item)
}

/// An action's years (each from [`ROADMAP_YEARS`], the end not before the start) and budget
/// (a non-negative amount as [`Budget::parse_amount`] writes it, in a currency of three
/// capital letters).
pub fn roadmap_details(item: &RoadmapItem) -> Result<()> {
    for year in [item.start_year, item.end_year].into_iter().flatten() {
        if !ROADMAP_YEARS.contains(&year) {
            return Err(Error::InvalidAction {
                rule: "year",
                value: year.to_string(),
            });
        }
    }
    if let (Some(start), Some(end)) = (item.start_year, item.end_year) {
        if end < start {
            return Err(Error::InvalidAction {
                rule: "end-before-start",
                value: end.to_string(),
            });
        }
    }
    if let Some(b) = &item.budget {
        if Budget::parse_amount(&b.amount).as_deref() != Some(b.amount.as_str()) {
            return Err(Error::InvalidAction {
                rule: "amount",
                value: b.amount.clone(),
            });
        }
        if !Budget::is_currency(&b.currency) {
            return Err(Error::InvalidAction {
                rule: "currency",
                value: b.currency.clone(),
            });
        }
    }
    if item.responsible.trim().is_empty() {
        return Err(Error::Required {
            field: "responsible".into(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NaReason;

    fn gdhm() -> &'static Framework {
        crate::framework::find("who-itu-gdhm", "1.0.0").expect("framework")
    }

    /// Issue 13: a reason for NA only on an NA answer; the stored answer drops it otherwise.
    #[test]
    fn an_na_reason_is_refused_without_na_and_cleared_when_stored() {
        let na = Response {
            indicator: "10".into(),
            current: Some(Current::NotApplicable),
            na_reason: Some(NaReason::NotApplicable),
            ..Response::default()
        };
        assert!(response(gdhm(), &na).is_ok());
        for current in [Some(Current::Phase(2)), None] {
            let r = Response {
                current,
                ..na.clone()
            };
            let err = response(gdhm(), &r).expect_err("a reason without NA");
            assert_eq!(err.code(), "invalid-value");
            assert_eq!(stored_answer(&r).na_reason, None);
            assert!(response(gdhm(), &stored_answer(&r)).is_ok());
        }
        assert_eq!(stored_answer(&na).na_reason, Some(NaReason::NotApplicable));
    }
}
