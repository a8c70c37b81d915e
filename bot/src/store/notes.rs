//! Navigators' private notes on a handoff: never sent to the resident, erased with them.

use super::now_ms;
use anyhow::Result;
use sqlx::AnyConnection;

/// One note as the console lists it.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct Note {
    /// Who wrote it (their login).
    pub author: String,
    /// What they wrote.
    pub body: String,
    /// When, in Unix milliseconds.
    pub at: i64,
}

/// Adds a note to a handoff.
pub async fn add(conn: &mut AnyConnection, handoff_id: i64, navigator_id: &str, body: &str) -> Result<()> {
    sqlx::query("INSERT INTO handoff_notes (handoff_id, navigator_id, body, at) VALUES ($1, $2, $3, $4)")
        .bind(handoff_id)
        .bind(navigator_id)
        .bind(body)
        .bind(now_ms())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The notes a navigator reads on a handoff, oldest first. On an open one, every note on the
/// person's handoffs, so a returning resident's history is in view; on a resolved one, only its
/// own (need to know: an old handoff does not open what colleagues wrote about them since).
pub async fn shown_on(conn: &mut AnyConnection, handoff_id: i64) -> Result<Vec<Note>> {
    let notes = sqlx::query_as(
        "SELECT n.email AS author, hn.body, hn.at FROM handoff_notes hn \
         JOIN navigators n ON n.id = hn.navigator_id \
         JOIN handoffs h ON h.id = hn.handoff_id \
         JOIN handoffs shown ON shown.id = $1 AND shown.person_id = h.person_id \
         WHERE shown.resolved_at IS NULL OR hn.handoff_id = shown.id ORDER BY hn.id",
    )
    .bind(handoff_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(notes)
}
