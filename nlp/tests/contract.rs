//! The labels contract (`nlp/labels.md`, a copy of the shared one) and the code speak the same
//! ids: every route and tag the code knows is in the contract, and every id the contract lists
//! is known to the code, so neither can change without the other.

use nlp::{Route, Tag};
use std::collections::BTreeSet;
use std::path::Path;

/// Every `backticked_id` of a section of the contract, from its heading to the next.
fn ids_in_section(contract: &str, heading: &str) -> BTreeSet<String> {
    let section = contract.split("\n## ").find(|part| part.starts_with(heading)).unwrap_or_else(|| panic!("no section {heading}"));
    section
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|word| !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .map(str::to_string)
        .collect()
}

#[test]
fn the_contract_and_the_code_name_the_same_routes_and_tags() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("labels.md");
    let contract = std::fs::read_to_string(&path).expect("nlp/labels.md is in the repository");
    let routes: BTreeSet<String> = Route::ALL.iter().map(|route| route.id().to_string()).collect();
    let tags: BTreeSet<String> = Tag::ALL.iter().map(|tag| tag.id().to_string()).collect();
    let mut in_route_section = ids_in_section(&contract, "route");
    in_route_section.remove("id");
    assert_eq!(in_route_section.intersection(&routes).cloned().collect::<BTreeSet<_>>(), routes, "every route is in the contract");
    let listed_routes: BTreeSet<String> = in_route_section.iter().filter(|id| !tags.contains(*id)).cloned().collect();
    assert_eq!(listed_routes, routes, "the contract lists no route the code lacks");
    assert_eq!(ids_in_section(&contract, "tags"), tags, "the contract's tags are the code's");
}
