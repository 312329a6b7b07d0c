//! The annex "Method": how the assessment was run and who took part, the phase scale, the
//! scoring rule with a worked example from this assessment's own numbers (all from
//! `scoring`), the indicators left out, the correspondence with the GDHM's indicator codes,
//! the limitations and the disclaimer.

use crate::framework::{Framework, IndicatorText};
use crate::i18n::{arg, num, Localizer};
use crate::model::{AssessmentData, Status};
use crate::scoring::{self, BlockResult, Current, ExclusionReason, Scores};

use super::build::{field, list_item, section_break};
use super::page::{INK, MUTED};
use super::sink::Sink;
use super::text;

pub(super) fn method_annex<S: Sink>(
    w: &mut S,
    l: &Localizer,
    fw: &Framework,
    data: &AssessmentData,
    s: &Scores,
) {
    section_break(w);
    w.heading(&l.text("report-method"), 1);
    conduct(w, l, data);
    scale(w, l);
    rule_and_example(w, l, fw, s);
    excluded(w, l, fw, data, s);
    codes(w, l, fw);
    limitations(w, l);
    acronyms(w, l, fw, data);
    w.heading(&l.text("report-disclaimer"), 2);
    w.paragraph(&l.text("report-disclaimer-text"), 10.0, false, INK);
}

/// Dates, facilitator, participants with organisation and role, how consensus was reached.
fn conduct<S: Sink>(w: &mut S, l: &Localizer, data: &AssessmentData) {
    let a = &data.assessment;
    w.heading(&l.text("report-method-conduct"), 2);
    let day = |t: &str| crate::model::parse_utc(t).map(|t| l.date(&t.date().to_string()));
    let mut rows = vec![("report-date", l.date(&a.date))];
    if let Some(d) = day(&a.updated_at) {
        rows.push(("report-method-last-change", d));
    }
    if a.status == Status::Finalised {
        if let Some(d) = a.approval.finalised_at.as_deref().and_then(day) {
            rows.push(("report-finalised-on", d));
        }
    }
    rows.push(("report-facilitator", text::isolate(&a.facilitator)));
    for (label, value) in rows {
        w.paragraph(&field(l, label, value), 10.0, false, INK);
    }
    w.space(4.0);
    if data.participants.is_empty() {
        w.paragraph(&l.text("report-participants-none"), 10.0, false, MUTED);
    } else {
        w.paragraph(
            &l.format(
                "report-method-participants",
                &[num("count", data.participants.len() as f64)],
            ),
            10.0,
            false,
            INK,
        );
        let rows: Vec<Vec<String>> = data
            .participants
            .iter()
            .map(|p| vec![p.name.clone(), p.organisation.clone(), p.role.clone()])
            .collect();
        w.table(
            &[
                l.text("report-name"),
                l.text("report-organisation"),
                l.text("report-approver-role"),
            ],
            &rows,
            &[0.35, 0.45, 0.2],
            9.0,
        );
    }
    w.space(4.0);
    // The annex "How the team rated" exists exactly when the workshop has ratings, notes
    // or dissent (`ratings_annex`); it is referred to only when it has the ratings.
    let key = if data.workshop.ratings.is_empty() {
        "report-method-consensus-plain"
    } else {
        "report-method-consensus-ratings"
    };
    w.paragraph(&l.text(key), 10.0, false, INK);
}

/// The five generic phases: number, name and what each means in general.
fn scale<S: Sink>(w: &mut S, l: &Localizer) {
    w.heading(&l.text("report-method-scale"), 2);
    w.paragraph(&l.text("report-method-scale-intro"), 10.0, false, INK);
    w.space(4.0);
    let rows: Vec<Vec<String>> = (1..=5u8)
        .map(|p| {
            vec![
                p.to_string(),
                l.text(&format!("phase-{p}-name")),
                l.text(&format!("report-method-phase-{p}")),
            ]
        })
        .collect();
    w.table(
        &[
            l.text("report-method-phase-col"),
            l.text("report-method-name-col"),
            l.text("report-method-meaning-col"),
        ],
        &rows,
        &[0.1, 0.22, 0.68],
        9.0,
    );
}

/// The block of the worked example: the first with a score and an indicator left out for
/// want of a phase (it shows both rules), else the first with a score.
fn example_block(s: &Scores) -> Option<&BlockResult> {
    let scored = || s.blocks.iter().filter(|b| b.mean.is_some());
    scored()
        .find(|b| {
            b.excluded
                .iter()
                .any(|e| e.reason != ExclusionReason::SubIndicator)
        })
        .or_else(|| scored().next())
}

fn rule_and_example<S: Sink>(w: &mut S, l: &Localizer, fw: &Framework, s: &Scores) {
    w.heading(&l.text("report-method-scoring"), 2);
    w.paragraph(&l.text("scoring-rule"), 10.0, false, INK);
    let Some(b) = example_block(s) else {
        return;
    };
    let (Some(mean), Some(phase)) = (b.mean, b.phase) else {
        return;
    };
    w.heading(&l.text("report-method-example"), 3);
    // The phases of the indicators the block's mean counts, as `scoring` lists them.
    let phases: Vec<u8> = b
        .scored
        .iter()
        .filter_map(|code| b.indicators.iter().find(|i| &i.code == code))
        .filter_map(|i| match i.current {
            Some(Current::Phase(p)) => Some(p),
            _ => None,
        })
        .collect();
    let sum: u32 = phases.iter().map(|p| u32::from(*p)).sum();
    w.paragraph_in(
        &list_item(
            l,
            l.format(
                "report-method-example-block",
                &[
                    arg("block", l.text(&fw.block_key(&b.id))),
                    num("count", phases.len() as f64),
                    arg("codes", l.list(&b.scored)),
                    arg(
                        "phases",
                        l.list(&phases.iter().map(u8::to_string).collect::<Vec<_>>()),
                    ),
                    arg("sum", sum),
                    arg("mean", l.decimal(mean, 2)),
                    arg("rounded", l.decimal(scoring::round_one_decimal(mean), 1)),
                    arg("phase", phase),
                ],
            ),
        ),
        10.0,
        false,
        INK,
        10.0,
    );
    let left_out: Vec<String> = b
        .excluded
        .iter()
        .map(|e| {
            l.format(
                "report-method-example-left-out-item",
                &[
                    arg("code", &e.code),
                    arg(
                        "reason",
                        l.text(&format!("exclusion-{}", e.reason.as_str())),
                    ),
                ],
            )
        })
        .collect();
    if !left_out.is_empty() {
        w.paragraph_in(
            &l.format(
                "report-method-example-left-out",
                &[arg("items", l.list(&left_out))],
            ),
            10.0,
            false,
            INK,
            20.0,
        );
    }
    let o = &s.overall;
    if let (Some(mean), Some(phase)) = (o.mean, o.phase) {
        let means: Vec<String> = s
            .blocks
            .iter()
            .filter_map(|b| b.mean)
            .map(|m| l.decimal(m, 2))
            .collect();
        w.paragraph_in(
            &list_item(
                l,
                l.format(
                    "report-method-example-overall",
                    &[
                        num("count", means.len() as f64),
                        arg("means", l.list(&means)),
                        arg("mean", l.decimal(mean, 2)),
                        arg("rounded", l.decimal(scoring::round_one_decimal(mean), 1)),
                        arg("phase", phase),
                    ],
                ),
            ),
            10.0,
            false,
            INK,
            10.0,
        );
    }
}

/// The indicators left out of the scores, with the reason (for an NA, which NA the team
/// said it is), then what leaving each block's NA out does to its mean.
fn excluded<S: Sink>(w: &mut S, l: &Localizer, fw: &Framework, data: &AssessmentData, s: &Scores) {
    w.heading(&l.text("report-excluded"), 2);
    let excluded: Vec<String> = s
        .blocks
        .iter()
        .flat_map(|b| &b.excluded)
        .map(|e| {
            let reason = match e.reason {
                ExclusionReason::NotApplicable => {
                    l.text(super::summary::na_reason_key(data, &e.code))
                }
                other => l.text(&format!("exclusion-{}", other.as_str())),
            };
            l.format(
                "ui-dash-excluded-item",
                &[
                    arg("code", &e.code),
                    arg("title", l.text(&fw.key(&e.code, IndicatorText::Title))),
                    arg("reason", reason),
                ],
            )
        })
        .collect();
    if excluded.is_empty() {
        w.paragraph(&l.text("report-excluded-none"), 10.0, false, INK);
    }
    for e in excluded {
        w.paragraph_in(&list_item(l, e), 9.5, false, INK, 10.0);
    }
    let effects = super::summary::na_effect_sentences(l, fw, data, s);
    if !effects.is_empty() {
        w.space(3.0);
        w.paragraph(&l.text("report-na-effect-intro"), 10.0, false, INK);
    }
    for e in effects {
        w.paragraph_in(&list_item(l, e), 9.5, false, INK, 10.0);
    }
}

/// The correspondence of the indicator codes with the GDHM's. The framework carries no
/// separate GDHM code: its codes are the GDHM's own, so both columns hold the same code.
fn codes<S: Sink>(w: &mut S, l: &Localizer, fw: &Framework) {
    w.heading(&l.text("report-method-codes"), 2);
    w.paragraph(&l.text("report-method-codes-same"), 10.0, false, INK);
    w.space(4.0);
    let rows: Vec<Vec<String>> = fw
        .indicators
        .iter()
        .map(|i| {
            vec![
                i.code.clone(),
                i.code.clone(),
                l.text(&fw.key(&i.code, IndicatorText::Title)),
                match &i.parent {
                    None => l.text("report-yes"),
                    Some(p) => l.format("report-method-codes-sub", &[arg("parent", p)]),
                },
            ]
        })
        .collect();
    w.table(
        &[
            l.text("report-method-codes-col-dhma"),
            l.text("report-method-codes-col-gdhm"),
            l.text("report-ratings-indicator"),
            l.text("report-method-codes-col-scored"),
        ],
        &rows,
        &[0.13, 0.13, 0.5, 0.24],
        9.0,
    );
}

/// The acronyms the report uses, with their meanings, and those of the team's text that the
/// glossary does not write out.
fn acronyms<S: Sink>(w: &mut S, l: &Localizer, fw: &Framework, data: &AssessmentData) {
    let printed = [l.text("report-disclaimer-text")];
    let found = super::acronyms::acronyms(l, fw, data, &printed);
    if found.known.is_empty() && found.unknown.is_empty() {
        return;
    }
    w.heading(&l.text("report-method-acronyms"), 2);
    if !found.known.is_empty() {
        w.table(
            &[
                l.text("report-method-acronyms-col-acronym"),
                l.text("report-method-acronyms-col-meaning"),
            ],
            &found
                .known
                .iter()
                .map(|(a, m)| vec![a.clone(), m.clone()])
                .collect::<Vec<_>>(),
            &[0.2, 0.8],
            9.0,
        );
        w.space(4.0);
    }
    if !found.unknown.is_empty() {
        let list = l.list(&found.unknown);
        w.paragraph(
            &l.format("report-method-acronyms-others", &[arg("list", list)]),
            10.0,
            false,
            INK,
        );
    }
}

fn limitations<S: Sink>(w: &mut S, l: &Localizer) {
    w.heading(&l.text("report-method-limits"), 2);
    for key in [
        "report-method-limit-self",
        "report-method-limit-evidence",
        "report-method-limit-na",
        "report-method-limit-sub",
    ] {
        w.paragraph_in(&list_item(l, l.text(key)), 10.0, false, INK, 10.0);
    }
}
