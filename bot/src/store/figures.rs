//! Anonymous figures: outcomes and listing reports, kept without any link to a person so they
//! survive erasure and can be shared with commissioners.

use super::now_ms;
use super::people::PersonId;
use anyhow::Result;
use sqlx::{AnyConnection, Row};

/// Records an outcome ("went", "didnt_go", "more_ideas", ...) with the cohort, if any.
pub async fn record_outcome(conn: &mut AnyConnection, outcome: &str, cohort: Option<&str>) -> Result<()> {
    sqlx::query("INSERT INTO outcomes (outcome, cohort, at) VALUES ($1, $2, $3)")
        .bind(outcome)
        .bind(cohort)
        .bind(now_ms())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Records a resident's word that a listing has stopped or changed, for `directory stale`; it
/// names them, so it is erased with them.
pub async fn report_listing(conn: &mut AnyConnection, person_id: &PersonId, service_id: &str, note: &str) -> Result<()> {
    sqlx::query("INSERT INTO listing_reports (service_id, note, at, person_id) VALUES ($1, $2, $3, $4)")
        .bind(service_id)
        .bind(note)
        .bind(now_ms())
        .bind(person_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Records what a fresh search asked for: its labels only (never the person's words, place or
/// id), the cohort, and how many suggestions it found.
pub async fn record_ask(conn: &mut AnyConnection, tags: &[nlp::Tag], cohort: Option<&str>, area: Option<&str>, found: usize) -> Result<()> {
    let labels: Vec<&str> = tags.iter().map(|tag| tag.id()).collect();
    sqlx::query("INSERT INTO asks (tags, cohort, area, found, at) VALUES ($1, $2, $3, $4, $5)")
        .bind(labels.join(","))
        .bind(cohort)
        .bind(area)
        .bind(i64::try_from(found).unwrap_or(i64::MAX))
        .bind(now_ms())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The figures a commissioner reads for a period: what was asked for, what came of it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Summary {
    /// Fresh searches made.
    pub searches: i64,
    /// Searches that found nothing: gaps in the directory.
    pub found_nothing: i64,
    /// How often each label was asked for, most asked first.
    pub asked_for: Vec<(String, i64)>,
    /// How often each outcome was recorded, most common first (check-ins and navigators').
    pub outcomes: Vec<(String, i64)>,
    /// Searches by young people who joined through a school.
    pub school_searches: i64,
    /// Residents' reports that a listing has stopped or changed.
    pub listing_reports: i64,
    /// How often each label was asked for in searches that found nothing: the gaps in
    /// provision, most asked first.
    pub nothing_found_for: Vec<(String, i64)>,
    /// Searches month by month, oldest first.
    pub by_month: Vec<Month>,
    /// Searches by the council area of the place they were made near, most first.
    pub searches_by_area: Vec<(String, i64)>,
    /// Searches that found nothing, by area: where the gaps in provision are.
    pub nothing_found_by_area: Vec<(String, i64)>,
    /// Searches by school cohort (the code young people joined with), most first.
    pub searches_by_cohort: Vec<(String, i64)>,
    /// People who first got in touch, by the channel they came on, most first.
    pub started_by_channel: Vec<(String, i64)>,
    /// People who first got in touch, by school cohort ("no school code" for the rest).
    pub started_by_cohort: Vec<(String, i64)>,
    /// People who first got in touch, month by month (UTC), oldest first.
    pub started_by_month: Vec<(String, i64)>,
    /// Chats handed to navigators, by why.
    pub handoffs: Vec<HandoffFigures>,
    /// Answers to the optional feedback question ("since you got in touch, do you feel more
    /// connected?"): `more`, `same` and `less`, in that order, each with its count.
    pub feeling_connected: Vec<(String, i64)>,
}

/// How a search with no known area is shown.
const NO_AREA: &str = "not known";
/// How searches by people without a school code are shown.
const NO_COHORT: &str = "no school code";

/// The outcome ids the feedback question's answers are kept under, and their names here.
const FEEDBACK_ANSWERS: [(&str, &str); 3] = [("connected_more", "more"), ("connected_same", "same"), ("connected_less", "less")];

/// The handoffs of one kind: how many, how many a navigator picked up, and how long the
/// middle one of those waited, so a commissioner sees whether people are answered in time.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct HandoffFigures {
    /// `crisis_reply` (signs of danger: the urgent reply was sent), `gentle_check` (only the
    /// model read distress), `asked_for_a_person` (asked, or the need was complex).
    pub kind: String,
    /// Handed off in the period.
    pub count: i64,
    /// Of them, picked up by a navigator.
    pub picked_up: i64,
    /// The median wait until picked up, in whole minutes; none when none was.
    pub median_wait_minutes: Option<i64>,
}

/// One calendar month's searches (UTC).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Month {
    /// `YYYY-MM`.
    pub month: String,
    /// Fresh searches made.
    pub searches: i64,
    /// Of them, those that found nothing.
    pub found_nothing: i64,
    /// Of them, those by young people through a school.
    pub school_searches: i64,
}

/// The figures since `since` (Unix ms).
pub async fn summary(conn: &mut AnyConnection, since: i64) -> Result<Summary> {
    let (searches, found_nothing, school_searches): (i64, i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN found = 0 THEN 1 ELSE 0 END), 0), \
         COALESCE(SUM(CASE WHEN cohort IS NULL THEN 0 ELSE 1 END), 0) FROM asks WHERE at >= $1",
    )
    .bind(since)
    .fetch_one(&mut *conn)
    .await?;
    let asks: Vec<Ask> = sqlx::query_as("SELECT tags, found, cohort, at, area FROM asks WHERE at >= $1 ORDER BY at")
        .bind(since)
        .fetch_all(&mut *conn)
        .await?;
    let outcomes: Vec<(String, i64)> =
        sqlx::query_as("SELECT outcome, COUNT(*) FROM outcomes WHERE at >= $1 GROUP BY outcome").bind(since).fetch_all(&mut *conn).await?;
    let reports: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM listing_reports WHERE at >= $1").bind(since).fetch_one(&mut *conn).await?;
    Ok(Summary {
        searches,
        found_nothing,
        school_searches,
        asked_for: most_first(asks.iter().flat_map(Ask::labels)),
        nothing_found_for: most_first(asks.iter().filter(|ask| ask.found == 0).flat_map(Ask::labels)),
        searches_by_area: most_first(asks.iter().map(Ask::area_name)),
        nothing_found_by_area: most_first(asks.iter().filter(|ask| ask.found == 0).map(Ask::area_name)),
        searches_by_cohort: most_first(asks.iter().map(Ask::cohort_name)),
        by_month: by_month(&asks),
        outcomes: most_first_counted(outcomes.iter().filter(|(outcome, _)| !is_feedback(outcome)).cloned()),
        feeling_connected: feeling_connected(&outcomes),
        listing_reports: reports,
        started_by_channel: started_by_channel(conn, since).await?,
        started_by_month: started_by_month(conn, since).await?,
        started_by_cohort: started_by_cohort(conn, since).await?,
        handoffs: handoffs(conn, since).await?,
    })
}

fn is_feedback(outcome: &str) -> bool {
    FEEDBACK_ANSWERS.iter().any(|(id, _)| *id == outcome)
}

/// How the feedback question's answers fall, every answer listed (with 0 when none gave it).
fn feeling_connected(outcomes: &[(String, i64)]) -> Vec<(String, i64)> {
    FEEDBACK_ANSWERS
        .iter()
        .map(|(id, name)| {
            let count = outcomes.iter().find(|(outcome, _)| outcome == id).map_or(0, |(_, count)| *count);
            (name.to_string(), count)
        })
        .collect()
}

/// People whose first message came in the period, by the channel of their first address.
async fn started_by_channel(conn: &mut AnyConnection, since: i64) -> Result<Vec<(String, i64)>> {
    let rows = sqlx::query(
        "SELECT MIN(a.channel) FROM people p JOIN addresses a ON a.person_id = p.id \
         WHERE p.created_at >= $1 GROUP BY p.id",
    )
    .bind(since)
    .fetch_all(&mut *conn)
    .await?;
    Ok(most_first(rows.iter().map(|row| row.get::<String, _>(0))))
}

/// People whose first message came in the period, by the school cohort they are in now, most
/// first: how many young people each school's code brought.
async fn started_by_cohort(conn: &mut AnyConnection, since: i64) -> Result<Vec<(String, i64)>> {
    let rows = sqlx::query("SELECT cohort FROM people WHERE created_at >= $1").bind(since).fetch_all(&mut *conn).await?;
    Ok(most_first(rows.iter().map(|row| row.get::<Option<String>, _>(0).unwrap_or_else(|| NO_COHORT.to_string()))))
}

/// People whose first message came in the period, by month, oldest first.
async fn started_by_month(conn: &mut AnyConnection, since: i64) -> Result<Vec<(String, i64)>> {
    let rows =
        sqlx::query("SELECT created_at FROM people WHERE created_at >= $1 ORDER BY created_at").bind(since).fetch_all(&mut *conn).await?;
    let mut months: Vec<(String, i64)> = Vec::new();
    for at in rows.iter().map(|row| row.get::<i64, _>(0)) {
        let month = month_of(at);
        match months.last_mut() {
            Some((last, count)) if *last == month => *count += 1,
            _ => months.push((month, 1)),
        }
    }
    Ok(months)
}

/// The period's handoffs grouped by why they were made (see [`HandoffFigures::kind`]).
async fn handoffs(conn: &mut AnyConnection, since: i64) -> Result<Vec<HandoffFigures>> {
    let rows: Vec<(String, String, i64, Option<i64>)> =
        sqlx::query_as("SELECT urgency, summary, created_at, claimed_at FROM handoffs WHERE created_at >= $1")
            .bind(since)
            .fetch_all(&mut *conn)
            .await?;
    let mut waits: std::collections::BTreeMap<&'static str, (i64, Vec<i64>)> = std::collections::BTreeMap::new();
    for (urgency, summary, created_at, claimed_at) in &rows {
        let entry = waits.entry(handoff_kind(urgency, summary)).or_default();
        entry.0 += 1;
        if let Some(claimed_at) = claimed_at {
            entry.1.push(claimed_at - created_at);
        }
    }
    Ok(waits
        .into_iter()
        .map(|(kind, (count, mut waited))| {
            waited.sort_unstable();
            let median_wait_minutes = waited.get(waited.len() / 2).map(|ms| ms / 60_000);
            HandoffFigures {
                kind: kind.to_string(),
                count,
                picked_up: i64::try_from(waited.len()).unwrap_or(i64::MAX),
                median_wait_minutes,
            }
        })
        .collect())
}

/// Why a handoff was made, from its urgency and the queue's fixed words for danger (which open
/// the summary; notes for the navigator may follow them).
fn handoff_kind(urgency: &str, summary: &str) -> &'static str {
    match urgency {
        "urgent" if summary.starts_with(flows::UNSURE_SUMMARY) => "gentle_check",
        "urgent" => "crisis_reply",
        _ => "asked_for_a_person",
    }
}

/// `YYYY-MM` of a time in milliseconds (UTC).
fn month_of(at: i64) -> String {
    chrono::DateTime::from_timestamp_millis(at).map(|at| at.format("%Y-%m").to_string()).unwrap_or_default()
}

/// One recorded search, as the figures read it.
#[derive(sqlx::FromRow)]
struct Ask {
    tags: String,
    found: i64,
    cohort: Option<String>,
    at: i64,
    area: Option<String>,
}

impl Ask {
    fn labels(&self) -> impl Iterator<Item = String> + '_ {
        self.tags.split(',').filter(|tag| !tag.is_empty()).map(str::to_string)
    }

    /// The council area searched in, or "not known" (a shared location, a search from before
    /// areas were kept, a place the gazetteer did not know).
    fn area_name(&self) -> String {
        self.area.clone().unwrap_or_else(|| NO_AREA.to_string())
    }

    /// The school code the person joined with, or "no school code".
    fn cohort_name(&self) -> String {
        self.cohort.clone().unwrap_or_else(|| NO_COHORT.to_string())
    }

    /// `YYYY-MM` of the search (UTC).
    fn month(&self) -> String {
        month_of(self.at)
    }
}

/// The searches grouped by month, in the order given (oldest first).
fn by_month(asks: &[Ask]) -> Vec<Month> {
    let mut months: Vec<Month> = Vec::new();
    for ask in asks {
        let month = ask.month();
        if months.last().is_none_or(|last| last.month != month) {
            months.push(Month { month, ..Month::default() });
        }
        let current = months.last_mut().expect("pushed above");
        current.searches += 1;
        current.found_nothing += i64::from(ask.found == 0);
        current.school_searches += i64::from(ask.cohort.is_some());
    }
    months
}

/// Counts each name, most frequent first (ties by name).
fn most_first(names: impl Iterator<Item = String>) -> Vec<(String, i64)> {
    let mut counts = std::collections::BTreeMap::new();
    for name in names {
        *counts.entry(name).or_insert(0) += 1;
    }
    most_first_counted(counts.into_iter())
}

fn most_first_counted(counts: impl Iterator<Item = (String, i64)>) -> Vec<(String, i64)> {
    let mut sorted: Vec<(String, i64)> = counts.collect();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    sorted
}
