#!/usr/bin/env bash
# Measures `roster check`, `roster build` and `roster coverage` (one year)
# on generated configurations and reports their CPU time as a multiple of the
# floor: a bare libyaml parse of the same files (Benchmarks/floor.c), measured
# in the same run; and coverage as a multiple of check, in CPU and in wall time.
#
# usage: Benchmarks/run.sh [RUNS]        RUNS >= 5, default 5
# environment:
#   SIZES       agent counts to generate (default "1000 10000 100000")
#   ROSTER_BIN  an already built roster binary (default: swift build -c release)
#   SCRATCH     --scratch-path for swift build
#   HOURS       distinct (default: 7,200 weekly patterns among the agents) or
#               shared (three), passed to Benchmarks/generate.py
#   DATED       1: the configurations also carry holidays, time off, extra
#               hours, overrides and closures (generate.py ... dated)
#
# Each program runs RUNS times per size under /usr/bin/time, the four in
# turn; the table shows the median CPU time (user + system), the median wall
# time for coverage ÷ check, and the largest peak RSS.
set -euo pipefail

runs=${1:-5}
sizes=${SIZES:-1000 10000 100000}
roster=${ROSTER_BIN:+$(realpath "$ROSTER_BIN")}
cd "$(dirname "$0")/.."
if [[ -n $roster && ! -x $roster ]]; then
  echo "ROSTER_BIN=$ROSTER_BIN is not an executable" >&2
  exit 2
fi

if ! [[ $runs =~ ^[0-9]+$ ]] || ((runs < 5)); then
  echo "usage: Benchmarks/run.sh [RUNS]  (RUNS is a number, at least 5)" >&2
  exit 2
fi
if [[ ! -x /usr/bin/time ]]; then
  echo "Benchmarks/run.sh needs /usr/bin/time (Debian package 'time')" >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The floor program, and roster unless ROSTER_BIN names one.
cc -O2 -o "$work/floor" Benchmarks/floor.c $(pkg-config --cflags --libs yaml-0.1)
if [[ -z $roster ]]; then
  build=(-c release --product roster)
  [[ -n ${SCRATCH:-} ]] && build+=(--scratch-path "$SCRATCH")
  swift build "${build[@]}" >&2
  roster="$(swift build "${build[@]}" --show-bin-path)/roster"
fi

# run NAME COMMAND...: runs COMMAND once and adds a line "CPU_MS PEAK_KIB"
# to $work/runs-NAME. Stops if it fails.
run() {
  local name=$1
  shift
  rm -rf "$work/out"
  /usr/bin/time -f '%U %S %M %e' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
    echo "$name failed (exit status $?):" >&2
    tail -5 "$work/stderr" >&2
    exit 1
  }
  awk '{ printf "%.0f %d %.0f\n", ($1 + $2) * 1000, $3, $4 * 1000 }' "$work/time" >>"$work/runs-$name"
}

# median NAME / peak NAME: median CPU ms / largest peak RSS (KiB) of NAME's runs.
median() { sort -n "$work/runs-$1" | awk '{ t[NR] = $1 } END { print (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }'; }
peak() { awk '$2 > m { m = $2 } END { print m }' "$work/runs-$1"; }
# wall NAME: median wall ms of NAME's runs.
wall() { awk '{ print $3 }' "$work/runs-$1" | sort -n | awk '{ t[NR] = $1 } END { print (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }'; }

# Arithmetic on decimals: calc FORMAT EXPRESSION.
calc() { awk "BEGIN { printf \"$1\", $2 }"; }

# memory KIB: "N MiB (M× input)", for an input of $bytes bytes.
memory() { calc '%.0f MiB (%.1f× input)' "$1 / 1024, $1 * 1024 / $bytes"; }

table="| agents | input (MB) | floor CPU (ms) | check CPU (ms) | check ÷ floor | build CPU (ms) | build ÷ floor | check peak memory | build peak memory |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
coverage_table="| agents | check CPU (ms) | coverage CPU (ms) | coverage ÷ check, CPU | check wall (ms) | coverage wall (ms) | coverage ÷ check, wall | coverage peak memory |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
declare -A check_ms

for agents in $sizes; do
  dir=$work/config-$agents
  python3 Benchmarks/generate.py "$dir" "$agents" "${HOURS:-distinct}" ${DATED:+dated}
  mapfile -t files < <(find "$dir" -name '*.yaml' | sort)
  bytes=$(cat "${files[@]}" | wc -c)

  if ! "$roster" check "$dir" >"$work/check.txt"; then
    echo "roster check is not clean on the generated configuration of $agents agents:" >&2
    tail -20 "$work/check.txt" >&2
    exit 1
  fi

  # One floor process parses the file list REPS times (about 100,000 agents'
  # worth of YAML), so that its CPU time is well above /usr/bin/time's 10 ms
  # resolution; its CPU time is then divided by REPS. Files are parsed one at
  # a time, so the repetition does not change its peak memory.
  reps=$(((100000 + agents - 1) / agents))
  floor_args=()
  for ((r = 0; r < reps; r++)); do floor_args+=("${files[@]}"); done

  # The three programs take turns, so that a slower or faster spell of the
  # machine weighs on each of them alike.
  echo "measuring $agents agents, $runs runs each..." >&2
  : >"$work/runs-floor"
  : >"$work/runs-check"
  : >"$work/runs-build"
  : >"$work/runs-coverage"
  for ((i = 1; i <= runs; i++)); do
    run floor "$work/floor" "${floor_args[@]}"
    run check "$roster" check "$dir"
    run build "$roster" build "$dir" --out "$work/out"
    run coverage "$roster" coverage "$dir" --from 2026-01-05 --until 2027-01-04
  done

  floor=$(calc '%.3f' "$(median floor) / $reps")
  check=$(median check)
  build=$(median build)
  check_ms[$agents]=$check
  table+=$'\n'"| $agents | $(calc '%.1f' "$bytes / 1e6") | $(calc '%.1f' "$floor") | $check | $(calc '%.1f×' "$check / $floor") | $build | $(calc '%.1f×' "$build / $floor") | $(memory "$(peak check)") | $(memory "$(peak build)") |"
  coverage=$(median coverage)
  coverage_table+=$'\n'"| $agents | $check | $coverage | $(calc '%.1f×' "$coverage / $check") | $(wall check) | $(wall coverage) | $(calc '%.1f×' "$(wall coverage) / $(wall check)") | $(memory "$(peak coverage)") |"
  rm -rf "$dir"
done

echo "$table"
echo
echo "roster coverage over one year (2026-01-05 to 2027-01-04), hours ${HOURS:-distinct}${DATED:+, dated entries}:"
echo
echo "$coverage_table"
if [[ -n ${check_ms[10000]:-} && -n ${check_ms[100000]:-} ]]; then
  echo
  echo "check CPU growth from 10,000 to 100,000 agents: $(calc '%.1f×' "${check_ms[100000]} / ${check_ms[10000]}") (linear would be 10×)"
fi
