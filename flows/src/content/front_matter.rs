//! What a template says about itself, in a TOML comment at its top:
//!
//! ```text
//! {{!--
//! long = true          # the person asked for this; it may run past two SMS parts
//! keyboard = true      # on Telegram, the buttons go under the typing box, not the message
//! buttons = [
//!   { each = "items", label = "{{number}}. {{name}}", data = "{{number}}" },
//!   { label = "More ideas", data = "MORE" },
//! ]
//! --}}
//! ```
//!
//! Keeping it in the template keeps the copy, its buttons and its length rule side by side for
//! whoever edits them.

use serde::Deserialize;

/// Where the front matter starts and ends; handlebars drops it as a comment when rendering.
const OPEN: &str = "{{!--";
/// See [`OPEN`].
const CLOSE: &str = "--}}";

/// A template's own settings.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FrontMatter {
    /// The reply is one the person asked details for, so the two-part SMS budget does not apply.
    #[serde(default)]
    pub long: bool,
    /// Telegram buttons for the choices the reply offers.
    #[serde(default)]
    pub buttons: Vec<ButtonSpec>,
    /// Show the buttons as a Telegram reply keyboard: large keys in place of the phone's
    /// keyboard, which stay in reach until pressed rather than scrolling away with the message,
    /// for the main choices an older person answers. A key sends its label, which the bot reads
    /// as the button's data.
    #[serde(default)]
    pub keyboard: bool,
}

/// One button, or one per item of a list.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ButtonSpec {
    /// A handlebars snippet for what the button says.
    pub label: String,
    /// A handlebars snippet for what pressing it sends back, as if typed; or
    /// [`crate::LOCATION_BUTTON`] for a button that shares the person's location on Telegram.
    pub data: String,
    /// The name of a list in the reply's values: one button per item, rendered with the item.
    pub each: Option<String>,
}

/// Reads the front matter of a template, if it opens with one; a comment that is not valid
/// TOML is an error rather than silently ignored.
pub(crate) fn read(template: &str) -> Result<FrontMatter, String> {
    let Some(rest) = template.trim_start().strip_prefix(OPEN) else {
        return Ok(FrontMatter::default());
    };
    let end = rest
        .find(CLOSE)
        .ok_or("the opening comment is never closed")?;
    toml::from_str(&rest[..end]).map_err(|error| error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_settings_and_defaults() {
        let matter =
            read("{{!--\nlong = true\nbuttons = [{ label = \"Yes\", data = \"YES\" }]\n--}}\nHi")
                .expect("ok");
        assert!(matter.long);
        assert_eq!(matter.buttons[0].data, "YES");
        assert_eq!(read("Hi {{name}}").expect("ok"), FrontMatter::default());
        assert!(read("{{!-- lng = true --}}").is_err());
    }
}
