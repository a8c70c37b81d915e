//! Choosing the safety layer's thresholds from evidence: for each line of the decision in
//! `content/nlp/safety.txt`, how the cross-validated crisis probabilities of real crises and of
//! everything else fall, and what each candidate threshold would miss or raise.
//!
//! A missed crisis can cost a life and a false alarm costs a kind message, so a threshold should
//! stay below the real crises of its line; this report shows how far below.

use crate::examples::Labelled;
use crate::labels::{Classification, Route};
use crate::safety::{Language, Safety, Signs};
use std::fmt;

/// The thresholds a sweep tries.
const CANDIDATES: [f32; 9] = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/// Which line of the safety decision a message falls to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// A strong sign without calm words: a crisis whatever the model says.
    StrongSign,
    /// A weak sign without calm words (`with_sign`).
    WithSign,
    /// Only signs that calm words calm (`calmed_sign`).
    CalmedSign,
    /// No sign, but calm words (`calm_model_alone`).
    CalmModelAlone,
    /// No sign at all (`model_alone`).
    ModelAlone,
    /// Another language than English, without a strong sign (`other_language`).
    OtherLanguage,
}

impl Line {
    const ALL: [Line; 6] =
        [Line::StrongSign, Line::WithSign, Line::CalmedSign, Line::CalmModelAlone, Line::ModelAlone, Line::OtherLanguage];

    /// The line a message with these signs, in this language, falls to (the order of
    /// [`Safety::threshold`]).
    pub fn of(signs: Signs, language: Language) -> Line {
        if signs.strong > 0 {
            Line::StrongSign
        } else if language == Language::Other {
            Line::OtherLanguage
        } else if signs.weak > 0 {
            Line::WithSign
        } else if signs.calmed > 0 {
            Line::CalmedSign
        } else if signs.calm_words {
            Line::CalmModelAlone
        } else {
            Line::ModelAlone
        }
    }

    /// The simplest signs and language that fall to this line, to read its threshold with.
    fn example(self) -> (Signs, Language) {
        let none = Signs::default();
        let signs = match self {
            Line::StrongSign => Signs { strong: 1, ..none },
            Line::WithSign => Signs { weak: 1, ..none },
            Line::CalmedSign => Signs { calmed: 1, calm_words: true, ..none },
            Line::CalmModelAlone => Signs { calm_words: true, ..none },
            Line::ModelAlone | Line::OtherLanguage => none,
        };
        let language = if self == Line::OtherLanguage { Language::Other } else { Language::English };
        (signs, language)
    }

    fn name(self) -> &'static str {
        match self {
            Line::StrongSign => "strong sign",
            Line::WithSign => "with_sign",
            Line::CalmedSign => "calmed_sign",
            Line::CalmModelAlone => "calm_model_alone",
            Line::ModelAlone => "model_alone",
            Line::OtherLanguage => "other_language",
        }
    }
}

/// The crisis probabilities of one line's messages, split by their gold label.
#[derive(Debug, Clone)]
pub struct LineReport {
    /// The decision line.
    pub line: Line,
    /// The threshold `safety.txt` sets for it now.
    pub threshold: f32,
    /// Crisis probabilities of the real crises that fall to this line.
    pub crises: Vec<f32>,
    /// Crisis probabilities of everything else that falls to this line.
    pub others: Vec<f32>,
}

impl LineReport {
    /// Real crises of this line a threshold would miss.
    pub fn missed_at(&self, threshold: f32) -> usize {
        self.crises.iter().filter(|p| **p < threshold).count()
    }

    /// Other messages of this line a threshold would flag.
    pub fn false_alarms_at(&self, threshold: f32) -> usize {
        self.others.iter().filter(|p| **p >= threshold).count()
    }
}

/// The report `frontdoor nlp train --cv` prints under the route figures.
#[derive(Debug, Clone)]
pub struct Calibration {
    /// One entry per decision line, in decision order.
    pub lines: Vec<LineReport>,
}

/// Sorts cross-validated predictions onto the lines of the safety decision; `signs_of` reads a
/// message's signs as the classifier does (with its names masked), and each prediction's
/// detected language says whether the model could read it.
pub fn calibrate(safety: &Safety, signs_of: impl Fn(&str) -> Signs, gold: &[Labelled], predicted: &[Classification]) -> Calibration {
    let mut lines: Vec<LineReport> = Line::ALL
        .into_iter()
        .map(|line| {
            let (signs, language) = line.example();
            LineReport { line, threshold: safety.threshold(signs, language), crises: Vec::new(), others: Vec::new() }
        })
        .collect();
    for (example, prediction) in gold.iter().zip(predicted) {
        let line = Line::of(signs_of(&example.text), Language::of(prediction.lang.as_deref()));
        let Some(report) = lines.iter_mut().find(|r| r.line == line) else { continue };
        let probability = prediction.scores.get(&Route::Crisis).copied().unwrap_or(0.0);
        if example.route == Route::Crisis {
            report.crises.push(probability);
        } else {
            report.others.push(probability);
        }
    }
    Calibration { lines }
}

impl fmt::Display for Calibration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "safety lines (cross-validated crisis probability; missed crises / false alarms)")?;
        write!(f, "{:<17} {:>6} {:>6} {:>6}  {:>9}", "line", "crises", "others", "now", "at now")?;
        CANDIDATES.iter().try_for_each(|t| write!(f, " {:>7}", format!("{t:.1}")))?;
        writeln!(f)?;
        for report in &self.lines {
            let cell = |t: f32| format!("{}/{}", report.missed_at(t), report.false_alarms_at(t));
            write!(
                f,
                "{:<17} {:>6} {:>6} {:>6.2}  {:>9}",
                report.line.name(),
                report.crises.len(),
                report.others.len(),
                report.threshold,
                cell(report.threshold)
            )?;
            if report.line != Line::StrongSign {
                CANDIDATES.iter().try_for_each(|t| write!(f, " {:>7}", cell(*t)))?;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labelled(text: &str, route: Route) -> Labelled {
        Labelled { id: None, text: text.to_owned(), route, tags: Vec::new(), place: None, kind: None, lang: None, danger: None }
    }

    fn predicted(crisis_probability: f32) -> Classification {
        let mut classification = Classification::plain(Route::Other);
        classification.scores.insert(Route::Crisis, crisis_probability);
        classification
    }

    #[test]
    fn messages_fall_to_the_line_that_decides_them() {
        let safety = Safety::parse("with_sign = 0.2\ncalmed_sign = 0.4\ncalm_model_alone = 0.9\nmodel_alone = 0.6\ncontext_with_sign = 0.5\ncontext_alone = 0.9\ncontext_calm = 0.3\nother_language = 0.95\nother_language_readers = 0.8\nstrong: kill myself\nweak: can'?t cope\ncalm: used to\n").unwrap();
        let gold = [
            labelled("I want to kill myself", Route::Crisis),
            labelled("I can't cope", Route::Crisis),
            labelled("I can't cope with the bills", Route::PracticalHelp),
            labelled("I used to think I can't cope", Route::WellbeingSupport),
            labelled("nobody would notice", Route::Crisis),
        ];
        let predictions = [predicted(0.1), predicted(0.5), predicted(0.3), predicted(0.45), predicted(0.55)];
        let calibration = calibrate(&safety, |text| safety.signs(text), &gold, &predictions);
        let line = |l: Line| calibration.lines.iter().find(|r| r.line == l).unwrap();
        assert_eq!(line(Line::StrongSign).crises, vec![0.1]);
        assert_eq!((line(Line::WithSign).crises.len(), line(Line::WithSign).others.len()), (1, 1));
        assert_eq!(line(Line::WithSign).false_alarms_at(0.2), 1);
        assert_eq!(line(Line::WithSign).false_alarms_at(0.4), 0);
        assert_eq!(line(Line::CalmedSign).false_alarms_at(0.4), 1, "0.45 clears calmed_sign");
        assert_eq!(line(Line::ModelAlone).missed_at(0.6), 1);
        assert_eq!(line(Line::ModelAlone).threshold, 0.6);
        assert!(calibration.to_string().contains("model_alone"));
        let mut polish = predicted(0.8);
        polish.lang = Some("pl".into());
        let other = calibrate(&safety, |text| safety.signs(text), &[labelled("nie daję rady", Route::Other)], &[polish]);
        let other_line = other.lines.iter().find(|r| r.line == Line::OtherLanguage).unwrap();
        assert_eq!((other_line.others.len(), other_line.false_alarms_at(other_line.threshold)), (1, 0), "0.8 is short of other_language");
    }
}
