"""Build blind-4/directory.json and blind-4/queries.jsonl from the hand-written src/*.py.
Deterministic: same sources, same bytes.   python3 src/build.py [--review]"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from load import SERVICES          # noqa: E402
from common import oruk, uid, miles, is_stale  # noqa: E402
from queries import QUERIES        # noqa: E402
from label import relevant, candidates  # noqa: E402
from gaz import where               # noqa: E402

OUT = os.path.dirname(HERE)


def build():
    contents = [oruk(s) for s in SERVICES]
    page = {"total_items": len(contents), "total_pages": 1, "page_number": 1, "size": len(contents),
            "first_page": True, "last_page": True, "empty": False, "contents": contents}
    with open(os.path.join(OUT, "directory.json"), "w") as f:
        json.dump(page, f, indent=1, ensure_ascii=False)
        f.write("\n")
    by = {s["key"]: s for s in SERVICES}
    lines = []
    for i, q in enumerate(QUERIES, 1):
        rel = relevant(q, SERVICES)
        lines.append({"id": "d%03d" % i, "text": q["text"], "near": q["near"], "age": q["age"],
                      "youth": q["youth"], "tags": q["tags"],
                      "relevant": [uid("service", k) for k in rel],
                      "relevant_names": [by[k]["name"] for k in rel]})
    with open(os.path.join(OUT, "queries.jsonl"), "w") as f:
        for d in lines:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return lines


def review():
    by = {s["key"]: s for s in SERVICES}
    for i, q in enumerate(QUERIES, 1):
        rel = relevant(q, SERVICES)
        lat, lon, _ = where(q["near"])
        print("d%03d [%s] %s | near=%s age=%s youth=%s" % (i, ",".join(q["kind"]), q["text"], q["near"],
                                                         q["age"], q["youth"]))
        for k in rel:
            s = by[k]
            print("    + %-22s %5.1fmi %s" % (k, miles(lat, lon, s["venue"][4], s["venue"][5]), s["name"]))
        for k, why in q.get("drop", {}).items():
            print("    - %-22s (%s)" % (k, why))
        # same-kind services left out, for checking by eye (closed, stale, age, far)
        if q["want"]:
            for s in SERVICES:
                if set(q["want"]) & s["topics"] and s["key"] not in rel and s["key"] not in q.get("drop", {}):
                    d = miles(lat, lon, s["venue"][4], s["venue"][5])
                    if d < 30:
                        why = []
                        if s["status"] != "active":
                            why.append("closed")
                        if is_stale(s):
                            why.append("stale")
                        if s["min_age"] or s["max_age"]:
                            why.append("age %s-%s" % (s["min_age"], s["max_age"]))
                        print("    . %-22s %5.1fmi %s [%s]" % (s["key"], d, s["name"], ",".join(why)))


if __name__ == "__main__":
    lines = build()
    if "--review" in sys.argv:
        review()
    print("services %d, queries %d" % (len(SERVICES), len(lines)), file=sys.stderr)
