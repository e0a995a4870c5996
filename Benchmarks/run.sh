#!/usr/bin/env bash
# Times `roster check` and `roster build` (release build) on examples/acme and
# on a generated configuration. usage: Benchmarks/run.sh [AGENTS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
agents=${1:-5000}
runs=${2:-10}
swift build -c release --product roster >/dev/null
roster=.build/release/roster
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 Benchmarks/generate.py "$work/large" "$agents"
files=$(find "$work/large" -name '*.yaml' | wc -l)
bytes=$(cat $(find "$work/large" -name '*.yaml') | wc -c)
echo "generated: $agents agents, $files files, $bytes bytes"
"$roster" check "$work/large" --format json >/dev/null || { echo "generated configuration is not clean" >&2; exit 1; }

# Median wall time of RUNS runs, in milliseconds.
measure() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

echo "check examples/acme:      $(measure "$roster" check examples/acme) ms"
echo "check generated:          $(measure "$roster" check "$work/large") ms"
echo "build generated:          $(measure "$roster" build "$work/large" --out "$work/out") ms"
peak=$( { /usr/bin/time -f '%M' "$roster" check "$work/large" >/dev/null; } 2>&1 | tail -1 )
echo "peak memory, check generated: $((peak / 1024)) MiB"
