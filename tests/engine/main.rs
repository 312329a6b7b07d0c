//! Integration tests of the core and the `dhma` command line, one module per area.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::unreachable,
    clippy::indexing_slicing,
    clippy::string_slice
)]

mod about;
mod chart_image;
mod cli;
mod content;
mod crash;
mod docx;
mod exchange;
mod exports;
mod follow_up;
mod gdhm;
mod hostile;
mod merge;
mod moving;
mod own_actions;
mod report;
mod rounds;
mod scoring;
mod service;
mod unusable;
mod workshop;

use std::collections::BTreeMap;

use dhma::framework::{self, Framework};
use dhma::scoring::{Current, ScoreInput};

pub fn gdhm() -> &'static Framework {
    framework::latest(framework::DEFAULT_FRAMEWORK).expect("built-in framework")
}

/// Answers from `(code, phase)` pairs; phase 0 stands for not applicable.
pub fn answers(pairs: &[(&str, u8)]) -> BTreeMap<String, ScoreInput> {
    pairs
        .iter()
        .map(|(c, p)| {
            let current = if *p == 0 {
                Current::NotApplicable
            } else {
                Current::Phase(*p)
            };
            (
                c.to_string(),
                ScoreInput {
                    current: Some(current),
                    target: None,
                },
            )
        })
        .collect()
}

/// Renames participant `i` everywhere the workshop names them (ratings, dissent, groups).
pub fn rename_participant(data: &mut dhma::model::AssessmentData, i: usize, name: &str) {
    use dhma::model::Rater;
    let old = std::mem::replace(&mut data.participants[i].name, name.to_string());
    let w = &mut data.workshop;
    for rater in w
        .ratings
        .iter_mut()
        .map(|r| &mut r.rater)
        .chain(w.dissents.iter_mut().map(|d| &mut d.rater))
    {
        if *rater == Rater::Participant(old.clone()) {
            *rater = Rater::Participant(name.to_string());
        }
    }
    for m in w.groups.iter_mut().flat_map(|g| g.members.iter_mut()) {
        if *m == old {
            *m = name.to_string();
        }
    }
}

/// The team's notes of what changed, written in the newer round of [`two_rounds_of_sample`].
pub const NOTE_1: &str = "The digital health steering committee now meets every quarter.";
pub const NOTE_3: &str = "The AI working group was dissolved in 2025.";

/// Two rounds of the sample's country, inserted into `db`, for the "what changed" tests:
/// an earlier round ("Baseline 2024", 2024-03-16) made from the sample with indicator 1 at
/// phase 2 (target 3), indicator 3 at phase 3 (target 3) and indicator 10 at phase 2, then
/// the sample itself with the team's notes on indicators 1 and 3. Returns (older, newer) ids.
///
/// By hand, leadership and governance (scored 1, 2, 3, 4): 2, 2, 3, 2 → 2.25 → phase 3,
/// then 3, 2, 1, 2 → 2.00 → phase 2; legislation (7, 8, 9, 10): 3, 2, 2, 2 → 2.25 → phase 3,
/// then 3, 2, 2, NA → 2.33 → phase 3, its target (4, 3, 3, and 2 for indicator 10 that has
/// none) 3.00 → phase 3, then (4, 3, 3) 3.33 → phase 4.
pub fn two_rounds_of_sample(db: &mut dhma::storage::Db) -> (i64, i64) {
    let mut older = dhma::exchange::sample().expect("sample");
    older.assessment.uid = "0f2c7a8e-4d1b-4c3e-9a55-2b8d6e1f0a24".into();
    older.assessment.round = "Baseline 2024".into();
    older.assessment.date = "2024-03-16".into();
    older.roadmap.clear();
    older.change_log.clear();
    older.workshop = Default::default();
    for r in &mut older.responses {
        match r.indicator.as_str() {
            "1" => (r.current, r.target) = (Some(Current::Phase(2)), Some(3)),
            "3" => (r.current, r.target) = (Some(Current::Phase(3)), Some(3)),
            "10" => (r.current, r.target) = (Some(Current::Phase(2)), None),
            _ => {}
        }
    }
    let mut newer = dhma::exchange::sample().expect("sample");
    for r in &mut newer.responses {
        match r.indicator.as_str() {
            "1" => r.change_note = NOTE_1.into(),
            "3" => r.change_note = NOTE_3.into(),
            _ => {}
        }
    }
    let old_id = db.insert_data(&older).expect("older round");
    let new_id = db.insert_data(&newer).expect("newer round");
    (old_id, new_id)
}
