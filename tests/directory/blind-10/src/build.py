#!/usr/bin/env python3
"""Deterministically rebuild directory.json and queries.jsonl from the
hand-written data in this folder:  python3 src/build.py"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import uid, TAG_NAMES, locs_of  # noqa: E402
import bristol, leicester, newcastle, swansea, cornwall, glasgow  # noqa: E402,E401

AREAS = [bristol, leicester, newcastle, swansea, cornwall, glasgow]

DAY = {"MO": "Monday", "TU": "Tuesday", "WE": "Wednesday", "TH": "Thursday",
       "FR": "Friday", "SA": "Saturday", "SU": "Sunday"}
NTH = {"1": "first", "2": "second", "3": "third", "4": "fourth", "-1": "last"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def all_services():
    """[(area_module, service_dict)] in a fixed order."""
    out = []
    for mod in AREAS:
        for s in mod.SERVICES:
            out.append((mod, s))
    return out


def _days(byday):
    return [DAY[d] for d in byday.split(",")]


def _join(words):
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def schedule(key, i, text):
    parts = text.split()
    rec = {"id": uid(key, "schedule", i), "service_id": uid(key)}
    if parts[0] == "2W":
        _, byday, times, start = parts
        y, m, d = start.split("-")
        import datetime
        wd = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][datetime.date(int(y), int(m), int(d)).weekday()]
        if wd != byday:
            sys.exit(f"{key}: dtstart {start} is a {wd}, not {byday}")
        rec.update(freq="WEEKLY", interval=2, byday=byday, dtstart=start)
        human = f"Every other {_join(_days(byday))} (fortnightly from {int(d)} {MONTHS[int(m) - 1]} {y})"
    elif parts[0] == "M":
        _, byday, times = parts
        rec.update(freq="MONTHLY", interval=1, byday=byday)
        names = []
        for item in byday.split(","):
            m = re.fullmatch(r"(-?\d)([A-Z]{2})", item)
            names.append(f"{NTH[m.group(1)]} {DAY[m.group(2)]}")
        human = "The " + _join(names) + " of the month"
    else:
        byday, times = parts
        rec.update(freq="WEEKLY", interval=1, byday=byday)
        human = "Every " + _join(_days(byday))
    opens, closes = times.split("-")
    rec.update(opens_at=opens, closes_at=closes, description=f"{human}, {opens} to {closes}")
    return rec


def cost_options(key, costs):
    out = []
    for i, c in enumerate(costs):
        rec = {"id": uid(key, "cost", i), "service_id": uid(key), "currency": "GBP"}
        if c == "free":
            rec.update(amount=0, option="Free")
        elif c == "payf":
            rec.update(option="Pay as you feel", amount_description="Pay as you feel - whatever you can afford")
        else:
            amount, label = c
            rec.update(amount=amount, option=label)
        out.append(rec)
    return out


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def service_record(area, s, idx):
    key = s["key"]
    sid = uid(key)
    rec = {"id": sid, "name": s["name"], "description": s["desc"]}
    if s["email"]:
        rec["email"] = f"hello@{slug(s['org'][0])[:40]}.example.org"
    rec["status"] = s["status"]
    if s["elig"]:
        rec["eligibility_description"] = s["elig"]
    if s["min_age"] is not None:
        rec["minimum_age"] = s["min_age"]
    if s["max_age"] is not None:
        rec["maximum_age"] = s["max_age"]
    rec["assured_date"] = s["assured"]
    rec["last_modified"] = f"{s['assured']}T{9 + idx % 8:02d}:{(idx * 7) % 60:02d}:00Z"
    rec["organization"] = {"id": uid("org", s["org"][0]), "name": s["org"][0],
                           "description": s["org"][1] or s["org"][0]}
    if s["phone"] and idx % 9 != 4:
        rec["phones"] = [{"id": uid(key, "phone"), "number": area["phone"].format(area["phone_base"] + idx),
                          "type": "voice"}]
    sals = []
    for j, loc in enumerate(locs_of(s)):
        sub = (key,) if j == 0 else (key, j)
        lid = uid(*sub, "location")
        location = {
            "id": lid, "location_type": s["loctype"], "name": loc["name"],
            "latitude": loc["lat"], "longitude": loc["lon"],
            "addresses": [{"id": uid(*sub, "address"), "location_id": lid, "address_1": loc["street"],
                           "city": loc["town"], "state_province": loc["state"] or area["state"],
                           "postal_code": loc["postcode"], "country": "GB",
                           "address_type": "postal" if s["loctype"] == "postal" else "physical"}],
        }
        if s["access"]:
            location["accessibility"] = [{"id": uid(*sub, "access", i), "location_id": lid, "description": a}
                                         for i, a in enumerate(s["access"])]
        sals.append({"id": uid(*sub, "sal"), "service_id": sid, "location_id": lid, "location": location})
    rec["service_at_locations"] = sals
    if s["sched"]:
        rec["schedules"] = [schedule(key, i, t) for i, t in enumerate(s["sched"])]
    else:
        rec["schedules"] = []
    if s["areas"]:
        rec["service_areas"] = [{"id": uid(key, "area", a), "service_id": sid, "name": a,
                                 "description": f"Anyone living in {a}"} for a in s["areas"]]
    if s["langs"]:
        rec["languages"] = [{"id": uid(key, "lang", l), "service_id": sid, "name": l} for l in s["langs"]]
    rec["cost_options"] = cost_options(key, s["cost"])
    attrs = []
    if s["emit_tags"]:
        for t in s["tags"]:
            attrs.append({"id": uid(key, "attr", t), "link_id": sid, "link_type": "service",
                          "taxonomy_term_id": uid("term", "frontdoor-tags", t),
                          "taxonomy_term": {"id": uid("term", "frontdoor-tags", t), "code": t, "term": t,
                                            "name": TAG_NAMES[t], "description": TAG_NAMES[t],
                                            "taxonomy": "frontdoor-tags", "vocabulary": "frontdoor-tags"}})
    for vocab, code, name in s["other"]:
        attrs.append({"id": uid(key, "attr", vocab, code), "link_id": sid, "link_type": "service",
                      "taxonomy_term_id": uid("term", vocab, code),
                      "taxonomy_term": {"id": uid("term", vocab, code), "code": code, "term": code, "name": name,
                                        "description": name, "taxonomy": vocab, "vocabulary": vocab}})
    if attrs:
        rec["attributes"] = attrs
    return rec


def main():
    import queries
    services = all_services()
    keys = [s["key"] for _, s in services]
    dupes = {k for k in keys if keys.count(k) > 1}
    if dupes:
        sys.exit(f"duplicate service keys: {sorted(dupes)}")
    for _, s in services:
        for t in s["tags"]:
            if t not in TAG_NAMES:
                sys.exit(f"{s['key']}: unknown tag {t}")
    contents = []
    for mod in AREAS:
        for idx, s in enumerate(mod.SERVICES):
            contents.append(service_record(mod.AREA, s, idx))
    page = {"total_items": len(contents), "total_pages": 1, "page_number": 1, "size": len(contents),
            "first_page": True, "last_page": True, "empty": False, "contents": contents}
    with open(os.path.join(OUT, "directory.json"), "w", encoding="utf-8") as f:
        json.dump(page, f, ensure_ascii=False, indent=1)
        f.write("\n")

    by_key = {s["key"]: s for _, s in services}
    lines = []
    for n, q in enumerate(queries.QUERIES, 1):
        for k in q["relevant"]:
            if k not in by_key:
                sys.exit(f"query {n}: unknown service key {k}")
        obj = {"id": f"t{n:03d}", "text": q["text"], "near": q["near"], "age": q["age"],
               "youth": q["youth"], "tags": q["tags"],
               "relevant": [uid(k) for k in q["relevant"]],
               "relevant_names": [by_key[k]["name"] for k in q["relevant"]]}
        lines.append(json.dumps(obj, ensure_ascii=False))
    with open(os.path.join(OUT, "queries.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(contents)} services and {len(lines)} queries")


if __name__ == "__main__":
    main()
