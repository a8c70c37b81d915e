//! Storage: the one interface through which everything in Front Door reads and writes.
//!
//! One set of SQL serves SQLite (the embedded default) and PostgreSQL (for several replicas):
//! queries use `$1` placeholders, `ON CONFLICT`, `RETURNING`, BIGINT millisecond timestamps and
//! 0/1 flags, which both understand. Each submodule owns the queries of one idea and takes a
//! plain connection, so callers compose them inside one transaction.

pub mod audit;
pub mod conversations;
pub mod deliveries;
pub mod delivery_status;
pub mod directory;
pub mod figures;
pub mod gauges;
pub mod handoffs;
pub mod inbox;
pub mod navigators;
pub mod notes;
pub mod outbox;
pub mod people;
pub mod retention;
pub mod scheduled;
pub mod transcript;
pub mod wakeup;
pub mod writing;

use anyhow::{bail, Context, Result};
use sqlx::any::{AnyConnectOptions, AnyPoolOptions, AnyRow};
use sqlx::pool::PoolConnection;
use sqlx::{AnyPool, Executor, Row};
use std::str::FromStr;
use std::time::Duration;
use writing::Writing;

/// Which database a URL names; the two differ only in migrations and connection settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// One file, one process: the embedded default.
    Sqlite,
    /// A server shared by replicas.
    Postgres,
}

impl Backend {
    fn of(url: &str) -> Result<Backend> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            bail!("DATABASE_URL must start with sqlite: or postgres://")
        }
    }
}

/// A pool of connections to the one database, shared by the server, workers and commands.
#[derive(Clone, Debug)]
pub struct Store {
    /// The connections; `Any` so that one set of queries serves both backends. Private, so
    /// every write goes through [`Store::begin_write`] or [`Store::writer`] and takes SQLite's
    /// one write lock in this process's turn; reads take [`Store::reader`].
    pool: AnyPool,
    /// The connections for commits that something outside relies on: a delivery acknowledged
    /// to a provider who will not send it again, and the claim of replies about to be sent. On
    /// SQLite their commit waits until the write-ahead log is on disk, which makes every earlier
    /// commit durable too, while `pool` commits survive the process being killed but not a
    /// power cut. A power cut can so undo only work whose replies have not left yet, which the
    /// inbox then does again. On PostgreSQL, where every commit is flushed, this is `pool`.
    acknowledged: AnyPool,
    /// Which backend, for the few places that must differ.
    pub backend: Backend,
    /// This process's queue for the SQLite write lock (see [`writing`]).
    gate: writing::WriteGate,
}

/// The pool's concurrent connections on a server; SQLite writes one at a time anyway.
const MAX_CONNECTIONS: u32 = 10;
/// Connections for acknowledged commits on SQLite: one intake at a time holds the write lock.
const ACKNOWLEDGED_CONNECTIONS: u32 = 4;

impl Store {
    /// Connects and brings the schema up to date, so every command can assume the latest tables.
    pub async fn open(url: &str) -> Result<Store> {
        sqlx::any::install_default_drivers();
        let backend = Backend::of(url)?;
        let pool = connect(url, backend, MAX_CONNECTIONS, "NORMAL").await?;
        let acknowledged = match backend {
            Backend::Sqlite => connect(url, backend, ACKNOWLEDGED_CONNECTIONS, "FULL").await?,
            Backend::Postgres => pool.clone(),
        };
        let gate = match backend {
            Backend::Sqlite => writing::WriteGate::single(),
            Backend::Postgres => writing::WriteGate::open(),
        };
        let store = Store { pool, acknowledged, backend, gate };
        store.migrate().await?;
        if backend == Backend::Sqlite {
            owner_only(url)?;
        }
        Ok(store)
    }

    async fn migrate(&self) -> Result<()> {
        let migrator = match self.backend {
            Backend::Sqlite => sqlx::migrate!("./migrations/sqlite"),
            Backend::Postgres => sqlx::migrate!("./migrations/postgres"),
        };
        migrator.run(&self.pool).await.context("cannot bring the database schema up to date")
    }

    /// Has PostgreSQL re-read the sizes and spread of the inbox and outbox, so their claims are
    /// planned for the queues as they are now (see `workers::QueueStatistics`).
    pub async fn refresh_queue_statistics(&self) -> Result<()> {
        sqlx::query("ANALYZE inbox, outbox").execute(&self.pool).await?;
        Ok(())
    }

    /// Begins a transaction that will write, in this process's turn (see [`writing`]). On SQLite
    /// it takes the write lock at `BEGIN` (`IMMEDIATE`): a transaction that reads before it
    /// writes, like a navigator's act, would otherwise be refused "database is locked" at once,
    /// with no wait, whenever another process's commit came between its first read and its first
    /// write. PostgreSQL needs nothing of the kind.
    pub async fn begin_write(&self) -> Result<Writing<sqlx::Transaction<'static, sqlx::Any>>> {
        self.gate.transaction(&self.pool, "BEGIN IMMEDIATE").await
    }

    /// Begins a write whose commit something outside relies on, durably (see
    /// [`Store::acknowledged`]), in this process's turn.
    pub async fn begin_acknowledged(&self) -> Result<Writing<sqlx::Transaction<'static, sqlx::Any>>> {
        self.gate.transaction(&self.acknowledged, "BEGIN IMMEDIATE").await
    }

    /// Closes every connection, waiting for those in use: a replica shut down in a test, or a
    /// command that is done, leaves the database with nothing open.
    pub async fn close(&self) {
        self.pool.close().await;
        self.acknowledged.close().await;
    }

    /// A connection for reads that need no transaction (a page, a figure, the state before a
    /// turn is thought through); given back as soon as it is dropped.
    pub async fn reader(&self) -> Result<PoolConnection<sqlx::Any>> {
        Ok(self.pool.acquire().await?)
    }

    /// A connection for writes that each commit alone (a claim, a send recorded), in this
    /// process's turn; given back as soon as it is dropped.
    pub async fn writer(&self) -> Result<Writing<PoolConnection<sqlx::Any>>> {
        self.gate.connection(&self.pool).await
    }

    /// As [`Store::writer`], for a claim that must be durable before what it claims leaves.
    pub async fn acknowledged_writer(&self) -> Result<Writing<PoolConnection<sqlx::Any>>> {
        self.gate.connection(&self.acknowledged).await
    }

    /// Answers whether the database is reachable now, for `/healthz`.
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }
}

/// Makes the SQLite file and its write-ahead log readable by the service's own user only: they
/// hold residents' numbers and words, and a new file would otherwise take the umask (often
/// readable by every user of the machine).
fn owner_only(url: &str) -> Result<()> {
    let path = url.trim_start_matches("sqlite://").trim_start_matches("sqlite:");
    let path = path.split('?').next().unwrap_or_default();
    if path.is_empty() || path.starts_with(':') {
        return Ok(());
    }
    for file in [path.to_string(), format!("{path}-wal"), format!("{path}-shm")] {
        restrict(std::path::Path::new(&file)).with_context(|| format!("cannot make {file} private"))?;
    }
    Ok(())
}

#[cfg(unix)]
fn restrict(file: &std::path::Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    match std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o600)) {
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
        done => done,
    }
}

#[cfg(not(unix))]
fn restrict(_file: &std::path::Path) -> std::io::Result<()> {
    Ok(())
}

/// Opens a pool of `size` connections, each set up with [`SQLITE_PRAGMAS`] and the given
/// `synchronous` setting on SQLite: NORMAL, a commit survives the process being killed (the log
/// is synced at checkpoints); FULL, each commit waits until the log is on disk, so it survives
/// a power cut too. Syncing every commit cost more than the work itself on a virtual disk: at
/// 200 messages a second replies fell 11 seconds behind, so only acknowledged commits do.
async fn connect(url: &str, backend: Backend, size: u32, synchronous: &'static str) -> Result<AnyPool> {
    let options = AnyConnectOptions::from_str(url).context("DATABASE_URL is not a valid URL")?;
    AnyPoolOptions::new()
        .max_connections(size)
        .acquire_timeout(Duration::from_secs(30))
        .after_connect(move |conn, _| {
            Box::pin(async move {
                if backend == Backend::Sqlite {
                    conn.execute(SQLITE_PRAGMAS).await?;
                    conn.execute(format!("PRAGMA synchronous = {synchronous}").as_str()).await?;
                }
                Ok(())
            })
        })
        .connect_with(options)
        .await
        .context("cannot connect to the database named by DATABASE_URL")
}

/// SQLite settings for every connection: write-ahead log so readers never block the writer, and
/// a wait instead of "busy" errors; how commits sync is set per pool (see [`connect`]).
const SQLITE_PRAGMAS: &str = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON;";

/// A table of work claimed with leases (the inbox, the outbox): its name and the columns that,
/// once set, say a row is done. The claim, the renewal of leases while the work runs and their
/// release after a crash all read the queue from this one description.
#[derive(Debug)]
pub struct QueueTable {
    /// The table; it has `id`, `person_id`, `locked_until` and `attempts` columns.
    pub table: &'static str,
    /// The columns that make a row no longer pending when set (sent, failed).
    pub finished: &'static [&'static str],
}

impl QueueTable {
    /// " AND {alias}column IS NULL" for each finished column: the row is still pending.
    fn pending(&self, alias: &str) -> String {
        self.finished.iter().map(|column| format!(" AND {alias}{column} IS NULL")).collect()
    }

    /// Pushes back the end of the leases on rows a live worker still holds. Workers renew their
    /// leases every third of a lease while they work, so a lease can be a few seconds long (the
    /// rows of a replica that died come free that soon) however long the work itself takes. A
    /// row already finished or released keeps its state.
    pub async fn renew(&self, conn: &mut sqlx::AnyConnection, ids: &[i64], lease_ms: i64) -> Result<u64> {
        if ids.is_empty() {
            return Ok(0);
        }
        // The ids are integers the program claimed itself, so they may be inlined.
        let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
        let sql = format!("UPDATE {} SET locked_until = $1 WHERE id IN ({list}) AND locked_until IS NOT NULL", self.table);
        let renewed = sqlx::query(&sql).bind(now_ms() + lease_ms).execute(&mut *conn).await?;
        Ok(renewed.rows_affected())
    }

    /// Frees every lease on the pending rows: at the start of the only process on a SQLite file,
    /// whatever a crash left claimed is nobody's and is worked at once rather than after its
    /// lease. The lease is set to have ended at the epoch rather than cleared, so the next claim
    /// still sees that an attempt was cut short.
    pub async fn release_all(&self, conn: &mut sqlx::AnyConnection) -> Result<u64> {
        let sql = format!("UPDATE {} SET locked_until = 0 WHERE locked_until > 0{}", self.table, self.pending(""));
        Ok(sqlx::query(&sql).execute(&mut *conn).await?.rows_affected())
    }
}

/// A claim on a [`QueueTable`] that takes at most one row per person at a time (their oldest
/// pending row), so a person's rows are worked in order while different people's rows are worked
/// side by side.
pub(crate) struct PersonQueue {
    /// The table claimed from.
    pub queue: &'static QueueTable,
    /// Further conditions on a claimable row, naming its columns as `q.column`.
    pub due: String,
    /// The claim order, naming columns as `q.column`.
    pub order: &'static str,
    /// The columns returned for each claimed row.
    pub returning: &'static str,
    /// Further `SET` assignments the claim makes (starting with a comma), which see the row as
    /// it was before the claim; empty for none.
    pub also_set: &'static str,
}

impl PersonQueue {
    /// The claim statement: $1 the lease's end, $2 now, $3 the most rows to take.
    ///
    /// On PostgreSQL (`locking` is `FOR UPDATE SKIP LOCKED`) replicas claiming at once take
    /// different rows instead of queueing behind each other; the rows are picked in a CTE, which
    /// PostgreSQL runs once (a locking subquery under `IN` may be run again for each row the
    /// UPDATE scans, and pick more rows than the limit). SQLite has a single writer and its
    /// UPDATE takes the write lock before it reads, which serialises claims the same way. The
    /// outer WHERE repeats the lease check, so a row another claim took in between is not taken.
    pub fn claim_sql(&self, locking: &str) -> String {
        let (table, order, returning, also_set) = (self.queue.table, self.order, self.returning, self.also_set);
        let pending = |alias: &str| self.queue.pending(alias);
        let (mine, earlier, outer) = (pending("q."), pending("earlier."), pending(""));
        let due = &self.due;
        format!(
            "WITH picked AS (SELECT q.id FROM {table} q \
                 WHERE {due}{mine} AND (q.locked_until IS NULL OR q.locked_until < $2) \
                   AND NOT EXISTS (SELECT 1 FROM {table} earlier \
                       WHERE earlier.person_id = q.person_id AND earlier.id < q.id{earlier}) \
                 ORDER BY {order} LIMIT $3{locking}) \
             UPDATE {table} SET locked_until = $1, attempts = attempts + 1{also_set} \
             WHERE id IN (SELECT id FROM picked) \
               AND (locked_until IS NULL OR locked_until < $2){outer} \
             RETURNING {returning}"
        )
    }

    /// Claims up to `limit` rows for `lease_ms`.
    pub async fn claim(&self, conn: &mut sqlx::AnyConnection, lease_ms: i64, limit: usize) -> Result<Vec<sqlx::any::AnyRow>> {
        let now = now_ms();
        let sql = self.claim_sql(skip_locked(conn));
        Ok(sqlx::query(&sql).bind(now + lease_ms).bind(now).bind(i64::try_from(limit).unwrap_or(i64::MAX)).fetch_all(&mut *conn).await?)
    }
}

/// The row-locking clause PostgreSQL needs for concurrent claims; empty on SQLite.
fn skip_locked(conn: &sqlx::AnyConnection) -> &'static str {
    if conn.backend_name().eq_ignore_ascii_case("postgresql") {
        " FOR UPDATE SKIP LOCKED"
    } else {
        ""
    }
}

/// A yes/no column by name: both databases keep flags as 0 or 1, which sqlx's `Any` driver
/// does not decode as a `bool` itself, so rows with flags implement `FromRow` with this.
fn flag(row: &AnyRow, column: &str) -> Result<bool, sqlx::Error> {
    row.try_get::<i64, _>(column).map(|value| value != 0)
}

/// A channel column by name, as [`flows::Channel::name`] wrote it.
fn channel(row: &AnyRow, column: &str) -> Result<flows::Channel, sqlx::Error> {
    let name: String = row.try_get(column)?;
    flows::Channel::try_from(name).map_err(|error| sqlx::Error::ColumnDecode { index: column.to_string(), source: error.into() })
}

/// Milliseconds since the Unix epoch: the one clock every table uses.
pub fn now_ms() -> i64 {
    let since_epoch = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    i64::try_from(since_epoch.as_millis()).unwrap_or(i64::MAX)
}

/// `bytes` random bytes as hex: ids that say nothing about who they name, and secret tokens.
pub fn random_hex(bytes: usize) -> String {
    use rand::RngCore;
    let mut buffer = vec![0u8; bytes];
    rand::rngs::OsRng.fill_bytes(&mut buffer);
    hex::encode(buffer)
}
