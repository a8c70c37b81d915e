//! The labels of `nlp/labels.md`: the only vocabulary the flows and the figures speak.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What the sender wants, exactly one per message; decides which flow answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Route {
    /// Something to do, a group, a club, to meet people.
    FindActivity,
    /// One-to-one company: befriending, a phone friend, someone to go along with them.
    SomeoneToTalkTo,
    /// Money, food, bills, housing, transport, getting online.
    PracticalHelp,
    /// Low mood, stress, grief, confidence, when nothing suggests immediate danger.
    WellbeingSupport,
    /// Immediate danger to life or safety.
    Crisis,
    /// Wants a real person.
    Human,
    /// Wants to help others or start a group.
    Volunteer,
    /// Greetings, thanks, questions about the service.
    Smalltalk,
    /// Anything else.
    Other,
}

impl Route {
    /// Every route, in the order of `labels.md`, so tables and reports list them the same way.
    pub const ALL: [Route; 9] = [
        Route::FindActivity,
        Route::SomeoneToTalkTo,
        Route::PracticalHelp,
        Route::WellbeingSupport,
        Route::Crisis,
        Route::Human,
        Route::Volunteer,
        Route::Smalltalk,
        Route::Other,
    ];

    /// The id used in JSON and in labelled files.
    pub fn id(self) -> &'static str {
        match self {
            Route::FindActivity => "find_activity",
            Route::SomeoneToTalkTo => "someone_to_talk_to",
            Route::PracticalHelp => "practical_help",
            Route::WellbeingSupport => "wellbeing_support",
            Route::Crisis => "crisis",
            Route::Human => "human",
            Route::Volunteer => "volunteer",
            Route::Smalltalk => "smalltalk",
            Route::Other => "other",
        }
    }

    /// Parses a label id, so training files and CLI arguments share one spelling.
    pub fn from_id(id: &str) -> Option<Route> {
        Route::ALL.into_iter().find(|route| route.id() == id)
    }
}

/// Interests, audiences and needs that shape a suggestion; any number per message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tag {
    ArtsCrafts,
    Music,
    SportFitness,
    WalkingOutdoors,
    GardeningNature,
    GamesQuizzes,
    BooksLearning,
    FoodCooking,
    Faith,
    DigitalSkills,
    SocialCafe,
    YoungPeople,
    OlderPeople,
    ParentsFamilies,
    Carers,
    Bereaved,
    Lgbtq,
    Disability,
    NewToArea,
    NonEnglish,
    Men,
    Women,
    HealthCondition,
    Retired,
    FreeCost,
    Transport,
    Accessibility,
    Accompany,
}

impl Tag {
    /// Every tag, in the order of `labels.md`.
    pub const ALL: [Tag; 28] = [
        Tag::ArtsCrafts,
        Tag::Music,
        Tag::SportFitness,
        Tag::WalkingOutdoors,
        Tag::GardeningNature,
        Tag::GamesQuizzes,
        Tag::BooksLearning,
        Tag::FoodCooking,
        Tag::Faith,
        Tag::DigitalSkills,
        Tag::SocialCafe,
        Tag::YoungPeople,
        Tag::OlderPeople,
        Tag::ParentsFamilies,
        Tag::Carers,
        Tag::Bereaved,
        Tag::Lgbtq,
        Tag::Disability,
        Tag::NewToArea,
        Tag::NonEnglish,
        Tag::Men,
        Tag::Women,
        Tag::HealthCondition,
        Tag::Retired,
        Tag::FreeCost,
        Tag::Transport,
        Tag::Accessibility,
        Tag::Accompany,
    ];

    /// The id used in JSON, labelled files and directory taxonomy terms.
    pub fn id(self) -> &'static str {
        match self {
            Tag::ArtsCrafts => "arts_crafts",
            Tag::Music => "music",
            Tag::SportFitness => "sport_fitness",
            Tag::WalkingOutdoors => "walking_outdoors",
            Tag::GardeningNature => "gardening_nature",
            Tag::GamesQuizzes => "games_quizzes",
            Tag::BooksLearning => "books_learning",
            Tag::FoodCooking => "food_cooking",
            Tag::Faith => "faith",
            Tag::DigitalSkills => "digital_skills",
            Tag::SocialCafe => "social_cafe",
            Tag::YoungPeople => "young_people",
            Tag::OlderPeople => "older_people",
            Tag::ParentsFamilies => "parents_families",
            Tag::Carers => "carers",
            Tag::Bereaved => "bereaved",
            Tag::Lgbtq => "lgbtq",
            Tag::Disability => "disability",
            Tag::NewToArea => "new_to_area",
            Tag::NonEnglish => "non_english",
            Tag::Men => "men",
            Tag::Women => "women",
            Tag::HealthCondition => "health_condition",
            Tag::Retired => "retired",
            Tag::FreeCost => "free_cost",
            Tag::Transport => "transport",
            Tag::Accessibility => "accessibility",
            Tag::Accompany => "accompany",
        }
    }

    /// Parses a tag id.
    pub fn from_id(id: &str) -> Option<Tag> {
        Tag::ALL.into_iter().find(|tag| tag.id() == id)
    }

    /// Interests describe what a person likes doing, as opposed to who they are or what they need.
    pub fn is_interest(self) -> bool {
        Tag::ALL[..11].contains(&self)
    }
}

/// The kind of danger a message shows, so the urgent reply leads with the help that fits: an
/// ambulance for a medical emergency, the abuse helpline for violence, the listening and mental
/// health lines for wanting to die or self-harm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Danger {
    /// Wanting to die, self-harm, despair: the default when the kind is not clear.
    Harm,
    /// Violence, abuse, threats, being followed or locked in, grooming.
    Abuse,
    /// A medical emergency happening now.
    Medical,
    /// The model alone read danger: no words of the message say it. Often a hard day told
    /// plainly ("it's getting me down", "no gas till Friday"), sometimes a crisis put gently,
    /// so it gets a gentle check and a person, alongside the answer to what it asks.
    Unsure,
}

impl Danger {
    /// The kinds a strong sign or the head's reader can name; [`Danger::Unsure`] is the want of one.
    pub const NAMED: [Danger; 3] = [Danger::Harm, Danger::Abuse, Danger::Medical];

    /// The named kind with this id (`medical`), for the safety file's `kind:` lines and the
    /// head's units; none for `unsure` or an unknown id.
    pub fn named(id: &str) -> Option<Danger> {
        Danger::NAMED.into_iter().find(|danger| danger.id() == id)
    }

    /// The id templates and the safety file use (`medical`).
    pub fn id(self) -> &'static str {
        match self {
            Danger::Harm => "harm",
            Danger::Abuse => "abuse",
            Danger::Medical => "medical",
            Danger::Unsure => "unsure",
        }
    }
}

/// The most likely route other than crisis (crisis is the safety layer's call alone); a
/// person when there are no scores, never silence.
pub(crate) fn best_route_but_crisis(scores: &BTreeMap<Route, f32>) -> Route {
    scores.iter().filter(|(route, _)| **route != Route::Crisis).max_by(|a, b| a.1.total_cmp(b.1)).map_or(Route::Human, |(route, _)| *route)
}

/// What one message means, as every other part of Front Door sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Classification {
    /// Which flow answers; `Crisis` whenever `crisis` is set.
    pub route: Route,
    /// Interests, audiences and needs named in the message.
    pub tags: Vec<Tag>,
    /// The words that name a place, as written, so the bot can echo them back.
    pub place: Option<String>,
    /// When those words name several places and nothing says which ("Newport"), the likeliest
    /// of them ("Newport, Isle of Wight", ...), so the flows can ask; empty otherwise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub place_choices: Vec<String>,
    /// Signs of danger: the flows answer with urgent help whatever else is going on.
    pub crisis: bool,
    /// The kind of danger, with `crisis`: what a strong sign says, else what the head's reader
    /// of the kind reads surely (medical or abuse), else [`Danger::Unsure`] when no sign at all
    /// was seen (the model alone) and [`Danger::Harm`] when one was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub danger: Option<Danger>,
    /// ISO 639-1 language code when known, so a non-English speaker can be offered a person.
    pub lang: Option<String>,
    /// Route scores from the model, for evaluation and for the navigator's view.
    pub scores: BTreeMap<Route, f32>,
}

impl Classification {
    /// The route to answer what the message asks for besides any danger: its own, or when that
    /// is crisis the likeliest other (after a gentle check, the rest is still answered).
    pub fn route_but_crisis(&self) -> Route {
        match self.route {
            Route::Crisis => best_route_but_crisis(&self.scores),
            other => other,
        }
    }

    /// True when the model gave its own route at least this probability: how sure it is of what
    /// the message asks, which decides whether a guess may outweigh words or what came before.
    pub fn sure_of_route(&self, at_least: f32) -> bool {
        self.scores.get(&self.route).is_some_and(|p| *p >= at_least)
    }

    /// A message that carried no meaning the model could read (a keyword, a number, a button).
    pub fn plain(route: Route) -> Classification {
        Classification {
            route,
            tags: Vec::new(),
            place: None,
            place_choices: Vec::new(),
            crisis: route == Route::Crisis,
            danger: (route == Route::Crisis).then_some(Danger::Harm),
            lang: None,
            scores: BTreeMap::new(),
        }
    }
}
