//! SMS through Twilio, end to end: the real binary receives Twilio's form-encoded webhooks,
//! signed as Twilio signs them (computed here independently of the bot's code), and replies
//! through a local fake of Twilio's Messages API that records what it was asked to send.

use e2e::common;
use e2e::fakes;

use anyhow::{ensure, Result};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::{Form, Json, Router};
use base64::Engine;
use common::{frontdoor, PostgresDb, Server};
use fakes::{serve_on_free_port, sqlite_url, wait_until, QUIET_WAIT};
use hmac::{Hmac, Mac};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

const ACCOUNT_SID: &str = "AC00000000000000000000000000000000";
const AUTH_TOKEN: &str = "twilio-test-token";
const FROM: &str = "+447700900000";
/// The address Twilio is configured to call; the server itself listens elsewhere, as it does
/// behind a proxy, and signatures are computed over this.
const PUBLIC_URL: &str = "https://frontdoor.example.org";

/// A message the fake Twilio took.
#[derive(Debug, Clone)]
struct Taken {
    /// The id the fake gave it, which status callbacks name.
    sid: String,
    to: String,
    from: String,
    body: String,
}

#[derive(Default)]
struct Record {
    taken: Vec<Taken>,
    refused: usize,
    /// The texts refused as addressed to an invalid number, once per attempt.
    invalid: Vec<String>,
    down: bool,
    /// Answers 401 to every send, as Twilio does after the auth token was rotated.
    rotated: bool,
    /// How many sends it refused for the credential.
    unauthorised: usize,
}

/// A stand-in for Twilio's Messages API: checks basic auth and records each message.
#[derive(Clone)]
struct FakeTwilio {
    record: Arc<Mutex<Record>>,
    url: String,
}

impl FakeTwilio {
    fn start() -> Result<FakeTwilio> {
        let record = Arc::new(Mutex::new(Record::default()));
        let app = Router::new().route("/2010-04-01/Accounts/{sid}/Messages.json", post(create_message)).with_state(record.clone());
        Ok(FakeTwilio { record, url: serve_on_free_port(app)? })
    }

    fn set_down(&self, down: bool) {
        self.record.lock().expect("lock").down = down;
    }

    fn set_rotated(&self, rotated: bool) {
        self.record.lock().expect("lock").rotated = rotated;
    }

    fn unauthorised(&self) -> usize {
        self.record.lock().expect("lock").unauthorised
    }

    fn refused(&self) -> usize {
        self.record.lock().expect("lock").refused
    }

    fn sent_to(&self, to: &str) -> Vec<Taken> {
        self.record.lock().expect("lock").taken.iter().filter(|taken| taken.to == to).cloned().collect()
    }

    fn wait_for(&self, to: &str, count: usize) -> Result<Vec<Taken>> {
        wait_until(&format!("{count} messages to {to}"), || self.sent_to(to).len() >= count)?;
        Ok(self.sent_to(to))
    }

    /// Waits for the replies to one message: at least one, then until the line goes quiet.
    fn replies_after(&self, to: &str, before: usize) -> Result<Vec<Taken>> {
        self.wait_for(to, before + 1)?;
        std::thread::sleep(QUIET_WAIT);
        Ok(self.sent_to(to).split_off(before))
    }
}

async fn create_message(
    State(record): State<Arc<Mutex<Record>>>,
    Path(sid): Path<String>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> (StatusCode, Json<serde_json::Value>) {
    let expected_auth = format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("{ACCOUNT_SID}:{AUTH_TOKEN}")));
    let authorised = headers.get("authorization").and_then(|value| value.to_str().ok()) == Some(expected_auth.as_str());
    let mut record = record.lock().expect("lock");
    if sid != ACCOUNT_SID || !authorised || record.rotated {
        record.unauthorised += 1;
        return (StatusCode::UNAUTHORIZED, Json(serde_json::json!({ "code": 20003, "message": "Authenticate" })));
    }
    if record.down {
        record.refused += 1;
        return (StatusCode::SERVICE_UNAVAILABLE, Json(serde_json::json!({ "message": "down" })));
    }
    let field = |name: &str| form.get(name).cloned().unwrap_or_default();
    if field("To").starts_with(INVALID_PREFIX) {
        record.invalid.push(field("Body"));
        let refusal = serde_json::json!({ "code": 21211, "message": "The 'To' number is not a valid phone number." });
        return (StatusCode::BAD_REQUEST, Json(refusal));
    }
    let message_sid = format!("SM{:032}", record.taken.len() + 1);
    record.taken.push(Taken { sid: message_sid.clone(), to: field("To"), from: field("From"), body: field("Body") });
    (StatusCode::CREATED, Json(serde_json::json!({ "sid": message_sid, "status": "queued" })))
}

/// Numbers the fake refuses as invalid, as Twilio's test credentials do for +1500555xxxx.
const INVALID_PREFIX: &str = "+1500555";

/// Twilio's signature: Base64 HMAC-SHA1 of the URL and each parameter's name and value, sorted.
fn twilio_signature(token: &str, url: &str, params: &[(&str, &str)]) -> String {
    let mut sorted = params.to_vec();
    sorted.sort();
    let mut data = url.to_string();
    for (name, value) in sorted {
        data.push_str(name);
        data.push_str(value);
    }
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(token.as_bytes()).expect("any key length");
    mac.update(data.as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// The form body of an inbound SMS as Twilio posts it.
fn sms_params<'a>(sid: &'a str, from: &'a str, body: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("ToCountry", "GB"),
        ("SmsMessageSid", sid),
        ("NumMedia", "0"),
        ("SmsSid", sid),
        ("SmsStatus", "received"),
        ("Body", body),
        ("To", FROM),
        ("NumSegments", "1"),
        ("MessageSid", sid),
        ("AccountSid", ACCOUNT_SID),
        ("From", from),
        ("ApiVersion", "2010-04-01"),
    ]
}

fn encode(params: &[(&str, &str)]) -> String {
    let mut serializer = form_urlencoded::Serializer::new(String::new());
    for (name, value) in params {
        serializer.append_pair(name, value);
    }
    serializer.finish()
}

/// A webhook request: where it is posted, what Twilio would have signed, and the signature.
struct Webhook<'a> {
    path_and_query: &'a str,
    signed_url: String,
    params: Vec<(&'a str, &'a str)>,
    content_type: &'a str,
}

impl<'a> Webhook<'a> {
    fn sms(sid: &'a str, from: &'a str, body: &'a str) -> Webhook<'a> {
        Webhook {
            path_and_query: "/webhooks/twilio/sms",
            signed_url: format!("{PUBLIC_URL}/webhooks/twilio/sms"),
            params: sms_params(sid, from, body),
            content_type: "application/x-www-form-urlencoded",
        }
    }

    /// A delivery status callback for the message Twilio took as `sid`.
    fn status_callback(sid: &'a str, status: &'a str) -> Webhook<'a> {
        Webhook {
            path_and_query: "/webhooks/twilio/status",
            signed_url: format!("{PUBLIC_URL}/webhooks/twilio/status"),
            params: vec![
                ("MessageSid", sid),
                ("SmsSid", sid),
                ("MessageStatus", status),
                ("SmsStatus", status),
                ("AccountSid", ACCOUNT_SID),
                ("From", FROM),
                ("ApiVersion", "2010-04-01"),
            ],
            content_type: "application/x-www-form-urlencoded",
        }
    }

    /// The same callback with Twilio's error code, as it reports a failed delivery.
    fn with_error_code(mut self, code: &'a str) -> Webhook<'a> {
        self.params.push(("ErrorCode", code));
        self
    }

    fn post(&self, server: &Server, token: Option<&str>) -> Result<reqwest::blocking::Response> {
        let mut request = reqwest::blocking::Client::new()
            .post(format!("{}{}", server.base_url, self.path_and_query))
            .header("content-type", self.content_type)
            .body(encode(&self.params));
        if let Some(token) = token {
            request = request.header("x-twilio-signature", twilio_signature(token, &self.signed_url, &self.params));
        }
        Ok(request.send()?)
    }

    fn status(&self, server: &Server) -> Result<u16> {
        Ok(self.post(server, Some(AUTH_TOKEN))?.status().as_u16())
    }
}

fn serve(folder: &tempfile::TempDir, twilio: &FakeTwilio, extra: &[(&str, &str)]) -> Result<Server> {
    serve_on(&sqlite_url(folder), folder, twilio, extra)
}

/// Starts the server on the database at `database_url`.
fn serve_on(database_url: &str, folder: &tempfile::TempDir, twilio: &FakeTwilio, extra: &[(&str, &str)]) -> Result<Server> {
    let mut command = frontdoor(database_url, folder.path());
    command
        .env("TWILIO_ACCOUNT_SID", ACCOUNT_SID)
        .env("TWILIO_AUTH_TOKEN", AUTH_TOKEN)
        .env("TWILIO_FROM", FROM)
        .env("TWILIO_API_URL", &twilio.url)
        .env("FRONTDOOR_PUBLIC_URL", PUBLIC_URL)
        .env("FRONTDOOR_OUTBOX_LEASE_SECS", "2");
    for (name, value) in extra {
        command.env(name, value);
    }
    Server::start(command)
}

/// Sends one text and returns the replies it got.
fn exchange(server: &Server, twilio: &FakeTwilio, sid: &str, from: &str, text: &str) -> Result<Vec<Taken>> {
    let before = twilio.sent_to(from).len();
    let response = Webhook::sms(sid, from, text).post(server, Some(AUTH_TOKEN))?;
    ensure!(response.status().as_u16() == 200, "{text:?} got {}", response.status());
    let content_type = response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    ensure!(content_type.starts_with("text/xml"), "TwiML expected, got {content_type}");
    let twiml = response.text()?;
    ensure!(twiml.contains("<Response") && !twiml.contains("<Message"), "Twilio must send nothing itself: {twiml}");
    twilio.replies_after(from, before)
}

/// Every reply fits the two-part SMS budget, counted as a handset counts it.
fn ensure_within_budget(replies: &[Taken]) -> Result<()> {
    for reply in replies {
        let segments = flows::sms::segments(&reply.body);
        ensure!(segments.count <= 2, "{} parts ({:?}): {:?}", segments.count, segments.encoding, reply.body);
        ensure!(reply.from == FROM, "sent from {:?}", reply.from);
    }
    Ok(())
}

#[test]
fn stop_silences_a_number_until_start_and_help_is_answered() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let twilio = FakeTwilio::start()?;
    let server = serve(&folder, &twilio, &[])?;
    let number = "+447700900601";
    let mut all = exchange(&server, &twilio, "SM601a", number, "hi")?;
    let stopped = exchange(&server, &twilio, "SM601b", number, "stop")?;
    ensure!(stopped.len() == 1, "STOP gets one confirmation, got {stopped:?}");
    ensure!(stopped[0].body.contains("START"), "the confirmation says how to come back: {:?}", stopped[0].body);
    let before = twilio.sent_to(number).len();
    ensure!(Webhook::sms("SM601c", number, "any ideas for this weekend?").status(&server)? == 200);
    std::thread::sleep(QUIET_WAIT * 2);
    ensure!(twilio.sent_to(number).len() == before, "a message was sent to an opted-out number");
    all.extend(exchange(&server, &twilio, "SM601d", number, "START")?);
    all.extend(exchange(&server, &twilio, "SM601e", number, "HELP")?);
    ensure!(all.last().is_some_and(|help| help.body.contains("STOP")), "HELP explains STOP: {all:?}");
    ensure_within_budget(&all)?;
    Ok(())
}

#[test]
fn every_opt_out_word_stops_messages_in_any_case() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let twilio = FakeTwilio::start()?;
    let server = serve(&folder, &twilio, &[])?;
    let words = ["STOPALL", "unsubscribe", "Cancel", "END", "quit", "REVOKE", "OptOut"];
    for (n, word) in words.iter().enumerate() {
        let number = format!("+4477009007{n:02}");
        let confirmation = exchange(&server, &twilio, &format!("SM70{n}a"), &number, word)?;
        ensure!(confirmation.len() == 1, "{word}: one confirmation expected, got {confirmation:?}");
        let before = twilio.sent_to(&number).len();
        ensure!(Webhook::sms(&format!("SM70{n}b"), &number, "hi").status(&server)? == 200);
        std::thread::sleep(QUIET_WAIT);
        ensure!(twilio.sent_to(&number).len() == before, "{word} did not stop messages");
    }
    Ok(())
}

#[test]
fn a_repeated_delivery_is_answered_once() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let twilio = FakeTwilio::start()?;
    let server = serve(&folder, &twilio, &[])?;
    let expected = exchange(&server, &twilio, "SM801", "+447700900801", "hi")?.len();
    for _ in 0..3 {
        ensure!(Webhook::sms("SM802", "+447700900802", "hi").status(&server)? == 200);
    }
    twilio.wait_for("+447700900802", expected)?;
    std::thread::sleep(QUIET_WAIT);
    ensure!(twilio.sent_to("+447700900802").len() == expected, "answered more than once");
    Ok(())
}

#[test]
fn forged_unsigned_and_malformed_requests_change_nothing() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let twilio = FakeTwilio::start()?;
    let server = serve(&folder, &twilio, &[])?;
    let number = "+447700900901";
    let genuine = Webhook::sms("SM901", number, "hi");
    ensure!(genuine.post(&server, None)?.status().as_u16() == 403, "unsigned");
    ensure!(genuine.post(&server, Some("not-the-token"))?.status().as_u16() == 403, "wrong token");
    let elsewhere = Webhook { signed_url: "https://attacker.example/webhooks/twilio/sms".into(), ..Webhook::sms("SM901", number, "hi") };
    ensure!(elsewhere.status(&server)? == 403, "signed for another URL");
    let wrong_type = Webhook { content_type: "application/json", ..Webhook::sms("SM901", number, "hi") };
    ensure!(wrong_type.status(&server)? == 415, "wrong content type");
    let mut no_sid = Webhook::sms("SM901", number, "hi");
    no_sid.params.retain(|(name, _)| !name.ends_with("Sid") || *name == "AccountSid");
    ensure!(no_sid.status(&server)? == 400, "no MessageSid");
    let huge = "a".repeat(70 * 1024);
    ensure!(Webhook::sms("SM901", number, &huge).status(&server)? == 413, "oversize");
    std::thread::sleep(QUIET_WAIT);
    ensure!(twilio.sent_to(number).is_empty(), "a refused request was answered");
    ensure!(!exchange(&server, &twilio, "SM901", number, "hi")?.is_empty(), "a refused id must stay processable");
    Ok(())
}

#[test]
fn signatures_over_the_default_port_and_a_query_string_are_accepted() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let twilio = FakeTwilio::start()?;
    let server = serve(&folder, &twilio, &[])?;
    let with_port = Webhook {
        signed_url: "https://frontdoor.example.org:443/webhooks/twilio/sms".into(),
        ..Webhook::sms("SM951", "+447700900951", "hi")
    };
    ensure!(with_port.status(&server)? == 200, "signed with :443");
    let with_query = Webhook {
        path_and_query: "/webhooks/twilio/sms?council=kirklees&x=a%20b",
        signed_url: format!("{PUBLIC_URL}/webhooks/twilio/sms?council=kirklees&x=a%20b"),
        ..Webhook::sms("SM952", "+447700900952", "hi")
    };
    ensure!(with_query.status(&server)? == 200, "signed with the query string verbatim");
    let query_not_signed =
        Webhook { path_and_query: "/webhooks/twilio/sms?council=kirklees", ..Webhook::sms("SM953", "+447700900953", "hi") };
    ensure!(query_not_signed.status(&server)? == 403, "a query string the signature does not cover");
    twilio.wait_for("+447700900951", 1)?;
    twilio.wait_for("+447700900952", 1)?;
    Ok(())
}

#[test]
fn status_callbacks_must_be_signed() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let twilio = FakeTwilio::start()?;
    let server = serve(&folder, &twilio, &[])?;
    let callback = Webhook::status_callback("SM00000000000000000000000000000001", "delivered");
    ensure!(callback.status(&server)? == 204, "a genuine status callback");
    ensure!(callback.post(&server, None)?.status().as_u16() == 403, "an unsigned status callback");
    let incomplete = Webhook { params: vec![("MessageSid", "SM1")], ..callback };
    ensure!(incomplete.status(&server)? == 400, "a status callback with no status");
    Ok(())
}

#[test]
fn a_reply_is_retried_through_a_twilio_outage_and_sent_once() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let twilio = FakeTwilio::start()?;
    let server = serve(&folder, &twilio, &[])?;
    let expected = exchange(&server, &twilio, "SM1001", "+447700901001", "hi")?.len();
    twilio.set_down(true);
    ensure!(Webhook::sms("SM1002", "+447700901002", "hi").status(&server)? == 200);
    wait_until("an attempt to send during the outage", || twilio.refused() > 0)?;
    twilio.set_down(false);
    twilio.wait_for("+447700901002", expected)?;
    std::thread::sleep(QUIET_WAIT);
    ensure!(twilio.sent_to("+447700901002").len() == expected, "a retried reply was sent twice");
    Ok(())
}

#[test]
fn a_flooding_number_is_acknowledged_and_held_back_and_others_are_still_served() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let twilio = FakeTwilio::start()?;
    let server = serve(&folder, &twilio, &[("FRONTDOOR_RATE_LIMIT_PER_MINUTE", "3")])?;
    let flood = "+447700901101";
    let statuses: Vec<u16> = (0..5).map(|n| Webhook::sms(&format!("SM110{n}"), flood, "hi").status(&server)).collect::<Result<_>>()?;
    ensure!(statuses == [200; 5], "Twilio does not retry, so nothing is refused: {statuses:?}");
    wait_until("the held-back messages to be logged", || server.log_text().matches("over the rate limit").count() == 2)?;
    ensure!(!server.log_text().contains(flood), "the log names the number");
    ensure!(Webhook::sms("SM1110", "+447700901102", "hi").status(&server)? == 200, "another number is refused");
    twilio.wait_for("+447700901102", 1)?;
    twilio.wait_for(flood, 1)?;
    Ok(())
}

#[test]
fn a_rotated_credential_pauses_sending_and_every_reply_goes_out_afterwards() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let twilio = FakeTwilio::start()?;
    twilio.set_rotated(true);
    let server = serve(&folder, &twilio, &[("FRONTDOOR_OUTBOX_AUTH_PAUSE_SECS", "1")])?;
    let people = ["+447700901301", "+447700901302", "+447700901303"];
    for (n, number) in people.iter().enumerate() {
        ensure!(Webhook::sms(&format!("SM130{n}"), number, "hi").status(&server)? == 200);
    }
    wait_until("a send refused for the credential", || twilio.unauthorised() > 0)?;
    // The refusal reaches the fake gateway before the outbox records the pause: wait for it.
    let health = || -> Result<serde_json::Value> { Ok(reqwest::blocking::get(format!("{}/healthz", server.base_url))?.json()?) };
    let paused = |health: &serde_json::Value| health["sending"] == "paused" && health["paused_channels"] == serde_json::json!(["sms"]);
    wait_until("sending paused for sms in /healthz", || health().is_ok_and(|now| paused(&now)))?;
    let log = server.log_text();
    ensure!(log.contains("provider_credentials"), "an alert is logged");
    ensure!(people.iter().all(|number| !log.contains(number)), "the alert names no one");
    twilio.set_rotated(false);
    for number in people {
        twilio.wait_for(number, 1)?;
    }
    let health: serde_json::Value = reqwest::blocking::get(format!("{}/healthz", server.base_url))?.json()?;
    ensure!(health["sending"] == "ok", "{health}");
    Ok(())
}

#[test]
fn a_number_twilio_refuses_is_not_retried() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let twilio = FakeTwilio::start()?;
    let server = serve(&folder, &twilio, &[])?;
    let invalid = format!("{INVALID_PREFIX}0001");
    ensure!(Webhook::sms("SM1201", &invalid, "hi").status(&server)? == 200);
    let attempts = || twilio.record.lock().expect("lock").invalid.clone();
    wait_until("an attempt to send to a refused number", || !attempts().is_empty())?;
    // The first retry of a temporary failure comes after about a second; wait for several.
    std::thread::sleep(QUIET_WAIT * 3);
    let tried = attempts();
    let distinct: std::collections::HashSet<&String> = tried.iter().collect();
    ensure!(distinct.len() == tried.len(), "a permanently refused message was retried: {tried:?}");
    Ok(())
}

/// What the server's database holds about the SMS Twilio took as `sid`.
#[derive(Debug, PartialEq)]
enum Kept {
    /// No outbox row has been marked sent under that id yet.
    NotSent,
    /// Sent, with no delivery status.
    NoStatus,
    /// Sent, with this latest status and error code.
    Status(String, Option<String>),
}

/// Reads what the server kept about `sid`, and how many statuses it keeps in all.
fn kept(database_url: &str, sid: &str) -> Result<(Kept, i64)> {
    use sqlx::{Connection, Row};
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        sqlx::any::install_default_drivers();
        let mut conn = sqlx::AnyConnection::connect(database_url).await?;
        let row = sqlx::query(
            "SELECT d.status, d.error_code FROM outbox o \
             LEFT JOIN delivery_statuses d ON d.outbox_id = o.id WHERE o.provider_message_id = $1",
        )
        .bind(sid)
        .fetch_optional(&mut conn)
        .await?;
        let kept = match row {
            None => Kept::NotSent,
            Some(row) => match row.get::<Option<String>, _>(0) {
                None => Kept::NoStatus,
                Some(status) => Kept::Status(status, row.get(1)),
            },
        };
        let count: i64 = sqlx::query("SELECT COUNT(*) FROM delivery_statuses").fetch_one(&mut conn).await?.get(0);
        Ok((kept, count))
    })
}

fn status_callbacks_are_kept_and_never_go_backwards(database_url: &str) -> Result<()> {
    let folder = tempfile::tempdir()?;
    let twilio = FakeTwilio::start()?;
    let server = serve_on(database_url, &folder, &twilio, &[])?;
    let number = "+447700901301";
    let reply = exchange(&server, &twilio, "SM1301", number, "hi")?;
    let sid = reply.first().expect("a reply").sid.clone();
    wait_until("the reply to be marked sent", || kept(database_url, &sid).is_ok_and(|(kept, _)| kept == Kept::NoStatus))?;
    let forged = Webhook::status_callback(&sid, "failed").with_error_code("30003");
    ensure!(forged.post(&server, Some("not-the-token"))?.status().as_u16() == 403, "a forged status callback");
    ensure!(kept(database_url, &sid)? == (Kept::NoStatus, 0), "a forged status was kept");
    ensure!(Webhook::status_callback(&sid, "sent").status(&server)? == 204);
    ensure!(kept(database_url, &sid)? == (Kept::Status("sent".into(), None), 1));
    let repeated_and_late = [
        Webhook::status_callback(&sid, "delivered"),
        Webhook::status_callback(&sid, "delivered"),
        Webhook::status_callback(&sid, "sent"),
        Webhook::status_callback(&sid, "undelivered").with_error_code("30003"),
    ];
    for callback in &repeated_and_late {
        ensure!(callback.status(&server)? == 204);
    }
    ensure!(
        kept(database_url, &sid)? == (Kept::Status("delivered".into(), None), 1),
        "a repeated or late status replaced delivered: {:?}",
        kept(database_url, &sid)?
    );
    ensure!(
        Webhook::status_callback("SM99999999999999999999999999999999", "failed").status(&server)? == 204,
        "a status for a message not in the outbox is acknowledged"
    );
    ensure!(kept(database_url, &sid)?.1 == 1, "a status for a message not in the outbox was kept");
    Ok(())
}

#[test]
fn sqlite_status_callbacks_are_kept_and_never_go_backwards() -> Result<()> {
    let folder = tempfile::tempdir()?;
    status_callbacks_are_kept_and_never_go_backwards(&sqlite_url(&folder))
}

#[test]
fn postgres_status_callbacks_are_kept_and_never_go_backwards() -> Result<()> {
    let db = PostgresDb::create()?;
    status_callbacks_are_kept_and_never_go_backwards(&db.url)
}

#[test]
fn a_failed_delivery_keeps_its_error_code() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let database_url = sqlite_url(&folder);
    let twilio = FakeTwilio::start()?;
    let server = serve_on(&database_url, &folder, &twilio, &[])?;
    let reply = exchange(&server, &twilio, "SM1401", "+447700901401", "hi")?;
    let sid = reply.first().expect("a reply").sid.clone();
    wait_until("the reply to be marked sent", || kept(&database_url, &sid).is_ok_and(|(kept, _)| kept == Kept::NoStatus))?;
    let failed = Webhook::status_callback(&sid, "undelivered").with_error_code("30003");
    ensure!(failed.status(&server)? == 204);
    ensure!(kept(&database_url, &sid)?.0 == Kept::Status("undelivered".into(), Some("30003".into())));
    Ok(())
}
