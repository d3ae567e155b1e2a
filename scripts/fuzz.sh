#!/usr/bin/env bash
# Builds one libFuzzer target with AddressSanitizer and runs it for a while.
#
#   scripts/fuzz.sh TARGET [SECONDS]      TARGET: NetworkFile EventTable EdgeList Affiliation GraphML GEXF NodeLink DOT
#
# Seeds come from the hostile corpus (Tests/PartnerIOTests/Hostile) and graphs/; inputs the fuzzer finds
# interesting accumulate in .build-fuzz/corpus/TARGET, and a crashing input is written to
# .build-fuzz/crashes/TARGET/ (keep it as a regression test under Tests/PartnerIOTests/Hostile/crashers/).
# Extra arguments after SECONDS go to libFuzzer (e.g. -jobs=2, -max_len=65536).
set -euo pipefail
usage="usage: scripts/fuzz.sh TARGET [SECONDS] [libFuzzer options...]"
target=${1:?$usage}
target=${target#Fuzz}
seconds=${2:-180}
shift $(( $# >= 2 ? 2 : 1 ))
cd "$(dirname "$0")/.."

case $target in
    NetworkFile) seeds="Tests/PartnerIOTests/Hostile/network graphs" ;;
    EventTable) seeds="Tests/PartnerIOTests/Hostile/events" ;;
    EdgeList) seeds="Tests/PartnerIOTests/Hostile/edges" ;;
    Affiliation) seeds="Tests/PartnerIOTests/Hostile/affiliation" ;;
    GraphML | GEXF | NodeLink) seeds="Tests/PartnerIOTests/Hostile/exchange" ;;
    DOT) seeds="" ;;
    *) echo "$usage" >&2; exit 64 ;;
esac

# The fuzz targets are a package of their own, Tests/Fuzz, which depends on this one by path; a separate
# scratch path keeps the instrumented build away from the normal one.
# No -parse-as-library: SwiftPM links every executable with main defined as the target's own entry point
# (main.swift's code), which calls libFuzzer's driver; libFuzzer's own main would never be used.
build=(swift build -c debug --package-path Tests/Fuzz --scratch-path .build-fuzz --product "Fuzz$target"
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld)
"${build[@]}"
binary="$("${build[@]}" --show-bin-path)/Fuzz$target"

corpus=.build-fuzz/corpus/$target
crashes=.build-fuzz/crashes/$target
mkdir -p "$corpus" "$crashes"
# The Swift runtime's backtracer reads the stack in a way AddressSanitizer reports; libFuzzer prints the trace.
export SWIFT_BACKTRACE=enable=no
# Known leaks outside PartnerGraph (Foundation's XMLParser) are suppressed; any other leak fails the run.
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
# -timeout: one input taking 10 s is a hang; -rss_limit_mb: 2 GB is memory exhaustion.
exec "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$crashes/" "$@" "$corpus" $seeds
