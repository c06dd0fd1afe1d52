#!/usr/bin/env bash
# The check over a whole corpus beside the parse alone, in one invocation:
# wall time and peak RSS of `helpkit check --format json` and of
# `helpkit roundtrip` (parse and print every file in memory: the parse-only
# baseline), the ratio of the two, and the findings per rule.
#
#   bench/20-check.sh CORPUS_FOLDER HELPKIT_BINARY
#
# Targets (issue 3): the check costs at most 2x the parse, peak RSS < 150 MB.
set -euo pipefail

corpus=${1:?usage: $0 CORPUS_FOLDER HELPKIT_BINARY}
helpkit=${2:?usage: $0 CORPUS_FOLDER HELPKIT_BINARY}
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs a command $runs times; prints the median wall seconds and the largest
# peak RSS in MB. The check exits 1 when a finding is an error: that is a
# result, not a failure of the run.
measure() {
    local name=$1
    shift
    for _ in $(seq "$runs"); do
        /usr/bin/time -q -f "%e %M" -o "$work/$name.time" -a "$@" >"$work/$name.out" 2>/dev/null || [ $? -eq 1 ]
    done
    sort -n "$work/$name.time" | awk -v runs="$runs" '
        { wall[NR] = $1; if ($2 > rss) rss = $2 }
        END { printf "%.3f %.1f\n", wall[int((runs + 1) / 2)], rss / 1024 }'
}

files=$(find "$corpus" -name '*.md' | wc -l)
read -r parse_wall parse_rss < <(measure roundtrip "$helpkit" roundtrip "$corpus")
read -r check_wall check_rss < <(measure check "$helpkit" check --format json "$corpus")

echo "== check: $files files, median of $runs runs"
printf '%-28s %10s %14s\n' "" "wall (s)" "peak RSS (MB)"
printf '%-28s %10s %14s\n' "parse alone (roundtrip)" "$parse_wall" "$parse_rss"
printf '%-28s %10s %14s\n' "check --format json" "$check_wall" "$check_rss"
awk -v check="$check_wall" -v parse="$parse_wall" -v rss="$check_rss" 'BEGIN {
    ratio = check / parse
    printf "check / parse: %.2fx (target <= 2x: %s); check peak RSS %s MB (target < 150: %s)\n",
        ratio, ratio <= 2 ? "met" : "MISSED", rss, rss < 150 ? "met" : "MISSED"
}'
echo "== findings per rule"
python3 - "$work/check.out" <<'PY'
import collections, json, sys
findings = json.load(open(sys.argv[1]))["findings"]
counts = collections.Counter((f["ruleID"], f["severity"]) for f in findings)
for (rule, severity), count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
    print(f"{count:8d}  {rule} ({severity})")
print(f"{len(findings):8d}  in all")
PY
