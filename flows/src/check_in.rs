//! "Shall I check in next week?": a yes schedules a durable check-in; when it comes due it asks
//! how it went, and the answer (went, didn't go, other ideas) is kept as an outcome.

use crate::dialogue::Stage;
use crate::keywords::Keyword;
use crate::search;
use crate::turn::Turn;
use crate::when;
use crate::words::Words;
use crate::Action;
use serde_json::json;

/// Ways of saying "that's the one" after the details of a suggestion.
const ACCEPT: [&str; 30] = [
    "yes",
    "yeah",
    "ok",
    "okay",
    "lovely",
    "great",
    "brilliant",
    "perfect",
    "fab",
    "fantastic",
    "wonderful",
    "smashing",
    "ace",
    "cool",
    "nice",
    "sounds good",
    "sounds great",
    "sounds lovely",
    "give it a go",
    "give that a go",
    "give it a try",
    "ill try",
    "ill go",
    "ill pop",
    "will do",
    "going to try",
    "thanks",
    "thank you",
    "cheers",
    "ta",
];
/// Words that say yes inside a longer answer.
const SAYS_YES: [&str; 7] = [
    "yes",
    "yeah",
    "yep",
    "please do",
    "go on",
    "that would be nice",
    "why not",
];
/// Words that say no inside a longer answer.
const SAYS_NO: [&str; 6] = ["no", "nope", "nah", "dont", "not", "no need"];
/// An acceptance is a short message; a longer one says something more and is read for it.
const ACCEPT_WORDS: usize = 12;

/// How long after the details the check-in comes: a week, so there has been a chance to go.
const WEEK_SECS: i64 = 7 * DAY_SECS;
/// A day, for a check-in asked for on a weekday ("check in with me Friday").
const DAY_SECS: i64 = 24 * 60 * 60;
/// Words that ask for a check-in in a sentence ("can you check in with me in a couple of
/// weeks?", "yeah go on then, check in with me Friday").
const CHECK_IN_WORDS: [&str; 7] = [
    "check in",
    "checkin",
    "check up on me",
    "check on me",
    "remind me",
    "ask me how it went",
    "see how i got on",
];
/// Words that call a check-in off ("actually don't bother with the check in, cancel it").
const CALL_OFF: [&str; 8] = [
    "cancel",
    "dont",
    "no need",
    "not bother",
    "no check in",
    "stop",
    "forget",
    "never mind",
];
/// How far off a check-in is asked for, and the id the templates say it by; longest first, so
/// "a couple of weeks" is not "a week".
const DELAYS: [(&[&str], i64, &str); 3] = [
    (
        &["couple of weeks", "two weeks", "2 weeks", "fortnight"],
        2 * WEEK_SECS,
        "two_weeks",
    ),
    (&["few days", "couple of days"], 3 * DAY_SECS, "few_days"),
    (&["next week", "a week", "1 week"], WEEK_SECS, "next_week"),
];
/// Where Thursday, the first day of 1970 (day 0 of Unix time), stands in [`when::DAYS`].
const UNIX_DAY_ZERO: i64 = 3;

/// Reads the answer to "shall I check in next week?", as a keyword or in a few words ("yes
/// please, lovely", "no, I'm fine"); false when it was not an answer, and the suggestions stay
/// on screen either way.
pub(crate) fn answer_offer(turn: &mut Turn, keyword: Option<&Keyword>, words: &Words) -> bool {
    turn.state.stage = Stage::Offered;
    match yes_or_no(keyword, words) {
        Some(true) => schedule(turn, words),
        Some(false) => turn.say("check_in_declined", json!({})),
        None => return false,
    }
    settle(turn);
    true
}

/// Yes or no to a question, from the keyword or a short message that says one and not the other.
fn yes_or_no(keyword: Option<&Keyword>, words: &Words) -> Option<bool> {
    match keyword {
        Some(Keyword::Yes) => return Some(true),
        Some(Keyword::No) => return Some(false),
        Some(_) => return None,
        None if words.count() > ACCEPT_WORDS => return None,
        None => {}
    }
    match (words.has_any(&SAYS_YES), words.has_any(&SAYS_NO)) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// Notes that what follows the chosen suggestion (the check-in question) is settled, so a
/// later thank-you is only that.
fn settle(turn: &mut Turn) {
    turn.state.accepted = turn.state.chosen.as_ref().map(|chosen| chosen.id.clone());
}

/// "Lovely, I'll give that a go" after the details of a suggestion: acceptance, never a new
/// conversation. The details offered the check-in and someone to go along; while the check-in
/// question is unanswered it is asked once more with the thanks, and after that (or after a
/// first acceptance) a thank-you gets a plain "you're welcome". False when the message is not
/// an acceptance or no suggestion was chosen.
pub(crate) fn accept(turn: &mut Turn, words: &Words) -> bool {
    let Some(chosen) = turn.state.chosen.clone() else {
        return false;
    };
    if words.count() > ACCEPT_WORDS || !words.has_any(&ACCEPT) {
        return false;
    }
    if turn.state.accepted.as_ref() == Some(&chosen.id) {
        turn.say("thanks", json!({}));
        return true;
    }
    let offer_check_in = !turn.youth() && turn.state.check_in_for.is_none();
    turn.say(
        "accepted",
        json!({ "name": chosen.name, "check_in": offer_check_in }),
    );
    turn.state.stage = if offer_check_in {
        Stage::AskedCheckIn
    } else {
        Stage::Offered
    };
    settle(turn);
    true
}

/// A check-in the person asked for with the keyword (young people only get one this way).
pub(crate) fn on_request(turn: &mut Turn) {
    schedule(turn, &Words::new(""));
}

/// A check-in asked for or called off in a sentence, whether or not one was offered: "can you
/// check in with me in a couple of weeks?" after a list, "cancel the check in". False when the
/// message says nothing of one. Read as anything else, such lines got "sorry, I didn't follow".
pub(crate) fn answer_in_words(turn: &mut Turn, words: &Words) -> bool {
    if !words.has_any(&CHECK_IN_WORDS) {
        return false;
    }
    if words.has_any(&CALL_OFF) {
        forget(turn);
        turn.say("check_in_declined", json!({}));
    } else {
        schedule(turn, words);
    }
    turn.state.stage = Stage::Offered;
    settle(turn);
    true
}

/// Cancels any check-in to come, and forgets what it was to ask about.
pub(crate) fn forget(turn: &mut Turn) {
    turn.act(Action::CancelCheckIns);
    turn.state.check_in_for = None;
}

/// Schedules the check-in about the suggestion the person last looked at (or the only one on
/// screen), as far off as they asked: a week unless they said otherwise.
fn schedule(turn: &mut Turn, words: &Words) {
    let (after_secs, when, day) = delay_asked(words, turn.facts.now);
    turn.act(Action::ScheduleCheckIn { after_secs });
    let only_one = match turn.state.offered.as_slice() {
        [single] => Some(single.clone()),
        _ => None,
    };
    let about = turn.state.chosen.clone().or(only_one);
    let name = about.as_ref().map(|chosen| chosen.name.clone());
    turn.state.check_in_for = about;
    turn.say(
        "check_in_scheduled",
        json!({ "name": name, "when": when, "day": day }),
    );
}

/// How long until the check-in the words ask for, the templates' id for when (`two_weeks`,
/// `few_days`, `next_week`, or `day` with the weekday: the next one, a week on if it is today),
/// else a week.
fn delay_asked(words: &Words, now: i64) -> (i64, &'static str, Option<String>) {
    if let Some((_, secs, id)) = DELAYS.iter().find(|(phrases, _, _)| words.has_any(phrases)) {
        return (*secs, id, None);
    }
    let today = (now.div_euclid(DAY_SECS) + UNIX_DAY_ZERO).rem_euclid(7);
    let asked = when::days_named(words).next();
    match asked.and_then(|name| when::DAYS.iter().position(|day| *day == name)) {
        Some(day) => {
            let ahead = (day as i64 - today).rem_euclid(7);
            let days = if ahead == 0 { 7 } else { ahead };
            let name = when::as_written(when::DAYS[day]);
            (days * DAY_SECS, "day", Some(name))
        }
        None => (WEEK_SECS, "next_week", None),
    }
}

/// The check-in has come due: ask how it went, unless the person opted out or is talking with a
/// navigator.
pub(crate) fn on_due(turn: &mut Turn) {
    if turn.state.opted_out || turn.state.navigator_holds {
        return;
    }
    let about = turn.state.check_in_for.take();
    let name = about.as_ref().map(|suggestion| suggestion.name.clone());
    if about.is_some() {
        turn.state.chosen = about;
    }
    settle(turn);
    turn.state.stage = Stage::CheckingIn;
    turn.say("check_in", json!({ "name": name }));
}

/// What a person said happened after a suggestion, kept for the anonymous figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// They went.
    Went,
    /// They did not get there.
    DidntGo,
    /// They would like other ideas.
    MoreIdeas,
}

/// Words in an answer to "did you get there?" that say they did not.
const DIDNT: [&str; 6] = ["didnt", "couldnt", "not yet", "never", "wasnt able", "no"];

impl Outcome {
    /// The answer a keyword gives: 1 or yes went, 2 or no didn't, 3 or `MORE` other ideas; in
    /// words, "it was lovely" went and "couldn't make it" didn't.
    fn read(keyword: Option<&Keyword>, words: &Words) -> Option<Outcome> {
        match keyword {
            Some(Keyword::Number(1) | Keyword::Yes) => Some(Outcome::Went),
            Some(Keyword::Number(2) | Keyword::No) => Some(Outcome::DidntGo),
            Some(Keyword::Number(3) | Keyword::More) => Some(Outcome::MoreIdeas),
            Some(_) => None,
            None if words.count() > ACCEPT_WORDS => None,
            None if words.has_any(&DIDNT) => Some(Outcome::DidntGo),
            None => words.has_any(&ACCEPT).then_some(Outcome::Went),
        }
    }

    /// The id the figures count.
    fn id(self) -> &'static str {
        match self {
            Outcome::Went => "went",
            Outcome::DidntGo => "didnt_go",
            Outcome::MoreIdeas => "more_ideas",
        }
    }
}

/// Reads the answer to "how did it go?", keeps it as an outcome and answers it: glad for a
/// yes, someone to go with for a no, other ideas for a 3. False when the message was about
/// something else, and then the question stays open (a "hello" first, then "2", still
/// answers it) until a new need replaces it.
pub(crate) fn answer_how_it_went(
    turn: &mut Turn,
    keyword: Option<&Keyword>,
    words: &Words,
) -> bool {
    let Some(outcome) = Outcome::read(keyword, words) else {
        return false;
    };
    turn.state.stage = Stage::Open;
    turn.act(Action::RecordOutcome {
        outcome: outcome.id().into(),
    });
    match outcome {
        Outcome::Went => {
            turn.say("outcome_went", json!({}));
            ask_feedback(turn);
        }
        Outcome::DidntGo => {
            turn.state.stage = Stage::Offered;
            turn.say("outcome_didnt_go", json!({}));
        }
        Outcome::MoreIdeas => search::search_more(turn),
    }
    true
}

/// Asks the optional feedback question once, after someone says they went, when the council
/// has switched it on: positive-framed, with the answer kept without a name or number.
fn ask_feedback(turn: &mut Turn) {
    if !turn.facts.ask_feedback || turn.state.feedback_asked {
        return;
    }
    turn.state.feedback_asked = true;
    turn.state.stage = Stage::AskedFeedback;
    turn.say("feedback_question", json!({}));
}

/// Reads the answer to the feedback question (1 more connected, 2 about the same, 3 less),
/// keeps it for the anonymous figures and thanks them. False for anything else, which closes
/// the question unanswered and is read for what it asks.
pub(crate) fn answer_feedback(turn: &mut Turn, keyword: Option<&Keyword>) -> bool {
    turn.state.stage = Stage::Open;
    let answer = match keyword {
        Some(Keyword::Number(1)) => "connected_more",
        Some(Keyword::Number(2)) => "connected_same",
        Some(Keyword::Number(3)) => "connected_less",
        _ => return false,
    };
    turn.act(Action::RecordOutcome {
        outcome: answer.into(),
    });
    turn.say("feedback_thanks", json!({}));
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Thursday 3 December 2026, noon UTC.
    const A_THURSDAY: i64 = 1_796_299_200;

    #[test]
    fn a_check_in_comes_when_it_was_asked_for() {
        let asked = |text: &str| delay_asked(&Words::new(text), A_THURSDAY);
        assert_eq!(
            asked("can you check in with me in a couple of weeks?"),
            (2 * WEEK_SECS, "two_weeks", None)
        );
        assert_eq!(
            asked("yeah go on then, check in with me Friday"),
            (DAY_SECS, "day", Some("Friday".to_string()))
        );
        assert_eq!(
            asked("check in on thursday"),
            (WEEK_SECS, "day", Some("Thursday".to_string()))
        );
        assert_eq!(asked("yes please"), (WEEK_SECS, "next_week", None));
    }
}
