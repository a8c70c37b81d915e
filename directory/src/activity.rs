//! The finer kinds of activity inside the interest tags: swimming and bowls are both "sport and
//! fitness", singing and a ukulele group both "music", yet someone who asks for one does not
//! want the other. The kinds and the words that name them are content
//! (`content/directory/activities.toml`), so a council can add its own without a compiler.
//!
//! A group is about the activities its name names; a person asks for the ones their words name.
//! The ranking leaves out a group about other activities only ([`Activities::related`]), so the
//! answer is the thing asked for, or fewer ideas said plainly, never the nearest other sport.

use flows::Words;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// The most kinds a list may hold: a set of them is one `u64`.
const MOST_KINDS: usize = 64;

/// A set of activity kinds, one bit each, by their place in [`Activities`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Named(u64);

impl Named {
    /// Whether no activity was named.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    fn with(self, kind: usize) -> Named {
        Named(self.0 | (1 << kind))
    }

    fn kinds(self) -> impl Iterator<Item = usize> {
        (0..MOST_KINDS).filter(move |kind| self.0 & (1 << kind) != 0)
    }
}

/// One kind as written in the file.
#[derive(Debug, Deserialize)]
struct Written {
    /// The broader kind this is one of ("music" for singing).
    #[serde(default)]
    within: Option<String>,
    /// The phrases that name it.
    words: Vec<String>,
    /// How a reply names it when the kind's own name reads badly there ("instrument groups"
    /// for instruments, in "I couldn't find any ... near Batley").
    #[serde(default)]
    say: Option<String>,
}

/// The file: the kinds by name, and the everyday phrases that name none.
#[derive(Debug, Deserialize)]
struct File {
    /// Phrases with an activity's word in them that name no activity ("walking frame",
    /// "walking distance"): their words are taken, so "I use a walking frame" asks for no walk.
    #[serde(default)]
    everyday: Vec<String>,
    /// The kinds, by name.
    #[serde(flatten)]
    kinds: BTreeMap<String, Written>,
}

/// The kinds of activity and the phrases that name them.
#[derive(Debug, Default)]
pub struct Activities {
    /// Every phrase as words, with the kind it names (none for an everyday phrase), longest
    /// first so a longer phrase is found before the shorter ones inside it.
    phrases: Vec<(Vec<String>, Option<usize>)>,
    /// Each kind's broader kinds, itself included, as a set.
    lineage: Vec<Named>,
    /// How a reply names each kind.
    says: Vec<String>,
}

impl Activities {
    /// Reads `directory/activities.toml` from the content folder.
    pub fn load(content_dir: &Path) -> anyhow::Result<Activities> {
        let path = content_dir.join("directory").join("activities.toml");
        let text = std::fs::read_to_string(&path).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
        Activities::parse(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
    }

    /// Reads the kinds from the text of an activities file.
    pub fn parse(text: &str) -> anyhow::Result<Activities> {
        let File { everyday, kinds: written } = toml::from_str(text)?;
        anyhow::ensure!(written.len() <= MOST_KINDS, "at most {MOST_KINDS} kinds of activity, not {}", written.len());
        let place = |name: &str| written.keys().position(|key| key == name);
        let mut parents = Vec::with_capacity(written.len());
        for (name, kind) in &written {
            let parent = kind
                .within
                .as_deref()
                .map(|within| place(within).ok_or_else(|| anyhow::anyhow!("{name} is within {within}, which is not listed")));
            parents.push(parent.transpose()?);
        }
        let lineage = (0..written.len()).map(|kind| lineage_of(kind, &parents)).collect::<anyhow::Result<_>>()?;
        let as_words = |phrase: &String| Words::new(phrase).tokens().map(str::to_owned).collect::<Vec<_>>();
        let mut phrases: Vec<(Vec<String>, Option<usize>)> = written
            .values()
            .enumerate()
            .flat_map(|(kind, written)| written.words.iter().map(move |phrase| (as_words(phrase), Some(kind))))
            .chain(everyday.iter().map(|phrase| (as_words(phrase), None)))
            .filter(|(words, _)| !words.is_empty())
            .collect();
        phrases.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
        let says = written.iter().map(|(name, kind)| kind.say.clone().unwrap_or_else(|| name.clone())).collect();
        Ok(Activities { phrases, lineage, says })
    }

    /// The activities a group is about: those its name names, else those its description
    /// names (a "Friendship Group" whose description says it walks), since a description
    /// mentions too much in passing to count beside a name that says.
    pub fn of_group(&self, name: &str, description: &str) -> Named {
        let named = self.named_in(name);
        if named.is_empty() {
            self.named_in(description)
        } else {
            named
        }
    }

    /// The activities the text names. A word already taken by a longer phrase names nothing
    /// more: "walking football" is football, not walking too. A kind named just after a "not"
    /// ("something different, not walking", "anything that's not sport") is ruled out, not
    /// asked, wherever else the text names it.
    pub fn named_in(&self, text: &str) -> Named {
        let words = Words::new(text);
        let tokens: Vec<&str> = words.tokens().collect();
        let mut taken = vec![false; tokens.len()];
        let (mut named, mut refused) = (Named::default(), Named::default());
        for (phrase, kind) in &self.phrases {
            for start in 0..tokens.len().saturating_sub(phrase.len() - 1) {
                let span = start..start + phrase.len();
                if tokens[span.clone()] == phrase[..] && !taken[span.clone()].iter().any(|&used| used) {
                    taken[span].fill(true);
                    let Some(kind) = *kind else { continue };
                    if refuses(&tokens[start.saturating_sub(NEGATION_REACH)..start]) {
                        refused = refused.with(kind);
                    } else {
                        named = named.with(kind);
                    }
                }
            }
        }
        Named(named.0 & !refused.0)
    }

    /// Whether a group about the activities `group` is about what was `asked` for: one of
    /// them is one asked, a kind of one asked (a choir for "music"), or the broader kind of one
    /// asked (a music group for "singing"). Two kinds of one broader kind (swimming and bowls)
    /// are not related. Nothing asked, or a group that names no activity (a friendship club,
    /// grants to start a group), is always related: then only its tags and meaning can tell.
    /// Holding such groups out too lost more good answers than off-topic ones on the
    /// directory development sets (help to start a walking group, a youth club for board games).
    pub fn related(&self, asked: Named, group: Named) -> bool {
        if asked.is_empty() || group.is_empty() {
            return true;
        }
        asked.kinds().any(|wanted| group.kinds().any(|kind| self.within(kind, wanted) || self.within(wanted, kind)))
    }

    /// The kinds, as a reply names them: "swimming or yoga". A broader kind asked beside one of
    /// its own ("exercise, like swimming") is left to the narrower one, which says more.
    pub fn say(&self, named: Named) -> String {
        let narrowest = named.kinds().filter(|&kind| !named.kinds().any(|other| other != kind && self.within(other, kind)));
        narrowest.map(|kind| self.says[kind].as_str()).collect::<Vec<_>>().join(" or ")
    }

    /// Whether `kind` is `broader` or one of its kinds, at any depth.
    fn within(&self, kind: usize, broader: usize) -> bool {
        self.lineage[kind].0 & (1 << broader) != 0
    }
}

/// How many words before an activity a "not" may stand: "not sport", "not really walking".
const NEGATION_REACH: usize = 2;

/// Words that rule out what follows them.
const NEGATIONS: [&str; 7] = ["not", "no", "nothing", "never", "dont", "without", "except"];

/// Whether the words just before an activity rule it out.
fn refuses(before: &[&str]) -> bool {
    before.iter().any(|word| NEGATIONS.contains(word))
}

/// The activities a person asked for, with the list that says how kinds relate: what a search
/// holds to judge each group by.
#[derive(Debug, Clone, Copy)]
pub struct Asked<'a> {
    /// The kinds and how they relate.
    pub activities: &'a Activities,
    /// The ones the person's words named.
    pub named: Named,
}

impl Asked<'_> {
    /// Whether a group about `group` is about what was asked ([`Activities::related`]).
    pub fn fits(&self, group: Named) -> bool {
        self.activities.related(self.named, group)
    }

    /// The activities asked for, as a reply names them, when none of the groups `offered` is
    /// one of them or a kind of one: then the reply says plainly "I couldn't find any swimming
    /// near Batley" before any other idea, instead of passing a garden group off as the
    /// swimming asked for. A group that names no activity, or only a broader kind (a stroke
    /// club's gentle exercise for "yoga"), may still be offered, but not as the thing asked.
    pub fn unmet(&self, offered: impl IntoIterator<Item = Named>) -> Option<String> {
        if self.named.is_empty() {
            return None;
        }
        let activities = self.activities;
        let is_asked = |kind: usize| self.named.kinds().any(|wanted| activities.within(kind, wanted));
        let met = offered.into_iter().any(|group| group.kinds().any(is_asked));
        (!met).then(|| activities.say(self.named))
    }
}

/// No activity asked: every group fits. Only the ranking's tests build a query without the
/// content's list; every search reads the person's words with it.
#[cfg(test)]
pub(crate) static NONE_ASKED: Asked<'static> = Asked { activities: &NO_ACTIVITIES, named: Named(0) };

/// An empty list, for [`NONE_ASKED`].
#[cfg(test)]
static NO_ACTIVITIES: Activities = Activities { phrases: Vec::new(), lineage: Vec::new(), says: Vec::new() };

/// A kind with all its broader kinds, failing on a `within` that loops back.
fn lineage_of(kind: usize, parents: &[Option<usize>]) -> anyhow::Result<Named> {
    let mut lineage = Named::default().with(kind);
    let mut at = kind;
    while let Some(parent) = parents[at] {
        anyhow::ensure!(lineage.0 & (1 << parent) == 0, "the activities' `within` go round in a circle");
        lineage = lineage.with(parent);
        at = parent;
    }
    Ok(lineage)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn activities() -> Activities {
        Activities::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).unwrap()
    }

    fn related(asked: &str, group_name: &str) -> bool {
        let activities = activities();
        activities.related(activities.named_in(asked), activities.named_in(group_name))
    }

    #[test]
    fn another_kind_of_the_same_interest_is_not_what_was_asked() {
        assert!(!related("what about swimming?", "Almondbury Bowls Club"));
        assert!(!related("is there a walking group in Marsden?", "Meltham Couch to 5K Runners"));
        assert!(!related("somewhere to sing", "Huddersfield Inclusive Dance"));
        assert!(!related("a choir", "Ukulele Jam Session"));
        assert!(!related("a pottery class", "Stoke Newington Knitting Circle"));
    }

    #[test]
    fn the_same_kind_a_narrower_or_a_broader_one_is() {
        assert!(related("any knitting groups in Batley", "Golcar Knit and Natter"));
        assert!(related("singing", "Dewsbury Community Choir"));
        assert!(related("anything musical", "Dewsbury Community Choir"));
        assert!(related("a choir", "Community Music Group"));
        assert!(related("some exercise", "Swim and Social"));
        assert!(related("art class", "Shacklewell Photography Walks"));
        assert!(related("any craft groups in pateley bridge", "Killinghall Art Group"));
    }

    #[test]
    fn nothing_named_on_either_side_leaves_it_to_the_tags_and_meaning() {
        assert!(related("something to get me out of the house", "Almondbury Bowls Club"));
        assert!(related("swimming", "Golcar Friendship Group"));
    }

    #[test]
    fn a_group_whose_name_names_nothing_is_about_what_its_description_names() {
        let activities = activities();
        let walks_sometimes = activities.of_group("Golcar Friendship Group", "A cuppa and a chat, and a short walk in summer.");
        assert!(activities.related(activities.named_in("a walking group"), walks_sometimes));
        assert!(!activities.related(activities.named_in("football or badminton"), walks_sometimes));
        let gardens = activities.of_group("Harrogate Valley Gardens Walking Group", "Gardening club members lead it.");
        assert!(!activities.related(activities.named_in("gardening"), gardens), "the name says what it is");
    }

    #[test]
    fn an_activity_said_after_not_is_ruled_out_not_asked() {
        let activities = activities();
        assert!(activities.named_in("walking or similar. something different, not walking").is_empty());
        assert!(activities.named_in("anything to do after school thats not sport").is_empty());
        assert!(!activities.named_in("no running, just a gentle walk").is_empty(), "the walk is still asked");
    }

    #[test]
    fn a_longer_phrase_takes_its_words() {
        let activities = activities();
        let walking_football = activities.named_in("Huddersfield Walking Football 50+");
        assert!(!activities.related(activities.named_in("a walking group"), walking_football));
        assert!(activities.related(activities.named_in("football"), walking_football));
    }

    #[test]
    fn place_names_and_other_meanings_name_no_activity() {
        let activities = activities();
        for words in [
            "Pateley Bridge",
            "Harrogate Valley Gardens",
            "run by volunteers",
            "I have a history of depression",
            "my bank card",
            "I use a walking frame",
            "within walking distance",
        ] {
            assert!(activities.named_in(words).is_empty(), "{words}");
        }
    }

    #[test]
    fn what_was_asked_is_said_plainly_when_no_group_offered_is_of_that_kind() {
        let activities = activities();
        let asked = |words: &str| Asked { activities: &activities, named: activities.named_in(words) };
        let groups = |names: &[&str]| names.iter().map(|name| activities.named_in(name)).collect::<Vec<_>>();
        let swimming = asked("any swimming in Batley?");
        assert_eq!(swimming.unmet(groups(&["Batley Park Garden Volunteers"])).as_deref(), Some("swimming"));
        assert_eq!(swimming.unmet(groups(&[])).as_deref(), Some("swimming"));
        assert_eq!(swimming.unmet(groups(&["Batley Friendship Club", "Dewsbury Swim and Social"])), None);
        assert_eq!(asked("exercise, like swimming or yoga").unmet(groups(&["Chess Club"])).as_deref(), Some("swimming or yoga"));
        assert_eq!(asked("something to get me out of the house").unmet(groups(&["Chess Club"])), None);
        assert_eq!(asked("any yoga?").unmet(groups(&["Gentle Exercise Club"])).as_deref(), Some("yoga"), "broader is not the thing");
        assert_eq!(asked("anything musical").unmet(groups(&["Dewsbury Community Choir"])), None, "narrower is");
        assert_eq!(asked("play the guitar").unmet(groups(&[])).as_deref(), Some("instrument groups"));
    }

    #[test]
    fn a_council_list_that_loops_or_names_an_unknown_kind_is_refused() {
        assert!(Activities::parse("[a]\nwithin = \"b\"\nwords = [\"x\"]\n[b]\nwithin = \"a\"\nwords = [\"y\"]\n").is_err());
        assert!(Activities::parse("[a]\nwithin = \"nowhere\"\nwords = [\"x\"]\n").is_err());
    }
}
