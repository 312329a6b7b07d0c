//! Embeds the framework structure files (`questionnaires/`) and the Fluent texts
//! (`locales/`) into the library, so that the `dhma` binary and the desktop app carry
//! their content with them and never depend on the working directory.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("toml") | Some("ftl") | Some("json")
        ) {
            out.push(path);
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("manifest dir"));
    let mut generated =
        String::from("/// Embedded content files: (path relative to the repository, text).\n");
    generated.push_str("pub static FILES: &[(&str, &str)] = &[\n");
    for top in ["questionnaires", "locales", "samples"] {
        let root = manifest.join(top);
        println!("cargo:rerun-if-changed={}", root.display());
        let mut files = Vec::new();
        collect(&root, &mut files);
        for file in files {
            // Directories are watched as a whole only for added or removed entries.
            println!("cargo:rerun-if-changed={}", file.display());
            let rel = file
                .strip_prefix(&manifest)
                .expect("inside manifest")
                .to_string_lossy()
                .replace('\\', "/");
            writeln!(
                generated,
                "    ({rel:?}, include_str!({:?})),",
                file.display().to_string()
            )
            .expect("write to string");
        }
        // Sub-directories must be watched too, or a new locale file would go unnoticed.
        let mut dirs = vec![root];
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(&d).expect("read dir").flatten() {
                if e.path().is_dir() {
                    println!("cargo:rerun-if-changed={}", e.path().display());
                    dirs.push(e.path());
                }
            }
        }
    }
    generated.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("out dir")).join("embedded.rs");
    std::fs::write(out, generated).expect("write embedded.rs");
}
