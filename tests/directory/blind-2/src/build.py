import csv, json, math, os, re, sys, uuid, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
REPO = os.environ.get("FRONTDOOR_REPO", os.path.abspath(os.path.join(HERE, "../../../..")))
from services import SERVICES

PLACES = {}
for r in csv.DictReader(open(os.path.join(REPO, "content/places/places.csv"))):
    PLACES[r["name"]] = (float(r["lat"]), float(r["lon"]), r["area"])
FAR = {"Leeds": (53.7997, -1.5492, "far"), "York": (53.9590, -1.0815, "far"), "Croydon": (51.3762, -0.0982, "far")}

AT = datetime.date(2026, 11, 23)
FRESH_FROM = datetime.date(2026, 5, 23)
NS = uuid.UUID("6f1c9a52-3b7e-4d2a-9c41-2b0d8e7f5a10")
DAYNAMES = {"MO": "Monday", "TU": "Tuesday", "WE": "Wednesday", "TH": "Thursday", "FR": "Friday", "SA": "Saturday", "SU": "Sunday"}
ORD = {"1": "first", "2": "second", "3": "third", "4": "fourth", "-1": "last"}
TEXT_ONLY = {"K40", "K26", "H07", "H32", "X28", "X09", "K14"}
DISTRICTWIDE = {"K51", "K60", "K63", "K64", "K55", "K54", "K66",
                "H42", "H50", "H56", "H57", "H44", "H55",
                "X41", "X44", "X43", "X49", "X51", "X53", "X52"}
VIRTUAL = {"K51": "Kirklees", "X41": "Hackney"}
POSTTOWN = [("HD7", "Huddersfield"), ("HD9", "Holmfirth"), ("HD", "Huddersfield"), ("WF12", "Dewsbury"), ("WF13", "Dewsbury"),
            ("WF14", "Mirfield"), ("WF16", "Heckmondwike"), ("WF17", "Batley"), ("BD19", "Cleckheaton"),
            ("HG1", "Harrogate"), ("HG2", "Harrogate"), ("HG3", "Harrogate"), ("HG4", "Ripon"), ("HG5", "Knaresborough"),
            ("YO51", "York"), ("LS", "Leeds"), ("YO", "York"), ("CR", "Croydon"), ("E", "London"), ("N", "London")]
COUNTY = {"kirklees": "West Yorkshire", "harrogate": "North Yorkshire", "hackney": "Greater London"}

def uid(s):
    return str(uuid.uuid5(NS, s))

def miles(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 3958.8 * 2 * math.asin(math.sqrt(h))

def hm(t):
    h, m = map(int, t.split(":"))
    s = ("%d" % (h if h <= 12 else h - 12)) + ("" if m == 0 else ".%02d" % m)
    return s + ("am" if h < 12 else "pm")

def parse_sched(spec, key, i):
    kind, day, o, c = spec.split()
    sid = uid(key + "/sched/%d" % i)
    d = {"id": sid}
    if kind == "W" or kind == "D":
        d.update(freq="WEEKLY", interval=1, byday=day)
        days = day.split(",")
        if len(days) == 1:
            text = "Every %s, %s to %s" % (DAYNAMES[day], hm(o), hm(c))
        else:
            text = "%s, %s to %s" % (", ".join(DAYNAMES[x] + "s" for x in days), hm(o), hm(c))
    elif kind == "F":
        first = {"MO": "2026-01-05", "TU": "2026-01-06", "WE": "2026-01-07", "TH": "2026-01-08", "FR": "2026-01-09",
                 "SA": "2026-01-10", "SU": "2026-01-11"}[day]
        d.update(freq="WEEKLY", interval=2, byday=day, dtstart=first)
        days = [day]
        text = "Every other %s, %s to %s" % (DAYNAMES[day], hm(o), hm(c))
    elif kind == "M":
        m = re.match(r"(-?\d)([A-Z]{2})", day)
        d.update(freq="MONTHLY", interval=1, byday=day)
        days = [m.group(2)]
        text = "%s %s of the month, %s to %s" % (ORD[m.group(1)].capitalize(), DAYNAMES[m.group(2)], hm(o), hm(c))
    d.update(opens_at=o, closes_at=c)
    return d, days, text, (o, c)

def city_of(pc, place, area):
    if area == "hackney":
        return "London"
    p = PLACES.get(place)
    if p and place in ("Holmfirth", "Marsden", "Slaithwaite", "Mirfield", "Cleckheaton", "Heckmondwike", "Batley", "Dewsbury",
                       "Pateley Bridge", "Masham", "Boroughbridge", "Knaresborough", "Ripon", "Harrogate"):
        return place
    for pre, town in POSTTOWN:
        if pc.startswith(pre):
            return town
    return place

def build():
    orgs = {}
    contents, meta = [], {}
    for n, s in enumerate(SERVICES):
        key = s["key"]
        place = s["at"][0]
        base = PLACES.get(place) or FAR[place]
        lat, lon = round(base[0] + s["at"][1], 5), round(base[1] + s["at"][2], 5)
        area = base[2]
        sid = uid(key)
        org = s["org"]
        if org not in orgs:
            desc = ("Local authority." if "Council" in org else "Public library service." if "Libraries" in org
                    else "Council youth service." if "Youth Service" in org else "Public house." if "Arms" in org
                    else "Voluntary and community organisation.")
            orgs[org] = {"id": uid("org/" + org), "name": org, "description": desc}
        rec = {"id": sid, "name": s["name"], "description": s["desc"]}
        status = s.get("status", "active")
        rec["status"] = status
        # ages
        lo, hi = (s.get("ages") or (None, None))
        how = s.get("age_in")
        if how in ("fields", "both"):
            if lo is not None:
                rec["minimum_age"] = lo
            if hi is not None:
                rec["maximum_age"] = hi
        if s.get("elig"):
            rec["eligibility_description"] = s["elig"]
        elif how == "words":
            raise SystemExit("%s: ages in words but no elig text" % key)
        # dates
        date = s["date"]
        d0 = datetime.date.fromisoformat(date[1:])
        if date[0] == "A":
            rec["assured_date"] = date[1:]
            if n % 3 != 0:
                lm = d0 + datetime.timedelta(days=(n * 7) % 40)
                lm = min(lm, datetime.date(2026, 11, 20))
                rec["last_modified"] = lm.isoformat() + "T%02d:%02d:00Z" % (9 + n % 8, (n * 13) % 60)
        else:
            rec["last_modified"] = date[1:] + "T%02d:%02d:00Z" % (9 + n % 8, (n * 13) % 60)
        # cost
        amt, text = s["cost"]
        if amt is None or date[0] == "L":
            rec["fees_description"] = text
        else:
            rec["cost_options"] = [{"id": uid(key + "/cost"), "option": text, "amount": amt, "currency": "GBP",
                                    "amount_description": text}]
        # schedules
        scheds, days, times, texts = [], set(), [], []
        for i, sp in enumerate(s["sched"]):
            d, dd, t, oc = parse_sched(sp, key, i)
            days |= set(dd)
            times.append(oc)
            texts.append(t)
            if key in TEXT_ONLY:
                d = {"id": d["id"], "description": t}
            elif n % 2 == 0:
                d["description"] = t
            scheds.append(d)
        if s.get("sched_text"):
            scheds.append({"id": uid(key + "/sched/t"), "description": s["sched_text"]})
            days |= set(s.get("days", "").split())
        if scheds:
            rec["schedules"] = scheds
        # location
        loc_id = uid(key + "/loc/" + s["venue"])
        if key in VIRTUAL:
            rec["service_areas"] = [{"id": uid(key + "/area"), "name": VIRTUAL[key], "description": "Whole of " + VIRTUAL[key]}]
            loc = {"id": loc_id, "location_type": "virtual", "name": "By phone"}
        else:
            loc = {"id": loc_id, "location_type": "physical", "name": s["venue"], "latitude": lat, "longitude": lon,
                   "addresses": [{"id": uid(key + "/addr"), "address_1": s["addr"], "city": city_of(s["pc"], place, area),
                                  "state_province": COUNTY.get(area, "England"), "postal_code": s["pc"], "country": "GB",
                                  "address_type": "physical"}]}
            if s.get("access"):
                loc["accessibility"] = [{"id": uid(key + "/acc/%d" % i), "description": a} for i, a in enumerate(s["access"])]
        rec["service_at_locations"] = [{"id": uid(key + "/sal"), "location": loc}]
        if s.get("phone"):
            rec["phones"] = [{"id": uid(key + "/phone"), "number": s["phone"]}]
        if s.get("langs"):
            rec["languages"] = [{"id": uid(key + "/lang/" + c), "name": nm, "code": c} for nm, c in s["langs"]]
        attrs = []
        for tx, term in s.get("tax", []):
            short = term.split(" > ")[-1]
            code = str(abs(hash(("v", tx, term))) % 9000 + 1000) if False else str(sum(map(ord, term)) * 7 % 9000 + 1000)
            attrs.append({"id": uid(key + "/attr/" + term), "taxonomy_term_id": uid("term/" + tx + "/" + term),
                          "taxonomy_term": {"id": uid("term/" + tx + "/" + term), "code": code, "term": short, "name": term,
                                            "description": short, "taxonomy": tx,
                                            "version": {"esd": "4.0", "openActive": "1.0", "council-directory": "2024"}[tx]}})
        if attrs:
            rec["attributes"] = attrs
        rec["organization"] = orgs[org]
        contents.append(rec)
        freshdate = datetime.date.fromisoformat(rec.get("assured_date") or rec["last_modified"][:10])
        cost_text = text.lower()
        meta[key] = dict(id=sid, name=s["name"], area=area, lat=lat, lon=lon, topics=s["topics"], status=status,
                         fresh=freshdate >= FRESH_FROM, date=freshdate, lo=lo, hi=hi, days=days, times=times,
                         free=(amt == 0 or cost_text.startswith("free") or "free if" in cost_text or "pay " in cost_text),
                         cheap=(amt is not None and amt <= 3) or amt == 0 or "pay " in cost_text,
                         stepfree=any(("step-free" in a.lower() or "wheelchair-accessible" in a.lower() or "lift" in a.lower())
                                      and "not suitable" not in a.lower() for a in s.get("access", [])),
                         loop=any("loop" in a.lower() for a in s.get("access", [])),
                         districtwide=key in DISTRICTWIDE, virtual=key in VIRTUAL, place=place, sched_texts=texts)
    import random
    random.Random(20261123).shuffle(contents)
    page = {"total_items": len(contents), "total_pages": 1, "page_number": 1, "size": len(contents),
            "first_page": True, "last_page": True, "empty": False, "contents": contents}
    return page, meta

if __name__ == "__main__":
    page, meta = build()
    json.dump(page, open(os.path.join(HERE, "../directory.json"), "w"), indent=1, ensure_ascii=False)
    print(len(page["contents"]), "services")
