#!/usr/bin/env python3
"""Labelling aid: for every query, list the same-kind services within reach
(8 miles, the stated driving radius, or service_areas covering the place) that
are NOT in its relevant list, so each omission can be re-checked by hand.
python3 src/audit.py [QUERY_NUMBER ...]

Lists facts only, ordered by service key; it never scores or ranks."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from nearby import near  # noqa: E402
import queries  # noqa: E402

want = {int(a) for a in sys.argv[1:]}
for n, q in enumerate(queries.QUERIES, 1):
    if want and n not in want:
        continue
    print(f"g{n:03d} [{q['near']}] age={q['age']} youth={q['youth']} kinds={q['kinds']}  {q['text']}")
    print(f"     relevant: {q['relevant']}")
    for key, line in near(q["near"], q["kinds"], max(8.0, q["radius"] or 0)):
        if key not in q["relevant"]:
            print("   - " + line)
    print()
