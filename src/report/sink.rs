//! What the report's sections write to: the PDF's page writer (`page::Writer`) or the
//! editable DOCX document (`docx::Document`). The sections (`build.rs`, `summary.rs`,
//! `method.rs`) are written once against [`Sink`]; each writer turns the same operations
//! into its own format. Pagination hints (`remaining`, `ensure`, `place`) matter to the PDF;
//! a flowing document keeps headings with what follows them by its own means.

use crate::compare::Round;
use crate::framework::Framework;
use crate::i18n::Localizer;
use crate::scoring::Scores;

/// The report's two charts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    /// The radar of the building blocks' means (with the target and the previous round).
    Radar,
    /// The bars of the building blocks' means and target phases.
    Bars,
}

/// What a chart is drawn from.
#[derive(Debug, Clone, Copy)]
pub struct Chart<'a> {
    pub kind: ChartKind,
    pub l: &'a Localizer,
    pub fw: &'a Framework,
    pub scores: &'a Scores,
    /// The country's previous round, drawn on the radar when given.
    pub previous: Option<&'a Round>,
    /// The benchmark from a GDHM data export, drawn on the radar when chosen.
    pub benchmark: Option<&'a crate::model::Benchmark>,
}

/// The operations the report's sections use.
pub trait Sink {
    /// The next content starts on a new page.
    fn new_page(&mut self);
    /// Points left on this page (a flowing document: as good as a whole page).
    fn remaining(&self) -> f32;
    /// Keeps the next `h` points together on one page (a hint).
    fn ensure(&mut self, h: f32);
    /// Room for a drawing of height `h`: its top from the page top (a flowing document: 0).
    fn place(&mut self, h: f32) -> f32;
    /// A horizontal rule across the text width at `top` (from [`Sink::place`]); a flowing
    /// document draws it where it is.
    fn rule(&mut self, top: f32, colour: (f32, f32, f32), thickness: f32);
    /// Vertical space before what follows, in points.
    fn space(&mut self, h: f32);
    /// A heading of level 1 to 3, kept with what follows it.
    fn heading(&mut self, text: &str, level: u8);
    /// A paragraph of `size` points across the text width.
    fn paragraph(&mut self, text: &str, size: f32, bold: bool, colour: (f32, f32, f32)) {
        self.paragraph_in(text, size, bold, colour, 0.0);
    }
    /// A paragraph indented by `indent` points from the start of the line.
    fn paragraph_in(
        &mut self,
        text: &str,
        size: f32,
        bold: bool,
        colour: (f32, f32, f32),
        indent: f32,
    );
    /// A table: `widths` are fractions of the text width in reading order; the header row
    /// repeats on every page the table spans.
    fn table(&mut self, headers: &[String], rows: &[Vec<String>], widths: &[f32], size: f32);
    /// A chart with its title, scale and legend.
    fn chart(&mut self, chart: Chart<'_>);
}

impl Sink for super::page::Writer {
    fn new_page(&mut self) {
        super::page::Writer::new_page(self);
    }
    fn remaining(&self) -> f32 {
        super::page::Writer::remaining(self)
    }
    fn ensure(&mut self, h: f32) {
        super::page::Writer::ensure(self, h);
    }
    fn place(&mut self, h: f32) -> f32 {
        super::page::Writer::place(self, h)
    }
    fn rule(&mut self, top: f32, colour: (f32, f32, f32), thickness: f32) {
        super::page::Writer::rule(self, top, colour, thickness);
    }
    fn space(&mut self, h: f32) {
        super::page::Writer::space(self, h);
    }
    fn heading(&mut self, text: &str, level: u8) {
        super::page::Writer::heading(self, text, level);
    }
    fn paragraph(&mut self, text: &str, size: f32, bold: bool, colour: (f32, f32, f32)) {
        super::page::Writer::paragraph(self, text, size, bold, colour);
    }
    fn paragraph_in(
        &mut self,
        text: &str,
        size: f32,
        bold: bool,
        colour: (f32, f32, f32),
        indent: f32,
    ) {
        super::page::Writer::paragraph_in(self, text, size, bold, colour, indent);
    }
    fn table(&mut self, headers: &[String], rows: &[Vec<String>], widths: &[f32], size: f32) {
        super::page::Writer::table(self, headers, rows, widths, size);
    }
    /// The same geometry as the screen's SVG, drawn as vectors.
    fn chart(&mut self, c: Chart<'_>) {
        match c.kind {
            ChartKind::Radar => {
                super::build::radar(self, c.l, c.fw, c.scores, c.previous, c.benchmark)
            }
            ChartKind::Bars => super::build::bars(self, c.l, c.fw, c.scores),
        }
    }
}
