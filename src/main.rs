//! The `doorman` binary: everything happens in [`doorman::cli::main`].

fn main() -> std::process::ExitCode {
    doorman::cli::main()
}
