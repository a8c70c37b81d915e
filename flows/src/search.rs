//! From a need to suggestions: ask only for what is missing (where; for something to do, also
//! when and what makes it hard), search the directory, offer up to three, then details by
//! number, `MORE` for others, someone to go along, or a report that a listing has changed.
//!
//! The same path serves every topic (something to do, someone to talk to, practical help,
//! wellbeing support, volunteering); the templates word it for each.

use crate::dialogue::{Need, Stage, Topic};
use crate::keywords::Keyword;
use crate::turn::Turn;
use crate::{handoff, Action, SearchRequest, Suggestion};
use nlp::{Classification, Route, Tag};
use serde_json::json;

/// Suggestions offered at once: three fit two SMS parts and a person's attention.
const SUGGESTIONS: usize = 3;
/// A reply to "whereabouts?" longer than this is a sentence, not a place.
const PLACE_WORDS: usize = 5;

/// Starts on a new need named in a message and asks the first thing missing. The place said
/// before (or a school's town, set on joining) carries over.
pub(crate) fn begin(turn: &mut Turn, topic: Topic, text: &str, meaning: &Classification) {
    turn.state.need = Need::start(topic, text, meaning, &turn.state.need);
    turn.state.offered.clear();
    next_question(turn);
}

/// Asks the next missing thing about the need in hand, or searches when nothing is missing.
pub(crate) fn next_question(turn: &mut Turn) {
    let need = &turn.state.need;
    let topic = need.topic.unwrap_or(Topic::Activity);
    if !need.knows_where() {
        let again = turn.state.stage == Stage::AskedPlace;
        turn.state.stage = Stage::AskedPlace;
        turn.say("ask_place", json!({ "topic": topic.id(), "again": again }));
    } else if topic == Topic::Activity && !need.asked_when && !need.knows_when_or_barriers() {
        turn.state.need.asked_when = true;
        turn.state.stage = Stage::AskedWhen;
        turn.say("ask_when", json!({}));
    } else {
        search(turn);
    }
}

/// Reads the answer to "whereabouts?". A place with a different need ("walking, in Harrogate"
/// after asking about support) moves the need to it; a different need without a place, or a
/// keyword other than no, is not an answer (false), except yes, which asks again.
pub(crate) fn answer_place(
    turn: &mut Turn,
    text: &str,
    meaning: &Classification,
    keyword: Option<&Keyword>,
) -> bool {
    let new_topic =
        Topic::from_route(meaning.route).filter(|topic| Some(*topic) != turn.state.need.topic);
    match keyword {
        Some(Keyword::Yes) => {
            next_question(turn);
            return true;
        }
        Some(Keyword::No) | None => {}
        Some(_) => return false,
    }
    if meaning.place.is_none() && new_topic.is_some() {
        return false;
    }
    if let Some(place) = &meaning.place {
        turn.state.need.topic = new_topic.or(turn.state.need.topic);
        if text.trim().eq_ignore_ascii_case(place) {
            turn.state.need.add_labels(meaning);
        } else {
            turn.state.need.add(text, meaning);
        }
    } else if keyword == Some(&Keyword::No) || text.split_whitespace().count() > PLACE_WORDS {
        turn.state.need.place_declined = true;
    } else {
        turn.state.need.place = Some(text.trim().to_string());
    }
    next_question(turn);
    true
}

/// Reads the answer to "when, and what makes it hard?": whatever it says goes into the search,
/// except the words of a bare "go" or a keyword (yes, no, `MORE`), which only mean "show me".
pub(crate) fn answer_when(
    turn: &mut Turn,
    text: &str,
    meaning: &Classification,
    keyword: Option<&Keyword>,
) -> bool {
    let just_go = text
        .trim()
        .trim_end_matches(['.', '!'])
        .eq_ignore_ascii_case("go");
    if just_go || keyword.is_some() {
        turn.state.need.add_labels(meaning);
    } else {
        turn.state.need.add(text, meaning);
    }
    search(turn);
    true
}

/// A shared location becomes the place; with a need in hand, the search goes on from there.
pub(crate) fn on_location(turn: &mut Turn, point: (f64, f64)) {
    if !turn.arrives() {
        return;
    }
    turn.state.need.point = Some(point);
    turn.state.need.shown.clear();
    if turn.state.need.topic.is_some() {
        next_question(turn);
    } else {
        turn.say("location_saved", json!({}));
    }
}

/// Asks the directory for the need in hand, leaving out what was offered before; the answer
/// comes back as [`crate::Event::Found`] in this same turn.
pub(crate) fn search(turn: &mut Turn) {
    request_search(turn, false);
}

/// `MORE`: the same need searched again for others, which the figures do not count twice.
pub(crate) fn search_more(turn: &mut Turn) {
    request_search(turn, true);
}

fn request_search(turn: &mut Turn, more: bool) {
    let need = &turn.state.need;
    let request = SearchRequest {
        text: need.text.clone(),
        tags: need.tags.clone(),
        place: need.place.clone(),
        point: need.point,
        youth: turn.youth(),
        exclude: need.shown.clone(),
        limit: SUGGESTIONS,
        more,
    };
    turn.state.stage = Stage::Searching;
    turn.act(Action::Search(request));
}

/// Offers what the directory found, or says honestly that nothing fits and offers a person.
pub(crate) fn on_found(turn: &mut Turn, suggestions: Vec<Suggestion>) {
    if turn.state.stage != Stage::Searching {
        return;
    }
    turn.state.stage = Stage::Offered;
    let need = &turn.state.need;
    let vars = json!({
        "topic": need.topic.unwrap_or(Topic::Activity).id(),
        "place": need.place,
        "nearby": need.point.is_some(),
        "more": !need.shown.is_empty(),
        "items": suggestions.iter().enumerate().map(|(index, suggestion)| json!({
            "number": index + 1,
            "name": suggestion.name,
            "reason": suggestion.reason,
        })).collect::<Vec<_>>(),
    });
    let template = if suggestions.is_empty() {
        "none_found"
    } else {
        "suggestions"
    };
    turn.state
        .need
        .shown
        .extend(suggestions.iter().map(|suggestion| suggestion.id.clone()));
    turn.state.offered = suggestions;
    turn.say(template, vars);
}

/// Reads a message about the suggestions on screen: a number, `MORE`, someone to go along,
/// or a report. False when it is about something else.
pub(crate) fn answer_offer(
    turn: &mut Turn,
    meaning: &Classification,
    keyword: Option<&Keyword>,
) -> bool {
    if turn.state.need.topic.is_none() {
        return false;
    }
    match keyword {
        Some(Keyword::Number(number)) if !turn.state.offered.is_empty() => details(turn, *number),
        Some(Keyword::More) => search_more(turn),
        Some(Keyword::WithSomeone) => handoff::accompany(turn),
        Some(Keyword::Report { number, note }) => report(turn, *number, note),
        _ if wants_company(meaning) && !turn.state.offered.is_empty() => handoff::accompany(turn),
        _ => return false,
    }
    true
}

/// "Could someone come with me?" in words rather than the keyword.
fn wants_company(meaning: &Classification) -> bool {
    meaning.tags.contains(&Tag::Accompany)
        && matches!(meaning.route, Route::SomeoneToTalkTo | Route::Other)
}

/// Sends the details of one suggestion (the person asked, so it may run long) and, for adults
/// who have no check-in coming, offers one.
fn details(turn: &mut Turn, number: usize) {
    let Some(chosen) = turn.state.offered.get(number - 1).cloned() else {
        turn.say("pick_number", json!({ "count": turn.state.offered.len() }));
        return;
    };
    let offer_check_in = !turn.youth() && turn.state.check_in_for.is_none();
    let topic = turn.state.need.topic.unwrap_or(Topic::Activity);
    turn.say(
        "details",
        json!({
            "name": chosen.name,
            "details": chosen.details,
            "check_in": offer_check_in,
            "accompany": matches!(topic, Topic::Activity | Topic::Wellbeing),
        }),
    );
    turn.state.stage = if offer_check_in {
        Stage::AskedCheckIn
    } else {
        Stage::Offered
    };
    turn.state.chosen = Some(chosen);
}

/// Passes a report on a listing to the directory keepers.
fn report(turn: &mut Turn, number: Option<usize>, note: &str) {
    let target = match number {
        Some(number) => turn.state.offered.get(number.wrapping_sub(1)).cloned(),
        None => turn.state.chosen.clone(),
    };
    let Some(target) = target else {
        turn.say("report_which", json!({ "count": turn.state.offered.len() }));
        return;
    };
    turn.act(Action::ReportListing {
        service_id: target.id.clone(),
        note: note.to_string(),
    });
    turn.say("reported", json!({ "name": target.name }));
}
