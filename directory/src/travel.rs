//! How far a person can get to a group, from how they said they travel: a matching group further
//! away beats a nearby one on another topic only while it is within their reach.

/// How a person said they get about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Travel {
    /// As far as they said they would go ("happy to drive up to 25 miles"), in miles.
    Within(u16),
    /// On foot.
    Walk,
    /// Bus, train or tram.
    PublicTransport,
    /// They drive or are driven.
    Car,
}

/// How far a group may be when the person did not say how they travel: a bus ride across a
/// district, not across a county.
pub const DEFAULT_REACH_MILES: f64 = 12.0;

/// Phrases that say how someone travels. Bare "walk" or "walking" are left out on purpose:
/// "a walking group" is an interest, not a way of getting there.
const PHRASES: [(&str, Travel); 23] = [
    ("on foot", Travel::Walk),
    ("only walk", Travel::Walk),
    ("walking distance", Travel::Walk),
    ("walk there", Travel::Walk),
    ("walk to", Travel::Walk),
    ("can walk", Travel::Walk),
    ("no car", Travel::PublicTransport),
    ("don't drive", Travel::PublicTransport),
    ("dont drive", Travel::PublicTransport),
    ("can't drive", Travel::PublicTransport),
    ("by bus", Travel::PublicTransport),
    ("on the bus", Travel::PublicTransport),
    ("get the bus", Travel::PublicTransport),
    ("bus pass", Travel::PublicTransport),
    ("public transport", Travel::PublicTransport),
    ("by train", Travel::PublicTransport),
    ("by car", Travel::Car),
    ("have a car", Travel::Car),
    ("got a car", Travel::Car),
    ("i drive", Travel::Car),
    ("i can drive", Travel::Car),
    ("happy to drive", Travel::Car),
    ("can get a lift", Travel::Car),
];

/// The furthest a stated distance is taken at its word: beyond it, a weekly group is no
/// longer a weekly outing.
const MOST_STATED_MILES: u16 = 60;

/// A distance someone says they would travel: a number of miles after a word of going
/// somewhere in the same sentence ("I'd drive up to 20 miles", "happy to go 15 miles or so"), or
/// one measured from somewhere ("up to 25 miles from Norwich", "a 10 mile radius"). A length of
/// walk ("long walks, 10 miles plus") is neither.
static STATED_MILES: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"\b(?:drive|driving|travel|travelling|traveling|go|get|come)\b[^.;!?]{0,30}?\b(\d{1,3})\s*(?:miles?|mi)\b|\b(\d{1,3})\s*(?:miles?|mi)\s+(?:from|of|away|radius)\b",
    )
    .expect("the stated-distance pattern is valid")
});

impl Travel {
    /// How the person said they travel, if they did: a distance they said they would go wins,
    /// else the first phrase in the text.
    pub fn read(text: &str) -> Option<Travel> {
        let text = text.to_lowercase().replace('’', "'");
        Travel::stated_miles(&text).or_else(|| Travel::way_of_travelling(&text))
    }

    fn stated_miles(text: &str) -> Option<Travel> {
        let captures = STATED_MILES.captures(text)?;
        let miles: u16 = captures.get(1).or_else(|| captures.get(2))?.as_str().parse().ok()?;
        (miles > 0).then(|| Travel::Within(miles.min(MOST_STATED_MILES)))
    }

    fn way_of_travelling(text: &str) -> Option<Travel> {
        PHRASES
            .iter()
            .filter_map(|(phrase, travel)| text.find(phrase).map(|at| (at, *travel)))
            .min_by_key(|(at, _)| *at)
            .map(|(_, travel)| travel)
    }

    /// The furthest a weekly group can sensibly be: a twenty-minute walk, a bus ride, a drive.
    pub fn reach_miles(self) -> f64 {
        match self {
            Travel::Within(miles) => f64::from(miles),
            Travel::Walk => 1.5,
            Travel::PublicTransport => 10.0,
            Travel::Car => 20.0,
        }
    }
}

/// The reach for someone who may or may not have said how they travel.
pub fn reach_miles(travel: Option<Travel>) -> f64 {
    travel.map_or(DEFAULT_REACH_MILES, Travel::reach_miles)
}

/// Miles at which distance halves how well a service fits: about a short bus ride, or half the
/// distance someone said they would go when that is further: a person happy to drive 25 miles
/// for a Monday choir wants the Monday choir 18 miles off, not the Thursday one round the corner.
pub fn half_fit_miles(travel: Option<Travel>) -> f64 {
    match travel {
        Some(Travel::Within(miles)) => HALF_FIT_MILES.max(f64::from(miles) / 2.0),
        _ => HALF_FIT_MILES,
    }
}

/// [`half_fit_miles`] for someone who did not say how far they would go. Distance scales the
/// fit rather than adding to it, so a near match beats a far one of the same kind, and a far
/// perfect match cannot outrank a fair one round the corner.
const HALF_FIT_MILES: f64 = 8.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_way_someone_travels_sets_how_far_a_group_may_be() {
        assert_eq!(Travel::read("a walking group near Marsden"), None);
        assert_eq!(reach_miles(None), DEFAULT_REACH_MILES);
        assert_eq!(Travel::read("somewhere I can walk to"), Some(Travel::Walk));
        assert_eq!(Travel::read("I can only walk, is there a choir"), Some(Travel::Walk));
        assert_eq!(Travel::read("I don’t drive, on the bus"), Some(Travel::PublicTransport));
        assert_eq!(Travel::read("choir, I have a car"), Some(Travel::Car));
        assert!(reach_miles(Some(Travel::Walk)) < reach_miles(Some(Travel::PublicTransport)));
        assert!(reach_miles(Some(Travel::Car)) > DEFAULT_REACH_MILES);
    }

    #[test]
    fn a_distance_someone_would_go_sets_their_reach_but_a_length_of_walk_does_not() {
        assert_eq!(Travel::read("choir on a monday night - I'd drive up to 20 miles. Holmfirth"), Some(Travel::Within(20)));
        assert_eq!(Travel::read("a long walk midweek, I don't mind driving 25 miles. Clapham"), Some(Travel::Within(25)));
        assert_eq!(Travel::read("sea swimming? I'd drive to the coast, up to 25 miles from Norwich"), Some(Travel::Within(25)));
        assert_eq!(Travel::read("happy to go 15 miles or so for a men's shed"), Some(Travel::Within(15)));
        assert_eq!(Travel::read("proper long walks, 10 miles plus. I have a car"), Some(Travel::Car));
        assert_eq!(Travel::read("long walks of 12 miles or more, Clapham"), None);
        assert_eq!(reach_miles(Travel::read("I'd drive 400 miles")), f64::from(MOST_STATED_MILES));
        assert!(half_fit_miles(Some(Travel::Within(30))) > half_fit_miles(None));
        assert_eq!(half_fit_miles(Some(Travel::Within(5))), half_fit_miles(None));
    }
}
