//! Dates, weekdays and UK wall-clock times for schedules and freshness checks.
//!
//! Small value types the directory's records and schedules are written in (they serialise as
//! plain fields into stored records), over `jiff` for the calendar arithmetic and the
//! Europe/London rules, bundled into the binary so a machine without tzdata still knows when
//! British Summer Time starts. Reading feed text stays here: feeds write dates and times in
//! more ways than RFC 3339 allows.

use jiff::civil;
use jiff::tz::TimeZone;
use jiff::{Span, ToSpan};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::LazyLock;

/// 1970-01-01, which day counts and timestamps start from.
const EPOCH: civil::Date = civil::date(1970, 1, 1);

/// The UK's time zone, from the bundled time zone database.
static LONDON: LazyLock<TimeZone> =
    LazyLock::new(|| jiff::tz::db().get("Europe/London").expect("the bundled time zone database has Europe/London"));

/// A calendar day, used for `assured_date`, validity ranges and the next meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Date {
    /// Full year, e.g. 2026.
    pub year: i32,
    /// 1 to 12.
    pub month: u8,
    /// 1 to the length of the month.
    pub day: u8,
}

impl Date {
    /// A checked date, so an impossible day from a feed is reported instead of kept.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let checked = civil::Date::new(i16::try_from(year).ok()?, i8::try_from(month).ok()?, i8::try_from(day).ok()?);
        checked.ok().map(Date::from_civil)
    }

    fn from_civil(date: civil::Date) -> Date {
        Date { year: i32::from(date.year()), month: date.month() as u8, day: date.day() as u8 }
    }

    /// The same day for jiff's arithmetic; a `Date` is always valid, as only [`Date::new`] and
    /// jiff make one.
    fn to_civil(self) -> civil::Date {
        civil::date(self.year as i16, self.month as i8, self.day as i8)
    }

    /// Reads the `YYYY-MM-DD` that starts an ISO 8601 date or date-time, as feeds write them.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let text = text.trim();
        let head = text.get(..10)?;
        let rest = &text[10..];
        if !(rest.is_empty() || rest.starts_with('T') || rest.starts_with(' ')) {
            return None;
        }
        let mut parts = head.split('-');
        let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
        if year.len() != 4 || month.len() != 2 || day.len() != 2 {
            return None;
        }
        Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
    }

    /// Days since 1970-01-01, so dates can be compared and stepped by whole days.
    pub fn days_since_epoch(self) -> i64 {
        i64::from(EPOCH.until(self.to_civil()).expect("any two dates are a number of days apart").get_days())
    }

    /// The date a number of days after 1970-01-01; the inverse of [`Date::days_since_epoch`],
    /// held to the years jiff knows (-9999 to 9999).
    pub fn from_days_since_epoch(days: i64) -> Date {
        let limit = if days < 0 { civil::Date::MIN } else { civil::Date::MAX };
        let date = Span::new().try_days(days).and_then(|span| EPOCH.checked_add(span)).unwrap_or(limit);
        Date::from_civil(date)
    }

    /// The date `days` later (or earlier when negative).
    pub fn add_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// The same day of the month `months` earlier, clamped to the month's end (31 Mar → 28 Feb),
    /// so "not verified for 6 months" means what a person would expect.
    pub fn months_earlier(self, months: u32) -> Date {
        let earlier = self.to_civil().checked_sub(i64::from(months).months()).unwrap_or(civil::Date::MIN);
        Date::from_civil(earlier)
    }

    /// Whole months from `earlier` to `self` (year × 12 + month difference), for monthly intervals.
    pub fn months_since(self, earlier: Date) -> i64 {
        (i64::from(self.year) - i64::from(earlier.year)) * 12 + i64::from(self.month) - i64::from(earlier.month)
    }

    /// The day of the week, for weekly schedules.
    pub fn weekday(self) -> Weekday {
        Weekday::ALL[self.to_civil().weekday().to_monday_zero_offset() as usize]
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// How many days a month has, leap years included.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    Date { year, month, day: 1 }.to_civil().days_in_month() as u8
}

/// A day of the week, as schedules name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    /// Monday first, as UK calendars and ISO 8601 count.
    pub const ALL: [Weekday; 7] =
        [Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday, Weekday::Friday, Weekday::Saturday, Weekday::Sunday];

    /// The two-letter iCalendar code (`MO`), used by HSDS `byday`.
    pub fn code(self) -> &'static str {
        ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][self.index()]
    }

    /// The English name, "Monday".
    pub fn name(self) -> &'static str {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][self.index()]
    }

    /// 0 for Monday to 6 for Sunday.
    pub fn index(self) -> usize {
        self as usize
    }

    /// Reads a day as feeds and CSV files write it: `TU`, `Tue`, `tuesday`, or ISO number 1-7.
    pub fn parse(text: &str) -> Option<Weekday> {
        let word = text.trim().to_ascii_lowercase();
        if let Ok(number) = word.parse::<usize>() {
            return (1..=7).contains(&number).then(|| Weekday::ALL[number - 1]);
        }
        if word.len() < 2 {
            return None;
        }
        Weekday::ALL.into_iter().find(|day| {
            let name = day.name().to_ascii_lowercase();
            word == day.code().to_ascii_lowercase() || (word.len() >= 3 && name.starts_with(&word))
        })
    }
}

/// A time of day in minutes after midnight, UK wall clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct TimeOfDay {
    /// 0 to 1439.
    pub minutes: u16,
}

impl TimeOfDay {
    /// A checked time.
    pub fn new(hour: u16, minute: u16) -> Option<TimeOfDay> {
        (hour < 24 && minute < 60).then_some(TimeOfDay { minutes: hour * 60 + minute })
    }

    /// Reads `HH:MM`, `HH:MM:SS`, with or without a trailing zone, or the time part of a
    /// date-time (`2000-01-01T09:30:00.000Z`), all of which appear in real feeds.
    pub fn parse(text: &str) -> Option<TimeOfDay> {
        let text = text.trim();
        let clock = match text.split_once('T') {
            Some((_, after)) => after,
            None => text,
        };
        let mut parts = clock.split(':');
        let hour = parts.next()?.trim();
        let minute = parts.next()?.get(..2)?;
        if hour.is_empty() || hour.len() > 2 {
            return None;
        }
        TimeOfDay::new(hour.parse().ok()?, minute.parse().ok()?)
    }

    /// Hour, 0 to 23.
    pub fn hour(self) -> u16 {
        self.minutes / 60
    }

    /// Minute within the hour.
    pub fn minute(self) -> u16 {
        self.minutes % 60
    }

    /// How a person says it in a text message: "10am", "7:30pm", "12pm".
    pub fn spoken(self) -> String {
        let suffix = if self.hour() < 12 { "am" } else { "pm" };
        let hour = match self.hour() % 12 {
            0 => 12,
            hour => hour,
        };
        match self.minute() {
            0 => format!("{hour}{suffix}"),
            minute => format!("{hour}:{minute:02}{suffix}"),
        }
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour(), self.minute())
    }
}

/// A moment on the UK wall clock: what "Tuesdays 10am" and "now" are measured in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct LocalDateTime {
    /// The calendar day.
    pub date: Date,
    /// The time on that day.
    pub time: TimeOfDay,
}

impl LocalDateTime {
    /// Minutes from `self` until `later` (negative when `later` is earlier).
    pub fn minutes_until(self, later: LocalDateTime) -> i64 {
        let days = later.date.days_since_epoch() - self.date.days_since_epoch();
        days * 1440 + i64::from(later.time.minutes) - i64::from(self.time.minutes)
    }
}

/// A moment in UTC, in whole seconds since 1970, for `last_modified` and for "now".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// Reads an RFC 3339 date-time (`2026-03-15T10:30:45.123Z`, `...+01:00`); a bare date or a
    /// date-time without a zone is read as UTC, since feeds often leave the zone out.
    pub fn parse(text: &str) -> Option<Timestamp> {
        let text = text.trim();
        let date = Date::parse_iso(text)?;
        let midnight = date.days_since_epoch() * 86_400;
        let Some(rest) = text.get(11..) else {
            return Some(Timestamp(midnight));
        };
        let time = TimeOfDay::parse(rest)?;
        let seconds = rest.get(6..8).and_then(|s| s.parse::<i64>().ok()).filter(|_| rest.as_bytes().get(5) == Some(&b':'));
        let offset = zone_offset_seconds(rest)?;
        Some(Timestamp(midnight + i64::from(time.minutes) * 60 + seconds.unwrap_or(0) - offset))
    }

    /// The UTC calendar day, for staleness in whole days and months.
    pub fn date(self) -> Date {
        Date::from_civil(self.wall_clock(&TimeZone::UTC).date())
    }

    /// The UK wall-clock time: GMT in winter, BST (UTC+1) in summer, by the Europe/London rules.
    pub fn to_uk_local(self) -> LocalDateTime {
        let local = self.wall_clock(&LONDON);
        let minutes = local.hour() as u16 * 60 + local.minute() as u16;
        LocalDateTime { date: Date::from_civil(local.date()), time: TimeOfDay { minutes } }
    }

    /// The wall clock in `zone` at this moment (held to the years jiff knows).
    fn wall_clock(self, zone: &TimeZone) -> civil::DateTime {
        let limit = if self.0 < 0 { jiff::Timestamp::MIN } else { jiff::Timestamp::MAX };
        zone.to_datetime(jiff::Timestamp::from_second(self.0).unwrap_or(limit))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let clock = self.wall_clock(&TimeZone::UTC);
        write!(f, "{}T{:02}:{:02}:{:02}Z", self.date(), clock.hour(), clock.minute(), clock.second())
    }
}

/// The zone at the end of a time (`Z`, `+01:00`, `-0500`, or none meaning UTC), in seconds.
fn zone_offset_seconds(time: &str) -> Option<i64> {
    if time.ends_with('Z') || time.ends_with('z') {
        return Some(0);
    }
    let Some(sign_at) = time.rfind(['+', '-']) else {
        return Some(0);
    };
    let sign = if time.as_bytes()[sign_at] == b'-' { -1 } else { 1 };
    let digits: String = time[sign_at + 1..].chars().filter(char::is_ascii_digit).collect();
    if digits.len() != 4 {
        return None;
    }
    let hours: i64 = digits[..2].parse().ok()?;
    let minutes: i64 = digits[2..].parse().ok()?;
    Some(sign * (hours * 3600 + minutes * 60))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u8, day: u8) -> Date {
        Date::new(year, month, day).unwrap()
    }

    #[test]
    fn day_counts_round_trip_and_know_weekdays() {
        assert_eq!(date(1970, 1, 1).days_since_epoch(), 0);
        assert_eq!(date(2000, 3, 1).days_since_epoch(), 11_017);
        for days in [-800_000, -1, 0, 59, 10_957, 20_000, 700_000] {
            assert_eq!(Date::from_days_since_epoch(days).days_since_epoch(), days);
        }
        assert_eq!(date(2026, 11, 23).weekday(), Weekday::Monday);
        assert_eq!(date(2024, 2, 29).weekday(), Weekday::Thursday);
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert_eq!(Date::new(2025, 2, 29), None);
        assert_eq!(Date::parse_iso("2025-13-01"), None);
        assert_eq!(Date::parse_iso("15/03/2025"), None);
        assert_eq!(Date::parse_iso("2025-03-15T10:00:00Z"), Some(date(2025, 3, 15)));
    }

    #[test]
    fn months_earlier_clamps_to_the_end_of_short_months() {
        assert_eq!(date(2026, 8, 31).months_earlier(6), date(2026, 2, 28));
        assert_eq!(date(2026, 3, 15).months_earlier(6), date(2025, 9, 15));
        assert_eq!(date(2026, 3, 15).months_since(date(2025, 12, 1)), 3);
    }

    #[test]
    fn weekdays_read_the_ways_feeds_write_them() {
        assert_eq!(Weekday::parse("TU"), Some(Weekday::Tuesday));
        assert_eq!(Weekday::parse("thurs"), Some(Weekday::Thursday));
        assert_eq!(Weekday::parse("Saturday"), Some(Weekday::Saturday));
        assert_eq!(Weekday::parse("7"), Some(Weekday::Sunday));
        assert_eq!(Weekday::parse("T"), None);
        assert_eq!(Weekday::parse("Funday"), None);
    }

    #[test]
    fn times_read_and_speak() {
        assert_eq!(TimeOfDay::parse("09:30"), TimeOfDay::new(9, 30));
        assert_eq!(TimeOfDay::parse("19:00:00Z"), TimeOfDay::new(19, 0));
        assert_eq!(TimeOfDay::parse("2000-01-01T08:15:00.000Z"), TimeOfDay::new(8, 15));
        assert_eq!(TimeOfDay::parse("25:00"), None);
        assert_eq!(TimeOfDay::parse("ten"), None);
        assert_eq!(TimeOfDay::new(10, 0).unwrap().spoken(), "10am");
        assert_eq!(TimeOfDay::new(19, 30).unwrap().spoken(), "7:30pm");
        assert_eq!(TimeOfDay::new(12, 0).unwrap().spoken(), "12pm");
    }

    #[test]
    fn timestamps_parse_zones_and_convert_to_uk_time() {
        let winter = Timestamp::parse("2026-01-10T10:00:00Z").unwrap();
        assert_eq!(winter.to_uk_local().time, TimeOfDay::new(10, 0).unwrap());
        let summer = Timestamp::parse("2026-07-10T10:00:00.123Z").unwrap();
        assert_eq!(summer.to_uk_local().time, TimeOfDay::new(11, 0).unwrap());
        let offset = Timestamp::parse("2026-07-10T11:00:00+01:00").unwrap();
        assert_eq!(offset, summer);
        assert_eq!(Timestamp::parse("2026-07-10").unwrap().to_string(), "2026-07-10T00:00:00Z");
        assert_eq!(Timestamp::parse("2026-07-10T10:00:00+1"), None);
        // BST began at 01:00 UTC on Sunday 29 March 2026.
        assert_eq!(Timestamp::parse("2026-03-29T00:59:00Z").unwrap().to_uk_local().time.hour(), 0);
        assert_eq!(Timestamp::parse("2026-03-29T01:00:00Z").unwrap().to_uk_local().time.hour(), 2);
    }
}
