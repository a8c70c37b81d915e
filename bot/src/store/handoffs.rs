//! Handoffs: conversations waiting for a navigator, most urgent first, and what navigators do
//! with them (claim, release, transfer, resolve).
//!
//! Every change stamps `updated_at`, which the console's live queue watches. The changes that
//! depend on who holds a handoff are single guarded `UPDATE`s, so two navigators (on two
//! replicas, even) can never both hold one.

use super::now_ms;
use super::people::PersonId;
use anyhow::Result;
use flows::Urgency;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, FromRow, Row};

/// Which navigators may take a handoff: young people who joined with a school code go to the
/// youth team (safeguarding-trained), everyone else to the adult team.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Team {
    /// Residents without a school cohort.
    Adult,
    /// Young people who joined through a school.
    Youth,
}

impl Team {
    /// Every team, for forms and listings.
    pub const ALL: [Team; 2] = [Team::Adult, Team::Youth];

    /// The name kept in the database and typed on the command line.
    pub fn id(self) -> &'static str {
        match self {
            Team::Adult => "adult",
            Team::Youth => "youth",
        }
    }

    /// Reads a team name as [`Team::id`] writes it.
    pub fn parse(text: &str) -> Option<Team> {
        Team::ALL.into_iter().find(|team| team.id() == text.trim().to_ascii_lowercase())
    }

    /// The team a person's handoffs go to, from their school cohort (if any).
    pub fn for_cohort(cohort: Option<&str>) -> Team {
        if cohort.is_some() {
            Team::Youth
        } else {
            Team::Adult
        }
    }
}

/// The word kept in the database for an urgency, which the queue's order also sorts by.
fn urgency_id(urgency: Urgency) -> &'static str {
    match urgency {
        Urgency::Normal => "normal",
        Urgency::Urgent => "urgent",
    }
}

/// Reads an urgency as [`urgency_id`] writes it; anything else waits its turn.
fn read_urgency(text: &str) -> Urgency {
    if text == urgency_id(Urgency::Urgent) {
        Urgency::Urgent
    } else {
        Urgency::Normal
    }
}

/// Opens a handoff for the person's team, unless the person already has one open: then it only
/// grows more urgent, and an urgent one takes the new summary, so the queue (and the figures)
/// say there were signs of danger, not what the person first asked for.
pub async fn open(conn: &mut AnyConnection, person_id: &PersonId, urgency: Urgency, summary: &str, team: Team) -> Result<()> {
    let existing = sqlx::query("SELECT id FROM handoffs WHERE person_id = $1 AND resolved_at IS NULL")
        .bind(person_id)
        .fetch_optional(&mut *conn)
        .await?;
    match existing {
        Some(row) if urgency == Urgency::Urgent => {
            sqlx::query("UPDATE handoffs SET urgency = $1, summary = $2, updated_at = $3 WHERE id = $4")
                .bind(urgency_id(urgency))
                .bind(summary)
                .bind(now_ms())
                .bind(row.get::<i64, _>(0))
                .execute(&mut *conn)
                .await?;
        }
        Some(_) => {}
        None => {
            let now = now_ms();
            sqlx::query(
                "INSERT INTO handoffs (person_id, urgency, summary, created_at, team, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(person_id)
            .bind(urgency_id(urgency))
            .bind(summary)
            .bind(now)
            .bind(team.id())
            .bind(now)
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(())
}

/// Adds a line to the summary of the person's open handoff ("Best times to ring: mornings."), so
/// the navigator who picks it up knows it without reading back; nothing when none is open, or
/// when the summary says it already.
pub async fn note(conn: &mut AnyConnection, person_id: &PersonId, note: &str) -> Result<()> {
    sqlx::query(
        "UPDATE handoffs SET summary = summary || ' ' || $1, updated_at = $2 \
         WHERE person_id = $3 AND resolved_at IS NULL AND summary NOT LIKE '%' || $1 || '%'",
    )
    .bind(note)
    .bind(now_ms())
    .bind(person_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A handoff as the console shows it: in the queue and at the top of a conversation.
#[derive(Debug, Clone, PartialEq)]
pub struct Handoff {
    /// The handoff's id, in the console's addresses.
    pub id: i64,
    /// The person waiting (pseudonymous).
    pub person_id: PersonId,
    /// Crisis signs (urgent) or not.
    pub urgency: Urgency,
    /// What they asked for, in a few words, built from labels (never their own words).
    pub summary: String,
    /// Since when, in Unix milliseconds.
    pub since: i64,
    /// The team it is for.
    pub team: Team,
    /// The navigator holding it, if any.
    pub holder: Option<Holder>,
    /// The channel a reply goes to unless a navigator chooses: the first the person has not
    /// stopped.
    pub channel: Option<flows::Channel>,
    /// The person's school cohort code, if they joined with one.
    pub cohort: Option<String>,
    /// When it was resolved, if it was.
    pub resolved_at: Option<i64>,
}

/// Who holds a handoff.
#[derive(Debug, Clone, PartialEq)]
pub struct Holder {
    /// The navigator's id.
    pub id: String,
    /// Their login, shown to colleagues.
    pub email: String,
}

impl Handoff {
    /// Crisis signs put a handoff at the top of the queue.
    pub fn is_urgent(&self) -> bool {
        self.urgency == Urgency::Urgent
    }

    /// Whether this navigator holds it now.
    pub fn held_by(&self, navigator_id: &str) -> bool {
        self.holder.as_ref().is_some_and(|holder| holder.id == navigator_id)
    }

    /// The last moment (Unix ms) of the person's transcript a navigator reads on this handoff:
    /// its resolution once resolved, since what the person said afterwards is not this
    /// handoff's business; everything (`i64::MAX`) while it is open.
    pub fn visible_until(&self) -> i64 {
        self.resolved_at.unwrap_or(i64::MAX)
    }
}

/// The columns a [`Handoff`] is read from, joined from the person and the holder.
const SELECT_HANDOFF: &str = "SELECT h.id, h.person_id, h.urgency, h.summary, h.created_at, h.team, \
     h.claimed_by, n.email AS holder_email, \
     (SELECT a.channel FROM addresses a WHERE a.person_id = h.person_id ORDER BY a.opted_out, a.channel LIMIT 1) AS channel, \
     p.cohort, h.resolved_at \
     FROM handoffs h JOIN people p ON p.id = h.person_id LEFT JOIN navigators n ON n.id = h.claimed_by";

impl FromRow<'_, AnyRow> for Handoff {
    fn from_row(row: &AnyRow) -> Result<Handoff, sqlx::Error> {
        let holder_id: Option<String> = row.try_get("claimed_by")?;
        let holder_email: Option<String> = row.try_get("holder_email")?;
        let channel: Option<String> = row.try_get("channel")?;
        Ok(Handoff {
            id: row.try_get("id")?,
            person_id: row.try_get("person_id")?,
            urgency: read_urgency(&row.try_get::<String, _>("urgency")?),
            summary: row.try_get("summary")?,
            since: row.try_get("created_at")?,
            team: Team::parse(&row.try_get::<String, _>("team")?).unwrap_or(Team::Adult),
            holder: holder_id.map(|id| Holder { id, email: holder_email.unwrap_or_default() }),
            channel: channel.as_deref().and_then(flows::Channel::from_name),
            cohort: row.try_get("cohort")?,
            resolved_at: row.try_get("resolved_at")?,
        })
    }
}

/// The open handoffs a navigator may see, crisis first, then longest waiting. `None` lists
/// every team's (for admins).
pub async fn queue(conn: &mut AnyConnection, team: Option<Team>) -> Result<Vec<Handoff>> {
    let sql = format!(
        "{SELECT_HANDOFF} WHERE h.resolved_at IS NULL AND ($1 = '' OR h.team = $1) \
         ORDER BY CASE h.urgency WHEN 'urgent' THEN 0 ELSE 1 END, h.created_at, h.id"
    );
    Ok(sqlx::query_as::<_, Handoff>(&sql).bind(team.map_or("", Team::id)).fetch_all(&mut *conn).await?)
}

/// One handoff, open or resolved, if it still exists (an erasure removes it).
pub async fn get(conn: &mut AnyConnection, id: i64) -> Result<Option<Handoff>> {
    let sql = format!("{SELECT_HANDOFF} WHERE h.id = $1");
    Ok(sqlx::query_as::<_, Handoff>(&sql).bind(id).fetch_optional(&mut *conn).await?)
}

/// A value that changes whenever any handoff does (opened, claimed, released, resolved,
/// erased), so the live queue can tell cheaply when to redraw.
pub async fn fingerprint(conn: &mut AnyConnection) -> Result<(i64, i64)> {
    let row =
        sqlx::query("SELECT COUNT(*), COALESCE(MAX(updated_at), 0) FROM handoffs WHERE resolved_at IS NULL").fetch_one(&mut *conn).await?;
    Ok((row.get(0), row.get(1)))
}

/// Gives an unclaimed open handoff to a navigator; false when someone holds it already or it
/// is resolved.
pub async fn claim(conn: &mut AnyConnection, id: i64, navigator_id: &str) -> Result<bool> {
    let now = now_ms();
    let done = sqlx::query(
        "UPDATE handoffs SET claimed_by = $1, claimed_at = $2, updated_at = $2 \
         WHERE id = $3 AND claimed_by IS NULL AND resolved_at IS NULL",
    )
    .bind(navigator_id)
    .bind(now)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Passes a handoff the navigator holds to another navigator (`Some`) or back to the queue
/// (`None`); false when the navigator does not hold it.
pub async fn hand_on(conn: &mut AnyConnection, id: i64, holder_id: &str, to: Option<&str>) -> Result<bool> {
    let now = now_ms();
    let done = sqlx::query(
        "UPDATE handoffs SET claimed_by = $1, claimed_at = $2, updated_at = $3 \
         WHERE id = $4 AND claimed_by = $5 AND resolved_at IS NULL",
    )
    .bind(to)
    .bind(to.map(|_| now))
    .bind(now)
    .bind(id)
    .bind(holder_id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Moves the person's open handoff, if any, to `team` when it is for another (a resident who
/// joins a school cohort is the youth team's from then on), back in that team's queue with no
/// holder, since only a navigator of a handoff's team may hold it. The moved handoff's id.
pub async fn move_open_to(conn: &mut AnyConnection, person_id: &PersonId, team: Team) -> Result<Option<i64>> {
    let moved = sqlx::query(
        "UPDATE handoffs SET team = $1, claimed_by = NULL, claimed_at = NULL, updated_at = $2 \
         WHERE person_id = $3 AND resolved_at IS NULL AND team <> $1 RETURNING id",
    )
    .bind(team.id())
    .bind(now_ms())
    .bind(person_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(moved.map(|row| row.get(0)))
}

/// Closes a handoff the navigator holds with its outcome; false when they do not hold it.
pub async fn resolve(conn: &mut AnyConnection, id: i64, holder_id: &str, outcome: &str) -> Result<bool> {
    let now = now_ms();
    let done = sqlx::query(
        "UPDATE handoffs SET resolved_at = $1, outcome = $2, updated_at = $1 \
         WHERE id = $3 AND claimed_by = $4 AND resolved_at IS NULL",
    )
    .bind(now)
    .bind(outcome)
    .bind(id)
    .bind(holder_id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}
