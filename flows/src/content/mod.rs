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

/// The locale every template must exist in, and the one any other locale falls back to, template
/// by template, so a council can add a language one file at a time.
const FALLBACK: &str = crate::language::ENGLISH;
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
    /// One strict registry per locale, holding that locale's templates and the fallback's under
    /// their keys (`pl/welcome`, `en/youth/welcome`), with the locale's shared pieces (`{{> changed}}`)
    /// in place of the fallback's, so a piece is always in the language of the reply around it.
    registries: BTreeMap<String, Handlebars<'static>>,
    /// Each template's settings, by the same key.
    settings: BTreeMap<String, FrontMatter>,
    /// Urgent help per area.
    crisis: Crisis,
    /// Life-change packs by locale, then id, as templates see them (`pack.title`, `pack.items`).
    packs: BTreeMap<String, BTreeMap<String, Value>>,
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
    /// The languages the bot knows, built once at load and shared with every turn's facts.
    language_names: LanguageNames,
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
        let prefix = format!("{FALLBACK}/");
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
        self.packs
            .get(FALLBACK)
            .map(|packs| packs.keys().cloned().collect())
            .unwrap_or_default()
    }

    /// The locales with templates of their own (`templates/<locale>/`), the fallback first, so
    /// checks can render every reply in each.
    pub fn locales(&self) -> Vec<String> {
        let others = self.registries.keys().filter(|locale| *locale != FALLBACK);
        std::iter::once(FALLBACK.to_string())
            .chain(others.cloned())
            .collect()
    }

    /// The templates a locale has of its own, by name (`welcome`, `youth/welcome`), so the
    /// content check can say which replies fall back to English.
    pub fn own_templates(&self, locale: &str) -> Vec<String> {
        let prefix = format!("{locale}/");
        self.settings
            .keys()
            .filter_map(|key| key.strip_prefix(&prefix))
            .map(str::to_string)
            .collect()
    }

    /// The languages with a sentence of their own in `content/languages.toml`, by code.
    pub fn language_codes(&self) -> Vec<String> {
        self.languages.keys().cloned().collect()
    }

    /// The English names of those languages and the locales the bot writes, for
    /// [`crate::Facts::languages`]: built once at load, so a turn only clones a pointer.
    pub fn language_names(&self) -> LanguageNames {
        self.language_names.clone()
    }

    /// Builds [`Content::language_names`] from the loaded languages and locales.
    fn known_languages(&self) -> LanguageNames {
        let names = self.languages.iter().filter_map(|(code, language)| {
            Some((code.clone(), language["name"].as_str()?.to_string()))
        });
        LanguageNames(std::sync::Arc::new(Known {
            names: names.collect(),
            written: self.locales(),
        }))
    }
}

/// The languages the bot knows, shared cheaply: the English name of each one it detects, by
/// ISO 639-1 code, so a handoff says "Somali" to the navigator booking an interpreter, not "so";
/// and the ones it writes (a locale folder of templates), whose speakers need no interpreter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LanguageNames(std::sync::Arc<Known>);

/// What [`LanguageNames`] shares.
#[derive(Debug, Clone, Default, PartialEq)]
struct Known {
    /// English names by code, from `languages.toml`.
    names: BTreeMap<String, String>,
    /// The locales with templates, English first.
    written: Vec<String>,
}

impl LanguageNames {
    /// The name of the language with this code, if `languages.toml` has it.
    pub fn name(&self, code: &str) -> Option<&str> {
        self.0.names.get(code).map(String::as_str)
    }

    /// Whether the bot writes this language (English always), so its speakers are answered in
    /// it rather than handed to a person for an interpreter.
    pub fn writes(&self, code: &str) -> bool {
        code == FALLBACK || self.0.written.iter().any(|locale| locale == code)
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
            .names
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
    packs: BTreeMap<String, BTreeMap<String, Value>>,
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
        } else if path == format!("templates/{FALLBACK}/{SAMPLES}") {
            self.samples = parse(path, text)?;
        } else if let Some(area) = file_stem(path, "crisis/") {
            self.crisis.insert(area, parse(path, text)?);
        } else if let Some((locale, pack)) = pack_of(path) {
            self.packs
                .entry(locale)
                .or_default()
                .insert(pack, parse(path, text)?);
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
        let (registries, settings) = compile(&self.templates)?;
        let mut content = Content {
            registries,
            settings,
            crisis,
            packs: self.packs,
            schools: self.schools,
            languages: self.languages,
            avoid,
            samples: self.samples,
            feedback: self.feedback,
            language_names: LanguageNames::default(),
        };
        content.language_names = content.known_languages();
        Ok(content)
    }
}

/// `crisis/kirklees.toml` under `crisis/` gives `kirklees`.
fn file_stem(path: &str, folder: &str) -> Option<String> {
    let name = path.strip_prefix(folder)?.strip_suffix(".toml")?;
    (!name.contains('/')).then(|| name.to_string())
}

/// `packs/retirement.toml` gives the fallback locale's `retirement`; `packs/pl/retirement.toml`
/// the Polish one.
fn pack_of(path: &str) -> Option<(String, String)> {
    let name = path.strip_prefix("packs/")?.strip_suffix(".toml")?;
    match name.split_once('/') {
        None => Some((FALLBACK.to_string(), name.to_string())),
        Some((locale, pack)) if !pack.contains('/') => Some((locale.to_string(), pack.to_string())),
        Some(_) => None,
    }
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

/// The registries by locale and every template's settings by key.
type Compiled = (
    BTreeMap<String, Handlebars<'static>>,
    BTreeMap<String, FrontMatter>,
);

/// Checks every template and reads its settings, then builds one registry per locale: the
/// fallback's templates, the locale's own, and the shared pieces (a file whose name starts with
/// `_`, such as `_changed.hbs`, used as `{{> changed}}` and never a reply of its own), the
/// locale's in place of the fallback's. Every youth wording needs a plain one to fall back on.
fn compile(templates: &BTreeMap<String, (String, String)>) -> Result<Compiled, ContentError> {
    let mut settings = BTreeMap::new();
    for (key, (path, text)) in templates {
        if partial_name(key).is_some() {
            continue;
        }
        if let Some((locale, name)) = key.split_once(&format!("/{YOUTH}")) {
            if !templates.contains_key(&format!("{locale}/{name}")) {
                return Err(template_error(
                    path,
                    "a youth wording needs the plain template of the same name".into(),
                ));
            }
        }
        settings.insert(
            key.clone(),
            front_matter::read(text).map_err(|reason| template_error(path, reason))?,
        );
    }
    let mut registries = BTreeMap::new();
    for locale in locales_of(templates) {
        let mut registry = render::registry();
        for (key, (path, text)) in templates
            .iter()
            .filter(|(key, _)| locale_of(key) == FALLBACK)
        {
            register(&mut registry, key, text, settings.get(key))
                .map_err(|reason| template_error(path, reason))?;
        }
        for (key, (path, text)) in templates
            .iter()
            .filter(|(key, _)| locale != FALLBACK && locale_of(key) == locale)
        {
            register(&mut registry, key, text, settings.get(key))
                .map_err(|reason| template_error(path, reason))?;
        }
        registries.insert(locale.to_string(), registry);
    }
    Ok((registries, settings))
}

/// The locales that have templates (`pl` for `pl/welcome`).
fn locales_of(templates: &BTreeMap<String, (String, String)>) -> std::collections::BTreeSet<&str> {
    templates.keys().map(|key| locale_of(key)).collect()
}

/// The locale of a template key.
fn locale_of(key: &str) -> &str {
    key.split_once('/').map_or(key, |(locale, _)| locale)
}

/// The partial name of a shared piece (`changed` for `en/_changed`), or `None` for a reply.
fn partial_name(key: &str) -> Option<&str> {
    key.rsplit('/')
        .next()
        .and_then(|name| name.strip_prefix('_'))
}

/// Registers one file: a shared piece under its partial name, a reply under its key with its
/// buttons' snippets.
fn register(
    registry: &mut Handlebars<'static>,
    key: &str,
    text: &str,
    matter: Option<&FrontMatter>,
) -> Result<(), String> {
    if let Some(partial) = partial_name(key) {
        return registry
            .register_partial(partial, text)
            .map_err(|error| error.to_string());
    }
    registry
        .register_template_string(key, text)
        .map_err(|error| error.to_string())?;
    for (index, button) in matter
        .map(|matter| matter.buttons.as_slice())
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        for (part, snippet) in [("label", &button.label), ("data", &button.data)] {
            registry
                .register_template_string(&render::button_key(key, index, part), snippet)
                .map_err(|error| error.to_string())?;
        }
    }
    Ok(())
}

/// A template error naming its file.
fn template_error(path: &str, reason: String) -> ContentError {
    ContentError::Template {
        path: path.to_string(),
        reason,
    }
}
