//! Reads one message from a person, in a fixed order of precedence: crisis signs, then the
//! opt-out gate and a navigator holding the chat, then keywords that work anywhere, then the
//! answer to the open question, then what the message asks for (its route).

use crate::dialogue::{Stage, Topic};
use crate::keywords::{self, Keyword};
use crate::refine::{self, Change};
use crate::service::Order;
use crate::turn::Turn;
use crate::words::Words;
use crate::{
    about, account, check_in, handoff, language, life, safety, search, service, Need, Practical,
    State,
};
use nlp::{Classification, Route};
use serde_json::json;
use std::borrow::Cow;

/// Answers a text message (or a button, whose data arrives as text). Whatever else happens,
/// the conversation's memory takes what the message says first, so no later question asks
/// for it again.
pub(crate) fn on_text(turn: &mut Turn, text: &str, meaning: &Classification) {
    turn.state.turns += 1;
    language::hear(&mut turn.state.need, meaning.lang.as_deref(), text);
    // A carrier's one-word command (STOP, END, START) gets exactly the one confirmation SMS rules
    // allow: the model reading "END" as the end of something is a guess on one word, not a sign.
    let danger = if keywords::is_carrier_command(text) {
        None
    } else {
        safety::signs_of_danger(meaning)
    };
    match danger {
        None => answer(turn, text, meaning),
        // Danger the model is near-certain of, though no sign names it, gets the full urgent
        // reply below; short of that, a gentle check beside the answer, since most such lines
        // are a hard day told plainly.
        Some(_) if !safety::gets_urgent_reply(meaning) => {
            answer(turn, text, &safety::read_past_danger(meaning));
            safety::check_gently(turn);
        }
        Some(danger) => {
            let lang = turn.state.need.lang.clone();
            safety::respond(turn, danger, lang.as_deref())
        }
    }
}

/// Answers a message with no signs of danger in its words: the opt-out gate and keywords,
/// then the open question, then what it asks for.
fn answer(turn: &mut Turn, text: &str, meaning: &Classification) {
    let keyword = keywords::read(text);
    let keyword = match keyword {
        Some(Keyword::Yes | Keyword::No) => keyword,
        _ if turn.state.stage.asks_yes_or_no() => keywords::opening_answer(text).or(keyword),
        _ => keyword,
    };
    let keyword = keyword.as_ref();
    if account::gate(turn, text, keyword) || account::answer(turn, keyword) {
        return;
    }
    let words = Words::new(text);
    let meaning = &*volunteering_only_when_offered(&words, meaning);
    let mut changes = refine::read(&turn.state.need, &words, meaning);
    if turn.youth() {
        refine::keep_only_own_age(&mut changes, &words);
    }
    refine::remember(&mut turn.state, &changes);
    if asks_for_person_now(turn, meaning, keyword, &words) {
        handoff::to_person_at(turn, handoff::asks_for_call(&words), &changes);
        return;
    }
    if safety::must_not_write(turn, &words) {
        safety::write_no_more(turn);
        return;
    }
    let about_us = service::asked_about(text, !turn.state.offered.is_empty(), meaning.route);
    let says_more = about_us.is_some() && asks_more(text, meaning, &changes);
    if service::answer(turn, about_us, says_more, Order::BeforeTheList) {
        return;
    }
    // Nothing the search uses, no new need and no question about the service: a question in it
    // can only be about what is on screen.
    let nothing_new = about_us.is_none() && refine::asks_nothing_new(&changes);
    let past_the_danger = safety::asks_past_the_danger(turn, meaning, keyword, &changes);
    if turn.state.crisis_waiting && !past_the_danger {
        safety::hold(turn);
        return;
    }
    if handoff::tells_how_to_reach(turn, text, meaning, &changes) {
        handoff::pass_on(turn, text, &changes);
        return;
    }
    if check_in::answer_in_words(turn, &words)
        || about::answer(turn, text, meaning, keyword, &words, nothing_new)
        || service::answer(turn, about_us, says_more, Order::AfterTheList)
        || answer_open_question(turn, text, meaning, keyword, &words, &changes)
        || answer_loose_keyword(turn, meaning, keyword, &words)
    {
        return;
    }
    let in_hand = turn.state.need.topic.is_some();
    let detail = tells_more_of_practical_need(turn, meaning, &changes, &words);
    let topic = if detail {
        None
    } else if refines_the_search(turn, meaning, &changes) || turns_one_down(turn, meaning, &changes)
    {
        topic_in_words(&changes)
            .or_else(|| refine::names_an_interest(&words, meaning).then_some(Topic::Activity))
    } else {
        topic_asked(meaning, &changes).or_else(|| {
            (!in_hand)
                .then(|| need_behind_small_talk(meaning, &words))
                .flatten()
        })
    };
    let changes_topic = topic.is_some_and(|topic| Some(topic) != turn.state.need.topic);
    let follows_up = !changes_topic
        && ((!closes(text) && search::refine(turn, text, &changes))
            || (refine::noticed(&changes).is_empty() && check_in::accept(turn, &words)));
    if follows_up {
        return;
    }
    if detail {
        // More about a practical need that changes nothing the search can use ("he's deaf, so
        // phone calls are no good", "a home visit would be best"): the need is more than a
        // listing can meet, so a person takes it up, with the words in the chat to read.
        let reason = "Told more of a practical need than a listing meets";
        handoff::to_person_because(turn, handoff::asks_for_call(&words), reason);
    } else {
        follow_route(turn, text, meaning, topic, &changes, &words);
    }
}

/// True when, with a practical need named and searched for, a message tells more about it
/// rather than asking for something else: no other practical need, interest, request, life
/// change, person or danger in it, and no greeting or thanks. The model's route for such a detail
/// ("he's 88 and deaf", read as someone to talk to) is no new request: taken as one, it threw
/// the need away and offered a dance class to someone asking for help with a benefits form.
fn tells_more_of_practical_need(
    turn: &Turn,
    meaning: &Classification,
    changes: &[Change],
    words: &Words,
) -> bool {
    let need = &turn.state.need;
    let names_another_need = changes
        .iter()
        .any(|change| matches!(change, Change::Practical(_)));
    let practical_in_hand =
        need.topic == Some(Topic::Practical) && !need.practical.is_empty() && need.searched;
    let asks_otherwise = names_another_need
        || matches!(
            meaning.route,
            Route::Human | Route::Crisis | Route::Smalltalk
        )
        || meaning.tags.iter().any(|tag| tag.is_interest())
        || words.has_any(&ASKS_FOR_SOMETHING)
        || life::pack_for(words, meaning).is_some();
    practical_in_hand
        && !asks_otherwise
        && !words.has_any(&GREETINGS)
        && !says_thanks_in(words)
        && words.count() >= MIN_WORDS_OF_DETAIL
}

/// Words that ask for something rather than tell ("I'd also like to meet people", "anything
/// for the kids?"): a new request, answered as one, not a detail of the need in hand.
const ASKS_FOR_SOMETHING: [&str; 10] = [
    "id like",
    "i would like",
    "i want",
    "looking for",
    "anything",
    "something",
    "any groups",
    "meet people",
    "make friends",
    "what about",
];

/// The fewest words that tell more of a need: "ok", "no" and "hmm" are not details.
const MIN_WORDS_OF_DETAIL: usize = 3;

/// True when a message that asked about the service says more in another sentence ("are you a
/// real person? I need help with a form"): a need or something for the search, answered too.
/// The model's route for the question alone ("will you tell social services?" reads as help)
/// is no request.
fn asks_more(text: &str, meaning: &Classification, changes: &[Change]) -> bool {
    let sentences = text
        .split(['?', '.', '!', '\n'])
        .filter(|part| part.chars().any(char::is_alphanumeric))
        .count();
    sentences > 1
        && (topic_asked(meaning, changes).is_some() || !refine::noticed(changes).is_empty())
}

/// True when a later message asks for a person in words ("yes please, someone to ring me"),
/// whatever question is open. Not on a first message, which the route answers with the
/// welcome, nor when the message asks for someone to talk to now and then: befriending, which
/// the directory has, is the answer to that. A call asked for with nothing of regular chats
/// ("can someone ring me, afternoons are best") is a call back, whatever the model's route:
/// read as befriending, it got "Whereabouts are you?".
fn asks_for_person_now(
    turn: &Turn,
    meaning: &Classification,
    keyword: Option<&Keyword>,
    words: &Words,
) -> bool {
    let befriending =
        meaning.route == Route::SomeoneToTalkTo && !handoff::asks_for_call_back(words);
    keyword.is_none() && !turn.is_first() && !befriending && handoff::asks_for_person(words)
}

/// Reads the message as the answer to the question the bot last asked; false when it is not.
/// A message that changes something about the suggestions ("not that one") is a follow-up,
/// not an answer to "shall I check in?".
fn answer_open_question(
    turn: &mut Turn,
    text: &str,
    meaning: &Classification,
    keyword: Option<&Keyword>,
    words: &Words,
    changes: &[Change],
) -> bool {
    match turn.state.stage.clone() {
        Stage::ConfirmErase => account::confirm_erase(turn, keyword),
        Stage::AskedCheckIn if !refine::noticed(changes).is_empty() => false,
        Stage::AskedCheckIn => check_in::answer_offer(turn, keyword, words),
        Stage::CheckingIn => check_in::answer_how_it_went(turn, keyword, words),
        Stage::AskedFeedback => check_in::answer_feedback(turn, keyword),
        Stage::AskedPlace => search::answer_place(turn, text, meaning, keyword),
        Stage::Open | Stage::Searching | Stage::Offered => false,
    }
}

/// Keywords that only make sense with something in hand: the suggestions on screen, a pack to
/// keep, a check-in to ask for, a chosen suggestion to say yes to, or a need to find more for.
fn answer_loose_keyword(
    turn: &mut Turn,
    meaning: &Classification,
    keyword: Option<&Keyword>,
    words: &Words,
) -> bool {
    if search::answer_offer(turn, meaning, keyword) || life::save(turn, keyword) {
        return true;
    }
    if keyword == Some(&Keyword::Yes) && check_in::accept(turn, words) {
        return true;
    }
    match keyword {
        Some(Keyword::CheckIn) => {
            check_in::on_request(turn);
            true
        }
        Some(Keyword::Yes | Keyword::No | Keyword::More | Keyword::Number(_) | Keyword::Save)
            if turn.state.crisis_waiting =>
        {
            safety::hold(turn);
            true
        }
        Some(Keyword::Yes) if turn.state.need.topic == Some(Topic::Practical) => {
            handoff::to_person(turn, false);
            true
        }
        Some(Keyword::Yes) if !turn.state.offered.is_empty() => {
            turn.say("pick_number", json!({ "count": turn.state.offered.len() }));
            true
        }
        Some(Keyword::Yes | Keyword::No | Keyword::More | Keyword::Number(_) | Keyword::Save)
            if !turn.is_first() =>
        {
            turn.say("ask_topic", json!({}));
            true
        }
        _ => false,
    }
}

/// What a person's first message asks of the directory, read as a conversation reads it: the
/// kind of help, the practical needs it names, a wish to start a group, its tags and place.
/// `frontdoor directory search` and `directory eval` start from it, so what they measure is
/// the search a resident's message gets.
pub fn first_need(text: &str, meaning: &Classification) -> Need {
    let words = Words::new(text);
    let mut state = State::default();
    let changes = refine::read(&state.need, &words, meaning);
    refine::remember(&mut state, &changes);
    state.need.topic = with_life_change(
        topic_asked(meaning, &changes).or_else(|| need_behind_small_talk(meaning, &words)),
        life::pack_for(&words, meaning),
    );
    state.need.add_words(text);
    state.need
}

/// The kind of help the message asks for: practical help when it names a practical need
/// plainly (that stands in the way of the rest), volunteering when it asks to start a group,
/// else its route's, or an activity when it names an interest and its route says nothing was
/// asked, or is only a guess.
fn topic_asked(meaning: &Classification, changes: &[Change]) -> Option<Topic> {
    if meaning.route == Route::PracticalHelp && money_only_limits_cost(changes) {
        return Some(Topic::Activity);
    }
    topic_in_words(changes).or_else(|| {
        interest_when_route_unclear(meaning).or_else(|| Topic::from_route(meaning.route))
    })
}

/// The kind of help the words name plainly: a practical need, or starting a group; something
/// to do when money is named only as why it must be free, whatever the model's route.
fn topic_in_words(changes: &[Change]) -> Option<Topic> {
    let practical = changes
        .iter()
        .any(|change| matches!(change, Change::Practical(_)));
    if practical && money_only_limits_cost(changes) {
        Some(Topic::Activity)
    } else if practical {
        Some(Topic::Practical)
    } else if changes.contains(&Change::StartGroup) {
        Some(Topic::Volunteer)
    } else {
        None
    }
}

/// Words in which someone asks to be helped.
const ASKS_FOR_HELP: [&str; 11] = [
    "help with",
    "help me",
    "need help",
    "needs help",
    "someone to help",
    "anyone to help",
    "who can help",
    "can someone help",
    "anyone help",
    "help getting",
    "help to get",
];

/// Words in which someone offers help, or a group to start, which volunteering answers.
const OFFERS_HELP: [&str; 34] = [
    "i can help",
    "i could help",
    "can i help",
    "could i help",
    "we can help",
    "we could help",
    "like to help",
    "love to help",
    "happy to help",
    "want to help",
    "wanna help",
    "volunteer",
    "volunteering",
    "volunteers",
    "help out",
    "helping out",
    "give back",
    "my time",
    "spare time",
    "time on my hands",
    "offer",
    "befriend",
    "help others",
    "help someone",
    "help people",
    "help run",
    "helping",
    "do my bit",
    "lend a hand",
    "do you need",
    "ive got a",
    "start a",
    "set up a",
    "run a",
];

/// The model's likeliest other route when it read an offer of help in words that offer none
/// and either ask for help ("and help with shopping maybe" after a list) or leave it unsure
/// ("like a craft thing", volunteering 0.46 against an activity 0.45). Someone who would give
/// help says what they would give; "help with" alone is said by those who need it, and ways
/// to volunteer are no answer to them.
fn volunteering_only_when_offered<'a>(
    words: &Words,
    meaning: &'a Classification,
) -> Cow<'a, Classification> {
    let unsure = !meaning.sure_of_route(SURE_OF_ROUTE);
    let misread = meaning.route == Route::Volunteer
        && (unsure || words.has_any(&ASKS_FOR_HELP))
        && !words.has_any(&OFFERS_HELP);
    if !misread {
        return Cow::Borrowed(meaning);
    }
    let other = meaning
        .scores
        .iter()
        .filter(|(route, _)| !matches!(route, Route::Volunteer | Route::Crisis))
        .max_by(|a, b| a.1.total_cmp(b.1));
    match other {
        Some((route, _)) => Cow::Owned(Classification {
            route: *route,
            ..meaning.clone()
        }),
        None => Cow::Borrowed(meaning),
    }
}

/// True when money, if named at all, is only the reason cost matters ("I'm on universal credit
/// and can't afford classes, anything free? I like drawing"): an interest and a wish for free or
/// cheap ask for something to do that costs little, not for money advice, even when the model
/// reads the hardship as a practical need.
fn money_only_limits_cost(changes: &[Change]) -> bool {
    let mut needs = changes.iter().filter_map(|change| match change {
        Change::Practical(needs) => Some(needs),
        _ => None,
    });
    needs.all(|needs| needs.iter().all(|need| *need == Practical::MoneyBenefits))
        && changes.contains(&Change::Free)
        && changes
            .iter()
            .any(|change| matches!(change, Change::Interests { .. }))
}

/// True when, after a search, the message changes what the search can use (how far, when, cost,
/// access, a place). The model's route for such a message is no new request: "I can only walk,
/// nothing far" reads to it as wellbeing support or a need for transport, but it is the same
/// need nearer home, so only a need named in words, or an interest, changes what is looked for.
/// A place or time said beside a request the model is sure of is the new request's ("could
/// someone ring me for a chat now and again? I live in Harrogate" after a choir search).
fn refines_the_search(turn: &Turn, meaning: &Classification, changes: &[Change]) -> bool {
    let noticed = refine::noticed(changes);
    let only_where_or_when = noticed
        .iter()
        .all(|noted| noted.kind == "place" || noted.kind == "when");
    let asks_anew = only_where_or_when && sure_of_another_topic(turn, meaning);
    turn.state.need.searched
        && !noticed.is_empty()
        && !asks_anew
        && noticed
            .iter()
            .all(|noted| noted.kind != "interests" && noted.kind != "decline")
}

/// True when, after a search, the message turns a suggestion down ("not that one, I've been
/// before and it wasn't for me"): the same need, with that one left out, unless the model is
/// sure it asks for another kind of help. The reasons given read to the model as a wish for
/// support, and a list of places that can help is no answer to "not that one".
fn turns_one_down(turn: &Turn, meaning: &Classification, changes: &[Change]) -> bool {
    turn.state.need.searched
        && changes
            .iter()
            .any(|change| matches!(change, Change::Decline(_)))
        && !sure_of_another_topic(turn, meaning)
}

/// True when the model is sure the message asks for another kind of help than the one in hand.
fn sure_of_another_topic(turn: &Turn, meaning: &Classification) -> bool {
    let topic = Topic::from_route(meaning.route);
    meaning.sure_of_route(SURE_OF_NEW_REQUEST) && topic.is_some() && topic != turn.state.need.topic
}

/// How sure the model must be of a route for a place or time beside it to belong to a new
/// request rather than refine the search in hand.
const SURE_OF_NEW_REQUEST: f32 = 0.9;

/// The need the model gave real weight to when it read small talk, unless the words are a
/// greeting or thanks. A word of how someone feels ("tired", "fed up", "a bit glum"), often the
/// answer to the welcome, reads as chat to a model that learnt needs from whole sentences; to
/// answer it with the welcome again tells them they were not heard. Only while no need is in
/// hand: after a list, a "hmm" is not a new question.
fn need_behind_small_talk(meaning: &Classification, words: &Words) -> Option<Topic> {
    if meaning.route != Route::Smalltalk || greets(words) || says_thanks_in(words) {
        return None;
    }
    meaning
        .scores
        .iter()
        .filter(|(route, p)| **p >= NEED_BEHIND_SMALL_TALK && Topic::from_route(**route).is_some())
        .max_by(|a, b| a.1.total_cmp(b.1))
        .and_then(|(route, _)| Topic::from_route(*route))
}

/// How likely the model must find a need, in a message it reads as small talk, for the need to
/// be answered instead: one chance in four.
const NEED_BEHIND_SMALL_TALK: f32 = 0.25;

/// An activity, when a message names an interest (a word rule or the model found it) and the
/// model reads no request in it. A bare "crafts" or "knitting in Golcar", the answer to "what
/// would you like to do more of?", reads as `other` to a model that learnt from whole requests.
/// In a language the English model cannot read, any route it is unsure of is only a guess
/// ("a person, 0.31"), worth less than the interest named ("chciałabym chodzić na spacery").
fn interest_when_route_unclear(meaning: &Classification) -> Option<Topic> {
    let interest = meaning.tags.iter().any(|tag| tag.is_interest());
    let unread = meaning
        .lang
        .as_deref()
        .is_some_and(|lang| lang != language::ENGLISH);
    let guessed =
        unread && (meaning.route == Route::Smalltalk || !meaning.sure_of_route(SURE_OF_ROUTE));
    (interest && (meaning.route == Route::Other || guessed)).then_some(Topic::Activity)
}

/// The route probability above which the model's reading is trusted over what the words say:
/// over an interest a word rule found in a message in another language, and a reading as
/// volunteering over words that offer no help.
const SURE_OF_ROUTE: f32 = 0.5;

/// The topic asked for, or wellbeing when the message asks for nothing but tells of a life
/// change (its pack goes alongside the ideas).
fn with_life_change(topic: Option<Topic>, life_change: Option<&str>) -> Option<Topic> {
    topic.or_else(|| life_change.map(|_| Topic::Wellbeing))
}

/// Answers what the message asks for; on a first message the welcome comes first. A life
/// change told in it notes its pack, which goes alongside the ideas.
fn follow_route(
    turn: &mut Turn,
    text: &str,
    meaning: &Classification,
    topic: Option<Topic>,
    changes: &[Change],
    words: &Words,
) {
    let first = turn.is_first();
    if language::needs_interpreter(turn) && meaning.route != Route::Human {
        // Ideas in a language they do not read would not reach them: a person who can arrange
        // help in their language comes first, whatever they asked for.
        return handoff::for_language(turn);
    }
    let life_change = life::pack_for(words, meaning);
    let topic = with_life_change(topic, life_change);
    if let Some(topic) = topic {
        if first {
            account::welcome(turn, false);
        }
        if let Some(pack) = life_change {
            life::note(turn, pack);
        }
        search::begin(turn, topic, text, meaning, changes);
        return;
    }
    match meaning.route {
        Route::Human => {
            if first {
                account::welcome(turn, false);
            }
            handoff::to_person(turn, handoff::asks_for_call(words));
        }
        _ if turn.state.crisis_waiting => safety::hold(turn),
        _ if first => account::welcome(turn, true),
        _ => small_talk(turn, text, meaning),
    }
}

/// Words that take in what was said without asking anything ("ok I'll think about it", "might
/// try one next week", "no worries"): answered with "no rush", not "sorry, I didn't follow".
const ACKNOWLEDGES: [&str; 18] = [
    "pass it on",
    "let him know",
    "let her know",
    "let them know",
    "think about it",
    "have a think",
    "think it over",
    "might try",
    "might give",
    "might go",
    "maybe next week",
    "maybe later",
    "no worries",
    "no problem",
    "fair enough",
    "ill see",
    "well see",
    "ill let you know",
];

/// The words of a short "ok" ("ok cool", "oh right", "alright then", "fine ok").
const TAKES_IN: [&str; 14] = [
    "ok", "okay", "k", "kk", "cool", "alright", "right", "oh", "ah", "fine", "then", "sure",
    "noted", "gotcha",
];

/// True for a message made only of the words of a short "ok": it takes in what was said, so it
/// gets "no rush", not "sorry, I didn't follow". Anything more ("ok but is there a bus") is not.
fn only_takes_in(words: &Words) -> bool {
    words.count() > 0 && words.tokens().all(|token| TAKES_IN.contains(&token))
}

/// Greetings, thanks, questions about the service, and anything unclear. The person has been
/// welcomed already, so a hello is answered as a return, reminding them of the need in hand;
/// anything else with a need in hand, or not understood, points back to the list on screen
/// when there is one.
fn small_talk(turn: &mut Turn, text: &str, meaning: &Classification) {
    let need_in_hand = turn.state.need.topic.is_some();
    let words = Words::new(text);
    let acknowledges =
        !text.contains('?') && (words.has_any(&ACKNOWLEDGES) || only_takes_in(&words));
    let template = if says_thanks_in(&words) {
        "thanks"
    } else if acknowledges {
        "acknowledged"
    } else if meaning.route == Route::Other || (need_in_hand && !greets(&words)) {
        "not_understood"
    } else {
        "smalltalk"
    };
    let need = &turn.state.need;
    let vars = json!({
        "topic": need.topic.map(Topic::id),
        "place": need.place,
        "offered": turn.state.offered.len(),
        "told": tells_rather_than_greets(text, &words),
        "feels": need_in_hand && !text.contains('?') && tells_a_feeling(meaning, &words),
    });
    turn.say(template, vars);
}

/// True for a word of how someone feels ("sad", "bit fed up") after a list, which the model
/// reads as chat or nothing, when it names a feeling or the model gives real weight
/// ([`NEED_BEHIND_SMALL_TALK`]) to support or someone to talk to: not a new search (see
/// [`need_behind_small_talk`]), but heard, with a person offered, rather than "sorry, I didn't
/// follow".
fn tells_a_feeling(meaning: &Classification, words: &Words) -> bool {
    let chat = matches!(meaning.route, Route::Smalltalk | Route::Other);
    let weighs_support = [Route::WellbeingSupport, Route::SomeoneToTalkTo]
        .iter()
        .any(|route| {
            meaning
                .scores
                .get(route)
                .is_some_and(|p| *p >= NEED_BEHIND_SMALL_TALK)
        });
    let feeling = weighs_support || words.has_any(&FEELINGS);
    chat && feeling && !greets(words) && !says_thanks_in(words)
}

/// Words of a low feeling that a model trained on whole requests reads as nothing when they
/// come alone ("sad", "gutted tbh").
const FEELINGS: [&str; 13] = [
    "sad",
    "down",
    "low",
    "fed up",
    "upset",
    "gutted",
    "miserable",
    "rubbish",
    "not great",
    "not good",
    "struggling",
    "glum",
    "depressed",
];

/// True for a remark that is neither a greeting nor a question ("grand", "sad tbh", "not
/// great"): the answer to "what would you like to do more of?" that names no activity. It is
/// thanked for and asked about, not met with the introduction again as if unheard.
fn tells_rather_than_greets(text: &str, words: &Words) -> bool {
    let asks = text.contains('?')
        || words
            .tokens()
            .next()
            .is_some_and(|first| QUESTION_WORDS.contains(&first));
    !asks && !greets(words) && words.count() > 0
}

/// Words that open a question about the service ("who runs this", "is it free", "r u a bot"),
/// which the introduction answers.
const QUESTION_WORDS: [&str; 14] = [
    "who", "what", "whats", "is", "are", "r", "do", "does", "can", "how", "where", "why", "u",
    "whos",
];

/// A sticker, photo or voice note: ask for words instead.
pub(crate) fn on_unsupported(turn: &mut Turn) {
    if turn.arrives() {
        turn.say("unsupported", json!({}));
    }
}

/// Words that greet, or say the person is back ("me again").
const GREETINGS: [&str; 12] = [
    "hi",
    "hello",
    "hiya",
    "hey",
    "morning",
    "afternoon",
    "evening",
    "me again",
    "its me",
    "hullo",
    "yo",
    "howdy",
];

/// True for a hello, answered as a return with a reminder of the need in hand.
fn greets(words: &Words) -> bool {
    words.has_any(&GREETINGS)
}

/// Words that thank, approve or say goodbye ("gr8", "most kind, good day"), in English and the
/// languages the bot writes ("dzięki", "shukriya"): answered with "you're welcome", never "hello
/// again" or "sorry, I didn't follow".
const THANKS: [&str; 35] = [
    "youre a star",
    "youre a gem",
    "youre a legend",
    "youre amazing",
    "youre brilliant",
    "a diamond",
    "cheers",
    "ta",
    "thx",
    "ty",
    "tq",
    "great",
    "gr8",
    "brill",
    "brilliant",
    "lovely",
    "perfect",
    "fab",
    "ace",
    "nice one",
    "most kind",
    "kind of you",
    "good day",
    "bye",
    "goodbye",
    "see you",
    "will do",
    "appreciate it",
    "dziękuję",
    "dziekuje",
    "dzięki",
    "dzieki",
    "shukriya",
    "shukria",
    "meherbani",
];

/// True for a thank-you or goodbye that asks nothing: a time or place it mentions ("thanks,
/// I'll ring her tonight") is news, not a change to the search.
fn closes(text: &str) -> bool {
    says_thanks(text) && !text.contains('?')
}

/// True for a thank-you, an approval or a goodbye, answered unlike a greeting.
fn says_thanks(text: &str) -> bool {
    says_thanks_in(&Words::new(text))
}

/// [`says_thanks`] for words already read. An approval said with "not" before it ("not great
/// tbh", "not so lovely") is no thanks.
fn says_thanks_in(words: &Words) -> bool {
    let tokens: Vec<&str> = words.tokens().collect();
    let negated = |index: usize| {
        tokens[index.saturating_sub(2)..index]
            .iter()
            .any(|before| NEGATIONS.contains(before))
    };
    let approves = tokens
        .iter()
        .enumerate()
        .any(|(index, token)| THANKS.contains(token) && !negated(index));
    tokens.iter().any(|word| word.starts_with("thank"))
        || approves
        || THANKS
            .iter()
            .any(|phrase| phrase.contains(' ') && words.has(phrase))
}

/// Words that turn an approval round ("not great").
const NEGATIONS: [&str; 6] = ["not", "nt", "no", "never", "isnt", "aint"];

#[cfg(test)]
mod tests {
    use super::{only_takes_in, says_thanks, tells_a_feeling};
    use crate::words::Words;
    use nlp::{Classification, Route};

    #[test]
    fn thanks_is_heard_in_the_languages_the_bot_writes() {
        for text in [
            "cheers love",
            "Dziękuję bardzo",
            "dzieki",
            "shukriya ji",
            "bohat meherbani",
        ] {
            assert!(says_thanks(text), "{text}");
        }
        assert!(!says_thanks("szukam chóru"));
        assert!(says_thanks("great, will do"));
        assert!(!says_thanks("not great tbh"), "an approval turned round");
        assert!(!says_thanks("its not so lovely round here"));
    }

    #[test]
    fn a_word_of_feeling_after_a_list_is_heard() {
        let chat = Classification::plain;
        assert!(tells_a_feeling(&chat(Route::Other), &Words::new("sad")));
        assert!(tells_a_feeling(
            &chat(Route::Smalltalk),
            &Words::new("bit fed up tbh")
        ));
        assert!(!tells_a_feeling(&chat(Route::Other), &Words::new("hmm")));
        assert!(!tells_a_feeling(
            &chat(Route::FindActivity),
            &Words::new("feeling low, any walks?")
        ));
    }

    #[test]
    fn a_short_ok_takes_in_what_was_said() {
        for text in ["ok cool", "Oh right", "alright then", "k"] {
            assert!(only_takes_in(&Words::new(text)), "{text}");
        }
        assert!(!only_takes_in(&Words::new("ok but is there a bus")));
        assert!(!only_takes_in(&Words::new("")));
    }
}
