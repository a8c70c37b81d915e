//! Conversation state: one JSON document a person, saved with a version number.
//!
//! Two replicas may handle the same person's messages at once; the version makes the second
//! save fail instead of overwriting the first, and the pipeline retries that turn.

use super::now_ms;
use super::people::PersonId;
use anyhow::Result;
use sqlx::AnyConnection;

/// A person's saved conversation and the version it was read at.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct Saved {
    /// The flows' state as JSON.
    pub state: String,
    /// Zero when nothing has been saved yet.
    pub version: i64,
}

/// Loads a person's conversation, or an empty one at version zero.
pub async fn load(conn: &mut AnyConnection, person_id: &PersonId) -> Result<Option<Saved>> {
    let saved =
        sqlx::query_as("SELECT state, version FROM conversations WHERE person_id = $1").bind(person_id).fetch_optional(&mut *conn).await?;
    Ok(saved)
}

/// Saves the state if nobody else saved since `read_version`; false means retry the turn.
pub async fn save(conn: &mut AnyConnection, person_id: &PersonId, state: &str, read_version: i64) -> Result<bool> {
    let now = now_ms();
    let written = if read_version == 0 {
        sqlx::query(
            "INSERT INTO conversations (person_id, state, version, updated_at) VALUES ($1, $2, 1, $3) \
             ON CONFLICT (person_id) DO NOTHING",
        )
        .bind(person_id)
        .bind(state)
        .bind(now)
        .execute(&mut *conn)
        .await?
    } else {
        sqlx::query(
            "UPDATE conversations SET state = $1, version = version + 1, updated_at = $2 \
             WHERE person_id = $3 AND version = $4",
        )
        .bind(state)
        .bind(now)
        .bind(person_id)
        .bind(read_version)
        .execute(&mut *conn)
        .await?
    };
    Ok(written.rows_affected() == 1)
}
