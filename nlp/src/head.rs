//! The small trained layer on top of the embeddings: a softmax over routes and one yes/no unit per
//! tag, trained by `frontdoor nlp train` and stored as a JSON file in `content/nlp/`.
//!
//! Plain logistic regression keeps the file small, the training seconds long and a council's new
//! examples effective without a compiler or a GPU.

use crate::error::read_text;
use crate::labels::{Danger, Route, Tag};
use crate::letters::{self, Letters, Pieces, RouteLetters};
use crate::NlpError;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Passes over the training set; enough for logistic regression on unit vectors to settle.
const EPOCHS: usize = 40;
/// Examples per optimiser step: small batches settle in far fewer passes than whole-set steps.
const BATCH: usize = 32;
/// Adam step size.
const LEARNING_RATE: f32 = 0.02;
/// Weight decay that keeps the head from memorising single examples.
const L2: f32 = 1e-4;
/// Cap on how much a rare label's examples are up-weighted.
const MAX_CLASS_WEIGHT: f32 = 3.0;
/// A tag unit must be this sure before it adds a tag: the word rules find most tags, and
/// cross-validation showed the units help only when they are confident.
const TAG_THRESHOLD: f32 = 0.85;

/// One linear unit: a score is `bias + weights · embedding`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Unit {
    /// The route or tag id this unit scores.
    pub id: String,
    /// The constant term.
    pub bias: f32,
    /// One weight per embedding dimension.
    pub weights: Vec<f32>,
}

impl Unit {
    fn score(&self, embedding: &[f32]) -> f32 {
        self.bias + dot(&self.weights, embedding)
    }
}

/// The stored form of a trained head, as written to `content/nlp/head.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Head {
    /// The embedding length it was trained on, checked against the loaded model.
    pub dimension: usize,
    /// How many labelled messages trained it, for the record.
    pub examples: usize,
    /// The SHA-256 of the tuned encoder layers (`encoder.safetensors`) whose vectors it was
    /// trained on, or none for the stock model: a head read through any other encoder is wrong.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoder: Option<String>,
    /// One unit per route, combined with a softmax.
    pub routes: Vec<Unit>,
    /// One unit per tag that had examples, each read with a sigmoid.
    pub tags: Vec<Unit>,
    /// The crisis reader for other languages than English (see [`Letters`]); none for a head
    /// trained without crises and harmless lines in other languages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub letters: Option<Letters>,
    /// The route readers for other languages than English (see [`RouteLetters`]); empty for a
    /// head trained without enough lines in other languages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub letter_routes: Vec<RouteLetters>,
    /// The crisis reader of a conversation: one unit over the vector of a message read with the
    /// person's last few (see [`crate::context`]), since the route units, taught on single
    /// messages, read such a window poorly; none for a head trained without windows, which
    /// then reads windows with its route units.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<Unit>,
    /// The reader of the kind of danger of a crisis: one unit per kind (harm, abuse, medical),
    /// combined with a softmax, so a crisis no pattern names ("not seen her for three days, her
    /// milk's still on the step") still gets the reply that fits; empty for a head trained
    /// without crises of more than one kind.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dangers: Vec<Unit>,
    /// The crisis unit of the multilingual reader (see the `multilingual` module), over its own
    /// vectors (384 numbers, not the sentence model's): in another language it reads meaning
    /// where the sentence model sees only unknown words. None for a head trained without it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multilingual: Option<Unit>,
}

/// A labelled training pair as the trainer sees it.
pub struct Target<'a> {
    /// The message itself, for the reader of other languages.
    pub text: &'a str,
    /// The message's unit-length embedding.
    pub embedding: &'a [f32],
    /// Its gold route.
    pub route: Route,
    /// Its gold tags.
    pub tags: &'a [Tag],
    /// For a crisis, its kind of danger, where known.
    pub danger: Option<Danger>,
}

impl Head {
    /// Reads a head file and checks every id in it.
    pub fn load(path: &Path) -> Result<Head, NlpError> {
        let head: Head = serde_json::from_str(&read_text(path)?).map_err(|e| NlpError::Format {
            path: path.to_owned(),
            line: e.line(),
            message: e.to_string(),
        })?;
        head.check().map_err(|message| NlpError::Format { path: path.to_owned(), line: 1, message })?;
        Ok(head)
    }

    /// Writes the head as compact JSON with weights rounded, so the file stays small and diffable.
    pub fn save(&self, path: &Path) -> Result<(), NlpError> {
        let rounded = self.rounded();
        let json = serde_json::to_string(&rounded).map_err(|e| NlpError::Head(e.to_string()))?;
        std::fs::write(path, json + "\n").map_err(|e| NlpError::io(path, e))
    }

    fn rounded(&self) -> Head {
        let round_unit =
            |unit: &Unit| Unit { id: unit.id.clone(), bias: round(unit.bias), weights: unit.weights.iter().map(|w| round(*w)).collect() };
        Head {
            dimension: self.dimension,
            examples: self.examples,
            encoder: self.encoder.clone(),
            routes: self.routes.iter().map(round_unit).collect(),
            tags: self.tags.iter().map(round_unit).collect(),
            letters: self.letters.as_ref().map(|letters| letters.rounded(round)),
            letter_routes: self
                .letter_routes
                .iter()
                .map(|route| RouteLetters { id: route.id.clone(), letters: route.letters.rounded(round) })
                .collect(),
            context: self.context.as_ref().map(round_unit),
            dangers: self.dangers.iter().map(round_unit).collect(),
            multilingual: self.multilingual.as_ref().map(round_unit),
        }
    }

    fn check(&self) -> Result<(), String> {
        let unknown_route = self.routes.iter().find(|u| Route::from_id(&u.id).is_none());
        let unknown_tag = self.tags.iter().find(|u| Tag::from_id(&u.id).is_none());
        if let Some(unit) = self.dangers.iter().find(|u| Danger::named(&u.id).is_none()) {
            return Err(format!("unknown kind of danger {:?}", unit.id));
        }
        let wrong_length =
            self.routes.iter().chain(&self.tags).chain(&self.context).chain(&self.dangers).find(|u| u.weights.len() != self.dimension);
        match (unknown_route, unknown_tag, wrong_length) {
            (Some(unit), _, _) => Err(format!("unknown route {:?}", unit.id)),
            (_, Some(unit), _) => Err(format!("unknown tag {:?}", unit.id)),
            (_, _, Some(unit)) => Err(format!("{} has {} weights, expected {}", unit.id, unit.weights.len(), self.dimension)),
            _ if self.routes.is_empty() => Err("no route units".to_owned()),
            _ => {
                if let Some(route) = self.letter_routes.iter().find(|route| Route::from_id(&route.id).is_none()) {
                    return Err(format!("unknown route {:?} among the letter routes", route.id));
                }
                self.letters.iter().chain(self.letter_routes.iter().map(|route| &route.letters)).try_for_each(Letters::check)
            }
        }
    }

    /// The probability of every route for one embedding (a softmax over the route units).
    pub fn route_probabilities(&self, embedding: &[f32]) -> Vec<(Route, f32)> {
        let scores: Vec<f32> = self.routes.iter().map(|u| u.score(embedding)).collect();
        let probabilities = softmax(&scores);
        self.routes.iter().zip(probabilities).filter_map(|(unit, p)| Route::from_id(&unit.id).map(|route| (route, p))).collect()
    }

    /// The tags whose unit is confident (see [`TAG_THRESHOLD`]).
    pub fn tags(&self, embedding: &[f32]) -> Vec<Tag> {
        self.tags.iter().filter(|unit| sigmoid(unit.score(embedding)) >= TAG_THRESHOLD).filter_map(|unit| Tag::from_id(&unit.id)).collect()
    }

    /// Trains a head from labelled embeddings (every route must have at least one example).
    pub fn train(targets: &[Target<'_>]) -> Result<Head, NlpError> {
        let dimension = targets.first().map(|t| t.embedding.len()).ok_or_else(|| NlpError::Head("no examples".into()))?;
        let present: Vec<Route> = Route::ALL.into_iter().filter(|r| targets.iter().any(|t| t.route == *r)).collect();
        if present.len() < 2 {
            return Err(NlpError::Head("the examples need at least two different routes".into()));
        }
        let inputs: Vec<&[f32]> = targets.iter().map(|t| t.embedding).collect();
        let gold: Vec<Route> = targets.iter().map(|t| t.route).collect();
        let routes = softmax_units(&inputs, &gold, &present, Route::id);
        let tags = Tag::ALL
            .into_iter()
            .filter(|tag| targets.iter().any(|t| t.tags.contains(tag)))
            .map(|tag| {
                let yes: Vec<bool> = targets.iter().map(|t| t.tags.contains(&tag)).collect();
                let (weights, bias) = fit_sigmoid(&inputs, &yes, dimension);
                Unit { id: tag.id().to_owned(), bias, weights }
            })
            .collect();
        Ok(Head {
            dimension,
            examples: targets.len(),
            encoder: None,
            routes,
            tags,
            letters: train_letters(targets),
            letter_routes: train_letter_routes(targets),
            context: None,
            dangers: train_dangers(targets),
            multilingual: None,
        })
    }

    /// Trains the crisis reader of a conversation on windows (each a vector and whether it is a
    /// crisis) beside the single messages, each a window of one line.
    pub fn train_context(&mut self, targets: &[Target<'_>], windows: &[(&[f32], bool)]) {
        let singles = targets.iter().map(|t| (t.embedding, t.route == Route::Crisis));
        let (inputs, yes): (Vec<&[f32]>, Vec<bool>) = singles.chain(windows.iter().copied()).unzip();
        let (weights, bias) = fit_sigmoid(&inputs, &yes, self.dimension);
        self.context = Some(Unit { id: Route::Crisis.id().to_owned(), bias, weights });
    }

    /// Trains the multilingual reader's crisis unit on the examples' vectors from that reader,
    /// each with whether it is a crisis (every language, so it learns what danger means, not
    /// what a language looks like).
    pub fn train_multilingual(&mut self, vectors: &[(Vec<f32>, bool)]) {
        let Some(dimension) = vectors.first().map(|(vector, _)| vector.len()) else {
            return;
        };
        let (inputs, yes): (Vec<&[f32]>, Vec<bool>) = vectors.iter().map(|(vector, crisis)| (vector.as_slice(), *crisis)).unzip();
        let (weights, bias) = fit_sigmoid(&inputs, &yes, dimension);
        self.multilingual = Some(Unit { id: Route::Crisis.id().to_owned(), bias, weights });
    }

    /// The multilingual reader's crisis probability of its vector of a message, when the head
    /// has that reader (its length is checked once, when the reader is loaded:
    /// `Nlp::with_multilingual`).
    pub fn multilingual_crisis_probability(&self, vector: &[f32]) -> Option<f32> {
        self.multilingual.as_ref().map(|unit| sigmoid(unit.score(vector)))
    }

    /// The crisis probability of a message read with the person's earlier ones (see
    /// [`crate::reader::window`]): the conversation's own unit, else the route units'.
    pub fn context_crisis_probability(&self, window: &[f32]) -> f32 {
        match &self.context {
            Some(unit) => sigmoid(unit.score(window)),
            None => self.crisis_probability(window),
        }
    }

    /// How likely each kind of danger is for a crisis with this embedding; empty when the head
    /// has no reader of the kind.
    pub fn danger_probabilities(&self, embedding: &[f32]) -> Vec<(Danger, f32)> {
        let scores: Vec<f32> = self.dangers.iter().map(|u| u.score(embedding)).collect();
        self.dangers.iter().zip(softmax(&scores)).filter_map(|(unit, p)| Danger::named(&unit.id).map(|danger| (danger, p))).collect()
    }

    /// The route units' crisis probability of one embedding.
    fn crisis_probability(&self, embedding: &[f32]) -> f32 {
        self.route_probabilities(embedding).into_iter().find(|(route, _)| *route == Route::Crisis).map_or(0.0, |(_, p)| p)
    }

    /// How likely each route the readers of other languages know is, each read against the
    /// rest from the pieces of letters alone; empty when the head has none.
    pub fn letter_route_probabilities(&self, pieces: &Pieces) -> Vec<(Route, f32)> {
        self.letter_routes.iter().filter_map(|route| Route::from_id(&route.id).map(|id| (id, route.letters.probability(pieces)))).collect()
    }

    /// The crisis probability of the reader of other languages, when the head has one.
    pub fn letters_crisis_probability(&self, pieces: &Pieces) -> Option<f32> {
        self.letters.as_ref().map(|letters| letters.probability(pieces))
    }
}

/// Trains the reader of other languages on the examples tagged `non_english`, when they hold
/// both crises and harmless lines.
fn train_letters(targets: &[Target<'_>]) -> Option<Letters> {
    let lines: Vec<(&str, bool)> =
        targets.iter().filter(|t| t.tags.contains(&Tag::NonEnglish)).map(|t| (t.text, t.route == Route::Crisis)).collect();
    let both = lines.iter().any(|(_, crisis)| *crisis) && lines.iter().any(|(_, crisis)| !*crisis);
    both.then(|| Letters::train(&lines))
}

/// Trains the reader of the kind of danger on the crises in English whose kind is known, when
/// they hold at least two kinds. Lines in other languages are left out: the sentence model reads
/// English, and there the safety patterns written for each language name the kind.
fn train_dangers(targets: &[Target<'_>]) -> Vec<Unit> {
    let (inputs, gold): (Vec<&[f32]>, Vec<Danger>) = targets
        .iter()
        .filter(|t| t.route == Route::Crisis && !t.tags.contains(&Tag::NonEnglish))
        .filter_map(|t| t.danger.filter(|d| Danger::NAMED.contains(d)).map(|d| (t.embedding, d)))
        .unzip();
    let present: Vec<Danger> = Danger::NAMED.into_iter().filter(|kind| gold.contains(kind)).collect();
    if present.len() < 2 {
        return Vec::new();
    }
    softmax_units(&inputs, &gold, &present, Danger::id)
}

/// One unit per class present (routes, kinds of danger), trained together as a softmax on each
/// input's gold class and named by the class's id.
fn softmax_units<Class: Copy + PartialEq>(
    inputs: &[&[f32]],
    gold: &[Class],
    present: &[Class],
    id: impl Fn(Class) -> &'static str,
) -> Vec<Unit> {
    let dimension = inputs.first().map_or(0, |input| input.len());
    let labels: Vec<usize> = gold.iter().map(|class| present.iter().position(|p| p == class).unwrap_or(0)).collect();
    fit_softmax(inputs, &labels, present.len(), dimension)
        .into_iter()
        .zip(present)
        .map(|((weights, bias), class)| Unit { id: id(*class).to_owned(), bias, weights })
        .collect()
}

/// Trains the route readers of other languages on the examples tagged `non_english`.
fn train_letter_routes(targets: &[Target<'_>]) -> Vec<RouteLetters> {
    let lines: Vec<(&str, &str)> = targets.iter().filter(|t| t.tags.contains(&Tag::NonEnglish)).map(|t| (t.text, t.route.id())).collect();
    letters::train_routes(&lines)
}

fn round(x: f32) -> f32 {
    (x * 10_000.0).round() / 10_000.0
}

fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

pub(crate) fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

fn softmax(scores: &[f32]) -> Vec<f32> {
    let max = scores.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let exps: Vec<f32> = scores.iter().map(|s| (s - max).exp()).collect();
    let total: f32 = exps.iter().sum();
    exps.into_iter().map(|e| e / total).collect()
}

/// Weights that give every class the same total pull, so rare routes (crisis) are not drowned out.
pub(crate) fn balanced_weights(labels: &[usize], classes: usize) -> Vec<f32> {
    let mut counts = vec![0usize; classes];
    labels.iter().for_each(|l| counts[*l] += 1);
    let n = labels.len() as f32;
    labels.iter().map(|l| (n / (classes as f32 * counts[*l] as f32)).min(MAX_CLASS_WEIGHT)).collect()
}

/// Adam optimiser state for one parameter vector (weights followed by the bias).
pub(crate) struct Adam {
    first: Vec<f32>,
    second: Vec<f32>,
    step: i32,
}

impl Adam {
    pub(crate) fn new(size: usize) -> Adam {
        Adam { first: vec![0.0; size], second: vec![0.0; size], step: 0 }
    }

    /// Applies one step; `parameters` and `gradient` have the weights then the bias.
    pub(crate) fn update(&mut self, parameters: &mut [f32], gradient: &[f32]) {
        const BETA1: f32 = 0.9;
        const BETA2: f32 = 0.999;
        self.step += 1;
        let correction1 = 1.0 - BETA1.powi(self.step);
        let correction2 = 1.0 - BETA2.powi(self.step);
        for i in 0..parameters.len() {
            self.first[i] = BETA1 * self.first[i] + (1.0 - BETA1) * gradient[i];
            self.second[i] = BETA2 * self.second[i] + (1.0 - BETA2) * gradient[i] * gradient[i];
            let m = self.first[i] / correction1;
            let v = self.second[i] / correction2;
            parameters[i] -= LEARNING_RATE * m / (v.sqrt() + 1e-8);
        }
    }
}

/// The order examples are visited in each pass: a fixed pseudo-random shuffle, so training is
/// repeatable.
pub(crate) fn visiting_order(count: usize, epoch: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..count).collect();
    let mut state = 0x9E37_79B9_7F4A_7C15u64 ^ (epoch as u64).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    for i in (1..count).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        order.swap(i, (state % (i as u64 + 1)) as usize);
    }
    order
}

/// Multinomial logistic regression; returns (weights, bias) per class.
fn fit_softmax(inputs: &[&[f32]], labels: &[usize], classes: usize, dimension: usize) -> Vec<(Vec<f32>, f32)> {
    let sample_weights = balanced_weights(labels, classes);
    let mut parameters: Vec<Vec<f32>> = vec![vec![0.0; dimension + 1]; classes];
    let mut optimisers: Vec<Adam> = (0..classes).map(|_| Adam::new(dimension + 1)).collect();
    for epoch in 0..EPOCHS {
        for batch in visiting_order(inputs.len(), epoch).chunks(BATCH) {
            let mut gradients = vec![vec![0.0f32; dimension + 1]; classes];
            for &i in batch {
                let scores: Vec<f32> = parameters.iter().map(|p| p[dimension] + dot(&p[..dimension], inputs[i])).collect();
                for (class, probability) in softmax(&scores).into_iter().enumerate() {
                    let target = if class == labels[i] { 1.0 } else { 0.0 };
                    accumulate(&mut gradients[class], inputs[i], sample_weights[i] * (probability - target) / batch.len() as f32);
                }
            }
            for ((p, g), adam) in parameters.iter_mut().zip(&mut gradients).zip(&mut optimisers) {
                add_decay(g, p, dimension);
                adam.update(p, g);
            }
        }
    }
    parameters
        .into_iter()
        .map(|mut p| {
            let bias = p.pop().unwrap_or(0.0);
            (p, bias)
        })
        .collect()
}

/// Binary logistic regression with balanced classes; returns (weights, bias).
fn fit_sigmoid(inputs: &[&[f32]], yes: &[bool], dimension: usize) -> (Vec<f32>, f32) {
    let labels: Vec<usize> = yes.iter().map(|y| usize::from(*y)).collect();
    let sample_weights = balanced_weights(&labels, 2);
    let mut parameters = vec![0.0f32; dimension + 1];
    let mut adam = Adam::new(dimension + 1);
    for epoch in 0..EPOCHS {
        for batch in visiting_order(inputs.len(), epoch).chunks(BATCH) {
            let mut gradient = vec![0.0f32; dimension + 1];
            for &i in batch {
                let probability = sigmoid(parameters[dimension] + dot(&parameters[..dimension], inputs[i]));
                accumulate(&mut gradient, inputs[i], sample_weights[i] * (probability - labels[i] as f32) / batch.len() as f32);
            }
            add_decay(&mut gradient, &parameters, dimension);
            adam.update(&mut parameters, &gradient);
        }
    }
    let bias = parameters.pop().unwrap_or(0.0);
    (parameters, bias)
}

/// Adds `error × input` to the weight gradient and `error` to the bias gradient.
fn accumulate(gradient: &mut [f32], input: &[f32], error: f32) {
    let dimension = input.len();
    gradient[..dimension].iter_mut().zip(input).for_each(|(g, x)| *g += error * x);
    gradient[dimension] += error;
}

fn add_decay(gradient: &mut [f32], parameters: &[f32], dimension: usize) {
    gradient[..dimension].iter_mut().zip(parameters).for_each(|(g, p)| *g += L2 * p);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(x: f32, y: f32) -> Vec<f32> {
        vec![x, y, 0.1]
    }

    #[test]
    fn learns_separable_routes_and_tags_and_survives_a_round_trip() {
        let embeddings = [point(1.0, 0.0), point(0.9, 0.1), point(0.0, 1.0), point(0.1, 0.9)];
        let routes = [Route::FindActivity, Route::FindActivity, Route::Crisis, Route::Crisis];
        let tags = [vec![Tag::Music], vec![Tag::Music], vec![], vec![]];
        let targets: Vec<Target> = (0..200)
            .map(|i| i % 4)
            .map(|i| Target { text: "", embedding: &embeddings[i], route: routes[i], tags: &tags[i], danger: None })
            .collect();
        let head = Head::train(&targets).unwrap();
        let best = |e: &[f32]| head.route_probabilities(e).into_iter().max_by(|a, b| a.1.total_cmp(&b.1)).unwrap().0;
        assert_eq!(best(&point(0.95, 0.0)), Route::FindActivity);
        assert_eq!(best(&point(0.0, 0.95)), Route::Crisis);
        assert_eq!(head.tags(&point(1.0, 0.0)), vec![Tag::Music]);
        assert!(head.tags(&point(0.0, 1.0)).is_empty());

        let file = std::env::temp_dir().join(format!("frontdoor-head-{}.json", std::process::id()));
        head.save(&file).unwrap();
        let loaded = Head::load(&file).unwrap();
        std::fs::remove_file(&file).unwrap();
        assert_eq!(loaded.routes.len(), 2);
        assert_eq!(loaded.tags.len(), 1);
    }

    /// A window holding earlier danger and a question for a group sits between the two in the
    /// embedding; the route units share it out, the conversation's own unit learns from such
    /// windows that it is danger.
    #[test]
    fn the_conversation_reader_learns_from_windows_and_stands_in_for_the_route_units_until_trained() {
        let (group, danger, both) = (point(1.0, 0.0), point(0.0, 1.0), point(0.6, 0.5));
        let routes = [Route::FindActivity, Route::Crisis];
        let singles = [&group, &danger];
        let targets: Vec<Target> = (0..200)
            .map(|i| i % 2)
            .map(|i| Target { text: "", embedding: singles[i], route: routes[i], tags: &[], danger: None })
            .collect();
        let mut head = Head::train(&targets).unwrap();
        assert_eq!(head.context_crisis_probability(&both), head.crisis_probability(&both), "no unit yet: the route units read windows");
        let before = head.context_crisis_probability(&both);
        let windows: Vec<(&[f32], bool)> = (0..100).flat_map(|_| [(both.as_slice(), true), (group.as_slice(), false)]).collect();
        head.train_context(&targets, &windows);
        assert!(head.context_crisis_probability(&both) > before.max(0.5), "earlier danger beside a question is read as danger");
        assert!(head.context_crisis_probability(&group) < 0.5, "a question alone is not");
        assert!(head.context_crisis_probability(&danger) > 0.5, "danger alone still is");
    }

    /// The kind of danger is learnt from crises whose kind is known, English ones only, and left
    /// unlearnt when they show a single kind.
    #[test]
    fn the_reader_of_the_kind_learns_from_crises_of_known_kind_in_english() {
        let (walk, medical, harm, foreign) = (point(1.0, 0.0), point(0.0, 1.0), point(0.0, -1.0), point(-1.0, 0.0));
        let (english, non_english): (&[Tag], &[Tag]) = (&[], &[Tag::NonEnglish]);
        let lines = [
            (&walk, Route::FindActivity, None, english),
            (&medical, Route::Crisis, Some(Danger::Medical), english),
            (&harm, Route::Crisis, Some(Danger::Harm), english),
            (&foreign, Route::Crisis, Some(Danger::Abuse), non_english),
        ];
        let targets_of = |kinds: usize| -> Vec<Target> {
            (0..200)
                .map(|i| lines[i % kinds])
                .map(|(embedding, route, danger, tags)| Target { text: "", embedding, route, tags, danger })
                .collect()
        };
        let targets = targets_of(4);
        let head = Head::train(&targets).unwrap();
        let likeliest = |e: &[f32]| head.danger_probabilities(e).into_iter().max_by(|a, b| a.1.total_cmp(&b.1)).unwrap().0;
        assert_eq!(likeliest(&point(0.1, 0.9)), Danger::Medical);
        assert_eq!(likeliest(&point(0.1, -0.9)), Danger::Harm);
        assert_eq!(
            head.dangers.len(),
            2,
            "abuse was only seen in another language: {:?}",
            head.dangers.iter().map(|u| &u.id).collect::<Vec<_>>()
        );

        assert!(Head::train(&targets_of(2)).unwrap().danger_probabilities(&medical).is_empty(), "one kind: nothing to tell apart");
    }

    #[test]
    fn a_head_with_an_unknown_route_or_kind_of_danger_is_refused() {
        let file = std::env::temp_dir().join(format!("frontdoor-bad-head-{}.json", std::process::id()));
        std::fs::write(&file, r#"{"dimension":1,"examples":1,"routes":[{"id":"nope","bias":0,"weights":[1]}],"tags":[]}"#).unwrap();
        let error = Head::load(&file).unwrap_err().to_string();
        std::fs::remove_file(&file).unwrap();
        assert!(error.contains("unknown route"), "{error}");
        let kinds = r#"{"dimension":1,"examples":1,"routes":[{"id":"crisis","bias":0,"weights":[1]}],"tags":[],"dangers":[{"id":"fire","bias":0,"weights":[1]}]}"#;
        std::fs::write(&file, kinds).unwrap();
        let error = Head::load(&file).unwrap_err().to_string();
        std::fs::remove_file(&file).unwrap();
        assert!(error.contains("unknown kind of danger"), "{error}");
    }
}
