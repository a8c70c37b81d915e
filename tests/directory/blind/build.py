"""Builds directory.json (ORUK v3 services page) and queries.jsonl from services_data.py and queries_data.py.
Blind test set for Front Door: written without reading the project's code or demo data."""
import csv, hashlib, json, uuid, os
import services_data as D

HERE = os.path.dirname(os.path.abspath(__file__))
PLACES = {r["name"]: r for r in csv.DictReader(open(os.path.join(HERE, "../../../content/places/places.csv")))}
NS = uuid.UUID("6f1c3a52-7d0e-4b8e-9a61-2b7f0c5d9e10")
def uid(*parts): return str(uuid.uuid5(NS, "frontdoor-blind/" + "/".join(parts)))

TAG_NAMES = {
 "arts_crafts": "Arts and crafts", "music": "Music", "sport_fitness": "Sport and fitness",
 "walking_outdoors": "Walking and the outdoors", "gardening_nature": "Gardening and nature",
 "games_quizzes": "Games and quizzes", "books_learning": "Books and learning", "food_cooking": "Food and cooking",
 "faith": "Faith", "digital_skills": "Digital skills", "social_cafe": "Social, cafes and drop-ins",
 "young_people": "Young people", "older_people": "Older people", "parents_families": "Parents and families",
 "carers": "Carers", "bereaved": "Bereavement", "lgbtq": "LGBTQ+", "disability": "Disability",
 "new_to_area": "New to the area", "non_english": "Other languages", "men": "Men", "women": "Women",
 "health_condition": "Health conditions", "retired": "Retired", "free_cost": "Free or low cost",
 "transport": "Transport", "accessibility": "Accessibility", "accompany": "Someone to go with you"}
HELP_NAMES = {"practical_help": "Practical help", "volunteering": "Volunteering", "start_group": "Starting a group",
 "food": "Food", "fuel_bills": "Fuel and bills", "money_benefits": "Money and benefits", "housing": "Housing",
 "transport_cost": "Transport costs", "digital": "Getting online"}
# A council-style local vocabulary for the records that carry no frontdoor-tags (as a real feed would).
LOCAL_TERMS = {"k13": "Music groups", "k15": "Men's sheds", "k22": "Digital inclusion", "k26": "Bereavement support",
 "k41": "English language (ESOL)", "h03": "Walking groups", "h19": "Community cafes", "x09": "Conservation volunteering"}
DAYS = {"MO": "Monday", "TU": "Tuesday", "WE": "Wednesday", "TH": "Thursday", "FR": "Friday", "SA": "Saturday", "SU": "Sunday"}
ORD = {"1": "first", "2": "second", "3": "third", "4": "fourth", "-1": "last"}

def jitter(key):
    h = hashlib.sha256(key.encode()).digest()
    return (h[0] / 255 - 0.5) * 0.005, (h[1] / 255 - 0.5) * 0.007

def coords(svc):
    p = svc["place"]
    if p in D.OUT:
        lat, lon, _ = D.OUT[p]
    else:
        lat, lon = float(PLACES[p]["lat"]), float(PLACES[p]["lon"])
    dy, dx = jitter(svc["key"])
    return round(lat + dy, 5), round(lon + dx, 5)

def area(svc):
    p = svc["place"]
    return "out" if p in D.OUT else PLACES[p]["area"]

def hm(t):
    h, m = map(int, t.split(":"))
    suf = "am" if h < 12 else "pm"
    h12 = h if 1 <= h <= 12 else (h - 12 if h > 12 else 12)
    return f"{h12}{suf}" if m == 0 else f"{h12}:{m:02d}{suf}"

def sched_text(sc):
    b = sc["byday"]
    if sc["freq"] == "MONTHLY":
        n, d = b[:-2], b[-2:]
        when = f"The {ORD[n]} {DAYS[d]} of every month"
    else:
        days = [DAYS[d] for d in b.split(",")]
        dd = days[0] if len(days) == 1 else ("Monday to Friday" if b == D.WKDAY else ", ".join(days[:-1]) + " and " + days[-1])
        when = ("Every other " if sc["interval"] == 2 else "Every ") + dd
    t = f"{hm(sc['opens_at'])} to {hm(sc['closes_at'])}" if sc.get("closes_at") else f"from {hm(sc['opens_at'])}"
    return f"{when}, {t}"

def city(svc):
    p = svc["place"]
    if p in D.OUT: return p, D.OUT[p][2]
    a = PLACES[p]["area"]
    if a == "hackney": return "London", "London"
    town = {"High Harrogate": "Harrogate", "Low Harrogate": "Harrogate", "Starbeck": "Harrogate", "Bilton": "Harrogate",
            "Jennyfields": "Harrogate", "Oatlands": "Harrogate", "Valley Gardens": "Harrogate",
            "Lockwood": "Huddersfield", "Lindley": "Huddersfield", "Marsh": "Huddersfield", "Deighton": "Huddersfield",
            "Almondbury": "Huddersfield", "Dewsbury Moor": "Dewsbury", "Ravensthorpe": "Dewsbury", "Savile Town": "Dewsbury"}.get(p, p)
    return town, ("West Yorkshire" if a == "kirklees" else "North Yorkshire")

def service(svc, i):
    k = svc["key"]; sid = uid("service", k)
    lat, lon = coords(svc)
    town, county = city(svc)
    london = area(svc) in ("hackney",) or svc["place"] == "Croydon"
    phone = f"020 7946 0{500 + i:03d}" if london else f"01632 960{700 + i:03d}"
    slug = "".join(c if c.isalnum() else "-" for c in svc["name"].lower()).strip("-")
    out = {"id": sid, "name": svc["name"], "description": svc["desc"],
           "url": f"https://{slug[:40].strip('-')}.example.org", "email": f"hello@{slug[:30].strip('-')}.example.org",
           "status": svc.get("status", "active")}
    if svc.get("elig"): out["eligibility_description"] = svc["elig"]
    if svc.get("min_age") is not None: out["minimum_age"] = svc["min_age"]
    if svc.get("max_age") is not None: out["maximum_age"] = svc["max_age"]
    if svc.get("assured") and k not in D.LASTONLY: out["assured_date"] = svc["assured"]
    if svc.get("lastmod"): out["last_modified"] = svc["lastmod"]
    elif k in D.RECENT_LM: out["last_modified"] = D.RECENT_LM[k]
    elif svc.get("assured"): out["last_modified"] = svc["assured"] + "T09:00:00Z"
    out["organization"] = {"id": uid("org", svc.get("org", svc["name"])), "name": svc.get("org", svc["name"]),
                           "description": "Fictional organisation (Front Door blind test data)."}
    out["phones"] = [{"id": uid("phone", k), "number": phone, "type": "voice"}]
    loc = {"id": uid("location", k), "location_type": "physical", "name": svc["venue"],
           "latitude": lat, "longitude": lon,
           "addresses": [{"id": uid("address", k), "address_1": svc["address"], "city": town, "state_province": county,
                          "postal_code": svc["postcode"], "country": "GB", "address_type": "physical"}]}
    if svc.get("access"): loc["accessibility"] = [{"id": uid("access", k), "description": svc["access"]}]
    out["service_at_locations"] = [{"id": uid("sal", k), "location": loc}]
    scheds = []
    for j, sc in enumerate(svc.get("sched", [])):
        o = {"id": uid("schedule", k, str(j)), "freq": sc["freq"], "interval": sc["interval"], "byday": sc["byday"],
             "opens_at": sc["opens_at"]}
        if sc.get("closes_at"): o["closes_at"] = sc["closes_at"]
        if sc.get("dtstart"): o["dtstart"] = sc["dtstart"]
        o["description"] = sched_text(sc)
        scheds.append(o)
    if not scheds:
        scheds.append({"id": uid("schedule", k, "x"), "description": "By phone or online, Monday to Friday 9am to 5pm."})
    out["schedules"] = scheds
    c = svc.get("cost", "none")
    if c == "payf":
        out["cost_options"] = [{"id": uid("cost", k), "option": "Pay as you feel", "currency": "GBP",
                                "amount_description": "Pay what you can; nobody is turned away."}]
    elif c == "pwyc":
        out["cost_options"] = [{"id": uid("cost", k), "option": "Pay what you can", "currency": "GBP",
                                "amount_description": "Suggested £3, pay what you can."}]
    elif c is None:
        out["cost_options"] = [{"id": uid("cost", k), "option": svc.get("costnote", "Contribution"), "currency": "GBP",
                                "amount_description": svc.get("costnote", "")}]
    elif c != "none":
        o = {"id": uid("cost", k), "amount": c, "currency": "GBP", "option": "Free" if c == 0 else "Per session"}
        if svc.get("costnote"): o["amount_description"] = svc["costnote"]
        out["cost_options"] = [o]
    attrs = []
    def term(vocab, t, name, desc):
        tid = uid(vocab, t)
        attrs.append({"id": uid("attr", k, vocab, t), "link_id": sid, "link_type": "service", "taxonomy_term_id": tid,
                      "taxonomy_term": {"id": tid, "term": t, "name": name, "description": desc,
                                        "taxonomy": vocab, "taxonomy_id": uid("taxonomy", vocab)}})
    if not svc.get("notag"):
        for t in svc.get("tags", []):
            term("frontdoor-tags", t, TAG_NAMES[t], f"Front Door tag `{t}` (see shared/nlp/labels.md).")
    if k in LOCAL_TERMS:
        term("council-directory", LOCAL_TERMS[k].lower().replace(" ", "-"), LOCAL_TERMS[k], "Local directory category.")
    for h in svc.get("help", []):
        term("frontdoor-help", h, HELP_NAMES[h], f"Front Door help kind `{h}`.")
    if attrs: out["attributes"] = attrs
    return out

def build_directory():
    items = [service(s, i) for i, s in enumerate(D.S)]
    page = {"total_items": len(items), "total_pages": 1, "page_number": 1, "size": len(items),
            "first_page": True, "last_page": True, "empty": False, "contents": items}
    with open(os.path.join(HERE, "directory.json"), "w") as f:
        json.dump(page, f, indent=1, ensure_ascii=False); f.write("\n")
    return items

def build_queries():
    import queries_data as Q
    byk = {s["key"]: s for s in D.S}
    with open(os.path.join(HERE, "queries.jsonl"), "w") as f:
        for n, q in enumerate(Q.Q, 1):
            rel = q["rel"]
            row = {"id": f"b{n:03d}", "text": q["text"], "near": q["near"], "age": q.get("age"),
                   "youth": q.get("youth", False), "tags": q["tags"],
                   "relevant": [uid("service", k) for k in rel], "relevant_names": [byk[k]["name"] for k in rel]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    build_directory()
    if os.path.exists(os.path.join(HERE, "queries_data.py")):
        build_queries()
