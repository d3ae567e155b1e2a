#!/usr/bin/env python3
"""Reference values for the path-based centralities (betweenness, edge betweenness, closeness, harmonic).

    python3 generate_paths.py        # writes paths-*.json next to this script

Each file holds one graph and what NetworkX computes on it:
{"graph": {"nodes", "edges": [[u, v] or [u, v, w]], "directed", "weighted"}, "networkx": VERSION,
 "sources": [...], "metrics": {name: {node: value} | [[u, v, value]]}}.
Weighted metrics come in two flavours: `_weight` passes the weight to NetworkX as the distance
(PartnerGraph's `distance: .weight`); `_inverse` passes 1/weight (PartnerGraph's default, weights as strength).
`betweenness_sampled` is the estimator of shared/bench/README.md for the listed sources:
(n/k) * sum_{s in S} delta_s(v) / ((n-1)(n-2)) (directed: the same formula, no pair halving).
"""
import json
import os
import random

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def node_metrics(G, weighted, sources):
    m = {}
    n = len(G)
    m["betweenness"] = nx.betweenness_centrality(G, normalized=True)
    m["betweenness_raw"] = nx.betweenness_centrality(G, normalized=False)
    m["betweenness_endpoints"] = nx.betweenness_centrality(G, normalized=True, endpoints=True)
    m["betweenness_endpoints_raw"] = nx.betweenness_centrality(G, normalized=False, endpoints=True)
    m["closeness"] = nx.closeness_centrality(G)
    m["closeness_plain"] = nx.closeness_centrality(G, wf_improved=False)
    m["harmonic"] = nx.harmonic_centrality(G)
    m["edge_betweenness"] = edges(nx.edge_betweenness_centrality(G, normalized=True))
    m["edge_betweenness_raw"] = edges(nx.edge_betweenness_centrality(G, normalized=False))
    # Sum of dependencies from the sources; betweenness_centrality_subset halves undirected values.
    raw = nx.betweenness_centrality_subset(G, sources, list(G), normalized=False)
    undo = 1.0 if G.is_directed() else 2.0
    k = len(sources)
    m["betweenness_sampled"] = {v: x * undo * n / (k * (n - 1) * (n - 2)) for v, x in raw.items()}
    if weighted:
        for attr, suffix in (("weight", "_weight"), ("inverse", "_inverse")):
            m["betweenness" + suffix] = nx.betweenness_centrality(G, normalized=True, weight=attr)
            m["betweenness_raw" + suffix] = nx.betweenness_centrality(G, normalized=False, weight=attr)
            m["edge_betweenness" + suffix] = edges(nx.edge_betweenness_centrality(G, normalized=True, weight=attr))
            m["closeness" + suffix] = nx.closeness_centrality(G, distance=attr)
            m["harmonic" + suffix] = nx.harmonic_centrality(G, distance=attr)
    return m


def edges(d):
    return [[u, v, x] for (u, v), x in d.items()]


def write(name, G, weighted, rng):
    if weighted:
        for u, v, d in G.edges(data=True):
            d["inverse"] = 1.0 / d["weight"]
    nodes = list(G)
    sources = rng.sample(sorted(nodes), max(3, min(len(nodes) // 4, 40)))
    data = {
        "graph": {
            "nodes": nodes,
            "edges": [[u, v, d["weight"]] if weighted else [u, v] for u, v, d in G.edges(data=True)],
            "directed": G.is_directed(),
            "weighted": weighted,
        },
        "networkx": nx.__version__,
        "sources": sources,
        "metrics": node_metrics(G, weighted, sources),
    }
    with open(os.path.join(HERE, f"paths-{name}.json"), "w") as f:
        json.dump(data, f)


def relabel(G, prefix):
    return nx.relabel_nodes(G, {v: f"{prefix}{v}" for v in G})


def main():
    rng = random.Random(20261129)
    write("path", relabel(nx.path_graph(7), "p"), False, rng)
    write("star", relabel(nx.star_graph(6), "s"), False, rng)
    write("complete", relabel(nx.complete_graph(6), "k"), False, rng)

    # Integer weights make ties exact in both flavours; 0.5 and 2.5 add non-integral inverse distances.
    W = nx.Graph()
    for u, v, w in [("a", "b", 1), ("b", "c", 2), ("a", "c", 3), ("c", "d", 1), ("b", "d", 3), ("d", "e", 2),
                    ("e", "f", 0.5), ("c", "f", 2.5), ("f", "g", 1), ("a", "g", 4)]:
        W.add_edge(u, v, weight=w)
    write("weighted", W, True, rng)

    # Dangling nodes: x3 has no out-edges, x5 has no in-edges, x6 is isolated.
    D = nx.DiGraph()
    D.add_nodes_from(f"x{i}" for i in range(7))
    D.add_edges_from([("x0", "x1"), ("x1", "x2"), ("x2", "x0"), ("x1", "x3"), ("x2", "x3"), ("x5", "x0"),
                      ("x5", "x4"), ("x4", "x2"), ("x0", "x4")])
    write("directed", D, False, rng)

    U = nx.disjoint_union(nx.path_graph(4), nx.cycle_graph(5))
    U.add_node(9)
    write("disconnected", relabel(U, "u"), False, rng)

    B = nx.Graph()
    actors = [f"a{i}" for i in range(8)]
    meetings = [f"m{i}" for i in range(5)]
    B.add_nodes_from(actors + meetings)
    for i, a in enumerate(actors):
        for j, mt in enumerate(meetings):
            if (i * 7 + j * 3) % 5 < 2:
                B.add_edge(a, mt)
    write("two-mode", B, False, rng)

    R = nx.gnm_random_graph(600, 1500, seed=7)
    write("random", relabel(R, "r"), False, rng)

    RW = nx.gnm_random_graph(150, 400, seed=11)
    wr = random.Random(5)
    for u, v in RW.edges:
        RW[u][v]["weight"] = wr.choice([1, 2, 3, 4, 0.5])
    write("random-weighted", relabel(RW, "w"), True, rng)

    RD = nx.gnm_random_graph(200, 700, seed=13, directed=True)
    write("random-directed", relabel(RD, "d"), False, rng)

    # Whole-number lengths 1..10 (the bucket queue's case), with many ties between equal-length paths.
    RI = nx.gnm_random_graph(200, 600, seed=17)
    ir = random.Random(19)
    for u, v in RI.edges:
        RI[u][v]["weight"] = ir.randint(1, 10)
    write("random-integer", relabel(RI, "i"), True, rng)


if __name__ == "__main__":
    main()
