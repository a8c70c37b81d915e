//! The safety layer: crisis signs from phrase patterns a person wrote with care, combined with
//! the model's crisis probability and biased towards safety (`content/nlp/safety.txt`).

use crate::error::read_text;
use crate::text::normalise;
use crate::NlpError;
use regex::Regex;
use std::path::Path;

/// What the patterns found in one message, before the model's view is weighed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Signs {
    /// Signs of danger on their own (a plan, an act, violence or an emergency now).
    pub strong: usize,
    /// Worrying words that ordinary talk uses too.
    pub weak: usize,
    /// The message has words that put a sign in the past or make it a figure of speech, and
    /// every sentence with a strong sign has some.
    pub calm: bool,
}

/// The loaded patterns and thresholds.
#[derive(Debug)]
pub struct Safety {
    strong: Vec<Regex>,
    weak: Vec<Regex>,
    calm: Vec<Regex>,
    model_alone: f32,
    calm_model_alone: f32,
    with_sign: f32,
}

impl Safety {
    /// Loads `safety.txt`; every line is checked so a typo cannot silently switch a pattern off.
    pub fn load(path: &Path) -> Result<Safety, NlpError> {
        Safety::parse(&read_text(path)?).map_err(|(line, message)| NlpError::Format { path: path.to_owned(), line, message })
    }

    /// Parses the text of a safety file; errors carry the one-based line number.
    pub fn parse(text: &str) -> Result<Safety, (usize, String)> {
        let mut safety = Safety { strong: vec![], weak: vec![], calm: vec![], model_alone: f32::NAN, calm_model_alone: f32::NAN, with_sign: f32::NAN };
        for (index, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            safety.read_line(line).map_err(|message| (index + 1, message))?;
        }
        if [safety.model_alone, safety.calm_model_alone, safety.with_sign].iter().any(|t| t.is_nan()) {
            return Err((1, "the model_alone, calm_model_alone and with_sign thresholds must be set".into()));
        }
        Ok(safety)
    }

    fn read_line(&mut self, line: &str) -> Result<(), String> {
        if let Some((key, value)) = line.split_once('=').filter(|(k, _)| !k.contains(':')) {
            let number: f32 = value.trim().parse().map_err(|_| format!("{:?} is not a number", value.trim()))?;
            let threshold = match key.trim() {
                "model_alone" => &mut self.model_alone,
                "calm_model_alone" => &mut self.calm_model_alone,
                "with_sign" => &mut self.with_sign,
                other => return Err(format!("unknown threshold {other:?}")),
            };
            *threshold = number;
            return Ok(());
        }
        let (kind, pattern) = line.split_once(':').ok_or("expected `strong:`, `weak:` or `calm:`")?;
        let regex = Regex::new(pattern.trim()).map_err(|e| e.to_string())?;
        match kind.trim() {
            "strong" => self.strong.push(regex),
            "weak" => self.weak.push(regex),
            "calm" => self.calm.push(regex),
            other => return Err(format!("unknown kind {other:?}")),
        }
        Ok(())
    }

    /// Counts the signs in a message. Calm words only calm a strong sign in their own sentence:
    /// "I moved here last year... I've started looking up ways to kill myself" stays strong.
    pub fn signs(&self, text: &str) -> Signs {
        let text = normalise(text);
        let matching = |patterns: &[Regex], part: &str| patterns.iter().filter(|p| p.is_match(part)).count();
        let sentences: Vec<&str> = text.split(['.', '!', '?', '\n', ';']).filter(|s| !s.trim().is_empty()).collect();
        let alarming = sentences.iter().filter(|s| matching(&self.strong, s) > 0);
        let calmed = alarming.clone().filter(|s| matching(&self.calm, s) > 0).count();
        let uncalmed = alarming.count() - calmed;
        Signs {
            strong: matching(&self.strong, &text),
            weak: matching(&self.weak, &text),
            calm: uncalmed == 0 && matching(&self.calm, &text) > 0,
        }
    }

    /// Decides whether a message is a crisis, given its signs and the model's crisis probability.
    pub fn is_crisis(&self, signs: Signs, crisis_probability: f32) -> bool {
        if signs.strong > 0 && !signs.calm {
            return true;
        }
        if signs.strong > 0 || signs.weak > 0 {
            return crisis_probability >= self.with_sign;
        }
        let threshold = if signs.calm { self.calm_model_alone } else { self.model_alone };
        crisis_probability >= threshold
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "model_alone = 0.6\ncalm_model_alone = 0.9\nwith_sign = 0.2\n# comment\nstrong: \\bkill myself\\b\nweak: \\bcan'?t cope\\b\ncalm: \\bused to\\b\n";

    #[test]
    fn strong_signs_win_unless_calm_words_need_the_model() {
        let safety = Safety::parse(SAMPLE).unwrap();
        assert!(safety.is_crisis(safety.signs("I want to KILL MYSELF"), 0.0));
        let past = safety.signs("I used to want to kill myself");
        assert!(!safety.is_crisis(past, 0.1));
        assert!(safety.is_crisis(past, 0.3));
        let now = safety.signs("I used to love it here. Now I want to kill myself");
        assert!(safety.is_crisis(now, 0.0), "calm words in another sentence do not calm");
    }

    #[test]
    fn weak_signs_need_the_model_and_no_signs_need_more_of_it() {
        let safety = Safety::parse(SAMPLE).unwrap();
        assert!(!safety.is_crisis(safety.signs("I can’t cope"), 0.1));
        assert!(safety.is_crisis(safety.signs("I can’t cope"), 0.25));
        assert!(!safety.is_crisis(safety.signs("hello"), 0.5));
        assert!(safety.is_crisis(safety.signs("hello"), 0.7));
        assert!(!safety.is_crisis(safety.signs("I used to live there"), 0.7), "calm words ask more of the model");
        assert!(safety.is_crisis(safety.signs("I used to live there"), 0.95));
    }

    #[test]
    fn mistakes_name_their_line() {
        let error = Safety::parse("model_alone = 0.5\ncalm_model_alone = 0.9\nwith_sign = 0.1\nstrong: (unclosed").unwrap_err();
        assert_eq!(error.0, 4);
        assert!(Safety::parse("strong: x").is_err(), "thresholds are required");
    }
}
