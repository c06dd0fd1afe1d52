#!/usr/bin/env bash
# The terminal UI on the whole corpus, driven under tmux at 80x24: time to the
# first frame and each key's redraw, as the TUI logs them (HELPKIT_TUI_TIMINGS),
# for the direct-parse backend and, when `helpkit build` exists, a catalog.
# Beside them, measured the same way from outside (launch or key to text on
# the screen, polling tmux): helpkit tui and less showing one article.
#   bench/50-tui.sh CORPUS_FOLDER HELPKIT_BINARY
set -euo pipefail

corpus=${1:?usage: bench/50-tui.sh CORPUS_FOLDER HELPKIT_BINARY}
helpkit=${2:?usage: bench/50-tui.sh CORPUS_FOLDER HELPKIT_BINARY}
runs=${TUI_BENCH_RUNS:-5}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/helpkit-tui-bench.XXXXXX")
socket=helpkit-tui-bench-$$
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
article=$corpus/ja-JP/change-exchange-online-plans.md
unset LANGUAGE LC_ALL LC_MESSAGES NO_COLOR TMUX
export LANG=C.UTF-8

command -v tmux >/dev/null || { echo "== 50-tui: skipped, tmux is not installed"; exit 0; }
helpkit=$(cd "$(dirname "$helpkit")" && pwd)/$(basename "$helpkit")

now_us() { local t=${EPOCHREALTIME/./}; echo "${t#0}"; }
tm() { tmux -L "$socket" -f /dev/null "$@"; }
screen() { tm capture-pane -p -t bench 2>/dev/null || true; }

# Waits until "$@" succeeds, polling every few milliseconds; fails after 30 s.
wait_until() {
  local deadline=$(($(now_us) + 30000000))
  until "$@"; do
    (($(now_us) < deadline)) || { echo "50-tui: timed out waiting for: $*" >&2; return 1; }
    sleep 0.002
  done
}
lines_in() { [[ -f $1 ]] && wc -l <"$1" || echo 0; }
has_lines() { (($(lines_in "$1") >= $2)); }
screen_has() { screen | grep -qF -- "$1"; }
screen_differs() { [[ "$(screen)" != "$1" ]]; }
session_gone() { ! tm has-session -t bench 2>/dev/null; }

start_session() { tm new-session -d -s bench -x 80 -y 24 -e LANG=C.UTF-8 -e "HELPKIT_TUI_TIMINGS=${timings:-}" "$@"; }

# Median, 95th percentile and maximum of numbers on stdin, in ms.
summary() { sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) { print "n/a"; exit }
  printf "median %.2f, p95 %.2f, max %.2f ms (%d)", a[int((NR + 1) / 2)], a[int(NR * 0.95 + 0.999)], a[NR], NR }'; }
median() { sort -n | awk '{ a[NR] = $1 } END { printf "%.1f", a[int((NR + 1) / 2)] }'; }

# The keys one run sends, one at a time, each waited for in the timing log:
# moving through the list, a topic full screen, locales, the review, search.
keys=(Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down
      PageDown PageDown PageDown End Home L L L Enter PageDown PageDown End Home Escape ? x R n n N Escape
      Up Up Up Up Up)

# Runs the TUI with "$@" $runs times; prints the in-process first frame, the
# launch-to-frame wall time, key redraws and the external time to screen.
tui_case() {
  local label=$1; shift
  local first=() wall=() outside=() keyfile=$work/keys-$label resize=$work/resize-$label
  : >"$keyfile"; : >"$resize"
  for ((run = 0; run < runs; run++)); do
    timings=$work/timings-$label-$run
    local start; start=$(now_us)
    start_session "$helpkit" tui "$@"
    wait_until screen_has " helpkit"
    outside+=($(($(now_us) - start)))
    wait_until has_lines "$timings" 1
    read -r _ in_process shown_at <"$timings"
    first+=("$in_process")
    wall+=($((${shown_at/./} - start)))
    local expected=1
    for key in "${keys[@]}"; do
      tm send-keys -t bench "$key"
      expected=$((expected + 1))
      wait_until has_lines "$timings" "$expected"
    done
    tm resize-window -t bench -x 100 -y 30
    wait_until has_lines "$timings" $((expected + 1))
    tm send-keys -t bench q
    wait_until session_gone
    sed -n 's/^key [^ ]* //p' "$timings" >>"$keyfile"
    sed -n 's/^resize //p' "$timings" >>"$resize"
  done
  printf '%-28s first frame %8s ms in process, %8s ms from launch (median of %s; target < 150 ms)\n' "$label" \
    "$(printf '%s\n' "${first[@]}" | median)" "$(printf '%s\n' "${wall[@]}" | awk '{ print $1 / 1000 }' | median)" "$runs"
  printf '%-28s key redraw  %s; resize %s (target < 16 ms)\n' "" "$(summary <"$keyfile")" "$(summary <"$resize")"
  printf '%-28s launch to text on screen, polled from outside: %s ms\n' "" \
    "$(printf '%s\n' "${outside[@]}" | awk '{ print $1 / 1000 }' | median)"
}

# less on one article, timed from outside like helpkit tui: launch to its
# first line on screen, and PageDown to a changed screen.
less_case() {
  local launch=() page=() before start
  for ((run = 0; run < runs; run++)); do
    timings=""
    start=$(now_us)
    start_session less "$article"
    wait_until screen_has "title:"
    launch+=($(($(now_us) - start)))
    before=$(screen)
    start=$(now_us)
    tm send-keys -t bench PageDown
    wait_until screen_differs "$before"
    page+=($(($(now_us) - start)))
    tm send-keys -t bench q
    wait_until session_gone
  done
  printf '%-28s launch to text on screen %s ms, PageDown to a changed screen %s ms (medians, polled from outside)\n' \
    "baseline: less on an article" "$(printf '%s\n' "${launch[@]}" | awk '{ print $1 / 1000 }' | median)" \
    "$(printf '%s\n' "${page[@]}" | awk '{ print $1 / 1000 }' | median)"
}

# A session that lives through all runs, so that no run pays for starting the tmux server.
tm new-session -d -s keeper -x 80 -y 24 "sleep 100000"
files=$(find "$corpus" -name '*.md' | wc -l)
echo "== 50-tui: terminal UI at 80x24 under tmux ($files articles in $corpus, $runs runs each)"
tui_case "direct parse of the corpus" "$corpus" --locale ja-JP
if "$helpkit" --help 2>&1 | grep -qE '^ +build +'; then
  "$helpkit" build "$corpus" --locales "$here/locales" -o "$work/corpus.sqlite" >/dev/null 2>&1
  tui_case "catalog of the corpus" --catalog "$work/corpus.sqlite" --locale ja-JP
fi
less_case
