//! A small page writer over printpdf: flowing text with wrapping, headings with bookmarks,
//! tables that mirror for right-to-left languages, vector drawing, and page furniture.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use printpdf::{
    Color, DictItem, FontId, Line, LineDashPattern, LinePoint, Mm, Op, PaintMode, ParsedFont,
    PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rect,
    Rgb, TextItem, TextRenderingMode, WindingOrder, XObjectId, XObjectTransform,
};

use super::text::{self, Font};

/// Paper sizes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    A4,
    Letter,
}

impl Paper {
    /// Width and height in points.
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

pub const INK: (f32, f32, f32) = (0.11, 0.16, 0.21);
pub const MUTED: (f32, f32, f32) = (0.35, 0.40, 0.45);
pub const BRAND: (f32, f32, f32) = (0.12, 0.31, 0.47);
pub const RULE: (f32, f32, f32) = (0.80, 0.83, 0.86);
pub const SHADE: (f32, f32, f32) = (0.93, 0.95, 0.97);
/// A draft's notice in the footer.
pub const DRAFT: (f32, f32, f32) = (0.66, 0.13, 0.11);
/// A draft's word across the page, behind the text.
pub const WATERMARK_COLOUR: (f32, f32, f32) = (0.90, 0.90, 0.91);
/// The resource name of the draft's word, a form drawn on every page.
const WATERMARK: &str = "Draft";

/// Straight-line path points from PDF coordinates.
fn line_points(points: &[(f32, f32)]) -> Vec<LinePoint> {
    points
        .iter()
        .map(|(x, y)| LinePoint {
            p: Point {
                x: Pt(*x),
                y: Pt(*y),
            },
            bezier: false,
        })
        .collect()
}

fn rgb(c: (f32, f32, f32)) -> Color {
    Color::Rgb(Rgb {
        r: c.0,
        g: c.1,
        b: c.2,
        icc_profile: None,
    })
}

/// Horizontal placement of a text line within a box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// The reading start: left in left-to-right languages, right in right-to-left ones.
    Start,
    Centre,
    End,
}

/// What the writer placed on a page, in order: the record that layout tests read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A heading of level 1, 2 or 3.
    Heading(u8),
    /// Lines of a paragraph.
    Text,
    /// A table's header row; `table` numbers the tables in the order they were written.
    TableHeader { table: usize },
    /// A row of a table.
    TableRow { table: usize },
    /// A chart or another drawing given its room with [`Writer::place`].
    Drawing,
}

/// One placed item: its page (from 1), kind, and top and bottom (points from the page top).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    pub page: usize,
    pub kind: Kind,
    pub top: f32,
    pub bottom: f32,
}

/// What the report is, shown on every page by [`Writer::furniture`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// A draft: `word` drawn large and light across every page, `notice` in every footer.
    Draft { word: String, notice: String },
    /// A finalised report: `notice` (its date and check code) in every footer.
    Finalised { notice: String },
    /// A document that is no assessment's report (the questionnaire): `notice` saying
    /// what it is, in every footer.
    Plain { notice: String },
}

/// Something waiting to be placed with what follows it (keep-with-next).
#[derive(Debug, Clone)]
enum Pending {
    Heading { text: String, level: u8 },
    Space(f32),
}

#[derive(Debug)]
pub struct Writer {
    pub rtl: bool,
    pub width: f32,
    pub height: f32,
    pub margin: f32,
    /// Finished pages, before the current one.
    pages: Vec<Vec<Op>>,
    /// The page being drawn (there is always one).
    current: Vec<Op>,
    /// Distance from the top of the current page, in points.
    y: f32,
    pub bookmarks: Vec<(String, usize)>,
    /// Characters no shipped font could draw (must stay empty).
    pub missing: Vec<char>,
    fonts_used: BTreeMap<Font, ()>,
    /// Headings (and the space after them) not drawn yet: they are drawn on the page that
    /// also holds the first lines or rows of what follows them.
    pending: Vec<Pending>,
    /// Everything placed so far, in order.
    pub placed: Vec<Placed>,
    /// Tables written so far.
    tables: usize,
    /// A draft's word as a form drawn on every page (its content stream), once
    /// [`Writer::furniture`] has drawn it.
    watermark: Option<Vec<u8>>,
    /// The text each glyph drawn stands for, for the fonts' ToUnicode maps.
    glyph_texts: text::GlyphTexts,
}

const TOP: f32 = 64.0;
const BOTTOM: f32 = 60.0;

/// Heading sizes by level.
fn heading_size(level: u8) -> f32 {
    match level {
        1 => 17.0,
        2 => 13.5,
        _ => 11.5,
    }
}

/// Where a table must break: the number of rows on each page, in order, given the height
/// of its header and of each row, the room left on this page, the room of a whole page,
/// and `lead`, the height of the headings placed with the table's first rows (included in
/// `room` already). The first entry may be 0: the table starts on the next page.
///
/// A table that fits on one page is never split when it is small (half a page or less) or
/// when fewer than half of its rows would be left on this page: it starts on the next one.
/// A longer table fills this page, with at least three rows (else it starts on the next
/// page), and never leaves its last row alone on a page.
pub fn table_breaks(header: f32, rows: &[f32], room: f32, page: f32, lead: f32) -> Vec<usize> {
    let n = rows.len();
    let full: f32 = header + rows.iter().sum::<f32>();
    if full <= room || n == 0 {
        return vec![n];
    }
    // Rows that fit in `room` below a header, from row `from`.
    let fitting = |from: usize, room: f32| {
        let mut used = header;
        let mut k = 0;
        for h in rows.iter().skip(from) {
            if used + h > room {
                break;
            }
            used += h;
            k += 1;
        }
        k
    };
    // Two or more rows stay on a page with the last one.
    let widow = |k: usize, from: usize| {
        if n - from - k == 1 && k >= 3 {
            k - 1
        } else {
            k
        }
    };
    let here = fitting(0, room);
    let mut out = Vec::new();
    let mut from = 0;
    let mut room = page;
    let whole_on_next = full + lead <= page && (full <= page / 2.0 || here * 2 < n);
    if whole_on_next || here < n.min(3) {
        out.push(0);
        room = page - lead;
    } else {
        from = widow(here, 0);
        out.push(from);
    }
    while from < n {
        // At least one row per page, even one taller than a page.
        let k = fitting(from, room).clamp(1, n - from);
        let k = widow(k, from);
        out.push(k);
        from += k;
        room = page;
    }
    out
}

impl Writer {
    pub fn new(paper: Paper, rtl: bool) -> Writer {
        text::start_document();
        let (width, height) = paper.size();
        Writer {
            rtl,
            width,
            height,
            margin: 56.0,
            pages: Vec::new(),
            current: Vec::new(),
            y: TOP,
            bookmarks: Vec::new(),
            missing: Vec::new(),
            fonts_used: BTreeMap::new(),
            pending: Vec::new(),
            placed: Vec::new(),
            tables: 0,
            watermark: None,
            glyph_texts: text::GlyphTexts::default(),
        }
    }

    pub fn content_width(&self) -> f32 {
        self.width - 2.0 * self.margin
    }

    /// The left edge of the content area (PDF coordinates).
    pub fn left(&self) -> f32 {
        self.margin
    }

    /// Whether the pages are laid out right to left.
    pub fn is_rtl(&self) -> bool {
        self.rtl
    }

    /// The outline of a rectangle (a box to tick, a frame to write in); `x` from the left,
    /// `top` from the page top.
    pub fn frame(&mut self, x: f32, top: f32, w: f32, h: f32, colour: (f32, f32, f32)) {
        let y = self.height - top - h;
        self.polyline(
            &[(x, y), (x + w, y), (x + w, y + h), (x, y + h)],
            colour,
            0.8,
            true,
        );
    }

    pub fn page_count(&self) -> usize {
        self.pages.len() + 1
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        &mut self.current
    }

    pub fn new_page(&mut self) {
        // The next page is likely as full as this one: its room is taken at once, instead
        // of by doubling (each time a copy, and memory fresh from the system).
        let next = Vec::with_capacity(self.current.len());
        self.pages.push(std::mem::replace(&mut self.current, next));
        self.y = TOP;
    }

    /// Points left on this page above the bottom margin, after the headings waiting to be
    /// placed.
    pub fn remaining(&self) -> f32 {
        self.height - BOTTOM - self.y - self.pending_height()
    }

    /// The room of a whole page between the margins.
    pub fn page_room(&self) -> f32 {
        self.height - BOTTOM - TOP
    }

    /// Starts a new page unless `h` points still fit on this one (below the headings waiting
    /// to be placed, which go with them), then places those headings.
    pub fn ensure(&mut self, h: f32) {
        let need = self.pending_height() + h;
        // On a page with nothing on it yet, a new page would not make more room.
        if self.y + need > self.height - BOTTOM && self.y > TOP {
            self.new_page();
        }
        self.flush();
    }

    /// Room for a drawing of height `h`, on this page or the next: returns its top (from
    /// the page top) and moves below it.
    pub fn place(&mut self, h: f32) -> f32 {
        self.ensure(h);
        let top = self.y;
        self.y += h;
        self.record(Kind::Drawing, top);
        top
    }

    /// Records what was placed from `top` to the current position on the current page.
    fn record(&mut self, kind: Kind, top: f32) {
        let page = self.page_count();
        let bottom = self.y;
        self.placed.push(Placed {
            page,
            kind,
            top,
            bottom,
        });
    }

    /// The height of a heading of `level`, with its spacing.
    fn heading_height(&self, text: &str, level: u8) -> f32 {
        let size = heading_size(level);
        let lines = text::wrap(text, true, self.rtl, size, self.content_width())
            .len()
            .max(1);
        size * 0.5 + lines as f32 * size * 1.4 + if level == 1 { 6.0 } else { 0.0 } + 3.0
    }

    /// The height of the headings (and spaces) waiting to be placed.
    fn pending_height(&self) -> f32 {
        self.pending
            .iter()
            .map(|p| match p {
                Pending::Heading { text, level } => self.heading_height(text, *level),
                Pending::Space(h) => *h,
            })
            .sum()
    }

    /// Draws the headings waiting, here.
    fn flush(&mut self) {
        for p in std::mem::take(&mut self.pending) {
            match p {
                Pending::Heading { text, level } => self.draw_heading(&text, level),
                Pending::Space(h) => self.y += h,
            }
        }
    }

    /// Draws one line of text with its top at `top` (from the page top), inside the box
    /// `[x, x + w]` (PDF coordinates from the left).
    #[allow(clippy::too_many_arguments)]
    pub fn line_at(
        &mut self,
        line: &str,
        x: f32,
        w: f32,
        top: f32,
        size: f32,
        bold: bool,
        align: Align,
        colour: (f32, f32, f32),
    ) {
        let shaped = text::shape(line, bold, self.rtl, size);
        self.draw_shaped(shaped, x, w, top, size, bold, align, colour);
    }

    /// Draws a line of a wrapped paragraph (its bidi levels resolved over the paragraph),
    /// as [`Writer::line_at`].
    #[allow(clippy::too_many_arguments)]
    pub fn draw_line(
        &mut self,
        line: &text::Line,
        x: f32,
        w: f32,
        top: f32,
        size: f32,
        bold: bool,
        align: Align,
        colour: (f32, f32, f32),
    ) {
        let shaped = text::shape_line(line, bold, self.rtl, size);
        self.draw_shaped(shaped, x, w, top, size, bold, align, colour);
    }

    #[allow(clippy::too_many_arguments)]
    fn draw_shaped(
        &mut self,
        shaped: text::Shaped,
        x: f32,
        w: f32,
        top: f32,
        size: f32,
        bold: bool,
        align: Align,
        colour: (f32, f32, f32),
    ) {
        self.missing.extend(shaped.missing.iter().copied());
        let start_left = !self.rtl;
        let mut cursor = match (align, start_left) {
            (Align::Centre, _) => x + (w - shaped.width) / 2.0,
            (Align::Start, true) | (Align::End, false) => x,
            (Align::Start, false) | (Align::End, true) => x + w - shaped.width,
        };
        let baseline = self.height - top - size * 0.95;
        // A right-to-left line carries its whole text, in the order extraction reads it (see
        // `text::extraction_order`); a left-to-right one only where a run needs it.
        let whole_line = self.rtl && !shaped.text.is_empty();
        if whole_line {
            self.current
                .push(actual_text_span(&text::extraction_order(&shaped.text)));
        }
        for run in shaped.runs {
            self.fonts_used.insert(run.font, ());
            self.glyph_texts.record(&run);
            // The CJK font has no bold face: bold is drawn by also stroking the outlines.
            let faux_bold = bold && run.font.faux_bold();
            let (mode, stroke) = if faux_bold {
                (TextRenderingMode::FillStroke, size * 0.035)
            } else {
                (TextRenderingMode::Fill, 0.0)
            };
            // Where the font's ToUnicode map cannot give the run's text back (joined
            // Arabic, ligatures, marks, right-to-left runs), a marked-content span carries
            // it as `/ActualText`, so that copying, searching and reading aloud get the
            // characters written.
            let actual = run.actual_text().filter(|_| !whole_line);
            if let Some(t) = &actual {
                self.current.push(actual_text_span(t));
            }
            let ops = [
                Op::StartTextSection,
                Op::SetTextRenderingMode { mode },
                Op::SetOutlineColor { col: rgb(colour) },
                Op::SetOutlineThickness { pt: Pt(stroke) },
                Op::SetFillColor { col: rgb(colour) },
                Op::SetFont {
                    font: PdfFontHandle::External(FontId(format!("F{}", run.font as u8))),
                    size: Pt(size),
                },
                Op::SetTextCursor {
                    pos: Point {
                        x: Pt(cursor),
                        y: Pt(baseline),
                    },
                },
                Op::ShowText {
                    items: vec![TextItem::GlyphIds(run.glyphs)],
                },
                Op::EndTextSection,
            ];
            self.ops().extend(ops);
            if actual.is_some() {
                self.current.push(Op::EndMarkedContentWithProperties);
            }
            cursor += run.width;
        }
        if whole_line {
            self.current.push(Op::EndMarkedContentWithProperties);
        }
    }

    /// A paragraph across the content width (or `indent` less), wrapped and paginated.
    pub fn paragraph(&mut self, text: &str, size: f32, bold: bool, colour: (f32, f32, f32)) {
        self.paragraph_in(text, size, bold, colour, 0.0);
    }

    /// A paragraph, wrapped and paginated: a paragraph of up to three lines stays whole,
    /// a longer one leaves at least two lines on each page. The headings before it go with
    /// its first lines.
    pub fn paragraph_in(
        &mut self,
        text: &str,
        size: f32,
        bold: bool,
        colour: (f32, f32, f32),
        indent: f32,
    ) {
        let w = self.content_width() - indent;
        let lh = size * 1.4;
        let lines = text::wrap_lines(text, bold, self.rtl, size, w);
        let n = lines.len();
        let mut top = self.y;
        for (k, line) in lines.iter().enumerate() {
            let keep = match (k, n - k) {
                (0, _) if n <= 3 => n,
                (0, _) | (_, 2) => 2,
                _ => 1,
            };
            if k == 0 {
                self.ensure(keep as f32 * lh);
                top = self.y;
            } else if self.y + keep as f32 * lh > self.height - BOTTOM {
                self.record(Kind::Text, top);
                self.new_page();
                top = self.y;
            }
            let x = if self.rtl {
                self.margin
            } else {
                self.margin + indent
            };
            let y = self.y;
            self.draw_line(line, x, w, y, size, bold, Align::Start, colour);
            self.y += lh;
        }
        if n > 0 {
            self.record(Kind::Text, top);
        }
    }

    /// Vertical space (after headings waiting to be placed, it waits with them).
    pub fn space(&mut self, h: f32) {
        if self.pending.is_empty() {
            self.y += h;
        } else {
            self.pending.push(Pending::Space(h));
        }
    }

    /// A heading that also becomes a bookmark of the PDF outline. It is drawn with the
    /// first lines or rows of what follows it, so never alone at the foot of a page.
    pub fn heading(&mut self, text: &str, level: u8) {
        self.pending.push(Pending::Heading {
            text: text.to_string(),
            level,
        });
    }

    fn draw_heading(&mut self, text: &str, level: u8) {
        let size = heading_size(level);
        let top = self.y;
        self.y += size * 0.5;
        if level <= 2 {
            self.bookmarks.push((text.to_string(), self.page_count()));
        }
        let colour = if level == 1 { BRAND } else { INK };
        let lh = size * 1.4;
        let w = self.content_width();
        for line in text::wrap(text, true, self.rtl, size, w) {
            let (m, y) = (self.margin, self.y);
            self.line_at(&line, m, w, y, size, true, Align::Start, colour);
            self.y += lh;
        }
        if level == 1 {
            let y = self.y;
            self.rule(y, BRAND, 1.2);
            self.y += 6.0;
        }
        self.y += 3.0;
        self.record(Kind::Heading(level), top);
    }

    /// A horizontal rule across the content width at `top`.
    pub fn rule(&mut self, top: f32, colour: (f32, f32, f32), thickness: f32) {
        let y = self.height - top;
        let (x1, x2) = (self.margin, self.width - self.margin);
        self.polyline(&[(x1, y), (x2, y)], colour, thickness, false);
    }

    /// A line through points in PDF coordinates.
    pub fn polyline(
        &mut self,
        points: &[(f32, f32)],
        colour: (f32, f32, f32),
        thickness: f32,
        closed: bool,
    ) {
        self.polyline_dashed(points, colour, thickness, closed, false);
    }

    /// [`Writer::polyline`], dashed when `dashed` (a chart's target, as the screen and the
    /// chart images draw it).
    pub fn polyline_dashed(
        &mut self,
        points: &[(f32, f32)],
        colour: (f32, f32, f32),
        thickness: f32,
        closed: bool,
        dashed: bool,
    ) {
        let line = Line {
            points: line_points(points),
            is_closed: closed,
        };
        let ops = self.ops();
        ops.extend([
            Op::SaveGraphicsState,
            Op::SetOutlineColor { col: rgb(colour) },
            Op::SetOutlineThickness { pt: Pt(thickness) },
        ]);
        if dashed {
            ops.push(Op::SetLineDashPattern {
                dash: LineDashPattern::new(0.0, &[4.5, 3.0]),
            });
        }
        ops.extend([Op::DrawLine { line }, Op::RestoreGraphicsState]);
    }

    /// A filled polygon in PDF coordinates.
    pub fn fill(&mut self, points: &[(f32, f32)], colour: (f32, f32, f32)) {
        let polygon = Polygon {
            rings: vec![PolygonRing {
                points: line_points(points),
            }],
            mode: PaintMode::Fill,
            winding_order: WindingOrder::NonZero,
        };
        self.ops().extend([
            Op::SaveGraphicsState,
            Op::SetFillColor { col: rgb(colour) },
            Op::DrawPolygon { polygon },
            Op::RestoreGraphicsState,
        ]);
    }

    /// A filled rectangle; `top` from the page top.
    pub fn shade(&mut self, x: f32, top: f32, w: f32, h: f32, colour: (f32, f32, f32)) {
        let y = self.height - top - h;
        let _ = Rect::from_wh(Pt(w), Pt(h));
        self.fill(&[(x, y), (x + w, y), (x + w, y + h), (x, y + h)], colour);
    }

    /// A table: `widths` are fractions of the content width in reading order; mirrored for
    /// right-to-left languages. Breaks as [`table_breaks`] says; the header row repeats on
    /// every page the table spans, and the headings before the table go with its first rows.
    pub fn table(&mut self, headers: &[String], rows: &[Vec<String>], widths: &[f32], size: f32) {
        let total = self.content_width();
        let cols: Vec<f32> = widths.iter().map(|f| f * total).collect();
        // Left edges of the columns in reading order.
        let mut lefts = Vec::with_capacity(cols.len());
        let mut acc = 0.0;
        for w in &cols {
            lefts.push(if self.rtl {
                self.width - self.margin - acc - w
            } else {
                self.margin + acc
            });
            acc += w;
        }
        let pad = 4.0;
        let lh = size * 1.35;
        let rtl = self.rtl;
        let wrap_row = |cells: &[String], bold: bool| -> (Vec<Vec<text::Line>>, f32) {
            let wrapped: Vec<Vec<text::Line>> = cells
                .iter()
                .zip(&cols)
                .map(|(c, w)| text::wrap_lines(c, bold, rtl, size, w - 2.0 * pad))
                .collect();
            let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
            (wrapped, lines as f32 * lh + 2.0 * pad)
        };
        let (header, header_h) = wrap_row(headers, true);
        let body: Vec<(Vec<Vec<text::Line>>, f32)> =
            rows.iter().map(|r| wrap_row(r, false)).collect();
        let heights: Vec<f32> = body.iter().map(|(_, h)| *h).collect();
        let table = self.tables;
        self.tables += 1;
        let breaks = table_breaks(
            header_h,
            &heights,
            self.remaining(),
            self.page_room(),
            self.pending_height(),
        );
        let mut rows = body.iter();
        for (i, count) in breaks.iter().enumerate() {
            if *count == 0 {
                // The whole table, or its first part, on the next page (with its headings).
                if self.y > TOP {
                    self.new_page();
                }
                continue;
            }
            if i == 0 {
                let first: f32 = heights.iter().take(*count).sum();
                self.ensure(header_h + first);
            } else if self.y > TOP {
                self.new_page();
            }
            self.flush();
            let top = self.y;
            self.table_row(&header, header_h, &cols, &lefts, true, size);
            self.record(Kind::TableHeader { table }, top);
            for (cells, h) in rows.by_ref().take(*count) {
                let top = self.y;
                self.table_row(cells, *h, &cols, &lefts, false, size);
                self.record(Kind::TableRow { table }, top);
            }
        }
    }

    /// One row of a table, its cells already wrapped, `h` high.
    fn table_row(
        &mut self,
        cells: &[Vec<text::Line>],
        h: f32,
        cols: &[f32],
        lefts: &[f32],
        header: bool,
        size: f32,
    ) {
        let pad = 4.0;
        let lh = size * 1.35;
        let top = self.y;
        if header {
            let (m, w) = (self.margin, self.content_width());
            self.shade(m, top, w, h, SHADE);
        }
        for ((cell, left), col) in cells.iter().zip(lefts).zip(cols) {
            for (k, line) in cell.iter().enumerate() {
                let t = top + pad + k as f32 * lh;
                self.draw_line(
                    line,
                    left + pad,
                    col - 2.0 * pad,
                    t,
                    size,
                    header,
                    Align::Start,
                    INK,
                );
            }
        }
        self.y += h;
        let y = self.y;
        self.rule(y, RULE, 0.6);
    }

    /// Page furniture: the running header and page numbers on every page but the cover,
    /// and the report's status on every page: a draft's word drawn large and light across
    /// the page, behind the text, and its notice in the footer; a finalised report's date
    /// and check code in the footer.
    pub fn furniture(
        &mut self,
        header: &str,
        status: &Status,
        page_label: impl Fn(usize, usize) -> String,
    ) {
        // Whatever heading is still waiting has nothing after it: it goes here.
        self.ensure(0.0);
        let total = self.page_count();
        // Every page finished; each in turn becomes the current one to be drawn on.
        self.pages.push(std::mem::take(&mut self.current));
        let (m, w) = (self.margin, self.content_width());
        let size = 8.5;
        // The draft's word is drawn once, as a form each page shows.
        if let Status::Draft { word, .. } = status {
            self.watermark = self.watermark_form(word);
        }
        for i in 0..total {
            let Some(page) = self.pages.get_mut(i) else {
                continue;
            };
            let content = std::mem::take(page);
            // Behind the content: drawn first.
            if self.watermark.is_some() {
                self.current.push(Op::UseXobject {
                    id: XObjectId(WATERMARK.into()),
                    transform: XObjectTransform::default(),
                });
            }
            self.current.reserve(content.len() + 64);
            self.current.extend(content);
            let bottom = self.height - 40.0;
            let label = (i > 0).then(|| page_label(i + 1, total));
            if i > 0 {
                self.line_at(header, m, w, 28.0, size, false, Align::Start, MUTED);
                self.rule(42.0, RULE, 0.5);
            }
            if let Some(label) = &label {
                self.line_at(label, m, w, bottom, size, false, Align::End, MUTED);
            }
            let (notice, bold, colour) = match status {
                Status::Draft { notice, .. } => (notice, true, DRAFT),
                Status::Finalised { notice } | Status::Plain { notice } => (notice, false, MUTED),
            };
            // Beside the page number when both fit on the line, else on the line above.
            let label_w = label
                .as_deref()
                .map_or(0.0, |l| text::width(l, false, self.rtl, size) + 12.0);
            let notice_w = text::width(notice, bold, self.rtl, size);
            let top = if notice_w + label_w <= w {
                bottom
            } else {
                bottom - size * 1.4
            };
            self.line_at(notice, m, w, top, size, bold, Align::Start, colour);
            if let Some(page) = self.pages.get_mut(i) {
                *page = std::mem::take(&mut self.current);
            }
        }
        self.current = self.pages.pop().unwrap_or_default();
    }

    /// The content of a form that draws a word large, light and diagonally across a page
    /// (from the lower left corner up), as filled glyph outlines: a picture, not text, so
    /// that it stays out of what a reader copies, searches or hears (the footer says it in
    /// words). One form for every page keeps the file and the time spent writing it small.
    fn watermark_form(&self, word: &str) -> Option<Vec<u8>> {
        let (w, h) = (self.width, self.height);
        let diagonal = (w * w + h * h).sqrt();
        let at_100 = text::width(word, true, self.rtl, 100.0).max(1.0);
        let size = (100.0 * diagonal * 0.55 / at_100).min(130.0);
        let angle = (h / w).atan();
        let (sin, cos) = (angle.sin(), angle.cos());
        // From the word's own coordinates (points, origin at its centre on the baseline
        // lowered by a third of the size) to the page's.
        let place =
            move |x: f32, y: f32| (w / 2.0 + x * cos - y * sin, h / 2.0 + x * sin + y * cos);
        let shaped = text::shape(word, true, self.rtl, size);
        let mut pen = -shaped.width / 2.0;
        let baseline = -size * 0.35;
        let mut rings: Vec<PolygonRing> = Vec::new();
        for run in &shaped.runs {
            let Ok(face) = rustybuzz::ttf_parser::Face::parse(run.font.bytes(), 0) else {
                continue;
            };
            let scale = size / f32::from(face.units_per_em());
            for glyph in &run.glyphs {
                let id = rustybuzz::ttf_parser::GlyphId(glyph.gid);
                let mut outline = Outline {
                    at: &|x: f32, y: f32| place(pen + x * scale, baseline + y * scale),
                    ring: Vec::new(),
                    rings: Vec::new(),
                    last: (0.0, 0.0),
                };
                face.outline_glyph(id, &mut outline);
                outline.end();
                rings.extend(outline.rings);
                let natural = f32::from(face.glyph_hor_advance(id).unwrap_or(0));
                pen += (natural - glyph.offset * f32::from(face.units_per_em()) / 1000.0) * scale;
            }
        }
        if rings.is_empty() {
            return None;
        }
        let ops = [
            Op::SetFillColor {
                col: rgb(WATERMARK_COLOUR),
            },
            Op::DrawPolygon {
                polygon: Polygon {
                    rings,
                    mode: PaintMode::Fill,
                    winding_order: WindingOrder::NonZero,
                },
            },
        ];
        content::encode(&ops, &content::Codes::default())
    }

    /// The finished PDF, with the document language (`/Lang`) set for screen readers and
    /// search (printpdf has no setting for it: it is set on the catalog of the lopdf
    /// document printpdf builds, before that is written once).
    pub fn finish(self, title: &str, author: &str, paper: Paper, lang: &str) -> Vec<u8> {
        let mut doc = self.into_lopdf(title, author, paper);
        if let Ok(catalog) = doc.catalog_mut() {
            catalog.set("Lang", lopdf::Object::string_literal(lang));
        }
        compress_streams(&mut doc);
        let mut out = Vec::new();
        // Writing into memory cannot fail; an error would leave `out` short, which every
        // reader of the report would see.
        let _ = doc.save_to(&mut out);
        out
    }

    fn into_lopdf(self, title: &str, author: &str, paper: Paper) -> lopdf::Document {
        self.into_lopdf_by(title, author, paper, true)
    }

    /// The document, its pages' content streams written by [`content::encode`] when
    /// `own_content` (and that succeeds), else by printpdf.
    fn into_lopdf_by(
        self,
        title: &str,
        author: &str,
        paper: Paper,
        own_content: bool,
    ) -> lopdf::Document {
        let mut doc = PdfDocument::new(title);
        doc.metadata.info.author = author.to_string();
        doc.metadata.info.creator = "DHMA".into();
        doc.metadata.info.producer = "DHMA".into();
        let mut warnings = Vec::new();
        // Only the fonts used are embedded, each subset to the glyphs drawn.
        let mut ids: BTreeMap<Font, FontId> = BTreeMap::new();
        for font in self.fonts_used.keys() {
            if let Some(parsed) = parsed_font(*font) {
                ids.insert(*font, doc.add_font(parsed));
            }
        }
        let names: Vec<(String, FontId)> = ids
            .iter()
            .map(|(font, id)| (format!("F{}", *font as u8), id.clone()))
            .collect();
        let (w, h) = paper.size();
        let pages: Vec<Vec<Op>> = self
            .pages
            .into_iter()
            .chain(std::iter::once(self.current))
            .map(|ops| {
                let ops = ops
                    .into_iter()
                    .map(|op| match op {
                        Op::SetFont {
                            font: PdfFontHandle::External(FontId(name)),
                            size,
                        } => {
                            let font = names
                                .iter()
                                .find(|(n, _)| *n == name)
                                .map_or(FontId(name), |(_, id)| id.clone());
                            Op::SetFont {
                                font: PdfFontHandle::External(font),
                                size,
                            }
                        }
                        other => other,
                    })
                    .collect();
                drop_repeated_state(ops)
            })
            .collect();
        for (name, page) in &self.bookmarks {
            doc.add_bookmark(name, *page);
        }
        if let Some(form) = self.watermark {
            doc.resources.xobjects.map.insert(
                XObjectId(WATERMARK.into()),
                printpdf::XObject::External(printpdf::ExternalXObject {
                    stream: printpdf::ExternalStream {
                        dict: BTreeMap::from([
                            ("Type".to_string(), DictItem::Name(b"XObject".to_vec())),
                            ("Subtype".to_string(), DictItem::Name(b"Form".to_vec())),
                            (
                                "BBox".to_string(),
                                DictItem::Array(
                                    [0.0, 0.0, w, h].into_iter().map(DictItem::Real).collect(),
                                ),
                            ),
                        ]),
                        content: form,
                        compress: true,
                    },
                    width: None,
                    height: None,
                    dpi: None,
                }),
            );
        }
        let options = PdfSaveOptions {
            subset_fonts: true,
            // Compressed afterwards, faster (see `compress_streams`).
            optimize: false,
            ..Default::default()
        };
        let page = |ops: Vec<Op>| PdfPage::new(Mm::from(Pt(w)), Mm::from(Pt(h)), ops);
        // printpdf embeds the fonts from a specimen page; the pages' own content streams
        // are written here (see `content`).
        let font_of: BTreeMap<&str, Font> = ids.iter().map(|(f, id)| (id.0.as_str(), *f)).collect();
        let used = content::glyphs_used(&pages, |resource, gid| {
            font_of
                .get(resource)
                .and_then(|f| self.glyph_texts.get(*f, gid))
                .unwrap_or_default()
                .to_string()
        });
        let specimen = std::iter::once(page(content::specimen(&used)));
        let blanks = (1..pages.len()).map(|_| page(Vec::new()));
        doc.with_pages(specimen.chain(blanks).collect());
        let mut lo = doc.to_lopdf_document(&options, &mut warnings);
        if own_content && own_streams(&mut lo, &pages, &used).is_some() {
            return lo;
        }
        // Should the specimen not give every glyph its code, printpdf writes every page,
        // each glyph with its text.
        doc.with_pages(
            content::with_texts(pages, &used)
                .into_iter()
                .map(page)
                .collect(),
        );
        doc.to_lopdf_document(&options, &mut warnings)
    }
}

/// Puts each page's content stream, written by `content::encode`, in place of the
/// specimen and the blank pages printpdf wrote; `None`, with nothing changed, when a
/// glyph has no code or a page cannot be found or written.
fn own_streams(
    doc: &mut lopdf::Document,
    pages: &[Vec<Op>],
    used: &BTreeMap<String, BTreeMap<u16, String>>,
) -> Option<()> {
    let page_ids: Vec<lopdf::ObjectId> = doc.get_pages().into_values().collect();
    if page_ids.len() != pages.len() {
        return None;
    }
    let streams: Vec<lopdf::ObjectId> = page_ids
        .iter()
        .map(|id| {
            doc.get_dictionary(*id)
                .ok()?
                .get(b"Contents")
                .ok()?
                .as_reference()
                .ok()
        })
        .collect::<Option<_>>()?;
    let specimen = doc.get_object(*streams.first()?).ok()?.as_stream().ok()?;
    let codes = content::codes_from_specimen(&specimen.content, used)?;
    let written: Vec<Vec<u8>> = pages
        .iter()
        .map(|ops| content::encode(ops, &codes))
        .collect::<Option<_>>()?;
    if streams
        .iter()
        .any(|id| !matches!(doc.objects.get(id), Some(lopdf::Object::Stream(_))))
    {
        return None;
    }
    for (id, bytes) in streams.iter().zip(written) {
        if let Some(lopdf::Object::Stream(stream)) = doc.objects.get_mut(id) {
            stream.set_content(bytes);
        }
    }
    Some(())
}

/// A shipped font as printpdf reads it, parsed once per process: parsing the CJK font
/// takes longer than drawing a whole report, and a batch or the desktop app writes many.
/// `None` only if a shipped font did not parse, which the report tests would show.
fn parsed_font(font: Font) -> Option<&'static ParsedFont> {
    static PARSED: [OnceLock<Option<ParsedFont>>; Font::ALL.len()] =
        [const { OnceLock::new() }; Font::ALL.len()];
    let index = Font::ALL.iter().position(|f| *f == font)?;
    PARSED
        .get(index)?
        .get_or_init(|| ParsedFont::from_bytes(font.bytes(), 0, &mut Vec::new()))
        .as_ref()
}

/// The opening of a marked-content span whose `/ActualText` is `text` (UTF-16BE with its
/// byte-order mark, as the PDF format requires of text strings beyond Latin-1).
fn actual_text_span(text: &str) -> Op {
    let data: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    let map = BTreeMap::from([(
        "ActualText".to_string(),
        DictItem::String {
            data,
            literal: false,
        },
    )]);
    Op::BeginMarkedContentWithProperties {
        tag: "Span".into(),
        properties: DictItem::Dict { map },
    }
}

/// A glyph's outline as polygon rings in page coordinates (quadratic curves made cubic).
struct Outline<'a> {
    /// From glyph units to the page.
    at: &'a dyn Fn(f32, f32) -> (f32, f32),
    ring: Vec<LinePoint>,
    rings: Vec<PolygonRing>,
    /// The current point, in glyph units.
    last: (f32, f32),
}

impl Outline<'_> {
    fn point(&mut self, x: f32, y: f32, bezier: bool) {
        let (px, py) = (self.at)(x, y);
        self.ring.push(LinePoint {
            p: Point {
                x: Pt(px),
                y: Pt(py),
            },
            bezier,
        });
    }

    /// Closes the contour being drawn. It ends with a straight line back to its start, so
    /// that a curve is never its last point (printpdf draws a curve only when a point
    /// follows it).
    fn end(&mut self) {
        if let Some(first) = self.ring.first().cloned() {
            self.ring.push(LinePoint {
                bezier: false,
                ..first
            });
            self.rings.push(PolygonRing {
                points: std::mem::take(&mut self.ring),
            });
        }
    }
}

impl rustybuzz::ttf_parser::OutlineBuilder for Outline<'_> {
    fn move_to(&mut self, x: f32, y: f32) {
        self.end();
        self.point(x, y, false);
        self.last = (x, y);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        self.point(x, y, false);
        self.last = (x, y);
    }

    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        let (x0, y0) = self.last;
        let c1 = (x0 + 2.0 / 3.0 * (x1 - x0), y0 + 2.0 / 3.0 * (y1 - y0));
        let c2 = (x + 2.0 / 3.0 * (x1 - x), y + 2.0 / 3.0 * (y1 - y));
        self.curve_to(c1.0, c1.1, c2.0, c2.1, x, y);
    }

    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.point(x1, y1, true);
        self.point(x2, y2, true);
        self.point(x, y, false);
        self.last = (x, y);
    }

    fn close(&mut self) {
        self.end();
    }
}

/// Compresses every stream left uncompressed, at zlib's default level. (printpdf's own
/// compression goes through lopdf at the best level, several times slower for a file a few
/// per cent smaller; the report is written uncompressed, then compressed here.) The
/// streams (a content stream per page, the fonts) are shared among the processor's cores.
fn compress_streams(doc: &mut lopdf::Document) {
    let mut streams: Vec<&mut lopdf::Stream> = doc
        .objects
        .values_mut()
        .filter_map(|o| match o {
            lopdf::Object::Stream(s) if s.dict.get(b"Filter").is_err() => Some(s),
            _ => None,
        })
        .collect();
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    // Largest first, each to the least loaded share.
    streams.sort_by_key(|s| std::cmp::Reverse(s.content.len()));
    let mut shares: Vec<(usize, Vec<&mut lopdf::Stream>)> =
        (0..cores.clamp(1, 4)).map(|_| (0, Vec::new())).collect();
    for stream in streams {
        if let Some(share) = shares.iter_mut().min_by_key(|(load, _)| *load) {
            share.0 += stream.content.len();
            share.1.push(stream);
        }
    }
    std::thread::scope(|scope| {
        let mut shares = shares.into_iter().map(|(_, s)| s);
        let here = shares.next().unwrap_or_default();
        for share in shares.filter(|s| !s.is_empty()) {
            // Were a thread refused, its streams would stay uncompressed: a larger file,
            // as correct.
            let _ = std::thread::Builder::new().spawn_scoped(scope, move || compress_all(share));
        }
        compress_all(here);
    });
}

/// Compresses streams in turn with one compressor, reset between them: setting up a
/// compressor clears a few hundred kilobytes of tables, and a report has dozens of
/// streams.
fn compress_all(streams: Vec<&mut lopdf::Stream>) {
    let mut z = flate2::Compress::new(flate2::Compression::default(), true);
    for stream in streams {
        compress_stream(&mut z, stream);
        z.reset();
    }
}

fn compress_stream(z: &mut flate2::Compress, stream: &mut lopdf::Stream) {
    let mut compressed = Vec::with_capacity(stream.content.len() / 2 + 64);
    loop {
        let (read, written) = (z.total_in(), z.total_out());
        let rest = usize::try_from(read)
            .ok()
            .and_then(|r| stream.content.get(r..))
            .unwrap_or_default();
        match z.compress_vec(rest, &mut compressed, flate2::FlushCompress::Finish) {
            Ok(flate2::Status::StreamEnd) => break,
            // No progress with room to write: left uncompressed (larger, as correct).
            Ok(_)
                if (read, written) == (z.total_in(), z.total_out())
                    && compressed.len() < compressed.capacity() =>
            {
                return
            }
            // The output is full: room for more.
            Ok(_) => compressed.reserve(compressed.capacity().max(4096)),
            Err(_) => return,
        }
    }
    if compressed.len() < stream.content.len() {
        stream.set_content(compressed);
        stream
            .dict
            .set("Filter", lopdf::Object::Name(b"FlateDecode".to_vec()));
    }
}

/// Drops the state operations (fill and stroke colour, font, text rendering mode, line
/// width) that set what is already set: every line of text sets its own state, and most
/// lines repeat the previous one's. The state is tracked through save/restore pairs. A
/// smaller content stream is quicker to convert, compress and write.
fn drop_repeated_state(ops: Vec<Op>) -> Vec<Op> {
    #[derive(Clone, Default)]
    struct State {
        fill: Option<Op>,
        outline: Option<Op>,
        thickness: Option<Op>,
        font: Option<Op>,
        mode: Option<Op>,
    }
    let mut state = State::default();
    let mut saved: Vec<State> = Vec::new();
    let mut out = Vec::with_capacity(ops.len());
    for op in ops {
        let slot = match op {
            Op::SaveGraphicsState => {
                saved.push(state.clone());
                None
            }
            Op::RestoreGraphicsState => {
                state = saved.pop().unwrap_or_default();
                None
            }
            Op::SetFillColor { .. } => Some(&mut state.fill),
            Op::SetOutlineColor { .. } => Some(&mut state.outline),
            Op::SetOutlineThickness { .. } => Some(&mut state.thickness),
            Op::SetFont { .. } => Some(&mut state.font),
            Op::SetTextRenderingMode { .. } => Some(&mut state.mode),
            _ => None,
        };
        if let Some(slot) = slot {
            if slot.as_ref() == Some(&op) {
                continue;
            }
            *slot = Some(op.clone());
        }
        out.push(op);
    }
    out
}

mod content;

#[cfg(test)]
mod layout_tests;
