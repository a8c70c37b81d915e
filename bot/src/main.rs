//! `frontdoor`: Front Door's one binary; see the `bot` library for the parts.

use std::process::ExitCode;

fn main() -> ExitCode {
    match bot::cli::main() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // The whole chain of causes, in plain words; no backtrace for an error a user can fix.
            eprintln!("frontdoor: {error:#}");
            ExitCode::FAILURE
        }
    }
}
