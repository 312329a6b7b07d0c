//! The questionnaire handed out before the workshop: for a framework (blank) or for an
//! assessment (its title and date on the cover; optionally pre-filled with the phases of the
//! country's round before it), written to a PDF file.

use std::path::Path;

use super::{assessment_title, framework_of};
use crate::error::{Error, Result};
use crate::framework;
use crate::i18n::{Lang, Localizer};
use crate::report::handout::{self, Handout, LastRound};
use crate::report::Paper;
use crate::storage::Db;

/// Whether `text` names a built-in framework (else it names an assessment).
pub fn is_framework(text: &str) -> bool {
    framework::builtin().iter().any(|f| f.id == text.trim())
}

/// Writes the blank questionnaire of a framework (its latest built-in version) as a PDF
/// (A4); `prefill` is refused: a framework has no earlier round. Returns the number of pages.
pub fn write_framework_handout(id: &str, lang: Lang, prefill: bool, path: &Path) -> Result<usize> {
    let fw = framework::latest(id.trim())?;
    if prefill {
        let l = Localizer::new(lang, false);
        return Err(Error::NoEarlierRound {
            title: l.text(&fw.name_key()),
        });
    }
    write(
        &Handout {
            fw,
            lang,
            paper: Paper::A4,
            title: None,
            date: None,
            last_round: None,
        },
        path,
    )
}

/// Writes the questionnaire of an assessment as a PDF (A4): its title and date on the
/// cover; `prefill` prints the phases of the country's round before it (refused for a first
/// round). Returns the number of pages.
pub fn write_handout(db: &Db, id: i64, lang: Lang, prefill: bool, path: &Path) -> Result<usize> {
    let l = Localizer::new(lang, false);
    let a = db.assessment(id)?;
    let fw = framework_of(&a)?;
    let title = assessment_title(&l, &a.country, &a.round);
    let last_round = if prefill {
        let previous =
            crate::compare::previous_round(db, id)?.ok_or_else(|| Error::NoEarlierRound {
                title: title.clone(),
            })?;
        let data = db.load(previous.id)?;
        Some(LastRound {
            round: previous.round,
            date: previous.date,
            phases: data
                .responses
                .iter()
                .filter_map(|r| r.current.map(|c| (r.indicator.clone(), c)))
                .collect(),
        })
    } else {
        None
    };
    write(
        &Handout {
            fw,
            lang,
            paper: Paper::A4,
            title: Some(title),
            date: Some(a.date),
            last_round,
        },
        path,
    )
}

fn write(h: &Handout, path: &Path) -> Result<usize> {
    let report = handout::render(h)?;
    crate::exchange::write_atomically(path, &report.pdf)?;
    Ok(report.pages)
}
