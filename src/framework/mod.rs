//! Frameworks as data: the structure of a maturity framework (building blocks, indicators,
//! scales, roadmap action templates) read from `questionnaires/<id>/framework.toml` and
//! validated into the domain types below. Texts are not here: they are Fluent messages
//! under keys given by [`Framework::key`] (see `locales/<lang>/<id>/*.ftl`).

mod raw;

pub(crate) use raw::line_at;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::assets;
use crate::error::{ContentIssue, ContentProblem, Error, Result};

/// The name of the structure file inside a framework folder.
pub const STRUCTURE_FILE: &str = "framework.toml";

/// Phase steps a roadmap can contain: 1→2, 2→3, 3→4, 4→5.
pub const STEPS: std::ops::RangeInclusive<u8> = 1..=4;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameworkRef {
    pub id: String,
    pub version: String,
}

#[derive(Debug, Clone)]
pub struct Framework {
    pub id: String,
    pub version: String,
    pub text_prefix: String,
    pub blocks: Vec<Block>,
    pub indicators: Vec<Indicator>,
    pub band_sets: Vec<BandSet>,
    pub responsible: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Block {
    pub id: String,
    pub action_lines: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Indicator {
    pub code: String,
    pub block: String,
    /// Set for a sub-indicator: collected, shown, never scored.
    pub parent: Option<String>,
    pub scale: Scale,
    pub evidence_examples: u8,
    pub actions: Vec<ActionTemplate>,
}

impl Indicator {
    /// Whether the indicator counts in scores (sub-indicators never do).
    pub fn is_scored(&self) -> bool {
        self.parent.is_none()
    }

    /// The action templates for the step from `from` to `from + 1`, in order.
    pub fn actions_for_step(&self, from: u8) -> impl Iterator<Item = &ActionTemplate> {
        self.actions.iter().filter(move |a| a.step == from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "type", content = "set")]
pub enum Scale {
    /// Five descriptive phases.
    Phases,
    /// Phases defined by bands of a measured quantity; the named band set gives them.
    Bands(String),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BandSet {
    pub id: String,
    pub unit: String,
    pub bands: Vec<Band>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Band {
    pub phase: u8,
    pub min: f64,
    pub max: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TimeFrame {
    /// Within a year.
    Short,
    /// One to three years.
    Medium,
    /// Three to five years.
    Long,
}

impl TimeFrame {
    pub const ALL: [TimeFrame; 3] = [TimeFrame::Short, TimeFrame::Medium, TimeFrame::Long];
    pub fn as_str(self) -> &'static str {
        match self {
            TimeFrame::Short => "short",
            TimeFrame::Medium => "medium",
            TimeFrame::Long => "long",
        }
    }
    pub fn parse(s: &str) -> Option<TimeFrame> {
        TimeFrame::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CostClass {
    Low,
    Medium,
    High,
}

impl CostClass {
    pub const ALL: [CostClass; 3] = [CostClass::Low, CostClass::Medium, CostClass::High];
    pub fn as_str(self) -> &'static str {
        match self {
            CostClass::Low => "low",
            CostClass::Medium => "medium",
            CostClass::High => "high",
        }
    }
    pub fn parse(s: &str) -> Option<CostClass> {
        CostClass::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// A roadmap action the framework proposes for one phase step of one indicator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionTemplate {
    /// Stable id `<code>.s<step>.a<n>`, used to keep human edits across regeneration.
    pub id: String,
    /// The step starts at this phase and ends at `step + 1`.
    pub step: u8,
    /// Position within the step, from 1.
    pub n: u8,
    pub line: String,
    pub timeframe: TimeFrame,
    pub cost: CostClass,
    pub responsible: String,
}

/// Indicator codes in the order people read them: the leading number as a number, then the
/// letters after it (1, 2, 2a, 3 … 21, 21a, 21b, 21c, 22), never as text ("2a" after "21").
/// Codes without a leading number come after numbered ones, by text; equal keys fall back
/// to the text so that the order is total.
pub fn cmp_codes(a: &str, b: &str) -> std::cmp::Ordering {
    /// The leading digits (leading zeros left out) and the rest.
    fn split(code: &str) -> (&str, &str) {
        let code = code.trim();
        let end = code
            .char_indices()
            .find(|(_, c)| !c.is_ascii_digit())
            .map_or(code.len(), |(i, _)| i);
        let (digits, rest) = code.split_at(end);
        (digits.trim_start_matches('0'), rest)
    }
    let (da, ra) = split(a);
    let (db, rb) = split(b);
    let numbered = |code: &str| code.trim().starts_with(|c: char| c.is_ascii_digit());
    // Numbers of any length: the longer one (without leading zeros) is the larger.
    numbered(b)
        .cmp(&numbered(a))
        .then(da.len().cmp(&db.len()))
        .then(da.cmp(db))
        .then_with(|| cmp_codes_rest(ra, rb))
        .then_with(|| a.cmp(b))
}

/// The part of a code after its number: itself in natural order ("a" < "b" < "a1" < "a2" <
/// "a10").
fn cmp_codes_rest(a: &str, b: &str) -> std::cmp::Ordering {
    if a.is_empty() || b.is_empty() {
        return a.is_empty().cmp(&b.is_empty()).reverse();
    }
    fn letters(s: &str) -> (&str, &str) {
        let end = s
            .char_indices()
            .find(|(_, c)| c.is_ascii_digit())
            .map_or(s.len(), |(i, _)| i);
        s.split_at(end)
    }
    let (la, na) = letters(a);
    let (lb, nb) = letters(b);
    la.to_lowercase().cmp(&lb.to_lowercase()).then_with(|| {
        if na.is_empty() && nb.is_empty() {
            std::cmp::Ordering::Equal
        } else {
            cmp_codes(na, nb)
        }
    })
}

/// Sorts indicator codes in the order people read them (see [`cmp_codes`]).
pub fn sort_codes<S: AsRef<str>>(codes: &mut [S]) {
    codes.sort_by(|a, b| cmp_codes(a.as_ref(), b.as_ref()));
}

/// Which text of an indicator a key names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndicatorText {
    Title,
    Question,
    Phase(u8),
    Guidance,
    Evidence(u8),
    Action { step: u8, n: u8 },
    ActionMonitor { step: u8, n: u8 },
}

impl Framework {
    pub fn reference(&self) -> FrameworkRef {
        FrameworkRef {
            id: self.id.clone(),
            version: self.version.clone(),
        }
    }

    pub fn indicator(&self, code: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.code == code)
    }

    pub fn block(&self, id: &str) -> Option<&Block> {
        self.blocks.iter().find(|b| b.id == id)
    }

    /// Indicators of a block, scored and sub-indicators, in framework order.
    pub fn indicators_of<'a>(&'a self, block: &'a str) -> impl Iterator<Item = &'a Indicator> {
        self.indicators.iter().filter(move |i| i.block == block)
    }

    pub fn band_set(&self, id: &str) -> Option<&BandSet> {
        self.band_sets.iter().find(|b| b.id == id)
    }

    /// Key of the framework's name and description.
    pub fn name_key(&self) -> String {
        format!("{}-name", self.text_prefix)
    }
    pub fn description_key(&self) -> String {
        format!("{}-description", self.text_prefix)
    }
    pub fn block_key(&self, block: &str) -> String {
        format!("{}-block-{block}", self.text_prefix)
    }
    pub fn block_description_key(&self, block: &str) -> String {
        format!("{}-block-{block}-description", self.text_prefix)
    }
    pub fn line_key(&self, line: &str) -> String {
        format!("{}-line-{line}", self.text_prefix)
    }
    pub fn responsible_key(&self, body: &str) -> String {
        format!("{}-resp-{body}", self.text_prefix)
    }

    /// Key of one text of an indicator.
    pub fn key(&self, code: &str, text: IndicatorText) -> String {
        let p = &self.text_prefix;
        match text {
            IndicatorText::Title => format!("{p}-i{code}-title"),
            IndicatorText::Question => format!("{p}-i{code}-question"),
            IndicatorText::Phase(n) => format!("{p}-i{code}-phase-{n}"),
            IndicatorText::Guidance => format!("{p}-i{code}-guidance"),
            IndicatorText::Evidence(n) => format!("{p}-i{code}-evidence-{n}"),
            IndicatorText::Action { step, n } => format!("{p}-i{code}-s{step}-a{n}"),
            IndicatorText::ActionMonitor { step, n } => format!("{p}-i{code}-s{step}-a{n}-monitor"),
        }
    }

    /// Every text key the framework needs, in a stable order. Each shipped language must
    /// define exactly these in its `locales/<lang>/<id>/` folder.
    pub fn required_keys(&self) -> Vec<String> {
        let mut keys = vec![self.name_key(), self.description_key()];
        for b in &self.blocks {
            keys.push(self.block_key(&b.id));
            keys.push(self.block_description_key(&b.id));
        }
        let lines: BTreeSet<&String> = self.blocks.iter().flat_map(|b| &b.action_lines).collect();
        keys.extend(lines.into_iter().map(|l| self.line_key(l)));
        keys.extend(self.responsible.iter().map(|r| self.responsible_key(r)));
        for i in &self.indicators {
            let c = &i.code;
            keys.push(self.key(c, IndicatorText::Title));
            keys.push(self.key(c, IndicatorText::Question));
            for p in 1..=5 {
                keys.push(self.key(c, IndicatorText::Phase(p)));
            }
            keys.push(self.key(c, IndicatorText::Guidance));
            for e in 1..=i.evidence_examples {
                keys.push(self.key(c, IndicatorText::Evidence(e)));
            }
            for a in &i.actions {
                keys.push(self.key(
                    c,
                    IndicatorText::Action {
                        step: a.step,
                        n: a.n,
                    },
                ));
                keys.push(self.key(
                    c,
                    IndicatorText::ActionMonitor {
                        step: a.step,
                        n: a.n,
                    },
                ));
            }
        }
        keys
    }

    /// Parses and validates a structure file. `file` names it in error messages.
    pub fn from_toml(file: &str, text: &str) -> Result<Framework> {
        raw::parse(file, text).map_err(Error::Content)
    }

    /// Loads `<dir>/framework.toml`.
    pub fn load_dir(dir: &Path) -> Result<Framework> {
        let path = dir.join(STRUCTURE_FILE);
        let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, &e))?;
        Framework::from_toml(&path.display().to_string(), &text)
    }
}

/// The frameworks built into this release.
pub fn builtin() -> &'static [Framework] {
    // Parsed and validated once per process: every save and every list row asks for it.
    static BUILTIN: std::sync::OnceLock<Vec<Framework>> = std::sync::OnceLock::new();
    BUILTIN.get_or_init(|| {
        assets::FILES
            .iter()
            .filter(|(path, _)| {
                path.starts_with("questionnaires/") && path.ends_with(&format!("/{STRUCTURE_FILE}"))
            })
            // Built-in content is checked by the test suite; a broken file cannot ship.
            .filter_map(|(path, text)| Framework::from_toml(path, text).ok())
            .collect()
    })
}

/// A built-in framework by id and exact version.
pub fn find(id: &str, version: &str) -> Result<&'static Framework> {
    builtin()
        .iter()
        .find(|f| f.id == id && f.version == version)
        .ok_or_else(|| Error::UnknownFramework {
            id: id.to_string(),
            version: version.to_string(),
        })
}

/// The newest built-in version of a framework id.
pub fn latest(id: &str) -> Result<&'static Framework> {
    builtin()
        .iter()
        .filter(|f| f.id == id)
        .max_by(|a, b| version_key(&a.version).cmp(&version_key(&b.version)))
        .ok_or_else(|| Error::UnknownFramework {
            id: id.to_string(),
            version: String::new(),
        })
}

/// The default framework of a new assessment.
pub const DEFAULT_FRAMEWORK: &str = "who-itu-gdhm";

fn version_key(v: &str) -> Vec<u64> {
    v.split('.').map(|p| p.parse().unwrap_or(0)).collect()
}

/// Counts used in reports and closing notes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FrameworkCounts {
    pub blocks: usize,
    pub scored: usize,
    pub sub_indicators: usize,
    pub phase_texts: usize,
    pub actions: usize,
}

impl Framework {
    pub fn counts(&self) -> FrameworkCounts {
        FrameworkCounts {
            blocks: self.blocks.len(),
            scored: self.indicators.iter().filter(|i| i.is_scored()).count(),
            sub_indicators: self.indicators.iter().filter(|i| !i.is_scored()).count(),
            phase_texts: self.indicators.len() * 5,
            actions: self.indicators.iter().map(|i| i.actions.len()).sum(),
        }
    }

    /// Codes by block, for quick lookups.
    pub fn codes_by_block(&self) -> BTreeMap<&str, Vec<&str>> {
        let mut map: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for i in &self.indicators {
            map.entry(i.block.as_str()).or_default().push(&i.code);
        }
        map
    }
}

pub(crate) fn issue(file: &str, item: &str, field: &str, problem: ContentProblem) -> ContentIssue {
    ContentIssue {
        file: file.to_string(),
        item: item.to_string(),
        field: field.to_string(),
        problem,
    }
}

#[cfg(test)]
mod tests;
