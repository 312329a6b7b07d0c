//! The `dhma` binary: outputs, localization and error cases (line numbers, exit code 2).

use std::path::Path;
use std::process::{Command, Output};

use dhma::scoring::score;

use super::gdhm;

fn dhma(args: &[&str], db: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dhma"))
        .args(args)
        .arg("--db")
        .arg(db)
        .env_remove("DHMA_LANG")
        .env("LANG", "C")
        .output()
        .expect("run dhma")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

struct Run {
    dir: tempfile::TempDir,
}

impl Run {
    fn new() -> Run {
        Run {
            dir: tempfile::tempdir().expect("tmp"),
        }
    }
    fn db(&self) -> std::path::PathBuf {
        self.dir.path().join("cli.sqlite3")
    }
    fn file(&self, name: &str, content: &str) -> String {
        let p = self.dir.path().join(name);
        std::fs::write(&p, content).expect("write");
        p.display().to_string()
    }
    fn run(&self, args: &[&str]) -> Output {
        dhma(args, &self.db())
    }
}

const HAND_MADE: &str = "indicator,phase,target\n\
1,3,4\n2,2,\n2a,5,\n3,NA,\n4,2,3\n4a,1,\n\
5,4,\n5a,1,\n6,2,\n6a,NA,\n\
7,1,\n8,2,\n9,2,\n9a,NA,\n10,2,\n\
11,NA,\n12,NA,\n13,NA,\n14,NA,\n\
15,3,\n16,4,\n\
17,1,\n18,2,\n\
19,1,\n20,2,\n21,3,\n21a,5,\n21b,5,\n21c,5,\n22,1,\n23,1,\n";

#[test]
fn score_of_a_hand_made_file_gives_the_expected_phases() {
    let r = Run::new();
    let csv = r.file("answers.csv", HAND_MADE);
    let out = r.run(&["score", "--answers", &csv, "--format", "json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["framework"]["id"], "who-itu-gdhm");
    let block = |id: &str| {
        v["blocks"]
            .as_array()
            .expect("blocks")
            .iter()
            .find(|b| b["id"] == id)
            .cloned()
            .expect("block")
    };
    // Worked by hand from the brief's rules:
    // leadership: 1=3, 2=2, 4=2 (3 NA; 2a, 4a sub) → 7/3 = 2.33 → 2.3 → phase 3
    let lg = block("leadership-governance");
    assert_eq!(lg["mean"].as_f64(), Some(7.0 / 3.0));
    assert_eq!(lg["phase"], 3);
    assert_eq!(lg["scored"], serde_json::json!(["1", "2", "4"]));
    assert_eq!(lg["excluded"], serde_json::json!(["2a", "3", "4a"]));
    // strategy: 5=4, 6=2 → 3.0 → phase 3
    assert_eq!(block("strategy-investment")["phase"], 3);
    // legislation: 7=1, 8=2, 9=2, 10=2 → 1.75 → 1.8 → phase 2
    assert_eq!(
        block("legislation-policy-compliance")["mean"].as_f64(),
        Some(1.75)
    );
    assert_eq!(block("legislation-policy-compliance")["phase"], 2);
    // workforce: all NA → no score, null, never zero
    let wf = block("workforce");
    assert!(wf["mean"].is_null() && wf["phase"].is_null(), "{wf}");
    // standards: 3.5 → phase 4; infrastructure: 1.5 → 2; services: 19..23 = 1,2,3,1,1 → 1.6 → 2
    assert_eq!(block("standards-interoperability")["phase"], 4);
    assert_eq!(block("infrastructure")["phase"], 2);
    assert_eq!(block("services-applications")["mean"].as_f64(), Some(1.6));
    assert_eq!(block("services-applications")["phase"], 2);
    // overall: (7/3 + 3 + 1.75 + 3.5 + 1.5 + 1.6) / 6 = 2.2805… → 2.3 → phase 3
    let overall = (7.0 / 3.0 + 3.0 + 1.75 + 3.5 + 1.5 + 1.6) / 6.0;
    let got = v["overall"]["mean"].as_f64().expect("overall mean");
    assert!((got - overall).abs() < 1e-12, "{got} vs {overall}");
    assert_eq!(v["overall"]["phase"], 3);
}

#[test]
fn score_table_is_localized() {
    let r = Run::new();
    let csv = r.file("answers.csv", HAND_MADE);
    let en = r.run(&["score", "--answers", &csv]);
    assert!(
        text(&en.stdout).contains("Workforce"),
        "{}",
        text(&en.stdout)
    );
    assert!(text(&en.stdout).contains("not available"));
    let fr = r.run(&["--lang", "fr", "score", "--answers", &csv]);
    let fr_out = text(&fr.stdout);
    assert!(fr.status.success());
    assert!(!fr_out.contains("Workforce"), "{fr_out}");
    let ar = r.run(&["--lang", "ar", "score", "--answers", &csv]);
    assert!(text(&ar.stdout)
        .chars()
        .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)));
}

#[test]
fn score_of_the_sample_matches_the_library() {
    let r = Run::new();
    let dir = tempfile::tempdir().expect("tmp");
    let sample = dhma::exchange::sample().expect("sample");
    let expected = dhma::service::score_json(gdhm(), &score(gdhm(), &sample.score_inputs()));
    // Through the assessment file…
    let file = dir.path().join("sample.dhma.json");
    std::fs::write(&file, dhma::exchange::to_string(&sample).expect("text")).expect("write");
    let out = r.run(&[
        "score",
        "--assessment",
        &file.display().to_string(),
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(got, expected);
    // …and through a CSV of the same answers.
    let mut csv = String::from("indicator,phase,target\n");
    for resp in &sample.responses {
        let phase = match resp.current {
            Some(dhma::scoring::Current::Phase(p)) => p.to_string(),
            Some(dhma::scoring::Current::NotApplicable) => "NA".into(),
            None => continue,
        };
        let target = resp.target.map(|t| t.to_string()).unwrap_or_default();
        csv.push_str(&format!("{},{phase},{target}\n", resp.indicator));
    }
    let path = r.file("sample.csv", &csv);
    let out = r.run(&["score", "--answers", &path, "--format", "json"]);
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(got, expected);
}

/// Bad CSV input: exit code 2 and a message naming the line.
#[test]
fn bad_rows_name_the_line_and_exit_with_2() {
    let cases = [
        ("indicator,phase\n1,3\n99,2\n", "Line 3", "99"),
        ("indicator,phase\n1,3\n2,7\n", "Line 3", "7"),
        ("indicator,phase\n1,3\n2,2\n1,4\n", "Line 4", "line 2"),
        ("code,score\n1,3\n", "phase", "indicator"),
        ("indicator,phase,target\n1,3,9\n", "Line 2", "9"),
        ("indicator,phase\n1,3\n2\n", "Line 3", ""),
        ("indicator,phase\n1,three\n", "Line 2", "three"),
    ];
    for (csv, expect_a, expect_b) in cases {
        let r = Run::new();
        let path = r.file("bad.csv", csv);
        let out = r.run(&["score", "--answers", &path]);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{csv:?}: {err}");
        assert!(
            err.contains(expect_a) && err.contains(expect_b),
            "{csv:?}: {err}"
        );
        assert!(out.stdout.is_empty(), "no partial output");
    }
}

#[test]
fn errors_are_localized() {
    let r = Run::new();
    let path = r.file("bad.csv", "indicator,phase\n1,3\n99,2\n");
    let fr = r.run(&["--lang", "fr", "score", "--answers", &path]);
    let err = text(&fr.stderr);
    assert!(
        err.contains("99") && !err.contains("there is no indicator"),
        "{err}"
    );
    let zh = r.run(&["--lang", "zh", "score", "--answers", &path]);
    assert!(text(&zh.stderr)
        .chars()
        .any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c)));
    let bad_lang = r.run(&["--lang", "klingon", "frameworks"]);
    assert_eq!(bad_lang.status.code(), Some(2));
    assert!(text(&bad_lang.stderr).contains("klingon"));
}

#[test]
fn demo_export_import_list_round_trip() {
    let r = Run::new();
    let out = r.run(&["demo"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Republic of Lusara"));
    let again = r.run(&["demo"]);
    assert!(again.status.success());
    let list = text(&r.run(&["list"]).stdout);
    // The sample's two rounds, each once.
    for round in ["Baseline 2023", "Mid-term review 2026"] {
        assert_eq!(
            list.matches(&format!("Republic of Lusara – {round}"))
                .count(),
            1,
            "demo is idempotent: {list}"
        );
    }
    assert!(list.contains("31/31"), "{list}");

    let file = r.dir.path().join("out.dhma.json").display().to_string();
    let exp = r.run(&["export", "1", "-o", &file]);
    assert!(exp.status.success(), "{}", text(&exp.stderr));

    let other = r.dir.path().join("other.sqlite3");
    let imp = dhma(&["import", &file], &other);
    assert!(imp.status.success(), "{}", text(&imp.stderr));
    // The same file again merges and changes nothing.
    let twice = dhma(&["import", &file], &other);
    assert_eq!(twice.status.code(), Some(0), "{}", text(&twice.stderr));
    assert!(
        text(&twice.stdout).ends_with(
            ": merged with the file. Answer fields taken from the file: 0. Other changes taken: 0. No conflict.\n"
        ),
        "{}",
        text(&twice.stdout)
    );

    let missing = r.run(&["export", "42", "-o", &file]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        text(&missing.stderr).contains("No assessment with the identifier 42 was found."),
        "{}",
        text(&missing.stderr)
    );
}

#[test]
fn frameworks_lists_languages_and_counts() {
    let r = Run::new();
    let out = text(&r.run(&["frameworks"]).stdout);
    assert!(out.contains("who-itu-gdhm 1.0.0"), "{out}");
    let counts = out
        .lines()
        .find(|l| l.contains("scored indicators"))
        .unwrap_or_default();
    assert!(
        counts
            .trim_start()
            .starts_with("7 building blocks, 23 scored indicators, 8 sub-indicators, "),
        "{out}"
    );
    for code in ["en", "fr", "es", "pt", "ar", "ru", "zh"] {
        assert!(out.contains(&format!("{code} (")), "{code}: {out}");
    }
}

#[test]
fn lists_and_titles_are_put_together_by_the_language_messages() {
    let r = Run::new();
    let out = r.run(&["--lang", "zh", "frameworks"]);
    let out = text(&out.stdout);
    // Chinese joins list items with "、" and uses full-width brackets.
    assert!(out.contains("en（English）、fr（"), "{out}");
    let demo = r.run(&["--lang", "fr", "demo"]);
    assert!(demo.status.success(), "{}", text(&demo.stderr));
    let sample = dhma::exchange::sample().expect("sample");
    let l = dhma::i18n::Localizer::new(dhma::i18n::Lang::Fr, false);
    let title =
        dhma::service::assessment_title(&l, &sample.assessment.country, &sample.assessment.round);
    assert!(
        text(&demo.stdout).contains(&title),
        "{}",
        text(&demo.stdout)
    );
    let list = text(&r.run(&["--lang", "fr", "list"]).stdout);
    assert!(list.contains(&title), "{list}");
}

#[test]
fn validate_accepts_the_shipped_framework_and_names_broken_content() {
    let r = Run::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ok = r.run(&[
        "validate",
        &root
            .join("questionnaires/who-itu-gdhm")
            .display()
            .to_string(),
    ]);
    assert!(
        ok.status.success(),
        "{}{}",
        text(&ok.stdout),
        text(&ok.stderr)
    );

    // A copy with a broken structure file and a missing translation.
    let copy = r.dir.path().join("fw");
    std::fs::create_dir_all(copy.join("locales")).expect("mkdir");
    let structure =
        std::fs::read_to_string(root.join("questionnaires/who-itu-gdhm/framework.toml"))
            .expect("read")
            .replacen("block = \"workforce\"", "block = \"work-force\"", 1);
    std::fs::write(copy.join("framework.toml"), structure).expect("write");
    let out = r.run(&["validate", &copy.display().to_string()]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        err.contains("framework.toml") && err.contains("11") && err.contains("block"),
        "{err}"
    );

    std::fs::write(
        copy.join("framework.toml"),
        std::fs::read_to_string(root.join("questionnaires/who-itu-gdhm/framework.toml"))
            .expect("read"),
    )
    .expect("write");
    copy_dir(&root.join("locales"), &copy.join("locales"));
    let ws = copy.join("locales/ru/who-itu-gdhm/workforce.ftl");
    let trimmed: String = std::fs::read_to_string(&ws)
        .expect("read")
        .lines()
        .filter(|l| !l.starts_with("gdhm-i13-phase-4 "))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&ws, trimmed).expect("write");
    let out = r.run(&["validate", &copy.display().to_string()]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        err.contains("gdhm-i13-phase-4") && err.contains("ru"),
        "{err}"
    );
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read dir") {
        let e = e.expect("entry");
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).expect("copy");
        }
    }
}

/// Finalise, backups, restore (of a working and of a damaged database) and compare, as a
/// user would run them.
#[test]
fn finalise_backups_restore_and_compare() {
    let r = Run::new();
    assert!(r.run(&["demo"]).status.success());
    let out = r.run(&["backups"]);
    assert!(
        text(&out.stdout).contains("No backups yet"),
        "{}",
        text(&out.stdout)
    );

    let out = r.run(&[
        "finalise",
        "1",
        "--approver",
        "Dr A. Mensah",
        "--role",
        "PS",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("finalised and locked"));
    let out = r.run(&["backups"]);
    let listing = text(&out.stdout);
    assert!(listing.contains("at finalisation"), "{listing}");
    let name = listing
        .split_whitespace()
        .find(|w| w.ends_with("-finalised.sqlite3"))
        .expect("backup name")
        .to_string();

    // A second finalisation is refused: the assessment is locked.
    let out = r.run(&["finalise", "1", "--approver", "Someone"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("locked"),
        "{}",
        text(&out.stderr)
    );

    // Restoring keeps the current state as a backup first.
    let out = r.run(&["restore", &name]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("before-restore"));
    let out = r.run(&["restore", "../cli.sqlite3"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("no backup named"),
        "{}",
        text(&out.stderr)
    );

    // A damaged database: refused unchanged, then replaced by a backup (and kept aside).
    let mut bytes = std::fs::read(r.db()).expect("read");
    let len = bytes.len();
    bytes[4096..len.min(3 * 4096)].fill(0x33);
    std::fs::write(r.db(), &bytes).expect("write");
    std::fs::remove_file(r.dir.path().join("cli.sqlite3-wal")).ok();
    let out = r.run(&["list"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a database problem, as a foreign file"
    );
    assert_eq!(
        std::fs::read(r.db()).expect("read"),
        bytes,
        "left unchanged"
    );
    let out = r.run(&["restore", &name]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("set-aside"),
        "{}",
        text(&out.stdout)
    );
    assert!(text(&r.run(&["list"]).stdout).contains("Lusara"));

    // Compare: the sample's two rounds side by side; an unknown country is a clear error.
    let out = r.run(&["compare", "republic of lusara"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let table = text(&out.stdout);
    assert!(table.contains("2 rounds"), "{table}");
    assert!(
        table.contains("Overall                             1.87                        2.22"),
        "{table}"
    );
    let out = r.run(&["compare", "Norland"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no assessment of Norland"));
}

/// Text from a file never reaches the terminal as control characters (no escape sequences).
#[test]
fn control_characters_from_files_are_shown_not_sent_to_the_terminal() {
    let r = Run::new();
    let mut data = dhma::exchange::sample().expect("sample");
    data.assessment.country = "Lusara\u{1b}]0;PWNED\u{7}\u{1b}[31m".into();
    dhma::storage::Db::open(&r.db())
        .expect("db")
        .insert_data(&data)
        .expect("insert");
    let out = r.run(&["list"]);
    assert!(out.status.success());
    assert!(!out.stdout.contains(&0x1b) && !out.stdout.contains(&0x07));
    assert!(text(&out.stdout).contains("Lusara\\u{1b}]0;PWNED\\u{7}\\u{1b}[31m"));
    let out = r.run(&["compare", "Lusara\u{1b}"]);
    assert!(!out.stderr.contains(&0x1b), "{}", text(&out.stderr));
}

/// `dhma --help` in the language of `--lang` or `DHMA_LANG`, decided before parsing.
#[test]
fn help_is_localized() {
    let run = |args: &[&str], env_lang: Option<&str>| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_dhma"));
        cmd.args(args).env_remove("DHMA_LANG").env("LANG", "C");
        if let Some(l) = env_lang {
            cmd.env("DHMA_LANG", l);
        }
        let out = cmd.output().expect("run dhma");
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        text(&out.stdout)
    };
    let fr = run(&["--lang", "fr", "--help"], None);
    assert!(
        fr.contains("Conduire et noter")
            && fr.contains("Commandes:")
            && fr.contains("Afficher l’aide"),
        "{fr}"
    );
    let ar = run(&["--help"], Some("ar"));
    assert!(
        ar.contains("الأوامر:") && ar.contains("استيراد ملف تقييم إلى قاعدة البيانات"),
        "{ar}"
    );
    let ar_sub = run(&["finalise", "--help"], Some("ar"));
    assert!(ar_sub.contains("اسم الشخص الذي يعتمد التقييم"), "{ar_sub}");
    let en = run(&["--help"], None);
    assert!(
        en.contains("Run and score national digital health maturity assessments"),
        "{en}"
    );
}

/// A failure is a sentence in the user's language; the system's own words only on a
/// separate "details for support" line.
#[test]
fn errors_say_what_happened_and_keep_the_raw_text_for_support() {
    let r = Run::new();
    let here = r.file("here.csv", "");
    let missing = Path::new(&here)
        .with_file_name("not-there.dhma.json")
        .display()
        .to_string();
    let fr = r.run(&["--lang", "fr", "import", &missing]);
    let err = text(&fr.stderr);
    let mut lines = err.lines();
    let sentence = lines.next().unwrap_or_default();
    let details = lines.next().unwrap_or_default();
    assert!(
        sentence.contains("n’existe pas") && !sentence.contains("os error"),
        "{err}"
    );
    assert!(
        details.starts_with("Détails pour l’assistance") && details.contains("os error"),
        "{err}"
    );
    // Nothing hidden: no details line.
    let path = r.file("bad.csv", "indicator,phase\n1,3\n99,2\n");
    let out = r.run(&["score", "--answers", &path]);
    assert_eq!(
        text(&out.stderr).lines().count(),
        1,
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn ratings_import_then_spread_as_json_and_table() {
    let r = Run::new();
    assert!(r.run(&["demo"]).status.success());
    let db = dhma::storage::Db::open(&r.db()).expect("db");
    let first = db.load(1).expect("load").participants[0].name.clone();
    drop(db);
    let csv = r.file(
        "ratings.csv",
        &format!(
            "Phase,Indicator,Participant,Comment\n3,1,  {} ,agreed early\n1,1,New Person,\nNA,2,new person,\n\n5,1,Other One,\n",
            first.to_uppercase()
        ),
    );
    let out = r.run(&["ratings", "import", "1", &csv]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(said.contains("Imported 4 ratings."), "{said}");
    assert!(said.contains("(2): New Person, Other One"), "{said}");

    let out = r.run(&["ratings", "1", "--format", "json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let list = v.as_array().expect("list");
    assert_eq!(list.len(), gdhm().indicators.len());
    // Indicator 1: the sample's 8 ratings (3 3 4 3 3 4 3 3; the first participant's
    // replaced by the same 3), and the two new people's 1 and 5.
    let one = &list[0];
    assert_eq!(one["indicator"], "1");
    assert_eq!(one["count"], 10);
    assert_eq!(
        (
            one["min"].as_f64(),
            one["median"].as_f64(),
            one["max"].as_f64()
        ),
        (Some(1.0), Some(3.0), Some(5.0))
    );
    assert_eq!(
        one["counts"],
        serde_json::json!({"1": 1, "2": 0, "3": 6, "4": 2, "5": 1, "NA": 0})
    );
    assert_eq!(one["discuss"], true);
    assert_eq!(one["agreed"], 3);
    // Indicator 2: the sample's split room (1 to 4) and the new person's NA.
    let two = &list[1];
    assert_eq!(two["count"], 8);
    assert_eq!(two["counts"]["NA"], 1);
    assert_eq!(
        (two["min"].as_u64(), two["max"].as_u64()),
        (Some(1), Some(4))
    );
    assert_eq!(two["median"].as_f64(), Some(2.0));
    assert_eq!(two["discuss"], true);
    // Indicator 10: agreed not applicable.
    let ten = list.iter().find(|v| v["indicator"] == "10").expect("10");
    assert_eq!(ten["agreed"], "NA");
    assert_eq!(ten["count"], 1);
    let sub = list.iter().find(|v| v["indicator"] == "2a").expect("2a");
    assert_eq!(
        (
            sub["count"].as_u64(),
            sub["min"].is_null(),
            sub["median"].is_null(),
            sub["discuss"].as_bool()
        ),
        (Some(0), true, true, Some(false))
    );

    let out = r.run(&["--lang", "fr", "ratings", "1"]);
    let table = text(&out.stdout);
    assert!(
        out.status.success() && table.contains("Médiane") && table.contains("à discuter"),
        "{table}"
    );
}

#[test]
fn every_refused_ratings_import_says_the_line_exits_2_and_changes_nothing() {
    let r = Run::new();
    assert!(r.run(&["demo"]).status.success());
    let dump = || super::workshop::dump(&dhma::storage::Db::open(&r.db()).expect("db"));
    let before = dump();
    let cases: [(&str, &str, &str); 7] = [
        (
            "participant,indicator,phase\nA,1,3\nB,1,6\n",
            "line 3",
            "csv-bad-phase",
        ),
        (
            "participant,indicator,phase\nA,1,3\nB,99z,2\n",
            "line 3",
            "csv-unknown-indicator",
        ),
        (
            "participant,indicator,phase\nA,1,3\n  ,2,2\n",
            "line 3",
            "csv-blank-participant",
        ),
        (
            "participant,indicator,phase\nA,1,3\nB,2,2\n a ,1,4\n",
            "line 4",
            "csv-rated-twice",
        ),
        (
            "participant,indicator,phase\nA,1,3\nB,2\n",
            "line 3",
            "csv-malformed",
        ),
        (
            "name,indicator,phase\nA,1,3\n",
            "participant",
            "csv-missing-column",
        ),
        (
            "participant,indicator,phase\nA,1,3\nB,2,two\n",
            "line 3",
            "csv-bad-phase",
        ),
    ];
    for (i, (csv, says, code)) in cases.iter().enumerate() {
        let db = dhma::storage::Db::open(&r.db()).expect("db");
        let err = dhma::service::parse_ratings_csv(&db, 1, csv).expect_err("refused");
        assert_eq!(err.code(), *code, "{csv}");
        drop(db);
        let file = r.file(&format!("bad{i}.csv"), csv);
        let out = r.run(&["ratings", "import", "1", &file]);
        assert_eq!(out.status.code(), Some(2), "{csv}: {}", text(&out.stderr));
        let err = text(&out.stderr);
        assert!(err.to_lowercase().contains(says), "{csv}: {err}");
        assert_eq!(dump(), before, "{csv}: nothing stored");
    }
    // Bytes that are not UTF-8, and a finalised assessment.
    let p = r.dir.path().join("latin1.csv");
    std::fs::write(&p, b"participant,indicator,phase\nA,1,3\nJos\xe9,2,2\n").expect("write");
    let out = r.run(&["ratings", "import", "1", &p.display().to_string()]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("line 3"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(dump(), before);
    let ok = r.file("ok.csv", "participant,indicator,phase\nA,1,3\n");
    assert!(r
        .run(&["finalise", "1", "--approver", "Dr A"])
        .status
        .success());
    let finalised = dump();
    let out = r.run(&["ratings", "import", "1", &ok]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("finalised"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(dump(), finalised);
}

/// Two laptops change the same rating: `import` merges and exits 3, `conflicts` lists the
/// conflict (JSON as documented), `resolve` settles it, and the file's value is kept.
#[test]
fn import_merges_exits_3_on_a_conflict_and_resolve_settles_it() {
    let r = Run::new();
    assert!(r.run(&["demo"]).status.success());
    let out = r.dir.path().join("out.dhma.json").display().to_string();
    assert!(r.run(&["export", "1", "-o", &out]).status.success());
    let laptop = r.dir.path().join("laptop.sqlite3");
    assert!(dhma(&["import", &out], &laptop).status.success());
    let csv = |name: &str, body: &str| {
        let p = r.dir.path().join(name);
        std::fs::write(&p, format!("participant,indicator,phase\n{body}\n")).unwrap();
        p.display().to_string()
    };
    let there = csv("there.csv", "Amina Kessar,2a,5\nWei Lin,4a,1");
    let imp = dhma(&["ratings", "import", "1", &there], &laptop);
    assert!(imp.status.success(), "{}", text(&imp.stderr));
    let here = csv("here.csv", "Amina Kessar,2a,4");
    assert!(r.run(&["ratings", "import", "1", &here]).status.success());
    let back = r.dir.path().join("back.dhma.json").display().to_string();
    assert!(dhma(&["export", "1", "-o", &back], &laptop)
        .status
        .success());

    let merged = r.run(&["import", &back]);
    assert_eq!(merged.status.code(), Some(3), "{}", text(&merged.stderr));
    let said = text(&merged.stdout);
    assert!(
        said.contains(": merged with the file. Answer fields taken from the file: 0. Other changes taken: 1. One conflict waits for a decision.\n"),
        "{said}"
    );
    assert!(said.contains("dhma conflicts 1"), "{said}");

    let listed = r.run(&["conflicts", "1", "--format", "json"]);
    assert!(listed.status.success(), "{}", text(&listed.stderr));
    let json: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    let list = json.as_array().unwrap();
    assert_eq!(list.len(), 1, "{json}");
    let c = &list[0];
    assert_eq!(c["indicator"], "2a");
    assert_eq!(c["field"], "rating:participant:amina kessar");
    assert_eq!(c["local"]["phase"], 4);
    assert_eq!(c["incoming"]["phase"], 5);
    assert_eq!(c["local_by"], "dhma-cli");
    assert_eq!(c["incoming_by"], "dhma-cli");
    for k in ["local_at", "incoming_at"] {
        assert!(
            dhma::model::parse_utc(c[k].as_str().unwrap()).is_some(),
            "{c}"
        );
    }
    let table = text(&r.run(&["conflicts", "1"]).stdout);
    assert!(
        table.starts_with("One conflict waits for a decision.\n"),
        "{table}"
    );
    assert!(table.contains("Indicator 2a – Rating by Amina Kessar (dhma resolve … 2a rating:participant:amina kessar)"), "{table}");
    assert!(
        table.contains("Here: Phase 4 – Changed by dhma-cli, "),
        "{table}"
    );
    assert!(
        table.contains("In the file: Phase 5 – Changed by dhma-cli, "),
        "{table}"
    );

    // A rating can only be settled by taking a side; a field with no conflict is named.
    let value = r.run(&[
        "resolve",
        "1",
        "2a",
        "rating:participant:amina kessar",
        "--value",
        "3",
    ]);
    assert_eq!(value.status.code(), Some(2));
    assert!(text(&value.stderr).contains("can only be settled by keeping one side or the other"));
    let none = r.run(&["resolve", "1", "2", "rationale", "--take", "local"]);
    assert_eq!(none.status.code(), Some(2));
    assert!(text(&none.stderr).contains("No conflict waits for indicator “2”, field “rationale”."));

    let settled = r.run(&[
        "resolve",
        "1",
        "2a",
        "rating:participant:amina kessar",
        "--take",
        "incoming",
    ]);
    assert!(settled.status.success(), "{}", text(&settled.stderr));
    assert_eq!(text(&settled.stdout), "Settled. No conflict is left.\n");
    assert_eq!(
        text(&r.run(&["conflicts", "1"]).stdout),
        "No conflict waits for a decision.\n"
    );
    let phase_of = |code: &str, who: &str| {
        let db = dhma::storage::Db::open(&r.db()).unwrap();
        db.ratings(1, code)
            .unwrap()
            .into_iter()
            .find(|x| x.rater == dhma::model::Rater::Participant(who.into()))
            .map(|x| x.phase)
    };
    use dhma::scoring::Current::Phase;
    assert_eq!(
        phase_of("2a", "Amina Kessar"),
        Some(Phase(5)),
        "the file's, chosen"
    );
    assert_eq!(
        phase_of("4a", "Wei Lin"),
        Some(Phase(1)),
        "changed there only: taken"
    );
    // The merged laptop file again: nothing new, exit 0.
    let again = r.run(&["import", &back]);
    assert_eq!(again.status.code(), Some(0), "{}", text(&again.stdout));
}

#[test]
fn new_round_starts_from_the_latest_round_and_says_so() {
    let r = Run::new();
    assert!(r.run(&["demo"]).status.success());
    let out = r.run(&[
        "new-round",
        "1",
        "--round",
        "Follow-up 2027",
        "--date",
        "2027-04-01",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "Started Republic of Lusara – Follow-up 2027 (identifier 3) from Republic of Lusara – \
         Mid-term review 2026: 31 answers carried over, each to be reviewed.\n"
    );
    // Named the first round: the new one starts from the latest, and says so.
    let out = r.run(&["--lang", "fr", "new-round", "1", "--date", "2028-02-01"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.starts_with(
            "Republic of Lusara – Mid-term review 2026 n’est pas le dernier cycle de son pays : le \
             nouveau cycle part du dernier, Republic of Lusara – Follow-up 2027.\n"
        ),
        "{said}"
    );
    assert!(
        said.contains("Republic of Lusara – 2028 commencé (identifiant 4)"),
        "{said}"
    );
    // Input errors exit with 2 and change nothing.
    for args in [
        &["new-round", "1", "--round", "follow-up 2027"][..],
        &["new-round", "1", "--date", "2027-02-30"][..],
        &["new-round", "99"][..],
    ] {
        let out = r.run(args);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
    let out = r.run(&["new-round", "1", "--round", "follow-up 2027"]);
    assert_eq!(
        text(&out.stderr),
        "Error: Republic of Lusara already has a round called follow-up 2027. Choose another \
         name.\n"
    );
    let list = text(&r.run(&["list"]).stdout);
    assert_eq!(list.lines().count(), 5, "{list}");
    // Finalising the new round waits for its answers to be reviewed.
    let out = r.run(&["finalise", "3", "--approver", "Dr A. Mensah"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("31 answers carried over from the last round are not reviewed"),
        "{}",
        text(&out.stderr)
    );
}

/// `dhma compare --changes`: the latest round against the one before, per block and per
/// indicator, with the team's notes; in JSON too, localized, and a clear sentence when the
/// country has a single round.
#[test]
fn compare_changes_prints_old_and_new_phases_targets_and_notes() {
    // The sample: the review against the 2023 baseline.
    let r = Run::new();
    assert!(r.run(&["demo"]).status.success());
    let out = r.run(&["compare", "Republic of Lusara", "--changes"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with(
            "What changed – Republic of Lusara – Mid-term review 2026\n\
             Compared with the previous round, Baseline 2023 (22/05/2023).\n\
             The phase or target of 14 indicators changed.\n"
        ),
        "{}",
        text(&out.stdout)
    );

    // A country with one round.
    let r = Run::new();
    {
        let mut db = dhma::storage::Db::open(&r.db()).expect("db");
        db.insert_data(&dhma::exchange::sample().expect("sample"))
            .expect("one round");
    }
    let out = r.run(&["compare", "Republic of Lusara", "--changes"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "What changed – Republic of Lusara – Mid-term review 2026\n\
         Republic of Lusara has no earlier round under this framework, so there is nothing to compare with yet.\n"
    );

    let r = Run::new();
    {
        let mut db = dhma::storage::Db::open(&r.db()).expect("db");
        super::two_rounds_of_sample(&mut db);
    }
    let out = r.run(&["compare", " republic of lusara ", "--changes"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let table = text(&out.stdout);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(
        lines[..4],
        [
            "What changed – Republic of Lusara – Mid-term review 2026",
            "Compared with the previous round, Baseline 2024 (16/03/2024).",
            "The phase or target of 3 indicators changed.",
            "",
        ],
        "{table}"
    );
    // The block, then its changed indicators first (in framework order), each with its note.
    assert_eq!(
        lines[4..9],
        [
            "Leadership and governance: mean 2.25 → 2.00; Phase 3 → 2; Target 4 → 4 (Down)",
            "  1 National digital health governance mechanism: Phase 2 → 3; Target 3 → 4 (Up)",
            &format!("    What changed: {}", super::NOTE_1),
            "  3 Governance of emerging digital health technologies: Phase 3 → 1; Target 3 → 2 (Down)",
            &format!("    What changed: {}", super::NOTE_3),
        ],
        "{table}"
    );
    assert!(
        table.contains("  2 ") && table.contains("Phase 2 → 2; Target 4 → 4 (Unchanged)"),
        "{table}"
    );
    assert!(
        table.contains(
            "Legislation, policy and compliance: mean 2.25 → 2.33; Phase 3 → 3; Target 3 → 4 (Unchanged)"
        ),
        "{table}"
    );
    assert!(
        table.contains(
            "  10 Cross-border health data exchange and storage: Phase 2 → not applicable; Target not set → not set (Changed)"
        ),
        "{table}"
    );

    let out = r.run(&["--lang", "fr", "compare", "Republic of Lusara", "--changes"]);
    let fr = text(&out.stdout);
    assert!(
        fr.contains("La phase ou la cible de 3 indicateurs a changé."),
        "{fr}"
    );
    assert!(
        fr.contains(": Phase 2 → 3 ; Cible 3 → 4 (En hausse)"),
        "{fr}"
    );
    assert!(
        fr.contains(&format!("Ce qui a changé : {}", super::NOTE_1)),
        "{fr}"
    );

    let out = r.run(&[
        "compare",
        "Republic of Lusara",
        "--changes",
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["previous"]["round"], "Baseline 2024");
    assert_eq!(v["current"]["round"], "Mid-term review 2026");
    assert_eq!(v["changed"], 3);
    let block = &v["changes"]["blocks"][0];
    assert_eq!(block["id"], "leadership-governance");
    assert_eq!(block["old_mean"], 2.25);
    assert_eq!(block["new_mean"], 2.0);
    assert_eq!(
        (block["old_phase"].clone(), block["new_phase"].clone()),
        (3.into(), 2.into())
    );
    assert_eq!(block["direction"], "down");
    let one = &block["indicators"][0];
    assert_eq!(one["code"], "1");
    assert_eq!(
        (one["old_current"].clone(), one["new_current"].clone()),
        (2.into(), 3.into())
    );
    assert_eq!(
        (one["old_target"].clone(), one["new_target"].clone()),
        (3.into(), 4.into())
    );
    assert_eq!(one["direction"], "up");
    assert_eq!(one["note"], super::NOTE_1);
    let ten = v["changes"]["blocks"][2]["indicators"]
        .as_array()
        .expect("indicators")
        .iter()
        .find(|i| i["code"] == "10")
        .expect("10")
        .clone();
    assert_eq!(ten["new_current"], "NA");
    assert_eq!(ten["direction"], "changed");
}

/// Beside the desktop app (which holds the lock), `export` writes the file when this copy's
/// changes were recorded by an earlier export, and says "in use" when they would have to be
/// recorded first; either way the database is unchanged.
#[test]
fn export_beside_the_app_works_only_when_nothing_is_to_be_recorded() {
    let r = Run::new();
    assert!(r.run(&["demo"]).status.success());
    let first = r.dir.path().join("first.dhma.json").display().to_string();
    assert!(r.run(&["export", "1", "-o", &first]).status.success());
    // The desktop app: an open database, holding the lock.
    let held = dhma::storage::Db::open(&r.db()).expect("the app");
    let second = r.dir.path().join("second.dhma.json").display().to_string();
    let out = r.run(&["export", "1", "-o", &second]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        std::fs::read(&first).unwrap(),
        std::fs::read(&second).unwrap(),
        "the same file"
    );
    drop(held);
    let csv = r.dir.path().join("r.csv");
    std::fs::write(&csv, "participant,indicator,phase\nAmina Kessar,2a,3\n").unwrap();
    assert!(r
        .run(&["ratings", "import", "1", &csv.display().to_string()])
        .status
        .success());
    let before = std::fs::read(r.db()).unwrap();
    let _held = dhma::storage::Db::open(&r.db()).expect("the app");
    let third = r.dir.path().join("third.dhma.json");
    let out = r.run(&["export", "1", "-o", &third.display().to_string()]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    assert!(
        text(&out.stderr).contains("open in another DHMA window"),
        "{}",
        text(&out.stderr)
    );
    assert!(!third.exists());
    assert_eq!(std::fs::read(r.db()).unwrap(), before);
}

/// `dhma handout`: a framework's blank questionnaire in the message language; an
/// assessment's, pre-filled from its earlier round; pre-filling a first round or a framework
/// exits with 2, names why, and writes no file.
#[test]
fn handout_writes_the_questionnaire_and_refuses_to_prefill_a_first_round() {
    let r = Run::new();
    assert!(r.run(&["demo"]).status.success());
    let blank = r.dir.path().join("blank.pdf");
    let out = r.run(&[
        "--lang",
        "zh",
        "handout",
        "who-itu-gdhm",
        "-o",
        &blank.display().to_string(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("问卷（共 "),
        "{}",
        text(&out.stdout)
    );
    assert!(std::fs::read(&blank).expect("written").starts_with(b"%PDF"));

    let filled = r.dir.path().join("filled.pdf");
    let out = r.run(&[
        "handout",
        "1",
        "--prefill",
        "-o",
        &filled.display().to_string(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(filled.is_file());

    for (target, title) in [
        ("2", "Republic of Lusara – Baseline 2023"),
        (
            "who-itu-gdhm",
            "National digital health maturity framework (WHO–ITU building blocks, GDHM-compatible)",
        ),
    ] {
        let refused = r.dir.path().join(format!("refused-{target}.pdf"));
        let out = r.run(&[
            "handout",
            target,
            "--prefill",
            "-o",
            &refused.display().to_string(),
        ]);
        assert_eq!(out.status.code(), Some(2), "{target}");
        assert_eq!(
            text(&out.stderr),
            format!(
                "Error: {title} has no earlier round, so the questionnaire cannot be pre-filled. \
                 Print it without the last round’s phases.\n"
            )
        );
        assert!(!refused.exists(), "{target}: no file");
    }
    let out = r.run(&["handout", "no-such-framework"]);
    assert_eq!(out.status.code(), Some(2));
}

/// `dhma progress --paper letter` writes the progress report on US Letter, like the
/// report; without it, A4.
#[test]
fn the_progress_report_takes_the_paper_asked_for() {
    let r = Run::new();
    let out = r.run(&["demo"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let size = |args: &[&str], name: &str| -> Vec<f32> {
        let pdf = r.dir.path().join(name);
        let p = pdf.display().to_string();
        let mut all = vec!["progress", "1", "-o", p.as_str()];
        all.extend_from_slice(args);
        let out = r.run(&all);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let doc = lopdf::Document::load(&pdf).expect("pdf");
        let page = doc.get_pages().into_values().next().expect("a page");
        doc.get_dictionary(page)
            .and_then(|d| d.get(b"MediaBox"))
            .and_then(lopdf::Object::as_array)
            .expect("media box")
            .iter()
            .map(|v| v.as_float().expect("number"))
            .collect()
    };
    let a4 = size(&[], "a4.pdf");
    let letter = size(&["--paper", "letter"], "letter.pdf");
    assert!(
        (a4[2] - 595.28).abs() < 0.5 && (a4[3] - 841.89).abs() < 0.5,
        "{a4:?}"
    );
    assert!(
        (letter[2] - 612.0).abs() < 0.5 && (letter[3] - 792.0).abs() < 0.5,
        "{letter:?}"
    );
}
