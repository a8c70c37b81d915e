//! "Shall I check in next week?": a yes schedules a durable check-in; when it comes due it asks
//! how it went, and the answer (went, didn't go, other ideas) is kept as an outcome.

use crate::dialogue::Stage;
use crate::keywords::Keyword;
use crate::search;
use crate::turn::Turn;
use crate::Action;
use serde_json::json;

/// How long after the details the check-in comes: a week, so there has been a chance to go.
const WEEK_SECS: i64 = 7 * 24 * 60 * 60;

/// Reads the answer to "shall I check in next week?"; false when it was not an answer, and the
/// suggestions stay on screen either way.
pub(crate) fn answer_offer(turn: &mut Turn, keyword: Option<&Keyword>) -> bool {
    turn.state.stage = Stage::Offered;
    match keyword {
        Some(Keyword::Yes) => schedule(turn),
        Some(Keyword::No) => turn.say("check_in_declined", json!({})),
        _ => return false,
    }
    true
}

/// A check-in the person asked for in their own words (young people only get one this way).
pub(crate) fn on_request(turn: &mut Turn) -> bool {
    if turn.state.chosen.is_none() {
        return false;
    }
    schedule(turn);
    true
}

/// Schedules the check-in about the suggestion the person last looked at.
fn schedule(turn: &mut Turn) {
    turn.act(Action::ScheduleCheckIn {
        after_secs: WEEK_SECS,
    });
    turn.state.check_in_for = turn.state.chosen.clone();
    let name = turn.state.chosen.as_ref().map(|chosen| chosen.name.clone());
    turn.say("check_in_scheduled", json!({ "name": name }));
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

impl Outcome {
    /// The answer a keyword gives: 1 or yes went, 2 or no didn't, 3 or `MORE` other ideas.
    fn from_keyword(keyword: Option<&Keyword>) -> Option<Outcome> {
        match keyword? {
            Keyword::Number(1) | Keyword::Yes => Some(Outcome::Went),
            Keyword::Number(2) | Keyword::No => Some(Outcome::DidntGo),
            Keyword::Number(3) | Keyword::More => Some(Outcome::MoreIdeas),
            _ => None,
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
/// something else.
pub(crate) fn answer_how_it_went(turn: &mut Turn, keyword: Option<&Keyword>) -> bool {
    turn.state.stage = Stage::Open;
    let Some(outcome) = Outcome::from_keyword(keyword) else {
        return false;
    };
    turn.act(Action::RecordOutcome {
        outcome: outcome.id().into(),
    });
    match outcome {
        Outcome::Went => turn.say("outcome_went", json!({})),
        Outcome::DidntGo => {
            turn.state.stage = Stage::Offered;
            turn.say("outcome_didnt_go", json!({}));
        }
        Outcome::MoreIdeas => search::search_more(turn),
    }
    true
}
