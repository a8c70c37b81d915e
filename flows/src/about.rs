//! Questions about the suggestions on screen, asked in words rather than by number: "what time
//! is the first one?", "is the walking one free?", "is there parking?", "what was the Tuesday
//! one called?". The question is matched to the suggestion it means (by its place in the list,
//! a word of its name, or its day; else the one chosen, or the only one) and answered with its
//! details, saying plainly when the listing does not tell what was asked. "The second one,
//! please" picks it the same way.

use crate::dialogue::Stage;
use crate::keywords::Keyword;
use crate::turn::Turn;
use crate::when::days_named;
use crate::words::{same_word, Words};
use crate::{check_in, handoff, refine, search, Listing, Suggestion};
use nlp::{Classification, Tag};
use serde_json::json;

/// Words a question opens with (as typed, typos included).
pub(crate) const QUESTION_STARTS: [&str; 22] = [
    "what", "whats", "wat", "wots", "when", "whens", "wen", "where", "wheres", "how", "hows", "is",
    "does", "do", "can", "could", "will", "are", "which", "who", "whos", "would",
];
/// Words that ask for other suggestions, not about one on screen ("is there anything in
/// Ripon itself?").
const ASKS_FOR_OTHERS: [&str; 26] = [
    "ones",
    "any in",
    "any on",
    "any for",
    "any near",
    "any other",
    "any more",
    "anything in",
    "anything on",
    "anything for",
    "anything near",
    "anything else",
    "what else",
    "anything with",
    "where else",
    "anywhere",
    "something in",
    "something on",
    "something for",
    "something else",
    "others",
    "other ones",
    "find",
    "look for",
    "instead",
    "cheaper",
];
/// Words that take up a suggestion without naming it ("I'll give it a go", "that one sounds
/// nice").
const TAKING: [&str; 11] = [
    "give it a go",
    "give that a go",
    "give it a try",
    "ill try",
    "ill go",
    "that one",
    "this one",
    "sounds nice",
    "sounds good",
    "sounds lovely",
    "sounds great",
];
/// Words that turn a pick into a refusal ("not the first one").
const NEGATIONS: [&str; 4] = ["not", "dont", "no", "none"];
/// The places in the list, as people say them.
const ORDINALS: [(&str, usize); 9] = [
    ("first", 1),
    ("1st", 1),
    ("top", 1),
    ("second", 2),
    ("2nd", 2),
    ("middle", 2),
    ("third", 3),
    ("3rd", 3),
    ("last", usize::MAX),
];
/// Words too common to tell one suggestion's name from another's.
const COMMON: [&str; 24] = [
    "the", "one", "group", "club", "what", "time", "does", "that", "this", "with", "there",
    "where", "about", "much", "cost", "free", "have", "from", "when", "start", "called", "please",
    "thanks", "again",
];
/// The shortest word of a name that can point at it ("knit" in "the knitting one").
const NAME_WORD_MIN: usize = 4;

/// What a question asks about a suggestion, so the reply can say when the listing is silent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Aspect {
    When,
    Place,
    Cost,
    Access,
    Contact,
    Parking,
    Buses,
    Company,
    Toilets,
    Name,
    /// Anything else asked of a suggestion ("do I need a DBS check?", "is it friendly?"): the
    /// listing's own words when they speak to it, else plainly that it does not say.
    Other,
}

/// The words that ask about each aspect, most specific first.
const ASPECTS: [(Aspect, &[&str]); 10] = [
    (
        Aspect::Toilets,
        &["toilet", "toilets", "loo", "loos", "bathroom"],
    ),
    (
        Aspect::Parking,
        &["parking", "park", "car park", "park the car"],
    ),
    (
        Aspect::Buses,
        &["bus", "buses", "bus route", "bus stop", "train", "tram"],
    ),
    (
        Aspect::Access,
        &[
            "accessible",
            "access",
            "wheelchair",
            "chair",
            "step",
            "steps",
            "stairs",
            "upstairs",
            "downstairs",
            "ground floor",
            "lift",
            "walking frame",
            "walker",
            "hearing loop",
            "disabled",
            "ramp",
        ],
    ),
    (
        Aspect::Company,
        &[
            "bring someone",
            "bring somebody",
            "bring him",
            "bring her",
            "bring them",
            "bring my son",
            "bring my daughter",
            "bring my mum",
            "bring my dad",
            "bring the kids",
            "my mate",
            "my friend",
            "a friend",
            "my husband",
            "my wife",
            "my partner",
            "my kids",
            "my carer",
            "come too",
            "come with",
            "on my own",
        ],
    ),
    (
        Aspect::Cost,
        &[
            "cost", "costs", "price", "how much", "free", "pay", "charge", "fee", "money",
            "kosztuje", "koszt", "darmowe", "za darmo", "placic", "płacić", "paise", "qeemat",
            "kitne ka", "kitne ki", "fees",
        ],
    ),
    (
        Aspect::When,
        &[
            "time",
            "times",
            "when",
            "start",
            "starts",
            "finish",
            "finished",
            "finishes",
            "day",
            "days",
            "how long",
            "what time",
            "open",
            "wen",
            "every week",
            "each week",
            "weekly",
            "how often",
            "fortnightly",
            "monthly",
        ],
    ),
    (
        Aspect::Place,
        &[
            "where",
            "wheres",
            "address",
            "postcode",
            "get there",
            "find it",
            "directions",
            "how far",
            "far",
        ],
    ),
    (
        Aspect::Contact,
        &[
            "phone", "number", "ring", "call", "email", "contact", "book", "booking", "sign up",
            "join", "register", "enrol", "apply",
        ],
    ),
    (Aspect::Name, &["called", "name"]),
];

/// Words that point a question at the suggestions on screen ("is it every week?", "do I need a
/// DBS check for that?", "which one is friendliest?"), or at going to one ("do I need my mum
/// to sign something?", "can I just turn up?", "are beginners welcome?", "are dogs allowed?").
const POINTS_AT_A_SUGGESTION: [&str; 32] = [
    "turn up",
    "allowed",
    "welcome",
    "beginners",
    "beginner",
    "newcomers",
    "new people",
    "any experience",
    "suitable",
    "drop in",
    "can i",
    "can we",
    "can he",
    "can she",
    "do i",
    "do we",
    "do you have to",
    "will there",
    "it",
    "its",
    "that",
    "they",
    "them",
    "this",
    "which one",
    "that one",
    "the group",
    "the club",
    "the class",
    "would i have to",
    "will i need",
    "should i",
];
/// Words that ask how to join a suggestion, so a question with them is about the listings'
/// contacts even with none in mind.
const SIGNING_UP: [&str; 6] = ["sign up", "join", "register", "enrol", "apply", "book"];
/// Words of a question too common to look for in a listing.
const QUESTION_FILLER: [&str; 40] = [
    "need",
    "have",
    "would",
    "should",
    "will",
    "they",
    "them",
    "that",
    "this",
    "some",
    "something",
    "anything",
    "your",
    "know",
    "for",
    "and",
    "you",
    "are",
    "can",
    "get",
    "any",
    "our",
    "its",
    "has",
    "own",
    "their",
    "going",
    "someone",
    "somebody",
    "anyone",
    "with",
    "there",
    "actually",
    "really",
    "much",
    "very",
    "most",
    "more",
    "best",
    "first",
];

/// Answers a message about the suggestions on screen: a question gets the details of the one
/// it means (or "which one?"); a pick in words ("ok the first one then") gets its details. False
/// when the message is about something else. A question the list cannot have prompted (its
/// words name no aspect or suggestion) is taken as about the list only when it asks for
/// `nothing_new` (no time, place, interest or need, no question about the service).
pub(crate) fn answer(
    turn: &mut Turn,
    text: &str,
    meaning: &Classification,
    keyword: Option<&Keyword>,
    words: &Words,
    nothing_new: bool,
) -> bool {
    let in_hand = matches!(
        turn.state.stage,
        Stage::Offered | Stage::AskedCheckIn | Stage::Open
    );
    let asks_company = meaning.tags.contains(&Tag::Accompany);
    let question = is_question(text) || requests_a_detail(words);
    if keyword.is_some()
        || !in_hand
        || asks_company
        || handoff::asks_for_person(words)
        || turn.state.offered.is_empty()
        || (words.has_any(&NEGATIONS) && !question)
    {
        return false;
    }
    let named = named(&turn.state.offered, words, turn.state.need.place.as_deref());
    if question {
        answer_question(turn, words, named, nothing_new)
    } else if let Some(number) = named {
        if seen(turn, number) && check_in::accept(turn, words) {
            return true;
        }
        let picked = picks(words);
        if picked {
            search::details(turn, number, None);
        }
        picked
    } else {
        take_unnamed(turn, words)
    }
}

/// "I'll give it a go" or "that one sounds nice" before any was chosen: the details of the only
/// one on screen, or "which one?" when there are several. False for anything else, or once
/// one was chosen (then it is an acceptance, answered by the check-in).
fn take_unnamed(turn: &mut Turn, words: &Words) -> bool {
    if turn.state.chosen.is_some() || !words.has_any(&TAKING) {
        return false;
    }
    match turn.state.offered.len() {
        1 => search::details(turn, 1, None),
        count => turn.say("which_suggestion", json!({ "count": count })),
    }
    true
}

/// Answers a question about one suggestion: the one it names, else the one chosen, else the
/// only one; one line each when it could be any of several. A question that asks for others
/// is left to the rest of the flows (one that asks for a person never comes here). A question
/// that names no aspect is about the list when it points at it ("can I just turn up?") or when
/// a listing on screen uses one of its words ("will there be tea?" of a walk that ends with a
/// cup of tea), and asks for nothing new.
fn answer_question(
    turn: &mut Turn,
    words: &Words,
    named: Option<usize>,
    nothing_new: bool,
) -> bool {
    // A suggestion named with no aspect asked ("is there a men's shed or owt like that?") is
    // asked for, not asked about.
    let aspect = aspect(words).or_else(|| {
        let about_the_list = words.has_any(&POINTS_AT_A_SUGGESTION)
            || turn
                .state
                .offered
                .iter()
                .any(|offered| says(&offered.listing, Aspect::Other, words));
        (nothing_new && named.is_none() && about_the_list).then_some(Aspect::Other)
    });
    // "What about Slaithwaite then, he could get the train?" moves the search, not asks of a
    // listing's trains.
    let moves_the_search = !nothing_new && words.has_any(&refine::WHAT_ABOUT);
    let about_one = !words.has_any(&ASKS_FOR_OTHERS)
        && !moves_the_search
        && (named.is_some() || aspect.is_some());
    let offered = &turn.state.offered;
    let meant = named
        .or_else(|| chosen_number(offered, turn.state.chosen.as_ref()))
        .or((offered.len() == 1).then_some(1));
    // "Could someone call me?" is not about a listing's phone number unless one is in mind;
    // "how do I sign up?" is about theirs, whichever it is.
    let loose_contact =
        aspect == Some(Aspect::Contact) && meant.is_none() && !words.has_any(&SIGNING_UP);
    if !about_one || loose_contact {
        return false;
    }
    match (meant, aspect) {
        (Some(number), Some(aspect)) if seen(turn, number) => {
            answer_part(turn, number, aspect, words)
        }
        (Some(number), aspect) => {
            let listing = &offered[number - 1].listing;
            let unknown = aspect.filter(|aspect| !says(listing, *aspect, words));
            search::details(turn, number, unknown.map(aspect_id));
        }
        (None, Some(aspect)) => answer_for_each(turn, aspect, words),
        (None, None) => turn.say("which_suggestion", json!({ "count": offered.len() })),
    }
    true
}

/// Answers a question that could be about any of the suggestions on screen ("what time are
/// they on?") for each of them, a line each, saying where the listing is silent.
fn answer_for_each(turn: &mut Turn, aspect: Aspect, words: &Words) {
    let items: Vec<serde_json::Value> = turn
        .state
        .offered
        .iter()
        .enumerate()
        .map(|(index, suggestion)| {
            let (part, value) = part_answer(&suggestion.listing, aspect, words);
            json!({ "number": index + 1, "name": suggestion.name, "part": part, "value": value })
        })
        .collect();
    turn.say("listing_parts", json!({ "items": items }));
}

/// Answers one question about a suggestion whose details the person has already: the part
/// asked about, the directory's own words when that is where the listing says it, or that the
/// listing does not say and who to ask.
fn answer_part(turn: &mut Turn, number: usize, aspect: Aspect, words: &Words) {
    let suggestion = &turn.state.offered[number - 1];
    let listing = &suggestion.listing;
    let (part, value) = part_answer(listing, aspect, words);
    let vars = json!({
        "name": suggestion.name,
        "part": part,
        "value": value,
        "contact": listing.contact,
    });
    turn.say("listing_part", vars);
}

/// What the listing says to the aspect: its own part, else the directory's note when that is
/// where it says it (part `note`), else nothing.
fn part_answer(listing: &Listing, aspect: Aspect, words: &Words) -> (&'static str, Option<String>) {
    if aspect == Aspect::Name {
        return ("name", None);
    }
    match (says(listing, aspect, words), own_part(listing, aspect)) {
        (true, Some(own)) => (aspect_id(aspect), Some(own.clone())),
        (true, None) => part_saying(listing, aspect, words)
            .map_or(("note", listing.note.clone()), |(part, text)| {
                (part, Some(text))
            }),
        (false, _) => (aspect_id(aspect), None),
    }
}

/// The part of the listing whose own words say what the aspect asks, with its name: the
/// "accessible toilet" in its access for "is there a disabled toilet?", where the directory
/// has no part for toilets. The note is read first, as the likeliest place for anything else.
fn part_saying(listing: &Listing, aspect: Aspect, words: &Words) -> Option<(&'static str, String)> {
    let parts = [
        ("note", &listing.note),
        ("access", &listing.access),
        ("place", &listing.place),
        ("when", &listing.when),
        ("cost", &listing.cost),
        ("contact", &listing.contact),
    ];
    parts.into_iter().find_map(|(part, text)| {
        let text = text.as_ref()?;
        let alone = Listing {
            note: Some(text.clone()),
            ..Listing::default()
        };
        says(&alone, aspect, words).then(|| (part, text.clone()))
    })
}

/// The listing's own part for the aspect, when it has one.
fn own_part(listing: &Listing, aspect: Aspect) -> Option<&String> {
    match aspect {
        Aspect::When => listing.when.as_ref(),
        Aspect::Place => listing.place.as_ref(),
        Aspect::Cost => listing.cost.as_ref(),
        Aspect::Access => listing.access.as_ref(),
        Aspect::Contact => listing.contact.as_ref(),
        Aspect::Parking
        | Aspect::Buses
        | Aspect::Company
        | Aspect::Toilets
        | Aspect::Name
        | Aspect::Other => None,
    }
}

/// True when the person has its details already.
fn seen(turn: &Turn, number: usize) -> bool {
    chosen_number(&turn.state.offered, turn.state.chosen.as_ref()) == Some(number)
}

/// True when the message asks something: a question mark, or a sentence that opens with a
/// question word ("Thank you. Is the venue accessible").
fn is_question(text: &str) -> bool {
    text.contains('?')
        || text.split(['.', '!', ',', ';']).any(|sentence| {
            Words::new(sentence)
                .tokens()
                .next()
                .is_some_and(|first| QUESTION_STARTS.contains(&first))
        })
}

/// Openings that ask to be sent or told something ("text me the address", "send me their
/// number", "just tell me the time"): a request said without a question mark.
const REQUESTS: [&str; 7] = [
    "text me",
    "send me",
    "tell me",
    "give me",
    "let me know",
    "let me have",
    "remind me",
];

/// True for a request for a detail of a listing ("my phone's dying, just text me the address"),
/// answered like the question it is rather than "sorry, I didn't follow".
fn requests_a_detail(words: &Words) -> bool {
    words.has_any(&REQUESTS) && aspect(words).is_some()
}

/// True for a short pick in words ("ok the first one then", "go on, the Thursday one").
fn picks(words: &Words) -> bool {
    const PICK_WORDS: usize = 8;
    words.count() <= PICK_WORDS && words.has("one")
}

/// The suggestion the message names: its place in the list, a day only it meets on, or a
/// word of its name only it has. The words of the place searched near name none: "any yoga in
/// Harrogate?" asks for yoga there, not about the Harrogate Valley Gardens walk on screen.
fn named(offered: &[Suggestion], words: &Words, place: Option<&str>) -> Option<usize> {
    let place = Words::new(place.unwrap_or_default());
    place_in_list(words, offered.len())
        .or_else(|| only_one(offered, |suggestion| meets_on_a_day_said(suggestion, words)))
        .or_else(|| {
            only_one(offered, |suggestion| {
                name_is_said(suggestion, words, &place)
            })
        })
}

/// The place in a list of `count` that the words name: "the first one", "number 2", "the last
/// one"; also which one "not the second one" turns down.
pub(crate) fn place_in_list(words: &Words, count: usize) -> Option<usize> {
    let tokens: Vec<&str> = words.tokens().collect();
    let ordinal = ORDINALS
        .iter()
        .find(|(word, _)| tokens.contains(word))
        .map(|(_, number)| (*number).min(count));
    let numeral = || {
        tokens
            .iter()
            .filter_map(|token| token.parse::<usize>().ok())
            .find(|number| (1..=count).contains(number))
    };
    ordinal.or_else(numeral)
}

/// The number of the one suggestion that passes the test, when exactly one does.
fn only_one(offered: &[Suggestion], test: impl Fn(&Suggestion) -> bool) -> Option<usize> {
    let mut passing = offered
        .iter()
        .enumerate()
        .filter(|(_, suggestion)| test(suggestion));
    match (passing.next(), passing.next()) {
        (Some((index, _)), None) => Some(index + 1),
        _ => None,
    }
}

/// True when the message names a day and the suggestion meets on it.
fn meets_on_a_day_said(suggestion: &Suggestion, words: &Words) -> bool {
    let times = format!(
        "{} {}",
        suggestion.reason,
        suggestion.listing.when.as_deref().unwrap_or_default()
    )
    .to_lowercase();
    days_named(words).any(|day| times.contains(day))
}

/// True when a word of the message (not a common one) is a word of the suggestion's name, or
/// the start of one ("knitting" and "Knit and Natter").
fn name_is_said(suggestion: &Suggestion, words: &Words, place: &Words) -> bool {
    let name = Words::new(&suggestion.name);
    let name_words: Vec<&str> = name
        .tokens()
        .filter(|word| word.len() >= NAME_WORD_MIN && !COMMON.contains(word))
        .collect();
    words
        .tokens()
        .filter(|word| word.len() >= NAME_WORD_MIN && !COMMON.contains(word) && !place.has(word))
        .any(|word| {
            name_words
                .iter()
                .any(|name_word| word.starts_with(name_word) || name_word.starts_with(word))
        })
}

/// The chosen suggestion's number in the list on screen.
fn chosen_number(offered: &[Suggestion], chosen: Option<&Suggestion>) -> Option<usize> {
    let chosen = chosen?;
    offered
        .iter()
        .position(|suggestion| suggestion.id == chosen.id)
        .map(|index| index + 1)
}

/// What the question asks about, if it says.
fn aspect(words: &Words) -> Option<Aspect> {
    if names_a_bus_route(words) {
        return Some(Aspect::Buses);
    }
    ASPECTS
        .iter()
        .find(|(_, phrases)| words.has_any(phrases))
        .map(|(aspect, _)| *aspect)
}

/// True for a bus route said the way people say it, without the word "bus": "can I get there
/// on the 73?", "I'd take the X7". A number after "the" alone is a suggestion ("is the 2
/// free?", "I'll take the 2nd"), so only a route number after getting on or taking counts, and
/// not one of the list's own numbers.
fn names_a_bus_route(words: &Words) -> bool {
    let tokens: Vec<&str> = words.tokens().collect();
    tokens
        .windows(3)
        .any(|three| BOARDING.contains(&three[0]) && three[1] == "the" && is_route_number(three[2]))
}

/// "73", "229", "x7", "n38": a number beyond the list's three, or letters then digits.
fn is_route_number(token: &str) -> bool {
    let digits = token.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let lettered = digits.len() < token.len() && token.len() - digits.len() <= 2;
    let number =
        digits.len() <= 3 && !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit());
    number && (lettered || digits.parse::<u16>().is_ok_and(|n| n > 3))
}

/// Words before "the <number>" that make the number a bus route.
const BOARDING: [&str; 5] = ["on", "get", "take", "catch", "via"];

/// True when the listing tells what the aspect asks (for anything else asked, when a word of
/// the question is in it: "DBS" in "DBS check needed"); the name is always told.
fn says(listing: &Listing, aspect: Aspect, question: &Words) -> bool {
    let all = Words::new(&listing_text(listing));
    match aspect {
        Aspect::When => listing.when.is_some() || days_named(&all).next().is_some(),
        Aspect::Place => listing.place.is_some() || listing.note.is_some(),
        Aspect::Cost => listing.cost.is_some() || all.has_any(&["free", "pounds", "pay"]),
        Aspect::Access => {
            listing.access.is_some() || all.has_any(&["step free", "wheelchair", "accessible"])
        }
        Aspect::Contact => listing.contact.is_some() || all.has_any(&["call", "email", "phone"]),
        Aspect::Parking => all.has_any(&["parking", "car park"]),
        Aspect::Buses => all.has_any(&["bus", "buses", "bus stop"]),
        Aspect::Company => all.has_any(&[
            "bring",
            "friend",
            "friends",
            "everyone welcome",
            "all welcome",
        ]),
        Aspect::Toilets => all.has_any(&["toilet", "toilets", "loo"]),
        Aspect::Name => true,
        Aspect::Other => question
            .tokens()
            .filter(|word| word.len() >= 3 && !COMMON.contains(word))
            .filter(|word| !QUESTION_FILLER.contains(word) && !QUESTION_STARTS.contains(word))
            .any(|word| all.tokens().any(|said| same_word(said, word))),
    }
}

/// Every part of a listing in one text, to look for what the directory says in its own words.
fn listing_text(listing: &Listing) -> String {
    [
        &listing.place,
        &listing.when,
        &listing.cost,
        &listing.access,
        &listing.contact,
        &listing.note,
    ]
    .into_iter()
    .flatten()
    .cloned()
    .collect::<Vec<_>>()
    .join(". ")
}

/// The aspect as the details template names it.
fn aspect_id(aspect: Aspect) -> &'static str {
    match aspect {
        Aspect::When => "when",
        Aspect::Place => "place",
        Aspect::Cost => "cost",
        Aspect::Access => "access",
        Aspect::Contact => "contact",
        Aspect::Parking => "parking",
        Aspect::Buses => "buses",
        Aspect::Company => "company",
        Aspect::Toilets => "toilets",
        Aspect::Name => "name",
        Aspect::Other => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn suggestion(id: &str, name: &str, reason: &str, listing: Listing) -> Suggestion {
        Suggestion {
            id: id.into(),
            name: name.into(),
            reason: reason.into(),
            listing,
            clashes_with_time: false,
            miles: None,
        }
    }

    fn on_screen() -> Vec<Suggestion> {
        vec![
            suggestion(
                "knit",
                "Knit and Natter",
                "Tuesdays 10am, free",
                Listing::default(),
            ),
            suggestion(
                "walk",
                "Batley Health Walk",
                "Saturdays 10am, free",
                Listing::default(),
            ),
            suggestion(
                "choir",
                "Community Choir",
                "Wednesdays 7pm",
                Listing::default(),
            ),
        ]
    }

    #[test]
    fn a_suggestion_is_named_by_place_day_or_a_word_of_its_name() {
        let offered = on_screen();
        let named_in = |text: &str| named(&offered, &Words::new(text), Some("Batley"));
        assert_eq!(named_in("is the first one on a bus route"), Some(1));
        assert_eq!(named_in("what about number 3"), Some(3));
        assert_eq!(named_in("the last one"), Some(3));
        assert_eq!(named_in("what was the Tuesday one called"), Some(1));
        assert_eq!(named_in("is the walking one free?"), Some(2));
        assert_eq!(named_in("wheres the knitting group"), Some(1));
        assert_eq!(named_in("what time does it start"), None);
        assert_eq!(named_in("is it free for over 60s"), None);
        assert_eq!(named_in("any knitting in Batley?"), Some(1));
        assert_eq!(
            named_in("any yoga in Batley?"),
            None,
            "the place searched names none of them"
        );
    }

    #[test]
    fn a_bus_route_is_heard_without_the_word_bus() {
        let asks = |text: &str| aspect(&Words::new(text));
        assert_eq!(asks("can I get there on the 73?"), Some(Aspect::Buses));
        assert_eq!(asks("could i take the x7 to it"), Some(Aspect::Buses));
        assert_ne!(asks("ill take the 2nd one"), Some(Aspect::Buses));
        assert_ne!(asks("is the 2 free?"), Some(Aspect::Buses));
        assert_ne!(asks("get the 3 please"), Some(Aspect::Buses));
    }

    #[test]
    fn what_a_question_asks_is_known_when_the_listing_says_it() {
        assert_eq!(
            aspect(&Words::new("is there parking at number 2")),
            Some(Aspect::Parking)
        );
        assert_eq!(aspect(&Words::new("wat time is it on")), Some(Aspect::When));
        assert_eq!(
            aspect(&Words::new("can my mate come")),
            Some(Aspect::Company)
        );
        assert_eq!(
            aspect(&Words::new(
                "Is the venue accessible? I use a walking frame."
            )),
            Some(Aspect::Access)
        );
        let listing = Listing {
            note: Some("Tuesdays 10am, Batley Library. Free. Step-free.".into()),
            ..Listing::default()
        };
        assert_eq!(
            aspect(&Words::new("is it upstairs, I have a bad hip")),
            Some(Aspect::Access)
        );
        assert_eq!(
            aspect(&Words::new("is it finished by 9")),
            Some(Aspect::When)
        );
        let asked = Words::new("");
        assert!(
            says(&listing, Aspect::When, &asked)
                && says(&listing, Aspect::Cost, &asked)
                && says(&listing, Aspect::Access, &asked)
        );
        assert!(
            !says(&listing, Aspect::Parking, &asked)
                && !says(&Listing::default(), Aspect::Place, &asked)
        );
    }

    #[test]
    fn anything_else_asked_is_answered_from_the_listings_words_or_said_to_be_missing() {
        let listing = Listing {
            note: Some("Volunteers need a DBS check, which we arrange.".into()),
            ..Listing::default()
        };
        let dbs = Words::new("do I need a DBS check for that?");
        let parent = Words::new("do i need my mum to sign something");
        assert!(says(&listing, Aspect::Other, &dbs));
        assert!(!says(&listing, Aspect::Other, &parent));
        assert!(!says(&Listing::default(), Aspect::Other, &dbs));
        assert_eq!(aspect(&Words::new("is it every week")), Some(Aspect::When));
        assert_eq!(
            aspect(&Words::new("how do I actually sign up")),
            Some(Aspect::Contact)
        );
    }

    #[test]
    fn a_detail_with_no_part_of_its_own_is_answered_from_the_part_that_says_it() {
        let listing = Listing {
            access: Some("Step-free entrance and accessible toilet".into()),
            contact: Some("01632 960101".into()),
            ..Listing::default()
        };
        let toilet = Words::new("is there a disabled toilet?");
        assert_eq!(
            part_answer(&listing, Aspect::Toilets, &toilet),
            (
                "access",
                Some("Step-free entrance and accessible toilet".into())
            )
        );
        assert_eq!(
            part_answer(&listing, Aspect::Parking, &Words::new("is there parking?")),
            ("parking", None)
        );
    }

    #[test]
    fn a_request_for_a_detail_is_asked_like_a_question() {
        let request = |text| requests_a_detail(&Words::new(text));
        assert!(request("my phone is dying just text me the address quick"));
        assert!(request("send me their number please"));
        assert!(!request("text me later"));
        assert!(!request("tell me about yourself"));
    }

    #[test]
    fn questions_and_picks_are_told_from_requests_for_others() {
        assert!(is_question("does it cost"));
        assert!(is_question("the walk, is it far?"));
        assert!(is_question(
            "Thank you. Is the venue accessible. I use a frame."
        ));
        assert!(!is_question("ok the first one then"));
        assert!(picks(&Words::new("ok go on then the second one")));
        assert!(!picks(&Words::new(
            "I went to the first one last week and it was lovely thanks"
        )));
        assert!(Words::new("is there anything in Ripon itself").has_any(&ASKS_FOR_OTHERS));
    }
}
