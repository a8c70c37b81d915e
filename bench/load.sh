#!/usr/bin/env bash
# Load benchmark of `frontdoor serve`: signed Twilio webhooks from thousands of distinct numbers at
# a fixed rate against one or two replicas, replies through a fake Twilio API, optionally one
# replica killed with SIGKILL half-way and restarted (bench/load.py does the work). Prints one
# JSON line per run: acknowledged, answered, lost, duplicated, ack and reply latency percentiles,
# sends per second and peak RSS. Run by hand; not part of CI.
#   bench/load.sh                     the four standard runs (SQLite and PostgreSQL, one replica;
#                                     PostgreSQL, two replicas, with and without a SIGKILL)
#   RATE=200 DURATION=30 bench/load.sh sqlite|postgres [REPLICAS] [kill]   one run
# FRONTDOOR_BIN=path/to/frontdoor uses a binary already built; POSTGRES_ADMIN_URL (default
# postgres://postgres@127.0.0.1:5432/test) is where a scratch database is made for each run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/prepare.sh"
rate="${RATE:-200}"
seconds="${DURATION:-30}"
admin="${POSTGRES_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/test}"

# A fresh database for one run: a SQLite file, or a scratch PostgreSQL database.
database() {
  local backend="$1" name="frontdoor_load_$RANDOM$RANDOM"
  if [[ "$backend" == sqlite ]]; then
    echo "sqlite://$work/$name.db?mode=rwc"
  else
    psql "$admin" -qc "CREATE DATABASE $name" >/dev/null
    echo "${admin%/*}/$name"
  fi
}

run() {
  local backend="$1" replicas="${2:-1}" kill="${3:-}" url
  url="$(database "$backend")"
  DATABASE_URL="$url" "$FRONTDOOR_BIN" directory import content/directory/services-page-*.json >/dev/null
  python3 bench/load.py --binary "$FRONTDOOR_BIN" --database-url "$url" --rate "$rate" \
    --seconds "$seconds" --replicas "$replicas" ${kill:+--kill} --workdir "$work" \
    --label "$backend, $replicas replica(s)${kill:+, one killed half-way}, $rate msg/s for ${seconds}s"
}

if [[ $# -gt 0 ]]; then
  run "$@"
else
  run sqlite 1
  run postgres 1
  run postgres 2
  run postgres 2 kill
fi
