//! Writes [`Service`] records out as ORUK v3 (UK profile of HSDS 3.0) JSON, so Front Door's
//! directory (including groups added from the CSV template) can be shared with a council's
//! own directory and checked by the ORUK validator.
//!
//! ORUK v3 wants every `id` to be a UUID. Ids that already are UUIDs are kept; others (ORUK v1
//! numbers, CSV ids) and the ids of nested objects are replaced by [`stable_uuid`] of a key,
//! so exporting twice gives the same ids.

use super::model::{Contact, CostOption, Location, Service};
use super::oruk::TAG_VOCABULARY;
use super::schedule::Schedule;
use nlp::Tag;
use serde_json::{json, Map, Value};

/// The vocabulary name given to taxonomy terms Front Door does not know.
const IMPORTED_VOCABULARY: &str = "imported";

/// A UUID (version 8, RFC 9562) made from a text key with 128-bit FNV-1a: the same key always
/// gives the same UUID, so re-exports and the demo directory agree on ids.
pub fn stable_uuid(key: &str) -> String {
    const OFFSET: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013b;
    let hash = key.bytes().fold(OFFSET, |hash, byte| (hash ^ u128::from(byte)).wrapping_mul(PRIME));
    let mut bytes = hash.to_be_bytes();
    bytes[6] = (bytes[6] & 0x0f) | 0x80;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|byte| format!("{byte:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..])
}

/// Whether `text` is a UUID in the usual 8-4-4-4-12 hex form.
pub fn is_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.iter().map(|group| group.len()).eq([8, 4, 4, 4, 12]) && groups.iter().all(|group| group.chars().all(|c| c.is_ascii_hexdigit()))
}

/// The UUID a record is exported under: its own id when that is a UUID, else one made from it.
fn uuid_for(kind: &str, id: &str) -> String {
    if is_uuid(id) {
        id.to_ascii_lowercase()
    } else {
        stable_uuid(&format!("{kind}/{id}"))
    }
}

/// The plain-English name of a tag, used as the taxonomy term's `name` in exports.
pub fn tag_label(tag: Tag) -> &'static str {
    match tag {
        Tag::ArtsCrafts => "Arts and crafts",
        Tag::Music => "Music and singing",
        Tag::SportFitness => "Sport and fitness",
        Tag::WalkingOutdoors => "Walking and the outdoors",
        Tag::GardeningNature => "Gardening and nature",
        Tag::GamesQuizzes => "Games and quizzes",
        Tag::BooksLearning => "Books and learning",
        Tag::FoodCooking => "Food and cooking",
        Tag::Faith => "Faith groups",
        Tag::DigitalSkills => "Digital skills",
        Tag::SocialCafe => "Coffee mornings, lunch clubs and drop-ins",
        Tag::YoungPeople => "Young people",
        Tag::OlderPeople => "Older people",
        Tag::ParentsFamilies => "Parents and families",
        Tag::Carers => "Carers",
        Tag::Bereaved => "People who have lost someone",
        Tag::Lgbtq => "LGBTQ+",
        Tag::Disability => "Disabled people",
        Tag::NewToArea => "New to the area",
        Tag::NonEnglish => "Languages other than English",
        Tag::Men => "Men",
        Tag::Women => "Women",
        Tag::HealthCondition => "Living with a health condition",
        Tag::Retired => "Retired people",
        Tag::FreeCost => "Free or low cost",
        Tag::Transport => "Transport",
        Tag::Accessibility => "Step-free and accessible",
        Tag::Accompany => "Someone to go with you",
    }
}

/// ORUK v3 `/services` pages of at most `size` services each (page numbers start at 1); an
/// empty directory gives one empty page, as the standard asks.
pub fn services_pages(services: &[Service], size: usize) -> Vec<Value> {
    let size = size.max(1);
    let chunks: Vec<&[Service]> = if services.is_empty() { vec![&[]] } else { services.chunks(size).collect() };
    let total_pages = chunks.len();
    chunks
        .iter()
        .enumerate()
        .map(|(index, chunk)| {
            json!({
                "total_items": services.len(),
                "total_pages": total_pages,
                "page_number": index + 1,
                "size": chunk.len(),
                "first_page": index == 0,
                "last_page": index + 1 == total_pages,
                "empty": chunk.is_empty(),
                "contents": chunk.iter().map(service_json).collect::<Vec<_>>(),
            })
        })
        .collect()
}

/// One service as a full ORUK v3 service object.
pub fn service_json(service: &Service) -> Value {
    let id = uuid_for("service", &service.id);
    let organisation_id = uuid_for("organization", &service.organisation.id);
    let mut object = Map::new();
    object.insert("id".into(), json!(id));
    object.insert("organization_id".into(), json!(organisation_id));
    object.insert("name".into(), json!(service.name));
    object.insert("description".into(), json!(service.description));
    object.insert("status".into(), json!(service.status.oruk()));
    insert_some(&mut object, "url", service.url.as_deref().filter(|url| url.contains("://")));
    insert_some(&mut object, "email", service.email.as_deref().filter(|email| email.contains('@')));
    insert_some(&mut object, "minimum_age", service.min_age);
    insert_some(&mut object, "maximum_age", service.max_age);
    insert_some(&mut object, "assured_date", service.last_verified.map(|date| date.to_string()));
    insert_some(&mut object, "last_modified", service.last_modified.map(|moment| moment.to_string()));
    object.insert("organization".into(), organisation_json(service, &organisation_id));
    object.insert("schedules".into(), indexed(&service.schedules, |i, schedule| schedule_json(schedule, &id, i)));
    object.insert("service_at_locations".into(), indexed(&service.locations, |i, location| service_at_location_json(location, &id, i)));
    object.insert(
        "service_areas".into(),
        indexed(
            &service.service_areas,
            |i, name| json!({"id": stable_uuid(&format!("{id}/service_area/{i}")), "service_id": id, "name": name}),
        ),
    );
    object.insert("cost_options".into(), indexed(&service.cost_options, |i, option| cost_json(option, &id, i)));
    object.insert("contacts".into(), indexed(&service.contacts, |i, contact| contact_json(contact, &id, i)));
    object.insert("attributes".into(), attributes_json(service, &id));
    Value::Object(object)
}

fn indexed<T>(items: &[T], to_json: impl Fn(usize, &T) -> Value) -> Value {
    Value::Array(items.iter().enumerate().map(|(index, item)| to_json(index, item)).collect())
}

fn insert_some<T: Into<Value>>(object: &mut Map<String, Value>, key: &str, value: Option<T>) {
    if let Some(value) = value {
        object.insert(key.to_string(), value.into());
    }
}

fn organisation_json(service: &Service, organisation_id: &str) -> Value {
    let organisation = &service.organisation;
    let mut object = Map::new();
    object.insert("id".into(), json!(organisation_id));
    object.insert("name".into(), json!(organisation.name));
    object.insert("description".into(), json!(organisation.description));
    insert_some(&mut object, "website", organisation.website.as_deref().filter(|url| url.contains("://")));
    insert_some(&mut object, "email", organisation.email.as_deref().filter(|email| email.contains('@')));
    Value::Object(object)
}

fn schedule_json(schedule: &Schedule, service_id: &str, index: usize) -> Value {
    let mut object = Map::new();
    object.insert("id".into(), json!(stable_uuid(&format!("{service_id}/schedule/{index}"))));
    object.insert("service_id".into(), json!(service_id));
    object.insert("freq".into(), json!(schedule.frequency.oruk()));
    object.insert("interval".into(), json!(schedule.interval.max(1)));
    if !schedule.days.is_empty() {
        let days: Vec<String> = schedule.days.iter().map(|rule| rule.code()).collect();
        object.insert("byday".into(), json!(days.join(",")));
    }
    if !schedule.month_days.is_empty() {
        let days: Vec<String> = schedule.month_days.iter().map(i8::to_string).collect();
        object.insert("bymonthday".into(), json!(days.join(",")));
    }
    insert_some(&mut object, "opens_at", schedule.opens_at.map(|time| time.to_string()));
    insert_some(&mut object, "closes_at", schedule.closes_at.map(|time| time.to_string()));
    insert_some(&mut object, "dtstart", schedule.starts.map(|date| date.to_string()));
    insert_some(&mut object, "valid_from", schedule.valid_from.map(|date| date.to_string()));
    insert_some(&mut object, "valid_to", schedule.valid_to.map(|date| date.to_string()));
    insert_some(&mut object, "description", schedule.description.clone());
    Value::Object(object)
}

fn service_at_location_json(location: &Location, service_id: &str, index: usize) -> Value {
    let location_key = location.id.clone().unwrap_or_else(|| format!("{service_id}/location/{index}"));
    let location_id = uuid_for("location", &location_key);
    let mut object = Map::new();
    object.insert("id".into(), json!(location_id));
    object.insert("location_type".into(), json!(if location.office_only { "postal" } else { "physical" }));
    insert_some(&mut object, "name", location.name.clone());
    insert_some(&mut object, "latitude", location.point.map(|point| point.lat));
    insert_some(&mut object, "longitude", location.point.map(|point| point.lon));
    let has_address = location.address.is_some() || location.postcode.is_some();
    let addresses: Vec<Value> = has_address.then(|| address_json(location, &location_id)).into_iter().collect();
    object.insert("addresses".into(), Value::Array(addresses));
    let notes = location.accessibility.iter().enumerate().map(|(i, note)| {
        json!({"id": stable_uuid(&format!("{location_id}/accessibility/{i}")), "location_id": location_id, "description": note})
    });
    object.insert("accessibility".into(), Value::Array(notes.collect()));
    json!({
        "id": stable_uuid(&format!("{service_id}/service_at_location/{index}")),
        "service_id": service_id,
        "location_id": location_id,
        "location": object,
    })
}

fn address_json(location: &Location, location_id: &str) -> Value {
    json!({
        "id": stable_uuid(&format!("{location_id}/address")),
        "location_id": location_id,
        "address_1": location.address.clone().unwrap_or_default(),
        "city": location.town.clone().unwrap_or_default(),
        "state_province": "",
        "postal_code": location.postcode.clone().unwrap_or_default(),
        "country": "GB",
        "address_type": "physical",
    })
}

fn cost_json(option: &CostOption, service_id: &str, index: usize) -> Value {
    let mut object = Map::new();
    object.insert("id".into(), json!(stable_uuid(&format!("{service_id}/cost_option/{index}"))));
    object.insert("service_id".into(), json!(service_id));
    insert_some(&mut object, "option", option.option.clone());
    insert_some(&mut object, "amount", option.amount_pence.map(|pence| f64::from(pence) / 100.0));
    insert_some(&mut object, "amount_description", option.description.clone());
    Value::Object(object)
}

fn contact_json(contact: &Contact, service_id: &str, index: usize) -> Value {
    let contact_id = stable_uuid(&format!("{service_id}/contact/{index}"));
    let mut object = Map::new();
    object.insert("id".into(), json!(contact_id));
    object.insert("service_id".into(), json!(service_id));
    insert_some(&mut object, "name", contact.name.clone());
    insert_some(&mut object, "title", contact.title.clone());
    insert_some(&mut object, "email", contact.email.clone());
    let phones = contact
        .phones
        .iter()
        .enumerate()
        .map(|(i, number)| json!({"id": stable_uuid(&format!("{contact_id}/phone/{i}")), "contact_id": contact_id, "number": number}));
    object.insert("phones".into(), Value::Array(phones.collect()));
    Value::Object(object)
}

/// Tags as terms of the `frontdoor-tags` vocabulary, other terms as an `imported` one.
fn attributes_json(service: &Service, service_id: &str) -> Value {
    let tags = service.tags.iter().map(|&tag| tag_term(tag));
    let others = service.other_terms.iter().map(|name| other_term(name));
    let attributes = tags.chain(others).map(|term| {
        let term_id = term["id"].as_str().unwrap_or_default().to_string();
        json!({
            "id": stable_uuid(&format!("{service_id}/attribute/{term_id}")),
            "link_id": service_id,
            "link_type": "service",
            "taxonomy_term_id": term_id,
            "taxonomy_term": term,
        })
    });
    Value::Array(attributes.collect())
}

/// The taxonomy term for a tag, as the export and the demo directory write it.
pub fn tag_term(tag: Tag) -> Value {
    json!({
        "id": stable_uuid(&format!("{TAG_VOCABULARY}/{}", tag.id())),
        "name": tag_label(tag),
        "description": format!("Front Door tag `{}` (see shared/nlp/labels.md).", tag.id()),
        "taxonomy": TAG_VOCABULARY,
        "taxonomy_id": stable_uuid(TAG_VOCABULARY),
        "term": tag.id(),
    })
}

fn other_term(name: &str) -> Value {
    json!({
        "id": stable_uuid(&format!("{IMPORTED_VOCABULARY}/{name}")),
        "name": name,
        "description": name,
        "taxonomy": IMPORTED_VOCABULARY,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::{Date, TimeOfDay, Timestamp, Weekday};
    use crate::geo::Point;
    use crate::model::Status;
    use crate::oruk::parse_feed_value;

    const SERVICE_SCHEMA: &str = include_str!("../../tests/schemas/oruk/v3/service.json");
    const DEMO_PAGES: [&str; 3] = [
        include_str!("../../content/directory/services-page-1.json"),
        include_str!("../../content/directory/services-page-2.json"),
        include_str!("../../content/directory/services-page-3.json"),
    ];

    /// Checks `value` against the JSON Schema keywords the ORUK schemas use (`type`,
    /// `required`, `properties`, `items`, `enum`, `format`), collecting every failure.
    fn schema_errors(schema: &Value, value: &Value, path: &str, errors: &mut Vec<String>) {
        if let Some(kind) = schema.get("type") {
            let kinds: Vec<&str> = match kind {
                Value::Array(kinds) => kinds.iter().filter_map(Value::as_str).collect(),
                other => other.as_str().into_iter().collect(),
            };
            if !kinds.iter().any(|kind| has_type(value, kind)) {
                errors.push(format!("{path}: expected {kinds:?}, found {value}"));
                return;
            }
        }
        if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
            if !allowed.contains(value) {
                errors.push(format!("{path}: {value} not in {allowed:?}"));
            }
        }
        if let (Some(format), Some(text)) = (schema.get("format").and_then(Value::as_str), value.as_str()) {
            let valid = match format {
                "uuid" => is_uuid(text),
                "date-time" => text.contains('T') && Timestamp::parse(text).is_some(),
                "email" => text.contains('@'),
                "uri" => text.contains("://"),
                _ => true,
            };
            if !valid {
                errors.push(format!("{path}: {text:?} is not a {format}"));
            }
        }
        for key in schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
            if value.get(key).is_none() {
                errors.push(format!("{path}: missing required {key}"));
            }
        }
        for (key, property) in schema.get("properties").and_then(Value::as_object).into_iter().flatten() {
            if let Some(child) = value.get(key) {
                schema_errors(property, child, &format!("{path}.{key}"), errors);
            }
        }
        if let (Some(items), Some(values)) = (schema.get("items"), value.as_array()) {
            for (index, item) in values.iter().enumerate() {
                schema_errors(items, item, &format!("{path}[{index}]"), errors);
            }
        }
    }

    fn has_type(value: &Value, kind: &str) -> bool {
        match kind {
            "object" => value.is_object(),
            "array" => value.is_array(),
            "string" => value.is_string(),
            "number" => value.is_number(),
            "integer" => value.is_i64() || value.is_u64(),
            "boolean" => value.is_boolean(),
            "null" => value.is_null(),
            _ => true,
        }
    }

    fn validate_page(page: &Value) -> Vec<String> {
        let schema: Value = serde_json::from_str(SERVICE_SCHEMA).unwrap();
        let mut errors = Vec::new();
        for key in ["total_items", "total_pages", "page_number", "size"] {
            if !page[key].is_u64() {
                errors.push(format!("$.{key} is not a count"));
            }
        }
        for (index, service) in page["contents"].as_array().into_iter().flatten().enumerate() {
            schema_errors(&schema, service, &format!("$.contents[{index}]"), &mut errors);
        }
        errors
    }

    fn full_service() -> Service {
        let mut service = Service::new("5a1e0c1e-0000-4000-8000-000000000001", "Golcar Knit and Natter");
        service.description = "Knitting and a cuppa.".into();
        service.organisation.id = "5a1e0c1e-0000-4000-8000-0000000000aa".into();
        service.organisation.name = "Golcar Crafters (sample data)".into();
        service.organisation.website = Some("https://example.org/golcar".into());
        service.status = Status::Active;
        service.email = Some("hello@example.org".into());
        service.min_age = Some(16);
        service.locations.push(Location {
            id: Some("5a1e0c1e-0000-4000-8000-0000000000bb".into()),
            name: Some("Golcar Community Centre".into()),
            address: Some("1 Town End".into()),
            town: Some("Golcar".into()),
            postcode: Some("HD7 4AA".into()),
            point: Point::new(53.638, -1.853),
            accessibility: vec!["Step-free entrance".into()],
            office_only: false,
        });
        let office =
            Location { id: Some("5a1e0c1e-0000-4000-8000-0000000000cc".into()), name: Some("Office".into()), ..Location::default() };
        service.locations.push(Location { point: Point::new(53.64, -1.78), office_only: true, ..office });
        let mut fortnightly = Schedule::weekly(Weekday::Tuesday, TimeOfDay::new(10, 0).unwrap(), TimeOfDay::new(12, 0));
        fortnightly.interval = 2;
        fortnightly.starts = Date::new(2026, 11, 3);
        service.schedules.push(fortnightly);
        service.cost_options.push(CostOption { amount_pence: Some(250), option: Some("per session".into()), description: None });
        service.contacts.push(Contact { name: Some("Sam".into()), phones: vec!["01484 000000".into()], ..Contact::default() });
        service.tags = vec![Tag::ArtsCrafts, Tag::SocialCafe];
        service.other_terms = vec!["Knitting".into()];
        service.last_verified = Date::new(2026, 9, 1);
        service.last_modified = Timestamp::parse("2026-09-02T10:00:00Z");
        service
    }

    #[test]
    fn stable_uuids_are_uuids_and_stable() {
        let id = stable_uuid("service/4411");
        assert!(is_uuid(&id), "{id}");
        assert_eq!(id, stable_uuid("service/4411"));
        assert_ne!(id, stable_uuid("service/4412"));
        assert_eq!(&id[14..15], "8", "version 8");
        assert!(!is_uuid("4411") && !is_uuid("arts_crafts"));
    }

    #[test]
    fn export_validates_against_the_oruk_v3_schema() {
        let mut v1_style = full_service();
        v1_style.id = "4411".into();
        v1_style.organisation.id = "org-9".into();
        let pages = services_pages(&[full_service(), v1_style, Service::new("bare", "Bare minimum")], 2);
        assert_eq!(pages.len(), 2);
        assert_eq!((pages[1]["page_number"].as_u64(), pages[1]["last_page"].as_bool()), (Some(2), Some(true)));
        for page in &pages {
            assert_eq!(validate_page(page), Vec::<String>::new());
        }
        assert_eq!(services_pages(&[], 10)[0]["empty"], json!(true));
    }

    #[test]
    fn the_validator_catches_what_the_schema_forbids() {
        let mut page = services_pages(&[full_service()], 10).remove(0);
        page["contents"][0]["status"] = json!("open");
        page["contents"][0]["id"] = json!("4411");
        page["contents"][0]["service_at_locations"][0]["location"]["latitude"] = json!("53.6");
        assert_eq!(validate_page(&page).len(), 3, "{:?}", validate_page(&page));
    }

    #[test]
    fn export_then_import_gives_the_same_service() {
        let original = full_service();
        let feed = parse_feed_value(&services_pages(std::slice::from_ref(&original), 10)[0]).unwrap();
        assert_eq!(feed.problems, Vec::new());
        assert_eq!(feed.services, vec![original]);
    }

    #[test]
    fn demo_directory_is_valid_oruk_and_reads_without_problems() {
        let mut ids = std::collections::HashSet::new();
        for text in DEMO_PAGES {
            let page: Value = serde_json::from_str(text).unwrap();
            assert_eq!(validate_page(&page), Vec::<String>::new());
            let feed = parse_feed_value(&page).unwrap();
            assert_eq!(feed.problems, Vec::new());
            assert!(feed.services.iter().all(|service| ids.insert(service.id.clone())), "duplicate id");
        }
        assert!(ids.len() >= 60, "{} services", ids.len());
    }
}
