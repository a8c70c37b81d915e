//! `frontdoor figures`: the anonymous figures for commissioners: what residents asked for, how
//! often the directory had nothing, and what came of it (check-ins and navigators' outcomes).
//! Nothing here names or counts a person, so it can be shared as it is.

use crate::config::Config;
use crate::report::{self, Shared};
use crate::store::retention::Policy;
use crate::store::{figures, Store};
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

/// Prints the figures.
pub async fn run(args: FiguresArgs, config: &Config) -> Result<()> {
    let (since, period) = report::period(args.since.as_deref())?;
    let store = Store::open(&config.database_url).await?;
    let mut conn = store.reader().await?;
    let summary = figures::summary(&mut conn, since).await?;
    if let Some(folder) = &args.csv {
        write_csv(folder, &summary)?;
    }
    if let Some(file) = &args.html {
        std::fs::write(file, report::page(&summary, &period)).with_context(|| format!("cannot write {}", file.display()))?;
    }
    if args.json {
        let printed = Printed { summary: Shared::from(&summary), retention: &config.retention() };
        println!("{}", serde_json::to_string_pretty(&printed)?);
    } else {
        print!("{}", report::text(&summary, &period));
        print!("{}", kept(&config.retention()));
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

/// Writes each table of the report as a CSV file, counts as they may be shared.
fn write_csv(folder: &std::path::Path, summary: &figures::Summary) -> Result<()> {
    std::fs::create_dir_all(folder).with_context(|| format!("cannot make {}", folder.display()))?;
    for table in report::tables(summary) {
        let path = folder.join(format!("{}.csv", table.name));
        std::fs::write(&path, report::csv(&table)?).with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}

/// The retention policy in words, so whoever reads the figures knows how far back records go.
fn kept(policy: &Policy) -> String {
    format!(
        "Kept: conversations {} days after the last message; sent replies {} days; delivery ids {} days; audit {} days\n",
        policy.transcript_days, policy.sent_days, policy.delivery_ids_days, policy.audit_days
    )
}
