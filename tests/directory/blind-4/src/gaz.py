"""Place lookup for my labelling aids: places.csv plus places_extra.py."""
import csv, os
from places_extra import EXTRA, AREA_OF_EXTRA

HERE = os.path.dirname(os.path.abspath(__file__))
PLACES_CSV = os.path.join(HERE, "..", "..", "..", "..", "content", "places", "places.csv")

CSV = {}
with open(PLACES_CSV) as f:
    for r in csv.DictReader(f):
        CSV[r["name"]] = (float(r["lat"]), float(r["lon"]), r["area"])


def where(name):
    if name in CSV:
        lat, lon, area = CSV[name]
        return lat, lon, area
    lat, lon = EXTRA[name]
    return lat, lon, AREA_OF_EXTRA[name]
