# Sourced by the benchmarks: the set-up they all need, in one place. Installs what is missing,
# builds the release binary unless FRONTDOOR_BIN names one, points it at this checkout's content
# and model, and gives a scratch folder `$work` removed on exit.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/env.sh
scripts/setup-deps
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [[ -z "${FRONTDOOR_BIN:-}" ]]; then
  cargo build --quiet --release -p bot
  FRONTDOOR_BIN="${CARGO_TARGET_DIR:-$root/target}/release/frontdoor"
fi
export FRONTDOOR_CONTENT="$root/content"
