//! Background workers: the outbox sender and the scheduler of check-ins.
//!
//! Both claim rows with a lease, so any number of replicas can run them against one PostgreSQL
//! database, and a worker killed mid-row leaves the row to be claimed again. The sender keeps
//! several messages in flight at once (each to a different person), so its throughput is not
//! bounded by one provider round trip.

use crate::channels::{OutMessage, SendError, Sender};
use crate::pipeline::Pipeline;
use crate::store::{self, outbox, people, scheduled};
use anyhow::Result;
use rand::Rng;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::{watch, Notify};
use tokio::task::JoinSet;

/// How long a claimed check-in is ours before another worker may take it.
const JOB_LEASE_MS: i64 = 60_000;

/// A send is given up after this many attempts (about half an hour of back-off).
const MAX_ATTEMPTS: i64 = 12;

/// The longest wait between two attempts at one message.
const MAX_BACKOFF_MS: i64 = 5 * 60_000;

/// How often idle workers look for work a replica queued (their own is signalled at once).
const POLL_INTERVAL: Duration = Duration::from_millis(500);

/// How the outbox sender runs.
#[derive(Debug, Clone)]
pub struct DeliveryOptions {
    /// How long a claimed row is ours: after a crash, how soon another worker retries it.
    pub lease: Duration,
    /// How many sends may wait on providers at once (`FRONTDOOR_OUTBOX_IN_FLIGHT`).
    pub in_flight: usize,
    /// How long a channel rests after its provider refused our credentials.
    pub auth_pause: Duration,
}

/// Channels whose provider refused our credentials, each resting until a moment and paused
/// until a send on it succeeds again; shared with `/healthz`, so operators see that replies are
/// held back, not lost.
#[derive(Debug, Default)]
pub struct Pauses(Mutex<HashMap<flows::Channel, Instant>>);

impl Pauses {
    /// Rests `channel` for `pause` from now.
    fn pause(&self, channel: flows::Channel, pause: Duration) {
        self.lock().insert(channel, Instant::now() + pause);
    }

    /// The provider took a message on `channel`: it is no longer paused.
    fn resume(&self, channel: flows::Channel) {
        self.lock().remove(&channel);
    }

    /// Whether `channel` rests now, so nothing on it is claimed.
    fn is_resting(&self, channel: flows::Channel) -> bool {
        self.lock().get(&channel).is_some_and(|until| *until > Instant::now())
    }

    /// The channels paused (resting, or not yet sent on since their credentials were refused).
    pub fn paused(&self) -> Vec<&'static str> {
        let mut paused: Vec<_> = self.lock().keys().map(|channel| channel.name()).collect();
        paused.sort_unstable();
        paused
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<flows::Channel, Instant>> {
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Sends what the outbox holds, through the channel each row names.
pub struct Delivery {
    /// Where the outbox is.
    store: store::Store,
    /// One sender per channel that is configured.
    senders: HashMap<flows::Channel, Arc<dyn Sender>>,
    /// Woken by the pipeline after each commit.
    wake: Arc<Notify>,
    /// How long a claimed row is ours unless renewed.
    lease: Duration,
    /// The ids of the channels in `senders`, the only rows this worker claims.
    channels: Vec<flows::Channel>,
    /// How many sends may be in flight at once.
    in_flight: usize,
    /// How long a channel rests after an authentication failure.
    auth_pause: Duration,
    /// Which channels rest now.
    pauses: Arc<Pauses>,
}

/// What became of one claimed row.
enum Attempt {
    /// The provider took it.
    Sent(String),
    /// Try again later.
    Retry(String),
    /// Never try again.
    GiveUp(String),
    /// The provider refused our credentials: rest the channel and try again, attempt uncounted.
    Unauthorized(String),
}

impl Delivery {
    /// Makes a worker that sends through `senders` as `options` say.
    pub fn new(
        store: store::Store,
        senders: HashMap<flows::Channel, Arc<dyn Sender>>,
        wake: Arc<Notify>,
        options: &DeliveryOptions,
    ) -> Delivery {
        let channels = senders.keys().copied().collect();
        Delivery {
            store,
            senders,
            wake,
            lease: options.lease,
            channels,
            in_flight: options.in_flight.max(1),
            auth_pause: options.auth_pause,
            pauses: Arc::default(),
        }
    }

    /// The channels resting after an authentication failure, shared with `/healthz`.
    pub fn pauses(&self) -> Arc<Pauses> {
        self.pauses.clone()
    }

    /// Sends due messages until told to stop, keeping up to `in_flight` sends going at once and
    /// claiming more as each finishes; the sends in flight are finished before it returns.
    pub async fn run(self: Arc<Self>, shutdown: watch::Receiver<bool>) {
        if let Err(error) = self.finish_interrupted_erasures().await {
            tracing::error!(%error, "could not finish interrupted erasures; they finish on the next start");
        }
        let claim = |room| self.claim(room);
        let send = |row| {
            let this = self.clone();
            async move { this.deliver(row).await }
        };
        let queue = QueueSettings { table: &outbox::QUEUE, capacity: self.in_flight, lease: self.lease };
        pump(&self.store, queue, &self.wake, shutdown, claim, send).await;
    }

    /// Completes erasures whose goodbye was sent just before a crash.
    async fn finish_interrupted_erasures(&self) -> Result<()> {
        let mut conn = self.store.writer().await?;
        let finished = people::finish_erasures(&mut conn).await?;
        if finished > 0 {
            tracing::info!(finished, "finished erasures a restart interrupted");
        }
        Ok(())
    }

    /// Claims one batch of due messages and sends them side by side; how many it claimed (0 when
    /// nothing was due). A person's later replies come due only once their earlier one is done,
    /// so calling this until it returns 0 sends everything due, in order per person.
    pub async fn deliver_due(&self) -> Result<usize> {
        let claimed = self.claim(self.in_flight).await?;
        let count = claimed.len();
        futures::future::join_all(claimed.into_iter().map(|row| self.deliver(row))).await;
        Ok(count)
    }

    /// Claims up to `room` due rows on the channels that are not resting. The claim commits
    /// durably ([`crate::store::Store::acknowledged`]), so whatever led to a message (the turn
    /// that wrote it, an erasure it confirms) is on disk before the message leaves.
    async fn claim(&self, room: usize) -> Result<Vec<outbox::Claimed>> {
        let channels: Vec<flows::Channel> = self.channels.iter().copied().filter(|channel| !self.pauses.is_resting(*channel)).collect();
        let mut conn = self.store.acknowledged_writer().await?;
        outbox::claim_batch(&mut conn, millis(self.lease), &channels, room).await
    }

    /// Sends one claimed row and records what became of it; a failure to record is logged, and
    /// the row's lease lets it be tried again.
    async fn deliver(&self, row: outbox::Claimed) {
        if let Err(error) = self.try_deliver(&row).await {
            tracing::error!(person = %row.person_id, error = format!("{error:#}"), "outbox send not recorded; it will be retried");
        }
    }

    /// Sends one claimed row, holding a database connection only to look up and to record, never
    /// while the provider answers.
    async fn try_deliver(&self, row: &outbox::Claimed) -> Result<()> {
        let (attempt, erasing) = self.attempt(row).await?;
        let mut conn = self.store.writer().await?;
        match attempt {
            Attempt::Sent(provider_id) => {
                crate::metrics::count_send(row.channel.name(), "sent");
                self.pauses.resume(row.channel);
                outbox::mark_sent(&mut conn, row.id, &provider_id).await?;
                tracing::info!(person = %row.person_id, channel = %row.channel, "message sent");
            }
            Attempt::Unauthorized(error) => {
                crate::metrics::count_send(row.channel.name(), "paused");
                self.rest(row.channel, &error);
                outbox::postpone(&mut conn, row.id, millis(self.auth_pause), &error).await?;
            }
            Attempt::Retry(error) if row.attempts < MAX_ATTEMPTS => {
                crate::metrics::count_send(row.channel.name(), "retry");
                tracing::warn!(person = %row.person_id, %error, attempts = row.attempts, "send failed; will retry");
                outbox::retry_later(&mut conn, row.id, backoff_ms(row.attempts), &error).await?;
            }
            Attempt::Retry(reason) | Attempt::GiveUp(reason) => {
                crate::metrics::count_send(row.channel.name(), "gave_up");
                tracing::warn!(person = %row.person_id, %reason, "message given up");
                outbox::give_up(&mut conn, row.id, &reason).await?;
            }
        }
        if erasing {
            people::finish_erasure(&mut conn, &row.person_id).await?;
        }
        Ok(())
    }

    /// Rests a channel whose provider refused our credentials, with an alert an operator can
    /// act on (it names the channel and the provider's answer, never a person or a message).
    fn rest(&self, channel: flows::Channel, error: &str) {
        if !self.channels.contains(&channel) {
            return;
        }
        if !self.pauses.paused().contains(&channel.name()) {
            tracing::error!(
                alert = "provider_credentials",
                %channel,
                %error,
                pause_secs = self.auth_pause.as_secs(),
                "ALERT: the provider refused our credentials; sending on this channel is paused and \
                 queued replies are kept (check the account id and token)"
            );
        }
        self.pauses.pause(channel, self.auth_pause);
    }

    /// Checks a claimed row can still go out, then hands it to its channel; also whether the
    /// recipient's erasure waits for this send.
    async fn attempt(&self, row: &outbox::Claimed) -> Result<(Attempt, bool)> {
        let recipient = {
            let mut conn = self.store.reader().await?;
            people::recipient(&mut conn, &row.person_id, row.channel).await?
        };
        let erasing = recipient.as_ref().is_some_and(|recipient| recipient.erasing);
        let address = match recipient.map(|recipient| address_for(row, recipient)) {
            Some(Ok(address)) => address,
            Some(Err(reason)) => return Ok((Attempt::GiveUp(reason), erasing)),
            None => return Ok((Attempt::GiveUp("the person is no longer known".into()), false)),
        };
        Ok((self.send(row, &address).await, erasing))
    }

    /// Hands a row to its channel's provider (after asking it, for a row in doubt, whether an
    /// earlier attempt already went out).
    async fn send(&self, row: &outbox::Claimed, address: &str) -> Attempt {
        let Some(sender) = self.senders.get(&row.channel) else {
            return Attempt::GiveUp(format!("unknown channel {}", row.channel));
        };
        let message: OutMessage = match serde_json::from_str(&row.body) {
            Ok(message) => message,
            Err(error) => return Attempt::GiveUp(format!("unreadable outbox row: {}", crate::telemetry::json_error_without_input(&error))),
        };
        if row.in_doubt {
            if let Some(provider_id) = taken_before(sender.as_ref(), row, address, &message).await {
                return Attempt::Sent(provider_id);
            }
        }
        let key = format!("outbox-{}", row.id);
        match sender.send(&key, address, &message).await.map_err(SendError::without_numbers) {
            Ok(provider_id) => Attempt::Sent(provider_id),
            Err(SendError::Retry(error)) => Attempt::Retry(error),
            Err(SendError::Permanent(error)) => Attempt::GiveUp(error),
            Err(SendError::Unauthorized(error)) => Attempt::Unauthorized(error),
        }
    }
}

/// Where a row may go now: the recipient's address on its channel, or why it may not go at all.
fn address_for(row: &outbox::Claimed, recipient: people::Recipient) -> Result<String, String> {
    if recipient.opted_out && !row.ignores_opt_out {
        return Err("the person opted out".into());
    }
    recipient.address.ok_or_else(|| "no address on this channel".to_string())
}

/// Whether the provider already took a reply whose earlier attempt a crash cut short: its id if
/// so. When the provider cannot tell, the reply is sent again (at least once beats never).
async fn taken_before(sender: &dyn Sender, row: &outbox::Claimed, address: &str, message: &OutMessage) -> Option<String> {
    match sender.already_taken(address, message, row.created_at).await.map_err(SendError::without_numbers) {
        Ok(Some(provider_id)) => {
            tracing::info!(person = %row.person_id, channel = %row.channel, "a reply cut short by a crash had gone out; not sent again");
            Some(provider_id)
        }
        Ok(None) => None,
        Err(error) => {
            tracing::warn!(person = %row.person_id, channel = %row.channel, error = %error, "could not ask the provider about a reply cut short; sending it");
            None
        }
    }
}

/// A claimed queue row: what its lease is renewed by while its job runs.
pub trait Leased {
    /// The row's id in its table.
    fn row_id(&self) -> i64;
}

impl Leased for outbox::Claimed {
    fn row_id(&self) -> i64 {
        self.id
    }
}

impl Leased for store::inbox::Waiting {
    fn row_id(&self) -> i64 {
        self.id
    }
}

/// What a pump needs to know about the queue it works.
#[derive(Debug, Clone, Copy)]
pub struct QueueSettings {
    /// The table claimed from, whose leases the pump renews.
    pub table: &'static store::QueueTable,
    /// How many jobs may run at once.
    pub capacity: usize,
    /// How long a claim holds a row; renewed every third of it while the row's job runs.
    pub lease: Duration,
}

/// The jobs a pump has running, each with the row it holds a lease on.
struct Running {
    tasks: JoinSet<()>,
    rows: HashMap<tokio::task::Id, i64>,
}

impl Running {
    fn new() -> Running {
        Running { tasks: JoinSet::new(), rows: HashMap::new() }
    }

    fn start<F>(&mut self, row: i64, job: F)
    where
        F: std::future::Future<Output = ()> + Send + 'static,
    {
        let handle = self.tasks.spawn(job);
        self.rows.insert(handle.id(), row);
    }

    /// Waits for one job to end (a panic included) and lets its row go.
    async fn finish_one(&mut self) {
        let id = match self.tasks.join_next_with_id().await {
            Some(Ok((id, ()))) => id,
            Some(Err(error)) => error.id(),
            None => return,
        };
        self.rows.remove(&id);
    }

    fn len(&self) -> usize {
        self.tasks.len()
    }

    fn rows(&self) -> Vec<i64> {
        self.rows.values().copied().collect()
    }
}

/// Keeps up to `capacity` jobs running until told to stop: claims as many as there is room for,
/// runs each on its own task, and claims again when one finishes, when `wake` is rung (new work
/// committed here), or every [`POLL_INTERVAL`] (work queued by another replica). While jobs run,
/// their rows' leases are renewed every third of a lease, so a short lease frees a dead
/// process's rows within seconds without a slow job losing its row. The jobs in hand are
/// finished before it returns. The outbox sender and the inbox workers both run so.
pub async fn pump<T, Claim, ClaimFut, Work, WorkFut>(
    store: &store::Store,
    queue: QueueSettings,
    wake: &Notify,
    mut shutdown: watch::Receiver<bool>,
    claim: Claim,
    work: Work,
) where
    T: Leased,
    Claim: Fn(usize) -> ClaimFut,
    ClaimFut: std::future::Future<Output = Result<Vec<T>>>,
    Work: Fn(T) -> WorkFut,
    WorkFut: std::future::Future<Output = ()> + Send + 'static,
{
    let mut running = Running::new();
    let mut renewal = Renewal::new(queue);
    while !*shutdown.borrow() {
        renewal.when_due(store, &running).await;
        let room = queue.capacity.saturating_sub(running.len());
        let claimed = if room == 0 {
            Vec::new()
        } else {
            claim(room).await.unwrap_or_else(|error| {
                tracing::error!(queue = queue.table.table, error = format!("{error:#}"), "claim failed; retrying");
                Vec::new()
            })
        };
        let filled = room > 0 && claimed.len() == room;
        for job in claimed {
            running.start(job.row_id(), work(job));
        }
        if filled {
            continue;
        }
        tokio::select! {
            _ = wake.notified() => {}
            () = running.finish_one(), if running.len() > 0 => {}
            _ = tokio::time::sleep(POLL_INTERVAL) => {}
            _ = tokio::time::sleep_until(renewal.next) => {}
            _ = shutdown.changed() => {}
        }
    }
    while running.len() > 0 {
        tokio::select! {
            () = running.finish_one() => {}
            _ = tokio::time::sleep_until(renewal.next) => renewal.when_due(store, &running).await,
        }
    }
}

/// When a pump next renews the leases it holds.
struct Renewal {
    queue: QueueSettings,
    next: tokio::time::Instant,
}

impl Renewal {
    fn new(queue: QueueSettings) -> Renewal {
        Renewal { queue, next: tokio::time::Instant::now() + queue.lease / 3 }
    }

    /// Renews the running jobs' leases if a third of a lease has passed since the last time; a
    /// failure is logged (the next renewal may still come in time).
    async fn when_due(&mut self, store: &store::Store, running: &Running) {
        if tokio::time::Instant::now() < self.next {
            return;
        }
        self.next = tokio::time::Instant::now() + self.queue.lease / 3;
        let rows = running.rows();
        if rows.is_empty() {
            return;
        }
        if let Err(error) = self.renew(store, &rows).await {
            tracing::warn!(queue = self.queue.table.table, error = format!("{error:#}"), "could not renew leases");
        }
    }

    async fn renew(&self, store: &store::Store, rows: &[i64]) -> Result<u64> {
        let mut conn = store.writer().await?;
        self.queue.table.renew(&mut conn, rows, millis(self.queue.lease)).await
    }
}

/// A duration in whole milliseconds, as the tables keep time.
fn millis(duration: Duration) -> i64 {
    i64::try_from(duration.as_millis()).unwrap_or(i64::MAX)
}

/// Exponential back-off with jitter, so a provider's outage is not met by a stampede.
fn backoff_ms(attempts: i64) -> i64 {
    let exponent = u32::try_from(attempts.clamp(1, 20) - 1).unwrap_or(0);
    let base = 1_000_i64.saturating_mul(1 << exponent).min(MAX_BACKOFF_MS);
    base + rand::thread_rng().gen_range(0..=base / 5)
}

/// Takes turns from the inbox, up to `workers` at once, until told to stop; the turns in hand are
/// finished first.
pub async fn run_inbox(pipeline: Arc<Pipeline>, store: store::Store, wake: Arc<Notify>, workers: usize, shutdown: watch::Receiver<bool>) {
    let claim = |room| pipeline.claim_inbox(room);
    let take_turn = |waiting| {
        let pipeline = pipeline.clone();
        async move { pipeline.take_turn(waiting).await }
    };
    let lease = Duration::from_millis(crate::pipeline::INBOX_LEASE_MS.unsigned_abs());
    let queue = QueueSettings { table: &store::inbox::QUEUE, capacity: workers.max(1), lease };
    pump(&store, queue, &wake, shutdown, claim, take_turn).await;
}

/// At the start of `frontdoor serve` on SQLite, the only process on the file: frees whatever a
/// crash left claimed in the inbox and the outbox, so it is worked at once rather than after its
/// lease. On PostgreSQL other replicas may hold leases, which run out by themselves (within a
/// lease of their holder dying, since live holders keep renewing them).
pub async fn free_leases_left_by_a_crash(store: &store::Store) {
    if store.backend != store::Backend::Sqlite {
        return;
    }
    match release_both_queues(store).await {
        Ok((0, 0)) => {}
        Ok((messages, replies)) => tracing::info!(messages, replies, "work a crash left half-done is taken up again"),
        Err(error) => tracing::error!(error = format!("{error:#}"), "could not free the leases a crash left"),
    }
}

/// Frees every inbox and outbox lease; how many of each there were.
async fn release_both_queues(store: &store::Store) -> Result<(u64, u64)> {
    let mut conn = store.writer().await?;
    let messages = store::inbox::QUEUE.release_all(&mut conn).await?;
    let replies = outbox::QUEUE.release_all(&mut conn).await?;
    Ok((messages, replies))
}

/// How often the backlog is looked at.
const BACKLOG_CHECK: Duration = Duration::from_secs(1);

/// How many checks apart the warnings about a growing backlog are.
const WARN_EVERY_CHECKS: u32 = 5;

/// A backlog older than this means messages wait for their turn longer than a person notices.
const BACKLOG_WARN_AGE_MS: i64 = 5_000;

/// Logs a warning, every five seconds while it lasts, when the inbox's oldest message has waited
/// longer than [`BACKLOG_WARN_AGE_MS`] (more messages come in than turns are taken: add workers,
/// replicas or cores), and a note when it has cleared; until told to stop. On PostgreSQL it also
/// keeps the queues' statistics in step with a burst ([`QueueStatistics`]).
pub async fn watch_backlog(store: store::Store, mut shutdown: watch::Receiver<bool>) {
    let mut behind = false;
    let mut checks_since_warning = WARN_EVERY_CHECKS;
    let mut statistics = QueueStatistics::default();
    while !*shutdown.borrow() {
        checks_since_warning = checks_since_warning.saturating_add(1);
        match inbox_backlog(&store).await {
            Ok((waiting, oldest_ms)) => {
                statistics.refresh_if_grown(&store, waiting).await;
                if oldest_ms > BACKLOG_WARN_AGE_MS {
                    behind = true;
                    if checks_since_warning >= WARN_EVERY_CHECKS {
                        checks_since_warning = 0;
                        tracing::warn!(waiting, oldest_ms, "the inbox backlog is growing: messages wait for their turn");
                    }
                } else if behind {
                    behind = false;
                    tracing::info!(waiting, "the inbox backlog has cleared");
                }
            }
            Err(error) => tracing::warn!(error = format!("{error:#}"), "could not measure the inbox backlog"),
        }
        tokio::select! {
            _ = tokio::time::sleep(BACKLOG_CHECK) => {}
            _ = shutdown.changed() => {}
        }
    }
}

/// PostgreSQL plans the queue claims from its statistics of the tables. A queue that was nearly
/// empty when last analysed and then fills in a burst gets a plan that reads and sorts every
/// waiting row on each claim, so claims slow down as the backlog grows and the backlog grows
/// faster (seen: 1-second claims at 2,500 waiting, 15 replies a second). The autovacuum daemon
/// looks only once a minute, so the statistics are refreshed here whenever the inbox has grown
/// well past its size at the last refresh; the claim then walks the queue in order and stops
/// after a batch, whatever its length.
#[derive(Debug, Default)]
struct QueueStatistics {
    /// How many were waiting at the last refresh, or fewer if the queue has shrunk since.
    waiting_at_refresh: i64,
}

/// Growth (rows) below which the statistics are left alone: small queues plan well either way.
const STATISTICS_MIN_GROWTH: i64 = 200;

impl QueueStatistics {
    /// Refreshes the statistics when `waiting` has more than doubled (by at least
    /// [`STATISTICS_MIN_GROWTH`]) since the last refresh or the lowest point since; a failure
    /// is logged.
    async fn refresh_if_grown(&mut self, store: &store::Store, waiting: i64) {
        self.waiting_at_refresh = self.waiting_at_refresh.min(waiting);
        if store.backend != store::Backend::Postgres || waiting < 2 * self.waiting_at_refresh + STATISTICS_MIN_GROWTH {
            return;
        }
        self.waiting_at_refresh = waiting;
        if let Err(error) = store.refresh_queue_statistics().await {
            tracing::warn!(error = format!("{error:#}"), "could not refresh the queues' statistics");
        }
    }
}

/// How many inbox messages wait and how old the oldest is, in milliseconds.
async fn inbox_backlog(store: &store::Store) -> Result<(i64, i64)> {
    let mut conn = store.reader().await?;
    store::inbox::backlog(&mut conn).await
}

/// How often the retention sweep runs.
const RETENTION_SWEEP_EVERY: Duration = Duration::from_secs(3_600);

/// Deletes what `policy` no longer allows to be kept, at start and then every hour, until told
/// to stop; what went is logged as counts only.
pub async fn run_retention(store: store::Store, policy: store::retention::Policy, mut shutdown: watch::Receiver<bool>) {
    while !*shutdown.borrow() {
        match sweep_once(&store, &policy).await {
            Ok(swept) if swept == store::retention::Swept::default() => {}
            Ok(swept) => tracing::info!(
                people = swept.people,
                messages = swept.messages,
                records = swept.records,
                "retention sweep deleted what is kept no longer"
            ),
            Err(error) => tracing::error!(error = format!("{error:#}"), "the retention sweep failed; it runs again in an hour"),
        }
        tokio::select! {
            _ = tokio::time::sleep(RETENTION_SWEEP_EVERY) => {}
            _ = shutdown.changed() => {}
        }
    }
}

async fn sweep_once(store: &store::Store, policy: &store::retention::Policy) -> Result<store::retention::Swept> {
    let mut conn = store.reader().await?;
    store::retention::sweep(&mut conn, policy).await
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
        let mut conn = store.writer().await?;
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
