//! Files handed to the app to open (a double-clicked assessment): on its command line, or
//! forwarded by a later launch. The interface takes them into its import.

use tauri::State;

use crate::state::OpenedFiles;

/// The files waiting to be opened, each given once, in the order they came.
#[tauri::command(async)]
pub fn opened_files(opened: State<'_, OpenedFiles>) -> Vec<String> {
    opened
        .take()
        .into_iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect()
}
