//! The inbox on SQLite and on PostgreSQL: a message is stored once per provider id, a sender
//! over the rate is held back (counted in the database, so across replicas) but never refused,
//! and a message claimed by a worker that died is worked again. No model is needed.

use crate::common;

use crate::common::{on_both, on_both_with_url, TestDb};
use anyhow::{ensure, Result};
use bot::channels::{Inbound, InboundKind};
use bot::intake::{self, Accepted};
use bot::store::{inbox, Store};
use sqlx::Row;

fn sms(id: &str, from: &str) -> Inbound {
    Inbound { channel: flows::Channel::Sms, provider_id: id.to_string(), address: from.to_string(), kind: InboundKind::Text("hi".into()) }
}

/// How long past now a message was held, or None for a duplicate.
async fn held(store: &Store, id: &str, from: &str, per_minute: u32) -> Result<Option<i64>> {
    Ok(match intake::accept(store, &sms(id, from), Some(per_minute)).await? {
        Accepted::Queued { held_ms, .. } => Some(held_ms),
        Accepted::Duplicate => None,
    })
}

#[tokio::test]
async fn a_delivery_is_stored_once_and_claimed_once() {
    on_both(|store| async move {
        ensure!(held(&store, "SM1", "+447700900600", 30).await? == Some(0));
        ensure!(held(&store, "SM1", "+447700900600", 30).await?.is_none(), "the repeat is a duplicate");
        let mut conn = store.reader().await?;
        let claimed = inbox::claim_batch(&mut conn, 60_000, 10).await?;
        ensure!(claimed.len() == 1 && claimed[0].kind.contains("hi"));
        ensure!(inbox::claim_batch(&mut conn, 60_000, 10).await?.is_empty(), "claimed rows are not claimed again");
        ensure!(inbox::take(&mut conn, claimed[0].id).await?);
        ensure!(!inbox::take(&mut conn, claimed[0].id).await?, "only one turn can take a row");
        Ok(())
    })
    .await;
}

/// A burst through the webhooks' intake goes in a few commits, yet every delivery is answered
/// for itself: each new one queued once, each repeat (even in the same batch) a duplicate.
#[tokio::test]
async fn a_burst_through_the_intake_is_stored_once_each_in_shared_commits() {
    on_both(|store| async move {
        let intake = intake::Intake::start(store.clone());
        let deliveries = (0..60).map(|n| sms(&format!("SM{}", n % 50), &format!("+4477009007{:02}", n % 50)));
        let answers = futures::future::join_all(deliveries.map(|inbound| intake.accept(inbound, Some(30)))).await;
        let queued = answers.iter().filter(|answer| matches!(answer, Ok(Accepted::Queued { .. }))).count();
        let duplicates = answers.iter().filter(|answer| matches!(answer, Ok(Accepted::Duplicate))).count();
        ensure!(queued == 50 && duplicates == 10, "queued {queued}, duplicates {duplicates}");
        let mut conn = store.reader().await?;
        let claimed = inbox::claim_batch(&mut conn, 60_000, 100).await?;
        ensure!(claimed.len() == 50, "the inbox holds each new delivery once, not {}", claimed.len());
        Ok(())
    })
    .await;
}

/// On SQLite only the acknowledged commits wait for the disk: the intake's and the outbox
/// claims' pool syncs every commit (FULL, 2), the rest sync at checkpoints (NORMAL, 1).
#[tokio::test]
async fn on_sqlite_only_acknowledged_commits_wait_for_the_disk() -> Result<()> {
    let db = TestDb::sqlite().await?;
    let pragma = "PRAGMA synchronous";
    let ordinary: i64 = sqlx::query(pragma).fetch_one(&mut *db.store.reader().await?).await?.try_get(0)?;
    ensure!(ordinary == 1, "ordinary commits are NORMAL");
    let acknowledged: i64 = sqlx::query(pragma).fetch_one(&mut *db.store.acknowledged_writer().await?).await?.try_get(0)?;
    ensure!(acknowledged == 2, "acknowledged commits are FULL");
    db.finish().await
}

#[tokio::test]
async fn one_persons_messages_are_worked_in_order_one_at_a_time() {
    on_both(|store| async move {
        for n in 0..3 {
            held(&store, &format!("SM2{n}"), "+447700900610", 30).await?;
        }
        held(&store, "SM29", "+447700900611", 30).await?;
        let mut conn = store.reader().await?;
        let first = inbox::claim_batch(&mut conn, 60_000, 10).await?;
        ensure!(first.len() == 2, "one row per person: {}", first.len());
        ensure!(inbox::take(&mut conn, first[0].id).await?);
        let next = inbox::claim_batch(&mut conn, 60_000, 10).await?;
        ensure!(next.len() == 1 && next[0].id > first[0].id && next[0].person_id == first[0].person_id);
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_sender_over_the_rate_is_held_back_across_replicas_and_others_are_not() {
    on_both_with_url(|store, url| async move {
        let replica = Store::open(&url).await?;
        let mut holds = Vec::new();
        for n in 0..5 {
            let on = if n % 2 == 0 { &store } else { &replica };
            holds.push(held(on, &format!("SM3{n}"), "+447700900620", 3).await?.unwrap_or(-1));
        }
        ensure!(holds[..3] == [0, 0, 0], "a burst up to the limit passes: {holds:?}");
        ensure!(holds[3] > 0 && holds[4] > holds[3], "later ones wait their turn: {holds:?}");
        ensure!(held(&replica, "SM39", "+447700900621", 3).await? == Some(0), "another sender is not held");
        let mut conn = store.reader().await?;
        ensure!(inbox::claim_batch(&mut conn, 60_000, 10).await?.len() == 2, "held messages are not due yet");
        let (waiting, _) = inbox::backlog(&mut conn).await?;
        ensure!(waiting == 6, "nothing was refused: {waiting} stored");
        replica.close().await;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_message_claimed_by_a_worker_that_died_is_worked_again() {
    on_both(|store| async move {
        held(&store, "SM4", "+447700900630", 30).await?;
        let mut conn = store.reader().await?;
        ensure!(inbox::claim_batch(&mut conn, -1, 10).await?.len() == 1, "claimed by a worker that dies");
        let again = inbox::claim_batch(&mut conn, 60_000, 10).await?;
        ensure!(again.len() == 1 && again[0].attempts == 2, "its lease ran out");
        ensure!(inbox::QUEUE.release_all(&mut conn).await? == 1, "a restart frees what was claimed");
        let claimed = inbox::claim_batch(&mut conn, -1, 10).await?;
        ensure!(claimed.len() == 1, "claimed by a live worker whose lease is lapsing");
        ensure!(inbox::QUEUE.renew(&mut conn, &[claimed[0].id], 60_000).await? == 1, "it renews the lease");
        ensure!(inbox::claim_batch(&mut conn, 60_000, 10).await?.is_empty(), "a renewed lease keeps the row");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn on_postgres_a_message_taken_in_wakes_a_listening_replica() {
    let db = common::TestDb::postgres().await.expect("a PostgreSQL test database");
    let wake = std::sync::Arc::new(tokio::sync::Notify::new());
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let wakes = vec![(bot::store::wakeup::INBOX, wake.clone())];
    let listening = tokio::spawn(bot::store::wakeup::listen(bot::store::Backend::Postgres, db.url.clone(), wakes, stopped));
    // The listener subscribes in the background: messages keep coming until one wakes it.
    let mut woken = false;
    for n in 0..100 {
        held(&db.store, &format!("SM5{n:02}"), "+447700900640", 1000).await.expect("stored");
        tokio::select! {
            _ = wake.notified() => { woken = true; break; }
            _ = tokio::time::sleep(std::time::Duration::from_millis(200)) => {}
        }
    }
    stop.send(true).expect("the listener is running");
    listening.await.expect("the listener stops");
    db.finish().await.expect("the test database can be dropped");
    assert!(woken, "no NOTIFY reached the listener");
}

/// How many inbox rows PostgreSQL reads to claim one, counted inside the claim's own
/// transaction on a connection of its own (so no earlier statement is counted), then rolled
/// back, so the queue is left as it was.
async fn rows_read_by_one_claim(url: &str) -> Result<i64> {
    use sqlx::{AnyConnection, Connection};
    let mut conn = AnyConnection::connect(url).await?;
    let mut tx = conn.begin().await?;
    ensure!(inbox::claim_batch(&mut tx, 60_000, 1).await?.len() == 1, "one row is claimed");
    let read = sqlx::query(
        "SELECT CAST(COALESCE(seq_tup_read, 0) + COALESCE(idx_tup_fetch, 0) AS BIGINT) \
         FROM pg_stat_xact_user_tables WHERE relname = 'inbox'",
    )
    .fetch_one(&mut *tx)
    .await?
    .get(0);
    tx.rollback().await?;
    Ok(read)
}

/// Fills the inbox with `count` messages from as many people in one statement, as a burst would.
async fn burst(store: &Store, count: i64) -> Result<()> {
    let mut tx = store.begin_write().await?;
    sqlx::query("INSERT INTO people (id, created_at) SELECT 'p_burst_' || n, 0 FROM generate_series(1, $1) AS n")
        .bind(count)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO inbox (person_id, channel, kind, received_at, not_before) \
         SELECT 'p_burst_' || n, 'sms', '{\"Text\":\"hi\"}', 0, 0 FROM generate_series(1, $1) AS n",
    )
    .bind(count)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

#[tokio::test]
async fn a_burst_on_postgres_is_claimed_by_walking_the_queue_once_its_statistics_are_refreshed() {
    let db = TestDb::postgres().await.expect("a PostgreSQL test database");
    let store = db.store.clone();
    let checked = async {
        store.refresh_queue_statistics().await?;
        burst(&store, 3_000).await?;
        let with_stale_statistics = rows_read_by_one_claim(&db.url).await?;
        store.refresh_queue_statistics().await?;
        let refreshed = rows_read_by_one_claim(&db.url).await?;
        ensure!(refreshed < 100, "after the refresh a claim reads {refreshed} rows of 3,000 (before it, {with_stale_statistics})");
        Ok(())
    };
    let result: Result<()> = checked.await;
    db.finish().await.expect("the test database is dropped");
    result.expect("claims walk the queue");
}
