#!/usr/bin/env bash
# Checking: `helpkit check --format json` over the whole corpus beside the
# parse alone, run here too (`helpkit roundtrip`: read, parse and print every
# file in memory), each the median of BENCH_RUNS runs (default 5) after one
# warm-up run; then the findings per rule. Exits 1 when a target is missed.
# Usage: bench/20-check.sh CORPUS_FOLDER HELPKIT_BINARY
# Targets (issue 3): the check costs at most 2x the parse; peak RSS < 150 MB.
set -euo pipefail
corpus=${1:?usage: $0 CORPUS_FOLDER HELPKIT_BINARY}
helpkit=${2:?usage: $0 CORPUS_FOLDER HELPKIT_BINARY}
runs=${BENCH_RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The middle of the numbers on stdin (the upper one of an even count).
median() { sort -g | awk '{ values[NR] = $1 } END { print values[int(NR / 2) + 1] }'; }

# run NAME COMMAND...: one timed run, appended to $work/NAME.times as
# "wall-ns user-s system-s peak-KB". The check exits 1 when a finding is an
# error: that is a result, not a failed run.
run() {
  local name=$1 status=0 start end
  shift
  start=$(date +%s%N)
  /usr/bin/time -q -f '%U %S %M' -o "$work/$name.time" "$@" >/dev/null 2>&1 || status=$?
  end=$(date +%s%N)
  [ "$status" -le 1 ] || { echo "20-check: '$*' failed with status $status" >&2; exit 2; }
  echo "$((end - start)) $(cat "$work/$name.time")" >>"$work/$name.times"
}

# summary NAME: "median-wall-s median-cpu-s peak-rss-MB" of NAME's runs.
summary() {
  echo "$(awk '{ printf "%.3f\n", $1 / 1e9 }' "$work/$1.times" | median)" \
    "$(awk '{ printf "%.2f\n", $2 + $3 }' "$work/$1.times" | median)" \
    "$(awk '$4 > rss { rss = $4 } END { printf "%.1f", rss / 1024 }' "$work/$1.times")"
}

# One warm-up run each, then the two interleaved, so that whatever else the
# machine does weighs on both alike.
"$helpkit" roundtrip "$corpus" >/dev/null 2>&1
"$helpkit" check --format json "$corpus" >"$work/check.out" 2>/dev/null || [ $? -eq 1 ]
for ((i = 0; i < runs; i++)); do
  run parse "$helpkit" roundtrip "$corpus"
  run check "$helpkit" check --format json "$corpus"
done
read -r parse_wall parse_cpu parse_rss < <(summary parse)
read -r check_wall check_cpu check_rss < <(summary check)

failed=0
row() { # MEASUREMENT VALUE BASELINE TARGET CONDITION
  local result=PASS
  awk "BEGIN { exit !($5) }" || { result=FAIL; failed=1; }
  printf '%-34s %10s %22s %10s %6s\n' "$1" "$2" "$3" "$4" "$result"
}
printf '\n== 20-check: %s files, median of %s runs ==\n' "$(find "$corpus" -name '*.md' | wc -l)" "$runs"
printf '%-34s %10s %22s %10s %6s\n' measurement value baseline target result
row "check wall s (x parse)" "$check_wall" "parse $parse_wall" "<= 2x" "$check_wall <= 2 * $parse_wall"
row "check CPU s (x parse)" "$check_cpu" "parse $parse_cpu" "<= 2x" "$check_cpu <= 2 * $parse_cpu"
row "check peak RSS MB" "$check_rss" "parse $parse_rss" "< 150" "$check_rss < 150"
echo
echo "findings per rule:"
python3 - "$work/check.out" <<'PY'
import collections, json, sys
findings = json.load(open(sys.argv[1]))["findings"]
counts = collections.Counter((f["ruleID"], f["severity"]) for f in findings)
for (rule, severity), count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
    print(f"{count:8d}  {rule} ({severity})")
print(f"{len(findings):8d}  in all")
PY
exit "$failed"
