//! "About DHMA" (issue 16): one version everywhere, and the licences of the linked crates.

use std::path::Path;
use std::process::Command;

/// The `version` of a Cargo.toml's `[package]`.
fn package_version(manifest: &Path) -> String {
    let text = std::fs::read_to_string(manifest).unwrap();
    let value: toml::Table = text.parse().unwrap();
    value["package"]["version"].as_str().unwrap().to_string()
}

#[test]
fn dhma_version_the_about_text_and_every_manifest_agree() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let version = dhma::about::VERSION;
    assert_eq!(version, env!("CARGO_PKG_VERSION"));
    assert_eq!(package_version(&root.join("Cargo.toml")), version);
    assert_eq!(package_version(&root.join("src-tauri/Cargo.toml")), version);
    let conf: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("src-tauri/tauri.conf.json")).unwrap(),
    )
    .unwrap();
    if let Some(v) = conf.get("version") {
        assert_eq!(v.as_str(), Some(version), "tauri.conf.json");
    }

    let out = Command::new(env!("CARGO_BIN_EXE_dhma"))
        .arg("--version")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("dhma {version}\n")
    );

    let out = Command::new(env!("CARGO_BIN_EXE_dhma"))
        .args(["licences", "--lang", "fr"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with(&format!("À propos de DHMA\nVersion {version}\n")),
        "{text}"
    );
    assert!(text.contains("DHMA est un logiciel libre sous licence Apache-2.0."));
    assert!(text.contains("SIL Open Font License"), "the fonts' notice");
    assert!(text.contains("rusqlite 0.43"), "the crates");
}

#[test]
fn the_core_lists_the_crates_it_links_with_their_licence_texts() {
    let licences = dhma::about::CORE_CRATES;
    let find = |name: &str| licences.crates.iter().find(|c| c.name == name);
    for (name, licence) in [
        ("rusqlite", "MIT"),
        ("printpdf", "MIT"),
        ("serde", "MIT OR Apache-2.0"),
        ("resvg", "Apache-2.0 OR MIT"),
    ] {
        let c = find(name).unwrap_or_else(|| panic!("{name} is not listed"));
        assert_eq!(c.license, licence, "{name}");
        assert!(!c.texts.is_empty(), "{name} ships its licence text");
        assert!(c.texts.iter().any(|&i| licences.texts[i]
            .text
            .contains("Permission is hereby granted")
            || licences.texts[i].text.contains("Apache License")));
    }
    // Dev-dependencies (tests only), build dependencies and the desktop shell's crates are
    // not linked into `dhma`.
    for absent in ["proptest", "tempfile", "boon", "tauri", "dhma"] {
        assert!(find(absent).is_none(), "{absent} is listed");
    }
    // Each text once.
    let mut texts: Vec<&str> = licences.texts.iter().map(|t| t.text).collect();
    texts.sort_unstable();
    texts.dedup();
    assert_eq!(texts.len(), licences.texts.len());

    // The view: every crate, in the reader's language, the licence texts as written.
    let view = dhma::about::about(&dhma::service::localizer(dhma::i18n::Lang::Ar), licences);
    assert_eq!(view.crates.len(), licences.crates.len());
    assert_eq!(view.title, "حول DHMA");
    assert!(view
        .crates_intro
        .contains(&licences.crates.len().to_string()));
    assert!(view.font_texts.iter().all(|t| t.text.contains("OFL")));
}
