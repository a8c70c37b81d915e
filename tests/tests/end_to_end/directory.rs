//! The community directory, end to end through the real binary: importing ORUK v1 and v3 pages,
//! a paginated feed over HTTP and the CSV template; re-importing; problems reported with where
//! and why; `directory stale` with a resident's report made in a real chat; the export checked
//! against the published ORUK v3 schema; the search's top-3 precision on the labelled queries;
//! and a directory far from the demo areas searched near its own postcodes and towns.

use e2e::common;

use anyhow::{anyhow, ensure, Context, Result};
use axum::extract::{Query, State};
use axum::routing::get;
use axum::{Json, Router};
use common::{frontdoor, workspace};
use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::Stdio;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// The moment the labelled queries are scored at (`tests/directory/README.md`).
const SCORING_MOMENT: &str = "2026-11-23T09:00:00Z";

/// A fresh SQLite database in a folder of its own, with the binary pointed at it.
struct Workspace {
    folder: tempfile::TempDir,
    database_url: String,
}

impl Workspace {
    fn new() -> Result<Workspace> {
        let folder = tempfile::tempdir()?;
        let database_url = format!("sqlite://{}?mode=rwc", folder.path().join("frontdoor.db").display());
        Ok(Workspace { folder, database_url })
    }

    /// Runs `frontdoor <args>` with `stdin` as input; fails unless it succeeds; returns stdout.
    fn run_with_input(&self, args: &[&str], stdin: &str) -> Result<String> {
        self.run_with_settings(args, stdin, &[])
    }

    /// [`Workspace::run_with_input`] with more environment variables set.
    fn run_with_settings(&self, args: &[&str], stdin: &str, settings: &[(&str, &str)]) -> Result<String> {
        let mut child = frontdoor(&self.database_url, self.folder.path())
            .envs(settings.iter().copied())
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        child.stdin.take().expect("piped").write_all(stdin.as_bytes())?;
        let output = child.wait_with_output()?;
        let stdout = String::from_utf8(output.stdout)?;
        ensure!(output.status.success(), "frontdoor {args:?} failed:\n{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
        Ok(stdout)
    }

    fn run(&self, args: &[&str]) -> Result<String> {
        self.run_with_input(args, "")
    }

    /// Imports sources and returns the printed summary.
    fn import(&self, sources: &[&str]) -> Result<Summary> {
        let mut args = vec!["directory", "import"];
        args.extend_from_slice(sources);
        Summary::read(&self.run(&args)?)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.folder.path().join(name)
    }
}

/// What `directory import` printed.
#[derive(Debug)]
struct Summary {
    added: usize,
    updated: usize,
    unchanged: usize,
    problems: Vec<String>,
}

impl Summary {
    /// Reads "Imported: 6 added, 0 updated, 0 unchanged, 3 with problems." and the problem lines.
    fn read(stdout: &str) -> Result<Summary> {
        let line = stdout.lines().find(|line| line.starts_with("Imported: ")).ok_or_else(|| anyhow!("no summary in {stdout}"))?;
        let numbers: Vec<usize> =
            line.split(|c: char| !c.is_ascii_digit()).filter(|part| !part.is_empty()).map(str::parse).collect::<Result<_, _>>()?;
        ensure!(numbers.len() == 4, "unexpected summary {line:?}");
        let problems: Vec<String> =
            stdout.lines().filter(|line| line.trim_start().starts_with("problem in ")).map(str::to_string).collect();
        ensure!(problems.len() == numbers[3], "{line:?} but {} problem lines", problems.len());
        Ok(Summary { added: numbers[0], updated: numbers[1], unchanged: numbers[2], problems })
    }

    fn counts(&self) -> (usize, usize, usize) {
        (self.added, self.updated, self.unchanged)
    }

    /// The one problem line that mentions `path`.
    fn problem_at(&self, path: &str) -> Result<&str> {
        let found: Vec<&String> = self.problems.iter().filter(|line| line.contains(path)).collect();
        ensure!(found.len() == 1, "expected one problem at {path}, got {:?}", self.problems);
        Ok(found[0])
    }
}

fn fixture(name: &str) -> String {
    workspace().join("tests/directory/fixtures").join(name).display().to_string()
}

fn demo_pages() -> Vec<String> {
    (1..=3).map(|page| workspace().join(format!("content/directory/services-page-{page}.json")).display().to_string()).collect()
}

fn csv_template() -> String {
    workspace().join("content/directory/template.csv").display().to_string()
}

#[test]
fn v1_v3_and_csv_files_import_report_problems_and_reimport_by_id() -> Result<()> {
    let place = Workspace::new()?;
    let (v3, v1, csv) = (fixture("v3-page.json"), fixture("v1-page.json"), csv_template());
    let first = place.import(&[&v3, &v1, &csv])?;
    ensure!(first.counts() == (6, 0, 0), "2 from v3, 1 from v1, 3 from the template: {first:?}");
    let latitude = first.problem_at("$.contents[1].service_at_locations[0].location.latitude")?;
    ensure!(latitude.contains("v3-page.json") && latitude.contains("123.4"), "where and why: {latitude}");
    ensure!(latitude.contains("rest of the record kept"), "the record is kept: {latitude}");
    let no_id = first.problem_at("$.contents[2].id")?;
    ensure!(no_id.contains("no id") && no_id.contains("record skipped"), "{no_id}");
    let not_object = first.problem_at("$.content[1]")?;
    ensure!(not_object.contains("v1-page.json") && not_object.contains("record skipped"), "{not_object}");
    ensure!(first.problems.len() == 3, "{:?}", first.problems);

    let again = place.import(&[&v3, &v1, &csv])?;
    ensure!(again.counts() == (0, 0, 6), "nothing changed: {again:?}");

    let changed = std::fs::read_to_string(&v3)?.replace("Batley Fixture Knit and Natter", "Batley Knit, Natter and Crochet");
    let changed_path = place.path("v3-changed.json");
    std::fs::write(&changed_path, changed)?;
    let updated = place.import(&[changed_path.to_str().expect("utf-8 path")])?;
    ensure!(updated.counts() == (0, 1, 1), "one renamed record: {updated:?}");
    let found = place.run(&["directory", "search", "crochet", "--near", "Batley"])?;
    ensure!(found.contains("Batley Knit, Natter and Crochet"), "the search sees the new name: {found}");

    let stale = place.run(&["directory", "stale"])?;
    for (id, name) in [("4411", "Ripon Walking for Health"), ("5d7c2f0e-1a2b-4c3d-8e4f-000000000002", "Lost Hall Quiz Night")] {
        ensure!(stale.lines().any(|line| line.contains(id) && line.contains(name)), "{name} is long unchecked: {stale}");
    }
    ensure!(stale.contains("(last checked 2019-06-01)"), "{stale}");
    ensure!(stale.contains("Reported by residents as stopped or changed: 0"), "{stale}");
    Ok(())
}

#[test]
fn a_directory_anywhere_in_the_uk_is_searched_near_its_own_postcodes_and_towns() -> Result<()> {
    let place = Workspace::new()?;
    let imported = place.import(&[&fixture("aylesbury.csv")])?;
    ensure!(imported.counts() == (6, 0, 0), "{imported:?}");
    let search = |near: &str| place.run(&["directory", "search", "walking group", "--near", near, "--at", SCORING_MOMENT]);
    for near in ["HP19", "hp19 7ht", "HP20 1", "Aylesbury"] {
        let found = search(near)?;
        let first = found.lines().next().unwrap_or_default();
        ensure!(first.contains("Vale Park Health Walk") && first.contains("miles"), "near {near}, the nearest walk first: {found}");
        ensure!(found.contains("fit what was asked well"), "near {near}, fewer than three said plainly: {found}");
        ensure!(!found.contains("Leeds") && !found.contains("Coffee"), "near {near}, nothing far or off topic: {found}");
    }
    let wendover = search("Wendover")?;
    ensure!(wendover.starts_with("1. Wendover Woods Walking Group"), "a village anywhere: {wendover}");
    let haddenham = search("Haddenham")?;
    ensure!(
        haddenham.contains("Vale Park Health Walk") || haddenham.contains("Wendover Woods"),
        "Haddenham is also a Cambridgeshire village, but this directory's venues are round the Buckinghamshire one: {haddenham}"
    );
    let unclear = frontdoor_fails(&place, &["directory", "search", "walking group", "--near", "Newport"])?;
    ensure!(unclear.contains("Newport, Isle of Wight"), "a name of several places asks which: {unclear}");
    // Bedgrove, an Aylesbury neighbourhood, is on no map, but the directory's venue is.
    let bedgrove = place.run(&["directory", "search", "choir", "--near", "Bedgrove", "--at", SCORING_MOMENT])?;
    ensure!(bedgrove.starts_with("1. Bedgrove Community Choir") && bedgrove.contains("nearby"), "placed by the venue: {bedgrove}");
    let named = place.run(&["directory", "search", "any choirs in bedgrove", "--at", SCORING_MOMENT])?;
    ensure!(named.starts_with("1. Bedgrove Community Choir") && named.contains("nearby"), "named in the words: {named}");
    // In a chat, too: given when asked where (not "I can't find it on the map"), or named in the
    // message, each in a chat of its own, with the listings kept fresh whenever the test runs.
    let chat = |place: &Workspace, input: &str| place.run_with_settings(&["chat"], input, &[("FRONTDOOR_STALE_MONTHS", "120")]);
    let answered = chat(&place, "I'd like to join a choir\nBedgrove\n")?;
    ensure!(
        answered.contains("Some ideas near Bedgrove") && answered.contains("1. Bedgrove Community Choir"),
        "given when asked: {answered}"
    );
    let elsewhere = Workspace::new()?;
    elsewhere.import(&[&fixture("aylesbury.csv")])?;
    let named = chat(&elsewhere, "any choirs in bedgrove?\n")?;
    ensure!(named.contains("Some ideas near Bedgrove") && named.contains("1. Bedgrove Community Choir"), "named in the message: {named}");
    let unknown = frontdoor_fails(&place, &["directory", "search", "walking group", "--near", "Xyzzyton"])?;
    ensure!(
        unknown.contains("on no map") && unknown.contains("postcode district"),
        "a place on no map is refused, not searched everywhere: {unknown}"
    );
    Ok(())
}

/// Someone who asks for someone to ring them gets a befriending scheme (a phone friend) first,
/// though a bereavement café for older people meets nearer and matches more of what they said:
/// what they asked for is a person who rings. Before befriending had a tier of its own the café
/// came first. A search for a group still gets the group.
#[test]
fn someone_to_talk_to_gets_a_befriending_scheme_first() -> Result<()> {
    let place = Workspace::new()?;
    let imported = place.import(&[&fixture("befriending.csv")])?;
    ensure!(imported.counts() == (3, 0, 0), "{imported:?}");
    let words = "I'm 82 and on my own since my wife died, could someone ring me for a chat now and again?";
    let found = place.run(&["directory", "search", words, "--near", "Aylesbury", "--at", SCORING_MOMENT])?;
    ensure!(found.starts_with("1. Vale Phone Friends"), "the phone friend first: {found}");
    let groups = place.run(&["directory", "search", "a lunch club for older people", "--near", "Aylesbury", "--at", SCORING_MOMENT])?;
    ensure!(groups.starts_with("1. Aylesbury Over-60s Lunch Club"), "a group for a group: {groups}");
    Ok(())
}

/// "Ely" is a Cambridgeshire town and a Cardiff suburb, and "Sharrow" a Sheffield neighbourhood
/// on no map that reads like the village of Sharow near Ripon: a directory whose venues are in
/// Cardiff and Sheffield settles both, so the resident in Ely gets Ely's food bank and the one in
/// Sharrow the Sharrow sewing circle. Before, the town and the lookalike won and nothing was near.
#[test]
fn a_name_the_directorys_venues_know_is_their_place_not_a_town_or_lookalike_elsewhere() -> Result<()> {
    let place = Workspace::new()?;
    let imported = place.import(&[&fixture("homonyms.csv")])?;
    ensure!(imported.counts() == (5, 0, 0), "{imported:?}");
    let found = |words: &str, near: &str| place.run(&["directory", "search", words, "--near", near, "--at", SCORING_MOMENT]);
    let ely = found("is there a food bank", "Ely")?;
    ensure!(ely.starts_with("1. Ely Community Food Bank"), "Ely in a Cardiff directory is Cardiff's: {ely}");
    let sharrow = found("a sewing group", "Sharrow")?;
    ensure!(sharrow.starts_with("1. Sharrow Sewing Circle"), "Sharrow is where the venues say: {sharrow}");
    Ok(())
}

/// A phone service has no venue to measure from: its `service_areas` say whom it reaches, named
/// as a council ("London Borough of Hackney") or by towns in it ("Dewsbury"), so a Hackney line
/// is not offered in Batley; one that names no area reaches anyone.
#[test]
fn a_service_without_a_venue_reaches_only_the_areas_it_names() -> Result<()> {
    let place = Workspace::new()?;
    let imported = place.import(&[&fixture("phone-services.json")])?;
    ensure!(imported.counts() == (3, 0, 0), "{imported:?}");
    let found = |words: &str, near: &str| place.run(&["directory", "search", words, "--near", near, "--at", SCORING_MOMENT]);
    let batley = found("someone to phone me for a chat", "Batley")?;
    ensure!(
        batley.contains("Kirklees Phone Pals") && batley.contains("Silver Voices"),
        "Kirklees's line and the national one near Batley: {batley}"
    );
    ensure!(!batley.contains("Hackney"), "not Hackney's line in Kirklees: {batley}");
    // "Ring" is a word only the two local lines use, so the national one may fall below them.
    let ring = found("someone to ring me for a chat", "Batley")?;
    ensure!(ring.contains("Kirklees Phone Pals") && !ring.contains("Hackney"), "Kirklees's line near Batley: {ring}");
    let hackney = found("someone to ring me for a chat", "Hackney")?;
    ensure!(hackney.contains("Hackney Telephone Friends") && !hackney.contains("Kirklees"), "each line in its own area: {hackney}");
    Ok(())
}

/// A phone line run from an office (ORUK `location_type` `postal`) reaches the areas it names,
/// wherever its office is: the neighbouring council's line, whose office is nearer Batley than
/// Kirklees's own, is not offered there, and a North Yorkshire line is offered in Boroughbridge
/// (the demo list's `harrogate`, North Yorkshire's today) though its office is twenty miles off.
/// An area the gazetteer cannot place ("West Riding") cannot say whom it reaches, so the
/// office's distance does.
#[test]
fn a_phone_line_run_from_an_office_reaches_the_areas_it_names() -> Result<()> {
    let place = Workspace::new()?;
    let imported = place.import(&[&fixture("office-phone-services.json")])?;
    ensure!(imported.counts() == (4, 0, 0), "{imported:?}");
    let found = |words: &str, near: &str| place.run(&["directory", "search", words, "--near", near, "--at", SCORING_MOMENT]);
    let batley = found("someone to ring me for a chat", "Batley")?;
    ensure!(batley.contains("Kirklees Telephone Friends"), "Kirklees's own line in Batley: {batley}");
    ensure!(!batley.contains("Calderdale"), "not the neighbouring council's line, however near its office: {batley}");
    let boroughbridge = found("someone to ring me for a chat", "Boroughbridge")?;
    ensure!(boroughbridge.contains("North Yorkshire Phone Pals"), "the county's line in one of its towns: {boroughbridge}");
    ensure!(!boroughbridge.contains("Kirklees") && !boroughbridge.contains("Calderdale"), "no other council's line: {boroughbridge}");
    let mornings = |near: &str| found("a good morning call every day", near);
    let near_office = mornings("Batley")?;
    ensure!(
        near_office.contains("West Riding") && near_office.contains("miles"),
        "an area on no map: the office's distance: {near_office}"
    );
    let far_from_office = mornings("Boroughbridge")?;
    ensure!(!far_from_office.contains("West Riding"), "nor far from its office: {far_from_office}");
    Ok(())
}

/// A council feed with neither Front Door's tags nor its help terms: the import reads each
/// record's tags from its own words and the search reads its kind of help, so a food bank is
/// practical help for food and a rambling club is a walking group.
#[test]
fn an_untagged_council_feed_is_read_from_its_own_words() -> Result<()> {
    let place = Workspace::new()?;
    let imported = place.import(&[&fixture("untagged-council.csv")])?;
    ensure!(imported.counts() == (3, 0, 0), "{imported:?}");
    let search = |words: &str| -> Result<serde_json::Value> {
        let args = ["directory", "search", words, "--near", "Aylesbury", "--json", "--at", SCORING_MOMENT];
        Ok(serde_json::from_str(&place.run(&args)?)?)
    };
    let food = search("is there a food bank near me")?;
    let bank = &food[0]["service"];
    ensure!(bank["name"] == "Aylesbury Food Bank", "the food bank first: {food}");
    let terms = bank["other_terms"].as_array().cloned().unwrap_or_default();
    ensure!(
        terms.iter().any(|term| term == "Practical help") && terms.iter().any(|term| term == "Food"),
        "its kind of help read from its words: {bank}"
    );
    let walks = search("walking group")?;
    let club = &walks[0]["service"];
    ensure!(club["name"] == "Aylesbury Rambling Club", "the rambling club first: {walks}");
    let tags = club["tags"].as_array().cloned().unwrap_or_default();
    ensure!(tags.iter().any(|tag| tag == "walking_outdoors") && club["tags_from_words"] == true, "its tags read from its words: {club}");
    Ok(())
}

/// Runs `frontdoor <args>`, which must fail; returns what it said on standard error.
fn frontdoor_fails(place: &Workspace, args: &[&str]) -> Result<String> {
    let output = frontdoor(&place.database_url, place.folder.path()).args(args).output()?;
    ensure!(!output.status.success(), "frontdoor {args:?} should have failed");
    Ok(String::from_utf8(output.stderr)?)
}

/// A local ORUK v3 feed of `pages` pages of two services each, honouring `?page=N`.
struct Feed {
    url: String,
    requests: Arc<AtomicUsize>,
}

impl Feed {
    fn start(pages: u32) -> Result<Feed> {
        let requests = Arc::new(AtomicUsize::new(0));
        let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
        listener.set_nonblocking(true)?;
        let url = format!("http://{}/services?per_page=2", listener.local_addr()?);
        let app = Router::new().route("/services", get(serve_page)).with_state((pages, requests.clone()));
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
                axum::serve(listener, app).await.expect("the feed runs");
            });
        });
        Ok(Feed { url, requests })
    }
}

async fn serve_page(
    State((pages, requests)): State<(u32, Arc<AtomicUsize>)>,
    Query(params): Query<HashMap<String, String>>,
) -> Json<serde_json::Value> {
    requests.fetch_add(1, Ordering::SeqCst);
    let number: u32 = params.get("page").and_then(|page| page.parse().ok()).unwrap_or(1);
    let service = |index: u32| {
        serde_json::json!({
            "id": format!("feed-{number}-{index}"),
            "name": format!("Feed group {number}.{index}"),
            "description": "A group published by a paginated feed.",
            "status": "active",
            "assured_date": "2026-11-01",
        })
    };
    Json(serde_json::json!({
        "total_items": pages * 2, "total_pages": pages, "page_number": number, "size": 2,
        "first_page": number == 1, "last_page": number == pages, "empty": false,
        "contents": if number <= pages { vec![service(1), service(2)] } else { Vec::new() },
    }))
}

#[test]
fn a_paginated_feed_is_followed_to_its_last_page() -> Result<()> {
    let place = Workspace::new()?;
    let feed = Feed::start(3)?;
    let first = place.import(&[&feed.url])?;
    ensure!(first.counts() == (6, 0, 0) && first.problems.is_empty(), "{first:?}");
    ensure!(feed.requests.load(Ordering::SeqCst) == 3, "one request a page");
    let again = place.import(&[&feed.url])?;
    ensure!(again.counts() == (0, 0, 6), "{again:?}");
    let export = place.run(&["directory", "export"])?;
    for page in 1..=3 {
        ensure!(export.contains(&format!("Feed group {page}.2")), "page {page} was imported");
    }
    Ok(())
}

#[test]
fn a_residents_report_in_chat_shows_in_stale() -> Result<()> {
    let place = Workspace::new()?;
    let header = std::fs::read_to_string(csv_template())?.lines().next().expect("a header").to_string();
    let verified = today_utc()?;
    let row = format!(
        "batley-knit,Batley Knit and Natter,Knitting and a cuppa,Batley Crafters,active,Batley Library,Market Place,\
         Batley,WF17 5DA,53.7167,-1.6356,Tue,10:00,12:00,weekly,,,free,,,,Step-free entrance,Sue,01632 960301,,,arts_crafts,{verified}"
    );
    let csv_path = place.path("groups.csv");
    std::fs::write(&csv_path, format!("{header}\n{row}\n"))?;
    ensure!(place.import(&[csv_path.to_str().expect("utf-8 path")])?.counts() == (1, 0, 0));

    let chat = place.run_with_input(&["chat"], "knit group Batley, tuesday\nREPORT 1 it has stopped meeting\n")?;
    ensure!(chat.contains("1. Batley Knit and Natter"), "offered: {chat}");
    ensure!(chat.contains("Thank you for letting us know about Batley Knit and Natter"), "{chat}");

    let stale = place.run(&["directory", "stale"])?;
    ensure!(stale.contains("Not verified for 6 months or more: 0"), "{stale}");
    ensure!(stale.contains("Reported by residents as stopped or changed: 1"), "{stale}");
    let report = stale.lines().find(|line| line.contains("batley-knit")).context("the report is listed")?;
    ensure!(report.contains("Batley Knit and Natter") && report.contains("it has stopped meeting"), "{report}");
    Ok(())
}

/// Today's UTC date, so the listing the resident reports is freshly checked whenever the test
/// runs and is offered rather than left out as stale.
fn today_utc() -> Result<String> {
    let days = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_secs() / 86_400;
    Ok(civil_date(i64::try_from(days)?))
}

/// The proleptic Gregorian date of a day count since 1970-01-01, as YYYY-MM-DD.
fn civil_date(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Loads one of the ORUK v3 schemas kept in `tests/schemas/oruk/v3/`.
fn schema(name: &str) -> Result<serde_json::Value> {
    let path: PathBuf = workspace().join("tests/schemas/oruk/v3").join(name);
    Ok(serde_json::from_str(&std::fs::read_to_string(&path).with_context(|| path.display().to_string())?)?)
}

/// A validator with format checks on; references resolve within the schema only (the crate is
/// built without its file and HTTP resolvers, so nothing is fetched).
fn validator(schema: &serde_json::Value) -> Result<jsonschema::Validator> {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(schema)
        .map_err(|error| anyhow!("the schema does not compile: {error}"))
}

/// Every error the validator finds, with where it is.
fn errors(validator: &jsonschema::Validator, instance: &serde_json::Value) -> Vec<String> {
    validator.iter_errors(instance).map(|error| format!("{}: {error}", error.instance_path)).collect()
}

#[test]
fn the_export_validates_against_the_oruk_v3_schema() -> Result<()> {
    let place = Workspace::new()?;
    let mut sources = demo_pages();
    sources.push(csv_template());
    sources.push(fixture("phone-services.json"));
    let sources: Vec<&str> = sources.iter().map(String::as_str).collect();
    ensure!(place.import(&sources)?.added == 82);
    let out = place.path("export.json");
    place.run(&["directory", "export", "--out", out.to_str().expect("utf-8 path")])?;
    let page: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out)?)?;
    let services = page["contents"].as_array().context("a page of contents")?;
    ensure!(services.len() == 82, "every service is exported");
    let areas = services.iter().find(|s| s["name"] == "Kirklees Phone Pals").context("the phone line")?;
    ensure!(areas["service_areas"][1]["name"] == "Huddersfield", "service areas are exported: {areas}");

    let page_errors = errors(&validator(&schema("service_list.json")?)?, &page);
    ensure!(page_errors.is_empty(), "the page is not valid ORUK v3: {page_errors:#?}");
    let service_schema = validator(&schema("service_with_definitions.json")?)?;
    for service in services {
        let found = errors(&service_schema, service);
        ensure!(found.is_empty(), "{} is not a valid ORUK v3 service: {found:#?}", service["id"]);
    }

    let mut broken = services[0].clone();
    broken["id"] = serde_json::json!("not-a-uuid");
    broken.as_object_mut().expect("an object").remove("status");
    ensure!(errors(&service_schema, &broken).len() >= 2, "the validator catches a bad id and a missing status");
    Ok(())
}

/// Reads the precision from "  labelled tags and places:     0.980, a good answer for ..." in
/// `directory eval`.
fn figure(stdout: &str, label: &str) -> Result<f64> {
    let line = stdout.lines().find(|line| line.trim_start().starts_with(label)).with_context(|| format!("no {label} in {stdout}"))?;
    let value = line[line.find(':').context("a colon")? + 1..].split_whitespace().next().context("a figure")?;
    Ok(value.trim_end_matches(',').parse()?)
}

#[test]
fn the_search_finds_good_answers_to_the_labelled_queries() -> Result<()> {
    let place = Workspace::new()?;
    let pages = demo_pages();
    ensure!(place.import(&pages.iter().map(String::as_str).collect::<Vec<_>>())?.added == 76);
    let queries: PathBuf = workspace().join("tests/directory/queries.jsonl");
    let stdout = place.run(&["directory", "eval", queries.to_str().expect("utf-8 path"), "--at", SCORING_MOMENT])?;
    let labelled = figure(&stdout, "labelled tags and places")?;
    let classified = figure(&stdout, "classifier's tags and places")?;
    eprintln!("top-3 precision: {labelled:.3} with labelled tags, {classified:.3} with the classifier's");
    ensure!(labelled >= 0.8, "top-3 precision with labelled tags is {labelled:.3}");
    ensure!(classified >= 0.75, "top-3 precision with the classifier's tags is {classified:.3}");
    let without =
        place.run(&["directory", "eval", queries.to_str().expect("utf-8 path"), "--at", SCORING_MOMENT, "--without-good-answers"])?;
    ensure!(without.contains("0 with a good answer to give") && without.contains("71 with none: nothing offered for"), "{without}");

    let walking = place.run(&[
        "directory",
        "search",
        "I would like to find a walking group in Batley",
        "--near",
        "Batley",
        "--at",
        SCORING_MOMENT,
        "--json",
    ])?;
    let found: Vec<serde_json::Value> = serde_json::from_str(&walking)?;
    let miles: Vec<f64> = found.iter().map(|result| result["miles"].as_f64().unwrap_or(f64::MAX)).collect();
    let is_walking = |result: &serde_json::Value| {
        result["service"]["tags"].as_array().is_some_and(|tags| tags.iter().any(|tag| tag == "walking_outdoors"))
    };
    ensure!(!found.is_empty() && found.iter().all(is_walking), "walking groups only, not the nearest group on another topic: {walking:?}");
    ensure!(miles.iter().all(|&distance| distance <= 12.0), "within reach of someone who did not say how they travel: {miles:?}");
    Ok(())
}
