//! Channels: the edge where provider formats become [`Inbound`] events and [`OutMessage`]s
//! become provider calls. Nothing past this module knows which provider a person uses.

pub mod sms_gateway;
pub mod telegram;
pub mod terminal;
pub mod twilio;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

/// One thing a person did, in every channel's common terms.
#[derive(Debug, Clone, PartialEq)]
pub struct Inbound {
    /// The channel it came through.
    pub channel: flows::Channel,
    /// The provider's id for this delivery, unique within the channel: the idempotency key.
    pub provider_id: String,
    /// The person's address on the channel (phone number, chat id); stored once, never logged.
    pub address: String,
    /// What they did.
    pub kind: InboundKind,
}

/// What a person did; kept as JSON in the inbox until its turn.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum InboundKind {
    /// Wrote text (or pressed a button carrying text).
    Text(String),
    /// Opened the chat through a link with an optional payload (a school code).
    Start(Option<String>),
    /// Shared a location.
    Location {
        /// Latitude in degrees.
        lat: f64,
        /// Longitude in degrees.
        lon: f64,
    },
    /// Sent something we cannot read yet (sticker, photo, voice note).
    Unsupported(String),
}

/// The longest a provider call may take; the outbox's sender renews the row's lease meanwhile.
pub const SEND_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(15);

/// The HTTP client a provider's sender calls it with: every call gives up after [`SEND_TIMEOUT`].
pub(crate) fn sending_client() -> reqwest::Client {
    reqwest::Client::builder().timeout(SEND_TIMEOUT).build().expect("a client with a timeout can always be built")
}

/// A reply ready for a channel: what the outbox stores and a [`Sender`] sends.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutMessage {
    /// The text, already rendered for the channel (GSM-7 safe on SMS).
    pub text: String,
    /// Choices shown as buttons where the channel has them: (label, data sent back).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub buttons: Vec<(String, String)>,
    /// Show the buttons as a reply keyboard, whose keys send their labels (Telegram).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub keyboard: bool,
}

impl OutMessage {
    /// The data of the key whose label the person sent back, when this message showed its
    /// choices as a reply keyboard (a key sends its label, not its data).
    pub fn key_pressed(&self, text: &str) -> Option<&str> {
        let text = text.trim();
        let pressed = self.buttons.iter().find(|(label, _)| label.trim().eq_ignore_ascii_case(text));
        pressed.filter(|_| self.keyboard).map(|(_, data)| data.as_str())
    }
}

/// Why a send failed, which decides whether the outbox tries again.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SendError {
    /// A passing fault (network, 5xx, rate limit): try again later.
    #[error("temporary failure: {0}")]
    Retry(String),
    /// The provider refused for good (bad number, blocked): trying again cannot help.
    #[error("permanent failure: {0}")]
    Permanent(String),
    /// The provider refused our credentials (401, 403 or 404 from Twilio or a gateway, an invalid
    /// Telegram bot token): nothing is wrong with the message, so the outbox pauses the channel
    /// and tries again later instead of failing every queued reply after a rotated credential.
    #[error("the provider refused our credentials: {0}")]
    Unauthorized(String),
}

/// Sends one message on one channel; the outbox worker's only view of a provider.
#[async_trait]
pub trait Sender: Send + Sync {
    /// Sends `message` to `address` and returns the provider's id for it.
    ///
    /// `key` is the same on every attempt at one outbox row: providers that accept an
    /// idempotency key get it, so a retry after a crash between their acceptance and our
    /// "sent" mark is not delivered twice.
    async fn send(&self, key: &str, address: &str, message: &OutMessage) -> Result<String, SendError>;

    /// The provider's id for `message` if it already took it for `address` at or after
    /// `since_ms` (Unix milliseconds), asked before sending a reply whose earlier attempt was
    /// cut short by a crash. A provider that takes an idempotency key, or cannot be asked, says
    /// None, and the reply is sent (again, at worst).
    async fn already_taken(&self, _address: &str, _message: &OutMessage, _since_ms: i64) -> Result<Option<String>, SendError> {
        Ok(None)
    }
}

impl SendError {
    /// The same error with every phone number or chat id in its text replaced: provider error
    /// texts can quote the recipient ("The 'To' number +44... is not a valid phone number"), and
    /// they go into the logs and the outbox row.
    pub fn without_numbers(self) -> SendError {
        match self {
            SendError::Retry(text) => SendError::Retry(without_numbers(&text)),
            SendError::Permanent(text) => SendError::Permanent(without_numbers(&text)),
            SendError::Unauthorized(text) => SendError::Unauthorized(without_numbers(&text)),
        }
    }
}

/// The fewest digits that make a run a phone number or a chat id rather than a status or error
/// code (Twilio's are five digits).
const NUMBER_DIGITS: usize = 7;

/// `text` with every run of at least [`NUMBER_DIGITS`] digits (spaces, dashes, brackets and a
/// leading `+` or `%2B` included) replaced by "[number]".
pub fn without_numbers(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = String::new();
    for c in text.chars() {
        let continues = c.is_ascii_digit() || (!run.is_empty() && matches!(c, ' ' | '-' | '(' | ')'));
        if continues || (run.is_empty() && c == '+') {
            run.push(c);
            continue;
        }
        flush_run(&mut out, &mut run);
        out.push(c);
    }
    flush_run(&mut out, &mut run);
    out
}

/// Writes a run of number characters: "[number]" (a URL-encoded `+` before it dropped, trailing
/// separators kept) if it holds enough digits, else as it was.
fn flush_run(out: &mut String, run: &mut String) {
    let digits = run.chars().filter(char::is_ascii_digit).count();
    if digits >= NUMBER_DIGITS {
        let kept = run.trim_end_matches(|c: char| !c.is_ascii_digit());
        let tail = &run[kept.len()..];
        if out.ends_with("%2B") {
            out.truncate(out.len() - "%2B".len());
        }
        out.push_str("[number]");
        out.push_str(tail);
    } else {
        out.push_str(run);
    }
    run.clear();
}

/// How an HTTP provider's status sorts when it is not a refusal of the message itself: server
/// errors and 429 are passing, 401/403/404 mean our credentials or account settings are wrong
/// (the message is fine); None for statuses the caller sorts itself. The reason names only the
/// provider and the status, never the recipient.
pub fn passing_failure(provider: &str, status: reqwest::StatusCode) -> Option<SendError> {
    let reason = format!("{provider} answered {status}");
    match status.as_u16() {
        401 | 403 | 404 => Some(SendError::Unauthorized(reason)),
        429 | 500..=599 => Some(SendError::Retry(reason)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_a_providers_error_are_replaced_and_codes_kept() {
        // Twilio's own 400 body for error 21211, as its error text reaches the outbox row.
        let twilio = "Twilio refused the message: 400 Bad Request code 21211 The 'To' number +4477009001234 is not a valid phone number.";
        assert_eq!(
            without_numbers(twilio),
            "Twilio refused the message: 400 Bad Request code 21211 The 'To' number [number] is not a valid phone number."
        );
        assert_eq!(without_numbers("to 07700 900 123, then"), "to [number], then");
        assert_eq!(without_numbers("url?To=%2B447700900123&PageSize=20"), "url?To=[number]&PageSize=20");
        assert_eq!(without_numbers("chat 123456789 not found"), "chat [number] not found");
        assert_eq!(without_numbers("retry after 30 s (429)"), "retry after 30 s (429)");
    }
}
