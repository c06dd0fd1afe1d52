#!/usr/bin/env bash
# make fuzz: every input helpkit reads, under libFuzzer for FUZZ_SECONDS each
# (default 60), seeded from the bundled content and, when it is beside the
# project, the real corpus. Prints executions per second, coverage and
# crashes per target; every crash is minimised into Tests/Fixtures/fuzz/<target>/,
# where `make test` replays it. FUZZ_TARGETS picks targets (default: all).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-60}
targets=${FUZZ_TARGETS:-"article front-matter project-file contexts locale-file baseline renderer catalog xliff-import"}
build=.build-fuzz
helpkit=.build/release/helpkit

# lld: gold fails on the sanitizer runtimes here.
swift build -c release --build-path "$build" --product helpkit-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DHELPKIT_FUZZING -Xswiftc -use-ld=lld
fuzzer="$build/release/helpkit-fuzz"

# Swift's own crash backtracer hangs under AddressSanitizer; libFuzzer reports crashes itself.
export SWIFT_BACKTRACE=enable=no

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Seeds: what each reader is given in real use.
articles="$work/articles"
mkdir -p "$articles"
for file in content/*/*.md; do cp "$file" "$articles/$(basename "$(dirname "$file")")-$(basename "$file")"; done
corpus=../shared/corpus/alchemy-sxs.tar.xz
if [ -f "$corpus" ]; then
    tar -xJf "$corpus" -C "$work"
    find "$work/alchemy-sxs" -name '*.md' | shuf -n 400 --random-source=<(yes) | while read -r file; do
        cp "$file" "$articles/$(basename "$(dirname "$file")")-$(basename "$file")"
    done
fi
seed() { mkdir -p "$work/seeds/$1"; cp "${@:2}" "$work/seeds/$1/" 2>/dev/null || true; }
seed article "$articles"/*
seed renderer "$articles"/*
mkdir -p "$work/seeds/front-matter"
for file in "$articles"/*; do
    awk 'NR == 1 && $0 == "---" { inside = 1; next } inside && $0 == "---" { exit } inside' "$file" > "$work/seeds/front-matter/$(basename "$file")"
done
seed contexts content/contexts.yml
seed locale-file locales/*.yml
mkdir -p "$work/seeds/project-file" "$work/seeds/baseline" "$work/seeds/catalog" "$work/seeds/xliff-import"
printf 'exclude: ["drafts/**"]\nreference: en-US\nrules:\n  length-ratio: off\n  segmentation-difference: info\ndo_not_translate:\n  ja-JP: [Intune]\n' \
    > "$work/seeds/project-file/helpkit.yml"
"$helpkit" check content --write-baseline "$work/seeds/baseline/baseline.json" --fail-on never --no-progress > /dev/null 2>&1 || true
"$helpkit" build content -o "$work/seeds/catalog/help.sqlite" > /dev/null 2>&1
"$helpkit" export content -o "$work/xliff" > /dev/null 2>&1
cp "$work/xliff"/*.xlf "$work/seeds/xliff-import/"
"$helpkit" export content --format xliff1.2 -o "$work/xliff12" > /dev/null 2>&1
for file in "$work/xliff12"/*.xlf; do cp "$file" "$work/seeds/xliff-import/1.2-$(basename "$file")"; done

printf '%-14s %10s %12s %8s %8s %8s\n' target seconds executions "exec/s" coverage crashes
failed=0
for target in $targets; do
    mkdir -p "$work/corpus/$target" "$work/artifacts/$target"
    FUZZ_TARGET=$target "$fuzzer" "$work/corpus/$target" "$work/seeds/$target" \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$work/artifacts/$target/" > "$work/$target.log" 2>&1 || true
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$target.log" | tail -1 || true)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/$target.log" | tail -1 || true)
    coverage=$( (grep -o 'cov: [0-9]*' "$work/$target.log" || true) | tail -1 | cut -d' ' -f2)
    crashes=0
    for artifact in "$work/artifacts/$target"/*; do
        [ -e "$artifact" ] || continue
        crashes=$((crashes + 1))
        saved="Tests/Fixtures/fuzz/$target/$(basename "$artifact")"
        FUZZ_TARGET=$target "$fuzzer" -minimize_crash=1 -max_total_time=60 -exact_artifact_path="$saved" "$artifact" \
            > "$work/$target-minimise.log" 2>&1 || cp "$artifact" "$saved"
        [ -s "$saved" ] || cp "$artifact" "$saved"
        echo "  $target: saved $saved"; grep -m1 -E 'Fatal error|ERROR: AddressSanitizer|ERROR: libFuzzer' "$work/$target.log" | sed 's/^/    /' || true
    done
    [ "$crashes" -eq 0 ] || failed=1
    printf '%-14s %10s %12s %8s %8s %8s\n' "$target" "$seconds" "${executions:-?}" "${rate:-?}" "${coverage:-?}" "$crashes"
done
exit $failed
