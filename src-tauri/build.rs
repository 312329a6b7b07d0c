//! Tauri's build step, and the licences of every crate the desktop app links (shown on its
//! About screen, `commands/about.rs`), generated from `cargo metadata`.

#[path = "../tools/crate_licences.rs"]
mod crate_licences;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR")?).join("crate_licences.rs");
    crate_licences::write("dhma-desktop", &out)?;
    tauri_build::build();
    Ok(())
}
