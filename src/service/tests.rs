//! The service's rules, checked through the view models the interfaces get (serialised to
//! JSON, as the desktop shell sends them).

use crate::i18n::{arg, Lang, Localizer};
use crate::model::Response;
use crate::scoring::Current;
use crate::service;
use crate::storage::Db;

fn sample_db(dir: &std::path::Path) -> (Db, i64) {
    let mut db = Db::open(&dir.join("service.sqlite3")).expect("open");
    let id = service::open_sample(&mut db).expect("sample");
    (db, id)
}

fn json(v: &impl serde::Serialize) -> serde_json::Value {
    serde_json::to_value(v).expect("json")
}

fn input(facilitator: &str) -> service::NewAssessmentInput {
    service::NewAssessmentInput {
        country: "Testonia".into(),
        round: "Mid-term review 2026".into(),
        date: "2026-12-02".into(),
        facilitator: facilitator.into(),
        participants: String::new(),
        framework_id: crate::framework::DEFAULT_FRAMEWORK.into(),
        framework_version: crate::framework::latest(crate::framework::DEFAULT_FRAMEWORK)
            .expect("framework")
            .version
            .clone(),
        language: "en".into(),
    }
}

#[test]
fn creating_without_a_facilitator_is_refused_naming_the_field_by_its_label() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut db = Db::open(&dir.path().join("new.sqlite3")).expect("open");
    let err = service::create(&mut db, &input("  ")).expect_err("facilitator is required");
    assert_eq!(err.code(), "required");
    for lang in Lang::ALL {
        let l = Localizer::new(lang, false);
        let message = err.localize(&l);
        let label = l.text("ui-new-facilitator");
        assert!(message.contains(&label), "{lang}: {message} names {label}");
        assert!(
            !message.contains("facilitator") || lang == Lang::En,
            "{message}"
        );
    }
    assert!(db.list().expect("list").is_empty(), "nothing was created");
    let mut country = input("E. Tester");
    country.country = " ".into();
    let err = service::create(&mut db, &country).expect_err("country is required");
    assert!(err
        .localize(&Localizer::new(Lang::Fr, false))
        .contains("Pays"));
    service::create(&mut db, &input("E. Tester")).expect("complete input");
}

#[test]
fn finalising_without_an_approver_is_refused_naming_the_field_by_its_label() {
    let dir = tempfile::tempdir().expect("tmp");
    let (mut db, id) = sample_db(dir.path());
    let sign_off = service::SignOff {
        approver_name: " ".into(),
        approver_role: String::new(),
        government_approved: false,
    };
    let err = service::finalise(&mut db, id, &sign_off, "test").expect_err("approver required");
    assert_eq!(err.code(), "required");
    let l = Localizer::new(Lang::Es, false);
    assert!(err.localize(&l).contains(&l.text("ui-signoff-name")));
}

#[test]
fn not_applicable_clears_the_target_when_saved() {
    let dir = tempfile::tempdir().expect("tmp");
    let (mut db, id) = sample_db(dir.path());
    let l = service::localizer(Lang::En);
    let answer = Response {
        indicator: "1".into(),
        current: Some(Current::NotApplicable),
        target: Some(4),
        target_year: Some(2030),
        rationale: "Not in this country.".into(),
        confidence: None,
        ..Response::default()
    };
    service::save_response(&mut db, id, &answer, "test", &l).expect("save");
    let stored = db
        .responses(id)
        .expect("responses")
        .into_iter()
        .find(|r| r.indicator == "1")
        .expect("stored");
    assert_eq!(stored.current, Some(Current::NotApplicable));
    assert_eq!(stored.target, None, "no target for a not-applicable answer");
    assert_eq!(stored.target_year, None);
    assert_eq!(stored.rationale, "Not in this country.");
}

#[test]
fn the_walk_and_each_save_give_every_indicator_its_mark_and_label() {
    let dir = tempfile::tempdir().expect("tmp");
    let (mut db, id) = sample_db(dir.path());
    let l = service::localizer(Lang::Fr);
    for (code, current) in [("1", None), ("2", Some(Current::NotApplicable))] {
        let answer = Response {
            current,
            ..Response::empty(code)
        };
        service::save_response(&mut db, id, &answer, "test", &l).expect("save");
    }
    let walk = json(&service::walk(&db, id, &l).expect("walk"));
    let items: Vec<&serde_json::Value> = walk["blocks"]
        .as_array()
        .expect("blocks")
        .iter()
        .flat_map(|b| b["indicators"].as_array().expect("indicators"))
        .collect();
    let item = |code: &str| {
        items
            .iter()
            .find(|i| i["code"] == code)
            .copied()
            .expect("item")
    };
    assert_eq!(item("1")["mark"], "○");
    assert_eq!(item("1")["state_label"], l.text("ui-walk-state-empty"));
    assert_eq!(item("2")["mark"], "–");
    assert_eq!(item("2")["state_label"], l.text("ui-walk-state-na"));
    assert_eq!(item("4")["mark"], "✓", "the sample answers indicator 4");
    for i in &items {
        let expected = match i["state"].as_str() {
            Some("answered") => "✓",
            Some("na") => "–",
            _ => "○",
        };
        assert_eq!(i["mark"], expected, "{i}");
    }
    // A save tells the screen the mark of the indicator it stored.
    let answer = Response {
        current: Some(Current::Phase(3)),
        ..Response::empty("1")
    };
    let saved = json(&service::save_response(&mut db, id, &answer, "test", &l).expect("save"));
    assert_eq!(saved["state"], "answered");
    assert_eq!(saved["mark"], "✓");
    assert_eq!(saved["state_label"], l.text("ui-walk-state-answered"));
}

/// Each piece a screen shows beside another comes joined by its language's message: the
/// screen-reader note, the roadmap item's subtitle and the sign-off with the government's
/// approval.
#[test]
fn joined_pieces_come_as_one_message_in_the_readers_language() {
    let dir = tempfile::tempdir().expect("tmp");
    let (mut db, id) = sample_db(dir.path());
    let zh = service::localizer(Lang::Zh);
    let walk = json(&service::walk(&db, id, &zh).expect("walk"));
    let first = &walk["blocks"][0]["indicators"][0];
    let note = first["state_note"].as_str().expect("note");
    let label = first["state_label"].as_str().expect("label");
    assert_eq!(
        note,
        zh.format("ui-walk-state-note", &[arg("state", label)])
    );
    assert!(note.starts_with('（') && note.contains(label), "{note}");
    service::regenerate_roadmap(&mut db, id, "test").expect("roadmap");
    let fr = service::localizer(Lang::Fr);
    let road = json(&service::roadmap(&db, id, &fr).expect("roadmap"));
    let row = &road["groups"][0]["rows"][0];
    assert_eq!(
        row["subtitle"],
        fr.format(
            "ui-road-item-subtitle",
            &[
                arg("title", row["indicator_title"].as_str().expect("title")),
                arg("step", row["step_label"].as_str().expect("step")),
            ],
        )
        .as_str()
    );
    // Every scored indicator answered with a rationale, then signed off with the
    // government's approval: one sentence says both.
    let a = db.assessment(id).expect("assessment");
    let fw = crate::framework::find(&a.framework.id, &a.framework.version).expect("framework");
    for i in fw.indicators.iter().filter(|i| i.is_scored()) {
        let answer = Response {
            current: Some(Current::Phase(2)),
            rationale: "because".into(),
            ..Response::empty(&i.code)
        };
        service::save_response(&mut db, id, &answer, "test", &fr).expect("save");
    }
    let sign_off = service::SignOff {
        approver_name: "Dr A. Approver".into(),
        approver_role: String::new(),
        government_approved: true,
    };
    service::finalise(&mut db, id, &sign_off, "test").expect("finalise");
    let ar = service::localizer(Lang::Ar);
    let done = service::dashboard(&db, id, &ar)
        .expect("dashboard")
        .finalised
        .expect("finalised");
    let government = ar.text("ui-signoff-finalised-government");
    let words = government.split('{').next().unwrap_or_default().trim();
    assert!(!words.is_empty() && done.starts_with(words), "{done}");
    assert!(done.contains("معتمد من الحكومة."), "{done}");
    assert!(!done.contains(". ."), "{done}");
}

#[test]
fn every_screen_titles_an_assessment_with_one_message() {
    let dir = tempfile::tempdir().expect("tmp");
    let (db, id) = sample_db(dir.path());
    for lang in [Lang::En, Lang::Ar, Lang::Zh] {
        let l = service::localizer(lang);
        let a = db.assessment(id).expect("assessment");
        let title = l.format(
            "assessment-title",
            &[arg("country", &a.country), arg("round", &a.round)],
        );
        assert_ne!(title, "assessment-title", "the message exists");
        let home = json(&service::home(&db, &l).expect("home"));
        assert_eq!(home[0]["name"], title.as_str());
        assert_eq!(
            home[0]["delete_question"],
            l.format("ui-delete-confirm", &[arg("name", &title)])
                .as_str()
        );
        let walk = json(&service::walk(&db, id, &l).expect("walk"));
        assert_eq!(walk["title"], title.as_str());
        let dash = json(&service::dashboard(&db, id, &l).expect("dashboard"));
        assert_eq!(dash["title"], title.as_str());
        assert_eq!(
            dash["heading"],
            l.format("ui-dash-heading", &[arg("title", &title)])
                .as_str()
        );
        let road = json(&service::roadmap(&db, id, &l).expect("roadmap"));
        assert_eq!(road["title"], title.as_str());
        assert_eq!(
            road["heading"],
            l.format("ui-road-heading", &[arg("title", &title)])
                .as_str()
        );
    }
}

/// Variables of a message, read with Fluent's parser (selectors and nested placeables too).
fn variables(text: &str) -> Vec<(String, usize)> {
    use fluent_syntax::ast;
    fn expr(e: &ast::Expression<&str>, n: &mut usize) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline(selector, n);
                for v in variants {
                    pattern(&v.value, n);
                }
            }
            ast::Expression::Inline(i) => inline(i, n),
        }
    }
    fn inline(i: &ast::InlineExpression<&str>, n: &mut usize) {
        match i {
            ast::InlineExpression::VariableReference { .. } => *n += 1,
            ast::InlineExpression::Placeable { expression } => expr(expression, n),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for p in &arguments.positional {
                    inline(p, n);
                }
            }
            _ => {}
        }
    }
    fn pattern(p: &ast::Pattern<&str>, n: &mut usize) {
        for e in &p.elements {
            if let ast::PatternElement::Placeable { expression } = e {
                expr(expression, n);
            }
        }
    }
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => {
                let mut n = 0;
                if let Some(p) = &m.value {
                    pattern(p, &mut n);
                }
                Some((m.id.name.to_string(), n))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn the_interface_gets_only_finished_texts() {
    let texts = crate::i18n::Texts::embedded();
    let mut with_variables = Vec::new();
    let mut fixed = Vec::new();
    for file in texts.files("en") {
        if file.path.ends_with("/ui.ftl") || file.path.ends_with("/common.ftl") {
            for (key, n) in variables(&file.text) {
                if n > 0 {
                    with_variables.push(key);
                } else {
                    fixed.push(key);
                }
            }
        }
    }
    assert!(with_variables.iter().any(|k| k == "ui-delete-confirm"));
    for lang in Lang::ALL {
        let ui = service::ui_texts(lang);
        for key in &with_variables {
            assert!(
                !ui.texts.contains_key(key),
                "{lang}: {key} has variables: the core formats it, the interface never does"
            );
        }
        for key in &fixed {
            assert!(ui.texts.contains_key(key), "{lang}: {key} is sent");
        }
        for (key, value) in &ui.texts {
            assert!(!value.contains("{"), "{lang}: {key} = {value}");
        }
    }
    // The interface never fills a placeholder itself, and every key it asks for is sent.
    let app = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/js/app.js"),
    )
    .expect("app.js");
    for placeholder in ["\\$", "{$", "{ $", "\\u2068"] {
        assert!(
            !app.contains(placeholder),
            "ui/js/app.js fills a message's placeholder ({placeholder})"
        );
    }
    let sent = service::ui_texts(Lang::En).texts;
    let mut asked = 0;
    for (at, _) in app.match_indices("t(\"") {
        let before = app.get(..at).and_then(|b| b.chars().next_back());
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
            continue; // another function's name ending in t, e.g. Event("change")
        }
        let key = app
            .get(at + 3..)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_default();
        assert!(sent.contains_key(key), "app.js asks for {key}, not sent");
        asked += 1;
    }
    assert!(asked > 50, "{asked} keys found in app.js");
}

#[test]
fn each_backup_row_carries_its_restore_question() {
    let dir = tempfile::tempdir().expect("tmp");
    let (db, _) = sample_db(dir.path());
    crate::backup::create(&db, crate::backup::Reason::Finalised).expect("backup");
    let l = service::localizer(Lang::Ru);
    let view = json(&service::backups(std::path::Path::new(db.path()), &l).expect("backups"));
    let row = &view["rows"][0];
    let time = row["time_label"].as_str().expect("time");
    assert_eq!(
        row["restore_question"],
        l.format("ui-backups-restore-confirm", &[arg("time", time)])
            .as_str()
    );
}

#[test]
fn no_code_puts_a_title_or_a_heading_together_itself() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    let mut dirs = vec![
        root.join("src"),
        root.join("src-tauri/src"),
        root.join("ui/js"),
    ];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs" || e == "js") {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 20, "{files:?}");
    // The patterns are spelled out in pieces so that this file does not match itself.
    let dash = '\u{2013}';
    let patterns = [
        format!("{{}} {dash} {{}}"),
        format!("\" {dash} \""),
        format!("{dash} ${{"),
    ];
    for path in files {
        let text = std::fs::read_to_string(&path).expect("read");
        for p in &patterns {
            assert!(
                !text.contains(p.as_str()),
                "{} joins texts with `{p}`: use a Fluent message",
                path.display()
            );
        }
    }
}

/// The string literals of a source file outside its tests and comments, with their line;
/// Rust's `{…}` and JavaScript's `${…}` placeholders removed (`{{` and `}}` are braces).
fn literals(path: &std::path::Path, text: &str) -> Vec<(usize, String, String)> {
    let js = path.extension().is_some_and(|e| e == "js");
    // An inline test module ends the code that ships.
    let code = text
        .split("\n#[cfg(test)]\nmod tests {")
        .next()
        .unwrap_or(text);
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '\n' {
            line += 1;
        }
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '/' && next == Some('*') {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                if chars[i] == '\n' {
                    line += 1;
                }
                i += 1;
            }
            i += 2;
            continue;
        }
        // A Rust character literal ('"', '\'', 'x'); a lifetime has no closing quote.
        if c == '\'' && !js {
            if next == Some('\\') {
                i += 4;
                continue;
            }
            if chars.get(i + 2) == Some(&'\'') {
                i += 3;
                continue;
            }
        }
        let quote = c == '"' || (js && (c == '\'' || c == '`'));
        if !quote {
            i += 1;
            continue;
        }
        let (start_line, mut raw, mut plain) = (line, String::new(), String::new());
        let mut depth = 0usize;
        i += 1;
        while i < chars.len() && chars[i] != c {
            let d = chars[i];
            if d == '\n' {
                line += 1;
            }
            raw.push(d);
            if d == '\\' {
                if let Some(e) = chars.get(i + 1) {
                    raw.push(*e);
                    if depth == 0 {
                        plain.push(*e);
                    }
                }
                i += 2;
                continue;
            }
            let opens = if js {
                c == '`' && d == '$' && chars.get(i + 1) == Some(&'{')
            } else {
                d == '{' && chars.get(i + 1) != Some(&'{')
            };
            if !js && depth == 0 && (d == '{' || d == '}') && chars.get(i + 1) == Some(&d) {
                plain.push(d);
                raw.push(d);
                i += 2;
                continue;
            }
            if opens {
                depth += 1;
                if js {
                    raw.push('{');
                    i += 1;
                }
            } else if depth > 0 && d == '{' {
                depth += 1;
            } else if depth > 0 && d == '}' {
                depth -= 1;
            } else if depth == 0 {
                plain.push(d);
            }
            i += 1;
        }
        i += 1;
        out.push((start_line, raw, plain));
    }
    out
}

/// Code that puts a sentence together: a literal made only of the punctuation and spaces
/// that join translated pieces (`" · "`, `" ("`, `": "`, `"{} — {}"`, `"• {}"`, `", "`),
/// in the core, the shell or the interface. Each such join is a Fluent message with
/// arguments, so that every language chooses its own punctuation and order.
#[test]
fn no_code_joins_translated_pieces_with_punctuation() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    let mut dirs = vec![
        root.join("src"),
        root.join("src-tauri/src"),
        root.join("ui/js"),
    ];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("dir").flatten() {
            let path = entry.path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if path.is_dir() {
                if name != "tests" {
                    dirs.push(path);
                }
            } else if (name.ends_with(".rs") && name != "tests.rs") || name.ends_with(".js") {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 20, "{files:?}");
    // Joins that no person reads, each with its reason.
    let allowed = [
        // The change log's record of a participant list: data, never shown.
        ("src/storage/mod.rs", "; "),
        // The generated bindings' JavaScript source.
        ("src-tauri/src/commands/mod.rs", ", "),
        // SVG coordinates.
        ("src/charts.rs", "{x:.1},{y:.1}"),
        // `Display` of a content problem, for logs (people read `ContentIssue::localize`).
        ("src/error.rs", "{}: {} {}: {} {}"),
        // The details for support: the stable code and the English log text, for a
        // developer (the sentence before it is the person's message).
        ("src/error.rs", "{}: {self}"),
        // A field's name on the command line (`rating:participant:amina`,
        // `participant:amina`): an identifier typed back to `dhma resolve`.
        ("src/merge.rs", "{}:{rater}"),
        ("src/merge.rs", "{}:{}"),
    ];
    // Joins a person reads, in files of other owners (issue 10): each is to become a
    // Fluent message and then leave this list. The list cannot go stale: an entry that no
    // longer occurs fails the test too.
    // Joins a person reads in files of other owners would be listed here until they become
    // Fluent messages (issue 10 closed the last ones). The list cannot go stale: an entry
    // that no longer occurs fails the test too.
    let reported: [(&str, &str); 0] = [];
    let joining = |c: char| "·•—–:;,()（）：；，、،".contains(c);
    let mut seen = std::collections::BTreeSet::new();
    let mut found = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("read");
        let rel = path
            .strip_prefix(root)
            .expect("under the root")
            .to_string_lossy()
            .replace('\\', "/");
        for (line, raw, plain) in literals(&path, &text) {
            let sentence_glue = !plain.trim().is_empty()
                // A hyphen joins words in names ("{}-{stamp}"); with spaces it is a dash.
                && plain
                    .chars()
                    .all(|c| c.is_whitespace() || joining(c) || (c == '-' && plain.contains(' ')))
                && (raw.contains('{') || plain.chars().count() > 1 || plain.contains(['·', '•']));
            if !sentence_glue {
                continue;
            }
            let entry = (rel.clone(), raw.clone());
            let known = |list: &[(&str, &str)]| {
                list.iter()
                    .any(|(f, r)| *f == entry.0.as_str() && *r == entry.1.as_str())
            };
            if known(&allowed) || known(&reported) {
                seen.insert(entry);
            } else {
                found.push(format!("{rel}:{line}: \"{raw}\""));
            }
        }
    }
    for (f, r) in allowed.iter().chain(&reported) {
        assert!(
            seen.contains(&(f.to_string(), r.to_string())),
            "{f} no longer has \"{r}\": remove it from the list"
        );
    }
    assert!(
        found.is_empty(),
        "code joins texts with punctuation; use a Fluent message:\n{}",
        found.join("\n")
    );
}

#[test]
fn counts_choose_their_plural_form_in_every_language() {
    use crate::i18n::num;
    let en = Localizer::new(Lang::En, false);
    let one = en.format("ui-road-regenerated", &[num("count", 1.0)]);
    assert!(one.starts_with("The roadmap now has one action."), "{one}");
    let pages = en.format(
        "ui-report-written",
        &[num("pages", 1.0), arg("path", "r.pdf")],
    );
    assert!(pages.contains("(one page)"), "{pages}");
    let ru = Localizer::new(Lang::Ru, false);
    for (n, word) in [(1.0, "действие."), (3.0, "действия."), (25.0, "действий.")]
    {
        let text = ru.format("ui-road-regenerated", &[num("count", n)]);
        assert!(text.contains(word), "{text}");
    }
    let ar = Localizer::new(Lang::Ar, false);
    let two = ar.format(
        "ui-report-written",
        &[num("pages", 2.0), arg("path", "r.pdf")],
    );
    assert!(two.contains("صفحتان"), "{two}");
    let fr = Localizer::new(Lang::Fr, false);
    let done = fr.format(
        "ui-walk-completion",
        &[num("answered", 1.0), num("total", 31.0)],
    );
    assert!(done.starts_with("1 indicateur renseigné sur"), "{done}");
}

#[test]
fn the_module_graph_has_no_service_report_cycle_and_the_cli_is_not_in_the_library() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    // service → report → charts / roadmap, never back.
    for file in [
        "report/build.rs",
        "report/mod.rs",
        "report/page.rs",
        "report/text.rs",
        "charts.rs",
        "roadmap.rs",
    ] {
        let text = std::fs::read_to_string(root.join(file)).expect("read");
        assert!(
            !text.contains("crate::service"),
            "{file} uses the service, which uses it"
        );
    }
    // The desktop app links the library: the command line is the binary's own module.
    let lib = std::fs::read_to_string(root.join("lib.rs")).expect("lib.rs");
    assert!(!lib.contains("mod cli"), "lib.rs declares the CLI");
    let main = std::fs::read_to_string(root.join("main.rs")).expect("main.rs");
    assert!(main.contains("mod cli;"), "main.rs declares the CLI");
}

/// The modules of the core (each `pub mod` of lib.rs) and the ones each names in its code
/// outside tests (`crate::x`, `use crate::{x, …}`), as a graph that must have no cycle.
#[test]
fn the_core_module_graph_has_no_cycle() {
    use std::collections::{BTreeMap, BTreeSet};
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = std::fs::read_to_string(root.join("lib.rs")).expect("lib.rs");
    let modules: BTreeSet<String> = lib
        .lines()
        .filter_map(|l| l.trim().strip_prefix("pub mod "))
        .map(|m| m.trim_end_matches(';').to_string())
        .collect();
    assert!(modules.len() > 15, "{modules:?}");
    fn code_of(path: &std::path::Path, out: &mut String) {
        if !path.exists() {
            return;
        }
        if path.is_dir() {
            for entry in std::fs::read_dir(path).expect("dir").flatten() {
                code_of(&entry.path(), out);
            }
        } else if path.extension().is_some_and(|e| e == "rs")
            && path.file_name().is_some_and(|n| n != "tests.rs")
        {
            let text = std::fs::read_to_string(path).expect("read");
            let shipped = text.split("\n#[cfg(test)]\nmod tests").next().unwrap_or("");
            // Code only: comments may name any module.
            for line in shipped
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
            {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    let mut uses: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for m in &modules {
        let mut code = String::new();
        code_of(&root.join(format!("{m}.rs")), &mut code);
        code_of(&root.join(m), &mut code);
        let mut named = BTreeSet::new();
        for rest in code.split("crate::").skip(1) {
            let group = rest
                .strip_prefix('{')
                .map(|g| g.split('}').next().unwrap_or(""));
            for item in group.map_or_else(|| vec![rest], |g| g.split(',').collect()) {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if modules.contains(&name) && name != *m {
                    named.insert(name);
                }
            }
        }
        uses.insert(m.clone(), named);
    }
    // Depth-first search for a path that comes back to where it started.
    fn cycle(
        at: &str,
        uses: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|p| p == at) {
            let mut found = path[start..].to_vec();
            found.push(at.to_string());
            return Some(found);
        }
        if done.contains(at) {
            return None;
        }
        path.push(at.to_string());
        for next in uses.get(at).into_iter().flatten() {
            if let Some(c) = cycle(next, uses, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(at.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for m in &modules {
        if let Some(c) = cycle(m, &uses, &mut Vec::new(), &mut done) {
            panic!("module cycle: {}\n{uses:#?}", c.join(" → "));
        }
    }
    // The ones the review found, named.
    assert!(!uses["storage"].contains("backup") && !uses["storage"].contains("exchange"));
    assert!(!uses["report"].contains("service"));
}

/// Participants are typed one a line, their fields separated by the semicolon of the
/// person's keyboard: ";", Chinese "；" or Arabic "؛".
#[test]
fn participants_are_read_with_each_scripts_semicolon() {
    let mut db = Db::open_in_memory().expect("db");
    let mut team = input("E. Tester");
    team.participants =
        "A. Person; Ministry of Health; chair\n张三；卫生部；主席\nسارة؛ وزارة الصحة؛ مقررة\n\n"
            .into();
    let id = service::create(&mut db, &team).expect("create");
    let people: Vec<(String, String, String)> = db
        .load(id)
        .expect("load")
        .participants
        .into_iter()
        .map(|p| (p.name, p.organisation, p.role))
        .collect();
    let expected = [
        ("A. Person", "Ministry of Health", "chair"),
        ("张三", "卫生部", "主席"),
        ("سارة", "وزارة الصحة", "مقررة"),
    ]
    .map(|(n, o, r)| (n.to_string(), o.to_string(), r.to_string()));
    assert_eq!(people, expected);
}

/// Creating an assessment with its participants is one transaction: when the participants
/// cannot be written, no assessment is left behind without them.
#[test]
fn an_assessment_whose_participants_are_refused_is_not_created() {
    let mut db = Db::open_in_memory().expect("db");
    // The database refuses any participant (as a full disk or a damaged page would).
    db.conn()
        .execute_batch(
            "CREATE TEMP TRIGGER refuse_participants BEFORE INSERT ON main.participants
             BEGIN SELECT RAISE(ABORT, 'refused'); END;",
        )
        .expect("trigger");
    let mut with_team = input("E. Tester");
    with_team.participants = "A. Person; Ministry of Health; chair\nB. Person".into();
    service::create(&mut db, &with_team).expect_err("the participants are refused");
    assert!(
        db.list().expect("list").is_empty(),
        "no assessment without its participants"
    );
    let log: i64 = db
        .conn()
        .query_row("SELECT count(*) FROM change_log", [], |r| r.get(0))
        .expect("log");
    assert_eq!(log, 0, "nor its change-log entry");
    // Without participants the same input is created.
    service::create(&mut db, &input("E. Tester")).expect("no participants to refuse");
    assert_eq!(db.list().expect("list").len(), 1);
}

/// Issue 13: the participant list is edited after creation, in the script the person types:
/// "؛" and "；" separate the fields as ";" does, a name kept keeps its ratings, and someone
/// who has rated cannot be removed.
#[test]
fn participants_are_edited_after_creation_with_each_scripts_semicolon() {
    use crate::model::{Rater, Rating};
    let mut db = Db::open_in_memory().expect("db");
    let mut team = input("E. Tester");
    team.participants = "A. Person; Ministry of Health; chair".into();
    let id = service::create(&mut db, &team).expect("create");
    let rating = Rating {
        indicator: "1".into(),
        rater: Rater::Participant("A. Person".into()),
        phase: Current::Phase(3),
        comment: String::new(),
    };
    service::set_rating(&mut db, id, &rating, "t").expect("rate");
    service::edit_participants(
        &mut db,
        id,
        "a. person ; Ministry of Health; chair\nسارة؛ وزارة الصحة؛ مقررة\n张三；卫生部\n",
        "t",
    )
    .expect("edit");
    let people: Vec<(String, String, String)> = db
        .load(id)
        .expect("load")
        .participants
        .into_iter()
        .map(|p| (p.name, p.organisation, p.role))
        .collect();
    assert_eq!(people.len(), 3, "{people:?}");
    assert_eq!(people.get(1).map(|p| p.0.as_str()), Some("سارة"));
    assert_eq!(people.get(1).map(|p| p.1.as_str()), Some("وزارة الصحة"));
    assert_eq!(
        people.get(2).map(|p| (p.0.as_str(), p.1.as_str())),
        Some(("张三", "卫生部"))
    );
    // The rating of the person kept is still there.
    let spread =
        service::spread_view(&db, id, "1", &Localizer::new(Lang::En, true)).expect("spread");
    assert_eq!(json(&spread)["ratings"].as_array().map(Vec::len), Some(1));
    // The form shows the list with the semicolon of the interface language.
    let ar = service::participants_text(&db, id, &Localizer::new(Lang::Ar, true)).expect("text");
    assert!(ar.contains("سارة؛ وزارة الصحة؛ مقررة"), "{ar}");
    let zh = service::participants_text(&db, id, &Localizer::new(Lang::Zh, true)).expect("text");
    assert!(zh.lines().any(|l| l == "张三；卫生部"), "{zh}");
    // Removing someone who has rated is refused, and nothing changes.
    let err = service::edit_participants(&mut db, id, "سارة", "t").expect_err("has rated");
    assert_eq!(err.code(), "rater-has-ratings");
    assert_eq!(db.load(id).expect("load").participants.len(), 3);
}

/// Issue 13: dates follow the interface language: the home list writes the date as the
/// language does, the New form's date is read in that order, and a time is never broken.
#[test]
fn dates_follow_the_interface_language() {
    let mut db = Db::open_in_memory().expect("db");
    let mut typed = input("E. Tester");
    typed.date = "02.12.2026".into();
    let id = service::create(&mut db, &typed).expect("a Russian date is read");
    assert_eq!(db.assessment(id).expect("stored").date, "2026-12-02");
    for (lang, shown) in [
        (Lang::Ru, "02.12.2026"),
        (Lang::Fr, "02/12/2026"),
        (Lang::Zh, "2026-12-02"),
    ] {
        let home = service::home(&db, &Localizer::new(lang, true)).expect("home");
        assert_eq!(json(&home)[0]["date_label"], shown, "{lang}");
    }
    let mut wrong = input("E. Tester");
    wrong.round = "Other".into();
    wrong.date = "31.02.2026".into();
    assert!(service::create(&mut db, &wrong).is_err(), "not a real day");
}

/// Issue 13: the dashboard says that a missing target counts as the current phase, when an
/// indicator with a phase has none.
#[test]
fn the_dashboard_says_a_missing_target_counts_as_the_current_phase() {
    let mut db = Db::open_in_memory().expect("db");
    let id = service::create(&mut db, &input("E. Tester")).expect("create");
    let l = Localizer::new(Lang::En, true);
    let view = service::dashboard(&db, id, &l).expect("dashboard");
    assert!(view.target_note.is_none(), "nothing answered: no note");
    let mut r = Response::empty("1");
    r.current = Some(Current::Phase(2));
    r.rationale = "Because".into();
    service::save_response(&mut db, id, &r, "t", &l).expect("save");
    let view = service::dashboard(&db, id, &l).expect("dashboard");
    assert_eq!(
        view.target_note.as_deref(),
        Some(l.text("ui-dash-target-note").as_str())
    );
    r.target = Some(4);
    service::save_response(&mut db, id, &r, "t", &l).expect("save");
    let view = service::dashboard(&db, id, &l).expect("dashboard");
    assert!(view.target_note.is_none(), "every phase has its target");
}
