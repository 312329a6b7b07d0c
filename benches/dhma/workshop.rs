//! The workshop (issue 11, item 10) with 60 participants × every indicator of the framework
//! (31: 1,860 ratings): the ratings CSV import (`dhma ratings import`'s service function),
//! storing one rating the way the app does (`service::set_rating` through the app's state,
//! against a bare SQLite insert with the same pragmas, interleaved as in the autosave part),
//! and the dashboard (`service::spreads` and `service::to_discuss`: every spread and the list
//! to discuss).

use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use dhma::i18n::{Lang, Localizer};
use dhma::model::{Rater, Rating, Workshop};
use dhma::scoring::Current;
use dhma::storage::Db;
use dhma_desktop::state::AppState;
use rusqlite::{params, Connection, TransactionBehavior};

use crate::{ms, stats, BenchResult, Options, Row};

const PARTICIPANTS: usize = 60;
/// The goals of issue 11, item 10.
const IMPORT_GOAL_MS: f64 = 200.0;
const STORE_GOAL: f64 = 1.2;
const DASHBOARD_GOAL_MS: f64 = 20.0;

pub fn run(opts: &Options) -> BenchResult<Vec<Row>> {
    // On the same disk as the real data (fsync is part of storing a rating).
    let dir = tempfile::Builder::new()
        .prefix("dhma-bench-workshop-")
        .tempdir_in(crate::release_dir().parent().unwrap_or(Path::new(".")))?;
    // The sample without its workshop: the import brings the 60 participants' ratings.
    let mut sample = dhma::exchange::sample()?;
    sample.workshop = Workshop::default();
    let fw = dhma::framework::find(
        &sample.assessment.framework.id,
        &sample.assessment.framework.version,
    )?;
    let codes: Vec<String> = fw.indicators.iter().map(|i| i.code.clone()).collect();
    let csv = ratings_csv(&codes);
    let n_ratings = PARTICIPANTS * codes.len();
    let mut rows = Vec::new();

    // The import: each run into a fresh copy of the assessment (so that the 60 names are
    // new participants each time, as in a real import).
    let mut db = Db::open(&dir.path().join("import.sqlite3"))?;
    let runs = opts.runs(30, 5);
    let mut t_import = Vec::new();
    for _ in 0..runs + 2 {
        let mut copy = sample.clone();
        copy.assessment.uid = uuid::Uuid::new_v4().to_string();
        let id = db.insert_data(&copy)?;
        let t = Instant::now();
        let done = dhma::service::import_ratings_csv(&mut db, id, &csv, "bench")?;
        t_import.push(t.elapsed());
        assert_eq!(done.ratings, n_ratings);
        assert_eq!(done.added.len(), PARTICIPANTS);
    }
    let s = stats(t_import.get(2..).unwrap_or(&t_import));
    rows.push(
        Row::new(
            "workshop",
            format!(
                "ratings CSV import ({PARTICIPANTS} participants × {} indicators = {n_ratings} ratings), median",
                codes.len()
            ),
        )
        .dhma(ms(s.median))
        .goal(format!("≤ {IMPORT_GOAL_MS:.0} ms"), s.median <= IMPORT_GOAL_MS),
    );
    rows.push(
        Row::new(
            "workshop",
            format!("ratings CSV import, p99 ({runs} imports)"),
        )
        .dhma(ms(s.p99))
        .goal(format!("≤ {IMPORT_GOAL_MS:.0} ms"), s.p99 <= IMPORT_GOAL_MS),
    );

    // Storing one rating: the app's state over its own file holding the imported workshop.
    let app = AppState::open(dir.path().join("app.sqlite3"));
    let app_id = app
        .with(|db, _| {
            let id = db.insert_data(&sample)?;
            dhma::service::import_ratings_csv(db, id, &csv, "bench")?;
            Ok(id)
        })
        .map_err(|e| format!("{}: {}", e.code, e.message))?;
    let mut bare = Bare::open(&dir.path().join("bare.sqlite3"))?;
    // The storage call alone, on its own file with the same workshop.
    let mut store = Db::open(&dir.path().join("store.sqlite3"))?;
    let store_id = store.insert_data(&sample)?;
    dhma::service::import_ratings_csv(&mut store, store_id, &csv, "bench")?;
    let runs = opts.runs(1000, 60);
    let warm = 20;
    let (mut t_bare, mut t_db, mut t_service) = (Vec::new(), Vec::new(), Vec::new());
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    for i in 0..runs + warm {
        // A participant changes their rating of one indicator (replacing theirs).
        let who = i % PARTICIPANTS;
        let rating = Rating {
            indicator: codes[(i / PARTICIPANTS) % codes.len()].clone(),
            rater: Rater::Participant(name(who)),
            phase: Current::Phase((i % 5) as u8 + 1),
            comment: format!("changed {i}"),
        };
        let (mut d_bare, mut d_db, mut d_service) =
            (Duration::ZERO, Duration::ZERO, Duration::ZERO);
        for k in ORDERS[(next(&mut seed) % 6) as usize] {
            let t = Instant::now();
            if k == 0 {
                bare.save(app_id, who as i64 + 1, &rating)?;
                d_bare = t.elapsed();
            } else if k == 1 {
                store.set_rating(store_id, &rating, "bench")?;
                d_db = t.elapsed();
            } else {
                // The body of the command the interface calls to store a rating.
                app.with(|db, _| dhma::service::set_rating(db, app_id, &rating, "bench"))
                    .map_err(|e| format!("{}: {}", e.code, e.message))?;
                d_service = t.elapsed();
            }
        }
        if i >= warm {
            t_bare.push(d_bare);
            t_db.push(d_db);
            t_service.push(d_service);
        }
    }
    let b = stats(&t_bare);
    let d = stats(&t_db);
    let s = stats(&t_service);
    let command = "one rating stored: service::set_rating through AppState::with";
    let storage = "of which Db::set_rating alone (storage + change log)";
    for (what, label, value, reference) in [
        (command, "median".to_string(), s.median, b.median),
        (command, format!("p99 ({runs} ratings)"), s.p99, b.p99),
        (storage, "median".to_string(), d.median, b.median),
        (storage, format!("p99 ({runs} ratings)"), d.p99, b.p99),
    ] {
        let ratio = value / reference;
        rows.push(
            Row::new("workshop", format!("{what}, {label}"))
                .dhma(ms(value))
                .reference(format!("bare insert+commit {}", ms(reference)))
                .ratio(ratio)
                .goal(format!("≤ {STORE_GOAL}×"), ratio <= STORE_GOAL),
        );
    }

    // The dashboard: every spread and the list to discuss, as the interface asks for them.
    let l = Localizer::new(Lang::Fr, true);
    let runs = opts.runs(200, 20);
    let mut t_dash = Vec::new();
    let mut t_spreads = Vec::new();
    for _ in 0..runs + 5 {
        let t = Instant::now();
        let (all, discuss) = app
            .with(|db, _| {
                let all = dhma::service::spreads(db, app_id, &l)?;
                let t = Instant::now();
                let discuss = dhma::service::to_discuss(db, app_id, &l)?;
                t_spreads.push(t.elapsed());
                Ok((all, discuss))
            })
            .map_err(|e| format!("{}: {}", e.code, e.message))?;
        t_dash.push(t.elapsed());
        assert_eq!(all.len(), codes.len());
        std::hint::black_box(discuss);
    }
    let s = stats(t_dash.get(5..).unwrap_or(&t_dash));
    let d = stats(t_spreads.get(5..).unwrap_or(&t_spreads));
    rows.push(
        Row::new(
            "workshop",
            format!("dashboard: spreads + to_discuss over {n_ratings} ratings, median"),
        )
        .dhma(ms(s.median))
        .goal(
            format!("≤ {DASHBOARD_GOAL_MS:.0} ms"),
            s.median <= DASHBOARD_GOAL_MS,
        ),
    );
    rows.push(
        Row::new("workshop", format!("dashboard, p99 ({runs} runs)"))
            .dhma(ms(s.p99))
            .goal(
                format!("≤ {DASHBOARD_GOAL_MS:.0} ms"),
                s.p99 <= DASHBOARD_GOAL_MS,
            ),
    );
    rows.push(Row::new("workshop", "of which to_discuss alone, median").dhma(ms(d.median)));
    Ok(rows)
}

fn name(i: usize) -> String {
    format!("Participant {:02}", i + 1)
}

/// `participant,indicator,phase,comment`: every participant rates every indicator (one in
/// seven "NA"), with a short comment.
fn ratings_csv(codes: &[String]) -> String {
    let mut out = String::from("participant,indicator,phase,comment\n");
    for p in 0..PARTICIPANTS {
        for (k, code) in codes.iter().enumerate() {
            let phase = if (p + k) % 7 == 0 {
                "NA".to_string()
            } else {
                ((p * 3 + k) % 5 + 1).to_string()
            };
            let _ = writeln!(
                out,
                "{},{code},{phase},\"seen in the field, {p}/{k}\"",
                name(p)
            );
        }
    }
    out
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

/// The floor: the ratings table's columns with a plain unique key, the same pragmas as
/// `Db::open` (WAL, synchronous=FULL, foreign keys, busy timeout), one immediate
/// transaction per rating that replaces the participant's earlier one.
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
            "CREATE TABLE ratings (
                assessment_id INTEGER NOT NULL, indicator_code TEXT NOT NULL,
                participant_id INTEGER NOT NULL, phase INTEGER,
                not_applicable INTEGER NOT NULL DEFAULT 0, comment TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (assessment_id, indicator_code, participant_id))",
        )?;
        Ok(Bare { conn })
    }

    fn save(&mut self, id: i64, participant: i64, r: &Rating) -> BenchResult<()> {
        let (phase, na) = match r.phase {
            Current::Phase(p) => (Some(p), 0),
            Current::NotApplicable => (None, 1),
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO ratings (assessment_id, indicator_code, participant_id, phase,
                not_applicable, comment)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (assessment_id, indicator_code, participant_id) DO UPDATE SET
                phase = excluded.phase, not_applicable = excluded.not_applicable,
                comment = excluded.comment",
            params![id, r.indicator, participant, phase, na, r.comment],
        )?;
        tx.commit()?;
        Ok(())
    }
}
