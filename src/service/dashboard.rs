//! The dashboard: scores, charts, exclusions, completeness; and the sign-off.

use serde::{Deserialize, Serialize};

use super::{assessment_title, framework_of};
use crate::charts;
use crate::error::{Error, Result};
use crate::framework::IndicatorText;
use crate::i18n::{arg, num, Localizer};
use crate::model::{now_utc, Approval, Status};
use crate::scoring;
use crate::storage::Db;

/// Who signs the assessment off.
#[derive(Debug, Clone, Deserialize)]
pub struct SignOff {
    pub approver_name: String,
    #[serde(default)]
    pub approver_role: String,
    #[serde(default)]
    pub government_approved: bool,
}

/// Finalises an assessment: every scored indicator needs a phase (or not applicable) and a
/// rationale, every answer carried over from the last round is reviewed, and an approver is
/// named. The assessment is locked and fingerprinted (the
/// SHA-256 of its assessment-file content), and a backup is made that is kept for ever.
pub fn finalise(
    db: &mut Db,
    id: i64,
    sign_off: &SignOff,
    actor: &str,
) -> Result<Option<crate::backup::BackupInfo>> {
    let data = db.load(id)?;
    let fw = framework_of(&data.assessment)?;
    crate::validate::required("approver", &sign_off.approver_name)?;
    let incomplete: Vec<String> = fw
        .indicators
        .iter()
        .filter(|i| i.is_scored())
        .filter(|i| {
            data.responses
                .iter()
                .find(|r| r.indicator == i.code)
                .is_none_or(|r| r.current.is_none() || r.rationale.trim().is_empty())
        })
        .map(|i| i.code.clone())
        .collect();
    if !incomplete.is_empty() {
        return Err(Error::NotReadyToFinalise {
            count: incomplete.len(),
            codes: incomplete,
        });
    }
    // Every answer carried over from the last round is reviewed first (checked again inside
    // the finalising transaction).
    let carried: Vec<String> = fw
        .indicators
        .iter()
        .filter(|i| {
            data.responses
                .iter()
                .any(|r| r.indicator == i.code && r.carried)
        })
        .map(|i| i.code.clone())
        .collect();
    if !carried.is_empty() {
        return Err(Error::CarriedNotReviewed {
            count: carried.len(),
            codes: carried,
        });
    }
    // `Db::finalise` computes the check code inside its transaction: the content as signed,
    // its last-change time being the finalisation time, so that it can be verified later.
    let approval = Approval {
        approver_name: Some(sign_off.approver_name.trim().to_string()),
        approver_role: Some(sign_off.approver_role.trim().to_string()).filter(|r| !r.is_empty()),
        government_approved: sign_off.government_approved,
        finalised_at: Some(now_utc()),
        fingerprint: None,
    };
    db.finalise(id, &approval, actor, crate::exchange::fingerprint)?;
    crate::backup::create(db, crate::backup::Reason::Finalised)
}

#[derive(Debug, Clone, Serialize)]
pub struct BlockRow {
    pub id: String,
    pub name: String,
    pub mean: Option<f64>,
    pub mean_label: String,
    pub phase_label: String,
    pub target_label: String,
    pub scored: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct DashboardView {
    pub title: String,
    /// The screen's heading: "Dashboard – { title }".
    pub heading: String,
    pub radar_svg: String,
    pub bars_svg: String,
    /// The spread of the ratings of every rated indicator, or `None` before any rating.
    pub spreads_svg: Option<String>,
    pub rows: Vec<BlockRow>,
    pub overall: BlockRow,
    /// Legend of the previous round's polygon, when the country has an earlier round.
    pub previous: Option<String>,
    /// The sign-off, once finalised ("Finalised on … by …"); `None` while a draft.
    pub finalised: Option<String>,
    pub excluded: Vec<String>,
    pub completeness_label: String,
    pub percent: u32,
    pub rule: String,
    /// Said under the table when an indicator with a phase has no target: it counts with its
    /// current phase as target, so the target shown is not only what the team set.
    pub target_note: Option<String>,
    /// Conflicts left by merging files, waiting for a person to settle them.
    pub conflicts_waiting: usize,
    /// "2 conflicts wait for a decision", or `None` when none waits.
    pub conflicts_label: Option<String>,
}

pub fn dashboard(db: &Db, id: i64, l: &Localizer) -> Result<DashboardView> {
    let data = db.load(id)?;
    let a = &data.assessment;
    let fw = framework_of(a)?;
    let scores = scoring::score(fw, &data.score_inputs());
    let title = assessment_title(l, &a.country, &a.round);
    let na = l.text("not-available");
    let mean_label = |m: Option<f64>| m.map(|m| l.decimal(m, 2)).unwrap_or_else(|| na.clone());
    let phase_label = |p: Option<u8>| p.map(|p| p.to_string()).unwrap_or_else(|| na.clone());
    let rows: Vec<BlockRow> = scores
        .blocks
        .iter()
        .map(|b| BlockRow {
            id: b.id.clone(),
            name: l.text(&fw.block_key(&b.id)),
            mean: b.mean,
            mean_label: mean_label(b.mean),
            phase_label: phase_label(b.phase),
            target_label: phase_label(b.target_phase),
            scored: l.list(&b.scored),
        })
        .collect();
    let excluded = scores
        .blocks
        .iter()
        .flat_map(|b| &b.excluded)
        .filter(|e| e.reason != scoring::ExclusionReason::SubIndicator)
        .map(|e| {
            l.format(
                "ui-dash-excluded-item",
                &[
                    arg("code", &e.code),
                    arg("title", l.text(&fw.key(&e.code, IndicatorText::Title))),
                    arg(
                        "reason",
                        l.text(&format!("exclusion-{}", e.reason.as_str())),
                    ),
                ],
            )
        })
        .collect();
    let previous = crate::compare::previous_round(db, id)?;
    let radar_svg =
        charts::screen_radar_svg(fw, &scores, previous.as_ref(), data.benchmark.as_ref(), l);
    let series = charts::with_benchmark(
        charts::radar_series(&scores, previous.as_ref(), l),
        &scores,
        data.benchmark.as_ref(),
        l,
    );
    let bars_svg = charts::screen_bars_svg(fw, &scores, l);
    let spread_items: Vec<charts::SpreadInput> = super::spreads(db, id, l)?
        .into_iter()
        .filter_map(|v| {
            let s = &v.spread;
            Some(charts::SpreadInput {
                min: s.min?,
                max: s.max?,
                median: s.median?,
                agreed: match v.agreed {
                    Some(crate::scoring::Current::Phase(p)) => Some(p),
                    _ => None,
                },
                discuss: s.discuss,
                code: v.indicator,
            })
        })
        .collect();
    let spreads_svg = (!spread_items.is_empty()).then(|| {
        charts::spreads_svg(
            &charts::spreads_layout(&spread_items, 416.0),
            &l.text("ui-dash-spread"),
            l.lang().is_rtl(),
        )
    });
    // The previous round's series comes first when there is one.
    let previous = previous.and(series.first()).map(|s| s.label.clone());
    let finalised = (a.status == Status::Finalised).then(|| {
        let ap = &a.approval;
        let approver = match (&ap.approver_name, &ap.approver_role) {
            (Some(n), Some(r)) => {
                l.format("ui-signoff-approver", &[arg("name", n), arg("role", r)])
            }
            (Some(n), None) => n.clone(),
            _ => String::new(),
        };
        let key = if ap.government_approved {
            "ui-signoff-finalised-government"
        } else {
            "ui-signoff-finalised"
        };
        l.format(
            key,
            &[
                arg(
                    "date",
                    l.time(ap.finalised_at.as_deref().unwrap_or_default()),
                ),
                arg("approver", approver),
                arg(
                    "fingerprint",
                    ap.fingerprint
                        .as_deref()
                        .unwrap_or_default()
                        .get(..16)
                        .unwrap_or_default(),
                ),
            ],
        )
    });
    let conflicts_waiting = db.conflicts(id)?.len();
    let conflicts_label = (conflicts_waiting > 0).then(|| {
        l.format(
            "ui-conflicts-waiting",
            &[num("count", conflicts_waiting as f64)],
        )
    });
    let no_target = data.score_inputs().iter().any(|(code, input)| {
        matches!(input.current, Some(scoring::Current::Phase(_)))
            && input.target.is_none()
            && fw.indicator(code).is_some_and(|i| i.is_scored())
    });
    Ok(DashboardView {
        target_note: no_target.then(|| l.text("ui-dash-target-note")),
        conflicts_waiting,
        conflicts_label,
        heading: l.format("ui-dash-heading", &[arg("title", &title)]),
        title,
        previous,
        finalised,
        radar_svg,
        bars_svg,
        spreads_svg,
        overall: BlockRow {
            id: "overall".into(),
            name: l.text("overall"),
            mean: scores.overall.mean,
            mean_label: mean_label(scores.overall.mean),
            phase_label: phase_label(scores.overall.phase),
            target_label: phase_label(scores.overall.target_phase),
            scored: String::new(),
        },
        rows,
        excluded,
        completeness_label: l.format(
            "ui-walk-completion",
            &[
                num("answered", scores.answered as f64),
                num("total", scores.total as f64),
            ],
        ),
        percent: (scores.answered * 100)
            .checked_div(scores.total)
            .unwrap_or(0) as u32,
        rule: l.text("scoring-rule"),
    })
}
