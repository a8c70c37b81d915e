//! The directory search behind the flows and `frontdoor directory search`: one function for both.
//!
//! The directory is held in memory (records and their embeddings) and reloaded only when the
//! `services` table changes, so a search costs one query embedding plus a pass over the records.

use crate::directory::calendar::Timestamp;
use crate::directory::geo::Point;
use crate::directory::model::{Price, Service};
use crate::directory::rank::{self, Candidate, Query, Scores};
use crate::directory::travel::Travel;
use crate::directory::when::Availability;
use crate::pipeline::Directory;
use crate::store::{self, directory, Store};
use crate::understanding::Understanding;
use anyhow::{Context, Result};
use futures::future::BoxFuture;
use serde::Serialize;
use std::sync::Arc;
use tokio::sync::RwLock;


/// What a person is looking for, in the search's terms.
#[derive(Debug, Clone, Default)]
pub struct Ask {
    /// Their own words.
    pub text: String,
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
    /// Practical services, those meeting one of these needs (term names) first.
    Practical(Vec<String>),
    /// Ways to volunteer; with `start_group`, help to start a group first.
    Volunteering {
        /// They want to start a group of their own.
        start_group: bool,
    },
}

/// The term a practical service carries.
const PRACTICAL_TERM: &str = "Practical help";
/// The term a way to volunteer carries.
const VOLUNTEERING_TERM: &str = "Volunteering";
/// The term help to start a group carries.
const START_GROUP_TERM: &str = "Starting a group";
/// How far below the best of the first tier a group-search filler from a later tier may score,
/// as the ranking's own cut does within one list: volunteering fills a list of groups only when
/// it fits about as well.
const FILL_GAP: f32 = 0.3;
/// How close "nearer home" is, in miles: a short walk or one bus stop or two.
const NEAR_HOME_MILES: f64 = 3.0;

/// Whether a service belongs to one tier of a search.
type Tier<'a> = Box<dyn Fn(&Service) -> bool + Send + Sync + 'a>;

impl Kind {
    /// Which services may be offered, in tiers tried in order: the best of the first tier come
    /// first, and later tiers fill what is left. Empty tiers are skipped.
    fn tiers(&self) -> Vec<Tier<'_>> {
        match self {
            Kind::Any => vec![Box::new(|_| true)],
            Kind::Groups => vec![
                Box::new(|service| service.other_terms.iter().all(|term| !is_help_term(term))),
                Box::new(|service| has_term(service, VOLUNTEERING_TERM) && !has_term(service, START_GROUP_TERM)),
            ],
            Kind::Practical(needs) => vec![
                Box::new(move |service| has_term(service, PRACTICAL_TERM) && needs.iter().any(|need| has_term(service, need))),
                Box::new(|service| has_term(service, PRACTICAL_TERM)),
            ],
            Kind::Volunteering { start_group } => {
                let first = if *start_group { START_GROUP_TERM } else { VOLUNTEERING_TERM };
                vec![Box::new(move |service| has_term(service, first)), Box::new(|service| has_term(service, VOLUNTEERING_TERM))]
            }
        }
    }
}

/// Whether a term says what kind of help a service is.
fn is_help_term(term: &str) -> bool {
    [PRACTICAL_TERM, VOLUNTEERING_TERM, START_GROUP_TERM].iter().any(|kind| term.eq_ignore_ascii_case(kind))
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
}

impl DirectorySearch {
    /// Makes a search over `store`'s directory that leaves out records not verified for
    /// `stale_months` (`FRONTDOOR_STALE_MONTHS`).
    pub fn new(store: Store, understanding: Arc<Understanding>, stale_months: u32) -> DirectorySearch {
        DirectorySearch { store, understanding, index: RwLock::new(Index::default()), stale_months }
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
        let near = ask.point.or_else(|| self.point_of(ask.place.as_deref()));
        let now = ask.at.unwrap_or_else(|| Timestamp(store::now_ms() / 1000)).to_uk_local();
        let query = Query {
            embedding,
            tags: &ask.tags,
            near,
            age: ask.age,
            youth: ask.youth,
            now,
            stale_months: self.stale_months,
            when: Availability::read(&ask.text),
            travel: Travel::read(&ask.text),
        };
        let index = self.index.read().await;
        let near_enough = |service: &Service| match (ask.within_miles, near, service.first_point()) {
            (Some(most), Some(near), Some(point)) => near.miles_to(point) <= most,
            _ => true,
        };
        let limit = ask.limit.clamp(1, rank::MAX_SUGGESTIONS);
        let mut found: Vec<Found> = Vec::new();
        for tier in ask.kind.tiers() {
            let candidates: Vec<Candidate<'_>> = index
                .services
                .iter()
                .zip(&index.embeddings)
                .filter(|(service, _)| !ask.exclude.contains(&service.id) && near_enough(service) && tier(service))
                .filter(|(service, _)| found.iter().all(|already| already.service.id != service.id))
                .map(|(service, embedding)| Candidate { service, embedding })
                .collect();
            let floor = found.first().filter(|_| ask.kind == Kind::Groups).map_or(f32::MIN, |top| top.scores.total - FILL_GAP);
            let best = rank::rank(&query, &candidates).into_iter().filter(|best| best.scores.total >= floor).take(limit - found.len());
            found.extend(best.map(|best| Found { service: best.service.clone(), scores: best.scores, miles: best.miles, reason: best.reason }));
            if found.len() == limit {
                break;
            }
        }
        Ok(found)
    }

    /// The model searches embed with, for callers that also classify the same words.
    pub fn understanding(&self) -> &Arc<Understanding> {
        &self.understanding
    }

    /// How many services are held in memory (as of the last search), for the benchmark's report.
    pub async fn size(&self) -> usize {
        self.index.read().await.services.len()
    }

    /// Where a place named in words is, if the gazetteer knows it.
    pub fn point_of(&self, place: Option<&str>) -> Option<Point> {
        let resolved = self.understanding.resolve_place(place?)?;
        Point::new(resolved.lat, resolved.lon)
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
        let mut conn = self.store.pool.acquire().await?;
        let version = directory::version(&mut conn).await?;
        if self.index.read().await.version == Some(version) {
            return Ok(());
        }
        let stored = directory::all(&mut conn).await?;
        let mut services = Vec::with_capacity(stored.len());
        let mut embeddings = Vec::with_capacity(stored.len());
        for row in stored {
            let service: Service = serde_json::from_str(&row.record).context("a stored service is unreadable")?;
            services.push(service);
            embeddings.push(row.embedding);
        }
        *self.index.write().await = Index { version: Some(version), services, embeddings };
        Ok(())
    }
}

impl Directory for DirectorySearch {
    fn search(&self, request: flows::SearchRequest) -> BoxFuture<'_, Result<Vec<flows::Suggestion>>> {
        Box::pin(async move {
            let ask = Ask {
                kind: kind_of(&request),
                within_miles: (request.reach == flows::Reach::Near).then_some(NEAR_HOME_MILES),
                text: request.text,
                tags: request.tags,
                place: request.place,
                point: request.point.and_then(|(lat, lon)| Point::new(lat, lon)),
                age: None,
                youth: request.youth,
                exclude: request.exclude,
                limit: request.limit,
                at: None,
            };
            let found = self.find(&ask).await?;
            Ok(found.iter().map(suggestion_for).collect())
        })
    }
}

/// The kind of help the flows' request is for: its topic, practical needs and wish to start a
/// group, in the directory's terms.
fn kind_of(request: &flows::SearchRequest) -> Kind {
    match request.topic {
        Some(flows::Topic::Practical) => {
            Kind::Practical(request.practical.iter().map(|need| need.directory_name().to_string()).collect())
        }
        Some(flows::Topic::Volunteer) => Kind::Volunteering { start_group: request.start_group },
        Some(flows::Topic::Activity | flows::Topic::Talk | flows::Topic::Wellbeing) | None => Kind::Groups,
    }
}

/// A result as the flows show it: one line on why, and a few lines of details when asked.
fn suggestion_for(found: &Found) -> flows::Suggestion {
    flows::Suggestion {
        id: found.service.id.clone(),
        name: found.service.name.clone(),
        reason: found.reason.clone(),
        details: details(&found.service),
    }
}

/// Where, when, cost and who to contact, in short lines.
fn details(service: &Service) -> String {
    let mut lines = Vec::new();
    if let Some(location) = service.locations.first() {
        let place: Vec<&str> = [&location.name, &location.address, &location.postcode]
            .into_iter()
            .filter_map(|part| part.as_deref())
            .collect();
        if !place.is_empty() {
            lines.push(format!("Where: {}", place.join(", ")));
        }
    }
    let times: Vec<String> = service.schedules.iter().map(|schedule| schedule.phrase()).collect();
    if !times.is_empty() {
        lines.push(format!("When: {}", times.join("; ")));
    }
    lines.push(match service.price() {
        Price::Free => "Cost: free".to_string(),
        Price::From(pence) => format!("Cost: from £{}.{:02}", pence / 100, pence % 100),
        Price::Unknown => "Cost: ask when you get in touch".to_string(),
    });
    let phone = service.contacts.iter().flat_map(|contact| contact.phones.iter()).next();
    if let Some(phone) = phone {
        lines.push(format!("Call: {phone}"));
    } else if let Some(email) = service.email.as_deref().or(service.organisation.email.as_deref()) {
        lines.push(format!("Email: {email}"));
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service(id: &str, terms: &[&str]) -> Service {
        let mut service = Service::new(id, id);
        service.other_terms = terms.iter().map(|term| term.to_string()).collect();
        service
    }

    /// The ids each tier of a kind lets through, tier by tier.
    fn tiers_of(kind: &Kind, services: &[Service]) -> Vec<Vec<String>> {
        kind.tiers()
            .iter()
            .map(|tier| services.iter().filter(|service| tier(service)).map(|service| service.id.clone()).collect())
            .collect()
    }

    fn request(topic: flows::Topic, practical: Vec<flows::Practical>, start_group: bool) -> flows::SearchRequest {
        flows::SearchRequest {
            text: String::new(),
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
        }
    }

    #[test]
    fn practical_help_for_the_need_first_then_other_practical_help_and_never_a_group() {
        let services = [
            service("knit", &["Knitting"]),
            service("advice", &["Practical help", "Money and benefits"]),
            service("food-bank", &["practical help", "Food"]),
        ];
        let kind = kind_of(&request(flows::Topic::Practical, vec![flows::Practical::Food], false));
        assert_eq!(tiers_of(&kind, &services), vec![vec!["food-bank"], vec!["advice", "food-bank"]]);
        let groups = kind_of(&request(flows::Topic::Activity, Vec::new(), false));
        assert_eq!(tiers_of(&groups, &services), vec![vec!["knit"], Vec::<&str>::new()]);
    }

    #[test]
    fn starting_a_group_puts_its_help_before_other_volunteering() {
        let services = [
            service("garden-volunteers", &["Volunteering"]),
            service("grants", &["Starting a group", "Volunteering"]),
            service("walk", &[]),
        ];
        let start = kind_of(&request(flows::Topic::Volunteer, Vec::new(), true));
        assert_eq!(tiers_of(&start, &services), vec![vec!["grants"], vec!["garden-volunteers", "grants"]]);
        let help = kind_of(&request(flows::Topic::Volunteer, Vec::new(), false));
        assert_eq!(tiers_of(&help, &services)[0], vec!["garden-volunteers", "grants"]);
        let groups = kind_of(&request(flows::Topic::Activity, Vec::new(), false));
        assert_eq!(tiers_of(&groups, &services), vec![vec!["walk"], vec!["garden-volunteers"]]);
    }
}
