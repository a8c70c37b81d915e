//! Text normalisation shared by the word rules, the safety patterns and the place finder.

/// Lower-cases and straightens the quotes and dashes phones put in, and squeezes white space, so
/// that one pattern covers "I’m", "I'm" and "I`m".
pub fn normalise(text: &str) -> String {
    let straightened: String = text
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '`' | '\u{00B4}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            other => other,
        })
        .collect();
    straightened.to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Names that hold alarming words but are not signs of danger ("Hebden Bridge", "Suicide
/// Squad", "Kill Bill"), from a file a council can extend: each is replaced by "something" before
/// the safety patterns look, so only the words around a name can raise a crisis.
#[derive(Debug)]
pub struct NameMask {
    names: Option<regex::Regex>,
}

impl NameMask {
    /// Reads one name a line (`#` starts a comment line).
    pub fn load(path: &std::path::Path) -> Result<NameMask, crate::NlpError> {
        NameMask::new(crate::error::read_text(path)?.lines()).map_err(|(line, message)| crate::NlpError::Format {
            path: path.to_owned(),
            line,
            message,
        })
    }

    /// Builds the mask from names as a person would write them; case and quotes do not matter.
    /// A name of one word is refused (with its one-based line): it would hide that word in every
    /// message, and single words are how danger is said ("jump", "hurt").
    pub fn new<'a>(lines: impl Iterator<Item = &'a str>) -> Result<NameMask, (usize, String)> {
        let mut names = Vec::new();
        for (index, line) in lines.enumerate().map(|(i, l)| (i, l.trim())).filter(|(_, l)| !l.is_empty() && !l.starts_with('#')) {
            let name = normalise(line);
            if name.split(' ').count() < 2 {
                return Err((index + 1, format!("{line:?} is one word; only names of two words or more can be masked")));
            }
            names.push(regex::escape(&name));
        }
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        let pattern = format!(r"\b(?:{})\b", names.join("|"));
        Ok(NameMask { names: (!names.is_empty()).then(|| regex::Regex::new(&pattern).expect("escaped names form a valid pattern")) })
    }

    /// The normalised text with every name replaced by "something".
    pub fn mask<'t>(&self, normalised: &'t str) -> std::borrow::Cow<'t, str> {
        match &self.names {
            Some(names) => names.replace_all(normalised, "something"),
            None => std::borrow::Cow::Borrowed(normalised),
        }
    }
}

/// A word of the original message and where it sits, so matches can be echoed back as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    /// The word as written.
    pub text: &'a str,
    /// Byte offset of its first character.
    pub start: usize,
    /// Byte offset just past its last character.
    pub end: usize,
}

/// Splits a message into words: letters and digits, keeping inner apostrophes and hyphens.
pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut found = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        let inner_joiner =
            (c == '\'' || c == '\u{2019}' || c == '-') && start.is_some() && chars.peek().is_some_and(|(_, next)| next.is_alphanumeric());
        if c.is_alphanumeric() || inner_joiner {
            start.get_or_insert(index);
        } else if let Some(begin) = start.take() {
            found.push(Word { text: &text[begin..index], start: begin, end: index });
        }
    }
    if let Some(begin) = start {
        found.push(Word { text: &text[begin..], start: begin, end: text.len() });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_straightens_quotes_and_case() {
        assert_eq!(normalise("I’m  NOT\tok"), "i'm not ok");
    }

    #[test]
    fn names_are_masked_whole_and_only_whole() {
        let mask = NameMask::new(["# places beyond the gazetteer", "Hebden Bridge", "Suicide Squad", ""].into_iter()).unwrap();
        assert_eq!(mask.mask("off to hebden bridge on saturday"), "off to something on saturday");
        assert_eq!(mask.mask("watched suicide squad again lol"), "watched something again lol");
        assert_eq!(mask.mask("i'm on the bridge"), "i'm on the bridge", "a sign word alone is left for the patterns");
        assert_eq!(NameMask::new(std::iter::empty()).unwrap().mask("the bridge"), "the bridge");
        assert_eq!(NameMask::new(["Hebden Bridge", "Jump"].into_iter()).unwrap_err().0, 2, "one word would hide itself everywhere");
    }

    #[test]
    fn words_keep_inner_apostrophes_and_offsets() {
        let text = "in Dalston'da, near HD8!";
        let found: Vec<&str> = words(text).iter().map(|w| w.text).collect();
        assert_eq!(found, ["in", "Dalston'da", "near", "HD8"]);
        let last = words(text)[3];
        assert_eq!(&text[last.start..last.end], "HD8");
    }
}
