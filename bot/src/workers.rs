//! Background workers: the outbox sender and the scheduler of check-ins.
//!
//! Both claim one row at a time with a lease, so any number of replicas can run them against
//! one PostgreSQL database, and a worker killed mid-row leaves the row to be claimed again.

use crate::channels::{channel_from_id, channel_id, OutMessage, SendError, Sender};
use crate::pipeline::Pipeline;
use crate::store::{self, outbox, people, scheduled};
use anyhow::Result;
use rand::Rng;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{watch, Notify};

/// The longest a provider call may take; the outbox lease must be longer.
pub const SEND_TIMEOUT: Duration = Duration::from_secs(15);

/// How long a claimed check-in is ours before another worker may take it.
const JOB_LEASE_MS: i64 = 60_000;

/// A send is given up after this many attempts (about half an hour of back-off).
const MAX_ATTEMPTS: i64 = 12;

/// The longest wait between two attempts at one message.
const MAX_BACKOFF_MS: i64 = 5 * 60_000;

/// How often idle workers look for work a replica queued (their own is signalled at once).
const POLL_INTERVAL: Duration = Duration::from_millis(500);

/// Sends what the outbox holds, through the channel each row names.
pub struct Delivery {
    /// Where the outbox is.
    store: store::Store,
    /// One sender per channel that is configured.
    senders: HashMap<flows::Channel, Arc<dyn Sender>>,
    /// Woken by the pipeline after each commit.
    wake: Arc<Notify>,
    /// How long a claimed row is ours: after a crash, how soon another worker retries it.
    lease_ms: i64,
    /// The ids of the channels in `senders`, the only rows this worker claims.
    channels: Vec<&'static str>,
}

/// What became of one claimed row.
enum Attempt {
    /// The provider took it.
    Sent(String),
    /// Try again later.
    Retry(String),
    /// Never try again.
    GiveUp(String),
}

impl Delivery {
    /// Makes a worker that sends through `senders`, holding each row for `lease` while it sends.
    pub fn new(
        store: store::Store,
        senders: HashMap<flows::Channel, Arc<dyn Sender>>,
        wake: Arc<Notify>,
        lease: Duration,
    ) -> Delivery {
        let lease_ms = i64::try_from(lease.as_millis()).unwrap_or(i64::MAX);
        let channels = senders.keys().map(|channel| channel_id(*channel)).collect();
        Delivery { store, senders, wake, lease_ms, channels }
    }

    /// Sends due messages until told to stop; a message in flight is finished first.
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        if let Err(error) = self.finish_interrupted_erasures().await {
            tracing::error!(%error, "could not finish interrupted erasures; they finish on the next start");
        }
        while !*shutdown.borrow() {
            match self.deliver_next().await {
                Ok(true) => continue,
                Ok(false) => {}
                Err(error) => tracing::error!(%error, "outbox worker failed; retrying"),
            }
            tokio::select! {
                _ = self.wake.notified() => {}
                _ = tokio::time::sleep(POLL_INTERVAL) => {}
                _ = shutdown.changed() => {}
            }
        }
    }

    /// Completes erasures whose goodbye was sent just before a crash.
    async fn finish_interrupted_erasures(&self) -> Result<()> {
        let mut conn = self.store.pool.acquire().await?;
        let finished = people::finish_erasures(&mut conn).await?;
        if finished > 0 {
            tracing::info!(finished, "finished erasures a restart interrupted");
        }
        Ok(())
    }

    /// Claims and sends one due message; false when there was none.
    pub async fn deliver_next(&self) -> Result<bool> {
        let mut conn = self.store.pool.acquire().await?;
        let Some(row) = outbox::claim_next(&mut conn, self.lease_ms, &self.channels).await? else {
            return Ok(false);
        };
        let attempt = self.attempt(&mut conn, &row).await?;
        match attempt {
            Attempt::Sent(provider_id) => {
                outbox::mark_sent(&mut conn, row.id, &provider_id).await?;
                tracing::info!(person = %row.person_id, channel = %row.channel, "message sent");
            }
            Attempt::Retry(error) if row.attempts < MAX_ATTEMPTS => {
                tracing::warn!(person = %row.person_id, %error, attempts = row.attempts, "send failed; will retry");
                outbox::retry_later(&mut conn, row.id, backoff_ms(row.attempts), &error).await?;
            }
            Attempt::Retry(reason) | Attempt::GiveUp(reason) => {
                tracing::warn!(person = %row.person_id, %reason, "message given up");
                outbox::give_up(&mut conn, row.id, &reason).await?;
            }
        }
        people::finish_erasure(&mut conn, &row.person_id).await?;
        Ok(true)
    }

    /// Checks a claimed row can still go out, then hands it to its channel.
    async fn attempt(&self, conn: &mut sqlx::AnyConnection, row: &outbox::Claimed) -> Result<Attempt> {
        let Some(person) = people::get(conn, &row.person_id).await? else {
            return Ok(Attempt::GiveUp("the person is no longer known".into()));
        };
        if person.opted_out && !row.ignores_opt_out {
            return Ok(Attempt::GiveUp("the person opted out".into()));
        }
        let Some(address) = people::address_of(conn, &row.person_id, &row.channel).await? else {
            return Ok(Attempt::GiveUp("no address on this channel".into()));
        };
        let Some(sender) = channel_from_id(&row.channel).and_then(|channel| self.senders.get(&channel)) else {
            return Ok(Attempt::GiveUp(format!("unknown channel {}", row.channel)));
        };
        let message: OutMessage = match serde_json::from_str(&row.body) {
            Ok(message) => message,
            Err(error) => return Ok(Attempt::GiveUp(format!("unreadable outbox row: {error}"))),
        };
        let key = format!("outbox-{}", row.id);
        Ok(match sender.send(&key, &address, &message).await {
            Ok(provider_id) => Attempt::Sent(provider_id),
            Err(SendError::Retry(error)) => Attempt::Retry(error),
            Err(SendError::Permanent(error)) => Attempt::GiveUp(error),
        })
    }
}

/// Exponential back-off with jitter, so a provider's outage is not met by a stampede.
fn backoff_ms(attempts: i64) -> i64 {
    let exponent = u32::try_from(attempts.clamp(1, 20) - 1).unwrap_or(0);
    let base = 1_000_i64.saturating_mul(1 << exponent).min(MAX_BACKOFF_MS);
    base + rand::thread_rng().gen_range(0..=base / 5)
}

/// Delivers due check-ins through the pipeline.
pub async fn run_scheduler(pipeline: Arc<Pipeline>, store: store::Store, mut shutdown: watch::Receiver<bool>) {
    while !*shutdown.borrow() {
        match run_due_job(&pipeline, &store).await {
            Ok(true) => continue,
            Ok(false) => {}
            Err(error) => tracing::error!(%error, "scheduler failed; retrying"),
        }
        tokio::select! {
            _ = tokio::time::sleep(POLL_INTERVAL * 4) => {}
            _ = shutdown.changed() => {}
        }
    }
}

/// Runs one due job; false when none is due.
async fn run_due_job(pipeline: &Pipeline, store: &store::Store) -> Result<bool> {
    let due = {
        let mut conn = store.pool.acquire().await?;
        scheduled::claim_due(&mut conn, JOB_LEASE_MS).await?
    };
    let Some(due) = due else {
        return Ok(false);
    };
    pipeline.handle_due(&due).await?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_then_stops_growing() {
        assert!((1_000..=1_200).contains(&backoff_ms(1)));
        assert!((8_000..=9_600).contains(&backoff_ms(4)));
        assert!((MAX_BACKOFF_MS..=MAX_BACKOFF_MS + MAX_BACKOFF_MS / 5).contains(&backoff_ms(19)));
    }
}
