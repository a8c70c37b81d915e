#!/usr/bin/env python3
"""Labelling aid: for every query in src/queries.py, list the same-kind services
within reach (8 miles, or the radius the person gives, or service_areas covering
the place) that were left OUT of its labels, with facts, so each omission can be
re-checked by hand. Also lists each labelled service's facts with --all.
Ordered by key only; it never scores, ranks or imitates a ranking."""
import sys
import os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import kinds_of  # noqa: E402
from facts import services, in_reach, fact_line  # noqa: E402
import queries  # noqa: E402

show_all = "--all" in sys.argv
only = [a for a in sys.argv[1:] if a.startswith("h")]
by_key = {s["key"]: s for s in services()}
for n, q in enumerate(queries.QUERIES, 1):
    qid = f"h{n:03d}"
    if only and qid not in only:
        continue
    radius = q["radius"] or 8
    print(f"{qid} [{q['near']}] age={q['age']} youth={q['youth']} kinds={q['kinds']} radius={radius}")
    print(f"     {q['text']}")
    for k in q["relevant"]:
        s = by_key[k]
        mark = "" if kinds_of(s) & set(q["kinds"]) else "   (kind not in query kinds)"
        if show_all or mark:
            print(f"  IN  {fact_line(s, q['near'])}{mark}")
    if not q["relevant"]:
        print("  IN  (none)")
    for s in services():
        if s["key"] in q["relevant"]:
            continue
        if kinds_of(s) & set(q["kinds"]) and in_reach(s, q["near"], radius):
            print(f"  OUT {fact_line(s, q['near'])}")
    print()
