//! Questions about Front Door itself: "are you a bot?", "is this free?", "who reads these?",
//! "how did you get my number?". A person who asks one and gets "sorry, I didn't follow" or the
//! introduction again stops trusting the service, so each kind gets a plain answer of its own
//! (`content/templates/<locale>/service_<kind>.hbs`), and the conversation carries on where it
//! was: the question still open is asked again, the list on screen is still there.
//!
//! Read from the words, in English and the languages the bot writes: the model reads all of
//! these as small talk, which does not say which question was asked. Questions about a
//! suggestion on screen ("is it free?", "who runs it?") are `about`'s: the kinds that could be
//! one of those (cost, who, how) are read after `about`, the rest before it ([`Order`]).

use crate::dialogue::Stage;
use crate::turn::Turn;
use crate::words::Words;
use crate::{account, handoff, language};
use nlp::Route;
use serde_json::json;

/// The kinds of question about the service, each with its own answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asked {
    /// Whether a machine or a person is answering.
    Bot,
    /// Whether the service or texting it costs anything.
    Cost,
    /// Who runs the service, or what it is.
    Who,
    /// Who reads the messages, what is kept, what is passed on.
    Privacy,
    /// How the service got their number, why they are being texted.
    Number,
    /// What the service can do and how to use it.
    How,
    /// When people are there, how soon a person replies.
    Hours,
}

impl Asked {
    /// The template that answers it.
    fn template(self) -> &'static str {
        match self {
            Asked::Bot => "service_bot",
            Asked::Cost => "service_cost",
            Asked::Who => "service_who",
            Asked::Privacy => "service_privacy",
            Asked::Number => "service_number",
            Asked::How => "service_how",
            Asked::Hours => "service_hours",
        }
    }

    /// Whether a question of this kind may be about a suggestion rather than the service ("does
    /// it cost anything?", "what is this?", "what do you do there?" with a list on screen).
    fn could_be_about_a_listing(self) -> bool {
        matches!(self, Asked::Cost | Asked::Who | Asked::How)
    }

    /// The id used in test sets and logs.
    pub fn id(self) -> &'static str {
        &self.template()["service_".len()..]
    }
}

/// Words that ask whether it is a machine, read only with a word that asks it of the service
/// ([`ASKED_OF_THE_SERVICE`]): "is there a computer class?" asks for a class.
const MACHINE: &[&str] = &[
    "bot",
    "a bot",
    "robot",
    "chatbot",
    "chat bot",
    "ai",
    "automated",
    "automatic",
    "computer",
    "machine",
    "chatgpt",
    "real person",
    "real human",
    "actual person",
    "human",
    "real",
    "botem",
    "robotem",
    "człowiekiem",
    "czlowiekiem",
    "insaan",
    "insan",
    "asli",
];

/// Words that put a question to the service itself ("are you", "is this", "am I talking to"),
/// in English, Polish and Urdu as texted.
const ASKED_OF_THE_SERVICE: &[&str] = &[
    "are you",
    "r u",
    "are u",
    "r you",
    "ru",
    "is this",
    "is it",
    "is that",
    "am i talking",
    "am i speaking",
    "am i chatting",
    "am i texting",
    "you a",
    "u a",
    "ur a",
    "youre a",
    "youre not",
    "is there a person",
    "is there a human",
    "czy jesteś",
    "czy jestes",
    "czy to",
    "rozmawiam z",
    "kya aap",
    "kya ap",
    "kya tum",
    "kya ye",
];

/// Ways of asking what texting Front Door costs, which are about the service whatever is on
/// screen.
const COST_OF_TEXTING: &[&str] = &[
    "cost to text",
    "costs to text",
    "cost to use",
    "charge for texts",
    "pay for texts",
    "pay to text",
    "pay to use",
    "pay for the texts",
    "free to use",
    "free to text",
    "texts free",
    "texting free",
    "service free",
    "premium rate",
];

/// Ways of asking what something costs: about the service when no list is on screen or when
/// put to it ("do you charge?"); with a list, "is it free?", "ile to kosztuje?" ask about a
/// suggestion, and had been told that Front Door is free.
const COST: &[&str] = &[
    "charged for",
    "charge me",
    "charged",
    "pay for this",
    "is this free",
    "is it free",
    "this free",
    "does it cost",
    "does this cost",
    "will it cost",
    "will this cost",
    "cost me",
    "cost anything",
    "how much does this",
    "how much is this",
    "do i have to pay",
    "do i need to pay",
    "will i have to pay",
    "is there a charge",
    "any charge",
    "do you charge",
    "czy to jest darmowe",
    "czy to darmowe",
    "czy to kosztuje",
    "ile to kosztuje",
    "czy trzeba płacić",
    "czy trzeba placic",
    "ye free hai",
    "paise lagenge",
    "paise lagte",
];

/// Ways of asking who runs the service or what it is.
const WHO: &[&str] = &[
    "who is this",
    "whos this",
    "who this",
    "who dis",
    "who are you",
    "who r u",
    "who are u",
    "who r you",
    "who runs this",
    "who runs you",
    "who runs the service",
    "who runs front door",
    "whos behind",
    "who is behind",
    "who owns",
    "who do you work for",
    "who sent this",
    "who is texting",
    "whos texting",
    "who am i talking to",
    "who am i speaking to",
    "what is this",
    "whats this",
    "wot is this",
    "wat is this",
    "what is front door",
    "whats front door",
    "what are you",
    "is this the council",
    "are you the council",
    "are you from the council",
    "is this from the council",
    "is this a scam",
    "is this legit",
    "is this genuine",
    "is this a charity",
    "are you a charity",
    "who are you lot",
    "kto to",
    "kim jesteś",
    "kim jestes",
    "co to jest",
    "aap kaun",
    "ap kaun",
    "aap kon",
    "ap kon",
];

/// Wishes about privacy said without a question ("I don't want my name on anything", "keep
/// this between us"): the same worry as a question about it, answered with what is kept and who
/// sees it, not "sorry, I didn't follow".
const PRIVACY_WISHES: &[&str] = &[
    "dont want my name",
    "my name on",
    "keep my name",
    "leave my name",
    "dont want anyone to know",
    "dont want them to know",
    "dont want it shared",
    "dont share",
    "between us",
    "off the record",
    "keep it private",
    "keep this private",
    "stay anonymous",
    "number kept",
    "details kept",
    "dont keep my",
    "dont store my",
    "not keep my",
    "not store my",
    "dont want my number",
    "dont want my details",
];

/// Ways of asking who reads the messages, what is kept and what is passed on: any of these in
/// a question ("is this confidential?", "will you tell social services?").
const PRIVACY: &[&str] = &[
    "who reads",
    "who can read",
    "who will read",
    "who sees",
    "who can see",
    "who will see",
    "anyone read",
    "anyone see",
    "anyone reading",
    "someone read",
    "people read",
    "confidential",
    "privacy",
    "keep my",
    "store my",
    "stored",
    "keep a record",
    "give my name",
    "give a name",
    "giving my name",
    "need my name",
    "without a name",
    "is this private",
    "is it private",
    "kept private",
    "with my data",
    "with my details",
    "with my information",
    "with my messages",
    "read my messages",
    "see my messages",
    "read my texts",
    "shared with",
    "anonymous",
    "anonymously",
    "pass on",
    "passed on",
    "pass it on",
    "share my",
    "tell social services",
    "tell the council",
    "tell my gp",
    "tell the police",
    "tell anyone",
    "report me",
    "reported",
    "sell my",
    "data protection",
    "gdpr",
    "poufne",
    "kto czyta",
    "moje dane",
];

/// Ways of asking how the service got their number or why it is texting them.
const NUMBER: &[&str] = &[
    "got my number",
    "get my number",
    "have my number",
    "my number from",
    "gave you my number",
    "given my number",
    "who gave you",
    "why am i getting",
    "why am i receiving",
    "why do i keep getting",
    "why do i get these",
    "why are you texting",
    "why are you messaging",
    "why are you contacting",
    "why did you text",
    "why did you message",
    "why have you texted",
    "why have you messaged",
    "why you texting",
    "why u texting",
    "didnt sign up",
    "never signed up",
    "did i sign up",
    "how do you have",
    "how come you have",
    "skąd macie",
    "skad macie",
    "skąd masz",
    "skad masz",
    "number kahan",
    "number kaise",
];

/// Ways of asking what the service does and how to use it.
const HOW: &[&str] = &[
    "what can you do",
    "what do you do",
    "what can you help",
    "what do you help",
    "what can you offer",
    "what do you offer",
    "how does this work",
    "how does it work",
    "how does this service work",
    "how do you work",
    "how do i use",
    "what is this for",
    "whats this for",
    "what can i ask",
    "what can i text",
    "what should i text",
    "what should i say",
    "what do i say",
    "what do i text",
    "what happens now",
    "what happens next",
    "how do i start",
    "what sort of things",
    "what kind of things",
    "what kinds of things",
    "what sort of help",
    "what kind of help",
    "what help can",
    "jak to działa",
    "jak to dziala",
    "w czym możesz",
    "w czym mozesz",
    "kaise kaam",
    "kya kar sakte",
];

/// Ways of asking when people are there and how soon one replies.
const HOURS: &[&str] = &[
    "are you open",
    "when are you open",
    "your hours",
    "opening hours",
    "open hours",
    "what hours",
    "anyone there",
    "anybody there",
    "someone there",
    "somebody there",
    "how long do i wait",
    "when will someone",
    "when will somebody",
    "when will i hear",
    "when will they",
    "when will you",
    "how soon",
    "247",
    "24 7",
    "all hours",
    "kiedy ktoś",
];

/// Words a question opens with, in English, Polish and Urdu as texted.
const QUESTION_OPENERS: &[&str] = &[
    "who", "whos", "what", "whats", "wot", "wat", "is", "are", "r", "do", "does", "can", "will",
    "would", "how", "where", "why", "when", "am", "czy", "kto", "co", "jak", "kya", "kaun", "kon",
];

/// Which question about the service a message asks, if any, read from the words and the
/// model's route. Said in so many words ("how did you get my number") it is read whatever the
/// route; a question the model reads as small talk, which the labels say is a greeting, thanks
/// or a question about the service, is told by the kind of word it uses ("will anyone else
/// see this?"), which generalises to ways of asking no list holds. With a list on screen, that
/// looser reading needs the question put to the service ("you", "this number"): "who runs it?"
/// asks about a suggestion. A message that asks for a person ("can I speak to a real person?")
/// is not asking whether this is one: the handoff answers it.
pub fn asked_about(text: &str, list_on_screen: bool, route: Route) -> Option<Asked> {
    let words = Words::new(text);
    if handoff::asks_for_person(&words) {
        return None;
    }
    let question = is_question(text, &words);
    let put_to_us = !list_on_screen || words.has_any(PUT_TO_THE_SERVICE);
    asked_in_so_many_words(&words, question, list_on_screen).or_else(|| {
        (question && route == Route::Smalltalk && put_to_us)
            .then(|| asked_by_kind_of_word(&words))
            .flatten()
    })
}

/// The kinds of question as people often put them, whatever the model's route.
fn asked_in_so_many_words(words: &Words, question: bool, list_on_screen: bool) -> Option<Asked> {
    let cost = words.has_any(COST_OF_TEXTING)
        || (words.has_any(COST) && (!list_on_screen || words.has_any(PUT_TO_THE_SERVICE)));
    [
        (
            Asked::Number,
            words.has_any(NUMBER) && !words.has_any(PRIVACY_WISHES),
        ),
        (
            Asked::Bot,
            words.has_any(MACHINE) && words.has_any(ASKED_OF_THE_SERVICE) && question,
        ),
        (
            Asked::Privacy,
            (question && words.has_any(PRIVACY)) || words.has_any(PRIVACY_WISHES),
        ),
        (Asked::Hours, question && words.has_any(HOURS)),
        (Asked::Cost, question && cost),
        (Asked::How, words.has_any(HOW)),
        (Asked::Who, words.has_any(WHO)),
    ]
    .into_iter()
    .find_map(|(asked, said)| said.then_some(asked))
}

/// The kind of a question about the service by the words it turns on, most telling first.
fn asked_by_kind_of_word(words: &Words) -> Option<Asked> {
    KINDS_OF_WORD
        .iter()
        .find(|(_, cues)| words.has_any(cues))
        .map(|(asked, _)| *asked)
}

/// Words that put a question to the service rather than about a suggestion.
const PUT_TO_THE_SERVICE: &[&str] = &[
    "you",
    "u",
    "your",
    "ur",
    "this number",
    "this service",
    "the service",
    "front door",
    "these texts",
    "these messages",
    "this chat",
    "texting",
    "ty",
    "wy",
    "pan",
    "pani",
    "aap",
    "ap",
    "tum",
];

/// The words that tell each kind of question apart, in the order they are tried: a question
/// about who reads a message is about privacy before it is about people.
const KINDS_OF_WORD: [(Asked, &[&str]); 7] = [
    (
        Asked::Number,
        &[
            "number",
            "numer",
            "signed up",
            "sign up",
            "texting me",
            "messaging me",
            "contacting me",
        ],
    ),
    (
        Asked::Bot,
        &[
            "bot",
            "robot",
            "ai",
            "automated",
            "automatic",
            "computer",
            "machine",
            "human",
            "chatgpt",
            "program",
            "programme",
            "real",
            "insaan",
            "botem",
            "człowiek",
            "czlowiek",
        ],
    ),
    (
        Asked::Privacy,
        &[
            "read",
            "reads",
            "reading",
            "see",
            "sees",
            "seen",
            "confidential",
            "private",
            "privacy",
            "data",
            "details",
            "information",
            "info",
            "keep",
            "kept",
            "store",
            "stored",
            "share",
            "shared",
            "pass",
            "passed",
            "report",
            "reported",
            "name",
            "anonymous",
            "delete",
            "record",
            "records",
            "sell",
            "sold",
            "secret",
            "secure",
            "safe",
            "gdpr",
            "social services",
            "police",
            "dane",
            "czyta",
        ],
    ),
    (
        Asked::Hours,
        &[
            "open",
            "hours",
            "weekend",
            "weekends",
            "evening",
            "evenings",
            "night",
            "nights",
            "reply",
            "replies",
            "respond",
            "answer",
            "wait",
            "waiting",
            "how long",
            "soon",
            "quickly",
            "anyone there",
            "someone there",
            "anybody there",
            "24",
            "kiedy",
            "kab",
        ],
    ),
    (
        Asked::Cost,
        &[
            "free", "cost", "costs", "charge", "charged", "charges", "pay", "paying", "price",
            "money", "fee", "fees", "bundle", "credit", "darmowe", "kosztuje", "paise",
        ],
    ),
    (
        Asked::How,
        &[
            "work",
            "works",
            "use",
            "using",
            "help",
            "helps",
            "offer",
            "do you do",
            "can you do",
            "działa",
            "dziala",
            "madad",
        ],
    ),
    (
        Asked::Who,
        &[
            "who",
            "whos",
            "council",
            "nhs",
            "charity",
            "scam",
            "legit",
            "genuine",
            "company",
            "organisation",
            "kto",
            "kim",
            "kaun",
            "kon",
        ],
    ),
];

/// A question, by its mark or its first word.
fn is_question(text: &str, words: &Words) -> bool {
    text.contains('?')
        || words
            .tokens()
            .next()
            .is_some_and(|first| QUESTION_OPENERS.contains(&first))
}

/// When a question about the service is read: the kinds no listing answers come before the
/// questions about the list on screen ("when will someone get back to me?" asks about the team,
/// not the group's times), the kinds that may be about a suggestion ("does it cost anything?")
/// after them, so each message is answered once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Order {
    /// Before the questions about the list on screen.
    BeforeTheList,
    /// After them.
    AfterTheList,
}

/// Answers the question about the service the message asks ([`asked_about`], read once for
/// both points), if it is one of the kinds read at this point; true when that is all the
/// message needs. When it `says_more` (a need in another sentence), the answer leaves the
/// carrying on to what follows and false lets the rest of the message be answered. In a
/// language the bot does not write, the interpreter's handoff comes first, as for anything
/// else. On a first message the welcome comes first, and for "who are you?" or "is this free?"
/// it is the answer.
pub(crate) fn answer(turn: &mut Turn, asked: Option<Asked>, says_more: bool, when: Order) -> bool {
    match asked {
        Some(asked) if asked.could_be_about_a_listing() == (when == Order::AfterTheList) => {
            answer_as(turn, asked, says_more)
        }
        _ => false,
    }
}

/// Answers the question asked; see [`answer`].
fn answer_as(turn: &mut Turn, asked: Asked, says_more: bool) -> bool {
    if language::needs_interpreter(turn) {
        return false;
    }
    if turn.is_first() {
        // The welcome says who we are, who runs the service when asked, and that it is free.
        match asked {
            Asked::Who => account::welcome_saying_who(turn),
            Asked::Cost => account::welcome(turn, true),
            _ => account::welcome(turn, false),
        }
        if matches!(asked, Asked::Who | Asked::Cost) {
            return !says_more;
        }
    }
    let mut vars = handoff::availability(turn);
    vars["asked_place"] = json!(turn.state.stage == Stage::AskedPlace);
    vars["offered"] = json!(turn.state.offered.len());
    vars["topic"] = json!(turn.state.need.topic.is_some());
    vars["more"] = json!(says_more);
    vars["waiting"] = json!(turn.state.awaiting_navigator);
    turn.say(asked.template(), vars);
    !says_more
}

#[cfg(test)]
mod tests {
    use super::{asked_about, Asked};
    use nlp::Route;

    fn read(text: &str) -> Option<Asked> {
        asked_about(text, false, Route::Other)
    }

    #[test]
    fn each_kind_of_question_is_told_apart() {
        assert_eq!(read("are you a bot?"), Some(Asked::Bot));
        assert_eq!(read("am i talking to a real person"), Some(Asked::Bot));
        assert_eq!(
            read("does it cost anything to text you?"),
            Some(Asked::Cost)
        );
        assert_eq!(read("who runs this?"), Some(Asked::Who));
        assert_eq!(read("will you tell social services?"), Some(Asked::Privacy));
        assert_eq!(
            read("I don't want my name on anything"),
            Some(Asked::Privacy)
        );
        assert_eq!(read("keep this between us please"), Some(Asked::Privacy));
        assert_eq!(read("how did you get my number"), Some(Asked::Number));
        assert_eq!(
            read("i would rather not have my number kept"),
            Some(Asked::Privacy)
        );
        assert_eq!(read("what can you help with?"), Some(Asked::How));
        assert_eq!(read("is anyone there at weekends?"), Some(Asked::Hours));
        assert_eq!(read("czy jesteś botem?"), Some(Asked::Bot));
        assert_eq!(read("kya aap insaan ho?"), Some(Asked::Bot));
    }

    #[test]
    fn asking_for_a_person_or_a_group_is_not_a_question_about_the_service() {
        assert_eq!(read("can I speak to a real person please"), None);
        assert_eq!(read("is there a computer class in Batley?"), None);
        assert_eq!(read("my data ran out"), None);
        assert_eq!(read("is the library open on sunday?"), None);
    }

    #[test]
    fn is_it_free_with_a_list_on_screen_asks_about_the_list() {
        assert_eq!(
            asked_about("is it free?", false, Route::Smalltalk),
            Some(Asked::Cost)
        );
        assert_eq!(asked_about("is it free?", true, Route::Smalltalk), None);
        assert_eq!(asked_about("who runs it?", true, Route::Smalltalk), None);
        assert_eq!(
            asked_about("who runs your service?", true, Route::Smalltalk),
            Some(Asked::Who)
        );
    }

    #[test]
    fn a_question_read_as_small_talk_is_told_by_its_kind_of_word() {
        let small_talk = |text| asked_about(text, false, Route::Smalltalk);
        assert_eq!(
            small_talk("will anyone else get to see what I write?"),
            Some(Asked::Privacy)
        );
        assert_eq!(
            small_talk("do I need credit on my phone for this?"),
            Some(Asked::Cost)
        );
        assert_eq!(small_talk("how are you?"), None);
        assert_eq!(
            asked_about(
                "will anyone else get to see what I write?",
                false,
                Route::FindActivity
            ),
            None
        );
    }
}
