//! Words the bot must never send (`content/style/avoid.toml`), each with what to say instead,
//! so a council can extend the list and the content check enforces it.

use serde::Deserialize;

/// One word or phrase to avoid, and the kinder wording to use.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct AvoidRule {
    /// The word or phrase, matched as whole words in any case.
    pub word: String,
    /// What to write instead, shown to whoever edits the copy.
    pub instead: String,
}

/// The whole list, as `avoid.toml` holds it: `[[avoid]] word = "..." instead = "..."`.
#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct AvoidList {
    /// The rules, in file order.
    avoid: Vec<AvoidRule>,
}

impl AvoidList {
    /// The rules a text breaks: a rule's words must appear together, as whole words.
    pub(crate) fn broken_by(&self, text: &str) -> Vec<&AvoidRule> {
        let words = as_words(text);
        self.avoid
            .iter()
            .filter(|rule| words.contains(&as_words(&rule.word)))
            .collect()
    }
}

/// Lower-case words joined by single spaces and padded, so " service user " matches only
/// whole words: "isolated" is found in "Isolated?" but not in "insulated".
fn as_words(text: &str) -> String {
    let words: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect();
    format!(" {} ", words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list() -> AvoidList {
        toml::from_str(
            "[[avoid]]\nword = \"isolated\"\ninstead = \"x\"\n[[avoid]]\nword = \"Service user\"\ninstead = \"y\"\n",
        )
        .expect("valid")
    }

    #[test]
    fn whole_words_in_any_case() {
        let list = list();
        assert_eq!(list.broken_by("Feeling ISOLATED?").len(), 1);
        assert_eq!(list.broken_by("a service-user group").len(), 1);
        assert!(list.broken_by("well insulated, a servicer").is_empty());
    }
}
