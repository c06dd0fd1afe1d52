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
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=bench/lib/measure.sh
source "$here/lib/measure.sh"

# One warm-up run each, then the two interleaved, so that whatever else the
# machine does weighs on both alike. The check exits 1 when a finding is an
# error: that is a result, not a failed run.
"$helpkit" roundtrip "$corpus" >/dev/null 2>&1
"$helpkit" check --format json "$corpus" >"$BENCH_WORK/check.out" 2>/dev/null || [ $? -eq 1 ]
for ((i = 0; i < runs; i++)); do
  bench_run parse "$helpkit" roundtrip "$corpus"
  bench_run check "$helpkit" check --format json "$corpus"
done
bench_summary parse
parse_wall=$MEASURED_WALL parse_cpu=$MEASURED_CPU parse_rss=$(bench_round 1 "$MEASURED_RSS_KB / 1024")
bench_summary check
check_wall=$MEASURED_WALL check_cpu=$MEASURED_CPU check_rss=$(bench_round 1 "$MEASURED_RSS_KB / 1024")

bench_header "20-check: $(find "$corpus" -name '*.md' | wc -l) files, median of $runs runs"
bench_row "check wall s (x parse)" "$check_wall" "parse $parse_wall" "$(bench_round 2 "$check_wall / $parse_wall")x" \
  "<= 2x" "$check_wall <= 2 * $parse_wall"
bench_row "check CPU s (x parse)" "$check_cpu" "parse $parse_cpu" "$(bench_round 2 "$check_cpu / $parse_cpu")x" \
  "<= 2x" "$check_cpu <= 2 * $parse_cpu"
bench_row "check peak RSS MB" "$check_rss" "parse $parse_rss" - "< 150" "$check_rss < 150"
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
