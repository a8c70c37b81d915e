//! Training the head from labelled examples, and estimating how well it generalises by k-fold
//! cross-validation (each message is classified by a head that never saw it).

use crate::embedder::Embedder;
use crate::examples::{Conversation, Labelled};
use crate::head::{Head, Target};
use crate::labels::{Classification, Route};
use crate::reader::{window, Rules};
use crate::NlpError;

/// How many messages are embedded per model call while training.
const EMBED_BATCH: usize = 32;
/// How many times each labelled conversation counts against one single example in the crisis
/// reader of a conversation: they are few beside the examples, and they are what it reads.
const CONVERSATION_WEIGHT: usize = 3;

/// Embeds every example's text (see [`embed_texts`]).
pub fn embed_all(embedder: &dyn Embedder, examples: &[Labelled]) -> Result<Vec<Vec<f32>>, NlpError> {
    embed_texts(embedder, &examples.iter().map(|e| e.text.as_str()).collect::<Vec<_>>())
}

/// Embeds texts in batches of similar length (short messages are not padded to the length of a
/// long one, which makes training several times faster).
pub fn embed_texts(embedder: &dyn Embedder, texts: &[&str]) -> Result<Vec<Vec<f32>>, NlpError> {
    let mut by_length: Vec<usize> = (0..texts.len()).collect();
    by_length.sort_by_key(|i| texts[*i].len());
    let mut vectors = vec![Vec::new(); texts.len()];
    for chunk in by_length.chunks(EMBED_BATCH) {
        let batch: Vec<&str> = chunk.iter().map(|i| texts[*i]).collect();
        for (index, vector) in chunk.iter().zip(embedder.embed(&batch)?) {
            vectors[*index] = vector;
        }
    }
    Ok(vectors)
}

/// Trains a head on examples whose embeddings are already known.
pub fn train(examples: &[Labelled], embeddings: &[Vec<f32>]) -> Result<Head, NlpError> {
    Head::train(&targets(examples, embeddings))
}

/// Trains a head on the examples, and the crisis reader of a conversation on them and on the
/// labelled conversations, each read as the bot reads it: its last message with the ones before
/// (see [`window`]).
///
/// The route units' crisis probability is shared with every other route, so a window that
/// holds a request for a group beside earlier danger spreads its probability over both and
/// reads calm; a unit of its own, crisis against everything else, keeps the danger in view.
pub fn train_all(embedder: &dyn Embedder, examples: &[Labelled], conversations: &[Conversation]) -> Result<Head, NlpError> {
    let embeddings = embed_all(embedder, examples)?;
    let labelled: Vec<(String, bool)> = conversations
        .iter()
        .filter_map(|c| {
            c.messages.split_last().filter(|(_, earlier)| !earlier.is_empty()).map(|(last, earlier)| (window(last, earlier), c.crisis))
        })
        .collect();
    let vectors = embed_texts(embedder, &labelled.iter().map(|(text, _)| text.as_str()).collect::<Vec<_>>())?;
    let windows: Vec<(&[f32], bool)> = labelled
        .iter()
        .zip(&vectors)
        .flat_map(|((_, crisis), vector)| std::iter::repeat_n((vector.as_slice(), *crisis), CONVERSATION_WEIGHT))
        .collect();
    let targets = targets(examples, &embeddings);
    let mut head = Head::train(&targets)?;
    head.train_context(&targets, &windows);
    Ok(head)
}

/// The examples with the kind of danger of each crisis whose writer named none taken
/// from its strong signs ("crushing pain in my chest" is medical), so the reader of the kind
/// learns from every crisis whose words say it, not only from the lines labelled by hand.
pub fn with_dangers_of_signs(rules: &Rules, mut examples: Vec<Labelled>) -> Vec<Labelled> {
    for example in examples.iter_mut().filter(|e| e.route == Route::Crisis && e.danger.is_none()) {
        example.danger = rules.signs(&example.text).danger;
    }
    examples
}

fn targets<'a>(examples: &'a [Labelled], embeddings: &'a [Vec<f32>]) -> Vec<Target<'a>> {
    examples
        .iter()
        .zip(embeddings)
        .map(|(example, embedding)| Target {
            text: &example.text,
            embedding,
            route: example.route,
            tags: &example.tags,
            danger: example.danger,
        })
        .collect()
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
