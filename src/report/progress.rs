//! The progress report of a roadmap (issue 15 item 4), for a ministry's annual review: the
//! actions by status, what moved since the last progress report (or since sign-off), the
//! overdue actions, and every action with its status and progress note; for a finalised
//! assessment, whether its document check code still verifies.
//!
//! An action is overdue when it is neither done nor dropped and the end of its time frame,
//! counted from the assessment's date (short term 1 year, medium 3, long 5), has passed.

use time::Date;

use crate::error::Result;
use crate::framework::{self, Framework, TimeFrame};
use crate::i18n::{arg, num, Lang, Localizer};
use crate::model::{AssessmentData, RoadmapItem, RoadmapStatus, Status};

use super::build::{field, Report};
use super::page::{self, Paper, Writer, INK, MUTED};
use super::text;

/// What the report compares with: the last progress report (or sign-off, or the
/// assessment's beginning).
#[derive(Debug, Clone)]
pub struct Since {
    /// The change-log entries from this index on count as "moved".
    pub from: usize,
    /// When that was (RFC 3339 UTC), printed in the heading.
    pub at: String,
    /// Whether it is the last progress report (else sign-off or the beginning).
    pub last_report: bool,
}

/// The years after the assessment's date by which an action of a time frame is due.
fn years(t: TimeFrame) -> i32 {
    match t {
        TimeFrame::Short => 1,
        TimeFrame::Medium => 3,
        TimeFrame::Long => 5,
    }
}

/// When an action is due: 31 December of its end year if the team gave one, else the
/// assessment's date plus its time frame's years.
pub fn due(assessment_date: &str, item: &RoadmapItem) -> Option<Date> {
    // The team's end year, when it gave one: the action is due by the end of that year.
    if let Some(end) = item.end_year {
        return Date::from_calendar_date(i32::from(end), time::Month::December, 31).ok();
    }
    let d = crate::model::parse_date(assessment_date)?;
    d.replace_year(d.year() + years(item.timeframe))
        .ok()
        .or_else(|| {
            // 29 February plus whole years: the last day of February.
            d.replace_day(28)
                .ok()
                .and_then(|d| d.replace_year(d.year() + years(item.timeframe)).ok())
        })
}

/// Whether an action is overdue on `today`.
pub fn overdue(assessment_date: &str, item: &RoadmapItem, today: Date) -> bool {
    !matches!(item.status, RoadmapStatus::Done | RoadmapStatus::Dropped)
        && due(assessment_date, item).is_some_and(|d| d < today)
}

const STATUSES: [RoadmapStatus; 5] = [
    RoadmapStatus::Proposed,
    RoadmapStatus::Planned,
    RoadmapStatus::InProgress,
    RoadmapStatus::Done,
    RoadmapStatus::Dropped,
];

fn status_text(l: &Localizer, s: RoadmapStatus) -> String {
    l.text(&format!("roadmap-status-{}", s.as_str()))
}

/// Renders the progress report on A4 (see [`render_on`]).
pub fn render(
    fw: &Framework,
    data: &AssessmentData,
    since: &Since,
    verified: Option<bool>,
    lang: Lang,
    today: &str,
) -> Result<Report> {
    render_on(fw, data, since, verified, lang, Paper::A4, today)
}

/// Renders the progress report on `paper`. `today` is the date of the report
/// (YYYY-MM-DD); `verified` is the result of `exchange::verify_check_code` for a finalised
/// assessment.
pub fn render_on(
    fw: &Framework,
    data: &AssessmentData,
    since: &Since,
    verified: Option<bool>,
    lang: Lang,
    paper: Paper,
    today: &str,
) -> Result<Report> {
    let l = Localizer::new(lang, false);
    let a = &data.assessment;
    let title = l.format(
        "assessment-title",
        &[arg("country", &a.country), arg("round", &a.round)],
    );
    let today_date = crate::model::parse_date(today);
    let mut w = Writer::new(paper, lang.is_rtl());
    w.heading(&l.format("progress-title", &[arg("title", &title)]), 1);
    w.paragraph(&field(&l, "progress-date", l.date(today)), 10.0, false, INK);
    if a.status == Status::Finalised {
        let signed = a
            .approval
            .finalised_at
            .as_deref()
            .and_then(crate::model::parse_utc)
            .map(|t| l.date(&t.date().to_string()))
            .unwrap_or_default();
        w.paragraph(
            &l.format(
                "progress-signed",
                &[
                    arg("date", signed),
                    arg(
                        "approver",
                        a.approval.approver_name.clone().unwrap_or_default(),
                    ),
                ],
            ),
            10.0,
            false,
            INK,
        );
        let key = if verified == Some(true) {
            "progress-check-verifies"
        } else {
            "progress-check-fails"
        };
        w.paragraph(&l.text(key), 10.0, verified != Some(true), INK);
    } else {
        w.paragraph(&l.text("progress-draft"), 10.0, true, INK);
    }
    let items: Vec<&RoadmapItem> = data.roadmap.iter().collect();

    // Actions by status.
    w.heading(&l.text("progress-by-status"), 2);
    let rows: Vec<Vec<String>> = STATUSES
        .iter()
        .map(|s| {
            vec![
                status_text(&l, *s),
                items.iter().filter(|i| i.status == *s).count().to_string(),
            ]
        })
        .collect();
    w.table(
        &[l.text("ui-road-status"), l.text("progress-col-actions")],
        &rows,
        &[0.6, 0.4],
        9.5,
    );

    // What moved since.
    let since_date = crate::model::parse_utc(&since.at)
        .map(|t| l.date(&t.date().to_string()))
        .unwrap_or_default();
    let heading_key = if since.last_report {
        "progress-moved-since-report"
    } else if a.status == Status::Finalised {
        "progress-moved-since-signed"
    } else {
        "progress-moved-since-created"
    };
    w.heading(&l.format(heading_key, &[arg("date", &since_date)]), 2);
    let moved: Vec<Vec<String>> = data
        .change_log
        .iter()
        .skip(since.from)
        .filter(|c| c.what == "roadmap.status")
        .filter_map(|c| {
            let item = items
                .iter()
                .find(|i| Some(i.uid.as_str()) == c.subject.as_deref())?;
            let status = |s: Option<&str>| {
                s.and_then(RoadmapStatus::parse)
                    .map(|s| status_text(&l, s))
                    .unwrap_or_default()
            };
            let (action, _) = crate::roadmap::item_text(fw, item, &l);
            Some(vec![
                indicator_cell(&l, item),
                action,
                l.format(
                    "progress-move",
                    &[
                        arg("from", status(c.old.as_deref())),
                        arg("to", status(c.new.as_deref())),
                    ],
                ),
                crate::model::parse_utc(&c.at)
                    .map(|t| l.date(&t.date().to_string()))
                    .unwrap_or_default(),
            ])
        })
        .collect();
    if moved.is_empty() {
        w.paragraph(&l.text("progress-moved-none"), 10.0, false, MUTED);
    } else {
        w.table(
            &[
                l.text("report-ratings-indicator"),
                l.text("ui-road-action"),
                l.text("ui-road-status"),
                l.text("progress-col-when"),
            ],
            &moved,
            &[0.1, 0.5, 0.25, 0.15],
            8.5,
        );
    }

    // Overdue actions.
    w.heading(&l.text("progress-overdue"), 2);
    w.paragraph(&l.text("progress-overdue-rule"), 9.0, false, MUTED);
    if data.roadmap.iter().any(|i| i.end_year.is_some()) {
        w.paragraph(&l.text("progress-overdue-end-year"), 9.0, false, MUTED);
    }
    let mut late: Vec<&&RoadmapItem> = items
        .iter()
        .filter(|i| today_date.is_some_and(|t| overdue(&a.date, i, t)))
        .collect();
    late.sort_by(|x, y| framework::cmp_codes(&x.indicator, &y.indicator));
    if late.is_empty() {
        w.paragraph(&l.text("progress-overdue-none"), 10.0, false, MUTED);
    } else {
        let rows: Vec<Vec<String>> = late
            .iter()
            .map(|i| {
                let (action, _) = crate::roadmap::item_text(fw, i, &l);
                vec![
                    indicator_cell(&l, i),
                    action,
                    due(&a.date, i)
                        .map(|d| l.date(&d.to_string()))
                        .unwrap_or_default(),
                    status_text(&l, i.status),
                ]
            })
            .collect();
        w.table(
            &[
                l.text("report-ratings-indicator"),
                l.text("ui-road-action"),
                l.text("progress-col-due"),
                l.text("ui-road-status"),
            ],
            &rows,
            &[0.1, 0.55, 0.15, 0.2],
            8.5,
        );
    }

    // Every action, by action line, with its status and progress note.
    w.heading(&l.text("progress-all"), 2);
    if items.is_empty() {
        w.paragraph(&l.text("report-roadmap-none"), 10.0, false, MUTED);
    }
    if !items.is_empty() {
        w.paragraph(&l.text("report-roadmap-legend"), 9.0, false, MUTED);
    }
    let headers = [
        l.text("report-ratings-indicator"),
        l.text("ui-road-action"),
        l.text("ui-road-status"),
        l.text("ui-road-progress"),
    ];
    let table = |rows: &[&RoadmapItem]| -> Vec<Vec<String>> {
        rows.iter()
            .map(|i| {
                let (action, _) = crate::roadmap::item_text(fw, i, &l);
                let action = if i.is_own() {
                    l.format("report-roadmap-own-action", &[arg("text", action)])
                } else {
                    action
                };
                vec![
                    indicator_cell(&l, i),
                    action,
                    status_text(&l, i.status),
                    i.progress.clone(),
                ]
            })
            .collect()
    };
    for (block, line, rows) in crate::roadmap::by_action_line(fw, &items) {
        w.heading(
            &l.format(
                "report-action-line-heading",
                &[
                    arg("block", l.text(&fw.block_key(block))),
                    arg("line", l.text(&fw.line_key(line))),
                ],
            ),
            3,
        );
        w.table(&headers, &table(&rows), &[0.1, 0.45, 0.15, 0.3], 8.5);
    }
    // The cross-cutting actions after the others, by building block, as in the report.
    for (block, rows) in crate::roadmap::cross_cutting(fw, &items) {
        let scope = match block {
            Some(b) => l.text(&fw.block_key(b)),
            None => l.text("roadmap-all-blocks"),
        };
        w.heading(
            &l.format(
                "report-action-line-heading",
                &[
                    arg("block", l.text("roadmap-cross-cutting")),
                    arg("line", scope),
                ],
            ),
            3,
        );
        w.table(&headers, &table(&rows), &[0.1, 0.45, 0.15, 0.3], 8.5);
    }
    let counted = items.len();
    w.space(4.0);
    w.paragraph(
        &l.format("progress-total", &[num("count", counted as f64)]),
        9.0,
        false,
        MUTED,
    );

    let header = l.format("progress-running-header", &[arg("title", &title)]);
    w.furniture(
        &header,
        &page::Status::Plain {
            notice: l.format("progress-footer", &[arg("date", l.date(today))]),
        },
        |page, total| l.format("report-page", &[arg("page", page), arg("total", total)]),
    );
    let pages = w.page_count();
    let placed = w.placed.clone();
    let mut missing = w.missing.clone();
    missing.sort_unstable();
    missing.dedup();
    let pdf = w.finish(
        &l.format("progress-title", &[arg("title", &title)]),
        &a.facilitator,
        paper,
        lang.code(),
    );
    Ok(Report {
        pdf,
        pages,
        missing,
        placed,
    })
}

/// The indicator column of an action: its code, or "Cross-cutting" for an action tied to no
/// indicator.
fn indicator_cell(l: &Localizer, item: &RoadmapItem) -> String {
    if item.is_cross_cutting() {
        l.text("roadmap-cross-cutting-short")
    } else {
        text::isolate(&item.indicator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::CostClass;

    fn item(timeframe: TimeFrame, status: RoadmapStatus) -> RoadmapItem {
        RoadmapItem {
            uid: "u".into(),
            indicator: "1".into(),
            template: None,
            from_phase: Some(1),
            to_phase: Some(2),
            line: "l".into(),
            text: None,
            monitoring: None,
            timeframe,
            responsible: "moh".into(),
            priority: 1,
            cost: CostClass::Low,
            status,
            position: 0,
            edited: false,
            progress: String::new(),
            block: None,
            start_year: None,
            end_year: None,
            budget: None,
            baseline: String::new(),
            monitoring_target: String::new(),
        }
    }

    #[test]
    fn an_action_is_overdue_after_its_time_frame_unless_done_or_dropped() {
        let today = crate::model::parse_date("2027-06-01").expect("date");
        let open = item(TimeFrame::Short, RoadmapStatus::InProgress);
        assert_eq!(
            due("2026-03-16", &open).map(|d| d.to_string()).as_deref(),
            Some("2027-03-16")
        );
        assert!(overdue("2026-03-16", &open, today));
        assert!(!overdue(
            "2026-03-16",
            &item(TimeFrame::Medium, RoadmapStatus::Planned),
            today
        ));
        assert!(!overdue(
            "2026-03-16",
            &item(TimeFrame::Short, RoadmapStatus::Done),
            today
        ));
        assert!(!overdue(
            "2026-03-16",
            &item(TimeFrame::Short, RoadmapStatus::Dropped),
            today
        ));
        // An end year given by the team: due by 31 December of that year.
        let ending = RoadmapItem {
            end_year: Some(2026),
            ..open.clone()
        };
        assert_eq!(
            due("2026-03-16", &ending).map(|d| d.to_string()).as_deref(),
            Some("2026-12-31")
        );
        assert!(overdue("2026-03-16", &ending, today));
        // 29 February: due on the 28th in a year without one.
        assert_eq!(
            due("2028-02-29", &open).map(|d| d.to_string()).as_deref(),
            Some("2029-02-28")
        );
    }
}
