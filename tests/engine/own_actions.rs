//! The team's own roadmap actions and richer actions (issue 15 items 2 and 3): added on an
//! indicator or cross-cutting and deleted in a draft only, each in the change log; the
//! template's actions dropped, never deleted; years, budget and currency checked with their
//! own messages; everything carried by the assessment file (format 6, refused in older
//! versions, described by the JSON schema), merged between copies, and printed in the
//! report with the mark of an action the team wrote.

use std::path::Path;

use dhma::exchange;
use dhma::i18n::{Lang, Localizer};
use dhma::model::{AssessmentData, Budget, RoadmapItem, RoadmapStatus};
use dhma::service::{self, NewAction, RoadmapEdit, SignOff};
use dhma::storage::Db;

const ACTOR: &str = "tester";

fn draft_with_roadmap() -> (Db, i64) {
    let mut db = Db::open_in_memory().expect("db");
    let id = service::open_sample(&mut db).expect("sample");
    service::regenerate_roadmap(&mut db, id, ACTOR).expect("roadmap");
    (db, id)
}

/// The first action line of indicator `code`'s building block.
fn line_of(code: &str) -> String {
    let fw = super::gdhm();
    let block = &fw.indicator(code).expect("indicator").block;
    fw.block(block).expect("block").action_lines[0].clone()
}

fn on_indicator(code: &str, text: &str) -> NewAction {
    NewAction {
        indicator: code.into(),
        block: String::new(),
        line: line_of(code),
        step: String::new(),
        text: text.into(),
    }
}

fn cross_cutting(block: &str, text: &str) -> NewAction {
    NewAction {
        indicator: String::new(),
        block: block.into(),
        line: String::new(),
        step: String::new(),
        text: text.into(),
    }
}

fn edit_of(item: &RoadmapItem) -> RoadmapEdit {
    RoadmapEdit {
        uid: item.uid.clone(),
        text: item.text.clone().unwrap_or_default(),
        monitoring: item.monitoring.clone().unwrap_or_default(),
        timeframe: item.timeframe.as_str().into(),
        responsible: item.responsible.clone(),
        priority: item.priority,
        cost: item.cost.as_str().into(),
        status: item.status.as_str().into(),
        start_year: String::new(),
        end_year: String::new(),
        budget_amount: String::new(),
        budget_currency: String::new(),
        baseline: String::new(),
        monitoring_target: String::new(),
    }
}

fn item(data: &AssessmentData, uid: &str) -> RoadmapItem {
    data.roadmap
        .iter()
        .find(|i| i.uid == uid)
        .cloned()
        .expect("the item")
}

fn pdf_text(pdf: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args([&pdf.display().to_string(), "-"])
        .output()
        .expect("pdftotext (poppler-utils)");
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_team_adds_its_own_actions_and_deletes_them_but_not_the_templates() {
    let (mut db, id) = draft_with_roadmap();
    let before = db.load(id).expect("load");
    let fw = super::gdhm();
    let first_block = fw.blocks[0].id.clone();

    let mine = service::add_roadmap_action(
        &mut db,
        id,
        &on_indicator("1", "  Study tour to a neighbouring ministry  "),
        ACTOR,
    )
    .expect("own action");
    let across = service::add_roadmap_action(
        &mut db,
        id,
        &cross_cutting(&first_block, "Digital health steering committee"),
        ACTOR,
    )
    .expect("cross-cutting of a block");
    let everywhere = service::add_roadmap_action(
        &mut db,
        id,
        &cross_cutting("", "Annual review of the roadmap"),
        ACTOR,
    )
    .expect("cross-cutting of all blocks");

    let data = db.load(id).expect("load");
    assert_eq!(data.roadmap.len(), before.roadmap.len() + 3);
    let own = item(&data, &mine);
    assert_eq!(
        own.text.as_deref(),
        Some("Study tour to a neighbouring ministry")
    );
    assert!(own.is_own() && own.edited && !own.is_cross_cutting());
    assert_eq!((own.from_phase, own.to_phase), (None, None));
    let across_item = item(&data, &across);
    assert!(across_item.is_cross_cutting());
    assert_eq!(across_item.block.as_deref(), Some(first_block.as_str()));
    assert_eq!(item(&data, &everywhere).block, None);
    let added: Vec<(Option<&str>, Option<&str>)> = data
        .change_log
        .iter()
        .filter(|c| c.what == "roadmap.added")
        .map(|c| (c.subject.as_deref(), c.new.as_deref()))
        .collect();
    assert_eq!(
        added,
        [
            (
                Some(mine.as_str()),
                Some("Study tour to a neighbouring ministry")
            ),
            (
                Some(across.as_str()),
                Some("Digital health steering committee")
            ),
            (
                Some(everywhere.as_str()),
                Some("Annual review of the roadmap")
            ),
        ]
    );

    // The screen: the own action in its indicator's group, marked; cross-cutting ones in
    // their own groups after the others.
    let l = Localizer::new(Lang::En, false);
    let view = service::roadmap(&db, id, &l).expect("view");
    let row = view
        .groups
        .iter()
        .flat_map(|g| g.rows.iter())
        .find(|r| r.uid == mine)
        .expect("row");
    assert!(row.own);
    assert_eq!(row.origin, "Written by the team");
    let cross: Vec<(&str, usize)> = view
        .groups
        .iter()
        .filter(|g| g.cross_cutting)
        .map(|g| (g.line.as_str(), g.rows.len()))
        .collect();
    assert_eq!(cross.len(), 2, "{cross:?}");
    assert_eq!(cross[1], ("All building blocks", 1));
    assert!(view.groups.iter().rev().take(2).all(|g| g.cross_cutting));

    // A template's action is dropped, never deleted: the next proposal would bring it back.
    let template = before.roadmap[0].uid.clone();
    let err = service::delete_roadmap_action(&mut db, id, &template, ACTOR).expect_err("kept");
    assert_eq!(err.code(), "invalid-action");
    assert!(
        err.localize(&l).contains("“Dropped”"),
        "{}",
        err.localize(&l)
    );

    // Refused additions change nothing: no text, an unknown indicator, a line of another
    // block, a cross-cutting action with a step, an unknown block.
    let unchanged = db.load(id).expect("load");
    let bad = [
        on_indicator("1", "   "),
        NewAction {
            indicator: "99".into(),
            ..on_indicator("1", "x")
        },
        NewAction {
            line: "no-such-line".into(),
            ..on_indicator("1", "x")
        },
        NewAction {
            step: "2-3".into(),
            ..cross_cutting("", "x")
        },
        cross_cutting("no-such-block", "x"),
        NewAction {
            step: "3-2".into(),
            ..on_indicator("1", "x")
        },
    ];
    for new in &bad {
        assert!(
            service::add_roadmap_action(&mut db, id, new, ACTOR).is_err(),
            "{new:?}"
        );
    }
    assert_eq!(db.load(id).expect("load"), unchanged);

    // The team's own action is deleted, in the log with its text.
    service::delete_roadmap_action(&mut db, id, &everywhere, ACTOR).expect("delete");
    let after = db.load(id).expect("load");
    assert!(after.roadmap.iter().all(|i| i.uid != everywhere));
    let last = after.change_log.last().expect("logged");
    assert_eq!(
        (
            last.what.as_str(),
            last.subject.as_deref(),
            last.old.as_deref()
        ),
        (
            "roadmap.deleted",
            Some(everywhere.as_str()),
            Some("Annual review of the roadmap")
        )
    );

    // Proposing again keeps the team's actions.
    service::regenerate_roadmap(&mut db, id, ACTOR).expect("again");
    let again = db.load(id).expect("load");
    assert!(again.roadmap.iter().any(|i| i.uid == mine));
    assert!(again.roadmap.iter().any(|i| i.uid == across));
}

/// Own actions are planning: a finalised assessment refuses adding and deleting them (the
/// follow-up of every action, its status and note, stays open after sign-off).
#[test]
fn a_finalised_assessment_refuses_new_actions_and_follows_up_the_teams() {
    let (mut db, id) = draft_with_roadmap();
    let mine = service::add_roadmap_action(
        &mut db,
        id,
        &on_indicator("2", "Pilot in two districts"),
        ACTOR,
    )
    .expect("own");
    service::finalise(
        &mut db,
        id,
        &SignOff {
            approver_name: "Dr A. Mensah".into(),
            approver_role: "Permanent Secretary".into(),
            government_approved: true,
        },
        ACTOR,
    )
    .expect("finalise");
    let signed = db.load(id).expect("load");
    let err = service::add_roadmap_action(&mut db, id, &on_indicator("2", "Late idea"), ACTOR)
        .expect_err("locked");
    assert_eq!(err.code(), "assessment-locked");
    let err = service::delete_roadmap_action(&mut db, id, &mine, ACTOR).expect_err("locked");
    assert_eq!(err.code(), "assessment-locked");
    assert_eq!(db.load(id).expect("load"), signed);

    service::set_follow_up(
        &mut db,
        id,
        &mine,
        "in-progress",
        "District A started.",
        ACTOR,
    )
    .expect("follow-up");
    let now = db.load(id).expect("load");
    assert_eq!(item(&now, &mine).status, RoadmapStatus::InProgress);
    assert_eq!(
        exchange::verify_check_code(&now).expect("verify"),
        Some(true)
    );
}

#[test]
fn years_budget_and_currency_are_checked_stored_and_logged() {
    let (mut db, id) = draft_with_roadmap();
    let l = Localizer::new(Lang::En, false);
    let original = db.load(id).expect("load").roadmap[0].clone();
    let unchanged = db.load(id).expect("load");
    let refused = [
        (
            "year",
            RoadmapEdit {
                start_year: "1999".into(),
                ..edit_of(&original)
            },
        ),
        (
            "year",
            RoadmapEdit {
                end_year: "next year".into(),
                ..edit_of(&original)
            },
        ),
        (
            "end-before-start",
            RoadmapEdit {
                start_year: "2028".into(),
                end_year: "2027".into(),
                ..edit_of(&original)
            },
        ),
        (
            "amount",
            RoadmapEdit {
                budget_amount: "-5".into(),
                budget_currency: "USD".into(),
                ..edit_of(&original)
            },
        ),
        (
            "amount",
            RoadmapEdit {
                budget_amount: "1,500,000".into(),
                budget_currency: "USD".into(),
                ..edit_of(&original)
            },
        ),
        (
            "amount",
            RoadmapEdit {
                budget_amount: "1e6".into(),
                budget_currency: "USD".into(),
                ..edit_of(&original)
            },
        ),
        (
            "currency",
            RoadmapEdit {
                budget_amount: "100".into(),
                budget_currency: "dollars".into(),
                ..edit_of(&original)
            },
        ),
        (
            "budget-incomplete",
            RoadmapEdit {
                budget_amount: "100".into(),
                ..edit_of(&original)
            },
        ),
        (
            "budget-incomplete",
            RoadmapEdit {
                budget_currency: "EUR".into(),
                ..edit_of(&original)
            },
        ),
    ];
    for (rule, edit) in &refused {
        let err = service::edit_roadmap_item(&mut db, id, edit, ACTOR, &l).expect_err(rule);
        assert_eq!(err.code(), "invalid-action", "{rule}: {err:?}");
        assert!(
            matches!(&err, dhma::Error::InvalidAction { rule: r, .. } if r == rule),
            "{rule}: {err:?}"
        );
        let text = err.localize(&l);
        assert!(!text.contains("error-"), "{text}");
    }
    // A blank responsible body is refused too.
    let blank = RoadmapEdit {
        responsible: "  ".into(),
        ..edit_of(&original)
    };
    assert_eq!(
        service::edit_roadmap_item(&mut db, id, &blank, ACTOR, &l)
            .expect_err("blank")
            .code(),
        "required"
    );
    assert_eq!(db.load(id).expect("load"), unchanged);

    // As a person types them: grouping spaces, a decimal comma, a lower-case code.
    let good = RoadmapEdit {
        start_year: "2027".into(),
        end_year: "٢٠٢٩".into(),
        budget_amount: "1 500 000,50".into(),
        budget_currency: "xof".into(),
        baseline: " 12 districts ".into(),
        monitoring_target: "All 40 districts".into(),
        responsible: "Development partners".into(),
        ..edit_of(&original)
    };
    service::edit_roadmap_item(&mut db, id, &good, ACTOR, &l).expect("stored");
    let data = db.load(id).expect("load");
    let stored = item(&data, &original.uid);
    assert_eq!(
        (stored.start_year, stored.end_year),
        (Some(2027), Some(2029))
    );
    assert_eq!(
        stored.budget,
        Some(Budget {
            amount: "1500000.50".into(),
            currency: "XOF".into()
        })
    );
    assert_eq!(stored.baseline, "12 districts");
    assert_eq!(stored.monitoring_target, "All 40 districts");
    assert_eq!(
        stored.responsible, "development-partners",
        "the built-in id"
    );
    let logged: Vec<(&str, Option<&str>)> = data
        .change_log
        .iter()
        .filter(|c| c.subject.as_deref() == Some(original.uid.as_str()))
        .map(|c| (c.what.as_str(), c.new.as_deref()))
        .collect();
    for expected in [
        ("roadmap.start_year", Some("2027")),
        ("roadmap.end_year", Some("2029")),
        ("roadmap.budget", Some("1500000.50 XOF")),
        ("roadmap.baseline", Some("12 districts")),
        ("roadmap.responsible", Some("development-partners")),
    ] {
        assert!(logged.contains(&expected), "{expected:?} in {logged:?}");
    }

    // The team's own body: kept in its words, and offered with the others afterwards.
    let own_body = RoadmapEdit {
        responsible: "National Health Insurance Fund".into(),
        ..good.clone()
    };
    service::edit_roadmap_item(&mut db, id, &own_body, ACTOR, &l).expect("own body");
    let view = service::roadmap(&db, id, &l).expect("view");
    let offered: Vec<&str> = view.responsible.iter().map(|c| c.label.as_str()).collect();
    assert!(
        offered.contains(&"National Health Insurance Fund"),
        "{offered:?}"
    );
    assert!(offered.contains(&"Private sector"), "{offered:?}");
}

#[test]
fn the_file_carries_own_and_richer_actions_and_an_older_version_refuses_them() {
    let (mut db, id) = draft_with_roadmap();
    // Without the new fields, the content is as format 5 wrote it: no new key appears.
    let plain = exchange::to_string(&db.load(id).expect("load")).expect("file");
    for key in [
        "\"block\"",
        "\"start_year\"",
        "\"budget\"",
        "\"baseline\"",
        "\"monitoring_target\"",
    ] {
        assert!(!plain.contains(key), "{key}");
    }
    let l = Localizer::new(Lang::En, false);
    service::add_roadmap_action(&mut db, id, &cross_cutting("", "Annual review"), ACTOR)
        .expect("cross");
    let first = db.load(id).expect("load").roadmap[0].clone();
    service::edit_roadmap_item(
        &mut db,
        id,
        &RoadmapEdit {
            start_year: "2027".into(),
            budget_amount: "250000".into(),
            budget_currency: "USD".into(),
            ..edit_of(&first)
        },
        ACTOR,
        &l,
    )
    .expect("richer");
    let data = db.load(id).expect("load");
    let text = exchange::to_string(&data).expect("file");
    let back = exchange::parse("f.dhma.json", &text).expect("reads back");
    assert_eq!(back.roadmap, data.roadmap);

    // The JSON schema describes the content.
    let v: serde_json::Value = serde_json::from_str(&text).expect("json");
    assert_eq!(v["format_version"], 6);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/schema");
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("assessment.schema.json")).expect("schema"),
    )
    .expect("schema json");
    let mut compiler = boon::Compiler::new();
    compiler
        .add_resource("https://dhma.invalid/schema/assessment.schema.json", schema)
        .expect("add");
    let mut schemas = boon::Schemas::new();
    let index = compiler
        .compile(
            "https://dhma.invalid/schema/assessment.schema.json",
            &mut schemas,
        )
        .expect("compile");
    schemas
        .validate(&v["content"], index)
        .unwrap_or_else(|e| panic!("{e:#}"));
    // A float amount is not what the schema allows.
    let mut float = v["content"].clone();
    let rich = float["roadmap"]
        .as_array_mut()
        .and_then(|items| items.iter_mut().find(|i| i.get("budget").is_some()))
        .expect("the item with a budget");
    rich["budget"]["amount"] = serde_json::json!(250000.0);
    assert!(schemas.validate(&float, index).is_err());

    // Sealed as format 5, the same content is refused, naming the field.
    let body = serde_json::to_string(&v["content"]).expect("body");
    use sha2::{Digest, Sha256};
    let sha: String = Sha256::digest(body.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let v5 = format!(
        "{{\"format\":\"dhma-assessment\",\"format_version\":5,\"sha256\":\"{sha}\",\"content\":{body}}}"
    );
    let err = exchange::parse("old.dhma.json", &v5).expect_err("refused");
    assert_eq!(err.code(), "invalid-file-field", "{err:?}");
    let dhma::Error::InvalidFileField { field, .. } = &err else {
        panic!("{err:?}")
    };
    assert!(field.starts_with("content.roadmap."), "{field}");
}

/// Two copies: one adds an action of its own, the other gives an action a budget; each
/// merge brings the other's change.
#[test]
fn copies_merge_the_teams_actions_and_their_details() {
    let dir = tempfile::tempdir().expect("tmp");
    let (mut a, id) = draft_with_roadmap();
    let file = dir.path().join("a.dhma.json");
    exchange::export_file(&mut a, id, &file).expect("export");
    let mut b = Db::open_in_memory().expect("db");
    let bid = exchange::import(&mut b, &file, ACTOR).expect("import").id();

    let mine =
        service::add_roadmap_action(&mut b, bid, &on_indicator("3", "Train data clerks"), ACTOR)
            .expect("own on b");
    let first = a.load(id).expect("load").roadmap[0].clone();
    let l = Localizer::new(Lang::En, false);
    service::edit_roadmap_item(
        &mut a,
        id,
        &RoadmapEdit {
            budget_amount: "75000".into(),
            budget_currency: "EUR".into(),
            ..edit_of(&first)
        },
        ACTOR,
        &l,
    )
    .expect("budget on a");

    let from_b = dir.path().join("b.dhma.json");
    exchange::export_file(&mut b, bid, &from_b).expect("export b");
    exchange::import(&mut a, &from_b, ACTOR).expect("merge into a");
    let merged = a.load(id).expect("load");
    assert_eq!(
        item(&merged, &mine).text.as_deref(),
        Some("Train data clerks")
    );
    assert_eq!(
        item(&merged, &first.uid).budget.map(|b| b.amount),
        Some("75000".into())
    );
}

/// The report says which actions the team wrote (a mark and its legend) and prints the
/// cross-cutting actions in their own section, with years and budget.
#[test]
fn the_report_marks_the_teams_actions_and_prints_cross_cutting_ones_apart() {
    let (mut db, id) = draft_with_roadmap();
    service::add_roadmap_action(
        &mut db,
        id,
        &on_indicator("1", "Study tour to a neighbouring ministry"),
        ACTOR,
    )
    .expect("own");
    service::add_roadmap_action(
        &mut db,
        id,
        &cross_cutting("", "Annual review of the roadmap"),
        ACTOR,
    )
    .expect("cross");
    let l = Localizer::new(Lang::En, false);
    let first = db.load(id).expect("load").roadmap[0].clone();
    service::edit_roadmap_item(
        &mut db,
        id,
        &RoadmapEdit {
            start_year: "2027".into(),
            end_year: "2029".into(),
            budget_amount: "250000".into(),
            budget_currency: "USD".into(),
            baseline: "Baseline twelve".into(),
            ..edit_of(&first)
        },
        ACTOR,
        &l,
    )
    .expect("richer");
    let dir = tempfile::tempdir().expect("tmp");
    let pdf = dir.path().join("r.pdf");
    service::export_report(&db, id, Lang::En, &pdf).expect("report");
    if let Some(keep) = std::env::var_os("DHMA_REPORT_DIR") {
        std::fs::copy(&pdf, Path::new(&keep).join("own-actions-en.pdf")).expect("keep");
        for lang in [Lang::Ar, Lang::Zh] {
            let out = Path::new(&keep).join(format!("own-actions-{}.pdf", lang.code()));
            service::export_report(&db, id, lang, &out).expect("report");
        }
    }
    let text = pdf_text(&pdf);
    assert!(text.contains("* An action the team wrote."), "the legend");
    assert!(
        text.contains("Study tour to a neighbouring ministry *"),
        "the mark"
    );
    let cross = text
        .rsplit("Cross-cutting actions")
        .next()
        .expect("the cross-cutting section");
    assert!(cross.contains("All building blocks"), "{cross}");
    assert!(cross.contains("Annual review of the roadmap *"), "{cross}");
    assert!(text.contains("2027–2029"), "the years");
    assert!(text.contains("250000 USD"), "the budget");
    assert!(text.contains("Baseline: Baseline twelve"), "the baseline");
    assert!(text.contains("Medium cost"), "the cost class");
}

/// The progress report lists every action, the cross-cutting ones too (in their own groups,
/// marked as the report marks the team's actions), with the team's end year as due date.
#[test]
fn the_progress_report_lists_cross_cutting_actions_and_marks_the_teams() {
    let (mut db, id) = draft_with_roadmap();
    service::add_roadmap_action(
        &mut db,
        id,
        &cross_cutting("", "Annual review of the roadmap"),
        ACTOR,
    )
    .expect("cross");
    // An end year already past: overdue, due on its 31 December, the rule said.
    let first = db.load(id).expect("load").roadmap[0].clone();
    let l = Localizer::new(Lang::En, false);
    service::edit_roadmap_item(
        &mut db,
        id,
        &RoadmapEdit {
            start_year: "2024".into(),
            end_year: "2025".into(),
            ..edit_of(&first)
        },
        ACTOR,
        &l,
    )
    .expect("years");
    let dir = tempfile::tempdir().expect("tmp");
    let pdf = dir.path().join("p.pdf");
    service::write_progress_report(&mut db, id, Lang::En, &pdf, ACTOR).expect("progress");
    let text = pdf_text(&pdf);
    let overdue = text
        .split("Overdue actions")
        .nth(1)
        .and_then(|t| t.split("Every action").next())
        .expect("the overdue section");
    assert!(overdue.contains("once that year has ended"), "{overdue}");
    assert!(overdue.contains("31/12/2025"), "{overdue}");
    let all = text
        .split("Every action")
        .nth(1)
        .expect("the list of every action");
    assert!(all.contains("Cross-cutting actions"), "{all}");
    assert!(all.contains("Annual review of the roadmap *"), "{all}");
    assert!(
        all.contains("* An action the team wrote."),
        "the legend: {all}"
    );
}
