//! What navigators do to a conversation from the console: claim it, reply, write a note, pass
//! it on, put it back in the queue, resolve it; and the one move the bot makes itself, a
//! handoff following its person to the youth team when they join a school cohort.
//!
//! Each act is checked and applied to the handoff here, inside the pipeline's transaction for
//! that person, so the handoff, the flows' state ("a navigator holds this chat") and the
//! replies it causes change together or not at all. The pipeline then steps the flows with the
//! [`flows::Event`] the act implies, and queues a navigator's reply through the same outbox as
//! everything else.

use crate::store::handoffs::{self, Handoff, Team};
use crate::store::navigators::Navigator;
use crate::store::people::PersonId;
use crate::store::{audit, figures, notes, people};
use anyhow::Result;
use flows::Event;
use sqlx::AnyConnection;

/// How a navigator closes a handoff; feeds the anonymous figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The person went along to, or signed up for, a group.
    JoinedGroup,
    /// Referred to a befriending service.
    BefriendingReferral,
    /// Pointed to another service.
    Signposted,
    /// The person stopped replying.
    NoReply,
    /// Anything else.
    Other,
}

impl Outcome {
    /// Every outcome, in the order the console offers them.
    pub const ALL: [Outcome; 5] =
        [Outcome::JoinedGroup, Outcome::BefriendingReferral, Outcome::Signposted, Outcome::NoReply, Outcome::Other];

    /// The form value and the figures' name (prefixed `navigator_`).
    pub fn id(self) -> &'static str {
        match self {
            Outcome::JoinedGroup => "joined_group",
            Outcome::BefriendingReferral => "befriending_referral",
            Outcome::Signposted => "signposted",
            Outcome::NoReply => "no_reply",
            Outcome::Other => "other",
        }
    }

    /// How the console words it.
    pub fn label(self) -> &'static str {
        match self {
            Outcome::JoinedGroup => "Joined a group",
            Outcome::BefriendingReferral => "Befriending referral",
            Outcome::Signposted => "Signposted",
            Outcome::NoReply => "No reply",
            Outcome::Other => "Other",
        }
    }

    /// Reads a form value.
    pub fn parse(text: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|outcome| outcome.id() == text)
    }
}

/// One thing a navigator does.
#[derive(Debug, Clone, PartialEq)]
pub enum Act {
    /// Take the conversation: the bot goes quiet and the person is told a person is here.
    Claim,
    /// Write to the person, through the bot, on their own channel.
    Reply {
        /// The navigator's words.
        text: String,
        /// Which of the person's channels (SMS or Telegram, when they linked both); `None` for
        /// the first they have not stopped.
        channel: Option<flows::Channel>,
    },
    /// A private note for colleagues; never sent.
    Note {
        /// The note.
        body: String,
    },
    /// Pass it to a colleague on the same team; the person notices nothing.
    Transfer {
        /// The colleague.
        to: Navigator,
    },
    /// Put it back in the queue for someone else; the bot speaks again meanwhile.
    Release,
    /// Close it with an outcome; the chat goes back to the bot.
    Resolve {
        /// How it ended.
        outcome: Outcome,
    },
}

impl Act {
    /// The audit log's word for it.
    fn audit_name(&self) -> &'static str {
        match self {
            Act::Claim => "claim",
            Act::Reply { .. } => "reply",
            Act::Note { .. } => "note",
            Act::Transfer { .. } => "transfer",
            Act::Release => "release",
            Act::Resolve { .. } => "resolve",
        }
    }
}

/// A navigator's act on one handoff.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    /// Which handoff.
    pub handoff_id: i64,
    /// Who.
    pub navigator: Navigator,
    /// What.
    pub act: Act,
}

/// Why an act was refused; shown to the navigator as it is worded here.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Refusal {
    /// Resolved, or erased at the person's request.
    #[error("This conversation is closed or no longer here.")]
    Gone,
    /// Youth cohorts go to the youth team only, and adults to the adult team.
    #[error("This conversation is for the {0} team.")]
    OtherTeam(&'static str),
    /// Someone else has it.
    #[error("{0} has this conversation now.")]
    HeldBy(String),
    /// Replying, passing on and resolving need the conversation claimed first.
    #[error("Claim this conversation first.")]
    NotHeld,
    /// The message is empty or too long to send.
    #[error("{0}")]
    Unsendable(String),
    /// They texted STOP: a reply would wait unsent, so the navigator is told now, not never.
    #[error("They have opted out (STOP), so nothing can be sent to them until they text START. Add a note instead.")]
    OptedOut,
}

/// What the pipeline must do once the act is applied to the handoff.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Plan {
    /// The person the handoff is about.
    pub person_id: PersonId,
    /// The event for the flows, when the act changes who speaks.
    pub event: Option<Event>,
    /// A navigator's words to queue for the person.
    pub reply: Option<String>,
    /// The channel the navigator chose for them, if any.
    pub reply_on: Option<flows::Channel>,
}

/// Checks the act against the handoff and applies it, in the caller's transaction; writes the
/// audit entry. A refusal changes nothing.
pub(crate) async fn apply(conn: &mut AnyConnection, request: &Request) -> Result<Result<Plan, Refusal>> {
    let Some(handoff) = handoffs::get(conn, request.handoff_id).await? else {
        return Ok(Err(Refusal::Gone));
    };
    if let Err(refusal) = may_act(&handoff, request) {
        return Ok(Err(refusal));
    }
    let applied = change_handoff(conn, &handoff, request).await?;
    if applied.is_ok() {
        audit::record(conn, &request.navigator.id, request.act.audit_name(), Some(handoff.id), Some(&handoff.person_id)).await?;
    }
    Ok(applied)
}

/// The rules: open handoffs only; only the handoff's team; and all but claiming and notes
/// need the navigator to hold it.
fn may_act(handoff: &Handoff, request: &Request) -> Result<(), Refusal> {
    if handoff.resolved_at.is_some() {
        return Err(Refusal::Gone);
    }
    if handoff.team != request.navigator.team {
        return Err(Refusal::OtherTeam(handoff.team.id()));
    }
    let holds = handoff.held_by(&request.navigator.id);
    match (&request.act, &handoff.holder) {
        (Act::Note { .. }, _) => Ok(()),
        (Act::Claim, Some(holder)) if !holds => Err(Refusal::HeldBy(holder.email.clone())),
        (Act::Claim, _) => Ok(()),
        (_, _) if holds => Ok(()),
        (_, Some(holder)) => Err(Refusal::HeldBy(holder.email.clone())),
        (_, None) => Err(Refusal::NotHeld),
    }
}

/// Applies an allowed act to the handoff and says what the pipeline must do next.
async fn change_handoff(conn: &mut AnyConnection, handoff: &Handoff, request: &Request) -> Result<Result<Plan, Refusal>> {
    let navigator = &request.navigator;
    let plan = |event: Option<Event>, reply: Option<String>| Plan { person_id: handoff.person_id.clone(), event, reply, reply_on: None };
    let lost_race = || Refusal::HeldBy("Someone else".into());
    Ok(match &request.act {
        Act::Claim if handoff.held_by(&navigator.id) => Ok(plan(None, None)),
        Act::Claim => match handoffs::claim(conn, handoff.id, &navigator.id).await? {
            true => Ok(plan(Some(Event::NavigatorJoined), None)),
            false => Err(lost_race()),
        },
        Act::Reply { channel, .. } if stopped_on(conn, &handoff.person_id, *channel).await? => Err(Refusal::OptedOut),
        Act::Reply { text, channel } => Ok(Plan { reply_on: *channel, ..plan(None, Some(text.clone())) }),
        Act::Note { body } => {
            notes::add(conn, handoff.id, &navigator.id, body).await?;
            Ok(plan(None, None))
        }
        Act::Transfer { to } if to.team != handoff.team => Err(Refusal::OtherTeam(handoff.team.id())),
        Act::Transfer { to } => match handoffs::hand_on(conn, handoff.id, &navigator.id, Some(&to.id)).await? {
            true => Ok(plan(None, None)),
            false => Err(lost_race()),
        },
        Act::Release => match handoffs::hand_on(conn, handoff.id, &navigator.id, None).await? {
            true => Ok(plan(Some(Event::NavigatorReleased), None)),
            false => Err(lost_race()),
        },
        Act::Resolve { outcome } => match handoffs::resolve(conn, handoff.id, &navigator.id, outcome.id()).await? {
            true => {
                let figure = format!("navigator_{}", outcome.id());
                figures::record_outcome(conn, &figure, handoff.cohort.as_deref()).await?;
                Ok(plan(Some(Event::NavigatorLeft), None))
            }
            false => Err(lost_race()),
        },
    })
}

/// Who the audit trail names for what the bot does to a handoff on its own.
const BOT_ACTOR: &str = "bot";

/// Puts the person's open handoff with the team their cohort now calls for (JOIN with a school
/// code makes it the youth team's), and writes the move into the audit trail. Called in the
/// turn's transaction with the cohort change; a handoff already with the right team stays.
///
/// The flows do not read JOIN while a navigator holds the chat, so a moved handoff is waiting
/// in the queue; it goes back there with no holder all the same, should that ever change.
pub(crate) async fn follow_cohort(conn: &mut AnyConnection, person_id: &PersonId, cohort: Option<&str>) -> Result<()> {
    let team = Team::for_cohort(cohort);
    if let Some(handoff_id) = handoffs::move_open_to(conn, person_id, team).await? {
        let action = format!("moved_to_{}", team.id());
        audit::record(conn, BOT_ACTOR, &action, Some(handoff_id), Some(person_id)).await?;
    }
    Ok(())
}

/// Whether the person has stopped all messages; the console says so instead of sending.
pub(crate) async fn has_opted_out(conn: &mut AnyConnection, person_id: &PersonId) -> Result<bool> {
    stopped_on(conn, person_id, None).await
}

/// Whether the person stopped messages on this channel (or has no address there), or on every
/// channel when none is named.
async fn stopped_on(conn: &mut AnyConnection, person_id: &PersonId, channel: Option<flows::Channel>) -> Result<bool> {
    let person = match channel {
        Some(channel) => people::on_channel(conn, person_id, channel).await?,
        None => people::get(conn, person_id).await?,
    };
    Ok(person.is_some_and(|person| person.opted_out))
}
