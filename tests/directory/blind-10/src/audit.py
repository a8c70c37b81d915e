#!/usr/bin/env python3
"""Labelling aid only (prints facts, never scores or ranks): for every query, the
same-kind services within reach that were left out of its labels (marked '-') and,
with --all, the labelled ones (marked '+'), so each omission can be re-checked by hand.
   python3 src/audit.py [--all] [t001 ...]"""
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import miles, kinds_of, locs_of, is_fresh  # noqa: E402
from places import PLACES  # noqa: E402
from build import all_services  # noqa: E402
import queries  # noqa: E402


def facts(s, d, covers):
    where = f"covers {covers}" if covers else f"{d:.1f} mi"
    age = f"age {s['min_age']}-{s['max_age']}" if (s["min_age"] is not None or s["max_age"] is not None) else "no age"
    return (f"{s['key']:28} {s['status']:8} {'fresh' if is_fresh(s['assured']) else 'STALE'} {where:22} {age:12} "
            f"{';'.join(s['sched']) or ('(desc) ' if s['desc_sched'] else '') + 'none'} {s['cost']} {s['langs']}")


def main():
    args = [a for a in sys.argv[1:] if a != "--all"]
    show_all = "--all" in sys.argv
    svcs = [s for _, s in all_services()]
    for n, q in enumerate(queries.QUERIES, 1):
        qid = f"t{n:03d}"
        if args and qid not in args:
            continue
        plat, plon, pareas = PLACES[q["near"]]
        reach = q["radius"] or 8
        print(f"{qid} [{q['near']}] {q['text']}  -> {q['relevant']}")
        for s in svcs:
            if not kinds_of(s) & set(q["kinds"]):
                continue
            covers = sorted(set(s["areas"]) & set(pareas))
            d = min(miles(plat, plon, l["lat"], l["lon"]) for l in locs_of(s))
            if not covers and (s["areas"] or d > reach):
                continue
            mark = "+" if s["key"] in q["relevant"] else "-"
            if mark == "-" or show_all:
                print(f"   {mark} {facts(s, d, covers)}")


if __name__ == "__main__":
    main()
