//! A second reader for the languages the sentence model cannot read, of crisis and of routes:
//! logistic regression over the pieces of letters (two to five characters inside each word) of a
//! message, trained on the examples in other languages than English.
//!
//! all-MiniLM-L6-v2 learnt English. Its word pieces cut Urdu, Bengali or Somali into fragments it
//! has no meaning for, so in those languages its crisis probability is a guess and only the
//! hand-written patterns decided. Pieces of letters are what a reader of any script and spelling
//! can learn from a few hundred lines: "khudkushi", "khudkhushi" and "خودکشی" share few words
//! with a pattern but many pieces with the lines it was trained on, and a phrase told a new way
//! still carries the pieces of its words. Measured on development sets in twelve languages that
//! neither the patterns' writers nor this model saw, it found crises the patterns missed at a
//! cost of one or two harmless lines in two hundred (see `content/nlp/README.md`).

use crate::head::{balanced_weights, sigmoid, visiting_order, Adam};
use crate::text::normalise;
use serde::{Deserialize, Serialize};

/// How many weights the pieces are hashed into: enough that the pieces of a few thousand lines
/// in thirteen languages rarely share one, few enough for a small file.
const BUCKETS: usize = 1 << 16;
/// The shortest and longest piece of a word, counting the space before and after it.
const SHORTEST: usize = 2;
const LONGEST: usize = 5;
/// Passes over the training lines.
const EPOCHS: usize = 40;
/// Lines per optimiser step.
const BATCH: usize = 32;
/// Weight decay: with a few thousand lines, strong enough that no single rare piece decides.
const L2: f32 = 1e-4;

/// The trained weights, stored inside `head.json` (see [`crate::head::Head`]).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Letters {
    /// The constant term.
    pub bias: f32,
    /// One weight per bucket of pieces.
    pub weights: Vec<f32>,
}

/// A message's pieces of letters as (bucket, weight) pairs, read once and scored by every reader
/// (the crisis reader and one per route).
#[derive(Debug, Clone, PartialEq)]
pub struct Pieces(Vec<(usize, f32)>);

impl Letters {
    /// Trains on labelled lines, `true` for a crisis. Repeatable: the visiting order is fixed.
    pub fn train(lines: &[(&str, bool)]) -> Letters {
        let features: Vec<Pieces> = lines.iter().map(|(text, _)| Pieces::of(text)).collect();
        let labels: Vec<bool> = lines.iter().map(|(_, crisis)| *crisis).collect();
        Letters::fit(&features, &labels)
    }

    /// Fits the weights to messages already read into pieces, `true` for the kind it learns.
    fn fit(features: &[Pieces], yes: &[bool]) -> Letters {
        let labels: Vec<usize> = yes.iter().map(|y| usize::from(*y)).collect();
        let sample_weights = balanced_weights(&labels, 2);
        let mut parameters = vec![0.0f32; BUCKETS + 1];
        let mut adam = Adam::new(BUCKETS + 1);
        for epoch in 0..EPOCHS {
            for batch in visiting_order(features.len(), epoch).chunks(BATCH) {
                let mut gradient: Vec<f32> = parameters[..BUCKETS].iter().map(|p| L2 * p).chain([0.0]).collect();
                for &i in batch {
                    let score = parameters[BUCKETS] + weighted_sum(&parameters, &features[i].0);
                    let error = sample_weights[i] * (sigmoid(score) - labels[i] as f32) / batch.len() as f32;
                    features[i].0.iter().for_each(|(bucket, value)| gradient[*bucket] += error * value);
                    gradient[BUCKETS] += error;
                }
                adam.update(&mut parameters, &gradient);
            }
        }
        let bias = parameters.pop().unwrap_or(0.0);
        Letters { bias, weights: parameters }
    }

    /// The probability that a message is what this reader was trained to see (a crisis, or one
    /// route), read from its pieces of letters alone.
    pub fn probability(&self, pieces: &Pieces) -> f32 {
        sigmoid(self.bias + weighted_sum(&self.weights, &pieces.0))
    }

    /// Why a stored model cannot be used, if it cannot.
    pub fn check(&self) -> Result<(), String> {
        if self.weights.len() == BUCKETS {
            Ok(())
        } else {
            Err(format!("the letters model has {} weights, expected {BUCKETS}", self.weights.len()))
        }
    }

    /// The same model with weights rounded, so the stored file stays small.
    pub fn rounded(&self, round: impl Fn(f32) -> f32) -> Letters {
        Letters { bias: round(self.bias), weights: self.weights.iter().map(|w| round(*w)).collect() }
    }
}

/// One route's reader of pieces of letters, for choosing the route of a message in another
/// language: the sentence model reads such a message as a guess, so "kya Batley mein koi lunch
/// club hai" could go anywhere, while its pieces ("lunch", "club", "hai") were seen in lines of
/// that route.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct RouteLetters {
    /// The route id.
    pub id: String,
    /// That route against all the others.
    pub letters: Letters,
}

/// Trains one reader per route with enough lines to learn from, each against all the others.
pub fn train_routes(lines: &[(&str, &str)]) -> Vec<RouteLetters> {
    let mut routes: Vec<&str> = lines.iter().map(|(_, route)| *route).collect();
    routes.sort_unstable();
    routes.dedup();
    let features: Vec<Pieces> = lines.iter().map(|(text, _)| Pieces::of(text)).collect();
    routes
        .into_iter()
        .filter(|route| lines.iter().filter(|(_, r)| r == route).count() >= FEWEST_LINES_OF_A_ROUTE)
        .map(|route| {
            let of_route: Vec<bool> = lines.iter().map(|(_, r)| *r == route).collect();
            RouteLetters { id: route.to_owned(), letters: Letters::fit(&features, &of_route) }
        })
        .collect()
}

/// A route with fewer lines than this in other languages gets no reader: it would learn names.
const FEWEST_LINES_OF_A_ROUTE: usize = 20;

/// The weights of a message's pieces, summed by how much of the message each piece is; a bucket
/// past the end of `weights` weighs nothing.
fn weighted_sum(weights: &[f32], features: &[(usize, f32)]) -> f32 {
    features.iter().map(|(bucket, value)| weights.get(*bucket).map_or(0.0, |weight| weight * value)).sum()
}

impl Pieces {
    /// The message's pieces of letters: counts of each piece, scaled to unit length so a long
    /// story and a short text weigh alike.
    pub fn of(text: &str) -> Pieces {
        let mut counts = std::collections::BTreeMap::<usize, f32>::new();
        for word in normalise(text).split(' ').filter(|w| !w.is_empty()) {
            let padded: Vec<char> = format!(" {word} ").chars().collect();
            for length in SHORTEST..=LONGEST {
                if padded.len() <= length {
                    *counts.entry(bucket(&padded)).or_default() += 1.0;
                    break;
                }
                padded.windows(length).for_each(|piece| *counts.entry(bucket(piece)).or_default() += 1.0);
            }
        }
        let length = counts.values().map(|c| c * c).sum::<f32>().sqrt().max(f32::MIN_POSITIVE);
        Pieces(counts.into_iter().map(|(bucket, count)| (bucket, count / length)).collect())
    }
}

/// FNV-1a over the piece's characters: stable across builds and machines, unlike the standard
/// library's hasher, so a stored model means the same everywhere.
fn bucket(piece: &[char]) -> usize {
    let hash = piece.iter().fold(0xcbf2_9ce4_8422_2325u64, |hash, c| (hash ^ u64::from(*c as u32)).wrapping_mul(0x0000_0100_0000_01b3));
    (hash % BUCKETS as u64) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_crisis_words_it_saw_in_new_spellings_and_sentences() {
        let lines = [
            ("mujhe khudkushi karni hai", true),
            ("main khudkushi ke bare mein soch raha hoon", true),
            ("zindagi khatam karna chahta hoon", true),
            ("chcę się zabić dzisiaj", true),
            ("nie chcę już żyć", true),
            ("koi lunch club hai batley mein", false),
            ("mujhe walking group chahiye", false),
            ("szukam chóru w huddersfield", false),
            ("czy jest klub dla seniorów", false),
            ("bahut shukriya aap ka", false),
        ];
        let letters = Letters::train(&lines);
        assert!(letters.probability(&Pieces::of("khudkhushi ka soch rahi hoon")) > 0.5);
        assert!(letters.probability(&Pieces::of("chyba się zabiję")) > 0.5);
        assert!(letters.probability(&Pieces::of("koi choir hai dewsbury mein")) < 0.5);
        assert!(letters.probability(&Pieces::of("szukam klubu książki")) < 0.5);
    }

    #[test]
    fn each_route_reader_learns_its_own_lines_in_any_language() {
        let lines = [
            ("koi lunch club hai batley mein", "find_activity"),
            ("szukam chóru w huddersfield", "find_activity"),
            ("czy jest klub szachowy", "find_activity"),
            ("mujhe bijli ka bill bharne mein madad chahiye", "practical_help"),
            ("nie mam pieniędzy na rachunek za prąd", "practical_help"),
            ("gas ka bill bahut zyada hai madad chahiye", "practical_help"),
        ];
        let many: Vec<(&str, &str)> = lines.iter().copied().cycle().take(FEWEST_LINES_OF_A_ROUTE * 3).collect();
        let routes = train_routes(&many);
        let read =
            |route: &str, text: &str| routes.iter().find(|r| r.id == route).map(|r| r.letters.probability(&Pieces::of(text))).unwrap();
        assert!(read("find_activity", "koi choir club hai dewsbury mein") > read("practical_help", "koi choir club hai dewsbury mein"));
        assert!(read("practical_help", "rachunek za gaz, potrzebuję pomocy") > read("find_activity", "rachunek za gaz, potrzebuję pomocy"));
        assert!(train_routes(&lines).is_empty(), "too few lines of a route to learn from");
    }

    #[test]
    fn pieces_are_unit_length_and_stable() {
        let features = Pieces::of("Chcę  SIĘ zabić").0;
        let length: f32 = features.iter().map(|(_, v)| v * v).sum();
        assert!((length - 1.0).abs() < 1e-5);
        assert_eq!(features, Pieces::of("chcę się zabić").0);
        assert_eq!(bucket(&[' ', 'a']), bucket(&[' ', 'a']));
        assert!(Pieces::of("").0.is_empty());
    }

    #[test]
    fn a_stored_model_of_the_wrong_size_is_refused() {
        assert!(Letters { bias: 0.0, weights: vec![0.0; 3] }.check().is_err());
        assert!(Letters { bias: 0.0, weights: vec![0.0; BUCKETS] }.check().is_ok());
    }
}
