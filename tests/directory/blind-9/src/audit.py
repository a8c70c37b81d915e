#!/usr/bin/env python3
"""Labelling aid: python3 src/audit.py [--all] [n001 ...]
For every query (or those named), lists the same-kind services within reach
(8 miles, or the query's radius, or covering the place) that are NOT in its
labels, so each omission can be re-checked by hand; --all also lists the
labelled ones. Facts only, ordered by key; it never scores or ranks."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import queries  # noqa: E402
from facts import describe  # noqa: E402
from nearby import candidates  # noqa: E402


def main():
    args = sys.argv[1:]
    show_all = "--all" in args
    wanted = {a for a in args if a != "--all"}
    for n, q in enumerate(queries.QUERIES, 1):
        qid = f"n{n:03d}"
        if wanted and qid not in wanted:
            continue
        radius = q["radius"] or 8.0
        cands = candidates(q["near"], q["kinds"], radius)
        left = [s for s in cands if s["key"] not in q["relevant"]]
        print(f"{qid} [{q['near']}; age {q['age']}; youth {q['youth']}; kinds {','.join(q['kinds'])}"
              f"{'; radius ' + str(radius) if q['radius'] else ''}] {q['text']}")
        if show_all:
            by_key = {s['key']: s for s in candidates(q["near"], q["kinds"], 1e9)}
            for k in q["relevant"]:
                s = by_key.get(k)
                print("   + " + (describe(s, q["near"]) if s else k + " (other kind)"))
        for s in left:
            print("   - " + describe(s, q["near"]))
        if not q["relevant"]:
            print("   (no relevant answer)")


if __name__ == "__main__":
    main()
