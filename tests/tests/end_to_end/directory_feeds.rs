//! Council feeds as they come, end to end through the real binary: a Spring-style ORUK v1 page
//! with a byte-order mark, HTML descriptions and no verified dates imports whole and its
//! services are suggested; a validator's list of records under one id counts once and says so;
//! and a young person is never offered a group that does not say it welcomes them.

use e2e::common::{frontdoor, workspace};

use anyhow::{ensure, Result};
use std::path::Path;

/// Runs `frontdoor <args>` on a fresh SQLite database in the folder `place`; fails unless it succeeds; returns what it
/// printed.
fn run(place: &tempfile::TempDir, args: &[&str]) -> Result<String> {
    let database_url = format!("sqlite://{}?mode=rwc", place.path().join("frontdoor.db").display());
    let output = frontdoor(&database_url, place.path()).args(args).output()?;
    let stdout = String::from_utf8(output.stdout)?;
    ensure!(output.status.success(), "frontdoor {args:?} failed:\n{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    Ok(stdout)
}

fn import(place: &tempfile::TempDir, file: &Path) -> Result<String> {
    run(place, &["directory", "import", file.to_str().expect("utf-8 path")])
}

fn spring_page() -> std::path::PathBuf {
    workspace().join("tests/feeds/spring-v1-page.json")
}

#[test]
fn a_real_shaped_page_with_a_bom_and_no_verified_dates_imports_whole_and_is_suggested() -> Result<()> {
    let place = tempfile::tempdir()?;
    let summary = import(&place, &spring_page())?;
    ensure!(summary.contains("Imported: 4 added, 0 updated, 0 unchanged, 0 with problems."), "{summary}");
    ensure!(
        summary.contains("No verified date on 4 record(s): 2 judged by their last_modified, 2 from the day first imported."),
        "the summary says how undated records are judged: {summary}"
    );
    let found = run(&place, &["directory", "search", "walking group", "--near", "Huddersfield"])?;
    ensure!(found.contains("Huddersfield Tuesday Walking Group"), "an undated record is suggested: {found}");
    ensure!(found.contains("£2.50"), "the amount written as text is read: {found}");

    let stale = run(&place, &["directory", "stale", "--months", "1"])?;
    ensure!(stale.contains("No verified date in the feed for 4 record(s)"), "{stale}");
    ensure!(stale.contains("Golcar Friendship Club for the Retired") && stale.contains("by last_modified: no verified date"), "{stale}");
    ensure!(!stale.contains("Huddersfield Tuesday Walking Group"), "first imported today is not stale: {stale}");

    let again = import(&place, &spring_page())?;
    ensure!(again.contains("Imported: 0 added, 0 updated, 4 unchanged"), "dating a record does not make it change: {again}");
    Ok(())
}

#[test]
fn a_record_repeated_under_one_id_counts_once_and_is_reported() -> Result<()> {
    let place = tempfile::tempdir()?;
    let record = serde_json::json!({
        "id": "same-id", "name": "Validator Test Service", "description": "A record a validator repeats.",
        "status": "active", "assured_date": "2026-11-01",
    });
    let list = serde_json::Value::Array(vec![record; 128]);
    let file = place.path().join("repeated.json");
    std::fs::write(&file, serde_json::to_string(&list)?)?;
    let summary = import(&place, &file)?;
    ensure!(summary.contains("Imported: 1 added, 0 updated, 0 unchanged"), "not 128 added: {summary}");
    ensure!(summary.contains("Repeated ids: 127 record(s)") && summary.contains("repeated id same-id: 128 records"), "{summary}");
    Ok(())
}

#[test]
fn young_people_only_get_groups_that_say_they_welcome_them() -> Result<()> {
    let place = tempfile::tempdir()?;
    import(&place, &spring_page())?;
    let youth = run(&place, &["directory", "search", "something to do after school", "--near", "Huddersfield", "--youth", "--json"])?;
    let found: Vec<serde_json::Value> = serde_json::from_str(&youth)?;
    let names: Vec<&str> = found.iter().filter_map(|result| result["service"]["name"].as_str()).collect();
    ensure!(names == ["Lindley Youth Club"], "only the youth club, never the retired people's club: {names:?}");
    let fourteen = run(&place, &["directory", "search", "lunch club", "--near", "Golcar", "--age", "14"])?;
    ensure!(!fourteen.contains("Retired"), "{fourteen}");
    Ok(())
}
