//! `frontdoor serve`: the HTTP face of Front Door.
//!
//! The listener opens at once so that `/healthz` can say "not yet" (503) while the model loads;
//! webhooks already store messages in the inbox meanwhile, and their turns run once it is loaded.
//! On SIGTERM or Ctrl-C the server stops taking requests, finishes those in flight, and the
//! workers finish the turns and sends in hand.

pub mod console;
mod state;
pub mod telegram;
mod twilio;
mod webhooks;

pub use state::App;

use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use tower::limit::GlobalConcurrencyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnFailure, DefaultOnResponse, TraceLayer};

/// The largest request body any route accepts; larger gets 413.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// The longest a request may take before it is answered 503: below Twilio's own 15-second
/// webhook timeout, and far above the few milliseconds storing a message takes.
const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// How many requests are handled at once; more wait for a turn, so a burst cannot exhaust the
/// database pool or memory (the console's live streams count only while they open).
const MAX_CONCURRENT_REQUESTS: usize = 256;

/// All routes.
pub fn router(app: App) -> Router {
    let webhooks = Router::new()
        .route("/webhooks/sms", post(webhooks::sms_gateway))
        .route("/webhooks/telegram", post(telegram::webhook))
        .route("/webhooks/twilio/sms", post(twilio::sms))
        .route(crate::channels::twilio::STATUS_PATH, post(twilio::status))
        .route_layer(middleware::from_fn(count_responses));
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(healthz))
        .route("/livez", get(livez))
        .route("/metrics", get(metrics))
        .merge(webhooks)
        .merge(crate::server::console::routes())
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(request_span)
                .on_response(DefaultOnResponse::new().level(tracing::Level::DEBUG))
                .on_failure(DefaultOnFailure::new().level(tracing::Level::DEBUG)),
        )
        .layer(TimeoutLayer::with_status_code(StatusCode::SERVICE_UNAVAILABLE, REQUEST_TIMEOUT))
        .layer(GlobalConcurrencyLimitLayer::new(MAX_CONCURRENT_REQUESTS))
        .with_state(app)
}

/// A span per request with its method and route pattern (`/console/handoffs/{id}`), never the
/// path as asked, its query string, headers or body: they can hold a resident's number, words
/// or a login token. Answers are logged at debug level with their status and time by the
/// [`TraceLayer`] in [`router`]; a 5xx too, since a handler that fails logs why itself, and
/// `/healthz` answers 503 on purpose while the model loads.
fn request_span(request: &Request) -> tracing::Span {
    let route = request.extensions().get::<MatchedPath>().map_or("unmatched", MatchedPath::as_str);
    tracing::info_span!("http", method = %request.method(), route = %route)
}

/// 200 once the database answers and the classifier is loaded and running; 503 with what is
/// missing before, and while a failed inference thread restarts. `sending` is `paused` (with
/// the channels) while a provider refuses our credentials: the replica still takes messages and
/// keeps their replies, so it stays in service, but an operator must fix the credential.
async fn healthz(State(app): State<App>) -> impl IntoResponse {
    let database = app.store.ping().await;
    let classifier = app.pipeline.get().is_some_and(|pipeline| pipeline.classifier_ready());
    let status = if database && classifier { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
    let paused = app.sending.paused();
    let sending = if paused.is_empty() { "ok" } else { "paused" };
    let detail = serde_json::json!({
        "database": database,
        "classifier": classifier,
        "sending": sending,
        "paused_channels": paused,
    });
    (status, Json(detail))
}

/// 200 while the process can answer at all: a replica whose database or model is down is not
/// ready (`/readyz`, `/healthz`) but is not dead either, so it must not be restarted for it.
async fn livez() -> StatusCode {
    StatusCode::OK
}

/// The Prometheus metrics (see [`crate::metrics`]); 503 when the database cannot be read.
async fn metrics(State(app): State<App>) -> Response {
    match crate::metrics::render(&app.store).await {
        Ok(text) => ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], text).into_response(),
        Err(error) => {
            tracing::warn!(error = format!("{error:#}"), "metrics could not read the queues");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// Counts every webhook answer by route and status, so a provider's errors show before
/// residents notice (Twilio does not retry a webhook that got an error).
async fn count_responses(path: MatchedPath, request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    crate::metrics::count_webhook_response(path.as_str(), response.status().as_u16());
    response
}

/// Resolves when the process is asked to stop (SIGTERM, or Ctrl-C on a terminal).
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        _ = ctrl_c => {}
        _ = terminate => {}
    }
    tracing::info!("shutting down: finishing work in flight");
}
