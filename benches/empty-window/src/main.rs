//! An empty Tauri 2 window, built with the same Tauri version and profile as the DHMA
//! desktop app: the reference against which `scripts/bench` times start-up and memory.
//! Its page calls `ready` on load; the command prints `ready` to stdout.

#[tauri::command]
fn ready() {
    println!("ready");
}

fn main() {
    if let Err(e) = tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ready])
        .run(tauri::generate_context!())
    {
        eprintln!("empty window could not start: {e}");
        std::process::exit(1);
    }
}
