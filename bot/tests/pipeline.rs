//! The pipeline suite: real model, real content, real database (each test on SQLite and on
//! PostgreSQL), driven in process so each step can be checked in the tables.

mod common;

use anyhow::{ensure, Result};
use async_trait::async_trait;
use bot::channels::{Inbound, InboundKind, OutMessage, SendError, Sender};
use bot::config::Config;
use bot::pipeline::{Handled, Pipeline, Setting};
use bot::search::DirectorySearch;
use bot::store::{scheduled, transcript, Store};
use bot::understanding::{self, Understanding};
use bot::workers::Delivery;
use common::on_both;
use sqlx::Row;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{Notify, OnceCell};

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("bot/ has a parent").to_path_buf()
}

fn test_config() -> Config {
    let mut config = Config::load().expect("the default configuration loads");
    config.content_dir = workspace().join("content");
    config.model_dir = std::env::var("FRONTDOOR_MODEL")
        .map(PathBuf::from)
        .unwrap_or_else(|_| workspace().join(".deps/model"));
    config
}

/// The model, loaded once for the whole test binary.
async fn model() -> Arc<Understanding> {
    static MODEL: OnceCell<Arc<Understanding>> = OnceCell::const_new();
    MODEL
        .get_or_init(|| async { understanding::load(&test_config()).await.expect("the model loads") })
        .await
        .clone()
}

/// A channel that records what it is asked to send.
#[derive(Default)]
struct Recorder {
    sent: Mutex<Vec<(String, String)>>,
}

#[async_trait]
impl Sender for Recorder {
    async fn send(&self, _key: &str, address: &str, message: &OutMessage) -> Result<String, SendError> {
        let mut sent = self.sent.lock().expect("lock");
        sent.push((address.to_string(), message.text.clone()));
        Ok(format!("rec-{}", sent.len()))
    }
}

impl Recorder {
    fn to(&self, address: &str) -> Vec<String> {
        self.sent.lock().expect("lock").iter().filter(|(to, _)| to == address).map(|(_, text)| text.clone()).collect()
    }
}

/// A pipeline and an SMS sender that records, over one test database.
struct Rig {
    store: Store,
    pipeline: Pipeline,
    recorder: Arc<Recorder>,
    delivery: Delivery,
}

async fn rig(store: Store) -> Result<Rig> {
    let config = test_config();
    let understanding = model().await;
    let content = Arc::new(bot::content::load(&config.content_dir)?);
    let directory = Arc::new(DirectorySearch::new(store.clone(), understanding.clone()));
    let wake = Arc::new(Notify::new());
    let setting = Setting { area: Some("kirklees".into()), navigator_hours: config.navigator_hours.clone() };
    let pipeline = Pipeline::new(store.clone(), understanding, content, directory, wake.clone(), setting);
    let recorder = Arc::new(Recorder::default());
    let sender: Arc<dyn Sender> = recorder.clone();
    let senders = HashMap::from([(flows::Channel::Sms, sender)]);
    let delivery = Delivery::new(store.clone(), senders, wake, Duration::from_secs(30));
    Ok(Rig { store, pipeline, recorder, delivery })
}

fn sms(id: &str, from: &str, text: &str) -> Inbound {
    Inbound {
        channel: flows::Channel::Sms,
        provider_id: id.to_string(),
        address: from.to_string(),
        kind: InboundKind::Text(text.to_string()),
    }
}

impl Rig {
    async fn say(&self, id: &str, from: &str, text: &str) -> Result<Handled> {
        self.pipeline.handle(sms(id, from, text)).await
    }

    /// Sends everything due and returns what `address` received in this round.
    async fn deliver(&self, address: &str) -> Result<Vec<String>> {
        let before = self.recorder.to(address).len();
        while self.delivery.deliver_next().await? {}
        Ok(self.recorder.to(address).split_off(before))
    }

    async fn count(&self, sql: &str) -> Result<i64> {
        Ok(sqlx::query(sql).fetch_one(&self.store.pool).await?.get(0))
    }
}

#[tokio::test]
async fn a_message_is_answered_and_its_repeat_changes_nothing() {
    on_both(|store| async move {
        let rig = rig(store).await?;
        ensure!(matches!(rig.say("m1", "+447700900001", "hi").await?, Handled::Done { .. }));
        let queued = rig.count("SELECT COUNT(*) FROM outbox").await?;
        let lines = rig.count("SELECT COUNT(*) FROM messages").await?;
        ensure!(queued >= 1, "no reply queued");
        ensure!(rig.say("m1", "+447700900001", "hi").await? == Handled::Duplicate);
        ensure!(rig.count("SELECT COUNT(*) FROM outbox").await? == queued, "a repeat queued more");
        ensure!(rig.count("SELECT COUNT(*) FROM messages").await? == lines, "a repeat joined the transcript");
        let replies = rig.deliver("+447700900001").await?;
        ensure!(replies.len() as i64 == queued && replies.iter().all(|reply| !reply.trim().is_empty()));
        ensure!(rig.count("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").await? == 0);
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn crisis_signs_get_urgent_help_and_an_urgent_handoff() {
    on_both(|store| async move {
        let rig = rig(store).await?;
        rig.say("c1", "+447700900002", "hi").await?;
        rig.say("c2", "+447700900003", "hello").await?;
        rig.say("c3", "+447700900002", "I've saved up my tablets and I'm going to take them all tonight").await?;
        let urgent = rig.count("SELECT COUNT(*) FROM outbox WHERE urgent = 1").await?;
        ensure!(urgent >= 1, "the crisis reply is not urgent");
        let handoffs: String = sqlx::query("SELECT urgency FROM handoffs").fetch_one(&rig.store.pool).await?.get(0);
        ensure!(handoffs == "urgent");
        let replies = rig.deliver("+447700900002").await?;
        ensure!(replies.iter().any(|reply| reply.contains("116 123") && reply.contains("999")), "{replies:?}");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn stop_is_confirmed_then_nothing_is_sent_but_urgent_help() {
    on_both(|store| async move {
        let rig = rig(store).await?;
        let number = "+447700900004";
        rig.say("s1", number, "hi").await?;
        rig.deliver(number).await?;
        rig.say("s2", number, "STOP").await?;
        let confirmation = rig.deliver(number).await?;
        ensure!(confirmation.len() == 1, "STOP is confirmed once: {confirmation:?}");
        rig.say("s3", number, "what's on in Dewsbury on Saturday").await?;
        ensure!(rig.deliver(number).await?.is_empty(), "a message reached someone who opted out");
        rig.say("s4", number, "i want to end my life tonight").await?;
        let help = rig.deliver(number).await?;
        ensure!(help.iter().any(|reply| reply.contains("999")), "urgent help must get through: {help:?}");
        rig.say("s5", number, "START").await?;
        ensure!(!rig.deliver(number).await?.is_empty(), "START opts back in");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn delete_my_data_erases_everything_after_the_goodbye() {
    on_both(|store| async move {
        let rig = rig(store).await?;
        let number = "+447700900005";
        rig.say("e1", number, "hi, anything on for carers in Batley?").await?;
        rig.deliver(number).await?;
        rig.say("e2", number, "DELETE MY DATA").await?;
        let question = rig.deliver(number).await?;
        ensure!(question.len() == 1, "erasure is confirmed first: {question:?}");
        ensure!(rig.count("SELECT COUNT(*) FROM people").await? == 1, "nothing is erased before the yes");
        rig.say("e3", number, "YES").await?;
        ensure!(rig.count("SELECT COUNT(*) FROM messages").await? == 0, "the transcript survived");
        ensure!(rig.count("SELECT COUNT(*) FROM conversations").await? == 0, "the state survived");
        let goodbye = rig.deliver(number).await?;
        ensure!(goodbye.len() == 1, "the goodbye is sent: {goodbye:?}");
        ensure!(rig.count("SELECT COUNT(*) FROM people").await? == 0, "the person survived the goodbye");
        ensure!(rig.count("SELECT COUNT(*) FROM addresses").await? == 0, "the number survived");
        ensure!(rig.say("e3", number, "YES").await? == Handled::Duplicate, "old deliveries stay duplicates");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn simultaneous_messages_from_one_person_are_both_taken_in_turn() {
    on_both(|store| async move {
        let rig = rig(store).await?;
        let number = "+447700900006";
        let (first, second) = tokio::join!(rig.say("t1", number, "hi"), rig.say("t2", number, "anything on in Dewsbury?"));
        ensure!(matches!(first?, Handled::Done { .. }) && matches!(second?, Handled::Done { .. }));
        let version: i64 = sqlx::query("SELECT version FROM conversations").fetch_one(&rig.store.pool).await?.get(0);
        ensure!(version == 2, "both turns must be saved, one after the other (version {version})");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_due_check_in_runs_once_through_the_pipeline() {
    on_both(|store| async move {
        let rig = rig(store).await?;
        let number = "+447700900007";
        rig.say("k1", number, "hi").await?;
        rig.deliver(number).await?;
        let person: String = sqlx::query("SELECT person_id FROM addresses").fetch_one(&rig.store.pool).await?.get(0);
        let mut conn = rig.store.pool.acquire().await?;
        scheduled::schedule(&mut conn, &person, scheduled::CHECK_IN, 0).await?;
        let due = scheduled::claim_due(&mut conn, 60_000).await?.expect("due now");
        drop(conn);
        let turns_before: i64 = rig.count("SELECT version FROM conversations").await?;
        rig.pipeline.handle_due(&due).await?;
        ensure!(rig.count("SELECT COUNT(*) FROM scheduled WHERE done_at IS NULL").await? == 0, "the job is done");
        ensure!(rig.count("SELECT version FROM conversations").await? == turns_before + 1, "the check-in was a turn");
        let mut conn = rig.store.pool.acquire().await?;
        ensure!(scheduled::claim_due(&mut conn, 60_000).await?.is_none(), "a done job never comes back");
        ensure!(!transcript::of_person(&mut conn, &person).await?.is_empty());
        Ok(())
    })
    .await;
}
