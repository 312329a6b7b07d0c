//! The assessment file: round trip without loss, and every refusal of the importer leaves
//! the database untouched.

use std::path::Path;

use dhma::exchange::{self, MAX_FILE_BYTES};
use dhma::framework::{CostClass, TimeFrame};
use dhma::model::*;
use dhma::scoring::Current;
use dhma::storage::Db;

fn sample_with_roadmap() -> AssessmentData {
    let mut data = exchange::sample().expect("sample");
    data.roadmap.push(RoadmapItem {
        uid: "r-1".into(),
        indicator: "14".into(),
        template: Some("14.s1.a1".into()),
        from_phase: Some(1),
        to_phase: Some(2),
        line: "specialists-careers".into(),
        text: Some("Créer 12 postes d’informaticien de santé – édité à la main".into()),
        monitoring: None,
        timeframe: TimeFrame::Short,
        responsible: "public-service".into(),
        priority: 1,
        cost: CostClass::Low,
        status: RoadmapStatus::Planned,
        position: 0,
        edited: true,
        progress: String::new(),
        block: None,
        start_year: None,
        end_year: None,
        budget: None,
        baseline: String::new(),
        monitoring_target: String::new(),
    });
    data.assessment.approval.approver_name = Some("د. سلمى".into());
    data
}

fn db_with(data: &AssessmentData) -> (Db, i64) {
    let mut db = Db::open_in_memory().expect("db");
    let id = db.insert_data(data).expect("insert");
    (db, id)
}

#[test]
fn export_then_import_is_lossless() {
    let data = sample_with_roadmap();
    let (mut db, id) = db_with(&data);
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("x.dhma.json");
    exchange::export_file(&mut db, id, &file).expect("export");

    let mut other = Db::open(&dir.path().join("other.sqlite3")).expect("db");
    let new_id = exchange::import_file(&mut other, &file).expect("import");
    let mut back = other.load(new_id).expect("load");
    assert_eq!(back, db.load(id).expect("load"), "import(export(x)) == x");
    back.assessment.id = data.assessment.id; // the local row id is not carried
    assert_eq!(back, data, "and equal to what was first inserted");
    // A second export is byte-identical: the format is deterministic.
    let again = dir.path().join("again.dhma.json");
    exchange::export_file(&mut other, new_id, &again).expect("export again");
    assert_eq!(
        std::fs::read(&file).expect("a"),
        std::fs::read(&again).expect("b")
    );
}

/// Runs an import of `text` against a database holding the sample, and checks the refusal
/// code and that the database did not change.
fn refused(text: &str, code: &str) {
    let data = exchange::sample().expect("sample");
    let (mut db, id) = db_with(&data);
    let before = db.load(id).expect("load");
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("in.dhma.json");
    std::fs::write(&file, text).expect("write");
    let err = exchange::import_file(&mut db, &file).expect_err("must be refused");
    assert_eq!(err.code(), code, "{err}");
    assert_eq!(db.list().expect("list").len(), 1, "no assessment added");
    assert_eq!(
        db.load(id).expect("load"),
        before,
        "existing data untouched"
    );
    // The message exists and names the file in every language.
    for lang in dhma::i18n::Lang::ALL {
        let msg = err.localize(&dhma::i18n::Localizer::new(lang, false));
        assert!(!msg.starts_with("error-"), "{lang}: {msg}");
    }
}

/// Re-seals a content object into a valid envelope (correct checksum), so that the content
/// checks themselves are tested, not only the checksum.
fn seal(content: &serde_json::Value, version: u64) -> String {
    use sha2::{Digest, Sha256};
    let body = serde_json::to_string(content).expect("json");
    let sha: String = Sha256::digest(body.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!(
        "{{\"format\":\"dhma-assessment\",\"format_version\":{version},\"sha256\":\"{sha}\",\"content\":{body}}}"
    )
}

/// The sample's content as a file of format version 3 or older holds it: without the
/// reasons of its NA answers (version 4) and its GDHM details (version 5), so that it can
/// be sealed under any version.
fn sample_content() -> serde_json::Value {
    let text = exchange::to_string(&sample_without_na_reasons()).expect("text");
    let mut v: serde_json::Value = serde_json::from_str(&text).expect("json");
    v["content"].as_object_mut().expect("object").remove("gdhm");
    v["content"].clone()
}

fn sample_without_na_reasons() -> AssessmentData {
    let mut data = exchange::sample().expect("sample");
    for r in &mut data.responses {
        r.na_reason = None;
    }
    data
}

#[test]
fn refuses_malformed_json() {
    refused("{\"format\": \"dhma-assessment\", ", "malformed-json");
    refused("", "malformed-json");
    let valid = exchange::to_string(&exchange::sample().expect("s")).expect("t");
    refused(&valid[..valid.len() / 2], "malformed-json");
}

#[test]
fn refuses_other_json_documents() {
    refused("{\"hello\": \"world\"}", "not-assessment-file");
    refused("[1, 2, 3]", "malformed-json");
}

#[test]
fn refuses_a_newer_format_version() {
    let mut c = sample_content();
    c["assessment"]["uid"] = "new-uid".into();
    refused(&seal(&c, exchange::FORMAT_VERSION + 1), "format-too-new");
}

#[test]
fn refuses_an_altered_file() {
    let text = exchange::to_string(&exchange::sample().expect("s")).expect("t");
    let altered = text.replacen("Republic of Lusara", "Republic of Lusarb", 1);
    assert_ne!(text, altered);
    refused(&altered, "checksum-mismatch");
}

#[test]
fn refuses_an_unknown_framework_or_version() {
    let mut c = sample_content();
    c["assessment"]["uid"] = "u-2".into();
    c["framework"]["version"] = "7.0.0".into();
    c["assessment"]["framework"]["version"] = "7.0.0".into();
    refused(&seal(&c, 2), "unknown-framework");
    c["framework"]["id"] = "nobody-framework".into();
    c["assessment"]["framework"]["id"] = "nobody-framework".into();
    refused(&seal(&c, 2), "unknown-framework");
}

#[test]
fn refuses_unknown_indicator_codes() {
    let mut c = sample_content();
    c["assessment"]["uid"] = "u-3".into();
    c["responses"][0]["indicator"] = "99".into();
    refused(&seal(&c, 2), "unknown-indicator");
    let mut c = sample_content();
    c["assessment"]["uid"] = "u-4".into();
    c["evidence"][0]["indicator"] = "24".into();
    refused(&seal(&c, 2), "unknown-indicator");
}

#[test]
fn refuses_phases_out_of_range() {
    for (field, value) in [("current", 7), ("current", 0), ("target", 6)] {
        let mut c = sample_content();
        c["assessment"]["uid"] = format!("u-{field}-{value}").into();
        c["responses"][0][field] = value.into();
        refused(&seal(&c, 2), "phase-out-of-range");
    }
    let mut c = sample_content();
    c["responses"][0]["current"] = (-1).into();
    refused(&seal(&c, 2), "invalid-file-field");
    let mut c = sample_content();
    c["responses"][0]["current"] = "three".into();
    refused(&seal(&c, 2), "invalid-file-field");
}

#[test]
fn refuses_files_over_20_mb_without_reading_them() {
    let data = exchange::sample().expect("sample");
    let (mut db, _) = db_with(&data);
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("huge.dhma.json");
    let f = std::fs::File::create(&file).expect("create");
    f.set_len(MAX_FILE_BYTES + 1).expect("sparse file");
    let err = exchange::import_file(&mut db, &file).expect_err("too large");
    assert_eq!(err.code(), "file-too-large");
    assert_eq!(db.list().expect("list").len(), 1);
}

#[test]
fn refuses_duplicate_keys_unknown_fields_and_a_second_copy() {
    let text = exchange::to_string(&exchange::sample().expect("s")).expect("t");
    let dup = text.replacen(
        "\"format_version\": 6,",
        "\"format_version\": 6, \"format_version\": 6,",
        1,
    );
    refused(&dup, "malformed-json");
    let mut c = sample_content();
    c["assessment"]["uid"] = "u-5".into();
    c["assessment"]["secret"] = "x".into();
    refused(&seal(&c, 2), "invalid-file-field");
    // The same assessment twice.
    refused(&text, "already-exists");
}

#[test]
fn refuses_text_that_is_not_utf8() {
    refused_bytes(b"{\"format\": \"dhma-assessment\", \"x\": \"\xff\xfe\"}");
}

fn refused_bytes(bytes: &[u8]) {
    let mut db = Db::open_in_memory().expect("db");
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("bin.dhma.json");
    std::fs::write(&file, bytes).expect("write");
    let err = exchange::import_file(&mut db, Path::new(&file)).expect_err("refused");
    assert_eq!(err.code(), "not-utf8");
    assert!(db.list().expect("list").is_empty());
}

#[test]
fn the_shipped_sample_is_complete() {
    let data = exchange::sample().expect("sample parses and its checksum holds");
    assert_eq!(data.responses.len(), 31, "every indicator answered");
    let na = data
        .responses
        .iter()
        .filter(|r| r.current == Some(dhma::scoring::Current::NotApplicable))
        .count();
    assert!((1..=5).contains(&na), "a few not applicable: {na}");
    assert!(
        data.responses
            .iter()
            .all(|r| !r.rationale.trim().is_empty()),
        "rationales"
    );
    assert!(
        data.responses.iter().filter(|r| r.target.is_some()).count() >= 25,
        "targets"
    );
    assert!(data.evidence.len() >= 20, "evidence");
    assert!(data.participants.len() >= 5);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn response() -> impl Strategy<Value = Response> {
        (
            prop::sample::select(vec!["1", "2", "2a", "9a", "17", "21c", "23"]),
            prop::option::of(prop_oneof![
                (1u8..=5).prop_map(dhma::scoring::Current::Phase),
                Just(dhma::scoring::Current::NotApplicable)
            ]),
            prop::option::of(1u8..=5),
            prop::option::of(2000u16..=2100),
            ".{0,40}",
        )
            .prop_map(|(code, current, target, year, rationale)| Response {
                indicator: code.to_string(),
                current,
                target,
                target_year: year,
                rationale,
                confidence: Some(Confidence::Medium),
                ..Response::default()
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        #[test]
        fn any_valid_assessment_survives_export_and_import(
            responses in prop::collection::vec(response(), 0..7),
            country in "[\\p{L} ]{1,30}",
            note in "\\PC{0,60}",
        ) {
            let mut data = exchange::sample().expect("sample");
            let mut seen = std::collections::BTreeSet::new();
            data.responses = responses.into_iter().filter(|r| seen.insert(r.indicator.clone())).collect();
            prop_assume!(!country.trim().is_empty());
            data.assessment.country = country;
            data.participants[0].role = note;
            let text = exchange::to_string(&data).expect("serialise");
            let back = exchange::parse("prop.dhma.json", &text).expect("parse");
            prop_assert_eq!(back, data);
        }
    }
}

/// The sample with a workshop: a group, ratings by name, by group and anonymous, a
/// consensus note and a dissent.
fn sample_with_workshop() -> dhma::model::AssessmentData {
    use dhma::model::{ConsensusNote, Dissent, Group, Rater, Rating};
    let mut data = sample_without_na_reasons();
    let names: Vec<String> = data.participants.iter().map(|p| p.name.clone()).collect();
    data.workshop.groups.push(Group {
        name: "Group A".into(),
        members: names[..2].to_vec(),
        blocks: vec!["leadership-governance".into()],
    });
    let rating = |rater: Rater, phase: Current| Rating {
        indicator: "1".into(),
        rater,
        phase,
        comment: String::new(),
    };
    data.workshop.ratings = vec![
        rating(Rater::Participant(names[0].clone()), Current::Phase(1)),
        rating(Rater::Participant(names[1].clone()), Current::Phase(4)),
        rating(Rater::Group("Group A".into()), Current::Phase(2)),
        rating(Rater::Anonymous, Current::NotApplicable),
        rating(Rater::Anonymous, Current::Phase(3)),
    ];
    data.workshop.notes.push(ConsensusNote {
        indicator: "1".into(),
        note: "Agreed after the plenary".into(),
    });
    data.workshop.dissents.push(Dissent {
        indicator: "1".into(),
        rater: Rater::Participant(names[1].clone()),
        reason: "The strategy is not costed".into(),
    });
    data
}

#[test]
fn version_2_carries_the_workshop_and_version_1_still_imports() {
    let data = sample_with_workshop();
    let text = exchange::to_string(&data).expect("text");
    assert!(text.contains("\"format_version\": 6"), "{}", &text[..200]);
    let back = exchange::parse("x", &text).expect("parse");
    assert_eq!(back.workshop, data.workshop);
    let mut db = Db::open_in_memory().expect("db");
    let id = db.insert_data(&back).expect("import");
    // Read back exactly as written, in the same order.
    assert_eq!(db.workshop(id).expect("workshop"), data.workshop);
    let mut loaded = db.load(id).expect("load");
    loaded.assessment.id = back.assessment.id;
    assert_eq!(loaded, back);

    // A version-1 file (the sample as it was before the workshop) still imports, whole.
    let v1 = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/engine/data/lusara-baseline-2026-format-1.dhma.json"),
    )
    .expect("version-1 file");
    assert!(v1.contains("\"format_version\": 1,"));
    let old = exchange::parse("v1", &v1).expect("version 1 imports");
    assert_eq!(old.workshop, Default::default());
    assert_eq!(old.responses, sample_without_na_reasons().responses);
    let mut db = Db::open_in_memory().expect("db");
    db.insert_data(&old).expect("insert");
    // Without a workshop, the content written is the version-1 content, byte for byte:
    // fingerprints of assessments finalised before version 2 stay valid.
    let v: serde_json::Value = serde_json::from_str(&v1).expect("json");
    let written = exchange::to_string(&old).expect("t");
    let w: serde_json::Value = serde_json::from_str(&written).expect("json");
    assert_eq!(w["sha256"], v["sha256"]);
}

#[test]
fn refuses_a_workshop_in_version_1_and_a_bad_one_in_version_2() {
    let text = exchange::to_string(&sample_with_workshop()).expect("t");
    let mut v: serde_json::Value = serde_json::from_str(&text).expect("json");
    v["content"].as_object_mut().expect("object").remove("gdhm");
    let mut c = v["content"].clone();
    c["assessment"]["uid"] = "u-w".into();
    refused(&seal(&c, 1), "invalid-file-field");

    let mut bad = c.clone();
    bad["ratings"][0]["mood"] = "x".into();
    refused(&seal(&bad, 2), "invalid-file-field");
    let mut bad = c.clone();
    bad["ratings"][0]["rater"] = serde_json::json!({"participant": "Nobody Known"});
    refused(&seal(&bad, 2), "rater-unknown");
    let mut bad = c.clone();
    bad["ratings"][0]["phase"] = 7.into();
    refused(&seal(&bad, 2), "phase-out-of-range");
    let mut bad = c.clone();
    bad["ratings"][1]["rater"] = bad["ratings"][0]["rater"].clone();
    refused(&seal(&bad, 2), "invalid-value");
    let mut bad = c.clone();
    bad["dissents"][0]["rater"] = "anonymous".into();
    refused(&seal(&bad, 2), "rater-unknown");
    let mut bad = c.clone();
    bad["dissents"][0]["reason"] = " ".into();
    refused(&seal(&bad, 2), "invalid-value");
    let mut bad = c.clone();
    bad["groups"][0]["blocks"][0] = "99".into();
    refused(&seal(&bad, 2), "invalid-value");
    let mut bad = c.clone();
    bad["consensus_notes"][0]["indicator"] = "99z".into();
    refused(&seal(&bad, 2), "unknown-indicator");
    // An empty list where version 2 leaves it out is read as left out.
    let mut empty = c.clone();
    empty["assessment"]["uid"] = "u-empty".into();
    for key in ["groups", "ratings", "consensus_notes", "dissents"] {
        empty[key] = serde_json::json!([]);
    }
    exchange::parse("x", &seal(&empty, 2)).expect("empty lists");
}

fn with_narratives(mut data: AssessmentData) -> AssessmentData {
    data.narratives = vec![
        Narrative {
            scope: "leadership-governance".into(),
            kind: NarrativeKind::Findings,
            text: "Strategy adopted; no budget line.".into(),
        },
        Narrative {
            scope: OVERALL.into(),
            kind: NarrativeKind::Context,
            text: "Second national assessment.".into(),
        },
    ];
    data
}

#[test]
fn narratives_travel_in_version_4_and_are_left_out_when_empty() {
    // Without narratives the content has no `narratives` field (the fingerprint stays).
    let content = sample_content();
    assert!(content.get("narratives").is_none());
    let data = with_narratives(sample_with_roadmap());
    let (mut db, id) = db_with(&data);
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("n.dhma.json");
    exchange::export_file(&mut db, id, &file).expect("export");
    let text = std::fs::read_to_string(&file).expect("read");
    assert!(text.contains("\"format_version\": 6"), "{text}");
    let mut other = Db::open_in_memory().expect("db");
    let new_id = exchange::import_file(&mut other, &file).expect("import");
    assert_eq!(
        other.load(new_id).expect("load").narratives,
        db.load(id).expect("load").narratives
    );
    assert_eq!(other.load(new_id).expect("load").narratives.len(), 2);
}

#[test]
fn narratives_are_refused_before_version_4_and_checked_against_the_framework() {
    let mut content = sample_content();
    content["narratives"] = serde_json::json!([
        {"scope": "overall", "kind": "findings", "text": "Key finding."}
    ]);
    assert!(exchange::parse("x", &seal(&content, 4)).is_ok());
    for version in [1, 2, 3] {
        refused(&seal(&content, version), "invalid-file-field");
    }
    for bad in [
        serde_json::json!([{"scope": "no-such-block", "kind": "findings", "text": "x"}]),
        serde_json::json!([{"scope": "leadership-governance", "kind": "context", "text": "x"}]),
        serde_json::json!([{"scope": "overall", "kind": "findings", "text": "  "}]),
        serde_json::json!([
            {"scope": "overall", "kind": "findings", "text": "a"},
            {"scope": "overall", "kind": "findings", "text": "b"}
        ]),
    ] {
        content["narratives"] = bad;
        refused(&seal(&content, 4), "invalid-value");
    }
    content["narratives"] =
        serde_json::json!([{"scope": "overall", "kind": "summary", "text": "x"}]);
    refused(&seal(&content, 4), "invalid-file-field");
}

/// Issue 13: a response's `na_reason` is format version 4: it round trips in a version-4
/// file and is an unknown field in a file of version 3 (or older).
#[test]
fn the_na_reason_is_version_4_and_refused_in_older_files() {
    let mut data = exchange::sample().expect("sample");
    let r = data
        .responses
        .iter_mut()
        .find(|r| r.current == Some(Current::NotApplicable))
        .expect("the sample has an NA");
    r.na_reason = Some(NaReason::NotAvailable);
    let text = exchange::to_string(&data).expect("text");
    assert!(text.contains("\"format_version\": 6"), "{}", &text[..120]);
    assert!(text.contains("\"na_reason\":\"not-available\""));
    let back = exchange::parse("in.dhma.json", &text).expect("version 4 reads");
    assert_eq!(back, data);
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("na.dhma.json");
    std::fs::write(&file, &text).expect("write");
    let mut fresh = Db::open_in_memory().expect("db");
    exchange::import_file(&mut fresh, &file).expect("import");
    let id = fresh.list().expect("list")[0].id;
    assert_eq!(fresh.load(id).expect("load").responses, data.responses);

    let v: serde_json::Value = serde_json::from_str(&text).expect("json");
    let v3 = seal(&v["content"], 3);
    refused(&v3, "invalid-file-field");
    // A version-3 file without a reason still reads: its NA is "not said".
    let old = seal(&sample_content(), 3);
    let parsed = exchange::parse("old.dhma.json", &old).expect("version 3 reads");
    assert!(parsed.responses.iter().all(|r| r.na_reason.is_none()));
}

/// The sample's two rounds: the baseline finalised in 2023, signed off, with the document
/// check code DHMA computes when it finalises (the content of the round as it was just
/// before: a draft, no sign-off, no "finalised" entry in its log), and the 2026 review, a
/// draft, which is what `sample()` gives and the app opens on.
#[test]
fn the_sample_has_a_finalised_baseline_whose_check_code_verifies() {
    let rounds = exchange::sample_rounds().expect("rounds");
    assert_eq!(rounds.len(), 2);
    let (base, review) = (&rounds[0], &rounds[1]);
    assert_eq!(base.assessment.country, review.assessment.country);
    assert_eq!(base.assessment.round, "Baseline 2023");
    assert_eq!(review.assessment.round, "Mid-term review 2026");
    assert!(base.assessment.date < review.assessment.date);
    assert_eq!(base.assessment.status, Status::Finalised);
    assert_eq!(review.assessment.status, Status::Draft);
    assert_eq!(
        exchange::sample().expect("sample").assessment.uid,
        review.assessment.uid
    );
    assert!(base.assessment.approval.government_approved);
    assert!(base.assessment.approval.approver_name.is_some());

    let mut before = base.clone();
    before.assessment.status = Status::Draft;
    before.assessment.approval = Approval::default();
    before
        .change_log
        .retain(|c| c.what != "assessment.finalised");
    let expected = exchange::fingerprint(&before).expect("fingerprint");
    assert_eq!(
        base.assessment.approval.fingerprint.as_deref(),
        Some(expected.as_str()),
        "tools/make-sample.py: set BASE_FINGERPRINT = \"{expected}\" and run it again"
    );
    let logged = base
        .change_log
        .iter()
        .find(|c| c.what == "assessment.finalised")
        .and_then(|c| c.new.as_deref());
    assert_eq!(logged, Some(expected.as_str()));
}
