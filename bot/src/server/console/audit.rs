//! The audit log page: who opened or acted on which conversation, and when. Admins only.

use super::auth::{failed, Signed};
use super::view;
use crate::server::App;
use crate::store::audit;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// How many of the latest entries the page shows.
const SHOWN: i64 = 500;

/// `GET /console/audit`.
pub async fn page(State(app): State<App>, signed: Signed) -> Response {
    if !signed.navigator.admin {
        return (StatusCode::FORBIDDEN, "Only admins can read the audit log.").into_response();
    }
    let entries = async {
        let mut conn = app.store.reader().await?;
        audit::latest(&mut conn, SHOWN).await
    };
    let entries = match entries.await {
        Ok(entries) => entries,
        Err(error) => return failed(error),
    };
    let rows: Vec<_> = entries
        .into_iter()
        .map(|entry| {
            json!({
                "navigator": entry.navigator, "action": entry.action, "handoff": entry.handoff_id,
                "person": entry.person_id, "when": view::when(entry.at),
            })
        })
        .collect();
    let data = json!({
        "title": "Audit log", "navigator": signed.navigator.email, "admin": true, "csrf": signed.csrf,
        "entries": rows, "shown": SHOWN,
    });
    app.console.render("audit", &data)
}
