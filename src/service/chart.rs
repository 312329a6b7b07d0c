//! Chart images of an assessment written to a file: `dhma chart` and "Save chart…" on the
//! dashboard. The picture is drawn by [`crate::chart_image`].

use std::path::Path;

use super::framework_of;
use crate::chart_image::{self, ChartKind, ImageFormat};
use crate::compare::Round;
use crate::error::Result;
use crate::i18n::{Lang, Localizer};
use crate::model::{Assessment, AssessmentData};
use crate::storage::Db;

/// Writes a chart of an assessment in the database, as the dashboard shows it (with the
/// country's previous round on the radar), in `lang`, to `path` (a temporary name, then
/// renamed: a failed write leaves no half file). The resolution is checked before anything
/// is read.
pub fn save_chart(
    db: &Db,
    id: i64,
    lang: Lang,
    kind: ChartKind,
    format: ImageFormat,
    dpi: u32,
    path: &Path,
) -> Result<()> {
    chart_image::check_dpi(dpi)?;
    let data = db.load(id)?;
    let previous = crate::compare::previous_round(db, id)?;
    write_chart(&data, previous.as_ref(), lang, kind, format, dpi, path)
}

/// Writes a chart of assessment data (from the database or a file) to `path`.
pub fn write_chart(
    data: &AssessmentData,
    previous: Option<&Round>,
    lang: Lang,
    kind: ChartKind,
    format: ImageFormat,
    dpi: u32,
    path: &Path,
) -> Result<()> {
    let fw = framework_of(&data.assessment)?;
    let scores = crate::scoring::score(fw, &data.score_inputs());
    // Isolating, as on screen: a round's name keeps its own direction inside a sentence.
    let l = Localizer::new(lang, true);
    let bytes = chart_image::chart_file_with(
        fw,
        &scores,
        previous,
        data.benchmark.as_ref(),
        &l,
        kind,
        format,
        dpi,
    )?;
    crate::fsutil::write_atomically(path, &bytes)
}

/// The file name offered for a chart: the assessment's, then the chart's name.
pub fn suggested_chart_name(a: &Assessment, kind: ChartKind, format: ImageFormat) -> String {
    super::suggested_file_name(a, &format!("-{}.{}", kind.name(), format.name()))
}
