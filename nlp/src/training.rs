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
        .map(|(example, embedding)| Target { text: &example.text, embedding, route: example.route, tags: &example.tags })
        .collect();
    Head::train(&targets)
}

/// Classifies every example with a head trained on the other folds; folds are dealt round-robin
/// within each route, so every fold sees every route.
pub fn cross_validate(
    rules: &Rules,
    examples: &[Labelled],
    embeddings: &[Vec<f32>],
    folds: usize,
) -> Result<Vec<Classification>, NlpError> {
    cross_validate_with(examples, folds, |train_part, test_part| {
        let pick = |part: &[usize]| part.iter().map(|i| (examples[*i].clone(), embeddings[*i].clone())).unzip::<_, _, Vec<_>, Vec<_>>();
        let (train_examples, train_embeddings) = pick(train_part);
        let head = train(&train_examples, &train_embeddings)?;
        Ok(test_part.iter().map(|i| rules.read(&head, &examples[*i].text, Some(&embeddings[*i]))).collect())
    })
}

/// Cross-validation of the whole recipe: for each fold the encoder is fine-tuned afresh from the
/// stock model on the other folds, the head trained through it, and the fold classified.
#[cfg(feature = "model")]
pub fn cross_validate_tuned(
    model_dir: &std::path::Path,
    rules: &Rules,
    examples: &[Labelled],
    folds: usize,
    settings: &crate::finetune::Settings,
    mut progress: impl FnMut(&str),
) -> Result<Vec<Classification>, NlpError> {
    cross_validate_with(examples, folds, |train_part, test_part| {
        let train_examples: Vec<Labelled> = train_part.iter().map(|i| examples[*i].clone()).collect();
        let test_examples: Vec<Labelled> = test_part.iter().map(|i| examples[*i].clone()).collect();
        let mut model = crate::minilm::MiniLm::load(model_dir)?;
        crate::finetune::fine_tune(&mut model, &train_examples, settings, &mut progress)?;
        let head = train(&train_examples, &embed_all(&model, &train_examples)?)?;
        let test_embeddings = embed_all(&model, &test_examples)?;
        Ok(test_examples.iter().zip(&test_embeddings).map(|(e, v)| rules.read(&head, &e.text, Some(v))).collect())
    })
}

/// Splits the examples into folds and asks `fit_fold(training part, held-out part)` (indexes into
/// `examples`) for the held-out part's classifications; returns them in the examples' order.
fn cross_validate_with(
    examples: &[Labelled],
    folds: usize,
    mut fit_fold: impl FnMut(&[usize], &[usize]) -> Result<Vec<Classification>, NlpError>,
) -> Result<Vec<Classification>, NlpError> {
    if folds < 2 {
        return Err(NlpError::Head("cross-validation needs at least 2 folds".into()));
    }
    let fold_of = assign_folds(examples, folds);
    let mut predictions: Vec<Option<Classification>> = vec![None; examples.len()];
    for fold in 0..folds {
        let (held_out, training): (Vec<usize>, Vec<usize>) = (0..examples.len()).partition(|i| fold_of[*i] == fold);
        for (index, prediction) in held_out.iter().zip(fit_fold(&training, &held_out)?) {
            predictions[*index] = Some(prediction);
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
