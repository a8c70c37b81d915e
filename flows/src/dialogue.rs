//! What a conversation remembers between messages besides the flags: which question is open
//! ([`Stage`]) and what the person has told us they are looking for ([`Need`]).

use nlp::{Classification, Route, Tag};
use serde::{Deserialize, Serialize};

/// The question the bot last asked, so the next message is read as its answer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "stage")]
pub enum Stage {
    /// No open question: the next message is read for what it asks.
    #[default]
    Open,
    /// We asked where the person is.
    AskedPlace,
    /// We asked when suits them and what could make it hard.
    AskedWhen,
    /// We asked the directory; the answer arrives in this same turn.
    Searching,
    /// Suggestions are on screen: numbers, `MORE` and "with someone" refer to them.
    Offered,
    /// We asked whether to check in next week.
    AskedCheckIn,
    /// A check-in asked how it went.
    CheckingIn,
    /// We asked to confirm `DELETE MY DATA`.
    ConfirmErase,
    /// A life-change pack is on screen: `SAVE` sends it to keep.
    OfferedPack {
        /// The pack's id (its file name under `content/packs/`).
        pack: String,
    },
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

/// What the person is looking for, gathered over a few messages, so we never ask twice.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Need {
    /// The kind of help; `None` until they have said.
    pub topic: Option<Topic>,
    /// Their own words about it, for semantic matching.
    pub text: String,
    /// Interests, audiences and needs named so far.
    pub tags: Vec<Tag>,
    /// The place they named, as written.
    pub place: Option<String>,
    /// A location they shared.
    pub point: Option<(f64, f64)>,
    /// They would rather not say where, so we do not ask again.
    pub place_declined: bool,
    /// We already asked when and what makes it hard.
    pub asked_when: bool,
    /// Directory ids already offered, so `MORE` finds others.
    pub shown: Vec<String>,
}

/// Needs that, once named, mean we need not ask "anything that makes it hard?".
const BARRIERS: [Tag; 4] = [
    Tag::FreeCost,
    Tag::Transport,
    Tag::Accessibility,
    Tag::Accompany,
];

/// Words that say when someone is free, so we need not ask "when suits you?".
const TIME_WORDS: [&str; 16] = [
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
    "weekday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "tomorrow",
    "week",
];

impl Need {
    /// A fresh need from a message that names one; where is kept from before when not said again.
    pub fn start(topic: Topic, text: &str, meaning: &Classification, before: &Need) -> Need {
        let mut need = Need {
            topic: Some(topic),
            ..Need::default()
        };
        need.place = before.place.clone();
        need.point = before.point;
        need.place_declined = before.place_declined;
        need.add(text, meaning);
        need
    }

    /// Adds what one more message says: its words, tags and place.
    pub fn add(&mut self, text: &str, meaning: &Classification) {
        if !self.text.is_empty() {
            self.text.push(' ');
        }
        self.text.push_str(text.trim());
        self.add_labels(meaning);
    }

    /// Adds a message's tags and place but not its words: for an answer to "whereabouts?" that
    /// is only a place, whose words say nothing of what the person is after.
    pub fn add_labels(&mut self, meaning: &Classification) {
        for tag in &meaning.tags {
            if !self.tags.contains(tag) {
                self.tags.push(*tag);
            }
        }
        if let Some(place) = &meaning.place {
            self.place = Some(place.clone());
        }
    }

    /// True when we know enough about where to search.
    pub fn knows_where(&self) -> bool {
        self.place.is_some() || self.point.is_some() || self.place_declined
    }

    /// True when the words so far say when, or name something that makes going hard.
    pub fn knows_when_or_barriers(&self) -> bool {
        let text = self.text.to_lowercase();
        self.tags.iter().any(|tag| BARRIERS.contains(tag))
            || TIME_WORDS.iter().any(|word| text.contains(word))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meaning(tags: Vec<Tag>, place: Option<&str>) -> Classification {
        Classification {
            tags,
            place: place.map(str::to_string),
            ..Classification::plain(Route::FindActivity)
        }
    }

    #[test]
    fn a_new_need_keeps_the_place_said_before() {
        let before = Need {
            place: Some("Batley".into()),
            ..Need::default()
        };
        let need = Need::start(
            Topic::Activity,
            "art",
            &meaning(vec![Tag::ArtsCrafts], None),
            &before,
        );
        assert_eq!(need.place.as_deref(), Some("Batley"));
        assert_eq!(need.tags, vec![Tag::ArtsCrafts]);
        assert!(need.knows_where());
    }

    #[test]
    fn time_words_or_barriers_count_as_known() {
        let mut need = Need::default();
        assert!(!need.knows_when_or_barriers());
        need.add("Saturday mornings", &meaning(vec![], None));
        assert!(need.knows_when_or_barriers());
        let free = Need::start(
            Topic::Activity,
            "x",
            &meaning(vec![Tag::FreeCost], None),
            &Need::default(),
        );
        assert!(free.knows_when_or_barriers());
    }
}
