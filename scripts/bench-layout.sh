#!/usr/bin/env bash
# Layout time end to end: `partnet render --engine neato|sfdp` and `partnet report` against Graphviz's own command
# on the very DOT partnet lays out in-process. partnet hands Graphviz its graph without DOT text, built as the parser
# would build it from the text its DOT writer writes; with --timeout that text goes to a child process, which parses
# it. A small preloaded shim around libcgraph's agmemread captures it there, before layout (so the peer sees the
# same node order, attributes and edge routing, with no positions; tests check the two paths draw the same bytes).
# The two sides alternate run by run in one sitting (after one untimed run of each); each line gives the median
# wall time (milliseconds, from the parent's monotonic clock, start to exit), the median CPU time (user + system,
# every thread), the ratio of the wall medians, the peak memory and the load average before and after.
# Usage: scripts/bench-layout.sh [NETWORK] [REPS]   (default graphs/rabat-process-2015-2025.yaml, 31)
# PARTNET_BASE=OTHER-BINARY adds that build (main's, say) to the same alternation, with its ratio to the command, so
# that two builds are compared in one sitting; BENCH_PREFIX="chrt -f 50" runs every timed command under that prefix
# (on a busy machine, real-time priority shows what a quiet one would; the issue's figure is plain wall time).
# Needs: a release build (swift build -c release --product partnet), graphviz (neato, sfdp), gcc, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
network="${1:-graphs/rabat-process-2015-2025.yaml}"
reps="${2:-31}"
partnet="${PARTNET:-.build/release/partnet}"
directory="$(mktemp -d)"
trap 'rm -rf "$directory"' EXIT
gcc -shared -fPIC -o "$directory/shim.so" scripts/capture-dot.c -ldl
capture() { # name partnet-args... -> $directory/name.dot
    local name="$1"
    shift
    CAPTURE_DOT="$directory/$name.dot" LD_PRELOAD="$directory/shim.so" "$partnet" "$@" > /dev/null 2>&1
    [ -s "$directory/$name.dot" ] || { echo "no DOT captured for $name" >&2; exit 1; }
}
capture render-neato render "$network" --engine neato --timeout 600 -o "$directory/out.svg"
capture render-sfdp render "$network" --engine sfdp --timeout 600 -o "$directory/out.svg"
capture report report "$network" --timeout 600 -o "$directory/out.html"
python3 - "$directory" "$reps" "$partnet" "$network" "${PARTNET_BASE:-}" "${BENCH_PREFIX:-}" <<'PY'
import os, statistics, subprocess, sys, time
directory, reps, partnet, network, base, prefix = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6].split()

def run(command):
    """Wall ms, CPU ms (user + system of the child and its threads), peak resident MB."""
    command = prefix + command
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    if status != 0:
        sys.exit(f"failed ({status}): {' '.join(command)}")
    return wall, (usage.ru_utime + usage.ru_stime) * 1000, usage.ru_maxrss / 1024

def command(binary, name):
    if name == "report":
        return [binary, "report", network, "-o", f"{directory}/out.html"]
    return [binary, "render", network, "--engine", name.split("-")[1], "-o", f"{directory}/out.svg"]

tasks = [("render-neato", "neato"), ("render-sfdp", "sfdp"), ("report", "neato")]
print(f"{network}, {reps} alternating runs each; medians (wall ms / CPU ms); load {os.getloadavg()[0]:.2f}"
      + (f"; under {' '.join(prefix)}" if prefix else ""))
for name, engine in tasks:
    ours = command(partnet, name)
    theirs = [engine, "-Tsvg", f"{directory}/{name}.dot", "-o", f"{directory}/peer.svg"]
    other = command(base, name) if base else None
    run(ours), run(theirs)
    if other: run(other)
    a, b, c = [], [], []
    for _ in range(reps):
        a.append(run(ours))
        b.append(run(theirs))
        if other: c.append(run(other))
    med = lambda runs, i: statistics.median(r[i] for r in runs)
    line = (f"{name:13s} partnet {med(a, 0):6.1f} / {med(a, 1):6.1f} ms {max(r[2] for r in a):4.0f} MB | "
            f"{engine} {med(b, 0):6.1f} / {med(b, 1):6.1f} ms {max(r[2] for r in b):4.0f} MB | "
            f"ratio {med(a, 0) / med(b, 0):.2f} (CPU {med(a, 1) / med(b, 1):.2f})")
    if other:
        line += f" | base {med(c, 0):6.1f} / {med(c, 1):6.1f} ms, ratio {med(c, 0) / med(b, 0):.2f} (CPU {med(c, 1) / med(b, 1):.2f})"
    print(line + f" | load {os.getloadavg()[0]:.2f}")
PY
