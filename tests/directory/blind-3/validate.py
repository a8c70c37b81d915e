#!/usr/bin/env python3
"""Check tests/directory/blind-3: both files parse, ids are unique, every relevant id exists
and is open, fresh (assured within 6 months of 2026-11-23) and allowed for the stated age,
`near` is a name in content/places/places.csv, tags are ids of shared/nlp/labels.md.
Prints counts.   python3 tests/directory/blind-3/validate.py [--labels PATH]"""
import csv, json, math, os, re, sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
NOW = date(2026, 11, 23)
FRESH_FROM = date(2026, 5, 23)          # six months before NOW

def labels_path():
    if "--labels" in sys.argv:
        return sys.argv[sys.argv.index("--labels") + 1]
    for p in (os.path.join(MAIN, "shared", "nlp", "labels.md"),
              os.path.join(MAIN, "..", "shared", "nlp", "labels.md"), "/work/shared/nlp/labels.md"):
        if os.path.exists(p):
            return p
    sys.exit("cannot find shared/nlp/labels.md (use --labels PATH)")

def label_tags(path):
    text = open(path, encoding="utf-8").read()
    sec = text.split("## tags", 1)[1].split("## place", 1)[0]
    return set(re.findall(r"`([a-z_]+)`", sec))

def km(a, b, c, d):
    p1, p2 = math.radians(a), math.radians(c)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(d - b) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))

errors = []
def err(msg):
    errors.append(msg)

def main():
    tags_ok = label_tags(labels_path())
    places = {r["name"]: r for r in csv.DictReader(open(os.path.join(MAIN, "content", "places", "places.csv"), encoding="utf-8"))}

    page = json.load(open(os.path.join(HERE, "directory.json"), encoding="utf-8"))
    svc = {}
    for s in page["contents"]:
        if s["id"] in svc:
            err(f"duplicate service id {s['id']}")
        svc[s["id"]] = s
    if page["total_items"] != len(page["contents"]):
        err("total_items does not match contents")
    other_ids = []
    for s in page["contents"]:
        for k in ("name", "description", "status", "assured_date", "organization", "service_at_locations", "schedules"):
            if k not in s:
                err(f"{s['id']} lacks {k}")
        if s["status"] not in ("active", "inactive"):
            err(f"{s['id']} status {s['status']}")
        for sal in s["service_at_locations"]:
            loc = sal["location"]
            if not (-90 <= loc["latitude"] <= 90 and -180 <= loc["longitude"] <= 180):
                err(f"{s['id']} bad coordinates")
            other_ids += [sal["id"]]
        other_ids += [sc["id"] for sc in s["schedules"]] + [c["id"] for c in s.get("cost_options", [])]
        other_ids += [a["id"] for a in s.get("attributes", [])]
    if len(other_ids) != len(set(other_ids)):
        err("duplicate schedule/cost/attribute/service_at_location ids")

    def is_fresh(s):
        return date.fromisoformat(s["assured_date"]) >= FRESH_FROM
    def is_open(s):
        return s["status"] == "active" and is_fresh(s)
    def nearest_place_km(s):
        loc = s["service_at_locations"][0]["location"]
        return min(km(float(p["lat"]), float(p["lon"]), loc["latitude"], loc["longitude"]) for p in places.values())

    closed = [s for s in svc.values() if s["status"] != "active"]
    stale = [s for s in svc.values() if s["status"] == "active" and not is_fresh(s)]
    adult = [s for s in svc.values() if s.get("minimum_age") == 18]
    older_only = [s for s in svc.values() if (s.get("minimum_age") or 0) > 18]
    youth_only = [s for s in svc.values() if s.get("maximum_age") is not None]
    far = [s for s in svc.values() if nearest_place_km(s) > 8]
    untagged = [s for s in svc.values() if not any(a["taxonomy_term"].get("taxonomy") == "frontdoor-tags"
                                                     for a in s.get("attributes", []))]

    queries, seen = [], set()
    with open(os.path.join(HERE, "queries.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            q = json.loads(line)
            queries.append(q)
            want = {"id", "text", "near", "age", "youth", "tags", "relevant", "relevant_names"}
            if set(q) != want:
                err(f"line {n}: fields {sorted(set(q) ^ want)}")
            if q["id"] in seen or not re.fullmatch(r"c\d{3}", q["id"]):
                err(f"{q['id']}: bad or duplicate id")
            seen.add(q["id"])
            if q["near"] not in places:
                err(f"{q['id']}: near {q['near']!r} is not a places.csv name")
            for t in q["tags"]:
                if t not in tags_ok:
                    err(f"{q['id']}: tag {t} not in labels.md")
            if not isinstance(q["youth"], bool):
                err(f"{q['id']}: youth must be true/false")
            if q["youth"] and q["age"] is None:
                err(f"{q['id']}: youth query without an age")
            if not q["relevant"]:
                err(f"{q['id']}: nothing relevant")
            if len(q["relevant"]) != len(set(q["relevant"])):
                err(f"{q['id']}: repeated relevant id")
            if len(q["relevant"]) != len(q["relevant_names"]):
                err(f"{q['id']}: relevant and relevant_names differ in length")
            for rid, name in zip(q["relevant"], q["relevant_names"]):
                s = svc.get(rid)
                if s is None:
                    err(f"{q['id']}: relevant {rid} not in directory"); continue
                if s["name"] != name:
                    err(f"{q['id']}: name {name!r} does not match {s['name']!r}")
                if not is_open(s):
                    err(f"{q['id']}: {s['name']} is closed or stale")
                a = q["age"]
                if a is not None and ((s.get("minimum_age") is not None and a < s["minimum_age"]) or
                                      (s.get("maximum_age") is not None and a > s["maximum_age"])):
                    err(f"{q['id']}: {s['name']} not allowed at age {a}")
                if s in far:
                    err(f"{q['id']}: {s['name']} is far away")

    buckets = {"1": 0, "2": 0, "3": 0, "4+": 0}
    for q in queries:
        n = len(q["relevant"])
        buckets[str(n) if n < 4 else "4+"] += 1
    by_area = {}
    for q in queries:
        a = places[q["near"]]["area"] if q["near"] in places else "?"
        by_area[a] = by_area.get(a, 0) + 1
    svc_area = {}
    for s in svc.values():
        if s in far:
            a = "far away"
        else:
            loc = s["service_at_locations"][0]["location"]
            a = min(places.values(), key=lambda p: km(float(p["lat"]), float(p["lon"]), loc["latitude"], loc["longitude"]))["area"]
        svc_area[a] = svc_area.get(a, 0) + 1
    used = {r for q in queries for r in q["relevant"]}

    print(f"directory.json: {len(svc)} services ({', '.join(f'{k} {v}' for k, v in sorted(svc_area.items()))})")
    print(f"  traps: {len(closed)} closed (inactive), {len(stale)} stale (assured before {FRESH_FROM}), "
          f"{len(adult)} adults-only (minimum_age 18), {len(far)} far away (>8 km from every place in places.csv)")
    print(f"  age limits also on {len(older_only)} older-people services (minimum_age 50-65) and "
          f"{len(youth_only)} children's/youth services (maximum_age)")
    print(f"  {len(untagged)} records carry no frontdoor-tags attributes (own categories or none)")
    print(f"  {len(used)} distinct services are relevant to at least one query")
    print(f"queries.jsonl: {len(queries)} queries ({', '.join(f'{k} {v}' for k, v in sorted(by_area.items()))})")
    print(f"  youth {sum(q['youth'] for q in queries)}, with age {sum(q['age'] is not None for q in queries)}, "
          f"no tags {sum(not q['tags'] for q in queries)}")
    print(f"  relevant answers per query: 1: {buckets['1']}, 2: {buckets['2']}, 3: {buckets['3']}, 4+: {buckets['4+']}")
    if errors:
        print(f"\n{len(errors)} PROBLEMS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
