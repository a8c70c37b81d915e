//! From a need to suggestions: ask only for what is missing (where), search the directory, offer
//! up to three, then details by number, `MORE` for others, someone to go along, or a report that
//! a listing has changed. When and what makes going hard are never asked before the first ideas:
//! a person who said neither sees ideas at once, with an invitation to say them to narrow it down.
//!
//! The same path serves every topic (something to do, someone to talk to, practical help,
//! wellbeing support, volunteering); the templates word it for each.

use crate::dialogue::{Need, Stage, Topic};
use crate::keywords::Keyword;
use crate::refine::{self, Change, Noted};
use crate::turn::Turn;
use crate::{handoff, life, when, Action, SearchRequest, Suggestion};
use nlp::{Classification, Route, Tag};
use serde_json::json;

/// Suggestions offered at once: three fit two SMS parts and a person's attention.
const SUGGESTIONS: usize = 3;

/// The furthest a suggestion may be for the reply to call the list "near" the person: a short
/// bus ride in a town, a few minutes' drive in the country.
const NEAR_MILES: f64 = 5.0;

/// Words around the pick in an answer to "which one?" ("the Telford one, please").
const PICKING_WORDS: [&str; 6] = ["the", "one", "in", "on", "please", "mean"];
/// A reply to "whereabouts?" longer than this is a sentence, not a place.
const PLACE_WORDS: usize = 5;
/// The most of the person's words a search reads, counted from the end: in a long story the
/// need is usually said last, and the labels carry the rest.
const SEARCH_WORDS: usize = 30;

/// Starts on a new need named in a message and asks the first thing missing. Everything the
/// person said before (where, when, cost, access, a school's town) carries over; the message's
/// own changes and interests are taken again, since a new need drops the old one's.
pub(crate) fn begin(
    turn: &mut Turn,
    topic: Topic,
    text: &str,
    meaning: &Classification,
    changes: &[Change],
) {
    turn.state.need = Need::start(topic, &turn.state.need);
    refine::remember(&mut turn.state, changes);
    let interests = meaning.tags.iter().filter(|tag| tag.is_interest());
    interests.for_each(|tag| turn.state.need.add_tag(*tag));
    turn.state.need.add_words(text);
    turn.state.offered.clear();
    next_question(turn);
}

/// Asks where when the place is missing or unclear, or searches when it is known.
pub(crate) fn next_question(turn: &mut Turn) {
    let need = &turn.state.need;
    if need.knows_where() {
        search(turn);
        return;
    }
    // The warm word before the question ("That's great to hear") is said once, and never while
    // signs of danger wait for a navigator: after urgent help it reads as not listening.
    let quiet = turn.state.stage == Stage::AskedPlace || turn.state.crisis_waiting;
    turn.state.stage = Stage::AskedPlace;
    match which_place(need) {
        Some(question) => turn.say("which_place", question),
        None => {
            let topic = need.topic.unwrap_or(Topic::Activity);
            turn.say("ask_place", json!({ "topic": topic.id(), "quiet": quiet }))
        }
    }
}

/// "Which Newport do you mean?", with the places numbered, when the place named is several.
fn which_place(need: &Need) -> Option<serde_json::Value> {
    let choices: Vec<serde_json::Value> = need
        .place_choices
        .iter()
        .enumerate()
        .map(|(index, name)| json!({ "number": index + 1, "name": name }))
        .collect();
    (!choices.is_empty()).then(|| json!({ "place": need.place, "choices": choices }))
}

/// The place they picked from those a name may be: by its number, or by words that fit one
/// of them alone ("isle of wight", "the Telford one").
fn picked_place(need: &Need, text: &str, keyword: Option<&Keyword>) -> Option<String> {
    if let Some(Keyword::Number(number)) = keyword {
        return need.place_choices.get(number.checked_sub(1)?).cloned();
    }
    let said: Vec<String> = plain_words(text)
        .filter(|word| !PICKING_WORDS.contains(&word.as_str()))
        .collect();
    let fits = |choice: &&String| {
        let named: Vec<String> = plain_words(choice).collect();
        !said.is_empty() && said.iter().all(|word| named.contains(word))
    };
    let mut fitting = need.place_choices.iter().filter(fits);
    match (fitting.next(), fitting.next()) {
        (Some(one), None) => Some(one.clone()),
        _ => None,
    }
}

/// The lower-case words of a text, without punctuation.
fn plain_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
}

/// Reads the answer to "whereabouts?" or "which one?" (the memory has already taken any place
/// the classifier found). A different need with a place ("walking, in Harrogate" after asking
/// about support) moves the need to it; a different need without a place, or a keyword other
/// than no, is not an answer (false), except yes, which asks again.
pub(crate) fn answer_place(
    turn: &mut Turn,
    text: &str,
    meaning: &Classification,
    keyword: Option<&Keyword>,
) -> bool {
    if let Some(chosen) = picked_place(&turn.state.need, text, keyword) {
        turn.state.need.choose_place(chosen);
        next_question(turn);
        return true;
    }
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
    // "thanks for your help" or "hello?" while we wait for a place is not a place.
    let chat_not_place = meaning.place.is_none() && meaning.route == Route::Smalltalk;
    if (meaning.place.is_none() && new_topic.is_some()) || chat_not_place {
        return false;
    }
    if let Some(place) = &meaning.place {
        turn.state.need.topic = new_topic.or(turn.state.need.topic);
        if !text.trim().eq_ignore_ascii_case(place) {
            turn.state.need.add_words(text);
        }
    } else if keyword == Some(&Keyword::No) || text.split_whitespace().count() > PLACE_WORDS {
        turn.state.need.place_declined = !turn.state.need.knows_where();
    } else if !turn.state.need.knows_where() && turn.state.need.place_choices.is_empty() {
        turn.state.need.place = Some(crate::words::tidy_place(text.trim()));
    }
    next_question(turn);
    true
}

/// A follow-up after suggestions that changes something the person would notice (a place, a
/// time, cost, how far, access, another interest, "not that one"): a new search that keeps the
/// rest of the memory, leaving out only what they turned down, and says what changed; a place
/// of several names is asked about first. False when nothing noticeable changed or no search
/// has been made yet.
pub(crate) fn refine(turn: &mut Turn, text: &str, changes: &[Change]) -> bool {
    if turn.state.need.searched && refine::leaves_place_unclear(changes) {
        turn.state.need.shown.clear();
        next_question(turn);
        return true;
    }
    let noticed = refine::noticed(changes);
    if noticed.is_empty() || !turn.state.need.searched {
        return false;
    }
    if noticed.iter().any(|noted| noted.kind == "interests") {
        // "What about swimming?" replaces the knitting: words about knitting would still
        // bring knitting groups, so the need's words start again from this message.
        if changes
            .iter()
            .any(|change| matches!(change, Change::Interests { instead: true, .. }))
        {
            turn.state.need.text.clear();
        }
        turn.state.need.add_words(text);
    }
    turn.state.need.shown.clear();
    request_search(turn, true, noticed);
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
    request_search(turn, false, Vec::new());
}

/// `MORE`: the same need searched again for others, which the figures do not count twice.
pub(crate) fn search_more(turn: &mut Turn) {
    request_search(turn, true, Vec::new());
}

fn request_search(turn: &mut Turn, more: bool, changed: Vec<Noted>) {
    let need = &turn.state.need;
    let mut exclude = need.shown.clone();
    exclude.extend(need.declined.iter().cloned());
    let request = SearchRequest {
        text: search_words(need),
        said: own_words(need),
        tags: need.tags.clone(),
        place: need.place.clone(),
        point: need.point,
        youth: turn.youth(),
        exclude,
        limit: SUGGESTIONS,
        more,
        topic: need.topic,
        practical: need.practical.clone(),
        start_group: need.start_group,
        reach: need.reach,
        age: need.age,
    };
    turn.state.need.changed = changed;
    turn.state.need.searched = true;
    turn.state.stage = Stage::Searching;
    turn.act(Action::Search(request));
}

/// The person's last words about the need, with the time words left out: what the directory
/// reads the kinds of activity asked for from. Public so `frontdoor directory search` and
/// `directory eval` search with what a conversation sends.
pub fn own_words(need: &Need) -> String {
    let words: Vec<&str> = need.text.split_whitespace().collect();
    when::without_time(&words[words.len().saturating_sub(SEARCH_WORDS)..].join(" "))
}

/// How many of their own words say what a person wants without the interests' names beside
/// them: "any swimming in Batley" read with "sport and fitness" before it leaned to any sport
/// (top-3 precision fell on five of the seven directory development sets), while "yes", a
/// place or a button's word says nothing without them.
const WORDS_THAT_SAY_IT: usize = 4;

/// What the search reads for meaning: the interests in plain words (when the person's words
/// are too few to say them, [`WORDS_THAT_SAY_IT`]), the person's last words about the need
/// with the time words left out, and the time they gave last, which the directory reads to
/// prefer groups that meet then. Public for the same reason as [`own_words`].
pub fn search_words(need: &Need) -> String {
    let said = own_words(need);
    let lower = said.to_lowercase();
    let too_few = said.split_whitespace().count() < WORDS_THAT_SAY_IT;
    let unsaid: Vec<Tag> = need
        .interests()
        .filter(|tag| too_few && !lower.contains(&refine::interest_words(&[*tag])))
        .collect();
    let time = need
        .when
        .clone()
        .filter(|time| !lower.contains(&time.to_lowercase()));
    let parts = [
        refine::interest_words(&unsaid),
        said,
        time.unwrap_or_default(),
    ];
    let parts: Vec<&str> = parts
        .iter()
        .map(|part| part.trim().trim_end_matches([',', '.', ';', '?', '!', ' ']))
        .filter(|part| !part.is_empty())
        .collect();
    parts.join(". ")
}

/// Offers what the directory found, saying what a follow-up changed and, when fewer than three
/// fit, that those are all that fit well (the directory gives fewer rather than an off-topic
/// one), or says honestly that nothing fits and offers a person; a life-change pack due goes alongside. A search that
/// finds nothing leaves the last list in hand, so its numbers and names still mean it.
/// `unmet` names the activities asked for that no suggestion is of; said on the first list of a
/// need only, since after `MORE` the first list may have held them.
pub(crate) fn on_found(
    turn: &mut Turn,
    suggestions: Vec<Suggestion>,
    place_unknown: bool,
    unmet: Option<String>,
) {
    if turn.state.stage != Stage::Searching {
        return;
    }
    if place_unknown && asked_again_where(turn) {
        return;
    }
    turn.state.stage = Stage::Offered;
    let changed = std::mem::take(&mut turn.state.need.changed);
    let need = &turn.state.need;
    let broad = is_broad(need);
    let vars = json!({
        "topic": need.topic.unwrap_or(Topic::Activity).id(),
        "start_group": need.start_group,
        "place": need.place,
        "nearby": need.point.is_some(),
        "more": !need.shown.is_empty(),
        "unmet": unmet.filter(|_| need.shown.is_empty()),
        "broad": broad,
        "few": suggestions.len() < SUGGESTIONS && !broad,
        "changed": changed,
        "off_time": off_time(need, &suggestions),
        "within": within_miles(&suggestions),
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
    if !suggestions.is_empty() {
        turn.state.offered = suggestions;
    }
    turn.say(template, vars);
    life::offer_due_pack(turn);
}

/// Asks once more where they are when the place they named is on no map, saying so, instead of
/// offering ideas from anywhere as if they were "near Dunno". A second unknown answer is taken
/// as no place: the ideas then come without one (false, so they are shown).
fn asked_again_where(turn: &mut Turn) -> bool {
    let need = &mut turn.state.need;
    let Some(unknown) = need.place.take() else {
        return false;
    };
    if need.unknown_place_asked {
        need.place_declined = true;
        return false;
    }
    need.unknown_place_asked = true;
    turn.state.stage = Stage::AskedPlace;
    let topic = need.topic.unwrap_or(Topic::Activity);
    let vars = json!({ "topic": topic.id(), "quiet": true, "unknown": unknown });
    turn.say("ask_place", vars);
    true
}

/// The time the person said they are free, when none of the suggestions ever meets then, so
/// the reply says so plainly instead of offering them as if they fitted.
fn off_time<'n>(need: &'n Need, suggestions: &[Suggestion]) -> Option<&'n str> {
    let all_clash = !suggestions.is_empty() && suggestions.iter().all(|s| s.clashes_with_time);
    need.when.as_deref().filter(|_| all_clash)
}

/// The furthest suggestion's distance in whole miles, rounded up, when any is further than
/// [`NEAR_MILES`]: the heading then says "within 14 miles of Marsden" instead of "near
/// Marsden", since a resident without a car reads "near" as a walk or a short bus ride.
fn within_miles(suggestions: &[Suggestion]) -> Option<u32> {
    let furthest = suggestions
        .iter()
        .filter_map(|suggestion| suggestion.miles)
        .fold(0.0_f64, f64::max);
    (furthest > NEAR_MILES).then(|| furthest.ceil() as u32)
}

/// Ideas found from words alone, with no interest, audience, time or difficulty said ("anything
/// to get me out the house"): the reply invites what would narrow them down, instead of asking
/// first, and does not call them all that fits.
fn is_broad(need: &Need) -> bool {
    need.topic == Some(Topic::Activity)
        && need.shown.is_empty()
        && need.tags.iter().all(|tag| *tag == Tag::NonEnglish)
        && !need.knows_when_or_barriers()
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
        Some(Keyword::Number(number)) if !turn.state.offered.is_empty() => {
            details(turn, *number, None)
        }
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
/// who have no check-in coming, offers one. `unknown` names what they asked that the listing
/// does not say (parking, buses), so the reply says so instead of seeming to ignore it.
pub(crate) fn details(turn: &mut Turn, number: usize, unknown: Option<&str>) {
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
            "listing": chosen.listing,
            "unknown": unknown,
            "check_in": offer_check_in,
            "accompany": topic.goes_along(),
        }),
    );
    turn.state.stage = if offer_check_in {
        Stage::AskedCheckIn
    } else {
        Stage::Offered
    };
    if turn
        .state
        .chosen
        .as_ref()
        .is_none_or(|before| before.id != chosen.id)
    {
        // Counted once per suggestion a person opens, for the figures' "suggestions chosen".
        turn.act(Action::RecordOutcome {
            outcome: CHOSE_A_SUGGESTION.into(),
        });
    }
    turn.state.chosen = Some(chosen);
}

/// The outcome kept when a person opens a suggestion's details: the figures' "suggestions
/// chosen", the step between being offered ideas and going.
const CHOSE_A_SUGGESTION: &str = "chose_a_suggestion";

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
