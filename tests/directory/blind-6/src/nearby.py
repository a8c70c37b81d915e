#!/usr/bin/env python3
"""Labelling aid: list services of some kinds within N miles of a place (or
whose service_areas cover it). Sorted by key only - this is a checklist for a
human labeller, not a ranking.

    python3 src/nearby.py PLACE [MILES] [KIND ...]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import miles, is_fresh  # noqa: E402
from places import PLACES  # noqa: E402
from build import all_services  # noqa: E402


def describe(s, d, covers):
    ages = f"{s['min_age'] if s['min_age'] is not None else '-'}..{s['max_age'] if s['max_age'] is not None else '-'}"
    flags = []
    if s["status"] != "active":
        flags.append("INACTIVE")
    if not is_fresh(s["assured"]):
        flags.append(f"STALE {s['assured']}")
    where = "covers" if covers else f"{d:5.1f} mi"
    return (f"  {s['key']:<22} {s['kind']:<15} {where:<9} ages {ages:<7} "
            f"{'; '.join(s['sched']) or '(no schedule)':<34} {' '.join(flags)}  {s['name']}")


def listing(place, radius=8.0, kinds=()):
    plat, plon, pareas = PLACES[place]
    out = []
    for mod, s in sorted(all_services(), key=lambda ms: ms[1]["key"]):
        if kinds and s["kind"] not in kinds:
            continue
        covers = bool(set(s["areas"]) & set(pareas))
        d = miles(plat, plon, s["loc"]["lat"], s["loc"]["lon"])
        if s["areas"] and not covers:
            continue  # area-wide service that does not cover this place
        if covers or d <= radius:
            out.append(describe(s, d, covers))
    return out


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    place = sys.argv[1]
    radius = float(sys.argv[2]) if len(sys.argv) > 2 else 8.0
    kinds = set(sys.argv[3:])
    print(f"{place}: services within {radius} miles or covering it" + (f", kinds {sorted(kinds)}" if kinds else ""))
    print("\n".join(listing(place, radius, kinds)))


if __name__ == "__main__":
    main()
