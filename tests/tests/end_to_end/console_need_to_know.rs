//! Need to know in the console, against the real binary on SQLite and on PostgreSQL: a resolved
//! handoff shows the person's transcript only up to its resolution, and only its own notes, on
//! its page and on its live stream; the person's open handoff shows everything, as before.

use e2e::common;
use e2e::console::{Console, Session};

use anyhow::{ensure, Result};
use common::{add_navigator, serve_command, FakeGateway, PostgresDb, Server};
use std::path::Path;

const NAVIGATOR: &str = "sam@council.example.org";
const PASSWORD: &str = "a long enough passphrase";
const RESIDENT: &str = "+447700900811";
/// What the resident says before the first handoff is resolved.
const BEFORE: &str = "hello, I used to sing in a choir";
/// What they say after it was resolved, which that handoff must not show.
const AFTER: &str = "I have a new allotment in Birstall now";
/// The note written on the first handoff.
const FIRST_NOTE: &str = "Used to sing, wants company";
/// The note written on the next handoff, which the first must not show.
const LATER_NOTE: &str = "Back again about the allotment";

#[test]
fn a_resolved_handoff_shows_only_what_came_before_its_resolution_on_sqlite() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let url = format!("sqlite://{}?mode=rwc", folder.path().join("frontdoor.db").display());
    a_resolved_handoff_shows_only_what_came_before_its_resolution(&url, folder.path())
}

#[test]
fn a_resolved_handoff_shows_only_what_came_before_its_resolution_on_postgres() -> Result<()> {
    let folder = tempfile::tempdir()?;
    let database = PostgresDb::create()?;
    a_resolved_handoff_shows_only_what_came_before_its_resolution(&database.url, folder.path())
}

fn a_resolved_handoff_shows_only_what_came_before_its_resolution(url: &str, folder: &Path) -> Result<()> {
    let gateway = FakeGateway::start()?;
    let server = Server::start(serve_command(url, folder, &gateway))?;
    let console = Console::new(&server.base_url)?;
    console.set_password(&add_navigator(url, folder, &server.base_url, NAVIGATOR, &[])?, PASSWORD)?;
    let sam = console.log_in(NAVIGATOR, PASSWORD)?;

    ensure!(server.post_sms("b1", RESIDENT, BEFORE)? == 200);
    ensure!(server.post_sms("b2", RESIDENT, "PERSON")? == 200);
    let first = console.wait_for_handoff(&sam, &[])?;
    act(&console, &sam, first, "claim", &[])?;
    act(&console, &sam, first, "note", &[("body", FIRST_NOTE)])?;
    act(&console, &sam, first, "resolve", &[("outcome", "other")])?;

    ensure!(server.post_sms("a1", RESIDENT, AFTER)? == 200);
    ensure!(server.post_sms("a2", RESIDENT, "PERSON")? == 200);
    let next = console.wait_for_handoff(&sam, &[first])?;
    act(&console, &sam, next, "note", &[("body", LATER_NOTE)])?;

    let old_page = console.get(&sam.cookie, &format!("/console/handoffs/{first}"))?.text()?;
    ensure!(old_page.contains(BEFORE) && old_page.contains(FIRST_NOTE), "the resolved handoff lost its own conversation");
    ensure!(!old_page.contains(AFTER), "the resolved handoff shows what the person said after it was resolved");
    ensure!(!old_page.contains(LATER_NOTE), "the resolved handoff shows a note written on a later one");
    let old_live = console.first_event(&sam.cookie, &format!("/console/handoffs/{first}/events"))?;
    ensure!(old_live.starts_with("event: transcript") && old_live.contains(BEFORE), "the live transcript did not start: {old_live}");
    ensure!(!old_live.contains(AFTER), "the resolved handoff's live transcript shows what was said after it");

    let new_page = console.get(&sam.cookie, &format!("/console/handoffs/{next}"))?.text()?;
    for shown in [BEFORE, AFTER, FIRST_NOTE, LATER_NOTE] {
        ensure!(new_page.contains(shown), "the open handoff does not show {shown:?}");
    }
    let new_live = console.first_event(&sam.cookie, &format!("/console/handoffs/{next}/events"))?;
    ensure!(new_live.contains(AFTER), "the open handoff's live transcript is not the whole conversation");
    Ok(())
}

/// Does one act on a handoff through its form, as the page would.
fn act(console: &Console, session: &Session, handoff: i64, act: &str, fields: &[(&str, &str)]) -> Result<()> {
    let mut form = vec![("csrf", session.csrf.as_str())];
    form.extend_from_slice(fields);
    let done = console.post(&session.cookie, &format!("/console/handoffs/{handoff}/{act}"), &form)?;
    ensure!(done.status() == 303, "{act} on handoff {handoff} answered {}", done.status());
    Ok(())
}
