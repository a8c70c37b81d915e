//! One writer at a time on SQLite, queued in the process rather than in SQLite.
//!
//! SQLite lets one connection write at a time. A connection that finds the write lock taken
//! waits in SQLite's busy handler, which sleeps 1, 2, 5, 10 … 100 ms between looks and never
//! hears that the lock came free: under a burst most writes waited a sleep longer than the
//! write before them took, and replies' p99 was three times their p50. A deferred transaction
//! that read before another commit is refused outright ("database is locked", no wait). So every
//! write of the hot path (intake, claims, turns, sends) first takes [`WriteGate`]'s one permit,
//! handed over in arrival order the moment it is given back, and SQLite never sees two writers
//! from this process. Other processes on the file (a CLI command) still meet the busy handler.
//! PostgreSQL has row locks and many writers; there the gate lets everyone through.

use anyhow::{anyhow, Context, Result};
use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, AnyPool, Transaction};
use std::ops::{Deref, DerefMut};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// How long a write waits for its turn before giving up, as SQLite's own busy timeout would:
/// a write that waits longer is stuck behind something broken, and its caller retries.
const GATE_TIMEOUT: Duration = Duration::from_secs(10);

/// The queue for the write lock of this process's SQLite file; open on PostgreSQL.
#[derive(Clone, Debug)]
pub struct WriteGate(Option<Arc<Semaphore>>);

impl WriteGate {
    /// One writer at a time (SQLite).
    pub fn single() -> WriteGate {
        WriteGate(Some(Arc::new(Semaphore::new(1))))
    }

    /// No queue (PostgreSQL).
    pub fn open() -> WriteGate {
        WriteGate(None)
    }

    /// Waits for this process's turn to write; `None` when there is no queue.
    async fn turn(&self) -> Result<Option<OwnedSemaphorePermit>> {
        let Some(gate) = &self.0 else { return Ok(None) };
        let permit = tokio::time::timeout(GATE_TIMEOUT, gate.clone().acquire_owned())
            .await
            .map_err(|_| anyhow!("the database stayed busy for {} s", GATE_TIMEOUT.as_secs()))?
            .context("the database's write queue is closed")?;
        Ok(Some(permit))
    }

    /// A connection from `pool` to write with outside a transaction (each statement commits).
    pub async fn connection(&self, pool: &AnyPool) -> Result<Writing<PoolConnection<Any>>> {
        let turn = self.turn().await?;
        Ok(Writing { inner: pool.acquire().await?, _turn: turn })
    }

    /// A transaction on `pool` that starts with `begin` (`BEGIN IMMEDIATE` on SQLite).
    pub async fn transaction(&self, pool: &AnyPool, begin: &'static str) -> Result<Writing<Transaction<'static, Any>>> {
        let turn = self.turn().await?;
        let inner = if turn.is_some() { pool.begin_with(begin).await? } else { pool.begin().await? };
        Ok(Writing { inner, _turn: turn })
    }
}

/// A connection or transaction that holds this process's turn to write until it is dropped
/// (or committed), so the next writer starts the moment it is done.
#[derive(Debug)]
pub struct Writing<C> {
    inner: C,
    _turn: Option<OwnedSemaphorePermit>,
}

impl Writing<Transaction<'static, Any>> {
    /// Commits, then gives the turn to the next writer.
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.inner.commit().await
    }

    /// Undoes the transaction, then gives the turn to the next writer.
    pub async fn rollback(self) -> Result<(), sqlx::Error> {
        self.inner.rollback().await
    }
}

impl<C: DerefMut<Target = AnyConnection>> Deref for Writing<C> {
    type Target = AnyConnection;

    fn deref(&self) -> &AnyConnection {
        &self.inner
    }
}

impl<C: DerefMut<Target = AnyConnection>> DerefMut for Writing<C> {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        &mut self.inner
    }
}
