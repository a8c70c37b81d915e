#!/usr/bin/env python3
"""Labelling aid, not a ranker: list every service of a kind within N miles of
a place (haversine), plus phone/online/area-wide services whose service area
covers the place, with the facts a labeller needs (status, freshness, ages,
schedule). Output is in key order; the labeller decides relevance by hand.

    python3 src/nearby.py Holmfirth --miles 8 --tag music --tag walking_outdoors
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import miles, is_fresh  # noqa: E402
from places import PLACES  # noqa: E402
from build import all_services  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("place")
    ap.add_argument("--miles", type=float, default=8)
    ap.add_argument("--tag", action="append", default=[])
    ap.add_argument("--day", help="two-letter day, e.g. TU")
    args = ap.parse_args()
    lat, lon, areas = PLACES[args.place]
    rows = []
    for mod, s in all_services():
        if args.tag and not set(args.tag) & set(s["tags"]):
            continue
        if args.day and not any(args.day in t for t in s["sched"]):
            continue
        d = miles(lat, lon, s["loc"]["lat"], s["loc"]["lon"])
        covers = bool(set(s["areas"]) & set(areas))
        if s["loctype"] == "postal":
            if not covers and d > args.miles:
                continue
        elif d > args.miles:
            continue
        flags = []
        if s["status"] != "active":
            flags.append("INACTIVE")
        if not is_fresh(s["assured"]):
            flags.append("STALE")
        if s["loctype"] == "postal":
            flags.append("AREA-WIDE:" + ",".join(s["areas"]) + (" covers" if covers else " NOT-COVERING"))
        if s["trap"]:
            flags.append("trap=" + s["trap"])
        ages = f"{s['min_age'] or ''}-{s['max_age'] or ''}"
        rows.append((s["key"], f"{d:5.1f}mi", ages, " ".join(flags), "/".join(s["sched"]) or "appt",
                     ",".join(s["tags"]), s["name"]))
    for r in sorted(rows):
        print(" | ".join(r))


if __name__ == "__main__":
    main()
