//! The community directory: what groups and services exist, where and when they meet, and
//! who they are for; read from Open Referral UK feeds or a simple CSV, written back out as
//! ORUK v3, and ranked for one person.
//!
//! Everything here is pure: no database, no HTTP, no clock, no model. The storage, the
//! commands and the flows pass text, embeddings and "now" in, and get [`model::Service`]
//! records, problems, JSON and suggestions back.
//!
//! # Layout
//! - [`model`]: the [`model::Service`] record Front Door keeps.
//! - [`oruk`]: ORUK v1 and v3 pages and single services into services, with located problems.
//! - [`csv`]: the spreadsheet template for small groups, read by the same rules.
//! - [`export`]: services out as ORUK v3 pages that validate against the ORUK schema.
//! - [`audience`]: who may be offered a service; young people only groups that say they are welcome.
//! - [`batch`]: what one import learns across its documents: repeated ids, undated records.
//! - [`activity`]: the finer kinds of activity (swimming, bowls) a group is about and a person asks for.
//! - [`rank`]: the best three services for one person, with a one-line reason.
//! - [`words`]: the words a question shares with a record, weighed by how rare they are.
//! - [`labelled`]: the labelled searches the ranking is measured by, and top-3 precision.
//! - [`schedule`]: HSDS recurrence rules, the next meeting, "Tuesdays 10am".
//! - [`calendar`]: dates, weekdays, times of day and UK local time.
//! - [`geo`]: points and haversine miles.
//! - [`when`]: when a person says they are free, and whether a schedule fits it.
//! - [`travel`]: how far a group may be, from how the person said they travel.
//! - [`spoken`]: the languages a group is run in and the ones a person named.
//! - [`text`]: HTML descriptions from council web editors made plain text for SMS.
//!
//! # Invariants
//! - A bad record is skipped and reported with its page, index, id and JSON path; a record with
//!   a bad field keeps its good fields and the bad one is reported. Nothing is dropped silently.
//! - Suggestions never cross a service's age limits, and never include closed or stale records;
//!   a young person only gets groups whose record says young people of their age are welcome.
//! - Tag ids are those of `nlp/labels.md`, carried in ORUK as terms of the
//!   `frontdoor-tags` vocabulary.

pub mod activity;
pub mod audience;
pub mod batch;
pub mod calendar;
pub mod contact;
pub mod csv;
pub mod export;
pub mod geo;
pub mod help;
pub mod labelled;
pub mod model;
pub mod oruk;
pub mod rank;
pub mod schedule;
pub mod spoken;
pub mod text;
pub mod travel;
pub mod when;
pub mod words;
