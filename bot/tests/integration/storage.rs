//! The storage suite: each test runs on SQLite and on the real PostgreSQL server.

use crate::common;

use crate::common::on_both;
use anyhow::{ensure, Result};
use bot::store::people::PersonId;
use bot::store::{conversations, deliveries, outbox, people, retention, scheduled, transcript, Store};
use flows::Channel;

const SMS: &[Channel] = &[Channel::Sms];

fn message<'a>(person_id: &'a PersonId, body: &'a str) -> outbox::NewMessage<'a> {
    outbox::NewMessage { person_id, channel: Channel::Sms, body, urgent: false, ignores_opt_out: false }
}

/// Claims up to `limit` due SMS rows for a minute and returns their ids, in the order given.
async fn claim(conn: &mut sqlx::AnyConnection, limit: usize) -> Result<Vec<i64>> {
    Ok(outbox::claim_batch(conn, 60_000, SMS, limit).await?.into_iter().map(|row| row.id).collect())
}

async fn person(store: &Store, address: &str) -> Result<people::Person> {
    let mut conn = store.reader().await?;
    people::find_or_create(&mut conn, Channel::Sms, address).await
}

#[tokio::test]
async fn a_delivery_is_recorded_once_per_channel() {
    on_both(|store| async move {
        let mut conn = store.reader().await?;
        ensure!(deliveries::record_first(&mut conn, Channel::Sms, "m1").await?);
        ensure!(!deliveries::record_first(&mut conn, Channel::Sms, "m1").await?);
        ensure!(deliveries::record_first(&mut conn, Channel::Telegram, "m1").await?);
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
        ensure!(first.id.as_str().starts_with("p_") && !first.id.as_str().contains("7700"));
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_conversation_save_loses_to_a_concurrent_one() {
    on_both(|store| async move {
        let someone = person(&store, "+447700900003").await?;
        let mut conn = store.reader().await?;
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
        let mut conn = store.reader().await?;
        let a1 = outbox::enqueue(&mut conn, &message(&alice.id, "a1")).await?;
        let a2 = outbox::enqueue(&mut conn, &message(&alice.id, "a2")).await?;
        let b1 = outbox::enqueue(&mut conn, &message(&bob.id, "b1")).await?;
        ensure!(claim(&mut conn, 10).await? == vec![a1, b1], "one at a time per person: a2 waits for a1");
        ensure!(claim(&mut conn, 10).await?.is_empty(), "claimed rows are not claimed again");
        ensure!(outbox::mark_sent(&mut conn, a1, "prov-1").await?);
        ensure!(!outbox::mark_sent(&mut conn, a1, "prov-1").await?, "sent is marked once");
        let third = outbox::claim_batch(&mut conn, 60_000, SMS, 10).await?;
        ensure!(third.len() == 1, "only a2 is due now");
        let third = &third[0];
        ensure!(third.id == a2 && third.attempts == 1);
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_lapsed_lease_lets_another_worker_retry() {
    on_both(|store| async move {
        let someone = person(&store, "+447700900020").await?;
        let mut conn = store.reader().await?;
        let id = outbox::enqueue(&mut conn, &message(&someone.id, "x")).await?;
        let claimed = outbox::claim_batch(&mut conn, -1, SMS, 1).await?;
        ensure!(claimed.len() == 1 && claimed[0].id == id);
        let again = outbox::claim_batch(&mut conn, 60_000, SMS, 1).await?;
        ensure!(again.len() == 1 && again[0].id == id && again[0].attempts == 2, "the lease lapsed");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_renewed_lease_keeps_a_row_and_a_restart_frees_it() {
    on_both(|store| async move {
        let someone = person(&store, "+447700900022").await?;
        let mut conn = store.reader().await?;
        let id = outbox::enqueue(&mut conn, &message(&someone.id, "x")).await?;
        ensure!(outbox::claim_batch(&mut conn, -1, SMS, 1).await?.len() == 1);
        ensure!(outbox::QUEUE.renew(&mut conn, &[id], 60_000).await? == 1, "the holder renews its lapsing lease");
        ensure!(claim(&mut conn, 1).await?.is_empty(), "a renewed row is not claimed by another worker");
        ensure!(outbox::QUEUE.release_all(&mut conn).await? == 1, "a restart frees it");
        ensure!(claim(&mut conn, 1).await? == vec![id], "a freed row is claimed at once");
        ensure!(outbox::mark_sent(&mut conn, id, "prov-1").await?);
        ensure!(outbox::QUEUE.renew(&mut conn, &[id], 60_000).await? == 0, "a finished row is left as it is");
        ensure!(outbox::QUEUE.release_all(&mut conn).await? == 0);
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn rows_for_other_channels_are_left_alone() {
    on_both(|store| async move {
        let someone = person(&store, "+447700900021").await?;
        let mut conn = store.reader().await?;
        outbox::enqueue(&mut conn, &message(&someone.id, "x")).await?;
        ensure!(outbox::claim_batch(&mut conn, 60_000, &[Channel::Telegram], 10).await?.is_empty());
        ensure!(outbox::claim_batch(&mut conn, 60_000, &[], 10).await?.is_empty());
        ensure!(claim(&mut conn, 10).await?.len() == 1);
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_retry_waits_its_turn_and_urgent_rows_go_first() {
    on_both(|store| async move {
        let calm = person(&store, "+447700900030").await?;
        let urgent = person(&store, "+447700900031").await?;
        let mut conn = store.reader().await?;
        let calm_id = outbox::enqueue(&mut conn, &message(&calm.id, "x")).await?;
        let urgent_message = outbox::NewMessage { urgent: true, ..message(&urgent.id, "help") };
        let urgent_id = outbox::enqueue(&mut conn, &urgent_message).await?;
        ensure!(claim(&mut conn, 1).await? == vec![urgent_id], "urgent first");
        ensure!(claim(&mut conn, 1).await? == vec![calm_id]);
        outbox::retry_later(&mut conn, calm_id, 60_000, "gateway down").await?;
        ensure!(claim(&mut conn, 10).await?.is_empty(), "not before its time");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_batch_is_most_urgent_first_and_two_claimers_never_share_a_row() {
    on_both(|store| async move {
        let mut queued = Vec::new();
        for n in 0..40 {
            let someone = person(&store, &format!("+4477009001{n:02}")).await?;
            let mut conn = store.reader().await?;
            let message = outbox::NewMessage { urgent: n % 10 == 9, ..message(&someone.id, "x") };
            queued.push(outbox::enqueue(&mut conn, &message).await?);
            outbox::enqueue(&mut conn, &message).await?;
        }
        let (mut one, mut two) = (store.reader().await?, store.reader().await?);
        let (first, second) = tokio::join!(claim(&mut one, 10), claim(&mut two, 10));
        let mut claimed: Vec<i64> = first?.into_iter().chain(second?).collect();
        claimed.sort_unstable();
        claimed.dedup();
        ensure!(claimed.len() == 20, "two batches of 10, no row in both ({} distinct)", claimed.len());
        ensure!(claimed.iter().all(|id| queued.contains(id)), "only each person's first row is claimable");
        let urgent: Vec<i64> = queued.iter().copied().skip(9).step_by(10).collect();
        ensure!(urgent.iter().all(|id| claimed.contains(id)), "the urgent rows are claimed first");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_postponed_row_keeps_its_attempts() {
    on_both(|store| async move {
        let someone = person(&store, "+447700900032").await?;
        let mut conn = store.reader().await?;
        let id = outbox::enqueue(&mut conn, &message(&someone.id, "x")).await?;
        ensure!(claim(&mut conn, 1).await? == vec![id]);
        outbox::postpone(&mut conn, id, 0, "credentials refused").await?;
        let again = outbox::claim_batch(&mut conn, 60_000, SMS, 1).await?;
        ensure!(again.len() == 1 && again[0].attempts == 1, "a refused credential spends no attempt");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn erasure_removes_everything_personal_once_the_goodbye_is_sent() {
    on_both(|store| async move {
        let someone = person(&store, "+447700900040").await?;
        let mut conn = store.reader().await?;
        transcript::append(&mut conn, &someone.id, transcript::Author::Person, "hello").await?;
        conversations::save(&mut conn, &someone.id, "{}", 0).await?;
        scheduled::schedule(&mut conn, &someone.id, scheduled::CHECK_IN, 0).await?;
        outbox::enqueue(&mut conn, &message(&someone.id, "queued before")).await?;
        people::begin_erasure(&mut conn, &someone.id).await?;
        let goodbye = outbox::enqueue(&mut conn, &message(&someone.id, "goodbye")).await?;
        ensure!(transcript::until(&mut conn, &someone.id, i64::MAX).await?.is_empty());
        ensure!(conversations::load(&mut conn, &someone.id).await?.is_none());
        ensure!(
            people::recipient(&mut conn, &someone.id, Channel::Sms).await?.and_then(|recipient| recipient.address).is_some(),
            "kept for the goodbye"
        );
        ensure!(people::finish_erasures(&mut conn).await? == 0, "not while the goodbye waits");
        ensure!(!people::finish_erasure(&mut conn, &someone.id).await?, "not while the goodbye waits");
        ensure!(claim(&mut conn, 10).await? == vec![goodbye], "only the goodbye is left");
        outbox::mark_sent(&mut conn, goodbye, "prov").await?;
        let bystander = person(&store, "+447700900042").await?;
        ensure!(!people::finish_erasure(&mut conn, &bystander.id).await?, "only those who asked are erased");
        ensure!(people::finish_erasure(&mut conn, &someone.id).await?);
        ensure!(people::find(&mut conn, Channel::Sms, "+447700900040").await?.is_none());
        ensure!(people::find(&mut conn, Channel::Sms, "+447700900042").await?.is_some());
        ensure!(scheduled::claim_due(&mut conn, 60_000).await?.is_none());
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn someone_erased_who_writes_again_starts_afresh() {
    on_both(|store| async move {
        let before = person(&store, "+447700900041").await?;
        let mut conn = store.reader().await?;
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
        let mut conn = store.reader().await?;
        scheduled::schedule(&mut conn, &someone.id, scheduled::CHECK_IN, 0).await?;
        scheduled::schedule(&mut conn, &someone.id, scheduled::CHECK_IN, i64::MAX / 2).await?;
        let due = scheduled::claim_due(&mut conn, 60_000).await?.expect("the first is due");
        ensure!(due.person_id == someone.id && due.kind == scheduled::CHECK_IN);
        ensure!(scheduled::claim_due(&mut conn, 60_000).await?.is_none(), "claimed, and the second is not due");
        scheduled::mark_done(&mut conn, due.id).await?;
        scheduled::cancel(&mut conn, &someone.id).await?;
        let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM scheduled WHERE done_at IS NULL").fetch_one(&mut *conn).await?;
        ensure!(left == 0);
        Ok(())
    })
    .await;
}

/// STOP is kept per channel: a person with an SMS number and a Telegram chat who stops one is
/// still reachable on the other, and counts as opted out only when both are stopped.
#[tokio::test]
async fn opting_out_is_remembered_per_channel() {
    on_both(|store| async move {
        let someone = person(&store, "+447700900060").await?;
        let mut conn = store.writer().await?;
        sqlx::query("INSERT INTO addresses (channel, address, person_id) VALUES ('telegram', '5550060', $1)")
            .bind(&someone.id)
            .execute(&mut *conn)
            .await?;
        people::set_opted_out(&mut conn, &someone.id, Channel::Sms, true).await?;
        ensure!(people::find(&mut conn, Channel::Sms, "+447700900060").await?.expect("known").opted_out);
        ensure!(!people::find(&mut conn, Channel::Telegram, "5550060").await?.expect("known").opted_out, "Telegram is not stopped");
        ensure!(!people::get(&mut conn, &someone.id).await?.expect("known").opted_out, "still reachable on one channel");
        ensure!(people::channels_of(&mut conn, &someone.id).await?.first() == Some(&Channel::Telegram), "the reachable first");
        let on_sms = people::recipient(&mut conn, &someone.id, Channel::Sms).await?.expect("known");
        ensure!(on_sms.opted_out && !people::recipient(&mut conn, &someone.id, Channel::Telegram).await?.expect("known").opted_out);
        people::set_opted_out(&mut conn, &someone.id, Channel::Telegram, true).await?;
        ensure!(people::get(&mut conn, &someone.id).await?.expect("known").opted_out, "stopped everywhere");
        people::set_opted_out(&mut conn, &someone.id, Channel::Sms, false).await?;
        ensure!(!people::find(&mut conn, Channel::Sms, "+447700900060").await?.expect("known").opted_out);
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_start_up_sweep_finishes_erasures_a_crash_interrupted() {
    on_both(|store| async move {
        let erased = person(&store, "+447700900043").await?;
        let kept = person(&store, "+447700900044").await?;
        let mut conn = store.reader().await?;
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

/// Runs one statement with a single bound value, for setting rows up at chosen ages.
async fn exec(store: &Store, sql: &str, value: i64) -> Result<()> {
    sqlx::query(sql).bind(value).execute(&mut *store.reader().await?).await?;
    Ok(())
}

async fn rows(store: &Store, sql: &str) -> Result<i64> {
    use sqlx::Row;
    Ok(sqlx::query(sql).fetch_one(&mut *store.reader().await?).await?.get(0))
}

#[tokio::test]
async fn the_retention_sweep_deletes_only_what_is_older_than_the_policy_allows() {
    on_both(|store| async move {
        let day = 86_400_000_i64;
        let long_ago = bot::store::now_ms() - 400 * day;
        let silent = person(&store, "+447700900040").await?;
        let back_again = person(&store, "+447700900041").await?;
        let waiting_for_a_navigator = person(&store, "+447700900042").await?;
        for someone in [&silent, &back_again, &waiting_for_a_navigator] {
            exec(&store, &format!("UPDATE people SET created_at = $1 WHERE id = '{}'", someone.id), long_ago).await?;
            exec(
                &store,
                &format!(
                    "INSERT INTO messages (person_id, direction, author, body, at) VALUES ('{}', 'in', 'person', 'hello', $1)",
                    someone.id
                ),
                long_ago,
            )
            .await?;
        }
        let mut conn = store.reader().await?;
        transcript::append(&mut conn, &back_again.id, transcript::Author::Person, "me again").await?;
        drop(conn);
        exec(
            &store,
            &format!(
                "INSERT INTO handoffs (person_id, urgency, summary, created_at) VALUES ('{}', 'normal', 'asked for a person', $1)",
                waiting_for_a_navigator.id
            ),
            long_ago,
        )
        .await?;
        let mut conn = store.reader().await?;
        let old_reply = outbox::enqueue(&mut conn, &message(&back_again.id, "old")).await?;
        let new_reply = outbox::enqueue(&mut conn, &message(&back_again.id, "new")).await?;
        outbox::mark_sent(&mut conn, new_reply, "p2").await?;
        drop(conn);
        exec(&store, &format!("UPDATE outbox SET sent_at = $1 WHERE id = {old_reply}"), long_ago).await?;
        exec(&store, "INSERT INTO deliveries (channel, provider_id, received_at) VALUES ('sms', 'old', $1)", long_ago).await?;
        exec(&store, "INSERT INTO deliveries (channel, provider_id, received_at) VALUES ('sms', 'new', $1)", bot::store::now_ms()).await?;
        exec(&store, "INSERT INTO audit_log (navigator_id, action, at) VALUES ('n1', 'open', $1)", bot::store::now_ms() - 800 * day)
            .await?;
        exec(&store, "INSERT INTO audit_log (navigator_id, action, at) VALUES ('n1', 'open', $1)", long_ago).await?;
        exec(&store, "INSERT INTO listing_reports (service_id, note, at) VALUES ('s1', 'closed now', $1)", long_ago).await?;

        let mut conn = store.reader().await?;
        let swept = retention::sweep(&mut conn, &retention::Policy::default()).await?;
        ensure!(swept.people == 1, "only the person silent for over a year with nothing in hand goes: {swept:?}");
        ensure!(people::get(&mut conn, &silent.id).await?.is_none());
        ensure!(people::get(&mut conn, &back_again.id).await?.is_some(), "who wrote again is kept");
        ensure!(people::get(&mut conn, &waiting_for_a_navigator.id).await?.is_some(), "an open handoff keeps its person");
        ensure!(
            rows(&store, &format!("SELECT COUNT(*) FROM messages WHERE person_id = '{}'", silent.id)).await? == 0,
            "their transcript went with them"
        );
        ensure!(rows(&store, "SELECT COUNT(*) FROM outbox").await? == 1, "a reply sent over 30 days ago is deleted, a recent one kept");
        ensure!(rows(&store, "SELECT COUNT(*) FROM deliveries").await? == 1);
        ensure!(rows(&store, "SELECT COUNT(*) FROM audit_log").await? == 1, "audit rows go after two years");
        ensure!(rows(&store, "SELECT COUNT(*) FROM listing_reports").await? == 0);
        ensure!(
            retention::sweep(&mut conn, &retention::Policy::default()).await? == retention::Swept::default(),
            "a second sweep finds nothing"
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_residents_report_on_a_listing_is_erased_with_them() {
    on_both(|store| async move {
        let someone = person(&store, "+447700900050").await?;
        let mut conn = store.reader().await?;
        bot::store::figures::report_listing(&mut conn, &someone.id, "s1", "it moved to Tuesdays, ring me on 07700900050").await?;
        people::begin_erasure(&mut conn, &someone.id).await?;
        ensure!(people::finish_erasure(&mut conn, &someone.id).await?);
        ensure!(rows(&store, "SELECT COUNT(*) FROM listing_reports").await? == 0, "their words went with them");
        Ok(())
    })
    .await;
}

/// Every (table, column) of the schema as the database itself lists it, so a table added later
/// is searched too without anyone remembering to add it here.
async fn every_column(store: &Store) -> Result<Vec<(String, String)>> {
    use sqlx::Row;
    let sql = match store.backend {
        bot::store::Backend::Sqlite => {
            "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%'"
        }
        bot::store::Backend::Postgres => {
            "SELECT CAST(table_name AS TEXT), CAST(column_name AS TEXT) FROM information_schema.columns \
             WHERE table_schema = 'public' AND table_name NOT LIKE '_sqlx%'"
        }
    };
    let rows = sqlx::query(sql).fetch_all(&mut *store.reader().await?).await?;
    Ok(rows.into_iter().map(|row| (row.get(0), row.get(1))).collect())
}

/// The places where `needle` still appears, as "table.column".
async fn places_naming(store: &Store, needle: &str) -> Result<Vec<String>> {
    let mut found = Vec::new();
    for (table, column) in every_column(store).await? {
        let sql = format!("SELECT COUNT(*) FROM {table} WHERE CAST({column} AS TEXT) LIKE $1");
        if rows_bound(store, &sql, &format!("%{needle}%")).await? > 0 {
            found.push(format!("{table}.{column}"));
        }
    }
    Ok(found)
}

async fn rows_bound(store: &Store, sql: &str, value: &str) -> Result<i64> {
    use sqlx::Row;
    Ok(sqlx::query(sql).bind(value).fetch_one(&mut *store.reader().await?).await?.get(0))
}

#[tokio::test]
async fn an_erasure_on_request_leaves_no_row_anywhere_naming_the_person() {
    use bot::store::{audit, figures, handoffs, inbox, navigators, notes};
    on_both(|store| async move {
        let someone = person(&store, "+447700900060").await?;
        let id = someone.id.clone();
        let mut conn = store.reader().await?;
        transcript::append(&mut conn, &id, transcript::Author::Person, "I'd like a choir near Batley").await?;
        ensure!(conversations::save(&mut conn, &id, "{\"step\":\"suggested\"}", 0).await?);
        outbox::enqueue(&mut conn, &message(&id, "Some ideas near Batley")).await?;
        scheduled::schedule(&mut conn, &id, "check_in", 0).await?;
        inbox::pace(&mut conn, &id, 30, bot::store::now_ms()).await?;
        inbox::put(&mut conn, &id, Channel::Sms, "{\"Text\":\"hello\"}", 0).await?;
        figures::report_listing(&mut conn, &id, "s1", "it closed").await?;
        handoffs::open(&mut conn, &id, flows::Urgency::Normal, "asked for a person", handoffs::Team::Adult).await?;
        let handoff = handoffs::queue(&mut conn, None).await?.remove(0);
        let navigator = navigators::create(&mut conn, "sam@council.example", false, handoffs::Team::Adult, "h", 0).await?;
        notes::add(&mut conn, handoff.id, &navigator.id, "rang back, all fine").await?;
        audit::record(&mut conn, &navigator.id, "open", Some(handoff.id), Some(&id)).await?;
        let before = places_naming(&store, id.as_str()).await?;
        ensure!(before.len() >= 8, "the person is named in many places before: {before:?}");

        ensure!(people::erase_now(&mut conn, &id).await?);
        let left = places_naming(&store, id.as_str()).await?;
        ensure!(left.is_empty(), "still named after erasure in {left:?}");
        let number = places_naming(&store, "7700900060").await?;
        ensure!(number.is_empty(), "the number is still kept in {number:?}");
        ensure!(audit::latest(&mut conn, 10).await?.len() == 1, "the navigator's act is kept, without whom");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn guesses_sent_side_by_side_get_no_more_attempts_than_the_limit() {
    use bot::store::{handoffs, navigators};
    on_both(|store| async move {
        let mut conn = store.reader().await?;
        let sam = navigators::create(&mut conn, "sam@council.example", false, handoffs::Team::Adult, "h", 0).await?;
        drop(conn);
        let later = bot::store::now_ms() + 900_000;
        let guesses = (0..12).map(|_| {
            let (store, id) = (store.clone(), sam.id.clone());
            async move {
                let mut conn = store.reader().await?;
                navigators::reserve_login_attempt(&mut conn, &id, 5, later).await
            }
        });
        let taken: Vec<bool> = futures::future::try_join_all(guesses).await?;
        ensure!(taken.iter().filter(|t| **t).count() == 5, "{taken:?}");
        let mut conn = store.reader().await?;
        let locked = navigators::credentials(&mut conn, "sam@council.example").await?.expect("sam").locked_until;
        ensure!(locked == Some(later), "the account is locked once its attempts are spent: {locked:?}");
        Ok(())
    })
    .await;
}

#[cfg(unix)]
#[tokio::test]
async fn the_sqlite_file_is_readable_by_its_owner_only() -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let folder = tempfile::tempdir()?;
    let file = folder.path().join("frontdoor.db");
    let store = Store::open(&format!("sqlite://{}?mode=rwc", file.display())).await?;
    for path in [file.clone(), folder.path().join("frontdoor.db-wal")] {
        let mode = std::fs::metadata(&path)?.permissions().mode() & 0o777;
        ensure!(mode == 0o600, "{} has mode {mode:o}", path.display());
    }
    store.close().await;
    Ok(())
}

#[tokio::test]
async fn a_transaction_that_reads_before_it_writes_is_not_refused_when_another_commits_meanwhile() {
    use bot::store::transcript::Author;
    on_both(|store| async move {
        let someone = person(&store, "+447700900020").await?;
        let mut tx = store.begin_write().await?;
        let before = transcript::until(&mut tx, &someone.id, i64::MAX).await?.len();
        let meanwhile = {
            let (store, id) = (store.clone(), someone.id.clone());
            tokio::spawn(async move {
                let mut conn = store.reader().await?;
                transcript::append(&mut conn, &id, Author::Person, "meanwhile").await
            })
        };
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        transcript::append(&mut tx, &someone.id, Author::Bot, "after reading").await?;
        tx.commit().await?;
        meanwhile.await??;
        let mut conn = store.reader().await?;
        let after = transcript::until(&mut conn, &someone.id, i64::MAX).await?.len();
        ensure!(after == before + 2, "{before} lines became {after}");
        Ok(())
    })
    .await;
}

/// Writes of one process queue for SQLite's one write lock in the process, where the next is
/// woken the moment the lock is free, instead of sleeping in SQLite's busy handler; PostgreSQL
/// writers do not wait for each other.
#[tokio::test]
async fn writers_of_one_process_take_turns_on_sqlite_only() {
    use std::time::Duration;
    on_both(|store| async move {
        let first = store.writer().await?;
        let patience = match store.backend {
            bot::store::Backend::Sqlite => Duration::from_millis(300),
            bot::store::Backend::Postgres => Duration::from_secs(10),
        };
        let second = tokio::time::timeout(patience, store.begin_acknowledged()).await;
        match store.backend {
            bot::store::Backend::Sqlite => ensure!(second.is_err(), "a second writer began while the first held the turn"),
            bot::store::Backend::Postgres => ensure!(second.is_ok(), "a PostgreSQL writer waited for another"),
        }
        drop(second);
        let waiting = tokio::spawn({
            let store = store.clone();
            async move { store.begin_write().await?.commit().await.map_err(anyhow::Error::from) }
        });
        drop(first);
        waiting.await??;
        Ok(())
    })
    .await;
}

/// The commissioners' figures read searches by month and the labels of those that found
/// nothing (the gaps in provision), on both databases.
#[tokio::test]
async fn figures_show_gaps_in_provision_and_months() {
    on_both(|store| async move {
        let mut conn = store.reader().await?;
        let october = 1_790_000_000_000_i64 + 10 * 86_400_000; // 2 October 2026
        let november = october + 31 * 86_400_000;
        let asks = [
            ("music,young_people", 0, Some("BATLEY6"), Some("kirklees"), october),
            ("music", 0, None, Some("hackney"), november),
            ("walking_outdoors", 3, None, Some("kirklees"), november),
            ("walking_outdoors", 1, None, None, november),
        ];
        for (tags, found, cohort, area, at) in asks {
            let tags: Vec<nlp::Tag> = tags.split(',').map(|id| nlp::Tag::from_id(id).expect("a label")).collect();
            bot::store::figures::record_ask(&mut conn, &tags, cohort, area, found).await?;
            sqlx::query("UPDATE asks SET at = $1 WHERE id = (SELECT MAX(id) FROM asks)").bind(at).execute(&mut *conn).await?;
        }
        let summary = bot::store::figures::summary(&mut conn, october - 1).await?;
        ensure!((summary.searches, summary.found_nothing, summary.school_searches) == (4, 2, 1), "{summary:?}");
        ensure!(summary.nothing_found_for == vec![("music".to_string(), 2), ("young_people".to_string(), 1)], "{summary:?}");
        let months: Vec<(&str, i64, i64)> = summary.by_month.iter().map(|m| (m.month.as_str(), m.searches, m.found_nothing)).collect();
        ensure!(months == vec![("2026-10", 1, 1), ("2026-11", 3, 1)], "{months:?}");
        let named = |pairs: &[(&str, i64)]| pairs.iter().map(|(name, count)| (name.to_string(), *count)).collect::<Vec<_>>();
        ensure!(summary.searches_by_area == named(&[("kirklees", 2), ("hackney", 1), ("not known", 1)]), "{:?}", summary.searches_by_area);
        ensure!(summary.nothing_found_by_area == named(&[("hackney", 1), ("kirklees", 1)]), "{:?}", summary.nothing_found_by_area);
        ensure!(summary.searches_by_cohort == named(&[("no school code", 3), ("BATLEY6", 1)]), "{:?}", summary.searches_by_cohort);
        Ok(())
    })
    .await;
}

/// The figures count who got in touch by channel and month, the handoffs by why they were made,
/// how many were picked up and the middle wait (a gentle check that became a crisis counts as a
/// crisis reply), and the feedback question's answers apart from suggestions' outcomes.
#[tokio::test]
async fn figures_count_who_got_in_touch_and_handoffs_by_kind() {
    use bot::store::handoffs::{self, Team};
    on_both(|store| async move {
        let texter = person(&store, "+447700900030").await?;
        let asker = person(&store, "+447700900031").await?;
        let mut conn = store.reader().await?;
        let chatter = people::find_or_create(&mut conn, Channel::Telegram, "4242").await?;
        handoffs::open(&mut conn, &texter.id, flows::Urgency::Urgent, flows::UNSURE_SUMMARY, Team::Adult).await?;
        handoffs::open(&mut conn, &asker.id, flows::Urgency::Normal, "Asked for a person", Team::Adult).await?;
        handoffs::open(&mut conn, &chatter.id, flows::Urgency::Urgent, flows::UNSURE_SUMMARY, Team::Adult).await?;
        handoffs::open(&mut conn, &chatter.id, flows::Urgency::Urgent, "Signs of danger", Team::Adult).await?;
        let asked: i64 = sqlx::query_scalar("SELECT id FROM handoffs WHERE person_id = $1").bind(&asker.id).fetch_one(&mut *conn).await?;
        ensure!(handoffs::claim(&mut conn, asked, "navigator-1").await?);
        let summary = bot::store::figures::summary(&mut conn, 0).await?;
        ensure!(summary.started_by_channel == vec![("sms".to_string(), 2), ("telegram".to_string(), 1)], "{summary:?}");
        ensure!(summary.started_by_month.len() == 1 && summary.started_by_month[0].1 == 3, "{summary:?}");
        let kinds: Vec<(&str, i64, i64)> = summary.handoffs.iter().map(|h| (h.kind.as_str(), h.count, h.picked_up)).collect();
        ensure!(kinds == vec![("asked_for_a_person", 1, 1), ("crisis_reply", 1, 0), ("gentle_check", 1, 0)], "{kinds:?}");
        ensure!(summary.handoffs[0].median_wait_minutes == Some(0) && summary.handoffs[1].median_wait_minutes.is_none(), "{summary:?}");
        for outcome in ["went", "connected_more", "connected_more", "connected_less"] {
            bot::store::figures::record_outcome(&mut conn, outcome, None).await?;
        }
        let summary = bot::store::figures::summary(&mut conn, 0).await?;
        ensure!(summary.outcomes == vec![("went".to_string(), 1)], "the feedback answers are not outcomes of a suggestion: {summary:?}");
        let feeling: Vec<(&str, i64)> = summary.feeling_connected.iter().map(|(answer, count)| (answer.as_str(), *count)).collect();
        ensure!(feeling == vec![("more", 2), ("same", 0), ("less", 1)], "{feeling:?}");
        Ok(())
    })
    .await;
}

/// The SQLite and PostgreSQL migrations are written twice (their id and blob types differ), so
/// this keeps them in step: the same migration files, and once run, the same tables with the
/// same columns. A column added to one and forgotten in the other fails here, not in a
/// council's replica.
#[tokio::test]
async fn both_databases_have_the_same_schema() -> Result<()> {
    let names = |backend: &str| -> Result<Vec<String>> {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations").join(backend);
        let mut names: Vec<String> =
            std::fs::read_dir(folder)?.map(|entry| Ok(entry?.file_name().to_string_lossy().into_owned())).collect::<Result<_>>()?;
        names.sort();
        Ok(names)
    };
    ensure!(names("sqlite")? == names("postgres")?, "the migration files differ: {:?} against {:?}", names("sqlite")?, names("postgres")?);
    let sqlite = common::TestDb::sqlite().await?;
    let postgres = common::TestDb::postgres().await?;
    let columns = |mut listed: Vec<(String, String)>| {
        listed.sort();
        listed
    };
    let (on_sqlite, on_postgres) = (columns(every_column(&sqlite.store).await?), columns(every_column(&postgres.store).await?));
    sqlite.finish().await?;
    postgres.finish().await?;
    let only = |a: &[(String, String)], b: &[(String, String)]| a.iter().filter(|column| !b.contains(column)).cloned().collect::<Vec<_>>();
    ensure!(
        on_sqlite == on_postgres,
        "only on SQLite: {:?}; only on PostgreSQL: {:?}",
        only(&on_sqlite, &on_postgres),
        only(&on_postgres, &on_sqlite)
    );
    Ok(())
}

/// A note for the navigator (a time to ring, "do not text first") is added to the open
/// handoff's summary once however often it is sent, keeps what the summary said before (so
/// the figures still tell a gentle check from a crisis), and touches no resolved handoff.
#[tokio::test]
async fn a_note_for_the_navigator_is_added_once_to_the_open_handoff() {
    use bot::store::handoffs::{self, Team};
    on_both(|store| async move {
        let checked = person(&store, "+447700900070").await?;
        let nobody = person(&store, "+447700900071").await?;
        let mut conn = store.reader().await?;
        handoffs::open(&mut conn, &checked.id, flows::Urgency::Urgent, flows::UNSURE_SUMMARY, Team::Adult).await?;
        for _ in 0..2 {
            handoffs::note(&mut conn, &checked.id, "Best times: mornings.").await?;
        }
        handoffs::note(&mut conn, &checked.id, "Gave a phone number in the chat.").await?;
        handoffs::note(&mut conn, &nobody.id, "Best times: mornings.").await?;
        let queue = handoffs::queue(&mut conn, None).await?;
        ensure!(queue.len() == 1, "a note opens no handoff: {queue:?}");
        let expected = format!("{} Best times: mornings. Gave a phone number in the chat.", flows::UNSURE_SUMMARY);
        ensure!(queue[0].summary == expected, "{:?}", queue[0].summary);
        let summary = bot::store::figures::summary(&mut conn, 0).await?;
        ensure!(summary.handoffs[0].kind == "gentle_check", "{summary:?}");
        Ok(())
    })
    .await;
}
