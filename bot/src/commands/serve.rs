//! `frontdoor serve`: starts the HTTP server at once, loads the pipeline behind it, then runs the
//! inbox, outbox and scheduler workers (and, when asked, Telegram long polling) until asked to stop.

use crate::config::Config;
use crate::server::{self, App};
use crate::startup;
use crate::store::wakeup;
use crate::store::Store;
use crate::workers::{self, Delivery};
use anyhow::{bail, Context, Result};
use secrecy::ExposeSecret;
use std::sync::{Arc, OnceLock};
use tokio::sync::{watch, Notify};

/// Options of `frontdoor serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Point Telegram's webhook at FRONTDOOR_PUBLIC_URL/webhooks/telegram (with
    /// TELEGRAM_WEBHOOK_SECRET) before serving.
    #[arg(long, conflicts_with = "telegram_polling")]
    pub set_webhook: bool,
    /// Fetch Telegram updates by long polling instead of a webhook: for a laptop with no
    /// public URL. Removes any webhook first, as Telegram requires.
    #[arg(long)]
    pub telegram_polling: bool,
}

/// Serves until SIGTERM or Ctrl-C, then finishes what is in flight.
pub async fn run(config: Config, args: ServeArgs) -> Result<()> {
    let telegram = startup::telegram_client(&config);
    if (args.set_webhook || args.telegram_polling) && telegram.is_none() {
        bail!("--set-webhook and --telegram-polling need TELEGRAM_BOT_TOKEN");
    }
    if args.set_webhook {
        set_telegram_webhook(&config).await?;
    }
    let store = Store::open(&config.database_url).await?;
    let listener = tokio::net::TcpListener::bind(config.bind).await.with_context(|| format!("cannot listen on {}", config.bind))?;
    tracing::info!(address = %listener.local_addr()?, "listening");
    let ready = Arc::new(OnceLock::new());
    let wake = Arc::new(Notify::new());
    let delivery = Arc::new(Delivery::new(store.clone(), startup::senders(&config), wake.clone(), &startup::delivery_options(&config)));
    let inbox_wake = Arc::new(Notify::new());
    let app = App {
        pipeline: ready.clone(),
        store: store.clone(),
        intake: crate::intake::Intake::start(store.clone()),
        config: Arc::new(config.clone()),
        inbox_wake: inbox_wake.clone(),
        console: Arc::new(crate::server::console::Console::load(&config)?),
        telegram: telegram.clone(),
        sending: delivery.pauses(),
    };
    let (stop, stopped) = watch::channel(false);
    let router = server::router(app.clone());
    let console = app.console.clone();
    let server = tokio::spawn(async move {
        axum::serve(listener, router.into_make_service_with_connect_info::<std::net::SocketAddr>())
            .with_graceful_shutdown(async move {
                server::shutdown_signal().await;
                console.close_streams();
                let _ = stop.send(true);
            })
            .await
    });
    let pipeline = startup::load_pipeline(&config, store.clone(), wake.clone()).await?;
    let _ = ready.set(pipeline.clone());
    tracing::info!("ready");
    let polling =
        telegram.filter(|_| args.telegram_polling).map(|client| tokio::spawn(server::telegram::poll(app, client, stopped.clone())));
    workers::free_leases_left_by_a_crash(&store).await;
    let sending = tokio::spawn(delivery.run(stopped.clone()));
    let wakes = vec![(wakeup::INBOX, inbox_wake.clone()), (wakeup::OUTBOX, wake.clone())];
    let listening = tokio::spawn(wakeup::listen(store.backend, config.database_url.clone(), wakes, stopped.clone()));
    let watching = tokio::spawn(workers::watch_backlog(store.clone(), stopped.clone()));
    let inbox = tokio::spawn(workers::run_inbox(pipeline.clone(), store.clone(), inbox_wake, config.inbox_workers, stopped.clone()));
    let sweeping = tokio::spawn(workers::run_retention(store.clone(), config.retention(), stopped.clone()));
    let scheduling = tokio::spawn(workers::run_scheduler(pipeline, store, stopped));
    server.await?.context("the HTTP server failed")?;
    if let Some(polling) = polling {
        polling.await?;
    }
    inbox.await?;
    listening.await?;
    watching.await?;
    sending.await?;
    scheduling.await?;
    sweeping.await?;
    tracing::info!("stopped cleanly");
    Ok(())
}

/// Registers `FRONTDOOR_PUBLIC_URL/webhooks/telegram` with Telegram, with our secret token.
async fn set_telegram_webhook(config: &Config) -> Result<()> {
    let Some(client) = startup::telegram_client(config) else {
        bail!("--set-webhook needs TELEGRAM_BOT_TOKEN");
    };
    let (Some(public_url), Some(secret)) = (&config.public_url, &config.telegram_webhook_secret) else {
        bail!("--set-webhook needs FRONTDOOR_PUBLIC_URL and TELEGRAM_WEBHOOK_SECRET");
    };
    let url = format!("{public_url}/webhooks/telegram");
    client.set_webhook(&url, secret.expose_secret()).await.context("Telegram refused the webhook")?;
    tracing::info!("Telegram webhook set");
    Ok(())
}
