//! The one inbound pipeline every channel uses.
//!
//! A message first goes into the inbox (`intake`), which is all a webhook waits for. A turn then
//! runs from the inbox: classify, load the conversation and step the flows (answering their
//! directory searches, which embed the query on the model's thread) with no transaction open and
//! no connection held while the model works; then, in one short transaction: take the inbox row
//! (only one turn can), write the transcript, apply the actions, queue the replies and save the
//! state with a version check (if the conversation changed meanwhile, the turn is thought again)
//! → commit → wake the outbox.
use crate::channels::{Inbound, InboundKind, OutMessage};
use crate::handover::{self, Refusal};
use crate::intake::{self, Accepted};
use crate::store::people::PersonId;
use crate::store::transcript::Author;
use crate::store::{self, conversations, figures, handoffs, inbox, outbox, people, scheduled, transcript};
use anyhow::{anyhow, bail, ensure, Context, Result};
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

/// What the directory answers one of the flows' searches with.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Findings {
    /// Up to the number asked for, best first.
    pub suggestions: Vec<Suggestion>,
    /// The kinds of activity the person named when none of `suggestions` is of them, as a reply
    /// names them ([`directory::activity::Asked::unmet`]), so the reply can say so plainly.
    pub unmet: Option<String>,
}

/// The directory as the flows' searches see it.
pub trait Directory: Send + Sync {
    /// Finds what fits the request, best first.
    fn search(&self, request: SearchRequest) -> BoxFuture<'_, Result<Findings>>;

    /// The one place words naming several places mean for this directory, when its venues
    /// settle it (see [`crate::search::DirectorySearch::settle_place`]); `None` leaves the
    /// conversation to ask which.
    fn settle_place<'a>(&'a self, words: &'a str) -> BoxFuture<'a, Result<Option<String>>>;

    /// The words of a message that name a neighbourhood on no map but where this directory's
    /// venues are (see [`crate::search::DirectorySearch::place_named_in`]), for a message the
    /// gazetteer found no place in.
    fn place_named_in<'a>(&'a self, text: &'a str) -> BoxFuture<'a, Result<Option<String>>>;

    /// The council area of the place a request was made near, for the figures (searches and
    /// gaps in provision by area): coarse enough to point at no one. `None` when the place is on
    /// no map and no venue of the directory places it, so the person is asked where again.
    fn area_of<'a>(&'a self, request: &'a SearchRequest) -> BoxFuture<'a, Result<Option<String>>>;
}

/// What became of one inbound delivery.
#[derive(Debug, Clone, PartialEq)]
pub enum Handled {
    /// Processed and committed: safe to acknowledge.
    Done {
        /// The person's pseudonymous id, for logs.
        person_id: PersonId,
    },
    /// The provider delivered this id before, or another worker's turn took this inbox row
    /// first; nothing changed and nothing was sent.
    Duplicate,
    /// A scheduled job whose person has been erased since: marked done, nothing sent.
    Forgotten,
}

/// How many times a turn is retried when another replica saved the same conversation first.
const MAX_TURN_ATTEMPTS: usize = 5;

/// How long a worker holds an inbox row while taking its turn unless it renews the lease (which
/// it does every third of it while the turn runs); after a crash, how soon another replica takes
/// the row. A turn that outlasts it anyway is safe, since only the turn that deletes the row
/// commits.
pub const INBOX_LEASE_MS: i64 = 3_000;

/// A message whose turn failed this many times is set aside so the person's later ones go on.
const MAX_INBOX_ATTEMPTS: i64 = 5;

/// How many inbox rows [`Pipeline::handle`] works at once.
const INBOX_BATCH: usize = 8;

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
    /// The youth team's opening hours, for young people who joined with a school code.
    pub youth_navigator_hours: crate::hours::OpeningHours,
}

/// What starts a turn.
enum Trigger<'a> {
    /// A person did something (an inbox row), already classified.
    Inbound(&'a inbox::Waiting, &'a InboundKind, Event),
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

/// A turn thought through outside any transaction: who, on which channel, and what the flows
/// decided from the conversation as it was at `version`.
struct Thought {
    /// Whom the turn concerns.
    person: people::Person,
    /// The channel replies go out on.
    channel: flows::Channel,
    /// The flows' new state.
    state: flows::State,
    /// The version of the conversation the state was stepped from; saving checks it.
    version: i64,
    /// What the flows asked the bot to do.
    actions: Vec<Action>,
    /// The directory searches made, for the figures.
    asks: Vec<Asked>,
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

    /// Takes one inbound delivery in and works the inbox until nothing is due, exactly once per
    /// provider id: `frontdoor chat` and the tests, which want the replies at once. The server
    /// instead acknowledges after [`intake::accept`] and leaves the turn to its inbox workers.
    pub async fn handle(&self, inbound: Inbound) -> Result<Handled> {
        let Accepted::Queued { person_id, .. } = intake::accept(&self.store, &inbound, None).await? else {
            return Ok(Handled::Duplicate);
        };
        while self.work_inbox(INBOX_BATCH).await? > 0 {}
        Ok(Handled::Done { person_id })
    }

    /// Claims up to `limit` due inbox rows (one per person) and takes their turns side by side;
    /// how many it claimed.
    pub async fn work_inbox(&self, limit: usize) -> Result<usize> {
        let claimed = self.claim_inbox(limit).await?;
        let count = claimed.len();
        futures::future::join_all(claimed.into_iter().map(|waiting| self.take_turn(waiting))).await;
        Ok(count)
    }

    /// Claims up to `limit` due inbox rows, at most one per person, for [`INBOX_LEASE_MS`].
    pub async fn claim_inbox(&self, limit: usize) -> Result<Vec<inbox::Waiting>> {
        let mut conn = self.store.writer().await?;
        inbox::claim_batch(&mut conn, INBOX_LEASE_MS, limit).await
    }

    /// Takes one claimed inbox row's turn; a failure is logged and the row is tried again when
    /// its lease runs out, or set aside after [`MAX_INBOX_ATTEMPTS`].
    pub async fn take_turn(&self, waiting: inbox::Waiting) {
        let Err(error) = self.try_turn(&waiting).await else {
            return;
        };
        let error = format!("{error:#}");
        if waiting.attempts < MAX_INBOX_ATTEMPTS {
            tracing::error!(person = %waiting.person_id, attempts = waiting.attempts, %error, "a turn failed; it will be tried again");
            return;
        }
        tracing::error!(person = %waiting.person_id, %error, "a turn failed again and again; the message is set aside");
        let set_aside = async {
            let mut conn = self.store.writer().await?;
            inbox::set_aside(&mut conn, waiting.id, &error).await
        };
        if let Err(error) = set_aside.await {
            tracing::error!(error = format!("{error:#}"), "could not set a failed message aside");
        }
    }

    /// Classifies an inbox row's message (no transaction open) and runs its turn.
    async fn try_turn(&self, waiting: &inbox::Waiting) -> Result<Handled> {
        let kind: InboundKind = serde_json::from_str(&waiting.kind)
            .map_err(|error| anyhow!("an inbox row is unreadable: {}", crate::telemetry::json_error_without_input(&error)))?;
        let event = self.event_for(&waiting.person_id, waiting.channel, &kind).await?;
        self.run(Trigger::Inbound(waiting, &kind, event)).await?.map_err(|refusal| anyhow!(refusal))
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

    /// Thinks a turn through, then records it in its own transaction; again if another replica
    /// saved the conversation in between.
    async fn run(&self, trigger: Trigger<'_>) -> Result<Result<Handled, Refusal>> {
        for _ in 0..MAX_TURN_ATTEMPTS {
            let thought = self.think_ahead(&trigger).await?;
            let mut tx = self.store.begin_write().await?;
            match self.attempt(&mut tx, &trigger, thought).await? {
                Attempt::Conflict => tx.rollback().await?,
                Attempt::Refused(refusal) => {
                    tx.rollback().await?;
                    return Ok(Err(refusal));
                }
                Attempt::Finished(handled) => {
                    if matches!(handled, Handled::Done { .. }) {
                        crate::store::wakeup::announce(&mut tx, crate::store::wakeup::OUTBOX).await?;
                    }
                    tx.commit().await.context("cannot commit the turn")?;
                    if let Handled::Done { person_id } = &handled {
                        crate::metrics::count_turn();
                        self.outbox_wake.notify_one();
                        tracing::info!(person = %person_id, trigger = trigger.name(), "turn done");
                    }
                    return Ok(Ok(handled));
                }
            }
        }
        bail!("the conversation kept changing while a {} was handled", trigger.name())
    }

    /// What can be worked out before the transaction: for a message or a check-in, the whole
    /// turn (None inside when the person is no longer known); a navigator's act is checked
    /// against the handoff inside the transaction first, so it is thought through there.
    async fn think_ahead(&self, trigger: &Trigger<'_>) -> Result<Option<Option<Thought>>> {
        let (person_id, event) = match trigger {
            Trigger::Inbound(waiting, _, event) => (&waiting.person_id, event.clone()),
            Trigger::Due(due) => (&due.person_id, Event::CheckInDue),
            Trigger::Navigator(_) => return Ok(None),
        };
        // One connection for both reads, given back before the model is asked anything.
        let written_on = match trigger {
            Trigger::Inbound(waiting, ..) => Some(waiting.channel),
            _ => None,
        };
        let found = {
            let mut conn = self.store.reader().await?;
            match person_and_channel(&mut conn, person_id, written_on).await? {
                Some((person, channel)) => Some((load_state(&mut conn, &person.id).await?, person, channel)),
                None => None,
            }
        };
        let Some(((state, version), person, channel)) = found else {
            return Ok(Some(None));
        };
        Ok(Some(Some(self.think(person, channel, event, &state, version).await?)))
    }

    /// Applies a navigator's act to the handoff in the transaction and queues their words; then
    /// the person's id and the turn the act causes in the flows, if any.
    async fn navigator_turn(
        &self,
        conn: &mut AnyConnection,
        request: &handover::Request,
    ) -> Result<Result<(PersonId, Option<Thought>), Refusal>> {
        let plan = match handover::apply(conn, request).await? {
            Ok(plan) => plan,
            Err(refusal) => return Ok(Err(refusal)),
        };
        let Some((person, channel)) = person_and_channel(conn, &plan.person_id, plan.reply_on).await? else {
            return Ok(Err(Refusal::Gone));
        };
        if let Some(text) = &plan.reply {
            if let Err(refusal) = self.queue_navigator_reply(conn, &person.id, channel, text).await? {
                return Ok(Err(refusal));
            }
        }
        let person_id = person.id.clone();
        let Some(event) = plan.event else {
            return Ok(Ok((person_id, None)));
        };
        let (state, version) = load_state(conn, &person.id).await?;
        Ok(Ok((person_id, Some(self.think(person, channel, event, &state, version).await?))))
    }

    /// One try at recording a turn: the trigger's own writes, then the turn thought through.
    async fn attempt(&self, conn: &mut AnyConnection, trigger: &Trigger<'_>, thought: Option<Option<Thought>>) -> Result<Attempt> {
        let thought = match (trigger, thought) {
            (Trigger::Inbound(waiting, kind, _), Some(thought)) => {
                if !inbox::take(conn, waiting.id).await? {
                    tracing::info!(person = %waiting.person_id, "an inbox row was taken by another worker's turn");
                    return Ok(Attempt::Finished(Handled::Duplicate));
                }
                let Some(thought) = thought else {
                    return Ok(Attempt::Finished(Handled::Forgotten));
                };
                if let InboundKind::Text(text) = kind {
                    transcript::append(conn, &thought.person.id, Author::Person, text).await?;
                }
                thought
            }
            (Trigger::Due(due), Some(thought)) => {
                scheduled::mark_done(conn, due.id).await?;
                let Some(thought) = thought else {
                    return Ok(Attempt::Finished(Handled::Forgotten));
                };
                thought
            }
            (Trigger::Navigator(request), _) => match self.navigator_turn(conn, request).await? {
                Ok((_, Some(thought))) => thought,
                Ok((person_id, None)) => return Ok(Attempt::Finished(Handled::Done { person_id })),
                Err(refusal) => return Ok(Attempt::Refused(refusal)),
            },
            (_, None) => bail!("a {} was not thought through before its transaction", trigger.name()),
        };
        let person_id = thought.person.id.clone();
        Ok(match self.record(conn, thought).await? {
            Turn::Saved => Attempt::Finished(Handled::Done { person_id }),
            Turn::Conflict => Attempt::Conflict,
        })
    }

    /// Whether the classifier is running now (false while a failed inference thread restarts).
    pub fn classifier_ready(&self) -> bool {
        self.understand.is_ready()
    }

    /// Classifies text before any transaction opens, so no lock is held during inference. A key
    /// of the last reply's keyboard is read as the button's data, as a pressed inline button is.
    async fn event_for(&self, person_id: &PersonId, channel: flows::Channel, kind: &InboundKind) -> Result<Event> {
        Ok(match kind {
            InboundKind::Text(text) => {
                let text = &self.key_pressed(person_id, channel, text).await?.unwrap_or_else(|| text.clone());
                let earlier = self.earlier_messages(person_id).await?;
                let started = std::time::Instant::now();
                let meaning = self.understand.understand(text.clone(), earlier).await?;
                crate::metrics::observe_classifier(started.elapsed());
                Event::Text { text: text.clone(), meaning: self.settle_place(text, meaning).await? }
            }
            InboundKind::Start(payload) => Event::Start { payload: payload.clone() },
            InboundKind::Location { lat, lon } => Event::Location { lat: *lat, lon: *lon },
            InboundKind::Unsupported(kind) => Event::Unsupported { kind: kind.clone() },
        })
    }

    /// A message naming a place of several names ("Bottesford") the gazetteer could not
    /// settle is settled by the directory's venues when they say which, so the person is asked
    /// "which one?" only when the directory cannot tell either; one naming no place the gazetteer
    /// knows may name a neighbourhood the venues place ("any choirs in Bedgrove?").
    async fn settle_place(&self, text: &str, mut meaning: Classification) -> Result<Classification> {
        if meaning.place.is_none() {
            meaning.place = self.directory.place_named_in(text).await?;
            return Ok(meaning);
        }
        let Some(words) = meaning.place.as_deref().filter(|_| !meaning.place_choices.is_empty()) else {
            return Ok(meaning);
        };
        if let Some(settled) = self.directory.settle_place(words).await? {
            meaning.place = Some(settled);
            meaning.place_choices.clear();
        }
        Ok(meaning)
    }

    /// The data of the key the person pressed, when their text is a label of the reply keyboard
    /// their last reply on this channel showed. Only Telegram has reply keyboards, so no other
    /// channel's message pays for the lookup.
    async fn key_pressed(&self, person_id: &PersonId, channel: flows::Channel, text: &str) -> Result<Option<String>> {
        if channel != flows::Channel::Telegram {
            return Ok(None);
        }
        let Some(body) = outbox::latest_body(&mut *self.store.reader().await?, person_id, channel).await? else {
            return Ok(None);
        };
        let last: Option<OutMessage> = serde_json::from_str(&body).ok();
        Ok(last.and_then(|message| message.key_pressed(text).map(str::to_string)))
    }

    /// The person's own last few messages of the past day, read in one short query outside any
    /// transaction.
    async fn earlier_messages(&self, person_id: &PersonId) -> Result<Vec<String>> {
        let mut conn = self.store.reader().await?;
        let since = store::now_ms() - CONTEXT_WINDOW_MS;
        transcript::recent_of(&mut conn, person_id, since, CONTEXT_MESSAGES).await
    }

    /// Steps the person's conversation from `state` (read at `version`), answering the flows'
    /// searches; writes nothing, so it may run with no transaction open. Whether the person
    /// stopped messages is read from the channel of this turn, where STOP is kept, so a STOP on
    /// SMS does not silence their Telegram chat.
    async fn think(
        &self,
        person: people::Person,
        channel: flows::Channel,
        event: Event,
        state: &flows::State,
        version: i64,
    ) -> Result<Thought> {
        let facts = self.facts(channel);
        let state = flows::State { opted_out: person.opted_out, ..state.clone() };
        let (state, actions, asks) = self.step_through(&person.id, &state, event, &facts).await?;
        Ok(Thought { person, channel, state, version, actions, asks })
    }

    /// Records a turn thought through, inside the caller's transaction: its actions, its
    /// searches for the figures, and the new state if nobody saved the conversation meanwhile.
    async fn record(&self, conn: &mut AnyConnection, thought: Thought) -> Result<Turn> {
        let Thought { person, channel, state, version, actions, asks } = thought;
        for ask in asks.iter().filter(|ask| ask.is_fresh()) {
            figures::record_ask(conn, &ask.request.tags, person.cohort.as_deref(), ask.area.as_deref(), ask.found).await?;
        }
        if self.apply(conn, &person, channel, actions).await? {
            return Ok(Turn::Saved);
        }
        let json = serde_json::to_string(&state).context("the flows' state does not serialise")?;
        Ok(if conversations::save(conn, &person.id, &json, version).await? { Turn::Saved } else { Turn::Conflict })
    }

    /// What the flows are told about the world this turn.
    fn facts(&self, channel: flows::Channel) -> Facts {
        let now = store::now_ms() / 1000;
        Facts {
            now,
            channel,
            area: self.setting.area.clone(),
            navigators: self.setting.navigator_hours.shift_at(now),
            youth_navigators: self.setting.youth_navigator_hours.shift_at(now),
            schools: self.content.schools(),
            languages: self.content.language_names(),
            ask_feedback: self.content.asks_feedback(),
        }
    }

    /// Steps the flows, answering each question they ask of the bot (a directory search, a
    /// link code) with a further step, until only actions for the bot remain; also returns the
    /// searches made, for the figures.
    async fn step_through(
        &self,
        person_id: &PersonId,
        state: &flows::State,
        event: Event,
        facts: &Facts,
    ) -> Result<(flows::State, Vec<Action>, Vec<Asked>)> {
        let (mut state, first) = flows::step(state, event, facts);
        let mut pending: VecDeque<Action> = first.into();
        let mut done = Vec::new();
        let mut asks = Vec::new();
        while let Some(action) = pending.pop_front() {
            let answer = match action {
                Action::Search(request) => self.search_for(request, &mut asks).await?,
                Action::OfferLink => Event::LinkCode { code: people::new_link_code() },
                Action::Link { code } => {
                    let joined = people::link_owner(&mut *self.store.reader().await?, &code, person_id).await?.is_some();
                    Event::Linked { code, joined }
                }
                action => {
                    done.push(action);
                    continue;
                }
            };
            let (next, more) = flows::step(&state, answer, facts);
            state = next;
            pending.extend(more);
        }
        Ok((state, done, asks))
    }

    /// Answers one of the flows' searches, noting it for the figures.
    async fn search_for(&self, request: flows::SearchRequest, asks: &mut Vec<Asked>) -> Result<Event> {
        if asks.len() >= MAX_SEARCHES_PER_TURN {
            bail!("the flows asked for more than {MAX_SEARCHES_PER_TURN} searches in one turn");
        }
        let Findings { suggestions, unmet } = self.directory.search(request.clone()).await?;
        let area = self.directory.area_of(&request).await?;
        let place_unknown = request.point.is_none() && request.place.is_some() && area.is_none();
        asks.push(Asked { request, area, found: suggestions.len() });
        Ok(Event::Found { suggestions, place_unknown, unmet })
    }

    /// Does what the flows asked, in the turn's transaction; true when this conversation is no
    /// more (the person was erased, or this channel joined the person a link code was made for),
    /// so its state is not saved.
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
        let urgent = actions.iter().any(|action| matches!(action, Action::Handoff { urgency: flows::Urgency::Urgent, .. }));
        let tone = Tone {
            urgent,
            // The confirmation of STOP, and urgent help to someone who opted out but wrote to us
            // with signs of danger, are the only messages an opt-out lets through.
            ignores_opt_out: urgent || actions.iter().any(|action| matches!(action, Action::OptOut)),
            keep_transcript: !erased,
            author: Author::Bot,
        };
        let joins = actions.iter().any(|action| matches!(action, Action::JoinLinked { .. }));
        for action in actions {
            self.apply_one(conn, person, channel, action, &tone).await?;
        }
        Ok(erased || joins)
    }

    async fn apply_one(
        &self,
        conn: &mut AnyConnection,
        person: &people::Person,
        channel: flows::Channel,
        action: Action,
        tone: &Tone,
    ) -> Result<()> {
        let id = &person.id;
        match action {
            Action::Send(reply) => self.queue_reply(conn, id, channel, &reply, tone).await?,
            Action::Handoff { urgency, summary } => {
                let team = handoffs::Team::for_cohort(person.cohort.as_deref());
                handoffs::open(conn, id, urgency, &summary, team).await?
            }
            Action::NoteHandoff { note } => handoffs::note(conn, id, &note).await?,
            Action::ScheduleCheckIn { after_secs } => {
                let due_at = store::now_ms() + after_secs.saturating_mul(1000);
                scheduled::schedule(conn, id, scheduled::CHECK_IN, due_at).await?
            }
            Action::CancelCheckIns => scheduled::cancel(conn, id).await?,
            Action::RecordOutcome { outcome } => figures::record_outcome(conn, &outcome, person.cohort.as_deref()).await?,
            Action::OptOut => {
                people::set_opted_out(conn, id, channel, true).await?;
                scheduled::cancel(conn, id).await?
            }
            Action::OptIn => people::set_opted_out(conn, id, channel, false).await?,
            Action::JoinCohort { code } => {
                people::set_cohort(conn, id, &code).await?;
                handover::follow_cohort(conn, id, Some(&code)).await?
            }
            Action::ReportListing { service_id, note } => figures::report_listing(conn, id, &service_id, &note).await?,
            Action::KeepLinkCode { code } => {
                let expires_at = store::now_ms() + flows::LINK_CODE_MINUTES * 60_000;
                people::keep_link_code(conn, id, &code, expires_at).await?
            }
            Action::JoinLinked { code } => {
                // The code was read a moment ago; if it ran out since, the turn is tried again
                // and answered as an unknown code.
                ensure!(people::join_linked(conn, id, &code).await?, "a link code ran out during the turn");
            }
            Action::Erase | Action::Search(_) | Action::OfferLink | Action::Link { .. } => {}
        }
        Ok(())
    }

    /// Renders a reply for the person's channel and queues it.
    async fn queue_reply(
        &self,
        conn: &mut AnyConnection,
        person_id: &PersonId,
        channel: flows::Channel,
        reply: &flows::Reply,
        tone: &Tone,
    ) -> Result<()> {
        let rendered = self.content.render(reply, channel).with_context(|| format!("cannot render the template {}", reply.template))?;
        let message = OutMessage {
            text: rendered.text,
            buttons: rendered.buttons.into_iter().map(|button| (button.label, button.data)).collect(),
            keyboard: rendered.keyboard,
        };
        let body = serde_json::to_string(&message)?;
        let queued = outbox::NewMessage { person_id, channel, body: &body, urgent: tone.urgent, ignores_opt_out: tone.ignores_opt_out };
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
        person_id: &PersonId,
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
    /// The council area searched in, for the figures.
    area: Option<String>,
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

/// A person's conversation and the version it was read at (a fresh one at version zero).
async fn load_state(conn: &mut AnyConnection, person_id: &PersonId) -> Result<(flows::State, i64)> {
    Ok(match conversations::load(conn, person_id).await? {
        Some(saved) => (decode_state(&saved.state), saved.version),
        None => (flows::State::default(), 0),
    })
}

/// Reads a saved state; one that no longer fits the flows (after an upgrade) starts afresh
/// rather than stopping the person's messages.
fn decode_state(json: &str) -> flows::State {
    serde_json::from_str(json).unwrap_or_else(|error| {
        let error = crate::telemetry::json_error_without_input(&error);
        tracing::warn!(%error, "a saved conversation no longer fits the flows; starting it afresh");
        flows::State::default()
    })
}

/// The person a turn concerns, as they stand on its channel: the one they wrote on, else
/// (a check-in, a navigator's words) the first they have not stopped; None when they are no
/// longer known.
async fn person_and_channel(
    conn: &mut AnyConnection,
    person_id: &PersonId,
    written_on: Option<flows::Channel>,
) -> Result<Option<(people::Person, flows::Channel)>> {
    let reachable = people::channels_of(conn, person_id).await?.into_iter().next();
    let Some(channel) = written_on.or(reachable) else {
        return Ok(None);
    };
    Ok(people::on_channel(conn, person_id, channel).await?.map(|person| (person, channel)))
}
