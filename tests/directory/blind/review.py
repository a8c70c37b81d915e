import math, services_data as D, queries_data as Q, build
from datetime import date
CUT = "2026-05-23"
S = {s["key"]: s for s in D.S}
def ll(k): return build.coords(S[k])
def place(n): r = build.PLACES[n]; return float(r["lat"]), float(r["lon"])
def miles(a, b):
    la1, lo1 = map(math.radians, a); la2, lo2 = map(math.radians, b)
    h = math.sin((la2-la1)/2)**2 + math.cos(la1)*math.cos(la2)*math.sin((lo2-lo1)/2)**2
    return 3958.8 * 2 * math.asin(math.sqrt(h))
def excluded(s, age, youth):
    if s.get("status", "active") != "active": return "closed"
    d = s.get("assured") if s["key"] not in D.LASTONLY else None
    if d and d < CUT: return "stale"
    if s.get("lastmod") is None and d is None and s["key"] not in D.LASTONLY: return "nodate"
    if age is not None:
        if s.get("min_age") and age < s["min_age"]: return "too young"
        if s.get("max_age") and age > s["max_age"]: return "too old"
    if youth and (s.get("min_age") or 0) >= 18: return "adult-only"
    return None
INTEREST = {"arts_crafts","music","sport_fitness","walking_outdoors","gardening_nature","games_quizzes","books_learning",
            "food_cooking","faith","digital_skills","social_cafe"}
for n, q in enumerate(Q.Q, 1):
    here = place(q["near"])
    print(f"b{n:03d} [{q['near']}] age={q['age']} youth={q['youth']} {q['tags']} :: {q['text']}")
    for k in q["rel"]:
        s = S[k]; e = excluded(s, q["age"], q["youth"])
        print(f"    + {k} {s['name']} {miles(here, ll(k)):.1f}mi {'!!'+e if e else ''}")
    qt = set(q["tags"]) & (INTEREST | {"carers","bereaved","lgbtq","new_to_area","men","women","parents_families","young_people","disability","transport","accompany"})
    for s in D.S:
        k = s["key"]
        if k in q["rel"]: continue
        d = miles(here, ll(k))
        if d > 8: continue
        if qt and not (qt & set(s.get("tags", []))): continue
        if not qt: continue
        e = excluded(s, q["age"], q["youth"])
        print(f"      ? {k} {s['name']} {d:.1f}mi {'('+e+')' if e else ''}")
