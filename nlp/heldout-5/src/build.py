"""Assemble the hand-written lists in src/ into messages.jsonl and conversations.jsonl.

Only assembles: no message text is generated here. It attaches the kind of each list,
adds the non_english tag to non-English lines (labels.md rule), picks a channel with a
fixed seed, shuffles with a fixed seed and assigns ids.
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

SEED = 20261204


def tags_of(s):
    return [t for t in s.split() if t]


def main():
    rows = []
    # English crisis lists: (text, tags, place)
    for kind in ["crisis_direct", "crisis_farewell", "crisis_place", "crisis_slang",
                 "crisis_exploitation", "crisis_stalking_control", "crisis_medical", "crisis_story"]:
        for text, tags, place in getattr(crisis_en, kind):
            rows.append(dict(text=text, route="crisis", tags=tags_of(tags), place=place,
                             kind=kind, lang="en"))
    # other-language crisis: (text, tags, place, lang, note)
    for text, tags, place, lang, note in crisis_other.crisis_other_language:
        rows.append(dict(text=text, route="crisis", tags=["non_english"] + tags_of(tags),
                         place=place, kind="crisis_other_language", lang=lang, note=note))
    # alarming but harmless English: (text, route, tags, place)
    for text, route, tags, place in harmless_en.alarming_harmless:
        rows.append(dict(text=text, route=route, tags=tags_of(tags), place=place,
                         kind="alarming_harmless", lang="en"))
    # harmless other-language: (text, route, tags, place, lang, note)
    for text, route, tags, place, lang, note in harmless_other.harmless_other_language:
        rows.append(dict(text=text, route=route, tags=["non_english"] + tags_of(tags),
                         place=place, kind="harmless_other_language", lang=lang, note=note))
    # route_* lists: (text, tags, place)
    for route in ["find_activity", "someone_to_talk_to", "practical_help", "wellbeing_support",
                  "human", "volunteer", "smalltalk", "other"]:
        for text, tags, place in getattr(routes_en, "route_" + route):
            rows.append(dict(text=text, route=route, tags=tags_of(tags), place=place,
                             kind="route_" + route, lang="en"))

    rng = random.Random(SEED)
    for r in rows:
        r["channel"] = rng.choice(["sms", "sms", "telegram"])
    rng.shuffle(rows)

    with open(os.path.join(OUT, "messages.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            obj = {"id": "h5-%04d" % i, "text": r["text"], "route": r["route"],
                   "tags": r["tags"], "place": r["place"], "channel": r["channel"],
                   "kind": r["kind"], "lang": r["lang"]}
            if r["lang"] != "en":
                obj["note"] = r["note"]
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    convs = [dict(messages=m, crisis=True, kind="pair_crisis") for m in conversations.pair_crisis]
    convs += [dict(messages=m, crisis=False, kind="pair_safe") for m in conversations.pair_safe]
    rng.shuffle(convs)
    with open(os.path.join(OUT, "conversations.jsonl"), "w", encoding="utf-8") as f:
        for i, c in enumerate(convs, 1):
            obj = {"id": "h5c-%03d" % i, "messages": c["messages"], "crisis": c["crisis"],
                   "kind": c["kind"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote %d messages, %d conversations" % (len(rows), len(convs)))


if __name__ == "__main__":
    main()
