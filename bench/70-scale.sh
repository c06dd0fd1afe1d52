#!/usr/bin/env bash
# Scale: a help set of SCALE_LOCALES locales (default 40) made from the corpus
# in a temporary folder (copies of its three locale folders, each under
# another real tag, with ms.contentlocale rewritten to it), measured beside
# the corpus itself: check (JSON, and streamed as JSON Lines), units, build,
# cold help and search. Shows how cost grows with size; exits 1 when a target
# is missed.
# Usage: bench/70-scale.sh CORPUS_FOLDER HELPKIT_BINARY
# Targets (issue 12): check within 1.2x of the corpus time times the file
# ratio, so cost stays linear; check peak RSS < 150 MB; build < 25 s; the
# catalog at most the set's bytes.
set -euo pipefail
corpus=${1:?usage: $0 CORPUS_FOLDER HELPKIT_BINARY}
helpkit=${2:?usage: $0 CORPUS_FOLDER HELPKIT_BINARY}
locales=${SCALE_LOCALES:-40}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=bench/lib/measure.sh
source "$here/lib/measure.sh"

# Real tags beyond the corpus's own three, in the order they are used.
tags=(de-DE es-ES it-IT pt-BR pt-PT nl-NL da-DK nb-NO fi-FI pl-PL cs-CZ sk-SK hu-HU ro-RO bg-BG el-GR tr-TR ru-RU
      uk-UA he-IL ar-SA th-TH vi-VN id-ID ms-MY ko-KR zh-CN zh-TW zh-HK hr-HR sl-SI sr-Latn-RS et-EE lv-LV lt-LT ca-ES eu-ES
      gl-ES hi-IN)
originals=()
for folder in "$corpus"/*/; do originals+=("$(basename "$folder")"); done
if [ "$locales" -gt $((${#originals[@]} + ${#tags[@]})) ]; then
  echo "70-scale: at most $((${#originals[@]} + ${#tags[@]})) locales" >&2
  exit 2
fi

set_folder=$BENCH_WORK/set
mkdir -p "$set_folder"
cp -r "$corpus"/. "$set_folder"/
for ((i = 0; i < locales - ${#originals[@]}; i++)); do
  tag=${tags[$i]} original=${originals[$((i % ${#originals[@]}))]}
  cp -r "$corpus/$original" "$set_folder/$tag"
  find "$set_folder/$tag" -name '*.md' -exec sed -i "s/^ms\.contentlocale: .*/ms.contentlocale: $tag/" {} +
done

corpus_files=$(find "$corpus" -name '*.md' | wc -l)
set_files=$(find "$set_folder" -name '*.md' | wc -l)
set_bytes=$(find "$set_folder" -name '*.md' -exec cat {} + | wc -c)
file_ratio=$(bench_round 3 "$set_files / $corpus_files")

# One run each: the set takes tens of seconds a command. The check exits 1 when a finding is an error.
for target in corpus set; do
  folder=$corpus
  [ "$target" = set ] && folder=$set_folder
  bench_run "$target-check" "$helpkit" check --format json "$folder"
  bench_run "$target-stream" "$helpkit" check --format jsonl "$folder"
  bench_run "$target-units" "$helpkit" units "$folder"
  bench_run "$target-build" "$helpkit" build "$folder" -o "$BENCH_WORK/$target.sqlite"
done

summary() {
  bench_summary "$1"
  echo "$MEASURED_WALL $(bench_round 1 "$MEASURED_RSS_KB / 1024")"
}
read -r corpus_check corpus_check_rss < <(summary corpus-check)
read -r set_check set_check_rss < <(summary set-check)
read -r corpus_stream corpus_stream_rss < <(summary corpus-stream)
read -r set_stream set_stream_rss < <(summary set-stream)
read -r corpus_units _ < <(summary corpus-units)
read -r set_units _ < <(summary set-units)
read -r corpus_build _ < <(summary corpus-build)
read -r set_build set_build_rss < <(summary set-build)
catalog_bytes=$(stat -c %s "$BENCH_WORK/set.sqlite")

now_us() { local t=${EPOCHREALTIME/./}; echo "${t#0}"; }
cold_ms() {
  local start end
  start=$(now_us); "$@" >/dev/null 2>&1 || true; end=$(now_us)
  bench_round 2 "($end - $start) / 1000"
}
help_corpus=$(cold_ms "$helpkit" help restore-deleted-public-folder --catalog "$BENCH_WORK/corpus.sqlite" --locale ja)
help_set=$(cold_ms "$helpkit" help restore-deleted-public-folder --catalog "$BENCH_WORK/set.sqlite" --locale ja)
search_corpus=$(cold_ms "$helpkit" search "public folder" --catalog "$BENCH_WORK/corpus.sqlite" --locale ja)
search_set=$(cold_ms "$helpkit" search "public folder" --catalog "$BENCH_WORK/set.sqlite" --locale ja)

bench_header "70-scale: $locales locales, $set_files files ($(bench_round 0 "$set_bytes / 1048576") MB), ${file_ratio}x the corpus's $corpus_files"
bench_row "check s (x corpus x file ratio)" "$set_check" "corpus $corpus_check" \
  "$(bench_round 2 "$set_check / ($corpus_check * $file_ratio)")x" "<= 1.2x" "$set_check <= 1.2 * $corpus_check * $file_ratio"
bench_row "check peak RSS MB" "$set_check_rss" "corpus $corpus_check_rss" - "< 150" "$set_check_rss < 150"
bench_row "check --format jsonl (streamed) s" "$set_stream" "corpus $corpus_stream" \
  "$(bench_round 2 "$set_stream / ($corpus_stream * $file_ratio)")x" -
bench_row "check --format jsonl peak RSS MB" "$set_stream_rss" "corpus $corpus_stream_rss" - -
bench_row "units s" "$set_units" "corpus $corpus_units" "$(bench_round 1 "$set_units / $corpus_units")x" - 
bench_row "build s" "$set_build" "corpus $corpus_build" "$(bench_round 1 "$set_build / $corpus_build")x" "< 25" "$set_build < 25"
bench_row "build peak RSS MB" "$set_build_rss" - - -
bench_row "catalog bytes (x the set)" "$catalog_bytes" "set $set_bytes" "$(bench_round 2 "$catalog_bytes / $set_bytes")x" \
  "<= 1.0x" "$catalog_bytes <= $set_bytes"
bench_row "help, cold process ms" "$help_set" "corpus $help_corpus" - -
bench_row "search, cold process ms" "$search_set" "corpus $search_corpus" - -
exit "$BENCH_FAILED"
