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
    /// Also write each table as a CSV file into this folder (made if missing), for a spreadsheet.
    #[arg(long, value_name = "DIR")]
    csv: Option<std::path::PathBuf>,
    /// Also write the figures as one self-contained web page (charts drawn as SVG, no scripts),
    /// to email or print.
    #[arg(long, value_name = "FILE")]
    html: Option<std::path::PathBuf>,
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
    let period = args.since.as_ref().map_or_else(|| format!("the last {DEFAULT_DAYS} days"), |day| format!("since {day}"));
    if let Some(folder) = &args.csv {
        write_csv(folder, &summary)?;
    }
    if let Some(file) = &args.html {
        std::fs::write(file, page(&summary, &period)).with_context(|| format!("cannot write {}", file.display()))?;
    }
    if args.json {
        let printed = Printed { summary: Shared::from(&summary), retention: &config.retention };
        println!("{}", serde_json::to_string_pretty(&printed)?);
    } else {
        print!("{}", report(&summary, &period));
        print!("{}", kept(&config.retention));
    }
    Ok(())
}

/// The JSON report: the figures as they may be shared, and how long the records behind them
/// are kept.
#[derive(serde::Serialize)]
struct Printed<'a> {
    #[serde(flatten)]
    summary: Shared,
    retention: &'a Policy,
}

/// Below this, a count is shown as "fewer than 5": with a handful of residents in a month, an
/// area or a label, a figure could point to one of them.
const SMALLEST_SHOWN: i64 = 5;

/// A count as it may be shared: a number, "fewer than 5" when it is one to four, and 0 (which
/// points to no one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Shown(i64);

impl std::fmt::Display for Shown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if (1..SMALLEST_SHOWN).contains(&self.0) {
            write!(f, "fewer than {SMALLEST_SHOWN}")
        } else {
            write!(f, "{}", self.0)
        }
    }
}

impl serde::Serialize for Shown {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if (1..SMALLEST_SHOWN).contains(&self.0) {
            serializer.serialize_str(&self.to_string())
        } else {
            serializer.serialize_i64(self.0)
        }
    }
}

/// The figures with every count as it may be shared ([`Shown`]).
#[derive(serde::Serialize)]
struct Shared {
    searches: Shown,
    found_nothing: Shown,
    school_searches: Shown,
    listing_reports: Shown,
    asked_for: Vec<(String, Shown)>,
    nothing_found_for: Vec<(String, Shown)>,
    outcomes: Vec<(String, Shown)>,
    by_month: Vec<SharedMonth>,
}

/// One month's searches as they may be shared.
#[derive(serde::Serialize)]
struct SharedMonth {
    month: String,
    searches: Shown,
    found_nothing: Shown,
    school_searches: Shown,
}

impl From<&figures::Summary> for Shared {
    fn from(summary: &figures::Summary) -> Shared {
        let shown = |counts: &[(String, i64)]| counts.iter().map(|(name, count)| (name.clone(), Shown(*count))).collect();
        Shared {
            searches: Shown(summary.searches),
            found_nothing: Shown(summary.found_nothing),
            school_searches: Shown(summary.school_searches),
            listing_reports: Shown(summary.listing_reports),
            asked_for: shown(&summary.asked_for),
            nothing_found_for: shown(&summary.nothing_found_for),
            outcomes: shown(&summary.outcomes),
            by_month: summary
                .by_month
                .iter()
                .map(|month| SharedMonth {
                    month: month.month.clone(),
                    searches: Shown(month.searches),
                    found_nothing: Shown(month.found_nothing),
                    school_searches: Shown(month.school_searches),
                })
                .collect(),
        }
    }
}

/// Writes each table as a CSV file, counts as they may be shared.
fn write_csv(folder: &std::path::Path, summary: &figures::Summary) -> Result<()> {
    std::fs::create_dir_all(folder).with_context(|| format!("cannot make {}", folder.display()))?;
    let totals = [
        ("searches", summary.searches),
        ("found_nothing", summary.found_nothing),
        ("school_searches", summary.school_searches),
        ("listing_reports", summary.listing_reports),
    ];
    write_table(folder, "totals.csv", &["figure", "count"], totals.iter().map(|(name, count)| vec![name.to_string(), Shown(*count).to_string()]))?;
    for (file, counts, first) in [
        ("asked_for.csv", &summary.asked_for, "label"),
        ("nothing_found_for.csv", &summary.nothing_found_for, "label"),
        ("outcomes.csv", &summary.outcomes, "outcome"),
    ] {
        write_table(folder, file, &[first, "count"], counts.iter().map(|(name, count)| vec![name.clone(), Shown(*count).to_string()]))?;
    }
    let months = summary.by_month.iter().map(|month| {
        vec![month.month.clone(), Shown(month.searches).to_string(), Shown(month.found_nothing).to_string(), Shown(month.school_searches).to_string()]
    });
    write_table(folder, "by_month.csv", &["month", "searches", "found_nothing", "school_searches"], months)
}

/// The figures as one web page: each table with its counts beside a bar, drawn as SVG so the
/// page needs no script and prints as it looks; a count of one to four gets no bar.
fn page(summary: &figures::Summary, period: &str) -> String {
    let totals = vec![
        ("Searches".to_string(), summary.searches),
        ("Found nothing".to_string(), summary.found_nothing),
        ("By young people through a school".to_string(), summary.school_searches),
        ("Listings reported as stopped or changed".to_string(), summary.listing_reports),
    ];
    let months = searches_by_month(summary);
    let tables = [
        ("Totals", totals),
        ("Searches by month", months),
        ("What people asked for", readable(&summary.asked_for)),
        ("Asked for when nothing was found (gaps in provision)", readable(&summary.nothing_found_for)),
        ("What came of it", readable(&summary.outcomes)),
    ];
    let body: String = tables.iter().map(|(title, rows)| chart(title, rows)).collect();
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Front Door figures</title>\n\
         <style>body{{font-family:sans-serif;max-width:46rem;margin:2rem auto;color:#222}}table{{border-collapse:collapse;width:100%;margin-bottom:2rem;table-layout:fixed}}th:nth-child(1){{width:55%}}th:nth-child(2){{width:18%}}\
         td,th{{text-align:left;padding:.2rem .5rem;border-bottom:1px solid #ddd}}td.count{{text-align:right;white-space:nowrap}}svg{{display:block}}</style></head>\n\
         <body><h1>Front Door figures, {}</h1>\n<p>Counts of one to four are shown as \"fewer than {SMALLEST_SHOWN}\" and have no bar, so no figure points to a resident. Nothing here names or counts a person.</p>\n{body}</body></html>\n",
        escape(period)
    )
}

/// Each month's searches, as a table of names and counts.
fn searches_by_month(summary: &figures::Summary) -> Vec<(String, i64)> {
    summary.by_month.iter().map(|month| (month.month.clone(), month.searches)).collect()
}

/// Labels and outcomes as words ("walking outdoors").
fn readable(counts: &[(String, i64)]) -> Vec<(String, i64)> {
    counts.iter().map(|(name, count)| (name.replace('_', " "), *count)).collect()
}

/// One table: a row per name with its count as it may be shared and a bar scaled to the largest.
fn chart(title: &str, rows: &[(String, i64)]) -> String {
    let largest = rows.iter().map(|(_, count)| *count).max().unwrap_or(0).max(1);
    let lines: String = rows
        .iter()
        .map(|(name, count)| {
            let shown = Shown(*count);
            let width = if (1..SMALLEST_SHOWN).contains(count) { 0 } else { count * 200 / largest };
            format!(
                "<tr><td>{}</td><td class=\"count\">{shown}</td><td><svg viewBox=\"0 0 200 14\" width=\"100%\" height=\"14\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"{shown}\"><rect width=\"{width}\" height=\"14\" fill=\"#2a6f97\"/></svg></td></tr>\n",
                escape(name)
            )
        })
        .collect();
    let rows_or_none = if rows.is_empty() { "<tr><td colspan=\"3\">None yet</td></tr>\n".to_string() } else { lines };
    format!("<h2>{}</h2>\n<table><tr><th>What</th><th>Count</th><th></th></tr>\n{rows_or_none}</table>\n", escape(title))
}

/// Text made safe inside HTML.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn write_table(folder: &std::path::Path, file: &str, header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> Result<()> {
    let path = folder.join(file);
    let mut writer = csv::Writer::from_path(&path).with_context(|| format!("cannot write {}", path.display()))?;
    writer.write_record(header)?;
    for row in rows {
        writer.write_record(&row)?;
    }
    writer.flush()?;
    Ok(())
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
    let mut text = format!("Front Door figures, {period}\n");
    text += &format!(
        "Searches: {} ({} by young people through a school); found nothing: {}\n",
        Shown(summary.searches),
        Shown(summary.school_searches),
        Shown(summary.found_nothing)
    );
    text += &section("Asked for", &summary.asked_for);
    text += &section("Asked for when nothing was found (gaps in provision)", &summary.nothing_found_for);
    text += &section("Outcomes", &summary.outcomes);
    let months = searches_by_month(summary);
    text += &section("Searches by month", &months);
    text += &format!("Listings reported as stopped or changed: {}\n", Shown(summary.listing_reports));
    text += &format!("Counts of one to four are shown as \"fewer than {SMALLEST_SHOWN}\".\n");
    text
}

fn section(title: &str, counts: &[(String, i64)]) -> String {
    if counts.is_empty() {
        return format!("{title}: none yet\n");
    }
    let lines: Vec<String> = readable(counts).iter().map(|(name, count)| format!("  {name:<28} {}", Shown(*count))).collect();
    format!("{title}:\n{}\n", lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_reads_plainly() {
        let summary = sample();
        let text = report(&summary, "since 2026-11-01");
        assert!(text.contains("Searches: 12 (fewer than 5 by young people through a school); found nothing: fewer than 5"), "{text}");
        assert!(text.contains("walking outdoors") && text.contains("navigator joined group"));
        assert!(text.contains("gaps in provision"));
        assert!(text.contains("  2026-11                      12"), "{text}");
    }

    fn sample() -> figures::Summary {
        figures::Summary {
            searches: 12,
            found_nothing: 2,
            asked_for: vec![("walking_outdoors".into(), 5), ("free_cost".into(), 3)],
            outcomes: vec![("navigator_joined_group".into(), 1)],
            school_searches: 4,
            listing_reports: 0,
            nothing_found_for: vec![("music".into(), 2)],
            by_month: vec![figures::Month { month: "2026-11".into(), searches: 12, found_nothing: 2, school_searches: 4 }],
        }
    }

    #[test]
    fn the_page_draws_every_table_and_hides_small_counts() {
        let html = page(&sample(), "since 2026-11-01");
        for title in ["Totals", "Searches by month", "What people asked for", "gaps in provision", "What came of it"] {
            assert!(html.contains(title), "{title}");
        }
        assert!(html.contains("<td>walking outdoors</td><td class=\"count\">5</td>"));
        assert!(html.contains("<td>free cost</td><td class=\"count\">fewer than 5</td><td><svg viewBox=\"0 0 200 14\" width=\"100%\" height=\"14\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"fewer than 5\"><rect width=\"0\""));
        assert!(!html.contains("<script"), "no scripts");
        assert_eq!(escape("<b>\"x\" & y</b>"), "&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;");
    }

    /// One to four is never shown as a number, in the report, the JSON or the CSV files; none
    /// and five or more are.
    #[test]
    fn small_counts_are_never_shown_as_numbers() {
        let json = serde_json::to_value(Shared::from(&sample())).unwrap();
        assert_eq!(json["searches"], 12);
        assert_eq!(json["found_nothing"], "fewer than 5");
        assert_eq!(json["listing_reports"], 0);
        assert_eq!(json["asked_for"][0][1], 5);
        assert_eq!(json["asked_for"][1][1], "fewer than 5");
        assert_eq!(json["by_month"][0]["school_searches"], "fewer than 5");
        let folder = std::env::temp_dir().join(format!("frontdoor-figures-{}", std::process::id()));
        write_csv(&folder, &sample()).unwrap();
        let read = |file: &str| std::fs::read_to_string(folder.join(file)).unwrap();
        assert_eq!(read("totals.csv"), "figure,count\nsearches,12\nfound_nothing,fewer than 5\nschool_searches,fewer than 5\nlisting_reports,0\n");
        assert_eq!(read("nothing_found_for.csv"), "label,count\nmusic,fewer than 5\n");
        assert!(read("by_month.csv").contains("2026-11,12,fewer than 5,fewer than 5"));
        assert!(read("outcomes.csv").contains("navigator_joined_group,fewer than 5"));
        std::fs::remove_dir_all(&folder).unwrap();
    }
}
