#!/usr/bin/env python3
"""Validate heldout-12 (conversations only). Exit 0 when valid.
Checks: keys, unique ids and conversations, 2-5 non-empty messages, kinds agree with the
crisis flag, lang codes, an English gloss for every conversation in another language, and the
counts per kind and language."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"en", "ur", "hi", "pa", "bn", "gu", "ar", "so", "pl", "tr", "ro", "pt", "es"}
KEYS = {"id", "messages", "crisis", "kind", "lang", "note"}
CRISIS_OF_KIND = {"pair_crisis": True, "pair_safe": False, "plain_safe": False}
EXPECTED = {("pair_crisis", "en"): 64, ("pair_safe", "en"): 36, ("plain_safe", "en"): 20}
EXPECTED.update({(kind, lang): count for lang in LANGS - {"en"} for kind, count in (("pair_crisis", 4), ("pair_safe", 2))})

errors = []
ids, seen, counts = Counter(), Counter(), Counter()
with open(os.path.join(HERE, "conversations.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        where = f"conversations.jsonl:{n}"
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: bad JSON {e}")
            continue
        if set(o) != KEYS:
            errors.append(f"{where}: keys {sorted(o)}")
            continue
        ids[o["id"]] += 1
        if not re.fullmatch(r"h12c-\d{3}", o["id"]):
            errors.append(f"{where}: bad id {o['id']}")
        ms = o["messages"]
        if not isinstance(ms, list) or not 2 <= len(ms) <= 5 or not all(isinstance(m, str) and m.strip() for m in ms):
            errors.append(f"{where}: messages must be 2-5 non-empty strings")
            continue
        seen[tuple(m.lower() for m in ms)] += 1
        if o["kind"] not in CRISIS_OF_KIND or CRISIS_OF_KIND[o["kind"]] is not o["crisis"]:
            errors.append(f"{where}: kind {o['kind']} with crisis {o['crisis']}")
        if o["lang"] not in LANGS:
            errors.append(f"{where}: bad lang {o['lang']}")
        elif o["lang"] != "en" and not o["note"].strip():
            errors.append(f"{where}: a conversation in another language needs an English gloss")
        counts[(o["kind"], o["lang"])] += 1
errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
errors += ["a conversation appears twice" for c in seen.values() if c > 1]
errors += [f"{kind} in {lang}: {counts[(kind, lang)]}, expected {need}" for (kind, lang), need in EXPECTED.items() if counts[(kind, lang)] != need]
for e in errors:
    print(e)
print(f"{sum(counts.values())} conversations, {len(errors)} problems")
sys.exit(1 if errors else 0)
