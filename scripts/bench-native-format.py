#!/usr/bin/env python3
"""What the native network-file format costs against TSV, end to end: `partnet info FILE --format json` on a peer
dataset as TSV and on the same network written by `partnet convert --to yaml` and `--to json`.

Each run is one whole process timed by the bench's own end-to-end harness (`e2e.py --one`, the measurement of
its `info` task: wall time and the child's peak resident memory). Prints one JSON line per dataset and format, then
the two figures issue 21 asks for: time against the TSV (target <= 2) and peak memory against the file's size
(target <= 4).

    PEERS_DATA=$HOME/partnet-bench PARTNET=.build/release/partnet python3 scripts/bench-native-format.py uni-L affil-L
    ... --reps 5 --e2e /work/shared/bench/e2e.py --keep /tmp/native-files

With --peer, it also runs e2e.py's full `info` task on each file (NetworkX and PyYAML as the peer: minutes on a
large YAML file).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def measure(e2e, binary, path, output):
    """One run of `partnet info PATH --format json` through e2e.py's measurement: (seconds, peak MB)."""
    command = [sys.executable, e2e, "--one", binary, "info", path, "--format", "json"]
    result = subprocess.run(command, input=output, capture_output=True, text=True)
    line = json.loads(result.stdout or "{}")
    if line.get("rc") != 0:
        sys.exit(f"partnet info {path} failed: {line.get('err') or result.stderr[-400:]}")
    return line["s"], line["mb"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("datasets", nargs="+", help="peer datasets (uni-L, affil-L...) or .tsv paths")
    parser.add_argument("--reps", type=int, default=3, help="runs per file; the median is reported")
    parser.add_argument("--e2e", default=os.environ.get("E2E", os.path.join(HERE, "..", "..", "shared", "bench", "e2e.py")))
    parser.add_argument("--keep", help="a folder for the converted files (kept and reused); a temporary one otherwise")
    parser.add_argument("--peer", action="store_true", help="also run e2e.py's info task (with its NetworkX peer) on each file")
    args = parser.parse_args()
    binary = os.environ.get("PARTNET", os.path.join(HERE, "..", ".build", "release", "partnet"))
    data = os.environ.get("PEERS_DATA", os.path.expanduser("~/partnet-bench"))
    if not os.path.exists(args.e2e):
        sys.exit(f"no e2e.py at {args.e2e}: pass --e2e PATH")
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or scratch
        os.makedirs(folder, exist_ok=True)
        output = os.path.join(scratch, "info.out")
        summary = []
        for dataset in args.datasets:
            tsv = dataset if os.path.exists(dataset) else os.path.join(data, dataset + ".tsv")
            name = os.path.splitext(os.path.basename(tsv))[0]
            files = {"tsv": tsv}
            for fmt in ("yaml", "json"):
                files[fmt] = os.path.join(folder, f"{name}.{fmt}")
                if not os.path.exists(files[fmt]):
                    subprocess.run([binary, "convert", tsv, "--to", fmt, "-o", files[fmt]], check=True)
            times = {}
            for fmt, path in files.items():
                runs = [measure(args.e2e, binary, path, output) for _ in range(args.reps)]
                seconds = statistics.median(r[0] for r in runs)
                peak = statistics.median(r[1] for r in runs)
                size = os.path.getsize(path) / 2**20
                times[fmt] = seconds
                line = {
                    "dataset": name, "format": fmt, "file_mb": round(size, 1), "partnet_s": round(seconds, 3),
                    "partnet_mb": round(peak), "mem_to_file": round(peak / size, 2), "reps": args.reps,
                    "loadavg": round(os.getloadavg()[0], 2),
                }
                if fmt != "tsv":
                    line["time_to_tsv"] = round(seconds / times["tsv"], 2)
                    summary.append(line)
                print(json.dumps(line), flush=True)
                if args.peer:
                    subprocess.run([sys.executable, args.e2e, "info", path, "--reps", "1"], check=True,
                                   env=dict(os.environ, PARTNET=binary))
        for line in summary:
            print(f"{line['dataset']} {line['format']}: {line['time_to_tsv']}x the TSV's time (target <= 2), "
                  f"peak {line['mem_to_file']}x the file (target <= 4), load {line['loadavg']}")


if __name__ == "__main__":
    main()
