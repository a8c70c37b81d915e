//! One [`Reply`] to what a channel sends: SMS and terminal get plain GSM-7 text that fits two
//! parts (a reply that runs over is rendered again in its compact form); Telegram gets the
//! text as written plus buttons for the choices.

use super::{Content, FALLBACK, YOUTH};
use crate::sms::{self, Segments};
use crate::{Channel, Reply};
use handlebars::{handlebars_helper, Handlebars};
use serde_json::{Map, Value};

/// The most SMS parts a reply may take unless the person asked for it.
const SMS_BUDGET: usize = 2;

/// A button under a Telegram message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Button {
    /// What the button says.
    pub label: String,
    /// What pressing it sends back, read as if the person had typed it.
    pub data: String,
}

/// A reply ready to send on one channel.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    /// The text, GSM-7 safe for SMS and the terminal.
    pub text: String,
    /// Buttons for the choices (Telegram only; empty elsewhere).
    pub buttons: Vec<Button>,
    /// The buttons go in a reply keyboard rather than under the message (Telegram only).
    pub keyboard: bool,
    /// The SMS parts the text would take, so the SMS channel and the checks can count them.
    pub segments: Segments,
    /// False only for an SMS or terminal reply over two parts that the person did not ask for:
    /// the checks fail on it, and the bot may log it.
    pub fits_budget: bool,
}

/// Why a reply could not be rendered: a bug in the flows or in the content, never the person.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// No template has this name.
    #[error("no template named {0}")]
    UnknownTemplate(String),
    /// The reply names a life-change pack that has no file.
    #[error("no pack named {0} in content/packs")]
    UnknownPack(String),
    /// The template needs a value the reply lacks, or a helper failed.
    #[error("template {template}: {reason}")]
    Template {
        /// The template key.
        template: String,
        /// What handlebars said (strict mode names the missing value).
        reason: String,
    },
}

/// The locale a reply is written in: the person's language when the bot writes it (the flows
/// set `locale`), else the fallback.
fn locale_of(reply: &Reply) -> &str {
    reply
        .vars
        .get("locale")
        .and_then(Value::as_str)
        .unwrap_or(FALLBACK)
}

/// Whether a reply goes to a young person in a school cohort (its `youth` value), which picks
/// both the youth wording and the young people's crisis lines.
fn is_for_youth(reply: &Reply) -> bool {
    reply
        .vars
        .get("youth")
        .and_then(Value::as_bool)
        .unwrap_or(false)
}

handlebars_helper!(short: |text: str, most: u64| shorten(text, usize::try_from(most).unwrap_or(usize::MAX)));

/// A strict registry that writes values as they are (no HTML escaping: these are texts, not
/// pages) and knows the `short` helper for names that may run long.
pub(super) fn registry() -> Handlebars<'static> {
    let mut registry = Handlebars::new();
    registry.set_strict_mode(true);
    registry.register_escape_fn(handlebars::no_escape);
    registry.register_helper("short", Box::new(short));
    registry
}

/// The registry key of one button's label or data snippet.
pub(super) fn button_key(template: &str, index: usize, part: &str) -> String {
    format!("{template}#button{index}#{part}")
}

/// Cuts a text to at most `most` characters at a word boundary, marking the cut with "..".
fn shorten(text: &str, most: usize) -> String {
    if text.chars().count() <= most {
        return text.to_string();
    }
    let cut: String = text.chars().take(most.saturating_sub(2)).collect();
    let at_word = cut.rfind(' ').map_or(cut.as_str(), |space| &cut[..space]);
    format!("{}..", at_word.trim_end_matches([',', ';', ':', '-', ' ']))
}

impl Content {
    /// Renders a reply for a channel in the person's language: the youth wording for a school
    /// cohort when there is one, the crisis numbers of the reply's area, and a life-change pack
    /// when it names one.
    ///
    /// # Errors
    /// An unknown template or pack, or a value the template needs that the reply lacks: bugs in
    /// the flows or the content, which the content check and the replayed conversations catch.
    pub fn render(&self, reply: &Reply, channel: Channel) -> Result<Rendered, RenderError> {
        let key = self.template_key(reply)?;
        let registry = self
            .registries
            .get(locale_of(reply))
            .or_else(|| self.registries.get(FALLBACK));
        let registry =
            registry.ok_or_else(|| RenderError::UnknownTemplate(reply.template.clone()))?;
        let mut context = self.context(reply, channel, &key)?;
        let rendered = self.render_key(registry, &key, &context, channel)?;
        if rendered.fits_budget {
            return Ok(rendered);
        }
        context.insert("compact".into(), Value::Bool(true));
        self.render_key(registry, &key, &context, channel)
    }

    /// The template to use, the first that exists of: the locale's youth wording (for a school
    /// cohort), the locale's plain one, then the same two in the fallback. The language comes
    /// before the tone: a young person is better served by plain words they read.
    fn template_key(&self, reply: &Reply) -> Result<String, RenderError> {
        let youth = is_for_youth(reply);
        let locales = [locale_of(reply), FALLBACK];
        let mut candidates = locales.iter().flat_map(|locale| {
            let tone = youth.then(|| format!("{locale}/{YOUTH}{}", reply.template));
            tone.into_iter()
                .chain(std::iter::once(format!("{locale}/{}", reply.template)))
        });
        candidates
            .find(|key| self.settings.contains_key(key))
            .ok_or_else(|| RenderError::UnknownTemplate(reply.template.clone()))
    }

    /// The reply's values plus what content adds: the channel, the crisis help for the area,
    /// the pack the reply names, and the sentence in the person's language from
    /// `languages.toml` unless the template `key` is already written in it.
    fn context(
        &self,
        reply: &Reply,
        channel: Channel,
        key: &str,
    ) -> Result<Map<String, Value>, RenderError> {
        let mut context = reply.vars.as_object().cloned().unwrap_or_default();
        let area = context
            .get("area")
            .and_then(Value::as_str)
            .map(str::to_string);
        let help = serde_json::to_value(self.crisis.for_area(area.as_deref(), is_for_youth(reply)))
            .unwrap_or(Value::Null);
        context.insert("crisis".into(), help);
        context.insert("sms".into(), Value::Bool(channel != Channel::Telegram));
        context.insert("compact".into(), Value::Bool(false));
        let language = context
            .get("lang")
            .and_then(Value::as_str)
            .filter(|code| !key.starts_with(&format!("{code}/")))
            .and_then(|code| self.languages.get(code))
            .cloned();
        if let Some(language) = language {
            context.insert("language".into(), language);
        }
        if let Some(pack) = context
            .get("pack_id")
            .and_then(Value::as_str)
            .map(str::to_string)
        {
            let data = [locale_of(reply), FALLBACK]
                .iter()
                .find_map(|locale| self.packs.get(*locale)?.get(&pack))
                .ok_or(RenderError::UnknownPack(pack))?;
            context.insert("pack".into(), data.clone());
        }
        Ok(context)
    }

    /// Renders one template key with a ready context.
    fn render_key(
        &self,
        registry: &Handlebars<'static>,
        key: &str,
        context: &Map<String, Value>,
        channel: Channel,
    ) -> Result<Rendered, RenderError> {
        let plain_text = channel != Channel::Telegram;
        let written = tidy(&fill(registry, key, context)?);
        let text = if plain_text {
            sms::for_sms(&written)
        } else {
            written
        };
        let segments = sms::segments(&text);
        let long = self.settings.get(key).is_some_and(|settings| settings.long);
        let buttons = if plain_text {
            Vec::new()
        } else {
            self.buttons(registry, key, context)?
        };
        let keyboard = !buttons.is_empty()
            && self
                .settings
                .get(key)
                .is_some_and(|settings| settings.keyboard);
        Ok(Rendered {
            keyboard,
            fits_budget: long || !plain_text || segments.count <= SMS_BUDGET,
            text,
            buttons,
            segments,
        })
    }

    /// The Telegram buttons of a template: one per item for a list button; a button whose
    /// label or data comes out empty is left out, so a template can offer one conditionally.
    fn buttons(
        &self,
        registry: &Handlebars<'static>,
        key: &str,
        context: &Map<String, Value>,
    ) -> Result<Vec<Button>, RenderError> {
        let specs = self
            .settings
            .get(key)
            .map(|settings| settings.buttons.as_slice())
            .unwrap_or_default();
        let mut buttons = Vec::new();
        for (index, spec) in specs.iter().enumerate() {
            let contexts = match &spec.each {
                Some(list) => items(context, list),
                None => vec![context.clone()],
            };
            for item in contexts {
                let label = fill(registry, &button_key(key, index, "label"), &item)?
                    .trim()
                    .to_string();
                let data = fill(registry, &button_key(key, index, "data"), &item)?
                    .trim()
                    .to_string();
                if !label.is_empty() && !data.is_empty() {
                    buttons.push(Button { label, data });
                }
            }
        }
        Ok(buttons)
    }
}

/// Runs handlebars, naming the template on error.
fn fill(
    registry: &Handlebars<'static>,
    key: &str,
    context: &Map<String, Value>,
) -> Result<String, RenderError> {
    registry
        .render(key, context)
        .map_err(|error| RenderError::Template {
            template: key.to_string(),
            reason: error.to_string(),
        })
}

/// One context per item of a list in the context: the item's fields over the reply's values.
fn items(context: &Map<String, Value>, list: &str) -> Vec<Map<String, Value>> {
    let entries = context
        .get(list)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    entries
        .into_iter()
        .map(|entry| {
            let mut item = context.clone();
            if let Value::Object(fields) = entry {
                item.extend(fields);
            }
            item
        })
        .collect()
}

/// Trims line ends and collapses blank lines, so block helpers in templates leave no gaps.
fn tidy(text: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim_end) {
        let blank_after_blank = line.is_empty() && out.last().is_none_or(|last| last.is_empty());
        if !blank_after_blank {
            out.push(line);
        }
    }
    while out.last().is_some_and(|last| last.is_empty()) {
        out.pop();
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shorten_cuts_at_a_word() {
        assert_eq!(shorten("Knit and Natter at the Library", 14), "Knit and..");
        assert_eq!(shorten("Short", 14), "Short");
    }

    #[test]
    fn tidy_collapses_blank_lines() {
        assert_eq!(tidy("\nHi  \n\n\n\nthere\n\n"), "Hi\n\nthere");
    }
}
