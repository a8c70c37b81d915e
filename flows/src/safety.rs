//! Crisis signs: an immediate reply with urgent help and an urgent handoff, whatever the state,
//! whoever holds the chat. The numbers themselves live in `content/crisis/`, per area.

use crate::dialogue::Stage;
use crate::turn::Turn;
use crate::{Action, Urgency};
use nlp::safety::NEAR_CERTAIN;
use nlp::{Classification, Danger, Route};
use serde_json::json;

/// What the navigators' queue says about an urgent handoff; no words of the message itself.
const URGENT_SUMMARY: &str = "Signs of danger in their latest message: please contact them now.";
/// The queue's words when only the model read danger; public so the commissioners' figures can
/// tell a gentle check from a crisis reply among urgent handoffs.
pub const UNSURE_SUMMARY: &str =
    "Their latest message may show distress (no clear sign): please check in with them soon.";

/// After signs of danger, while no navigator has the chat yet, the answer to a message that
/// asks for nothing ("golcar", "ok"): urgent help again and that a person is coming.
pub(crate) fn hold(turn: &mut Turn) {
    turn.say("crisis_waiting", json!({}));
}

/// The kind of danger a message shows, if any: the route or the safety flag, either wins.
pub(crate) fn signs_of_danger(meaning: &Classification) -> Option<Danger> {
    let flagged = meaning.crisis || meaning.route == Route::Crisis;
    flagged.then(|| meaning.danger.unwrap_or(Danger::Harm))
}

/// True when a message gets the full urgent reply, not the gentle check: a sign in its words
/// showed danger, or the model is all but sure of it though no pattern names it ("he's kicking
/// the door, I've locked us in"). Only in English, which the model reads: in another language
/// its probability is a guess (an electricity bill in Urdu read 0.95). Public so `nlp
/// eval-context` counts what the bot sends.
pub fn gets_urgent_reply(meaning: &Classification) -> bool {
    let in_english = meaning.lang.as_deref().is_none_or(|lang| lang == "en");
    let near_certain = in_english
        && meaning
            .scores
            .get(&Route::Crisis)
            .is_some_and(|p| *p >= NEAR_CERTAIN);
    signs_of_danger(meaning).is_some_and(|danger| danger != Danger::Unsure || near_certain)
}

/// The message as the flows read it once a gentle check has been sent: its best route other
/// than crisis, so what it asks for is answered too.
pub(crate) fn read_past_danger(meaning: &Classification) -> Classification {
    Classification {
        route: meaning.route_but_crisis(),
        crisis: false,
        danger: None,
        ..meaning.clone()
    }
}

/// When only the model read danger in a message, short of near-certain: a gentle word with the
/// listening line and 999, and a person asked to look at the chat first, without taking over the
/// conversation (no "I'm so sorry", no holding later messages), since most such lines are a hard
/// day told plainly. Once a person is on the way, it is not said again.
pub(crate) fn check_gently(turn: &mut Turn) {
    if turn.state.awaiting_navigator {
        return;
    }
    turn.say("crisis_check", json!({}));
    turn.act(Action::Handoff {
        urgency: Urgency::Urgent,
        summary: UNSURE_SUMMARY.into(),
    });
    turn.state.awaiting_navigator = true;
}

/// Sends urgent help, led by what fits the kind of danger (opened by a sentence in the
/// message's language when it is not English and `content/languages.toml` has it), and puts
/// the person at the top of the navigators' queue.
///
/// A question that a bare "yes" or a number would answer with consequences (delete my data,
/// a check-in, how it went) is dropped, so a reply after a crisis can never confirm something
/// asked before it; questions that only gather what the person wants stay open.
pub(crate) fn respond(turn: &mut Turn, danger: Danger, lang: Option<&str>) {
    let lang = lang.filter(|code| *code != "en");
    turn.say("crisis", json!({ "danger": danger.id(), "lang": lang }));
    turn.act(Action::Handoff {
        urgency: Urgency::Urgent,
        summary: URGENT_SUMMARY.into(),
    });
    turn.state.awaiting_navigator = true;
    turn.state.crisis_waiting = true;
    turn.state.stage = match &turn.state.stage {
        Stage::ConfirmErase
        | Stage::CheckingIn
        | Stage::AskedFeedback
        | Stage::Searching
        | Stage::Open => Stage::Open,
        Stage::AskedCheckIn => Stage::Offered,
        gathering @ (Stage::AskedPlace | Stage::Offered) => gathering.clone(),
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_by_the_model_alone(crisis: f32, lang: Option<&str>) -> Classification {
        Classification {
            crisis: true,
            danger: Some(Danger::Unsure),
            lang: lang.map(str::to_owned),
            scores: [(Route::Crisis, crisis)].into_iter().collect(),
            ..Classification::plain(Route::WellbeingSupport)
        }
    }

    #[test]
    fn only_a_near_certain_reading_in_english_gets_the_full_reply_without_a_sign() {
        assert!(gets_urgent_reply(&read_by_the_model_alone(0.99, None)));
        assert!(gets_urgent_reply(&read_by_the_model_alone(
            0.99,
            Some("en")
        )));
        assert!(
            !gets_urgent_reply(&read_by_the_model_alone(0.9, Some("en"))),
            "a hard day told plainly"
        );
        assert!(
            !gets_urgent_reply(&read_by_the_model_alone(0.99, Some("ur"))),
            "a guess in another language"
        );
        let sign = Classification {
            danger: Some(Danger::Abuse),
            ..read_by_the_model_alone(0.2, Some("ur"))
        };
        assert!(
            gets_urgent_reply(&sign),
            "a sign in the words decides in any language"
        );
        assert!(!gets_urgent_reply(&Classification::plain(
            Route::FindActivity
        )));
    }
}
