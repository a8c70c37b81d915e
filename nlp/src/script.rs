//! Hindi, Bengali, Punjabi and Gujarati written in their own scripts, put into Latin letters the
//! way their speakers text them ("मुझे जीना नहीं है" as "mujhe jina nahin hai").
//!
//! The sentence model's vocabulary has almost nothing of these scripts, and its lower-casing
//! strips their vowel signs, so a line in Devanagari reaches it as a few bare consonants. The
//! same words in Latin letters it has learnt from our examples. So every text is put through
//! [`to_latin`] on its way into the model, in training and in use alike, and the safety
//! patterns written for Latin-letter Hindi, Urdu and Punjabi read these scripts too.
//!
//! The four scripts share one layout in Unicode (each a block of 128 with the same letter at the
//! same place), so one table serves them all; only the inherent vowel differs (Bengali says "o").

use std::borrow::Cow;

/// The first code point of each script's block, and the vowel its consonants carry unwritten.
const SCRIPTS: [(u32, &str); 4] = [(0x0900, "a"), (0x0980, "o"), (0x0A00, "a"), (0x0A80, "a")];
/// Code points in a block.
const BLOCK: u32 = 0x80;

/// One letter of a Brahmic script, by what it does in a syllable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Letter {
    /// A consonant, carrying the inherent vowel unless a sign or virama follows.
    Consonant(&'static str),
    /// A vowel written on its own, at the start of a syllable.
    Vowel(&'static str),
    /// A vowel sign, replacing the inherent vowel of the consonant before it.
    Sign(&'static str),
    /// The virama: the consonant before it has no vowel.
    Virama,
    /// A nukta: the consonant before it is a borrowed sound ("ज़" is z).
    Nukta,
    /// Nasal and breath marks, said after the vowel.
    After(&'static str),
    /// A digit or a full stop.
    Plain(&'static str),
    /// Anything else in the block: dropped.
    Silent,
}

/// What the letter at `offset` within a block is, with the few places where the scripts differ:
/// Bengali's khanda ta, and Gurmukhi's tippi (a nasal) and addak (a doubling, not said apart).
fn letter(block: u32, offset: u32) -> Letter {
    use Letter::*;
    match (block, offset) {
        (0x0980, 0x4E) => return Consonant("t"),
        (0x0A00, 0x70) => return After("n"),
        (0x0A00, 0x71) => return Silent,
        _ => {}
    }
    match offset {
        0x01 | 0x02 => After("n"),
        0x03 => After("h"),
        0x05 => Vowel("a"),
        0x06 => Vowel("aa"),
        0x07 | 0x08 => Vowel("i"),
        0x09 | 0x0A => Vowel("u"),
        0x0B => Vowel("ri"),
        0x0D..=0x0F => Vowel("e"),
        0x10 => Vowel("ai"),
        0x11..=0x13 => Vowel("o"),
        0x14 => Vowel("au"),
        0x15..=0x39 => Consonant(CONSONANTS[(offset - 0x15) as usize]),
        0x3C => Nukta,
        0x3E => Sign("a"),
        0x3F | 0x40 => Sign("i"),
        0x41 | 0x42 => Sign("u"),
        0x43 | 0x44 => Sign("ri"),
        0x45..=0x47 => Sign("e"),
        0x48 => Sign("ai"),
        0x49..=0x4B => Sign("o"),
        0x4C => Sign("au"),
        0x4D => Virama,
        0x58 => Consonant("q"),
        0x59 => Consonant("kh"),
        0x5A => Consonant("gh"),
        0x5B => Consonant("z"),
        0x5C => Consonant("r"),
        0x5D => Consonant("rh"),
        0x5E => Consonant("f"),
        0x5F => Consonant("y"),
        0x64 | 0x65 => Plain("."),
        0x66..=0x6F => Plain(DIGITS[(offset - 0x66) as usize]),
        _ => Silent,
    }
}

/// The consonants from ka (offset 0x15) to ha (0x39), as they are texted.
const CONSONANTS: [&str; 37] = [
    "k", "kh", "g", "gh", "n", "ch", "chh", "j", "jh", "n", "t", "th", "d", "dh", "n", "t", "th", "d", "dh", "n", "n", "p", "ph", "b",
    "bh", "m", "y", "r", "r", "l", "l", "l", "v", "sh", "sh", "s", "h",
];
const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

/// The consonants a nukta turns into borrowed sounds (क़ q, ज़ z, ड़ r, ढ़ rh, फ़ f; ख़ and ग़ are
/// written as they were), the two-letter ones first so "dh" is not read as "d".
const NUKTA: [(&str, &str); 5] = [("dh", "rh"), ("ph", "f"), ("k", "q"), ("j", "z"), ("d", "r")];

/// A syllable of a word: its consonants and the vowel said after them.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Syllable {
    consonants: String,
    vowel: Vowel,
    after: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Vowel {
    /// The unwritten vowel, which speech often drops.
    Inherent,
    /// A vowel written with a sign or on its own.
    Written(&'static str),
    /// None: a virama ended the consonants.
    Silent,
}

/// The text with every word of these scripts in Latin letters; other text is left as it is,
/// and a text with none of them is borrowed unchanged.
pub fn to_latin(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| script_of(c).is_some()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 2);
    let mut word: Vec<Syllable> = Vec::new();
    let mut inherent = "a";
    for c in text.chars() {
        let Some((block, vowel)) = script_of(c) else {
            finish_word(&mut word, inherent, &mut out);
            out.push(c);
            continue;
        };
        inherent = vowel;
        match letter(block, c as u32 - block) {
            Letter::Consonant(sound) => add_consonant(&mut word, sound),
            Letter::Vowel(sound) => word.push(Syllable { consonants: String::new(), vowel: Vowel::Written(sound), after: "" }),
            Letter::Sign(sound) => set_vowel(&mut word, Vowel::Written(sound)),
            Letter::Virama => set_vowel(&mut word, Vowel::Silent),
            Letter::Nukta => apply_nukta(&mut word),
            Letter::After(sound) => {
                if let Some(last) = word.last_mut() {
                    last.after = sound;
                }
            }
            Letter::Plain(text) => {
                finish_word(&mut word, inherent, &mut out);
                out.push_str(text);
            }
            Letter::Silent => {}
        }
    }
    finish_word(&mut word, inherent, &mut out);
    Cow::Owned(out)
}

/// The block start and inherent vowel of a letter of the four scripts.
fn script_of(c: char) -> Option<(u32, &'static str)> {
    let code = c as u32;
    SCRIPTS.iter().copied().find(|(start, _)| (*start..*start + BLOCK).contains(&code))
}

/// A consonant joins the one before it when a virama left that one without a vowel ("त्म" is
/// tm); otherwise it starts a syllable.
fn add_consonant(word: &mut Vec<Syllable>, sound: &'static str) {
    match word.last_mut() {
        Some(last) if last.vowel == Vowel::Silent && last.after.is_empty() => {
            last.consonants.push_str(sound);
            last.vowel = Vowel::Inherent;
        }
        _ => word.push(Syllable { consonants: sound.to_string(), vowel: Vowel::Inherent, after: "" }),
    }
}

fn set_vowel(word: &mut [Syllable], vowel: Vowel) {
    if let Some(last) = word.last_mut() {
        last.vowel = vowel;
    }
}

/// Turns the last consonant of the word into its borrowed sound.
fn apply_nukta(word: &mut [Syllable]) {
    let Some(last) = word.last_mut() else {
        return;
    };
    if let Some((plain, borrowed)) = NUKTA.iter().find(|(plain, _)| last.consonants.ends_with(plain)) {
        let start = last.consonants.len() - plain.len();
        last.consonants.replace_range(start.., borrowed);
    }
}

/// Writes a finished word out, dropping the unwritten vowels speech drops: at the end of a word
/// of more than one syllable ("दिल" is dil), and between two consonants when a vowel is said on
/// both sides ("करना" is karna).
fn finish_word(word: &mut Vec<Syllable>, inherent: &'static str, out: &mut String) {
    if word.is_empty() {
        return;
    }
    let mut said: Vec<bool> = word.iter().map(|syllable| syllable.vowel != Vowel::Silent).collect();
    let last = word.len() - 1;
    if last > 0 && word[last].vowel == Vowel::Inherent && word[last].after.is_empty() {
        said[last] = false;
    }
    let mut index = 1;
    while index < last {
        let dropped = word[index].vowel == Vowel::Inherent && word[index].after.is_empty() && said[index - 1] && said[index + 1];
        if dropped {
            said[index] = false;
            index += 2;
        } else {
            index += 1;
        }
    }
    for (syllable, spoken) in word.iter().zip(said) {
        out.push_str(&syllable.consonants);
        if spoken {
            out.push_str(match syllable.vowel {
                Vowel::Written(sound) => sound,
                Vowel::Inherent | Vowel::Silent => inherent,
            });
        }
        out.push_str(syllable.after);
    }
    word.clear();
}

#[cfg(test)]
mod tests {
    use super::to_latin;

    #[test]
    fn hindi_reads_as_it_is_texted() {
        assert_eq!(to_latin("मुझे जीना नहीं है"), "mujhe jina nahin hai");
        assert_eq!(to_latin("मैं मरना चाहता हूँ"), "main marna chahta hun");
        assert_eq!(to_latin("दिल"), "dil");
        assert_eq!(to_latin("ज़िंदगी ख़त्म"), "zindgi khatm");
        assert_eq!(to_latin("आत्महत्या"), "aatmhatya");
    }

    #[test]
    fn the_other_scripts_share_the_table() {
        assert_eq!(to_latin("আমি মরতে চাই"), "aami morte chai", "Bengali, inherent o");
        assert_eq!(to_latin("ਮੈਂ ਮਰਨਾ ਚਾਹੁੰਦਾ ਹਾਂ"), "main marna chahunda han", "Gurmukhi");
        assert_eq!(to_latin("મારે મરવું છે"), "mare marvun chhe", "Gujarati");
    }

    #[test]
    fn other_text_is_left_alone() {
        assert!(matches!(to_latin("I'm fine, thanks"), std::borrow::Cow::Borrowed(_)));
        assert_eq!(to_latin("help मुझे now!"), "help mujhe now!");
        assert_eq!(to_latin("مجھے مدد چاہیے"), "مجھے مدد چاہیے", "Arabic script is not one of these");
        assert_eq!(to_latin("१२३।"), "123.");
    }
}
