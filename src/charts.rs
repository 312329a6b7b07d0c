//! Charts drawn by the core, so that the screen and the report show the same picture.
//!
//! The radar is computed as geometry first ([`radar_layout`]): one axis per building block,
//! one polygon per series, where a block without a score breaks the polygon (a gap, never a
//! zero). [`radar_svg`] writes that geometry as SVG for the interface; the PDF report draws
//! the same geometry.

use std::fmt::Write as _;

use crate::compare::Round;
use crate::framework::Framework;
use crate::i18n::{arg, Localizer};
use crate::scoring::{BlockResult, Scores};

/// One series of values, one per axis; `None` is drawn as a gap.
#[derive(Debug, Clone)]
pub struct Series {
    pub label: String,
    pub values: Vec<Option<f64>>,
    /// CSS colour.
    pub colour: String,
    pub dashed: bool,
}

/// The colours of the three radar series (and of the bars), shared by screen and PDF.
pub const CURRENT_COLOUR: &str = "#1f4e79";
pub const TARGET_COLOUR: &str = "#b06d00";
pub const PREVIOUS_COLOUR: &str = "#7d8b99";
/// The benchmark's colour (other countries' mean, from a GDHM data export).
pub const BENCHMARK_COLOUR: &str = "#2e7d4f";

/// A block's target as the charts draw it: its target phase, as the scores table prints it
/// (never the raw mean of its indicators' targets, which reads as another number).
pub fn target_of(block: &BlockResult) -> Option<f64> {
    block.target_phase.map(f64::from)
}

fn current_series(scores: &Scores, l: &Localizer) -> Series {
    Series {
        label: l.text("ui-chart-legend-mean"),
        values: scores.blocks.iter().map(|b| b.mean).collect(),
        colour: CURRENT_COLOUR.into(),
        dashed: false,
    }
}

fn target_series(scores: &Scores, l: &Localizer) -> Series {
    Series {
        label: l.text("ui-chart-legend-target-phase"),
        values: scores.blocks.iter().map(target_of).collect(),
        colour: TARGET_COLOUR.into(),
        dashed: true,
    }
}

/// What a benchmark's countries are called: its label (a region), else their names as a
/// list in the reader's language.
pub fn benchmark_name(b: &crate::model::Benchmark, l: &Localizer) -> String {
    match b.label.trim() {
        "" => l.list(&b.countries),
        label => label.to_string(),
    }
}

/// Adds the benchmark (other countries' mean per block, from a GDHM data export) to the
/// radar's series, furthest behind: labelled with what was chosen and the file's date.
pub fn with_benchmark(
    mut series: Vec<Series>,
    scores: &Scores,
    benchmark: Option<&crate::model::Benchmark>,
    l: &Localizer,
) -> Vec<Series> {
    if let Some(b) = benchmark {
        let shown = benchmark_name(b, l);
        let label = match &b.file_date {
            Some(d) => l.format(
                "chart-legend-benchmark-dated",
                &[arg("label", shown), arg("date", l.date(d))],
            ),
            None => l.format("chart-legend-benchmark", &[arg("label", shown)]),
        };
        let values = scores
            .blocks
            .iter()
            .map(|blk| b.blocks.get(&blk.id).copied().flatten())
            .collect();
        series.insert(
            0,
            Series {
                label,
                values,
                colour: BENCHMARK_COLOUR.into(),
                dashed: true,
            },
        );
    }
    series
}

/// The radar's series, shared by screen and report: the previous round when there is one
/// (furthest behind), the target phase, and the current score (mean) in front.
pub fn radar_series(scores: &Scores, previous: Option<&Round>, l: &Localizer) -> Vec<Series> {
    let mut series = Vec::with_capacity(3);
    if let Some(p) = previous {
        series.push(Series {
            label: l.format("ui-dash-legend-previous", &[arg("round", &p.round)]),
            values: scores
                .blocks
                .iter()
                .map(|b| p.scores.block(&b.id).and_then(|pb| pb.mean))
                .collect(),
            colour: PREVIOUS_COLOUR.into(),
            dashed: false,
        });
    }
    series.push(target_series(scores, l));
    series.push(current_series(scores, l));
    series
}

/// The bar chart's series, shared by screen and report: the current score (mean), then the
/// target phase, with the same labels and colours as the radar's.
pub fn bar_series(scores: &Scores, l: &Localizer) -> Vec<Series> {
    // The target is a solid thin bar, so its legend's swatch is solid too.
    let target = Series {
        dashed: false,
        ..target_series(scores, l)
    };
    vec![current_series(scores, l), target]
}

/// The block names, in the order of the scores, as the charts label their axes and rows.
fn block_labels(fw: &Framework, scores: &Scores, l: &Localizer) -> Vec<String> {
    scores
        .blocks
        .iter()
        .map(|b| l.text(&fw.block_key(&b.id)))
        .collect()
}

/// The dashboard's radar as the screen shows it (and as the chart images draw it): the
/// block names on the axes, the previous round when there is one, title, scale and legend.
pub fn screen_radar_svg(
    fw: &Framework,
    scores: &Scores,
    previous: Option<&Round>,
    benchmark: Option<&crate::model::Benchmark>,
    l: &Localizer,
) -> String {
    let series = with_benchmark(radar_series(scores, previous, l), scores, benchmark, l);
    let complete: Vec<bool> = scores.blocks.iter().map(|b| b.mean.is_some()).collect();
    // Wide enough for the longest block name at the sides ("Законодательство," in Russian).
    let layout = radar_layout(&block_labels(fw, scores, l), &series, 760.0, 520.0);
    radar_svg(
        &layout,
        &l.text("ui-dash-radar"),
        &l.text("ui-chart-scale-note"),
        &complete,
        l.lang().is_rtl(),
    )
}

/// The dashboard's bar chart as the screen shows it (and as the chart images draw it).
pub fn screen_bars_svg(fw: &Framework, scores: &Scores, l: &Localizer) -> String {
    let bars = bars_layout(&block_labels(fw, scores, l), &bar_series(scores, l), 620.0);
    bars_svg(&bars, &l.text("ui-chart-bars-title"), l.lang().is_rtl())
}

/// A `#rrggbb` colour as PDF RGB components (0–1); anything else is black.
pub fn rgb(colour: &str) -> (f32, f32, f32) {
    let hex = colour.strip_prefix('#').unwrap_or("");
    let part = |i: usize| {
        hex.get(i..i + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .map_or(0.0, |v| f32::from(v) / 255.0)
    };
    if hex.len() == 6 {
        (part(0), part(2), part(4))
    } else {
        (0.0, 0.0, 0.0)
    }
}

/// A point in chart coordinates.
pub type Point = (f64, f64);
/// An axis: its end point, the anchor of its label, and the label.
pub type Axis = (Point, Point, String);
/// Runs of consecutive points of one series (a gap splits a run).
pub type Runs = Vec<Vec<Point>>;

#[derive(Debug, Clone)]
pub struct RadarLayout {
    pub width: f64,
    pub height: f64,
    pub centre: (f64, f64),
    pub radius: f64,
    /// Rings for phases 1 to 5, as closed polygons.
    pub rings: Vec<Vec<(f64, f64)>>,
    /// For each axis: end point, label anchor point and label text.
    pub axes: Vec<Axis>,
    /// For each series: runs of consecutive points (a gap splits a run), and isolated points.
    pub series: Vec<(Series, Runs)>,
    /// The scale: for phases 1 to 5, where its ring crosses the first (top) axis and the
    /// number written there.
    pub scale: Vec<(Point, String)>,
}

const MAX: f64 = 5.0;

fn point(centre: (f64, f64), radius: f64, i: usize, n: usize, value: f64) -> (f64, f64) {
    // First axis straight up, clockwise.
    let angle = -std::f64::consts::FRAC_PI_2 + i as f64 * std::f64::consts::TAU / n as f64;
    let r = radius * (value / MAX).clamp(0.0, 1.0);
    (centre.0 + r * angle.cos(), centre.1 + r * angle.sin())
}

/// Geometry of a radar with `labels.len()` axes on a `width` × `height` canvas; the sides
/// leave room for the block names.
pub fn radar_layout(labels: &[String], series: &[Series], width: f64, height: f64) -> RadarLayout {
    let n = labels.len().max(3);
    let centre = (width / 2.0, height / 2.0);
    let radius = (height * 0.36).min(width * 0.27);
    let rings = (1..=5)
        .map(|p| {
            (0..n)
                .map(|i| point(centre, radius, i, n, p as f64))
                .collect()
        })
        .collect();
    let axes = labels
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let end = point(centre, radius, i, n, MAX);
            let label = point(centre, radius * 1.1, i, n, MAX);
            (end, label, l.clone())
        })
        .collect();
    let series = series
        .iter()
        .map(|s| {
            // Runs of present values; the polygon closes only when every value exists.
            let mut runs: Vec<Vec<(f64, f64)>> = vec![Vec::new()];
            for (i, v) in s.values.iter().enumerate().take(n) {
                match v {
                    Some(v) => runs
                        .last_mut()
                        .map(|r| r.push(point(centre, radius, i, n, *v)))
                        .unwrap_or(()),
                    None => runs.push(Vec::new()),
                }
            }
            // Join the last run to the first across the top axis when both sides exist.
            if runs.len() > 1
                && s.values.first().is_some_and(|v| v.is_some())
                && s.values.get(n - 1).is_some_and(|v| v.is_some())
            {
                let mut joined = runs.pop().unwrap_or_default();
                if let Some(first) = runs.first_mut() {
                    joined.append(first);
                    *first = joined;
                }
            }
            runs.retain(|r| !r.is_empty());
            (s.clone(), runs)
        })
        .collect();
    let scale = (1..=5u8)
        .map(|p| (point(centre, radius, 0, n, f64::from(p)), p.to_string()))
        .collect();
    RadarLayout {
        width,
        height,
        centre,
        radius,
        rings,
        axes,
        series,
        scale,
    }
}

/// How many columns a character takes in a label: two for Chinese and Japanese characters
/// (full width), one otherwise.
fn columns(c: char) -> usize {
    if crate::linebreak::is_cjk(c) {
        2
    } else {
        1
    }
}

/// Splits a label into lines of at most about `max` columns (a Chinese character takes
/// two), at the line-break opportunities of the Unicode rules (UAX #14) the PDF's text uses
/// ([`crate::linebreak::break_points`]): after spaces, and between Chinese characters but
/// never before closing or after opening punctuation. A piece wider than a line stays whole.
pub fn wrap_label(text: &str, max: usize) -> Vec<String> {
    let text = text.trim();
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut start = 0;
    for end in crate::linebreak::break_points(text)
        .into_iter()
        .chain(std::iter::once(text.len()))
    {
        let piece = text.get(start..end).unwrap_or("");
        start = end;
        let candidate = format!("{line}{piece}");
        let width: usize = candidate.trim_end().chars().map(columns).sum();
        if width > max && !line.trim().is_empty() {
            lines.push(line.trim_end().to_string());
            line = piece.to_string();
        } else {
            line = candidate;
        }
    }
    if !line.trim().is_empty() || lines.is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn pts(points: &[(f64, f64)]) -> String {
    points
        .iter()
        .map(|(x, y)| format!("{x:.1},{y:.1}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Height of the band above a chart that holds its visible title.
const TITLE_BAND: f64 = 40.0;
/// Height of one row of a chart's legend.
const LEGEND_ROW: f64 = 26.0;
const LEGEND_SIZE: f64 = 16.0;
const SWATCH: f64 = 22.0;

#[derive(Debug)]
/// An entry of a chart's legend: its text, and the colour and dash of its swatch (none for
/// a note such as the scale's).
pub struct LegendEntry<'a> {
    pub label: &'a str,
    pub colour: Option<&'a str>,
    pub dashed: bool,
}

/// The legend of a chart's series in reading order (the series in front first), then
/// `note` when given.
pub fn legend_entries<'a>(series: &[&'a Series], note: Option<&'a str>) -> Vec<LegendEntry<'a>> {
    series
        .iter()
        .map(|s| LegendEntry {
            label: &s.label,
            colour: Some(&s.colour),
            dashed: s.dashed,
        })
        .chain(note.map(|label| LegendEntry {
            label,
            colour: None,
            dashed: false,
        }))
        .collect()
}

/// About how wide a text is in a `size`-unit font.
fn text_width(s: &str, size: f64) -> f64 {
    s.chars().map(columns).sum::<usize>() as f64 * size * 0.55
}

/// Places the legend's entries in rows `width` wide, left to right: the x of each entry's
/// start and its row.
fn legend_places(entries: &[LegendEntry], width: f64) -> Vec<(f64, usize)> {
    let (mut x, mut row) = (8.0, 0);
    entries
        .iter()
        .map(|e| {
            let w = if e.colour.is_some() {
                SWATCH + 6.0
            } else {
                0.0
            } + text_width(e.label, LEGEND_SIZE);
            if x > 8.0 && x + w > width - 8.0 {
                x = 8.0;
                row += 1;
            }
            let at = (x, row);
            x += w + 18.0;
            at
        })
        .collect()
}

/// How many rows the legend takes.
fn legend_rows(entries: &[LegendEntry], width: f64) -> usize {
    legend_places(entries, width)
        .last()
        .map_or(0, |(_, row)| row + 1)
}

/// Writes the visible title, centred in the band above the chart.
fn svg_title(out: &mut String, title: &str, width: f64, rtl: bool) {
    let _ = write!(
        out,
        r##"<text class="chart-title" x="{:.1}" y="{:.1}" font-size="20" font-weight="600" fill="#1d2a36" text-anchor="middle"{}>{}</text>"##,
        width / 2.0,
        TITLE_BAND / 2.0 + 6.0,
        if rtl { r#" direction="rtl""# } else { "" },
        esc(title)
    );
}

/// Writes the legend from `top` down: a stroke in each series' colour before its label,
/// mirrored for right-to-left (the stroke on the right of its label, entries from the right).
fn svg_legend(out: &mut String, entries: &[LegendEntry], top: f64, width: f64, rtl: bool) {
    out.push_str(r#"<g class="legend">"#);
    for (e, (x, row)) in entries.iter().zip(legend_places(entries, width)) {
        let y = top + LEGEND_ROW * (row as f64 + 0.5);
        let mut tx = x;
        if let Some(colour) = e.colour {
            let (a, b) = if rtl {
                (width - x - SWATCH, width - x)
            } else {
                (x, x + SWATCH)
            };
            let _ = write!(
                out,
                r#"<line x1="{a:.1}" y1="{y:.1}" x2="{b:.1}" y2="{y:.1}" stroke="{colour}" stroke-width="3"{}/>"#,
                if e.dashed {
                    r#" stroke-dasharray="6 4""#
                } else {
                    ""
                }
            );
            tx += SWATCH + 6.0;
        }
        let _ = write!(
            out,
            r##"<text x="{:.1}" y="{y:.1}" font-size="{LEGEND_SIZE}" fill="#1d2a36" text-anchor="start" dominant-baseline="middle"{}>{}</text>"##,
            if rtl { width - tx } else { tx },
            if rtl { r#" direction="rtl""# } else { "" },
            esc(e.label)
        );
    }
    out.push_str("</g>");
}

/// The radar as an SVG document: its title above (also its accessible name), the chart
/// with its scale (phases 1 to 5 on the rings), and its legend below (`scale_note` last);
/// `rtl` mirrors label anchoring and the legend for right-to-left languages.
pub fn radar_svg(
    layout: &RadarLayout,
    title: &str,
    scale_note: &str,
    complete: &[bool],
    rtl: bool,
) -> String {
    let (w, h) = (layout.width, layout.height);
    let front: Vec<&Series> = layout.series.iter().rev().map(|(s, _)| s).collect();
    let entries = legend_entries(&front, Some(scale_note));
    let legend_h = LEGEND_ROW * legend_rows(&entries, w) as f64 + 8.0;
    let total = TITLE_BAND + h + legend_h;
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {total}" role="img" aria-label="{t}" class="radar"><title>{t}</title>"#,
        t = esc(title)
    );
    svg_title(&mut out, title, w, rtl);
    svg_legend(&mut out, &entries, TITLE_BAND + h, w, rtl);
    let _ = write!(out, r#"<g transform="translate(0 {TITLE_BAND})">"#);
    for (i, ring) in layout.rings.iter().enumerate() {
        let _ = write!(
            out,
            r##"<polygon points="{}" fill="none" stroke="#c8d0d8" stroke-width="{}"/>"##,
            pts(ring),
            if i == 4 { 1.5 } else { 0.8 }
        );
    }
    for (i, (end, label, text)) in layout.axes.iter().enumerate() {
        let _ = write!(
            out,
            r##"<line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#c8d0d8" stroke-width="0.8"/>"##,
            layout.centre.0, layout.centre.1, end.0, end.1
        );
        let dx = label.0 - layout.centre.0;
        let mut anchor = if dx.abs() < 1.0 {
            "middle"
        } else if dx > 0.0 {
            "start"
        } else {
            "end"
        };
        if rtl {
            anchor = match anchor {
                "start" => "end",
                "end" => "start",
                a => a,
            };
        }
        let missing = !complete.get(i).copied().unwrap_or(true);
        let lines = wrap_label(text, 18);
        // Vertically centre the block of lines on the anchor; above the centre, end there.
        let line_height = 19.0;
        let dy = label.1 - layout.centre.1;
        let span = (lines.len() as f64 - 1.0) * line_height;
        let top = if dy.abs() < 1.0 || dx.abs() > 1.0 {
            label.1 - span / 2.0
        } else if dy < 0.0 {
            label.1 - span
        } else {
            label.1
        };
        // One <text> per line: right-to-left lines keep their own order that way.
        for (k, line) in lines.iter().enumerate() {
            let _ = write!(
                out,
                r##"<text x="{:.1}" y="{:.1}" font-size="17" fill="{}" text-anchor="{anchor}" dominant-baseline="middle"{}>{}</text>"##,
                label.0,
                top + k as f64 * line_height,
                if missing { "#8a5a00" } else { "#1d2a36" },
                if rtl { r#" direction="rtl""# } else { "" },
                esc(line)
            );
        }
    }
    for (series, runs) in &layout.series {
        let dash = if series.dashed {
            r#" stroke-dasharray="6 4""#
        } else {
            ""
        };
        for run in runs {
            let closed = runs.len() == 1 && run.len() == layout.axes.len();
            if closed {
                let _ = write!(
                    out,
                    r#"<polygon points="{}" fill="{c}" fill-opacity="0.12" stroke="{c}" stroke-width="2.5"{dash}/>"#,
                    pts(run),
                    c = series.colour
                );
            } else {
                let _ = write!(
                    out,
                    r#"<polyline points="{}" fill="none" stroke="{c}" stroke-width="2.5"{dash}/>"#,
                    pts(run),
                    c = series.colour
                );
            }
            for (x, y) in run {
                let _ = write!(
                    out,
                    r#"<circle cx="{x:.1}" cy="{y:.1}" r="3.5" fill="{}"/>"#,
                    series.colour
                );
            }
        }
    }
    // The scale on top of the series, on a white halo so that a polygon never hides it.
    for ((x, y), p) in &layout.scale {
        let _ = write!(
            out,
            r##"<text class="scale" x="{:.1}" y="{:.1}" font-size="14" fill="#3d4954" stroke="#fff" stroke-width="3" paint-order="stroke" text-anchor="start" dominant-baseline="middle">{p}</text>"##,
            x + 5.0,
            y
        );
    }
    out.push_str("</g></svg>");
    out
}

/// Geometry of a horizontal bar chart: one row per building block, a bar for the current
/// mean and a thinner one for the target, on a 0–5 scale. A block without a score has no bar
/// (and its label says so), never a zero-length bar.
#[derive(Debug, Clone)]
pub struct BarsLayout {
    pub width: f64,
    pub height: f64,
    /// x of phase 0 and of phase 5.
    pub x0: f64,
    pub x5: f64,
    /// Per row: label anchor (right edge of the label column), row centre y, current bar
    /// (x, y, w, h) if any, target bar if any.
    pub rows: Vec<BarRow>,
    /// The series drawn (current, then target), for the legend.
    pub series: Vec<Series>,
}

#[derive(Debug, Clone)]
pub struct BarRow {
    pub label: String,
    /// The label broken into lines that fit the label column.
    pub lines: Vec<String>,
    pub label_x: f64,
    pub y: f64,
    pub current: Option<(f64, f64, f64, f64)>,
    pub target: Option<(f64, f64, f64, f64)>,
}

/// [`bars_wrapped`] with the screen's label size (14 units high, 16 per line).
pub fn bars_layout(labels: &[String], series: &[Series], width: f64) -> BarsLayout {
    // A 14-unit font averages under 8 units a character: the label column holds that many.
    let chars = ((width * 0.36 - 8.0) / 8.0).max(8.0) as usize;
    bars_wrapped(labels, series, width, chars, 16.0)
}

/// Geometry of the bar chart for `series` (as [`bar_series`] gives them: the current score,
/// then the target phase), each label broken into lines of at most `label_chars`
/// characters (long block names, as in Russian or French, must not run off the chart); rows
/// grow by `line_height` for each extra line the longest label needs.
pub fn bars_wrapped(
    labels: &[String],
    series: &[Series],
    width: f64,
    label_chars: usize,
    line_height: f64,
) -> BarsLayout {
    let values = |k: usize, i: usize| {
        series
            .get(k)
            .and_then(|s| s.values.get(i))
            .copied()
            .flatten()
    };
    let lines: Vec<Vec<String>> = labels.iter().map(|l| wrap_label(l, label_chars)).collect();
    let most = lines.iter().map(Vec::len).max().unwrap_or(1).max(1);
    let row_h = 30.0 + line_height * (most - 1) as f64;
    let height = row_h * labels.len() as f64 + 24.0;
    let (x0, x5) = (width * 0.36, width - 12.0);
    let scale = |v: f64| (x5 - x0) * (v / MAX).clamp(0.0, 1.0);
    let rows = labels
        .iter()
        .zip(lines)
        .enumerate()
        .map(|(i, (label, lines))| {
            let y = 8.0 + i as f64 * row_h + row_h / 2.0;
            BarRow {
                label: label.clone(),
                lines,
                label_x: x0 - 8.0,
                y,
                current: values(0, i).map(|v| (x0, y - 9.0, scale(v), 11.0)),
                target: values(1, i).map(|v| (x0, y + 3.0, scale(v), 5.0)),
            }
        })
        .collect();
    BarsLayout {
        width,
        height,
        x0,
        x5,
        rows,
        series: series.to_vec(),
    }
}

/// The bar chart as SVG, its title above and its legend below (labels mirrored by the page's
/// direction are not needed: the SVG is placed in a left-to-right box, its labels carry
/// `direction` for Arabic).
pub fn bars_svg(layout: &BarsLayout, title: &str, rtl: bool) -> String {
    let (w, h) = (layout.width, layout.height);
    let drawn: Vec<&Series> = layout.series.iter().collect();
    let entries = legend_entries(&drawn, None);
    let legend_h = LEGEND_ROW * legend_rows(&entries, w) as f64 + 8.0;
    let total = TITLE_BAND + h + legend_h;
    // Right-to-left: the whole chart is mirrored (labels on the right, bars growing to the
    // left), as in the PDF.
    let mx = |x: f64| if rtl { w - x } else { x };
    let mrect = |x: f64, bw: f64| if rtl { w - x - bw } else { x };
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {total}" role="img" aria-label="{t}" class="bars"><title>{t}</title>"#,
        t = esc(title)
    );
    svg_title(&mut out, title, w, rtl);
    svg_legend(&mut out, &entries, TITLE_BAND + h, w, rtl);
    let _ = write!(out, r#"<g transform="translate(0 {TITLE_BAND})">"#);
    for p in 0..=5 {
        let x = mx(layout.x0 + (layout.x5 - layout.x0) * p as f64 / MAX);
        let _ = write!(
            out,
            r##"<line x1="{x:.1}" y1="4" x2="{x:.1}" y2="{:.1}" stroke="#d5dce3" stroke-width="0.8"/><text x="{x:.1}" y="{:.1}" font-size="12" fill="#5a6672" text-anchor="middle">{p}</text>"##,
            h - 18.0,
            h - 4.0
        );
    }
    for row in &layout.rows {
        // "end" is the label's edge next to the bars: its right edge left to right, its left
        // edge right to left (direction="rtl").
        // One <text> per line, centred on the row.
        let first = row.y - 8.0 * (row.lines.len() as f64 - 1.0);
        for (k, line) in row.lines.iter().enumerate() {
            let _ = write!(
                out,
                r##"<text x="{:.1}" y="{:.1}" font-size="14" fill="#1d2a36" text-anchor="end" dominant-baseline="middle"{}>{}</text>"##,
                mx(row.label_x),
                first + 16.0 * k as f64,
                if rtl {
                    r#" direction="rtl" unicode-bidi="plaintext""#
                } else {
                    ""
                },
                esc(line)
            );
        }
        if let Some((x, y, bw, bh)) = row.current {
            let x = mrect(x, bw);
            let _ = write!(
                out,
                r##"<rect x="{x:.1}" y="{y:.1}" width="{bw:.1}" height="{bh:.1}" fill="{CURRENT_COLOUR}"/>"##
            );
        }
        if let Some((x, y, bw, bh)) = row.target {
            let x = mrect(x, bw);
            let _ = write!(
                out,
                r##"<rect x="{x:.1}" y="{y:.1}" width="{bw:.1}" height="{bh:.1}" fill="{TARGET_COLOUR}"/>"##
            );
        }
    }
    out.push_str("</g></svg>");
    out
}

/// One indicator of the spread chart: its code, the range and median of its ratings (NA
/// left out), the agreed phase if it is one, and whether the room is to discuss it.
#[derive(Debug, Clone, PartialEq)]
pub struct SpreadInput {
    pub code: String,
    pub min: u8,
    pub max: u8,
    pub median: f64,
    pub agreed: Option<u8>,
    pub discuss: bool,
}

/// Geometry of the spread chart: a row per indicator, a line from its lowest to its highest
/// rating on a 1–5 scale, the median marked and the agreed phase.
#[derive(Debug, Clone, PartialEq)]
pub struct SpreadsLayout {
    pub width: f64,
    pub height: f64,
    /// x of phase 1 and of phase 5.
    pub x1: f64,
    pub x5: f64,
    pub rows: Vec<SpreadRow>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SpreadRow {
    pub code: String,
    pub label_x: f64,
    pub y: f64,
    /// x of the lowest and of the highest rating.
    pub from: f64,
    pub to: f64,
    pub median: f64,
    pub agreed: Option<f64>,
    pub discuss: bool,
}

const SPREAD_ROW: f64 = 20.0;

/// Lays out the spread chart `width` units wide; phases outside 1 to 5 are held at the ends.
pub fn spreads_layout(items: &[SpreadInput], width: f64) -> SpreadsLayout {
    let (x1, x5) = (56.0, width - 16.0);
    let x = |p: f64| x1 + (x5 - x1) * ((p - 1.0) / 4.0).clamp(0.0, 1.0);
    let rows = items
        .iter()
        .enumerate()
        .map(|(i, it)| SpreadRow {
            code: it.code.clone(),
            label_x: x1 - 12.0,
            y: 8.0 + SPREAD_ROW * i as f64 + SPREAD_ROW / 2.0,
            from: x(f64::from(it.min)),
            to: x(f64::from(it.max)),
            median: x(it.median),
            agreed: it.agreed.map(|p| x(f64::from(p))),
            discuss: it.discuss,
        })
        .collect();
    SpreadsLayout {
        width,
        height: 8.0 + SPREAD_ROW * items.len() as f64 + 24.0,
        x1,
        x5,
        rows,
    }
}

/// The colour of a row to discuss.
pub const DISCUSS_COLOUR: &str = "#b3261e";

/// The spread chart as SVG; `rtl` mirrors it (codes on the right, phase 1 on the right).
pub fn spreads_svg(layout: &SpreadsLayout, title: &str, rtl: bool) -> String {
    let (w, h) = (layout.width, layout.height);
    let mx = |x: f64| if rtl { w - x } else { x };
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" role="img" aria-label="{t}" class="spreads"><title>{t}</title>"#,
        t = esc(title)
    );
    for p in 1..=5 {
        let x = mx(layout.x1 + (layout.x5 - layout.x1) * f64::from(p - 1) / 4.0);
        let _ = write!(
            out,
            r##"<line x1="{x:.1}" y1="4" x2="{x:.1}" y2="{:.1}" stroke="#d5dce3" stroke-width="0.8"/><text x="{x:.1}" y="{:.1}" font-size="12" fill="#5a6672" text-anchor="middle">{p}</text>"##,
            h - 18.0,
            h - 4.0
        );
    }
    for row in &layout.rows {
        let colour = if row.discuss {
            DISCUSS_COLOUR
        } else {
            CURRENT_COLOUR
        };
        if row.discuss {
            let _ = write!(
                out,
                r##"<rect x="0" y="{:.1}" width="{w}" height="{SPREAD_ROW}" fill="#fbe9ea"/>"##,
                row.y - SPREAD_ROW / 2.0
            );
        }
        let (a, b) = (mx(row.from), mx(row.to));
        let _ = write!(
            out,
            r##"<text x="{:.1}" y="{:.1}" font-size="13" fill="#1d2a36" text-anchor="end" dominant-baseline="middle"{} data-code="{c}">{c}</text><line class="range" x1="{a:.1}" y1="{y:.1}" x2="{b:.1}" y2="{y:.1}" stroke="{colour}" stroke-width="3" stroke-linecap="round"/>"##,
            mx(row.label_x),
            row.y,
            // "end" is the edge next to the lines: with direction="rtl", the left edge.
            if rtl { r#" direction="rtl""# } else { "" },
            c = esc(&row.code),
            y = row.y,
        );
        // The agreed phase under the median, larger, so that both show where they meet.
        if let Some(x) = row.agreed {
            let (x, y) = (mx(x), row.y);
            let _ = write!(
                out,
                r##"<path class="agreed" d="M{:.1} {y:.1} L{x:.1} {:.1} L{:.1} {y:.1} L{x:.1} {:.1} Z" fill="{TARGET_COLOUR}"/>"##,
                x - 8.0,
                y - 8.0,
                x + 8.0,
                y + 8.0
            );
        }
        let _ = write!(
            out,
            r##"<circle class="median" cx="{:.1}" cy="{:.1}" r="4" fill="#fff" stroke="{colour}" stroke-width="2"/>"##,
            mx(row.median),
            row.y
        );
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_spread_chart_places_range_median_and_agreed_phase_and_mirrors() {
        let items = vec![
            SpreadInput {
                code: "3".into(),
                min: 1,
                max: 5,
                median: 2.5,
                agreed: Some(2),
                discuss: true,
            },
            SpreadInput {
                code: "<b>".into(),
                min: 3,
                max: 3,
                median: 3.0,
                agreed: None,
                discuss: false,
            },
        ];
        let l = spreads_layout(&items, 416.0);
        let (x1, x5) = (l.x1, l.x5);
        let step = (x5 - x1) / 4.0;
        let r = &l.rows[0];
        assert_eq!((r.from, r.to), (x1, x5));
        assert!((r.median - (x1 + 1.5 * step)).abs() < 1e-9);
        assert_eq!(r.agreed, Some(x1 + step));
        assert!(l.rows[1].y > r.y && l.rows[1].from == l.rows[1].to);
        assert_eq!(l.rows[1].agreed, None);
        assert!(l.height > l.rows[1].y + 10.0);
        let svg = spreads_svg(&l, "Spread & <x>", false);
        assert!(svg.contains("&lt;b&gt;") && !svg.contains("<b>"));
        assert!(svg.contains("Spread &amp; &lt;x&gt;"));
        assert_eq!(svg.matches(r#"class="agreed""#).count(), 1);
        assert_eq!(svg.matches(DISCUSS_COLOUR).count(), 2);
        // Right to left: phase 1 on the right, the range mirrored.
        let rtl = spreads_svg(&l, "t", true);
        assert!(rtl.contains(&format!(
            r#"x1="{:.1}" y1="{:.1}" x2="{:.1}""#,
            416.0 - x1,
            r.y,
            416.0 - x5
        )));
    }

    #[test]
    fn long_bar_labels_wrap_and_rows_grow() {
        let labels = vec![
            "Workforce".to_string(),
            "Законодательство, политика и обеспечение соблюдения требований".to_string(),
        ];
        let short = bars_layout(&labels[..1], &[values(vec![Some(2.0)])], 620.0);
        let long = bars_layout(
            &labels,
            &[values(vec![Some(2.0), None]), values(vec![None, None])],
            620.0,
        );
        assert_eq!(short.rows[0].lines, vec!["Workforce".to_string()]);
        let lines = &long.rows[1].lines;
        assert!(lines.len() >= 2, "{lines:?}");
        assert!(lines.iter().all(|l| l.chars().count() <= 26), "{lines:?}");
        assert_eq!(lines.join(" "), labels[1]);
        assert!(
            long.rows[1].y - long.rows[0].y > 30.0,
            "rows grow for the extra lines"
        );
        let svg = bars_svg(&long, "t", false);
        // Six scale numbers, the title, two legend entries and the labels' lines.
        assert_eq!(svg.matches("<text").count(), 6 + 1 + 2 + 1 + lines.len());
    }

    fn values(values: Vec<Option<f64>>) -> Series {
        Series {
            label: "v".into(),
            values,
            colour: "#123456".into(),
            dashed: false,
        }
    }

    fn labels(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("B{i}")).collect()
    }

    #[test]
    fn a_missing_block_is_a_gap_not_a_zero() {
        let s = Series {
            label: "current".into(),
            values: vec![
                Some(3.0),
                Some(2.0),
                None,
                Some(4.0),
                Some(1.0),
                Some(2.0),
                Some(3.0),
            ],
            colour: "#123".into(),
            dashed: false,
        };
        let layout = radar_layout(&labels(7), &[s], 400.0, 400.0);
        let runs = &layout.series[0].1;
        let points: usize = runs.iter().map(Vec::len).sum();
        assert_eq!(
            points, 6,
            "six values drawn, the missing one is not drawn at the centre"
        );
        assert_eq!(runs.len(), 1, "the run wraps across the top axis");
        assert_eq!(
            runs[0].len(),
            6,
            "and stops at the gap: an open line, not a closed polygon"
        );
        for run in runs {
            for p in run {
                assert!(
                    (p.0 - layout.centre.0).abs() > 1.0 || (p.1 - layout.centre.1).abs() > 1.0,
                    "no point sits at the centre (zero)"
                );
            }
        }
        let svg = radar_svg(&layout, "t", "scale", &[true; 7], false);
        assert!(
            svg.contains("<polyline"),
            "an incomplete series is drawn open"
        );
        assert!(
            !svg.contains("fill=\"#123\" fill-opacity"),
            "and never filled as a closed shape"
        );
    }

    #[test]
    fn a_complete_series_is_one_closed_polygon() {
        let s = Series {
            label: "current".into(),
            values: vec![Some(5.0); 7],
            colour: "#123".into(),
            dashed: false,
        };
        let layout = radar_layout(&labels(7), &[s], 400.0, 400.0);
        assert_eq!(layout.series[0].1.len(), 1);
        assert_eq!(layout.series[0].1[0].len(), 7);
        let top = layout.series[0].1[0][0];
        let r = layout.radius;
        assert!((top.0 - 200.0).abs() < 1e-9 && (top.1 - (200.0 - r)).abs() < 1e-9);
    }

    #[test]
    fn a_block_without_a_score_has_no_bar() {
        let b = bars_layout(
            &["A".into(), "B".into()],
            &[values(vec![Some(2.5), None]), values(vec![Some(4.0), None])],
            400.0,
        );
        assert!(b.rows[0].current.is_some_and(|(_, _, w, _)| w > 0.0));
        assert!(b.rows[1].current.is_none() && b.rows[1].target.is_none());
        let full = b.x5 - b.x0;
        assert!((b.rows[0].target.map(|t| t.2).unwrap_or(0.0) - full * 0.8).abs() < 1e-9);
    }

    #[test]
    fn long_labels_wrap_at_spaces() {
        assert_eq!(
            wrap_label("Legislation, policy and compliance", 18),
            ["Legislation,", "policy and", "compliance"]
        );
        assert_eq!(wrap_label("基础设施", 18), ["基础设施"]);
    }

    #[test]
    fn labels_are_escaped() {
        let layout = radar_layout(
            &["<script>".to_string(), "a&b".into(), "c".into()],
            &[],
            300.0,
            300.0,
        );
        let svg = radar_svg(&layout, "x\"y", "<n>", &[], false);
        assert!(
            svg.contains("&lt;script&gt;") && svg.contains("a&amp;b") && svg.contains("x&quot;y")
        );
        assert!(svg.contains("&lt;n&gt;") && !svg.contains("<n>"));
        assert!(!svg.contains("<script>"));
    }

    fn block(id: &str, mean: Option<f64>, target_mean: Option<f64>) -> crate::scoring::BlockResult {
        crate::scoring::BlockResult {
            id: id.into(),
            mean,
            phase: mean.map(crate::scoring::phase_of),
            target_mean,
            target_phase: target_mean.map(crate::scoring::phase_of),
            gap: None,
            scored: Vec::new(),
            excluded: Vec::new(),
            indicators: Vec::new(),
        }
    }

    fn scores() -> Scores {
        Scores {
            // 3.25 as a mean of targets is target phase 4, as the scores table prints it.
            blocks: vec![
                block("a", Some(2.2), Some(3.25)),
                block("b", Some(1.0), Some(2.0)),
                block("c", None, None),
            ],
            overall: crate::scoring::Overall {
                mean: None,
                phase: None,
                target_mean: None,
                target_phase: None,
                gap: None,
            },
            answered: 0,
            total: 0,
        }
    }

    #[test]
    fn the_target_series_is_the_target_phase_the_table_shows() {
        let l = Localizer::new(crate::i18n::Lang::En, false);
        let s = scores();
        let series = radar_series(&s, None, &l);
        let target = series
            .iter()
            .find(|x| x.colour == TARGET_COLOUR)
            .expect("target series");
        let table: Vec<Option<f64>> = s
            .blocks
            .iter()
            .map(|b| b.target_phase.map(f64::from))
            .collect();
        assert_eq!(target.values, table);
        assert_eq!(target.values[0], Some(4.0));
        assert_eq!(target.label, l.text("ui-chart-legend-target-phase"));
    }

    #[test]
    fn the_radar_has_its_scale_a_title_and_a_legend() {
        let l = Localizer::new(crate::i18n::Lang::En, false);
        let s = scores();
        let series = radar_series(&s, None, &l);
        let layout = radar_layout(&labels(3), &series, 400.0, 300.0);
        // Phases 1 to 5, each on its ring where the ring crosses the top axis.
        let numbers: Vec<&str> = layout.scale.iter().map(|(_, n)| n.as_str()).collect();
        assert_eq!(numbers, ["1", "2", "3", "4", "5"]);
        for ((point, _), ring) in layout.scale.iter().zip(&layout.rings) {
            assert_eq!(Some(point), ring.first());
        }
        assert!(layout.scale.windows(2).all(|w| w[1].0 .1 < w[0].0 .1));
        let svg = radar_svg(
            &layout,
            "Radar title",
            "Rings: phases 1 to 5",
            &[true; 3],
            false,
        );
        assert_eq!(svg.matches(r#"class="scale""#).count(), 5);
        assert!(svg.contains(r#"class="chart-title""#) && svg.contains(">Radar title</text>"));
        let legend = svg
            .split(r#"<g class="legend">"#)
            .nth(1)
            .and_then(|r| r.split("</g>").next())
            .expect("a legend");
        let current = l.text("ui-chart-legend-mean");
        let target = l.text("ui-chart-legend-target-phase");
        assert!(
            legend.find(&current) < legend.find(&target),
            "current first: {legend}"
        );
        assert!(legend.contains("Rings: phases 1 to 5"));
        assert!(
            legend.contains(r#"stroke-dasharray"#),
            "the target's swatch is dashed"
        );
        // The bars: title and the same two entries.
        let bars = bars_layout(&labels(3), &bar_series(&s, &l), 500.0);
        let svg = bars_svg(&bars, "Bars title", true);
        assert!(svg.contains(">Bars title</text>"));
        assert!(svg.contains(&format!(">{current}</text>")));
        assert!(svg.contains(&format!(">{target}</text>")));
        // The bar of the target is the target phase: 4 of 5 for a mean of targets of 3.25.
        let full = bars.x5 - bars.x0;
        assert_eq!(bars.rows[0].target.map(|t| t.2), Some(full * 0.8));
    }

    #[test]
    fn the_previous_round_is_a_series_with_its_legend_when_given() {
        let l = Localizer::new(crate::i18n::Lang::En, false);
        let s = scores();
        let mut before = scores();
        before.blocks[0].mean = Some(1.5);
        let round = Round {
            id: 1,
            uid: "u".into(),
            round: "Baseline 2024".into(),
            date: "2024-03-16".into(),
            status: crate::model::Status::Finalised,
            scores: before,
        };
        assert_eq!(radar_series(&s, None, &l).len(), 2);
        let series = radar_series(&s, Some(&round), &l);
        assert_eq!(series.len(), 3);
        assert_eq!(series[0].colour, PREVIOUS_COLOUR);
        assert_eq!(series[0].values, vec![Some(1.5), Some(1.0), None]);
        assert!(series[0].label.contains("Baseline 2024"));
        let layout = radar_layout(&labels(3), &series, 400.0, 300.0);
        let svg = radar_svg(&layout, "t", "n", &[true; 3], false);
        assert!(svg.contains("Baseline 2024"));
        assert!(svg.contains(PREVIOUS_COLOUR));
    }

    #[test]
    fn chinese_labels_wrap_at_unicode_break_opportunities() {
        let lines = wrap_label("领导力、治理与多部门协作机制", 12);
        assert!(lines.len() >= 2, "{lines:?}");
        assert_eq!(lines.concat(), "领导力、治理与多部门协作机制");
        for line in &lines {
            // A CJK character takes two columns.
            assert!(line.chars().count() * 2 <= 12, "{lines:?}");
            assert!(!line.starts_with('、'), "{lines:?}");
        }
    }
}
