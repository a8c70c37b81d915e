//! The navigator console end to end (issue #7): the real binary serving the console, navigators
//! made with `frontdoor navigator add`, Debian's chromium driven headless by
//! `tests/browser/console.mjs` (log in, watch an escalation appear live, claim, reply, a second
//! navigator refused, a script payload inert), and the fake SMS provider receiving what the
//! navigator wrote. Screenshots are kept in `tests/artifacts/console/<database>/`.
//!
//! Needs node and chromium: `scripts/setup-browser` installs them (scripts/test runs it). Their
//! absence fails the test rather than skipping it, so a machine without them cannot pass.

use e2e::common;

use anyhow::{bail, ensure, Context, Result};
use common::{add_navigator, serve_command, workspace, FakeGateway, PostgresDb, Sent, Server, SMS_SECRET};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The resident whose conversation navigator A claims and answers.
const RESIDENT: &str = "+447700900701";
/// The resident who sends a script payload before asking for a person.
const PAYLOAD_RESIDENT: &str = "+447700900702";
/// The resident whose words are a crisis sign.
const CRISIS_RESIDENT: &str = "+447700900703";
const NAVIGATOR_A: &str = "sam@council.example.org";
const NAVIGATOR_B: &str = "alex@council.example.org";
/// What navigator A writes to the resident.
const REPLY: &str = "Hello, this is Sam from the community team";

/// The pages the browser run photographs, kept for people to look at after a run.
const SCREENSHOTS: [&str; 5] =
    ["queue-before", "queue-after", "payload-conversation", "conversation-claimed-and-replied", "conversation-second-navigator"];

/// How long the whole browser run may take: chromium's start, two logins, live waits.
const BROWSER_LIMIT: Duration = Duration::from_secs(180);
/// How long a reply may take to reach the fake provider after the page showed it.
const DELIVERY_WAIT: Duration = Duration::from_secs(30);

#[test]
fn navigators_claim_and_answer_in_a_browser_on_sqlite() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let url = format!("sqlite://{}?mode=rwc", folder.path().join("frontdoor.db").display());
    console_in_a_browser(&url, folder.path(), "sqlite")
}

#[test]
fn navigators_claim_and_answer_in_a_browser_on_postgres() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let database = PostgresDb::create()?;
    console_in_a_browser(&database.url, folder.path(), "postgres")
}

/// The whole story on one database; `flavour` names the screenshots' folder.
fn console_in_a_browser(database_url: &str, folder: &Path, flavour: &str) -> Result<()> {
    let browser = BrowserTools::find()?;
    let gateway = FakeGateway::start()?;
    let mut command = serve_command(database_url, folder, &gateway);
    // Navigators on shift whenever the test runs, so pages and replies are the daytime ones.
    command.env("FRONTDOOR_NAVIGATOR_HOURS", "Mon-Sun 00:00-23:59");
    let server = Server::start(command)?;
    let link_a = add_navigator(database_url, folder, &server.base_url, NAVIGATOR_A, &["--team", "adult", "--admin"])?;
    let link_b = add_navigator(database_url, folder, &server.base_url, NAVIGATOR_B, &["--team", "adult"])?;

    let artifacts = workspace().join("tests/artifacts/console").join(flavour);
    let summary = browser
        .run_console_script(&[
            ("FRONTDOOR_URL", server.base_url.as_str()),
            ("SMS_WEBHOOK_SECRET", SMS_SECRET),
            ("NAVIGATOR_A_EMAIL", NAVIGATOR_A),
            ("NAVIGATOR_A_SETUP_LINK", &link_a),
            ("NAVIGATOR_B_EMAIL", NAVIGATOR_B),
            ("NAVIGATOR_B_SETUP_LINK", &link_b),
            ("RESIDENT_NUMBER", RESIDENT),
            ("PAYLOAD_NUMBER", PAYLOAD_RESIDENT),
            ("CRISIS_NUMBER", CRISIS_RESIDENT),
            ("REPLY_TEXT", REPLY),
            ("ARTIFACTS_DIR", &artifacts.display().to_string()),
        ])
        .with_context(|| format!("server log:\n{}", server.log_text()))?;

    eprintln!("the browser run: {summary}");
    let sent = wait_for_text(&gateway, RESIDENT, REPLY)?;
    check_navigator_messages(&sent)?;
    ensure!(gateway.accepted_to(PAYLOAD_RESIDENT).iter().all(|message| message.text != REPLY), "the reply to one resident reached another");
    check_logs_hold_no_private_words(&server.log_text())?;
    for name in SCREENSHOTS {
        let path = artifacts.join(format!("{name}.png"));
        ensure!(path.exists(), "the browser run saved no {}", path.display());
    }
    Ok(())
}

/// Waits until `to` has been sent `text`, and returns everything sent to them by then.
fn wait_for_text(gateway: &FakeGateway, to: &str, text: &str) -> Result<Vec<Sent>> {
    let deadline = Instant::now() + DELIVERY_WAIT;
    loop {
        let sent = gateway.accepted_to(to);
        if sent.iter().any(|message| message.text == text) {
            return Ok(sent);
        }
        if Instant::now() > deadline {
            let texts: Vec<&str> = sent.iter().map(|message| message.text.as_str()).collect();
            bail!("the navigator's reply never reached the SMS provider; {to} was sent {texts:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The resident was told once that a person joined (a refused second claim tells them nothing),
/// before the navigator's reply, which arrived once, word for word and GSM-7 safe.
fn check_navigator_messages(sent: &[Sent]) -> Result<()> {
    let template = workspace().join("content/templates/en/navigator_joined.hbs");
    let joined_notice = std::fs::read_to_string(&template)?.trim().to_string();
    let position = |text: &str| sent.iter().position(|message| message.text == text);
    let texts: Vec<&str> = sent.iter().map(|message| message.text.as_str()).collect();
    let joined = position(&joined_notice).with_context(|| format!("no navigator-joined notice was sent: {texts:?}"))?;
    let reply = position(REPLY).context("the reply is missing")?;
    ensure!(joined < reply, "the reply arrived before the navigator-joined notice: {texts:?}");
    for once in [joined_notice.as_str(), REPLY] {
        ensure!(texts.iter().filter(|text| **text == once).count() == 1, "sent more than once: {once:?} in {texts:?}");
    }
    for message in sent {
        ensure!(message.text.chars().all(flows::sms::is_gsm7), "not GSM-7 safe: {:?}", message.text);
    }
    Ok(())
}

/// The server's log names nobody and quotes nothing: no numbers, no payload, no reply.
fn check_logs_hold_no_private_words(log: &str) -> Result<()> {
    for private in [RESIDENT, PAYLOAD_RESIDENT, CRISIS_RESIDENT, "end my life", REPLY, "__pwned", NAVIGATOR_A, NAVIGATOR_B] {
        ensure!(!log.contains(private), "the server log contains {private:?}");
    }
    Ok(())
}

/// node and the browser test's packages, found before anything starts.
struct BrowserTools {
    node: PathBuf,
    script: PathBuf,
}

impl BrowserTools {
    /// Fails, naming the fix, when node, chromium or playwright-core is missing.
    fn find() -> Result<BrowserTools> {
        const FIX: &str = "run scripts/setup-browser to install them";
        let browser_dir = workspace().join("tests/browser");
        let node = PathBuf::from(std::env::var("NODE").unwrap_or_else(|_| "node".into()));
        let version = Command::new(&node).arg("--version").output();
        ensure!(version.is_ok_and(|output| output.status.success()), "node is missing: {FIX}");
        let chromium = std::env::var("CHROMIUM_PATH").unwrap_or_else(|_| "/usr/bin/chromium".into());
        ensure!(Path::new(&chromium).exists(), "chromium is missing at {chromium}: {FIX}");
        let playwright = browser_dir.join("node_modules/playwright-core/package.json");
        ensure!(playwright.exists(), "playwright-core is not installed in {}: {FIX}", browser_dir.display());
        Ok(BrowserTools { node, script: browser_dir.join("console.mjs") })
    }

    /// Runs the browser script with `env`, within [`BROWSER_LIMIT`], and returns its JSON
    /// summary; a failure carries the script's own account of what went wrong.
    fn run_console_script(&self, env: &[(&str, &str)]) -> Result<serde_json::Value> {
        let mut child = Command::new(&self.node)
            .arg(&self.script)
            .current_dir(self.script.parent().expect("the script is in tests/browser"))
            .envs(env.iter().copied())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .context("cannot start node")?;
        let stdout = read_in_background(child.stdout.take().expect("piped"));
        let stderr = read_in_background(child.stderr.take().expect("piped"));
        let deadline = Instant::now() + BROWSER_LIMIT;
        let status = loop {
            if let Some(status) = child.try_wait()? {
                break status;
            }
            if Instant::now() > deadline {
                child.kill()?;
                child.wait()?;
                bail!("the browser test took longer than {BROWSER_LIMIT:?}; it printed:\n{}", stderr.join().unwrap_or_default());
            }
            std::thread::sleep(Duration::from_millis(100));
        };
        let (stdout, stderr) = (stdout.join().unwrap_or_default(), stderr.join().unwrap_or_default());
        let last_line = stdout.lines().last().unwrap_or_default();
        let summary: serde_json::Value = serde_json::from_str(last_line)
            .with_context(|| format!("the browser test printed no JSON summary; stdout:\n{stdout}\nstderr:\n{stderr}"))?;
        ensure!(
            status.success() && summary["ok"] == true,
            "the browser test failed ({status}): {}\nsummary: {summary}\nstderr:\n{stderr}",
            summary["error"].as_str().unwrap_or("no reason given"),
        );
        Ok(summary)
    }
}

/// Reads a child's output on a thread of its own, so a full pipe never blocks the child.
fn read_in_background(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut text = String::new();
        let _ = pipe.read_to_string(&mut text);
        text
    })
}
