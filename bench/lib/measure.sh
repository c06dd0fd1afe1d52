# Helpers the bench/[0-9][0-9]-*.sh scripts share: timing by median, and the
# result table every script prints. Source it; it defines functions only.

# Timings are kept in a temporary folder, removed when the script exits.
BENCH_WORK=$(mktemp -d)
trap 'rm -rf "$BENCH_WORK"' EXIT

# bench_run NAME COMMAND [ARG...]
# One timed run of COMMAND, its output discarded, recorded under NAME as
# "wall-seconds cpu-seconds peak-KB" (GNU time gives user+system and %M).
# Exit statuses 0 and 1 count as a run (helpkit exits 1 when a file has an
# error); any other stops the script. Interleave the commands you compare, so
# that whatever else the machine does weighs on all of them alike.
bench_run() {
  local name=$1 start end status=0 user system peak
  shift
  start=$(date +%s%N)
  /usr/bin/time -f '%U %S %M' -o "$BENCH_WORK/time" "$@" >/dev/null 2>&1 || status=$?
  end=$(date +%s%N)
  if [ "$status" -gt 1 ]; then
    echo "bench: '$*' failed with status $status" >&2
    exit 2
  fi
  read -r user system peak < <(tail -n 1 "$BENCH_WORK/time")
  awk -v ns=$((end - start)) -v u="$user" -v s="$system" -v kb="$peak" \
    'BEGIN { printf "%.3f %.2f %d\n", ns / 1e9, u + s, kb }' >>"$BENCH_WORK/$name.runs"
}

# bench_binary HELPKIT_BINARY SCRIPT : the helpkit-bench beside HELPKIT_BINARY,
# or a message from SCRIPT and exit status 2 when it was not built.
bench_binary() {
  local bench
  bench=$(dirname "$1")/helpkit-bench
  if [ ! -x "$bench" ]; then
    echo "$2: $bench is missing; build it with: swift build -c release --product helpkit-bench" >&2
    exit 2
  fi
  echo "$bench"
}

# bench_summary NAME : sets MEASURED_WALL and MEASURED_CPU (medians, seconds)
# and MEASURED_RSS_KB (the largest peak) of NAME's runs.
bench_summary() {
  MEASURED_WALL=$(cut -d' ' -f1 "$BENCH_WORK/$1.runs" | bench_median)
  MEASURED_CPU=$(cut -d' ' -f2 "$BENCH_WORK/$1.runs" | bench_median)
  MEASURED_RSS_KB=$(cut -d' ' -f3 "$BENCH_WORK/$1.runs" | sort -g | tail -n 1)
}

# bench_median : the middle of the numbers on stdin (the upper one of an even count).
bench_median() {
  sort -g | awk '{ values[NR] = $1 } END { print values[int(NR / 2) + 1] }'
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
