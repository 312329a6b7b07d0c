//! The regional office's batch: the workbook of 1,000 assessments (`dhma export --all
//! --format xlsx`), against a Python script with openpyxl writing the same cells in the
//! same run (`benches/batch_openpyxl.py`); and 50 reports in a batch (`dhma report --all`).

use std::process::Command;
use std::time::Instant;

use dhma::i18n::Lang;
use dhma::model::AssessmentData;
use dhma::scoring::Current;
use dhma::service;
use dhma::storage::Db;

use crate::{ms, root, BenchResult, Options, Row};

const ASSESSMENTS: usize = 1000;
const WORKBOOK_GOAL_MS: f64 = 2000.0;
const WORKBOOK_RATIO_GOAL: f64 = 5.0;
const REPORTS: usize = 50;
const REPORTS_GOAL_MS: f64 = 5000.0;

/// The sample as assessment `i`: its own uid, country, round and some answers moved.
fn variant(sample: &AssessmentData, i: usize) -> AssessmentData {
    let mut d = sample.clone();
    let a = &mut d.assessment;
    a.uid = uuid::Uuid::new_v4().to_string();
    a.country = format!("Country {:03}", i / 10 + 1);
    a.round = format!("Round {}", i % 10 + 1);
    a.date = format!("{}-03-16", 2010 + i % 10);
    for (k, r) in d.responses.iter_mut().enumerate() {
        if (k + i).is_multiple_of(3) {
            if let Some(Current::Phase(_)) = r.current {
                r.current = Some(Current::Phase(((k * 7 + i) % 5) as u8 + 1));
            }
        }
    }
    d
}

pub fn run(opts: &Options) -> BenchResult<Vec<Row>> {
    let dir = tempfile::Builder::new()
        .prefix("dhma-bench-batch-")
        .tempdir()?;
    let sample = dhma::exchange::sample()?;
    let list: Vec<AssessmentData> = (0..ASSESSMENTS).map(|i| variant(&sample, i)).collect();
    let mut rows = Vec::new();

    // The workbook: cells and XLSX bytes, best of a few runs.
    let mut best = f64::INFINITY;
    let mut cells = None;
    for _ in 0..opts.runs(3, 1) {
        let t = Instant::now();
        let c = service::batch_cells(&list, Lang::En)?;
        let bytes = service::batch_workbook(&c)?;
        std::fs::write(dir.path().join("dhma.xlsx"), &bytes)?;
        best = best.min(t.elapsed().as_secs_f64() * 1e3);
        cells = Some(c);
    }
    let cells = cells.ok_or("no run")?;
    let n_cells: usize = cells
        .sheets
        .iter()
        .map(|s| (s.rows.len() + 1) * s.header.len())
        .sum();
    // The same cells written by openpyxl; the script times its own writing (not the JSON).
    let json = dir.path().join("cells.json");
    std::fs::write(&json, serde_json::to_vec(&cells)?)?;
    let script = root().join("benches/batch_openpyxl.py");
    let out = Command::new("python3")
        .arg(&script)
        .arg(&json)
        .arg(dir.path().join("openpyxl.xlsx"))
        .output();
    let reference = match out {
        Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout)
            .trim()
            .parse::<f64>()
            .ok(),
        _ => None,
    };
    let mut row = Row::new(
        "batch",
        format!("workbook of {ASSESSMENTS} assessments ({n_cells} cells, 2 sheets)"),
    )
    .dhma(ms(best));
    match reference {
        Some(py) => {
            let ratio = py / best;
            row = row
                .reference(format!("openpyxl {}", ms(py)))
                .ratio(ratio)
                .goal(
                    format!(
                        "≤ {} and ≥ {WORKBOOK_RATIO_GOAL}× faster",
                        ms(WORKBOOK_GOAL_MS)
                    ),
                    best <= WORKBOOK_GOAL_MS && ratio >= WORKBOOK_RATIO_GOAL,
                );
        }
        None => {
            row = row
                .reference("openpyxl not available (python3 -m pip install openpyxl)")
                .goal(
                    format!("≤ {}", ms(WORKBOOK_GOAL_MS)),
                    best <= WORKBOOK_GOAL_MS,
                );
        }
    }
    rows.push(row);

    // 50 reports in a batch, from a database of 50 assessments (5 countries × 10 rounds).
    let db_path = dir.path().join("reports.sqlite3");
    {
        let mut db = Db::open(&db_path)?;
        for d in list.iter().take(REPORTS) {
            db.insert_data(d)?;
        }
    }
    let db = Db::open_for_reading(&db_path)?;
    let out_dir = dir.path().join("reports");
    let t = Instant::now();
    let files = service::report_all(
        &db,
        Lang::En,
        dhma::report::Paper::A4,
        &out_dir,
        &mut |_, _| {},
    )?;
    let took = t.elapsed().as_secs_f64() * 1e3;
    rows.push(
        Row::new(
            "batch",
            format!("{} reports in a batch (dhma report --all)", files.len()),
        )
        .dhma(ms(took))
        .goal(
            format!("≤ {}", ms(REPORTS_GOAL_MS)),
            took <= REPORTS_GOAL_MS,
        ),
    );
    Ok(rows)
}
