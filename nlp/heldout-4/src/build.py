"""Assemble the hand-written lists in this folder into ../messages.jsonl and
../conversations.jsonl. No text is generated here: every message is written
out literally in the source lists."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import crisis_en, other_lang, alarming_harmless, routes, convs

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CH = {"s": "sms", "t": "telegram"}
rows = []

def add(text, route, tags, place, ch, kind, lang="en", note=None):
    tl = tags.split() if isinstance(tags, str) else list(tags)
    r = {"text": text, "route": route, "tags": tl, "place": place,
         "channel": CH[ch], "kind": kind, "lang": lang}
    if note:
        r["note"] = note
    rows.append(r)

for kind in ["crisis_direct", "crisis_farewell", "crisis_place", "crisis_slang",
             "crisis_exploitation", "crisis_stalking_control", "crisis_medical", "crisis_story"]:
    for ch, tags, place, text in getattr(crisis_en, kind):
        add(text, "crisis", tags, place, ch, kind)

for (lang, script), items in other_lang.LANGS.items():
    for ch, route, tags, place, text, gloss in items:
        kind = "crisis_other_language" if route == "crisis" else "harmless_other_language"
        tl = tags.split()
        if "non_english" not in tl:
            tl.append("non_english")
        add(text, route, tl, place, ch, kind, lang, f"{script}. English: {gloss}")

for ch, route, tags, place, text in alarming_harmless.alarming_harmless:
    add(text, route, tags, place, ch, "alarming_harmless")

for ch, route, tags, place, text in routes.routes:
    add(text, route, tags, place, ch, "route_" + route)

random.Random(4).shuffle(rows)
with open(os.path.join(OUT, "messages.jsonl"), "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        r = {"id": f"h4-{i:04d}", **r}
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

cv = list(convs.convs)
random.Random(44).shuffle(cv)
with open(os.path.join(OUT, "conversations.jsonl"), "w", encoding="utf-8") as f:
    for i, (crisis, msgs) in enumerate(cv, 1):
        f.write(json.dumps({"id": f"h4c-{i:03d}", "messages": msgs, "crisis": crisis,
                            "kind": "pair_crisis" if crisis else "pair_safe"},
                           ensure_ascii=False) + "\n")
print(len(rows), "messages;", len(cv), "conversations")
