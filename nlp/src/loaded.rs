//! [`Nlp`]: the embedder, the trained head and the rules loaded once and shared.

use crate::embedder::Embedder;
use crate::head::Head;
use crate::labels::Classification;
use crate::places::PlacePoint;
use crate::reader::Rules;
use crate::{Classifier, NlpError};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Where the trained head lives inside the content folder.
pub fn head_path(content_dir: &Path) -> PathBuf {
    content_dir.join("nlp").join("head.json")
}

/// A ready classifier: load it once at start-up and share it (it is `Send + Sync`).
pub struct Nlp {
    embedder: Mutex<Box<dyn Embedder>>,
    head: Head,
    rules: Rules,
}

impl Nlp {
    /// Loads all-MiniLM-L6-v2 from `model_dir` and the head and rules from `content_dir`.
    #[cfg(feature = "model")]
    pub fn load(model_dir: &Path, content_dir: &Path) -> Result<Nlp, NlpError> {
        let embedder = crate::minilm::MiniLmEmbedder::load(model_dir)?;
        Nlp::with_embedder(Box::new(embedder), content_dir)
    }

    /// Builds a classifier on any [`Embedder`], with the head and rules of `content_dir`.
    pub fn with_embedder(embedder: Box<dyn Embedder>, content_dir: &Path) -> Result<Nlp, NlpError> {
        let head = Head::load(&head_path(content_dir))?;
        let rules = Rules::load(content_dir)?;
        Nlp::assemble(embedder, head, rules)
    }

    /// Puts the parts together, refusing a head trained for a different embedding length.
    pub fn assemble(embedder: Box<dyn Embedder>, head: Head, rules: Rules) -> Result<Nlp, NlpError> {
        if head.dimension != embedder.dimension() {
            return Err(NlpError::Head(format!(
                "trained on {}-number embeddings but the model gives {}; run `frontdoor nlp train`",
                head.dimension,
                embedder.dimension()
            )));
        }
        Ok(Nlp { embedder: Mutex::new(embedder), head, rules })
    }

    /// Embeds texts with the loaded model (unit-length vectors), for the CLI and the search.
    pub fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, NlpError> {
        let embedder = self.embedder.lock().map_err(|_| NlpError::Model("an earlier embedding panicked".into()))?;
        embedder.embed(texts)
    }

    /// Classifies several messages in one model call, which is much faster than one by one.
    pub fn classify_batch(&self, texts: &[&str]) -> Result<Vec<Classification>, NlpError> {
        let embeddings = self.embed(texts)?;
        Ok(texts.iter().zip(&embeddings).map(|(text, e)| self.rules.read(&self.head, text, Some(e))).collect())
    }

    /// Turns place words ("Batley", "HD8", "HD8 9XY", a misspelling) into a point on the map.
    pub fn resolve_place(&self, words: &str) -> Option<PlacePoint> {
        self.rules.resolve_place(words)
    }

    /// The loaded rules, for evaluation with other heads.
    pub fn rules(&self) -> &Rules {
        &self.rules
    }
}

impl Classifier for Nlp {
    /// Classifies one message; if the model fails, the safety patterns still decide on crisis
    /// and the message goes to a person.
    fn classify(&self, text: &str) -> Classification {
        let embedding = self.embed(&[text]).ok().and_then(|mut v| v.pop());
        self.rules.read(&self.head, text, embedding.as_deref())
    }
}
