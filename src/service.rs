//! What the interfaces do, as plain functions over a [`Db`], returning view models whose
//! texts are already in the user's language. The desktop shell wraps each in a command; the
//! interface only renders them (no scoring, SQL or rule in `ui/`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::charts;
use crate::error::{Error, Result};
use crate::exchange;
use crate::framework::{self, Framework, IndicatorText, Scale};
use crate::i18n::{arg, Lang, Localizer, Texts};
use crate::model::*;
use crate::scoring::{self, Current};
use crate::storage::Db;

/// Setting keys.
pub const SETTING_LANGUAGE: &str = "language";
pub const SETTING_SAMPLE_OFFERED: &str = "sample-offered";

/// Every interface text of a language, for the screens' fixed labels.
#[derive(Debug, Clone, Serialize)]
pub struct UiTexts {
    pub lang: String,
    pub dir: &'static str,
    pub texts: BTreeMap<String, String>,
    /// Languages offered in the switcher: (code, own name).
    pub languages: Vec<(String, String)>,
}

/// Fixed labels (messages without variables) of `ui.ftl` and `common.ftl`.
pub fn ui_texts(lang: Lang) -> UiTexts {
    let l = Localizer::new(lang, true);
    let texts = Texts::embedded();
    let mut out = BTreeMap::new();
    for file in texts.files("en") {
        let top = file.path.matches('/').count() == 2;
        let wanted = file.path.ends_with("/ui.ftl") || file.path.ends_with("/common.ftl");
        if !(top && wanted) {
            continue;
        }
        for line in file.text.lines() {
            if let Some((key, _)) = line.split_once(" = ") {
                if key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                {
                    out.insert(key.to_string(), l.text(key));
                }
            }
        }
    }
    UiTexts {
        lang: lang.code().into(),
        dir: if lang.is_rtl() { "rtl" } else { "ltr" },
        texts: out,
        languages: Lang::ALL
            .iter()
            .map(|x| {
                (
                    x.code().to_string(),
                    Localizer::new(*x, false).text("language-name"),
                )
            })
            .collect(),
    }
}

/// The interface language stored in the database (English if none).
pub fn language(db: &Db) -> Lang {
    db.setting(SETTING_LANGUAGE)
        .ok()
        .flatten()
        .and_then(|l| Lang::parse(&l))
        .unwrap_or(Lang::En)
}

pub fn set_language(db: &mut Db, lang: &str) -> Result<Lang> {
    let l: Lang = lang.parse()?;
    db.set_setting(SETTING_LANGUAGE, l.code())?;
    Ok(l)
}

#[derive(Debug, Clone, Serialize)]
pub struct HomeItem {
    pub id: i64,
    pub name: String,
    pub country: String,
    pub round: String,
    pub date: String,
    pub status: Status,
    pub status_label: String,
    pub completion_label: String,
    pub percent: u32,
}

pub fn home(db: &Db, l: &Localizer) -> Result<Vec<HomeItem>> {
    Ok(db
        .list()?
        .into_iter()
        .map(|a| HomeItem {
            id: a.id,
            name: format!("{} – {}", a.country, a.round),
            status_label: l.text(&format!("status-{}", a.status.as_str())),
            completion_label: l.format(
                "ui-walk-completion",
                &[arg("answered", a.answered), arg("total", a.total)],
            ),
            percent: (a.answered * 100).checked_div(a.total).unwrap_or(0) as u32,
            country: a.country,
            round: a.round,
            date: a.date,
            status: a.status,
        })
        .collect())
}

#[derive(Debug, Clone, Serialize)]
pub struct FrameworkOption {
    pub id: String,
    pub version: String,
    pub name: String,
}

pub fn frameworks(l: &Localizer) -> Vec<FrameworkOption> {
    framework::builtin()
        .iter()
        .map(|f| FrameworkOption {
            name: l.text(&f.name_key()),
            id: f.id.clone(),
            version: f.version.clone(),
        })
        .collect()
}

/// What the New assessment form sends.
#[derive(Debug, Clone, Deserialize)]
pub struct NewAssessmentInput {
    pub country: String,
    pub round: String,
    pub date: String,
    pub facilitator: String,
    /// One person per line: `name; organisation; role`.
    pub participants: String,
    pub framework_id: String,
    pub framework_version: String,
    pub language: String,
}

pub fn create(db: &mut Db, input: &NewAssessmentInput) -> Result<i64> {
    let participants: Vec<Participant> = input
        .participants
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| {
            let mut parts = l.split(';').map(str::trim);
            Participant {
                name: parts.next().unwrap_or("").to_string(),
                organisation: parts.next().unwrap_or("").to_string(),
                role: parts.next().unwrap_or("").to_string(),
            }
        })
        .collect();
    let a = db.create_assessment(
        &NewAssessment {
            country: input.country.clone(),
            round: input.round.clone(),
            date: input.date.clone(),
            facilitator: input.facilitator.clone(),
            framework: framework::FrameworkRef {
                id: input.framework_id.clone(),
                version: input.framework_version.clone(),
            },
            language: input.language.clone(),
        },
        input.facilitator.trim(),
    )?;
    if !participants.is_empty() {
        db.set_participants(a.id, &participants, input.facilitator.trim())?;
    }
    Ok(a.id)
}

/// Adds the sample assessment if it is not there; returns its id.
pub fn open_sample(db: &mut Db) -> Result<i64> {
    let data = exchange::sample()?;
    match db.find_uid(&data.assessment.uid)? {
        Some(id) => Ok(id),
        None => db.insert_data(&data),
    }
}

/// On the very first start (no assessment, sample never offered), adds the sample and
/// returns its id, so that a new user lands on something to look at.
pub fn first_run(db: &mut Db) -> Result<Option<i64>> {
    if db.setting(SETTING_SAMPLE_OFFERED)?.is_some() {
        return Ok(None);
    }
    db.set_setting(SETTING_SAMPLE_OFFERED, "1")?;
    if !db.list()?.is_empty() {
        return Ok(None);
    }
    open_sample(db).map(Some)
}

/// Deletes an assessment after writing a backup file to `backup_dir`; returns its path.
pub fn delete_with_backup(db: &mut Db, id: i64, backup_dir: &Path) -> Result<PathBuf> {
    let a = db.assessment(id)?;
    std::fs::create_dir_all(backup_dir).map_err(|e| Error::io(backup_dir, &e))?;
    let stamp = now_utc().replace([':', '-'], "");
    let path = backup_dir.join(format!("{}-{stamp}{}", a.uid, exchange::EXTENSION));
    exchange::export_file(db, id, &path)?;
    // Only once the backup reads back whole is the assessment deleted.
    exchange::read_file(&path)?;
    db.delete_assessment(id)?;
    Ok(path)
}

#[derive(Debug, Clone, Serialize)]
pub struct WalkItem {
    pub code: String,
    pub title: String,
    pub scored: bool,
    /// `answered`, `na` or `empty`.
    pub state: &'static str,
    pub state_label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct WalkBlock {
    pub id: String,
    pub name: String,
    pub indicators: Vec<WalkItem>,
}

#[derive(Debug, Clone, Serialize)]
pub struct WalkView {
    pub id: i64,
    pub title: String,
    pub framework_name: String,
    pub locked: bool,
    pub answered: usize,
    pub total: usize,
    pub completion_label: String,
    pub blocks: Vec<WalkBlock>,
}

fn framework_of(a: &Assessment) -> Result<&'static Framework> {
    framework::find(&a.framework.id, &a.framework.version)
}

pub fn walk(db: &Db, id: i64, l: &Localizer) -> Result<WalkView> {
    let a = db.assessment(id)?;
    let fw = framework_of(&a)?;
    let responses: BTreeMap<String, Response> = db
        .responses(id)?
        .into_iter()
        .map(|r| (r.indicator.clone(), r))
        .collect();
    let mut answered = 0;
    let blocks = fw
        .blocks
        .iter()
        .map(|b| WalkBlock {
            id: b.id.clone(),
            name: l.text(&fw.block_key(&b.id)),
            indicators: fw
                .indicators_of(&b.id)
                .map(|i| {
                    let state = match responses.get(&i.code).and_then(|r| r.current) {
                        Some(Current::Phase(_)) => "answered",
                        Some(Current::NotApplicable) => "na",
                        None => "empty",
                    };
                    if state != "empty" {
                        answered += 1;
                    }
                    WalkItem {
                        code: i.code.clone(),
                        title: l.text(&fw.key(&i.code, IndicatorText::Title)),
                        scored: i.is_scored(),
                        state,
                        state_label: l.text(&format!("ui-walk-state-{state}")),
                    }
                })
                .collect(),
        })
        .collect();
    let total = fw.indicators.len();
    Ok(WalkView {
        id,
        title: format!("{} – {}", a.country, a.round),
        framework_name: l.text(&fw.name_key()),
        locked: a.status == Status::Finalised,
        answered,
        total,
        completion_label: l.format(
            "ui-walk-completion",
            &[arg("answered", answered), arg("total", total)],
        ),
        blocks,
    })
}

#[derive(Debug, Clone, Serialize)]
pub struct PhaseOption {
    pub phase: u8,
    pub name: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct EvidenceRow {
    pub row: i64,
    pub title: String,
    pub reference: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndicatorView {
    pub code: String,
    pub title: String,
    pub block_name: String,
    pub question: String,
    pub guidance: String,
    pub scored: bool,
    pub banded: bool,
    pub phases: Vec<PhaseOption>,
    pub evidence_examples: Vec<String>,
    pub response: Response,
    pub evidence: Vec<EvidenceRow>,
    pub previous: Option<String>,
    pub next: Option<String>,
    pub locked: bool,
}

pub fn indicator(db: &Db, id: i64, code: &str, l: &Localizer) -> Result<IndicatorView> {
    let a = db.assessment(id)?;
    let fw = framework_of(&a)?;
    let ind = fw.indicator(code).ok_or_else(|| Error::UnknownIndicator {
        code: code.to_string(),
    })?;
    let pos = fw
        .indicators
        .iter()
        .position(|i| i.code == code)
        .unwrap_or(0);
    let response = db
        .responses(id)?
        .into_iter()
        .find(|r| r.indicator == code)
        .unwrap_or_else(|| Response::empty(code));
    Ok(IndicatorView {
        code: code.to_string(),
        title: l.text(&fw.key(code, IndicatorText::Title)),
        block_name: l.text(&fw.block_key(&ind.block)),
        question: l.text(&fw.key(code, IndicatorText::Question)),
        guidance: l.text(&fw.key(code, IndicatorText::Guidance)),
        scored: ind.is_scored(),
        // Band indicators state their band in every phase text.
        banded: matches!(ind.scale, Scale::Bands(_)),
        phases: (1..=5)
            .map(|p| PhaseOption {
                phase: p,
                name: format!(
                    "{} – {}",
                    l.format("phase-label", &[arg("phase", p)]),
                    l.text(&format!("phase-{p}-name"))
                ),
                text: l.text(&fw.key(code, IndicatorText::Phase(p))),
            })
            .collect(),
        evidence_examples: (1..=ind.evidence_examples)
            .map(|n| l.text(&fw.key(code, IndicatorText::Evidence(n))))
            .collect(),
        response,
        evidence: db
            .evidence_of(id, code)?
            .into_iter()
            .map(|(row, e)| EvidenceRow {
                row,
                title: e.title,
                reference: e.reference,
            })
            .collect(),
        previous: pos.checked_sub(1).map(|p| fw.indicators[p].code.clone()),
        next: fw.indicators.get(pos + 1).map(|i| i.code.clone()),
        locked: a.status == Status::Finalised,
    })
}

/// What a save returns: when it was stored and the new completion.
#[derive(Debug, Clone, Serialize)]
pub struct Saved {
    pub saved_at: String,
    pub answered: usize,
    pub total: usize,
    pub completion_label: String,
}

/// What a save tells the screen: the completion counted as the walk counts it (a phase or
/// not applicable), without building the whole walk (this runs after every answer).
fn saved(db: &Db, id: i64, fw: &Framework, l: &Localizer) -> Result<Saved> {
    let responses = db.responses(id)?;
    let answered = fw
        .indicators
        .iter()
        .filter(|i| {
            responses
                .iter()
                .any(|r| r.indicator == i.code && r.current.is_some())
        })
        .count();
    let total = fw.indicators.len();
    Ok(Saved {
        saved_at: now_utc(),
        answered,
        total,
        completion_label: l.format(
            "ui-walk-completion",
            &[arg("answered", answered), arg("total", total)],
        ),
    })
}

/// Checks an answer against the framework and stores it at once (autosave).
pub fn save_response(
    db: &mut Db,
    id: i64,
    response: &Response,
    actor: &str,
    l: &Localizer,
) -> Result<Saved> {
    let a = db.assessment(id)?;
    let fw = framework_of(&a)?;
    crate::validate::response(fw, response)?;
    db.save_response(id, response, actor)?;
    // The answer is stored; a failed hourly backup must not make it look unsaved.
    if let Err(e) = crate::backup::hourly(db) {
        eprintln!("DHMA: the hourly backup could not be made: {e}");
    }
    saved(db, id, fw, l)
}

/// One backup as the Backups screen shows it.
#[derive(Debug, Clone, Serialize)]
pub struct BackupRow {
    pub name: String,
    pub time_label: String,
    pub reason_label: String,
    pub assessments_label: String,
    pub size_label: String,
    /// Never deleted by rotation (made at finalisation, or a file set aside).
    pub kept: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct BackupsView {
    pub intro: String,
    pub rows: Vec<BackupRow>,
}

/// `2026-12-01T14:03:15Z` → `2026-12-01 14:03 UTC`.
pub fn time_label(utc: &str) -> String {
    match (utc.get(..10), utc.get(11..16)) {
        (Some(day), Some(time)) => format!("{day} {time} UTC"),
        _ => utc.to_string(),
    }
}

/// The backups of the database at `db_path`, newest first, labelled in the user's language.
pub fn backups(db_path: &Path, l: &Localizer) -> Result<BackupsView> {
    let rows = crate::backup::list(db_path)?
        .into_iter()
        .map(|b| BackupRow {
            time_label: time_label(&b.created_at),
            reason_label: l.text(&format!("backup-reason-{}", b.reason.as_str())),
            assessments_label: b
                .assessments
                .map_or_else(|| l.text("not-available"), |n| n.to_string()),
            size_label: l.format("ui-backups-size", &[arg("kib", b.bytes.div_ceil(1024))]),
            kept: b.reason.is_kept(),
            name: b.name,
        })
        .collect();
    Ok(BackupsView {
        intro: l.format(
            "ui-backups-intro",
            &[
                arg("dir", crate::backup::dir_for(db_path).display()),
                arg("keep", crate::backup::KEEP),
            ],
        ),
        rows,
    })
}

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
/// rationale, and an approver is named. The assessment is locked and fingerprinted (the
/// SHA-256 of its assessment-file content), and a backup is made that is kept for ever.
pub fn finalise(
    db: &mut Db,
    id: i64,
    sign_off: &SignOff,
    actor: &str,
) -> Result<Option<crate::backup::BackupInfo>> {
    let data = db.load(id)?;
    let fw = framework_of(&data.assessment)?;
    if sign_off.approver_name.trim().is_empty() {
        return Err(Error::InvalidValue {
            field: "approver_name".into(),
            value: String::new(),
        });
    }
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
            codes: incomplete.join(", "),
        });
    }
    let fingerprint = Some(crate::exchange::fingerprint(&data)?);
    let approval = Approval {
        approver_name: Some(sign_off.approver_name.trim().to_string()),
        approver_role: Some(sign_off.approver_role.trim().to_string()).filter(|r| !r.is_empty()),
        government_approved: sign_off.government_approved,
        finalised_at: Some(now_utc()),
        fingerprint,
    };
    db.finalise(id, &approval, actor)?;
    crate::backup::create(db, crate::backup::Reason::Finalised)
}

pub fn add_evidence(db: &mut Db, id: i64, item: &Evidence, actor: &str) -> Result<()> {
    let a = db.assessment(id)?;
    let fw = framework_of(&a)?;
    if fw.indicator(&item.indicator).is_none() {
        return Err(Error::UnknownIndicator {
            code: item.indicator.clone(),
        });
    }
    if item.title.trim().is_empty() {
        return Err(Error::InvalidValue {
            field: "evidence".into(),
            value: String::new(),
        });
    }
    db.add_evidence(id, item, actor)
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
    pub radar_svg: String,
    pub bars_svg: String,
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
}

pub fn dashboard(db: &Db, id: i64, l: &Localizer) -> Result<DashboardView> {
    let data = db.load(id)?;
    let a = &data.assessment;
    let fw = framework_of(a)?;
    let scores = scoring::score(fw, &data.score_inputs());
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
    let labels: Vec<String> = rows.iter().map(|r| r.name.clone()).collect();
    let previous = crate::compare::previous_round(db, id)?;
    let series = radar_series(&scores, previous.as_ref(), l);
    let complete: Vec<bool> = scores.blocks.iter().map(|b| b.mean.is_some()).collect();
    let layout = charts::radar_layout(&labels, &series, 680.0, 520.0);
    let radar_svg = charts::radar_svg(
        &layout,
        &l.text("ui-dash-radar"),
        &complete,
        l.lang().is_rtl(),
    );
    let bars = charts::bars_layout(
        &labels,
        &scores.blocks.iter().map(|b| b.mean).collect::<Vec<_>>(),
        &scores
            .blocks
            .iter()
            .map(|b| b.target_mean)
            .collect::<Vec<_>>(),
        620.0,
    );
    let bars_svg = charts::bars_svg(&bars, &l.text("report-scores"), l.lang().is_rtl());
    // The previous round's series comes first when there is one.
    let previous = previous.and(series.first()).map(|s| s.label.clone());
    let finalised = (a.status == Status::Finalised).then(|| {
        let ap = &a.approval;
        let approver = match (&ap.approver_name, &ap.approver_role) {
            (Some(n), Some(r)) => format!("{n} ({r})"),
            (Some(n), None) => n.clone(),
            _ => String::new(),
        };
        let mut text = l.format(
            "ui-signoff-finalised",
            &[
                arg(
                    "date",
                    time_label(ap.finalised_at.as_deref().unwrap_or_default()),
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
        );
        if ap.government_approved {
            text.push(' ');
            text.push_str(&l.text("ui-signoff-government-yes"));
        }
        text
    });
    Ok(DashboardView {
        title: format!("{} – {}", a.country, a.round),
        previous,
        finalised,
        radar_svg,
        bars_svg,
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
            &[arg("answered", scores.answered), arg("total", scores.total)],
        ),
        percent: (scores.answered * 100)
            .checked_div(scores.total)
            .unwrap_or(0) as u32,
        rule: l.text("scoring-rule"),
    })
}

/// Localizer for a language (isolation marks on: the webview handles them).
pub fn localizer(lang: Lang) -> Localizer {
    Localizer::new(lang, true)
}

// ---- roadmap ------------------------------------------------------------------------

#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct RoadmapRow {
    pub uid: String,
    pub indicator: String,
    pub indicator_title: String,
    pub step_label: String,
    pub text: String,
    pub monitoring: String,
    pub timeframe: String,
    pub responsible: String,
    pub priority: u8,
    pub cost: String,
    pub status: String,
    pub edited: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct RoadmapGroup {
    pub block: String,
    pub line: String,
    pub rows: Vec<RoadmapRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RoadmapView {
    pub title: String,
    pub locked: bool,
    pub groups: Vec<RoadmapGroup>,
    pub timeframes: Vec<Choice>,
    pub costs: Vec<Choice>,
    pub statuses: Vec<Choice>,
    pub priorities: Vec<Choice>,
    pub responsible: Vec<Choice>,
}

/// The text of a roadmap item in the reader's language: the team's own wording if they
/// wrote one, else the framework's.
pub fn item_text(fw: &Framework, item: &RoadmapItem, l: &Localizer) -> (String, String) {
    let template = item.template.as_ref().and_then(|t| {
        let ind = fw.indicator(&item.indicator)?;
        ind.actions.iter().find(|a| &a.id == t).map(|a| (ind, a))
    });
    let from_template = |monitor: bool| {
        template
            .map(|(ind, a)| {
                let key = if monitor {
                    IndicatorText::ActionMonitor {
                        step: a.step,
                        n: a.n,
                    }
                } else {
                    IndicatorText::Action {
                        step: a.step,
                        n: a.n,
                    }
                };
                l.text(&fw.key(&ind.code, key))
            })
            .unwrap_or_default()
    };
    (
        item.text.clone().unwrap_or_else(|| from_template(false)),
        item.monitoring
            .clone()
            .unwrap_or_else(|| from_template(true)),
    )
}

pub fn roadmap(db: &Db, id: i64, l: &Localizer) -> Result<RoadmapView> {
    let data = db.load(id)?;
    let fw = framework_of(&data.assessment)?;
    let mut groups: Vec<RoadmapGroup> = Vec::new();
    let items: Vec<&RoadmapItem> = data.roadmap.iter().collect();
    for (block, line, items) in crate::roadmap::by_action_line(fw, &items) {
        let rows = items
            .into_iter()
            .map(|i| {
                let (text, monitoring) = item_text(fw, i, l);
                RoadmapRow {
                    uid: i.uid.clone(),
                    indicator: i.indicator.clone(),
                    indicator_title: l.text(&fw.key(&i.indicator, IndicatorText::Title)),
                    step_label: l.format(
                        "roadmap-step",
                        &[arg("from", i.from_phase), arg("to", i.to_phase)],
                    ),
                    text,
                    monitoring,
                    timeframe: i.timeframe.as_str().into(),
                    responsible: i.responsible.clone(),
                    priority: i.priority,
                    cost: i.cost.as_str().into(),
                    status: i.status.as_str().into(),
                    edited: i.edited,
                }
            })
            .collect();
        groups.push(RoadmapGroup {
            block: l.text(&fw.block_key(block)),
            line: l.text(&fw.line_key(line)),
            rows,
        });
    }
    let choice = |id: &str, key: String| Choice {
        id: id.to_string(),
        label: l.text(&key),
    };
    Ok(RoadmapView {
        title: format!("{} – {}", data.assessment.country, data.assessment.round),
        locked: data.assessment.status == Status::Finalised,
        groups,
        timeframes: crate::framework::TimeFrame::ALL
            .iter()
            .map(|t| choice(t.as_str(), format!("timeframe-{}", t.as_str())))
            .collect(),
        costs: crate::framework::CostClass::ALL
            .iter()
            .map(|c| choice(c.as_str(), format!("cost-{}", c.as_str())))
            .collect(),
        statuses: ["proposed", "planned", "in-progress", "done", "dropped"]
            .iter()
            .map(|s| choice(s, format!("roadmap-status-{s}")))
            .collect(),
        priorities: (1..=3)
            .map(|p| choice(&p.to_string(), format!("priority-{p}")))
            .collect(),
        responsible: fw
            .responsible
            .iter()
            .map(|r| choice(r, fw.responsible_key(r)))
            .collect(),
    })
}

/// Proposes the framework's actions for the current gaps and merges them into the roadmap,
/// keeping every item a person edited. Returns the number of items.
pub fn regenerate_roadmap(db: &mut Db, id: i64, actor: &str) -> Result<usize> {
    let data = db.load(id)?;
    let fw = framework_of(&data.assessment)?;
    let proposal = crate::roadmap::propose(fw, &data.responses);
    let merged =
        crate::roadmap::merge(&data.roadmap, proposal, || uuid::Uuid::new_v4().to_string());
    db.replace_roadmap(id, &merged, "roadmap.regenerated", actor)?;
    Ok(merged.len())
}

/// A person's change to one roadmap item, as the interface sends it.
#[derive(Debug, Clone, Deserialize)]
pub struct RoadmapEdit {
    pub uid: String,
    pub text: String,
    pub monitoring: String,
    pub timeframe: String,
    pub responsible: String,
    pub priority: u8,
    pub cost: String,
    pub status: String,
}

pub fn edit_roadmap_item(
    db: &mut Db,
    id: i64,
    edit: &RoadmapEdit,
    actor: &str,
    l: &Localizer,
) -> Result<()> {
    let data = db.load(id)?;
    let fw = framework_of(&data.assessment)?;
    let item = data
        .roadmap
        .iter()
        .find(|i| i.uid == edit.uid)
        .ok_or_else(|| Error::InvalidValue {
            field: "roadmap".into(),
            value: edit.uid.clone(),
        })?;
    let invalid = |field: &str, value: &str| Error::InvalidValue {
        field: field.into(),
        value: value.into(),
    };
    let (template_text, template_monitor) = item_text(
        fw,
        &RoadmapItem {
            text: None,
            monitoring: None,
            ..item.clone()
        },
        l,
    );
    // Text equal to the framework's wording stays "from the framework" (so it follows the
    // reader's language); anything else is the team's own.
    let own = |value: &str, template: &str| {
        let v = value.trim();
        (v != template.trim() && !v.is_empty()).then(|| v.to_string())
    };
    let updated = RoadmapItem {
        text: own(&edit.text, &template_text),
        monitoring: own(&edit.monitoring, &template_monitor),
        timeframe: crate::framework::TimeFrame::parse(&edit.timeframe)
            .ok_or_else(|| invalid("timeframe", &edit.timeframe))?,
        responsible: fw
            .responsible
            .iter()
            .find(|r| **r == edit.responsible)
            .cloned()
            .ok_or_else(|| invalid("responsible", &edit.responsible))?,
        priority: Some(edit.priority)
            .filter(|p| (1..=3).contains(p))
            .ok_or_else(|| invalid("priority", &edit.priority.to_string()))?,
        cost: crate::framework::CostClass::parse(&edit.cost)
            .ok_or_else(|| invalid("cost", &edit.cost))?,
        status: RoadmapStatus::parse(&edit.status)
            .ok_or_else(|| invalid("status", &edit.status))?,
        ..item.clone()
    };
    db.update_roadmap_item(id, &updated, actor)
}

/// Moves an item up (`delta` < 0) or down within the roadmap order.
pub fn move_roadmap_item(db: &mut Db, id: i64, uid: &str, delta: i64, actor: &str) -> Result<()> {
    let mut items = db.load(id)?.roadmap;
    items.sort_by_key(|i| i.position);
    let Some(from) = items.iter().position(|i| i.uid == uid) else {
        return Err(Error::InvalidValue {
            field: "roadmap".into(),
            value: uid.into(),
        });
    };
    // Move past items of other action lines: swap with the nearest item of the same line.
    let line = items[from].line.clone();
    let mut to = from as i64;
    loop {
        to += delta.signum();
        if to < 0 || to >= items.len() as i64 {
            return Ok(());
        }
        if items[to as usize].line == line {
            break;
        }
    }
    items.swap(from, to as usize);
    for (i, item) in items.iter_mut().enumerate() {
        item.position = i as i64;
    }
    items[to as usize].edited = true;
    db.replace_roadmap(id, &items, "roadmap.reordered", actor)
}

/// A file name to suggest when saving an assessment: country and round, letters and digits
/// kept (any script), everything else a hyphen, then `extension` (e.g. ".pdf").
pub fn suggested_file_name(a: &Assessment, extension: &str) -> String {
    let name: String = format!("{} {}", a.country, a.round)
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("{name}{extension}")
}

/// The radar's series, shared by screen and report: the previous round when there is one
/// (furthest behind), the target, and the current phases in front.
pub fn radar_series(
    scores: &scoring::Scores,
    previous: Option<&crate::compare::Round>,
    l: &Localizer,
) -> Vec<charts::Series> {
    let mut series = Vec::with_capacity(3);
    if let Some(p) = previous {
        series.push(charts::Series {
            label: l.format("ui-dash-legend-previous", &[arg("round", &p.round)]),
            values: scores
                .blocks
                .iter()
                .map(|b| p.scores.block(&b.id).and_then(|pb| pb.mean))
                .collect(),
            colour: charts::PREVIOUS_COLOUR.into(),
            dashed: false,
        });
    }
    series.push(charts::Series {
        label: l.text("ui-dash-legend-target"),
        values: scores.blocks.iter().map(|b| b.target_mean).collect(),
        colour: charts::TARGET_COLOUR.into(),
        dashed: true,
    });
    series.push(charts::Series {
        label: l.text("ui-dash-legend-current"),
        values: scores.blocks.iter().map(|b| b.mean).collect(),
        colour: charts::CURRENT_COLOUR.into(),
        dashed: false,
    });
    series
}

/// Writes the PDF report of an assessment; a roadmap is proposed from the gaps if the team
/// has none yet. Returns the number of pages.
pub fn export_report(db: &Db, id: i64, lang: Lang, path: &Path) -> Result<usize> {
    let mut data = db.load(id)?;
    if data.roadmap.is_empty() {
        let fw = framework_of(&data.assessment)?;
        data.roadmap =
            crate::roadmap::merge(&[], crate::roadmap::propose(fw, &data.responses), || {
                uuid::Uuid::new_v4().to_string()
            });
    }
    let today = now_utc()[..10].to_string();
    let previous = crate::compare::previous_round(db, id)?;
    let report = crate::report::render(
        &data,
        previous.as_ref(),
        lang,
        crate::report::Paper::A4,
        &today,
    )?;
    crate::exchange::write_atomically(path, &report.pdf)?;
    Ok(report.pages)
}
