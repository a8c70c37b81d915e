"""Counts for the README: services per area, traps, queries by kind (my hand labels)."""
from collections import Counter
from load import SERVICES
from queries import QUERIES
from label import relevant
from common import is_stale
from gaz import CSV

area = Counter(s["area"] for s in SERVICES)
print("services per area:", dict(area), "total", len(SERVICES))
print("closed (inactive):", sum(s["status"] != "active" for s in SERVICES))
print("stale (assured before 2026-05-23, still 'active'):", sum(is_stale(s) and s["status"] == "active" for s in SERVICES))
print("adult-only (min 18+):", sum((s["min_age"] or 0) >= 18 for s in SERVICES),
      "| other minimum ages (12-60):", sum(0 < (s["min_age"] or 0) < 18 or (s["min_age"] or 0) > 18 for s in SERVICES),
      "| with maximum_age:", sum(s["max_age"] is not None for s in SERVICES))
kinds = Counter()
nrel = Counter()
for q in QUERIES:
    r = relevant(q, SERVICES)
    for k in q["kind"]:
        kinds[k] += 1
    nrel["none" if not r else "one" if len(r) == 1 else "two+"] += 1
    kinds["area:" + (CSV[q["near"]][2] if q["near"] in CSV else "other-uk")] += 1
    if q["youth"]:
        kinds["youth=true"] += 1
print("queries:", len(QUERIES), dict(nrel))
for k, v in sorted(kinds.items()):
    print("  %-16s %d" % (k, v))
