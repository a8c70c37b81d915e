//! Scores the reading of questions about the service on a labelled file, so a set written
//! without looking at the word lists can say how well they generalise:
//!
//!     frontdoor classify --jsonl < questions.jsonl > routes.jsonl
//!     cargo run -p flows --example service_questions -- questions.jsonl routes.jsonl
//!
//! Each line is `{"id", "text", "screen": "none" | "suggestions", "expect": <kind> | "none"}`;
//! the second file is the classifier's reading of each line, in the same order, for its route.
//! Prints recall and precision for each kind and the ids of the misses (never their text, so
//! a blind set can be scored without being read).

use flows::service::asked_about;
use nlp::Route;
use serde_json::Value;
use std::collections::BTreeMap;

/// Counts for one kind: found rightly, missed, and said wrongly.
#[derive(Default)]
struct Tally {
    right: u32,
    missed: u32,
    wrong: u32,
}

fn main() {
    let arguments: Vec<String> = std::env::args().collect();
    let [_, questions, readings] = arguments.as_slice() else {
        panic!("usage: service_questions QUESTIONS.jsonl ROUTES.jsonl");
    };
    let text = std::fs::read_to_string(questions).expect("the questions read");
    let routes = std::fs::read_to_string(readings).expect("the readings read");
    let mut routes = routes.lines().map(|line| {
        let reading: Value = serde_json::from_str(line).expect("each reading is JSON");
        serde_json::from_value::<Route>(reading["route"].clone()).expect("a route")
    });
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    let (mut agree, mut total, mut misses) = (0, 0, Vec::new());
    for line in text.lines().filter(|line| !line.trim().is_empty()) {
        let item: Value = serde_json::from_str(line).expect("each line is JSON");
        let field = |name: &str| item[name].as_str().unwrap_or_default().to_string();
        let expected = field("expect");
        let route = routes.next().expect("a reading for every line");
        let read = asked_about(&field("text"), field("screen") == "suggestions", route)
            .map_or("none", |asked| asked.id());
        total += 1;
        if read == expected {
            agree += 1;
            tallies.entry(expected).or_default().right += 1;
            continue;
        }
        tallies.entry(expected.clone()).or_default().missed += 1;
        tallies.entry(read.to_string()).or_default().wrong += 1;
        misses.push(format!("{} ({expected} read as {read})", field("id")));
    }
    println!("{agree}/{total} read as labelled\n\n| kind | recall | precision |\n|---|---|---|");
    for (kind, tally) in &tallies {
        let share = |part: u32, whole: u32| {
            if whole == 0 {
                "n/a".to_string()
            } else {
                format!("{:.2} ({part}/{whole})", part as f64 / whole as f64)
            }
        };
        println!(
            "| {kind} | {} | {} |",
            share(tally.right, tally.right + tally.missed),
            share(tally.right, tally.right + tally.wrong)
        );
    }
    println!("\nmisses: {}", misses.join(", "));
}
