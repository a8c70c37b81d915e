//! Labelled searches (`tests/directory/queries.jsonl`) and the top-3 precision they are scored
//! by, shared by the ranking's unit test, `frontdoor directory eval` and `directory bench`, so
//! every figure quoted for the search is measured the same way.

use anyhow::{Context, Result};
use nlp::Tag;
use serde::Deserialize;

/// One search a resident might send, with the services that would be a good answer.
#[derive(Debug, Clone, Deserialize)]
pub struct LabelledQuery {
    /// `q01`…, to name a query in a report.
    pub id: String,
    /// The person's words, as they would text them.
    pub text: String,
    /// The place they named, as a gazetteer name.
    pub near: String,
    /// Their age, when the message gives it.
    pub age: Option<u8>,
    /// In a young people's cohort.
    pub youth: bool,
    /// The tags a correct classifier gives the text, as label ids.
    pub tags: Vec<String>,
    /// Ids of every service that would be a good suggestion.
    pub relevant: Vec<String>,
    /// Services to leave out of the search, as if they had closed.
    #[serde(default)]
    pub left_out: Vec<String>,
}

impl LabelledQuery {
    /// The labelled tags as [`Tag`]s; an unknown id is an error, so a typo cannot quietly
    /// weaken the yardstick.
    pub fn tag_values(&self) -> Result<Vec<Tag>> {
        self.tags.iter().map(|id| Tag::from_id(id).with_context(|| format!("{}: unknown tag {id:?}", self.id))).collect()
    }

    /// Makes this the same question asked when none of its good answers is there any more, so
    /// the right answer becomes nothing.
    pub fn leave_out_good_answers(&mut self) {
        self.left_out.append(&mut self.relevant);
    }

    /// Whether any service would be a good answer. When none would (the only match is closed,
    /// stale, not for their age or far away), the right answer is to say so and offer nothing.
    pub fn is_answerable(&self) -> bool {
        !self.relevant.is_empty()
    }

    /// Top-3 precision of one answer: the share of suggestions that are relevant. Saying
    /// nothing scores 0 when a good answer existed, since it helps nobody, and 1 when none did,
    /// since anything offered then is off the point ([`Self::precision_if_nothing_fails`]
    /// scores it 0 as well).
    pub fn precision<'a>(&self, suggested: impl IntoIterator<Item = &'a str>) -> f64 {
        let nothing_scores = if self.is_answerable() { 0.0 } else { 1.0 };
        self.share_relevant(suggested, nothing_scores)
    }

    /// Top-3 precision as the blind sets' writers defined it: an empty answer scores 0 even
    /// when nothing would have been good, which caps a set's figure at its share of
    /// answerable queries.
    pub fn precision_if_nothing_fails<'a>(&self, suggested: impl IntoIterator<Item = &'a str>) -> f64 {
        self.share_relevant(suggested, 0.0)
    }

    /// The share of the suggestions that are relevant, or `nothing_scores` when there are none.
    fn share_relevant<'a>(&self, suggested: impl IntoIterator<Item = &'a str>, nothing_scores: f64) -> f64 {
        let (shown, hits) = suggested.into_iter().fold((0usize, 0usize), |(shown, hits), id| {
            (shown + 1, hits + usize::from(self.relevant.iter().any(|relevant| relevant == id)))
        });
        if shown == 0 {
            nothing_scores
        } else {
            hits as f64 / shown as f64
        }
    }
}

/// Reads JSON Lines of labelled queries (blank lines skipped), naming the line of any error.
pub fn parse_queries(text: &str) -> Result<Vec<LabelledQuery>> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| serde_json::from_str(line).with_context(|| format!("line {}", index + 1)))
        .collect()
}

/// The mean of per-query precisions; 0 for no queries.
pub fn mean(precisions: &[f64]) -> f64 {
    if precisions.is_empty() {
        0.0
    } else {
        precisions.iter().sum::<f64>() / precisions.len() as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(relevant: &[&str]) -> LabelledQuery {
        LabelledQuery {
            id: "q".into(),
            text: String::new(),
            near: "Batley".into(),
            age: None,
            youth: false,
            tags: vec!["music".into()],
            relevant: relevant.iter().map(|id| id.to_string()).collect(),
            left_out: Vec::new(),
        }
    }

    #[test]
    fn precision_is_the_share_of_relevant_suggestions_and_nothing_scores_zero() {
        let labelled = query(&["a", "b"]);
        assert_eq!(labelled.precision(["a", "x", "b"]), 2.0 / 3.0);
        assert_eq!(labelled.precision(["a"]), 1.0);
        assert_eq!(labelled.precision([]), 0.0);
        assert_eq!(labelled.precision_if_nothing_fails(["a", "x"]), 0.5);
        assert_eq!(labelled.precision_if_nothing_fails([]), 0.0);
        assert_eq!(mean(&[1.0, 0.5]), 0.75);
        assert_eq!(mean(&[]), 0.0);
    }

    #[test]
    fn when_nothing_would_be_good_offering_nothing_is_right() {
        let labelled = query(&[]);
        assert_eq!(labelled.precision([]), 1.0);
        assert_eq!(labelled.precision(["x"]), 0.0);
        assert_eq!(labelled.precision_if_nothing_fails([]), 0.0);
        let mut closed = query(&["a"]);
        closed.leave_out_good_answers();
        assert!(!closed.is_answerable());
        assert_eq!(closed.left_out, vec!["a".to_string()]);
    }

    #[test]
    fn lines_are_read_and_bad_tags_are_refused() {
        let text = r#"{"id":"q1","text":"knit","near":"Golcar","age":null,"youth":false,"tags":["arts_crafts"],"relevant":["x"],"relevant_names":["X"]}

{"id":"q2","text":"x","near":"Batley","age":15,"youth":true,"tags":["not_a_tag"],"relevant":[]}"#;
        let queries = parse_queries(text).unwrap();
        assert_eq!(queries.len(), 2);
        assert_eq!(queries[0].tag_values().unwrap(), vec![Tag::ArtsCrafts]);
        assert_eq!(queries[1].age, Some(15));
        assert!(queries[1].tag_values().is_err());
        assert!(parse_queries("{").unwrap_err().to_string().contains("line 1"));
    }
}
