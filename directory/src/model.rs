//! The service record Front Door keeps: what a good suggestion needs, whatever the feed was.
//!
//! ORUK v1, ORUK v3 and the CSV template all become a [`Service`]; the store keeps it, search
//! ranks it, and the export writes it back out as ORUK v3.

use super::calendar::{Date, LocalDateTime, Timestamp};
use super::geo::Point;
use super::schedule::Schedule;
use nlp::Tag;
use serde::{Deserialize, Serialize};

/// One group, club, class or service that can be suggested to a resident.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Service {
    /// The publisher's identifier; re-imports upsert by it.
    pub id: String,
    /// The public name, "Golcar Knit and Natter".
    pub name: String,
    /// Free text describing what happens there; embedded for semantic search.
    pub description: String,
    /// Who runs it.
    pub organisation: Organisation,
    /// Whether it is running; only active services are suggested.
    pub status: Status,
    /// The service's own web page.
    pub url: Option<String>,
    /// The service's own email address.
    pub email: Option<String>,
    /// Where it meets; empty for phone or online services.
    pub locations: Vec<Location>,
    /// The areas a service covers (ORUK `service_areas`: "Hackney", "Kirklees"), so a phone line
    /// or home visits for one council are not offered to someone in another.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub service_areas: Vec<String>,
    /// When it meets.
    pub schedules: Vec<Schedule>,
    /// What it costs; empty when the feed does not say.
    pub cost_options: Vec<CostOption>,
    /// Youngest age it welcomes, in years.
    pub min_age: Option<u8>,
    /// Oldest age it welcomes, in years (`17` marks a youth-only group).
    pub max_age: Option<u8>,
    /// People to ask, with their phone numbers.
    pub contacts: Vec<Contact>,
    /// Front Door tags (the `frontdoor-tags` vocabulary, ids of `nlp/labels.md`).
    pub tags: Vec<Tag>,
    /// The tags were read from the record's words at import (its feed had none): they may show
    /// what a service is about, but a tag they lack does not rule it out.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub tags_from_words: bool,
    /// Names of taxonomy terms from other vocabularies, kept as words for search.
    pub other_terms: Vec<String>,
    /// When someone last checked the record was right (ORUK `assured_date`).
    pub last_verified: Option<Date>,
    /// When the publisher last changed the record (ORUK `last_modified`).
    pub last_modified: Option<Timestamp>,
    /// The day Front Door first imported the record: the last resort for a feed that dates
    /// nothing, so its services are judged from when they were first seen rather than never
    /// suggested. Set by the import, never read from a feed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_imported: Option<Date>,
    /// None of its service areas names a council or place the gazetteer knows ("Leicestershire",
    /// a county over several councils), so they cannot tell whom it reaches and an office
    /// counts as where it is. Set by the search when it loads the directory, never stored.
    #[serde(skip)]
    pub areas_unplaced: bool,
}

/// Which date a record's freshness is judged by, so the import summary and `directory stale`
/// can say when a feed gave no verified date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckedBy {
    /// The publisher's `assured_date`.
    Verified,
    /// No verified date: the publisher's `last_modified`.
    Modified,
    /// Neither date: the day Front Door first imported it.
    FirstImported,
}

/// Whether two names of a council area mean the same one, the way feeds and gazetteers write
/// them: "London Borough of Hackney", "Hackney" and "hackney council" do; "Kirklees" and
/// "Calderdale" do not.
fn same_area(one: &str, other: &str) -> bool {
    let (one, other) = (area_words(one), area_words(other));
    let (shorter, longer) = if one.len() <= other.len() { (&one, &other) } else { (&other, &one) };
    !shorter.is_empty() && longer.ends_with(shorter)
}

/// The words of an area's name that tell it apart: lower case, without "borough of", "council",
/// "district" and the like.
pub fn area_words(name: &str) -> Vec<String> {
    const GENERIC: [&str; 9] = ["borough", "of", "royal", "council", "district", "metropolitan", "county", "the", "city"];
    name.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty() && !GENERIC.contains(word))
        .map(str::to_owned)
        .collect()
}

/// Who runs a service.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Organisation {
    /// The publisher's identifier for the organisation.
    pub id: String,
    /// Its public name.
    pub name: String,
    /// What it does.
    pub description: String,
    /// Its web site.
    pub website: Option<String>,
    /// Its email address.
    pub email: Option<String>,
}

/// Whether a service is running, as ORUK v3 spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Running.
    Active,
    /// Not running at the moment, may come back.
    Inactive,
    /// Closed for good.
    Defunct,
    /// Paused for a while (a hall being repaired, a summer break).
    TemporarilyClosed,
}

impl Status {
    /// The ORUK v3 spelling.
    pub fn oruk(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Inactive => "inactive",
            Status::Defunct => "defunct",
            Status::TemporarilyClosed => "temporarily closed",
        }
    }

    /// Reads ORUK v1 and v3 spellings, case-insensitively.
    pub fn parse(text: &str) -> Option<Status> {
        match text.trim().to_ascii_lowercase().replace(['_', '-'], " ").as_str() {
            "active" => Some(Status::Active),
            "inactive" => Some(Status::Inactive),
            "defunct" => Some(Status::Defunct),
            "temporarily closed" => Some(Status::TemporarilyClosed),
            _ => None,
        }
    }
}

/// A place a service meets.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Location {
    /// The publisher's identifier for the location, kept so the export can reuse it.
    pub id: Option<String>,
    /// The venue's name, "Golcar Community Centre".
    pub name: Option<String>,
    /// First line of the street address.
    pub address: Option<String>,
    /// Town or city.
    pub town: Option<String>,
    /// Full postcode, "HD7 4AA".
    pub postcode: Option<String>,
    /// Where it is, for distances; `None` when the feed gave no usable coordinates.
    pub point: Option<Point>,
    /// What the venue offers for access: step-free entrance, hearing loop, quiet room.
    pub accessibility: Vec<String>,
    /// The feed says this is only where the service is run from or written to (ORUK
    /// `location_type` `postal` or `virtual`), not where people go: a phone befriending line's
    /// office says nothing about whom it rings, so its service areas say who it reaches.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub office_only: bool,
}

/// One price for a service; a feed may give several (adults, concessions).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CostOption {
    /// The price in pence; `Some(0)` means free.
    pub amount_pence: Option<u32>,
    /// What the price is for, "per session", "concessions".
    pub option: Option<String>,
    /// Any words about the price, "pay what you can".
    pub description: Option<String>,
}

/// Someone to contact about a service.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Contact {
    /// Their name.
    pub name: Option<String>,
    /// Their role, "Group leader".
    pub title: Option<String>,
    /// Phone numbers, as written by the publisher.
    pub phones: Vec<String>,
    /// Their email address.
    pub email: Option<String>,
}

/// What a service costs, summed up for a suggestion's reason and for the "free" need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Price {
    /// Every option is free.
    Free,
    /// The cheapest paid option, in pence.
    From(u32),
    /// The feed did not say.
    Unknown,
}

impl Service {
    /// A record with only the fields every service must have, for tests and builders.
    pub fn new(id: &str, name: &str) -> Service {
        Service {
            id: id.to_string(),
            name: name.to_string(),
            description: String::new(),
            organisation: Organisation::default(),
            status: Status::Active,
            url: None,
            email: None,
            locations: Vec::new(),
            service_areas: Vec::new(),
            schedules: Vec::new(),
            cost_options: Vec::new(),
            min_age: None,
            max_age: None,
            contacts: Vec::new(),
            tags: Vec::new(),
            tags_from_words: false,
            other_terms: Vec::new(),
            last_verified: None,
            last_modified: None,
            first_imported: None,
            areas_unplaced: false,
        }
    }

    /// What it costs: free only if every priced option is free.
    pub fn price(&self) -> Price {
        let mut amounts = self.cost_options.iter().filter_map(|option| option.amount_pence).peekable();
        if amounts.peek().is_none() {
            return Price::Unknown;
        }
        match amounts.filter(|&pence| pence > 0).min() {
            Some(cheapest) => Price::From(cheapest),
            None => Price::Free,
        }
    }

    /// Whether a person of this age may go, by the service's age limits.
    pub fn welcomes_age(&self, age: u8) -> bool {
        self.min_age.is_none_or(|min| age >= min) && self.max_age.is_none_or(|max| age <= max)
    }

    /// Adults only: nobody under 18 may go.
    pub fn is_adult_only(&self) -> bool {
        self.min_age.is_some_and(|min| min >= 18)
    }

    /// Made for young people: an upper age limit under 26 or the `young_people` tag.
    pub fn is_youth_suitable(&self) -> bool {
        !self.is_adult_only() && (self.max_age.is_some_and(|max| max <= 25) || self.tags.contains(&Tag::YoungPeople))
    }

    /// Whether the venue says it can be reached without steps (or is tagged accessible).
    pub fn is_step_free(&self) -> bool {
        self.tags.contains(&Tag::Accessibility) || self.locations.iter().flat_map(|l| &l.accessibility).any(|note| says_step_free(note))
    }

    /// Open and running: not inactive, defunct or paused.
    pub fn is_open(&self) -> bool {
        self.status == Status::Active
    }

    /// When someone last confirmed the record is right: its verified date (an edit is not a
    /// check, so a later `last_modified` does not refresh it); without one, `last_modified`;
    /// for a record with neither, the day it was first imported.
    pub fn last_checked(&self) -> Option<Date> {
        self.checked().map(|(date, _)| date)
    }

    /// [`Service::last_checked`] with the field it came from.
    pub fn checked(&self) -> Option<(Date, CheckedBy)> {
        let modified = self.last_modified.map(Timestamp::date);
        match (self.last_verified, modified) {
            (Some(verified), _) => Some((verified, CheckedBy::Verified)),
            (None, Some(modified)) => Some((modified, CheckedBy::Modified)),
            (None, None) => self.first_imported.map(|day| (day, CheckedBy::FirstImported)),
        }
    }

    /// Not checked for `months` months before `today` (or never): shown on the stale list and
    /// left out of suggestions, since people should not be sent to a group that has gone.
    pub fn is_stale(&self, today: Date, months: u32) -> bool {
        !self.checked_since(today.months_earlier(months))
    }

    /// Whether someone has looked at the record on or after `day`.
    pub fn checked_since(&self, day: Date) -> bool {
        self.last_checked().is_some_and(|checked| checked >= day)
    }

    /// Whether a service reaches someone in the council `area` of the place they named. A
    /// service with a venue is judged by distance instead, and one that names no area is taken
    /// to reach anyone; otherwise one of its service areas must be that council ("London
    /// Borough of Hackney" for `hackney`) or a place in it: `councils` are the council areas
    /// the gazetteer puts its service areas in, looked up once when the directory is loaded.
    pub fn covers(&self, area: &str, councils: &[String]) -> bool {
        self.first_point().is_some()
            || self.service_areas.is_empty()
            || self.service_areas.iter().chain(councils).any(|named| same_area(named, area))
    }

    /// Where to measure distance from: its first venue. An office ([`Location::office_only`])
    /// counts only for a service whose service areas say nothing the gazetteer can place (or
    /// that names none), since the office is then the one clue to whom it reaches; one whose
    /// areas can be placed is judged by them ([`Self::covers`]).
    pub fn first_point(&self) -> Option<Point> {
        let venue = self.locations.iter().filter(|location| !location.office_only).find_map(|location| location.point);
        let office_counts = self.service_areas.is_empty() || self.areas_unplaced;
        venue.or_else(|| office_counts.then(|| self.locations.iter().find_map(|location| location.point)).flatten())
    }

    /// The next time it meets after `after`, over all its schedules.
    pub fn next_meeting(&self, after: LocalDateTime) -> Option<LocalDateTime> {
        self.schedules.iter().filter_map(|schedule| schedule.next_after(after)).min()
    }

    /// The words that describe it, joined for the sentence embedding computed at import.
    pub fn search_text(&self) -> String {
        let tags = self.tags.iter().map(|tag| tag.id().replace('_', " "));
        let mut parts = vec![self.name.clone(), self.description.clone(), self.organisation.name.clone()];
        parts.extend(tags);
        parts.extend(self.other_terms.iter().cloned());
        let parts: Vec<&str> = parts.iter().map(|part| part.trim().trim_end_matches('.')).filter(|part| !part.is_empty()).collect();
        parts.join(". ")
    }
}

/// True when an accessibility note says the venue is step-free and does not deny it.
fn says_step_free(note: &str) -> bool {
    let note = note.to_ascii_lowercase();
    let denied = ["no step", "not step", "not wheelchair", "no wheelchair", "no lift", "steps only"];
    let claimed = ["step-free", "step free", "level access", "wheelchair accessible", "ramp", "lift to"];
    claimed.iter().any(|word| note.contains(word)) && !denied.iter().any(|word| note.contains(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn priced(amounts: &[Option<u32>]) -> Service {
        let mut service = Service::new("s1", "Test");
        service.cost_options = amounts.iter().map(|&amount_pence| CostOption { amount_pence, ..CostOption::default() }).collect();
        service
    }

    #[test]
    fn a_service_without_a_venue_covers_the_councils_and_towns_it_names() {
        let mut line = Service::new("line", "Phone line");
        assert!(line.covers("kirklees", &[]), "naming no area, it reaches anyone");
        line.service_areas = vec!["London Borough of Hackney".into(), "Dewsbury".into()];
        let councils = ["kirklees".to_string()]; // the gazetteer's area of Dewsbury
        assert!(line.covers("Hackney", &councils) && line.covers("hackney council", &councils));
        assert!(line.covers("kirklees", &councils), "a town in the council");
        assert!(!line.covers("kirklees", &[]), "not without the gazetteer's word for Dewsbury");
        assert!(!line.covers("Calderdale", &councils) && !line.covers("City of London", &councils));
        line.locations = vec![Location { point: Point::new(53.7, -1.6), ..Location::default() }];
        assert!(line.covers("Calderdale", &councils), "a venue is judged by distance instead");
    }

    #[test]
    fn an_office_is_measured_from_only_when_the_service_areas_cannot_say_whom_it_reaches() {
        let office = Location { point: Point::new(53.7, -1.78), office_only: true, ..Location::default() };
        let mut line = Service::new("line", "Phone line");
        line.locations = vec![office.clone()];
        assert_eq!(line.first_point(), office.point, "naming no area, the office is the one clue");
        line.service_areas = vec!["Calderdale".into()];
        assert_eq!(line.first_point(), None, "its areas say whom it reaches");
        assert!(!line.covers("kirklees", &[]) && line.covers("Calderdale", &[]));
        line.areas_unplaced = true;
        assert_eq!(line.first_point(), office.point, "areas the gazetteer cannot place say nothing");
        let venue = Location { point: Point::new(53.69, -1.63), ..Location::default() };
        line.locations.push(venue.clone());
        assert_eq!(line.first_point(), venue.point, "a venue comes before an office");
    }

    #[test]
    fn price_is_free_only_when_every_option_is() {
        assert_eq!(priced(&[Some(0)]).price(), Price::Free);
        assert_eq!(priced(&[Some(0), Some(300), Some(150)]).price(), Price::From(150));
        assert_eq!(priced(&[None]).price(), Price::Unknown);
        assert_eq!(priced(&[]).price(), Price::Unknown);
    }

    #[test]
    fn age_limits_decide_who_is_welcome() {
        let mut youth = Service::new("y", "Youth club");
        youth.min_age = Some(11);
        youth.max_age = Some(17);
        assert!(youth.welcomes_age(14) && !youth.welcomes_age(18) && !youth.welcomes_age(10));
        assert!(youth.is_youth_suitable() && !youth.is_adult_only());
        let mut adults = Service::new("a", "Quiz night");
        adults.min_age = Some(18);
        assert!(adults.is_adult_only() && !adults.welcomes_age(17) && !adults.is_youth_suitable());
        assert!(Service::new("o", "Open to all").welcomes_age(9));
    }

    #[test]
    fn step_free_reads_the_venue_notes() {
        let mut service = Service::new("s", "Hall");
        service.locations.push(Location { accessibility: vec!["Step-free entrance and hearing loop".into()], ..Location::default() });
        assert!(service.is_step_free());
        service.locations[0].accessibility = vec!["Not step-free: six steps to the door".into()];
        assert!(!service.is_step_free());
        service.tags.push(Tag::Accessibility);
        assert!(service.is_step_free());
    }

    #[test]
    fn staleness_counts_from_the_last_verification_not_the_last_edit() {
        let today = Date::new(2026, 11, 23).unwrap();
        let mut service = Service::new("s", "Hall");
        assert!(service.is_stale(today, 6), "never checked is stale");
        service.last_verified = Date::new(2026, 4, 1);
        assert!(service.is_stale(today, 6));
        service.last_modified = Timestamp::parse("2026-10-02T09:00:00Z");
        assert!(service.is_stale(today, 6), "edited since, but nobody confirmed it");
        service.last_verified = Date::new(2026, 10, 1);
        assert!(!service.is_stale(today, 6));
        assert!(service.is_stale(today, 1));
    }

    #[test]
    fn an_undated_record_is_judged_by_last_modified_then_its_first_import() {
        let today = Date::new(2026, 11, 23).unwrap();
        let mut service = Service::new("s", "Hall");
        service.first_imported = Date::new(2026, 11, 1);
        assert_eq!(service.checked(), Some((Date::new(2026, 11, 1).unwrap(), CheckedBy::FirstImported)));
        assert!(!service.is_stale(today, 6), "first seen this month");
        service.last_modified = Timestamp::parse("2026-01-02T09:00:00Z");
        assert_eq!(service.checked(), Some((Date::new(2026, 1, 2).unwrap(), CheckedBy::Modified)));
        assert!(service.is_stale(today, 6), "an old last_modified wins over the import day");
        service.last_verified = Date::new(2025, 12, 1);
        assert_eq!(service.checked(), Some((Date::new(2025, 12, 1).unwrap(), CheckedBy::Verified)));
    }

    #[test]
    fn search_text_joins_the_describing_words() {
        let mut service = Service::new("s", "Knit and Natter");
        service.description = "Bring your needles.".into();
        service.tags = vec![Tag::ArtsCrafts];
        service.other_terms = vec!["Crafts".into()];
        assert_eq!(service.search_text(), "Knit and Natter. Bring your needles. arts crafts. Crafts");
    }
}
