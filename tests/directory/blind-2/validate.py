#!/usr/bin/env python3
"""Check blind-2 on its own terms, reading only the published files (not src/).

  python3 tests/directory/blind-2/validate.py        (from /work/main, or give the repo root as argument)

Checks: directory.json is one ORUK v3 page with unique ids; every query has the README fields;
`near` is a name in content/places/places.csv; tags are ids from shared/nlp/labels.md; every
relevant id exists and its name matches; no relevant service is closed, stale (assured_date, or
last_modified where there is no assured_date, before 2026-05-23) or age-excluded for the query
(minimum_age/maximum_age, or ages written in eligibility_description); and reports how far the
relevant services are from `near`.
"""
import csv, datetime, json, math, os, re, sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.abspath(os.path.join(os.path.dirname(__file__), "../../.."))
HERE = os.path.join(ROOT, "tests/directory/blind-2")
LABELS = [os.path.join(ROOT, "../shared/nlp/labels.md"), "/work/shared/nlp/labels.md"]
AT = datetime.date(2026, 11, 23)
STALE_BEFORE = datetime.date(2026, 5, 23)  # six months before the eval moment
errors, warnings = [], []

def err(msg):
    errors.append(msg)

def miles(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 3958.8 * 2 * math.asin(math.sqrt(h))

# ---- places and labels
places = {r["name"]: (float(r["lat"]), float(r["lon"]), r["area"])
          for r in csv.DictReader(open(os.path.join(ROOT, "content/places/places.csv")))}
labels_path = next(p for p in LABELS if os.path.exists(p))
text = open(labels_path).read()
tag_section = text.split("## tags", 1)[1].split("## place", 1)[0]
TAGS = set(re.findall(r"`([a-z_]+)`", tag_section))
assert len(TAGS) > 20, "could not read the tag list from labels.md"

# ---- directory
page = json.load(open(os.path.join(HERE, "directory.json")))
for k in ("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"):
    if k not in page:
        err("directory.json: no %r" % k)
svcs = page["contents"]
if page["total_items"] != len(svcs):
    err("total_items %d but %d records" % (page["total_items"], len(svcs)))
by_id = {}
for s in svcs:
    if s["id"] in by_id:
        err("duplicate id %s" % s["id"])
    by_id[s["id"]] = s
names = [s["name"] for s in svcs]
if len(set(names)) != len(names):
    err("duplicate service names")

def ages(s):
    lo, hi = s.get("minimum_age"), s.get("maximum_age")
    words = s.get("eligibility_description", "")
    m = re.search(r"aged (\d+) (?:to|-) (\d+)", words)
    if m:
        lo, hi = lo if lo is not None else int(m.group(1)), hi if hi is not None else int(m.group(2))
    m = re.search(r"aged (\d+) and over|(\d+)\+|[Oo]ver (\d+)s", words)
    if m and lo is None:
        lo = int(next(g for g in m.groups() if g))
    return lo, hi

def checked(s):
    d = s.get("assured_date") or (s.get("last_modified") or "")[:10]
    return datetime.date.fromisoformat(d) if d else None

def where(s):
    for sal in s.get("service_at_locations", []):
        loc = sal.get("location", {})
        if loc.get("latitude") is not None:
            return (loc["latitude"], loc["longitude"])
    return None

def area_of(s):
    p = where(s)
    if p is None:
        return [a["name"] for a in s.get("service_areas", [])]
    best = min(places.values(), key=lambda v: miles(p, v[:2]))
    return best[2] if miles(p, best[:2]) < 6 else "far"

closed = [s for s in svcs if s.get("status") != "active"]
stale = [s for s in svcs if s.get("status") == "active" and (checked(s) is None or checked(s) < STALE_BEFORE)]
adult = [s for s in svcs if (ages(s)[0] or 0) >= 18]
youth_only = [s for s in svcs if ages(s)[1] is not None]
far = [s for s in svcs if area_of(s) == "far"]
only_lm = [s for s in svcs if "assured_date" not in s]
no_tax = [s for s in svcs if not s.get("attributes")]
text_sched = [s for s in svcs if s.get("schedules") and all("freq" not in x for x in s["schedules"])]

# ---- queries
qs = [json.loads(l) for l in open(os.path.join(HERE, "queries.jsonl")) if l.strip()]
FIELDS = ["id", "text", "near", "age", "youth", "tags", "relevant", "relevant_names"]
dists = []
for i, q in enumerate(qs, 1):
    qid = q.get("id")
    if list(q.keys()) != FIELDS:
        err("%s: fields %s" % (qid, list(q.keys())))
    if qid != "c%03d" % i:
        err("%s: expected id c%03d" % (qid, i))
    if q["near"] not in places:
        err("%s: near %r not in places.csv" % (qid, q["near"]))
        continue
    bad = [t for t in q["tags"] if t not in TAGS]
    if bad:
        err("%s: unknown tags %s" % (qid, bad))
    if not q["relevant"]:
        err("%s: nothing relevant" % qid)
    if len(q["relevant"]) != len(q["relevant_names"]) or len(set(q["relevant"])) != len(q["relevant"]):
        err("%s: relevant / relevant_names mismatch or repeats" % qid)
    if q["youth"] and q["age"] is not None and not (12 <= q["age"] <= 17):
        err("%s: youth with age %s" % (qid, q["age"]))
    if q["age"] is not None and 12 <= q["age"] <= 17 and not q["youth"]:
        err("%s: teenager not marked youth" % qid)
    near = places[q["near"]]
    for rid, rname in zip(q["relevant"], q["relevant_names"]):
        s = by_id.get(rid)
        if s is None:
            err("%s: relevant id %s does not exist" % (qid, rid))
            continue
        if s["name"] != rname:
            err("%s: %s is %r not %r" % (qid, rid, s["name"], rname))
        if s.get("status") != "active":
            err("%s: %s is %s" % (qid, rname, s.get("status")))
        c = checked(s)
        if c is None or c < STALE_BEFORE:
            err("%s: %s last checked %s (stale)" % (qid, rname, c))
        lo, hi = ages(s)
        age = q["age"]
        if age is None and q["youth"]:
            if lo is not None and lo >= 18:
                err("%s: %s is adults-only but the query is youth" % (qid, rname))
        elif age is not None:
            if (lo is not None and age < lo) or (hi is not None and age > hi):
                err("%s: %s (ages %s-%s) excludes age %s" % (qid, rname, lo, hi, age))
        p = where(s)
        if p is None:
            if near[2] not in [a.lower() for a in area_of(s)]:
                err("%s: %s is phone-only for %s, query is in %s" % (qid, rname, area_of(s), near[2]))
        else:
            d = miles(near[:2], p)
            dists.append(d)
            if area_of(s) == "far":
                err("%s: %s is far away" % (qid, rname))
            if d > 12:
                err("%s: %s is %.1f miles from %s" % (qid, rname, d, q["near"]))
            elif d > 8:
                warnings.append("%s: %s is %.1f miles from %s (district-wide or rare need)" % (qid, rname, d, q["near"]))

# ---- report
areas = {}
for q in qs:
    a = places[q["near"]][2]
    areas[a] = areas.get(a, 0) + 1
sizes = [len(q["relevant"]) for q in qs]
print("services %d: closed %d, stale %d, adults-only %d, age-capped youth %d, far away %d, "
      "last_modified only %d, no taxonomy %d, text-only schedule %d"
      % (len(svcs), len(closed), len(stale), len(adult), len(youth_only), len(far), len(only_lm), len(no_tax), len(text_sched)))
print("queries %d by area %s; youth %d; with age %d; one relevant %d; mean relevant %.2f; "
      "median distance to a relevant service %.1f mi"
      % (len(qs), areas, sum(q["youth"] for q in qs), sum(q["age"] is not None for q in qs),
         sum(n == 1 for n in sizes), sum(sizes) / len(sizes), sorted(dists)[len(dists) // 2]))
for w in warnings:
    print("note:", w)
for e in errors:
    print("ERROR:", e)
print("OK" if not errors else "%d errors" % len(errors))
sys.exit(1 if errors else 0)
