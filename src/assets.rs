//! Content files embedded at build time by `build.rs`: `questionnaires/`, `locales/` and
//! `samples/`, as (path relative to the repository, text) pairs.

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
