// Keep a console window from opening next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

// The `dhma` command line, compiled into this program too: the Linux packages ship one
// program (one copy of the report's fonts) and `/usr/bin/dhma` starts it under the name
// `dhma` (see `dhma_desktop::runs_as_cli`). The module is the `dhma` binary's own.
#[path = "../../src/cli.rs"]
mod cli;

fn main() -> std::process::ExitCode {
    if dhma_desktop::runs_as_cli(std::env::args_os().next().as_deref()) {
        return cli::main();
    }
    dhma_desktop::run();
    std::process::ExitCode::SUCCESS
}
