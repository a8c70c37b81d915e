//! The deployment files (`Dockerfile`, `compose.yaml`, `deploy/`) checked against the code they
//! run. CI here has no Docker to build or start them, so what can go stale without anyone
//! noticing is checked instead: every setting they give is one the binary reads, every path the
//! image copies exists, the services are the ones the README promises, and nothing runs as root.

use e2e::common::{rust_files, workspace};
use serde_yaml::Value;

fn read(path: &str) -> String {
    std::fs::read_to_string(workspace().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// All the binary's source (the bot and the classifier it links), to look settings up in.
fn binary_source() -> String {
    ["bot/src", "nlp/src"]
        .iter()
        .flat_map(|folder| rust_files(&workspace().join(folder)))
        .map(|file| std::fs::read_to_string(file).unwrap())
        .collect()
}

/// The settings a file gives that the binary never reads: a misspelt or retired variable would
/// otherwise be silently ignored in production.
fn unknown_settings<'a>(names: impl Iterator<Item = &'a str>) -> Vec<String> {
    let source = binary_source();
    names.filter(|name| !source.contains(&format!("\"{name}\""))).map(str::to_owned).collect()
}

/// `NAME=value` lines (comments and blanks skipped; a commented-out example counts too, as a
/// council will uncomment it).
fn assigned_names(text: &str) -> Vec<&str> {
    text.lines()
        .map(|line| line.trim().trim_start_matches('#').trim())
        .filter_map(|line| line.split_once('=').map(|(name, _)| name))
        .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_ascii_uppercase() || c == '_'))
        .collect()
}

fn compose() -> Value {
    let mut compose: Value = serde_yaml::from_str(&read("compose.yaml")).expect("compose.yaml is YAML");
    compose.apply_merge().expect("merge keys resolve");
    compose
}

/// The services built from this repository's image: the Front Door replicas.
fn replicas(compose: &Value) -> Vec<(String, &Value)> {
    compose["services"]
        .as_mapping()
        .unwrap()
        .iter()
        .filter(|(_, service)| service["image"].as_str() == Some("frontdoor:latest"))
        .map(|(name, service)| (name.as_str().unwrap().to_owned(), service))
        .collect()
}

#[test]
fn compose_runs_postgres_two_replicas_and_a_proxy_in_front() {
    let compose = compose();
    let services = &compose["services"];
    assert!(services["db"]["image"].as_str().unwrap().starts_with("postgres:"));
    let replicas = replicas(&compose);
    assert_eq!(replicas.len(), 2, "two replicas share the database");
    let proxy = read("deploy/nginx.conf");
    for (name, service) in &replicas {
        let url = service["environment"]["DATABASE_URL"].as_str().unwrap();
        assert!(url.starts_with("postgres://") && url.contains("@db:5432/"), "{name} uses the shared PostgreSQL: {url}");
        assert_eq!(service["environment"]["FRONTDOOR_BIND"].as_str(), Some("0.0.0.0:8080"), "{name} listens where the proxy looks");
        assert_eq!(service["depends_on"]["db"]["condition"].as_str(), Some("service_healthy"), "{name} waits for the database");
        assert!(proxy.contains(&format!("server {name}:8080")), "the proxy sends requests to {name}");
    }
    let ports: Vec<&str> = services["proxy"]["ports"].as_sequence().unwrap().iter().map(|p| p.as_str().unwrap()).collect();
    assert_eq!(ports, ["8080:80"], "only the proxy is published");
    assert!(proxy.contains("location = /metrics"), "the proxy keeps /metrics off the public side");
    for (name, _) in &replicas {
        assert!(services[name.as_str()]["ports"].is_null(), "{name} is reached only through the proxy");
    }
}

#[test]
fn every_setting_the_deployment_gives_is_one_the_binary_reads() {
    let compose = compose();
    let mut names: Vec<String> = Vec::new();
    for (_, service) in replicas(&compose) {
        names.extend(service["environment"].as_mapping().unwrap().keys().map(|k| k.as_str().unwrap().to_owned()));
    }
    let (env_example, unit, dockerfile) = (read("deploy/frontdoor.env.example"), read("deploy/frontdoor.service"), read("Dockerfile"));
    names.extend(assigned_names(&env_example).into_iter().map(str::to_owned));
    let unit_settings: Vec<&str> = unit.lines().filter_map(|l| l.strip_prefix("Environment=")).collect();
    names.extend(unit_settings.iter().flat_map(|s| assigned_names(s)).map(str::to_owned));
    let image_settings = dockerfile.split("FROM debian").nth(1).expect("a runtime stage");
    names.extend(
        image_settings
            .split_whitespace()
            .filter_map(|word| word.split_once('='))
            .map(|(name, _)| name)
            .filter(|n| n.chars().all(|c| c.is_ascii_uppercase() || c == '_'))
            .map(str::to_owned),
    );
    names.sort();
    names.dedup();
    assert!(names.len() >= 10, "the files were read: {names:?}");
    let unknown = unknown_settings(names.iter().map(String::as_str));
    assert!(unknown.is_empty(), "settings the binary never reads: {unknown:?}");
    assert_eq!(unknown_settings(["FRONTDOOR_NO_SUCH_SETTING"].into_iter()), ["FRONTDOOR_NO_SUCH_SETTING"]);
}

#[test]
fn the_image_copies_what_exists_and_runs_as_its_own_user() {
    let dockerfile = read("Dockerfile");
    let lines: Vec<&str> = dockerfile.lines().map(str::trim).filter(|l| !l.starts_with('#')).collect();
    let stages = lines.iter().filter(|l| l.starts_with("FROM ")).count();
    assert_eq!(stages, 2, "a build stage and a slim runtime stage");
    for line in lines.iter().filter(|l| l.starts_with("COPY ") && !l.contains("--from=")) {
        let words: Vec<&str> = line.split_whitespace().collect();
        for source in &words[1..words.len() - 1] {
            assert!(*source == "." || workspace().join(source).exists(), "the image copies {source}, which is not in the repository");
        }
    }
    let user = lines.iter().rev().find_map(|l| l.strip_prefix("USER ")).expect("the image names its user");
    assert!(!["root", "0"].contains(&user.trim()), "the image runs as {user}");
    assert!(lines.last().unwrap().contains("\"serve\""), "the image serves");
    assert!(dockerfile.contains("scripts/setup-deps"), "libtorch and the model come from the same script developers run");
    let ignored = read(".dockerignore");
    for heavy in ["target", ".deps", ".git"] {
        assert!(ignored.lines().any(|l| l.trim() == heavy), "{heavy} stays out of the build context");
    }
}

#[test]
fn the_systemd_unit_serves_as_its_own_user_and_stops_gracefully() {
    let unit = read("deploy/frontdoor.service");
    let value = |key: &str| unit.lines().find_map(|l| l.strip_prefix(&format!("{key}="))).unwrap_or_else(|| panic!("the unit sets {key}"));
    assert!(!["root", "0"].contains(&value("User")), "the service runs as its own user");
    assert!(value("ExecStart").ends_with("frontdoor serve"));
    assert_eq!(value("KillSignal"), "SIGTERM", "turns and sends in hand finish on a stop");
    assert_eq!(value("Restart"), "on-failure");
}
