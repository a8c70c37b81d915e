import os, sys, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build, queries_src
from build import PLACES, miles

PRACTICAL = set("foodbank pantry energy debt benefits hardship transport housing startgroup volunteer befriend carers".split())
WHEN = {"morning": ("00:00", "12:00"), "afternoon": ("12:00", "17:00"), "evening": ("17:00", "24:00")}

def eligible(m, q):
    why = []
    if m["status"] != "active":
        why.append("closed")
    if not m["fresh"]:
        why.append("stale")
    age = q["age"] if q["age"] is not None else (15 if q["youth"] else None)
    if age is not None:
        if m["lo"] is not None and age < m["lo"]:
            why.append("too young")
        if m["hi"] is not None and age > m["hi"]:
            why.append("too old")
    else:
        if m["hi"] is not None and m["hi"] <= 19 and not q.get("foryouth"):
            why.append("youth-only")
        if m["lo"] is not None and m["lo"] >= 50 and not q.get("older"):
            why.append("older-only")
    if "womenonly" in m["topics"] and not q.get("women"):
        why.append("women-only")
    if "menonly" in m["topics"] and not q.get("men"):
        why.append("men-only")
    return why

def fits(m, q):
    why = []
    if q.get("days"):
        if not set(q["days"].split()) & m["days"]:
            why.append("day")
    if q.get("when") and m["times"]:
        if not any(o < WHEN[w][1] and c > WHEN[w][0] for w in q["when"].split() for o, c in m["times"]):
            why.append("time")
    if q.get("free") and not m["free"]:
        why.append("cost")
    if q.get("loop") and not m["loop"]:
        why.append("loop")
    if q.get("step") and not m["stepfree"]:
        why.append("access")
    return why

def dist(m, q):
    p = PLACES[q["near"]]
    if m["virtual"]:
        return 0.0 if p[2] == m["area"] else 999
    d = miles((p[0], p[1]), (m["lat"], m["lon"]))
    return d

def resolve(qs, meta):
    for q in qs:
        if q["rel"] is None:
            r = [k for k in auto_rel(q, meta) if k not in q["drop"]]
            q["rel"] = r + [k for k in q["add"] if k not in r]

def run(verbose=True):
    importlib.reload(queries_src)
    page, meta = build.build()
    resolve(queries_src.QUERIES, meta)
    problems = 0
    for i, q in enumerate(queries_src.QUERIES, 1):
        qarea = PLACES[q["near"]][2]
        lines = []
        for k in q["rel"]:
            m = meta[k]
            e = eligible(m, q) + fits(m, q)
            d = dist(m, q)
            if e or (d > q["mi"] and not (m["districtwide"] and m["area"] == qarea)):
                lines.append("  !! rel %s %s %.1fmi %s" % (k, m["name"], d, e))
                problems += 1
        for k, m in meta.items():
            if k in q["rel"]:
                continue
            tmatch = ("*" in q["top"] and not (m["topics"] & PRACTICAL)) or (m["topics"] & set(q["top"]))
            if not tmatch:
                continue
            d = dist(m, q)
            near = d <= q["mi"] or (m["districtwide"] and m["area"] == qarea)
            if not near:
                continue
            e = eligible(m, q) + fits(m, q)
            if not e:
                lines.append("  ?? cand %s %s %.1fmi" % (k, m["name"], d))
            elif verbose:
                lines.append("     trap %s %s %.1fmi %s" % (k, m["name"], d, e))
        if lines or verbose:
            print("c%03d %s | %s | age=%s youth=%s | rel=%s" % (i, q["text"], q["near"], q["age"], q["youth"],
                                                             " ".join(q["rel"])))
            print("\n".join(lines))
    print("queries", len(queries_src.QUERIES), "problems", problems)


ACTIVITY = set("youth walk craft garden music shed coffee lunch books chess games dance exercise_older exercise sport cafe warm drama".split())
SPECIAL = {"carers": "carers", "bereaved": "bereaved", "lgbtq": "lgbtq", "language": "new_to_area", "newcomer": "new_to_area",
           "toddler": "parents_families", "youth": "young_people", "dementia": "health_condition", "digital": "digital_skills",
           "non_english": "non_english"}
OLDER = set("older exercise_older lunch".split())

def auto_rel(q, meta):
    """Every general activity within reach that suits the person: for broad 'what's on / meet people' searches."""
    qarea = PLACES[q["near"]][2]
    older_ok = q.get("older") or (q["age"] is not None and q["age"] >= 55)
    out = []
    for k, m in meta.items():
        if not (m["topics"] & ACTIVITY):
            continue
        spec = [t for t in m["topics"] if t in SPECIAL]
        if any(SPECIAL[t] not in q["tags"] for t in spec):
            continue
        older_oriented = "older" in m["topics"] or (m["topics"] & ACTIVITY) <= OLDER
        if older_oriented and not older_ok:
            continue
        if q["youth"] and "youth" not in m["topics"]:
            continue
        if eligible(m, q) or fits(m, q):
            continue
        if dist(m, q) > q["mi"]:
            continue
        out.append(k)
    return out

if __name__ == "__main__":
    run("-q" not in sys.argv)
