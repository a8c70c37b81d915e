//! People and their addresses: who is who, known only by a pseudonymous id.
//!
//! A phone number or chat id is stored once, in `addresses`; everything else refers to the
//! person's random id, so logs and figures never need the address, and erasing a person is
//! deleting one row (the rest cascades).

use super::now_ms;
use anyhow::Result;
use flows::Channel;
use serde::{Deserialize, Serialize};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, FromRow, Row};

/// A person's pseudonymous id: the only way a person is named in logs, jobs and the navigator
/// queue. A type of its own, so it is never mixed up with the other strings beside it (a phone
/// number, a chat id, a cohort, a code) and never reaches a query where an address belongs.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, sqlx::Type, Serialize, Deserialize)]
#[sqlx(transparent)]
#[serde(transparent)]
pub struct PersonId(String);

impl PersonId {
    /// A fresh id: random, so it says nothing about the person.
    fn new() -> PersonId {
        PersonId(format!("p_{}", super::random_hex(10)))
    }

    /// The id as text, for a link or a log field.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for PersonId {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.0)
    }
}

/// A person as the pipeline needs them for one turn.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// Pseudonymous id: the only way a person is named in logs, jobs and the navigator queue.
    pub id: PersonId,
    /// Nothing is sent to someone who opted out, except the confirmation of that: on the channel
    /// this person was found by, or on every channel for a person found by id.
    pub opted_out: bool,
    /// The school cohort, which changes tone, suggestions and who picks up a handoff.
    pub cohort: Option<String>,
}

/// Finds the person behind a channel address, creating them on first contact.
pub async fn find_or_create(conn: &mut AnyConnection, channel: Channel, address: &str) -> Result<Person> {
    forget_erased_at(conn, channel, address).await?;
    if let Some(person) = find(conn, channel, address).await? {
        return Ok(person);
    }
    let id = PersonId::new();
    sqlx::query("INSERT INTO people (id, created_at) VALUES ($1, $2)").bind(&id).bind(now_ms()).execute(&mut *conn).await?;
    let inserted = sqlx::query(
        "INSERT INTO addresses (channel, address, person_id) VALUES ($1, $2, $3) \
         ON CONFLICT (channel, address) DO NOTHING",
    )
    .bind(channel.name())
    .bind(address)
    .bind(&id)
    .execute(&mut *conn)
    .await?;
    if inserted.rows_affected() == 0 {
        // Another replica met this person first; theirs is the one to keep.
        sqlx::query("DELETE FROM people WHERE id = $1").bind(&id).execute(&mut *conn).await?;
        return find(conn, channel, address).await?.ok_or_else(|| anyhow::anyhow!("an address vanished while it was being added"));
    }
    Ok(Person { id, opted_out: false, cohort: None })
}

/// Someone who asked to be erased and writes again is a new person: the old record goes now.
async fn forget_erased_at(conn: &mut AnyConnection, channel: Channel, address: &str) -> Result<()> {
    sqlx::query(
        "DELETE FROM people WHERE erase_pending = 1 AND id IN \
         (SELECT person_id FROM addresses WHERE channel = $1 AND address = $2)",
    )
    .bind(channel.name())
    .bind(address)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Finds the person behind a channel address, if they have been in touch before.
pub async fn find(conn: &mut AnyConnection, channel: Channel, address: &str) -> Result<Option<Person>> {
    Ok(sqlx::query_as::<_, Person>(
        "SELECT p.id, a.opted_out, p.cohort FROM addresses a JOIN people p ON p.id = a.person_id \
         WHERE a.channel = $1 AND a.address = $2",
    )
    .bind(channel.name())
    .bind(address)
    .fetch_optional(&mut *conn)
    .await?)
}

/// Loads a person by id, for work that starts from a job rather than an address: opted out
/// when they stopped on every channel they have.
pub async fn get(conn: &mut AnyConnection, person_id: &PersonId) -> Result<Option<Person>> {
    Ok(sqlx::query_as::<_, Person>(
        "SELECT id, CASE WHEN EXISTS (SELECT 1 FROM addresses a WHERE a.person_id = p.id AND a.opted_out = 0) THEN 0 ELSE 1 END AS opted_out, \
         cohort FROM people p WHERE id = $1",
    )
    .bind(person_id)
    .fetch_optional(&mut *conn)
    .await?)
}

/// Loads a person by id as they stand on one channel: opted out there or not.
pub async fn on_channel(conn: &mut AnyConnection, person_id: &PersonId, channel: Channel) -> Result<Option<Person>> {
    Ok(sqlx::query_as::<_, Person>(
        "SELECT p.id, COALESCE(a.opted_out, 1) AS opted_out, p.cohort FROM people p \
         LEFT JOIN addresses a ON a.person_id = p.id AND a.channel = $2 WHERE p.id = $1",
    )
    .bind(person_id)
    .bind(channel.name())
    .fetch_optional(&mut *conn)
    .await?)
}

impl FromRow<'_, AnyRow> for Person {
    fn from_row(row: &AnyRow) -> Result<Person, sqlx::Error> {
        Ok(Person { id: row.try_get("id")?, opted_out: super::flag(row, "opted_out")?, cohort: row.try_get("cohort")? })
    }
}

/// What the outbox needs to know about a reply's recipient at the moment of sending, in one
/// read: their address on the channel (if any), whether they opted out, and whether their
/// erasure waits for this send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    /// Where to send on the row's channel; None when they have no address there.
    pub address: Option<String>,
    /// Nothing is sent to someone who opted out, except the confirmation of that.
    pub opted_out: bool,
    /// Their erasure is under way: once nothing is left to send, they are deleted.
    pub erasing: bool,
}

impl FromRow<'_, AnyRow> for Recipient {
    fn from_row(row: &AnyRow) -> Result<Recipient, sqlx::Error> {
        Ok(Recipient {
            address: row.try_get("address")?,
            opted_out: super::flag(row, "opted_out")?,
            erasing: super::flag(row, "erase_pending")?,
        })
    }
}

/// The recipient `person_id` on `channel`, or None when the person is no longer known.
pub async fn recipient(conn: &mut AnyConnection, person_id: &PersonId, channel: Channel) -> Result<Option<Recipient>> {
    Ok(sqlx::query_as::<_, Recipient>(
        "SELECT a.address, COALESCE(a.opted_out, 0) AS opted_out, p.erase_pending FROM people p \
         LEFT JOIN addresses a ON a.person_id = p.id AND a.channel = $2 WHERE p.id = $1",
    )
    .bind(person_id)
    .bind(channel.name())
    .fetch_optional(&mut *conn)
    .await?)
}

/// Records an opt-out (STOP) or an opt-in (START) on one channel: the outbox checks it before
/// every send there, and the person's other channel is left as they set it.
pub async fn set_opted_out(conn: &mut AnyConnection, person_id: &PersonId, channel: Channel, opted_out: bool) -> Result<()> {
    sqlx::query("UPDATE addresses SET opted_out = $1 WHERE person_id = $2 AND channel = $3")
        .bind(i64::from(opted_out))
        .bind(person_id)
        .bind(channel.name())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Puts the person in a school's cohort.
pub async fn set_cohort(conn: &mut AnyConnection, person_id: &PersonId, cohort: &str) -> Result<()> {
    sqlx::query("UPDATE people SET cohort = $1 WHERE id = $2").bind(cohort).bind(person_id).execute(&mut *conn).await?;
    Ok(())
}

/// Erases everything kept about a person except their address, which the goodbye still needs.
///
/// The person is marked so that [`finish_erasures`] removes the address too once nothing is left
/// to send; until then nothing but that goodbye can reach them.
pub async fn begin_erasure(conn: &mut AnyConnection, person_id: &PersonId) -> Result<()> {
    for table in ["messages", "conversations", "handoffs", "scheduled", "outbox"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE person_id = $1")).bind(person_id).execute(&mut *conn).await?;
    }
    sqlx::query("UPDATE people SET erase_pending = 1, cohort = NULL WHERE id = $1").bind(person_id).execute(&mut *conn).await?;
    Ok(())
}

/// Deletes this person if their erasure was asked for and nothing is left to send them: the
/// outbox calls it after each message, so it touches one row by its key.
pub async fn finish_erasure(conn: &mut AnyConnection, person_id: &PersonId) -> Result<bool> {
    let done = sqlx::query(
        "DELETE FROM people WHERE id = $1 AND erase_pending = 1 AND NOT EXISTS (SELECT 1 FROM outbox o \
         WHERE o.person_id = $1 AND o.sent_at IS NULL AND o.failed_at IS NULL)",
    )
    .bind(person_id)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 1 {
        unlink_audit(conn, person_id).await?;
    }
    Ok(done.rows_affected() == 1)
}

/// Erases a person at once and sends nothing: for a request made by phone or letter, carried
/// out from the command line. Everything that names them goes with them; false when no such
/// person is known.
pub async fn erase_now(conn: &mut AnyConnection, person_id: &PersonId) -> Result<bool> {
    let done = sqlx::query("DELETE FROM people WHERE id = $1").bind(person_id).execute(&mut *conn).await?;
    unlink_audit(conn, person_id).await?;
    Ok(done.rows_affected() == 1)
}

/// The audit trail keeps what navigators did, but no longer says to whom once that person is
/// erased.
async fn unlink_audit(conn: &mut AnyConnection, person_id: &PersonId) -> Result<()> {
    sqlx::query("UPDATE audit_log SET person_id = NULL WHERE person_id = $1").bind(person_id).execute(&mut *conn).await?;
    Ok(())
}

/// Deletes every person whose erasure was asked for and who has nothing left to be sent: run
/// when a sender starts, for erasures a crash interrupted between the goodbye and the delete.
pub async fn finish_erasures(conn: &mut AnyConnection) -> Result<u64> {
    let done = sqlx::query(
        "DELETE FROM people WHERE erase_pending = 1 AND NOT EXISTS (SELECT 1 FROM outbox o \
         WHERE o.person_id = people.id AND o.sent_at IS NULL AND o.failed_at IS NULL)",
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE audit_log SET person_id = NULL WHERE person_id IS NOT NULL AND person_id NOT IN (SELECT id FROM people)")
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected())
}

/// The channels a person has not stopped, for a navigator to choose from when replying.
pub async fn reachable_channels(conn: &mut AnyConnection, person_id: &PersonId) -> Result<Vec<Channel>> {
    let rows = sqlx::query("SELECT channel FROM addresses WHERE person_id = $1 AND opted_out = 0 ORDER BY channel")
        .bind(person_id)
        .fetch_all(&mut *conn)
        .await?;
    Ok(known_channels(&rows))
}

/// The channels a person can be reached on, for messages that do not answer one of theirs: the
/// ones they have not stopped first.
pub async fn channels_of(conn: &mut AnyConnection, person_id: &PersonId) -> Result<Vec<Channel>> {
    let rows = sqlx::query("SELECT channel FROM addresses WHERE person_id = $1 ORDER BY opted_out, channel")
        .bind(person_id)
        .fetch_all(&mut *conn)
        .await?;
    Ok(known_channels(&rows))
}

/// The channels of rows whose first column is a channel's name; one no channel has (from a
/// newer release) is left out.
fn known_channels(rows: &[AnyRow]) -> Vec<Channel> {
    rows.iter().filter_map(|row| Channel::from_name(row.get(0))).collect()
}

/// A fresh six-digit code for `LINK`: short enough to type on a basic phone, random, and one
/// of a million, which the half hour it lasts and the single use keep from being guessed.
pub fn new_link_code() -> String {
    use rand::Rng;
    format!("{:06}", rand::rngs::OsRng.gen_range(0..1_000_000))
}

/// Keeps a `LINK` code for a person until `expires_at`; a code already taken (one in a million)
/// is replaced, since the older one's person can ask again.
pub async fn keep_link_code(conn: &mut AnyConnection, person_id: &PersonId, code: &str, expires_at: i64) -> Result<()> {
    sqlx::query("DELETE FROM link_codes WHERE code = $1 OR expires_at < $2").bind(code).bind(now_ms()).execute(&mut *conn).await?;
    sqlx::query("INSERT INTO link_codes (code, person_id, expires_at) VALUES ($1, $2, $3)")
        .bind(code)
        .bind(person_id)
        .bind(expires_at)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The person a code in date was made for, unless it is `asking` themselves.
pub async fn link_owner(conn: &mut AnyConnection, code: &str, asking: &PersonId) -> Result<Option<PersonId>> {
    let row = sqlx::query("SELECT person_id FROM link_codes WHERE code = $1 AND expires_at >= $2 AND person_id <> $3")
        .bind(code)
        .bind(now_ms())
        .bind(asking)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(row.map(|row| row.get(0)))
}

/// Joins the person `from` (the channel that sent the code) to `into` (the one it was made for),
/// using the code up: every address, message, reply, handoff, check-in and report of `from`
/// becomes `into`'s, its conversation state gives way to theirs, and `from` is no more. A
/// school cohort carries over if `into` has none. False when the code is gone meanwhile.
pub async fn join_linked(conn: &mut AnyConnection, from: &PersonId, code: &str) -> Result<bool> {
    let Some(into) = link_owner(conn, code, from).await? else {
        return Ok(false);
    };
    sqlx::query("DELETE FROM link_codes WHERE code = $1").bind(code).execute(&mut *conn).await?;
    sqlx::query("UPDATE people SET cohort = COALESCE(cohort, (SELECT cohort FROM people WHERE id = $1)) WHERE id = $2")
        .bind(from)
        .bind(&into)
        .execute(&mut *conn)
        .await?;
    for table in ["addresses", "messages", "outbox", "handoffs", "scheduled", "inbox", "listing_reports", "audit_log"] {
        sqlx::query(&format!("UPDATE {table} SET person_id = $1 WHERE person_id = $2")).bind(&into).bind(from).execute(&mut *conn).await?;
    }
    sqlx::query("DELETE FROM people WHERE id = $1").bind(from).execute(&mut *conn).await?;
    Ok(true)
}
