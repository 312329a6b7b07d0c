//! Start-up (launch → first screen rendered and answering) and memory after start-up of the
//! release desktop app, against an empty Tauri 2 window of the same Tauri version and
//! profile (`benches/empty-window`), launched alternately in the same run. Also the sizes of
//! the release binaries.
//!
//! Needs a display (`scripts/bench` runs everything under `xvfb-run -a`) and the release
//! binaries `target/release/dhma-desktop` and `target/release/dhma-bench-empty-window`
//! (built by `scripts/bench`); this benchmark builds nothing itself.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::{bytes, ms, release_dir, BenchResult, Options, Row};

const TIME_GOAL: f64 = 1.3;
/// How long to wait after "ready" before reading memory (the page settles).
const SETTLE: Duration = Duration::from_millis(1500);
const LAUNCH_TIMEOUT: Duration = Duration::from_secs(60);
/// How long to wait for another `dhma-desktop` (someone's end-to-end test) to end.
const OTHER_INSTANCE_WAIT: Duration = Duration::from_secs(600);

const APP: &str = "dhma-desktop";
const EMPTY: &str = "dhma-bench-empty-window";

pub fn sizes(_opts: &Options) -> BenchResult<Vec<Row>> {
    let mut rows = Vec::new();
    for name in ["dhma", APP, EMPTY] {
        let path = release_dir().join(name);
        let row = Row::new("size", format!("release binary `{name}` (stripped)"));
        rows.push(match std::fs::metadata(&path) {
            Ok(m) => row.dhma(bytes(m.len())),
            Err(_) => row.skipped(format!("{} not built", path.display())),
        });
    }
    Ok(rows)
}

/// One measured launch.
#[derive(Debug, Clone, Copy)]
struct Launch {
    ready: Duration,
    pss_kb: u64,
    rss_kb: u64,
    processes: usize,
}

pub fn run(opts: &Options) -> BenchResult<Vec<Row>> {
    let app = release_dir().join(APP);
    let empty = release_dir().join(EMPTY);
    for bin in [&app, &empty] {
        if !bin.exists() {
            return Ok(vec![Row::new("start-up", "launch → interactive")
                .skipped(format!("{} missing: run scripts/bench", bin.display()))]);
        }
    }
    if std::env::var_os("DISPLAY").is_none_or(|d| d.is_empty()) {
        return Ok(vec![Row::new("start-up", "launch → interactive").skipped(
            "no DISPLAY: run under xvfb-run -a (scripts/bench does)",
        )]);
    }
    let dir = tempfile::Builder::new()
        .prefix("dhma-bench-startup-")
        .tempdir()?;
    let db = dir.path().join("startup.sqlite3");
    let runs = opts.runs(7, 2);
    let (mut a, mut e) = (Vec::new(), Vec::new());
    // One warm-up launch each (page cache, the app's first run adds the sample), then
    // alternate: app, empty, app, empty, …
    for i in 0..=runs {
        let la = launch(
            &app,
            &["--db".as_ref(), db.as_os_str()],
            "dhma-ready",
            dir.path(),
        )?;
        let le = launch(&empty, &[], "ready", dir.path())?;
        if i > 0 {
            a.push(la);
            e.push(le);
        }
    }
    // The core's share of the app's start: what the first screen's commands compute.
    let mut core = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let mut d = dhma::storage::Db::open(&db)?;
        dhma::service::first_run(&mut d)?;
        let lang = dhma::service::language(&d);
        std::hint::black_box(dhma::service::ui_texts(lang));
        let l = dhma::service::localizer(lang);
        std::hint::black_box(dhma::service::home(&d, &l)?);
        drop(d);
        core.push(t.elapsed());
    }
    let core = crate::stats(&core).median;
    let med = |v: &[Launch], f: fn(&Launch) -> f64| {
        let mut x: Vec<f64> = v.iter().map(f).collect();
        x.sort_by(f64::total_cmp);
        x[x.len() / 2]
    };
    let (ta, te) = (
        med(&a, |l| l.ready.as_secs_f64() * 1e3),
        med(&e, |l| l.ready.as_secs_f64() * 1e3),
    );
    let (pa, pe) = (med(&a, |l| l.pss_kb as f64), med(&e, |l| l.pss_kb as f64));
    let (ra, re) = (med(&a, |l| l.rss_kb as f64), med(&e, |l| l.rss_kb as f64));
    let procs = |v: &[Launch]| v.first().map(|l| l.processes).unwrap_or(0);
    let mb = |kb: f64| format!("{:.1} MB", kb / 1024.0);
    let all = |v: &[Launch]| {
        v.iter()
            .map(|l| format!("{:.0}", l.ready.as_secs_f64() * 1e3))
            .collect::<Vec<_>>()
            .join(", ")
    };
    Ok(vec![
        Row::new(
            "start-up",
            format!("launch → first screen answering, median of {runs} (release, Xvfb)"),
        )
        .dhma(format!("{} [{} ms]", ms(ta), all(&a)))
        .reference(format!("empty Tauri window {} [{} ms]", ms(te), all(&e)))
        .ratio(ta / te)
        .goal(format!("≤ {TIME_GOAL}×"), ta / te <= TIME_GOAL),
        Row::new(
            "start-up",
            "of which the core's work (open database, first-run check, texts, home list)",
        )
        .dhma(ms(core)),
        Row::new(
            "start-up",
            format!(
                "memory after start-up, PSS of all processes ({} vs {})",
                procs(&a),
                procs(&e)
            ),
        )
        .dhma(mb(pa))
        .reference(format!("empty Tauri window {}", mb(pe)))
        .ratio(pa / pe),
        Row::new("start-up", "memory after start-up, sum of RSS")
            .dhma(mb(ra))
            .reference(format!("empty Tauri window {}", mb(re)))
            .ratio(ra / re),
    ])
}

/// Processes named `name` (by /proc/<pid>/comm), other than `except`.
fn running(name: &str) -> Vec<u32> {
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    dir.filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            std::fs::read_to_string(format!("/proc/{pid}/comm")).is_ok_and(|c| c.trim_end() == name)
        })
        .collect()
}

/// The desktop app is single-instance: wait until no other copy runs.
fn wait_for_no_other(name: &str) -> BenchResult<()> {
    let started = Instant::now();
    let mut said = false;
    while !running(name).is_empty() {
        if started.elapsed() > OTHER_INSTANCE_WAIT {
            return Err(format!("another {name} kept running for 10 minutes").into());
        }
        if !said {
            eprintln!("bench: another {name} is running; waiting for it to end …");
            said = true;
        }
        std::thread::sleep(Duration::from_secs(2));
    }
    Ok(())
}

fn launch(
    bin: &Path,
    args: &[&std::ffi::OsStr],
    ready_line: &str,
    home: &Path,
) -> BenchResult<Launch> {
    let name = bin
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .chars()
        .take(15) // comm is truncated to 15 bytes
        .collect::<String>();
    wait_for_no_other(&name)?;
    let started = Instant::now();
    let mut child = Command::new(bin)
        .args(args)
        .env("DHMA_READY_PROBE", "1")
        // Window state and webview data in a private folder, the same for both apps.
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let (tx, rx) = mpsc::channel();
    let want = ready_line.to_string();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            match line {
                Ok(l) if l.trim() == want => {
                    let _ = tx.send(());
                }
                Ok(_) => {}
                Err(_) => break,
            }
        }
    });
    let result = rx.recv_timeout(LAUNCH_TIMEOUT);
    let ready = started.elapsed();
    if result.is_err() {
        stop(&mut child);
        return Err(format!("{} did not print {ready_line:?} within 60 s", bin.display()).into());
    }
    std::thread::sleep(SETTLE);
    let tree = descendants(child.id());
    let (mut pss, mut rss) = (0, 0);
    for pid in &tree {
        let (p, r) = memory_kb(*pid);
        pss += p;
        rss += r;
    }
    stop(&mut child);
    Ok(Launch {
        ready,
        pss_kb: pss,
        rss_kb: rss,
        processes: tree.len(),
    })
}

/// `root` and every process below it.
fn descendants(root: u32) -> Vec<u32> {
    let mut parents: Vec<(u32, u32)> = Vec::new();
    if let Ok(dir) = std::fs::read_dir("/proc") {
        for e in dir.flatten() {
            let Some(pid) = e.file_name().to_str().and_then(|s| s.parse::<u32>().ok()) else {
                continue;
            };
            // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces or ')'.
            let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
                continue;
            };
            let ppid = stat
                .rsplit_once(')')
                .and_then(|(_, rest)| rest.split_whitespace().nth(1))
                .and_then(|p| p.parse::<u32>().ok());
            if let Some(ppid) = ppid {
                parents.push((pid, ppid));
            }
        }
    }
    let mut out = vec![root];
    let mut i = 0;
    while i < out.len() {
        let p = out[i];
        out.extend(parents.iter().filter(|(_, pp)| *pp == p).map(|(c, _)| *c));
        i += 1;
    }
    out
}

/// (PSS, RSS) of one process in kB, from /proc/<pid>/smaps_rollup.
fn memory_kb(pid: u32) -> (u64, u64) {
    let Ok(text) = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")) else {
        return (0, 0);
    };
    let field = |name: &str| {
        text.lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0)
    };
    (field("Pss:"), field("Rss:"))
}

/// Ends a launched app and the processes it started (WebKit's web and network processes).
fn stop(child: &mut Child) {
    let tree = descendants(child.id());
    signal(&tree[1..], "TERM");
    let _ = child.kill();
    let _ = child.wait();
    let deadline = Instant::now() + Duration::from_secs(5);
    let alive = |pids: &[u32]| -> Vec<u32> {
        pids.iter()
            .copied()
            .filter(|p| PathBuf::from(format!("/proc/{p}")).exists())
            .collect()
    };
    while Instant::now() < deadline && !alive(&tree[1..]).is_empty() {
        std::thread::sleep(Duration::from_millis(50));
    }
    signal(&alive(&tree[1..]), "KILL");
}

fn signal(pids: &[u32], sig: &str) {
    if pids.is_empty() {
        return;
    }
    let _ = Command::new("kill")
        .arg(format!("-{sig}"))
        .args(pids.iter().map(|p| p.to_string()))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}
