//! Replays the conversations kept as data in `tests/conversations/*.toml` through the flows and
//! the real content, turn by turn, the way the bot does (a search is answered at once from
//! `_directory.toml`, the state goes through JSON between turns), and compares every rendered
//! reply and every other action with what the file expects.
//!
//! Every reply must also fit two SMS parts (unless the person asked for it) and use no avoided
//! word; the welcome is said once, and no question asks for what the conversation's memory
//! already holds (where, when). After a deliberate change of copy, `FLOWS_BLESS=1 cargo test -p flows --test replay`
//! rewrites the expectations; read the diff before committing it.

mod common;

use flows::{
    Action, Channel, Content, Event, Facts, Listing, Reach, SearchRequest, Shift, State,
    Suggestion, Topic,
};
use nlp::{Classification, Danger, Route, Tag};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// A fixed moment, so nothing depends on the clock.
const NOW: i64 = 1_790_000_000;

/// One conversation file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Conversation {
    /// What the conversation shows.
    title: String,
    /// `sms` (default), `terminal` or `telegram`.
    #[serde(default = "sms")]
    channel: String,
    /// The deployment's area, for crisis numbers.
    area: Option<String>,
    /// Whether navigators are on shift (default yes).
    #[serde(default = "yes")]
    navigators_open: bool,
    /// When navigators are back, in words, when they are not on shift.
    navigators_back: Option<String>,
    /// Whether the youth team is on shift (default: as everyone's navigators).
    youth_navigators_open: Option<bool>,
    /// When the youth team is back, in words (default: as everyone's navigators).
    youth_navigators_back: Option<String>,
    /// The first suggestions must come by this person turn.
    suggestion_by_turn: Option<u32>,
    /// Whether the council asks the optional feedback question (default no).
    #[serde(default)]
    feedback: bool,
    /// The turns, in order.
    turn: Vec<Turn>,
}

fn sms() -> String {
    "sms".into()
}

fn yes() -> bool {
    true
}

/// One event and what it must lead to.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Turn {
    /// The person writes this; the fields below are what the classifier made of it.
    say: Option<String>,
    #[serde(default)]
    route: Option<String>,
    #[serde(default)]
    tags: Vec<String>,
    place: Option<String>,
    /// The places `place` may be, when the classifier found it is several.
    #[serde(default)]
    place_choices: Vec<String>,
    #[serde(default)]
    crisis: bool,
    /// The kind of danger the safety layer saw (`harm`, `abuse`, `medical`), with `crisis`.
    danger: Option<Danger>,
    lang: Option<String>,
    /// The model's probability of each route it gave real weight to, by route id.
    #[serde(default)]
    scores: BTreeMap<String, f32>,
    /// Telegram `/start` with this payload ("" for none).
    start: Option<String>,
    /// A shared location.
    location: Option<[f64; 2]>,
    /// A sticker, photo or voice note.
    unsupported: Option<String>,
    /// `check_in_due`, `navigator_joined`, `navigator_released` or `navigator_left`.
    event: Option<String>,
    /// Directory ids the search in this turn finds (from `_directory.toml`).
    #[serde(default)]
    found: Vec<String>,
    /// Of those, the ones that never meet when the person said they are free.
    #[serde(default)]
    clash: Vec<String>,
    /// The place the search named is on no map, so `found` is from anywhere.
    #[serde(default)]
    place_unknown: bool,
    /// The kinds of activity named that none of `found` is of, as the directory says them.
    #[serde(default)]
    unmet: Option<String>,
    /// Whether the code a `LINK 123456` in this turn sends is known (made for someone else and
    /// in date); a `LINK` alone is always given the code 482913.
    #[serde(default)]
    link_known: bool,
    /// The replies, as rendered for the conversation's channel.
    #[serde(default)]
    replies: Vec<String>,
    /// The other actions, in compact notation.
    #[serde(default)]
    actions: Vec<String>,
}

/// What one turn actually produced.
struct Outcome {
    replies: Vec<String>,
    actions: Vec<String>,
    templates: Vec<String>,
}

fn conversations_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/conversations")
}

fn parse_channel(id: &str) -> Channel {
    match id {
        "sms" => Channel::Sms,
        "terminal" => Channel::Terminal,
        "telegram" => Channel::Telegram,
        other => panic!("unknown channel {other}"),
    }
}

impl Turn {
    /// The event this turn stands for.
    fn event(&self) -> Event {
        if let Some(text) = &self.say {
            return Event::Text {
                text: text.clone(),
                meaning: self.meaning(),
            };
        }
        if let Some(payload) = &self.start {
            return Event::Start {
                payload: (!payload.is_empty()).then(|| payload.clone()),
            };
        }
        if let Some([lat, lon]) = self.location {
            return Event::Location { lat, lon };
        }
        if let Some(kind) = &self.unsupported {
            return Event::Unsupported { kind: kind.clone() };
        }
        match self.event.as_deref() {
            Some("check_in_due") => Event::CheckInDue,
            Some("navigator_joined") => Event::NavigatorJoined,
            Some("navigator_left") => Event::NavigatorLeft,
            Some("navigator_released") => Event::NavigatorReleased,
            other => panic!(
                "a turn needs say, start, location, unsupported or a known event, not {other:?}"
            ),
        }
    }

    /// The classification the test supplies, so replay needs no model.
    fn meaning(&self) -> Classification {
        let route_id = self.route.as_deref().unwrap_or("other");
        let route = Route::from_id(route_id).unwrap_or_else(|| panic!("unknown route {route_id}"));
        Classification {
            tags: self
                .tags
                .iter()
                .map(|id| Tag::from_id(id).unwrap_or_else(|| panic!("unknown tag {id}")))
                .collect(),
            place: self.place.clone(),
            place_choices: self.place_choices.clone(),
            crisis: self.crisis || route == Route::Crisis,
            danger: self.danger.or(Classification::plain(route).danger),
            lang: self.lang.clone(),
            scores: self
                .scores
                .iter()
                .map(|(id, p)| {
                    (
                        Route::from_id(id).unwrap_or_else(|| panic!("unknown route {id}")),
                        *p,
                    )
                })
                .collect(),
            ..Classification::plain(route)
        }
    }

    fn is_person(&self) -> bool {
        self.event.is_none()
    }
}

/// The compact notation of an action other than a reply.
fn notation(action: &Action) -> String {
    match action {
        Action::Send(_) => unreachable!("replies are compared as text"),
        Action::Search(request) => search_notation(request),
        Action::Handoff { urgency, summary } => {
            format!(
                "handoff {}: {summary}",
                format!("{urgency:?}").to_lowercase()
            )
        }
        Action::NoteHandoff { note } => format!("note_handoff: {note}"),
        Action::ScheduleCheckIn { after_secs } => format!("check_in {after_secs}"),
        Action::CancelCheckIns => "cancel_check_ins".into(),
        Action::RecordOutcome { outcome } => format!("outcome {outcome}"),
        Action::OptOut => "opt_out".into(),
        Action::OptIn => "opt_in".into(),
        Action::Erase => "erase".into(),
        Action::JoinCohort { code } => format!("join {code}"),
        Action::ReportListing { service_id, note } => format!("report {service_id}: {note}"),
        Action::OfferLink => "offer_link".into(),
        Action::KeepLinkCode { code } => format!("keep_link_code {code}"),
        Action::Link { code } => format!("link {code}"),
        Action::JoinLinked { code } => format!("join_linked {code}"),
    }
}

/// `search 'art. afternoons' place=Batley tags=arts_crafts,free_cost for=volunteer
/// needs=food start_group near youth exclude=3`: what shapes the search, the words first.
fn search_notation(request: &SearchRequest) -> String {
    let mut out = format!("search '{}'", request.text);
    if let Some(place) = &request.place {
        let _ = write!(out, " place={place}");
    }
    if request.point.is_some() {
        out.push_str(" point");
    }
    if !request.tags.is_empty() {
        let tags: Vec<&str> = request.tags.iter().map(|tag| tag.id()).collect();
        let _ = write!(out, " tags={}", tags.join(","));
    }
    if let Some(topic) = request.topic.filter(|topic| *topic != Topic::Activity) {
        let _ = write!(out, " for={}", topic.id());
    }
    if !request.practical.is_empty() {
        let needs: Vec<&str> = request.practical.iter().map(|need| need.id()).collect();
        let _ = write!(out, " needs={}", needs.join(","));
    }
    if request.start_group {
        out.push_str(" start_group");
    }
    if let Some(age) = request.age {
        let _ = write!(out, " age={age}");
    }
    match request.reach {
        Reach::Near => out.push_str(" near"),
        Reach::Far => out.push_str(" far"),
        Reach::Usual => {}
    }
    if request.youth {
        out.push_str(" youth");
    }
    if !request.exclude.is_empty() {
        let _ = write!(out, " exclude={}", request.exclude.len());
    }
    out
}

/// Runs one turn as the bot would: searches are answered at once with the turn's `found`.
fn run_turn(
    state: &State,
    turn: &Turn,
    facts: &Facts,
    content: &Content,
    directory: &BTreeMap<String, Suggestion>,
) -> (State, Outcome, Vec<String>) {
    let (mut state, first) = flows::step(state, turn.event(), facts);
    let mut pending: std::collections::VecDeque<Action> = first.into();
    let mut outcome = Outcome {
        replies: Vec::new(),
        actions: Vec::new(),
        templates: Vec::new(),
    };
    let mut problems = Vec::new();
    while let Some(action) = pending.pop_front() {
        match &action {
            Action::Search(request) => {
                assert!(request.limit <= 3, "more than three suggestions asked for");
                let found: Vec<Suggestion> = turn
                    .found
                    .iter()
                    .map(|id| Suggestion {
                        clashes_with_time: turn.clash.contains(id),
                        ..directory
                            .get(id)
                            .unwrap_or_else(|| panic!("{id} is not in _directory.toml"))
                            .clone()
                    })
                    .collect();
                let answer = Event::Found {
                    suggestions: found,
                    place_unknown: turn.place_unknown,
                    unmet: turn.unmet.clone(),
                };
                let (next, more) = flows::step(&state, answer, facts);
                state = next;
                pending.extend(more);
                outcome.actions.push(notation(&action));
            }
            Action::OfferLink | Action::Link { .. } => {
                let answer = match &action {
                    Action::Link { code } => Event::Linked {
                        code: code.clone(),
                        joined: turn.link_known,
                    },
                    _ => Event::LinkCode {
                        code: "482913".into(),
                    },
                };
                let (next, more) = flows::step(&state, answer, facts);
                state = next;
                pending.extend(more);
                outcome.actions.push(notation(&action));
            }
            Action::Send(reply) => match content.render(reply, facts.channel) {
                Ok(rendered) => {
                    if !rendered.fits_budget {
                        problems.push(format!(
                            "{} takes {} SMS parts",
                            reply.template, rendered.segments.count
                        ));
                    }
                    for rule in content.avoided_in(&rendered.text) {
                        problems.push(format!("{} says '{}'", reply.template, rule.word));
                    }
                    outcome.templates.push(reply.template.clone());
                    outcome.replies.push(rendered.text);
                }
                Err(error) => problems.push(format!("cannot render: {error}")),
            },
            other => outcome.actions.push(notation(other)),
        }
    }
    (state, outcome, problems)
}

/// What replaying one conversation found.
struct Replayed {
    /// Each turn's outcome, in order.
    outcomes: Vec<Outcome>,
    /// Replies over budget, avoided words, suggestions too late: wrong whatever the file says.
    problems: Vec<String>,
    /// Differences from what the file expects.
    mismatches: Vec<String>,
}

/// Replays one conversation turn by turn.
fn replay(
    conversation: &Conversation,
    content: &Content,
    directory: &BTreeMap<String, Suggestion>,
) -> Replayed {
    let facts = Facts {
        now: NOW,
        channel: parse_channel(&conversation.channel),
        area: conversation.area.clone(),
        navigators: Shift {
            open: conversation.navigators_open,
            back: conversation.navigators_back.clone(),
        },
        youth_navigators: Shift {
            open: conversation
                .youth_navigators_open
                .unwrap_or(conversation.navigators_open),
            back: conversation
                .youth_navigators_back
                .clone()
                .or_else(|| conversation.navigators_back.clone()),
        },
        schools: content.schools(),
        languages: content.language_names(),
        ask_feedback: conversation.feedback,
    };
    let mut state = State::default();
    let mut outcomes = Vec::new();
    let mut failures = Vec::new();
    let mut mismatches = Vec::new();
    let mut person_turns = 0;
    let mut first_suggestion = None;
    let mut welcomes = 0;
    for (index, turn) in conversation.turn.iter().enumerate() {
        let (next, outcome, mut problems) = run_turn(&state, turn, &facts, content, directory);
        problems.extend(asks_again(&state, &outcome.templates));
        welcomes += outcome.templates.iter().filter(|t| *t == "welcome").count();
        if welcomes > 1 {
            problems.push("the welcome is said a second time".into());
        }
        let json = serde_json::to_string(&next).expect("the state serialises");
        state = serde_json::from_str(&json).expect("the state deserialises");
        assert_eq!(state, next, "the state does not survive JSON");
        person_turns += u32::from(turn.is_person());
        if first_suggestion.is_none() && outcome.templates.iter().any(|t| t == "suggestions") {
            first_suggestion = Some(person_turns);
        }
        let label = format!(
            "turn {} ({:?})",
            index + 1,
            turn.say
                .as_deref()
                .or(turn.event.as_deref())
                .unwrap_or("event")
        );
        failures.extend(
            problems
                .into_iter()
                .map(|problem| format!("{label}: {problem}")),
        );
        if outcome.replies != turn.replies {
            mismatches.push(format!(
                "{label}: replies\n  expected: {:#?}\n  actual:   {:#?}",
                turn.replies, outcome.replies
            ));
        }
        if outcome.actions != turn.actions {
            mismatches.push(format!(
                "{label}: actions\n  expected: {:?}\n  actual:   {:?}",
                turn.actions, outcome.actions
            ));
        }
        outcomes.push(outcome);
    }
    if let Some(by) = conversation.suggestion_by_turn {
        if first_suggestion.is_none_or(|turn| turn > by) {
            failures.push(format!(
                "no suggestions by person turn {by} (first at {first_suggestion:?})"
            ));
        }
    }
    Replayed {
        outcomes,
        problems: failures,
        mismatches,
    }
}

/// A question the memory before the turn already had the answer to: where, once a place was
/// given, shared or declined.
fn asks_again(before: &State, templates: &[String]) -> Vec<String> {
    let asked = |name: &str| templates.iter().any(|template| template == name);
    let mut problems = Vec::new();
    if asked("ask_place") && before.need.knows_where() {
        problems.push("asks where again, after it was said".to_string());
    }
    problems
}

fn load_directory() -> BTreeMap<String, Suggestion> {
    let text = std::fs::read_to_string(conversations_dir().join("_directory.toml"))
        .expect("_directory.toml");
    #[derive(Deserialize)]
    struct Entry {
        name: String,
        reason: String,
        /// The listing in the directory's own words, for entries that do not give it by part.
        details: Option<String>,
        #[serde(default)]
        listing: Listing,
        /// How far it is, for entries a conversation needs to be far away.
        miles: Option<f64>,
    }
    let entries: BTreeMap<String, Entry> = toml::from_str(&text).expect("_directory.toml parses");
    entries
        .into_iter()
        .map(|(id, entry)| {
            let suggestion = Suggestion {
                id: id.clone(),
                name: entry.name,
                reason: entry.reason,
                listing: Listing {
                    note: entry.details.or(entry.listing.note),
                    ..entry.listing
                },
                clashes_with_time: false,
                miles: entry.miles,
            };
            (id, suggestion)
        })
        .collect()
}

fn conversation_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(conversations_dir())
        .expect("tests/conversations exists")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .filter(|path| {
            !path
                .file_name()
                .is_some_and(|name| name.to_string_lossy().starts_with('_'))
        })
        .collect();
    files.sort();
    files
}

#[test]
fn conversations_replay_turn_by_turn() {
    let content = common::content();
    let directory = load_directory();
    let bless = std::env::var_os("FLOWS_BLESS").is_some();
    let files = conversation_files();
    assert!(
        files.len() >= 30,
        "expected a few dozen conversations, found {}",
        files.len()
    );
    let mut report = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).expect("readable");
        let conversation: Conversation =
            toml::from_str(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        let mut replayed = replay(&conversation, &content, &directory);
        if bless {
            std::fs::write(path, bless_file(&text, &replayed.outcomes)).expect("writable");
        } else {
            replayed.problems.append(&mut replayed.mismatches);
        }
        if !replayed.problems.is_empty() {
            report.push(format!(
                "{} ({}):\n{}",
                path.display(),
                conversation.title,
                replayed.problems.join("\n")
            ));
        }
    }
    assert!(report.is_empty(), "{}", report.join("\n\n"));
}

/// Rewrites a file's expectations from what happened, keeping everything else as written: each
/// `[[turn]]` table loses its old `replies` and `actions` lines and gains the new ones.
fn bless_file(text: &str, outcomes: &[Outcome]) -> String {
    let mut sections: Vec<String> = vec![String::new()];
    for line in text.lines() {
        if line.trim() == "[[turn]]" {
            sections.push(String::new());
        }
        let current = sections.last_mut().expect("at least one section");
        current.push_str(line);
        current.push('\n');
    }
    let mut out = sections.remove(0);
    for (section, outcome) in sections.iter().zip(outcomes) {
        let mut in_replies = false;
        for line in section.lines() {
            if in_replies {
                in_replies = line != "]";
            } else if line.starts_with("replies = [") {
                in_replies = !line.trim_end().ends_with(']');
            } else if !line.starts_with("actions = [") && !line.trim().is_empty() {
                out.push_str(line);
                out.push('\n');
            }
        }
        if !outcome.replies.is_empty() {
            out.push_str("replies = [\n");
            for reply in &outcome.replies {
                let _ = writeln!(out, "'''\n{reply}''',");
            }
            out.push_str("]\n");
        }
        if !outcome.actions.is_empty() {
            let quoted: Vec<String> = outcome
                .actions
                .iter()
                .map(|action| format!("{action:?}"))
                .collect();
            let _ = writeln!(out, "actions = [{}]", quoted.join(", "));
        }
        out.push('\n');
    }
    out
}
