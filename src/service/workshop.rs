//! The workshop (issue 11): individual ratings, tallies, the spread of each indicator, the
//! agreed phase with its consensus note, dissent, and groups. Ratings never enter scoring:
//! agreeing a phase stores it as the response's current phase, through the autosave path.

use serde::Serialize;

use super::framework_of;
use crate::consensus::{self, Spread};
use crate::error::{Error, Result};
use crate::framework::{Framework, IndicatorText};
use crate::i18n::{arg, num, Localizer};
use crate::model::{Dissent, Group, Rater, Rating, Response};
use crate::scoring::Current;
use crate::storage::Db;

/// How many cards showed each phase (1 to 5) and "not applicable", for an anonymous vote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Tally {
    pub phases: [u32; 5],
    pub not_applicable: u32,
}

/// One bar of a distribution: a phase (or NA), its label, and how many ratings gave it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpreadBar {
    /// "1" … "5" or "NA".
    pub value: String,
    pub label: String,
    /// What is written under the bar: the phase's number, or the short "not applicable".
    pub short: String,
    pub count: usize,
    /// The bar read aloud: "Phase 2: 4 ratings".
    pub spoken: String,
}

/// One rating as shown: who (a name, or "Anonymous"), the phase, the comment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RatingView {
    pub rater: Rater,
    pub who: String,
    pub phase: Current,
    pub comment: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DissentView {
    pub rater: Rater,
    pub who: String,
    pub reason: String,
}

/// The spread of one indicator, for its page and the projector: the numbers, the bars,
/// and finished sentences.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpreadView {
    pub indicator: String,
    pub title: String,
    pub spread: Spread,
    pub bars: Vec<SpreadBar>,
    /// "5 ratings, from phase 2 to phase 4, median 3" (or "No ratings yet").
    pub summary: String,
    /// The sentence shown when the indicator is to be discussed.
    pub discuss_label: Option<String>,
    /// The median rounded down.
    pub proposed: Option<u8>,
    pub proposed_label: Option<String>,
    /// The agreed phase: the response's current phase.
    pub agreed: Option<Current>,
    /// Whether the current agreed phase needs a consensus note.
    pub needs_note: bool,
    pub note: Option<String>,
    pub ratings: Vec<RatingView>,
    pub dissents: Vec<DissentView>,
}

fn check_indicator(fw: &Framework, code: &str) -> Result<()> {
    match fw.indicator(code) {
        Some(_) => Ok(()),
        None => Err(Error::UnknownIndicator { code: code.into() }),
    }
}

fn check_phase(code: &str, phase: Current) -> Result<()> {
    match phase {
        Current::Phase(p) if !(1..=5).contains(&p) => Err(Error::PhaseOutOfRange {
            code: code.into(),
            field: "phase".into(),
            value: p.to_string(),
        }),
        _ => Ok(()),
    }
}

fn who(l: &Localizer, rater: &Rater) -> String {
    match rater {
        Rater::Participant(n) | Rater::Group(n) => n.clone(),
        Rater::Anonymous => l.text("ui-workshop-anonymous"),
    }
}

/// The spread of one indicator with everything the room sees about it.
pub fn spread_view(db: &Db, id: i64, code: &str, l: &Localizer) -> Result<SpreadView> {
    let a = db.assessment(id)?;
    let fw = framework_of(&a)?;
    check_indicator(fw, code)?;
    let ratings = db.ratings(id, code)?;
    let workshop = db.workshop(id)?;
    let agreed = db
        .responses(id)?
        .into_iter()
        .find(|r| r.indicator == code)
        .and_then(|r| r.current);
    let spread = consensus::spread(ratings.iter().map(|r| r.phase));
    Ok(view(fw, code, spread, agreed, &ratings, &workshop, l))
}

fn bar(l: &Localizer, value: String, label: String, count: usize) -> SpreadBar {
    let short = if value == "NA" {
        l.text("ui-workshop-na-short")
    } else {
        value.clone()
    };
    let spoken = l.format(
        "ui-workshop-bar",
        &[arg("label", label.clone()), num("count", count as f64)],
    );
    SpreadBar {
        value,
        label,
        short,
        count,
        spoken,
    }
}

fn view(
    fw: &Framework,
    code: &str,
    spread: Spread,
    agreed: Option<Current>,
    ratings: &[Rating],
    workshop: &crate::model::Workshop,
    l: &Localizer,
) -> SpreadView {
    let mut bars: Vec<SpreadBar> = (1..=5u8)
        .zip(spread.counts.iter())
        .map(|(p, n)| {
            bar(
                l,
                p.to_string(),
                l.format("ui-workshop-phase", &[num("phase", f64::from(p))]),
                *n,
            )
        })
        .collect();
    bars.push(bar(
        l,
        "NA".into(),
        l.text("ui-workshop-na"),
        spread.not_applicable,
    ));
    let summary = match (spread.min, spread.max, spread.median) {
        (Some(lo), Some(hi), Some(median)) => l.format(
            "ui-workshop-summary",
            &[
                num("count", spread.count as f64),
                num("min", f64::from(lo)),
                num("max", f64::from(hi)),
                arg(
                    "median",
                    l.decimal(median, if median.fract() == 0.0 { 0 } else { 1 }),
                ),
                num("na", spread.not_applicable as f64),
            ],
        ),
        _ => l.format(
            "ui-workshop-summary-none",
            &[num("na", spread.not_applicable as f64)],
        ),
    };
    let proposed = consensus::proposed(&spread);
    SpreadView {
        indicator: code.into(),
        title: l.text(&fw.key(code, IndicatorText::Title)),
        discuss_label: spread.discuss.then(|| l.text("ui-workshop-discuss")),
        proposed,
        proposed_label: proposed
            .map(|p| l.format("ui-workshop-proposed", &[num("phase", f64::from(p))])),
        agreed,
        needs_note: consensus::needs_note(&spread, agreed),
        note: workshop
            .notes
            .iter()
            .find(|n| n.indicator == code)
            .map(|n| n.note.clone()),
        ratings: ratings
            .iter()
            .map(|r| RatingView {
                rater: r.rater.clone(),
                who: who(l, &r.rater),
                phase: r.phase,
                comment: r.comment.clone(),
            })
            .collect(),
        dissents: workshop
            .dissents
            .iter()
            .filter(|d| d.indicator == code)
            .map(|d| DissentView {
                rater: d.rater.clone(),
                who: who(l, &d.rater),
                reason: d.reason.clone(),
            })
            .collect(),
        spread,
        bars,
        summary,
    }
}

/// The spread of every indicator of the framework, in framework order.
pub fn spreads(db: &Db, id: i64, l: &Localizer) -> Result<Vec<SpreadView>> {
    let a = db.assessment(id)?;
    let fw = framework_of(&a)?;
    let workshop = db.workshop(id)?;
    let responses = db.responses(id)?;
    Ok(fw
        .indicators
        .iter()
        .map(|i| {
            let ratings: Vec<Rating> = workshop
                .ratings
                .iter()
                .filter(|r| r.indicator == i.code)
                .cloned()
                .collect();
            let agreed = responses
                .iter()
                .find(|r| r.indicator == i.code)
                .and_then(|r| r.current);
            let spread = consensus::spread(ratings.iter().map(|r| r.phase));
            view(fw, &i.code, spread, agreed, &ratings, &workshop, l)
        })
        .collect())
}

/// The indicators to discuss (maximum − minimum ≥ 2), widest spread first, then in
/// framework order.
pub fn to_discuss(db: &Db, id: i64, l: &Localizer) -> Result<Vec<SpreadView>> {
    let mut list: Vec<SpreadView> = spreads(db, id, l)?
        .into_iter()
        .filter(|v| v.spread.discuss)
        .collect();
    let width = |v: &SpreadView| match (v.spread.min, v.spread.max) {
        (Some(lo), Some(hi)) => hi.saturating_sub(lo),
        _ => 0,
    };
    // Stable: equal widths keep framework order.
    list.sort_by_key(|v| std::cmp::Reverse(width(v)));
    Ok(list)
}

/// Sets one rating (a participant's or group's replaces theirs; an anonymous one is added).
pub fn set_rating(db: &mut Db, id: i64, rating: &Rating, actor: &str) -> Result<()> {
    let a = db.assessment(id)?;
    check_indicator(framework_of(&a)?, &rating.indicator)?;
    check_phase(&rating.indicator, rating.phase)?;
    let rating = Rating {
        comment: rating.comment.trim().into(),
        ..rating.clone()
    };
    db.set_rating(id, &rating, actor)
}

/// Removes a participant's or group's rating of one indicator (anonymous: the tally).
pub fn clear_rating(db: &mut Db, id: i64, code: &str, rater: &Rater, actor: &str) -> Result<()> {
    let a = db.assessment(id)?;
    check_indicator(framework_of(&a)?, code)?;
    db.clear_rating(id, code, rater, actor)
}

/// Replaces the anonymous ratings of one indicator with a tally of cards.
pub fn set_tally(db: &mut Db, id: i64, code: &str, tally: &Tally, actor: &str) -> Result<()> {
    let a = db.assessment(id)?;
    check_indicator(framework_of(&a)?, code)?;
    let mut phases = Vec::new();
    for (p, n) in (1..=5u8).zip(tally.phases.iter()) {
        phases.extend(std::iter::repeat_n(Current::Phase(p), *n as usize));
    }
    phases.extend(std::iter::repeat_n(
        Current::NotApplicable,
        tally.not_applicable as usize,
    ));
    db.set_tally(id, code, &phases, actor)
}

/// Agrees a phase for an indicator: stored as its current phase (the only value scoring
/// uses), with the consensus note; refused without a note when the ratings ask for one.
pub fn agree(
    db: &mut Db,
    id: i64,
    code: &str,
    agreed: Option<Current>,
    note: Option<&str>,
    actor: &str,
) -> Result<()> {
    let a = db.assessment(id)?;
    let fw = framework_of(&a)?;
    check_indicator(fw, code)?;
    let mut response = db
        .responses(id)?
        .into_iter()
        .find(|r| r.indicator == code)
        .unwrap_or_else(|| Response::empty(code));
    response.current = agreed;
    let response = crate::validate::stored_answer(&response);
    crate::validate::response(fw, &response)?;
    db.agree(id, &response, note.map(str::trim), actor)?;
    // Stored; as after any autosave, a failed hourly backup must not make it look unsaved.
    if let Err(e) = crate::backup::hourly(db) {
        eprintln!("DHMA: the hourly backup could not be made: {e}");
    }
    Ok(())
}

/// Records (or replaces) a participant's or group's dissent on an indicator.
pub fn record_dissent(db: &mut Db, id: i64, dissent: &Dissent, actor: &str) -> Result<()> {
    let a = db.assessment(id)?;
    check_indicator(framework_of(&a)?, &dissent.indicator)?;
    let dissent = Dissent {
        reason: dissent.reason.trim().into(),
        ..dissent.clone()
    };
    db.set_dissent(id, &dissent, actor)
}

pub fn remove_dissent(db: &mut Db, id: i64, code: &str, rater: &Rater, actor: &str) -> Result<()> {
    db.remove_dissent(id, code, rater, actor)
}

/// The groups of an assessment.
pub fn groups(db: &Db, id: i64) -> Result<Vec<Group>> {
    Ok(db.workshop(id)?.groups)
}

/// Creates a group (`old_name` `None`) or changes one; its blocks must be the framework's.
pub fn save_group(
    db: &mut Db,
    id: i64,
    old_name: Option<&str>,
    group: &Group,
    actor: &str,
) -> Result<()> {
    let a = db.assessment(id)?;
    let fw = framework_of(&a)?;
    for b in &group.blocks {
        if !fw.blocks.iter().any(|x| &x.id == b) {
            return Err(Error::InvalidValue {
                field: "block".into(),
                value: b.clone(),
            });
        }
    }
    let group = Group {
        name: group.name.trim().into(),
        members: group.members.iter().map(|m| m.trim().to_string()).collect(),
        blocks: group.blocks.clone(),
    };
    db.put_group(id, old_name, &group, actor)
}

/// Deletes a group that has neither rated nor dissented.
pub fn delete_group(db: &mut Db, id: i64, name: &str, actor: &str) -> Result<()> {
    db.delete_group(id, name, actor)
}

/// The names of an assessment's participants, in their order: the rows of the rating grid.
pub fn participant_names(db: &Db, id: i64) -> Result<Vec<String>> {
    Ok(db
        .load(id)?
        .participants
        .into_iter()
        .map(|p| p.name)
        .collect())
}

/// What a ratings CSV would store, shown before anything is: how many ratings, for how many
/// indicators, and which names would be added as new participants.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RatingsPreview {
    pub path: String,
    pub ratings: usize,
    pub indicators: usize,
    pub added: Vec<String>,
    /// "12 ratings for 4 indicators."
    pub summary: String,
    /// "New participants (2): Ana and Li", or `None` when every name is known.
    pub added_label: Option<String>,
}

/// Reads a ratings CSV as UTF-8; bytes that are not are a malformed line, with its number.
pub fn read_ratings_file(path: &std::path::Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, &e))?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let before = String::from_utf8_lossy(e.as_bytes().get(..valid).unwrap_or_default());
        Error::CsvMalformed {
            line: before.matches('\n').count() as u64 + 1,
            problem: crate::error::CsvProblem::NotUtf8,
            detail: e.to_string(),
        }
    })
}

/// Checks a ratings CSV against the assessment with the import's own rules and says what
/// it would store, storing nothing.
pub fn preview_ratings_csv(
    db: &Db,
    id: i64,
    path: &std::path::Path,
    l: &Localizer,
) -> Result<RatingsPreview> {
    let text = read_ratings_file(path)?;
    let (ratings, added) = super::parse_ratings_csv(db, id, &text)?;
    let indicators = ratings
        .iter()
        .map(|r| r.indicator.as_str())
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let added: Vec<String> = added.into_iter().map(|p| p.name).collect();
    Ok(RatingsPreview {
        path: path.display().to_string(),
        ratings: ratings.len(),
        indicators,
        summary: l.format(
            "ui-ratings-preview",
            &[
                num("count", ratings.len() as f64),
                num("indicators", indicators as f64),
            ],
        ),
        added_label: (!added.is_empty()).then(|| {
            l.format(
                "ui-ratings-preview-new",
                &[
                    num("count", added.len() as f64),
                    arg("names", l.list(&added)),
                ],
            )
        }),
        added,
    })
}

/// Imports a ratings CSV file (all or nothing, as `dhma ratings import`) and says what it did.
pub fn import_ratings_file(
    db: &mut Db,
    id: i64,
    path: &std::path::Path,
    actor: &str,
    l: &Localizer,
) -> Result<String> {
    let text = read_ratings_file(path)?;
    let done = super::import_ratings_csv(db, id, &text, actor)?;
    Ok(l.format("ui-ratings-imported", &[num("count", done.ratings as f64)]))
}

#[cfg(test)]
mod ratings_file_tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn the_preview_counts_ratings_indicators_and_new_names_and_stores_nothing() {
        let dir = tempfile::tempdir().expect("dir");
        let mut db = Db::open(&dir.path().join("w.sqlite3")).expect("db");
        let id = super::super::open_sample(&mut db).expect("sample");
        let before = db.load(id).expect("load");
        let known = before
            .participants
            .first()
            .expect("a participant")
            .name
            .clone();
        let file = dir.path().join("r.csv");
        let csv = format!(
            "participant,indicator,phase\n {} ,1,3\nZoe Newname,1,NA\nZoe Newname,2,4\n",
            known.to_uppercase()
        );
        std::fs::write(&file, csv).expect("write");
        let l = Localizer::new(Lang::En, false);
        let p = preview_ratings_csv(&db, id, &file, &l).expect("preview");
        assert_eq!((p.ratings, p.indicators), (3, 2));
        assert_eq!(p.added, vec!["Zoe Newname".to_string()]);
        assert_eq!(p.summary, "3 ratings for 2 indicators.");
        assert!(p
            .added_label
            .as_deref()
            .unwrap_or("")
            .contains("Zoe Newname"));
        assert_eq!(
            db.load(id).expect("load"),
            before,
            "the preview stored nothing"
        );

        std::fs::write(&file, "participant,indicator,phase\nA,1,3\nB,1,7\n").expect("write");
        let err = preview_ratings_csv(&db, id, &file, &l).expect_err("refused");
        assert_eq!(err.code(), "csv-bad-phase");
        assert!(err.localize(&l).contains('3'), "{}", err.localize(&l));
        std::fs::write(&file, b"participant,indicator,phase\nA,1,3\n\xff,1,3\n").expect("write");
        let err = preview_ratings_csv(&db, id, &file, &l).expect_err("refused");
        assert_eq!(err.code(), "csv-malformed");
        let err = import_ratings_file(&mut db, id, &file, "t", &l).expect_err("refused");
        assert_eq!(err.code(), "csv-malformed");
        assert_eq!(db.load(id).expect("load"), before, "nothing stored");
    }
}
