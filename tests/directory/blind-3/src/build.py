#!/usr/bin/env python3
"""Build blind-3/directory.json (one ORUK v3 page) and blind-3/queries.jsonl from the
hand-written records in this folder.  Deterministic: ids are uuid5 of fixed strings.

    python3 tests/directory/blind-3/src/build.py
"""
import json, os, re, sys, uuid

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from venues import VENUES
from services_kirklees import K
from services_harrogate import H
from services_hackney import X, F
from queries_src import QUERIES

NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://frontdoor.example/tests/directory/blind-3")
def uid(*parts):
    return str(uuid.uuid5(NS, "/".join(parts)))

SERVICES = K + H + X + F
DAYS = {"MO": "Monday", "TU": "Tuesday", "WE": "Wednesday", "TH": "Thursday", "FR": "Friday",
        "SA": "Saturday", "SU": "Sunday"}
ORD = {"1": "first", "2": "second", "3": "third", "4": "fourth", "-1": "last"}

def hm(t):
    h, m = map(int, t.split(":"))
    suf = "am" if h < 12 else "pm"
    h12 = h if 1 <= h <= 12 else (h - 12 if h > 12 else 12)
    return f"{h12}{suf}" if m == 0 else f"{h12}:{m:02d}{suf}"

def day_list(byday):
    names = [DAYS[d] for d in byday.split(",")]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]

def schedule(key, i, spec):
    parts = spec.split()
    kind, byday, times = parts[0], parts[1], parts[2]
    opens, closes = times.split("-")
    s = {"id": uid(key, "schedule", str(i)), "opens_at": opens, "closes_at": closes}
    when = f"{hm(opens)} to {hm(closes)}"
    if kind == "W":
        s.update(freq="WEEKLY", interval=1, byday=byday)
        s["description"] = f"Every {day_list(byday)}, {when}"
    elif kind == "F":
        s.update(freq="WEEKLY", interval=2, byday=byday, dtstart=parts[3])
        s["description"] = f"Every other {DAYS[byday]}, {when} (next session {parts[3]})"
    elif kind == "M":
        s.update(freq="MONTHLY", interval=1, byday=byday)
        words = []
        for d in byday.split(","):
            m = re.fullmatch(r"(-?\d)([A-Z]{2})", d)
            words.append(f"{ORD[m.group(1)]} {DAYS[m.group(2)]}")
        s["description"] = f"The {' and '.join(words)} of each month, {when}"
    else:
        raise ValueError(spec)
    return s

def cost(key, c):
    cid = uid(key, "cost")
    if c == "free":
        return [{"id": cid, "amount": 0, "currency": "GBP", "option": "Free"}]
    if c == "donations":
        return [{"id": cid, "currency": "GBP", "option": "Donations welcome",
                 "amount_description": "Free - donations welcome"}]
    if c == "payf":
        return [{"id": cid, "currency": "GBP", "option": "Pay as you feel",
                 "amount_description": "Pay what you can afford, or nothing at all"}]
    amount, text = c
    return [{"id": cid, "amount": amount, "currency": "GBP", "option": text}]

TAG_NAMES = {
    "arts_crafts": "Arts and crafts", "music": "Music and singing", "sport_fitness": "Sport and fitness",
    "walking_outdoors": "Walking and outdoors", "gardening_nature": "Gardening and nature",
    "games_quizzes": "Games and quizzes", "books_learning": "Books and learning", "food_cooking": "Food and cooking",
    "faith": "Faith", "digital_skills": "Digital skills", "social_cafe": "Social, cafes and drop-ins",
    "young_people": "Young people", "older_people": "Older people", "parents_families": "Parents and families",
    "carers": "Carers", "bereaved": "Bereavement", "lgbtq": "LGBTQ+", "disability": "Disability",
    "new_to_area": "New to the area", "non_english": "Other languages", "men": "Men", "women": "Women",
    "health_condition": "Health conditions", "retired": "Retired", "free_cost": "Free or low cost",
    "transport": "Transport", "accessibility": "Accessibility", "accompany": "Someone to go with you",
}
# The feed's own (non-frontdoor) category names, used on records whose tax is "foreign".
FOREIGN = {
    "k07": ["Community > LGBTQ+ groups"], "k32": ["Sport & leisure > Bowls"], "k39": ["Arts > Painting & drawing"],
    "k61": ["Arts > Needlecraft"], "h08": ["Arts > Choirs"], "h32": ["Sport & leisure > Running"],
    "x05": ["Arts > Choirs"], "x28": ["Leisure > Chess & board games"],
}

def attributes(r):
    key = r["key"]
    if r["tax"] == "none":
        return None
    if r["tax"] == "foreign":
        return [{"id": uid(key, "attr", str(i)),
                 "taxonomy_term": {"id": uid("foreign-term", t), "term": t, "name": t.split(" > ")[-1],
                                   "taxonomy": "kirklees-harrogate-hackney-categories"}}
                for i, t in enumerate(FOREIGN[key])]
    return [{"id": uid(key, "attr", t),
             "taxonomy_term": {"id": uid("fd-term", t), "term": t, "name": TAG_NAMES[t],
                               "description": TAG_NAMES[t] + ".", "taxonomy": "frontdoor-tags"}}
            for t in r["tags"]]

def location(r):
    key, v = r["key"], r["venue"]
    name, a1, city, county, pc, lat, lon, acc = VENUES[v]
    loc = {"id": uid("location", v), "location_type": "physical", "name": name,
           "latitude": lat, "longitude": lon,
           "addresses": [{"id": uid("address", v), "address_1": a1, "city": city, "state_province": county,
                          "postal_code": pc, "country": "GB", "address_type": "physical"}]}
    if acc:
        loc["accessibility"] = [{"id": uid("access", v), "description": acc}]
    return [{"id": uid(key, "sal"), "location": loc}]

def record(r):
    key = r["key"]
    s = {"id": uid("service", key), "name": r["name"], "description": r["desc"], "status": r["status"]}
    if r["url"]: s["url"] = r["url"]
    if r["email"]: s["email"] = r["email"]
    if r["elig"]: s["eligibility_description"] = r["elig"]
    if r["min_age"] is not None: s["minimum_age"] = r["min_age"]
    if r["max_age"] is not None: s["maximum_age"] = r["max_age"]
    s["assured_date"] = r["assured"]
    s["last_modified"] = r["assured"] + "T10:00:00Z"
    s["organization"] = {"id": uid("organization", r["org"]), "name": r["org"],
                         "description": f"{r['org']} (community organisation)."}
    if r["phone"]:
        s["phones"] = [{"id": uid(key, "phone"), "number": r["phone"]}]
    s["service_at_locations"] = location(r)
    if r["area"]:
        s["service_areas"] = [{"id": uid(key, "area"), "name": r["area"],
                               "description": f"Available to residents anywhere in {r['area']} (by phone or home visit)."}]
    s["schedules"] = [schedule(key, i, sp) for i, sp in enumerate(r["sched"])]
    s["cost_options"] = cost(key, r["cost"])
    a = attributes(r)
    if a is not None:
        s["attributes"] = a
    return s

def main():
    keys = [r["key"] for r in SERVICES]
    assert len(keys) == len(set(keys)), "duplicate keys"
    contents = [record(r) for r in SERVICES]
    page = {"total_items": len(contents), "total_pages": 1, "page_number": 1, "size": len(contents),
            "first_page": True, "last_page": True, "empty": False, "contents": contents}
    with open(os.path.join(OUT, "directory.json"), "w", encoding="utf-8") as f:
        json.dump(page, f, ensure_ascii=False, indent=1)
        f.write("\n")
    by_key = {r["key"]: r for r in SERVICES}
    with open(os.path.join(OUT, "queries.jsonl"), "w", encoding="utf-8") as f:
        for n, q in enumerate(QUERIES, 1):
            rel = q["rel"]
            for k in rel:
                assert k in by_key, (q, k)
            row = {"id": f"c{n:03d}", "text": q["text"], "near": q["near"], "age": q.get("age"),
                   "youth": q.get("youth", False), "tags": q["tags"],
                   "relevant": [uid("service", k) for k in rel],
                   "relevant_names": [by_key[k]["name"] for k in rel]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(contents)} services, {len(QUERIES)} queries written to {OUT}")

if __name__ == "__main__":
    main()
