//! The commissioners' report in the console: the same tables as `frontdoor figures`, small
//! counts hidden, charts drawn server-side as SVG, each table downloadable as CSV and the whole
//! as one self-contained page. Admins only: the figures are anonymous, but which services are
//! missing and how long urgent chats waited is the council's to share.

use super::auth::{failed, Signed};
use crate::report::{self, Table};
use crate::server::App;
use crate::store::figures;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// The page's one option: the report's first day.
#[derive(serde::Deserialize)]
pub struct Period {
    since: Option<String>,
}

impl Period {
    /// The first day asked for; an empty form field asks for none.
    fn day(&self) -> Option<&str> {
        self.since.as_deref().filter(|day| !day.is_empty())
    }
}

/// `GET /console/figures[?since=YYYY-MM-DD]`.
pub async fn page(State(app): State<App>, signed: Signed, Query(period): Query<Period>) -> Response {
    if !signed.navigator.admin {
        return forbidden();
    }
    let since = period.day();
    let (summary, words) = match summary(&app, since).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let query = since.map_or_else(String::new, |day| format!("?since={day}"));
    let link = |table: &Table| format!("/console/figures/{}.csv{query}", table.name);
    let data = json!({
        "title": "Figures", "navigator": signed.navigator.email, "admin": true, "csrf": signed.csrf,
        "period": words, "since": since, "note": report::SUPPRESSION_NOTE,
        "tables": report::tables_html(&report::tables(&summary), Some(&link)),
        "page": format!("/console/figures/figures.html{query}"),
    });
    app.console.render("figures", &data)
}

/// `GET /console/figures/{name}.csv` (one table) or `/console/figures/figures.html` (the whole
/// report as one file), as downloads.
pub async fn download(State(app): State<App>, signed: Signed, Path(file): Path<String>, Query(period): Query<Period>) -> Response {
    if !signed.navigator.admin {
        return forbidden();
    }
    let (summary, words) = match summary(&app, period.day()).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    if file == "figures.html" {
        return attachment("text/html; charset=utf-8", &file, report::page(&summary, &words));
    }
    let table = file.strip_suffix(".csv").and_then(|name| report::tables(&summary).into_iter().find(|table| table.name == name));
    match table.map(|table| report::csv(&table)) {
        Some(Ok(text)) => attachment("text/csv; charset=utf-8", &file, text),
        Some(Err(error)) => failed(error.into()),
        None => (StatusCode::NOT_FOUND, "There is no such table.").into_response(),
    }
}

/// The figures since the given day, or a response saying what is wrong.
async fn summary(app: &App, since: Option<&str>) -> Result<(figures::Summary, String), Response> {
    let (since, words) = report::period(since).map_err(|error| (StatusCode::BAD_REQUEST, format!("{error:#}")).into_response())?;
    let read = async {
        let mut conn = app.store.reader().await?;
        figures::summary(&mut conn, since).await
    };
    read.await.map(|summary| (summary, words)).map_err(failed)
}

fn forbidden() -> Response {
    (StatusCode::FORBIDDEN, "Only admins can read the figures.").into_response()
}

fn attachment(content_type: &'static str, file: &str, body: String) -> Response {
    let disposition = format!("attachment; filename=\"frontdoor-{file}\"");
    ([(header::CONTENT_TYPE, content_type.to_string()), (header::CONTENT_DISPOSITION, disposition)], body).into_response()
}
