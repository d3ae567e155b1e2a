#!/usr/bin/env bash
# Layout time end to end: `partnet render --engine neato|sfdp` and `partnet report` against Graphviz's own command
# on the very DOT partnet lays out in-process. That DOT is captured, before layout, by a small preloaded shim around
# libcgraph's agmemread (so the peer sees the same node order, attributes and edge routing, with no positions).
# The two sides alternate in one sitting; each line gives the medians, the ratio, peak memory and the load average.
# Usage: scripts/bench-layout.sh [NETWORK] [REPS]   (default graphs/rabat-process-2015-2025.yaml, 5)
# Needs: a release build (swift build -c release), graphviz (neato, sfdp), gcc.
set -euo pipefail
cd "$(dirname "$0")/.."
network="${1:-graphs/rabat-process-2015-2025.yaml}"
reps="${2:-5}"
partnet="${PARTNET:-.build/release/partnet}"
directory="$(mktemp -d)"
trap 'rm -rf "$directory"' EXIT
cat > "$directory/shim.c" <<'C'
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
void *agmemread(const char *text) {
    static void *(*real)(const char *);
    if (!real) real = (void *(*)(const char *))dlsym(RTLD_NEXT, "agmemread");
    const char *path = getenv("CAPTURE_DOT");
    FILE *file = path ? fopen(path, "w") : NULL;
    if (file) { fputs(text, file); fclose(file); }
    return real(text);
}
C
gcc -shared -fPIC -o "$directory/shim.so" "$directory/shim.c" -ldl
measure() { # label command... -> "seconds kilobytes"
    /usr/bin/time -f "%e %M" -o "$directory/time" "$@" > /dev/null 2>&1
    cat "$directory/time"
}
compare() { # name engine partnet-args...
    local name="$1" engine="$2"
    shift 2
    CAPTURE_DOT="$directory/$name.dot" LD_PRELOAD="$directory/shim.so" "$partnet" "$@" > /dev/null 2>&1
    local ours=() theirs=() our_kb=0 their_kb=0
    for _ in $(seq "$reps"); do
        read -r seconds kilobytes < <(measure "$partnet" "$@")
        ours+=("$seconds"); our_kb=$((kilobytes > our_kb ? kilobytes : our_kb))
        read -r seconds kilobytes < <(measure "$engine" -Tsvg "$directory/$name.dot" -o "$directory/peer.svg")
        theirs+=("$seconds"); their_kb=$((kilobytes > their_kb ? kilobytes : their_kb))
    done
    python3 - "$name" "$engine" "$our_kb" "$their_kb" "${ours[*]}" "${theirs[*]}" <<'PY'
import os, statistics, sys
name, engine, our_kb, their_kb, ours, theirs = sys.argv[1:]
ours, theirs = [float(x) for x in ours.split()], [float(x) for x in theirs.split()]
a, b = statistics.median(ours), statistics.median(theirs)
print(f"{name:14s} partnet {a:.3f} s {int(our_kb) // 1024} MB | {engine} {b:.3f} s {int(their_kb) // 1024} MB | "
      f"ratio {a / b:.2f} | load {os.getloadavg()[0]:.2f}")
PY
}
compare render-neato neato render "$network" --engine neato -o "$directory/out.svg"
compare render-sfdp sfdp render "$network" --engine sfdp -o "$directory/out.svg"
compare report neato report "$network" -o "$directory/out.html"
