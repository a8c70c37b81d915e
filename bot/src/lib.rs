//! The `frontdoor` binary's library: everything but `main`, so tests can drive the parts.
//!
//! # Layout
//! - [`config`]: environment variables and `frontdoor.toml`.
//! - [`store`]: the one storage interface (SQLite or PostgreSQL through sqlx).
//! - [`channels`]: provider formats in and out; the only place that knows a provider.
//! - [`pipeline`]: the one inbound path every channel takes.
//! - [`workers`]: the outbox sender and the check-in scheduler.
//! - [`server`]: the HTTP face: webhooks, health, and the navigators' console (`server::console`).
//! - [`handover`]: what navigators do to a conversation, applied inside the pipeline's turn.
//! - [`commands`]: every command (`frontdoor serve`, `frontdoor chat`, ...); [`cli`] dispatches.
//! - [`startup`]: loads content, classifier and directory into a pipeline.
//! - [`cli`]: the command line.
//!
//! # Invariants
//! - Only this crate does I/O: HTTP, SQL, Telegram and SMS are unknown to `flows` and `nlp`.
//! - Every channel enters through [`pipeline::Pipeline::handle`]; nothing answers a person
//!   except through the outbox.
//! - Logs name people by pseudonymous id only; message text never reaches a log.

pub mod channels;
pub mod cli;
pub mod commands;
pub mod config;
pub mod content;
pub mod handover;
pub mod hours;
pub mod intake;
pub mod metrics;
pub mod pipeline;
pub mod report;
pub mod search;
pub mod secret;
pub mod server;
pub mod startup;
pub mod store;
pub mod telemetry;
pub mod understanding;
pub mod workers;
