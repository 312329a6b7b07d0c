//! The report of an assessment, written to a file: the PDF, or the editable DOCX.

use std::path::Path;

use super::framework_of;
use crate::compare::Round;
use crate::error::Result;
use crate::i18n::Lang;
use crate::model::AssessmentData;
use crate::report::docx::ChartImages;
use crate::report::{Chart, Paper};
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
    data: AssessmentData,
    previous: Option<&Round>,
    lang: Lang,
    paper: Paper,
    path: &Path,
) -> Result<usize> {
    let data = with_roadmap(data)?;
    let today = crate::model::today_utc();
    let report = crate::report::render(&data, previous, lang, paper, &today)?;
    crate::exchange::write_atomically(path, &report.pdf)?;
    Ok(report.pages)
}

/// The report as an editable DOCX document (Word, LibreOffice) of an assessment in the
/// database: the PDF's sections, tables and charts, for a ministry to adapt before
/// publishing. Written atomically.
pub fn export_report_docx(db: &Db, id: i64, lang: Lang, paper: Paper, path: &Path) -> Result<()> {
    let data = db.load(id)?;
    let previous = crate::compare::previous_round(db, id)?;
    write_report_docx(data, previous.as_ref(), lang, paper, path)
}

/// [`export_report_docx`] of assessment data (from the database or a file).
pub fn write_report_docx(
    data: AssessmentData,
    previous: Option<&Round>,
    lang: Lang,
    paper: Paper,
    path: &Path,
) -> Result<()> {
    let bytes = render_report_docx(data, previous, lang, paper, &chart_images)?;
    crate::exchange::write_atomically(path, &bytes)
}

/// The DOCX report's bytes, with the charts' images from `charts`.
pub fn render_report_docx(
    data: AssessmentData,
    previous: Option<&Round>,
    lang: Lang,
    paper: Paper,
    charts: ChartImages<'_>,
) -> Result<Vec<u8>> {
    let data = with_roadmap(data)?;
    let today = crate::model::today_utc();
    crate::report::docx::render(&data, previous, lang, paper, &today, charts)
}

/// The PNG images of the report's charts in the DOCX: the dashboard's pictures
/// (`chart_image`), at 150 dpi.
fn chart_images(c: &Chart<'_>) -> Result<Option<Vec<u8>>> {
    let kind = match c.kind {
        crate::report::ChartKind::Radar => crate::chart_image::ChartKind::Radar,
        crate::report::ChartKind::Bars => crate::chart_image::ChartKind::Bars,
    };
    crate::chart_image::chart_png_with(c.fw, c.scores, c.previous, c.benchmark, c.l, kind, 150)
        .map(Some)
}

/// The assessment with a roadmap: the team's, or one proposed from the gaps.
fn with_roadmap(mut data: AssessmentData) -> Result<AssessmentData> {
    if data.roadmap.is_empty() {
        let fw = framework_of(&data.assessment)?;
        data.roadmap =
            crate::roadmap::merge(&[], crate::roadmap::propose(fw, &data.responses), |p| {
                crate::roadmap::proposed_uid(&data.assessment.uid, p)
            });
    }
    Ok(data)
}
