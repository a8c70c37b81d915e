//! The pipeline suite: real model, real content, real database (each test on SQLite and on
//! PostgreSQL), driven in process so each step can be checked in the tables.

use crate::common::on_both;
use anyhow::{ensure, Result};
use async_trait::async_trait;
use bot::channels::{Inbound, InboundKind, OutMessage, SendError, Sender};
use bot::config::Config;
use bot::pipeline::{Directory, Handled, Pipeline, Setting};
use bot::search::DirectorySearch;
use bot::store::people::PersonId;
use bot::store::{scheduled, transcript, Store};
use bot::understanding::{self, Understanding};
use bot::workers::{Delivery, DeliveryOptions};
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
    config.model_dir = std::env::var("FRONTDOOR_MODEL").map(PathBuf::from).unwrap_or_else(|_| workspace().join(".deps/model"));
    config
}

/// The model, loaded once for the whole test binary.
async fn model() -> Arc<Understanding> {
    static MODEL: OnceCell<Arc<Understanding>> = OnceCell::const_new();
    MODEL.get_or_init(|| async { understanding::load(&test_config()).await.expect("the model loads") }).await.clone()
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
    rig_with(store, model().await).await
}

async fn rig_with(store: Store, understanding: Arc<Understanding>) -> Result<Rig> {
    let directory = Arc::new(DirectorySearch::new(store.clone(), understanding.clone(), &test_config())?);
    rig_searching(store, understanding, directory).await
}

async fn rig_searching(store: Store, understanding: Arc<Understanding>, directory: Arc<dyn Directory>) -> Result<Rig> {
    let config = test_config();
    let content = Arc::new(bot::content::load(&config.content_dir)?);
    let wake = Arc::new(Notify::new());
    let setting = Setting {
        area: Some("kirklees".into()),
        navigator_hours: config.navigator_hours.clone(),
        youth_navigator_hours: config.youth_navigator_hours(),
    };
    let pipeline = Pipeline::new(store.clone(), understanding, content, directory, wake.clone(), setting);
    let recorder = Arc::new(Recorder::default());
    let sender: Arc<dyn Sender> = recorder.clone();
    let senders = HashMap::from([(flows::Channel::Sms, sender.clone()), (flows::Channel::Telegram, sender)]);
    let options = DeliveryOptions { lease: Duration::from_secs(30), in_flight: 8, auth_pause: Duration::ZERO };
    let delivery = Delivery::new(store.clone(), senders, wake, &options);
    Ok(Rig { store, pipeline, recorder, delivery })
}

fn sms(id: &str, from: &str, text: &str) -> Inbound {
    on_channel(flows::Channel::Sms, id, from, text)
}

fn on_channel(channel: flows::Channel, id: &str, from: &str, text: &str) -> Inbound {
    Inbound { channel, provider_id: id.to_string(), address: from.to_string(), kind: InboundKind::Text(text.to_string()) }
}

impl Rig {
    async fn say(&self, id: &str, from: &str, text: &str) -> Result<Handled> {
        self.pipeline.handle(sms(id, from, text)).await
    }

    /// Sends everything due and returns what `address` received in this round.
    async fn deliver(&self, address: &str) -> Result<Vec<String>> {
        let before = self.recorder.to(address).len();
        while self.delivery.deliver_due().await? > 0 {}
        Ok(self.recorder.to(address).split_off(before))
    }

    /// Urgent replies queued for the person behind an address.
    async fn urgent_to(&self, address: &str) -> Result<i64> {
        let row = sqlx::query(
            "SELECT COUNT(*) FROM outbox o JOIN addresses a ON a.person_id = o.person_id WHERE a.address = $1 AND o.urgent = 1",
        )
        .bind(address)
        .fetch_one(&mut *self.store.reader().await?)
        .await?;
        Ok(row.get(0))
    }

    async fn count(&self, sql: &str) -> Result<i64> {
        Ok(sqlx::query(sql).fetch_one(&mut *self.store.reader().await?).await?.get(0))
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
        let handoffs: String = sqlx::query("SELECT urgency FROM handoffs").fetch_one(&mut *rig.store.reader().await?).await?.get(0);
        ensure!(handoffs == "urgent");
        let replies = rig.deliver("+447700900002").await?;
        ensure!(replies.iter().any(|reply| reply.contains("116 123") && reply.contains("999")), "{replies:?}");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_weak_sign_is_read_with_the_conversation_before_it() {
    on_both(|store| async move {
        let rig = rig(store).await?;
        let (low, walker) = ("+447700900021", "+447700900022");
        rig.say("w1", low, "everything feels pointless lately, I'm so tired of it all").await?;
        ensure!(rig.urgent_to(low).await? == 0, "the low mood alone is not the crisis this test is about");
        rig.say("w2", low, "stood on the railway bridge now").await?;
        ensure!(rig.urgent_to(low).await? >= 1, "the bridge after low mood got no urgent reply");
        rig.say("w3", walker, "hiya, any walking groups round Holmfirth on a saturday?").await?;
        rig.say("w4", walker, "great, we'll meet them by the railway bridge then").await?;
        ensure!(rig.urgent_to(walker).await? == 0, "the walker's bridge raised the crisis reply");
        Ok(())
    })
    .await;
}

/// An embedder that always fails, as a model whose inference thread keeps faulting would.
struct Broken;

impl nlp::Embedder for Broken {
    fn embed(&self, _texts: &[&str]) -> Result<Vec<Vec<f32>>, nlp::NlpError> {
        Err(nlp::NlpError::Model("inference fault".into()))
    }

    fn dimension(&self) -> usize {
        384
    }
}

#[tokio::test]
async fn without_the_model_crisis_signs_still_get_urgent_help_and_the_rest_a_person() {
    let content = test_config().content_dir;
    let head = nlp::head::Head::load(&nlp::head_path(&content)).expect("the head loads");
    let rules = nlp::reader::Rules::load(&content).expect("the rules load");
    let nlp = Arc::new(nlp::Nlp::assemble(Box::new(Broken), None, head, rules).expect("the parts fit"));
    let broken = Understanding::from_nlp(nlp).expect("the worker starts");
    on_both(|store| {
        let broken = broken.clone();
        async move {
            let rig = rig_with(store, broken).await?;
            let number = "+447700900023";
            ensure!(matches!(rig.say("b1", number, "I'm going to kill myself tonight").await?, Handled::Done { .. }));
            let help = rig.deliver(number).await?;
            ensure!(help.iter().any(|reply| reply.contains("999")), "urgent help must go out without the model: {help:?}");
            ensure!(rig.count("SELECT COUNT(*) FROM handoffs WHERE urgency = 'urgent'").await? == 1);
            let other = "+447700900024";
            ensure!(
                matches!(rig.say("b2", other, "is there a choir near Batley").await?, Handled::Done { .. }),
                "a message is never refused for want of the model"
            );
            ensure!(!rig.deliver(other).await?.is_empty(), "the person is answered");
            Ok(())
        }
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

/// The six-digit code in the reply to LINK ("Your code is 482913."), or "" when there is none.
fn link_code_in(offer: &str) -> &str {
    let code = offer.split_whitespace().find_map(|word| word.get(..6).filter(|digits| digits.chars().all(|c| c.is_ascii_digit())));
    code.unwrap_or_default()
}

/// LINK joins an SMS number and a Telegram chat: a wrong code changes nothing, the right one
/// makes them one person with one history, messages on both are that person's, the code works
/// once, STOP on one channel leaves the other answered, and DELETE MY DATA on one channel
/// leaves nothing of the person on either.
#[tokio::test]
async fn linked_channels_are_one_person_and_one_erasure_removes_both() {
    on_both(|store| async move {
        let rig = rig(store).await?;
        let (number, chat) = ("+447700900031", "5550031");
        let telegram = |id: &str, text: &str| rig.pipeline.handle(on_channel(flows::Channel::Telegram, id, chat, text));
        rig.say("k1", number, "any walking groups in Batley?").await?;
        rig.deliver(number).await?;
        rig.say("k2", number, "LINK").await?;
        let offer = rig.deliver(number).await?.join("\n");
        let code = link_code_in(&offer);
        ensure!(!code.is_empty() && offer.contains(&format!("LINK {code}")), "the code is given with how to use it: {offer}");
        telegram("t1", "hello").await?;
        ensure!(rig.count("SELECT COUNT(*) FROM people").await? == 2, "two people before the link");
        telegram("t2", "LINK 000000").await?;
        ensure!(rig.deliver(chat).await?.iter().any(|reply| reply.contains("didn't work")), "a wrong code is refused");
        ensure!(rig.count("SELECT COUNT(*) FROM people").await? == 2, "a wrong code joins nothing");
        telegram("t3", &format!("LINK {code}")).await?;
        ensure!(rig.deliver(chat).await?.iter().any(|reply| reply.contains("on both")), "the link is confirmed");
        ensure!(rig.count("SELECT COUNT(*) FROM people").await? == 1, "one person after the link");
        ensure!(rig.count("SELECT COUNT(*) FROM addresses").await? == 2, "with both addresses");
        ensure!(rig.count("SELECT COUNT(*) FROM link_codes").await? == 0, "the code is used up");
        telegram("t4", "thanks, what about Saturday?").await?;
        rig.say("k3", number, "and is it free?").await?;
        let history = rig.count("SELECT COUNT(DISTINCT person_id) FROM messages").await?;
        ensure!(history == 1, "messages on both channels are one history");
        let spoken = rig.count("SELECT COUNT(*) FROM messages WHERE author = 'person'").await?;
        ensure!(spoken == 7, "every message on both channels is kept in it: {spoken}");
        rig.deliver(number).await?;
        rig.deliver(chat).await?;
        rig.say("k4", number, "STOP").await?;
        ensure!(rig.deliver(number).await?.len() == 1, "STOP is confirmed on SMS");
        telegram("t5", "hello again").await?;
        ensure!(!rig.deliver(chat).await?.is_empty(), "STOP on SMS leaves Telegram answered");
        rig.say("k5", number, "hello?").await?;
        ensure!(rig.deliver(number).await?.is_empty(), "nothing more is sent by SMS");
        telegram("t6", "DELETE MY DATA").await?;
        telegram("t7", "YES").await?;
        rig.deliver(chat).await?;
        rig.deliver(number).await?;
        for table in ["people", "addresses", "messages", "conversations", "link_codes", "outbox", "scheduled"] {
            let left = rig.count(&format!("SELECT COUNT(*) FROM {table}")).await?;
            ensure!(left == 0, "{left} rows of {table} left after erasure on one channel");
        }
        Ok(())
    })
    .await;
}

/// A navigator replying to someone who linked SMS and Telegram chooses the channel; a channel
/// the person stopped is refused, and with no choice the reply goes to one they have not.
#[tokio::test]
async fn a_navigator_chooses_which_linked_channel_a_reply_goes_to() {
    use bot::handover::{Act, Refusal};
    use bot::store::handoffs::Team;
    use flows::Channel;
    on_both(|store| async move {
        let rig = rig(store).await?;
        let (number, chat) = ("+447700900032", "5550032");
        let telegram = |id: &str, text: &str| rig.pipeline.handle(on_channel(Channel::Telegram, id, chat, text));
        rig.say("c1", number, "LINK").await?;
        let offer = rig.deliver(number).await?.join(" ");
        telegram("c2", &format!("LINK {}", link_code_in(&offer))).await?;
        telegram("c3", "PERSON").await?;
        rig.deliver(chat).await?;
        let id = rig.handoff_id().await?;
        let sam = navigator(&rig, "sam@council.example", Team::Adult).await?;
        rig.act(id, &sam, Act::Claim).await??;
        rig.deliver(number).await?;
        rig.deliver(chat).await?;
        let reply = |text: &str, channel| Act::Reply { text: text.into(), channel };
        let texted_before = rig.recorder.to(number).len();
        rig.act(id, &sam, reply("By Telegram", Some(Channel::Telegram))).await??;
        rig.act(id, &sam, reply("By text", Some(Channel::Sms))).await??;
        ensure!(rig.deliver(chat).await? == ["By Telegram"], "the Telegram reply went by Telegram");
        ensure!(rig.recorder.to(number).split_off(texted_before) == ["By text"], "the SMS reply went by SMS");
        rig.say("c4", number, "STOP").await?;
        rig.deliver(number).await?;
        ensure!(rig.act(id, &sam, reply("hi", Some(Channel::Sms))).await? == Err(Refusal::OptedOut), "a stopped channel is refused");
        let texted_before = rig.recorder.to(number).len();
        rig.act(id, &sam, reply("Still here", None)).await??;
        ensure!(rig.deliver(chat).await? == ["Still here"], "with no choice, a channel not stopped");
        ensure!(rig.recorder.to(number).len() == texted_before, "nothing by SMS after STOP");
        Ok(())
    })
    .await;
}

/// A key of a reply keyboard sends its label; the bot reads it as the button's data (here a
/// label nobody would type, whose data asks for a person), but only a key of the last reply's
/// keyboard: the same words after a reply with inline buttons are read as words.
#[tokio::test]
async fn a_reply_keyboard_key_is_read_as_its_buttons_data() {
    on_both(|store| async move {
        let rig = rig(store).await?;
        let chat = "5550041";
        let telegram = |id: &str, text: &str| rig.pipeline.handle(on_channel(flows::Channel::Telegram, id, chat, text));
        let last_reply_shows = |keyboard: bool| {
            let body = serde_json::json!({ "text": "Pick one", "buttons": [["Zebra crossing", "PERSON"]], "keyboard": keyboard });
            let store = rig.store.clone();
            async move {
                let mut conn = store.writer().await?;
                sqlx::query("UPDATE outbox SET body = $1 WHERE id = (SELECT MAX(id) FROM outbox)")
                    .bind(body.to_string())
                    .execute(&mut *conn)
                    .await?;
                anyhow::Ok(())
            }
        };
        telegram("z1", "hi").await?;
        rig.deliver(chat).await?;
        last_reply_shows(false).await?;
        telegram("z2", "zebra crossing").await?;
        ensure!(rig.count("SELECT COUNT(*) FROM handoffs").await? == 0, "inline buttons' labels are only words");
        rig.deliver(chat).await?;
        last_reply_shows(true).await?;
        telegram("z3", "Zebra crossing").await?;
        ensure!(rig.count("SELECT COUNT(*) FROM handoffs").await? == 1, "the key was read as PERSON");
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
        let version: i64 = sqlx::query("SELECT version FROM conversations").fetch_one(&mut *rig.store.reader().await?).await?.get(0);
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
        let person: PersonId = sqlx::query("SELECT person_id FROM addresses").fetch_one(&mut *rig.store.reader().await?).await?.get(0);
        let mut conn = rig.store.reader().await?;
        scheduled::schedule(&mut conn, &person, scheduled::CHECK_IN, 0).await?;
        let due = scheduled::claim_due(&mut conn, 60_000).await?.expect("due now");
        drop(conn);
        let turns_before: i64 = rig.count("SELECT version FROM conversations").await?;
        rig.pipeline.handle_due(&due).await?;
        ensure!(rig.count("SELECT COUNT(*) FROM scheduled WHERE done_at IS NULL").await? == 0, "the job is done");
        ensure!(rig.count("SELECT version FROM conversations").await? == turns_before + 1, "the check-in was a turn");
        let mut conn = rig.store.reader().await?;
        ensure!(scheduled::claim_due(&mut conn, 60_000).await?.is_none(), "a done job never comes back");
        ensure!(!transcript::until(&mut conn, &person, i64::MAX).await?.is_empty());
        Ok(())
    })
    .await;
}

/// A navigator's account, made directly in the store as `frontdoor navigator add` would.
async fn navigator(rig: &Rig, email: &str, team: bot::store::handoffs::Team) -> Result<bot::store::navigators::Navigator> {
    let mut conn = rig.store.reader().await?;
    bot::store::navigators::create(&mut conn, email, false, team, &format!("hash-of-{email}"), i64::MAX).await
}

impl Rig {
    /// The open handoff's id for the only person waiting.
    async fn handoff_id(&self) -> Result<i64> {
        Ok(sqlx::query("SELECT id FROM handoffs WHERE resolved_at IS NULL").fetch_one(&mut *self.store.reader().await?).await?.get(0))
    }

    async fn act(
        &self,
        handoff_id: i64,
        navigator: &bot::store::navigators::Navigator,
        act: bot::handover::Act,
    ) -> Result<Result<(), bot::handover::Refusal>> {
        let request = bot::handover::Request { handoff_id, navigator: navigator.clone(), act };
        self.pipeline.navigator(&request).await
    }
}

#[tokio::test]
async fn a_navigator_takes_the_chat_the_bot_goes_quiet_but_crisis_help_still_goes_out() {
    use bot::handover::{Act, Outcome, Refusal};
    use bot::store::handoffs::Team;
    on_both(|store| async move {
        let rig = rig(store).await?;
        let number = "+447700900010";
        rig.say("n1", number, "PERSON").await?;
        rig.deliver(number).await?;
        let id = rig.handoff_id().await?;
        let sam = navigator(&rig, "sam@council.example", Team::Adult).await?;
        let alex = navigator(&rig, "alex@council.example", Team::Adult).await?;
        let youth = navigator(&rig, "jo@council.example", Team::Youth).await?;
        ensure!(rig.act(id, &youth, Act::Claim).await? == Err(Refusal::OtherTeam("adult")), "an adult chat went to the youth team");
        ensure!(rig.act(id, &sam, Act::Reply { text: "hi".into(), channel: None }).await? == Err(Refusal::NotHeld));
        ensure!(rig.act(id, &sam, Act::Claim).await?.is_ok());
        let joined = rig.deliver(number).await?;
        ensure!(joined.len() == 1 && joined[0].contains("joined"), "the person is told a person is here: {joined:?}");
        ensure!(
            rig.act(id, &alex, Act::Claim).await? == Err(Refusal::HeldBy("sam@council.example".into())),
            "two navigators hold one chat"
        );

        rig.say("n2", number, "thanks, I'd like to find a choir").await?;
        ensure!(rig.deliver(number).await?.is_empty(), "the bot spoke while a navigator held the chat");
        rig.act(
            id,
            &sam,
            Act::Reply { text: "Hello, it's Sam \u{2014} there's a choir on Tuesdays \u{201c}Sing Out\u{201d}".into(), channel: None },
        )
        .await??;
        let reply = rig.deliver(number).await?;
        ensure!(reply.len() == 1 && reply[0].contains("Sing Out") && reply[0].is_ascii(), "the reply is rendered for SMS: {reply:?}");
        let author: String =
            sqlx::query("SELECT author FROM messages ORDER BY id DESC").fetch_one(&mut *rig.store.reader().await?).await?.get(0);
        ensure!(author == "navigator", "the transcript shows who wrote it ({author})");
        let too_long = Act::Reply { text: "word ".repeat(200), channel: None };
        ensure!(matches!(rig.act(id, &sam, too_long).await?, Err(Refusal::Unsendable(_))), "an over-long reply is refused");

        rig.say("n3", number, "I can't go on, I'm going to end my life tonight").await?;
        let help = rig.deliver(number).await?;
        ensure!(help.iter().any(|text| text.contains("999")), "crisis help is sent even while held: {help:?}");

        rig.act(id, &sam, Act::Note { body: "Prefers mornings".into() }).await??;
        rig.act(id, &sam, Act::Resolve { outcome: Outcome::JoinedGroup }).await??;
        let back = rig.deliver(number).await?;
        ensure!(back.len() == 1 && back[0].contains("back with Front Door"), "the person is told the bot is back: {back:?}");
        ensure!(rig.count("SELECT COUNT(*) FROM outcomes WHERE outcome = 'navigator_joined_group'").await? == 1);
        ensure!(rig.act(id, &sam, Act::Claim).await? == Err(Refusal::Gone), "a resolved chat was claimed");
        let audited = rig.count("SELECT COUNT(*) FROM audit_log WHERE action IN ('claim', 'reply', 'note', 'resolve')").await?;
        ensure!(audited == 4, "every act is audited ({audited})");
        rig.say("n4", number, "hello again").await?;
        ensure!(!rig.deliver(number).await?.is_empty(), "the bot answers again after the handback");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_released_chat_goes_back_to_the_queue_and_a_transfer_is_silent() {
    use bot::handover::Act;
    use bot::store::handoffs::Team;
    on_both(|store| async move {
        let rig = rig(store).await?;
        let number = "+447700900011";
        rig.say("r1", number, "can I talk to a real person").await?;
        rig.deliver(number).await?;
        let id = rig.handoff_id().await?;
        let sam = navigator(&rig, "sam@council.example", Team::Adult).await?;
        let alex = navigator(&rig, "alex@council.example", Team::Adult).await?;
        rig.act(id, &sam, Act::Claim).await??;
        rig.deliver(number).await?;
        rig.act(id, &sam, Act::Transfer { to: alex.clone() }).await??;
        ensure!(rig.deliver(number).await?.is_empty(), "a transfer sends nothing");
        ensure!(rig.act(id, &sam, Act::Reply { text: "hi".into(), channel: None }).await?.is_err(), "the old holder can still reply");
        rig.act(id, &alex, Act::Release).await??;
        let released = rig.deliver(number).await?;
        ensure!(released.len() == 1 && released[0].contains("step away"), "{released:?}");
        let waiting = rig.count("SELECT COUNT(*) FROM handoffs WHERE resolved_at IS NULL AND claimed_by IS NULL").await?;
        ensure!(waiting == 1, "the released chat is not back in the queue");
        rig.act(id, &sam, Act::Claim).await??;
        Ok(())
    })
    .await;
}

/// The directory, watching while it searches whether any transaction on the database is open:
/// a turn must hold none while the query is embedded on the model's thread.
struct Watchful {
    inner: DirectorySearch,
    store: Store,
    open_during_search: Mutex<Vec<bool>>,
}

impl Directory for Watchful {
    fn search(&self, request: flows::SearchRequest) -> futures::future::BoxFuture<'_, Result<bot::pipeline::Findings>> {
        Box::pin(async move {
            let open = a_transaction_is_open(&self.store).await?;
            self.open_during_search.lock().expect("lock").push(open);
            self.inner.search(request).await
        })
    }

    fn settle_place<'a>(&'a self, words: &'a str) -> futures::future::BoxFuture<'a, Result<Option<String>>> {
        Box::pin(self.inner.settle_place(words))
    }

    fn place_named_in<'a>(&'a self, text: &'a str) -> futures::future::BoxFuture<'a, Result<Option<String>>> {
        Box::pin(self.inner.place_named_in(text))
    }

    fn area_of<'a>(&'a self, request: &'a flows::SearchRequest) -> futures::future::BoxFuture<'a, Result<Option<String>>> {
        self.inner.area_of(request)
    }
}

/// Whether another connection holds a transaction open: on PostgreSQL as the server reports it,
/// on SQLite by whether the write lock can be taken at once.
async fn a_transaction_is_open(store: &Store) -> Result<bool> {
    let mut conn = store.reader().await?;
    if store.backend == bot::store::Backend::Postgres {
        let sql = "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() \
                   AND state LIKE 'idle in transaction%' AND pid <> pg_backend_pid()";
        let open: i64 = sqlx::query(sql).fetch_one(&mut *conn).await?.get(0);
        return Ok(open > 0);
    }
    sqlx::query("PRAGMA busy_timeout = 0").execute(&mut *conn).await?;
    let locked = sqlx::query("BEGIN IMMEDIATE").execute(&mut *conn).await.is_err();
    if !locked {
        sqlx::query("ROLLBACK").execute(&mut *conn).await?;
    }
    sqlx::query("PRAGMA busy_timeout = 10000").execute(&mut *conn).await?;
    Ok(locked)
}

#[tokio::test]
async fn no_transaction_is_open_while_a_search_embeds_its_query() {
    on_both(|store| async move {
        let understanding = model().await;
        let inner = DirectorySearch::new(store.clone(), understanding.clone(), &test_config())?;
        let watchful = Arc::new(Watchful { inner, store: store.clone(), open_during_search: Mutex::default() });
        let rig = rig_searching(store, understanding, watchful.clone()).await?;
        let number = "+447700900013";
        rig.say("w1", number, "I'd love to find a walking group in Batley").await?;
        rig.say("w2", number, "weekday mornings").await?;
        let seen = watchful.open_during_search.lock().expect("lock").clone();
        ensure!(!seen.is_empty(), "the turn searched");
        ensure!(seen.iter().all(|open| !open), "a transaction was open during a search: {seen:?}");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn searches_are_counted_by_their_labels_only_and_more_is_not_counted_twice() {
    on_both(|store| async move {
        let rig = rig(store).await?;
        let number = "+447700900012";
        rig.say("f1", number, "I'd love to find a walking group in Batley").await?;
        rig.say("f2", number, "weekday mornings").await?;
        ensure!(rig.count("SELECT COUNT(*) FROM asks").await? == 1, "the search was not counted");
        rig.say("f3", number, "MORE").await?;
        ensure!(rig.count("SELECT COUNT(*) FROM asks").await? == 1, "MORE counted the same need again");
        let row = sqlx::query("SELECT tags, cohort, area FROM asks").fetch_one(&mut *rig.store.reader().await?).await?;
        let (tags, cohort, area): (String, Option<String>, Option<String>) = (row.get(0), row.get(1), row.get(2));
        ensure!(tags.split(',').any(|tag| tag == "walking_outdoors") && cohort.is_none(), "{tags} {cohort:?}");
        ensure!(area.as_deref() == Some("kirklees"), "the council area, not the town: {area:?}");
        ensure!(!tags.contains("Batley") && !tags.contains("morning"), "the figures kept the person's words: {tags}");
        let mut conn = rig.store.reader().await?;
        let summary = bot::store::figures::summary(&mut conn, 0).await?;
        ensure!(summary.searches == 1 && summary.asked_for.iter().any(|(tag, count)| tag == "walking_outdoors" && *count == 1));
        ensure!(summary.searches_by_area == [("kirklees".to_string(), 1)], "{:?}", summary.searches_by_area);
        ensure!(summary.searches_by_cohort == [("no school code".to_string(), 1)], "{:?}", summary.searches_by_cohort);
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_reply_to_someone_who_texted_stop_is_refused_until_they_text_start() {
    use bot::handover::{Act, Refusal};
    use bot::store::handoffs::Team;
    on_both(|store| async move {
        let rig = rig(store).await?;
        let number = "+447700900012";
        rig.say("o1", number, "PERSON").await?;
        rig.deliver(number).await?;
        let id = rig.handoff_id().await?;
        let sam = navigator(&rig, "sam@council.example", Team::Adult).await?;
        rig.act(id, &sam, Act::Claim).await??;
        rig.deliver(number).await?;
        rig.say("o2", number, "STOP").await?;
        rig.deliver(number).await?;
        let queued = rig.count("SELECT COUNT(*) FROM outbox").await?;
        let reply = || Act::Reply { text: "Hello, it's Sam".into(), channel: None };
        ensure!(rig.act(id, &sam, reply()).await? == Err(Refusal::OptedOut), "a reply to someone who opted out was accepted");
        ensure!(rig.count("SELECT COUNT(*) FROM outbox").await? == queued, "a refused reply was queued");
        rig.act(id, &sam, Act::Note { body: "Texted STOP".into() }).await??;
        rig.say("o3", number, "START").await?;
        rig.deliver(number).await?;
        rig.act(id, &sam, reply()).await??;
        ensure!(rig.deliver(number).await?.iter().any(|text| text.contains("Sam")), "the reply after START was not sent");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn joining_a_school_moves_a_waiting_handoff_to_the_youth_team_with_an_audit_row() {
    use bot::handover::{Act, Refusal};
    use bot::store::handoffs::Team;
    on_both(|store| async move {
        let rig = rig(store).await?;
        let number = "+447700900013";
        rig.say("j1", number, "PERSON").await?;
        rig.deliver(number).await?;
        let id = rig.handoff_id().await?;
        rig.say("j2", number, "JOIN HUDD6F").await?;
        let joined = rig.deliver(number).await?;
        ensure!(joined.iter().any(|text| text.contains("Huddersfield")), "the school was not joined: {joined:?}");
        let team: String =
            sqlx::query("SELECT team FROM handoffs WHERE id = $1").bind(id).fetch_one(&mut *rig.store.reader().await?).await?.get(0);
        ensure!(team == "youth", "the waiting handoff stayed with the {team} team after JOIN");
        let audited = sqlx::query("SELECT COUNT(*) FROM audit_log WHERE action = 'moved_to_youth' AND handoff_id = $1")
            .bind(id)
            .fetch_one(&mut *rig.store.reader().await?)
            .await?
            .get::<i64, _>(0);
        ensure!(audited == 1, "the move is not in the audit trail ({audited} rows)");
        rig.say("j3", number, "JOIN BATLEY6").await?;
        rig.deliver(number).await?;
        let moves = rig.count("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'moved_to_%'").await?;
        ensure!(moves == 1, "a handoff already with the right team was moved again ({moves} moves)");
        let adult = navigator(&rig, "sam@council.example", Team::Adult).await?;
        let youth = navigator(&rig, "jo@council.example", Team::Youth).await?;
        ensure!(rig.act(id, &adult, Act::Claim).await? == Err(Refusal::OtherTeam("youth")), "the adult team took a young person's chat");
        rig.act(id, &youth, Act::Claim).await??;
        Ok(())
    })
    .await;
}

/// The commissioners' report, driven through the pipeline by known conversations and read off
/// the page they get: every count on it is the one these conversations give, small ones hidden.
/// Six people ask for a walking group in Batley (this rig's directory is empty, so none is
/// found: a gap in provision in Kirklees), one asks for a person, one is in danger, and one
/// joins with a school code.
#[tokio::test]
async fn the_report_page_counts_what_known_conversations_did() {
    on_both(|store| async move {
        let rig = rig(store).await?;
        for person in 0..6 {
            let number = format!("+4477009003{person:02}");
            rig.say(&format!("walk{person}"), &number, "I'd love to find a walking group in Batley").await?;
            rig.say(&format!("when{person}"), &number, "weekday mornings").await?;
        }
        rig.say("person", "+447700900400", "PERSON").await?;
        rig.say("danger", "+447700900401", "I'm going to kill myself tonight").await?;
        rig.say("school", "+447700900402", "JOIN batley6").await?;
        let mut conn = rig.store.reader().await?;
        let summary = bot::store::figures::summary(&mut conn, 0).await?;
        let page = bot::report::page(&summary, "all time");
        let month = summary.started_by_month.first().map(|(month, _)| month.clone()).unwrap_or_default();
        ensure!(month.len() == 7 && month.as_bytes()[4] == b'-', "this month, YYYY-MM: {month:?}");
        let rows =
            |cells: &[&[&str]]| cells.iter().map(|row| row.iter().map(|cell| cell.to_string()).collect()).collect::<Vec<Vec<String>>>();
        let expected: Vec<(String, Vec<Vec<String>>)> = [
            ("totals", rows(&[&["searches", "6"], &["found nothing", "6"], &["school searches", "0"], &["listing reports", "0"]])),
            ("started_by_month", rows(&[&[&month, "9"]])),
            ("started_by_channel", rows(&[&["sms", "9"]])),
            ("started_by_cohort", rows(&[&["no school code", "8"], &["BATLEY6", "fewer than 5"]])),
            ("by_month", rows(&[&[&month, "6", "6", "0"]])),
            ("asked_for", rows(&[&["walking outdoors", "6"]])),
            ("nothing_found_for", rows(&[&["walking outdoors", "6"]])),
            ("searches_by_area", rows(&[&["kirklees", "6"]])),
            ("nothing_found_by_area", rows(&[&["kirklees", "6"]])),
            ("searches_by_cohort", rows(&[&["no school code", "6"]])),
            ("outcomes", rows(&[&["None yet"]])),
            ("handoffs", rows(&[&["asked for a person", "fewer than 5", "0", ""], &["crisis reply", "fewer than 5", "0", ""]])),
            ("feeling_connected", rows(&[&["more", "0"], &["same", "0"], &["less", "0"]])),
        ]
        .into_iter()
        .map(|(name, rows)| (name.to_string(), rows))
        .collect();
        let shown = counts_by_table(&page);
        ensure!(shown == expected, "the page shows {shown:#?}");
        Ok(())
    })
    .await;
}

/// Each table of a report page by its name, with the text of each row's cells (bars left out).
fn counts_by_table(page: &str) -> Vec<(String, Vec<Vec<String>>)> {
    page.split("<table class=\"figures\" id=\"table-")
        .skip(1)
        .map(|table| {
            let (name, body) = table.split_once('"').expect("a named table");
            let body = &body[..body.find("</table>").expect("a closed table")];
            let rows = body
                .split("<tr>")
                .skip(2)
                .map(|row| {
                    row.split("<td")
                        .skip(1)
                        .map(|cell| cell[cell.find('>').unwrap() + 1..cell.find("</td>").unwrap()].to_string())
                        .filter(|cell| !cell.starts_with("<svg"))
                        .collect()
                })
                .collect();
            (name.to_string(), rows)
        })
        .collect()
}
