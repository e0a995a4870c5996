#!/bin/sh
# Fuzzes Roster with libFuzzer and AddressSanitizer: each input is written as
# a root's roster.yaml and goes through `roster check`'s path, then, when it
# checks clean, the snapshot, the snippets and coverage (Fuzz/Sources/RosterFuzz).
#
#     Scripts/fuzz.sh                 # 60 seconds (the smoke run of .ci/run)
#     Scripts/fuzz.sh 3600            # an hour
#     FUZZ_JOBS=2 Scripts/fuzz.sh 600 # two processes
#
# The seeds are Fuzz/corpus (every rule's bad example, and examples/acme as
# one file of several documents); the inputs libFuzzer finds go to a work
# corpus ($FUZZ_WORK, default /tmp/roster-fuzz), never into the repository.
# Fuzz/roster.dict lists the format's keywords. A crash, a sanitizer report,
# an input that takes over 10 s or 2 GiB fails the run (exit 1) and leaves
# the input in $FUZZ_WORK/artifacts; rerun it with
#     /tmp/roster-fuzz/build/release/RosterFuzz $FUZZ_WORK/artifacts/crash-…
# Needs Linux and the Swift toolchain's libFuzzer and lld.
set -eu

seconds=${1:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${FUZZ_WORK:-/tmp/roster-fuzz}
mkdir -p "$work/corpus" "$work/artifacts"

# Instrumented with libFuzzer's coverage and AddressSanitizer; lld, as the
# system's gold linker fails on the instrumented objects.
swift build --package-path "$root/Fuzz" --scratch-path "$work/build" -c release \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld >&2
fuzzer="$work/build/release/RosterFuzz"

# Leak detection is off: Swift's lazily made globals read as leaks to LeakSanitizer.
jobs=${FUZZ_JOBS:-1}
set -- -dict="$root/Fuzz/roster.dict" -max_total_time="$seconds" -max_len=8192 \
  -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$work/artifacts/"
if [ "$jobs" -gt 1 ]; then set -- "$@" -jobs="$jobs" -workers="$jobs"; fi
# From the work folder: with several jobs libFuzzer writes its fuzz-N.log files where it runs.
cd "$work"
ASAN_OPTIONS=detect_leaks=0 "$fuzzer" "$work/corpus" "$root/Fuzz/corpus" "$@"
