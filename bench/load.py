#!/usr/bin/env python3
"""Load generator for bench/load.sh (Python standard library only).

Starts a fake Twilio Messages API, one or two `frontdoor serve` replicas on one database, and
posts signed Twilio SMS webhooks from thousands of distinct numbers at a fixed rate, spread over
the replicas. Optionally kills one replica with SIGKILL half-way and restarts it. Then waits for
the replies and prints: acknowledged, answered, lost, duplicated, ack and reply latency
percentiles, sends per second and peak RSS.

Each number sends one "hi", whose answer is the greeting; the greeting's first SMS marks the
reply. A duplicate is the same text sent twice to one number.
"""

import argparse
import base64
import email.utils
import hashlib
import hmac
import http.client
import json
import multiprocessing
import os
import queue
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ACCOUNT_SID = "AC" + "0" * 32
AUTH_TOKEN = "bench-token"
FROM = "+447700900000"
PUBLIC_URL = "https://frontdoor.bench.invalid"


class FakeTwilio(BaseHTTPRequestHandler):
    """Takes every message, recording when it came, to whom and what it said; lists the messages
    sent to a number, newest first, as Twilio's message list does. It runs in a process of its
    own (see `serve_twilio`), so the 64 posting threads' share of Python's lock never delays the
    moment a reply is recorded as taken."""

    taken = []
    lock = threading.Lock()
    receipts = None
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        length = int(self.headers.get("content-length", "0"))
        form = urllib.parse.parse_qs(self.rfile.read(length).decode())
        receipt = (time.monotonic(), form["To"][0], form["Body"][0], time.time())
        with FakeTwilio.lock:
            FakeTwilio.taken.append(receipt)
            sid = f"SM{len(FakeTwilio.taken):032d}"
            FakeTwilio.receipts.write(json.dumps(receipt) + "\n")
            FakeTwilio.receipts.flush()
        self.answer(201, {"sid": sid, "status": "queued"})

    def do_GET(self):
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
        to = query.get("To", [""])[0]
        with FakeTwilio.lock:
            mine = [(n, taken) for n, taken in enumerate(FakeTwilio.taken, 1) if taken[1] == to]
        messages = [{"sid": f"SM{n:032d}", "to": to, "body": body, "direction": "outbound-api",
                     "date_created": email.utils.formatdate(created, usegmt=False)}
                    for n, (_, _, body, created) in reversed(mine)]
        self.answer(200, {"messages": messages[:int(query.get("PageSize", ["50"])[0])]})

    def answer(self, status, document):
        body = json.dumps(document).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def serve_twilio(port_pipe, receipts_path):
    """The fake Twilio API in its own process: says its port, then appends one JSON line per
    message taken to `receipts_path` (time.monotonic() is the same clock in every process)."""
    FakeTwilio.receipts = open(receipts_path, "a")
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeTwilio)
    port_pipe.send(server.server_address[1])
    server.serve_forever()


def taken_so_far(receipts_path):
    """Every message the fake Twilio API has taken, in order."""
    with open(receipts_path) as receipts:
        return [tuple(json.loads(line)) for line in receipts if line.endswith("\n")]


def signature(url, params):
    """Twilio's signature: HMAC-SHA1 over the URL and the sorted parameters, Base64."""
    data = url + "".join(name + value for name, value in sorted(params))
    digest = hmac.new(AUTH_TOKEN.encode(), data.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def webhook(sid, number):
    params = [("MessageSid", sid), ("SmsSid", sid), ("AccountSid", ACCOUNT_SID), ("From", number),
              ("To", FROM), ("Body", "hi"), ("NumMedia", "0"), ("ApiVersion", "2010-04-01")]
    headers = {"content-type": "application/x-www-form-urlencoded",
               "x-twilio-signature": signature(PUBLIC_URL + "/webhooks/twilio/sms", params)}
    return urllib.parse.urlencode(params), headers


class Replica:
    """One `frontdoor serve` process; restartable on the same port."""

    def __init__(self, binary, env, port, log_path):
        self.binary, self.env, self.port, self.log_path = binary, env, port, log_path
        self.process = None
        self.peak_rss_kb = 0

    def start(self):
        env = dict(self.env, FRONTDOOR_BIND=f"127.0.0.1:{self.port}")
        log = open(self.log_path, "ab")
        self.process = subprocess.Popen([self.binary, "serve"], env=env, stdout=log, stderr=log)

    def wait_ready(self, timeout=120):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                conn.request("GET", "/healthz")
                if conn.getresponse().status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise SystemExit(f"replica on port {self.port} did not become ready")

    def sample_rss(self):
        if self.process and self.process.poll() is None:
            try:
                with open(f"/proc/{self.process.pid}/status") as status:
                    for line in status:
                        if line.startswith("VmHWM:"):
                            self.peak_rss_kb = max(self.peak_rss_kb, int(line.split()[1]))
            except OSError:
                pass

    def kill(self):
        self.sample_rss()
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        self.sample_rss()
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()


def poster(jobs, results, replicas):
    """Posts the webhooks handed to it, on a kept-alive connection per replica."""
    conns = {}
    while True:
        job = jobs.get()
        if job is None:
            return
        due, sid, number, replica = job
        delay = due - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        body, headers = webhook(sid, number)
        started = time.monotonic()
        status = None
        for _ in range(2):
            try:
                conn = conns.get(replica) or http.client.HTTPConnection("127.0.0.1", replicas[replica].port, timeout=30)
                conns[replica] = conn
                conn.request("POST", "/webhooks/twilio/sms", body=body, headers=headers)
                response = conn.getresponse()
                response.read()
                status = response.status
                break
            except (OSError, http.client.HTTPException):
                conns.pop(replica, None)
        results.append((number, started, time.monotonic(), status))


def percentile(values, fraction):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--rate", type=float, default=200)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--replicas", type=int, default=1)
    parser.add_argument("--kill", action="store_true", help="SIGKILL replica 1 half-way and restart it")
    parser.add_argument("--drain", type=float, default=60, help="seconds to wait for replies afterwards")
    parser.add_argument("--workdir", required=True)
    parser.add_argument("--label", default="")
    args = parser.parse_args()

    receipts_path = os.path.join(args.workdir, "twilio-receipts.jsonl")
    open(receipts_path, "w").close()
    port_pipe, child_pipe = multiprocessing.Pipe()
    twilio = multiprocessing.Process(target=serve_twilio, args=(child_pipe, receipts_path), daemon=True)
    twilio.start()
    twilio_port = port_pipe.recv()
    env = {key: value for key, value in os.environ.items() if key in ("PATH", "HOME", "LANG")}
    env.update({
        "DATABASE_URL": args.database_url,
        "FRONTDOOR_CONTENT": os.environ["FRONTDOOR_CONTENT"],
        "FRONTDOOR_MODEL": os.environ["FRONTDOOR_MODEL"],
        "FRONTDOOR_PUBLIC_URL": PUBLIC_URL,
        "FRONTDOOR_LOG": os.environ.get("FRONTDOOR_LOG", "warn"),
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN, "TWILIO_FROM": FROM,
        "TWILIO_API_URL": f"http://127.0.0.1:{twilio_port}",
    })
    for name in ("FRONTDOOR_OUTBOX_IN_FLIGHT", "FRONTDOOR_INBOX_WORKERS", "FRONTDOOR_INFERENCE_THREADS"):
        if name in os.environ:
            env[name] = os.environ[name]
    replicas = []
    for n in range(args.replicas):
        port = 18080 + n
        replicas.append(Replica(args.binary, env, port, os.path.join(args.workdir, f"replica-{n}.log")))
    for replica in replicas:
        replica.start()
        replica.wait_ready()

    total = int(args.rate * args.seconds)
    jobs, results = queue.Queue(), []
    workers = [threading.Thread(target=poster, args=(jobs, results, replicas), daemon=True) for _ in range(64)]
    for worker in workers:
        worker.start()
    start = time.monotonic() + 0.5
    run_id = int(time.time())
    for n in range(total):
        number = f"+4477{(run_id * 7919 + n) % 100_000_000:08d}"
        jobs.put((start + n / args.rate, f"SM{run_id:x}{n:08d}", number, n % len(replicas)))
    for _ in workers:
        jobs.put(None)

    killed_at = restarted_at = None
    if args.kill:
        time.sleep(max(0, start + args.seconds / 2 - time.monotonic()))
        victim = replicas[-1] if len(replicas) > 1 else replicas[0]
        victim.kill()
        killed_at = time.monotonic()
        victim.start()
        victim.wait_ready()
        restarted_at = time.monotonic()
    while any(worker.is_alive() for worker in workers):
        for replica in replicas:
            replica.sample_rss()
        time.sleep(0.5)
    load_end = time.monotonic()

    acked = {number: (sent, done) for number, sent, done, status in results if status == 200}
    deadline = load_end + args.drain
    while time.monotonic() < deadline:
        answered = {to for _, to, _, _ in taken_so_far(receipts_path)}
        if all(number in answered for number in acked):
            break
        for replica in replicas:
            replica.sample_rss()
        time.sleep(0.5)
    time.sleep(2)
    for replica in replicas:
        replica.stop()

    taken = taken_so_far(receipts_path)
    first_reply, seen, duplicates = {}, set(), 0
    for at, to, body, _ in taken:
        first_reply.setdefault(to, at)
        if (to, body) in seen:
            duplicates += 1
        seen.add((to, body))
    ack_ms = [(done - sent) * 1000 for sent, done in acked.values()]
    reply_ms = [(first_reply[number] - sent) * 1000 for number, (sent, _) in acked.items() if number in first_reply]
    lost = sum(1 for number in acked if number not in first_reply)
    span = (taken[-1][0] - taken[0][0]) if len(taken) > 1 else float("nan")
    # The backlog at the restart: messages acknowledged before it. Drained when the last of them
    # is answered (0 if all were answered before the restart).
    backlog = [first_reply.get(number) for number, (sent, done) in acked.items() if restarted_at and done <= restarted_at]
    report = {
        "label": args.label,
        "offered": total,
        "acknowledged": len(acked),
        "refused_or_failed": len(results) - len(acked),
        "answered": len(reply_ms),
        "lost": lost,
        "duplicated": duplicates,
        "ack_ms": {p: round(percentile(ack_ms, q), 1) for p, q in (("p50", .5), ("p90", .9), ("p99", .99))},
        "reply_ms": {p: round(percentile(reply_ms, q), 1) for p, q in (("p50", .5), ("p90", .9), ("p99", .99))},
        "sends": len(taken),
        "sends_per_s": round(len(taken) / span, 1) if span == span and span > 0 else None,
        "peak_rss_mb": [round(replica.peak_rss_kb / 1024) for replica in replicas],
    }
    if killed_at:
        report["restart_s"] = round(restarted_at - killed_at, 1)
        answered_backlog = [at for at in backlog if at is not None]
        report["backlog_answered_s_after_restart"] = (
            round(max(0.0, max(answered_backlog) - restarted_at), 1) if len(answered_backlog) == len(backlog) and backlog else None)
        report["backlog_killed_replica_held"] = sum(
            1 for number, (sent, done) in acked.items()
            if killed_at and done <= killed_at and first_reply.get(number, float("inf")) > killed_at)
    print(json.dumps(report))
    twilio.terminate()


if __name__ == "__main__":
    sys.exit(main())
