//! The IPC layer: bindings match the registry, every registered command is handled, errors
//! reach the interface as {code, args, message}, and the security configuration stays strict.

use std::path::Path;

use dhma_desktop::commands::{bindings_js, register, REGISTRY};
use dhma_desktop::state::AppState;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, INVOKE_KEY};
use tauri::webview::InvokeRequest;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn bindings_are_up_to_date() {
    let path = root().join("../ui/js/api.js");
    let generated = bindings_js();
    if std::env::var_os("DHMA_BLESS").is_some() {
        std::fs::write(&path, &generated).expect("write bindings");
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == generated,
        "ui/js/api.js is out of date with the command registry; run DHMA_BLESS=1 cargo test -p dhma-desktop"
    );
}

#[test]
fn the_interface_calls_commands_only_through_the_bindings() {
    for entry in std::fs::read_dir(root().join("../ui/js")).expect("ui/js") {
        let path = entry.expect("entry").path();
        if path.file_name().is_some_and(|n| n == "api.js") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("read");
        assert!(
            !text.contains("invoke("),
            "{} calls invoke directly; add the command to the registry and use api.js",
            path.display()
        );
    }
}

#[test]
fn every_binding_the_interface_uses_exists() {
    let api = std::fs::read_to_string(root().join("../ui/js/api.js")).expect("api.js");
    let app = std::fs::read_to_string(root().join("../ui/js/app.js")).expect("app.js");
    let mut rest = app.as_str();
    while let Some(at) = rest.find("api.") {
        rest = &rest[at + 4..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if !rest[name.len()..].starts_with('(') {
            continue; // not a call (e.g. "api.js" in a comment)
        }
        assert!(
            api.contains(&format!("export const {name} = ")),
            "ui/js/app.js calls api.{name}, which the registry does not have"
        );
    }
}

fn app_with_db(dir: &Path) -> tauri::App<tauri::test::MockRuntime> {
    app_at(&dir.join("ipc.sqlite3"))
}

fn app_at(path: &Path) -> tauri::App<tauri::test::MockRuntime> {
    let state = AppState::open(path.to_path_buf());
    register(mock_builder())
        .manage(state)
        .build(mock_context(noop_assets()))
        .expect("mock app")
}

fn call(
    webview: &tauri::WebviewWindow<tauri::test::MockRuntime>,
    cmd: &str,
    body: serde_json::Value,
) -> Result<serde_json::Value, serde_json::Value> {
    get_ipc_response(
        webview,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: if cfg!(windows) {
                "http://tauri.localhost"
            } else {
                "tauri://localhost"
            }
            .parse()
            .expect("url"),
            body: InvokeBody::Json(body),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|b| b.deserialize::<serde_json::Value>().expect("json"))
}

#[test]
fn every_registered_command_is_handled_and_the_walk_works() {
    let dir = tempfile::tempdir().expect("tmp");
    let app = app_with_db(dir.path());
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("webview");
    let start = call(&webview, "startup", serde_json::json!({})).expect("startup");
    let id = start["openId"]
        .as_i64()
        .expect("first run opens the sample");
    for spec in REGISTRY {
        // Arguments of the wrong type make a handled command fail while decoding them (no
        // dialog opens, nothing changes); an unregistered one fails with "not found".
        let wrong = serde_json::json!({"id": "x", "path": 5, "code": 5, "lang": 5, "input": 5,
            "response": 5, "evidence": 5, "row": "x", "edit": 5, "uid": 5, "delta": "x"});
        let reply = call(&webview, spec.name, wrong);
        if let Err(e) = &reply {
            let text = e.to_string();
            assert!(
                !text.contains("not found"),
                "{} is not handled: {text}",
                spec.name
            );
        }
    }
    let saved = call(
        &webview,
        "save_response",
        serde_json::json!({"id": id, "response": {"indicator": "3", "current": 4, "target": 5,
            "target_year": 2030, "rationale": "agreed in plenary", "confidence": "high"}}),
    )
    .expect("save");
    assert_eq!(saved["answered"], 31);
    let page = call(
        &webview,
        "indicator",
        serde_json::json!({"id": id, "code": "3"}),
    )
    .expect("page");
    assert_eq!(page["response"]["current"], 4);
    assert_eq!(page["phases"].as_array().map(Vec::len), Some(5));
    let dash = call(&webview, "dashboard", serde_json::json!({"id": id})).expect("dashboard");
    assert!(dash["radar_svg"]
        .as_str()
        .is_some_and(|s| s.starts_with("<svg")));
}

#[test]
fn errors_reach_the_interface_as_code_args_and_localized_message() {
    let dir = tempfile::tempdir().expect("tmp");
    let app = app_with_db(dir.path());
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("webview");
    let id = call(&webview, "open_sample", serde_json::json!({})).expect("sample");
    call(&webview, "set_language", serde_json::json!({"lang": "fr"})).expect("fr");
    let err = call(
        &webview,
        "save_response",
        serde_json::json!({"id": id, "response": {"indicator": "99", "current": 2}}),
    )
    .expect_err("unknown indicator");
    assert_eq!(err["code"], "unknown-indicator");
    assert_eq!(err["args"]["code"], "99");
    let message = err["message"].as_str().expect("message");
    assert!(
        message.contains("99") && !message.contains("does not exist"),
        "French: {message}"
    );
}

#[test]
fn security_configuration_is_strict() {
    let conf: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tauri.conf.json")).expect("conf"),
    )
    .expect("json");
    let csp = conf["app"]["security"]["csp"]
        .as_str()
        .expect("a CSP is set");
    for bad in ["unsafe-eval", "unsafe-inline", "http:", "https:", "*"] {
        let allowed: Vec<&str> = csp
            .split(';')
            .flat_map(|d| d.split_whitespace().skip(1))
            .filter(|s| s.contains(bad) && *s != "http://ipc.localhost")
            .collect();
        assert!(allowed.is_empty(), "CSP must not allow {bad}: {allowed:?}");
    }
    // Every capability file, every permission: only what the page needs (core events and
    // the native dialogs). Shell, filesystem, HTTP and opener are never granted to the page;
    // a report is opened from Rust, for files this session wrote.
    const ALLOWED: [&str; 5] = [
        "core:default",
        "dialog:allow-open",
        "dialog:allow-save",
        "dialog:allow-ask",
        "dialog:allow-message",
    ];
    for entry in std::fs::read_dir(root().join("capabilities")).expect("capabilities") {
        let path = entry.expect("entry").path();
        let caps: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("caps")).expect("json");
        for p in caps["permissions"].as_array().expect("permissions") {
            let name = p
                .as_str()
                .or_else(|| p["identifier"].as_str())
                .unwrap_or("?");
            assert!(
                ALLOWED.contains(&name),
                "{}: capability {name} is not needed and must not be granted",
                path.display()
            );
        }
        assert!(caps.get("remote").is_none(), "no remote origin may use IPC");
    }
    // The interface loads nothing from the network: no address in any of its files.
    let mut dirs = vec![root().join("../ui")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("ui") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for bad in ["http://", "https://", "url(//", "src=\"//"] {
                assert!(!text.contains(bad), "{} contains {bad}", path.display());
            }
        }
    }
}

/// A database that cannot be opened does not stop the app: start-up reports why, nothing
/// works on the file meanwhile, and a backup or a new file is the way out; the unusable file
/// is kept unchanged.
#[test]
fn an_unusable_database_offers_restore_or_a_new_file() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("work.sqlite3");
    // A good database with one assessment and a backup of it.
    let backup_name = {
        let mut db = dhma::storage::Db::open(&path).expect("db");
        db.insert_data(&dhma::exchange::sample().expect("sample"))
            .expect("insert");
        dhma::backup::create(&db, dhma::backup::Reason::Hourly)
            .expect("backup")
            .expect("file")
            .name
    };
    // Then it is damaged (as by a failing USB stick).
    let mut bytes = std::fs::read(&path).expect("read");
    let len = bytes.len();
    bytes[4096..len.min(4 * 4096)].fill(0x5A);
    std::fs::write(&path, &bytes).expect("write");

    let app = app_at(&path);
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("webview");
    let start = call(&webview, "startup", serde_json::json!({})).expect("startup");
    let code = start["problem"]["code"].as_str().expect("a problem");
    assert!(
        ["database-damaged", "not-dhma-database"].contains(&code),
        "{start}"
    );
    assert!(start["problem"]["message"].as_str().expect("message").len() > 20);
    assert_eq!(
        start["replaceable"], true,
        "a backup or a new file may replace it"
    );
    assert!(call(&webview, "list_assessments", serde_json::json!({})).is_err());
    assert_eq!(std::fs::read(&path).expect("read"), bytes, "left as it was");

    let view = call(&webview, "backups", serde_json::json!({})).expect("backups");
    assert_eq!(view["rows"][0]["name"], backup_name.as_str());
    let message = call(
        &webview,
        "restore_backup",
        serde_json::json!({"name": backup_name}),
    )
    .expect("restore");
    assert!(message.as_str().expect("text").contains("set-aside"));
    let list = call(&webview, "list_assessments", serde_json::json!({})).expect("list");
    assert_eq!(list.as_array().expect("array").len(), 1);
    // The damaged file is kept, byte for byte, among the backups.
    let kept = dhma::backup::list(&path)
        .expect("list")
        .into_iter()
        .find(|b| b.reason == dhma::backup::Reason::SetAside)
        .expect("set aside");
    let aside = dhma::backup::dir_for(&path).join(kept.name);
    assert_eq!(std::fs::read(aside).expect("read"), bytes);

    // Another program's database: a new file takes its place, the old one is kept.
    let foreign = dir.path().join("foreign.sqlite3");
    std::fs::write(
        &foreign,
        "not a database, but a spreadsheet export\n".repeat(200),
    )
    .expect("write");
    let app = app_at(&foreign);
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("webview");
    let start = call(&webview, "startup", serde_json::json!({})).expect("startup");
    assert_eq!(start["problem"]["code"], "not-dhma-database");
    // The language can be changed meanwhile; the new file keeps it.
    call(&webview, "set_language", serde_json::json!({"lang": "fr"})).expect("language");
    let start = call(&webview, "startup", serde_json::json!({})).expect("startup");
    let message = start["problem"]["message"].as_str().expect("message");
    assert!(
        message.contains("n’est pas une base de données DHMA"),
        "{message}"
    );
    call(&webview, "start_new_file", serde_json::json!({})).expect("new file");
    assert_eq!(start["lang"], "fr");
    let start = call(&webview, "startup", serde_json::json!({})).expect("startup");
    assert!(start["problem"].is_null(), "{start}");
    assert_eq!(start["lang"], "fr", "the language picked before is kept");
    assert_eq!(dhma::backup::list(&foreign).expect("list").len(), 1);
}
