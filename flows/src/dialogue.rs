//! What a conversation remembers between messages besides the flags: which question is open
//! ([`Stage`]) and what the person has told us they are looking for ([`Need`]).

use crate::practical::Practical;
use crate::refine::Noted;
use nlp::{Route, Tag};
use serde::{Deserialize, Serialize};

/// The question the bot last asked, so the next message is read as its answer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "stage")]
pub enum Stage {
    /// We asked where the person is. A conversation saved while an older version had asked
    /// when suits them reads as this too: the place is known by then, so the answer is taken
    /// into the need and leads straight to the search.
    #[serde(alias = "asked_when")]
    AskedPlace,
    /// We asked the directory; the answer arrives in this same turn.
    Searching,
    /// Suggestions are on screen: numbers, `MORE` and "with someone" refer to them.
    Offered,
    /// We asked whether to check in next week.
    AskedCheckIn,
    /// A check-in asked how it went.
    CheckingIn,
    /// We asked the optional feedback question: 1, 2 or 3 answers it, anything else is read
    /// for what it asks.
    AskedFeedback,
    /// We asked to confirm `DELETE MY DATA`.
    ConfirmErase,
    /// No open question: the next message is read for what it asks. A stage saved by an older
    /// version that no longer exists reads as this.
    #[default]
    #[serde(other)]
    Open,
}

impl Stage {
    /// True when the open question is answered yes or no, so a message that opens with one
    /// ("Yes, delete it all", "no thanks, I'm fine") answers it.
    pub(crate) fn asks_yes_or_no(&self) -> bool {
        matches!(self, Stage::ConfirmErase | Stage::AskedCheckIn)
    }
}

/// The kind of help someone is after; each one searches the directory with its own wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// Something to do.
    Activity,
    /// Befriending, a phone friend, peer support.
    Talk,
    /// Money, food, bills, transport, getting online.
    Practical,
    /// Support for how they feel.
    Wellbeing,
    /// Volunteering or starting a group.
    Volunteer,
}

impl Topic {
    /// The topic a route leads to; routes that are not a need (smalltalk, human, ...) have none.
    pub fn from_route(route: Route) -> Option<Topic> {
        Some(match route {
            Route::FindActivity => Topic::Activity,
            Route::SomeoneToTalkTo => Topic::Talk,
            Route::PracticalHelp => Topic::Practical,
            Route::WellbeingSupport => Topic::Wellbeing,
            Route::Volunteer => Topic::Volunteer,
            Route::Crisis | Route::Human | Route::Smalltalk | Route::Other => return None,
        })
    }

    /// True for help someone might like company the first time they go to.
    pub fn goes_along(self) -> bool {
        matches!(self, Topic::Activity | Topic::Wellbeing)
    }

    /// The route id, which the templates use to word their replies for each topic.
    pub fn id(self) -> &'static str {
        match self {
            Topic::Activity => Route::FindActivity.id(),
            Topic::Talk => Route::SomeoneToTalkTo.id(),
            Topic::Practical => Route::PracticalHelp.id(),
            Topic::Wellbeing => Route::WellbeingSupport.id(),
            Topic::Volunteer => Route::Volunteer.id(),
        }
    }
}

/// Needs that, once named, say what makes going hard, so the ideas need no invitation to say it.
const BARRIERS: [Tag; 4] = [
    Tag::FreeCost,
    Tag::Transport,
    Tag::Accessibility,
    Tag::Accompany,
];

/// How far the person will go: said in a follow-up ("in the village", "I can drive").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reach {
    /// Not said: the directory's usual distance.
    #[default]
    Usual,
    /// Close to home only.
    Near,
    /// Further afield is fine: they can drive or get a lift.
    Far,
}

/// The conversation's memory: everything the person has told us about what they are after,
/// merged from every message (the classifier's labels and their words), so nothing is asked
/// twice and a follow-up that changes one thing keeps the rest.
///
/// Interests, audiences and the needs that shape a suggestion (cost, access, transport, going
/// along) are the classifier's [`Tag`]s; the cohort is [`crate::State::cohort`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Need {
    /// The kind of help; `None` until they have said.
    pub topic: Option<Topic>,
    /// Their own words about it, for semantic matching.
    pub text: String,
    /// Interests, audiences and needs named so far.
    pub tags: Vec<Tag>,
    /// The place they named, as written.
    pub place: Option<String>,
    /// When that place is a name of several ("Newport"), the places it may be, asked about
    /// until they say which; empty once it is clear.
    pub place_choices: Vec<String>,
    /// A location they shared.
    pub point: Option<(f64, f64)>,
    /// They would rather not say where, so we do not ask again.
    pub place_declined: bool,
    /// A place they named was on no map the directory knows, and they were asked again once;
    /// a second such answer is taken as no place rather than asked a third time.
    pub unknown_place_asked: bool,
    /// When they are free, in their words; the latest said wins.
    pub when: Option<String>,
    /// How far they will go.
    pub reach: Reach,
    /// Practical needs named (food, bills, ...), for the search and the navigators.
    pub practical: Vec<Practical>,
    /// They want to start a group of their own rather than join one.
    pub start_group: bool,
    /// The age of whoever the group is for, when a message said it ("I'm 15", "my 12 year
    /// old"), so the search keeps to groups that welcome that age.
    pub age: Option<u8>,
    /// The language they write in, read over their latest messages (see `lang_heard`), or the
    /// one they chose.
    pub lang: Option<String>,
    /// The languages of their latest messages, weighed by words, which settle `lang`.
    pub lang_heard: Vec<crate::language::Heard>,
    /// They chose `lang` themselves (`LANGUAGE pl`), so detection no longer changes it: a
    /// resident whose English reads as another language to the detector says so once.
    #[serde(default)]
    pub lang_chosen: bool,
    /// Directory ids already offered, so `MORE` finds others.
    pub shown: Vec<String>,
    /// The need has been searched for, so a message that changes a detail is a follow-up.
    pub searched: bool,
    /// Directory ids they turned down ("not that one"), left out of every later search.
    pub declined: Vec<String>,
    /// What the follow-up being searched changed, said with its results.
    pub changed: Vec<Noted>,
}

impl Need {
    /// A new need from a message that names one. Everything else the person has said (where,
    /// when, cost, access, who they are) carries over; interests, practical needs and starting
    /// a group carry over only while the kind of help stays the same; suggestions start afresh.
    pub fn start(topic: Topic, before: &Need) -> Need {
        let mut need = Need {
            topic: Some(topic),
            text: String::new(),
            shown: Vec::new(),
            searched: false,
            ..before.clone()
        };
        if before.topic != Some(topic) {
            need.tags.retain(|tag| !tag.is_interest());
            need.practical.clear();
            need.start_group = false;
        }
        need
    }

    /// Adds the words of a message about the need, for semantic matching.
    pub fn add_words(&mut self, text: &str) {
        if !self.text.is_empty() {
            self.text.push(' ');
        }
        self.text.push_str(text.trim());
    }

    /// Adds a tag once.
    pub fn add_tag(&mut self, tag: Tag) {
        if !self.tags.contains(&tag) {
            self.tags.push(tag);
        }
    }

    /// The interests named so far.
    pub fn interests(&self) -> impl Iterator<Item = Tag> + '_ {
        self.tags.iter().copied().filter(|tag| tag.is_interest())
    }

    /// True when we know enough about where to search: a place that is clear, a location, or
    /// that they would rather not say.
    pub fn knows_where(&self) -> bool {
        (self.place.is_some() && self.place_choices.is_empty())
            || self.point.is_some()
            || self.place_declined
    }

    /// Settles a place of several names on the one they chose ("Newport, Isle of Wight").
    pub fn choose_place(&mut self, chosen: String) {
        self.place = Some(chosen);
        self.place_choices.clear();
    }

    /// True when they have said when, or named something that makes going hard, so ideas
    /// found without either need not invite them.
    pub fn knows_when_or_barriers(&self) -> bool {
        self.when.is_some()
            || self.reach != Reach::Usual
            || self.tags.iter().any(|tag| BARRIERS.contains(tag))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_need_keeps_what_was_said_but_not_old_interests_or_results() {
        let before = Need {
            topic: Some(Topic::Activity),
            place: Some("Batley".into()),
            when: Some("mornings".into()),
            tags: vec![Tag::ArtsCrafts, Tag::FreeCost],
            shown: vec!["a".into()],
            declined: vec!["b".into()],
            ..Need::default()
        };
        let need = Need::start(Topic::Talk, &before);
        assert_eq!(need.place.as_deref(), Some("Batley"));
        assert_eq!(need.when.as_deref(), Some("mornings"));
        assert_eq!(need.tags, vec![Tag::FreeCost]);
        assert!(need.shown.is_empty());
        assert_eq!(need.declined, vec!["b".to_string()]);
        assert_eq!(Need::start(Topic::Activity, &before).tags.len(), 2);
    }

    #[test]
    fn a_time_or_a_barrier_counts_as_known() {
        let mut need = Need::default();
        assert!(!need.knows_when_or_barriers());
        need.when = Some("saturday mornings".into());
        assert!(need.knows_when_or_barriers());
        let mut free = Need::default();
        free.add_tag(Tag::FreeCost);
        assert!(free.knows_when_or_barriers());
    }

    #[test]
    fn a_conversation_saved_while_asking_when_reads_as_asking_before_the_search() {
        let saved: Stage = serde_json::from_str(r#"{"stage":"asked_when"}"#).unwrap();
        assert_eq!(saved, Stage::AskedPlace);
        let gone: Stage = serde_json::from_str(r#"{"stage":"asked_favourite_colour"}"#).unwrap();
        assert_eq!(gone, Stage::Open);
    }
}
