//! Life changes (bereavement, retirement, becoming a carer, new to the area, leaving hospital, a
//! young person leaving school): a short pack of what helps, offered once, alongside the ideas
//! for what the person asked (never instead of them), with `SAVE` to have the fuller list sent
//! as one message to keep.
//!
//! The packs' words live in `content/packs/<id>.toml`; this module only decides when one fits.

use crate::keywords::Keyword;
use crate::turn::Turn;
use crate::words::Words;
use nlp::{Classification, Tag};
use serde_json::json;

/// The tags that name a life change, and the pack each one opens.
const PACK_TAGS: [(Tag, &str); 4] = [
    (Tag::Bereaved, "bereavement"),
    (Tag::Retired, "retirement"),
    (Tag::Carers, "caring"),
    (Tag::NewToArea, "new_to_area"),
];
/// The words that name a life change when the classifier gave no tag for it.
const PACK_WORDS: [(&str, &[&str]); 6] = [
    (
        "bereavement",
        &[
            "passed away",
            "died",
            "lost my wife",
            "lost my husband",
            "lost my partner",
            "lost my mum",
            "lost my dad",
            "widowed",
            "funeral",
        ],
    ),
    ("retirement", &["retired", "retiring", "retirement"]),
    (
        "caring",
        &["carer", "caring for", "looking after my", "care for my"],
    ),
    (
        "new_to_area",
        &[
            "just moved",
            "moved here",
            "new to the area",
            "new round here",
            "new here",
        ],
    ),
    (
        "leaving_hospital",
        &["hospital", "discharged", "out of hospital"],
    ),
    (
        "leaving_school",
        &[
            "leaving school",
            "left school",
            "finished school",
            "finish school",
            "school leaver",
            "finished my exams",
            "leaving college",
            "finished college",
        ],
    ),
];

/// Every pack the flows can offer, so the content check can insist each one exists.
pub const PACKS: [&str; 6] = [
    "bereavement",
    "retirement",
    "caring",
    "new_to_area",
    "leaving_hospital",
    "leaving_school",
];

/// The pack a message points to, if any, by its tags first and then its words.
pub(crate) fn pack_for(words: &Words, meaning: &Classification) -> Option<&'static str> {
    let tagged = PACK_TAGS
        .iter()
        .find(|(tag, _)| meaning.tags.contains(tag))
        .map(|(_, pack)| *pack);
    tagged.or_else(|| {
        PACK_WORDS
            .iter()
            .find(|(_, signs)| words.has_any(signs))
            .map(|(pack, _)| *pack)
    })
}

/// Packs said before the ideas they go alongside, not after: a loss is acknowledged ("I'm so
/// sorry") before anything is suggested.
const SAID_BEFORE_IDEAS: [&str; 1] = ["bereavement"];

/// Notes a pack to offer with the next ideas (or, for a loss, says it now), unless it was
/// offered before. True when one was noted.
pub(crate) fn note(turn: &mut Turn, pack: &str) -> bool {
    let seen = turn
        .state
        .packs_offered
        .iter()
        .any(|offered| offered == pack);
    if !seen {
        turn.state.pack_due = Some(pack.to_string());
        if SAID_BEFORE_IDEAS.contains(&pack) {
            offer_due_pack(turn);
        }
    }
    !seen
}

/// Sends the pack noted for this conversation, after the ideas it goes alongside (or at once,
/// for a loss).
pub(crate) fn offer_due_pack(turn: &mut Turn) {
    if let Some(pack) = turn.state.pack_due.take() {
        turn.say("pack", json!({ "pack_id": pack }));
        turn.state.packs_offered.push(pack);
    }
}

/// `SAVE`: the last pack offered, in full, as one message to keep. False when none was.
pub(crate) fn save(turn: &mut Turn, keyword: Option<&Keyword>) -> bool {
    if keyword != Some(&Keyword::Save) {
        return false;
    }
    let Some(pack) = turn.state.packs_offered.last().cloned() else {
        return false;
    };
    turn.say("pack_saved", json!({ "pack_id": pack }));
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use nlp::Route;

    #[test]
    fn a_life_change_is_read_from_tags_then_words() {
        let plain = Classification::plain(Route::Volunteer);
        let retired = Classification {
            tags: vec![Tag::Retired],
            ..plain.clone()
        };
        assert_eq!(
            pack_for(&Words::new("I'd like to help"), &retired),
            Some("retirement")
        );
        assert_eq!(
            pack_for(&Words::new("I left school in June, bored"), &plain),
            Some("leaving_school")
        );
        assert_eq!(pack_for(&Words::new("walking in Batley"), &plain), None);
    }
}
