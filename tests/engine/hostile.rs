//! Hostile assessment files: huge, deeply nested, wrongly encoded, truncated, duplicate-key
//! and otherwise crafted files are refused with a clear message in every language, and the
//! database is byte-for-byte what it was (every table dumped before and after). Text that
//! looks like HTML is legitimate text: it is imported as is and shown as text on screen and
//! in the PDF.
//!
//! Every test counts the bad files it tries and prints the count (`--nocapture` shows it).

use std::path::Path;
use std::time::{Duration, Instant};

use dhma::exchange::{self, MAX_FILE_BYTES};
use dhma::i18n::{Lang, Localizer};
use dhma::model::*;
use dhma::storage::Db;
use dhma::Error;

/// A database holding the sample assessment with a roadmap: what a hostile file must not
/// change.
fn bed() -> (Db, i64) {
    let mut data = exchange::sample().expect("sample");
    let fw = super::gdhm();
    let mut n = 0;
    data.roadmap = dhma::roadmap::merge(&[], dhma::roadmap::propose(fw, &data.responses), |_| {
        n += 1;
        format!("bed-r{n}")
    });
    let mut db = Db::open_in_memory().expect("db");
    let id = db.insert_data(&data).expect("insert");
    (db, id)
}

/// Every row of every table (and the schema and its version), as text.
pub(crate) fn dump(db: &Db) -> String {
    use rusqlite::types::ValueRef;
    let conn = db.conn();
    let mut out = String::new();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("user_version");
    out.push_str(&format!("user_version {version}\n"));
    let mut tables: Vec<String> = Vec::new();
    let mut stmt = conn
        .prepare("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")
        .expect("schema");
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
            ))
        })
        .expect("schema rows");
    for row in rows {
        let (kind, name, sql) = row.expect("schema row");
        out.push_str(&format!("{kind} {name} {sql:?}\n"));
        if kind == "table" && !name.starts_with("sqlite_") {
            tables.push(name);
        }
    }
    assert!(tables.len() >= 6, "tables found: {tables:?}");
    for table in tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{table}\" ORDER BY rowid"))
            .expect("select");
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).expect("rows");
        while let Some(row) = rows.next().expect("row") {
            out.push_str(&table);
            for i in 0..columns {
                let cell = match row.get_ref(i).expect("cell") {
                    ValueRef::Null => "NULL".to_string(),
                    ValueRef::Integer(n) => n.to_string(),
                    ValueRef::Real(x) => x.to_string(),
                    ValueRef::Text(t) => format!("{:?}", String::from_utf8_lossy(t)),
                    ValueRef::Blob(b) => format!("{b:?}"),
                };
                out.push('|');
                out.push_str(&cell);
            }
            out.push('\n');
        }
    }
    out
}

/// Bad files tried by one test.
#[derive(Default)]
struct Tally(usize);

impl Tally {
    fn done(&self, test: &str) {
        eprintln!("hostile files tried by {test}: {}", self.0);
    }
}

/// Imports `bytes` as a file into `db` and checks: refused with `code`, the database did not
/// change at all, and the message exists (not the bare key) in all seven languages.
fn refuse(db: &mut Db, tally: &mut Tally, bytes: &[u8], code: &str) -> Error {
    tally.0 += 1;
    let before = dump(db);
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("hostile.dhma.json");
    std::fs::write(&file, bytes).expect("write");
    let started = Instant::now();
    let err = exchange::import_file(db, &file).expect_err("a hostile file must be refused");
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "refusing took {:?}",
        started.elapsed()
    );
    if code != "?" {
        assert_eq!(err.code(), code, "{err}");
    }
    assert_eq!(dump(db), before, "the database changed ({err})");
    clear_message(&err);
    err
}

/// The message of `err` in every language: its own text, with every argument filled in.
fn clear_message(err: &Error) {
    let english = include_str!("../../locales/en/errors.ftl")
        .lines()
        .find(|l| l.starts_with(&format!("error-{} =", err.code())))
        .unwrap_or_default();
    for lang in Lang::ALL {
        let l = Localizer::new(lang, false);
        let key = format!("error-{}", err.code());
        assert!(l.has(&key), "{lang}: {key} missing");
        let msg = err.localize(&l);
        assert!(
            !msg.starts_with("error-") && !msg.contains("{ $") && !msg.contains("{$"),
            "{lang}: {msg}"
        );
        for (name, value) in err.args() {
            if !english.contains(&format!("{{ ${name} }}")) || value.trim().is_empty() {
                continue; // not shown (details are for logs)
            }
            assert!(
                msg.contains(&value),
                "{lang}: {name} = {value} not in «{msg}»"
            );
        }
    }
}

fn sample_text() -> String {
    exchange::to_string(&exchange::sample().expect("sample")).expect("text")
}

/// A file around `content` (any JSON text) with the correct checksum, so that the checks
/// behind the checksum are what refuses it.
fn seal_raw(content: &str) -> String {
    use sha2::{Digest, Sha256};
    let sha: String = Sha256::digest(content.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!(
        "{{\"format\":\"dhma-assessment\",\"format_version\":{},\"sha256\":\"{sha}\",\"content\":{content}}}",
        exchange::FORMAT_VERSION
    )
}

/// The content of `data`'s file without the GDHM details (format version 5), so that it can
/// be sealed as version 2.
fn content_of(data: &AssessmentData) -> serde_json::Value {
    let mut v: serde_json::Value =
        serde_json::from_str(&exchange::to_string(data).expect("text")).expect("json");
    v["content"].as_object_mut().expect("object").remove("gdhm");
    v["content"].clone()
}

/// The sample's content under a new assessment uid (so that only the hostile part can be the
/// reason for a refusal, never "already exists").
fn fresh_content() -> serde_json::Value {
    let mut c = content_of(&exchange::sample().expect("sample"));
    c["assessment"]["uid"] = "hostile-uid".into();
    c
}

fn fresh_body() -> String {
    serde_json::to_string(&fresh_content()).expect("json")
}

fn seal(content: &serde_json::Value) -> String {
    seal_raw(&serde_json::to_string(content).expect("json"))
}

fn nested(depth: usize, open: &str, close: &str, inner: &str) -> String {
    let mut s = String::with_capacity(depth * (open.len() + close.len()) + inner.len());
    for _ in 0..depth {
        s.push_str(open);
    }
    s.push_str(inner);
    for _ in 0..depth {
        s.push_str(close);
    }
    s
}

#[test]
fn deeply_nested_files_are_refused_without_overflowing_the_stack() {
    let (mut db, _) = bed();
    let mut tally = Tally::default();
    let deep = 100_000;
    let arrays = nested(deep, "[", "]", "");
    let objects = nested(deep, "{\"a\":", "}", "1");
    // The whole file: an array is read as a sequence of envelope fields and refused for its
    // first one; unknown keys are skipped without recursion, and no format is found.
    refuse(&mut db, &mut tally, arrays.as_bytes(), "malformed-json");
    refuse(
        &mut db,
        &mut tally,
        objects.as_bytes(),
        "not-assessment-file",
    );
    // Unclosed: a file that only opens.
    refuse(
        &mut db,
        &mut tally,
        "[".repeat(deep).as_bytes(),
        "malformed-json",
    );
    refuse(
        &mut db,
        &mut tally,
        "{\"a\":[".repeat(deep).as_bytes(),
        "malformed-json",
    );
    // The value of each envelope field.
    let head = "{\"format\":\"dhma-assessment\",\"format_version\":1";
    for inner in [&arrays, &objects] {
        for (text, code) in [
            (format!("{{\"format\":{inner}}}"), "malformed-json"),
            (
                format!("{{\"format\":\"dhma-assessment\",\"format_version\":{inner}}}"),
                "malformed-json",
            ),
            (
                format!("{head},\"sha256\":{inner},\"content\":{{}}}}"),
                "malformed-json",
            ),
            (
                format!("{head},\"sha256\":\"00\",\"content\":{inner}}}"),
                "checksum-mismatch",
            ),
            (format!("{head},\"extra\":{inner}}}"), "invalid-file-field"),
            // Behind a correct checksum: the whole content.
            (seal_raw(inner), "invalid-file-field"),
        ] {
            refuse(&mut db, &mut tally, text.as_bytes(), code);
        }
    }
    // Behind a correct checksum, as the value of a field deep inside the content.
    let body = serde_json::to_string(&fresh_content()).expect("json");
    for (needle, what) in [
        ("\"rationale\":", "a rationale"),
        ("\"current\":", "a phase (read through an untagged enum)"),
        ("\"organisation\":", "a participant"),
        ("\"approval\":", "the approval"),
        ("\"framework\":", "the framework"),
        ("\"change_log\":", "the change log"),
    ] {
        for inner in [&arrays, &objects] {
            // The nesting as the field's value, the old value under a new key.
            let at = body.find(needle).expect(what) + needle.len();
            let hostile = format!("{}{inner},\"x\":{}", &body[..at], &body[at..]);
            refuse(
                &mut db,
                &mut tally,
                seal_raw(&hostile).as_bytes(),
                "invalid-file-field",
            );
        }
    }
    // An unknown field where a type would skip it (the framework reference): the check for
    // unknown fields reads it, and stops at the depth limit.
    for inner in [&arrays, &objects] {
        let hostile = body.replacen(
            "\"framework\":{\"id\"",
            &format!("\"framework\":{{\"note\":{inner},\"id\""),
            1,
        );
        assert_ne!(hostile, body);
        let err = refuse(
            &mut db,
            &mut tally,
            seal_raw(&hostile).as_bytes(),
            "malformed-json",
        );
        assert!(format!("{err}").contains("recursion limit"), "{err}");
    }
    // Just under serde_json's limit of 128: parsed, and refused for its type.
    let shallow = nested(100, "[", "]", "");
    let hostile = body.replacen(
        "\"rationale\":",
        &format!("\"rationale\":{shallow},\"r\":"),
        1,
    );
    refuse(
        &mut db,
        &mut tally,
        seal_raw(&hostile).as_bytes(),
        "invalid-file-field",
    );
    tally.done("deeply_nested");
}

#[test]
fn every_truncation_of_a_file_is_refused() {
    let (mut db, _) = bed();
    let mut tally = Tally::default();
    let mut other = exchange::sample().expect("sample");
    other.assessment.uid = "cut-uid".into();
    other.assessment.country = "République de Lusara – Ελλάδα – 卢萨拉 – لوسارا".into();
    let text = exchange::to_string(&other).expect("text");
    let bytes = text.as_bytes();
    let end = text.rfind('}').expect("closing brace");
    // Every cut, through the byte-level importer (no panic, always refused) …
    for cut in 0..=end {
        tally.0 += 1;
        let err = exchange::parse_bytes("cut.dhma.json", &bytes[..cut])
            .expect_err("a cut file is refused");
        assert_eq!(err.code(), "malformed-json", "cut at {cut}: {err}");
    }
    eprintln!("cuts tried through parse_bytes: {}", tally.0);
    // … and a spread of them through the whole import, checking the database each time.
    let mut cuts: Vec<usize> = (0..=end).step_by(97).collect();
    cuts.extend(end.saturating_sub(40)..=end);
    // Cuts inside a multi-byte character.
    cuts.extend(
        text.char_indices()
            .filter(|(_, c)| c.len_utf8() > 1)
            .take(12)
            .map(|(i, _)| i + 1),
    );
    for cut in cuts {
        let err = refuse(&mut db, &mut tally, &bytes[..cut], "malformed-json");
        if !text.is_char_boundary(cut) {
            assert!(format!("{err}").contains("middle of a character"), "{err}");
        }
    }
    // The uncut file is accepted (the test is about the cuts, not the file).
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("whole.dhma.json");
    std::fs::write(&file, bytes).expect("write");
    exchange::import_file(&mut db, &file).expect("the whole file imports");
    tally.done("truncation");
}

/// The sample file in another encoding: characters beyond the encoding become `?`.
fn encode_single_byte(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect()
}

#[test]
fn wrongly_encoded_files_are_refused_saying_where() {
    let (mut db, _) = bed();
    let mut tally = Tally::default();
    let mut data = exchange::sample().expect("sample");
    data.assessment.uid = "enc-uid".into();
    let text = exchange::to_string(&data).expect("text");

    let utf16le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let utf16be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let with_bom = |bom: &[u8], body: &[u8]| [bom, body].concat();
    for (bytes, what) in [
        (with_bom(&[0xFF, 0xFE], &utf16le), "UTF-16 LE with BOM"),
        (with_bom(&[0xFE, 0xFF], &utf16be), "UTF-16 BE with BOM"),
        (
            with_bom(
                &[0xFF, 0xFE, 0, 0],
                &text
                    .chars()
                    .flat_map(|c| u32::from(c).to_le_bytes())
                    .collect::<Vec<u8>>(),
            ),
            "UTF-32 LE with BOM",
        ),
    ] {
        let err = refuse(&mut db, &mut tally, &bytes, "not-utf8");
        let args = err.args();
        assert!(
            args.contains(&("line", "1".into())) && args.contains(&("column", "1".into())),
            "{what}: {args:?}"
        );
    }
    // Without a byte-order mark: refused at the first letter that is not ASCII …
    refuse(&mut db, &mut tally, &utf16le, "not-utf8");
    refuse(&mut db, &mut tally, &utf16be, "not-utf8");
    // … and UTF-16 of pure ASCII is valid UTF-8 full of NUL bytes: refused as damaged.
    for ascii in [
        "{\"format\": \"dhma-assessment\", \"format_version\": 1}",
        "{}",
    ] {
        let le: Vec<u8> = ascii.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = ascii.encode_utf16().flat_map(u16::to_be_bytes).collect();
        refuse(&mut db, &mut tally, &le, "malformed-json");
        refuse(&mut db, &mut tally, &be, "malformed-json");
    }

    // Latin-1 / Windows-1252 (what a text editor may save after a hand edit): refused at the
    // first accented letter, with its line and column.
    let latin1 = encode_single_byte(&text);
    let err = refuse(&mut db, &mut tally, &latin1, "not-utf8");
    let first = text
        .lines()
        .enumerate()
        .find_map(|(n, l)| {
            l.chars()
                .position(|c| ('\u{80}'..='\u{ff}').contains(&c))
                .map(|col| (n + 1, col + 1))
        })
        .expect("the sample has accented letters");
    let args = err.args();
    assert!(
        args.contains(&("line", first.0.to_string()))
            && args.contains(&("column", first.1.to_string())),
        "{args:?}, expected {first:?}"
    );

    // Byte sequences that are never UTF-8, inside a string of an otherwise good file.
    for bad in [
        &[0xC0, 0xAF][..],         // overlong '/'
        &[0xE0, 0x80, 0xAF],       // overlong, three bytes
        &[0xED, 0xA0, 0x80],       // a UTF-16 surrogate encoded as UTF-8 (CESU-8)
        &[0xF4, 0x90, 0x80, 0x80], // beyond U+10FFFF
        &[0x80],                   // a lone continuation byte
        &[0xFF],                   // never in UTF-8
        &[0xC3, 0x28],             // a start byte followed by ASCII
    ] {
        let at = text.find("Lusara").expect("country");
        let bytes = [&text.as_bytes()[..at], bad, &text.as_bytes()[at..]].concat();
        refuse(&mut db, &mut tally, &bytes, "not-utf8");
    }

    // A UTF-8 byte-order mark is accepted (some editors add one); a second one is not.
    let bom = with_bom(&[0xEF, 0xBB, 0xBF], text.as_bytes());
    let double = with_bom(&[0xEF, 0xBB, 0xBF], &bom);
    refuse(&mut db, &mut tally, &double, "malformed-json");
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("bom.dhma.json");
    std::fs::write(&file, &bom).expect("write");
    let id = exchange::import_file(&mut db, &file).expect("UTF-8 with a BOM imports");
    let mut back = db.load(id).expect("load");
    back.assessment.id = 0;
    assert_eq!(back, data);

    // A lone surrogate escape behind a correct checksum: not text.
    let mut c = fresh_content();
    c["assessment"]["uid"] = "sur-uid".into();
    let body = serde_json::to_string(&c)
        .expect("json")
        .replacen("Lusara", "Lus\\ud800ara", 1);
    refuse(
        &mut db,
        &mut tally,
        seal_raw(&body).as_bytes(),
        "invalid-file-field",
    );
    tally.done("encodings");
}

#[test]
fn huge_files_and_huge_strings() {
    let (mut db, _) = bed();
    let mut tally = Tally::default();
    // Over the limit with real content (not only a sparse file): refused before parsing.
    let mut c = fresh_content();
    c["responses"][0]["rationale"] = "x".repeat(MAX_FILE_BYTES as usize).into();
    let err = refuse(&mut db, &mut tally, seal(&c).as_bytes(), "file-too-large");
    assert!(
        err.localize(&Localizer::new(Lang::En, false))
            .contains("larger than the limit of 20.0 MB"),
        "the limit is shown as the documented 20 MB: {err}"
    );
    // A small file that claims nothing about size but holds a 100 MB-long number of digits
    // is not possible under the limit; a 1 MB number is: refused for its type.
    let mut body = serde_json::to_string(&fresh_content()).expect("json");
    body = body.replacen(
        "\"target_year\":2028",
        &format!("\"target_year\":{}", "9".repeat(1_000_000)),
        1,
    );
    refuse(
        &mut db,
        &mut tally,
        seal_raw(&body).as_bytes(),
        "invalid-file-field",
    );

    // Under the limit, a 10 MB rationale is legitimate text (there is no length limit on
    // free text): imported whole in reasonable time, exported back identical.
    let mut data = exchange::sample().expect("sample");
    data.assessment.uid = "big-uid".into();
    data.responses[0].rationale = "Évaluation détaillée. ".repeat(10 * 1024 * 1024 / 23);
    data.evidence = (0..2_000)
        .map(|i| Evidence {
            indicator: "1".into(),
            title: format!("Document {i}"),
            reference: format!("https://example.org/{i}"),
        })
        .collect();
    let text = exchange::to_string(&data).expect("text");
    assert!((text.len() as u64) < MAX_FILE_BYTES, "{}", text.len());
    assert!(text.len() > 10_000_000);
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("big.dhma.json");
    std::fs::write(&file, &text).expect("write");
    let started = Instant::now();
    let id = exchange::import_file(&mut db, &file).expect("a big but valid file imports");
    let took = started.elapsed();
    assert!(took < Duration::from_secs(60), "import took {took:?}");
    let mut back = db.load(id).expect("load");
    back.assessment.id = 0;
    assert_eq!(back, data);
    assert_eq!(exchange::to_string(&back).expect("export"), text);
    eprintln!(
        "a {:.1} MB file imported in {took:?}",
        text.len() as f64 / 1e6
    );
    tally.done("huge");
}

#[test]
fn crafted_envelopes_and_contents_are_refused() {
    let (mut db, _) = bed();
    let mut tally = Tally::default();
    let text = sample_text();
    let good = seal(&fresh_content());
    let cases: Vec<(String, &str)> = vec![
        // Not an object, or not ours.
        ("null".into(), "malformed-json"),
        ("\"dhma-assessment\"".into(), "malformed-json"),
        ("1e999".into(), "malformed-json"),
        ("{}".into(), "not-assessment-file"),
        ("{\"format\":\"DHMA-ASSESSMENT\",\"format_version\":1}".into(), "not-assessment-file"),
        ("{\"format\":\"dhma-assessment\"}".into(), "not-assessment-file"),
        ("{\"format\":\"dhma-assessment\",\"format_version\":0}".into(), "not-assessment-file"),
        ("{\"format\":\"dhma-assessment\",\"format_version\":1}".into(), "not-assessment-file"),
        // Versions that are not a small whole number.
        ("{\"format\":\"dhma-assessment\",\"format_version\":1.0}".into(), "malformed-json"),
        ("{\"format\":\"dhma-assessment\",\"format_version\":-1}".into(), "malformed-json"),
        ("{\"format\":\"dhma-assessment\",\"format_version\":\"1\"}".into(), "malformed-json"),
        (
            "{\"format\":\"dhma-assessment\",\"format_version\":18446744073709551616}".into(),
            "malformed-json",
        ),
        (
            "{\"format\":\"dhma-assessment\",\"format_version\":18446744073709551615}".into(),
            "format-too-new",
        ),
        // Syntax a lenient reader would take.
        (text.replacen("\"format\"", "'format'", 1), "malformed-json"),
        (text.replacen('}', ",}", 1), "malformed-json"),
        (format!("{text}\n{text}"), "malformed-json"),
        (format!("{text}\u{0}"), "malformed-json"),
        (format!("// exported\n{text}"), "malformed-json"),
        (text.replacen("Lusara", "Lus\\xara", 1), "malformed-json"),
        (text.replacen("Lusara", "Lus\u{1}ara", 1), "malformed-json"),
        (text.replacen("Lusara", "Lus\nara", 1), "malformed-json"),
        // Duplicate keys, in the envelope and in the content (also spelled with escapes).
        (
            text.replacen("\"sha256\"", "\"sha256\": \"00\", \"sha256\"", 1),
            "malformed-json",
        ),
        (
            text.replacen("\"content\"", "\"content\": {}, \"content\"", 1),
            "malformed-json",
        ),
        (
            text.replacen("\"format\"", "\"form\\u0061t\": \"x\", \"format\"", 1),
            "malformed-json",
        ),
        (
            good.replacen("\"format\":", "\"extra\":1,\"extra\":2,\"format\":", 1),
            "invalid-file-field",
        ),
        (
            seal_raw(&fresh_body().replacen("\"country\":", "\"country\":\"X\",\"country\":", 1)),
            "invalid-file-field",
        ),
        (
            seal_raw(&fresh_body().replacen(
                "\"framework\":{\"id\":",
                "\"framework\":{\"id\":\"x\",\"i\\u0064\":",
                1,
            )),
            "invalid-file-field",
        ),
        (
            seal_raw(&fresh_body().replacen("\"evidence\":", "\"evidence\":[],\"evidence\":", 1)),
            "invalid-file-field",
        ),
        // Unknown fields everywhere, never silently dropped.
        (
            good.replacen("\"format\":", "\"signature\":\"x\",\"format\":", 1),
            "invalid-file-field",
        ),
        (
            seal_raw(&serde_json::to_string(&fresh_content()).expect("json").replacen(
                "\"framework\":{\"id\"",
                "\"framework\":{\"note\":\"x\",\"id\"",
                1,
            )),
            "invalid-file-field",
        ),
        // The checksum: wrong length, not hex, empty, absent, of something else.
        (good.replacen("\"sha256\":\"", "\"sha256\":\"0", 1), "checksum-mismatch"),
        (
            good.replacen("\"sha256\":\"", "\"sha256\":\"zz", 1),
            "checksum-mismatch",
        ),
        (
            format!(
                "{{\"format\":\"dhma-assessment\",\"format_version\":1,\"sha256\":\"\",\"content\":{}}}",
                serde_json::to_string(&fresh_content()).expect("json")
            ),
            "checksum-mismatch",
        ),
        (
            format!(
                "{{\"format\":\"dhma-assessment\",\"format_version\":1,\"content\":{}}}",
                serde_json::to_string(&fresh_content()).expect("json")
            ),
            "not-assessment-file",
        ),
        // Content of the wrong shape behind a correct checksum.
        (seal_raw("null"), "not-assessment-file"),
        (seal_raw("[]"), "invalid-file-field"),
        (seal_raw("\"content\""), "invalid-file-field"),
        (seal_raw("{}"), "invalid-file-field"),
    ];
    for (n, (text, code)) in cases.iter().enumerate() {
        eprintln!("case {n}: {}", text.chars().take(90).collect::<String>());
        refuse(&mut db, &mut tally, text.as_bytes(), code);
    }

    // Content values out of their domain, each behind a correct checksum.
    type Edit = fn(&mut serde_json::Value);
    let edits: Vec<(Edit, &str)> = vec![
        (|c| c["assessment"]["id"] = 7.into(), "invalid-file-field"),
        (
            |c| c["assessment"]["country"] = "   ".into(),
            "invalid-value",
        ),
        (|c| c["assessment"]["uid"] = "".into(), "invalid-value"),
        (
            |c| c["assessment"]["date"] = "2026-02-30".into(),
            "invalid-value",
        ),
        (
            |c| c["assessment"]["date"] = "２０２６-03-16".into(),
            "invalid-value",
        ),
        (
            |c| c["assessment"]["language"] = "xx".into(),
            "unknown-language",
        ),
        (
            |c| c["assessment"]["status"] = "deleted".into(),
            "invalid-file-field",
        ),
        (
            |c| c["assessment"]["framework"]["version"] = "1.0.1".into(),
            "invalid-file-field",
        ),
        (
            |c| c["responses"][0]["target_year"] = 1999.into(),
            "invalid-value",
        ),
        (
            |c| c["responses"][0]["target_year"] = 65_536.into(),
            "invalid-file-field",
        ),
        (
            |c| c["responses"][0]["current"] = 3.5.into(),
            "invalid-file-field",
        ),
        (
            |c| c["responses"][0]["current"] = "na".into(),
            "invalid-file-field",
        ),
        (
            |c| c["responses"][0]["current"] = 256.into(),
            "invalid-file-field",
        ),
        (
            |c| c["responses"][0]["confidence"] = "certain".into(),
            "invalid-file-field",
        ),
        (
            |c| c["responses"][0]["indicator"] = "1 ".into(),
            "unknown-indicator",
        ),
        (
            |c| c["responses"][1]["indicator"] = c["responses"][0]["indicator"].clone(),
            "answered-twice",
        ),
        (
            |c| c["participants"][0]["name"] = 1.into(),
            "invalid-file-field",
        ),
        (
            |c| c["participants"] = serde_json::json!({}),
            "invalid-file-field",
        ),
        (
            |c| {
                c["roadmap"] = serde_json::json!([{"uid":"r","indicator":"14","template":null,
                "from_phase":3,"to_phase":2,"line":"x","text":null,"monitoring":null,
                "timeframe":"short","responsible":"x","priority":1,"cost":"low",
                "status":"planned","position":0,"edited":false}])
            },
            "invalid-value",
        ),
        (
            |c| {
                c["roadmap"] = serde_json::json!([{"uid":"r","indicator":"14","template":null,
                "from_phase":1,"to_phase":2,"line":"x","text":null,"monitoring":null,
                "timeframe":"short","responsible":"x","priority":9,"cost":"low",
                "status":"planned","position":0,"edited":false}])
            },
            "invalid-value",
        ),
        (
            |c| {
                c["roadmap"] = serde_json::json!([{"uid":"r","indicator":"14","template":null,
                "from_phase":1,"to_phase":2,"line":"x","text":null,"monitoring":null,
                "timeframe":"short","responsible":"x","priority":1,"cost":"low",
                "status":"planned","position":1e30,"edited":false}])
            },
            "invalid-file-field",
        ),
        (
            |c| {
                let item = serde_json::json!({"uid":"r","indicator":"14","template":null,
                "from_phase":1,"to_phase":2,"line":"x","text":null,"monitoring":null,
                "timeframe":"short","responsible":"x","priority":1,"cost":"low",
                "status":"planned","position":0,"edited":false});
                c["roadmap"] = serde_json::json!([item.clone(), item]);
            },
            "invalid-value",
        ),
    ];
    for (edit, code) in &edits {
        let mut c = fresh_content();
        edit(&mut c);
        refuse(&mut db, &mut tally, seal(&c).as_bytes(), code);
    }

    // A roadmap item whose uid another assessment in the database already uses: refused
    // with a clear message naming the field, and nothing of the file is kept.
    let mut c = fresh_content();
    let (bed_data_roadmap_uid, code) = ("bed-r1", "invalid-value");
    c["roadmap"] = serde_json::json!([{"uid":bed_data_roadmap_uid,"indicator":"14",
        "template":null,"from_phase":1,"to_phase":2,"line":"x","text":null,"monitoring":null,
        "timeframe":"short","responsible":"x","priority":1,"cost":"low","status":"planned",
        "position":0,"edited":false}]);
    refuse(&mut db, &mut tally, seal(&c).as_bytes(), code);

    // The same assessment again.
    refuse(&mut db, &mut tally, text.as_bytes(), "already-exists");
    tally.done("crafted");
}

/// Text a browser or a PDF writer could mistake for markup or commands.
const HOSTILE_TEXT: [&str; 6] = [
    "<img src=x onerror=alert(1)>",
    "<script>alert('x')</script>",
    "\"><svg onload=alert(1)>",
    "&lt;b&gt; &amp; ]]> <!-- -->",
    "javascript:alert(1)",
    "(endstream) Tj /F1 BT ET %%EOF",
];

fn hostile_assessment() -> AssessmentData {
    let mut data = exchange::sample().expect("sample");
    data.assessment.uid = "html-uid".into();
    data.assessment.country = format!("Lusara {}", HOSTILE_TEXT[0]);
    data.assessment.round = HOSTILE_TEXT[1].into();
    data.assessment.facilitator = HOSTILE_TEXT[2].into();
    super::rename_participant(&mut data, 0, HOSTILE_TEXT[0]);
    data.workshop.ratings[0].comment = HOSTILE_TEXT[3].into();
    data.workshop.notes[0].note = HOSTILE_TEXT.join(" ");
    data.workshop.dissents[0].reason = HOSTILE_TEXT[4].into();
    data.workshop.groups[0].name = HOSTILE_TEXT[1].into();
    data.participants[0].organisation = HOSTILE_TEXT[3].into();
    data.participants[0].role = HOSTILE_TEXT[1].into();
    data.responses[0].rationale = HOSTILE_TEXT.join(" ");
    data.evidence[0].title = HOSTILE_TEXT[0].into();
    data.evidence[0].reference = HOSTILE_TEXT[4].into();
    data.assessment.approval.approver_name = Some(HOSTILE_TEXT[5].into());
    data.responses[1].rationale =
        "nul\u{0} bell\u{7} esc\u{1b}[31m rlo\u{202e}txet\u{202c} end".into();
    data
}

#[test]
fn text_that_looks_like_html_is_imported_as_text() {
    let data = hostile_assessment();
    let mut db = Db::open_in_memory().expect("db");
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("html.dhma.json");
    std::fs::write(&file, exchange::to_string(&data).expect("text")).expect("write");
    let id = exchange::import_file(&mut db, &file).expect("markup-like text is legitimate");
    let mut back = db.load(id).expect("load");
    back.assessment.id = 0;
    assert_eq!(back, data, "kept character for character");

    // A file name suggested from the assessment's text stays one plain name.
    let mut a = back.assessment.clone();
    a.round = "../../..\\windows\\system32 /etc/passwd\u{0}:*?".into();
    let name = dhma::service::suggested_file_name(&a, ".dhma.json");
    let stem = name.trim_end_matches(".dhma.json");
    assert!(
        stem.chars().all(|c| c.is_alphanumeric() || c == '-'),
        "{name}"
    );

    // The dashboard's charts are the only HTML the interface inserts: the assessment's own
    // text never reaches them unescaped.
    for lang in [Lang::En, Lang::Ar] {
        let view = dhma::service::dashboard(&db, id, &Localizer::new(lang, true)).expect("dash");
        for svg in [&view.radar_svg, &view.bars_svg] {
            for needle in ["<img", "<script", "<svg onload", "onerror", "javascript:"] {
                assert!(!svg.contains(needle), "{lang}: {needle} in {svg}");
            }
        }
    }
}

#[test]
fn control_characters_are_kept_as_text() {
    // Escaped control and formatting characters are legitimate JSON text: the file round
    // trips exactly (refusing them only on import would make some exports un-importable).
    let mut data = exchange::sample().expect("sample");
    data.assessment.uid = "ctl-uid".into();
    data.responses[0].rationale = "nul\u{0} bell\u{7} esc\u{1b}[31m vt\u{b} del\u{7f} c1\u{85}\u{9b} rlo\u{202e}txet lre\u{202a} bom\u{feff} zwj\u{200d} tab\t cr\r lf\n".into();
    super::rename_participant(&mut data, 0, "\u{202e}anel\u{202c}");
    let text = exchange::to_string(&data).expect("text");
    assert!(
        !text.bytes().any(|b| b < 0x20 && b != b'\n'),
        "written escaped"
    );
    let back = exchange::parse_bytes("ctl.dhma.json", text.as_bytes()).expect("parse");
    assert_eq!(back, data);
    let (mut db, _) = bed();
    let id = db.insert_data(&back).expect("insert");
    let mut stored = db.load(id).expect("load");
    stored.assessment.id = 0;
    assert_eq!(stored, data);
}

#[test]
fn the_interface_never_inserts_data_as_html() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/js");
    // The only HTML the interface inserts: SVG drawn by the core (src/charts.rs), whose
    // every text is escaped there (checked below).
    let allowed = [
        "holder.innerHTML = d.radar_svg;",
        "bars.innerHTML = d.bars_svg;",
        "spreadHolder.innerHTML = d.spreads_svg;",
    ];
    let sinks = [
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "createContextualFragment",
        "DOMParser",
        "srcdoc",
        "eval(",
        "new Function",
        "setHTMLUnsafe",
    ];
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).expect("ui/js") {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("js") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("read");
        checked += 1;
        for (n, line) in source.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for sink in sinks {
                if code.contains(sink) {
                    assert!(
                        allowed.iter().any(|a| code.trim() == *a),
                        "{}:{}: `{sink}` puts text into the page as HTML: {line}",
                        path.display(),
                        n + 1
                    );
                }
            }
        }
    }
    assert!(checked >= 2, "ui/js/*.js found: {checked}");

    // The charts escape every text they are given.
    let labels: Vec<String> = ["<script>x</script>", "a&b", "\"q\" 'r'", "<img src=x>"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let layout = dhma::charts::radar_layout(&labels, &[], 400.0, 400.0);
    let radar = dhma::charts::radar_svg(&layout, "<title>&\"", "<b>&\"", &[true; 4], false);
    let series = dhma::charts::Series {
        label: "<legend>&\"".into(),
        values: vec![Some(2.0); 4],
        colour: dhma::charts::CURRENT_COLOUR.into(),
        dashed: false,
    };
    let bars = dhma::charts::bars_layout(&labels, &[series], 400.0);
    let bars = dhma::charts::bars_svg(&bars, "<title>&\"", true);
    let spreads: Vec<dhma::charts::SpreadInput> = labels
        .iter()
        .map(|code| dhma::charts::SpreadInput {
            code: code.clone(),
            min: 1,
            max: 3,
            median: 2.0,
            agreed: Some(2),
            discuss: true,
        })
        .collect();
    let spreads = dhma::charts::spreads_svg(
        &dhma::charts::spreads_layout(&spreads, 400.0),
        "<title>&\"",
        true,
    );
    for svg in [&radar, &bars, &spreads] {
        let inner = svg.trim_start_matches(|c| c != '>').trim_start_matches('>');
        for needle in [
            "<script", "<img", "<title><", "a&b", "\"q\"", "<b>", "<legend>",
        ] {
            assert!(!inner.contains(needle), "{needle} in {svg}");
        }
        assert!(svg.contains("&lt;script&gt;") && svg.contains("&amp;") && svg.contains("&quot;"));
    }
}

#[test]
fn the_report_draws_markup_as_literal_text() {
    let data = hostile_assessment();
    let mut db = Db::open_in_memory().expect("db");
    let id = db.insert_data(&data).expect("insert");
    let dir = tempfile::tempdir().expect("tmp");
    let pdf = dir.path().join("html.pdf");
    dhma::service::export_report(&db, id, Lang::En, &pdf).expect("report");
    let out = std::process::Command::new("pdftotext")
        .args([pdf.as_os_str(), std::ffi::OsStr::new("-")])
        .output()
        .expect("pdftotext is needed for this test (Debian: poppler-utils)");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for needle in [
        "Lusara <img src=x onerror=alert(1)>",
        "<script>alert('x')</script>",
        "&lt;b&gt; &amp; ]]>",
        "(endstream) Tj /F1 BT ET %%EOF",
    ] {
        assert!(flat.contains(needle), "«{needle}» not drawn literally");
    }
}

/// The fuzz target's seeds still reach the deep end of the importer: the sample file and
/// the sealed contents are accepted, so mutations of them exercise every check.
#[test]
fn the_fuzz_seeds_are_valid() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds/import");
    let mut accepted = 0;
    for entry in std::fs::read_dir(&dir).expect("fuzz/seeds/import") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let bytes = std::fs::read(&path).expect("read");
        let text = String::from_utf8(bytes).expect("UTF-8");
        if name.ends_with(".dhma.json") {
            exchange::parse(name, &text).expect("a seed file parses");
            accepted += 1;
        } else if name.ends_with("content.json") {
            let data = exchange::parse(name, &seal_raw(&text)).expect("a sealed seed parses");
            let mut db = Db::open_in_memory().expect("db");
            db.insert_data(&data).expect("and is stored");
            accepted += 1;
        }
    }
    assert!(accepted >= 4, "{accepted} seeds accepted");
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(32))]
        /// Any text at all (control characters, markup, right-to-left marks, astral
        /// characters) in every free-text field survives file → database → file unchanged,
        /// byte for byte.
        #[test]
        fn any_text_survives_file_database_file(
            texts in prop::collection::vec(any::<String>(), 12),
        ) {
            let mut data = exchange::sample().expect("sample");
            data.assessment.uid = format!("p-{}", texts[0]);
            data.assessment.country = format!("C{}", texts[1]);
            data.assessment.round = format!("R{}", texts[2]);
            data.assessment.facilitator = texts[3].clone();
            crate::rename_participant(&mut data, 0, &texts[4]);
            data.participants[0].organisation = texts[5].clone();
            data.participants[0].role = texts[6].clone();
            data.responses[0].rationale = texts[7].clone();
            data.evidence[0].title = texts[8].clone();
            data.evidence[0].reference = texts[9].clone();
            data.assessment.approval.approver_name = Some(texts[10].clone());
            data.change_log.push(Change {
                at: "2026-03-18T16:05:00Z".into(),
                actor: texts[11].clone(),
                what: "response.rationale".into(),
                subject: Some("1".into()),
                old: Some(texts[7].clone()),
                new: None,
            });
            let file = exchange::to_string(&data).expect("export");
            let back = exchange::parse_bytes("p.dhma.json", file.as_bytes()).expect("import");
            prop_assert_eq!(&back, &data);
            let mut db = Db::open_in_memory().expect("db");
            let id = db.insert_data(&back).expect("store");
            let stored = db.load(id).expect("load");
            prop_assert_eq!(exchange::to_string(&stored).expect("export again"), file);
        }
    }
}
