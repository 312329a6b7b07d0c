//! The structure file as written (serde types) and its validation into domain types.
//! Every problem is collected, not only the first, and names the file, the item and the field.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::{
    issue, ActionTemplate, Band, BandSet, Block, CostClass, Framework, Indicator, Scale, TimeFrame,
    STEPS,
};
use crate::error::{ContentIssue, ContentProblem};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFramework {
    id: String,
    version: String,
    text_prefix: String,
    scoring: String,
    #[serde(default)]
    band_set: Vec<RawBandSet>,
    #[serde(default)]
    responsible: Vec<String>,
    #[serde(default)]
    block: Vec<RawBlock>,
    #[serde(default)]
    indicator: Vec<RawIndicator>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBandSet {
    id: String,
    unit: String,
    bands: Vec<Band>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBlock {
    id: String,
    action_lines: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum RawScale {
    Named(String),
    Bands { bands: String },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndicator {
    code: String,
    block: String,
    parent: Option<String>,
    scale: RawScale,
    evidence_examples: u8,
    #[serde(default)]
    actions: Vec<RawAction>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAction {
    step: u8,
    line: String,
    timeframe: String,
    cost: String,
    responsible: String,
}

/// Identifiers used in keys and file names: lowercase letters, digits and hyphens.
fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

fn is_code(s: &str) -> bool {
    !s.is_empty()
        && s.starts_with(|c: char| c.is_ascii_digit())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
}

/// The 1-based line of byte offset `pos` in `text` (an offset past the end counts the whole
/// text); never slices, so an offset inside a character is harmless.
pub(crate) fn line_at(text: &str, pos: usize) -> usize {
    text.bytes().take(pos).filter(|b| *b == b'\n').count() + 1
}

pub(super) fn parse(file: &str, text: &str) -> Result<Framework, Vec<ContentIssue>> {
    let raw: RawFramework = toml::from_str(text).map_err(|e| {
        let at = e
            .span()
            .map(|s| format!("line {}", line_at(text, s.start)))
            .unwrap_or_default();
        vec![issue(
            file,
            &at,
            "",
            ContentProblem::Syntax(e.message().to_string()),
        )]
    })?;
    validate(file, raw)
}

fn validate(file: &str, raw: RawFramework) -> Result<Framework, Vec<ContentIssue>> {
    let mut issues = Vec::new();
    let mut bad = |item: &str, field: &str, problem: ContentProblem| {
        issues.push(issue(file, item, field, problem));
    };

    if !is_slug(&raw.id) {
        bad("", "id", ContentProblem::Invalid(raw.id.clone()));
    }
    if raw.version.trim().is_empty()
        || !raw
            .version
            .split('.')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    {
        bad("", "version", ContentProblem::Invalid(raw.version.clone()));
    }
    if !is_slug(&raw.text_prefix) {
        bad(
            "",
            "text_prefix",
            ContentProblem::Invalid(raw.text_prefix.clone()),
        );
    }
    if raw.scoring != "gdhm" {
        bad(
            "",
            "scoring",
            ContentProblem::UnknownReference(raw.scoring.clone()),
        );
    }

    // Band sets: five bands, one per phase, ascending, each min <= max.
    let mut band_sets = Vec::new();
    let mut band_ids = BTreeSet::new();
    for set in raw.band_set {
        if !band_ids.insert(set.id.clone()) {
            bad(&set.id, "band_set.id", ContentProblem::Duplicate);
        }
        let phases: Vec<u8> = set.bands.iter().map(|b| b.phase).collect();
        if phases != [1, 2, 3, 4, 5] {
            bad(
                &set.id,
                "bands",
                ContentProblem::Invalid(format!("phases {phases:?}, expected [1, 2, 3, 4, 5]")),
            );
        }
        for pair in set.bands.windows(2) {
            if matches!(pair, [first, second] if second.min < first.min) {
                bad(
                    &set.id,
                    "bands",
                    ContentProblem::Invalid("bands must ascend".into()),
                );
            }
        }
        for b in &set.bands {
            if b.min
                .partial_cmp(&b.max)
                .is_none_or(|o| o == std::cmp::Ordering::Greater)
            {
                bad(
                    &set.id,
                    "bands",
                    ContentProblem::OutOfRange(format!("phase {}: {} > {}", b.phase, b.min, b.max)),
                );
            }
        }
        band_sets.push(BandSet {
            id: set.id,
            unit: set.unit,
            bands: set.bands,
        });
    }

    let mut responsible = Vec::new();
    for r in raw.responsible {
        if !is_slug(&r) {
            bad(&r, "responsible", ContentProblem::Invalid(r.clone()));
        } else if responsible.contains(&r) {
            bad(&r, "responsible", ContentProblem::Duplicate);
        } else {
            responsible.push(r);
        }
    }

    let mut blocks: Vec<Block> = Vec::new();
    for b in raw.block {
        if !is_slug(&b.id) {
            bad(&b.id, "block.id", ContentProblem::Invalid(b.id.clone()));
        }
        if blocks.iter().any(|x| x.id == b.id) {
            bad(&b.id, "block.id", ContentProblem::Duplicate);
            continue;
        }
        if b.action_lines.is_empty() {
            bad(&b.id, "action_lines", ContentProblem::Missing);
        }
        let mut seen = BTreeSet::new();
        for l in &b.action_lines {
            if !is_slug(l) {
                bad(&b.id, "action_lines", ContentProblem::Invalid(l.clone()));
            }
            if !seen.insert(l) {
                bad(&b.id, "action_lines", ContentProblem::Duplicate);
            }
        }
        blocks.push(Block {
            id: b.id,
            action_lines: b.action_lines,
        });
    }
    if blocks.is_empty() {
        bad("", "block", ContentProblem::Missing);
    }

    let codes: BTreeMap<String, Option<String>> = raw
        .indicator
        .iter()
        .map(|i| (i.code.clone(), i.parent.clone()))
        .collect();
    let mut indicators: Vec<Indicator> = Vec::new();
    for i in raw.indicator {
        let c = i.code.clone();
        if !is_code(&c) {
            bad(&c, "code", ContentProblem::Invalid(c.clone()));
        }
        if indicators.iter().any(|x| x.code == c) {
            bad(&c, "code", ContentProblem::Duplicate);
            continue;
        }
        let block = blocks.iter().find(|b| b.id == i.block);
        if block.is_none() {
            bad(
                &c,
                "block",
                ContentProblem::UnknownReference(i.block.clone()),
            );
        }
        if let Some(p) = &i.parent {
            match codes.get(p) {
                None => bad(&c, "parent", ContentProblem::UnknownReference(p.clone())),
                Some(Some(_)) => bad(
                    &c,
                    "parent",
                    ContentProblem::Invalid(format!("{p} is itself a sub-indicator")),
                ),
                Some(None) if p == &c => bad(
                    &c,
                    "parent",
                    ContentProblem::Invalid("refers to itself".into()),
                ),
                Some(None) => {}
            }
        }
        let scale = match i.scale {
            RawScale::Named(s) if s == "phases" => Scale::Phases,
            RawScale::Named(s) => {
                bad(&c, "scale", ContentProblem::UnknownReference(s));
                Scale::Phases
            }
            RawScale::Bands { bands } => {
                if !band_ids.contains(&bands) {
                    bad(&c, "scale", ContentProblem::UnknownReference(bands.clone()));
                }
                Scale::Bands(bands)
            }
        };
        if !(1..=5).contains(&i.evidence_examples) {
            bad(
                &c,
                "evidence_examples",
                ContentProblem::OutOfRange(format!("{} (1 to 5)", i.evidence_examples)),
            );
        }
        let mut per_step: BTreeMap<u8, u8> = BTreeMap::new();
        let mut actions = Vec::new();
        for a in i.actions {
            if !STEPS.contains(&a.step) {
                bad(
                    &c,
                    "actions.step",
                    ContentProblem::OutOfRange(format!("{} (1 to 4)", a.step)),
                );
                continue;
            }
            if let Some(b) = block {
                if !b.action_lines.contains(&a.line) {
                    bad(
                        &c,
                        "actions.line",
                        ContentProblem::UnknownReference(a.line.clone()),
                    );
                }
            }
            let timeframe = TimeFrame::parse(&a.timeframe).unwrap_or_else(|| {
                bad(
                    &c,
                    "actions.timeframe",
                    ContentProblem::Invalid(a.timeframe.clone()),
                );
                TimeFrame::Medium
            });
            let cost = CostClass::parse(&a.cost).unwrap_or_else(|| {
                bad(&c, "actions.cost", ContentProblem::Invalid(a.cost.clone()));
                CostClass::Medium
            });
            if !responsible.contains(&a.responsible) {
                bad(
                    &c,
                    "actions.responsible",
                    ContentProblem::UnknownReference(a.responsible.clone()),
                );
            }
            let n = per_step.entry(a.step).or_default();
            *n += 1;
            actions.push(ActionTemplate {
                id: format!("{c}.s{}.a{n}", a.step),
                step: a.step,
                n: *n,
                line: a.line,
                timeframe,
                cost,
                responsible: a.responsible,
            });
        }
        for step in STEPS {
            match per_step.get(&step).copied().unwrap_or(0) {
                1..=3 => {}
                n => bad(
                    &c,
                    "actions",
                    ContentProblem::OutOfRange(format!("step {step}: {n} actions (1 to 3)")),
                ),
            }
        }
        indicators.push(Indicator {
            code: c,
            block: i.block,
            parent: i.parent,
            scale,
            evidence_examples: i.evidence_examples,
            actions,
        });
    }
    for b in &blocks {
        if !indicators.iter().any(|i| i.block == b.id && i.is_scored()) {
            bad(&b.id, "indicator", ContentProblem::Missing);
        }
    }
    for i in &indicators {
        if let Some(p) = &i.parent {
            if let Some(parent) = indicators.iter().find(|x| &x.code == p) {
                if parent.block != i.block {
                    bad(
                        &i.code,
                        "parent",
                        ContentProblem::Invalid(format!("{p} is in another block")),
                    );
                }
            }
        }
    }

    if !issues.is_empty() {
        return Err(issues);
    }
    Ok(Framework {
        id: raw.id,
        version: raw.version,
        text_prefix: raw.text_prefix,
        blocks,
        indicators,
        band_sets,
        responsible,
    })
}
