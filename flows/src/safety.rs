//! Crisis signs: an immediate reply with urgent help and an urgent handoff, whatever the state,
//! whoever holds the chat. The numbers themselves live in `content/crisis/`, per area.

use crate::check_in;
use crate::dialogue::Stage;
use crate::keywords::Keyword;
use crate::refine::{self, Change};
use crate::turn::Turn;
use crate::words::Words;
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
/// asks for nothing ("golcar", "ok", "don't want to make a fuss"): urgent help again, for the
/// same kind of danger, and that a person is coming.
pub(crate) fn hold(turn: &mut Turn) {
    let danger = turn.state.crisis_kind.unwrap_or(Danger::Harm);
    turn.say("crisis_waiting", json!({ "danger": danger.id() }));
}

/// True when, with urgent help sent and no navigator yet, a message still asks the bot for
/// something: a pick from what is on screen (a number, `SAVE`, `MORE`), an interest, a
/// practical need or a group to start named in words, a request the
/// model is all but sure of ("i want to volunteer"), or the place a question before the danger
/// asked for. Only then does it get an answer of its own, in case the signs were a misreading
/// or the person wants to carry on. A place out of the blue, a time or a few words ("I'm in
/// Huddersfield", "ambulance coming", "don't want to make a fuss") are no request: answered
/// with ideas, they told someone who had taken an overdose what was on near them.
pub(crate) fn asks_past_the_danger(
    turn: &Turn,
    meaning: &Classification,
    keyword: Option<&Keyword>,
    changes: &[Change],
) -> bool {
    let picks = matches!(
        keyword,
        Some(Keyword::Number(_) | Keyword::Save | Keyword::More)
    );
    let named = refine::names_a_need(changes)
        || changes
            .iter()
            .any(|change| matches!(change, Change::Interests { .. }));
    let answers_where = turn.state.stage == Stage::AskedPlace
        && changes
            .iter()
            .any(|change| matches!(change, Change::Place { .. }));
    let sure_request = matches!(
        meaning.route,
        Route::FindActivity | Route::Volunteer | Route::PracticalHelp
    ) && meaning.sure_of_route(SURE_REQUEST);
    picks || named || answers_where || sure_request
}

/// How sure the model must be that a message after urgent help asks for something to do, to
/// volunteer or for practical help, for it to be answered as that.
const SURE_REQUEST: f32 = 0.9;

/// Words that say someone else reads the person's phone: a message from us could put them in
/// danger.
const PHONE_WATCHED: [&str; 12] = [
    "checks my phone",
    "check my phone",
    "checking my phone",
    "goes through my phone",
    "go through my phone",
    "looks at my phone",
    "look at my phone",
    "reads my messages",
    "read my messages",
    "reads my texts",
    "read my texts",
    "takes my phone",
];
/// Words that ask us not to write to them.
const DONT_WRITE: [&str; 8] = [
    "dont message me",
    "dont text me",
    "dont send me",
    "dont contact me",
    "dont reply",
    "dont write",
    "no messages",
    "no texts",
];

/// True when writing to the person could put them at risk: they say someone reads their phone,
/// or, with a person on the way, they ask us not to write ("please don't message me later").
pub(crate) fn must_not_write(turn: &Turn, words: &Words) -> bool {
    words.has_any(&PHONE_WATCHED) || (turn.state.awaiting_navigator && words.has_any(&DONT_WRITE))
}

/// No message goes to the person unless they write first: check-ins are cancelled, they are
/// told so (with how to get help unseen), and the navigators' queue says not to text them.
pub(crate) fn write_no_more(turn: &mut Turn) {
    let danger = turn.state.crisis_kind.unwrap_or(Danger::Harm);
    turn.say("quiet_contact", json!({ "danger": danger.id() }));
    check_in::forget(turn);
    turn.act(Action::NoteHandoff {
        note: DONT_WRITE_NOTE.into(),
    });
}

/// What the navigators' queue says when writing to the person could put them at risk.
const DONT_WRITE_NOTE: &str =
    "Asked not to be messaged: someone may read their phone. Do not text or ring first.";

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
    turn.state.crisis_kind = Some(danger);
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
