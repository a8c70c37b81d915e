//! Webhook handlers: check the request, verify its signature, parse it, store it in the inbox,
//! and acknowledge once that short transaction has committed; the turn runs afterwards.
//!
//! Status codes tell a provider what to do: 2xx done (or a duplicate), 4xx never send this again
//! (400 malformed, 403 forged, 413 too large, 415 wrong type), 500 try again later. Twilio never
//! retries (its error 11217), so anything we could store is stored: a 500 means only that the
//! database could not be written, and a sender over the rate limit is answered later, not refused.

use super::App;
use crate::channels::{sms_gateway, Inbound};
use crate::intake::Accepted;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use secrecy::ExposeSecret;

/// Why a webhook request was not processed.
#[derive(Debug, thiserror::Error)]
pub enum WebhookError {
    /// The channel is not configured on this deployment.
    #[error("this channel is not configured")]
    NotConfigured,
    /// Wrong content type.
    #[error("expected {0}")]
    UnsupportedType(&'static str),
    /// Missing or wrong signature.
    #[error("the signature is missing or wrong")]
    Forged,
    /// Not a message we can read.
    #[error("{0}")]
    Malformed(String),
    /// The message could not be stored; nothing was acknowledged.
    #[error("could not process the message; try again")]
    Failed,
}

impl IntoResponse for WebhookError {
    fn into_response(self) -> Response {
        let status = match self {
            WebhookError::NotConfigured => StatusCode::NOT_FOUND,
            WebhookError::UnsupportedType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            WebhookError::Forged => StatusCode::FORBIDDEN,
            WebhookError::Malformed(_) => StatusCode::BAD_REQUEST,
            WebhookError::Failed => StatusCode::INTERNAL_SERVER_ERROR,
        };
        (status, Json(serde_json::json!({ "error": self.to_string() }))).into_response()
    }
}

/// Refuses a body whose declared type is not the one the provider sends.
pub(super) fn require_content_type(headers: &HeaderMap, expected: &'static str) -> Result<(), WebhookError> {
    let declared = headers.get(header::CONTENT_TYPE).and_then(|value| value.to_str().ok()).unwrap_or("");
    let essence = declared.split(';').next().unwrap_or("").trim();
    if essence.eq_ignore_ascii_case(expected) {
        Ok(())
    } else {
        Err(WebhookError::UnsupportedType(expected))
    }
}

/// What became of a message that was processed, for the provider's answer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Outcome {
    /// Committed for the first time.
    Accepted,
    /// Seen before; nothing changed.
    Duplicate,
}

impl Outcome {
    /// The JSON acknowledgement the generic gateway and Telegram get.
    pub(super) fn json(self) -> Json<serde_json::Value> {
        let status = match self {
            Outcome::Accepted => "accepted",
            Outcome::Duplicate => "duplicate",
        };
        Json(serde_json::json!({ "status": status }))
    }
}

/// Stores a verified, parsed message in the inbox (paced by the sender's rate limit) and wakes
/// the inbox workers; says how it went. No model and no provider call is waited for, so this
/// works while the classifier is still loading.
pub(super) async fn process(app: &App, inbound: Inbound) -> Result<Outcome, WebhookError> {
    match app.intake.accept(inbound, Some(app.config.rate_limit_per_minute)).await {
        Ok(Accepted::Queued { .. }) => {
            app.inbox_wake.notify_one();
            Ok(Outcome::Accepted)
        }
        Ok(Accepted::Duplicate) => Ok(Outcome::Duplicate),
        Err(error) => {
            tracing::error!(error = format!("{error:#}"), "a webhook message could not be stored");
            Err(WebhookError::Failed)
        }
    }
}

/// `POST /webhooks/sms`: the generic JSON SMS gateway.
pub async fn sms_gateway(State(app): State<App>, headers: HeaderMap, body: Bytes) -> Result<Json<serde_json::Value>, WebhookError> {
    let secret = app.config.sms_webhook_secret.as_ref().map(ExposeSecret::expose_secret).ok_or(WebhookError::NotConfigured)?;
    require_content_type(&headers, "application/json")?;
    let signature = headers.get(sms_gateway::SIGNATURE_HEADER).and_then(|value| value.to_str().ok()).ok_or(WebhookError::Forged)?;
    if !sms_gateway::signature_is_valid(secret, &body, signature) {
        return Err(WebhookError::Forged);
    }
    let inbound = sms_gateway::parse_inbound(&body).map_err(|error| WebhookError::Malformed(error.to_string()))?;
    Ok(process(&app, inbound).await?.json())
}
