//! The terminal channel: `frontdoor chat` talks to the bot through the same pipeline as SMS,
//! reading lines from standard input and printing replies, rendered as SMS, to standard output.

use super::{OutMessage, SendError, Sender};
use async_trait::async_trait;
use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};

/// Prints replies to standard output.
#[derive(Debug, Default)]
pub struct TerminalSender {
    /// Counts replies, so each has an id like a provider's.
    sent: AtomicU64,
}

#[async_trait]
impl Sender for TerminalSender {
    async fn send(&self, _key: &str, _address: &str, message: &OutMessage) -> Result<String, SendError> {
        let mut out = std::io::stdout().lock();
        let printed = writeln!(out, "{}", format_reply(message)).and_then(|()| out.flush());
        printed.map_err(|error| SendError::Permanent(format!("cannot write to the terminal: {error}")))?;
        Ok(format!("terminal-{}", self.sent.fetch_add(1, Ordering::Relaxed) + 1))
    }
}

/// Shows a reply as a resident would read it, with any choices listed under it.
fn format_reply(message: &OutMessage) -> String {
    let mut shown = format!("bot> {}", message.text.replace('\n', "\n     "));
    if !message.buttons.is_empty() {
        let labels: Vec<String> = message.buttons.iter().map(|(label, _)| format!("[{label}]")).collect();
        shown.push_str(&format!("\n     {}", labels.join(" ")));
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multi_line_replies_stay_indented_under_the_prompt() {
        let message = OutMessage { text: "Hello\nthere".into(), buttons: vec![], keyboard: false };
        assert_eq!(format_reply(&message), "bot> Hello\n     there");
    }

    #[test]
    fn choices_are_listed_under_the_reply() {
        let message = OutMessage {
            text: "Pick one".into(),
            buttons: vec![("Yes".into(), "YES".into()), ("No".into(), "NO".into())],
            keyboard: false,
        };
        assert_eq!(format_reply(&message), "bot> Pick one\n     [Yes] [No]");
    }
}
