//! Finding the place a message names, and turning it into a point: the gazetteer of
//! `content/places/places.csv`, UK postcodes, and forgiving matching for common misspellings.

use crate::error::read_text;
use crate::text::{words, Word};
use crate::NlpError;
use regex::Regex;
use std::collections::HashMap;
use std::path::Path;

/// Longest place name, in words, that the finder tries ("Ripon Minster and Moorside").
const LONGEST_NAME: usize = 5;
/// Words before an ambiguous name that show it is meant as a place.
const PLACE_WORDS: [&str; 11] = ["in", "near", "at", "around", "round", "from", "to", "by", "nr", "live", "area"];
/// UK postcode areas with letters only, so "E5" or "N16" is read as a postcode but "Y11" is not.
const POSTCODE_AREAS: &str = "AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL GU HA HD HG HP HR HS HU HX IG IP IV KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE";

/// Where a place is, so the directory search can rank what is near it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PlacePoint {
    /// The gazetteer's spelling ("Batley", "HD8").
    pub name: String,
    /// Latitude, WGS84 degrees.
    pub lat: f64,
    /// Longitude, WGS84 degrees.
    pub lon: f64,
    /// The council area: `kirklees`, `harrogate` or `hackney`.
    pub area: String,
}

/// The places a council's directory covers, by lower-case name.
#[derive(Debug)]
pub struct Gazetteer {
    places: HashMap<String, PlacePoint>,
    /// Names that are also ordinary words or first names: they count only after "in", "near"...
    ambiguous: Vec<String>,
    postcode: Regex,
}

impl Gazetteer {
    /// Loads `places.csv` (header `name,kind,area,lat,lon`) and the list of ambiguous names.
    pub fn load(places_csv: &Path, ambiguous_names: &Path) -> Result<Gazetteer, NlpError> {
        let places = parse_places(&read_text(places_csv)?)
            .map_err(|(line, message)| NlpError::Format { path: places_csv.to_owned(), line, message })?;
        let ambiguous = read_text(ambiguous_names)?
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_lowercase)
            .collect();
        Ok(Gazetteer::new(places, ambiguous))
    }

    fn new(places: HashMap<String, PlacePoint>, ambiguous: Vec<String>) -> Gazetteer {
        let areas = POSTCODE_AREAS.split(' ').collect::<Vec<_>>().join("|");
        let pattern = format!(r"(?i)\b((?:{areas})[0-9][0-9A-Z]?)(?:\s*([0-9][A-Z]{{2}}))?\b");
        let postcode = Regex::new(&pattern).expect("the postcode pattern is valid");
        Gazetteer { places, ambiguous, postcode }
    }

    /// The words of a message that name a place, as written, with the place when it is known;
    /// the earliest wins, and at one position the longest ("HD8 9XY" over "HD8").
    pub fn find(&self, text: &str) -> Option<(String, Option<PlacePoint>)> {
        let words = words(text);
        let named = self.find_name(text, &words);
        let postcode = self.find_postcode(text);
        let first = match (named, postcode) {
            (Some(n), Some(p)) => if (p.0, usize::MAX - p.1.len()) < (n.0, usize::MAX - n.1.len()) { p } else { n },
            (n, p) => n.or(p)?,
        };
        Some((first.1, first.2))
    }

    /// Turns words such as "Batley", "hd8", "HD8 9XY" or "Hudersfield" into a point.
    pub fn resolve(&self, words_of_place: &str) -> Option<PlacePoint> {
        let trimmed = words_of_place.trim();
        if let Some(captures) = self.postcode.captures(trimmed).filter(|c| c.get(0).map(|m| m.as_str().len()) == Some(trimmed.len())) {
            return self.places.get(&captures[1].to_lowercase()).cloned();
        }
        let key = name_key(&words(trimmed));
        self.places.get(&key).cloned().or_else(|| self.closest(&key).map(|(_, p)| p.clone()))
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
            self.places
                .get(&name_key(&words[start..start + length]))
                .is_some_and(|point| !self.is_ambiguous(&point.name) || follows_place_word(words, start))
        })
    }

    fn find_postcode(&self, text: &str) -> Option<(usize, String, Option<PlacePoint>)> {
        let captures = self.postcode.captures(text)?;
        let whole = captures.get(0)?;
        let point = self.places.get(&captures[1].to_lowercase()).cloned();
        Some((whole.start(), whole.as_str().to_owned(), point))
    }

    /// The earliest name in the message; at one position the longest wins ("Batley Carr").
    fn find_name(&self, text: &str, words: &[Word<'_>]) -> Option<(usize, String, Option<PlacePoint>)> {
        let exact = self.scan(text, words, false, |key| self.places.get(key).cloned());
        exact.or_else(|| self.scan(text, words, true, |key| self.closest(key).map(|(_, p)| p.clone())))
    }

    /// Tries every run of words; a guessed (misspelt) or ambiguous name must look like a place:
    /// after "in", "near"... or, for a guess, written with a capital.
    fn scan(
        &self,
        text: &str,
        words: &[Word<'_>],
        guessing: bool,
        lookup: impl Fn(&str) -> Option<PlacePoint>,
    ) -> Option<(usize, String, Option<PlacePoint>)> {
        for start in 0..words.len() {
            for length in (1..=LONGEST_NAME.min(words.len() - start)).rev() {
                let span = &words[start..start + length];
                let after_place_word = follows_place_word(words, start);
                if guessing && !after_place_word && !span[0].text.starts_with(char::is_uppercase) {
                    continue;
                }
                let Some(point) = lookup(&name_key(span)) else { continue };
                if self.is_ambiguous(&point.name) && !after_place_word {
                    continue;
                }
                let written = &text[span[0].start..span[length - 1].end];
                return Some((span[0].start, strip_suffix(written).to_owned(), Some(point)));
            }
        }
        None
    }

    fn is_ambiguous(&self, name: &str) -> bool {
        self.ambiguous.iter().any(|a| a.eq_ignore_ascii_case(name))
    }

    /// The nearest name within the edit distance people's misspellings reach.
    fn closest(&self, key: &str) -> Option<(usize, &PlacePoint)> {
        let allowed = match key.chars().count() {
            0..=5 => return None,
            6..=8 => 1,
            _ => 2,
        };
        self.places
            .iter()
            .filter(|(name, _)| name.chars().next() == key.chars().next() && !name.chars().any(|c| c.is_ascii_digit()))
            .map(|(name, point)| (strsim::damerau_levenshtein(name, key), point))
            .filter(|(distance, _)| *distance <= allowed)
            .min_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.name.cmp(&b.1.name)))
    }
}

/// The lookup key of a run of words: lower case, single spaces, "and" for "&", no possessive or
/// suffix after an apostrophe ("Dalston'da", "Batley's").
fn name_key(span: &[Word<'_>]) -> String {
    span.iter()
        .map(|w| strip_suffix(w.text).to_lowercase().replace('&', "and"))
        .collect::<Vec<_>>()
        .join(" ")
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

fn parse_places(text: &str) -> Result<HashMap<String, PlacePoint>, (usize, String)> {
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, header)) if header.trim() == "name,kind,area,lat,lon" => {}
        _ => return Err((1, "the header must be name,kind,area,lat,lon".into())),
    }
    let mut places = HashMap::new();
    for (index, line) in lines.filter(|(_, l)| !l.trim().is_empty()) {
        let point = parse_place(line).map_err(|message| (index + 1, message))?;
        places.insert(point.name.to_lowercase(), point);
    }
    Ok(places)
}

fn parse_place(line: &str) -> Result<PlacePoint, String> {
    let fields: Vec<&str> = line.split(',').map(str::trim).collect();
    let [name, _kind, area, lat, lon] = fields[..] else {
        return Err(format!("expected 5 fields, found {}", fields.len()));
    };
    let number = |field: &str| field.parse::<f64>().map_err(|_| format!("{field:?} is not a number"));
    Ok(PlacePoint { name: name.to_owned(), lat: number(lat)?, lon: number(lon)?, area: area.to_owned() })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture() -> Gazetteer {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
        Gazetteer::load(&dir.join("places.csv"), &dir.join("ambiguous-places.txt")).unwrap()
    }

    fn found(text: &str) -> Option<String> {
        fixture().find(text).map(|(written, _)| written)
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
}
