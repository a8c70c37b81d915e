//! What every request handler can reach: the one [`App`] the router is built with, shared by
//! the webhooks, the health checks and the console.

use crate::config::Config;
use crate::pipeline::Pipeline;
use crate::store::Store;
use std::sync::{Arc, OnceLock};

/// What every request handler can reach.
#[derive(Clone)]
pub struct App {
    /// Set once the classifier and content are loaded; the console and `/healthz` wait for it.
    pub pipeline: Arc<OnceLock<Arc<Pipeline>>>,
    /// For the health check.
    pub store: Store,
    /// Where verified webhook deliveries are stored, a burst to a commit.
    pub intake: crate::intake::Intake,
    /// Secrets and URLs for verifying webhooks.
    pub config: Arc<Config>,
    /// Rung when a webhook stored a message, so an inbox worker takes its turn at once.
    pub inbox_wake: Arc<tokio::sync::Notify>,
    /// The navigator console's pages and settings.
    pub console: Arc<super::console::Console>,
    /// The Bot API, when Telegram is configured: answers button presses and leaves groups.
    pub telegram: Option<crate::channels::telegram::TelegramClient>,
    /// Channels whose provider refused our credentials, shown in `/healthz`.
    pub sending: Arc<crate::workers::Pauses>,
}
