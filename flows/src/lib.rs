//! The conversations, as pure functions: `step(state, event, facts) -> (state, actions)`.
//!
//! # Layout
//! - this file: the contract with the bot ([`State`], [`Event`], [`Facts`], [`Action`], [`step`]).
//!
//! # Invariants
//! - No I/O, no clock, no randomness: everything the flows need arrives in the [`Event`] or the
//!   [`Facts`], and everything they want done leaves as an [`Action`]. That is what lets the
//!   transcripts in `tests/conversations/` replay exactly.
//! - Flows cannot fail: any input, however odd, gives a state and a reply.

use nlp::Classification;
use serde::{Deserialize, Serialize};

/// Everything the bot remembers about one person's conversation between messages.
///
/// Stored as JSON by the bot, so every field must survive a serde round trip.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct State {
    /// How many turns this person has had, so the welcome is said once.
    pub turns: u32,
}

/// Which channel a person uses, because SMS and chat render the same reply differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// The local terminal chat (`frontdoor chat`), rendered like SMS.
    Terminal,
    /// SMS through a gateway: plain GSM-7 text, two segments at most.
    Sms,
    /// Telegram: longer text and buttons for the choices.
    Telegram,
}

/// Facts about the world at the moment of the step, passed in so the flows stay pure.
#[derive(Debug, Clone, PartialEq)]
pub struct Facts {
    /// Seconds since the Unix epoch, for check-ins and timings.
    pub now: i64,
    /// The channel the person is on.
    pub channel: Channel,
}

/// Something that happened to a conversation.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The person wrote free text (or pressed a button, whose data arrives as text); the bot
    /// classified it before the step.
    Text {
        /// What they wrote.
        text: String,
        /// What the classifier made of it.
        meaning: Classification,
    },
    /// The person opened the chat through a link; Telegram's `/start <payload>` (school codes).
    Start {
        /// The deep-link payload, if any.
        payload: Option<String>,
    },
    /// The person shared a location; it becomes the place for suggestions.
    Location {
        /// Latitude in degrees.
        lat: f64,
        /// Longitude in degrees.
        lon: f64,
    },
    /// The person sent something we cannot read (sticker, photo, voice note, contact).
    Unsupported {
        /// What it was, for the figures ("sticker", "photo", ...).
        kind: String,
    },
    /// The answer to an [`Action::Search`] the flows asked for in this same turn.
    Found {
        /// Up to the number asked for, best first; empty when nothing fits.
        suggestions: Vec<Suggestion>,
    },
    /// A check-in the flows scheduled has come due.
    CheckInDue,
    /// A navigator has taken the chat: the bot stays quiet but for safety and opt-outs.
    NavigatorJoined,
    /// The navigator has handed the chat back to the bot.
    NavigatorLeft,
}

/// A group or service the directory suggests, already summarised for a resident.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    /// The directory's id, so the person can ask for details or report it.
    pub id: String,
    /// The name as the directory has it.
    pub name: String,
    /// One line on why it fits ("Tuesdays 10am, 0.8 miles, free").
    pub reason: String,
    /// A few lines with where, when, cost and contact, sent when asked for.
    pub details: String,
}

/// What the flows want the directory to find; the bot answers with [`Event::Found`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchRequest {
    /// The person's own words, for semantic matching.
    pub text: String,
    /// Interests, audiences and needs gathered so far.
    pub tags: Vec<nlp::Tag>,
    /// The place the person named, as written.
    pub place: Option<String>,
    /// A shared location, when there is one; wins over `place`.
    pub point: Option<(f64, f64)>,
    /// Only youth-suitable groups (a school cohort).
    pub youth: bool,
    /// Ids already offered, so `MORE` finds others.
    pub exclude: Vec<String>,
    /// How many to return, three at most on SMS.
    pub limit: usize,
}

/// How soon a navigator must pick up a handoff; orders the queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    /// The person asked, or the need is complex: within opening hours.
    Normal,
    /// Signs of danger: top of the queue, now.
    Urgent,
}

/// One reply for the bot to render and send.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    /// The template name under `content/templates/<locale>/`, without extension.
    pub template: String,
    /// Values the template fills in.
    pub vars: serde_json::Value,
}

/// Something the flows want done; the bot does it, in the same transaction as saving the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Send this reply to the person.
    Send(Reply),
    /// Look in the directory; the answer comes back as [`Event::Found`] in the same turn.
    Search(SearchRequest),
    /// Put the conversation in the navigators' queue.
    Handoff {
        /// How soon.
        urgency: Urgency,
        /// A few words on what the person asked for, for the queue.
        summary: String,
    },
    /// Come back to the person after this many seconds with [`Event::CheckInDue`].
    ScheduleCheckIn {
        /// Delay from now.
        after_secs: i64,
    },
    /// Forget any check-ins still to come.
    CancelCheckIns,
    /// Keep what happened for the anonymous figures ("went", "didnt_go", "more_ideas", ...).
    RecordOutcome {
        /// The outcome id.
        outcome: String,
    },
    /// Send nothing more to this person until they opt back in.
    OptOut,
    /// The person opted back in.
    OptIn,
    /// Erase everything kept about this person (after they confirmed).
    Erase,
    /// Put the person in a school's cohort.
    JoinCohort {
        /// The school code.
        code: String,
    },
    /// The person says a listing has stopped or changed; the directory keepers see it.
    ReportListing {
        /// The directory id.
        service_id: String,
        /// What they said.
        note: String,
    },
}
/// Moves one conversation on by one event.
pub fn step(state: &State, event: Event, facts: &Facts) -> (State, Vec<Action>) {
    let _ = (event, facts);
    let next = State { turns: state.turns + 1 };
    let reply = Reply { template: "welcome".into(), vars: serde_json::json!({}) };
    (next, vec![Action::Send(reply)])
}
