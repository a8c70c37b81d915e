//! The outbox: replies waiting to be sent, written in the same transaction as the turn that
//! made them, and sent by a worker that may crash at any moment.
//!
//! A row is claimed with a lease (`locked_until`) before sending, so replicas never send the same
//! row at once; a crashed sender's lease runs out and the row is tried again. Only the oldest
//! unsent row of each person is ever claimable, so one person's replies arrive in order.

use super::now_ms;
use anyhow::Result;
use sqlx::{AnyConnection, Row};

/// One reply to queue.
#[derive(Debug, Clone, PartialEq)]
pub struct NewMessage<'a> {
    /// Who it is for.
    pub person_id: &'a str,
    /// Which of their channels carries it.
    pub channel: &'a str,
    /// The rendered message as JSON (text and buttons), ready for the channel.
    pub body: &'a str,
    /// Crisis replies jump the queue.
    pub urgent: bool,
    /// The confirmation of an opt-out is the one message still sent after it.
    pub ignores_opt_out: bool,
}

/// A claimed row, ready to hand to its channel.
#[derive(Debug, Clone, PartialEq)]
pub struct Claimed {
    /// The row, for marking it afterwards.
    pub id: i64,
    /// Who it is for; their address is looked up only now.
    pub person_id: String,
    /// Which channel sends it.
    pub channel: String,
    /// The rendered message as JSON.
    pub body: String,
    /// How many times it has been claimed, this time included, for back-off.
    pub attempts: i64,
    /// Whether it goes out even to someone who opted out.
    pub ignores_opt_out: bool,
}

/// Queues a reply; called inside the turn's transaction.
pub async fn enqueue(conn: &mut AnyConnection, message: &NewMessage<'_>) -> Result<i64> {
    let now = now_ms();
    let row = sqlx::query(
        "INSERT INTO outbox (person_id, channel, body, urgent, ignores_opt_out, created_at, next_attempt_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
    )
    .bind(message.person_id)
    .bind(message.channel)
    .bind(message.body)
    .bind(i64::from(message.urgent))
    .bind(i64::from(message.ignores_opt_out))
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    Ok(row.get(0))
}

/// Claims the next due row on one of `channels`, for `lease_ms`; None when there is nothing.
///
/// Rows for channels this process cannot send on are left for a process that can, without
/// spending their attempts. The claim repeats its conditions in the outer WHERE so that, on PostgreSQL, a replica that
/// waited for another's claim re-checks them and claims nothing rather than the same row.
pub async fn claim_next(
    conn: &mut AnyConnection,
    lease_ms: i64,
    channels: &[&'static str],
) -> Result<Option<Claimed>> {
    if channels.is_empty() {
        return Ok(None);
    }
    let now = now_ms();
    // The channel ids are the program's own constants, never input, so they may be inlined.
    let channel_list = channels.iter().map(|channel| format!("'{channel}'")).collect::<Vec<_>>().join(", ");
    let sql = format!(
        "UPDATE outbox SET locked_until = $1, attempts = attempts + 1 \
         WHERE id = (SELECT o.id FROM outbox o \
             WHERE o.channel IN ({channel_list}) \
               AND o.sent_at IS NULL AND o.failed_at IS NULL AND o.next_attempt_at <= $2 \
               AND (o.locked_until IS NULL OR o.locked_until < $2) \
               AND NOT EXISTS (SELECT 1 FROM outbox earlier WHERE earlier.person_id = o.person_id \
                   AND earlier.sent_at IS NULL AND earlier.failed_at IS NULL AND earlier.id < o.id) \
             ORDER BY o.urgent DESC, o.id LIMIT 1) \
           AND sent_at IS NULL AND failed_at IS NULL AND (locked_until IS NULL OR locked_until < $2) \
         RETURNING id, person_id, channel, body, attempts, ignores_opt_out"
    );
    let row = sqlx::query(&sql)
    .bind(now + lease_ms)
    .bind(now)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(|row| Claimed {
        id: row.get(0),
        person_id: row.get(1),
        channel: row.get(2),
        body: row.get(3),
        attempts: row.get(4),
        ignores_opt_out: row.get::<i64, _>(5) != 0,
    }))
}

/// Marks a row sent, once: a row already marked (by a worker whose lease ran out) stays as it was.
pub async fn mark_sent(conn: &mut AnyConnection, id: i64, provider_message_id: &str) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE outbox SET sent_at = $1, provider_message_id = $2, locked_until = NULL, last_error = NULL \
         WHERE id = $3 AND sent_at IS NULL",
    )
    .bind(now_ms())
    .bind(provider_message_id)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Puts a row back to be tried again after `delay_ms`, keeping why it failed.
pub async fn retry_later(conn: &mut AnyConnection, id: i64, delay_ms: i64, error: &str) -> Result<()> {
    sqlx::query(
        "UPDATE outbox SET next_attempt_at = $1, locked_until = NULL, last_error = $2 \
         WHERE id = $3 AND sent_at IS NULL",
    )
    .bind(now_ms() + delay_ms)
    .bind(error)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Gives up on a row for good (no address any more, opted out, or too many failures).
pub async fn give_up(conn: &mut AnyConnection, id: i64, reason: &str) -> Result<()> {
    sqlx::query(
        "UPDATE outbox SET failed_at = $1, locked_until = NULL, last_error = $2 WHERE id = $3 AND sent_at IS NULL",
    )
    .bind(now_ms())
    .bind(reason)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
