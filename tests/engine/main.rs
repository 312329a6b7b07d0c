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
mod report;
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
