//! A small page writer over printpdf: flowing text with wrapping, headings with bookmarks,
//! tables that mirror for right-to-left languages, vector drawing, and page furniture.

use std::collections::BTreeMap;

use printpdf::{
    Color, DictItem, FontId, Line, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rect, Rgb, TextItem,
    TextRenderingMode, WindingOrder,
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
    pub y: f32,
    pub bookmarks: Vec<(String, usize)>,
    /// Characters no shipped font could draw (must stay empty).
    pub missing: Vec<char>,
    fonts_used: BTreeMap<Font, ()>,
}

const TOP: f32 = 64.0;
const BOTTOM: f32 = 60.0;

impl Writer {
    pub fn new(paper: Paper, rtl: bool) -> Writer {
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
        }
    }

    pub fn content_width(&self) -> f32 {
        self.width - 2.0 * self.margin
    }

    pub fn page_count(&self) -> usize {
        self.pages.len() + 1
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        &mut self.current
    }

    pub fn new_page(&mut self) {
        self.pages.push(std::mem::take(&mut self.current));
        self.y = TOP;
    }

    /// Points left on this page above the bottom margin.
    pub fn remaining(&self) -> f32 {
        self.height - BOTTOM - self.y
    }

    /// Starts a new page unless `h` points still fit on this one.
    pub fn ensure(&mut self, h: f32) {
        if self.y + h > self.height - BOTTOM {
            self.new_page();
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
            // The CJK font has no bold face: bold is drawn by also stroking the outlines.
            let faux_bold = bold && run.font == Font::Cjk;
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
        for line in text::wrap_lines(text, bold, self.rtl, size, w) {
            self.ensure(lh);
            let x = if self.rtl {
                self.margin
            } else {
                self.margin + indent
            };
            let y = self.y;
            self.draw_line(&line, x, w, y, size, bold, Align::Start, colour);
            self.y += lh;
        }
    }

    pub fn space(&mut self, h: f32) {
        self.y += h;
    }

    /// A heading that also becomes a bookmark of the PDF outline.
    pub fn heading(&mut self, text: &str, level: u8) {
        let size = match level {
            1 => 17.0,
            2 => 13.5,
            _ => 11.5,
        };
        self.ensure(size * 3.2);
        self.space(size * 0.5);
        if level <= 2 {
            self.bookmarks.push((text.to_string(), self.page_count()));
        }
        self.paragraph(text, size, true, if level == 1 { BRAND } else { INK });
        if level == 1 {
            let y = self.y;
            self.rule(y, BRAND, 1.2);
            self.space(6.0);
        }
        self.space(3.0);
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
        let line = Line {
            points: line_points(points),
            is_closed: closed,
        };
        self.ops().extend([
            Op::SaveGraphicsState,
            Op::SetOutlineColor { col: rgb(colour) },
            Op::SetOutlineThickness { pt: Pt(thickness) },
            Op::DrawLine { line },
            Op::RestoreGraphicsState,
        ]);
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
    /// right-to-left languages. The header row repeats on every page the table spans.
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
        let draw_row = |this: &mut Writer, cells: &[String], bold: bool, shaded: bool| {
            let wrapped: Vec<Vec<text::Line>> = cells
                .iter()
                .zip(&cols)
                .map(|(c, w)| text::wrap_lines(c, bold, this.rtl, size, w - 2.0 * pad))
                .collect();
            let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
            let h = lines as f32 * lh + 2.0 * pad;
            let top = this.y;
            if shaded {
                let m = this.margin;
                let w = this.content_width();
                this.shade(m, top, w, h, SHADE);
            }
            for ((cell, left), col) in wrapped.iter().zip(&lefts).zip(&cols) {
                for (k, line) in cell.iter().enumerate() {
                    let t = top + pad + k as f32 * lh;
                    this.draw_line(
                        line,
                        left + pad,
                        col - 2.0 * pad,
                        t,
                        size,
                        bold,
                        Align::Start,
                        INK,
                    );
                }
            }
            this.y += h;
            let y = this.y;
            this.rule(y, RULE, 0.6);
            h
        };
        let header_height = |this: &Writer| {
            let lines = headers
                .iter()
                .zip(&cols)
                .map(|(c, w)| text::wrap(c, true, this.rtl, size, w - 2.0 * pad).len())
                .max()
                .unwrap_or(1);
            lines as f32 * lh + 2.0 * pad
        };
        self.ensure(header_height(self) + lh * 2.0);
        draw_row(self, headers, true, true);
        for row in rows {
            let need = row
                .iter()
                .zip(&cols)
                .map(|(c, w)| text::wrap(c, false, self.rtl, size, w - 2.0 * pad).len())
                .max()
                .unwrap_or(1) as f32
                * lh
                + 2.0 * pad;
            if self.y + need > self.height - BOTTOM {
                self.new_page();
                draw_row(self, headers, true, true);
            }
            draw_row(self, row, false, false);
        }
    }

    /// Running header and page numbers on every page but the cover.
    pub fn furniture(&mut self, header: &str, page_label: impl Fn(usize, usize) -> String) {
        let total = self.page_count();
        // Every page finished; each in turn becomes the current one to be drawn on.
        self.pages.push(std::mem::take(&mut self.current));
        for i in 1..total {
            let Some(page) = self.pages.get_mut(i) else {
                continue;
            };
            self.current = std::mem::take(page);
            let (m, w) = (self.margin, self.content_width());
            self.line_at(header, m, w, 28.0, 8.5, false, Align::Start, MUTED);
            let y = 42.0;
            self.rule(y, RULE, 0.5);
            let label = page_label(i + 1, total);
            let bottom = self.height - 40.0;
            self.line_at(&label, m, w, bottom, 8.5, false, Align::End, MUTED);
            if let Some(page) = self.pages.get_mut(i) {
                *page = std::mem::take(&mut self.current);
            }
        }
        self.current = self.pages.pop().unwrap_or_default();
    }

    /// The finished PDF, with the document language (`/Lang`) set for screen readers and
    /// search.
    pub fn finish(self, title: &str, author: &str, paper: Paper, lang: &str) -> Vec<u8> {
        let bytes = self.finish_without_language(title, author, paper);
        set_language(&bytes, lang).unwrap_or(bytes)
    }

    fn finish_without_language(self, title: &str, author: &str, paper: Paper) -> Vec<u8> {
        let mut doc = PdfDocument::new(title);
        doc.metadata.info.author = author.to_string();
        doc.metadata.info.creator = "DHMA".into();
        doc.metadata.info.producer = "DHMA".into();
        let mut warnings = Vec::new();
        // Only the fonts used are embedded, each subset to the glyphs drawn.
        let mut ids: BTreeMap<Font, FontId> = BTreeMap::new();
        for font in self.fonts_used.keys() {
            if let Some(parsed) = ParsedFont::from_bytes(font.bytes(), 0, &mut Vec::new()) {
                ids.insert(*font, doc.add_font(&parsed));
            }
        }
        let (w, h) = paper.size();
        let pages: Vec<PdfPage> = self
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
                            let font = Font::ALL
                                .iter()
                                .find(|f| format!("F{}", **f as u8) == name)
                                .and_then(|f| ids.get(f))
                                .cloned()
                                .unwrap_or(FontId(name));
                            Op::SetFont {
                                font: PdfFontHandle::External(font),
                                size,
                            }
                        }
                        other => other,
                    })
                    .collect();
                PdfPage::new(Mm::from(Pt(w)), Mm::from(Pt(h)), drop_repeated_state(ops))
            })
            .collect();
        doc.with_pages(pages);
        for (name, page) in &self.bookmarks {
            doc.add_bookmark(name, *page);
        }
        doc.save(
            &PdfSaveOptions {
                subset_fonts: true,
                // Compressed afterwards, faster (see `compress_streams`).
                optimize: false,
                ..Default::default()
            },
            &mut warnings,
        )
    }
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

/// Sets the catalog's `/Lang` (printpdf has no setting for it).
fn set_language(pdf: &[u8], lang: &str) -> Option<Vec<u8>> {
    let mut doc = lopdf::Document::load_mem(pdf).ok()?;
    doc.catalog_mut()
        .ok()?
        .set("Lang", lopdf::Object::string_literal(lang));
    compress_streams(&mut doc);
    let mut out = Vec::with_capacity(pdf.len());
    doc.save_to(&mut out).ok()?;
    Some(out)
}

/// Compresses every stream left uncompressed, at zlib's default level. (printpdf's own
/// compression goes through lopdf at the best level, several times slower for a file a few
/// per cent smaller; the report is written uncompressed, then compressed here.)
fn compress_streams(doc: &mut lopdf::Document) {
    use std::io::Write as _;
    for object in doc.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else {
            continue;
        };
        if stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        let mut encoder =
            flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        let Ok(compressed) = encoder
            .write_all(&stream.content)
            .and_then(|()| encoder.finish())
        else {
            continue;
        };
        if compressed.len() < stream.content.len() {
            stream.set_content(compressed);
            stream
                .dict
                .set("Filter", lopdf::Object::Name(b"FlateDecode".to_vec()));
        }
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
