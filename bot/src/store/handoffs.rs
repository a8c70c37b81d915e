//! Handoffs: conversations waiting for a navigator, most urgent first.

use super::now_ms;
use anyhow::Result;
use sqlx::{AnyConnection, Row};

/// Opens a handoff, unless the person already has one open (then it only grows more urgent).
pub async fn open(conn: &mut AnyConnection, person_id: &str, urgency: &str, summary: &str) -> Result<()> {
    let existing = sqlx::query("SELECT id FROM handoffs WHERE person_id = $1 AND resolved_at IS NULL")
        .bind(person_id)
        .fetch_optional(&mut *conn)
        .await?;
    match existing {
        Some(row) if urgency == "urgent" => {
            sqlx::query("UPDATE handoffs SET urgency = $1 WHERE id = $2")
                .bind(urgency)
                .bind(row.get::<i64, _>(0))
                .execute(&mut *conn)
                .await?;
        }
        Some(_) => {}
        None => {
            sqlx::query(
                "INSERT INTO handoffs (person_id, urgency, summary, created_at) VALUES ($1, $2, $3, $4)",
            )
            .bind(person_id)
            .bind(urgency)
            .bind(summary)
            .bind(now_ms())
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(())
}

/// A handoff as the queue lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct Waiting {
    /// The person waiting.
    pub person_id: String,
    /// "urgent" or "normal".
    pub urgency: String,
    /// What they asked for, in a few words.
    pub summary: String,
    /// Since when, in Unix milliseconds.
    pub since: i64,
}

/// The open handoffs, crisis first, then longest waiting.
pub async fn queue(conn: &mut AnyConnection) -> Result<Vec<Waiting>> {
    let rows = sqlx::query(
        "SELECT person_id, urgency, summary, created_at FROM handoffs WHERE resolved_at IS NULL \
         ORDER BY CASE urgency WHEN 'urgent' THEN 0 ELSE 1 END, created_at",
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| Waiting { person_id: row.get(0), urgency: row.get(1), summary: row.get(2), since: row.get(3) })
        .collect())
}
