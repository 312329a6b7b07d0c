//! `participant,indicator,phase[,comment]` CSV of ratings collected before the workshop
//! (a survey, a spreadsheet): the columns in any order and case, phase 1 to 5 or NA,
//! participants matched by name ignoring case and surrounding spaces, unknown names added
//! as participants. All or nothing: the first bad line is the error, with its number, and
//! nothing is stored.

use std::collections::BTreeMap;

use serde::Serialize;

use super::framework_of;
use crate::answers_csv::malformed;
use crate::error::{Error, Result};
use crate::model::{name_key, Participant, Rater, Rating};
use crate::scoring::Current;
use crate::storage::Db;

/// What an import stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RatingsImported {
    pub ratings: usize,
    /// Names that were not participants yet and were added, in the order met.
    pub added: Vec<String>,
}

/// Reads and checks the CSV against the assessment (its framework and participants)
/// without storing anything: the ratings and the names to add.
pub fn parse_ratings_csv(db: &Db, id: i64, text: &str) -> Result<(Vec<Rating>, Vec<Participant>)> {
    let a = db.assessment(id)?;
    let fw = framework_of(&a)?;
    let known: BTreeMap<String, String> = db
        .load(id)?
        .participants
        .into_iter()
        .rev()
        .map(|p| (name_key(&p.name), p.name))
        .collect();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| malformed(&e, 1))?.clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let missing = |name: &str| Error::CsvMissingColumn {
        column: name.into(),
    };
    let [who, code, phase, comment] = crate::model::RATINGS_COLUMNS;
    let who_col = column(who).ok_or_else(|| missing(who))?;
    let code_col = column(code).ok_or_else(|| missing(code))?;
    let phase_col = column(phase).ok_or_else(|| missing(phase))?;
    let comment_col = column(comment);

    let mut ratings = Vec::new();
    let mut added: Vec<Participant> = Vec::new();
    let mut names: BTreeMap<String, String> = known;
    let mut first_line: BTreeMap<(String, String), u64> = BTreeMap::new();
    for record in reader.records() {
        let record = record.map_err(|e| malformed(&e, 0))?;
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        if record.iter().all(|f| f.is_empty()) {
            continue;
        }
        let who = record.get(who_col).unwrap_or("").trim();
        if who.is_empty() {
            return Err(Error::CsvBlankParticipant { line });
        }
        let code = record.get(code_col).unwrap_or("").to_string();
        if fw.indicator(&code).is_none() {
            return Err(Error::CsvUnknownIndicator { line, code });
        }
        let phase_text = record.get(phase_col).unwrap_or("");
        let phase = if phase_text.eq_ignore_ascii_case("NA") {
            Current::NotApplicable
        } else {
            match phase_text
                .parse::<u8>()
                .ok()
                .filter(|p| (1..=5).contains(p))
            {
                Some(p) => Current::Phase(p),
                None => {
                    return Err(Error::CsvBadPhase {
                        line,
                        field: "phase".into(),
                        value: phase_text.to_string(),
                    })
                }
            }
        };
        let key = name_key(who);
        let name = match names.get(&key) {
            Some(n) => n.clone(),
            None => {
                added.push(Participant {
                    name: who.to_string(),
                    organisation: String::new(),
                    role: String::new(),
                });
                names.insert(key.clone(), who.to_string());
                who.to_string()
            }
        };
        if let Some(first) = first_line.get(&(key.clone(), code.clone())) {
            return Err(Error::CsvRatedTwice {
                line,
                name,
                code,
                first: *first,
            });
        }
        first_line.insert((key, code.clone()), line);
        ratings.push(Rating {
            indicator: code,
            rater: Rater::Participant(name),
            phase,
            comment: comment_col
                .and_then(|c| record.get(c))
                .unwrap_or("")
                .to_string(),
        });
    }
    Ok((ratings, added))
}

/// Imports a ratings CSV into an assessment: checked whole first, then stored in one
/// transaction (new participants and every rating), or nothing is.
pub fn import_ratings_csv(
    db: &mut Db,
    id: i64,
    text: &str,
    actor: &str,
) -> Result<RatingsImported> {
    let (ratings, added) = parse_ratings_csv(db, id, text)?;
    db.import_ratings(id, &added, &ratings, actor)?;
    Ok(RatingsImported {
        ratings: ratings.len(),
        added: added.into_iter().map(|p| p.name).collect(),
    })
}

/// The JSON of `dhma ratings --format json`: per indicator of the framework, in order, its
/// count (ratings other than NA), minimum, maximum and median (null without any), the count
/// of each phase and of NA, the agreed phase (a number, "NA", or null) and the discuss flag.
pub fn ratings_json(db: &Db, id: i64) -> Result<serde_json::Value> {
    let l = crate::i18n::Localizer::new(crate::i18n::Lang::En, false);
    let list = super::spreads(db, id, &l)?;
    Ok(serde_json::Value::Array(
        list.iter()
            .map(|v| {
                let s = &v.spread;
                let mut counts = serde_json::Map::new();
                for (p, n) in (1..=5u8).zip(s.counts.iter()) {
                    counts.insert(p.to_string(), serde_json::json!(n));
                }
                counts.insert("NA".into(), serde_json::json!(s.not_applicable));
                serde_json::json!({
                    "indicator": v.indicator,
                    "count": s.count,
                    "min": s.min,
                    "max": s.max,
                    "median": s.median,
                    "counts": counts,
                    "agreed": v.agreed,
                    "discuss": s.discuss,
                })
            })
            .collect(),
    ))
}
