#!/usr/bin/env python3
"""Validate heldout-11 against ../labels.md. Exit 0 when valid.
Checks: route and tag ids parsed from labels.md, required keys, unique ids and texts,
place is words of the text (or null), channel values, lang codes, minimum counts per
kind and per language, conversation shape and kinds."""
import json, re, sys, os
from collections import Counter, defaultdict

# The folder to check: this one, or another set of the same shape given as the first argument
# (heldout-13's validate.py passes its own); its number names the ids of its messages ("h11-0001").
HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
SET = "h" + os.path.basename(HERE).split("-")[-1]
LABELS = os.path.join(HERE, "..", "labels.md")
errors = []
def err(msg): errors.append(msg)

# ---- parse labels.md
text = open(LABELS, encoding="utf-8").read()
route_sec = text.split("## route", 1)[1].split("## tags", 1)[0]
ROUTES = set(re.findall(r"^\|\s*`([a-z_]+)`\s*\|", route_sec, re.M))
tag_sec = text.split("## tags", 1)[1].split("## place", 1)[0]
TAGS = set(re.findall(r"`([a-z_]+)`", tag_sec))
if len(ROUTES) < 5 or len(TAGS) < 10:
    err(f"could not parse labels.md: routes={ROUTES} tags={TAGS}")

LANGS = {"en", "ur", "hi", "pa", "bn", "gu", "ar", "so", "pl", "tr", "ro", "pt", "es"}
OTHER = LANGS - {"en"}
MSG_KEYS = {"id", "text", "route", "tags", "place", "channel", "kind", "lang", "note"}
MIN_KIND = {
    "crisis_direct": 16, "crisis_farewell": 18, "crisis_place": 16, "crisis_slang": 16,
    "crisis_exploitation": 15, "crisis_stalking_control": 15, "crisis_medical": 16,
    "crisis_story": 16, "crisis_selfharm": 12, "alarming_harmless": 80,
    "route_find_activity": 10, "route_someone_to_talk_to": 10, "route_wellbeing_support": 10,
    "route_practical_help": 10, "route_volunteer": 10, "route_human": 10,
    "route_smalltalk": 10, "route_other": 10,
}
MIN_KIND_LANG = {"crisis_other_language": 14, "harmless_other_language": 8}
ENGLISH_KINDS = set(MIN_KIND)

def load(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{os.path.basename(path)}:{n}: blank line"); continue
            try:
                out.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                err(f"{os.path.basename(path)}:{n}: bad JSON {e}")
    return out

# ---- messages
msgs = load(os.path.join(HERE, "messages.jsonl"))
ids, texts = Counter(), Counter()
kind_lang = Counter()
channels = Counter()
for n, o in msgs:
    where = f"messages.jsonl:{n}"
    if set(o) != MSG_KEYS:
        err(f"{where}: keys {sorted(o)} != {sorted(MSG_KEYS)}"); continue
    ids[o["id"]] += 1
    texts[o["text"].strip().lower()] += 1
    if not re.fullmatch(SET + r"-\d{4}", o["id"]): err(f"{where}: bad id {o['id']}")
    if not isinstance(o["text"], str) or not o["text"].strip(): err(f"{where}: empty text")
    if o["route"] not in ROUTES: err(f"{where}: unknown route {o['route']}")
    if not isinstance(o["tags"], list) or len(set(o["tags"])) != len(o["tags"]):
        err(f"{where}: tags must be a list without repeats")
    for t in o["tags"]:
        if t not in TAGS: err(f"{where}: unknown tag {t}")
    if o["channel"] not in ("sms", "telegram"): err(f"{where}: bad channel")
    if o["lang"] not in LANGS: err(f"{where}: bad lang {o['lang']}")
    if o["lang"] != "en" and "non_english" not in o["tags"]:
        err(f"{where}: non-English line lacks non_english tag")
    if o["lang"] != "en" and not o["note"].strip():
        err(f"{where}: non-English line needs an English gloss in note")
    p = o["place"]
    if p is not None:
        if not isinstance(p, str) or not p.strip():
            err(f"{where}: place must be a non-empty string or null")
        elif not (re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", o["text"]) or (o["lang"] in ("ar", "ur", "pa", "gu", "hi", "bn") and p in o["text"])):
            # Arabic script joins a preposition to the name ("in Kirklees" is one word), and Indic scripts a case ending.
            err(f"{where}: place {p!r} is not words of the text")
    k = o["kind"]
    if k.startswith("crisis") and o["route"] != "crisis": err(f"{where}: crisis kind but route {o['route']}")
    if not k.startswith("crisis") and o["route"] == "crisis": err(f"{where}: harmless kind routed crisis")
    if k.startswith("route_") and o["route"] != k[len("route_"):]: err(f"{where}: kind {k} vs route {o['route']}")
    if k in ENGLISH_KINDS and o["lang"] != "en": err(f"{where}: kind {k} must be English")
    if k in MIN_KIND_LANG and o["lang"] == "en": err(f"{where}: kind {k} must not be English")
    if k not in ENGLISH_KINDS and k not in MIN_KIND_LANG: err(f"{where}: unknown kind {k}")
    kind_lang[(k, o["lang"])] += 1
    channels[o["channel"]] += 1
for i, c in ids.items():
    if c > 1: err(f"duplicate id {i}")
for t, c in texts.items():
    if c > 1: err(f"duplicate text {t!r}")
kinds = Counter()
for (k, l), c in kind_lang.items(): kinds[k] += c
for k, need in MIN_KIND.items():
    if kinds[k] < need: err(f"kind {k}: {kinds[k]} < {need}")
for k, need in MIN_KIND_LANG.items():
    for l in OTHER:
        if kind_lang[(k, l)] < need: err(f"kind {k} lang {l}: {kind_lang[(k, l)]} < {need}")
total = sum(channels.values())
if total < 470: err(f"only {total} messages")
sms_share = channels["sms"] / max(total, 1)
if not 0.5 <= sms_share <= 0.7: err(f"sms share {sms_share:.2f} outside 0.5-0.7")

# ---- conversations
CONV_KEYS = {"id", "messages", "crisis", "kind", "lang"}
convs = load(os.path.join(HERE, "conversations.jsonl"))
cids, cfirst = Counter(), Counter()
ckinds, clang = Counter(), Counter()
for n, o in convs:
    where = f"conversations.jsonl:{n}"
    if not CONV_KEYS <= set(o) or not set(o) <= CONV_KEYS | {"note"}:
        err(f"{where}: keys {sorted(o)}"); continue
    cids[o["id"]] += 1
    ms = o["messages"]
    if not isinstance(ms, list) or not 2 <= len(ms) <= 5 or not all(isinstance(x, str) and x.strip() for x in ms):
        err(f"{where}: messages must be 2-5 non-empty strings")
        continue
    cfirst[tuple(x.lower() for x in ms)] += 1
    if o["kind"] not in ("pair_crisis", "pair_safe", "plain_safe"): err(f"{where}: bad kind {o['kind']}")
    if not isinstance(o["crisis"], bool): err(f"{where}: crisis must be bool")
    elif o["crisis"] != (o["kind"] == "pair_crisis"): err(f"{where}: crisis flag disagrees with kind")
    if o["lang"] not in LANGS: err(f"{where}: bad lang")
    if o["lang"] != "en" and not o.get("note", "").strip(): err(f"{where}: non-English conversation needs a gloss")
    ckinds[o["kind"]] += 1
    clang[o["lang"]] += 1
for i, c in cids.items():
    if c > 1: err(f"duplicate conversation id {i}")
for t, c in cfirst.items():
    if c > 1: err(f"duplicate conversation {t}")
for k, need in {"pair_crisis": 64, "pair_safe": 42, "plain_safe": 20}.items():
    if ckinds[k] < need: err(f"conversations {k}: {ckinds[k]} < {need}")
if sum(ckinds.values()) < 90: err("fewer than 90 conversations")
if sum(c for l, c in clang.items() if l != "en") < 12: err("fewer than 12 non-English conversations")

# ---- report
print(f"routes from labels.md: {len(ROUTES)}, tags: {len(TAGS)}")
print(f"messages: {total} (sms {channels['sms']}, telegram {channels['telegram']}, sms share {sms_share:.0%})")
langs = ["en"] + sorted(OTHER)
print("kind".ljust(28) + "".join(l.rjust(4) for l in langs) + "  total")
for k in sorted(kinds):
    print(k.ljust(28) + "".join(str(kind_lang[(k, l)] or ".").rjust(4) for l in langs) + f"  {kinds[k]}")
print("conversations:", dict(ckinds), "non-English:", sum(c for l, c in clang.items() if l != "en"), dict(clang))
if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors: print(" -", e)
    sys.exit(1)
print("OK")
