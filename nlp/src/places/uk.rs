//! The UK's towns, villages and neighbourhoods (`content/places/uk-places.csv`): tens of
//! thousands of names, many of them several places ("Newport", "Sutton") and some of them
//! ordinary words ("Street", "Bath"), so a name here is read more carefully than a council's own.

use super::rows::Row;
use super::PlacePoint;
use crate::text::Word;
use std::collections::{HashMap, HashSet};

/// How many places a question about an unclear name offers: the likeliest, towns first.
pub const MOST_CHOICES: usize = 4;
/// How far from the middle of the deployment's own area, in km, a place of a shared name is
/// taken to be the one meant: about a county's reach.
const HOME_REACH_KM: f64 = 50.0;
/// Names that are also months, days or nations: never read from a message ("in March", "off
/// to Wales"), though an answer to "whereabouts?" still resolves them.
const NEVER_READ: [&str; 25] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "england",
    "scotland",
    "wales",
    "ireland",
    "britain",
    "uk",
];
/// Words between a name and the council that says which one it is ("Newport on the Isle of Wight").
const QUALIFIER_JOINS: [&str; 3] = ["in", "on", "the"];

/// One UK-wide place.
#[derive(Debug, Clone)]
pub struct Place {
    /// Where it is, and its council.
    pub point: PlacePoint,
    /// A town of 5,000 people or more, which a message may name in lower case.
    pub town: bool,
}

/// The middle of the deployment's own council area, which settles a name shared by several places.
#[derive(Debug, Clone)]
struct Home {
    /// The area's key ([`area_key`]).
    area: String,
    lat: f64,
    lon: f64,
}

/// The UK-wide places by lower-case name.
#[derive(Debug, Default)]
pub struct Names {
    places: HashMap<String, Vec<Place>>,
    /// Names that are also ordinary words (`uk-words.txt`), lower case.
    words: HashSet<String>,
    home: Option<Home>,
}

impl Names {
    /// The places of `uk-places.csv` and the ordinary words of `uk-words.txt`.
    pub fn new(rows: Vec<Row>, words: impl Iterator<Item = String>) -> Names {
        let mut places: HashMap<String, Vec<Place>> = HashMap::new();
        for row in rows {
            let town = row.kind == "town";
            for key in super::keys_of(&row.point.name) {
                places.entry(key).or_default().push(Place { point: row.point.clone(), town });
            }
        }
        Names { places, words: words.map(|w| w.to_lowercase()).collect(), home: None }
    }

    /// The places of one name, by its lookup key.
    pub fn get(&self, key: &str) -> Option<&[Place]> {
        self.places.get(key).map(Vec::as_slice)
    }

    /// Every place, for finding the deployment's own area.
    pub fn all(&self) -> impl Iterator<Item = &PlacePoint> {
        self.places.values().flatten().map(|place| &place.point)
    }

    /// Makes the deployment's own area (its key and middle) settle shared names.
    pub fn set_home(&mut self, area: &str, (lat, lon): (f64, f64)) {
        self.home = Some(Home { area: area_key(area), lat, lon });
    }

    /// Whether a name of these places (its key, and its first word as written) is meant as a
    /// place. A name that also reads as an ordinary word or a person's name must be written with
    /// a capital right after "in", "near"...; any other with a capital, after "in", "near"...,
    /// or (for a town) anyhow; a month, day or nation, never. In capitals throughout, a word has
    /// no capital.
    pub fn meant(&self, key: &str, first: &str, after_place_word: bool) -> bool {
        let capital = first.starts_with(char::is_uppercase) && first.chars().any(char::is_lowercase);
        if NEVER_READ.contains(&key) {
            return false;
        }
        if self.words.contains(key) {
            return capital && after_place_word;
        }
        capital || after_place_word || self.get(key).is_some_and(|places| places.iter().any(|p| p.town))
    }

    /// The one place a shared name means, or the places it may mean, likeliest first: the one in
    /// the deployment's own area, else the nearest within its reach, else the only town of the
    /// name; otherwise it is unclear.
    pub fn settle<'a>(&self, places: &'a [Place]) -> Result<&'a Place, Vec<&'a Place>> {
        if let [one] = places {
            return Ok(one);
        }
        if let Some(home) = self.settled_by_home(places) {
            return Ok(home);
        }
        let likely = likeliest(places);
        match likely.as_slice() {
            [town, next, ..] if town.town && !next.town => Ok(town),
            _ => Err(likely),
        }
    }

    /// The places a shared name may mean when the deployment's own area does not say which,
    /// likeliest first, even when the only town of the name would be taken: that is a guess
    /// ("Ely" is the Cambridgeshire town and a Cardiff suburb), which a caller knowing more (a
    /// directory whose venues are all in Cardiff) may overrule. Empty for a name of one place.
    pub fn open_to_doubt<'a>(&self, places: &'a [Place]) -> Vec<&'a Place> {
        if places.len() < 2 || self.settled_by_home(places).is_some() {
            return Vec::new();
        }
        likeliest(places)
    }

    /// The place of a shared name in the deployment's own area, else the nearest within its reach.
    fn settled_by_home<'a>(&self, places: &'a [Place]) -> Option<&'a Place> {
        let home = self.home.as_ref()?;
        if let Some(own) = places.iter().find(|p| area_key(&p.point.area) == home.area) {
            return Some(own);
        }
        let nearest = places.iter().map(|p| (km(home.lat, home.lon, p.point.lat, p.point.lon), p)).min_by(|a, b| a.0.total_cmp(&b.0));
        nearest.filter(|(distance, _)| *distance <= HOME_REACH_KM).map(|(_, near)| near)
    }

    /// The place of a shared name that the words after it pick by its council ("Newport, Isle of
    /// Wight", "Richmond in North Yorkshire", "Sutton Shropshire"), and how many words that took.
    pub fn qualified<'a>(&self, places: &'a [Place], after: &[Word<'_>]) -> Option<(usize, &'a Place)> {
        let joins = after.iter().take_while(|w| QUALIFIER_JOINS.contains(&w.text.to_lowercase().as_str())).count();
        let said: Vec<String> = after[joins..].iter().map(|w| w.text.to_lowercase()).collect();
        let matched = |place: &Place| {
            let area: Vec<String> = crate::text::words(&place.point.area).iter().map(|w| w.text.to_lowercase()).collect();
            area.iter().zip(&said).take_while(|(a, s)| a == s).count()
        };
        let best = places.iter().map(|place| (matched(place), place)).max_by_key(|(words, _)| *words)?;
        let tied = places.iter().filter(|place| matched(place) == best.0).count();
        (best.0 > 0 && tied == 1).then_some((joins + best.0, best.1))
    }
}

/// The places of one name, likeliest first: towns first, then by council.
fn likeliest(places: &[Place]) -> Vec<&Place> {
    let mut likely: Vec<&Place> = places.iter().collect();
    likely.sort_by(|a, b| b.town.cmp(&a.town).then_with(|| a.point.area.cmp(&b.point.area)));
    likely
}

/// A council area as a key that config and the files agree on: "North Yorkshire", "north
/// yorkshire" and "north-yorkshire" are one.
pub fn area_key(area: &str) -> String {
    crate::text::words(&area.replace('-', " ")).iter().map(|w| w.text.to_lowercase()).collect::<Vec<_>>().join(" ")
}

/// Distance on the sphere, in km: plenty for telling places apart.
pub(crate) fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let a = ((p2 - p1) / 2.0).sin().powi(2) + p1.cos() * p2.cos() * ((lon2 - lon1).to_radians() / 2.0).sin().powi(2);
    12_742.0 * a.sqrt().asin()
}
