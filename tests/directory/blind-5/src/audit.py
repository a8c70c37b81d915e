#!/usr/bin/env python3
"""Labelling aid (not a ranker): for each query, print services within 8 miles
(or whose service area covers the place) that are active, fresh and allowed for
the query's age, share a tag with the labelled answers (or with the query tags
when none), and are NOT labelled relevant - so the labeller can double-check
each omission by hand.   python3 src/audit.py [query-number ...]"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import miles, is_fresh  # noqa: E402
from places import PLACES  # noqa: E402
from build import all_services  # noqa: E402
import queries  # noqa: E402


def age_ok(q, s):
    age = q["age"]
    if q["youth"]:
        if s["min_age"] is None and s["max_age"] is None:
            return False
        a = age if age is not None else 13
        return (s["min_age"] or 0) <= a <= (s["max_age"] or 200)
    if age is not None:
        return (s["min_age"] or 0) <= age <= (s["max_age"] or 200)
    return s["max_age"] is None or s["max_age"] >= 18


def main():
    services = {s["key"]: s for _, s in all_services()}
    want = {int(a) for a in sys.argv[1:]}
    for n, q in enumerate(queries.QUERIES, 1):
        if want and n not in want:
            continue
        lat, lon, areas = PLACES[q["near"]]
        kinds = set(q["tags"]) if not q["relevant"] else set().union(*(services[k]["tags"] for k in q["relevant"]))
        kinds -= {"free_cost", "social_cafe", "older_people", "accessibility", "disability", "transport"} if q["relevant"] else set()
        out = []
        for k, s in services.items():
            if k in q["relevant"] or s["status"] != "active" or not is_fresh(s["assured"]) or not age_ok(q, s):
                continue
            d = miles(lat, lon, s["loc"]["lat"], s["loc"]["lon"])
            near = bool(set(s["areas"]) & set(areas)) or (s["loctype"] != "postal" and d <= 8)
            if near and set(s["tags"]) & kinds:
                out.append(f"    ? {k} {d:.1f}mi {s['min_age']}-{s['max_age']} {'/'.join(s['sched'])} {','.join(s['tags'])}")
        print(f"e{n:03d} [{q['near']}] {q['text'][:70]} -> {q['relevant']}")
        print("\n".join(out))


if __name__ == "__main__":
    main()
