//! The acronyms of the method annex: those of a built-in glossary that the report uses (in
//! the team's text, the framework's texts it prints, or DHMA's own sentences), each with
//! its meaning in the report's language, and the other acronyms found in the team's text,
//! named so that a reader knows they are not written out here.
//!
//! An acronym in the team's text is a run of letters and digits with at least two capital
//! letters, capitals making at least half of its letters, at most eight characters long
//! ("HMIS", "MoH", "HL7", "ВОЗ"); scripts without capitals (Arabic, Chinese) are found only
//! through the glossary's forms.

use std::collections::BTreeSet;

use crate::framework::{Framework, IndicatorText};
use crate::i18n::Localizer;
use crate::model::AssessmentData;

/// The glossary: each id has the messages `acronym-<id>` (the acronym as written in the
/// language) and `acronym-<id>-means`.
pub const GLOSSARY: [&str; 26] = [
    "ai", "api", "crvs", "dhis2", "dhma", "ehr", "emr", "fhir", "gdhm", "gps", "his", "hiv", "hl7",
    "hmis", "hr", "icd", "ict", "id", "itu", "lmis", "moh", "mpi", "na", "ngo", "uhc", "who",
];

/// The acronyms a report prints: (acronym, meaning) from the glossary, sorted by acronym,
/// and the other acronyms of the team's text, sorted.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Acronyms {
    pub known: Vec<(String, String)>,
    pub unknown: Vec<String>,
}

/// Every text the team wrote that the report prints.
fn team_texts(data: &AssessmentData) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    out.extend(data.narratives.iter().map(|n| n.text.as_str()));
    for r in &data.responses {
        out.push(&r.rationale);
        out.push(&r.change_note);
    }
    for e in &data.evidence {
        out.push(&e.title);
        out.push(&e.reference);
    }
    for p in &data.participants {
        out.push(&p.organisation);
        out.push(&p.role);
    }
    out.extend(data.roadmap.iter().filter_map(|i| i.text.as_deref()));
    out.extend(data.workshop.notes.iter().map(|n| n.note.as_str()));
    out.extend(data.workshop.dissents.iter().map(|d| d.reason.as_str()));
    out.extend(data.workshop.ratings.iter().map(|r| r.comment.as_str()));
    out
}

/// The acronym-like tokens of a text (see the module's note).
fn tokens(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|t| {
        let letters = t.chars().filter(|c| c.is_alphabetic()).count();
        let capitals = t.chars().filter(|c| c.is_uppercase()).count();
        t.chars().count() <= 8 && capitals >= 2 && capitals * 2 >= letters
    })
}

/// Whether `form` stands in `text` as a whole token (or, for a form without capitals, e.g.
/// in Chinese, anywhere).
fn uses(text: &str, form: &str) -> bool {
    if form.is_empty() {
        return false;
    }
    if form.chars().any(char::is_uppercase) {
        // A token is a stretch of letters and digits: a form with anything else is none.
        if !form.chars().all(char::is_alphanumeric) {
            return false;
        }
        // Each place the form is found, with no letter or digit just before or after it.
        text.match_indices(form).any(|(at, _)| {
            let before = text.get(..at).and_then(|s| s.chars().next_back());
            let after = text.get(at + form.len()..).and_then(|s| s.chars().next());
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    } else {
        text.contains(form)
    }
}

/// The acronyms of this report in `l`'s language. `printed` holds DHMA's own sentences that
/// the report prints (the disclaimer, for instance), which use some glossary acronyms too.
pub fn acronyms(
    l: &Localizer,
    fw: &Framework,
    data: &AssessmentData,
    printed: &[String],
) -> Acronyms {
    let team = team_texts(data);
    let mut framework: Vec<String> = Vec::new();
    for i in &fw.indicators {
        framework.push(l.text(&fw.key(&i.code, IndicatorText::Title)));
        framework.push(l.text(&fw.key(&i.code, IndicatorText::Question)));
    }
    let english = Localizer::new(crate::i18n::Lang::En, false);
    let mut known: Vec<(String, String)> = Vec::new();
    let mut explained: BTreeSet<String> = BTreeSet::new();
    for id in GLOSSARY {
        let key = format!("acronym-{id}");
        let form = l.text(&key);
        let en_form = english.text(&key);
        explained.insert(form.clone());
        explained.insert(en_form.clone());
        let in_team = team.iter().any(|t| uses(t, &form) || uses(t, &en_form));
        let in_printed = printed
            .iter()
            .chain(framework.iter())
            .any(|t| uses(t, &form));
        if in_team || in_printed {
            known.push((form, l.text(&format!("acronym-{id}-means"))));
        }
    }
    known.sort();
    known.dedup_by(|a, b| a.0 == b.0);
    let unknown: BTreeSet<String> = team
        .iter()
        .flat_map(|t| tokens(t))
        .filter(|t| !explained.contains(*t))
        .map(str::to_string)
        .collect();
    Acronyms {
        known,
        unknown: unknown.into_iter().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn a_form_is_used_where_it_stands_as_a_whole_token() {
        // The definition: a token of the text, split at every character that is neither a
        // letter nor a digit, is the form.
        let by_tokens = |text: &str, form: &str| {
            text.split(|c: char| !c.is_alphanumeric())
                .any(|t| t == form)
        };
        let texts = [
            "The MoH and the DHU use HL7 FHIR, ICD-10",
            "MoHs MoH-led (MoH) xMoH MoH",
            "وزارة الصحة (MoH) وDHU",
            "AAA AA",
            "HL7x HL7",
            "ICD",
            "",
            "Сеть ВОЗ, ВОЗа",
        ];
        let forms = [
            "MoH", "DHU", "HL7", "AA", "ICD", "ICD-10", "ВОЗ", "FHIR", "X",
        ];
        for text in texts {
            for form in forms {
                assert_eq!(uses(text, form), by_tokens(text, form), "{text:?} {form:?}");
            }
        }
        assert!(uses("وزارة الصحة (MoH) وDHU", "MoH"));
        assert!(!uses("وزارة الصحة (MoH) وDHU", "DHU"));
    }

    #[test]
    fn tokens_are_runs_with_capitals() {
        let found: Vec<&str> =
            tokens("The MoH and the DHU use HL7 FHIR, ICD-10 and the ВОЗ list; McDonald, OK?")
                .collect();
        assert_eq!(found, ["MoH", "DHU", "HL7", "FHIR", "ICD", "ВОЗ", "OK"]);
    }

    #[test]
    fn the_sample_lists_its_acronyms_with_meanings_and_names_the_others() {
        let data = crate::exchange::sample().expect("sample");
        let fw = crate::framework::find(
            &data.assessment.framework.id,
            &data.assessment.framework.version,
        )
        .expect("framework");
        let l = Localizer::new(Lang::En, false);
        let printed = [l.text("report-disclaimer-text")];
        let a = acronyms(&l, fw, &data, &printed);
        let forms: Vec<&str> = a.known.iter().map(|(f, _)| f.as_str()).collect();
        for expected in [
            "GDHM", "WHO", "ITU", "HMIS", "FHIR", "HL7", "ICD", "ICT", "MoH",
        ] {
            assert!(forms.contains(&expected), "{expected} in {forms:?}");
        }
        let mut sorted = forms.clone();
        sorted.sort();
        assert_eq!(forms, sorted);
        let who = a.known.iter().find(|(f, _)| f == "WHO").expect("WHO");
        assert_eq!(who.1, "World Health Organization");
        // The team's own abbreviations without a meaning here are named.
        assert!(a.unknown.contains(&"DHU".to_string()), "{:?}", a.unknown);
        assert!(a.unknown.contains(&"NIA".to_string()), "{:?}", a.unknown);
        assert!(!a.unknown.iter().any(|u| u == "HMIS" || u == "WHO"));

        // In French the glossary's French forms: OMS for the WHO, from the disclaimer.
        let fr = Localizer::new(Lang::Fr, false);
        let printed = [fr.text("report-disclaimer-text")];
        let a = acronyms(&fr, fw, &data, &printed);
        assert!(a
            .known
            .iter()
            .any(|(f, m)| f == "OMS" && m.contains("Santé")));
        // The team wrote "WHO country office" in English: explained in French as the OMS,
        // not listed as unknown.
        assert!(!a.unknown.iter().any(|u| u == "WHO"));
    }
}
