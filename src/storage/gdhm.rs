//! What GDHM needs of an assessment (schema 7): the details of its upload file, and the
//! benchmark from a GDHM data export the assessment is compared with.

use rusqlite::{params, Connection, OptionalExtension, Transaction};

use super::{claim_draft, log, Db};
use crate::error::{Error, Result};
use crate::model::{now_utc, Benchmark, GdhmDetails};

/// The change-log `what` of a GDHM detail (`gdhm.<field>`).
pub fn log_what(field: &str) -> String {
    format!("gdhm.{field}")
}

/// An assessment's GDHM details (blank where no row).
pub(crate) fn details_in(conn: &Connection, id: i64) -> Result<GdhmDetails> {
    let mut stmt = conn
        .prepare_cached("SELECT rowid, field, value FROM gdhm_details WHERE assessment_id = ?1")?;
    let mut rows = stmt.query([id])?;
    let mut out = GdhmDetails::default();
    while let Some(row) = rows.next()? {
        let rowid: i64 = row.get(0)?;
        let damaged = |column: &str| Error::DamagedRow {
            table: "gdhm_details".into(),
            row: rowid.to_string(),
            column: column.into(),
        };
        let field: String = row.get(1).map_err(|_| damaged("field"))?;
        let value: String = row.get(2).map_err(|_| damaged("value"))?;
        if !out.set(&field, value) {
            return Err(damaged("field"));
        }
    }
    Ok(out)
}

/// Writes an assessment's GDHM details (its old rows deleted first), inside the caller's
/// transaction; a blank detail is no row.
pub(crate) fn put_details(tx: &Transaction<'_>, id: i64, details: &GdhmDetails) -> Result<()> {
    tx.prepare_cached("DELETE FROM gdhm_details WHERE assessment_id = ?1")?
        .execute([id])?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO gdhm_details (assessment_id, field, value) VALUES (?1, ?2, ?3)",
    )?;
    for f in GdhmDetails::FIELDS {
        let value = details.get(f).unwrap_or_default();
        if !value.trim().is_empty() {
            insert.execute(params![id, f, value])?;
        }
    }
    Ok(())
}

/// The benchmark stored with an assessment, if any.
pub(crate) fn benchmark_in(conn: &Connection, id: i64) -> Result<Option<Benchmark>> {
    let row = conn
        .prepare_cached(
            "SELECT label, countries, file_name, file_date, blocks FROM benchmarks
             WHERE assessment_id = ?1",
        )?
        .query_row([id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, String>(4)?,
            ))
        })
        .optional()?;
    let Some((label, countries, file_name, file_date, blocks)) = row else {
        return Ok(None);
    };
    let damaged = |column: &str| Error::DamagedRow {
        table: "benchmarks".into(),
        row: id.to_string(),
        column: column.into(),
    };
    Ok(Some(Benchmark {
        label,
        countries: serde_json::from_str(&countries).map_err(|_| damaged("countries"))?,
        file_name,
        file_date,
        blocks: serde_json::from_str(&blocks).map_err(|_| damaged("blocks"))?,
    }))
}

fn json<T: serde::Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| Error::InvalidValue {
        field: "content".into(),
        value: e.to_string(),
    })
}

impl Db {
    /// Sets an assessment's GDHM details in one transaction: the draft claimed, the rows
    /// written, each changed detail logged (`gdhm.<field>`). Values are kept trimmed.
    /// Returns whether anything changed.
    pub fn set_gdhm_details(
        &mut self,
        id: i64,
        details: &GdhmDetails,
        actor: &str,
    ) -> Result<bool> {
        self.change_gdhm_details(id, actor, |_| Ok(details.clone()))
    }

    /// Sets the named GDHM details (`GdhmDetails::set`'s names) of a draft, the others
    /// kept as stored, read and written in one transaction; an unknown name is an
    /// invalid value and nothing is stored.
    pub fn update_gdhm_details(
        &mut self,
        id: i64,
        values: &std::collections::BTreeMap<String, String>,
        actor: &str,
    ) -> Result<bool> {
        self.change_gdhm_details(id, actor, |stored| {
            let mut details = stored.clone();
            for (name, value) in values {
                if !details.set(name, value.clone()) {
                    return Err(Error::InvalidValue {
                        field: "content".into(),
                        value: name.to_string(),
                    });
                }
            }
            Ok(details)
        })
    }

    /// The details made by `change` from those stored, stored and logged field by field,
    /// in one transaction on a draft.
    fn change_gdhm_details(
        &mut self,
        id: i64,
        actor: &str,
        change: impl FnOnce(&GdhmDetails) -> Result<GdhmDetails>,
    ) -> Result<bool> {
        let now = now_utc();
        self.write(|tx| {
            claim_draft(tx, id, &now)?;
            let old = details_in(tx, id)?;
            let new = change(&old)?.trimmed();
            if old == new {
                return Ok(false);
            }
            for f in GdhmDetails::FIELDS {
                let (o, n) = (old.get(f), new.get(f));
                if o != n {
                    let shown = |v: Option<&str>| v.filter(|v| !v.is_empty()).map(str::to_string);
                    log(
                        tx,
                        id,
                        &now,
                        actor,
                        &log_what(f),
                        None,
                        shown(o).as_deref(),
                        shown(n).as_deref(),
                    )?;
                }
            }
            put_details(tx, id, &new)?;
            Ok(true)
        })
    }

    /// Stores (or with `None` removes) the benchmark of an assessment in one transaction:
    /// the draft claimed (a finalised assessment's report does not change), the row
    /// written, and the change logged (`benchmark`, old and new label).
    pub fn set_benchmark(
        &mut self,
        id: i64,
        benchmark: Option<&Benchmark>,
        actor: &str,
    ) -> Result<()> {
        let now = now_utc();
        let row = benchmark
            .map(|b| Ok::<_, Error>((json(&b.countries)?, json(&b.blocks)?)))
            .transpose()?;
        // The log names what was chosen: the label, else the countries.
        let logged = |b: &Benchmark| match b.label.trim() {
            "" => b.countries.join(","),
            label => label.to_string(),
        };
        self.write(|tx| {
            claim_draft(tx, id, &now)?;
            let old = benchmark_in(tx, id)?;
            tx.prepare_cached("DELETE FROM benchmarks WHERE assessment_id = ?1")?
                .execute([id])?;
            if let (Some(b), Some((countries, blocks))) = (benchmark, &row) {
                tx.prepare_cached(
                    "INSERT INTO benchmarks (assessment_id, label, countries, file_name,
                         file_date, blocks) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                )?
                .execute(params![
                    id,
                    b.label,
                    countries,
                    b.file_name,
                    b.file_date,
                    blocks
                ])?;
            }
            log(
                tx,
                id,
                &now,
                actor,
                "benchmark",
                None,
                old.as_ref().map(logged).as_deref(),
                benchmark.map(logged).as_deref(),
            )
        })
    }
}
