//! Where a line may break, shared by the PDF's text engine (`report::text`) and the charts'
//! labels (`charts::wrap_label`): the opportunities of the Unicode line-breaking algorithm
//! (UAX #14, `unicode-linebreak`), outside Chinese and Japanese only after spaces, with the
//! Chinese prohibitions on top.

/// A character of the Chinese, Japanese and Korean blocks (ideographs, kana, CJK and
/// full-width punctuation).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x303F | 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// Where a line may break: the opportunities of the Unicode line-breaking algorithm
/// (UAX #14), tailored so that text outside Chinese and Japanese breaks only after spaces
/// (a word with a hyphen or a slash stays whole, as it always has in the report), and with
/// the Chinese prohibitions on top: closing punctuation never starts a line, an opening
/// bracket never ends one. Returns the byte offsets where a new line may start (never 0 nor
/// the text's length).
pub fn break_points(paragraph: &str) -> Vec<usize> {
    unicode_linebreak::linebreaks(paragraph)
        .map(|(i, _)| i)
        .filter(|&i| {
            let before = paragraph.get(..i).and_then(|s| s.chars().next_back());
            let after = paragraph.get(i..).and_then(|s| s.chars().next());
            let (Some(b), Some(a)) = (before, after) else {
                return false;
            };
            (b.is_whitespace() || is_cjk(b) || is_cjk(a)) && !closes(a) && !opens(b)
        })
        .collect()
}

/// Punctuation that may not start a line in Chinese text.
pub fn closes(c: char) -> bool {
    "）。，、：；！？」』】》〉”’．…".contains(c)
}

/// Punctuation that may not end a line in Chinese text.
pub fn opens(c: char) -> bool {
    "（「『【《〈“‘".contains(c)
}
