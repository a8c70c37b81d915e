//! The outbox: replies waiting to be sent, written in the same transaction as the turn that
//! made them, and sent by a worker that may crash at any moment.
//!
//! A row is claimed with a lease (`locked_until`) before sending, so replicas never send the same
//! row at once; a crashed sender's lease runs out and the row is tried again. Only the oldest
//! unsent row of each person is ever claimable, so one person's replies arrive in order and never
//! two of them are in flight at once; rows of different people are claimed in batches and sent
//! side by side.

use super::people::PersonId;
use super::{now_ms, PersonQueue, QueueTable};
use anyhow::Result;
use flows::Channel;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, FromRow, Row};

/// One reply to queue.
#[derive(Debug, Clone, PartialEq)]
pub struct NewMessage<'a> {
    /// Who it is for.
    pub person_id: &'a PersonId,
    /// Which of their channels carries it.
    pub channel: Channel,
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
    pub person_id: PersonId,
    /// Which channel sends it.
    pub channel: Channel,
    /// The rendered message as JSON.
    pub body: String,
    /// How many times it has been claimed, this time included, for back-off.
    pub attempts: i64,
    /// Whether it goes out even to someone who opted out.
    pub ignores_opt_out: bool,
    /// A crisis reply, started before the rest of its batch.
    pub urgent: bool,
    /// An earlier claim ended without recording what became of it (its sender died mid-send),
    /// so the provider may already have taken it.
    pub in_doubt: bool,
    /// When it was queued: a provider's record of it cannot be older.
    pub created_at: i64,
}

impl FromRow<'_, AnyRow> for Claimed {
    fn from_row(row: &AnyRow) -> Result<Claimed, sqlx::Error> {
        Ok(Claimed {
            id: row.try_get("id")?,
            person_id: row.try_get("person_id")?,
            channel: super::channel(row, "channel")?,
            body: row.try_get("body")?,
            attempts: row.try_get("attempts")?,
            ignores_opt_out: super::flag(row, "ignores_opt_out")?,
            urgent: super::flag(row, "urgent")?,
            in_doubt: super::flag(row, "in_doubt")?,
            created_at: row.try_get("created_at")?,
        })
    }
}

/// A claim that replaces a lease nobody gave back (every outcome clears `locked_until`) marks
/// the row in doubt; SET sees the row as it was, so this reads the lease being replaced.
const IN_DOUBT_FROM_LEASE: &str = ", in_doubt = CASE WHEN locked_until IS NULL THEN 0 ELSE 1 END";

/// Queues a reply; called inside the turn's transaction.
pub async fn enqueue(conn: &mut AnyConnection, message: &NewMessage<'_>) -> Result<i64> {
    let now = now_ms();
    let row = sqlx::query(
        "INSERT INTO outbox (person_id, channel, body, urgent, ignores_opt_out, created_at, next_attempt_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
    )
    .bind(message.person_id)
    .bind(message.channel.name())
    .bind(message.body)
    .bind(i64::from(message.urgent))
    .bind(i64::from(message.ignores_opt_out))
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    Ok(row.get(0))
}

/// Claims up to `limit` due rows on `channels` for `lease_ms`, most urgent first, at most one
/// per person (their oldest pending row), so a person's next reply waits until this one is done.
/// Rows for channels this process cannot send on (or has paused) are left for a process that
/// can, without spending their attempts.
pub async fn claim_batch(conn: &mut AnyConnection, lease_ms: i64, channels: &[Channel], limit: usize) -> Result<Vec<Claimed>> {
    if channels.is_empty() || limit == 0 {
        return Ok(Vec::new());
    }
    // The channel names are the program's own constants, never input, so they may be inlined.
    let channel_list = channels.iter().map(|channel| format!("'{}'", channel.name())).collect::<Vec<_>>().join(", ");
    let queue = PersonQueue {
        queue: &QUEUE,
        due: format!("q.channel IN ({channel_list}) AND q.next_attempt_at <= $2"),
        order: "q.urgent DESC, q.id",
        returning: "id, person_id, channel, body, attempts, ignores_opt_out, urgent, in_doubt, created_at",
        also_set: IN_DOUBT_FROM_LEASE,
    };
    let rows = queue.claim(conn, lease_ms, limit).await?;
    let mut claimed = rows.iter().map(Claimed::from_row).collect::<Result<Vec<Claimed>, _>>()?;
    // RETURNING gives no order; senders start the most urgent first.
    claimed.sort_by_key(|row| (!row.urgent, row.id));
    Ok(claimed)
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
    put_back(conn, id, delay_ms, error, "").await
}

/// Puts a row back until `delay_ms` from now without counting this attempt: the provider
/// refused our credentials, which says nothing about the message, so it must not run out of tries.
pub async fn postpone(conn: &mut AnyConnection, id: i64, delay_ms: i64, error: &str) -> Result<()> {
    put_back(conn, id, delay_ms, error, ", attempts = attempts - 1").await
}

/// Releases a claimed, unsent row until `delay_ms` from now; `also` is a further SET clause.
async fn put_back(conn: &mut AnyConnection, id: i64, delay_ms: i64, error: &str, also: &str) -> Result<()> {
    let sql = format!(
        "UPDATE outbox SET next_attempt_at = $1, locked_until = NULL, last_error = $2{also} \
         WHERE id = $3 AND sent_at IS NULL"
    );
    sqlx::query(&sql).bind(now_ms() + delay_ms).bind(error).bind(id).execute(&mut *conn).await?;
    Ok(())
}

/// Gives up on a row for good (no address any more, opted out, or too many failures).
pub async fn give_up(conn: &mut AnyConnection, id: i64, reason: &str) -> Result<()> {
    sqlx::query("UPDATE outbox SET failed_at = $1, locked_until = NULL, last_error = $2 WHERE id = $3 AND sent_at IS NULL")
        .bind(now_ms())
        .bind(reason)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The outbox as a queue: a row is done once sent or given up.
pub const QUEUE: QueueTable = QueueTable { table: "outbox", finished: &["sent_at", "failed_at"] };

/// The body of the latest reply to a person on a channel, for reading a key of its reply
/// keyboard that they pressed (the key sends its label).
pub async fn latest_body(conn: &mut AnyConnection, person_id: &PersonId, channel: Channel) -> Result<Option<String>> {
    let row = sqlx::query("SELECT body FROM outbox WHERE person_id = $1 AND channel = $2 ORDER BY id DESC LIMIT 1")
        .bind(person_id)
        .bind(channel.name())
        .fetch_optional(&mut *conn)
        .await?;
    Ok(row.map(|row| row.get(0)))
}
