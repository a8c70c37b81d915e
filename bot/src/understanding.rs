//! The classifier and embedder, loaded once and shared: the pipeline classifies with it and the
//! directory search embeds queries and resolves places with it. Inference runs on the `nlp`
//! crate's own thread, so the async runtime never waits on the model.
//!
//! When inference fails (the thread panicked and is restarting, or the queue is full), a message
//! is still read by the safety patterns alone: a crisis still gets the urgent reply, anything
//! else goes to a person, and nothing is refused for want of the model.

use crate::config::Config;
use crate::pipeline::Understand;
use anyhow::{Context, Result};
use futures::future::BoxFuture;
use nlp::{Classification, Nlp, NlpWorker, PlacePoint};
use std::sync::Arc;

/// How many requests may wait for the model before callers are told it is busy.
const QUEUE_CAPACITY: usize = 256;

/// The loaded model and the thread that runs it.
pub struct Understanding {
    /// The model, for the quick look-ups that need no inference (places).
    nlp: Arc<Nlp>,
    /// The inference thread.
    worker: NlpWorker,
}

/// Loads the model (about a second) off the runtime's threads. The deployment's council area
/// (`FRONTDOOR_AREA`) settles place names shared by several places.
pub async fn load(config: &Config) -> Result<Arc<Understanding>> {
    let model_dir = config.model_dir.clone();
    let content_dir = config.content_dir.clone();
    nlp::minilm::set_inference_threads(config.inference_threads);
    let mut nlp = tokio::task::spawn_blocking(move || Nlp::load(&model_dir, &content_dir)).await?.with_context(|| {
        format!("cannot load the language model from {} (run scripts/setup-deps, or set FRONTDOOR_MODEL)", config.model_dir.display())
    })?;
    if let Some(area) = config.area.as_deref().filter(|area| !nlp.set_home_area(area)) {
        tracing::warn!(
            area,
            "no place in the gazetteer is in FRONTDOOR_AREA, so it cannot settle which of several places of one name is meant"
        );
    }
    let nlp = Arc::new(nlp);
    let worker = NlpWorker::spawn(nlp.clone(), QUEUE_CAPACITY)?;
    Ok(Arc::new(Understanding { nlp, worker }))
}

impl Understanding {
    /// Embeds texts for semantic search.
    pub async fn embed(&self, texts: Vec<String>) -> Result<Vec<Vec<f32>>> {
        Ok(self.worker.embed(texts).await?)
    }

    /// Every council area the gazetteer knows.
    pub fn council_areas(&self) -> Vec<String> {
        self.nlp.council_areas()
    }

    /// The council a point is in by the UK-wide postcode data.
    pub fn council_area_at(&self, lat: f64, lon: f64) -> Option<String> {
        self.nlp.council_area_at(lat, lon)
    }

    /// Turns the words of a place ("Batley", "HD8") into a point.
    pub fn resolve_place(&self, words: &str) -> Option<PlacePoint> {
        self.nlp.resolve_place(words)
    }

    /// Place words as the gazetteer knows them, never read as a misspelling of the council's
    /// own names: the directory tries its venues' names before such a guess.
    pub fn resolve_known_place(&self, words: &str) -> Option<PlacePoint> {
        self.nlp.resolve_known_place(words)
    }

    /// The places words may mean when they name several and the area does not settle which.
    pub fn place_choices(&self, words: &str) -> Vec<String> {
        self.nlp.place_choices(words)
    }

    /// Every place words may mean when they name several, likeliest first: what the
    /// directory's venues settle among.
    pub fn place_candidates(&self, words: &str) -> Vec<PlacePoint> {
        self.nlp.place_candidates(words)
    }

    /// Builds it around a classifier already loaded, for tests that need a particular model.
    pub fn from_nlp(nlp: Arc<Nlp>) -> Result<Arc<Understanding>> {
        let worker = NlpWorker::spawn(nlp.clone(), QUEUE_CAPACITY)?;
        Ok(Arc::new(Understanding { nlp, worker }))
    }
}

impl Understand for Understanding {
    fn understand(&self, text: String, earlier: Vec<String>) -> BoxFuture<'static, Result<Classification>> {
        let (worker, nlp) = (self.worker.clone(), self.nlp.clone());
        Box::pin(async move {
            match worker.classify_in_context(text.clone(), earlier).await {
                Ok(classification) => Ok(classification),
                Err(error) => {
                    tracing::error!(%error, restarts = worker.restarts(), "the classifier failed; reading the message with the safety patterns alone");
                    Ok(nlp.classify_without_model(&text))
                }
            }
        })
    }

    fn is_ready(&self) -> bool {
        self.worker.is_up()
    }
}
