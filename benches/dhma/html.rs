//! The report's content as one HTML page, for the rival: headless Chromium printing it to
//! PDF. The page is written by the report's own sections (`dhma::report::sections`, what
//! the PDF and the DOCX hold) through a [`Sink`] that writes HTML: the same headings,
//! paragraphs and tables, in the same order, sizes, weights and colours, with the
//! dashboard's radar and bars as SVG, in the report's language, `dir="rtl"` for Arabic.
//! Only the page furniture (running header, page numbers, the draft's word and notice)
//! stays the PDF's own.

use std::fmt::Write as _;

use dhma::i18n::{Lang, Localizer};
use dhma::report::{Chart, ChartKind, Sink};
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

fn colour((r, g, b): (f32, f32, f32)) -> String {
    let c = |v: f32| (v.clamp(0.0, 1.0) * 255.0).round() as u8;
    format!("#{:02x}{:02x}{:02x}", c(r), c(g), c(b))
}

const STYLE: &str = "@page { size: A4; margin: 22mm 20mm; }
body { font-family: 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans CJK SC', sans-serif;
  font-size: 10pt; color: #1c2935; }
h1 { color: #1f4f78; font-size: 17pt; border-bottom: 1.2pt solid #1f4f78; }
h2 { font-size: 13.5pt; } h3 { font-size: 11.5pt; }
h1, h2, h3 { break-after: avoid; margin: 8pt 0 3pt; }
p { margin: 0 0 2pt; white-space: pre-wrap; } .break { break-before: page; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0; }
thead { display: table-header-group; } tr { break-inside: avoid; }
th, td { border-bottom: 0.6pt solid #ccd4db; padding: 4pt; text-align: start;
  vertical-align: top; }
th { background: #edf2f7; } svg { max-width: 100%; height: auto; }
hr { border: 0; border-top: 0.6pt solid #ccd4db; }";

/// The HTML the sections write.
struct Html<'a> {
    out: String,
    radar: &'a str,
    bars: &'a str,
}

impl Sink for Html<'_> {
    fn new_page(&mut self) {
        self.out.push_str("<div class=\"break\"></div>\n");
    }
    /// A flowing page: as good as a whole page left (as the DOCX).
    fn remaining(&self) -> f32 {
        841.89 - 124.0
    }
    fn ensure(&mut self, _h: f32) {}
    fn place(&mut self, _h: f32) -> f32 {
        0.0
    }
    fn rule(&mut self, _top: f32, c: (f32, f32, f32), thickness: f32) {
        let _ = writeln!(
            self.out,
            "<hr style=\"border-top: {thickness}pt solid {}\">",
            colour(c)
        );
    }
    fn space(&mut self, h: f32) {
        let _ = writeln!(self.out, "<div style=\"height: {h}pt\"></div>");
    }
    fn heading(&mut self, text: &str, level: u8) {
        let level = level.clamp(1, 3);
        let _ = writeln!(self.out, "<h{level}>{}</h{level}>", esc(text));
    }
    fn paragraph_in(&mut self, text: &str, size: f32, bold: bool, c: (f32, f32, f32), indent: f32) {
        let _ = writeln!(
            self.out,
            "<p style=\"font-size: {size}pt; font-weight: {}; color: {}; \
             margin-inline-start: {indent}pt\">{}</p>",
            if bold { "bold" } else { "normal" },
            colour(c),
            esc(text)
        );
    }
    fn table(&mut self, headers: &[String], rows: &[Vec<String>], widths: &[f32], size: f32) {
        let _ = write!(self.out, "<table style=\"font-size: {size}pt\"><colgroup>");
        for w in widths {
            let _ = write!(self.out, "<col style=\"width: {:.1}%\">", w * 100.0);
        }
        self.out.push_str("</colgroup><thead><tr>");
        for h in headers {
            let _ = write!(self.out, "<th>{}</th>", esc(h));
        }
        self.out.push_str("</tr></thead><tbody>");
        for r in rows {
            self.out.push_str("<tr>");
            for c in r {
                let _ = write!(self.out, "<td>{}</td>", esc(c));
            }
            self.out.push_str("</tr>");
        }
        self.out.push_str("</tbody></table>\n");
    }
    fn chart(&mut self, chart: Chart<'_>) {
        let svg = match chart.kind {
            ChartKind::Radar => self.radar,
            ChartKind::Bars => self.bars,
        };
        self.out.push_str(svg);
        self.out.push('\n');
    }
}

/// The page for assessment `id` in `lang`.
pub fn report_html(db: &Db, id: i64, lang: Lang, today: &str) -> BenchResult<String> {
    let data = db.load(id)?;
    let previous = dhma::compare::previous_round(db, id)?;
    let dash = dhma::service::dashboard(db, id, &Localizer::new(lang, true))?;
    let l = Localizer::new(lang, false);
    let mut html = Html {
        out: String::with_capacity(256 * 1024),
        radar: &dash.radar_svg,
        bars: &dash.bars_svg,
    };
    let _ = write!(
        html.out,
        "<!doctype html>\n<html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\">\
         <title>{}</title><style>{STYLE}</style></head><body>\n",
        lang.code(),
        if lang.is_rtl() { "rtl" } else { "ltr" },
        esc(&l.text("report-title")),
    );
    dhma::report::sections(&mut html, &data, previous.as_ref(), lang, today)?;
    html.out.push_str("</body></html>\n");
    Ok(html.out)
}
