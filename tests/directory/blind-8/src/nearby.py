#!/usr/bin/env python3
"""Labelling aid: python3 src/nearby.py PLACE KIND [MILES]
Lists every service of KIND within MILES (default 8) of PLACE, or whose
service_areas cover PLACE, with facts; ordered by key only (no ranking)."""
import sys
import os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import kinds_of  # noqa: E402
from facts import services, in_reach, fact_line  # noqa: E402

place, kind = sys.argv[1], sys.argv[2]
radius = float(sys.argv[3]) if len(sys.argv) > 3 else 8
for s in services():
    if (kind == "*" or kind in kinds_of(s)) and in_reach(s, place, radius):
        print(fact_line(s, place))
