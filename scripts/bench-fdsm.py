#!/usr/bin/env python3
"""Times FDSM p-values end to end: partnet against the vectorised NumPy/SciPy curveball reference
(scripts/fdsm_curveball.py), run alternately in one sitting, each with its peak memory (GNU time's maximum
resident set size), and checks that the two agree within Monte Carlo error.

Usage:
  python3 scripts/bench-fdsm.py [--data affil-M] [--samples 1000] [--repeats 3] [--partnet .build/release/partnet]
  (PEERS_DATA, default ~/partnet-bench, holds DATA.tsv; build partnet first: swift build -c release --product partnet)

Prints one line per run (side, wall seconds, peak MiB) and a summary: the median time of each side, their ratio,
the load average, and the share of pairs whose p-values differ by more than 3 Monte Carlo standard errors
(sqrt(p(1 - p)(1/S + 1/S)); about 0.3 % expected by chance).
"""
import argparse
import csv
import math
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(command, output):
    """Wall seconds and peak resident MiB of `command`, its standard output written to `output`."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report, open(output, "w") as out:
        run = subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", report.name] + command, stdout=out,
                             stderr=subprocess.PIPE, text=True)
        if run.returncode != 0:
            sys.exit(f"{' '.join(command)} failed:\n{run.stderr}")
        seconds, kib = report.read().split()[-2:]
    return float(seconds), int(kib) / 1024


def p_values(path):
    with open(path) as f:
        return {(row["a"], row["b"]): float(row["p"]) for row in csv.DictReader(f)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="affil-M")
    ap.add_argument("--samples", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--partnet", default=os.path.join(HERE, "..", ".build", "release", "partnet"))
    ap.add_argument("--skip-reference", action="store_true", help="time partnet only")
    args = ap.parse_args()
    data = os.path.join(os.environ.get("PEERS_DATA", os.path.expanduser("~/partnet-bench")), args.data + ".tsv")
    work = tempfile.mkdtemp(prefix="bench-fdsm-")
    sides = {
        "partnet": [args.partnet, "cooccurrence", data, "--significance", "fdsm", "--samples", str(args.samples),
                    "--seed", str(args.seed), "--format", "csv"],
        "reference": [sys.executable, os.path.join(HERE, "fdsm_curveball.py"), data, "/dev/stdout",
                      "--samples", str(args.samples), "--seed", str(args.seed)],
    }
    if args.skip_reference:
        del sides["reference"]
    times = {side: [] for side in sides}
    memory = {side: [] for side in sides}
    for repeat in range(args.repeats):
        for side, command in sides.items():
            seconds, mib = timed(command, os.path.join(work, side + ".csv"))
            times[side].append(seconds)
            memory[side].append(mib)
            print(f"run {repeat + 1} {side:9s} {seconds:9.2f} s {mib:9.1f} MiB", flush=True)
    load = os.getloadavg()
    print(f"\n{args.data}, {args.samples} samples, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    for side in sides:
        print(f"{side:9s} median {statistics.median(times[side]):9.2f} s, peak {max(memory[side]):9.1f} MiB")
    if "reference" in sides:
        ratio = statistics.median(times["partnet"]) / statistics.median(times["reference"])
        print(f"time ratio partnet / reference: {ratio:.4f}")
        ours, theirs = p_values(os.path.join(work, "partnet.csv")), p_values(os.path.join(work, "reference.csv"))
        if set(ours) != set(theirs):
            sys.exit(f"the pairs differ: {len(set(ours) ^ set(theirs))} pairs in one output only")
        far = 0
        for pair, p in ours.items():
            q = theirs[pair]
            pooled = (p + q) / 2
            error = math.sqrt(pooled * (1 - pooled) * 2 / args.samples)
            far += abs(p - q) > 3 * error if error > 0 else p != q
        print(f"pairs: {len(ours)}; differing by more than 3 Monte Carlo errors: {far} ({100 * far / len(ours):.2f} %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
