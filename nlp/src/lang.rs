//! Which language a message is in, so the flows can offer someone who speaks it.
//!
//! whatlang does the identifying; short texts are where it guesses, so English is assumed unless
//! the message clearly is not: another script, letters English does not use with few English
//! words, or Urdu and Punjabi written in Latin letters and Somali, which whatlang does not know.

use crate::text::{normalise, words};
use whatlang::{Lang, Script};

/// Common English words, texting spellings included; a message with enough of them is English.
const ENGLISH: &str = "a about after all also am an and any anyone anything anywhere are around as at be because been but by can cant can't could do does dont don't for from get go going got had has have he help her here hi hello him his how i i'm im i've ive if in is it it's its just know like live looking me mum my need near no not now of on one or our out over people please pls round see she so some someone something that the there they this to too u ur very want was we what whats when where who will with would x you your yr thanks thank cheers lol ok yes bus free group club english";
/// Common words of the Latin-script languages residents write in (Spanish, Portuguese,
/// Romanian, Polish, Turkish) that English texts do not use, so a short line of them counts
/// against English even where it shares "me", "a" or "no" with it. Words that are also English
/// or texting ("y", "ya", "em", "cu", "sin", "ben", "al", "la") are left out.
const OTHER_LATIN: &str = "el los las del que una es por con para pero muy todo toda todos todas yo tengo estoy hoy ayer mañana manana quiero mis tus sus donde dónde cuando cómo como porque qué nada más mas también tambien está esta esto eso hay soy sobre entre hasta desde ahora aquí aqui bien gracias hola sí lo le les se nos mi un não nao um ele ela eu meu minha você voce muito tudo isso isto estou hoje ontem amanhã obrigado obrigada olá já agora os das dos na nas ao é nu și si sunt este pentru nie jest się sie że ze bir bu çok cok için icin değil";
/// Words of Urdu and Hindi written in Latin letters.
const URDU_LATIN: &str = "hai hain nahi nahin mujhe mera meri mere main mein kya koi ke ki ka se ko hoon hun kar karna chahta chahti aur bhi yahan wahan kaise kahan kisi baat madad bohat bahut achi acha raha rahi zyada waqt neend aati liye shohar bachon ghar";
/// Common Somali words (Somali is written in Latin letters and whatlang does not know it):
/// particles, pronouns and everyday verbs, leaving out any that are English words too ("wax",
/// "dad", "i", "u").
const SOMALI: &str = "waxaan waxan waan aan ayaan baan iyo oo ayaa waa waxa maanta hadda sidee ahay tahay yahay kuu ii iga iska igu kaa magaalada raadinayaa caawin caawiyo caawimaad mahadsanid salaan haa maya walaal hooyo aabe qof dadka koox kooxda meel badan doonayaa rabaa karaa kartaa sidoo kale joogaa guriga carruurta caruurta wuu way waxay ma waxba aniga adiga isaga iyada maxaa xaggee xagee halkee";
/// Words of Punjabi written in Latin letters.
const PUNJABI_LATIN: &str = "ji sat sri akal rehnde ohna nu ch kalle banda jo gallan baatan kol aa angrezi ghatt aundi bapu tussi sanu";

/// The ISO 639-1 code of the message's language ("en" unless it is clearly something else), or
/// `None` when it has too few letters to tell.
pub fn detect(text: &str) -> Option<&'static str> {
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
    let (urdu, punjabi) = (share(&tokens, URDU_LATIN), share(&tokens, PUNJABI_LATIN));
    if urdu.max(punjabi) >= 0.2 {
        return Some(if punjabi > urdu { "pa" } else { "ur" });
    }
    if share(&tokens, SOMALI) >= 0.2 {
        return Some("so");
    }
    let info = whatlang::detect(text);
    let foreign_letters = normalised.chars().any(|c| c.is_alphabetic() && !c.is_ascii() && !"éèêëïîôûç".contains(c));
    let reliable = info.as_ref().filter(|i| i.lang() != Lang::Eng && (foreign_letters || (tokens.len() >= 4 && i.is_reliable())));
    Some(reliable.map_or("en", |i| iso_639_1(i.lang())))
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
    use super::detect;

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
