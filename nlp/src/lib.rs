//! Understanding what a resident wrote, without any I/O of its own beyond loading model files.
//!
//! # Layout
//! - [`labels`]: the contract with everyone else (`shared/nlp/labels.md`): routes, tags, and the
//!   [`Classification`] the rest of Front Door consumes.
//!
//! # Invariants
//! - No tokio, sqlx or channel crates here: the bot owns all I/O and threads it hands us work on.
//! - A crisis flag never depends on the model alone.

pub mod labels;

pub use labels::{Classification, Route, Tag};

/// Turns free text into a [`Classification`]; the pipeline depends on this, never on a model.
///
/// Kept as a trait so the bot, the flows' tests and future backends can share one seam.
pub trait Classifier: Send + Sync {
    /// Classifies one message.
    fn classify(&self, text: &str) -> Classification;
}
