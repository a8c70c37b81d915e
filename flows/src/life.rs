//! Life changes (bereavement, retirement, becoming a carer, new to the area, leaving hospital):
//! a short pack of what helps, with `SAVE` to have the fuller list sent as one message to keep.
//!
//! The packs' words live in `content/packs/<id>.toml`; this module only decides when one fits.

use crate::dialogue::{Need, Stage, Topic};
use crate::keywords::Keyword;
use crate::search;
use crate::turn::Turn;
use nlp::{Classification, Tag};
use serde_json::json;

/// The tags that name a life change, and the pack each one opens.
const PACK_TAGS: [(Tag, &str); 4] = [
    (Tag::Bereaved, "bereavement"),
    (Tag::Retired, "retirement"),
    (Tag::Carers, "caring"),
    (Tag::NewToArea, "new_to_area"),
];
/// The pack for coming home from hospital, which has no tag of its own.
const HOSPITAL_PACK: &str = "leaving_hospital";

/// Every pack the flows can offer, so the content check can insist each one exists.
pub const PACKS: [&str; 5] = [
    "bereavement",
    "retirement",
    "caring",
    "new_to_area",
    HOSPITAL_PACK,
];

/// Offers a life-change pack when the message tells of one and the person is not simply asking
/// for something to do (then suggestions serve better). True when a pack was offered.
pub(crate) fn offer(turn: &mut Turn, topic: Topic, text: &str, meaning: &Classification) -> bool {
    if topic == Topic::Activity {
        return false;
    }
    let Some(pack) = pack_for(text, meaning)
        .filter(|pack| !turn.state.packs_offered.iter().any(|seen| seen == pack))
    else {
        return false;
    };
    turn.state.need = Need::start(topic, text, meaning, &turn.state.need);
    turn.state.packs_offered.push(pack.to_string());
    turn.state.stage = Stage::OfferedPack {
        pack: pack.to_string(),
    };
    turn.say("pack", json!({ "pack_id": pack }));
    true
}

/// True when the message's tags name a life change.
pub(crate) fn names_life_change(meaning: &Classification) -> bool {
    PACK_TAGS.iter().any(|(tag, _)| meaning.tags.contains(tag))
}

/// The pack a message points to, if any.
fn pack_for(text: &str, meaning: &Classification) -> Option<&'static str> {
    let tagged = PACK_TAGS
        .iter()
        .find(|(tag, _)| meaning.tags.contains(tag))
        .map(|(_, pack)| *pack);
    tagged.or_else(|| {
        text.to_lowercase()
            .contains("hospital")
            .then_some(HOSPITAL_PACK)
    })
}

/// Reads a message while a pack is on screen: `SAVE` sends the full pack as one message to
/// keep, yes goes on to local groups for the same need. False when it was about something else.
pub(crate) fn answer(turn: &mut Turn, pack: &str, keyword: Option<&Keyword>) -> bool {
    match keyword {
        Some(Keyword::Save) => turn.say("pack_saved", json!({ "pack_id": pack })),
        Some(Keyword::Yes | Keyword::More) => search::next_question(turn),
        _ => {
            turn.state.stage = Stage::Open;
            return false;
        }
    }
    true
}
