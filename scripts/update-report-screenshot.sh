#!/usr/bin/env bash
# Retakes docs/review-report.png, the README's picture of the HTML review
# report: `helpkit check --format html` on the bundled content/, every
# severity shown, in headless Chromium (installed by scripts/install-deps.sh).
# Usage: scripts/update-report-screenshot.sh HELPKIT_BINARY
set -euo pipefail
cd "$(dirname "$0")/.."
helpkit=${1:?usage: $0 HELPKIT_BINARY}
if [ ! -x /usr/bin/chromium ]; then
  echo "update-report-screenshot: /usr/bin/chromium is missing; scripts/install-deps.sh installs it" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$helpkit" check --format html --output "$work/review.html" --fail-on never content
# As root (a container) Chromium runs only without its sandbox; the page is our own file.
/usr/bin/chromium --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars \
  --user-data-dir="$work/profile" --window-size=1100,900 --screenshot="$work/review.png" \
  "file://$work/review.html#severity=error,warning,info" 2>/dev/null
mkdir -p docs
mv "$work/review.png" docs/review-report.png
echo "docs/review-report.png: the review report of content/"
