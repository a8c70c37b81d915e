"""Validate held-out set 6 (messages.jsonl, conversations.jsonl) against labels.md."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = os.path.join(HERE, "..", "..", "..", "shared", "nlp", "labels.md")
if not os.path.exists(LABELS):
    LABELS = "/work/shared/nlp/labels.md"

EXPECTED_KINDS = {
    "crisis_direct": 25, "crisis_farewell": 25, "crisis_place": 20, "crisis_slang": 20,
    "crisis_exploitation": 15, "crisis_stalking_control": 15, "crisis_medical": 20,
    "crisis_story": 20, "crisis_other_language": 70, "alarming_harmless": 90,
    "harmless_other_language": 40, "route_find_activity": 12, "route_someone_to_talk_to": 12,
    "route_practical_help": 12, "route_wellbeing_support": 12, "route_human": 12,
    "route_volunteer": 12, "route_smalltalk": 12, "route_other": 12,
}
CONV_KINDS = {"pair_crisis": 35, "pair_safe": 30, "plain_safe": 25}
NON_EN_LANGS = {"ur", "hi", "pa", "so", "pl", "gu", "tr", "bn", "ar", "ro", "pt", "es"}

errors = []


def err(msg):
    errors.append(msg)


def parse_labels():
    text = open(LABELS, encoding="utf-8").read()
    route_part = text.split("## route", 1)[1].split("## tags", 1)[0]
    routes = set(re.findall(r"^\|\s*`([a-z_]+)`\s*\|", route_part, re.M))
    tag_part = text.split("## tags", 1)[1].split("## place", 1)[0]
    tags = set(re.findall(r"`([a-z_]+)`", tag_part))
    return routes, tags


def main():
    routes, tags = parse_labels()
    print("labels.md: %d routes, %d tags" % (len(routes), len(tags)))

    msgs = [json.loads(l) for l in open(os.path.join(HERE, "messages.jsonl"), encoding="utf-8") if l.strip()]
    ids = set()
    texts = collections.Counter()
    kinds = collections.Counter()
    langs = collections.Counter()
    routes_c = collections.Counter()
    chans = collections.Counter()
    lang_by_family = collections.defaultdict(collections.Counter)
    for m in msgs:
        mid = m.get("id")
        if not re.fullmatch(r"h6-\d{4}", mid or ""):
            err("bad id %r" % mid)
        if mid in ids:
            err("duplicate id %s" % mid)
        ids.add(mid)
        for key in ("text", "route", "tags", "place", "channel", "kind", "lang"):
            if key not in m:
                err("%s missing %s" % (mid, key))
        texts[m["text"]] += 1
        if m["route"] not in routes:
            err("%s unknown route %s" % (mid, m["route"]))
        for t in m["tags"]:
            if t not in tags:
                err("%s unknown tag %s" % (mid, t))
        if len(set(m["tags"])) != len(m["tags"]):
            err("%s repeated tag" % mid)
        if m["place"] is not None and m["place"] not in m["text"]:
            err("%s place %r not a substring of text" % (mid, m["place"]))
        if m["place"] == "":
            err("%s empty place" % mid)
        if m["channel"] not in ("sms", "telegram"):
            err("%s bad channel" % mid)
        kind = m["kind"]
        if kind not in EXPECTED_KINDS:
            err("%s unknown kind %s" % (mid, kind))
        if kind.startswith("crisis_") and m["route"] != "crisis":
            err("%s crisis kind without crisis route" % mid)
        if not kind.startswith("crisis_") and m["route"] == "crisis":
            err("%s non-crisis kind with crisis route" % mid)
        if kind.startswith("route_") and m["route"] != kind[len("route_"):]:
            err("%s route %s does not match kind %s" % (mid, m["route"], kind))
        if m["lang"] == "en":
            if "note" in m:
                err("%s English line has a note" % mid)
            if kind.endswith("other_language"):
                err("%s other_language kind marked en" % mid)
        else:
            if m["lang"] not in NON_EN_LANGS:
                err("%s unexpected lang %s" % (mid, m["lang"]))
            if "non_english" not in m["tags"]:
                err("%s non-English without non_english tag" % mid)
            if not m.get("note") or "Gloss:" not in m["note"]:
                err("%s non-English without gloss note" % mid)
            if not kind.endswith("other_language"):
                err("%s non-English line in English kind" % mid)
        kinds[kind] += 1
        langs[m["lang"]] += 1
        routes_c[m["route"]] += 1
        chans[m["channel"]] += 1
        lang_by_family[kind][m["lang"]] += 1
    for t, n in texts.items():
        if n > 1:
            err("duplicate text: %r" % t)
    if len(msgs) < 450:
        err("only %d messages (need >= 450)" % len(msgs))
    for k, n in EXPECTED_KINDS.items():
        if kinds[k] < n:
            err("kind %s has %d (expected about %d)" % (k, kinds[k], n))

    convs = [json.loads(l) for l in open(os.path.join(HERE, "conversations.jsonl"), encoding="utf-8") if l.strip()]
    cids = set()
    ckinds = collections.Counter()
    for c in convs:
        cid = c.get("id")
        if not re.fullmatch(r"h6c-\d{3}", cid or ""):
            err("bad conversation id %r" % cid)
        if cid in cids:
            err("duplicate conversation id %s" % cid)
        cids.add(cid)
        lines = c.get("messages")
        if not isinstance(lines, list) or not 2 <= len(lines) <= 4 or not all(isinstance(x, str) and x.strip() for x in lines):
            err("%s must have 2-4 non-empty lines" % cid)
        if c.get("kind") not in CONV_KINDS:
            err("%s unknown kind %r" % (cid, c.get("kind")))
        if (c.get("kind") == "pair_crisis") != (c.get("crisis") is True):
            err("%s crisis flag does not match kind" % cid)
        if not isinstance(c.get("crisis"), bool):
            err("%s crisis must be boolean" % cid)
        ckinds[c.get("kind")] += 1
    if len(convs) < 90:
        err("only %d conversations (need >= 90)" % len(convs))
    for k, n in CONV_KINDS.items():
        if ckinds[k] < n:
            err("conversation kind %s has %d (expected about %d)" % (k, ckinds[k], n))

    print("\nmessages: %d" % len(msgs))
    print("per kind:")
    for k in EXPECTED_KINDS:
        print("  %-26s %3d" % (k, kinds[k]))
    crisis_n = sum(n for k, n in kinds.items() if k.startswith("crisis_"))
    print("  crisis total %d, not crisis total %d" % (crisis_n, len(msgs) - crisis_n))
    print("per language:")
    for l, n in sorted(langs.items(), key=lambda x: (-x[1], x[0])):
        print("  %-3s %3d  (crisis %d, harmless %d)" % (
            l, n, lang_by_family["crisis_other_language"][l], lang_by_family["harmless_other_language"][l]))
    print("per route:", dict(sorted(routes_c.items())))
    print("channel:", dict(chans), "sms share %.2f" % (chans["sms"] / len(msgs)))
    print("\nconversations: %d" % len(convs))
    for k in CONV_KINDS:
        print("  %-12s %3d" % (k, ckinds[k]))
    print("  crisis true %d, false %d" % (sum(c["crisis"] for c in convs), sum(not c["crisis"] for c in convs)))

    if errors:
        print("\nFAILED with %d problem(s):" % len(errors))
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
