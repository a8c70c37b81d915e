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
    straightened
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
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
        let inner_joiner = (c == '\'' || c == '\u{2019}' || c == '-')
            && start.is_some()
            && chars.peek().is_some_and(|(_, next)| next.is_alphanumeric());
        if c.is_alphanumeric() || inner_joiner {
            start.get_or_insert(index);
        } else if let Some(begin) = start.take() {
            found.push(Word {
                text: &text[begin..index],
                start: begin,
                end: index,
            });
        }
    }
    if let Some(begin) = start {
        found.push(Word {
            text: &text[begin..],
            start: begin,
            end: text.len(),
        });
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
    fn words_keep_inner_apostrophes_and_offsets() {
        let text = "in Dalston'da, near HD8!";
        let found: Vec<&str> = words(text).iter().map(|w| w.text).collect();
        assert_eq!(found, ["in", "Dalston'da", "near", "HD8"]);
        let last = words(text)[3];
        assert_eq!(&text[last.start..last.end], "HD8");
    }
}
