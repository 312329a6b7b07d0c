//! DHMA benchmarks: one table, every figure measured against a reference run in the same
//! invocation (the machine may be shared and noisy, so ratios mean more than times).
//!
//! Run with `scripts/bench` (builds the release binaries the start-up part launches, then
//! runs `cargo bench --bench dhma` under Xvfb). Arguments after `--`:
//! `--only autosave,report,charts,charts-png,startup,scale,size,workshop,merge,batch` runs some parts; `--quick` fewer runs;
//! `--langs en,zh` limits the report's languages; `--no-rival` skips Chromium (profiling);
//! `--keep DIR` keeps the reports to look at.
//! Never part of the tests: `cargo test` does not run benchmarks.
// A benchmark is a developer tool: a failure stops it with a message.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::unreachable,
    clippy::indexing_slicing,
    clippy::string_slice
)]

mod autosave;
mod batch;
mod charts;
mod charts_png;
mod html;
mod merge;
mod report;
mod scale;
mod startup;
mod workshop;

use std::path::PathBuf;
use std::time::Duration;

type BenchResult<T> = Result<T, Box<dyn std::error::Error>>;
/// One part of the benchmark: its rows of the table.
type Part = fn(&Options) -> BenchResult<Vec<Row>>;

/// One line of the table.
#[derive(Debug, Clone)]
pub struct Row {
    pub part: String,
    pub measure: String,
    pub dhma: String,
    pub reference: String,
    pub ratio: String,
    pub goal: String,
    pub verdict: Verdict,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Met,
    Missed,
    /// No goal for this figure (information only).
    Info,
    Skipped,
}

impl Verdict {
    fn of(met: bool) -> Verdict {
        if met {
            Verdict::Met
        } else {
            Verdict::Missed
        }
    }

    fn label(self) -> &'static str {
        match self {
            Verdict::Met => "met",
            Verdict::Missed => "MISSED",
            Verdict::Info => "",
            Verdict::Skipped => "skipped",
        }
    }
}

impl Row {
    pub fn new(part: &str, measure: impl Into<String>) -> Row {
        Row {
            part: part.into(),
            measure: measure.into(),
            dhma: String::new(),
            reference: String::new(),
            ratio: String::new(),
            goal: String::new(),
            verdict: Verdict::Info,
        }
    }

    pub fn dhma(mut self, v: impl Into<String>) -> Row {
        self.dhma = v.into();
        self
    }

    pub fn reference(mut self, v: impl Into<String>) -> Row {
        self.reference = v.into();
        self
    }

    pub fn ratio(mut self, v: f64) -> Row {
        self.ratio = format!("{v:.2}×");
        self
    }

    /// A goal and whether it is met.
    pub fn goal(mut self, goal: impl Into<String>, met: bool) -> Row {
        self.goal = goal.into();
        self.verdict = Verdict::of(met);
        self
    }

    pub fn skipped(mut self, why: impl Into<String>) -> Row {
        self.dhma = why.into();
        self.verdict = Verdict::Skipped;
        self
    }
}

/// Median and 99th percentile of a set of durations, in milliseconds.
#[derive(Debug, Clone, Copy)]
pub struct Stats {
    pub median: f64,
    pub p99: f64,
}

pub fn stats(samples: &[Duration]) -> Stats {
    let mut ms: Vec<f64> = samples.iter().map(|d| d.as_secs_f64() * 1e3).collect();
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| {
        if ms.is_empty() {
            return f64::NAN;
        }
        let i = ((ms.len() - 1) as f64 * q).round() as usize;
        ms[i.min(ms.len() - 1)]
    };
    Stats {
        median: at(0.5),
        p99: at(0.99),
    }
}

/// A time in milliseconds, with sensible precision.
pub fn ms(v: f64) -> String {
    if v >= 100.0 {
        format!("{v:.0} ms")
    } else if v >= 1.0 {
        format!("{v:.2} ms")
    } else {
        format!("{:.1} µs", v * 1e3)
    }
}

pub fn bytes(n: u64) -> String {
    if n >= 1 << 20 {
        format!("{:.2} MB", n as f64 / (1 << 20) as f64)
    } else {
        format!("{:.0} KB", n as f64 / 1024.0)
    }
}

/// The repository root (where the workspace's Cargo.toml is): the bench is a target of
/// `src-tauri` (so that autosave runs the command through the app's state).
pub fn root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}

/// The folder of release binaries (`CARGO_TARGET_DIR` respected).
pub fn release_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"))
        .join("release")
}

#[derive(Debug)]
pub struct Options {
    pub quick: bool,
    only: Option<Vec<String>>,
    /// Report languages (all by default).
    pub langs: Option<Vec<String>>,
    /// Skip the rival programs (for profiling DHMA alone).
    pub no_rival: bool,
    /// Keep the reports (DHMA's PDF, the HTML and Chromium's PDF) in this folder.
    pub keep: Option<PathBuf>,
}

impl Options {
    fn parse() -> Options {
        let mut o = Options {
            quick: false,
            only: None,
            langs: None,
            no_rival: false,
            keep: None,
        };
        // `args_os`: an argument that is not UTF-8 (a folder name) must not panic.
        let mut args = std::env::args_os()
            .skip(1)
            .map(|a| a.to_string_lossy().into_owned());
        while let Some(a) = args.next() {
            match a.as_str() {
                "--quick" => o.quick = true,
                "--no-rival" => o.no_rival = true,
                "--keep" => o.keep = args.next().map(PathBuf::from),
                "--langs" => {
                    o.langs = args
                        .next()
                        .map(|v| v.split(',').map(|s| s.trim().to_string()).collect())
                }
                "--only" => {
                    o.only = args
                        .next()
                        .map(|v| v.split(',').map(|s| s.trim().to_string()).collect())
                }
                // `cargo bench` passes --bench; other flags are the test harness's.
                _ => {}
            }
        }
        o
    }

    fn wants(&self, part: &str) -> bool {
        self.only
            .as_ref()
            .is_none_or(|parts| parts.iter().any(|p| p == part))
    }

    /// `full` runs normally, `quick` with --quick.
    pub fn runs(&self, full: usize, quick: usize) -> usize {
        if self.quick {
            quick
        } else {
            full
        }
    }
}

fn print_table(rows: &[Row]) {
    let headers = [
        "part",
        "measure",
        "DHMA",
        "reference (same run)",
        "ratio",
        "goal",
        "",
    ];
    let cells: Vec<[String; 7]> = rows
        .iter()
        .map(|r| {
            [
                r.part.clone(),
                r.measure.clone(),
                r.dhma.clone(),
                r.reference.clone(),
                r.ratio.clone(),
                r.goal.clone(),
                r.verdict.label().to_string(),
            ]
        })
        .collect();
    let mut widths = headers.map(|h| h.chars().count());
    for row in &cells {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cols: &[String]| {
        let padded: Vec<String> = cols
            .iter()
            .zip(widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect();
        format!("| {} |", padded.join(" | "))
    };
    println!("{}", line(&headers.map(String::from)));
    println!(
        "|{}|",
        widths
            .iter()
            .map(|w| "-".repeat(w + 2))
            .collect::<Vec<_>>()
            .join("|")
    );
    for row in &cells {
        println!("{}", line(row));
    }
}

fn main() {
    let opts = Options::parse();
    let mut rows = Vec::new();
    let parts: [(&str, Part); 10] = [
        ("size", startup::sizes),
        ("charts", charts::run),
        ("charts-png", charts_png::run),
        ("autosave", autosave::run),
        ("report", report::run),
        ("startup", startup::run),
        ("scale", scale::run),
        ("workshop", workshop::run),
        ("merge", merge::run),
        ("batch", batch::run),
    ];
    for (name, run) in parts {
        if !opts.wants(name) {
            continue;
        }
        eprintln!("bench: {name} …");
        let started = std::time::Instant::now();
        match run(&opts) {
            Ok(mut r) => rows.append(&mut r),
            Err(e) => rows.push(Row::new(name, "(failed)").skipped(format!("error: {e}"))),
        }
        eprintln!(
            "bench: {name} done in {:.1} s",
            started.elapsed().as_secs_f64()
        );
    }
    println!();
    print_table(&rows);
    let missed = rows.iter().filter(|r| r.verdict == Verdict::Missed).count();
    let met = rows.iter().filter(|r| r.verdict == Verdict::Met).count();
    println!("\ngoals: {met} met, {missed} missed");
}
