//! Fuzz target `import`: arbitrary bytes as an assessment file.
//!
//! Each input is tried twice:
//! 1. as a whole file, exactly as the importer reads one from disk ([`parse_bytes`]);
//! 2. as the `content` of a file sealed with its correct checksum, so that mutations reach
//!    the content checks behind the checksum (a mutated file almost never has a valid one).
//!
//! Whatever parses must survive the database and come back unchanged: insert into an
//! in-memory database, load, export, parse again, and compare. A panic, a hang, or a
//! difference is a finding.

#![no_main]

use dhma::exchange;
use dhma::model::AssessmentData;
use dhma::storage::Db;
use libfuzzer_sys::fuzz_target;
use sha2::{Digest, Sha256};

fuzz_target!(|bytes: &[u8]| {
    if let Ok(data) = exchange::parse_bytes("fuzz.dhma.json", bytes) {
        round_trip(data);
    }
    let sealed = seal(bytes);
    if let Ok(data) = exchange::parse_bytes("fuzz-sealed.dhma.json", &sealed) {
        round_trip(data);
    }
});

/// The input as the content of a file of the current version with the right checksum.
fn seal(content: &[u8]) -> Vec<u8> {
    let sha: String = Sha256::digest(content)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let mut out = Vec::with_capacity(content.len() + 128);
    out.extend_from_slice(
        format!("{{\"format\":\"dhma-assessment\",\"format_version\":2,\"sha256\":\"{sha}\",\"content\":")
            .as_bytes(),
    );
    out.extend_from_slice(content);
    out.push(b'}');
    out
}

/// Import is lossless and export → import is the identity.
fn round_trip(data: AssessmentData) {
    let mut db = Db::open_in_memory().expect("in-memory database");
    // The database may refuse what the file checks let through (that is not a crash), but
    // then it must keep nothing.
    let id = match db.insert_data(&data) {
        Ok(id) => id,
        Err(_) => {
            assert!(
                db.list().expect("list").is_empty(),
                "a refused import left data"
            );
            return;
        }
    };
    let stored = db.load(id).expect("load what was just inserted");
    let mut expected = data;
    expected.assessment.id = stored.assessment.id;
    // The roadmap is kept in order of its `position` field.
    expected.roadmap.sort_by_key(|item| item.position);
    assert_eq!(stored, expected, "import changed the assessment");
    let text = exchange::to_string(&stored).expect("export");
    let mut again = exchange::parse("again.dhma.json", &text).expect("re-import of an export");
    again.assessment.id = stored.assessment.id;
    assert_eq!(again, stored, "export → import is not the identity");
}
