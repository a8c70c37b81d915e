#!/usr/bin/env python3
"""Check heldout-4 against the labels contract and print counts.

usage: python3 validate.py [path/to/labels.md]
Checks: every line parses; route and tag ids come from labels.md; ids unique;
place (when not null) is a substring of text; channel, kind and lang are sane;
conversations have 2-4 lines and a boolean crisis that matches kind.
Exit code 1 on any problem.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/nlp/labels.md"

KINDS = {"crisis_direct", "crisis_farewell", "crisis_place", "crisis_slang",
         "crisis_exploitation", "crisis_stalking_control", "crisis_medical",
         "crisis_story", "crisis_other_language", "alarming_harmless",
         "harmless_other_language"}


def read_labels(path):
    text = open(path, encoding="utf-8").read()
    route_sec = text.split("## route", 1)[1].split("## tags", 1)[0]
    tag_sec = text.split("## tags", 1)[1].split("## place", 1)[0]
    routes = set(re.findall(r"^\|\s*`([a-z_]+)`\s*\|", route_sec, re.M))
    tags = set(re.findall(r"`([a-z_]+)`", tag_sec))
    crisis = "crisis" if "crisis" in routes else None
    return routes, tags, crisis


def main():
    routes, tags, crisis_route = read_labels(LABELS)
    errors = []
    if not routes or not tags or crisis_route is None:
        errors.append("could not read routes/tags from labels.md")
    kinds = KINDS | {"route_" + r for r in routes if r != crisis_route}

    ids = set()
    by_kind, by_route, by_lang, by_chan, by_tag = (Counter() for _ in range(5))
    texts = Counter()
    n = 0
    with open(os.path.join(HERE, "messages.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                errors.append(f"messages.jsonl:{ln}: bad JSON ({e})")
                continue
            n += 1
            for k in ("id", "text", "route", "tags", "place", "channel", "kind", "lang"):
                if k not in r:
                    errors.append(f"{ln}: missing {k}")
            i = r.get("id")
            if i in ids:
                errors.append(f"{ln}: duplicate id {i}")
            ids.add(i)
            t = r.get("text", "")
            if not isinstance(t, str) or not t.strip():
                errors.append(f"{i}: empty text")
            texts[t] += 1
            if r.get("route") not in routes:
                errors.append(f"{i}: unknown route {r.get('route')}")
            if not isinstance(r.get("tags"), list):
                errors.append(f"{i}: tags not a list")
            else:
                for tg in r["tags"]:
                    if tg not in tags:
                        errors.append(f"{i}: unknown tag {tg}")
                    by_tag[tg] += 1
                if len(set(r["tags"])) != len(r["tags"]):
                    errors.append(f"{i}: repeated tag")
            p = r.get("place")
            if p is not None and (not isinstance(p, str) or p not in t):
                errors.append(f"{i}: place {p!r} not in text")
            if r.get("channel") not in ("sms", "telegram"):
                errors.append(f"{i}: bad channel")
            kd = r.get("kind")
            if kd not in kinds:
                errors.append(f"{i}: unknown kind {kd}")
            elif kd.startswith("crisis_") and r.get("route") != crisis_route:
                errors.append(f"{i}: crisis kind but route {r.get('route')}")
            elif kd.startswith("route_") and r.get("route") != kd[6:]:
                errors.append(f"{i}: kind {kd} but route {r.get('route')}")
            elif kd in ("alarming_harmless", "harmless_other_language") and r.get("route") == crisis_route:
                errors.append(f"{i}: harmless kind routed to crisis")
            lang = r.get("lang")
            if not (isinstance(lang, str) and re.fullmatch(r"[a-z]{2}", lang)):
                errors.append(f"{i}: bad lang {lang}")
            elif lang != "en" and "non_english" in tags and "non_english" not in r.get("tags", []):
                errors.append(f"{i}: non-English message without non_english tag")
            by_kind[kd] += 1; by_route[r.get("route")] += 1
            by_lang[lang] += 1; by_chan[r.get("channel")] += 1
    for t, c in texts.items():
        if c > 1:
            errors.append(f"duplicate text x{c}: {t[:60]!r}")

    cids = set(); conv_kind = Counter(); conv_len = Counter(); m = 0
    with open(os.path.join(HERE, "conversations.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                c = json.loads(line)
            except Exception as e:
                errors.append(f"conversations.jsonl:{ln}: bad JSON ({e})")
                continue
            m += 1
            if c.get("id") in cids:
                errors.append(f"conv {c.get('id')}: duplicate id")
            cids.add(c.get("id"))
            msgs = c.get("messages")
            if not (isinstance(msgs, list) and 2 <= len(msgs) <= 4 and all(isinstance(x, str) and x.strip() for x in msgs)):
                errors.append(f"conv {c.get('id')}: needs 2-4 non-empty lines")
            else:
                conv_len[len(msgs)] += 1
            if not isinstance(c.get("crisis"), bool):
                errors.append(f"conv {c.get('id')}: crisis not boolean")
            want = "pair_crisis" if c.get("crisis") else "pair_safe"
            if c.get("kind") != want:
                errors.append(f"conv {c.get('id')}: kind {c.get('kind')} vs crisis {c.get('crisis')}")
            conv_kind[c.get("kind")] += 1

    def show(title, cnt):
        print(f"\n{title}")
        for k, v in sorted(cnt.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print(f"  {str(k):28s} {v}")

    print(f"messages: {n}   conversations: {m}")
    show("by kind", by_kind); show("by route", by_route); show("by lang", by_lang)
    show("by channel", by_chan); show("by tag", by_tag)
    show("conversations by kind", conv_kind); show("conversation lengths", conv_len)
    if errors:
        print(f"\n{len(errors)} PROBLEM(S):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
