//! `frontdoor directory`: import, export, check and search the community directory.

use crate::config::Config;
use crate::pipeline::Understand;
use crate::search::{Ask, DirectorySearch, Found, Kind};
use crate::store::directory::{self as stored, NewService, Upserted};
use crate::store::{self, Store};
use crate::understanding::{self, Understanding};
use anyhow::{bail, Context, Result};
use directory::batch::{Dating, SeenIds};
use directory::calendar::{Date, Timestamp};
use directory::labelled::{self, LabelledQuery};
use directory::model::{CheckedBy, Service};
use directory::oruk::{self, ParsedFeed, Problem};
use directory::{csv, export, rank};
use indicatif::{ProgressBar, ProgressStyle};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;

mod measure;

/// The directory subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum DirectoryCommand {
    /// Import Open Referral UK JSON (v1 or v3; a service, a page, or every page of a feed URL)
    /// or the CSV template. Re-importing updates by id; unchanged records are left alone.
    Import {
        /// Files or http(s) URLs; a URL of a paginated /services feed is followed to its last page.
        #[arg(required = true)]
        sources: Vec<String>,
        /// Only import when the directory is empty (for first-run set-up scripts).
        #[arg(long)]
        if_empty: bool,
    },
    /// Write the whole directory as Open Referral UK v3 JSON (one page, or --page-size pages).
    Export {
        /// Services per page.
        #[arg(long, default_value_t = 1000)]
        page_size: usize,
        /// Write here instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// List records not verified for a while, and what residents reported about listings.
    Stale {
        /// How many months without verification makes a record stale (default: the search's own
        /// cut-off, FRONTDOOR_STALE_MONTHS, 6 unless set).
        #[arg(long)]
        months: Option<u32>,
    },
    /// Search as the bot would for a resident's words.
    Search {
        /// The person's words.
        words: String,
        /// A place (town, ward, postcode or district) to search near.
        #[arg(long)]
        near: Option<String>,
        /// The person's age; groups whose age limits exclude them are never shown.
        #[arg(long)]
        age: Option<u8>,
        /// Search as for a young person's school cohort.
        #[arg(long)]
        youth: bool,
        /// Print the results with their fields and scores as JSON.
        #[arg(long)]
        json: bool,
        /// Search as at this moment (RFC 3339) instead of now.
        #[arg(long, value_parser = parse_moment)]
        at: Option<Timestamp>,
    },
    /// Score the search on labelled queries (JSON Lines, as tests/directory/queries.jsonl):
    /// top-3 precision with the labelled tags, and with the classifier's own tags and place.
    Eval {
        /// The labelled queries.
        queries: PathBuf,
        /// Search as at this moment (RFC 3339), so that staleness and "meets soon" are fixed.
        #[arg(long, value_parser = parse_moment)]
        at: Option<Timestamp>,
        /// List every query that scored below 1, with what was suggested.
        #[arg(long)]
        verbose: bool,
        /// Ask every query with its good answers left out, as if they had closed: the right
        /// answer is then nothing, so this measures how often the search says so rather than
        /// offering something off the point.
        #[arg(long)]
        without_good_answers: bool,
    },
    /// Time searches over the imported directory: p50 and p99 per search, with and without the
    /// query's embedding.
    Bench {
        /// The queries to run (JSON Lines, as tests/directory/queries.jsonl).
        queries: PathBuf,
        /// How many times to run every query.
        #[arg(long, default_value_t = 20)]
        repeat: usize,
    },
}

/// Reads `--at`.
fn parse_moment(text: &str) -> Result<Timestamp, String> {
    Timestamp::parse(text).ok_or_else(|| format!("{text:?} is not an RFC 3339 date-time"))
}

/// Runs a directory subcommand.
pub async fn run(command: DirectoryCommand, config: &Config) -> Result<()> {
    let store = Store::open(&config.database_url).await?;
    match command {
        DirectoryCommand::Import { sources, if_empty } => import(&store, config, &sources, if_empty).await,
        DirectoryCommand::Export { page_size, out } => export_all(&store, page_size, out).await,
        DirectoryCommand::Stale { months } => stale(&store, months.unwrap_or(config.stale_months)).await,
        DirectoryCommand::Search { words, near, age, youth, json, at } => {
            let search = DirectorySearch::new(store, understanding::load(config).await?, config)?;
            if let Some(near) = &near {
                refuse_unclear_place(&search, near).await?;
            }
            let meaning = search.understanding().understand(words.clone(), Vec::new()).await?;
            let need = flows::first_need(&words, &meaning);
            let place = search.place_in(&words, near.or(meaning.place)).await?;
            // Searched as a conversation that opens with these words would search.
            let ask = Ask {
                kind: Kind::for_need(&need),
                text: flows::search_words(&need),
                said: Some(flows::own_words(&need)),
                tags: need.tags.clone(),
                place,
                age: age.or(need.age),
                youth,
                limit: rank::MAX_SUGGESTIONS,
                at,
                ..Ask::default()
            };
            let found = search.find(&ask).await?;
            print_found(&found, search.unmet(&ask, &found).as_deref(), json)
        }
        DirectoryCommand::Eval { queries, at, verbose, without_good_answers } => {
            let search = DirectorySearch::new(store, understanding::load(config).await?, config)?;
            let mut queries = read_queries(&queries)?;
            if without_good_answers {
                queries.iter_mut().for_each(LabelledQuery::leave_out_good_answers);
            }
            measure::evaluate(&search, &queries, at, verbose).await
        }
        DirectoryCommand::Bench { queries, repeat } => {
            let search = DirectorySearch::new(store, understanding::load(config).await?, config)?;
            measure::bench(&search, &read_queries(&queries)?, repeat.max(1)).await
        }
    }
}

/// `--near` with a name of several places ("Newport") that the directory's venues do not settle
/// is refused with the places it may be, and one on no map ("Govanhill" before a council adds
/// it to its places) is refused with how to say it otherwise, so the search is never made near a
/// guess, nor silently across the country.
async fn refuse_unclear_place(search: &DirectorySearch, near: &str) -> Result<()> {
    let understanding = search.understanding();
    let choices = understanding.place_choices(near);
    match choices.first() {
        Some(_) if search.settle_place(near).await?.is_some() => Ok(()),
        Some(first) => anyhow::bail!("{near:?} is more than one place ({}); say which, as in --near {first:?}", choices.join("; ")),
        None if understanding.resolve_place(near).is_none() && search.settle_place(near).await?.is_none() => anyhow::bail!(
            "{near:?} is on no map Front Door has; give its postcode district (\"G42\") or a town near it, or add it to content/places/places.csv"
        ),
        None => Ok(()),
    }
}

/// Reads a labelled queries file.
fn read_queries(path: &std::path::Path) -> Result<Vec<LabelledQuery>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    labelled::parse_queries(&text).with_context(|| format!("in {}", path.display()))
}

/// Counts for the import summary.
#[derive(Debug, Default)]
struct Tally {
    added: usize,
    updated: usize,
    unchanged: usize,
    problems: Vec<(String, Problem)>,
    unreadable: Vec<String>,
    /// Ids read so far in this import: a repeat is counted once and reported.
    seen: SeenIds,
    /// How the records were dated, to say when a feed gives no verified dates.
    dating: Dating,
}

/// One document read from a source.
struct Document {
    /// Where it came from, for problem reports.
    source: String,
    /// What was in it.
    feed: ParsedFeed,
}

async fn import(store: &Store, config: &Config, sources: &[String], if_empty: bool) -> Result<()> {
    let mut conn = store.reader().await?;
    if if_empty && stored::version(&mut conn).await?.0 > 0 {
        println!("The directory already has services; nothing imported.");
        return Ok(());
    }
    drop(conn);
    let understanding = understanding::load(config).await?;
    let mut tally = Tally::default();
    let today = Timestamp(store::now_ms() / 1000).date();
    for source in sources {
        match read_source(source).await {
            Ok(documents) => {
                for document in documents {
                    import_document(store, &understanding, document, today, &mut tally).await?;
                }
            }
            Err(error) => tally.unreadable.push(format!("{source}: {error:#}")),
        }
    }
    print_summary(&tally);
    if !tally.unreadable.is_empty() {
        bail!("{} source(s) could not be read at all", tally.unreadable.len());
    }
    Ok(())
}

/// Reads a file, or a URL and the pages that follow it.
async fn read_source(source: &str) -> Result<Vec<Document>> {
    if source.starts_with("http://") || source.starts_with("https://") {
        return read_feed_pages(source).await;
    }
    let text = std::fs::read_to_string(source).with_context(|| format!("cannot read {source}"))?;
    let feed = if source.to_ascii_lowercase().ends_with(".csv") {
        let parsed = csv::parse_csv(&text)?;
        ParsedFeed { shape: oruk::FeedShape::ServiceArray, paging: None, services: parsed.services, problems: parsed.problems }
    } else {
        oruk::parse_feed(&text)?
    };
    Ok(vec![Document { source: source.to_string(), feed }])
}

/// The most pages followed from one URL, so a feed that never says "last" cannot run forever.
const MAX_PAGES: u32 = 10_000;

/// Fetches a feed page by page until its last page.
async fn read_feed_pages(first_url: &str) -> Result<Vec<Document>> {
    let client = reqwest::Client::builder().timeout(std::time::Duration::from_secs(60)).build()?;
    let mut documents = Vec::new();
    let mut url = reqwest::Url::parse(first_url)?;
    let mut first_number = None;
    for _ in 0..MAX_PAGES {
        let response = client.get(url.clone()).send().await?.error_for_status()?;
        let feed = oruk::parse_feed(&response.text().await?)?;
        let next = feed.paging.filter(|paging| paging.has_more(*first_number.get_or_insert(paging.number)));
        documents.push(Document { source: url.to_string(), feed });
        let Some(paging) = next else {
            return Ok(documents);
        };
        url = with_page(&url, paging.next_number());
    }
    bail!("{first_url} has more than {MAX_PAGES} pages")
}

/// The URL with its `page` parameter set, every other parameter kept.
fn with_page(url: &reqwest::Url, page: u32) -> reqwest::Url {
    let kept: Vec<(String, String)> =
        url.query_pairs().filter(|(key, _)| key != "page").map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
    let mut next = url.clone();
    next.query_pairs_mut().clear().extend_pairs(kept).append_pair("page", &page.to_string());
    next
}

/// Embeds and saves the new and changed services of one document. The fingerprint is taken
/// of the record as the publisher wrote it, before the import dates it, so an unchanged record
/// is recognised whatever day it was first imported.
async fn import_document(
    store: &Store,
    understanding: &Arc<Understanding>,
    document: Document,
    today: Date,
    tally: &mut Tally,
) -> Result<()> {
    tally.problems.extend(document.feed.problems.into_iter().map(|problem| (document.source.clone(), problem)));
    let progress = progress_bar(document.feed.services.len(), &document.source);
    let mut conn = store.reader().await?;
    let mut changed = Vec::new();
    for service in document.feed.services {
        if !tally.seen.first_time(&service.id) {
            progress.inc(1);
            continue;
        }
        tally.dating.count(&service);
        let record = serde_json::to_string(&service)?;
        let fingerprint = hex::encode(Sha256::digest(record.as_bytes()));
        match stored::fingerprint_of(&mut conn, &service.id).await? {
            Some(known) if known == fingerprint => {
                stored::touch(&mut conn, &service.id).await?;
                tally.unchanged += 1;
                progress.inc(1);
            }
            known => {
                let kind = if known.is_some() { Upserted::Updated } else { Upserted::Added };
                let dated = Service { first_imported: Some(first_imported(&mut conn, &service.id, today).await?), ..service };
                changed.push((dated, fingerprint, kind));
            }
        }
    }
    for batch in changed.chunks_mut(EMBED_BATCH) {
        tag_from_words(understanding, batch.iter_mut().map(|(service, ..)| service)).await?;
        let texts = batch.iter().map(|(service, ..)| service.search_text()).collect();
        let embeddings = understanding.embed(texts).await?;
        for ((service, fingerprint, kind), embedding) in batch.iter().zip(embeddings) {
            let record = serde_json::to_string(service)?;
            let new = NewService { id: &service.id, record: &record, embedding: &embedding, fingerprint, source: &document.source };
            stored::save(&mut conn, &new).await?;
            match kind {
                Upserted::Added => tally.added += 1,
                Upserted::Updated => tally.updated += 1,
            }
            progress.inc(1);
        }
    }
    progress.finish_and_clear();
    Ok(())
}

/// Gives the records that carry no Front Door tags (most council feeds) the tags their own words
/// show, read by the same classifier as a resident's message (one batch at a time, so the model
/// reads them together), so the search can tell a walking group from a craft group in any feed,
/// not only in one tagged for Front Door.
async fn tag_from_words<'a>(understanding: &Understanding, services: impl Iterator<Item = &'a mut Service>) -> Result<()> {
    let untagged: Vec<&mut Service> = services.filter(|service| service.tags.is_empty()).collect();
    let readings = untagged.iter().map(|service| understanding.understand(service.search_text(), Vec::new()));
    let meanings = futures::future::try_join_all(readings).await?;
    for (service, meaning) in untagged.into_iter().zip(meanings) {
        service.tags = meaning.tags.into_iter().filter(|tag| *tag != nlp::Tag::NonEnglish).collect();
        service.tags_from_words = !service.tags.is_empty();
    }
    Ok(())
}

/// The day a record was first imported: kept from the stored record when it has one, else
/// `today`, the day of this import.
async fn first_imported(conn: &mut sqlx::AnyConnection, id: &str, today: Date) -> Result<Date> {
    let stored = stored::record_of(conn, id).await?;
    let earlier = stored.and_then(|record| serde_json::from_str::<Service>(&record).ok()).and_then(|service| service.first_imported);
    Ok(earlier.unwrap_or(today))
}

/// Services embedded in one call to the model.
const EMBED_BATCH: usize = 32;

/// A progress bar on a terminal for imports big enough to wait for; hidden otherwise.
fn progress_bar(total: usize, source: &str) -> ProgressBar {
    if total < 50 || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total as u64);
    let style = ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} services ({eta} left)")
        .expect("the template is valid")
        .progress_chars("=> ");
    bar.set_style(style);
    bar.set_message(source.to_string());
    bar
}

fn print_summary(tally: &Tally) {
    println!(
        "Imported: {} added, {} updated, {} unchanged, {} with problems.",
        tally.added,
        tally.updated,
        tally.unchanged,
        tally.problems.len()
    );
    for (source, problem) in &tally.problems {
        println!("  problem in {source}: {problem}");
    }
    print_repeats(&tally.seen);
    if let Some(line) = tally.dating.summary() {
        println!("{line}");
    }
    for failure in &tally.unreadable {
        println!("  could not read {failure}");
    }
}

/// The most repeated ids listed one by one; the count covers the rest.
const REPEATS_LISTED: usize = 20;

/// Says how many records repeated an id already read, and which ids.
fn print_repeats(seen: &SeenIds) {
    if seen.repeats() == 0 {
        return;
    }
    println!(
        "Repeated ids: {} record(s) repeat an id already read in this import; each id is imported once, from its first record.",
        seen.repeats()
    );
    let repeated = seen.repeated();
    for (id, count) in repeated.iter().take(REPEATS_LISTED) {
        println!("  repeated id {id}: {count} records");
    }
    if repeated.len() > REPEATS_LISTED {
        println!("  and {} more repeated ids", repeated.len() - REPEATS_LISTED);
    }
}

async fn export_all(store: &Store, page_size: usize, out: Option<PathBuf>) -> Result<()> {
    let services = load_services(store).await?;
    let pages = export::services_pages(&services, page_size.max(1));
    let json = if pages.len() == 1 { serde_json::to_string_pretty(&pages[0])? } else { serde_json::to_string_pretty(&pages)? };
    match out {
        Some(path) => std::fs::write(&path, json).with_context(|| format!("cannot write {}", path.display()))?,
        None => println!("{json}"),
    }
    Ok(())
}

async fn load_services(store: &Store) -> Result<Vec<Service>> {
    let mut conn = store.reader().await?;
    stored::all(&mut conn).await?.iter().map(|row| serde_json::from_str(&row.record).context("a stored service is unreadable")).collect()
}

async fn stale(store: &Store, months: u32) -> Result<()> {
    let today = Timestamp(store::now_ms() / 1000).date();
    let services = load_services(store).await?;
    let names: BTreeMap<&str, &str> = services.iter().map(|s| (s.id.as_str(), s.name.as_str())).collect();
    let stale: Vec<&Service> = services.iter().filter(|service| service.is_stale(today, months)).collect();
    let undated = services.iter().filter(|service| !matches!(service.checked(), Some((_, CheckedBy::Verified)))).count();
    if undated > 0 {
        println!("No verified date in the feed for {undated} record(s): they are judged by last_modified, else the day first imported.");
    }
    println!("Not verified for {months} months or more: {}", stale.len());
    for service in stale {
        println!("  {}  {}  ({})", service.id, service.name, checked_phrase(service));
    }
    let mut conn = store.reader().await?;
    let reports = stored::reports(&mut conn).await?;
    println!("Reported by residents as stopped or changed: {}", reports.len());
    for report in reports {
        let name = names.get(report.service_id.as_str()).copied().unwrap_or("(not in the directory)");
        let day = Timestamp(report.at / 1000).date();
        println!("  {}  {name}  on {day}: {}", report.service_id, report.note);
    }
    Ok(())
}

/// "last checked 2026-01-05", saying which date it is when the feed gave no verified one.
fn checked_phrase(service: &Service) -> String {
    match service.checked() {
        Some((date, CheckedBy::Verified)) => format!("last checked {date}"),
        Some((date, CheckedBy::Modified)) => format!("last checked {date}, by last_modified: no verified date"),
        Some((date, CheckedBy::FirstImported)) => format!("no date in the feed; first imported {date}"),
        None => "never checked".to_string(),
    }
}

fn print_found(found: &[Found], unmet: Option<&str>, json: bool) -> Result<()> {
    if json {
        println!("{}", serde_json::to_string_pretty(found)?);
        return Ok(());
    }
    if let Some(unmet) = unmet {
        println!("Nothing of the kind asked for ({unmet}) was found; any below are other ideas.");
    }
    if found.is_empty() {
        println!("Nothing in the directory fits.");
    }
    for (number, result) in found.iter().enumerate() {
        println!("{}. {} ({})  [{}]", number + 1, result.service.name, result.reason, result.service.id);
    }
    if (1..rank::MAX_SUGGESTIONS).contains(&found.len()) {
        println!(
            "Only {} fit what was asked well; a weaker match, further away or on another topic, is not offered to make up three.",
            found.len()
        );
    }
    Ok(())
}
