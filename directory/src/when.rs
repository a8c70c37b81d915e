//! When a person says they are free, read from their own words ("weekday mornings", "not
//! weekends", "tues or thurs after work"), and whether a service's meetings fit it.
//!
//! Residents say when suits them in a few short, often misspelt words, and those words
//! end up in the search text with the rest of what they said. Reading them here, without the
//! model, keeps the ranking able to put a Tuesday-morning group above a Saturday one for someone
//! who said "weekday mornings". Pure: text in, an [`Availability`] out; a [`Schedule`] in, a
//! [`Fit`] out.

use super::calendar::{TimeOfDay, Weekday};
use super::schedule::{Frequency, Schedule};
use flows::{clock_time, time_word, ClockSide, ClockTime, DayPart, TimeWord};

/// Minutes in one slot of the day mask: fine enough for "7:30pm", small enough for a `u128`.
const SLOT_MINUTES: u16 = 15;
/// Slots in a day (96, which fits a `u128`).
const SLOTS_PER_DAY: u16 = 24 * 60 / SLOT_MINUTES;
/// Every slot of the day.
const WHOLE_DAY: u128 = (1u128 << SLOTS_PER_DAY) - 1;
/// Every day of the week, Monday as bit 0.
const EVERY_DAY: u8 = 0b111_1111;
const WEEKDAYS: u8 = 0b001_1111;
const WEEKEND: u8 = 0b110_0000;
/// How long a meeting is taken to last when its feed gives no end time.
const ASSUMED_MEETING_MINUTES: u16 = 60;
/// A meeting fits a time of day when at least this much of it (or all of it, if shorter) falls
/// within the hours the person named: someone free "afternoons" can join a 10am-3pm drop-in.
const ENOUGH_OVERLAP_MINUTES: u16 = 60;

/// When a person is free: the days of the week and the hours of the day that suit them.
/// Only ever built with a real constraint; "any time" is no [`Availability`] at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Availability {
    /// Bit `n` set when weekday `n` (Monday = 0) suits them.
    days: u8,
    /// Bit `n` set when the quarter hour starting `n × 15` minutes after midnight suits them.
    slots: u128,
}

/// How a service's meetings sit with a person's availability.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// At least one meeting falls on a day and at an hour that suits them.
    Fits,
    /// Every meeting is known, and none suits them.
    Clashes,
    /// Not enough is known about when it meets to say.
    Unknown,
}

/// The hours, from and to in minutes after midnight, a person means by a part of the day.
fn hours(part: DayPart) -> (u16, u16) {
    match part {
        DayPart::Morning => (6 * 60, 12 * 60),
        DayPart::Lunchtime => (11 * 60 + 30, 14 * 60),
        DayPart::Afternoon => (12 * 60, 17 * 60),
        DayPart::Evening => (17 * 60, 24 * 60),
        DayPart::Daytime => (9 * 60, 17 * 60),
    }
}

fn part_slots(part: DayPart) -> u128 {
    let (from, to) = hours(part);
    slots_between(from, to)
}

/// One thing said about time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Said {
    /// Some days of the week, as a mask.
    Days(u8),
    /// A part of the day.
    Part(DayPart),
    /// A time on the clock: "at 7", "after 6pm", "before 3".
    Clock(ClockTime),
    /// "Any time", "whenever": no constraint from these words.
    Anytime,
}

/// A word (or two) of the message, read for time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    Said(Said),
    /// A short form that is a time word only beside another one: "sat" in "sat or sun", "am"
    /// in "weds am", but not in "I sat at home" or "I am free".
    Maybe(Said),
    /// "not", "except", "no": what follows is ruled out.
    Negation,
    /// Small words that do not end a list of times: "and", "or", "the"...
    Joiner,
    /// A joiner that also makes the next short form a day: "on sat", "this sun".
    Lead,
    /// "till", "until", "before": the day after it is when something runs out ("no money for
    /// food till Friday"), not a day the person is free.
    Deadline,
    /// Anything else; it ends the reach of a negation.
    Other,
}

impl Availability {
    /// What the person's words say about when they are free; `None` when they say nothing about
    /// it, or only "any time", or rule nothing out in the end.
    pub fn read(text: &str) -> Option<Availability> {
        let words = read_words(text);
        let (mut wanted_days, mut wanted_slots, mut unwanted_days, mut unwanted_slots) = (0u8, 0u128, 0u8, 0u128);
        let mut bounds = Bounds::default();
        let mut negated = false;
        for (index, word) in words.iter().enumerate() {
            let said = match *word {
                Word::Said(Said::Days(_)) | Word::Maybe(Said::Days(_)) if index > 0 && words[index - 1] == Word::Deadline => continue,
                Word::Said(said) => said,
                Word::Maybe(said) if short_form_counts(&words, index, said) => said,
                Word::Negation => {
                    negated = true;
                    continue;
                }
                Word::Joiner | Word::Lead => continue,
                Word::Other | Word::Deadline | Word::Maybe(_) => {
                    negated = false;
                    continue;
                }
            };
            match (said, negated) {
                (Said::Days(days), false) => wanted_days |= days,
                (Said::Days(days), true) => unwanted_days |= days,
                (Said::Part(part), false) => wanted_slots |= part_slots(part),
                (Said::Part(part), true) => unwanted_slots |= part_slots(part),
                (Said::Clock(clock), false) if clock.side == ClockSide::Around => wanted_slots |= around(clock),
                (Said::Clock(clock), false) => bounds.narrow(clock),
                (Said::Clock(clock), true) => unwanted_slots |= ruled_out_by(clock),
                (Said::Anytime, _) => {}
            }
        }
        let days = or_all(wanted_days, EVERY_DAY) & !unwanted_days;
        let slots = bounds.apply(wanted_slots) & !unwanted_slots;
        let constrained = days != EVERY_DAY || slots != WHOLE_DAY;
        constrained.then_some(Availability { days, slots })
    }

    /// Whether a meeting on `day` suits the person (ignoring the hour).
    pub fn suits_day(self, day: Weekday) -> bool {
        self.days & day_bit(day) != 0
    }

    /// How one schedule sits with this availability.
    pub fn fit_schedule(self, schedule: &Schedule) -> Fit {
        // A side the person set no limit on fits whatever is known of it.
        let days_fit = if self.days == EVERY_DAY { Some(true) } else { meeting_days(schedule).map(|days| days & self.days != 0) };
        let hours_fit =
            if self.slots == WHOLE_DAY { Some(true) } else { schedule.opens_at.map(|opens| self.suits_hours(opens, schedule.closes_at)) };
        match (days_fit, hours_fit) {
            (Some(false), _) | (_, Some(false)) => Fit::Clashes,
            (Some(true), Some(true)) => Fit::Fits,
            _ => Fit::Unknown,
        }
    }

    /// How a service's schedules, taken together, sit with this availability: one that fits is
    /// enough; it clashes only when every schedule is known to clash.
    pub fn fit_schedules(self, schedules: &[Schedule]) -> Fit {
        let mut verdict = Fit::Unknown;
        for (index, schedule) in schedules.iter().enumerate() {
            match self.fit_schedule(schedule) {
                Fit::Fits => return Fit::Fits,
                Fit::Clashes if index == 0 || verdict == Fit::Clashes => verdict = Fit::Clashes,
                Fit::Clashes => {}
                Fit::Unknown => verdict = Fit::Unknown,
            }
        }
        verdict
    }

    /// Whether a meeting from `opens` to `closes` spends long enough in the person's hours.
    fn suits_hours(self, opens: TimeOfDay, closes: Option<TimeOfDay>) -> bool {
        let end = closes
            .map(|closes| closes.minutes)
            .filter(|&end| end > opens.minutes)
            .unwrap_or((opens.minutes + ASSUMED_MEETING_MINUTES).min(24 * 60));
        let meeting = slots_between(opens.minutes, end);
        let overlap = (meeting & self.slots).count_ones() as u16 * SLOT_MINUTES;
        let needed = ENOUGH_OVERLAP_MINUTES.min(meeting.count_ones() as u16 * SLOT_MINUTES);
        overlap > 0 && overlap >= needed
    }
}

/// How long before a clock time said with "at" a meeting may start and still suit: "at 7"
/// fits a 6:30 start.
const AROUND_BEFORE_MINUTES: u16 = 30;
/// How long after it the person is taken to be free.
const AROUND_AFTER_MINUTES: u16 = 120;

/// The hours about a clock time ("at 7"): in both halves of the day when no am or pm said which.
fn around(clock: ClockTime) -> u128 {
    let near = |minutes: u16| slots_between(minutes.saturating_sub(AROUND_BEFORE_MINUTES), minutes + AROUND_AFTER_MINUTES);
    let later_half = if clock.either_half { near(clock.minutes + 12 * 60) } else { 0 };
    near(clock.minutes) | later_half
}

/// The hours a "not" before a clock time rules out: "not before 10" rules out the hours before.
fn ruled_out_by(clock: ClockTime) -> u128 {
    match clock.side {
        ClockSide::Around => around(clock),
        ClockSide::After => slots_between(clock.minutes, 24 * 60),
        ClockSide::Before => slots_between(0, clock.minutes),
    }
}

/// "After 6" and "before 9" said together bound one stretch of the day ("from 10 till 2").
#[derive(Debug, Clone, Copy, Default)]
struct Bounds {
    from: Option<u16>,
    until: Option<u16>,
}

impl Bounds {
    /// Takes in one more bound; the later "after" and the earlier "before" hold.
    fn narrow(&mut self, clock: ClockTime) {
        match clock.side {
            ClockSide::After => self.from = Some(self.from.map_or(clock.minutes, |from| from.max(clock.minutes))),
            ClockSide::Before => self.until = Some(self.until.map_or(clock.minutes, |until| until.min(clock.minutes))),
            ClockSide::Around => {}
        }
    }

    /// The hours that suit: those named, held within the bounds ("evenings after 7"); where the
    /// two share no hour, the parts of the day named stand, as the plainer thing said; with
    /// nothing said, the whole day.
    fn apply(self, named: u128) -> u128 {
        if self.from.is_none() && self.until.is_none() {
            return or_all(named, WHOLE_DAY);
        }
        let bounded = slots_between(self.from.unwrap_or(0), self.until.unwrap_or(24 * 60));
        match (named, named & bounded) {
            (0, _) => bounded,
            (_, 0) => named,
            (_, both) => both,
        }
    }
}

/// `mask`, or `all` when nothing was said.
fn or_all<T: PartialEq + Default>(mask: T, all: T) -> T {
    if mask == T::default() {
        all
    } else {
        mask
    }
}

fn day_bit(day: Weekday) -> u8 {
    1 << day.index()
}

/// The quarter hours from `from` to `to` minutes after midnight (partly covered ones included).
fn slots_between(from: u16, to: u16) -> u128 {
    let first = from / SLOT_MINUTES;
    let end = to.div_ceil(SLOT_MINUTES).min(SLOTS_PER_DAY);
    if end <= first {
        return 0;
    }
    (WHOLE_DAY >> (SLOTS_PER_DAY - (end - first))) << first
}

/// The weekdays a schedule meets on, when they are known: its `byday` days, or the weekday of
/// its start for a weekly rule without days. A rule by day of the month meets on any weekday.
fn meeting_days(schedule: &Schedule) -> Option<u8> {
    if !schedule.month_days.is_empty() {
        return None;
    }
    if !schedule.days.is_empty() {
        return Some(schedule.days.iter().fold(0, |days, rule| days | day_bit(rule.weekday)));
    }
    schedule.starts.filter(|_| schedule.frequency == Frequency::Weekly).map(|start| day_bit(start.weekday()))
}

/// Whether a short form ("sat", "sun", "wed", "am", "pm") means a time here. A day counts after
/// "on", "this", "not"..., or beside another time word ("sat or sun", "sat am"); "am" and "pm"
/// count only after a day ("weds am"), so "I am free" and "I sat at home" say nothing.
fn short_form_counts(words: &[Word], index: usize, said: Said) -> bool {
    let joins = |word: &&Word| matches!(word, Word::Joiner | Word::Lead);
    let before = words[..index].iter().rev().find(|word| !joins(word));
    let after = words[index + 1..].iter().find(|word| !joins(word));
    let is_said_time = |word: Option<&Word>| matches!(word, Some(Word::Said(Said::Days(_) | Said::Part(_) | Said::Clock(_))));
    match said {
        Said::Days(_) => {
            let led = index > 0 && matches!(words[index - 1], Word::Lead | Word::Negation);
            led || is_said_time(before)
                || is_said_time(after)
                || matches!(after, Some(Word::Maybe(Said::Part(_))))
                || paired_with_short_day(words, index)
        }
        Said::Part(_) => matches!(before, Some(Word::Said(Said::Days(_)) | Word::Maybe(Said::Days(_)))),
        Said::Clock(_) | Said::Anytime => false,
    }
}

/// Whether a short day sits right by another, alone or with one joiner: "sat or sun", "sat/sun",
/// but not "sat in the sun".
fn paired_with_short_day(words: &[Word], index: usize) -> bool {
    let is_short_day = |at: Option<usize>| at.and_then(|at| words.get(at)).is_some_and(|word| matches!(word, Word::Maybe(Said::Days(_))));
    let is_joiner = |at: Option<usize>| at.and_then(|at| words.get(at)) == Some(&Word::Joiner);
    let (back_one, back_two) = (index.checked_sub(1), index.checked_sub(2));
    let (next_one, next_two) = (Some(index + 1), Some(index + 2));
    is_short_day(back_one)
        || is_short_day(next_one)
        || (is_joiner(back_one) && is_short_day(back_two))
        || (is_joiner(next_one) && is_short_day(next_two))
}

/// Marks the end of a clause (a comma, a full stop): it ends the reach of a negation.
const CLAUSE_END: &str = ".";

/// The message as time words, clock times ("at 7") and two-word phrases ("after work", "during
/// the week") joined first.
fn read_words(text: &str) -> Vec<Word> {
    let tokens = tokens(text);
    let token_strs: Vec<&str> = tokens.iter().map(String::as_str).collect();
    let mut words = Vec::with_capacity(tokens.len());
    let mut index = 0;
    while index < tokens.len() {
        if let Some((clock, taken)) = clock_time(&token_strs, index) {
            words.push(Word::Said(Said::Clock(clock)));
            index += taken;
            continue;
        }
        // "the" may sit inside a phrase: "during the week", "after the weekend" is not one.
        let skip = usize::from(tokens.get(index + 1).is_some_and(|next| next == "the"));
        let second = tokens.get(index + 1 + skip);
        if let Some(word) = second.and_then(|second| phrase(&tokens[index], second)) {
            words.push(word);
            index += 2 + skip;
        } else {
            words.push(single(&tokens[index]));
            index += 1;
        }
    }
    words
}

/// Lower-case words with apostrophes dropped ("can't" is "cant"), and [`CLAUSE_END`] for
/// punctuation that ends a clause; the stop in "7.30" or "7:30" parts the hour from the minutes
/// as a space would.
fn tokens(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    let mut characters = text.chars().peekable();
    while let Some(character) = characters.next() {
        let parts_a_time = matches!(character, '.' | ':')
            && current.chars().all(|c| c.is_ascii_digit())
            && !current.is_empty()
            && characters.peek().is_some_and(char::is_ascii_digit);
        if parts_a_time {
            tokens.push(std::mem::take(&mut current));
            continue;
        }
        if character.is_alphanumeric() {
            current.extend(character.to_lowercase());
            continue;
        }
        if matches!(character, '\'' | '’') {
            continue;
        }
        if !current.is_empty() {
            tokens.push(std::mem::take(&mut current));
        }
        if matches!(character, ',' | '.' | ';' | ':' | '!' | '?' | '\n' | '(' | ')') {
            tokens.push(CLAUSE_END.to_string());
        }
    }
    if !current.is_empty() {
        tokens.push(current);
    }
    tokens
}

/// Two words that mean one thing about time.
fn phrase(first: &str, second: &str) -> Option<Word> {
    let said = |said| Some(Word::Said(said));
    match (first, second) {
        ("after", "work" | "tea") => said(Said::Part(DayPart::Evening)),
        ("lunch" | "dinner", "time" | "times") => said(Said::Part(DayPart::Lunchtime)),
        ("week", "day" | "days") => said(Said::Days(WEEKDAYS)),
        ("week", "end" | "ends") => said(Said::Days(WEEKEND)),
        ("in" | "during", "week") => said(Said::Days(WEEKDAYS)),
        ("during", "day") | ("day", "time" | "times") => said(Said::Part(DayPart::Daytime)),
        ("any", "time" | "times" | "day" | "days") | ("all", "week") => said(Said::Anytime),
        ("apart" | "other", "from" | "than") | ("but", "not") => Some(Word::Negation),
        ("cant" | "cannot", "do" | "make") => Some(Word::Negation),
        _ => None,
    }
}

/// One word read for time: a time word from the shared vocabulary ([`time_word`]), or one of
/// the small words that shape a list of times.
fn single(token: &str) -> Word {
    if let Some(word) = time_word(token) {
        return timed(word);
    }
    match token {
        // "nie" and "nahi": the Polish and Urdu "not" a conversation keeps before a busy time
        // ("nie rano": not mornings, when they work).
        "not" | "except" | "excluding" | "no" | "never" | "without" | "nie" | "nahi" => Word::Negation,
        "on" | "this" | "next" | "every" | "each" => Word::Lead,
        "till" | "til" | "until" | "untill" | "before" => Word::Deadline,
        "and" | "or" | "the" | "a" | "an" | "in" | "at" | "any" | "all" | "most" | "some" | "mainly" | "mostly" | "only" | "just"
        | "also" | "either" | "early" | "late" | "n" | "nor" | "plus" | "too" | "really" | "ideally" | "best" | "preferably" | "s" => {
            Word::Joiner
        }
        _ => Word::Other,
    }
}

/// What a time word says about the days and hours that suit the person.
fn timed(word: TimeWord) -> Word {
    let said = match word {
        TimeWord::Day { index, short } => {
            let days = Said::Days(1 << index);
            return if short { Word::Maybe(days) } else { Word::Said(days) };
        }
        TimeWord::Part { part, short: true } => return Word::Maybe(Said::Part(part)),
        TimeWord::Part { part, short: false } => Said::Part(part),
        TimeWord::Weekdays => Said::Days(WEEKDAYS),
        TimeWord::Weekend => Said::Days(WEEKEND),
        TimeWord::Anytime => Said::Anytime,
        // "Today" names no weekday a weekly meeting can be matched against.
        TimeWord::Relative => return Word::Other,
    };
    Word::Said(said)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Date;
    use crate::schedule::parse_byday;

    fn read(text: &str) -> Availability {
        Availability::read(text).unwrap_or_else(|| panic!("{text:?} says when"))
    }

    fn days_of(availability: Availability) -> Vec<&'static str> {
        Weekday::ALL.into_iter().filter(|&day| availability.suits_day(day)).map(|day| day.code()).collect()
    }

    fn at(hour: u16, minute: u16) -> TimeOfDay {
        TimeOfDay::new(hour, minute).unwrap()
    }

    fn meeting(byday: &str, opens: (u16, u16), closes: Option<(u16, u16)>) -> Schedule {
        let mut schedule = Schedule::weekly(Weekday::Monday, at(opens.0, opens.1), closes.map(|(hour, minute)| at(hour, minute)));
        schedule.days = parse_byday(byday).unwrap();
        schedule
    }

    #[test]
    fn saying_nothing_or_any_time_is_no_constraint() {
        for text in [
            "knitting group in Golcar",
            "any time really",
            "anytime",
            "whenever",
            "Any day, I'm flexible",
            "I am free, I sat at home all week",
            "we sat in the sun",
            "",
        ] {
            assert_eq!(Availability::read(text), None, "{text:?}");
        }
    }

    #[test]
    fn days_are_read_with_plurals_short_forms_and_misspellings() {
        assert_eq!(days_of(read("saturdays")), ["SA"]);
        assert_eq!(days_of(read("tues or thurs")), ["TU", "TH"]);
        assert_eq!(days_of(read("Weds pls")), ["WE"]);
        assert_eq!(days_of(read("wensday or fryday")), ["WE", "FR"]);
        assert_eq!(days_of(read("sat or sun")), ["SA", "SU"]);
        assert_eq!(days_of(read("Mondays")), ["MO"]);
        assert_eq!(days_of(read("weekdays")), ["MO", "TU", "WE", "TH", "FR"]);
        assert_eq!(days_of(read("at the weekend")), ["SA", "SU"]);
        assert_eq!(days_of(read("week ends")), ["SA", "SU"]);
        assert_eq!(days_of(read("during the week")), ["MO", "TU", "WE", "TH", "FR"]);
    }

    /// The day something runs out on is not a day the person is free.
    #[test]
    fn a_day_after_till_or_before_says_nothing_about_when_they_are_free() {
        assert_eq!(Availability::read("no money for food till friday. NR2"), None);
        assert_eq!(days_of(read("can't get to anything before tuesday, then weds or thurs")), ["WE", "TH"]);
        assert_eq!(days_of(read("till friday, but a saturday group would be nice")), ["SA"]);
    }

    #[test]
    fn negations_rule_days_and_hours_out() {
        assert_eq!(days_of(read("not weekends")), ["MO", "TU", "WE", "TH", "FR"]);
        assert_eq!(days_of(read("any time except fridays")), ["MO", "TU", "WE", "TH", "SA", "SU"]);
        assert_eq!(days_of(read("weekdays but not mondays")), ["TU", "WE", "TH", "FR"]);
        assert_eq!(days_of(read("no weekends or mondays")), ["TU", "WE", "TH", "FR"]);
        assert_eq!(days_of(read("cant do sat")), ["MO", "TU", "WE", "TH", "FR", "SU"]);
        let not_mornings = read("not mornings");
        assert_eq!(days_of(not_mornings), ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]);
        assert_eq!(not_mornings.fit_schedule(&meeting("TU", (10, 0), Some((12, 0)))), Fit::Clashes);
        assert_eq!(not_mornings.fit_schedule(&meeting("TU", (14, 0), None)), Fit::Fits);
    }

    #[test]
    fn a_negation_ends_at_the_next_ordinary_word() {
        let said = read("not fridays, tuesday evenings are best");
        assert_eq!(days_of(said), ["TU"]);
        assert_eq!(said.fit_schedule(&meeting("TU", (19, 0), None)), Fit::Fits);
        assert_eq!(days_of(read("not Tuesdays, Wednesday or Thursday")), ["WE", "TH"]);
    }

    #[test]
    fn parts_of_the_day_match_meetings_that_spend_long_enough_in_them() {
        let mornings = read("weekday mornings");
        assert_eq!(mornings.fit_schedule(&meeting("TU", (10, 0), Some((12, 0)))), Fit::Fits);
        assert_eq!(mornings.fit_schedule(&meeting("SA", (10, 0), Some((12, 0)))), Fit::Clashes);
        assert_eq!(mornings.fit_schedule(&meeting("TU", (19, 0), None)), Fit::Clashes);
        assert_eq!(
            mornings.fit_schedule(&meeting("TU", (11, 30), Some((14, 0)))),
            Fit::Clashes,
            "half an hour of the morning is not enough"
        );

        let after_work = read("evenings after work");
        assert_eq!(after_work.fit_schedule(&meeting("MO", (18, 30), Some((20, 30)))), Fit::Fits);
        assert_eq!(after_work.fit_schedule(&meeting("MO", (14, 0), Some((16, 0)))), Fit::Clashes);

        let afternoons = read("tuesday or thursday afternoon");
        assert_eq!(afternoons.fit_schedule(&meeting("WE,FR", (10, 0), Some((15, 0)))), Fit::Clashes, "the hours fit but the days do not");
        assert_eq!(afternoons.fit_schedule(&meeting("TH", (10, 0), Some((15, 0)))), Fit::Fits);
        assert_eq!(read("lunchtimes").fit_schedule(&meeting("WE", (12, 0), Some((14, 0)))), Fit::Fits);
        assert_eq!(read("fri nite").fit_schedule(&meeting("FR", (18, 0), Some((21, 0)))), Fit::Fits);
        assert_eq!(read("weds am").fit_schedule(&meeting("WE", (9, 30), None)), Fit::Fits);
    }

    #[test]
    fn unknown_days_or_hours_are_neither_a_fit_nor_a_clash() {
        let thursdays = read("thursdays");
        let mut no_time = meeting("TH", (10, 0), None);
        no_time.opens_at = None;
        assert_eq!(thursdays.fit_schedule(&no_time), Fit::Fits, "the day is all that was asked");
        let mornings = read("mornings");
        assert_eq!(mornings.fit_schedule(&no_time), Fit::Unknown);
        let mut fifteenth = meeting("TH", (10, 0), None);
        fifteenth.days.clear();
        fifteenth.month_days = vec![15];
        assert_eq!(thursdays.fit_schedule(&fifteenth), Fit::Unknown);
        assert_eq!(mornings.fit_schedule(&fifteenth), Fit::Fits, "any day will do");
        assert_eq!(thursdays.fit_schedules(&[]), Fit::Unknown);
    }

    #[test]
    fn one_fitting_schedule_is_enough() {
        let sundays = read("sundays");
        let schedules = [meeting("SA", (10, 0), None), meeting("SU", (11, 0), None)];
        assert_eq!(sundays.fit_schedules(&schedules), Fit::Fits);
        assert_eq!(sundays.fit_schedules(&schedules[..1]), Fit::Clashes);
        let mut weekly_from_start = meeting("SA", (10, 0), None);
        weekly_from_start.days.clear();
        weekly_from_start.starts = Date::new(2026, 11, 22);
        assert_eq!(sundays.fit_schedule(&weekly_from_start), Fit::Fits, "22 Nov 2026 is a Sunday");
    }

    #[test]
    fn realistic_messages_in_the_search_text() {
        let text = "knitting group. Golcar. not weekends, mornings ideally";
        let said = read(text);
        assert_eq!(days_of(said), ["MO", "TU", "WE", "TH", "FR"]);
        assert_eq!(said.fit_schedule(&meeting("TU", (10, 0), Some((12, 0)))), Fit::Fits);
        assert_eq!(days_of(read("anything for teenagers on a Friday night")), ["FR"]);
        assert_eq!(days_of(read("something for my kids at the weekend")), ["SA", "SU"]);
        assert!(Availability::read("I'm retired and want some company in the afternoons").is_some());
    }

    #[test]
    fn clock_times_match_meetings_at_those_hours() {
        let choir_at_seven = meeting("TU", (19, 0), Some((21, 0)));
        let morning_group = meeting("TU", (10, 0), Some((12, 0)));
        let tuesday_at_7 = read("tuesday at 7");
        assert_eq!(tuesday_at_7.fit_schedule(&choir_at_seven), Fit::Fits, "7 with no am or pm may be the evening");
        assert_eq!(tuesday_at_7.fit_schedule(&morning_group), Fit::Clashes);
        let after_six = read("anything after 6?");
        assert_eq!(after_six.fit_schedule(&choir_at_seven), Fit::Fits);
        assert_eq!(after_six.fit_schedule(&morning_group), Fit::Clashes);
        assert_eq!(read("at 7.30pm").fit_schedule(&choir_at_seven), Fit::Fits);
        let ten_till_two = read("from 10 till 2");
        assert_eq!(ten_till_two.fit_schedule(&morning_group), Fit::Fits);
        assert_eq!(ten_till_two.fit_schedule(&choir_at_seven), Fit::Clashes);
        let early_walk = meeting("TU", (9, 30), Some((11, 0)));
        assert_eq!(read("not before 11 please").fit_schedule(&early_walk), Fit::Clashes);
        assert_eq!(Availability::read("I live at 7 Church Lane"), None);
        let after_work = read("evenings are best, I work in Harrogate till 5");
        assert_eq!(after_work.fit_schedule(&choir_at_seven), Fit::Fits);
        assert_eq!(after_work.fit_schedule(&morning_group), Fit::Clashes, "work till 5 is no morning free");
    }
}
