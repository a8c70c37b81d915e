//! The directory's storage: each service as a JSON record with its embedding.
//!
//! Records are kept whole as JSON rather than spread over tables because the search reads them
//! all into memory anyway, and the record's shape follows the ORUK standard rather than ours.

use super::now_ms;
use anyhow::Result;
use sqlx::{AnyConnection, Row};

/// Whether a saved record was new or replaced an older one, for the import summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Upserted {
    /// A new id.
    Added,
    /// A known id whose record changed.
    Updated,
}

/// A stored service, as the search loads it.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredService {
    /// The record as JSON.
    pub record: String,
    /// Its sentence embedding.
    pub embedding: Vec<f32>,
}

impl sqlx::FromRow<'_, sqlx::any::AnyRow> for StoredService {
    fn from_row(row: &sqlx::any::AnyRow) -> Result<StoredService, sqlx::Error> {
        let embedding: Vec<u8> = row.try_get("embedding")?;
        Ok(StoredService { record: row.try_get("record")?, embedding: embedding_from_bytes(&embedding) })
    }
}

/// The fingerprint stored for an id, so an import embeds only what changed.
pub async fn fingerprint_of(conn: &mut AnyConnection, id: &str) -> Result<Option<String>> {
    text_of(conn, "SELECT fingerprint FROM services WHERE id = $1", id).await
}

/// The one text value `select` gives for an id, if the id is stored.
async fn text_of(conn: &mut AnyConnection, select: &'static str, id: &str) -> Result<Option<String>> {
    let row = sqlx::query(select).bind(id).fetch_optional(&mut *conn).await?;
    Ok(row.map(|row| row.get(0)))
}

/// The stored record for an id, so a re-import keeps what only the store knows about it (the
/// day it was first imported).
pub async fn record_of(conn: &mut AnyConnection, id: &str) -> Result<Option<String>> {
    text_of(conn, "SELECT record FROM services WHERE id = $1", id).await
}

/// Records that the import saw an id again unchanged.
pub async fn touch(conn: &mut AnyConnection, id: &str) -> Result<()> {
    sqlx::query("UPDATE services SET imported_at = $1 WHERE id = $2").bind(now_ms()).bind(id).execute(&mut *conn).await?;
    Ok(())
}

/// One service to write.
#[derive(Debug, Clone, Copy)]
pub struct NewService<'a> {
    /// The publisher's id.
    pub id: &'a str,
    /// The record as JSON.
    pub record: &'a str,
    /// Its embedding.
    pub embedding: &'a [f32],
    /// A hash of `record`.
    pub fingerprint: &'a str,
    /// The file or URL it came from.
    pub source: &'a str,
}

/// Inserts or replaces a service by id; the caller has checked [`fingerprint_of`] first, so
/// that only changed records pay for a new embedding.
pub async fn save(conn: &mut AnyConnection, service: &NewService<'_>) -> Result<()> {
    let now = now_ms();
    sqlx::query(
        "INSERT INTO services (id, record, embedding, fingerprint, source, imported_at, changed_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $6) \
         ON CONFLICT (id) DO UPDATE SET record = excluded.record, embedding = excluded.embedding, \
           fingerprint = excluded.fingerprint, source = excluded.source, \
           imported_at = excluded.imported_at, changed_at = excluded.changed_at",
    )
    .bind(service.id)
    .bind(service.record)
    .bind(embedding_bytes(service.embedding))
    .bind(service.fingerprint)
    .bind(service.source)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Every stored service.
pub async fn all(conn: &mut AnyConnection) -> Result<Vec<StoredService>> {
    Ok(sqlx::query_as("SELECT record, embedding FROM services ORDER BY id").fetch_all(&mut *conn).await?)
}

/// Changes whenever the directory does (a row added or changed), so a cache knows to reload.
pub async fn version(conn: &mut AnyConnection) -> Result<(i64, i64)> {
    Ok(sqlx::query_as("SELECT COUNT(*), COALESCE(MAX(changed_at), 0) FROM services").fetch_one(&mut *conn).await?)
}

/// A resident's report that a listing has stopped or changed.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct Report {
    /// The service reported.
    pub service_id: String,
    /// What the resident said.
    pub note: String,
    /// When, in Unix milliseconds.
    pub at: i64,
}

/// Residents' reports, newest first.
pub async fn reports(conn: &mut AnyConnection) -> Result<Vec<Report>> {
    let reports =
        sqlx::query_as("SELECT service_id, note, at FROM listing_reports ORDER BY at DESC, id DESC").fetch_all(&mut *conn).await?;
    Ok(reports)
}

fn embedding_bytes(embedding: &[f32]) -> Vec<u8> {
    embedding.iter().flat_map(|value| value.to_le_bytes()).collect()
}

fn embedding_from_bytes(bytes: &[u8]) -> Vec<f32> {
    bytes.chunks_exact(4).map(|chunk| f32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]])).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embeddings_survive_the_byte_round_trip() {
        let embedding = vec![0.5, -1.25, 3.0e-8, f32::MIN_POSITIVE];
        assert_eq!(embedding_from_bytes(&embedding_bytes(&embedding)), embedding);
    }
}
