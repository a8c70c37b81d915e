//! The one inbound pipeline every channel uses.
//!
//! verify and parse (in the channel) → classify → in one transaction: record the delivery once,
//! find the person, load their conversation, step the flows (answering their directory
//! searches), save the new state and queue the replies → commit → wake the outbox. A webhook is
//! acknowledged only after the commit, so an acknowledged message is never lost, and a second
//! delivery of the same provider id finds its record and changes nothing.

use crate::channels::{channel_id, Inbound, InboundKind, OutMessage};
use crate::handover::{self, Refusal};
use crate::store::{self, conversations, deliveries, figures, handoffs, outbox, people, scheduled, transcript};
use crate::store::transcript::Author;
use anyhow::{anyhow, bail, Context, Result};
use flows::{Action, Event, Facts, SearchRequest, Suggestion};
use futures::future::BoxFuture;
use nlp::Classification;
use sqlx::AnyConnection;
use std::collections::VecDeque;
use std::sync::Arc;
use tokio::sync::Notify;

/// The classifier as the pipeline sees it: asynchronous, so inference stays off the runtime.
pub trait Understand: Send + Sync {
    /// Classifies one message, read with the person's earlier messages (oldest first), so a
    /// weak sign of danger after earlier ones is read for what it is.
    fn understand(&self, text: String, earlier: Vec<String>) -> BoxFuture<'static, Result<Classification>>;

    /// Whether the model is running now, for the health check.
    fn is_ready(&self) -> bool;
}

/// How many of a person's earlier messages a new one is read with.
const CONTEXT_MESSAGES: i64 = nlp::reader::CONTEXT_MESSAGES as i64;

/// How far back those messages may be: a conversation, not last month's.
const CONTEXT_WINDOW_MS: i64 = 24 * 60 * 60 * 1000;

/// The directory as the flows' searches see it.
pub trait Directory: Send + Sync {
    /// Finds what fits the request, best first.
    fn search(&self, request: SearchRequest) -> BoxFuture<'_, Result<Vec<Suggestion>>>;
}

/// What became of one inbound delivery.
#[derive(Debug, Clone, PartialEq)]
pub enum Handled {
    /// Processed and committed: safe to acknowledge.
    Done {
        /// The person's pseudonymous id, for logs.
        person_id: String,
    },
    /// The provider delivered this id before; nothing changed and nothing was sent.
    Duplicate,
    /// A scheduled job whose person has been erased since: marked done, nothing sent.
    Forgotten,
}

/// How many times a turn is retried when another replica saved the same conversation first.
const MAX_TURN_ATTEMPTS: usize = 5;

/// How many directory searches one turn may ask for, so a flow bug cannot loop forever.
const MAX_SEARCHES_PER_TURN: usize = 3;

/// The most SMS parts a navigator's reply may take: longer than the bot's two, since a person
/// wrote it, but short enough to arrive as one message on an old handset.
pub const MAX_NAVIGATOR_SMS_PARTS: usize = 4;

/// Everything a turn needs, shared by the server, the workers and `frontdoor chat`.
pub struct Pipeline {
    /// Where everything is kept.
    store: store::Store,
    /// The classifier.
    understand: Arc<dyn Understand>,
    /// Templates and copy, rendered per channel.
    content: Arc<flows::Content>,
    /// Answers the flows' searches.
    directory: Arc<dyn Directory>,
    /// Tells the outbox worker there is something new to send.
    outbox_wake: Arc<Notify>,
    /// The area and opening hours the flows are told about.
    setting: Setting,
}

/// Facts about the deployment that every turn tells the flows.
#[derive(Debug, Clone)]
pub struct Setting {
    /// The council area, for crisis numbers.
    pub area: Option<String>,
    /// When navigators are on shift.
    pub navigator_hours: crate::hours::OpeningHours,
}

/// What starts a turn.
enum Trigger<'a> {
    /// A person did something, already classified.
    Inbound(&'a Inbound, Event),
    /// A scheduled job came due.
    Due(&'a scheduled::Due),
    /// A navigator acted from the console.
    Navigator(&'a handover::Request),
}

impl Trigger<'_> {
    /// For logs.
    fn name(&self) -> &'static str {
        match self {
            Trigger::Inbound(..) => "message",
            Trigger::Due(..) => "scheduled job",
            Trigger::Navigator(..) => "navigator's act",
        }
    }
}

/// How one try at a turn ended.
enum Attempt {
    /// Commit, and report this.
    Finished(Handled),
    /// Roll back and try again.
    Conflict,
    /// Roll back: a navigator's act was not allowed.
    Refused(Refusal),
}

/// The result of stepping a conversation.
enum Turn {
    /// Saved; commit.
    Saved,
    /// Someone else saved this conversation first; roll back and try again.
    Conflict,
}

impl Pipeline {
    /// Puts the parts together.
    pub fn new(
        store: store::Store,
        understand: Arc<dyn Understand>,
        content: Arc<flows::Content>,
        directory: Arc<dyn Directory>,
        outbox_wake: Arc<Notify>,
        setting: Setting,
    ) -> Pipeline {
        Pipeline { store, understand, content, directory, outbox_wake, setting }
    }

    /// Handles one inbound delivery from any channel, exactly once per provider id.
    pub async fn handle(&self, inbound: Inbound) -> Result<Handled> {
        let event = self.event_for(&inbound).await?;
        self.run(Trigger::Inbound(&inbound, event)).await?.map_err(|refusal| anyhow!(refusal))
    }

    /// Delivers a scheduled job (a check-in) as an event, marking it done in the same turn.
    pub async fn handle_due(&self, due: &scheduled::Due) -> Result<()> {
        self.run(Trigger::Due(due)).await?.map_err(|refusal| anyhow!(refusal))?;
        Ok(())
    }

    /// Does what a navigator asked in the console, with the handoff, the flows' state and any
    /// message to the person changing in one transaction; a refusal changes nothing.
    pub async fn navigator(&self, request: &handover::Request) -> Result<Result<(), Refusal>> {
        Ok(self.run(Trigger::Navigator(request)).await?.map(|_| ()))
    }

    /// The templates, copy and school codes the pipeline renders with, for the console.
    pub fn content(&self) -> &flows::Content {
        &self.content
    }

    /// Runs a turn in its own transaction, again if another replica saved the conversation first.
    async fn run(&self, trigger: Trigger<'_>) -> Result<Result<Handled, Refusal>> {
        for _ in 0..MAX_TURN_ATTEMPTS {
            let mut tx = self.store.pool.begin().await?;
            match self.attempt(&mut tx, &trigger).await? {
                Attempt::Conflict => tx.rollback().await?,
                Attempt::Refused(refusal) => {
                    tx.rollback().await?;
                    return Ok(Err(refusal));
                }
                Attempt::Finished(handled) => {
                    tx.commit().await.context("cannot commit the turn")?;
                    if let Handled::Done { person_id } = &handled {
                        self.outbox_wake.notify_one();
                        tracing::info!(person = %person_id, trigger = trigger.name(), "turn done");
                    }
                    return Ok(Ok(handled));
                }
            }
        }
        bail!("the conversation kept changing while a {} was handled", trigger.name())
    }

    /// One try at a turn: find who it concerns, then step their conversation.
    async fn attempt(&self, conn: &mut AnyConnection, trigger: &Trigger<'_>) -> Result<Attempt> {
        let (person, channel, event) = match trigger {
            Trigger::Inbound(inbound, event) => {
                let channel = channel_id(inbound.channel);
                if !deliveries::record_first(conn, channel, &inbound.provider_id).await? {
                    tracing::info!(channel, "duplicate delivery ignored");
                    return Ok(Attempt::Finished(Handled::Duplicate));
                }
                let person = people::find_or_create(conn, channel, &inbound.address).await?;
                if let InboundKind::Text(text) = &inbound.kind {
                    transcript::append(conn, &person.id, Author::Person, text).await?;
                }
                (person, inbound.channel, event.clone())
            }
            Trigger::Due(due) => {
                scheduled::mark_done(conn, due.id).await?;
                let Some((person, channel)) = person_and_channel(conn, &due.person_id).await? else {
                    return Ok(Attempt::Finished(Handled::Forgotten));
                };
                (person, channel, Event::CheckInDue)
            }
            Trigger::Navigator(request) => {
                let plan = match handover::apply(conn, request).await? {
                    Ok(plan) => plan,
                    Err(refusal) => return Ok(Attempt::Refused(refusal)),
                };
                let Some((person, channel)) = person_and_channel(conn, &plan.person_id).await? else {
                    return Ok(Attempt::Refused(Refusal::Gone));
                };
                if let Some(text) = &plan.reply {
                    if let Err(refusal) = self.queue_navigator_reply(conn, &person.id, channel, text).await? {
                        return Ok(Attempt::Refused(refusal));
                    }
                }
                let Some(event) = plan.event else {
                    return Ok(Attempt::Finished(Handled::Done { person_id: person.id }));
                };
                (person, channel, event)
            }
        };
        Ok(match self.turn(conn, &person, channel, event).await? {
            Turn::Saved => Attempt::Finished(Handled::Done { person_id: person.id }),
            Turn::Conflict => Attempt::Conflict,
        })
    }

    /// Whether the classifier is running now (false while a failed inference thread restarts).
    pub fn classifier_ready(&self) -> bool {
        self.understand.is_ready()
    }

    /// Classifies text before any transaction opens, so no lock is held during inference.
    async fn event_for(&self, inbound: &Inbound) -> Result<Event> {
        Ok(match &inbound.kind {
            InboundKind::Text(text) => {
                let earlier = self.earlier_messages(inbound).await?;
                let meaning = self.understand.understand(text.clone(), earlier).await?;
                Event::Text { text: text.clone(), meaning }
            }
            InboundKind::Start(payload) => Event::Start { payload: payload.clone() },
            InboundKind::Location { lat, lon } => Event::Location { lat: *lat, lon: *lon },
            InboundKind::Unsupported(kind) => Event::Unsupported { kind: kind.clone() },
        })
    }

    /// The sender's own last few messages of the past day, read in one short query outside any
    /// transaction.
    async fn earlier_messages(&self, inbound: &Inbound) -> Result<Vec<String>> {
        let mut conn = self.store.pool.acquire().await?;
        let since = store::now_ms() - CONTEXT_WINDOW_MS;
        transcript::recent_from(&mut conn, channel_id(inbound.channel), &inbound.address, since, CONTEXT_MESSAGES).await
    }

    /// Runs one turn of a person's conversation inside the caller's transaction.
    async fn turn(
        &self,
        conn: &mut AnyConnection,
        person: &people::Person,
        channel: flows::Channel,
        event: Event,
    ) -> Result<Turn> {
        let saved = conversations::load(conn, &person.id).await?;
        let (state, version) = match saved {
            Some(saved) => (decode_state(&saved.state), saved.version),
            None => (flows::State::default(), 0),
        };
        let facts = self.facts(channel);
        let (state, actions, asks) = self.step_through(&state, event, &facts).await?;
        let erased = self.apply(conn, person, channel, actions).await?;
        for ask in asks.iter().filter(|ask| ask.is_fresh()) {
            figures::record_ask(conn, &ask.request.tags, person.cohort.as_deref(), ask.found).await?;
        }
        if erased {
            return Ok(Turn::Saved);
        }
        let json = serde_json::to_string(&state).context("the flows' state does not serialise")?;
        Ok(if conversations::save(conn, &person.id, &json, version).await? {
            Turn::Saved
        } else {
            Turn::Conflict
        })
    }

    /// What the flows are told about the world this turn.
    fn facts(&self, channel: flows::Channel) -> Facts {
        let now = store::now_ms() / 1000;
        Facts {
            now,
            channel,
            area: self.setting.area.clone(),
            navigators_open: self.setting.navigator_hours.open_at(now),
            navigators_back: self.setting.navigator_hours.back_in_words(now),
            schools: self.content.schools(),
        }
    }

    /// Steps the flows, answering each directory search with a further step, until only
    /// actions for the bot remain; also returns the searches made, for the figures.
    async fn step_through(
        &self,
        state: &flows::State,
        event: Event,
        facts: &Facts,
    ) -> Result<(flows::State, Vec<Action>, Vec<Asked>)> {
        let (mut state, first) = flows::step(state, event, facts);
        let mut pending: VecDeque<Action> = first.into();
        let mut done = Vec::new();
        let mut asks = Vec::new();
        let mut searches = 0;
        while let Some(action) = pending.pop_front() {
            let Action::Search(request) = action else {
                done.push(action);
                continue;
            };
            searches += 1;
            if searches > MAX_SEARCHES_PER_TURN {
                bail!("the flows asked for more than {MAX_SEARCHES_PER_TURN} searches in one turn");
            }
            let suggestions = self.directory.search(request.clone()).await?;
            asks.push(Asked { request, found: suggestions.len() });
            let (next, more) = flows::step(&state, Event::Found { suggestions }, facts);
            state = next;
            pending.extend(more);
        }
        Ok((state, done, asks))
    }

    /// Does what the flows asked, in the turn's transaction; true when the person was erased.
    async fn apply(
        &self,
        conn: &mut AnyConnection,
        person: &people::Person,
        channel: flows::Channel,
        actions: Vec<Action>,
    ) -> Result<bool> {
        let erased = actions.iter().any(|action| matches!(action, Action::Erase));
        if erased {
            people::begin_erasure(conn, &person.id).await?;
        }
        let urgent = actions
            .iter()
            .any(|action| matches!(action, Action::Handoff { urgency: flows::Urgency::Urgent, .. }));
        let tone = Tone {
            urgent,
            // The confirmation of STOP, and urgent help to someone who opted out but wrote to us
            // with signs of danger, are the only messages an opt-out lets through.
            ignores_opt_out: urgent || actions.iter().any(|action| matches!(action, Action::OptOut)),
            keep_transcript: !erased,
            author: Author::Bot,
        };
        for action in actions {
            self.apply_one(conn, person, channel, action, &tone).await?;
        }
        Ok(erased)
    }

    async fn apply_one(
        &self,
        conn: &mut AnyConnection,
        person: &people::Person,
        channel: flows::Channel,
        action: Action,
        tone: &Tone,
    ) -> Result<()> {
        let id = person.id.as_str();
        match action {
            Action::Send(reply) => self.queue_reply(conn, id, channel, &reply, tone).await?,
            Action::Handoff { urgency, summary } => {
                let team = handoffs::Team::for_cohort(person.cohort.as_deref());
                handoffs::open(conn, id, urgency_id(urgency), &summary, team).await?
            }
            Action::ScheduleCheckIn { after_secs } => {
                let due_at = store::now_ms() + after_secs.saturating_mul(1000);
                scheduled::schedule(conn, id, scheduled::CHECK_IN, due_at).await?
            }
            Action::CancelCheckIns => scheduled::cancel(conn, id).await?,
            Action::RecordOutcome { outcome } => {
                figures::record_outcome(conn, &outcome, person.cohort.as_deref()).await?
            }
            Action::OptOut => {
                people::set_opted_out(conn, id, true).await?;
                scheduled::cancel(conn, id).await?
            }
            Action::OptIn => people::set_opted_out(conn, id, false).await?,
            Action::JoinCohort { code } => people::set_cohort(conn, id, &code).await?,
            Action::ReportListing { service_id, note } => {
                figures::report_listing(conn, &service_id, &note).await?
            }
            Action::Erase | Action::Search(_) => {}
        }
        Ok(())
    }

    /// Renders a reply for the person's channel and queues it.
    async fn queue_reply(
        &self,
        conn: &mut AnyConnection,
        person_id: &str,
        channel: flows::Channel,
        reply: &flows::Reply,
        tone: &Tone,
    ) -> Result<()> {
        let rendered = self
            .content
            .render(reply, channel)
            .with_context(|| format!("cannot render the template {}", reply.template))?;
        let message = OutMessage {
            text: rendered.text,
            buttons: rendered.buttons.into_iter().map(|button| (button.label, button.data)).collect(),
        };
        let body = serde_json::to_string(&message)?;
        let queued = outbox::NewMessage {
            person_id,
            channel: channel_id(channel),
            body: &body,
            urgent: tone.urgent,
            ignores_opt_out: tone.ignores_opt_out,
        };
        outbox::enqueue(conn, &queued).await?;
        if tone.keep_transcript {
            transcript::append(conn, person_id, tone.author, &message.text).await?;
        }
        Ok(())
    }

    /// Queues a navigator's words for the person, rendered for their channel (plain GSM-7 on
    /// SMS); refused when empty or longer than [`MAX_NAVIGATOR_SMS_PARTS`] SMS parts.
    async fn queue_navigator_reply(
        &self,
        conn: &mut AnyConnection,
        person_id: &str,
        channel: flows::Channel,
        text: &str,
    ) -> Result<Result<(), Refusal>> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(Err(Refusal::Unsendable("Write a message first.".into())));
        }
        let reply = flows::Reply { template: "navigator_reply".into(), vars: serde_json::json!({ "text": text }) };
        let parts = flows::sms::segments(&self.content.render(&reply, flows::Channel::Sms)?.text).count;
        if parts > MAX_NAVIGATOR_SMS_PARTS {
            let limit = MAX_NAVIGATOR_SMS_PARTS;
            return Ok(Err(Refusal::Unsendable(format!(
                "That would take {parts} text messages; keep it to {limit} (about {} characters).",
                limit * 153
            ))));
        }
        let tone = Tone { urgent: false, ignores_opt_out: false, keep_transcript: true, author: Author::Navigator };
        self.queue_reply(conn, person_id, channel, &reply, &tone).await?;
        Ok(Ok(()))
    }
}

/// A search the flows made this turn and how many suggestions it found.
struct Asked {
    request: SearchRequest,
    found: usize,
}

impl Asked {
    /// A new need rather than `MORE` of one already answered, which would count it twice.
    fn is_fresh(&self) -> bool {
        !self.request.more
    }
}

/// How the replies of one turn are to be sent.
struct Tone {
    /// Crisis replies go to the front of the outbox.
    urgent: bool,
    /// The confirmation of an opt-out, and urgent help, are still sent.
    ignores_opt_out: bool,
    /// After an erasure nothing new is written about the person.
    keep_transcript: bool,
    /// Whose words the transcript records them as.
    author: Author,
}

fn urgency_id(urgency: flows::Urgency) -> &'static str {
    match urgency {
        flows::Urgency::Normal => "normal",
        flows::Urgency::Urgent => "urgent",
    }
}

/// Reads a saved state; one that no longer fits the flows (after an upgrade) starts afresh
/// rather than stopping the person's messages.
fn decode_state(json: &str) -> flows::State {
    serde_json::from_str(json).unwrap_or_else(|error| {
        tracing::warn!(%error, "a saved conversation no longer fits the flows; starting it afresh");
        flows::State::default()
    })
}

/// The person a job concerns and the channel to reach them on, if they are still known.
async fn person_and_channel(
    conn: &mut AnyConnection,
    person_id: &str,
) -> Result<Option<(people::Person, flows::Channel)>> {
    let Some(person) = people::get(conn, person_id).await? else {
        return Ok(None);
    };
    let channel = people::channels_of(conn, person_id)
        .await?
        .into_iter()
        .find_map(|id| crate::channels::channel_from_id(&id));
    Ok(channel.map(|channel| (person, channel)))
}
