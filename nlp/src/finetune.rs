//! Fine-tuning the encoder itself on the labelled examples, so that messages which need the same
//! answer lie close together even when they share no words (a farewell and a plan, "unalive" and
//! "end it"). A frozen sentence model only ever knew what sentences are *about*; tuned, it learns
//! what they *need*, which is what the logistic head reads.
//!
//! The six transformer layers are tuned with a route softmax and a tag sigmoid on top, under a
//! fixed seed; the word, position and type embeddings stay stock. The layers are stored at half
//! precision (`content/nlp/encoder.safetensors`, about 21 MB), and the model is rounded to what
//! was stored before the head is trained, so the head reads exactly what the bot will compute.

use crate::embedder::Embedder;
use crate::examples::Labelled;
use crate::labels::{Route, Tag};
use crate::minilm::MiniLm;
use crate::NlpError;
use sha2::{Digest, Sha256};
use std::path::Path;
use tch::nn::{self, Module, OptimizerConfig, VarStore};
use tch::{Device, Kind, Reduction, Tensor};

/// How training runs; the defaults are what `frontdoor nlp train` uses.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Passes over the examples.
    pub epochs: usize,
    /// Examples per optimiser step.
    pub batch: usize,
    /// Peak step size for the transformer layers (warmed up, then decayed to zero).
    pub learning_rate: f64,
    /// Seeds dropout, the classifier layers and the visiting order, so a run can be repeated.
    pub seed: u64,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings { epochs: 4, batch: 16, learning_rate: 5e-5, seed: 20_261_204 }
    }
}

/// Step size of the throw-away route and tag layers, which start from nothing.
const HEAD_LEARNING_RATE: f64 = 2e-3;
/// Unit vectors are scaled before the throw-away layers so their softmax can be confident.
const SCALE: f64 = 16.0;
/// How much the tag loss counts beside the route loss: enough to keep topics apart, which the
/// directory search and the tag units still need.
const TAG_WEIGHT: f64 = 0.5;
/// Extra weight on crisis examples beyond class balance: a missed crisis costs more than a
/// false alarm.
const CRISIS_BOOST: f32 = 1.5;
/// Cap on how much a rare route's examples are up-weighted.
const MAX_CLASS_WEIGHT: f32 = 4.0;
/// Share of the steps over which the step size warms up.
const WARMUP: f64 = 0.1;
/// Gradients are clipped to this norm, which keeps the first steps from wrecking the stock model.
const CLIP_NORM: f64 = 1.0;
/// Examples shuffled together and then sorted by length, so batches carry little padding while
/// their order stays random.
const POOL_BATCHES: usize = 8;

/// True for the weights fine-tuning changes and [`save`] stores.
pub fn is_tuned(name: &str) -> bool {
    name.starts_with("encoder.")
}

/// Tunes `model`'s transformer layers on `examples`; `progress` hears a line per epoch.
pub fn fine_tune(model: &mut MiniLm, examples: &[Labelled], settings: &Settings, mut progress: impl FnMut(&str)) -> Result<(), NlpError> {
    if examples.is_empty() {
        return Err(NlpError::Head("no examples to fine-tune on".into()));
    }
    tch::manual_seed(settings.seed as i64);
    freeze_all_but_tuned(model.store_mut());
    let width = model.dimension() as i64;
    let layers = VarStore::new(Device::Cpu);
    let routes = nn::linear(layers.root() / "routes", width, Route::ALL.len() as i64, Default::default());
    let tags = nn::linear(layers.root() / "tags", width, Tag::ALL.len() as i64, Default::default());
    let mut encoder_optimiser = nn::AdamW::default().build(model.store_mut(), settings.learning_rate).map_err(torch)?;
    let mut layer_optimiser = nn::Adam::default().build(&layers, HEAD_LEARNING_RATE).map_err(torch)?;
    let class_weights = Tensor::from_slice(&class_weights(examples));
    let steps_per_epoch = examples.len().div_ceil(settings.batch);
    let total_steps = (steps_per_epoch * settings.epochs) as f64;
    let mut step = 0usize;
    for epoch in 0..settings.epochs {
        let mut loss_sum = 0.0;
        for batch in batches(examples, settings, epoch) {
            encoder_optimiser.set_lr(settings.learning_rate * schedule(step as f64, total_steps));
            let texts: Vec<&str> = batch.iter().map(|i| examples[*i].text.as_str()).collect();
            let vectors = model.sentence_vectors(&model.tokenize(&texts), true)? * SCALE;
            let route_targets = Tensor::from_slice(&batch.iter().map(|i| route_index(examples[*i].route)).collect::<Vec<i64>>());
            let route_loss = routes.forward(&vectors).cross_entropy_loss(&route_targets, Some(&class_weights), Reduction::Mean, -100, 0.0);
            let tag_loss = tags.forward(&vectors).binary_cross_entropy_with_logits::<Tensor>(
                &tag_targets(examples, &batch),
                None,
                None,
                Reduction::Mean,
            );
            let loss = route_loss + tag_loss * TAG_WEIGHT;
            encoder_optimiser.zero_grad();
            layer_optimiser.zero_grad();
            loss.backward();
            encoder_optimiser.clip_grad_norm(CLIP_NORM);
            encoder_optimiser.step();
            layer_optimiser.step();
            loss_sum += loss.double_value(&[]);
            step += 1;
        }
        progress(&format!("epoch {}/{}: mean loss {:.3}", epoch + 1, settings.epochs, loss_sum / steps_per_epoch as f64));
    }
    round_to_stored_precision(model.store_mut());
    Ok(())
}

/// Writes the tuned layers at half precision and returns the file's SHA-256, which the head
/// records so it is never read through a different encoder.
pub fn save(model: &mut MiniLm, path: &Path) -> Result<String, NlpError> {
    let mut named: Vec<(String, Tensor)> = model
        .store_mut()
        .variables()
        .into_iter()
        .filter(|(name, _)| is_tuned(name))
        .map(|(name, t)| (name, t.to_kind(Kind::Half)))
        .collect();
    named.sort_by(|a, b| a.0.cmp(&b.0));
    Tensor::write_safetensors(&named, path).map_err(torch)?;
    checksum(path)
}

/// The SHA-256 of a file, as lower-case hex.
pub fn checksum(path: &Path) -> Result<String, NlpError> {
    let bytes = std::fs::read(path).map_err(|e| NlpError::io(path, e))?;
    Ok(Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect())
}

fn freeze_all_but_tuned(store: &mut VarStore) {
    for (name, variable) in store.variables() {
        let _ = variable.set_requires_grad(is_tuned(&name));
    }
}

/// Rounds the tuned layers to half precision and back, so what is trained next (the head) sees
/// the very vectors the stored file will give; gradients are switched off for inference.
fn round_to_stored_precision(store: &mut VarStore) {
    tch::no_grad(|| {
        for (name, mut variable) in store.variables() {
            let _ = variable.set_requires_grad(false);
            if is_tuned(&name) {
                let rounded = variable.to_kind(Kind::Half).to_kind(Kind::Float);
                variable.copy_(&rounded);
            }
        }
    });
}

/// Linear warm-up, then linear decay to zero.
fn schedule(step: f64, total: f64) -> f64 {
    let warmup = (total * WARMUP).max(1.0);
    if step < warmup {
        (step + 1.0) / warmup
    } else {
        ((total - step) / (total - warmup).max(1.0)).max(0.0)
    }
}

fn route_index(route: Route) -> i64 {
    Route::ALL.iter().position(|r| *r == route).unwrap_or(0) as i64
}

/// Balanced class weights (every route pulls the same in total), capped, with crisis boosted.
fn class_weights(examples: &[Labelled]) -> Vec<f32> {
    let present = Route::ALL.iter().filter(|r| examples.iter().any(|e| e.route == **r)).count().max(1);
    Route::ALL
        .iter()
        .map(|route| {
            let count = examples.iter().filter(|e| e.route == *route).count();
            if count == 0 {
                return 0.0;
            }
            let balanced = (examples.len() as f32 / (present as f32 * count as f32)).min(MAX_CLASS_WEIGHT);
            if *route == Route::Crisis {
                balanced * CRISIS_BOOST
            } else {
                balanced
            }
        })
        .collect()
}

fn tag_targets(examples: &[Labelled], batch: &[usize]) -> Tensor {
    let flags: Vec<f32> =
        batch.iter().flat_map(|i| Tag::ALL.iter().map(move |tag| if examples[*i].tags.contains(tag) { 1.0 } else { 0.0 })).collect();
    Tensor::from_slice(&flags).view([batch.len() as i64, Tag::ALL.len() as i64])
}

/// The epoch's batches: a seeded shuffle, pools of a few batches sorted by length, then the
/// batches themselves shuffled again.
fn batches(examples: &[Labelled], settings: &Settings, epoch: usize) -> Vec<Vec<usize>> {
    let mut random = Xorshift::new(settings.seed ^ (epoch as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let mut order: Vec<usize> = (0..examples.len()).collect();
    random.shuffle(&mut order);
    let mut batches: Vec<Vec<usize>> = Vec::new();
    for pool in order.chunks(settings.batch * POOL_BATCHES) {
        let mut pool = pool.to_vec();
        pool.sort_by_key(|i| examples[*i].text.len());
        batches.extend(pool.chunks(settings.batch).map(<[usize]>::to_vec));
    }
    random.shuffle(&mut batches);
    batches
}

/// A small seeded generator: training must repeat exactly, and needs nothing stronger.
struct Xorshift(u64);

impl Xorshift {
    fn new(seed: u64) -> Xorshift {
        Xorshift(seed.max(1))
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

fn torch(error: tch::TchError) -> NlpError {
    NlpError::Model(error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_step_size_warms_up_then_decays_to_zero() {
        assert!(schedule(0.0, 100.0) < schedule(5.0, 100.0));
        assert!((schedule(9.0, 100.0) - 1.0).abs() < 1e-9);
        assert!(schedule(50.0, 100.0) < 1.0 && schedule(50.0, 100.0) > 0.0);
        assert_eq!(schedule(100.0, 100.0), 0.0);
    }

    #[test]
    fn only_the_transformer_layers_are_tuned() {
        assert!(is_tuned("encoder.layer.0.attention.self.query.weight"));
        assert!(!is_tuned("embeddings.word_embeddings.weight"));
        assert!(!is_tuned("pooler.dense.weight"));
    }
}
