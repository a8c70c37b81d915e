//! The figures of `frontdoor nlp eval`: per-route precision, recall and F1, macro-F1, crisis
//! recall and precision, tag micro-F1, place exact match and the confusion matrix.

use crate::examples::Labelled;
use crate::labels::{Classification, Danger, Route};
use std::collections::BTreeMap;
use std::fmt;

/// Precision, recall and F1 of one label.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Scores {
    /// Of the messages given the label, the share that had it.
    pub precision: f64,
    /// Of the messages that had the label, the share given it.
    pub recall: f64,
    /// Harmonic mean of the two.
    pub f1: f64,
    /// How many messages had the label.
    pub support: usize,
}

impl Scores {
    fn from_counts(true_positive: usize, false_positive: usize, false_negative: usize) -> Scores {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let precision = ratio(true_positive, true_positive + false_positive);
        let recall = ratio(true_positive, true_positive + false_negative);
        let f1 = if precision + recall == 0.0 { 0.0 } else { 2.0 * precision * recall / (precision + recall) };
        Scores { precision, recall, f1, support: true_positive + false_negative }
    }
}

/// Everything `nlp eval` reports about a labelled set.
#[derive(Debug, Clone)]
pub struct Report {
    /// Scores of every route that occurs in the gold labels or the predictions.
    pub routes: Vec<(Route, Scores)>,
    /// Mean F1 over those routes.
    pub macro_f1: f64,
    /// Crisis flag against gold crisis routes.
    pub crisis: Scores,
    /// Micro-averaged F1 over all tags.
    pub tags: Scores,
    /// Share of messages whose place words match the gold ones (ignoring case; both empty counts).
    pub place_exact: f64,
    /// `confusion[gold][predicted]` in [`Route::ALL`] order.
    pub confusion: [[usize; 9]; 9],
    /// Messages that are not crises but were flagged as one.
    pub false_alarms: usize,
    /// Ids (or line numbers) of crisis messages the classifier missed, to look at first.
    pub missed_crises: Vec<String>,
    /// How many messages were scored.
    pub messages: usize,
}

/// Scores predictions against gold labels (the two lists in the same order).
pub fn evaluate(gold: &[Labelled], predicted: &[Classification]) -> Report {
    let index = |route: Route| Route::ALL.iter().position(|r| *r == route).unwrap_or(8);
    let mut confusion = [[0usize; 9]; 9];
    gold.iter().zip(predicted).for_each(|(g, p)| confusion[index(g.route)][index(p.route)] += 1);
    let routes: Vec<(Route, Scores)> = Route::ALL
        .into_iter()
        .enumerate()
        .filter(|(i, _)| (0..9).any(|j| confusion[*i][j] + confusion[j][*i] > 0))
        .map(|(i, route)| {
            let true_positive = confusion[i][i];
            let predicted_total: usize = (0..9).map(|g| confusion[g][i]).sum();
            let gold_total: usize = confusion[i].iter().sum();
            (route, Scores::from_counts(true_positive, predicted_total - true_positive, gold_total - true_positive))
        })
        .collect();
    let macro_f1 = routes.iter().map(|(_, s)| s.f1).sum::<f64>() / routes.len().max(1) as f64;
    Report {
        macro_f1,
        routes,
        crisis: crisis_scores(gold, predicted),
        tags: tag_scores(gold, predicted),
        place_exact: place_exact(gold, predicted),
        confusion,
        missed_crises: missed_crises(gold, predicted),
        false_alarms: gold.iter().zip(predicted).filter(|(g, p)| g.route != Route::Crisis && p.crisis).count(),
        messages: gold.len(),
    }
}

fn crisis_scores(gold: &[Labelled], predicted: &[Classification]) -> Scores {
    let count = |g: bool, p: bool| gold.iter().zip(predicted).filter(|(x, y)| (x.route == Route::Crisis) == g && y.crisis == p).count();
    Scores::from_counts(count(true, true), count(false, true), count(true, false))
}

fn tag_scores(gold: &[Labelled], predicted: &[Classification]) -> Scores {
    let (mut true_positive, mut false_positive, mut false_negative) = (0, 0, 0);
    for (g, p) in gold.iter().zip(predicted) {
        true_positive += p.tags.iter().filter(|t| g.tags.contains(t)).count();
        false_positive += p.tags.iter().filter(|t| !g.tags.contains(t)).count();
        false_negative += g.tags.iter().filter(|t| !p.tags.contains(t)).count();
    }
    Scores::from_counts(true_positive, false_positive, false_negative)
}

fn place_exact(gold: &[Labelled], predicted: &[Classification]) -> f64 {
    let same = |g: &Option<String>, p: &Option<String>| match (g, p) {
        (Some(a), Some(b)) => a.trim().eq_ignore_ascii_case(b.trim()),
        (None, None) => true,
        _ => false,
    };
    let matches = gold.iter().zip(predicted).filter(|(g, p)| same(&g.place, &p.place)).count();
    matches as f64 / gold.len().max(1) as f64
}

fn missed_crises(gold: &[Labelled], predicted: &[Classification]) -> Vec<String> {
    gold.iter()
        .zip(predicted)
        .enumerate()
        .filter(|(_, (g, p))| g.route == Route::Crisis && !p.crisis)
        .map(|(line, (g, _))| g.id.clone().unwrap_or_else(|| format!("line {}", line + 1)))
        .collect()
}

/// The figures of one group of messages (one kind of case, or one language).
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// The kind or language.
    pub name: String,
    /// Messages in the group.
    pub messages: usize,
    /// Of them, gold crises.
    pub crises: usize,
    /// Gold crises flagged.
    pub caught: usize,
    /// Messages that are not crises but were flagged.
    pub false_alarms: usize,
    /// Messages given their gold route.
    pub right_route: usize,
}

/// Figures per group, named by `key` (for example the `kind` or `lang` of each message); messages
/// without a key are left out.
pub fn by_group(gold: &[Labelled], predicted: &[Classification], key: impl Fn(&Labelled) -> Option<&str>) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for (g, p) in gold.iter().zip(predicted) {
        let Some(name) = key(g) else { continue };
        let position = groups.iter().position(|group| group.name == name).unwrap_or_else(|| {
            groups.push(Group { name: name.to_owned(), messages: 0, crises: 0, caught: 0, false_alarms: 0, right_route: 0 });
            groups.len() - 1
        });
        let group = &mut groups[position];
        let is_crisis = g.route == Route::Crisis;
        group.messages += 1;
        group.crises += usize::from(is_crisis);
        group.caught += usize::from(is_crisis && p.crisis);
        group.false_alarms += usize::from(!is_crisis && p.crisis);
        group.right_route += usize::from(g.route == p.route);
    }
    groups.sort_by(|a, b| a.name.cmp(&b.name));
    groups
}

/// How often the language detector named each labelled language, as "pl 17/17": whether a
/// person is answered in their language, or told in it that someone will help, hangs on it.
/// Hindi in Latin letters named Urdu counts as named, since the detector learns them as one
/// (see [`crate::lang::Detector`]).
pub fn languages_named(gold: &[Labelled], predicted: &[Classification]) -> String {
    let mut tally: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (g, p) in gold.iter().zip(predicted) {
        let Some(code) = g.lang.as_deref().map(|code| code.trim_end_matches("-latn")) else { continue };
        let written_alike = code == "hi" && p.lang.as_deref() == Some("ur") && crate::lang::in_latin_letters(&g.text);
        let entry = tally.entry(code.to_owned()).or_default();
        entry.0 += usize::from(p.lang.as_deref() == Some(code) || written_alike);
        entry.1 += 1;
    }
    let named: Vec<String> = tally.iter().map(|(code, (right, all))| format!("{code} {right}/{all}")).collect();
    format!("language named      {}\n", named.join(", "))
}

/// What the crises of each labelled kind of danger were read as, and the harmless lines of the
/// same file: the kind picks the urgent reply's lines (an ambulance, the abuse helpline, the
/// listening lines), so a welfare concern caught as "harm" is caught but answered wrongly, and a
/// harmless line read as medical gets the loudest false alarm. Empty when no line names its kind.
pub fn danger_table(gold: &[Labelled], predicted: &[Classification]) -> String {
    const READ_AS: [Option<Danger>; 5] = [Some(Danger::Medical), Some(Danger::Harm), Some(Danger::Abuse), Some(Danger::Unsure), None];
    if gold.iter().all(|g| g.danger.is_none()) {
        return String::new();
    }
    let mut rows: BTreeMap<&str, [usize; 5]> = BTreeMap::new();
    for (g, p) in gold.iter().zip(predicted) {
        let row = match (g.route, g.danger) {
            (Route::Crisis, Some(danger)) => danger.id(),
            (Route::Crisis, None) => continue,
            _ => "not a crisis",
        };
        let read = if p.crisis { p.danger } else { None };
        rows.entry(row).or_default()[READ_AS.iter().position(|kind| *kind == read).unwrap_or(4)] += 1;
    }
    let mut table = format!("{:<28} {:>7} {:>7} {:>7} {:>7} {:>7}\n", "danger (rows: gold)", "medical", "harm", "abuse", "unsure", "none");
    for (danger, counts) in rows {
        table += &format!("{danger:<28} {:>7} {:>7} {:>7} {:>7} {:>7}\n", counts[0], counts[1], counts[2], counts[3], counts[4]);
    }
    table
}

/// A table of groups: crisis recall where there are crises, the share of harmless messages left
/// alone where there are those, and route accuracy.
pub fn group_table(title: &str, groups: &[Group]) -> String {
    let mut table = format!("{title:<28} {:>5} {:>15} {:>17} {:>8}\n", "n", "crises caught", "harmless calm", "route");
    for group in groups {
        let harmless = group.messages - group.crises;
        let share = |part: usize, whole: usize| {
            if whole == 0 {
                "-".to_owned()
            } else {
                format!("{part}/{whole} {:.2}", part as f64 / whole as f64)
            }
        };
        table += &format!(
            "{:<28} {:>5} {:>15} {:>17} {:>8.2}\n",
            group.name,
            group.messages,
            share(group.caught, group.crises),
            share(harmless - group.false_alarms, harmless),
            group.right_route as f64 / group.messages.max(1) as f64
        );
    }
    table
}

/// Short column headings for the confusion matrix.
fn short(route: Route) -> &'static str {
    match route {
        Route::FindActivity => "act",
        Route::SomeoneToTalkTo => "talk",
        Route::PracticalHelp => "prac",
        Route::WellbeingSupport => "well",
        Route::Crisis => "cris",
        Route::Human => "hum",
        Route::Volunteer => "vol",
        Route::Smalltalk => "small",
        Route::Other => "other",
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} messages", self.messages)?;
        writeln!(f, "{:<20} {:>9} {:>7} {:>6} {:>8}", "route", "precision", "recall", "F1", "support")?;
        for (route, s) in &self.routes {
            writeln!(f, "{:<20} {:>9.3} {:>7.3} {:>6.3} {:>8}", route.id(), s.precision, s.recall, s.f1, s.support)?;
        }
        writeln!(f, "route macro-F1      {:.3}", self.macro_f1)?;
        writeln!(
            f,
            "crisis recall       {:.3}  precision {:.3}  ({} crisis messages)",
            self.crisis.recall, self.crisis.precision, self.crisis.support
        )?;
        writeln!(f, "harmless flagged    {} of {}", self.false_alarms, self.messages - self.crisis.support)?;
        writeln!(f, "tag micro-F1        {:.3}  (precision {:.3}, recall {:.3})", self.tags.f1, self.tags.precision, self.tags.recall)?;
        writeln!(f, "place exact match   {:.3}", self.place_exact)?;
        if !self.missed_crises.is_empty() {
            writeln!(f, "missed crises: {}", self.missed_crises.join(", "))?;
        }
        writeln!(f, "confusion matrix (rows: gold, columns: predicted)")?;
        write!(f, "{:<6}", "")?;
        Route::ALL.iter().try_for_each(|r| write!(f, "{:>6}", short(*r)))?;
        writeln!(f)?;
        for (row, route) in Route::ALL.iter().enumerate() {
            write!(f, "{:<6}", short(*route))?;
            self.confusion[row].iter().try_for_each(|n| write!(f, "{n:>6}"))?;
            writeln!(f)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(route: Route, place: Option<&str>) -> Labelled {
        Labelled {
            id: None,
            text: String::new(),
            route,
            tags: vec![],
            place: place.map(str::to_owned),
            kind: None,
            lang: None,
            danger: None,
        }
    }

    #[test]
    fn scores_routes_crisis_and_places() {
        let gold = [gold(Route::Crisis, None), gold(Route::Crisis, Some("Batley")), gold(Route::Smalltalk, None)];
        let mut predicted =
            [Classification::plain(Route::Crisis), Classification::plain(Route::Smalltalk), Classification::plain(Route::Smalltalk)];
        predicted[1].place = Some("batley".into());
        let report = evaluate(&gold, &predicted);
        assert_eq!(report.crisis.recall, 0.5);
        assert_eq!(report.crisis.precision, 1.0);
        assert_eq!(report.place_exact, 1.0);
        assert_eq!(report.confusion[4][7], 1);
        let small = report.routes.iter().find(|(r, _)| *r == Route::Smalltalk).unwrap().1;
        assert_eq!((small.precision, small.recall), (0.5, 1.0));
        assert!((report.macro_f1 - (2.0 / 3.0 + 2.0 / 3.0) / 2.0).abs() < 1e-9);
        assert_eq!(report.missed_crises, ["line 2"]);
        assert!(report.to_string().contains("route macro-F1"));
    }

    #[test]
    fn tallies_what_each_kind_of_danger_was_read_as() {
        let crisis = |danger: Danger| Labelled { danger: Some(danger), ..gold(Route::Crisis, None) };
        let gold = [
            crisis(Danger::Medical),
            crisis(Danger::Medical),
            crisis(Danger::Harm),
            gold(Route::Crisis, None),
            gold(Route::Smalltalk, None),
            gold(Route::Smalltalk, None),
        ];
        let read = |danger: Option<Danger>| Classification { crisis: danger.is_some(), danger, ..Classification::plain(Route::Crisis) };
        let predicted = [
            read(Some(Danger::Medical)),
            read(Some(Danger::Harm)),
            read(None),
            read(Some(Danger::Abuse)),
            read(Some(Danger::Unsure)),
            read(None),
        ];
        let table = danger_table(&gold, &predicted);
        let rows: Vec<(&str, Vec<&str>)> =
            table.lines().skip(1).map(|line| (line[..28].trim(), line[28..].split_whitespace().collect())).collect();
        let expected = [
            ("harm", vec!["0", "0", "0", "0", "1"]),
            ("medical", vec!["1", "1", "0", "0", "0"]),
            ("not a crisis", vec!["0", "0", "0", "1", "1"]),
        ];
        assert_eq!(rows, expected, "{table}");
        assert_eq!(danger_table(&gold[3..], &predicted[3..]), "", "no kind labelled: no table");
    }

    #[test]
    fn counts_languages_named_with_hindi_in_latin_letters_as_urdu() {
        let line = |text: &str, lang: &str| Labelled { text: text.to_owned(), lang: Some(lang.to_owned()), ..gold(Route::Other, None) };
        let named = |lang: &str| Classification { lang: Some(lang.to_owned()), ..Classification::plain(Route::Other) };
        let gold = [line("mujhe madad chahiye", "hi-latn"), line("मुझे मदद चाहिए", "hi"), line("nie wiem", "pl"), line("gracias", "es")];
        let predicted = [named("ur"), named("ur"), named("pl"), named("en")];
        assert_eq!(languages_named(&gold, &predicted), "language named      es 0/1, hi 1/2, pl 1/1\n");
    }
}
