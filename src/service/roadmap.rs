//! The Roadmap screen: actions grouped by building block and action line, edits, order.

use serde::{Deserialize, Serialize};

use super::{assessment_title, framework_of};
use crate::error::{Error, Result};
use crate::framework::IndicatorText;
use crate::i18n::{arg, Localizer};
use crate::model::{RoadmapItem, RoadmapStatus, Status};
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
}

#[derive(Debug, Clone, Serialize)]
pub struct RoadmapGroup {
    pub block: String,
    pub line: String,
    pub rows: Vec<RoadmapRow>,
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
    pub responsible: Vec<Choice>,
}

pub fn roadmap(db: &Db, id: i64, l: &Localizer) -> Result<RoadmapView> {
    let data = db.load(id)?;
    let fw = framework_of(&data.assessment)?;
    let mut groups: Vec<RoadmapGroup> = Vec::new();
    let items: Vec<&RoadmapItem> = data.roadmap.iter().collect();
    for (block, line, items) in crate::roadmap::by_action_line(fw, &items) {
        let rows = items
            .into_iter()
            .map(|i| {
                let (text, monitoring) = item_text(fw, i, l);
                let indicator_title = l.text(&fw.key(&i.indicator, IndicatorText::Title));
                let step_label = l.format(
                    "roadmap-step",
                    &[arg("from", i.from_phase), arg("to", i.to_phase)],
                );
                RoadmapRow {
                    uid: i.uid.clone(),
                    indicator: i.indicator.clone(),
                    subtitle: l.format(
                        "ui-road-item-subtitle",
                        &[arg("title", &indicator_title), arg("step", &step_label)],
                    ),
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
                }
            })
            .collect();
        groups.push(RoadmapGroup {
            block: l.text(&fw.block_key(block)),
            line: l.text(&fw.line_key(line)),
            rows,
        });
    }
    let title = assessment_title(l, &data.assessment.country, &data.assessment.round);
    let choice = |id: &str, key: String| Choice {
        id: id.to_string(),
        label: l.text(&key),
    };
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
        responsible: fw
            .responsible
            .iter()
            .map(|r| choice(r, fw.responsible_key(r)))
            .collect(),
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
        responsible: fw
            .responsible
            .iter()
            .find(|r| **r == edit.responsible)
            .cloned()
            .ok_or_else(|| invalid("responsible", &edit.responsible))?,
        priority: Some(edit.priority)
            .filter(|p| (1..=3).contains(p))
            .ok_or_else(|| invalid("priority", &edit.priority.to_string()))?,
        cost: crate::framework::CostClass::parse(&edit.cost)
            .ok_or_else(|| invalid("cost", &edit.cost))?,
        status: RoadmapStatus::parse(&edit.status)
            .ok_or_else(|| invalid("status", &edit.status))?,
        ..item.clone()
    };
    db.update_roadmap_item(id, &updated, actor)
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
    let report = crate::report::progress::render(fw, &data, &since, verified, lang, &today)?;
    crate::exchange::write_atomically(path, &report.pdf)?;
    db.record_progress_report(id, &today, actor)?;
    Ok(report.pages)
}
