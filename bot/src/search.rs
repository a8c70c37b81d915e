//! The directory search behind the flows and `frontdoor directory search`: one function for both.
//!
//! The directory is held in memory (records, their embeddings and their words) and reloaded only when the
//! `services` table changes, so a search costs one query embedding plus a pass over the records.

use crate::config::Config;
use crate::pipeline::{Directory, Findings};
use crate::store::{self, directory as stored, Store};
use crate::understanding::Understanding;
use anyhow::{Context, Result};
use directory::activity::{Activities, Asked, Named};
use directory::calendar::Timestamp;
use directory::contact::Contact;
use directory::geo::Point;
use directory::help::{is_help_term, HelpWords, BEFRIENDING_TERM, PRACTICAL_TERM, START_GROUP_TERM, VOLUNTEERING_TERM};
use directory::model::{area_words, Price, Service};
use directory::rank::{self, Candidate, Query, Scores, Settled};
use directory::travel::Travel;
use directory::when::Availability;
use directory::words::{Lexicon, RecordTerms};
use futures::future::BoxFuture;
use nlp::PlacePoint;
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use tokio::sync::RwLock;

/// What a person is looking for, in the search's terms.
#[derive(Debug, Clone, Default)]
pub struct Ask {
    /// Their own words.
    pub text: String,
    /// Their own words alone when `text` holds more (the interests the flows name), for the
    /// kinds of activity they asked for: "sport and fitness" added to "swimming" is not a
    /// wish for any sport.
    pub said: Option<String>,
    /// Interests, audiences and needs.
    pub tags: Vec<nlp::Tag>,
    /// The words of a place, resolved through the gazetteer when `point` is not given.
    pub place: Option<String>,
    /// A point (a shared location), which wins over `place`.
    pub point: Option<Point>,
    /// Their age, when known.
    pub age: Option<u8>,
    /// A young person's cohort.
    pub youth: bool,
    /// Ids already offered.
    pub exclude: Vec<String>,
    /// At most this many (never more than three).
    pub limit: usize,
    /// The moment to search at; `None` is the clock. Pinned by `directory eval` so that which
    /// records are stale and which meet soon does not change from one day to the next.
    pub at: Option<Timestamp>,
    /// The kind of help wanted, so a food need is never answered with a knitting group and a
    /// wish to help out gets ways to volunteer.
    pub kind: Kind,
    /// Only services this close to the place, for someone who asked for something nearer home.
    pub within_miles: Option<f64>,
}

/// The kinds of help a search may be after, told apart by a service's `frontdoor-help` terms
/// (`content/directory/README.md`), which the importer keeps among its words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Kind {
    /// Anything in the directory: `frontdoor directory search`.
    #[default]
    Any,
    /// Groups and activities, befriending and support first; ways to volunteer only to fill the
    /// list; never practical services or grants.
    Groups,
    /// Someone to talk to: befriending schemes (a phone friend, a visitor) first, then groups as
    /// for [`Kind::Groups`].
    Talk,
    /// Practical services, those meeting one of these needs first.
    Practical(Vec<flows::Practical>),
    /// Ways to volunteer; with `start_group`, help to start a group first.
    Volunteering {
        /// They want to start a group of their own.
        start_group: bool,
    },
}

/// How far below the best suggestion a filler may score, as the ranking's own cut does within
/// one list: a later tier fills a list only when it fits about as well.
const FILL_GAP: f32 = 0.3;
/// How far below the best a suggestion's standing (its fit less what distance takes off) may
/// be: a walking group six miles off stays beside one on the doorstep, one fifteen miles off
/// does not.
const REACH_GAP: f32 = 0.5;
/// What a second-choice tier gives up against the first: a way to volunteer that matches
/// "gardening" beats a group on another topic, but a group that matches as well comes first.
const TIER_MARGIN: f32 = 0.3;
/// What the last resort gives up: services of another kind than the one the message read as
/// (groups for a message misread as practical help), offered only when nothing of its own kind
/// fits, so one misreading never leaves the person with nothing.
const OTHER_KIND_MARGIN: f32 = 0.45;
/// What a group gives up against a befriending scheme for someone who asked for someone to
/// talk to: a chatty café on the doorstep may still come first, a walk that reads much like it
/// does not.
const TALK_MARGIN: f32 = 0.3;
/// How close "nearer home" is, in miles: a short walk or one bus stop or two.
const NEAR_HOME_MILES: f64 = 3.0;

/// Whether a service belongs to one tier of a search, and what the tier gives up against the
/// first.
type Tier<'a> = (Box<dyn Fn(&Service) -> bool + Send + Sync + 'a>, f32);

impl Kind {
    /// Which services may be offered, in tiers of preference: each tier is ranked on its own and
    /// its services give up the tier's margin against the first tier's.
    fn tiers(&self) -> Vec<Tier<'_>> {
        match self {
            Kind::Any => vec![(Box::new(|_| true), 0.0)],
            Kind::Groups => groups_then_others(0.0),
            Kind::Talk => {
                let befriending: Tier<'_> = (Box::new(|service| is_group(service) && has_term(service, BEFRIENDING_TERM)), 0.0);
                std::iter::once(befriending).chain(groups_then_others(TALK_MARGIN)).collect()
            }
            Kind::Practical(needs) => vec![
                (
                    Box::new(move |service| {
                        has_term(service, PRACTICAL_TERM) && needs.iter().any(|need| has_term(service, need.directory_name()))
                    }),
                    0.0,
                ),
                (Box::new(|service| has_term(service, PRACTICAL_TERM)), TIER_MARGIN),
                (Box::new(move |service| is_group(service) && (needs.is_empty() || meets_a_need(service, needs))), OTHER_KIND_MARGIN),
            ],
            Kind::Volunteering { start_group } => {
                let first = if *start_group { START_GROUP_TERM } else { VOLUNTEERING_TERM };
                vec![
                    (Box::new(move |service| has_term(service, first)), 0.0),
                    (Box::new(|service| has_term(service, VOLUNTEERING_TERM)), TIER_MARGIN),
                    (Box::new(is_group), OTHER_KIND_MARGIN),
                ]
            }
        }
    }
}

/// The best `limit` of the tiers' suggestions (each with its tier's margin), ordered by score
/// less the margin. A filler is left out when it fits (its score before distance, less the
/// margin) more than [`FILL_GAP`] worse than the best fit, or when distance leaves it more
/// than [`REACH_GAP`] below the best standing: a matching group a few miles further stays, a
/// long trip to make up three does not. The suggestions of the best one's own tier have already
/// passed the ranking's cuts beside it (which keep, for one, a lift beside a lunch club for
/// someone who asked for both), so these floors judge only the other tiers' fillers.
fn best_of_tiers(mut ranked: Vec<Tiered>, limit: usize) -> Vec<Found> {
    let standing = |(_, margin, found): &Tiered| found.scores.total - margin;
    let fit = |(_, margin, found): &Tiered| found.scores.total - found.scores.distance - margin;
    ranked.sort_by(|a, b| standing(b).total_cmp(&standing(a)));
    let fit_floor = ranked.iter().map(fit).fold(f32::MIN, f32::max) - FILL_GAP;
    let standing_floor = ranked.first().map_or(f32::MIN, |best| standing(best) - REACH_GAP);
    let best_tier = ranked.first().map(|(tier, _, _)| *tier);
    ranked
        .into_iter()
        .filter(|entry| Some(entry.0) == best_tier || (fit(entry) >= fit_floor && standing(entry) >= standing_floor))
        .take(limit)
        .map(|(_, _, found)| found)
        .collect()
}

/// A suggestion with the number of the tier it came from and that tier's margin.
type Tiered = (usize, f32, Found);

/// Groups, then ways to volunteer to fill the list, then practical services as a last resort,
/// each tier giving up `margin` more than it would on its own.
fn groups_then_others<'a>(margin: f32) -> Vec<Tier<'a>> {
    vec![
        (Box::new(is_group), margin),
        (Box::new(|service| has_term(service, VOLUNTEERING_TERM) && !has_term(service, START_GROUP_TERM)), margin + TIER_MARGIN),
        (Box::new(|service| has_term(service, PRACTICAL_TERM)), margin + OTHER_KIND_MARGIN),
    ]
}

/// Whether a group is of a kind that can meet one of these practical needs (a warm space for a
/// cold home, a lift for the cost of the bus): a need named in so many words ("the oil tank's
/// empty", "the landlord won't fix the mould") is no misreading, and a gardening club is no
/// answer to it; "nothing found, someone from our team will help" is.
fn meets_a_need(service: &Service, needs: &[flows::Practical]) -> bool {
    needs.iter().any(|need| need.met_by_groups_tagged().iter().any(|tag| service.tags.contains(tag)))
}

/// A group or activity: a service with no term saying it is practical help or volunteering.
fn is_group(service: &Service) -> bool {
    service.other_terms.iter().all(|term| !is_help_term(term))
}

/// Whether a service carries a term (by its name, in any case).
fn has_term(service: &Service, name: &str) -> bool {
    service.other_terms.iter().any(|term| term.eq_ignore_ascii_case(name))
}

/// One result, owning its record, for the flows and for `--json`.
#[derive(Debug, Clone, Serialize)]
pub struct Found {
    /// The service.
    pub service: Service,
    /// How it scored.
    pub scores: Scores,
    /// Miles from the place named.
    pub miles: Option<f64>,
    /// "Tuesdays 10am, 0.8 miles, free".
    pub reason: String,
    /// The kinds of activity it is about ([`Settled::activities`]).
    #[serde(skip)]
    pub activities: Named,
}

/// The directory as loaded into memory.
#[derive(Default)]
struct Index {
    /// The table's version when loaded; a different one means reload.
    version: Option<(i64, i64)>,
    /// The records.
    services: Vec<Service>,
    /// Their embeddings, in the same order.
    embeddings: Vec<Vec<f32>>,
    /// The directory's words, for the word overlap the ranking adds to meaning.
    lexicon: Lexicon,
    /// Each record's terms in that lexicon, in the same order.
    words: Vec<RecordTerms>,
    /// The council areas the gazetteer puts each record's service areas in, in the same order:
    /// looked up once here, not for every search.
    councils: Vec<Vec<String>>,
    /// What the ranking reads of each record that no search changes, in the same order.
    settled: Vec<Settled>,
    /// Where the records meet, for settling a name of several places.
    venues: Vec<Point>,
    /// The words each venue goes by (its name, street, town and its service's name), padded
    /// and in lower case, with the venue: a council's directory names neighbourhoods no map has.
    venue_words: Vec<(String, Point)>,
    /// The words each venue's place goes by (its name, street and town, not its service's name),
    /// for reading a neighbourhood in a message: a group's own name is not a place.
    place_words: Vec<(String, Point)>,
    /// Every word of those, in lower case: a run of a message's words with one not among them
    /// names no venue, so it is passed over without reading every venue (a message in another
    /// language is mostly words the sentence model lacks).
    place_vocabulary: HashSet<String>,
}

impl Index {
    /// The record at `at` as the ranking reads it.
    fn candidate(&self, at: usize) -> Candidate<'_> {
        Candidate { service: &self.services[at], embedding: &self.embeddings[at], words: &self.words[at], settled: &self.settled[at] }
    }
}

/// How far apart the venues that name a place may be for the name to be placed among them: a
/// neighbourhood, not a word every town uses.
const NAMED_VENUES_SPREAD_MILES: f64 = 3.0;

/// The words of a text: its runs of letters and digits, as written.
fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty())
}

/// Words in lower case with every run of other characters one space, padded with spaces, so a
/// place name is found as whole words ("Pollok" is not in "Pollokshields").
fn padded_words(text: &str) -> String {
    let words: Vec<String> = words_of(text).map(str::to_lowercase).collect();
    format!(" {} ", words.join(" "))
}

/// The words a service's venue goes by, with its service's name or without, for placing names
/// the gazetteer lacks; `point` is where the service is measured from ([`Settled::point`]),
/// worked out once per load.
fn venue_words(service: &Service, point: Option<Point>, with_service_name: bool) -> Option<(String, Point)> {
    let point = point?;
    let venue = service.locations.iter().find(|location| location.point == Some(point))?;
    let service_name = with_service_name.then_some(service.name.as_str());
    let named = [venue.name.as_deref(), venue.address.as_deref(), venue.town.as_deref(), service_name];
    Some((padded_words(&named.into_iter().flatten().collect::<Vec<_>>().join(" ")), point))
}

/// The longest run of words read from a message as a neighbourhood's name ("Knowle West Road").
const LONGEST_NEIGHBOURHOOD: usize = 3;

/// The shortest word that marks a run of words as a possible name: shorter ones are
/// abbreviations and text-speak more often than places.
const SHORTEST_NAME_WORD: usize = 4;

/// Runs of up to [`LONGEST_NEIGHBOURHOOD`] words of a message with a word the sentence model's
/// vocabulary lacks ("bedgrove", "govanhill"; not "choir"), earliest first and at one position
/// the longest: the runs that may name a neighbourhood no map has.
fn unfamiliar_runs<'a>(text: &'a str, ordinary: &'a HashSet<String>) -> impl Iterator<Item = String> + 'a {
    let words: Vec<&str> = words_of(text).collect();
    let unfamiliar = |word: &&str| {
        word.chars().count() >= SHORTEST_NAME_WORD && word.chars().all(char::is_alphabetic) && !ordinary.contains(&word.to_lowercase())
    };
    (0..words.len()).flat_map(move |start| (1..=LONGEST_NEIGHBOURHOOD).rev().map(move |length| (start, length))).filter_map(
        move |(start, length)| words.get(start..start + length).filter(|run| run.iter().any(unfamiliar)).map(|run| run.join(" ")),
    )
}

/// The sentence model's whole words (`vocab.txt` beside its weights, without the word pieces):
/// ordinary words, which a neighbourhood's name is not. Empty when the model has no such file,
/// and then no neighbourhood is read from a message.
fn ordinary_words(model_dir: &std::path::Path) -> HashSet<String> {
    let vocabulary = std::fs::read_to_string(model_dir.join("vocab.txt")).unwrap_or_default();
    vocabulary.lines().filter(|word| word.chars().all(char::is_alphabetic)).map(str::to_owned).collect()
}

/// A place on no map that the directory's venues name ("Govanhill Foodbank", a venue on
/// "Knowle West Road"), at the middle of those venues when they lie close together; `None` when
/// no venue names it or they are spread over more than a neighbourhood.
fn named_by_venues(words: &str, venue_words: &[(String, Point)]) -> Option<Point> {
    let key = padded_words(words);
    if key.trim().len() < 3 {
        return None;
    }
    let points: Vec<Point> = venue_words.iter().filter(|(named, _)| named.contains(&key)).map(|(_, point)| *point).collect();
    if points.is_empty() {
        return None;
    }
    let count = points.len() as f64;
    let middle = Point::new(points.iter().map(|p| p.lat).sum::<f64>() / count, points.iter().map(|p| p.lon).sum::<f64>() / count)?;
    points.iter().all(|point| middle.miles_to(*point) <= NAMED_VENUES_SPREAD_MILES).then_some(middle)
}

/// How far from a place, in miles, a directory's venues count as being around it: a town and
/// its villages.
const VENUES_AROUND_MILES: f64 = 10.0;

/// Of the places a shared name may mean, the one with the most of the directory's venues
/// around it, when it has at least twice as many as any other: a council's directory is local,
/// so in a Melton directory "Bottesford" is the Melton one. `None` when no place has venues
/// around it or two are close, so nothing is guessed.
fn around_most_venues(candidates: &[PlacePoint], venues: &[Point]) -> Option<PlacePoint> {
    let around = |place: &PlacePoint| {
        Point::new(place.lat, place.lon)
            .map_or(0, |point| venues.iter().filter(|venue| point.miles_to(**venue) <= VENUES_AROUND_MILES).count())
    };
    let mut counted: Vec<(usize, &PlacePoint)> = candidates.iter().map(|place| (around(place), place)).collect();
    counted.sort_by_key(|(venues, _)| std::cmp::Reverse(*venues));
    match counted.as_slice() {
        [(most, place), rest @ ..] if *most > 0 && rest.first().is_none_or(|(next, _)| *most >= 2 * next) => Some((*place).clone()),
        _ => None,
    }
}

/// Searches the imported directory.
pub struct DirectorySearch {
    /// Where the directory is.
    store: Store,
    /// Embeds queries and resolves places.
    understanding: Arc<Understanding>,
    /// The cached directory.
    index: RwLock<Index>,
    /// Records not verified for this many months are not suggested.
    stale_months: u32,
    /// Tells practical services and ways to volunteer from groups in feeds that do not say.
    help: HelpWords,
    /// The kinds of activity groups are about and people ask for (swimming, bowls).
    activities: Activities,
    /// The sentence model's ordinary words ([`ordinary_words`]).
    ordinary: HashSet<String>,
    /// The council of today of each point searched near ([`Understanding::council_area_at`]
    /// scans every postcode centroid): a council's residents name the same few places.
    councils_today: std::sync::Mutex<HashMap<(u64, u64), Option<String>>>,
}

impl DirectorySearch {
    /// Makes a search over `store`'s directory as configured: records not verified for
    /// `FRONTDOOR_STALE_MONTHS` are left out, and the kind of help of records whose feed does
    /// not say is read with the content's `directory/help-words.toml`.
    pub fn new(store: Store, understanding: Arc<Understanding>, config: &Config) -> Result<DirectorySearch> {
        let help = HelpWords::load(&config.content_dir)?;
        let activities = Activities::load(&config.content_dir)?;
        Ok(DirectorySearch {
            store,
            understanding,
            index: RwLock::new(Index::default()),
            stale_months: config.stale_months,
            help,
            activities,
            ordinary: ordinary_words(&config.model_dir),
            councils_today: std::sync::Mutex::default(),
        })
    }

    /// The best services for `ask`, best first.
    pub async fn find(&self, ask: &Ask) -> Result<Vec<Found>> {
        let embedding = self.embed_query(&ask.text).await?;
        self.find_embedded(ask, &embedding).await
    }

    /// [`DirectorySearch::find`] for a query already embedded: the pass over the directory
    /// alone, which `directory bench` times apart from the model.
    pub async fn find_embedded(&self, ask: &Ask, embedding: &[f32]) -> Result<Vec<Found>> {
        self.refresh().await?;
        let index = self.index.read().await;
        let place = ask.place.as_deref().and_then(|words| self.place_of(words, &index));
        let near = ask.point.or_else(|| place.as_ref().and_then(|place| Point::new(place.lat, place.lon)));
        let now = ask.at.unwrap_or_else(|| Timestamp(store::now_ms() / 1000)).to_uk_local();
        // A place on no map ("food bank govanhill") stays among the words: distance cannot see
        // to it, and the record that names it is the likeliest to be there.
        let words = index.lexicon.question(&ask.text, ask.place.as_deref().filter(|_| place.is_some()));
        let languages = directory::spoken::named_in(&ask.text);
        let query = Query {
            embedding,
            tags: &ask.tags,
            words: &words,
            near,
            age: ask.age,
            youth: ask.youth,
            now,
            stale_months: self.stale_months,
            when: Availability::read(&ask.text),
            travel: Travel::read(&ask.text),
            contact: Contact::asked(&ask.text),
            with_children: directory::audience::with_children(&ask.text),
            languages: &languages,
            activity: self.activities_asked(ask),
        };
        // The place's council as its own list names it, and as the UK-wide data does today.
        let council_today = place.as_ref().and_then(|place| self.council_today(place.lat, place.lon));
        let areas: Vec<&str> = place.iter().map(|place| place.area.as_str()).chain(council_today.as_deref()).collect();
        let near_enough = |at: usize| {
            let point = index.settled[at].point;
            let within = match (ask.within_miles, near, point) {
                (Some(most), Some(near), Some(point)) => near.miles_to(point) <= most,
                _ => true,
            };
            within && (place.is_none() || point.is_some() || areas.iter().any(|area| index.services[at].covers(area, &index.councils[at])))
        };
        let pool: Vec<usize> =
            (0..index.services.len()).filter(|&at| !ask.exclude.contains(&index.services[at].id) && near_enough(at)).collect();
        let everything: Vec<Candidate<'_>> = pool.iter().map(|&at| index.candidate(at)).collect();
        let mut ranked: Vec<Tiered> = Vec::new();
        for (number, (tier, margin)) in ask.kind.tiers().into_iter().enumerate() {
            let candidates: Vec<Candidate<'_>> = pool
                .iter()
                .copied()
                .filter(|&at| tier(&index.services[at]))
                .filter(|&at| ranked.iter().all(|(_, _, already)| already.service.id != index.services[at].id))
                .map(|at| index.candidate(at))
                .collect();
            ranked.extend(rank::rank_among(&query, &candidates, &everything).into_iter().map(|best| {
                let found = Found {
                    service: best.service.clone(),
                    scores: best.scores,
                    miles: best.miles,
                    reason: best.reason,
                    activities: best.activities,
                };
                (number, margin, found)
            }));
        }
        Ok(best_of_tiers(ranked, ask.limit.clamp(1, rank::MAX_SUGGESTIONS)))
    }

    /// The kinds of activity `ask` names, read from the person's own words.
    fn activities_asked(&self, ask: &Ask) -> Asked<'_> {
        Asked { activities: &self.activities, named: self.activities.named_in(ask.said.as_deref().unwrap_or(&ask.text)) }
    }

    /// The kinds of activity `ask` names when none of `found` is of them, as a reply names them
    /// ([`Asked::unmet`]).
    pub fn unmet(&self, ask: &Ask, found: &[Found]) -> Option<String> {
        self.activities_asked(ask).unmet(found.iter().map(|found| found.activities))
    }

    /// The council the UK-wide postcode data puts a point in, looked up once per point.
    fn council_today(&self, lat: f64, lon: f64) -> Option<String> {
        let key = (lat.to_bits(), lon.to_bits());
        let mut known = self.councils_today.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        known.entry(key).or_insert_with(|| self.understanding.council_area_at(lat, lon)).clone()
    }

    /// The place words name. For a name of several places, the one this directory's venues are
    /// around ([`around_most_venues`]: "Ely" in a Cardiff directory); else the place the
    /// gazetteer knows by that name; else one its venues name ("Sharrow", on no map); and only
    /// then a misspelling of one of the council's own names, which would otherwise take a
    /// neighbourhood the venues know for a village it resembles.
    fn place_of(&self, words: &str, index: &Index) -> Option<PlacePoint> {
        self.settled_by_venues(words, index)
            .or_else(|| self.understanding.resolve_known_place(words))
            .or_else(|| self.placed_by_venues(words, index))
            .or_else(|| self.understanding.resolve_place(words))
    }

    /// A place on no map placed where the directory's venues that name it are
    /// ([`named_by_venues`]), in the council the UK-wide data puts that point in.
    fn placed_by_venues(&self, words: &str, index: &Index) -> Option<PlacePoint> {
        let point = named_by_venues(words, &index.venue_words)?;
        let area = self.council_today(point.lat, point.lon).unwrap_or_default();
        Some(PlacePoint { name: words.trim().to_string(), lat: point.lat, lon: point.lon, area })
    }

    /// Of the places words may mean, the one the directory's venues are around; `None` when
    /// they name one place or none, or the venues do not settle them.
    fn settled_by_venues(&self, words: &str, index: &Index) -> Option<PlacePoint> {
        around_most_venues(&self.understanding.place_candidates(words), &index.venues)
    }

    /// For words that name several places the gazetteer cannot choose between ("Bottesford",
    /// with no `FRONTDOOR_AREA`), the one this directory's venues are around, as a name that
    /// resolves to it alone ("Bottesford, Melton"); `None` when the words need no settling or
    /// the venues do not settle them either, and the person is asked which.
    pub async fn settle_place(&self, words: &str) -> Result<Option<String>> {
        self.refresh().await?;
        let index = self.index.read().await;
        let settled = self.settled_by_venues(words, &index).map(|place| place.label());
        Ok(settled.or_else(|| self.placed_by_venues(words, &index).map(|_| words.trim().to_string())))
    }

    /// The words of a message that name a neighbourhood on no map where the directory's venues
    /// are ("any choirs in bedgrove?"), for a message the gazetteer found no place in: the earliest
    /// run of words with one the sentence model does not know ([`unfamiliar_runs`]) that the
    /// venues' names, streets or towns place ([`named_by_venues`]).
    pub async fn place_named_in(&self, text: &str) -> Result<Option<String>> {
        if self.ordinary.is_empty() {
            return Ok(None);
        }
        self.refresh().await?;
        let index = self.index.read().await;
        let at_venues = |run: &String| run.split(' ').all(|word| index.place_vocabulary.contains(&word.to_lowercase()));
        Ok(unfamiliar_runs(text, &self.ordinary).filter(at_venues).find(|run| named_by_venues(run, &index.place_words).is_some()))
    }

    /// The place a message names: the one the classifier found in `text`, or else a neighbourhood
    /// the directory's venues place ([`Self::place_named_in`]), as the chat reads it.
    pub async fn place_in(&self, text: &str, found: Option<String>) -> Result<Option<String>> {
        match found {
            Some(place) => Ok(Some(place)),
            None => self.place_named_in(text).await,
        }
    }

    /// The model searches embed with, for callers that also classify the same words.
    pub fn understanding(&self) -> &Arc<Understanding> {
        &self.understanding
    }

    /// How many services are held in memory (as of the last search), for the benchmark's report.
    pub async fn size(&self) -> usize {
        self.index.read().await.services.len()
    }

    /// The sentence embedding of a person's words (empty for no words), as [`Self::find`]
    /// computes it.
    pub async fn embed_query(&self, text: &str) -> Result<Vec<f32>> {
        if text.trim().is_empty() {
            return Ok(Vec::new());
        }
        let mut embedded = self.understanding.embed(vec![text.to_string()]).await?;
        Ok(embedded.pop().unwrap_or_default())
    }

    /// Reloads the directory if it changed since it was loaded.
    async fn refresh(&self) -> Result<()> {
        let mut conn = self.store.reader().await?;
        let version = stored::version(&mut conn).await?;
        if self.index.read().await.version == Some(version) {
            return Ok(());
        }
        let stored = stored::all(&mut conn).await?;
        let mut services = Vec::with_capacity(stored.len());
        let mut embeddings = Vec::with_capacity(stored.len());
        let mut councils = Vec::with_capacity(stored.len());
        let known_councils: HashSet<Vec<String>> = self.understanding.council_areas().iter().map(|council| area_words(council)).collect();
        for row in stored {
            let mut service: Service = serde_json::from_str(&row.record).context("a stored service is unreadable")?;
            self.help.mark(&mut service);
            let placed: Vec<String> =
                service.service_areas.iter().filter_map(|named| self.understanding.resolve_place(named)).map(|place| place.area).collect();
            let named_councils = service.service_areas.iter().any(|named| known_councils.contains(&area_words(named)));
            service.areas_unplaced = !service.service_areas.is_empty() && placed.is_empty() && !named_councils;
            councils.push(placed);
            services.push(service);
            embeddings.push(row.embedding);
        }
        let texts: Vec<String> = services.iter().map(Service::search_text).collect();
        let (lexicon, words) = Lexicon::build(texts.iter().map(String::as_str));
        let settled: Vec<Settled> = services.iter().map(|service| Settled::of(service, &self.activities)).collect();
        let venues = settled.iter().filter_map(|record| record.point).collect();
        let words_of_venues = |with_service_name: bool| -> Vec<(String, Point)> {
            services.iter().zip(&settled).filter_map(|(service, record)| venue_words(service, record.point, with_service_name)).collect()
        };
        let place_words = words_of_venues(false);
        let place_vocabulary = place_words.iter().flat_map(|(words, _)| words.split_whitespace().map(str::to_owned)).collect();
        let venue_words = words_of_venues(true);
        *self.index.write().await = Index {
            version: Some(version),
            services,
            embeddings,
            lexicon,
            words,
            councils,
            settled,
            venues,
            venue_words,
            place_words,
            place_vocabulary,
        };
        Ok(())
    }
}

impl Directory for DirectorySearch {
    fn search(&self, request: flows::SearchRequest) -> BoxFuture<'_, Result<Findings>> {
        Box::pin(async move {
            let ask = Ask {
                kind: kind_of(&request),
                within_miles: (request.reach == flows::Reach::Near).then_some(NEAR_HOME_MILES),
                text: request.text,
                said: Some(request.said),
                tags: request.tags,
                place: request.place,
                point: request.point.and_then(|(lat, lon)| Point::new(lat, lon)),
                age: request.age,
                youth: request.youth,
                exclude: request.exclude,
                limit: request.limit,
                at: None,
            };
            let found = self.find(&ask).await?;
            Ok(Findings { suggestions: found.iter().map(suggestion_for).collect(), unmet: self.unmet(&ask, &found) })
        })
    }

    fn settle_place<'a>(&'a self, words: &'a str) -> BoxFuture<'a, Result<Option<String>>> {
        Box::pin(DirectorySearch::settle_place(self, words))
    }

    fn place_named_in<'a>(&'a self, text: &'a str) -> BoxFuture<'a, Result<Option<String>>> {
        Box::pin(DirectorySearch::place_named_in(self, text))
    }

    fn area_of<'a>(&'a self, request: &'a flows::SearchRequest) -> BoxFuture<'a, Result<Option<String>>> {
        Box::pin(async move {
            let Some(words) = request.place.as_deref() else {
                return Ok(None);
            };
            self.refresh().await?;
            let index = self.index.read().await;
            Ok(self.place_of(words, &index).map(|place| place.area).filter(|area| !area.is_empty()))
        })
    }
}

/// The kind of help the flows' request is for, in the directory's terms.
fn kind_of(request: &flows::SearchRequest) -> Kind {
    Kind::for_topic(request.topic, &request.practical, request.start_group)
}

impl Kind {
    /// The kind of help a conversation's need asks for, as `flows::first_need` reads it from a
    /// first message for `directory search` and `directory eval`.
    pub fn for_need(need: &flows::Need) -> Kind {
        Kind::for_topic(need.topic, &need.practical, need.start_group)
    }

    /// The kind of help a topic, its practical needs and a wish to start a group ask for: the
    /// one mapping from the flows' words to the directory's, for the flows and the CLI alike.
    fn for_topic(topic: Option<flows::Topic>, practical: &[flows::Practical], start_group: bool) -> Kind {
        match topic {
            Some(flows::Topic::Practical) => Kind::Practical(practical.to_vec()),
            Some(flows::Topic::Volunteer) => Kind::Volunteering { start_group },
            Some(flows::Topic::Talk) => Kind::Talk,
            Some(flows::Topic::Activity | flows::Topic::Wellbeing) | None => Kind::Groups,
        }
    }
}

/// A result as the flows show it: one line on why, and a few lines of details when asked.
fn suggestion_for(found: &Found) -> flows::Suggestion {
    flows::Suggestion {
        id: found.service.id.clone(),
        name: found.service.name.clone(),
        reason: found.reason.clone(),
        listing: listing(&found.service),
        clashes_with_time: found.scores.when < 0.0,
        miles: found.miles,
    }
}

/// Where, when, cost, access and who to contact, part by part, so the flows can answer a
/// question about one part and say when the directory is silent on it.
fn listing(service: &Service) -> flows::Listing {
    let location = service.locations.first();
    let place = location.map(|location| {
        let mut parts: Vec<&str> =
            [&location.name, &location.address, &location.postcode].into_iter().filter_map(|part| part.as_deref()).collect();
        // A venue named by its street ("Wilton Park", "Wilton Park") is said once.
        parts.dedup_by(|later, earlier| later.eq_ignore_ascii_case(earlier));
        parts.join(", ")
    });
    let times: Vec<String> = service.schedules.iter().map(|schedule| schedule.phrase()).collect();
    let cost = match service.price() {
        Price::Free => Some("free".to_string()),
        Price::From(pence) => Some(format!("from £{}.{:02}", pence / 100, pence % 100)),
        Price::Unknown => None,
    };
    let access = location.map(|location| location.accessibility.join(", "));
    let phone = service.contacts.iter().flat_map(|contact| contact.phones.iter()).next();
    let contact = phone.or(service.email.as_ref()).or(service.organisation.email.as_ref());
    flows::Listing {
        place: place.filter(|place| !place.is_empty()),
        when: (!times.is_empty()).then(|| times.join("; ")),
        cost,
        access: access.filter(|access| !access.is_empty()),
        contact: contact.cloned(),
        note: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(name: &str, area: &str, lat: f64, lon: f64) -> PlacePoint {
        PlacePoint { name: name.to_owned(), lat, lon, area: area.to_owned() }
    }

    /// A neighbourhood on no map is placed where the venues that name it are, as whole words,
    /// only when they lie close together.
    #[test]
    fn a_place_on_no_map_is_placed_at_the_venues_that_name_it() {
        let at = |lat, lon| Point::new(lat, lon).unwrap();
        let venues = [
            (padded_words("Govanhill Baths, Calder Street, Glasgow"), at(55.837, -4.259)),
            (padded_words("Govanhill Foodbank"), at(55.835, -4.262)),
            (padded_words("Pollokshields Library"), at(55.842, -4.278)),
            (padded_words("Park Road Hall, Leeds"), at(53.8, -1.55)),
            (padded_words("Park Road Hall, Glasgow"), at(55.87, -4.28)),
        ];
        let govanhill = named_by_venues("Govanhill", &venues).unwrap();
        assert!(govanhill.miles_to(at(55.836, -4.26)) < 0.5, "{govanhill:?}");
        assert_eq!(named_by_venues("Pollok", &venues), None, "a whole word, not part of Pollokshields");
        assert_eq!(named_by_venues("Park Road", &venues), None, "venues far apart name no one place");
        assert_eq!(named_by_venues("Xyzzyton", &venues), None);
    }

    /// Only runs with a word the model does not know are tried as a neighbourhood's name, so a
    /// group named "Choir" is never read as a place, and each start tries the longest run first.
    #[test]
    fn a_message_names_a_neighbourhood_only_in_words_the_model_does_not_know() {
        let ordinary: HashSet<String> = ["any", "choirs", "in", "west", "road", "near", "hp21"].into_iter().map(str::to_owned).collect();
        let runs: Vec<String> = unfamiliar_runs("any choirs in Bedgrove?", &ordinary).collect();
        assert_eq!(runs, ["choirs in Bedgrove", "in Bedgrove", "Bedgrove"]);
        let runs: Vec<String> = unfamiliar_runs("near knowle west road, HP21", &ordinary).collect();
        assert_eq!(runs[..3], ["near knowle west", "near knowle", "knowle west road"]);
        assert_eq!(unfamiliar_runs("any choirs in west road", &ordinary).count(), 0, "every word ordinary");
        assert_eq!(unfamiliar_runs("gr8 x", &ordinary).count(), 0, "text-speak and short words are no names");
    }

    /// A Melton directory settles "Bottesford" as the Melton one; a directory with venues
    /// round both, or round neither, leaves the person to say which.
    #[test]
    fn the_directorys_venues_settle_a_name_of_several_places_only_when_clearly_round_one() {
        let melton = place("Bottesford", "Melton", 52.9413, -0.8006);
        let lincolnshire = place("Bottesford", "North Lincolnshire", 53.55, -0.65);
        let candidates = [lincolnshire.clone(), melton.clone()];
        let venue = |lat: f64, lon: f64| Point::new(lat, lon).unwrap();
        let in_melton = [venue(52.76, -0.88), venue(52.94, -0.80), venue(52.93, -0.78)];
        assert_eq!(around_most_venues(&candidates, &in_melton).map(|p| p.area), Some("Melton".to_owned()));
        let both = [in_melton.as_slice(), &[venue(53.56, -0.66), venue(53.58, -0.65)]].concat();
        assert_eq!(around_most_venues(&candidates, &both), None, "three against two is no clear lead");
        assert_eq!(around_most_venues(&candidates, &[venue(51.5, -0.1)]), None, "a London directory knows neither");
        assert_eq!(around_most_venues(&candidates, &[]), None);
    }

    fn service(id: &str, terms: &[&str]) -> Service {
        let mut service = Service::new(id, id);
        service.other_terms = terms.iter().map(|term| term.to_string()).collect();
        service
    }

    /// The ids each tier of a kind lets through, tier by tier.
    fn tiers_of(kind: &Kind, services: &[Service]) -> Vec<Vec<String>> {
        kind.tiers()
            .iter()
            .map(|(tier, _)| services.iter().filter(|service| tier(service)).map(|service| service.id.clone()).collect())
            .collect()
    }

    fn request(topic: flows::Topic, practical: Vec<flows::Practical>, start_group: bool) -> flows::SearchRequest {
        flows::SearchRequest {
            text: String::new(),
            said: String::new(),
            tags: Vec::new(),
            place: None,
            point: None,
            youth: false,
            exclude: Vec::new(),
            limit: 3,
            more: false,
            topic: Some(topic),
            practical,
            start_group,
            reach: flows::Reach::Usual,
            age: None,
        }
    }

    #[test]
    fn a_service_that_never_meets_when_the_person_is_free_is_shown_as_a_clash() {
        let found = |when: f32| Found {
            service: service("walk", &[]),
            scores: Scores { when, ..Scores::default() },
            miles: None,
            reason: String::new(),
            activities: Named::default(),
        };
        assert!(suggestion_for(&found(-0.3)).clashes_with_time);
        assert!(!suggestion_for(&found(0.0)).clashes_with_time, "times unknown or not asked");
        assert!(!suggestion_for(&found(0.2)).clashes_with_time);
    }

    #[test]
    fn practical_help_for_the_need_first_then_other_practical_help_and_last_groups_that_meet_the_need() {
        let services = [
            service("knit", &["Knitting"]),
            service("advice", &["Practical help", "Money and benefits"]),
            service("food-bank", &["practical help", "Food"]),
            Service { tags: vec![nlp::Tag::SocialCafe], ..service("lunch-club", &[]) },
        ];
        let food = kind_of(&request(flows::Topic::Practical, vec![flows::Practical::Food], false));
        assert_eq!(tiers_of(&food, &services), vec![vec!["food-bank"], vec!["advice", "food-bank"], vec!["lunch-club"]]);
        let margins: Vec<f32> = food.tiers().iter().map(|(_, margin)| *margin).collect();
        assert_eq!(margins, vec![0.0, TIER_MARGIN, OTHER_KIND_MARGIN]);
        let housing = kind_of(&request(flows::Topic::Practical, vec![flows::Practical::Housing], false));
        assert!(tiers_of(&housing, &services)[2].is_empty(), "no group meets a housing need");
        let unnamed = kind_of(&request(flows::Topic::Practical, Vec::new(), false));
        assert_eq!(tiers_of(&unnamed, &services)[2], vec!["knit", "lunch-club"], "with no need named, the reading may be wrong");
        let groups = kind_of(&request(flows::Topic::Activity, Vec::new(), false));
        assert_eq!(tiers_of(&groups, &services), vec![vec!["knit", "lunch-club"], Vec::<&str>::new(), vec!["advice", "food-bank"]]);
    }

    #[test]
    fn someone_to_talk_to_gets_befriending_first_then_groups_as_any_search_would() {
        let services = [service("phone-friends", &["Befriending"]), service("walk", &[]), service("advice", &["Practical help"])];
        let talk = kind_of(&request(flows::Topic::Talk, Vec::new(), false));
        assert_eq!(
            tiers_of(&talk, &services),
            vec![vec!["phone-friends"], vec!["phone-friends", "walk"], Vec::<&str>::new(), vec!["advice"]]
        );
        let margins: Vec<f32> = talk.tiers().iter().map(|(_, margin)| *margin).collect();
        assert_eq!(margins, vec![0.0, TALK_MARGIN, TALK_MARGIN + TIER_MARGIN, TALK_MARGIN + OTHER_KIND_MARGIN]);
    }

    fn found(id: &str, total: f32) -> Found {
        Found {
            service: service(id, &[]),
            scores: Scores { total, ..Scores::default() },
            miles: None,
            reason: String::new(),
            activities: Named::default(),
        }
    }

    /// A later tier's strong match beats an earlier tier's weak one once its margin is taken
    /// off, and nothing far below the best fills the list.
    #[test]
    fn the_tiers_are_merged_by_standing_and_weak_fillers_left_out() {
        let ranked = vec![
            (0, 0.0, found("walk-on-another-topic", 0.7)),
            (1, TIER_MARGIN, found("garden-volunteers", 1.1)),
            (0, 0.0, found("bingo", 0.4)),
        ];
        let ids: Vec<String> = best_of_tiers(ranked, 3).into_iter().map(|found| found.service.id).collect();
        assert_eq!(ids, vec!["garden-volunteers", "walk-on-another-topic"]);
    }

    /// What the best one's own tier offered beside it passed the ranking's cuts already (a lift
    /// beside a lunch club for someone who asked for both): the fill floors judge only fillers
    /// from the other tiers.
    #[test]
    fn the_best_tiers_own_suggestions_are_not_cut_again() {
        let ranked = vec![(0, 0.0, found("lunch-club", 1.6)), (0, 0.0, found("lift", 1.25)), (1, TIER_MARGIN, found("befriender", 1.5))];
        let ids: Vec<String> = best_of_tiers(ranked, 3).into_iter().map(|found| found.service.id).collect();
        assert_eq!(ids, vec!["lunch-club", "lift"], "the befriender fits 0.4 below the best once its margin is off");
    }

    #[test]
    fn starting_a_group_puts_its_help_before_other_volunteering() {
        let services = [
            service("garden-volunteers", &["Volunteering"]),
            service("grants", &["Starting a group", "Volunteering"]),
            service("walk", &[]),
        ];
        let start = kind_of(&request(flows::Topic::Volunteer, Vec::new(), true));
        assert_eq!(tiers_of(&start, &services), vec![vec!["grants"], vec!["garden-volunteers", "grants"], vec!["walk"]]);
        let help = kind_of(&request(flows::Topic::Volunteer, Vec::new(), false));
        assert_eq!(tiers_of(&help, &services)[0], vec!["garden-volunteers", "grants"]);
        let groups = kind_of(&request(flows::Topic::Activity, Vec::new(), false));
        assert_eq!(tiers_of(&groups, &services), vec![vec!["walk"], vec!["garden-volunteers"], Vec::<&str>::new()]);
    }
}
