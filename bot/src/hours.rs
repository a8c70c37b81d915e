//! Navigators' opening hours, so the bot can say honestly when a person will reply.
//!
//! Written the way a council would put it on a poster: `Mon-Fri 09:00-17:00; Sat 10:00-13:00`,
//! read on the UK wall clock (GMT or BST).

use anyhow::{bail, Context, Result};
use directory::calendar::{TimeOfDay, Timestamp, Weekday};

/// One day's opening, in minutes after midnight.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Opening {
    day: Weekday,
    opens: TimeOfDay,
    closes: TimeOfDay,
}

/// When navigators are on shift.
#[derive(Debug, Clone, PartialEq)]
pub struct OpeningHours {
    /// Each day's opening; a day with none is closed.
    openings: Vec<Opening>,
}

/// The hours used when none are configured: office hours on weekdays.
pub const DEFAULT_HOURS: &str = "Mon-Fri 09:00-17:00";

impl OpeningHours {
    /// Reads `Mon-Fri 09:00-17:00; Sat 10:00-13:00` (days may be a range or a comma list).
    pub fn parse(text: &str) -> Result<OpeningHours> {
        let mut openings = Vec::new();
        for part in text.split(';').map(str::trim).filter(|part| !part.is_empty()) {
            let (days, times) =
                part.split_once(char::is_whitespace).with_context(|| format!("opening hours need days and times: {part:?}"))?;
            let (opens, closes) = parse_times(times.trim())?;
            for day in parse_days(days)? {
                openings.push(Opening { day, opens, closes });
            }
        }
        Ok(OpeningHours { openings })
    }

    /// Whether navigators are on shift at `unix_seconds`.
    pub fn open_at(&self, unix_seconds: i64) -> bool {
        let local = Timestamp(unix_seconds).to_uk_local();
        let day = local.date.weekday();
        self.openings.iter().any(|opening| opening.day == day && opening.opens <= local.time && local.time < opening.closes)
    }

    /// Whether the team is on shift at `unix_seconds` and, if not, when it is back: what the
    /// flows are told for each team.
    pub fn shift_at(&self, unix_seconds: i64) -> flows::Shift {
        flows::Shift { open: self.open_at(unix_seconds), back: self.back_in_words(unix_seconds) }
    }

    /// When navigators are next on shift after `unix_seconds`, as a resident would say it ("at
    /// 9am today", "at 9am tomorrow", "at 9am on Monday"), so a message out of hours can promise
    /// an honest time. `None` when on shift now or when no opening is configured at all.
    pub fn back_in_words(&self, unix_seconds: i64) -> Option<String> {
        if self.open_at(unix_seconds) {
            return None;
        }
        let now = Timestamp(unix_seconds).to_uk_local();
        (0..=7).find_map(|days_ahead| {
            let date = now.date.add_days(days_ahead);
            let opens = self
                .openings
                .iter()
                .filter(|opening| opening.day == date.weekday())
                .map(|opening| opening.opens)
                .filter(|opens| days_ahead > 0 || *opens > now.time)
                .min()?;
            let day = match days_ahead {
                0 => "today".to_string(),
                1 => "tomorrow".to_string(),
                _ => format!("on {}", date.weekday().name()),
            };
            Some(format!("at {} {day}", opens.spoken()))
        })
    }
}

fn parse_times(times: &str) -> Result<(TimeOfDay, TimeOfDay)> {
    let (opens, closes) = times.split_once('-').with_context(|| format!("expected HH:MM-HH:MM, got {times:?}"))?;
    let opens = TimeOfDay::parse(opens).with_context(|| format!("not a time: {opens:?}"))?;
    let closes = TimeOfDay::parse(closes).with_context(|| format!("not a time: {closes:?}"))?;
    if closes <= opens {
        bail!("closing time must be after opening time in {times:?}");
    }
    Ok((opens, closes))
}

fn parse_days(days: &str) -> Result<Vec<Weekday>> {
    let mut found = Vec::new();
    for item in days.split(',') {
        let day = |text: &str| Weekday::parse(text).with_context(|| format!("not a day: {text:?}"));
        match item.split_once('-') {
            Some((first, last)) => {
                let (first, last) = (day(first)?, day(last)?);
                if last < first {
                    bail!("a day range must run forwards: {item:?}");
                }
                found.extend(&Weekday::ALL[first.index()..=last.index()]);
            }
            None => found.push(day(item)?),
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2026-11-23 was a Monday; 12:00 UTC is 12:00 GMT.
    const MONDAY_NOON_WINTER: i64 = 1_795_435_200;

    #[test]
    fn office_hours_are_open_at_monday_noon_and_closed_at_night_and_weekends() {
        let hours = OpeningHours::parse(DEFAULT_HOURS).unwrap();
        assert!(hours.open_at(MONDAY_NOON_WINTER));
        assert!(!hours.open_at(MONDAY_NOON_WINTER + 10 * 3600));
        assert!(!hours.open_at(MONDAY_NOON_WINTER + 5 * 86_400));
    }

    #[test]
    fn summer_time_moves_the_hours_an_hour_earlier_in_utc() {
        let hours = OpeningHours::parse("Mon 09:00-10:00").unwrap();
        // 2026-06-01 was a Monday; 08:30 UTC is 09:30 BST.
        let monday_0830_utc = 1_780_302_600;
        assert!(hours.open_at(monday_0830_utc));
        assert!(!hours.open_at(monday_0830_utc + 3600));
    }

    #[test]
    fn out_of_hours_says_when_navigators_are_back() {
        let hours = OpeningHours::parse(DEFAULT_HOURS).unwrap();
        assert_eq!(hours.back_in_words(MONDAY_NOON_WINTER), None);
        let monday_seven_am = MONDAY_NOON_WINTER - 5 * 3600;
        assert_eq!(hours.back_in_words(monday_seven_am).as_deref(), Some("at 9am today"));
        let monday_ten_pm = MONDAY_NOON_WINTER + 10 * 3600;
        assert_eq!(hours.back_in_words(monday_ten_pm).as_deref(), Some("at 9am tomorrow"));
        let saturday_noon = MONDAY_NOON_WINTER + 5 * 86_400;
        assert_eq!(hours.back_in_words(saturday_noon).as_deref(), Some("at 9am on Monday"));
        let never = OpeningHours::parse("").unwrap();
        assert_eq!(never.back_in_words(MONDAY_NOON_WINTER), None);
    }

    #[test]
    fn several_days_and_lists_parse() {
        let hours = OpeningHours::parse("Mon,Wed 09:00-12:00; Sat-Sun 10:00-11:00").unwrap();
        assert_eq!(hours.openings.len(), 4);
    }

    #[test]
    fn nonsense_is_a_clear_error() {
        assert!(OpeningHours::parse("Mon 17:00-09:00").is_err());
        assert!(OpeningHours::parse("Funday 09:00-10:00").is_err());
        assert!(OpeningHours::parse("Fri-Mon 09:00-10:00").is_err());
        assert!(OpeningHours::parse("Mon").is_err());
    }
}
