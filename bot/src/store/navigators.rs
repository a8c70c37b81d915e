//! Navigators' accounts and their console sessions.
//!
//! Only hashes are kept: the argon2 hash of a password, and SHA-256 of set-up tokens, session
//! tokens and pending logins' tokens, so a copy of the database opens no one's account. An
//! account's second factor (a TOTP secret) must be kept as it is to check codes, but without
//! the password it opens nothing.

use super::handoffs::Team;
use super::now_ms;
use anyhow::{bail, Result};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, FromRow, Row};

/// A navigator as the console knows them once logged in.
#[derive(Debug, Clone, PartialEq)]
pub struct Navigator {
    /// A random id, which handoffs, notes and the audit log name.
    pub id: String,
    /// Their login.
    pub email: String,
    /// Admins also read the audit log and see every team's queue.
    pub admin: bool,
    /// Whose handoffs they take.
    pub team: Team,
}

/// What a login attempt is checked against.
#[derive(Debug, Clone)]
pub struct Credentials {
    /// The account.
    pub navigator: Navigator,
    /// The argon2 hash, once a password has been set.
    pub password_hash: Option<String>,
    /// Until when (Unix ms) logins are refused after repeated failures.
    pub locked_until: Option<i64>,
    /// Whether a login also needs a code from an authenticator app.
    pub second_factor: bool,
}

const SELECT_NAVIGATOR: &str = "SELECT id, email, admin, team FROM navigators";

impl FromRow<'_, AnyRow> for Navigator {
    fn from_row(row: &AnyRow) -> Result<Navigator, sqlx::Error> {
        Ok(Navigator {
            id: row.try_get("id")?,
            email: row.try_get("email")?,
            admin: super::flag(row, "admin")?,
            team: Team::parse(&row.try_get::<String, _>("team")?).unwrap_or(Team::Adult),
        })
    }
}

/// Creates an account with no password yet, reachable through the set-up token whose hash is
/// given until `setup_expires_at`.
pub async fn create(
    conn: &mut AnyConnection,
    email: &str,
    admin: bool,
    team: Team,
    setup_token_hash: &str,
    setup_expires_at: i64,
) -> Result<Navigator> {
    if find_by_email(conn, email).await?.is_some() {
        bail!("{email} already has an account; use `frontdoor navigator reset {email}` for a new set-up link");
    }
    let id = format!("n_{}", super::random_hex(10));
    sqlx::query(
        "INSERT INTO navigators (id, email, admin, team, setup_token_hash, setup_expires_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&id)
    .bind(email)
    .bind(i64::from(admin))
    .bind(team.id())
    .bind(setup_token_hash)
    .bind(setup_expires_at)
    .bind(now_ms())
    .execute(&mut *conn)
    .await?;
    Ok(Navigator { id, email: email.to_string(), admin, team })
}

/// Replaces an account's password with a new set-up token (a forgotten password, a new
/// device): the old password and every session stop working at once.
pub async fn reset(conn: &mut AnyConnection, email: &str, setup_token_hash: &str, setup_expires_at: i64) -> Result<bool> {
    let Some(navigator) = find_by_email(conn, email).await? else {
        return Ok(false);
    };
    sqlx::query(
        "UPDATE navigators SET password_hash = NULL, setup_token_hash = $1, setup_expires_at = $2, \
         failed_logins = 0, locked_until = NULL WHERE id = $3",
    )
    .bind(setup_token_hash)
    .bind(setup_expires_at)
    .bind(&navigator.id)
    .execute(&mut *conn)
    .await?;
    end_sessions_of(conn, &navigator.id).await?;
    Ok(true)
}

/// Closes an account (someone who has left): no password, no set-up link, every session ended
/// at once. `reset` opens it again with a new set-up link. The account's id, when there was one.
pub async fn disable(conn: &mut AnyConnection, email: &str) -> Result<Option<String>> {
    let Some(navigator) = find_by_email(conn, email).await? else {
        return Ok(None);
    };
    sqlx::query("UPDATE navigators SET password_hash = NULL, setup_token_hash = NULL, setup_expires_at = NULL WHERE id = $1")
        .bind(&navigator.id)
        .execute(&mut *conn)
        .await?;
    end_sessions_of(conn, &navigator.id).await?;
    Ok(Some(navigator.id))
}

/// Moves an account to another team; its sessions end, so its pages show the new team's queue
/// from the next login. The account's id, when there was one.
pub async fn set_team(conn: &mut AnyConnection, email: &str, team: Team) -> Result<Option<String>> {
    let Some(navigator) = find_by_email(conn, email).await? else {
        return Ok(None);
    };
    sqlx::query("UPDATE navigators SET team = $1 WHERE id = $2").bind(team.id()).bind(&navigator.id).execute(&mut *conn).await?;
    end_sessions_of(conn, &navigator.id).await?;
    Ok(Some(navigator.id))
}

/// The account with this login, if any.
pub async fn find_by_email(conn: &mut AnyConnection, email: &str) -> Result<Option<Navigator>> {
    Ok(sqlx::query_as::<_, Navigator>(&format!("{SELECT_NAVIGATOR} WHERE email = $1")).bind(email).fetch_optional(&mut *conn).await?)
}

/// Every account, by login, for `navigator list` and the transfer form.
pub async fn all(conn: &mut AnyConnection) -> Result<Vec<Navigator>> {
    Ok(sqlx::query_as::<_, Navigator>(&format!("{SELECT_NAVIGATOR} ORDER BY email")).fetch_all(&mut *conn).await?)
}

/// The account a still-valid set-up token opens.
pub async fn by_setup_token(conn: &mut AnyConnection, token_hash: &str) -> Result<Option<Navigator>> {
    Ok(sqlx::query_as::<_, Navigator>(&format!("{SELECT_NAVIGATOR} WHERE setup_token_hash = $1 AND setup_expires_at > $2"))
        .bind(token_hash)
        .bind(now_ms())
        .fetch_optional(&mut *conn)
        .await?)
}

/// Sets the password and spends the set-up token, so the link works once.
pub async fn set_password(conn: &mut AnyConnection, navigator_id: &str, password_hash: &str) -> Result<()> {
    sqlx::query(
        "UPDATE navigators SET password_hash = $1, setup_token_hash = NULL, setup_expires_at = NULL, \
         failed_logins = 0, locked_until = NULL WHERE id = $2",
    )
    .bind(password_hash)
    .bind(navigator_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// What a login for this email is checked against.
pub async fn credentials(conn: &mut AnyConnection, email: &str) -> Result<Option<Credentials>> {
    let row = sqlx::query("SELECT id, email, admin, team, password_hash, locked_until, totp_secret FROM navigators WHERE email = $1")
        .bind(email)
        .fetch_optional(&mut *conn)
        .await?;
    let read = |row: AnyRow| -> Result<Credentials, sqlx::Error> {
        Ok(Credentials {
            navigator: Navigator::from_row(&row)?,
            password_hash: row.try_get("password_hash")?,
            locked_until: row.try_get("locked_until")?,
            second_factor: row.try_get::<Option<String>, _>("totp_secret")?.is_some(),
        })
    };
    Ok(row.map(read).transpose()?)
}

/// Takes one of an account's `limit` login attempts before its password is checked, in one
/// atomic statement: counted as a failure until [`record_good_login`] clears it, so guesses sent
/// side by side cannot all reach the password check before the lock. False when the account is
/// locked or its attempts are spent (then it is locked until `lock_until`).
pub async fn reserve_login_attempt(conn: &mut AnyConnection, navigator_id: &str, limit: i64, lock_until: i64) -> Result<bool> {
    let now = super::now_ms();
    let taken = sqlx::query(
        "UPDATE navigators SET failed_logins = CASE WHEN locked_until IS NOT NULL AND locked_until <= $2 THEN 1 ELSE failed_logins + 1 END, \
             locked_until = CASE WHEN locked_until IS NOT NULL AND locked_until <= $2 THEN NULL ELSE locked_until END \
         WHERE id = $1 AND (locked_until IS NULL OR locked_until <= $2) \
           AND (failed_logins < $3 OR (locked_until IS NOT NULL AND locked_until <= $2))",
    )
    .bind(navigator_id)
    .bind(now)
    .bind(limit)
    .execute(&mut *conn)
    .await?;
    if taken.rows_affected() == 1 {
        return Ok(true);
    }
    sqlx::query("UPDATE navigators SET locked_until = $1 WHERE id = $2 AND (locked_until IS NULL OR locked_until <= $3)")
        .bind(lock_until)
        .bind(navigator_id)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    Ok(false)
}

/// After a wrong password: locks the account until `lock_until` if its attempts are spent;
/// whether this locked it.
pub async fn lock_if_spent(conn: &mut AnyConnection, navigator_id: &str, limit: i64, lock_until: i64) -> Result<bool> {
    let locked = sqlx::query("UPDATE navigators SET locked_until = $1 WHERE id = $2 AND failed_logins >= $3 AND locked_until IS NULL")
        .bind(lock_until)
        .bind(navigator_id)
        .bind(limit)
        .execute(&mut *conn)
        .await?;
    Ok(locked.rows_affected() == 1)
}

/// A good login clears the count of failures.
pub async fn record_good_login(conn: &mut AnyConnection, navigator_id: &str) -> Result<()> {
    sqlx::query("UPDATE navigators SET failed_logins = 0, locked_until = NULL WHERE id = $1")
        .bind(navigator_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Starts a session: the browser keeps the token, we keep its hash and the form token.
pub async fn start_session(conn: &mut AnyConnection, token_hash: &str, navigator_id: &str, csrf: &str, expires_at: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO console_sessions (token_hash, navigator_id, csrf, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(token_hash)
    .bind(navigator_id)
    .bind(csrf)
    .bind(now_ms())
    .bind(expires_at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The navigator and form token of a live session.
pub async fn session(conn: &mut AnyConnection, token_hash: &str) -> Result<Option<(Navigator, String)>> {
    navigator_by_token(conn, "console_sessions", token_hash).await
}

/// The navigator and form token behind a live token of one of the token tables (sessions, and
/// logins waiting for their code), which share their columns.
async fn navigator_by_token(conn: &mut AnyConnection, table: &'static str, token_hash: &str) -> Result<Option<(Navigator, String)>> {
    let sql = format!(
        "SELECT n.id, n.email, n.admin, n.team, t.csrf FROM {table} t \
         JOIN navigators n ON n.id = t.navigator_id WHERE t.token_hash = $1 AND t.expires_at > $2"
    );
    let row = sqlx::query(&sql).bind(token_hash).bind(now_ms()).fetch_optional(&mut *conn).await?;
    Ok(row.map(|row| Ok::<_, sqlx::Error>((Navigator::from_row(&row)?, row.try_get("csrf")?))).transpose()?)
}

/// Ends one session (logout), and sweeps expired ones while at it.
pub async fn end_session(conn: &mut AnyConnection, token_hash: &str) -> Result<()> {
    sqlx::query("DELETE FROM console_sessions WHERE token_hash = $1 OR expires_at <= $2")
        .bind(token_hash)
        .bind(now_ms())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Ends every session of an account, and every login of it still waiting for its code.
async fn end_sessions_of(conn: &mut AnyConnection, navigator_id: &str) -> Result<()> {
    for table in ["console_sessions", "login_challenges"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE navigator_id = $1")).bind(navigator_id).execute(&mut *conn).await?;
    }
    Ok(())
}

/// Turns on (`Some`, the secret in hex) or off (`None`) an account's second factor; either way
/// its sessions end, so every login from now on is made the new way. The account's id, when
/// there was one.
pub async fn set_second_factor(conn: &mut AnyConnection, email: &str, secret_hex: Option<&str>) -> Result<Option<String>> {
    let Some(navigator) = find_by_email(conn, email).await? else {
        return Ok(None);
    };
    sqlx::query("UPDATE navigators SET totp_secret = $1, totp_last_step = NULL WHERE id = $2")
        .bind(secret_hex)
        .bind(&navigator.id)
        .execute(&mut *conn)
        .await?;
    end_sessions_of(conn, &navigator.id).await?;
    Ok(Some(navigator.id))
}

/// An account's second-factor secret (hex), if it has one.
pub async fn second_factor_secret(conn: &mut AnyConnection, navigator_id: &str) -> Result<Option<String>> {
    let row = sqlx::query("SELECT totp_secret FROM navigators WHERE id = $1").bind(navigator_id).fetch_optional(&mut *conn).await?;
    Ok(row.and_then(|row| row.get(0)))
}

/// Spends the time step a right code was made for, in one atomic statement: false when a code
/// of this step or a later one was already taken, so a code (seen over a shoulder, or sent
/// twice) cannot be used again while it is still valid.
pub async fn spend_code_step(conn: &mut AnyConnection, navigator_id: &str, step: i64) -> Result<bool> {
    let spent = sqlx::query("UPDATE navigators SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)")
        .bind(step)
        .bind(navigator_id)
        .execute(&mut *conn)
        .await?;
    Ok(spent.rows_affected() == 1)
}

/// Remembers a login whose password was right until its code comes or `expires_at`: the
/// browser keeps the token, we keep its hash and the code form's CSRF token. Expired ones are
/// swept while at it.
pub async fn start_challenge(conn: &mut AnyConnection, token_hash: &str, navigator_id: &str, csrf: &str, expires_at: i64) -> Result<()> {
    sqlx::query("DELETE FROM login_challenges WHERE expires_at <= $1").bind(now_ms()).execute(&mut *conn).await?;
    sqlx::query("INSERT INTO login_challenges (token_hash, navigator_id, csrf, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(token_hash)
        .bind(navigator_id)
        .bind(csrf)
        .bind(expires_at)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The navigator and code form token of a login still waiting for its code.
pub async fn challenge(conn: &mut AnyConnection, token_hash: &str) -> Result<Option<(Navigator, String)>> {
    navigator_by_token(conn, "login_challenges", token_hash).await
}

/// Forgets a waiting login once its code was right.
pub async fn end_challenge(conn: &mut AnyConnection, token_hash: &str) -> Result<()> {
    sqlx::query("DELETE FROM login_challenges WHERE token_hash = $1").bind(token_hash).execute(&mut *conn).await?;
    Ok(())
}
