//! What the interfaces do, as plain functions over a [`Db`], returning view models whose
//! texts are already in the user's language. The desktop shell wraps each in a command; the
//! interface only renders them (no scoring, SQL or rule in `ui/`, and no sentence put
//! together there: every message with arguments is formatted here). Pieces shown side by
//! side are joined by a message too, never by punctuation in code (`" · "`, `" ("`, `": "`,
//! `"{} — {}"`): `tests::no_code_joins_translated_pieces_with_punctuation` keeps it so.
//!
//! One module per screen; everything is re-exported here, so `dhma::service::X` is the path
//! for every function and view model.

use std::collections::BTreeMap;

use fluent_syntax::ast;
use serde::Serialize;

use crate::error::Result;
use crate::framework::{self, Framework};
use crate::i18n::{arg, Lang, Localizer, Texts};
use crate::model::Assessment;
use crate::storage::Db;

mod backups;
mod batch;
mod changes;
mod chart;
mod copies;
mod dashboard;
mod exports;
mod gdhm;
mod handout;
mod home;
mod narratives;
mod ratings_import;
mod report;
mod roadmap;
mod rounds;
mod score;
mod walk;
mod workshop;

pub use backups::*;
pub use batch::*;
pub use changes::*;
pub use chart::*;
pub use copies::*;
pub use dashboard::*;
pub use exports::*;
pub use gdhm::*;
pub use handout::*;
pub use home::*;
pub use narratives::*;
pub use ratings_import::*;
pub use report::*;
pub use roadmap::*;
pub use rounds::*;
pub use score::*;
pub use walk::*;
pub use workshop::*;

#[cfg(test)]
mod tests;

/// Setting keys.
pub const SETTING_LANGUAGE: &str = "language";
pub const SETTING_SAMPLE_OFFERED: &str = "sample-offered";

/// Every interface text of a language, for the screens' fixed labels.
#[derive(Debug, Clone, Serialize)]
pub struct UiTexts {
    pub lang: String,
    pub dir: &'static str,
    pub texts: BTreeMap<String, String>,
    /// Languages offered in the switcher: (code, own name).
    pub languages: Vec<(String, String)>,
}

/// Fixed labels of `ui.ftl` and `common.ftl`: the messages without variables, listed with
/// Fluent's parser. A message with variables is never sent: the core formats it with its
/// arguments (plurals and numbers included) and the view model carries the sentence.
pub fn ui_texts(lang: Lang) -> UiTexts {
    let l = Localizer::new(lang, true);
    let texts = Texts::shared();
    let mut out = BTreeMap::new();
    for file in texts.files("en") {
        let top = file.path.matches('/').count() == 2;
        let wanted = file.path.ends_with("/ui.ftl") || file.path.ends_with("/common.ftl");
        if !(top && wanted) {
            continue;
        }
        // A syntax error is reported by the content checks; the valid part is still listed.
        let resource = match fluent_syntax::parser::parse(file.text.as_str()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in &resource.body {
            if let ast::Entry::Message(m) = entry {
                if m.value.as_ref().is_some_and(|p| !pattern_has_variables(p)) {
                    out.insert(m.id.name.to_string(), l.text(m.id.name));
                }
            }
        }
    }
    UiTexts {
        lang: lang.code().into(),
        dir: if lang.is_rtl() { "rtl" } else { "ltr" },
        texts: out,
        languages: Lang::ALL
            .iter()
            .map(|x| {
                (
                    x.code().to_string(),
                    Localizer::new(*x, false).text("language-name"),
                )
            })
            .collect(),
    }
}

/// Whether a message uses a variable anywhere (placeables, selectors, function arguments)
/// or refers to another message or term, which may use one.
fn pattern_has_variables(p: &ast::Pattern<&str>) -> bool {
    p.elements.iter().any(|e| match e {
        ast::PatternElement::Placeable { expression } => expression_has_variables(expression),
        ast::PatternElement::TextElement { .. } => false,
    })
}

fn expression_has_variables(e: &ast::Expression<&str>) -> bool {
    match e {
        ast::Expression::Select { .. } => true,
        ast::Expression::Inline(i) => inline_has_variables(i),
    }
}

fn inline_has_variables(i: &ast::InlineExpression<&str>) -> bool {
    match i {
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => false,
        ast::InlineExpression::Placeable { expression } => expression_has_variables(expression),
        ast::InlineExpression::VariableReference { .. }
        | ast::InlineExpression::FunctionReference { .. }
        | ast::InlineExpression::MessageReference { .. }
        | ast::InlineExpression::TermReference { .. } => true,
    }
}

/// The interface language stored in the database (English if none).
pub fn language(db: &Db) -> Lang {
    db.setting(SETTING_LANGUAGE)
        .ok()
        .flatten()
        .and_then(|l| Lang::parse(&l))
        .unwrap_or(Lang::En)
}

pub fn set_language(db: &mut Db, lang: &str) -> Result<Lang> {
    let l: Lang = lang.parse()?;
    db.set_setting(SETTING_LANGUAGE, l.code())?;
    Ok(l)
}
/// An assessment's title, `{ $country } – { $round }` in the reader's language: the one
/// way every screen, message and file names an assessment.
pub fn assessment_title(l: &Localizer, country: &str, round: &str) -> String {
    l.format(
        "assessment-title",
        &[arg("country", country), arg("round", round)],
    )
}

fn framework_of(a: &Assessment) -> Result<&'static Framework> {
    framework::find(&a.framework.id, &a.framework.version)
}

/// Localizer for a language (isolation marks on: the webview handles them).
pub fn localizer(lang: Lang) -> Localizer {
    Localizer::new(lang, true)
}

/// A file name to suggest when saving an assessment: country and round, letters and digits
/// kept (any script), everything else a hyphen, then `extension` (e.g. ".pdf").
pub fn suggested_file_name(a: &Assessment, extension: &str) -> String {
    let name: String = format!("{} {}", a.country, a.round)
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("{name}{extension}")
}
