//! How far a person can get to a group, from how they said they travel: a matching group further
//! away beats a nearby one on another topic only while it is within their reach.

/// How a person said they get about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Travel {
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

impl Travel {
    /// How the person said they travel, if they did; the first phrase in the text wins.
    pub fn read(text: &str) -> Option<Travel> {
        let text = text.to_lowercase().replace('’', "'");
        PHRASES
            .iter()
            .filter_map(|(phrase, travel)| text.find(phrase).map(|at| (at, *travel)))
            .min_by_key(|(at, _)| *at)
            .map(|(_, travel)| travel)
    }

    /// The furthest a weekly group can sensibly be: a twenty-minute walk, a bus ride, a drive.
    pub fn reach_miles(self) -> f64 {
        match self {
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
}
