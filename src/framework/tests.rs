use super::*;

const MINIMAL: &str = r#"
id = "mini"
version = "1.0"
text_prefix = "mini"
scoring = "gdhm"
responsible = ["moh"]

[[block]]
id = "b1"
action_lines = ["l1"]

[[indicator]]
code = "1"
block = "b1"
scale = "phases"
evidence_examples = 1
actions = [
  { step = 1, line = "l1", timeframe = "short", cost = "low", responsible = "moh" },
  { step = 2, line = "l1", timeframe = "short", cost = "low", responsible = "moh" },
  { step = 3, line = "l1", timeframe = "medium", cost = "low", responsible = "moh" },
  { step = 4, line = "l1", timeframe = "long", cost = "high", responsible = "moh" },
]
"#;

fn problems(text: &str) -> Vec<ContentIssue> {
    match Framework::from_toml("test/framework.toml", text) {
        Err(Error::Content(issues)) => issues,
        Err(other) => panic!("expected content issues, got {other:?}"),
        Ok(_) => Vec::new(),
    }
}

#[test]
fn minimal_framework_loads() {
    let fw = Framework::from_toml("mini.toml", MINIMAL).expect("valid");
    assert_eq!(fw.indicators.len(), 1);
    assert_eq!(fw.indicators[0].actions[3].id, "1.s4.a1");
    assert_eq!(fw.key("1", IndicatorText::Phase(3)), "mini-i1-phase-3");
}

#[test]
fn builtin_gdhm_framework_has_the_brief_indicator_set() {
    let fw = latest(DEFAULT_FRAMEWORK).expect("built-in framework loads");
    let counts = fw.counts();
    assert_eq!(counts.blocks, 7, "seven WHO-ITU building blocks");
    assert_eq!(counts.scored, 23, "23 scored GDHM indicators");
    assert_eq!(counts.sub_indicators, 8, "8 sub-indicators");
    let subs: Vec<&str> = fw
        .indicators
        .iter()
        .filter(|i| !i.is_scored())
        .map(|i| i.code.as_str())
        .collect();
    assert_eq!(subs, ["2a", "4a", "5a", "6a", "9a", "21a", "21b", "21c"]);
    let scored: Vec<&str> = fw
        .indicators
        .iter()
        .filter(|i| i.is_scored())
        .map(|i| i.code.as_str())
        .collect();
    let expected: Vec<String> = (1..=23).map(|n| n.to_string()).collect();
    assert_eq!(
        scored,
        expected.iter().map(String::as_str).collect::<Vec<_>>()
    );
    // Block membership as in the brief's table.
    let block_of = |c: &str| fw.indicator(c).map(|i| i.block.as_str());
    assert_eq!(block_of("10"), Some("legislation-policy-compliance"));
    assert_eq!(block_of("14"), Some("workforce"));
    assert_eq!(block_of("16"), Some("standards-interoperability"));
    assert_eq!(block_of("18"), Some("infrastructure"));
    assert_eq!(block_of("21c"), Some("services-applications"));
    for i in &fw.indicators {
        for step in STEPS {
            let n = i.actions_for_step(step).count();
            assert!(
                (1..=3).contains(&n),
                "indicator {} step {step}: {n} actions",
                i.code
            );
        }
    }
}

#[test]
fn errors_name_file_indicator_and_field() {
    let bad = MINIMAL.replace("block = \"b1\"\nscale", "block = \"nope\"\nscale");
    let issues = problems(&bad);
    let i = issues
        .iter()
        .find(|i| i.field == "block")
        .expect("block issue");
    assert_eq!(i.file, "test/framework.toml");
    assert_eq!(i.item, "1");
    assert_eq!(i.problem, ContentProblem::UnknownReference("nope".into()));
}

#[test]
fn every_structural_mistake_is_reported() {
    let cases: &[(&str, &str, &str)] = &[
        ("code = \"1\"", "code = \"1 x\"", "code"),
        ("scale = \"phases\"", "scale = \"stars\"", "scale"),
        (
            "scale = \"phases\"",
            "scale = { bands = \"missing\" }",
            "scale",
        ),
        (
            "evidence_examples = 1",
            "evidence_examples = 9",
            "evidence_examples",
        ),
        (
            "step = 4, line = \"l1\"",
            "step = 5, line = \"l1\"",
            "actions.step",
        ),
        (
            "step = 4, line = \"l1\"",
            "step = 4, line = \"l9\"",
            "actions.line",
        ),
        (
            "timeframe = \"long\"",
            "timeframe = \"soon\"",
            "actions.timeframe",
        ),
        ("cost = \"high\"", "cost = \"huge\"", "actions.cost"),
        (
            "cost = \"high\", responsible = \"moh\"",
            "cost = \"high\", responsible = \"x\"",
            "actions.responsible",
        ),
        ("version = \"1.0\"", "version = \"one\"", "version"),
    ];
    for (from, to, field) in cases {
        assert!(
            MINIMAL.contains(from),
            "test case must change something: {from}"
        );
        let issues = problems(&MINIMAL.replacen(from, to, 1));
        assert!(
            issues.iter().any(|i| i.field == *field),
            "changing {from:?} to {to:?} must report field {field}, got {issues:?}"
        );
    }
}

#[test]
fn step_without_actions_is_reported() {
    let bad = MINIMAL.replace(
        "  { step = 3, line = \"l1\", timeframe = \"medium\", cost = \"low\", responsible = \"moh\" },\n",
        "",
    );
    let issues = problems(&bad);
    assert!(issues.iter().any(|i| i.field == "actions"
        && matches!(&i.problem, ContentProblem::OutOfRange(d) if d.contains("step 3"))));
}

#[test]
fn sub_indicator_rules() {
    let with_sub = format!(
        "{MINIMAL}\n[[indicator]]\ncode = \"1a\"\nblock = \"b1\"\nparent = \"9\"\nscale = \"phases\"\nevidence_examples = 1\nactions = [{{ step = 1, line = \"l1\", timeframe = \"short\", cost = \"low\", responsible = \"moh\" }}, {{ step = 2, line = \"l1\", timeframe = \"short\", cost = \"low\", responsible = \"moh\" }}, {{ step = 3, line = \"l1\", timeframe = \"short\", cost = \"low\", responsible = \"moh\" }}, {{ step = 4, line = \"l1\", timeframe = \"short\", cost = \"low\", responsible = \"moh\" }}]\n"
    );
    let issues = problems(&with_sub);
    assert!(issues.iter().any(|i| i.item == "1a" && i.field == "parent"));
    let fixed = with_sub.replace("parent = \"9\"", "parent = \"1\"");
    let fw = Framework::from_toml("x", &fixed).expect("valid with parent 1");
    assert!(!fw.indicator("1a").expect("1a").is_scored());
}

#[test]
fn syntax_errors_give_the_line() {
    let issues = problems("id = \"x\"\nversion = \n");
    assert_eq!(issues.len(), 1);
    assert!(issues[0].item.starts_with("line "), "{issues:?}");
    let issues = problems(&format!("{MINIMAL}\nsurprise = 1\n"));
    assert!(
        matches!(issues[0].problem, ContentProblem::Syntax(_)),
        "unknown fields are refused"
    );
}

#[test]
fn every_embedded_structure_file_is_valid() {
    let files: Vec<_> = crate::assets::FILES
        .iter()
        .filter(|(p, _)| p.starts_with("questionnaires/") && p.ends_with(STRUCTURE_FILE))
        .collect();
    assert!(!files.is_empty(), "at least one framework is built in");
    for (path, text) in files {
        if let Err(e) = Framework::from_toml(path, text) {
            panic!("{path} must be valid: {e:?}");
        }
    }
}

#[test]
fn codes_sort_as_people_read_them() {
    let mut codes = vec![
        "18", "2", "21", "21a", "22", "23", "2a", "3", "1", "21c", "21b", "10", "9a", "9",
    ];
    sort_codes(&mut codes);
    assert_eq!(
        codes,
        ["1", "2", "2a", "3", "9", "9a", "10", "18", "21", "21a", "21b", "21c", "22", "23"]
    );
    use std::cmp::Ordering::*;
    assert_eq!(cmp_codes("2a", "21"), Less);
    assert_eq!(cmp_codes("100", "99"), Greater);
    assert_eq!(
        cmp_codes("007", "7"),
        Less,
        "a total order: equal numbers by text"
    );
    assert_eq!(
        cmp_codes("1.2", "1.10"),
        Less,
        "dotted codes: 1.2 before 1.10"
    );
    assert_eq!(
        cmp_codes("x", "3"),
        Greater,
        "codes without a number after numbered ones"
    );
    assert_eq!(cmp_codes("3", "3"), Equal);
    // The built-in framework lists its indicators in this order.
    let fw = latest(DEFAULT_FRAMEWORK).expect("built-in framework");
    let listed: Vec<&str> = fw.indicators.iter().map(|i| i.code.as_str()).collect();
    let mut sorted = listed.clone();
    sort_codes(&mut sorted);
    assert_eq!(listed, sorted);
}
