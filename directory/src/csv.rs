//! Reads the plain CSV template (`content/directory/template.csv`) that small groups with no
//! ORUK feed fill in with a spreadsheet.
//!
//! Each row is turned into an ORUK v3 service object and read by the same code as a council
//! feed, so both follow one set of rules; problems are then given back in the spreadsheet's
//! terms: line number and column name.

use super::oruk::{read_service_value, without_byte_order_mark, Outcome, Problem};
use nlp::Tag;
use serde_json::{json, Map, Value};
use std::collections::HashMap;

/// The template's columns, in order. `id` and `name` are required; the rest may be blank.
pub const COLUMNS: [&str; 28] = [
    "id",
    "name",
    "description",
    "organisation",
    "status",
    "venue",
    "address",
    "town",
    "postcode",
    "latitude",
    "longitude",
    "days",
    "starts",
    "ends",
    "frequency",
    "week_of_month",
    "first_date",
    "cost",
    "cost_notes",
    "min_age",
    "max_age",
    "accessibility",
    "contact_name",
    "phone",
    "email",
    "website",
    "tags",
    "last_verified",
];

/// The columns that describe where a group meets; a row with none of them has no location.
const LOCATION_COLUMNS: [&str; 7] = ["venue", "address", "town", "postcode", "latitude", "longitude", "accessibility"];

/// Which column each JSON path of the built service comes from, to word problems for the
/// person who filled in the spreadsheet.
const PATH_COLUMNS: [(&str, &str); 16] = [
    ("$.id", "id"),
    ("$.name", "name"),
    ("$.status", "status"),
    ("$.email", "email"),
    ("$.minimum_age", "min_age"),
    ("$.maximum_age", "max_age"),
    ("$.assured_date", "last_verified"),
    ("$.service_at_locations[0].location.latitude", "latitude"),
    ("$.service_at_locations[0].location.longitude", "longitude"),
    ("$.service_at_locations[0].location", "latitude and longitude"),
    ("$.schedules[0].byday", "days"),
    ("$.schedules[0].freq", "frequency"),
    ("$.schedules[0].opens_at", "starts"),
    ("$.schedules[0].closes_at", "ends"),
    ("$.schedules[0].dtstart", "first_date"),
    ("$.cost_options[0].amount", "cost"),
];

/// What was read from a CSV file.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedCsv {
    /// The rows that could be read.
    pub services: Vec<super::model::Service>,
    /// Everything that was wrong, by line and column.
    pub problems: Vec<Problem>,
}

/// Why a whole CSV file could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CsvError {
    /// The header row is missing a required column.
    #[error("the header row has no `{0}` column")]
    MissingColumn(&'static str),
    /// The file is not readable CSV.
    #[error("not readable as CSV: {0}")]
    Unreadable(String),
}

/// Reads a filled-in template. Unknown extra columns are ignored, so a council can keep its
/// own notes alongside.
pub fn parse_csv(text: &str) -> Result<ParsedCsv, CsvError> {
    let mut reader =
        ::csv::ReaderBuilder::new().flexible(true).trim(::csv::Trim::All).from_reader(without_byte_order_mark(text).as_bytes());
    let headers = reader.headers().map_err(|error| CsvError::Unreadable(error.to_string()))?.clone();
    let columns: HashMap<String, usize> = headers.iter().enumerate().map(|(index, name)| (name.to_ascii_lowercase(), index)).collect();
    for required in ["id", "name"] {
        if !columns.contains_key(required) {
            return Err(CsvError::MissingColumn(required));
        }
    }
    let mut parsed = ParsedCsv { services: Vec::new(), problems: Vec::new() };
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|error| CsvError::Unreadable(error.to_string()))?;
        let line = record.position().map_or(index as u64 + 2, |position| position.line());
        let cell = |column: &str| columns.get(column).and_then(|&at| record.get(at)).filter(|text| !text.is_empty());
        let row = Row { line, index, cell: &cell };
        parsed.services.extend(row.read(&mut parsed.problems));
    }
    Ok(parsed)
}

/// One spreadsheet row being read.
struct Row<'a> {
    line: u64,
    index: usize,
    cell: &'a dyn Fn(&str) -> Option<&'a str>,
}

impl Row<'_> {
    fn read(&self, problems: &mut Vec<Problem>) -> Option<super::model::Service> {
        let mut row_problems = Vec::new();
        let tags = self.tags(&mut row_problems);
        let mut record_problems = Vec::new();
        let service = read_service_value(&self.as_oruk(&tags), self.index, &mut record_problems);
        if service.is_none() {
            // Only the reason the row was skipped is worth reading; tag slips would say it was kept.
            row_problems.clear();
        }
        row_problems.extend(record_problems);
        problems.extend(row_problems.into_iter().map(|problem| self.in_spreadsheet_terms(problem)));
        service
    }

    fn text(&self, column: &str) -> Option<String> {
        (self.cell)(column).map(str::to_string)
    }

    /// The service as an ORUK v3 object, blank cells left out.
    fn as_oruk(&self, tags: &[Tag]) -> Value {
        let mut service = Map::new();
        for (key, column) in [
            ("id", "id"),
            ("name", "name"),
            ("description", "description"),
            ("status", "status"),
            ("email", "email"),
            ("url", "website"),
            ("minimum_age", "min_age"),
            ("maximum_age", "max_age"),
            ("assured_date", "last_verified"),
        ] {
            if let Some(text) = self.text(column) {
                service.insert(key.to_string(), json!(text));
            }
        }
        if let Some(name) = self.text("organisation") {
            service.insert("organization".into(), json!({"id": name, "name": name, "description": ""}));
        }
        if LOCATION_COLUMNS.iter().any(|column| self.text(column).is_some()) {
            service.insert("service_at_locations".into(), json!([{ "location": self.location() }]));
        }
        if let Some(schedule) = self.schedule() {
            service.insert("schedules".into(), json!([schedule]));
        }
        if let Some(cost) = self.text("cost") {
            let amount = cost.trim_start_matches('£');
            let amount = if amount.eq_ignore_ascii_case("free") { "0" } else { amount };
            service.insert("cost_options".into(), json!([{ "amount": amount, "amount_description": self.text("cost_notes") }]));
        }
        if self.text("contact_name").is_some() || self.text("phone").is_some() {
            let phones: Vec<Value> = self.text("phone").map(|number| json!({ "number": number })).into_iter().collect();
            service.insert("contacts".into(), json!([{ "name": self.text("contact_name"), "phones": phones }]));
        }
        let terms: Vec<Value> = tags.iter().map(|tag| json!({ "taxonomy_term": { "term": tag.id() } })).collect();
        service.insert("attributes".into(), Value::Array(terms));
        Value::Object(service)
    }

    fn location(&self) -> Value {
        let notes: Vec<Value> = self.text("accessibility").map(|note| json!({ "description": note })).into_iter().collect();
        json!({
            "name": self.text("venue"),
            "latitude": self.text("latitude"),
            "longitude": self.text("longitude"),
            "addresses": [{ "address_1": self.text("address"), "city": self.text("town"), "postal_code": self.text("postcode") }],
            "accessibility": notes,
        })
    }

    /// The schedule from `days`, `frequency`, `week_of_month`, `starts`, `ends`, `first_date`;
    /// `None` when the row says nothing about when it meets.
    fn schedule(&self) -> Option<Value> {
        let days = self.text("days");
        let first_date = self.text("first_date");
        if days.is_none() && first_date.is_none() {
            return None;
        }
        let frequency = self.text("frequency").unwrap_or_else(|| "weekly".to_string());
        let (freq, interval) = match frequency.to_ascii_lowercase().as_str() {
            "fortnightly" => ("WEEKLY".to_string(), 2),
            _ => (frequency, 1),
        };
        let week = self.text("week_of_month").map(|week| if week.eq_ignore_ascii_case("last") { "-1".to_string() } else { week });
        let byday = days.map(|days| {
            let names = days.split([',', ';', ' ', '/']).filter(|day| !day.is_empty());
            names.map(|day| format!("{}{day}", week.clone().unwrap_or_default())).collect::<Vec<_>>().join(",")
        });
        Some(json!({
            "freq": freq,
            "interval": interval,
            "byday": byday,
            "opens_at": self.text("starts"),
            "closes_at": self.text("ends"),
            "dtstart": first_date,
        }))
    }

    /// Tag ids from the `tags` column; an unknown id is reported rather than kept as a word,
    /// since in a spreadsheet it is almost always a typing slip.
    fn tags(&self, problems: &mut Vec<Problem>) -> Vec<Tag> {
        let cell = self.text("tags").unwrap_or_default();
        let mut tags = Vec::new();
        for word in cell.split([',', ';', ' ']).filter(|word| !word.is_empty()) {
            match Tag::from_id(&word.to_ascii_lowercase()) {
                Some(tag) if !tags.contains(&tag) => tags.push(tag),
                Some(_) => {}
                None => problems.push(Problem {
                    page: None,
                    index: Some(self.index),
                    service_id: self.text("id"),
                    path: "$.tags".to_string(),
                    reason: format!("unknown tag {word:?} (see content/directory/README.md for the list)"),
                    outcome: Outcome::FieldDropped,
                }),
            }
        }
        tags
    }

    fn in_spreadsheet_terms(&self, mut problem: Problem) -> Problem {
        let column = PATH_COLUMNS
            .iter()
            .find(|(path, _)| problem.path == *path)
            .map(|(_, column)| column.to_string())
            .or_else(|| problem.path.strip_prefix("$.").map(str::to_string))
            .unwrap_or_else(|| problem.path.clone());
        problem.path = format!("line {}, column {column}", self.line);
        problem
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Date;
    use crate::model::{Price, Status};

    const TEMPLATE: &str = include_str!("../../content/directory/template.csv");

    #[test]
    fn template_header_lists_every_column_and_its_rows_read_cleanly() {
        let header: Vec<&str> = TEMPLATE.lines().next().unwrap().split(',').collect();
        assert_eq!(header, COLUMNS.to_vec());
        let parsed = parse_csv(TEMPLATE).unwrap();
        assert_eq!(parsed.problems, Vec::new());
        assert!(parsed.services.len() >= 3);
    }

    #[test]
    fn rows_become_services() {
        let text = "id,name,organisation,venue,town,postcode,latitude,longitude,days,starts,ends,frequency,week_of_month,cost,min_age,max_age,accessibility,contact_name,phone,tags,last_verified\n\
                    g1,Mirfield Scrabble,Mirfield Wordsmiths,The Library,Mirfield,WF14 8AB,53.6741,-1.695,Thu,14:00,16:00,monthly,last,free,18,,Step-free entrance,Jo,01632 960999,games_quizzes older_people,2026-10-01\n\
                    g2,Ripon Bike Club,,,Ripon,,,,Sat Sun,09:00,,fortnightly,,£2.50,,,,,,sport_fitness,\n";
        let parsed = parse_csv(text).unwrap();
        assert_eq!(parsed.problems, Vec::new());
        let scrabble = &parsed.services[0];
        assert_eq!(scrabble.schedules[0].phrase(), "Last Thursday of the month 2pm");
        assert_eq!(scrabble.price(), Price::Free);
        assert!(scrabble.is_adult_only() && scrabble.is_step_free());
        assert_eq!(scrabble.tags, vec![Tag::GamesQuizzes, Tag::OlderPeople]);
        assert_eq!(scrabble.locations[0].postcode.as_deref(), Some("WF14 8AB"));
        assert_eq!(scrabble.contacts[0].phones, vec!["01632 960999".to_string()]);
        assert_eq!(scrabble.last_verified, Date::new(2026, 10, 1));
        assert_eq!(scrabble.status, Status::Active);
        let bikes = &parsed.services[1];
        assert_eq!(bikes.schedules[0].interval, 2);
        assert_eq!(bikes.price(), Price::From(250));
        assert_eq!(bikes.locations[0].point, None);
    }

    #[test]
    fn bad_cells_are_reported_by_line_and_column() {
        let text = "id,name,latitude,longitude,days,starts,tags,min_age\n\
                    a1,Good apart from latitude,95.1,-1.7,Tue,10:00,music artsy,\n\
                    ,No id,53.6,-1.7,,,artsy,\n\
                    a3,Bad day,53.6,-1.7,Funday,25:00,,ten\n";
        let parsed = parse_csv(text).unwrap();
        assert_eq!(parsed.services.len(), 2);
        assert_eq!(parsed.services[0].tags, vec![Tag::Music]);
        let paths: Vec<(&str, Outcome)> = parsed.problems.iter().map(|p| (p.path.as_str(), p.outcome)).collect();
        assert_eq!(
            paths,
            vec![
                ("line 2, column tags", Outcome::FieldDropped),
                ("line 2, column latitude", Outcome::FieldDropped),
                ("line 3, column id", Outcome::RecordSkipped),
                ("line 4, column days", Outcome::FieldDropped),
                ("line 4, column min_age", Outcome::FieldDropped),
            ]
        );
    }

    #[test]
    fn missing_required_columns_stop_the_file() {
        assert_eq!(parse_csv("name,town\nA,B\n"), Err(CsvError::MissingColumn("id")));
    }
}
