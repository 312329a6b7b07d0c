//! Embeds the framework structure files (`questionnaires/`) and the Fluent texts
//! (`locales/`) into the library, so that the `dhma` binary and the desktop app carry
//! their content with them and never depend on the working directory.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

// The licences of the crates `dhma` links, for `dhma about` (`src/about.rs`).
#[path = "tools/crate_licences.rs"]
mod crate_licences;

type BuildResult<T = ()> = Result<T, Box<dyn std::error::Error>>;

fn read_dir(dir: &Path) -> BuildResult<Vec<PathBuf>> {
    let mut entries = Vec::new();
    for entry in
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?
    {
        entries.push(entry?.path());
    }
    entries.sort();
    Ok(entries)
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> BuildResult {
    for path in read_dir(dir)? {
        if path.is_dir() {
            collect(&path, out)?;
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("toml") | Some("ftl") | Some("json")
        ) {
            out.push(path);
        }
    }
    Ok(())
}

/// A build script reports a missing or unreadable content file as an error (the build
/// fails with its message); it never panics.
fn main() -> BuildResult {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?);
    let mut generated =
        String::from("/// Embedded content files: (path relative to the repository, text).\n");
    generated.push_str("pub static FILES: &[(&str, &str)] = &[\n");
    for top in ["questionnaires", "locales", "samples"] {
        let root = manifest.join(top);
        println!("cargo:rerun-if-changed={}", root.display());
        let mut files = Vec::new();
        collect(&root, &mut files)?;
        for file in files {
            // Directories are watched as a whole only for added or removed entries.
            println!("cargo:rerun-if-changed={}", file.display());
            let rel = file
                .strip_prefix(&manifest)?
                .to_string_lossy()
                .replace('\\', "/");
            writeln!(
                generated,
                "    ({rel:?}, include_str!({:?})),",
                file.display().to_string()
            )?;
        }
        // Sub-directories must be watched too, or a new locale file would go unnoticed.
        let mut dirs = vec![root];
        while let Some(d) = dirs.pop() {
            for path in read_dir(&d)? {
                if path.is_dir() {
                    println!("cargo:rerun-if-changed={}", path.display());
                    dirs.push(path);
                }
            }
        }
    }
    generated.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR")?).join("embedded.rs");
    std::fs::write(out, generated)?;
    crate_licences::write(
        "dhma",
        &PathBuf::from(std::env::var("OUT_DIR")?).join("crate_licences.rs"),
    )?;
    Ok(())
}
