//! The all-MiniLM-L6-v2 backend of [`Embedder`]: rust-bert's BERT on libtorch, from local files
//! only, with the sentence-transformers recipe (WordPiece, mean pooling, unit length) written out
//! here rather than hidden in a pipeline, so the very same network can be fine-tuned
//! ([`crate::finetune`]) and loaded again with its tuned layers laid over the stock weights.

use crate::embedder::Embedder;
use crate::NlpError;
use rust_bert::bert::{BertConfig, BertEmbeddings, BertModel};
use rust_bert::pipelines::common::{ModelType, TokenizerOption};
use rust_bert::Config;
use rust_tokenizers::tokenizer::TruncationStrategy;
use serde::Deserialize;
use std::path::Path;
use tch::nn::VarStore;
use tch::{Device, Kind, Tensor};

/// The files of the model folder `scripts/setup-deps` installs; checked up front for a clear error.
const MODEL_FILES: [&str; 4] = ["model.safetensors", "config.json", "vocab.txt", "tokenizer_config.json"];

/// Where the stock weights sit in the model folder.
const WEIGHTS: &str = "model.safetensors";

/// The longest input the sentence-transformers configuration of all-MiniLM-L6-v2 reads.
const DEFAULT_MAX_TOKENS: usize = 256;

/// The tokenizer settings of `tokenizer_config.json` that change what the model sees.
#[derive(Deserialize)]
struct TokenizerSettings {
    #[serde(default = "yes")]
    do_lower_case: bool,
    #[serde(default)]
    strip_accents: Option<bool>,
}

fn yes() -> bool {
    true
}

/// all-MiniLM-L6-v2 sentence embeddings (384 numbers), loaded once from a local folder.
pub struct MiniLm {
    tokenizer: TokenizerOption,
    bert: BertModel<BertEmbeddings>,
    /// The network's weights: kept so training can reach them and so they live as long as the model.
    store: VarStore,
    max_tokens: usize,
    dimension: usize,
}

/// A batch turned into the tensors BERT reads.
pub struct Tokens {
    /// Token ids, padded: `[batch, length]`.
    pub ids: Tensor,
    /// 1 for a real token, 0 for padding: `[batch, length]`.
    pub mask: Tensor,
}

impl MiniLm {
    /// Loads the stock model from `model_dir` on the CPU; never touches the network.
    pub fn load(model_dir: &Path) -> Result<MiniLm, NlpError> {
        let mut model = MiniLm::skeleton(model_dir)?;
        model.store.load(model_dir.join(WEIGHTS)).map_err(|e| model_error(model_dir, e))?;
        model.store.float();
        Ok(model)
    }

    /// Loads the model with the layers of `tuned` (written by [`crate::finetune`]) over the stock
    /// weights of `base`; the weights training left alone share `base`'s memory.
    pub fn load_tuned(base: &MiniLm, model_dir: &Path, tuned: &Path) -> Result<MiniLm, NlpError> {
        let mut model = MiniLm::skeleton(model_dir)?;
        let untouched = model.store.load_partial(tuned).map_err(|e| NlpError::Model(format!("{}: {e}", tuned.display())))?;
        model.store.float();
        let stock = base.store.variables();
        tch::no_grad(|| {
            for (name, mut variable) in model.store.variables() {
                if untouched.contains(&name) {
                    let shared = stock.get(&name).ok_or_else(|| NlpError::Model(format!("the stock model has no {name}")))?;
                    variable.set_data(shared);
                }
            }
            Ok::<(), NlpError>(())
        })?;
        Ok(model)
    }

    /// The network with freshly initialised weights, and its tokenizer.
    fn skeleton(model_dir: &Path) -> Result<MiniLm, NlpError> {
        for file in MODEL_FILES {
            let path = model_dir.join(file);
            if !path.is_file() {
                return Err(NlpError::Model(format!("{} is missing; run scripts/setup-deps or set FRONTDOOR_MODEL", path.display())));
            }
        }
        let settings: TokenizerSettings = read_json(&model_dir.join("tokenizer_config.json"))?;
        let vocab = model_dir.join("vocab.txt");
        let tokenizer = TokenizerOption::from_file(
            ModelType::Bert,
            &vocab.to_string_lossy(),
            None,
            settings.do_lower_case,
            settings.strip_accents,
            None,
        )
        .map_err(|e| model_error(model_dir, e))?;
        let config = BertConfig::from_file(model_dir.join("config.json"));
        let store = VarStore::new(Device::Cpu);
        let bert = BertModel::<BertEmbeddings>::new(store.root(), &config);
        let max_tokens = max_tokens(model_dir);
        Ok(MiniLm { tokenizer, bert, store, max_tokens, dimension: config.hidden_size as usize })
    }

    /// The weights, for training.
    pub fn store_mut(&mut self) -> &mut VarStore {
        &mut self.store
    }

    /// Tokenizes a batch, padding every input to the longest; Indian scripts are read in Latin
    /// letters ([`crate::script`]), which the vocabulary has.
    pub fn tokenize(&self, texts: &[&str]) -> Tokens {
        let latin: Vec<std::borrow::Cow<'_, str>> = texts.iter().map(|text| crate::script::to_latin(text)).collect();
        let encoded = self.tokenizer.encode_list(&latin, self.max_tokens, &TruncationStrategy::LongestFirst, 0);
        let longest = encoded.iter().map(|e| e.token_ids.len()).max().unwrap_or(0);
        let pad = self.tokenizer.get_pad_id().unwrap_or(0);
        let mut ids = Vec::with_capacity(texts.len() * longest);
        let mut mask = Vec::with_capacity(texts.len() * longest);
        for input in &encoded {
            let padding = longest - input.token_ids.len();
            ids.extend(input.token_ids.iter().copied().chain(std::iter::repeat_n(pad, padding)));
            mask.extend(std::iter::repeat_n(1i64, input.token_ids.len()).chain(std::iter::repeat_n(0, padding)));
        }
        let shape = [texts.len() as i64, longest as i64];
        Tokens { ids: Tensor::from_slice(&ids).view(shape), mask: Tensor::from_slice(&mask).view(shape) }
    }

    /// Unit-length sentence vectors `[batch, 384]`: the mean of the token states, padding left
    /// out. With `train`, dropout is on and gradients flow, for fine-tuning.
    pub fn sentence_vectors(&self, tokens: &Tokens, train: bool) -> Result<Tensor, NlpError> {
        let output = self
            .bert
            .forward_t(Some(&tokens.ids), Some(&tokens.mask), None, None, None, None, None, train)
            .map_err(|e| NlpError::Model(e.to_string()))?;
        let mask = tokens.mask.unsqueeze(-1).to_kind(Kind::Float);
        let summed = (output.hidden_state * &mask).sum_dim_intlist([1i64].as_slice(), false, Kind::Float);
        let counts = mask.sum_dim_intlist([1i64].as_slice(), false, Kind::Float).clamp_min(1e-9);
        let mean = summed / counts;
        let norm = mean.norm_scalaropt_dim(2, [1i64].as_slice(), true).clamp_min(1e-12);
        Ok(mean / norm)
    }

    /// Names the stock weights well enough to tell them from other weights, so vectors kept by
    /// [`crate::cache::CachedEmbedder`] are never reused with a different model.
    pub fn fingerprint(model_dir: &Path) -> Result<String, NlpError> {
        let weights = model_dir.join(WEIGHTS);
        let bytes = std::fs::metadata(&weights).map_err(|e| NlpError::io(&weights, e))?.len();
        Ok(format!("all-MiniLM-L6-v2 {WEIGHTS} of {bytes} bytes"))
    }
}

impl Embedder for MiniLm {
    fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, NlpError> {
        if texts.is_empty() {
            return Ok(Vec::new());
        }
        let vectors = tch::no_grad(|| self.sentence_vectors(&self.tokenize(texts), false))?;
        Vec::<Vec<f32>>::try_from(vectors).map_err(|e| NlpError::Model(e.to_string()))
    }

    fn dimension(&self) -> usize {
        self.dimension
    }
}

/// The input length the model folder asks for (`sentence_bert_config.json`), else 256 tokens.
fn max_tokens(model_dir: &Path) -> usize {
    #[derive(Deserialize)]
    struct SentenceBert {
        max_seq_length: usize,
    }
    read_json::<SentenceBert>(&model_dir.join("sentence_bert_config.json")).map_or(DEFAULT_MAX_TOKENS, |c| c.max_seq_length)
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, NlpError> {
    let text = crate::error::read_text(path)?;
    serde_json::from_str(&text).map_err(|e| NlpError::Format { path: path.to_owned(), line: e.line(), message: e.to_string() })
}

fn model_error(model_dir: &Path, error: impl std::fmt::Display) -> NlpError {
    NlpError::Model(format!("{}: {error}", model_dir.display()))
}

/// Sets how many CPU threads libtorch may use for one batch (1 gives the steadiest latency).
pub fn set_inference_threads(threads: usize) {
    tch::set_num_threads(threads.max(1) as i32);
}
