//! `frontdoor serve`: starts the HTTP server at once, loads the pipeline behind it, then runs the
//! outbox and scheduler workers until asked to stop.

use crate::config::Config;
use crate::server::limit::RateLimiter;
use crate::server::{self, App};
use crate::startup;
use crate::store::Store;
use crate::workers::{self, Delivery};
use anyhow::{Context, Result};
use std::sync::{Arc, OnceLock};
use tokio::sync::{watch, Notify};

/// Options of `frontdoor serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {}

/// Serves until SIGTERM or Ctrl-C, then finishes what is in flight.
pub async fn run(config: Config, _args: ServeArgs) -> Result<()> {
    let store = Store::open(&config.database_url).await?;
    let listener = tokio::net::TcpListener::bind(config.bind)
        .await
        .with_context(|| format!("cannot listen on {}", config.bind))?;
    tracing::info!(address = %listener.local_addr()?, "listening");
    let ready = Arc::new(OnceLock::new());
    let limiter = Arc::new(RateLimiter::per_minute(config.rate_limit_per_minute));
    let app = App { pipeline: ready.clone(), store: store.clone(), config: Arc::new(config.clone()), limiter };
    let (stop, stopped) = watch::channel(false);
    let server = tokio::spawn(async move {
        axum::serve(listener, server::router(app))
            .with_graceful_shutdown(async move {
                server::shutdown_signal().await;
                let _ = stop.send(true);
            })
            .await
    });
    let wake = Arc::new(Notify::new());
    let pipeline = startup::load_pipeline(&config, store.clone(), wake.clone()).await?;
    let _ = ready.set(pipeline.clone());
    tracing::info!("ready");
    let delivery = Delivery::new(store.clone(), startup::senders(&config), wake, config.outbox_lease);
    let sending = tokio::spawn(delivery.run(stopped.clone()));
    let scheduling = tokio::spawn(workers::run_scheduler(pipeline, store, stopped));
    server.await?.context("the HTTP server failed")?;
    sending.await?;
    scheduling.await?;
    tracing::info!("stopped cleanly");
    Ok(())
}
