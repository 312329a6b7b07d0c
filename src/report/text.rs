//! Text for the PDF: font choice per character, bidi reordering (levels resolved per
//! paragraph, lines reordered) and shaping (rustybuzz) for every script, measurement, line
//! breaking (UAX #14 with the CJK prohibitions), and the text each glyph stands for. Every glyph drawn comes from a shipped font
//! that has it; characters no font has are recorded, so a test can fail on them.

use std::sync::OnceLock;

use printpdf::Codepoint;
use unicode_bidi::{BidiInfo, Level};

use crate::linebreak::{break_points, is_cjk};

/// The fonts shipped with the product (SIL Open Font License, see assets/fonts/).
static LATIN_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
static LATIN_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");
static ARABIC_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf");
static ARABIC_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSansArabic-Bold.ttf");
static CJK_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSansCJKsc-Regular.otf");
/// The CJK font's arrows, operators, shapes and punctuation on their own (65 KB,
/// `tools/make-symbols-font.py`): a report in another language that needs an arrow Noto
/// Sans lacks takes it from here, instead of embedding and subsetting the 16 MB CJK font.
static SYMBOLS: &[u8] = include_bytes!("../../assets/fonts/DHMASymbols-Regular.otf");

/// One of the shipped fonts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Font {
    Latin,
    LatinBold,
    Arabic,
    ArabicBold,
    Cjk,
    Symbols,
}

impl Font {
    pub const ALL: [Font; 6] = [
        Font::Latin,
        Font::LatinBold,
        Font::Arabic,
        Font::ArabicBold,
        Font::Cjk,
        Font::Symbols,
    ];

    pub fn bytes(self) -> &'static [u8] {
        match self {
            Font::Latin => LATIN_REGULAR,
            Font::LatinBold => LATIN_BOLD,
            Font::Arabic => ARABIC_REGULAR,
            Font::ArabicBold => ARABIC_BOLD,
            Font::Cjk => CJK_REGULAR,
            Font::Symbols => SYMBOLS,
        }
    }

    /// The parsed face; `None` only if a shipped font did not parse, which the report
    /// tests would show as missing characters.
    pub(crate) fn face(self) -> Option<&'static rustybuzz::Face<'static>> {
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
        self.glyph(c).is_some()
    }

    /// The glyph the font's character map gives for `c`. Asked for every character of
    /// every line drawn (the font choice, the text each glyph stands for): a cmap lookup
    /// costs hundreds of instructions, so the answers for the characters below U+3000
    /// (every script but CJK) are kept per thread.
    pub fn glyph(self, c: char) -> Option<u16> {
        let Some(slot) = usize::try_from(u32::from(c))
            .ok()
            .filter(|i| *i < MEMO_CHARS)
            .and_then(|i| i.checked_mul(Font::ALL.len()))
            .and_then(|i| i.checked_add(self as usize))
        else {
            return self.looks_up(c);
        };
        GLYPHS.with(|memo| {
            let mut memo = memo.borrow_mut();
            let Some(known) = memo.get_mut(slot) else {
                return self.looks_up(c);
            };
            match *known {
                0 => {
                    let glyph = self.looks_up(c);
                    *known = glyph.map_or(1, |g| u32::from(g) + 2);
                    glyph
                }
                1 => None,
                g => u16::try_from(g - 2).ok(),
            }
        })
    }

    /// Whether the font has no bold face, so that bold is drawn by also stroking the
    /// outlines (the CJK font, and its symbols).
    pub fn faux_bold(self) -> bool {
        matches!(self, Font::Cjk | Font::Symbols)
    }

    fn looks_up(self, c: char) -> Option<u16> {
        self.face()?.glyph_index(c).map(|g| g.0)
    }

    fn variant(family: Family, bold: bool) -> Font {
        match (family, bold) {
            (Family::Latin, false) => Font::Latin,
            (Family::Latin, true) => Font::LatinBold,
            (Family::Arabic, false) => Font::Arabic,
            (Family::Arabic, true) => Font::ArabicBold,
            (Family::Cjk, _) => Font::Cjk,
            (Family::Symbols, _) => Font::Symbols,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Latin,
    Arabic,
    Cjk,
    Symbols,
}

/// Characters whose glyphs [`Font::glyph`] keeps: everything below the CJK blocks.
const MEMO_CHARS: usize = 0x3000;

thread_local! {
    /// Per character below [`MEMO_CHARS`] and font (`char * fonts + font`): 0 not asked
    /// yet, 1 no glyph, glyph + 2 otherwise.
    static GLYPHS: std::cell::RefCell<Vec<u32>> =
        std::cell::RefCell::new(vec![0; MEMO_CHARS * Font::ALL.len()]);
}

fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
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
    } else if previous != Some(Family::Cjk) && Font::Symbols.has(c) {
        // The same glyph as the CJK font's, without embedding that font in a report that
        // has no Chinese.
        Family::Symbols
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
    /// The glyphs in drawing order; the texts they stand for are the words' (see
    /// [`GlyphRun::glyph_texts`] and [`GlyphTexts`]).
    pub glyphs: Vec<Codepoint>,
    /// The words the glyphs come from, in drawing order.
    words: Vec<std::rc::Rc<Word>>,
    /// Width in points at the given size.
    pub width: f32,
    /// The characters the glyphs stand for, in logical (reading) order.
    pub text: String,
    /// Drawn right to left.
    pub rtl: bool,
    /// Whether the font's ToUnicode map alone gives `text` back: every glyph stands for its
    /// own characters, in the order they are drawn.
    pub exact: bool,
}

impl GlyphRun {
    /// Each glyph with the text it stands for, in drawing order.
    pub fn glyph_texts(&self) -> impl Iterator<Item = (u16, &str)> {
        self.words
            .iter()
            .flat_map(|w| w.glyphs.iter().zip(&w.texts))
            .map(|(g, t)| (g.gid, t.as_str()))
    }

    /// The text a reader copies or searches for this run, for a marked-content
    /// `/ActualText`: the run's characters in the order their glyphs lie on the line, left
    /// to right, as text extraction expects of any drawn character (it reorders a
    /// right-to-left run itself, as it does for single glyphs). `None` when the ToUnicode
    /// map already gives the text back.
    pub fn actual_text(&self) -> Option<String> {
        match (self.exact, self.rtl) {
            (true, _) => None,
            (false, false) => Some(self.text.clone()),
            (false, true) => Some(self.text.chars().rev().collect()),
        }
    }
}

/// A shaped line: runs in visual (left-to-right) order.
#[derive(Debug, Clone, Default)]
pub struct Shaped {
    pub runs: Vec<GlyphRun>,
    pub width: f32,
    /// Characters that no shipped font could draw.
    pub missing: Vec<char>,
    /// The line's characters in logical order, invisible format characters left out.
    pub text: String,
}

/// The text each glyph drawn in a document stands for (its ToUnicode entry), gathered
/// from the words drawn, each word once.
#[derive(Debug, Default)]
pub struct GlyphTexts {
    /// The words recorded, kept so that their addresses stay theirs.
    kept: Vec<(Font, std::rc::Rc<Word>)>,
    seen: std::collections::HashSet<(Font, *const Word)>,
    texts: std::collections::HashMap<(Font, u16), String>,
}

impl GlyphTexts {
    /// Records the texts of a run's glyphs (a glyph keeps the first text it was given).
    pub fn record(&mut self, run: &GlyphRun) {
        for word in &run.words {
            if !self.seen.insert((run.font, std::rc::Rc::as_ptr(word))) {
                continue;
            }
            for (g, t) in word.glyphs.iter().zip(&word.texts) {
                self.texts
                    .entry((run.font, g.gid))
                    .or_insert_with(|| t.clone());
            }
            self.kept.push((run.font, word.clone()));
        }
    }

    /// The text glyph `gid` of `font` stands for, if it was drawn.
    pub fn get(&self, font: Font, gid: u16) -> Option<&str> {
        self.texts.get(&(font, gid)).map(String::as_str)
    }
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

/// The mirrored form of a bracket (Unicode `Bidi_Mirroring_Glyph`, the pairs the report's
/// texts use): the shaper draws it in place of the character in a right-to-left run.
pub fn mirror(c: char) -> Option<char> {
    const PAIRS: [(char, char); 11] = [
        ('(', ')'),
        ('[', ']'),
        ('{', '}'),
        ('<', '>'),
        ('«', '»'),
        ('‹', '›'),
        ('（', '）'),
        ('［', '］'),
        ('｛', '｝'),
        ('〈', '〉'),
        ('《', '》'),
    ];
    PAIRS.iter().find_map(|(a, b)| {
        if *a == c {
            Some(*b)
        } else if *b == c {
            Some(*a)
        } else {
            None
        }
    })
}

/// The characters each glyph of one cluster stands for in the font's ToUnicode map. A
/// glyph the font's own character map gives for one of the cluster's characters (or for
/// its mirror image, a bracket drawn right to left) stands for that character; the others
/// go to the cluster's first other glyph in logical order (a joined form, a ligature);
/// further glyphs stand for nothing. Every glyph thus maps the same way wherever it is
/// drawn (the map has one entry per glyph), and `exact` says whether the glyphs, read in
/// drawing order, give the cluster's text back.
fn cluster_texts(font: Font, text: &str, gids: &[u16], rtl: bool) -> (Vec<String>, bool) {
    let mut out = vec![String::new(); gids.len()];
    let mut left: Vec<char> = Vec::new();
    let mut matched = vec![false; gids.len()];
    let cmap_glyph = |c: char| font.glyph(c);
    for c in text.chars() {
        let own = |g: &u16| cmap_glyph(c) == Some(*g);
        let mirrored = |g: &u16| rtl && mirror(c).and_then(cmap_glyph) == Some(*g);
        let slot = (0..gids.len()).find(|k| {
            !matched.get(*k).copied().unwrap_or(true)
                && gids.get(*k).is_some_and(|g| own(g) || mirrored(g))
        });
        match slot {
            Some(k) => {
                if let (Some(m), Some(o)) = (matched.get_mut(k), out.get_mut(k)) {
                    *m = true;
                    let drawn = gids.get(k).copied();
                    let as_drawn = if drawn == cmap_glyph(c) {
                        c
                    } else {
                        mirror(c).unwrap_or(c)
                    };
                    o.push(as_drawn);
                }
            }
            None => left.push(c),
        }
    }
    // Glyphs come in drawing order: the first in logical order is the last of a
    // right-to-left cluster.
    let logical_first = if rtl {
        (0..gids.len())
            .rev()
            .find(|k| !matched.get(*k).copied().unwrap_or(true))
    } else {
        (0..gids.len()).find(|k| !matched.get(*k).copied().unwrap_or(true))
    };
    if let Some(o) = logical_first.and_then(|k| out.get_mut(k)) {
        o.extend(left.iter());
    }
    let exact = gids.len() == 1 && out.first().is_some_and(|t| t == text)
        || (!rtl && left.is_empty() && out.concat() == text);
    (out, exact)
}

/// A word, or a stretch of spaces, shaped on its own: the glyphs in drawing order, their
/// advance in font units, and whether the ToUnicode map alone gives the word back.
#[derive(Debug)]
pub(crate) struct Word {
    /// The glyphs, without their texts (`cid` empty: a text per glyph drawn would be a
    /// string allocated and freed for every glyph of the document).
    glyphs: Vec<Codepoint>,
    /// The text each glyph stands for, in the font's ToUnicode map.
    texts: Vec<String>,
    advance: i32,
    exact: bool,
}

/// What a shaped word is kept under: its text, font, direction and the script of the run
/// it was found in (the shaping plan's).
type WordKey = (String, Font, bool, rustybuzz::Script);

thread_local! {
    /// The words shaped for the document being written. A line is drawn from its words'
    /// glyphs: the shaper's work for a word seen before (on another line, in a table
    /// cell, while measuring it for wrapping) is not done again. Emptied when a document
    /// starts ([`start_document`]), so that each document's cost is its own.
    static WORDS: std::cell::RefCell<std::collections::HashMap<WordKey, std::rc::Rc<Word>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// Forgets the words shaped and the widths measured for earlier documents (the fonts and
/// shaping plans stay): called as each PDF starts, it bounds the memory a long-running
/// app keeps, and makes the cost of a document its own.
pub fn start_document() {
    WORDS.with(|w| w.borrow_mut().clear());
    WIDTHS.with(|w| w.borrow_mut().clear());
}

/// The stretches of a run's text that are shaped apart: words and the spaces between
/// them, in logical order. No shaping rule of the shipped fonts reaches across a space
/// (Arabic letters join within a word, kerning pairs none with a space), so a line
/// drawn from its words' glyphs is the line shaped whole.
fn words(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let space = first == ' ';
        let end = rest
            .char_indices()
            .find(|(_, c)| (*c == ' ') != space)
            .map_or(rest.len(), |(i, _)| i);
        let (word, after) = rest.split_at_checked(end)?;
        rest = after;
        Some(word)
    })
}

/// The script the shaper finds for a run: that of its first character of a definite
/// script. Asked of the text up to its first letter (which nearly always has one), then,
/// only if that has none, of the whole text: the same answer, for less work.
fn script_of(text: &str, rtl: bool) -> rustybuzz::Script {
    let guess = |text: &str| {
        let mut buf = rustybuzz::UnicodeBuffer::new();
        buf.push_str(text);
        buf.set_direction(direction(rtl));
        buf.guess_segment_properties();
        buf.script()
    };
    let definite = |s: rustybuzz::Script| {
        ![
            rustybuzz::script::COMMON,
            rustybuzz::script::INHERITED,
            rustybuzz::script::UNKNOWN,
        ]
        .contains(&s)
    };
    let first_letter = text
        .char_indices()
        .find(|(_, c)| c.is_alphabetic())
        .map(|(i, c)| i + c.len_utf8());
    match first_letter.and_then(|end| text.get(..end)) {
        Some(prefix) if prefix.len() < text.len() => {
            let script = guess(prefix);
            if definite(script) {
                script
            } else {
                guess(text)
            }
        }
        _ => guess(text),
    }
}

fn direction(rtl: bool) -> rustybuzz::Direction {
    if rtl {
        rustybuzz::Direction::RightToLeft
    } else {
        rustybuzz::Direction::LeftToRight
    }
}

/// A run shaped by words (`by_words`, what the report draws) or whole (what the tests
/// compare it with).
fn shape_run_by(text: &str, font: Font, rtl: bool, size: f32, by_words: bool) -> GlyphRun {
    let Some(face) = font.face() else {
        // Not drawable: the characters are reported as missing by `Font::has`.
        return GlyphRun {
            font,
            glyphs: Vec::new(),
            words: Vec::new(),
            width: 0.0,
            text: text.to_string(),
            rtl,
            exact: true,
        };
    };
    let upem = face.units_per_em() as f32;
    let script = script_of(text, rtl);
    let mut glyphs = Vec::with_capacity(text.len());
    let mut used = Vec::new();
    let mut advance = 0i32;
    let mut exact = true;
    let mut add = |word: &str| {
        let shaped = shaped_word(word, font, rtl, script, face);
        glyphs.extend(shaped.glyphs.iter().cloned());
        advance += shaped.advance;
        exact &= shaped.exact;
        used.push(shaped);
    };
    // Glyphs in drawing order: a right-to-left run's last word is drawn first.
    if !by_words {
        add(text);
    } else if rtl {
        let all: Vec<&str> = words(text).collect();
        all.into_iter().rev().for_each(&mut add);
    } else {
        words(text).for_each(&mut add);
    }
    if rtl && text.chars().count() > 1 {
        // Reading the glyphs' characters left to right gives them in visual order.
        exact = false;
    }
    GlyphRun {
        font,
        glyphs,
        words: used,
        width: advance as f32 * size / upem,
        text: text.to_string(),
        rtl,
        exact,
    }
}

/// A word shaped, from the document's words or by the shaper.
fn shaped_word(
    word: &str,
    font: Font,
    rtl: bool,
    script: rustybuzz::Script,
    face: &rustybuzz::Face<'_>,
) -> std::rc::Rc<Word> {
    let key = (word.to_string(), font, rtl, script);
    if let Some(known) = WORDS.with(|w| w.borrow().get(&key).cloned()) {
        return known;
    }
    let shaped = std::rc::Rc::new(shape_word(word, font, rtl, script, face));
    WORDS.with(|w| {
        let mut w = w.borrow_mut();
        // A bound on memory for an enormous document; shaping again is only slower.
        if w.len() > 200_000 {
            w.clear();
        }
        w.insert(key, shaped.clone());
    });
    shaped
}

fn shape_word(
    text: &str,
    font: Font,
    rtl: bool,
    script: rustybuzz::Script,
    face: &rustybuzz::Face<'_>,
) -> Word {
    let upem = face.units_per_em() as f32;
    let mut buf = rustybuzz::UnicodeBuffer::new();
    buf.push_str(text);
    buf.set_direction(direction(rtl));
    buf.guess_segment_properties();
    buf.set_script(script);
    let plan = plan_for(font, face, &buf);
    let out = rustybuzz::shape_with_plan(face, &plan, buf);
    let infos = out.glyph_infos();
    let positions = out.glyph_positions();
    let mut clusters: Vec<usize> = infos.iter().map(|g| g.cluster as usize).collect();
    clusters.sort_unstable();
    clusters.dedup();
    // Each cluster's glyphs are adjacent, in drawing order: walk them group by group.
    let mut cids: Vec<String> = Vec::with_capacity(infos.len());
    let mut exact = true;
    let mut from = 0;
    while let Some(first) = infos.get(from) {
        let cluster_at = first.cluster;
        let count = infos
            .get(from..)
            .map_or(1, |rest| {
                rest.iter().take_while(|g| g.cluster == cluster_at).count()
            })
            .max(1);
        let start = cluster_at as usize;
        let k = clusters.partition_point(|&x| x <= start);
        let end = clusters.get(k).copied().unwrap_or(text.len());
        let cluster = text.get(start..end).unwrap_or("");
        let group = infos.get(from..from + count).unwrap_or(&[]);
        // Nearly every cluster is one character drawn by the font's own glyph for it: its
        // text is that character (what `cluster_texts` would find, without its work).
        let mut chars = cluster.chars();
        let single = match (group, chars.next(), chars.next()) {
            ([g], Some(c), None) if font.glyph(c) == Some(g.glyph_id as u16) => Some(c),
            _ => None,
        };
        match single {
            Some(c) => cids.push(c.to_string()),
            None => {
                let gids: Vec<u16> = group.iter().map(|g| g.glyph_id as u16).collect();
                let (texts, cluster_exact) = cluster_texts(font, cluster, &gids, rtl);
                exact &= cluster_exact;
                let mut texts = texts.into_iter();
                cids.extend((0..group.len()).map(|_| texts.next().unwrap_or_default()));
            }
        }
        from += count;
    }
    let mut glyphs = Vec::with_capacity(infos.len());
    let mut advance = 0i32;
    for (info, pos) in infos.iter().zip(positions) {
        let gid = info.glyph_id as u16;
        let natural = face
            .glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(gid))
            .unwrap_or(0) as f32;
        glyphs.push(Codepoint {
            gid,
            offset: (natural - pos.x_advance as f32) * 1000.0 / upem,
            cid: None,
        });
        advance += pos.x_advance;
    }
    Word {
        glyphs,
        texts: cids,
        advance,
        exact,
    }
}

/// The text of a right-to-left line in the order text extraction expects to find it on the
/// page: extractors (poppler's `pdftotext`, among others) read such a line as stretches of
/// right-to-left letters, taken right to left, and stretches of everything else (Latin
/// words, numbers and the punctuation between them), each taken left to right. Given the
/// stretches of the logical text in that order, they give the logical text back: "0–100؟"
/// comes back as written, where the glyphs alone give "100–0؟".
pub fn extraction_order(logical: &str) -> String {
    let mut stretches: Vec<(bool, &str)> = Vec::new();
    let mut open: Option<(bool, usize)> = None;
    for (i, c) in logical.char_indices() {
        let r = is_right_to_left(c);
        match open {
            Some((kind, _)) if kind == r => {}
            Some((kind, start)) => {
                stretches.push((kind, logical.get(start..i).unwrap_or("")));
                open = Some((r, i));
            }
            None => open = Some((r, i)),
        }
    }
    if let Some((kind, start)) = open {
        stretches.push((kind, logical.get(start..).unwrap_or("")));
    }
    let mut out = String::with_capacity(logical.len());
    for (r, s) in stretches.into_iter().rev() {
        if r {
            out.extend(s.chars().rev());
        } else {
            out.push_str(s);
        }
    }
    out
}

/// Letters and signs of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana…).
fn is_right_to_left(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Bidi isolates (LRI, RLI, FSI, PDI): they steer the reordering, then are not drawn.
fn is_isolate(c: char) -> bool {
    matches!(c as u32, 0x2066..=0x2069)
}

/// Format characters that steer the bidi algorithm or joining and are never drawn.
fn is_invisible(c: char) -> bool {
    is_isolate(c) || matches!(c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0xFEFF)
}

/// Text from the team (a rationale, an evidence title) wrapped in a first-strong isolate, so
/// that it keeps its own direction inside a paragraph of the other one: an English sentence
/// in an Arabic report keeps its full stop at its end.
pub fn isolate(user_text: &str) -> String {
    format!("\u{2068}{user_text}\u{2069}")
}

/// A line to draw, with the bidi embedding levels of its bytes. The levels of a line of a
/// wrapped paragraph are those the whole paragraph resolved (UAX #9 resolves a paragraph,
/// then reorders each of its lines): a bracket opened on the line before still pairs with
/// the one that closes it, and numbers keep the direction their paragraph gave them.
#[derive(Debug, Clone)]
pub struct Line {
    pub text: String,
    levels: Vec<Level>,
}

impl Line {
    /// A line on its own: its text is a whole paragraph.
    pub fn new(text: &str, rtl: bool) -> Line {
        let level = if rtl { Level::rtl() } else { Level::ltr() };
        let levels = if in_one_direction(text, rtl) {
            vec![level; text.len()]
        } else {
            BidiInfo::new(text, Some(level)).levels
        };
        Line {
            text: text.to_string(),
            levels,
        }
    }
}

/// Whether every character of a paragraph resolves to the paragraph's own level, without
/// running the bidi algorithm: no character of the other direction (a number counts as
/// left to right in a right-to-left paragraph), no Arabic digit, no explicit embedding or
/// isolate. Neutral characters between strong ones of the paragraph's direction, or
/// between them and its ends, take its direction (UAX #9, W7 and N1).
fn in_one_direction(text: &str, rtl: bool) -> bool {
    use unicode_bidi::BidiClass::*;
    text.chars().all(|c| {
        let class = unicode_bidi::bidi_class(c);
        let explicit = matches!(class, LRE | RLE | LRO | RLO | PDF | LRI | RLI | FSI | PDI);
        let other = if rtl {
            matches!(class, L | EN | AN)
        } else {
            matches!(class, R | AL | AN)
        };
        !explicit && !other
    })
}

/// The level runs of a line in visual order, each with its characters in logical order
/// (UAX #9 rules L1 and L2; invisible format characters left out).
fn visual_runs(line: &Line, rtl: bool) -> Vec<(Level, String)> {
    let base = if rtl { Level::rtl() } else { Level::ltr() };
    // Most lines are at their paragraph's level throughout: one run.
    if line.levels.iter().all(|l| *l == base) {
        let text: String = line.text.chars().filter(|c| !is_invisible(*c)).collect();
        return if text.is_empty() {
            Vec::new()
        } else {
            vec![(base, text)]
        };
    }
    let mut chars: Vec<(char, Level)> = line
        .text
        .char_indices()
        .filter(|(_, c)| !is_invisible(*c))
        .map(|(i, c)| (c, line.levels.get(i).copied().unwrap_or(base)))
        .collect();
    // L1: whitespace at the end of a line takes the paragraph's level.
    for (c, level) in chars.iter_mut().rev() {
        if !c.is_whitespace() {
            break;
        }
        *level = base;
    }
    let mut runs: Vec<(Level, String)> = Vec::new();
    for (c, level) in chars {
        match runs.last_mut() {
            Some((l, s)) if *l == level => s.push(c),
            _ => runs.push((level, c.to_string())),
        }
    }
    // L2: from the highest level to the lowest odd one, reverse every sequence of runs at
    // that level or above (a run's own characters are reversed by shaping it right to left).
    let numbers: Vec<u8> = runs.iter().map(|(l, _)| l.number()).collect();
    let (Some(&highest), Some(&lowest)) = (numbers.iter().max(), numbers.iter().min()) else {
        return runs;
    };
    let lowest_odd = lowest | 1;
    let mut order: Vec<usize> = (0..runs.len()).collect();
    let mut level = highest;
    while level >= lowest_odd {
        let mut i = 0;
        while i < order.len() {
            let at = |k: usize| {
                order
                    .get(k)
                    .and_then(|r| numbers.get(*r))
                    .is_some_and(|n| *n >= level)
            };
            if at(i) {
                let start = i;
                while at(i) {
                    i += 1;
                }
                if let Some(seq) = order.get_mut(start..i) {
                    seq.reverse();
                }
            } else {
                i += 1;
            }
        }
        level -= 1;
    }
    let mut slots: Vec<Option<(Level, String)>> = runs.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|i| slots.get_mut(i).and_then(Option::take))
        .collect()
}

/// Shapes one line of text: bidi reordering (base direction from `rtl`, isolates honoured),
/// a font per script, rustybuzz shaping. Zero-width format characters are not drawn.
pub fn shape(text: &str, bold: bool, rtl: bool, size: f32) -> Shaped {
    shape_line(&Line::new(text, rtl), bold, rtl, size)
}

/// Shapes a line whose bidi levels are resolved (see [`Line`]).
pub fn shape_line(line: &Line, bold: bool, rtl: bool, size: f32) -> Shaped {
    shape_line_by(line, bold, rtl, size, true)
}

fn shape_line_by(line: &Line, bold: bool, rtl: bool, size: f32, by_words: bool) -> Shaped {
    let mut shaped = Shaped {
        text: line.text.chars().filter(|c| !is_invisible(*c)).collect(),
        ..Shaped::default()
    };
    for (font, run_rtl, piece) in pieces(line, bold, rtl, &mut shaped.missing) {
        let r = shape_run_by(&piece, font, run_rtl, size, by_words);
        shaped.width += r.width;
        shaped.runs.push(r);
    }
    shaped
}

/// The pieces of a line that are shaped apart, in visual order: each bidi level run split
/// by font, with its direction. Characters no font has go to `missing`.
fn pieces(
    line: &Line,
    bold: bool,
    rtl: bool,
    missing: &mut Vec<char>,
) -> Vec<(Font, bool, String)> {
    let mut out = Vec::new();
    for (level, sub) in visual_runs(line, rtl) {
        let run_rtl = level.is_rtl();
        // Split the bidi run by font family, in logical order.
        let mut pieces: Vec<(Font, bool, String)> = Vec::new();
        let mut previous: Option<Family> = None;
        let mut current: Option<(Font, usize)> = None;
        for (i, c) in sub.char_indices() {
            let family = family_of(c, previous);
            previous = Some(family);
            let font = Font::variant(family, bold);
            if !font.has(c) && !c.is_whitespace() {
                missing.push(c);
            }
            match current {
                Some((f, _)) if f == font => {}
                Some((f, start)) => {
                    pieces.push((f, run_rtl, sub.get(start..i).unwrap_or("").to_string()));
                    current = Some((font, i));
                }
                None => current = Some((font, i)),
            }
        }
        if let Some((f, start)) = current {
            pieces.push((f, run_rtl, sub.get(start..).unwrap_or("").to_string()));
        }
        if run_rtl {
            pieces.reverse();
        }
        out.extend(pieces);
    }
    out
}

/// The width of a line at size 1, from its words' advances (no glyphs are copied).
fn measure(line: &Line, bold: bool, rtl: bool) -> f32 {
    let mut width = 0.0;
    for (font, run_rtl, piece) in pieces(line, bold, rtl, &mut Vec::new()) {
        let Some(face) = font.face() else {
            continue;
        };
        let script = script_of(&piece, run_rtl);
        let advance: i32 = words(&piece)
            .map(|w| shaped_word(w, font, run_rtl, script, face).advance)
            .sum();
        width += advance as f32 / face.units_per_em() as f32;
    }
    width
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
    let w = measure(&Line::new(text, rtl), bold, rtl);
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

/// Breaks a paragraph into lines no wider than `max` points (see [`wrap_lines`]).
pub fn wrap(text: &str, bold: bool, rtl: bool, size: f32, max: f32) -> Vec<String> {
    carry_isolates(
        wrap_lines(text, bold, rtl, size, max)
            .into_iter()
            .map(|l| l.text)
            .collect(),
    )
}

/// Breaks a paragraph into lines no wider than `max` points, at the break points of
/// [`break_points`] (`crate::linebreak`). A single word wider than a line is kept whole. Each line keeps the bidi
/// levels its paragraph resolved.
pub fn wrap_lines(text: &str, bold: bool, rtl: bool, size: f32, max: f32) -> Vec<Line> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let whole = Line::new(paragraph, rtl);
        let line_of = |start: usize, end: usize| {
            let t = paragraph.get(start..end).unwrap_or("").trim_end();
            Line {
                text: t.to_string(),
                levels: whole
                    .levels
                    .get(start..start + t.len())
                    .map(<[Level]>::to_vec)
                    .unwrap_or_default(),
            }
        };
        // Each token (from one break point to the next) is shaped once: its width without
        // the trailing spaces, plus theirs.
        let space = width(" ", bold, rtl, size);
        let mut start = 0;
        let mut line_width = 0.0;
        let mut token_start = 0;
        for end in break_points(paragraph)
            .into_iter()
            .chain(std::iter::once(paragraph.len()))
        {
            let token = paragraph.get(token_start..end).unwrap_or("");
            if token.is_empty() {
                continue;
            }
            let trimmed = token.trim_end();
            let bare = width(trimmed, bold, rtl, size);
            let w = bare + space * (token.len() - trimmed.len()) as f32;
            if token_start > start && line_width + bare > max {
                lines.push(line_of(start, token_start));
                start = token_start;
                line_width = 0.0;
            }
            line_width += w;
            token_start = end;
        }
        lines.push(line_of(start, paragraph.len()));
    }
    lines
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
    fn the_kept_glyphs_are_the_fonts_own_asked_twice_and_beyond_the_kept_range() {
        // Every character below the CJK blocks, each font, asked twice (the second answer
        // comes from the thread's memo), and a few beyond it, must be what the font's
        // character map says.
        let chars = (0u32..0x3000)
            .chain([0x4E2D, 0x6587, 0xFB50, 0xFEFF, 0x1F600])
            .filter_map(char::from_u32);
        for c in chars {
            for font in Font::ALL {
                let own = font.face().and_then(|f| f.glyph_index(c)).map(|g| g.0);
                assert_eq!(font.glyph(c), own, "{font:?} {c:?}");
                assert_eq!(font.glyph(c), own, "{font:?} {c:?}, asked again");
            }
        }
        // The arrows a report in another language needs come from the symbols font, not
        // the CJK font; after Chinese text they stay with it.
        assert_eq!(family_of('→', Some(Family::Latin)), Family::Symbols);
        assert_eq!(family_of('←', None), Family::Symbols);
        assert_eq!(family_of('→', Some(Family::Cjk)), Family::Cjk);
    }
    use crate::linebreak::{closes, opens};

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
            .flat_map(|r| r.glyph_texts().map(|(_, t)| t.to_string()))
            .collect();
        let letters = |t: &str| t.chars().filter(|c| !c.is_whitespace()).count();
        assert_eq!(letters(&text), letters("القيادة والحوكمة"), "{text}");
        assert!(s.width > 0.0);
    }

    /// Every text the product ships, in every language: the lines the report draws
    /// from their words' glyphs are the lines shaped whole, glyph for glyph.
    #[test]
    fn lines_drawn_from_words_are_the_lines_shaped_whole() {
        fn ftl_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(dir).expect("locales").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    ftl_files(&path, out);
                } else if path.extension().is_some_and(|e| e == "ftl") {
                    out.push(path);
                }
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let mut files = Vec::new();
        ftl_files(&root, &mut files);
        assert!(files.len() > 50, "{} files", files.len());
        let (mut lines, mut with_spaces) = (0, 0);
        for file in files {
            let rtl = file.components().any(|c| c.as_os_str() == "ar");
            let text = std::fs::read_to_string(&file).expect("ftl");
            for value in text
                .lines()
                .filter_map(|l| l.split_once(" = "))
                .map(|(_, v)| v)
            {
                // The script asked of the text up to its first letter is the whole text's.
                let mut buf = rustybuzz::UnicodeBuffer::new();
                buf.push_str(value);
                buf.set_direction(direction(rtl));
                buf.guess_segment_properties();
                assert_eq!(script_of(value, rtl), buf.script(), "{value}");
                for bold in [false, true] {
                    let line = Line::new(value, rtl);
                    let words = shape_line_by(&line, bold, rtl, 10.0, true);
                    let whole = shape_line_by(&line, bold, rtl, 10.0, false);
                    assert_eq!(words.runs.len(), whole.runs.len(), "{value}");
                    // Measured without drawing, the same width.
                    let measured = measure(&line, bold, rtl) * 10.0;
                    assert!((measured - whole.width).abs() < 1e-3, "{value}");
                    for (a, b) in words.runs.iter().zip(&whole.runs) {
                        let ids = |r: &GlyphRun| -> Vec<(u16, String, String)> {
                            assert_eq!(r.glyphs.len(), r.glyph_texts().count());
                            r.glyphs
                                .iter()
                                .zip(r.glyph_texts())
                                .map(|(g, (gid, t))| {
                                    assert_eq!(g.gid, gid);
                                    (g.gid, format!("{:.3}", g.offset), t.to_string())
                                })
                                .collect()
                        };
                        assert_eq!(ids(a), ids(b), "{file:?}: {value}");
                        assert_eq!(
                            (a.font, a.rtl, a.exact),
                            (b.font, b.rtl, b.exact),
                            "{value}"
                        );
                        assert!((a.width - b.width).abs() < 1e-3, "{value}");
                    }
                    lines += 1;
                    with_spaces += usize::from(value.contains(' '));
                }
            }
        }
        assert!(
            lines > 5_000 && with_spaces > 4_000,
            "{lines} lines, {with_spaces}"
        );
    }

    /// The shortcut for paragraphs in one direction resolves every text the product ships,
    /// and mixtures of scripts, numbers and isolates, as the bidi algorithm does.
    #[test]
    fn paragraphs_in_one_direction_get_the_levels_the_bidi_algorithm_gives() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let mut texts: Vec<String> = [
            "Phase 3 (mean 2.22)",
            "المرحلة 3 (المتوسط 2.22)",
            "القيادة والحوكمة، الاستراتيجية.",
            "Workforce – القوى العاملة",
            "٣ مراحل",
            "Pays\u{2068}Lusara\u{2069}",
            "«نص» (مثال)؟",
            "50 % – 21c",
            "",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        for lang in ["en", "ar", "zh", "ru", "fr"] {
            let file = root.join(lang).join("report.ftl");
            let text = std::fs::read_to_string(&file).expect("report.ftl");
            texts.extend(
                text.lines()
                    .filter_map(|l| l.split_once(" = "))
                    .map(|(_, v)| v.to_string()),
            );
        }
        let (mut short, mut long) = (0, 0);
        for text in &texts {
            for rtl in [false, true] {
                let level = if rtl { Level::rtl() } else { Level::ltr() };
                let full = BidiInfo::new(text, Some(level)).levels;
                assert_eq!(Line::new(text, rtl).levels, full, "{text:?} rtl {rtl}");
                if in_one_direction(text, rtl) {
                    short += 1;
                } else {
                    long += 1;
                }
            }
        }
        // Both ways are taken.
        assert!(short > 1_000 && long > 100, "{short} short, {long} long");
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

    /// Characters that may not start a line in Chinese (UAX #14 classes CL, CP, EX, IS, NS,
    /// PO after a number) and that may not end one (OP).
    const NO_START: &str = "）。，、：；！？」』】》〉”’．…％・)]}";
    const NO_END: &str = "（「『【《〈“‘([{";

    #[test]
    fn chinese_lines_break_by_the_unicode_rules() {
        let text = "覆盖率为 50％，目标为 80％・到2028年（见附录（GDHM 代码 21c）与表 3）；\
                    “不适用”列统计评为不适用的数目（N/A）。";
        for max in (20..=120).step_by(3) {
            let max = max as f32;
            let lines = wrap(text, false, false, 10.0, max);
            assert_eq!(bare(&lines.concat()), bare(text), "{max}");
            for (i, l) in lines.iter().enumerate() {
                let first = l.chars().next();
                assert!(
                    i == 0 || !first.is_some_and(|c| NO_START.contains(c)),
                    "{max}: line {i} starts with {first:?}: {lines:?}"
                );
                let last = l.chars().last();
                assert!(
                    !last.is_some_and(|c| NO_END.contains(c)),
                    "{max}: line {i} ends with {last:?}: {lines:?}"
                );
            }
        }
    }

    fn bare(s: &str) -> String {
        s.chars().filter(|c| !c.is_whitespace()).collect()
    }

    /// The characters of a shaped line as they lie on the page, left to right: a
    /// right-to-left run reversed, its brackets mirrored as the shaper draws them.
    fn on_the_page(s: &Shaped) -> String {
        s.runs
            .iter()
            .flat_map(|r| {
                let chars: Vec<char> = if r.rtl {
                    r.text
                        .chars()
                        .rev()
                        .map(|c| mirror(c).unwrap_or(c))
                        .collect()
                } else {
                    r.text.chars().collect()
                };
                chars
            })
            .collect()
    }

    #[test]
    fn a_bracket_opened_on_the_line_before_still_pairs_in_an_arabic_mixed_run() {
        // The framework's name and version on the cover, broken after its first line.
        let text = "الإطار: الإطار الوطني (اللبنات الأساسية، متوافق مع GDHM) (1.0.0)";
        // A width at which the second line is "متوافق مع GDHM) (1.0.0)".
        let lines = (100..400)
            .map(|max| wrap_lines(text, false, true, 10.0, max as f32))
            .find(|lines| lines.last().is_some_and(|l| l.text.starts_with("متوافق")))
            .expect("a width that breaks before متوافق");
        let last = lines.last().expect("lines");
        assert_eq!(last.text, "متوافق مع GDHM) (1.0.0)");
        // Read right to left: "متوافق مع GDHM) (1.0.0)"; on the page, left to right, the
        // version comes first and the closing bracket of the name is drawn as "(".
        let page = on_the_page(&shape_line(last, false, true, 10.0));
        assert!(page.starts_with("(1.0.0) (GDHM "), "{page}");
        // Resolving the line alone (as the report did) pairs nothing and puts the bracket
        // after "GDHM" on the wrong side.
        let alone = on_the_page(&shape(&last.text, false, true, 10.0));
        assert!(alone.starts_with("GDHM) (1.0.0)"), "{alone}");
    }

    #[test]
    fn codes_arrows_and_numbers_keep_their_order_in_arabic() {
        let s = shape("المرحلة 3 (المتوسط 2.22)", false, true, 10.0);
        let page = on_the_page(&s);
        assert!(page.starts_with("(2.22 "), "{page}");
        // The roadmap's "indicator 21c, from phase 3 to phase 4" as the Arabic texts write
        // it ("{ $indicator } · { $step }", "{ $from } ← { $to }"): read right to left, 21c
        // then 3 then 4, so drawn left to right as "4 ← 3 · 21c"; with the code isolated.
        let step = format!("{} · 3 ← 4", isolate("21c"));
        assert_eq!(on_the_page(&shape(&step, false, true, 10.0)), "4 ← 3 · 21c");
        // Not isolated, the letter of "21c" makes the numbers after it left to right and
        // the step reads backwards.
        assert_eq!(
            on_the_page(&shape("21c · 3 ← 4", false, true, 10.0)),
            "21c · 3 ← 4"
        );
        // Extraction reads the Arabic right to left and the rest left to right.
        assert_eq!(extraction_order("النطاق 0–100؟"), "؟ 0–100قاطنلا");
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
