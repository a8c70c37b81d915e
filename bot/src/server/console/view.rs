//! How handoffs, times and channels are worded on the console's pages: plain data for the
//! templates, which escape it.

use super::Console;
use crate::store::handoffs::Handoff;
use crate::store::now_ms;
use directory::calendar::Timestamp;
use serde_json::{json, Value};

/// A handoff as a queue row or a conversation's heading shows it.
pub fn handoff(console: &Console, handoff: &Handoff) -> Value {
    let school = handoff.cohort.as_deref().and_then(|code| console.schools.find(code));
    let area = school.map(|school| school.area.clone()).or_else(|| console.area.clone());
    json!({
        "id": handoff.id,
        "urgent": handoff.is_urgent(),
        "urgency": if handoff.is_urgent() { "Crisis" } else { "Waiting" },
        "channel": channel_name(handoff.channel),
        "area": area.as_deref().map(title_case).unwrap_or_else(|| "Not set".into()),
        "cohort": school.map_or_else(|| "Adult".to_string(), |school| school.name.clone()),
        "team": handoff.team.id(),
        "summary": handoff.summary,
        "since": handoff.since,
        "wait": waited(now_ms() - handoff.since),
        "holder": handoff.holder.as_ref().map(|holder| holder.email.clone()),
    })
}

/// How a channel is named to navigators.
fn channel_name(channel: Option<flows::Channel>) -> &'static str {
    match channel {
        Some(flows::Channel::Sms) => "SMS",
        Some(flows::Channel::Telegram) => "Telegram",
        Some(flows::Channel::Terminal) => "Terminal",
        None => "Unknown",
    }
}

fn title_case(id: &str) -> String {
    let mut chars = id.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// A wait as a navigator reads it at a glance: "just now", "12 min", "3 h 5 min", "2 days".
pub fn waited(millis: i64) -> String {
    let minutes = millis.max(0) / 60_000;
    match minutes {
        0 => "just now".into(),
        1..=59 => format!("{minutes} min"),
        60..=1439 => format!("{} h {} min", minutes / 60, minutes % 60),
        _ => match minutes / 1440 {
            1 => "1 day".into(),
            days => format!("{days} days"),
        },
    }
}

/// A moment on the UK clock, "Mon 23 Nov 14:05", for transcripts, notes and the audit log.
pub fn when(millis: i64) -> String {
    let local = Timestamp(millis / 1000).to_uk_local();
    let month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        [usize::from(local.date.month.saturating_sub(1)).min(11)];
    format!("{} {} {month} {}", &local.date.weekday().name()[..3], local.date.day, local.time)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_read_at_a_glance() {
        assert_eq!(waited(20_000), "just now");
        assert_eq!(waited(12 * 60_000), "12 min");
        assert_eq!(waited(185 * 60_000), "3 h 5 min");
        assert_eq!(waited(3 * 1440 * 60_000), "3 days");
        assert_eq!(waited(-5), "just now");
    }

    #[test]
    fn times_are_on_the_uk_clock() {
        // 2026-11-23 12:00 UTC was a Monday, GMT.
        assert_eq!(when(1_795_435_200_000), "Mon 23 Nov 12:00");
    }
}
