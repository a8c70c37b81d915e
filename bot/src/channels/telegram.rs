//! Telegram: Bot API updates in (by webhook or long polling), Bot API calls out, both through
//! teloxide's types and its `Bot`.
//!
//! An update is read into `teloxide::types::Update`; what a person did becomes an [`Inbound`]
//! keyed `telegram:<update_id>`, so a redelivered update is one turn.
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
//!
//! # Where teloxide needs help
//! - An update teloxide cannot read (a kind of message newer than it, or a malformed one)
//!   comes back as `UpdateKind::Error`, without saying which. A message in a private chat is
//!   still someone talking to us, so it is read as far as its chat and answered as something
//!   we cannot read; see [`from_unreadable`].
//! - teloxide drops the Bot API's `error_code` and the HTTP status, so whether a refusal is
//!   worth retrying is judged from its description; see [`send_error`].

use super::{Inbound, InboundKind, OutMessage, SendError, Sender};
use async_trait::async_trait;
use serde::Deserialize;
use std::time::Duration;
use teloxide::payloads::{GetUpdatesSetters, SendMessageSetters, SetWebhookSetters};
use teloxide::requests::{Request, Requester};
use teloxide::types::{
    AllowedUpdate, ButtonRequest, CallbackQuery, Chat, ChatId, ChatMemberKind, ChatMemberUpdated, InlineKeyboardButton,
    InlineKeyboardMarkup, KeyboardButton, KeyboardMarkup, MediaKind, Message, MessageKind, ReplyMarkup, Update, UpdateKind,
};
use teloxide::{ApiError, Bot, RequestError};

/// The header Telegram repeats the webhook's secret token in.
pub const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

/// The updates the bot asks Telegram for, by webhook or polling.
pub const ALLOWED_UPDATES: [AllowedUpdate; 4] =
    [AllowedUpdate::Message, AllowedUpdate::EditedMessage, AllowedUpdate::CallbackQuery, AllowedUpdate::MyChatMember];

/// What the bot says in a group before leaving it.
pub const GROUP_NOTE: &str = "Hello! I only chat one to one, so I'll leave this group. Message me directly to find things to do nearby.";

/// The longest text accepted in one message (Telegram allows 4096).
const MAX_TEXT_CHARS: usize = 5_000;

/// The most bytes Telegram takes in a button's callback data.
const MAX_CALLBACK_DATA_BYTES: usize = 64;

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

impl ParseError {
    /// Says where the JSON went wrong but not what it said, which may be a person's words.
    fn from_json(error: &serde_json::Error) -> ParseError {
        ParseError::Shape(crate::telemetry::json_error_without_input(error))
    }
}

/// Reads one update's JSON, as the webhook receives it.
pub fn parse_update(body: &[u8]) -> Result<Incoming, ParseError> {
    let mut update: Update = serde_json::from_slice(body).map_err(|error| ParseError::from_json(&error))?;
    if let UpdateKind::Error(raw) = &mut update.kind {
        // teloxide leaves the JSON it could not read out of the error; put it back.
        *raw = serde_json::from_slice(body).map_err(|error| ParseError::from_json(&error))?;
    }
    read_update(update)
}

/// Reads one update teloxide has parsed (as `getUpdates` returns them).
pub fn read_update(update: Update) -> Result<Incoming, ParseError> {
    let provider_id = format!("telegram:{}", update.id.0);
    match update.kind {
        UpdateKind::Message(message) => from_message(provider_id, &message, false),
        UpdateKind::EditedMessage(message) => from_message(provider_id, &message, true),
        UpdateKind::CallbackQuery(query) => Ok(from_callback(provider_id, query)),
        UpdateKind::MyChatMember(change) => Ok(from_membership(&change)),
        UpdateKind::Error(raw) => from_unreadable(provider_id, &raw),
        _ => Ok(Incoming::Ignored),
    }
}

/// A message in a private chat, new or edited.
fn from_message(provider_id: String, message: &Message, edited: bool) -> Result<Incoming, ParseError> {
    if !message.chat.is_private() {
        return Ok(Incoming::Ignored);
    }
    let place = message.location().or(message.venue().map(|venue| &venue.location));
    let kind = match (message.text(), place) {
        (Some(text), _) if text.chars().count() > MAX_TEXT_CHARS => return Err(ParseError::TooLong),
        (Some(text), _) => text_kind(text),
        (None, Some(_)) if edited => return Ok(Incoming::Ignored),
        (None, Some(location)) => InboundKind::Location { lat: location.latitude, lon: location.longitude },
        (None, None) => InboundKind::Unsupported(unsupported_kind(message).into()),
    };
    Ok(Incoming::Person(person(provider_id, message.chat.id, kind)))
}

/// What a person in the private chat `chat` did.
fn person(provider_id: String, chat: ChatId, kind: InboundKind) -> Inbound {
    Inbound { channel: flows::Channel::Telegram, provider_id, address: chat.0.to_string(), kind }
}

/// Text, or a `/start` deep link with its payload (`/start@OurBot code` in some clients).
fn text_kind(text: &str) -> InboundKind {
    let trimmed = text.trim();
    let (command, rest) = trimmed.split_once(char::is_whitespace).unwrap_or((trimmed, ""));
    let is_start = command == "/start" || command.starts_with("/start@");
    if !is_start {
        return InboundKind::Text(text.to_string());
    }
    let payload = rest.trim();
    InboundKind::Start((!payload.is_empty()).then(|| payload.to_string()))
}

/// A short name for what was sent instead of words, for the flows and the figures.
fn unsupported_kind(message: &Message) -> &'static str {
    let media = match &message.kind {
        MessageKind::Common(common) => &common.media_kind,
        MessageKind::Dice(_) => return "dice",
        _ => return "message",
    };
    match media {
        MediaKind::Sticker(_) => "sticker",
        MediaKind::Photo(_) => "photo",
        MediaKind::Voice(_) => "voice note",
        MediaKind::Video(_) | MediaKind::VideoNote(_) => "video",
        MediaKind::Audio(_) => "audio",
        MediaKind::Animation(_) => "animation",
        MediaKind::Document(_) => "file",
        MediaKind::Contact(_) => "contact",
        MediaKind::Poll(_) => "poll",
        _ => "message",
    }
}

/// A button press, addressed to the person who pressed it (their private chat has their id).
fn from_callback(provider_id: String, query: CallbackQuery) -> Incoming {
    let inbound = Inbound {
        channel: flows::Channel::Telegram,
        provider_id,
        address: query.from.id.0.to_string(),
        kind: InboundKind::Text(query.data.unwrap_or_default()),
    };
    Incoming::Button { inbound, callback_id: query.id.0 }
}

/// A change in the bot's membership of a chat.
fn from_membership(change: &ChatMemberUpdated) -> Incoming {
    let chat = &change.chat;
    match &change.new_chat_member.kind {
        ChatMemberKind::Banned(_) if chat.is_private() => Incoming::Blocked { address: chat.id.0.to_string(), blocked: true },
        ChatMemberKind::Member(_) if chat.is_private() => Incoming::Blocked { address: chat.id.0.to_string(), blocked: false },
        ChatMemberKind::Member(_) | ChatMemberKind::Administrator(_) if chat.is_group() || chat.is_supergroup() => {
            Incoming::AddedToGroup { chat_id: chat.id.0 }
        }
        _ => Incoming::Ignored,
    }
}

/// An update teloxide could not read. A message in a private chat is someone writing to us
/// (perhaps a kind of message newer than teloxide), so it gets the "I can only read text"
/// answer rather than silence; a message with no readable chat is malformed; any other
/// unreadable update is of a kind we do not use.
fn from_unreadable(provider_id: String, raw: &serde_json::Value) -> Result<Incoming, ParseError> {
    let Some(message) = ["message", "edited_message"].iter().find_map(|kind| raw.get(*kind)) else {
        return Ok(Incoming::Ignored);
    };
    let chat = message.get("chat").ok_or_else(|| ParseError::Shape("a message with no chat".into()))?;
    let chat = Chat::deserialize(chat).map_err(|error| ParseError::from_json(&error))?;
    if !chat.is_private() {
        return Ok(Incoming::Ignored);
    }
    let kind = InboundKind::Unsupported("message".into());
    Ok(Incoming::Person(person(provider_id, chat.id, kind)))
}

/// Calls the Bot API through teloxide: sends replies, answers button presses, manages the
/// webhook and polls.
#[derive(Debug, Clone)]
pub struct TelegramClient {
    /// For every call but polling: gives up after [`super::SEND_TIMEOUT`].
    bot: Bot,
    /// For `getUpdates`, which waits up to [`LONG_POLL_SECS`] before answering. teloxide does
    /// not lengthen a request's timeout for a long poll, so this client's is longer.
    poller: Bot,
}

impl TelegramClient {
    /// A client for the bot with `token` at `api_url` (Telegram's, self-hosted, or a fake),
    /// which the configuration has checked is a base URL.
    pub fn new(api_url: &str, token: &str) -> TelegramClient {
        let api_url = reqwest::Url::parse(api_url).expect("the configuration checks that TELEGRAM_API_URL is a URL");
        let bot = |timeout: Duration| {
            let client =
                teloxide::net::default_reqwest_settings().timeout(timeout).build().expect("a client with a timeout can always be built");
            Bot::with_client(token, client).set_api_url(api_url.clone())
        };
        TelegramClient { bot: bot(super::SEND_TIMEOUT), poller: bot(LONG_POLL_TIMEOUT) }
    }

    /// Stops the spinner on a pressed button.
    pub async fn answer_callback(&self, callback_id: &str) -> Result<(), SendError> {
        let id = teloxide::types::CallbackQueryId(callback_id.to_string());
        self.bot.answer_callback_query(id).send().await.map(drop).map_err(|error| send_error("answerCallbackQuery", error))
    }

    /// Says why the bot will not stay in a group, then leaves it.
    pub async fn leave_group(&self, chat_id: i64) -> Result<(), SendError> {
        self.bot.send_message(ChatId(chat_id), GROUP_NOTE).send().await.map_err(|error| send_error("sendMessage", error))?;
        self.bot.leave_chat(ChatId(chat_id)).send().await.map(drop).map_err(|error| send_error("leaveChat", error))
    }

    /// Points Telegram's webhook at `url`, with the secret it must send back on every call.
    pub async fn set_webhook(&self, url: &str, secret: &str) -> Result<(), SendError> {
        let url = reqwest::Url::parse(url).map_err(|error| SendError::Permanent(format!("the webhook URL is not a URL: {error}")))?;
        self.bot
            .set_webhook(url)
            .secret_token(secret)
            .allowed_updates(ALLOWED_UPDATES)
            .send()
            .await
            .map(drop)
            .map_err(|error| send_error("setWebhook", error))
    }

    /// Removes the webhook, which Telegram requires before `getUpdates` may be used.
    pub async fn delete_webhook(&self) -> Result<(), SendError> {
        self.bot.delete_webhook().send().await.map(drop).map_err(|error| send_error("deleteWebhook", error))
    }

    /// Waits up to [`LONG_POLL_SECS`] for updates at or after `offset`.
    pub async fn get_updates(&self, offset: i32) -> Result<Vec<Update>, SendError> {
        self.poller
            .get_updates()
            .offset(offset)
            .timeout(LONG_POLL_SECS)
            .allowed_updates(ALLOWED_UPDATES)
            .send()
            .await
            .map_err(|error| send_error("getUpdates", error))
    }
}

/// How long one `getUpdates` call waits for news, in seconds.
pub const LONG_POLL_SECS: u32 = 25;

/// A long poll's timeout, with room for the answer to arrive.
const LONG_POLL_TIMEOUT: Duration = Duration::from_secs(LONG_POLL_SECS as u64 + 10);

/// Sorts a failed Bot API call into "try again later" and "give up".
///
/// Flood control (429 with `retry_after`), the network, an unreadable answer (a proxy's error
/// page) and server errors are passing. teloxide keeps only the description of other refusals,
/// not their `error_code`, so those are sorted by it: the errors teloxide knows, and
/// descriptions starting with the client-error phrases Telegram uses ("Bad Request:",
/// "Forbidden:", "Unauthorized", "Not Found"), are for good, as a blocked bot (403) is; any
/// other description ("Internal Server Error", "Bad Gateway") is taken as passing. A refused bot
/// token ("Unauthorized" or "Not Found" alone) pauses sending rather than failing the message. The messages
/// never contain the request's URL, which carries the bot's token.
fn send_error(method: &str, error: RequestError) -> SendError {
    match error {
        RequestError::RetryAfter(wait) => SendError::Retry(format!("Telegram asked for a pause of {}s before {method}", wait.seconds())),
        RequestError::Network(error) => SendError::Retry(format!("Telegram unreachable for {method}: {}", network_failure(&error))),
        RequestError::InvalidJson { source, .. } => {
            SendError::Retry(format!("Telegram's answer to {method} is unreadable (line {}, column {})", source.line(), source.column()))
        }
        RequestError::Io(error) => SendError::Retry(format!("{method} failed on input or output: {error}")),
        RequestError::MigrateToChatId(_) => SendError::Permanent(format!("Telegram refused {method}: the group became a supergroup")),
        RequestError::Api(ApiError::InvalidToken) => SendError::Unauthorized(format!("Telegram refused the bot token for {method}")),
        RequestError::Api(ApiError::Unknown(description)) if !is_client_error(&description) => {
            SendError::Retry(format!("Telegram failed {method}: {description}"))
        }
        RequestError::Api(error) => SendError::Permanent(format!("Telegram refused {method}: {}", api_description(&error))),
    }
}

/// Whether a Bot API description is one Telegram gives a request that will never succeed.
fn is_client_error(description: &str) -> bool {
    ["Bad Request", "Forbidden", "Unauthorized", "Not Found"].iter().any(|phrase| description.starts_with(phrase))
}

/// The Bot API's own words for a refusal.
fn api_description(error: &ApiError) -> String {
    match error {
        ApiError::Unknown(description) => description.clone(),
        known => known.to_string(),
    }
}

/// What went wrong on the way to Telegram, without the URL (it carries the bot's token).
fn network_failure(error: &reqwest::Error) -> &'static str {
    if error.is_timeout() {
        "timed out"
    } else if error.is_connect() {
        "could not connect"
    } else {
        "the request failed"
    }
}

/// The inline keyboard for a reply's choices: one button a row, so labels are never cut.
fn keyboard(buttons: &[(String, String)]) -> Option<InlineKeyboardMarkup> {
    let rows: Vec<[InlineKeyboardButton; 1]> = buttons
        .iter()
        .filter(|(_, data)| data.len() <= MAX_CALLBACK_DATA_BYTES && data != flows::LOCATION_BUTTON)
        .map(|(label, data)| [InlineKeyboardButton::callback(label, data)])
        .collect();
    (!rows.is_empty()).then(|| InlineKeyboardMarkup::new(rows))
}

/// What goes under a reply: a keyboard button that shares the person's location when the reply
/// asks where they are (only a reply keyboard can ask for it; it hides once used), the main
/// choices as a reply keyboard when the template asks for one, else the inline buttons.
fn reply_markup(message: &OutMessage) -> Option<ReplyMarkup> {
    let buttons = &message.buttons;
    match buttons.iter().find(|(_, data)| data == flows::LOCATION_BUTTON) {
        Some((label, _)) => {
            let share = KeyboardButton::new(label.as_str()).request(ButtonRequest::Location);
            Some(ReplyMarkup::Keyboard(KeyboardMarkup::new([[share]]).resize_keyboard().one_time_keyboard()))
        }
        None if message.keyboard => {
            let keys = buttons.iter().map(|(label, _)| [KeyboardButton::new(label.as_str())]);
            Some(ReplyMarkup::Keyboard(KeyboardMarkup::new(keys).resize_keyboard().one_time_keyboard()))
        }
        None => keyboard(buttons).map(ReplyMarkup::InlineKeyboard),
    }
}

/// The Bot API takes no idempotency key, so `key` goes unused: the outbox's lease is what keeps
/// a slow send from being repeated.
#[async_trait]
impl Sender for TelegramClient {
    async fn send(&self, _key: &str, address: &str, message: &OutMessage) -> Result<String, SendError> {
        let chat = address.parse::<i64>().map(ChatId).map_err(|_| SendError::Permanent("the address is not a Telegram chat id".into()))?;
        let mut request = self.bot.send_message(chat, message.text.as_str());
        if let Some(markup) = reply_markup(message) {
            request = request.reply_markup(markup);
        }
        let sent = request.send().await.map_err(|error| send_error("sendMessage", error))?;
        Ok(sent.id.0.to_string())
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
        let kind = |text: &str| person(parse_update(&private_message(1, &format!(r#","text":"{text}""#))).unwrap()).kind;
        assert_eq!(kind("/start KHS123"), InboundKind::Start(Some("KHS123".into())));
        assert_eq!(kind("/start@FrontDoorBot KHS123"), InboundKind::Start(Some("KHS123".into())));
        assert_eq!(kind("/start"), InboundKind::Start(None));
        assert_eq!(kind("/started"), InboundKind::Text("/started".into()));
    }

    #[test]
    fn locations_and_venues_become_places_but_live_updates_do_not() {
        let location = r#","location":{"latitude":53.645,"longitude":-1.785}"#;
        let inbound = person(parse_update(&private_message(2, location)).unwrap());
        assert_eq!(inbound.kind, InboundKind::Location { lat: 53.645, lon: -1.785 });
        let venue = r#","venue":{"location":{"latitude":1.5,"longitude":2.5},"title":"Library","address":"High St"}"#;
        assert_eq!(person(parse_update(&private_message(3, venue)).unwrap()).kind, InboundKind::Location { lat: 1.5, lon: 2.5 });
        let live = format!(
            r#"{{"update_id":4,"edited_message":{{"message_id":5,"date":1700000000,"edit_date":1700000010,
            "chat":{{"id":42,"type":"private"}}{location}}}}}"#
        );
        assert_eq!(parse_update(live.as_bytes()).unwrap(), Incoming::Ignored);
    }

    #[test]
    fn an_edited_text_is_a_correction() {
        let edited = br#"{"update_id":5,"edited_message":{"message_id":5,"date":1700000000,"edit_date":1700000100,"chat":{"id":42,"type":"private"},"text":"knitting in Huddersfield"}}"#;
        let inbound = person(parse_update(edited).unwrap());
        assert_eq!(inbound.provider_id, "telegram:5");
        assert_eq!(inbound.kind, InboundKind::Text("knitting in Huddersfield".into()));
    }

    #[test]
    fn things_without_words_are_named_not_dropped() {
        let cases = [
            (
                r#","sticker":{"file_id":"x","file_unique_id":"x","type":"regular","width":512,"height":512,
                "is_animated":false,"is_video":false,"emoji":"👍"}"#,
                "sticker",
            ),
            (r#","photo":[{"file_id":"x","file_unique_id":"x","width":1,"height":1}]"#, "photo"),
            (r#","voice":{"file_id":"x","file_unique_id":"x","duration":3,"mime_type":"audio/ogg"}"#, "voice note"),
            (r#","dice":{"emoji":"🎲","value":4}"#, "dice"),
            (r#","contact":{"phone_number":"+44","first_name":"A"}"#, "contact"),
            (r#","new_chat_title":"x""#, "message"),
        ];
        for (fields, expected) in cases {
            let inbound = person(parse_update(&private_message(6, fields)).unwrap());
            assert_eq!(inbound.kind, InboundKind::Unsupported(expected.into()), "{fields}");
        }
    }

    #[test]
    fn group_messages_are_ignored_and_being_added_to_a_group_is_noticed() {
        let group = br#"{"update_id":7,"message":{"message_id":1,"date":1700000000,"chat":{"id":-100,"type":"supergroup","title":"Club"},"text":"hi all"}}"#;
        assert_eq!(parse_update(group).unwrap(), Incoming::Ignored);
        let added = br#"{"update_id":8,"my_chat_member":{"chat":{"id":-100,"type":"group","title":"Club"},
            "from":{"id":42,"is_bot":false,"first_name":"Sam"},"date":1,
            "old_chat_member":{"status":"left","user":{"id":1,"is_bot":true,"first_name":"FrontDoor"}},
            "new_chat_member":{"status":"member","user":{"id":1,"is_bot":true,"first_name":"FrontDoor"}}}}"#;
        assert_eq!(parse_update(added).unwrap(), Incoming::AddedToGroup { chat_id: -100 });
    }

    #[test]
    fn blocking_and_unblocking_are_noticed_in_private_chats() {
        let change = |new_member: &str| {
            format!(
                r#"{{"update_id":9,"my_chat_member":{{"chat":{{"id":42,"type":"private","first_name":"Sam"}},
                "from":{{"id":42,"is_bot":false,"first_name":"Sam"}},"date":1,
                "old_chat_member":{{"status":"member","user":{{"id":1,"is_bot":true,"first_name":"FrontDoor"}}}},
                "new_chat_member":{{{new_member},"user":{{"id":1,"is_bot":true,"first_name":"FrontDoor"}}}}}}}}"#
            )
        };
        assert_eq!(
            parse_update(change(r#""status":"kicked","until_date":0"#).as_bytes()).unwrap(),
            Incoming::Blocked { address: "42".into(), blocked: true }
        );
        assert_eq!(
            parse_update(change(r#""status":"member""#).as_bytes()).unwrap(),
            Incoming::Blocked { address: "42".into(), blocked: false }
        );
    }

    #[test]
    fn a_button_press_is_its_data_from_the_presser() {
        let press = br#"{"update_id":10,"callback_query":{"id":"cb1","from":{"id":42,"is_bot":false,"first_name":"Sam"},
            "message":{"message_id":3,"date":0,"chat":{"id":42,"type":"private"}},"chat_instance":"c","data":"MORE"}}"#;
        let Incoming::Button { inbound, callback_id } = parse_update(press).unwrap() else {
            panic!("expected a button press");
        };
        assert_eq!(callback_id, "cb1");
        assert_eq!(inbound.address, "42");
        assert_eq!(inbound.kind, InboundKind::Text("MORE".into()));
    }

    #[test]
    fn unknown_updates_are_ignored_and_malformed_ones_refused() {
        assert_eq!(parse_update(br#"{"update_id":11,"poll":{"id":"p"}}"#).unwrap(), Incoming::Ignored);
        assert!(matches!(parse_update(b"{"), Err(ParseError::Shape(_))));
        assert!(matches!(parse_update(br#"{"message":{}}"#), Err(ParseError::Shape(_))));
        let long = format!(r#","text":"{}""#, "a".repeat(MAX_TEXT_CHARS + 1));
        assert_eq!(parse_update(&private_message(12, &long)), Err(ParseError::TooLong));
    }

    #[test]
    fn choices_become_one_button_a_row_and_oversized_data_is_left_out() {
        let buttons = vec![("Yes".to_string(), "YES".to_string()), ("Long".to_string(), "x".repeat(65))];
        assert_eq!(
            serde_json::to_value(keyboard(&buttons)).unwrap(),
            serde_json::json!({ "inline_keyboard": [[{ "text": "Yes", "callback_data": "YES" }]] })
        );
        assert_eq!(keyboard(&[]), None);
    }

    fn with(buttons: &[(&str, &str)], keyboard: bool) -> OutMessage {
        let buttons = buttons.iter().map(|(label, data)| (label.to_string(), data.to_string())).collect();
        OutMessage { text: "?".into(), buttons, keyboard }
    }

    #[test]
    fn asking_where_someone_is_offers_to_share_their_location() {
        let share = with(&[("Share my location", flows::LOCATION_BUTTON)], false);
        assert_eq!(
            serde_json::to_value(reply_markup(&share)).unwrap(),
            serde_json::json!({ "keyboard": [[{ "text": "Share my location", "request_location": true }]], "resize_keyboard": true, "one_time_keyboard": true })
        );
        let choices = with(&[("Yes", "YES")], false);
        assert_eq!(serde_json::to_value(reply_markup(&choices)).unwrap()["inline_keyboard"][0][0]["callback_data"], "YES");
    }

    #[test]
    fn main_choices_can_be_a_reply_keyboard_whose_keys_are_read_as_their_data() {
        let main = with(&[("Something to do", "I'd like something to do"), ("Talk to a person", "PERSON")], true);
        assert_eq!(
            serde_json::to_value(reply_markup(&main)).unwrap(),
            serde_json::json!({ "keyboard": [[{ "text": "Something to do" }], [{ "text": "Talk to a person" }]], "resize_keyboard": true, "one_time_keyboard": true })
        );
        assert_eq!(main.key_pressed(" talk to a person "), Some("PERSON"));
        assert_eq!(main.key_pressed("something else"), None);
        assert_eq!(with(&[("Yes", "YES")], false).key_pressed("Yes"), None, "inline buttons send their data themselves");
    }

    #[test]
    fn a_private_message_teloxide_cannot_read_is_answered_not_dropped() {
        // No `date`: teloxide cannot read the message, but it is still someone writing to us.
        let strange = br#"{"update_id":13,"message":{"message_id":1,"chat":{"id":42,"type":"private"},"hologram":{}}}"#;
        let inbound = person(parse_update(strange).unwrap());
        assert_eq!(inbound.provider_id, "telegram:13");
        assert_eq!(inbound.address, "42");
        assert_eq!(inbound.kind, InboundKind::Unsupported("message".into()));
        let in_a_group = br#"{"update_id":14,"message":{"message_id":1,"chat":{"id":-7,"type":"group","title":"G"}}}"#;
        assert_eq!(parse_update(in_a_group).unwrap(), Incoming::Ignored);
        let no_chat = br#"{"update_id":15,"message":{"message_id":1,"text":"hi"}}"#;
        assert!(matches!(parse_update(no_chat), Err(ParseError::Shape(_))));
    }

    #[test]
    fn a_malformed_update_is_refused_without_repeating_its_words() {
        let error = parse_update(br#"{"update_id":"my secret words"}"#).unwrap_err();
        assert!(matches!(error, ParseError::Shape(_)));
        assert!(!error.to_string().contains("secret"), "{error}");
    }

    fn api_refusal(description: &str) -> RequestError {
        RequestError::Api(serde_json::from_value(serde_json::json!(description)).unwrap())
    }

    #[test]
    fn flood_control_and_server_errors_are_retried_and_refusals_are_not() {
        let retried = |error: RequestError| matches!(send_error("sendMessage", error), SendError::Retry(_));
        let wait = teloxide::types::Seconds::from_seconds(5);
        assert!(retried(RequestError::RetryAfter(wait)));
        assert!(retried(api_refusal("Internal Server Error")));
        assert!(retried(api_refusal("Bad Gateway")));
        let unreadable = serde_json::from_str::<serde_json::Value>("<html>").unwrap_err();
        assert!(retried(RequestError::InvalidJson { source: unreadable.into(), raw: "<html>".into() }));
        assert!(!retried(api_refusal("Forbidden: bot was blocked by the user")));
        assert!(!retried(api_refusal("Bad Request: chat not found")));
        assert!(!retried(api_refusal("Bad Request: something new")));
        assert!(matches!(send_error("sendMessage", api_refusal("Unauthorized")), SendError::Unauthorized(_)));
    }
}
