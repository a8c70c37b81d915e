#!/usr/bin/env python3
"""Plays the blind conversations through the real `frontdoor chat` and writes transcripts.

Each conversation gets its own resident in one fresh SQLite database holding the demo directory;
each line is one run of `frontdoor chat --as <id>` (the conversation is kept in the database
between runs), so every reply is attributed to the line that caused it. The transcripts are
then read against each conversation's `expect` list by a reviewer who did not write the code.

    python3 tests/conversations-blind/run.py [--bin PATH] [--only c01,c02] [--set DIR] > transcripts.md

`--set` plays another set in the same format (tests/conversations-blind-2).
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def default_binary():
    target = os.environ.get("CARGO_TARGET_DIR", str(ROOT / "target"))
    for build in ("release", "debug"):
        path = Path(target) / build / "frontdoor"
        if path.exists():
            return str(path)
    sys.exit("build frontdoor first (cargo build --release -p bot)")


def run(binary, env, args, stdin=None):
    done = subprocess.run([binary, *args], input=stdin, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        sys.exit(f"frontdoor {' '.join(args)} failed: {done.stderr[-2000:]}")
    return done.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=None)
    parser.add_argument("--only", default="")
    parser.add_argument("--set", default=str(HERE), help="the folder holding conversations.jsonl")
    options = parser.parse_args()
    binary = options.bin or default_binary()
    wanted = set(filter(None, options.only.split(",")))
    conversations = [json.loads(line) for line in open(Path(options.set) / "conversations.jsonl") if line.strip()]
    with tempfile.TemporaryDirectory() as scratch:
        env = dict(os.environ, DATABASE_URL=f"sqlite://{scratch}/blind.db?mode=rwc", FRONTDOOR_STALE_MONTHS="120", RUST_LOG="error")
        run(binary, env, ["directory", "import", *sorted(glob.glob(str(ROOT / "content/directory/services-page-*.json")))])
        for conversation in conversations:
            if wanted and conversation["id"] not in wanted:
                continue
            print(f"## {conversation['id']} ({conversation['kind']})\n")
            for line in conversation["lines"]:
                reply = run(binary, env, ["chat", "--as", conversation["id"]], stdin=line + "\n")
                print(f"**resident:** {line}\n")
                print("**bot:**\n```\n" + reply.strip() + "\n```\n")
            print("Expect:\n" + "\n".join(f"- {item}" for item in conversation["expect"]) + "\n")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
