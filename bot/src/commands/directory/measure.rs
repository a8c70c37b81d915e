//! `frontdoor directory eval` and `directory bench`: how good and how fast the search is, measured
//! through the same [`DirectorySearch`] the flows use, so the figures describe what residents get.

use crate::pipeline::Understand;
use crate::search::{Ask, DirectorySearch, Found, Kind};
use anyhow::Result;
use directory::calendar::Timestamp;
use directory::labelled::{self, LabelledQuery};
use directory::rank::MAX_SUGGESTIONS;
use std::time::Instant;

/// The search a labelled query asks for, with the given tags and place, and the kind of help,
/// age and search words the flows read from its words (`need`).
fn ask_for(labelled: &LabelledQuery, need: &flows::Need, tags: Vec<nlp::Tag>, place: String, at: Option<Timestamp>) -> Ask {
    // The words a conversation searches with: its interests named in words, and the person's.
    let searched = flows::Need { tags: tags.clone(), ..need.clone() };
    Ask {
        kind: Kind::for_need(need),
        text: flows::search_words(&searched),
        said: Some(flows::own_words(&searched)),
        tags,
        place: Some(place),
        age: labelled.age.or(need.age),
        youth: labelled.youth,
        limit: MAX_SUGGESTIONS,
        exclude: labelled.left_out.clone(),
        at,
        ..Ask::default()
    }
}

/// Precision over all queries, and the queries that missed, for one way of asking.
#[derive(Default)]
struct Scorecard {
    /// One precision per query ([`LabelledQuery::precision`]).
    precisions: Vec<f64>,
    /// The same, as the blind sets' writers scored it ([`LabelledQuery::precision_if_nothing_fails`]).
    writers_precisions: Vec<f64>,
    /// Whether each query had a good answer to give.
    answerable: Vec<bool>,
    /// "q07 0.33: A, B, C" for each query below 1.
    misses: Vec<String>,
    /// Suggestions made.
    shown: usize,
    /// How many of them were further than [`FAR_MILES`].
    far: usize,
}

/// Further than this is a long trip for a weekly group: such suggestions are counted, since
/// they should be rare when nearer ones exist.
const FAR_MILES: f64 = 10.0;

impl Scorecard {
    fn add(&mut self, labelled: &LabelledQuery, found: &[Found]) {
        let ids = || found.iter().map(|result| result.service.id.as_str());
        let precision = labelled.precision(ids());
        if precision < 1.0 {
            let names: Vec<&str> = found.iter().map(|result| result.service.name.as_str()).collect();
            self.misses.push(format!("{} {precision:.2} {:?}: {}", labelled.id, labelled.text, names.join(", ")));
        }
        self.precisions.push(precision);
        self.writers_precisions.push(labelled.precision_if_nothing_fails(ids()));
        self.answerable.push(labelled.is_answerable());
        self.shown += found.len();
        self.far += found.iter().filter(|result| result.miles.is_some_and(|miles| miles > FAR_MILES)).count();
    }

    fn report(&self, title: &str) {
        let count = self.precisions.len();
        let (answerable, unanswerable) = self.split_by_answerable();
        println!(
            "  {title:<29} {:.3}, a good answer for {:.3} ({} suggestions, {} more than {FAR_MILES} miles away)",
            labelled::mean(&self.precisions),
            share_above_zero(&self.precisions),
            self.shown,
            self.far
        );
        println!(
            "    {} with a good answer to give: {:.3}, a good answer for {:.3}; {} with none: nothing offered for {}",
            answerable.len(),
            labelled::mean(&answerable),
            share_above_zero(&answerable),
            unanswerable.len(),
            unanswerable.iter().filter(|precision| **precision > 0.0).count()
        );
        println!(
            "    as the blind sets' writers score it (nothing offered scores 0 for all {count}): {:.3}, a good answer for {:.3}",
            labelled::mean(&self.writers_precisions),
            share_above_zero(&self.writers_precisions)
        );
    }

    /// The precisions of the queries that had a good answer to give, and of those that did not.
    fn split_by_answerable(&self) -> (Vec<f64>, Vec<f64>) {
        let (answerable, unanswerable): (Vec<_>, Vec<_>) =
            self.precisions.iter().zip(&self.answerable).partition(|(_, answerable)| **answerable);
        let values = |pairs: Vec<(&f64, &bool)>| pairs.into_iter().map(|(precision, _)| *precision).collect();
        (values(answerable), values(unanswerable))
    }
}

/// The share of queries scoring above 0: those with a good answer among their suggestions (or,
/// for one with no good answer to give, nothing offered).
fn share_above_zero(precisions: &[f64]) -> f64 {
    let answered = precisions.iter().filter(|precision| **precision > 0.0).count();
    answered as f64 / precisions.len().max(1) as f64
}

/// The labelled places neither the gazetteer nor the directory's venues settle, on no map or of
/// several places: their queries are searched with no place (the flows would ask which, then
/// go on without one), so their suggestions may come from anywhere and the figures say so.
async fn places_not_settled(search: &DirectorySearch, queries: &[LabelledQuery]) -> Result<String> {
    let understanding = search.understanding();
    let mut unsettled: Vec<&str> = Vec::new();
    for near in queries.iter().map(|q| q.near.as_str()).filter(|near| !near.is_empty()) {
        if understanding.resolve_place(near).is_none() && search.settle_place(near).await?.is_none() {
            unsettled.push(near);
        }
    }
    if unsettled.is_empty() {
        return Ok("  every labelled place is on the map".to_owned());
    }
    let (several, unknown): (Vec<&str>, Vec<&str>) = unsettled.iter().partition(|near| !understanding.place_choices(near).is_empty());
    let names = |mut places: Vec<&str>| {
        places.sort_unstable();
        places.dedup();
        if places.is_empty() {
            "none".to_owned()
        } else {
            places.join(", ")
        }
    };
    Ok(format!(
        "  {} queries searched without a place: on no map {}; of several places {}",
        unsettled.len(),
        names(unknown),
        names(several)
    ))
}

/// Runs every query twice, once with its labelled tags and place and once with what the
/// classifier reads from the words (its place when it, or the directory's venues, find one in
/// them, as in a chat; otherwise the labelled place, as the flows would ask where), and prints
/// both top-3 precisions.
pub async fn evaluate(search: &DirectorySearch, queries: &[LabelledQuery], at: Option<Timestamp>, verbose: bool) -> Result<()> {
    let (mut labelled_card, mut classifier_card) = (Scorecard::default(), Scorecard::default());
    let mut places_read = 0;
    for labelled in queries {
        let meaning = search.understanding().understand(labelled.text.clone(), Vec::new()).await?;
        let need = flows::first_need(&labelled.text, &meaning);
        let ask = ask_for(labelled, &need, labelled.tag_values()?, labelled.near.clone(), at);
        labelled_card.add(labelled, &search.find(&ask).await?);
        let read = search.place_in(&labelled.text, meaning.place.clone()).await?;
        places_read += usize::from(read.is_some());
        let place = read.unwrap_or_else(|| labelled.near.clone());
        classifier_card.add(labelled, &search.find(&ask_for(labelled, &need, meaning.tags, place, at)).await?);
    }
    let count = queries.len();
    println!("Top-3 precision, and the share of queries with a good answer in the top three, over {count} labelled queries:");
    labelled_card.report("labelled tags and places:");
    classifier_card.report("classifier's tags and places:");
    println!("  the classifier found the place in {places_read} of {count}");
    println!("{}", places_not_settled(search, queries).await?);
    if verbose {
        for (title, card) in [("labelled", &labelled_card), ("classifier", &classifier_card)] {
            for miss in &card.misses {
                println!("  {title} miss {miss}");
            }
        }
    }
    Ok(())
}

/// Times every query `repeat` times, split into the query's embedding and the pass over the
/// directory, and prints p50 and p99 of each and of their sum.
pub async fn bench(search: &DirectorySearch, queries: &[LabelledQuery], repeat: usize) -> Result<()> {
    let asks: Vec<Ask> = queries
        .iter()
        .map(|labelled| {
            let need = flows::Need { text: labelled.text.clone(), ..flows::Need::default() };
            Ok(ask_for(labelled, &need, labelled.tag_values()?, labelled.near.clone(), None))
        })
        .collect::<Result<_>>()?;
    let Some(first) = asks.first() else {
        anyhow::bail!("no queries to time");
    };
    search.find(first).await?;
    let (mut embedding_ms, mut ranking_ms, mut total_ms) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..repeat {
        for ask in &asks {
            let started = Instant::now();
            let embedding = search.embed_query(&ask.text).await?;
            let embedded = Instant::now();
            search.find_embedded(ask, &embedding).await?;
            let done = Instant::now();
            embedding_ms.push(millis(embedded - started));
            ranking_ms.push(millis(done - embedded));
            total_ms.push(millis(done - started));
        }
    }
    let services = search.size().await;
    println!("{} searches over {services} services:", total_ms.len());
    for (title, times) in [("directory pass", &mut ranking_ms), ("query embedding", &mut embedding_ms), ("whole search", &mut total_ms)] {
        println!("  {title:<16} p50 {:.2} ms, p99 {:.2} ms", percentile(times, 0.50), percentile(times, 0.99));
    }
    println!(
        "timings: services={services} searches={} rank_p50_ms={:.3} rank_p99_ms={:.3} total_p50_ms={:.3} total_p99_ms={:.3}",
        total_ms.len(),
        percentile(&mut ranking_ms, 0.50),
        percentile(&mut ranking_ms, 0.99),
        percentile(&mut total_ms, 0.50),
        percentile(&mut total_ms, 0.99)
    );
    Ok(())
}

fn millis(duration: std::time::Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// The nearest-rank percentile (`share` from 0 to 1) of some timings; 0 for none.
fn percentile(times: &mut [f64], share: f64) -> f64 {
    if times.is_empty() {
        return 0.0;
    }
    times.sort_by(f64::total_cmp);
    let rank = (share * times.len() as f64).ceil() as usize;
    times[rank.clamp(1, times.len()) - 1]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_are_nearest_rank() {
        let mut times: Vec<f64> = (1..=100).map(f64::from).collect();
        times.reverse();
        assert_eq!(percentile(&mut times, 0.50), 50.0);
        assert_eq!(percentile(&mut times, 0.99), 99.0);
        assert_eq!(percentile(&mut [7.0], 0.99), 7.0);
        assert_eq!(percentile(&mut [], 0.5), 0.0);
    }
}
