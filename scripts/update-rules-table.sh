#!/usr/bin/env bash
# Regenerates the README's rule table (between <!-- rules:begin --> and
# <!-- rules:end -->) from `helpkit rules --format markdown`, the single
# source of the rule list. Usage: scripts/update-rules-table.sh [helpkit-binary]
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-.build/debug/helpkit}

grep -q '<!-- rules:begin -->' README.md && grep -q '<!-- rules:end -->' README.md || {
  echo "README.md: the <!-- rules:begin --> / <!-- rules:end --> markers are missing" >&2
  exit 2
}
table=$(mktemp)
trap 'rm -f "$table" README.md.tmp' EXIT
"$binary" rules --format markdown >"$table"
awk -v table="$table" '
  /<!-- rules:begin -->/ { print; while ((getline line < table) > 0) print line; skipping = 1; next }
  /<!-- rules:end -->/ { skipping = 0 }
  !skipping { print }
' README.md >README.md.tmp
mv README.md.tmp README.md
