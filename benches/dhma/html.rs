//! The report's content as one HTML page, for the rival: headless Chromium printing it to
//! PDF. Built from the same view models as the screens and the report (dashboard with the
//! radar SVG of `dhma::charts`, roadmap grouped by action line, indicator texts, the team's
//! answers, rationale and evidence), in the report's language, `dir="rtl"` for Arabic.

use std::fmt::Write as _;

use dhma::framework::{IndicatorText, TimeFrame};
use dhma::i18n::{arg, Lang, Localizer};
use dhma::scoring::Current;
use dhma::storage::Db;

use crate::BenchResult;

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

fn table(out: &mut String, headers: &[String], rows: &[Vec<String>]) {
    out.push_str("<table><thead><tr>");
    for h in headers {
        let _ = write!(out, "<th>{}</th>", esc(h));
    }
    out.push_str("</tr></thead><tbody>");
    for r in rows {
        out.push_str("<tr>");
        for c in r {
            let _ = write!(out, "<td>{}</td>", esc(c));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>\n");
}

const STYLE: &str = "@page { size: A4; margin: 18mm 16mm; }
body { font-family: 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans CJK SC', sans-serif;
  font-size: 10pt; color: #1a1a1a; }
h1 { color: #1f4e79; font-size: 18pt; break-before: page; }
h1.first { break-before: auto; }
h3 { font-size: 11pt; margin-bottom: 2pt; }
.cover { padding-top: 80mm; } .cover .country { font-size: 28pt; font-weight: bold; }
.muted { color: #666; } table { border-collapse: collapse; width: 100%; margin: 6pt 0; }
th, td { border: 0.5pt solid #bbb; padding: 3pt 4pt; text-align: start; vertical-align: top; }
th { background: #eef2f6; } svg { max-width: 100%; height: auto; }";

/// The page for assessment `id` in `lang`.
pub fn report_html(db: &Db, id: i64, lang: Lang, today: &str) -> BenchResult<String> {
    let l = Localizer::new(lang, true);
    let data = db.load(id)?;
    let a = &data.assessment;
    let fw = dhma::framework::find(&a.framework.id, &a.framework.version)?;
    let dash = dhma::service::dashboard(db, id, &l)?;
    let road = dhma::service::roadmap(db, id, &l)?;
    let title = format!("{} – {}", a.country, a.round);
    let mut o = String::with_capacity(256 * 1024);
    let _ = write!(
        o,
        "<!doctype html>\n<html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\">\
         <title>{} – {}</title><style>{STYLE}</style></head><body>\n",
        lang.code(),
        if lang.is_rtl() { "rtl" } else { "ltr" },
        esc(&l.text("report-title")),
        esc(&title)
    );

    // Cover.
    let _ = write!(
        o,
        "<section class=\"cover\"><h2>{}</h2><p class=\"muted\">{}</p>\
         <p class=\"country\">{}</p><p>{}</p>",
        esc(&l.text("report-title")),
        esc(&l.text("report-subtitle")),
        esc(&a.country),
        esc(&a.round)
    );
    for (k, v) in [
        ("report-date", a.date.clone()),
        (
            "report-framework",
            format!("{} ({})", l.text(&fw.name_key()), fw.version),
        ),
        ("report-facilitator", a.facilitator.clone()),
        (
            "report-status",
            l.text(&format!("status-{}", a.status.as_str())),
        ),
    ] {
        let _ = write!(o, "<p>{}: {}</p>", esc(&l.text(k)), esc(&v));
    }
    let _ = writeln!(
        o,
        "<p class=\"muted\">{}</p></section>",
        esc(&l.format("report-generated", &[arg("date", today)]))
    );

    // Summary, radar, bars and the block table.
    let _ = write!(o, "<h1>{}</h1>", esc(&l.text("report-summary")));
    let _ = write!(
        o,
        "<p>{}: {} ({})</p>",
        esc(&dash.overall.name),
        esc(&dash.overall.mean_label),
        esc(&dash.overall.phase_label)
    );
    let _ = write!(o, "<h1>{}</h1>", esc(&l.text("report-radar")));
    o.push_str(&dash.radar_svg);
    o.push_str(&dash.bars_svg);
    let _ = write!(o, "<h2>{}</h2>", esc(&l.text("report-scores")));
    let headers: Vec<String> = [
        "ui-dash-col-block",
        "ui-dash-col-mean",
        "ui-dash-col-phase",
        "ui-dash-col-target",
        "ui-dash-col-scored",
    ]
    .iter()
    .map(|k| l.text(k))
    .collect();
    let rows: Vec<Vec<String>> = dash
        .rows
        .iter()
        .chain(std::iter::once(&dash.overall))
        .map(|r| {
            vec![
                r.name.clone(),
                r.mean_label.clone(),
                r.phase_label.clone(),
                r.target_label.clone(),
                r.scored.clone(),
            ]
        })
        .collect();
    table(&mut o, &headers, &rows);

    // One section per building block: every indicator with answer, rationale, evidence.
    let phase_text = |p: u8| {
        format!(
            "{} – {}",
            l.format("phase-label", &[arg("phase", p)]),
            l.text(&format!("phase-{p}-name"))
        )
    };
    for block in &fw.blocks {
        let _ = write!(
            o,
            "<h1>{}</h1><p class=\"muted\">{}</p>",
            esc(&l.format(
                "report-block-section",
                &[arg("block", l.text(&fw.block_key(&block.id)))]
            )),
            esc(&l.text(&fw.block_description_key(&block.id)))
        );
        for ind in fw.indicators_of(&block.id) {
            let r = data.responses.iter().find(|r| r.indicator == ind.code);
            let current = match r.and_then(|r| r.current) {
                Some(Current::Phase(p)) => phase_text(p),
                Some(Current::NotApplicable) => l.text("not-applicable"),
                None => l.text("not-available"),
            };
            let target = r
                .and_then(|r| r.target)
                .map(phase_text)
                .unwrap_or_else(|| l.text("not-available"));
            let rationale = r
                .map(|r| r.rationale.trim().to_string())
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| l.text("report-no-rationale"));
            let _ = write!(
                o,
                "<h3>{} {}</h3><p class=\"muted\">{}</p><p><b>{}: {}</b></p><p>{}: {}</p>\
                 <p>{}: {}</p><p>{}:</p><ul>",
                esc(&ind.code),
                esc(&l.text(&fw.key(&ind.code, IndicatorText::Title))),
                esc(&l.text(&fw.key(&ind.code, IndicatorText::Question))),
                esc(&l.text("report-current")),
                esc(&current),
                esc(&l.text("report-target")),
                esc(&target),
                esc(&l.text("report-rationale")),
                esc(&rationale),
                esc(&l.text("report-evidence")),
            );
            for e in data.evidence.iter().filter(|e| e.indicator == ind.code) {
                let _ = write!(o, "<li>{} — {}</li>", esc(&e.title), esc(&e.reference));
            }
            o.push_str("</ul>\n");
        }
    }

    // Roadmap by action line, then the timeline.
    let _ = write!(o, "<h1>{}</h1>", esc(&l.text("report-roadmap")));
    let headers: Vec<String> = [
        "ui-road-action",
        "ui-road-step",
        "ui-road-timeframe",
        "ui-road-responsible",
        "ui-road-priority",
        "ui-road-monitoring",
    ]
    .iter()
    .map(|k| l.text(k))
    .collect();
    let mut counts: Vec<(String, usize)> = TimeFrame::ALL
        .iter()
        .map(|t| (t.as_str().to_string(), 0))
        .collect();
    for g in &road.groups {
        let _ = write!(o, "<h3>{} — {}</h3>", esc(&g.block), esc(&g.line));
        let rows: Vec<Vec<String>> = g
            .rows
            .iter()
            .map(|r| {
                if let Some(c) = counts.iter_mut().find(|c| c.0 == r.timeframe) {
                    c.1 += 1;
                }
                vec![
                    r.text.clone(),
                    format!("{} · {}", r.indicator, r.step_label),
                    l.text(&format!("timeframe-{}", r.timeframe)),
                    l.text(&fw.responsible_key(&r.responsible)),
                    l.text(&format!("priority-{}", r.priority)),
                    r.monitoring.clone(),
                ]
            })
            .collect();
        table(&mut o, &headers, &rows);
    }
    let _ = write!(o, "<h2>{}</h2>", esc(&l.text("report-timeline")));
    let rows: Vec<Vec<String>> = counts
        .iter()
        .map(|(t, n)| vec![l.text(&format!("timeframe-{t}")), n.to_string()])
        .collect();
    table(
        &mut o,
        &[l.text("ui-road-timeframe"), l.text("ui-road-action")],
        &rows,
    );

    // Annexes: method, exclusions, participants, sign-off.
    let _ = write!(
        o,
        "<h1>{}</h1><p>{}</p><h2>{}</h2><ul>",
        esc(&l.text("report-method")),
        esc(&dash.rule),
        esc(&l.text("report-excluded"))
    );
    for e in &dash.excluded {
        let _ = write!(o, "<li>{}</li>", esc(e));
    }
    let _ = write!(o, "</ul><h2>{}</h2>", esc(&l.text("report-participants")));
    let rows: Vec<Vec<String>> = data
        .participants
        .iter()
        .map(|p| vec![p.name.clone(), p.organisation.clone(), p.role.clone()])
        .collect();
    table(
        &mut o,
        &[
            l.text("report-name"),
            l.text("report-organisation"),
            l.text("report-approver-role"),
        ],
        &rows,
    );
    let _ = writeln!(
        o,
        "<h2>{}</h2><p>{}: —</p><p>{}: —</p><p>{}</p></body></html>",
        esc(&l.text("report-signoff")),
        esc(&l.text("report-approver")),
        esc(&l.text("report-approver-role")),
        esc(&l.text("report-signature"))
    );
    Ok(o)
}
