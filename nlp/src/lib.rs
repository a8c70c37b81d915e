//! Understanding what a resident wrote, without any I/O of its own beyond loading model files.
//!
//! # Layout
//! - [`labels`]: the contract with everyone else (`nlp/labels.md`): routes, tags, and the
//!   [`Classification`] the rest of Front Door consumes. Available without the `model` feature.
//! - [`embedder`]: the [`Embedder`] seam; `minilm` is the rust-bert backend (feature `model`),
//!   and `finetune` tunes its transformer layers on the examples (`content/nlp/encoder.safetensors`).
//! - [`head`]: the trained route and tag layer stored in `content/nlp/head.json`, with
//!   [`letters`], the crisis reader for languages the sentence model cannot read, and a crisis
//!   unit for `multilingual`, a sentence model of a hundred languages (feature `model`).
//! - [`safety`], [`tag_rules`], [`places`], [`lang`]: the hand-written knowledge (and the
//!   languages the examples teach); [`script`]
//!   puts Hindi, Bengali, Punjabi and Gujarati letters into the Latin ones the model reads.
//! - [`reader`]: combines all of it into a [`Classification`]; [`Nlp`] holds it loaded.
//! - [`worker`]: the inference thread the async bot talks to.
//! - [`examples`], [`training`], [`eval`]: labelled sets, training, cross-validation, figures;
//!   [`cache`] keeps vectors between trainings; [`calibration`] shows where the safety
//!   thresholds stand.
//!
//! # Invariants
//! - No tokio or sqlx here: the bot owns all I/O. The only threads are the inference worker's,
//!   and its replies are runtime-agnostic futures.
//! - A crisis flag never depends on the model alone.

pub mod cache;
pub mod calibration;
pub mod embedder;
mod error;
pub mod eval;
pub mod examples;
#[cfg(feature = "model")]
pub mod finetune;
pub mod head;
pub mod labels;
pub mod lang;
pub mod letters;
mod loaded;
#[cfg(feature = "model")]
pub mod minilm;
#[cfg(feature = "model")]
pub mod multilingual;
pub mod places;
pub mod reader;
pub mod safety;
pub mod script;
pub mod tag_rules;
pub mod text;
pub mod training;
pub mod worker;

pub use embedder::Embedder;
pub use error::NlpError;
pub use labels::{Classification, Danger, Route, Tag};
pub use loaded::{encoder_path, head_path, Nlp};
pub use places::PlacePoint;
pub use worker::NlpWorker;

/// Turns free text into a [`Classification`]; the pipeline depends on this, never on a model.
///
/// Kept as a trait so the bot, the flows' tests and future backends can share one seam.
pub trait Classifier: Send + Sync {
    /// Classifies one message.
    fn classify(&self, text: &str) -> Classification;
}
