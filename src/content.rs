//! Checks of the Fluent texts: every framework key exists and is non-empty in every shipped
//! language, no orphan keys, valid language folders, no syntax errors, no duplicates, and the
//! same variables as the English source. `dhma validate` and the test suite use this.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use crate::error::{ContentIssue, ContentProblem};
use crate::framework::{issue, Framework};
use crate::i18n::{Lang, Texts};

/// One message as found in a file.
#[derive(Debug, Clone)]
struct Found {
    file: String,
    empty: bool,
    variables: BTreeSet<String>,
}

/// Messages of one language, split into the framework's folder and the rest.
fn collect(
    texts: &Texts,
    folder: &str,
    in_framework: impl Fn(&str) -> bool,
    issues: &mut Vec<ContentIssue>,
) -> BTreeMap<String, Found> {
    let mut out: BTreeMap<String, Found> = BTreeMap::new();
    for file in texts.files(folder) {
        if !in_framework(&file.path) {
            continue;
        }
        let resource = match fluent_syntax::parser::parse(file.text.as_str()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    let line = crate::framework::line_at(&file.text, e.pos.start);
                    issues.push(issue(
                        &file.path,
                        &format!("line {line}"),
                        "",
                        ContentProblem::Syntax(format!("{:?}", e.kind)),
                    ));
                }
                r
            }
        };
        for entry in resource.body {
            let (id, pattern, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                _ => continue,
            };
            let mut variables = BTreeSet::new();
            let mut empty = true;
            if let Some(p) = &pattern {
                empty &= pattern_is_empty(p);
                pattern_variables(p, &mut variables);
            }
            for a in &attributes {
                empty &= pattern_is_empty(&a.value);
                pattern_variables(&a.value, &mut variables);
            }
            if out.contains_key(&id) {
                issues.push(issue(&file.path, &id, "", ContentProblem::Duplicate));
                continue;
            }
            out.insert(
                id,
                Found {
                    file: file.path.clone(),
                    empty,
                    variables,
                },
            );
        }
    }
    out
}

fn pattern_is_empty(p: &ast::Pattern<&str>) -> bool {
    p.elements.iter().all(|e| match e {
        ast::PatternElement::TextElement { value } => value.trim().is_empty(),
        // `{ "" }` is a placeable that prints nothing: as empty as no text at all.
        ast::PatternElement::Placeable {
            expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
        } => value.trim().is_empty(),
        ast::PatternElement::Placeable { .. } => false,
    })
}

fn pattern_variables(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                pattern_variables(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_variables(i, out),
    }
}

fn inline_variables(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
            for a in &arguments.named {
                inline_variables(&a.value, out);
            }
        }
        _ => {}
    }
}

/// Language folders must be shipped language tags; every shipped language must exist.
fn check_folders(texts: &Texts, issues: &mut Vec<ContentIssue>) {
    let folders: BTreeSet<&str> = texts.folders().collect();
    for f in &folders {
        let valid = f.parse::<unic_langid::LanguageIdentifier>().is_ok()
            && Lang::ALL.iter().any(|l| l.code() == *f);
        if !valid {
            issues.push(issue(
                &format!("locales/{f}"),
                f,
                "",
                ContentProblem::LocaleTag,
            ));
        }
    }
    for lang in Lang::ALL {
        if !folders.contains(lang.code()) {
            issues.push(issue(
                &format!("locales/{}", lang.code()),
                lang.code(),
                "",
                ContentProblem::Missing,
            ));
        }
    }
}

fn compare(
    lang: Lang,
    reference: &BTreeMap<String, Found>,
    found: &BTreeMap<String, Found>,
    required: &[String],
    folder: &str,
    issues: &mut Vec<ContentIssue>,
) {
    let required_set: BTreeSet<&str> = required.iter().map(String::as_str).collect();
    for key in required {
        match found.get(key) {
            None => issues.push(issue(folder, key, lang.code(), ContentProblem::Missing)),
            Some(f) if f.empty => {
                issues.push(issue(&f.file, key, lang.code(), ContentProblem::Empty))
            }
            Some(f) => {
                if let Some(r) = reference.get(key) {
                    if r.variables != f.variables {
                        issues.push(issue(
                            &f.file,
                            key,
                            lang.code(),
                            ContentProblem::Placeables(format!(
                                "{:?} ≠ {:?}",
                                f.variables, r.variables
                            )),
                        ));
                    }
                }
            }
        }
    }
    for (key, f) in found {
        if !required_set.contains(key.as_str()) {
            issues.push(issue(&f.file, key, lang.code(), ContentProblem::Orphan));
        }
    }
}

/// Checks a framework's texts in every shipped language.
pub fn check_framework(framework: &Framework, texts: &Texts) -> Vec<ContentIssue> {
    let mut issues = Vec::new();
    check_folders(texts, &mut issues);
    let marker = format!("/{}/", framework.id);
    let required = framework.required_keys();
    let english = collect(texts, Lang::En.code(), |p| p.contains(&marker), &mut issues);
    for lang in Lang::ALL {
        let folder = format!("locales/{}/{}", lang.code(), framework.id);
        let found = if lang == Lang::En {
            english.clone()
        } else {
            collect(texts, lang.code(), |p| p.contains(&marker), &mut issues)
        };
        compare(lang, &english, &found, &required, &folder, &mut issues);
    }
    issues
}

/// Checks the interface, command-line and report texts (files directly under
/// `locales/<lang>/`): every language has exactly the English keys, none empty.
pub fn check_app_texts(texts: &Texts) -> Vec<ContentIssue> {
    let mut issues = Vec::new();
    check_folders(texts, &mut issues);
    let top_level = |p: &str| p.matches('/').count() == 2;
    let english = collect(texts, Lang::En.code(), top_level, &mut issues);
    let required: Vec<String> = english.keys().cloned().collect();
    for lang in Lang::ALL {
        let found = if lang == Lang::En {
            english.clone()
        } else {
            collect(texts, lang.code(), top_level, &mut issues)
        };
        let folder = format!("locales/{}", lang.code());
        compare(lang, &english, &found, &required, &folder, &mut issues);
    }
    issues
}

/// Keys defined per language folder (for counts in reports and notes).
pub fn key_count(texts: &Texts, lang: Lang, framework: Option<&Framework>) -> usize {
    let mut ignored = Vec::new();
    match framework {
        Some(fw) => {
            let marker = format!("/{}/", fw.id);
            collect(texts, lang.code(), |p| p.contains(&marker), &mut ignored).len()
        }
        None => collect(
            texts,
            lang.code(),
            |p| p.matches('/').count() == 2,
            &mut ignored,
        )
        .len(),
    }
}
