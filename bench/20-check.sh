#!/usr/bin/env bash
# Checking: `helpkit check --format json` over the whole corpus beside the
# parse alone, run here too (`helpkit roundtrip`: read, parse and print every
# file in memory), and the HTML review report (`--format html`, which also
# counts the statistics of `helpkit stats`) beside the JSON, each the median
# of BENCH_RUNS runs (default 5) after one warm-up run; then the findings per
# rule. Exits 1 when a target is missed.
# Usage: bench/20-check.sh CORPUS_FOLDER HELPKIT_BINARY
# Targets (issue 3): the check costs at most 2x the parse; peak RSS < 150 MB.
# Targets (issue 11): the HTML report costs at most 1.25x the JSON one; peak RSS < 150 MB.
# Targets (issue 12): the check costs at most 1.3x `helpkit units`; peak RSS < 60 MB.
set -euo pipefail
corpus=${1:?usage: $0 CORPUS_FOLDER HELPKIT_BINARY}
helpkit=${2:?usage: $0 CORPUS_FOLDER HELPKIT_BINARY}
runs=${BENCH_RUNS:-5}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=bench/lib/measure.sh
source "$here/lib/measure.sh"

# One warm-up run each, then the three interleaved, so that whatever else the
# machine does weighs on both alike. The check exits 1 when a finding is an
# error: that is a result, not a failed run.
"$helpkit" roundtrip "$corpus" >/dev/null 2>&1
"$helpkit" check --format json "$corpus" >"$BENCH_WORK/check.out" 2>/dev/null || [ $? -eq 1 ]
html=$BENCH_WORK/review.html
"$helpkit" check --format html --output "$html" "$corpus" 2>/dev/null || [ $? -eq 1 ]
for ((i = 0; i < runs; i++)); do
  bench_run parse "$helpkit" roundtrip "$corpus"
  bench_run units "$helpkit" units "$corpus"
  bench_run check "$helpkit" check --format json "$corpus"
  bench_run html "$helpkit" check --format html --output "$html" "$corpus"
done
bench_summary parse
parse_wall=$MEASURED_WALL parse_cpu=$MEASURED_CPU parse_rss=$(bench_round 1 "$MEASURED_RSS_KB / 1024")
bench_summary units
units_wall=$MEASURED_WALL
bench_summary check
check_wall=$MEASURED_WALL check_cpu=$MEASURED_CPU check_rss=$(bench_round 1 "$MEASURED_RSS_KB / 1024")
bench_summary html
html_wall=$MEASURED_WALL html_cpu=$MEASURED_CPU html_rss=$(bench_round 1 "$MEASURED_RSS_KB / 1024")

bench_header "20-check: $(find "$corpus" -name '*.md' | wc -l) files, median of $runs runs"
bench_row "check wall s (x parse)" "$check_wall" "parse $parse_wall" "$(bench_round 2 "$check_wall / $parse_wall")x" \
  "<= 2x" "$check_wall <= 2 * $parse_wall"
bench_row "check CPU s (x parse)" "$check_cpu" "parse $parse_cpu" "$(bench_round 2 "$check_cpu / $parse_cpu")x" \
  "<= 2x" "$check_cpu <= 2 * $parse_cpu"
bench_row "check peak RSS MB" "$check_rss" "parse $parse_rss" - "< 60" "$check_rss < 60"
bench_row "check wall s (x units)" "$check_wall" "units $units_wall" "$(bench_round 2 "$check_wall / $units_wall")x" \
  "<= 1.3x" "$check_wall <= 1.3 * $units_wall"
bench_row "html report wall s (x json)" "$html_wall" "json $check_wall" "$(bench_round 2 "$html_wall / $check_wall")x" \
  "<= 1.25x" "$html_wall <= 1.25 * $check_wall"
bench_row "html report CPU s (x json)" "$html_cpu" "json $check_cpu" "$(bench_round 2 "$html_cpu / $check_cpu")x" \
  "<= 1.25x" "$html_cpu <= 1.25 * $check_cpu"
bench_row "html report peak RSS MB" "$html_rss" "json $check_rss" - "< 150" "$html_rss < 150"
bench_row "html report size MB" "$(bench_round 1 "$(stat -c %s "$html") / 1048576")" \
  "json $(bench_round 1 "$(stat -c %s "$BENCH_WORK/check.out") / 1048576")" - -
echo
echo "findings per rule:"
python3 - "$BENCH_WORK/check.out" <<'PY'
import collections, json, sys
findings = json.load(open(sys.argv[1]))["findings"]
counts = collections.Counter((f["ruleID"], f["severity"]) for f in findings)
for (rule, severity), count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
    print(f"{count:8d}  {rule} ({severity})")
print(f"{len(findings):8d}  in all")
PY
exit "$BENCH_FAILED"
