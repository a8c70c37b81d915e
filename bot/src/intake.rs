//! Taking a message in: a verified, parsed inbound delivery is recorded once (by the provider's
//! id), its sender found or given a pseudonymous id and paced, and the message stored in the
//! inbox, all in one short transaction with no model and no provider call inside it. The webhook
//! answers as soon as this commits; the turn runs later from the inbox.
//!
//! Providers that do not retry (Twilio) would lose a message we refused, so a sender over the
//! rate limit is not refused: their message is stored to be answered when the rate allows.

use crate::channels::{channel_id, Inbound};
use crate::store::{deliveries, inbox, people, Store};
use anyhow::{Context, Result};

/// What became of a delivery handed to the inbox.
#[derive(Debug, Clone, PartialEq)]
pub enum Accepted {
    /// Stored for its turn: safe to acknowledge.
    Queued {
        /// The sender's pseudonymous id, for logs.
        person_id: String,
        /// Held back for the sender's rate: handled this many milliseconds from now.
        held_ms: i64,
    },
    /// The provider delivered this id before; nothing was stored.
    Duplicate,
}

/// Stores `inbound` in the inbox once per provider id. With `per_minute`, the sender's pace
/// decides when it is handled; without (the terminal chat, tests), it is due at once.
pub async fn accept(store: &Store, inbound: &Inbound, per_minute: Option<u32>) -> Result<Accepted> {
    let channel = channel_id(inbound.channel);
    let kind = serde_json::to_string(&inbound.kind).context("an inbound message does not serialise")?;
    let mut tx = store.pool.begin().await?;
    if !deliveries::record_first(&mut tx, channel, &inbound.provider_id).await? {
        tx.rollback().await?;
        tracing::info!(channel, "duplicate delivery ignored");
        return Ok(Accepted::Duplicate);
    }
    let person = people::find_or_create(&mut tx, channel, &inbound.address).await?;
    let now = crate::store::now_ms();
    let not_before = match per_minute {
        Some(limit) => inbox::pace(&mut tx, &person.id, limit).await?,
        None => now,
    };
    inbox::put(&mut tx, &person.id, channel, &kind, not_before).await?;
    crate::wakeup::announce(&mut tx, crate::wakeup::INBOX).await?;
    tx.commit().await.context("cannot commit an inbound message")?;
    let held_ms = not_before - now;
    if held_ms > 0 {
        tracing::warn!(person = %person.id, channel, held_ms, "a sender is over the rate limit; their message is kept and answered later");
    }
    Ok(Accepted::Queued { person_id: person.id, held_ms })
}
