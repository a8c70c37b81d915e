//! The stored record an import reads back to keep the day a service was first imported, on
//! SQLite and on PostgreSQL.

use crate::common::on_both;
use anyhow::ensure;
use bot::store::directory::{self, NewService};

#[tokio::test]
async fn the_stored_record_is_read_back_by_id() {
    on_both(|store| async move {
        let mut conn = store.reader().await?;
        ensure!(directory::record_of(&mut conn, "kept").await?.is_none(), "nothing stored yet");
        let record = r#"{"id":"kept","first_imported":"2026-11-01"}"#;
        let service = NewService { id: "kept", record, embedding: &[1.0], fingerprint: "f", source: "feed.json" };
        directory::save(&mut conn, &service).await?;
        let read = directory::record_of(&mut conn, "kept").await?;
        ensure!(read.as_deref() == Some(record), "the record comes back whole");
        ensure!(directory::record_of(&mut conn, "other").await?.is_none());
        Ok(())
    })
    .await;
}
