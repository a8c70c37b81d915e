//! The community directory: what groups and services exist, where and when they meet, and
//! who they are for, read from Open Referral UK feeds or a simple CSV and written back out.
//!
//! Everything here is pure: no database, no HTTP, no clock. The storage and the commands pass
//! text in and get [`Service`](model::Service) records, problems and JSON back.
//!
//! # Layout
//! - [`model`]: the [`Service`](model::Service) record Front Door keeps.
//! - [`calendar`]: dates, weekdays, times of day and UK local time.
//! - [`schedule`]: HSDS recurrence rules, the next meeting, "Tuesdays 10am".
//! - [`geo`]: points and haversine miles.
//!
//! # Invariants
//! - A record with a bad field keeps its good fields, and the bad one is reported.

pub mod calendar;
pub mod csv;
pub mod export;
pub mod geo;
pub mod model;
pub mod oruk;
pub mod schedule;
