//! The navigator console, served by `frontdoor serve` under `/console`: the human half of
//! Front Door, where navigators pick up the chats the bot hands off.
//!
//! # Layout
//! - this file: the routes, the pages' templates and the security headers every page gets.
//! - `auth`: accounts' set-up links, login with lock-out, sessions and CSRF tokens.
//! - `second_factor`: the code asked for after the password of an account with one, and
//!   `totp`, the codes themselves (RFC 6238).
//! - `queue`: the queue page and its live updates (server-sent events).
//! - `conversation`: one conversation: transcript, claim, reply, notes, transfer, release,
//!   resolve, and its live transcript.
//! - `audit`: the audit log, for admins.
//! - `view`: how handoffs, times and channels are worded on the pages.
//!
//! # Invariants
//! - Nothing but the login and set-up pages answers without a session.
//! - Every form carries the session's CSRF token, checked before anything changes.
//! - Resident text reaches a page only through handlebars' HTML escaping, and the pages'
//!   Content-Security-Policy forbids inline script, so a payload in a message stays text.
//! - Every act on a conversation goes through [`crate::pipeline::Pipeline::navigator`], in one
//!   transaction with the flows' state and the replies it causes.

mod audit;
mod auth;
mod conversation;
mod figures;
mod queue;
mod second_factor;
mod throttle;
mod totp;
mod view;

use crate::config::Config;
use crate::server::App;
use anyhow::{Context, Result};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use handlebars::Handlebars;
use serde::Deserialize;
use std::path::Path;
use std::time::Duration;
use tokio::sync::watch;

pub use auth::{new_setup_link, SETUP_LINK_HOURS};
pub use totp::{new_enrolment, Enrolment};

/// How often a live page checks the database for changes; a new escalation shows within it.
const LIVE_POLL: Duration = Duration::from_secs(1);

/// The console's pages and settings, loaded once when the server starts.
pub struct Console {
    /// The pages' templates (HTML-escaping everything by default).
    pages: Handlebars<'static>,
    /// Replies navigators use often, from `content/console/canned.toml`.
    canned: Vec<Canned>,
    /// Whether cookies are marked `Secure`: always, unless `FRONTDOOR_PUBLIC_URL` says plainly
    /// that the console is served over http (for local use).
    secure_cookies: bool,
    /// When navigators are on shift, so the queue can say when residents were told to expect one.
    hours: crate::hours::OpeningHours,
    /// The deployment's area, shown for residents without a school's own area.
    area: Option<String>,
    /// The school codes, to name a young person's cohort and area.
    schools: flows::Schools,
    /// Flipped on shutdown so live pages end their streams and the server can stop.
    closing: watch::Sender<bool>,
    /// The limits on logins, so guessing cannot lock everyone out or starve the server.
    logins: throttle::LoginGuard,
}

/// A canned reply: a label for the button and the words it puts in the reply box.
#[derive(Debug, Clone, serde::Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Canned {
    /// What the button says.
    pub label: String,
    /// What it writes.
    pub text: String,
}

/// `content/console/canned.toml` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CannedFile {
    #[serde(default)]
    reply: Vec<Canned>,
}

impl Console {
    /// Loads the pages and the canned replies; a malformed canned file stops the server with
    /// a clear error rather than showing navigators nothing.
    pub fn load(config: &Config) -> Result<Console> {
        Ok(Console {
            pages: pages()?,
            canned: load_canned(&config.content_dir)?,
            secure_cookies: !config.public_url.as_deref().is_some_and(|url| url.starts_with("http://")),
            hours: config.navigator_hours.clone(),
            area: config.area.clone(),
            schools: load_schools(&config.content_dir)?,
            closing: watch::channel(false).0,
            logins: throttle::LoginGuard::default(),
        })
    }

    /// Ends every live page's stream, so a graceful shutdown is not held open by them.
    pub fn close_streams(&self) {
        let _ = self.closing.send(true);
    }

    /// Renders a page (or a fragment) with its data.
    fn render(&self, page: &str, data: &serde_json::Value) -> Response {
        match self.pages.render(page, data) {
            Ok(html) => Html(html).into_response(),
            Err(error) => {
                tracing::error!(%error, page, "a console page could not be rendered");
                (StatusCode::INTERNAL_SERVER_ERROR, "The page could not be shown.").into_response()
            }
        }
    }
}

/// The templates, compiled into the binary so the console works whatever the content folder.
const PAGES: [(&str, &str); 10] = [
    ("layout", include_str!("pages/layout.hbs")),
    ("login", include_str!("pages/login.hbs")),
    ("code", include_str!("pages/code.hbs")),
    ("setup", include_str!("pages/setup.hbs")),
    ("queue", include_str!("pages/queue.hbs")),
    ("rows", include_str!("pages/rows.hbs")),
    ("conversation", include_str!("pages/conversation.hbs")),
    ("transcript", include_str!("pages/transcript.hbs")),
    ("audit", include_str!("pages/audit.hbs")),
    ("figures", include_str!("pages/figures.hbs")),
];

fn pages() -> Result<Handlebars<'static>> {
    let mut pages = Handlebars::new();
    for (name, source) in PAGES {
        pages.register_template_string(name, source).with_context(|| format!("the console page {name} does not compile"))?;
    }
    Ok(pages)
}

fn load_schools(content_dir: &Path) -> Result<flows::Schools> {
    let path = content_dir.join("schools.toml");
    let text = std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
    flows::Schools::from_toml(&text).with_context(|| format!("{} is not valid", path.display()))
}

fn load_canned(content_dir: &Path) -> Result<Vec<Canned>> {
    let path = content_dir.join("console/canned.toml");
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(error) => return Err(error).with_context(|| format!("cannot read {}", path.display())),
    };
    let file: CannedFile = toml::from_str(&text).with_context(|| format!("{} is not valid", path.display()))?;
    Ok(file.reply)
}

/// The console's routes, to be merged into the server's router.
pub fn routes() -> Router<App> {
    Router::new()
        .route("/console", get(queue::page))
        .route("/console/events", get(queue::events))
        .route("/console/login", get(auth::login_page).post(auth::login))
        .route("/console/login/code", get(second_factor::code_page).post(second_factor::check_code))
        .route("/console/setup", get(auth::setup_page).post(auth::setup))
        .route("/console/logout", post(auth::logout))
        .route("/console/handoffs/{id}", get(conversation::page))
        .route("/console/handoffs/{id}/events", get(conversation::events))
        .route("/console/handoffs/{id}/{act}", post(conversation::act))
        .route("/console/audit", get(audit::page))
        .route("/console/figures", get(figures::page))
        .route("/console/figures/{file}", get(figures::download))
        .route("/console/assets/console.js", get(script))
        .route("/console/assets/console.css", get(stylesheet))
        .layer(axum::middleware::map_response(protect))
}

/// Headers every console response carries: no inline script, no framing, no caching of
/// residents' words, no referrer (set-up links carry a token), https only once seen over https.
async fn protect(mut response: Response) -> Response {
    let headers = response.headers_mut();
    let fixed = [
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; \
             img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::CACHE_CONTROL, "no-store"),
        // Browsers heed this only over https (RFC 6797), so it is safe on a local http console.
        (header::STRICT_TRANSPORT_SECURITY, "max-age=31536000"),
    ];
    for (name, value) in fixed {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

async fn script() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8")], include_str!("assets/console.js"))
}

/// The console's stylesheet, with the report's table style from [`crate::report`].
async fn stylesheet() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        format!("{}\n{}\n", include_str!("assets/console.css"), crate::report::TABLE_STYLE),
    )
}
