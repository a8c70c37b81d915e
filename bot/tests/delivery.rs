//! The outbox sender against fake providers, on SQLite and on PostgreSQL: several sends in
//! flight, one person's replies in order, and a refused credential that pauses sending instead of
//! failing the queue. No model is needed: rows are queued directly.

mod common;

use anyhow::{ensure, Result};
use async_trait::async_trait;
use bot::channels::{OutMessage, SendError, Sender};
use bot::store::{outbox, people, Store};
use bot::workers::{Delivery, DeliveryOptions};
use common::on_both;
use sqlx::Row;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{watch, Barrier, Notify};

/// A provider that can refuse our credentials a number of times, wait for company, and notes
/// what it sent and whether one address ever had two sends at once.
#[derive(Default)]
struct FakeProvider {
    /// How many more calls to refuse with "unauthorized".
    refusals: Mutex<usize>,
    /// When set, every send waits here, so it passes only if that many are in flight together.
    together: Option<Barrier>,
    /// (address, text) in the order sends finished.
    sent: Mutex<Vec<(String, String)>>,
    /// Addresses with a send in flight now.
    busy: Mutex<HashSet<String>>,
    /// Set when a second send to a busy address began.
    overlapped: Mutex<bool>,
    /// Rung after each accepted send.
    progress: Notify,
}

#[async_trait]
impl Sender for FakeProvider {
    async fn send(&self, _key: &str, address: &str, message: &OutMessage) -> Result<String, SendError> {
        {
            let mut refusals = self.refusals.lock().unwrap();
            if *refusals > 0 {
                *refusals -= 1;
                return Err(SendError::Unauthorized("fake answered 401".into()));
            }
        }
        if !self.busy.lock().unwrap().insert(address.to_string()) {
            *self.overlapped.lock().unwrap() = true;
        }
        if let Some(barrier) = &self.together {
            barrier.wait().await;
        }
        tokio::task::yield_now().await;
        self.busy.lock().unwrap().remove(address);
        let mut sent = self.sent.lock().unwrap();
        sent.push((address.to_string(), message.text.clone()));
        self.progress.notify_one();
        Ok(format!("fake-{}", sent.len()))
    }
}

impl FakeProvider {
    fn refusing(times: usize) -> FakeProvider {
        FakeProvider { refusals: Mutex::new(times), ..FakeProvider::default() }
    }

    fn sent_count(&self) -> usize {
        self.sent.lock().unwrap().len()
    }
}

/// A sender over `store` through `provider` on SMS, with `in_flight` sends at once.
fn delivery(store: &Store, provider: &Arc<FakeProvider>, in_flight: usize, auth_pause: Duration) -> Delivery {
    let sender: Arc<dyn Sender> = provider.clone();
    let options = DeliveryOptions { lease: Duration::from_secs(30), in_flight, auth_pause };
    Delivery::new(store.clone(), HashMap::from([(flows::Channel::Sms, sender)]), Arc::new(Notify::new()), &options)
}

/// Queues `texts` for the person at `address`, in order.
async fn queue(store: &Store, address: &str, texts: &[&str]) -> Result<()> {
    let mut conn = store.pool.acquire().await?;
    let person = people::find_or_create(&mut conn, "sms", address).await?;
    for text in texts {
        let body = serde_json::to_string(&OutMessage { text: text.to_string(), buttons: Vec::new() })?;
        let message = outbox::NewMessage { person_id: &person.id, channel: "sms", body: &body, urgent: false, ignores_opt_out: false };
        outbox::enqueue(&mut conn, &message).await?;
    }
    Ok(())
}

async fn count(store: &Store, sql: &str) -> Result<i64> {
    Ok(sqlx::query(sql).fetch_one(&store.pool).await?.get(0))
}

#[tokio::test]
async fn replies_to_many_people_are_in_flight_together() {
    on_both(|store| async move {
        let provider = Arc::new(FakeProvider { together: Some(Barrier::new(8)), ..FakeProvider::default() });
        for n in 0..8 {
            queue(&store, &format!("+4477009002{n:02}"), &["hello"]).await?;
        }
        let sender = delivery(&store, &provider, 8, Duration::ZERO);
        // Each send waits until all eight are in flight: one at a time would never finish.
        let sent = tokio::time::timeout(Duration::from_secs(60), sender.deliver_due()).await;
        ensure!(matches!(sent, Ok(Ok(8))), "eight sends must be in flight together");
        ensure!(count(&store, "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").await? == 0);
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn one_persons_replies_go_out_in_order_one_at_a_time() {
    on_both(|store| async move {
        let provider = Arc::new(FakeProvider::default());
        let texts = ["one", "two", "three", "four", "five"];
        queue(&store, "+447700900300", &texts).await?;
        for n in 1..10 {
            queue(&store, &format!("+4477009003{n:02}"), &["a", "b"]).await?;
        }
        let sender = Arc::new(delivery(&store, &provider, 16, Duration::ZERO));
        let (stop, stopped) = watch::channel(false);
        let running = tokio::spawn(sender.run(stopped));
        while provider.sent_count() < 23 {
            provider.progress.notified().await;
        }
        stop.send(true)?;
        running.await?;
        let sent = provider.sent.lock().unwrap().clone();
        let to_first: Vec<&str> = sent.iter().filter(|(to, _)| to == "+447700900300").map(|(_, text)| text.as_str()).collect();
        ensure!(to_first == texts, "in the order queued: {to_first:?}");
        ensure!(!*provider.overlapped.lock().unwrap(), "never two sends to one person at once");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_provider_refusing_our_credentials_then_accepting_gets_every_reply() {
    on_both(|store| async move {
        let provider = Arc::new(FakeProvider::refusing(5));
        for n in 0..6 {
            queue(&store, &format!("+4477009004{n:02}"), &["first", "second"]).await?;
        }
        let sender = delivery(&store, &provider, 4, Duration::ZERO);
        while sender.deliver_due().await? > 0 {}
        ensure!(provider.sent_count() == 12, "every reply delivered ({} sent)", provider.sent_count());
        ensure!(count(&store, "SELECT COUNT(*) FROM outbox WHERE failed_at IS NOT NULL").await? == 0, "none failed");
        ensure!(count(&store, "SELECT MAX(attempts) FROM outbox").await? == 1, "refusals spent no attempts");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_refused_credential_pauses_the_channel_and_keeps_the_queue() {
    on_both(|store| async move {
        let provider = Arc::new(FakeProvider::refusing(1));
        queue(&store, "+447700900500", &["hello"]).await?;
        let sender = delivery(&store, &provider, 4, Duration::from_secs(3600));
        ensure!(sender.deliver_due().await? == 1, "claimed, refused");
        ensure!(sender.pauses().paused() == vec!["sms"], "the channel rests");
        queue(&store, "+447700900501", &["hello"]).await?;
        ensure!(sender.deliver_due().await? == 0, "nothing is claimed while it rests");
        ensure!(provider.sent_count() == 0);
        let pending = "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL AND attempts = 0";
        ensure!(count(&store, pending).await? == 2, "both kept, no attempt spent");
        Ok(())
    })
    .await;
}
