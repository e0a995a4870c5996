#!/bin/sh
# Regenerates docs/images/coverage-heatmap.png: the first screen (1100×1400 CSS
# pixels, device scale 1) of the page that
#
#     roster coverage examples/acme --group support-en --group sales --format html
#
# writes, painted by headless Chromium. Run it from anywhere in the clone:
#
#     Scripts/coverage-heatmap.sh                          # builds roster in release mode first
#     ROSTER=.build/debug/roster Scripts/coverage-heatmap.sh
#     SWIFTFLAGS="--scratch-path /tmp/build" Scripts/coverage-heatmap.sh
#     Scripts/coverage-heatmap.sh /tmp/heatmap.png          # another output file
#
# ROSTER: a roster executable to use instead of building one. SWIFTFLAGS: more
# options for `swift build`, as in the Makefile. CHROMIUM: the browser
# (default: the first of chromium, chromium-browser, google-chrome on PATH).
# Rerun it when the page's markup or style (Sources/RosterKit/Coverage/CoverageHTML.swift)
# or examples/acme changes. The pixels depend on the fonts installed; the
# committed image was made with Chromium on Debian 12 (fonts-dejavu-core).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-"$root/docs/images/coverage-heatmap.png"}
case $out in /*) ;; *) out="$(pwd)/$out" ;; esac
cd "$root"

if [ -z "${ROSTER:-}" ]; then
  # shellcheck disable=SC2086 # SWIFTFLAGS holds several options
  swift build -c release --product roster ${SWIFTFLAGS:-} >&2
  # shellcheck disable=SC2086
  ROSTER="$(swift build -c release ${SWIFTFLAGS:-} --show-bin-path)/roster"
fi

if [ -z "${CHROMIUM:-}" ]; then
  for name in chromium chromium-browser google-chrome; do
    if command -v "$name" >/dev/null 2>&1; then
      CHROMIUM=$(command -v "$name")
      break
    fi
  done
fi
if [ -z "${CHROMIUM:-}" ]; then
  echo "coverage-heatmap.sh: no chromium, chromium-browser or google-chrome on PATH; set CHROMIUM" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

# English support first: its gaps include the weeks when American and European clocks disagree.
"$ROSTER" coverage examples/acme --group support-en --group sales --format html --out "$work/coverage.html"

# A deadline when coreutils' timeout is there: a headless browser that hangs
# must not hang the script.
deadline=""
if command -v timeout >/dev/null 2>&1; then deadline="timeout 60"; fi
# --no-sandbox: the page is Roster's own, with no script, and Chromium's
# sandbox does not start as root or in most containers.
if ! $deadline "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
  --user-data-dir="$work/profile" --hide-scrollbars --force-device-scale-factor=1 --window-size=1100,1400 \
  --screenshot="$work/coverage.png" "file://$work/coverage.html" >"$work/chromium.log" 2>&1; then
  cat "$work/chromium.log" >&2
  echo "coverage-heatmap.sh: chromium failed" >&2
  exit 1
fi
if [ "$(head -c 8 "$work/coverage.png" 2>/dev/null | od -An -tx1 | tr -d ' \n')" != "89504e470d0a1a0a" ]; then
  cat "$work/chromium.log" >&2
  echo "coverage-heatmap.sh: chromium wrote no PNG" >&2
  exit 1
fi

mkdir -p "$(dirname "$out")"
mv "$work/coverage.png" "$out"
echo "wrote $out ($(wc -c <"$out") bytes)"
