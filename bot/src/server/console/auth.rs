//! Who may use the console: set-up links, login with lock-out, sessions and CSRF tokens. An
//! account with a second factor is asked for its code after the password (`second_factor`).
//!
//! A session is a random token in an HttpOnly, SameSite=Strict cookie scoped to `/console`
//! (and `Secure` behind https); the database keeps only its SHA-256, so sessions work across
//! replicas and a database copy opens nothing. Every form carries the session's own CSRF token;
//! the login form, before any session, carries one matched against a short-lived cookie.

use super::{second_factor, Console};
use crate::secret;
use crate::server::App;
use crate::store::navigators::{self, Navigator};
use crate::store::{self, audit, now_ms};
use anyhow::Result;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use axum::extract::{FromRequestParts, Query, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use serde::Deserialize;
use serde_json::json;
use sha2::{Digest, Sha256};
use sqlx::AnyConnection;

/// The session cookie's name.
const SESSION_COOKIE: &str = "fd_session";
/// The cookie that pairs with the login form's CSRF token.
const LOGIN_COOKIE: &str = "fd_login";
/// How long a login lasts: one working day.
const SESSION_HOURS: i64 = 12;
/// How long a set-up link works.
pub const SETUP_LINK_HOURS: i64 = 72;
/// Failed logins (wrong passwords or codes) in a row before the account is locked.
const FAILURES_BEFORE_LOCK: i64 = 5;
/// How long a lock lasts.
const LOCK_MINUTES: i64 = 15;
/// The shortest password accepted; long passphrases beat complexity rules.
const MIN_PASSWORD_CHARS: usize = 12;
/// The longest, so hashing cannot be made to take forever.
const MAX_PASSWORD_CHARS: usize = 200;

/// A logged-in navigator, taken from the session cookie; pages that need one take this.
pub struct Signed {
    /// Who.
    pub navigator: Navigator,
    /// The session's CSRF token, which every form must send back.
    pub csrf: String,
    /// The session itself (its token's hash), so a live page can end when the session does.
    pub session: String,
}

impl Signed {
    /// Refuses a form whose CSRF token is not this session's. The refusal is the page's response
    /// itself, which handlers return as it is; boxing it would only add an allocation.
    #[allow(clippy::result_large_err)]
    pub fn check(&self, given: &str) -> Result<(), Response> {
        if secret::same(given, &self.csrf) {
            Ok(())
        } else {
            Err((StatusCode::FORBIDDEN, "This form has expired. Go back, reload the page and try again.").into_response())
        }
    }
}

impl FromRequestParts<App> for Signed {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Signed, Response> {
        let hash = cookie(&parts.headers, SESSION_COOKIE).map(|token| digest(&token));
        let session = match &hash {
            Some(hash) => lookup_session(app, hash).await,
            None => Ok(None),
        };
        match (session, hash) {
            (Ok(Some((navigator, csrf))), Some(session)) => Ok(Signed { navigator, csrf, session }),
            (Ok(_), _) if parts.method == Method::GET => Err(Redirect::to("/console/login").into_response()),
            (Ok(_), _) => Err((StatusCode::UNAUTHORIZED, "Please log in again.").into_response()),
            (Err(error), _) => {
                tracing::error!(error = format!("{error:#}"), "a console session could not be checked");
                Err(StatusCode::SERVICE_UNAVAILABLE.into_response())
            }
        }
    }
}

/// Whether a session (by its token's hash) is still live: a reset, a disable or a logout ends
/// it, and the live pages check this on every poll.
pub async fn session_alive(app: &App, session: &str) -> Result<bool> {
    Ok(lookup_session(app, session).await?.is_some())
}

async fn lookup_session(app: &App, hash: &str) -> Result<Option<(Navigator, String)>> {
    let mut conn = app.store.reader().await?;
    navigators::session(&mut conn, hash).await
}

/// Makes a set-up token for an account: the link to print, and the hash and expiry to store.
pub fn new_setup_link(base_url: &str) -> (String, String, i64) {
    let token = store::random_hex(32);
    let link = format!("{}/console/setup?token={token}", base_url.trim_end_matches('/'));
    (link, digest(&token), now_ms() + SETUP_LINK_HOURS * 3_600_000)
}

/// SHA-256 in hex: what the database keeps of a token.
pub(super) fn digest(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// A cookie's value from the request.
pub(super) fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_string())
}

/// A `Set-Cookie` value for the console: HttpOnly, SameSite=Strict, `Secure` behind https.
pub(super) fn set_cookie(console: &Console, name: &str, value: &str, max_age_secs: i64) -> String {
    let secure = if console.secure_cookies { "; Secure" } else { "" };
    format!("{name}={value}; Path=/console; HttpOnly; SameSite=Strict; Max-Age={max_age_secs}{secure}")
}

/// The login page's query: `?ready` after a password was set.
#[derive(Debug, Deserialize)]
pub struct LoginQuery {
    ready: Option<String>,
}

/// `GET /console/login`.
pub async fn login_page(State(app): State<App>, Query(query): Query<LoginQuery>) -> Response {
    let flash = query.ready.map(|_| "Your password is set. Log in with it now.");
    login_form(&app.console, StatusCode::OK, flash, None, "")
}

/// The login form, with a fresh CSRF token paired with a short-lived cookie.
pub(super) fn login_form(console: &Console, status: StatusCode, flash: Option<&str>, error: Option<&str>, email: &str) -> Response {
    let token = store::random_hex(16);
    let page = console.render("login", &json!({ "title": "Log in", "csrf": token, "flash": flash, "error": error, "email": email }));
    let cookie = set_cookie(console, LOGIN_COOKIE, &token, 3600);
    (status, [(header::SET_COOKIE, cookie)], page).into_response()
}

/// The login form.
#[derive(Debug, Deserialize)]
pub struct LoginForm {
    email: String,
    password: String,
    csrf: String,
}

/// `POST /console/login`: checks the password (argon2), counts failures and locks the
/// account after [`FAILURES_BEFORE_LOCK`] in a row; on success starts a session, or for an
/// account with a second factor asks for its code. Before any password is checked, the address
/// and the whole server are held to a rate of failed logins and a few argon2 checks at a time
/// ([`LoginGuard`]): over either, 429.
pub async fn login(State(app): State<App>, client: ClientAddress, headers: HeaderMap, Form(form): Form<LoginForm>) -> Response {
    let console = &app.console;
    let paired = cookie(&headers, LOGIN_COOKIE).is_some_and(|expected| secret::same(&form.csrf, &expected));
    if !paired {
        return login_form(console, StatusCode::FORBIDDEN, None, Some("This form has expired. Please try again."), &form.email);
    }
    let email = form.email.trim().to_lowercase();
    let permit = match console.logins.admit(client.address()) {
        Ok(permit) => permit,
        Err(refusal) => return login_form(console, StatusCode::TOO_MANY_REQUESTS, None, Some(refusal), &email),
    };
    let checked = check_login(&app, &email, &form.password).await;
    drop(permit);
    match checked {
        Ok(Ok(Passed { navigator, needs_code: true })) => second_factor::ask_for_code(&app, &navigator).await,
        Ok(Ok(Passed { navigator, needs_code: false })) => signed_in(&app, &navigator).await,
        Ok(Err(())) => {
            console.logins.failed(client.address());
            login_form(console, StatusCode::UNAUTHORIZED, None, Some(NOT_LET_IN), &email)
        }
        Err(error) => failed(error),
    }
}

/// The one answer to every refused login (a wrong password, an unknown email, a locked account),
/// so the page does not tell a stranger which emails have accounts.
const NOT_LET_IN: &str = "That email and password do not open an account, or the account is locked for 15 minutes \
     after too many tries. Try again later, or ask an admin for a new set-up link.";

/// Where a login comes from: the first address a proxy in front of us names
/// (`X-Forwarded-For`), else the connection's own.
pub struct ClientAddress(String);

impl ClientAddress {
    /// The address, as the login limits count it.
    pub fn address(&self) -> &str {
        &self.0
    }
}

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<ClientAddress, Self::Rejection> {
        let forwarded = parts
            .headers
            .get("x-forwarded-for")
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.split(',').next())
            .map(|first| first.trim().to_string())
            .filter(|first| !first.is_empty());
        let connected = || parts.extensions.get::<axum::extract::ConnectInfo<std::net::SocketAddr>>().map(|info| info.0.ip().to_string());
        Ok(ClientAddress(forwarded.or_else(connected).unwrap_or_else(|| "unknown".into())))
    }
}

/// Logs a failure (without details for the page) and answers 503, which a retry may cure.
pub(super) fn failed(error: anyhow::Error) -> Response {
    tracing::error!(error = format!("{error:#}"), "a console request failed");
    (StatusCode::SERVICE_UNAVAILABLE, "Something went wrong. Please try again in a moment.").into_response()
}

/// A right password: whose, and whether their account also asks for a code.
struct Passed {
    navigator: Navigator,
    needs_code: bool,
}

/// The navigator these credentials open, or `Err(())` for every kind of refusal; logins,
/// failures and lock-outs go into the audit trail. A right password for an account with a
/// second factor leaves its attempt counted until the code is right too, so guessing codes
/// meets the same lock as guessing passwords.
async fn check_login(app: &App, email: &str, password: &str) -> Result<Result<Passed, ()>> {
    let mut conn = app.store.reader().await?;
    let Some(credentials) = navigators::credentials(&mut conn, email).await? else {
        verify(password.to_string(), None).await?;
        return Ok(Err(()));
    };
    let navigator = credentials.navigator;
    let checked = async |_: &mut AnyConnection| verify(password.to_string(), credentials.password_hash).await;
    match counted_attempt(&mut conn, &navigator.id, "login_failed", checked).await? {
        Attempt::Refused => {
            verify(password.to_string(), None).await?;
            Ok(Err(()))
        }
        Attempt::Wrong => Ok(Err(())),
        Attempt::Right if credentials.second_factor => {
            audit::record(&mut conn, &navigator.id, "login_password_right", None, None).await?;
            Ok(Ok(Passed { navigator, needs_code: true }))
        }
        Attempt::Right => {
            let_in(&mut conn, &navigator.id).await?;
            Ok(Ok(Passed { navigator, needs_code: false }))
        }
    }
}

/// What one counted try at an account's password or code came to.
pub(super) enum Attempt {
    /// The account is locked (or its attempts spent): nothing was checked.
    Refused,
    /// The answer was wrong.
    Wrong,
    /// The answer was right.
    Right,
}

/// One try at an account's password or code, counted against its attempts: an attempt is taken
/// from the account before `check` runs (on the same connection, so a try holds one), so guesses sent side by side meet the lock. A wrong
/// answer is audited as `failure` and locks the account once its attempts are spent.
pub(super) async fn counted_attempt(
    conn: &mut AnyConnection,
    navigator_id: &str,
    failure: &str,
    check: impl AsyncFnOnce(&mut AnyConnection) -> Result<bool>,
) -> Result<Attempt> {
    let lock_until = now_ms() + LOCK_MINUTES * 60_000;
    if !navigators::reserve_login_attempt(conn, navigator_id, FAILURES_BEFORE_LOCK, lock_until).await? {
        audit::record(conn, navigator_id, "login_refused_locked", None, None).await?;
        return Ok(Attempt::Refused);
    }
    if check(&mut *conn).await? {
        return Ok(Attempt::Right);
    }
    audit::record(conn, navigator_id, failure, None, None).await?;
    if navigators::lock_if_spent(conn, navigator_id, FAILURES_BEFORE_LOCK, lock_until).await? {
        tracing::warn!(navigator = %navigator_id, "a console account is locked after repeated failed logins");
        audit::record(conn, navigator_id, "locked", None, None).await?;
    }
    Ok(Attempt::Wrong)
}

/// A login that passed every check: the count of failures is cleared and the login audited.
pub(super) async fn let_in(conn: &mut AnyConnection, navigator_id: &str) -> Result<()> {
    navigators::record_good_login(conn, navigator_id).await?;
    audit::record(conn, navigator_id, "login", None, None).await
}

/// Checks a password against its argon2 hash off the async threads. With no hash (unknown
/// email, or no password set yet) it still does the work of one check, so timing does not
/// tell which emails have accounts.
async fn verify(password: String, hash: Option<String>) -> Result<bool> {
    tokio::task::spawn_blocking(move || {
        let decoy = decoy_hash();
        let stored = hash.as_deref().unwrap_or(decoy);
        let parsed = PasswordHash::new(stored).map_err(|error| anyhow::anyhow!("a stored password hash is unreadable: {error}"))?;
        let matches = Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok();
        Ok(matches && hash.is_some())
    })
    .await?
}

/// A fixed argon2 hash to check against when there is no account, so the work is the same.
fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password("not a password anyone has").unwrap_or_default())
}

/// Hashes a password with argon2id and a random salt.
fn hash_password(password: &str) -> Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|error| anyhow::anyhow!("cannot hash the password: {error}"))
}

/// Starts a session and sends the browser to the queue with its cookie.
pub(super) async fn signed_in(app: &App, navigator: &Navigator) -> Response {
    match start_session(app, navigator).await {
        Ok(cookie) => (StatusCode::SEE_OTHER, [(header::SET_COOKIE, cookie), (header::LOCATION, "/console".into())]).into_response(),
        Err(error) => failed(error),
    }
}

/// Starts a session and returns its cookie.
async fn start_session(app: &App, navigator: &Navigator) -> Result<String> {
    let token = store::random_hex(32);
    let csrf = store::random_hex(16);
    let expires_at = now_ms() + SESSION_HOURS * 3_600_000;
    let mut conn = app.store.reader().await?;
    navigators::start_session(&mut conn, &digest(&token), &navigator.id, &csrf, expires_at).await?;
    tracing::info!(navigator = %navigator.id, "navigator logged in");
    Ok(set_cookie(&app.console, SESSION_COOKIE, &token, SESSION_HOURS * 3600))
}

/// A form with nothing but its CSRF token.
#[derive(Debug, Deserialize)]
pub struct CsrfOnly {
    csrf: String,
}

/// `POST /console/logout`: ends the session here and in the database.
pub async fn logout(State(app): State<App>, signed: Signed, headers: HeaderMap, Form(form): Form<CsrfOnly>) -> Response {
    if let Err(refused) = signed.check(&form.csrf) {
        return refused;
    }
    if let Some(token) = cookie(&headers, SESSION_COOKIE) {
        let ended = async {
            let mut conn = app.store.reader().await?;
            navigators::end_session(&mut conn, &digest(&token)).await
        };
        if let Err(error) = ended.await {
            return failed(error);
        }
    }
    let cleared = set_cookie(&app.console, SESSION_COOKIE, "", 0);
    (StatusCode::SEE_OTHER, [(header::SET_COOKIE, cleared), (header::LOCATION, "/console/login".into())]).into_response()
}

/// The set-up link's query.
#[derive(Debug, Deserialize)]
pub struct SetupQuery {
    token: Option<String>,
}

/// `GET /console/setup?token=...`: the form to choose a password, if the link is still good.
pub async fn setup_page(State(app): State<App>, Query(query): Query<SetupQuery>) -> Response {
    let token = query.token.unwrap_or_default();
    match account_of_link(&app, &token).await {
        Ok(Some(navigator)) => setup_form(&app.console, StatusCode::OK, &navigator, &token, None),
        Ok(None) => expired_link(&app.console),
        Err(error) => failed(error),
    }
}

async fn account_of_link(app: &App, token: &str) -> Result<Option<Navigator>> {
    if token.is_empty() {
        return Ok(None);
    }
    let mut conn = app.store.reader().await?;
    navigators::by_setup_token(&mut conn, &digest(token)).await
}

fn setup_form(console: &Console, status: StatusCode, navigator: &Navigator, token: &str, error: Option<&str>) -> Response {
    let data = json!({
        "title": "Choose a password", "email": navigator.email, "token": token, "error": error,
        "min": MIN_PASSWORD_CHARS,
    });
    (status, console.render("setup", &data)).into_response()
}

fn expired_link(console: &Console) -> Response {
    let data = json!({
        "title": "Link not valid", "expired": true, "email": "", "token": "", "error": null, "min": MIN_PASSWORD_CHARS,
    });
    (StatusCode::NOT_FOUND, console.render("setup", &data)).into_response()
}

/// The set-up form. The link's token, which only its owner has, is what makes it safe to post.
#[derive(Debug, Deserialize)]
pub struct SetupForm {
    token: String,
    password: String,
    confirm: String,
}

/// `POST /console/setup`: sets the password and spends the link.
pub async fn setup(State(app): State<App>, Form(form): Form<SetupForm>) -> Response {
    let navigator = match account_of_link(&app, &form.token).await {
        Ok(Some(navigator)) => navigator,
        Ok(None) => return expired_link(&app.console),
        Err(error) => return failed(error),
    };
    if let Some(problem) = password_problem(&form.password, &form.confirm, &navigator.email) {
        return setup_form(&app.console, StatusCode::UNPROCESSABLE_ENTITY, &navigator, &form.token, Some(problem));
    }
    let stored = async {
        let password = form.password.clone();
        let hash = tokio::task::spawn_blocking(move || hash_password(&password)).await??;
        let mut conn = app.store.reader().await?;
        navigators::set_password(&mut conn, &navigator.id, &hash).await
    };
    match stored.await {
        Ok(()) => Redirect::to("/console/login?ready=1").into_response(),
        Err(error) => failed(error),
    }
}

/// What is wrong with a chosen password, in words for the form.
fn password_problem(password: &str, confirm: &str, email: &str) -> Option<&'static str> {
    let length = password.chars().count();
    if length < MIN_PASSWORD_CHARS {
        Some("Use at least 12 characters: a few words together are easy to remember.")
    } else if length > MAX_PASSWORD_CHARS {
        Some("That password is too long; use 200 characters or fewer.")
    } else if password != confirm {
        Some("The two passwords are not the same.")
    } else if password.eq_ignore_ascii_case(email) {
        Some("Do not use your email as your password.")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_hash_verifies_only_its_own_password() {
        let hash = hash_password("correct horse battery").unwrap();
        let parsed = PasswordHash::new(&hash).unwrap();
        assert!(Argon2::default().verify_password(b"correct horse battery", &parsed).is_ok());
        assert!(Argon2::default().verify_password(b"correct horse batterz", &parsed).is_err());
        assert!(hash.starts_with("$argon2id$"));
    }

    #[test]
    fn passwords_must_be_long_matching_and_not_the_email() {
        assert!(password_problem("short", "short", "a@b.uk").is_some());
        assert!(password_problem("long enough pass", "long enough pasz", "a@b.uk").is_some());
        assert!(password_problem("sam@council.gov.uk", "sam@council.gov.uk", "sam@council.gov.uk").is_some());
        assert_eq!(password_problem("long enough pass", "long enough pass", "a@b.uk"), None);
    }

    #[test]
    fn cookies_are_read_from_any_cookie_header() {
        let mut headers = HeaderMap::new();
        headers.append(header::COOKIE, "a=1; fd_session=abc".parse().unwrap());
        headers.append(header::COOKIE, "fd_login=xyz".parse().unwrap());
        assert_eq!(cookie(&headers, SESSION_COOKIE).as_deref(), Some("abc"));
        assert_eq!(cookie(&headers, LOGIN_COOKIE).as_deref(), Some("xyz"));
        assert_eq!(cookie(&headers, "missing"), None);
    }
}
