//! The all-MiniLM-L6-v2 backend of [`Embedder`], run by rust-bert on libtorch, from local files only.

use crate::embedder::{normalise_vector, Embedder};
use crate::NlpError;
use rust_bert::pipelines::common::ModelType;
use rust_bert::pipelines::sentence_embeddings::{SentenceEmbeddingsConfig, SentenceEmbeddingsModel};
use rust_bert::resources::LocalResource;
use std::path::Path;

/// The files of the model folder `scripts/setup-deps` installs; checked up front for a clear error.
const MODEL_FILES: [&str; 7] = [
    "model.safetensors",
    "config.json",
    "vocab.txt",
    "tokenizer_config.json",
    "modules.json",
    "sentence_bert_config.json",
    "1_Pooling/config.json",
];

/// all-MiniLM-L6-v2 sentence embeddings (384 numbers), loaded once from a local folder.
pub struct MiniLmEmbedder {
    model: SentenceEmbeddingsModel,
}

impl MiniLmEmbedder {
    /// Loads the model from `model_dir` on the CPU; never touches the network.
    pub fn load(model_dir: &Path) -> Result<MiniLmEmbedder, NlpError> {
        for file in MODEL_FILES {
            let path = model_dir.join(file);
            if !path.is_file() {
                return Err(NlpError::Model(format!(
                    "{} is missing; run scripts/setup-deps or set FRONTDOOR_MODEL",
                    path.display()
                )));
            }
        }
        let resource = |file: &str| Box::new(LocalResource::from(model_dir.join(file)));
        let config = SentenceEmbeddingsConfig {
            modules_config_resource: resource("modules.json"),
            transformer_type: ModelType::Bert,
            transformer_config_resource: resource("config.json"),
            transformer_weights_resource: resource("model.safetensors"),
            pooling_config_resource: resource("1_Pooling/config.json"),
            dense_config_resource: None,
            dense_weights_resource: None,
            sentence_bert_config_resource: resource("sentence_bert_config.json"),
            tokenizer_config_resource: resource("tokenizer_config.json"),
            tokenizer_vocab_resource: resource("vocab.txt"),
            tokenizer_merges_resource: None,
            device: tch::Device::Cpu,
            kind: None,
        };
        let model = SentenceEmbeddingsModel::new(config).map_err(|e| NlpError::Model(e.to_string()))?;
        Ok(MiniLmEmbedder { model })
    }

    /// Names the weights in `model_dir` well enough to tell them from other weights, so vectors
    /// kept by [`crate::cache::CachedEmbedder`] are never reused with a different model.
    pub fn fingerprint(model_dir: &Path) -> Result<String, NlpError> {
        let weights = model_dir.join(MODEL_FILES[0]);
        let bytes = std::fs::metadata(&weights).map_err(|e| NlpError::io(&weights, e))?.len();
        Ok(format!("all-MiniLM-L6-v2 {} of {bytes} bytes", MODEL_FILES[0]))
    }
}

impl Embedder for MiniLmEmbedder {
    fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, NlpError> {
        if texts.is_empty() {
            return Ok(Vec::new());
        }
        let mut vectors = self.model.encode(texts).map_err(|e| NlpError::Model(e.to_string()))?;
        vectors.iter_mut().for_each(|v| normalise_vector(v));
        Ok(vectors)
    }

    fn dimension(&self) -> usize {
        self.model.get_embedding_dim().map(|d| d as usize).unwrap_or(384)
    }
}

/// Sets how many CPU threads libtorch may use for one batch (1 gives the steadiest latency).
pub fn set_inference_threads(threads: usize) {
    tch::set_num_threads(threads.max(1) as i32);
}
