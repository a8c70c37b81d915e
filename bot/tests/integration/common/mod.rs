//! Test databases: every storage test runs once on a fresh SQLite file and once on a fresh
//! database on the real PostgreSQL server (`FRONTDOOR_TEST_POSTGRES_URL`, by default the
//! machine's server at 127.0.0.1:5432). A missing server fails the tests: it never skips them.

#![allow(dead_code)]

use anyhow::{Context, Result};
use bot::store::Store;
use rand::Rng;
use sqlx::{Connection, Executor, PgConnection};
use std::future::Future;

/// Where the PostgreSQL tests make their databases.
fn postgres_admin_url() -> String {
    std::env::var("FRONTDOOR_TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

/// A database that lives as long as the test.
pub struct TestDb {
    /// The store under test.
    pub store: Store,
    /// Its URL, for starting the binary against the same database.
    pub url: String,
    /// Keeps the SQLite file's folder alive.
    _folder: Option<tempfile::TempDir>,
    /// The PostgreSQL database to drop afterwards.
    postgres_name: Option<String>,
}

impl TestDb {
    /// A fresh SQLite file.
    pub async fn sqlite() -> Result<TestDb> {
        let folder = tempfile::tempdir()?;
        let url = format!("sqlite://{}?mode=rwc", folder.path().join("test.db").display());
        let store = Store::open(&url).await?;
        Ok(TestDb { store, url, _folder: Some(folder), postgres_name: None })
    }

    /// A fresh database on the PostgreSQL server.
    pub async fn postgres() -> Result<TestDb> {
        let admin = postgres_admin_url();
        let name = format!("frontdoor_test_{:012x}", rand::thread_rng().gen::<u64>() & 0xffff_ffff_ffff);
        let mut conn = PgConnection::connect(&admin).await.with_context(|| format!("the PostgreSQL tests need a server at {admin}"))?;
        conn.execute(format!("CREATE DATABASE {name}").as_str()).await?;
        let base = admin.rsplit_once('/').map(|(base, _)| base).unwrap_or(&admin);
        let url = format!("{base}/{name}");
        let store = Store::open(&url).await?;
        Ok(TestDb { store, url, _folder: None, postgres_name: Some(name) })
    }

    /// Closes the pool and drops the PostgreSQL database.
    pub async fn finish(self) -> Result<()> {
        self.store.close().await;
        if let Some(name) = self.postgres_name {
            let mut conn = PgConnection::connect(&postgres_admin_url()).await?;
            conn.execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str()).await?;
        }
        Ok(())
    }
}

/// Runs `test` on a fresh SQLite database and then on a fresh PostgreSQL database.
pub async fn on_both<F, Fut>(test: F)
where
    F: Fn(Store) -> Fut,
    Fut: Future<Output = Result<()>>,
{
    on_both_with_url(|store, _| test(store)).await
}

/// [`on_both`] for tests that also open the database again, as a second replica would.
pub async fn on_both_with_url<F, Fut>(test: F)
where
    F: Fn(Store, String) -> Fut,
    Fut: Future<Output = Result<()>>,
{
    for (backend, db) in [("sqlite", TestDb::sqlite().await), ("postgres", TestDb::postgres().await)] {
        let db = db.unwrap_or_else(|error| panic!("cannot make a {backend} test database: {error:#}"));
        let outcome = test(db.store.clone(), db.url.clone()).await;
        db.finish().await.expect("the test database can be dropped");
        if let Err(error) = outcome {
            panic!("failed on {backend}: {error:#}");
        }
    }
}
