//! The licences of the third-party crates a program links, found at build time. Included
//! by the build scripts of `dhma` (`build.rs`) and `dhma-desktop` (`src-tauri/build.rs`)
//! with `#[path]`; not a module of either crate.
//!
//! `cargo metadata --offline --filter-platform $TARGET` gives the resolved dependency graph
//! for the target being built; from the package `root` it follows the normal dependencies
//! only (not build or dev dependencies), and for each crate reached (outside the workspace)
//! writes its name, version, SPDX licence expression and the text of the licence files in
//! its manifest folder (`LICENSE*`, `LICENCE*`, `COPYING*`, `NOTICE*`, `UNLICENSE`, and
//! its `license-file`). Only what cargo already downloaded is read, so it works offline; a
//! crate with no licence file is listed with its expression alone. The output is Rust
//! source (`CRATES` and `TEXTS`, each text once) that the crate `include!`s, typed by
//! `dhma::about::{CrateLicence, LicenceText}`.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::error::Error;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

type Res<T = ()> = Result<T, Box<dyn Error>>;

fn str_of<'a>(v: &'a serde_json::Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(serde_json::Value::as_str)
}

fn is_licence_file(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    ["LICENSE", "LICENCE", "COPYING", "NOTICE", "UNLICENSE"]
        .iter()
        .any(|p| upper.starts_with(p))
}

/// Writes the licences of what `root` links to `out`.
pub fn write(root: &str, out: &Path) -> Res {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let target = std::env::var("TARGET")?;
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?).join("Cargo.toml");
    let output = std::process::Command::new(&cargo)
        .args([
            "metadata",
            "--format-version",
            "1",
            "--offline",
            "--filter-platform",
        ])
        .arg(&target)
        .arg("--manifest-path")
        .arg(&manifest)
        .env_remove("CARGO_TARGET_DIR")
        .output()
        .map_err(|e| format!("cannot run {cargo} metadata: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "cargo metadata failed: {}",
            String::from_utf8_lossy(&output.stderr)
        )
        .into());
    }
    let meta: serde_json::Value = serde_json::from_slice(&output.stdout)?;
    if let Some(ws) = str_of(&meta, "workspace_root") {
        println!("cargo:rerun-if-changed={ws}/Cargo.lock");
    }
    let packages: HashMap<&str, &serde_json::Value> = meta
        .get("packages")
        .and_then(serde_json::Value::as_array)
        .ok_or("cargo metadata: no packages")?
        .iter()
        .filter_map(|p| Some((str_of(p, "id")?, p)))
        .collect();
    let nodes: HashMap<&str, &serde_json::Value> = meta
        .get("resolve")
        .and_then(|r| r.get("nodes"))
        .and_then(serde_json::Value::as_array)
        .ok_or("cargo metadata: no resolve graph")?
        .iter()
        .filter_map(|n| Some((str_of(n, "id")?, n)))
        .collect();
    let root_id = packages
        .iter()
        .find(|(_, p)| {
            str_of(p, "name") == Some(root) && p.get("source").is_some_and(|s| s.is_null())
        })
        .map(|(id, _)| *id)
        .ok_or_else(|| format!("cargo metadata: package {root} not found"))?;

    // Normal dependencies, transitively (a dep kind `null` is a normal dependency).
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    let mut todo = vec![root_id];
    while let Some(id) = todo.pop() {
        if !seen.insert(id) {
            continue;
        }
        let deps = nodes
            .get(id)
            .and_then(|n| n.get("deps"))
            .and_then(serde_json::Value::as_array);
        for dep in deps.into_iter().flatten() {
            let normal = dep
                .get("dep_kinds")
                .and_then(serde_json::Value::as_array)
                .is_some_and(|kinds| {
                    kinds
                        .iter()
                        .any(|k| k.get("kind").is_some_and(|k| k.is_null()))
                });
            if let (true, Some(pkg)) = (normal, str_of(dep, "pkg")) {
                todo.push(pkg);
            }
        }
    }

    // name, version → (licence, text indices); texts kept once each.
    let mut crates: BTreeMap<(String, String), (String, Vec<usize>)> = BTreeMap::new();
    let mut texts: Vec<(String, String)> = Vec::new();
    let mut text_index: HashMap<String, usize> = HashMap::new();
    for id in seen {
        let Some(p) = packages.get(id) else { continue };
        // Workspace members (DHMA itself) are not third-party crates.
        if p.get("source").is_none_or(|s| s.is_null()) {
            continue;
        }
        let name = str_of(p, "name").unwrap_or_default().to_string();
        let version = str_of(p, "version").unwrap_or_default().to_string();
        let licence = str_of(p, "license").unwrap_or_default().to_string();
        let dir = str_of(p, "manifest_path")
            .map(PathBuf::from)
            .and_then(|m| m.parent().map(Path::to_path_buf));
        let mut files: BTreeSet<PathBuf> = BTreeSet::new();
        if let Some(dir) = &dir {
            if let Ok(entries) = std::fs::read_dir(dir) {
                for e in entries.flatten() {
                    let path = e.path();
                    let name = e.file_name().to_string_lossy().into_owned();
                    if path.is_file() && is_licence_file(&name) {
                        files.insert(path);
                    }
                }
            }
            if let Some(f) = str_of(p, "license_file") {
                let path = dir.join(f);
                if path.is_file() {
                    files.insert(path);
                }
            }
        }
        let mut indices = Vec::new();
        for path in files {
            let Ok(bytes) = std::fs::read(&path) else {
                continue;
            };
            let text = String::from_utf8_lossy(&bytes).replace("\r\n", "\n");
            let file = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let i = *text_index.entry(text.clone()).or_insert_with(|| {
                texts.push((file, text));
                texts.len() - 1
            });
            if !indices.contains(&i) {
                indices.push(i);
            }
        }
        crates.insert((name, version), (licence, indices));
    }

    let mut src = String::from("// Generated by tools/crate_licences.rs at build time.\n");
    src.push_str("pub static CRATES: &[CrateLicence] = &[\n");
    for ((name, version), (licence, indices)) in &crates {
        writeln!(
            src,
            "    CrateLicence {{ name: {name:?}, version: {version:?}, license: {licence:?}, texts: &{indices:?} }},"
        )?;
    }
    src.push_str("];\npub static TEXTS: &[LicenceText] = &[\n");
    for (file, text) in &texts {
        writeln!(src, "    LicenceText {{ file: {file:?}, text: {text:?} }},")?;
    }
    src.push_str("];\n");
    std::fs::write(out, src)?;
    Ok(())
}
