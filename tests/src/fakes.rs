//! What the Twilio and Telegram end-to-end tests share: starting a provider's fake on a free
//! port, waiting for what the binary sends it, and a fresh SQLite database.

use anyhow::{bail, Result};
use axum::Router;
use std::time::{Duration, Instant};

/// The longest a reply may take, the model being loaded and the outbox retrying.
pub const REPLY_WAIT: Duration = Duration::from_secs(30);

/// How long to keep watching for a message that must not come.
pub const QUIET_WAIT: Duration = Duration::from_millis(1500);

/// Serves `app` on a free local port, on a runtime of its own, and returns its base URL.
pub fn serve_on_free_port(app: Router) -> Result<String> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    listener.set_nonblocking(true)?;
    let url = format!("http://{}", listener.local_addr()?);
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
            axum::serve(listener, app).await.expect("the fake provider runs");
        });
    });
    Ok(url)
}

/// Waits until `done` holds, or fails naming `what` after [`REPLY_WAIT`].
pub fn wait_until(what: &str, done: impl Fn() -> bool) -> Result<()> {
    let deadline = Instant::now() + REPLY_WAIT;
    while !done() {
        if Instant::now() > deadline {
            bail!("timed out waiting for {what}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok(())
}

/// A SQLite database in the test's own folder.
pub fn sqlite_url(folder: &tempfile::TempDir) -> String {
    format!("sqlite://{}?mode=rwc", folder.path().join("frontdoor.db").display())
}
