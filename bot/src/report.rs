//! The commissioners' figures as they may be shared: every count of one to four shown as "fewer
//! than 5", laid out as the same tables for the terminal, CSV files, the self-contained web page
//! of `frontdoor figures --html` and the console's report page, so the four never disagree.
//! Nothing here names or counts a person.

use crate::store::figures::{HandoffFigures, Summary};
use handlebars::html_escape as escape;

/// How far back the report goes when no day is given.
pub const DEFAULT_DAYS: i64 = 30;

/// The time the report starts (milliseconds) and the period in words, from a `YYYY-MM-DD` day
/// (UTC), or the last [`DEFAULT_DAYS`] days.
pub fn period(since: Option<&str>) -> anyhow::Result<(i64, String)> {
    use anyhow::Context;
    Ok(match since {
        Some(day) => {
            let date = directory::calendar::Date::parse_iso(day)
                .with_context(|| format!("the report's first day must be YYYY-MM-DD, not {day:?}"))?;
            (date.days_since_epoch() * 86_400_000, format!("since {day}"))
        }
        None => (crate::store::now_ms() - DEFAULT_DAYS * 86_400_000, format!("the last {DEFAULT_DAYS} days")),
    })
}

/// Below this, a count is shown as "fewer than 5": with a handful of residents in a month, an
/// area or a label, a figure could point to one of them.
pub const SMALLEST_SHOWN: i64 = 5;

/// A count as it may be shared: a number, "fewer than 5" when it is one to four, and 0 (which
/// points to no one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown(pub i64);

impl Shown {
    /// Whether the count is hidden as "fewer than 5".
    fn is_hidden(self) -> bool {
        (1..SMALLEST_SHOWN).contains(&self.0)
    }
}

impl std::fmt::Display for Shown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_hidden() {
            write!(f, "fewer than {SMALLEST_SHOWN}")
        } else {
            write!(f, "{}", self.0)
        }
    }
}

impl serde::Serialize for Shown {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.is_hidden() {
            serializer.serialize_str(&self.to_string())
        } else {
            serializer.serialize_i64(self.0)
        }
    }
}

/// The figures with every count as it may be shared, for JSON.
#[derive(serde::Serialize)]
pub struct Shared {
    searches: Shown,
    found_nothing: Shown,
    school_searches: Shown,
    listing_reports: Shown,
    asked_for: Vec<(String, Shown)>,
    nothing_found_for: Vec<(String, Shown)>,
    searches_by_area: Vec<(String, Shown)>,
    nothing_found_by_area: Vec<(String, Shown)>,
    searches_by_cohort: Vec<(String, Shown)>,
    outcomes: Vec<(String, Shown)>,
    by_month: Vec<SharedMonth>,
    started_by_channel: Vec<(String, Shown)>,
    started_by_month: Vec<(String, Shown)>,
    started_by_cohort: Vec<(String, Shown)>,
    handoffs: Vec<SharedHandoffs>,
    feeling_connected: Vec<(String, Shown)>,
}

/// One month's searches as they may be shared.
#[derive(serde::Serialize)]
struct SharedMonth {
    month: String,
    searches: Shown,
    found_nothing: Shown,
    school_searches: Shown,
}

/// One kind of handoff as it may be shared: the median wait only when at least five were
/// picked up, since fewer would tell one person's wait.
#[derive(serde::Serialize)]
struct SharedHandoffs {
    kind: String,
    count: Shown,
    picked_up: Shown,
    median_wait_minutes: Option<i64>,
}

impl From<&HandoffFigures> for SharedHandoffs {
    fn from(figures: &HandoffFigures) -> SharedHandoffs {
        SharedHandoffs {
            kind: figures.kind.clone(),
            count: Shown(figures.count),
            picked_up: Shown(figures.picked_up),
            median_wait_minutes: figures.median_wait_minutes.filter(|_| figures.picked_up >= SMALLEST_SHOWN),
        }
    }
}

impl From<&Summary> for Shared {
    fn from(summary: &Summary) -> Shared {
        let shown = |counts: &[(String, i64)]| counts.iter().map(|(name, count)| (name.clone(), Shown(*count))).collect();
        Shared {
            searches: Shown(summary.searches),
            found_nothing: Shown(summary.found_nothing),
            school_searches: Shown(summary.school_searches),
            listing_reports: Shown(summary.listing_reports),
            asked_for: shown(&summary.asked_for),
            nothing_found_for: shown(&summary.nothing_found_for),
            searches_by_area: shown(&summary.searches_by_area),
            nothing_found_by_area: shown(&summary.nothing_found_by_area),
            searches_by_cohort: shown(&summary.searches_by_cohort),
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
            started_by_channel: shown(&summary.started_by_channel),
            started_by_month: shown(&summary.started_by_month),
            started_by_cohort: shown(&summary.started_by_cohort),
            handoffs: summary.handoffs.iter().map(SharedHandoffs::from).collect(),
            feeling_connected: shown(&summary.feeling_connected),
        }
    }
}

/// One table of the report: its CSV file name, its title on the page, its column names and
/// rows (counts already as they may be shared).
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The CSV file's name without `.csv`, also its name in the console's download link.
    pub name: &'static str,
    /// The heading on the page.
    pub title: &'static str,
    /// Column names in the CSV file; the page shows the same columns.
    pub header: &'static [&'static str],
    /// The rows.
    pub rows: Vec<Row>,
}

/// One row: its cells as shown, and the count its bar is drawn for (none when hidden).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The cells, the first a name.
    pub cells: Vec<String>,
    /// The count the row's bar stands for.
    pub bar: i64,
}

impl Table {
    /// A table of names, each with its count.
    fn counted(name: &'static str, title: &'static str, header: &'static [&'static str], counts: &[(String, i64)]) -> Table {
        Table { name, title, header, rows: counts.iter().map(|(name, count)| Row::counted(name.clone(), *count)).collect() }
    }
}

impl Row {
    fn counted(name: String, count: i64) -> Row {
        Row { cells: vec![name, Shown(count).to_string()], bar: bar_for(count) }
    }
}

/// A count's bar: none for a hidden count, so its length cannot tell it.
fn bar_for(count: i64) -> i64 {
    if Shown(count).is_hidden() {
        0
    } else {
        count
    }
}

/// Every table of the report, in the order the page shows them.
pub fn tables(summary: &Summary) -> Vec<Table> {
    let totals = [
        ("searches", summary.searches),
        ("found_nothing", summary.found_nothing),
        ("school_searches", summary.school_searches),
        ("listing_reports", summary.listing_reports),
    ];
    let totals: Vec<(String, i64)> = totals.iter().map(|(name, count)| (name.to_string(), *count)).collect();
    vec![
        Table::counted("totals", "Totals", &["figure", "count"], &totals),
        Table::counted("started_by_month", "People who got in touch, by month", &["month", "count"], &summary.started_by_month),
        Table::counted("started_by_channel", "People who got in touch, by channel", &["channel", "count"], &summary.started_by_channel),
        Table::counted("started_by_cohort", "People who got in touch, by school cohort", &["cohort", "count"], &summary.started_by_cohort),
        Table {
            name: "by_month",
            title: "Searches by month",
            header: &["month", "searches", "found_nothing", "school_searches"],
            rows: month_rows(summary),
        },
        Table::counted("asked_for", "What people asked for", &["label", "count"], &summary.asked_for),
        Table::counted(
            "nothing_found_for",
            "Asked for when nothing was found (gaps in provision)",
            &["label", "count"],
            &summary.nothing_found_for,
        ),
        Table::counted("searches_by_area", "Searches by area", &["area", "count"], &summary.searches_by_area),
        Table::counted(
            "nothing_found_by_area",
            "Searches that found nothing, by area (gaps in provision)",
            &["area", "count"],
            &summary.nothing_found_by_area,
        ),
        Table::counted("searches_by_cohort", "Searches by school cohort", &["cohort", "count"], &summary.searches_by_cohort),
        Table::counted("outcomes", "What came of it", &["outcome", "count"], &summary.outcomes),
        Table {
            name: "handoffs",
            title: "Chats handed to navigators",
            header: &["kind", "count", "picked_up", "median_wait_minutes"],
            rows: handoff_rows(&summary.handoffs),
        },
        Table::counted(
            "feeling_connected",
            "Since getting in touch, feeling more connected to people around them? (the optional question)",
            &["answer", "count"],
            &summary.feeling_connected,
        ),
    ]
}

fn month_rows(summary: &Summary) -> Vec<Row> {
    summary
        .by_month
        .iter()
        .map(|month| Row {
            cells: vec![
                month.month.clone(),
                Shown(month.searches).to_string(),
                Shown(month.found_nothing).to_string(),
                Shown(month.school_searches).to_string(),
            ],
            bar: bar_for(month.searches),
        })
        .collect()
}

fn handoff_rows(handoffs: &[HandoffFigures]) -> Vec<Row> {
    handoffs
        .iter()
        .map(|figures| {
            let shared = SharedHandoffs::from(figures);
            let wait = shared.median_wait_minutes.map_or_else(String::new, |minutes| minutes.to_string());
            Row { cells: vec![shared.kind, shared.count.to_string(), shared.picked_up.to_string(), wait], bar: bar_for(figures.count) }
        })
        .collect()
}

/// A table as CSV text, for a file or a download.
pub fn csv(table: &Table) -> Result<String, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(table.header)?;
    for row in &table.rows {
        writer.write_record(&row.cells)?;
    }
    let bytes = writer.into_inner().map_err(|error| error.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The tables as HTML, each a heading and a table with a bar per row drawn as SVG, so it needs
/// no script and prints as it looks; `download` makes each heading link to its CSV file.
pub fn tables_html(tables: &[Table], download: Option<&dyn Fn(&Table) -> String>) -> String {
    tables.iter().map(|table| table_html(table, download.map(|link| link(table)))).collect()
}

fn table_html(table: &Table, download: Option<String>) -> String {
    let largest = table.rows.iter().map(|row| row.bar).max().unwrap_or(0).max(1);
    let header: String = table.header.iter().map(|name| format!("<th>{}</th>", escape(&readable(name)))).collect();
    let rows: String = table.rows.iter().map(|row| row_html(row, largest)).collect();
    let rows = if table.rows.is_empty() { format!("<tr><td colspan=\"{}\">None yet</td></tr>\n", table.header.len() + 1) } else { rows };
    let name = table.name;
    let link = download
        .map_or_else(String::new, |href| format!(" <a class=\"download\" data-table=\"{name}\" href=\"{}\">CSV</a>", escape(&href)));
    format!(
        "<h2>{}{link}</h2>\n<table class=\"figures\" id=\"table-{name}\"><tr>{header}<th></th></tr>\n{rows}</table>\n",
        escape(table.title)
    )
}

fn row_html(row: &Row, largest: i64) -> String {
    let width = row.bar * 200 / largest;
    let label = row.cells.get(1).map_or("", String::as_str);
    let mut cells = row.cells.iter();
    let name = cells.next().map(|name| format!("<td>{}</td>", escape(&readable(name)))).unwrap_or_default();
    let counts: String = cells.map(|cell| format!("<td class=\"count\">{}</td>", escape(cell))).collect();
    format!(
        "<tr>{name}{counts}<td><svg viewBox=\"0 0 200 14\" width=\"100%\" height=\"14\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"{}\"><rect width=\"{width}\" height=\"14\" fill=\"#2a6f97\"/></svg></td></tr>\n",
        escape(label)
    )
}

/// The figures as one self-contained web page (its style inline), to email or print.
pub fn page(summary: &Summary, period: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Front Door figures</title>\n\
         <style>body{{font-family:sans-serif;max-width:52rem;margin:2rem auto;color:#222}}{TABLE_STYLE}</style></head>\n\
         <body><h1>Front Door figures, {}</h1>\n<p>{SUPPRESSION_NOTE}</p>\n{}</body></html>\n",
        escape(period),
        tables_html(&tables(summary), None)
    )
}

/// How the tables look, inline in the file and in the console's stylesheet alike.
pub const TABLE_STYLE: &str = "table.figures{border-collapse:collapse;width:100%;margin-bottom:2rem}\
    table.figures td,table.figures th{text-align:left;padding:.2rem .5rem;border-bottom:1px solid #ddd}\
    table.figures td.count{text-align:right;white-space:nowrap}table.figures svg{display:block;min-width:8rem}";

/// What every copy of the report says about small numbers.
pub const SUPPRESSION_NOTE: &str =
    "Counts of one to four are shown as \"fewer than 5\" and have no bar, and a median wait is given only when at least five were picked up, so no figure points to a resident. Nothing here names or counts a person.";

/// An id as words ("found_nothing" is "found nothing"), the same on the page and in the terminal.
fn readable(id: &str) -> String {
    id.replace('_', " ")
}

/// The figures as a short plain-text report for the terminal.
pub fn text(summary: &Summary, period: &str) -> String {
    let mut text = format!("Front Door figures, {period}\n");
    for table in tables(summary) {
        text += &section(&table);
    }
    text += &format!("{SUPPRESSION_NOTE}\n");
    text
}

fn section(table: &Table) -> String {
    if table.rows.is_empty() {
        return format!("{}: none yet\n", table.title);
    }
    let names = table.header[1..].iter().map(|name| readable(name)).collect::<Vec<_>>().join(", ");
    let lines: Vec<String> =
        table.rows.iter().map(|row| format!("  {:<28} {}", readable(&row.cells[0]), row.cells[1..].join(", "))).collect();
    format!("{} ({names}):\n{}\n", table.title, lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::figures::Month;

    fn sample() -> Summary {
        Summary {
            searches: 12,
            found_nothing: 2,
            asked_for: vec![("walking_outdoors".into(), 5), ("free_cost".into(), 3)],
            outcomes: vec![("navigator_joined_group".into(), 1)],
            school_searches: 4,
            listing_reports: 0,
            nothing_found_for: vec![("music".into(), 2)],
            searches_by_area: vec![("kirklees".into(), 9), ("hackney".into(), 3)],
            nothing_found_by_area: vec![("hackney".into(), 2)],
            searches_by_cohort: vec![("no school code".into(), 8), ("BATLEY6".into(), 4)],
            by_month: vec![Month { month: "2026-11".into(), searches: 12, found_nothing: 2, school_searches: 4 }],
            started_by_channel: vec![("sms".into(), 9), ("telegram".into(), 2)],
            started_by_month: vec![("2026-11".into(), 11)],
            started_by_cohort: vec![("no school code".into(), 7), ("BATLEY6".into(), 4)],
            handoffs: vec![
                HandoffFigures { kind: "crisis_reply".into(), count: 6, picked_up: 5, median_wait_minutes: Some(3) },
                HandoffFigures { kind: "asked_for_a_person".into(), count: 7, picked_up: 2, median_wait_minutes: Some(40) },
            ],
            feeling_connected: vec![("more".into(), 8), ("same".into(), 3), ("less".into(), 0)],
        }
    }

    #[test]
    fn the_report_reads_plainly() {
        let text = text(&sample(), "since 2026-11-01");
        assert!(text.contains("Front Door figures, since 2026-11-01"), "{text}");
        assert!(
            text.contains("  searches                     12") && text.contains("  found nothing                fewer than 5"),
            "{text}"
        );
        assert!(text.contains("walking outdoors") && text.contains("navigator joined group"), "{text}");
        assert!(text.contains("gaps in provision"), "{text}");
        assert!(text.contains("  2026-11                      12, fewer than 5, fewer than 5"), "{text}");
        assert!(text.contains("  crisis reply                 6, 5, 3"), "{text}");
    }

    #[test]
    fn the_page_draws_every_table_and_hides_small_counts() {
        let html = page(&sample(), "since 2026-11-01");
        for table in tables(&sample()) {
            assert!(html.contains(&escape(table.title)), "{}", table.title);
        }
        assert!(html.contains("<td>walking outdoors</td><td class=\"count\">5</td>"), "{html}");
        assert!(html.contains("<td>free cost</td><td class=\"count\">fewer than 5</td><td><svg viewBox=\"0 0 200 14\" width=\"100%\" height=\"14\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"fewer than 5\"><rect width=\"0\""));
        assert!(
            html.contains("<td>crisis reply</td><td class=\"count\">6</td><td class=\"count\">5</td><td class=\"count\">3</td>"),
            "{html}"
        );
        assert!(!html.contains("<script"), "no scripts");
        assert_eq!(escape("<b>\"x\" & y</b>"), "&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;");
    }

    /// One to four is never shown as a number, in the JSON or the CSV; none and five or more
    /// are; a median wait of fewer than five people is not given.
    #[test]
    fn small_counts_are_never_shown_as_numbers() {
        let json = serde_json::to_value(Shared::from(&sample())).unwrap();
        assert_eq!(json["searches"], 12);
        assert_eq!(json["found_nothing"], "fewer than 5");
        assert_eq!(json["listing_reports"], 0);
        assert_eq!(json["asked_for"][0][1], 5);
        assert_eq!(json["asked_for"][1][1], "fewer than 5");
        assert_eq!(json["by_month"][0]["school_searches"], "fewer than 5");
        assert_eq!(json["started_by_channel"][1][1], "fewer than 5");
        assert_eq!(json["searches_by_area"], serde_json::json!([["kirklees", 9], ["hackney", "fewer than 5"]]));
        assert_eq!(json["searches_by_cohort"][1][1], "fewer than 5");
        assert_eq!(json["handoffs"][0]["median_wait_minutes"], 3);
        assert_eq!(json["handoffs"][1]["picked_up"], "fewer than 5");
        assert!(json["handoffs"][1]["median_wait_minutes"].is_null());
        assert_eq!(json["feeling_connected"], serde_json::json!([["more", 8], ["same", "fewer than 5"], ["less", 0]]));
        let tables = tables(&sample());
        let csv_of = |name: &str| csv(tables.iter().find(|table| table.name == name).unwrap()).unwrap();
        assert_eq!(
            csv_of("totals"),
            "figure,count\nsearches,12\nfound_nothing,fewer than 5\nschool_searches,fewer than 5\nlisting_reports,0\n"
        );
        assert_eq!(csv_of("nothing_found_for"), "label,count\nmusic,fewer than 5\n");
        assert!(csv_of("by_month").contains("2026-11,12,fewer than 5,fewer than 5"));
        assert!(csv_of("outcomes").contains("navigator_joined_group,fewer than 5"));
        assert_eq!(
            csv_of("handoffs"),
            "kind,count,picked_up,median_wait_minutes\ncrisis_reply,6,5,3\nasked_for_a_person,7,fewer than 5,\n"
        );
    }
}
