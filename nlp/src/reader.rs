//! Everything that turns a message and its embedding into a [`Classification`]: the trained head,
//! the tag rules, the safety layer, the gazetteer and language detection.
//!
//! Kept apart from the embedder so cross-validation can swap heads without reloading anything.

use crate::head::Head;
use crate::labels::{Classification, Route, Tag};
use crate::lang;
use crate::places::{Gazetteer, PlacePoint};
use crate::safety::Safety;
use crate::tag_rules::TagRules;
use crate::NlpError;
use std::collections::BTreeMap;
use std::path::Path;

/// The hand-written knowledge of `content/`: loaded once, shared by every head.
#[derive(Debug)]
pub struct Rules {
    tags: TagRules,
    safety: Safety,
    gazetteer: Gazetteer,
}

impl Rules {
    /// Loads `nlp/tags.txt`, `nlp/safety.txt`, `nlp/ambiguous-places.txt` and `places/places.csv`.
    pub fn load(content_dir: &Path) -> Result<Rules, NlpError> {
        let nlp = content_dir.join("nlp");
        Ok(Rules {
            tags: TagRules::load(&nlp.join("tags.txt"))?,
            safety: Safety::load(&nlp.join("safety.txt"))?,
            gazetteer: Gazetteer::load(&content_dir.join("places").join("places.csv"), &nlp.join("ambiguous-places.txt"))?,
        })
    }

    /// Classifies one message. Without an embedding (the model failed) the safety patterns still
    /// run and the message goes to a person.
    pub fn read(&self, head: &Head, text: &str, embedding: Option<&[f32]>) -> Classification {
        let scores: BTreeMap<Route, f32> = embedding.map(|e| head.route_probabilities(e).into_iter().collect()).unwrap_or_default();
        let crisis_probability = scores.get(&Route::Crisis).copied().unwrap_or(0.0);
        let crisis = self.safety.is_crisis(self.safety.signs(text), crisis_probability);
        let lang = lang::detect(text);
        Classification {
            route: if crisis { Route::Crisis } else { best_route_but_crisis(&scores) },
            tags: self.tags(head, text, embedding, lang),
            place: self.gazetteer.find(text).map(|(written, _)| written),
            crisis,
            lang: lang.map(str::to_owned),
            scores,
        }
    }

    fn tags(&self, head: &Head, text: &str, embedding: Option<&[f32]>, lang: Option<&str>) -> Vec<Tag> {
        let mut tags = self.tags.tags(text);
        tags.extend(embedding.map(|e| head.tags(e)).unwrap_or_default());
        if lang.is_some_and(|code| code != "en") {
            tags.push(Tag::NonEnglish);
        }
        tags.sort();
        tags.dedup();
        tags
    }

    /// The safety layer, for choosing its thresholds from cross-validated predictions.
    pub fn safety(&self) -> &Safety {
        &self.safety
    }

    /// Turns place words into a point (see [`Gazetteer::resolve`]).
    pub fn resolve_place(&self, words: &str) -> Option<PlacePoint> {
        self.gazetteer.resolve(words)
    }
}

/// The most likely route other than crisis: crisis is the safety layer's call alone.
fn best_route_but_crisis(scores: &BTreeMap<Route, f32>) -> Route {
    scores
        .iter()
        .filter(|(route, _)| **route != Route::Crisis)
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map_or(Route::Human, |(route, _)| *route)
}
