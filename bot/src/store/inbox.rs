//! The inbox: messages acknowledged to their provider and waiting for their turn.
//!
//! A webhook only stores its message here (with the delivery record, in one short transaction)
//! and answers; workers claim rows with a lease, one per person at a time and oldest first, and
//! delete each row in the transaction that commits its turn. So an acknowledged message is never
//! lost (a crash leaves its row, which is claimed again when the lease runs out) and never
//! answered twice (only the turn that deletes the row commits).

use super::people::PersonId;
use super::{now_ms, PersonQueue, QueueTable};
use anyhow::Result;
use flows::Channel;
use sqlx::{AnyConnection, FromRow, Row};

/// A message waiting for its turn, as a worker claimed it.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct Waiting {
    /// The row, deleted when its turn commits.
    pub id: i64,
    /// Who sent it.
    pub person_id: PersonId,
    /// The channel it came through.
    #[sqlx(try_from = "String")]
    pub channel: Channel,
    /// What they did, as JSON (the channel layer's `InboundKind`).
    pub kind: String,
    /// How many times it has been claimed, this time included.
    pub attempts: i64,
    /// When it was acknowledged, for the backlog's age.
    pub received_at: i64,
}

/// Stores a message to be handled from `not_before` on; in the accepting transaction.
pub async fn put(conn: &mut AnyConnection, person_id: &PersonId, channel: Channel, kind: &str, not_before: i64) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO inbox (person_id, channel, kind, received_at, not_before) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(person_id)
    .bind(channel.name())
    .bind(kind)
    .bind(now_ms())
    .bind(not_before)
    .fetch_one(&mut *conn)
    .await?;
    Ok(row.get(0))
}

/// Counts one more message from a person against `per_minute` and says from when it may be
/// handled: now while they are within the rate (bursts of up to `per_minute` pass at once),
/// later by the time the rate allows when they are over it. One atomic upsert, so every replica
/// counts against the same allowance. `now` is the caller's clock reading, so a message within
/// the rate is due at exactly the moment the caller measures its hold from, not a tick later.
pub async fn pace(conn: &mut AnyConnection, person_id: &PersonId, per_minute: u32, now: i64) -> Result<i64> {
    let interval = MINUTE_MS / i64::from(per_minute.max(1));
    let row = sqlx::query(
        "INSERT INTO sender_pace (person_id, arrival_at) VALUES ($1, $2 + $3) \
         ON CONFLICT (person_id) DO UPDATE SET arrival_at = \
             CASE WHEN sender_pace.arrival_at > $2 THEN sender_pace.arrival_at ELSE $2 END + $3 \
         RETURNING arrival_at",
    )
    .bind(person_id)
    .bind(now)
    .bind(interval)
    .fetch_one(&mut *conn)
    .await?;
    let arrival_at: i64 = row.get(0);
    Ok(now.max(arrival_at - MINUTE_MS))
}

/// A minute in milliseconds: the rate limit's window.
const MINUTE_MS: i64 = 60_000;

/// Claims up to `limit` due messages for `lease_ms`, at most one per person (their oldest).
pub async fn claim_batch(conn: &mut AnyConnection, lease_ms: i64, limit: usize) -> Result<Vec<Waiting>> {
    if limit == 0 {
        return Ok(Vec::new());
    }
    let queue = PersonQueue {
        queue: &QUEUE,
        due: "q.not_before <= $2".into(),
        order: "q.id",
        returning: "id, person_id, channel, kind, attempts, received_at",
        also_set: "",
    };
    let rows = queue.claim(conn, lease_ms, limit).await?;
    let mut claimed = rows.iter().map(Waiting::from_row).collect::<Result<Vec<_>, _>>()?;
    claimed.sort_by_key(|waiting| waiting.id);
    Ok(claimed)
}

/// Deletes a row as its turn commits; false when another worker's turn took it first (its lease
/// ran out mid-turn), and this turn must roll back.
pub async fn take(conn: &mut AnyConnection, id: i64) -> Result<bool> {
    let deleted = sqlx::query("DELETE FROM inbox WHERE id = $1").bind(id).execute(&mut *conn).await?;
    Ok(deleted.rows_affected() == 1)
}

/// Sets a row aside after its turn failed too often, so it no longer holds up the person's later
/// messages; kept (not deleted) for an operator to look into.
pub async fn set_aside(conn: &mut AnyConnection, id: i64, reason: &str) -> Result<()> {
    sqlx::query("UPDATE inbox SET failed_at = $1, locked_until = NULL, last_error = $2 WHERE id = $3")
        .bind(now_ms())
        .bind(reason)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The inbox as a queue: a row is done once deleted, or set aside (`failed_at`).
pub const QUEUE: QueueTable = QueueTable { table: "inbox", finished: &["failed_at"] };

/// How many messages wait, and the age in milliseconds of the oldest, for the backlog warning.
pub async fn backlog(conn: &mut AnyConnection) -> Result<(i64, i64)> {
    let row =
        sqlx::query("SELECT COUNT(*), COALESCE(MIN(received_at), 0) FROM inbox WHERE failed_at IS NULL").fetch_one(&mut *conn).await?;
    let (waiting, oldest): (i64, i64) = (row.get(0), row.get(1));
    Ok((waiting, if waiting == 0 { 0 } else { now_ms() - oldest }))
}
