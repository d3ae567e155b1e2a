#!/usr/bin/env python3
"""Where each thread of one command spends its time, bucket by bucket: a timeline from `perf record`.

Records the command with CPU samples (every 50 us by default) and the scheduler's switches, then prints, per thread
and per bucket of milliseconds from the process's first sample, how many milliseconds it ran and what it ran (the
innermost frame of this project's code, or of Graphviz's, pango's, fontconfig's... libraries, else the leaf's
library), and where it slept (the frame it blocked in, with the time it slept).

Usage: scripts/timeline.py [--bucket MS] [--frequency HZ] [--top N] -- COMMAND...
  e.g. scripts/timeline.py -- .build/release/partnet render graphs/rabat-process-2015-2025.yaml --engine neato -o /tmp/x.svg
       scripts/timeline.py -- neato -Tsvg /tmp/x.dot -o /tmp/y.svg
Needs perf (linux-tools) with permission to record (root, or kernel.perf_event_paranoid <= 1) and swift-demangle for
Swift names (optional). The figures of one run on a loaded machine include waits for a core: read them as shapes.
"""
import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile

# Libraries named as the phase of a sample whose leaf is in them (the innermost such frame wins over the leaf).
LIBRARIES = ("libgvc", "libcgraph", "libcdt", "libpathplan", "libgvplugin", "libpango", "libcairo", "libharfbuzz",
             "libfontconfig", "libfreetype", "libglib", "libgobject", "libgts", "libexpat", "libz", "libxml2",
             "libyaml", "ld-linux", "libc.so", "libm.so", "libstdc++")
# This project's Swift modules, by their mangled prefix, and its C modules' functions.
PROJECT = re.compile(r"^\$s(7partnet|\d+Partner[A-Za-z]+)|^cgraphviz_")


def demangler():
    tool = shutil.which("swift-demangle") or (shutil.which("swift") and [shutil.which("swift"), "demangle"])
    if not tool:
        return lambda names: {name: name for name in names}
    command = [tool] if isinstance(tool, str) else tool

    def run(names):
        names = sorted(names)
        output = subprocess.run(command + ["--simplified", "--compact"], input="\n".join(names), capture_output=True,
                                text=True).stdout.splitlines()
        return dict(zip(names, output)) if len(output) == len(names) else {name: name for name in names}
    return run


def short(name, limit=70):
    name = re.sub(r"\(.*", "", name) if len(name) > limit else name
    return name if len(name) <= limit else name[:limit - 1] + "…"


def phase(frames):
    """The sample's phase: the innermost project frame, else the innermost frame in a named library, else the leaf."""
    for symbol, library in frames:
        if PROJECT.search(symbol):
            return symbol
    for symbol, library in frames:
        base = os.path.basename(library)
        for name in LIBRARIES:
            if base.startswith(name):
                return f"[{base.split('.so')[0]}] {symbol}"
    return f"[{os.path.basename(frames[0][1])}] {frames[0][0]}" if frames else "?"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bucket", type=float, default=5.0, help="bucket width in milliseconds (default 5)")
    parser.add_argument("--frequency", type=int, default=20000, help="samples per second (default 20000)")
    parser.add_argument("--top", type=int, default=3, help="phases shown per bucket (default 3)")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    arguments = parser.parse_args()
    command = arguments.command[1:] if arguments.command[:1] == ["--"] else arguments.command
    if not command:
        parser.error("give the command to record after --")
    with tempfile.TemporaryDirectory() as directory:
        data = os.path.join(directory, "perf.data")
        recorded = subprocess.run(["perf", "record", "-q", "-g", "-F", str(arguments.frequency), "-e", "cpu-clock",
                                   "-e", "sched:sched_switch", "-o", data, "--"] + command,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if recorded.returncode != 0:
            sys.exit(f"perf record failed ({recorded.returncode}): {recorded.stderr.strip()}")
        script = subprocess.run(["perf", "script", "-i", data, "-F", "pid,tid,time,event,trace,ip,sym,dso"],
                                capture_output=True, text=True).stdout
    # Each event: a header line (pid/tid time: event: trace), then its stack, leaf first.
    events = []
    for block in script.split("\n\n"):
        lines = [line for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        header = re.match(r"\s*(\d+)/(\d+)\s+([\d.]+):\s+(\S+):\s*(.*)", lines[0])
        if not header:
            continue
        frames = []
        for line in lines[1:]:
            frame = re.match(r"\s*[0-9a-f]+\s+(.*?)\s+\((.*)\)\s*$", line)
            if frame:
                frames.append((re.sub(r"\+0x[0-9a-f]+$", "", frame.group(1)), frame.group(2)))
        pid, tid, time, event, trace = header.groups()
        events.append((int(tid), float(time) * 1000, event, trace, frames))
    if not events:
        sys.exit("no samples recorded")
    start = min(event[1] for event in events)
    user = [(tid, ms, frames) for tid, ms, event, trace, frames in events if event.startswith("cpu-clock")]
    names = {p for _, _, frames in user for p in [phase([f for f in frames if "kallsyms" not in f[1]] or frames)]}
    sleeps = {}  # tid -> list of (ms, frame it blocked in)
    for tid, ms, event, trace, frames in events:
        if event.startswith("sched:sched_switch") and "prev_state=S" in trace or "prev_state=D" in trace:
            user_frames = [f for f in frames if "kallsyms" not in f[1]]
            sleeps.setdefault(tid, []).append((ms, phase(user_frames) if user_frames else "?"))
    names |= {name for values in sleeps.values() for _, name in values}
    readable = demangler()(names)
    period = 1000.0 / arguments.frequency
    threads = collections.OrderedDict()
    for tid, ms, frames in sorted(user, key=lambda sample: sample[1]):
        threads.setdefault(tid, []).append((ms, phase([f for f in frames if "kallsyms" not in f[1]] or frames)))
    end = max(event[1] for event in events)
    print(f"{' '.join(command)}\n{end - start:.1f} ms from first to last event; {len(user)} samples of {period:.3f} ms")
    for tid, samples in threads.items():
        print(f"\nthread {tid}: {len(samples) * period:.1f} ms on CPU, "
              f"{samples[0][0] - start:.1f} to {samples[-1][0] - start:.1f} ms")
        buckets = collections.OrderedDict()
        for ms, name in samples:
            buckets.setdefault(int((ms - start) // arguments.bucket), collections.Counter())[name] += 1
        for bucket, counter in buckets.items():
            top = ", ".join(f"{short(readable.get(name, name))} {count * period:.1f}"
                            for name, count in counter.most_common(arguments.top))
            print(f"  {bucket * arguments.bucket:6.0f} ms  {sum(counter.values()) * period:4.1f} on CPU  {top}")
        # Sleeps: from the switch out to the thread's next sample.
        times = [ms for ms, _ in samples]
        for ms, name in sleeps.get(tid, []):
            later = [t for t in times if t > ms]
            if later and later[0] - ms >= 0.5:
                print(f"  slept {ms - start:6.1f} ms for {later[0] - ms:5.1f} ms in {short(readable.get(name, name))}")


if __name__ == "__main__":
    main()
