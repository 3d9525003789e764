#!/usr/bin/env bash
# Regenerates the PDF fixtures of engine/src/test/resources/formats/pdf/ from their HTML sources in html/,
# printed by headless Chromium. The generated PDFs are committed (CI has no Chromium): run this only after
# changing a source, then re-check and commit the PDFs and their .expected.txt files together.
#
# Usage: scripts/make-pdf-fixtures.sh [chromium binary]
#
# Chromium repeats position: fixed elements and a table's thead/tfoot on every printed page, and (since
# version 131) prints CSS @page margin boxes with counter(page) and counter(pages): ngo-two-column uses the
# former for its running header and footer, paged-briefing and annual-review the latter for page numbers.
# Chromium does not hyphenate by itself here (no dictionaries headless), so the sources carry soft hyphens
# (&shy;); at a line end Chromium prints them as U+2010.
set -euo pipefail

chrome="${1:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}"
if [[ -z "$chrome" ]]; then
  echo "make-pdf-fixtures: no chromium found; pass its path as the first argument" >&2
  exit 66
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$root/engine/src/test/resources/formats/pdf"

for html in "$dir"/html/*.html; do
  name="$(basename "$html" .html)"
  out="$dir/$name.pdf"
  "$chrome" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$out" "file://$html" 2>/dev/null
  echo "$out"
done
