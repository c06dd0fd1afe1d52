#!/usr/bin/env bash
# Parsing: the whole corpus into the model in-process (helpkit-bench parse), and
# `helpkit units` end to end beside its two baselines, run here too: cat of the
# same files (the I/O floor) and bench/lxml_units.py (what a user would write:
# PyYAML for the front matter, lxml for the spans).
# The front matter's share of a one-core parse is the parse with its YAML read
# against the parse without; the row after it is the least that share could be
# for any reader on libyaml's events (libyaml pulling the same events bare).
# Usage: bench/10-parse.sh CORPUS_FOLDER HELPKIT_BINARY (helpkit-bench beside it).
set -euo pipefail
corpus=$1
helpkit=$2
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=bench/lib/measure.sh
source "$here/lib/measure.sh"
runs=${BENCH_RUNS:-5}
bench=$(bench_binary "$helpkit" 10-parse)

# (a) In process: files, bytes, units, seconds, *_per_s and peak_rss_kb.
declare -A parse
while IFS='=' read -r key value; do parse[$key]=$value; done < <("$bench" parse --runs "$runs" "$corpus")

# (b) End to end: one warm-up run each, which also counts the units (both
# tools must find the same ones, or the comparison means nothing), then the
# three interleaved, each a median of $runs runs.
cat_files=(sh -c 'find "$1" -name "*.md" -print0 | xargs -0 cat' sh "$corpus")
units_lines=$("$helpkit" units "$corpus" 2>/dev/null | wc -l || true)
lxml_lines=$(python3 "$here/lxml_units.py" "$corpus" | wc -l)
"${cat_files[@]}" >/dev/null
for ((run = 0; run < runs; run++)); do
  bench_run units "$helpkit" units "$corpus"
  bench_run cat "${cat_files[@]}"
  bench_run lxml python3 "$here/lxml_units.py" "$corpus"
done
bench_summary units
units_wall=$MEASURED_WALL units_cpu=$MEASURED_CPU units_rss=$MEASURED_RSS_KB
bench_summary cat
cat_wall=$MEASURED_WALL
bench_summary lxml
lxml_wall=$MEASURED_WALL lxml_rss=$MEASURED_RSS_KB

megabytes=$(bench_round 1 "${parse[bytes]} / 1e6")
bench_header "10-parse: ${parse[files]} files, $megabytes MB, units found: helpkit $units_lines, lxml $lxml_lines"
bench_row "parse in-process: files/s" "$(bench_round 0 "${parse[files_per_s]}")" - - -
bench_row "parse in-process: MB/s" "$(bench_round 1 "${parse[mb_per_s]}")" \
  "cat $(bench_round 1 "${parse[bytes]} / 1e6 / $cat_wall")" - -
bench_row "parse in-process: units/s" "$(bench_round 0 "${parse[units_per_s]}")" - - -
bench_row "parse in-process: peak RSS MB" "$(bench_round 1 "${parse[peak_rss_kb]} / 1024")" - - "< 100" \
  "${parse[peak_rss_kb]} < 100 * 1024"
bench_row "units end to end: s vs lxml" "$units_wall" "lxml $lxml_wall" \
  "$(bench_round 1 "$lxml_wall / $units_wall")x faster" ">= 12x" "$lxml_wall / $units_wall >= 12"
bench_row "units end to end: s vs cat" "$units_wall" "cat $cat_wall" \
  "$(bench_round 2 "$units_wall / $cat_wall")x cat" "<= 1.5x" "$units_wall / $cat_wall <= 1.5"
if [ "${parse[files]}" -ge 100 ]; then
  bench_row "units: cores used (CPU s / wall s)" "$(bench_round 2 "$units_cpu / $units_wall")" - - "> 1.3" \
    "$units_cpu / $units_wall > 1.3"
fi
one_core=${parse[one_core_seconds]}
without=${parse[one_core_without_front_matter_seconds]}
floor=${parse[libyaml_events_one_core_seconds]}
bench_row "parse on one core: front matter share" "$(bench_round 0 "100 * ($one_core - $without) / $one_core")%" \
  "parse $one_core s, without YAML $without s" - "<= 15%" "($one_core - $without) / $one_core <= 0.15"
bench_row "libyaml events alone: least share" "$(bench_round 0 "100 * $floor / ($without + $floor)")%" \
  "libyaml $floor s" - -
bench_row "units: peak RSS MB" "$(bench_round 1 "$units_rss / 1024")" "lxml $(bench_round 1 "$lxml_rss / 1024")" - "< 100" \
  "$units_rss < 100 * 1024"
[ "$units_lines" -eq "$lxml_lines" ] || { echo "10-parse: helpkit and lxml disagree on the unit count" >&2; BENCH_FAILED=1; }
exit "$BENCH_FAILED"
