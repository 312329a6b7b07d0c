//! Backups: list and restore; and the way out when the database cannot be opened (restore a
//! backup in its place, or start a new file), the unusable file always kept unchanged.

use tauri::State;

use dhma::backup;
use dhma::i18n::arg;
use dhma::service::{self, BackupsView};
use dhma::storage::Db;

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
    let unopened = state.lang();
    let mut slot = state.slot();
    match slot.as_mut() {
        Ok(db) => {
            let lang = service::language(db);
            let before = backup::restore(db, &name).map_err(|e| IpcError::new(&e, lang))?;
            // The restored file may hold another language setting.
            let l = service::localizer(service::language(db));
            Ok(l.format(
                "ui-backups-restored",
                &[arg("time", service::time_label(&before.created_at))],
            ))
        }
        Err(problem) => {
            let lang = unopened;
            if !problem.is_unusable_database() {
                return Err(IpcError::new(problem, lang));
            }
            let aside = backup::restore_closed(&state.path, &name)
                .map_err(|e| IpcError::new(&e, lang))?
                .unwrap_or_default();
            let lang = state.adopt(&mut slot, Db::open_exclusive(&state.path))?;
            Ok(service::localizer(lang).format("ui-recovery-restored", &[arg("aside", aside)]))
        }
    }
}

/// Sets an unusable database aside (unchanged, in the backup folder) and starts a new file.
#[tauri::command(async)]
pub fn start_new_file(state: State<'_, AppState>) -> IpcResult<String> {
    let lang = state.lang();
    let mut slot = state.slot();
    let Err(problem) = slot.as_ref() else {
        return Ok(String::new());
    };
    if !problem.is_unusable_database() {
        return Err(IpcError::new(problem, lang));
    }
    let aside = backup::set_aside(&state.path)
        .map_err(|e| IpcError::new(&e, lang))?
        .unwrap_or_default();
    let lang = state.adopt(&mut slot, Db::open_exclusive(&state.path))?;
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
