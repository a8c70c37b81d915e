"""Helpers for the hand-written blind-4 directory.

Every record is written by hand in the area_*.py modules with S(...); this module
only turns the compact hand-written fields into ORUK v3 shapes, deterministically.
"""
import hashlib
import math
import uuid
from datetime import date, timedelta

NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://frontdoor.test/blind-4")
AT = date(2026, 11, 23)          # search moment (Monday 23 November 2026)
STALE_BEFORE = date(2026, 5, 23)  # assured before this = stale (6 months)

SERVICES = []   # hand-written records, in order
LABELS = {      # frontdoor-tags display names
    "arts_crafts": "Arts and crafts", "music": "Music", "sport_fitness": "Sport and fitness",
    "walking_outdoors": "Walking and outdoors", "gardening_nature": "Gardening and nature",
    "games_quizzes": "Games and quizzes", "books_learning": "Books and learning",
    "food_cooking": "Food and cooking", "faith": "Faith", "digital_skills": "Digital skills",
    "social_cafe": "Social, cafes and drop-ins", "young_people": "Young people",
    "older_people": "Older people", "parents_families": "Parents and families", "carers": "Carers",
    "bereaved": "Bereaved", "lgbtq": "LGBTQ+", "disability": "Disability",
    "new_to_area": "New to the area", "non_english": "Other languages", "men": "Men",
    "women": "Women", "health_condition": "Health conditions", "retired": "Retired",
    "free_cost": "Free or cheap", "transport": "Transport", "accessibility": "Accessible",
    "accompany": "Someone to go with you",
}


def uid(*parts):
    return str(uuid.uuid5(NS, "/".join(parts)))


def _h(key, n):
    return int(hashlib.sha256(key.encode()).hexdigest(), 16) % n


def fresh_date(key):
    """A deterministic assured date between 1 June and 18 November 2026."""
    return (date(2026, 6, 1) + timedelta(days=_h(key, 171))).isoformat()


def miles(lat1, lon1, lat2, lon2):
    r = 3958.8
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


DAYS = {"MO": "Mondays", "TU": "Tuesdays", "WE": "Wednesdays", "TH": "Thursdays",
        "FR": "Fridays", "SA": "Saturdays", "SU": "Sundays"}
ORD = {"1": "first", "2": "second", "3": "third", "4": "fourth", "-1": "last"}


def S(area, key, name, org, desc, venue, sched, cost, tags, *, status="active", assured=None,
      min_age=None, max_age=None, elig=None, phone=None, url=None, email=None, access=None,
      feed=None, notags=False, topics=(), county="", modified=None, loc_desc=None):
    """venue = (venue name, address_1, town, postcode, lat, lon)."""
    rec = dict(area=area, key=key, name=name, org=org, desc=desc, venue=venue, sched=sched,
               cost=cost, tags=list(tags), status=status,
               assured=assured or fresh_date(key), min_age=min_age, max_age=max_age,
               elig=elig, phone=phone, url=url, email=email, access=access, feed=feed,
               notags=notags, topics=set(topics) | set(tags), county=county,
               modified=modified, loc_desc=loc_desc)
    assert key not in {s["key"] for s in SERVICES}, key
    SERVICES.append(rec)
    return rec


def is_stale(rec):
    return date.fromisoformat(rec["assured"]) < STALE_BEFORE


def age_ok(rec, age):
    if age is None:
        return True
    if rec["min_age"] is not None and age < rec["min_age"]:
        return False
    if rec["max_age"] is not None and age > rec["max_age"]:
        return False
    return True


# ---------------------------------------------------------------- ORUK v3 shapes

def _schedules(rec):
    out = []
    for i, s in enumerate(rec["sched"]):
        freq, byday, hours, note = (list(s) + [None] * 4)[:4]
        sid = uid(rec["key"], "schedule", str(i))
        d = {"id": sid, "service_id": uid("service", rec["key"])}
        if freq == "APPT":
            d["description"] = note or "By appointment."
            out.append(d)
            continue
        opens, closes = (hours.split("-") + [None])[:2] if hours else (None, None)
        if freq == "W":
            d.update(freq="WEEKLY", interval=1, byday=byday)
            when = ", ".join(DAYS[b] for b in byday.split(","))
        elif freq == "F":
            d.update(freq="WEEKLY", interval=2, byday=byday, dtstart="2026-09-07",
                     wkst="MO")
            when = "Every other " + DAYS[byday][:-1]
        elif freq == "M":
            d.update(freq="MONTHLY", interval=1, byday=byday)
            n, day = byday[:-2], byday[-2:]
            when = "The %s %s of the month" % (ORD[n], DAYS[day][:-1])
        elif freq == "MD":  # monthly on a day of the month
            d.update(freq="MONTHLY", interval=1, bymonthday=int(byday))
            when = "On the %s of each month" % byday
        else:
            raise ValueError(freq)
        if opens:
            d["opens_at"] = opens
        if closes:
            d["closes_at"] = closes
        d["timezone"] = "Europe/London"
        d["description"] = note or ("%s, %s to %s" % (when, opens, closes) if closes
                                     else "%s from %s" % (when, opens))
        out.append(d)
    return out


def _costs(rec):
    out = []
    items = rec["cost"] if isinstance(rec["cost"], list) else [rec["cost"]]
    for i, c in enumerate(items):
        d = {"id": uid(rec["key"], "cost", str(i)), "service_id": uid("service", rec["key"])}
        if c == 0:
            d.update(option="Free", amount=0, currency="GBP")
        elif c == "payf":
            d.update(option="Pay as you feel", amount_description="Pay as you feel - donations welcome")
        elif isinstance(c, (int, float)):
            d.update(option="Per session", amount=c, currency="GBP")
        elif isinstance(c, tuple):
            d.update(option=c[0], amount=c[1], currency="GBP")
        else:
            d.update(option=c)
        out.append(d)
    return out


def _attributes(rec):
    out = []
    if rec["notags"]:
        pass
    else:
        for t in rec["tags"]:
            out.append({"id": uid(rec["key"], "attr", t), "link_type": "service",
                        "taxonomy_term": {"id": uid("term", t), "term": t, "name": LABELS[t],
                                          "description": LABELS[t], "taxonomy": "frontdoor-tags"}})
    for t in rec["feed"] or []:
        code, name, tax = t
        out.append({"id": uid(rec["key"], "attr", tax, code), "link_type": "service",
                    "taxonomy_term": {"id": uid("term", tax, code), "code": code, "term": code,
                                      "name": name, "description": name, "taxonomy": tax}})
    return out


def oruk(rec):
    key = rec["key"]
    vname, addr1, town, pc, lat, lon = rec["venue"]
    sid = uid("service", key)
    org_name = rec["org"]
    loc = {"id": uid("location", key), "location_type": "physical", "name": vname,
           "latitude": lat, "longitude": lon,
           "addresses": [{"id": uid(key, "address"), "address_1": addr1, "city": town,
                          "state_province": rec["county"], "postal_code": pc, "country": "GB",
                          "address_type": "physical"}]}
    if rec["loc_desc"]:
        loc["description"] = rec["loc_desc"]
    if rec["access"]:
        loc["accessibility"] = [{"id": uid(key, "access"), "description": rec["access"]}]
    d = {"id": sid, "name": rec["name"], "description": rec["desc"], "status": rec["status"]}
    if rec["url"]:
        d["url"] = rec["url"]
    if rec["email"]:
        d["email"] = rec["email"]
    if rec["elig"]:
        d["eligibility_description"] = rec["elig"]
    if rec["min_age"] is not None:
        d["minimum_age"] = rec["min_age"]
    if rec["max_age"] is not None:
        d["maximum_age"] = rec["max_age"]
    d["assured_date"] = rec["assured"]
    d["last_modified"] = (rec["modified"] or rec["assured"]) + "T%02d:%02d:00Z" % (
        8 + _h(key + "h", 9), _h(key + "m", 60))
    d["organization"] = {"id": uid("organization", org_name), "name": org_name,
                         "description": "Listed by %s." % org_name}
    d["service_at_locations"] = [{"id": uid(key, "sal"), "service_id": sid, "location": loc}]
    d["schedules"] = _schedules(rec)
    d["cost_options"] = _costs(rec)
    if rec["phone"]:
        d["phones"] = [{"id": uid(key, "phone"), "number": rec["phone"], "type": "voice",
                        "language": ["en"]}]
    attrs = _attributes(rec)
    if attrs:
        d["attributes"] = attrs
    return d
