#!/usr/bin/env python3
"""Makes a large made-up directory for bench/directory.sh: copies of the demo services with new
ids, numbered names and venues moved up to about three miles, written as ORUK v3 pages.

    bench/directory_services.py COUNT OUT_FOLDER [DEMO_PAGE...]
"""
import copy
import json
import random
import sys
import uuid
from pathlib import Path

PAGE_SIZE = 1000
JITTER_DEGREES = 0.04


def jittered(service, number, rng):
    """A copy of `service` with an id, name and map point of its own."""
    copy_ = copy.deepcopy(service)
    copy_["id"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    copy_["name"] = f"{service['name']} {number}"
    for at in copy_.get("service_at_locations", []):
        location = at.get("location", {})
        for axis in ("latitude", "longitude"):
            if isinstance(location.get(axis), (int, float)):
                location[axis] = round(location[axis] + rng.uniform(-JITTER_DEGREES, JITTER_DEGREES), 5)
    return copy_


def main():
    count, out = int(sys.argv[1]), Path(sys.argv[2])
    demo = [s for page in sys.argv[3:] for s in json.loads(Path(page).read_text())["contents"]]
    rng = random.Random(2026)
    services = [jittered(demo[i % len(demo)], i + 1, rng) for i in range(count)]
    pages = [services[i:i + PAGE_SIZE] for i in range(0, count, PAGE_SIZE)]
    out.mkdir(parents=True, exist_ok=True)
    for number, contents in enumerate(pages, start=1):
        page = {
            "total_items": count, "total_pages": len(pages), "page_number": number, "size": len(contents),
            "first_page": number == 1, "last_page": number == len(pages), "empty": False, "contents": contents,
        }
        (out / f"services-{number:03}.json").write_text(json.dumps(page))


if __name__ == "__main__":
    main()
