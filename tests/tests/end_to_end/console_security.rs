//! The navigator console's defences, over plain HTTP against the real binary: nothing without
//! a session, set-up links that work once, forms refused without their CSRF token, lock-out
//! after repeated failed logins, cookies and headers that keep a session and a page safe,
//! resident text escaped, teams kept apart, the audit log for admins only, logout, and a
//! shutdown that live pages do not hold up.

use e2e::common;
use e2e::console::{error_of, header, Console, Session};

use anyhow::{ensure, Context, Result};
use common::{add_navigator, frontdoor, serve_command, FakeGateway, Server};
use reqwest::header::{CONTENT_SECURITY_POLICY, LOCATION};
use std::io::Read;
use std::time::{Duration, Instant};

const ADMIN: &str = "lee@council.example.org";
const YOUTH: &str = "jo@council.example.org";
const PASSWORD: &str = "a long enough passphrase";
const RESIDENT: &str = "+447700900801";
const PAYLOAD: &str = "<script>document.title='owned'</script><img src=x onerror=alert(1)>";

#[test]
fn the_console_keeps_strangers_out_and_resident_text_inert() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let url = format!("sqlite://{}?mode=rwc", folder.path().join("frontdoor.db").display());
    let gateway = FakeGateway::start()?;
    let server = Server::start(serve_command(&url, folder.path(), &gateway))?;
    let console = Console::new(&server.base_url)?;

    nothing_without_a_session(&console)?;
    let admin_link = add_navigator(&url, folder.path(), &server.base_url, ADMIN, &["--admin"])?;
    let youth_link = add_navigator(&url, folder.path(), &server.base_url, YOUTH, &["--team", "youth"])?;
    set_up_links_work_once(&console, &admin_link)?;
    console.set_password(&youth_link, PASSWORD)?;

    let admin = console.log_in(ADMIN, PASSWORD)?;
    ensure!(server.post_sms("s1", RESIDENT, PAYLOAD)? == 200);
    ensure!(server.post_sms("s2", RESIDENT, "PERSON")? == 200);
    let handoff = console.wait_for_handoff(&admin, &[])?;
    let page = console.get(&admin.cookie, &format!("/console/handoffs/{handoff}"))?.text()?;
    ensure!(!page.contains("<script>document") && !page.contains("<img src=x"), "resident text reached the page as HTML");
    ensure!(page.contains("&lt;script&gt;"), "the resident's words are not shown escaped");

    forms_need_their_token(&console, &admin, handoff)?;
    admins_read_the_figures(&console, &admin)?;
    teams_and_admins_are_kept_apart(&console, handoff)?;
    repeated_failures_lock_the_account(&console)?;
    let watcher = console.log_in(ADMIN, PASSWORD)?;
    logout_ends_the_session(&console, &admin)?;
    disabling_an_account_ends_its_live_pages(&console, &url, folder.path(), &server.base_url)?;
    live_pages_do_not_hold_up_a_shutdown(server, &console, &watcher)
}

fn nothing_without_a_session(console: &Console) -> Result<()> {
    for path in ["/console", "/console/audit", "/console/figures", "/console/figures/totals.csv", "/console/handoffs/1", "/console/events"]
    {
        let response = console.http.get(console.url(path)).send()?;
        ensure!(response.status() == 303, "{path} answered {} without a session", response.status());
        ensure!(header(&response, LOCATION.as_str()) == "/console/login", "{path} does not send strangers to log in");
    }
    let claim = console.http.post(console.url("/console/handoffs/1/claim")).form(&[("csrf", "x")]).send()?;
    ensure!(claim.status() == 401, "a claim without a session answered {}", claim.status());
    Ok(())
}

fn set_up_links_work_once(console: &Console, link: &str) -> Result<()> {
    let page = console.http.get(link).send()?;
    ensure!(page.status() == 200);
    let policy = header(&page, CONTENT_SECURITY_POLICY.as_str());
    ensure!(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), "weak CSP: {policy}");
    ensure!(header(&page, "x-frame-options") == "DENY" && header(&page, "referrer-policy") == "no-referrer");
    let token = link.split("token=").nth(1).context("the link has a token")?;
    let short =
        console.http.post(console.url("/console/setup")).form(&[("token", token), ("password", "short"), ("confirm", "short")]).send()?;
    ensure!(short.status() == 422, "a short password was accepted ({})", short.status());
    console.set_password(link, PASSWORD)?;
    let again = console.http.get(link).send()?;
    ensure!(again.status() == 404, "a set-up link worked twice ({})", again.status());
    Ok(())
}

fn forms_need_their_token(console: &Console, admin: &Session, handoff: i64) -> Result<()> {
    let forged = console.post(&admin.cookie, &format!("/console/handoffs/{handoff}/claim"), &[("csrf", "forged")])?;
    ensure!(forged.status() == 403, "a claim with a forged token answered {}", forged.status());
    let page = console.get(&admin.cookie, &format!("/console/handoffs/{handoff}"))?.text()?;
    ensure!(page.contains("Nobody has this yet"), "a forged form changed something");
    let claimed = console.post(&admin.cookie, &format!("/console/handoffs/{handoff}/claim"), &[("csrf", &admin.csrf)])?;
    ensure!(claimed.status() == 303, "the admin's own claim answered {}", claimed.status());
    let audit = console.get(&admin.cookie, "/console/audit")?.text()?;
    ensure!(audit.contains("<td>open</td>") && audit.contains("<td>claim</td>"), "opening and claiming are not audited");
    Ok(())
}

fn teams_and_admins_are_kept_apart(console: &Console, handoff: i64) -> Result<()> {
    let youth = console.log_in(YOUTH, PASSWORD)?;
    let queue = console.get(&youth.cookie, "/console")?.text()?;
    ensure!(!queue.contains("data-handoff-id"), "an adult's chat is in the youth team's queue");
    let page = console.get(&youth.cookie, &format!("/console/handoffs/{handoff}"))?;
    ensure!(page.status() == 403, "the youth team opened an adult's chat ({})", page.status());
    let audit = console.get(&youth.cookie, "/console/audit")?;
    ensure!(audit.status() == 403, "a navigator who is not an admin read the audit log");
    for path in ["/console/figures", "/console/figures/handoffs.csv", "/console/figures/figures.html"] {
        ensure!(console.get(&youth.cookie, path)?.status() == 403, "a navigator who is not an admin read {path}");
    }
    Ok(())
}

/// The report page and its downloads: the handoff just made is counted but shown as "fewer
/// than 5", each table comes as CSV, the whole report as one page; a table that does not exist
/// or a day that is not a date is refused.
fn admins_read_the_figures(console: &Console, admin: &Session) -> Result<()> {
    let page = console.get(&admin.cookie, "/console/figures")?;
    ensure!(page.status() == 200, "the figures page answered {}", page.status());
    let page = page.text()?;
    ensure!(
        page.contains("Chats handed to navigators") && page.contains("<td>asked for a person</td><td class=\"count\">fewer than 5</td>"),
        "the figures page does not count the handoff:\n{page}"
    );
    let csv = console.get(&admin.cookie, "/console/figures/handoffs.csv?since=2020-01-01")?;
    ensure!(
        header(&csv, "content-type").starts_with("text/csv") && header(&csv, "content-disposition").contains("attachment"),
        "the CSV is not a download"
    );
    ensure!(
        csv.text()? == "kind,count,picked_up,median_wait_minutes\nasked_for_a_person,fewer than 5,fewer than 5,\n",
        "the handoffs CSV is wrong"
    );
    let whole = console.get(&admin.cookie, "/console/figures/figures.html")?.text()?;
    ensure!(whole.starts_with("<!doctype html>") && whole.contains("Chats handed to navigators"), "the whole report is not one page");
    ensure!(console.get(&admin.cookie, "/console/figures/passwords.csv")?.status() == 404, "an unknown table was not refused");
    ensure!(console.get(&admin.cookie, "/console/figures?since=last-tuesday")?.status() == 400, "a day that is not a date was not refused");
    Ok(())
}

fn repeated_failures_lock_the_account(console: &Console) -> Result<()> {
    for _ in 0..5 {
        let status = console.try_log_in(YOUTH, "not the password at all")?.status();
        ensure!(status == 401, "a wrong password answered {status}");
    }
    let locked = console.try_log_in(YOUTH, PASSWORD)?;
    ensure!(locked.status() == 401, "the right password got in straight after five failures");
    let locked_page = locked.text()?;
    ensure!(locked_page.contains("locked"), "a locked account does not say it may be locked");
    let unknown = console.try_log_in("nobody@council.example", "not the password at all")?;
    ensure!(unknown.status() == 401);
    ensure!(
        !error_of(&locked_page).is_empty() && error_of(&unknown.text()?) == error_of(&locked_page),
        "an unknown email and a locked account get different answers, which tells a stranger who has an account"
    );
    Ok(())
}

fn logout_ends_the_session(console: &Console, admin: &Session) -> Result<()> {
    let out = console.post(&admin.cookie, "/console/logout", &[("csrf", &admin.csrf)])?;
    ensure!(out.status() == 303);
    let after = console.get(&admin.cookie, "/console")?;
    ensure!(after.status() == 303, "the session still works after logout");
    Ok(())
}

/// `navigator disable` (a leaver) ends every live page of theirs within a poll, and they
/// cannot log in again; the act is in the audit trail.
fn disabling_an_account_ends_its_live_pages(console: &Console, url: &str, folder: &std::path::Path, base: &str) -> Result<()> {
    const LEAVER: &str = "leaver@council.example";
    console.set_password(&add_navigator(url, folder, base, LEAVER, &[])?, PASSWORD)?;
    let leaver = console.log_in(LEAVER, PASSWORD)?;
    let mut stream = console.get(&leaver.cookie, "/console/events")?;
    let mut first = [0u8; 12];
    stream.read_exact(&mut first)?;
    ensure!(&first == b"event: queue", "the live queue did not start with the rows");
    let disabled = frontdoor(url, folder).args(["navigator", "disable", LEAVER]).output()?;
    ensure!(disabled.status.success(), "{}", String::from_utf8_lossy(&disabled.stderr));
    let (ended, end) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut rest = Vec::new();
        let _ = ended.send(stream.read_to_end(&mut rest).is_ok());
    });
    let over = end.recv_timeout(Duration::from_secs(10)).context("the live page of a disabled account was still open 10 s later")?;
    ensure!(over, "the live page of a disabled account broke off instead of ending");
    ensure!(console.try_log_in(LEAVER, PASSWORD)?.status() == 401, "a disabled account logged in");
    Ok(())
}

/// SIGTERM ends the live queue's event stream, so the server stops promptly and cleanly.
fn live_pages_do_not_hold_up_a_shutdown(server: Server, console: &Console, watcher: &Session) -> Result<()> {
    let mut stream = console.get(&watcher.cookie, "/console/events")?;
    let mut first = [0u8; 12];
    stream.read_exact(&mut first)?;
    ensure!(&first == b"event: queue", "the live queue did not start with the rows");
    let asked = Instant::now();
    ensure!(server.terminate()?, "the server did not exit cleanly with a live page open");
    ensure!(asked.elapsed() < Duration::from_secs(10), "a live page held the shutdown for {:?}", asked.elapsed());
    Ok(())
}
