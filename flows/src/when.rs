//! When someone is free, as the words they used ("Saturday mornings", "not weekends",
//! "any time"): kept apart from the rest of what they said, so "weekends instead" replaces it
//! rather than adding to it, and the directory search reads only the latest.

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
/// Other words that name a time, in the singular.
const TIMES: [&str; 9] = [
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
    "weekday",
    "daytime",
    "lunchtime",
    "tonight",
];
/// Short forms of the days, read only as written.
const SHORT_DAYS: [&str; 11] = [
    "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun",
];
/// Everyday words one letter from a time word ("right" and "night"): never read as a slip.
const NOT_SLIPS: [&str; 7] = [
    "right", "light", "might", "sight", "tight", "fight", "eight",
];
/// Other short time words, read only as written.
const SHORT_TIMES: [&str; 2] = ["today", "tomorrow"];
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

/// The words of a message that say when the person is free, as they wrote them (lower case),
/// or `None` when it says nothing about time.
pub(crate) fn read(words: &Words) -> Option<String> {
    if let Some(any) = ANY_TIME.iter().find(|phrase| words.has(phrase)) {
        return Some((*any).to_string());
    }
    let tokens: Vec<&str> = words.tokens().collect();
    let timed: Vec<usize> = (0..tokens.len())
        .filter(|&index| is_time_at(&tokens, index))
        .collect();
    timed.first()?;
    let phrases: Vec<String> = runs(&timed)
        .into_iter()
        .map(|(first, last)| {
            let start = qualified_start(&tokens, first);
            let written: Vec<String> = tokens[start..=last].iter().map(|t| as_written(t)).collect();
            written.join(" ")
        })
        .collect();
    Some(phrases.join(", "))
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
fn as_written(token: &str) -> String {
    if NOT_SPELLINGS.contains(&token) {
        return "not".to_string();
    }
    let is_day = DAYS.iter().any(|day| token.starts_with(day)) || SHORT_DAYS.contains(&token);
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
    let mut kept: Vec<&str> = Vec::new();
    for (index, word) in words.iter().enumerate() {
        if is_time_at(&plain, index) {
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

/// True when the word at `index` names a time, and is not part of a name before it.
fn is_time_at(tokens: &[&str], index: usize) -> bool {
    let named = index > 0 && NAMING.contains(&tokens[index - 1]);
    !named && is_time_word(tokens[index])
}

/// True for a word that names a time, in full, in a short form, or one slip away.
fn is_time_word(token: &str) -> bool {
    let singular = token.strip_suffix('s').unwrap_or(token);
    SHORT_DAYS.contains(&token)
        || SHORT_TIMES.contains(&token)
        || DAYS.iter().chain(&TIMES).any(|word| {
            *word == singular
                || *word == token
                || (!NOT_SLIPS.contains(&token) && near_miss(singular, word))
        })
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
        assert_eq!(when("something with music"), None);
        assert_eq!(when("I've got money worries"), None);
    }

    #[test]
    fn time_words_are_taken_out_of_the_search_words() {
        assert_eq!(without_time("gardening on Tuesday mornings"), "gardening");
        assert_eq!(
            without_time("a coffee morning, Fridays"),
            "a coffee morning,"
        );
        assert_eq!(when("coffee morning in Batley"), None);
    }
}
