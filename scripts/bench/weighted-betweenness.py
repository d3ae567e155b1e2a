#!/usr/bin/env python3
"""Weighted betweenness: partnet against igraph on a weighted copy of a benchmark edge list.

    weighted-betweenness.py make SRC.tsv OUT.tsv [--seed 14] [--scale 1]
        Copies the edge list SRC (u<TAB>v) to OUT (u<TAB>v<TAB>w) with integer weights drawn uniformly
        from 1..10 by Python's Mersenne Twister seeded with --seed: the same seed gives the same file.
        OUT must lie outside the repository (benchmark inputs are not committed). --scale 0.5 halves every
        weight: the same shortest paths and values, but lengths that are not whole numbers, so partnet
        searches with its binary heap instead of its bucket queue (to measure one against the other).

    weighted-betweenness.py compare OUT.tsv --partnet BIN [--threads 2] [--sources FILE] [--skip-igraph]
        Runs `partnet bench betweenness-weighted` (weights are lengths) and igraph's
        `betweenness(weights=...)` (one thread) on the same file, prints one JSON line per library with
        run_s (partnet: the kernel alone; process_cpu_s: the whole process's CPU time, reading included;
        igraph: run_cpu_s, the CPU time of the call) and the 1-minute load average before and after, then one
        line comparing them: the time ratio partnet/igraph, the CPU-time ratio (fairer on a busy machine),
        and the largest relative difference of the normalised values.
        With --sources (one node id per line), both estimate from those sources only.

Values are normalised as the harness normalises exact betweenness: 2/((n-1)(n-2)), times n/k with k sources.
"""
import argparse, json, os, random, subprocess, sys, tempfile, time


def make(a):
    rng = random.Random(a.seed)
    with open(a.src, encoding="ascii") as src, open(a.out, "w", encoding="ascii") as out:
        for line in src:
            u, v = line.split()
            out.write("%s\t%s\t%g\n" % (u, v, rng.randint(1, 10) * a.scale))


def read(path):
    names, index, edges, weights = [], {}, [], []
    with open(path, encoding="ascii") as f:
        for line in f:
            u, v, w = line.split()
            for x in (u, v):
                if x not in index:
                    index[x] = len(names)
                    names.append(x)
            edges.append((index[u], index[v]))
            weights.append(float(w))
    return names, index, edges, weights


def igraph_values(path, sources_path):
    import igraph as ig
    names, index, edges, weights = read(path)
    n = len(names)
    g = ig.Graph(n=n, edges=edges, directed=False)
    sources = None
    if sources_path:
        sources = [index[line.strip()] for line in open(sources_path) if line.strip()]
    load = os.getloadavg()[0]
    start = time.perf_counter()
    cpu = time.process_time()
    if sources is None:
        raw = g.betweenness(directed=False, weights=weights)
    else:
        raw = g.betweenness(directed=False, weights=weights, sources=sources)
    run = time.perf_counter() - start
    cpu = time.process_time() - cpu
    scale = 2.0 / ((n - 1) * (n - 2)) * (n / len(sources) if sources else 1.0)
    values = {names[i]: raw[i] * scale for i in range(n)}
    line = {"lib": "igraph", "version": ig.__version__, "run_s": round(run, 4), "run_cpu_s": round(cpu, 4),
            "loadavg": [round(load, 2), round(os.getloadavg()[0], 2)]}
    return values, line


def partnet_values(path, binary, threads, sources_path):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "values.tsv")
        cmd = [binary, "bench", "betweenness-weighted", path, "--threads", str(threads), "--values", out]
        if sources_path:
            cmd += ["--sources", sources_path]
        load = os.getloadavg()[0]
        before = os.times()
        p = subprocess.run(cmd, capture_output=True, text=True)
        after = os.times()
        if p.returncode != 0:
            sys.exit("partnet failed: " + p.stderr[-500:])
        line = json.loads(p.stdout.strip().splitlines()[-1])
        values = {}
        for row in open(out):
            node, value = row.rstrip("\n").split("\t")
            values[node] = float(value)
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    summary = {"lib": "partnet", "threads": threads, "run_s": line["run_s"],
               "process_cpu_s": round(cpu, 4),
               "loadavg": [round(load, 2), round(os.getloadavg()[0], 2)]}
    return values, summary


def compare(a):
    mine, mine_line = partnet_values(a.file, a.partnet, a.threads, a.sources)
    print(json.dumps(mine_line))
    if a.skip_igraph:
        print(json.dumps({"sum": sum(mine.values()), "max": max(mine.values())}))
        return
    theirs, their_line = igraph_values(a.file, a.sources)
    print(json.dumps(their_line))
    if set(mine) != set(theirs):
        sys.exit("the two results name different nodes")
    worst = 0.0
    for node, value in theirs.items():
        scale = max(abs(value), abs(mine[node]), 1e-300)
        worst = max(worst, abs(value - mine[node]) / scale if scale > 1e-15 else abs(value - mine[node]))
    print(json.dumps({"ratio": round(mine_line["run_s"] / their_line["run_s"], 4),
                      "cpu_ratio": round(mine_line["process_cpu_s"] / their_line["run_cpu_s"], 4),
                      "max_relative_difference": worst,
                      "sum": [sum(mine.values()), sum(theirs.values())]}))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    m = commands.add_parser("make")
    m.add_argument("src")
    m.add_argument("out")
    m.add_argument("--seed", type=int, default=14)
    m.add_argument("--scale", type=float, default=1.0)
    c = commands.add_parser("compare")
    c.add_argument("file")
    c.add_argument("--partnet", required=True)
    c.add_argument("--threads", type=int, default=2)
    c.add_argument("--sources")
    c.add_argument("--skip-igraph", action="store_true")
    a = parser.parse_args()
    make(a) if a.command == "make" else compare(a)


if __name__ == "__main__":
    main()
