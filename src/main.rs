//! The `dhma` command line: a thin layer over the core (the desktop app does not link it).

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
