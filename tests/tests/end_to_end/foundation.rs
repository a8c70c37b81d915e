//! The foundation, end to end: the real binary, its real HTTP interface, a real database
//! (SQLite and PostgreSQL), the real model and content, and a fake SMS provider.

use e2e::common;
use e2e::fakes::wait_until;

use anyhow::{ensure, Context, Result};
use common::{frontdoor, serve_command, FakeGateway, Mood, PostgresDb, Server};
use std::io::Write;
use std::process::Stdio;
use std::time::Duration;

const REPLY_WAIT: Duration = Duration::from_secs(30);

/// How long to keep watching for a reply that must not come.
const QUIET_WAIT: Duration = Duration::from_millis(1500);

fn sqlite_url(folder: &tempfile::TempDir) -> String {
    format!("sqlite://{}?mode=rwc", folder.path().join("frontdoor.db").display())
}

/// How many replies "hi" gets from a fresh number, so other tests can expect exactly that many.
fn replies_to_hi(server: &Server, gateway: &FakeGateway, number: &str) -> Result<usize> {
    ensure!(server.post_sms(&format!("baseline-{number}"), number, "hi")? == 200);
    gateway.wait_for(number, 1, REPLY_WAIT)?;
    std::thread::sleep(QUIET_WAIT);
    Ok(gateway.accepted_to(number).len())
}

/// What `frontdoor chat` answers to these lines, one person, with the default SQLite file in
/// `folder`.
fn chat(folder: &std::path::Path, lines: &str) -> Result<String> {
    let mut command = frontdoor("", folder);
    command.env_remove("DATABASE_URL").env("FRONTDOOR_STALE_MONTHS", "120").arg("chat");
    let mut child = command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn()?;
    child.stdin.take().expect("piped").write_all(lines.as_bytes())?;
    let output = child.wait_with_output()?;
    ensure!(output.status.success(), "chat failed: {}", String::from_utf8_lossy(&output.stderr));
    Ok(String::from_utf8(output.stdout)?)
}

/// The same with the demo directory imported first, as `scripts/demo` does.
fn chat_with_demo_directory(lines: &str) -> Result<String> {
    let pages: Vec<_> = (1..=4).map(|page| common::workspace().join(format!("content/directory/services-page-{page}.json"))).collect();
    chat_with_directory(&pages, lines)
}

/// The same with these directory files imported first.
fn chat_with_directory(files: &[std::path::PathBuf], lines: &str) -> Result<String> {
    let folder = tempfile::tempdir()?;
    let status = frontdoor("", folder.path()).env_remove("DATABASE_URL").args(["directory", "import"]).args(files).status()?;
    ensure!(status.success(), "the directory did not import");
    chat(folder.path(), lines)
}

/// "Haddenham" is a Buckinghamshire village and a Cambridgeshire one, and no council area is
/// set: a directory whose venues are round Aylesbury settles it, so the resident gets walks
/// rather than "which Haddenham do you mean?".
#[test]
fn a_name_of_several_places_is_settled_by_the_directorys_own_venues() -> Result<()> {
    let aylesbury = [common::workspace().join("tests/directory/fixtures/aylesbury.csv")];
    let said = chat_with_directory(&aylesbury, "any walking groups near Haddenham?\n")?;
    ensure!(said.contains("Vale Park Health Walk") && !said.contains("more than one Haddenham"), "{said}");
    Ok(())
}

#[test]
fn chat_answers_hi_in_plain_words_on_a_fresh_sqlite_file() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let stdout = chat(folder.path(), "hi\n")?;
    ensure!(stdout.starts_with("bot> "), "no reply: {stdout:?}");
    let words = stdout.split_whitespace().filter(|word| word.chars().any(char::is_alphabetic)).count();
    ensure!(words >= 5, "the reply is not a sentence: {stdout:?}");
    ensure!(stdout.is_ascii() || !stdout.contains('\u{FFFD}'), "garbled reply: {stdout:?}");
    ensure!(folder.path().join("frontdoor.db").exists(), "the default database was not created");
    Ok(())
}

/// Residents writing in Polish or in Urdu in Latin letters, read by the real model, are answered
/// in their language from the welcome to the details of a group, in plain SMS letters; one
/// short English-looking line ("Batley") does not switch them back. Someone writing in Somali,
/// which the bot cannot write yet, is told in Somali that a person will help.
/// Someone who asks for a walking group is not offered the running club nearer home, and
/// someone who then asks "what about swimming?" is told plainly there is none near rather than
/// offered the bowls club and the dance class that share swimming's sport tag.
#[test]
fn a_named_activity_is_answered_with_that_activity_or_plainly_none() -> Result<()> {
    let walking = chat_with_demo_directory("is there a walking group in Marsden?\n")?;
    ensure!(walking.contains("Holmfirth Walking for Health") && !walking.contains("Couch to 5K"), "{walking}");
    let swimming = chat_with_demo_directory("any knitting groups in Batley\nthanks, what about swimming?\n")?;
    let after = swimming.split("Got it").nth(1).unwrap_or_default();
    ensure!(after.contains("couldn't find any swimming"), "no pool near Batley, said plainly: {swimming}");
    ensure!(!after.contains("Bowls") && !after.contains("Dance") && !after.contains("Knit"), "no other sport, no knitting: {swimming}");
    // Asked outright, any idea that names no activity comes after the plain word that there is
    // no swimming, never as if it were swimming.
    let asked_outright = chat_with_demo_directory("any swimming in Batley?\n")?;
    ensure!(asked_outright.contains("I couldn't find any swimming near Batley"), "{asked_outright}");
    ensure!(!asked_outright.contains("Bowls") && !asked_outright.contains("Dance"), "{asked_outright}");
    Ok(())
}

#[test]
fn residents_are_answered_in_their_own_language() -> Result<()> {
    let polish = chat_with_demo_directory("Dzień dobry\nChciałabym poznać nowych ludzi, lubię robótki na drutach\nBatley\n1\n")?;
    for said in ["tu Front Door", "Gdzie mam szukac?", "w okolicy Batley:", "Kontakt:", "Odpisz YES (tak)"] {
        ensure!(polish.contains(said), "{said:?} missing from the Polish conversation:\n{polish}");
    }
    ensure!(polish.chars().all(|c| c.is_ascii() || "£€".contains(c)), "Polish letters are made plain for SMS:\n{polish}");
    let urdu = chat_with_demo_directory("mujhe logon se milna hai, koi chai aur gup shup wala group ho to bataein\nDewsbury\n")?;
    // "Dewsbury ke qareeb:" or, with an idea over five miles off, "Dewsbury se 8 meel tak:".
    for said in ["Aap kis ilaqe mein hain?", "Kuch ideas, Dewsbury ", "bhejein"] {
        ensure!(urdu.contains(said), "{said:?} missing from the Urdu conversation:\n{urdu}");
    }
    let somali = chat_with_demo_directory("Salaan, waxaan raadinayaa koox dumarka ah oo aan la kulmo magaalada Dewsbury\n")?;
    ensure!(somali.contains("Mahadsanid") && somali.contains("help in your language"), "{somali}");
    Ok(())
}

/// A gateway may send a number without its plus ("447700900999"); a request to erase it made by
/// phone or letter, written the way people write numbers ("07700 900999"), must still find it.
#[test]
fn a_number_the_gateway_sent_is_erased_however_the_request_writes_it() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let gateway = FakeGateway::start()?;
    let server = Server::start(serve_command(&sqlite_url(&folder), folder.path(), &gateway))?;
    replies_to_hi(&server, &gateway, "447700900999")?;
    drop(server);
    let output = frontdoor(&sqlite_url(&folder), folder.path()).args(["person", "erase", "--phone", "07700 900999"]).output()?;
    ensure!(output.status.success(), "erase failed: {}", String::from_utf8_lossy(&output.stderr));
    ensure!(String::from_utf8(output.stdout)?.starts_with("Erased"));
    let again = frontdoor(&sqlite_url(&folder), folder.path()).args(["person", "erase", "--phone", "+447700900999"]).output()?;
    ensure!(!again.status.success(), "nothing is left to erase the second time");
    Ok(())
}

#[test]
fn a_repeated_delivery_is_answered_once() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let gateway = FakeGateway::start()?;
    let server = Server::start(serve_command(&sqlite_url(&folder), folder.path(), &gateway))?;
    let expected = replies_to_hi(&server, &gateway, "+447700900101")?;
    for _ in 0..3 {
        ensure!(server.post_sms("dup-1", "+447700900102", "hi")? == 200);
    }
    gateway.wait_for("+447700900102", expected, REPLY_WAIT)?;
    std::thread::sleep(QUIET_WAIT);
    ensure!(gateway.accepted_to("+447700900102").len() == expected, "replied more than once");
    Ok(())
}

/// Acknowledges a message while the provider is down, kills the server, brings the provider back,
/// restarts, and expects the reply exactly once.
fn acknowledged_message_survives_a_kill(database_url: &str) -> Result<()> {
    let folder = tempfile::tempdir()?;
    let gateway = FakeGateway::start()?;
    let server = Server::start(serve_command(database_url, folder.path(), &gateway))?;
    let expected = replies_to_hi(&server, &gateway, "+447700900201")?;
    gateway.set_mood(Mood::Down);
    ensure!(server.post_sms("crash-1", "+447700900202", "hi")? == 200, "not acknowledged");
    server.kill()?;
    ensure!(gateway.accepted_to("+447700900202").is_empty());
    gateway.set_mood(Mood::Accepting);
    let restarted = Server::start(serve_command(database_url, folder.path(), &gateway))?;
    gateway.wait_for("+447700900202", expected, REPLY_WAIT)?;
    std::thread::sleep(QUIET_WAIT);
    ensure!(gateway.accepted_to("+447700900202").len() == expected, "reply sent more than once");
    ensure!(restarted.post_sms("crash-1", "+447700900202", "hi")? == 200);
    std::thread::sleep(QUIET_WAIT);
    ensure!(gateway.accepted_to("+447700900202").len() == expected, "a redelivery after restart was answered");
    Ok(())
}

/// Kills the server right after each of several acknowledgements, with the provider up, so the
/// kill lands before, during or after sending; every message is answered exactly once.
fn repeated_kills_lose_and_repeat_nothing(database_url: &str) -> Result<()> {
    let folder = tempfile::tempdir()?;
    let gateway = FakeGateway::start()?;
    let mut server = Server::start(serve_command(database_url, folder.path(), &gateway))?;
    let expected = replies_to_hi(&server, &gateway, "+447700900300")?;
    let numbers: Vec<String> = (1..=4).map(|n| format!("+44770090030{n}")).collect();
    for number in &numbers {
        ensure!(server.post_sms(&format!("kill-{number}"), number, "hi")? == 200);
        server.kill()?;
        server = Server::start(serve_command(database_url, folder.path(), &gateway))?;
    }
    for number in &numbers {
        gateway.wait_for(number, expected, REPLY_WAIT)?;
    }
    std::thread::sleep(QUIET_WAIT);
    for number in &numbers {
        ensure!(gateway.accepted_to(number).len() == expected, "{number} was answered more than once");
    }
    Ok(())
}

#[test]
fn sqlite_acknowledged_message_survives_a_kill() -> Result<()> {
    let folder = tempfile::tempdir()?;
    acknowledged_message_survives_a_kill(&sqlite_url(&folder))
}

#[test]
fn postgres_acknowledged_message_survives_a_kill() -> Result<()> {
    let db = PostgresDb::create()?;
    acknowledged_message_survives_a_kill(&db.url)
}

#[test]
fn sqlite_repeated_kills_lose_and_repeat_nothing() -> Result<()> {
    let folder = tempfile::tempdir()?;
    repeated_kills_lose_and_repeat_nothing(&sqlite_url(&folder))
}

#[test]
fn postgres_repeated_kills_lose_and_repeat_nothing() -> Result<()> {
    let db = PostgresDb::create()?;
    repeated_kills_lose_and_repeat_nothing(&db.url)
}

#[test]
fn bad_requests_get_a_clear_4xx_and_change_nothing() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let gateway = FakeGateway::start()?;
    let server = Server::start(serve_command(&sqlite_url(&folder), folder.path(), &gateway))?;
    let client = reqwest::blocking::Client::new();
    let url = format!("{}/webhooks/sms", server.base_url);
    let body = br#"{"id":"bad-1","from":"+447700900400","text":"hi"}"#.to_vec();
    let forged = client.post(&url).header("content-type", "application/json").header("x-signature", "00ff").body(body.clone()).send()?;
    ensure!(forged.status().as_u16() == 403, "forged: {}", forged.status());
    let unsigned = client.post(&url).header("content-type", "application/json").body(body.clone()).send()?;
    ensure!(unsigned.status().as_u16() == 403, "unsigned: {}", unsigned.status());
    let wrong_type = client.post(&url).header("content-type", "text/plain").header("x-signature", common::sign(&body)).body(body).send()?;
    ensure!(wrong_type.status().as_u16() == 415, "wrong type: {}", wrong_type.status());
    let malformed = b"{\"id\":".to_vec();
    let bad = client
        .post(&url)
        .header("content-type", "application/json")
        .header("x-signature", common::sign(&malformed))
        .body(malformed)
        .send()?;
    ensure!(bad.status().as_u16() == 400, "malformed: {}", bad.status());
    let huge = vec![b' '; 70 * 1024];
    let too_big =
        client.post(&url).header("content-type", "application/json").header("x-signature", common::sign(&huge)).body(huge).send()?;
    ensure!(too_big.status().as_u16() == 413, "oversize: {}", too_big.status());
    std::thread::sleep(QUIET_WAIT);
    ensure!(gateway.accepted_to("+447700900400").is_empty(), "a refused request was answered");
    ensure!(server.post_sms("bad-1", "+447700900400", "hi")? == 200, "a refused id must still be processable");
    gateway.wait_for("+447700900400", 1, REPLY_WAIT)?;
    Ok(())
}

/// Also with every request traced: the trace names the route pattern and the status, never
/// the path as asked or its query string.
#[test]
fn logs_carry_no_message_text_or_number_and_sigterm_stops_cleanly() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let gateway = FakeGateway::start()?;
    let mut command = serve_command(&sqlite_url(&folder), folder.path(), &gateway);
    command.env("FRONTDOOR_LOG", "info,tower_http=debug");
    let server = Server::start(command)?;
    ensure!(server.post_sms("private-1", "+447700900555", "my neighbour Margaret said to ask about knitting")? == 200);
    gateway.wait_for("+447700900555", 1, REPLY_WAIT)?;
    let client = reqwest::blocking::Client::new();
    client.get(format!("{}/livez?token=query-secret", server.base_url)).send()?;
    client.get(format!("{}/lost/447700900556", server.base_url)).send()?;
    let traced = |route: &str| server.log_text().contains(&format!("route={route}"));
    // The child writes a request's trace a moment after the response is sent.
    wait_until("every request traced", || ["/webhooks/sms", "/livez", "unmatched"].into_iter().all(traced))
        .with_context(|| format!("requests are not traced by route:\n{}", server.log_text()))?;
    let log = server.log_text();
    ensure!(!log.contains("Margaret") && !log.contains("knitting"), "message text in the log:\n{log}");
    ensure!(!log.contains("7700900555") && !log.contains("7700900556"), "a phone number in the log:\n{log}");
    ensure!(!log.contains("query-secret"), "a query string in the log:\n{log}");
    ensure!(log.contains("person=p_"), "the log should name people by pseudonymous id:\n{log}");
    ensure!(server.terminate()?, "frontdoor serve did not exit cleanly on SIGTERM");
    Ok(())
}

/// What `/metrics` says after one message was answered and one forged webhook refused; and
/// `/livez` and `/readyz` answer.
fn metrics_count_what_happened(database_url: &str) -> Result<()> {
    let folder = tempfile::tempdir()?;
    let gateway = FakeGateway::start()?;
    let server = Server::start(serve_command(database_url, folder.path(), &gateway))?;
    let client = reqwest::blocking::Client::new();
    ensure!(server.post_sms("metrics-1", "+447700900131", "hi")? == 200);
    gateway.wait_for("+447700900131", 1, REPLY_WAIT)?;
    let forged = client
        .post(format!("{}/webhooks/sms", server.base_url))
        .header("content-type", "application/json")
        .header("x-signature", "00")
        .body("{}")
        .send()?;
    ensure!(forged.status().as_u16() == 403, "a forged webhook is refused: {}", forged.status());
    for path in ["/livez", "/readyz"] {
        ensure!(client.get(format!("{}{path}", server.base_url)).send()?.status().is_success(), "{path}");
    }
    let expected = [
        r#"frontdoor_webhook_responses_total{route="/webhooks/sms",code="200"} 1"#,
        r#"frontdoor_webhook_responses_total{route="/webhooks/sms",code="403"} 1"#,
        "frontdoor_turns_total 1",
        "frontdoor_classifier_seconds_count 1",
        r#"frontdoor_queue_depth{queue="inbox"} 0"#,
        r#"frontdoor_queue_depth{queue="outbox"} 0"#,
        r#"frontdoor_sends_total{channel="sms",result="sent"}"#,
    ];
    // The gateway has the reply a moment before the sender records it sent (the outbox row and
    // its counter), so wait for everything asked below, not only the counter.
    let deadline = std::time::Instant::now() + REPLY_WAIT;
    let metrics = loop {
        let text = client.get(format!("{}/metrics", server.base_url)).send()?.text()?;
        if expected.iter().all(|line| text.contains(line)) || std::time::Instant::now() > deadline {
            break text;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    for expected in expected {
        ensure!(metrics.contains(expected), "{expected} missing from:\n{metrics}");
    }
    ensure!(!metrics.contains("+44") && !metrics.contains("hi\""), "no number or words in metrics");
    Ok(())
}

#[test]
fn sqlite_metrics_count_what_happened() -> Result<()> {
    let folder = tempfile::tempdir()?;
    metrics_count_what_happened(&sqlite_url(&folder))
}

#[test]
fn postgres_metrics_count_what_happened() -> Result<()> {
    let database = PostgresDb::create()?;
    metrics_count_what_happened(&database.url)
}

/// Deployment tools often write every variable, set or not (`FRONTDOOR_PUBLIC_URL=`): an empty
/// one means "unset", so the default (or `frontdoor.toml`) applies instead of a refused value.
#[test]
fn empty_variables_count_as_unset() -> Result<()> {
    let folder = tempfile::tempdir()?;
    std::fs::write(folder.path().join("frontdoor.toml"), "stale_months = 9\n")?;
    let mut command = frontdoor(&sqlite_url(&folder), folder.path());
    for variable in ["FRONTDOOR_BIND", "FRONTDOOR_PUBLIC_URL", "FRONTDOOR_STALE_MONTHS", "FRONTDOOR_INBOX_WORKERS", "TELEGRAM_API_URL"] {
        command.env(variable, "");
    }
    let output = command.arg("migrate").output()?;
    anyhow::ensure!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let refused = frontdoor(&sqlite_url(&folder), folder.path()).env("FRONTDOOR_STALE_MONTHS", "0").arg("migrate").output()?;
    let said = String::from_utf8_lossy(&refused.stderr);
    anyhow::ensure!(!refused.status.success() && said.contains("FRONTDOOR_STALE_MONTHS must be between 1 and 1200"), "{said}");
    Ok(())
}
