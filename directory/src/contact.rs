//! Whether a person wants help over the phone or face to face, and which a service gives: "I'd
//! rather see someone face to face" is not met by an advice line, "could someone ring my dad"
//! not by a home visit, however well each fits otherwise.

use super::audience::mentions_any;
use super::model::Service;

/// How a person said they want to be helped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Contact {
    /// On the phone: a call, a phone friend, an advice line.
    Phone,
    /// Face to face: a drop-in, a visit at home.
    InPerson,
}

/// How a service reaches people, read once per directory load.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Ways {
    /// It calls people or answers calls.
    pub phone: bool,
    /// It meets people: at a venue, or by visiting them.
    pub in_person: bool,
}

/// What a person says when they want a call. "Phone" alone is left out: "my phone is broken" or
/// "help with my phone" asks for no call.
const PHONE_WORDS: [&str; 17] = [
    "on the phone",
    "over the phone",
    "by phone",
    "phone call",
    "phone calls",
    "telephone",
    "phone befriend",
    "phone friend",
    "ring me",
    "ring him",
    "ring her",
    "ring them",
    "ring my",
    "give me a ring",
    "call me",
    "a call",
    "a chat on the phone",
];

/// What a person says when they want to meet someone.
const IN_PERSON_WORDS: [&str; 10] =
    ["face to face", "face-to-face", "in person", "drop in", "drop-in", "walk in", "walk-in", "visit", "come round", "pop round"];

/// What a service's name says when it works by phone ("Phone Friends"); in a description these
/// words are as often a number to ring for details, which nearly every record gives.
const NAME_PHONE_WORDS: [&str; 2] = ["phone", "telephone"];

/// What a service's name or description says when it works by phone.
const SERVICE_PHONE_WORDS: [&str; 13] = [
    "helpline",
    "advice line",
    "line ",
    "chatline",
    "calls",
    "call you",
    "ring you",
    "over the phone",
    "by phone",
    "on the phone",
    "phone call",
    "friendly call",
    "weekly call",
];

/// What a service's description says when it meets people away from a venue of its own.
const SERVICE_VISIT_WORDS: [&str; 6] = ["visit", "drop-in", "drop in", "face to face", "face-to-face", "in person"];

impl Contact {
    /// How the person said they want to be helped, if they did: face to face wins when both
    /// are said ("I'd rather see someone face to face than do it on the phone").
    pub fn asked(text: &str) -> Option<Contact> {
        let words = format!("{} ", text.to_lowercase().replace('’', "'"));
        if mentions_any(&words, &IN_PERSON_WORDS) {
            Some(Contact::InPerson)
        } else if mentions_any(&words, &PHONE_WORDS) {
            Some(Contact::Phone)
        } else {
            None
        }
    }

    /// Whether a service reached these ways gives this kind of contact.
    pub fn met_by(self, ways: Ways) -> bool {
        match self {
            Contact::Phone => ways.phone,
            Contact::InPerson => ways.in_person,
        }
    }
}

impl Ways {
    /// How `service` reaches people: by phone when its name says so ("Phone Friends", "Money
    /// Advice Line") or its description does ("a friendly call each week"); in person when it
    /// has a venue that is not only an office, or its words say it visits or takes drop-ins.
    pub fn of(service: &Service) -> Ways {
        let name = format!("{} ", service.name.to_lowercase());
        let description = format!("{} ", service.description.to_lowercase());
        let has_venue = service.locations.iter().any(|location| !location.office_only && location.point.is_some());
        Ways {
            phone: mentions_any(&name, &NAME_PHONE_WORDS)
                || [&name, &description].iter().any(|text| mentions_any(text, &SERVICE_PHONE_WORDS)),
            in_person: has_venue || mentions_any(&name, &SERVICE_VISIT_WORDS) || mentions_any(&description, &SERVICE_VISIT_WORDS),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Location;

    fn service(name: &str, description: &str, venue: bool) -> Service {
        let mut service = Service::new(name, name);
        service.description = description.into();
        service.locations.push(Location { point: crate::geo::Point::new(53.6, -1.8), office_only: !venue, ..Location::default() });
        service
    }

    #[test]
    fn a_person_asks_for_a_call_or_to_meet_someone() {
        assert_eq!(Contact::asked("help with debts, I'd prefer to talk on the phone. Tuckswood"), Some(Contact::Phone));
        assert_eq!(Contact::asked("could someone ring him for a chat?"), Some(Contact::Phone));
        assert_eq!(Contact::asked("advice on debt face to face, Knaresborough"), Some(Contact::InPerson));
        assert_eq!(Contact::asked("my mum would love a visitor"), Some(Contact::InPerson));
        assert_eq!(
            Contact::asked("need help with a PIP form, would rather see someone face to face than do it on the phone"),
            Some(Contact::InPerson)
        );
        assert_eq!(Contact::asked("my phone is broken, is there a choir?"), None);
        assert_eq!(Contact::asked("a walking group in Marsden"), None);
    }

    #[test]
    fn a_service_is_reached_by_phone_in_person_or_both() {
        let line = Ways::of(&service("Sheffield Money Advice Line", "Free advice on debts and benefits. Call 0114 496 0000.", false));
        assert_eq!(line, Ways { phone: true, in_person: false });
        let drop_in = Ways::of(&service("Darnall Advice Drop-in", "Walk-in help with forms. Call 0114 496 0001 for details.", true));
        assert_eq!(drop_in, Ways { phone: false, in_person: true });
        let visiting = Ways::of(&service("Home Companions", "Volunteers visit older people at home each week.", false));
        assert!(visiting.in_person && !visiting.phone);
        let calls = Ways::of(&service("Friends in Need", "A friendly call each week from a volunteer.", false));
        assert!(calls.phone && !calls.in_person);
        assert!(Contact::Phone.met_by(line) && !Contact::InPerson.met_by(line));
        assert!(Contact::InPerson.met_by(drop_in) && !Contact::Phone.met_by(drop_in));
    }
}
