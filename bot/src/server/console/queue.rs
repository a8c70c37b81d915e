//! The queue: open handoffs, crisis first then longest waiting, updated live.
//!
//! The live part is a server-sent event stream that checks a cheap fingerprint of the handoffs
//! every [`LIVE_POLL`] and sends the redrawn rows when it changes. It reads the database, not
//! this process's memory, so an escalation taken in by another replica shows up too.

use super::auth::Signed;
use super::{view, LIVE_POLL};
use crate::server::App;
use crate::store::handoffs::{self, Team};
use crate::store::navigators::Navigator;
use anyhow::Result;
use axum::extract::State;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures::Stream;
use serde_json::{json, Value};
use std::convert::Infallible;

/// `GET /console`: the queue page.
pub async fn page(State(app): State<App>, signed: Signed) -> Response {
    let rows = match rows(&app, &signed.navigator).await {
        Ok(rows) => rows,
        Err(error) => return super::auth::failed(error),
    };
    let now = crate::store::now_ms() / 1000;
    let data = json!({
        "title": "Queue",
        "navigator": signed.navigator.email,
        "admin": signed.navigator.admin,
        "team": signed.navigator.team.id(),
        "csrf": signed.csrf,
        "rows": rows,
        "open": app.console.hours.open_at(now),
        "back": app.console.hours.back_in_words(now),
    });
    app.console.render("queue", &data)
}

/// The rows a navigator sees: their own team's, or every team's for an admin.
async fn rows(app: &App, navigator: &Navigator) -> Result<Vec<Value>> {
    let team: Option<Team> = (!navigator.admin).then_some(navigator.team);
    let mut conn = app.store.reader().await?;
    let waiting = handoffs::queue(&mut conn, team).await?;
    Ok(waiting.iter().map(|handoff| view::handoff(&app.console, handoff)).collect())
}

/// `GET /console/events`: the queue's rows, redrawn whenever a handoff changes.
pub async fn events(State(app): State<App>, signed: Signed) -> impl IntoResponse {
    let navigator = signed.navigator;
    let stream = live(app, signed.session, move |app, last: Option<(i64, i64)>| {
        let navigator = navigator.clone();
        async move {
            let mut conn = app.store.reader().await?;
            let now = handoffs::fingerprint(&mut conn).await?;
            drop(conn);
            if last == Some(now) {
                return Ok((now, None));
            }
            let html = app.console.pages.render("rows", &json!({ "rows": rows(&app, &navigator).await? }))?;
            Ok((now, Some(Event::default().event("queue").data(html))))
        }
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

/// A live stream: calls `check` every [`LIVE_POLL`] with the fingerprint it last returned,
/// sends the event it gives when there is one, and ends on shutdown, on a failure (the browser
/// reconnects by itself) or when `session` ends (a logout, reset or disable shuts every page of
/// it within one poll; the reconnect then meets the login page).
pub fn live<F, Fut, K>(app: App, session: String, check: F) -> impl Stream<Item = Result<Event, Infallible>>
where
    F: Fn(App, Option<K>) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = Result<(K, Option<Event>)>> + Send,
    K: Clone + Send + 'static,
{
    let closing = app.console.closing.subscribe();
    futures::stream::unfold((app, session, check, None::<K>, closing, true), |(app, session, check, last, mut closing, first)| async move {
        if !first {
            tokio::select! {
                _ = tokio::time::sleep(LIVE_POLL) => {}
                _ = closing.changed() => return None,
            }
        }
        let mut last = last;
        loop {
            if *closing.borrow() || !super::auth::session_alive(&app, &session).await.unwrap_or(false) {
                return None;
            }
            match check(app.clone(), last.clone()).await {
                Ok((now, Some(event))) => return Some((Ok(event), (app, session, check, Some(now), closing, false))),
                Ok((now, None)) => last = Some(now),
                Err(error) => {
                    tracing::warn!(error = format!("{error:#}"), "a live console page stopped updating");
                    return None;
                }
            }
            tokio::select! {
                _ = tokio::time::sleep(LIVE_POLL) => {}
                _ = closing.changed() => return None,
            }
        }
    })
}
