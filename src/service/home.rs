//! The home screen: the list of assessments, a new one, the sample, delete with a backup.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{assessment_title, SETTING_SAMPLE_OFFERED};
use crate::error::{Error, Result};
use crate::exchange;
use crate::framework;
use crate::i18n::{arg, num, Localizer};
use crate::model::{now_utc, NewAssessment, Participant, Status};
use crate::storage::Db;
use crate::validate;

#[derive(Debug, Clone, Serialize)]
pub struct HomeItem {
    pub id: i64,
    pub name: String,
    pub country: String,
    pub round: String,
    pub date: String,
    /// The date as the interface language writes it (02/12/2026, 02.12.2026, 2026-12-02).
    pub date_label: String,
    pub status: Status,
    pub status_label: String,
    pub completion_label: String,
    pub percent: u32,
    /// The question asked before deleting it, with its title.
    pub delete_question: String,
    /// "{ $count } answers carried over, not reviewed", while a round started from the last
    /// one has answers waiting for a person.
    pub carried_label: Option<String>,
}

pub fn home(db: &Db, l: &Localizer) -> Result<Vec<HomeItem>> {
    let carried = db.carried_counts()?;
    Ok(db
        .list()?
        .into_iter()
        .map(|a| {
            let name = assessment_title(l, &a.country, &a.round);
            HomeItem {
                id: a.id,
                delete_question: l.format("ui-delete-confirm", &[arg("name", &name)]),
                name,
                status_label: l.text(&format!("status-{}", a.status.as_str())),
                completion_label: l.format(
                    "ui-walk-completion",
                    &[
                        num("answered", a.answered as f64),
                        num("total", a.total as f64),
                    ],
                ),
                percent: (a.answered * 100).checked_div(a.total).unwrap_or(0) as u32,
                carried_label: carried
                    .get(&a.id)
                    .map(|n| l.format("ui-home-carried", &[num("count", *n as f64)])),
                country: a.country,
                round: a.round,
                date_label: l.date(&a.date),
                date: a.date,
                status: a.status,
            }
        })
        .collect())
}

#[derive(Debug, Clone, Serialize)]
pub struct FrameworkOption {
    pub id: String,
    pub version: String,
    pub name: String,
    /// Name and version, as the form lists it.
    pub label: String,
}

pub fn frameworks(l: &Localizer) -> Vec<FrameworkOption> {
    framework::builtin()
        .iter()
        .map(|f| FrameworkOption {
            label: l.format(
                "framework-with-version",
                &[
                    arg("name", l.text(&f.name_key())),
                    arg("version", &f.version),
                ],
            ),
            name: l.text(&f.name_key()),
            id: f.id.clone(),
            version: f.version.clone(),
        })
        .collect()
}

/// What the New assessment form sends.
#[derive(Debug, Clone, Deserialize)]
pub struct NewAssessmentInput {
    pub country: String,
    pub round: String,
    pub date: String,
    pub facilitator: String,
    /// One person per line: `name; organisation; role` (`；` and `؛` separate too).
    pub participants: String,
    pub framework_id: String,
    pub framework_version: String,
    pub language: String,
}

/// Creates an assessment. Country, round and facilitator are required (the error names the
/// missing field by its label in the reader's language); storage checks the rest.
pub fn create(db: &mut Db, input: &NewAssessmentInput) -> Result<i64> {
    validate::required("country", &input.country)?;
    validate::required("round", &input.round)?;
    validate::required("facilitator", &input.facilitator)?;
    // The date as typed in the interface language's order (or as stored); a text that is
    // not a date is left for storage to refuse by its field.
    let date = crate::i18n::parse_date_input(&input.date).unwrap_or_else(|| input.date.clone());
    let participants = parse_participants(&input.participants);
    // One transaction: an assessment is never left without the participants it was given.
    let a = db.create_assessment_with(
        &NewAssessment {
            country: input.country.clone(),
            round: input.round.clone(),
            date,
            facilitator: input.facilitator.clone(),
            framework: framework::FrameworkRef {
                id: input.framework_id.clone(),
                version: input.framework_version.clone(),
            },
            language: input.language.clone(),
        },
        &participants,
        input.facilitator.trim(),
    )?;
    Ok(a.id)
}

/// The participants as typed: one person a line, `name; organisation; role`, the fields
/// separated by the semicolon of the person's keyboard (";", Chinese "；", Arabic "؛"); empty
/// lines left out.
pub fn parse_participants(text: &str) -> Vec<Participant> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| {
            let mut parts = l.split([';', '；', '؛']).map(str::trim);
            Participant {
                name: parts.next().unwrap_or("").to_string(),
                organisation: parts.next().unwrap_or("").to_string(),
                role: parts.next().unwrap_or("").to_string(),
            }
        })
        .collect()
}

/// The participants as the form shows them for editing: one a line, `name; organisation;
/// role` with the semicolon of the interface's language, empty trailing fields left out.
pub fn participants_text(db: &Db, id: i64, l: &Localizer) -> Result<String> {
    let sep = l.text("participant-field-separator");
    Ok(db
        .load(id)?
        .participants
        .iter()
        .map(|p| {
            let mut fields = vec![p.name.as_str(), p.organisation.as_str(), p.role.as_str()];
            while fields.len() > 1 && fields.last().is_some_and(|f| f.is_empty()) {
                fields.pop();
            }
            fields.join(&sep)
        })
        .collect::<Vec<_>>()
        .join("\n"))
}

/// Changes the participant list after creation (the same text as the New form). Someone
/// who has rated or dissented cannot be removed (`rater-has-ratings`); a name kept keeps
/// its ratings (`Db::set_participants`).
pub fn edit_participants(db: &mut Db, id: i64, text: &str, actor: &str) -> Result<()> {
    db.set_participants(id, &parse_participants(text), actor)
}

/// The sample assessment in the database: its id and whether it was added just now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sample {
    pub id: i64,
    pub created: bool,
}

/// Adds the sample's rounds that are not there (the draft review first, so that it has the
/// lower row id, then the finalised baseline); says which is the review's id and whether it
/// was added just now.
pub fn add_sample(db: &mut Db) -> Result<Sample> {
    let mut latest = None;
    for data in exchange::sample_rounds()?.iter().rev() {
        let round = match db.find_uid(&data.assessment.uid)? {
            Some(id) => Sample { id, created: false },
            None => Sample {
                id: db.insert_data(data)?,
                created: true,
            },
        };
        latest.get_or_insert(round);
    }
    latest.ok_or_else(|| Error::NotAssessmentFile {
        path: "samples/".into(),
    })
}

/// Adds the sample assessment if it is not there; returns its id.
pub fn open_sample(db: &mut Db) -> Result<i64> {
    add_sample(db).map(|s| s.id)
}

/// On the very first start (no assessment, sample never offered), adds the sample and
/// returns its id, so that a new user lands on something to look at.
pub fn first_run(db: &mut Db) -> Result<Option<i64>> {
    if db.setting(SETTING_SAMPLE_OFFERED)?.is_some() {
        return Ok(None);
    }
    db.set_setting(SETTING_SAMPLE_OFFERED, "1")?;
    if !db.list()?.is_empty() {
        return Ok(None);
    }
    open_sample(db).map(Some)
}

/// Deletes an assessment after writing a backup file to `backup_dir`; returns its path.
pub fn delete_with_backup(db: &mut Db, id: i64, backup_dir: &Path) -> Result<PathBuf> {
    let a = db.assessment(id)?;
    std::fs::create_dir_all(backup_dir).map_err(|e| Error::io(backup_dir, &e))?;
    let stamp = now_utc().replace([':', '-'], "");
    let path = backup_dir.join(format!("{}-{stamp}{}", a.uid, exchange::EXTENSION));
    exchange::export_file(db, id, &path)?;
    // Only once the backup reads back whole is the assessment deleted.
    exchange::read_file(&path)?;
    db.delete_assessment(id)?;
    Ok(path)
}
