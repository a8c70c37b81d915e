//! What kind of help a service gives when its feed does not say in Front Door's own
//! `frontdoor-help` terms: most council feeds don't, and without this a food bank in one would
//! be offered as a group and a practical need would find nothing. The kind is read from the
//! service's own words with the phrase lists of `content/directory/help-words.toml`, which a
//! council can extend without a compiler.

use super::model::Service;
use flows::Words;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// The term a practical service carries.
pub const PRACTICAL_TERM: &str = "Practical help";
/// The term a way to volunteer carries.
pub const VOLUNTEERING_TERM: &str = "Volunteering";
/// The term help to start a group carries.
pub const START_GROUP_TERM: &str = "Starting a group";
/// The term a befriending scheme carries: a group still, offered first for someone to talk to.
pub const BEFRIENDING_TERM: &str = "Befriending";

/// The phrase lists, as written in `help-words.toml`.
#[derive(Debug, Default, Deserialize)]
pub struct HelpWords {
    /// Practical needs by their term name ("Food"), each with the phrases that show it.
    practical: BTreeMap<String, Vec<String>>,
    /// What shows a way to volunteer.
    volunteering: Volunteering,
    /// What shows help to start a group.
    start_group: Phrases,
    /// What shows a befriending scheme; a council's list from before there was one loads
    /// without it.
    #[serde(default)]
    befriending: Phrases,
}

/// Volunteering is told from any mention in a name or category, but only from plain offers in
/// a description, since many groups say they are "run by volunteers".
#[derive(Debug, Default, Deserialize)]
struct Volunteering {
    name: Vec<String>,
    description: Vec<String>,
}

/// A kind told from any of its phrases in a service's name, categories or description.
#[derive(Debug, Default, Deserialize)]
struct Phrases {
    phrases: Vec<String>,
}

impl HelpWords {
    /// Reads `directory/help-words.toml` from the content folder.
    pub fn load(content_dir: &Path) -> anyhow::Result<HelpWords> {
        let path = content_dir.join("directory").join("help-words.toml");
        let text = std::fs::read_to_string(&path).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
        let mut words: HelpWords = toml::from_str(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        words.phrases_mut().for_each(|phrase| *phrase = Words::phrase(phrase));
        Ok(words)
    }

    /// Every phrase of every list, to read them once into the form [`Words::has`] matches.
    fn phrases_mut(&mut self) -> impl Iterator<Item = &mut String> {
        let practical = self.practical.values_mut().flatten();
        let volunteering = self.volunteering.name.iter_mut().chain(self.volunteering.description.iter_mut());
        practical.chain(volunteering).chain(self.start_group.phrases.iter_mut()).chain(self.befriending.phrases.iter_mut())
    }

    /// Adds the kind-of-help terms a service's words show, unless its feed gave some already.
    pub fn mark(&self, service: &mut Service) {
        if service.other_terms.iter().any(|term| is_help_term(term)) {
            return;
        }
        let name = Words::new(&format!("{} {}", service.name, service.other_terms.join(" ")));
        let all = Words::new(&format!("{} {} {}", service.name, service.other_terms.join(" "), service.description));
        let needs: Vec<String> =
            self.practical.iter().filter(|(_, phrases)| has_any(&all, phrases)).map(|(need, _)| need.clone()).collect();
        let mut terms = Vec::new();
        if has_any(&all, &self.start_group.phrases) {
            terms.push(START_GROUP_TERM.to_string());
        }
        if has_any(&all, &self.befriending.phrases) {
            terms.push(BEFRIENDING_TERM.to_string());
        }
        if has_any(&name, &self.volunteering.name) || has_any(&all, &self.volunteering.description) {
            terms.push(VOLUNTEERING_TERM.to_string());
        } else if !needs.is_empty() {
            terms.push(PRACTICAL_TERM.to_string());
            terms.extend(needs);
        }
        service.other_terms.extend(terms);
    }
}

/// Whether a term says what kind of help a service is.
pub fn is_help_term(term: &str) -> bool {
    [PRACTICAL_TERM, VOLUNTEERING_TERM, START_GROUP_TERM].iter().any(|kind| term.eq_ignore_ascii_case(kind))
}

/// Whether the words hold any of the phrases (already read with [`Words::phrase`]).
fn has_any(words: &Words, phrases: &[String]) -> bool {
    phrases.iter().any(|phrase| words.has(phrase))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> HelpWords {
        HelpWords::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).unwrap()
    }

    fn marked(name: &str, description: &str, terms: &[&str]) -> Vec<String> {
        let mut service = Service::new("s", name);
        service.description = description.into();
        service.other_terms = terms.iter().map(|t| t.to_string()).collect();
        words().mark(&mut service);
        service.other_terms
    }

    #[test]
    fn a_council_feeds_practical_services_are_known_by_their_words() {
        assert_eq!(marked("Batley Food Bank", "Emergency food parcels with a referral.", &[]), ["Practical help", "Food"]);
        assert_eq!(
            marked("Warm Homes Kirklees", "Free energy advice and help with heating costs.", &["Advice"]),
            ["Advice", "Practical help", "Fuel and bills"]
        );
        assert_eq!(
            marked("Kirklees Dial-a-Ride", "Door to door transport for people who cannot use buses.", &[]),
            ["Practical help", "Transport costs"]
        );
        assert_eq!(
            marked("Money Matters", "<p>Debt advice and benefits advice, free and confidential.</p>", &[]),
            ["Practical help", "Money and benefits"]
        );
    }

    #[test]
    fn volunteering_and_starting_a_group_are_told_from_groups_run_by_volunteers() {
        assert_eq!(marked("City Farm Volunteers", "Help look after the animals.", &[]), ["Volunteering"]);
        assert_eq!(marked("Knit and Natter", "A friendly group run by volunteers.", &[]), Vec::<String>::new());
        assert_eq!(marked("Community Starter Grants", "Up to £500 to start a group in your area.", &[]), ["Starting a group"]);
        assert_eq!(marked("Thursday Lunch Club", "A hot two-course lunch and good company.", &[]), Vec::<String>::new());
    }

    #[test]
    fn befriending_is_told_from_its_words_and_stays_a_group() {
        assert_eq!(marked("Harrogate Phone Friends", "A volunteer rings you for a chat each week.", &[]), ["Befriending"]);
        assert_eq!(marked("Visiting Friends", "Home visits for older people who live alone.", &[]), ["Befriending"]);
        assert_eq!(marked("Wednesday Walkers", "A gentle walk and a chat.", &[]), Vec::<String>::new());
        assert!(!is_help_term(BEFRIENDING_TERM), "a befriending scheme is not practical help");
    }

    #[test]
    fn a_council_list_without_befriending_still_loads() {
        let words: HelpWords = toml::from_str(
            "[practical]\nFood = [\"food bank\"]\n[volunteering]\nname = []\ndescription = []\n[start_group]\nphrases = []\n",
        )
        .unwrap();
        assert!(words.befriending.phrases.is_empty());
    }

    #[test]
    fn terms_from_the_feed_are_kept_as_they_are() {
        assert_eq!(marked("Food bank", "", &["Volunteering"]), ["Volunteering"]);
    }
}
