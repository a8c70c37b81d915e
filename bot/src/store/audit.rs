//! The audit log: every time a navigator opens or acts on a conversation, for admins to read.
//! It names people by pseudonymous id and holds no message text, so it outlives erasure (which
//! removes the id from it: the acts stay, to whom is forgotten).

use super::now_ms;
use super::people::PersonId;
use anyhow::Result;
use sqlx::AnyConnection;

/// One entry as admins read it.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct Entry {
    /// The navigator's login; `bot` when the bot moved a handoff to another team itself.
    pub navigator: String,
    /// What they did: "open", "claim", "reply", "note", "transfer", "release", "resolve",
    /// "moved_to_youth", ...
    pub action: String,
    /// Which handoff, when the action was about one.
    pub handoff_id: Option<i64>,
    /// Which person (pseudonymous), when known.
    pub person_id: Option<PersonId>,
    /// When, in Unix milliseconds.
    pub at: i64,
}

/// Writes one entry.
pub async fn record(
    conn: &mut AnyConnection,
    navigator_id: &str,
    action: &str,
    handoff_id: Option<i64>,
    person_id: Option<&PersonId>,
) -> Result<()> {
    sqlx::query("INSERT INTO audit_log (navigator_id, action, handoff_id, person_id, at) VALUES ($1, $2, $3, $4, $5)")
        .bind(navigator_id)
        .bind(action)
        .bind(handoff_id)
        .bind(person_id)
        .bind(now_ms())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The latest entries, newest first.
pub async fn latest(conn: &mut AnyConnection, limit: i64) -> Result<Vec<Entry>> {
    let entries = sqlx::query_as(
        "SELECT COALESCE(n.email, a.navigator_id) AS navigator, a.action, a.handoff_id, a.person_id, a.at \
         FROM audit_log a LEFT JOIN navigators n ON n.id = a.navigator_id ORDER BY a.id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?;
    Ok(entries)
}
