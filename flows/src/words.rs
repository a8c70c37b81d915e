//! A message's words as the flows read them without the model: lower case, apostrophes dropped
//! ("don't" reads "dont"), punctuation as spaces, so a short list of phrases can recognise
//! "cheaper", "I can drive" or "weekends instead" however they are typed, and a one-letter slip
//! in a longer word ("wekends", "cheeper") still counts.

/// The shortest word a one-letter slip is forgiven in: shorter words collide too easily.
const SLIP_MIN_LEN: usize = 5;

/// One message, normalised for phrase matching; also the directory's reading of a service's
/// own words (`directory::help`), so both match phrases the same way.
#[derive(Debug, Clone)]
pub struct Words {
    /// The words, single-spaced, with a space at each end so phrases match whole words.
    padded: String,
}

impl Words {
    /// Reads a message.
    pub fn new(text: &str) -> Words {
        let cleaned: String = text
            .chars()
            .filter(|c| !matches!(c, '\'' | '\u{2019}' | '\u{2018}'))
            .map(|c| {
                if c.is_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    ' '
                }
            })
            .collect();
        let joined = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
        Words {
            padded: format!(" {joined} "),
        }
    }

    /// A phrase as [`Words::has`] expects it: "Dial-a-Ride" reads "dial a ride".
    pub fn phrase(text: &str) -> String {
        Words::new(text).tokens().collect::<Vec<_>>().join(" ")
    }

    /// The words in order.
    pub fn tokens(&self) -> impl Iterator<Item = &str> {
        self.padded.split_whitespace()
    }

    /// True when the message contains the phrase as whole words.
    pub fn has(&self, phrase: &str) -> bool {
        self.padded.contains(&format!(" {phrase} "))
    }

    /// True when the message has the word or one a slip away from it ("cheeper").
    pub fn has_like(&self, word: &str) -> bool {
        self.tokens()
            .any(|token| token == word || near_miss(token, word))
    }

    /// True when the message contains any of the phrases.
    pub fn has_any(&self, phrases: &[&str]) -> bool {
        phrases.iter().any(|phrase| self.has(phrase))
    }

    /// How many words the message has.
    pub fn count(&self) -> usize {
        self.tokens().count()
    }
}

/// A place as the person typed it, tidied for the replies when it is all one case: "HOLMFIRTH"
/// and "ripon" read back as "Holmfirth" and "Ripon", postcodes in capitals ("hp19 7ht" as
/// "HP19 7HT"), joining words small ("Newcastle upon Tyne"). A name typed in mixed case is
/// left as written, since the person may know better ("McDonald Road", "St Ives").
pub(crate) fn tidy_place(written: &str) -> String {
    let letters = written.chars().filter(|c| c.is_alphabetic());
    let one_case =
        letters.clone().all(char::is_lowercase) || letters.clone().all(char::is_uppercase);
    if !one_case {
        return written.to_string();
    }
    written
        .split(' ')
        .enumerate()
        .map(|(index, word)| tidy_place_word(index, word))
        .collect::<Vec<_>>()
        .join(" ")
}

/// One word of a place typed in one case: a postcode part in capitals, a joining word small
/// unless it starts the name, any other word with a capital first letter.
fn tidy_place_word(index: usize, word: &str) -> String {
    const JOINING: [&str; 7] = ["upon", "on", "in", "by", "the", "le", "under"];
    let lower = word.to_lowercase();
    if word.chars().any(|c| c.is_ascii_digit()) {
        word.to_uppercase()
    } else if index > 0 && JOINING.contains(&lower.as_str()) {
        lower
    } else {
        let mut chars = lower.chars();
        chars
            .next()
            .map(|first| first.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    }
}

/// True when two words are one word, singular or plural ("minibus" and "minibuses", "dog" and
/// "dogs"), so a question's word is found in a listing that uses the other number.
pub(crate) fn same_word(a: &str, b: &str) -> bool {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let plural = |ending: &str| long.strip_suffix(ending) == Some(short);
    long == short || (short.len() >= 3 && (plural("s") || plural("es")))
}

/// True when `word` is `target` with one letter added, dropped or changed, for words long
/// enough that a slip cannot turn one real word into another.
pub(crate) fn near_miss(word: &str, target: &str) -> bool {
    if word.len() < SLIP_MIN_LEN || target.len() < SLIP_MIN_LEN {
        return false;
    }
    let (a, b): (Vec<char>, Vec<char>) = (word.chars().collect(), target.chars().collect());
    match a.len().abs_diff(b.len()) {
        0 => a.iter().zip(&b).filter(|(x, y)| x != y).count() == 1,
        1 => {
            let (long, short) = if a.len() > b.len() {
                (&a, &b)
            } else {
                (&b, &a)
            };
            let split = long.iter().zip(short).take_while(|(x, y)| x == y).count();
            long[split + 1..] == short[split..]
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_the_same_in_either_number() {
        assert!(same_word("minibus", "minibuses"));
        assert!(same_word("dogs", "dog"));
        assert!(same_word("tea", "tea"));
        assert!(!same_word("as", "a"), "too short to tell");
        assert!(!same_word("tea", "team"));
    }

    #[test]
    fn places_typed_in_one_case_read_back_tidily() {
        assert_eq!(tidy_place("HOLMFIRTH"), "Holmfirth");
        assert_eq!(tidy_place("stoke newington"), "Stoke Newington");
        assert_eq!(tidy_place("hp19 7ht"), "HP19 7HT");
        assert_eq!(tidy_place("NEWCASTLE UPON TYNE"), "Newcastle upon Tyne");
        assert_eq!(tidy_place("McDonald Road"), "McDonald Road");
    }

    #[test]
    fn phrases_match_whole_words_in_any_spelling_of_apostrophes() {
        let words = Words::new("I Don\u{2019}t mind paying, honestly!");
        assert!(words.has("dont mind paying"));
        assert!(!words.has("mind pay"));
    }

    #[test]
    fn one_slip_is_forgiven_in_longer_words_only() {
        assert!(Words::new("cheeper please").has_like("cheaper"));
        assert!(!Words::new("cheeper please").has("cheaper"));
        assert!(!near_miss("money", "mondays"));
    }
}
