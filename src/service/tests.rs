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
        round: "Baseline 2026".into(),
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
