#!/usr/bin/env python3
"""Labelling aid: for every query, list the same-kind services near its place
that were LEFT OUT of its hand labels (so each omission can be re-checked by
hand), and flag any labelled service that breaks a rule. Same kind = the
query's hand-written `kinds` plus the kinds of its labelled services. Output is
sorted by key; nothing is scored or ordered by fit.

    python3 src/audit.py [QUERY_NUMBER ...]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import miles, is_fresh  # noqa: E402
from places import PLACES  # noqa: E402
from build import all_services  # noqa: E402
from nearby import describe  # noqa: E402
import queries  # noqa: E402

DRIVE_WORDS = re.compile(r"\b(drive|driving|car)\b", re.I)
DRIVE_N = re.compile(r"\b(?:drive|driving)\b[^0-9]{0,30}(\d+)\s*(?:miles|mi)\b", re.I)


def age_ok(q, s):
    lo, hi = s["min_age"], s["max_age"]
    if q["youth"]:
        if lo is None and hi is None:
            return False
        a = q["age"] if q["age"] is not None else 13
        return (lo or 0) <= a <= (hi if hi is not None else 200)
    if q["age"] is not None:
        return (lo or 0) <= q["age"] <= (hi if hi is not None else 200)
    return hi is None or hi >= 18


def main():
    services = {s["key"]: s for _, s in all_services()}
    wanted = {int(a) for a in sys.argv[1:]}
    for n, q in enumerate(queries.QUERIES, 1):
        if wanted and n not in wanted:
            continue
        plat, plon, pareas = PLACES[q["near"]]
        m = DRIVE_N.search(q["text"])
        radius = float(m.group(1)) if m else 8.0
        kinds = set(q.get("kinds", ())) | {services[k]["kind"] for k in q["relevant"]}
        print(f"f{n:03d} [{q['near']}, age {q['age']}, youth {q['youth']}, radius {radius}] {q['text'][:90]}")
        print(f"   labelled: {q['relevant'] or '(none)'}   kinds: {sorted(kinds)}")
        for k in q["relevant"]:
            s = services[k]
            covers = bool(set(s["areas"]) & set(pareas))
            d = miles(plat, plon, s["loc"]["lat"], s["loc"]["lon"])
            probs = []
            if s["status"] != "active":
                probs.append("inactive")
            if not is_fresh(s["assured"]):
                probs.append("stale")
            if not age_ok(q, s):
                probs.append("age")
            if s["areas"] and not covers:
                probs.append("area does not cover")
            if not s["areas"] and d > radius and not (DRIVE_WORDS.search(q["text"]) and d <= 25):
                probs.append(f"{d:.1f} mi")
            if probs:
                print(f"   !! {k}: {', '.join(probs)}")
        for key in sorted(services):
            s = services[key]
            if key in q["relevant"] or s["kind"] not in kinds:
                continue
            covers = bool(set(s["areas"]) & set(pareas))
            d = miles(plat, plon, s["loc"]["lat"], s["loc"]["lon"])
            if (s["areas"] and covers) or (not s["areas"] and d <= max(radius, 8.0) + 4):
                print("   left out:" + describe(s, d, covers)[1:])
        print()


if __name__ == "__main__":
    main()
