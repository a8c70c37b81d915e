#!/usr/bin/env bash
# Benchmark of the directory search: 10,000 made-up services (the demo's, copied with new ids,
# names and nearby venues) imported into a temporary SQLite database, then every labelled query
# run --repeat times in one process, p50/p99 per search; beside it the same queries over the
# 76-service demo directory, and the ratio. Run by hand; not part of CI.
#   bench/directory.sh            (FRONTDOOR_BIN=path/to/frontdoor to use a binary already built;
#                                  COUNT=... for another directory size, REPEAT=... for more runs)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/prepare.sh"
count="${COUNT:-10000}"
repeat="${REPEAT:-20}"
queries="$root/tests/directory/queries.jsonl"
demo=(content/directory/services-page-*.json)

python3 bench/directory_services.py "$count" "$work/large" "${demo[@]}"
echo "importing $count services (each is embedded once)..." >&2
DATABASE_URL="sqlite://$work/large.db?mode=rwc" "$FRONTDOOR_BIN" directory import "$work"/large/*.json | head -n 1 >&2
DATABASE_URL="sqlite://$work/demo.db?mode=rwc" "$FRONTDOOR_BIN" directory import "${demo[@]}" | head -n 1 >&2

large="$(DATABASE_URL="sqlite://$work/large.db?mode=rwc" "$FRONTDOOR_BIN" directory bench "$queries" --repeat "$repeat" | grep '^timings:')"
small="$(DATABASE_URL="sqlite://$work/demo.db?mode=rwc" "$FRONTDOOR_BIN" directory bench "$queries" --repeat "$repeat" | grep '^timings:')"

field() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<"$2"; }
ratio() { python3 -c "print(f'{$1 / $2:.1f}x')"; }
printf '%-34s %12s %12s %8s\n' "" "$(field services "$large") svc" "$(field services "$small") svc" "ratio"
for row in "rank_p50_ms:directory pass p50 (ms)" "rank_p99_ms:directory pass p99 (ms)" \
           "total_p50_ms:with query embedding p50 (ms)" "total_p99_ms:with query embedding p99 (ms)"; do
  name="${row%%:*}"
  printf '%-34s %12s %12s %8s\n' "${row#*:}" "$(field "$name" "$large")" "$(field "$name" "$small")" \
    "$(ratio "$(field "$name" "$large")" "$(field "$name" "$small")")"
done
echo "target: directory pass p99 under 20 ms for 10,000 services" >&2
