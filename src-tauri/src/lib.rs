//! DHMA desktop shell: builds the Tauri app and nothing else. Commands live in
//! `commands/`, one file per area, each a thin wrapper over one core function.

pub mod commands;
pub mod error;
pub mod state;

use tauri::Manager;

/// Runs the desktop app.
pub fn run() {
    // A database that cannot be opened does not stop the window: the interface says why,
    // in the user's language, and offers to restore a backup or start a new file.
    let state = state::AppState::open(state::AppState::path_from_args());
    let builder = tauri::Builder::default()
        // A second launch focuses the first window instead of opening a second writer.
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(w) = app.get_webview_window("main") {
                let _ = w.unminimize();
                let _ = w.set_focus();
            }
        }))
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        .manage(state);
    let result = commands::register(builder).run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("DHMA could not start its window: {e}");
        std::process::exit(1);
    }
}
