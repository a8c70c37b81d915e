//! Every message, read as changes to the conversation's memory ([`crate::dialogue::Need`]): a
//! place, a time, cost, how far they will go, access, interests, turning a suggestion down.
//! The memory takes every change on every turn, so nothing said is asked for again; after
//! suggestions, a message whose changes the person would notice is a follow-up, answered with a
//! new search that keeps everything else and says what changed.
//!
//! The grammar is small on purpose: the classifier's labels (place, tags) plus a few phrase
//! lists for what the labels do not carry ("cheaper", "I can drive", "in the village",
//! "weekends instead", "not that one"), so it works on follow-ups nobody wrote down.

use crate::dialogue::{Need, Reach};
use crate::practical::{self, Practical};
use crate::words::Words;
use crate::{about, age, when, State};
use nlp::{Classification, Tag};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Words that ask for something cheaper or free.
const FREE: [&str; 19] = [
    "cheaper",
    "cheap",
    "cheapest",
    "something free",
    "anything free",
    "free ones",
    "free stuff",
    "for free",
    "costs nothing",
    "less expensive",
    "costs less",
    "cost less",
    "no money",
    "low cost",
    "too dear",
    "too expensive",
    "cant afford",
    "cant pay",
    "on a budget",
];
/// Words that say cost does not matter.
const ANY_COST: [&str; 10] = [
    "dont mind paying",
    "happy to pay",
    "cost doesnt matter",
    "money doesnt matter",
    "price doesnt matter",
    "money is no object",
    "moneys no object",
    "dont mind the cost",
    "can afford it",
    "i can pay",
];
/// Words that say they can go further.
const FAR: [&str; 17] = [
    "i can drive",
    "can get the train",
    "can get a train",
    "can catch the train",
    "can catch a train",
    "by train",
    "i drive",
    "ive got a car",
    "i have a car",
    "got a car",
    "get a lift",
    "dont mind travelling",
    "happy to travel",
    "willing to travel",
    "further afield",
    "further away",
    "anywhere really",
];
/// Words that ask for something closer to home.
const CLOSER: [&str; 12] = [
    "in the village",
    "my village",
    "in my village",
    "closer",
    "nearer",
    "close to home",
    "near home",
    "round the corner",
    "on my doorstep",
    "not too far",
    "nothing far",
    "too far",
];
/// Words that say they get about on foot, which asks for something closer to home too.
const ON_FOOT: [&str; 7] = [
    "walking distance",
    "only walk",
    "on foot",
    "walk there",
    "walk far",
    "walk very far",
    "walk much",
];
/// The words of [`CLOSER`] that also compare ages ("people nearer my age").
const COMPARATIVES: [&str; 2] = ["closer", "nearer"];
/// Words that make a comparative about age, not distance.
const IN_AGE: [&str; 2] = ["my age", "in age"];
/// Words that say they have no car, which asks for something closer to home too.
const NO_CAR: [&str; 2] = ["dont drive", "cant drive"];
/// Words that ask for a way of getting there.
const LIFT: [&str; 5] = ["lift", "lifts", "a ride", "take me", "get me there"];
/// Words that ask for easier access.
const ACCESS: [&str; 10] = [
    "step free",
    "wheelchair",
    "no stairs",
    "no steps",
    "hearing loop",
    "ground floor",
    "accessible",
    "my walker",
    "walking frame",
    "walking stick",
];
/// A wish for a kind of group that is no interest, audience or access need: told after a list
/// ("he gets anxious in big noisy places", "nothing too energetic, my knees are bad"), it
/// refines the search instead of starting a new one for help. Step-free access would be the
/// wrong reading (it marks down a calm group up a flight of stairs), so each wish adds words the
/// search reads for meaning instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Wish {
    /// Somewhere small and calm, away from noise and crowds.
    Quiet,
    /// Something gentle, for bad knees or little energy.
    Gentle,
}

impl Wish {
    const ALL: [Wish; 2] = [Wish::Quiet, Wish::Gentle];

    /// The words that tell the wish.
    fn told_by(self) -> &'static [&'static str] {
        match self {
            Wish::Quiet => &[
                "noisy",
                "noise",
                "too loud",
                "crowds",
                "crowded",
                "somewhere quiet",
                "quiet place",
                "quiet group",
                "quieter",
            ],
            Wish::Gentle => &[
                "too energetic",
                "nothing energetic",
                "not energetic",
                "too strenuous",
                "something gentle",
                "gentle exercise",
                "my knees",
                "bad knees",
                "bad back",
                "my hips",
                "low impact",
                "chair based",
                "seated",
            ],
        }
    }

    /// What the wish adds to the words the search reads for meaning.
    fn search_words(self) -> &'static str {
        match self {
            Wish::Quiet => "a small, quiet and calm group",
            Wish::Gentle => "gentle, seated, low impact",
        }
    }

    /// The id the replies say it back by ("Got it: somewhere quiet").
    fn id(self) -> &'static str {
        match self {
            Wish::Quiet => "quiet",
            Wish::Gentle => "gentle",
        }
    }
}
/// Walking aids, and a place walked to ("somewhere I can walk to"): with [`ON_FOOT`], the
/// words in which "walking" is about getting about, not a hobby ("I use a walking frame", "I
/// can only walk, nothing far").
const GETTING_ABOUT: [&str; 5] = [
    "walking frame",
    "walking stick",
    "walking sticks",
    "walker",
    "walk to",
];
/// Words that replace what was said rather than add to it.
const INSTEAD: [&str; 7] = [
    "instead",
    "rather",
    "actually",
    "changed my mind",
    "change of plan",
    "prefer",
    "not anymore",
];
/// Words that offer something else in place of what is in hand ("what about swimming?", "how
/// about Slaithwaite then?").
pub(crate) const WHAT_ABOUT: [&str; 2] = ["what about", "how about"];
/// Words that turn a suggestion down.
const DECLINE: [&str; 18] = [
    "not that one",
    "not the first",
    "not the second",
    "not the third",
    "not number",
    "wasnt for me",
    "isnt for me",
    "not that",
    "not for me",
    "dont fancy",
    "dont like that",
    "not keen",
    "something else",
    "something different",
    "not interested",
    "none of those",
    "none of them",
    "not those",
];
/// Words that, a few words before "group" or "club", say they want to start one rather than
/// join one ("start a knitting group", "set up my own club").
const START_GROUP: [&str; 7] = [
    "start",
    "starting",
    "set up",
    "setting up",
    "run",
    "running",
    "form",
];
/// Starting words that, right before the group, name its sport instead: a "running club" is
/// for runners, while "running a club" or "run the group" is starting or leading one.
const RUN: [&str; 2] = ["run", "running"];
/// The things one starts.
const GROUP_WORDS: [&str; 4] = ["group", "club", "groups", "clubs"];
/// Words between the starting and the group that mean joining one ("start going to a group").
const JOINING: [&str; 8] = [
    "going",
    "go",
    "attending",
    "attend",
    "joining",
    "join",
    "coming",
    "come",
];
/// How many words may sit between the starting and the group ("start a little knitting group").
const START_GROUP_GAP: usize = 4;

/// One thing a message changes in the memory.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Change {
    /// A new place, as written, with the places it may be when it names several.
    Place {
        /// The words of the place.
        words: String,
        /// The places they may mean, when it is not clear which ("Newport, Isle of Wight", ...).
        choices: Vec<String>,
    },
    /// Closer to home, or further afield.
    Reach(Reach),
    /// A new time.
    When(String),
    /// It must be free or cheap.
    Free,
    /// Cost does not matter.
    AnyCost,
    /// Interests, added or (with "instead") in place of the old ones.
    Interests {
        /// The new interests.
        tags: Vec<Tag>,
        /// They replace the old ones.
        instead: bool,
    },
    /// Step-free or otherwise accessible.
    Access,
    /// A kind of group wished for.
    Wish(Wish),
    /// Another label the search should know (an audience, a life change, a need): kept quietly.
    Label(Tag),
    /// Practical needs named for the first time.
    Practical(Vec<Practical>),
    /// They want to start a group.
    StartGroup,
    /// The age of whoever the group is for.
    Age(u8),
    /// Not that one: the suggestion chosen, the one numbered, or all on screen.
    Decline(Option<usize>),
}

/// What a follow-up changed, as the suggestions reply says it ("Got it: free or cheap").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Noted {
    /// `place`, `near`, `far`, `when`, `free`, `any_cost`, `interests`, `access`, `quiet`, `gentle`,
    /// `decline` or `age`.
    pub kind: String,
    /// The place, the time or the interests, in words, for the kinds that have one.
    pub value: Option<String>,
}

/// The time to search with: a time only ruled out ("not Fridays though") narrows the one said
/// before ("evenings, not Fridays") unless it is said to replace it; read alone, it dropped
/// the evenings and offered a Thursday afternoon to someone at work all day.
fn narrowed(need: &Need, words: &Words, time: String) -> String {
    match &need.when {
        Some(before)
            if when::only_rules_out(&time) && !replaces(words) && !before.contains(&time) =>
        {
            format!("{before}, {time}")
        }
        _ => time,
    }
}

/// True when the message changes nothing the search uses and names no new need.
pub(crate) fn asks_nothing_new(changes: &[Change]) -> bool {
    noticed(changes).is_empty() && !names_a_need(changes)
}

/// True when the message names a practical need or a group to start, which no refinement
/// shows ([`noticed`] leaves them out) but which is a request of its own.
pub(crate) fn names_a_need(changes: &[Change]) -> bool {
    changes
        .iter()
        .any(|change| matches!(change, Change::Practical(_) | Change::StartGroup))
}

/// True when the message puts what it says in place of what was said before.
fn replaces(words: &Words) -> bool {
    words.has_any(&INSTEAD) || words.has_any(&WHAT_ABOUT)
}

/// Keeps an age only when it is the writer's own, for a pupil in a school cohort: the groups are
/// for them, so "my boyfriend can drive me, he's 24" is no age to search by (it had narrowed a
/// pupil's search to groups for a 24-year-old and said "Got it: for age 24").
pub(crate) fn keep_only_own_age(changes: &mut Vec<Change>, words: &Words) {
    let own = age::stated_as_own(words);
    changes.retain(|change| !matches!(change, Change::Age(age) if Some(*age) != own));
}

/// Everything a message changes, given what the memory holds.
pub(crate) fn read(need: &Need, words: &Words, meaning: &Classification) -> Vec<Change> {
    let meaning = &nearness_not_transport(words, meaning);
    let mut changes = Vec::new();
    if let Some(place) = meaning.place.as_deref().map(str::trim) {
        let same = need
            .place
            .as_deref()
            .is_some_and(|known| known.eq_ignore_ascii_case(place));
        if !same && !place.is_empty() {
            changes.push(Change::Place {
                words: crate::words::tidy_place(place),
                choices: meaning.place_choices.clone(),
            });
        }
    }
    if let Some(time) = when::read(words).map(|time| narrowed(need, words, time)) {
        if need.when.as_ref() != Some(&time) {
            changes.push(Change::When(time));
        }
    }
    changes.extend(cost(need, words, meaning));
    changes.extend(reach(need, words));
    changes.extend(interests(need, words, meaning));
    changes.extend(labels(need, words, meaning));
    let new_needs: Vec<Practical> = practical::read(words, meaning)
        .into_iter()
        .filter(|found| !need.practical.contains(found))
        .collect();
    if !new_needs.is_empty() {
        changes.push(Change::Practical(new_needs));
    }
    if starts_a_group(words) && !need.start_group {
        changes.push(Change::StartGroup);
    }
    if let Some(age) = age::stated(words).filter(|age| need.age != Some(*age)) {
        changes.push(Change::Age(age));
    }
    if words.has_any(&DECLINE) {
        changes.push(Change::Decline(about::place_in_list(words, MOST_ON_A_LIST)));
    }
    changes
}

/// Free or cheap, or cost no object; only when it differs from what the memory holds.
fn cost(need: &Need, words: &Words, meaning: &Classification) -> Option<Change> {
    let wants_free = need.tags.contains(&Tag::FreeCost);
    if words.has_any(&ANY_COST) {
        return wants_free.then_some(Change::AnyCost);
    }
    let asks_free =
        meaning.tags.contains(&Tag::FreeCost) || words.has_any(&FREE) || words.has_like("cheaper");
    (asks_free && !wants_free).then_some(Change::Free)
}

/// The classification without its transport tag when the words only say how near or how far
/// they will go ("I can only walk, nothing far", "I can get the train to Huddersfield"): the
/// model reads that as a need for transport, but with no word of a lift, fares or having no car
/// it is the same words read twice, and a lift is not what was asked.
fn nearness_not_transport<'a>(
    words: &Words,
    meaning: &'a Classification,
) -> Cow<'a, Classification> {
    let closer = says_closer(words) && !practical::in_words(words, Practical::TransportCost);
    let further = words.has_any(&FAR) && !practical::named_plainly(words, Practical::TransportCost);
    let read_twice = meaning.tags.contains(&Tag::Transport)
        && (closer || further)
        && !words.has_any(&NO_CAR)
        && !words.has_any(&LIFT);
    if !read_twice {
        return Cow::Borrowed(meaning);
    }
    let mut plain = meaning.clone();
    plain.tags.retain(|tag| *tag != Tag::Transport);
    Cow::Owned(plain)
}

/// Whether the words ask for something closer to home or say they get about on foot.
fn says_closer(words: &Words) -> bool {
    let of_age = words.has_any(&IN_AGE);
    let closer = CLOSER
        .iter()
        .filter(|phrase| words.has(phrase))
        .any(|phrase| !(of_age && COMPARATIVES.contains(phrase)));
    closer || words.has_any(&ON_FOOT)
}

/// Closer to home or further afield; only when it differs from what the memory holds.
fn reach(need: &Need, words: &Words) -> Option<Change> {
    let said = if words.has_any(&FAR) {
        Reach::Far
    } else if says_closer(words) || words.has_any(&NO_CAR) {
        Reach::Near
    } else {
        return None;
    };
    (said != need.reach).then_some(Change::Reach(said))
}

/// Interests the memory does not hold yet. Walking named only to get about ("I use a walking
/// frame", "I can only walk") is a need for easy access or a place near home, not an interest
/// in walks.
fn interests(need: &Need, words: &Words, meaning: &Classification) -> Option<Change> {
    let new: Vec<Tag> = interests_named(words, meaning)
        .filter(|tag| !need.tags.contains(tag))
        .collect();
    (!new.is_empty()).then(|| Change::Interests {
        tags: new,
        instead: replaces(words) || asks_for_it_alone(words),
    })
}

/// Words that add a new interest to those before ("could I try painting too?").
const ALSO: [&str; 5] = ["also", "too", "as well", "aswell", "both"];

/// Whether a message opens by asking for what it names ("any yoga in Harrogate?", "is there a
/// choir?", "can I do pottery anywhere?") without saying it is as well as the rest: a new
/// thing asked for, so the walks asked about before no longer count as an answer to it.
fn asks_for_it_alone(words: &Words) -> bool {
    let opens_asking = words.tokens().next().is_some_and(|first| {
        ASKING_OPENERS.contains(&first) || about::QUESTION_STARTS.contains(&first)
    });
    opens_asking && !words.has_any(&ALSO)
}

/// Words besides a question's that open a request for something ("any yoga?", "got anything
/// for art?").
const ASKING_OPENERS: [&str; 4] = ["any", "anything", "got", "know"];

/// Whether the message names an interest of its own (see [`interests_named`]).
pub(crate) fn names_an_interest(words: &Words, meaning: &Classification) -> bool {
    interests_named(words, meaning).next().is_some()
}

/// The interests among a message's tags: walking said only to get about ("I can only walk",
/// "my walking frame") is none.
fn interests_named<'a>(
    words: &Words,
    meaning: &'a Classification,
) -> impl Iterator<Item = Tag> + 'a {
    let getting_about = walks_only_to_get_about(words);
    meaning
        .tags
        .iter()
        .copied()
        .filter(move |tag| tag.is_interest() && !(getting_about && *tag == Tag::WalkingOutdoors))
}

/// True when every walking word in the message is about getting about.
fn walks_only_to_get_about(words: &Words) -> bool {
    let walking = |token: &&str| token.starts_with("walk");
    let said = words.tokens().filter(walking).count();
    let in_aids: usize = GETTING_ABOUT
        .iter()
        .chain(&ON_FOOT)
        .filter(|aid| words.has(aid))
        .map(|aid| aid.split(' ').filter(walking).count())
        .sum();
    in_aids > 0 && in_aids >= said
}

/// Access asked for, and the other labels (audiences, life changes, needs) the memory lacks.
fn labels(need: &Need, words: &Words, meaning: &Classification) -> Vec<Change> {
    let mut changes = Vec::new();
    let wants_access = meaning.tags.contains(&Tag::Accessibility) || words.has_any(&ACCESS);
    if wants_access && !need.tags.contains(&Tag::Accessibility) {
        changes.push(Change::Access);
    }
    // Before a search the message's own words go to it whole.
    let wishes = Wish::ALL.into_iter().filter(|wish| {
        need.searched && words.has_any(wish.told_by()) && !need.text.contains(wish.search_words())
    });
    changes.extend(wishes.map(Change::Wish));
    let quiet = meaning.tags.iter().copied().filter(|tag| {
        !tag.is_interest()
            && !matches!(tag, Tag::FreeCost | Tag::Accessibility)
            && !need.tags.contains(tag)
    });
    changes.extend(quiet.map(Change::Label));
    changes
}

/// True when the message asks to start a group: a starting word a few words before "group".
fn starts_a_group(words: &Words) -> bool {
    let tokens: Vec<&str> = words.tokens().collect();
    let starts = |index: usize| {
        START_GROUP.iter().any(|phrase| {
            let parts: Vec<&str> = phrase.split(' ').collect();
            tokens.get(index..index + parts.len()) == Some(parts.as_slice())
        })
    };
    (0..tokens.len())
        .filter(|&index| starts(index))
        .any(|index| {
            let after = tokens.iter().skip(index + 1).take(START_GROUP_GAP + 1);
            let before_group: Vec<&&str> = after
                .take_while(|token| !GROUP_WORDS.contains(token))
                .collect();
            let a_sport = RUN.contains(&tokens[index]) && before_group.is_empty();
            before_group.len() <= START_GROUP_GAP
                && !a_sport
                && tokens
                    .get(index + 1 + before_group.len())
                    .is_some_and(|token| GROUP_WORDS.contains(token))
                && !before_group.iter().any(|token| JOINING.contains(token))
        })
}

/// The longest list a number in a turn-down may point at: the list on screen is not known when
/// the message is read, and a number past its end turns down the one chosen, or all of them.
const MOST_ON_A_LIST: usize = 9;

/// True when the message named a place of several names without saying which, so the next
/// thing is to ask which it is.
pub(crate) fn leaves_place_unclear(changes: &[Change]) -> bool {
    changes
        .iter()
        .any(|change| matches!(change, Change::Place { choices, .. } if !choices.is_empty()))
}

/// Takes the changes into the memory.
pub(crate) fn remember(state: &mut State, changes: &[Change]) {
    for change in changes {
        apply(state, change);
    }
}

fn apply(state: &mut State, change: &Change) {
    let need = &mut state.need;
    match change {
        Change::Place { words, choices } => {
            need.place = Some(words.clone());
            need.place_choices = choices.clone();
            need.point = None;
            need.place_declined = false;
        }
        Change::Reach(reach) => {
            need.reach = *reach;
            if *reach == Reach::Far {
                need.tags.retain(|tag| *tag != Tag::Transport);
            }
        }
        Change::When(time) => need.when = Some(time.clone()),
        Change::Free => need.add_tag(Tag::FreeCost),
        Change::AnyCost => need.tags.retain(|tag| *tag != Tag::FreeCost),
        Change::Interests { tags, instead } => {
            if *instead {
                need.tags.retain(|tag| !tag.is_interest());
            }
            tags.iter().for_each(|tag| need.add_tag(*tag));
        }
        Change::Access => need.add_tag(Tag::Accessibility),
        Change::Wish(wish) => need.add_words(wish.search_words()),
        Change::Label(tag) => need.add_tag(*tag),
        Change::Practical(found) => found
            .iter()
            .for_each(|one| practical::add(&mut need.practical, *one)),
        Change::StartGroup => need.start_group = true,
        Change::Age(age) => need.age = Some(*age),
        Change::Decline(number) => decline(state, *number),
    }
}

/// Leaves a suggestion out of every later search: the one numbered, else the one chosen, else
/// all those on screen.
fn decline(state: &mut State, number: Option<usize>) {
    let numbered = number.and_then(|number| state.offered.get(number - 1));
    let ids: Vec<String> = match numbered.or(state.chosen.as_ref()) {
        Some(one) => vec![one.id.clone()],
        None => state
            .offered
            .iter()
            .map(|offered| offered.id.clone())
            .collect(),
    };
    for id in ids {
        if !state.need.declined.contains(&id) {
            state.need.declined.push(id);
        }
    }
    state.chosen = None;
}

/// What the person would notice among the changes, for the reply; quiet changes (labels, the
/// language, practical needs) are not said back.
pub(crate) fn noticed(changes: &[Change]) -> Vec<Noted> {
    changes.iter().filter_map(notice).collect()
}

fn notice(change: &Change) -> Option<Noted> {
    let (kind, value) = match change {
        Change::Place { choices, .. } if !choices.is_empty() => return None,
        Change::Place { words, .. } => ("place", Some(words.clone())),
        Change::Reach(Reach::Near) => ("near", None),
        Change::Reach(Reach::Far) => ("far", None),
        Change::Reach(Reach::Usual) => return None,
        Change::When(time) => ("when", Some(time.clone())),
        Change::Free => ("free", None),
        Change::AnyCost => ("any_cost", None),
        Change::Interests { tags, .. } => ("interests", Some(interest_words(tags))),
        Change::Access => ("access", None),
        Change::Wish(wish) => (wish.id(), None),
        Change::Decline(_) => ("decline", None),
        Change::Age(age) => ("age", Some(age.to_string())),
        Change::Label(_) | Change::Practical(_) | Change::StartGroup => return None,
    };
    Some(Noted {
        kind: kind.into(),
        value,
    })
}

/// Interests in plain words ("gardening and music"), for the reply and the search.
pub(crate) fn interest_words(tags: &[Tag]) -> String {
    let words: Vec<&str> = tags.iter().filter_map(|tag| interest_word(*tag)).collect();
    words.join(" and ")
}

/// An interest as a resident would say it.
fn interest_word(tag: Tag) -> Option<&'static str> {
    Some(match tag {
        Tag::ArtsCrafts => "arts and crafts",
        Tag::Music => "music",
        Tag::SportFitness => "sport and fitness",
        Tag::WalkingOutdoors => "walking",
        Tag::GardeningNature => "gardening",
        Tag::GamesQuizzes => "games and quizzes",
        Tag::BooksLearning => "books and learning",
        Tag::FoodCooking => "food and cooking",
        Tag::Faith => "faith groups",
        Tag::DigitalSkills => "getting online",
        Tag::SocialCafe => "a cuppa and a chat",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use nlp::Route;

    fn changes(need: &Need, text: &str, tags: Vec<Tag>, place: Option<&str>) -> Vec<Change> {
        let meaning = Classification {
            tags,
            place: place.map(str::to_string),
            ..Classification::plain(Route::FindActivity)
        };
        read(need, &Words::new(text), &meaning)
    }

    fn walking_in_batley() -> Need {
        Need {
            tags: vec![Tag::WalkingOutdoors, Tag::Transport],
            place: Some("Batley".into()),
            when: Some("mornings".into()),
            ..Need::default()
        }
    }

    #[test]
    fn one_change_at_a_time_is_read_from_words_and_labels() {
        let need = walking_in_batley();
        assert_eq!(
            changes(&need, "anything cheaper?", vec![], None),
            vec![Change::Free]
        );
        assert_eq!(
            changes(&need, "I can drive actually", vec![], None),
            vec![Change::Reach(Reach::Far)]
        );
        assert_eq!(
            changes(&need, "something in the village", vec![], None),
            vec![Change::Reach(Reach::Near)]
        );
        assert_eq!(
            changes(
                &need,
                "I can only walk, nothing far",
                vec![Tag::WalkingOutdoors],
                None
            ),
            vec![Change::Reach(Reach::Near)],
            "walking to get there is no new interest"
        );
        let choir = Need {
            tags: vec![Tag::Music],
            ..Need::default()
        };
        assert_eq!(
            changes(&choir, "I can only walk", vec![Tag::WalkingOutdoors], None),
            vec![Change::Reach(Reach::Near)]
        );
        assert_eq!(
            changes(&need, "that's too far for me", vec![], None),
            vec![Change::Reach(Reach::Near)]
        );
        assert_eq!(
            changes(&need, "weekends instead", vec![], None),
            vec![Change::When("weekends".into())]
        );
        assert_eq!(
            changes(&need, "in Batley", vec![], Some("batley")),
            Vec::<Change>::new()
        );
        assert_eq!(
            changes(&need, "not that one", vec![], None),
            vec![Change::Decline(None)]
        );
    }

    /// "I can only walk" reads to the model as a need for transport: said with no word of a
    /// lift, a car or fares it is only how near, and a lift asked for in words stays one.
    #[test]
    fn saying_how_near_is_no_need_for_a_lift_unless_a_lift_is_asked_for() {
        let choir = Need {
            tags: vec![Tag::Music],
            searched: true,
            ..Need::default()
        };
        assert_eq!(
            changes(
                &choir,
                "I can only walk, nothing far",
                vec![Tag::Transport],
                None
            ),
            vec![Change::Reach(Reach::Near)]
        );
        let lift = changes(
            &choir,
            "nothing far please, could someone give me a lift?",
            vec![Tag::Transport],
            None,
        );
        assert!(lift.contains(&Change::Label(Tag::Transport)), "{lift:?}");
        let no_car = changes(
            &choir,
            "I don't drive, nothing far",
            vec![Tag::Transport],
            None,
        );
        assert!(
            no_car.contains(&Change::Label(Tag::Transport)),
            "{no_car:?}"
        );
    }

    #[test]
    fn a_walking_aid_asks_for_access_not_walks() {
        let found = changes(
            &Need::default(),
            "Is the venue accessible? I use a walking frame.",
            vec![Tag::WalkingOutdoors],
            None,
        );
        assert_eq!(found, vec![Change::Access]);
        let both = changes(
            &Need::default(),
            "I have a walking stick but I still like a gentle walk",
            vec![Tag::WalkingOutdoors],
            None,
        );
        assert!(both.contains(&Change::Interests {
            tags: vec![Tag::WalkingOutdoors],
            instead: false
        }));
    }

    #[test]
    fn not_walking_far_is_closer_to_home_and_a_nearer_age_is_no_distance() {
        let found = changes(
            &walking_in_batley(),
            "I CANT WALK FAR AND I DONT HAVE A CAR",
            vec![Tag::WalkingOutdoors],
            None,
        );
        assert!(found.contains(&Change::Reach(Reach::Near)), "{found:?}");
        assert!(!found
            .iter()
            .any(|change| matches!(change, Change::Interests { .. })));
        let age = changes(
            &walking_in_batley(),
            "these look like they're mostly for retired people, anything with people nearer my age?",
            Vec::new(),
            None,
        );
        assert!(!age.contains(&Change::Reach(Reach::Near)), "{age:?}");
    }

    #[test]
    fn starting_a_group_is_told_from_joining_one() {
        assert!(starts_a_group(&Words::new(
            "I want to start a knitting group for mums"
        )));
        assert!(starts_a_group(&Words::new(
            "could I set up my own walking club"
        )));
        assert!(!starts_a_group(&Words::new(
            "I'd like to start going to a group"
        )));
        assert!(!starts_a_group(&Words::new(
            "a walking group to start with"
        )));
        assert!(!starts_a_group(&Words::new(
            "Looking for a running club near Shoreditch, beginner friendly"
        )));
        assert!(starts_a_group(&Words::new(
            "who could help me with running a club for dads"
        )));
    }

    #[test]
    fn a_second_interest_and_a_day_come_together() {
        let found = changes(
            &walking_in_batley(),
            "and gardening on saturdays",
            vec![Tag::GardeningNature],
            None,
        );
        assert_eq!(
            found,
            vec![
                Change::When("Saturdays".into()),
                Change::Interests {
                    tags: vec![Tag::GardeningNature],
                    instead: false
                }
            ]
        );
    }

    #[test]
    fn what_about_another_interest_is_in_place_of_the_first() {
        let found = changes(
            &walking_in_batley(),
            "thanks, what about swimming?",
            vec![Tag::SportFitness],
            None,
        );
        assert_eq!(
            found,
            vec![Change::Interests {
                tags: vec![Tag::SportFitness],
                instead: true
            }]
        );
    }

    #[test]
    fn driving_drops_the_transport_need_and_cost_can_be_lifted() {
        let mut state = State {
            need: walking_in_batley(),
            ..State::default()
        };
        remember(&mut state, &[Change::Reach(Reach::Far), Change::Free]);
        assert_eq!(state.need.tags, vec![Tag::WalkingOutdoors, Tag::FreeCost]);
        let lifted = changes(&state.need, "I dont mind paying", vec![], None);
        assert_eq!(lifted, vec![Change::AnyCost]);
        assert_eq!(
            interest_words(&[Tag::GardeningNature, Tag::Music]),
            "gardening and music"
        );
    }
}
