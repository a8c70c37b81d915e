//! Reads Open Referral UK feeds into [`Service`] records: ORUK v3 (UK profile of HSDS 3.0)
//! single services and `/services` pages, and ORUK v1 pages.
//!
//! Real feeds are untidy, so the reader is forgiving about spelling (v1 and v3 field names,
//! numbers written as strings) and strict about meaning: a record it cannot use is skipped and
//! reported with its page, index, id, JSON path and reason; a record with one bad field keeps
//! the rest, and the bad field is reported. Nothing is dropped silently.

use super::calendar::{Date, TimeOfDay, Timestamp};
use super::geo::Point;
use super::model::{Contact, CostOption, Location, Organisation, Service, Status};
use super::schedule::{parse_byday, DayRule, Frequency, Schedule};
use super::text::plain_text;
use nlp::Tag;
use serde_json::{Map, Value};
use std::fmt;

/// The taxonomy whose terms are Front Door tag ids; the demo directory and the export use it.
pub const TAG_VOCABULARY: &str = "frontdoor-tags";

/// Which version of the ORUK standard a page follows, which decides how to ask for the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrukVersion {
    /// The original UK standard: `content`, `totalPages`, `number`.
    V1,
    /// The UK profile of HSDS 3.0: `contents`, `total_pages`, `page_number`.
    V3,
}

/// What kind of document was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedShape {
    /// A paginated `/services` page.
    Page(OrukVersion),
    /// One service, as `/services/{id}` returns it.
    SingleService,
    /// A bare JSON array of services (some exports write this).
    ServiceArray,
}

/// Where a page sits in a paginated feed, so the importer can follow the pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    /// The standard the page follows.
    pub version: OrukVersion,
    /// This page's number as the feed gives it.
    pub number: u32,
    /// How many pages the feed has.
    pub total_pages: u32,
    /// How many services the feed has, when it says.
    pub total_items: Option<u64>,
    /// The feed's own "this is the last page" flag, when it gives one.
    pub last: Option<bool>,
}

impl Paging {
    /// Whether another page follows: the feed's `last` flag when given, otherwise the page
    /// number against the total. `first_number` is the number the feed's first page carried
    /// (0 for zero-based feeds such as Spring-style v1 pages, usually 1).
    pub fn has_more(&self, first_number: u32) -> bool {
        match self.last {
            Some(last) => !last,
            None => self.number + 1 < first_number + self.total_pages,
        }
    }

    /// The number to ask for next.
    pub fn next_number(&self) -> u32 {
        self.number + 1
    }
}

/// Whether the record behind a problem was imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The whole record was left out.
    RecordSkipped,
    /// The record was imported without (or with a default for) the bad field.
    FieldDropped,
}

/// A problem found while reading a feed, with enough to find and fix it at the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The page number the feed gave, for paginated feeds.
    pub page: Option<u32>,
    /// The record's position on the page (0-based), when the document holds several.
    pub index: Option<usize>,
    /// The record's id, when it had one.
    pub service_id: Option<String>,
    /// JSON path of the bad value, `$.contents[3].service_at_locations[0].location.latitude`.
    pub path: String,
    /// What is wrong, in plain words.
    pub reason: String,
    /// Whether the record was still imported.
    pub outcome: Outcome,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(page) = self.page {
            write!(f, "page {page}, ")?;
        }
        if let Some(index) = self.index {
            write!(f, "record {index}, ")?;
        }
        if let Some(id) = &self.service_id {
            write!(f, "id {id}, ")?;
        }
        let outcome = match self.outcome {
            Outcome::RecordSkipped => "record skipped",
            Outcome::FieldDropped => "rest of the record kept",
        };
        write!(f, "{}: {} ({outcome})", self.path, self.reason)
    }
}

/// Everything read from one document.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedFeed {
    /// What kind of document it was.
    pub shape: FeedShape,
    /// Its place among the pages, for paginated feeds.
    pub paging: Option<Paging>,
    /// The services that could be read, bad fields left out.
    pub services: Vec<Service>,
    /// Everything that was wrong.
    pub problems: Vec<Problem>,
}

/// Why a whole document could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FeedError {
    /// The text is not JSON at all.
    #[error("not valid JSON: {0}")]
    NotJson(String),
    /// JSON, but neither a service, a list of services nor an ORUK page.
    #[error("not an Open Referral UK service or page: {0}")]
    UnknownShape(String),
}

/// Reads a document of any supported shape from its text. A UTF-8 byte-order mark, which some
/// councils' APIs put before the JSON, is skipped rather than refusing the whole page.
pub fn parse_feed(text: &str) -> Result<ParsedFeed, FeedError> {
    let value: Value = serde_json::from_str(without_byte_order_mark(text)).map_err(|error| FeedError::NotJson(error.to_string()))?;
    parse_feed_value(&value)
}

/// The text without a leading UTF-8 byte-order mark, which JSON and CSV readers would otherwise
/// take as the first character of the data.
pub fn without_byte_order_mark(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Reads a document of any supported shape that is already JSON.
pub fn parse_feed_value(value: &Value) -> Result<ParsedFeed, FeedError> {
    match value {
        Value::Array(items) => Ok(parse_records(FeedShape::ServiceArray, None, items, "$")),
        Value::Object(object) => parse_object(value, object),
        other => Err(FeedError::UnknownShape(format!("the document is a {}", kind_of(other)))),
    }
}

fn parse_object(value: &Value, object: &Map<String, Value>) -> Result<ParsedFeed, FeedError> {
    for (key, version) in [("contents", OrukVersion::V3), ("content", OrukVersion::V1)] {
        if let Some(items) = object.get(key) {
            let Value::Array(items) = items else {
                return Err(FeedError::UnknownShape(format!("`{key}` is a {}, not a list", kind_of(items))));
            };
            let paging = read_paging(object, version);
            let shape = FeedShape::Page(version);
            return Ok(parse_records(shape, Some(paging), items, &format!("$.{key}")));
        }
    }
    if object.contains_key("id") && object.contains_key("name") {
        let mut problems = Vec::new();
        let services = read_record(value, "$", RecordPlace::default(), &mut problems).into_iter().collect();
        return Ok(ParsedFeed { shape: FeedShape::SingleService, paging: None, services, problems });
    }
    Err(FeedError::UnknownShape("no `contents`, `content`, or service `id` and `name`".to_string()))
}

fn read_paging(object: &Map<String, Value>, version: OrukVersion) -> Paging {
    let (number_key, total_key, items_key, last_key) = match version {
        OrukVersion::V3 => ("page_number", "total_pages", "total_items", "last_page"),
        OrukVersion::V1 => ("number", "totalPages", "totalElements", "last"),
    };
    let count = |key: &str| object.get(key).and_then(as_f64).filter(|n| *n >= 0.0).map(|n| n as u64);
    // Spring Data pages (a common v1 server) also say their number under `pageable`.
    let spring_number =
        || object.get("pageable").and_then(|pageable| pageable.get("pageNumber")).and_then(as_f64).filter(|n| *n >= 0.0).map(|n| n as u64);
    Paging {
        version,
        number: count(number_key).or_else(spring_number).unwrap_or(1) as u32,
        total_pages: count(total_key).unwrap_or(1) as u32,
        total_items: count(items_key),
        last: object.get(last_key).and_then(Value::as_bool),
    }
}

fn parse_records(shape: FeedShape, paging: Option<Paging>, items: &[Value], path: &str) -> ParsedFeed {
    let mut problems = Vec::new();
    let services = items
        .iter()
        .enumerate()
        .filter_map(|(index, item)| {
            let place = RecordPlace { page: paging.map(|p| p.number), index: Some(index) };
            read_record(item, &format!("{path}[{index}]"), place, &mut problems)
        })
        .collect();
    ParsedFeed { shape, paging, services, problems }
}

/// Reads one service object that stands alone (a CSV row turned into ORUK shape), with its
/// problems placed at `index`.
pub(super) fn read_service_value(value: &Value, index: usize, problems: &mut Vec<Problem>) -> Option<Service> {
    read_record(value, "$", RecordPlace { page: None, index: Some(index) }, problems)
}

/// Where a record sits in the document, copied into each of its problems.
#[derive(Debug, Clone, Copy, Default)]
struct RecordPlace {
    page: Option<u32>,
    index: Option<usize>,
}

/// Reads one record; problems go to `problems`, and `None` means the record was skipped.
fn read_record(value: &Value, path: &str, place: RecordPlace, problems: &mut Vec<Problem>) -> Option<Service> {
    let mut fields = Fields::default();
    let result = match value.as_object() {
        Some(object) => read_service(object, path, &mut fields),
        None => Err((path.to_string(), format!("a service must be a JSON object, not a {}", kind_of(value)))),
    };
    let service_id = value.get("id").and_then(id_text);
    let problem = |(path, reason): (String, String), outcome| Problem {
        page: place.page,
        index: place.index,
        service_id: service_id.clone(),
        path,
        reason,
        outcome,
    };
    match result {
        Ok(service) => {
            problems.extend(fields.issues.into_iter().map(|issue| problem(issue, Outcome::FieldDropped)));
            Some(service)
        }
        // The reason the record was skipped is the one worth reading; its field issues would
        // wrongly say the rest of it was kept.
        Err(issue) => {
            problems.push(problem(issue, Outcome::RecordSkipped));
            None
        }
    }
}

/// A bad value found inside a record: its JSON path and what is wrong with it.
type Issue = (String, String);

/// Collects field-level issues while a record is read.
#[derive(Default)]
struct Fields {
    issues: Vec<Issue>,
}

impl Fields {
    fn report(&mut self, path: String, reason: impl Into<String>) {
        self.issues.push((path, reason.into()));
    }

    /// A text field; numbers are accepted as text, empty strings count as absent.
    fn text(&mut self, object: &Map<String, Value>, key: &str, path: &str) -> Option<String> {
        match object.get(key)? {
            Value::Null => None,
            Value::String(text) => Some(text.trim().to_string()).filter(|text| !text.is_empty()),
            Value::Number(number) => Some(number.to_string()),
            other => {
                self.report(format!("{path}.{key}"), format!("expected text, found a {}", kind_of(other)));
                None
            }
        }
    }

    /// A field of words for people (a name, a description): HTML markup and entities from the
    /// publisher's web editor are turned into plain text fit for a text message.
    fn prose(&mut self, object: &Map<String, Value>, key: &str, path: &str) -> Option<String> {
        self.text(object, key, path).map(|text| plain_text(&text)).filter(|text| !text.is_empty())
    }

    /// The first of several spellings of a text field that is present.
    fn text_any(&mut self, object: &Map<String, Value>, keys: &[&str], path: &str) -> Option<String> {
        keys.iter().find_map(|key| self.text(object, key, path))
    }

    /// A number field; numeric strings ("12") are accepted, as several feeds write them.
    fn number(&mut self, object: &Map<String, Value>, key: &str, path: &str) -> Option<f64> {
        let value = object.get(key).filter(|value| !value.is_null())?;
        let number = as_f64(value);
        if number.is_none() {
            self.report(format!("{path}.{key}"), format!("expected a number, found {}", describe(value)));
        }
        number
    }

    /// The items of a list field with their paths; a non-list is reported and read as empty.
    fn list<'v>(&mut self, object: &'v Map<String, Value>, key: &str, path: &str) -> Vec<(String, &'v Map<String, Value>)> {
        let Some(value) = object.get(key).filter(|value| !value.is_null()) else {
            return Vec::new();
        };
        let Some(items) = value.as_array() else {
            self.report(format!("{path}.{key}"), format!("expected a list, found a {}", kind_of(value)));
            return Vec::new();
        };
        let mut objects = Vec::new();
        for (index, item) in items.iter().enumerate() {
            let item_path = format!("{path}.{key}[{index}]");
            match item.as_object() {
                Some(object) => objects.push((item_path, object)),
                None => self.report(item_path, format!("expected an object, found a {}", kind_of(item))),
            }
        }
        objects
    }

    /// A nested object field; anything else is reported and read as absent.
    fn object<'v>(&mut self, object: &'v Map<String, Value>, key: &str, path: &str) -> Option<&'v Map<String, Value>> {
        let value = object.get(key).filter(|value| !value.is_null())?;
        let nested = value.as_object();
        if nested.is_none() {
            self.report(format!("{path}.{key}"), format!("expected an object, found a {}", kind_of(value)));
        }
        nested
    }

    /// A field read with `parse`, reported when present but unreadable.
    fn parsed<T>(
        &mut self,
        object: &Map<String, Value>,
        key: &str,
        path: &str,
        what: &str,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Option<T> {
        let text = self.text(object, key, path)?;
        let parsed = parse(&text);
        if parsed.is_none() {
            self.report(format!("{path}.{key}"), format!("{text:?} is not {what}"));
        }
        parsed
    }
}

/// The names of the areas a service covers: v3 names them `name`, v1 `service_area`.
fn read_service_areas(object: &Map<String, Value>, path: &str, fields: &mut Fields) -> Vec<String> {
    fields
        .list(object, "service_areas", path)
        .into_iter()
        .filter_map(|(item_path, item)| fields.text_any(item, &["name", "service_area"], &item_path))
        .collect()
}

fn read_service(object: &Map<String, Value>, path: &str, fields: &mut Fields) -> Result<Service, Issue> {
    let id = object.get("id").and_then(id_text).ok_or_else(|| (format!("{path}.id"), "the service has no id".to_string()))?;
    let name = fields.prose(object, "name", path).ok_or_else(|| (format!("{path}.name"), "the service has no name".to_string()))?;
    let mut service = Service::new(&id, &name);
    service.description = fields.prose(object, "description", path).unwrap_or_default();
    service.status = read_status(object, path, fields);
    service.url = fields.text(object, "url", path);
    service.email = fields.text(object, "email", path);
    service.organisation = fields
        .object(object, "organization", path)
        .map(|org| read_organisation(org, &format!("{path}.organization"), fields))
        .unwrap_or_default();
    service.locations = read_locations(object, path, fields);
    service.service_areas = read_service_areas(object, path, fields);
    service.schedules = read_all_schedules(object, path, fields);
    service.cost_options =
        fields.list(object, "cost_options", path).into_iter().map(|(item_path, item)| read_cost(item, &item_path, fields)).collect();
    let eligibility = read_eligibility(object, path, fields);
    (service.min_age, service.max_age) = eligibility.ages;
    service.contacts = read_contacts(object, path, fields);
    (service.tags, service.other_terms) = read_terms(object, path, fields);
    for words in eligibility.audiences {
        if !service.other_terms.contains(&words) {
            service.other_terms.push(words);
        }
    }
    read_dates(object, path, fields, &mut service);
    Ok(service)
}

/// When the record was last verified and last changed: ORUK's `assured_date` and
/// `last_modified`, or the `pc_metadata` block some council platforms put them in instead.
fn read_dates(object: &Map<String, Value>, path: &str, fields: &mut Fields, service: &mut Service) {
    let metadata = fields.object(object, "pc_metadata", path);
    let metadata_path = format!("{path}.pc_metadata");
    let mut date = |owner: &Map<String, Value>, key: &str, owner_path: &str| {
        fields.parsed(owner, key, owner_path, "a date (YYYY-MM-DD)", Date::parse_iso)
    };
    service.last_verified =
        date(object, "assured_date", path).or_else(|| metadata.and_then(|meta| date(meta, "date_assured", &metadata_path)));
    service.last_modified = fields.parsed(object, "last_modified", path, "a date-time", Timestamp::parse).or_else(|| {
        let meta = metadata?;
        fields.parsed(meta, "date_modified", &metadata_path, "a date-time", Timestamp::parse)
    });
}

fn read_status(object: &Map<String, Value>, path: &str, fields: &mut Fields) -> Status {
    match fields.text(object, "status", path) {
        None => Status::Active,
        Some(text) => Status::parse(&text).unwrap_or_else(|| {
            fields.report(format!("{path}.status"), format!("unknown status {text:?}; taken as active"));
            Status::Active
        }),
    }
}

fn read_organisation(object: &Map<String, Value>, path: &str, fields: &mut Fields) -> Organisation {
    Organisation {
        id: fields.text(object, "id", path).unwrap_or_default(),
        name: fields.prose(object, "name", path).unwrap_or_default(),
        description: fields.prose(object, "description", path).unwrap_or_default(),
        website: fields.text_any(object, &["website", "url"], path),
        email: fields.text(object, "email", path),
    }
}

fn read_locations(object: &Map<String, Value>, path: &str, fields: &mut Fields) -> Vec<Location> {
    let links = fields.list(object, "service_at_locations", path);
    links
        .into_iter()
        .filter_map(|(link_path, link)| {
            let location = fields.object(link, "location", &link_path)?;
            Some(read_location(location, &format!("{link_path}.location"), fields))
        })
        .collect()
}

/// An ORUK `location_type` that is no venue: `postal` (an address for letters, often the
/// organisation's office) or `virtual` (online or by phone).
fn is_office_only(location_type: &str) -> bool {
    ["postal", "virtual"].iter().any(|kind| location_type.trim().eq_ignore_ascii_case(kind))
}

fn read_location(object: &Map<String, Value>, path: &str, fields: &mut Fields) -> Location {
    let mut location = Location {
        id: fields.text(object, "id", path),
        name: fields.text(object, "name", path),
        point: read_point(object, path, fields),
        office_only: fields.text(object, "location_type", path).is_some_and(|kind| is_office_only(&kind)),
        ..Location::default()
    };
    for key in ["addresses", "physical_addresses"] {
        for (address_path, address) in fields.list(object, key, path) {
            if location.postcode.is_none() && address_is_physical(address) {
                location.address = fields.text(address, "address_1", &address_path);
                location.town = fields.text(address, "city", &address_path);
                location.postcode = fields.text(address, "postal_code", &address_path);
            }
        }
    }
    for key in ["accessibility", "accessibility_for_disabilities"] {
        for (note_path, note) in fields.list(object, key, path) {
            let words = ["description", "accessibility", "details"]
                .iter()
                .filter_map(|key| fields.prose(note, key, &note_path))
                .collect::<Vec<_>>();
            location.accessibility.extend(words);
        }
    }
    location.accessibility.dedup();
    location
}

fn address_is_physical(address: &Map<String, Value>) -> bool {
    address.get("address_type").and_then(Value::as_str).unwrap_or("physical").eq_ignore_ascii_case("physical")
}

fn read_point(object: &Map<String, Value>, path: &str, fields: &mut Fields) -> Option<Point> {
    let lat = fields.number(object, "latitude", path);
    let lon = fields.number(object, "longitude", path);
    match (lat, lon) {
        (None, None) => None,
        (Some(lat), Some(lon)) => {
            let point = Point::new(lat, lon);
            if point.is_none() {
                let (key, value, limit) =
                    if lat.abs() > 90.0 || !lat.is_finite() { ("latitude", lat, 90) } else { ("longitude", lon, 180) };
                fields.report(
                    format!("{path}.{key}"),
                    format!("{key} {value} is not between -{limit} and {limit}; the location is kept without a map point"),
                );
            }
            point
        }
        (Some(_), None) | (None, Some(_)) => {
            fields.report(path.to_string(), "only one of latitude and longitude is given; the location is kept without a map point");
            None
        }
    }
}

fn read_all_schedules(object: &Map<String, Value>, path: &str, fields: &mut Fields) -> Vec<Schedule> {
    let mut lists: Vec<(String, &Map<String, Value>)> = fields.list(object, "service_at_locations", path);
    lists.insert(0, (path.to_string(), object));
    let mut schedules = Vec::new();
    for (owner_path, owner) in lists {
        for key in ["schedules", "regular_schedules"] {
            for (schedule_path, schedule) in fields.list(owner, key, &owner_path) {
                schedules.extend(read_schedule(schedule, &schedule_path, fields));
            }
        }
    }
    schedules
}

fn read_schedule(object: &Map<String, Value>, path: &str, fields: &mut Fields) -> Option<Schedule> {
    let frequency = match fields.text(object, "freq", path) {
        None => Frequency::Weekly,
        Some(text) => match Frequency::parse(&text) {
            Some(frequency) => frequency,
            None => {
                fields.report(format!("{path}.freq"), format!("unknown frequency {text:?}; the schedule is left out"));
                return None;
            }
        },
    };
    let days = read_days(object, path, fields)?;
    let interval = fields.number(object, "interval", path).map_or(1, |n| n.max(1.0) as u32);
    let month_days = fields.parsed(object, "bymonthday", path, "a list of days of the month", parse_month_days).unwrap_or_default();
    let schedule = Schedule {
        frequency,
        interval,
        days,
        month_days,
        opens_at: fields.parsed(object, "opens_at", path, "a time (HH:MM)", TimeOfDay::parse),
        closes_at: fields.parsed(object, "closes_at", path, "a time (HH:MM)", TimeOfDay::parse),
        starts: fields.parsed(object, "dtstart", path, "a date", Date::parse_iso),
        valid_from: fields.parsed(object, "valid_from", path, "a date", Date::parse_iso),
        valid_to: fields.parsed(object, "valid_to", path, "a date", Date::parse_iso),
        description: fields.prose(object, "description", path),
    };
    let says_when =
        !schedule.days.is_empty() || !schedule.month_days.is_empty() || schedule.starts.is_some() || schedule.description.is_some();
    if !says_when {
        fields.report(path.to_string(), "the schedule gives no day, date or description; it is left out");
        return None;
    }
    Some(schedule)
}

/// The days of a schedule from `byday` (v3) or `weekday` (v1); `None` when present but unreadable.
fn read_days(object: &Map<String, Value>, path: &str, fields: &mut Fields) -> Option<Vec<DayRule>> {
    let mut days = Vec::new();
    if let Some(text) = fields.text(object, "byday", path) {
        let Some(parsed) = parse_byday(&text) else {
            fields.report(format!("{path}.byday"), format!("{text:?} is not a list of days; the schedule is left out"));
            return None;
        };
        days.extend(parsed);
    }
    if let Some(text) = fields.text(object, "weekday", path) {
        let Some(named) = parse_byday(&text) else {
            fields.report(format!("{path}.weekday"), format!("{text:?} is not a day of the week; the schedule is left out"));
            return None;
        };
        for day in named {
            if !days.contains(&day) {
                days.push(day);
            }
        }
    }
    Some(days)
}

fn parse_month_days(text: &str) -> Option<Vec<i8>> {
    text.split([',', ' '])
        .filter(|part| !part.is_empty())
        .map(|part| part.parse::<i8>().ok().filter(|day| (-31..=31).contains(day) && *day != 0))
        .collect()
}

fn read_cost(object: &Map<String, Value>, path: &str, fields: &mut Fields) -> CostOption {
    let written = object.get("amount").filter(|value| !value.is_null());
    let amount = written.map(|value| as_f64(value).or_else(|| value.as_str().and_then(pounds_in_words)));
    let amount_pence = match amount {
        None => None,
        Some(Some(pounds)) if (0.0..100_000.0).contains(&pounds) => Some((pounds * 100.0).round() as u32),
        Some(unreadable) => {
            let shown = unreadable.map_or_else(|| describe(written.unwrap_or(&Value::Null)), |pounds| pounds.to_string());
            fields.report(format!("{path}.amount"), format!("{shown} is not a price in pounds; kept as the price's description"));
            None
        }
    };
    let unread_words = written.filter(|_| amount_pence.is_none()).and_then(Value::as_str).map(str::to_string);
    CostOption {
        amount_pence,
        option: fields.text(object, "option", path),
        description: fields.prose(object, "amount_description", path).or(unread_words),
    }
}

/// A price as people write it in a text field: "£2.50", "£3 per session", "50p", "Free".
fn pounds_in_words(text: &str) -> Option<f64> {
    let words = text.trim().to_ascii_lowercase();
    if ["free", "no charge", "no cost", "nil"].iter().any(|free| words.starts_with(free)) {
        return Some(0.0);
    }
    let figures = words.strip_prefix('£').unwrap_or(&words).trim_start();
    let number: String = figures.chars().take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',').filter(|c| *c != ',').collect();
    let amount: f64 = number.parse().ok()?;
    let in_pence = !words.starts_with('£') && figures[number.len()..].starts_with('p');
    Some(if in_pence { amount / 100.0 } else { amount })
}

/// Who a service is for, as the record says it.
struct Eligibility {
    /// Youngest and oldest age welcome.
    ages: (Option<u8>, Option<u8>),
    /// Words naming the people it is for ("Young people", "Families"), from v1 `eligibilitys`
    /// and the `pc_targetAudience` list some council platforms add.
    audiences: Vec<String>,
}

fn read_eligibility(object: &Map<String, Value>, path: &str, fields: &mut Fields) -> Eligibility {
    let mut ages = (read_age(object, "minimum_age", path, fields), read_age(object, "maximum_age", path, fields));
    let mut audiences = Vec::new();
    for (item_path, eligibility) in fields.list(object, "eligibilitys", path) {
        ages.0 = ages.0.or(read_age(eligibility, "minimum_age", &item_path, fields));
        ages.1 = ages.1.or(read_age(eligibility, "maximum_age", &item_path, fields));
        audiences.extend(fields.prose(eligibility, "eligibility", &item_path));
    }
    for (item_path, audience) in fields.list(object, "pc_targetAudience", path) {
        audiences.extend(fields.prose(audience, "audienceType", &item_path));
    }
    // ORUK v3 gives who a service is for in words only.
    audiences.extend(fields.prose(object, "eligibility_description", path));
    if ages == (None, None) {
        ages = audiences.iter().map(|words| super::audience::ages_in_words(words)).find(|found| *found != (None, None)).unwrap_or_default();
    }
    if let (Some(min), Some(max)) = ages {
        if min > max {
            fields.report(format!("{path}.minimum_age"), format!("minimum age {min} is above maximum age {max}; both are left out"));
            ages = (None, None);
        }
    }
    Eligibility { ages, audiences }
}

fn read_age(object: &Map<String, Value>, key: &str, path: &str, fields: &mut Fields) -> Option<u8> {
    let age = fields.number(object, key, path)?;
    // Many feeds write -1 (or another negative) for "no limit".
    if age < 0.0 {
        return None;
    }
    let valid = (0.0..=120.0).contains(&age);
    if !valid {
        fields.report(format!("{path}.{key}"), format!("{age} is not an age in years"));
    }
    valid.then_some(age as u8)
}

fn read_contacts(object: &Map<String, Value>, path: &str, fields: &mut Fields) -> Vec<Contact> {
    let mut contacts: Vec<Contact> = fields
        .list(object, "contacts", path)
        .into_iter()
        .map(|(contact_path, contact)| Contact {
            name: fields.text(contact, "name", &contact_path),
            title: fields.text(contact, "title", &contact_path),
            phones: read_phones(contact, &contact_path, fields),
            email: fields.text(contact, "email", &contact_path),
        })
        .collect();
    let service_phones = read_phones(object, path, fields);
    if !service_phones.is_empty() {
        contacts.push(Contact { phones: service_phones, ..Contact::default() });
    }
    contacts
}

fn read_phones(object: &Map<String, Value>, path: &str, fields: &mut Fields) -> Vec<String> {
    fields.list(object, "phones", path).into_iter().filter_map(|(phone_path, phone)| fields.text(phone, "number", &phone_path)).collect()
}

/// Splits taxonomy terms into Front Door tags and other words, from v3 `attributes` and v1
/// `service_taxonomys`.
fn read_terms(object: &Map<String, Value>, path: &str, fields: &mut Fields) -> (Vec<Tag>, Vec<String>) {
    let mut terms = Vec::new();
    for (attribute_path, attribute) in fields.list(object, "attributes", path) {
        terms.extend(
            fields.object(attribute, "taxonomy_term", &attribute_path).map(|term| (format!("{attribute_path}.taxonomy_term"), term)),
        );
    }
    for (link_path, link) in fields.list(object, "service_taxonomys", path) {
        terms.extend(fields.object(link, "taxonomy", &link_path).map(|term| (format!("{link_path}.taxonomy"), term)));
    }
    let mut tags = Vec::new();
    let mut others = Vec::new();
    for (term_path, term) in terms {
        let candidates = ["term", "id", "name"].map(|key| fields.text(term, key, &term_path));
        match candidates.iter().flatten().find_map(|word| Tag::from_id(&word.to_ascii_lowercase().replace([' ', '-'], "_"))) {
            Some(tag) if !tags.contains(&tag) => tags.push(tag),
            Some(_) => {}
            None => others.extend(candidates[2].clone().or(candidates[0].clone())),
        }
    }
    (tags, others)
}

/// An id written as text or as a number; empty text is no id.
fn id_text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.trim().to_string()).filter(|text| !text.is_empty()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

fn as_f64(value: &Value) -> Option<f64> {
    match value {
        Value::Number(number) => number.as_f64(),
        Value::String(text) => text.trim().parse().ok().filter(|n: &f64| n.is_finite()),
        _ => None,
    }
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true/false value",
        Value::Number(_) => "number",
        Value::String(_) => "text",
        Value::Array(_) => "list",
        Value::Object(_) => "object",
    }
}

fn describe(value: &Value) -> String {
    match value {
        Value::String(text) => format!("{text:?}"),
        other => format!("a {}", kind_of(other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const V3_PAGE: &str = r#"{
      "total_items": 3, "total_pages": 2, "page_number": 1, "size": 3,
      "first_page": true, "last_page": false, "empty": false,
      "contents": [
        {
          "id": "1f0c8c52-6a8b-4bde-9a2e-0c6f1d3a0001",
          "name": "Golcar Knit and Natter",
          "description": "Knitting and a cuppa.",
          "status": "active",
          "minimum_age": 16,
          "assured_date": "2026-09-01",
          "last_modified": "2026-09-02T10:00:00Z",
          "organization": {"id": "0a", "name": "Golcar Crafters (sample data)", "description": "Volunteers."},
          "service_at_locations": [{"id": "sal1", "location": {
            "id": "loc1", "location_type": "physical", "name": "Golcar Community Centre",
            "latitude": 53.638, "longitude": -1.853,
            "addresses": [{"id": "a1", "address_1": "1 Town End", "city": "Huddersfield", "state_province": "West Yorkshire",
                           "postal_code": "HD7 4AA", "country": "GB", "address_type": "physical"}],
            "accessibility": [{"id": "ac1", "description": "Step-free entrance"}]
          }}],
          "schedules": [{"id": "sc1", "freq": "WEEKLY", "interval": 1, "byday": "TU", "opens_at": "10:00", "closes_at": "12:00"}],
          "cost_options": [{"id": "c1", "amount": 0, "option": "Free"}],
          "contacts": [{"id": "ct1", "name": "Sam", "phones": [{"id": "p1", "number": "01484 000000"}]}],
          "attributes": [
            {"id": "at1", "taxonomy_term": {"id": "t1", "term": "arts_crafts", "name": "Arts and crafts", "description": "x", "taxonomy": "frontdoor-tags"}},
            {"id": "at2", "taxonomy_term": {"id": "t2", "name": "Knitting", "description": "x", "taxonomy": "esd"}}
          ]
        },
        {
          "id": "1f0c8c52-6a8b-4bde-9a2e-0c6f1d3a0002",
          "name": "Lost Hall Quiz",
          "status": "active",
          "minimum_age": "eighteen",
          "service_at_locations": [{"id": "sal2", "location": {"id": "loc2", "location_type": "physical", "latitude": 123.4, "longitude": -1.7}},
                                   {"id": "sal3", "location": {"id": "loc3", "location_type": "Postal", "latitude": 53.7, "longitude": -1.7}}],
          "schedules": [
            {"id": "sc2", "freq": "FORTNIGHTLY", "byday": "TH"},
            {"id": "sc3", "freq": "MONTHLY", "byday": "1FR", "opens_at": "19:00"}
          ]
        },
        {"name": "No id here"}
      ]
    }"#;

    const V1_PAGE: &str = r#"{
      "totalElements": 2, "totalPages": 1, "number": 1, "size": 2, "first": true, "last": true,
      "content": [
        {
          "id": 4411, "name": "Ripon Walking for Health", "description": "Gentle walks.", "status": "active",
          "assured_date": "2026-08-10",
          "organization": {"id": "9b", "name": "Ripon Walkers (sample data)", "description": "Walks.", "url": "https://example.org"},
          "eligibilitys": [{"id": "e1", "eligibility": "adults", "minimum_age": 18, "maximum_age": 99}],
          "regular_schedules": [{"id": "r1", "weekday": "Wednesday", "opens_at": "10:30", "closes_at": "12:00", "freq": "week", "interval": 1}],
          "cost_options": [{"id": "c1", "amount": "2.50", "option": "per walk"}],
          "service_at_locations": [{"id": "s1", "location": {"id": "l1", "name": "Ripon Market Place", "latitude": "54.1360", "longitude": "-1.5230",
            "physical_addresses": [{"id": "pa1", "address_1": "Market Place", "city": "Ripon", "postal_code": "HG4 1BP"}],
            "accessibility_for_disabilities": [{"id": "ad1", "accessibility": "Level access"}]}}],
          "service_taxonomys": [{"id": "st1", "taxonomy": {"id": "walking_outdoors", "name": "Walking", "vocabulary": "frontdoor-tags"}}],
          "contacts": [{"id": "ct1", "name": "Pat", "phones": [{"id": "p1", "number": "01765 000000"}]}]
        },
        "not a service"
      ]
    }"#;

    #[test]
    fn v3_page_keeps_good_records_and_reports_bad_ones_where_they_are() {
        let feed = parse_feed(V3_PAGE).unwrap();
        assert_eq!(feed.shape, FeedShape::Page(OrukVersion::V3));
        let paging = feed.paging.unwrap();
        assert_eq!((paging.number, paging.total_pages, paging.total_items), (1, 2, Some(3)));
        assert!(paging.has_more(1));
        assert_eq!(feed.services.len(), 2);

        let knit = &feed.services[0];
        assert_eq!(knit.organisation.name, "Golcar Crafters (sample data)");
        assert_eq!(knit.locations[0].postcode.as_deref(), Some("HD7 4AA"));
        assert_eq!(knit.locations[0].point, Point::new(53.638, -1.853));
        assert!(knit.is_step_free());
        assert_eq!(knit.schedules[0].phrase(), "Tuesdays 10am");
        assert_eq!(knit.price(), crate::model::Price::Free);
        assert_eq!((knit.min_age, knit.max_age), (Some(16), None));
        assert_eq!(knit.tags, vec![Tag::ArtsCrafts]);
        assert_eq!(knit.other_terms, vec!["Knitting".to_string()]);
        assert_eq!(knit.contacts[0].phones, vec!["01484 000000".to_string()]);
        assert_eq!(knit.last_verified, Date::new(2026, 9, 1));

        let quiz = &feed.services[1];
        assert_eq!(quiz.locations.len(), 2, "the location stays, without its point");
        assert_eq!(quiz.locations[0].point, None);
        assert!(!quiz.locations[0].office_only && quiz.locations[1].office_only, "a postal address is no venue");
        assert_eq!(quiz.min_age, None);
        assert_eq!(quiz.schedules.len(), 1, "the good schedule stays");

        let at = |path: &str| {
            feed.problems.iter().find(|p| p.path == path).unwrap_or_else(|| panic!("no problem at {path}: {:#?}", feed.problems))
        };
        let latitude = at("$.contents[1].service_at_locations[0].location.latitude");
        assert_eq!((latitude.page, latitude.index, latitude.outcome), (Some(1), Some(1), Outcome::FieldDropped));
        assert_eq!(latitude.service_id.as_deref(), Some("1f0c8c52-6a8b-4bde-9a2e-0c6f1d3a0002"));
        assert!(latitude.reason.contains("123.4"), "{}", latitude.reason);
        assert!(at("$.contents[1].minimum_age").reason.contains("eighteen"));
        assert!(at("$.contents[1].schedules[0].freq").reason.contains("FORTNIGHTLY"));
        let skipped = at("$.contents[2].id");
        assert_eq!((skipped.outcome, skipped.index, skipped.service_id.clone()), (Outcome::RecordSkipped, Some(2), None));
        assert_eq!(feed.problems.len(), 4, "{:#?}", feed.problems);
    }

    #[test]
    fn v1_page_reads_v1_spellings() {
        let feed = parse_feed(V1_PAGE).unwrap();
        assert_eq!(feed.shape, FeedShape::Page(OrukVersion::V1));
        assert!(!feed.paging.unwrap().has_more(1));
        assert_eq!(feed.services.len(), 1);
        let walk = &feed.services[0];
        assert_eq!(walk.id, "4411");
        assert_eq!((walk.min_age, walk.max_age), (Some(18), Some(99)));
        assert_eq!(walk.schedules[0].phrase(), "Wednesdays 10:30am");
        assert_eq!(walk.price(), crate::model::Price::From(250));
        assert_eq!(walk.locations[0].point, Point::new(54.136, -1.523));
        assert_eq!(walk.locations[0].postcode.as_deref(), Some("HG4 1BP"));
        assert!(walk.is_step_free());
        assert_eq!(walk.tags, vec![Tag::WalkingOutdoors]);
        assert_eq!(walk.organisation.website.as_deref(), Some("https://example.org"));
        assert_eq!(feed.problems.len(), 1);
        assert_eq!(feed.problems[0].path, "$.content[1]");
        assert_eq!(feed.problems[0].outcome, Outcome::RecordSkipped);
        assert!(feed.problems[0].to_string().starts_with("page 1, record 1, $.content[1]: a service must be a JSON object"));
    }

    #[test]
    fn single_service_and_bad_documents() {
        let single =
            parse_feed(r#"{"id": "x1", "name": "Drop-in", "status": "temporarily closed", "maximum_age": 17, "minimum_age": 30}"#).unwrap();
        assert_eq!(single.shape, FeedShape::SingleService);
        assert_eq!(single.services[0].status, Status::TemporarilyClosed);
        assert_eq!((single.services[0].min_age, single.services[0].max_age), (None, None));
        assert_eq!(single.problems[0].path, "$.minimum_age");
        assert!(matches!(parse_feed("{not json"), Err(FeedError::NotJson(_))));
        assert!(matches!(parse_feed(r#"{"hello": 1}"#), Err(FeedError::UnknownShape(_))));
        assert!(matches!(parse_feed(r#"{"contents": 5}"#), Err(FeedError::UnknownShape(_))));
        assert!(matches!(parse_feed("42"), Err(FeedError::UnknownShape(_))));
    }

    /// A Spring-style v1 page as real council APIs send it (see `tests/feeds/README.md`).
    #[test]
    fn a_real_shaped_v1_page_imports_whole() {
        let feed = parse_feed(include_str!("../../tests/feeds/spring-v1-page.json")).unwrap();
        assert!(feed.problems.is_empty(), "{:#?}", feed.problems);
        let paging = feed.paging.unwrap();
        assert_eq!((paging.number, paging.total_items), (0, Some(4)));
        assert!(!paging.has_more(0));
        let [walk, knit, youth, retired] = &feed.services[..] else {
            panic!("four services: {:#?}", feed.services);
        };
        assert_eq!(walk.description, "Friendly walking group for all abilities & paces.\nWalks of 2–4 miles\nTea afterwards");
        assert_eq!(walk.schedules[0].phrase(), "Tuesdays 10am");
        assert_eq!(walk.price(), crate::model::Price::From(250));
        assert_eq!((walk.min_age, walk.max_age), (None, None));
        assert_eq!(walk.locations[0].accessibility, ["Level access from the car park"]);
        assert_eq!((walk.last_verified, walk.last_modified), (None, None));
        assert_eq!(knit.name, "Marsden Knit & Natter");
        assert_eq!(knit.schedules[0].days.len(), 2);
        assert_eq!(knit.price(), crate::model::Price::From(50));
        assert_eq!(knit.last_modified.map(Timestamp::date), Date::new(2026, 11, 1));
        assert_eq!(youth.schedules[0].days.len(), 5);
        assert_eq!((youth.min_age, youth.max_age), (Some(11), Some(17)));
        assert_eq!(youth.price(), crate::model::Price::Free);
        assert!(youth.other_terms.contains(&"Young people".to_string()));
        assert_eq!(retired.last_modified.map(Timestamp::date), Date::new(2026, 10, 20));
        assert_eq!(retired.schedules[0].phrase(), "Wednesdays 12pm");
    }

    #[test]
    fn an_unreadable_amount_is_reported_and_kept_as_words() {
        let feed = parse_feed(r#"{"id": "c", "name": "Club", "cost_options": [{"amount": "donations welcome"}]}"#).unwrap();
        let cost = &feed.services[0].cost_options[0];
        assert_eq!(cost.amount_pence, None);
        assert_eq!(cost.description.as_deref(), Some("donations welcome"));
        assert_eq!(feed.problems[0].path, "$.cost_options[0].amount");
        assert_eq!(feed.problems[0].outcome, Outcome::FieldDropped);
    }

    #[test]
    fn service_areas_are_read_in_either_version_s_spelling() {
        let feed = parse_feed(
            r#"{"id": "line", "name": "Phone line", "service_areas": [{"id": "a", "name": "Kirklees"}, {"id": "b", "service_area": "Calderdale"}, {"id": "c"}]}"#,
        )
        .unwrap();
        assert_eq!(feed.services[0].service_areas, ["Kirklees", "Calderdale"]);
    }

    #[test]
    fn pages_know_their_last_page_whether_counted_from_zero_or_one() {
        let paging = |number, last| Paging { version: OrukVersion::V1, number, total_pages: 2, total_items: None, last };
        assert!(paging(0, None).has_more(0));
        assert!(!paging(1, None).has_more(0));
        assert!(paging(1, None).has_more(1));
        assert!(!paging(2, None).has_more(1));
        assert!(!paging(0, Some(true)).has_more(0));
        assert_eq!(paging(1, None).next_number(), 2);
    }
}
