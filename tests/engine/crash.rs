//! Crash safety, tested for real: a child process stores answers the way the app does
//! (`Db::save_response`, one transaction each, WAL + synchronous=FULL) and reports each one
//! after it is committed; the parent kills it with SIGKILL at random moments, reopens the
//! database, and checks that it is intact and that every reported answer is there.
//!
//! `DHMA_CRASH_KILLS` sets the number of kills (default 200; the long run uses 1000).

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

/// The child: writes answers forever, printing each sequence number once committed.
#[test]
fn crash_child_writer() {
    let Ok(path) = std::env::var(CHILD_ENV) else {
        return; // only a child started by the test below does anything
    };
    let start: u64 = std::env::var("DHMA_CRASH_START")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut db = Db::open(std::path::Path::new(&path)).expect("child opens the database");
    let codes = codes();
    let mut out = std::io::stdout().lock();
    for seq in start.. {
        let code = &codes[(seq % codes.len() as u64) as usize];
        let response = Response {
            indicator: code.clone(),
            current: Some(Current::Phase((seq % 5) as u8 + 1)),
            target: Some(5),
            target_year: Some(2030),
            rationale: format!("seq {seq}"),
            confidence: None,
        };
        db.save_response(1, &response, "crash-test").expect("save");
        use std::io::Write;
        writeln!(out, "{seq}").expect("report");
        out.flush().expect("flush");
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
    let kills: usize = std::env::var("DHMA_CRASH_KILLS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(200);
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
    for kill in 0..kills {
        let mut child = Command::new(&exe)
            .args([
                "crash::crash_child_writer",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, &path)
            .env("DHMA_CRASH_START", next_seq.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn child");
        let stdout = child.stdout.take().expect("stdout");
        let reader = std::thread::spawn(move || {
            let mut seqs = Vec::new();
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Ok(n) = line.trim().parse::<u64>() {
                    seqs.push(n);
                }
            }
            seqs
        });
        // Kill at a random moment: sometimes during start-up, mostly mid-write.
        std::thread::sleep(Duration::from_millis(5 + rng.next(60)));
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
        "crash test: {kills} kills survived, {total_reports} answers reported saved, 0 lost, {:.1} s",
        started.elapsed().as_secs_f64()
    );
    assert!(
        total_reports > kills as u64,
        "the child must get answers saved between kills"
    );
}
