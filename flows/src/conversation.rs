//! Reads one message from a person, in a fixed order of precedence: crisis signs, then the
//! opt-out gate and a navigator holding the chat, then keywords that work anywhere, then the
//! answer to the open question, then what the message asks for (its route).

use crate::dialogue::{Stage, Topic};
use crate::keywords::{self, Keyword};
use crate::turn::Turn;
use crate::{account, check_in, handoff, life, safety, search};
use nlp::{Classification, Route};
use serde_json::json;

/// Answers a text message (or a button, whose data arrives as text).
pub(crate) fn on_text(turn: &mut Turn, text: &str, meaning: &Classification) {
    turn.state.turns += 1;
    if safety::signs_of_danger(meaning) {
        safety::respond(turn);
        return;
    }
    let keyword = keywords::read(text);
    let keyword = keyword.as_ref();
    if account::gate(turn, keyword) || account::answer(turn, keyword) {
        return;
    }
    if answer_open_question(turn, text, meaning, keyword)
        || answer_loose_keyword(turn, meaning, keyword)
    {
        return;
    }
    follow_route(turn, text, meaning);
}

/// Reads the message as the answer to the question the bot last asked; false when it is not.
fn answer_open_question(
    turn: &mut Turn,
    text: &str,
    meaning: &Classification,
    keyword: Option<&Keyword>,
) -> bool {
    match turn.state.stage.clone() {
        Stage::ConfirmErase => account::confirm_erase(turn, keyword),
        Stage::AskedCheckIn => check_in::answer_offer(turn, keyword),
        Stage::CheckingIn => check_in::answer_how_it_went(turn, keyword),
        Stage::OfferedPack { pack } => life::answer(turn, &pack, keyword),
        Stage::AskedPlace => search::answer_place(turn, text, meaning, keyword),
        Stage::AskedWhen => search::answer_when(turn, text, meaning, keyword),
        Stage::Open | Stage::Searching | Stage::Offered => false,
    }
}

/// Keywords that only make sense with something in hand: the suggestions on screen, a
/// check-in to ask for, or a need to find more for.
fn answer_loose_keyword(
    turn: &mut Turn,
    meaning: &Classification,
    keyword: Option<&Keyword>,
) -> bool {
    if search::answer_offer(turn, meaning, keyword) {
        return true;
    }
    match keyword {
        Some(Keyword::CheckIn) => check_in::on_request(turn),
        Some(Keyword::Yes | Keyword::No | Keyword::More | Keyword::Number(_) | Keyword::Save)
            if !turn.is_first() =>
        {
            turn.say("ask_topic", json!({}));
            true
        }
        _ => false,
    }
}

/// Answers what the message asks for; on a first message the welcome comes first. A message
/// that tells of a life change is a need even when the model saw no route in it.
fn follow_route(turn: &mut Turn, text: &str, meaning: &Classification) {
    let first = turn.is_first();
    let life_change = life::names_life_change(meaning).then_some(Topic::Wellbeing);
    if let Some(topic) = Topic::from_route(meaning.route).or(life_change) {
        if first {
            account::welcome(turn, false);
        }
        if !life::offer(turn, topic, text, meaning) {
            search::begin(turn, topic, text, meaning);
        }
        return;
    }
    match meaning.route {
        Route::Human => {
            if first {
                account::welcome(turn, false);
            }
            handoff::to_person(turn);
        }
        _ if writes_another_language(meaning) => handoff::for_language(turn),
        _ if first => account::welcome(turn, true),
        _ => small_talk(turn, text, meaning),
    }
}

/// True when the message is in a language other than English, so a person is offered.
fn writes_another_language(meaning: &Classification) -> bool {
    meaning.lang.as_deref().is_some_and(|lang| lang != "en")
}

/// Greetings, thanks, questions about the service, and anything unclear.
fn small_talk(turn: &mut Turn, text: &str, meaning: &Classification) {
    let template = if meaning.route == Route::Other {
        "not_understood"
    } else if says_thanks(text) {
        "thanks"
    } else {
        "smalltalk"
    };
    turn.say(template, json!({}));
}

/// A sticker, photo or voice note: ask for words instead.
pub(crate) fn on_unsupported(turn: &mut Turn) {
    if turn.arrives() {
        turn.say("unsupported", json!({}));
    }
}

/// True for a thank-you ("thanks", "thank you", "cheers", "ta"), answered unlike a greeting.
fn says_thanks(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .any(|word| word.starts_with("thank") || matches!(word.as_str(), "cheers" | "ta" | "thx"))
}
