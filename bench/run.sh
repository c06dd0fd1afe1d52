#!/usr/bin/env bash
# make bench: checks what the benchmarks need, unpacks the real corpus into a
# temporary folder, and runs every bench/[0-9][0-9]-*.sh in order with two
# arguments: the corpus folder and the release helpkit binary. Each script
# prints its figures beside baselines run in the same invocation and exits 1
# when a target is missed; this script exits 1 when any of them did.
#
# Environment: HELPKIT (binary, default .build/release/helpkit), CORPUS_ARCHIVE
# (default ../shared/corpus/alchemy-sxs.tar.xz), BENCH_RUNS (runs per median, 5).
set -euo pipefail
cd "$(dirname "$0")/.."

install_packages() {
  local sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "bench: installing $*" >&2
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# GNU time gives each command's peak memory and CPU time.
[ -x /usr/bin/time ] || install_packages time
command -v python3 >/dev/null 2>&1 || install_packages python3 python3-pip
for module in lxml:lxml.html PyYAML:yaml; do
  if ! python3 -c "import ${module#*:}" 2>/dev/null; then
    echo "bench: installing ${module%%:*} for the Python baseline" >&2
    python3 -m pip install --quiet "${module%%:*}" 2>/dev/null \
      || python3 -m pip install --quiet --break-system-packages "${module%%:*}"
  fi
done
HYPERFINE=$(command -v hyperfine || true)
export HYPERFINE
[ -n "$HYPERFINE" ] || echo "bench: hyperfine not found (optional; scripts fall back to their own timing loop)" >&2

helpkit=${HELPKIT:-$(pwd)/.build/release/helpkit}
if [ ! -x "$helpkit" ]; then
  echo "bench: no release binary at $helpkit; run 'make bench' (it builds one)" >&2
  exit 2
fi

# ../shared from the main checkout; ../../shared from a worktree beside it.
archive=${CORPUS_ARCHIVE:-}
for candidate in ../shared/corpus/alchemy-sxs.tar.xz ../../shared/corpus/alchemy-sxs.tar.xz; do
  [ -z "$archive" ] && [ -f "$candidate" ] && archive=$candidate
done
if [ -z "$archive" ] || [ ! -f "$archive" ]; then
  echo "bench: corpus archive not found; set CORPUS_ARCHIVE to alchemy-sxs.tar.xz" >&2
  exit 2
fi

workspace=$(mktemp -d "${TMPDIR:-/tmp}/helpkit-bench.XXXXXX")
trap 'rm -rf "$workspace"' EXIT
tar -xJf "$archive" -C "$workspace"
corpus=$workspace/alchemy-sxs

echo "helpkit benchmarks: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
load=$(cut -d' ' -f1 /proc/loadavg)
echo "load average before the run: $load"
if awk -v load="$load" -v cores="$(nproc)" 'BEGIN { exit !(load > cores / 2) }'; then
  echo "bench: other processes keep the CPU busy; wall times and core use will be worse than on an idle machine" >&2
fi
echo "corpus: $archive ($(find "$corpus" -name '*.md' | wc -l) articles), ${BENCH_RUNS:-5} runs per median"

failed=()
for script in bench/[0-9][0-9]-*.sh; do
  [ -e "$script" ] || continue
  bash "$script" "$corpus" "$helpkit" || failed+=("$(basename "$script")")
done

echo
if [ ${#failed[@]} -gt 0 ]; then
  echo "bench: targets missed in ${failed[*]}"
  exit 1
fi
echo "bench: every target met"
