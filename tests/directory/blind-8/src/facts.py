"""Shared fact printer for the labelling aids (nearby.py, audit.py). Prints
facts about a service; never scores or ranks."""
from common import miles, kinds_of, is_fresh
from places import PLACES
from build import AREAS


def services():
    out = []
    for mod in AREAS:
        out.extend(mod.SERVICES)
    return sorted(out, key=lambda s: s["key"])


def reach(s, place):
    """(covers, distance) of service s from place."""
    lat, lon, councils = PLACES[place]
    covers = bool(set(s["areas"]) & set(councils))
    return covers, miles(lat, lon, s["loc"]["lat"], s["loc"]["lon"])


def in_reach(s, place, radius=8):
    covers, d = reach(s, place)
    if s["areas"]:
        return covers
    return d <= radius


def fact_line(s, place):
    covers, d = reach(s, place)
    ages = f"{s['min_age'] if s['min_age'] is not None else '-'}..{s['max_age'] if s['max_age'] is not None else '-'}"
    where = ("covers" if covers else "NOT covering") + f" {','.join(s['areas'])}" if s["areas"] else f"{d:.1f}mi"
    fresh = "fresh" if is_fresh(s["assured"]) else "STALE"
    cost = ",".join(c if isinstance(c, str) else f"{c[0]}" for c in s["cost"])
    return (f"{s['key']:<24} {s['name'][:38]:<38} {s['status']:<8} {s['assured']} {fresh:<5} age {ages:<7} "
            f"{where:<26} [{'; '.join(s['sched']) or '-'}] cost {cost} langs {','.join(s['langs']) or '-'} "
            f"kind {s['kind']}")
