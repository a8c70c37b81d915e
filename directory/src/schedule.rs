//! When a service meets: the HSDS recurrence (`freq`, `interval`, `byday`, `bymonthday`,
//! `dtstart`), the next meeting after a moment, and the short phrase a text message can carry.

use super::calendar::{Date, LocalDateTime, TimeOfDay, Weekday};
use serde::{Deserialize, Serialize};

/// How far ahead [`Schedule::next_after`] looks; enough for "every 12 months" rules.
const LOOKAHEAD_DAYS: i64 = 800;

/// One repeating pattern of meetings, as HSDS 3.0 `schedule` describes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Schedule {
    /// Weekly or monthly repetition.
    pub frequency: Frequency,
    /// Every `interval` weeks or months; 1 for every one.
    pub interval: u32,
    /// The days it meets on (`byday`), optionally "the first" or "the last" of the month.
    pub days: Vec<DayRule>,
    /// Days of the month it meets on (`bymonthday`), 1-31, or -1 for the last day.
    pub month_days: Vec<i8>,
    /// When it starts on the day.
    pub opens_at: Option<TimeOfDay>,
    /// When it ends on the day.
    pub closes_at: Option<TimeOfDay>,
    /// The first meeting (`dtstart`): anchors "every other week" and "every 2 months".
    pub starts: Option<Date>,
    /// No meetings before this day.
    pub valid_from: Option<Date>,
    /// No meetings after this day.
    pub valid_to: Option<Date>,
    /// The publisher's own words about the times.
    pub description: Option<String>,
}

/// How a schedule repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Frequency {
    /// Every week (or every `interval` weeks).
    Weekly,
    /// Every month (or every `interval` months).
    Monthly,
}

impl Frequency {
    /// Reads HSDS 3.0 (`WEEKLY`) and ORUK v1 (`week`) spellings.
    pub fn parse(text: &str) -> Option<Frequency> {
        match text.trim().to_ascii_lowercase().as_str() {
            "weekly" | "week" | "daily" | "day" => Some(Frequency::Weekly),
            "monthly" | "month" => Some(Frequency::Monthly),
            _ => None,
        }
    }

    /// The HSDS 3.0 spelling.
    pub fn oruk(self) -> &'static str {
        match self {
            Frequency::Weekly => "WEEKLY",
            Frequency::Monthly => "MONTHLY",
        }
    }
}

/// A day in a `byday` list: `TU`, or `1TU` (first Tuesday), `-1FR` (last Friday).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayRule {
    /// The day of the week.
    pub weekday: Weekday,
    /// Which one in the month: 1 to 5 from the start, -1 to -5 from the end, `None` for all.
    pub nth: Option<i8>,
}

impl DayRule {
    /// Every such weekday.
    pub fn every(weekday: Weekday) -> DayRule {
        DayRule { weekday, nth: None }
    }

    /// Reads one `byday` entry; day names (`Tuesday`) are accepted as ORUK v1 feeds use them.
    pub fn parse(text: &str) -> Option<DayRule> {
        let text = text.trim();
        let split = text.find(|c: char| c.is_ascii_alphabetic())?;
        let (number, day) = text.split_at(split);
        let weekday = Weekday::parse(day)?;
        if number.is_empty() {
            return Some(DayRule::every(weekday));
        }
        let nth: i8 = number.parse().ok()?;
        (nth != 0 && nth.abs() <= 5).then_some(DayRule { weekday, nth: Some(nth) })
    }

    /// The `byday` spelling, `1TU`.
    pub fn code(self) -> String {
        match self.nth {
            Some(nth) => format!("{nth}{}", self.weekday.code()),
            None => self.weekday.code().to_string(),
        }
    }

    fn matches(self, date: Date) -> bool {
        date.weekday() == self.weekday && self.nth.is_none_or(|nth| nth_in_month(date, nth))
    }
}

/// Words that join days in a publisher's phrase ("every Monday and Thursday") and say nothing
/// of which days.
const JOINING_WORDS: [&str; 6] = ["every", "each", "on", "and", "&", "+"];

/// Reads a whole `byday` list, as the standard writes it ("MO,WE,FR", "1TU") or as real feeds
/// write day names instead ("Mondays", "Tuesday and Thursday", "Mon-Fri", "Monday to Friday",
/// "weekdays", "daily"); `None` if any word is not a day, so a typo is reported, not guessed.
pub fn parse_byday(text: &str) -> Option<Vec<DayRule>> {
    let normalised =
        text.to_ascii_lowercase().replace(['–', '—'], "-").replace(" - ", "-").replace(" to ", "-").replace("every day", "daily");
    let mut days: Vec<DayRule> = Vec::new();
    for word in normalised.split([',', ';', ' ', '/']).filter(|word| !word.is_empty() && !JOINING_WORDS.contains(word)) {
        for day in day_word(word)? {
            if !days.contains(&day) {
                days.push(day);
            }
        }
    }
    (!days.is_empty()).then_some(days)
}

/// The days one word of a `byday` phrase names: `TU`, `2SA`, `tuesdays`, `mon-fri`, `weekends`.
fn day_word(word: &str) -> Option<Vec<DayRule>> {
    let every = |range: &[Weekday]| range.iter().copied().map(DayRule::every).collect();
    match word {
        "daily" | "everyday" => return Some(every(&Weekday::ALL)),
        "weekdays" | "weekday" => return Some(every(&Weekday::ALL[..5])),
        "weekends" | "weekend" => return Some(every(&Weekday::ALL[5..])),
        _ => {}
    }
    if let Some((first, last)) = word.split_once('-').filter(|(first, _)| !first.is_empty()) {
        let (first, last) = (weekday_name(first)?.index(), weekday_name(last)?.index());
        let span: Vec<Weekday> = (0..7).map(|step| Weekday::ALL[(first + step) % 7]).take((last + 7 - first) % 7 + 1).collect();
        return Some(every(&span));
    }
    DayRule::parse(word).or_else(|| weekday_name(word).map(DayRule::every)).map(|day| vec![day])
}

/// A day's name, also in the plural ("Tuesdays").
fn weekday_name(word: &str) -> Option<Weekday> {
    Weekday::parse(word).or_else(|| Weekday::parse(word.strip_suffix('s')?))
}

fn nth_in_month(date: Date, nth: i8) -> bool {
    let from_start = (date.day as i8 - 1) / 7 + 1;
    let from_end = (super::calendar::days_in_month(date.year, date.month) as i8 - date.day as i8) / 7 + 1;
    if nth > 0 {
        from_start == nth
    } else {
        from_end == -nth
    }
}

impl Schedule {
    /// A weekly meeting on one day at one time, the commonest pattern in a directory.
    pub fn weekly(weekday: Weekday, opens_at: TimeOfDay, closes_at: Option<TimeOfDay>) -> Schedule {
        Schedule {
            frequency: Frequency::Weekly,
            interval: 1,
            days: vec![DayRule::every(weekday)],
            month_days: Vec::new(),
            opens_at: Some(opens_at),
            closes_at,
            starts: None,
            valid_from: None,
            valid_to: None,
            description: None,
        }
    }

    /// Whether there is a meeting on `date`.
    pub fn occurs_on(&self, date: Date) -> bool {
        self.within_validity(date) && self.in_active_period(date) && self.matches_day(date)
    }

    /// The first meeting that starts at or after `after`, within about two years.
    pub fn next_after(&self, after: LocalDateTime) -> Option<LocalDateTime> {
        let start_time = self.opens_at.unwrap_or(TimeOfDay { minutes: 0 });
        (0..LOOKAHEAD_DAYS)
            .map(|offset| after.date.add_days(offset))
            .take_while(|&date| self.valid_to.is_none_or(|to| date <= to))
            .filter(|&date| date > after.date || self.opens_at.is_none_or(|opens| opens >= after.time))
            .find(|&date| self.occurs_on(date))
            .map(|date| LocalDateTime { date, time: start_time })
    }

    /// A short phrase for a text message: "Tuesdays 10am", "First Friday of the month 7pm".
    pub fn phrase(&self) -> String {
        let when = self.days_phrase();
        let phrase = match (when, self.opens_at) {
            (Some(days), Some(time)) => format!("{days} {}", time.spoken()),
            (Some(days), None) => days,
            (None, _) => self.description.clone().unwrap_or_default(),
        };
        capitalise(&phrase)
    }

    fn within_validity(&self, date: Date) -> bool {
        let after_start = [self.valid_from, self.starts].into_iter().flatten().all(|from| date >= from);
        after_start && self.valid_to.is_none_or(|to| date <= to)
    }

    fn in_active_period(&self, date: Date) -> bool {
        let (Some(anchor), interval) = (self.starts, i64::from(self.interval.max(1))) else {
            return true;
        };
        match self.frequency {
            Frequency::Weekly => week_index(date).saturating_sub(week_index(anchor)).rem_euclid(interval) == 0,
            Frequency::Monthly => date.months_since(anchor).rem_euclid(interval) == 0,
        }
    }

    fn matches_day(&self, date: Date) -> bool {
        if !self.days.is_empty() || !self.month_days.is_empty() {
            return self.days.iter().any(|rule| rule.matches(date)) || self.month_days.iter().any(|&day| month_day_matches(date, day));
        }
        // No days given: the rule repeats the weekday (or the day of the month) of its start.
        match (self.starts, self.frequency) {
            (Some(anchor), Frequency::Weekly) => anchor.weekday() == date.weekday(),
            (Some(anchor), Frequency::Monthly) => anchor.day == date.day,
            (None, _) => false,
        }
    }

    fn days_phrase(&self) -> Option<String> {
        let every: Vec<Weekday> = self.days.iter().filter(|rule| rule.nth.is_none()).map(|rule| rule.weekday).collect();
        let nth: Vec<DayRule> = self.days.iter().copied().filter(|rule| rule.nth.is_some()).collect();
        let interval = self.interval.max(1);
        match self.frequency {
            Frequency::Weekly if !every.is_empty() => Some(weekly_phrase(&every, interval)),
            Frequency::Monthly if !nth.is_empty() => Some(format!(
                "{} of the month{}",
                join_and(&nth.iter().map(|rule| nth_phrase(*rule)).collect::<Vec<_>>()),
                every_n_months(interval)
            )),
            Frequency::Monthly if !self.month_days.is_empty() => {
                let days: Vec<String> = self.month_days.iter().map(|&day| ordinal_day(day)).collect();
                Some(format!("{} of the month{}", join_and(&days), every_n_months(interval)))
            }
            _ => self.starts.map(|anchor| weekly_phrase(&[anchor.weekday()], interval)).filter(|_| self.frequency == Frequency::Weekly),
        }
    }
}

fn week_index(date: Date) -> i64 {
    // 1970-01-05 was a Monday; weeks are counted Monday to Sunday.
    (date.days_since_epoch() - 4).div_euclid(7)
}

fn month_day_matches(date: Date, day: i8) -> bool {
    let last = super::calendar::days_in_month(date.year, date.month) as i8;
    let wanted = if day < 0 { last + 1 + day } else { day };
    date.day as i8 == wanted
}

fn weekly_phrase(days: &[Weekday], interval: u32) -> String {
    let mut sorted = days.to_vec();
    sorted.sort();
    sorted.dedup();
    if interval == 1 {
        return match sorted.len() {
            7 => "every day".to_string(),
            5 if sorted.iter().all(|day| day.index() < 5) => "weekdays".to_string(),
            _ => join_and(&sorted.iter().map(|day| format!("{}s", day.name())).collect::<Vec<_>>()),
        };
    }
    let names = join_and(&sorted.iter().map(|day| day.name().to_string()).collect::<Vec<_>>());
    match interval {
        2 => format!("every other {names}"),
        n => format!("every {n} weeks on {names}"),
    }
}

fn nth_phrase(rule: DayRule) -> String {
    let which = match rule.nth.unwrap_or(1) {
        1 => "first",
        2 => "second",
        3 => "third",
        4 => "fourth",
        5 => "fifth",
        -1 => "last",
        _ => "second to last",
    };
    format!("{which} {}", rule.weekday.name())
}

fn ordinal_day(day: i8) -> String {
    if day < 0 {
        return "last day".to_string();
    }
    let suffix = match (day % 10, day % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{day}{suffix}")
}

fn every_n_months(interval: u32) -> String {
    match interval {
        1 => String::new(),
        n => format!(", every {n} months"),
    }
}

fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u8, day: u8) -> Date {
        Date::new(year, month, day).unwrap()
    }

    fn at(day: Date, hour: u16, minute: u16) -> LocalDateTime {
        LocalDateTime { date: day, time: TimeOfDay::new(hour, minute).unwrap() }
    }

    fn ten() -> TimeOfDay {
        TimeOfDay::new(10, 0).unwrap()
    }

    #[test]
    fn weekly_meeting_is_found_later_the_same_day_or_next_week() {
        let tuesdays = Schedule::weekly(Weekday::Tuesday, ten(), None);
        let tuesday = date(2026, 11, 24);
        assert_eq!(tuesdays.next_after(at(tuesday, 9, 0)), Some(at(tuesday, 10, 0)));
        assert_eq!(tuesdays.next_after(at(tuesday, 11, 0)), Some(at(date(2026, 12, 1), 10, 0)));
        assert_eq!(tuesdays.next_after(at(date(2026, 11, 23), 20, 0)), Some(at(tuesday, 10, 0)));
    }

    #[test]
    fn every_other_week_counts_from_its_start() {
        let mut fortnightly = Schedule::weekly(Weekday::Saturday, ten(), None);
        fortnightly.interval = 2;
        fortnightly.starts = Some(date(2026, 11, 7));
        assert!(fortnightly.occurs_on(date(2026, 11, 21)));
        assert!(!fortnightly.occurs_on(date(2026, 11, 28)));
        assert!(!fortnightly.occurs_on(date(2026, 10, 24)), "nothing before dtstart");
        assert_eq!(fortnightly.next_after(at(date(2026, 11, 22), 0, 0)), Some(at(date(2026, 12, 5), 10, 0)));
        assert_eq!(fortnightly.phrase(), "Every other Saturday 10am");
    }

    #[test]
    fn monthly_rules_find_first_and_last_weekdays_and_month_days() {
        let mut first_tuesday = Schedule::weekly(Weekday::Tuesday, TimeOfDay::new(14, 0).unwrap(), None);
        first_tuesday.frequency = Frequency::Monthly;
        first_tuesday.days = parse_byday("1TU").unwrap();
        assert_eq!(first_tuesday.next_after(at(date(2026, 11, 23), 0, 0)), Some(at(date(2026, 12, 1), 14, 0)));
        assert_eq!(first_tuesday.phrase(), "First Tuesday of the month 2pm");

        let mut last_friday = first_tuesday.clone();
        last_friday.days = parse_byday("-1FR").unwrap();
        assert_eq!(last_friday.next_after(at(date(2026, 11, 1), 0, 0)).unwrap().date, date(2026, 11, 27));

        let mut fifteenth = first_tuesday.clone();
        fifteenth.days.clear();
        fifteenth.month_days = vec![15];
        assert_eq!(fifteenth.next_after(at(date(2026, 11, 16), 0, 0)).unwrap().date, date(2026, 12, 15));
        assert_eq!(fifteenth.phrase(), "15th of the month 2pm");
    }

    #[test]
    fn validity_window_ends_meetings() {
        let mut ended = Schedule::weekly(Weekday::Monday, ten(), None);
        ended.valid_to = Some(date(2026, 11, 1));
        assert_eq!(ended.next_after(at(date(2026, 11, 2), 0, 0)), None);
    }

    #[test]
    fn phrases_read_naturally() {
        let mut schedule = Schedule::weekly(Weekday::Tuesday, ten(), None);
        assert_eq!(schedule.phrase(), "Tuesdays 10am");
        schedule.days = parse_byday("TU,TH").unwrap();
        schedule.opens_at = TimeOfDay::new(19, 30);
        assert_eq!(schedule.phrase(), "Tuesdays and Thursdays 7:30pm");
        schedule.days = parse_byday("MO,TU,WE,TH,FR").unwrap();
        assert_eq!(schedule.phrase(), "Weekdays 7:30pm");
        schedule.days.clear();
        schedule.description = Some("Ring for times".into());
        assert_eq!(schedule.phrase(), "Ring for times");
    }

    #[test]
    fn byday_lists_are_read_strictly() {
        assert_eq!(parse_byday("MO, we").unwrap().len(), 2);
        assert_eq!(parse_byday("2SA").unwrap()[0], DayRule { weekday: Weekday::Saturday, nth: Some(2) });
        assert_eq!(parse_byday("Thursday").unwrap()[0], DayRule::every(Weekday::Thursday));
        assert!(parse_byday("XX").is_none());
        assert!(parse_byday("").is_none());
        assert!(parse_byday("Mondays and Funday").is_none());
        assert!(parse_byday("9MO").is_none());
        assert_eq!(DayRule::parse("-1FR").unwrap().code(), "-1FR");
    }

    #[test]
    fn day_names_as_real_feeds_write_them_are_read() {
        let codes = |text: &str| -> Vec<String> {
            parse_byday(text).unwrap_or_else(|| panic!("{text:?} unread")).into_iter().map(DayRule::code).collect()
        };
        assert_eq!(codes("Tuesdays"), ["TU"]);
        assert_eq!(codes("every Monday and Thursday"), ["MO", "TH"]);
        assert_eq!(codes("Mon-Fri"), ["MO", "TU", "WE", "TH", "FR"]);
        assert_eq!(codes("Friday to Monday"), ["FR", "SA", "SU", "MO"]);
        assert_eq!(codes("Monday – Wednesday"), ["MO", "TU", "WE"]);
        assert_eq!(codes("weekends"), ["SA", "SU"]);
        assert_eq!(codes("every day").len(), 7);
        assert_eq!(codes("TH, Thursday"), ["TH"]);
        assert_eq!(codes("Sat & Sun"), ["SA", "SU"]);
    }
}
