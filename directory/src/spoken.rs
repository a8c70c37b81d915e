//! The languages other than English a group is run in, read from its name, and the ones a person
//! named: a Somali elders' group is no answer for a grandmother who only speaks Turkish, however
//! near it is, and a Turkish-speaking women's group none for someone asking for help in Yiddish.

use flows::Words;

/// Languages residents of UK councils write in or ask for, each with the words that name it or
/// its speakers in a group's name or a message (as [`Words::phrase`] reads them). English is
/// left out: "English conversation café" is for learners of every language.
const LANGUAGES: [(&str, &[&str]); 36] = [
    ("albanian", &["albanian", "shqip"]),
    ("amharic", &["amharic", "ethiopian"]),
    ("arabic", &["arabic", "arab", "arabic speaking"]),
    ("bengali", &["bengali", "bangla", "bangladeshi", "sylheti"]),
    ("bulgarian", &["bulgarian"]),
    ("chinese", &["chinese", "cantonese", "mandarin"]),
    ("czech", &["czech"]),
    ("farsi", &["farsi", "persian", "iranian", "dari"]),
    ("french", &["french", "francophone"]),
    ("greek", &["greek"]),
    ("gujarati", &["gujarati"]),
    ("hebrew", &["hebrew"]),
    ("hindi", &["hindi"]),
    ("hungarian", &["hungarian"]),
    ("italian", &["italian"]),
    ("kurdish", &["kurdish", "kurmanji", "sorani"]),
    ("latvian", &["latvian"]),
    ("lithuanian", &["lithuanian"]),
    ("nepali", &["nepali", "nepalese"]),
    ("pashto", &["pashto", "pashtu"]),
    ("polish", &["polish", "polski", "polska"]),
    ("portuguese", &["portuguese", "brazilian", "portugues"]),
    ("punjabi", &["punjabi", "panjabi"]),
    ("romani", &["romani", "roma"]),
    ("romanian", &["romanian", "romana"]),
    ("russian", &["russian"]),
    ("slovak", &["slovak"]),
    ("somali", &["somali"]),
    ("spanish", &["spanish", "espanol", "latin american", "hispanic"]),
    ("tamil", &["tamil"]),
    ("tigrinya", &["tigrinya", "eritrean"]),
    ("turkish", &["turkish", "turkce", "türkçe"]),
    ("ukrainian", &["ukrainian"]),
    ("urdu", &["urdu"]),
    ("vietnamese", &["vietnamese"]),
    ("yiddish", &["yiddish"]),
];

/// The languages the text names, by id, in the order of [`LANGUAGES`].
pub fn named_in(text: &str) -> Vec<&'static str> {
    let words = Words::new(text);
    LANGUAGES.iter().filter(|(_, names)| words.has_any(names)).map(|(id, _)| *id).collect()
}

/// True when the person named languages, the group's name says it is run in or for speakers of
/// others (`its`: [`named_in`] its name), and none of theirs: offered, it reads as "not for you".
/// A group that names no language is for everyone and stays.
pub fn for_speakers_of_others(theirs: &[&str], its: &[&str]) -> bool {
    !theirs.is_empty() && !its.is_empty() && !its.iter().any(|language| theirs.contains(language))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_is_named_by_its_name_or_its_speakers_in_any_case() {
        assert_eq!(named_in("My nan only speaks TURKISH"), vec!["turkish"]);
        assert_eq!(named_in("anything in Urdu or Punjabi?"), vec!["punjabi", "urdu"]);
        assert_eq!(named_in("Bangladeshi women's sewing group"), vec!["bengali"]);
        assert!(named_in("English conversation café").is_empty());
        assert!(named_in("a walking group in Batley").is_empty());
    }

    #[test]
    fn a_group_for_speakers_of_another_language_is_out_and_one_for_theirs_or_everyone_stays() {
        let somali = named_in("Somali Elders' Group");
        let turkish_kurdish = named_in("Clapton Turkish & Kurdish Women's Group");
        let lunch = named_in("Over 60s Lunch Club");
        assert!(for_speakers_of_others(&["turkish"], &somali));
        assert!(!for_speakers_of_others(&["turkish"], &turkish_kurdish));
        assert!(!for_speakers_of_others(&["kurdish"], &turkish_kurdish));
        assert!(!for_speakers_of_others(&["turkish"], &lunch));
        assert!(!for_speakers_of_others(&[], &somali), "no language named: the audience rules decide");
    }
}
