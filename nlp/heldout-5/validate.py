"""Check heldout-5 against the labels contract (shared/nlp/labels.md) and print counts.

Usage: python3 validate.py [path/to/labels.md]
Exit code 0 when clean, 1 when any problem is found.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_LABELS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "nlp", "labels.md"))

CRISIS_KINDS = {"crisis_direct": 20, "crisis_farewell": 30, "crisis_place": 20, "crisis_slang": 25,
                "crisis_exploitation": 20, "crisis_stalking_control": 20, "crisis_medical": 20,
                "crisis_story": 15, "crisis_other_language": 70}
SAFE_KINDS = {"alarming_harmless": 120, "harmless_other_language": 45}
OTHER_LANG_KINDS = {"crisis_other_language", "harmless_other_language"}
LANGS = {"en", "ur", "hi", "pa", "so", "pl", "gu", "tr", "bn", "ar", "ro", "pt", "es"}
# languages the brief requires at least 5 crisis lines in (hi and pa counted together)
REQUIRED_CRISIS_LANGS = [("ur",), ("hi", "pa"), ("so",), ("pl",), ("gu",), ("tr",), ("bn",),
                         ("ar",), ("ro",), ("pt",), ("es",)]


def read_labels(path):
    text = open(path, encoding="utf-8").read()
    routes, tags, channels = [], [], []
    section = None
    for line in text.splitlines():
        if line.startswith("## "):
            section = line[3:].strip().split()[0].lower()
            continue
        if section == "route":
            m = re.match(r"\|\s*`([a-z_]+)`\s*\|", line)
            if m:
                routes.append(m.group(1))
        elif section == "tags":
            tags += re.findall(r"`([a-z_]+)`", line)
        elif section == "file":
            channels += re.findall(r'"(sms|telegram)"', line)
    return routes, tags, sorted(set(channels)) or ["sms", "telegram"]


def main():
    labels = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_LABELS
    routes, tags, channels = read_labels(labels)
    problems = []
    assert routes and tags, "could not read routes/tags from %s" % labels
    non_crisis_routes = [r for r in routes if r != "crisis"]
    kinds_expected = dict(CRISIS_KINDS)
    kinds_expected.update(SAFE_KINDS)
    for r in non_crisis_routes:
        kinds_expected["route_" + r] = 13

    allowed_keys = {"id", "text", "route", "tags", "place", "channel", "kind", "lang", "note"}
    seen_ids, seen_text = set(), {}
    rows = []
    with open(os.path.join(HERE, "messages.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = "messages.jsonl:%d" % n
            try:
                o = json.loads(line)
            except Exception as e:
                problems.append("%s bad json: %s" % (where, e))
                continue
            rows.append(o)
            extra = set(o) - allowed_keys
            missing = {"id", "text", "route", "tags", "place", "channel", "kind", "lang"} - set(o)
            if extra:
                problems.append("%s unknown keys %s" % (where, sorted(extra)))
            if missing:
                problems.append("%s missing keys %s" % (where, sorted(missing)))
                continue
            i = o["id"]
            if not re.fullmatch(r"h5-\d{4}", i):
                problems.append("%s bad id %r" % (where, i))
            if i in seen_ids:
                problems.append("%s duplicate id %s" % (where, i))
            seen_ids.add(i)
            t = o["text"]
            if not isinstance(t, str) or not t.strip():
                problems.append("%s empty text" % where)
                continue
            key = t.strip().lower()
            if key in seen_text:
                problems.append("%s duplicate text of %s" % (where, seen_text[key]))
            seen_text[key] = i
            if o["route"] not in routes:
                problems.append("%s %s unknown route %r" % (where, i, o["route"]))
            if not isinstance(o["tags"], list):
                problems.append("%s %s tags not a list" % (where, i))
            else:
                for tg in o["tags"]:
                    if tg not in tags:
                        problems.append("%s %s unknown tag %r" % (where, i, tg))
                if len(set(o["tags"])) != len(o["tags"]):
                    problems.append("%s %s repeated tag" % (where, i))
            p = o["place"]
            if p is not None:
                if not isinstance(p, str) or not p.strip():
                    problems.append("%s %s place must be null or a non-empty string" % (where, i))
                elif p not in t:
                    problems.append("%s %s place %r not a substring of text" % (where, i, p))
            if o["channel"] not in channels:
                problems.append("%s %s bad channel %r" % (where, i, o["channel"]))
            k = o["kind"]
            if k not in kinds_expected:
                problems.append("%s %s unknown kind %r" % (where, i, k))
            if k in CRISIS_KINDS and o["route"] != "crisis":
                problems.append("%s %s crisis kind %s but route %s" % (where, i, k, o["route"]))
            if k not in CRISIS_KINDS and o["route"] == "crisis":
                problems.append("%s %s non-crisis kind %s has route crisis" % (where, i, k))
            if k.startswith("route_") and o["route"] != k[len("route_"):]:
                problems.append("%s %s kind %s but route %s" % (where, i, k, o["route"]))
            lang = o["lang"]
            if lang not in LANGS:
                problems.append("%s %s unexpected lang %r" % (where, i, lang))
            if lang != "en":
                if "non_english" not in o["tags"]:
                    problems.append("%s %s lang %s without non_english tag" % (where, i, lang))
                if not isinstance(o.get("note"), str) or not o["note"].strip():
                    problems.append("%s %s non-English line without note" % (where, i))
            else:
                if "note" in o:
                    problems.append("%s %s English line has a note" % (where, i))
            if (k in OTHER_LANG_KINDS) != (lang != "en"):
                problems.append("%s %s kind %s does not fit lang %s" % (where, i, k, lang))

    # conversations
    convs = []
    cids = set()
    with open(os.path.join(HERE, "conversations.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = "conversations.jsonl:%d" % n
            try:
                c = json.loads(line)
            except Exception as e:
                problems.append("%s bad json: %s" % (where, e))
                continue
            convs.append(c)
            if set(c) != {"id", "messages", "crisis", "kind"}:
                problems.append("%s keys %s" % (where, sorted(c)))
                continue
            if not re.fullmatch(r"h5c-\d{3}", c["id"]) or c["id"] in cids:
                problems.append("%s bad or duplicate id %r" % (where, c["id"]))
            cids.add(c["id"])
            m = c["messages"]
            if not isinstance(m, list) or not (2 <= len(m) <= 4) or not all(isinstance(x, str) and x.strip() for x in m):
                problems.append("%s messages must be 2-4 non-empty strings" % where)
            if not isinstance(c["crisis"], bool):
                problems.append("%s crisis must be true/false" % where)
            if c["kind"] not in ("pair_crisis", "pair_safe"):
                problems.append("%s bad kind %r" % (where, c["kind"]))
            elif c["crisis"] != (c["kind"] == "pair_crisis"):
                problems.append("%s crisis flag does not match kind" % where)

    # counts
    by_kind = collections.Counter(o.get("kind") for o in rows)
    by_route = collections.Counter(o.get("route") for o in rows)
    by_lang = collections.Counter(o.get("lang") for o in rows)
    by_tag = collections.Counter(t for o in rows for t in o.get("tags", []))
    by_channel = collections.Counter(o.get("channel") for o in rows)
    crisis_lang = collections.Counter(o["lang"] for o in rows if o.get("kind") == "crisis_other_language")
    safe_lang = collections.Counter(o["lang"] for o in rows if o.get("kind") == "harmless_other_language")
    with_place = sum(1 for o in rows if o.get("place"))
    conv_kind = collections.Counter(c.get("kind") for c in convs)

    if len(rows) < 480:
        problems.append("only %d messages (need 480+)" % len(rows))
    for k, want in kinds_expected.items():
        have = by_kind.get(k, 0)
        if have < want * 0.9:
            problems.append("kind %s has %d, brief asks about %d" % (k, have, want))
    for group in REQUIRED_CRISIS_LANGS:
        have = sum(crisis_lang.get(l, 0) for l in group)
        if have < 5:
            problems.append("crisis_other_language %s has %d (need 5+)" % ("/".join(group), have))
    if len(convs) < 60:
        problems.append("only %d conversations (need 60+)" % len(convs))

    def show(title, counter):
        print(title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("  %-26s %4d" % (k, v))

    print("labels:", labels)
    print("messages: %d   conversations: %d   messages with place: %d" % (len(rows), len(convs), with_place))
    show("by kind:", by_kind)
    show("by route:", by_route)
    show("by lang:", by_lang)
    show("crisis_other_language by lang:", crisis_lang)
    show("harmless_other_language by lang:", safe_lang)
    show("by tag:", by_tag)
    show("by channel:", by_channel)
    show("conversations by kind:", conv_kind)
    if problems:
        print("\nPROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\nOK: no problems found")


if __name__ == "__main__":
    main()
