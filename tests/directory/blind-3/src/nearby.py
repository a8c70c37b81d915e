#!/usr/bin/env python3
"""Labelling aid (not the project's search): list open, fresh services by distance from a
places.csv name, with their tags, ages, days and cost, so a hand-written label can be
checked for services it forgot.   python3 nearby.py "Batley" [max_km] [tag ...]"""
import csv, math, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from venues import VENUES
from services_kirklees import K
from services_harrogate import H
from services_hackney import X, F
PLACES = {r["name"]: r for r in csv.DictReader(open(os.path.join(HERE, "../../../../content/places/places.csv")))}

def km(a, b, c, d):
    R = 6371.0
    p1, p2 = math.radians(a), math.radians(c)
    dp, dl = p2 - p1, math.radians(d - b)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * R * math.asin(math.sqrt(h))

def fresh(r):
    return r["status"] == "active" and r["assured"] >= "2026-05-23"

def main():
    place = sys.argv[1]
    maxkm = float(sys.argv[2]) if len(sys.argv) > 2 else 15
    tags = set(sys.argv[3:])
    p = PLACES[place]
    rows = []
    for r in K + H + X + F:
        v = VENUES[r["venue"]]
        d = km(float(p["lat"]), float(p["lon"]), v[5], v[6])
        if d > maxkm and not r["area"]:
            continue
        if tags and not tags & set(r["tags"]):
            continue
        flag = "" if fresh(r) else ("CLOSED" if r["status"] != "active" else "STALE")
        rows.append((d, r["key"], r["name"][:48], ",".join(r["tags"]), r["min_age"], r["max_age"],
                     " | ".join(r["sched"]), str(r["cost"])[:20], flag, r["area"] or ""))
    for row in sorted(rows):
        print("%5.1fkm %-4s %-48s ages %s-%s  %s  %s  %s %s\n        %s" % (row[0], row[1], row[2], row[4], row[5], row[6], row[7], row[8], row[9], row[3]))

if __name__ == "__main__":
    main()
