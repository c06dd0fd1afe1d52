#!/usr/bin/env bash
# Hostile content at scale: millions of units in one file, 100,000 files in
# one folder, a path of 4,000 bytes, and file names with newlines, escape
# sequences and invalid UTF-8. Each case runs the real binary under GNU time
# and is held to a bound on wall time and peak memory, and to its behaviour:
# the exit status, a clear message, and output no name can corrupt.
# Usage: bench/80-hostile.sh CORPUS_FOLDER HELPKIT_BINARY
# Bounds (issue 13): every case ends with the exit status and message it
# should; memory stays bounded by what is in flight and the list of paths,
# not by the input (peak RSS below each row's target); 100,000 files cost at
# most 1.5x ten times what 10,000 files cost.
set -euo pipefail
helpkit=${2:?usage: $0 CORPUS_FOLDER HELPKIT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=bench/lib/measure.sh
source "$here/lib/measure.sh"
work=$BENCH_WORK/hostile
mkdir -p "$work"

# hostile_run NAME EXPECTED_STATUS COMMAND [ARG...]
# One run of COMMAND, stdout and stderr kept as $work/NAME.out and .err, its
# "wall-seconds peak-MB" in $work/NAME.time. A status other than the expected
# one fails the script at once: a crash is not a figure.
hostile_run() {
  local name=$1 expected=$2 start end status=0
  shift 2
  start=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$work/$name.rss" "$@" >"$work/$name.out" 2>"$work/$name.err" || status=$?
  end=$(date +%s%N)
  if [ "$status" -ne "$expected" ]; then
    echo "80-hostile: $name: '$*' exited $status, expected $expected" >&2
    tail -n 5 "$work/$name.err" >&2
    exit 1
  fi
  awk -v ns=$((end - start)) -v kb="$(tail -n 1 "$work/$name.rss")" \
    'BEGIN { printf "%.2f %.1f\n", ns / 1e9, kb / 1024 }' >"$work/$name.time"
}

# hostile_row NAME LABEL WALL_BOUND_S RSS_BOUND_MB BEHAVIOUR_HOLDS(0/1)
hostile_row() {
  local wall rss
  read -r wall rss <"$work/$1.time"
  bench_row "$2" "${wall} s, ${rss} MB" - - "< ${3} s, < ${4} MB, as told" \
    "$wall < $3 && $rss < $4 && $5 == 1"
}

# holds FILE PATTERN : 1 when FILE has a line with the fixed string PATTERN.
holds() { if grep -qF -- "$2" "$1"; then echo 1; else echo 0; fi; }

sxs_unit() { printf '<span data-ttu-id="a1b2c-%s">Mening %s.</span><span class="sxs-lookup"><span data-stu-id="a1b2c-%s">Sentence %s.</span></span>\n\n' "$1" "$1" "$1" "$1"; }
front_matter() { printf -- '---\ntitle: Test\nms.contentlocale: %s\nms.translationtype: HT\nms.lasthandoff: 09/14/2020\n---\n' "$1"; }

bench_header "hostile content at scale"

# Millions of units in one file: refused by size before it is read.
mkdir -p "$work/units/sv-SE"
python3 - "$work/units/sv-SE/millions.md" 2000000 <<'PY'
import sys
path, count = sys.argv[1], int(sys.argv[2])
with open(path, "w") as out:
    out.write("---\ntitle: Test\nms.contentlocale: sv-SE\n---\n")
    for i in range(count):
        out.write(f'<span data-ttu-id="a1b2c-{i}">Mening {i}.</span><span class="sxs-lookup"><span data-stu-id="a1b2c-{i}">Sentence {i}.</span></span>\n\n')
PY
size_mb=$(( $(stat -c %s "$work/units/sv-SE/millions.md") >> 20 ))
hostile_run millions 2 "$helpkit" check "$work/units" --no-progress
hostile_row millions "check: 2,000,000 units (${size_mb} MB)" 2 40 \
  "$(holds "$work/millions.out" "millions.md:1:1: error: cannot read: larger than 16 MiB, the most one file may hold; split it [unreadable-file]")"
rm "$work/units/sv-SE/millions.md"

# The most units an article may hold: just under the size limit, parsed in full.
python3 - "$work/units/sv-SE/largest.md" <<'PY'
import sys
limit = 16 << 20
with open(sys.argv[1], "w") as out:
    out.write("---\ntitle: Test\nms.contentlocale: sv-SE\n---\n")
    written, i = 0, 0
    while True:
        unit = f'<span data-ttu-id="a1b2c-{i}">Mening {i}.</span><span class="sxs-lookup"><span data-stu-id="a1b2c-{i}">Sentence {i}.</span></span>\n\n'
        if written + len(unit) > limit - 64: break
        out.write(unit); written += len(unit); i += 1
PY
largest_units=$(grep -c 'data-ttu-id' "$work/units/sv-SE/largest.md")
hostile_run largest-units 0 "$helpkit" units "$work/units"
hostile_row largest-units "units: $largest_units units (16 MB)" 10 300 \
  "$([ "$(wc -l <"$work/largest-units.out")" -eq "$largest_units" ] && echo 1 || echo 0)"
hostile_run largest-check 0 "$helpkit" check "$work/units" --no-progress
hostile_row largest-check "check: the same file" 10 300 "$(holds "$work/largest-check.out" "0 errors")"
# Twenty of them at once: the parallel stream holds only what is in flight.
for i in $(seq 1 19); do cp "$work/units/sv-SE/largest.md" "$work/units/sv-SE/largest-$i.md"; done
hostile_run twenty-largest 0 "$helpkit" check "$work/units" --no-progress
hostile_row twenty-largest "check: 20 such files (320 MB)" 60 600 "$(holds "$work/twenty-largest.out" "0 errors")"
rm -rf "$work/units"

# One English paragraph of 100,000 new sentences against a translation of three:
# the sentence diff must not grow with the square of the edit.
mkdir -p "$work/paragraph/en-US" "$work/paragraph/sv-SE"
{ front_matter sv-SE; sxs_unit 101; sxs_unit 102; sxs_unit 103; } >"$work/paragraph/sv-SE/a.md"
python3 - "$work/paragraph/en-US/a.md" <<'PY'
import sys
with open(sys.argv[1], "w") as out:
    out.write("---\ntitle: Test\n---\n" + " ".join(f"Word {i}." for i in range(100000)) + "\n")
PY
hostile_run paragraph 0 "$helpkit" update "$work/paragraph" --english "$work/paragraph/en-US" --dry-run --report json
hostile_row paragraph "update: 100,000 new sentences" 10 300 "$(holds "$work/paragraph.out" '"new"')"
rm -rf "$work/paragraph"

# Many files in one folder: 10,000, then 100,000, each with its English.
make_folder() {
  python3 - "$1" "$2" <<'PY'
import os, sys
root, count = sys.argv[1], int(sys.argv[2])
for locale in ("en-US", "sv-SE"):
    os.makedirs(f"{root}/{locale}", exist_ok=True)
for i in range(count):
    with open(f"{root}/en-US/a{i}.md", "w") as out:
        out.write(f"---\ntitle: Article {i}\n---\n# Article {i}\n\nSentence one of {i}. Sentence two.\n")
    with open(f"{root}/sv-SE/a{i}.md", "w") as out:
        out.write("---\ntitle: Artikel\nms.contentlocale: sv-SE\nms.translationtype: HT\nms.lasthandoff: 09/14/2020\n---\n"
                  f'# <span data-ttu-id="a1b2c-101">Artikel {i}</span><span class="sxs-lookup"><span data-stu-id="a1b2c-101">Article {i}</span></span>\n\n'
                  f'<span data-ttu-id="a1b2c-102">Mening ett av {i}.</span><span class="sxs-lookup"><span data-stu-id="a1b2c-102">Sentence one of {i}.</span></span> '
                  '<span data-ttu-id="a1b2c-103">Mening två.</span><span class="sxs-lookup"><span data-stu-id="a1b2c-103">Sentence two.</span></span>\n')
PY
}
for count in 10000 100000; do
  make_folder "$work/many-$count" "$count"
  hostile_run "check-$count" 0 "$helpkit" check "$work/many-$count" --no-progress
  hostile_run "units-$count" 0 "$helpkit" units "$work/many-$count"
  hostile_run "build-$count" 0 "$helpkit" build "$work/many-$count" -o "$work/many-$count.sqlite"
done
for command in check units build; do
  read -r small _ <"$work/$command-10000.time"
  read -r large _ <"$work/$command-100000.time"
  growth=$(bench_round 2 "$large / ($small * 10)")
  case $command in
    check) rss=150 holds=$(holds "$work/check-100000.out" "0 errors, 0 warnings, 0 infos in 200000 files") ;;
    units) rss=100 holds=$([ "$(wc -l <"$work/units-100000.out")" -eq 300000 ] && echo 1 || echo 0) ;;
    build) rss=300 holds=$(holds "$work/build-100000.out" "100000 topics, 200000 articles") ;;
  esac
  hostile_row "$command-100000" "$command: 100,000 files a folder" 120 "$rss" "$holds"
  bench_row "  growth from 10,000 files" "${growth}x linear" "${small} s" - "<= 1.5x" "$growth <= 1.5"
done
rm -rf "$work"/many-*

# A path of 4,000 bytes, and one past the system's limit.
deep=$work/deep/sv-SE
while [ ${#deep} -lt 3780 ]; do deep=$deep/$(printf 'd%.0s' {1..200}); done
mkdir -p "$deep"
name=$(printf 'a%.0s' $(seq 1 $((3990 - ${#deep} - 4)))).md
{ front_matter sv-SE; sxs_unit 101; } >"$deep/$name"
hostile_run deep 0 "$helpkit" units "$work/deep"
hostile_row deep "units: a path of $((${#deep} + 1 + ${#name})) bytes" 2 40 "$(holds "$work/deep.out" "\"path\":\"$deep/$name\"")"
hostile_run deeper 2 "$helpkit" units "$deep/$(printf 'd%.0s' {1..200})/$(printf 'd%.0s' {1..200})/x.md"
hostile_row deeper "units: a path past PATH_MAX" 2 40 "$(holds "$work/deeper.err" "error: cannot read: File name too long [unreadable-file]")"

# Names with newlines, escape sequences and invalid UTF-8, 1,000 of each.
names=$work/names
mkdir -p "$names/en-US" "$names/sv-SE"
python3 - "$names" <<'PY'
import os, sys
root = os.fsencode(sys.argv[1])
article = ("---\ntitle: T\nms.contentlocale: sv-SE\nms.translationtype: HT\nms.lasthandoff: 09/14/2020\n---\n"
           '<span data-ttu-id="a1b2c-101">Mening.</span><span class="sxs-lookup"><span data-stu-id="a1b2c-101">Sentence.</span></span>\n').encode()
with open(root + b"/en-US/reference.md", "wb") as out:
    out.write(b"# Reference\n")
for i in range(1000):
    for name in (b"line\nbreak-%d.md" % i, b"red\x1b[31m-%d.md" % i, b"bad\xff-%d.md" % i):
        with open(root + b"/sv-SE/" + name, "wb") as out:
            out.write(article)
PY
hostile_run names-text 2 "$helpkit" check "$names" --no-progress
# 2,000 readable orphans and 1,000 unreadable names: one line each, whole.
lines_ok=$(awk '/\[(extra-article|unreadable-file)\]$/ { n++ } END { print (n == 3000) ? 1 : 0 }' "$work/names-text.out")
escape_free=$(if grep -q $'\x1b' "$work/names-text.out"; then echo 0; else echo 1; fi)
hostile_row names-text "check text: 3,000 hostile names" 10 60 "$((lines_ok * escape_free))"
hostile_run names-json 2 "$helpkit" check "$names" --no-progress --format json
json_ok=$(python3 - "$work/names-json.out" <<'PY'
import json, sys
findings = json.load(open(sys.argv[1]))["findings"]
paths = {f["path"] for f in findings}
print(1 if sum("\n" in p for p in paths) == 1000 and sum("\x1b" in p for p in paths) == 1000 else 0)
PY
)
hostile_row names-json "check JSON: the same names, exact" 10 60 "$json_ok"

exit $BENCH_FAILED
