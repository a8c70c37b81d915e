"""Shared helpers for the hand-written blind-10 directory.

Each area module builds a list of services with `svc(...)`. The dicts it
returns keep the hand-written facts; build.py turns them into ORUK v3 records.
"""
import datetime
import math
import uuid
import zlib

NS = uuid.NAMESPACE_URL
PREFIX = "frontdoor:blind-10:"

SCORED_AT = "2026-11-23"      # Monday 23 November 2026 09:00 UK time
FRESH_FROM = "2026-05-23"     # 6 months before

TAG_NAMES = {
    "arts_crafts": "Arts and crafts", "music": "Music and singing",
    "sport_fitness": "Sport and fitness", "walking_outdoors": "Walking and outdoors",
    "gardening_nature": "Gardening and nature", "games_quizzes": "Games and quizzes",
    "books_learning": "Books and learning", "food_cooking": "Food and cooking",
    "faith": "Faith", "digital_skills": "Digital skills",
    "social_cafe": "Coffee mornings, lunch clubs and drop-ins",
    "young_people": "Young people", "older_people": "Older people",
    "parents_families": "Parents and families", "carers": "Carers",
    "bereaved": "Bereaved", "lgbtq": "LGBTQ+", "disability": "Disability",
    "new_to_area": "New to the area", "non_english": "Other languages",
    "men": "Men", "women": "Women", "health_condition": "Health conditions",
    "retired": "Retired", "free_cost": "Free or low cost", "transport": "Transport",
    "accessibility": "Accessibility", "accompany": "Someone to go with",
}

# hand-marked trap kinds on services (not emitted)
TRAPS = ("far", "area", "name", "pair", "passing", "placename", "multi")


def uid(*parts):
    return str(uuid.uuid5(NS, PREFIX + ":".join(str(p) for p in parts)))


def L(name, street, town, postcode, lat, lon, state=None):
    """A venue: name, street, town, postcode, latitude, longitude (state
    defaults to the area's county)."""
    return {"name": name, "street": street, "town": town, "postcode": postcode,
            "lat": lat, "lon": lon, "state": state}


def svc(key, name, desc, *, kind, org, loc, sched=(), cost=("free",), tags=(),
        emit_tags=True, other=(), min_age=None, max_age=None, elig=None,
        phone=True, status="active", assured=None, areas=(),
        access=(), trap=None, loctype="physical", langs=(), email=True, desc_sched=False):
    """One hand-written service.

    kind:  the labelling aid's word(s) for what the service is ("music",
           "food", "shed", "garden/volunteer" ...); never emitted, never a ranking.
    sched: strings "TU 10:00-12:00", "TU,TH 10:00-12:00",
           "2W TH 18:30-20:30 2026-11-12" (fortnightly from that date),
           "M 1TU 14:00-16:00" / "M -1FR 19:00-21:00" (monthly, nth weekday).
           Empty: by appointment only (said in the description) or area-wide.
    cost:  "free", "payf" (pay as you feel) or (amount, label) tuples.
    tags:  frontdoor-tags ids describing the service; emit_tags=False keeps
           them out of directory.json so the record carries only `other`
           vocabularies or nothing.
    other: (vocabulary, code, name) tuples of a non-frontdoor vocabulary.
    trap:  "far" (same kind 15-25 miles away), "area" (phone/online service
           for a neighbouring council), "name" (name suggests another kind),
           "pair" (same kind a few miles from a nearer twin), "passing" (a long
           description that mentions other services in passing), "placename"
           (the group's name is a place it does not meet in), "multi" (one
           service at several venues) - hand-marked.
    loc:   one L(...) venue, or a list of them (one service_at_locations entry
           each; the schedules apply at every venue).
    desc_sched: the record has no schedules; its days and times are only in
           the description (hand-marked, not emitted).
    """
    if isinstance(org, str):
        org = (org, "")
    if assured is None:
        # a fixed, key-derived date between 1 June and 18 November 2026
        assured = (datetime.date(2026, 6, 1) + datetime.timedelta(days=zlib.crc32(key.encode()) % 171)).isoformat()
    assert trap in (None,) + TRAPS, (key, trap)
    return {
        "key": key, "name": name, "desc": desc, "kind": kind, "org": org, "loc": loc,
        "sched": list(sched), "cost": list(cost), "tags": list(tags),
        "emit_tags": emit_tags, "other": list(other), "min_age": min_age,
        "max_age": max_age, "elig": elig, "phone": phone, "status": status,
        "assured": assured, "areas": list(areas), "access": list(access),
        "trap": trap, "loctype": loctype, "langs": list(langs), "email": email,
        "desc_sched": desc_sched,
    }


def locs_of(s):
    return s["loc"] if isinstance(s["loc"], list) else [s["loc"]]


def kinds_of(s):
    return set(s["kind"].split("/"))


def miles(lat1, lon1, lat2, lon2):
    r = 3958.8
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def is_fresh(assured):
    return FRESH_FROM <= assured <= SCORED_AT


def Q(text, near, tags, relevant, kinds, traps=(), age=None, youth=False, radius=None):
    """One hand-written search and its labels.

    relevant: service keys that meet every labelling rule (README).
    kinds:    the labelling aid's kinds the text asks for (audit.py lists every
              same-kind service within reach that is left out, for a hand check).
    traps:    hand notes of the decoys the query is aimed at (validate.py counts them).
    radius:   miles the person says they can travel by car (audit aid only).
    Neither kinds, traps nor radius is emitted.
    """
    return {"text": text, "near": near, "tags": list(tags), "relevant": list(relevant),
            "kinds": list(kinds), "traps": list(traps), "age": age, "youth": youth,
            "radius": radius}
