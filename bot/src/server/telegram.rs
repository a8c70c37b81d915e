//! Telegram's webhook, and the long-polling loop that replaces it on a laptop with no public
//! URL. Both hand each update to [`handle`], so they behave the same.

use super::webhooks::{process, require_content_type, Outcome, WebhookError};
use super::App;
use crate::channels::telegram::{self, Incoming, TelegramClient};
use crate::store::people::{self, PersonId};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::Json;
use secrecy::ExposeSecret;
use std::time::Duration;
use teloxide::types::Update;
use tokio::sync::watch;

/// How long polling waits after a failure before asking again.
const POLL_PAUSE: Duration = Duration::from_secs(2);

/// `POST /webhooks/telegram`: one update, with the secret token we gave Telegram.
pub async fn webhook(State(app): State<App>, headers: HeaderMap, body: Bytes) -> Result<Json<serde_json::Value>, WebhookError> {
    let secret = app.config.telegram_webhook_secret.as_ref().map(ExposeSecret::expose_secret).ok_or(WebhookError::NotConfigured)?;
    let client = app.telegram.clone().ok_or(WebhookError::NotConfigured)?;
    require_content_type(&headers, "application/json")?;
    let given = headers.get(telegram::SECRET_HEADER).and_then(|value| value.to_str().ok()).ok_or(WebhookError::Forged)?;
    if !crate::secret::same(given, secret) {
        return Err(WebhookError::Forged);
    }
    let incoming = telegram::parse_update(&body).map_err(|error| WebhookError::Malformed(error.to_string()))?;
    Ok(handle(&app, &client, incoming).await?.json())
}

/// Does what one update asks: a person's message goes into the inbox; a button press too, and
/// is then answered; a block stops all sending to that person; being added to a
/// group is answered with a note and a goodbye.
async fn handle(app: &App, client: &TelegramClient, incoming: Incoming) -> Result<Outcome, WebhookError> {
    match incoming {
        Incoming::Person(inbound) => process(app, inbound).await,
        Incoming::Button { inbound, callback_id } => {
            let outcome = process(app, inbound).await?;
            if let Err(error) = client.answer_callback(&callback_id).await {
                tracing::warn!(%error, "a button press could not be answered");
            }
            Ok(outcome)
        }
        Incoming::Blocked { address, blocked } => {
            record_block(app, &address, blocked).await?;
            Ok(Outcome::Accepted)
        }
        Incoming::AddedToGroup { chat_id } => {
            if let Err(error) = client.leave_group(chat_id).await {
                tracing::warn!(%error, "could not leave a group chat");
            }
            Ok(Outcome::Accepted)
        }
        Incoming::Ignored => Ok(Outcome::Accepted),
    }
}

/// Marks the person behind a Telegram chat as unreachable (blocked) or reachable again. Someone
/// who never wrote to us has nothing to mark.
async fn record_block(app: &App, address: &str, blocked: bool) -> Result<(), WebhookError> {
    let recorded: anyhow::Result<Option<PersonId>> = async {
        let telegram = flows::Channel::Telegram;
        let mut conn = app.store.writer().await?;
        let Some(person) = people::find(&mut conn, telegram, address).await? else {
            return Ok(None);
        };
        people::set_opted_out(&mut conn, &person.id, telegram, blocked).await?;
        Ok(Some(person.id))
    }
    .await;
    match recorded {
        Ok(Some(person)) => {
            tracing::info!(%person, blocked, "Telegram block status recorded");
            Ok(())
        }
        Ok(None) => Ok(()),
        Err(error) => {
            tracing::error!(error = format!("{error:#}"), "a Telegram block could not be recorded");
            Err(WebhookError::Failed)
        }
    }
}

/// Fetches updates by long polling until told to stop, handling each as the webhook would.
/// An update is acknowledged (the offset moves past it) only once handled, or once it proves
/// unreadable; on any other failure the same updates are asked for again after a pause.
/// (teloxide reads each polled update; one it cannot read still has its id, so it cannot hold
/// up the ones after it.)
pub async fn poll(app: App, client: TelegramClient, mut stop: watch::Receiver<bool>) {
    if let Err(error) = client.delete_webhook().await {
        tracing::warn!(%error, "could not remove the Telegram webhook; polling may be refused");
    }
    tracing::info!("polling Telegram for updates");
    let mut offset = 0;
    while !*stop.borrow() {
        let updates = tokio::select! {
            updates = client.get_updates(offset) => updates,
            _ = stop.changed() => break,
        };
        let pause = match updates {
            Ok(updates) => handle_batch(&app, &client, updates, &mut offset).await,
            Err(error) => {
                tracing::warn!(%error, "Telegram polling failed; trying again");
                Some(POLL_PAUSE)
            }
        };
        if let Some(pause) = pause {
            tokio::select! {
                _ = tokio::time::sleep(pause) => {}
                _ = stop.changed() => {}
            }
        }
    }
}

/// Handles polled updates in order, moving `offset` past each one done; returns how long to
/// pause when one must be tried again.
async fn handle_batch(app: &App, client: &TelegramClient, updates: Vec<Update>, offset: &mut i32) -> Option<Duration> {
    for update in updates {
        let next = update.id.as_offset();
        let handled = match telegram::read_update(update) {
            Ok(incoming) => handle(app, client, incoming).await,
            Err(error) => Err(WebhookError::Malformed(error.to_string())),
        };
        match handled {
            Ok(_) | Err(WebhookError::Malformed(_)) => *offset = next,
            Err(error) => {
                tracing::warn!(%error, "a polled Telegram update will be tried again");
                return Some(POLL_PAUSE);
            }
        }
    }
    None
}
