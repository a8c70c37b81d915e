//! What an SMS can carry: the GSM-7 alphabet, how many segments a text costs, and how to make
//! any text GSM-7 safe so a curly quote never turns a one-part message into a three-part one.
//!
//! The SMS channel uses [`segments`] to check and bill what it sends; the renderer uses
//! [`for_sms`] for every SMS and terminal reply.

/// The GSM 03.38 basic alphabet: each of these costs one septet.
const BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

/// The GSM 03.38 extension table: each of these costs two septets (an escape and the character).
const EXTENSION: &str = "\u{0c}^{}\\[~]|€";

/// Septets in a single-part GSM-7 message.
const GSM7_SINGLE: usize = 160;
/// Septets in each part of a multi-part GSM-7 message (the rest carries the joining header).
const GSM7_PART: usize = 153;
/// UTF-16 units in a single-part UCS-2 message.
const UCS2_SINGLE: usize = 70;
/// UTF-16 units in each part of a multi-part UCS-2 message.
const UCS2_PART: usize = 67;

/// The two encodings a phone network uses for text, because one character outside GSM-7
/// switches the whole message to UCS-2 and more than halves what fits in a part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// Seven bits a character: 160 in one part, 153 a part after that.
    Gsm7,
    /// Sixteen bits a character: 70 in one part, 67 a part after that.
    Ucs2,
}

/// How a text travels as SMS: what the gateway charges and what the two-part budget counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segments {
    /// The encoding the text needs.
    pub encoding: Encoding,
    /// How many parts it takes; 0 for an empty text.
    pub count: usize,
}

/// Counts the SMS parts a text needs, the way a handset packs them: an extension character
/// counts two septets and is never split across parts, nor is a UTF-16 surrogate pair.
pub fn segments(text: &str) -> Segments {
    if text.chars().all(is_gsm7) {
        let costs = text
            .chars()
            .map(|c| if EXTENSION.contains(c) { 2 } else { 1 });
        Segments {
            encoding: Encoding::Gsm7,
            count: parts(costs, GSM7_SINGLE, GSM7_PART),
        }
    } else {
        let costs = text.chars().map(char::len_utf16);
        Segments {
            encoding: Encoding::Ucs2,
            count: parts(costs, UCS2_SINGLE, UCS2_PART),
        }
    }
}

/// Packs units of the given costs into parts: one part if all fit in `single`, otherwise
/// greedily into parts of `part`, never splitting one character's units.
fn parts(costs: impl Iterator<Item = usize> + Clone, single: usize, part: usize) -> usize {
    let total: usize = costs.clone().sum();
    if total == 0 {
        return 0;
    }
    if total <= single {
        return 1;
    }
    let (mut count, mut used) = (1, 0);
    for cost in costs {
        if used + cost > part {
            count += 1;
            used = 0;
        }
        used += cost;
    }
    count
}

/// True when a character can travel in a GSM-7 message (basic or extension table).
pub fn is_gsm7(c: char) -> bool {
    BASIC.contains(c) || EXTENSION.contains(c)
}

/// Rewrites text so it stays GSM-7: typographic punctuation becomes its plain form, common
/// accented letters lose their accents, and anything else outside the alphabet (emoji, symbols)
/// is dropped, with the spaces it leaves tidied.
pub fn gsm7_safe(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_gsm7(c) {
            out.push(c);
        } else if let Some(plain) = plain_form(c) {
            out.push_str(plain);
        }
    }
    tidy_spaces(&out)
}

/// The text as an SMS carries it. Text in a Latin alphabet goes as GSM-7 ([`gsm7_safe`]: Polish
/// or Romanian letters lose their accents, as people text them), which keeps a reply to two
/// parts; text mostly in another script (a council's Urdu or Bengali templates) goes as written,
/// in UCS-2, because dropping its letters would leave nothing to read. Its parts are then 67
/// characters, and the content check counts them so.
pub fn for_sms(text: &str) -> String {
    let letters = text.chars().filter(|c| c.is_alphabetic());
    let (all, lost) = letters.fold((0, 0), |(all, lost), c| {
        let kept = is_gsm7(c) || plain_form(c).is_some();
        (all + 1, lost + usize::from(!kept))
    });
    if lost * 3 > all {
        tidy_spaces(text)
    } else {
        gsm7_safe(text)
    }
}

/// The GSM-7 stand-in for a character outside the alphabet, or `None` to drop it.
fn plain_form(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '`' | '´' => "'",
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{2033}' | '«' | '»' => "\"",
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '•' | '·' => "-",
        '\u{2026}' => "...",
        '\u{00a0}' | '\u{2002}'..='\u{200a}' | '\t' => " ",
        '×' => "x",
        'á' | 'â' | 'ã' | 'ā' => "a",
        'Á' | 'À' | 'Â' | 'Ã' => "A",
        'ç' => "Ç",
        'ê' | 'ë' | 'ē' => "e",
        'È' | 'Ê' | 'Ë' => "E",
        'í' | 'î' | 'ï' => "i",
        'Í' | 'Ì' | 'Î' | 'Ï' => "I",
        'ó' | 'ô' | 'õ' => "o",
        'Ó' | 'Ò' | 'Ô' | 'Õ' => "O",
        'ú' | 'û' => "u",
        'Ú' | 'Ù' | 'Û' => "U",
        'ý' | 'ÿ' => "y",
        'ą' | 'ă' => "a",
        'Ą' | 'Ă' => "A",
        'ć' | 'č' => "c",
        'Ć' | 'Č' => "C",
        'ę' | 'ě' => "e",
        'Ę' | 'Ě' => "E",
        'ğ' => "g",
        'Ğ' => "G",
        'ı' => "i",
        'İ' => "I",
        'ł' => "l",
        'Ł' => "L",
        'ń' | 'ň' => "n",
        'Ń' | 'Ň' => "N",
        'Ś' | 'Ş' | 'Ș' | 'Š' => "S",
        'ś' | 'ş' | 'ș' | 'š' => "s",
        'ț' | 'ţ' => "t",
        'Ț' | 'Ţ' => "T",
        'ź' | 'ż' | 'ž' => "z",
        'Ź' | 'Ż' | 'Ž' => "Z",
        'œ' => "oe",
        _ => return None,
    })
}

/// Collapses runs of spaces and drops spaces at line ends, so removed emoji leave no gaps.
fn tidy_spaces(text: &str) -> String {
    let lines: Vec<String> = text
        .split('\n')
        .map(|line| {
            line.split(' ')
                .filter(|word| !word.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gsm(count: usize) -> Segments {
        Segments {
            encoding: Encoding::Gsm7,
            count,
        }
    }

    #[test]
    fn plain_text_fits_one_part_up_to_160() {
        assert_eq!(segments(&"a".repeat(160)), gsm(1));
        assert_eq!(segments(&"a".repeat(161)), gsm(2));
        assert_eq!(segments(&"a".repeat(306)), gsm(2));
        assert_eq!(segments(&"a".repeat(307)), gsm(3));
        assert_eq!(segments(""), gsm(0));
    }

    #[test]
    fn extension_characters_count_two_and_are_not_split() {
        assert_eq!(segments(&"€".repeat(80)), gsm(1));
        assert_eq!(segments(&"€".repeat(81)), gsm(2));
        // 152 septets then a two-septet character: it moves whole to the second part.
        let text = format!("{}{}{}", "a".repeat(152), "€", "a".repeat(152));
        assert_eq!(segments(&text), gsm(3));
    }

    #[test]
    fn one_emoji_switches_to_ucs2() {
        assert_eq!(segments("hello 🙂").encoding, Encoding::Ucs2);
        assert_eq!(segments(&"é".repeat(160)), gsm(1));
        assert_eq!(segments(&"ā".repeat(70)).count, 1);
        assert_eq!(segments(&"ā".repeat(71)).count, 2);
        assert_eq!(segments(&"ā".repeat(135)).count, 3);
    }

    #[test]
    fn surrogate_pairs_are_not_split_between_parts() {
        // 134 units would be two parts of 67, but each emoji moves whole to the next part.
        let text = format!("{}🙂{}🙂", "ā".repeat(66), "ā".repeat(64));
        assert_eq!(segments(&text).count, 3);
    }

    #[test]
    fn latin_letters_go_plain_and_other_scripts_go_as_written() {
        let polish = for_sms("Dziękujemy, że piszesz. Spróbuj: spacer w sobotę, Łódź");
        assert_eq!(
            polish,
            "Dziekujemy, ze piszesz. Sprobuj: spacer w sobote, Lodz"
        );
        assert_eq!(segments(&polish).encoding, Encoding::Gsm7);
        let urdu = for_sms("شکریہ۔ ہماری ٹیم جلد رابطہ کرے گی، Batley");
        assert!(urdu.starts_with("شکریہ"));
        assert_eq!(segments(&urdu).encoding, Encoding::Ucs2);
        // One name in another script among English words is not worth four times the parts.
        assert_eq!(
            for_sms("Meet at 中 Cafe on Monday"),
            "Meet at Cafe on Monday"
        );
    }

    #[test]
    fn typography_and_emoji_are_made_safe() {
        let safe =
            gsm7_safe("It\u{2019}s \u{201c}free\u{201d} \u{2013} come along\u{2026} 🎉 café");
        assert_eq!(safe, "It's \"free\" - come along... café");
        assert!(safe.chars().all(is_gsm7));
    }
}
