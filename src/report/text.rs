//! Text for the PDF: font choice per character, bidi reordering and shaping (rustybuzz) for
//! every script, measurement, and line breaking. Every glyph drawn comes from a shipped font
//! that has it; characters no font has are recorded, so a test can fail on them.

use std::sync::OnceLock;

use printpdf::Codepoint;
use unicode_bidi::{BidiInfo, Level};

/// The fonts shipped with the product (SIL Open Font License, see assets/fonts/).
static LATIN_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
static LATIN_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");
static ARABIC_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf");
static ARABIC_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSansArabic-Bold.ttf");
static CJK_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSansCJKsc-Regular.otf");

/// One of the shipped fonts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Font {
    Latin,
    LatinBold,
    Arabic,
    ArabicBold,
    Cjk,
}

impl Font {
    pub const ALL: [Font; 5] = [
        Font::Latin,
        Font::LatinBold,
        Font::Arabic,
        Font::ArabicBold,
        Font::Cjk,
    ];

    pub fn bytes(self) -> &'static [u8] {
        match self {
            Font::Latin => LATIN_REGULAR,
            Font::LatinBold => LATIN_BOLD,
            Font::Arabic => ARABIC_REGULAR,
            Font::ArabicBold => ARABIC_BOLD,
            Font::Cjk => CJK_REGULAR,
        }
    }

    /// The parsed face; `None` only if a shipped font did not parse, which the report
    /// tests would show as missing characters.
    fn face(self) -> Option<&'static rustybuzz::Face<'static>> {
        static FACES: OnceLock<Vec<Option<rustybuzz::Face<'static>>>> = OnceLock::new();
        let faces = FACES.get_or_init(|| {
            Font::ALL
                .iter()
                .map(|f| rustybuzz::Face::from_slice(f.bytes(), 0))
                .collect()
        });
        let index = Font::ALL.iter().position(|f| *f == self)?;
        faces.get(index)?.as_ref()
    }

    pub fn has(self, c: char) -> bool {
        self.face().is_some_and(|f| f.glyph_index(c).is_some())
    }

    fn variant(family: Family, bold: bool) -> Font {
        match (family, bold) {
            (Family::Latin, false) => Font::Latin,
            (Family::Latin, true) => Font::LatinBold,
            (Family::Arabic, false) => Font::Arabic,
            (Family::Arabic, true) => Font::ArabicBold,
            (Family::Cjk, _) => Font::Cjk,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Latin,
    Arabic,
    Cjk,
}

fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x303F | 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// The family for a character; neutral characters (spaces, digits, punctuation) stay with
/// the family before them when it has a glyph for them.
fn family_of(c: char, previous: Option<Family>) -> Family {
    if is_arabic(c) {
        return Family::Arabic;
    }
    if is_cjk(c) {
        return Family::Cjk;
    }
    if let Some(p) = previous {
        let neutral = c.is_whitespace() || c.is_ascii_punctuation() || c.is_ascii_digit();
        if neutral && Font::variant(p, false).has(c) && p != Family::Arabic {
            return p;
        }
        if c == ' ' && p == Family::Arabic {
            return p;
        }
    }
    if Font::Latin.has(c) {
        Family::Latin
    } else if Font::Cjk.has(c) {
        Family::Cjk
    } else if Font::Arabic.has(c) {
        Family::Arabic
    } else {
        Family::Latin
    }
}

/// Glyphs of one font, in visual order, ready for `TextItem::GlyphIds`.
#[derive(Debug, Clone)]
pub struct GlyphRun {
    pub font: Font,
    pub glyphs: Vec<Codepoint>,
    /// Width in points at the given size.
    pub width: f32,
}

/// A shaped line: runs in visual (left-to-right) order.
#[derive(Debug, Clone, Default)]
pub struct Shaped {
    pub runs: Vec<GlyphRun>,
    pub width: f32,
    /// Characters that no shipped font could draw.
    pub missing: Vec<char>,
}

thread_local! {
    /// Shape plans, one per font, direction and script: compiling a plan costs more than
    /// shaping a word with it, and a report shapes tens of thousands of words.
    static PLANS: std::cell::RefCell<
        std::collections::HashMap<(Font, bool, rustybuzz::Script), std::rc::Rc<rustybuzz::ShapePlan>>,
    > = std::cell::RefCell::new(std::collections::HashMap::new());
}

fn plan_for(
    font: Font,
    face: &rustybuzz::Face<'_>,
    buf: &rustybuzz::UnicodeBuffer,
) -> std::rc::Rc<rustybuzz::ShapePlan> {
    let rtl = buf.direction() == rustybuzz::Direction::RightToLeft;
    let key = (font, rtl, buf.script());
    PLANS.with(|plans| {
        plans
            .borrow_mut()
            .entry(key)
            .or_insert_with(|| {
                std::rc::Rc::new(rustybuzz::ShapePlan::new(
                    face,
                    buf.direction(),
                    Some(buf.script()),
                    buf.language().as_ref(),
                    &[],
                ))
            })
            .clone()
    })
}

fn shape_run(text: &str, font: Font, rtl: bool, size: f32) -> GlyphRun {
    let Some(face) = font.face() else {
        // Not drawable: the characters are reported as missing by `Font::has`.
        return GlyphRun {
            font,
            glyphs: Vec::new(),
            width: 0.0,
        };
    };
    let upem = face.units_per_em() as f32;
    let mut buf = rustybuzz::UnicodeBuffer::new();
    buf.push_str(text);
    buf.set_direction(if rtl {
        rustybuzz::Direction::RightToLeft
    } else {
        rustybuzz::Direction::LeftToRight
    });
    buf.guess_segment_properties();
    let plan = plan_for(font, face, &buf);
    let out = rustybuzz::shape_with_plan(face, &plan, buf);
    let infos = out.glyph_infos();
    let positions = out.glyph_positions();
    let mut clusters: Vec<usize> = infos.iter().map(|g| g.cluster as usize).collect();
    clusters.sort_unstable();
    clusters.dedup();
    let mut seen = vec![false; clusters.len()];
    let mut glyphs = Vec::with_capacity(infos.len());
    let mut advance = 0i32;
    for (info, pos) in infos.iter().zip(positions) {
        let gid = info.glyph_id as u16;
        let natural = face
            .glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(gid))
            .unwrap_or(0) as f32;
        let c = info.cluster as usize;
        // Clusters are sorted: this one's index, and where the next one starts.
        let k = clusters.partition_point(|&x| x < c);
        let end = clusters.get(k + 1).copied().unwrap_or(text.len());
        // The source text of a cluster goes with its first glyph, so that copying and
        // searching the PDF give the words back.
        let first = seen.get(k).is_some_and(|s| !s);
        if let Some(s) = seen.get_mut(k) {
            *s = true;
        }
        let cid = if first {
            Some(text.get(c..end).unwrap_or("").to_string())
        } else {
            Some(String::new())
        };
        glyphs.push(Codepoint {
            gid,
            offset: (natural - pos.x_advance as f32) * 1000.0 / upem,
            cid,
        });
        advance += pos.x_advance;
    }
    GlyphRun {
        font,
        glyphs,
        width: advance as f32 * size / upem,
    }
}

/// Bidi isolates (LRI, RLI, FSI, PDI): they steer the reordering, then are not drawn.
fn is_isolate(c: char) -> bool {
    matches!(c as u32, 0x2066..=0x2069)
}

/// Text from the team (a rationale, an evidence title) wrapped in a first-strong isolate, so
/// that it keeps its own direction inside a paragraph of the other one: an English sentence
/// in an Arabic report keeps its full stop at its end.
pub fn isolate(user_text: &str) -> String {
    format!("\u{2068}{user_text}\u{2069}")
}

/// Shapes one line of text: bidi reordering (base direction from `rtl`, isolates honoured),
/// a font per script, rustybuzz shaping. Zero-width format characters are not drawn.
pub fn shape(text: &str, bold: bool, rtl: bool, size: f32) -> Shaped {
    let text: String = text
        .chars()
        .filter(|c| !matches!(*c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0xFEFF))
        .collect();
    let mut shaped = Shaped::default();
    if text.is_empty() {
        return shaped;
    }
    let level = if rtl { Level::rtl() } else { Level::ltr() };
    let bidi = BidiInfo::new(&text, Some(level));
    for para in &bidi.paragraphs {
        let (levels, runs) = bidi.visual_runs(para, para.range.clone());
        for run in runs {
            let run_rtl = levels.get(run.start).is_some_and(|l| l.is_rtl());
            // Bidi runs start and end on character boundaries.
            let sub = text.get(run.clone()).unwrap_or_default();
            // Split the bidi run by font family, in logical order.
            let mut pieces: Vec<(Font, String)> = Vec::new();
            let mut previous: Option<Family> = None;
            for c in sub.chars().filter(|c| !is_isolate(*c)) {
                let family = family_of(c, previous);
                previous = Some(family);
                let font = Font::variant(family, bold);
                if !font.has(c) && !c.is_whitespace() {
                    shaped.missing.push(c);
                }
                match pieces.last_mut() {
                    Some((f, s)) if *f == font => s.push(c),
                    _ => pieces.push((font, c.to_string())),
                }
            }
            if run_rtl {
                pieces.reverse();
            }
            for (font, piece) in pieces {
                let r = shape_run(&piece, font, run_rtl, size);
                shaped.width += r.width;
                shaped.runs.push(r);
            }
        }
    }
    shaped
}

thread_local! {
    /// Widths at size 1 of the words and lines measured so far: wrapping measures the same
    /// words again and again (table cells are measured, then drawn).
    static WIDTHS: std::cell::RefCell<std::collections::HashMap<(String, bool, bool), f32>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// Width of a text at a size, in points (widths scale with the size).
pub fn width(text: &str, bold: bool, rtl: bool, size: f32) -> f32 {
    let key = (text.to_string(), bold, rtl);
    if let Some(w) = WIDTHS.with(|m| m.borrow().get(&key).copied()) {
        return w * size;
    }
    let w = shape(text, bold, rtl, 1.0).width;
    WIDTHS.with(|m| {
        let mut m = m.borrow_mut();
        // A bound on memory for a long-running process; measuring again is only slower.
        if m.len() > 200_000 {
            m.clear();
        }
        m.insert(key, w);
    });
    w * size
}

/// Breaks a paragraph into lines no wider than `max` points: at spaces, and between
/// characters of Chinese text. A single word wider than a line is kept whole.
pub fn wrap(text: &str, bold: bool, rtl: bool, size: f32, max: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        // Tokens: words with their following space, or single CJK characters.
        let mut tokens: Vec<String> = Vec::new();
        let mut current = String::new();
        for c in paragraph.chars() {
            if is_cjk(c) {
                if !current.is_empty() {
                    tokens.push(std::mem::take(&mut current));
                }
                tokens.push(c.to_string());
            } else {
                current.push(c);
                if c == ' ' {
                    tokens.push(std::mem::take(&mut current));
                }
            }
        }
        if !current.is_empty() {
            tokens.push(current);
        }
        // Closing punctuation never starts a line and opening punctuation never ends one
        // (the Chinese line-breaking rules): each stays with its neighbour.
        let mut glued: Vec<String> = Vec::with_capacity(tokens.len());
        for token in tokens {
            let closing = token.chars().next().is_some_and(closes);
            match glued.last_mut() {
                Some(previous) if closing || previous.chars().last().is_some_and(opens) => {
                    previous.push_str(&token)
                }
                _ => glued.push(token),
            }
        }
        let tokens = glued;
        let mut line = String::new();
        let mut line_width = 0.0;
        // Each token is shaped once: its width without the trailing spaces, plus theirs.
        let space = width(" ", bold, rtl, size);
        for token in tokens {
            let trimmed = token.trim_end();
            let bare = width(trimmed, bold, rtl, size);
            let w = bare + space * (token.len() - trimmed.len()) as f32;
            if !line.is_empty() && line_width + bare > max {
                lines.push(line.trim_end().to_string());
                line = String::new();
                line_width = 0.0;
                if token.trim().is_empty() {
                    continue;
                }
            }
            line.push_str(&token);
            line_width += w;
        }
        lines.push(line.trim_end().to_string());
    }
    carry_isolates(lines)
}

/// Punctuation that may not start a line in Chinese text.
fn closes(c: char) -> bool {
    "）。，、：；！？」』】》〉”’．…".contains(c)
}

/// Punctuation that may not end a line in Chinese text.
fn opens(c: char) -> bool {
    "（「『【《〈“‘".contains(c)
}

/// An isolate that a line break cuts is closed at the end of the line and opened again at
/// the start of the next, so that each line is reordered as the whole paragraph would be.
fn carry_isolates(lines: Vec<String>) -> Vec<String> {
    let mut open: Vec<char> = Vec::new();
    lines
        .into_iter()
        .map(|line| {
            let mut out: String = open.iter().collect();
            for c in line.chars() {
                match c as u32 {
                    0x2066..=0x2068 => open.push(c),
                    0x2069 => {
                        open.pop();
                    }
                    _ => {}
                }
            }
            out.push_str(&line);
            out.extend(std::iter::repeat_n('\u{2069}', open.len()));
            out
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_isolated_sentence_keeps_its_full_stop_in_a_right_to_left_line() {
        let text = format!("المبرر: {}", isolate("Not done yet."));
        let s = shape(&text, false, true, 10.0);
        assert!(s.missing.is_empty(), "{:?}", s.missing);
        // Visual order, left to right: the Latin run (with its full stop) comes first, whole.
        let latin = s
            .runs
            .iter()
            .find(|r| r.font == Font::Latin)
            .expect("latin run");
        assert_eq!(latin.glyphs.len(), "Not done yet.".chars().count());
        // Broken over lines, each line closes and reopens the isolate.
        let lines = wrap(&text, false, true, 10.0, 60.0);
        assert!(lines.len() > 1);
        for line in &lines {
            let opens = line.chars().filter(|c| *c == '\u{2068}').count();
            let closes = line.chars().filter(|c| *c == '\u{2069}').count();
            assert_eq!(opens, closes, "{line:?}");
        }
    }

    #[test]
    fn scripts_get_their_fonts() {
        let s = shape(
            "Workforce – Кадры – 卫生人力 – القوى العاملة (50 %)",
            false,
            false,
            10.0,
        );
        assert!(s.missing.is_empty(), "{:?}", s.missing);
        let fonts: std::collections::BTreeSet<Font> = s.runs.iter().map(|r| r.font).collect();
        assert!(
            fonts.contains(&Font::Latin)
                && fonts.contains(&Font::Cjk)
                && fonts.contains(&Font::Arabic)
        );
    }

    #[test]
    fn arabic_is_shaped_and_right_to_left() {
        let s = shape("القيادة والحوكمة", false, true, 10.0);
        assert!(s.missing.is_empty());
        // Joined forms: fewer distinct glyphs than isolated letters would need, and the text
        // survives in the ToUnicode mapping.
        let text: String = s
            .runs
            .iter()
            .flat_map(|r| r.glyphs.iter().filter_map(|g| g.cid.clone()))
            .collect();
        let letters = |t: &str| t.chars().filter(|c| !c.is_whitespace()).count();
        assert_eq!(letters(&text), letters("القيادة والحوكمة"), "{text}");
        assert!(s.width > 0.0);
    }

    #[test]
    fn isolation_marks_never_reach_the_page() {
        let s = shape("Pays\u{2068}Lusara\u{2069}", false, false, 10.0);
        assert!(s.missing.is_empty());
    }

    #[test]
    fn chinese_punctuation_never_starts_or_ends_a_line_on_the_wrong_side() {
        let text = "中期（1至3年）；短期（不到1年），长期（3年以上）。";
        for max in [20.0, 25.0, 30.0, 35.0, 40.0, 45.0, 50.0, 60.0, 70.0] {
            let lines = wrap(text, false, false, 10.0, max);
            assert_eq!(lines.concat(), text, "{max}");
            for (i, l) in lines.iter().enumerate() {
                assert!(!l.starts_with(closes) || i == 0, "{max}: {lines:?}");
                assert!(!l.ends_with(opens), "{max}: {lines:?}");
            }
        }
    }

    #[test]
    fn lines_wrap_within_the_width() {
        let text = "A national digital health body or mechanism has been formally created, but it meets irregularly.";
        let lines = wrap(text, false, false, 10.0, 150.0);
        assert!(lines.len() > 2);
        for l in &lines {
            assert!(width(l, false, false, 10.0) <= 150.0 + 0.01, "{l}");
        }
        assert_eq!(lines.join(" "), text);
        let zh = wrap(
            "国家数字卫生治理机制的职责范围和成员组成已经明确",
            false,
            false,
            10.0,
            60.0,
        );
        assert!(zh.len() > 3 && zh.iter().all(|l| width(l, false, false, 10.0) <= 60.01));
    }
}
