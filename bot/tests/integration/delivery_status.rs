//! Delivery statuses in storage, on SQLite and on the real PostgreSQL server: kept against the
//! outbox row a provider's id names, never moved backwards, and gone with an erasure.

use crate::common::on_both;
use anyhow::{ensure, Result};
use bot::store::delivery_status::{self, Report, Status};
use bot::store::people::PersonId;
use bot::store::{outbox, people, Store};
use flows::Channel;
use sqlx::{AnyConnection, Row};

/// Queues one SMS to a new person and marks it sent under `sid`; returns the person and row.
async fn sent_sms(conn: &mut AnyConnection, address: &str, sid: &str) -> Result<(PersonId, i64)> {
    let person = people::find_or_create(conn, Channel::Sms, address).await?;
    let message = outbox::NewMessage {
        person_id: &person.id,
        channel: Channel::Sms,
        body: "{\"text\":\"hello\"}",
        urgent: false,
        ignores_opt_out: false,
    };
    let row = outbox::enqueue(conn, &message).await?;
    ensure!(outbox::mark_sent(conn, row, sid).await?);
    Ok((person.id, row))
}

fn report(sid: &str, status: Status) -> Report<'_> {
    Report { provider_message_id: sid, status, error_code: None }
}

/// The latest status word kept for an SMS.
async fn latest_word(conn: &mut AnyConnection, sid: &str) -> Result<Option<String>> {
    Ok(delivery_status::latest(conn, Channel::Sms, sid).await?.map(|latest| latest.status))
}

async fn statuses_kept(store: &Store) -> Result<i64> {
    let mut conn = store.reader().await?;
    Ok(sqlx::query("SELECT COUNT(*) FROM delivery_statuses").fetch_one(&mut *conn).await?.get(0))
}

#[tokio::test]
async fn a_status_only_moves_forward_and_the_first_outcome_stands() {
    on_both(|store| async move {
        let mut conn = store.reader().await?;
        let (_, row) = sent_sms(&mut conn, "+447700900701", "SM701").await?;
        ensure!(delivery_status::record(&mut conn, Channel::Sms, &report("SM701", Status::Queued)).await?);
        ensure!(delivery_status::record(&mut conn, Channel::Sms, &report("SM701", Status::Sent)).await?);
        ensure!(delivery_status::record(&mut conn, Channel::Sms, &report("SM701", Status::Delivered)).await?);
        ensure!(!delivery_status::record(&mut conn, Channel::Sms, &report("SM701", Status::Delivered)).await?, "a repeat");
        ensure!(!delivery_status::record(&mut conn, Channel::Sms, &report("SM701", Status::Sent)).await?, "a late sent");
        let failed = Report { error_code: Some("30003"), ..report("SM701", Status::Failed) };
        ensure!(!delivery_status::record(&mut conn, Channel::Sms, &failed).await?, "a second outcome");
        let latest = delivery_status::latest(&mut conn, Channel::Sms, "SM701").await?.expect("kept");
        ensure!(latest.outbox_id == row && latest.status == "delivered" && latest.error_code.is_none());
        ensure!(latest.updated_at > 0);
        ensure!(statuses_kept(&store).await? == 1);
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_failure_keeps_its_error_code() {
    on_both(|store| async move {
        let mut conn = store.reader().await?;
        sent_sms(&mut conn, "+447700900702", "SM702").await?;
        ensure!(delivery_status::record(&mut conn, Channel::Sms, &report("SM702", Status::Sent)).await?);
        let undelivered = Report { error_code: Some("30003"), ..report("SM702", Status::Undelivered) };
        ensure!(delivery_status::record(&mut conn, Channel::Sms, &undelivered).await?);
        let latest = delivery_status::latest(&mut conn, Channel::Sms, "SM702").await?.expect("kept");
        ensure!(latest.status == "undelivered" && latest.error_code.as_deref() == Some("30003"));
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_status_for_a_message_not_in_the_outbox_is_not_kept() {
    on_both(|store| async move {
        let mut conn = store.reader().await?;
        sent_sms(&mut conn, "+447700900703", "SM703").await?;
        ensure!(!delivery_status::record(&mut conn, Channel::Sms, &report("SM-unknown", Status::Delivered)).await?);
        ensure!(
            !delivery_status::record(&mut conn, Channel::Telegram, &report("SM703", Status::Delivered)).await?,
            "another channel's message of the same id"
        );
        ensure!(statuses_kept(&store).await? == 0);
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn an_erasure_takes_the_statuses_and_a_late_one_is_not_kept() {
    on_both(|store| async move {
        let mut conn = store.reader().await?;
        let (person, _) = sent_sms(&mut conn, "+447700900704", "SM704").await?;
        let (_, other_row) = sent_sms(&mut conn, "+447700900705", "SM705").await?;
        ensure!(delivery_status::record(&mut conn, Channel::Sms, &report("SM704", Status::Sent)).await?);
        ensure!(delivery_status::record(&mut conn, Channel::Sms, &report("SM705", Status::Sent)).await?);
        people::begin_erasure(&mut conn, &person).await?;
        ensure!(latest_word(&mut conn, "SM704").await?.is_none());
        ensure!(statuses_kept(&store).await? == 1, "only the other person's status stays");
        ensure!(!delivery_status::record(&mut conn, Channel::Sms, &report("SM704", Status::Delivered)).await?);
        ensure!(people::finish_erasure(&mut conn, &person).await?);
        ensure!(statuses_kept(&store).await? == 1);
        let other = delivery_status::latest(&mut conn, Channel::Sms, "SM705").await?.expect("kept");
        ensure!(other.outbox_id == other_row && other.status == "sent");
        Ok(())
    })
    .await;
}
