//! [`Nlp`]: the encoders, the trained head and the rules loaded once and shared.
//!
//! Two encoders may be loaded. The stock one embeds directory services and search queries, whose
//! vectors are stored with the directory and must keep meaning what they are about. The tuned
//! one (`content/nlp/encoder.safetensors`, when the head names it) reads messages for the head:
//! it has learnt what messages need, not only what they are about. They share the stock word
//! embeddings, so the second costs about 40 MB, not a whole model.

use crate::embedder::Embedder;
use crate::head::Head;
use crate::labels::Classification;
use crate::places::PlacePoint;
use crate::reader::{MeaningReader, Rules};
use crate::{Classifier, NlpError};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

/// Where the trained head lives inside the content folder.
pub fn head_path(content_dir: &Path) -> PathBuf {
    content_dir.join("nlp").join("head.json")
}

/// Where the tuned encoder layers live inside the content folder.
pub fn encoder_path(content_dir: &Path) -> PathBuf {
    content_dir.join("nlp").join("encoder.safetensors")
}

/// A ready classifier: load it once at start-up and share it (it is `Send + Sync`).
pub struct Nlp {
    /// The stock encoder: search vectors.
    search: Mutex<Box<dyn Embedder>>,
    /// The encoder the head reads through; `None` when the head was trained on the stock one.
    reading: Option<Mutex<Box<dyn Embedder>>>,
    /// The multilingual reader, for messages in another language; `None` when the head has no
    /// unit for it.
    multilingual: Option<Mutex<Box<dyn Embedder>>>,
    head: Head,
    rules: Rules,
}

impl Nlp {
    /// Loads all-MiniLM-L6-v2 from `model_dir`, and the head, the tuned layers it names and the
    /// rules from `content_dir`.
    #[cfg(feature = "model")]
    pub fn load(model_dir: &Path, content_dir: &Path) -> Result<Nlp, NlpError> {
        Nlp::load_with_head(model_dir, content_dir, Head::load(&head_path(content_dir))?)
    }

    /// Loads the model and rules with a given head (and the tuned layers it names), for
    /// evaluating a head that is not the one in use.
    #[cfg(feature = "model")]
    pub fn load_with_head(model_dir: &Path, content_dir: &Path, head: Head) -> Result<Nlp, NlpError> {
        let stock = crate::minilm::MiniLm::load(model_dir)?;
        let reading = match &head.encoder {
            Some(expected) => Some(Box::new(load_tuned(&stock, model_dir, content_dir, expected)?) as Box<dyn Embedder>),
            None => None,
        };
        let multilingual = head
            .multilingual
            .as_ref()
            .map(|_| crate::multilingual::MultilingualE5::load(&crate::multilingual::default_path(model_dir)))
            .transpose()?
            .map(|reader| Box::new(reader) as Box<dyn Embedder>);
        Nlp::assemble(Box::new(stock), reading, head, Rules::load(content_dir)?)?.with_multilingual(multilingual)
    }

    /// Builds a classifier on any [`Embedder`] (reading and searching alike), with the head and
    /// rules of `content_dir`.
    pub fn with_embedder(embedder: Box<dyn Embedder>, content_dir: &Path) -> Result<Nlp, NlpError> {
        let head = Head::load(&head_path(content_dir))?;
        let rules = Rules::load(content_dir)?;
        Nlp::assemble(embedder, None, head, rules)
    }

    /// Puts the parts together, refusing a head trained for a different embedding length.
    pub fn assemble(search: Box<dyn Embedder>, reading: Option<Box<dyn Embedder>>, head: Head, rules: Rules) -> Result<Nlp, NlpError> {
        let dimension = reading.as_ref().unwrap_or(&search).dimension();
        if head.dimension != dimension {
            return Err(NlpError::Head(format!(
                "trained on {}-number embeddings but the model gives {dimension}; run `frontdoor nlp train`",
                head.dimension
            )));
        }
        Ok(Nlp { search: Mutex::new(search), reading: reading.map(Mutex::new), multilingual: None, head, rules })
    }

    /// Adds the multilingual reader, refusing one whose vectors are not the length the head's
    /// unit for it was trained on.
    pub fn with_multilingual(mut self, multilingual: Option<Box<dyn Embedder>>) -> Result<Nlp, NlpError> {
        let expected = self.head.multilingual.as_ref().map(|unit| unit.weights.len());
        if let Some((embedder, expected)) =
            multilingual.as_ref().zip(expected).filter(|(embedder, expected)| embedder.dimension() != *expected)
        {
            return Err(NlpError::Head(format!(
                "the multilingual unit was trained on {expected}-number vectors but the reader gives {}; run `frontdoor nlp train`",
                embedder.dimension()
            )));
        }
        self.multilingual = multilingual.map(Mutex::new);
        Ok(self)
    }

    /// The reader of meaning in other languages, when loaded.
    fn meaning_reader(&self) -> Option<&dyn MeaningReader> {
        self.multilingual.as_ref().map(|_| self as &dyn MeaningReader)
    }

    /// Embeds texts with the stock model (unit-length vectors), for the directory search.
    pub fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, NlpError> {
        lock(&self.search).embed(texts)
    }

    /// Embeds messages the way the head reads them (through the tuned encoder when there is one).
    pub fn read_vectors(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, NlpError> {
        match &self.reading {
            Some(reading) => lock(reading).embed(texts),
            None => self.embed(texts),
        }
    }

    /// Classifies several messages in one model call, which is much faster than one by one.
    pub fn classify_batch(&self, texts: &[&str]) -> Result<Vec<Classification>, NlpError> {
        let alone: Vec<(&str, &[String])> = texts.iter().map(|text| (*text, &[][..])).collect();
        self.classify_batch_in_context(&alone)
    }

    /// Classifies several messages, each read with the person's earlier messages (oldest first),
    /// so a weak sign after earlier danger signs is read for what it is; a message with no
    /// earlier ones costs no second reading.
    pub fn classify_batch_in_context(&self, messages: &[(&str, &[String])]) -> Result<Vec<Classification>, NlpError> {
        let windows: Vec<Option<String>> =
            messages.iter().map(|(text, earlier)| (!earlier.is_empty()).then(|| crate::reader::window(text, earlier))).collect();
        let mut texts: Vec<&str> = messages.iter().map(|(text, _)| *text).collect();
        texts.extend(windows.iter().flatten().map(String::as_str));
        let vectors = self.read_vectors(&texts)?;
        let (own, in_context) = vectors.split_at(messages.len());
        let mut in_context = in_context.iter();
        Ok(messages
            .iter()
            .zip(own)
            .zip(&windows)
            .map(|(((text, _), own), window)| {
                // Only a message with earlier ones takes a context vector: in a batch mixing
                // first messages with later ones, each must get its own person's window.
                let context = window.as_deref().and_then(|text| in_context.next().map(|vector| (text, vector.as_slice())));
                self.rules.read_in_context(&self.head, text, Some(own), context, self.meaning_reader())
            })
            .collect())
    }

    /// What the rules alone make of a message when the model cannot run: crisis from the strong
    /// safety signs only, and otherwise a person, never silence.
    pub fn classify_without_model(&self, text: &str) -> Classification {
        self.rules.read(&self.head, text, None)
    }

    /// Every council area the gazetteer knows, for telling a directory's service areas it can
    /// check from ones it cannot ("Leicestershire", a county over several councils).
    pub fn council_areas(&self) -> Vec<String> {
        self.rules.council_areas()
    }

    /// The council a point is in by the UK-wide postcode data, so a place from the council's own
    /// list is also known by the name a directory uses for its council today.
    pub fn council_area_at(&self, lat: f64, lon: f64) -> Option<String> {
        self.rules.council_area_at(lat, lon)
    }

    /// Turns place words ("Batley", "HD8", "HD8 9XY", a misspelling) into a point on the map.
    pub fn resolve_place(&self, words: &str) -> Option<PlacePoint> {
        self.rules.resolve_place(words)
    }

    /// [`Self::resolve_place`] for names the gazetteer knows as written, not misspellings, for a
    /// caller that knows other names to try first (a directory's venues).
    pub fn resolve_known_place(&self, words: &str) -> Option<PlacePoint> {
        self.rules.resolve_known_place(words)
    }

    /// The places words may mean when they name several and nothing says which ("Newport,
    /// Isle of Wight", ...), so a search can ask instead of guessing.
    pub fn place_choices(&self, words: &str) -> Vec<String> {
        self.rules.place_choices(words)
    }

    /// Every place words may mean when they name several, likeliest first, for a caller that
    /// can settle which with more than the gazetteer knows (the directory's venues).
    pub fn place_candidates(&self, words: &str) -> Vec<PlacePoint> {
        self.rules.place_candidates(words)
    }

    /// The deployment's council area (`FRONTDOOR_AREA`) settles names shared by several places:
    /// the one in it or nearest it is meant. False when no place is in that area.
    pub fn set_home_area(&mut self, area: &str) -> bool {
        self.rules.set_home_area(area)
    }

    /// The loaded rules, for evaluation with other heads.
    pub fn rules(&self) -> &Rules {
        &self.rules
    }

    /// The loaded head, for evaluation.
    pub fn head(&self) -> &Head {
        &self.head
    }
}

/// Takes an encoder even after a panic in an earlier call: inference never changes the weights,
/// so a restarted worker can go on with them.
fn lock(embedder: &Mutex<Box<dyn Embedder>>) -> MutexGuard<'_, Box<dyn Embedder>> {
    embedder.lock().unwrap_or_else(|poisoned| {
        embedder.clear_poison();
        poisoned.into_inner()
    })
}

/// Loads the tuned layers the head names, refusing a file that is missing or different.
#[cfg(feature = "model")]
fn load_tuned(
    stock: &crate::minilm::MiniLm,
    model_dir: &Path,
    content_dir: &Path,
    expected: &str,
) -> Result<crate::minilm::MiniLm, NlpError> {
    let path = encoder_path(content_dir);
    if !path.is_file() {
        return Err(NlpError::Head(format!(
            "the head was trained through tuned layers, but {} is missing; run `frontdoor nlp train`",
            path.display()
        )));
    }
    let found = crate::finetune::checksum(&path)?;
    if found != expected {
        return Err(NlpError::Head(format!(
            "{} is not the file the head was trained through (SHA-256 {found}, expected {expected}); run `frontdoor nlp train`",
            path.display()
        )));
    }
    crate::minilm::MiniLm::load_tuned(stock, model_dir, &path)
}

/// The multilingual reader with the head's crisis unit for it: what [`Rules::read_in_context`]
/// asks about a message in another language when the letters lean towards danger.
impl MeaningReader for Nlp {
    /// A failure of the reader leaves the other readers to decide, as before it was added.
    fn crisis_probability(&self, text: &str) -> Option<f32> {
        let vector = lock(self.multilingual.as_ref()?).embed(&[text]).ok()?.pop()?;
        self.head.multilingual_crisis_probability(&vector)
    }
}

impl Classifier for Nlp {
    /// Classifies one message; if the model fails, the safety patterns still decide on crisis
    /// and the message goes to a person.
    fn classify(&self, text: &str) -> Classification {
        match self.classify_batch(&[text]) {
            Ok(mut read) => read.pop().unwrap_or_else(|| self.classify_without_model(text)),
            Err(_) => self.classify_without_model(text),
        }
    }
}
