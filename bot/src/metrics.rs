//! Prometheus metrics for operators (`GET /metrics`): whether replies keep up, whether providers
//! take them, and how long the classifier takes. Counts only: no person, number or word.
//!
//! The counters live in one process-wide registry, as Prometheus clients usually keep them, so
//! the webhook handlers, the inbox and outbox workers and the classifier can count without the
//! registry threaded through every layer; the queue gauges are read from the database at scrape
//! time, so every replica reports the same shared queues.

use crate::store::{gauges, Store};
use anyhow::Result;
use prometheus_client::encoding::text::encode;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;
use std::sync::atomic::AtomicU64;
use std::sync::LazyLock;
use std::time::Duration;

/// A send's labels: the channel and what became of it.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct SendLabels {
    channel: String,
    result: String,
}

/// A webhook response's labels: the route and the status code.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ResponseLabels {
    route: String,
    code: String,
}

/// A queue gauge's labels.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct QueueLabels {
    queue: String,
}

/// The handoff queue's labels.
#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct HandoffLabels {
    team: String,
    urgency: String,
}

/// Every counter and gauge, registered once.
struct Metrics {
    registry: Registry,
    sends: Family<SendLabels, Counter>,
    webhook_responses: Family<ResponseLabels, Counter>,
    turns: Counter,
    classifier_seconds: Histogram,
    queue_depth: Family<QueueLabels, Gauge>,
    queue_oldest_seconds: Family<QueueLabels, Gauge<f64, AtomicU64>>,
    handoffs_open: Family<HandoffLabels, Gauge>,
}

static METRICS: LazyLock<Metrics> = LazyLock::new(|| {
    let sends = Family::default();
    let webhook_responses = Family::default();
    let turns = Counter::default();
    let classifier_seconds = Histogram::new([0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0].into_iter());
    let queue_depth = Family::default();
    let queue_oldest_seconds = Family::default();
    let handoffs_open = Family::default();
    let mut registry = Registry::with_prefix("frontdoor");
    registry.register("sends", "Replies handed to a provider, by channel and result (sent, retry, gave_up, paused)", Family::clone(&sends));
    registry.register("webhook_responses", "Webhook requests answered, by route and HTTP status", Family::clone(&webhook_responses));
    registry.register("turns", "Conversation turns taken (messages, check-ins and navigators' acts)", turns.clone());
    registry.register("classifier_seconds", "Time to classify one message, waiting for the model included", classifier_seconds.clone());
    registry.register(
        "queue_depth",
        "Rows waiting: inbox (messages to think about), inbox_set_aside (failed again and again), outbox (replies to send)",
        Family::clone(&queue_depth),
    );
    registry.register(
        "queue_oldest_seconds",
        "Age of the oldest row waiting in each queue (0 when empty)",
        Family::clone(&queue_oldest_seconds),
    );
    registry.register("handoffs_open", "Handoffs not yet resolved, by team and urgency", Family::clone(&handoffs_open));
    Metrics { registry, sends, webhook_responses, turns, classifier_seconds, queue_depth, queue_oldest_seconds, handoffs_open }
});

/// Counts a send by its channel and result.
pub fn count_send(channel: &str, result: &str) {
    METRICS.sends.get_or_create(&SendLabels { channel: channel.to_string(), result: result.to_string() }).inc();
}

/// Counts a webhook response by its route and status.
pub fn count_webhook_response(route: &str, code: u16) {
    METRICS.webhook_responses.get_or_create(&ResponseLabels { route: route.to_string(), code: code.to_string() }).inc();
}

/// Counts one turn taken.
pub fn count_turn() {
    METRICS.turns.inc();
}

/// Records how long one classification took.
pub fn observe_classifier(elapsed: Duration) {
    METRICS.classifier_seconds.observe(elapsed.as_secs_f64());
}

/// The metrics in Prometheus's text format, with the queues read from the database now.
pub async fn render(store: &Store) -> Result<String> {
    let mut conn = store.reader().await?;
    let queues = gauges::queues(&mut conn).await?;
    let now_ms = crate::store::now_ms();
    for queue in &queues.queues {
        let labels = QueueLabels { queue: queue.name.to_string() };
        METRICS.queue_depth.get_or_create(&labels).set(queue.depth);
        let age = queue.oldest_ms.map_or(0.0, |oldest| (now_ms - oldest).max(0) as f64 / 1000.0);
        METRICS.queue_oldest_seconds.get_or_create(&labels).set(age);
    }
    METRICS.handoffs_open.clear();
    for open in &queues.handoffs {
        METRICS.handoffs_open.get_or_create(&HandoffLabels { team: open.team.clone(), urgency: open.urgency.clone() }).set(open.count);
    }
    let mut text = String::new();
    encode(&mut text, &METRICS.registry)?;
    Ok(text)
}
