//! The age a message states ("I'm 15", "my 12 year old", "mum is 80"), so a search keeps to
//! groups that welcome someone of that age: a teenager who texts without a school code still
//! gets only groups whose record says young people are welcome, and an adult-only group's
//! limits hold for whoever the group is for.

use crate::words::Words;

/// Words just before a number that make it someone else's age ("mum is 80"); [`OWN`] makes it
/// the writer's.
const OF_ANOTHER: [&str; 21] = [
    "he is",
    "hes",
    "she is",
    "shes",
    "they are",
    "son is",
    "sons",
    "daughter is",
    "daughters",
    "mum is",
    "mums",
    "mom is",
    "dad is",
    "dads",
    "grandad is",
    "grandads",
    "nan is",
    "nans",
    "husband is",
    "wife is",
    "partner is",
];

/// Words before a number that make it the writer's own age ("I'm 15"), not someone else's.
const OWN: [&str; 9] = [
    "im",
    "i am",
    "iam",
    "im only",
    "i am only",
    "im nearly",
    "im almost",
    "aged",
    "age",
];

/// Words just after a number that make it an age.
const AFTER: [&str; 8] = [
    "year old",
    "years old",
    "yr old",
    "yrs old",
    "yo",
    "year olds",
    "years of age",
    "yrs",
];
/// Words after a number that make it something else ("I'm 15 minutes away").
const NOT_AGE: [&str; 16] = [
    "minutes", "mins", "min", "miles", "mile", "pounds", "quid", "pence", "percent", "weeks",
    "months", "days", "hours", "hrs", "times", "k",
];
/// The ages a message can plausibly state.
const AGES: std::ops::RangeInclusive<u8> = 5..=110;

/// The first age the message states, if any.
pub(crate) fn stated(words: &Words) -> Option<u8> {
    let tokens: Vec<&str> = words.tokens().collect();
    (0..tokens.len()).find_map(|index| age_at(&tokens, index))
}

/// The writer's own age when the message states it ("I'm 15"), not another's ("he's 24").
pub(crate) fn stated_as_own(words: &Words) -> Option<u8> {
    let tokens: Vec<&str> = words.tokens().collect();
    (0..tokens.len())
        .filter(|&index| ends_with_any(&tokens[..index], &OWN))
        .find_map(|index| age_at(&tokens, index))
}

/// The age at `index` when the token there is a number said as an age ("15", "15yo").
fn age_at(tokens: &[&str], index: usize) -> Option<u8> {
    let token = tokens[index];
    let digits = token.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let age: u8 = digits.parse().ok().filter(|age| AGES.contains(age))?;
    let suffix = &token[digits.len()..];
    let after = phrase_from(tokens, index + 1);
    let said_as_age = matches!(suffix, "yo" | "yrs" | "yr")
        || (suffix.is_empty()
            && (ends_with_any(&tokens[..index], &OWN)
                || ends_with_any(&tokens[..index], &OF_ANOTHER)
                || starts_with_any(&after, &AFTER)));
    let something_else = suffix.is_empty() && starts_with_any(&after, &NOT_AGE);
    (said_as_age && !something_else).then_some(age)
}

/// The words from `index` on, single-spaced.
fn phrase_from(tokens: &[&str], index: usize) -> String {
    tokens
        .get(index..)
        .map(|rest| rest.join(" "))
        .unwrap_or_default()
}

/// True when the words end with one of the phrases, as whole words.
fn ends_with_any(tokens: &[&str], phrases: &[&str]) -> bool {
    let before = format!(" {}", tokens.join(" "));
    phrases
        .iter()
        .any(|phrase| before.ends_with(&format!(" {phrase}")))
}

/// True when the words start with one of the phrases, as whole words.
fn starts_with_any(words: &str, phrases: &[&str]) -> bool {
    let after = format!("{words} ");
    phrases
        .iter()
        .any(|phrase| after.starts_with(&format!("{phrase} ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn age(text: &str) -> Option<u8> {
        stated(&Words::new(text))
    }

    #[test]
    fn an_age_of_ones_own_is_told_from_anothers() {
        let own = |text: &str| stated_as_own(&Words::new(text));
        assert_eq!(own("my boyfriend says he can drive me hes 24"), None);
        assert_eq!(own("hes 24 and im 15"), Some(15));
        assert_eq!(own("I am only 14"), Some(14));
        assert_eq!(age("age 15, into drama"), Some(15));
    }

    #[test]
    fn ages_said_the_ways_people_say_them_are_read() {
        assert_eq!(
            age("I'm 15 and into football, anything near Dewsbury"),
            Some(15)
        );
        assert_eq!(age("im 14 wot is there 2 do"), Some(14));
        assert_eq!(age("youth club for my 12 year old son"), Some(12));
        assert_eq!(age("my 9-year-old loves drawing"), Some(9));
        assert_eq!(age("16yo looking for a band to join"), Some(16));
        assert_eq!(
            age("my grandad is 80 and wants to learn his ipad"),
            Some(80)
        );
        assert_eq!(age("aged 72, widowed, Ripon"), Some(72));
        assert_eq!(age("she's 17 and shy"), Some(17));
    }

    #[test]
    fn numbers_that_are_not_ages_are_left_alone() {
        assert_eq!(age("I'm 15 minutes from Batley"), None);
        assert_eq!(age("married 40 years, he died in May"), None);
        assert_eq!(age("anything on for over 60s in Batley?"), None);
        assert_eq!(age("the number 2 bus to Holmfirth"), None);
        assert_eq!(age("I have 3 kids"), None);
        assert_eq!(age("I'm 2 miles away"), None);
    }
}
