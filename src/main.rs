fn main() -> std::process::ExitCode {
    dhma::cli::main()
}
