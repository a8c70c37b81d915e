#!/usr/bin/env bash
# Benchmark of the classifier against a Python sentence-transformers baseline with the same model
# on the same 1,000 messages: single-message latency (p50, p99, one thread), batch throughput
# (batches of 32, two threads), peak memory, and the ratios. Run by hand; not part of CI.
#   bench/nlp.sh            (FRONTDOOR_BIN=path/to/frontdoor to use a binary already built)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/prepare.sh"
model="$FRONTDOOR_MODEL"
venv="${FRONTDOOR_BENCH_VENV:-$root/bench/.venv}"
echo "preparing the Python baseline in $venv (once)" >&2
bench/python-venv.sh "$venv"

# The same 1,000 messages for both: the labelled examples, in file order.
awk 'NR <= 1000' content/nlp/examples/*.jsonl > "$work/messages.jsonl"

rust_single="$("$FRONTDOOR_BIN" classify --jsonl --one-by-one --threads 1 --timings < "$work/messages.jsonl" 2>&1 >/dev/null | grep '^timings:')"
rust_batch="$("$FRONTDOOR_BIN" classify --jsonl --threads 2 --timings < "$work/messages.jsonl" 2>&1 >/dev/null | grep '^timings:')"
python="$("$venv/bin/python" bench/baseline.py "$model" "$work/messages.jsonl" 2>/dev/null | grep '^timings:')"

field() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<"$2"; }
ratio() { python3 -c "print(f'{$1 / $2:.2f}x')"; }
printf '%-34s %12s %12s %10s\n' "" "frontdoor" "python" "ratio"
printf '%-34s %12s %12s %10s\n' "latency p50, 1 thread (ms)" "$(field p50_ms "$rust_single")" "$(field p50_ms "$python")" \
  "$(ratio "$(field p50_ms "$python")" "$(field p50_ms "$rust_single")") faster"
printf '%-34s %12s %12s %10s\n' "latency p99, 1 thread (ms)" "$(field p99_ms "$rust_single")" "$(field p99_ms "$python")" \
  "$(ratio "$(field p99_ms "$python")" "$(field p99_ms "$rust_single")") faster"
printf '%-34s %12s %12s %10s\n' "throughput, batches, 2 threads (/s)" "$(field throughput_per_s "$rust_batch")" "$(field throughput_per_s "$python")" \
  "$(ratio "$(field throughput_per_s "$rust_batch")" "$(field throughput_per_s "$python")")"
printf '%-34s %12s %12s %10s\n' "peak RSS, batch run (MB)" "$(field peak_rss_mb "$rust_batch")" "$(field peak_rss_mb "$python")" \
  "$(ratio "$(field peak_rss_mb "$rust_batch")" "$(field peak_rss_mb "$python")")"
printf '%-34s %12s %12s\n' "model load (s)" "$(field load_s "$rust_batch")" "$(field load_s "$python")"
echo "frontdoor classifies (embedding, head, rules, places, language); the baseline only embeds." >&2
