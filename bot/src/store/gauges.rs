//! How full the shared queues are now, for `/metrics`: read from the database so every replica
//! reports the same queues, whichever one a scrape reaches.

use anyhow::Result;
use sqlx::AnyConnection;

/// One queue's depth and the arrival time of its oldest row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Queue {
    /// `inbox`, `inbox_set_aside` or `outbox`.
    pub name: &'static str,
    /// Rows waiting.
    pub depth: i64,
    /// When the oldest waiting row arrived (milliseconds since 1970), `None` when empty.
    pub oldest_ms: Option<i64>,
}

/// Open handoffs of one team and urgency.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct OpenHandoffs {
    /// The team whose queue they are in.
    pub team: String,
    /// `urgent` or `routine`.
    pub urgency: String,
    /// How many.
    pub count: i64,
}

/// Every queue at one moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Queues {
    /// The inbox, the messages set aside and the outbox.
    pub queues: Vec<Queue>,
    /// The navigators' queue, by team and urgency.
    pub handoffs: Vec<OpenHandoffs>,
}

/// Reads every queue's depth and age.
pub async fn queues(conn: &mut AnyConnection) -> Result<Queues> {
    let queues = vec![
        queue(conn, "inbox", "SELECT COUNT(*), MIN(received_at) FROM inbox WHERE failed_at IS NULL").await?,
        queue(conn, "inbox_set_aside", "SELECT COUNT(*), MIN(received_at) FROM inbox WHERE failed_at IS NOT NULL").await?,
        queue(conn, "outbox", "SELECT COUNT(*), MIN(created_at) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL").await?,
    ];
    let handoffs = sqlx::query_as(
        "SELECT team, urgency, COUNT(*) AS count FROM handoffs WHERE resolved_at IS NULL GROUP BY team, urgency ORDER BY team, urgency",
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(Queues { queues, handoffs })
}

async fn queue(conn: &mut AnyConnection, name: &'static str, sql: &str) -> Result<Queue> {
    let (depth, oldest_ms): (i64, Option<i64>) = sqlx::query_as(sql).fetch_one(&mut *conn).await?;
    Ok(Queue { name, depth, oldest_ms })
}
