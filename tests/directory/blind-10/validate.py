#!/usr/bin/env python3
"""Check blind-10: directory.json + queries.jsonl against the labels contract and
the labelling rules, then print counts.   python3 validate.py
Exit status 0 when everything passes."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
from common import uid, miles  # noqa: E402
from places import PLACES  # noqa: E402
from build import AREAS  # noqa: E402
import queries as src_queries  # noqa: E402

# hand notes on queries: which decoy each query is meant to catch
QUERY_TRAPS = ("far", "area", "inactive", "stale", "age", "audience", "variant", "time", "pair", "name",
               "nearest_other", "border", "two_tier", "vocab", "html", "lang", "desc_sched", "passing",
               "placename", "multi", "cost", "access")

LABELS = "/work/shared/nlp/labels.md"
SCORED_AT = "2026-11-23"
FRESH_FROM = "2026-05-23"   # 6 months before Monday 23 November 2026
NEAR_MILES = 8
DRIVE_WORDS = re.compile(r"\b(drive|driving|car)\b", re.I)

errors = []


def err(msg):
    errors.append(msg)


def label_tags():
    text = open(LABELS, encoding="utf-8").read()
    section = text.split("## tags", 1)[1].split("## place", 1)[0]
    return set(re.findall(r"`([a-z_]+)`", section))


def age_ok(q, s):
    lo, hi = s.get("minimum_age"), s.get("maximum_age")
    age = q["age"]
    if q["youth"]:
        # a young person only gets services whose record says their age is welcome
        if lo is None and hi is None:
            return False
        a = age if age is not None else 13
        return (lo or 0) <= a <= (hi if hi is not None else 200)
    if age is not None:
        return (lo or 0) <= age <= (hi if hi is not None else 200)
    return hi is None or hi >= 18


def main():
    tags = label_tags()
    page = json.load(open(os.path.join(HERE, "directory.json"), encoding="utf-8"))
    contents = page["contents"]
    for k in ("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty"):
        if k not in page:
            err(f"page: missing {k}")
    if page["total_items"] != len(contents) or page["size"] != len(contents):
        err("page: total_items/size do not match contents")
    if page["total_pages"] != 1 or page["page_number"] != 1 or page["empty"]:
        err("page: must be a single non-empty page")

    # --- services
    ids = Counter(s["id"] for s in contents)
    for i, n in ids.items():
        if n > 1:
            err(f"duplicate service id {i}")
    key_of, area_of, trap_of, desc_sched = {}, {}, {}, {}
    for mod in AREAS:
        for s in mod.SERVICES:
            key_of[uid(s["key"])] = s["key"]
            area_of[uid(s["key"])] = mod.AREA["name"]
            trap_of[uid(s["key"])] = s["trap"]
            desc_sched[uid(s["key"])] = s["desc_sched"]
    by_id = {s["id"]: s for s in contents}
    tagged = 0
    for s in contents:
        if s["id"] not in key_of:
            err(f"{s['name']}: id is not uuid5 of a src key")
        for k in ("name", "description", "status", "assured_date", "last_modified", "organization",
                  "service_at_locations", "schedules", "cost_options"):
            if k not in s:
                err(f"{s['name']}: missing {k}")
        if s["status"] not in ("active", "inactive"):
            err(f"{s['name']}: bad status")
        if s["assured_date"] > SCORED_AT:
            err(f"{s['name']}: assured in the future")
        sal = s["service_at_locations"]
        if not sal:
            err(f"{s['name']}: needs at least one service_at_locations entry")
        if len(sal) > 1 and trap_of.get(s["id"]) != "multi":
            err(f"{s['name']}: several venues but not marked multi")
        for entry in sal:
            loc = entry["location"]
            if not (49.8 < loc["latitude"] < 58.7 and -8.2 < loc["longitude"] < 1.8):
                err(f"{s['name']}: coordinates outside the UK")
            addr = loc["addresses"][0]
            if not re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}", addr["postal_code"]):
                err(f"{s['name']}: odd postcode {addr['postal_code']}")
        fd = [a for a in s.get("attributes", []) if a["taxonomy_term"]["taxonomy"] == "frontdoor-tags"]
        if fd:
            tagged += 1
        for a in fd:
            if a["taxonomy_term"]["code"] not in tags:
                err(f"{s['name']}: tag {a['taxonomy_term']['code']} not in labels.md")
        for sc in s["schedules"]:
            if sc["freq"] not in ("WEEKLY", "MONTHLY") or not sc.get("byday"):
                err(f"{s['name']}: bad schedule {sc}")
        if desc_sched.get(s["id"]) and s["schedules"]:
            err(f"{s['name']}: marked desc_sched but has schedules")
        if (not s["schedules"] and "appointment" not in s["description"].lower() and not s.get("service_areas")
                and not desc_sched.get(s["id"])):
            err(f"{s['name']}: no schedule and not by appointment / area-wide / times in the description")

    # --- queries
    queries = [json.loads(l) for l in open(os.path.join(HERE, "queries.jsonl"), encoding="utf-8") if l.strip()]
    qids = Counter(q["id"] for q in queries)
    for n, q in enumerate(queries, 1):
        if q["id"] != f"t{n:03d}":
            err(f"query {n}: id {q['id']} should be t{n:03d}")
    for i, n in qids.items():
        if n > 1:
            err(f"duplicate query id {i}")
    for q in queries:
        qid = q["id"]
        for k in ("id", "text", "near", "age", "youth", "tags", "relevant", "relevant_names"):
            if k not in q:
                err(f"{qid}: missing {k}")
        for t in q["tags"]:
            if t not in tags:
                err(f"{qid}: tag {t} not in labels.md")
        if q["youth"] and (q["age"] is None or not 11 <= q["age"] <= 17):
            err(f"{qid}: youth query needs an age of 11-17, has {q['age']}")
        if q["near"] not in PLACES:
            err(f"{qid}: near {q['near']!r} not in src/places.py")
            continue
        plat, plon, pareas = PLACES[q["near"]]
        if len(q["relevant"]) != len(set(q["relevant"])):
            err(f"{qid}: repeated relevant id")
        if len(q["relevant"]) != len(q["relevant_names"]):
            err(f"{qid}: relevant and relevant_names differ in length")
        for rid, rname in zip(q["relevant"], q["relevant_names"]):
            s = by_id.get(rid)
            if s is None:
                err(f"{qid}: relevant id {rid} not in directory")
                continue
            if s["name"] != rname:
                err(f"{qid}: name mismatch {rname!r} vs {s['name']!r}")
            if s["status"] != "active":
                err(f"{qid}: {s['name']} is not active")
            if not FRESH_FROM <= s["assured_date"] <= SCORED_AT:
                err(f"{qid}: {s['name']} is stale ({s['assured_date']})")
            if not age_ok(q, s):
                err(f"{qid}: {s['name']} not allowed for age={q['age']} youth={q['youth']}")
            covers = {a["name"] for a in s.get("service_areas", [])} & set(pareas)
            locs = [e["location"] for e in s["service_at_locations"]]
            loc = locs[0]
            d = min(miles(plat, plon, l["latitude"], l["longitude"]) for l in locs)
            if not covers:
                if loc["location_type"] != "physical":
                    err(f"{qid}: {s['name']} is area-wide but does not cover {q['near']}")
                elif d > 25 or (d > NEAR_MILES and not DRIVE_WORDS.search(q["text"])):
                    err(f"{qid}: {s['name']} is {d:.1f} miles from {q['near']}")

    # --- counts
    n_rel = Counter(min(len(q["relevant"]), 3) for q in queries)
    print(f"services: {len(contents)}  (with frontdoor-tags: {tagged} = {100 * tagged / len(contents):.0f}%)")
    for area, n in Counter(area_of[s["id"]] for s in contents).items():
        print(f"  {area}: {n}")
    print(f"queries: {len(queries)}  youth: {sum(q['youth'] for q in queries)}  "
          f"with age: {sum(q['age'] is not None for q in queries)}")
    print(f"  relevant 0: {n_rel[0]}  1: {n_rel[1]}  2: {n_rel[2]}  3+: {n_rel[3]}")
    council_area = {c: m.AREA["name"] for m in AREAS for c in m.AREA["councils"]}
    per_area = Counter(council_area[PLACES[q["near"]][2][0]] for q in queries if q["near"] in PLACES)
    print("  by area: " + ", ".join(f"{a}: {n}" for a, n in per_area.items()))
    traps = Counter()
    for s in contents:
        if s["status"] != "active":
            traps["inactive"] += 1
        if s["assured_date"] < FRESH_FROM:
            traps["stale (assured before 2026-05-23)"] += 1
        if trap_of[s["id"]] == "far":
            traps["far away (15-25 miles, same kind)"] += 1
        if trap_of[s["id"]] == "area":
            traps["phone/online service for a neighbouring council"] += 1
        if trap_of[s["id"]] == "name":
            traps["name suggests another kind"] += 1
        if trap_of[s["id"]] == "pair":
            traps["same kind a few miles from a nearer twin"] += 1
        if trap_of[s["id"]] == "passing":
            traps["long description naming other services in passing"] += 1
        if trap_of[s["id"]] == "placename":
            traps["name is a place it does not meet in"] += 1
        if trap_of[s["id"]] == "multi":
            traps["one organisation, several venues"] += 1
        if len(s["service_at_locations"]) > 1:
            traps["several service_at_locations on one record"] += 1
        if desc_sched[s["id"]]:
            traps["days and times only in the description"] += 1
        if re.search(r"<[a-z]+>|&[a-z]+;", s["description"]):
            traps["HTML description"] += 1
        if s.get("minimum_age") == 18:
            traps["adult only (minimum_age 18)"] += 1
        elif s.get("minimum_age") in (50, 55, 60, 65):
            traps[f"over-{s['minimum_age']}s"] += 1
        elif s.get("minimum_age") in (14, 16):
            traps[f"{s['minimum_age']}+"] += 1
        if s.get("maximum_age") is not None:
            traps["young people only (maximum_age set)"] += 1
    print("traps:")
    for k, n in sorted(traps.items()):
        print(f"  {k}: {n}")
    hand = {}
    for n, q in enumerate(src_queries.QUERIES, 1):
        for t in q["traps"]:
            if t not in QUERY_TRAPS:
                err(f"t{n:03d}: unknown trap note {t}")
            hand[t] = hand.get(t, 0) + 1
    print("queries aimed at a trap (hand notes in src/q_*.py):")
    for t in QUERY_TRAPS:
        print(f"  {t}: {hand.get(t, 0)}")
    if len(src_queries.QUERIES) != len(queries):
        err("queries.jsonl is out of date: run python3 src/build.py")
    for n, (sq, q) in enumerate(zip(src_queries.QUERIES, queries), 1):
        if sq["text"] != q["text"] or [uid(k) for k in sq["relevant"]] != q["relevant"]:
            err(f"t{n:03d}: queries.jsonl differs from src/queries.py: run python3 src/build.py")
    used = {r for q in queries for r in q["relevant"]}
    print(f"services used as a relevant answer: {len(used)}")
    no_tags = [s for s in contents if not any(a["taxonomy_term"]["taxonomy"] == "frontdoor-tags"
                                              for a in s.get("attributes", []))]
    print(f"services without frontdoor-tags: {len(no_tags)} "
          f"({sum(s['id'] in used for s in no_tags)} of them relevant answers)")

    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
