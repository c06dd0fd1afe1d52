#!/usr/bin/env bash
# Installs the Debian -dev packages helpkit builds against, when missing.
# Each entry: pkg-config name, then the Debian package that provides it.
set -euo pipefail

needed=(
  "libxml-2.0 libxml2-dev"
  "sqlite3 libsqlite3-dev"
  "libcmark-gfm libcmark-gfm-dev libcmark-gfm-extensions-dev"
  "ncursesw libncurses-dev"
)

missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
for entry in "${needed[@]}"; do
  read -r module packages <<<"$entry"
  if ! pkg-config --exists "$module" 2>/dev/null; then
    read -ra list <<<"$packages"
    missing+=("${list[@]}")
  fi
done
# tmux drives the terminal UI in the end-to-end tests; headless Chromium
# loads the HTML review report in the browser tests.
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
[ -x /usr/bin/chromium ] || missing+=(chromium)

if [ ${#missing[@]} -gt 0 ]; then
  echo "helpkit: installing ${missing[*]}" >&2
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The SARIF tests validate reports with a real JSON-schema validator. A Python
# of its own (pyenv, venv) takes it from PyPI; Debian's system Python refuses
# pip, so there it comes as a Debian package.
if ! python3 -c 'import jsonschema' >/dev/null 2>&1; then
  python3 -m pip install -q jsonschema >/dev/null 2>&1 || {
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo" || sudo_cmd=""
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq python3-jsonschema >/dev/null
  }
fi

# The exchange tests read exported XLIFF and TMX back with an independent
# reader, Translate Toolkit; its XLIFF 2.0 store needs 3.17 or newer, which
# Debian does not ship, so it comes from PyPI (past Debian's pip guard there).
if ! python3 -c 'import translate.storage.xliff2' >/dev/null 2>&1; then
  python3 -m pip install -q translate-toolkit >/dev/null 2>&1 \
    || python3 -m pip install -q --break-system-packages translate-toolkit >/dev/null
fi
