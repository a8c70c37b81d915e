//! The outbox sender against fake providers, on SQLite and on PostgreSQL: several sends in
//! flight, one person's replies in order, and a refused credential that pauses sending instead of
//! failing the queue. No model is needed: rows are queued directly.

use crate::common::on_both;
use anyhow::{ensure, Result};
use async_trait::async_trait;
use bot::channels::{OutMessage, SendError, Sender};
use bot::store::{outbox, people, Store};
use bot::workers::{Delivery, DeliveryOptions};
use flows::Channel;
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
    /// How long each send takes, as a slow provider's would.
    delay: Duration,
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
        tokio::time::sleep(self.delay).await;
        tokio::task::yield_now().await;
        self.busy.lock().unwrap().remove(address);
        let mut sent = self.sent.lock().unwrap();
        sent.push((address.to_string(), message.text.clone()));
        self.progress.notify_one();
        Ok(format!("fake-{}", sent.len()))
    }

    async fn already_taken(&self, address: &str, message: &OutMessage, _since_ms: i64) -> Result<Option<String>, SendError> {
        let sent = self.sent.lock().unwrap();
        let position = sent.iter().position(|(to, text)| to == address && *text == message.text);
        Ok(position.map(|n| format!("fake-{}", n + 1)))
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
    let options = DeliveryOptions { lease: Duration::from_secs(30), in_flight, auth_pause };
    delivery_with(store, provider, &options)
}

fn delivery_with(store: &Store, provider: &Arc<FakeProvider>, options: &DeliveryOptions) -> Delivery {
    let sender: Arc<dyn Sender> = provider.clone();
    Delivery::new(store.clone(), HashMap::from([(flows::Channel::Sms, sender)]), Arc::new(Notify::new()), options)
}

/// Queues `texts` for the person at `address`, in order.
async fn queue(store: &Store, address: &str, texts: &[&str]) -> Result<()> {
    let mut conn = store.reader().await?;
    let person = people::find_or_create(&mut conn, Channel::Sms, address).await?;
    for text in texts {
        let body = serde_json::to_string(&OutMessage { text: text.to_string(), buttons: Vec::new(), keyboard: false })?;
        let message =
            outbox::NewMessage { person_id: &person.id, channel: Channel::Sms, body: &body, urgent: false, ignores_opt_out: false };
        outbox::enqueue(&mut conn, &message).await?;
    }
    Ok(())
}

async fn count(store: &Store, sql: &str) -> Result<i64> {
    Ok(sqlx::query(sql).fetch_one(&mut *store.reader().await?).await?.get(0))
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

#[tokio::test]
async fn a_send_slower_than_its_lease_keeps_its_row_and_goes_out_once() {
    on_both(|store| async move {
        let provider = Arc::new(FakeProvider { delay: Duration::from_millis(1_500), ..FakeProvider::default() });
        queue(&store, "+447700900300", &["slow"]).await?;
        let options = DeliveryOptions { lease: Duration::from_millis(300), in_flight: 4, auth_pause: Duration::ZERO };
        let sender = Arc::new(delivery_with(&store, &provider, &options));
        let (stop, stopped) = watch::channel(false);
        let running = tokio::spawn(sender.run(stopped));
        while count(&store, "SELECT COUNT(*) FROM outbox WHERE locked_until IS NOT NULL").await? == 0 {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        // Another replica looks for work all the while the slow send is in flight.
        let mut conn = store.reader().await?;
        while provider.sent_count() == 0 {
            let taken = outbox::claim_batch(&mut conn, 60_000, &[Channel::Sms], 10).await?;
            ensure!(taken.is_empty(), "a row whose send is in flight was claimed again: its lease was not renewed");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        stop.send(true)?;
        running.await?;
        ensure!(provider.sent_count() == 1, "sent once");
        ensure!(count(&store, "SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL").await? == 1);
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_reply_a_crash_cut_short_is_looked_up_before_it_is_sent_again() {
    on_both(|store| async move {
        let provider = Arc::new(FakeProvider::default());
        queue(&store, "+447700900310", &["taken before the crash"]).await?;
        queue(&store, "+447700900311", &["never taken"]).await?;
        provider.sent.lock().unwrap().push(("+447700900310".into(), "taken before the crash".into()));
        let mut conn = store.reader().await?;
        ensure!(outbox::claim_batch(&mut conn, -1, &[Channel::Sms], 10).await?.len() == 2, "a sender took both, then died");
        let sender = delivery(&store, &provider, 4, Duration::ZERO);
        ensure!(sender.deliver_due().await? == 2);
        let sent = provider.sent.lock().unwrap().clone();
        ensure!(sent.len() == 2, "the reply the provider had taken is not sent again: {sent:?}");
        ensure!(sent[1].1 == "never taken");
        let recorded = count(&store, "SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL AND provider_message_id = 'fake-1'").await?;
        ensure!(recorded == 1, "the reply found is marked sent with the provider's id");
        ensure!(count(&store, "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").await? == 0);
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_reply_claimed_for_the_first_time_is_sent_without_asking() {
    on_both(|store| async move {
        let provider = Arc::new(FakeProvider::default());
        queue(&store, "+447700900320", &["same words"]).await?;
        provider.sent.lock().unwrap().push(("+447700900320".into(), "same words".into()));
        let sender = delivery(&store, &provider, 4, Duration::ZERO);
        ensure!(sender.deliver_due().await? == 1);
        ensure!(provider.sent_count() == 2, "a reply no crash cut short goes out, even with the same words as an earlier one");
        Ok(())
    })
    .await;
}

/// A provider that refuses every message with Twilio's own words for error 21211, which quote
/// the recipient's number.
struct InvalidNumber;

#[async_trait]
impl Sender for InvalidNumber {
    async fn send(&self, _key: &str, address: &str, _message: &OutMessage) -> Result<String, SendError> {
        Err(SendError::Permanent(format!(
            "Twilio refused the message: 400 Bad Request code 21211 The 'To' number {address} is not a valid phone number."
        )))
    }
}

#[tokio::test]
async fn a_providers_error_is_stored_without_the_number_it_quotes() {
    on_both(|store| async move {
        queue(&store, "+447700900330", &["hello"]).await?;
        let sender: Arc<dyn Sender> = Arc::new(InvalidNumber);
        let options = DeliveryOptions { lease: Duration::from_secs(30), in_flight: 1, auth_pause: Duration::ZERO };
        let delivery = Delivery::new(store.clone(), HashMap::from([(flows::Channel::Sms, sender)]), Arc::new(Notify::new()), &options);
        ensure!(delivery.deliver_due().await? == 1);
        let stored: String = sqlx::query("SELECT last_error FROM outbox").fetch_one(&mut *store.reader().await?).await?.get(0);
        ensure!(stored.contains("21211") && stored.contains("[number]"), "{stored}");
        ensure!(!stored.contains("7700900330"), "the number is not kept: {stored}");
        Ok(())
    })
    .await;
}
