//! The Backups screen: the backups of the database, labelled, each with its question.

use std::path::Path;

use serde::Serialize;

use crate::error::Result;
use crate::i18n::{arg, Localizer};

/// One backup as the Backups screen shows it.
#[derive(Debug, Clone, Serialize)]
pub struct BackupRow {
    pub name: String,
    pub time_label: String,
    pub reason_label: String,
    pub assessments_label: String,
    pub size_label: String,
    /// The question asked before restoring it, with its time.
    pub restore_question: String,
    /// Never deleted by rotation (made at finalisation, or a file set aside).
    pub kept: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct BackupsView {
    pub intro: String,
    pub rows: Vec<BackupRow>,
}

/// `2026-12-01T14:03:15Z` → `2026-12-01 14:03 UTC`; a text that is not such a time is
/// shown as it is.
pub fn time_label(utc: &str) -> String {
    crate::model::time_label(utc).unwrap_or_else(|| utc.to_string())
}

/// The backups of the database at `db_path`, newest first, labelled in the user's language.
pub fn backups(db_path: &Path, l: &Localizer) -> Result<BackupsView> {
    let rows = crate::backup::list(db_path)?
        .into_iter()
        .map(|b| {
            let time_label = l.time(&b.created_at);
            BackupRow {
                restore_question: l
                    .format("ui-backups-restore-confirm", &[arg("time", &time_label)]),
                time_label,
                reason_label: l.text(&format!("backup-reason-{}", b.reason.as_str())),
                assessments_label: b
                    .assessments
                    .map_or_else(|| l.text("not-available"), |n| n.to_string()),
                size_label: l.format("ui-backups-size", &[arg("kib", b.bytes.div_ceil(1024))]),
                kept: b.reason.is_kept(),
                name: b.name,
            }
        })
        .collect();
    Ok(BackupsView {
        intro: l.format(
            "ui-backups-intro",
            &[
                arg("dir", crate::backup::dir_for(db_path).display()),
                arg("keep", crate::backup::KEEP),
            ],
        ),
        rows,
    })
}
