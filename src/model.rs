//! Domain types of an assessment, shared by storage, the assessment file and the interfaces.

use serde::{Deserialize, Serialize};
use time::format_description::BorrowedFormatItem;
use time::macros::format_description;
use time::{Date, OffsetDateTime, PrimitiveDateTime, UtcOffset};

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

/// Which "NA" a team means. Both are excluded from the GDHM-compatible score alike; the
/// report tells them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NaReason {
    /// The indicator does not apply to the country.
    NotApplicable,
    /// It applies, but the data to rate it is missing.
    NotAvailable,
}

impl NaReason {
    pub fn as_str(self) -> &'static str {
        match self {
            NaReason::NotApplicable => "not-applicable",
            NaReason::NotAvailable => "not-available",
        }
    }
    pub fn parse(s: &str) -> Option<NaReason> {
        match s {
            "not-applicable" => Some(NaReason::NotApplicable),
            "not-available" => Some(NaReason::NotAvailable),
            _ => None,
        }
    }
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
    /// Carried over from the previous round and not reviewed yet (format version 3).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub carried: bool,
    /// What changed since the previous round (format version 3).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub change_note: String,
    /// Which NA the team means when `current` is NA; `None`: not said (format version 4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub na_reason: Option<NaReason>,
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
    /// The indicator the action serves; empty for a cross-cutting action (format 6), which
    /// is then left out of files.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub indicator: String,
    /// The framework action (DHMA's template library) the item was made from; `None` for an
    /// action the team wrote.
    pub template: Option<String>,
    /// The step between phases the action moves the indicator by; `None` (left out of files,
    /// format 6) for an action of the team's without a step, and for a cross-cutting one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_phase: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_phase: Option<u8>,
    /// The action line, one of the indicator's block's; empty for a cross-cutting action
    /// (left out of files then).
    #[serde(default, skip_serializing_if = "String::is_empty")]
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
    /// The team's note on how the action is going: with the status, the follow-up that
    /// stays editable after sign-off. Left out of files when blank, so that the content
    /// (and the check code) of an assessment without notes is as before.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub progress: String,
    /// The building block of a cross-cutting action (no indicator); `None` for one across
    /// all blocks, and for an indicator's action (its block is the indicator's). Format 6,
    /// like every field below: each left out of files when blank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub block: Option<String>,
    /// The year the action starts and the year it ends (end ≥ start).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_year: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_year: Option<u16>,
    /// The estimated budget, in a currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<Budget>,
    /// The monitoring indicator's baseline and target values, as the team writes them.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub baseline: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub monitoring_target: String,
}

/// The first and last year an action's start and end may name.
pub const ROADMAP_YEARS: std::ops::RangeInclusive<u16> = 2000..=2100;

impl RoadmapItem {
    /// Whether the team wrote the action (not made from DHMA's template library).
    pub fn is_own(&self) -> bool {
        self.template.is_none()
    }
    /// A cross-cutting action: tied to no indicator.
    pub fn is_cross_cutting(&self) -> bool {
        self.indicator.is_empty()
    }
    /// The first field of this item that format version 6 added (with its value set), for
    /// refusing it in a file of an older version.
    pub fn format_6_field(&self) -> Option<&'static str> {
        [
            ("indicator", self.indicator.is_empty()),
            ("from_phase", self.from_phase.is_none()),
            ("to_phase", self.to_phase.is_none()),
            ("line", self.line.is_empty()),
            ("block", self.block.is_some()),
            ("start_year", self.start_year.is_some()),
            ("end_year", self.end_year.is_some()),
            ("budget", self.budget.is_some()),
            ("baseline", !self.baseline.is_empty()),
            ("monitoring_target", !self.monitoring_target.is_empty()),
        ]
        .into_iter()
        .find_map(|(field, used)| used.then_some(field))
    }
}

/// An estimated budget: a non-negative amount as decimal text (digits, then at most two
/// decimals after a point: never a float) in an ISO 4217 currency (three capital letters).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    pub amount: String,
    pub currency: String,
}

impl Budget {
    /// The amount as a person typed it, normalised: spaces (grouping) left out, a decimal
    /// comma read as a point, Arabic-Indic and full-width digits as ASCII; `None` unless it
    /// is a non-negative number with at most 15 digits before and 2 after the separator.
    pub fn parse_amount(typed: &str) -> Option<String> {
        let mut out = String::new();
        for c in typed.trim().chars() {
            if c.is_whitespace() || c == '\u{202f}' || c == '\u{a0}' || c == '\'' || c == '\u{066c}'
            {
                continue;
            }
            let ascii = match c {
                '0'..='9' | '.' => c,
                ',' | '\u{066b}' => '.',
                '\u{0660}'..='\u{0669}' => char::from_u32(u32::from(c) - 0x0660 + 0x30)?,
                '\u{06f0}'..='\u{06f9}' => char::from_u32(u32::from(c) - 0x06f0 + 0x30)?,
                '\u{ff10}'..='\u{ff19}' => char::from_u32(u32::from(c) - 0xff10 + 0x30)?,
                _ => return None,
            };
            out.push(ascii);
        }
        let (whole, cents) = match out.split_once('.') {
            Some((w, c)) => (w, Some(c)),
            None => (out.as_str(), None),
        };
        let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
        let whole_ok = !whole.is_empty() && whole.len() <= 15 && digits(whole);
        let cents_ok = cents.is_none_or(|c| !c.is_empty() && c.len() <= 2 && digits(c));
        if !whole_ok || !cents_ok {
            return None;
        }
        // No leading zeros ("007" is 7), so equal amounts are equal text.
        let whole = whole.trim_start_matches('0');
        let whole = if whole.is_empty() { "0" } else { whole };
        Some(match cents {
            Some(c) => format!("{whole}.{c}"),
            None => whole.to_string(),
        })
    }
    /// Whether `code` has the shape of an ISO 4217 code: three capital Latin letters.
    pub fn is_currency(code: &str) -> bool {
        code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase())
    }
}

/// One entry of the append-only change log.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
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

/// Who gave a rating or recorded a dissent: a participant or a group (by name, matched
/// ignoring case and surrounding spaces), or nobody named (a card in a tally).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Rater {
    Participant(String),
    Group(String),
    Anonymous,
}

impl Rater {
    /// The participant's or group's name; `None` for an anonymous rating.
    pub fn name(&self) -> Option<&str> {
        match self {
            Rater::Participant(n) | Rater::Group(n) => Some(n),
            Rater::Anonymous => None,
        }
    }
}

/// A name as it is matched: surrounding spaces removed, case ignored.
pub fn name_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// One person's (or group's, or card's) rating of one indicator in the workshop. It never
/// enters scoring: the agreed phase is the response's current phase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    pub indicator: String,
    pub rater: Rater,
    pub phase: Current,
    #[serde(default)]
    pub comment: String,
}

/// A breakout group: its members (participants' names) and the blocks it scores (none: all).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub name: String,
    #[serde(default)]
    pub members: Vec<String>,
    #[serde(default)]
    pub blocks: Vec<String>,
}

/// Why the room agreed on an indicator's phase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsensusNote {
    pub indicator: String,
    pub note: String,
}

/// A participant or group that does not agree with an indicator's agreed phase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dissent {
    pub indicator: String,
    pub rater: Rater,
    pub reason: String,
}

/// The workshop of one assessment (or of one indicator).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workshop {
    pub groups: Vec<Group>,
    pub ratings: Vec<Rating>,
    pub notes: Vec<ConsensusNote>,
    pub dissents: Vec<Dissent>,
}

/// The mark of a file written for a breakout group: the group and the blocks it scores.
/// The copy imported from it opens on those blocks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Breakout {
    pub group: String,
    #[serde(default)]
    pub blocks: Vec<String>,
}

/// What a narrative text says: the context of the assessment (overall only), its key
/// findings, or its recommendations (overall and per building block).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NarrativeKind {
    Context,
    Findings,
    Recommendations,
}

impl NarrativeKind {
    pub const ALL: [NarrativeKind; 3] = [
        NarrativeKind::Context,
        NarrativeKind::Findings,
        NarrativeKind::Recommendations,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NarrativeKind::Context => "context",
            NarrativeKind::Findings => "findings",
            NarrativeKind::Recommendations => "recommendations",
        }
    }

    pub fn parse(s: &str) -> Option<NarrativeKind> {
        NarrativeKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// The scope of the narrative texts of the whole assessment (else a block id).
pub const OVERALL: &str = "overall";

/// A text the team writes for the report: the context, key findings or recommendations,
/// of the whole assessment (`scope` [`OVERALL`]) or of one building block (its id). Never
/// blank: a blank text is no narrative.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Narrative {
    pub scope: String,
    pub kind: NarrativeKind,
    pub text: String,
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
    /// Groups, individual ratings, consensus notes and dissent (none before the workshop).
    #[serde(default)]
    pub workshop: Workshop,
    /// Context, key findings and recommendations, overall and per block, ordered by scope
    /// then kind (as stored). Left out of files when empty.
    #[serde(default)]
    pub narratives: Vec<Narrative>,
    /// What GDHM's upload asks for that DHMA does not otherwise keep (format version 5;
    /// left out of files when all blank).
    #[serde(default, skip_serializing_if = "GdhmDetails::is_blank")]
    pub gdhm: GdhmDetails,
    /// The benchmark this database compares the assessment with (from a GDHM data export):
    /// kept with the assessment here, never carried in its file.
    #[serde(skip)]
    pub benchmark: Option<Benchmark>,
}

/// The benchmark an assessment is compared with (`crate::gdhm`): the mean score of the chosen countries for
/// each block (`None` where none of them has a score), what was chosen (`label`, the
/// countries), the file and its date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Benchmark {
    /// What the chosen countries are called (a region); blank: shown by their names.
    pub label: String,
    pub countries: Vec<String>,
    pub file_name: String,
    pub file_date: Option<String>,
    /// Block id → mean of the countries' block means.
    pub blocks: std::collections::BTreeMap<String, Option<f64>>,
}

// The means are finite (means of phases 1 to 5): equality is total on them.
impl Eq for Benchmark {}

/// The details GDHM's upload file requires (or accepts) that DHMA does not otherwise keep:
/// a summary of the country's situation, the country contact and the contact person, the
/// data approver's e-mail (name, role and the government's approval come from the
/// sign-off) and links to resources. Blank is not given. See `crate::gdhm`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct GdhmDetails {
    pub country_summary: String,
    pub country_contact_name: String,
    pub country_contact_role: String,
    pub country_contact_org: String,
    pub country_contact_email: String,
    pub contact_person_name: String,
    pub contact_person_role: String,
    pub contact_person_email: String,
    pub approver_email: String,
    pub resources_link: String,
}

impl GdhmDetails {
    /// The fields' names, in the order of GDHM's upload file; each is also its field name
    /// in merging (`crate::merge`), its column in storage and, with `-` for `_`, its label
    /// key `merge-field-gdhm-…`.
    pub const FIELDS: [&'static str; 10] = [
        "country_summary",
        "country_contact_name",
        "country_contact_role",
        "country_contact_org",
        "country_contact_email",
        "contact_person_name",
        "contact_person_role",
        "contact_person_email",
        "approver_email",
        "resources_link",
    ];

    /// The value of the field `name` (one of [`GdhmDetails::FIELDS`]).
    pub fn get(&self, name: &str) -> Option<&str> {
        Some(match name {
            "country_summary" => &self.country_summary,
            "country_contact_name" => &self.country_contact_name,
            "country_contact_role" => &self.country_contact_role,
            "country_contact_org" => &self.country_contact_org,
            "country_contact_email" => &self.country_contact_email,
            "contact_person_name" => &self.contact_person_name,
            "contact_person_role" => &self.contact_person_role,
            "contact_person_email" => &self.contact_person_email,
            "approver_email" => &self.approver_email,
            "resources_link" => &self.resources_link,
            _ => return None,
        })
    }

    /// Sets the field `name`; `false` when there is no such field.
    pub fn set(&mut self, name: &str, value: String) -> bool {
        let slot = match name {
            "country_summary" => &mut self.country_summary,
            "country_contact_name" => &mut self.country_contact_name,
            "country_contact_role" => &mut self.country_contact_role,
            "country_contact_org" => &mut self.country_contact_org,
            "country_contact_email" => &mut self.country_contact_email,
            "contact_person_name" => &mut self.contact_person_name,
            "contact_person_role" => &mut self.contact_person_role,
            "contact_person_email" => &mut self.contact_person_email,
            "approver_email" => &mut self.approver_email,
            "resources_link" => &mut self.resources_link,
            _ => return false,
        };
        *slot = value;
        true
    }

    pub fn is_blank(&self) -> bool {
        Self::FIELDS
            .iter()
            .all(|f| self.get(f).is_none_or(|v| v.trim().is_empty()))
    }

    /// Each value with surrounding spaces removed.
    pub fn trimmed(&self) -> GdhmDetails {
        let mut out = GdhmDetails::default();
        for f in Self::FIELDS {
            out.set(f, self.get(f).unwrap_or_default().trim().to_string());
        }
        out
    }
}

impl AssessmentData {
    /// The text of one narrative, if written.
    pub fn narrative(&self, scope: &str, kind: NarrativeKind) -> Option<&str> {
        self.narratives
            .iter()
            .find(|n| n.scope == scope && n.kind == kind)
            .map(|n| n.text.as_str())
    }

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

/// `YYYY-MM-DD`.
const DATE: &[BorrowedFormatItem<'static>] = format_description!("[year]-[month]-[day]");
/// `YYYY-MM-DDTHH:MM:SSZ`, the UTC times DHMA stores.
const UTC: &[BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
/// `YYYY-MM-DD HH:MM UTC`, a stored time as people read it.
const LABEL: &[BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day] [hour]:[minute] UTC");

/// Parses `text` with `format` only when formatting the result gives `text` back: no sign,
/// no missing zero, nothing the format would write differently.
fn parse_exact<T>(
    text: &str,
    parse: impl FnOnce(&str) -> Option<T>,
    format: impl FnOnce(&T) -> Option<String>,
) -> Option<T> {
    let value = parse(text)?;
    (format(&value)? == text).then_some(value)
}

/// A `YYYY-MM-DD` date of the Gregorian calendar, years 1900 to 2200.
pub fn parse_date(s: &str) -> Option<Date> {
    parse_exact(s, |t| Date::parse(t, DATE).ok(), |d| d.format(DATE).ok())
        .filter(|d| (1900..=2200).contains(&d.year()))
}

/// Checks a `YYYY-MM-DD` date (Gregorian, years 1900 to 2200).
pub fn is_valid_date(s: &str) -> bool {
    parse_date(s).is_some()
}

/// A stored UTC time, `YYYY-MM-DDTHH:MM:SSZ`.
pub fn parse_utc(s: &str) -> Option<OffsetDateTime> {
    parse_exact(
        s,
        |t| {
            PrimitiveDateTime::parse(t, UTC)
                .ok()
                .map(|p| p.assume_utc())
        },
        |t| t.format(UTC).ok(),
    )
}

/// A UTC time as stored, `YYYY-MM-DDTHH:MM:SSZ`; `None` for a year beyond 9999.
pub fn format_time(t: OffsetDateTime) -> Option<String> {
    t.to_offset(UtcOffset::UTC).format(UTC).ok()
}

/// A stored UTC time as people read it, `YYYY-MM-DD HH:MM UTC`; `None` when `utc` is not a
/// stored time.
pub fn time_label(utc: &str) -> Option<String> {
    parse_utc(utc)?.format(LABEL).ok()
}

/// The UTC time now, to the second.
pub fn now() -> OffsetDateTime {
    let t = OffsetDateTime::now_utc();
    t.replace_nanosecond(0).unwrap_or(t)
}

/// Current UTC time as RFC 3339 (`2026-11-23T18:26:22Z`).
pub fn now_utc() -> String {
    // Years up to 9999 always format; the clock is not past them.
    format_time(now()).unwrap_or_default()
}

/// Today's UTC date, `YYYY-MM-DD`.
pub fn today_utc() -> String {
    now().date().format(DATE).unwrap_or_default()
}

/// Seconds since 1970-01-01 UTC.
pub fn now_secs() -> i64 {
    now().unix_timestamp()
}

/// The UTC time `secs` seconds after 1970-01-01, as stored; `None` beyond year 9999.
pub fn format_utc(secs: i64) -> Option<String> {
    format_time(OffsetDateTime::from_unix_timestamp(secs).ok()?)
}

/// The columns of a ratings file (`dhma ratings import`), in order; the questionnaire's
/// answer sheet prints the same, so that collected sheets can be typed in and imported.
pub const RATINGS_COLUMNS: [&str; 4] = ["participant", "indicator", "phase", "comment"];

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
        for bad in [
            "2026-+1-01",
            "2026-01-+1",
            "+202-01-01",
            "2026-1é-01",
            "2026-01-0é",
            "２０２６-01-01",
        ] {
            assert!(!is_valid_date(bad), "{bad}");
        }
    }

    #[test]
    fn utc_formatting_matches_known_instants() {
        assert_eq!(format_utc(0).as_deref(), Some("1970-01-01T00:00:00Z"));
        assert_eq!(
            format_utc(951_782_400).as_deref(),
            Some("2000-02-29T00:00:00Z")
        );
        assert_eq!(
            format_utc(1_795_458_382).as_deref(),
            Some("2026-11-23T18:26:22Z")
        );
        assert_eq!(format_utc(i64::MAX), None);
    }

    #[test]
    fn stored_times_parse_exactly_and_label_safely() {
        let t = parse_utc("2026-11-23T18:26:22Z").map(|t| t.unix_timestamp());
        assert_eq!(t, Some(1_795_458_382));
        for bad in [
            "2026-11-23T18:26:22",
            "2026-11-23T18:26:2éZ",
            "2026-11-23T24:00:00Z",
            "+2026-11-23T18:26:22Z",
            "2026-11-23 18:26:22Z",
            "",
        ] {
            assert_eq!(parse_utc(bad), None, "{bad}");
            assert_eq!(time_label(bad), None, "{bad}");
        }
        assert_eq!(
            time_label("2026-11-23T18:26:22Z").as_deref(),
            Some("2026-11-23 18:26 UTC")
        );
        assert!(is_valid_date(&today_utc()));
        assert!(parse_utc(&now_utc()).is_some());
    }
}

#[cfg(test)]
mod budget_tests {
    use super::Budget;

    #[test]
    fn amounts_are_read_as_people_type_them_and_kept_as_decimal_text() {
        for (typed, kept) in [
            ("250000", "250000"),
            ("1 500 000,50", "1500000.50"),
            ("1\u{202f}500\u{a0}000.5", "1500000.5"),
            ("1'000", "1000"),
            ("٢٥٠٠٠٠", "250000"),
            ("１２３", "123"),
            ("007", "7"),
            ("0", "0"),
            ("0.00", "0.00"),
        ] {
            assert_eq!(
                Budget::parse_amount(typed).as_deref(),
                Some(kept),
                "{typed}"
            );
        }
        for refused in [
            "",
            "-5",
            "1e6",
            "1,500,000",
            "1,500",
            "12.345",
            "5.",
            ".5",
            "abc",
            "1 000 000 000 000 000",
            "+3",
            "NaN",
        ] {
            assert_eq!(Budget::parse_amount(refused), None, "{refused}");
        }
        assert!(Budget::is_currency("XOF"));
        for bad in ["usd", "US", "USDD", "€", "U$D"] {
            assert!(!Budget::is_currency(bad), "{bad}");
        }
    }
}
