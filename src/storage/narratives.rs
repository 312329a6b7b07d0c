//! The narrative texts of an assessment (context, key findings, recommendations; overall
//! and per building block): reading, writing a whole set, and one text changed by a person.

use rusqlite::{params, Connection, OptionalExtension, Transaction};

use super::{claim_draft, log, Db};
use crate::error::{Error, Result};
use crate::model::{now_utc, Narrative, NarrativeKind};

/// The change-log `what` of a narrative of `kind` (the scope is its subject).
pub fn log_what(kind: NarrativeKind) -> String {
    format!("narrative.{}", kind.as_str())
}

/// An assessment's narratives, ordered by scope then kind.
pub(crate) fn narratives_in(conn: &Connection, id: i64) -> Result<Vec<Narrative>> {
    let mut stmt = conn.prepare_cached(
        "SELECT rowid, scope, kind, text FROM narratives WHERE assessment_id = ?1
         ORDER BY scope, kind",
    )?;
    let mut rows = stmt.query([id])?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        let rowid: i64 = row.get(0)?;
        let damaged = |column: &str| Error::DamagedRow {
            table: "narratives".into(),
            row: rowid.to_string(),
            column: column.into(),
        };
        let scope: String = row.get(1).map_err(|_| damaged("scope"))?;
        let kind: String = row.get(2).map_err(|_| damaged("kind"))?;
        let kind = NarrativeKind::parse(&kind).ok_or_else(|| damaged("kind"))?;
        let text: String = row.get(3).map_err(|_| damaged("text"))?;
        out.push(Narrative { scope, kind, text });
    }
    Ok(out)
}

/// Writes `list` as an assessment's narratives (after its old ones were deleted).
pub(crate) fn insert_narratives(tx: &Transaction<'_>, id: i64, list: &[Narrative]) -> Result<()> {
    for n in list {
        put(tx, id, &n.scope, n.kind, Some(&n.text))?;
    }
    Ok(())
}

/// Sets (or with `None` or a blank text, removes) one narrative row.
pub(crate) fn put(
    tx: &Transaction<'_>,
    id: i64,
    scope: &str,
    kind: NarrativeKind,
    text: Option<&str>,
) -> Result<()> {
    match text.filter(|t| !t.trim().is_empty()) {
        Some(t) => tx
            .prepare_cached(
                "INSERT INTO narratives (assessment_id, scope, kind, text) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (assessment_id, scope, kind) DO UPDATE SET text = excluded.text",
            )?
            .execute(params![id, scope, kind.as_str(), t])?,
        None => tx
            .prepare_cached(
                "DELETE FROM narratives WHERE assessment_id = ?1 AND scope = ?2 AND kind = ?3",
            )?
            .execute(params![id, scope, kind.as_str()])?,
    };
    Ok(())
}

impl Db {
    /// Sets one narrative text (a blank text removes it) in one transaction: the draft
    /// claimed, the row written and the change logged (`narrative.<kind>`, the scope as
    /// subject) when the text changed. The caller has checked the scope and kind against
    /// the framework ([`crate::validate::narrative`]). Returns whether the text changed.
    pub fn set_narrative(
        &mut self,
        id: i64,
        scope: &str,
        kind: NarrativeKind,
        text: &str,
        actor: &str,
    ) -> Result<bool> {
        let now = now_utc();
        let new = Some(text).filter(|t| !t.trim().is_empty());
        self.write(|tx| {
            claim_draft(tx, id, &now)?;
            let old: Option<String> = tx
                .query_row(
                    "SELECT text FROM narratives
                     WHERE assessment_id = ?1 AND scope = ?2 AND kind = ?3",
                    params![id, scope, kind.as_str()],
                    |r| r.get(0),
                )
                .optional()?;
            if old.as_deref() == new {
                return Ok(false);
            }
            put(tx, id, scope, kind, new)?;
            log(
                tx,
                id,
                &now,
                actor,
                &log_what(kind),
                Some(scope),
                old.as_deref(),
                new,
            )?;
            Ok(true)
        })
    }
}
