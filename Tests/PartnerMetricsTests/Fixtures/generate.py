#!/usr/bin/env python3
"""Reference values for PartnerMetrics, computed by NetworkX.

Run `python3 generate.py` in this folder; it rewrites one JSON file per graph next to itself:

    {"graph": {"nodes": [id, ...], "edges": [[u, v] or [u, v, w], ...], "directed": bool,
               "weighted": bool, "top": [ids of the first mode]  (two-mode graphs only)},
     "networkx": "3.6.1",
     "params": {...},                     # parameters used (Katz alpha, personalisation, ...)
     "metrics": {name: {id: value} | number | [[u, v, value], ...]}}

Node values are keyed by node id. Edge metrics are lists of [u, v, value]; for an undirected graph u is
the endpoint that comes first in "nodes". NaN (undefined, e.g. the constraint of an isolated node) is
written as null. Weighted path metrics (closeness, harmonic, betweenness with `_weighted`) use the weight
as a distance, as NetworkX does. Iterative methods run to a much tighter tolerance than NetworkX's
default, so that the stored values are the fixed points, not NetworkX's stopping points.

Component labels number components by their lowest node (in "nodes" order): the component holding the
first node is 0, and so on.
"""
import json
import math
import os
import random
import sys

# NetworkX iterates sets of string ids in places (harmonic centrality); fix the hash seed so that sums are
# added in the same order on every run and the files are byte-for-byte reproducible.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

import networkx as nx
from networkx.algorithms import bipartite

HERE = os.path.dirname(os.path.abspath(__file__))
TIGHT = dict(tol=1e-14, max_iter=100000)


def labels(graph, components):
    """Label per node id: components ordered by their lowest node index."""
    index = {node: i for i, node in enumerate(graph.nodes)}
    ordered = sorted((sorted(index[v] for v in comp) for comp in components), key=lambda c: c[0])
    result = {}
    for label, comp in enumerate(ordered):
        for i in comp:
            result[list(graph.nodes)[i]] = label
    return result


def clean(value):
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {str(k): clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean(v) for v in value]
    return value


def edge_list(graph, values):
    index = {node: i for i, node in enumerate(graph.nodes)}
    rows = []
    for (u, v), value in values.items():
        if not graph.is_directed() and index[u] > index[v]:
            u, v = v, u
        rows.append([u, v, value])
    rows.sort(key=lambda r: (index[r[0]], index[r[1]]))
    return rows


def freeman(values, denominator):
    top = max(values.values())
    return sum(top - v for v in values.values()) / denominator


def alpha_degree(graph, alpha):
    """Opsahl, Agneessens & Skvoretz (2010): k^(1-alpha) * s^alpha (0 for an isolated node)."""
    result = {}
    for node in graph:
        k = graph.degree(node)
        s = graph.degree(node, weight="weight")
        result[node] = 0.0 if k == 0 else k ** (1 - alpha) * s ** alpha
    return result


def simple_singular_gap(graph, weight):
    import numpy as np
    a = nx.to_numpy_array(graph, weight=weight)
    s = np.linalg.svd(a, compute_uv=False)
    return len(s) < 2 or s[0] - s[1] > 1e-3 * s[0]


def metrics(graph, params, top=None):
    m = {}
    directed = graph.is_directed()
    weighted = all("weight" in d for _, _, d in graph.edges(data=True)) and graph.number_of_edges() > 0
    n = graph.number_of_nodes()

    m["degree"] = dict(graph.degree())
    m["degree_centrality"] = nx.degree_centrality(graph)
    if directed:
        m["in_degree"] = dict(graph.in_degree())
        m["out_degree"] = dict(graph.out_degree())
        m["in_degree_centrality"] = nx.in_degree_centrality(graph)
        m["out_degree_centrality"] = nx.out_degree_centrality(graph)
    if weighted:
        m["strength"] = dict(graph.degree(weight="weight"))
        if directed:
            m["in_strength"] = dict(graph.in_degree(weight="weight"))
            m["out_strength"] = dict(graph.out_degree(weight="weight"))
        for alpha in (0.0, 0.5, 1.5):
            m[f"alpha_degree_{alpha}"] = alpha_degree(graph, alpha)

    # Shortest paths (the `paths` engineer's functions).
    m["closeness"] = nx.closeness_centrality(graph)
    m["harmonic"] = nx.harmonic_centrality(graph)
    m["betweenness"] = nx.betweenness_centrality(graph, normalized=True)
    m["betweenness_raw"] = nx.betweenness_centrality(graph, normalized=False)
    m["betweenness_endpoints"] = nx.betweenness_centrality(graph, normalized=True, endpoints=True)
    m["betweenness_endpoints_raw"] = nx.betweenness_centrality(graph, normalized=False, endpoints=True)
    m["edge_betweenness"] = edge_list(graph, nx.edge_betweenness_centrality(graph, normalized=True))
    m["edge_betweenness_raw"] = edge_list(graph, nx.edge_betweenness_centrality(graph, normalized=False))
    if weighted:
        m["closeness_weighted"] = nx.closeness_centrality(graph, distance="weight")
        m["harmonic_weighted"] = nx.harmonic_centrality(graph, distance="weight")
        m["betweenness_weighted"] = nx.betweenness_centrality(graph, normalized=True, weight="weight")
        m["betweenness_weighted_raw"] = nx.betweenness_centrality(graph, normalized=False, weight="weight")
        m["edge_betweenness_weighted"] = edge_list(
            graph, nx.edge_betweenness_centrality(graph, normalized=True, weight="weight"))

    # Spectral.
    m["pagerank"] = nx.pagerank(graph, alpha=0.85, weight=None, **TIGHT)
    if "personalization" in params:
        m["pagerank_personalized"] = nx.pagerank(
            graph, alpha=0.85, personalization=params["personalization"], weight=None, **TIGHT)
    if weighted:
        m["pagerank_weighted"] = nx.pagerank(graph, alpha=0.85, weight="weight", **TIGHT)
    if params.get("eigenvector", True):
        m["eigenvector"] = nx.eigenvector_centrality(graph, **TIGHT)
        if weighted:
            m["eigenvector_weighted"] = nx.eigenvector_centrality(graph, weight="weight", **TIGHT)
    m["katz"] = nx.katz_centrality(graph, alpha=params["katz_alpha"], beta=1.0, **TIGHT)
    if weighted:
        m["katz_weighted"] = nx.katz_centrality(graph, alpha=params["katz_alpha_weighted"], beta=1.0,
                                                weight="weight", **TIGHT)
    if graph.number_of_edges() > 0 and simple_singular_gap(graph, None):
        unweighted = nx.DiGraph(graph) if directed else nx.Graph(graph)
        for _, _, d in unweighted.edges(data=True):
            d.pop("weight", None)
        # A fixed ARPACK start vector (NetworkX passes nstart as v0) keeps the files reproducible.
        hubs, authorities = nx.hits(unweighted, tol=1e-14, max_iter=100000, nstart={v: 1.0 for v in unweighted})
        m["hubs"], m["authorities"] = hubs, authorities

    # Structure.
    if directed:
        m["strong_components"] = labels(graph, nx.strongly_connected_components(graph))
        m["weak_components"] = labels(graph, nx.weakly_connected_components(graph))
    else:
        m["components"] = labels(graph, nx.connected_components(graph))
        m["core_number"] = nx.core_number(graph)
    m["density"] = nx.density(graph)
    if not directed:
        m["clustering"] = nx.clustering(graph)
        m["average_clustering"] = nx.average_clustering(graph)
        m["transitivity"] = nx.transitivity(graph)
        if weighted:
            m["clustering_weighted"] = nx.clustering(graph, weight="weight")
            m["average_clustering_weighted"] = nx.average_clustering(graph, weight="weight")
        m["constraint"] = nx.constraint(graph)
        m["effective_size"] = nx.effective_size(graph)
        if weighted:
            m["constraint_weighted"] = nx.constraint(graph, weight="weight")
            # NetworkX's vectorised path (nodes=None) divides by the wrong row's maximum on weighted graphs
            # (networkx/networkx PR #8906, open); its per-node path follows Burt's definition, so store that.
            m["effective_size_weighted"] = nx.effective_size(graph, nodes=list(graph), weight="weight")
        # Freeman (1979) centralisation: sum of (max - c_i) over the largest possible sum, reached by a star.
        if n > 2:
            m["degree_centralization"] = freeman(m["degree_centrality"], n - 2)
            m["betweenness_centralization"] = freeman(m["betweenness"], n - 1)
            m["closeness_centralization"] = freeman(m["closeness"], (n - 1) * (n - 2) / (2 * n - 3))

    if top is not None:
        m["bipartite_degree"] = bipartite.degree_centrality(graph, top)
        m["bipartite_closeness"] = bipartite.closeness_centrality(graph, top, normalized=True)
        m["bipartite_closeness_raw"] = bipartite.closeness_centrality(graph, top, normalized=False)
        m["bipartite_betweenness"] = bipartite.betweenness_centrality(graph, top)
    return m


def write(name, graph, params, top=None):
    weighted = all("weight" in d for _, _, d in graph.edges(data=True)) and graph.number_of_edges() > 0
    edges = [[u, v, d["weight"]] if weighted else [u, v] for u, v, d in graph.edges(data=True)]
    record = {
        "graph": {"nodes": list(graph.nodes), "edges": edges, "directed": graph.is_directed(),
                  "weighted": weighted},
        "networkx": nx.__version__,
        "params": params,
        "metrics": metrics(graph, params, top),
    }
    if top is not None:
        record["graph"]["top"] = list(top)
    order = {node: i for i, node in enumerate(graph.nodes)}
    for metric, value in record["metrics"].items():
        if isinstance(value, dict):
            record["metrics"][metric] = dict(sorted(value.items(), key=lambda item: order[item[0]]))
    with open(os.path.join(HERE, f"{name}.json"), "w") as f:
        json.dump(clean(record), f, indent=None, separators=(",", ":"), sort_keys=False)
        f.write("\n")


def relabel(graph, prefix):
    return nx.relabel_nodes(graph, {v: f"{prefix}{v}" for v in graph.nodes}, copy=True)


def main():
    write("path", relabel(nx.path_graph(6), "p"), {"katz_alpha": 0.1, "personalization": {"p0": 1, "p2": 3}})
    write("star", relabel(nx.star_graph(7), "s"), {"katz_alpha": 0.1})
    write("complete", relabel(nx.complete_graph(6), "k"), {"katz_alpha": 0.1})

    weighted = nx.Graph()
    weighted.add_nodes_from(["a", "b", "c", "d", "e", "f", "g"])
    weighted.add_weighted_edges_from([
        ("a", "b", 3.0), ("a", "c", 1.0), ("b", "c", 2.0), ("c", "d", 4.0), ("d", "e", 1.5),
        ("e", "f", 2.0), ("d", "f", 0.5), ("f", "g", 1.0), ("b", "d", 1.0), ("a", "g", 5.0)])
    write("weighted", weighted, {"katz_alpha": 0.05, "katz_alpha_weighted": 0.02,
                                 "personalization": {"a": 1, "e": 1, "g": 2}})

    directed = nx.DiGraph()
    directed.add_nodes_from(["u0", "u1", "u2", "u3", "u4", "u5", "u6", "u7"])
    # A cycle u0 -> u1 -> u2 -> u0 with a chord, branches out to dangling nodes u5, u6, and an isolated u7.
    directed.add_edges_from([
        ("u0", "u1"), ("u1", "u2"), ("u2", "u0"), ("u1", "u3"), ("u3", "u4"), ("u4", "u1"),
        ("u2", "u5"), ("u4", "u6"), ("u0", "u3"), ("u3", "u5")])
    write("directed", directed, {"katz_alpha": 0.1, "personalization": {"u0": 1, "u6": 1}})

    disconnected = nx.Graph()
    disconnected.add_nodes_from(["x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8"])
    disconnected.add_edges_from([
        ("x0", "x1"), ("x1", "x2"), ("x2", "x0"), ("x2", "x3"),      # a triangle with a tail
        ("x4", "x5"), ("x5", "x6"), ("x6", "x7"), ("x4", "x6")])     # a second component; x8 isolated
    write("disconnected", disconnected, {"katz_alpha": 0.1, "eigenvector": True})

    two_mode = nx.Graph()
    actors = ["A1", "A2", "A3", "A4", "A5", "A6"]
    meetings = ["M1", "M2", "M3", "M4"]
    two_mode.add_nodes_from(actors + meetings)
    two_mode.add_edges_from([
        ("A1", "M1"), ("A2", "M1"), ("A3", "M1"), ("A1", "M2"), ("A4", "M2"), ("A2", "M3"),
        ("A4", "M3"), ("A5", "M3"), ("A6", "M4"), ("A5", "M4"), ("A1", "M4")])
    write("two-mode", two_mode, {"katz_alpha": 0.1}, top=actors)

    # Random: a seeded Holme-Kim graph (clustered, heavy-tailed) with integer weights 1..5.
    rng = random.Random(20261129)
    random_graph = relabel(nx.powerlaw_cluster_graph(600, 3, 0.3, seed=7), "r")
    for u, v in random_graph.edges:
        random_graph[u][v]["weight"] = float(rng.randint(1, 5))
    import numpy as np
    lam = max(abs(np.linalg.eigvals(nx.to_numpy_array(random_graph, weight=None))))
    lam_w = max(abs(np.linalg.eigvals(nx.to_numpy_array(random_graph, weight="weight"))))
    write("random", random_graph, {
        "katz_alpha": round(0.5 / lam, 6), "katz_alpha_weighted": round(0.5 / lam_w, 6),
        "personalization": {"r0": 1, "r10": 2, "r100": 3}, "seed": 7, "weight_seed": 20261129})

    # Random two-mode graph: 60 actors, 20 meetings.
    rng = random.Random(4)
    affiliation = nx.Graph()
    actors = [f"a{i}" for i in range(60)]
    meetings = [f"m{j}" for j in range(20)]
    affiliation.add_nodes_from(actors + meetings)
    for j, meeting in enumerate(meetings):
        for actor in rng.sample(actors, rng.randint(2, 9)):
            affiliation.add_edge(actor, meeting)
    write("affiliation", affiliation, {"katz_alpha": 0.05, "seed": 4}, top=actors)


if __name__ == "__main__":
    main()
