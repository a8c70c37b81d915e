"""My labelling aid (never the project's search).

Each hand-written query names the kinds of service that would answer it (`want`, my own topic
words from the area files), the audience facts (age, youth) and any stated time. This module lists
the candidates those facts allow -- right kind, open, assured within 6 months, age-appropriate,
youth-suitable for youth, within reach -- and then applies the hand decisions written on the query
(`add`, `drop` with a reason). The result is printed by build.py --review for reading by eye.
"""
from common import miles, is_stale, age_ok
from gaz import where

# reach in miles by area of the query's place; rural places get more (see README)
REACH = {"kirklees": 10.5, "hackney": 10.5, "manchester": 10.5, "harrogate": 11.5,
         "penwith": 13.0, "conwy": 10.5, "stirling": 10.5}
RURAL = {"Pateley Bridge": 13.0, "Masham": 13.0, "Ripon": 13.0, "Boroughbridge": 13.0,
         "Nidderdale": 13.0, "Holmfirth": 11.0, "Marsden": 11.0, "Dunblane": 11.0,
         "Betws-y-Coed": 13.0}

PART = {"morning": ("00:00", "12:00"), "afternoon": ("12:00", "17:00"), "evening": ("17:00", "23:59")}
MONDAY_23_NOV = "MO"   # the search moment is Monday 23 November 2026 (4th Monday; fortnightly off-week)


def youth_ok(s):
    return "young_people" in s["tags"] or (s["max_age"] is not None and s["max_age"] <= 25)


def cheap(s):
    items = s["cost"] if isinstance(s["cost"], list) else [s["cost"]]
    for c in items:
        if c == 0 or c == "payf":
            return True
        if isinstance(c, (int, float)) and c <= 3:
            return True
        if isinstance(c, tuple) and c[1] <= 3.5:
            return True
    return False


def on_when(s, days, part, today):
    for sc in s["sched"]:
        freq, byday, hours = sc[0], sc[1], sc[2]
        if freq == "APPT" or not byday:
            continue
        if today:
            # Monday 23 Nov 2026: weekly Monday sessions only (it is the 4th Monday, not the
            # 1st or last, and an off-week for the fortnightly sessions that start 7 Sep)
            if not (freq == "W" and "MO" in byday.split(",")):
                continue
        else:
            dd = {b[-2:] for b in byday.split(",")}
            if days and not (dd & set(days)):
                continue
        if part:
            lo, hi = PART[part]
            opens = hours.split("-")[0]
            if not (lo <= opens < hi):
                continue
        return True
    return False


def candidates(q, services):
    lat, lon, area = where(q["near"])
    reach = q.get("radius") or RURAL.get(q["near"]) or REACH[area]
    out = []
    for s in services:
        d = miles(lat, lon, s["venue"][4], s["venue"][5])
        if d > reach:
            continue
        if q["want"] and not (set(q["want"]) & s["topics"]):
            continue
        if s["status"] != "active" or is_stale(s) or not age_ok(s, q["age"]):
            continue
        if q["youth"] and not youth_ok(s):
            continue
        if q.get("free") and not cheap(s):
            continue
        if (q.get("days") or q.get("part") or q.get("today")) and not on_when(
                s, q.get("days"), q.get("part"), q.get("today")):
            continue
        out.append((d, s["key"]))
    return [k for _, k in sorted(out)]


def relevant(q, services):
    by = {s["key"]: s for s in services}
    c = candidates(q, services)
    for k in q.get("drop", {}):
        if k not in c:
            import sys
            print("WARNING drop of a non-candidate %s in %r" % (k, q["text"]), file=sys.stderr)
    rel = [k for k in c if k not in q.get("drop", {})]
    for k in q.get("add", ()):
        s = by[k]
        assert s["status"] == "active" and not is_stale(s) and age_ok(s, q["age"]), (q["text"], k)
        if k not in rel:
            rel.append(k)
    return rel
