//! The questionnaire handed out before the workshop (issue 15): a cover with the workshop's
//! date, a place for the participant's name and the instructions; then, block by block,
//! each indicator's question, its five phases with a box to tick (and one for "not
//! applicable / not available"), the guidance, the evidence that helps, and a frame for a
//! comment; optionally the phase the last round agreed. It ends with an answer sheet whose
//! columns are those of the ratings file (`model::RATINGS_COLUMNS`), so that collected
//! sheets can be typed in and imported.

use std::collections::BTreeMap;

use crate::error::Result;
use crate::framework::{Framework, IndicatorText};
use crate::i18n::{arg, Lang, Localizer};
use crate::model::RATINGS_COLUMNS;
use crate::scoring::Current;

use super::build::{field, list_item, phase_text, Report};
use super::page::{self, Align, Paper, Writer, BRAND, INK, MUTED, RULE};
use super::text;

/// The last round's answers, printed beside each indicator when the questionnaire is
/// pre-filled.
#[derive(Debug, Clone)]
pub struct LastRound {
    /// The round's name, e.g. "Baseline 2023".
    pub round: String,
    /// Its date (YYYY-MM-DD).
    pub date: String,
    /// Each indicator's agreed phase (or NA).
    pub phases: BTreeMap<String, Current>,
}

/// What a questionnaire is printed for.
#[derive(Debug, Clone)]
pub struct Handout<'a> {
    pub fw: &'a Framework,
    pub lang: Lang,
    pub paper: Paper,
    /// The assessment's title ("Republic of Lusara – Mid-term review 2026"), when printed
    /// for an assessment; `None` for a blank questionnaire of the framework.
    pub title: Option<String>,
    /// The workshop's date (YYYY-MM-DD); a line to fill in when `None`.
    pub date: Option<String>,
    pub last_round: Option<LastRound>,
}

const OPTION_SIZE: f32 = 9.5;
const BOX: f32 = 9.0;
const BOX_GAP: f32 = 18.0;

/// Renders the questionnaire.
pub fn render(h: &Handout) -> Result<Report> {
    let l = Localizer::new(h.lang, false);
    let fw = h.fw;
    let mut w = Writer::new(h.paper, h.lang.is_rtl());
    cover(&mut w, &l, h);
    for block in &fw.blocks {
        w.new_page();
        w.heading(
            &l.format(
                "report-block-section",
                &[arg("block", l.text(&fw.block_key(&block.id)))],
            ),
            1,
        );
        w.paragraph(
            &l.text(&fw.block_description_key(&block.id)),
            9.5,
            false,
            MUTED,
        );
        w.space(4.0);
        for ind in fw.indicators_of(&block.id) {
            indicator(&mut w, &l, h, &ind.code, ind.is_scored());
        }
    }
    answer_sheet(&mut w, &l, fw);

    let name = l.text(&fw.name_key());
    let header = match &h.title {
        Some(t) => l.format("handout-running-header", &[arg("title", t)]),
        None => l.format("handout-running-header", &[arg("title", &name)]),
    };
    // Not an assessment's report: no draft mark, the footer says what the paper is.
    let status = page::Status::Plain {
        notice: l.text("handout-footer"),
    };
    w.furniture(&header, &status, |page, total| {
        l.format("report-page", &[arg("page", page), arg("total", total)])
    });
    let pages = w.page_count();
    let placed = w.placed.clone();
    let mut missing = w.missing.clone();
    missing.sort_unstable();
    missing.dedup();
    let pdf = w.finish(&l.text("handout-title"), "DHMA", h.paper, h.lang.code());
    Ok(Report {
        pdf,
        pages,
        missing,
        placed,
    })
}

/// A label and a line to write on.
fn write_in(w: &mut Writer, label: &str) {
    let (x, width) = (w.left(), w.content_width());
    let top = w.place(30.0);
    w.line_at(label, x, width, top, 11.0, true, Align::Start, INK);
    let line = top + 26.0;
    w.rule(line, MUTED, 0.6);
}

fn cover(w: &mut Writer, l: &Localizer, h: &Handout) {
    w.space(60.0);
    w.paragraph(&l.text("handout-title"), 22.0, true, BRAND);
    w.space(6.0);
    w.paragraph(
        &l.format(
            "framework-with-version",
            &[
                arg("name", l.text(&h.fw.name_key())),
                arg("version", &h.fw.version),
            ],
        ),
        10.0,
        false,
        MUTED,
    );
    if let Some(title) = &h.title {
        w.space(10.0);
        w.paragraph(title, 16.0, true, INK);
    }
    w.space(14.0);
    match &h.date {
        Some(d) => w.paragraph(&field(l, "handout-date", l.date(d)), 11.0, true, INK),
        None => write_in(w, &l.text("handout-date-blank")),
    }
    write_in(w, &l.text("handout-name"));
    write_in(w, &l.text("handout-organisation"));
    w.space(12.0);
    w.heading(&l.text("handout-instructions"), 2);
    let mut steps = vec![
        l.format(
            "handout-instruction-read",
            &[
                arg("first", phase_text(l, 1)),
                arg("last", phase_text(l, 5)),
            ],
        ),
        l.format(
            "handout-instruction-tick",
            &[arg("na", l.text("not-applicable"))],
        ),
        l.text("handout-instruction-comment"),
    ];
    if let Some(last) = &h.last_round {
        steps.push(l.format(
            "handout-instruction-last-round",
            &[arg("round", &last.round), arg("date", l.date(&last.date))],
        ));
    }
    steps.push(l.text("handout-instruction-sheet"));
    for s in steps {
        w.paragraph_in(&list_item(l, s), 10.0, false, INK, 10.0);
    }
}

/// One line per option: a box to tick at the start of the line, the text beside it.
fn option(w: &mut Writer, text_of_option: &str, tick: bool) {
    let width = w.content_width() - BOX_GAP;
    let lines = text::wrap_lines(text_of_option, false, w.is_rtl(), OPTION_SIZE, width);
    let lh = OPTION_SIZE * 1.4;
    let height = lines.len().max(1) as f32 * lh + 3.0;
    let top = w.place(height);
    let (left, full) = (w.left(), w.content_width());
    let (box_x, text_x) = if w.is_rtl() {
        (left + full - BOX, left)
    } else {
        (left, left + BOX_GAP)
    };
    let box_top = top + (lh - BOX) / 2.0;
    w.frame(box_x, box_top, BOX, BOX, INK);
    if tick {
        // The last round's phase: the box filled, so that it stands out on paper.
        w.shade(box_x + 2.0, box_top + 2.0, BOX - 4.0, BOX - 4.0, MUTED);
    }
    for (k, line) in lines.iter().enumerate() {
        let y = top + k as f32 * lh;
        w.draw_line(
            line,
            text_x,
            width,
            y,
            OPTION_SIZE,
            false,
            Align::Start,
            INK,
        );
    }
}

fn indicator(w: &mut Writer, l: &Localizer, h: &Handout, code: &str, scored: bool) {
    let fw = h.fw;
    w.heading(
        &l.format(
            "report-indicator-heading",
            &[
                arg("code", code),
                arg("title", l.text(&fw.key(code, IndicatorText::Title))),
            ],
        ),
        3,
    );
    if !scored {
        w.paragraph(&l.text("report-sub-indicator"), 9.0, false, MUTED);
    }
    w.paragraph(
        &l.text(&fw.key(code, IndicatorText::Question)),
        10.0,
        true,
        INK,
    );
    let last = h
        .last_round
        .as_ref()
        .and_then(|r| r.phases.get(code).map(|p| (r, *p)));
    if let Some((round, phase)) = last {
        let value = match phase {
            Current::Phase(p) => phase_text(l, p),
            Current::NotApplicable => l.text("not-applicable"),
        };
        w.paragraph(
            &l.format(
                "handout-last-round",
                &[
                    arg("round", &round.round),
                    arg("date", l.date(&round.date)),
                    arg("phase", value),
                ],
            ),
            9.5,
            false,
            MUTED,
        );
    }
    w.space(2.0);
    for p in 1..=5u8 {
        let option_text = l.format(
            "handout-option",
            &[
                arg("phase", phase_text(l, p)),
                arg("text", l.text(&fw.key(code, IndicatorText::Phase(p)))),
            ],
        );
        let tick = matches!(last, Some((_, Current::Phase(q))) if q == p);
        option(w, &option_text, tick);
    }
    let tick_na = matches!(last, Some((_, Current::NotApplicable)));
    option(w, &l.text("not-applicable"), tick_na);
    w.space(3.0);
    w.paragraph(
        &field(
            l,
            "handout-guidance",
            l.text(&fw.key(code, IndicatorText::Guidance)),
        ),
        9.0,
        false,
        MUTED,
    );
    let examples = fw.indicator(code).map(|i| i.evidence_examples).unwrap_or(0);
    if examples > 0 {
        w.paragraph(&l.text("handout-evidence"), 9.0, true, MUTED);
        for n in 1..=examples {
            w.paragraph_in(
                &list_item(l, l.text(&fw.key(code, IndicatorText::Evidence(n)))),
                9.0,
                false,
                MUTED,
                10.0,
            );
        }
    }
    // The comment: a label and a frame of three lines to write in.
    let (x, width) = (w.left(), w.content_width());
    let top = w.place(16.0 + 48.0 + 8.0);
    w.line_at(
        &l.text("handout-comment"),
        x,
        width,
        top + 2.0,
        9.5,
        true,
        Align::Start,
        INK,
    );
    w.frame(x, top + 16.0, width, 48.0, RULE);
    w.space(6.0);
}

/// The answer sheet: one row per indicator, with the ratings file's columns.
fn answer_sheet(w: &mut Writer, l: &Localizer, fw: &Framework) {
    w.new_page();
    w.heading(&l.text("handout-sheet"), 1);
    let [who, code, phase, comment] = RATINGS_COLUMNS;
    w.paragraph(
        &l.format(
            "handout-sheet-note",
            &[arg(
                "columns",
                l.list(&[who, code, phase, comment].map(String::from)),
            )],
        ),
        9.5,
        false,
        MUTED,
    );
    w.space(4.0);
    let rows: Vec<Vec<String>> = fw
        .indicators
        .iter()
        .map(|i| vec![String::new(), i.code.clone(), String::new(), String::new()])
        .collect();
    let headers: Vec<String> = RATINGS_COLUMNS.iter().map(|c| c.to_string()).collect();
    w.table(&headers, &rows, &[0.28, 0.12, 0.1, 0.5], 10.0);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn handout(lang: Lang, last_round: Option<LastRound>) -> Report {
        let data = crate::exchange::sample().expect("sample");
        let fw = crate::framework::find(
            &data.assessment.framework.id,
            &data.assessment.framework.version,
        )
        .expect("framework");
        render(&Handout {
            fw,
            lang,
            paper: Paper::A4,
            title: Some("Republic of Lusara – Mid-term review 2026".into()),
            date: Some("2026-03-16".into()),
            last_round,
        })
        .expect("render")
    }

    #[test]
    fn every_language_draws_with_the_shipped_fonts() {
        for lang in Lang::ALL {
            let r = handout(lang, None);
            assert!(r.missing.is_empty(), "{lang}: {:?}", r.missing);
            assert!(r.pages > 8, "{lang}: {} pages", r.pages);
        }
    }

    #[test]
    fn a_heading_never_ends_a_page() {
        let r = handout(Lang::En, None);
        for pair in r.placed.windows(2) {
            if let [a, b] = pair {
                if matches!(a.kind, page::Kind::Heading(_)) {
                    assert_eq!(
                        a.page, b.page,
                        "a heading alone at the foot of page {}",
                        a.page
                    );
                }
            }
        }
    }
}
