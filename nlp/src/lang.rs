//! Which language a message is in, so the flows can offer someone who speaks it.
//!
//! whatlang names scripts and the languages the examples do not teach; in Latin letters, what the
//! examples teach decides which of the residents' languages a line is in ([`Detector`]). Short
//! texts are where any reader guesses, so English is assumed unless the message clearly is not.

use crate::examples::{read_labelled, Labelled};
use crate::labels::Tag;
use crate::text::{normalise, words};
use crate::NlpError;
use std::collections::HashMap;
use std::path::Path;
use whatlang::{Lang, Script};

/// Common English words, texting spellings included; a message with enough of them is English.
const ENGLISH: &str = "a about after all also am an and any anyone anything anywhere are around as at be because been but by can cant can't could do does dont don't for from get go going got had has have he help her here hi hello him his how i i'm im i've ive if in is it it's its just know like live looking me mum my need near no not now of on one or our out over people please pls round see she so some someone something that the there they this to too u ur very want was we what whats when where who will with would x you your yr thanks thank cheers lol ok yes bus free group club english";
/// Common words of the Latin-script languages residents write in (Spanish, Portuguese,
/// Romanian, Polish, Turkish) that English texts do not use, so a short line of them counts
/// against English even where it shares "me", "a" or "no" with it. Words that are also English
/// or texting ("y", "ya", "em", "cu", "sin", "ben", "al", "la") are left out.
const OTHER_LATIN: &str = "el los las del que una es por con para pero muy todo toda todos todas yo tengo estoy hoy ayer mañana manana quiero mis tus sus donde dónde cuando cómo como porque qué nada más mas también tambien está esta esto eso hay soy sobre entre hasta desde ahora aquí aqui bien gracias hola sí lo le les se nos mi un não nao um ele ela eu meu minha você voce muito tudo isso isto estou hoje ontem amanhã obrigado obrigada olá já agora os das dos na nas ao é nu și si sunt este pentru nie jest się sie że ze bir bu çok cok için icin değil";
/// Languages whatlang names well in Latin letters that the examples do not hold: a reliable
/// answer of one of these (ISO 639-3) stands, so a German or Lithuanian line is not taken for
/// the nearest language the examples teach. Austronesian languages are not among them: whatlang
/// takes Somali and South Asian languages in Latin letters for Tagalog, Javanese or Indonesian;
/// nor is Catalan, which it finds in Spanish.
const EUROPEAN_UNTAUGHT: &str = "fra deu ita nld lit lav ces slk hun swe dan nob fin est slv hrv";
/// How much likelier, in nats, a line must be in another language than in English before it is
/// named as that language. On the development sets a line in another language was at least 117
/// nats likelier in it, and English lines the taught languages fitted better (keyboard mashes,
/// "hiya") at most 40.
const LEAD_OVER_ENGLISH: f32 = 60.0;
/// Smoothing for pieces a language's examples never used.
const UNSEEN: f32 = 0.1;
/// The shortest and longest piece of a word, counting the space before and after it.
const SHORTEST: usize = 1;
const LONGEST: usize = 4;

/// Which language a message is in, with what the labelled examples teach about the languages
/// residents write in Latin letters (naive Bayes over pieces of letters, learnt from their
/// `lang` fields), because word lists and whatlang cannot tell short lines apart: "ma gandesc
/// sa ma arunc de pe pod" is Romanian without its accents, not Somali, and "Necesito ayuda con
/// la factura" is not English. A council that adds examples in a new language teaches it.
#[derive(Debug)]
pub struct Detector {
    /// The languages taught, as written in the examples (two-letter codes).
    languages: Vec<String>,
    /// Per piece of letters, its log probability in each language.
    pieces: HashMap<String, Vec<f32>>,
    /// Per language, the log probability of a piece its examples never used.
    unseen: Vec<f32>,
    /// The index of English in `languages`.
    english: usize,
}

impl Detector {
    /// Learns from every labelled example of a folder that is in Latin letters: its `lang`, or
    /// English when it has none and is not tagged `non_english`.
    pub fn load(examples: &Path) -> Result<Detector, NlpError> {
        let labelled = read_labelled(&[examples.to_owned()])?;
        let lines: Vec<(&str, String)> =
            labelled.iter().filter(|l| in_latin_letters(&l.text)).filter_map(|l| Some((l.text.as_str(), taught_language(l)?))).collect();
        let no_english = || std::io::Error::new(std::io::ErrorKind::InvalidData, "no English examples to tell other languages from");
        Detector::train(&lines).ok_or_else(|| NlpError::io(examples, no_english()))
    }

    /// Counts each language's pieces of letters; `None` without English lines.
    pub fn train(lines: &[(&str, String)]) -> Option<Detector> {
        let mut languages: Vec<String> = lines.iter().map(|(_, code)| code.clone()).collect();
        languages.sort();
        languages.dedup();
        let english = languages.iter().position(|code| code == "en")?;
        let mut counts: HashMap<String, Vec<f32>> = HashMap::new();
        let mut totals = vec![0.0f32; languages.len()];
        for (text, code) in lines {
            let index = languages.iter().position(|c| c == code).unwrap_or(english);
            for piece in pieces(text) {
                counts.entry(piece).or_insert_with(|| vec![0.0; languages.len()])[index] += 1.0;
                totals[index] += 1.0;
            }
        }
        let spread: Vec<f32> = totals.iter().map(|total| total + UNSEEN * counts.len() as f32).collect();
        let log_probability = |count: f32, spread: f32| ((count + UNSEEN) / spread).ln();
        let pieces =
            counts.into_iter().map(|(piece, n)| (piece, n.iter().zip(&spread).map(|(c, s)| log_probability(*c, *s)).collect())).collect();
        let unseen = spread.iter().map(|s| log_probability(0.0, *s)).collect();
        Some(Detector { languages, pieces, unseen, english })
    }

    /// The ISO 639-1 code of the message's language ("en" unless it is clearly something else),
    /// or `None` when it has too few letters to tell.
    pub fn detect(&self, text: &str) -> Option<&str> {
        let normalised = normalise(text);
        let tokens = tokens_of(&normalised);
        if tokens.iter().map(|t| t.chars().filter(|c| c.is_alphabetic()).count()).sum::<usize>() < 3 {
            return None;
        }
        // Naming the script is cheap; the full identification runs only when the words leave it open.
        if whatlang::detect_script(text).is_some_and(|script| script != Script::Latin) {
            if let Some(info) = whatlang::detect(text).filter(|i| i.script() != Script::Latin) {
                return Some(iso_639_1(info.lang()));
            }
        }
        if english_share(&tokens) >= 0.3 {
            return Some("en");
        }
        let info = whatlang::detect(text);
        if let Some(untaught) =
            info.as_ref().filter(|i| i.is_reliable() && EUROPEAN_UNTAUGHT.split(' ').any(|code| code == i.lang().code()))
        {
            return Some(iso_639_1(untaught.lang()));
        }
        if let Some(taught) = (distinct_words(&tokens) >= 2).then(|| self.leader(text)).flatten() {
            return Some(taught);
        }
        let foreign_letters = normalised.chars().any(|c| c.is_alphabetic() && !c.is_ascii() && !"éèêëïîôûç".contains(c));
        let reliable = info.as_ref().filter(|i| i.lang() != Lang::Eng && (foreign_letters || (tokens.len() >= 4 && i.is_reliable())));
        Some(reliable.map_or("en", |i| iso_639_1(i.lang())))
    }

    /// The taught language other than English that fits the line best, when it fits it far
    /// better than English does.
    fn leader(&self, text: &str) -> Option<&str> {
        let mut scores = vec![0.0f32; self.languages.len()];
        for piece in pieces(text) {
            let row = self.pieces.get(&piece).unwrap_or(&self.unseen);
            scores.iter_mut().zip(row).for_each(|(score, p)| *score += p);
        }
        let (best, score) = scores.iter().enumerate().filter(|(i, _)| *i != self.english).max_by(|a, b| a.1.total_cmp(b.1))?;
        (score - scores[self.english] >= LEAD_OVER_ENGLISH).then(|| self.languages[best].as_str())
    }
}

/// How many different words a message has: one word, however long or often said ("la la
/// la", a name such as "Agnieszka"), is too little to name a language by.
fn distinct_words(tokens: &[&str]) -> usize {
    let mut distinct = tokens.to_vec();
    distinct.sort_unstable();
    distinct.dedup();
    distinct.len()
}

/// The language an example teaches: Hindi and Urdu are one spoken language, written alike in
/// Latin letters, so such lines teach Urdu (whose replies, in Latin letters, read right to
/// both); English unless tagged otherwise.
fn taught_language(example: &Labelled) -> Option<String> {
    match example.lang.as_deref().map(|code| code.trim_end_matches("-latn")) {
        Some("hi") => Some("ur".to_owned()),
        Some(code) => Some(code.to_owned()),
        None if example.tags.contains(&Tag::NonEnglish) => None,
        None => Some("en".to_owned()),
    }
}

/// Whether every letter of a line is a Latin one.
pub(crate) fn in_latin_letters(text: &str) -> bool {
    text.chars().filter(|c| c.is_alphabetic()).all(|c| (c as u32) < 0x250)
}

/// The pieces of letters of each word of a line (numbers left out), a space marking where the
/// word starts and ends.
fn pieces(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for word in words(&normalise(text)).iter().filter(|w| !w.text.chars().all(|c| c.is_ascii_digit())) {
        let padded: Vec<char> = format!(" {} ", word.text).chars().collect();
        for length in SHORTEST..=LONGEST {
            found.extend(padded.windows(length).map(|w| w.iter().collect::<String>()).filter(|piece| piece != " "));
        }
    }
    found
}

/// Whether the English model can read a message taken for English: short or unclear texts are
/// taken for English (so the flows answer in it), but a line of four or more words of which
/// fewer than a fifth are common English words ("bunicul a murit de infarct acum cinci ani",
/// a pasted script), or with as many words of another Latin-script language ("me corté el
/// pelo ayer"), is one the model only guesses at, so the safety layer must not let its
/// probability decide alone.
pub fn model_reads(text: &str) -> bool {
    let normalised = normalise(text);
    let tokens = tokens_of(&normalised);
    let short_and_plain = tokens.len() < 4 && share(&tokens, OTHER_LATIN) == 0.0;
    short_and_plain || english_share(&tokens) >= 0.2
}

/// The share of common English words, or 0 when as many words are common in another
/// Latin-script language: "me", "a" and "no" are Spanish and Portuguese too.
fn english_share(tokens: &[&str]) -> f32 {
    let english = share(tokens, ENGLISH);
    if english > share(tokens, OTHER_LATIN) {
        english
    } else {
        0.0
    }
}

/// The words of a normalised message.
fn tokens_of(normalised: &str) -> Vec<&str> {
    words(normalised).iter().map(|w| w.text).collect()
}

/// The share of the words that are in a space-separated word list.
fn share(tokens: &[&str], list: &str) -> f32 {
    tokens.iter().filter(|t| list.split(' ').any(|w| w == **t)).count() as f32 / tokens.len() as f32
}

/// Maps whatlang's ISO 639-3 codes to the two-letter codes the rest of Front Door uses.
fn iso_639_1(lang: Lang) -> &'static str {
    const CODES: [(&str, &str); 69] = [
        ("epo", "eo"),
        ("eng", "en"),
        ("rus", "ru"),
        ("cmn", "zh"),
        ("spa", "es"),
        ("por", "pt"),
        ("ita", "it"),
        ("ben", "bn"),
        ("fra", "fr"),
        ("deu", "de"),
        ("ukr", "uk"),
        ("kat", "ka"),
        ("ara", "ar"),
        ("hin", "hi"),
        ("jpn", "ja"),
        ("heb", "he"),
        ("yid", "yi"),
        ("pol", "pl"),
        ("amh", "am"),
        ("jav", "jv"),
        ("kor", "ko"),
        ("nob", "nb"),
        ("dan", "da"),
        ("swe", "sv"),
        ("fin", "fi"),
        ("tur", "tr"),
        ("nld", "nl"),
        ("hun", "hu"),
        ("ces", "cs"),
        ("ell", "el"),
        ("bul", "bg"),
        ("bel", "be"),
        ("mar", "mr"),
        ("kan", "kn"),
        ("ron", "ro"),
        ("slv", "sl"),
        ("hrv", "hr"),
        ("srp", "sr"),
        ("mkd", "mk"),
        ("lit", "lt"),
        ("lav", "lv"),
        ("est", "et"),
        ("tam", "ta"),
        ("vie", "vi"),
        ("urd", "ur"),
        ("tha", "th"),
        ("guj", "gu"),
        ("uzb", "uz"),
        ("pan", "pa"),
        ("aze", "az"),
        ("ind", "id"),
        ("tel", "te"),
        ("pes", "fa"),
        ("mal", "ml"),
        ("ori", "or"),
        ("mya", "my"),
        ("nep", "ne"),
        ("sin", "si"),
        ("khm", "km"),
        ("tuk", "tk"),
        ("aka", "ak"),
        ("zul", "zu"),
        ("sna", "sn"),
        ("afr", "af"),
        ("lat", "la"),
        ("slk", "sk"),
        ("cat", "ca"),
        ("tgl", "tl"),
        ("hye", "hy"),
    ];
    CODES.iter().find(|(three, _)| *three == lang.code()).map_or("und", |(_, two)| two)
}

#[cfg(test)]
mod tests {
    use super::Detector;
    use std::sync::LazyLock;

    /// The detector taught by the project's own examples.
    static DETECTOR: LazyLock<Detector> =
        LazyLock::new(|| Detector::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/nlp/examples")).unwrap());

    fn detect(text: &str) -> Option<&'static str> {
        DETECTOR.detect(text)
    }

    #[test]
    fn english_and_tiny_texts_are_not_flagged() {
        for text in ["hi", "?", "🍕🍕🍕"] {
            assert_eq!(detect(text), None, "{text}");
        }
        for text in ["sup", "lol ok", "ta ra", "jjjjkkkkk", "anythin on in dewsbury 2moro?", "cheers love 👍", "agent", "pizza"] {
            assert_eq!(detect(text), Some("en"), "{text}");
        }
    }

    #[test]
    fn other_languages_are_flagged_with_their_code() {
        assert_eq!(detect("Nie chcę już żyć, nie widzę sensu."), Some("pl"));
        assert_eq!(detect("لا أريد أن أعيش بعد الآن"), Some("ar"));
        assert_eq!(detect("Mujhe raat ko neend nahi aati, har waqt pareshan rehti hoon"), Some("ur"));
        assert_eq!(detect("Am nevoie de ajutor cu chiria, nu mai am bani nici de mâncare."), Some("ro"));
        assert!(detect("Mulțumesc frumos!").is_some_and(|code| code != "en"), "too short to name, but not English");
        assert_eq!(detect("Dzień dobry"), Some("pl"));
        assert_eq!(detect("Salaan, waxaan raadinayaa koox dumarka ah oo aan la kulmo magaalada Dewsbury"), Some("so"));
        assert_eq!(detect("Kulaylkan maanta wuu i dilayaa"), Some("so"));
    }

    #[test]
    fn lines_without_their_accents_are_named_by_what_the_examples_teach() {
        for (text, code) in [
            ("Necesito ayuda con el alquiler, no me llega el dinero", "es"),
            ("nu mai vreau sa traiesc, azi imi iau viata", "ro"),
            ("ma gandesc sa ma arunc de pe pod", "ro"),
            ("nie chce juz zyc, mam dosc", "pl"),
            ("preciso de ajuda com a renda da casa", "pt"),
            ("annem dustu ve kalkamiyor, nefes almiyor", "tr"),
            ("mujhe apne bete ke school ke baare mein madad chahiye", "ur"),
        ] {
            assert_eq!(detect(text), Some(code), "{text}");
        }
    }

    #[test]
    fn short_texting_and_languages_the_examples_lack_are_not_forced_into_a_taught_one() {
        for text in ["hiya", "kms kms kms", "asdfghjk", "soz running l8", "cheers duck, ta", "la la la", "Agnieszka"] {
            assert_eq!(detect(text), Some("en"), "{text}");
        }
        assert_eq!(detect("Guten Tag, ich suche eine Wandergruppe in der Nähe"), Some("de"));
        assert_eq!(detect("Sveiki, aš ieškau pokalbių grupės netoli namų"), Some("lt"));
    }

    #[test]
    fn a_folder_without_english_teaches_nothing() {
        assert!(Detector::train(&[("dzien dobry", "pl".to_owned())]).is_none());
        let taught = Detector::train(&[("hello there friend", "en".to_owned()), ("dzien dobry przyjacielu", "pl".to_owned())]).unwrap();
        assert_eq!(taught.languages, ["en", "pl"]);
    }

    #[test]
    fn the_model_is_trusted_only_on_lines_it_can_read() {
        for text in [
            "i want to end it all tonight",
            "cant do dis no more",
            "on the bridge now",
            "kms",
            "no one would miss me",
            "me and my mum are looking for a choir",
        ] {
            assert!(super::model_reads(text), "{text}");
        }
        for text in [
            "me corté el pelo ayer",
            "mi perro me sigue a todas partes",
            "ele me segue no instagram e curte tudo",
            "bunicul a murit de infarct acum cinci ani",
            "gorom e more jacchi aaj",
            "nikke hunde nehar ch nahaun jande si",
            "<script>window.x=1</script><img src=x onerror=alert(2)>",
        ] {
            assert!(!super::model_reads(text), "{text}");
        }
    }
}
