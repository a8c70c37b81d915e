//! One conversation: the transcript (live), who holds it, and the navigator's acts: claim,
//! reply, note, transfer, release, resolve. Opening it is written to the audit log. A resolved
//! handoff shows the transcript only up to its resolution, and only its own notes.

use super::auth::{failed, Signed};
use super::queue::live;
use super::{view, Console};
use crate::handover::{has_opted_out, Act, Outcome, Refusal, Request};
use crate::server::App;
use crate::store::handoffs::{self, Handoff, Team};
use crate::store::navigators::{self, Navigator};
use crate::store::{audit, notes, people, transcript};
use anyhow::Result;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use serde_json::{json, Value};
use std::collections::HashMap;

/// Whether a navigator may read a conversation: their own team's, or any as admin.
fn may_view(navigator: &Navigator, team: Team) -> bool {
    navigator.admin || navigator.team == team
}

/// `GET /console/handoffs/{id}`: the conversation page; writes "open" to the audit log.
pub async fn page(State(app): State<App>, signed: Signed, Path(id): Path<i64>) -> Response {
    match show(&app, &signed, id, StatusCode::OK, None).await {
        Ok(response) => response,
        Err(error) => failed(error),
    }
}

/// Renders the conversation for this navigator, with an error from a refused act if any.
async fn show(app: &App, signed: &Signed, id: i64, status: StatusCode, error: Option<String>) -> Result<Response> {
    let mut conn = app.store.reader().await?;
    let Some(handoff) = handoffs::get(&mut conn, id).await? else {
        return Ok(not_here(&app.console, signed));
    };
    if !may_view(&signed.navigator, handoff.team) {
        let message = format!("This conversation is for the {} team.", handoff.team.id());
        return Ok((StatusCode::FORBIDDEN, message).into_response());
    }
    audit::record(&mut conn, &signed.navigator.id, "open", Some(id), Some(&handoff.person_id)).await?;
    let lines = transcript_lines(&mut conn, &handoff).await?;
    let notes: Vec<Value> = notes::shown_on(&mut conn, id)
        .await?
        .into_iter()
        .map(|note| json!({ "author": note.author, "body": note.body, "when": view::when(note.at) }))
        .collect();
    let colleagues: Vec<Value> = navigators::all(&mut conn)
        .await?
        .into_iter()
        .filter(|other| other.team == handoff.team && other.id != signed.navigator.id)
        .map(|other| json!({ "id": other.id, "email": other.email }))
        .collect();
    let opted_out = has_opted_out(&mut conn, &handoff.person_id).await?;
    let channels = people::reachable_channels(&mut conn, &handoff.person_id).await?;
    let data = page_data(app, signed, &handoff, Extras { lines, notes, colleagues, opted_out, channels }, error);
    Ok((status, app.console.render("conversation", &data)).into_response())
}

/// What the conversation page shows besides the handoff itself.
struct Extras {
    lines: Vec<Value>,
    notes: Vec<Value>,
    colleagues: Vec<Value>,
    /// They texted STOP: the page says so and offers no reply box.
    opted_out: bool,
    /// The channels a reply can go to; a choice is offered when they linked more than one.
    channels: Vec<flows::Channel>,
}

fn page_data(app: &App, signed: &Signed, handoff: &Handoff, extras: Extras, error: Option<String>) -> Value {
    let navigator = &signed.navigator;
    let holds = handoff.held_by(&navigator.id);
    let open = handoff.resolved_at.is_none();
    let outcomes: Vec<Value> = Outcome::ALL.into_iter().map(|outcome| json!({ "id": outcome.id(), "label": outcome.label() })).collect();
    json!({
        "title": format!("Conversation {}", handoff.id),
        "navigator": navigator.email,
        "admin": navigator.admin,
        "csrf": signed.csrf,
        "handoff": view::handoff(&app.console, handoff),
        "lines": extras.lines,
        "notes": extras.notes,
        "colleagues": extras.colleagues,
        "opted_out": extras.opted_out,
        "channels": extras.channels,
        "choose_channel": extras.channels.len() > 1,
        "outcomes": outcomes,
        "canned": app.console.canned,
        "open": open,
        "holds": holds && open,
        "may_claim": open && handoff.holder.is_none() && navigator.team == handoff.team,
        "error": error,
    })
}

fn not_here(console: &Console, signed: &Signed) -> Response {
    let data = json!({
        "title": "Not here", "navigator": signed.navigator.email, "admin": signed.navigator.admin,
        "csrf": signed.csrf, "handoff": null,
        "error": "This conversation is no longer here: the person may have asked us to delete their data.",
    });
    (StatusCode::NOT_FOUND, console.render("conversation", &data)).into_response()
}

/// The transcript as the page shows it for this handoff, oldest first.
async fn transcript_lines(conn: &mut sqlx::AnyConnection, handoff: &Handoff) -> Result<Vec<Value>> {
    Ok(transcript::until(conn, &handoff.person_id, handoff.visible_until())
        .await?
        .into_iter()
        .map(|line| {
            let who = match line.author.as_str() {
                "person" => "Resident",
                "bot" => "Front Door",
                _ => "Navigator",
            };
            json!({ "author": line.author, "who": who, "text": line.body, "when": view::when(line.at) })
        })
        .collect())
}

/// `GET /console/handoffs/{id}/events`: the transcript redrawn when a line is added, and a
/// `reload` when the handoff itself changes hands or closes.
pub async fn events(State(app): State<App>, signed: Signed, Path(id): Path<i64>) -> Response {
    let navigator = signed.navigator;
    let stream = live(app, signed.session, move |app, last: Option<(i64, Option<String>, bool)>| {
        let navigator = navigator.clone();
        async move {
            let mut conn = app.store.reader().await?;
            let handoff = handoffs::get(&mut conn, id).await?.filter(|handoff| may_view(&navigator, handoff.team));
            let Some(handoff) = handoff else {
                return Ok(((0, None, false), Some(Event::default().event("reload").data("gone"))));
            };
            let holder = handoff.holder.as_ref().map(|holder| holder.id.clone());
            let latest = transcript::latest_id(&mut conn, &handoff.person_id, handoff.visible_until()).await?;
            let now = (latest, holder, handoff.resolved_at.is_some());
            let event = match &last {
                Some(last) if *last == now => None,
                Some(last) if (&last.1, last.2) != (&now.1, now.2) => Some(Event::default().event("reload").data("changed")),
                _ => {
                    if last.is_none() {
                        audit::record(&mut conn, &navigator.id, "open_live", Some(id), Some(&handoff.person_id)).await?;
                    }
                    let lines = transcript_lines(&mut conn, &handoff).await?;
                    let html = app.console.pages.render("transcript", &json!({ "lines": lines }))?;
                    Some(Event::default().event("transcript").data(html))
                }
            };
            Ok((now, event))
        }
    });
    Sse::new(stream).keep_alive(KeepAlive::default()).into_response()
}

/// `POST /console/handoffs/{id}/{act}`: one act, checked and done through the pipeline.
pub async fn act(
    State(app): State<App>,
    signed: Signed,
    Path((id, act)): Path<(i64, String)>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    if let Err(refused) = signed.check(form.get("csrf").map_or("", String::as_str)) {
        return refused;
    }
    let Some(pipeline) = app.pipeline.get().cloned() else {
        return (StatusCode::SERVICE_UNAVAILABLE, "Front Door is still starting; try again in a moment.").into_response();
    };
    let act = match read_act(&app, &act, &form).await {
        Ok(Ok(act)) => act,
        Ok(Err(message)) => return redisplay(&app, &signed, id, StatusCode::UNPROCESSABLE_ENTITY, message).await,
        Err(error) => return failed(error),
    };
    let after = destination(&act, id);
    let request = Request { handoff_id: id, navigator: signed.navigator.clone(), act };
    match pipeline.navigator(&request).await {
        Ok(Ok(())) => Redirect::to(&after).into_response(),
        Ok(Err(refusal)) => redisplay(&app, &signed, id, refusal_status(&refusal), refusal.to_string()).await,
        Err(error) => failed(error),
    }
}

/// Where the navigator goes after an act: back to the queue once the conversation is no
/// longer theirs, else back to it.
fn destination(act: &Act, id: i64) -> String {
    match act {
        Act::Release | Act::Transfer { .. } | Act::Resolve { .. } => "/console".into(),
        _ => format!("/console/handoffs/{id}"),
    }
}

fn refusal_status(refusal: &Refusal) -> StatusCode {
    match refusal {
        Refusal::Gone => StatusCode::NOT_FOUND,
        Refusal::OtherTeam(_) => StatusCode::FORBIDDEN,
        Refusal::HeldBy(_) | Refusal::NotHeld | Refusal::OptedOut => StatusCode::CONFLICT,
        Refusal::Unsendable(_) => StatusCode::UNPROCESSABLE_ENTITY,
    }
}

async fn redisplay(app: &App, signed: &Signed, id: i64, status: StatusCode, message: String) -> Response {
    show(app, signed, id, status, Some(message)).await.unwrap_or_else(failed)
}

/// Reads the act named in the address from its form; `Err` carries a message for the form.
async fn read_act(app: &App, name: &str, form: &HashMap<String, String>) -> Result<Result<Act, String>> {
    let field = |key: &str| form.get(key).map(|value| value.trim().to_string()).unwrap_or_default();
    Ok(match name {
        "claim" => Ok(Act::Claim),
        "release" => Ok(Act::Release),
        "reply" => Ok(Act::Reply { text: field("text"), channel: flows::Channel::from_name(&field("channel")) }),
        "note" if field("body").is_empty() => Err("Write the note first.".into()),
        "note" => Ok(Act::Note { body: field("body") }),
        "resolve" => {
            Outcome::parse(&field("outcome")).map(|outcome| Act::Resolve { outcome }).ok_or_else(|| "Choose how it ended.".to_string())
        }
        "transfer" => {
            let mut conn = app.store.reader().await?;
            let colleague = navigators::all(&mut conn).await?.into_iter().find(|other| other.id == field("to"));
            colleague.map(|to| Act::Transfer { to }).ok_or_else(|| "Choose who to pass it to.".to_string())
        }
        _ => Err("That is not something the console can do.".into()),
    })
}
