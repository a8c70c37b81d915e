//! Delivery statuses: what a provider last said became of a message we sent (queued, sent,
//! delivered, undelivered, failed), so an operator can answer "I never got a reply".
//!
//! A status belongs to an outbox row, found by the provider's message id the outbox kept when
//! it sent the row. Providers post statuses more than once and out of order, so each status has
//! a stage and a row only ever moves forward: a late "sent" never hides a "delivered". Nothing
//! personal is kept, and the status goes with its outbox row, so an erasure takes it too; a
//! status for a message no longer (or not yet) in the outbox is not kept.

use super::now_ms;
use anyhow::Result;
use flows::Channel;
use sqlx::AnyConnection;

/// A message's delivery status, in the words SMS providers (Twilio among them) use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Taken by the provider, waiting to go (Twilio also says `accepted` or `scheduled`).
    Queued,
    /// On its way to the carrier.
    Sending,
    /// Handed to the carrier.
    Sent,
    /// The carrier could not deliver it (phone off too long, number gone).
    Undelivered,
    /// The provider could not send it at all.
    Failed,
    /// The handset has it.
    Delivered,
    /// The person opened it (on channels that report it).
    Read,
}

impl Status {
    /// Reads a provider's status word; None for words with no place in the order above
    /// (`canceled`, or a status a provider adds later), which are not kept.
    pub fn parse(word: &str) -> Option<Status> {
        match word.trim().to_ascii_lowercase().as_str() {
            "accepted" | "scheduled" | "queued" => Some(Status::Queued),
            "sending" => Some(Status::Sending),
            "sent" => Some(Status::Sent),
            "undelivered" => Some(Status::Undelivered),
            "failed" => Some(Status::Failed),
            "delivered" => Some(Status::Delivered),
            "read" => Some(Status::Read),
            _ => None,
        }
    }

    /// The word stored, and shown to operators.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Queued => "queued",
            Status::Sending => "sending",
            Status::Sent => "sent",
            Status::Undelivered => "undelivered",
            Status::Failed => "failed",
            Status::Delivered => "delivered",
            Status::Read => "read",
        }
    }

    /// How far along a message is: a status replaces the stored one only from a later stage.
    /// The three outcomes share a stage, so the first one reported stands.
    fn stage(self) -> i64 {
        match self {
            Status::Queued => 1,
            Status::Sending => 2,
            Status::Sent => 3,
            Status::Undelivered | Status::Failed | Status::Delivered => 4,
            Status::Read => 5,
        }
    }

    /// Whether the message did not reach the person, which an operator should hear about.
    pub fn is_failure(self) -> bool {
        matches!(self, Status::Undelivered | Status::Failed)
    }
}

/// One status callback, as a provider reported it.
#[derive(Debug, Clone, PartialEq)]
pub struct Report<'a> {
    /// The provider's id for the message: the outbox row's `provider_message_id`.
    pub provider_message_id: &'a str,
    /// What became of it.
    pub status: Status,
    /// The provider's error code when it failed (Twilio's 30003: unreachable handset).
    pub error_code: Option<&'a str>,
}

/// The latest status kept for a message.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct Latest {
    /// The outbox row it belongs to.
    pub outbox_id: i64,
    /// The status word.
    pub status: String,
    /// The provider's error code, when there was one.
    pub error_code: Option<String>,
    /// When it was recorded, in Unix milliseconds.
    pub updated_at: i64,
}

/// Records a status for the message `channel` sent under the report's id, unless the row
/// already has a status as far along. Returns whether anything changed: false for a repeat, a
/// stale status, or a message not in the outbox.
pub async fn record(conn: &mut AnyConnection, channel: Channel, report: &Report<'_>) -> Result<bool> {
    let changed = sqlx::query(
        "INSERT INTO delivery_statuses (outbox_id, status, stage, error_code, updated_at) \
         SELECT id, $1, $2, $3, $4 FROM outbox WHERE channel = $5 AND provider_message_id = $6 \
         ON CONFLICT (outbox_id) DO UPDATE SET status = excluded.status, stage = excluded.stage, \
             error_code = excluded.error_code, updated_at = excluded.updated_at \
         WHERE excluded.stage > delivery_statuses.stage",
    )
    .bind(report.status.as_str())
    .bind(report.status.stage())
    .bind(report.error_code)
    .bind(now_ms())
    .bind(channel.name())
    .bind(report.provider_message_id)
    .execute(&mut *conn)
    .await?;
    Ok(changed.rows_affected() > 0)
}

/// The latest status of the message `channel` sent under `provider_message_id`, if one is kept.
pub async fn latest(conn: &mut AnyConnection, channel: Channel, provider_message_id: &str) -> Result<Option<Latest>> {
    let latest = sqlx::query_as(
        "SELECT d.outbox_id, d.status, d.error_code, d.updated_at FROM delivery_statuses d \
         JOIN outbox o ON o.id = d.outbox_id WHERE o.channel = $1 AND o.provider_message_id = $2",
    )
    .bind(channel.name())
    .bind(provider_message_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(latest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_word_reads_back_as_itself() {
        for status in [Status::Queued, Status::Sending, Status::Sent, Status::Undelivered, Status::Failed, Status::Delivered, Status::Read]
        {
            assert_eq!(Status::parse(status.as_str()), Some(status));
        }
        assert_eq!(Status::parse(" Accepted "), Some(Status::Queued));
        assert_eq!(Status::parse("canceled"), None);
    }

    #[test]
    fn outcomes_come_after_sending_and_share_a_stage() {
        assert!(Status::Delivered.stage() > Status::Sent.stage());
        assert!(Status::Sent.stage() > Status::Queued.stage());
        assert_eq!(Status::Failed.stage(), Status::Delivered.stage());
        assert!(Status::Read.stage() > Status::Delivered.stage());
    }
}
