//! Storage limitation: what is deleted when, so personal data is kept no longer than a flow
//! needs it. A council may shorten every window (never lengthen it past the defaults).
//!
//! Every sweep is a handful of plain DELETEs by age, so any number of replicas may sweep at
//! once: a row is deleted by whichever gets there first, and the rest find nothing.

use super::now_ms;
use anyhow::Result;
use serde::Serialize;
use sqlx::AnyConnection;

/// How long each kind of record is kept, in days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Policy {
    /// A person's transcript, conversation, handoffs and navigators' notes, counted from their
    /// last message; then the person is forgotten as if they had asked. Residents' reports on
    /// listings are kept as long.
    pub transcript_days: u32,
    /// The bodies of replies once sent (or given up), and messages set aside after failing.
    pub sent_days: u32,
    /// Providers' delivery ids, kept to answer a repeated webhook as a duplicate.
    pub delivery_ids_days: u32,
    /// The navigators' audit trail.
    pub audit_days: u32,
}

impl Policy {
    /// Twelve months of conversation, thirty days of sent bodies, ninety days of delivery ids,
    /// two years of audit: long enough for a navigator to follow up and for a complaint to be
    /// looked into, no longer. A council may shorten each, never lengthen it.
    pub const LONGEST: Policy = Policy { transcript_days: 365, sent_days: 30, delivery_ids_days: 90, audit_days: 730 };
}

impl Default for Policy {
    /// The longest windows, unless a council shortens them.
    fn default() -> Policy {
        Policy::LONGEST
    }
}

/// How many records one sweep deleted, for the log.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Swept {
    /// People forgotten after a year of silence (with everything that hangs on them).
    pub people: u64,
    /// Sent or given-up replies and set-aside messages deleted.
    pub messages: u64,
    /// Delivery ids, audit rows, listing reports and expired console sessions deleted.
    pub records: u64,
}

/// A day in milliseconds.
const DAY_MS: i64 = 86_400_000;

/// Deletes everything older than `policy` allows, as of now.
pub async fn sweep(conn: &mut AnyConnection, policy: &Policy) -> Result<Swept> {
    let now = now_ms();
    let before = |days: u32| now - i64::from(days) * DAY_MS;
    let people = forget_the_silent(conn, before(policy.transcript_days)).await?;
    let messages = delete(conn, "DELETE FROM outbox WHERE sent_at < $1 OR failed_at < $1", before(policy.sent_days)).await?
        + delete(conn, "DELETE FROM inbox WHERE failed_at < $1", before(policy.sent_days)).await?;
    let records = delete(conn, "DELETE FROM deliveries WHERE received_at < $1", before(policy.delivery_ids_days)).await?
        + delete(conn, "DELETE FROM audit_log WHERE at < $1", before(policy.audit_days)).await?
        + delete(conn, "DELETE FROM listing_reports WHERE at < $1", before(policy.transcript_days)).await?
        + delete(conn, "DELETE FROM console_sessions WHERE expires_at < $1", now).await?;
    Ok(Swept { people, messages, records })
}

/// Forgets people who have not written since `cutoff` (and were known before it), unless
/// something is still in hand for them: an open handoff, a check-in to come, a reply or message
/// waiting. Deleting the person deletes their addresses, transcript, conversation, handoffs and
/// notes with them.
async fn forget_the_silent(conn: &mut AnyConnection, cutoff: i64) -> Result<u64> {
    delete(
        conn,
        "DELETE FROM people WHERE created_at < $1 \
           AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.person_id = people.id AND m.at >= $1) \
           AND NOT EXISTS (SELECT 1 FROM handoffs h WHERE h.person_id = people.id AND h.resolved_at IS NULL) \
           AND NOT EXISTS (SELECT 1 FROM scheduled s WHERE s.person_id = people.id AND s.done_at IS NULL) \
           AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.person_id = people.id AND o.sent_at IS NULL AND o.failed_at IS NULL) \
           AND NOT EXISTS (SELECT 1 FROM inbox i WHERE i.person_id = people.id AND i.failed_at IS NULL)",
        cutoff,
    )
    .await
}

/// Runs one DELETE with its cutoff; how many rows went.
async fn delete(conn: &mut AnyConnection, sql: &str, cutoff: i64) -> Result<u64> {
    Ok(sqlx::query(sql).bind(cutoff).execute(&mut *conn).await?.rows_affected())
}
