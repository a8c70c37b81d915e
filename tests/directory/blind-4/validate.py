"""Check blind-4: python3 tests/directory/blind-4/validate.py  (exit 1 on any error).

Checks: service and query ids unique; every frontdoor-tags term and every query tag is a tag id
of shared/nlp/labels.md; every relevant id exists, is active, assured within 6 months of
2026-11-23 and admits the person's age; relevant_names match; `near` is a places.csv name for the
three council areas (and not one for the others). Prints counts."""
import csv
import json
import os
import re
import sys
from collections import Counter
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
LABELS = os.path.normpath(os.path.join(ROOT, "..", "shared", "nlp", "labels.md"))
PLACES = os.path.join(ROOT, "content", "places", "places.csv")
STALE_BEFORE = date(2026, 5, 23)   # 6 months before Monday 23 November 2026

errors = []


def err(msg):
    errors.append(msg)


# tag ids: the backticked words of the "## tags" section of labels.md
text = open(LABELS).read()
tags_section = text.split("## tags", 1)[1].split("## place", 1)[0]
TAGS = set(re.findall(r"`([a-z_]+)`", tags_section))

places = {}
with open(PLACES) as f:
    for r in csv.DictReader(f):
        places[r["name"]] = r["area"]

page = json.load(open(os.path.join(HERE, "directory.json")))
svc = page["contents"]
if page.get("total_items") != len(svc) or page.get("total_pages") != 1:
    err("page header does not match contents")
ids = Counter(s["id"] for s in svc)
for i, n in ids.items():
    if n > 1:
        err("duplicate service id %s" % i)
by = {s["id"]: s for s in svc}


def fresh(s):
    return date.fromisoformat(s["assured_date"]) >= STALE_BEFORE


def ftags(s):
    return [a["taxonomy_term"]["term"] for a in s.get("attributes", [])
            if a["taxonomy_term"].get("taxonomy") == "frontdoor-tags"]


for s in svc:
    for t in ftags(s):
        if t not in TAGS:
            err("service %s has unknown tag %s" % (s["name"], t))
    sal = s["service_at_locations"][0]["location"]
    if not (49.8 < sal["latitude"] < 59 and -8 < sal["longitude"] < 2):
        err("service %s venue outside GB" % s["name"])
    if s["status"] not in ("active", "inactive"):
        err("service %s has odd status" % s["name"])

queries = [json.loads(l) for l in open(os.path.join(HERE, "queries.jsonl"))]
qids = Counter(q["id"] for q in queries)
for i, n in qids.items():
    if n > 1:
        err("duplicate query id %s" % i)
for q in queries:
    for t in q["tags"]:
        if t not in TAGS:
            err("%s: unknown tag %s" % (q["id"], t))
    if len(q["relevant"]) != len(q["relevant_names"]):
        err("%s: relevant and relevant_names differ in length" % q["id"])
    for rid, name in zip(q["relevant"], q["relevant_names"]):
        s = by.get(rid)
        if s is None:
            err("%s: relevant id %s not in directory" % (q["id"], rid))
            continue
        if s["name"] != name:
            err("%s: name mismatch %s / %s" % (q["id"], s["name"], name))
        if s["status"] != "active":
            err("%s: relevant %s is closed" % (q["id"], name))
        if not fresh(s):
            err("%s: relevant %s is stale" % (q["id"], name))
        age = q["age"]
        if age is not None:
            if s.get("minimum_age") is not None and age < s["minimum_age"]:
                err("%s: relevant %s excludes age %s" % (q["id"], name, age))
            if s.get("maximum_age") is not None and age > s["maximum_age"]:
                err("%s: relevant %s excludes age %s" % (q["id"], name, age))
        if q["youth"] and age is None:
            err("%s: youth query without an age" % q["id"])
    if not q["near"]:
        err("%s: no near" % q["id"])

# ---------------------------------------------------------------- counts
AREA_BY_COUNTY = {"West Yorkshire": "kirklees", "South Yorkshire": "kirklees (far record)",
                  "North Yorkshire": "harrogate", "London": "hackney", "Cornwall": "penwith",
                  "Conwy": "conwy", "Stirling": "stirling", "Greater Manchester": "manchester"}
area = Counter()
for s in svc:
    a = s["service_at_locations"][0]["location"]["addresses"][0]
    area[AREA_BY_COUNTY.get(a["state_province"], a["state_province"])] += 1
status = Counter(s["status"] for s in svc)
stale = sum(1 for s in svc if s["status"] == "active" and not fresh(s))
adult = sum(1 for s in svc if s.get("minimum_age", 0) >= 18)
youthonly = sum(1 for s in svc if s.get("maximum_age") is not None)
no_ft = sum(1 for s in svc if not ftags(s))
feed_only = sum(1 for s in svc if not ftags(s) and s.get("attributes"))
q_three = sum(1 for q in queries if q["near"] in places)
q_none = sum(1 for q in queries if not q["relevant"])
q_one = sum(1 for q in queries if len(q["relevant"]) == 1)
q_youth = sum(1 for q in queries if q["youth"])
q_age = sum(1 for q in queries if q["age"] is not None)

print("services: %d  (%s)" % (len(svc), ", ".join("%s %d" % kv for kv in sorted(area.items()))))
print("status: %s; active but stale (assured before %s): %d" % (dict(status), STALE_BEFORE, stale))
print("adult-only (minimum_age>=18): %d; with a maximum_age (youth/age-capped): %d" % (adult, youthonly))
print("without frontdoor-tags: %d (%.0f%%), of which feed taxonomy only: %d, no attributes: %d"
      % (no_ft, 100.0 * no_ft / len(svc), feed_only, no_ft - feed_only))
print("queries: %d  (near a places.csv name: %d, elsewhere in the UK: %d)" % (len(queries), q_three,
                                                                          len(queries) - q_three))
print("queries with no relevant service: %d; with exactly one: %d; youth: %d; with an age: %d"
      % (q_none, q_one, q_youth, q_age))
print("mean relevant per query: %.2f" % (sum(len(q["relevant"]) for q in queries) / len(queries)))
if errors:
    print("\n%d ERRORS" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: ids unique, tags known, every relevant service active, fresh and age-appropriate")
