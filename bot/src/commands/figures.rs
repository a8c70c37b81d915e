//! `frontdoor figures`: the anonymous figures for commissioners: what residents asked for, how
//! often the directory had nothing, and what came of it (check-ins and navigators' outcomes).
//! Nothing here names or counts a person, so it can be shared as it is.

use crate::config::Config;
use crate::directory::calendar::Date;
use crate::store::retention::Policy;
use crate::store::{figures, now_ms, Store};
use anyhow::{Context, Result};

/// Options of `frontdoor figures`.
#[derive(Debug, clap::Args)]
pub struct FiguresArgs {
    /// From this day (YYYY-MM-DD, UTC); the last 30 days when not given.
    #[arg(long)]
    since: Option<String>,
    /// Print one JSON object instead of a readable report.
    #[arg(long)]
    json: bool,
}

/// How far back the report goes by default.
const DEFAULT_DAYS: i64 = 30;

/// Prints the figures.
pub async fn run(args: FiguresArgs, config: &Config) -> Result<()> {
    let since = match &args.since {
        Some(day) => Date::parse_iso(day).with_context(|| format!("--since wants YYYY-MM-DD, not {day:?}"))?.days_since_epoch() * 86_400_000,
        None => now_ms() - DEFAULT_DAYS * 86_400_000,
    };
    let store = Store::open(&config.database_url).await?;
    let mut conn = store.pool.acquire().await?;
    let summary = figures::summary(&mut conn, since).await?;
    if args.json {
        let printed = Printed { summary: &summary, retention: &config.retention };
        println!("{}", serde_json::to_string_pretty(&printed)?);
    } else {
        print!("{}", report(&summary, &args.since.unwrap_or_else(|| format!("the last {DEFAULT_DAYS} days"))));
        print!("{}", kept(&config.retention));
    }
    Ok(())
}

/// The JSON report: the figures, and how long the records behind them are kept.
#[derive(serde::Serialize)]
struct Printed<'a> {
    #[serde(flatten)]
    summary: &'a figures::Summary,
    retention: &'a Policy,
}

/// The retention policy in words, so whoever reads the figures knows how far back records go.
fn kept(policy: &Policy) -> String {
    format!(
        "Kept: conversations {} days after the last message; sent replies {} days; delivery ids {} days; audit {} days\n",
        policy.transcript_days, policy.sent_days, policy.delivery_ids_days, policy.audit_days
    )
}

/// The figures as a short plain-text report.
fn report(summary: &figures::Summary, period: &str) -> String {
    let mut text = format!("Front Door figures since {period}\n");
    text += &format!(
        "Searches: {} ({} by young people through a school); found nothing: {}\n",
        summary.searches, summary.school_searches, summary.found_nothing
    );
    text += &section("Asked for", &summary.asked_for);
    text += &section("Outcomes", &summary.outcomes);
    text += &format!("Listings reported as stopped or changed: {}\n", summary.listing_reports);
    text
}

fn section(title: &str, counts: &[(String, i64)]) -> String {
    if counts.is_empty() {
        return format!("{title}: none yet\n");
    }
    let lines: Vec<String> = counts.iter().map(|(name, count)| format!("  {:<28} {count}", name.replace('_', " "))).collect();
    format!("{title}:\n{}\n", lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_reads_plainly() {
        let summary = figures::Summary {
            searches: 12,
            found_nothing: 2,
            asked_for: vec![("walking_outdoors".into(), 5), ("free_cost".into(), 3)],
            outcomes: vec![("navigator_joined_group".into(), 1)],
            school_searches: 4,
            listing_reports: 0,
        };
        let text = report(&summary, "2026-11-01");
        assert!(text.contains("Searches: 12 (4 by young people through a school); found nothing: 2"));
        assert!(text.contains("walking outdoors"));
        assert!(text.contains("navigator joined group"));
    }
}
