//! The generic JSON SMS gateway, for UK providers other than Twilio.
//!
//! Inbound: `POST /webhooks/sms` with `{"id","from","to","text"}`, signed with
//! `X-Signature: <hex HMAC-SHA256 of the raw body>` under `SMS_WEBHOOK_SECRET` (a `sha256=`
//! prefix is accepted). Outbound: the same JSON shape posted to `SMS_GATEWAY_URL`, signed the
//! same way so the gateway can check it came from us, plus a `ref` that stays the same on every
//! attempt at one message; the gateway answers `{"id": "..."}`.

use super::{Inbound, InboundKind, OutMessage, SendError, Sender};
use async_trait::async_trait;
use hmac::{Hmac, Mac};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// The header that carries the body's signature, both ways.
pub const SIGNATURE_HEADER: &str = "x-signature";

/// The longest text accepted in one inbound message; longer is a malformed request.
const MAX_TEXT_CHARS: usize = 5_000;

/// An inbound message as the gateway posts it; `to` and any extra fields a provider adds are
/// not needed, since one deployment has one number.
#[derive(Debug, Deserialize)]
struct GatewayMessage {
    id: String,
    from: String,
    text: String,
}

/// Why an inbound body was refused; each becomes a 400 with this text.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ParseError {
    /// Not the JSON shape above.
    #[error("the body is not a gateway message: {0}")]
    Shape(String),
    /// A field is present but unusable.
    #[error("{0}")]
    Field(&'static str),
}

/// Checks the body's signature in constant time.
pub fn signature_is_valid(secret: &str, body: &[u8], header: &str) -> bool {
    let hex_part = header.trim().strip_prefix("sha256=").unwrap_or(header.trim());
    let Ok(expected) = hex::decode(hex_part) else {
        return false;
    };
    let mut mac = HmacSha256::new_from_slice(secret.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(body);
    mac.verify_slice(&expected).is_ok()
}

/// Signs a body the way the gateway expects, for outbound calls (and for tests).
pub fn sign(secret: &str, body: &[u8]) -> String {
    let mut mac = HmacSha256::new_from_slice(secret.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

/// Turns a verified body into an [`Inbound`].
pub fn parse_inbound(body: &[u8]) -> Result<Inbound, ParseError> {
    let message: GatewayMessage =
        serde_json::from_slice(body).map_err(|error| ParseError::Shape(crate::telemetry::json_error_without_input(&error)))?;
    if message.id.trim().is_empty() {
        return Err(ParseError::Field("id must not be empty"));
    }
    if message.from.trim().is_empty() {
        return Err(ParseError::Field("from must not be empty"));
    }
    if message.text.chars().count() > MAX_TEXT_CHARS {
        return Err(ParseError::Field("text is too long"));
    }
    Ok(Inbound {
        channel: flows::Channel::Sms,
        provider_id: format!("gateway:{}", message.id),
        address: message.from.trim().to_string(),
        kind: InboundKind::Text(message.text),
    })
}

/// What we post to the gateway to send a reply; `ref` is the same on every attempt at one
/// message, for the gateway to drop repeats.
#[derive(Debug, Serialize)]
struct OutboundRequest<'a> {
    #[serde(rename = "ref")]
    reference: &'a str,
    from: Option<&'a str>,
    to: &'a str,
    text: &'a str,
}

/// What the gateway answers when it has taken a message.
#[derive(Debug, Deserialize)]
struct OutboundResponse {
    id: String,
}

/// Sends replies through the gateway's HTTP endpoint.
#[derive(Debug, Clone)]
pub struct GatewaySender {
    /// Keeps connections open between sends.
    client: reqwest::Client,
    /// `SMS_GATEWAY_URL`.
    url: String,
    /// Signs each request so the gateway can trust it.
    secret: SecretString,
    /// `SMS_FROM`, when the gateway needs to be told the sender.
    from: Option<String>,
}

impl GatewaySender {
    /// Makes a sender for `url`, signing with `secret`.
    pub fn new(url: String, secret: SecretString, from: Option<String>) -> GatewaySender {
        GatewaySender { client: super::sending_client(), url, secret, from }
    }
}

#[async_trait]
impl Sender for GatewaySender {
    async fn send(&self, key: &str, address: &str, message: &OutMessage) -> Result<String, SendError> {
        let request = OutboundRequest { reference: key, from: self.from.as_deref(), to: address, text: &message.text };
        let body = serde_json::to_vec(&request).expect("a request always serialises");
        let response = self
            .client
            .post(&self.url)
            .header("content-type", "application/json")
            .header(SIGNATURE_HEADER, sign(self.secret.expose_secret(), &body))
            .body(body)
            .send()
            .await
            .map_err(|error| SendError::Retry(format!("gateway unreachable: {error}")))?;
        let status = response.status();
        if let Some(error) = super::passing_failure("the gateway", status) {
            return Err(error);
        }
        if !status.is_success() {
            return Err(SendError::Permanent(format!("gateway refused the message: {status}")));
        }
        let taken: OutboundResponse =
            response.json().await.map_err(|error| SendError::Retry(format!("gateway answer unreadable: {error}")))?;
        Ok(taken.id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &[u8] = br#"{"id":"m1","from":"+447700900123","to":"+447700900000","text":"hi"}"#;

    #[test]
    fn a_correct_signature_passes_with_or_without_prefix() {
        let signature = sign("s3cret", BODY);
        assert!(signature_is_valid("s3cret", BODY, &signature));
        assert!(signature_is_valid("s3cret", BODY, &format!("sha256={signature}")));
    }

    #[test]
    fn a_forged_or_garbled_signature_fails() {
        let signature = sign("other", BODY);
        assert!(!signature_is_valid("s3cret", BODY, &signature));
        assert!(!signature_is_valid("s3cret", BODY, "not hex"));
        assert!(!signature_is_valid("s3cret", BODY, ""));
        let mut tampered = BODY.to_vec();
        tampered[10] ^= 1;
        assert!(!signature_is_valid("s3cret", &tampered, &sign("s3cret", BODY)));
    }

    #[test]
    fn a_message_becomes_an_sms_inbound_keyed_by_the_gateway_id() {
        let inbound = parse_inbound(BODY).unwrap();
        assert_eq!(inbound.provider_id, "gateway:m1");
        assert_eq!(inbound.address, "+447700900123");
        assert_eq!(inbound.kind, InboundKind::Text("hi".into()));
    }

    #[test]
    fn malformed_bodies_are_refused_with_a_reason() {
        assert!(matches!(parse_inbound(b"{"), Err(ParseError::Shape(_))));
        assert!(matches!(parse_inbound(br#"{"id":"","from":"x","text":"t"}"#), Err(ParseError::Field(_))));
        assert!(matches!(parse_inbound(br#"{"id":"1","from":" ","text":"t"}"#), Err(ParseError::Field(_))));
        assert!(matches!(parse_inbound(br#"{"id":1,"from":"x","text":"t"}"#), Err(ParseError::Shape(_))));
        let wrong_type = parse_inbound(br#"{"id":"x","from":447700900123,"text":"t"}"#).unwrap_err();
        assert!(!wrong_type.to_string().contains("447700"), "the number is not quoted: {wrong_type}");
    }
}
