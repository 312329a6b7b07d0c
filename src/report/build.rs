//! The content of the report, section by section.

use crate::charts;
use crate::compare::Round;
use crate::consensus::{self, Spread};
use crate::error::Result;
use crate::framework::{self, Framework, IndicatorText};
use crate::i18n::{arg, num, Lang, Localizer};
use crate::model::{AssessmentData, NarrativeKind, Rater, RoadmapItem, RoadmapStatus, Status};
use crate::roadmap::item_text;
use crate::scoring::{self, Current, Scores};

use super::page::{self, Align, Paper, Writer, BRAND, INK, MUTED, RULE};
use super::sink::{Chart, ChartKind, Sink};
use super::text;

/// A finished report.
#[derive(Debug)]
pub struct Report {
    pub pdf: Vec<u8>,
    pub pages: usize,
    /// Characters that no shipped font could draw; empty for a correct report.
    pub missing: Vec<char>,
    /// What the page writer placed on each page, in order (for checks of the layout).
    pub placed: Vec<page::Placed>,
}

/// Renders the report of an assessment in a language. `today` is printed on the cover.
/// `previous` is the country's round before this one, drawn on the radar when given.
pub fn render(
    data: &AssessmentData,
    previous: Option<&Round>,
    lang: Lang,
    paper: Paper,
    today: &str,
) -> Result<Report> {
    let a = &data.assessment;
    let fw = framework::find(&a.framework.id, &a.framework.version)?;
    let l = Localizer::new(lang, false);
    let scores = scoring::score(fw, &data.score_inputs());
    let mut w = Writer::new(paper, lang.is_rtl());
    let title = l.format(
        "assessment-title",
        &[arg("country", &a.country), arg("round", &a.round)],
    );

    let finalised = content(&mut w, &l, fw, data, &scores, previous, today);

    let header = l.format("report-running-header", &[arg("title", &title)]);
    let status = match &finalised {
        Some(f) => page::Status::Finalised {
            notice: l.format(
                "report-finalised-footer",
                &[arg("date", &f.date), arg("code", f.short_code())],
            ),
        },
        None => page::Status::Draft {
            word: l.text("report-draft-word"),
            notice: l.text("report-draft-footer"),
        },
    };
    w.furniture(&header, &status, |page, total| {
        l.format("report-page", &[arg("page", page), arg("total", total)])
    });
    let pages = w.page_count();
    let placed = w.placed.clone();
    let mut missing = w.missing.clone();
    missing.sort_unstable();
    missing.dedup();
    let pdf = w.finish(
        &l.format("report-document-title", &[arg("title", &title)]),
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

/// The report's sections for an assessment in a language, written to any [`Sink`]: what
/// the PDF and the DOCX hold (and what the benchmark's rival prints as HTML), without the
/// page furniture. `today` is printed on the cover.
pub fn sections<S: Sink>(
    sink: &mut S,
    data: &AssessmentData,
    previous: Option<&Round>,
    lang: Lang,
    today: &str,
) -> Result<()> {
    let a = &data.assessment;
    let fw = framework::find(&a.framework.id, &a.framework.version)?;
    let l = Localizer::new(lang, false);
    let scores = scoring::score(fw, &data.score_inputs());
    content(sink, &l, fw, data, &scores, previous, today);
    Ok(())
}

/// Every section of the report, from the cover to the sign-off, written to `w`; returns
/// the finalisation (`None` for a draft) for the status on every page.
pub(super) fn content<S: Sink>(
    w: &mut S,
    l: &Localizer,
    fw: &Framework,
    data: &AssessmentData,
    scores: &Scores,
    previous: Option<&Round>,
    today: &str,
) -> Option<Finalisation> {
    // Only the cover forces a new page; every section follows on when a good part of the
    // page is left (`section_break`), and headings and tables move to the next page whole
    // (the page writer), so that no page is left mostly empty.
    cover(w, l, fw, data, today);
    w.new_page();
    super::summary::summary(w, l, fw, data, scores);
    radar_and_scores(w, l, fw, scores, previous, data.benchmark.as_ref());
    if let Some(previous) = previous {
        since_last_round(w, l, fw, data, previous);
    }
    for block in &fw.blocks {
        section_break(w);
        block_section(w, l, fw, data, scores, &block.id);
    }
    roadmap(w, l, fw, data);
    super::method::method_annex(w, l, fw, data, scores);
    ratings_annex(w, l, fw, data);
    let finalised = finalisation(l, data);
    signoff(w, l, data, finalised.as_ref());
    finalised
}

/// Starts a section on a new page unless a good part of this one is left.
pub(super) fn section_break<S: Sink>(w: &mut S) {
    if w.remaining() < SECTION_ROOM {
        w.new_page();
    } else {
        w.space(14.0);
    }
}

/// A finalised report's date of finalisation and check code (the assessment's fingerprint).
pub(super) struct Finalisation {
    pub date: String,
    pub code: String,
}

impl Finalisation {
    /// The code as the footer prints it: its first 16 characters, as the dashboard shows.
    pub fn short_code(&self) -> String {
        self.code.chars().take(16).collect()
    }
}

/// `None` for a draft.
fn finalisation(l: &Localizer, data: &AssessmentData) -> Option<Finalisation> {
    let a = &data.assessment;
    if a.status != Status::Finalised {
        return None;
    }
    let dash = l.text("report-not-given");
    let date = a
        .approval
        .finalised_at
        .as_deref()
        .and_then(crate::model::parse_utc)
        .map(|t| l.date(&t.date().to_string()))
        .unwrap_or_else(|| dash.clone());
    let code = a.approval.fingerprint.clone().unwrap_or(dash);
    Some(Finalisation { date, code })
}

pub(super) fn phase_text(l: &Localizer, p: u8) -> String {
    l.format(
        "phase-title",
        &[
            arg("label", l.format("phase-label", &[arg("phase", p)])),
            arg("name", l.text(&format!("phase-{p}-name"))),
        ],
    )
}

/// An item of a bulleted list, with the language's bullet.
pub(super) fn list_item(l: &Localizer, item: impl ToString) -> String {
    l.format("report-list-item", &[arg("item", item)])
}

/// "Label: value", with the language's punctuation (a space before the colon in French).
pub(super) fn field(l: &Localizer, label_key: &str, value: impl ToString) -> String {
    l.format(
        "report-field",
        &[arg("label", l.text(label_key)), arg("value", value)],
    )
}

fn cover<S: Sink>(w: &mut S, l: &Localizer, fw: &Framework, data: &AssessmentData, today: &str) {
    let a = &data.assessment;
    w.space(90.0);
    w.paragraph(&l.text("report-title"), 24.0, true, BRAND);
    w.space(4.0);
    w.paragraph(&l.text("report-subtitle"), 15.0, false, MUTED);
    w.space(40.0);
    w.paragraph(&a.country, 28.0, true, INK);
    w.space(6.0);
    w.paragraph(&a.round, 16.0, false, INK);
    w.space(40.0);
    let rows = [
        ("report-date", l.date(&a.date)),
        (
            "report-framework",
            l.format(
                "framework-with-version",
                &[
                    arg("name", l.text(&fw.name_key())),
                    arg("version", &fw.version),
                ],
            ),
        ),
        ("report-facilitator", a.facilitator.clone()),
        (
            "report-status",
            l.text(&format!("status-{}", a.status.as_str())),
        ),
    ];
    for (label, value) in rows {
        w.paragraph(&field(l, label, value), 11.0, false, INK);
        w.space(2.0);
    }
    w.space(30.0);
    w.paragraph(
        &l.format("report-generated", &[arg("date", l.date(today))]),
        9.0,
        false,
        MUTED,
    );
}

fn radar_and_scores<S: Sink>(
    w: &mut S,
    l: &Localizer,
    fw: &Framework,
    s: &Scores,
    previous: Option<&Round>,
    benchmark: Option<&crate::model::Benchmark>,
) {
    w.space(14.0);
    w.heading(&l.text("report-radar"), 1);
    w.chart(Chart {
        kind: ChartKind::Radar,
        l,
        fw,
        scores: s,
        previous,
        benchmark,
    });
    w.paragraph(&l.text("ui-dash-gap-note"), 8.5, false, MUTED);
    w.space(8.0);
    w.heading(&l.text("ui-chart-bars-title"), 2);
    w.chart(Chart {
        kind: ChartKind::Bars,
        l,
        fw,
        scores: s,
        previous,
        benchmark,
    });
    w.heading(&l.text("report-scores"), 2);
    let na = l.text("not-available");
    let headers = [
        l.text("ui-dash-col-block"),
        l.text("ui-dash-col-mean"),
        l.text("ui-dash-col-phase"),
        l.text("ui-dash-col-target"),
        l.text("ui-dash-col-scored"),
    ];
    let mut rows: Vec<Vec<String>> = s
        .blocks
        .iter()
        .map(|b| {
            vec![
                l.text(&fw.block_key(&b.id)),
                b.mean
                    .map(|m| l.decimal(m, 2))
                    .unwrap_or_else(|| na.clone()),
                b.phase.map(|p| p.to_string()).unwrap_or_else(|| na.clone()),
                b.target_phase
                    .map(|p| p.to_string())
                    .unwrap_or_else(|| na.clone()),
                l.list(&b.scored),
            ]
        })
        .collect();
    rows.push(vec![
        l.text("overall"),
        s.overall
            .mean
            .map(|m| l.decimal(m, 2))
            .unwrap_or_else(|| na.clone()),
        s.overall
            .phase
            .map(|p| p.to_string())
            .unwrap_or_else(|| na.clone()),
        s.overall
            .target_phase
            .map(|p| p.to_string())
            .unwrap_or_else(|| na.clone()),
        String::new(),
    ]);
    w.table(&headers, &rows, &[0.36, 0.12, 0.12, 0.12, 0.28], 9.5);
}

/// The radar of the building blocks: the same geometry as the screen's, drawn as vectors,
/// with its scale and legend.
pub(super) fn radar(
    w: &mut Writer,
    l: &Localizer,
    fw: &Framework,
    s: &Scores,
    previous: Option<&Round>,
    benchmark: Option<&crate::model::Benchmark>,
) {
    let labels: Vec<String> = s
        .blocks
        .iter()
        .map(|b| l.text(&fw.block_key(&b.id)))
        .collect();
    let series = charts::with_benchmark(charts::radar_series(s, previous, l), s, benchmark, l);
    // The same geometry as the screen's SVG, drawn as vectors.
    let (cw, ch) = (w.content_width() as f64, 300.0);
    let layout = charts::radar_layout(&labels, &series, cw, ch);
    // The chart, then its legend below it: the series in front first, then the scale.
    let scale_note = l.text("ui-chart-scale-note");
    let front: Vec<&charts::Series> = layout.series.iter().rev().map(|(s, _)| s).collect();
    let entries = charts::legend_entries(&front, Some(&scale_note));
    let legend_rows = pdf_legend_rows(w, &entries);
    let top = w.place(ch as f32 + 8.0 + LEGEND_LINE * legend_rows.len() as f32);
    let (x0, page_h) = (w.margin, w.height);
    let to_pdf = |p: (f64, f64)| (x0 + p.0 as f32, page_h - top - p.1 as f32);
    for (i, ring) in layout.rings.iter().enumerate() {
        let pts: Vec<(f32, f32)> = ring.iter().map(|p| to_pdf(*p)).collect();
        w.polyline(&pts, RULE, if i == 4 { 1.0 } else { 0.5 }, true);
    }
    for (end, label, text_label) in &layout.axes {
        let c = to_pdf(layout.centre);
        let e = to_pdf(*end);
        w.polyline(&[c, e], RULE, 0.5, false);
        let (lx, ly) = to_pdf(*label);
        let lines = charts::wrap_label(text_label, 22);
        let size = 8.5;
        let dx = label.0 - layout.centre.0;
        for (k, line) in lines.iter().enumerate() {
            let lw = text::width(line, false, w.rtl, size) + 1.0;
            let bx = if dx.abs() < 1.0 {
                lx - lw / 2.0
            } else if dx > 0.0 {
                lx
            } else {
                lx - lw
            };
            let t = page_h - ly - size * 0.6 + k as f32 * size * 1.2
                - if label.1 < layout.centre.1 - 1.0 && dx.abs() < 1.0 {
                    (lines.len() as f32 - 1.0) * size * 1.2
                } else {
                    0.0
                };
            w.line_at(line, bx, lw, t, size, false, Align::Centre, INK);
        }
    }
    for (series, runs) in &layout.series {
        let colour = charts::rgb(&series.colour);
        for run in runs {
            let pts: Vec<(f32, f32)> = run.iter().map(|p| to_pdf(*p)).collect();
            let closed = runs.len() == 1 && run.len() == layout.axes.len();
            w.polyline_dashed(&pts, colour, 1.8, closed, series.dashed);
        }
    }
    // The scale: phases 1 to 5 where the rings cross the top axis, over the series.
    for (p, number) in &layout.scale {
        let (x, y) = to_pdf(*p);
        w.line_at(
            number,
            x + 3.0,
            10.0,
            page_h - y - 7.0 * 0.6,
            7.0,
            false,
            Align::Start,
            MUTED,
        );
    }
    pdf_legend(w, &entries, &legend_rows, top + ch as f32 + 8.0);
}

/// "Since the last round": per building block (and overall) the mean, phase and target then
/// and now, then every indicator whose phase or target changed, with the team's note.
fn since_last_round<S: Sink>(
    w: &mut S,
    l: &Localizer,
    fw: &Framework,
    data: &AssessmentData,
    previous: &Round,
) {
    use crate::changes::{self, labels};
    let ch = changes::since(&previous.scores, fw, data);
    // Beside the scores when a good part of their page is left, as the block sections do.
    section_break(w);
    w.heading(&l.text("report-changes"), 1);
    w.paragraph(
        &l.format(
            "report-changes-intro",
            &[
                arg("round", &previous.round),
                arg("date", l.date(&previous.date)),
            ],
        ),
        10.0,
        false,
        INK,
    );
    w.space(6.0);
    let headers = [
        l.text("ui-dash-col-block"),
        l.text("changes-col-mean"),
        l.text("changes-col-phase"),
        l.text("changes-col-target"),
        l.text("changes-col-direction"),
    ];
    let score_row = |name: String, s: &changes::ScoreChange| {
        vec![
            name,
            labels::score_mean(l, s),
            labels::arrow(
                l,
                labels::phase(l, s.old_phase),
                labels::phase(l, s.new_phase),
            ),
            labels::arrow(
                l,
                labels::phase(l, s.old_target),
                labels::phase(l, s.new_target),
            ),
            labels::direction(l, s.direction),
        ]
    };
    let mut rows: Vec<Vec<String>> = ch
        .blocks
        .iter()
        .map(|b| {
            let key = fw.block_key(&b.id);
            let name = if l.has(&key) {
                l.text(&key)
            } else {
                b.id.clone()
            };
            score_row(name, &b.score)
        })
        .collect();
    rows.push(score_row(l.text("overall"), &ch.overall));
    w.table(&headers, &rows, &[0.34, 0.2, 0.14, 0.14, 0.18], 9.0);
    w.space(8.0);
    w.heading(&l.text("report-changes-indicators"), 2);
    w.paragraph(
        &l.format("changes-count", &[num("count", ch.changed() as f64)]),
        10.0,
        false,
        INK,
    );
    let rows: Vec<Vec<String>> = ch
        .blocks
        .iter()
        .flat_map(|b| &b.indicators)
        .filter(|i| i.changed())
        .map(|i| {
            let key = fw.key(&i.code, IndicatorText::Title);
            vec![
                if l.has(&key) {
                    l.format(
                        "changes-indicator",
                        &[arg("code", &i.code), arg("title", l.text(&key))],
                    )
                } else {
                    i.code.clone()
                },
                labels::arrow(
                    l,
                    labels::state(l, i.in_older, i.old_current),
                    labels::state(l, i.in_newer, i.new_current),
                ),
                labels::arrow(
                    l,
                    labels::target(l, i.in_older, i.old_target),
                    labels::target(l, i.in_newer, i.new_target),
                ),
                i.note.clone(),
            ]
        })
        .collect();
    if !rows.is_empty() {
        w.space(4.0);
        w.table(
            &[
                l.text("changes-col-indicator"),
                l.text("changes-col-phase"),
                l.text("changes-col-target"),
                l.text("changes-col-note"),
            ],
            &rows,
            &[0.3, 0.14, 0.14, 0.42],
            8.5,
        );
    }
}

/// Points a building-block section needs left on a page to start there.
const SECTION_ROOM: f32 = 260.0;

/// A building block's section: its name and description, its own score (mean and phase,
/// target phase, as the scores table gives them), then each indicator with the team's
/// answer, the description of the chosen phase, the confidence, rationale and evidence.
fn block_section<S: Sink>(
    w: &mut S,
    l: &Localizer,
    fw: &Framework,
    data: &AssessmentData,
    s: &Scores,
    block: &str,
) {
    w.heading(
        &l.format(
            "report-block-section",
            &[arg("block", l.text(&fw.block_key(block)))],
        ),
        1,
    );
    w.paragraph(&l.text(&fw.block_description_key(block)), 9.5, false, MUTED);
    w.paragraph(&block_score(l, s, block), 10.0, true, INK);
    super::summary::narrative(w, l, data, block, NarrativeKind::Findings);
    super::summary::narrative(w, l, data, block, NarrativeKind::Recommendations);
    w.space(4.0);
    for ind in fw.indicators_of(block) {
        let r = data.responses.iter().find(|r| r.indicator == ind.code);
        w.heading(
            &l.format(
                "report-indicator-heading",
                &[
                    arg("code", &ind.code),
                    arg("title", l.text(&fw.key(&ind.code, IndicatorText::Title))),
                ],
            ),
            3,
        );
        if !ind.is_scored() {
            w.paragraph(&l.text("report-sub-indicator"), 9.0, false, MUTED);
        }
        w.paragraph(
            &l.text(&fw.key(&ind.code, IndicatorText::Question)),
            9.5,
            false,
            MUTED,
        );
        let current = match r.and_then(|r| r.current) {
            Some(Current::Phase(p)) => phase_text(l, p),
            Some(Current::NotApplicable) => l.text("not-applicable"),
            None => l.text("not-available"),
        };
        let target = r
            .and_then(|r| r.target)
            .map(|t| match r.and_then(|r| r.target_year) {
                // The year as written, never as a grouped number ("2,028").
                Some(y) => l.format(
                    "report-target-by-year",
                    &[arg("phase", phase_text(l, t)), arg("year", y.to_string())],
                ),
                None => phase_text(l, t),
            })
            .unwrap_or_else(|| l.text("not-available"));
        w.paragraph(&field(l, "report-current", current), 10.0, true, INK);
        // What the chosen phase means, in the framework's words.
        if let Some(Current::Phase(p)) = r.and_then(|r| r.current) {
            w.paragraph_in(
                &l.text(&fw.key(&ind.code, IndicatorText::Phase(p))),
                9.5,
                false,
                MUTED,
                10.0,
            );
        }
        w.paragraph(&field(l, "report-target", target), 10.0, false, INK);
        let confidence = r
            .and_then(|r| r.confidence)
            .map(|c| l.text(&format!("confidence-{}", c.as_str())))
            .unwrap_or_else(|| l.text("report-confidence-none"));
        w.paragraph(&confidence, 10.0, false, INK);
        let rationale = r
            .map(|r| r.rationale.trim().to_string())
            .filter(|s| !s.is_empty())
            .map(|s| text::isolate(&s))
            .unwrap_or_else(|| l.text("report-no-rationale"));
        w.paragraph(&field(l, "report-rationale", rationale), 10.0, false, INK);
        let evidence: Vec<String> = data
            .evidence
            .iter()
            .filter(|e| e.indicator == ind.code)
            .map(|e| {
                if e.reference.trim().is_empty() {
                    text::isolate(&e.title)
                } else {
                    l.format(
                        "ui-walk-evidence-item",
                        &[
                            arg("title", text::isolate(&e.title)),
                            arg("reference", text::isolate(&e.reference)),
                        ],
                    )
                }
            })
            .collect();
        if evidence.is_empty() {
            w.paragraph(
                &field(l, "report-evidence", l.text("report-no-evidence")),
                9.5,
                false,
                MUTED,
            );
        } else {
            w.paragraph(&l.text("report-evidence-heading"), 10.0, false, INK);
            for e in evidence {
                w.paragraph_in(&list_item(l, e), 9.5, false, INK, 10.0);
            }
        }
        w.space(4.0);
    }
}

/// The line that opens a block's section: its mean and phase, and its target phase.
fn block_score(l: &Localizer, s: &Scores, block: &str) -> String {
    let Some(b) = s.block(block) else {
        return l.text("report-block-score-none");
    };
    match (b.mean, b.phase) {
        (Some(mean), Some(phase)) => l.format(
            "report-block-score",
            &[
                arg("mean", l.decimal(mean, 2)),
                arg("phase", phase_text(l, phase)),
                arg(
                    "target",
                    b.target_phase
                        .map(|t| phase_text(l, t))
                        .unwrap_or_else(|| l.text("not-available")),
                ),
            ],
        ),
        _ => l.text("report-block-score-none"),
    }
}

/// A roadmap action's cells as the report prints them: its text (with the mark of an action
/// the team wrote), its indicator and step (left out for cross-cutting actions), time frame
/// and years, responsible body, priority, cost class and budget, and monitoring indicator
/// with its baseline and target.
pub(super) fn action_cells(
    l: &Localizer,
    fw: &Framework,
    i: &RoadmapItem,
    with_indicator: bool,
) -> Vec<String> {
    let (text, monitoring) = item_text(fw, i, l);
    let text = if i.is_own() {
        l.format("report-roadmap-own-action", &[arg("text", text)])
    } else {
        text
    };
    let mut cells = vec![text];
    if with_indicator {
        let step = match (i.from_phase, i.to_phase) {
            (Some(from), Some(to)) => l.format(
                "report-indicator-step",
                &[
                    // Isolated: in Arabic, "21c" would otherwise carry the step's numbers
                    // into its left-to-right run ("4 ← 3" drawn as "3 ← 4").
                    arg("indicator", text::isolate(&i.indicator)),
                    arg(
                        "step",
                        l.format("roadmap-step", &[arg("from", from), arg("to", to)]),
                    ),
                ],
            ),
            _ => i.indicator.clone(),
        };
        cells.push(step);
    }
    let timeframe = l.text(&format!("timeframe-{}", i.timeframe.as_str()));
    let when = match (i.start_year, i.end_year) {
        (Some(start), Some(end)) if start != end => l.format(
            "report-roadmap-years",
            &[arg("start", start.to_string()), arg("end", end.to_string())],
        ),
        (Some(y), _) | (None, Some(y)) => y.to_string(),
        (None, None) => String::new(),
    };
    cells.push(if when.is_empty() {
        timeframe
    } else {
        format!("{timeframe}\n{}", text::isolate(&when))
    });
    cells.push(crate::roadmap::responsible_label(fw, &i.responsible, l));
    cells.push(l.text(&format!("priority-{}", i.priority)));
    let cost = l.text(&format!("cost-{}", i.cost.as_str()));
    cells.push(match &i.budget {
        Some(b) => format!(
            "{cost}\n{}",
            text::isolate(&l.format(
                "report-roadmap-budget",
                &[
                    arg("amount", b.amount.clone()),
                    arg("currency", b.currency.clone())
                ],
            ))
        ),
        None => cost,
    });
    let mut monitor = vec![monitoring];
    if !i.baseline.is_empty() {
        monitor.push(l.format(
            "report-roadmap-baseline",
            &[arg("value", i.baseline.clone())],
        ));
    }
    if !i.monitoring_target.is_empty() {
        monitor.push(l.format(
            "report-roadmap-target",
            &[arg("value", i.monitoring_target.clone())],
        ));
    }
    cells.push(
        monitor
            .into_iter()
            .filter(|m| !m.is_empty())
            .collect::<Vec<_>>()
            .join("\n"),
    );
    cells
}

fn roadmap<S: Sink>(w: &mut S, l: &Localizer, fw: &Framework, data: &AssessmentData) {
    section_break(w);
    w.heading(&l.text("report-roadmap"), 1);
    let items: Vec<_> = data
        .roadmap
        .iter()
        .filter(|i| i.status != RoadmapStatus::Dropped)
        .collect();
    if items.is_empty() {
        w.paragraph(&l.text("report-roadmap-none"), 10.0, false, MUTED);
        return;
    }
    // Which actions come from DHMA's template library and which the team wrote.
    w.paragraph(&l.text("report-roadmap-legend"), 9.0, false, MUTED);
    let headers = [
        l.text("ui-road-action"),
        l.text("ui-road-step"),
        l.text("ui-road-timeframe"),
        l.text("ui-road-responsible"),
        l.text("ui-road-priority"),
        l.text("ui-road-cost"),
        l.text("ui-road-monitoring"),
    ];
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
        let table: Vec<Vec<String>> = rows.iter().map(|i| action_cells(l, fw, i, true)).collect();
        w.table(
            &headers,
            &table,
            &[0.28, 0.09, 0.12, 0.13, 0.08, 0.12, 0.18],
            8.0,
        );
    }
    let cross = crate::roadmap::cross_cutting(fw, &items);
    if !cross.is_empty() {
        w.heading(&l.text("roadmap-cross-cutting"), 2);
        w.paragraph(
            &l.text("report-roadmap-cross-cutting-intro"),
            9.0,
            false,
            MUTED,
        );
        let headers: Vec<String> = headers
            .iter()
            .enumerate()
            .filter(|(n, _)| *n != 1)
            .map(|(_, h)| h.clone())
            .collect();
        for (block, rows) in cross {
            w.heading(
                &match block {
                    Some(b) => l.text(&fw.block_key(b)),
                    None => l.text("roadmap-all-blocks"),
                },
                3,
            );
            let table: Vec<Vec<String>> =
                rows.iter().map(|i| action_cells(l, fw, i, false)).collect();
            w.table(&headers, &table, &[0.34, 0.13, 0.14, 0.08, 0.12, 0.19], 8.0);
        }
    }
    w.heading(&l.text("report-timeline"), 2);
    let rows: Vec<Vec<String>> = framework::TimeFrame::ALL
        .iter()
        .map(|t| {
            let mut codes: Vec<String> = items
                .iter()
                .filter(|i| i.timeframe == *t && !i.is_cross_cutting())
                .map(|i| i.indicator.clone())
                .collect();
            // In the order people read codes (2a after 2, not after 21).
            framework::sort_codes(&mut codes);
            codes.dedup();
            let count = items.iter().filter(|i| i.timeframe == *t).count();
            vec![
                l.text(&format!("timeframe-{}", t.as_str())),
                count.to_string(),
                l.list(&codes),
            ]
        })
        .collect();
    w.table(
        &[
            l.text("ui-road-timeframe"),
            l.text("report-timeline-col-actions"),
            l.text("report-timeline-col-indicators"),
        ],
        &rows,
        &[0.35, 0.15, 0.5],
        9.0,
    );
}

/// The spread of the workshop's ratings of an indicator and its agreed phase.
fn spread_of(data: &AssessmentData, code: &str) -> (Spread, Option<Current>) {
    let spread = consensus::spread(
        data.workshop
            .ratings
            .iter()
            .filter(|r| r.indicator == code)
            .map(|r| r.phase),
    );
    let agreed = data
        .responses
        .iter()
        .find(|r| r.indicator == code)
        .and_then(|r| r.current);
    (spread, agreed)
}

/// The executive summary's agreement figure: the share of scored indicators where every
/// rating lies within one phase of the agreed phase. Nothing without ratings.
pub(super) fn agreement<S: Sink>(w: &mut S, l: &Localizer, fw: &Framework, data: &AssessmentData) {
    if data.workshop.ratings.is_empty() {
        return;
    }
    let spreads: Vec<(Spread, Option<Current>)> = fw
        .indicators
        .iter()
        .filter(|i| i.is_scored())
        .map(|i| spread_of(data, &i.code))
        .collect();
    let Some(share) = consensus::agreement(spreads.iter().map(|(s, a)| (s, *a))) else {
        return;
    };
    let within: Vec<bool> = spreads
        .iter()
        .filter_map(|(s, a)| consensus::within_one(s, *a))
        .collect();
    let agreed = within.iter().filter(|ok| **ok).count();
    w.paragraph(
        &l.format(
            "report-summary-agreement",
            &[
                arg("percent", l.decimal(share * 100.0, 0)),
                num("agreed", agreed as f64),
                num("counted", within.len() as f64),
            ],
        ),
        11.0,
        false,
        INK,
    );
    w.paragraph(
        &l.text("report-summary-agreement-meaning"),
        9.5,
        false,
        MUTED,
    );
}

/// Who rated or dissented, as the report names them.
fn rater_name(l: &Localizer, rater: &Rater) -> String {
    match rater.name() {
        Some(n) => text::isolate(n),
        None => l.text("report-ratings-anonymous"),
    }
}

/// The annex "How the team rated": the distribution of the ratings of each scored indicator
/// (and of each sub-indicator with ratings), the agreed phase, the consensus notes and every
/// dissent. Nothing before the workshop (no rating, note or dissent).
fn ratings_annex<S: Sink>(w: &mut S, l: &Localizer, fw: &Framework, data: &AssessmentData) {
    let ws = &data.workshop;
    if ws.ratings.is_empty() && ws.notes.is_empty() && ws.dissents.is_empty() {
        return;
    }
    section_break(w);
    w.heading(&l.text("report-ratings"), 1);
    if !ws.ratings.is_empty() {
        ratings_table(w, l, fw, data);
    }
    w.heading(&l.text("report-ratings-notes"), 2);
    let mut any = false;
    for ind in &fw.indicators {
        let note = ws
            .notes
            .iter()
            .find(|n| n.indicator == ind.code && !n.note.trim().is_empty());
        let dissents: Vec<_> = ws
            .dissents
            .iter()
            .filter(|d| d.indicator == ind.code)
            .collect();
        if note.is_none() && dissents.is_empty() {
            continue;
        }
        any = true;
        w.heading(
            &l.format(
                "report-indicator-heading",
                &[
                    arg("code", &ind.code),
                    arg("title", l.text(&fw.key(&ind.code, IndicatorText::Title))),
                ],
            ),
            3,
        );
        if let Some(n) = note {
            w.paragraph(
                &field(l, "report-consensus-note", text::isolate(n.note.trim())),
                9.5,
                false,
                INK,
            );
        }
        for d in dissents {
            let reason = d.reason.trim();
            let reason = if reason.is_empty() {
                l.text("report-no-rationale")
            } else {
                text::isolate(reason)
            };
            w.paragraph_in(
                &list_item(
                    l,
                    l.format(
                        "report-dissent",
                        &[arg("who", rater_name(l, &d.rater)), arg("reason", reason)],
                    ),
                ),
                9.5,
                false,
                INK,
                10.0,
            );
        }
        w.space(3.0);
    }
    if !any {
        w.paragraph(&l.text("report-ratings-notes-none"), 10.0, false, MUTED);
    }
}

/// The distribution of the ratings: one row per scored indicator and per rated
/// sub-indicator.
fn ratings_table<S: Sink>(w: &mut S, l: &Localizer, fw: &Framework, data: &AssessmentData) {
    let ws = &data.workshop;
    w.paragraph(&l.text("report-ratings-intro"), 9.5, false, MUTED);
    w.space(4.0);
    let na_short = l.text("report-ratings-na");
    let none = l.text("report-not-given");
    let shown: Vec<_> = fw
        .indicators
        .iter()
        .filter(|i| i.is_scored() || ws.ratings.iter().any(|r| r.indicator == i.code))
        .collect();
    let mut headers = vec![l.text("report-ratings-indicator")];
    headers.extend((1..=5u8).map(|p| p.to_string()));
    headers.extend([
        na_short.clone(),
        l.text("report-ratings-min"),
        l.text("report-ratings-median"),
        l.text("report-ratings-max"),
        l.text("report-ratings-agreed"),
        l.text("report-ratings-within"),
    ]);
    let rows: Vec<Vec<String>> = shown
        .iter()
        .map(|ind| {
            let (s, agreed) = spread_of(data, &ind.code);
            let mut row = vec![ind.code.clone()];
            row.extend(s.counts.iter().map(|n| n.to_string()));
            row.push(s.not_applicable.to_string());
            let phase = |p: Option<u8>| p.map(|p| p.to_string()).unwrap_or(none.clone());
            row.push(phase(s.min));
            row.push(
                s.median
                    .map(|m| l.decimal(m, if m.fract() == 0.0 { 0 } else { 1 }))
                    .unwrap_or(none.clone()),
            );
            row.push(phase(s.max));
            row.push(match agreed {
                Some(Current::Phase(p)) => p.to_string(),
                Some(Current::NotApplicable) => na_short.clone(),
                None => l.text("not-available"),
            });
            row.push(match consensus::within_one(&s, agreed) {
                Some(true) => l.text("report-yes"),
                Some(false) => l.text("report-no"),
                None => none.clone(),
            });
            row
        })
        .collect();
    w.table(
        &headers,
        &rows,
        &[
            0.13, 0.045, 0.045, 0.045, 0.045, 0.045, 0.06, 0.07, 0.095, 0.07, 0.17, 0.18,
        ],
        8.5,
    );
}

/// The sign-off: a draft says it is not yet signed; a finalised report names who approved
/// it, when it was finalised and its check code, with a line for the signature.
fn signoff<S: Sink>(
    w: &mut S,
    l: &Localizer,
    data: &AssessmentData,
    finalised: Option<&Finalisation>,
) {
    w.space(10.0);
    w.heading(&l.text("report-signoff"), 1);
    let Some(f) = finalised else {
        w.paragraph(&l.text("report-signoff-draft"), 10.5, false, INK);
        return;
    };
    // The whole sign-off on one page.
    w.ensure(190.0);
    let ap = &data.assessment.approval;
    let dash = l.text("report-not-given");
    let approved = if ap.government_approved {
        l.text("report-yes")
    } else {
        l.text("report-no")
    };
    for (label, value) in [
        (
            "report-approver",
            ap.approver_name.clone().unwrap_or(dash.clone()),
        ),
        (
            "report-approver-role",
            ap.approver_role.clone().unwrap_or(dash),
        ),
        ("report-government-approved", approved),
        ("report-finalised-on", f.date.clone()),
        ("report-check-code", f.code.clone()),
    ] {
        w.paragraph(&field(l, label, value), 10.5, false, INK);
    }
    w.paragraph(&l.text("report-check-code-meaning"), 9.0, false, MUTED);
    w.space(36.0);
    let y = w.place(0.0);
    w.rule(y, INK, 0.6);
    w.space(4.0);
    w.paragraph(&l.text("report-signature"), 9.0, false, MUTED);
}

/// The bar chart of building blocks: the same geometry as the screen's, drawn as vectors.
pub(super) fn bars(w: &mut Writer, l: &Localizer, fw: &Framework, s: &Scores) {
    let labels: Vec<String> = s
        .blocks
        .iter()
        .map(|b| l.text(&fw.block_key(&b.id)))
        .collect();
    // The same series as the screen's: the current score (mean), then the target phase the
    // scores table shows.
    let series = charts::bar_series(s, l);
    // 9-point labels: about 4.6 points a character; 11 points a line.
    let cw = w.content_width() as f64;
    let chars = ((cw * 0.36 - 12.0) / 4.6) as usize;
    let layout = charts::bars_wrapped(&labels, &series, cw, chars, 11.0);
    let drawn: Vec<&charts::Series> = layout.series.iter().collect();
    let entries = charts::legend_entries(&drawn, None);
    let legend_rows = pdf_legend_rows(w, &entries);
    let legend_h = LEGEND_LINE * legend_rows.len() as f32;
    let top = w.place(layout.height as f32 + 6.0 + legend_h);
    pdf_legend(w, &entries, &legend_rows, top + layout.height as f32 + 6.0);
    let (x0, page_h, cw) = (w.margin, w.height, w.content_width());
    // Mirror horizontally for right-to-left pages: bars grow from the right.
    let rtl = w.rtl;
    let mx = |x: f64| {
        if rtl {
            x0 + cw - x as f32
        } else {
            x0 + x as f32
        }
    };
    let y = |v: f64| page_h - top - v as f32;
    for p in 0..=5 {
        let x = layout.x0 + (layout.x5 - layout.x0) * p as f64 / 5.0;
        w.polyline(
            &[(mx(x), y(4.0)), (mx(x), y(layout.height - 18.0))],
            RULE,
            0.5,
            false,
        );
        let t = top + layout.height as f32 - 14.0;
        w.line_at(
            &p.to_string(),
            mx(x) - 10.0,
            20.0,
            t,
            8.0,
            false,
            Align::Centre,
            MUTED,
        );
    }
    for row in &layout.rows {
        let size = 9.0;
        let lw = (row.label_x - 4.0) as f32;
        let lx = if rtl { x0 + cw - lw } else { x0 };
        let first = row.y as f32 - 5.5 * (row.lines.len() as f32 - 1.0);
        for (k, line) in row.lines.iter().enumerate() {
            w.line_at(
                line,
                lx,
                lw,
                top + first + 11.0 * k as f32 - size * 0.6,
                size,
                false,
                Align::End,
                INK,
            );
        }
        // The same colours as the screen's bars and the radar's series.
        let bars = [
            (row.current, charts::rgb(charts::CURRENT_COLOUR)),
            (row.target, charts::rgb(charts::TARGET_COLOUR)),
        ];
        for (bar, colour) in bars {
            if let Some((bx, by, bw, bh)) = bar {
                let (a, b) = (mx(bx), mx(bx + bw));
                let (left, right) = (a.min(b), a.max(b));
                w.fill(
                    &[
                        (left, y(by)),
                        (right, y(by)),
                        (right, y(by + bh)),
                        (left, y(by + bh)),
                    ],
                    colour,
                );
            }
        }
    }
}

/// The height of a row of a chart's legend in the PDF, and its type size.
const LEGEND_LINE: f32 = 8.5 * 1.8;
const LEGEND_SIZE: f32 = 8.5;
const LEGEND_SWATCH: f32 = 18.0;

/// The rows of a chart's legend within the content width: per row, each entry's index and
/// width (swatch and label).
fn pdf_legend_rows(w: &Writer, entries: &[charts::LegendEntry]) -> Vec<Vec<(usize, f32)>> {
    let mut rows: Vec<Vec<(usize, f32)>> = Vec::new();
    let mut x = 0.0;
    for (i, e) in entries.iter().enumerate() {
        let width = text::width(e.label, false, w.rtl, LEGEND_SIZE)
            + 1.0
            + if e.colour.is_some() {
                LEGEND_SWATCH + 4.0
            } else {
                0.0
            };
        match rows.last_mut() {
            Some(row) if x + width <= w.content_width() => row.push((i, width)),
            _ => {
                rows.push(vec![(i, width)]);
                x = 0.0;
            }
        }
        x += width + 16.0;
    }
    rows
}

/// Draws a chart's legend from `top` (from the page top): a stroke in each series' colour
/// before its label, in reading order (from the right on a right-to-left page).
fn pdf_legend(
    w: &mut Writer,
    entries: &[charts::LegendEntry],
    rows: &[Vec<(usize, f32)>],
    top: f32,
) {
    let (x0, page_h, cw) = (w.margin, w.height, w.content_width());
    for (r, row) in rows.iter().enumerate() {
        let top = top + r as f32 * LEGEND_LINE;
        let mid = page_h - top - LEGEND_SIZE * 0.6;
        let mut x = if w.rtl { x0 + cw } else { x0 };
        for &(i, width) in row {
            let Some(e) = entries.get(i) else { continue };
            let swatch = if e.colour.is_some() {
                LEGEND_SWATCH + 4.0
            } else {
                0.0
            };
            let lw = width - swatch;
            let (sx, tx) = if w.rtl {
                (x - LEGEND_SWATCH, x - swatch - lw)
            } else {
                (x, x + swatch)
            };
            if let Some(colour) = e.colour {
                w.polyline_dashed(
                    &[(sx, mid), (sx + LEGEND_SWATCH, mid)],
                    charts::rgb(colour),
                    2.2,
                    false,
                    e.dashed,
                );
            }
            w.line_at(e.label, tx, lw, top, LEGEND_SIZE, false, Align::Start, INK);
            let step = width + 16.0;
            x += if w.rtl { -step } else { step };
        }
    }
}
