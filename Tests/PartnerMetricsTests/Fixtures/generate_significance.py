"""Reference p-values for the projection null models (Tests/PartnerMetricsTests/Significance/SignificanceFixture.swift).

Writes significance-davis.json, significance-affil.json, significance-sparse.json and significance-rabat.json:
- SDSM: the `bicm` package (BipartiteGraph.solve_tool, compute_projection(approx_method='poibin')), upper tail
  P(X >= k); the lower tail P(X <= k) from bicm's own PoiBin over the same fitnesses.
- hypergeometric: scipy.stats.hypergeom, upper sf(k - 1, N, d_a, d_b) and lower cdf(k, N, d_a, d_b).

- FDSM: fdsm_reference.py (one curveball trade at a time) on Davis; on the sparse graph, the vectorised global
  curveball of scripts/fdsm_curveball.py, with many samples.

significance-rabat.json holds only FDSM p-values, by the global curveball with many samples, of the countries x
meetings graph of co-chairs in graphs/rabat-process-2015-2025.yaml (the Significance article's worked example).

The sparse graph is random and drawn from a fixed seed: 150 actors of Pareto-distributed activity (102 of them
in a meeting, 41 in one meeting only) and 60 meetings of Pareto-distributed sizes, as affil-M's degrees are
skewed; its many degree-1 actors and its hubs are what a sampler must mix.

The affil sample is drawn deterministically from affil-M (PEERS_DATA or ~/partnet-bench): the first 500
meetings in file order and, among their members, the 2,000 actors with most memberships in them (ties by first
appearance). The sample's edges are stored in the fixture, so tests never need the data set.

Usage: python3 generate_significance.py [davis] [affil] [sparse] [rabat]   (all by default; bicm 3.x, networkx,
scipy, pyyaml)
"""
import json
import os
import sys
import warnings

import networkx as nx
import numpy as np
import scipy.sparse as sp
from scipy.stats import hypergeom
from bicm import BipartiteGraph
from bicm.poibin import PoiBin

from fdsm_reference import fdsm

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "scripts"))
import fdsm_curveball  # noqa: E402

warnings.filterwarnings("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))


def references(actors, meetings, edges, keep_pair=lambda i, j, k: True):
    rows = [a for a, _ in edges]
    cols = [m for _, m in edges]
    B = sp.csr_matrix((np.ones(len(edges)), (rows, cols)), shape=(len(actors), len(meetings)))
    B.data[:] = 1
    bg = BipartiteGraph(biadjacency=B)
    bg.solve_tool(print_error=False)
    bg.compute_projection(rows=True, alpha=1.0, approx_method="poibin", progress_bar=False)
    x, y = bg.x, bg.y
    da = np.asarray(B.sum(axis=1)).ravel().astype(int)
    dm = np.asarray(B.sum(axis=0)).ravel().astype(int)
    N = int((dm > 0).sum())
    C = sp.triu(B @ B.T, 1).tocoo()
    pairs = []
    for i, j, k in sorted(zip(C.row.tolist(), C.col.tolist(), C.data.astype(int).tolist())):
        if not keep_pair(i, j, k):
            continue
        p_upper = bg.rows_pvals[i][j] if j in bg.rows_pvals.get(i, {}) else bg.rows_pvals[j][i]
        xi, xj = x[i] * y, x[j] * y
        probs = xi * xj / ((1 + xi) * (1 + xj))
        p_lower = float(PoiBin(probs).cdf(k))
        h_upper = float(hypergeom.sf(k - 1, N, da[i], da[j]))
        h_lower = float(hypergeom.cdf(k, N, da[i], da[j]))
        pairs.append([i, j, k, float(p_upper), min(1.0, p_lower), h_upper, h_lower])
    # The BiCM's expected degrees, to check the solver itself.
    P = np.outer(x, y) / (1 + np.outer(x, y))
    return {
        "actors": actors, "meetings": meetings, "edges": [list(e) for e in edges],
        "actorFitness": x.tolist(), "meetingFitness": y.tolist(),
        "expectedDegreeError": float(max(abs(P.sum(1) - da).max(), abs(P.sum(0) - dm).max())),
        "pairs": pairs,
        "columns": ["a", "b", "count", "sdsmUpper", "sdsmLower", "hypergeometricUpper", "hypergeometricLower"],
    }


FDSM_SAMPLES, FDSM_SEED = 5000, 7


def davis():
    G = nx.davis_southern_women_graph()
    women, events = G.graph["top"], G.graph["bottom"]
    edges = sorted((women.index(u), events.index(v)) if u in women else (women.index(v), events.index(u))
                   for u, v in G.edges())
    data = references(women, events, edges)
    # FDSM by the independent curveball reference (about 2 minutes).
    e = np.array(edges)
    B = sp.csr_matrix((np.ones(len(e)), (e[:, 0], e[:, 1])), shape=(len(women), len(events)))
    r, c, k, upper, lower = fdsm(B, FDSM_SAMPLES, FDSM_SEED)
    data["fdsm"] = {"samples": FDSM_SAMPLES, "seed": FDSM_SEED,
                    "pairs": [[int(i), int(j), int(n), float(u), float(l)] for i, j, n, u, l in zip(r, c, k, upper, lower)]}
    return data


def affil_sample():
    path = os.path.join(os.environ.get("PEERS_DATA", os.path.expanduser("~/partnet-bench")), "affil-M.tsv")
    meetings, members, first_seen = [], {}, {}
    for line in open(path):
        a, m, _ = line.rstrip("\n").split("\t")
        if m not in members:
            if len(meetings) == 500:
                continue
            meetings.append(m)
            members[m] = set()
        members[m].add(a)
        first_seen.setdefault(a, len(first_seen))
    count = {}
    for m in meetings:
        for a in members[m]:
            count[a] = count.get(a, 0) + 1
    actors = sorted(count, key=lambda a: (-count[a], first_seen[a]))[:2000]
    index = {a: i for i, a in enumerate(actors)}
    edges = sorted((index[a], j) for j, m in enumerate(meetings) for a in members[m] if a in index)
    used = sorted({m for _, m in edges})
    remap = {m: i for i, m in enumerate(used)}
    edges = [(a, remap[m]) for a, m in edges]
    # Every pair sharing two meetings or more, and one pair in 20 of the rest: a small fixture.
    return references(actors, [meetings[m] for m in used], edges,
                      keep_pair=lambda i, j, k: k >= 2 or (i * 7919 + j) % 20 == 0)


SPARSE_SAMPLES, SPARSE_SEED = 20000, 3


def sparse():
    rng = np.random.default_rng(2026)
    weight = rng.pareto(1.2, 150) + 1
    weight /= weight.sum()
    drawn = set()
    for m in range(60):
        size = int(min(30, 2 + rng.pareto(1.2) * 1.5))
        for a in rng.choice(150, size=size, replace=False, p=weight):
            drawn.add((int(a), m))
    # Actors in no meeting are left out, so that every row of the biadjacency matrix has an edge.
    used = {a: i for i, a in enumerate(sorted({a for a, _ in drawn}))}
    edges = sorted((used[a], m) for a, m in drawn)
    data = references([f"a{a}" for a in sorted(used)], [f"m{m}" for m in range(60)], edges)
    e = np.array(edges)
    r, c, k, upper, lower = fdsm_curveball.fdsm(e[:, 0], e[:, 1], len(used), 60, SPARSE_SAMPLES, SPARSE_SEED)
    data["fdsm"] = {"samples": SPARSE_SAMPLES, "seed": SPARSE_SEED,
                    "pairs": [[int(i), int(j), int(n), float(u), float(l)] for i, j, n, u, l in zip(r, c, k, upper, lower)]}
    return data


RABAT_SAMPLES, RABAT_SEED = 100000, 3


def rabat():
    import yaml
    path = os.path.join(HERE, "..", "..", "..", "graphs", "rabat-process-2015-2025.yaml")
    network = yaml.safe_load(open(path))
    countries = [a["id"] for a in network["actors"] if a.get("kind") == "country"]
    meetings = [m["id"] for m in network["meetings"]]
    index, edges = {c: i for i, c in enumerate(countries)}, set()
    for j, m in enumerate(network["meetings"]):
        for chair in m.get("coChairs") or []:
            if chair["id"] in index:
                edges.add((index[chair["id"]], j))
    # Only the countries and meetings with a co-chairing: the others have nothing to trade.
    used_a = sorted({a for a, _ in edges})
    used_m = sorted({m for _, m in edges})
    ra, rm = {a: i for i, a in enumerate(used_a)}, {m: i for i, m in enumerate(used_m)}
    e = np.array(sorted((ra[a], rm[m]) for a, m in edges))
    r, c, k, upper, lower = fdsm_curveball.fdsm(e[:, 0], e[:, 1], len(used_a), len(used_m), RABAT_SAMPLES, RABAT_SEED)
    ids = [countries[a] for a in used_a]
    return {"samples": RABAT_SAMPLES, "seed": RABAT_SEED, "columns": ["a", "b", "count", "fdsmUpper", "fdsmLower"],
            "pairs": [[ids[i], ids[j], int(n), float(u), float(l)] for i, j, n, u, l in zip(r, c, k, upper, lower)]}


if __name__ == "__main__":
    makers = {"davis": davis, "affil": affil_sample, "sparse": sparse, "rabat": rabat}
    for name, make in ((name, makers[name]) for name in (sys.argv[1:] or makers)):
        data = make()
        with open(os.path.join(HERE, f"significance-{name}.json"), "w") as f:
            json.dump(data, f, separators=(",", ":"))
        if "actors" in data:
            print(name, len(data["actors"]), "x", len(data["meetings"]), len(data["edges"]), "edges",
                  len(data["pairs"]), "pairs; BiCM degree error", data["expectedDegreeError"])
        else:
            print(name, len(data["pairs"]), "pairs")
