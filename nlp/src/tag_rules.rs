//! Word rules for tags, where plain words beat the embeddings (ages, "free", "step-free",
//! named languages), read from `content/nlp/tags.txt` so a council can add its own.

use crate::error::read_text;
use crate::labels::Tag;
use crate::text::normalise;
use crate::NlpError;
use regex::Regex;
use std::path::Path;

/// Each rule gives its tag when its pattern matches the normalised message, unless one of the
/// tag's exceptions matches too.
#[derive(Debug)]
pub struct TagRules {
    rules: Vec<(Tag, Regex)>,
    exceptions: Vec<(Tag, Regex)>,
}

impl TagRules {
    /// Loads `tags.txt`: lines of `tag_id: regular expression`, `-tag_id: exception`, `#` comments.
    pub fn load(path: &Path) -> Result<TagRules, NlpError> {
        TagRules::parse(&read_text(path)?).map_err(|(line, message)| NlpError::Format { path: path.to_owned(), line, message })
    }

    /// Parses the text of a tag-rule file; errors carry the one-based line number.
    pub fn parse(text: &str) -> Result<TagRules, (usize, String)> {
        let mut rules = TagRules { rules: Vec::new(), exceptions: Vec::new() };
        for (index, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            match line.strip_prefix('-') {
                Some(exception) => rules.exceptions.push(parse_rule(exception).map_err(|m| (index + 1, m))?),
                None => rules.rules.push(parse_rule(line).map_err(|m| (index + 1, m))?),
            }
        }
        Ok(rules)
    }

    /// The tags whose rules match, with the ones proposed otherwise (the model's), each once,
    /// less any an exception rules out for this message, whoever proposed it: "walking
    /// football" is sport and "I can't walk far" no wish to walk, whether a word rule or the
    /// model reads a walk in them.
    pub fn tags(&self, text: &str, mut proposed: Vec<Tag>) -> Vec<Tag> {
        let text = normalise(text);
        let excepted = matching(&self.exceptions, &text);
        proposed.extend(matching(&self.rules, &text));
        proposed.retain(|tag| !excepted.contains(tag));
        proposed.sort();
        proposed.dedup();
        proposed
    }
}

/// The tags of the rules whose patterns match the normalised text.
fn matching(list: &[(Tag, Regex)], text: &str) -> Vec<Tag> {
    list.iter().filter(|(_, rule)| rule.is_match(text)).map(|(tag, _)| *tag).collect()
}

fn parse_rule(line: &str) -> Result<(Tag, Regex), String> {
    let (id, pattern) = line.split_once(':').ok_or("expected `tag_id: pattern`")?;
    let tag = Tag::from_id(id.trim()).ok_or_else(|| format!("unknown tag {:?}", id.trim()))?;
    let regex = Regex::new(pattern.trim()).map_err(|e| e.to_string())?;
    Ok((tag, regex))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_give_their_tags_once_and_bad_lines_are_refused() {
        let rules = TagRules::parse("free_cost: \\bfree\\b\nfree_cost: \\bcheap\\b\nmusic: \\bchoir\n-free_cost: step-free").unwrap();
        assert_eq!(rules.tags("Free or CHEAP choirs?", Vec::new()), vec![Tag::Music, Tag::FreeCost]);
        assert_eq!(rules.tags("a step-free choir", Vec::new()), vec![Tag::Music]);
        assert_eq!(TagRules::parse("# ok\nnot_a_tag: x").unwrap_err().0, 2);
    }

    /// The content's own rules: not being able to walk far is no wish to walk.
    #[test]
    fn a_walk_someone_cannot_take_is_ruled_out() {
        let rules = TagRules::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/nlp/tags.txt")).unwrap();
        for text in ["I CANT WALK FAR AND I DONT HAVE A CAR", "I can't really walk now, on a walking frame"] {
            assert!(!rules.tags(text, Vec::new()).contains(&Tag::WalkingOutdoors), "{text}");
            assert!(
                !rules.tags(text, vec![Tag::WalkingOutdoors]).contains(&Tag::WalkingOutdoors),
                "the model's walk is taken back too: {text}"
            );
        }
        assert!(rules.tags("I love walking but can't go far", Vec::new()).contains(&Tag::WalkingOutdoors));
    }

    #[test]
    fn words_are_read_as_meant_booking_is_no_wish_to_read_and_plurals_count() {
        let rules = TagRules::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/nlp/tags.txt")).unwrap();
        for text in ["do I need to book?", "can I book a place?", "is booking essential", "should we pre-book"] {
            assert!(!rules.tags(text, vec![Tag::BooksLearning]).contains(&Tag::BooksLearning), "{text}");
        }
        for text in ["any book clubs near me?", "I love a good book", "somewhere to swap books"] {
            assert!(rules.tags(text, Vec::new()).contains(&Tag::BooksLearning), "{text}");
        }
        assert!(rules.tags("he likes brass bands and crosswords", Vec::new()).contains(&Tag::Music), "a plural is the interest too");
    }
}
