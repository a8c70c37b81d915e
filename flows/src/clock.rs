//! Times on the clock as people text them ("at 7", "after 6pm", "before half 10", "7.30pm"),
//! with which side of the time suits them. One reading for both sides of a search: the flows
//! keep the words with the rest of the time ("Tuesday at 7"), and the directory matches the
//! hours to meetings, so an hour the person gave is never dropped by one and read by the other.
//!
//! Tokens are lower-case words without punctuation, as [`crate::Words`] gives them: "7.30pm"
//! arrives as "7" then "30pm", and as "730pm" where the punctuation was dropped in place.

/// Which side of a clock time suits the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockSide {
    /// "at 7", "7pm", "around 10": about then.
    Around,
    /// "after 6", "from 7": then or later.
    After,
    /// "before 3", "by 9", "until 2": earlier, over by then.
    Before,
}

/// A time on the clock a person named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClockTime {
    /// Which side of it suits them.
    pub side: ClockSide,
    /// Minutes after midnight.
    pub minutes: u16,
    /// True when no "am" or "pm" said which half of the day "at 7" meant; then the hour is
    /// read in both halves, since either could be meant and a group rarely meets at the other.
    pub either_half: bool,
}

/// Words that lead into a clock time, and the side of it they mean.
const LEADS: [(&str, ClockSide); 11] = [
    ("at", ClockSide::Around),
    ("around", ClockSide::Around),
    ("bout", ClockSide::Around),
    ("after", ClockSide::After),
    ("from", ClockSide::After),
    ("past", ClockSide::After),
    ("before", ClockSide::Before),
    ("by", ClockSide::Before),
    ("until", ClockSide::Before),
    ("till", ClockSide::Before),
    ("til", ClockSide::Before),
];

/// Words that may follow a bare number and keep it a time: "at 7 on Tuesday", "after 6 please".
/// After any other word the number counts something ("after 2 weeks", "at 7 Church Lane").
const MAY_FOLLOW: [&str; 30] = [
    "on", "or", "and", "to", "till", "until", "til", "onwards", "ish", "please", "pls", "thanks",
    "is", "would", "works", "suits", "then", "but", "so", "ok", "ideally", "latest", "earliest",
    "any", "most", "every", "each", "tonight", "if", "x",
];

/// The clock time that starts at `tokens[index]`, and how many tokens it takes: a lead word and
/// a number ("after 6", "by half 9"), or a number with its half of the day ("7pm", "10 am").
pub fn clock_time(tokens: &[&str], index: usize) -> Option<(ClockTime, usize)> {
    let lead = LEADS
        .iter()
        .find(|(word, _)| *word == tokens[index])
        .map(|(_, side)| *side);
    // "I work till 5", "I finish at 6": the hour ends what keeps them busy, so later suits.
    let lead = lead.map(|side| {
        if ends_being_busy(tokens, index) {
            ClockSide::After
        } else {
            side
        }
    });
    let (side, start) = match lead {
        Some(side) => (side, index + 1),
        None => (ClockSide::Around, index),
    };
    let (hour, minutes, half, end) = number_at(tokens, start)?;
    let bare = half.is_none();
    if bare && (lead.is_none() || !follows_a_time(tokens.get(end).copied())) {
        return None;
    }
    let minutes_after_midnight = in_the_half(hour, half, side)? * 60 + minutes;
    let clock = ClockTime {
        side,
        minutes: minutes_after_midnight,
        either_half: bare && side == ClockSide::Around && hour < 12,
    };
    Some((clock, end - index))
}

/// Words that say what keeps someone busy until a time ("work till 5", "college until 4",
/// "finish at 6").
const BUSY: [&str; 14] = [
    "work", "working", "job", "shift", "shifts", "busy", "college", "school", "uni", "class",
    "classes", "finish", "finishes", "home",
];
/// How many words before the lead word may tell what keeps them busy ("work in Harrogate till 5").
const BUSY_REACH: usize = 3;

/// True when the clock time led in at `lead` is when something that keeps them busy ends.
fn ends_being_busy(tokens: &[&str], lead: usize) -> bool {
    let ends_at = matches!(tokens[lead], "till" | "til" | "until" | "at" | "by");
    ends_at
        && tokens[lead.saturating_sub(BUSY_REACH)..lead]
            .iter()
            .any(|word| BUSY.contains(word))
}

/// True for what may come after a bare number that is still a time.
fn follows_a_time(next: Option<&str>) -> bool {
    next.is_none_or(|next| {
        MAY_FOLLOW.contains(&next) || crate::time_word(next).is_some() || next == "."
    })
}

/// Whether the half of the day was said: "pm" true, "am" false, `None` when neither was.
type Half = Option<bool>;

/// The hour, minutes and half of the day of the number at `tokens[start]`, and the index after
/// it: "7", "half 7", "7 30", "730pm", "7 pm", "7 oclock", "19 00", "1930".
fn number_at(tokens: &[&str], start: usize) -> Option<(u16, u16, Half, usize)> {
    let mut at = start;
    let half_past = tokens.get(at) == Some(&"half");
    at += usize::from(half_past);
    let (digits, mut half) = split_half(tokens.get(at)?);
    let (hour, mut minutes) = hour_and_minutes(digits)?;
    at += 1;
    if half.is_none() && digits.len() <= 2 && !half_past {
        if let Some((more, more_half)) = tokens.get(at).map(|token| split_half(token)) {
            let said_minutes = more
                .parse::<u16>()
                .ok()
                .filter(|m| more.len() == 2 && is_minutes(*m));
            if let Some(said_minutes) = said_minutes {
                minutes = said_minutes;
                half = more_half;
                at += 1;
            }
        }
    }
    if half.is_none() {
        match tokens.get(at).copied() {
            Some("am") => (half, at) = (Some(false), at + 1),
            Some("pm") => (half, at) = (Some(true), at + 1),
            Some("oclock") => at += 1,
            _ => {}
        }
    }
    if half_past {
        minutes = 30;
    }
    Some((hour, minutes, half, at))
}

/// "730pm" as ("730", pm); a token with no half, whole.
fn split_half(token: &str) -> (&str, Half) {
    if let Some(digits) = token.strip_suffix("pm") {
        (digits, Some(true))
    } else if let Some(digits) = token.strip_suffix("am") {
        (digits, Some(false))
    } else {
        (token, None)
    }
}

/// Minutes past the hour as people say them: on a five ("7 30", "1945"), so a year such as
/// 2026 or a count is not read as a time.
fn is_minutes(minutes: u16) -> bool {
    minutes < 60 && minutes.is_multiple_of(5)
}

/// "7" as 7:00, "730" as 7:30, "1930" as 19:30; anything else (a year, a price) is no time.
fn hour_and_minutes(digits: &str) -> Option<(u16, u16)> {
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let number: u16 = digits.parse().ok()?;
    let (hour, minutes) = match digits.len() {
        1 | 2 => (number, 0),
        3 | 4 => (number / 100, number % 100),
        _ => return None,
    };
    (hour <= 23 && is_minutes(minutes)).then_some((hour, minutes))
}

/// The 24-hour hour of `hour` as said: with "pm" in the afternoon, with "am" in the morning;
/// with neither, a 24-hour hour as it is, and for "after" and "before" the half people mostly
/// mean for a group (one to seven in the afternoon or evening, eight to eleven in the morning).
/// A bare hour "at" is kept as said; [`ClockTime::either_half`] carries the doubt.
fn in_the_half(hour: u16, half: Half, side: ClockSide) -> Option<u16> {
    match half {
        Some(_) if hour == 0 || hour > 12 => None,
        Some(true) => Some(if hour == 12 { 12 } else { hour + 12 }),
        Some(false) => Some(if hour == 12 { 0 } else { hour }),
        None if hour == 0 => None,
        None if side != ClockSide::Around && hour <= 7 => Some(hour + 12),
        None => Some(hour),
    }
}

/// Which tokens of a message belong to a clock time, so the time can be kept or left out as a
/// whole ("at 7", not "7" alone).
pub(crate) fn clock_tokens(tokens: &[&str]) -> Vec<bool> {
    let mut marked = vec![false; tokens.len()];
    let mut index = 0;
    while index < tokens.len() {
        match clock_time(tokens, index) {
            Some((_, taken)) => {
                marked[index..index + taken]
                    .iter_mut()
                    .for_each(|mark| *mark = true);
                index += taken;
            }
            None => index += 1,
        }
    }
    marked
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(ClockSide, u16, bool)> {
        let tokens: Vec<&str> = text.split(' ').collect();
        (0..tokens.len())
            .find_map(|index| clock_time(&tokens, index))
            .map(|(clock, _)| (clock.side, clock.minutes, clock.either_half))
    }

    #[test]
    fn hours_are_read_with_their_side_and_half() {
        use ClockSide::{After, Around, Before};
        let cases = [
            ("tuesday at 7", Around, 7 * 60, true),
            ("after 6pm", After, 18 * 60, false),
            ("after 6", After, 18 * 60, false),
            ("after 10", After, 10 * 60, false),
            ("before half 3", Before, 15 * 60 + 30, false),
            ("7 30pm", Around, 19 * 60 + 30, false),
            ("730pm", Around, 19 * 60 + 30, false),
            ("10 am please", Around, 10 * 60, false),
            ("from 1930", After, 19 * 60 + 30, false),
            ("12pm", Around, 12 * 60, false),
            ("i work in harrogate till 5", After, 17 * 60, false),
            ("i finish at 6", After, 18 * 60, false),
        ];
        for (text, side, minutes, either_half) in cases {
            assert_eq!(read(text), Some((side, minutes, either_half)), "{text}");
        }
    }

    #[test]
    fn numbers_that_count_something_are_no_time() {
        for text in [
            "after 2 weeks",
            "i live at 7 church lane",
            "i am 7",
            "at 2026",
            "13pm",
            "around 30 people",
            "i have 2 kids",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
    }

    #[test]
    fn every_token_of_a_clock_time_is_marked() {
        let tokens = ["free", "tuesday", "at", "7", "30", "pm", "thanks"];
        assert_eq!(
            clock_tokens(&tokens),
            vec![false, false, true, true, true, true, false]
        );
    }
}
