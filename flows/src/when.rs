//! When someone is free, as the words they used ("Saturday mornings", "not weekends",
//! "any time"): kept apart from the rest of what they said, so "weekends instead" replaces it
//! rather than adding to it, and the directory search reads only the latest.
//!
//! [`time_word`] is the one vocabulary of time words (with the short forms and slips people
//! text): the flows read it to keep the time apart, and the directory reads it to match the
//! time to meetings, so a word one understands the other does too.

use crate::clock::clock_tokens;
use crate::words::{near_miss, Words};

/// The days of the week, in the singular; a trailing `s` is read through. Also what "the
/// Tuesday one" is matched by (`about`).
pub(crate) const DAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The days of the week the words name, in the singular or plural ("the Tuesday one",
/// "check in Friday", "Saturdays").
pub(crate) fn days_named(words: &Words) -> impl Iterator<Item = &'static str> + '_ {
    DAYS.into_iter().filter(|day| {
        words
            .tokens()
            .any(|token| token.trim_end_matches('s') == *day)
    })
}

/// A part of the day a person can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayPart {
    /// "mornings", "am" after a day.
    Morning,
    /// "lunchtime", "midday".
    Lunchtime,
    /// "afternoons", "arvo".
    Afternoon,
    /// "evenings", "nights", "after work".
    Evening,
    /// "daytime", "during the day".
    Daytime,
}

/// What one word says about time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeWord {
    /// A day of the week, Monday as 0. `short` for the forms that are also ordinary words
    /// ("sat", "sun", "wed"), which name a day only beside another time word or after "on".
    Day { index: u8, short: bool },
    /// Monday to Friday: "weekdays", "midweek".
    Weekdays,
    /// "weekends".
    Weekend,
    /// A part of the day. `short` for "am" and "pm", which name one only after a day ("weds
    /// am"), since "I am free" says nothing about time.
    Part { part: DayPart, short: bool },
    /// "whenever", "flexible": no limit at all.
    Anytime,
    /// "today", "tomorrow": a time, but one no weekly meeting can be matched against.
    Relative,
}

/// What `token` (one lower-case word, apostrophes dropped) says about time, if anything: in
/// full, in the plural, in a short form, or with a slip.
pub fn time_word(token: &str) -> Option<TimeWord> {
    spelled(token).or_else(|| slipped(token))
}

/// A day of the week named in full (Monday as 0).
fn day(index: u8) -> Option<TimeWord> {
    Some(TimeWord::Day {
        index,
        short: false,
    })
}

/// A part of the day named in full.
fn part(part: DayPart) -> Option<TimeWord> {
    Some(TimeWord::Part { part, short: false })
}

/// The short forms, and the slips too far from the word for [`slipped`] to see.
fn spelled(token: &str) -> Option<TimeWord> {
    let short_day = |index| Some(TimeWord::Day { index, short: true });
    match token {
        "mon" | "mons" | "monady" => day(0),
        "tues" | "tue" | "tuseday" | "teusday" | "tuesady" => day(1),
        "weds" | "wednes" | "wensday" | "wendsday" | "wenesday" | "wedensday" | "wednesdsy"
        | "wedsday" => day(2),
        "thurs" | "thur" | "thu" | "thrusday" | "thursady" | "thirsday" | "thrus" => day(3),
        "fri" | "fris" | "firday" | "friady" => day(4),
        "sataday" | "satday" => day(5),
        "wed" => short_day(2),
        "sat" | "sats" => short_day(5),
        "sun" | "suns" => short_day(6),
        "wkday" | "wkdays" | "midweek" => Some(TimeWord::Weekdays),
        "wkend" | "wkends" | "wknd" | "wknds" => Some(TimeWord::Weekend),
        "mornin" | "mornins" | "morn" | "morns" | "morming" => part(DayPart::Morning),
        "dinnertime" | "midday" | "noon" => part(DayPart::Lunchtime),
        "aftenoon" | "arvo" => part(DayPart::Afternoon),
        "evenin" | "evning" | "evenigs" | "nite" | "nites" | "teatime" => part(DayPart::Evening),
        "am" => Some(TimeWord::Part {
            part: DayPart::Morning,
            short: true,
        }),
        "pm" => Some(TimeWord::Part {
            part: DayPart::Afternoon,
            short: true,
        }),
        "anytime" | "whenever" | "flexible" => Some(TimeWord::Anytime),
        "today" | "tomorrow" => Some(TimeWord::Relative),
        _ => in_polish_or_urdu(token),
    }
}

/// The time words of the other languages the bot writes, as people text them (with and without
/// Polish accents, in the forms "w środę" and "we wtorki" take; Urdu in Latin letters), so a
/// follow-up such as "we wtorki rano" or "jumeraat subah" changes the search as it would in
/// English. Urdu "hafta" (Saturday, but also "week") and "peer" (Monday, an English word too)
/// are left out.
fn in_polish_or_urdu(token: &str) -> Option<TimeWord> {
    match token {
        "poniedziałek" | "poniedzialek" | "poniedziałki" | "poniedzialki" | "somwar" => day(0),
        "wtorek" | "wtorki" | "mangal" | "mangalwar" => day(1),
        "środa" | "sroda" | "środę" | "srode" | "środy" | "srody" | "budh" | "budhwar" => {
            day(2)
        }
        "czwartek" | "czwartki" | "jumeraat" | "jumerat" => day(3),
        "piątek" | "piatek" | "piątki" | "piatki" | "juma" | "jumma" | "jummah" => day(4),
        "sobota" | "sobotę" | "sobote" | "soboty" => day(5),
        "niedziela" | "niedzielę" | "niedziele" | "itwar" | "itwaar" | "itvaar" => day(6),
        "weekendy" | "weekendami" => Some(TimeWord::Weekend),
        "rano" | "rankiem" | "subah" | "subha" => part(DayPart::Morning),
        "popołudnie" | "popoludnie" | "popołudniami" | "popoludniami" | "dopahar" | "dopehar" => {
            part(DayPart::Afternoon)
        }
        "wieczorem" | "wieczór" | "wieczor" | "wieczory" | "wieczorami" | "shaam" | "raat" => {
            part(DayPart::Evening)
        }
        _ => None,
    }
}

/// The time words in full, in the singular, and what each means.
const FULL_WORDS: [(&str, TimeWord); 16] = [
    (
        "monday",
        TimeWord::Day {
            index: 0,
            short: false,
        },
    ),
    (
        "tuesday",
        TimeWord::Day {
            index: 1,
            short: false,
        },
    ),
    (
        "wednesday",
        TimeWord::Day {
            index: 2,
            short: false,
        },
    ),
    (
        "thursday",
        TimeWord::Day {
            index: 3,
            short: false,
        },
    ),
    (
        "friday",
        TimeWord::Day {
            index: 4,
            short: false,
        },
    ),
    (
        "saturday",
        TimeWord::Day {
            index: 5,
            short: false,
        },
    ),
    (
        "sunday",
        TimeWord::Day {
            index: 6,
            short: false,
        },
    ),
    ("weekday", TimeWord::Weekdays),
    ("weekend", TimeWord::Weekend),
    (
        "morning",
        TimeWord::Part {
            part: DayPart::Morning,
            short: false,
        },
    ),
    (
        "lunchtime",
        TimeWord::Part {
            part: DayPart::Lunchtime,
            short: false,
        },
    ),
    (
        "afternoon",
        TimeWord::Part {
            part: DayPart::Afternoon,
            short: false,
        },
    ),
    (
        "evening",
        TimeWord::Part {
            part: DayPart::Evening,
            short: false,
        },
    ),
    (
        "night",
        TimeWord::Part {
            part: DayPart::Evening,
            short: false,
        },
    ),
    (
        "tonight",
        TimeWord::Part {
            part: DayPart::Evening,
            short: false,
        },
    ),
    (
        "daytime",
        TimeWord::Part {
            part: DayPart::Daytime,
            short: false,
        },
    ),
];

/// Everyday words one letter from a time word ("right" and "night", "mourning" and
/// "morning"): never read as a slip.
const NOT_SLIPS: [&str; 8] = [
    "right", "light", "might", "sight", "tight", "fight", "eight", "mourning",
];

/// A full time word, in the singular or plural, or one letter out ("tuesdy", "fridays").
fn slipped(token: &str) -> Option<TimeWord> {
    let singular = token.strip_suffix('s').unwrap_or(token);
    let slip_allowed = !NOT_SLIPS.contains(&token);
    FULL_WORDS
        .iter()
        .find(|(word, _)| {
            *word == singular || *word == token || (slip_allowed && near_miss(singular, word))
        })
        .map(|(_, meaning)| *meaning)
}

/// Words that qualify the time that follows ("not weekends", "after work", "nt on sat").
const QUALIFIERS: [&str; 11] = [
    "not", "nt", "no", "never", "except", "after", "before", "early", "late", "any", "every",
];
/// Text-speak for "not", written out in the time kept, so the directory reads it.
const NOT_SPELLINGS: [&str; 1] = ["nt"];
/// Whole answers that mean any time suits.
const ANY_TIME: [&str; 5] = [
    "any time",
    "anytime",
    "whenever",
    "any day",
    "dont mind when",
];
/// Words before a time word that make it part of a name ("coffee morning"), not a time.
const NAMING: [&str; 2] = ["coffee", "quiz"];
/// Small words that only lead into a time ("on Saturdays", "in the afternoon"), left out of
/// the search words with it.
const LEAD_INS: [&str; 8] = ["on", "in", "the", "at", "every", "this", "next", "of"];
/// How many other words may sit between two time words of one phrase ("Tuesday or Thursday").
const JOINING_WORDS: usize = 2;
/// Words that say the person is busy at the time beside them ("I work weekdays", "rano
/// pracuję": mornings I work, "subah duty hoti hai"), with the word for "not" in the language
/// of each, so the time is kept as one they are not free.
/// School is not among them: "the kids are at school on weekdays" is when a parent is free.
const BUSY: [(&str, &str); 11] = [
    ("work", "not"),
    ("working", "not"),
    ("busy", "not"),
    ("shift", "not"),
    ("shifts", "not"),
    ("pracuję", "nie"),
    ("pracuje", "nie"),
    ("zajęta", "nie"),
    ("zajęty", "nie"),
    ("kaam", "nahi"),
    ("duty", "nahi"),
];
/// Words that bound a time on one side ("till 4", "after 6"): a busy word beside one says when
/// the person is free already ("sixth form till 4"), so no "not" is added.
const BOUNDS: [&str; 6] = ["till", "til", "until", "before", "after", "from"];
/// Words before a busy word that make the time beside it free after all ("after work on
/// Tuesdays", "I finish work at 5").
const FREED: [&str; 5] = ["after", "before", "outside", "finish", "finished"];
/// The words a time phrase opens with when it rules a time out, in the languages read.
const RULING_OUT: [&str; 7] = ["not", "no", "never", "except", "nt", "nie", "nahi"];

/// The words of a message that say when the person is free, as they wrote them (lower case),
/// or `None` when it says nothing about time.
pub(crate) fn read(words: &Words) -> Option<String> {
    if let Some(any) = ANY_TIME.iter().find(|phrase| words.has(phrase)) {
        return Some((*any).to_string());
    }
    let tokens: Vec<&str> = words.tokens().collect();
    let timed: Vec<usize> = timed_tokens(&tokens)
        .into_iter()
        .enumerate()
        .filter_map(|(index, timed)| timed.then_some(index))
        .collect();
    timed.first()?;
    let phrases: Vec<String> = runs(&timed)
        .into_iter()
        .flat_map(|run| split_at_busy(&tokens, &timed, run))
        .map(|(first, last, busy)| {
            let start = qualified_start(&tokens, first);
            let written: Vec<String> = tokens[start..=last].iter().map(|t| as_written(t)).collect();
            let bounded = written
                .first()
                .is_some_and(|word| BOUNDS.contains(&word.as_str()));
            match busy {
                Some(not) if start == first && !bounded => format!("{not} {}", written.join(" ")),
                _ => written.join(" "),
            }
        })
        .collect();
    Some(phrases.join(", "))
}

/// A run of time words as phrases, each with the word for "not" when it is a time the person
/// is busy. A busy word just after the run is about its last time word only ("wieczorami, rano
/// pracuję": evenings, and mornings I work), so that word becomes a phrase of its own.
fn split_at_busy(
    tokens: &[&str],
    timed: &[usize],
    (first, last): (usize, usize),
) -> Vec<(usize, usize, Option<&'static str>)> {
    if let Some(not) = tokens.get(last + 1).and_then(|token| busy(token)) {
        let before_last = timed
            .iter()
            .copied()
            .filter(|index| (first..last).contains(index))
            .max();
        return match before_last {
            Some(end) => vec![(first, end, None), (last, last, Some(not))],
            None => vec![(first, last, Some(not))],
        };
    }
    vec![(first, last, busy_before(tokens, first))]
}

/// The word for "not" when a busy word comes before the time phrase starting at `first`
/// (across small lead-ins: "I work on weekdays"), unless something frees it ("after work").
fn busy_before(tokens: &[&str], first: usize) -> Option<&'static str> {
    let mut before = first;
    while before > 0 && LEAD_INS.contains(&tokens[before - 1]) {
        before -= 1;
    }
    let freed = before >= 2 && FREED.contains(&tokens[before - 2]);
    (before > 0 && !freed)
        .then(|| busy(tokens[before - 1]))
        .flatten()
}

/// The word for "not" in the language of a busy word, if the token is one.
fn busy(token: &str) -> Option<&'static str> {
    BUSY.iter()
        .find(|(word, _)| *word == token)
        .map(|(_, not)| *not)
}

/// True when every phrase of a time rules a time out ("not Fridays"), so it narrows the time
/// already said ("evenings") rather than replacing it.
pub(crate) fn only_rules_out(time: &str) -> bool {
    time.split(", ").all(|phrase| {
        phrase
            .split(' ')
            .next()
            .is_some_and(|first| RULING_OUT.contains(&first))
    })
}

/// The time words in runs, each run the words no more than [`JOINING_WORDS`] apart ("Tuesday
/// or Thursday mornings"), as (first, last) indexes: "not Tuesdays, that's my hospital day.
/// Wednesday or Thursday?" is two runs, each with its own qualifier.
fn runs(timed: &[usize]) -> Vec<(usize, usize)> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for &index in timed {
        match runs.last_mut() {
            Some((_, last)) if index - *last <= JOINING_WORDS + 1 => *last = index,
            _ => runs.push((index, index)),
        }
    }
    runs
}

/// Where the time phrase starting at `first` begins: at a qualifier before it, across small
/// lead-in words ("not on Saturdays"), else at the time word itself.
fn qualified_start(tokens: &[&str], first: usize) -> usize {
    let mut start = first;
    while start > 0 && LEAD_INS.contains(&tokens[start - 1]) {
        start -= 1;
    }
    if start > 0 && QUALIFIERS.contains(&tokens[start - 1]) {
        start - 1
    } else {
        first
    }
}

/// A word as it is written in a reply: the days of the week with a capital, "not" in full.
pub(crate) fn as_written(token: &str) -> String {
    if NOT_SPELLINGS.contains(&token) {
        return "not".to_string();
    }
    // English capitalises the days; Polish does not, nor Urdu in Latin letters as people text it.
    let is_day = matches!(time_word(token), Some(TimeWord::Day { .. }))
        && in_polish_or_urdu(token).is_none();
    let mut letters = token.chars();
    match letters.next() {
        Some(first) if is_day => first.to_uppercase().chain(letters).collect(),
        _ => token.to_string(),
    }
}

/// The message's words without those about time (and the small words leading into them), so
/// the search reads the time only once, from [`read`] of the latest message that said it.
pub(crate) fn without_time(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let plain: Vec<String> = words.iter().map(|word| bare(word)).collect();
    let plain: Vec<&str> = plain.iter().map(String::as_str).collect();
    let timed = timed_tokens(&plain);
    let mut kept: Vec<&str> = Vec::new();
    for (index, word) in words.iter().enumerate() {
        if timed[index] {
            while kept
                .last()
                .is_some_and(|last| LEAD_INS.contains(&bare(last).as_str()))
            {
                kept.pop();
            }
        } else {
            kept.push(word);
        }
    }
    kept.join(" ")
}

/// A word lower case with its punctuation dropped, as [`Words`] reads it.
fn bare(word: &str) -> String {
    word.chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase()
}

/// Which tokens say something about time: time words, and every token of a clock time ("at 7").
fn timed_tokens(tokens: &[&str]) -> Vec<bool> {
    let clock = clock_tokens(tokens);
    (0..tokens.len())
        .map(|index| clock[index] || is_time_at(tokens, index))
        .collect()
}

/// True when the word at `index` names a time, and is not part of a name before it.
fn is_time_at(tokens: &[&str], index: usize) -> bool {
    let named = index > 0 && NAMING.contains(&tokens[index - 1]);
    !named && is_time_word(tokens[index])
}

/// True for a word that names a time, in full, in a short form, or one slip away; "am" and
/// "pm" only mean a time beside a day, which the directory's reading of the phrase checks.
fn is_time_word(token: &str) -> bool {
    time_word(token).is_some_and(|word| !matches!(word, TimeWord::Part { short: true, .. }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn when(text: &str) -> Option<String> {
        read(&Words::new(text))
    }

    #[test]
    fn reads_the_time_phrase_with_its_qualifier() {
        assert_eq!(
            when("Saturday or Sunday mornings"),
            Some("Saturday or Sunday mornings".into())
        );
        assert_eq!(when("weekends instead"), Some("weekends".into()));
        assert_eq!(when("not weekends please"), Some("not weekends".into()));
        assert_eq!(when("nt on sat tho"), Some("not on Sat".into()));
        assert_eq!(when("on Saturdays please"), Some("Saturdays".into()));
        assert_eq!(
            when("right, we'll give it a go thursday"),
            Some("Thursday".into())
        );
        assert_eq!(when("tues, I work the rest"), Some("Tues".into()));
        assert_eq!(when("any time really"), Some("any time".into()));
        assert_eq!(
            when("actually not tuesdays, thats my hospital day. wednesday or thursday?"),
            Some("not Tuesdays, Wednesday or Thursday".into())
        );
        assert_eq!(when("tuesday at 7"), Some("Tuesday at 7".into()));
        assert_eq!(when("anything on after 6pm?"), Some("after 6pm".into()));
        assert_eq!(when("I live at 7 Church Lane"), None);
        assert_eq!(when("something with music"), None);
        assert_eq!(when("I've got money worries"), None);
    }

    #[test]
    fn one_vocabulary_reads_full_words_short_forms_and_slips() {
        let day = |index| {
            Some(TimeWord::Day {
                index,
                short: false,
            })
        };
        assert_eq!(time_word("tuesdays"), day(1));
        assert_eq!(time_word("tuesdy"), day(1), "one letter out");
        assert_eq!(time_word("wensday"), day(2), "further out, spelled");
        assert_eq!(time_word("thurs"), day(3));
        assert_eq!(
            time_word("sat"),
            Some(TimeWord::Day {
                index: 5,
                short: true
            })
        );
        assert_eq!(
            time_word("arvo"),
            Some(TimeWord::Part {
                part: DayPart::Afternoon,
                short: false
            })
        );
        assert_eq!(
            time_word("am"),
            Some(TimeWord::Part {
                part: DayPart::Morning,
                short: true
            })
        );
        assert_eq!(time_word("wknds"), Some(TimeWord::Weekend));
        assert_eq!(time_word("tomorrow"), Some(TimeWord::Relative));
        for everyday in ["right", "mourning", "money", "music", "sunny"] {
            assert_eq!(time_word(everyday), None, "{everyday}");
        }
    }

    #[test]
    fn polish_and_urdu_time_words_are_times() {
        assert_eq!(when("we wtorki rano").as_deref(), Some("wtorki rano"));
        assert_eq!(
            when("szukam czegos w srode wieczorem").as_deref(),
            Some("srode wieczorem")
        );
        assert_eq!(
            when("jumeraat subah theek hai").as_deref(),
            Some("jumeraat subah")
        );
        assert_eq!(when("mujhe hafte mein ek dafa phone chahiye"), None);
    }

    #[test]
    fn a_time_they_are_busy_is_a_time_they_are_not_free() {
        assert_eq!(
            when("Weekends only, I work weekdays"),
            Some("weekends, not weekdays".into())
        );
        assert_eq!(
            when("Najlepiej wieczorami, rano pracuję"),
            Some("wieczorami, nie rano".into())
        );
        assert_eq!(
            when("I'm free after work on Tuesdays"),
            Some("Tuesdays".into())
        );
        assert_eq!(
            when("free while the kids are at school on weekdays"),
            Some("weekdays".into())
        );
        assert_eq!(when("subah duty hoti hai"), Some("nahi subah".into()));
        assert_eq!(
            when("Evenings are better, I've got sixth form till 4"),
            Some("evenings, till 4".into())
        );
        assert!(only_rules_out("not Fridays") && only_rules_out("nie rano, not weekends"));
        assert!(!only_rules_out("evenings, not Fridays"));
    }

    #[test]
    fn grief_is_not_a_time() {
        assert_eq!(
            when("I'm still mourning my wife, a quiet group would help"),
            None
        );
        assert_eq!(when("I am free most days"), None, "am alone is no time");
    }

    #[test]
    fn time_words_are_taken_out_of_the_search_words() {
        assert_eq!(without_time("gardening on Tuesday mornings"), "gardening");
        assert_eq!(
            without_time("a coffee morning, Fridays"),
            "a coffee morning,"
        );
        assert_eq!(when("coffee morning in Batley"), None);
        assert_eq!(without_time("a choir, thursdays at 7.30pm"), "a choir,");
    }
}
