//! Everything a council edits without a compiler, turned into replies: handlebars templates in
//! `content/templates/<locale>/`, crisis numbers per area, life-change packs, school codes and the
//! words to avoid.
//!
//! The bot walks `content/` and hands the files over as text ([`Content::from_files`]); nothing
//! here touches the file system, so the flows stay pure and tests can build content in memory.
//!
//! # Layout
//! - this file: loading and checking the files.
//! - `render`: one [`Reply`](crate::Reply) to text and buttons for a channel.
//! - `front_matter`: a template's own settings (buttons, long replies).
//! - `crisis`, `style`: urgent help per area; words to avoid.

mod crisis;
mod front_matter;
mod render;
mod style;

pub use render::{Button, RenderError, Rendered};
pub use style::AvoidRule;

use crate::cohort::Schools;
use crisis::{Crisis, CrisisFile};
use front_matter::FrontMatter;
use handlebars::Handlebars;
use serde_json::Value;
use std::collections::BTreeMap;

/// The only locale so far; templates live in `templates/en/`.
const LOCALE: &str = "en";
/// The folder inside a locale for the youth wording of a template.
const YOUTH: &str = "youth/";
/// Sample values for every template, for the content check (`templates/<locale>/_samples.toml`).
const SAMPLES: &str = "_samples.toml";

/// Why the content could not be loaded; names the file so an editor can fix it.
#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    /// A template does not parse.
    #[error("{path}: {reason}")]
    Template {
        /// The file, relative to `content/`.
        path: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A data file is not the TOML expected.
    #[error("{path}: {source}")]
    Toml {
        /// The file, relative to `content/`.
        path: String,
        /// What the parser said.
        source: toml::de::Error,
    },
    /// A file the bot cannot work without is missing or incomplete.
    #[error("{path} is missing or incomplete: {what}")]
    Missing {
        /// The file, relative to `content/`.
        path: String,
        /// What should be there.
        what: String,
    },
}

/// The loaded content, ready to render replies; build once at start and share.
pub struct Content {
    /// Every template by key (`en/welcome`, `en/youth/welcome`), strict about missing values.
    registry: Handlebars<'static>,
    /// Each template's settings, by the same key.
    settings: BTreeMap<String, FrontMatter>,
    /// Urgent help per area.
    crisis: Crisis,
    /// Life-change packs by id, as templates see them (`pack.title`, `pack.items`, ...).
    packs: BTreeMap<String, Value>,
    /// School codes.
    schools: Schools,
    /// One sentence per language the bot can detect but not yet write in, by ISO 639-1 code.
    languages: BTreeMap<String, Value>,
    /// Words never to send.
    avoid: style::AvoidList,
    /// Sample values per template name, for the content check.
    samples: BTreeMap<String, Value>,
    /// The council's choice about the optional feedback question.
    feedback: Feedback,
}

/// `feedback.toml`: whether the optional feedback question is asked after a check-in (off when
/// the file is missing). Its words are the templates `feedback_question` and `feedback_thanks`.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Feedback {
    /// Ask it, once per person, after they say they went to a suggestion.
    ask_after_check_in: bool,
}

impl Content {
    /// Loads content from its files: path relative to `content/` (with `/`) to the file's text.
    /// Files that belong to others (`places/`, `directory/`, `nlp/`) are ignored.
    ///
    /// # Errors
    /// A template that does not parse, a data file that is not the TOML expected, or a missing
    /// `crisis/default.toml` (with its emergency number) or `style/avoid.toml`.
    pub fn from_files(files: BTreeMap<String, String>) -> Result<Content, ContentError> {
        let mut loader = Loader::default();
        for (path, text) in &files {
            loader.take(&path.replace('\\', "/"), text)?;
        }
        loader.finish()
    }

    /// The school codes, for [`crate::Facts::schools`].
    pub fn schools(&self) -> Schools {
        self.schools.clone()
    }

    /// Whether the council asks the feedback question, for [`crate::Facts::ask_feedback`].
    pub fn asks_feedback(&self) -> bool {
        self.feedback.ask_after_check_in
    }

    /// The avoided words a text contains, each with what to say instead; empty when it is fine.
    /// The content check runs it on every template; the bot may run it on directory text.
    pub fn avoided_in(&self, text: &str) -> Vec<&AvoidRule> {
        self.avoid.broken_by(text)
    }

    /// The names a [`crate::Reply`] may use, so checks can render each one.
    pub fn template_names(&self) -> Vec<String> {
        let prefix = format!("{LOCALE}/");
        let names = self
            .settings
            .keys()
            .filter_map(|key| key.strip_prefix(&prefix));
        names
            .filter(|name| !name.starts_with(YOUTH))
            .map(str::to_string)
            .collect()
    }

    /// The sample values of a template, from `_samples.toml`.
    pub fn sample(&self, template: &str) -> Option<&Value> {
        self.samples.get(template)
    }

    /// The areas with crisis numbers of their own (and `default`), so checks can render each.
    pub fn areas(&self) -> Vec<String> {
        self.crisis.areas().map(str::to_string).collect()
    }

    /// The life-change packs in `content/packs/`, by id.
    pub fn pack_ids(&self) -> Vec<String> {
        self.packs.keys().cloned().collect()
    }

    /// The languages with a sentence of their own in `content/languages.toml`, by code.
    pub fn language_codes(&self) -> Vec<String> {
        self.languages.keys().cloned().collect()
    }

    /// The English names of those languages, for [`crate::Facts::languages`].
    pub fn language_names(&self) -> LanguageNames {
        let names = self.languages.iter().filter_map(|(code, language)| {
            Some((code.clone(), language["name"].as_str()?.to_string()))
        });
        LanguageNames(std::sync::Arc::new(names.collect()))
    }
}

/// The English name of each language the bot detects but cannot write in, by ISO 639-1 code, so
/// a handoff says "Somali" to the navigator booking an interpreter, not "so"; shared cheaply.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LanguageNames(std::sync::Arc<BTreeMap<String, String>>);

impl LanguageNames {
    /// The name of the language with this code, if `languages.toml` has it.
    pub fn name(&self, code: &str) -> Option<&str> {
        self.0.get(code).map(String::as_str)
    }

    /// The code of a language named by its code or its English name, in any case ("pl",
    /// "Polish"), so `LANGUAGE POLISH` works for someone who does not know the code; `en` for
    /// English, which the bot writes itself.
    pub fn code_of(&self, word: &str) -> Option<String> {
        let word = word.trim().to_lowercase();
        if word == "en" || word == "english" {
            return Some("en".to_string());
        }
        self.0
            .iter()
            .find(|(code, name)| **code == word || name.to_lowercase() == word)
            .map(|(code, _)| code.clone())
    }
}

/// A language the bot detects but cannot yet write in, as `languages.toml` gives it.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Language {
    /// Its name in English, for navigators.
    name: String,
    /// "Thank you, someone from our team will contact you and can help in your language", in
    /// its own script.
    person_will_help: String,
    /// The same in Latin letters without accents, for SMS, where other scripts cannot go
    /// (GSM-7); the sentence itself when it is already so.
    person_will_help_sms: Option<String>,
    /// "If you are in danger now, call the number below; someone from our team will contact
    /// you soon", in its own script: the crisis reply opens with it, so a person in danger is
    /// not met with English alone. Required: every language the bot detects must have it.
    in_danger: String,
    /// The same in Latin letters without accents, for SMS, as above.
    in_danger_sms: Option<String>,
}

impl Language {
    /// The values templates see (`language.name`, `language.text`, `language.sms`,
    /// `language.in_danger`, `language.in_danger_sms`).
    fn into_value(self) -> Value {
        let sms = self
            .person_will_help_sms
            .unwrap_or_else(|| self.person_will_help.clone());
        let in_danger_sms = self.in_danger_sms.unwrap_or_else(|| self.in_danger.clone());
        serde_json::json!({
            "name": self.name, "text": self.person_will_help, "sms": sms,
            "in_danger": self.in_danger, "in_danger_sms": in_danger_sms,
        })
    }
}

/// Gathers the files one by one, then checks that what the bot needs is all there.
#[derive(Default)]
struct Loader {
    templates: BTreeMap<String, (String, String)>,
    crisis: BTreeMap<String, CrisisFile>,
    packs: BTreeMap<String, Value>,
    schools: Schools,
    languages: BTreeMap<String, Value>,
    avoid: Option<style::AvoidList>,
    samples: BTreeMap<String, Value>,
    feedback: Feedback,
}

impl Loader {
    /// Files this crate reads, by where they live; anything else is someone else's.
    fn take(&mut self, path: &str, text: &str) -> Result<(), ContentError> {
        if let Some(key) = path
            .strip_prefix("templates/")
            .and_then(|rest| rest.strip_suffix(".hbs"))
        {
            self.templates
                .insert(key.to_string(), (path.to_string(), text.to_string()));
        } else if path == format!("templates/{LOCALE}/{SAMPLES}") {
            self.samples = parse(path, text)?;
        } else if let Some(area) = file_stem(path, "crisis/") {
            self.crisis.insert(area, parse(path, text)?);
        } else if let Some(pack) = file_stem(path, "packs/") {
            self.packs.insert(pack, parse(path, text)?);
        } else if path == "schools.toml" {
            self.schools = Schools::from_toml(text).map_err(|source| toml_error(path, source))?;
        } else if path == "languages.toml" {
            let languages: BTreeMap<String, Language> = parse(path, text)?;
            self.languages = languages
                .into_iter()
                .map(|(code, language)| (code, language.into_value()))
                .collect();
        } else if path == "style/avoid.toml" {
            self.avoid = Some(parse(path, text)?);
        } else if path == "feedback.toml" {
            self.feedback = parse(path, text)?;
        }
        Ok(())
    }

    /// Compiles the templates and merges the crisis files.
    fn finish(mut self) -> Result<Content, ContentError> {
        let default = self.crisis.remove(crisis::DEFAULT_AREA).unwrap_or_default();
        let crisis =
            Crisis::merge(&default, &self.crisis).ok_or_else(|| ContentError::Missing {
                path: "crisis/default.toml".into(),
                what: "the emergency number".into(),
            })?;
        let avoid = self.avoid.ok_or_else(|| ContentError::Missing {
            path: "style/avoid.toml".into(),
            what: "the words to avoid".into(),
        })?;
        let (registry, settings) = compile(&self.templates)?;
        Ok(Content {
            registry,
            settings,
            crisis,
            packs: self.packs,
            schools: self.schools,
            languages: self.languages,
            avoid,
            samples: self.samples,
            feedback: self.feedback,
        })
    }
}

/// `crisis/kirklees.toml` under `crisis/` gives `kirklees`.
fn file_stem(path: &str, folder: &str) -> Option<String> {
    let name = path.strip_prefix(folder)?.strip_suffix(".toml")?;
    (!name.contains('/')).then(|| name.to_string())
}

/// Parses a TOML file into what it should hold, naming the file on error.
fn parse<T: serde::de::DeserializeOwned>(path: &str, text: &str) -> Result<T, ContentError> {
    toml::from_str(text).map_err(|source| toml_error(path, source))
}

/// A TOML error with its file.
fn toml_error(path: &str, source: toml::de::Error) -> ContentError {
    ContentError::Toml {
        path: path.to_string(),
        source,
    }
}

/// Registers every template and its buttons' snippets in one strict registry, and checks that
/// every youth wording has a plain one to fall back on. A file whose name starts with `_`
/// (`_changed.hbs`) is a piece shared by several templates, used as `{{> changed}}`, and is
/// never a reply of its own.
fn compile(
    templates: &BTreeMap<String, (String, String)>,
) -> Result<(Handlebars<'static>, BTreeMap<String, FrontMatter>), ContentError> {
    let mut registry = render::registry();
    let mut settings = BTreeMap::new();
    for (key, (path, text)) in templates {
        let fail = |reason: String| ContentError::Template {
            path: path.clone(),
            reason,
        };
        if let Some(partial) = key
            .rsplit('/')
            .next()
            .and_then(|name| name.strip_prefix('_'))
        {
            registry
                .register_partial(partial, text.as_str())
                .map_err(|error| fail(error.to_string()))?;
            continue;
        }
        if let Some((locale, name)) = key.split_once(&format!("/{YOUTH}")) {
            if !templates.contains_key(&format!("{locale}/{name}")) {
                return Err(fail(
                    "a youth wording needs the plain template of the same name".into(),
                ));
            }
        }
        let matter = front_matter::read(text).map_err(fail)?;
        registry
            .register_template_string(key, text)
            .map_err(|error| fail(error.to_string()))?;
        for (index, button) in matter.buttons.iter().enumerate() {
            for (part, snippet) in [("label", &button.label), ("data", &button.data)] {
                let name = render::button_key(key, index, part);
                registry
                    .register_template_string(&name, snippet)
                    .map_err(|error| fail(error.to_string()))?;
            }
        }
        settings.insert(key.clone(), matter);
    }
    Ok((registry, settings))
}
