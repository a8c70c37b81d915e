//! The content check: every template, rendered with its sample values in every locale, on every
//! channel, in every area, with and without the youth wording, must miss no value (strict
//! mode), use no avoided word, and fit two SMS parts unless it is a reply the person asked for
//! (parts of 67 characters when the text is in a script SMS sends as UCS-2).

mod common;

use flows::{Channel, Content, Reply};
use serde_json::{json, Value};

const CHANNELS: [Channel; 3] = [Channel::Sms, Channel::Terminal, Channel::Telegram];

/// A sample reply for one template, locale, area and cohort.
fn sample_reply(content: &Content, template: &str, locale: &str, area: &str, youth: bool) -> Reply {
    let mut vars = content
        .sample(template)
        .unwrap_or_else(|| panic!("{template} has no sample values in _samples.toml"))
        .clone();
    let map = vars.as_object_mut().expect("samples are tables");
    map.insert("area".into(), json!(area));
    map.insert("youth".into(), Value::Bool(youth));
    map.insert("locale".into(), json!(locale));
    Reply {
        template: template.into(),
        vars,
    }
}

/// Every way a template can come out, as (what it is, text).
fn every_rendering(content: &Content) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut failures = Vec::new();
    for (locale, template, area, youth) in every_case(content) {
        let reply = sample_reply(content, &template, &locale, &area, youth);
        for channel in CHANNELS {
            let what = format!("{locale}/{template} ({area}, youth {youth}, {channel:?})");
            match content.render(&reply, channel) {
                Ok(rendered) if !rendered.fits_budget => failures.push(format!(
                    "{what} takes {} SMS parts ({:?}):\n{}",
                    rendered.segments.count, rendered.segments.encoding, rendered.text
                )),
                Ok(rendered) => {
                    let buttons = rendered
                        .buttons
                        .iter()
                        .map(|b| format!("{} {}", b.label, b.data));
                    out.push((what.clone(), rendered.text.clone()));
                    out.extend(buttons.map(|text| (format!("{what} button"), text)));
                }
                Err(error) => failures.push(format!("{what}: {error}")),
            }
        }
    }
    assert!(
        failures.is_empty(),
        "templates that fail:\n{}",
        failures.join("\n\n")
    );
    out
}

/// Every locale, template, area and cohort to render.
fn every_case(content: &Content) -> Vec<(String, String, String, bool)> {
    let mut cases = Vec::new();
    for locale in content.locales() {
        for template in content.template_names() {
            for area in content.areas() {
                for youth in [false, true] {
                    cases.push((locale.clone(), template.clone(), area.clone(), youth));
                }
            }
        }
    }
    cases
}

#[test]
fn every_template_renders_within_budget_with_its_samples() {
    let content = common::content();
    assert!(
        content.template_names().len() >= 30,
        "the templates did not load"
    );
    assert!(!every_rendering(&content).is_empty());
}

#[test]
fn no_template_or_pack_uses_an_avoided_word() {
    let content = common::content();
    let mut texts = every_rendering(&content);
    for locale in content.locales() {
        for pack in content.pack_ids() {
            for template in ["pack", "pack_saved"] {
                let reply = Reply {
                    template: template.into(),
                    vars: json!({ "pack_id": pack, "locale": locale }),
                };
                let rendered = content
                    .render(&reply, Channel::Telegram)
                    .expect("packs render");
                texts.push((format!("{locale}/{template} {pack}"), rendered.text));
            }
        }
    }
    let found: Vec<String> = texts
        .iter()
        .flat_map(|(what, text)| {
            content
                .avoided_in(text)
                .into_iter()
                .map(move |rule| format!("{what}: '{}', say {}", rule.word, rule.instead))
        })
        .collect();
    assert!(found.is_empty(), "avoided words:\n{}", found.join("\n"));
}

#[test]
fn every_pack_the_flows_offer_exists_and_fits_when_offered() {
    let content = common::content();
    for pack in flows::PACKS {
        assert!(
            content.pack_ids().iter().any(|id| id == pack),
            "content/packs/{pack}.toml is missing"
        );
        for locale in content.locales() {
            let reply = Reply {
                template: "pack".into(),
                vars: json!({ "pack_id": pack, "locale": locale }),
            };
            for channel in [Channel::Sms, Channel::Telegram] {
                let rendered = content.render(&reply, channel).expect("the pack renders");
                assert!(
                    rendered.fits_budget,
                    "the {locale} {pack} pack takes {} parts",
                    rendered.segments.count
                );
            }
        }
    }
}

#[test]
fn the_check_catches_missing_values_avoided_words_and_long_replies() {
    let mut files = common::content_files();
    files.insert("templates/en/bad_key.hbs".into(), "Hello {{nobody}}".into());
    files.insert("templates/en/bad_word.hbs".into(), "Feeling lonely?".into());
    files.insert("templates/en/bad_length.hbs".into(), "word ".repeat(70));
    let content = Content::from_files(files).expect("loads");
    let render = |name: &str| {
        content.render(
            &Reply {
                template: name.into(),
                vars: json!({}),
            },
            Channel::Sms,
        )
    };
    assert!(render("bad_key").is_err());
    let word = render("bad_word").expect("renders");
    assert_eq!(content.avoided_in(&word.text).len(), 1);
    assert!(!render("bad_length").expect("renders").fits_budget);
}

#[test]
fn sms_is_plain_and_telegram_gets_buttons() {
    let content = common::content();
    let reply = sample_reply(&content, "suggestions", "en", "default", false);
    let sms = content.render(&reply, Channel::Sms).expect("renders");
    assert!(sms.buttons.is_empty());
    assert!(sms.text.chars().all(flows::sms::is_gsm7));
    let telegram = content.render(&reply, Channel::Telegram).expect("renders");
    let data: Vec<&str> = telegram
        .buttons
        .iter()
        .map(|button| button.data.as_str())
        .collect();
    assert_eq!(data, ["1", "2", "3", "MORE", "PERSON"]);
}

#[test]
fn crisis_numbers_follow_the_area() {
    let content = common::content();
    let render = |area: &str| {
        let reply = Reply {
            template: "crisis".into(),
            vars: json!({ "area": area, "danger": "harm" }),
        };
        content.render(&reply, Channel::Sms).expect("renders").text
    };
    for text in [render("default"), render("hackney"), render("nowhere")] {
        for number in ["999", "116 123", "85258", "111"] {
            assert!(text.contains(number), "{number} missing from:\n{text}");
        }
    }
    assert!(render("hackney").contains("East London"));
    assert!(!render("default").contains("East London"));
}

/// The crisis reply leads with the help that fits the danger (an ambulance, the abuse helpline,
/// the listening lines) and fits two SMS parts in every area.
#[test]
fn the_crisis_reply_fits_the_kind_of_danger_in_every_area() {
    let content = common::content();
    let expected = [
        ("harm", ["116 123", "85258"]),
        ("abuse", ["0808 2000 247", "press 55"]),
        ("medical", ["ambulance", "NHS 111"]),
    ];
    for area in ["default", "kirklees", "harrogate", "hackney"] {
        for (danger, numbers) in expected {
            let reply = Reply {
                template: "crisis".into(),
                vars: json!({ "area": area, "danger": danger }),
            };
            let rendered = content.render(&reply, Channel::Sms).expect("renders");
            assert!(
                rendered.fits_budget,
                "{danger} in {area} is too long:\n{}",
                rendered.text
            );
            for number in numbers {
                assert!(
                    rendered.text.contains(number),
                    "{number} missing for {danger} in {area}:\n{}",
                    rendered.text
                );
            }
            assert!(rendered.text.contains("999"));
        }
    }
}

/// A crisis told in another language is answered first in that language ("if you are in danger
/// now, call the number below; someone will contact you soon"), in Latin letters on SMS, then
/// the area's numbers, unchanged, for every language, danger and area, adult and young; on SMS
/// within three parts (the sorry sentence gives way first), and two where it can.
#[test]
fn a_crisis_in_another_language_is_answered_in_it_with_the_same_numbers() {
    let content = common::content();
    let (mut replies, mut in_two) = (0, 0);
    for code in content.language_codes() {
        for area in ["default", "kirklees", "harrogate", "hackney"] {
            for danger in ["harm", "abuse", "medical"] {
                for cohort in [None, Some("BATLEY6")] {
                    let vars =
                        json!({ "area": area, "danger": danger, "lang": code, "cohort": cohort });
                    let english = json!({ "area": area, "danger": danger, "cohort": cohort });
                    let reply = |vars: &Value| Reply {
                        template: "crisis".into(),
                        vars: vars.clone(),
                    };
                    let sms = content
                        .render(&reply(&vars), Channel::Sms)
                        .expect("renders");
                    let plain = content
                        .render(&reply(&english), Channel::Sms)
                        .expect("renders");
                    let (first, rest) = sms.text.split_once('\n').expect("more than one line");
                    assert_eq!(
                        flows::sms::gsm7_safe(first),
                        first,
                        "{code}: nothing dropped on SMS"
                    );
                    assert!(
                        first.split_whitespace().count() >= 8 && !first.contains("999"),
                        "{code}: {first}"
                    );
                    for number in numbers_in(&plain.text) {
                        assert!(
                            rest.contains(&number),
                            "{code} {danger} {area}: {number} missing from:\n{}",
                            sms.text
                        );
                    }
                    assert!(
                        sms.segments.count <= 3,
                        "{code} {danger} {area}: {} parts:\n{}",
                        sms.segments.count,
                        sms.text
                    );
                    replies += 1;
                    in_two += usize::from(sms.segments.count <= 2);
                    let telegram = content
                        .render(&reply(&vars), Channel::Telegram)
                        .expect("renders");
                    assert!(
                        !telegram.text.starts_with("If you")
                            && !telegram.text.starts_with("Please call"),
                        "{code}: {}",
                        telegram.text
                    );
                }
            }
        }
    }
    println!("{in_two} of {replies} crisis replies in another language fit two SMS parts");
    assert!(replies >= 12 * 24);
}

/// The phone numbers and short codes in a text ("116 123", "85258", "999").
fn numbers_in(text: &str) -> Vec<String> {
    let mut numbers = Vec::new();
    let mut current = String::new();
    for c in text.chars().chain(['.']) {
        if c.is_ascii_digit() || (c == ' ' && !current.is_empty()) {
            current.push(c);
        } else if !current.trim().is_empty() {
            numbers.push(current.trim().to_string());
            current.clear();
        } else {
            current.clear();
        }
    }
    numbers
}

/// Someone writing in a language the bot cannot write is told in it, first, that a person will
/// help: whole in Latin letters on SMS (other scripts cannot go in GSM-7), in its own script on
/// Telegram, and within budget.
#[test]
fn every_language_is_told_in_its_own_words_that_a_person_will_help() {
    let content = common::content();
    let codes = content.language_codes();
    assert!(codes.len() >= 12, "{codes:?}");
    for code in codes {
        let reply = Reply {
            template: "other_language".into(),
            vars: json!({ "lang": code }),
        };
        let sms = content.render(&reply, Channel::Sms).expect("renders");
        let own_words = sms.text.lines().next().unwrap_or_default().to_string();
        assert!(sms.fits_budget, "{code} on SMS:\n{}", sms.text);
        assert_eq!(
            flows::sms::gsm7_safe(&own_words),
            own_words,
            "{code}: nothing dropped on SMS"
        );
        assert!(
            own_words.split_whitespace().count() >= 8 && !own_words.contains("English"),
            "{code}: {own_words}"
        );
        let telegram = content.render(&reply, Channel::Telegram).expect("renders");
        assert!(
            telegram
                .text
                .ends_with("They can find help in your language."),
            "{code}"
        );
    }
    let unknown = Reply {
        template: "other_language".into(),
        vars: json!({ "lang": "xx" }),
    };
    let text = content
        .render(&unknown, Channel::Sms)
        .expect("renders")
        .text;
    assert!(
        text.starts_with("Thank you for your message."),
        "a language without a sentence gets the English alone"
    );
}

/// A young person in a school cohort gets Childline first, and never the adults' abuse helpline
/// (which would turn them away), in every area and within budget.
#[test]
fn young_people_get_their_own_help_lines_first() {
    let content = common::content();
    for area in ["default", "kirklees", "harrogate", "hackney"] {
        for danger in ["harm", "abuse"] {
            let reply = Reply {
                template: "crisis".into(),
                vars: json!({ "area": area, "danger": danger, "youth": true }),
            };
            let rendered = content.render(&reply, Channel::Sms).expect("renders");
            assert!(
                rendered.fits_budget,
                "{danger} in {area}:\n{}",
                rendered.text
            );
            let first_line = rendered.text.lines().nth(1).unwrap_or_default();
            assert!(
                first_line.contains("Childline") && first_line.contains("0800 1111"),
                "{danger} in {area}:\n{}",
                rendered.text
            );
            assert!(
                !rendered.text.contains("0808 2000 247"),
                "{danger} in {area}"
            );
            assert!(rendered.text.contains("999") && rendered.text.contains("youth team"));
        }
    }
}

#[test]
fn long_directory_names_fall_back_to_the_compact_list() {
    let content = common::content();
    let item = |number: usize| {
        json!({
            "number": number,
            "name": "The Heckmondwike and Liversedge Community Knitting, Crochet and Natter Circle",
            "reason": "first and third Tuesdays of the month 10am to 12 noon, 0.4 miles, free",
        })
    };
    let vars = json!({ "topic": "find_activity", "place": "Heckmondwike", "more": false, "items": [item(1), item(2), item(3)] });
    let rendered = content
        .render(
            &Reply {
                template: "suggestions".into(),
                vars,
            },
            Channel::Sms,
        )
        .expect("renders");
    assert!(
        rendered.fits_budget,
        "{} parts:\n{}",
        rendered.segments.count, rendered.text
    );
    assert!(
        rendered
            .text
            .contains("1. The Heckmondwike and Liversedge.."),
        "{}",
        rendered.text
    );
}

/// Renders one template in a locale, on SMS, with the given values.
fn in_locale(content: &Content, locale: &str, template: &str, vars: Value) -> String {
    let mut vars = vars;
    vars["locale"] = json!(locale);
    let reply = Reply {
        template: template.into(),
        vars,
    };
    content.render(&reply, Channel::Sms).expect("renders").text
}

#[test]
fn a_locale_falls_back_to_english_template_by_template() {
    let mut files = common::content_files();
    files.insert(
        "templates/xx/thanks.hbs".into(),
        "Merci {{> greeting}}".into(),
    );
    files.insert("templates/xx/_greeting.hbs".into(), "beaucoup".into());
    files.insert("templates/en/_greeting.hbs".into(), "very much".into());
    files.insert("templates/xx/youth/thanks.hbs".into(), "Merci!".into());
    let content = Content::from_files(files).expect("loads");
    assert!(content.locales().contains(&"xx".to_string()));
    assert_eq!(
        in_locale(&content, "xx", "thanks", json!({})),
        "Merci beaucoup"
    );
    // A reply the locale has no file for is written in English, with the English pieces.
    let english = in_locale(&content, "en", "ask_topic", json!({}));
    assert_eq!(in_locale(&content, "xx", "ask_topic", json!({})), english);
    // The language comes before the tone: a youth wording in English does not beat the locale's.
    let youth = json!({ "youth": true });
    assert_eq!(in_locale(&content, "xx", "thanks", youth.clone()), "Merci!");
    assert_eq!(
        in_locale(&content, "en", "thanks", youth),
        in_locale(&content, "zz", "thanks", json!({ "youth": true }))
    );
}

#[test]
fn a_youth_wording_without_its_plain_template_is_refused() {
    let mut files = common::content_files();
    files.insert("templates/xx/youth/thanks.hbs".into(), "Merci!".into());
    let error = Content::from_files(files)
        .err()
        .expect("refused")
        .to_string();
    assert!(error.contains("templates/xx/youth/thanks.hbs"), "{error}");
}

#[test]
fn the_shipped_locales_are_complete() {
    let content = common::content();
    let english = content.own_templates("en");
    for locale in ["pl", "ur"] {
        assert!(
            content.locales().iter().any(|l| l == locale),
            "templates/{locale}/ is missing"
        );
        let own = content.own_templates(locale);
        // Said only in English: to someone who chose English, and to someone whose language
        // has no templates.
        let english_only = ["language_english", "other_language"];
        let needed = english
            .iter()
            .filter(|name| !english_only.contains(&name.as_str()));
        let missing: Vec<&String> = needed.filter(|name| !own.contains(name)).collect();
        assert!(missing.is_empty(), "templates/{locale}/ lacks {missing:?}");
    }
}

#[test]
fn a_locale_in_another_script_goes_as_ucs2_and_is_counted_so() {
    let mut files = common::content_files();
    files.insert("templates/bn/thanks.hbs".into(), "ধন্যবাদ। ".repeat(20));
    let content = Content::from_files(files).expect("loads");
    let reply = Reply {
        template: "thanks".into(),
        vars: json!({ "locale": "bn" }),
    };
    let sms = content.render(&reply, Channel::Sms).expect("renders");
    assert!(
        sms.text.starts_with("ধন্যবাদ"),
        "the letters are kept: {}",
        sms.text
    );
    assert_eq!(sms.segments.encoding, flows::sms::Encoding::Ucs2);
    assert!(!sms.fits_budget, "160 letters are three UCS-2 parts");
}

#[test]
fn a_crisis_reply_in_a_written_locale_does_not_repeat_the_language_line() {
    let content = common::content();
    let polish = in_locale(
        &content,
        "pl",
        "crisis",
        json!({ "danger": "harm", "lang": "pl", "area": "kirklees" }),
    );
    let line = "Jesli jestes teraz w niebezpieczenstwie";
    assert!(!polish.contains(line), "{polish}");
    let english = in_locale(
        &content,
        "en",
        "crisis",
        json!({ "danger": "harm", "lang": "pl", "area": "kirklees" }),
    );
    assert!(english.contains(line), "{english}");
}
