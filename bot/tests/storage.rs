//! The storage suite: each test runs on SQLite and on the real PostgreSQL server.

mod common;

use anyhow::{ensure, Result};
use bot::store::{conversations, deliveries, outbox, people, scheduled, transcript, Store};
use common::on_both;

const SMS: &[&str] = &["sms"];

fn message<'a>(person_id: &'a str, body: &'a str) -> outbox::NewMessage<'a> {
    outbox::NewMessage { person_id, channel: "sms", body, urgent: false, ignores_opt_out: false }
}

async fn person(store: &Store, address: &str) -> Result<people::Person> {
    let mut conn = store.pool.acquire().await?;
    people::find_or_create(&mut conn, "sms", address).await
}

#[tokio::test]
async fn a_delivery_is_recorded_once_per_channel() {
    on_both(|store| async move {
        let mut conn = store.pool.acquire().await?;
        ensure!(deliveries::record_first(&mut conn, "sms", "m1").await?);
        ensure!(!deliveries::record_first(&mut conn, "sms", "m1").await?);
        ensure!(deliveries::record_first(&mut conn, "telegram", "m1").await?);
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn an_address_always_finds_the_same_pseudonymous_person() {
    on_both(|store| async move {
        let first = person(&store, "+447700900001").await?;
        let again = person(&store, "+447700900001").await?;
        let other = person(&store, "+447700900002").await?;
        ensure!(first == again);
        ensure!(first.id != other.id);
        ensure!(first.id.starts_with("p_") && !first.id.contains("7700"));
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_conversation_save_loses_to_a_concurrent_one() {
    on_both(|store| async move {
        let someone = person(&store, "+447700900003").await?;
        let mut conn = store.pool.acquire().await?;
        ensure!(conversations::load(&mut conn, &someone.id).await?.is_none());
        ensure!(conversations::save(&mut conn, &someone.id, "{\"a\":1}", 0).await?);
        ensure!(!conversations::save(&mut conn, &someone.id, "{\"b\":1}", 0).await?, "a second first save must fail");
        let saved = conversations::load(&mut conn, &someone.id).await?.expect("saved");
        ensure!(saved.version == 1 && saved.state == "{\"a\":1}");
        ensure!(conversations::save(&mut conn, &someone.id, "{\"c\":1}", 1).await?);
        ensure!(!conversations::save(&mut conn, &someone.id, "{\"d\":1}", 1).await?, "a stale version must fail");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn the_outbox_sends_each_persons_messages_in_order_and_claims_each_once() {
    on_both(|store| async move {
        let alice = person(&store, "+447700900010").await?;
        let bob = person(&store, "+447700900011").await?;
        let mut conn = store.pool.acquire().await?;
        let a1 = outbox::enqueue(&mut conn, &message(&alice.id, "a1")).await?;
        let a2 = outbox::enqueue(&mut conn, &message(&alice.id, "a2")).await?;
        let b1 = outbox::enqueue(&mut conn, &message(&bob.id, "b1")).await?;
        let first = outbox::claim_next(&mut conn, 60_000, SMS).await?.expect("a1 is due");
        let second = outbox::claim_next(&mut conn, 60_000, SMS).await?.expect("b1 is due");
        ensure!(first.id == a1 && second.id == b1, "a2 must wait for a1");
        ensure!(outbox::claim_next(&mut conn, 60_000, SMS).await?.is_none());
        ensure!(outbox::mark_sent(&mut conn, a1, "prov-1").await?);
        ensure!(!outbox::mark_sent(&mut conn, a1, "prov-1").await?, "sent is marked once");
        let third = outbox::claim_next(&mut conn, 60_000, SMS).await?.expect("a2 is due now");
        ensure!(third.id == a2 && third.attempts == 1);
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_lapsed_lease_lets_another_worker_retry() {
    on_both(|store| async move {
        let someone = person(&store, "+447700900020").await?;
        let mut conn = store.pool.acquire().await?;
        let id = outbox::enqueue(&mut conn, &message(&someone.id, "x")).await?;
        let claimed = outbox::claim_next(&mut conn, -1, SMS).await?.expect("due");
        ensure!(claimed.id == id);
        let again = outbox::claim_next(&mut conn, 60_000, SMS).await?.expect("lease lapsed");
        ensure!(again.id == id && again.attempts == 2);
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn rows_for_other_channels_are_left_alone() {
    on_both(|store| async move {
        let someone = person(&store, "+447700900021").await?;
        let mut conn = store.pool.acquire().await?;
        outbox::enqueue(&mut conn, &message(&someone.id, "x")).await?;
        ensure!(outbox::claim_next(&mut conn, 60_000, &["telegram"]).await?.is_none());
        ensure!(outbox::claim_next(&mut conn, 60_000, &[]).await?.is_none());
        ensure!(outbox::claim_next(&mut conn, 60_000, SMS).await?.is_some());
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_retry_waits_its_turn_and_urgent_rows_go_first() {
    on_both(|store| async move {
        let calm = person(&store, "+447700900030").await?;
        let urgent = person(&store, "+447700900031").await?;
        let mut conn = store.pool.acquire().await?;
        let calm_id = outbox::enqueue(&mut conn, &message(&calm.id, "x")).await?;
        let urgent_message = outbox::NewMessage { urgent: true, ..message(&urgent.id, "help") };
        let urgent_id = outbox::enqueue(&mut conn, &urgent_message).await?;
        let first = outbox::claim_next(&mut conn, 60_000, SMS).await?.expect("due");
        ensure!(first.id == urgent_id, "urgent first");
        let second = outbox::claim_next(&mut conn, 60_000, SMS).await?.expect("due");
        ensure!(second.id == calm_id);
        outbox::retry_later(&mut conn, calm_id, 60_000, "gateway down").await?;
        ensure!(outbox::claim_next(&mut conn, 60_000, SMS).await?.is_none(), "not before its time");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn erasure_removes_everything_personal_once_the_goodbye_is_sent() {
    on_both(|store| async move {
        let someone = person(&store, "+447700900040").await?;
        let mut conn = store.pool.acquire().await?;
        transcript::append(&mut conn, &someone.id, transcript::Author::Person, "hello").await?;
        conversations::save(&mut conn, &someone.id, "{}", 0).await?;
        scheduled::schedule(&mut conn, &someone.id, scheduled::CHECK_IN, 0).await?;
        outbox::enqueue(&mut conn, &message(&someone.id, "queued before")).await?;
        people::begin_erasure(&mut conn, &someone.id).await?;
        let goodbye = outbox::enqueue(&mut conn, &message(&someone.id, "goodbye")).await?;
        ensure!(transcript::of_person(&mut conn, &someone.id).await?.is_empty());
        ensure!(conversations::load(&mut conn, &someone.id).await?.is_none());
        ensure!(people::address_of(&mut conn, &someone.id, "sms").await?.is_some(), "kept for the goodbye");
        ensure!(people::finish_erasures(&mut conn).await? == 0, "not while the goodbye waits");
        ensure!(!people::finish_erasure(&mut conn, &someone.id).await?, "not while the goodbye waits");
        let claimed = outbox::claim_next(&mut conn, 60_000, SMS).await?.expect("goodbye due");
        ensure!(claimed.id == goodbye, "only the goodbye is left");
        outbox::mark_sent(&mut conn, goodbye, "prov").await?;
        let bystander = person(&store, "+447700900042").await?;
        ensure!(!people::finish_erasure(&mut conn, &bystander.id).await?, "only those who asked are erased");
        ensure!(people::finish_erasure(&mut conn, &someone.id).await?);
        ensure!(people::find(&mut conn, "sms", "+447700900040").await?.is_none());
        ensure!(people::find(&mut conn, "sms", "+447700900042").await?.is_some());
        ensure!(scheduled::claim_due(&mut conn, 60_000).await?.is_none());
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn someone_erased_who_writes_again_starts_afresh() {
    on_both(|store| async move {
        let before = person(&store, "+447700900041").await?;
        let mut conn = store.pool.acquire().await?;
        people::set_cohort(&mut conn, &before.id, "HX1").await?;
        people::begin_erasure(&mut conn, &before.id).await?;
        drop(conn);
        let after = person(&store, "+447700900041").await?;
        ensure!(after.id != before.id && after.cohort.is_none());
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn check_ins_come_due_once_and_can_be_cancelled() {
    on_both(|store| async move {
        let someone = person(&store, "+447700900050").await?;
        let mut conn = store.pool.acquire().await?;
        scheduled::schedule(&mut conn, &someone.id, scheduled::CHECK_IN, 0).await?;
        scheduled::schedule(&mut conn, &someone.id, scheduled::CHECK_IN, i64::MAX / 2).await?;
        let due = scheduled::claim_due(&mut conn, 60_000).await?.expect("the first is due");
        ensure!(due.person_id == someone.id && due.kind == scheduled::CHECK_IN);
        ensure!(scheduled::claim_due(&mut conn, 60_000).await?.is_none(), "claimed, and the second is not due");
        scheduled::mark_done(&mut conn, due.id).await?;
        scheduled::cancel(&mut conn, &someone.id).await?;
        let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM scheduled WHERE done_at IS NULL")
            .fetch_one(&mut *conn)
            .await?;
        ensure!(left == 0);
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn opting_out_is_remembered() {
    on_both(|store| async move {
        let someone = person(&store, "+447700900060").await?;
        let mut conn = store.pool.acquire().await?;
        people::set_opted_out(&mut conn, &someone.id, true).await?;
        ensure!(people::get(&mut conn, &someone.id).await?.expect("known").opted_out);
        people::set_opted_out(&mut conn, &someone.id, false).await?;
        ensure!(!people::find(&mut conn, "sms", "+447700900060").await?.expect("known").opted_out);
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_start_up_sweep_finishes_erasures_a_crash_interrupted() {
    on_both(|store| async move {
        let erased = person(&store, "+447700900043").await?;
        let kept = person(&store, "+447700900044").await?;
        let mut conn = store.pool.acquire().await?;
        people::begin_erasure(&mut conn, &erased.id).await?;
        let goodbye = outbox::enqueue(&mut conn, &message(&erased.id, "goodbye")).await?;
        outbox::mark_sent(&mut conn, goodbye, "prov").await?;
        ensure!(people::finish_erasures(&mut conn).await? == 1, "the sent goodbye frees the erasure");
        ensure!(people::get(&mut conn, &erased.id).await?.is_none());
        ensure!(people::get(&mut conn, &kept.id).await?.is_some(), "only those who asked are erased");
        Ok(())
    })
    .await;
}
