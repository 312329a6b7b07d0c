//! Autosave: storing one answer the way the app does, against a bare rusqlite insert and
//! commit with the same pragmas, on files in the same folder, interleaved in one run. The
//! command row runs the `save_response` command's body through the app's own state
//! (`AppState::with`: the database slot, the language, the localizer, the error mapping), so
//! that whatever a command pays per call shows.

use std::path::Path;
use std::time::{Duration, Instant};

use dhma::i18n::{Lang, Localizer, Texts};
use dhma::model::Response;
use dhma::storage::Db;
use dhma_desktop::state::AppState;
use rusqlite::{params, Connection, TransactionBehavior};

use crate::{ms, stats, BenchResult, Options, Row};

/// The goal: the app's save at most this many times the bare insert.
const GOAL: f64 = 1.2;

pub fn run(opts: &Options) -> BenchResult<Vec<Row>> {
    // A folder on the same disk as the real data (not a RAM disk: fsync is the point).
    let dir = tempfile::Builder::new()
        .prefix("dhma-bench-autosave-")
        .tempdir_in(crate::release_dir().parent().unwrap_or(Path::new(".")))?;
    let mut db = Db::open(&dir.path().join("storage.sqlite3"))?;
    let sample = dhma::exchange::sample()?;
    let id = db.insert_data(&sample)?;
    let answers: Vec<Response> = sample.responses.clone();
    // The app's state over its own file, as `lib.rs` builds it.
    let app = AppState::open(dir.path().join("app.sqlite3"));
    let app_id = app
        .with(|db, _| db.insert_data(&sample))
        .map_err(|e| format!("{}: {}", e.code, e.message))?;
    let mut bare = Bare::open(&dir.path().join("bare.sqlite3"))?;

    let runs = opts.runs(1000, 60);
    let warm = 20;
    let (mut t_bare, mut t_db, mut t_service) = (Vec::new(), Vec::new(), Vec::new());
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
    for i in 0..runs + warm {
        // One typed change to a rationale: one changed field, one change-log entry.
        let mut r = answers[i % answers.len()].clone();
        r.rationale = format!("{} (edit {i})", r.rationale);
        // A random order each time, so that none of the three always follows the same
        // other's fsync.
        let (mut d_bare, mut d_db, mut d_service) =
            (Duration::ZERO, Duration::ZERO, Duration::ZERO);
        let order = ORDERS[(next(&mut seed) % 6) as usize];
        for k in order {
            let t = Instant::now();
            match k {
                0 => {
                    bare.save(id, &r, i)?;
                    d_bare = t.elapsed();
                }
                1 => {
                    r.rationale.push('.');
                    db.save_response(id, &r, "bench")?;
                    d_db = t.elapsed();
                }
                _ => {
                    r.rationale.push(',');
                    // The body of `commands::responses::save_response`.
                    let response = r.clone();
                    app.with(|db, l| {
                        dhma::service::save_response(db, app_id, &response, "bench", l)
                    })
                    .map_err(|e| format!("{}: {}", e.code, e.message))?;
                    d_service = t.elapsed();
                }
            }
        }
        if i >= warm {
            t_bare.push(d_bare);
            t_db.push(d_db);
            t_service.push(d_service);
        }
    }
    let b = stats(&t_bare);
    let mut rows = Vec::new();
    for (what, samples) in [
        ("Db::save_response (storage + change log)", &t_db),
        (
            "save_response command through AppState::with (the IPC command's work)",
            &t_service,
        ),
    ] {
        let s = stats(samples);
        let ratio = s.median / b.median;
        rows.push(
            Row::new("autosave", format!("{what}, median"))
                .dhma(ms(s.median))
                .reference(format!("bare insert+commit {}", ms(b.median)))
                .ratio(ratio)
                .goal(format!("≤ {GOAL}×"), ratio <= GOAL),
        );
        let ratio = s.p99 / b.p99;
        rows.push(
            Row::new("autosave", format!("{what}, p99 ({runs} saves)"))
                .dhma(ms(s.p99))
                .reference(format!("bare insert+commit {}", ms(b.p99)))
                .ratio(ratio)
                .goal(format!("≤ {GOAL}×"), ratio <= GOAL),
        );
    }
    // What the command's extra time is made of (see BENCHMARKS.md): the built-in framework
    // (parsed once per process), and the localizer every command asks for.
    let a = &sample.assessment;
    let median_of = |f: &mut dyn FnMut() -> BenchResult<()>, n: usize| -> BenchResult<f64> {
        let mut t = Vec::new();
        for _ in 0..n {
            let start = Instant::now();
            f()?;
            t.push(start.elapsed());
        }
        Ok(stats(&t).median)
    };
    let find = median_of(
        &mut || {
            std::hint::black_box(dhma::framework::find(
                &a.framework.id,
                &a.framework.version,
            )?);
            Ok(())
        },
        opts.runs(100, 10),
    )?;
    rows.push(
        Row::new(
            "autosave",
            "of which framework::find (built-in frameworks parsed once per process), median",
        )
        .dhma(ms(find)),
    );
    let shared = median_of(
        &mut || {
            std::hint::black_box(Localizer::new(Lang::Fr, true));
            Ok(())
        },
        opts.runs(100, 10),
    )?;
    rows.push(
        Row::new(
            "autosave",
            "of which Localizer::new (each language built once per process), median",
        )
        .dhma(ms(shared)),
    );
    // What every command paid before: the embedded texts copied, then French and its English
    // fallback parsed into new bundles.
    let built = median_of(
        &mut || {
            std::hint::black_box(Localizer::with_texts(&Texts::embedded(), Lang::Fr, true));
            Ok(())
        },
        opts.runs(30, 5),
    )?;
    rows.push(
        Row::new(
            "autosave",
            "a Localizer built from the texts (what every command did before), median",
        )
        .dhma(ms(built)),
    );
    Ok(rows)
}

const ORDERS: [[u8; 3]; 6] = [
    [0, 1, 2],
    [0, 2, 1],
    [1, 0, 2],
    [1, 2, 0],
    [2, 0, 1],
    [2, 1, 0],
];

/// xorshift64: a fixed sequence, so that every run uses the same orders.
fn next(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

/// The floor: a plain table with the same columns, the same pragmas as `Db::open`
/// (WAL, synchronous=FULL, foreign keys, busy timeout), one immediate transaction per answer.
struct Bare {
    conn: Connection,
}

impl Bare {
    fn open(path: &Path) -> BenchResult<Bare> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.execute_batch(
            "CREATE TABLE answers (
                assessment_id INTEGER NOT NULL, indicator_code TEXT NOT NULL,
                current_phase INTEGER, not_applicable INTEGER NOT NULL DEFAULT 0,
                target_phase INTEGER, target_year INTEGER, rationale TEXT NOT NULL DEFAULT '',
                confidence TEXT, updated_at TEXT NOT NULL,
                PRIMARY KEY (assessment_id, indicator_code))",
        )?;
        Ok(Bare { conn })
    }

    fn save(&mut self, id: i64, r: &Response, i: usize) -> BenchResult<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO answers (assessment_id, indicator_code, target_phase, target_year,
                rationale, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (assessment_id, indicator_code) DO UPDATE SET
                target_phase = excluded.target_phase, target_year = excluded.target_year,
                rationale = excluded.rationale, updated_at = excluded.updated_at",
            params![
                id,
                r.indicator,
                r.target,
                r.target_year,
                r.rationale,
                format!("2026-01-01T00:00:{:02}Z", i % 60)
            ],
        )?;
        tx.commit()?;
        Ok(())
    }
}
