#!/usr/bin/env python3
"""Check heldout-7 messages.jsonl and conversations.jsonl against the labels contract
(/work/shared/nlp/labels.md) and the set's own rules, then print counts.
Exit code 0 when everything passes, 1 otherwise. Run: python3 validate.py"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = os.environ.get("LABELS_MD", "/work/shared/nlp/labels.md")

MIN_KIND = {
    "crisis_direct": 25, "crisis_farewell": 25, "crisis_place": 20, "crisis_slang": 20,
    "crisis_exploitation": 15, "crisis_stalking_control": 15, "crisis_medical": 20,
    "crisis_story": 20, "crisis_other_language": 110, "alarming_harmless": 95,
    "harmless_other_language": 50,
}
LANGS = {"en", "ur", "hi", "pa", "gu", "bn", "ar", "so", "pl", "tr", "ro", "pt", "es"}
CONV_MIN = {"pair_crisis": 35, "pair_safe": 30, "plain_safe": 25}
errors = []


def err(msg):
    errors.append(msg)


def parse_labels(path):
    text = open(path, encoding="utf-8").read()
    route_sec = text.split("## route", 1)[1].split("## tags", 1)[0]
    routes = set(re.findall(r"^\|\s*`([a-z_]+)`\s*\|", route_sec, re.M))
    tag_sec = text.split("## tags", 1)[1].split("## place", 1)[0]
    tags = set(re.findall(r"`([a-z_]+)`", tag_sec))
    return routes, tags


def main():
    routes, tags = parse_labels(LABELS)
    if not routes or not tags:
        print("could not parse labels.md"); return 1
    non_crisis_routes = sorted(routes - {"crisis"})
    for r in non_crisis_routes:
        MIN_KIND[f"route_{r}"] = 14
    kinds_ok = set(MIN_KIND)

    # ---------------- messages ----------------
    msgs = [json.loads(l) for l in open(os.path.join(HERE, "messages.jsonl"), encoding="utf-8") if l.strip()]
    ids, texts = set(), collections.Counter()
    keys_needed = ["id", "text", "route", "tags", "place", "channel", "kind", "lang"]
    for m in msgs:
        mid = m.get("id")
        for k in keys_needed:
            if k not in m:
                err(f"{mid}: missing key {k}")
        extra = set(m) - set(keys_needed) - {"note"}
        if extra:
            err(f"{mid}: unexpected keys {extra}")
        if not re.fullmatch(r"h7-\d{4}", str(mid)):
            err(f"{mid}: bad id")
        if mid in ids:
            err(f"{mid}: duplicate id")
        ids.add(mid)
        text = m.get("text", "")
        if not isinstance(text, str) or not text.strip():
            err(f"{mid}: empty text")
        texts[text] += 1
        route, kind, lang = m.get("route"), m.get("kind"), m.get("lang")
        if route not in routes:
            err(f"{mid}: unknown route {route}")
        if kind not in kinds_ok:
            err(f"{mid}: unknown kind {kind}")
        if (kind or "").startswith("crisis_") != (route == "crisis"):
            err(f"{mid}: kind {kind} with route {route}")
        if (kind or "").startswith("route_") and kind != f"route_{route}":
            err(f"{mid}: kind {kind} but route {route}")
        mt = m.get("tags", [])
        if not isinstance(mt, list) or len(set(mt)) != len(mt):
            err(f"{mid}: tags not a list of unique ids")
        for t in mt:
            if t not in tags:
                err(f"{mid}: unknown tag {t}")
        place = m.get("place")
        if place is not None:
            if not isinstance(place, str) or not place.strip():
                err(f"{mid}: bad place {place!r}")
            elif place not in text:
                err(f"{mid}: place {place!r} not verbatim in text")
        if m.get("channel") not in ("sms", "telegram"):
            err(f"{mid}: bad channel")
        if lang not in LANGS:
            err(f"{mid}: bad lang {lang}")
        if lang != "en":
            if "non_english" not in mt:
                err(f"{mid}: non-English line without non_english tag")
            if not m.get("note"):
                err(f"{mid}: non-English line without note")
        elif "note" in m:
            err(f"{mid}: note on an English line")
        if kind in ("crisis_other_language", "harmless_other_language") and lang == "en":
            err(f"{mid}: other-language kind written in English")
    for t, c in texts.items():
        if c > 1:
            err(f"duplicate text x{c}: {t[:60]}")

    kind_c = collections.Counter(m["kind"] for m in msgs)
    for k, n in MIN_KIND.items():
        if kind_c[k] < n:
            err(f"kind {k}: {kind_c[k]} < {n}")
    if len(msgs) < 480:
        err(f"only {len(msgs)} messages")

    # ---------------- conversations ----------------
    convs = [json.loads(l) for l in open(os.path.join(HERE, "conversations.jsonl"), encoding="utf-8") if l.strip()]
    cids = set()
    for c in convs:
        cid = c.get("id")
        if not re.fullmatch(r"h7c-\d{3}", str(cid)):
            err(f"{cid}: bad conversation id")
        if cid in cids:
            err(f"{cid}: duplicate conversation id")
        cids.add(cid)
        ms = c.get("messages")
        if not isinstance(ms, list) or not 2 <= len(ms) <= 4 or not all(isinstance(x, str) and x.strip() for x in ms):
            err(f"{cid}: needs 2-4 non-empty lines")
        if not isinstance(c.get("crisis"), bool):
            err(f"{cid}: crisis must be bool")
        kind = c.get("kind")
        if kind not in CONV_MIN:
            err(f"{cid}: unknown kind {kind}")
        elif (kind == "pair_crisis") != c.get("crisis"):
            err(f"{cid}: kind {kind} with crisis={c.get('crisis')}")
        if c.get("lang") not in LANGS:
            err(f"{cid}: bad lang")
        if c.get("lang") != "en" and not c.get("note"):
            err(f"{cid}: non-English conversation without note")
    conv_c = collections.Counter(c["kind"] for c in convs)
    for k, n in CONV_MIN.items():
        if conv_c[k] < n:
            err(f"conversation kind {k}: {conv_c[k]} < {n}")
    if len(convs) < 90:
        err(f"only {len(convs)} conversations")

    # ---------------- report ----------------
    print(f"messages: {len(msgs)}")
    print("\nper kind:")
    for k in sorted(kind_c):
        print(f"  {k:28s} {kind_c[k]}")
    print("\nper route:")
    for r, n in sorted(collections.Counter(m["route"] for m in msgs).items()):
        print(f"  {r:28s} {n}")
    print("\nper language (crisis / harmless):")
    lc = collections.defaultdict(lambda: [0, 0])
    for m in msgs:
        lc[m["lang"]][0 if m["route"] == "crisis" else 1] += 1
    for l in sorted(lc):
        print(f"  {l:4s} {lc[l][0]:4d} / {lc[l][1]:4d}")
    ch = collections.Counter(m["channel"] for m in msgs)
    print("\nper channel:", dict(sorted(ch.items())))
    print(f"\nwith a place: {sum(1 for m in msgs if m['place'])}, null place: {sum(1 for m in msgs if not m['place'])}")
    print(f"\nconversations: {len(convs)}")
    for k in sorted(conv_c):
        print(f"  {k:28s} {conv_c[k]}")
    print("  crisis true/false:", sum(c["crisis"] for c in convs), "/", sum(not c["crisis"] for c in convs))
    print("  per language:", dict(sorted(collections.Counter(c["lang"] for c in convs).items())))

    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
