//! The "Findings and recommendations" screen: the team's context of the assessment, and its
//! key findings and recommendations overall and per building block, autosaved one text at a
//! time and printed in the report in their places.

use serde::Serialize;

use crate::error::Result;
use crate::i18n::Localizer;
use crate::model::{now_utc, NarrativeKind, Status, OVERALL};
use crate::storage::Db;

use super::{assessment_title, framework_of};

/// One text field of the screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NarrativeField {
    pub kind: NarrativeKind,
    /// "Key findings", as the report heads it.
    pub label: String,
    /// The text as stored (empty: none).
    pub text: String,
}

/// The texts of one scope: the whole assessment, or one building block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NarrativeSection {
    /// `overall` or a block id.
    pub scope: String,
    /// "The whole assessment", or the block's name.
    pub title: String,
    pub fields: Vec<NarrativeField>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NarrativesView {
    /// The assessment's title ("Lusara, Mid-term review 2026").
    pub heading: String,
    /// Finalised: shown, not editable.
    pub locked: bool,
    /// The whole assessment first, then each block in the framework's order.
    pub sections: Vec<NarrativeSection>,
}

/// The screen: every text the team may write, with what is written.
pub fn narratives(db: &Db, id: i64, l: &Localizer) -> Result<NarrativesView> {
    let data = db.load(id)?;
    let a = &data.assessment;
    let fw = framework_of(a)?;
    let field = |scope: &str, kind: NarrativeKind| NarrativeField {
        kind,
        label: l.text(&format!("report-narrative-{}", kind.as_str())),
        text: data.narrative(scope, kind).unwrap_or_default().to_string(),
    };
    let mut sections = vec![NarrativeSection {
        scope: OVERALL.into(),
        title: l.text("narrative-scope-overall"),
        fields: NarrativeKind::ALL
            .into_iter()
            .map(|k| field(OVERALL, k))
            .collect(),
    }];
    for b in &fw.blocks {
        sections.push(NarrativeSection {
            scope: b.id.clone(),
            title: l.text(&fw.block_key(&b.id)),
            fields: [NarrativeKind::Findings, NarrativeKind::Recommendations]
                .into_iter()
                .map(|k| field(&b.id, k))
                .collect(),
        });
    }
    Ok(NarrativesView {
        heading: assessment_title(l, &a.country, &a.round),
        locked: a.status == Status::Finalised,
        sections,
    })
}

/// What a save tells the screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NarrativeSaved {
    pub saved_at: String,
    /// Whether the stored text changed.
    pub changed: bool,
}

/// Stores one text (autosave; a blank text removes it) after checking where it goes, with
/// its change-log entry, in one transaction ([`Db::set_narrative`]).
pub fn save_narrative(
    db: &mut Db,
    id: i64,
    scope: &str,
    kind: NarrativeKind,
    text: &str,
    actor: &str,
) -> Result<NarrativeSaved> {
    let a = db.assessment(id)?;
    crate::validate::narrative(framework_of(&a)?, scope, kind)?;
    let changed = db.set_narrative(id, scope, kind, text, actor)?;
    // The text is stored; a failed hourly backup must not make it look unsaved.
    if changed {
        if let Err(e) = crate::backup::hourly(db) {
            eprintln!("DHMA: the hourly backup could not be made: {e}");
        }
    }
    Ok(NarrativeSaved {
        saved_at: now_utc(),
        changed,
    })
}
