#!/usr/bin/env bash
# The translation loop on the whole corpus, beside the parse and the check run
# here too, each the median of BENCH_RUNS runs (default 5) after one warm-up:
# `export` (XLIFF 2.0) and `import` of that export (no edit: every file stays
# as it is), each against the parse (`helpkit roundtrip`); and
# `update --dry-run --report json` against the check, with the corpus's
# newest English (the `helpkit source` of each topic's ja-JP article) as the
# English folder. Then where the export's CPU time goes (helpkit-bench
# export): the parse, the check export must run, the exchange articles, the
# XLIFF written. Exits 1 when a target is missed.
# Usage: bench/60-exchange.sh CORPUS_FOLDER HELPKIT_BINARY (helpkit-bench beside it)
# Targets: export and import at most 2x the parse, peak RSS under 150 MB
# (issue 9); update at most 1.5x the check (issue 10).
set -euo pipefail
corpus=${1:?usage: $0 CORPUS_FOLDER HELPKIT_BINARY}
helpkit=${2:?usage: $0 CORPUS_FOLDER HELPKIT_BINARY}
runs=${BENCH_RUNS:-5}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=bench/lib/measure.sh
source "$here/lib/measure.sh"
bench=$(bench_binary "$helpkit" 60-exchange)

# The English folder update reads, made once.
english="$BENCH_WORK/en-US"
mkdir -p "$english"
for article in "$corpus"/ja-JP/*.md; do
  "$helpkit" source "$article" >"$english/$(basename "$article")" 2>/dev/null || true
done
translations="$BENCH_WORK/translations"
mkdir -p "$translations"
cp -r "$corpus"/fr-FR "$corpus"/sv-SE "$translations"/

"$helpkit" roundtrip "$corpus" >/dev/null 2>&1
"$helpkit" export "$corpus" -o "$BENCH_WORK/out" >/dev/null 2>&1 || [ $? -eq 1 ]
for ((i = 0; i < runs; i++)); do
  bench_run parse "$helpkit" roundtrip "$corpus"
  bench_run export "$helpkit" export "$corpus" -o "$BENCH_WORK/out"
  bench_run import "$helpkit" import "$BENCH_WORK"/out/*.xlf --into "$corpus"
  bench_run check "$helpkit" check --format json "$translations"
  bench_run update "$helpkit" update "$translations" --english "$english" --dry-run --report json
done
for name in parse export import check update; do
  bench_summary "$name"
  printf -v "${name}_wall" '%s' "$MEASURED_WALL"
  printf -v "${name}_rss" '%s' "$(bench_round 1 "$MEASURED_RSS_KB / 1024")"
done

bench_header "60-exchange: $(find "$corpus" -name '*.md' | wc -l) files, median of $runs runs"
for name in export import; do
  wall=${name}_wall rss=${name}_rss
  bench_row "$name wall s (x parse)" "${!wall}" "parse $parse_wall" "$(bench_round 2 "${!wall} / $parse_wall")x" \
    "<= 2x" "${!wall} <= 2 * $parse_wall"
  bench_row "$name peak RSS MB" "${!rss}" "parse $parse_rss" - "< 150" "${!rss} < 150"
done
bench_row "update --dry-run wall s (x check)" "$update_wall" "check $check_wall" "$(bench_round 2 "$update_wall / $check_wall")x" \
  "<= 1.5x" "$update_wall <= 1.5 * $check_wall"
bench_row "update peak RSS MB" "$update_rss" "check $check_rss" - "-"

# Each stage with those before it, CPU seconds on every core: export cannot
# cost less than its check, whose findings are the units' notes and states.
declare -A stage_cpu
while IFS='=' read -r key value; do
  stage_cpu[${key%_cpu_seconds}]=$value
done < <("$bench" export --runs "$runs" "$corpus")
parse_cpu=${stage_cpu[parse]}
bench_header "60-exchange: export's CPU by stage (helpkit-bench export), median of $runs runs"
bench_row "parse CPU s" "$parse_cpu" - - -
for stage in check exchange export; do
  cpu=${stage_cpu[$stage]}
  bench_row "+ $stage CPU s (x parse)" "$cpu" "parse $parse_cpu" "$(bench_round 2 "$cpu / $parse_cpu")x" -
done
exit "$BENCH_FAILED"
