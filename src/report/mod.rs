//! The PDF report (printpdf): cover, executive summary (`summary.rs`), radar and scores, one
//! section per building block, roadmap and timeline, method annex (`method.rs`), how the
//! team rated, sign-off; page numbers, running header,
//! bookmarks and document title; text shaped for every script (see `text.rs`). The same
//! sections also make an editable DOCX document (`docx.rs`), through the [`Sink`] trait.

pub mod acronyms;
mod build;
pub mod docx;
pub mod handout;
mod method;
pub mod page;
pub mod progress;
mod sink;
mod summary;
pub mod text;

pub use build::{render, sections, Report};
pub use page::Paper;
pub use sink::{Chart, ChartKind, Sink};
