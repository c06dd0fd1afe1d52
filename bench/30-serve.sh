#!/usr/bin/env bash
# Help serving on the whole corpus: catalog build, cold-process `helpkit help`,
# in-process lookups and search latency (helpkit-bench serve), each beside a
# baseline run here.
#   bench/30-serve.sh CORPUS_FOLDER HELPKIT_BINARY (helpkit-bench beside it)
set -euo pipefail

corpus=${1:?usage: bench/30-serve.sh CORPUS_FOLDER HELPKIT_BINARY}
helpkit=${2:?usage: bench/30-serve.sh CORPUS_FOLDER HELPKIT_BINARY}
runs=${SERVE_BENCH_RUNS:-50}
here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib/measure.sh
source "$here/bench/lib/measure.sh"
bench=$(bench_binary "$helpkit" 30-serve)
catalog=$BENCH_WORK/corpus.sqlite
article=$corpus/ja-JP/restore-deleted-public-folder.md
unset LANGUAGE LC_ALL LC_MESSAGES
export LANG=C.UTF-8

now_us() { local t=${EPOCHREALTIME/./}; echo "${t#0}"; }

# median_ms COMMAND [ARG...]: the median wall time in milliseconds of $runs runs
# of COMMAND, its output discarded. Timed here rather than by bench_run: these
# commands take a few milliseconds, less than /usr/bin/time's own start.
median_ms() {
  for ((i = 0; i < runs; i++)); do
    local start end
    start=$(now_us); "$@" >/dev/null 2>&1 || true; end=$(now_us)
    echo $((end - start))
  done | bench_median | awk '{ printf "%.2f", $1 / 1000 }'
}

# measure_once NAME COMMAND [ARG...]: one timed run; sets MEASURED_* (bench_summary).
measure_once() {
  bench_run "$@"
  bench_summary "$1"
}

files=$(find "$corpus" -name '*.md' | wc -l)
echo "== 30-serve: catalog, help, lookups, search ($files articles in $corpus)"

# Catalog build, beside reading the same files (cat, the I/O floor) and parsing them (helpkit units).
measure_once build "$helpkit" build "$corpus" --locales "$here/locales" -o "$catalog"
build_s=$MEASURED_WALL rss_mb=$((MEASURED_RSS_KB / 1024))
measure_once cat sh -c "find '$corpus' -name '*.md' -exec cat {} + >/dev/null"
cat_s=$MEASURED_WALL
measure_once units "$helpkit" units "$corpus"
units_s=$MEASURED_WALL
size_mb=$(du -m "$catalog" | cut -f1)
catalog_bytes=$(stat -c %s "$catalog")
corpus_bytes=$(find "$corpus" -name '*.md' -exec cat {} + | wc -c)
# The bundled content/ as a host app ships it.
"$helpkit" build "$here/content" --locales "$here/locales" -o "$BENCH_WORK/content.sqlite" >/dev/null 2>&1
content_kb=$(( $(stat -c %s "$BENCH_WORK/content.sqlite") / 1024 ))
printf '%-34s %10s s   peak RSS %s MB, %s MB file   | cat of the corpus %s s, helpkit units %s s\n' \
  "catalog build" "$build_s" "$rss_mb" "$size_mb" "$cat_s" "$units_s"

# Cold process: the whole `helpkit help` against `cat` of the article it shows.
help_ms=$(median_ms "$helpkit" help restore-deleted-public-folder --catalog "$catalog" --locale ja)
shared_ms=$(median_ms "$helpkit" help 3500007 --catalog "$catalog" --locale ja)
cat_ms=$(median_ms cat "$article")
start_ms=$(median_ms "$helpkit" --help)
ratio=$(awk -v a="$help_ms" -v b="$cat_ms" 'BEGIN { printf "%.1f", a / b }')
printf '%-34s %10s ms  (median of %s; target < 20 ms, <= 3x cat) | cat of the article %s ms: %sx; helpkit --help %s ms\n' \
  "help, cold process" "$help_ms" "$runs" "$cat_ms" "$ratio" "$start_ms"
printf '%-34s %10s ms  (21 topics listed)\n' "help on a shared context, cold" "$shared_ms"

# In-process lookups (every slug, context id and action), beside what a script
# would do instead: Python's sqlite3 fetching each slug's article row.
serve=$("$bench" serve --catalog "$catalog" --locale ja --seconds 2)
lookups=$(sed -n 's/^lookups_per_s=//p' <<<"$serve")
lookups_cpu=$(sed -n 's/^lookups_per_cpu_s=//p' <<<"$serve")
python_lookups=$(python3 - "$catalog" <<'PY'
import sqlite3, sys, time
db = sqlite3.connect(f"file:{sys.argv[1]}?immutable=1", uri=True)
slugs = [row[0] for row in db.execute("SELECT slug FROM topics")]
query = ("SELECT a.title, a.markdown FROM articles a JOIN topics t ON t.id = a.topic "
         "JOIN locales l ON l.id = a.locale WHERE t.slug = ? AND l.tag = 'ja-JP'")
count, start = 0, time.perf_counter()
while time.perf_counter() - start < 2:
    for slug in slugs:
        db.execute(query, (slug,)).fetchone()
        count += 1
print(int(count / (time.perf_counter() - start)))
PY
)
printf '%-34s %s   (%s per CPU second) | python3 sqlite3 point query %s/s\n' "topic lookups, in process" "$lookups" "$lookups_cpu" "$python_lookups"

# Search: in-process median over several queries, and cold process, beside grep -rl over the locale folder.
queries=(公開フォルダー 削除 "public folder" "reset password" PIN)
args=()
for query in "${queries[@]}"; do args+=(--query "$query"); done
search_ms=$("$bench" serve --catalog "$catalog" --seconds 0.01 --runs 20 "${args[@]}" | sed -n 's/^search_median_ms=//p')
search_cold_ms=$(median_ms "$helpkit" search 公開フォルダー --catalog "$catalog" --locale ja)
grep_ms=$(median_ms grep -rl 公開フォルダー "$corpus/ja-JP")
printf '%-34s %10.2f ms  (median, %s queries x 20) | cold process %s ms, grep -rl of the locale folder %s ms\n' \
  "search, in process" "$search_ms" "${#queries[@]}" "$search_cold_ms" "$grep_ms"

bench_header "30-serve: the catalog against its targets (issue 12)"
bench_row "catalog bytes (x the corpus)" "$catalog_bytes" "corpus $corpus_bytes" \
  "$(bench_round 2 "$catalog_bytes / $corpus_bytes")x" "<= 1.0x" "$catalog_bytes <= $corpus_bytes"
bench_row "catalog build s" "$build_s" "units $units_s" "$(bench_round 1 "$build_s / $units_s")x" "<= 1.5" "$build_s <= 1.5"
bench_row "bundled content catalog KB" "$content_kb" - - "< 200" "$content_kb < 200"
bench_row "help, cold process ms" "$help_ms" "cat $cat_ms" "$ratio""x" "< 20" "$help_ms < 20"
bench_row "lookups per CPU second" "$lookups_cpu" "python $python_lookups/s" - ">= 200000" "$lookups_cpu >= 200000"
exit "$BENCH_FAILED"
