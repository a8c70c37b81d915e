//! Telegram: Bot API updates in (by webhook or long polling), Bot API calls out.
//!
//! Updates are read into a small subset of the Bot API's types, the fields this channel uses;
//! every other field is ignored, so a new Bot API version cannot break parsing. What a person
//! did becomes an [`Inbound`] keyed `telegram:<update_id>`, so a redelivered update is one turn.
//!
//! # What each update becomes
//! - Text, and an edited text (a correction): [`InboundKind::Text`]; `/start <payload>` deep
//!   links: [`InboundKind::Start`] with the school code.
//! - A shared location or venue: [`InboundKind::Location`]. Live-location updates (edits of a
//!   location) are ignored, or every few seconds would start a search.
//! - Stickers, photos, voice notes, contacts and the rest: [`InboundKind::Unsupported`], which
//!   the flows answer kindly; never dropped in silence.
//! - A button press (callback query): its data as text, and the press must be answered.
//! - Group chats: ignored; when the bot is added to one it says why it is leaving, and leaves.
//! - `my_chat_member` in a private chat: the person blocked (or unblocked) the bot.

use super::{Inbound, InboundKind, OutMessage, SendError, Sender};
use async_trait::async_trait;
use serde::Deserialize;

/// The header Telegram repeats the webhook's secret token in.
pub const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

/// The updates the bot asks Telegram for, by webhook or polling.
pub const ALLOWED_UPDATES: [&str; 4] = [
    "message",
    "edited_message",
    "callback_query",
    "my_chat_member",
];

/// What the bot says in a group before leaving it.
pub const GROUP_NOTE: &str =
    "Hello! I only chat one to one, so I'll leave this group. Message me directly to find things to do nearby.";

/// The longest text accepted in one message (Telegram allows 4096).
const MAX_TEXT_CHARS: usize = 5_000;

/// The most bytes Telegram takes in a button's callback data.
const MAX_CALLBACK_DATA_BYTES: usize = 64;

/// One update, as much of it as this channel reads.
#[derive(Debug, Deserialize)]
struct Update {
    update_id: i64,
    message: Option<Message>,
    edited_message: Option<Message>,
    callback_query: Option<CallbackQuery>,
    my_chat_member: Option<ChatMemberUpdated>,
}

#[derive(Debug, Deserialize)]
struct Message {
    chat: Chat,
    text: Option<String>,
    location: Option<Location>,
    venue: Option<Venue>,
    sticker: Option<serde_json::Value>,
    photo: Option<serde_json::Value>,
    voice: Option<serde_json::Value>,
    video: Option<serde_json::Value>,
    video_note: Option<serde_json::Value>,
    audio: Option<serde_json::Value>,
    animation: Option<serde_json::Value>,
    document: Option<serde_json::Value>,
    contact: Option<serde_json::Value>,
    poll: Option<serde_json::Value>,
    dice: Option<serde_json::Value>,
}

#[derive(Debug, Deserialize)]
struct Chat {
    id: i64,
    #[serde(rename = "type")]
    kind: String,
}

#[derive(Debug, Deserialize)]
struct Location {
    latitude: f64,
    longitude: f64,
}

#[derive(Debug, Deserialize)]
struct Venue {
    location: Location,
}

#[derive(Debug, Deserialize)]
struct CallbackQuery {
    id: String,
    from: User,
    data: Option<String>,
}

#[derive(Debug, Deserialize)]
struct User {
    id: i64,
}

#[derive(Debug, Deserialize)]
struct ChatMemberUpdated {
    chat: Chat,
    new_chat_member: ChatMember,
}

#[derive(Debug, Deserialize)]
struct ChatMember {
    status: String,
}

/// What one update asks of us.
#[derive(Debug, Clone, PartialEq)]
pub enum Incoming {
    /// Something a person did, for the pipeline.
    Person(Inbound),
    /// A button press: for the pipeline, and the press must be answered to stop its spinner.
    Button {
        /// The press as text.
        inbound: Inbound,
        /// The id `answerCallbackQuery` needs.
        callback_id: String,
    },
    /// The person blocked the bot (`true`) or unblocked it (`false`).
    Blocked {
        /// Their chat id: the address of their person.
        address: String,
        /// Whether they can no longer be messaged.
        blocked: bool,
    },
    /// The bot was added to a group: say why it is leaving, and leave.
    AddedToGroup {
        /// The group's chat id.
        chat_id: i64,
    },
    /// Nothing for us (group chatter, live-location ticks, channel posts).
    Ignored,
}

/// Why an update could not be read; each becomes a 400.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ParseError {
    /// Not an update's JSON shape.
    #[error("the body is not a Telegram update: {0}")]
    Shape(String),
    /// The text is longer than Telegram allows.
    #[error("the message text is too long")]
    TooLong,
}

/// Reads one update's JSON.
pub fn parse_update(body: &[u8]) -> Result<Incoming, ParseError> {
    let update: Update =
        serde_json::from_slice(body).map_err(|error| ParseError::Shape(error.to_string()))?;
    let provider_id = format!("telegram:{}", update.update_id);
    if let Some(message) = update.message {
        return from_message(provider_id, message, false);
    }
    if let Some(message) = update.edited_message {
        return from_message(provider_id, message, true);
    }
    if let Some(query) = update.callback_query {
        return Ok(from_callback(provider_id, query));
    }
    Ok(update
        .my_chat_member
        .map_or(Incoming::Ignored, from_membership))
}

/// A message in a private chat, new or edited.
fn from_message(
    provider_id: String,
    message: Message,
    edited: bool,
) -> Result<Incoming, ParseError> {
    if message.chat.kind != "private" {
        return Ok(Incoming::Ignored);
    }
    let kind = match (
        &message.text,
        message
            .location
            .as_ref()
            .or(message.venue.as_ref().map(|venue| &venue.location)),
    ) {
        (Some(text), _) if text.chars().count() > MAX_TEXT_CHARS => {
            return Err(ParseError::TooLong)
        }
        (Some(text), _) => text_kind(text),
        (None, Some(_)) if edited => return Ok(Incoming::Ignored),
        (None, Some(location)) => InboundKind::Location {
            lat: location.latitude,
            lon: location.longitude,
        },
        (None, None) => InboundKind::Unsupported(unsupported_kind(&message).into()),
    };
    Ok(Incoming::Person(Inbound {
        channel: flows::Channel::Telegram,
        provider_id,
        address: message.chat.id.to_string(),
        kind,
    }))
}

/// Text, or a `/start` deep link with its payload (`/start@OurBot code` in some clients).
fn text_kind(text: &str) -> InboundKind {
    let trimmed = text.trim();
    let (command, rest) = trimmed
        .split_once(char::is_whitespace)
        .unwrap_or((trimmed, ""));
    let is_start = command == "/start" || command.starts_with("/start@");
    if !is_start {
        return InboundKind::Text(text.to_string());
    }
    let payload = rest.trim();
    InboundKind::Start((!payload.is_empty()).then(|| payload.to_string()))
}

/// A short name for what was sent instead of words, for the flows and the figures.
fn unsupported_kind(message: &Message) -> &'static str {
    let kinds = [
        (message.sticker.is_some(), "sticker"),
        (message.photo.is_some(), "photo"),
        (message.voice.is_some(), "voice note"),
        (
            message.video.is_some() || message.video_note.is_some(),
            "video",
        ),
        (message.audio.is_some(), "audio"),
        (message.animation.is_some(), "animation"),
        (message.document.is_some(), "file"),
        (message.contact.is_some(), "contact"),
        (message.poll.is_some(), "poll"),
        (message.dice.is_some(), "dice"),
    ];
    kinds
        .iter()
        .find(|(present, _)| *present)
        .map_or("message", |(_, kind)| kind)
}

/// A button press, addressed to the person who pressed it (their private chat has their id).
fn from_callback(provider_id: String, query: CallbackQuery) -> Incoming {
    let inbound = Inbound {
        channel: flows::Channel::Telegram,
        provider_id,
        address: query.from.id.to_string(),
        kind: InboundKind::Text(query.data.unwrap_or_default()),
    };
    Incoming::Button {
        inbound,
        callback_id: query.id,
    }
}

/// A change in the bot's membership of a chat.
fn from_membership(update: ChatMemberUpdated) -> Incoming {
    let status = update.new_chat_member.status.as_str();
    match update.chat.kind.as_str() {
        "private" => match status {
            "kicked" => Incoming::Blocked {
                address: update.chat.id.to_string(),
                blocked: true,
            },
            "member" => Incoming::Blocked {
                address: update.chat.id.to_string(),
                blocked: false,
            },
            _ => Incoming::Ignored,
        },
        "group" | "supergroup" if matches!(status, "member" | "administrator") => {
            Incoming::AddedToGroup {
                chat_id: update.chat.id,
            }
        }
        _ => Incoming::Ignored,
    }
}

/// The Bot API's envelope around every answer.
#[derive(Debug, Deserialize)]
struct ApiAnswer<T> {
    ok: bool,
    result: Option<T>,
    description: Option<String>,
    parameters: Option<ApiParameters>,
}

#[derive(Debug, Deserialize)]
struct ApiParameters {
    retry_after: Option<u64>,
}

#[derive(Debug, Deserialize)]
struct SentMessage {
    message_id: i64,
}

/// Calls the Bot API: sends replies, answers button presses, manages the webhook and polls.
#[derive(Debug, Clone)]
pub struct TelegramClient {
    /// Keeps connections open between calls.
    client: reqwest::Client,
    /// `{TELEGRAM_API_URL}/bot{token}/`, to which a method name is appended.
    base: String,
}

impl TelegramClient {
    /// A client for the bot with `token` at `api_url` (Telegram's, self-hosted, or a fake).
    pub fn new(api_url: &str, token: &str) -> TelegramClient {
        let client = reqwest::Client::builder()
            .timeout(LONG_POLL_SECS_TIMEOUT)
            .build()
            .expect("a client with a timeout can always be built");
        TelegramClient {
            client,
            base: format!("{}/bot{token}/", api_url.trim_end_matches('/')),
        }
    }

    /// Calls one method and returns its result, sorting failures into retry or give up.
    async fn call<T: serde::de::DeserializeOwned>(
        &self,
        method: &str,
        body: &serde_json::Value,
        timeout: std::time::Duration,
    ) -> Result<T, SendError> {
        let response = self
            .client
            .post(format!("{}{method}", self.base))
            .timeout(timeout)
            .json(body)
            .send()
            .await
            .map_err(|error| {
                SendError::Retry(format!("Telegram unreachable: {}", error.without_url()))
            })?;
        let status = response.status();
        let answer: ApiAnswer<T> = response.json().await.map_err(|error| {
            SendError::Retry(format!(
                "Telegram's answer to {method} is unreadable ({status}): {}",
                error.without_url()
            ))
        })?;
        match answer {
            ApiAnswer {
                ok: true,
                result: Some(result),
                ..
            } => Ok(result),
            ApiAnswer {
                description,
                parameters,
                ..
            } => {
                let reason = format!(
                    "Telegram refused {method} ({status}): {}",
                    description.unwrap_or_default()
                );
                let retry = status.is_server_error()
                    || status.as_u16() == 429
                    || parameters.is_some_and(|parameters| parameters.retry_after.is_some());
                Err(if retry {
                    SendError::Retry(reason)
                } else {
                    SendError::Permanent(reason)
                })
            }
        }
    }

    /// Stops the spinner on a pressed button.
    pub async fn answer_callback(&self, callback_id: &str) -> Result<(), SendError> {
        let body = serde_json::json!({ "callback_query_id": callback_id });
        self.call::<bool>("answerCallbackQuery", &body, crate::workers::SEND_TIMEOUT)
            .await
            .map(drop)
    }

    /// Says why the bot will not stay in a group, then leaves it.
    pub async fn leave_group(&self, chat_id: i64) -> Result<(), SendError> {
        let note = serde_json::json!({ "chat_id": chat_id, "text": GROUP_NOTE });
        self.call::<SentMessage>("sendMessage", &note, crate::workers::SEND_TIMEOUT)
            .await?;
        let leave = serde_json::json!({ "chat_id": chat_id });
        self.call::<bool>("leaveChat", &leave, crate::workers::SEND_TIMEOUT)
            .await
            .map(drop)
    }

    /// Points Telegram's webhook at `url`, with the secret it must send back on every call.
    pub async fn set_webhook(&self, url: &str, secret: &str) -> Result<(), SendError> {
        let body = serde_json::json!({ "url": url, "secret_token": secret, "allowed_updates": ALLOWED_UPDATES });
        self.call::<bool>("setWebhook", &body, crate::workers::SEND_TIMEOUT)
            .await
            .map(drop)
    }

    /// Removes the webhook, which Telegram requires before `getUpdates` may be used.
    pub async fn delete_webhook(&self) -> Result<(), SendError> {
        self.call::<bool>(
            "deleteWebhook",
            &serde_json::json!({}),
            crate::workers::SEND_TIMEOUT,
        )
        .await
        .map(drop)
    }

    /// Waits up to [`LONG_POLL_SECS`] for updates after `offset`, and returns each one's JSON.
    pub async fn get_updates(&self, offset: i64) -> Result<Vec<serde_json::Value>, SendError> {
        let body = serde_json::json!({ "offset": offset, "timeout": LONG_POLL_SECS, "allowed_updates": ALLOWED_UPDATES });
        self.call("getUpdates", &body, LONG_POLL_SECS_TIMEOUT).await
    }
}

/// How long one `getUpdates` call waits for news.
pub const LONG_POLL_SECS: u64 = 25;

/// A long poll's timeout, with room for the answer to arrive.
const LONG_POLL_SECS_TIMEOUT: std::time::Duration =
    std::time::Duration::from_secs(LONG_POLL_SECS + 10);

/// The inline keyboard for a reply's choices: one button a row, so labels are never cut.
fn keyboard(buttons: &[(String, String)]) -> Option<serde_json::Value> {
    let rows: Vec<serde_json::Value> = buttons
        .iter()
        .filter(|(_, data)| data.len() <= MAX_CALLBACK_DATA_BYTES)
        .map(|(label, data)| serde_json::json!([{ "text": label, "callback_data": data }]))
        .collect();
    (!rows.is_empty()).then(|| serde_json::json!({ "inline_keyboard": rows }))
}

/// The Bot API takes no idempotency key, so `key` goes unused: the outbox's lease is what keeps
/// a slow send from being repeated.
#[async_trait]
impl Sender for TelegramClient {
    async fn send(
        &self,
        _key: &str,
        address: &str,
        message: &OutMessage,
    ) -> Result<String, SendError> {
        let mut body = serde_json::json!({ "chat_id": address, "text": message.text });
        if let Some(markup) = keyboard(&message.buttons) {
            body["reply_markup"] = markup;
        }
        let sent: SentMessage = self
            .call("sendMessage", &body, crate::workers::SEND_TIMEOUT)
            .await?;
        Ok(sent.message_id.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn private_message(update_id: i64, fields: &str) -> Vec<u8> {
        format!(
            r#"{{"update_id":{update_id},"message":{{"message_id":5,"date":1700000000,
            "from":{{"id":42,"is_bot":false,"first_name":"Sam"}},
            "chat":{{"id":42,"type":"private","first_name":"Sam"}}{fields}}}}}"#
        )
        .into_bytes()
    }

    fn person(incoming: Incoming) -> Inbound {
        match incoming {
            Incoming::Person(inbound) => inbound,
            other => panic!("expected a person's message, got {other:?}"),
        }
    }

    #[test]
    fn text_is_keyed_by_update_id_and_addressed_by_chat() {
        let inbound = person(parse_update(&private_message(1001, r#","text":"hello""#)).unwrap());
        assert_eq!(inbound.provider_id, "telegram:1001");
        assert_eq!(inbound.address, "42");
        assert_eq!(inbound.channel, flows::Channel::Telegram);
        assert_eq!(inbound.kind, InboundKind::Text("hello".into()));
    }

    #[test]
    fn start_links_carry_their_payload() {
        let kind = |text: &str| {
            person(parse_update(&private_message(1, &format!(r#","text":"{text}""#))).unwrap()).kind
        };
        assert_eq!(
            kind("/start KHS123"),
            InboundKind::Start(Some("KHS123".into()))
        );
        assert_eq!(
            kind("/start@FrontDoorBot KHS123"),
            InboundKind::Start(Some("KHS123".into()))
        );
        assert_eq!(kind("/start"), InboundKind::Start(None));
        assert_eq!(kind("/started"), InboundKind::Text("/started".into()));
    }

    #[test]
    fn locations_and_venues_become_places_but_live_updates_do_not() {
        let location = r#","location":{"latitude":53.645,"longitude":-1.785}"#;
        let inbound = person(parse_update(&private_message(2, location)).unwrap());
        assert_eq!(
            inbound.kind,
            InboundKind::Location {
                lat: 53.645,
                lon: -1.785
            }
        );
        let venue = r#","venue":{"location":{"latitude":1.5,"longitude":2.5},"title":"Library","address":"High St"}"#;
        assert_eq!(
            person(parse_update(&private_message(3, venue)).unwrap()).kind,
            InboundKind::Location { lat: 1.5, lon: 2.5 }
        );
        let live = format!(
            r#"{{"update_id":4,"edited_message":{{"message_id":5,"chat":{{"id":42,"type":"private"}}{location}}}}}"#
        );
        assert_eq!(parse_update(live.as_bytes()).unwrap(), Incoming::Ignored);
    }

    #[test]
    fn an_edited_text_is_a_correction() {
        let edited = br#"{"update_id":5,"edited_message":{"message_id":5,"edit_date":1700000100,"chat":{"id":42,"type":"private"},"text":"knitting in Huddersfield"}}"#;
        let inbound = person(parse_update(edited).unwrap());
        assert_eq!(inbound.provider_id, "telegram:5");
        assert_eq!(
            inbound.kind,
            InboundKind::Text("knitting in Huddersfield".into())
        );
    }

    #[test]
    fn things_without_words_are_named_not_dropped() {
        let cases = [
            (r#","sticker":{"file_id":"x","emoji":"👍"}"#, "sticker"),
            (
                r#","photo":[{"file_id":"x","width":1,"height":1}]"#,
                "photo",
            ),
            (r#","voice":{"file_id":"x","duration":3}"#, "voice note"),
            (
                r#","contact":{"phone_number":"+44","first_name":"A"}"#,
                "contact",
            ),
            (r#","new_chat_title":"x""#, "message"),
        ];
        for (fields, expected) in cases {
            let inbound = person(parse_update(&private_message(6, fields)).unwrap());
            assert_eq!(
                inbound.kind,
                InboundKind::Unsupported(expected.into()),
                "{fields}"
            );
        }
    }

    #[test]
    fn group_messages_are_ignored_and_being_added_to_a_group_is_noticed() {
        let group = br#"{"update_id":7,"message":{"message_id":1,"chat":{"id":-100,"type":"supergroup","title":"Club"},"text":"hi all"}}"#;
        assert_eq!(parse_update(group).unwrap(), Incoming::Ignored);
        let added = br#"{"update_id":8,"my_chat_member":{"chat":{"id":-100,"type":"group"},"from":{"id":42},"date":1,
            "old_chat_member":{"status":"left","user":{"id":1}},"new_chat_member":{"status":"member","user":{"id":1}}}}"#;
        assert_eq!(
            parse_update(added).unwrap(),
            Incoming::AddedToGroup { chat_id: -100 }
        );
    }

    #[test]
    fn blocking_and_unblocking_are_noticed_in_private_chats() {
        let change = |status: &str| {
            format!(
                r#"{{"update_id":9,"my_chat_member":{{"chat":{{"id":42,"type":"private"}},"from":{{"id":42}},"date":1,
                "old_chat_member":{{"status":"member","user":{{"id":1}}}},"new_chat_member":{{"status":"{status}","user":{{"id":1}}}}}}}}"#
            )
        };
        assert_eq!(
            parse_update(change("kicked").as_bytes()).unwrap(),
            Incoming::Blocked {
                address: "42".into(),
                blocked: true
            }
        );
        assert_eq!(
            parse_update(change("member").as_bytes()).unwrap(),
            Incoming::Blocked {
                address: "42".into(),
                blocked: false
            }
        );
    }

    #[test]
    fn a_button_press_is_its_data_from_the_presser() {
        let press = br#"{"update_id":10,"callback_query":{"id":"cb1","from":{"id":42,"is_bot":false,"first_name":"Sam"},
            "message":{"message_id":3,"chat":{"id":42,"type":"private"}},"chat_instance":"c","data":"MORE"}}"#;
        let Incoming::Button {
            inbound,
            callback_id,
        } = parse_update(press).unwrap()
        else {
            panic!("expected a button press");
        };
        assert_eq!(callback_id, "cb1");
        assert_eq!(inbound.address, "42");
        assert_eq!(inbound.kind, InboundKind::Text("MORE".into()));
    }

    #[test]
    fn unknown_updates_are_ignored_and_malformed_ones_refused() {
        assert_eq!(
            parse_update(br#"{"update_id":11,"poll":{"id":"p"}}"#).unwrap(),
            Incoming::Ignored
        );
        assert!(matches!(parse_update(b"{"), Err(ParseError::Shape(_))));
        assert!(matches!(
            parse_update(br#"{"message":{}}"#),
            Err(ParseError::Shape(_))
        ));
        let long = format!(r#","text":"{}""#, "a".repeat(MAX_TEXT_CHARS + 1));
        assert_eq!(
            parse_update(&private_message(12, &long)),
            Err(ParseError::TooLong)
        );
    }

    #[test]
    fn choices_become_one_button_a_row_and_oversized_data_is_left_out() {
        let buttons = vec![
            ("Yes".to_string(), "YES".to_string()),
            ("Long".to_string(), "x".repeat(65)),
        ];
        assert_eq!(
            keyboard(&buttons),
            Some(
                serde_json::json!({ "inline_keyboard": [[{ "text": "Yes", "callback_data": "YES" }]] })
            )
        );
        assert_eq!(keyboard(&[]), None);
    }
}
