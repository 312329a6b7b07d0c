//! The PDF report of an assessment, written to a file.

use std::path::Path;

use super::framework_of;
use crate::compare::Round;
use crate::error::Result;
use crate::i18n::Lang;
use crate::model::AssessmentData;
use crate::report::Paper;
use crate::storage::Db;

/// Writes the PDF report (A4) of an assessment in the database, with the country's previous
/// round on the radar; a roadmap is proposed from the gaps if the team has none yet.
/// Returns the number of pages.
pub fn export_report(db: &Db, id: i64, lang: Lang, path: &Path) -> Result<usize> {
    export_report_on(db, id, lang, Paper::A4, path)
}

/// [`export_report`] on a chosen paper size.
pub fn export_report_on(db: &Db, id: i64, lang: Lang, paper: Paper, path: &Path) -> Result<usize> {
    let data = db.load(id)?;
    let previous = crate::compare::previous_round(db, id)?;
    write_report(data, previous.as_ref(), lang, paper, path)
}

/// Writes the PDF report of assessment data (from the database or a file); a roadmap is
/// proposed from the gaps if the team has none yet. Returns the number of pages.
pub fn write_report(
    mut data: AssessmentData,
    previous: Option<&Round>,
    lang: Lang,
    paper: Paper,
    path: &Path,
) -> Result<usize> {
    if data.roadmap.is_empty() {
        let fw = framework_of(&data.assessment)?;
        data.roadmap =
            crate::roadmap::merge(&[], crate::roadmap::propose(fw, &data.responses), |p| {
                crate::roadmap::proposed_uid(&data.assessment.uid, p)
            });
    }
    let today = crate::model::today_utc();
    let report = crate::report::render(&data, previous, lang, paper, &today)?;
    crate::exchange::write_atomically(path, &report.pdf)?;
    Ok(report.pages)
}
