#!/usr/bin/env python3
"""Labelling aid: list the services of a kind within N miles of a place, or
whose service_areas cover it.   python3 src/nearby.py PLACE KIND[,KIND] [MILES]

Lists facts only (status, assured date, ages, distance, schedule, cost), ordered
by service key. It does not score, rank or imitate any ranking."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import miles, is_fresh  # noqa: E402
from places import PLACES  # noqa: E402
from build import all_services  # noqa: E402


def facts(area, s, plat, plon, pcouncils):
    d = miles(plat, plon, s["loc"]["lat"], s["loc"]["lon"])
    covers = sorted(set(s["areas"]) & set(pcouncils))
    bits = [f"{s['key']:<28}", f"{d:5.1f}mi", s["kind"], s["status"],
            s["assured"] + ("" if is_fresh(s["assured"]) else " STALE")]
    if s["min_age"] is not None or s["max_age"] is not None:
        bits.append(f"age {s['min_age']}-{s['max_age']}")
    if s["areas"]:
        bits.append("areas=" + "/".join(s["areas"]) + (" COVERS" if covers else " not-covering"))
    bits.append("; ".join(s["sched"]) or "-")
    bits.append(",".join(c if isinstance(c, str) else f"£{c[0]}" for c in s["cost"]))
    bits.append(s["loc"]["town"])
    if s["trap"]:
        bits.append("trap=" + s["trap"])
    return d, covers, "  ".join(bits) + "\n      " + s["name"] + " | " + s["desc"][:150].replace("\n", " ")


def near(place, kinds, radius=8.0):
    plat, plon, pcouncils = PLACES[place]
    out = []
    for area, s in sorted(all_services(), key=lambda x: x[1]["key"]):
        if s["kind"] not in kinds:
            continue
        d, covers, line = facts(area.AREA, s, plat, plon, pcouncils)
        if covers or (s["loctype"] == "physical" and d <= radius):
            out.append((s["key"], line))
    return out


if __name__ == "__main__":
    place, kinds = sys.argv[1], sys.argv[2].split(",")
    radius = float(sys.argv[3]) if len(sys.argv) > 3 else 8.0
    for _, line in near(place, kinds, radius):
        print(line)
