//! Content checks: the built-in framework and the interface texts are complete in every
//! shipped language, and the checker catches each kind of mistake.

use std::collections::BTreeSet;

use dhma::content::{check_app_texts, check_framework, key_count};
use dhma::error::{ContentIssue, ContentProblem};
use dhma::i18n::{Lang, Localizer, Texts};
use dhma::Error;

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

/// One example of every variant of an enum, one line each, and a function that tells which
/// line a value belongs to. That function matches on the lines' patterns with no wildcard
/// arm, so a new variant does not compile until it has its line: adding one is a one-line
/// change to the list.
macro_rules! one_of_each {
    ($examples:ident, $line_of:ident, $ty:ty { $($pattern:pat => $example:expr,)+ }) => {
        fn $examples() -> Vec<(&'static str, $ty)> {
            vec![$((stringify!($pattern), $example)),+]
        }
        fn $line_of(e: &$ty) -> &'static str {
            match e {
                $($pattern => stringify!($pattern),)+
            }
        }
    };
}

/// Each example is on its own line (so every line, and through the exhaustive match every
/// variant, has one), no line is there twice, and no two variants share a code.
fn check_one_of_each<T>(
    examples: &[(&'static str, T)],
    line_of: fn(&T) -> &'static str,
    code: fn(&T) -> &'static str,
) {
    let mut lines = BTreeSet::new();
    let mut codes = BTreeSet::new();
    for (line, e) in examples {
        assert_eq!(line_of(e), *line, "the example on the line {line}");
        assert!(lines.insert(*line), "{line} is listed twice");
        assert!(
            codes.insert(code(e)),
            "two variants share the code {}",
            code(e)
        );
    }
}

fn s(text: &str) -> String {
    text.to_string()
}

// Another variant of `Error`: add its line here (the build fails until it is).
one_of_each! { error_examples, error_line, Error {
    Error::Io { .. } => Error::Io { path: s("/p/a.json"), detail: s("denied"), kind: dhma::error::IoKind::Other },
    Error::Database { .. } => Error::Database { path: s("/p/d.sqlite3"), detail: s("locked") },
    Error::DatabaseTooNew { .. } => Error::DatabaseTooNew { path: s("/p/d.sqlite3"), found: 9, supported: 3 },
    Error::NotDhmaDatabase { .. } => Error::NotDhmaDatabase { path: s("/p/d.sqlite3") },
    Error::DatabaseInUse { .. } => Error::DatabaseInUse { path: s("/p/d.sqlite3") },
    Error::DatabaseDamaged { .. } => Error::DatabaseDamaged { path: s("/p/d.sqlite3"), detail: s("malformed") },
    Error::ReadOnly { .. } => Error::ReadOnly { path: s("/p/d.sqlite3") },
    Error::DiskFull { .. } => Error::DiskFull { path: s("/p/d.sqlite3") },
    Error::NotReadyToFinalise { .. } => Error::NotReadyToFinalise { count: 2, codes: vec![s("3"), s("5a")] },
    Error::BackupNotFound { .. } => Error::BackupNotFound { name: s("x.sqlite3") },
    Error::NoRounds { .. } => Error::NoRounds { country: s("Lusara") },
    Error::AssessmentNotFound { .. } => Error::AssessmentNotFound { id: s("7") },
    Error::AssessmentLocked { .. } => Error::AssessmentLocked { country: s("Lusara"), round: s("Baseline 2023") },
    Error::UnknownFramework { .. } => Error::UnknownFramework { id: s("who-itu-gdhm"), version: s("9") },
    Error::UnknownLanguage { .. } => Error::UnknownLanguage { lang: s("xx") },
    Error::UnknownIndicator { .. } => Error::UnknownIndicator { code: s("99") },
    Error::InvalidValue { .. } => Error::InvalidValue { field: s("priority"), value: s("9") },
    Error::InvalidAction { .. } => Error::InvalidAction { rule: "currency", value: s("dollars") },
    Error::Content(_) => Error::Content(vec![content_issue()]),
    Error::FileTooLarge { .. } => Error::FileTooLarge { path: s("/p/a.json"), size: 90_000_000, limit: 50_000_000 },
    Error::MalformedJson { .. } => Error::MalformedJson { path: s("/p/a.json"), line: 3, column: 4, detail: s("EOF") },
    Error::NotUtf8 { .. } => Error::NotUtf8 { path: s("/p/a.json"), line: 3, column: 4 },
    Error::NotAssessmentFile { .. } => Error::NotAssessmentFile { path: s("/p/a.json") },
    Error::FormatTooNew { .. } => Error::FormatTooNew { path: s("/p/a.json"), found: 9, supported: 1 },
    Error::ChecksumMismatch { .. } => Error::ChecksumMismatch { path: s("/p/a.json") },
    Error::InvalidFileField { .. } => Error::InvalidFileField { path: s("/p/a.json"), field: s("date"), detail: s("2026-13-01") },
    Error::PhaseOutOfRange { .. } => Error::PhaseOutOfRange { code: s("3"), field: s("current"), value: s("7") },
    Error::AlreadyExists { .. } => Error::AlreadyExists { country: s("Lusara"), round: s("Baseline"), uid: s("u-1") },
    Error::CsvMalformed { .. } => Error::CsvMalformed { line: 4, problem: dhma::error::CsvProblem::Other, detail: s("quote") },
    Error::CsvMissingColumn { .. } => Error::CsvMissingColumn { column: s("phase") },
    Error::CsvUnknownIndicator { .. } => Error::CsvUnknownIndicator { line: 4, code: s("99") },
    Error::CsvBadPhase { .. } => Error::CsvBadPhase { line: 4, field: s("phase"), value: s("7") },
    Error::CsvDuplicate { .. } => Error::CsvDuplicate { line: 4, code: s("5a"), first: 2 },
    Error::RaterUnknown { .. } => Error::RaterUnknown { name: s("Amina Diallo") },
    Error::RaterHasRatings { .. } => Error::RaterHasRatings { name: s("Amina Diallo") },
    Error::ConsensusNoteRequired { .. } => Error::ConsensusNoteRequired { code: s("5") },
    Error::MergeIntoFinalised { .. } => Error::MergeIntoFinalised { country: s("Lusara"), round: s("Baseline") },
    Error::MergeFinalisedFile { .. } => Error::MergeFinalisedFile { country: s("Lusara"), round: s("Baseline") },
    Error::ConflictNotFound { .. } => Error::ConflictNotFound { indicator: s("5"), field: s("rationale") },
    Error::ConflictValueNotAllowed { .. } => Error::ConflictValueNotAllowed { field: s("rating:participant:amina diallo") },
    Error::GroupNameTaken { .. } => Error::GroupNameTaken { name: s("Group A") },
    Error::CsvBlankParticipant { .. } => Error::CsvBlankParticipant { line: 3 },
    Error::CsvRatedTwice { .. } => Error::CsvRatedTwice { line: 5, name: s("Amina Diallo"), code: s("5a"), first: 2 },
    Error::Required { .. } => Error::Required { field: s("facilitator") },
    Error::AnsweredTwice { .. } => Error::AnsweredTwice { code: s("5") },
    Error::DamagedRow { .. } => Error::DamagedRow { table: s("responses"), row: s("7"), column: s("confidence") },
    Error::ChangeNoteRequired { .. } => Error::ChangeNoteRequired { code: s("5") },
    Error::CarriedNotReviewed { .. } => Error::CarriedNotReviewed { count: 2, codes: vec![s("3"), s("5a")] },
    Error::RoundNameTaken { .. } => Error::RoundNameTaken { country: s("Lusara"), round: s("2027") },
    Error::NoEarlierRound { .. } => Error::NoEarlierRound { title: s("Lusara – Baseline 2023") },
    Error::AnswersCell { .. } => Error::AnswersCell { sheet: s("Indicators"), row: 7, column: s("D"), header: s("Current phase"), value: s("7"), problem: dhma::error::CellProblem::BadPhase },
    Error::AnswersNoCodeColumn { .. } => Error::AnswersNoCodeColumn { sheet: s("Indicators") },
    Error::AnswersNoAnswerColumn { .. } => Error::AnswersNoAnswerColumn { sheet: s("Indicators") },
    Error::SpreadsheetUnreadable { .. } => Error::SpreadsheetUnreadable { path: s("/p/a.xlsx"), detail: s("zip") },
    Error::GdhmDetailMissing { .. } => Error::GdhmDetailMissing { field: s("contact_person_email") },
    Error::GdhmInvalidEmail { .. } => Error::GdhmInvalidEmail { field: s("approver_email"), value: s("a.kessar@") },
    Error::GdhmUnanswered { .. } => Error::GdhmUnanswered { codes: vec![s("3"), s("5a")] },
    Error::GdhmFileUnreadable { .. } => Error::GdhmFileUnreadable { path: s("gdhm.xlsx") },
    Error::GdhmFileEmpty { .. } => Error::GdhmFileEmpty { path: s("gdhm.xlsx") },
    Error::GdhmFileCell { .. } => Error::GdhmFileCell { path: s("gdhm.xlsx"), row: 4, column: s("D"), value: s("Phase 7"), problem: s("phase") },
    Error::GdhmCountryNotInFile { .. } => Error::GdhmCountryNotInFile { path: s("gdhm.xlsx"), country: s("Atlantis") },
    Error::GdhmNoCommonIndicators { .. } => Error::GdhmNoCommonIndicators { path: s("gdhm.xlsx") },
    Error::GdhmNoCountryChosen { .. } => Error::GdhmNoCountryChosen { path: s("gdhm.xlsx") },
    Error::UnknownChartKind { .. } => Error::UnknownChartKind { value: s("pie") },
    Error::UnknownImageFormat { .. } => Error::UnknownImageFormat { value: s("gif") },
    Error::DpiOutOfRange { .. } => Error::DpiOutOfRange { value: s("5000"), min: 72, max: 1200 },
    Error::ChartImage { .. } => Error::ChartImage { detail: s("no 1 × 1 image") },
}}

fn content_issue() -> ContentIssue {
    ContentIssue {
        file: s("locales/fr/x.ftl"),
        item: s("gdhm-i1-title"),
        field: s("fr"),
        problem: ContentProblem::Missing,
    }
}

/// Arguments an error carries that its message does not show, each with the reason. Anything
/// else a message leaves out, or any variable it uses that the error does not give, fails.
const NOT_SHOWN: &[(&str, &str, &str)] = &[
    (
        "invalid-action",
        "rule",
        "chooses the sentence (error-invalid-action-<rule>), not shown itself",
    ),
    (
        "gdhm-file-cell",
        "problem",
        "chooses the sentence (error-gdhm-file-cell-<problem>), not shown itself",
    ),
    (
        "database",
        "path",
        "the database is the one the person has open",
    ),
    (
        "malformed-json",
        "detail",
        "serde's English text, for logs only",
    ),
    (
        "already-exists",
        "uid",
        "an internal identifier, for logs only",
    ),
    (
        "io",
        "detail",
        "the OS's English text: in the details for support",
    ),
    (
        "io",
        "kind",
        "chooses the sentence (error-io-<kind>), not shown itself",
    ),
    (
        "database",
        "detail",
        "SQLite's English text: in the details for support",
    ),
    (
        "database-damaged",
        "detail",
        "SQLite's English text: in the details for support",
    ),
    (
        "invalid-value",
        "field",
        "an internal name: its localized label is shown instead",
    ),
    (
        "invalid-file-field",
        "field",
        "an internal name: its localized label is shown instead",
    ),
    (
        "invalid-file-field",
        "detail",
        "serde's English text: the reason sentence is shown instead",
    ),
    (
        "phase-out-of-range",
        "field",
        "an internal name: its localized label is shown instead",
    ),
    (
        "csv-bad-phase",
        "field",
        "an internal name: its localized label is shown instead",
    ),
    (
        "csv-malformed",
        "detail",
        "the CSV reader's English text: in the details for support",
    ),
    (
        "spreadsheet-unreadable",
        "detail",
        "the reader's English text: in the details for support",
    ),
    (
        "damaged-row",
        "table",
        "internal names of the damaged place: in the details for support",
    ),
    (
        "damaged-row",
        "row",
        "internal names of the damaged place: in the details for support",
    ),
    (
        "damaged-row",
        "column",
        "internal names of the damaged place: in the details for support",
    ),
    (
        "chart-image",
        "detail",
        "the renderer's English text: in the details for support",
    ),
];

/// The variables a message uses (in its value, its attributes and every selector variant),
/// read from the Fluent source of one language.
fn message_variables(lang: Lang, key: &str) -> Option<BTreeSet<String>> {
    use fluent_syntax::ast;
    fn pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for e in &p.elements {
            if let ast::PatternElement::Placeable { expression } = e {
                expression_vars(expression, out);
            }
        }
    }
    fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    pattern(&v.value, out);
                }
            }
            ast::Expression::Inline(i) => inline(i, out),
        }
    }
    fn inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
                for a in &arguments.named {
                    inline(&a.value, out);
                }
            }
            _ => {}
        }
    }
    let texts = Texts::embedded();
    for file in texts.files(lang.code()) {
        let resource = match fluent_syntax::parser::parse(file.text.as_str()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in &resource.body {
            if let ast::Entry::Message(m) = entry {
                if m.id.name == key {
                    let mut out = BTreeSet::new();
                    if let Some(value) = &m.value {
                        pattern(value, &mut out);
                    }
                    for a in &m.attributes {
                        pattern(&a.value, &mut out);
                    }
                    return Some(out);
                }
            }
        }
    }
    None
}

#[test]
fn the_error_list_holds_every_variant_once() {
    check_one_of_each(&error_examples(), error_line, Error::code);
    check_one_of_each(
        &content_problem_examples(),
        content_problem_line,
        ContentProblem::code,
    );
}

#[test]
fn every_error_code_has_a_message_with_its_arguments_in_every_language() {
    let mut problems = Vec::new();
    for (_, e) in error_examples() {
        let code = e.code();
        let unshown: BTreeSet<String> = NOT_SHOWN
            .iter()
            .filter(|(c, _, _)| *c == code)
            .map(|(_, a, _)| a.to_string())
            .collect();
        for lang in Lang::ALL {
            let l = Localizer::new(lang, false);
            // The message localize() really formats (an io error of a known kind, an empty
            // value… have their own), with every argument it passes.
            let (key, args) = e.message_with_args(&l);
            let given: BTreeSet<String> = args.iter().map(|(k, _)| k.to_string()).collect();
            assert!(
                unshown.is_subset(&given),
                "{key}: NOT_SHOWN names {unshown:?}, but the error gives {given:?}"
            );
            let expected: BTreeSet<String> = given.difference(&unshown).cloned().collect();
            if !l.has(&key) {
                problems.push(format!("{lang}: {key} is missing"));
                continue;
            }
            match message_variables(lang, &key) {
                Some(used) if used == expected => {}
                found => problems.push(format!(
                    "{lang}: {key} uses {found:?}; the error gives {given:?} (not shown: {unshown:?})"
                )),
            }
            let text = e.localize(&l);
            if text.contains("{$") || text.contains("{ $") || text.starts_with("error-") {
                problems.push(format!("{lang}: {key} renders as {text:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

one_of_each! { content_problem_examples, content_problem_line, ContentProblem {
    ContentProblem::Syntax(_) => ContentProblem::Syntax(s("expected =")),
    ContentProblem::Missing => ContentProblem::Missing,
    ContentProblem::Empty => ContentProblem::Empty,
    ContentProblem::Orphan => ContentProblem::Orphan,
    ContentProblem::Duplicate => ContentProblem::Duplicate,
    ContentProblem::UnknownReference(_) => ContentProblem::UnknownReference(s("block x")),
    ContentProblem::OutOfRange(_) => ContentProblem::OutOfRange(s("phase 7")),
    ContentProblem::Invalid(_) => ContentProblem::Invalid(s("id")),
    ContentProblem::LocaleTag => ContentProblem::LocaleTag,
    ContentProblem::Placeables(_) => ContentProblem::Placeables(s("$a")),
}}

#[test]
fn every_content_problem_has_a_message_in_every_language() {
    for lang in Lang::ALL {
        let l = Localizer::new(lang, false);
        for (_, p) in content_problem_examples() {
            let key = format!("content-{}", p.code());
            assert!(l.has(&key), "{lang}: {key}");
            let used = message_variables(lang, &key).unwrap_or_default();
            assert!(
                used.iter().all(|v| v == "detail"),
                "{lang}: {key} uses {used:?}; only $detail is given"
            );
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

/// A count reaches Fluent as a number, so that the plural form is chosen: "one problem",
/// not "1 problems".
#[test]
fn error_counts_choose_the_plural_form() {
    let l = Localizer::new(Lang::En, false);
    let one = Error::Content(vec![content_issue()]).localize(&l);
    assert!(one.starts_with("The framework has one problem:"), "{one}");
    let two = Error::Content(vec![content_issue(), content_issue()]).localize(&l);
    assert!(two.starts_with("The framework has 2 problems:"), "{two}");
}

/// Every message of one language, parsed: (file, key, message).
fn with_messages(lang: Lang, mut each: impl FnMut(&str, &fluent_syntax::ast::Message<&str>)) {
    let texts = Texts::embedded();
    for file in texts.files(lang.code()) {
        let resource = match fluent_syntax::parser::parse(file.text.as_str()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in &resource.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                each(&file.path, m);
            }
        }
    }
}

const PLURAL_NAMES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The CLDR cardinal category of a whole number in each shipped language (integers only:
/// DHMA counts things). Russian: one 1, 21, 31…; few 2–4, 22–24…; many 0, 5–20, 25–30…
/// Arabic: zero, one, two, few (3–10 mod 100), many (11–99 mod 100), other (100–102…).
fn cldr_category(lang: Lang, n: u64) -> &'static str {
    match lang {
        Lang::Zh => "other",
        Lang::En | Lang::Es | Lang::Pt if n == 1 => "one",
        Lang::Fr if n <= 1 => "one",
        Lang::En | Lang::Es | Lang::Pt | Lang::Fr => "other",
        Lang::Ru => match (n % 10, n % 100) {
            (1, r) if r != 11 => "one",
            (2..=4, r) if !(12..=14).contains(&r) => "few",
            _ => "many",
        },
        Lang::Ar => match (n, n % 100) {
            (0, _) => "zero",
            (1, _) => "one",
            (2, _) => "two",
            (_, 3..=10) => "few",
            (_, 11..=99) => "many",
            _ => "other",
        },
    }
}

/// The plural selectors of a message: (variable, the keys of its variants), at any depth.
fn plural_selectors(m: &fluent_syntax::ast::Message<&str>) -> Vec<(String, BTreeSet<String>)> {
    use fluent_syntax::ast;
    fn pattern(p: &ast::Pattern<&str>, out: &mut Vec<(String, BTreeSet<String>)>) {
        for e in &p.elements {
            if let ast::PatternElement::Placeable { expression } = e {
                expression_sel(expression, out);
            }
        }
    }
    fn expression_sel(e: &ast::Expression<&str>, out: &mut Vec<(String, BTreeSet<String>)>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                let keys: BTreeSet<String> = variants
                    .iter()
                    .map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        // [0] is Arabic's zero (n = 0 exactly).
                        ast::VariantKey::NumberLiteral { value } if *value == "0" => "zero".into(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    })
                    .collect();
                let named: Vec<&String> = keys
                    .iter()
                    .filter(|k| PLURAL_NAMES.contains(&k.as_str()))
                    .collect();
                if let ast::InlineExpression::VariableReference { id } = selector {
                    // A plural selector: its named keys are CLDR categories, one besides `other`.
                    if named.iter().any(|k| *k != "other" && *k != "zero")
                        && keys
                            .iter()
                            .all(|k| PLURAL_NAMES.contains(&k.as_str()) || k.parse::<u64>().is_ok())
                    {
                        out.push((id.name.to_string(), keys));
                    }
                }
                for v in variants {
                    pattern(&v.value, out);
                }
            }
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
                expression_sel(expression, out)
            }
            ast::Expression::Inline(_) => {}
        }
    }
    let mut out = Vec::new();
    if let Some(value) = &m.value {
        pattern(value, &mut out);
    }
    for a in &m.attributes {
        pattern(&a.value, &mut out);
    }
    out
}

/// Messages that need no plural form in one language because the number stands where no
/// word agrees with it ("Отчёт (12 стр.)", "циклов — 3", "«неприменимо»: 2", "عدد الجولات 3").
const NO_AGREEMENT: [(Lang, &str); 9] = [
    (Lang::Ru, "ui-workshop-summary"),
    (Lang::Ru, "ui-workshop-summary-none"),
    (Lang::Ru, "cli-report-written"),
    (Lang::Ru, "cli-handout-written"),
    (Lang::Ru, "ui-handout-written"),
    (Lang::Ru, "cli-progress-written"),
    (Lang::Ru, "ui-report-written"),
    (Lang::Ru, "cli-compare-title"),
    (Lang::Ar, "cli-compare-title"),
];

/// Issue 13: "53 действий". Every message that chooses a form by a count does so in every
/// language that has more than one form, and has a variant for each CLDR category a whole
/// number can fall in (Russian one/few/many, Arabic zero/one/two/few/many/other, …).
#[test]
fn every_count_has_each_plural_form_of_its_language() {
    let mut english: Vec<(String, String)> = Vec::new();
    with_messages(Lang::En, |_, m| {
        for (var, _) in plural_selectors(m) {
            english.push((m.id.name.to_string(), var));
        }
    });
    assert!(english.len() > 10, "the English texts choose plural forms");
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let needed: BTreeSet<&str> = (0..=1000).map(|n| cldr_category(lang, n)).collect();
        let mut found: Vec<(String, String)> = Vec::new();
        with_messages(lang, |path, m| {
            for (var, keys) in plural_selectors(m) {
                found.push((m.id.name.to_string(), var.clone()));
                for category in &needed {
                    if !keys.contains(*category) {
                        problems.push(format!(
                            "{path}: {} (${var}) has no [{category}]",
                            m.id.name
                        ));
                    }
                }
            }
        });
        if needed.len() > 1 {
            for (key, var) in &english {
                if !found.iter().any(|(k, v)| k == key && v == var)
                    && !NO_AGREEMENT.contains(&(lang, key.as_str()))
                {
                    problems.push(format!(
                        "{lang}: {key} does not choose a plural form by ${var}"
                    ));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// A variable that chooses a plural form must reach Fluent as a number (`i18n::num`): a
/// string never matches `[few]`. No code passes such a variable of such a message with `arg`
/// (looked for in the call that names the message).
#[test]
fn counts_reach_fluent_as_numbers() {
    let mut plural: BTreeSet<(String, String)> = BTreeSet::new();
    for lang in Lang::ALL {
        with_messages(lang, |_, m| {
            for (var, _) in plural_selectors(m) {
                plural.insert((m.id.name.to_string(), var));
            }
        });
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stack = vec![root.join("src"), root.join("src-tauri/src")];
    let mut problems = Vec::new();
    let mut calls = 0;
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("source folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("source");
            for (key, var) in &plural {
                for (at, _) in text.match_indices(&format!("\"{key}\"")) {
                    calls += 1;
                    // The arguments of this call: up to the end of its argument list.
                    let rest = text.get(at..).unwrap_or("");
                    let end = rest
                        .find("])")
                        .or_else(|| rest.find(");"))
                        .unwrap_or(rest.len().min(600));
                    let call = rest.get(..end).unwrap_or(rest);
                    if call.contains(&format!("arg(\"{var}\"")) {
                        problems.push(format!("{}: {key} gets ${var} as text", path.display()));
                    }
                }
            }
        }
    }
    assert!(calls > 10, "the calls were found ({calls})");
    assert!(
        problems.is_empty(),
        "counts passed as text:\n{}",
        problems.join("\n")
    );
}

/// The lines of one language's texts (comments left out), with their file: the interface,
/// command-line, error and report files, and with `framework` the framework's texts too.
fn text_lines(lang: Lang, framework: bool) -> Vec<(String, String)> {
    let texts = Texts::embedded();
    texts
        .files(lang.code())
        .iter()
        .filter(|f| framework || f.path.matches('/').count() == 2)
        .flat_map(|f| {
            f.text
                .lines()
                .filter(|l| !l.trim_start().starts_with('#'))
                .map(|l| (f.path.clone(), l.to_string()))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// One word per concept (docs/terminology.md): the variants set aside appear in no message
/// of that language, and the jargon the issue named is gone in every language.
#[test]
fn each_concept_has_one_word_per_language() {
    // (language, include the framework's texts, rejected variant, the word chosen); a variant
    // ending in `$` is a whole word ("блоки", not "блокирует"), others a word's beginning.
    let rejected: &[(Lang, bool, &str, &str)] = &[
        (Lang::Ru, false, "этап", "фаза"),
        (Lang::Ru, false, "индикатор", "показатель"),
        (Lang::Ru, false, "отпечат", "контрольный код"),
        (
            Lang::Ru,
            false,
            "навсегда",
            "никогда не удаляется автоматически",
        ),
        (Lang::Fr, false, "Validation", "Approbation"),
        (Lang::Fr, false, "pilier", "composante"),
        (Lang::Pt, false, "componente", "pilar"),
        (Lang::Fr, false, "qui valide", "qui approuve"),
        (Lang::Fr, false, "Résumé analytique", "Résumé d’orientation"),
        (Lang::Fr, false, "empreinte", "code de contrôle"),
        (
            Lang::Fr,
            false,
            "pour toujours",
            "jamais supprimée automatiquement",
        ),
        (Lang::Es, false, "huella", "código de control"),
        (
            Lang::Es,
            false,
            "para siempre",
            "nunca se borra automáticamente",
        ),
        (Lang::Pt, false, "impressão digital", "código de controlo"),
        (
            Lang::Pt,
            false,
            "para sempre",
            "nunca é apagada automaticamente",
        ),
        (Lang::Pt, true, "arquivo", "ficheiro"),
        (Lang::Pt, true, "tela", "ecrã"),
        (Lang::Pt, true, "usuário", "utilizador"),
        (Lang::Pt, true, "equipe", "equipa"),
        (Lang::Pt, true, "registro", "registo"),
        (Lang::Pt, true, "controle", "controlo"),
        (Lang::Zh, true, "主持人", "协调人"),
        (Lang::Zh, false, "模块", "构成要素"),
        (Lang::Ru, false, "блок$", "компонент"),
        (Lang::Ru, false, "блоки$", "компоненты"),
        (Lang::Ru, false, "блоков$", "компонентов"),
        (Lang::Es, false, "bloque$", "componente"),
        (Lang::Es, false, "bloques$", "componentes"),
        (Lang::Pt, false, "bloco$", "pilar"),
        (Lang::Pt, false, "blocos$", "pilares"),
        (Lang::Ar, false, "مكوّن", "لبنة أساسية"),
        (Lang::Ar, false, "مكوِّن", "لبنة أساسية"),
        (Lang::Ar, false, "المكونات", "اللبنات الأساسية"),
        (Lang::Zh, false, "指纹", "校验码"),
        (Lang::Zh, false, "永久", "不会被自动删除"),
        (Lang::Ar, false, "بصمة", "رمز التحقق"),
        (Lang::Ar, false, "إلى الأبد", "لا تُحذف تلقائيًا أبدًا"),
        (Lang::En, false, "fingerprint", "check code"),
        (Lang::En, false, "for ever", "never deleted automatically"),
        (Lang::En, false, "never scored", "not counted in the score"),
    ];
    let mut problems = Vec::new();
    for (lang, framework, word, chosen) in rejected {
        for (path, line) in text_lines(*lang, *framework) {
            // The text of the line, without the names of variables (`$fingerprint`).
            let text: String = line
                .split("{ $")
                .enumerate()
                .map(|(i, part)| {
                    if i == 0 {
                        part
                    } else {
                        part.split_once('}').map_or("", |(_, t)| t)
                    }
                })
                .collect();
            let lower = text.to_lowercase();
            let (stem, whole) = match word.strip_suffix('$') {
                Some(w) => (w.to_lowercase(), true),
                None => (word.to_lowercase(), false),
            };
            let hit = lower.match_indices(&stem).any(|(at, m)| {
                // Latin and Cyrillic words start at a word boundary ("tela" is not "estela").
                let starts = at == 0
                    || !lower
                        .get(..at)
                        .and_then(|p| p.chars().last())
                        .is_some_and(char::is_alphabetic)
                    || *lang == Lang::Zh;
                let ends = !whole
                    || !lower
                        .get(at + m.len()..)
                        .and_then(|r| r.chars().next())
                        .is_some_and(char::is_alphabetic);
                starts && ends
            });
            if hit {
                problems.push(format!(
                    "{path}: «{word}» (the word chosen is «{chosen}»): {line}"
                ));
            }
        }
    }
    // Arabic speaks to the reader in the plural, as the interface does: no singular
    // imperative in a sentence (buttons are verbal nouns: «حفظ», «بدء»).
    let singular = [
        "اختر ",
        "احفظ ",
        "افتح ",
        "ابدأ ",
        "احذف ",
        "احذفه ",
        "اكتب ",
        "استورد ",
        "ثبِّت ",
        "اذكر ",
        "علِّمها",
    ];
    for (path, line) in text_lines(Lang::Ar, false) {
        for verb in singular {
            let spaced = format!(" {line} ");
            if spaced.contains(&format!(" {verb}")) || spaced.contains(&format!("،{verb}")) {
                problems.push(format!("{path}: singular «{}»: {line}", verb.trim()));
            }
        }
    }
    // Undo and cancel are two words in every language.
    for lang in Lang::ALL {
        let l = Localizer::new(lang, false);
        if l.text("ui-undo") == l.text("ui-cancel") {
            problems.push(format!(
                "{lang}: undo and cancel are both «{}»",
                l.text("ui-cancel")
            ));
        }
    }
    // WHO's French for an executive summary.
    let summary = Localizer::new(Lang::Fr, false).text("report-summary");
    if summary != "Résumé d’orientation" {
        problems.push(format!("fr: the executive summary is «{summary}»"));
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
