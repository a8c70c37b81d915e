//! Everything that turns a message and its embedding into a [`Classification`]: the trained head,
//! the tag rules, the safety layer, the gazetteer and language detection.
//!
//! Kept apart from the embedder so cross-validation can swap heads without reloading anything.

use crate::head::Head;
use crate::labels::{best_route_but_crisis, Classification, Danger, Route, Tag};
use crate::lang;
use crate::letters::Pieces;
use crate::places::{Gazetteer, PlacePoint};
use crate::safety::{Language, Safety, Signs, NEAR_CERTAIN};
use crate::tag_rules::TagRules;
use crate::text::{normalise, NameMask};
use crate::NlpError;
use std::collections::BTreeMap;
use std::path::Path;

/// What `content/` knows beside the trained head: the hand-written rules, and the languages the
/// examples teach. Loaded once, shared by every head.
#[derive(Debug)]
pub struct Rules {
    tags: TagRules,
    safety: Safety,
    gazetteer: Gazetteer,
    /// Names that hold alarming words but are not signs (places beyond the gazetteer, titles).
    not_signs: NameMask,
    /// Which language a message is in, as the examples teach it.
    languages: lang::Detector,
}

/// A reader of meaning in other languages (the multilingual sentence model and its crisis unit),
/// asked for a text's crisis probability only when the cheaper readers lean towards danger and
/// nothing has decided yet: it costs tens of milliseconds a message, the others microseconds.
pub trait MeaningReader {
    /// The crisis probability of a text, or `None` when the reader could not read it.
    fn crisis_probability(&self, text: &str) -> Option<f32>;
}

/// How many of the person's earlier messages a message is read with.
pub const CONTEXT_MESSAGES: usize = 3;
/// How much of each earlier message is kept in the window (its end, nearest the new message),
/// so the window stays well inside what the model reads and the new message is never cut off.
const CONTEXT_CHARS: usize = 240;

/// The text a message is read in context as: the end of each of the last few earlier messages,
/// oldest first, then the message itself, one a line.
pub fn window(text: &str, earlier: &[String]) -> String {
    let recent = &earlier[earlier.len().saturating_sub(CONTEXT_MESSAGES)..];
    let mut lines: Vec<&str> = recent.iter().map(|m| tail(m, CONTEXT_CHARS)).collect();
    lines.push(text);
    lines.join("\n")
}

fn tail(text: &str, chars: usize) -> &str {
    let skip = text.chars().count().saturating_sub(chars);
    text.char_indices().nth(skip).map_or(text, |(index, _)| &text[index..])
}

impl Rules {
    /// Loads `nlp/tags.txt`, `nlp/safety.txt`, `nlp/ambiguous-places.txt` and the `places/` folder,
    /// and learns the residents' languages from `nlp/examples/`.
    pub fn load(content_dir: &Path) -> Result<Rules, NlpError> {
        let nlp = content_dir.join("nlp");
        Ok(Rules {
            tags: TagRules::load(&nlp.join("tags.txt"))?,
            safety: Safety::load(&nlp.join("safety.txt"), &nlp.join("safety"))?,
            gazetteer: Gazetteer::load(&content_dir.join("places"), &nlp.join("ambiguous-places.txt"))?,
            not_signs: NameMask::load(&nlp.join("not-signs.txt"))?,
            languages: lang::Detector::load(&nlp.join("examples"))?,
        })
    }

    /// Classifies one message. Without an embedding (the model failed) the safety patterns still
    /// run and the message goes to a person.
    pub fn read(&self, head: &Head, text: &str, embedding: Option<&[f32]>) -> Classification {
        self.read_in_context(head, text, embedding, None, None)
    }

    /// Classifies one message; `window` is the text and vector of the message read with the
    /// person's earlier ones (see [`window`]), which decides a weak sign in the message itself
    /// ("stood on the bridge now" after "nothing feels worth it") and completes a farewell told
    /// over several messages. In another language the readers of that language read the window
    /// too, as the sentence model does in English: "the water's very cold" in Polish after "I
    /// don't want to live" and "I'm on the bridge now" has no sign of its own.
    /// `meaning` is the reader of meaning in other languages, when one is loaded; it is asked
    /// about the message and its window only when its reading could change what the readers
    /// decide together ([`crate::safety::Safety::another_reading_could_decide`]), and only when
    /// nothing cheaper has decided.
    pub fn read_in_context(
        &self,
        head: &Head,
        text: &str,
        embedding: Option<&[f32]>,
        window: Option<(&str, &[f32])>,
        meaning: Option<&dyn MeaningReader>,
    ) -> Classification {
        let lang = self.languages.detect(text);
        let language = if lang::model_reads(text) { Language::of(lang) } else { Language::Other };
        // Only another language is read by the pieces of its letters, once for every reader.
        let pieces = (language == Language::Other).then(|| Pieces::of(text));
        let mut scores: BTreeMap<Route, f32> = embedding.map(|e| head.route_probabilities(e).into_iter().collect()).unwrap_or_default();
        if let Some(pieces) = &pieces {
            scores = with_letter_routes(head, pieces, scores);
        }
        let crisis_probability = scores.get(&Route::Crisis).copied().unwrap_or(0.0);
        let signs = self.signs(text);
        let in_context = window.map(|(_, vector)| head.context_crisis_probability(vector));
        let letters = pieces.as_ref().and_then(|pieces| head.letters_crisis_probability(pieces));
        let alone = self.safety.is_crisis(signs, language, crisis_probability)
            && in_context.is_none_or(|p| self.safety.context_allows(signs, crisis_probability, p));
        let parting = window.is_some_and(|(window_text, _)| self.safety.completes_parting(signs, || self.signs(window_text)));
        // The readers of another language read the message, then its window, only when nothing
        // cheaper has decided.
        let message_readers = || self.readers_see_crisis(language, letters, embedding.map(|_| crisis_probability), text, meaning);
        let window_readers = || {
            window.filter(|_| pieces.is_some()).is_some_and(|(window_text, _)| {
                let window_letters = head.letters_crisis_probability(&Pieces::of(window_text));
                self.readers_see_crisis(language, window_letters, in_context, window_text, meaning)
            })
        };
        let crisis = alone
            || parting
            || in_context.is_some_and(|p| self.safety.is_crisis_in_context(signs, language, p))
            || message_readers()
            || window_readers();
        let place = self.gazetteer.find(text);
        Classification {
            route: if crisis { Route::Crisis } else { best_route_but_crisis(&scores) },
            tags: self.tags(head, text, embedding, lang),
            place_choices: place.as_deref().map(|written| self.gazetteer.choices(written)).unwrap_or_default(),
            place,
            crisis,
            danger: crisis.then(|| danger_of(signs, kind_read(head, embedding, language), crisis_probability)),
            lang: lang.map(str::to_owned),
            scores,
        }
    }

    /// In another language, whether the letters' and the model's readings of `text`, with the
    /// reader of meaning's when it is loaded and could change the outcome, see danger together
    /// (see [`Safety::readers_agree`]): the same rule for one message and for the person's last
    /// few read together. Without the letters (a head that has no reader of them) only the
    /// patterns and the model decide, so the reader of meaning never decides alone.
    fn readers_see_crisis(
        &self,
        language: Language,
        letters: Option<f32>,
        model: Option<f32>,
        text: &str,
        meaning: Option<&dyn MeaningReader>,
    ) -> bool {
        letters.is_some_and(|letters| {
            let meaning = meaning
                .filter(|_| self.safety.another_reading_could_decide(language, letters, &[model]))
                .and_then(|reader| reader.crisis_probability(text));
            self.safety.readers_agree(language, letters, &[model, meaning])
        })
    }

    fn tags(&self, head: &Head, text: &str, embedding: Option<&[f32]>, lang: Option<&str>) -> Vec<Tag> {
        let mut tags = self.tags.tags(text, embedding.map(|e| head.tags(e)).unwrap_or_default());
        if lang.is_some_and(|code| code != "en") {
            tags.push(Tag::NonEnglish);
        }
        tags.sort();
        tags.dedup();
        tags
    }

    /// The crisis signs of a message, read with place names and titles masked, so "Hebden Bridge"
    /// or a film title is not a sign.
    ///
    /// A line in an Indian script is read twice, as written and in Latin letters, so the patterns
    /// written for Hindi, Urdu and Punjabi as people text them also see it; the stronger reading
    /// counts.
    pub fn signs(&self, text: &str) -> Signs {
        let normalised = normalise(text);
        let as_written = self.signs_of(&normalised);
        match crate::script::to_latin(&normalised) {
            std::borrow::Cow::Borrowed(_) => as_written,
            std::borrow::Cow::Owned(latin) => as_written.stronger(self.signs_of(&latin)),
        }
    }

    fn signs_of(&self, normalised: &str) -> Signs {
        let without_places = self.gazetteer.mask(normalised);
        self.safety.signs(&self.not_signs.mask(&without_places))
    }

    /// The safety layer, for choosing its thresholds from cross-validated predictions.
    pub fn safety(&self) -> &Safety {
        &self.safety
    }

    /// Every council area the gazetteer knows (see [`Gazetteer::council_areas`]).
    pub fn council_areas(&self) -> Vec<String> {
        self.gazetteer.council_areas()
    }

    /// The council area of the UK-wide data at a point (see [`Gazetteer::council_area_at`]).
    pub fn council_area_at(&self, lat: f64, lon: f64) -> Option<String> {
        self.gazetteer.council_area_at(lat, lon)
    }

    /// Turns place words into a point (see [`Gazetteer::resolve`]).
    pub fn resolve_place(&self, words: &str) -> Option<PlacePoint> {
        self.gazetteer.resolve(words)
    }

    /// Place words as the gazetteer knows them, never read as a misspelling (see
    /// [`Gazetteer::resolve_known`]).
    pub fn resolve_known_place(&self, words: &str) -> Option<PlacePoint> {
        self.gazetteer.resolve_known(words)
    }

    /// The places words may mean when they name several (see [`Gazetteer::choices`]).
    pub fn place_choices(&self, words: &str) -> Vec<String> {
        self.gazetteer.choices(words)
    }

    /// Every place words may mean when they name several (see [`Gazetteer::candidates`]).
    pub fn place_candidates(&self, words: &str) -> Vec<PlacePoint> {
        self.gazetteer.candidates(words)
    }

    /// Makes the deployment's council area settle names shared by several places (see
    /// [`Gazetteer::set_home`]); false when no place is in it.
    pub fn set_home_area(&mut self, area: &str) -> bool {
        self.gazetteer.set_home(area)
    }
}

/// How much the readers of pieces of letters count in the route of a message in another
/// language, against the sentence model's reading of it, which there is mostly a guess. Chosen
/// by five-fold cross-validation on the examples: routes of lines in other languages right
/// 0.832 with the model alone, 0.844 at a half, 0.799 with the letters alone.
const LETTERS_SHARE_OF_ROUTE: f32 = 0.5;

/// The route probabilities of a message in another language: the sentence model's blended with
/// the readers of pieces of letters (see [`crate::letters::RouteLetters`]).
fn with_letter_routes(head: &Head, pieces: &Pieces, scores: BTreeMap<Route, f32>) -> BTreeMap<Route, f32> {
    blend_routes(scores, &head.letter_route_probabilities(pieces).into_iter().collect(), LETTERS_SHARE_OF_ROUTE)
}

/// Blends the letters' reading of the routes into the model's by `share`. The crisis
/// probability stays the model's, so no crisis decision moves; what is left is shared out
/// between the other routes as the letters read them. Unchanged when the model did not read the
/// message (it failed) or the letters know no route but crisis.
fn blend_routes(scores: BTreeMap<Route, f32>, letters: &BTreeMap<Route, f32>, share: f32) -> BTreeMap<Route, f32> {
    let read = |route: &Route| if *route == Route::Crisis { 0.0 } else { letters.get(route).copied().unwrap_or(0.0) };
    let total: f32 = letters.keys().map(read).sum();
    if scores.is_empty() || total <= 0.0 {
        return scores;
    }
    let room = 1.0 - scores.get(&Route::Crisis).copied().unwrap_or(0.0);
    scores
        .into_iter()
        .map(|(route, p)| match route {
            Route::Crisis => (route, p),
            _ => (route, (1.0 - share) * p + share * room * read(&route) / total),
        })
        .collect()
}

/// How sure the head's reader of the kind must be before it names a kind no strong sign named.
/// Chosen by five-fold cross-validation (head only) on the crises whose writer named the kind:
/// at 0.5, 0.6, 0.7 and 0.8, medical crises read as medical 199, 194, 185 and 168 of 234, harm
/// read as medical 6, 6, 5 and 5 of 215, and abuse read as medical 3, 1, 1 and 1 of 114.
const KIND_READ_SURE: f32 = 0.6;

/// The kind of danger the head reads in a message in English, when it is sure of it; none in
/// another language, where the sentence model's reading is a guess.
fn kind_read(head: &Head, embedding: Option<&[f32]>, language: Language) -> Option<Danger> {
    let embedding = embedding.filter(|_| language == Language::English)?;
    head.danger_probabilities(embedding).into_iter().find(|(_, p)| *p >= KIND_READ_SURE).map(|(danger, _)| danger)
}

/// The kind of danger a crisis shows: the strong sign's; else a medical emergency or abuse when
/// the head reads one surely (someone not seen for days, behind a door nobody answers, names no
/// sign but needs an ambulance, not the listening lines); else harm for a weak or calmed sign,
/// and unsure when the model alone read it.
///
/// Where the model alone read danger, the head's kind counts only when the model is
/// near-certain ([`NEAR_CERTAIN`]): below it the person gets the gentle check, and a harmless
/// line read as danger ("saw the GP, it's acid reflux, nothing serious", 0.88) must not become
/// the ambulance reply.
fn danger_of(signs: Signs, read: Option<Danger>, crisis_probability: f32) -> Danger {
    let some_sign = signs.weak > 0 || signs.calmed > 0;
    let read = read.filter(|_| some_sign || crisis_probability >= NEAR_CERTAIN);
    match (signs.danger, read) {
        (Some(kind), _) => kind,
        (None, Some(kind @ (Danger::Medical | Danger::Abuse))) => kind,
        _ if some_sign => Danger::Harm,
        _ => Danger::Unsure,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_letters_move_the_other_routes_and_never_the_crisis_probability() {
        let model: BTreeMap<Route, f32> = [(Route::Crisis, 0.2), (Route::Human, 0.5), (Route::FindActivity, 0.3)].into();
        let letters: BTreeMap<Route, f32> = [(Route::Crisis, 0.9), (Route::Human, 0.1), (Route::FindActivity, 0.9)].into();
        let blended = blend_routes(model.clone(), &letters, 0.5);
        assert_eq!(blended[&Route::Crisis], 0.2);
        assert!(blended[&Route::FindActivity] > blended[&Route::Human], "{blended:?}");
        assert!((blended.values().sum::<f32>() - 1.0).abs() < 1e-5);
        assert_eq!(blend_routes(model.clone(), &BTreeMap::new(), 0.5), model, "no letters: the model's reading");
        assert!(blend_routes(BTreeMap::new(), &letters, 0.5).is_empty(), "no model reading: nothing to blend");
    }

    #[test]
    fn a_strong_sign_names_the_kind_then_the_heads_sure_reading_then_the_signs_weight() {
        let strong = Signs { strong: 1, danger: Some(Danger::Medical), ..Signs::default() };
        assert_eq!(danger_of(strong, Some(Danger::Abuse), 0.5), Danger::Medical, "a strong sign outranks the head");
        let weak = Signs { weak: 1, ..Signs::default() };
        assert_eq!(danger_of(weak, None, 0.5), Danger::Harm);
        assert_eq!(danger_of(weak, Some(Danger::Medical), 0.5), Danger::Medical);
        assert_eq!(danger_of(weak, Some(Danger::Harm), 0.5), Danger::Harm);
        assert_eq!(danger_of(Signs { calmed: 1, ..Signs::default() }, Some(Danger::Abuse), 0.5), Danger::Abuse);
        assert_eq!(danger_of(Signs::default(), None, 0.99), Danger::Unsure);
        let alone = Signs::default();
        assert_eq!(danger_of(alone, Some(Danger::Medical), 0.9), Danger::Unsure, "the model alone, short of near-certain: a gentle check");
        assert_eq!(danger_of(alone, Some(Danger::Medical), NEAR_CERTAIN), Danger::Medical);
        assert_eq!(danger_of(alone, Some(Danger::Harm), 0.99), Danger::Unsure, "harm read by the model alone: as before");
    }
}
