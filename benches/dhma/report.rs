//! The PDF report of the sample in each language: DHMA's `export_report` (release build)
//! against headless Chromium printing the same content as HTML, in the same run.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use dhma::i18n::Lang;
use dhma::storage::Db;

use crate::{bytes, ms, stats, BenchResult, Options, Row};

/// DHMA at least this many times faster than Chromium.
const SPEED_GOAL: f64 = 20.0;
const LATIN_SIZE_GOAL: u64 = 300 * 1024;
const CJK_SIZE_GOAL: u64 = 1536 * 1024;

pub fn run(opts: &Options) -> BenchResult<Vec<Row>> {
    let dir = tempfile::Builder::new()
        .prefix("dhma-bench-report-")
        .tempdir()?;
    let mut db = Db::open(&dir.path().join("report.sqlite3"))?;
    let id = db.insert_data(&dhma::exchange::sample()?)?;
    // The same roadmap for both: the one export_report would propose, stored once.
    dhma::service::regenerate_roadmap(&mut db, id, "bench")?;
    let today = dhma::model::today_utc();
    let chromium = if opts.no_rival { None } else { find_chromium() };
    let profile = dir.path().join("chromium-profile");
    let runs = opts.runs(5, 2);
    let mut rows = Vec::new();
    let wanted = |l: &Lang| {
        opts.langs
            .as_ref()
            .is_none_or(|v| v.iter().any(|c| c == l.code()))
    };
    for lang in Lang::ALL.into_iter().filter(wanted) {
        let pdf = dir.path().join(format!("dhma-{}.pdf", lang.code()));
        // Warm-up (fonts parsed once per process); the timed runs below alternate with
        // Chromium's, so that a slower minute of a shared machine weighs on both alike.
        dhma::service::export_report(&db, id, lang, &pdf)?;
        let mut t_dhma = Vec::new();
        let time_dhma = |t_dhma: &mut Vec<Duration>| -> BenchResult<()> {
            let t = Instant::now();
            dhma::service::export_report(&db, id, lang, &pdf)?;
            t_dhma.push(t.elapsed());
            Ok(())
        };
        let mut row = Row::new("report", format!("sample report, {}", lang.code()));
        match &chromium {
            Some(bin) => {
                let html = dir.path().join(format!("report-{}.html", lang.code()));
                let out = dir.path().join(format!("chromium-{}.pdf", lang.code()));
                let print = |html_time: &mut Duration| -> BenchResult<Duration> {
                    let t = Instant::now();
                    let page = crate::html::report_html(&db, id, lang, &today)?;
                    std::fs::write(&html, page)?;
                    *html_time = t.elapsed();
                    print_pdf(bin, &profile, &html, &out)?;
                    Ok(t.elapsed())
                };
                let mut html_time = Duration::ZERO;
                print(&mut html_time)?; // warm-up
                let mut t_chrome = Vec::new();
                for _ in 0..runs {
                    time_dhma(&mut t_dhma)?;
                    t_chrome.push(print(&mut html_time)?);
                }
                let size = std::fs::metadata(&pdf)?.len();
                let d = stats(&t_dhma);
                let c = stats(&t_chrome);
                let csize = std::fs::metadata(&out)?.len();
                let speedup = c.median / d.median;
                row = row
                    .dhma(format!("{} · {}", ms(d.median), bytes(size)))
                    .reference(format!(
                        "Chromium {} · {} (HTML {} KB built in {})",
                        ms(c.median),
                        bytes(csize),
                        std::fs::metadata(&html)?.len() / 1024,
                        ms(html_time.as_secs_f64() * 1e3)
                    ))
                    .ratio(speedup);
                let (size_goal, size_label) = match lang {
                    Lang::Zh => (Some(CJK_SIZE_GOAL), "≤ 1.5 MB"),
                    Lang::En | Lang::Fr | Lang::Es | Lang::Pt => {
                        (Some(LATIN_SIZE_GOAL), "≤ 300 KB")
                    }
                    _ => (None, ""),
                };
                let size_ok = size_goal.is_none_or(|g| size <= g);
                let goal = if size_goal.is_some() {
                    format!("≥ {SPEED_GOAL:.0}× faster, {size_label}")
                } else {
                    format!("≥ {SPEED_GOAL:.0}× faster")
                };
                row = row.goal(goal, speedup >= SPEED_GOAL && size_ok);
            }
            None => {
                for _ in 0..runs {
                    time_dhma(&mut t_dhma)?;
                }
                let size = std::fs::metadata(&pdf)?.len();
                let d = stats(&t_dhma);
                row = row
                    .dhma(format!("{} · {}", ms(d.median), bytes(size)))
                    .reference("Chromium not run (not installed, or --no-rival)");
            }
        }
        rows.push(row);
        if let Some(keep) = &opts.keep {
            std::fs::create_dir_all(keep)?;
            for name in [
                format!("dhma-{}.pdf", lang.code()),
                format!("report-{}.html", lang.code()),
                format!("chromium-{}.pdf", lang.code()),
            ] {
                let from = dir.path().join(&name);
                if from.exists() {
                    std::fs::copy(&from, keep.join(&name))?;
                }
            }
        }
    }
    Ok(rows)
}

fn find_chromium() -> Option<String> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| {
            Command::new(b)
                .arg("--version")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        })
        .map(String::from)
}

fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .map(|l| l.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false)
}

fn print_pdf(bin: &str, profile: &Path, html: &Path, out: &Path) -> BenchResult<()> {
    let _ = std::fs::remove_file(out);
    let mut cmd = Command::new(bin);
    cmd.arg("--headless")
        .arg("--disable-gpu")
        .arg("--no-pdf-header-footer")
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", out.display()));
    if is_root() {
        cmd.arg("--no-sandbox");
    }
    let status = cmd
        .arg(format!("file://{}", html.display()))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()?;
    if !status.success() || !out.exists() {
        return Err(format!("chromium failed to print {}", html.display()).into());
    }
    Ok(())
}
