//! Backups: list and restore; and the way out when the database cannot be opened (restore a
//! backup in its place, or start a new file), the unusable file always kept unchanged. The
//! work is `dhma::recovery`'s, shared with the command line.

use tauri::State;

use dhma::backup;
use dhma::i18n::arg;
use dhma::recovery::{self, Restored};
use dhma::service::{self, BackupsView};

use crate::error::{IpcError, IpcResult};
use crate::state::AppState;

#[tauri::command(async)]
pub fn backups(state: State<'_, AppState>) -> IpcResult<BackupsView> {
    let lang = state.lang();
    service::backups(&state.path, &service::localizer(lang)).map_err(|e| IpcError::new(&e, lang))
}

/// Restores a backup. With the database open, its current state is backed up first; when it
/// could not be opened (damaged, foreign, newer), it is set aside unchanged first.
#[tauri::command(async)]
pub fn restore_backup(state: State<'_, AppState>, name: String) -> IpcResult<String> {
    let lang = state.lang();
    let mut slot = state.slot();
    let lock = state.held();
    let Some(lock) = lock.as_ref() else {
        // Another program holds the file: say so (the slot holds "in use").
        return Err(match slot.as_ref() {
            Err(problem) => IpcError::new(problem, lang),
            Ok(_) => IpcError::new(
                &dhma::Error::DatabaseInUse {
                    path: state.path.display().to_string(),
                },
                lang,
            ),
        });
    };
    let done = recovery::restore(&mut slot, lock, &name).map_err(|e| IpcError::new(&e, lang))?;
    match done {
        Restored::InPlace { before } => {
            // The restored file may hold another language setting.
            let l = slot
                .as_ref()
                .map(|db| service::localizer(service::language(db)))
                .unwrap_or_else(|_| service::localizer(lang));
            Ok(l.format(
                "ui-backups-restored",
                &[arg("time", l.time(&before.created_at))],
            ))
        }
        Restored::Replaced { aside } => {
            let lang = state.adopt(&mut slot)?;
            Ok(service::localizer(lang).format("ui-recovery-restored", &[arg("aside", aside)]))
        }
    }
}

/// Sets an unusable database aside (unchanged, in the backup folder) and starts a new file.
#[tauri::command(async)]
pub fn start_new_file(state: State<'_, AppState>) -> IpcResult<String> {
    let lang = state.lang();
    let mut slot = state.slot();
    if slot.is_ok() {
        return Ok(String::new());
    }
    let lock = state.held();
    let aside = match lock.as_ref() {
        Some(lock) => recovery::start_new(&mut slot, lock),
        None => match slot.as_ref() {
            Err(problem) => Err(problem.clone()),
            Ok(_) => Ok(String::new()),
        },
    }
    .map_err(|e| IpcError::new(&e, lang))?;
    let lang = state.adopt(&mut slot)?;
    Ok(service::localizer(lang).format(
        "ui-recovery-new-done",
        &[
            arg("aside", aside),
            arg("dir", backup::dir_for(&state.path).display()),
        ],
    ))
}

/// Tries to open the database again (after another program let go of it, or a disk was
/// made writable).
#[tauri::command(async)]
pub fn retry_open(state: State<'_, AppState>) -> IpcResult<()> {
    state.reopen()
}
