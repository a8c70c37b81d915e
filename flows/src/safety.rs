//! Crisis signs: an immediate reply with urgent help and an urgent handoff, whatever the state,
//! whoever holds the chat. The numbers themselves live in `content/crisis/`, per area.

use crate::dialogue::Stage;
use crate::turn::Turn;
use crate::{Action, Urgency};
use nlp::{Classification, Route};
use serde_json::json;

/// What the navigators' queue says about an urgent handoff; no words of the message itself.
const URGENT_SUMMARY: &str = "Signs of danger in their latest message: please contact them now.";

/// After signs of danger, while no navigator has the chat yet, the answer to a message that
/// asks for nothing ("golcar", "ok"): urgent help again and that a person is coming.
pub(crate) fn hold(turn: &mut Turn) {
    turn.say("crisis_waiting", json!({}));
}

/// True when a message shows signs of danger: the route or the safety flag, either wins.
pub(crate) fn signs_of_danger(meaning: &Classification) -> bool {
    meaning.crisis || meaning.route == Route::Crisis
}

/// Sends urgent help and puts the person at the top of the navigators' queue.
///
/// A question that a bare "yes" or a number would answer with consequences (delete my data,
/// a check-in, how it went) is dropped, so a reply after a crisis can never confirm something
/// asked before it; questions that only gather what the person wants stay open.
pub(crate) fn respond(turn: &mut Turn) {
    turn.say("crisis", json!({}));
    turn.act(Action::Handoff {
        urgency: Urgency::Urgent,
        summary: URGENT_SUMMARY.into(),
    });
    turn.state.awaiting_navigator = true;
    turn.state.crisis_waiting = true;
    turn.state.stage = match &turn.state.stage {
        Stage::ConfirmErase | Stage::CheckingIn | Stage::Searching | Stage::Open => Stage::Open,
        Stage::AskedCheckIn => Stage::Offered,
        gathering @ (Stage::AskedPlace | Stage::AskedWhen | Stage::Offered) => gathering.clone(),
    };
}
