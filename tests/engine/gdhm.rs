//! GDHM (issue 14): the upload CSV read back with a CSV parser, its refusals; the details
//! through the file and the merge; benchmarks from GDHM data exports written here with
//! rust_xlsxwriter in English and Arabic layouts; the batch workbook read back with
//! calamine; the batch reports. Values are checked against `dhma score` (the scoring the
//! CLI prints), and every refusal leaves the database as it was.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use calamine::{Data, Reader, Xlsx};
use dhma::error::Error;
use dhma::exchange;
use dhma::gdhm::{upload_header, UPLOAD_CODES};
use dhma::i18n::{Lang, Localizer};
use dhma::model::{AssessmentData, GdhmDetails};
use dhma::scoring::{self, Current};
use dhma::service::{self, BenchmarkChoice};
use dhma::storage::Db;
use rust_xlsxwriter::Workbook;

use super::gdhm;

const ACTOR: &str = "tester";

fn sample_db(dir: &Path) -> (Db, i64) {
    let mut db = Db::open(&dir.join("work.sqlite3")).expect("db");
    let id = service::add_sample(&mut db).expect("sample").id;
    (db, id)
}

/// Everything stored of assessment `id`, to compare before and after a refusal.
fn snapshot(db: &Db, id: i64) -> AssessmentData {
    db.load(id).expect("load")
}

fn read_csv(path: &Path) -> (Vec<String>, Vec<String>) {
    let mut r = csv::Reader::from_path(path).expect("csv");
    let header: Vec<String> = r
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.expect("record")).collect();
    assert_eq!(rows.len(), 1, "one country, one row");
    (header, rows[0].iter().map(String::from).collect())
}

#[test]
fn the_samples_upload_file_has_gdhms_columns_and_its_answers() {
    let dir = tempfile::tempdir().unwrap();
    let (db, id) = sample_db(dir.path());
    let out = dir.path().join("gdhm.csv");
    service::export_upload_csv(&db, id, &out).expect("the sample has every detail GDHM needs");
    let bytes = std::fs::read(&out).unwrap();
    assert!(
        !bytes.starts_with(&[0xEF, 0xBB, 0xBF]),
        "no byte-order mark"
    );
    assert!(
        String::from_utf8(bytes).unwrap().contains("\r\n"),
        "RFC 4180 line ends"
    );
    let (header, row) = read_csv(&out);
    // GDHM's columns, exactly, in GDHM's order.
    let mut expected = vec![
        "Country Name",
        "Country Summary",
        "Country Contact Name",
        "Country Contact Role",
        "Country Contact Org",
        "Country Contact Email",
        "Contact Person Name",
        "Contact Person Role",
        "Contact Person Email",
        "Is the data approved by the government",
        "Data Approver Name",
        "Data Approver Role",
        "Data Approver Email",
        "Resources Link",
    ]
    .into_iter()
    .map(String::from)
    .collect::<Vec<_>>();
    for code in [
        "1", "2", "2a", "3", "4", "4a", "5", "5a", "6", "6a", "7", "8", "9", "9a", "10", "11",
        "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "21a", "21b", "21c", "22",
        "23",
    ] {
        expected.push(format!("Indicator {code} Score"));
        expected.push(format!("Enter Indicator {code} justification"));
    }
    assert_eq!(header, expected);
    assert_eq!(header, upload_header());
    assert_eq!(header.len(), 14 + 2 * 31);
    let data = db.load(id).unwrap();
    let cell = |name: &str| row[header.iter().position(|h| h == name).unwrap()].clone();
    assert_eq!(cell("Country Name"), "Republic of Lusara");
    assert_eq!(
        cell("Contact Person Email"),
        "a.kessar@health.lusara.example"
    );
    assert_eq!(cell("Is the data approved by the government"), "false");
    assert_eq!(cell("Data Approver Name"), "", "blank when not approved");
    assert_eq!(
        cell("Resources Link"),
        "https://moh.lusara.example/ndhs,https://moh.lusara.example/hssp"
    );
    // The phases are those `dhma score` scores; NA for NA; the rationale as justification.
    let inputs = data.score_inputs();
    let mut na = 0;
    for code in UPLOAD_CODES {
        let score = cell(&format!("Indicator {code} Score"));
        match inputs[code].current.unwrap() {
            Current::Phase(p) => assert_eq!(score, p.to_string(), "indicator {code}"),
            Current::NotApplicable => {
                assert_eq!(score, "NA", "indicator {code}");
                na += 1;
            }
        }
        let r = data.responses.iter().find(|r| r.indicator == code).unwrap();
        assert_eq!(
            cell(&format!("Enter Indicator {code} justification")),
            r.rationale
        );
    }
    assert!(na >= 3, "the sample has NA answers: {na}");
    // The same through the CLI.
    let cli_out = dir.path().join("cli.csv");
    drop(db);
    let o = Command::new(env!("CARGO_BIN_EXE_dhma"))
        .args(["--lang", "en", "--db"])
        .arg(dir.path().join("work.sqlite3"))
        .args(["export", &id.to_string(), "--format", "gdhm-csv", "-o"])
        .arg(&cli_out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        std::fs::read(&cli_out).unwrap(),
        std::fs::read(&out).unwrap()
    );
}

#[test]
fn a_missing_or_invalid_detail_is_named_and_no_file_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, id) = sample_db(dir.path());
    let out = dir.path().join("gdhm.csv");
    let mut values = BTreeMap::new();
    values.insert("contact_person_email".to_string(), "  ".to_string());
    assert!(service::save_gdhm_details(&mut db, id, &values, ACTOR).unwrap());
    let before = snapshot(&db, id);
    let e = service::export_upload_csv(&db, id, &out).unwrap_err();
    assert!(
        matches!(&e, Error::GdhmDetailMissing { field } if field == "contact_person_email"),
        "{e:?}"
    );
    assert!(!out.exists(), "no file GDHM would refuse");
    let fr = e.localize(&Localizer::new(Lang::Fr, false));
    assert!(fr.contains("Personne de contact : courriel"), "{fr}");
    let ar = e.localize(&Localizer::new(Lang::Ar, false));
    assert!(ar.contains("البريد الإلكتروني"), "{ar}");
    assert_eq!(
        snapshot(&db, id),
        before,
        "a refused export changes nothing"
    );

    values.insert(
        "contact_person_email".to_string(),
        "a.kessar@health".to_string(),
    );
    service::save_gdhm_details(&mut db, id, &values, ACTOR).unwrap();
    let e = service::export_upload_csv(&db, id, &out).unwrap_err();
    assert!(
        matches!(&e, Error::GdhmInvalidEmail { field, value }
            if field == "contact_person_email" && value == "a.kessar@health"),
        "{e:?}"
    );
    assert!(!out.exists());
    // The dialog lists the same problem, in the reader's language.
    let view = service::gdhm_details(&db, id, Lang::En).unwrap();
    assert_eq!(view.problems.len(), 1, "{:?}", view.problems);
    assert!(view.problems[0].contains("a.kessar@health"));
    // Each change is in the change log.
    let log = db.load(id).unwrap().change_log;
    assert_eq!(
        log.iter()
            .filter(|c| c.what == "gdhm.contact_person_email")
            .count(),
        2
    );
    // An unknown field is refused before anything is written.
    let before = snapshot(&db, id);
    let mut bad = BTreeMap::new();
    bad.insert("country_summary".to_string(), "new".to_string());
    bad.insert("shoe_size".to_string(), "42".to_string());
    assert!(service::save_gdhm_details(&mut db, id, &bad, ACTOR).is_err());
    assert_eq!(snapshot(&db, id), before);
}

#[test]
fn a_government_approval_needs_the_approvers_email_and_unanswered_indicators_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, id) = sample_db(dir.path());
    let mut data = db.load(id).unwrap();
    data.assessment.approval.government_approved = true;
    data.assessment.approval.approver_name = Some("Dr A. Mensah".into());
    data.assessment.approval.approver_role = Some("Permanent Secretary".into());
    let fw = gdhm();
    let e = dhma::gdhm::upload_csv(&data, fw).unwrap_err();
    assert!(
        matches!(&e, Error::GdhmDetailMissing { field } if field == "approver_email"),
        "{e:?}"
    );
    data.gdhm.approver_email = "a.mensah@health.lusara.example".into();
    let bytes = dhma::gdhm::upload_csv(&data, fw).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.contains(",true,Dr A. Mensah,Permanent Secretary,a.mensah@health.lusara.example,"));
    // Unanswered indicators, in GDHM's order.
    for r in &mut data.responses {
        if ["5a", "12"].contains(&r.indicator.as_str()) {
            r.current = None;
        }
    }
    let e = dhma::gdhm::upload_csv(&data, fw).unwrap_err();
    assert!(
        matches!(&e, Error::GdhmUnanswered { codes } if codes == &["5a", "12"]),
        "{e:?}"
    );
    let _ = &mut db;
}

#[test]
fn the_details_travel_in_the_file_and_merge_like_other_fields() {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, id) = sample_db(dir.path());
    let file = dir.path().join("a.dhma.json");
    exchange::export_file(&mut db, id, &file).unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("\"format_version\": 6"), "format version 6");
    let back = exchange::read_file(&file).unwrap();
    assert_eq!(back.gdhm, db.load(id).unwrap().gdhm);
    assert_eq!(back.gdhm.contact_person_name, "Amina Kessar");

    // A second laptop changes the summary; this one its contact role: both are taken.
    let mut other = Db::open(&dir.path().join("other.sqlite3")).unwrap();
    exchange::import(&mut other, &file, ACTOR).unwrap();
    let oid = other.find_uid(&back.assessment.uid).unwrap().unwrap();
    let mut v = BTreeMap::new();
    v.insert(
        "country_summary".to_string(),
        "Summary from the second laptop.".to_string(),
    );
    service::save_gdhm_details(&mut other, oid, &v, ACTOR).unwrap();
    let back_file = dir.path().join("b.dhma.json");
    exchange::export_file(&mut other, oid, &back_file).unwrap();
    let mut v = BTreeMap::new();
    v.insert(
        "contact_person_role".to_string(),
        "Head of the DHU".to_string(),
    );
    service::save_gdhm_details(&mut db, id, &v, ACTOR).unwrap();
    exchange::import(&mut db, &back_file, ACTOR).unwrap();
    let merged = db.load(id).unwrap().gdhm;
    assert_eq!(merged.country_summary, "Summary from the second laptop.");
    assert_eq!(merged.contact_person_role, "Head of the DHU");
    assert!(db.conflicts(id).unwrap().is_empty());

    // Both changed it since they last met: a conflict, labelled in the reader's language.
    let mut v = BTreeMap::new();
    v.insert("country_summary".to_string(), "Here.".to_string());
    service::save_gdhm_details(&mut db, id, &v, ACTOR).unwrap();
    v.insert("country_summary".to_string(), "There.".to_string());
    service::save_gdhm_details(&mut other, oid, &v, ACTOR).unwrap();
    let there = dir.path().join("c.dhma.json");
    exchange::export_file(&mut other, oid, &there).unwrap();
    exchange::import(&mut db, &there, ACTOR).unwrap();
    let conflicts = service::conflicts(&db, id, &Localizer::new(Lang::Fr, false)).unwrap();
    let c = conflicts
        .iter()
        .find(|c| c.label == "Résumé pays")
        .unwrap_or_else(|| {
            panic!(
                "{:?}",
                conflicts.iter().map(|c| &c.label).collect::<Vec<_>>()
            )
        });
    assert!(
        c.writable,
        "a detail's conflict may be settled by writing another value"
    );
    // Settled by a value a person writes: taken, and no conflict left.
    service::resolve_conflict(
        &mut db,
        id,
        None,
        &c.field,
        &service::Resolution::Value("Agreed summary.".into()),
        ACTOR,
    )
    .unwrap();
    assert_eq!(db.load(id).unwrap().gdhm.country_summary, "Agreed summary.");
    assert!(db.conflicts(id).unwrap().is_empty());

    // A format 4 file with GDHM details is refused, naming the field.
    let text = std::fs::read_to_string(&file).unwrap();
    let mut doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    doc["format_version"] = 4.into();
    let content = serde_json::to_string(&doc["content"]).unwrap();
    let sha = sha256_hex(content.as_bytes());
    let old = format!(
        "{{\"format\":\"dhma-assessment\",\"format_version\":4,\"sha256\":\"{sha}\",\"content\":{content}}}"
    );
    let e = exchange::parse_bytes("old.dhma.json", old.as_bytes()).unwrap_err();
    assert!(
        matches!(&e, Error::InvalidFileField { field, .. } if field == "content.gdhm"),
        "{e:?}"
    );
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A country's phase of each indicator code (0: not available).
type PhaseOf = dyn Fn(&str) -> u8;

/// A GDHM data export as GDHM writes it: sheet "Global Health Data", row 1 the codes
/// (`Indicator <code>` per indicator of each category, then `Category <id>`; nothing above
/// the last column), row 2 the names ending with the overall phase, then one row per
/// country. `words`: (indicator prefix, category prefix, phase prefix, not available,
/// country name, overall) of the export's language; `countries`: name and phase per code
/// (0: not available).
fn gdhm_export(
    path: &Path,
    words: (&str, &str, &str, &str, &str, &str),
    countries: &[(&str, &PhaseOf)],
) {
    let (ind, cat, phase, na, country, overall) = words;
    let fw = gdhm();
    let mut wb = Workbook::new();
    let props = rust_xlsxwriter::DocProperties::new().set_creation_datetime(
        &rust_xlsxwriter::ExcelDateTime::parse_from_str("2026-11-03T10:00:00Z").unwrap(),
    );
    wb.set_properties(&props);
    let ws = wb.add_worksheet();
    ws.set_name("Global Health Data").unwrap();
    ws.write_string(1, 0, country).unwrap();
    let mut col = 1u16;
    let mut columns: Vec<(u16, Option<String>, usize)> = Vec::new();
    for (i, b) in fw.blocks.iter().enumerate() {
        for indicator in fw.indicators_of(&b.id) {
            ws.write_string(0, col, format!("{ind}{}", indicator.code))
                .unwrap();
            ws.write_string(1, col, format!("Title of {}", indicator.code))
                .unwrap();
            columns.push((col, Some(indicator.code.clone()), i));
            col += 1;
        }
        ws.write_string(0, col, format!("{cat}{}", i + 1)).unwrap();
        ws.write_string(1, col, format!("Category name {}", i + 1))
            .unwrap();
        columns.push((col, None, i));
        col += 1;
    }
    ws.write_string(1, col, overall).unwrap();
    for (r, (name, phase_of)) in countries.iter().enumerate() {
        let r = r as u32 + 2;
        ws.write_string(r, 0, *name).unwrap();
        let cell = |p: u8| {
            if p == 0 {
                na.to_string()
            } else {
                format!("{phase}{p}")
            }
        };
        for (c, code, _) in &columns {
            let p = match code {
                Some(code) => phase_of(code),
                None => 3,
            };
            if phase.is_empty() && p != 0 {
                // The Arabic export: the bare number, as a number.
                ws.write_number(r, *c, f64::from(p)).unwrap();
            } else {
                ws.write_string(r, *c, cell(p)).unwrap();
            }
        }
        ws.write_string(r, col, cell(3)).unwrap();
    }
    wb.save(path).unwrap();
}

const EN: (&str, &str, &str, &str, &str, &str) = (
    "Indicator ",
    "Category ",
    "Phase ",
    "Not Available",
    "Country Name",
    "Overall Phase",
);
const AR: (&str, &str, &str, &str, &str, &str) =
    ("مؤشر ", "", "", "غير متاح", "", "المؤشر العام المرحلة");

/// Country A: every indicator at phase 2 but 1 (phase 4) and 11 (not available);
/// Country B: every indicator at phase 4; Country C: phase 1.
fn phase_a(code: &str) -> u8 {
    match code {
        "1" => 4,
        "11" => 0,
        _ => 2,
    }
}

#[test]
fn a_benchmark_from_english_and_arabic_exports_is_the_mean_of_the_chosen_countries() {
    for (words, lang) in [(EN, "en"), (AR, "ar")] {
        let dir = tempfile::tempdir().unwrap();
        let (mut db, id) = sample_db(dir.path());
        let file = dir.path().join(format!("gdhm-{lang}.xlsx"));
        let b_phase = |_: &str| 4u8;
        let c_phase = |_: &str| 1u8;
        gdhm_export(
            &file,
            words,
            &[
                ("Country A", &phase_a),
                ("Country B", &b_phase),
                ("Country C", &c_phase),
            ],
        );
        let view = service::gdhm_file(&file, Lang::En).unwrap();
        assert_eq!(view.countries, ["Country A", "Country B", "Country C"]);
        assert_eq!(view.date.as_deref(), Some("03/11/2026"));
        let b = service::import_benchmark(
            &mut db,
            id,
            &file,
            &BenchmarkChoice {
                countries: vec!["country a".into(), "Country B".into()],
                label: String::new(),
                date: None,
            },
            ACTOR,
        )
        .unwrap();
        assert_eq!(b.label, "", "no label: shown by the countries' names");
        assert_eq!(b.file_date.as_deref(), Some("2026-11-03"));
        // By hand, leadership and governance scores 1, 2, 3, 4 (2a and 4a are sub-indicators):
        // A 4, 2, 2, 2 → 2.5; B 4 → mean 3.25. Workforce (11–14): A 2, 2, 2 (11 NA) → 2; B 4 → 3.
        let lg = b.blocks["leadership-governance"].unwrap();
        assert!((lg - 3.25).abs() < 1e-9, "{lg}");
        let wf = b.blocks["workforce"].unwrap();
        assert!((wf - 3.0).abs() < 1e-9, "{wf}");
        // Stored with the assessment, shown on the radar with its label and date.
        let stored = db.load(id).unwrap().benchmark.unwrap();
        assert_eq!(stored, b);
        let dash = service::dashboard(&db, id, &Localizer::new(Lang::En, false)).unwrap();
        let svg = &dash.radar_svg;
        assert!(
            svg.contains("Benchmark: Country A, Country B (03/11/2026)"),
            "the radar's legend names the benchmark"
        );
        if lang == "en" {
            // The report's radar has the same series, with the same legend.
            let pdf = dir.path().join("report.pdf");
            service::export_report(&db, id, Lang::En, &pdf).unwrap();
            let o = Command::new("pdftotext")
                .args(["-layout"])
                .arg(&pdf)
                .arg("-")
                .output()
                .unwrap();
            let text = String::from_utf8_lossy(&o.stdout);
            assert!(
                text.contains("Benchmark: Country A, Country B (03/11/2026)"),
                "the report's radar legend names the benchmark"
            );
        }
        // A label names a region instead.
        let b = service::import_benchmark(
            &mut db,
            id,
            &file,
            &BenchmarkChoice {
                countries: vec!["Country C".into()],
                label: "Region X".into(),
                date: Some("2026-10-01".into()),
            },
            ACTOR,
        )
        .unwrap();
        assert_eq!(b.label, "Region X");
        assert_eq!(b.file_date.as_deref(), Some("2026-10-01"));
        assert_eq!(b.blocks["infrastructure"], Some(1.0));
        let log = db.load(id).unwrap().change_log;
        assert_eq!(log.iter().filter(|c| c.what == "benchmark").count(), 2);
        service::clear_benchmark(&mut db, id, ACTOR).unwrap();
        assert!(db.load(id).unwrap().benchmark.is_none());
    }
}

#[test]
fn a_wrong_gdhm_file_names_row_and_column_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, id) = sample_db(dir.path());
    let before = snapshot(&db, id);
    let choice = BenchmarkChoice {
        countries: vec!["Country A".into()],
        ..Default::default()
    };
    // A phase out of range: the third indicator column (D) of the second country (row 4).
    let file = dir.path().join("bad.xlsx");
    let b_phase = |code: &str| if code == "2a" { 7 } else { 3 };
    gdhm_export(
        &file,
        EN,
        &[("Country A", &phase_a), ("Country B", &b_phase)],
    );
    let e = service::import_benchmark(&mut db, id, &file, &choice, ACTOR).unwrap_err();
    assert!(
        matches!(&e, Error::GdhmFileCell { row: 4, column, value, problem, .. }
            if column == "D" && value == "Phase 7" && problem == "phase"),
        "{e:?}"
    );
    let text = e.localize(&Localizer::new(Lang::En, false));
    assert!(text.contains("row 4, column D"), "{text}");
    assert_eq!(snapshot(&db, id), before);

    // A country that is not in the file.
    let good = dir.path().join("good.xlsx");
    gdhm_export(&good, EN, &[("Country A", &phase_a)]);
    let e = service::import_benchmark(
        &mut db,
        id,
        &good,
        &BenchmarkChoice {
            countries: vec!["Atlantis".into()],
            ..Default::default()
        },
        ACTOR,
    )
    .unwrap_err();
    assert!(matches!(&e, Error::GdhmCountryNotInFile { country, .. } if country == "Atlantis"));
    assert_eq!(snapshot(&db, id), before);

    // No country chosen (the field left blank): said so, in the reader's language.
    let e = service::import_benchmark(
        &mut db,
        id,
        &good,
        &BenchmarkChoice {
            countries: vec!["  ".into()],
            ..Default::default()
        },
        ACTOR,
    )
    .unwrap_err();
    assert!(matches!(&e, Error::GdhmNoCountryChosen { .. }), "{e:?}");
    for lang in Lang::ALL {
        let text = e.localize(&Localizer::new(lang, false));
        assert!(text.contains("good.xlsx"), "{lang:?}: {text}");
    }
    assert!(e
        .localize(&Localizer::new(Lang::En, false))
        .contains("choose at least one country"));
    assert_eq!(snapshot(&db, id), before);

    // Not a workbook at all.
    let junk = dir.path().join("junk.xlsx");
    std::fs::write(&junk, b"Country Name,Phase 3\n").unwrap();
    let e = service::import_benchmark(&mut db, id, &junk, &choice, ACTOR).unwrap_err();
    assert!(matches!(e, Error::GdhmFileUnreadable { .. }), "{e:?}");
    assert_eq!(snapshot(&db, id), before);

    // A header that is not GDHM's.
    let odd = dir.path().join("odd.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_string(0, 1, "Indicator 1").unwrap();
    ws.write_string(0, 2, "Score").unwrap();
    ws.write_string(1, 0, "Country Name").unwrap();
    ws.write_string(1, 3, "Overall Phase").unwrap();
    ws.write_string(2, 0, "Country A").unwrap();
    wb.save(&odd).unwrap();
    let e = service::import_benchmark(&mut db, id, &odd, &choice, ACTOR).unwrap_err();
    assert!(
        matches!(&e, Error::GdhmFileCell { row: 1, column, problem, .. } if column == "C" && problem == "header"),
        "{e:?}"
    );
    assert_eq!(snapshot(&db, id), before);
}

#[test]
fn a_finalised_assessment_refuses_details_and_benchmarks() {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, id) = sample_db(dir.path());
    service::finalise(
        &mut db,
        id,
        &service::SignOff {
            approver_name: "Dr A. Mensah".into(),
            approver_role: String::new(),
            government_approved: false,
        },
        ACTOR,
    )
    .unwrap();
    let before = snapshot(&db, id);
    let mut v = BTreeMap::new();
    v.insert("country_summary".to_string(), "Changed.".to_string());
    assert!(matches!(
        service::save_gdhm_details(&mut db, id, &v, ACTOR),
        Err(Error::AssessmentLocked { .. })
    ));
    let file = dir.path().join("gdhm.xlsx");
    gdhm_export(&file, EN, &[("Country A", &phase_a)]);
    let e = service::import_benchmark(
        &mut db,
        id,
        &file,
        &BenchmarkChoice {
            countries: vec!["Country A".into()],
            ..Default::default()
        },
        ACTOR,
    )
    .unwrap_err();
    assert!(matches!(e, Error::AssessmentLocked { .. }), "{e:?}");
    assert_eq!(snapshot(&db, id), before);
    // Its upload file can still be written: the details were given before finalising.
    service::export_upload_csv(&db, id, &dir.path().join("gdhm.csv")).unwrap();
    assert!(!service::gdhm_details(&db, id, Lang::En).unwrap().editable);
}

fn float(d: &Data) -> f64 {
    match d {
        Data::Float(f) => *f,
        other => panic!("a number, not {other:?}"),
    }
}

#[test]
fn the_batch_workbook_reads_back_with_the_scores_of_every_assessment() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open(&dir.path().join("work.sqlite3")).unwrap();
    super::two_rounds_of_sample(&mut db);
    let ids: Vec<i64> = db.list().unwrap().iter().map(|s| s.id).collect();
    assert_eq!(ids.len(), 2, "the sample is the newer round");
    drop(db);
    let out = dir.path().join("all.xlsx");
    let o = Command::new(env!("CARGO_BIN_EXE_dhma"))
        .args(["--lang", "en", "--db"])
        .arg(dir.path().join("work.sqlite3"))
        .args(["export", "--all", "--format", "xlsx", "-o"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(
        o.stderr.is_empty(),
        "no progress bar when not on a terminal"
    );
    assert_eq!(
        String::from_utf8_lossy(&o.stdout).trim(),
        format!("2 assessments exported to {}.", out.display())
    );
    let db = Db::open_for_reading(&dir.path().join("work.sqlite3")).unwrap();
    let mut book: Xlsx<_> = calamine::open_workbook(&out).unwrap();
    assert_eq!(book.sheet_names(), ["Assessments", "Indicators"]);
    let wide = book.worksheet_range("Assessments").unwrap();
    let long = book.worksheet_range("Indicators").unwrap();
    let fw = gdhm();
    assert_eq!(wide.height(), 3);
    assert_eq!(long.height(), 1 + 2 * fw.indicators.len());
    let header: Vec<String> = (0..wide.width())
        .map(|c| wide.get((0, c)).unwrap().to_string())
        .collect();
    assert_eq!(
        header[..6],
        [
            "Country",
            "Round",
            "Date",
            "Status",
            "Overall mean",
            "Overall phase"
        ]
    );
    let en = Localizer::new(Lang::En, false);
    for (row, summary) in db.list().unwrap().iter().enumerate() {
        let data = db.load(summary.id).unwrap();
        // What `dhma score --assessment` prints comes from this scoring.
        let scores = scoring::score(fw, &data.score_inputs());
        let r = row + 1;
        assert_eq!(wide.get((r, 1)).unwrap().to_string(), data.assessment.round);
        // The date is a date (Excel sorts and filters the rounds by it).
        match wide.get((r, 2)).unwrap() {
            Data::DateTime(d) => assert_eq!(
                d.as_f64(),
                super::exports::excel_serial(&data.assessment.date)
            ),
            other => panic!("the date is {other:?}, not a date"),
        }
        assert_eq!(
            float(wide.get((r, 4)).unwrap()),
            scores.overall.mean.unwrap()
        );
        assert_eq!(
            float(wide.get((r, 5)).unwrap()),
            f64::from(scores.overall.phase.unwrap())
        );
        for (i, b) in scores.blocks.iter().enumerate() {
            assert_eq!(header[6 + i], en.text(&fw.block_key(&b.id)));
            match b.mean {
                Some(m) => assert_eq!(float(wide.get((r, 6 + i)).unwrap()), m),
                None => assert_eq!(wide.get((r, 6 + i)), Some(&Data::Empty)),
            }
        }
    }
    // The long sheet: one row per assessment and indicator, the phase a number or NA.
    let first = db.load(ids[0]).unwrap();
    let rows: Vec<&[Data]> = long.rows().skip(1).collect();
    for r in first.responses.iter() {
        let row = rows
            .iter()
            .find(|row| {
                row[1].to_string() == first.assessment.round && row[4].to_string() == r.indicator
            })
            .unwrap_or_else(|| panic!("indicator {}", r.indicator));
        match r.current {
            Some(Current::Phase(p)) => assert_eq!(float(&row[6]), f64::from(p)),
            Some(Current::NotApplicable) => assert_eq!(row[6], Data::String("NA".into())),
            None => assert_eq!(row[6], Data::Empty),
        }
    }
}

#[test]
fn the_batch_workbook_in_arabic_reads_right_to_left() {
    let dir = tempfile::tempdir().unwrap();
    let (db, _) = sample_db(dir.path());
    let out = dir.path().join("ar.xlsx");
    service::export_all_xlsx(&db, Lang::Ar, &out, &mut |_, _| {}).unwrap();
    let mut book: Xlsx<_> = calamine::open_workbook(&out).unwrap();
    assert_eq!(book.sheet_names(), ["التقييمات", "المؤشرات"]);
    let wide = book.worksheet_range("التقييمات").unwrap();
    assert_eq!(wide.get((0, 0)), Some(&Data::String("البلد".into())));
    // The sheet view says right to left.
    let zip = std::fs::read(&out).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
    let mut sheet = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("xl/worksheets/sheet1.xml").unwrap(),
        &mut sheet,
    )
    .unwrap();
    assert!(sheet.contains("rightToLeft=\"1\""));
    assert!(sheet.contains("state=\"frozen\""));
}

#[test]
fn the_batch_reports_are_one_pdf_per_assessment() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open(&dir.path().join("work.sqlite3")).unwrap();
    super::two_rounds_of_sample(&mut db);
    drop(db);
    let out = dir.path().join("reports");
    let o = Command::new(env!("CARGO_BIN_EXE_dhma"))
        .args(["--lang", "fr", "--db"])
        .arg(dir.path().join("work.sqlite3"))
        .args(["report", "--all", "-o"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(
        o.stderr.is_empty(),
        "no progress bar when not on a terminal"
    );
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "Republic-of-Lusara-Baseline-2024-fr.pdf",
            "Republic-of-Lusara-Mid-term-review-2026-fr.pdf"
        ]
    );
    for n in &names {
        let bytes = std::fs::read(out.join(n)).unwrap();
        assert!(bytes.starts_with(b"%PDF"), "{n}");
    }
}

#[test]
fn the_benchmark_cli_lists_countries_and_stores_the_choice() {
    let dir = tempfile::tempdir().unwrap();
    let (db, id) = sample_db(dir.path());
    drop(db);
    let file = dir.path().join("gdhm.xlsx");
    let b_phase = |_: &str| 4u8;
    gdhm_export(
        &file,
        EN,
        &[("Country A", &phase_a), ("Country B", &b_phase)],
    );
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_dhma"))
            .args(["--lang", "en", "--db"])
            .arg(dir.path().join("work.sqlite3"))
            .args(args)
            .output()
            .unwrap()
    };
    let f = file.to_str().unwrap();
    let o = run(&["benchmark", "countries", f]);
    assert!(o.status.success());
    assert_eq!(String::from_utf8_lossy(&o.stdout), "Country A\nCountry B\n");
    let o = run(&[
        "benchmark",
        "import",
        &id.to_string(),
        f,
        "--countries",
        "Country A,Country B",
        "--label",
        "Peers",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        String::from_utf8_lossy(&o.stdout).trim(),
        "Benchmark “Peers” stored (2 countries)."
    );
    let o = run(&[
        "benchmark",
        "import",
        &id.to_string(),
        f,
        "--countries",
        "Nowhere",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("“Nowhere”"));
    let db = Db::open_for_reading(&dir.path().join("work.sqlite3")).unwrap();
    assert_eq!(db.load(id).unwrap().benchmark.unwrap().label, "Peers");
}

#[test]
fn details_all_fields_are_listed_once() {
    let mut d = GdhmDetails::default();
    for f in GdhmDetails::FIELDS {
        assert!(d.set(f, format!("v-{f}")));
        assert_eq!(d.get(f), Some(format!("v-{f}").as_str()));
    }
    assert!(!d.is_blank());
    assert!(GdhmDetails::default().is_blank());
}

#[test]
fn a_damaged_benchmark_or_detail_row_is_named_never_defaulted() {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, id) = sample_db(dir.path());
    let file = dir.path().join("gdhm.xlsx");
    gdhm_export(&file, EN, &[("Country A", &phase_a)]);
    service::import_benchmark(
        &mut db,
        id,
        &file,
        &BenchmarkChoice {
            countries: vec!["Country A".into()],
            ..Default::default()
        },
        ACTOR,
    )
    .unwrap();
    drop(db);
    let path = dir.path().join("work.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute("UPDATE benchmarks SET blocks = '{not json'", [])
            .unwrap();
    }
    let db = Db::open_for_reading(&path).unwrap();
    let e = db.load(id).unwrap_err();
    assert!(
        matches!(&e, Error::DamagedRow { table, column, .. } if table == "benchmarks" && column == "blocks"),
        "{e:?}"
    );
}
