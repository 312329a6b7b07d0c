//! The Roadmap screen: actions grouped by building block and action line, edits, order.

use serde::{Deserialize, Serialize};

use super::{assessment_title, framework_of};
use crate::error::{Error, Result};
use crate::framework::{Framework, IndicatorText};
use crate::i18n::{arg, Localizer};
use crate::model::{Budget, RoadmapItem, RoadmapStatus, Status, ROADMAP_YEARS};
use crate::roadmap::item_text;
use crate::storage::Db;

#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct RoadmapRow {
    pub uid: String,
    pub indicator: String,
    pub indicator_title: String,
    pub step_label: String,
    /// The indicator's title and the step, as the item's heading shows them after the code.
    pub subtitle: String,
    pub text: String,
    pub monitoring: String,
    pub timeframe: String,
    pub responsible: String,
    pub priority: u8,
    pub cost: String,
    pub status: String,
    pub edited: bool,
    /// The team's progress note (the follow-up).
    pub progress: String,
    /// Written by the team (not from DHMA's template library): it can be deleted.
    pub own: bool,
    /// "Team's own action" or "From DHMA's template library".
    pub origin: String,
    /// The responsible body in the reader's language (the team's own words for their own).
    pub responsible_label: String,
    /// Start and end year, budget amount and currency, the monitoring indicator's baseline
    /// and target, as the form shows them (blank when not given).
    pub start_year: String,
    pub end_year: String,
    pub budget_amount: String,
    pub budget_currency: String,
    pub baseline: String,
    pub monitoring_target: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct RoadmapGroup {
    pub block: String,
    pub line: String,
    /// The cross-cutting actions of one block (or of all blocks): `block` is the section's
    /// name, `line` the block's.
    pub cross_cutting: bool,
    pub rows: Vec<RoadmapRow>,
}

/// An indicator an action can be added to, with its block's action lines.
#[derive(Debug, Clone, Serialize)]
pub struct IndicatorChoice {
    pub code: String,
    pub label: String,
    pub lines: Vec<Choice>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RoadmapView {
    pub title: String,
    /// The screen's heading: "Roadmap – { title }".
    pub heading: String,
    pub locked: bool,
    pub groups: Vec<RoadmapGroup>,
    pub timeframes: Vec<Choice>,
    pub costs: Vec<Choice>,
    pub statuses: Vec<Choice>,
    pub priorities: Vec<Choice>,
    /// The responsible bodies offered: the framework's, DHMA's other bodies, then the
    /// team's own entries (`id` as stored, `label` as shown and typed).
    pub responsible: Vec<Choice>,
    /// Where an action of the team's can go: each indicator (with its block's action
    /// lines), and for a cross-cutting action each building block (`id` empty: all blocks).
    pub indicators: Vec<IndicatorChoice>,
    pub blocks: Vec<Choice>,
    /// The steps an action of the team's may name (`id` `from-to`; empty: no step).
    pub steps: Vec<Choice>,
}

fn row(fw: &Framework, i: &RoadmapItem, l: &Localizer) -> RoadmapRow {
    let (text, monitoring) = item_text(fw, i, l);
    let indicator_title = if i.is_cross_cutting() {
        String::new()
    } else {
        l.text(&fw.key(&i.indicator, IndicatorText::Title))
    };
    let step_label = match (i.from_phase, i.to_phase) {
        (Some(from), Some(to)) => l.format("roadmap-step", &[arg("from", from), arg("to", to)]),
        _ => String::new(),
    };
    let subtitle = match (indicator_title.is_empty(), step_label.is_empty()) {
        (true, _) => String::new(),
        (false, true) => indicator_title.clone(),
        (false, false) => l.format(
            "ui-road-item-subtitle",
            &[arg("title", &indicator_title), arg("step", &step_label)],
        ),
    };
    let year = |y: Option<u16>| y.map(|y| y.to_string()).unwrap_or_default();
    RoadmapRow {
        uid: i.uid.clone(),
        indicator: i.indicator.clone(),
        subtitle,
        indicator_title,
        step_label,
        text,
        monitoring,
        timeframe: i.timeframe.as_str().into(),
        responsible: i.responsible.clone(),
        priority: i.priority,
        cost: i.cost.as_str().into(),
        status: i.status.as_str().into(),
        edited: i.edited,
        progress: i.progress.clone(),
        own: i.is_own(),
        origin: l.text(if i.is_own() {
            "roadmap-origin-own"
        } else {
            "roadmap-origin-template"
        }),
        responsible_label: crate::roadmap::responsible_label(fw, &i.responsible, l),
        start_year: year(i.start_year),
        end_year: year(i.end_year),
        budget_amount: i
            .budget
            .as_ref()
            .map(|b| b.amount.clone())
            .unwrap_or_default(),
        budget_currency: i
            .budget
            .as_ref()
            .map(|b| b.currency.clone())
            .unwrap_or_default(),
        baseline: i.baseline.clone(),
        monitoring_target: i.monitoring_target.clone(),
    }
}

pub fn roadmap(db: &Db, id: i64, l: &Localizer) -> Result<RoadmapView> {
    let data = db.load(id)?;
    let fw = framework_of(&data.assessment)?;
    let mut groups: Vec<RoadmapGroup> = Vec::new();
    let items: Vec<&RoadmapItem> = data.roadmap.iter().collect();
    for (block, line, items) in crate::roadmap::by_action_line(fw, &items) {
        groups.push(RoadmapGroup {
            block: l.text(&fw.block_key(block)),
            line: l.text(&fw.line_key(line)),
            cross_cutting: false,
            rows: items.into_iter().map(|i| row(fw, i, l)).collect(),
        });
    }
    for (block, items) in crate::roadmap::cross_cutting(fw, &items) {
        groups.push(RoadmapGroup {
            block: l.text("roadmap-cross-cutting"),
            line: match block {
                Some(b) => l.text(&fw.block_key(b)),
                None => l.text("roadmap-all-blocks"),
            },
            cross_cutting: true,
            rows: items.into_iter().map(|i| row(fw, i, l)).collect(),
        });
    }
    let title = assessment_title(l, &data.assessment.country, &data.assessment.round);
    let choice = |id: &str, key: String| Choice {
        id: id.to_string(),
        label: l.text(&key),
    };
    let indicators = fw
        .blocks
        .iter()
        .flat_map(|b| fw.indicators_of(&b.id).map(move |ind| (b, ind)))
        .map(|(b, ind)| IndicatorChoice {
            code: ind.code.clone(),
            label: l.format(
                "ui-road-indicator-choice",
                &[
                    arg("code", &ind.code),
                    arg("title", l.text(&fw.key(&ind.code, IndicatorText::Title))),
                ],
            ),
            lines: b
                .action_lines
                .iter()
                .map(|line| Choice {
                    id: line.clone(),
                    label: l.text(&fw.line_key(line)),
                })
                .collect(),
        })
        .collect();
    let blocks = std::iter::once(Choice {
        id: String::new(),
        label: l.text("roadmap-all-blocks"),
    })
    .chain(fw.blocks.iter().map(|b| Choice {
        id: b.id.clone(),
        label: l.text(&fw.block_key(&b.id)),
    }))
    .collect();
    let steps = std::iter::once(Choice {
        id: String::new(),
        label: l.text("ui-road-no-step"),
    })
    .chain((1u8..=4).flat_map(|from| {
        (from + 1..=5).map(move |to| Choice {
            id: format!("{from}-{to}"),
            label: l.format("roadmap-step", &[arg("from", from), arg("to", to)]),
        })
    }))
    .collect();
    Ok(RoadmapView {
        heading: l.format("ui-road-heading", &[arg("title", &title)]),
        title,
        locked: data.assessment.status == Status::Finalised,
        groups,
        timeframes: crate::framework::TimeFrame::ALL
            .iter()
            .map(|t| choice(t.as_str(), format!("timeframe-{}", t.as_str())))
            .collect(),
        costs: crate::framework::CostClass::ALL
            .iter()
            .map(|c| choice(c.as_str(), format!("cost-{}", c.as_str())))
            .collect(),
        statuses: ["proposed", "planned", "in-progress", "done", "dropped"]
            .iter()
            .map(|s| choice(s, format!("roadmap-status-{s}")))
            .collect(),
        priorities: (1..=3)
            .map(|p| choice(&p.to_string(), format!("priority-{p}")))
            .collect(),
        responsible: crate::roadmap::responsible_choices(fw, &data.roadmap)
            .into_iter()
            .map(|r| Choice {
                id: r.to_string(),
                label: crate::roadmap::responsible_label(fw, r, l),
            })
            .collect(),
        indicators,
        blocks,
        steps,
    })
}

/// Proposes the framework's actions for the current gaps and merges them into the roadmap,
/// keeping every item a person edited. Returns the number of items.
pub fn regenerate_roadmap(db: &mut Db, id: i64, actor: &str) -> Result<usize> {
    let data = db.load(id)?;
    let fw = framework_of(&data.assessment)?;
    let proposal = crate::roadmap::propose(fw, &data.responses);
    let uid = data.assessment.uid.clone();
    let merged = crate::roadmap::merge(&data.roadmap, proposal, |p| {
        crate::roadmap::proposed_uid(&uid, p)
    });
    db.replace_roadmap(id, &merged, "roadmap.regenerated", actor)?;
    Ok(merged.len())
}

/// A person's change to one roadmap item, as the interface sends it.
#[derive(Debug, Clone, Deserialize)]
pub struct RoadmapEdit {
    pub uid: String,
    pub text: String,
    pub monitoring: String,
    pub timeframe: String,
    pub responsible: String,
    pub priority: u8,
    pub cost: String,
    pub status: String,
    /// As typed (blank: not given): years, the budget's amount and currency, and the
    /// monitoring indicator's baseline and target.
    #[serde(default)]
    pub start_year: String,
    #[serde(default)]
    pub end_year: String,
    #[serde(default)]
    pub budget_amount: String,
    #[serde(default)]
    pub budget_currency: String,
    #[serde(default)]
    pub baseline: String,
    #[serde(default)]
    pub monitoring_target: String,
}

/// A year as typed: blank is none; anything else must be a year of [`ROADMAP_YEARS`].
fn typed_year(typed: &str) -> Result<Option<u16>> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    let digits: Option<String> = typed
        .chars()
        .map(|c| match c {
            '0'..='9' => Some(c),
            '\u{0660}'..='\u{0669}' => char::from_u32(u32::from(c) - 0x0660 + 0x30),
            '\u{06f0}'..='\u{06f9}' => char::from_u32(u32::from(c) - 0x06f0 + 0x30),
            '\u{ff10}'..='\u{ff19}' => char::from_u32(u32::from(c) - 0xff10 + 0x30),
            _ => None,
        })
        .collect();
    digits
        .and_then(|d| d.parse::<u16>().ok())
        .filter(|y| ROADMAP_YEARS.contains(y))
        .map(Some)
        .ok_or_else(|| Error::InvalidAction {
            rule: "year",
            value: typed.to_string(),
        })
}

/// A budget as typed: both blank is none; otherwise both are needed, the amount a
/// non-negative number ([`Budget::parse_amount`]), the currency three letters (capitals
/// or not).
fn typed_budget(amount: &str, currency: &str) -> Result<Option<Budget>> {
    let (amount, currency) = (amount.trim(), currency.trim());
    match (amount.is_empty(), currency.is_empty()) {
        (true, true) => return Ok(None),
        (true, false) | (false, true) => {
            return Err(Error::InvalidAction {
                rule: "budget-incomplete",
                value: format!("{amount}{currency}"),
            })
        }
        (false, false) => {}
    }
    let parsed = Budget::parse_amount(amount).ok_or_else(|| Error::InvalidAction {
        rule: "amount",
        value: amount.to_string(),
    })?;
    let code = currency.to_ascii_uppercase();
    if !Budget::is_currency(&code) {
        return Err(Error::InvalidAction {
            rule: "currency",
            value: currency.to_string(),
        });
    }
    Ok(Some(Budget {
        amount: parsed,
        currency: code,
    }))
}

pub fn edit_roadmap_item(
    db: &mut Db,
    id: i64,
    edit: &RoadmapEdit,
    actor: &str,
    l: &Localizer,
) -> Result<()> {
    let data = db.load(id)?;
    let fw = framework_of(&data.assessment)?;
    let item = data
        .roadmap
        .iter()
        .find(|i| i.uid == edit.uid)
        .ok_or_else(|| Error::InvalidValue {
            field: "roadmap".into(),
            value: edit.uid.clone(),
        })?;
    let invalid = |field: &str, value: &str| Error::InvalidValue {
        field: field.into(),
        value: value.into(),
    };
    let (template_text, template_monitor) = item_text(
        fw,
        &RoadmapItem {
            text: None,
            monitoring: None,
            ..item.clone()
        },
        l,
    );
    // Text equal to the framework's wording stays "from the framework" (so it follows the
    // reader's language); anything else is the team's own.
    let own = |value: &str, template: &str| {
        let v = value.trim();
        (v != template.trim() && !v.is_empty()).then(|| v.to_string())
    };
    let updated = RoadmapItem {
        text: own(&edit.text, &template_text),
        monitoring: own(&edit.monitoring, &template_monitor),
        timeframe: crate::framework::TimeFrame::parse(&edit.timeframe)
            .ok_or_else(|| invalid("timeframe", &edit.timeframe))?,
        responsible: crate::roadmap::responsible_from_input(fw, &edit.responsible, l).ok_or_else(
            || Error::Required {
                field: "responsible".into(),
            },
        )?,
        priority: Some(edit.priority)
            .filter(|p| (1..=3).contains(p))
            .ok_or_else(|| invalid("priority", &edit.priority.to_string()))?,
        cost: crate::framework::CostClass::parse(&edit.cost)
            .ok_or_else(|| invalid("cost", &edit.cost))?,
        status: RoadmapStatus::parse(&edit.status)
            .ok_or_else(|| invalid("status", &edit.status))?,
        start_year: typed_year(&edit.start_year)?,
        end_year: typed_year(&edit.end_year)?,
        budget: typed_budget(&edit.budget_amount, &edit.budget_currency)?,
        baseline: edit.baseline.trim().to_string(),
        monitoring_target: edit.monitoring_target.trim().to_string(),
        ..item.clone()
    };
    if updated.is_own() && updated.text.is_none() {
        return Err(Error::Required {
            field: "roadmap".into(),
        });
    }
    crate::validate::roadmap_details(&updated)?;
    db.update_roadmap_item(id, &updated, actor)
}

/// An action the team adds, as the interface sends it: on an indicator (`indicator` its
/// code, `line` one of its block's action lines, `step` `from-to` or blank) or
/// cross-cutting (`indicator` blank; `block` a building block, or blank for all blocks).
#[derive(Debug, Clone, Deserialize)]
pub struct NewAction {
    pub indicator: String,
    #[serde(default)]
    pub block: String,
    #[serde(default)]
    pub line: String,
    #[serde(default)]
    pub step: String,
    pub text: String,
}

/// Adds an action the team wrote ([`Db::add_roadmap_item`]: a draft only, logged), proposed,
/// short term, medium priority and cost, the ministry of health responsible (the
/// framework's first body) until the team says otherwise; checked against the framework
/// first. Returns its uid.
pub fn add_roadmap_action(db: &mut Db, id: i64, new: &NewAction, actor: &str) -> Result<String> {
    let data = db.load(id)?;
    let fw = framework_of(&data.assessment)?;
    let text = new.text.trim();
    if text.is_empty() {
        return Err(Error::Required {
            field: "roadmap".into(),
        });
    }
    let step = new.step.trim();
    let (from_phase, to_phase) = if step.is_empty() {
        (None, None)
    } else {
        let parsed = step
            .split_once('-')
            .and_then(|(a, b)| Some((a.trim().parse::<u8>().ok()?, b.trim().parse::<u8>().ok()?)));
        let (from, to) = parsed.ok_or_else(|| Error::InvalidValue {
            field: "roadmap to_phase".into(),
            value: step.to_string(),
        })?;
        (Some(from), Some(to))
    };
    let indicator = new.indicator.trim().to_string();
    let block =
        Some(new.block.trim().to_string()).filter(|b| !b.is_empty() && indicator.is_empty());
    let responsible = fw
        .responsible
        .first()
        .cloned()
        .unwrap_or_else(|| "other-ministries".into());
    let item = RoadmapItem {
        uid: uuid::Uuid::new_v4().to_string(),
        line: if indicator.is_empty() {
            String::new()
        } else {
            new.line.trim().to_string()
        },
        indicator,
        template: None,
        from_phase,
        to_phase,
        text: Some(text.to_string()),
        monitoring: None,
        timeframe: crate::framework::TimeFrame::Short,
        responsible,
        priority: 2,
        cost: crate::framework::CostClass::Medium,
        status: RoadmapStatus::Proposed,
        position: 0,
        edited: true,
        progress: String::new(),
        block,
        start_year: None,
        end_year: None,
        budget: None,
        baseline: String::new(),
        monitoring_target: String::new(),
    };
    crate::validate::roadmap_item(fw, &item)?;
    db.add_roadmap_item(id, &item, actor)?;
    Ok(item.uid)
}

/// Deletes an action the team wrote ([`Db::delete_roadmap_item`]: a draft only, logged); an
/// action from the template library is refused (it is dropped with its status instead).
pub fn delete_roadmap_action(db: &mut Db, id: i64, uid: &str, actor: &str) -> Result<()> {
    db.delete_roadmap_item(id, uid, actor)
}

/// The follow-up of one action: its status and progress note, stored by
/// [`Db::set_follow_up`] for a draft and, after sign-off, for a finalised assessment too.
pub fn set_follow_up(
    db: &mut Db,
    id: i64,
    uid: &str,
    status: &str,
    progress: &str,
    actor: &str,
) -> Result<()> {
    let status = RoadmapStatus::parse(status).ok_or_else(|| Error::InvalidValue {
        field: "status".into(),
        value: status.into(),
    })?;
    db.set_follow_up(id, uid, status, progress, actor)
}

/// Moves an item up (`delta` < 0) or down within the roadmap order.
pub fn move_roadmap_item(db: &mut Db, id: i64, uid: &str, delta: i64, actor: &str) -> Result<()> {
    let mut items = db.load(id)?.roadmap;
    items.sort_by_key(|i| i.position);
    let Some(from) = items.iter().position(|i| i.uid == uid) else {
        return Err(Error::InvalidValue {
            field: "roadmap".into(),
            value: uid.into(),
        });
    };
    // Move past items of other action lines: swap with the nearest item of the same line.
    let line = items.get(from).map(|i| i.line.clone()).unwrap_or_default();
    let same_line = |(_, i): &(usize, &RoadmapItem)| i.line == line;
    let to = match delta.signum() {
        -1 => items.iter().enumerate().take(from).rev().find(same_line),
        1 => items.iter().enumerate().skip(from + 1).find(same_line),
        _ => None,
    }
    .map(|(n, _)| n);
    let Some(to) = to else {
        return Ok(());
    };
    items.swap(from, to);
    for (i, item) in items.iter_mut().enumerate() {
        item.position = i as i64;
    }
    if let Some(moved) = items.get_mut(to) {
        moved.edited = true;
    }
    db.replace_roadmap(id, &items, "roadmap.reordered", actor)
}

/// Writes the progress report of an assessment's roadmap (PDF) and records it, so that the
/// next one says what moved since: the actions by status, what moved since the last
/// progress report (or since sign-off, or since the assessment began), the overdue actions
/// and every action with its progress note; for a finalised assessment, whether its check
/// code still verifies. Returns the number of pages.
pub fn write_progress_report(
    db: &mut Db,
    id: i64,
    lang: crate::i18n::Lang,
    path: &std::path::Path,
    actor: &str,
) -> Result<usize> {
    write_progress_report_on(db, id, lang, crate::report::Paper::A4, path, actor)
}

/// [`write_progress_report`] on a chosen paper size.
pub fn write_progress_report_on(
    db: &mut Db,
    id: i64,
    lang: crate::i18n::Lang,
    paper: crate::report::Paper,
    path: &std::path::Path,
    actor: &str,
) -> Result<usize> {
    let data = db.load(id)?;
    let fw = framework_of(&data.assessment)?;
    let a = &data.assessment;
    let log = &data.change_log;
    let last = |what: &str| log.iter().rposition(|c| c.what == what);
    let since = match (last("progress.reported"), last("assessment.finalised")) {
        (Some(i), _) => crate::report::progress::Since {
            from: i + 1,
            at: log.get(i).map(|c| c.at.clone()).unwrap_or_default(),
            last_report: true,
        },
        (None, Some(i)) => crate::report::progress::Since {
            from: i + 1,
            at: log.get(i).map(|c| c.at.clone()).unwrap_or_default(),
            last_report: false,
        },
        (None, None) => crate::report::progress::Since {
            from: 0,
            at: a.created_at.clone(),
            last_report: false,
        },
    };
    let verified = crate::exchange::verify_check_code(&data)?;
    let today = crate::model::today_utc();
    let report =
        crate::report::progress::render_on(fw, &data, &since, verified, lang, paper, &today)?;
    crate::exchange::write_atomically(path, &report.pdf)?;
    db.record_progress_report(id, &today, actor)?;
    Ok(report.pages)
}
