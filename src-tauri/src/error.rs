//! The error the interface receives: a stable code, named arguments, and the message in the
//! user's language (chosen by code from `errors.ftl`, never raw library text).

use std::collections::BTreeMap;

use serde::Serialize;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct IpcError {
    pub code: String,
    pub args: BTreeMap<String, String>,
    pub message: String,
}

impl IpcError {
    pub fn new(e: &dhma::Error, lang: dhma::i18n::Lang) -> IpcError {
        IpcError {
            code: e.code().to_string(),
            args: e
                .args()
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
            message: e.localize(&dhma::service::localizer(lang)),
        }
    }
}

pub type IpcResult<T> = Result<T, IpcError>;
