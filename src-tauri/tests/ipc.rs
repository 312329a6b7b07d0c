//! The IPC layer: bindings match the registry, every registered command is handled, errors
//! reach the interface as {code, args, message}, and the security configuration stays strict.
// Tests may unwrap, panic and index: a failure is a failing test.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::unreachable,
    clippy::indexing_slicing,
    clippy::string_slice
)]

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

/// A `#[tauri::command]` function as written in src/commands/: where, its name, and the
/// argument names the interface must pass.
#[derive(Debug)]
struct CommandFn {
    file: String,
    name: String,
    args: Vec<String>,
}

/// Parameters Tauri fills in itself; the interface never passes them.
const INJECTED: [&str; 8] = [
    "State<",
    "AppHandle",
    "Window",
    "Webview",
    "WebviewWindow",
    "Request<",
    "CommandScope<",
    "GlobalScope<",
];

/// The text up to the bracket that closes the one `text` starts after, or None.
fn until_closing(text: &str, open: char, close: char) -> Option<&str> {
    let mut depth = 1usize;
    for (at, c) in text.char_indices() {
        if c == open {
            depth += 1;
        } else if c == close {
            depth -= 1;
            if depth == 0 {
                return text.get(..at);
            }
        }
    }
    None
}

/// Splits a parameter list at the commas outside any brackets.
fn split_params(list: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (at, c) in list.char_indices() {
        match c {
            '<' | '(' | '[' => depth += 1,
            '>' | ')' | ']' => depth -= 1,
            ',' if depth == 0 => {
                out.extend(list.get(start..at));
                start = at + 1;
            }
            _ => {}
        }
    }
    out.extend(list.get(start..));
    out.into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Every `#[tauri::command]` function of one source file, with the arguments the interface
/// passes: Tauri takes them in camelCase unless the attribute says `rename_all = "snake_case"`.
fn commands_in(file: &str, source: &str) -> Vec<CommandFn> {
    // Line comments would hide or invent parameters.
    let source: String = source
        .lines()
        .map(|l| l.split_once("//").map_or(l, |(code, _)| code))
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = Vec::new();
    let mut rest = source.as_str();
    while let Some((_, after)) = rest.split_once("#[tauri::command") {
        rest = after;
        let attribute =
            until_closing(after, '[', ']').unwrap_or_else(|| panic!("{file}: attribute"));
        let snake = attribute
            .replace(' ', "")
            .contains("rename_all=\"snake_case\"");
        let (_, after_fn) = after
            .split_once("fn ")
            .unwrap_or_else(|| panic!("{file}: no fn after #[tauri::command"));
        let name: String = after_fn
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let signature = after_fn.get(name.len()..).unwrap_or_default().trim_start();
        // Generic parameters (`<R: Runtime>`) come before the parameter list.
        let signature = match signature.strip_prefix('<') {
            Some(generic) => {
                let inner = until_closing(generic, '<', '>')
                    .unwrap_or_else(|| panic!("{file}: {name} generics"));
                generic
                    .get(inner.len() + 1..)
                    .unwrap_or_default()
                    .trim_start()
            }
            None => signature,
        };
        let list = signature
            .strip_prefix('(')
            .and_then(|p| until_closing(p, '(', ')'))
            .unwrap_or_else(|| panic!("{file}: {name} has no parameter list"));
        let args = split_params(list)
            .into_iter()
            .filter_map(|param| {
                let (arg, ty) = param.split_once(':')?;
                let ty = ty
                    .trim()
                    .trim_start_matches("tauri::")
                    .trim_start_matches("ipc::");
                if INJECTED.iter().any(|i| ty.starts_with(i)) {
                    return None;
                }
                let arg = arg.trim().trim_start_matches("mut ").trim();
                Some(if snake { arg.to_string() } else { camel(arg) })
            })
            .collect();
        out.push(CommandFn {
            file: file.to_string(),
            name,
            args,
        });
    }
    out
}

fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The command source files: every `.rs` file below src/commands/, as (path, text).
fn command_sources() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut dirs = vec![root().join("src/commands")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("src/commands") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("read");
                let name = path
                    .strip_prefix(root())
                    .unwrap_or(&path)
                    .display()
                    .to_string();
                out.push((name, text));
            }
        }
    }
    out.sort();
    out
}

/// Where the registry and the Rust functions disagree: a command without its function, a
/// function the registry does not list, or argument names that differ.
fn registry_mismatches(sources: &[(String, String)]) -> Vec<String> {
    let mut found: Vec<CommandFn> = sources
        .iter()
        .flat_map(|(f, t)| commands_in(f, t))
        .collect();
    found.sort_by(|a, b| a.name.cmp(&b.name));
    let mut problems = Vec::new();
    for spec in REGISTRY {
        let fns: Vec<&CommandFn> = found.iter().filter(|c| c.name == spec.name).collect();
        let [f] = fns.as_slice() else {
            problems.push(format!(
                "{}: {} #[tauri::command] functions of that name (one expected)",
                spec.name,
                fns.len()
            ));
            continue;
        };
        let mut registry: Vec<&str> = spec.args.to_vec();
        let mut rust: Vec<&str> = f.args.iter().map(String::as_str).collect();
        registry.sort_unstable();
        rust.sort_unstable();
        if registry != rust {
            problems.push(format!(
                "{}: the registry passes {:?}, the function in {} takes {:?}",
                spec.name, spec.args, f.file, f.args
            ));
        }
    }
    for f in &found {
        if !REGISTRY.iter().any(|s| s.name == f.name) {
            problems.push(format!(
                "{} ({}) is a command the registry does not list",
                f.name, f.file
            ));
        }
    }
    problems
}

#[test]
fn registry_arguments_match_the_command_functions() {
    let sources = command_sources();
    let count: usize = sources.iter().map(|(f, t)| commands_in(f, t).len()).sum();
    assert_eq!(count, REGISTRY.len(), "one function per registered command");
    let problems = registry_mismatches(&sources);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The check above fails when a parameter is renamed, added or removed, when a command
/// function is renamed, and when one is added without a registry entry.
#[test]
fn the_argument_check_catches_drift() {
    let sources = command_sources();
    let drifted = |file: &str, from: &str, to: &str| -> Vec<String> {
        let changed: Vec<(String, String)> = sources
            .iter()
            .map(|(f, t)| {
                let t = if f.ends_with(file) {
                    assert!(t.contains(from), "{file} no longer holds {from:?}");
                    t.replacen(from, to, 1)
                } else {
                    t.clone()
                };
                (f.clone(), t)
            })
            .collect();
        registry_mismatches(&changed)
    };
    let renamed = drifted("roadmap.rs", "delta: i64", "steps: i64");
    assert!(
        renamed
            .iter()
            .any(|p| p.starts_with("move_roadmap_item:") && p.contains("steps")),
        "{renamed:?}"
    );
    let added = drifted("roadmap.rs", "delta: i64", "delta: i64, whole_line: bool");
    assert!(added.iter().any(|p| p.contains("wholeLine")), "{added:?}");
    let removed = drifted("responses.rs", ", row: i64", "");
    assert!(
        removed.iter().any(|p| p.starts_with("remove_evidence:")),
        "{removed:?}"
    );
    let snake = drifted(
        "dashboard.rs",
        "#[tauri::command(async)]\npub fn finalise",
        "#[tauri::command(async, rename_all = \"snake_case\")]\npub fn finalise",
    );
    assert!(snake.iter().any(|p| p.contains("sign_off")), "{snake:?}");
    let unlisted = drifted(
        "roadmap.rs",
        "#[tauri::command(async)]",
        "#[tauri::command(async)]\npub fn forgotten(state: State<'_, AppState>) {}\n#[tauri::command(async)]",
    );
    assert!(
        unlisted.iter().any(|p| p.starts_with("forgotten ")),
        "{unlisted:?}"
    );
    let handled = [("roadmap.rs", "pub fn roadmap(", "pub fn road_map(")];
    for (file, from, to) in handled {
        let gone = drifted(file, from, to);
        assert!(
            gone.iter().any(|p| p.starts_with("roadmap: 0 ")),
            "{gone:?}"
        );
    }
}

/// The handler list in `register()` names exactly the registry's commands.
#[test]
fn register_handles_exactly_the_registry() {
    let text = std::fs::read_to_string(root().join("src/commands/mod.rs")).expect("mod.rs");
    let (_, after) = text
        .split_once("generate_handler![")
        .expect("register() uses generate_handler!");
    let list = until_closing(after, '[', ']').expect("closing bracket");
    let mut handled: Vec<&str> = split_params(list)
        .into_iter()
        .map(|path| path.rsplit("::").next().unwrap_or(path))
        .collect();
    let mut registry: Vec<&str> = REGISTRY.iter().map(|s| s.name).collect();
    handled.sort_unstable();
    registry.sort_unstable();
    assert_eq!(handled, registry);
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

/// The workshop through the IPC layer: ratings entered one by one come back as the spread,
/// a wide spread is to discuss, agreeing then needs a note, and dissent can be recorded and
/// removed.
#[test]
fn the_workshop_commands_rate_agree_and_dissent() {
    let dir = tempfile::tempdir().expect("tmp");
    let app = app_with_db(dir.path());
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("webview");
    let id = call(&webview, "open_sample", serde_json::json!({})).expect("sample");
    let before = call(
        &webview,
        "spread",
        serde_json::json!({"id": id, "code": "3"}),
    )
    .expect("spread");
    let count = before["spread"]["count"].as_u64().expect("count");
    let names = call(&webview, "participants", serde_json::json!({"id": id})).expect("names");
    assert_eq!(names.as_array().map(Vec::len), Some(8));
    assert_eq!(names[0], "Amina Kessar");
    for (who, phase) in [
        ("Amina Kessar", serde_json::json!(5)),
        ("Leila Haddad", serde_json::json!("NA")),
    ] {
        call(
            &webview,
            "set_rating",
            serde_json::json!({"id": id, "rating": {"indicator": "3",
                "rater": {"participant": who}, "phase": phase}}),
        )
        .expect("rating");
    }
    let after = call(
        &webview,
        "spread",
        serde_json::json!({"id": id, "code": "3"}),
    )
    .expect("spread");
    assert_eq!(after["spread"]["count"].as_u64(), Some(count - 1));
    assert_eq!(after["spread"]["discuss"], true);
    assert!(after["discuss_label"].is_string());
    let listed = call(&webview, "to_discuss", serde_json::json!({"id": id})).expect("list");
    assert!(listed
        .as_array()
        .is_some_and(|l| l.iter().any(|v| v["indicator"] == "3")));
    let refused = call(
        &webview,
        "agree_phase",
        serde_json::json!({"id": id, "code": "3", "agreed": 3, "note": null}),
    );
    assert!(refused.is_err(), "a wide spread needs a consensus note");
    let agreed = call(
        &webview,
        "agree_phase",
        serde_json::json!({"id": id, "code": "3", "agreed": 3, "note": "Agreed after the debate"}),
    )
    .expect("agree with note");
    assert_eq!(agreed["agreed"], 3);
    assert_eq!(agreed["note"], "Agreed after the debate");
    let dissent = call(
        &webview,
        "record_dissent",
        serde_json::json!({"id": id, "dissent": {"indicator": "3",
            "rater": {"participant": "Amina Kessar"}, "reason": "We are further"}}),
    )
    .expect("dissent");
    assert!(dissent["dissents"]
        .as_array()
        .is_some_and(|d| d.iter().any(|x| x["reason"] == "We are further")));
    let removed = call(
        &webview,
        "remove_dissent",
        serde_json::json!({"id": id, "code": "3", "rater": {"participant": "Amina Kessar"}}),
    )
    .expect("remove dissent");
    assert!(removed["dissents"]
        .as_array()
        .is_some_and(|d| d.iter().all(|x| x["reason"] != "We are further")));
    let cleared = call(
        &webview,
        "clear_rating",
        serde_json::json!({"id": id, "code": "3", "rater": {"participant": "Amina Kessar"}}),
    )
    .expect("clear");
    assert_eq!(cleared["spread"]["count"].as_u64(), Some(count - 2));
}

#[test]
fn the_ratings_import_previews_without_storing_then_stores_all_or_nothing() {
    let dir = tempfile::tempdir().expect("tmp");
    let app = app_with_db(dir.path());
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("webview");
    let id = call(&webview, "open_sample", serde_json::json!({})).expect("sample");
    let names = call(&webview, "participants", serde_json::json!({"id": id})).expect("names");
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "participant,indicator,phase\nNew One,3,4\nNew One,99,2\n",
    )
    .expect("csv");
    let bad = bad.display().to_string();
    let err = call(
        &webview,
        "preview_ratings_import",
        serde_json::json!({"id": id, "path": bad}),
    )
    .expect_err("refused");
    assert_eq!(err["code"], "csv-unknown-indicator");
    assert!(err["message"].as_str().is_some_and(|m| m.contains('3')));
    let err = call(
        &webview,
        "import_ratings",
        serde_json::json!({"id": id, "path": bad}),
    )
    .expect_err("refused");
    assert_eq!(err["code"], "csv-unknown-indicator");
    let good = dir.path().join("good.csv");
    std::fs::write(
        &good,
        "participant,indicator,phase\namina kessar,3,5\nNew One,3,4\nNew One,4,NA\n",
    )
    .expect("csv");
    let good = good.display().to_string();
    let preview = call(
        &webview,
        "preview_ratings_import",
        serde_json::json!({"id": id, "path": good}),
    )
    .expect("preview");
    assert_eq!(preview["ratings"], 3);
    assert_eq!(preview["indicators"], 2);
    assert_eq!(preview["added"], serde_json::json!(["New One"]));
    assert_eq!(
        call(&webview, "participants", serde_json::json!({"id": id})).expect("names"),
        names,
        "neither the refusal nor the preview stored anything"
    );
    let said = call(
        &webview,
        "import_ratings",
        serde_json::json!({"id": id, "path": preview["path"]}),
    )
    .expect("import");
    let said = said
        .as_str()
        .unwrap_or_default()
        .replace(['\u{2068}', '\u{2069}'], "");
    assert_eq!(said, "Imported 3 ratings.");
    let after = call(&webview, "participants", serde_json::json!({"id": id})).expect("names");
    assert_eq!(after.as_array().map(Vec::len), Some(9));
    let spread = call(
        &webview,
        "spread",
        serde_json::json!({"id": id, "code": "3"}),
    )
    .expect("spread");
    assert!(spread["ratings"].as_array().is_some_and(|r| r
        .iter()
        .any(|x| x["rater"] == serde_json::json!({"participant": "New One"}) && x["phase"] == 4)));
}

/// Two copies of one assessment through the IPC layer: a file changed on "the other laptop"
/// merges here with its summary, the conflicts come with both sides and whether another
/// value may be written, settling them one by one says how many are left, and a breakout
/// file opens, on another computer, on its group's first block under a banner.
#[test]
fn the_copies_commands_merge_settle_and_export_for_a_group() {
    let dir = tempfile::tempdir().expect("tmp");
    let app = app_with_db(dir.path());
    let here = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("webview");
    let id = call(&here, "open_sample", serde_json::json!({})).expect("sample");
    let file = dir.path().join("sample.dhma.json").display().to_string();
    call(
        &here,
        "export_assessment",
        serde_json::json!({"id": id, "path": file}),
    )
    .expect("export");

    // The other laptop: a database of its own, the file imported as a new copy.
    let other_app = app_at(&dir.path().join("other.sqlite3"));
    let there = tauri::WebviewWindowBuilder::new(&other_app, "main", Default::default())
        .build()
        .expect("webview");
    let added = call(
        &there,
        "import_assessment",
        serde_json::json!({"path": file}),
    )
    .expect("import there");
    assert_eq!(added["merged"], false, "{added}");
    let other_id = added["id"].clone();
    let rate = |w: &tauri::WebviewWindow<tauri::test::MockRuntime>,
                id: &serde_json::Value,
                who: &str,
                code: &str,
                phase: u8| {
        call(
            w,
            "set_rating",
            serde_json::json!({"id": id, "rating": {"indicator": code,
                "rater": {"participant": who}, "phase": phase}}),
        )
        .expect("rating");
    };
    let rationale = |w: &tauri::WebviewWindow<tauri::test::MockRuntime>,
                     id: &serde_json::Value,
                     text: &str| {
        let page = call(w, "indicator", serde_json::json!({"id": id, "code": "1"})).expect("page");
        let mut response = page["response"].clone();
        response["rationale"] = serde_json::json!(text);
        call(
            w,
            "save_response",
            serde_json::json!({"id": id, "response": response}),
        )
        .expect("save");
    };
    rate(&there, &other_id, "Amina Kessar", "3", 4);
    rate(&there, &other_id, "Joseph Mbeki-Laurent", "5", 3);
    rationale(&there, &other_id, "Decree signed in October");
    let back = dir.path().join("back.dhma.json").display().to_string();
    call(
        &there,
        "export_assessment",
        serde_json::json!({"id": other_id, "path": back}),
    )
    .expect("export there");

    // Here, the same rating and the same rationale changed otherwise.
    let id = serde_json::json!(id);
    rate(&here, &id, "Amina Kessar", "3", 5);
    rationale(&here, &id, "Decree drafted");
    let merged = call(
        &here,
        "import_assessment",
        serde_json::json!({"path": back}),
    )
    .expect("merge");
    assert_eq!(merged["merged"], true, "{merged}");
    assert_eq!(merged["id"], id);
    assert_eq!(
        (
            merged["answers_taken"].as_u64(),
            merged["other_taken"].as_u64()
        ),
        (Some(0), Some(1)),
        "only Joseph's rating is taken as it is: {merged}"
    );
    assert_eq!(merged["conflicts_waiting"], 2, "{merged}");
    let summary = merged["summary"]
        .as_str()
        .expect("summary")
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        summary.ends_with("2 conflicts wait for a decision."),
        "{summary}"
    );
    let dash = call(&here, "dashboard", serde_json::json!({"id": id})).expect("dashboard");
    assert_eq!(dash["conflicts_waiting"], 2);
    assert_eq!(
        dash["conflicts_label"]
            .as_str()
            .unwrap_or_default()
            .replace(['\u{2068}', '\u{2069}'], ""),
        "2 conflicts from merging files wait for a decision."
    );

    let list = call(&here, "conflicts", serde_json::json!({"id": id})).expect("conflicts");
    let list = list.as_array().expect("list").clone();
    assert_eq!(list.len(), 2, "{list:?}");
    let rating = list
        .iter()
        .find(|c| {
            c["field"]
                .as_str()
                .is_some_and(|f| f.starts_with("rating:"))
        })
        .expect("the rating's conflict");
    let text = list
        .iter()
        .find(|c| c["field"] == "rationale")
        .expect("the rationale's conflict");
    assert_eq!(rating["indicator"], "3");
    assert_eq!(rating["writable"], false, "a rating is kept from one side");
    assert_eq!(text["writable"], true, "a rationale may be written anew");
    assert_eq!(text["local"]["text"], "Decree drafted");
    assert_eq!(text["incoming"]["text"], "Decree signed in October");
    assert!(text["local"]["changed"]
        .as_str()
        .is_some_and(|s| s.starts_with("Changed by")));
    assert!(
        rating["label"]
            .as_str()
            .is_some_and(|s| s.to_lowercase().contains("amina kessar")),
        "{rating}"
    );

    // Writing a value where only a side may be chosen is refused, changing nothing.
    let refused = call(
        &here,
        "resolve_conflict",
        serde_json::json!({"id": id, "indicator": "3", "field": rating["field"],
            "choice": {"value": "2"}}),
    )
    .expect_err("refused");
    assert_eq!(refused["code"], "conflict-value-not-allowed");
    let settled = call(
        &here,
        "resolve_conflict",
        serde_json::json!({"id": id, "indicator": "1", "field": "rationale",
            "choice": {"value": "Decree signed; drafted here first"}}),
    )
    .expect("written");
    assert_eq!(
        settled["message"]
            .as_str()
            .unwrap_or_default()
            .replace(['\u{2068}', '\u{2069}'], ""),
        "Settled. One conflict is left."
    );
    assert_eq!(settled["conflicts"].as_array().map(Vec::len), Some(1));
    let settled = call(
        &here,
        "resolve_conflict",
        serde_json::json!({"id": id, "indicator": "3", "field": rating["field"],
            "choice": "incoming"}),
    )
    .expect("taken");
    assert_eq!(settled["conflicts"], serde_json::json!([]));
    let page = call(
        &here,
        "indicator",
        serde_json::json!({"id": id, "code": "1"}),
    )
    .expect("page");
    assert_eq!(
        page["response"]["rationale"],
        "Decree signed; drafted here first"
    );
    let spread = call(&here, "spread", serde_json::json!({"id": id, "code": "3"})).expect("spread");
    assert!(spread["ratings"]
        .as_array()
        .is_some_and(|r| r.iter().any(|x| x["rater"]
            == serde_json::json!({"participant": "Amina Kessar"})
            && x["phase"] == 4)));
    let dash = call(&here, "dashboard", serde_json::json!({"id": id})).expect("dashboard");
    assert_eq!(dash["conflicts_waiting"], 0);
    assert!(dash["conflicts_label"].is_null());

    // A breakout file for group B opens, on a computer that does not have the assessment, on
    // the group's first block with its banner; the copy here has no mark.
    let group = "Group B: people and systems";
    let breakout = dir.path().join("group-b.dhma.json").display().to_string();
    let done = call(
        &here,
        "export_for_group",
        serde_json::json!({"id": id, "group": group, "path": breakout}),
    )
    .expect("export for a group");
    let said = done["message"]
        .as_str()
        .unwrap_or_default()
        .replace(['\u{2068}', '\u{2069}'], "");
    assert_eq!(
        said,
        format!("The file for group {group} (4 building blocks) was saved in {breakout}.")
    );
    let unknown = call(
        &here,
        "export_for_group",
        serde_json::json!({"id": id, "group": "Group Z", "path": breakout}),
    )
    .expect_err("no such group");
    assert_eq!(unknown["code"], "rater-unknown");
    let walk = call(&here, "walk", serde_json::json!({"id": id})).expect("walk");
    assert!(walk["breakout"].is_null());
    let third_app = app_at(&dir.path().join("group.sqlite3"));
    let group_pc = tauri::WebviewWindowBuilder::new(&third_app, "main", Default::default())
        .build()
        .expect("webview");
    let copy = call(
        &group_pc,
        "import_assessment",
        serde_json::json!({"path": breakout}),
    )
    .expect("import the breakout file");
    let walk = call(&group_pc, "walk", serde_json::json!({"id": copy["id"]})).expect("walk");
    let mark = &walk["breakout"];
    assert_eq!(mark["group"], group);
    assert_eq!(
        mark["blocks"],
        serde_json::json!([
            "workforce",
            "standards-interoperability",
            "infrastructure",
            "services-applications"
        ])
    );
    let workforce = walk["blocks"]
        .as_array()
        .and_then(|b| b.iter().find(|b| b["id"] == "workforce"))
        .expect("workforce block");
    assert_eq!(mark["first_indicator"], workforce["indicators"][0]["code"]);
    let banner = mark["banner"]
        .as_str()
        .unwrap_or_default()
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        banner.starts_with(&format!("Breakout file for group {group}: Workforce, ")),
        "{banner}"
    );
}
