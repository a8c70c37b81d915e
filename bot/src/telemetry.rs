//! Logging with `tracing`, to standard error.
//!
//! Logs name people only by their pseudonymous id: no message text, names or phone numbers
//! are ever passed to a log call, which is why fields are chosen at each call site rather than
//! whole structs being logged. `FRONTDOOR_LOG` (or `RUST_LOG`) sets the filter; `FRONTDOOR_LOG_FORMAT=json`
//! gives one JSON object a line for a log collector.

use std::io::IsTerminal;
use tracing_subscriber::EnvFilter;

/// A JSON error told by its kind and where it happened, never by the text it read: serde
/// quotes the value it could not take (`invalid type: string "..."`), which may be a resident's
/// words or number, and these errors are logged, stored and sent back to providers.
pub fn json_error_without_input(error: &serde_json::Error) -> String {
    format!("{:?} error at line {}, column {}", error.classify(), error.line(), error.column())
}

/// Starts logging; `default_level` applies when no filter is set (quieter for the terminal chat).
pub fn init(default_level: &str) {
    let filter = std::env::var("FRONTDOOR_LOG")
        .ok()
        .or_else(|| std::env::var("RUST_LOG").ok())
        .unwrap_or_else(|| format!("{default_level},sqlx=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::new(filter))
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_target(false);
    let json = std::env::var("FRONTDOOR_LOG_FORMAT").is_ok_and(|format| format == "json");
    if json {
        builder.json().init();
    } else {
        builder.init();
    }
}

#[cfg(test)]
mod tests {
    use super::json_error_without_input;

    #[test]
    fn a_json_error_never_quotes_what_it_read() {
        let error = serde_json::from_str::<u32>(r#""call me on 07700 900123, I'm scared""#).unwrap_err();
        assert!(error.to_string().contains("07700"), "serde quotes it: {error}");
        let told = json_error_without_input(&error);
        assert!(!told.contains("07700") && !told.contains("scared"), "{told}");
        assert!(told.contains("line 1"), "{told}");
    }
}
