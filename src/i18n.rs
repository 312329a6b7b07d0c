//! Languages and Fluent texts.
//!
//! Every text the product shows (interface, command line, report, framework content)
//! comes from Fluent files under `locales/<lang>/`. They are embedded at build time
//! (see `build.rs`), so the binaries never depend on the working directory.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::assets;

/// A language the product ships complete: interface, framework texts and report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Fr,
    Es,
    Pt,
    Ar,
    Ru,
    Zh,
}

impl Lang {
    /// All shipped languages; English first (the source language).
    pub const ALL: [Lang; 7] = [
        Lang::En,
        Lang::Fr,
        Lang::Es,
        Lang::Pt,
        Lang::Ar,
        Lang::Ru,
        Lang::Zh,
    ];

    /// The BCP 47 tag, which is also the folder name under `locales/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Pt => "pt",
            Lang::Ar => "ar",
            Lang::Ru => "ru",
            Lang::Zh => "zh",
        }
    }

    /// Whether the script is written right to left.
    pub fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar)
    }

    /// Parses a tag such as `fr`, `fr-FR`, `zh-Hans` or `ar-EG`; only the primary language
    /// subtag decides.
    /// The system's language (`LC_ALL`, `LC_MESSAGES`, `LANG`) when it is one of ours,
    /// else English.
    pub fn from_system() -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .and_then(|s| Lang::parse(s.split(['.', '_', '@']).next().unwrap_or("")))
            .unwrap_or(Lang::En)
    }

    pub fn parse(tag: &str) -> Option<Lang> {
        let id: LanguageIdentifier = tag.trim().parse().ok()?;
        let primary = id.language.as_str();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    fn langid(self) -> LanguageIdentifier {
        // The codes above are valid tags; a failure here is a programming error caught by tests.
        self.code().parse().unwrap_or_default()
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::parse(s).ok_or_else(|| crate::Error::UnknownLanguage {
            lang: s.to_string(),
        })
    }
}

/// One Fluent source file: its path (for messages) and its text.
#[derive(Clone, Debug)]
pub struct FtlFile {
    pub path: String,
    pub text: String,
}

/// The Fluent files of the product, grouped by language folder.
#[derive(Clone, Debug, Default)]
pub struct Texts {
    by_lang: BTreeMap<String, Vec<FtlFile>>,
}

impl Texts {
    /// The texts embedded in this build, read once per process.
    pub fn shared() -> &'static Texts {
        static TEXTS: OnceLock<Texts> = OnceLock::new();
        TEXTS.get_or_init(Texts::embedded)
    }

    /// The texts embedded in this build, as a copy to change (e.g. to [`Texts::merge`]
    /// another set into); [`Texts::shared`] when only reading.
    pub fn embedded() -> Texts {
        Texts::from_files(
            assets::FILES
                .iter()
                .filter_map(|(path, text)| Some(((path.strip_prefix("locales/")?), *text)))
                .map(|(rel, text)| (rel.to_string(), text.to_string())),
        )
    }

    /// Reads every `*.ftl` file below a `locales` folder (`<dir>/<lang>/**/*.ftl`).
    pub fn from_dir(dir: &std::path::Path) -> Result<Texts, crate::Error> {
        let mut files = Vec::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            let entries = std::fs::read_dir(&d).map_err(|e| crate::Error::io(&d, &e))?;
            for entry in entries {
                let entry = entry.map_err(|e| crate::Error::io(&d, &e))?;
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "ftl") {
                    let text =
                        std::fs::read_to_string(&path).map_err(|e| crate::Error::io(&path, &e))?;
                    let rel = path
                        .strip_prefix(dir)
                        .unwrap_or(&path)
                        .to_string_lossy()
                        .replace('\\', "/");
                    files.push((rel, text));
                }
            }
        }
        files.sort();
        Ok(Texts::from_files(files))
    }

    /// Builds from `(path relative to the locales folder, text)` pairs, where the first path
    /// component is the language folder.
    pub fn from_files(files: impl IntoIterator<Item = (String, String)>) -> Texts {
        let mut by_lang: BTreeMap<String, Vec<FtlFile>> = BTreeMap::new();
        for (rel, text) in files {
            if !rel.ends_with(".ftl") {
                continue;
            }
            let Some((lang, _)) = rel.split_once('/') else {
                continue;
            };
            by_lang.entry(lang.to_string()).or_default().push(FtlFile {
                path: format!("locales/{rel}"),
                text,
            });
        }
        Texts { by_lang }
    }

    /// Adds the files of another set (e.g. a national framework's own texts).
    pub fn merge(&mut self, other: Texts) {
        for (lang, files) in other.by_lang {
            self.by_lang.entry(lang).or_default().extend(files);
        }
    }

    /// Language folder names present, as written on disk.
    pub fn folders(&self) -> impl Iterator<Item = &str> {
        self.by_lang.keys().map(String::as_str)
    }

    /// The files of one language folder.
    pub fn files(&self, folder: &str) -> &[FtlFile] {
        self.by_lang.get(folder).map(Vec::as_slice).unwrap_or(&[])
    }
}

/// Formats messages in one language, falling back to English for a message that is missing
/// (the content tests make sure none is).
///
/// A cheap handle: the parsed bundles sit behind an `Arc`. [`Localizer::new`] builds each
/// language (with and without isolation marks) once per process and hands out the same
/// bundles after that, so that a command can ask for one on every call.
#[derive(Clone)]
pub struct Localizer {
    lang: Lang,
    bundle: Arc<Bundle>,
    fallback: Option<Arc<Bundle>>,
}

type Bundle = FluentBundle<FluentResource>;

impl fmt::Debug for Localizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Localizer")
            .field("lang", &self.lang)
            .finish()
    }
}

fn build_bundle(texts: &Texts, lang: Lang, isolating: bool) -> Bundle {
    let mut bundle = FluentBundle::new_concurrent(vec![lang.langid()]);
    bundle.set_use_isolating(isolating);
    for file in texts.files(lang.code()) {
        // Parse errors are reported by `content::check`; the valid part is still usable.
        let resource = match FluentResource::try_new(file.text.clone()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        // Duplicate keys are also reported by the content check; keep the first.
        bundle.add_resource_overriding(resource);
    }
    bundle
}

/// One slot per language and isolation flag for the localizers over the embedded texts.
struct Shared {
    plain: OnceLock<Localizer>,
    isolating: OnceLock<Localizer>,
}

static SHARED: [Shared; Lang::ALL.len()] = [const {
    Shared {
        plain: OnceLock::new(),
        isolating: OnceLock::new(),
    }
}; Lang::ALL.len()];

impl Localizer {
    /// The localizer over the embedded texts. `isolating` wraps every placeable in Unicode
    /// isolation marks (U+2068/U+2069): right for the interface, wrong for a terminal.
    ///
    /// Built once per language and flag; later calls return a handle to the same bundles.
    pub fn new(lang: Lang, isolating: bool) -> Localizer {
        let position = Lang::ALL.iter().position(|l| *l == lang);
        let Some(shared) = position.and_then(|i| SHARED.get(i)) else {
            // Every `Lang` is in `Lang::ALL` (tested); never taken.
            return Localizer::with_texts(Texts::shared(), lang, isolating);
        };
        let slot = if isolating {
            &shared.isolating
        } else {
            &shared.plain
        };
        slot.get_or_init(|| {
            let bundle = Arc::new(build_bundle(Texts::shared(), lang, isolating));
            let fallback = (lang != Lang::En).then(|| Localizer::new(Lang::En, isolating).bundle);
            Localizer {
                lang,
                bundle,
                fallback,
            }
        })
        .clone()
    }

    /// A localizer over other texts (e.g. a framework folder being checked), built anew.
    pub fn with_texts(texts: &Texts, lang: Lang, isolating: bool) -> Localizer {
        let bundle = Arc::new(build_bundle(texts, lang, isolating));
        let fallback =
            (lang != Lang::En).then(|| Arc::new(build_bundle(texts, Lang::En, isolating)));
        Localizer {
            lang,
            bundle,
            fallback,
        }
    }

    /// Whether both handles share the same parsed texts (no copy was built).
    pub fn shares_texts_with(&self, other: &Localizer) -> bool {
        Arc::ptr_eq(&self.bundle, &other.bundle)
            && match (&self.fallback, &other.fallback) {
                (Some(a), Some(b)) => Arc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether the message exists in this language (without fallback).
    pub fn has(&self, key: &str) -> bool {
        self.bundle
            .get_message(key)
            .is_some_and(|m| m.value().is_some())
    }

    /// A number with a fixed count of decimals and the language's decimal separator
    /// (`number-decimal-separator`), e.g. 2.3333 → "2,33" in French.
    pub fn decimal(&self, value: f64, places: usize) -> String {
        let text = format!("{value:.places$}");
        let sep = self.text("number-decimal-separator");
        if sep == "." || sep.is_empty() {
            text
        } else {
            text.replacen('.', &sep, 1)
        }
    }

    /// A calendar date (`YYYY-MM-DD` as stored) as this language writes it: the order and
    /// separators of `date-pattern` (`DD`, `MM`, `YYYY`), e.g. 02/12/2026 in French,
    /// 02.12.2026 in Russian, 2026-12-02 in Chinese. A text that is not a stored date is
    /// shown as it is.
    pub fn date(&self, iso: &str) -> String {
        match stored_date(iso) {
            Some(d) => self.format_date(d),
            None => iso.to_string(),
        }
    }

    fn format_date(&self, d: time::Date) -> String {
        let pattern = self.text("date-pattern");
        let pattern =
            if pattern.contains("YYYY") && pattern.contains("MM") && pattern.contains("DD") {
                pattern
            } else {
                "YYYY-MM-DD".to_string()
            };
        pattern
            .replacen("YYYY", &format!("{:04}", d.year()), 1)
            .replacen("MM", &format!("{:02}", u8::from(d.month())), 1)
            .replacen("DD", &format!("{:02}", d.day()), 1)
    }

    /// A stored UTC time (`2026-12-01T14:03:15Z`) as people read it in this language: the
    /// date as [`Localizer::date`] writes it, then hours and minutes and "UTC", joined by
    /// no-break spaces so that it is never broken over two lines. A text that is not a
    /// stored time is shown as it is.
    pub fn time(&self, utc: &str) -> String {
        let parsed =
            time::OffsetDateTime::parse(utc, &time::format_description::well_known::Rfc3339)
                .ok()
                .filter(|_| utc.ends_with('Z'));
        match parsed {
            Some(t) => format!(
                "{}\u{a0}{:02}:{:02}\u{a0}UTC",
                self.format_date(t.date()),
                t.hour(),
                t.minute()
            ),
            None => utc.to_string(),
        }
    }

    /// Items joined with the language's list separator (`list-separator`), e.g. "1, 2"
    /// or "1، 2" in Arabic.
    pub fn list(&self, items: &[String]) -> String {
        items.join(&self.text("list-separator"))
    }

    /// The message `key` with no arguments.
    pub fn text(&self, key: &str) -> String {
        self.format(key, &[])
    }

    /// The message `key` with named arguments.
    pub fn format(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            fargs.set(*name, value.clone());
        }
        for bundle in std::iter::once(&self.bundle).chain(self.fallback.as_ref()) {
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let out = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
                return out.into_owned();
            }
        }
        // Never shown in a shipped build: the content tests fail first.
        key.to_string()
    }
}

/// A date as a person typed it, in any shipped language's order: day, month and year
/// (`02/12/2026`, `2.12.2026`, `02-12-2026`) or year first (`2026-12-02`, `2026/12/2`,
/// `2026年12月2日`), with Western, Arabic-Indic or full-width digits. Returns it as stored
/// (`YYYY-MM-DD`), or `None` when it is not a real day (years 1900 to 2200). No shipped
/// language writes the month first, so the order is never ambiguous: the group of four digits
/// is the year.
pub fn parse_date_input(text: &str) -> Option<String> {
    let digits: String = text
        .trim()
        .chars()
        .map(|c| match c {
            '0'..='9' => c,
            '\u{660}'..='\u{669}' => char::from_u32(u32::from(c) - 0x660 + 0x30).unwrap_or(c),
            '\u{6f0}'..='\u{6f9}' => char::from_u32(u32::from(c) - 0x6f0 + 0x30).unwrap_or(c),
            '\u{ff10}'..='\u{ff19}' => char::from_u32(u32::from(c) - 0xff10 + 0x30).unwrap_or(c),
            _ if c.is_whitespace()
                || c.is_control()
                || "\u{200e}\u{200f}\u{2068}\u{2069}\u{61c}".contains(c) =>
            {
                ' '
            }
            _ => c,
        })
        .collect();
    // Digits in groups; anything else between them is a separator, but letters are not.
    if digits
        .chars()
        .any(|c| c.is_alphabetic() && !"年月日".contains(c))
    {
        return None;
    }
    let groups: Vec<&str> = digits
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .collect();
    let [a, b, c] = groups.as_slice() else {
        return None;
    };
    let (year, month, day) = match (a.len(), c.len()) {
        (4, 1..=2) if b.len() <= 2 => (a, b, c),
        (1..=2, 4) if b.len() <= 2 => (c, b, a),
        _ => return None,
    };
    let iso = format!("{year}-{month:0>2}-{day:0>2}");
    stored_date(&iso).map(|_| iso)
}

/// A stored date, `YYYY-MM-DD` exactly, of a real day in the years 1900 to 2200 (the rule of
/// `model::parse_date`, which this module cannot use: `model` depends on texts).
fn stored_date(iso: &str) -> Option<time::Date> {
    let mut parts = iso.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    if !iso.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
        return None;
    }
    let year: i32 = y.parse().ok()?;
    if !(1900..=2200).contains(&year) {
        return None;
    }
    let month = time::Month::try_from(m.parse::<u8>().ok()?).ok()?;
    time::Date::from_calendar_date(year, month, d.parse().ok()?).ok()
}

/// Shorthand for a string argument.
pub fn arg(name: &str, value: impl ToString) -> (&str, FluentValue<'static>) {
    (name, FluentValue::from(value.to_string()))
}

/// Shorthand for a number argument (plural selection works on numbers only).
pub fn num(name: &str, value: f64) -> (&str, FluentValue<'static>) {
    (name, FluentValue::from(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags_parse_by_primary_subtag() {
        assert_eq!(Lang::parse("fr-FR"), Some(Lang::Fr));
        assert_eq!(Lang::parse("zh-Hans-CN"), Some(Lang::Zh));
        assert_eq!(Lang::parse("AR"), Some(Lang::Ar));
        assert_eq!(Lang::parse("de"), None, "German is not shipped");
        assert_eq!(Lang::parse("not a tag!"), None);
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.code()), Some(lang));
            assert_eq!(
                lang.langid().to_string(),
                lang.code(),
                "code is a valid BCP 47 tag"
            );
        }
    }

    #[test]
    fn localizers_are_built_once_per_language_and_shared() {
        for lang in Lang::ALL {
            for isolating in [false, true] {
                let a = Localizer::new(lang, isolating);
                let b = Localizer::new(lang, isolating);
                assert!(a.shares_texts_with(&b), "{lang} {isolating}: built twice");
                assert_eq!(a.lang(), lang);
            }
            assert!(
                !Localizer::new(lang, false).shares_texts_with(&Localizer::new(lang, true)),
                "{lang}: the isolating flag is part of the bundle"
            );
        }
        // The English fallback of every language is the English localizer's own bundle.
        let en = Localizer::new(Lang::En, true);
        let fr = Localizer::new(Lang::Fr, true);
        assert!(fr
            .fallback
            .as_ref()
            .is_some_and(|f| Arc::ptr_eq(f, &en.bundle)));
        // Isolation marks are still applied (or not) as asked.
        let args = [arg("lang", "x")];
        let key = "error-unknown-language";
        assert!(Localizer::new(Lang::Fr, true)
            .format(key, &args)
            .contains('\u{2068}'));
        assert!(!Localizer::new(Lang::Fr, false)
            .format(key, &args)
            .contains('\u{2068}'));
        // Threads get the same instance too.
        let other = std::thread::spawn(|| Localizer::new(Lang::Ar, true))
            .join()
            .expect("thread");
        assert!(other.shares_texts_with(&Localizer::new(Lang::Ar, true)));
    }

    #[test]
    fn only_arabic_is_right_to_left() {
        let rtl: Vec<_> = Lang::ALL.into_iter().filter(|l| l.is_rtl()).collect();
        assert_eq!(rtl, vec![Lang::Ar]);
    }

    #[test]
    fn dates_are_written_in_the_interface_language() {
        let cases = [
            (Lang::En, "02/12/2026"),
            (Lang::Fr, "02/12/2026"),
            (Lang::Es, "02/12/2026"),
            (Lang::Pt, "02/12/2026"),
            (Lang::Ar, "02/12/2026"),
            (Lang::Ru, "02.12.2026"),
            (Lang::Zh, "2026-12-02"),
        ];
        for (lang, expected) in cases {
            let l = Localizer::new(lang, false);
            assert_eq!(l.date("2026-12-02"), expected, "{lang}");
            // What is shown reads back as the same day.
            assert_eq!(
                parse_date_input(expected).as_deref(),
                Some("2026-12-02"),
                "{lang}"
            );
            let time = l.time("2026-12-02T09:05:00Z");
            assert_eq!(time, format!("{expected}\u{a0}09:05\u{a0}UTC"), "{lang}");
            assert!(
                !time.contains(' '),
                "{lang}: a time is never broken over two lines"
            );
        }
        let l = Localizer::new(Lang::Fr, false);
        assert_eq!(l.date("not a date"), "not a date");
        assert_eq!(l.time("yesterday"), "yesterday");
    }

    #[test]
    fn dates_are_read_as_people_type_them() {
        for (typed, iso) in [
            ("2/12/2026", "2026-12-02"),
            ("02.12.2026", "2026-12-02"),
            (" 02-12-2026 ", "2026-12-02"),
            ("2026-12-02", "2026-12-02"),
            ("2026/12/2", "2026-12-02"),
            ("2026年12月2日", "2026-12-02"),
            ("٠٢/١٢/٢٠٢٦", "2026-12-02"),
            ("０２/１２/２０２６", "2026-12-02"),
            ("\u{2068}29/02/2024\u{2069}", "2024-02-29"),
        ] {
            assert_eq!(parse_date_input(typed).as_deref(), Some(iso), "{typed}");
        }
        for bad in [
            "",
            "12/2026",
            "29/02/2026",
            "13/13/2026",
            "02/12/26",
            "2 Dec 2026",
            "1/2/3/2026",
            "02/12/1800",
            "123/12/2026",
        ] {
            assert_eq!(parse_date_input(bad), None, "{bad}");
        }
    }
}
