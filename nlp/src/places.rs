//! Finding the place a message names, and turning it into a point. Three sources, in order of
//! trust: the council's own lists (`content/places/places.csv` and any other `*.csv` beside it
//! but the `uk-` files), every UK postcode district and sector (`uk-postcodes.csv`), and the UK's
//! towns, villages and neighbourhoods (`uk-places.csv`), where one name may be several places.
//! Forgiving matching for common misspellings covers the council's own names only.

mod rows;
mod uk;

use crate::error::read_text;
use crate::text::{words, Word};
use crate::NlpError;
use regex::Regex;
use rows::Row;
use std::collections::{HashMap, HashSet};
use std::path::Path;

pub use uk::MOST_CHOICES;

/// Longest place name, in words, that the finder tries ("Ripon Minster and Moorside").
const LONGEST_NAME: usize = 5;
/// Words before an ambiguous name that show it is meant as a place.
const PLACE_WORDS: [&str; 11] = ["in", "near", "at", "around", "round", "from", "to", "by", "nr", "live", "area"];
/// UK postcode areas with letters only, so "E5" or "N16" is read as a postcode but "Y11" is not.
const POSTCODE_AREAS: &str = "AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU HA HD HG HP HR HS HU HX IG IP IV KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE";

/// Where a place is, so the directory search can rank what is near it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PlacePoint {
    /// The gazetteer's spelling ("Batley", "HD8", "HP19 7").
    pub name: String,
    /// Latitude, WGS84 degrees.
    pub lat: f64,
    /// Longitude, WGS84 degrees.
    pub lon: f64,
    /// The council area: as the council's own list names it (`kirklees`), or the council's name
    /// in the UK-wide data (`Buckinghamshire`).
    pub area: String,
}

impl PlacePoint {
    /// How a question or a choice names it: "Newport, Isle of Wight", which also resolves back
    /// to it.
    pub fn label(&self) -> String {
        format!("{}, {}", self.name, self.area)
    }
}

/// The places a message may name, by lower-case name.
#[derive(Debug)]
pub struct Gazetteer {
    /// The council's own places (and postcode districts), which win over the UK-wide data.
    own: HashMap<String, PlacePoint>,
    /// Names that are also ordinary words or first names: they count only after "in", "near"...
    ambiguous: HashSet<String>,
    /// Every UK postcode district and sector ("hd7", "hd7 5").
    postcodes: HashMap<String, PlacePoint>,
    /// The UK's towns, villages and neighbourhoods.
    uk: uk::Names,
    postcode: Regex,
}

impl Gazetteer {
    /// Loads the places folder (`places.csv`, any other council list, and the UK-wide
    /// `uk-places.csv`, `uk-postcodes.csv` and `uk-words.txt` when they are there) and the list of
    /// ambiguous names.
    pub fn load(places_dir: &Path, ambiguous_names: &Path) -> Result<Gazetteer, NlpError> {
        let mut own = HashMap::new();
        for path in rows::own_files(places_dir)? {
            own.extend(
                rows::read(&path)?
                    .into_iter()
                    .flat_map(|row| keys_of(&row.point.name).into_iter().map(move |key| (key, row.point.clone()))),
            );
        }
        let ambiguous = content_lines(&read_text(ambiguous_names)?).map(|name| name.to_lowercase()).collect();
        let uk_file = |name: &str| Some(places_dir.join(format!("{}{name}", rows::UK_PREFIX))).filter(|path| path.exists());
        let postcodes = uk_file("postcodes.csv").map(|path| rows::read(&path)).transpose()?.unwrap_or_default();
        let uk_places = uk_file("places.csv").map(|path| rows::read(&path)).transpose()?.unwrap_or_default();
        let uk_words = uk_file("words.txt").map(|path| read_text(&path)).transpose()?.unwrap_or_default();
        let uk = uk::Names::new(uk_places, content_lines(&uk_words).map(str::to_owned));
        Ok(Gazetteer::new(own, ambiguous, postcodes, uk))
    }

    fn new(own: HashMap<String, PlacePoint>, ambiguous: HashSet<String>, postcodes: Vec<Row>, uk: uk::Names) -> Gazetteer {
        let areas = POSTCODE_AREAS.split(' ').collect::<Vec<_>>().join("|");
        let pattern = format!(r"(?i)\b((?:{areas})[0-9][0-9A-Z]?)(?:\s*([0-9])[A-Z]{{2}})?\b");
        let postcode = Regex::new(&pattern).expect("the postcode pattern is valid");
        let postcodes = postcodes.into_iter().map(|row| (row.point.name.to_lowercase(), row.point)).collect();
        Gazetteer { own, ambiguous, postcodes, uk, postcode }
    }

    /// Makes the deployment's own council area (`FRONTDOOR_AREA`: `kirklees`, `Buckinghamshire`,
    /// `north-yorkshire`) settle a name shared by several places: the one in it, or nearest it.
    /// False when no place is in that area, so the caller can say the setting names nothing.
    pub fn set_home(&mut self, area: &str) -> bool {
        let key = uk::area_key(area);
        let inside: Vec<&PlacePoint> = self.all_points().filter(|point| uk::area_key(&point.area) == key).collect();
        if inside.is_empty() {
            return false;
        }
        let count = inside.len() as f64;
        let middle = (inside.iter().map(|p| p.lat).sum::<f64>() / count, inside.iter().map(|p| p.lon).sum::<f64>() / count);
        self.uk.set_home(area, middle);
        true
    }

    /// Every council area the places name, once each: what a directory record's service
    /// areas are checked against.
    pub fn council_areas(&self) -> Vec<String> {
        let mut areas: Vec<String> = self.all_points().map(|point| point.area.clone()).collect();
        areas.sort();
        areas.dedup();
        areas
    }

    /// The council area the UK-wide postcode data puts a point in (that of the nearest postcode
    /// district or sector): a place from the council's own list carries the list's key
    /// (`harrogate`), while a directory may name the council of today (`North Yorkshire`).
    pub fn council_area_at(&self, lat: f64, lon: f64) -> Option<String> {
        let away = |point: &&PlacePoint| uk::km(lat, lon, point.lat, point.lon);
        self.postcodes.values().min_by(|a, b| away(a).total_cmp(&away(b))).map(|point| point.area.clone())
    }

    fn all_points(&self) -> impl Iterator<Item = &PlacePoint> {
        self.own.values().chain(self.postcodes.values()).chain(self.uk.all())
    }

    /// The words of a message that name a place, as written ("Batley", "HD8 9XY", "Newport,
    /// Isle of Wight"). The council's own names and postcodes come first, then UK-wide names,
    /// then misspellings of its own ("moved from Glasgow to Stamford Hill" is Stamford Hill);
    /// within each the earliest wins, and at one position the longest.
    pub fn find(&self, text: &str) -> Option<String> {
        let message = Message::new(text);
        let own = message.scan(|start, length| self.own_at(&message, start, length));
        let first = match (own, self.find_postcode(text)) {
            (Some(n), Some(p)) => Some(if (p.0, usize::MAX - p.1.len()) < (n.0, usize::MAX - n.1.len()) { p } else { n }),
            (n, p) => n.or(p),
        };
        let first = first
            .or_else(|| message.scan(|start, length| self.uk_at(&message, start, length)))
            .or_else(|| message.scan(|start, length| self.guess_at(&message, start, length)))?;
        Some(first.1)
    }

    /// Turns words such as "Batley", "hd8", "HD8 9XY", "HP19 7", "Aylesbury", "Newport, Isle of
    /// Wight" or "Hudersfield" into a point; `None` when the gazetteer does not know them, or
    /// when they name several places and nothing says which ([`Gazetteer::choices`]).
    pub fn resolve(&self, words_of_place: &str) -> Option<PlacePoint> {
        self.known(words_of_place).unwrap_or_else(|| self.closest(&name_key(&words(words_of_place))).map(|(_, p)| p.clone()))
    }

    /// [`Gazetteer::resolve`] without reading the words as a misspelling of the council's own
    /// names: a caller that knows other names (a directory's venues) tries those before such
    /// a guess, since "Sharrow" in a Sheffield directory is not the village of Sharow.
    pub fn resolve_known(&self, words_of_place: &str) -> Option<PlacePoint> {
        self.known(words_of_place).flatten()
    }

    /// What the gazetteer makes of words it knows as a name: `Some` with the place, or with
    /// `None` for a name of several places nothing settles (which is no misspelling to guess
    /// at); `None` when it does not know them.
    fn known(&self, words_of_place: &str) -> Option<Option<PlacePoint>> {
        let trimmed = words_of_place.trim();
        if let Some(captures) = self.postcode.captures(trimmed).filter(|c| c.get(0).map(|m| m.as_str().len()) == Some(trimmed.len())) {
            return Some(self.postcode_point(&captures));
        }
        let written = words(trimmed);
        let key = name_key(&written);
        if let Some(point) = self.own.get(&key).or_else(|| self.postcodes.get(&key)) {
            return Some(Some(point.clone()));
        }
        self.uk_place(&written).map(|place| place.ok().cloned())
    }

    /// The places words may mean when they name several and nothing settles which ("Newport,
    /// Isle of Wight", "Newport, Newport", ...), likeliest first and at most [`MOST_CHOICES`];
    /// empty when they mean one place or none.
    pub fn choices(&self, words_of_place: &str) -> Vec<String> {
        let written = words(words_of_place);
        if self.own.contains_key(&name_key(&written)) {
            return Vec::new();
        }
        match self.uk_place(&written) {
            Some(Err(likely)) => likely.iter().take(MOST_CHOICES).map(|place| place.point.label()).collect(),
            _ => Vec::new(),
        }
    }

    /// Every place words may mean when they name several and neither the council's own list,
    /// the words after the name nor the deployment's area settles which, likeliest first: all of
    /// them, even when the only town of the name would be taken, so a caller with more to go on
    /// (the directory's own venues) can settle it among places a question would not list. Empty
    /// when they mean one place or none.
    pub fn candidates(&self, words_of_place: &str) -> Vec<PlacePoint> {
        let written = words(words_of_place);
        let key = name_key(&written);
        if self.own.contains_key(&key) {
            return Vec::new();
        }
        let places = self.uk.get(&key).unwrap_or_default();
        self.uk.open_to_doubt(places).into_iter().map(|place| place.point.clone()).collect()
    }

    /// The text with every name the gazetteer knows for certain replaced by "somewhere", so a
    /// word inside a name ("Pateley Bridge", "Stamford Hill") is not read as a sign of danger.
    /// Ambiguous names are masked only where they are meant as places ("near Marsh").
    pub fn mask(&self, text: &str) -> String {
        let words = words(text);
        let mut masked = String::with_capacity(text.len());
        let (mut copied, mut start) = (0, 0);
        while start < words.len() {
            match self.name_length_at(&words, start) {
                Some(length) => {
                    masked.push_str(&text[copied..words[start].start]);
                    masked.push_str("somewhere");
                    copied = words[start + length - 1].end;
                    start += length;
                }
                None => start += 1,
            }
        }
        masked.push_str(&text[copied..]);
        masked
    }

    /// How many words the longest known name starting at `start` takes, if one does.
    fn name_length_at(&self, words: &[Word<'_>], start: usize) -> Option<usize> {
        (1..=LONGEST_NAME.min(words.len() - start)).rev().find(|length| {
            self.own
                .get(&name_key(&words[start..start + length]))
                .is_some_and(|point| !self.is_ambiguous(&point.name) || follows_place_word(words, start))
        })
    }

    /// A postcode in the message: where it starts and how it is written.
    fn find_postcode(&self, text: &str) -> Option<(usize, String)> {
        let whole = self.postcode.captures(text)?.get(0)?;
        Some((whole.start(), whole.as_str().to_owned()))
    }

    /// The point of a postcode: its sector when it is whole ("HD8 9XY" is in "HD8 9"), else its
    /// district, the council's own placing of it first.
    fn postcode_point(&self, captures: &regex::Captures<'_>) -> Option<PlacePoint> {
        let district = captures[1].to_lowercase();
        let sector = captures.get(2).and_then(|digit| self.postcodes.get(&format!("{district} {}", digit.as_str())));
        sector.or_else(|| self.own.get(&district)).or_else(|| self.postcodes.get(&district)).cloned()
    }

    /// One of the council's own names as written at `start`; an ambiguous one only after "in",
    /// "near"...
    fn own_at(&self, message: &Message<'_>, start: usize, length: usize) -> Option<(usize, String)> {
        let point = self.own.get(message.key(start, length))?;
        (!self.is_ambiguous(&point.name) || message.follows_place_word(start)).then(|| message.written(start, length))
    }

    /// A UK-wide name at `start` meant as a place (see [`uk::Names::meant`]; an ambiguous one only
    /// after "in", "near"...), with the council after it that says which ("Newport, Isle of
    /// Wight"). A name of several places followed by a place that is clear ("Waterloo,
    /// Huddersfield", "Cliffe near Selby") gives way to that place.
    fn uk_at(&self, message: &Message<'_>, start: usize, length: usize) -> Option<(usize, String)> {
        if is_dedication(&message.words[start..start + length]) {
            return None;
        }
        let key = message.key(start, length);
        let places = self.uk.get(key)?;
        let after_place_word = message.follows_place_word(start);
        let meant = self.uk.meant(key, message.words[start].text, after_place_word)
            && (!self.ambiguous.contains(key) || after_place_word)
            && !self.own.contains_key(key);
        if !meant {
            return None;
        }
        let after = &message.words[start + length..];
        let taken = match self.uk.qualified(places, after) {
            Some((taken, _)) => taken,
            None if self.uk.settle(places).is_err() && self.names_a_clear_place(after) => return None,
            None => 0,
        };
        Some(message.written(start, length + taken))
    }

    /// Whether the words start (after a comma, "near" or "in") with a place that is clear.
    fn names_a_clear_place(&self, after: &[Word<'_>]) -> bool {
        let joins = after.iter().take_while(|w| ["near", "nr", "in"].contains(&w.text.to_lowercase().as_str())).count();
        let rest = &after[joins..];
        (1..=LONGEST_NAME.min(rest.len())).any(|length| {
            let key = name_key(&rest[..length]);
            self.own.contains_key(&key)
                || self.postcodes.contains_key(&key)
                || self.uk.get(&key).is_some_and(|places| self.uk.settle(places).is_ok())
        })
    }

    /// A misspelling of one of the council's own names, written the way a place is: with a
    /// capital, or after "in", "near"...; an ambiguous name only after those.
    fn guess_at(&self, message: &Message<'_>, start: usize, length: usize) -> Option<(usize, String)> {
        let after_place_word = message.follows_place_word(start);
        if !after_place_word && !message.words[start].text.starts_with(char::is_uppercase) {
            return None;
        }
        let (_, point) = self.closest(message.key(start, length))?;
        if self.is_ambiguous(&point.name) && !after_place_word {
            return None;
        }
        Some(message.written(start, length))
    }

    /// The UK-wide place words name: `Ok` when it is clear (the name is one place, the council
    /// after it says which, or [`uk::Names::settle`] does), `Err` with the likeliest when not;
    /// `None` when no UK-wide name starts the words.
    fn uk_place(&self, written: &[Word<'_>]) -> Option<Result<&PlacePoint, Vec<&uk::Place>>> {
        let (length, places) = (1..=written.len()).rev().find_map(|length| Some((length, self.uk.get(&name_key(&written[..length]))?)))?;
        let after = &written[length..];
        if let Some((_, place)) = self.uk.qualified(places, after).filter(|(taken, _)| *taken == after.len()) {
            return Some(Ok(&place.point));
        }
        (after.is_empty()).then(|| self.uk.settle(places).map(|place| &place.point))
    }

    fn is_ambiguous(&self, name: &str) -> bool {
        self.ambiguous.contains(&name.to_lowercase())
    }

    /// The nearest of the council's own names within the edit distance people's misspellings
    /// reach. A name whose length differs by more than that is never near, so it is not measured.
    fn closest(&self, key: &str) -> Option<(usize, &PlacePoint)> {
        let length = key.chars().count();
        let allowed = match length {
            0..=5 => return None,
            6..=8 => 1,
            _ => 2,
        };
        self.own
            .iter()
            .filter(|(name, _)| name.chars().next() == key.chars().next() && name.chars().count().abs_diff(length) <= allowed)
            .filter(|(name, _)| !name.chars().any(|c| c.is_ascii_digit()))
            .map(|(name, point)| (strsim::damerau_levenshtein(name, key), point))
            .filter(|(distance, _)| *distance <= allowed)
            .min_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.name.cmp(&b.1.name)))
    }
}

/// A message read for place names: its words, and the lookup key of every run of words that
/// could be a name, made once for the several passes over it.
struct Message<'t> {
    text: &'t str,
    words: Vec<Word<'t>>,
    /// `keys[start][length - 1]`: the key of the `length` words from `start`.
    keys: Vec<Vec<String>>,
}

impl<'t> Message<'t> {
    fn new(text: &'t str) -> Message<'t> {
        let words = words(text);
        let keys = (0..words.len())
            .map(|start| (1..=LONGEST_NAME.min(words.len() - start)).map(|length| name_key(&words[start..start + length])).collect())
            .collect();
        Message { text, words, keys }
    }

    /// Tries every run of words, earliest first and at one position the longest.
    fn scan(&self, at: impl Fn(usize, usize) -> Option<(usize, String)>) -> Option<(usize, String)> {
        (0..self.words.len()).find_map(|start| (1..=self.keys[start].len()).rev().find_map(|length| at(start, length)))
    }

    fn key(&self, start: usize, length: usize) -> &str {
        &self.keys[start][length - 1]
    }

    fn follows_place_word(&self, start: usize) -> bool {
        follows_place_word(&self.words, start)
    }

    /// Where a run of words starts, and the words as written (without a suffix such as "'s").
    /// The run may be longer than a key reaches (a name and its council).
    fn written(&self, start: usize, length: usize) -> (usize, String) {
        let (first, last) = (&self.words[start], &self.words[start + length - 1]);
        (first.start, strip_suffix(&self.text[first.start..last.end]).to_owned())
    }
}

/// The lines of a content list that are not blank or `#` comments, trimmed.
fn content_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The lookup key of a run of words: lower case, single spaces, "and" for "&", no possessive or
/// suffix after an apostrophe ("Dalston'da", "Batley's").
fn name_key(span: &[Word<'_>]) -> String {
    span.iter().map(|w| strip_suffix(w.text).to_lowercase().replace('&', "and")).collect::<Vec<_>>().join(" ")
}

/// The keys a place's name is found by: as a message's words give it ([`name_key`], "King's
/// Lynn" as "king lynn", as "Huddersfield's" is "huddersfield") and without its apostrophes, as
/// people often type it ("Kings Lynn", "Arthurs Hill").
fn keys_of(name: &str) -> Vec<String> {
    let mut keys = vec![name.to_lowercase(), name_key(&words(name))];
    keys.push(keys[0].replace(['\'', '\u{2019}'], ""));
    keys.sort();
    keys.dedup();
    keys
}

/// Whether words name a saint as a church is named ("St Paul's", "St Mary's"): in a message
/// that is the church or its hall far more often than the UK-wide place of that name, so it is
/// read as a place only when given as one (an answer to "whereabouts?", `--near`).
fn is_dedication(written: &[Word<'_>]) -> bool {
    let saint = written.first().is_some_and(|word| matches!(word.text.to_lowercase().as_str(), "st" | "saint"));
    saint && written.last().is_some_and(|word| strip_suffix(word.text).len() < word.text.len())
}

fn strip_suffix(written: &str) -> &str {
    match written.rfind(['\'', '\u{2019}']) {
        Some(index) if written.len() - index <= 4 => &written[..index],
        _ => written,
    }
}

fn follows_place_word(words: &[Word<'_>], start: usize) -> bool {
    start > 0 && PLACE_WORDS.contains(&words[start - 1].text.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::OnceLock;

    fn fixture() -> Gazetteer {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
        Gazetteer::load(&dir, &dir.join("ambiguous-places.txt")).unwrap()
    }

    /// The real gazetteer of `content/places`, UK-wide data and all, with no home area.
    fn uk() -> &'static Gazetteer {
        static LOADED: OnceLock<Gazetteer> = OnceLock::new();
        LOADED.get_or_init(|| uk_at_home(None))
    }

    fn uk_at_home(area: Option<&str>) -> Gazetteer {
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        let mut gazetteer = Gazetteer::load(&content.join("places"), &content.join("nlp/ambiguous-places.txt")).unwrap();
        if let Some(area) = area {
            assert!(gazetteer.set_home(area), "{area} is an area of the gazetteer");
        }
        gazetteer
    }

    fn found(text: &str) -> Option<String> {
        fixture().find(text)
    }

    #[test]
    fn finds_names_as_written_preferring_the_longest() {
        assert_eq!(found("anything on in dewsbury 2moro?").as_deref(), Some("dewsbury"));
        assert_eq!(found("a class near Batley Carr please").as_deref(), Some("Batley Carr"));
        assert_eq!(found("Merhaba, Dalston'da bir kahve").as_deref(), Some("Dalston"));
        assert_eq!(found("what's on this weekend"), None);
    }

    #[test]
    fn finds_postcodes_and_districts() {
        assert_eq!(found("what day are the bins in HD7").as_deref(), Some("HD7"));
        assert_eq!(found("I live at hd8 9xy now").as_deref(), Some("hd8 9xy"));
        assert_eq!(found("me and my mate are in yr 11"), None);
    }

    #[test]
    fn forgives_misspellings_but_not_ordinary_words() {
        assert_eq!(found("anything in Hudersfeild for teens").as_deref(), Some("Hudersfeild"));
        assert_eq!(found("I'm stuck at home all day"), None);
        assert_eq!(found("I make a mean Victoria sponge"), None);
        assert_eq!(found("walks near Victoria").as_deref(), Some("Victoria"));
    }

    #[test]
    fn masks_known_names_so_their_words_are_not_read_as_signs() {
        let gazetteer = fixture();
        assert_eq!(gazetteer.mask("walks round batley carr and dewsbury?"), "walks round somewhere and somewhere?");
        assert_eq!(gazetteer.mask("a victoria sponge near victoria"), "a victoria sponge near somewhere");
        assert_eq!(gazetteer.mask("nothing here"), "nothing here");
    }

    #[test]
    fn resolves_names_and_postcodes_to_points() {
        let gazetteer = fixture();
        assert_eq!(gazetteer.resolve("batley").unwrap().name, "Batley");
        assert_eq!(gazetteer.resolve("HD8 9XY").unwrap().name, "HD8");
        assert_eq!(gazetteer.resolve("Huddersfeild").unwrap().area, "kirklees");
        assert!(gazetteer.resolve("Paris").is_none());
    }

    #[test]
    fn any_uk_postcode_district_sector_or_postcode_is_a_point() {
        let district = uk().resolve("HP19").unwrap();
        assert_eq!((district.name.as_str(), district.area.as_str()), ("HP19", "Buckinghamshire"));
        assert!((district.lat - 51.82).abs() < 0.02 && (district.lon + 0.83).abs() < 0.02, "{district:?}");
        assert_eq!(uk().resolve("hp19 7").unwrap().name, "HP19 7");
        assert_eq!(uk().resolve("HP19 7AB").unwrap().name, "HP19 7", "a whole postcode is placed by its sector");
        assert_eq!(uk().resolve("HP19 5ZZ").unwrap().name, "HP19", "an unknown sector falls back to its district");
        assert_eq!(uk().resolve("EH1").unwrap().area, "City of Edinburgh");
        assert_eq!(uk().resolve("BT1").unwrap().area, "Belfast City");
        assert_eq!(uk().resolve("HD8 9XY").unwrap().name, "HD8 9", "a sector is closer than the council's own district");
        assert_eq!(uk().resolve("HD8").unwrap().area, "kirklees", "the council's own list wins for its names");
    }

    #[test]
    fn towns_and_villages_anywhere_resolve_by_name() {
        assert_eq!(uk().resolve("Aylesbury").unwrap().area, "Buckinghamshire");
        assert_eq!(uk().resolve("aylesbury").unwrap().name, "Aylesbury");
        assert_eq!(uk().resolve("Wendover").unwrap().area, "Buckinghamshire");
        assert_eq!(uk().resolve("Manchester").unwrap().area, "Manchester");
        assert_eq!(uk().resolve("Batley").unwrap().area, "kirklees", "the council's own list wins");
        assert!(uk().resolve("Paris").is_none());
    }

    /// City neighbourhoods the postal and population lists lack are electoral wards, placed at
    /// the middle of their postcodes; a ward named like a village nearby is that village, and a
    /// ward name of ordinary words several councils use ("Castle", "Park") is no place at all.
    #[test]
    fn wards_name_city_neighbourhoods_anywhere() {
        for (ward, council) in
            [("Pollokshields", "Glasgow City"), ("Mumbles", "Swansea"), ("Rusholme", "Manchester"), ("Greater Pollok", "Glasgow City")]
        {
            assert_eq!(uk().resolve(ward).map(|p| p.area), Some(council.to_owned()), "{ward}");
        }
        assert_eq!(uk().find("any choirs near Pollokshields?").as_deref(), Some("Pollokshields"));
        assert_eq!(uk().find("a walking group in Mumbles"), Some("Mumbles".to_owned()));
        assert_eq!(uk().find("my mum mumbles a lot"), None, "an ordinary word is a place only after in, near...");
        assert!(uk().resolve("Castle").is_none() && uk().choices("Castle").is_empty());
        assert!(uk().choices("St Mary's").iter().all(|choice| !choice.contains("Oxford")), "a saint's name is the church, not the ward");
        let morriston = uk().candidates("Morriston");
        assert!(morriston.len() >= 2 && morriston.iter().any(|place| place.area == "Swansea"), "{morriston:?}");
    }

    /// A place of the council's own list (`harrogate`) is also known by its council of today in
    /// the UK-wide data, which is how a directory may name it; counties over several councils
    /// are no council area.
    #[test]
    fn a_point_has_its_council_of_today_and_council_names_are_known() {
        let boroughbridge = uk().resolve("Boroughbridge").unwrap();
        assert_eq!(boroughbridge.area, "harrogate");
        assert_eq!(uk().council_area_at(boroughbridge.lat, boroughbridge.lon).as_deref(), Some("North Yorkshire"));
        let areas = uk().council_areas();
        assert!(["North Yorkshire", "Calderdale", "Melton", "kirklees"].iter().all(|area| areas.iter().any(|known| known == area)));
        assert!(!areas.iter().any(|known| known == "Leicestershire"), "a county over several councils");
    }

    #[test]
    fn a_name_of_several_places_asks_which_unless_something_settles_it() {
        assert!(uk().resolve("Newport").is_none());
        let choices = uk().choices("Newport");
        assert_eq!(choices.len(), MOST_CHOICES);
        assert!(choices.contains(&"Newport, Isle of Wight".to_owned()), "{choices:?}");
        assert!(uk().choices("Richmond").len() >= 2);
        assert_eq!(uk().resolve("Newport, Isle of Wight").unwrap().area, "Isle of Wight");
        assert_eq!(uk().resolve("Richmond North Yorkshire").unwrap().area, "North Yorkshire");
        assert!(uk().choices("Newport, Isle of Wight").is_empty());
        assert_eq!(uk().resolve("Bradford").unwrap().area, "Bradford", "the only town of the name");
        assert!(uk().choices("Aylesbury").is_empty() && uk().choices("Batley").is_empty());
    }

    /// A name with an apostrophe is found as written, in a message, and as typed without one.
    #[test]
    fn names_with_apostrophes_are_found_however_they_are_typed() {
        for written in ["King's Lynn", "Kings Lynn", "kings lynn", "King\u{2019}s Lynn"] {
            assert_eq!(uk().resolve(written).map(|p| p.area).as_deref(), Some("King's Lynn and West Norfolk"), "{written}");
        }
        assert_eq!(uk().resolve("Arthurs Hill").unwrap().area, "Newcastle upon Tyne");
        assert_eq!(uk().find("any choirs near Kings Lynn?").as_deref(), Some("Kings Lynn"));
    }

    /// "Ely" is the Cambridgeshire town unless something says otherwise, so the person is not
    /// asked which; but the Cardiff suburb stays a candidate, for a directory whose venues are
    /// all in Cardiff to settle it. The deployment's own area settles it for good.
    #[test]
    fn the_only_town_of_a_name_is_a_guess_that_leaves_the_others_open() {
        assert_eq!(uk().resolve("Ely").unwrap().area, "East Cambridgeshire");
        assert!(uk().choices("Ely").is_empty());
        let ely = uk().candidates("Ely");
        assert!(ely.iter().any(|place| place.area == "Cardiff") && ely[0].area == "East Cambridgeshire", "{ely:?}");
        assert!(uk_at_home(Some("Cardiff")).candidates("Ely").is_empty());
        assert!(uk().candidates("Aylesbury").is_empty(), "a name of one place");
    }

    /// A misspelling of the council's own names is a guess a caller may put after names it
    /// knows itself: "Sharrow" (a Sheffield neighbourhood on no map) is read as the village
    /// of Sharow only by `resolve`.
    #[test]
    fn a_known_name_is_resolved_without_guessing_at_misspellings() {
        assert_eq!(uk().resolve("Sharrow").unwrap().name, "Sharow");
        assert!(uk().resolve_known("Sharrow").is_none());
        assert!(uk().resolve("Handsworth").is_none(), "a name of several places is not a misspelling of Hunsworth");
        assert_eq!(uk().resolve_known("Batley").unwrap().area, "kirklees");
        assert_eq!(uk().resolve_known("HD8").unwrap().area, "kirklees");
    }

    #[test]
    fn the_deployments_own_area_settles_a_shared_name() {
        let isle = uk_at_home(Some("Isle of Wight"));
        assert_eq!(isle.resolve("Newport").unwrap().area, "Isle of Wight");
        assert!(isle.choices("Newport").is_empty());
        let dales = uk_at_home(Some("north-yorkshire"));
        assert_eq!(dales.resolve("Richmond").unwrap().area, "North Yorkshire");
        assert_eq!(uk_at_home(Some("kirklees")).resolve("Sutton").unwrap().area, "Doncaster", "the nearest within reach");
        assert!(uk_at_home(Some("kirklees")).resolve("Richmond").is_none(), "none within reach: still unclear");
        assert!(!uk_at_home(None).set_home("Atlantis"));
    }

    #[test]
    fn uk_names_in_messages_must_look_like_places() {
        let find = |text: &str| uk().find(text);
        assert_eq!(find("walking group in Aylesbury").as_deref(), Some("Aylesbury"));
        assert_eq!(find("any walking groups near aylesbury").as_deref(), Some("aylesbury"));
        assert_eq!(find("Newport, Isle of Wight please").as_deref(), Some("Newport, Isle of Wight"));
        assert_eq!(find("something on in Street on Sunday").as_deref(), Some("Street"));
        assert_eq!(find("a quiet street with a bath and a reading group"), None);
        assert_eq!(find("I like reading"), None);
        assert_eq!(find("anything on in March?"), None, "a month is never a place");
        assert_eq!(find("Hope you can help"), None);
        assert_eq!(find("I'm stuck at home all day"), None);
        assert_eq!(find("RING ME BACK IM AT WORK TILL 4"), None, "capitals throughout are no sign of a name");
        assert_eq!(find("the coffee morning at St Paul's, or found on Market Street"), None);
        assert_eq!(find("I make a mean Victoria sponge"), None, "the ambiguous list holds for UK-wide names too");
        assert_eq!(find("we're off to Wales"), None);
    }

    #[test]
    fn the_councils_own_places_come_before_places_elsewhere() {
        let find = |text: &str| uk().find(text);
        assert_eq!(find("moved from Glasgow to Stamford Hill, don't know a soul").as_deref(), Some("Stamford Hill"));
        assert_eq!(find("im in Waterloo, Huddersfield, is there a men's shed").as_deref(), Some("Huddersfield"));
        assert_eq!(find("just moved to Cliffe near Selby").as_deref(), Some("Selby"), "a clear place says where an unclear one is");
    }
}
