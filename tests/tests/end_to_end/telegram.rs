//! Telegram, end to end: the real binary receives Bot API updates of every kind on its webhook
//! (or fetches them by long polling) and calls a local fake of the Bot API, which records each
//! method called and answers as Telegram does.

use e2e::common;
use e2e::fakes;

use anyhow::{ensure, Result};
use axum::extract::{Path, State};
use axum::routing;
use axum::{Json, Router};
use common::{frontdoor, Server};
use fakes::{serve_on_free_port, sqlite_url, wait_until, QUIET_WAIT};
use serde_json::{json, Value};
use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

const TOKEN: &str = "123456:TEST-token";
const SECRET: &str = "telegram-webhook-secret";
const PUBLIC_URL: &str = "https://frontdoor.example.org";

/// One Bot API call the fake received.
#[derive(Debug, Clone)]
struct Call {
    /// In lower case, as the Bot API ignores case.
    method: String,
    body: Value,
}

#[derive(Default)]
struct Record {
    calls: Vec<Call>,
    /// Updates waiting for `getUpdates`.
    pending: Vec<Value>,
    /// Chats that have blocked the bot: `sendMessage` to them is refused with 403.
    blocked: HashSet<String>,
}

/// A stand-in for the Bot API at `TELEGRAM_API_URL`.
#[derive(Clone)]
struct FakeBotApi {
    record: Arc<Mutex<Record>>,
    url: String,
}

impl FakeBotApi {
    fn start() -> Result<FakeBotApi> {
        let record = Arc::new(Mutex::new(Record::default()));
        let app = Router::new().route("/{bot}/{method}", routing::post(bot_api)).with_state(record.clone());
        Ok(FakeBotApi { record, url: serve_on_free_port(app)? })
    }

    fn calls(&self, method: &str) -> Vec<Call> {
        self.record.lock().expect("lock").calls.iter().filter(|call| call.method.eq_ignore_ascii_case(method)).cloned().collect()
    }

    /// Texts sent to one chat.
    fn sent_to(&self, chat: &str) -> Vec<Call> {
        self.calls("sendMessage").into_iter().filter(|call| chat_of(&call.body) == chat).collect()
    }

    fn wait_until(&self, what: &str, done: impl Fn(&FakeBotApi) -> bool) -> Result<()> {
        wait_until(what, || done(self))
    }

    /// Waits for the replies to one update: at least one, then until the chat goes quiet.
    fn replies_after(&self, chat: &str, before: usize) -> Result<Vec<Call>> {
        self.wait_until(&format!("a reply to {chat}"), |api| api.sent_to(chat).len() > before)?;
        std::thread::sleep(QUIET_WAIT);
        Ok(self.sent_to(chat).split_off(before))
    }

    fn queue_update(&self, update: Value) {
        self.record.lock().expect("lock").pending.push(update);
    }

    fn set_blocked(&self, chat: &str, blocked: bool) {
        let mut record = self.record.lock().expect("lock");
        if blocked {
            record.blocked.insert(chat.to_string());
        } else {
            record.blocked.remove(chat);
        }
    }
}

fn chat_of(body: &Value) -> String {
    match &body["chat_id"] {
        Value::String(chat) => chat.clone(),
        other => other.to_string(),
    }
}

async fn bot_api(
    State(record): State<Arc<Mutex<Record>>>,
    Path((bot, method)): Path<(String, String)>,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> (axum::http::StatusCode, Json<Value>) {
    if bot != format!("bot{TOKEN}") {
        return (axum::http::StatusCode::UNAUTHORIZED, Json(json!({ "ok": false, "error_code": 401, "description": "Unauthorized" })));
    }
    let Some(body) = parameters(&headers, &body) else {
        let refusal = json!({ "ok": false, "error_code": 400, "description": "Bad Request: unreadable parameters" });
        return (axum::http::StatusCode::BAD_REQUEST, Json(refusal));
    };
    // Bot API method names are case-insensitive (teloxide writes `SendMessage`).
    let method = method.to_ascii_lowercase();
    if method == "getupdates" {
        return (axum::http::StatusCode::OK, Json(updates_after(&record, &body).await));
    }
    let mut record = record.lock().expect("lock");
    record.calls.push(Call { method: method.clone(), body: body.clone() });
    if method == "sendmessage" && record.blocked.contains(&chat_of(&body)) {
        let refusal = json!({ "ok": false, "error_code": 403, "description": "Forbidden: bot was blocked by the user" });
        return (axum::http::StatusCode::FORBIDDEN, Json(refusal));
    }
    let result = match method.as_str() {
        // The message as sent, as Telegram answers.
        "sendmessage" => json!({
            "message_id": record.calls.len(), "date": 1_700_000_000, "text": body["text"],
            "from": { "id": 1, "is_bot": true, "first_name": "FrontDoor" },
            "chat": { "id": body["chat_id"], "type": "private" },
        }),
        _ => json!(true),
    };
    (axum::http::StatusCode::OK, Json(json!({ "ok": true, "result": result })))
}

/// A call's parameters as JSON. The Bot API takes a JSON body or a multipart form, whose
/// fields are strings; teloxide sends `setWebhook` as a form, as it may carry a certificate.
fn parameters(headers: &axum::http::HeaderMap, body: &[u8]) -> Option<Value> {
    let content_type = headers.get("content-type").and_then(|value| value.to_str().ok()).unwrap_or("");
    match content_type.split_once("boundary=") {
        Some((_, boundary)) => Some(form_fields(body, boundary.trim_matches('"'))),
        None => serde_json::from_slice(body).ok(),
    }
}

/// The named fields of a multipart form, each as a string.
fn form_fields(body: &[u8], boundary: &str) -> Value {
    let text = String::from_utf8_lossy(body);
    let mut fields = serde_json::Map::new();
    for part in text.split(&format!("--{boundary}")) {
        let Some((head, value)) = part.split_once("\r\n\r\n") else {
            continue;
        };
        let Some(name) = head.split("name=\"").nth(1).and_then(|rest| rest.split('"').next()) else {
            continue;
        };
        let value = value.strip_suffix("\r\n").unwrap_or(value);
        fields.insert(name.to_string(), Value::String(value.to_string()));
    }
    Value::Object(fields)
}

/// `getUpdates`: the pending updates at or after the offset, waiting briefly when there are none.
async fn updates_after(record: &Arc<Mutex<Record>>, body: &Value) -> Value {
    let offset = body["offset"].as_i64().unwrap_or(0);
    for _ in 0..20 {
        let due: Vec<Value> = {
            let mut record = record.lock().expect("lock");
            record.calls.push(Call { method: "getUpdates".into(), body: body.clone() });
            record.pending.retain(|update| update["update_id"].as_i64().unwrap_or(0) >= offset);
            record.pending.clone()
        };
        if !due.is_empty() {
            return json!({ "ok": true, "result": due });
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    json!({ "ok": true, "result": [] })
}

fn serve(folder: &tempfile::TempDir, api: &FakeBotApi, args: &[&str]) -> Result<Server> {
    let mut command = frontdoor(&sqlite_url(folder), folder.path());
    command
        .env("TELEGRAM_BOT_TOKEN", TOKEN)
        .env("TELEGRAM_WEBHOOK_SECRET", SECRET)
        .env("TELEGRAM_API_URL", &api.url)
        .env("FRONTDOOR_PUBLIC_URL", PUBLIC_URL)
        .env("FRONTDOOR_OUTBOX_LEASE_SECS", "2");
    start_with_args(command, args)
}

/// Starts `frontdoor serve <args>`. The harness appends `serve` as the last argument, so the
/// options go through a shell that puts them after it: `sh -c 'exec "$0" "$1" <args>'`.
fn start_with_args(command: std::process::Command, args: &[&str]) -> Result<Server> {
    if args.is_empty() {
        return Server::start(command);
    }
    let mut wrapped = std::process::Command::new("sh");
    wrapped.env_clear().arg("-c").arg(format!("exec \"$0\" \"$1\" {}", args.join(" "))).arg(command.get_program());
    for (name, value) in command.get_envs() {
        match value {
            Some(value) => wrapped.env(name, value),
            None => wrapped.env_remove(name),
        };
    }
    if let Some(dir) = command.get_current_dir() {
        wrapped.current_dir(dir);
    }
    Server::start(wrapped)
}

/// A private chat's message update.
fn message(update_id: i64, chat: i64, fields: Value) -> Value {
    let mut message = json!({
        "message_id": update_id,
        "date": 1_700_000_000,
        "from": { "id": chat, "is_bot": false, "first_name": "Sam" },
        "chat": { "id": chat, "type": "private", "first_name": "Sam" },
    });
    for (name, value) in fields.as_object().expect("fields are an object") {
        message[name] = value.clone();
    }
    json!({ "update_id": update_id, "message": message })
}

fn text(update_id: i64, chat: i64, words: &str) -> Value {
    message(update_id, chat, json!({ "text": words }))
}

fn membership(update_id: i64, chat: Value, status: &str) -> Value {
    let bot = json!({ "id": 1, "is_bot": true, "first_name": "FrontDoor" });
    let mut new_member = json!({ "status": status, "user": bot });
    if status == "kicked" {
        // Telegram says until when a ban lasts; 0 is for ever.
        new_member["until_date"] = json!(0);
    }
    json!({ "update_id": update_id, "my_chat_member": {
        "chat": chat, "from": { "id": 7, "is_bot": false, "first_name": "Sam" }, "date": 1_700_000_000,
        "old_chat_member": { "status": "member", "user": bot },
        "new_chat_member": new_member,
    }})
}

fn post_raw(server: &Server, body: Vec<u8>, content_type: &str, secret: Option<&str>) -> Result<u16> {
    let mut request = reqwest::blocking::Client::new()
        .post(format!("{}/webhooks/telegram", server.base_url))
        .header("content-type", content_type)
        .body(body);
    if let Some(secret) = secret {
        request = request.header("x-telegram-bot-api-secret-token", secret);
    }
    Ok(request.send()?.status().as_u16())
}

fn post(server: &Server, update: &Value) -> Result<u16> {
    post_raw(server, serde_json::to_vec(update)?, "application/json", Some(SECRET))
}

/// Posts an update and returns the replies it got.
fn exchange(server: &Server, api: &FakeBotApi, update: &Value, chat: i64) -> Result<Vec<Call>> {
    let chat = chat.to_string();
    let before = api.sent_to(&chat).len();
    ensure!(post(server, update)? == 200, "update refused: {update}");
    api.replies_after(&chat, before)
}

fn texts(calls: &[Call]) -> Vec<String> {
    calls.iter().map(|call| call.body["text"].as_str().unwrap_or_default().to_string()).collect()
}

#[test]
fn every_kind_of_private_message_gets_a_reply() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let api = FakeBotApi::start()?;
    let server = serve(&folder, &api, &[])?;
    let chat = 5001;
    ensure!(!exchange(&server, &api, &text(1, chat, "/start"), chat)?.is_empty());
    ensure!(!exchange(&server, &api, &text(2, chat, "hi"), chat)?.is_empty());
    let location = message(3, chat, json!({ "location": { "latitude": 53.6458, "longitude": -1.7850 } }));
    ensure!(!exchange(&server, &api, &location, chat)?.is_empty(), "a shared location");
    let edited = json!({ "update_id": 4, "edited_message": {
        "message_id": 2, "date": 1_700_000_000, "edit_date": 1_700_000_050,
        "chat": { "id": chat, "type": "private" }, "text": "something to do in Huddersfield" } });
    ensure!(!exchange(&server, &api, &edited, chat)?.is_empty(), "an edited message");
    let unsupported = [
        json!({ "sticker": { "file_id": "s", "file_unique_id": "s", "width": 1, "height": 1, "is_animated": false, "is_video": false, "type": "regular" } }),
        json!({ "photo": [{ "file_id": "p", "file_unique_id": "p", "width": 1, "height": 1 }] }),
        json!({ "voice": { "file_id": "v", "file_unique_id": "v", "duration": 2, "mime_type": "audio/ogg" } }),
        json!({ "contact": { "phone_number": "+447700900000", "first_name": "Al" } }),
    ];
    let mut answers = Vec::new();
    for (n, fields) in unsupported.into_iter().enumerate() {
        let replies = exchange(&server, &api, &message(10 + n as i64, chat, fields), chat)?;
        ensure!(replies.len() == 1, "one kind reply to something without words: {:?}", texts(&replies));
        answers.extend(texts(&replies));
    }
    ensure!(answers.windows(2).all(|pair| pair[0] == pair[1]), "unsupported kinds differ: {answers:?}");
    ensure!(!server.log_text().contains("Huddersfield"), "message text reached the log");
    Ok(())
}

#[test]
fn start_links_carry_school_codes() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let api = FakeBotApi::start()?;
    let server = serve(&folder, &api, &[])?;
    let joined = texts(&exchange(&server, &api, &text(1, 5101, "/start HUDD6F"), 5101)?).join(" ");
    ensure!(joined.contains("Huddersfield Example College"), "the school is named: {joined}");
    let unknown = texts(&exchange(&server, &api, &text(2, 5102, "/start NOSUCH"), 5102)?).join(" ");
    ensure!(unknown.contains("NOSUCH") && !unknown.contains("Example College"), "an unknown code: {unknown}");
    Ok(())
}

#[test]
fn choices_are_buttons_and_presses_are_answered() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let api = FakeBotApi::start()?;
    let server = serve(&folder, &api, &[])?;
    let chat = 5201;
    let question = exchange(&server, &api, &text(1, chat, "DELETE MY DATA"), chat)?;
    let keyboard = &question.last().expect("a reply").body["reply_markup"]["inline_keyboard"];
    let data: Vec<&str> = keyboard.as_array().into_iter().flatten().filter_map(|row| row[0]["callback_data"].as_str()).collect();
    ensure!(data.contains(&"NO"), "the choices are inline buttons: {keyboard}");
    let press = json!({ "update_id": 2, "callback_query": {
        "id": "press-1", "from": { "id": chat, "is_bot": false, "first_name": "Sam" }, "chat_instance": "c",
        "message": { "message_id": 1, "date": 0, "chat": { "id": chat, "type": "private" } }, "data": "NO" } });
    let after = exchange(&server, &api, &press, chat)?;
    ensure!(!after.is_empty(), "a button press is a turn");
    api.wait_until("answerCallbackQuery", |api| {
        api.calls("answerCallbackQuery").iter().any(|call| call.body["callback_query_id"] == "press-1")
    })?;
    Ok(())
}

/// Asked where they are, a Telegram user gets a button that shares their location (a reply
/// keyboard: inline buttons cannot ask for it), and the location they share is read as a place.
#[test]
fn asking_where_offers_a_location_button_and_a_shared_location_is_used() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let api = FakeBotApi::start()?;
    let server = serve(&folder, &api, &[])?;
    let chat = 5202;
    let asked = exchange(&server, &api, &text(1, chat, "I'd love to join a choir"), chat)?;
    let markup = &asked.last().expect("a reply").body["reply_markup"];
    ensure!(markup["keyboard"][0][0]["request_location"] == true && markup["one_time_keyboard"] == true, "a location button: {markup}");
    let shared = message(2, chat, json!({ "location": { "latitude": 53.6458, "longitude": -1.7850 } }));
    let ideas = exchange(&server, &api, &shared, chat)?;
    let text = ideas.iter().filter_map(|call| call.body["text"].as_str()).collect::<Vec<_>>().join("\n");
    ensure!(!text.contains("Whereabouts"), "the location answered the question: {text}");
    Ok(())
}

#[test]
fn a_repeated_update_is_answered_once() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let api = FakeBotApi::start()?;
    let server = serve(&folder, &api, &[])?;
    let expected = exchange(&server, &api, &text(1, 5301, "hi"), 5301)?.len();
    for _ in 0..3 {
        ensure!(post(&server, &text(2, 5302, "hi"))? == 200);
    }
    api.wait_until("replies", |api| api.sent_to("5302").len() >= expected)?;
    std::thread::sleep(QUIET_WAIT);
    ensure!(api.sent_to("5302").len() == expected, "answered more than once");
    Ok(())
}

#[test]
fn wrong_secrets_types_and_bodies_change_nothing() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let api = FakeBotApi::start()?;
    let server = serve(&folder, &api, &[])?;
    let update = serde_json::to_vec(&text(1, 5401, "hi"))?;
    ensure!(post_raw(&server, update.clone(), "application/json", None)? == 403, "no secret");
    ensure!(post_raw(&server, update.clone(), "application/json", Some("guess"))? == 403, "wrong secret");
    ensure!(post_raw(&server, update.clone(), "text/plain", Some(SECRET))? == 415, "wrong type");
    ensure!(post_raw(&server, b"{\"update_id\":".to_vec(), "application/json", Some(SECRET))? == 400, "malformed");
    ensure!(post_raw(&server, vec![b' '; 70 * 1024], "application/json", Some(SECRET))? == 413, "oversize");
    std::thread::sleep(QUIET_WAIT);
    ensure!(api.sent_to("5401").is_empty(), "a refused update was answered");
    ensure!(!exchange(&server, &api, &text(1, 5401, "hi"), 5401)?.is_empty(), "a refused id must stay processable");
    Ok(())
}

#[test]
fn groups_are_left_politely_and_their_chatter_ignored() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let api = FakeBotApi::start()?;
    let server = serve(&folder, &api, &[])?;
    let group = json!({ "id": -100_555, "type": "supergroup", "title": "Knitting club" });
    let chatter = json!({ "update_id": 1, "message": {
        "message_id": 1, "date": 0, "chat": group, "from": { "id": 7, "is_bot": false, "first_name": "Sam" }, "text": "hi all" } });
    ensure!(post(&server, &chatter)? == 200);
    std::thread::sleep(QUIET_WAIT);
    ensure!(api.sent_to("-100555").is_empty(), "the bot spoke in a group unasked");
    ensure!(post(&server, &membership(2, group, "member"))? == 200);
    api.wait_until("leaving the group", |api| !api.calls("leaveChat").is_empty())?;
    let note = texts(&api.sent_to("-100555"));
    ensure!(note.len() == 1 && note[0].contains("one to one"), "one polite note: {note:?}");
    Ok(())
}

#[test]
fn a_person_who_blocks_the_bot_is_sent_nothing_more() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let api = FakeBotApi::start()?;
    let server = serve(&folder, &api, &[])?;
    let chat = 5601;
    exchange(&server, &api, &text(1, chat, "hi"), chat)?;
    let private = json!({ "id": chat, "type": "private", "first_name": "Sam" });
    ensure!(post(&server, &membership(2, private.clone(), "kicked"))? == 200);
    api.set_blocked(&chat.to_string(), true);
    let before = api.sent_to(&chat.to_string()).len();
    ensure!(post(&server, &text(3, chat, "hello?"))? == 200);
    std::thread::sleep(QUIET_WAIT * 2);
    ensure!(api.sent_to(&chat.to_string()).len() == before, "a send was tried to a person who blocked the bot");
    ensure!(post(&server, &membership(4, private, "member"))? == 200);
    api.set_blocked(&chat.to_string(), false);
    ensure!(!exchange(&server, &api, &text(5, chat, "hi again"), chat)?.is_empty(), "unblocking lets replies through");
    Ok(())
}

#[test]
fn long_polling_fetches_and_answers_updates() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let api = FakeBotApi::start()?;
    let _server = serve(&folder, &api, &["--telegram-polling"])?;
    api.queue_update(text(900, 5701, "hi"));
    api.wait_until("a reply to a polled update", |api| !api.sent_to("5701").is_empty())?;
    ensure!(!api.calls("deleteWebhook").is_empty(), "polling removes the webhook first");
    api.wait_until("the offset to move past the update", |api| {
        api.calls("getUpdates").iter().any(|call| call.body["offset"].as_i64() == Some(901))
    })?;
    let replies = api.sent_to("5701").len();
    std::thread::sleep(QUIET_WAIT);
    ensure!(api.sent_to("5701").len() == replies, "a polled update was handled twice");
    Ok(())
}

#[test]
fn set_webhook_registers_the_public_url_with_the_secret() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let api = FakeBotApi::start()?;
    let _server = serve(&folder, &api, &["--set-webhook"])?;
    let calls = api.calls("setWebhook");
    ensure!(calls.len() == 1, "setWebhook calls: {calls:?}");
    ensure!(calls[0].body["url"] == format!("{PUBLIC_URL}/webhooks/telegram"));
    ensure!(calls[0].body["secret_token"] == SECRET);
    Ok(())
}

/// Counts the rows of each table that still name anyone, read from the server's own database.
fn rows_left(database_url: &str, tables: &[&str]) -> Result<Vec<(String, i64)>> {
    use sqlx::{Connection, Row};
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        sqlx::any::install_default_drivers();
        let mut conn = sqlx::AnyConnection::connect(database_url).await?;
        let mut counts = Vec::new();
        for table in tables {
            let count: i64 = sqlx::query(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&mut conn).await?.get(0);
            counts.push((table.to_string(), count));
        }
        Ok(counts)
    })
}

/// One person on two channels, through the real binary: LINK by SMS gives a code, sent from a
/// Telegram chat it joins the two; the person then writes on both and is answered on each;
/// DELETE MY DATA on Telegram erases them, and nothing of them is left for either channel.
#[test]
fn link_joins_an_sms_number_and_a_telegram_chat_and_one_erasure_removes_both() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let api = FakeBotApi::start()?;
    let gateway = common::FakeGateway::start()?;
    let database_url = sqlite_url(&folder);
    let mut command = common::serve_command(&database_url, folder.path(), &gateway);
    command.env("TELEGRAM_BOT_TOKEN", TOKEN).env("TELEGRAM_WEBHOOK_SECRET", SECRET).env("TELEGRAM_API_URL", &api.url);
    command.env("FRONTDOOR_PUBLIC_URL", PUBLIC_URL);
    let server = Server::start(command)?;
    let (number, chat) = ("+447700901401", 4401);

    ensure!(server.post_sms("link-1", number, "LINK")? == 200);
    let offer = gateway.wait_for(number, 1, Duration::from_secs(30))?.last().expect("a reply").text.clone();
    let code = offer.split_whitespace().find_map(|word| word.get(..6).filter(|digits| digits.chars().all(|c| c.is_ascii_digit())));
    let code = code.ok_or_else(|| anyhow::anyhow!("no code in {offer:?}"))?;
    let linked = texts(&exchange(&server, &api, &text(1, chat, &format!("LINK {code}")), chat)?);
    ensure!(linked.iter().any(|reply| reply.contains("on both")), "{linked:?}");

    let on_telegram = texts(&exchange(&server, &api, &text(2, chat, "any walking groups in Batley?"), chat)?);
    ensure!(!on_telegram.is_empty(), "answered on Telegram");
    ensure!(server.post_sms("link-2", number, "thanks, and on Saturdays?")? == 200);
    gateway.wait_for(number, 2, Duration::from_secs(30))?;
    let people = rows_left(&database_url, &["people", "addresses"])?;
    ensure!(people == [("people".to_string(), 1), ("addresses".to_string(), 2)], "one person with two addresses: {people:?}");

    exchange(&server, &api, &text(3, chat, "DELETE MY DATA"), chat)?;
    let goodbye = texts(&exchange(&server, &api, &text(4, chat, "YES"), chat)?);
    ensure!(!goodbye.is_empty(), "the goodbye is sent");
    let tables = ["people", "addresses", "messages", "conversations", "handoffs", "scheduled", "outbox", "link_codes", "inbox"];
    wait_until("the erasure to finish", || rows_left(&database_url, &tables).is_ok_and(|left| left.iter().all(|(_, n)| *n == 0)))?;
    Ok(())
}

/// The main choices come as a reply keyboard, whose keys stay under the typing box until used;
/// a key sends its label, and the bot answers it exactly as the choice's own words (that a key
/// is read as its button's data, whatever its label, is checked in the pipeline suite).
#[test]
fn main_choices_are_a_reply_keyboard_whose_keys_are_answered_as_the_choice() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let api = FakeBotApi::start()?;
    let server = serve(&folder, &api, &[])?;
    let answer_after_choices = |chat: i64, first_update: i64, choice: &str| -> Result<(Value, Vec<String>)> {
        exchange(&server, &api, &text(first_update, chat, "hi"), chat)?;
        let choices = exchange(&server, &api, &text(first_update + 1, chat, "more"), chat)?;
        let markup = choices.last().map(|call| call.body["reply_markup"].clone()).unwrap_or_default();
        let answer = texts(&exchange(&server, &api, &text(first_update + 2, chat, choice), chat)?);
        Ok((markup, answer))
    };
    let (markup, pressed) = answer_after_choices(4501, 1, "Something to do")?;
    let markup: Value = if let Some(text) = markup.as_str() { serde_json::from_str(text)? } else { markup };
    ensure!(markup["keyboard"][0][0]["text"] == "Something to do", "the choices are keys: {markup}");
    ensure!(markup["one_time_keyboard"] == true, "the keys hide once used: {markup}");
    let (_, typed) = answer_after_choices(4502, 11, "I'd like something to do")?;
    ensure!(pressed == typed, "a key is answered as its choice: {pressed:?} against {typed:?}");
    Ok(())
}
