//! Twilio's webhooks: inbound SMS and delivery statuses, both signed with the auth token.
//!
//! Inbound messages are answered with empty TwiML, so Twilio itself sends nothing: every reply
//! goes through the outbox, which retries and respects opt-outs.

use super::webhooks::{process, require_content_type, WebhookError};
use super::App;
use crate::channels::twilio::{self, Params};
use crate::store::delivery_status;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use secrecy::ExposeSecret;

/// The content type Twilio posts webhooks with.
const FORM: &str = "application/x-www-form-urlencoded";

/// `POST /webhooks/twilio/sms`: a resident's text message.
pub async fn sms(State(app): State<App>, uri: Uri, headers: HeaderMap, body: Bytes) -> Result<Response, WebhookError> {
    let params = verified_form(&app, &uri, &headers, &body)?;
    let inbound = twilio::parse_inbound(&params).map_err(|error| WebhookError::Malformed(error.to_string()))?;
    process(&app, inbound).await?;
    Ok(([(header::CONTENT_TYPE, "text/xml; charset=utf-8")], twilio::EMPTY_TWIML).into_response())
}

/// `POST /webhooks/twilio/status`: what became of a message we sent. Kept as the outbox row's
/// latest delivery status (a late or repeated callback never moves it backwards) and logged by
/// Twilio's message id, never the number, so an operator can trace a complaint of a missing reply.
pub async fn status(State(app): State<App>, uri: Uri, headers: HeaderMap, body: Bytes) -> Result<StatusCode, WebhookError> {
    let params = verified_form(&app, &uri, &headers, &body)?;
    let report = twilio::parse_status(&params).map_err(|error| WebhookError::Malformed(error.to_string()))?;
    let Some(status) = delivery_status::Status::parse(&report.status) else {
        tracing::info!(message = %report.message_sid, status = %report.status, "an SMS status not kept");
        return Ok(StatusCode::NO_CONTENT);
    };
    let stored = record_status(&app, &report, status).await?;
    let error_code = report.error_code.as_deref().unwrap_or("");
    if status.is_failure() {
        tracing::warn!(message = %report.message_sid, status = status.as_str(), error_code, stored, "an SMS was not delivered");
    } else {
        tracing::info!(message = %report.message_sid, status = status.as_str(), stored, "SMS delivery status");
    }
    Ok(StatusCode::NO_CONTENT)
}

/// Keeps a status against the SMS outbox row Twilio's id names; false when it changed nothing.
async fn record_status(app: &App, report: &twilio::StatusReport, status: delivery_status::Status) -> Result<bool, WebhookError> {
    let recorded = async {
        let mut conn = app.store.reader().await?;
        let report = delivery_status::Report { provider_message_id: &report.message_sid, status, error_code: report.error_code.as_deref() };
        delivery_status::record(&mut conn, flows::Channel::Sms, &report).await
    }
    .await;
    recorded.map_err(|error| {
        tracing::error!(error = format!("{error:#}"), "an SMS status could not be kept");
        WebhookError::Failed
    })
}

/// Checks a Twilio webhook's type and signature and returns its parameters. The signed URL is
/// `FRONTDOOR_PUBLIC_URL` followed by the path and query exactly as requested.
fn verified_form(app: &App, uri: &Uri, headers: &HeaderMap, body: &[u8]) -> Result<Params, WebhookError> {
    let auth_token = app.config.twilio_auth_token.as_ref().map(ExposeSecret::expose_secret).ok_or(WebhookError::NotConfigured)?;
    let public_url = app.config.public_url.as_deref().ok_or(WebhookError::NotConfigured)?;
    require_content_type(headers, FORM)?;
    let signature = headers.get(twilio::SIGNATURE_HEADER).and_then(|value| value.to_str().ok()).ok_or(WebhookError::Forged)?;
    let path_and_query = uri.path_and_query().map_or(uri.path(), |path| path.as_str());
    let url = format!("{public_url}{path_and_query}");
    twilio::verify(auth_token, &url, body, signature).ok_or(WebhookError::Forged)
}
