//! The keywords about the person's relationship with the service: opting out and back in,
//! `HELP`, `PRIVACY`, `DELETE MY DATA`, and joining a school cohort.

use crate::cohort::{Cohort, Validity};
use crate::dialogue::Stage;
use crate::keywords::{self, Keyword};
use crate::turn::Turn;
use crate::{check_in, handoff, language, Action, State};
use serde_json::json;

/// Decides whether the bot may go on with a message at all: it handles opting out and back in,
/// and stays silent for someone opted out or while a navigator holds the chat. True when the
/// message needs nothing more. Only START, UNSTOP or the word YES itself opts back in, as the
/// SMS industry's keywords do: an "ok" that acknowledges an opt-out must not undo it.
pub(crate) fn gate(turn: &mut Turn, text: &str, keyword: Option<&Keyword>) -> bool {
    if turn.state.opted_out {
        let plain_yes = keyword == Some(&Keyword::Yes) && keywords::is_the_word_yes(text);
        if keyword == Some(&Keyword::OptIn) || plain_yes {
            opt_in(turn);
        }
        return true;
    }
    if keyword == Some(&Keyword::OptOut) {
        opt_out(turn);
        return true;
    }
    turn.state.navigator_holds
}

/// Confirms the opt-out (the one message allowed after it), then stops everything.
fn opt_out(turn: &mut Turn) {
    turn.say("opted_out", json!({}));
    turn.act(Action::OptOut);
    check_in::forget(turn);
    turn.state.opted_out = true;
    turn.state.stage = Stage::Open;
}

/// Opts the person back in and asks what they would like.
fn opt_in(turn: &mut Turn) {
    turn.act(Action::OptIn);
    turn.state.opted_out = false;
    turn.say("opted_in", json!({}));
}

/// Answers the keywords that work at any point once the gate is passed; true when one did.
///
/// "Delete everything?" stays open for one answer only: any other keyword drops it, so a yes
/// much later can never erase.
pub(crate) fn answer(turn: &mut Turn, keyword: Option<&Keyword>) -> bool {
    let answers_erase = matches!(keyword, Some(Keyword::Yes | Keyword::No));
    if turn.state.stage == Stage::ConfirmErase && !answers_erase {
        turn.state.stage = Stage::Open;
    }
    match keyword {
        Some(Keyword::Help) => turn.say("help", json!({})),
        Some(Keyword::Privacy) => turn.say("privacy", json!({})),
        Some(Keyword::OptIn) => welcome(turn, true),
        Some(Keyword::DeleteMyData) => {
            turn.say("confirm_erase", json!({}));
            turn.state.stage = Stage::ConfirmErase;
        }
        Some(Keyword::Person) => handoff::to_person(turn, false),
        Some(Keyword::Join(code)) => join(turn, code),
        Some(Keyword::Language(chosen)) => choose_language(turn, chosen),
        Some(Keyword::Link(None)) => turn.act(Action::OfferLink),
        Some(Keyword::Link(Some(_))) if link_tries_spent(turn) => {
            linked(turn, String::new(), false)
        }
        Some(Keyword::Link(Some(code))) => turn.act(Action::Link { code: code.clone() }),
        _ => return false,
    }
    true
}

/// Gives the code the bot made for `LINK`, to send from the person's other channel, and asks
/// the bot to keep it.
pub(crate) fn offer_link(turn: &mut Turn, code: String) {
    turn.say(
        "link_code",
        json!({ "code": code, "minutes": crate::LINK_CODE_MINUTES }),
    );
    turn.act(Action::KeepLinkCode { code });
}

/// Wrong `LINK` codes a chat may send in [`LINK_TRIES_WINDOW_SECS`] before no more are looked
/// up: a code is one of a million, so a handful of typos is all an honest person needs, while a
/// guesser would need hundreds of thousands.
const LINK_TRIES: u8 = 5;
/// See [`LINK_TRIES`].
const LINK_TRIES_WINDOW_SECS: i64 = 3600;

/// Answers `LINK 123456`: a known code joins this channel to the person it was made for, and
/// says so; an unknown or expired one says how to get a new one, and counts as a miss.
pub(crate) fn linked(turn: &mut Turn, code: String, joined: bool) {
    if joined {
        turn.state.link_misses = None;
        turn.say("linked", json!({}));
        turn.act(Action::JoinLinked { code });
    } else {
        let now = turn.facts.now;
        let misses = match turn.state.link_misses {
            Some((count, since)) if now - since < LINK_TRIES_WINDOW_SECS => {
                (count.saturating_add(1), since)
            }
            _ => (1, now),
        };
        turn.state.link_misses = Some(misses);
        turn.say(
            "link_unknown",
            json!({ "minutes": crate::LINK_CODE_MINUTES }),
        );
    }
}

/// True when this chat has sent [`LINK_TRIES`] wrong codes within the hour.
fn link_tries_spent(turn: &Turn) -> bool {
    let now = turn.facts.now;
    turn.state
        .link_misses
        .is_some_and(|(count, since)| count >= LINK_TRIES && now - since < LINK_TRIES_WINDOW_SECS)
}

/// `LANGUAGE pl` or `LANGUAGE English`: the person says which language they write in, once, and
/// it stays until they say otherwise. A language the bot writes (English, or a locale in
/// `content/templates/`) carries on in it; one it cannot write yet goes to a person who can
/// arrange help in it, as when it is detected; a word it does not know is answered with how to
/// say it.
fn choose_language(turn: &mut Turn, chosen: &str) {
    let Some(code) = turn.facts.languages.code_of(chosen) else {
        turn.say("language_unknown", json!({}));
        return;
    };
    turn.state.need.lang = Some(code.clone());
    turn.state.need.lang_chosen = true;
    if code == language::ENGLISH {
        turn.say("language_english", json!({}));
    } else if turn.facts.languages.writes(&code) {
        turn.say("language_written", json!({}));
    } else {
        handoff::for_language(turn);
    }
}

/// The first words a person gets, once ever: what the bot is, what it keeps, and (unless the
/// message already asked for something) what they would like to do more of. Someone welcomed
/// before who starts again is only asked what they would like.
pub(crate) fn welcome(turn: &mut Turn, ask: bool) {
    greet(turn, ask, false);
}

/// The welcome for a first message that asks who runs the service ("who runs this? is it the
/// council"): it says so, and asks what they would like.
pub(crate) fn welcome_saying_who(turn: &mut Turn) {
    greet(turn, true, true);
}

/// The welcome, once per person; after it, only the question when asked for.
fn greet(turn: &mut Turn, ask: bool, who: bool) {
    if turn.state.greeted {
        if ask {
            turn.say("ask_topic", json!({}));
        }
        return;
    }
    turn.state.greeted = true;
    turn.say("welcome", json!({ "ask": ask, "who": who }));
}

/// Reads the answer to "delete everything?": yes erases, no keeps; true when it was an answer.
pub(crate) fn confirm_erase(turn: &mut Turn, keyword: Option<&Keyword>) -> bool {
    turn.state.stage = Stage::Open;
    match keyword {
        Some(Keyword::Yes) => {
            turn.say("erased", json!({}));
            turn.act(Action::Erase);
            turn.state = State::default();
        }
        Some(Keyword::No) => turn.say("erase_cancelled", json!({})),
        _ => return false,
    }
    true
}

/// Puts the person in a school's cohort when the code is known; says so when it is not.
fn join(turn: &mut Turn, code: &str) {
    let Some(school) = turn.facts.schools.find(code).cloned() else {
        turn.say("unknown_code", json!({ "code": code }));
        return;
    };
    match school.validity(turn.facts.now) {
        Validity::Open => {}
        Validity::NotYet => return turn.say("unknown_code", json!({ "code": code })),
        Validity::Ended => return turn.say("code_ended", json!({ "code": code.trim() })),
    }
    let code = code.trim().to_uppercase();
    turn.act(Action::JoinCohort { code: code.clone() });
    if turn.state.need.place.is_none() {
        turn.state.need.place = Some(school.place.clone());
    }
    turn.say("joined", json!({ "school": school.name }));
    turn.state.cohort = Some(Cohort { code, school });
}

/// Telegram's `/start`, with a school code as payload when the link came from a school. Pressing
/// start is an explicit opt-in, so it also lifts an opt-out.
pub(crate) fn on_start(turn: &mut Turn, payload: Option<&str>) {
    if turn.state.opted_out {
        turn.act(Action::OptIn);
        turn.state.opted_out = false;
    }
    if !turn.arrives() {
        return;
    }
    match payload.map(str::trim).filter(|code| !code.is_empty()) {
        Some(code) => join(turn, code),
        None => welcome(turn, true),
    }
}
