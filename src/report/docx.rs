//! The report as an editable DOCX document (Office Open XML, WordprocessingML), for a
//! ministry to adapt before publishing: the same sections as the PDF (written once against
//! [`Sink`]), headings as Word headings (kept with what follows, in the navigation pane),
//! tables as tables (header row repeated, rows never split; right to left in Arabic), the
//! charts as PNG images, the team's texts as written. Arabic paragraphs are right-to-left
//! (`<w:bidi/>`, never right alignment: alignment is logical under `bidi`). The run fonts are
//! the PDF's (Noto Sans, Noto Sans Arabic, Noto Sans CJK SC) and the document language
//! (`w:lang`) is the report's. A draft says DRAFT in the header of every page and "not yet
//! signed" in its footer and sign-off; a finalised report's footer carries its date and
//! check code.
//!
//! The package is written here (with `zip`) rather than with docx-rs 0.4, which cannot set
//! `w:lang` or a right-to-left table (`w:bidiVisual`), writes some properties out of the
//! schema's order, and panics on an image it cannot read.

use std::fmt::Write as _;
use std::io::Write as _;

use crate::compare::Round;
use crate::error::{Error, Result};
use crate::framework;
use crate::i18n::{arg, Lang, Localizer};
use crate::model::AssessmentData;
use crate::scoring;

use super::page::{Paper, BRAND, DRAFT, INK, MUTED, RULE, SHADE};
use super::sink::{Chart, ChartKind, Sink};

/// Gives the PNG image of a chart, or `None` when there is none to give (the document then
/// has no image in its place).
pub type ChartImages<'a> = &'a dyn Fn(&Chart<'_>) -> Result<Option<Vec<u8>>>;

/// The page margins, in points, as the PDF's.
const MARGIN_SIDE: f32 = 56.0;
const MARGIN_TOP: f32 = 64.0;
const MARGIN_BOTTOM: f32 = 60.0;

/// Tables of up to this many rows are kept on one page when they fit.
const WHOLE_TABLE_ROWS: usize = 12;

/// The tallest a chart is drawn, as a share of the text height.
const CHART_HEIGHT: f32 = 0.55;

/// The fonts the PDF embeds, by script.
const FONT_LATIN: &str = "Noto Sans";
const FONT_ARABIC: &str = "Noto Sans Arabic";
const FONT_CJK: &str = "Noto Sans CJK SC";

/// Renders the report of an assessment as a DOCX document. `today` is printed on the
/// cover; `previous` is the country's round before this one; `charts` gives the charts'
/// images.
pub fn render(
    data: &AssessmentData,
    previous: Option<&Round>,
    lang: Lang,
    paper: Paper,
    today: &str,
    charts: ChartImages<'_>,
) -> Result<Vec<u8>> {
    let a = &data.assessment;
    let fw = framework::find(&a.framework.id, &a.framework.version)?;
    let l = Localizer::new(lang, false);
    let scores = scoring::score(fw, &data.score_inputs());
    let mut d = Document::new(lang, paper, charts);
    let finalised = super::build::content(&mut d, &l, fw, data, &scores, previous, today);
    let title = l.format(
        "assessment-title",
        &[arg("country", &a.country), arg("round", &a.round)],
    );
    let furniture = Furniture {
        header: l.format("report-running-header", &[arg("title", &title)]),
        draft_word: finalised.is_none().then(|| l.text("report-draft-word")),
        notice: match &finalised {
            Some(f) => l.format(
                "report-finalised-footer",
                &[arg("date", &f.date), arg("code", f.short_code())],
            ),
            None => l.text("report-draft-footer"),
        },
        page: l.format(
            "report-page",
            &[
                arg("page", PAGE_MARK.to_string()),
                arg("total", PAGES_MARK.to_string()),
            ],
        ),
    };
    d.finish(
        &l.format("report-document-title", &[arg("title", &title)]),
        &a.facilitator,
        &furniture,
    )
}

/// Stand-ins for the page number and the page count in the footer's sentence, replaced by
/// Word fields (private-use characters: never in a message).
const PAGE_MARK: char = '\u{E000}';
const PAGES_MARK: char = '\u{E001}';

/// What every page carries.
struct Furniture {
    header: String,
    /// The draft's word (DRAFT) in the header; `None` once finalised.
    draft_word: Option<String>,
    /// The status in the footer: "not yet signed" for a draft, the date and check code once
    /// finalised.
    notice: String,
    /// "Page {PAGE_MARK} of {PAGES_MARK}".
    page: String,
}

/// The document being written: the body's XML and the images it refers to.
pub struct Document<'c> {
    lang: Lang,
    rtl: bool,
    paper: Paper,
    body: String,
    /// Space (points) before the next paragraph or table.
    space: f32,
    /// The next paragraph starts a page.
    page_break: bool,
    /// The last thing written was a table (two tables in a row would merge).
    after_table: bool,
    /// The charts' PNG images, in order.
    images: Vec<Vec<u8>>,
    charts: ChartImages<'c>,
    /// The first failure of a chart's image, returned by `finish`.
    error: Option<Error>,
}

impl std::fmt::Debug for Document<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Document")
            .field("lang", &self.lang)
            .field("body", &self.body.len())
            .field("images", &self.images.len())
            .finish_non_exhaustive()
    }
}

/// How a paragraph is set out.
#[derive(Default)]
struct Para<'a> {
    style: Option<&'a str>,
    keep_next: bool,
    /// Points after the paragraph.
    after: f32,
    /// Points before it on top of the space asked for.
    before: f32,
    indent: f32,
    centre: bool,
    /// A rule under the paragraph: colour and thickness in points.
    rule: Option<((f32, f32, f32), f32)>,
}

impl<'c> Document<'c> {
    pub fn new(lang: Lang, paper: Paper, charts: ChartImages<'c>) -> Document<'c> {
        Document {
            lang,
            rtl: lang.is_rtl(),
            paper,
            body: String::new(),
            space: 0.0,
            page_break: false,
            after_table: false,
            images: Vec::new(),
            charts,
            error: None,
        }
    }

    /// The text width in twentieths of a point.
    fn text_width(&self) -> u32 {
        twips(self.paper.size().0 - 2.0 * MARGIN_SIDE)
    }

    /// Opens a paragraph with its properties (`<w:p><w:pPr>…</w:pPr>`), using the space and
    /// page break waiting.
    fn open_paragraph(&mut self, p: &Para<'_>) {
        let mut before = p.before + std::mem::take(&mut self.space);
        if std::mem::take(&mut self.after_table) {
            // A paragraph right under a table would touch its last row.
            before = before.max(6.0);
        }
        let page_break = std::mem::take(&mut self.page_break);
        let b = &mut self.body;
        b.push_str("<w:p><w:pPr>");
        if let Some(style) = p.style {
            let _ = write!(b, r#"<w:pStyle w:val="{style}"/>"#);
        }
        if p.keep_next {
            b.push_str("<w:keepNext/>");
        }
        if page_break {
            b.push_str("<w:pageBreakBefore/>");
        }
        if let Some((colour, thickness)) = p.rule {
            let _ = write!(
                b,
                r#"<w:pBdr><w:bottom w:val="single" w:sz="{}" w:space="1" w:color="{}"/></w:pBdr>"#,
                (thickness * 8.0).round().max(2.0) as u32,
                hex(colour)
            );
        }
        if self.rtl {
            b.push_str("<w:bidi/>");
        }
        let _ = write!(
            b,
            r#"<w:spacing w:before="{}" w:after="{}"/>"#,
            twips(before),
            twips(p.after)
        );
        if p.indent > 0.0 {
            // In a right-to-left paragraph `w:left` is the indentation at its start (right).
            let _ = write!(b, r#"<w:ind w:left="{}"/>"#, twips(p.indent));
        }
        if p.centre {
            b.push_str(r#"<w:jc w:val="center"/>"#);
        }
        b.push_str("</w:pPr>");
    }

    /// A whole paragraph of one run.
    fn text_paragraph(&mut self, p: &Para<'_>, text: &str, look: Option<Look>) {
        self.open_paragraph(p);
        run(&mut self.body, text, look);
        self.body.push_str("</w:p>");
    }

    /// A chart's image, centred, as large as the text width allows.
    fn image(&mut self, png: Vec<u8>, alt: &str) -> Result<()> {
        let (w, h) = png_size(&png)?;
        let max_w = self.text_width() as f32 / 20.0;
        let max_h = (self.paper.size().1 - MARGIN_TOP - MARGIN_BOTTOM) * CHART_HEIGHT;
        let scale = (max_w / w).min(max_h / h);
        let (cx, cy) = (emu(w * scale), emu(h * scale));
        self.images.push(png);
        let n = self.images.len();
        self.open_paragraph(&Para {
            centre: true,
            after: 4.0,
            ..Para::default()
        });
        let b = &mut self.body;
        let _ = write!(
            b,
            concat!(
                r#"<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">"#,
                r#"<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{n}" name="Chart {n}" descr="{alt}"/>"#,
                r#"<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>"#,
                r#"<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">"#,
                r#"<pic:pic><pic:nvPicPr><pic:cNvPr id="{n}" name="chart{n}.png" descr="{alt}"/><pic:cNvPicPr/></pic:nvPicPr>"#,
                r#"<pic:blipFill><a:blip r:embed="rIdImage{n}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"#,
                r#"<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>"#,
                r#"<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>"#,
                r#"</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"#
            ),
            cx = cx,
            cy = cy,
            n = n,
            alt = escape(alt),
        );
        Ok(())
    }

    /// The finished package.
    fn finish(self, title: &str, author: &str, furniture: &Furniture) -> Result<Vec<u8>> {
        if let Some(e) = self.error {
            return Err(e);
        }
        let (pw, ph) = self.paper.size();
        let section = format!(
            concat!(
                r#"<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/>"#,
                r#"<w:footerReference w:type="default" r:id="rIdFooter"/>"#,
                r#"<w:pgSz w:w="{}" w:h="{}"/>"#,
                r#"<w:pgMar w:top="{}" w:right="{}" w:bottom="{}" w:left="{}" w:header="560" w:footer="560" w:gutter="0"/>"#,
                "{}</w:sectPr>"
            ),
            twips(pw),
            twips(ph),
            twips(MARGIN_TOP),
            twips(MARGIN_SIDE),
            twips(MARGIN_BOTTOM),
            twips(MARGIN_SIDE),
            if self.rtl { "<w:bidi/>" } else { "" }
        );
        let document = format!(
            r#"{XML_HEAD}<w:document {NS}><w:body>{}{section}</w:body></w:document>"#,
            self.body
        );
        let mut rels = String::from(concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
            r#"<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#,
            r#"<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>"#,
            r#"<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>"#,
            r#"<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>"#,
        ));
        for n in 1..=self.images.len() {
            let _ = write!(
                rels,
                r#"<Relationship Id="rIdImage{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/chart{n}.png"/>"#
            );
        }
        rels.push_str("</Relationships>");

        let mut parts: Vec<(String, Vec<u8>)> = vec![
            ("[Content_Types].xml".into(), CONTENT_TYPES.into()),
            ("_rels/.rels".into(), PACKAGE_RELS.into()),
            ("docProps/core.xml".into(), self.core(title, author).into()),
            ("docProps/app.xml".into(), APP.into()),
            ("word/document.xml".into(), document.into()),
            ("word/_rels/document.xml.rels".into(), rels.into()),
            ("word/styles.xml".into(), self.styles().into()),
            ("word/settings.xml".into(), self.settings().into()),
            ("word/header1.xml".into(), self.header(furniture).into()),
            ("word/footer1.xml".into(), self.footer(furniture).into()),
        ];
        for (i, png) in self.images.into_iter().enumerate() {
            parts.push((format!("word/media/chart{}.png", i + 1), png));
        }
        zip(parts)
    }

    /// `w:lang`: the report's language, with Arabic and Chinese for text in those scripts.
    fn lang_attributes(&self) -> String {
        format!(
            r#"w:val="{}" w:eastAsia="{}" w:bidi="{}""#,
            locale(self.lang),
            locale(Lang::Zh),
            locale(Lang::Ar)
        )
    }

    fn styles(&self) -> String {
        let mut s = format!(
            concat!(
                "{head}<w:styles {ns}><w:docDefaults><w:rPrDefault><w:rPr>",
                r#"<w:rFonts w:ascii="{latin}" w:hAnsi="{latin}" w:eastAsia="{cjk}" w:cs="{arabic}"/>"#,
                r#"<w:color w:val="{ink}"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang {lang}/>"#,
                "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl/>{bidi}",
                r#"<w:spacing w:before="0" w:after="60" w:line="{line}" w:lineRule="auto"/>"#,
                "</w:pPr></w:pPrDefault></w:docDefaults>",
                r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>"#,
                r#"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>"#,
                r#"<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#,
            ),
            head = XML_HEAD,
            ns = NS,
            latin = FONT_LATIN,
            cjk = FONT_CJK,
            arabic = FONT_ARABIC,
            ink = hex(INK),
            lang = self.lang_attributes(),
            bidi = if self.rtl { "<w:bidi/>" } else { "" },
            // Noto Sans Arabic's own line height is taller than the Latin fonts'.
            line = if self.rtl { 240 } else { 288 },
        );
        // Headings: the PDF's sizes and colours, kept with what follows, in the outline.
        for level in 1..=3u8 {
            let size = heading_size(level);
            let colour = if level == 1 { BRAND } else { INK };
            let rule = if level == 1 {
                format!(
                    r#"<w:pBdr><w:bottom w:val="single" w:sz="10" w:space="3" w:color="{}"/></w:pBdr>"#,
                    hex(BRAND)
                )
            } else {
                String::new()
            };
            let _ = write!(
                s,
                concat!(
                    r#"<w:style w:type="paragraph" w:styleId="Heading{level}"><w:name w:val="heading {level}"/>"#,
                    r#"<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>"#,
                    r#"<w:pPr><w:keepNext/><w:keepLines/>{rule}<w:spacing w:before="{before}" w:after="{after}"/>"#,
                    r#"<w:outlineLvl w:val="{outline}"/></w:pPr>"#,
                    r#"<w:rPr><w:b/><w:bCs/><w:color w:val="{colour}"/><w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr></w:style>"#
                ),
                level = level,
                rule = rule,
                before = twips(size * 0.5),
                after = twips(if level == 1 { 9.0 } else { 3.0 }),
                outline = level - 1,
                colour = hex(colour),
                sz = half_points(size),
            );
        }
        s.push_str("</w:styles>");
        s
    }

    fn settings(&self) -> String {
        format!(
            concat!(
                "{}<w:settings {}><w:defaultTabStop w:val=\"720\"/><w:compat>",
                r#"<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>"#,
                "</w:compat><w:themeFontLang {}/></w:settings>"
            ),
            XML_HEAD,
            NS,
            self.lang_attributes()
        )
    }

    fn core(&self, title: &str, author: &str) -> String {
        format!(
            concat!(
                "{}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" ",
                "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">",
                "<dc:title>{}</dc:title><dc:creator>{}</dc:creator><dc:language>{}</dc:language>",
                "</cp:coreProperties>"
            ),
            XML_HEAD,
            escape(title),
            escape(author),
            locale(self.lang)
        )
    }

    /// The header of every page: the running header, and a draft's word.
    fn header(&self, f: &Furniture) -> String {
        let mut d = Document::new(self.lang, self.paper, self.charts);
        d.text_paragraph(
            &Para::default(),
            &f.header,
            Some(Look {
                size: 8.0,
                bold: false,
                colour: MUTED,
            }),
        );
        if let Some(word) = &f.draft_word {
            d.text_paragraph(
                &Para::default(),
                word,
                Some(Look {
                    size: 14.0,
                    bold: true,
                    colour: DRAFT,
                }),
            );
        }
        format!("{XML_HEAD}<w:hdr {NS}>{}</w:hdr>", d.body)
    }

    /// The footer of every page: the status, and the page number of the page count.
    fn footer(&self, f: &Furniture) -> String {
        let mut d = Document::new(self.lang, self.paper, self.charts);
        let (colour, bold) = if f.draft_word.is_some() {
            (DRAFT, true)
        } else {
            (MUTED, false)
        };
        d.text_paragraph(
            &Para::default(),
            &f.notice,
            Some(Look {
                size: 8.0,
                bold,
                colour,
            }),
        );
        d.open_paragraph(&Para::default());
        let look = Some(Look {
            size: 8.0,
            bold: false,
            colour: MUTED,
        });
        let mut rest = f.page.as_str();
        while let Some((i, mark)) = rest
            .char_indices()
            .find(|(_, c)| *c == PAGE_MARK || *c == PAGES_MARK)
        {
            let (before, after) = rest.split_at(i);
            if !before.is_empty() {
                run(&mut d.body, before, look);
            }
            let field = if mark == PAGE_MARK {
                "PAGE"
            } else {
                "NUMPAGES"
            };
            let _ = write!(d.body, r#"<w:fldSimple w:instr=" {field} ">"#);
            run(&mut d.body, "1", look);
            d.body.push_str("</w:fldSimple>");
            rest = after.strip_prefix(mark).unwrap_or(after);
        }
        if !rest.is_empty() {
            run(&mut d.body, rest, look);
        }
        d.body.push_str("</w:p>");
        format!("{XML_HEAD}<w:ftr {NS}>{}</w:ftr>", d.body)
    }
}

/// How a run's text looks.
#[derive(Debug, Clone, Copy)]
struct Look {
    size: f32,
    bold: bool,
    colour: (f32, f32, f32),
}

/// A run of text (`<w:r>`); `None`: as its paragraph's style says.
fn run(b: &mut String, text: &str, look: Option<Look>) {
    b.push_str("<w:r>");
    if let Some(look) = look {
        b.push_str("<w:rPr>");
        if look.bold {
            b.push_str("<w:b/><w:bCs/>");
        }
        let sz = half_points(look.size);
        let _ = write!(
            b,
            r#"<w:color w:val="{}"/><w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr>"#,
            hex(look.colour)
        );
    }
    b.push_str(r#"<w:t xml:space="preserve">"#);
    for c in text.chars() {
        match c {
            '\n' => b.push_str(r#"</w:t><w:br/><w:t xml:space="preserve">"#),
            '\t' => b.push_str(r#"</w:t><w:tab/><w:t xml:space="preserve">"#),
            _ => push_escaped(b, c),
        }
    }
    b.push_str("</w:t></w:r>");
}

/// A character as XML text; characters XML 1.0 cannot hold (control characters) are left
/// out.
fn push_escaped(b: &mut String, c: char) {
    match c {
        '&' => b.push_str("&amp;"),
        '<' => b.push_str("&lt;"),
        '>' => b.push_str("&gt;"),
        '"' => b.push_str("&quot;"),
        '\t' | '\n' => b.push(c),
        c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
        c => b.push(c),
    }
}

fn escape(text: &str) -> String {
    let mut b = String::with_capacity(text.len());
    for c in text.chars() {
        push_escaped(&mut b, c);
    }
    b
}

impl Sink for Document<'_> {
    fn new_page(&mut self) {
        self.page_break = true;
        self.space = 0.0;
    }

    /// A flowing document has as much room as a page.
    fn remaining(&self) -> f32 {
        self.paper.size().1 - MARGIN_TOP - MARGIN_BOTTOM
    }

    /// Word and LibreOffice keep headings with what follows and rows whole themselves.
    fn ensure(&mut self, _h: f32) {}

    /// The drawing goes where the text is: nothing to reserve.
    fn place(&mut self, _h: f32) -> f32 {
        0.0
    }

    /// An empty paragraph with a rule under it (the line for a signature).
    fn rule(&mut self, _top: f32, colour: (f32, f32, f32), thickness: f32) {
        self.text_paragraph(
            &Para {
                rule: Some((colour, thickness)),
                ..Para::default()
            },
            "",
            None,
        );
    }

    fn space(&mut self, h: f32) {
        self.space += h;
    }

    fn heading(&mut self, text: &str, level: u8) {
        let level = level.clamp(1, 3);
        let style = format!("Heading{level}");
        self.text_paragraph(
            &Para {
                style: Some(&style),
                keep_next: true,
                before: heading_size(level) * 0.5,
                after: if level == 1 { 9.0 } else { 3.0 },
                ..Para::default()
            },
            text,
            None,
        );
    }

    fn paragraph_in(
        &mut self,
        text: &str,
        size: f32,
        bold: bool,
        colour: (f32, f32, f32),
        indent: f32,
    ) {
        self.text_paragraph(
            &Para {
                indent,
                after: 3.0,
                ..Para::default()
            },
            text,
            Some(Look { size, bold, colour }),
        );
    }

    fn table(&mut self, headers: &[String], rows: &[Vec<String>], widths: &[f32], size: f32) {
        // A space asked for before the table, or a table right after another (which would
        // merge with it), takes an empty paragraph of that height.
        let space = std::mem::take(&mut self.space);
        if space > 0.0 || self.after_table {
            self.after_table = false;
            let _ = write!(
                self.body,
                r#"<w:p><w:pPr>{}<w:spacing w:before="0" w:after="0" w:line="{}" w:lineRule="exact"/></w:pPr></w:p>"#,
                if self.rtl { "<w:bidi/>" } else { "" },
                twips(space.max(4.0))
            );
        }
        let total = self.text_width();
        let cols: Vec<u32> = widths
            .iter()
            .map(|f| (f * total as f32).round() as u32)
            .collect();
        let border = hex(RULE);
        let b = &mut self.body;
        b.push_str("<w:tbl><w:tblPr>");
        if self.rtl {
            // The first column on the right.
            b.push_str("<w:bidiVisual/>");
        }
        let _ = write!(
            b,
            r#"<w:tblW w:w="{}" w:type="dxa"/><w:tblBorders>"#,
            cols.iter().sum::<u32>()
        );
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            let _ = write!(
                b,
                r#"<w:{side} w:val="single" w:sz="4" w:space="0" w:color="{border}"/>"#
            );
        }
        b.push_str(concat!(
            r#"</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="60" w:type="dxa"/>"#,
            r#"<w:left w:w="80" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/><w:right w:w="80" w:type="dxa"/>"#,
            r#"</w:tblCellMar><w:tblLook w:val="0020" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>"#
        ));
        for w in &cols {
            let _ = write!(b, r#"<w:gridCol w:w="{w}"/>"#);
        }
        b.push_str("</w:tblGrid>");
        // A table that fits on a page moves whole to the next rather than leaving a few
        // rows behind: each row is kept with the next (the last one ends the chain). A
        // longer one keeps its header with two rows and never leaves its last row alone.
        let whole = rows.len() <= WHOLE_TABLE_ROWS;
        let header = std::iter::once((true, headers));
        let body = rows.iter().map(|r| (false, r.as_slice()));
        for (n, (is_header, cells)) in header.chain(body).enumerate() {
            let keep = is_header || n == 1 || n + 1 == rows.len() || (whole && n < rows.len());
            b.push_str("<w:tr><w:trPr><w:cantSplit/>");
            if is_header {
                b.push_str("<w:tblHeader/>");
            }
            b.push_str("</w:trPr>");
            for (i, w) in cols.iter().enumerate() {
                let text = cells.get(i).map(String::as_str).unwrap_or_default();
                let _ = write!(b, r#"<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>"#);
                if is_header {
                    let _ = write!(
                        b,
                        r#"<w:shd w:val="clear" w:color="auto" w:fill="{}"/>"#,
                        hex(SHADE)
                    );
                }
                b.push_str("</w:tcPr><w:p><w:pPr>");
                if keep {
                    b.push_str("<w:keepNext/>");
                }
                if self.rtl {
                    b.push_str("<w:bidi/>");
                }
                b.push_str(r#"<w:spacing w:before="0" w:after="0" w:line="252" w:lineRule="auto"/></w:pPr>"#);
                run(
                    b,
                    text,
                    Some(Look {
                        size,
                        bold: is_header,
                        colour: INK,
                    }),
                );
                b.push_str("</w:p></w:tc>");
            }
            b.push_str("</w:tr>");
        }
        b.push_str("</w:tbl>");
        self.after_table = true;
    }

    fn chart(&mut self, c: Chart<'_>) {
        let alt = c.l.text(match c.kind {
            ChartKind::Radar => "report-radar",
            ChartKind::Bars => "ui-chart-bars-title",
        });
        let drawn = (self.charts)(&c).and_then(|png| match png {
            Some(png) => self.image(png, &alt),
            None => Ok(()),
        });
        if let Err(e) = drawn {
            self.error.get_or_insert(e);
        }
    }
}

/// The heading sizes of the PDF, in points.
fn heading_size(level: u8) -> f32 {
    match level {
        1 => 17.0,
        2 => 13.5,
        _ => 11.5,
    }
}

fn twips(points: f32) -> u32 {
    (points * 20.0).round().max(0.0) as u32
}

fn half_points(points: f32) -> u32 {
    (points * 2.0).round().max(2.0) as u32
}

/// Points to EMU (12,700 a point).
fn emu(points: f32) -> u64 {
    (f64::from(points) * 12_700.0).round().max(1.0) as u64
}

fn hex((r, g, b): (f32, f32, f32)) -> String {
    let c = |v: f32| (v.clamp(0.0, 1.0) * 255.0).round() as u8;
    format!("{:02X}{:02X}{:02X}", c(r), c(g), c(b))
}

/// The language tag `w:lang` and `dc:language` carry (the variety DHMA writes).
fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en-GB",
        Lang::Fr => "fr-FR",
        Lang::Es => "es-ES",
        Lang::Pt => "pt-PT",
        Lang::Ar => "ar-SA",
        Lang::Ru => "ru-RU",
        Lang::Zh => "zh-CN",
    }
}

/// A PNG image's width and height in pixels, from its header, as points at 96 pixels an
/// inch (only their ratio matters: the image is scaled to the text width).
fn png_size(png: &[u8]) -> Result<(f32, f32)> {
    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    let be = |at: usize| {
        png.get(at..at + 4)
            .and_then(|b| <[u8; 4]>::try_from(b).ok())
            .map(u32::from_be_bytes)
    };
    let header = png.starts_with(SIGNATURE) && png.get(12..16) == Some(b"IHDR".as_slice());
    match (header, be(16), be(20)) {
        (true, Some(w), Some(h)) if w > 0 && h > 0 => Ok((w as f32 * 0.75, h as f32 * 0.75)),
        _ => Err(not_png()),
    }
}

fn not_png() -> Error {
    Error::ChartImage {
        detail: "not a PNG image".into(),
    }
}

/// The parts in one zip archive, compressed, with a fixed time (the same report gives the
/// same bytes).
fn zip(parts: Vec<(String, Vec<u8>)>) -> Result<Vec<u8>> {
    // Only memory is written here (a failure is a fault of DHMA's, named after the document
    // being built); the file itself is written, and named in its errors, by the caller.
    let fail = |e: &dyn std::fmt::Display| {
        Error::io(
            std::path::Path::new("report.docx"),
            &std::io::Error::other(e.to_string()),
        )
    };
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for (name, bytes) in parts {
        z.start_file(name, options).map_err(|e| fail(&e))?;
        z.write_all(&bytes).map_err(|e| fail(&e))?;
    }
    Ok(z.finish().map_err(|e| fail(&e))?.into_inner())
}

const XML_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// The namespaces of the document's parts.
const NS: &str = concat!(
    r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#,
    r#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" "#,
    r#"xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" "#,
    r#"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" "#,
    r#"xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture""#
);

const CONTENT_TYPES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
    r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
    r#"<Default Extension="xml" ContentType="application/xml"/>"#,
    r#"<Default Extension="png" ContentType="image/png"/>"#,
    r#"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#,
    r#"<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"#,
    r#"<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>"#,
    r#"<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>"#,
    r#"<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>"#,
    r#"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#,
    r#"<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#,
    "</Types>"
);

const PACKAGE_RELS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#,
    r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#,
    r#"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>"#,
    "</Relationships>"
);

const APP: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    r#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">"#,
    "<Application>DHMA</Application></Properties>"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_control_characters_left_out() {
        let mut b = String::new();
        run(&mut b, "a<b & \"c\"\u{1}\u{FFFF}\nd", None);
        assert_eq!(
            b,
            r#"<w:r><w:t xml:space="preserve">a&lt;b &amp; &quot;c&quot;</w:t><w:br/><w:t xml:space="preserve">d</w:t></w:r>"#
        );
    }

    #[test]
    fn a_png_gives_its_size_and_anything_else_is_refused() {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        png.extend(400u32.to_be_bytes());
        png.extend(300u32.to_be_bytes());
        assert_eq!(png_size(&png).ok(), Some((300.0, 225.0)));
        assert!(png_size(&png[..20]).is_err());
        assert!(png_size(b"GIF89a").is_err());
        let mut zero = png.clone();
        zero[16..20].copy_from_slice(&0u32.to_be_bytes());
        assert!(png_size(&zero).is_err());
    }
}
