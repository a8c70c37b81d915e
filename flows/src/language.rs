//! Which language to write to a person in, read over their messages rather than from one line:
//! a short "ok" or a place name reads as English to any detector, and must not switch a Polish
//! conversation to English, nor one English line with a foreign name in it to Polish.

use crate::dialogue::Need;
use crate::turn::Turn;
use serde::{Deserialize, Serialize};

/// How many of the person's latest messages are weighed.
const REMEMBERED: usize = 5;
/// The most a single message weighs, in words, so one long pasted text does not outweigh the
/// conversation around it.
const MOST_WORDS: usize = 12;
/// The language every conversation starts in and the one the bot always writes.
pub(crate) const ENGLISH: &str = "en";

/// One recent message's language and how much it says, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Heard {
    /// The detected language's ISO 639-1 code.
    pub lang: String,
    /// Its words, up to [`MOST_WORDS`].
    pub words: usize,
}

/// Takes one message's detected language into the person's recent messages and settles the
/// language of the conversation on the one most words were written in (the latest on a tie).
/// A language the person chose (`LANGUAGE pl`) stays until they choose again.
pub(crate) fn hear(need: &mut Need, detected: Option<&str>, text: &str) {
    let Some(lang) = detected else { return };
    if need.lang_chosen {
        return;
    }
    let words = text.split_whitespace().count().min(MOST_WORDS);
    need.lang_heard.push(Heard {
        lang: lang.to_string(),
        words,
    });
    let excess = need.lang_heard.len().saturating_sub(REMEMBERED);
    need.lang_heard.drain(..excess);
    need.lang = leading(&need.lang_heard);
}

/// The language most words were written in; on a tie, the one written in last.
fn leading(heard: &[Heard]) -> Option<String> {
    let weight = |lang: &str| {
        heard
            .iter()
            .filter(|h| h.lang == lang)
            .map(|h| h.words)
            .sum::<usize>()
    };
    let latest_first = heard.iter().rev();
    let mut best: Option<(&str, usize)> = None;
    for h in latest_first {
        let this = weight(&h.lang);
        if best.is_none_or(|(_, most)| this > most) {
            best = Some((&h.lang, this));
        }
    }
    best.map(|(lang, _)| lang.to_string())
}

/// The locale to write in: the person's language when the bot writes it, else English.
pub(crate) fn locale(turn: &Turn) -> String {
    let lang = turn
        .state
        .need
        .lang
        .as_deref()
        .filter(|lang| turn.facts.languages.writes(lang));
    lang.unwrap_or(ENGLISH).to_string()
}

/// True when the person writes in a language the bot cannot write, so a person who can arrange
/// an interpreter comes first.
pub(crate) fn needs_interpreter(turn: &Turn) -> bool {
    turn.state
        .need
        .lang
        .as_deref()
        .is_some_and(|lang| !turn.facts.languages.writes(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heard_over(lines: &[(&str, &str)]) -> Option<String> {
        let mut need = Need::default();
        for (lang, text) in lines {
            hear(&mut need, Some(lang), text);
        }
        need.lang
    }

    #[test]
    fn a_short_english_line_does_not_switch_a_conversation_in_another_language() {
        let lines = [
            ("pl", "Dzień dobry, szukam grupy spacerowej w Batley"),
            ("en", "ok thanks"),
        ];
        assert_eq!(heard_over(&lines).as_deref(), Some("pl"));
    }

    #[test]
    fn a_person_who_moves_to_english_is_followed() {
        let lines = [
            ("pl", "Dzień dobry, szukam grupy"),
            (
                "en",
                "actually I can write in English, do you have a walking group",
            ),
        ];
        assert_eq!(heard_over(&lines).as_deref(), Some("en"));
    }

    #[test]
    fn only_the_latest_messages_count() {
        let mut lines = vec![(
            "pl",
            "Dzień dobry, szukam grupy spacerowej w Batley w sobotę rano proszę",
        )];
        lines.extend([("en", "yes that one please"); 5]);
        assert_eq!(heard_over(&lines).as_deref(), Some("en"));
    }

    #[test]
    fn a_chosen_language_stays() {
        let mut need = Need {
            lang: Some("so".into()),
            lang_chosen: true,
            ..Need::default()
        };
        hear(
            &mut need,
            Some("en"),
            "ok thanks, that is really kind of you all",
        );
        assert_eq!(need.lang.as_deref(), Some("so"));
    }

    #[test]
    fn a_tie_goes_to_the_latest() {
        assert_eq!(
            heard_over(&[("pl", "tak prosze"), ("en", "yes please")]).as_deref(),
            Some("en")
        );
    }
}
