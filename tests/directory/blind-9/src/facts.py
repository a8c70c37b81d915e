"""Labelling aid: plain facts about a service as seen from a place. Never scores
or ranks anything; callers print services ordered by key."""
from common import miles, kinds_of, is_fresh
from places import PLACES


def reach(place, s):
    """(how the service reaches the place, miles from the place to its venue/office)."""
    plat, plon, pareas = PLACES[place]
    d = miles(plat, plon, s["loc"]["lat"], s["loc"]["lon"])
    if s["areas"]:
        covered = sorted(set(s["areas"]) & set(pareas))
        if covered:
            return "covers " + "/".join(covered), d
        return "office only, covers " + "/".join(s["areas"]) + " (NOT this place)", d
    return "venue", d


def ages(s):
    lo, hi = s["min_age"], s["max_age"]
    if lo is None and hi is None:
        return "no age"
    return f"age {lo if lo is not None else 0}-{hi if hi is not None else ''}"


def describe(s, place=None):
    bits = [s["key"], repr(s["name"]), "/".join(sorted(kinds_of(s)))]
    if s["status"] != "active":
        bits.append(s["status"].upper())
    bits.append(("fresh " if is_fresh(s["assured"]) else "STALE ") + s["assured"])
    bits.append(ages(s))
    if place:
        how, d = reach(place, s)
        bits.append(f"{how} {d:.1f} mi")
    bits.append("sched " + ("; ".join(s["sched"]) if s["sched"] else "none"))
    costs = []
    for c in s["cost"]:
        costs.append(c if isinstance(c, str) else c[1])
    bits.append("cost " + ", ".join(costs))
    if s["langs"]:
        bits.append("langs " + ", ".join(s["langs"]))
    if s["access"]:
        bits.append("access " + "; ".join(s["access"]))
    if s["trap"]:
        bits.append("trap " + s["trap"])
    bits.append("tags " + (",".join(s["tags"]) if s["emit_tags"] else "(not emitted)"))
    return " | ".join(bits)
