//! The safety layer: crisis signs from phrase patterns a person wrote with care, combined with
//! the model's crisis probability and biased towards safety (`content/nlp/safety.txt`).

use crate::error::read_text;
use crate::text::normalise;
use crate::{Danger, NlpError};
use regex::Regex;
use std::path::Path;

/// What the patterns found in one message, before the model's view is weighed in. Calm words
/// ("used to", "I'm safe now", "dying for a brew") calm only the signs in their own sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Signs {
    /// Sentences with a sign of danger on its own (a plan, an act, violence or an emergency now)
    /// and no calm words.
    pub strong: usize,
    /// Sentences with only worrying words that ordinary talk uses too, and no calm words.
    pub weak: usize,
    /// Sentences with a sign, strong or weak, that calm words put in the past or make a figure
    /// of speech.
    pub calmed: usize,
    /// The message has calm words somewhere.
    pub calm_words: bool,
    /// The kind of danger the first uncalmed strong sign shows.
    pub danger: Option<Danger>,
    /// A sentence without calm words says goodbye for good, thanks for everything or asks
    /// forgiveness (`farewell:` lines).
    pub farewell: bool,
    /// A sentence without calm words puts things in order: belongings or a pet given away, debts
    /// paid, "won't be needing" things (`preparing:` lines).
    pub preparing: bool,
}

impl Signs {
    /// Whether the two halves of a farewell are both here: each is everyday talk alone ("thanks
    /// for everything", "gave the cat to my sister"), together they are how people in every
    /// language say goodbye before taking their life.
    pub fn parting(&self) -> bool {
        self.farewell && self.preparing
    }

    /// The reading with more signs of danger (strong ones first), for one message read two ways.
    pub fn stronger(self, other: Signs) -> Signs {
        let weight = |signs: &Signs| (signs.strong, signs.weak, signs.parting());
        if weight(&other) > weight(&self) {
            other
        } else {
            self
        }
    }
}
/// The model's crisis probability from which a reading of danger with no sign in the words
/// is taken as near-certain: the full urgent reply, not the gentle check, and the kind of danger
/// the head reads. On the development sets (held-out 3 to 7), 289 crises in English and one
/// harmless line ("my nan says she'll kill me if...") reached it; below it, 63 crises and 4
/// harmless lines.
pub const NEAR_CERTAIN: f32 = 0.95;

/// The loaded patterns and thresholds.
#[derive(Debug)]
pub struct Safety {
    strong: Vec<Regex>,
    /// The kind of danger each strong pattern shows, in the same order.
    strong_kinds: Vec<Danger>,
    /// The kind set by the last `kind:` line of the file being read.
    reading_kind: Danger,
    weak: Vec<Regex>,
    calm: Vec<Regex>,
    farewell: Vec<Regex>,
    preparing: Vec<Regex>,
    model_alone: f32,
    calm_model_alone: f32,
    with_sign: f32,
    calmed_sign: f32,
    context_with_sign: f32,
    context_alone: f32,
    context_calm: f32,
    other_language: f32,
    other_language_readers: f32,
}

/// Whether the model was trained on a message's language. It reads English; in another language
/// its crisis probability is a guess (harmless lines there score as high as crises), so only a
/// strong sign or a near-certain model decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    /// English, or too short to tell: the model's probability weighs the signs.
    English,
    /// Another language: the `other_language` threshold applies to everything but a strong sign.
    Other,
}

impl Language {
    /// The language of a message from its detected ISO 639-1 code (`None` when too short to tell).
    pub fn of(code: Option<&str>) -> Language {
        if code.is_none_or(|code| code == "en") {
            Language::English
        } else {
            Language::Other
        }
    }
}

impl Safety {
    /// Loads `safety.txt` and then every `.txt` file of the `more` folder (patterns only: one
    /// file per language or per kind of sign, so each can be written by someone who knows it).
    /// Every line is checked so a typo cannot silently switch a pattern off.
    pub fn load(path: &Path, more: &Path) -> Result<Safety, NlpError> {
        let format_error = |path: &Path, (line, message): (usize, String)| NlpError::Format { path: path.to_owned(), line, message };
        let mut safety = Safety::parse(&read_text(path)?).map_err(|e| format_error(path, e))?;
        for file in pattern_files(more)? {
            safety.read_patterns(&read_text(&file)?).map_err(|e| format_error(&file, e))?;
        }
        Ok(safety)
    }

    /// Parses the text of a safety file; errors carry the one-based line number.
    pub fn parse(text: &str) -> Result<Safety, (usize, String)> {
        let mut safety = Safety {
            strong: vec![],
            strong_kinds: vec![],
            reading_kind: Danger::Harm,
            weak: vec![],
            calm: vec![],
            farewell: vec![],
            preparing: vec![],
            model_alone: f32::NAN,
            calm_model_alone: f32::NAN,
            with_sign: f32::NAN,
            calmed_sign: f32::NAN,
            context_with_sign: f32::NAN,
            context_alone: f32::NAN,
            context_calm: f32::NAN,
            other_language: f32::NAN,
            other_language_readers: f32::NAN,
        };
        for (index, line) in meaningful_lines(text) {
            safety.read_line(line, true).map_err(|message| (index + 1, message))?;
        }
        let unset: Vec<&str> = THRESHOLDS.iter().copied().filter(|name| safety.threshold_named(name).is_some_and(|t| t.is_nan())).collect();
        if !unset.is_empty() {
            return Err((1, format!("thresholds must be set: {}", unset.join(", "))));
        }
        Ok(safety)
    }

    /// The threshold of this name in `safety.txt`, so reading the file and checking that every
    /// one is set go by the one list, [`THRESHOLDS`].
    fn threshold_named(&mut self, name: &str) -> Option<&mut f32> {
        Some(match name {
            "model_alone" => &mut self.model_alone,
            "calm_model_alone" => &mut self.calm_model_alone,
            "with_sign" => &mut self.with_sign,
            "calmed_sign" => &mut self.calmed_sign,
            "context_with_sign" => &mut self.context_with_sign,
            "context_alone" => &mut self.context_alone,
            "context_calm" => &mut self.context_calm,
            "other_language" => &mut self.other_language,
            "other_language_readers" => &mut self.other_language_readers,
            _ => return None,
        })
    }

    /// Adds the patterns of a further file, which may not set thresholds.
    fn read_patterns(&mut self, text: &str) -> Result<(), (usize, String)> {
        self.reading_kind = Danger::Harm;
        for (index, line) in meaningful_lines(text) {
            self.read_line(line, false).map_err(|message| (index + 1, message))?;
        }
        Ok(())
    }

    fn read_line(&mut self, line: &str, thresholds_allowed: bool) -> Result<(), String> {
        if let Some((key, value)) = line.split_once('=').filter(|(k, _)| !k.contains(':')) {
            if !thresholds_allowed {
                return Err("thresholds belong in safety.txt itself".into());
            }
            let number: f32 = value.trim().parse().map_err(|_| format!("{:?} is not a number", value.trim()))?;
            let threshold = self.threshold_named(key.trim()).ok_or_else(|| format!("unknown threshold {:?}", key.trim()))?;
            *threshold = number;
            return Ok(());
        }
        let (kind, pattern) = line.split_once(':').ok_or("expected `strong:`, `weak:`, `calm:`, `farewell:`, `preparing:` or `kind:`")?;
        if kind.trim() == "kind" {
            self.reading_kind = danger_named(pattern.trim())?;
            return Ok(());
        }
        let regex = Regex::new(pattern.trim()).map_err(|e| e.to_string())?;
        match kind.trim() {
            "strong" => {
                self.strong.push(regex);
                self.strong_kinds.push(self.reading_kind);
            }
            "weak" => self.weak.push(regex),
            "calm" => self.calm.push(regex),
            "farewell" => self.farewell.push(regex),
            "preparing" => self.preparing.push(regex),
            other => return Err(format!("unknown kind {other:?}")),
        }
        Ok(())
    }

    /// Counts the sentences with signs in a message. Calm words only calm the signs of their own
    /// sentence: "I moved here last year... I've started looking up ways to kill myself" stays
    /// strong.
    pub fn signs(&self, text: &str) -> Signs {
        let text = normalise(text);
        let matches = |patterns: &[Regex], sentence: &str| patterns.iter().any(|p| p.is_match(sentence));
        let mut signs = Signs { calm_words: matches(&self.calm, &text), ..Signs::default() };
        let mut sentences: Vec<&str> = text.split(['.', '!', '?', '\n', ';']).filter(|s| !s.trim().is_empty()).collect();
        let spans_sentences = |patterns: &[Regex]| matches(patterns, &text) && !sentences.iter().any(|s| matches(patterns, s));
        if spans_sentences(&self.strong) || spans_sentences(&self.weak) {
            // "Mum passed in May. I just want to be with her": read the message as one sentence.
            sentences.push(&text);
        }
        for sentence in sentences {
            let strong_kind = self.kind_of(sentence);
            let (farewell, preparing) = (matches(&self.farewell, sentence), matches(&self.preparing, sentence));
            let (strong, weak) = (strong_kind.is_some(), farewell || preparing || matches(&self.weak, sentence));
            match (strong || weak, matches(&self.calm, sentence)) {
                (false, _) => {}
                (true, true) => signs.calmed += 1,
                (true, false) => {
                    signs.farewell |= farewell;
                    signs.preparing |= preparing;
                    if strong {
                        signs.strong += 1;
                        signs.danger = signs.danger.or(strong_kind);
                    } else {
                        signs.weak += 1;
                    }
                }
            }
        }
        if signs.parting() {
            signs.strong += 1;
            signs.danger = signs.danger.or(Some(Danger::Harm));
        }
        signs
    }

    /// Whether a message completes a farewell begun in the person's last few messages: "thank
    /// you for everything, goodbye" after "the dog's gone to my sister" ends a parting told over
    /// several messages. The message must hold one half itself, so the lines after a parting are
    /// not each read as a new one. `window` reads the signs of the message with the earlier
    /// ones, only when the message holds a half, so most messages never pay for it.
    pub fn completes_parting(&self, own: Signs, window: impl FnOnce() -> Signs) -> bool {
        (own.farewell || own.preparing) && window().parting()
    }

    /// The kind of danger the strong patterns a sentence matches show, `None` when none does:
    /// a medical emergency before anything else (a deep cut that will not stop bleeding needs
    /// an ambulance first), else the first pattern's.
    fn kind_of(&self, sentence: &str) -> Option<Danger> {
        let mut kinds = self.strong.iter().zip(&self.strong_kinds).filter(|(pattern, _)| pattern.is_match(sentence)).map(|(_, kind)| *kind);
        let first = kinds.next()?;
        Some(if kinds.any(|kind| kind == Danger::Medical) { Danger::Medical } else { first })
    }

    /// Decides whether a message is a crisis, given its signs, its language and the model's
    /// crisis probability: the fewer and calmer the signs, the surer the model must be.
    pub fn is_crisis(&self, signs: Signs, language: Language, crisis_probability: f32) -> bool {
        crisis_probability >= self.threshold(signs, language)
    }

    /// Whether the person's conversation lets a reading of the model alone stand: a line with no
    /// sign at all ("daytime please, I don't go out after dark") is a crisis only when the
    /// conversation read as a whole reaches at least `context_calm` too, so an answer to "when
    /// suits you?" after asking for a choir is not. Any sign, strong or weak, is never calmed
    /// this way, nor a line the model reads as a crisis near-certainly (`context_alone`): "I've
    /// had a fall and can't get up" after asking for a lunch club must not be calmed by the
    /// lunch club.
    pub fn context_allows(&self, signs: Signs, own_probability: f32, window_probability: f32) -> bool {
        signs.strong > 0 || signs.weak > 0 || own_probability >= self.context_alone || window_probability >= self.context_calm
    }

    /// Decides a message whose own reading was not a crisis, with the crisis probability of the
    /// message read together with the person's earlier ones: a weak sign now ("on the bridge")
    /// after earlier low mood is a crisis when the conversation as a whole reads as one, and in
    /// English any line is when the conversation reads as one near-certainly ("sorted the will
    /// too" after "the dog's going to my sister"): a farewell told over several messages has no
    /// sign in its last line. With no sign the kind stays unsure, so the person gets the gentle
    /// check and a navigator, not the full urgent reply.
    pub fn is_crisis_in_context(&self, signs: Signs, language: Language, window_probability: f32) -> bool {
        match language {
            Language::English => {
                (signs.weak > 0 && window_probability >= self.context_with_sign) || window_probability >= self.context_alone
            }
            Language::Other => signs.weak > 0 && window_probability >= self.other_language,
        }
    }

    /// Whether, in another language than English, the readers of crisis read together see
    /// danger: the reader of pieces of letters (see [`crate::letters`]), which needs no sentence
    /// model and so always reads, with the others that read (`None` when missing or failed):
    /// the model (the sentence model on one message, the conversation's own crisis reader on the
    /// last few read together) and the reader of meaning (see the `multilingual` module). Their
    /// log-odds are averaged, each held within [`MOST_SURE`], and the mean must reach the
    /// log-odds of `other_language_readers`.
    ///
    /// Each reads something different (pieces of letters, the word pieces the English model
    /// knows, meaning across languages), and each alone reads the idioms of a language ("the
    /// heat is killing me", "my mum will kill me") much as crises, so one sure reader is a guess
    /// and all of them leaning together rarely is; a crisis told in words none was sure of ("I
    /// can't manage any longer, tomorrow I won't be here any more" in Polish) is still caught.
    /// The letters decide alone only when the others are down.
    pub fn readers_agree(&self, language: Language, letters: f32, others: &[Option<f32>]) -> bool {
        let (sum, count) = summed_log_odds(letters, others);
        language == Language::Other && sum / count >= log_odds(self.other_language_readers)
    }

    /// Whether one more reading could change what [`Safety::readers_agree`] decides from these,
    /// whatever it says: the reader of meaning costs tens of milliseconds a message, so it is
    /// asked only then.
    pub fn another_reading_could_decide(&self, language: Language, letters: f32, others: &[Option<f32>]) -> bool {
        let (sum, count) = summed_log_odds(letters, others);
        let most = (sum + log_odds(MOST_SURE)) / (count + 1.0);
        let least = (sum - log_odds(MOST_SURE)) / (count + 1.0);
        let bar = log_odds(self.other_language_readers);
        language == Language::Other && least < bar && most >= bar
    }

    /// The crisis probability the model must reach for a message with these signs (zero when a
    /// strong sign decides on its own).
    pub fn threshold(&self, signs: Signs, language: Language) -> f32 {
        if signs.strong > 0 {
            0.0
        } else if language == Language::Other {
            self.other_language
        } else if signs.weak > 0 {
            self.with_sign
        } else if signs.calmed > 0 {
            self.calmed_sign
        } else if signs.calm_words {
            self.calm_model_alone
        } else {
            self.model_alone
        }
    }
}

/// Every threshold `safety.txt` must set.
const THRESHOLDS: [&str; 9] = [
    "model_alone",
    "calm_model_alone",
    "with_sign",
    "calmed_sign",
    "context_with_sign",
    "context_alone",
    "context_calm",
    "other_language",
    "other_language_readers",
];

/// The surest any one reader of another language is taken to be (99 in 100), so no reader's
/// certainty outvotes the others on its own.
pub const MOST_SURE: f32 = 0.99;

/// The sum of the log-odds of the letters' reading and of the other readings there are, and how
/// many were summed.
fn summed_log_odds(letters: f32, others: &[Option<f32>]) -> (f32, f32) {
    let present: Vec<f32> = others.iter().flatten().copied().collect();
    (log_odds(letters) + present.iter().map(|p| log_odds(*p)).sum::<f32>(), 1.0 + present.len() as f32)
}

/// The log-odds of a probability held within [`MOST_SURE`] either way.
fn log_odds(probability: f32) -> f32 {
    let p = probability.clamp(1.0 - MOST_SURE, MOST_SURE);
    (p / (1.0 - p)).ln()
}

/// The lines of a safety file that say something, with their zero-based index.
fn meaningful_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().map(str::trim).enumerate().filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
}

/// The `.txt` files of a folder of further patterns, in name order; no folder means none.
fn pattern_files(folder: &Path) -> Result<Vec<std::path::PathBuf>, NlpError> {
    let Ok(entries) = std::fs::read_dir(folder) else { return Ok(Vec::new()) };
    let mut files: Vec<_> =
        entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
    files.sort();
    Ok(files)
}

/// A `kind:` line's danger, by its id.
fn danger_named(id: &str) -> Result<Danger, String> {
    Danger::named(id).ok_or_else(|| format!("unknown kind of danger {id:?}: harm, abuse or medical"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "model_alone = 0.6\ncalm_model_alone = 0.9\nwith_sign = 0.2\ncalmed_sign = 0.4\ncontext_with_sign = 0.5\ncontext_alone = 0.9\ncontext_calm = 0.45\nother_language = 0.9\nother_language_readers = 0.8\n# comment\nstrong: \\bkill myself\\b\nweak: \\bcan'?t cope\\b\ncalm: \\bused to\\b\n";

    #[test]
    fn strong_signs_win_unless_calm_words_need_the_model() {
        let safety = Safety::parse(SAMPLE).unwrap();
        assert!(safety.is_crisis(safety.signs("I want to KILL MYSELF"), Language::English, 0.0));
        let past = safety.signs("I used to want to kill myself");
        assert!(!safety.is_crisis(past, Language::English, 0.3));
        assert!(safety.is_crisis(past, Language::English, 0.5));
        let now = safety.signs("I used to love it here. Now I want to kill myself");
        assert!(safety.is_crisis(now, Language::English, 0.0), "calm words in another sentence do not calm");
    }

    #[test]
    fn weak_signs_need_the_model_and_no_signs_need_more_of_it() {
        let safety = Safety::parse(SAMPLE).unwrap();
        assert!(!safety.is_crisis(safety.signs("I can’t cope"), Language::English, 0.1));
        assert!(safety.is_crisis(safety.signs("I can’t cope"), Language::English, 0.25));
        assert!(!safety.is_crisis(safety.signs("hello"), Language::English, 0.5));
        assert!(safety.is_crisis(safety.signs("hello"), Language::English, 0.7));
        assert!(!safety.is_crisis(safety.signs("I used to live there"), Language::English, 0.7), "calm words ask more of the model");
        assert!(safety.is_crisis(safety.signs("I used to live there"), Language::English, 0.95));
    }

    /// A line with no sign needs the conversation to read as a crisis too; a sign, strong or
    /// weak, is never calmed by a calm conversation.
    #[test]
    fn a_calm_conversation_calms_only_a_line_with_no_sign() {
        let safety = Safety::parse(SAMPLE).unwrap();
        let nothing = safety.signs("daytime please, I don't go out after dark");
        assert!(!safety.context_allows(nothing, 0.6, 0.4), "context_calm, not calmed_sign, is the conversation's bar");
        assert!(safety.context_allows(nothing, 0.6, 0.45));
        assert!(safety.context_allows(nothing, 0.95, 0.0), "a near-certain reading stands");
        assert!(safety.context_allows(safety.signs("I can't cope"), 0.2, 0.0));
        assert!(safety.context_allows(safety.signs("I want to kill myself"), 0.0, 0.0));
    }

    /// In another language the readers decide together: their mean log-odds against the
    /// threshold's, never one reader alone, and never in English, which the sentence model reads.
    #[test]
    fn in_another_language_the_readers_leaning_together_decide() {
        let safety = Safety::parse(SAMPLE).unwrap();
        assert!(safety.readers_agree(Language::Other, 0.81, &[Some(0.81), Some(0.81)]));
        assert!(!safety.readers_agree(Language::Other, 0.79, &[Some(0.79), Some(0.79)]), "all short of the bar");
        assert!(safety.readers_agree(Language::Other, 0.9, &[Some(0.5), Some(0.9)]), "one unsure, two leaning");
        assert!(!safety.readers_agree(Language::Other, 0.9, &[Some(0.05), Some(0.9)]), "one reading clearly calm");
        assert!(
            !safety.readers_agree(Language::Other, 0.3, &[Some(1.0), Some(0.3)]),
            "no reader is surer than 0.99, so a certain one does not outvote two calm ones"
        );
        assert!(safety.readers_agree(Language::Other, 0.81, &[Some(0.81), None]), "a missing reader is left out");
        assert!(safety.readers_agree(Language::Other, 0.81, &[None, None]), "the letters alone when the others are down");
        assert!(!safety.readers_agree(Language::Other, 0.79, &[None, None]));
        assert!(!safety.readers_agree(Language::English, 0.99, &[Some(0.99), Some(0.99)]), "English has its own thresholds");
    }

    /// The reader of meaning is asked only when its reading could change the outcome either way.
    #[test]
    fn another_reading_is_asked_only_when_it_could_decide() {
        let safety = Safety::parse(SAMPLE).unwrap();
        assert!(safety.another_reading_could_decide(Language::Other, 0.8, &[Some(0.8)]), "a calm third could undo it");
        assert!(safety.another_reading_could_decide(Language::Other, 0.7, &[Some(0.6)]), "a sure third could make it");
        assert!(!safety.another_reading_could_decide(Language::Other, 0.3, &[Some(0.05)]), "too calm for any third");
        assert!(!safety.another_reading_could_decide(Language::Other, 0.999, &[Some(0.995)]), "too sure for any third");
        assert!(!safety.another_reading_could_decide(Language::English, 0.8, &[Some(0.8)]));
    }

    #[test]
    fn in_another_language_only_a_strong_sign_or_a_near_certain_model_decides() {
        let safety = Safety::parse(SAMPLE).unwrap();
        assert!(safety.is_crisis(safety.signs("kill myself"), Language::Other, 0.0));
        assert!(!safety.is_crisis(safety.signs("can't cope"), Language::Other, 0.8), "a weak sign the model cannot weigh");
        assert!(!safety.is_crisis(safety.signs("hello"), Language::Other, 0.8));
        assert!(safety.is_crisis(safety.signs("hello"), Language::Other, 0.95));
        assert!(!safety.is_crisis_in_context(safety.signs("can't cope"), Language::Other, 0.8));
        assert!(safety.is_crisis_in_context(safety.signs("can't cope"), Language::English, 0.8));
        assert_eq!(
            (Language::of(Some("pl")), Language::of(Some("en")), Language::of(None)),
            (Language::Other, Language::English, Language::English)
        );
    }

    #[test]
    fn calm_words_calm_weak_signs_in_their_own_sentence_only() {
        let safety = Safety::parse(SAMPLE).unwrap();
        let past = safety.signs("I used to think I can't cope. Now I want to join a choir");
        assert_eq!((past.weak, past.calmed), (0, 1));
        assert!(!safety.is_crisis(past, Language::English, 0.3), "a calmed sign asks more of the model than a sign now");
        assert!(safety.is_crisis(past, Language::English, 0.45));
        let now = safety.signs("I used to love this town. I can't cope");
        assert_eq!((now.weak, now.calmed), (1, 0));
        assert!(safety.is_crisis(now, Language::English, 0.25));
        let spanning = Safety::parse(&format!("{SAMPLE}strong: died.{{0,20}}be with her\n")).unwrap();
        assert_eq!(spanning.signs("Mum died. I want to be with her").strong, 1, "a sign across sentences still counts");
    }

    #[test]
    fn mistakes_name_their_line() {
        let error = Safety::parse("model_alone = 0.5\ncalm_model_alone = 0.9\nwith_sign = 0.1\ncalmed_sign = 0.3\ncontext_with_sign = 0.5\ncontext_alone = 0.9\ncontext_calm = 0.3\nother_language = 0.9\nother_language_readers = 0.8\nstrong: (unclosed").unwrap_err();
        assert_eq!(error.0, 10);
        let unset = Safety::parse("model_alone = 0.5\nstrong: x").unwrap_err();
        let named: Vec<&str> = unset.1.split(": ").nth(1).unwrap_or_default().split(", ").collect();
        assert!(named.contains(&"other_language_readers") && !named.contains(&"model_alone"), "names the thresholds not set: {}", unset.1);
        let mut safety = Safety::parse(SAMPLE).unwrap();
        assert_eq!(
            safety.read_patterns("# Polish\nstrong: zabi[cć] si[eę]\nwith_sign = 0.1").unwrap_err().0,
            3,
            "further files hold patterns only"
        );
    }

    #[test]
    fn a_strong_sign_says_its_kind_of_danger() {
        let mut safety = Safety::parse(SAMPLE).unwrap();
        safety.read_patterns("kind: medical\nstrong: \\bchest pain\\b\nkind: abuse\nstrong: \\bhit me again\\b").unwrap();
        assert_eq!(safety.signs("I want to kill myself").danger, Some(Danger::Harm));
        assert_eq!(safety.signs("crushing chest pain now").danger, Some(Danger::Medical));
        assert_eq!(safety.signs("he hit me again").danger, Some(Danger::Abuse));
        assert_eq!(safety.signs("I want to kill myself, chest pain").danger, Some(Danger::Medical), "an emergency comes first");
        assert_eq!(safety.signs("I used to want to kill myself").danger, None, "a calmed sign says nothing");
        assert!(safety.read_patterns("kind: sad").is_err(), "an unknown kind is named");
    }

    #[test]
    fn further_pattern_files_add_signs() {
        let folder = std::env::temp_dir().join(format!("frontdoor-safety-{}", std::process::id()));
        std::fs::create_dir_all(folder.join("more")).unwrap();
        std::fs::write(folder.join("safety.txt"), SAMPLE).unwrap();
        std::fs::write(folder.join("more").join("polish.txt"), "strong: chc[eę] umrze[cć]\n").unwrap();
        let safety = Safety::load(&folder.join("safety.txt"), &folder.join("more")).unwrap();
        std::fs::remove_dir_all(&folder).unwrap();
        assert_eq!(safety.signs("chcę umrzeć").strong, 1);
        assert_eq!(safety.signs("I want to kill myself").strong, 1, "the main file's patterns stay");
    }

    const PARTING: &str =
        "farewell: \\bgoodbye (all|everyone)\\b|\\bthanks for everything\\b\npreparing: \\bgave (away )?my (cat|dog|things)\\b\n";

    #[test]
    fn a_farewell_with_things_put_in_order_is_a_sign_on_its_own() {
        let mut safety = Safety::parse(SAMPLE).unwrap();
        safety.read_patterns(PARTING).unwrap();
        let both = safety.signs("Gave my cat to the neighbour. Thanks for everything. Goodbye all");
        assert_eq!((both.strong, both.danger), (1, Some(Danger::Harm)));
        assert!(safety.is_crisis(both, Language::Other, 0.0), "in any language");
        let thanks = safety.signs("thanks for everything, see you Tuesday");
        assert_eq!((thanks.strong, thanks.weak), (0, 1), "one half alone is a weak sign");
        assert!(!safety.is_crisis(thanks, Language::English, 0.1));
        let past = safety.signs("I used to think about it when I gave my things away. Thanks for everything");
        assert!(!past.parting(), "calm words calm their half");
    }

    #[test]
    fn a_farewell_told_over_several_messages_is_completed_by_its_last_half() {
        let mut safety = Safety::parse(SAMPLE).unwrap();
        safety.read_patterns(PARTING).unwrap();
        let window = safety.signs("gave my dog to my sister\nthanks for everything");
        assert!(safety.completes_parting(safety.signs("thanks for everything"), || window));
        assert!(!safety.completes_parting(safety.signs("ok"), || window), "a line after the parting is not another one");
        assert!(
            !safety.completes_parting(safety.signs("thanks for everything"), || safety.signs("is there a choir\nthanks for everything"))
        );
    }

    #[test]
    fn a_weak_sign_is_read_with_the_conversation() {
        let safety = Safety::parse(SAMPLE).unwrap();
        let weak = safety.signs("I can't cope");
        assert!(!safety.is_crisis(weak, Language::English, 0.1));
        assert!(safety.is_crisis_in_context(weak, Language::English, 0.6), "earlier low mood makes the weak sign count");
        assert!(!safety.is_crisis_in_context(weak, Language::English, 0.3));
        let no_sign = safety.signs("sorted the will too");
        assert!(!safety.is_crisis_in_context(no_sign, Language::English, 0.85), "no sign now needs a near-certain conversation");
        assert!(safety.is_crisis_in_context(no_sign, Language::English, 0.95), "a farewell told over several messages");
        assert!(!safety.is_crisis_in_context(no_sign, Language::Other, 0.99), "the model only guesses at other languages");
    }
}
