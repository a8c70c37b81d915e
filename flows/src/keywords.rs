//! The words that work at any point (`STOP`, `PERSON`, `1`, `MORE`, ...), read from the raw text
//! before the classification, because a keyword must mean the same thing whatever the model says.
//! Erasure and privacy are also read when asked in words ("ok. please delete my data", "who can
//! see what I've told you?"): a person's rights over their data must not hang on a keyword.

/// Words that stop every message until the person opts back in (the SMS industry's list).
const OPT_OUT: [&str; 8] = [
    "STOP",
    "STOPALL",
    "UNSUBSCRIBE",
    "CANCEL",
    "END",
    "QUIT",
    "REVOKE",
    "OPTOUT",
];
/// Asking in words to be sent nothing more ("please stop texting me", "remove me from your
/// list"), as the end of the message or of its first clause (see `asks_to_stop`): the person
/// has said it as plainly as the keyword, and START undoes it. "Stop sending me things about
/// football" goes on, so it is a change to the suggestions, not an opt-out.
const STOP_IN_WORDS: [&str; 31] = [
    "STOP TEXTING ME",
    "STOP TEXTING",
    "STOP MESSAGING ME",
    "STOP MESSAGING",
    "STOP CONTACTING ME",
    "STOP SENDING ME TEXTS",
    "STOP SENDING ME MESSAGES",
    "NO MORE TEXTS",
    "NO MORE MESSAGES",
    "DON'T TEXT ME",
    "DONT TEXT ME",
    "DO NOT TEXT ME",
    "DON'T MESSAGE ME",
    "DONT MESSAGE ME",
    "DON'T CONTACT ME",
    "DONT CONTACT ME",
    "DO NOT CONTACT ME",
    "UNSUBSCRIBE ME",
    "UNSUBSCRIBE",
    "OPT ME OUT",
    "OPT OUT",
    "REMOVE ME FROM YOUR LIST",
    "REMOVE ME FROM THE LIST",
    "REMOVE ME FROM THIS LIST",
    "TAKE ME OFF YOUR LIST",
    "TAKE ME OFF THE LIST",
    "TAKE ME OFF THIS LIST",
    "REMOVE ME",
    "TAKE ME OFF",
    "REMOVE MY NUMBER",
    "LEAVE ME ALONE",
];
/// The only words that may come before a request to stop, so it is said to us ("please stop
/// texting me", "can you stop texting me") and not told of someone else ("I told him stop
/// texting me", "my mum said don't text me").
const STOP_LEAD_INS: [&str; 17] = [
    "PLEASE",
    "I WANT YOU TO",
    "I'D LIKE YOU TO",
    "ID LIKE YOU TO",
    "I WANT TO",
    "PLS",
    "PLZ",
    "CAN YOU",
    "CAN U",
    "COULD YOU",
    "WILL YOU",
    "WOULD YOU",
    "JUST",
    "OK",
    "OKAY",
    "KINDLY",
    "HI",
];
/// Words that may close a request to stop ("stop texting me now please").
const STOP_CLOSERS: [&str; 6] = ["PLEASE", "THANKS", "THANK YOU", "AGAIN", "ANYMORE", "NOW"];
/// Kind words that may close a yes or a no ("yes pls", "no love"). Not thanks: "ok thanks"
/// closes a conversation rather than answering a question.
const KIND_CLOSERS: [&str; 7] = ["PLEASE", "PLS", "PLZ", "X", "XX", "MATE", "LOVE"];
/// Whole messages that ask for other ideas, as `MORE` does ("what else is there?", "any
/// others?"): read as anything else, they got "sorry, I didn't follow".
const MORE: [&str; 19] = [
    "MORE",
    "OTHERS",
    "WIĘCEJ",
    "WIECEJ",
    "AUR",
    "ANY MORE",
    "ANYMORE",
    "ANY OTHERS",
    "ANY OTHER IDEAS",
    "OTHER IDEAS",
    "MORE IDEAS",
    "ANYTHING ELSE",
    "SOMETHING ELSE",
    "GOT ANYTHING ELSE",
    "WHAT ELSE",
    "WHAT ELSE IS THERE",
    "WHAT ELSE HAVE YOU GOT",
    "WHAT ELSE IS ON",
    "SHOW ME MORE",
];
/// Words that opt back in; `YES` does too, but only for someone who opted out.
const OPT_IN: [&str; 2] = ["START", "UNSTOP"];
/// Ways of saying yes to a question the bot asked, in English and the languages the bot writes
/// (Polish, Urdu in Latin letters), since "tak" or "haan ji" is how those residents answer.
const YES: [&str; 20] = [
    "YES",
    "Y",
    "YEAH",
    "YEP",
    "YES PLEASE",
    "OK",
    "OKAY",
    "SURE",
    "PLEASE",
    "GO ON",
    "YES THANKS",
    "TAK",
    "TAK PROSZĘ",
    "TAK PROSZE",
    "HAAN",
    "HAN",
    "HAAN JI",
    "JI HAAN",
    "JI",
    "THEEK HAI",
];
/// Ways of saying no to a question the bot asked, in the same languages as [`YES`].
const NO: [&str; 13] = [
    "NO",
    "N",
    "NOPE",
    "NO THANKS",
    "NO THANK YOU",
    "NOT NOW",
    "NAH",
    "NIE",
    "NIE DZIĘKUJĘ",
    "NIE DZIEKUJE",
    "NAHI",
    "NAHIN",
    "NAHI SHUKRIYA",
];
/// Words that say yes on their own, and the words that may go with them in a short answer
/// ("yeah go on then", "ok sure", "k"): a message of these and nothing else is a yes.
const YES_WORDS: [&str; 13] = [
    "YES", "Y", "YEAH", "YEP", "YUP", "YA", "OK", "OKAY", "OKEY", "K", "KK", "SURE", "ALRIGHT",
];
/// See [`YES_WORDS`].
const WITH_YES: [&str; 5] = ["GO", "ON", "THEN", "PLEASE", "PLS"];
/// Words that say no on their own, and the words that may go with them ("not really", "nah
/// not now").
const NO_WORDS: [&str; 6] = ["NO", "NOPE", "NAH", "NOT", "NIE", "NAHI"];
/// See [`NO_WORDS`].
const WITH_NO: [&str; 5] = ["REALLY", "NOW", "THANKS", "ATM", "YET"];

/// Ways of asking for a real person without saying more.
const PERSON: [&str; 4] = ["PERSON", "A PERSON", "REAL PERSON", "HUMAN"];
/// Phrases that ask for someone to come along the first time ("go with someone", "could
/// someone come with me"); anything looser is left to the classifier's `accompany` tag.
const ACCOMPANY: [&str; 3] = ["WITH SOMEONE", "COME WITH ME", "SOMEONE TO GO WITH"];
/// Whole messages that ask for a check-in (young people only get one when they ask).
const CHECK_IN: [&str; 5] = [
    "CHECK IN",
    "CHECK IN PLEASE",
    "CHECK ON ME",
    "REMIND ME",
    "ASK ME LATER",
];

/// Phrases that ask to erase what we hold, anywhere in a message, beside the word and the thing
/// held of [`erases_what_we_hold`]; erasure is confirmed before anything is deleted, so a phrase
/// read wrongly costs one question.
const ERASE: [&str; 7] = [
    "DELETE MY DATA",
    "DELETE EVERYTHING",
    "DELETE WHAT I",
    "ERASE MY",
    "ERASE WHAT I",
    "WIPE WHAT I",
    "FORGET ME",
];
/// Words before an erase phrase that turn it round ("don't delete my data").
const NOT_ERASE: [&str; 4] = ["DON'T", "DONT", "DO NOT", "NOT"];
/// Questions about what is kept and who sees it, anywhere in a message.
const PRIVACY_QUESTIONS: [&str; 12] = [
    "PRIVACY",
    "WHO CAN SEE",
    "WHO SEES",
    "WHO CAN READ",
    "WHO READS",
    "DO YOU SHARE",
    "WILL YOU SHARE",
    "WHAT DO YOU KEEP",
    "WHAT DO YOU STORE",
    "WHAT DO YOU KNOW ABOUT ME",
    "WHAT DO YOU DO WITH MY",
    "CONFIDENTIAL",
];

/// A keyword and what it carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Keyword {
    /// Stop all messages.
    OptOut,
    /// Start messages again.
    OptIn,
    /// What is this and how does it work.
    Help,
    /// What is kept and why.
    Privacy,
    /// Erase everything, once confirmed.
    DeleteMyData,
    /// Talk to a real person.
    Person,
    /// Other suggestions.
    More,
    /// Send the life-change pack as one message to keep.
    Save,
    /// Yes to the last question.
    Yes,
    /// No to the last question.
    No,
    /// A numbered choice, counted from 1.
    Number(usize),
    /// A school code (`JOIN <code>`).
    Join(String),
    /// The language to be written to (`LANGUAGE pl`, `LANGUAGE Polish`), as written.
    Language(String),
    /// Someone to go along the first time.
    WithSomeone,
    /// Please check in on me later.
    CheckIn,
    /// `LINK` (give me a code for my other channel) or `LINK 123456` (this is the code).
    Link(Option<String>),
    /// A listing has stopped or changed (`REPORT 2 it has moved`).
    Report {
        /// Which suggestion, when a number follows.
        number: Option<usize>,
        /// The rest of what they said, as written.
        note: String,
    },
}

/// Whether the whole message is one of the SMS industry's words to opt out or back in (`STOP`,
/// `END`, `START`): an instruction to the service on every network, never a sign of anything.
pub(crate) fn is_carrier_command(text: &str) -> bool {
    let words = normalise(text);
    OPT_OUT.contains(&words.as_str()) || OPT_IN.contains(&words.as_str())
}

/// Reads a keyword from what the person wrote, if the whole message is one.
pub(crate) fn read(text: &str) -> Option<Keyword> {
    let words = normalise(text);
    let is = |list: &[&str]| list.contains(&words.as_str());
    // "yes pls", "go on x": an answer with a kind word after it is still the answer.
    let answer = Some(without_trailing(&words, &KIND_CLOSERS))
        .filter(|answer| !answer.is_empty())
        .unwrap_or(&words);
    let plain = plain_answer(answer);
    let fixed = [
        (is(&OPT_OUT) || asks_to_stop(&words), Keyword::OptOut),
        (is(&OPT_IN), Keyword::OptIn),
        (is(&["HELP", "INFO"]), Keyword::Help),
        (asks_to_erase(&words), Keyword::DeleteMyData),
        (
            PRIVACY_QUESTIONS
                .iter()
                .any(|phrase| words.contains(phrase)),
            Keyword::Privacy,
        ),
        (is(&PERSON), Keyword::Person),
        (MORE.contains(&answer), Keyword::More),
        (is(&["SAVE"]), Keyword::Save),
        (plain == Some(Keyword::Yes), Keyword::Yes),
        (plain == Some(Keyword::No), Keyword::No),
        (
            ACCOMPANY.iter().any(|phrase| words.contains(phrase)),
            Keyword::WithSomeone,
        ),
        (is(&CHECK_IN), Keyword::CheckIn),
    ];
    if let Some((_, keyword)) = fixed.into_iter().find(|(matched, _)| *matched) {
        return Some(keyword);
    }
    number(&words)
        .map(Keyword::Number)
        .or_else(|| join(&words))
        .or_else(|| language(&words))
        .or_else(|| link(&words))
        .or_else(|| report(text))
}

/// True when the message, or its first sentence or clause, ends by asking to be sent nothing
/// more, with only words that ask it of us before the request: "remove me from your list
/// please, my son signed me up" says why after asking, where "stop texting me about football"
/// goes on to change the suggestions.
fn asks_to_stop(words: &str) -> bool {
    let first_clause = words
        .split([',', '.', ';', '!', '?'])
        .next()
        .unwrap_or(words);
    [words, first_clause].into_iter().any(|part| {
        let rest = without_trailing(part, &STOP_CLOSERS);
        STOP_IN_WORDS.iter().any(|phrase| {
            rest.strip_suffix(phrase)
                .is_some_and(|before| without_trailing(before, &STOP_LEAD_INS).is_empty())
        })
    })
}

/// What is left of `text` once the whole words of `words` at its end are taken off, one after
/// another, with the spaces and punctuation around them.
fn without_trailing<'t>(text: &'t str, words: &[&str]) -> &'t str {
    let trim =
        |part: &'t str| part.trim_end_matches(|c: char| c.is_ascii_punctuation() || c == ' ');
    let mut rest = trim(text);
    while let Some(shorter) = words.iter().find_map(|word| {
        rest.strip_suffix(word)
            .filter(|before| before.is_empty() || before.ends_with(' '))
    }) {
        rest = trim(shorter);
    }
    rest
}

/// True when the message is the word YES and nothing else ("yes", "Yes!"), not one of its
/// looser forms ("ok", "sure").
pub(crate) fn is_the_word_yes(text: &str) -> bool {
    normalise(text) == "YES"
}

/// True when every word is one of `strong` or `with`, and one at least is `strong`.
fn only_words(answer: &str, strong: &[&str], with: &[&str]) -> bool {
    let words = || {
        answer
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .map(|word| word.trim_matches('\''))
            .filter(|word| !word.is_empty())
    };
    words().any(|word| strong.contains(&word))
        && words().all(|word| strong.contains(&word) || with.contains(&word))
}

/// The answer a message opens with, when its first part is a plain yes or no and the rest asks
/// nothing that could contradict it: "Yes, delete it all" to "shall I delete everything?". A
/// "but" or a question after it leaves it unread.
pub(crate) fn opening_answer(text: &str) -> Option<Keyword> {
    let words = normalise(text);
    let first = words.split([',', '.', '!', ';']).next().unwrap_or_default();
    let rest = &words[first.len()..];
    let doubts = ["?", " BUT ", "DONT", "DON'T", " NOT "];
    if doubts.iter().any(|doubt| rest.contains(doubt)) {
        return None;
    }
    plain_answer(first.trim())
}

/// Yes or no, when the whole answer is one: a way of saying it ([`YES`], [`NO`]) or only the
/// words that say it ("yeah go on then", "not really").
fn plain_answer(answer: &str) -> Option<Keyword> {
    if YES.contains(&answer) || only_words(answer, &YES_WORDS, &WITH_YES) {
        Some(Keyword::Yes)
    } else if NO.contains(&answer) || only_words(answer, &NO_WORDS, &WITH_NO) {
        Some(Keyword::No)
    } else {
        None
    }
}

/// True when the message asks to erase what we hold, and does not ask the opposite.
fn asks_to_erase(words: &str) -> bool {
    let phrased = ERASE.iter().any(|phrase| {
        words.find(phrase).is_some_and(|at| {
            let before = words[..at].trim_end();
            !NOT_ERASE.iter().any(|not| before.ends_with(not))
        })
    });
    phrased || erases_what_we_hold(words)
}

/// Words that erase, in any of their forms ("deleted", "removing", "wiped").
const ERASING: [&str; 4] = ["DELET", "ERAS", "WIPE", "REMOV"];
/// What we hold about a person, as people name it.
const HELD: [&str; 16] = [
    "MY DATA",
    "MY DETAILS",
    "MY INFO",
    "MY INFORMATION",
    "MY MESSAGES",
    "MY TEXTS",
    "MY NUMBER",
    "MY PHONE NUMBER",
    "MY NAME",
    "MY CHAT",
    "THIS CHAT",
    "MY RECORD",
    "MY ACCOUNT",
    "ALL MY",
    "EVERYTHING YOU",
    "WHAT YOU HAVE ON ME",
];

/// Words that tell of something done rather than ask for it ("my name was removed from the
/// list at the surgery").
const TOLD_OF: [&str; 3] = ["WAS", "WERE", "BEEN"];

/// True for an erasure asked in the person's own word order ("I want my data deleted", "can my
/// details be removed from your system"): a word that erases and a thing we hold, anywhere in
/// the message, with no "not" anywhere and not told of as done (an erasure is confirmed first,
/// but "I don't want my details removed" should not even be asked about).
fn erases_what_we_hold(words: &str) -> bool {
    let tokens: Vec<&str> = words
        .split(' ')
        .map(|token| token.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
        .collect();
    let erases = tokens
        .iter()
        .any(|token| ERASING.iter().any(|stem| token.starts_with(stem)));
    let negated = tokens.iter().any(|token| NOT_ERASE.contains(token));
    let told = tokens.iter().any(|token| TOLD_OF.contains(token));
    erases && !negated && !told && HELD.iter().any(|held| words.contains(held))
}

/// Upper case, single spaces, no punctuation at the ends: "  stop. " and "Stop!" both read STOP.
fn normalise(text: &str) -> String {
    let trimmed = text
        .trim()
        .trim_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace());
    trimmed
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase()
}

/// A choice by number: "2", "no. 2", "number 2".
fn number(words: &str) -> Option<usize> {
    let digits = words
        .trim_start_matches("NUMBER")
        .trim_start_matches("NO.")
        .trim();
    digits.parse::<usize>().ok().filter(|n| (1..=9).contains(n))
}

/// `LINK`, or `LINK` and a code of digits (spaces allowed: "LINK 482 913").
fn link(words: &str) -> Option<Keyword> {
    let rest = words.strip_prefix("LINK")?;
    if rest.is_empty() {
        return Some(Keyword::Link(None));
    }
    let code: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
    let is_code =
        rest.starts_with(' ') && !code.is_empty() && code.chars().all(|c| c.is_ascii_digit());
    is_code.then_some(Keyword::Link(Some(code)))
}

/// `LANGUAGE <code or name>` (or `LANG`): the word as written, upper case.
fn language(words: &str) -> Option<Keyword> {
    let chosen = words
        .strip_prefix("LANGUAGE ")
        .or_else(|| words.strip_prefix("LANG "))?
        .trim();
    (!chosen.is_empty() && !chosen.contains(' ')).then(|| Keyword::Language(chosen.to_string()))
}

/// `JOIN <code>`: the code as written, upper case.
fn join(words: &str) -> Option<Keyword> {
    let code = words.strip_prefix("JOIN ")?.trim();
    (!code.is_empty() && !code.contains(' ')).then(|| Keyword::Join(code.to_string()))
}

/// `REPORT [number] [note]`, keeping the note as the person wrote it.
fn report(text: &str) -> Option<Keyword> {
    let trimmed = text.trim();
    let head = trimmed.get(..6)?;
    let rest = &trimmed[6..];
    if !head.eq_ignore_ascii_case("REPORT")
        || rest.chars().next().is_some_and(|c| !c.is_whitespace())
    {
        return None;
    }
    let rest = rest.trim();
    let (first, after) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    match first.parse::<usize>() {
        Ok(number) => Some(Keyword::Report {
            number: Some(number),
            note: after.trim().to_string(),
        }),
        Err(_) => Some(Keyword::Report {
            number: None,
            note: rest.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opt_out_words_are_one_word_in_any_case() {
        for word in ["stop", "Stop.", " UNSUBSCRIBE ", "optout", "End"] {
            assert_eq!(read(word), Some(Keyword::OptOut), "{word}");
        }
        assert_eq!(read("stop sending me things about football"), None);
        assert!(is_carrier_command("End") && is_carrier_command("start"));
        assert!(
            !is_carrier_command("I want to end it")
                && !is_carrier_command("please stop texting me")
        );
    }

    #[test]
    fn asking_in_words_to_be_sent_nothing_more_opts_out() {
        for text in [
            "please stop texting me",
            "Stop messaging me now please!",
            "no more texts, thanks",
            "don't text me again",
            "can you stop texting me",
            "Hi, please just stop messaging me",
            "remove me from your list",
            "Please take me off the list, thanks",
            "leave me alone",
            "I want to unsubscribe",
            "opt me out please",
            "I'd like you to stop contacting me",
            "remove me from your list please, my son put my number on this without asking",
            "Stop texting me. I never signed up for this",
        ] {
            assert_eq!(read(text), Some(Keyword::OptOut), "{text}");
        }
        for text in [
            "stop texting me about football",
            "please don't stop texting me",
            "my son won't stop texting me",
            "he keeps harassing me and I told him stop texting me",
            "my sister keeps saying no more texts",
            "my mum said dont text me",
            "why does my landlord never stop texting me",
            "I wish everyone would just leave me alone",
            "my ex won't leave me alone",
            "how do I remove me from a council tax list",
            "I told him, stop texting me",
            "my neighbour, she says leave me alone",
        ] {
            assert_ne!(read(text), Some(Keyword::OptOut), "{text}");
        }
    }

    #[test]
    fn erasure_and_privacy_asked_in_words() {
        for text in [
            "ok. Please delete my data",
            "DELETE MY DATA",
            "can you erase my details",
            "forget me please",
            "can you delete what I said",
            "wipe my messages",
            "delete everything please",
            "I want my data deleted",
            "can my details be removed from your system?",
            "please get all my messages wiped",
        ] {
            assert_eq!(read(text), Some(Keyword::DeleteMyData), "{text}");
        }
        assert_eq!(read("please don't delete my data yet"), None);
        assert_eq!(read("I don't want my details removed"), None);
        assert_ne!(
            read("my name was removed from the list at the surgery"),
            Some(Keyword::DeleteMyData)
        );
        assert_eq!(read("how do I delete my data"), Some(Keyword::DeleteMyData));
        for text in [
            "who can see what I've told you?",
            "Do you share what I say with anyone?",
            "privacy",
            "is this confidential",
        ] {
            assert_eq!(read(text), Some(Keyword::Privacy), "{text}");
        }
        assert_eq!(read("I've run out of data on my phone"), None);
    }

    #[test]
    fn numbers_and_choices() {
        assert_eq!(read("2"), Some(Keyword::Number(2)));
        assert_eq!(read("number 3"), Some(Keyword::Number(3)));
        assert_eq!(read("0"), None);
        assert_eq!(read("more"), Some(Keyword::More));
        assert_eq!(read("What else is there?"), Some(Keyword::More));
        assert_eq!(read("any others please"), Some(Keyword::More));
        assert_eq!(
            read("anything else for knitting?"),
            None,
            "a new ask, not more of the same"
        );
        assert_eq!(read("Yes please!"), Some(Keyword::Yes));
        assert_eq!(read("no thanks"), Some(Keyword::No));
    }

    #[test]
    fn link_alone_or_with_a_code() {
        assert_eq!(read("link"), Some(Keyword::Link(None)));
        assert_eq!(
            read("LINK 482 913"),
            Some(Keyword::Link(Some("482913".into())))
        );
        assert_eq!(read("link to the walking group?"), None);
        assert_eq!(read("linked"), None);
    }

    #[test]
    fn yes_no_and_more_in_the_languages_the_bot_writes() {
        for text in ["Tak proszę", "tak", "haan ji", "Ji haan"] {
            assert_eq!(read(text), Some(Keyword::Yes), "{text}");
        }
        for text in ["nie", "Nie dziękuję", "nahi shukriya"] {
            assert_eq!(read(text), Some(Keyword::No), "{text}");
        }
        assert_eq!(read("więcej"), Some(Keyword::More));
        assert_eq!(read("tak myślę, że to dobry pomysł"), None);
        assert_eq!(read("yes pls"), Some(Keyword::Yes));
        assert_eq!(read("yeah pls x"), Some(Keyword::Yes));
        assert_eq!(read("no thanks love"), Some(Keyword::No));
        assert_eq!(read("ok thanks"), None, "thanks closes, it does not answer");
        assert_eq!(
            read("please"),
            Some(Keyword::Yes),
            "a lone please is still a yes"
        );
        assert_eq!(read("yes my son will come"), None);
    }

    #[test]
    fn phrases_with_content() {
        assert_eq!(read("join ab12"), Some(Keyword::Join("AB12".into())));
        assert_eq!(read("Language pl"), Some(Keyword::Language("PL".into())));
        assert_eq!(
            read("LANG polish."),
            Some(Keyword::Language("POLISH".into()))
        );
        assert_eq!(read("language is a barrier for me"), None);
        assert_eq!(read("Delete my data please"), Some(Keyword::DeleteMyData));
        assert_eq!(read("can I go with someone?"), Some(Keyword::WithSomeone));
        assert_eq!(read("I'd like to go with my friend"), None);
        assert_eq!(read("reports say it's good"), None);
        assert_eq!(
            read("report 2 It's closed now"),
            Some(Keyword::Report {
                number: Some(2),
                note: "It's closed now".into()
            })
        );
        assert_eq!(read("I'd like to go walking"), None);
    }
}
