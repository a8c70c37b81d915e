//! The conversations, as pure functions: `step(state, event, facts) -> (state, actions)`.
//!
//! # Layout
//! - this file: the contract with the bot ([`State`], [`Event`], [`Facts`], [`Action`], [`step`]).
//! - `conversation`: reads one message: safety first, then keywords, open questions, routes.
//! - `safety`: crisis signs get urgent help and an urgent handoff, in any state.
//! - `account`: opt-out and opt-in, help, privacy, deleting data, school codes.
//! - `search`: from a need to suggestions: ask only what is missing, search, details, `MORE`,
//!   and follow-ups that change one thing ("cheaper", "I can drive") searched again.
//! - `refine`: every message read as changes to the conversation's memory ([`Need`]).
//! - `practical`: the practical needs (food, bills, money, housing, fares, getting online).
//! - `handoff`: a real person (`PERSON`, someone to go along) and navigators taking the chat.
//! - `check_in`: "shall I check in next week?" and the outcome it brings back.
//! - `language`: the language to write in, read over the person's messages, and whether the
//!   bot writes it or a person must arrange an interpreter.
//! - `life`: life-change packs, offered alongside the ideas (bereavement, retirement, caring,
//!   new to the area, leaving hospital, leaving school).
//! - [`dialogue`], [`cohort`], `keywords`, `words`, `when`: what a conversation remembers and
//!   the words it knows.
//! - [`content`]: renders a [`Reply`] from the templates and copy in `content/`, per channel.
//! - [`sms`]: GSM-7 and segment counting.
//!
//! # Invariants
//! - No I/O, no clock, no randomness: everything the flows need arrives in the [`Event`] or the
//!   [`Facts`], and everything they want done leaves as an [`Action`]. That is what lets the
//!   transcripts in `tests/conversations/` replay exactly.
//! - Flows cannot fail: any input, however odd, gives a state and a reply; the only silences
//!   are for someone opted out and while a navigator holds the chat.
//! - Crisis signs win over everything, even an opt-out or a navigator holding the chat.
//! - Keywords are read from the raw text before the classification is consulted.
//! - The person's words leave the flows only in the search request and a listing report's
//!   note; handoff summaries are built from labels.

mod about;
mod account;
mod age;
mod check_in;
mod clock;
pub mod cohort;
pub mod content;
mod conversation;
pub mod dialogue;
mod handoff;
mod keywords;
mod language;
mod life;
mod practical;
mod refine;
mod safety;
mod search;
pub mod service;
pub mod sms;
mod turn;
mod when;
mod words;

pub use clock::{clock_time, ClockSide, ClockTime};
pub use cohort::{Cohort, School, Schools, Validity};

/// A template button's `data` that asks Telegram to share the person's location rather than
/// send words back: tapping it is easier than typing a postcode, and it arrives as a location.
pub const LOCATION_BUTTON: &str = "@location";
pub use content::{Button, Content, ContentError, LanguageNames, RenderError, Rendered};
pub use conversation::first_need;
pub use dialogue::{Need, Reach, Stage, Topic};
pub use life::PACKS;

/// How long a code from `LINK` works: long enough to pick up another phone, short enough that a
/// code seen over a shoulder is soon useless.
pub const LINK_CODE_MINUTES: i64 = 30;
pub use practical::Practical;
pub use refine::Noted;
pub use safety::{gets_urgent_reply, UNSURE_SUMMARY};
pub use search::{own_words, search_words};
pub use when::{time_word, DayPart, TimeWord};
pub use words::Words;

use nlp::Classification;
use serde::{Deserialize, Serialize};

/// Everything the bot remembers about one person's conversation between messages.
///
/// Stored as JSON by the bot, so every field must survive a serde round trip.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct State {
    /// How many turns this person has had.
    pub turns: u32,
    /// The welcome has been said: it is said once per person, however long they are away.
    pub greeted: bool,
    /// The question the bot last asked, so the next message is read as its answer.
    pub stage: Stage,
    /// What the person is looking for, gathered so far.
    pub need: Need,
    /// The suggestions last offered, so `1`, `2`, `3` mean them.
    pub offered: Vec<Suggestion>,
    /// The suggestion the person last asked details of: "with someone" and `REPORT` mean it.
    pub chosen: Option<Suggestion>,
    /// The suggestion a scheduled check-in will ask about.
    pub check_in_for: Option<Suggestion>,
    /// Life-change packs already offered, so a pack is offered once; the last is what `SAVE`
    /// sends.
    pub packs_offered: Vec<String>,
    /// A life-change pack to offer alongside the next ideas.
    pub pack_due: Option<String>,
    /// The suggestion whose acceptance ("lovely, I'll go") was answered, so the check-in and
    /// going along are offered once.
    pub accepted: Option<String>,
    /// The person opted out: nothing is sent until they opt back in.
    pub opted_out: bool,
    /// A navigator holds the chat: the bot stays quiet but for safety and opt-outs.
    pub navigator_holds: bool,
    /// A handoff is waiting for a navigator, so a second `PERSON` does not queue twice.
    pub awaiting_navigator: bool,
    /// Signs of danger were seen and no navigator has taken the chat yet: until one does, a
    /// message that asks for nothing in so many words ("ok", a place on its own, "don't want to
    /// make a fuss") gets urgent help again and that a person is coming, never ideas, the
    /// welcome or "what would you like to do?"; a question about the service is still answered,
    /// and a message naming an interest or a practical need still goes on, in case the signs
    /// were a misreading.
    pub crisis_waiting: bool,
    /// The kind of danger the last urgent reply answered, so urgent help said again fits it: an
    /// ambulance after a collapse, the abuse helpline after violence, never the mental health
    /// lines to someone waiting for an ambulance.
    pub crisis_kind: Option<nlp::Danger>,
    /// The optional feedback question was asked once: it is never asked again.
    pub feedback_asked: bool,
    /// The school cohort the person joined with a code, if any.
    pub cohort: Option<Cohort>,
    /// Wrong `LINK` codes sent lately, and when the first of them came, so codes cannot be
    /// guessed from one chat: after five in an hour, no code is looked up.
    pub link_misses: Option<(u8, i64)>,
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

impl Channel {
    /// Every channel, so a stored name can be read back.
    pub const ALL: [Channel; 3] = [Channel::Terminal, Channel::Sms, Channel::Telegram];

    /// The channel's name where it is stored, counted and shown in figures ("sms"): one
    /// spelling, so a row written by one part is found by every other.
    pub fn name(self) -> &'static str {
        match self {
            Channel::Terminal => "terminal",
            Channel::Sms => "sms",
            Channel::Telegram => "telegram",
        }
    }

    /// The channel a stored name stands for; `None` for a name no channel has, so a row from a
    /// newer release is skipped rather than misread.
    pub fn from_name(name: &str) -> Option<Channel> {
        Channel::ALL
            .into_iter()
            .find(|channel| channel.name() == name)
    }
}

/// A channel is logged and counted by its stored name.
impl std::fmt::Display for Channel {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.name())
    }
}

/// Reading a channel from its stored name, for rows decoded by column (`sqlx(try_from)`).
impl TryFrom<String> for Channel {
    type Error = String;

    fn try_from(name: String) -> Result<Channel, String> {
        Channel::from_name(&name).ok_or_else(|| format!("no channel is called {name:?}"))
    }
}

/// Facts about the world at the moment of the step, passed in so the flows stay pure.
#[derive(Debug, Clone, PartialEq)]
pub struct Facts {
    /// Seconds since the Unix epoch, for check-ins and timings.
    pub now: i64,
    /// The channel the person is on.
    pub channel: Channel,
    /// The council area of this deployment (`kirklees`, `harrogate`, `hackney`), which picks the
    /// crisis numbers; a school cohort's own area wins. `None` uses the national numbers.
    pub area: Option<String>,
    /// Whether navigators are on shift now and, if not, when they are back, so a handoff says
    /// honestly when to expect a person.
    pub navigators: Shift,
    /// The same for the youth team, which answers young people who joined with a school code
    /// and may keep other hours (after school, say).
    pub youth_navigators: Shift,
    /// The school codes from `content/schools.toml` ([`Content::schools`]).
    pub schools: Schools,
    /// The names of the languages in `content/languages.toml` ([`Content::language_names`]).
    pub languages: LanguageNames,
    /// Whether the council asks the optional feedback question after a check-in
    /// (`content/feedback.toml`), so it can measure whether people feel more connected.
    pub ask_feedback: bool,
}

/// Whether a team of navigators is on shift, at the moment of the step.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Shift {
    /// On shift now.
    pub open: bool,
    /// When next on shift, in words ("at 9am on Monday"), so a handoff out of hours says when to
    /// expect a person; `None` when open or unknown.
    pub back: Option<String>,
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
        /// The place the request named is on no map the directory knows ("dunno", a village
        /// misspelt past mending), so the suggestions are from anywhere, not near it.
        place_unknown: bool,
        /// The kinds of activity the person named ("swimming") when no suggestion is of them,
        /// as a reply names them: the reply says so before offering other ideas.
        unmet: Option<String>,
    },
    /// The answer to an [`Action::OfferLink`]: a fresh code for the person to send from their
    /// other channel.
    LinkCode {
        /// The code, as the person will type it.
        code: String,
    },
    /// The answer to an [`Action::Link`]: whether the code named another conversation, which
    /// this channel now joins.
    Linked {
        /// The code, as the person sent it.
        code: String,
        /// It was known, in date and made for someone else.
        joined: bool,
    },
    /// A check-in the flows scheduled has come due.
    CheckInDue,
    /// A navigator has taken the chat: the bot stays quiet but for safety and opt-outs.
    NavigatorJoined,
    /// The navigator has handed the chat back to the bot: the matter is done.
    NavigatorLeft,
    /// The navigator put the chat back in the queue for someone else: the bot speaks again
    /// meanwhile, and the person is told a person will still pick it up.
    NavigatorReleased,
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
    /// What the directory says of it, part by part, so a question about one part ("what time
    /// is it on?", "is there parking?") is answered from it or honestly said to be unknown.
    #[serde(default)]
    pub listing: Listing,
    /// True when the person said when they are free and it never meets then: a group that
    /// fits everything else can still be the best there is, but the reply must not let "Got
    /// it: Tuesday mornings" pass for a promise.
    #[serde(default)]
    pub clashes_with_time: bool,
    /// How far it is from the person, when both are on the map: the reply says "near" only
    /// when every suggestion is, so a group 14 miles off is not passed off as round the corner.
    #[serde(default)]
    pub miles: Option<f64>,
}

/// A suggestion's listing, sent as its details when the person asks; each part is `None` when
/// the directory does not say.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Listing {
    /// The venue and address.
    pub place: Option<String>,
    /// When it meets.
    pub when: Option<String>,
    /// What it costs, in words ("free", "from £3.00").
    pub cost: Option<String>,
    /// What the venue offers for access (step-free entrance, hearing loop).
    pub access: Option<String>,
    /// How to get in touch: a phone number or an email address.
    pub contact: Option<String>,
    /// Anything else the directory says, in its own words.
    pub note: Option<String>,
}

/// What the flows want the directory to find; the bot answers with [`Event::Found`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchRequest {
    /// The person's own words with the names of the interests they were tagged with, for
    /// semantic matching.
    pub text: String,
    /// The person's own words alone: the kinds of activity they named ("swimming") are read
    /// from these, not from the "sport and fitness" that `text` adds.
    #[serde(default)]
    pub said: String,
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
    /// The need already searched, again (`MORE`, or a follow-up that changes one detail): the
    /// anonymous figures count a need once.
    #[serde(default)]
    pub more: bool,
    /// The kind of help, so the directory looks among groups, practical services or ways to
    /// volunteer.
    #[serde(default)]
    pub topic: Option<Topic>,
    /// The practical needs named, so practical help of the right kind comes first.
    #[serde(default)]
    pub practical: Vec<Practical>,
    /// They want help to start a group of their own.
    #[serde(default)]
    pub start_group: bool,
    /// How far they will go: close to home only, or further afield.
    #[serde(default)]
    pub reach: Reach,
    /// The age of whoever the group is for, when said: groups whose limits exclude it, and
    /// for someone under 18 groups that do not welcome young people, are never offered.
    #[serde(default)]
    pub age: Option<u8>,
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
    /// Add a line to the open handoff's summary, for the navigator who picks it up (a time to
    /// ring, "do not text first"): labels and fixed words only, never the person's own.
    NoteHandoff {
        /// The line to add.
        note: String,
    },
    /// Make a code that links another channel to this person; the answer comes back as
    /// [`Event::LinkCode`] in the same turn.
    OfferLink,
    /// Keep a code made for this person, for [`LINK_CODE_MINUTES`], so their other channel can
    /// send it.
    KeepLinkCode {
        /// The code.
        code: String,
    },
    /// See whether a code names another person's conversation; the answer comes back as
    /// [`Event::Linked`] in the same turn.
    Link {
        /// The code, as the person sent it.
        code: String,
    },
    /// Join this channel to the person the code was made for: one person, one history, one
    /// erasure, from now on. This conversation's own state gives way to theirs.
    JoinLinked {
        /// The code.
        code: String,
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
///
/// Person events (text, start, location, unsupported) count a turn; the bot's own events
/// (directory answers, check-ins, navigators) do not.
pub fn step(state: &State, event: Event, facts: &Facts) -> (State, Vec<Action>) {
    let mut turn = turn::Turn::new(state, facts);
    match event {
        Event::Text { text, meaning } => conversation::on_text(&mut turn, &text, &meaning),
        Event::Start { payload } => account::on_start(&mut turn, payload.as_deref()),
        Event::Location { lat, lon } => search::on_location(&mut turn, (lat, lon)),
        Event::Unsupported { .. } => conversation::on_unsupported(&mut turn),
        Event::Found {
            suggestions,
            place_unknown,
            unmet,
        } => search::on_found(&mut turn, suggestions, place_unknown, unmet),
        Event::LinkCode { code } => account::offer_link(&mut turn, code),
        Event::Linked { code, joined } => account::linked(&mut turn, code, joined),
        Event::CheckInDue => check_in::on_due(&mut turn),
        Event::NavigatorJoined => handoff::navigator_joined(&mut turn),
        Event::NavigatorLeft => handoff::navigator_left(&mut turn),
        Event::NavigatorReleased => handoff::navigator_released(&mut turn),
    }
    turn.finish()
}

#[cfg(test)]
mod tests {
    use super::Channel;

    #[test]
    fn every_channel_is_read_back_from_its_stored_name() {
        for channel in Channel::ALL {
            assert_eq!(Channel::from_name(channel.name()), Some(channel));
            assert_eq!(Channel::try_from(channel.name().to_string()), Ok(channel));
        }
        assert_eq!(Channel::from_name("fax"), None);
        assert!(
            Channel::try_from("SMS".to_string()).is_err(),
            "names are stored in lower case"
        );
    }
}
