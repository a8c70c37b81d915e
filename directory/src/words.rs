//! The words a question shares with a record, weighed by how rare they are in the directory.
//!
//! The sentence embedding tells meaning apart well but can rate a near neighbour above the
//! thing itself: for "walking group" it puts a couch-to-5K running club closer than the walking
//! group, and for "choir" a dance class beside the choir. A record that uses the very word the
//! person used (after stemming, so "walks" meets "walking") is almost always what they meant, so
//! the ranking adds the share of the question's words a record has, each weighed by its inverse
//! document frequency: "choir" in a directory of a hundred records counts for far more than
//! "group" or "community", which most records use.
//!
//! Built once per directory load ([`Lexicon::build`]); a search reads its question's terms once
//! ([`Lexicon::question`]) and each candidate's share is then a few binary searches.

use flows::{TimeWord, Words};
use rust_stemmers::{Algorithm, Stemmer};
use std::collections::HashMap;

/// Words that say nothing about what a group does, left out of both sides.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "after",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "anyone",
    "anything",
    "are",
    "around",
    "as",
    "at",
    "be",
    "but",
    "by",
    "can",
    "could",
    "do",
    "does",
    "for",
    "from",
    "get",
    "go",
    "got",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "him",
    "his",
    "how",
    "i",
    "if",
    "im",
    "in",
    "is",
    "it",
    "its",
    "just",
    "know",
    "like",
    "looking",
    "me",
    "mum",
    "my",
    "near",
    "nearby",
    "no",
    "not",
    "of",
    "on",
    "or",
    "our",
    "out",
    "over",
    "please",
    "she",
    "so",
    "some",
    "something",
    "that",
    "the",
    "their",
    "them",
    "there",
    "they",
    "this",
    "to",
    "under",
    "up",
    "us",
    "want",
    "was",
    "we",
    "what",
    "whats",
    "when",
    "where",
    "which",
    "who",
    "will",
    "with",
    "would",
    "you",
    "your",
];

/// A word's number in a [`Lexicon`].
type TermId = u32;

/// The words of one directory: each stemmed term's number and how rare it is.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Stemmed term to its number.
    ids: HashMap<String, TermId>,
    /// Inverse document frequency of each term, by number.
    rarity: Vec<f32>,
}

/// The distinct terms of one record, sorted, for binary search.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecordTerms(Vec<TermId>);

/// The terms of a question that some record uses, each with its weight. Words no record uses
/// are left out: they cannot tell one record from another.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuestionTerms {
    terms: Vec<(TermId, f32)>,
    total: f32,
}

impl Lexicon {
    /// The lexicon of a directory and each record's terms, in the order of `texts`.
    pub fn build<'a>(texts: impl IntoIterator<Item = &'a str>) -> (Lexicon, Vec<RecordTerms>) {
        let stemmer = Stemmer::create(Algorithm::English);
        let mut lexicon = Lexicon::default();
        let mut counts: Vec<u32> = Vec::new();
        let records: Vec<RecordTerms> = texts
            .into_iter()
            .map(|text| {
                let mut ids: Vec<TermId> =
                    terms(&stemmer, text, |_| true).into_iter().map(|term| lexicon.number(term, &mut counts)).collect();
                ids.sort_unstable();
                ids.dedup();
                for &id in &ids {
                    counts[id as usize] += 1;
                }
                RecordTerms(ids)
            })
            .collect();
        let records_count = records.len().max(1) as f32;
        lexicon.rarity = counts.iter().map(|&count| (1.0 + records_count / count.max(1) as f32).ln()).collect();
        (lexicon, records)
    }

    /// The weighed terms of a question, without the words of the place it names (every record
    /// in that town says the town's name, which says nothing about what the person wants), its
    /// words for time (the ranking matches those to meetings, so "Tuesday" must not favour a
    /// "Tuesday Lunch Club" across town) and its numbers (ages, which the age rule sees to).
    pub fn question(&self, text: &str, place: Option<&str>) -> QuestionTerms {
        let stemmer = Stemmer::create(Algorithm::English);
        let place_terms = place.map(|place| terms(&stemmer, place, |_| true)).unwrap_or_default();
        let mut terms: Vec<(TermId, f32)> = terms(&stemmer, text, |word| !says_when_or_how_many(word))
            .into_iter()
            .filter(|term| !place_terms.contains(term))
            .filter_map(|term| self.ids.get(&term).map(|&id| (id, self.rarity[id as usize])))
            .collect();
        terms.sort_unstable_by_key(|(id, _)| *id);
        terms.dedup_by_key(|(id, _)| *id);
        let total = terms.iter().map(|(_, weight)| weight).sum();
        QuestionTerms { terms, total }
    }

    /// The number of a term, given a new one when first seen.
    fn number(&mut self, term: String, counts: &mut Vec<u32>) -> TermId {
        let next = self.ids.len() as TermId;
        *self.ids.entry(term).or_insert_with(|| {
            counts.push(0);
            next
        })
    }
}

impl RecordTerms {
    /// A record with no terms, for a caller without a lexicon.
    pub const NONE: RecordTerms = RecordTerms(Vec::new());
}

impl QuestionTerms {
    /// A question with no terms: the words then add nothing to any record's score.
    pub const NONE: QuestionTerms = QuestionTerms { terms: Vec::new(), total: 0.0 };

    /// The weighed share of the question's terms the record uses, from 0 to 1; 0 when the
    /// question has no term any record uses.
    pub fn share_in(&self, record: &RecordTerms) -> f32 {
        if self.total <= 0.0 {
            return 0.0;
        }
        let found: f32 = self.terms.iter().filter(|(id, _)| record.0.binary_search(id).is_ok()).map(|(_, weight)| weight).sum();
        found / self.total
    }
}

/// A word (as [`Words`] reads it) that names a time ("tuesdays", "evening", "tonight") or
/// starts with a number ("60s", "15"). Short forms that are also ordinary words ("sun", "wed")
/// stay.
fn says_when_or_how_many(word: &str) -> bool {
    let names_time = match flows::time_word(word) {
        Some(TimeWord::Day { short, .. } | TimeWord::Part { short, .. }) => !short,
        Some(_) => true,
        None => false,
    };
    names_time || word.starts_with(|c: char| c.is_ascii_digit())
}

/// The stemmed terms of the `wanted` words of a text, read as the flows read a message
/// ([`Words`]: lower case, apostrophes dropped): each word that is not a stop word, and each
/// pair of neighbouring words written as one, so "food bank" meets "foodbank" and "walking
/// group" meets "walkinggroup" only as a pair. A word not wanted is passed over, so the words
/// either side of it are neighbours.
fn terms(stemmer: &Stemmer, text: &str, wanted: impl Fn(&str) -> bool) -> Vec<String> {
    let words = Words::new(text);
    let mut terms = Vec::new();
    let mut previous: Option<&str> = None;
    for word in words.tokens().filter(|word| wanted(word)) {
        if let Some(before) = previous {
            terms.push(stemmer.stem(&format!("{before}{word}")).into_owned());
        }
        if STOP_WORDS.contains(&word) {
            previous = None;
        } else {
            terms.push(stemmer.stem(word).into_owned());
            previous = Some(word);
        }
    }
    terms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn share(records: &[&str], question: &str, place: Option<&str>) -> Vec<f32> {
        let (lexicon, terms) = Lexicon::build(records.iter().copied());
        let question = lexicon.question(question, place);
        terms.iter().map(|record| question.share_in(record)).collect()
    }

    #[test]
    fn the_record_using_the_asked_word_shares_most() {
        let records = ["Walking for Health: gentle walks", "Couch to 5K running group", "Community choir group", "Craft group"];
        let shares = share(&records, "any walking groups", None);
        assert!(shares[0] > 0.6, "{shares:?}");
        assert!(shares[1..].iter().all(|&other| other < 0.4), "{shares:?}");
    }

    #[test]
    fn a_rare_word_outweighs_a_common_one() {
        let records = ["Community choir", "Community lunch", "Community garden", "Community cafe"];
        let shares = share(&records, "community choir", None);
        assert!(shares[0] > 0.8 && shares[1] < 0.2, "{shares:?}");
    }

    #[test]
    fn a_compound_meets_its_two_words_and_the_place_named_is_left_out() {
        let records = ["Batley foodbank", "Batley bowls club"];
        let shares = share(&records, "food bank in Batley", Some("Batley"));
        assert!(shares[0] > 0.9 && shares[1] == 0.0, "{shares:?}");
    }

    #[test]
    fn times_and_ages_are_left_to_the_rules_that_read_them() {
        let records = ["Tuesday Lunch Club", "Over 60s Lunch Club", "Knit and natter"];
        let shares = share(&records, "whats on tuesdays for over 60s", None);
        assert_eq!(shares, vec![0.0, 0.0, 0.0]);
        assert!(share(&records, "a lunch club on a tuesday", None)[0] > 0.0);
    }

    #[test]
    fn apostrophes_are_read_as_the_flows_read_them() {
        let records = ["Men\u{2019}s shed", "Knit and natter"];
        assert!(share(&records, "any mens sheds", None)[0] > 0.9);
        assert!(share(&records, "a men's shed", None)[0] > 0.9);
    }

    #[test]
    fn words_no_record_uses_change_nothing() {
        let records = ["Knit and natter", "Men's shed"];
        assert_eq!(share(&records, "szukam grupy", None), vec![0.0, 0.0]);
    }
}
