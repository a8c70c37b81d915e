"""Labelling aid: list services near a place, nearest first, with the facts that decide relevance.
usage: python3 nearby.py PLACE [MAXMILES] [topic-or-tag ...]"""
import sys
from load import SERVICES
from common import miles, is_stale
from gaz import where

place = sys.argv[1]
maxm = float(sys.argv[2]) if len(sys.argv) > 2 else 15
want = set(sys.argv[3:])
lat, lon, area = where(place)
rows = []
for s in SERVICES:
    d = miles(lat, lon, s["venue"][4], s["venue"][5])
    if d > maxm:
        continue
    if want and not (want & s["topics"]):
        continue
    flags = []
    if s["status"] != "active":
        flags.append("CLOSED")
    if is_stale(s):
        flags.append("STALE")
    if s["min_age"] is not None or s["max_age"] is not None:
        flags.append("age %s-%s" % (s["min_age"], s["max_age"]))
    sch = ";".join("%s %s %s" % (x[0], x[1] or "", x[2] or "") for x in s["sched"])
    rows.append((d, s["key"], s["name"], ",".join(flags), sch, ",".join(sorted(s["topics"]))))
for r in sorted(rows):
    print("%5.1f  %-24s %-45s %-14s %-28s %s" % r)
