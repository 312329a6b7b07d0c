//! Merging copies (issue 12, item 7): 60 laptops, one per participant, each rating every
//! indicator of the framework, send their files back; the facilitator imports them one after
//! the other (`exchange::import`: read and check the file, merge in one transaction, on a
//! database file). Goal: all 60 in at most 1 s. Then how one merge grows with the size of
//! the file: files holding the work of 5, 15, 30 and 60 laptops merged into a fresh copy of
//! the facilitator's assessment; the time per kilobyte should stay flat (linear growth).

use std::path::{Path, PathBuf};
use std::time::Instant;

use dhma::exchange::{self, Imported};
use dhma::model::{Participant, Rater, Rating, Workshop};
use dhma::scoring::Current;
use dhma::storage::Db;

use crate::{bytes, ms, stats, BenchResult, Options, Row};

const LAPTOPS: usize = 60;
const ALL_GOAL_MS: f64 = 1000.0;
/// Linear: the time per kilobyte of the largest file at most this much above the smallest's.
const LINEAR_GOAL: f64 = 1.5;

fn name(i: usize) -> String {
    format!("Participant {:02}", i + 1)
}

/// The facilitator's database with the sample (its workshop replaced by 60 participants
/// without ratings), and the file sent to every laptop.
fn hub(dir: &Path) -> BenchResult<(Db, i64, PathBuf)> {
    let mut data = exchange::sample()?;
    data.workshop = Workshop::default();
    data.participants = (0..LAPTOPS)
        .map(|i| Participant {
            name: name(i),
            organisation: "Ministry of Health".into(),
            role: String::new(),
        })
        .collect();
    let mut db = Db::open(&dir.join("hub.sqlite3"))?;
    let id = db.insert_data(&data)?;
    let file = dir.join("hub.dhma.json");
    exchange::export_file(&mut db, id, &file)?;
    Ok((db, id, file))
}

/// Laptop `i`: imports the facilitator's file, rates every indicator, writes its file.
fn laptop(dir: &Path, hub_file: &Path, codes: &[String], i: usize) -> BenchResult<PathBuf> {
    let mut db = Db::open_in_memory()?;
    let id = exchange::import(&mut db, hub_file, "import")?.id();
    let ratings: Vec<Rating> = codes
        .iter()
        .enumerate()
        .map(|(k, code)| Rating {
            indicator: code.clone(),
            rater: Rater::Participant(name(i)),
            phase: Current::Phase(((i + k) % 5 + 1) as u8),
            comment: if k % 7 == 0 {
                format!("Seen at the district hospital ({i})")
            } else {
                String::new()
            },
        })
        .collect();
    for r in &ratings {
        db.set_rating(id, r, &name(i))?;
    }
    let file = dir.join(format!("laptop-{i:02}.dhma.json"));
    exchange::export_file(&mut db, id, &file)?;
    Ok(file)
}

fn merged(db: &mut Db, file: &Path) -> BenchResult<dhma::storage::MergeReport> {
    match exchange::import(db, file, "facilitator")? {
        Imported::Merged(r) => Ok(r),
        Imported::Added(_) => Err("the assessment was not there".into()),
    }
}

pub fn run(opts: &Options) -> BenchResult<Vec<Row>> {
    let dir = tempfile::Builder::new()
        .prefix("dhma-bench-merge-")
        .tempdir_in(crate::release_dir().parent().unwrap_or(Path::new(".")))?;
    let (_, _, hub_file) = hub(dir.path())?;
    let data = exchange::read_file(&hub_file)?;
    let fw = dhma::framework::find(
        &data.assessment.framework.id,
        &data.assessment.framework.version,
    )?;
    let codes: Vec<String> = fw.indicators.iter().map(|i| i.code.clone()).collect();
    let files: Vec<PathBuf> = (0..LAPTOPS)
        .map(|i| laptop(dir.path(), &hub_file, &codes, i))
        .collect::<BenchResult<_>>()?;
    let total_bytes: u64 = files
        .iter()
        .map(|f| std::fs::metadata(f).map(|m| m.len()).unwrap_or(0))
        .sum();
    let mut rows = Vec::new();

    // All 60 into a fresh facilitator's database, each run.
    let runs = opts.runs(7, 2);
    let mut t_all = Vec::new();
    for run in 0..runs {
        let run_dir = dir.path().join(format!("run-{run}"));
        std::fs::create_dir_all(&run_dir)?;
        let mut db = Db::open(&run_dir.join("hub.sqlite3"))?;
        let id = exchange::import(&mut db, &hub_file, "facilitator")?.id();
        let t = Instant::now();
        for f in &files {
            let r = merged(&mut db, f)?;
            assert_eq!(r.conflicts_waiting, 0);
        }
        t_all.push(t.elapsed());
        let w = db.workshop(id)?;
        assert_eq!(w.ratings.len(), LAPTOPS * codes.len());
    }
    let s = stats(&t_all);
    rows.push(
        Row::new(
            "merge",
            format!(
                "{LAPTOPS} laptop files ({} in all, {} ratings) merged one after the other, median of {runs}",
                bytes(total_bytes),
                LAPTOPS * codes.len()
            ),
        )
        .dhma(ms(s.median))
        .goal(format!("≤ {ALL_GOAL_MS:.0} ms"), s.median <= ALL_GOAL_MS),
    );
    rows.push(
        Row::new("merge", format!("the same, slowest of {runs}"))
            .dhma(ms(s.p99))
            .goal(format!("≤ {ALL_GOAL_MS:.0} ms"), s.p99 <= ALL_GOAL_MS),
    );

    // Of which reading and checking the files (the same for a new assessment).
    let mut t_read = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        for f in &files {
            exchange::read_file_full(f)?;
        }
        t_read.push(t.elapsed());
    }
    rows.push(
        Row::new(
            "merge",
            format!("of which reading and checking the {LAPTOPS} files, median"),
        )
        .dhma(ms(stats(&t_read).median)),
    );

    // One merge against the size of the file: the facilitator's copy after k laptops,
    // merged into a fresh copy that has none of them.
    let mut per_kb = Vec::new();
    let mut k_done = 0;
    for k in [5usize, 15, 30, 60] {
        // Rebuild the facilitator's state after k laptops.
        let k_dir = dir.path().join(format!("k-{k}"));
        std::fs::create_dir_all(&k_dir)?;
        let mut db = Db::open(&k_dir.join("hub.sqlite3"))?;
        exchange::import(&mut db, &hub_file, "facilitator")?;
        for f in files.iter().take(k) {
            merged(&mut db, f)?;
        }
        let id = db.list()?.first().map(|a| a.id).ok_or("no assessment")?;
        let big = k_dir.join("after.dhma.json");
        exchange::export_file(&mut db, id, &big)?;
        let size = std::fs::metadata(&big)?.len();
        let mut times = Vec::new();
        for run in 0..opts.runs(9, 3) {
            let fresh = k_dir.join(format!("fresh-{run}.sqlite3"));
            let mut target = Db::open(&fresh)?;
            exchange::import(&mut target, &hub_file, "facilitator")?;
            let t = Instant::now();
            let r = merged(&mut target, &big)?;
            times.push(t.elapsed());
            assert_eq!(r.conflicts_waiting, 0);
            assert_eq!(r.other_taken, k * codes.len());
        }
        let st = stats(&times);
        let kb = size as f64 / 1024.0;
        per_kb.push(st.median / kb);
        rows.push(
            Row::new(
                "merge",
                format!(
                    "one file of {k} laptops' work ({}) into a fresh copy, median",
                    bytes(size)
                ),
            )
            .dhma(ms(st.median))
            .reference(format!("{:.3} ms per KB", st.median / kb)),
        );
        k_done = k;
    }
    let first = per_kb.first().copied().unwrap_or(f64::NAN);
    let worst = per_kb.last().copied().unwrap_or(f64::NAN);
    rows.push(
        Row::new(
            "merge",
            format!("time per KB, largest file ({k_done} laptops) against the smallest"),
        )
        .ratio(worst / first)
        .goal(
            format!("≤ {LINEAR_GOAL:.1}× (linear)"),
            worst / first <= LINEAR_GOAL,
        ),
    );
    Ok(rows)
}
