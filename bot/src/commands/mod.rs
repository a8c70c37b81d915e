//! Every command that is more than a few lines: one module each, so the command line in
//! `cli.rs` only dispatches.

pub mod chat;
pub mod directory;
pub mod figures;
pub mod navigator;
pub mod nlp;
pub mod person;
pub mod school;
pub mod serve;
