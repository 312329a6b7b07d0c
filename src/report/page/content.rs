//! The pages' content streams, written here from the writer's operations instead of by
//! printpdf. printpdf turns every operation into lopdf objects (an allocation for each
//! glyph drawn, a formatted number for each operand) and lopdf writes those out: a fifth
//! of a report's time. Here each page is written straight into bytes.
//!
//! printpdf still builds the document (fonts subset and embedded with their ToUnicode
//! maps, the outline, the metadata): it is given a page that shows every glyph drawn once,
//! and the codes it writes for them there (a subset font numbers its glyphs anew) are read
//! back, then used for every page.

use std::collections::{BTreeMap, HashMap};
use std::io::Write as _;

use printpdf::{
    Codepoint, Color, DictItem, Line, LinePoint, Op, PaintMode, TextItem, XObjectTransform,
};

/// The codes a document's fonts give their glyphs: per font resource name, original glyph
/// id to the code written in a content stream.
#[derive(Debug, Default)]
pub(super) struct Codes(HashMap<String, Vec<Option<u16>>>);

/// The glyphs drawn with each font (by resource name), each with the text it stands for
/// (`text_of`, asked once per glyph).
pub(super) fn glyphs_used(
    pages: &[Vec<Op>],
    text_of: impl Fn(&str, u16) -> String,
) -> BTreeMap<String, BTreeMap<u16, String>> {
    let mut used: BTreeMap<String, BTreeMap<u16, String>> = BTreeMap::new();
    for ops in pages {
        let mut font: Option<&str> = None;
        for op in ops {
            match op {
                Op::SetFont { font: f, .. } => font = Some(resource(f)),
                Op::ShowText { items } => {
                    let Some(name) = font else { continue };
                    if !used.contains_key(name) {
                        used.insert(name.to_string(), BTreeMap::new());
                    }
                    let Some(glyphs) = used.get_mut(name) else {
                        continue;
                    };
                    for item in items {
                        if let TextItem::GlyphIds(ids) = item {
                            for g in ids {
                                glyphs.entry(g.gid).or_insert_with(|| text_of(name, g.gid));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
    used
}

/// The pages with each glyph's text given (for printpdf's ToUnicode maps, when it writes
/// the pages itself).
pub(super) fn with_texts(
    pages: Vec<Vec<Op>>,
    used: &BTreeMap<String, BTreeMap<u16, String>>,
) -> Vec<Vec<Op>> {
    pages
        .into_iter()
        .map(|ops| {
            let mut font = String::new();
            ops.into_iter()
                .map(|op| match op {
                    Op::SetFont { font: f, size } => {
                        font = resource(&f).to_string();
                        Op::SetFont { font: f, size }
                    }
                    Op::ShowText { items } => Op::ShowText {
                        items: items
                            .into_iter()
                            .map(|item| match item {
                                TextItem::GlyphIds(ids) => TextItem::GlyphIds(
                                    ids.into_iter()
                                        .map(|g| Codepoint {
                                            cid: used
                                                .get(&font)
                                                .and_then(|m| m.get(&g.gid))
                                                .cloned(),
                                            ..g
                                        })
                                        .collect(),
                                ),
                                other => other,
                            })
                            .collect(),
                    },
                    other => other,
                })
                .collect()
        })
        .collect()
}

fn resource(font: &printpdf::PdfFontHandle) -> &str {
    match font {
        printpdf::PdfFontHandle::External(id) => &id.0,
        printpdf::PdfFontHandle::Builtin(_) => "",
    }
}

/// The page that shows every glyph once, font by font, for printpdf to embed.
pub(super) fn specimen(used: &BTreeMap<String, BTreeMap<u16, String>>) -> Vec<Op> {
    let mut ops = Vec::new();
    for (name, glyphs) in used {
        let ids = glyphs
            .iter()
            .map(|(gid, text)| Codepoint {
                gid: *gid,
                offset: 0.0,
                cid: Some(text.clone()),
            })
            .collect();
        ops.extend([
            Op::StartTextSection,
            Op::SetFont {
                font: printpdf::PdfFontHandle::External(printpdf::FontId(name.clone())),
                size: printpdf::Pt(10.0),
            },
            Op::ShowText {
                items: vec![TextItem::GlyphIds(ids)],
            },
            Op::EndTextSection,
        ]);
    }
    ops
}

/// The codes printpdf wrote on the specimen page (its content stream, uncompressed):
/// `None` unless every glyph of every font has its code.
pub(super) fn codes_from_specimen(
    stream: &[u8],
    used: &BTreeMap<String, BTreeMap<u16, String>>,
) -> Option<Codes> {
    let content = lopdf::content::Content::decode(stream).ok()?;
    let mut codes = Codes::default();
    let mut font: Option<String> = None;
    for op in content.operations {
        match op.operator.as_str() {
            "Tf" => {
                font = op
                    .operands
                    .first()
                    .and_then(|o| o.as_name().ok())
                    .map(|n| String::from_utf8_lossy(n).into_owned());
            }
            "TJ" | "Tj" => {
                let name = font.clone()?;
                let glyphs = used.get(&name)?;
                let strings: Vec<&[u8]> = match op.operands.first()? {
                    lopdf::Object::Array(items) => {
                        items.iter().filter_map(|o| o.as_str().ok()).collect()
                    }
                    other => vec![other.as_str().ok()?],
                };
                let shown: Vec<u16> = strings
                    .iter()
                    .flat_map(|s| s.chunks(2))
                    .map(|pair| match pair {
                        [hi, lo] => Some(u16::from_be_bytes([*hi, *lo])),
                        _ => None,
                    })
                    .collect::<Option<_>>()?;
                if shown.len() != glyphs.len() {
                    return None;
                }
                let size = glyphs.keys().max().map_or(0, |g| usize::from(*g) + 1);
                let mut table = vec![None; size];
                for (gid, code) in glyphs.keys().zip(shown) {
                    if let Some(slot) = table.get_mut(usize::from(*gid)) {
                        *slot = Some(code);
                    }
                }
                codes.0.insert(name, table);
            }
            _ => {}
        }
    }
    (codes.0.len() == used.len()).then_some(codes)
}

/// A page's content stream. `None` if an operation is one this writer never makes, or
/// a glyph has no code: the caller then lets printpdf write the page.
pub(super) fn encode(ops: &[Op], codes: &Codes) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(ops.len() * 24);
    let mut font: Option<&Vec<Option<u16>>> = None;
    for op in ops {
        match op {
            Op::SaveGraphicsState => out.extend_from_slice(b"q\n"),
            Op::RestoreGraphicsState => out.extend_from_slice(b"Q\n"),
            Op::StartTextSection => out.extend_from_slice(b"BT\n"),
            Op::EndTextSection => out.extend_from_slice(b"ET\n"),
            Op::SetFillColor { col } => colour(&mut out, col, b"rg")?,
            Op::SetOutlineColor { col } => colour(&mut out, col, b"RG")?,
            Op::SetOutlineThickness { pt } => {
                number(&mut out, pt.0);
                out.extend_from_slice(b" w\n");
            }
            Op::SetTextRenderingMode { mode } => {
                whole(&mut out, u64::try_from(mode.id()).unwrap_or(0));
                out.extend_from_slice(b" Tr\n");
            }
            Op::SetFont { font: f, size } => {
                let name = resource(f);
                font = codes.0.get(name);
                self::name(&mut out, name);
                out.push(b' ');
                number(&mut out, size.0);
                out.extend_from_slice(b" Tf\n");
            }
            Op::SetTextCursor { pos } => {
                number(&mut out, pos.x.0);
                out.push(b' ');
                number(&mut out, pos.y.0);
                out.extend_from_slice(b" Td\n");
            }
            Op::ShowText { items } => show(&mut out, items, font?)?,
            Op::SetLineDashPattern { dash } => {
                out.push(b'[');
                for (k, d) in dash.pattern.iter().enumerate() {
                    if k > 0 {
                        out.push(b' ');
                    }
                    number(&mut out, *d);
                }
                out.extend_from_slice(b"] ");
                number(&mut out, dash.offset);
                out.extend_from_slice(b" d\n");
            }
            Op::DrawLine { line } => draw_line(&mut out, line),
            Op::DrawPolygon { polygon } => {
                for ring in &polygon.rings {
                    path(&mut out, &ring.points);
                }
                let paint: &[u8] = match (polygon.mode, polygon.winding_order) {
                    (PaintMode::Fill, printpdf::WindingOrder::NonZero) => b"h\nf\n",
                    (PaintMode::Fill, printpdf::WindingOrder::EvenOdd) => b"h\nf*\n",
                    (PaintMode::Stroke, _) => b"h\nS\n",
                    _ => return None,
                };
                out.extend_from_slice(paint);
            }
            Op::BeginMarkedContentWithProperties { tag, properties } => {
                self::name(&mut out, tag);
                out.push(b' ');
                dict_item(&mut out, properties)?;
                out.extend_from_slice(b" BDC\n");
            }
            Op::EndMarkedContentWithProperties => out.extend_from_slice(b"EMC\n"),
            // A form drawn where it was made: the page's coordinates.
            Op::UseXobject { id, transform } if *transform == XObjectTransform::default() => {
                out.extend_from_slice(b"q\n");
                name(&mut out, &id.0);
                out.extend_from_slice(b" Do\nQ\n");
            }
            _ => return None,
        }
    }
    Some(out)
}

/// Glyphs as a `TJ` array: the codes of glyphs drawn at their natural advance in one hex
/// string, a number (thousandths of the size) where a glyph's advance differs.
fn show(out: &mut Vec<u8>, items: &[TextItem], codes: &[Option<u16>]) -> Option<()> {
    out.push(b'[');
    let mut open = false;
    for item in items {
        let TextItem::GlyphIds(glyphs) = item else {
            return None;
        };
        for g in glyphs {
            let code = codes.get(usize::from(g.gid)).copied().flatten()?;
            if !open {
                out.push(b'<');
                open = true;
            }
            hex(out, code);
            if g.offset != 0.0 {
                out.extend_from_slice(b"> ");
                number(out, g.offset);
                out.push(b' ');
                open = false;
            }
        }
    }
    if open {
        out.push(b'>');
    }
    out.extend_from_slice(b"] TJ\n");
    Some(())
}

fn hex(out: &mut Vec<u8>, code: u16) {
    let [hi, lo] = code.to_be_bytes();
    hex_byte(out, hi);
    hex_byte(out, lo);
}

fn hex_byte(out: &mut Vec<u8>, b: u8) {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    let digit = |d: u8| DIGITS.get(usize::from(d & 0xF)).copied().unwrap_or(b'0');
    out.extend_from_slice(&[digit(b >> 4), digit(b)]);
}

/// A whole number in decimal.
fn whole(out: &mut Vec<u8>, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        if let Some(d) = digits.get_mut(at) {
            *d = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || at == 0 {
            break;
        }
    }
    out.extend_from_slice(digits.get(at..).unwrap_or(&[]));
}

fn colour(out: &mut Vec<u8>, col: &Color, op: &[u8]) -> Option<()> {
    let Color::Rgb(c) = col else {
        return None;
    };
    for v in [c.r, c.g, c.b] {
        number(out, v);
        out.push(b' ');
    }
    out.extend_from_slice(op);
    out.push(b'\n');
    Some(())
}

/// A path's points: a move to the first, then lines, or cubic curves where two control
/// points (`bezier`) come before an end point.
fn path(out: &mut Vec<u8>, points: &[LinePoint]) {
    let mut rest = points.iter();
    let Some(first) = rest.next() else {
        return;
    };
    point(out, first);
    out.extend_from_slice(b" m\n");
    let rest: Vec<&LinePoint> = rest.collect();
    let mut i = 0;
    while let Some(p) = rest.get(i) {
        match (p.bezier, rest.get(i + 1), rest.get(i + 2)) {
            (true, Some(c2), Some(end)) if c2.bezier => {
                for q in [*p, *c2, *end] {
                    point(out, q);
                    out.push(b' ');
                }
                out.extend_from_slice(b"c\n");
                i += 3;
            }
            _ => {
                point(out, p);
                out.extend_from_slice(b" l\n");
                i += 1;
            }
        }
    }
}

fn draw_line(out: &mut Vec<u8>, line: &Line) {
    if line.points.is_empty() {
        return;
    }
    path(out, &line.points);
    out.extend_from_slice(if line.is_closed { b"h\nS\n" } else { b"S\n" });
}

fn point(out: &mut Vec<u8>, p: &LinePoint) {
    number(out, p.p.x.0);
    out.push(b' ');
    number(out, p.p.y.0);
}

/// A PDF name, with the characters a name cannot hold written as `#xx`.
fn name(out: &mut Vec<u8>, name: &str) {
    out.push(b'/');
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.+".contains(&b) {
            out.push(b);
        } else {
            let _ = write!(out, "#{b:02X}");
        }
    }
}

fn dict_item(out: &mut Vec<u8>, item: &DictItem) -> Option<()> {
    match item {
        DictItem::Dict { map } => {
            out.extend_from_slice(b"<<");
            for (key, value) in map {
                name(out, key);
                out.push(b' ');
                dict_item(out, value)?;
            }
            out.extend_from_slice(b">>");
        }
        // A literal string, half the size of the hex form of the same bytes (the
        // UTF-16 of a line's `/ActualText`): only the delimiters, the escape and the
        // line ends (which a reader would normalise) are escaped.
        DictItem::String { data, .. } => {
            out.push(b'(');
            for b in data {
                match b {
                    b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', *b]),
                    b'\r' => out.extend_from_slice(b"\\r"),
                    b'\n' => out.extend_from_slice(b"\\n"),
                    _ => out.push(*b),
                }
            }
            out.push(b')');
        }
        _ => return None,
    }
    Some(())
}

/// A number with at most three decimals (a thousandth of a point, of a colour component
/// or of a glyph's advance), without trailing zeros.
fn number(out: &mut Vec<u8>, v: f32) {
    let scaled = (f64::from(v) * 1000.0).round();
    // Far beyond any page: written whole (never reached by what the writer draws).
    if !scaled.is_finite() || scaled.abs() >= 1e15 {
        let _ = write!(out, "{}", if v.is_finite() { v.round() } else { 0.0 });
        return;
    }
    let scaled = scaled as i64;
    if scaled < 0 {
        out.push(b'-');
    }
    let abs = scaled.unsigned_abs();
    whole(out, abs / 1000);
    let frac = abs % 1000;
    if frac > 0 {
        out.push(b'.');
        let digits = [frac / 100, frac / 10 % 10, frac % 10];
        let used = if frac.is_multiple_of(100) {
            1
        } else if frac.is_multiple_of(10) {
            2
        } else {
            3
        };
        for d in digits.iter().take(used) {
            out.push(b'0' + *d as u8);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(v: f32) -> String {
        let mut out = Vec::new();
        number(&mut out, v);
        String::from_utf8(out).unwrap_or_default()
    }

    #[test]
    fn numbers_are_written_short_and_exact_to_a_thousandth() {
        assert_eq!(num(0.0), "0");
        assert_eq!(num(12.0), "12");
        assert_eq!(num(0.11), "0.11");
        assert_eq!(num(595.28), "595.28");
        assert_eq!(num(-3.5), "-3.5");
        assert_eq!(num(0.0004), "0");
        assert_eq!(num(-0.0006), "-0.001");
        assert_eq!(num(1.05), "1.05");
        assert_eq!(num(7.007), "7.007");
        assert_eq!(num(f32::NAN), "0");
    }

    /// What is written reads back, with an independent reader (lopdf's content parser),
    /// as the operations and operands given: the text a reader copies (delimiters and
    /// line ends in it included), the glyphs' codes, colours, paths, the draft's form.
    #[test]
    fn a_page_reads_back_as_written() {
        use printpdf::{FontId, LineDashPattern, PdfFontHandle, Point, Pt, Rgb, TextRenderingMode};
        let actual: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("a(b)\\c\r\nد".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        let point = |x: f32, y: f32, bezier: bool| LinePoint {
            p: Point { x: Pt(x), y: Pt(y) },
            bezier,
        };
        let ops = vec![
            Op::BeginMarkedContentWithProperties {
                tag: "Span".into(),
                properties: DictItem::Dict {
                    map: BTreeMap::from([(
                        "ActualText".to_string(),
                        DictItem::String {
                            data: actual.clone(),
                            literal: false,
                        },
                    )]),
                },
            },
            Op::StartTextSection,
            Op::SetTextRenderingMode {
                mode: TextRenderingMode::FillStroke,
            },
            Op::SetFillColor {
                col: Color::Rgb(Rgb {
                    r: 0.11,
                    g: 0.16,
                    b: 0.21,
                    icc_profile: None,
                }),
            },
            Op::SetFont {
                font: PdfFontHandle::External(FontId("F 1".into())),
                size: Pt(9.5),
            },
            Op::SetTextCursor {
                pos: Point {
                    x: Pt(56.0),
                    y: Pt(700.25),
                },
            },
            Op::ShowText {
                items: vec![TextItem::GlyphIds(vec![
                    Codepoint {
                        gid: 40,
                        offset: 0.0,
                        cid: None,
                    },
                    Codepoint {
                        gid: 41,
                        offset: -20.5,
                        cid: None,
                    },
                ])],
            },
            Op::EndTextSection,
            Op::EndMarkedContentWithProperties,
            Op::SaveGraphicsState,
            Op::SetLineDashPattern {
                dash: LineDashPattern::new(0.0, &[4.5, 3.0]),
            },
            Op::DrawLine {
                line: Line {
                    points: vec![
                        point(1.0, 2.0, false),
                        point(3.0, 4.0, true),
                        point(5.0, 6.0, true),
                        point(7.0, 8.0, false),
                    ],
                    is_closed: true,
                },
            },
            Op::RestoreGraphicsState,
            Op::UseXobject {
                id: printpdf::XObjectId("Draft".into()),
                transform: XObjectTransform::default(),
            },
        ];
        let mut table = vec![None; 42];
        table[40] = Some(3);
        table[41] = Some(0x0102);
        let codes = Codes(HashMap::from([("F 1".to_string(), table)]));
        let bytes = encode(&ops, &codes).expect("every operation is one the writer makes");
        let read = lopdf::content::Content::decode(&bytes).expect("a valid content stream");
        let operators: Vec<&str> = read
            .operations
            .iter()
            .map(|o| o.operator.as_str())
            .collect();
        assert_eq!(
            operators,
            [
                "BDC", "BT", "Tr", "rg", "Tf", "Td", "TJ", "ET", "EMC", "q", "d", "m", "c", "h",
                "S", "Q", "q", "Do", "Q"
            ]
        );
        let operands = |k: usize| {
            read.operations
                .get(k)
                .map(|o| o.operands.clone())
                .unwrap_or_default()
        };
        let props = operands(0);
        let text = props
            .get(1)
            .and_then(|d| d.as_dict().ok())
            .and_then(|d| d.get(b"ActualText").ok())
            .and_then(|t| t.as_str().ok())
            .map(<[u8]>::to_vec);
        assert_eq!(text, Some(actual));
        assert_eq!(
            operands(4).first().and_then(|n| n.as_name().ok()),
            Some(&b"F 1"[..])
        );
        let tj = operands(6);
        let items = tj
            .first()
            .and_then(|a| a.as_array().ok())
            .cloned()
            .unwrap_or_default();
        assert_eq!(
            items.first().and_then(|s| s.as_str().ok()),
            Some(&[0, 3, 1, 2][..])
        );
        assert_eq!(items.get(1).and_then(|n| n.as_float().ok()), Some(-20.5));
        assert_eq!(
            operands(5)
                .iter()
                .filter_map(|n| n.as_float().ok())
                .collect::<Vec<_>>(),
            [56.0, 700.25]
        );
        assert_eq!(
            operands(12)
                .iter()
                .filter_map(|n| n.as_float().ok())
                .collect::<Vec<_>>(),
            [3.0, 4.0, 5.0, 6.0, 7.0, 8.0]
        );
        // An operation the writer never makes, or a glyph without a code, writes nothing.
        assert_eq!(encode(&[Op::EndLayer], &codes), None);
    }

    #[test]
    fn glyphs_at_their_natural_advance_share_a_string() {
        let mut codes = vec![None; 8];
        for (gid, code) in [(5, 1), (6, 2), (7, 0x1A2B)] {
            codes[gid] = Some(code);
        }
        let g = |gid: u16, offset: f32| Codepoint {
            gid,
            offset,
            cid: None,
        };
        let mut out = Vec::new();
        let items = [TextItem::GlyphIds(vec![g(5, 0.0), g(6, 12.5), g(7, 0.0)])];
        assert_eq!(show(&mut out, &items, &codes), Some(()));
        assert_eq!(
            String::from_utf8_lossy(&out),
            "[<00010002> 12.5 <1A2B>] TJ\n"
        );
        // A glyph without a code is refused, not drawn as another.
        let mut out = Vec::new();
        assert_eq!(
            show(&mut out, &[TextItem::GlyphIds(vec![g(9, 0.0)])], &codes),
            None
        );
    }
}
