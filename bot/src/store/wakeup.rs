//! Waking workers across replicas. In one process a commit rings a `Notify`; on PostgreSQL it
//! also sends `NOTIFY` in the same transaction, and every replica listens, so a message taken
//! in by one replica is worked by whichever has a free worker, and its replies are sent at once
//! by any replica, not at the next poll. SQLite has one process, so the `Notify` is enough.

use super::Backend;
use anyhow::Result;
use sqlx::postgres::PgListener;
use sqlx::AnyConnection;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{watch, Notify};

/// The notification channel for new inbox rows.
pub const INBOX: &str = "frontdoor_inbox";

/// The notification channel for new outbox rows.
pub const OUTBOX: &str = "frontdoor_outbox";

/// How long the listener waits before connecting again after losing its connection.
const RECONNECT_PAUSE: Duration = Duration::from_secs(1);

/// Announces new work on `channel` to every replica when the caller's transaction commits
/// (PostgreSQL delivers NOTIFY only then); nothing on SQLite.
pub async fn announce(conn: &mut AnyConnection, channel: &'static str) -> Result<()> {
    if conn.backend_name().eq_ignore_ascii_case("postgresql") {
        sqlx::query("SELECT pg_notify($1, '')").bind(channel).execute(&mut *conn).await?;
    }
    Ok(())
}

/// Rings `wakes` (pairs of a notification channel and the workers' `Notify`) whenever any replica
/// announces work, until told to stop; reconnects after a lost connection, ringing every worker
/// then, since announcements may have been missed meanwhile. Does nothing on SQLite.
pub async fn listen(backend: Backend, url: String, wakes: Vec<(&'static str, Arc<Notify>)>, mut shutdown: watch::Receiver<bool>) {
    if backend != Backend::Postgres {
        return;
    }
    while !*shutdown.borrow() {
        if let Err(error) = relay(&url, &wakes, &mut shutdown).await {
            tracing::warn!(error = format!("{error:#}"), "lost the PostgreSQL notification listener; reconnecting");
        }
        for (_, wake) in &wakes {
            wake.notify_one();
        }
        tokio::select! {
            _ = tokio::time::sleep(RECONNECT_PAUSE) => {}
            _ = shutdown.changed() => {}
        }
    }
}

/// Listens on one connection and relays each notification to its `Notify` until stopped.
async fn relay(url: &str, wakes: &[(&'static str, Arc<Notify>)], shutdown: &mut watch::Receiver<bool>) -> Result<()> {
    let mut listener = PgListener::connect(url).await?;
    listener.listen_all(wakes.iter().map(|(channel, _)| *channel)).await?;
    loop {
        let notification = tokio::select! {
            notification = listener.recv() => notification?,
            _ = shutdown.changed() => return Ok(()),
        };
        if let Some((_, wake)) = wakes.iter().find(|(channel, _)| *channel == notification.channel()) {
            wake.notify_one();
        }
    }
}
