//! The directory's storage on SQLite and on PostgreSQL: records and embeddings round-trip, the
//! fingerprint tells an import what changed, the version moves when the directory does, and a
//! resident's report is listed for `directory stale` (the end-to-end tests use SQLite only).

use crate::common::on_both;
use anyhow::{ensure, Result};
use bot::store::directory::{self, NewService};
use bot::store::figures;
use flows::Channel;
use sqlx::AnyConnection;

async fn save(conn: &mut AnyConnection, id: &str, record: &str, fingerprint: &str) -> Result<()> {
    let service = NewService { id, record, embedding: &[0.5, -0.25], fingerprint, source: "test.json" };
    directory::save(conn, &service).await
}

#[tokio::test]
async fn services_round_trip_and_the_version_follows_changes() {
    on_both(|store| async move {
        let mut conn = store.reader().await?;
        ensure!(directory::version(&mut conn).await?.0 == 0);
        ensure!(directory::fingerprint_of(&mut conn, "a").await?.is_none());
        save(&mut conn, "a", r#"{"id":"a"}"#, "f1").await?;
        save(&mut conn, "b", r#"{"id":"b"}"#, "f2").await?;
        let first = directory::version(&mut conn).await?;
        ensure!(first.0 == 2, "{first:?}");
        ensure!(directory::fingerprint_of(&mut conn, "a").await?.as_deref() == Some("f1"));

        directory::touch(&mut conn, "a").await?;
        ensure!(directory::version(&mut conn).await? == first, "seeing a record again unchanged is no change");
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        save(&mut conn, "a", r#"{"id":"a","name":"new"}"#, "f3").await?;
        let after = directory::version(&mut conn).await?;
        ensure!(after.0 == 2 && after.1 > first.1, "an update replaces by id and moves the version: {after:?}");

        let all = directory::all(&mut conn).await?;
        ensure!(all.len() == 2 && all[0].record.contains("new"), "{all:?}");
        ensure!(all[1].embedding == vec![0.5, -0.25]);
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn residents_reports_are_listed_newest_first() {
    on_both(|store| async move {
        let mut conn = store.reader().await?;
        let resident = bot::store::people::find_or_create(&mut conn, Channel::Sms, "+447700900070").await?;
        figures::report_listing(&mut conn, &resident.id, "a", "it has moved to Fridays").await?;
        figures::report_listing(&mut conn, &resident.id, "b", "").await?;
        let reports = directory::reports(&mut conn).await?;
        let seen: Vec<(&str, &str)> = reports.iter().map(|r| (r.service_id.as_str(), r.note.as_str())).collect();
        ensure!(seen == vec![("b", ""), ("a", "it has moved to Fridays")], "{seen:?}");
        Ok(())
    })
    .await;
}
