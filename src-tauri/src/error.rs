//! The error the interface receives: a stable code, named arguments, the message in the
//! user's language (chosen by code from `errors.ftl`, never raw library text), and the raw
//! text behind it for a "details for support" line (SQLite's, the system's or the JSON
//! reader's own words, in English), which the interface may show small under the message.

use std::collections::BTreeMap;

use dhma::i18n::arg;
use serde::Serialize;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct IpcError {
    pub code: String,
    pub args: BTreeMap<String, String>,
    pub message: String,
    /// `Details for support: …` in the user's language, or `None` when the message says all.
    pub details: Option<String>,
}

impl IpcError {
    pub fn new(e: &dhma::Error, lang: dhma::i18n::Lang) -> IpcError {
        let l = dhma::i18n::Localizer::new(lang, true);
        IpcError {
            code: e.code().to_string(),
            args: e
                .args()
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
            message: e.localize(&l),
            details: e
                .support_detail()
                .map(|d| l.format("error-support-details", &[arg("details", d)])),
        }
    }
}

pub type IpcResult<T> = Result<T, IpcError>;

#[cfg(test)]
mod tests {
    use super::*;
    use dhma::i18n::Lang;

    #[test]
    fn the_message_is_a_sentence_and_the_raw_text_goes_to_details() {
        let e = dhma::Error::io(
            std::path::Path::new("/data/in.dhma.json"),
            &std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        );
        let ipc = IpcError::new(&e, Lang::Fr);
        assert_eq!(ipc.code, "io");
        assert!(ipc.message.contains("n’a pas le droit"), "{}", ipc.message);
        assert!(
            !ipc.message.contains("permission denied"),
            "{}",
            ipc.message
        );
        let details = ipc.details.unwrap_or_default();
        assert!(
            details.starts_with("Détails pour l’assistance")
                && details.contains("permission denied"),
            "{details}"
        );
        let json = serde_json::to_value(IpcError::new(
            &dhma::Error::AssessmentNotFound { id: "7".into() },
            Lang::En,
        ))
        .unwrap_or_default();
        assert_eq!(json["details"], serde_json::Value::Null, "{json}");
        assert!(json["message"].as_str().is_some_and(|m| m.contains('7')));
    }
}
