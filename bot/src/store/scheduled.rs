//! Scheduled work that must survive restarts: check-ins due next week, kept in the database.
//!
//! A due job is claimed with a lease, delivered through the pipeline as an event, and marked
//! done in that turn's transaction, so a crash at any point neither loses nor repeats it.

use super::now_ms;
use super::people::PersonId;
use anyhow::Result;
use sqlx::AnyConnection;

/// The one kind of job so far: asking how a suggestion went.
pub const CHECK_IN: &str = "check_in";

/// A job whose time has come.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct Due {
    /// The job's id, also its idempotency key in the pipeline.
    pub id: i64,
    /// Who it concerns.
    pub person_id: PersonId,
    /// What to do ([`CHECK_IN`]).
    pub kind: String,
}

/// Schedules a job at `due_at` (Unix milliseconds).
pub async fn schedule(conn: &mut AnyConnection, person_id: &PersonId, kind: &str, due_at: i64) -> Result<()> {
    sqlx::query("INSERT INTO scheduled (person_id, kind, due_at) VALUES ($1, $2, $3)")
        .bind(person_id)
        .bind(kind)
        .bind(due_at)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Cancels a person's jobs still to come.
pub async fn cancel(conn: &mut AnyConnection, person_id: &PersonId) -> Result<()> {
    sqlx::query("DELETE FROM scheduled WHERE person_id = $1 AND done_at IS NULL").bind(person_id).execute(&mut *conn).await?;
    Ok(())
}

/// Claims one due job for `lease_ms`, or None.
pub async fn claim_due(conn: &mut AnyConnection, lease_ms: i64) -> Result<Option<Due>> {
    let now = now_ms();
    let due = sqlx::query_as(
        "UPDATE scheduled SET locked_until = $1 \
         WHERE id = (SELECT id FROM scheduled WHERE done_at IS NULL AND due_at <= $2 \
             AND (locked_until IS NULL OR locked_until < $2) ORDER BY due_at, id LIMIT 1) \
           AND done_at IS NULL AND (locked_until IS NULL OR locked_until < $2) \
         RETURNING id, person_id, kind",
    )
    .bind(now + lease_ms)
    .bind(now)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(due)
}

/// Marks a job done; called in the transaction of the turn that handled it.
pub async fn mark_done(conn: &mut AnyConnection, id: i64) -> Result<()> {
    sqlx::query("UPDATE scheduled SET done_at = $1, locked_until = NULL WHERE id = $2").bind(now_ms()).bind(id).execute(&mut *conn).await?;
    Ok(())
}
