//! A real person: `PERSON` or "can I talk to someone" at any point, someone to go along the
//! first time, and navigators taking the chat over and handing it back.

use crate::dialogue::{Need, Stage, Topic};
use crate::refine::{self, Change};
use crate::turn::Turn;
use crate::words::Words;
use crate::{Action, Urgency};
use nlp::{Classification, Tag};
use serde_json::json;

/// Ways of asking for a person in words, wherever they come in a message ("yes please,
/// someone to ring me", "can I speak to someone about it"). "Someone to talk to" is not here:
/// that asks for befriending, which the directory has. Asking to be rung ("someone to ring
/// me") is read by [`ASKS_FOR_CALL`].
const ASKS_FOR_PERSON: [&str; 17] = [
    "anyone who knows",
    "someone who knows",
    "anyone who can help",
    "someone who can help",
    "speak to someone",
    "speak to somebody",
    "speak to a person",
    "speak to a human",
    "talk to someone",
    "talk to somebody",
    "talk to a person",
    "talk to a human",
    "talk to a real",
    "speak to a real",
    "someone to help me",
    "somebody to help me",
    "can someone help me",
];
/// Ways of asking to be rung rather than written to.
const ASKS_FOR_CALL: [&str; 8] = [
    "ring me",
    "call me",
    "phone me",
    "give me a ring",
    "give me a call",
    "on the phone",
    "rather speak",
    "rather talk",
];

/// True when the message asks for a person in words, or to be rung.
pub(crate) fn asks_for_person(words: &Words) -> bool {
    words.has_any(&ASKS_FOR_PERSON) || asks_for_call(words)
}

/// True when the message asks to be rung rather than written to.
pub(crate) fn asks_for_call(words: &Words) -> bool {
    words.has_any(&ASKS_FOR_CALL)
}

/// True when the message asks to be rung with nothing of a regular chat in it ("can someone
/// ring me, afternoons are best"): a call back from the team, not telephone befriending ("could
/// someone ring me for a chat now and then"), which the directory has.
pub(crate) fn asks_for_call_back(words: &Words) -> bool {
    asks_for_call(words) && !words.has_any(&REGULAR_CALLS)
}

/// Words that make a call a regular chat rather than a call back.
const REGULAR_CALLS: [&str; 10] = [
    "chat",
    "natter",
    "company",
    "now and",
    "every",
    "regular",
    "weekly",
    "once a",
    "from time to time",
    "sometimes",
];

/// Asks a navigator to get in touch, once: a second ask while one is waiting only reassures.
/// Someone who asked to be rung is told a person will ring (on SMS, where we have the number),
/// and the queue says so.
pub(crate) fn to_person(turn: &mut Turn, call: bool) {
    to_person_because(turn, call, "Asked to talk to a person");
}

/// [`to_person`] for a reason the queue shows the navigator ("Told more of a practical need
/// than a listing meets"), so they know why the bot passed the chat on.
pub(crate) fn to_person_because(turn: &mut Turn, call: bool, reason: &str) {
    ask_for_person(turn, call, reason, None);
}

/// [`to_person`] when the same message says when suits them ("can someone ring me, afternoons
/// are best"): the time goes in the queue's summary and the reply says it was passed on, as a
/// time sent after the ask is ([`pass_on`]).
pub(crate) fn to_person_at(turn: &mut Turn, call: bool, changes: &[Change]) {
    let when = noticed_value(changes, "when");
    ask_for_person(turn, call, "Asked to talk to a person", when);
}

/// Queues the chat once with why and when to reach them, and tells the person.
fn ask_for_person(turn: &mut Turn, call: bool, reason: &str, when: Option<String>) {
    if turn.state.awaiting_navigator {
        turn.say("handoff_pending", json!({}));
        return;
    }
    let best_times = when
        .as_deref()
        .map(|when| format!(" Best times: {when}."))
        .unwrap_or_default();
    let summary = format!(
        "{reason}{}. {}{best_times}",
        if call { ", by phone" } else { "" },
        describe(&turn.state.need, turn.youth())
    );
    queue(turn, summary);
    let mut vars = availability(turn);
    vars["call"] = json!(call);
    vars["when"] = json!(when);
    vars["plain_errand"] = json!(is_plain_errand(&turn.state.need));
    turn.say("handoff", vars);
}

/// The value of the first detail of `kind` the message changed ("when", "place"), as read.
fn noticed_value(changes: &[Change], kind: &str) -> Option<String> {
    refine::noticed(changes)
        .into_iter()
        .find(|noted| noted.kind == kind)
        .and_then(|noted| noted.value)
}

/// True when what the person is after is something to do, practical help or a way to help
/// others, and they said nothing of carrying a lot ([`FELT`]): the handoff then leaves out "if
/// you're in danger" and the listening line, which read as alarm beside a food bank or a form.
/// Anything about wellbeing or someone to talk to, or no need yet, keeps them, and the youth
/// wording always has them (safeguarding).
fn is_plain_errand(need: &Need) -> bool {
    let errand = matches!(
        need.topic,
        Some(Topic::Activity | Topic::Practical | Topic::Volunteer)
    );
    errand && !need.tags.iter().any(|tag| FELT.contains(tag))
}

/// Tags that say the person carries a lot (a death, caring for someone), which keep the urgent
/// lines in a handoff.
const FELT: [Tag; 2] = [Tag::Bereaved, Tag::Carers];

/// Someone writing in another language: a person who can arrange help in it is asked to get in
/// touch, since the bot can only write in English; while they wait, each later message gets the
/// short form, not the whole explanation again.
pub(crate) fn for_language(turn: &mut Turn) {
    let again = turn.state.awaiting_navigator;
    if !again {
        let code = turn.state.need.lang.as_deref().unwrap_or("unknown");
        let language = match turn.facts.languages.name(code) {
            Some(name) => format!("{name} ({code})"),
            None => format!("another language ({code})"),
        };
        queue(
            turn,
            format!(
                "Writes in {language}: please arrange help in it, with an interpreter if need be."
            ),
        );
    }
    let lang = turn.state.need.lang.clone();
    turn.say("other_language", json!({ "lang": lang, "again": again }));
}

/// Words about being rung back ("yes ring this number", "my mobile's best").
const ABOUT_THE_CALL: [&str; 8] = [
    "ring",
    "call",
    "phone",
    "this number",
    "my number",
    "mobile",
    "landline",
    "text me",
];
/// The fewest digits in a UK phone number written out (a landline without its area code is
/// shorter, but nobody gives one so).
const PHONE_DIGITS: usize = 10;

/// True when, with a person on the way, the message tells them how or when to get in touch (a
/// time, a place, a number: "HD7. MORNINGS BEST", "yes ring this number, afternoons best") and
/// asks nothing else. Read as a new search, such a line got "Got it: afternoons" and a list of
/// bowls clubs in answer to a call-back time. Only when nothing is on screen, or the words are
/// about the call or say the person is free then ("after 4 is best for me"), so "Saturdays
/// instead" after a list is still a change to the list, and "a walking group near Batley" is
/// still a request.
pub(crate) fn tells_how_to_reach(
    turn: &Turn,
    text: &str,
    meaning: &Classification,
    changes: &[Change],
) -> bool {
    let waiting = turn.state.awaiting_navigator && !turn.state.crisis_waiting;
    let words = Words::new(text);
    let about_the_call = words.has_any(&ABOUT_THE_CALL) || gives_a_number(text);
    let asks_for_something = Topic::from_route(meaning.route).is_some()
        || meaning.tags.iter().any(|tag| tag.is_interest());
    let noticed = refine::noticed(changes);
    let only_details = noticed
        .iter()
        .all(|noted| noted.kind == "place" || noted.kind == "when")
        && !refine::names_a_need(changes);
    let has_detail = about_the_call || !noticed.is_empty();
    let tells_availability =
        words.has_any(&AVAILABILITY) && noticed.iter().any(|noted| noted.kind == "when");
    waiting
        && turn.state.stage != Stage::AskedPlace
        && !text.contains('?')
        && only_details
        && has_detail
        && (about_the_call
            || tells_availability
            || (turn.state.offered.is_empty() && !asks_for_something))
}

/// Words that say a time is when the person is free ("mornings are best", "I'm free after 4"),
/// not when they would like a group to meet: with a person on the way, the time is for them,
/// even with a list on screen.
const AVAILABILITY: [&str; 9] = [
    "best",
    "prefer",
    "suits me",
    "suit me",
    "im free",
    "i am free",
    "available",
    "good for me",
    "works for me",
];

/// Tells the person their details are passed on, and adds them to the queue's summary (the
/// times and place as the bot read them; that a number is in the chat, not the number).
pub(crate) fn pass_on(turn: &mut Turn, text: &str, changes: &[Change]) {
    let when = noticed_value(changes, "when");
    let mut notes = Vec::new();
    if let Some(when) = &when {
        notes.push(format!("Best times: {when}."));
    }
    if let Some(place) = noticed_value(changes, "place") {
        notes.push(format!("Place: {place}."));
    }
    if gives_a_number(text) {
        notes.push("Gave a phone number in the chat.".to_string());
    }
    if !notes.is_empty() {
        turn.act(Action::NoteHandoff {
            note: notes.join(" "),
        });
    }
    let mut vars = availability(turn);
    vars["when"] = json!(when);
    vars["plain_errand"] = json!(is_plain_errand(&turn.state.need));
    turn.say("handoff_noted", vars);
}

/// True when the message holds a phone number.
fn gives_a_number(text: &str) -> bool {
    text.chars().filter(char::is_ascii_digit).count() >= PHONE_DIGITS
}

/// Asks a navigator or befriender to go along with the person the first time, to the
/// suggestion they chose (or the only one offered).
pub(crate) fn accompany(turn: &mut Turn) {
    let only_one = match turn.state.offered.as_slice() {
        [single] => Some(single),
        _ => None,
    };
    let name = turn
        .state
        .chosen
        .as_ref()
        .or(only_one)
        .map(|choice| choice.name.clone());
    let place = name
        .as_deref()
        .map(|name| format!(" to {name}"))
        .unwrap_or_default();
    let summary = format!(
        "Would like someone to go with them the first time{place}. {}",
        describe(&turn.state.need, turn.youth())
    );
    queue(turn, summary);
    let mut vars = availability(turn);
    vars["name"] = json!(name);
    turn.say("accompany", vars);
}

/// Whether the person's navigators (the youth team for a school cohort) are on shift and, if
/// not, when they are back: every message promising a person says honestly when to expect one.
pub(crate) fn availability(turn: &Turn) -> serde_json::Value {
    let shift = if turn.youth() {
        &turn.facts.youth_navigators
    } else {
        &turn.facts.navigators
    };
    json!({ "open": shift.open, "back": shift.back })
}

/// Puts the conversation in the navigators' queue at normal priority.
fn queue(turn: &mut Turn, summary: String) {
    turn.act(Action::Handoff {
        urgency: Urgency::Normal,
        summary: summary.trim().to_string(),
    });
    turn.state.awaiting_navigator = true;
}

/// A few words for the queue on what the person is after, from the labels only (never their
/// words): the topic, the practical needs, the tags, the place and a language other than English.
fn describe(need: &Need, youth: bool) -> String {
    let mut parts = Vec::new();
    if let Some(topic) = need.topic {
        parts.push(format!("Looking for: {}", topic.id().replace('_', " ")));
    }
    if !need.practical.is_empty() {
        let needs: Vec<&str> = need.practical.iter().map(|need| need.id()).collect();
        parts.push(format!("needs: {}", needs.join(", ")));
    }
    if need.start_group {
        parts.push("wants to start a group".into());
    }
    if !need.tags.is_empty() {
        let tags: Vec<&str> = need.tags.iter().map(|tag| tag.id()).collect();
        parts.push(format!("tags: {}", tags.join(", ")));
    }
    if let Some(place) = &need.place {
        parts.push(format!("place: {place}"));
    }
    if let Some(lang) = need.lang.as_deref().filter(|lang| *lang != "en") {
        parts.push(format!("language: {lang}"));
    }
    if youth {
        parts.push("school cohort".into());
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("{}.", parts.join("; "))
    }
}

/// A navigator took the chat: the person is told a person is here now, and the bot goes quiet
/// but for safety and opt-outs.
pub(crate) fn navigator_joined(turn: &mut Turn) {
    turn.state.navigator_holds = true;
    turn.state.awaiting_navigator = false;
    turn.state.crisis_waiting = false;
    if !turn.state.opted_out {
        turn.say("navigator_joined", json!({}));
    }
}

/// The navigator put the chat back in the queue: the bot speaks again and says a person will
/// still pick it up; the handoff stays open, so `PERSON` only reassures.
pub(crate) fn navigator_released(turn: &mut Turn) {
    turn.state.navigator_holds = false;
    turn.state.awaiting_navigator = true;
    turn.state.stage = Stage::Open;
    if !turn.state.opted_out {
        turn.say("navigator_released", availability(turn));
    }
}

/// The navigator handed back: the bot says it is here again, with no open question, and a
/// new `PERSON` queues afresh.
pub(crate) fn navigator_left(turn: &mut Turn) {
    turn.state.navigator_holds = false;
    turn.state.awaiting_navigator = false;
    turn.state.crisis_waiting = false;
    turn.state.stage = Stage::Open;
    if !turn.state.opted_out {
        turn.say("navigator_left", json!({}));
    }
}
