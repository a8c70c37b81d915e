#!/usr/bin/env python3
"""Labelling aid: python3 src/nearby.py PLACE KIND [MILES]
Lists every service of KIND whose venue is within MILES (default 8) of PLACE, or
whose service_areas cover PLACE (office-only services that do not cover PLACE but
sit within MILES are listed too, marked). Ordered by key; no ranking."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import all_services  # noqa: E402
from common import kinds_of  # noqa: E402
from facts import describe, reach  # noqa: E402
from places import PLACES  # noqa: E402


def candidates(place, kinds, radius=8.0):
    out = []
    for _, s in all_services():
        if not (kinds_of(s) & set(kinds)):
            continue
        how, d = reach(place, s)
        if how.startswith("covers") or d <= radius:
            out.append(s)
    return sorted(out, key=lambda s: s["key"])


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in PLACES:
        sys.exit(__doc__)
    radius = float(sys.argv[3]) if len(sys.argv) > 3 else 8.0
    for s in candidates(sys.argv[1], sys.argv[2].split(","), radius):
        print(describe(s, sys.argv[1]))


if __name__ == "__main__":
    main()
