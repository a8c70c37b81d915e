//! What the end-to-end tests share: the real `frontdoor` binary started as a child process, and
//! a fake SMS gateway that records what the binary sends it.

use anyhow::{anyhow, bail, Context, Result};
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The secret both sides of the generic SMS gateway sign with in these tests.
pub const SMS_SECRET: &str = "test-secret";

/// The workspace root, where `content/` and `.deps/` are.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ has a parent").to_path_buf()
}

/// Every `.rs` file under `dir`, however deep, in order: the source the invariant and
/// deployment checks read.
pub fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in std::fs::read_dir(dir).expect("a readable folder").map(|entry| entry.expect("a readable entry").path()) {
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// The built `frontdoor` binary: `FRONTDOOR_BIN`, or beside this test in the target folder.
pub fn binary() -> PathBuf {
    if let Ok(path) = std::env::var("FRONTDOOR_BIN") {
        return PathBuf::from(path);
    }
    let test_exe = std::env::current_exe().expect("the test knows where it is");
    let profile_dir = test_exe.parent().and_then(Path::parent).expect("tests run from target/<profile>/deps");
    let path = profile_dir.join("frontdoor");
    assert!(path.exists(), "build the binary first (cargo build --bin frontdoor): {}", path.display());
    path
}

/// The model folder the binary should load.
pub fn model_dir() -> PathBuf {
    std::env::var("FRONTDOOR_MODEL").map(PathBuf::from).unwrap_or_else(|_| workspace().join(".deps/model"))
}

/// A command for the binary with the test's content, model and database, and no other settings.
pub fn frontdoor(database_url: &str, cwd: &Path) -> Command {
    let mut command = Command::new(binary());
    command
        .current_dir(cwd)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("DATABASE_URL", database_url)
        .env("FRONTDOOR_CONTENT", workspace().join("content"))
        .env("FRONTDOOR_MODEL", model_dir())
        .env("FRONTDOOR_LOG", "info");
    command
}

/// Signs a body as the generic SMS gateway does.
pub fn sign(body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(SMS_SECRET.as_bytes()).expect("any key length");
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

/// A running `frontdoor serve`.
pub struct Server {
    /// The child process.
    child: Child,
    /// Where it listens.
    pub base_url: String,
    /// Everything it has logged, for checks on what logs may contain.
    pub log: Arc<Mutex<Vec<String>>>,
}

impl Server {
    /// Starts `frontdoor serve` on a free port and waits until `/healthz` says ready.
    pub fn start(mut command: Command) -> Result<Server> {
        command.arg("serve").env("FRONTDOOR_BIND", "127.0.0.1:0").stdout(Stdio::null()).stderr(Stdio::piped());
        let mut child = command.spawn().context("cannot start frontdoor serve")?;
        let stderr = child.stderr.take().expect("stderr is piped");
        let log = Arc::new(Mutex::new(Vec::new()));
        let (address_tx, address_rx) = std::sync::mpsc::channel();
        let log_writer = log.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(address) = line.split("address=").nth(1) {
                    let _ = address_tx.send(address.split_whitespace().next().unwrap_or("").to_string());
                }
                log_writer.lock().expect("log lock").push(line);
            }
        });
        let address =
            address_rx.recv_timeout(Duration::from_secs(60)).map_err(|_| anyhow!("frontdoor serve did not say where it listens"))?;
        let server = Server { child, base_url: format!("http://{address}"), log };
        server.wait_until_ready()?;
        Ok(server)
    }

    fn wait_until_ready(&self) -> Result<()> {
        let deadline = Instant::now() + Duration::from_secs(120);
        let client = reqwest::blocking::Client::new();
        while Instant::now() < deadline {
            let healthy = client.get(format!("{}/healthz", self.base_url)).send().map(|r| r.status().is_success());
            if matches!(healthy, Ok(true)) {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        bail!("frontdoor serve never became healthy; log:\n{}", self.log_text())
    }

    /// Everything logged so far.
    pub fn log_text(&self) -> String {
        self.log.lock().expect("log lock").join("\n")
    }

    /// Posts a signed gateway message and returns the status code.
    pub fn post_sms(&self, id: &str, from: &str, text: &str) -> Result<u16> {
        let body = serde_json::to_vec(&serde_json::json!({ "id": id, "from": from, "to": "+447700900000", "text": text }))?;
        let response = reqwest::blocking::Client::new()
            .post(format!("{}/webhooks/sms", self.base_url))
            .header("content-type", "application/json")
            .header("x-signature", sign(&body))
            .body(body)
            .send()?;
        Ok(response.status().as_u16())
    }

    /// Kills the process outright (SIGKILL), as a crash or an OOM kill would.
    pub fn kill(mut self) -> Result<()> {
        self.child.kill()?;
        self.child.wait()?;
        Ok(())
    }

    /// Asks the process to stop (SIGTERM) and waits for it; returns whether it exited cleanly.
    pub fn terminate(mut self) -> Result<bool> {
        let pid = libc::pid_t::try_from(self.child.id())?;
        // SAFETY: sending a signal to our own child process.
        unsafe { libc::kill(pid, libc::SIGTERM) };
        Ok(self.child.wait()?.success())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A message the fake gateway was asked to send.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Sent {
    /// The idempotency key: the same on every attempt at one message.
    #[serde(rename = "ref")]
    pub reference: String,
    /// The recipient.
    pub to: String,
    /// The text.
    pub text: String,
}

/// How the fake gateway currently answers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Mood {
    /// Takes every message.
    Accepting,
    /// Answers 503 to everything, as a provider in an outage does.
    Down,
}

#[derive(Default)]
struct Record {
    accepted: Vec<Sent>,
    refused: usize,
    repeats: usize,
    down: bool,
}

/// A local stand-in for an SMS provider's send API.
#[derive(Clone)]
pub struct FakeGateway {
    /// What it has been sent.
    record: Arc<Mutex<Record>>,
    /// Its URL, for `SMS_GATEWAY_URL`.
    pub url: String,
}

impl FakeGateway {
    /// Starts it on a free port, on a runtime of its own.
    pub fn start() -> Result<FakeGateway> {
        let record = Arc::new(Mutex::new(Record::default()));
        let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
        listener.set_nonblocking(true)?;
        let url = format!("http://{}/send", listener.local_addr()?);
        let app = Router::new().route("/send", post(receive)).with_state(record.clone());
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
                axum::serve(listener, app).await.expect("fake gateway runs");
            });
        });
        Ok(FakeGateway { record, url })
    }

    /// Changes how it answers.
    pub fn set_mood(&self, mood: Mood) {
        self.record.lock().expect("lock").down = mood == Mood::Down;
    }

    /// Messages taken so far to one number.
    pub fn accepted_to(&self, to: &str) -> Vec<Sent> {
        self.record.lock().expect("lock").accepted.iter().filter(|sent| sent.to == to).cloned().collect()
    }

    /// How many sends it refused.
    pub fn refused(&self) -> usize {
        self.record.lock().expect("lock").refused
    }

    /// How many sends repeated a `ref` it had already taken (dropped, as the protocol says).
    pub fn repeats(&self) -> usize {
        self.record.lock().expect("lock").repeats
    }

    /// Waits until `to` has received at least `count` messages, or fails after `timeout`.
    pub fn wait_for(&self, to: &str, count: usize, timeout: Duration) -> Result<Vec<Sent>> {
        let deadline = Instant::now() + timeout;
        loop {
            let sent = self.accepted_to(to);
            if sent.len() >= count {
                return Ok(sent);
            }
            if Instant::now() > deadline {
                bail!("{to} received {} messages, expected {count}", sent.len());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

async fn receive(State(record): State<Arc<Mutex<Record>>>, Json(sent): Json<Sent>) -> (StatusCode, Json<serde_json::Value>) {
    let mut record = record.lock().expect("lock");
    if record.down {
        record.refused += 1;
        return (StatusCode::SERVICE_UNAVAILABLE, Json(serde_json::json!({ "error": "down" })));
    }
    if let Some(position) = record.accepted.iter().position(|taken| taken.reference == sent.reference) {
        record.repeats += 1;
        return (StatusCode::OK, Json(serde_json::json!({ "id": format!("fake-{}", position + 1) })));
    }
    record.accepted.push(sent);
    let id = format!("fake-{}", record.accepted.len());
    (StatusCode::OK, Json(serde_json::json!({ "id": id })))
}

/// A command for `frontdoor serve` wired to the fake gateway.
pub fn serve_command(database_url: &str, cwd: &Path, gateway: &FakeGateway) -> Command {
    let mut command = frontdoor(database_url, cwd);
    command
        .env("SMS_WEBHOOK_SECRET", SMS_SECRET)
        .env("SMS_GATEWAY_URL", &gateway.url)
        .env("SMS_FROM", "FrontDoor")
        // A short lease, so that a row whose sender was killed mid-send is retried within the test.
        .env("FRONTDOOR_OUTBOX_LEASE_SECS", "2");
    command
}

/// A fresh database on the test PostgreSQL server, dropped when the guard goes.
pub struct PostgresDb {
    /// Its URL.
    pub url: String,
    /// Its name, to drop it.
    name: String,
}

impl PostgresDb {
    /// Creates one on `FRONTDOOR_TEST_POSTGRES_URL` (default: the machine's server).
    pub fn create() -> Result<PostgresDb> {
        let admin = admin_url();
        let name = format!("frontdoor_e2e_{:012x}", rand::random::<u64>() & 0xffff_ffff_ffff);
        run_admin(&admin, &format!("CREATE DATABASE {name}"))?;
        let base = admin.rsplit_once('/').map(|(base, _)| base.to_string()).unwrap_or(admin);
        Ok(PostgresDb { url: format!("{base}/{name}"), name })
    }
}

impl Drop for PostgresDb {
    fn drop(&mut self) {
        let _ = run_admin(&admin_url(), &format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name));
    }
}

fn admin_url() -> String {
    std::env::var("FRONTDOOR_TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

fn run_admin(admin: &str, statement: &str) -> Result<()> {
    use sqlx::{Connection, Executor};
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        let mut conn =
            sqlx::PgConnection::connect(admin).await.with_context(|| format!("the PostgreSQL tests need a server at {admin}"))?;
        conn.execute(statement).await?;
        Ok(())
    })
}

/// Creates a console account with `frontdoor navigator add EMAIL EXTRA...` against the server at
/// `base_url`, and returns the set-up link it printed, checked to point at that server.
pub fn add_navigator(database_url: &str, cwd: &Path, base_url: &str, email: &str, extra: &[&str]) -> Result<String> {
    let output =
        frontdoor(database_url, cwd).env("FRONTDOOR_PUBLIC_URL", base_url).args(["navigator", "add", email]).args(extra).output()?;
    if !output.status.success() {
        bail!("frontdoor navigator add {email} failed: {}", String::from_utf8_lossy(&output.stderr));
    }
    let stdout = String::from_utf8(output.stdout)?;
    let link = stdout
        .lines()
        .find_map(|line| line.strip_prefix("Set-up link: "))
        .with_context(|| format!("navigator add printed no \"Set-up link: \" line: {stdout:?}"))?
        .trim()
        .to_string();
    let expected = format!("{base_url}/console/setup?token=");
    if !(link.starts_with(&expected) && link.len() > expected.len()) {
        bail!("the set-up link {link:?} is not under {expected}");
    }
    Ok(link)
}
