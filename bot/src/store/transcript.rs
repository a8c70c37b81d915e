//! The transcript: what a person and the service said to each other, for navigators.
//!
//! It holds message text, so it is erased with the person and never copied into logs.

use super::now_ms;
use super::people::PersonId;
use anyhow::Result;
use sqlx::{AnyConnection, Row};

/// Who wrote a line of the transcript.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Author {
    /// The resident.
    Person,
    /// The bot's flows.
    Bot,
    /// A navigator, writing through the console.
    Navigator,
}

impl Author {
    fn id(self) -> &'static str {
        match self {
            Author::Person => "person",
            Author::Bot => "bot",
            Author::Navigator => "navigator",
        }
    }

    fn direction(self) -> &'static str {
        match self {
            Author::Person => "in",
            Author::Bot | Author::Navigator => "out",
        }
    }
}

/// One line of a transcript.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct Line {
    /// "person", "bot", or a navigator.
    pub author: String,
    /// What was said.
    pub body: String,
    /// When, in Unix milliseconds.
    pub at: i64,
}

/// Adds a line to a person's transcript.
pub async fn append(conn: &mut AnyConnection, person_id: &PersonId, author: Author, body: &str) -> Result<()> {
    sqlx::query("INSERT INTO messages (person_id, direction, author, body, at) VALUES ($1, $2, $3, $4, $5)")
        .bind(person_id)
        .bind(author.direction())
        .bind(author.id())
        .bind(body)
        .bind(now_ms())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// A person's transcript up to `until_ms` (inclusive; `i64::MAX` for all of it), oldest first:
/// a resolved handoff shows only what was said before it closed (see [`Handoff::visible_until`]).
///
/// [`Handoff::visible_until`]: super::handoffs::Handoff::visible_until
pub async fn until(conn: &mut AnyConnection, person_id: &PersonId, until_ms: i64) -> Result<Vec<Line>> {
    let lines = sqlx::query_as("SELECT author, body, at FROM messages WHERE person_id = $1 AND at <= $2 ORDER BY id")
        .bind(person_id)
        .bind(until_ms)
        .fetch_all(&mut *conn)
        .await?;
    Ok(lines)
}

/// What a person wrote since `since_ms`, their last `limit` messages, oldest first: the context
/// a new message is read in.
pub async fn recent_of(conn: &mut AnyConnection, person_id: &PersonId, since_ms: i64, limit: i64) -> Result<Vec<String>> {
    let rows = sqlx::query(
        "SELECT body FROM messages WHERE person_id = $1 AND author = 'person' AND at >= $2 \
         ORDER BY id DESC LIMIT $3",
    )
    .bind(person_id)
    .bind(since_ms)
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.into_iter().rev().map(|row| row.get(0)).collect())
}

/// The newest line's id up to `until_ms` (0 for none): the live console redraws a transcript
/// when it changes, and so never for what was said after a resolved handoff closed.
pub async fn latest_id(conn: &mut AnyConnection, person_id: &PersonId, until_ms: i64) -> Result<i64> {
    let row = sqlx::query("SELECT COALESCE(MAX(id), 0) FROM messages WHERE person_id = $1 AND at <= $2")
        .bind(person_id)
        .bind(until_ms)
        .fetch_one(&mut *conn)
        .await?;
    Ok(row.get(0))
}
