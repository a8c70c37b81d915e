//! Who may be offered a service: the one rule the bot's flows, the navigators' console and the
//! CLI all go through, so that a young person is only ever sent to a group that says it
//! welcomes young people of their age.
//!
//! A record without an upper age limit is not thereby safe for a 14-year-old: a retired
//! people's club or a bereavement group for older adults rarely writes "18+". So for a young
//! person the record must say so: an age range that includes them, a youth or family taxonomy
//! term, an eligibility naming young people, or words such as "all ages welcome".

use super::model::Service;
use nlp::Tag;
use regex::Regex;
use std::sync::LazyLock;

/// The age from which a person is an adult.
pub const ADULT_AGE: u8 = 18;
/// A member of a young people's cohort (a school code) whose age is not known is taken to be
/// this old, the middle of secondary school: groups for 16 and over, or for under-12s, are
/// left out for them.
pub const COHORT_AGE_ASSUMED: u8 = 14;
/// Groups whose upper age limit is this or lower are for teenagers, and are not offered to an
/// adult (or to someone of unknown age outside a youth cohort).
const TEEN_GROUP_MAX_AGE: u8 = 19;

/// Words in a record's taxonomy, eligibility or description saying young people are welcome.
/// Not "family" alone: a carers' group "for anyone who looks after a family member" is for the
/// grown-up who does the looking after.
const YOUNG_WELCOME_WORDS: [&str; 16] = [
    "young people",
    "young person",
    "youth",
    "teen",
    "children",
    "child",
    "kids",
    "families",
    "family friendly",
    "family-friendly",
    "whole family",
    "all ages",
    "any age",
    "every age",
    "young carer",
    "under 18",
];

/// Words saying a record is for adults, which outweigh a welcoming word elsewhere in it
/// ("adults only; children's centre car park").
const ADULTS_ONLY_WORDS: [&str; 7] =
    ["adults only", "adult only", "over 18", "18+", "18 and over", "no children", "not suitable for children"];

/// Words saying a group is for babies and children not yet at school, with the grown-ups who
/// bring them: a toddler group tagged for families is no place for a 12-year-old, though the
/// family tag and the word "children" welcome young people.
const EARLY_YEARS_WORDS: [&str; 14] = [
    "toddler",
    "tots",
    "baby",
    "babies",
    "bumps",
    "newborn",
    "under 5",
    "under-5",
    "under five",
    "pre-school",
    "preschool",
    "little ones",
    "stay and play",
    "stay & play",
];

/// Words that widen an early-years group to older children too ("toddlers to teens", "all
/// ages").
const OLDER_CHILDREN_TOO_WORDS: [&str; 8] =
    ["teen", "youth", "young people", "young person", "all ages", "any age", "older children", "school age"];

/// The first age at school, from which an early-years group is not for the child themselves.
const SCHOOL_AGE: u8 = 5;

/// Words that name the grown-ups who come along: an age range beside them is the children's
/// ("children aged 0 to 5 with their parents"), not everyone's.
const GROWN_UPS_COME_TOO: [&str; 9] = ["parent", "carer", "famil", "adult", "grown-up", "mum", "dad", "grandparent", "guardian"];

/// Ages written as words: "aged 12 to 19", "11-16 year olds", "ages 8 - 12".
static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bage[ds]?\s*(?:from\s*)?(\d{1,2})\s*(?:-|–|to)\s*(\d{1,3})\b|\b(\d{1,2})\s*(?:-|–|to)\s*(\d{1,3})\s*(?:year|yr|yo\b)")
        .expect("a valid pattern")
});
/// A lower limit: "over 50s", "aged over 60", "18+", "16 and over", "55 or older".
static AT_LEAST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bover (?:the age of )?(\d{1,2})s?\b|\b(\d{1,2})\s*\+|\b(\d{1,2})s? (?:and|or) (?:over|above|older)\b")
        .expect("a valid pattern")
});
/// An upper limit: "under 25s", "up to 18", "aged 16 or under".
static BELOW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bunder (\d{1,2})s?\b|\bup to (?:the age of )?(\d{1,2})\b|\b(\d{1,2}) (?:and|or) (?:under|younger)\b")
        .expect("a valid pattern")
});

/// The age range an eligibility states in words, for feeds that give no `minimum_age` or
/// `maximum_age` ("Young people aged 12 to 19", "Over 50s", "18+"): without it, a youth club
/// is offered to a 67-year-old and an over-50s lunch to a 20-year-old. Nothing when the words
/// also name the grown-ups who come along (a stay-and-play for "children aged 0 to 5 and their
/// carers" is for the carers too), or when they cannot be read as ages.
pub fn ages_in_words(text: &str) -> (Option<u8>, Option<u8>) {
    let text = text.to_lowercase();
    if GROWN_UPS_COME_TOO.iter().any(|word| text.contains(word)) {
        return (None, None);
    }
    ages_named(&text)
}

/// The ages lower-case `text` names, whoever else it names beside them: for a young person, the
/// range of "babies and children under 5 with their parents" is the range of the children the
/// group is for, and a 12-year-old is not among them.
fn ages_named(text: &str) -> (Option<u8>, Option<u8>) {
    let number =
        |caps: &regex::Captures, groups: &[usize]| groups.iter().find_map(|&g| caps.get(g)).and_then(|m| m.as_str().parse::<u8>().ok());
    if let Some(caps) = RANGE.captures(text) {
        if let (Some(low), Some(high)) = (number(&caps, &[1, 3]), number(&caps, &[2, 4])) {
            return if low <= high && high <= 120 { (Some(low), Some(high)) } else { (None, None) };
        }
    }
    let at_least = AT_LEAST.captures(text).and_then(|caps| number(&caps, &[1, 2, 3]));
    let below = BELOW.captures(text).and_then(|caps| {
        let under = caps.get(1).and_then(|m| m.as_str().parse::<u8>().ok()).map(|n| n.saturating_sub(1));
        under.or_else(|| number(&caps, &[2, 3]))
    });
    match (at_least, below) {
        (Some(low), Some(high)) if low > high => (None, None),
        limits => limits,
    }
}

/// Words in which a person says children come with them ("any dads' groups", "my 2 year old",
/// "toddler groups"); "my mum" or "my dad" alone is a grown-up's parent, not a child.
const WITH_CHILDREN_WORDS: [&str; 24] = [
    "kids",
    "kid ",
    "children",
    "child ",
    "toddler",
    "baby",
    "babies",
    "my son",
    "my daughter",
    "grandchild",
    "grandkids",
    "grandson",
    "granddaughter",
    "year old",
    "yr old",
    "little one",
    "dads",
    "mums",
    "parents",
    "parent ",
    "family",
    "families",
    "stay and play",
    "school run",
];

/// Whether the person says they have children with them, which a group for parents and their
/// children asks of whoever comes: a dads-and-kids club is no answer to a widower asking for
/// men's company.
pub fn with_children(text: &str) -> bool {
    let words = format!(" {} ", text.to_lowercase().replace(['\'', '’'], ""));
    mentions_any(&words, &WITH_CHILDREN_WORDS)
}

/// Words in a record's name saying it is for men ("Male Voice Choir", "Men's Shed"): many feeds
/// tag a choir as music and say nothing else of who sings in it. The name, not the description,
/// where "men and women" or "mostly ladies come" tell of the members rather than who may join.
const MEN_ONLY_WORDS: [&str; 6] = ["men's", "mens ", "men only", "male voice", "gentlemen", "blokes"];
/// Words in a record's name saying it is for women.
const WOMEN_ONLY_WORDS: [&str; 5] = ["women", "ladies", "female voice", "girls only", "sisterhood"];

/// Which sexes a record is for, by its tags or by its name: `(men, women)`, both true for a
/// group that names both.
pub fn sexes_named(service: &Service) -> (bool, bool) {
    let words = format!("{} ", service.name.to_lowercase());
    let named = |tag: Tag, phrases: &[&str]| service.tags.contains(&tag) || mentions_any(&words, phrases);
    (named(Tag::Men, &MEN_ONLY_WORDS), named(Tag::Women, &WOMEN_ONLY_WORDS))
}

/// Who is asking, as far as the search knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Person {
    /// Their age, when they said it.
    pub age: Option<u8>,
    /// They came through a young people's cohort.
    pub youth_cohort: bool,
}

impl Person {
    /// Under 18, or in a youth cohort: only groups that say they welcome young people.
    pub fn is_young(self) -> bool {
        self.youth_cohort || self.age.is_some_and(|age| age < ADULT_AGE)
    }

    /// The age to check a young person against a group's limits.
    fn young_age(self) -> u8 {
        self.age.unwrap_or(COHORT_AGE_ASSUMED)
    }
}

/// Whether `service` may be suggested to `person` at all: within its age limits, and for a
/// young person, a group whose record says young people of their age are welcome.
pub fn may_offer(service: &Service, person: Person) -> bool {
    if person.is_young() {
        let age = person.young_age();
        return service.welcomes_age(age) && says_young_people_welcome(service, age);
    }
    match person.age {
        Some(age) => service.welcomes_age(age),
        None => service.max_age.is_none_or(|max| max > TEEN_GROUP_MAX_AGE),
    }
}

/// Whether the record itself says a young person of `age` (already within its limits) is
/// welcome: a stated age range, a youth or family tag, or welcoming words not outweighed by
/// an adults-only phrase or an older people's audience. The record's words are read last, only
/// when its ages and tags have not decided, as this runs for every service a young person's
/// search passes.
fn says_young_people_welcome(service: &Service, age: u8) -> bool {
    let states_range = service.min_age.is_some_and(|min| min < ADULT_AGE) || service.max_age.is_some_and(|max| max < ADULT_AGE);
    if states_range && service.welcomes_age(age) {
        return true;
    }
    let has = |tags: [Tag; 2]| tags.iter().any(|tag| service.tags.contains(tag));
    let tagged = has([Tag::YoungPeople, Tag::ParentsFamilies]);
    if !tagged && has([Tag::OlderPeople, Tag::Retired]) {
        return false;
    }
    let words = describing_words(service);
    let adults_only = mentions_any(&words, &ADULTS_ONLY_WORDS);
    let welcome = tagged || mentions_any(&words, &YOUNG_WELCOME_WORDS);
    // The patterns for named ages run last, only for a record that would otherwise welcome them.
    !adults_only && welcome && !named_ages_exclude(&words, age) && !only_for_little_ones(&words, age)
}

/// Whether `words` describe an early-years group (a toddler group, a baby club) that says
/// nothing of older children, for someone of `age` who is already at school.
fn only_for_little_ones(words: &str, age: u8) -> bool {
    age >= SCHOOL_AGE && mentions_any(words, &EARLY_YEARS_WORDS) && !mentions_any(words, &OLDER_CHILDREN_TOO_WORDS)
}

/// Whether the ages `words` name leave out someone of `age`.
fn named_ages_exclude(words: &str, age: u8) -> bool {
    let (low, high) = ages_named(words);
    low.is_some_and(|low| age < low) || high.is_some_and(|high| age > high)
}

/// The record's name, description and taxonomy words in lower case, where audiences are named.
fn describing_words(service: &Service) -> String {
    let mut words = format!("{} {}", service.name, service.description);
    for term in &service.other_terms {
        words.push(' ');
        words.push_str(term);
    }
    words.to_lowercase()
}

/// Whether `phrase` starts a word somewhere in `words` ("teen" in "teenagers" but not in
/// "canteen").
pub(crate) fn mentions(words: &str, phrase: &str) -> bool {
    words.match_indices(phrase).any(|(at, _)| !words[..at].chars().next_back().is_some_and(char::is_alphanumeric))
}

/// Whether any of `phrases` starts a word in `words` ([`mentions`]).
pub(crate) fn mentions_any(words: &str, phrases: &[&str]) -> bool {
    phrases.iter().any(|phrase| mentions(words, phrase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn children_with_them_are_told_from_a_grown_ups_parents() {
        assert!(with_children("Any dads' groups in Hackney?"));
        assert!(with_children("just moved here with my 2 year old"));
        assert!(with_children("something for the kids in the holidays"));
        assert!(!with_children("Lost my wife last spring, I'd like a bit of men's company"));
        assert!(!with_children("my mum is 84 and would love a lunch club"));
        assert!(!with_children("my dad needs a lift to the day centre"));
    }

    fn young(age: Option<u8>) -> Person {
        Person { age, youth_cohort: age.is_none() }
    }

    fn adult() -> Person {
        Person { age: None, youth_cohort: false }
    }

    fn described(name: &str, description: &str) -> Service {
        let mut service = Service::new(name, name);
        service.description = description.to_string();
        service
    }

    #[test]
    fn ages_written_in_words_are_read() {
        assert_eq!(ages_in_words("Young people aged 12 to 19"), (Some(12), Some(19)));
        assert_eq!(ages_in_words("For 11-16 year olds"), (Some(11), Some(16)));
        assert_eq!(ages_in_words("Ages 8 – 12"), (Some(8), Some(12)));
        assert_eq!(ages_in_words("Over 50s"), (Some(50), None));
        assert_eq!(ages_in_words("Open to anyone aged over 60"), (Some(60), None));
        assert_eq!(ages_in_words("18+ only"), (Some(18), None));
        assert_eq!(ages_in_words("55 and over"), (Some(55), None));
        assert_eq!(ages_in_words("Under 25s"), (None, Some(24)));
        assert_eq!(ages_in_words("young people up to 18"), (None, Some(18)));
        assert_eq!(ages_in_words("Children aged 0 to 5 with their parents or carers"), (None, None), "the grown-ups come too");
        assert_eq!(ages_in_words("Everyone welcome"), (None, None));
        assert_eq!(ages_in_words("Meets 10-12 on Tuesdays"), (None, None), "a time is not an age");
        assert_eq!(ages_in_words("over 60s and under 18s"), (None, None), "limits that cannot both hold are left out");
    }

    #[test]
    fn a_group_that_says_nothing_of_age_is_not_offered_to_young_people() {
        let retired = described("Retired Friends Club", "Tea and company for retired folk.");
        let bereaved = described("Bereavement Circle", "For older adults who have lost a partner.");
        for service in [&retired, &bereaved] {
            assert!(may_offer(service, adult()));
            assert!(!may_offer(service, young(None)), "{}", service.name);
            assert!(!may_offer(service, young(Some(14))), "{}", service.name);
        }
    }

    #[test]
    fn young_people_get_groups_whose_range_tags_or_words_include_them() {
        let mut youth_club = Service::new("y", "Youth Club");
        (youth_club.min_age, youth_club.max_age) = (Some(11), Some(17));
        assert!(may_offer(&youth_club, young(None)) && may_offer(&youth_club, young(Some(15))));
        assert!(!may_offer(&youth_club, young(Some(10))) && !may_offer(&youth_club, adult()));

        let mut sixth_form = Service::new("s", "Debating");
        sixth_form.min_age = Some(16);
        assert!(may_offer(&sixth_form, young(Some(17))));
        assert!(!may_offer(&sixth_form, young(None)), "a cohort member may be 14");

        let mut tagged = Service::new("t", "Family Fun Day");
        tagged.tags = vec![Tag::ParentsFamilies];
        assert!(may_offer(&tagged, young(None)));

        let all_ages = described("Community Choir", "All ages welcome, no auditions.");
        assert!(may_offer(&all_ages, young(Some(13))));
        let canteen = described("Community Canteen", "Hot meals.");
        assert!(!may_offer(&canteen, young(Some(13))), "teen inside canteen is no welcome");

        let mut eligibility = Service::new("e", "Drop-in");
        eligibility.other_terms = vec!["Young people".into()];
        assert!(may_offer(&eligibility, young(None)));
    }

    #[test]
    fn adults_only_words_and_older_audiences_outweigh_a_welcoming_word() {
        let pub_quiz = described("Quiz Night", "Adults only. Family-run pub.");
        assert!(!may_offer(&pub_quiz, young(None)));
        let mut grandparents = described("Over-60s Lunch", "Grandparents bring photos of the children.");
        grandparents.tags = vec![Tag::OlderPeople];
        assert!(!may_offer(&grandparents, young(Some(15))));
        let mut adult_limit = Service::new("a", "Adult Learners");
        adult_limit.min_age = Some(18);
        adult_limit.tags = vec![Tag::ParentsFamilies];
        assert!(!may_offer(&adult_limit, young(None)));
    }

    #[test]
    fn a_group_for_small_children_and_their_parents_is_not_offered_to_an_older_child() {
        let mut stay_and_play =
            described("Stay & Play", "For babies and children under 5 with their parents or carers. Meet other local families.");
        stay_and_play.tags = vec![Tag::ParentsFamilies];
        assert!(!may_offer(&stay_and_play, young(Some(12))));
        assert!(!may_offer(&stay_and_play, young(None)), "a cohort member may be 14");
        assert!(may_offer(&stay_and_play, adult()), "the parents are who asks");
        let mut holiday_club = described("Holiday Club", "Crafts and games for children aged 8 to 13 and their families.");
        holiday_club.tags = vec![Tag::ParentsFamilies];
        assert!(may_offer(&holiday_club, young(Some(12))));
    }

    #[test]
    fn a_toddler_group_is_not_offered_to_a_child_at_school() {
        let mut toddlers = described("Little Acorns", "Toddler group in the church hall, 0-4s, messy play and singing.");
        toddlers.tags = vec![Tag::ParentsFamilies];
        assert!(!may_offer(&toddlers, young(Some(12))));
        assert!(!may_offer(&toddlers, young(None)), "a cohort member may be 14");
        assert!(may_offer(&toddlers, adult()), "the parents are who asks");
        let rhyme_time = described("Library Baby Rhyme Time", "Songs and stories for families.");
        assert!(!may_offer(&rhyme_time, young(Some(9))));
        let mut family_day = described("Family Fun Day", "From toddlers to teens, bring the whole family.");
        family_day.tags = vec![Tag::ParentsFamilies];
        assert!(may_offer(&family_day, young(Some(12))));
    }

    #[test]
    fn a_group_whose_name_says_men_or_women_is_for_them() {
        assert_eq!(sexes_named(&described("Mount's Bay Male Voice Choir", "Rehearsals on Thursdays.")), (true, false));
        assert_eq!(sexes_named(&described("Ladies' Darts League", "Tuesdays at the Crown.")), (false, true));
        assert_eq!(sexes_named(&described("Community Choir", "Men and women welcome.")), (false, false), "members, not a rule");
        assert_eq!(sexes_named(&described("Dads and Lads Football", "")), (false, false));
    }

    #[test]
    fn looking_after_a_family_member_is_no_welcome_for_young_people() {
        let carers = described("Carers' Coffee Morning", "If you look after a family member or friend, come and meet other carers.");
        assert!(!may_offer(&carers, young(Some(12))));
        assert!(may_offer(&carers, adult()));
        let young_carers = described("Young Carers Club", "For young carers aged 8 to 17 who look after a family member.");
        assert!(may_offer(&young_carers, young(Some(12))));
    }

    #[test]
    fn adults_are_not_sent_to_teenage_groups() {
        let mut teen = Service::new("t", "Teen Drama");
        (teen.min_age, teen.max_age) = (Some(12), Some(16));
        assert!(!may_offer(&teen, adult()));
        let forty = Person { age: Some(40), youth_cohort: false };
        assert!(!may_offer(&teen, forty));
        assert!(may_offer(&Service::new("o", "Open"), forty));
    }
}
