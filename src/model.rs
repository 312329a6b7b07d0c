//! Domain types of an assessment, shared by storage, the assessment file and the interfaces.

use serde::{Deserialize, Serialize};

use crate::framework::{CostClass, FrameworkRef, TimeFrame};
use crate::scoring::{Current, ScoreInput};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Draft,
    Finalised,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Finalised => "finalised",
        }
    }
    pub fn parse(s: &str) -> Option<Status> {
        match s {
            "draft" => Some(Status::Draft),
            "finalised" => Some(Status::Finalised),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
    pub fn parse(s: &str) -> Option<Confidence> {
        match s {
            "low" => Some(Confidence::Low),
            "medium" => Some(Confidence::Medium),
            "high" => Some(Confidence::High),
            _ => None,
        }
    }
}

/// What a team enters to create an assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewAssessment {
    pub country: String,
    pub round: String,
    /// ISO 8601 date, `YYYY-MM-DD`.
    pub date: String,
    pub facilitator: String,
    pub framework: FrameworkRef,
    /// Language tag of the assessment (report language by default).
    pub language: String,
}

/// Sign-off of a finalised assessment.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Approval {
    pub approver_name: Option<String>,
    pub approver_role: Option<String>,
    pub government_approved: bool,
    pub finalised_at: Option<String>,
    /// SHA-256 of the assessment content at finalisation.
    pub fingerprint: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// Local row id; not carried between computers.
    #[serde(skip)]
    pub id: i64,
    /// Stable identifier, the same on every computer.
    pub uid: String,
    pub country: String,
    pub round: String,
    pub date: String,
    pub facilitator: String,
    pub framework: FrameworkRef,
    pub language: String,
    pub status: Status,
    pub created_at: String,
    pub updated_at: String,
    #[serde(default)]
    pub approval: Approval,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    pub name: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub role: String,
}

/// The team's answer for one indicator.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Response {
    pub indicator: String,
    pub current: Option<Current>,
    pub target: Option<u8>,
    pub target_year: Option<u16>,
    #[serde(default)]
    pub rationale: String,
    pub confidence: Option<Confidence>,
}

impl Response {
    pub fn empty(indicator: &str) -> Response {
        Response {
            indicator: indicator.to_string(),
            ..Response::default()
        }
    }

    pub fn score_input(&self) -> ScoreInput {
        ScoreInput {
            current: self.current,
            target: self.target,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub indicator: String,
    pub title: String,
    /// A URL, a document reference or a file name.
    #[serde(default)]
    pub reference: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RoadmapStatus {
    Proposed,
    Planned,
    InProgress,
    Done,
    Dropped,
}

impl RoadmapStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RoadmapStatus::Proposed => "proposed",
            RoadmapStatus::Planned => "planned",
            RoadmapStatus::InProgress => "in-progress",
            RoadmapStatus::Done => "done",
            RoadmapStatus::Dropped => "dropped",
        }
    }
    pub fn parse(s: &str) -> Option<RoadmapStatus> {
        [
            RoadmapStatus::Proposed,
            RoadmapStatus::Planned,
            RoadmapStatus::InProgress,
            RoadmapStatus::Done,
            RoadmapStatus::Dropped,
        ]
        .into_iter()
        .find(|x| x.as_str() == s)
    }
}

/// One roadmap action. Items made from a framework template keep its id; text fields left
/// `None` show the template's text in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoadmapItem {
    /// Stable identifier, the same on every computer.
    pub uid: String,
    pub indicator: String,
    pub template: Option<String>,
    pub from_phase: u8,
    pub to_phase: u8,
    pub line: String,
    pub text: Option<String>,
    pub monitoring: Option<String>,
    pub timeframe: TimeFrame,
    pub responsible: String,
    pub priority: u8,
    pub cost: CostClass,
    pub status: RoadmapStatus,
    pub position: i64,
    /// Set once a person changed the item; regeneration never overwrites it.
    pub edited: bool,
}

/// One entry of the append-only change log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    pub at: String,
    pub actor: String,
    /// What changed, e.g. `response.current`, `assessment.country`, `roadmap.status`.
    pub what: String,
    /// Indicator code or roadmap item uid the change concerns, if any.
    pub subject: Option<String>,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// Everything of one assessment, as stored and as exchanged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssessmentData {
    pub assessment: Assessment,
    pub participants: Vec<Participant>,
    pub responses: Vec<Response>,
    pub evidence: Vec<Evidence>,
    pub roadmap: Vec<RoadmapItem>,
    pub change_log: Vec<Change>,
}

impl AssessmentData {
    pub fn score_inputs(&self) -> std::collections::BTreeMap<String, ScoreInput> {
        self.responses
            .iter()
            .map(|r| (r.indicator.clone(), r.score_input()))
            .collect()
    }
}

/// One line of the assessment list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AssessmentSummary {
    pub id: i64,
    pub uid: String,
    pub country: String,
    pub round: String,
    pub date: String,
    pub status: Status,
    pub framework: FrameworkRef,
    pub language: String,
    pub answered: usize,
    pub total: usize,
}

/// Checks a `YYYY-MM-DD` date (Gregorian, years 1900 to 2200).
pub fn is_valid_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok());
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    if !(1900..=2200).contains(&y) || !(1..=12).contains(&m) || d == 0 {
        return false;
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    d <= days[(m - 1) as usize]
}

/// Current UTC time as RFC 3339 (`2026-11-23T18:26:22Z`), without a date library.
pub fn now_utc() -> String {
    format_utc(now_secs())
}

/// Seconds since 1970-01-01 UTC.
pub fn now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

pub fn format_utc(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Civil-from-days (proleptic Gregorian), after H. Hinnant's public-domain algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked_for_real_calendar_days() {
        assert!(is_valid_date("2026-11-23"));
        assert!(is_valid_date("2024-02-29"), "leap year");
        assert!(!is_valid_date("2026-02-29"));
        assert!(!is_valid_date("2026-13-01"));
        assert!(!is_valid_date("23/11/2026"));
        assert!(!is_valid_date("2026-1-01"));
        for bad in ["2026-+1-01", "2026-01-+1", "+202-01-01", "2026-1é-01", "2026-01-0é", "２０２６-01-01"] {
            assert!(!is_valid_date(bad), "{bad}");
        }
    }

    #[test]
    fn utc_formatting_matches_known_instants() {
        assert_eq!(format_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(format_utc(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(format_utc(1_795_458_382), "2026-11-23T18:26:22Z");
    }
}
