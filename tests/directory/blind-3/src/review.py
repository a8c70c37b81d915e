#!/usr/bin/env python3
"""Labelling aid: for each hand-labelled query, show labelled services with their distance,
and open/fresh/age-allowed services within a few km that share a tag but were not labelled,
so the labeller can look again. Not the project's search; it does not rank."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from nearby import PLACES, km, fresh
from venues import VENUES
from services_kirklees import K
from services_harrogate import H
from services_hackney import X, F
from queries_src import QUERIES
ALL = {r["key"]: r for r in K + H + X + F}
AREA = {"kirklees": "Kirklees", "harrogate": "Harrogate District", "hackney": "Hackney"}
GENERIC = {"free_cost", "accessibility", "older_people", "young_people", "parents_families", "social_cafe"}
lim = float(sys.argv[1]) if len(sys.argv) > 1 else 6
def dist(q, r):
    p = PLACES[q["near"]]; v = VENUES[r["venue"]]
    return km(float(p["lat"]), float(p["lon"]), v[5], v[6])
def age_ok(q, r):
    a = q["age"]
    if a is None: return True
    return (r["min_age"] is None or a >= r["min_age"]) and (r["max_age"] is None or a <= r["max_age"])
for n, q in enumerate(QUERIES, 1):
    print(f"c{n:03d} [{q['near']}] age={q['age']} {q['text']}")
    for k in q["rel"]:
        r = ALL[k]; d = dist(q, r)
        bad = [] if fresh(r) else ["NOT OPEN/FRESH"]
        if not age_ok(q, r): bad.append("AGE")
        print(f"     + {k} {d:5.1f}km {r['name'][:50]} {' '.join(bad)}")
    qt = set(q["tags"]) - GENERIC
    for r in ALL.values():
        if r["key"] in q["rel"] or not fresh(r) or not age_ok(q, r): continue
        if not qt & set(r["tags"]): continue
        d = dist(q, r)
        same_area = r["area"] == AREA[PLACES[q["near"]]["area"]]
        if d <= lim or same_area:
            print(f"     ? {r['key']} {d:5.1f}km {r['name'][:50]} {','.join(r['tags'])}")
