"""Checks the blind set on its own files: directory.json, queries.jsonl, places.csv and labels.md."""
import csv, json, math, os, re, sys, uuid
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "../../.."))
AT = "2026-11-23"; STALE_BEFORE = "2026-05-23"   # 6 months before Monday 23 November 2026
errors, warnings = [], []

page = json.load(open(os.path.join(HERE, "directory.json")))
for k in ("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"):
    if k not in page: errors.append(f"page lacks {k}")
svcs = page["contents"]
if page["total_items"] != len(svcs): errors.append("total_items != len(contents)")
by_id = {}
for s in svcs:
    try: uuid.UUID(s["id"])
    except Exception: errors.append(f"bad uuid {s.get('id')}")
    if s["id"] in by_id: errors.append(f"duplicate id {s['id']}")
    by_id[s["id"]] = s
    for f in ("name", "description", "status", "service_at_locations", "schedules"):
        if f not in s: errors.append(f"{s['name']}: no {f}")
    loc = s["service_at_locations"][0]["location"]
    if not (49 < loc["latitude"] < 61 and -8 < loc["longitude"] < 2): errors.append(f"{s['name']}: odd coords")
    if "assured_date" not in s and "last_modified" not in s: errors.append(f"{s['name']}: no date")

places = {r["name"]: (float(r["lat"]), float(r["lon"])) for r in csv.DictReader(open(os.path.join(ROOT, "content/places/places.csv")))}
labels = open(os.path.join(ROOT, "../shared/nlp/labels.md")).read() if os.path.exists(os.path.join(ROOT, "../shared/nlp/labels.md")) \
    else open("/work/shared/nlp/labels.md").read()
tag_section = labels.split("## tags")[1].split("## place")[0]
TAGS = set(re.findall(r"`([a-z_]+)`", tag_section))

def stale(s):
    d = s.get("assured_date") or (s.get("last_modified") or "")[:10]
    return d < STALE_BEFORE
def age_excluded(s, age, youth):
    mn, mx = s.get("minimum_age"), s.get("maximum_age")
    if age is not None and ((mn is not None and age < mn) or (mx is not None and age > mx)): return True
    if youth and mn is not None and mn >= 18: return True
    return False
def miles(a, b):
    la1, lo1 = map(math.radians, a); la2, lo2 = map(math.radians, b)
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 3958.8 * 2 * math.asin(math.sqrt(h))

FIELDS = ["id", "text", "near", "age", "youth", "tags", "relevant", "relevant_names"]
qs = [json.loads(l) for l in open(os.path.join(HERE, "queries.jsonl")) if l.strip()]
used = set()
for n, q in enumerate(qs, 1):
    if list(q) != FIELDS: errors.append(f"{q.get('id')}: fields {list(q)}")
    if q["id"] != f"b{n:03d}": errors.append(f"{q['id']}: expected b{n:03d}")
    if q["near"] not in places: errors.append(f"{q['id']}: near {q['near']!r} not in places.csv")
    for t in q["tags"]:
        if t not in TAGS: errors.append(f"{q['id']}: tag {t!r} not in labels.md")
    if not q["relevant"]: errors.append(f"{q['id']}: no relevant service")
    if len(q["relevant"]) != len(q["relevant_names"]): errors.append(f"{q['id']}: names/ids differ in length")
    if len(set(q["relevant"])) != len(q["relevant"]): errors.append(f"{q['id']}: duplicate relevant")
    for rid, nm in zip(q["relevant"], q["relevant_names"]):
        s = by_id.get(rid)
        if not s: errors.append(f"{q['id']}: unknown id {rid}"); continue
        used.add(rid)
        if s["name"] != nm: errors.append(f"{q['id']}: name mismatch {nm!r} vs {s['name']!r}")
        if s["status"] != "active": errors.append(f"{q['id']}: {nm} is {s['status']}")
        if stale(s): errors.append(f"{q['id']}: {nm} is stale")
        if age_excluded(s, q["age"], q["youth"]): errors.append(f"{q['id']}: {nm} excludes age {q['age']} youth {q['youth']}")
        loc = s["service_at_locations"][0]["location"]
        d = miles(places.get(q["near"], (0, 0)), (loc["latitude"], loc["longitude"]))
        if d > 10.5: errors.append(f"{q['id']}: {nm} is {d:.1f} miles from {q['near']}")
        elif d > 8: warnings.append(f"{q['id']}: {nm} is {d:.1f} miles from {q['near']} (district-wide or specific need)")

closed = [s for s in svcs if s["status"] != "active"]
stl = [s for s in svcs if s["status"] == "active" and stale(s)]
adult = [s for s in svcs if (s.get("minimum_age") or 0) >= 18]
print(f"services {len(svcs)}: closed {len(closed)}, stale {len(stl)}, adult-only {len(adult)}, "
      f"with max age {sum(1 for s in svcs if s.get('maximum_age'))}")
print(f"queries {len(qs)}: with age {sum(q['age'] is not None for q in qs)}, youth {sum(q['youth'] for q in qs)}, "
      f"one relevant {sum(len(q['relevant']) == 1 for q in qs)}, two {sum(len(q['relevant']) == 2 for q in qs)}, "
      f"mean relevant {sum(len(q['relevant']) for q in qs) / len(qs):.2f}; services ever relevant {len(used)}")
for w in warnings: print("warning:", w)
for e in errors: print("ERROR:", e)
print("OK" if not errors else f"{len(errors)} errors"); sys.exit(1 if errors else 0)
