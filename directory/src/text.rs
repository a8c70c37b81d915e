//! Publisher text made fit for a text message: council directories are edited in web content
//! systems, so descriptions arrive as HTML (`<p>Knit &amp; natter&nbsp;</p>`), which would reach a
//! resident's phone as markup and skew the sentence embedding the search compares.

/// Tags that end a line of text: paragraphs, breaks, list items, headings, table rows.
const LINE_BREAKING_TAGS: [&str; 15] =
    ["p", "br", "div", "li", "ul", "ol", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote"];

/// Named entities seen in real feeds, with the character each stands for.
const ENTITIES: [(&str, &str); 17] = [
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", " "),
    ("pound", "£"),
    ("euro", "€"),
    ("ndash", "–"),
    ("mdash", "—"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("hellip", "…"),
    ("bull", "•"),
    ("copy", "©"),
];

/// The words of `text` without HTML markup or entities, one line per paragraph or list item,
/// spaces collapsed. Text with no markup comes back with only its spacing tidied, and a lone
/// `<` or `&` that is not markup ("ages 5 & up", "under <5s") is kept as written.
pub fn plain_text(text: &str) -> String {
    let lines = decode_entities(&strip_tags(text));
    lines
        .lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Removes tags, putting a line break where a block of text ended.
fn strip_tags(text: &str) -> String {
    rewrite_at(text, '<', |after| {
        let (name, close) = tag_name(after).zip(after.find('>'))?;
        let breaks_line = LINE_BREAKING_TAGS.contains(&name.as_str());
        Some((if breaks_line { "\n" } else { "" }.to_string(), close + 1))
    })
}

/// The lower-case name of the tag that starts `after` (the text just after a `<`), or `None` when
/// it is not a tag at all.
fn tag_name(after: &str) -> Option<String> {
    let body = after.strip_prefix('/').unwrap_or(after);
    if body.starts_with('!') {
        return Some("!".to_string());
    }
    let name: String = body.chars().take_while(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase();
    name.starts_with(|c: char| c.is_ascii_alphabetic()).then_some(name)
}

/// Replaces `&name;`, `&#39;` and `&#x27;` by their characters; anything else is left alone.
fn decode_entities(text: &str) -> String {
    rewrite_at(text, '&', |after| {
        let end = after.find(';').filter(|&end| end <= 8)?;
        Some((entity(&after[..end])?.to_string(), end + 1))
    })
}

/// Rewrites `text` at each `marker`: `read` is given the text just after it and returns what
/// to write instead and how many bytes of that text it stands for, or `None` to keep the
/// marker as written.
fn rewrite_at(text: &str, marker: char, read: impl Fn(&str) -> Option<(String, usize)>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(marker) {
        out.push_str(&rest[..at]);
        let after = &rest[at + marker.len_utf8()..];
        match read(after) {
            Some((replacement, used)) => {
                out.push_str(&replacement);
                rest = &after[used..];
            }
            None => {
                out.push(marker);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character an entity's name (between `&` and `;`) stands for.
fn entity(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code);
    }
    ENTITIES.iter().find(|(known, _)| *known == name).and_then(|(_, character)| character.chars().next())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cms_description_becomes_lines_of_plain_words() {
        let html = "<p>Struggling with Drug &amp; Alcohol?&nbsp;We&#39;re here.</p><ul><li>CV writing</li>\
                    <li>Mock interviews</li></ul><p><br></p><p>Call&nbsp;<a href=\"tel:01724\">01724 296969</a>.</p>";
        assert_eq!(plain_text(html), "Struggling with Drug & Alcohol? We're here.\nCV writing\nMock interviews\nCall 01724 296969.");
    }

    #[test]
    fn text_without_markup_keeps_its_words_and_stray_symbols() {
        assert_eq!(plain_text("  Ages 5 & up,   under <5s free  "), "Ages 5 & up, under <5s free");
        assert_eq!(plain_text("Fish &chips; R&amp;B"), "Fish &chips; R&B");
        assert_eq!(plain_text("<p><br></p>"), "");
        assert_eq!(plain_text("Caf&#xE9; <!-- note --> &pound;2"), "Café £2");
    }
}
