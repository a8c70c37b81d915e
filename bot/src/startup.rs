//! Puts the parts together: content, classifier and directory into a pipeline, and the senders
//! each configured channel needs. Shared by `serve` and `chat`, so both run the same pipeline.

use crate::channels::sms_gateway::GatewaySender;
use crate::channels::telegram::TelegramClient;
use crate::channels::twilio::{TwilioAccount, TwilioSender};
use crate::channels::Sender;
use crate::config::Config;
use crate::pipeline::{Pipeline, Setting};
use crate::store::Store;
use crate::workers::DeliveryOptions;
use crate::{content, search, understanding};
use anyhow::Result;
use secrecy::ExposeSecret;
use std::collections::HashMap;
use std::sync::Arc;
use tokio::sync::Notify;

/// What a command that handles messages needs.
pub struct Parts {
    /// The database.
    pub store: Store,
    /// The inbound pipeline.
    pub pipeline: Arc<Pipeline>,
    /// Rung after every commit that queued replies.
    pub outbox_wake: Arc<Notify>,
}

/// Opens the database and loads the pipeline.
pub async fn start(config: &Config) -> Result<Parts> {
    let store = Store::open(&config.database_url).await?;
    let outbox_wake = Arc::new(Notify::new());
    let pipeline = load_pipeline(config, store.clone(), outbox_wake.clone()).await?;
    Ok(Parts { store, pipeline, outbox_wake })
}

/// Loads content, classifier and directory (slow: the model) and builds the pipeline.
pub async fn load_pipeline(config: &Config, store: Store, outbox_wake: Arc<Notify>) -> Result<Arc<Pipeline>> {
    let content_dir = config.content_dir.clone();
    let content = tokio::task::spawn_blocking(move || content::load(&content_dir)).await??;
    let understanding = understanding::load(config).await?;
    let directory = search::DirectorySearch::new(store.clone(), understanding.clone(), config)?;
    Ok(Arc::new(Pipeline::new(
        store,
        understanding.clone(),
        Arc::new(content),
        Arc::new(directory),
        outbox_wake,
        Setting {
            area: config.area.clone(),
            navigator_hours: config.navigator_hours.clone(),
            youth_navigator_hours: config.youth_navigator_hours(),
        },
    )))
}

/// A sender for every channel whose credentials are set. SMS goes through Twilio when its
/// account is set, and through the generic gateway otherwise.
pub fn senders(config: &Config) -> HashMap<flows::Channel, Arc<dyn Sender>> {
    let mut senders: HashMap<flows::Channel, Arc<dyn Sender>> = HashMap::new();
    if let (Some(url), Some(secret)) = (&config.sms_gateway_url, &config.sms_webhook_secret) {
        let gateway = GatewaySender::new(url.clone(), secret.clone(), config.sms_from.clone());
        senders.insert(flows::Channel::Sms, Arc::new(gateway));
    }
    if let Some(account) = twilio_account(config) {
        let twilio = TwilioSender::new(account, config.public_url.as_deref());
        senders.insert(flows::Channel::Sms, Arc::new(twilio));
    }
    if let Some(telegram) = telegram_client(config) {
        senders.insert(flows::Channel::Telegram, Arc::new(telegram));
    }
    senders
}

/// How the outbox sender runs, from the configuration.
pub fn delivery_options(config: &Config) -> DeliveryOptions {
    DeliveryOptions { lease: config.outbox_lease, in_flight: config.outbox_in_flight, auth_pause: config.outbox_auth_pause }
}

/// The Bot API client, when a bot token is set.
pub fn telegram_client(config: &Config) -> Option<TelegramClient> {
    let token = config.telegram_bot_token.as_ref()?.expose_secret();
    Some(TelegramClient::new(&config.telegram_api_url, token))
}

/// The Twilio account, when all of its settings are present.
fn twilio_account(config: &Config) -> Option<TwilioAccount> {
    Some(TwilioAccount {
        api_url: config.twilio_api_url.clone(),
        account_sid: config.twilio_account_sid.clone()?,
        auth_token: config.twilio_auth_token.clone()?,
        from: config.twilio_from.clone()?,
    })
}
