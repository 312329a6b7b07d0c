//! DHMA core: framework model, scoring, storage, exchange formats and texts.
//!
//! The core never depends on Tauri; the desktop shell (`src-tauri`) and the `dhma` command
//! line are thin layers over it. See ARCHITECTURE.md for the code map and invariants.

pub mod about;
pub mod answers_csv;
pub mod assets;
pub mod backup;
pub mod changes;
pub mod chart_image;
pub mod charts;
pub mod compare;
pub mod consensus;
pub mod content;
pub mod error;
pub mod exchange;
pub mod export;
pub mod framework;
pub mod fsutil;
pub mod gdhm;
pub mod i18n;
pub mod linebreak;
pub mod merge;
pub mod model;
pub mod recovery;
pub mod report;
pub mod roadmap;
pub mod scoring;
pub mod service;
pub mod storage;
pub mod transfer;
pub mod validate;

pub use error::{Error, Result};
