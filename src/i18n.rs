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
}
