//! Crash safety, tested for real: a child process stores answers the way the app does
//! (`Db::save_response`, one transaction each, WAL + synchronous=FULL) and reports each one
//! after it is committed; the parent kills it with SIGKILL at random moments, reopens the
//! database, and checks that it is intact and that every reported answer is there.
//!
//! The child is this same test, started again by the parent with `DHMA_CRASH_CHILD_DB` set:
//! there is no test that returns at once when a variable is missing. 200 kills by default
//! (part of every `cargo test`); `DHMA_CRASH_KILLS=1000` makes the long run.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use dhma::model::{NewAssessment, Response};
use dhma::scoring::Current;
use dhma::storage::Db;

const CHILD_ENV: &str = "DHMA_CRASH_CHILD_DB";

fn codes() -> Vec<String> {
    super::gdhm()
        .indicators
        .iter()
        .map(|i| i.code.clone())
        .collect()
}

/// This test's name, by which the parent starts it again as the child.
const TEST_NAME: &str = "crash::answers_reported_as_saved_survive_sigkill";

/// The child: writes answers forever, printing each sequence number once committed.
fn child_writer(path: &str) -> ! {
    let start: u64 = std::env::var("DHMA_CRASH_START")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut db = Db::open(std::path::Path::new(&path)).expect("child opens the database");
    let codes = codes();
    let mut out = std::io::stdout().lock();
    let mut seq = start;
    loop {
        let code = &codes[(seq % codes.len() as u64) as usize];
        let response = Response {
            indicator: code.clone(),
            current: Some(Current::Phase((seq % 5) as u8 + 1)),
            target: Some(5),
            target_year: Some(2030),
            rationale: format!("seq {seq}"),
            confidence: None,
            ..Response::default()
        };
        db.save_response(1, &response, "crash-test").expect("save");
        use std::io::Write;
        writeln!(out, "{seq}").expect("report");
        out.flush().expect("flush");
        seq += 1;
    }
}

/// A small deterministic generator for kill delays (no dependency needed).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % below
    }
}

#[cfg(unix)]
#[test]
fn answers_reported_as_saved_survive_sigkill() {
    if let Ok(path) = std::env::var(CHILD_ENV) {
        child_writer(&path);
    }
    // A value that is not a number fails rather than running the default unnoticed.
    let kills: usize = match std::env::var("DHMA_CRASH_KILLS") {
        Ok(v) => v
            .parse()
            .unwrap_or_else(|_| panic!("DHMA_CRASH_KILLS={v:?} is not a number of kills")),
        Err(_) => 200,
    };
    assert!(kills > 0, "DHMA_CRASH_KILLS must be at least 1");
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("crash.sqlite3");
    {
        let mut db = Db::open(&path).expect("create");
        db.create_assessment(
            &NewAssessment {
                country: "Crashland".into(),
                round: "Power cuts 2026".into(),
                date: "2026-11-23".into(),
                facilitator: "T".into(),
                framework: super::gdhm().reference(),
                language: "en".into(),
            },
            "t",
        )
        .expect("assessment");
    }
    let codes = codes();
    // The highest sequence reported as committed, per indicator.
    let mut reported: Vec<Option<u64>> = vec![None; codes.len()];
    let mut next_seq = 0u64;
    let mut rng = Lcg(0x5eed_1234 ^ kills as u64);
    let exe = std::env::current_exe().expect("test binary");
    let started = Instant::now();
    let mut total_reports = 0u64;
    let mut mid_write_kills = 0u64;
    for kill in 0..kills {
        let mut child = Command::new(&exe)
            .args([TEST_NAME, "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, &path)
            .env("DHMA_CRASH_START", next_seq.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn child");
        let stdout = child.stdout.take().expect("stdout");
        let (first_tx, first_rx) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            let mut seqs = Vec::new();
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Ok(n) = line.trim().parse::<u64>() {
                    seqs.push(n);
                    let _ = first_tx.send(n); // nobody listens once the kill is decided
                }
            }
            seqs
        });
        // One kill in four at a random moment from the start (often during start-up); the
        // others mid-write: a random moment after the child reported its first saved answer,
        // however long a loaded machine takes to get there.
        if rng.next(4) == 0 {
            std::thread::sleep(Duration::from_millis(5 + rng.next(60)));
        } else {
            let waited = first_rx.recv_timeout(Duration::from_secs(60));
            assert!(
                waited.is_ok(),
                "kill {kill}: the child saved no answer in 60 s"
            );
            mid_write_kills += 1;
            std::thread::sleep(Duration::from_millis(rng.next(20)));
        }
        child.kill().expect("SIGKILL");
        child.wait().expect("reap");
        let seqs = reader.join().expect("reader");
        total_reports += seqs.len() as u64;
        for s in &seqs {
            let i = (*s % codes.len() as u64) as usize;
            reported[i] = Some(reported[i].map_or(*s, |r| r.max(*s)));
            next_seq = next_seq.max(s + 1);
        }
        // A write may have committed without being reported: start after it anyway.
        next_seq += 1;

        let db = Db::open(&path).unwrap_or_else(|e| panic!("kill {kill}: reopen failed: {e}"));
        let check: String = db
            .conn()
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .expect("integrity_check");
        assert_eq!(check, "ok", "kill {kill}: database damaged");
        let stored = db.responses(1).expect("responses");
        for (i, code) in codes.iter().enumerate() {
            let Some(want) = reported[i] else { continue };
            let got = stored
                .iter()
                .find(|r| &r.indicator == code)
                .and_then(|r| r.rationale.strip_prefix("seq ")?.parse::<u64>().ok());
            assert!(
                got.is_some_and(|g| g >= want),
                "kill {kill}: indicator {code} was reported saved at seq {want}, database has {got:?}"
            );
        }
    }
    eprintln!(
        "crash test: {kills} kills ({mid_write_kills} mid-write) survived, {total_reports} answers reported saved, 0 lost, {:.1} s",
        started.elapsed().as_secs_f64()
    );
    assert!(
        mid_write_kills * 2 > kills as u64,
        "most kills must land while answers are being saved"
    );
}
