//! The promises the flows make in every state, checked across all of them rather than along one
//! transcript: crisis signs always get urgent help; nothing is sent to someone opted out or
//! while a navigator holds the chat (but for safety and opt-outs); `YES` opts back in only when
//! opted out; and whatever arrives, every reply renders, fits two SMS parts unless asked for,
//! and uses no avoided word.

mod common;

use flows::dialogue::{Need, Stage, Topic};
use flows::{Action, Channel, Content, Event, Facts, Listing, Shift, State, Suggestion, Urgency};
use nlp::{Classification, Route, Tag};

fn facts(content: &Content) -> Facts {
    Facts {
        now: 0,
        channel: Channel::Sms,
        area: Some("kirklees".into()),
        navigators: Shift {
            open: true,
            back: None,
        },
        youth_navigators: Shift {
            open: true,
            back: None,
        },
        schools: content.schools(),
        languages: content.language_names(),
        ask_feedback: true,
    }
}

fn suggestion(id: &str) -> Suggestion {
    Suggestion {
        id: id.into(),
        name: format!("{id} group at the community centre"),
        reason: "Tuesdays 10am, 0.5 miles, free".into(),
        listing: Listing {
            place: Some("the community centre, High Street".into()),
            when: Some("Tuesdays 10am to 12".into()),
            cost: Some("free".into()),
            note: Some("Just turn up.".into()),
            ..Listing::default()
        },
        clashes_with_time: false,
        miles: None,
    }
}

/// One state per stage, each with a need and suggestions in hand, plus the same for a young
/// person, someone opted out and someone whose chat a navigator holds.
fn every_state() -> Vec<State> {
    let stages = [
        Stage::Open,
        Stage::AskedPlace,
        Stage::Searching,
        Stage::Offered,
        Stage::AskedCheckIn,
        Stage::CheckingIn,
        Stage::ConfirmErase,
    ];
    let mut states = Vec::new();
    for stage in stages {
        let base = State {
            turns: 3,
            stage,
            need: Need {
                topic: Some(Topic::Activity),
                text: "art".into(),
                tags: vec![Tag::ArtsCrafts],
                ..Need::default()
            },
            offered: vec![suggestion("a"), suggestion("b")],
            chosen: Some(suggestion("a")),
            ..State::default()
        };
        states.push(State {
            turns: 0,
            ..base.clone()
        });
        states.push(State {
            opted_out: true,
            ..base.clone()
        });
        states.push(State {
            navigator_holds: true,
            ..base.clone()
        });
        let youth = flows::Cohort {
            code: "BATLEY6".into(),
            school: flows::School {
                name: "Batley Example Academy".into(),
                area: "kirklees".into(),
                place: "Batley".into(),
                valid_from: None,
                valid_until: None,
            },
        };
        states.push(State {
            cohort: Some(youth),
            ..base.clone()
        });
        states.push(base);
    }
    states
}

fn text(text: &str, route: Route) -> Event {
    Event::Text {
        text: text.into(),
        meaning: Classification::plain(route),
    }
}

fn sends(actions: &[Action]) -> usize {
    actions
        .iter()
        .filter(|action| matches!(action, Action::Send(_)))
        .count()
}

#[test]
fn crisis_signs_get_urgent_help_in_every_state() {
    let content = common::content();
    for state in every_state() {
        let flagged = Classification {
            crisis: true,
            ..Classification::plain(Route::Other)
        };
        for event in [
            text("I want to end it", Route::Crisis),
            Event::Text {
                text: "x".into(),
                meaning: flagged,
            },
        ] {
            let (next, actions) = flows::step(&state, event, &facts(&content));
            let Some(Action::Send(reply)) = actions.first() else {
                panic!("no reply first in {state:?}")
            };
            assert_eq!(reply.template, "crisis", "in {state:?}");
            assert!(
                actions.iter().any(|action| matches!(
                    action,
                    Action::Handoff {
                        urgency: Urgency::Urgent,
                        ..
                    }
                )),
                "no urgent handoff in {state:?}"
            );
            assert_ne!(
                next.stage,
                Stage::ConfirmErase,
                "a yes after a crisis must not erase"
            );
        }
    }
}

/// The first reply to a message with crisis signs written in `lang`, in `state`.
fn first_reply_to_crisis(state: &State, lang: Option<&str>, content: &Content) -> flows::Reply {
    let meaning = Classification {
        lang: lang.map(str::to_string),
        ..Classification::plain(Route::Crisis)
    };
    let event = Event::Text {
        text: "x".into(),
        meaning,
    };
    let (_, actions) = flows::step(state, event, &facts(content));
    let Some(Action::Send(reply)) = actions.into_iter().next() else {
        panic!("no reply first in {state:?}")
    };
    reply
}

/// A young person in a school cohort who shows danger gets their own lines (Childline, Shout)
/// and 999 first, in every state and in every language the bot writes, with numbers unchanged.
#[test]
fn a_young_persons_crisis_names_their_lines_in_every_state_and_language() {
    let content = common::content();
    let youth_states = every_state()
        .into_iter()
        .filter(|state| state.cohort.is_some());
    for state in youth_states {
        for lang in ["en", "pl", "ur"] {
            let mut state = state.clone();
            state.need.lang = Some(lang.into());
            let reply = first_reply_to_crisis(&state, Some(lang), &content);
            assert_eq!(reply.vars["locale"], lang, "written in {lang}");
            for channel in [Channel::Sms, Channel::Telegram] {
                let text = content.render(&reply, channel).expect("renders").text;
                for number in ["999", "0800 1111", "85258"] {
                    assert!(text.contains(number), "{number} missing in {lang}:\n{text}");
                }
            }
        }
    }
}

/// A crisis written in another language names the language to the crisis reply in every
/// state, so it opens in the person's words; one in English does not.
#[test]
fn a_crisis_reply_knows_the_language_it_was_told_in() {
    let content = common::content();
    for state in every_state() {
        for (lang, expected) in [
            (Some("pl"), serde_json::json!("pl")),
            (Some("en"), serde_json::Value::Null),
            (None, serde_json::Value::Null),
        ] {
            let reply = first_reply_to_crisis(&state, lang, &content);
            assert_eq!(
                (reply.template.as_str(), &reply.vars["lang"]),
                ("crisis", &expected),
                "in {state:?}"
            );
        }
    }
}

/// The feedback question is asked once only, and a message that does not answer it is read
/// for what it asks, with nothing recorded.
#[test]
fn the_feedback_question_is_asked_once_and_never_insists() {
    let content = common::content();
    let facts = facts(&content);
    let templates = |actions: &[Action]| -> Vec<String> {
        actions
            .iter()
            .filter_map(|action| match action {
                Action::Send(reply) => Some(reply.template.clone()),
                _ => None,
            })
            .collect()
    };
    let checking_in = State {
        stage: Stage::CheckingIn,
        ..State::default()
    };
    let (asked, actions) = flows::step(&checking_in, text("1", Route::Other), &facts);
    assert_eq!(templates(&actions), ["outcome_went", "feedback_question"]);
    assert_eq!(asked.stage, Stage::AskedFeedback);
    let (after, actions) = flows::step(
        &asked,
        text("is there a choir near Batley", Route::FindActivity),
        &facts,
    );
    assert!(
        !actions
            .iter()
            .any(|action| matches!(action, Action::RecordOutcome { .. })),
        "{actions:?}"
    );
    assert_ne!(after.stage, Stage::AskedFeedback);
    let again = State {
        stage: Stage::CheckingIn,
        ..after
    };
    let (_, actions) = flows::step(&again, text("1", Route::Other), &facts);
    assert_eq!(templates(&actions), ["outcome_went"], "asked a second time");
}

#[test]
fn silence_while_opted_out_or_held_by_a_navigator() {
    let content = common::content();
    let inputs = [
        "hello",
        "1",
        "MORE",
        "PERSON",
        "HELP",
        "DELETE MY DATA",
        "no",
        "JOIN BATLEY6",
    ];
    for state in every_state()
        .into_iter()
        .filter(|state| state.opted_out || state.navigator_holds)
    {
        for input in inputs {
            let (_, actions) = flows::step(&state, text(input, Route::Smalltalk), &facts(&content));
            assert!(
                actions.is_empty(),
                "{input:?} in {state:?} gave {actions:?}"
            );
        }
        for event in [
            Event::CheckInDue,
            Event::Unsupported {
                kind: "sticker".into(),
            },
            Event::Location { lat: 0.0, lon: 0.0 },
        ] {
            let (_, actions) = flows::step(&state, event.clone(), &facts(&content));
            assert!(
                actions.is_empty(),
                "{event:?} in {state:?} gave {actions:?}"
            );
        }
    }
}

#[test]
fn stop_works_everywhere_and_yes_opts_in_only_when_opted_out() {
    let content = common::content();
    for state in every_state() {
        let (next, actions) = flows::step(&state, text("Stop", Route::Other), &facts(&content));
        if !state.opted_out {
            assert!(
                actions.contains(&Action::OptOut),
                "STOP ignored in {state:?}"
            );
            assert!(next.opted_out);
        }
        let (_, actions) = flows::step(&state, text("yes", Route::Other), &facts(&content));
        assert_eq!(
            actions.contains(&Action::OptIn),
            state.opted_out,
            "YES in {state:?} gave {actions:?}"
        );
    }
}

/// A carrier's opt-out word gets exactly the one confirmation SMS rules allow, even when the
/// model reads it as danger ("END" read as the end of something).
#[test]
fn an_opt_out_word_read_as_danger_gets_only_the_confirmation() {
    let content = common::content();
    for state in every_state().into_iter().filter(|state| !state.opted_out) {
        let meaning = Classification {
            crisis: true,
            danger: Some(nlp::Danger::Unsure),
            ..Classification::plain(Route::Crisis)
        };
        let event = Event::Text {
            text: "END".into(),
            meaning,
        };
        let (next, actions) = flows::step(&state, event, &facts(&content));
        let sent: Vec<&str> = actions
            .iter()
            .filter_map(|action| match action {
                Action::Send(reply) => Some(reply.template.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(sent, ["opted_out"], "in {state:?}");
        assert!(next.opted_out);
    }
}

#[test]
fn whatever_arrives_every_reply_renders_within_budget_and_kindly() {
    let content = common::content();
    let inputs = [
        "1",
        "3",
        "9",
        "MORE",
        "yes",
        "no",
        "SAVE",
        "PERSON",
        "HELP",
        "PRIVACY",
        "REPORT 1 closed",
        "report",
        "WITH SOMEONE",
        "CHECK IN",
        "JOIN BATLEY6",
        "join nope",
        "START",
        "DELETE MY DATA",
        "Batley",
    ];
    let mut failures = Vec::new();
    for state in every_state() {
        let mut events: Vec<Event> = Route::ALL
            .iter()
            .flat_map(|route| inputs.map(|input| text(input, *route)))
            .collect();
        events.extend([
            Event::Start {
                payload: Some("HGATE6".into()),
            },
            Event::Start { payload: None },
            Event::Location {
                lat: 53.7,
                lon: -1.6,
            },
            Event::Unsupported {
                kind: "photo".into(),
            },
            Event::CheckInDue,
            Event::NavigatorJoined,
            Event::NavigatorLeft,
            Event::NavigatorReleased,
            Event::Found {
                suggestions: vec![suggestion("c")],
                place_unknown: false,
                unmet: None,
            },
            Event::Found {
                suggestions: Vec::new(),
                place_unknown: false,
                unmet: None,
            },
            Event::Found {
                suggestions: vec![suggestion("c")],
                place_unknown: true,
                unmet: Some("swimming".to_string()),
            },
        ]);
        for event in events {
            let (_, actions) = flows::step(&state, event.clone(), &facts(&content));
            for action in &actions {
                let Action::Send(reply) = action else {
                    continue;
                };
                for channel in [Channel::Sms, Channel::Telegram] {
                    match content.render(reply, channel) {
                        Ok(rendered) if !rendered.fits_budget => {
                            failures.push(format!("{event:?}: {} too long", reply.template))
                        }
                        Ok(rendered) if !content.avoided_in(&rendered.text).is_empty() => failures
                            .push(format!(
                                "{event:?}: {} uses an avoided word",
                                reply.template
                            )),
                        Ok(_) => {}
                        Err(error) => {
                            failures.push(format!("{event:?} in {:?}: {error}", state.stage))
                        }
                    }
                }
            }
            let answers_person = matches!(
                event,
                Event::Text { .. }
                    | Event::Start { .. }
                    | Event::Location { .. }
                    | Event::Unsupported { .. }
            );
            if answers_person && !state.opted_out && !state.navigator_holds && sends(&actions) == 0
            {
                let searched = actions
                    .iter()
                    .any(|action| matches!(action, Action::Search(_)));
                if !searched {
                    failures.push(format!("{event:?} in {:?} got no reply", state.stage));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_conversation_saved_while_asking_when_searches_on_its_answer() {
    let content = common::content();
    let saved = r#"{"turns":2,"stage":{"stage":"asked_when"},
        "need":{"topic":"activity","text":"something to get out","place":"Batley","asked_when":true}}"#;
    let state: State = serde_json::from_str(saved).expect("an older state reads");
    let (after, actions) = flows::step(&state, text("mornings", Route::Other), &facts(&content));
    let searched = actions
        .iter()
        .any(|action| matches!(action, Action::Search(_)));
    assert!(searched, "no search: {actions:?}");
    assert_eq!(after.need.when.as_deref(), Some("mornings"));
}
