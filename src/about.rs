//! "About DHMA" (issue 16): the version, DHMA's own licence, the fonts' notice and the
//! licences of every third-party crate a program links, for `dhma about` and the desktop
//! app's About screen.
//!
//! The crate list is generated at build time by `tools/crate_licences.rs` (from `cargo
//! metadata` for the target being built: normal dependencies only, the licence files as
//! their authors wrote them); the core's build script writes the list of what `dhma` links
//! ([`CORE_CRATES`]), the desktop app's build script that of `dhma-desktop`.

use serde::Serialize;

use crate::i18n::{arg, num, Localizer};

/// A crate linked into the program: its SPDX licence expression (empty when the crate
/// declares none) and the indices of its licence files' texts in [`Licences::texts`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CrateLicence {
    pub name: &'static str,
    pub version: &'static str,
    pub license: &'static str,
    pub texts: &'static [usize],
}

/// One licence file as written (each distinct text once).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LicenceText {
    pub file: &'static str,
    pub text: &'static str,
}

/// The crates a program links and their licence texts.
#[derive(Debug, Clone, Copy)]
pub struct Licences {
    pub crates: &'static [CrateLicence],
    pub texts: &'static [LicenceText],
}

mod generated {
    use super::{CrateLicence, LicenceText};
    include!(concat!(env!("OUT_DIR"), "/crate_licences.rs"));
}

/// What the `dhma` command line links.
pub const CORE_CRATES: Licences = Licences {
    crates: generated::CRATES,
    texts: generated::TEXTS,
};

/// DHMA's version (every crate of the workspace has the same; a test checks).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
/// DHMA's own licence, as its Cargo.toml declares it (SPDX).
pub const LICENCE: &str = env!("CARGO_PKG_LICENSE");

/// The fonts' copyright files, as written (each holds the SIL Open Font License 1.1).
pub const FONT_NOTICES: [(&str, &str); 2] = [
    (
        "COPYRIGHT-noto-core.txt",
        include_str!("../assets/fonts/COPYRIGHT-noto-core.txt"),
    ),
    (
        "COPYRIGHT-noto-cjk.txt",
        include_str!("../assets/fonts/COPYRIGHT-noto-cjk.txt"),
    ),
];

/// One crate as the About screen lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CrateView {
    pub name: String,
    pub version: String,
    /// The SPDX expression, or the words for "not declared".
    pub license: String,
    /// Indices into [`AboutView::texts`]; empty when the crate ships no licence file.
    pub texts: Vec<usize>,
}

/// A text shown as written (a licence file or a font's copyright file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextView {
    pub file: String,
    pub text: String,
}

/// The About screen: finished sentences in the reader's language; licence texts as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AboutView {
    pub title: String,
    pub version_number: String,
    /// "Version 0.1.0".
    pub version: String,
    /// DHMA's own licence, one sentence.
    pub licence: String,
    pub fonts_heading: String,
    pub fonts_notice: String,
    pub font_texts: Vec<TextView>,
    pub crates_heading: String,
    pub crates_intro: String,
    /// The label of a crate's licence text (e.g. "Licence text").
    pub show_text: String,
    /// Said of a crate that ships no licence file.
    pub no_file: String,
    pub crates: Vec<CrateView>,
    pub texts: Vec<TextView>,
}

/// The About view for a program that links `licences`.
pub fn about(l: &Localizer, licences: Licences) -> AboutView {
    AboutView {
        title: l.text("about-title"),
        version_number: VERSION.to_string(),
        version: l.format("about-version", &[arg("version", VERSION)]),
        licence: l.format("about-licence", &[arg("licence", LICENCE)]),
        fonts_heading: l.text("about-fonts-heading"),
        fonts_notice: l.text("about-fonts-notice"),
        font_texts: FONT_NOTICES
            .iter()
            .map(|(file, text)| TextView {
                file: (*file).to_string(),
                text: (*text).to_string(),
            })
            .collect(),
        crates_heading: l.text("about-crates-heading"),
        crates_intro: l.format(
            "about-crates-intro",
            &[num("count", licences.crates.len() as f64)],
        ),
        show_text: l.text("about-licence-text"),
        no_file: l.text("about-no-licence-file"),
        crates: licences
            .crates
            .iter()
            .map(|c| CrateView {
                name: c.name.to_string(),
                version: c.version.to_string(),
                license: if c.license.is_empty() {
                    l.text("about-licence-undeclared")
                } else {
                    c.license.to_string()
                },
                texts: c.texts.to_vec(),
            })
            .collect(),
        texts: licences
            .texts
            .iter()
            .map(|t| TextView {
                file: t.file.to_string(),
                text: t.text.to_string(),
            })
            .collect(),
    }
}
