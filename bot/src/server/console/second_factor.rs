//! The second step of a login for an account with a second factor (`frontdoor navigator totp
//! add`): after the right password, the six-digit code from the account's authenticator app.
//!
//! The login waits as a challenge: a random token in an HttpOnly, SameSite=Strict cookie, of
//! which the database keeps the SHA-256 (so any replica can finish it), with the code form's
//! CSRF token, for [`CHALLENGE_MINUTES`]. Codes are held to the same limits as passwords: the
//! address's and the server's rate of failures ([`super::throttle::LoginGuard`]) and the
//! account's lock-out; and a code is spent once it lets someone in.

use super::auth::{self, counted_attempt, failed, let_in, signed_in, Attempt, ClientAddress};
use super::{totp, Console};
use crate::server::App;
use crate::store::navigators::{self, Navigator};
use crate::store::{self, now_ms};
use anyhow::Result;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use serde::Deserialize;
use serde_json::json;
use sqlx::AnyConnection;

/// The cookie that carries a login waiting for its code.
const CHALLENGE_COOKIE: &str = "fd_code";
/// How long a login waits for its code.
const CHALLENGE_MINUTES: i64 = 5;

/// The one answer to a refused code (wrong, already used, or the account locked).
const CODE_REFUSED: &str = "That code did not work, or the account is locked for 15 minutes after too many tries. \
     Type the code your authenticator app shows now; each code works once.";
/// What someone is told whose waiting login has expired or was never started.
const START_AGAIN: &str = "Your login timed out. Please log in again.";

/// After the right password of an account with a second factor: remembers the login for a few
/// minutes and sends the browser to the code form.
pub(super) async fn ask_for_code(app: &App, navigator: &Navigator) -> Response {
    let token = store::random_hex(32);
    let started = async {
        let mut conn = app.store.reader().await?;
        let expires_at = now_ms() + CHALLENGE_MINUTES * 60_000;
        navigators::start_challenge(&mut conn, &auth::digest(&token), &navigator.id, &store::random_hex(16), expires_at).await
    };
    match started.await {
        Ok(()) => {
            let cookie = auth::set_cookie(&app.console, CHALLENGE_COOKIE, &token, CHALLENGE_MINUTES * 60);
            (StatusCode::SEE_OTHER, [(header::SET_COOKIE, cookie), (header::LOCATION, "/console/login/code".into())]).into_response()
        }
        Err(error) => failed(error),
    }
}

/// A login waiting for its code, from the request's cookie.
struct Challenge {
    /// The cookie's token hashed, as the database keeps it.
    token_hash: String,
    navigator: Navigator,
    /// The code form's CSRF token.
    csrf: String,
}

async fn waiting_login(app: &App, headers: &HeaderMap) -> Result<Option<Challenge>> {
    let Some(token) = auth::cookie(headers, CHALLENGE_COOKIE) else {
        return Ok(None);
    };
    let token_hash = auth::digest(&token);
    let mut conn = app.store.reader().await?;
    let found = navigators::challenge(&mut conn, &token_hash).await?;
    Ok(found.map(|(navigator, csrf)| Challenge { token_hash, navigator, csrf }))
}

/// `GET /console/login/code`: the code form, while a login waits for it.
pub async fn code_page(State(app): State<App>, headers: HeaderMap) -> Response {
    match waiting_login(&app, &headers).await {
        Ok(Some(challenge)) => code_form(&app.console, StatusCode::OK, &challenge, None),
        Ok(None) => Redirect::to("/console/login").into_response(),
        Err(error) => failed(error),
    }
}

fn code_form(console: &Console, status: StatusCode, challenge: &Challenge, error: Option<&str>) -> Response {
    let data = json!({ "title": "Enter your code", "csrf": challenge.csrf, "error": error });
    (status, console.render("code", &data)).into_response()
}

/// The code form.
#[derive(Debug, Deserialize)]
pub struct CodeForm {
    code: String,
    csrf: String,
}

/// `POST /console/login/code`: checks the code against the account's secret (the step before
/// and after count too), spends it, and starts the session; a wrong or used code counts as a
/// failed login.
pub async fn check_code(State(app): State<App>, client: ClientAddress, headers: HeaderMap, Form(form): Form<CodeForm>) -> Response {
    let console = &app.console;
    let challenge = match waiting_login(&app, &headers).await {
        Ok(Some(challenge)) => challenge,
        Ok(None) => return auth::login_form(console, StatusCode::UNAUTHORIZED, None, Some(START_AGAIN), ""),
        Err(error) => return failed(error),
    };
    if !crate::secret::same(&form.csrf, &challenge.csrf) {
        return (StatusCode::FORBIDDEN, "This form has expired. Go back, reload the page and try again.").into_response();
    }
    if let Err(refusal) = console.logins.within_rate(client.address()) {
        return code_form(console, StatusCode::TOO_MANY_REQUESTS, &challenge, Some(refusal));
    }
    match code_lets_in(&app, &challenge, &form.code).await {
        Ok(true) => {
            let mut response = signed_in(&app, &challenge.navigator).await;
            let spent = auth::set_cookie(console, CHALLENGE_COOKIE, "", 0);
            if let Ok(value) = spent.parse() {
                response.headers_mut().append(header::SET_COOKIE, value);
            }
            response
        }
        Ok(false) => {
            console.logins.failed(client.address());
            code_form(console, StatusCode::UNAUTHORIZED, &challenge, Some(CODE_REFUSED))
        }
        Err(error) => failed(error),
    }
}

/// Whether the code lets this login in: counted against the account's attempts, right for now
/// (or a step either side) and not used before. On success the challenge is spent.
async fn code_lets_in(app: &App, challenge: &Challenge, code: &str) -> Result<bool> {
    let navigator_id = &challenge.navigator.id;
    let checked = async |conn: &mut AnyConnection| {
        let Some(secret) = navigators::second_factor_secret(conn, navigator_id).await? else {
            return Ok(false);
        };
        let Some(step) = totp::matching_step(&hex::decode(secret)?, code, now_ms() / 1000) else {
            return Ok(false);
        };
        navigators::spend_code_step(conn, navigator_id, step).await
    };
    let mut conn = app.store.reader().await?;
    match counted_attempt(&mut conn, navigator_id, "login_code_failed", checked).await? {
        Attempt::Right => {
            navigators::end_challenge(&mut conn, &challenge.token_hash).await?;
            let_in(&mut conn, navigator_id).await?;
            Ok(true)
        }
        Attempt::Refused | Attempt::Wrong => Ok(false),
    }
}
