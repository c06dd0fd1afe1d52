# Helpers the bench/[0-9][0-9]-*.sh scripts share: timing by median, and the
# result table every script prints. Source it; it defines functions only.

# bench_measure RUNS COMMAND [ARG...]
# Runs COMMAND once to warm the caches, then RUNS times, its output discarded.
# Sets MEASURED_WALL and MEASURED_CPU (median seconds: wall, user+sys) and
# MEASURED_RSS_KB (largest peak resident set, from GNU time's %M). Exit statuses
# 0 and 1 count as a run (helpkit exits 1 when a file has an error); others stop.
bench_measure() {
  local runs=$1 i start end status
  shift
  local report walls="" cpus="" rss=0 user system peak
  report=$(mktemp)
  "$@" >/dev/null 2>&1 || true
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    status=0
    /usr/bin/time -f '%U %S %M' -o "$report" "$@" >/dev/null 2>&1 || status=$?
    end=$(date +%s%N)
    if [ "$status" -gt 1 ]; then
      echo "bench: '$*' failed with status $status" >&2
      rm -f "$report"
      return 1
    fi
    read -r user system peak < <(tail -n 1 "$report")
    walls+="$(awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }') "
    cpus+="$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }') "
    [ "$peak" -gt "$rss" ] && rss=$peak
  done
  rm -f "$report"
  MEASURED_WALL=$(bench_median $walls)
  MEASURED_CPU=$(bench_median $cpus)
  MEASURED_RSS_KB=$rss
}

# bench_median NUMBER... : the middle value (the upper one of an even count).
bench_median() {
  printf '%s\n' "$@" | sort -g | awk '{ values[NR] = $1 } END { print values[int(NR / 2) + 1] }'
}

# bench_round DECIMALS EXPRESSION : evaluates an awk expression, rounded.
bench_round() {
  awk "BEGIN { printf \"%.$1f\", $2 }"
}

BENCH_FAILED=0
BENCH_ROW_FORMAT='%-36s %14s %22s %16s %12s %6s\n'

# bench_header TITLE : the title line and the column names.
bench_header() {
  printf '\n== %s ==\n' "$1"
  # shellcheck disable=SC2059
  printf "$BENCH_ROW_FORMAT" measurement value baseline ratio target result
}

# bench_row MEASUREMENT VALUE BASELINE RATIO TARGET [CONDITION]
# "-" where a column does not apply. CONDITION is an awk expression that holds
# when the target is met: the row says PASS, or FAIL and sets BENCH_FAILED=1.
bench_row() {
  local result=-
  if [ $# -ge 6 ]; then
    if awk "BEGIN { exit !($6) }"; then result=PASS; else result=FAIL; BENCH_FAILED=1; fi
  fi
  # shellcheck disable=SC2059
  printf "$BENCH_ROW_FORMAT" "$1" "$2" "$3" "$4" "$5" "$result"
}
