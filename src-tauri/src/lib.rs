//! DHMA desktop shell: builds the Tauri app and nothing else. Commands live in
//! `commands/`, one file per area, each a thin wrapper over one core function.

pub mod commands;
pub mod error;
pub mod state;

use std::ffi::OsStr;
use std::path::Path;

use tauri::{Emitter, Manager};

/// The event that tells the interface files are waiting in [`state::OpenedFiles`].
pub const OPENED_EVENT: &str = "opened-files";

/// Whether this program was started as the `dhma` command line: the packages ship one
/// program (one copy of the report's fonts), and `/usr/bin/dhma` starts it under the name
/// `dhma` (`dhma.exe` on Windows).
pub fn runs_as_cli(argv0: Option<&OsStr>) -> bool {
    argv0
        .and_then(|a| Path::new(a).file_stem())
        .is_some_and(|stem| stem == "dhma")
}

/// Hands files to the running window: they wait in [`state::OpenedFiles`] and the
/// interface, told by [`OPENED_EVENT`], takes them into its import.
fn hand_over<R: tauri::Runtime>(app: &tauri::AppHandle<R>, files: Vec<std::path::PathBuf>) {
    if files.is_empty() {
        return;
    }
    if let Some(opened) = app.try_state::<state::OpenedFiles>() {
        opened.push(files);
        let _ = app.emit_to("main", OPENED_EVENT, ());
    }
}

/// Runs the desktop app.
pub fn run() {
    // A database that cannot be opened does not stop the window: the interface says why,
    // in the user's language, and offers to restore a backup or start a new file.
    let cwd = std::env::current_dir().unwrap_or_default();
    let launch = state::Launch::parse(std::env::args_os().skip(1), &cwd);
    let db_path = launch.db.unwrap_or_else(dhma::storage::default_db_path);
    let state = state::AppState::open(db_path);
    let builder = tauri::Builder::default()
        // A second launch (a file double-clicked while DHMA runs) hands its files to the
        // first window and focuses it, instead of opening a second writer.
        .plugin(tauri_plugin_single_instance::init(|app, args, cwd| {
            let files = state::Launch::parse(args.into_iter().skip(1), Path::new(&cwd)).files;
            hand_over(app, files);
            if let Some(w) = app.get_webview_window("main") {
                let _ = w.unminimize();
                let _ = w.set_focus();
            }
        }))
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .manage(state::OpenedFiles::new(launch.files));
    let app = match commands::register(builder).build(tauri::generate_context!()) {
        Ok(app) => app,
        Err(e) => {
            eprintln!("DHMA could not start its window: {e}");
            std::process::exit(1);
        }
    };
    app.run(|_app, _event| {
        // macOS hands a double-clicked file to the running app as an event, not as an
        // argument (not built or tried here: see README).
        #[cfg(target_os = "macos")]
        if let tauri::RunEvent::Opened { urls } = _event {
            let files = urls.iter().filter_map(|u| u.to_file_path().ok()).collect();
            hand_over(_app, files);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_the_program_started_as_dhma() {
        for name in ["dhma", "/usr/bin/dhma", "dhma.exe", "./dhma"] {
            assert!(runs_as_cli(Some(OsStr::new(name))), "{name}");
        }
        for name in [
            "dhma-desktop",
            "/usr/bin/dhma-desktop",
            "DHMA",
            "dhmax",
            "/opt/dhma/run",
        ] {
            assert!(!runs_as_cli(Some(OsStr::new(name))), "{name}");
        }
        assert!(!runs_as_cli(None));
    }
}
