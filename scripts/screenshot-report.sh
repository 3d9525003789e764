#!/bin/sh
# Screenshots reports-out/index.html in headless Chromium, to look at the report as a reader sees it.
# Usage: scripts/screenshot-report.sh [REPORT_DIR] [OUTPUT_PNG] [HEIGHT]
#   REPORT_DIR  folder written by ./yoy report (default: reports-out)
#   OUTPUT_PNG  where to write the screenshot (default: REPORT_DIR/screenshot.png; never commit it)
#   HEIGHT      window height in pixels (default: 4000)
# Chromium runs with networking pointed at a dead proxy, so a page that tried to load anything would show it.
set -eu

dir=${1:-reports-out}
shot=${2:-$dir/screenshot.png}
height=${3:-4000}
browser=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}

if [ -z "$browser" ]; then
    echo "screenshot-report: chromium not found; install the Debian package chromium or set CHROMIUM" >&2
    exit 66
fi
if [ ! -f "$dir/index.html" ]; then
    echo "screenshot-report: $dir/index.html does not exist; run ./yoy report first" >&2
    exit 66
fi

page="file://$(cd "$dir" && pwd)/index.html"
case "$shot" in
    /*) ;;
    *) shot="$(pwd)/$shot" ;;
esac
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --user-data-dir="$profile" --no-first-run --disable-extensions \
    --proxy-server=127.0.0.1:9 --proxy-bypass-list='<-loopback>' \
    --screenshot="$shot" --window-size=1280,"$height" "$page" >/dev/null 2>&1
test -s "$shot"
echo "screenshot-report: wrote $shot" >&2
