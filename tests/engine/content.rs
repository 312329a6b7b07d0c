//! Content checks: the built-in framework and the interface texts are complete in every
//! shipped language, and the checker catches each kind of mistake.

use dhma::content::{check_app_texts, check_framework, key_count};
use dhma::error::ContentProblem;
use dhma::i18n::{Lang, Localizer, Texts};

use super::gdhm;

fn report(issues: &[dhma::error::ContentIssue]) -> String {
    issues.iter().take(40).map(|i| format!("\n  {i}")).collect()
}

#[test]
fn framework_texts_are_complete_in_all_seven_languages() {
    let fw = gdhm();
    let issues = check_framework(fw, &Texts::embedded());
    assert!(
        issues.is_empty(),
        "{} problems:{}",
        issues.len(),
        report(&issues)
    );
    for lang in Lang::ALL {
        assert_eq!(
            key_count(&Texts::embedded(), lang, Some(fw)),
            fw.required_keys().len(),
            "{lang}: exactly the framework's keys"
        );
    }
}

#[test]
fn interface_texts_are_complete_in_all_seven_languages() {
    let issues = check_app_texts(&Texts::embedded());
    assert!(
        issues.is_empty(),
        "{} problems:{}",
        issues.len(),
        report(&issues)
    );
}

#[test]
fn every_error_code_has_a_message() {
    // One instance of each variant whose message must exist in every language.
    let codes = [
        "io",
        "database",
        "database-too-new",
        "not-dhma-database",
        "assessment-not-found",
        "assessment-locked",
        "unknown-framework",
        "unknown-language",
        "unknown-indicator",
        "invalid-value",
        "content",
        "file-too-large",
        "malformed-json",
        "not-assessment-file",
        "format-too-new",
        "checksum-mismatch",
        "invalid-file-field",
        "phase-out-of-range",
        "already-exists",
        "csv-malformed",
        "csv-missing-column",
        "csv-unknown-indicator",
        "csv-bad-phase",
        "csv-duplicate",
    ];
    for lang in Lang::ALL {
        let l = Localizer::new(lang, false);
        for code in codes {
            assert!(l.has(&format!("error-{code}")), "{lang}: error-{code}");
        }
        for p in [
            "syntax",
            "missing",
            "empty",
            "orphan",
            "duplicate",
            "unknown-reference",
            "out-of-range",
            "invalid",
            "locale-tag",
            "placeables",
        ] {
            assert!(l.has(&format!("content-{p}")), "{lang}: content-{p}");
        }
    }
}

#[test]
fn shipped_texts_render_in_every_language() {
    let fw = gdhm();
    for lang in Lang::ALL {
        let l = Localizer::new(lang, true);
        let title = l.text(&fw.block_key("workforce"));
        assert!(
            !title.is_empty() && title != fw.block_key("workforce"),
            "{lang}"
        );
        let msg = l.format(
            "error-csv-duplicate",
            &[
                dhma::i18n::arg("line", 7),
                dhma::i18n::arg("code", "5a"),
                dhma::i18n::arg("first", 3),
            ],
        );
        assert!(
            msg.contains('7') && msg.contains("5a") && msg.contains('3'),
            "{lang}: {msg}"
        );
    }
    assert_eq!(
        Localizer::new(Lang::Ar, false).text("language-name"),
        "العربية"
    );
    assert_eq!(
        Localizer::new(Lang::Zh, false).text("language-name"),
        "简体中文"
    );
}

/// A locales tree copied from the embedded one, with one file changed.
fn texts_with(path: &str, edit: impl Fn(&str) -> String) -> Texts {
    let files = dhma::assets::FILES
        .iter()
        .filter_map(|(p, t)| Some((p.strip_prefix("locales/")?.to_string(), t.to_string())))
        .map(|(p, t)| {
            let t = if format!("locales/{p}") == path {
                edit(&t)
            } else {
                t
            };
            (p, t)
        });
    Texts::from_files(files)
}

#[test]
fn checker_reports_missing_empty_orphan_and_broken_keys() {
    let fw = gdhm();
    let file = "locales/fr/who-itu-gdhm/workforce.ftl";
    let problems = |texts: &Texts| check_framework(fw, texts);

    let missing = texts_with(file, |t| {
        t.lines()
            .filter(|l| !l.starts_with("gdhm-i11-question ="))
            .collect::<Vec<_>>()
            .join("\n")
    });
    let issues = problems(&missing);
    assert!(
        issues.iter().any(|i| i.item == "gdhm-i11-question"
            && i.field == "fr"
            && i.problem == ContentProblem::Missing),
        "{issues:?}"
    );

    let orphan = texts_with(file, |t| format!("{t}\ngdhm-i99-title = Rien\n"));
    assert!(problems(&orphan).iter().any(|i| i.item == "gdhm-i99-title"
        && i.problem == ContentProblem::Orphan
        && i.file == file));

    let empty = texts_with(file, |t| {
        t.lines()
            .map(|l| {
                if l.starts_with("gdhm-i12-title =") {
                    "gdhm-i12-title = { \"\" }"
                } else {
                    l
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    });
    assert!(problems(&empty)
        .iter()
        .any(|i| i.item == "gdhm-i12-title" && i.problem == ContentProblem::Empty));

    let broken = texts_with(file, |t| format!("{t}\nthis is {{ not fluent\n"));
    assert!(problems(&broken)
        .iter()
        .any(|i| i.file == file && matches!(i.problem, ContentProblem::Syntax(_))));

    let duplicated = texts_with(file, |t| format!("{t}\ngdhm-i11-title = Encore\n"));
    assert!(problems(&duplicated)
        .iter()
        .any(|i| i.item == "gdhm-i11-title" && i.problem == ContentProblem::Duplicate));
}

#[test]
fn checker_reports_bad_locale_tags_and_changed_variables() {
    let mut texts = Texts::embedded();
    texts.merge(Texts::from_files([(
        "french/common.ftl".to_string(),
        "language-name = Français\n".to_string(),
    )]));
    let issues = check_app_texts(&texts);
    assert!(issues
        .iter()
        .any(|i| i.item == "french" && i.problem == ContentProblem::LocaleTag));

    let changed = texts_with("locales/es/errors.ftl", |t| {
        t.replace("{ $first }", "{ $primera }")
    });
    let issues = check_app_texts(&changed);
    assert!(
        issues.iter().any(|i| i.item == "error-csv-duplicate"
            && matches!(i.problem, ContentProblem::Placeables(_))),
        "{issues:?}"
    );
}
