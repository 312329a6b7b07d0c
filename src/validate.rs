//! Checks of assessment data against its framework, shared by the autosave path, the
//! importers and the command line. Storage adds its own CHECK constraints underneath.

use std::collections::BTreeSet;

use crate::error::{Error, Result};
use crate::framework::Framework;
use crate::model::{AssessmentData, Response};
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
/// whatever the screen sent.
pub fn stored_answer(r: &Response) -> Response {
    let mut out = r.clone();
    if out.current == Some(Current::NotApplicable) {
        out.target = None;
        out.target_year = None;
    }
    out
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
        if framework.indicator(&item.indicator).is_none() {
            return Err(Error::UnknownIndicator {
                code: item.indicator.clone(),
            });
        }
        for (field, p) in [("from_phase", item.from_phase), ("to_phase", item.to_phase)] {
            if !(1..=5).contains(&p) {
                return Err(Error::PhaseOutOfRange {
                    code: item.indicator.clone(),
                    field: format!("roadmap {field}"),
                    value: p.to_string(),
                });
            }
        }
        if item.from_phase >= item.to_phase {
            return Err(Error::InvalidValue {
                field: "roadmap to_phase".into(),
                value: item.to_phase.to_string(),
            });
        }
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
