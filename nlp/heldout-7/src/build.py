#!/usr/bin/env python3
"""Assemble heldout-7 from the hand-written lists in this folder.

This script only assembles: it attaches the kind, adds the non_english tag to
non-English lines, picks a channel deterministically (seeded), shuffles with a
fixed seed, assigns ids and writes messages.jsonl and conversations.jsonl one
level up. It writes no message text of its own. Re-run with: python3 src/build.py
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import crisis_en        # noqa: E402
import crisis_other     # noqa: E402
import harmless_en      # noqa: E402
import harmless_other   # noqa: E402
import routes_en        # noqa: E402
import conversations    # noqa: E402

MESSAGE_MODULES = [crisis_en, crisis_other, harmless_en, harmless_other, routes_en]
SHUFFLE_SEED = 7007
CHANNEL_SEED = 7117
CONV_SEED = 7227


def message_rows():
    rows = []
    for mod in MESSAGE_MODULES:
        for kind, entries in mod.KINDS.items():
            for entry in entries:
                if len(entry) == 4:
                    text, route, tags, place = entry
                    lang, note = "en", None
                elif len(entry) == 6:
                    text, route, tags, place, lang, note = entry
                else:
                    raise ValueError(f"bad entry in {kind}: {entry!r}")
                tags = list(dict.fromkeys(tags))
                if lang != "en" and "non_english" not in tags:
                    tags.append("non_english")
                row = {"text": text, "route": route, "tags": tags, "place": place,
                       "channel": None, "kind": kind, "lang": lang}
                if note:
                    row["note"] = note
                rows.append(row)
    return rows


def main():
    rows = message_rows()
    # channel: about one third telegram, chosen by a seeded sample over the
    # unshuffled order so it does not depend on the shuffle.
    n = len(rows)
    tg = set(random.Random(CHANNEL_SEED).sample(range(n), round(n / 3)))
    for i, row in enumerate(rows):
        row["channel"] = "telegram" if i in tg else "sms"
    random.Random(SHUFFLE_SEED).shuffle(rows)
    with open(os.path.join(OUT, "messages.jsonl"), "w", encoding="utf-8") as f:
        for i, row in enumerate(rows, 1):
            out = {"id": f"h7-{i:04d}"}
            out.update(row)
            f.write(json.dumps(out, ensure_ascii=False) + "\n")

    convs = []
    for kind, entries in conversations.KINDS.items():
        for msgs, crisis, lang, note in entries:
            c = {"messages": list(msgs), "crisis": bool(crisis), "kind": kind, "lang": lang}
            if note:
                c["note"] = note
            convs.append(c)
    random.Random(CONV_SEED).shuffle(convs)
    with open(os.path.join(OUT, "conversations.jsonl"), "w", encoding="utf-8") as f:
        for i, c in enumerate(convs, 1):
            out = {"id": f"h7c-{i:03d}"}
            out.update(c)
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} messages and {len(convs)} conversations to {OUT}")


if __name__ == "__main__":
    main()
