# helpkit — the two commands of the quick start, and the benchmark.
#   make run    check the bundled content/ (installs what it needs)
#   make test   build and run the whole test suite
#   make bench  measure parse, check, catalog and help against baselines
#   make fuzz   each input under libFuzzer for FUZZ_SECONDS (default 60)
#   make docs   regenerate the README's rule table from `helpkit rules` and
#               its screenshot of the HTML review report

SWIFT ?= swift
RELEASE := .build/release/helpkit

.PHONY: deps run test bench build release clean docs fuzz

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build

# The Swift runtime and Foundation linked in statically: a cold `helpkit help`
# then starts in about half the time (bench/30-serve.sh).
release: deps
	$(SWIFT) build -c release --product helpkit --static-swift-stdlib

run: release
	$(RELEASE) check content

# Tests run optimised: they parse the whole real corpus and time hostile input.
test: deps
	$(SWIFT) build -c release --build-tests
	$(SWIFT) test -c release --skip-build

docs: build
	scripts/update-rules-table.sh .build/debug/helpkit
	scripts/update-report-screenshot.sh .build/debug/helpkit

bench: release
	$(SWIFT) build -c release --product helpkit-bench --static-swift-stdlib
	@bench/run.sh

fuzz: release
	@scripts/fuzz.sh

clean:
	rm -rf .build
