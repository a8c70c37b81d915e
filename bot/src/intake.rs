//! Taking a message in: a verified, parsed inbound delivery is recorded once (by the provider's
//! id), its sender found or given a pseudonymous id and paced, and the message stored in the
//! inbox, all in one short transaction with no model and no provider call inside it. The webhook
//! answers as soon as this commits; the turn runs later from the inbox. Webhooks go through
//! [`Intake`], which commits the deliveries of a burst together.
//!
//! Providers that do not retry (Twilio) would lose a message we refused, so a sender over the
//! rate limit is not refused: their message is stored to be answered when the rate allows.

use crate::channels::Inbound;
use crate::store::people::PersonId;
use crate::store::{deliveries, inbox, people, Store};
use anyhow::{anyhow, Context, Result};
use flows::Channel;
use sqlx::AnyConnection;
use tokio::sync::{mpsc, oneshot};

/// What became of a delivery handed to the inbox.
#[derive(Debug, Clone, PartialEq)]
pub enum Accepted {
    /// Stored for its turn: safe to acknowledge.
    Queued {
        /// The sender's pseudonymous id, for logs.
        person_id: PersonId,
        /// Held back for the sender's rate: handled this many milliseconds from now.
        held_ms: i64,
    },
    /// The provider delivered this id before; nothing was stored.
    Duplicate,
}

/// Stores `inbound` in the inbox once per provider id, in a transaction of its own: for the
/// terminal chat and tests, where deliveries come one at a time. With `per_minute`, the
/// sender's pace decides when it is handled; without, it is due at once.
pub async fn accept(store: &Store, inbound: &Inbound, per_minute: Option<u32>) -> Result<Accepted> {
    let mut tx = store.begin_acknowledged().await?;
    let accepted = store_one(&mut tx, inbound, per_minute).await?;
    tx.commit().await.context("cannot commit an inbound message")?;
    say_if_held(&accepted, inbound.channel);
    Ok(accepted)
}

/// Logs a message kept back for its sender's rate, once it is stored for good: said inside the
/// transaction, a batch that failed and went in again one by one logged it twice.
fn say_if_held(accepted: &Accepted, channel: Channel) {
    if let Accepted::Queued { person_id, held_ms } = accepted {
        if *held_ms > 0 {
            tracing::warn!(person = %person_id, %channel, held_ms, "a sender is over the rate limit; their message is kept and answered later");
        }
    }
}

/// Stores one delivery inside the caller's transaction; the caller commits.
async fn store_one(tx: &mut AnyConnection, inbound: &Inbound, per_minute: Option<u32>) -> Result<Accepted> {
    let channel = inbound.channel;
    let kind = serde_json::to_string(&inbound.kind).context("an inbound message does not serialise")?;
    if !deliveries::record_first(&mut *tx, channel, &inbound.provider_id).await? {
        tracing::info!(%channel, "duplicate delivery ignored");
        return Ok(Accepted::Duplicate);
    }
    let person = people::find_or_create(&mut *tx, channel, &inbound.address).await?;
    let now = crate::store::now_ms();
    let not_before = match per_minute {
        Some(limit) => inbox::pace(&mut *tx, &person.id, limit, now).await?,
        None => now,
    };
    inbox::put(&mut *tx, &person.id, channel, &kind, not_before).await?;
    crate::store::wakeup::announce(&mut *tx, crate::store::wakeup::INBOX).await?;
    Ok(Accepted::Queued { person_id: person.id, held_ms: not_before - now })
}

/// The most deliveries one commit takes: enough to carry a burst, few enough that the first
/// in a batch is not kept waiting for the rest.
const BATCH: usize = 64;
/// Deliveries waiting for the intake before a webhook waits its turn to queue.
const WAITING: usize = 1024;

/// One delivery waiting for the intake, and where to say what became of it.
struct Job {
    inbound: Inbound,
    per_minute: Option<u32>,
    done: oneshot::Sender<Result<Accepted>>,
}

/// The webhooks' way in: deliveries that arrive while a commit is on its way to disk wait and
/// go in together in the next one, so one disk sync acknowledges a whole burst (group commit).
/// Each delivery is still acknowledged only once it is on disk (see [`Store::acknowledged`]).
#[derive(Clone, Debug)]
pub struct Intake {
    queue: mpsc::Sender<Job>,
}

impl Intake {
    /// Starts the task that commits deliveries, a batch at a time, for as long as any handle
    /// to it lives.
    pub fn start(store: Store) -> Intake {
        let (queue, jobs) = mpsc::channel(WAITING);
        tokio::spawn(commit_batches(store, jobs));
        Intake { queue }
    }

    /// Stores `inbound` as [`accept`] does, in the next commit with whatever else is waiting.
    pub async fn accept(&self, inbound: Inbound, per_minute: Option<u32>) -> Result<Accepted> {
        let (done, answer) = oneshot::channel();
        let job = Job { inbound, per_minute, done };
        self.queue.send(job).await.map_err(|_| anyhow!("the intake has stopped"))?;
        answer.await.context("the intake stopped before answering")?
    }
}

/// Takes every job waiting (up to a batch) and commits them together, for as long as jobs come.
async fn commit_batches(store: Store, mut jobs: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(BATCH);
    while jobs.recv_many(&mut batch, BATCH).await > 0 {
        commit_batch(&store, std::mem::take(&mut batch)).await;
    }
}

/// Commits a batch in one transaction and answers each job. When the batch fails as a whole
/// (one delivery the database refuses), each is tried alone, so one bad delivery does not
/// fail the others.
async fn commit_batch(store: &Store, jobs: Vec<Job>) {
    match store_together(store, &jobs).await {
        Ok(outcomes) => {
            for (job, outcome) in jobs.into_iter().zip(outcomes) {
                let _ = job.done.send(Ok(outcome));
            }
        }
        Err(error) if jobs.len() == 1 => {
            let job = jobs.into_iter().next().expect("one job");
            let _ = job.done.send(Err(error));
        }
        Err(_) => {
            for job in jobs {
                let outcome = accept(store, &job.inbound, job.per_minute).await;
                let _ = job.done.send(outcome);
            }
        }
    }
}

/// Stores every job's delivery in one transaction and commits it.
async fn store_together(store: &Store, jobs: &[Job]) -> Result<Vec<Accepted>> {
    let mut tx = store.begin_acknowledged().await?;
    let mut outcomes = Vec::with_capacity(jobs.len());
    for job in jobs {
        outcomes.push(store_one(&mut tx, &job.inbound, job.per_minute).await?);
    }
    tx.commit().await.context("cannot commit inbound messages")?;
    for (job, outcome) in jobs.iter().zip(&outcomes) {
        say_if_held(outcome, job.inbound.channel);
    }
    Ok(outcomes)
}
