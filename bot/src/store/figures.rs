//! Anonymous figures: outcomes and listing reports, kept without any link to a person so they
//! survive erasure and can be shared with commissioners.

use super::now_ms;
use anyhow::Result;
use sqlx::AnyConnection;

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

/// Records a resident's word that a listing has stopped or changed, for `directory stale`.
pub async fn report_listing(conn: &mut AnyConnection, service_id: &str, note: &str) -> Result<()> {
    sqlx::query("INSERT INTO listing_reports (service_id, note, at) VALUES ($1, $2, $3)")
        .bind(service_id)
        .bind(note)
        .bind(now_ms())
        .execute(&mut *conn)
        .await?;
    Ok(())
}
