#!/usr/bin/env bash
# The terminal UI on the whole corpus, driven under tmux at 80x24: time to the
# first frame and each key's redraw, as the TUI logs them (HELPKIT_TUI_TIMINGS),
# with a catalog (the targets: first frame < 150 ms, a key's redraw < 16 ms)
# and reading the corpus folder directly (no target). Beside them, measured
# from outside by polling tmux: less showing one article. Exits 1 when a
# target is missed.
#   bench/50-tui.sh CORPUS_FOLDER HELPKIT_BINARY     (BENCH_RUNS: runs, default 5)
set -euo pipefail

corpus=${1:?usage: bench/50-tui.sh CORPUS_FOLDER HELPKIT_BINARY}
helpkit=${2:?usage: bench/50-tui.sh CORPUS_FOLDER HELPKIT_BINARY}
runs=${BENCH_RUNS:-5}
here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib/measure.sh
source "$here/bench/lib/measure.sh"
work=$BENCH_WORK
socket=helpkit-tui-bench-$$
# Replaces measure.sh's trap, so it removes the work folder too.
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

# Median (as bench_median takes it), 95th percentile and maximum of numbers on
# stdin (ms), and how many.
summary() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) { print "n/a"; exit }
  printf "median %.2f, p95 %.2f, max %.2f ms (%d)", a[int(NR / 2) + 1], a[int(NR * 0.95 + 0.999)], a[NR], NR }'; }
median() { bench_median | awk '{ printf "%.1f", $1 }'; }

# The keys one run sends, one at a time, each waited for in the timing log:
# moving through the list, a topic full screen, locales, the review, search.
keys=(Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down
      PageDown PageDown PageDown End Home L L L Enter PageDown PageDown End Home Escape ? x R n n N Escape
      Up Up Up Up Up)

ms() { awk '{ print $1 / 1000 }'; }

# Runs the TUI with "$@" $runs times and sets, for the rows below: the
# in-process first frame, launch to first frame, launch to text seen from
# outside (medians, ms), and the key and resize redraw summaries.
tui_case() {
  local first=() wall=() outside=() keyfile=$work/keys resize=$work/resize
  : >"$keyfile"; : >"$resize"
  for ((run = 0; run < runs; run++)); do
    timings=$work/timings-$run
    rm -f "$timings"
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
  first_ms=$(printf '%s\n' "${first[@]}" | median)
  launch_ms=$(printf '%s\n' "${wall[@]}" | ms | median)
  outside_ms=$(printf '%s\n' "${outside[@]}" | ms | median)
  key_p95=$(sort -n "$keyfile" | awk '{ a[NR] = $1 } END { printf "%.2f", a[int(NR * 0.95 + 0.999)] }')
  keys_summary=$(summary <"$keyfile")
  resize_summary=$(summary <"$resize")
}

# less on one article, timed from outside like helpkit tui: launch to its
# first line on screen, and PageDown to a changed screen (medians, ms).
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
  less_launch_ms=$(printf '%s\n' "${launch[@]}" | ms | median)
  less_page_ms=$(printf '%s\n' "${page[@]}" | ms | median)
}

failed=0
row() { # MEASUREMENT VALUE BASELINE TARGET CONDITION (no condition: no target)
  local result=""
  if [ -n "${5:-}" ]; then
    result=PASS
    awk "BEGIN { exit !($5) }" || { result=FAIL; failed=1; }
  fi
  printf '%-40s %10s %-34s %8s %6s\n' "$1" "$2" "$3" "$4" "$result"
}

# A session that lives through all runs, so that no run pays for starting the tmux server.
tm new-session -d -s keeper -x 80 -y 24 "sleep 100000"
"$helpkit" build "$corpus" --locales "$here/locales" -o "$work/corpus.sqlite" >/dev/null 2>&1
less_case
printf '\n== 50-tui: terminal UI at 80x24 under tmux, %s articles, median of %s runs (%s keys each) ==\n' \
  "$(find "$corpus" -name '*.md' | wc -l)" "$runs" "$((${#keys[@]} + 1))"
printf '%-40s %10s %-34s %8s %6s\n' measurement value baseline target result

tui_case --catalog "$work/corpus.sqlite" --locale ja-JP
row "catalog: first frame ms, in process" "$first_ms" "" "< 150" "$first_ms < 150"
row "catalog: first frame ms, from launch" "$launch_ms" "less, launch to text $less_launch_ms" "" ""
row "catalog: launch to text, polled" "$outside_ms" "less, launch to text $less_launch_ms" "" ""
row "catalog: key redraw ms, p95" "$key_p95" "less, PageDown polled $less_page_ms" "< 16" "$key_p95 < 16"
echo "  key redraws: $keys_summary; resize: $resize_summary"

tui_case "$corpus" --locale ja-JP
row "folder read directly: first frame ms" "$first_ms" "catalog above" "" ""
row "folder read directly: from launch ms" "$launch_ms" "less, launch to text $less_launch_ms" "" ""
row "folder read directly: key redraw ms, p95" "$key_p95" "less, PageDown polled $less_page_ms" "" ""
echo "  key redraws: $keys_summary; resize: $resize_summary"
exit "$failed"
