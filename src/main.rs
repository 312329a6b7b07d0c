//! The `dhma` command line: a thin layer over the core (`cli.rs`, which the desktop program
//! also compiles in, to run as `dhma` from the packages).

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
