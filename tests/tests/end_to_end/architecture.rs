//! The architecture's invariants, checked on the source tree so they keep holding as the code
//! changes: SQL is written only in the store, the pure crates reach no network, database or
//! runtime, and ARCHITECTURE.md names every module, so the map stays true.

use e2e::common::{rust_files, workspace};
use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

/// Whether a line of Rust writes or runs SQL itself: a sqlx query function, or a string that
/// starts like a statement (in capitals, as every query here is written, so prose is not one).
fn writes_sql(line: &str) -> bool {
    const QUERY_CALLS: [&str; 4] = ["sqlx::query", "query_as(", "query_scalar(", "raw_sql("];
    const STATEMENTS: [&str; 5] = ["\"SELECT ", "\"INSERT INTO ", "\"UPDATE ", "\"DELETE FROM ", "\"CREATE TABLE "];
    QUERY_CALLS.iter().any(|call| line.contains(call)) || STATEMENTS.iter().any(|start| line.contains(start))
}

/// Storage stays behind one interface: a query anywhere else would tie that code to the schema
/// and to one database.
#[test]
fn sql_is_written_only_in_the_store() {
    let source = workspace().join("bot/src");
    let store = source.join("store");
    let outside: Vec<String> = rust_files(&source)
        .into_iter()
        .filter(|file| !file.starts_with(&store))
        .flat_map(|file| {
            let text = std::fs::read_to_string(&file).unwrap();
            let name = file.strip_prefix(workspace()).unwrap().display().to_string();
            text.lines()
                .enumerate()
                .filter(|(_, line)| writes_sql(line))
                .map(|(index, line)| format!("{name}:{}: {}", index + 1, line.trim()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(outside.is_empty(), "SQL outside bot/src/store:\n{}", outside.join("\n"));
}

#[test]
fn the_sql_check_sees_queries_and_statements() {
    assert!(writes_sql(r#"    sqlx::query("SELECT 1").execute(conn).await?;"#));
    assert!(writes_sql(r#"let text = "SELECT id FROM people";"#));
    assert!(!writes_sql(r#"("with the conversation", answers)"#));
    assert!(!writes_sql("use sqlx::AnyConnection;"));
    assert!(!writes_sql(r#"println!("Selected {n} services");"#));
}

/// The machine's target triple, so the graph holds what builds here (and cargo need not fetch
/// crates for other platforms).
fn host_triple() -> String {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let output = Command::new(rustc).arg("-vV").output().expect("rustc runs");
    let text = String::from_utf8(output.stdout).unwrap();
    text.lines().find_map(|line| line.strip_prefix("host: ")).expect("rustc names its host").to_owned()
}

/// The normal (not dev or build) dependencies of each workspace package, by package name.
fn dependency_graph() -> BTreeMap<String, Vec<String>> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--offline", "--filter-platform", &host_triple(), "--manifest-path"])
        .arg(workspace().join("Cargo.toml"))
        .output()
        .expect("cargo metadata runs");
    assert!(output.status.success(), "cargo metadata: {}", String::from_utf8_lossy(&output.stderr));
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let name_of: BTreeMap<&str, &str> =
        metadata["packages"].as_array().unwrap().iter().map(|p| (p["id"].as_str().unwrap(), p["name"].as_str().unwrap())).collect();
    let normal = |dep: &serde_json::Value| dep["dep_kinds"].as_array().unwrap().iter().any(|kind| kind["kind"].is_null());
    metadata["resolve"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|node| {
            let deps =
                node["deps"].as_array().unwrap().iter().filter(|d| normal(d)).map(|d| name_of[d["pkg"].as_str().unwrap()].to_owned());
            (name_of[node["id"].as_str().unwrap()].to_owned(), deps.collect())
        })
        .collect()
}

/// Every package `start` needs to build and run, itself included.
fn reachable(graph: &BTreeMap<String, Vec<String>>, start: &str) -> BTreeSet<String> {
    let (mut seen, mut next) = (BTreeSet::new(), vec![start.to_owned()]);
    while let Some(name) = next.pop() {
        if seen.insert(name.clone()) {
            next.extend(graph.get(&name).into_iter().flatten().cloned());
        }
    }
    seen
}

/// `flows`, `nlp` and `directory` are pure (state, text and records in, decisions out), so they
/// can be tested without a server and reused by any front end: nothing they build on may open a
/// socket, a database or an async runtime. (`nlp` and `directory` read their content files from
/// disk at load, which is not this kind.)
#[test]
fn the_pure_crates_reach_no_network_database_or_runtime() {
    const INPUT_OUTPUT: [&str; 9] = ["tokio", "sqlx", "reqwest", "hyper", "axum", "teloxide", "ureq", "curl", "async-std"];
    let graph = dependency_graph();
    for pure in ["flows", "nlp", "directory"] {
        let reached = reachable(&graph, pure);
        let found: Vec<&&str> = INPUT_OUTPUT.iter().filter(|name| reached.contains(**name)).collect();
        assert!(found.is_empty(), "{pure} depends, through its dependencies, on {found:?}");
    }
    assert!(reachable(&graph, "bot").contains("tokio"), "the check reads the real graph");
}

/// The modules of a crate's `src/`: top-level files and folders, without the crate roots.
fn modules(crate_dir: &str) -> Vec<String> {
    let source = workspace().join(crate_dir).join("src");
    let mut names: Vec<String> = std::fs::read_dir(&source)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter_map(|path| match path.is_dir() {
            true => Some(format!("{}/", path.file_name()?.to_str()?)),
            false => path.extension().is_some_and(|e| e == "rs").then(|| path.file_name()?.to_str().map(str::to_owned))?,
        })
        .filter(|name| !["lib.rs", "main.rs"].contains(&name.as_str()))
        .collect();
    names.sort();
    names
}

/// The crates whose modules ARCHITECTURE.md's index lists.
const MAPPED_CRATES: [&str; 4] = ["bot", "flows", "nlp", "directory"];

/// ARCHITECTURE.md is the map newcomers read first: every module of the four crates must be
/// on it, written as `name.rs` or `name/`, so a module added without a word there fails here.
#[test]
fn the_architecture_map_names_every_module() {
    let map = std::fs::read_to_string(workspace().join("ARCHITECTURE.md")).unwrap();
    let missing: Vec<String> = MAPPED_CRATES
        .iter()
        .flat_map(|krate| {
            modules(krate)
                .into_iter()
                .filter(|m| !map.contains(&format!("`{m}")) && !map.contains(&format!(" {m}")))
                .map(move |m| format!("{krate}/src/{m}"))
        })
        .collect();
    assert!(missing.is_empty(), "ARCHITECTURE.md does not name:\n{}", missing.join("\n"));
}

/// The file names in one migrations folder, in order.
fn migration_names(dialect: &str) -> Vec<String> {
    let folder = workspace().join("bot/migrations").join(dialect);
    let mut names: Vec<String> =
        std::fs::read_dir(folder).unwrap().map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

/// A PostgreSQL migration in SQLite's words: the only two differences the dialects need.
fn as_sqlite(postgres: &str) -> String {
    postgres.replace("BIGSERIAL PRIMARY KEY", "INTEGER PRIMARY KEY AUTOINCREMENT").replace("BYTEA", "BLOB")
}

/// The SQLite and PostgreSQL migrations are one schema written twice, so a change made to one
/// and forgotten in the other fails here rather than on a council's replicas: after mapping the
/// dialects' auto-numbered ids and byte strings, every file is the same.
#[test]
fn the_two_migration_trees_are_one_schema() {
    let names = migration_names("sqlite");
    assert_eq!(names, migration_names("postgres"), "both dialects have the same migrations");
    let migrations = workspace().join("bot/migrations");
    for name in names {
        let sqlite = std::fs::read_to_string(migrations.join("sqlite").join(&name)).unwrap();
        let postgres = std::fs::read_to_string(migrations.join("postgres").join(&name)).unwrap();
        assert_eq!(sqlite, as_sqlite(&postgres), "{name} differs between the dialects beyond their types");
    }
}

/// The module index's line for a crate: the bullet that starts with `` `<crate>/src` ``, with
/// the lines that continue it.
fn index_entry<'a>(map: &'a str, krate: &str) -> &'a str {
    let start = map.find(&format!("- `{krate}/src`:")).unwrap_or_else(|| panic!("no index entry for {krate}"));
    let rest = &map[start + 2..];
    let end = rest.find("\n- ").or_else(|| rest.find("\n\n")).unwrap_or(rest.len());
    &rest[..end]
}

/// The other way round: a module the index names must exist, so a moved or removed one cannot
/// linger on the map.
#[test]
fn the_architecture_index_names_no_module_that_is_gone() {
    let map = std::fs::read_to_string(workspace().join("ARCHITECTURE.md")).unwrap();
    let mut gone = Vec::new();
    for krate in MAPPED_CRATES {
        let present = modules(krate);
        let named = index_entry(&map, krate).split('`').skip(1).step_by(2);
        let module_like = |name: &&str| {
            let top_level = !name.trim_end_matches('/').contains(['/', ' ']);
            top_level && (name.ends_with(".rs") || name.ends_with('/'))
        };
        for name in named.filter(module_like) {
            if !present.iter().any(|module| module == name) {
                gone.push(format!("{krate}/src/{name}"));
            }
        }
    }
    assert!(gone.is_empty(), "ARCHITECTURE.md's index names modules that do not exist:\n{}", gone.join("\n"));
}
