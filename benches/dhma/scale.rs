//! Scale: 1,000 assessment files (50 countries × 20 rounds, made from the sample), imported
//! into one database, listed, and compared across one country's rounds.

use std::path::PathBuf;
use std::time::Instant;

use dhma::i18n::Lang;
use dhma::model::AssessmentData;
use dhma::scoring::Current;
use dhma::storage::Db;

use crate::{ms, stats, BenchResult, Options, Row};

const COUNTRIES: usize = 50;
const ROUNDS: usize = 20;
const GOAL_MS: f64 = 1000.0;

/// The sample as country `c`, round `r`: a new uid, dates, and some answers moved.
fn variant(sample: &AssessmentData, c: usize, r: usize) -> AssessmentData {
    let mut d = sample.clone();
    let a = &mut d.assessment;
    a.uid = uuid::Uuid::new_v4().to_string();
    a.country = format!("Country {:02}", c + 1);
    a.round = format!("Round {} ({})", r + 1, 2007 + r);
    a.date = format!("{}-03-{:02}", 2007 + r, 1 + (c % 28));
    for (k, resp) in d.responses.iter_mut().enumerate() {
        if (k + c + r).is_multiple_of(3) {
            if let Some(Current::Phase(_)) = resp.current {
                resp.current = Some(Current::Phase(((k * 7 + c * 3 + r) % 5) as u8 + 1));
            }
        }
    }
    d
}

pub fn run(opts: &Options) -> BenchResult<Vec<Row>> {
    let dir = tempfile::Builder::new()
        .prefix("dhma-bench-scale-")
        .tempdir()?;
    let files_dir = dir.path().join("files");
    std::fs::create_dir_all(&files_dir)?;
    let sample = dhma::exchange::sample()?;
    let mut rows = Vec::new();

    let t = Instant::now();
    let mut files: Vec<PathBuf> = Vec::with_capacity(COUNTRIES * ROUNDS);
    for c in 0..COUNTRIES {
        for r in 0..ROUNDS {
            let data = variant(&sample, c, r);
            let path = files_dir.join(format!("c{:02}-r{:02}.dhma.json", c + 1, r + 1));
            std::fs::write(&path, dhma::exchange::to_string(&data)?)?;
            files.push(path);
        }
    }
    let n = files.len();
    rows.push(
        Row::new(
            "scale",
            format!("write {n} assessment files ({COUNTRIES} countries × {ROUNDS} rounds)"),
        )
        .dhma(ms(t.elapsed().as_secs_f64() * 1e3)),
    );

    let mut db = Db::open(&dir.path().join("scale.sqlite3"))?;
    let t = Instant::now();
    for f in &files {
        dhma::exchange::import_file(&mut db, f)?;
    }
    let import = t.elapsed().as_secs_f64() * 1e3;
    rows.push(
        Row::new("scale", format!("import {n} files (one transaction each)")).dhma(format!(
            "{} ({} per file)",
            ms(import),
            ms(import / n as f64)
        )),
    );

    let runs = opts.runs(7, 3);
    let l = dhma::service::localizer(Lang::En);
    let mut t_list = Vec::new();
    let mut t_home = Vec::new();
    let mut listed = 0;
    for _ in 0..runs {
        let t = Instant::now();
        listed = db.list()?.len();
        t_list.push(t.elapsed());
        let t = Instant::now();
        std::hint::black_box(dhma::service::home(&db, &l)?);
        t_home.push(t.elapsed());
    }
    for (what, samples) in [
        ("Db::list", &t_list),
        ("service::home (home screen)", &t_home),
    ] {
        let s = stats(samples);
        rows.push(
            Row::new("scale", format!("{what} of {listed} assessments, median"))
                .dhma(ms(s.median))
                .goal("≤ 1 s", s.median <= GOAL_MS),
        );
    }

    let country = "Country 25";
    let framework = sample.assessment.framework.id.clone();
    let mut t_cmp = Vec::new();
    let mut rounds = 0;
    for _ in 0..runs {
        let t = Instant::now();
        rounds = compare(&db, country, &framework)?;
        t_cmp.push(t.elapsed());
    }
    let s = stats(&t_cmp);
    rows.push(
        Row::new(
            "scale",
            format!("compare {rounds} rounds of one country among {listed}, median"),
        )
        .dhma(format!("{} ({})", ms(s.median), COMPARE_HOW))
        .goal("≤ 1 s", s.median <= GOAL_MS),
    );
    // One screen among many: the dashboard draws the previous round, found among all.
    let last = db
        .list()?
        .into_iter()
        .find(|a| a.country == country)
        .ok_or("no assessment of the compared country")?;
    let mut t_dash = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        std::hint::black_box(dhma::service::dashboard(&db, last.id, &l)?);
        t_dash.push(t.elapsed());
    }
    let s = stats(&t_dash);
    rows.push(
        Row::new(
            "scale",
            format!("dashboard of one round (with its previous round) among {listed}, median"),
        )
        .dhma(ms(s.median))
        .goal("≤ 1 s", s.median <= GOAL_MS),
    );
    Ok(rows)
}

const COMPARE_HOW: &str = "dhma::compare::compare_rounds";

/// The country's rounds, scored (`dhma::compare::compare_rounds`); returns how many.
fn compare(db: &Db, country: &str, framework: &str) -> BenchResult<usize> {
    let c = dhma::compare::compare_rounds(db, country, framework)?;
    Ok(std::hint::black_box(c).rounds.len())
}
