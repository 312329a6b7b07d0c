//! "Save chart…" (issue 14 item 5): the `save_chart` command writes the radar or the bars as
//! PNG or SVG by the file's extension, in the interface language, and refuses in it.
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

use dhma_desktop::commands::register;
use dhma_desktop::state::AppState;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, INVOKE_KEY};
use tauri::webview::InvokeRequest;

fn app_at(path: &Path) -> tauri::App<tauri::test::MockRuntime> {
    register(mock_builder())
        .manage(AppState::open(path.to_path_buf()))
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
            url: "tauri://localhost".parse().expect("url"),
            body: InvokeBody::Json(body),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|b| b.deserialize::<serde_json::Value>().expect("json"))
}

#[test]
fn save_chart_writes_png_or_svg_and_refuses_in_the_interface_language() {
    let dir = tempfile::tempdir().expect("tmp");
    let app = app_at(&dir.path().join("charts.sqlite3"));
    let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("webview");
    let id = call(&webview, "open_sample", serde_json::json!({})).expect("sample");
    call(&webview, "set_language", serde_json::json!({"lang": "ar"})).expect("ar");

    let png = dir.path().join("radar.png");
    let done = call(
        &webview,
        "save_chart",
        serde_json::json!({"id": id, "kind": "radar", "path": png.display().to_string()}),
    )
    .expect("saved");
    assert_eq!(done["path"], png.display().to_string());
    assert!(done["message"]
        .as_str()
        .is_some_and(|m| m.contains("حُفظ المخطط")));
    let bytes = std::fs::read(&png).expect("png written");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
    // 1890 × 1417 pixels: 16 × 12 cm at 300 dpi (IHDR width and height, big-endian).
    assert_eq!(&bytes[16..24], &[0, 0, 7, 98, 0, 0, 5, 137]);

    let svg = dir.path().join("bars.SVG");
    call(
        &webview,
        "save_chart",
        serde_json::json!({"id": id, "kind": "bars", "path": svg.display().to_string()}),
    )
    .expect("saved");
    let text = std::fs::read_to_string(&svg).expect("svg written");
    assert!(text.starts_with("<svg") && !text.contains("<text"));

    let bad = dir.path().join("pie.png");
    let err = call(
        &webview,
        "save_chart",
        serde_json::json!({"id": id, "kind": "pie", "path": bad.display().to_string()}),
    )
    .expect_err("unknown chart");
    assert_eq!(err["code"], "unknown-chart-kind");
    assert!(err["message"]
        .as_str()
        .is_some_and(|m| m.contains("اختاروا")));
    assert!(!bad.exists());

    let nowhere = dir.path().join("missing").join("radar.png");
    let err = call(
        &webview,
        "save_chart",
        serde_json::json!({"id": id, "kind": "radar", "path": nowhere.display().to_string()}),
    )
    .expect_err("no such folder");
    assert_eq!(err["code"], "io");
    assert!(!dir.path().join("missing").exists());
}
