//! Exports read back with independent readers (calamine for the workbook, the csv crate,
//! a JSON Schema validator) and checked against `dhma score`; answers brought back from a
//! workbook and a CSV; refusals leave every table as it was.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use calamine::{Data, Reader};
use dhma::export::Format;
use dhma::i18n::{Lang, Localizer};
use dhma::model::Status;
use dhma::scoring::Current;
use dhma::service;
use dhma::storage::Db;

fn dhma(db: &Path, args: &[&str]) -> Output {
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

/// A database file with the sample (and a roadmap proposed for it).
struct Bed {
    dir: tempfile::TempDir,
    id: i64,
}

impl Bed {
    fn new() -> Bed {
        let dir = tempfile::tempdir().expect("dir");
        let mut db = Db::open(&dir.path().join("x.sqlite3")).expect("db");
        let id = service::open_sample(&mut db).expect("sample");
        service::regenerate_roadmap(&mut db, id, "test").expect("roadmap");
        Bed { dir, id }
    }
    fn db_path(&self) -> PathBuf {
        self.dir.path().join("x.sqlite3")
    }
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
    fn db(&self) -> Db {
        Db::open(&self.db_path()).expect("db")
    }
    fn run(&self, args: &[&str]) -> Output {
        dhma(&self.db_path(), args)
    }
    /// `dhma score --format json` of the assessment, through its exported assessment file.
    fn scores(&self) -> serde_json::Value {
        let file = self.path("scored.dhma.json");
        let id = self.id.to_string();
        let out = self.run(&["export", &id, "-o", file.to_str().expect("utf-8")]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let out = self.run(&[
            "score",
            "--assessment",
            file.to_str().expect("utf-8"),
            "--format",
            "json",
        ]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        serde_json::from_slice(&out.stdout).expect("json")
    }
}

fn open_xlsx(path: &Path) -> calamine::Xlsx<std::io::BufReader<std::fs::File>> {
    calamine::open_workbook(path).expect("workbook")
}

/// The file of the workbook's zip named `name`, as text.
fn xlsx_part(path: &Path, name: &str) -> String {
    let f = std::fs::File::open(path).expect("open");
    let mut z = zip::ZipArchive::new(f).expect("zip");
    let mut part = z.by_name(name).expect("part");
    let mut s = String::new();
    part.read_to_string(&mut s).expect("read");
    s
}

/// Excel's serial number of a `YYYY-MM-DD` date: days since 1899-12-30.
pub fn excel_serial(iso: &str) -> f64 {
    let mut p = iso.split('-').map(|x| x.parse::<i64>().expect("number"));
    let (y, m, d) = (p.next().unwrap(), p.next().unwrap(), p.next().unwrap());
    // Days from 1970-01-01 (the civil-from-days algorithm, proleptic Gregorian).
    let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * m + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    (days + 25_569) as f64
}

fn number(d: &Data) -> Option<f64> {
    match d {
        Data::Float(f) => Some(*f),
        Data::Int(n) => Some(*n as f64),
        _ => None,
    }
}

fn string(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

#[test]
fn the_workbook_reads_back_with_the_numbers_of_dhma_score() {
    let bed = Bed::new();
    let scores = bed.scores();
    let file = bed.path("lusara.xlsx");
    let id = bed.id.to_string();
    let out = bed.run(&[
        "export",
        &id,
        "--format",
        "xlsx",
        "-o",
        file.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("lusara.xlsx"),
        "{}",
        text(&out.stdout)
    );

    let mut book = open_xlsx(&file);
    assert_eq!(
        book.sheet_names(),
        [
            "Summary",
            "Indicators",
            "Evidence",
            "Roadmap",
            "Participants",
            "Ratings",
            "Dissent",
            "Change log"
        ]
    );
    // Summary: the overall row, then each block, numbers as numbers, exactly the scores.
    let summary = book.worksheet_range("Summary").expect("summary");
    let rows: Vec<&[Data]> = summary.rows().collect();
    assert_eq!(
        rows[0].iter().map(string).collect::<Vec<_>>(),
        ["Item", "Value", "Mean", "Phase", "Target phase"]
    );
    assert_eq!(string(&rows[1][1]), "Republic of Lusara");
    // The assessment's date is a date Excel sorts and filters, shown in the ISO order.
    let date_row = rows
        .iter()
        .find(|r| string(&r[0]) == "Date of the assessment")
        .expect("date row");
    let assessed = bed.db().load(bed.id).expect("load").assessment.date;
    match &date_row[1] {
        Data::DateTime(d) => assert_eq!(d.as_f64(), excel_serial(&assessed), "{assessed}"),
        other => panic!("the date is {other:?}, not a date"),
    }
    assert!(xlsx_part(&file, "xl/styles.xml").contains("yyyy-mm-dd"));
    let overall = rows
        .iter()
        .find(|r| string(&r[0]) == "Overall")
        .expect("overall row");
    assert_eq!(number(&overall[2]), scores["overall"]["mean"].as_f64());
    assert_eq!(number(&overall[3]), scores["overall"]["phase"].as_f64());
    assert_eq!(
        number(&overall[4]),
        scores["overall"]["target_phase"].as_f64()
    );
    let fw = super::gdhm();
    let l = Localizer::new(Lang::En, false);
    for b in scores["blocks"].as_array().expect("blocks") {
        let name = l.text(&fw.block_key(b["id"].as_str().expect("id")));
        let row = rows
            .iter()
            .find(|r| string(&r[0]) == name)
            .unwrap_or_else(|| panic!("row of {name}"));
        assert_eq!(number(&row[2]), b["mean"].as_f64(), "{name}");
        assert_eq!(number(&row[3]), b["phase"].as_f64(), "{name}");
        assert_eq!(number(&row[4]), b["target_phase"].as_f64(), "{name}");
    }

    // Indicators: every indicator of the framework, phases as numbers, NA as "NA", the gap
    // and the spread of the ratings.
    let ind = book.worksheet_range("Indicators").expect("indicators");
    let rows: Vec<&[Data]> = ind.rows().collect();
    let header: Vec<String> = rows[0].iter().map(string).collect();
    let col = |h: &str| header.iter().position(|x| x == h).expect(h);
    assert_eq!(rows.len(), fw.indicators.len() + 1);
    let db = bed.db();
    let data = db.load(bed.id).expect("load");
    for row in &rows[1..] {
        let code = string(&row[col("Code")]);
        let r = data
            .responses
            .iter()
            .find(|r| r.indicator == code)
            .expect("answered");
        match r.current {
            Some(Current::Phase(p)) => {
                assert_eq!(number(&row[col("Current phase")]), Some(f64::from(p)))
            }
            Some(Current::NotApplicable) => assert_eq!(string(&row[col("Current phase")]), "NA"),
            None => assert_eq!(row[col("Current phase")], Data::Empty),
        }
        assert_eq!(
            number(&row[col("Target phase")]),
            r.target.map(f64::from),
            "{code}"
        );
        let gap = match (r.current, r.target) {
            (Some(Current::Phase(c)), Some(t)) => Some(f64::from(t) - f64::from(c)),
            _ => None,
        };
        assert_eq!(number(&row[col("Gap (phases)")]), gap, "{code}");
        assert_eq!(string(&row[col("Rationale")]), r.rationale, "{code}");
        let evidence = data.evidence.iter().filter(|e| e.indicator == code).count();
        assert_eq!(number(&row[col("Evidence items")]), Some(evidence as f64));
        let spread = dhma::consensus::spread(
            data.workshop
                .ratings
                .iter()
                .filter(|x| x.indicator == code)
                .map(|x| x.phase),
        );
        assert_eq!(number(&row[col("Ratings")]), Some(spread.count as f64));
        assert_eq!(number(&row[col("Median rating")]), spread.median);
        assert_eq!(row[col("To discuss")], Data::Bool(spread.discuss), "{code}");
    }
    let roadmap = book.worksheet_range("Roadmap").expect("roadmap");
    assert_eq!(roadmap.height(), data.roadmap.len() + 1);
    let ratings = book.worksheet_range("Ratings").expect("ratings");
    assert_eq!(ratings.height(), data.workshop.ratings.len() + 1);
    let log = book.worksheet_range("Change log").expect("log");
    assert_eq!(log.height(), data.change_log.len() + 1);
    // What each entry changed, in words ("Current phase"), never the internal kind.
    let what_col = log
        .rows()
        .next()
        .and_then(|h| h.iter().position(|c| string(c) == "Field"))
        .expect("a Field column");
    for (row, c) in log.rows().skip(1).zip(&data.change_log) {
        let shown = string(&row[what_col]);
        assert_ne!(shown, c.what, "the kind {} is shown as written", c.what);
        assert_eq!(
            shown,
            dhma::export::change_kind_label(&c.what, &Localizer::new(Lang::En, false))
        );
    }

    // One header row, frozen, with a filter over the table, on every sheet; left to right.
    for n in 1..=8 {
        let xml = xlsx_part(&file, &format!("xl/worksheets/sheet{n}.xml"));
        assert!(
            xml.contains(r#"ySplit="1""#) && xml.contains(r#"state="frozen""#),
            "{n}"
        );
        assert!(xml.contains("<autoFilter ref=\"A1:"), "{n}");
        assert!(!xml.contains("rightToLeft"), "{n}");
        assert!(xml.contains("<col "), "widths set: {n}");
    }
    let ind_xml = xlsx_part(&file, "xl/worksheets/sheet2.xml");
    assert!(
        ind_xml.contains(&format!(
            "<autoFilter ref=\"A1:O{}\"",
            fw.indicators.len() + 1
        )),
        "the filter covers the table"
    );
}

#[test]
fn the_arabic_workbook_runs_right_to_left_with_arabic_names() {
    let bed = Bed::new();
    let file = bed.path("ar.xlsx");
    let db = bed.db();
    service::export_read_only(&db, bed.id, Format::Xlsx, Lang::Ar, false, &file).expect("export");
    let mut book = open_xlsx(&file);
    let ar = Localizer::new(Lang::Ar, false);
    let names = book.sheet_names();
    assert_eq!(names[0], ar.text("export-sheet-summary"));
    assert_eq!(names[1], ar.text("export-sheet-indicators"));
    let ind = book.worksheet_range(&names[1]).expect("indicators");
    assert_eq!(string(&ind[(0, 0)]), ar.text("export-col-code"));
    assert_eq!(string(&ind[(0, 3)]), ar.text("export-col-current"));
    // The numbers are the same numbers.
    assert_eq!(number(&ind[(1, 3)]), Some(3.0));
    for n in 1..=names.len() {
        let xml = xlsx_part(&file, &format!("xl/worksheets/sheet{n}.xml"));
        assert!(
            xml.contains(r#"rightToLeft="1""#),
            "sheet {n} right to left"
        );
    }
}

#[test]
fn the_csv_is_rfc_4180_utf8_with_a_byte_order_mark_only_for_excel() {
    let bed = Bed::new();
    let scores = bed.scores();
    let id = bed.id.to_string();
    let plain = bed.path("plain.csv");
    let excel = bed.path("excel.csv");
    for (path, extra) in [(&plain, None), (&excel, Some("--excel"))] {
        let mut args = vec![
            "--lang",
            "fr",
            "export",
            &id,
            "--format",
            "csv",
            "-o",
            path.to_str().expect("utf-8"),
        ];
        args.extend(extra);
        let out = bed.run(&args);
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    let plain_bytes = std::fs::read(&plain).expect("read");
    let excel_bytes = std::fs::read(&excel).expect("read");
    assert!(!plain_bytes.starts_with("\u{feff}".as_bytes()));
    assert!(excel_bytes.starts_with("\u{feff}".as_bytes()));
    assert_eq!(&excel_bytes[3..], &plain_bytes[..]);
    let text_ = String::from_utf8(plain_bytes).expect("utf-8");
    assert!(text_.contains("\r\n"), "CRLF line ends");
    assert!(!text_.replace("\r\n", "").contains('\r'));

    let mut reader = csv::ReaderBuilder::new().from_reader(text_.as_bytes());
    let fr = Localizer::new(Lang::Fr, false);
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    assert_eq!(header[0], fr.text("export-col-code"));
    let col = |key: &str| header.iter().position(|h| *h == fr.text(key)).expect(key);
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("record")).collect();
    assert_eq!(records.len(), super::gdhm().indicators.len());
    // Each block's mean from the CSV's phases, by the rule of `dhma score`, is its mean.
    let fw = super::gdhm();
    for b in scores["blocks"].as_array().expect("blocks") {
        let id = b["id"].as_str().expect("id");
        let phases: Vec<f64> = records
            .iter()
            .filter(|r| {
                fw.indicator(&r[0])
                    .is_some_and(|i| i.block == id && i.is_scored())
            })
            .filter_map(|r| r[col("export-col-current")].parse::<f64>().ok())
            .collect();
        let mean = (!phases.is_empty()).then(|| phases.iter().sum::<f64>() / phases.len() as f64);
        assert_eq!(mean, b["mean"].as_f64(), "{id}");
    }
    // A rationale with a comma or a quote survives.
    let db = bed.db();
    let data = db.load(bed.id).expect("load");
    let r1 = data
        .responses
        .iter()
        .find(|r| r.indicator == "1")
        .expect("1");
    assert_eq!(&records[0][col("export-col-rationale")], r1.rationale);
}

fn validator(schema: &str) -> (boon::Schemas, boon::SchemaIndex) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/schema");
    let mut compiler = boon::Compiler::new();
    for name in ["scores", "assessment", "export"] {
        let file = dir.join(format!("{name}.schema.json"));
        let value: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&file).expect("schema")).expect("json");
        compiler
            .add_resource(
                &format!("https://dhma.invalid/schema/{name}.schema.json"),
                value,
            )
            .expect("add");
    }
    let mut schemas = boon::Schemas::new();
    let index = compiler
        .compile(
            &format!("https://dhma.invalid/schema/{schema}.schema.json"),
            &mut schemas,
        )
        .expect("compile");
    (schemas, index)
}

fn valid(schema: &str, value: &serde_json::Value) -> Result<(), String> {
    let (schemas, index) = validator(schema);
    schemas.validate(value, index).map_err(|e| format!("{e:#}"))
}

#[test]
fn the_json_export_and_dhma_score_validate_against_their_schemas() {
    let bed = Bed::new();
    let scores = bed.scores();
    valid("scores", &scores).expect("dhma score --format json is valid");
    let file = bed.path("x.json");
    let id = bed.id.to_string();
    let out = bed.run(&[
        "export",
        &id,
        "--format",
        "json",
        "-o",
        file.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).expect("read")).expect("json");
    valid("export", &v).expect("the export is valid");
    valid("assessment", &v["assessment"]).expect("its assessment is valid");
    assert_eq!(v["scores"], scores, "the scores are dhma score's");
    // The content of an assessment file is valid too (with its sync part).
    let file_text = std::fs::read_to_string(bed.path("scored.dhma.json")).expect("read");
    let envelope: serde_json::Value = serde_json::from_str(&file_text).expect("json");
    valid("assessment", &envelope["content"]).expect("the file's content is valid");
    // The schemas refuse what DHMA never writes.
    let mut bad = v.clone();
    bad["scores"]["overall"]["phase"] = serde_json::json!("Phase 3");
    assert!(valid("export", &bad).is_err());
    let mut bad = v.clone();
    bad["assessment"]["responses"][0]["current"] = serde_json::json!(7);
    assert!(valid("export", &bad).is_err());
}

#[test]
fn a_file_that_cannot_be_written_is_an_error_and_leaves_no_half_file() {
    let bed = Bed::new();
    let id = bed.id.to_string();
    let missing = bed.path("no-such-folder").join("x.xlsx");
    for format in ["xlsx", "csv", "json", "dhma"] {
        let out = bed.run(&[
            "--lang",
            "fr",
            "export",
            &id,
            "--format",
            format,
            "-o",
            missing.to_str().expect("utf-8"),
        ]);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{format}: {}",
            text(&out.stderr)
        );
        let err = text(&out.stderr);
        assert!(err.contains("no-such-folder"), "{format}: {err}");
        let first_line = err.lines().next().unwrap_or_default();
        assert!(
            first_line.contains("n’existe pas") && !first_line.contains("No such file"),
            "in French, the OS's words only in the details: {err}"
        );
    }
    assert!(!bed.path("no-such-folder").exists());

    // A read-only folder (root ignores permissions: then the check is meaningless).
    let ro = bed.path("ro");
    std::fs::create_dir(&ro).expect("dir");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    let probe = ro.join("probe");
    let root = std::fs::write(&probe, b"x").is_ok();
    let _ = std::fs::remove_file(&probe);
    if !root {
        let target = ro.join("x.xlsx");
        let out = bed.run(&[
            "export",
            &id,
            "--format",
            "xlsx",
            "-o",
            target.to_str().expect("utf-8"),
        ]);
        assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
        assert!(text(&out.stderr).contains("x.xlsx"));
    }
    let left: Vec<_> = std::fs::read_dir(&ro).expect("list").collect();
    assert!(left.is_empty(), "nothing left behind: {left:?}");
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o755)).expect("chmod");

    // The service refuses the same way, with the message in the reader's language.
    let db = bed.db();
    let err = service::export_read_only(&db, bed.id, Format::Csv, Lang::Ar, false, &missing)
        .expect_err("refused");
    let ar = Localizer::new(Lang::Ar, false);
    assert_eq!(err.code(), "io");
    assert!(err.localize(&ar).contains("no-such-folder"));
    assert!(!err.localize(&ar).starts_with("error-"));
}

/// Writes the workbook of `bed` in `lang`, then rewrites cells of its Indicators sheet
/// with rust_xlsxwriter (the same cells, some changed), as a person editing it would.
fn edited_workbook(bed: &Bed, lang: Lang, edits: &[(&str, usize, Data)]) -> PathBuf {
    let exported = bed.path("exported.xlsx");
    let db = bed.db();
    service::export_read_only(&db, bed.id, Format::Xlsx, lang, false, &exported).expect("export");
    let mut book = open_xlsx(&exported);
    let name = book.sheet_names()[1].clone();
    let range = book.worksheet_range(&name).expect("range");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name(&name).expect("name");
    for (r, row) in range.rows().enumerate() {
        let code = string(&row[0]);
        for (c, cell) in row.iter().enumerate() {
            let cell = edits
                .iter()
                .find(|(k, col, _)| *k == code && *col == c)
                .map(|(_, _, d)| d)
                .unwrap_or(cell);
            let (r, c) = (r as u32, c as u16);
            match cell {
                Data::Float(f) => {
                    ws.write_number(r, c, *f).expect("n");
                }
                Data::String(s) => {
                    ws.write_string(r, c, s).expect("s");
                }
                Data::Bool(b) => {
                    ws.write_boolean(r, c, *b).expect("b");
                }
                _ => {}
            }
        }
    }
    let out = bed.path("edited.xlsx");
    wb.save(&out).expect("save");
    out
}

#[test]
fn answers_go_out_in_a_workbook_and_come_back_with_the_same_numbers() {
    let bed = Bed::new();
    let before = bed.scores();
    // Unchanged, in Russian: nothing changes.
    let file = edited_workbook(&bed, Lang::Ru, &[]);
    let mut db = bed.db();
    let l = Localizer::new(Lang::En, false);
    let p = service::preview_answers(&db, bed.id, &file, &l).expect("preview");
    assert!(p.indicators.is_empty(), "{p:?}");
    let done = service::import_answers(&mut db, bed.id, &file, "test", &l).expect("import");
    assert_eq!(done.changed, 0);
    drop(db);
    assert_eq!(bed.scores(), before, "the same numbers");

    // Edited in Arabic: indicator 3 from phase 1 to 4 (a number), 5's target to 5 (text),
    // 10 from NA to 2, 11's rationale and target year.
    let file = edited_workbook(
        &bed,
        Lang::Ar,
        &[
            ("3", 3, Data::Float(4.0)),
            ("5", 4, Data::String("5".into())),
            ("10", 3, Data::Float(2.0)),
            ("11", 5, Data::Float(2031.0)),
            ("11", 7, Data::String("Revised in Excel.".into())),
        ],
    );
    let mut db = bed.db();
    let log_before = db.load(bed.id).expect("load").change_log.len();
    let p = service::preview_answers(&db, bed.id, &file, &l).expect("preview");
    let codes: Vec<&str> = p.indicators.iter().map(|i| i.code.as_str()).collect();
    assert_eq!(codes, ["3", "5", "10", "11"]);
    assert_eq!(p.indicators[0].changes, ["Current phase: 1 → 4"]);
    assert_eq!(p.indicators[1].changes, ["Target phase: 4 → 5"]);
    assert_eq!(p.summary, "The file changes 4 answers.");
    let done = service::import_answers(&mut db, bed.id, &file, "test", &l).expect("import");
    assert_eq!(done.changed, 4);
    assert_eq!(done.summary, "4 answers changed.");
    let data = db.load(bed.id).expect("load");
    let r = |code: &str| {
        data.responses
            .iter()
            .find(|r| r.indicator == code)
            .cloned()
            .expect("response")
    };
    assert_eq!(r("3").current, Some(Current::Phase(4)));
    assert_eq!(r("5").target, Some(5));
    assert_eq!(r("10").current, Some(Current::Phase(2)));
    assert_eq!(r("11").target_year, Some(2031));
    assert_eq!(r("11").rationale, "Revised in Excel.");
    let new_log = &data.change_log[log_before..];
    let whats: Vec<(&str, Option<&str>)> = new_log
        .iter()
        .map(|c| (c.what.as_str(), c.subject.as_deref()))
        .collect();
    assert_eq!(
        whats,
        [
            ("response.current", Some("3")),
            ("response.target", Some("5")),
            ("response.current", Some("10")),
            // A phase for an NA answer clears which NA it was.
            ("response.na_reason", Some("10")),
            ("response.target_year", Some("11")),
            ("response.rationale", Some("11")),
        ]
    );
    assert!(new_log.iter().all(|c| c.actor == "test"));
    drop(db);
    // And out again: the workbook now holds the new numbers, which are dhma score's.
    let after = bed.scores();
    assert_ne!(after, before);
    let out = bed.path("again.xlsx");
    let id = bed.id.to_string();
    let o = bed.run(&[
        "export",
        &id,
        "--format",
        "xlsx",
        "-o",
        out.to_str().expect("utf-8"),
    ]);
    assert!(o.status.success());
    let mut book = open_xlsx(&out);
    let summary = book.worksheet_range("Summary").expect("summary");
    let overall = summary
        .rows()
        .find(|r| string(&r[0]) == "Overall")
        .expect("overall");
    assert_eq!(number(&overall[2]), after["overall"]["mean"].as_f64());
}

#[test]
fn answers_come_back_from_the_csv_through_the_command_line() {
    let bed = Bed::new();
    let id = bed.id.to_string();
    let csv_path = bed.path("answers.csv");
    let out = bed.run(&[
        "--lang",
        "zh",
        "export",
        &id,
        "--format",
        "csv",
        "--excel",
        "-o",
        csv_path.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let csv_text = std::fs::read_to_string(&csv_path).expect("read");
    // Indicator 22 from phase 1 to NA.
    let edited: String = csv_text
        .split("\r\n")
        .map(|line| {
            if line.starts_with("22,") {
                let mut fields: Vec<String> = line.split(',').map(String::from).collect();
                fields[3] = "na".into();
                fields.join(",")
            } else {
                line.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\r\n");
    std::fs::write(&csv_path, edited).expect("write");
    let out = bed.run(&["answers", "import", &id, csv_path.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("Current phase: 1 → not applicable"),
        "{stdout}"
    );
    assert!(stdout.contains("1 answer changed."), "{stdout}");
    let data = bed.db().load(bed.id).expect("load");
    let r22 = data
        .responses
        .iter()
        .find(|r| r.indicator == "22")
        .expect("22");
    assert_eq!(r22.current, Some(Current::NotApplicable));
    assert_eq!(r22.target, None, "an NA answer has no target");

    // The answers CSV of `dhma score` imports too.
    let score_csv = bed.path("score.csv");
    std::fs::write(&score_csv, "indicator,phase,target\n22,2,3\n").expect("write");
    let out = bed.run(&["answers", "import", &id, score_csv.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let data = bed.db().load(bed.id).expect("load");
    let r22 = data
        .responses
        .iter()
        .find(|r| r.indicator == "22")
        .expect("22");
    assert_eq!(
        (r22.current, r22.target),
        (Some(Current::Phase(2)), Some(3))
    );
}

#[test]
fn a_bad_answers_file_names_sheet_row_and_column_and_changes_nothing() {
    let bed = Bed::new();
    let id = bed.id.to_string();
    let db_before = super::hostile::dump(&bed.db());
    type Case<'a> = (Vec<(&'a str, usize, Data)>, &'a str, Vec<&'a str>);
    let cases: Vec<Case> = vec![
        (
            vec![("3", 3, Data::String("Phase 3".into()))],
            "answers-cell-bad-phase",
            vec!["Indicators", "row 5", "column D", "Phase 3"],
        ),
        (
            vec![("2", 0, Data::String("99".into()))],
            "answers-cell-unknown-indicator",
            vec!["row 3", "column A", "99"],
        ),
        (
            vec![("4", 4, Data::Float(7.0))],
            "answers-cell-bad-target",
            vec!["column E"],
        ),
        (
            vec![("5", 5, Data::Float(1999.0))],
            "answers-cell-bad-year",
            vec!["column F", "1999"],
        ),
        (
            vec![("2", 0, Data::String("1".into()))],
            "answers-cell-duplicate",
            vec!["row 3", "row 2"],
        ),
        (
            vec![("6", 0, Data::Empty)],
            "answers-cell-no-code",
            vec!["column A"],
        ),
    ];
    for (tried, (edits, code, parts)) in cases.iter().enumerate() {
        // Kept: the next case's workbook overwrites the file.
        let keep = bed.path(&format!("case-{tried}.xlsx"));
        std::fs::copy(edited_workbook(&bed, Lang::En, edits), &keep).expect("copy");
        let out = bed.run(&["answers", "import", &id, keep.to_str().expect("utf-8")]);
        assert_eq!(out.status.code(), Some(2), "{code}: {}", text(&out.stderr));
        let err = text(&out.stderr);
        for part in parts {
            assert!(err.contains(part), "{code}: {part} in {err}");
        }
        let db = bed.db();
        let e = service::preview_answers(&db, bed.id, &keep, &Localizer::new(Lang::En, false))
            .expect_err("refused");
        assert_eq!(
            e.message_with_args(&Localizer::new(Lang::En, false)).0,
            format!("error-{code}")
        );
        for lang in Lang::ALL {
            let text = e.localize(&Localizer::new(lang, false));
            assert!(
                !text.starts_with("error-") && text.contains("Indicators"),
                "{lang}: {text}"
            );
        }
        drop(db);
        assert_eq!(
            super::hostile::dump(&bed.db()),
            db_before,
            "{code}: nothing stored"
        );
    }
    // In the reader's language.
    let out = bed.run(&[
        "--lang",
        "ru",
        "answers",
        "import",
        &id,
        bed.path("case-0.xlsx").to_str().expect("utf-8"),
    ]);
    assert!(
        text(&out.stderr).contains("строка 5, столбец D"),
        "{}",
        text(&out.stderr)
    );

    // A file without the code column, one without answers, one that is no workbook.
    let no_code = bed.path("no-code.csv");
    std::fs::write(&no_code, "phase\n3\n").expect("write");
    let no_answers = bed.path("no-answers.csv");
    std::fs::write(&no_answers, "Code,Title\n1,x\n").expect("write");
    let not_xlsx = bed.path("fake.xlsx");
    std::fs::write(&not_xlsx, "Code,Current phase\n1,3\n").expect("write");
    let bad_line = bed.path("bad.csv");
    std::fs::write(&bad_line, "Code,Current phase\n1,3\n2,2,9\n").expect("write");
    for (file, code) in [
        (&no_code, "answers-no-code-column"),
        (&no_answers, "answers-no-answer-column"),
        (&not_xlsx, "spreadsheet-unreadable"),
        (&bad_line, "csv-malformed"),
    ] {
        let out = bed.run(&["answers", "import", &id, file.to_str().expect("utf-8")]);
        assert_eq!(out.status.code(), Some(2), "{code}: {}", text(&out.stderr));
        let db = bed.db();
        let e = service::preview_answers(&db, bed.id, file, &Localizer::new(Lang::En, false))
            .expect_err("refused");
        assert_eq!(e.code(), code);
    }
    assert_eq!(super::hostile::dump(&bed.db()), db_before, "nothing stored");
}

#[test]
fn a_finalised_assessment_refuses_answers_and_stays_as_it_was() {
    let bed = Bed::new();
    let file = edited_workbook(&bed, Lang::En, &[("3", 3, Data::Float(2.0))]);
    let mut db = bed.db();
    // Make the sample finalisable: every scored indicator answered with a rationale.
    let data = db.load(bed.id).expect("load");
    assert!(data.responses.iter().all(|r| !r.rationale.is_empty()));
    service::finalise(
        &mut db,
        bed.id,
        &service::SignOff {
            approver_name: "Minister".into(),
            approver_role: String::new(),
            government_approved: false,
        },
        "test",
    )
    .expect("finalise");
    assert_eq!(db.assessment(bed.id).expect("a").status, Status::Finalised);
    drop(db);
    let before = super::hostile::dump(&bed.db());
    let id = bed.id.to_string();
    let out = bed.run(&["answers", "import", &id, file.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let mut db = bed.db();
    let l = Localizer::new(Lang::En, false);
    let e = service::import_answers(&mut db, bed.id, &file, "t", &l).expect_err("refused");
    assert_eq!(e.code(), "assessment-locked");
    assert_eq!(
        service::preview_answers(&db, bed.id, &file, &l)
            .expect_err("refused")
            .code(),
        "assessment-locked"
    );
    drop(db);
    assert_eq!(super::hostile::dump(&bed.db()), before);
}

#[test]
fn the_transaction_checks_the_draft_itself() {
    // Finalised between the check before reading the file and the transaction: the
    // storage call refuses on its own.
    let bed = Bed::new();
    let mut db = bed.db();
    db.conn()
        .execute("UPDATE assessments SET status = 'finalised'", [])
        .expect("finalise behind its back");
    let before = super::hostile::dump(&db);
    let err = db
        .edit_responses(bed.id, &["3".to_string()], "t", |old| {
            let mut new = old.clone();
            new.current = Some(Current::Phase(5));
            Ok(Some(new))
        })
        .expect_err("refused");
    assert_eq!(err.code(), "assessment-locked");
    assert_eq!(super::hostile::dump(&db), before);
}

/// The `what` of every change-log entry DHMA's code writes with a literal: the fifth
/// argument of each `log(` call and the literals in each `log_changes(` call, found in the
/// source of `src/`.
fn logged_kinds() -> std::collections::BTreeSet<String> {
    fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    /// The text of a call from just after its `(` to its matching `)`.
    fn call_body(s: &str) -> &str {
        let mut depth = 0usize;
        for (i, c) in s.char_indices() {
            match c {
                '(' => depth += 1,
                ')' if depth == 0 => return &s[..i],
                ')' => depth -= 1,
                _ => {}
            }
        }
        s
    }
    fn literals(s: &str) -> Vec<String> {
        s.split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    }
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut kinds = std::collections::BTreeSet::new();
    for f in files {
        let s = std::fs::read_to_string(&f).expect("source");
        for (at, _) in s.match_indices("log(") {
            let before = s[..at].chars().next_back().unwrap_or(' ');
            if before.is_alphanumeric() || before == '_' || before == '.' {
                continue;
            }
            let body = call_body(&s[at + 4..]);
            let args: Vec<&str> = body.split(',').map(str::trim).collect();
            if let Some(what) = args.get(4) {
                let what = what.trim_start_matches('&');
                if what.starts_with('"') {
                    kinds.extend(literals(what));
                }
            }
        }
        // The fields `log_changes` logs: its own arguments, and the arrays of
        // `(what, old, new)` made for it.
        let field_lists = s
            .match_indices("log_changes(")
            .map(|(at, _)| call_body(&s[at + 12..]))
            .chain(
                s.match_indices("[(&str, Option<String>, Option<String>); ")
                    .filter_map(|(at, _)| s[at..].split_once("= [")?.1.split_once("];"))
                    .map(|(body, _)| body),
            );
        for body in field_lists {
            kinds.extend(
                literals(body)
                    .into_iter()
                    .filter(|l| l.contains('.') && !l.contains(' ')),
            );
        }
    }
    kinds
}

#[test]
fn every_kind_of_change_is_named_in_every_language() {
    let kinds = logged_kinds();
    // The scan finds the calls (a scan that found nothing would prove nothing).
    for k in [
        "assessment.created",
        "response.current",
        "roadmap.status",
        "rating.tally",
    ] {
        assert!(kinds.contains(k), "{k} not found among {kinds:?}");
    }
    let known: Vec<&str> = dhma::export::CHANGE_KINDS.iter().map(|(k, _)| *k).collect();
    for k in &kinds {
        assert!(
            known.contains(&k.as_str()),
            "the change kind {k} has no name: add it to export::CHANGE_KINDS"
        );
    }
    let narratives = dhma::model::NarrativeKind::ALL.map(|k| format!("narrative.{}", k.as_str()));
    let details = dhma::model::GdhmDetails::FIELDS.map(|f| format!("gdhm.{f}"));
    for lang in Lang::ALL {
        let l = Localizer::new(lang, false);
        for what in known
            .iter()
            .map(|k| k.to_string())
            .chain(narratives.iter().cloned())
            .chain(details.iter().cloned())
        {
            let shown = dhma::export::change_kind_label(&what, &l);
            assert_ne!(shown, what, "{lang}: {what} has no name");
            assert!(!shown.trim().is_empty(), "{lang}: {what}");
        }
        // A kind from a newer DHMA is shown as written rather than lost.
        assert_eq!(
            dhma::export::change_kind_label("future.kind", &l),
            "future.kind"
        );
    }
}

/// A rationale Excel would take for a formula (`=HYPERLINK(…)`, `+…`, `-…`, `@…`) is written
/// after an apostrophe in the CSV for Excel, and as it is in the plain CSV; the CSV for
/// Excel, imported back, gives the rationale as written.
#[test]
fn a_formula_in_a_rationale_stays_text_in_the_csv_for_excel_and_comes_back_whole() {
    let bed = Bed::new();
    let id = bed.id.to_string();
    let formula = "=HYPERLINK(\"http://example.org\",\"open\")";
    let answers = bed.path("rationales.csv");
    std::fs::write(
        &answers,
        format!(
            "indicator,rationale\n22,\"{}\"\n1,+1 from the audit\n2,@office\n3,- a list\n",
            formula.replace('"', "\"\"")
        ),
    )
    .expect("write");
    let out = bed.run(&["answers", "import", &id, answers.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let rationales = |bed: &Bed| -> Vec<String> {
        let data = bed.db().load(bed.id).expect("load");
        ["22", "1", "2", "3"]
            .iter()
            .map(|code| {
                data.responses
                    .iter()
                    .find(|r| r.indicator == *code)
                    .map(|r| r.rationale.clone())
                    .unwrap_or_default()
            })
            .collect()
    };
    let written = rationales(&bed);
    assert_eq!(
        written,
        [formula, "+1 from the audit", "@office", "- a list"]
    );
    let export = |name: &str, excel: bool| -> Vec<csv::StringRecord> {
        let path = bed.path(name);
        let mut args = vec!["export", &id, "--format", "csv", "-o"];
        let p = path.to_str().expect("utf-8").to_string();
        args.push(&p);
        if excel {
            args.push("--excel");
        }
        let out = bed.run(&args);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let body = std::fs::read_to_string(&path).expect("read");
        let body = body.trim_start_matches('\u{feff}').to_string();
        csv::ReaderBuilder::new()
            .from_reader(body.as_bytes())
            .records()
            .map(|r| r.expect("record"))
            .collect()
    };
    let cells = |records: &[csv::StringRecord]| -> Vec<String> {
        records
            .iter()
            .flat_map(|r| r.iter().map(String::from).collect::<Vec<_>>())
            .collect()
    };
    let plain = cells(&export("plain.csv", false));
    let excel = cells(&export("excel.csv", true));
    for r in &written {
        assert!(plain.contains(r), "{r} as written in the plain CSV");
        assert!(
            excel.contains(&format!("'{r}")),
            "{r} after an apostrophe for Excel"
        );
        assert!(!excel.contains(r), "{r} never bare for Excel");
    }
    // No cell for Excel starts as a formula.
    assert!(excel
        .iter()
        .all(|c| !c.starts_with(['=', '+', '-', '@', '\t', '\r'])));
    // Back from the CSV for Excel: nothing changes, the rationales are as written.
    let out = bed.run(&[
        "answers",
        "import",
        &id,
        bed.path("excel.csv").to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(rationales(&bed), written);
}
