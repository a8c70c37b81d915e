#!/usr/bin/env python3
"""Check heldout-8 against the labels contract (../labels.md) and print counts.

Usage: python3 validate.py        (exit 0 when valid, 1 otherwise)

NEVER train, tune, choose thresholds or write patterns with this set.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = HERE.parent / "labels.md"
MESSAGES = HERE / "messages.jsonl"
CONVERSATIONS = HERE / "conversations.jsonl"

OTHER_LANGS = ["ur", "hi", "pa", "bn", "gu", "ar", "so", "pl", "tr", "ro", "pt", "es"]
LANGS = {"en", *OTHER_LANGS}
# languages where people text both in native script and in Latin letters
SCRIPT_MIX = {"ur": "ARABIC", "hi": "DEVANAGARI", "pa": "GURMUKHI", "bn": "BENGALI",
              "gu": "GUJARATI", "ar": "ARABIC"}

CRISIS_KINDS_MIN = {
    "crisis_direct": 25, "crisis_farewell": 25, "crisis_place": 20, "crisis_slang": 20,
    "crisis_exploitation": 15, "crisis_stalking_control": 15, "crisis_medical": 20,
    "crisis_story": 20, "crisis_other_language": 130,
}
SAFE_KINDS_MIN = {"alarming_harmless": 100, "harmless_other_language": 60}
ROUTE_KIND_MIN = 15
CONV_KINDS_MIN = {"pair_crisis": 40, "pair_safe": 35, "plain_safe": 25}
CONV_OTHER_LANG_MIN = 15
PER_LANG_CRISIS_MIN = 10

MSG_KEYS_REQUIRED = {"id", "text", "route", "tags", "place", "channel", "kind", "lang"}
MSG_KEYS_OPTIONAL = {"note"}
CONV_KEYS = {"id", "messages", "crisis", "kind", "lang"}

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def parse_labels(path):
    text = path.read_text(encoding="utf-8")
    route_part = text.split("## route", 1)[1].split("## tags", 1)[0]
    routes = re.findall(r"^\|\s*`([a-z_]+)`\s*\|", route_part, flags=re.M)
    tag_part = text.split("## tags", 1)[1].split("## place", 1)[0]
    tags = re.findall(r"`([a-z_]+)`", tag_part)
    if not routes or not tags:
        sys.exit(f"could not parse routes/tags from {path}")
    return routes, set(tags)


def norm(s):
    return " ".join(s.casefold().split())


def scripts(text):
    """Set of script names ('LATIN', 'ARABIC', ...) used by the letters of text."""
    out = set()
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            out.add(name.split(" ")[0] if name else "?")
    return out


def load_jsonl(path):
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(f"{path.name}:{n}", "blank line")
            continue
        try:
            rows.append((n, json.loads(line)))
        except json.JSONDecodeError as e:
            err(f"{path.name}:{n}", f"bad JSON: {e}")
    return rows


def check_messages(routes, tags):
    route_kinds = {f"route_{r}": r for r in routes if r != "crisis"}
    kinds = {**CRISIS_KINDS_MIN, **SAFE_KINDS_MIN, **{k: ROUTE_KIND_MIN for k in route_kinds}}
    rows = load_jsonl(MESSAGES)
    ids, texts = set(), {}
    by_kind, by_lang, by_route = Counter(), Counter(), Counter()
    crisis_lang, harmless_lang = Counter(), Counter()
    script_seen = {lang: set() for lang in SCRIPT_MIX}
    tag_count = Counter()
    for n, m in rows:
        w = f"messages.jsonl:{n}"
        if not isinstance(m, dict):
            err(w, "not an object")
            continue
        keys = set(m)
        if not MSG_KEYS_REQUIRED <= keys:
            err(w, f"missing keys {sorted(MSG_KEYS_REQUIRED - keys)}")
            continue
        if keys - MSG_KEYS_REQUIRED - MSG_KEYS_OPTIONAL:
            err(w, f"unexpected keys {sorted(keys - MSG_KEYS_REQUIRED - MSG_KEYS_OPTIONAL)}")
        mid = m["id"]
        w = f"{w} ({mid})"
        if not isinstance(mid, str) or not re.fullmatch(r"h8-\d{4}", mid):
            err(w, "id must look like h8-0001")
        if mid in ids:
            err(w, "duplicate id")
        ids.add(mid)
        text = m["text"]
        if not isinstance(text, str) or not text.strip():
            err(w, "empty text")
            continue
        if text != text.strip():
            err(w, "text has leading/trailing whitespace")
        if norm(text) in texts:
            err(w, f"duplicate text (also {texts[norm(text)]})")
        texts[norm(text)] = mid
        route, kind, lang = m["route"], m["kind"], m["lang"]
        if route not in routes:
            err(w, f"unknown route {route!r}")
        if kind not in kinds:
            err(w, f"unknown kind {kind!r}")
        if lang not in LANGS:
            err(w, f"unknown lang {lang!r}")
        if not isinstance(m["tags"], list) or not all(isinstance(t, str) for t in m["tags"]):
            err(w, "tags must be a list of strings")
            continue
        for t in m["tags"]:
            if t not in tags:
                err(w, f"unknown tag {t!r}")
        if len(set(m["tags"])) != len(m["tags"]):
            err(w, "repeated tag")
        tag_count.update(m["tags"])
        place = m["place"]
        if place is not None:
            if not isinstance(place, str) or not place.strip():
                err(w, "place must be null or a non-empty string")
            elif place not in text:
                err(w, f"place {place!r} is not words of the text")
        if m["channel"] not in ("sms", "telegram"):
            err(w, f"bad channel {m['channel']!r}")
        if "note" in m and not isinstance(m["note"], str):
            err(w, "note must be a string")
        # kind <-> route / lang consistency
        if kind in CRISIS_KINDS_MIN and route != "crisis":
            err(w, f"{kind} must have route crisis")
        if kind in SAFE_KINDS_MIN and route == "crisis":
            err(w, f"{kind} must not have route crisis")
        if kind in route_kinds and route != route_kinds[kind]:
            err(w, f"{kind} must have route {route_kinds[kind]}")
        other_kind = kind in ("crisis_other_language", "harmless_other_language")
        if other_kind and lang == "en":
            err(w, f"{kind} needs a non-English lang")
        if not other_kind and lang != "en":
            err(w, f"{kind} is an English kind but lang={lang}")
        if lang != "en" and "non_english" not in m["tags"]:
            err(w, "message not in English must carry the non_english tag")
        if lang != "en" and not m.get("note", "").strip():
            err(w, "non-English message needs an English gloss in note")
        by_kind[kind] += 1
        by_lang[lang] += 1
        by_route[route] += 1
        if kind == "crisis_other_language":
            crisis_lang[lang] += 1
        if kind == "harmless_other_language":
            harmless_lang[lang] += 1
        if lang in SCRIPT_MIX and kind == "crisis_other_language":
            script_seen[lang] |= scripts(text)
    for k, lo in kinds.items():
        if by_kind[k] < lo:
            err("messages", f"kind {k}: {by_kind[k]} < {lo}")
    for lang in OTHER_LANGS:
        if crisis_lang[lang] < PER_LANG_CRISIS_MIN:
            err("messages", f"crisis_other_language/{lang}: {crisis_lang[lang]} < {PER_LANG_CRISIS_MIN}")
        if harmless_lang[lang] < 1:
            err("messages", f"harmless_other_language/{lang}: none")
    for lang, native in SCRIPT_MIX.items():
        seen = script_seen[lang]
        if native not in seen or "LATIN" not in seen:
            err("messages", f"crisis_other_language/{lang}: want both {native} script and Latin letters, saw {sorted(seen)}")
    return rows, by_kind, by_lang, by_route, crisis_lang, harmless_lang, tag_count


def check_conversations():
    rows = load_jsonl(CONVERSATIONS)
    ids, seen = set(), {}
    by_kind, by_lang, by_kind_lang = Counter(), Counter(), Counter()
    for n, c in rows:
        w = f"conversations.jsonl:{n}"
        if not isinstance(c, dict):
            err(w, "not an object")
            continue
        if set(c) != CONV_KEYS:
            err(w, f"keys must be exactly {sorted(CONV_KEYS)}, got {sorted(c)}")
            continue
        cid = c["id"]
        w = f"{w} ({cid})"
        if not isinstance(cid, str) or not re.fullmatch(r"h8c-\d{3}", cid):
            err(w, "id must look like h8c-001")
        if cid in ids:
            err(w, "duplicate id")
        ids.add(cid)
        msgs = c["messages"]
        if not isinstance(msgs, list) or not 2 <= len(msgs) <= 5:
            err(w, "messages must be a list of 2 to 5 strings")
            continue
        if not all(isinstance(x, str) and x.strip() for x in msgs):
            err(w, "every message must be a non-empty string")
            continue
        key = tuple(norm(x) for x in msgs)
        if key in seen:
            err(w, f"duplicate conversation (also {seen[key]})")
        seen[key] = cid
        if not isinstance(c["crisis"], bool):
            err(w, "crisis must be true or false")
        kind, lang = c["kind"], c["lang"]
        if kind not in CONV_KINDS_MIN:
            err(w, f"unknown kind {kind!r}")
        if lang not in LANGS:
            err(w, f"unknown lang {lang!r}")
        if kind == "pair_crisis" and c["crisis"] is not True:
            err(w, "pair_crisis must have crisis=true")
        if kind in ("pair_safe", "plain_safe") and c["crisis"] is not False:
            err(w, f"{kind} must have crisis=false")
        by_kind[kind] += 1
        by_lang[lang] += 1
        by_kind_lang[(kind, lang)] += 1
    for k, lo in CONV_KINDS_MIN.items():
        if by_kind[k] < lo:
            err("conversations", f"kind {k}: {by_kind[k]} < {lo}")
    other = sum(v for l, v in by_lang.items() if l != "en")
    if other < CONV_OTHER_LANG_MIN:
        err("conversations", f"only {other} conversations in other languages (< {CONV_OTHER_LANG_MIN})")
    return rows, by_kind, by_lang, by_kind_lang


def table(title, counter):
    print(title)
    for k, v in sorted(counter.items(), key=lambda kv: (str(kv[0]))):
        print(f"  {k!s:32} {v}")


def main():
    routes, tags = parse_labels(LABELS)
    mrows, mk, ml, mr, cl, hl, tc = check_messages(routes, tags)
    crows, ck, cln, ckl = check_conversations()
    print(f"labels.md: {len(routes)} routes, {len(tags)} tags")
    print(f"messages.jsonl: {len(mrows)} messages "
          f"({sum(v for k, v in mk.items() if k.startswith('crisis_'))} crisis, "
          f"{sum(v for k, v in mk.items() if not k.startswith('crisis_'))} not crisis)")
    table("by kind:", mk)
    table("by lang:", ml)
    table("by route:", mr)
    table("crisis_other_language by lang:", cl)
    table("harmless_other_language by lang:", hl)
    table("tags used:", tc)
    print(f"conversations.jsonl: {len(crows)} conversations")
    table("by kind:", ck)
    table("by lang:", cln)
    table("by kind and lang:", {f"{k}/{l}": v for (k, l), v in ckl.items()})
    if errors:
        print(f"\nINVALID: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: heldout-8 is valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
