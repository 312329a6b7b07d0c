//! Chart images: the dashboard's radar and bar chart as SVG and PNG files, for slides and
//! documents, in any of the seven languages.
//!
//! The picture is the screen's own SVG ([`charts::screen_radar_svg`],
//! [`charts::screen_bars_svg`]) with every `<text>` replaced by the outlines of its glyphs,
//! shaped by the report's code ([`crate::report::text`]: bidi, a shipped font per script,
//! rustybuzz), so Arabic is joined and right to left and Chinese is drawn in the shipped
//! font wherever the file is opened: the SVG needs no fonts. The PNG is that SVG rasterised
//! by resvg, which then never lays out text itself (its own layout mishandles mixed Arabic,
//! see ARCHITECTURE.md, Decisions). Both are a 16 × 12 cm page with the chart centred on
//! white; the PNG has as many pixels as the resolution asks and says it in its `pHYs`.
//!
//! Pure: no database, no files ([`crate::service::save_chart`] reads the assessment and
//! writes the file).

use std::fmt::Write as _;

use rustybuzz::ttf_parser::{GlyphId, OutlineBuilder};

use crate::charts;
use crate::compare::Round;
use crate::error::{Error, Result};
use crate::framework::Framework;
use crate::i18n::Localizer;
use crate::report::text::{self, Font};
use crate::scoring::Scores;

/// Which chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    Radar,
    Bars,
}

impl ChartKind {
    pub const ALL: [ChartKind; 2] = [ChartKind::Radar, ChartKind::Bars];

    /// The name on the command line and in the interface.
    pub fn name(self) -> &'static str {
        match self {
            ChartKind::Radar => "radar",
            ChartKind::Bars => "bars",
        }
    }

    /// `radar` or `bars` (ignoring case and surrounding spaces).
    pub fn parse(value: &str) -> Result<ChartKind> {
        ChartKind::ALL
            .into_iter()
            .find(|k| value.trim().eq_ignore_ascii_case(k.name()))
            .ok_or_else(|| Error::UnknownChartKind {
                value: value.to_string(),
            })
    }
}

/// The file format of a chart image.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageFormat {
    Png,
    Svg,
}

impl ImageFormat {
    pub const ALL: [ImageFormat; 2] = [ImageFormat::Png, ImageFormat::Svg];

    /// The name on the command line, also the file extension.
    pub fn name(self) -> &'static str {
        match self {
            ImageFormat::Png => "png",
            ImageFormat::Svg => "svg",
        }
    }

    /// `png` or `svg` (ignoring case and surrounding spaces).
    pub fn parse(value: &str) -> Result<ImageFormat> {
        ImageFormat::ALL
            .into_iter()
            .find(|f| value.trim().eq_ignore_ascii_case(f.name()))
            .ok_or_else(|| Error::UnknownImageFormat {
                value: value.to_string(),
            })
    }

    /// The format a file name asks for: SVG for `.svg`, PNG otherwise.
    pub fn of_path(path: &std::path::Path) -> ImageFormat {
        match path.extension().and_then(|e| e.to_str()) {
            Some(e) if e.eq_ignore_ascii_case("svg") => ImageFormat::Svg,
            _ => ImageFormat::Png,
        }
    }
}

/// The page a chart image fills, in millimetres.
pub const WIDTH_MM: f64 = 160.0;
pub const HEIGHT_MM: f64 = 120.0;
/// Print quality.
pub const DEFAULT_DPI: u32 = 300;
/// The resolutions accepted: from a screen's to a photo printer's (a 1200 dpi PNG is
/// 7559 × 5669 pixels).
pub const MIN_DPI: u32 = 72;
pub const MAX_DPI: u32 = 1200;

/// A resolution within [`MIN_DPI`]..=[`MAX_DPI`], else [`Error::DpiOutOfRange`].
pub fn check_dpi(dpi: u32) -> Result<u32> {
    if (MIN_DPI..=MAX_DPI).contains(&dpi) {
        Ok(dpi)
    } else {
        Err(dpi_error(&dpi.to_string()))
    }
}

/// A resolution as typed (a whole number of dots per inch), checked by [`check_dpi`].
pub fn parse_dpi(value: &str) -> Result<u32> {
    let dpi = value.trim().parse::<u32>().map_err(|_| dpi_error(value))?;
    check_dpi(dpi).map_err(|_| dpi_error(value))
}

fn dpi_error(value: &str) -> Error {
    Error::DpiOutOfRange {
        value: value.to_string(),
        min: MIN_DPI,
        max: MAX_DPI,
    }
}

/// The PNG's size in pixels at `dpi`: 16 × 12 cm.
pub fn pixel_size(dpi: u32) -> (u32, u32) {
    let px = |mm: f64| (mm / 25.4 * f64::from(dpi)).round() as u32;
    (px(WIDTH_MM), px(HEIGHT_MM))
}

/// The chart as an SVG file: the screen's picture, every label as glyph outlines.
pub fn chart_svg(
    fw: &Framework,
    scores: &Scores,
    previous: Option<&Round>,
    l: &Localizer,
    kind: ChartKind,
) -> Result<String> {
    Ok(outlined(&screen_svg(fw, scores, previous, l, kind))?.svg)
}

/// The chart as a PNG file at `dpi` (see [`pixel_size`]).
pub fn chart_png(
    fw: &Framework,
    scores: &Scores,
    previous: Option<&Round>,
    l: &Localizer,
    kind: ChartKind,
    dpi: u32,
) -> Result<Vec<u8>> {
    let dpi = check_dpi(dpi)?;
    rasterise(&chart_svg(fw, scores, previous, l, kind)?, dpi)
}

/// The chart as a PNG with the benchmark series the dashboard draws when one is chosen
/// (the report's DOCX and "Save chart…" use it, so that they show what the screen shows).
#[allow(clippy::too_many_arguments)]
pub fn chart_png_with(
    fw: &Framework,
    scores: &Scores,
    previous: Option<&Round>,
    benchmark: Option<&crate::model::Benchmark>,
    l: &Localizer,
    kind: ChartKind,
    dpi: u32,
) -> Result<Vec<u8>> {
    let dpi = check_dpi(dpi)?;
    let svg = outlined(&screen_svg_with(fw, scores, previous, benchmark, l, kind))?.svg;
    rasterise(&svg, dpi)
}

/// [`chart_file`] with the benchmark series the dashboard draws when one is chosen.
#[allow(clippy::too_many_arguments)]
pub fn chart_file_with(
    fw: &Framework,
    scores: &Scores,
    previous: Option<&Round>,
    benchmark: Option<&crate::model::Benchmark>,
    l: &Localizer,
    kind: ChartKind,
    format: ImageFormat,
    dpi: u32,
) -> Result<Vec<u8>> {
    let dpi = check_dpi(dpi)?;
    match format {
        ImageFormat::Svg => Ok(outlined(&screen_svg_with(
            fw, scores, previous, benchmark, l, kind,
        ))?
        .svg
        .into_bytes()),
        ImageFormat::Png => chart_png_with(fw, scores, previous, benchmark, l, kind, dpi),
    }
}

/// The bytes of a chart image file in `format` (`dpi` is checked for both, used by PNG).
pub fn chart_file(
    fw: &Framework,
    scores: &Scores,
    previous: Option<&Round>,
    l: &Localizer,
    kind: ChartKind,
    format: ImageFormat,
    dpi: u32,
) -> Result<Vec<u8>> {
    let dpi = check_dpi(dpi)?;
    match format {
        ImageFormat::Svg => Ok(chart_svg(fw, scores, previous, l, kind)?.into_bytes()),
        ImageFormat::Png => chart_png(fw, scores, previous, l, kind, dpi),
    }
}

/// The dashboard's SVG of the chart, with `<text>` labels.
pub fn screen_svg(
    fw: &Framework,
    scores: &Scores,
    previous: Option<&Round>,
    l: &Localizer,
    kind: ChartKind,
) -> String {
    screen_svg_with(fw, scores, previous, None, l, kind)
}

/// [`screen_svg`] with the benchmark series the dashboard draws when one is chosen.
pub fn screen_svg_with(
    fw: &Framework,
    scores: &Scores,
    previous: Option<&Round>,
    benchmark: Option<&crate::model::Benchmark>,
    l: &Localizer,
    kind: ChartKind,
) -> String {
    match kind {
        ChartKind::Radar => charts::screen_radar_svg(fw, scores, previous, benchmark, l),
        ChartKind::Bars => charts::screen_bars_svg(fw, scores, l),
    }
}

/// An SVG whose text is drawn as outlines, and the characters no shipped font has (drawn
/// as the font's empty box; the tests require none).
#[derive(Debug, Clone)]
pub struct Outlined {
    pub svg: String,
    pub missing: Vec<char>,
}

fn internal(detail: impl std::fmt::Display) -> Error {
    Error::ChartImage {
        detail: detail.to_string(),
    }
}

/// Room left around the chart on the page, in the chart's units.
const MARGIN: f64 = 12.0;

/// The chart SVG `svg` (as [`charts`] writes it) as a [`WIDTH_MM`] × [`HEIGHT_MM`] page: the
/// chart centred on white, each `<text>` replaced by a `<path>` of its shaped glyphs with
/// the same paint (fill, halo stroke, class).
pub fn outlined(svg: &str) -> Result<Outlined> {
    let doc = roxmltree::Document::parse(svg).map_err(internal)?;
    let root = doc.root_element();
    if root.tag_name().name() != "svg" {
        return Err(internal("the chart is not an SVG document"));
    }
    let view: Vec<f64> = root
        .attribute("viewBox")
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|v| v.parse().ok())
        .collect();
    let (Some(&w), Some(&h)) = (view.get(2), view.get(3)) else {
        return Err(internal("the chart has no viewBox"));
    };
    // The page: the chart and its margin, widened or heightened to the page's proportions.
    let (mut pw, mut ph) = (w + 2.0 * MARGIN, h + 2.0 * MARGIN);
    let ratio = WIDTH_MM / HEIGHT_MM;
    if pw / ph > ratio {
        ph = pw / ratio;
    } else {
        pw = ph * ratio;
    }
    let (ox, oy) = ((pw - w) / 2.0, (ph - h) / 2.0);
    let mut out = String::with_capacity(svg.len() * 8);
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH_MM}mm" height="{HEIGHT_MM}mm" viewBox="{:.2} {:.2} {pw:.2} {ph:.2}""#,
        -ox, -oy
    );
    write_attributes(&mut out, root, &["viewBox", "width", "height"])?;
    out.push('>');
    let _ = write!(
        out,
        r##"<rect x="{:.2}" y="{:.2}" width="{pw:.2}" height="{ph:.2}" fill="#ffffff"/>"##,
        -ox, -oy
    );
    let mut missing = Vec::new();
    for child in root.children() {
        write_node(&mut out, child, &mut missing)?;
    }
    out.push_str("</svg>");
    missing.sort_unstable();
    missing.dedup();
    Ok(Outlined { svg: out, missing })
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Copies an element's attributes but those in `skip`.
fn write_attributes(out: &mut String, node: roxmltree::Node, skip: &[&str]) -> Result<()> {
    for a in node.attributes() {
        if a.namespace().is_some() {
            return Err(internal(format!("attribute {} in a namespace", a.name())));
        }
        if !skip.contains(&a.name()) {
            let _ = write!(out, r#" {}="{}""#, a.name(), escape(a.value()));
        }
    }
    Ok(())
}

fn write_node(out: &mut String, node: roxmltree::Node, missing: &mut Vec<char>) -> Result<()> {
    if let Some(t) = node.text().filter(|_| node.is_text()) {
        out.push_str(&escape(t));
        return Ok(());
    }
    if !node.is_element() {
        return Ok(());
    }
    let name = node.tag_name().name();
    if name == "text" {
        return write_text(out, node, missing);
    }
    let _ = write!(out, "<{name}");
    write_attributes(out, node, &[])?;
    if node.has_children() {
        out.push('>');
        for child in node.children() {
            write_node(out, child, missing)?;
        }
        let _ = write!(out, "</{name}>");
    } else {
        out.push_str("/>");
    }
    Ok(())
}

/// The attributes that place and shape a `<text>`: used here, not copied to its path.
const TEXT_LAYOUT: [&str; 12] = [
    "x",
    "y",
    "dx",
    "dy",
    "font-size",
    "font-weight",
    "font-family",
    "font-style",
    "text-anchor",
    "dominant-baseline",
    "direction",
    "unicode-bidi",
];

/// How far below the `y` of a `dominant-baseline="middle"` text its baseline lies, per unit
/// of font size: half the x-height of the shipped Latin font (CSS's "middle" baseline).
fn middle_shift() -> f64 {
    Font::Latin
        .face()
        .and_then(|f| {
            let upem = f64::from(f.units_per_em());
            f.x_height().map(|x| f64::from(x) / upem / 2.0)
        })
        .unwrap_or(0.27)
}

/// One `<text>` (of one line: the charts write one per line) as the outlines of its glyphs.
fn write_text(out: &mut String, node: roxmltree::Node, missing: &mut Vec<char>) -> Result<()> {
    if node.children().any(|c| c.is_element()) {
        return Err(internal("a chart label with nested elements"));
    }
    let content: String = node.children().filter_map(|c| c.text()).collect();
    let number = |name: &str, default: f64| {
        node.attribute(name)
            .and_then(|v| v.trim().parse::<f64>().ok())
            .unwrap_or(default)
    };
    let (x, y, size) = (
        number("x", 0.0),
        number("y", 0.0),
        number("font-size", 16.0),
    );
    let bold = match node.attribute("font-weight").map(str::trim) {
        Some("bold" | "bolder") => true,
        Some(w) => w.parse::<u32>().is_ok_and(|w| w >= 600),
        None => false,
    };
    let rtl = node.attribute("direction") == Some("rtl");
    let shaped = text::shape(&content, bold, rtl, size as f32);
    missing.extend(shaped.missing.iter().copied());
    // The anchor names the edge where the text starts or ends in its own direction.
    let width = f64::from(shaped.width);
    let left = match (node.attribute("text-anchor").unwrap_or("start"), rtl) {
        ("middle", _) => x - width / 2.0,
        ("end", false) | ("start", true) => x - width,
        _ => x,
    };
    let baseline = match node.attribute("dominant-baseline") {
        Some("middle" | "central") => y + size * middle_shift(),
        _ => y,
    };
    // Glyphs of the CJK font, which has no bold face, are made bold by stroking them too,
    // as the report does.
    let (mut plain, mut faux) = (String::new(), String::new());
    let mut pen = left;
    for run in &shaped.runs {
        let Some(face) = run.font.face() else {
            continue;
        };
        let upem = f64::from(face.units_per_em());
        let scale = size / upem;
        let target = if bold && run.font.faux_bold() {
            &mut faux
        } else {
            &mut plain
        };
        for glyph in &run.glyphs {
            let id = GlyphId(glyph.gid);
            let origin = pen;
            let mut path = PathData {
                d: &mut *target,
                at: &|gx: f32, gy: f32| {
                    (
                        origin + f64::from(gx) * scale,
                        baseline - f64::from(gy) * scale,
                    )
                },
            };
            face.outline_glyph(id, &mut path);
            let natural = f64::from(face.glyph_hor_advance(id).unwrap_or(0));
            pen += (natural - f64::from(glyph.offset) * upem / 1000.0) * scale;
        }
    }
    let stroked = node.attribute("stroke").is_some();
    if stroked {
        plain.push_str(&faux);
        faux.clear();
    }
    if !plain.is_empty() {
        let _ = write!(out, r#"<path d="{plain}""#);
        write_attributes(out, node, &TEXT_LAYOUT)?;
        out.push_str("/>");
    }
    if !faux.is_empty() {
        let colour = node.attribute("fill").unwrap_or("#000000");
        let _ = write!(
            out,
            r#"<path d="{faux}" stroke="{}" stroke-width="{:.2}" stroke-linejoin="round""#,
            escape(colour),
            size * 0.035
        );
        write_attributes(out, node, &TEXT_LAYOUT)?;
        out.push_str("/>");
    }
    Ok(())
}

/// A glyph's outline as SVG path data, placed by `at` (glyph units, y up, to the chart's
/// units, y down).
struct PathData<'a> {
    d: &'a mut String,
    at: &'a dyn Fn(f32, f32) -> (f64, f64),
}

impl PathData<'_> {
    fn command(&mut self, letter: char, points: &[(f32, f32)]) {
        self.d.push(letter);
        for (i, (x, y)) in points.iter().enumerate() {
            let (px, py) = (self.at)(*x, *y);
            let sep = if i == 0 { "" } else { " " };
            let _ = write!(self.d, "{sep}{px:.1} {py:.1}");
        }
    }
}

impl OutlineBuilder for PathData<'_> {
    fn move_to(&mut self, x: f32, y: f32) {
        self.command('M', &[(x, y)]);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        self.command('L', &[(x, y)]);
    }

    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.command('Q', &[(x1, y1), (x, y)]);
    }

    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.command('C', &[(x1, y1), (x2, y2), (x, y)]);
    }

    fn close(&mut self) {
        self.d.push('Z');
    }
}

/// Rasterises an image SVG (as [`outlined`] writes it) to a PNG of [`pixel_size`]`(dpi)`
/// pixels, opaque RGB, with its resolution in the `pHYs` chunk.
pub fn rasterise(svg: &str, dpi: u32) -> Result<Vec<u8>> {
    let tree =
        resvg::usvg::Tree::from_str(svg, &resvg::usvg::Options::default()).map_err(internal)?;
    let (w, h) = pixel_size(dpi);
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w, h)
        .ok_or_else(|| internal(format!("no {w} × {h} image")))?;
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    let size = tree.size();
    let transform =
        resvg::tiny_skia::Transform::from_scale(w as f32 / size.width(), h as f32 / size.height());
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    encode_png(&pixmap, dpi).map_err(internal)
}

/// The pixmap as an RGB PNG (it is opaque: its premultiplied colours are the colours).
fn encode_png(
    pixmap: &resvg::tiny_skia::Pixmap,
    dpi: u32,
) -> std::result::Result<Vec<u8>, png::EncodingError> {
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    let per_metre = (f64::from(dpi) / 0.0254).round() as u32;
    encoder.set_pixel_dims(Some(png::PixelDimensions {
        xppu: per_metre,
        yppu: per_metre,
        unit: png::Unit::Meter,
    }));
    let mut writer = encoder.write_header()?;
    let mut stream = writer.stream_writer()?;
    // Row by row: a 1200 dpi image is never held twice.
    let row_bytes = pixmap.width() as usize * 4;
    let mut row = Vec::with_capacity(pixmap.width() as usize * 3);
    for pixels in pixmap.data().chunks_exact(row_bytes.max(4)) {
        row.clear();
        for p in pixels.chunks_exact(4) {
            if let Some(rgb) = p.get(..3) {
                row.extend_from_slice(rgb);
            }
        }
        std::io::Write::write_all(&mut stream, &row)?;
    }
    stream.finish()?;
    writer.finish()?;
    Ok(bytes)
}
