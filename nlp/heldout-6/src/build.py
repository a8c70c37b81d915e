"""Assemble held-out set 6 from the hand-written lists in this folder.

Only assembles: attaches kind, adds non_english to every non-English line,
picks channel (about 2/3 sms, 1/3 telegram) with a fixed seed, shuffles with
seed 20261205, assigns ids and writes messages.jsonl and conversations.jsonl
one folder up.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import crisis_en
import crisis_other
import harmless_en
import harmless_other
import routes_en
import conversations

CHANNEL_SEED = 6
SHUFFLE_SEED = 20261205

ENGLISH_FAMILIES = [
    ("crisis_direct", crisis_en.CRISIS_DIRECT),
    ("crisis_farewell", crisis_en.CRISIS_FAREWELL),
    ("crisis_place", crisis_en.CRISIS_PLACE),
    ("crisis_slang", crisis_en.CRISIS_SLANG),
    ("crisis_exploitation", crisis_en.CRISIS_EXPLOITATION),
    ("crisis_stalking_control", crisis_en.CRISIS_STALKING_CONTROL),
    ("crisis_medical", crisis_en.CRISIS_MEDICAL),
    ("crisis_story", crisis_en.CRISIS_STORY),
    ("alarming_harmless", harmless_en.ALARMING_HARMLESS),
    ("route_find_activity", routes_en.ROUTE_FIND_ACTIVITY),
    ("route_someone_to_talk_to", routes_en.ROUTE_SOMEONE_TO_TALK_TO),
    ("route_practical_help", routes_en.ROUTE_PRACTICAL_HELP),
    ("route_wellbeing_support", routes_en.ROUTE_WELLBEING_SUPPORT),
    ("route_human", routes_en.ROUTE_HUMAN),
    ("route_volunteer", routes_en.ROUTE_VOLUNTEER),
    ("route_smalltalk", routes_en.ROUTE_SMALLTALK),
    ("route_other", routes_en.ROUTE_OTHER),
]

OTHER_FAMILIES = [
    ("crisis_other_language", crisis_other.CRISIS_OTHER_LANGUAGE),
    ("harmless_other_language", harmless_other.HARMLESS_OTHER_LANGUAGE),
]


def main():
    rows = []
    for kind, items in ENGLISH_FAMILIES:
        for text, route, tags, place in items:
            rows.append({"text": text, "route": route, "tags": list(tags),
                         "place": place, "kind": kind, "lang": "en"})
    for kind, items in OTHER_FAMILIES:
        for text, route, tags, place, lang, note in items:
            tags = list(tags)
            if "non_english" not in tags:
                tags.append("non_english")
            rows.append({"text": text, "route": route, "tags": tags,
                         "place": place, "kind": kind, "lang": lang, "note": note})

    ch_rng = random.Random(CHANNEL_SEED)
    for r in rows:
        r["channel"] = "sms" if ch_rng.random() < 2 / 3 else "telegram"

    random.Random(SHUFFLE_SEED).shuffle(rows)

    with open(os.path.join(OUT, "messages.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            obj = {"id": "h6-%04d" % i, "text": r["text"], "route": r["route"],
                   "tags": r["tags"], "place": r["place"], "channel": r["channel"],
                   "kind": r["kind"], "lang": r["lang"]}
            if "note" in r:
                obj["note"] = r["note"]
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    convs = []
    for lines, _earlier_plain in conversations.PAIR_CRISIS:
        convs.append({"messages": list(lines), "crisis": True, "kind": "pair_crisis"})
    for lines in conversations.PAIR_SAFE:
        convs.append({"messages": list(lines), "crisis": False, "kind": "pair_safe"})
    for lines in conversations.PLAIN_SAFE:
        convs.append({"messages": list(lines), "crisis": False, "kind": "plain_safe"})
    random.Random(SHUFFLE_SEED).shuffle(convs)

    with open(os.path.join(OUT, "conversations.jsonl"), "w", encoding="utf-8") as f:
        for i, c in enumerate(convs, 1):
            obj = {"id": "h6c-%03d" % i, **c}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    print("wrote %d messages, %d conversations" % (len(rows), len(convs)))


if __name__ == "__main__":
    main()
