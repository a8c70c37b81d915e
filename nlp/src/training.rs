//! Training the head from labelled examples, and estimating how well it generalises by k-fold
//! cross-validation (each message is classified by a head that never saw it).

use crate::embedder::Embedder;
use crate::examples::Labelled;
use crate::head::{Head, Target};
use crate::labels::Classification;
use crate::reader::Rules;
use crate::NlpError;

/// How many messages are embedded per model call while training.
const EMBED_BATCH: usize = 32;

/// Embeds every example's text, in batches of messages of similar length (short messages are not
/// padded to the length of a long one, which makes training several times faster).
pub fn embed_all(embedder: &dyn Embedder, examples: &[Labelled]) -> Result<Vec<Vec<f32>>, NlpError> {
    let mut by_length: Vec<usize> = (0..examples.len()).collect();
    by_length.sort_by_key(|i| examples[*i].text.len());
    let mut vectors = vec![Vec::new(); examples.len()];
    for chunk in by_length.chunks(EMBED_BATCH) {
        let texts: Vec<&str> = chunk.iter().map(|i| examples[*i].text.as_str()).collect();
        for (index, vector) in chunk.iter().zip(embedder.embed(&texts)?) {
            vectors[*index] = vector;
        }
    }
    Ok(vectors)
}

/// Trains a head on examples whose embeddings are already known.
pub fn train(examples: &[Labelled], embeddings: &[Vec<f32>]) -> Result<Head, NlpError> {
    let targets: Vec<Target<'_>> = examples
        .iter()
        .zip(embeddings)
        .map(|(example, embedding)| Target { embedding, route: example.route, tags: &example.tags })
        .collect();
    Head::train(&targets)
}

/// Classifies every example with a head trained on the other folds; folds are dealt round-robin
/// within each route, so every fold sees every route.
pub fn cross_validate(rules: &Rules, examples: &[Labelled], embeddings: &[Vec<f32>], folds: usize) -> Result<Vec<Classification>, NlpError> {
    if folds < 2 {
        return Err(NlpError::Head("cross-validation needs at least 2 folds".into()));
    }
    let fold_of = assign_folds(examples, folds);
    let mut predictions: Vec<Option<Classification>> = vec![None; examples.len()];
    for fold in 0..folds {
        let (train_examples, train_embeddings): (Vec<Labelled>, Vec<Vec<f32>>) = (0..examples.len())
            .filter(|i| fold_of[*i] != fold)
            .map(|i| (examples[i].clone(), embeddings[i].clone()))
            .unzip();
        let head = train(&train_examples, &train_embeddings)?;
        for i in (0..examples.len()).filter(|i| fold_of[*i] == fold) {
            predictions[i] = Some(rules.read(&head, &examples[i].text, Some(&embeddings[i])));
        }
    }
    Ok(predictions.into_iter().flatten().collect())
}

fn assign_folds(examples: &[Labelled], folds: usize) -> Vec<usize> {
    let mut seen_per_route = std::collections::HashMap::new();
    examples
        .iter()
        .map(|example| {
            let seen = seen_per_route.entry(example.route).or_insert(0usize);
            *seen += 1;
            *seen % folds
        })
        .collect()
}
