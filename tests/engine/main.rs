//! Integration tests of the core and the `dhma` command line, one module per area.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::unreachable,
    clippy::indexing_slicing,
    clippy::string_slice
)]

mod cli;
mod content;
mod crash;
mod exchange;
mod hostile;
mod merge;
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
