# Sourced by the other scripts: where the dependencies live and how cargo finds libtorch.
# FRONTDOOR_DEPS may point outside the project (CI shares one copy between clones); the project's
# own .deps then links to it, so the default paths (.deps/model) work either way.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export FRONTDOOR_DEPS="${FRONTDOOR_DEPS:-$root/.deps}"
if [[ "$FRONTDOOR_DEPS" != "$root/.deps" && ! -e "$root/.deps" ]]; then
  mkdir -p "$FRONTDOOR_DEPS"
  ln -s "$FRONTDOOR_DEPS" "$root/.deps"
fi
export LIBTORCH="${LIBTORCH:-$FRONTDOOR_DEPS/libtorch}"
export LIBTORCH_CXX11_ABI=0
export FRONTDOOR_MODEL="${FRONTDOOR_MODEL:-$FRONTDOOR_DEPS/model}"
