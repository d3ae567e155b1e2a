#!/usr/bin/env python3
"""Exact values of the iterative centralities, by dense linear algebra (NumPy), on NetworkX's graphs.

Run `python3 generate_exact.py` in this folder; it rewrites `exact-NAME.json` next to itself, in the format of
`generate.py` ({"graph", "networkx", "params", "metrics"}). No iteration is involved, so these are the fixed
points the iterative solvers must reach (to ~1e-15), not anybody's stopping point:

- pagerank (and pagerank_weighted): damping 0.85, uniform teleport, dangling nodes jump uniformly:
  x = (1 - d)/n · (I - d Mᵀ)⁻¹ 1 with M the row-stochastic walk matrix, by `numpy.linalg.solve`.
- eigenvector (and eigenvector_weighted): by `numpy.linalg.eigh` of the symmetric A. The rule on any
  graph, connected or not, is NetworkX's: the limit of power iteration from the uniform vector, that is the
  projection of the all-ones vector on the eigenspace of the largest eigenvalue, scaled to unit L2 norm (on a
  disconnected graph, the components whose largest eigenvalue is the graph's carry the values; the others 0).
- katz: x = β (I - α Aᵀ)⁻¹ 1 scaled to unit L2 norm, with α = 0.5 / λ_max (in params) and β = 1.
- hits (authorities = hubs on an undirected graph): the leading eigenvector of A², scaled to sum 1; only
  where it is unique (connected and not bipartite: λ_min > -λ_max).

Graphs: Zachary's karate club (unweighted), Les Misérables (weighted: co-appearances), the Florentine
families, and a disconnected G(n, p) random graph (seed 7) with isolated nodes.
"""
import json
import os

import networkx as nx
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def graphs():
    karate = nx.Graph()
    karate.add_nodes_from(nx.karate_club_graph().nodes)
    karate.add_edges_from(nx.karate_club_graph().edges)
    yield "karate", karate, False
    yield "les-miserables", nx.les_miserables_graph(), True
    yield "florentine", nx.florentine_families_graph(), False
    yield "disconnected-random", nx.gnp_random_graph(80, 0.035, seed=7), False


def pagerank(a, damping=0.85):
    n = a.shape[0]
    strength = a.sum(axis=1)
    walk = np.where(strength[:, None] > 0, a / np.where(strength > 0, strength, 1)[:, None], 1.0 / n)
    x = np.linalg.solve(np.eye(n) - damping * walk.T, np.full(n, (1 - damping) / n))
    return x / x.sum()


def eigenvector(a):
    values, vectors = np.linalg.eigh(a)
    top = values[-1]
    basis = vectors[:, values >= top - 1e-9 * max(1.0, abs(top))]
    x = basis @ (basis.T @ np.ones(a.shape[0]))
    x = np.maximum(x, 0)
    return x / np.linalg.norm(x), top, values[0]


def katz(a, alpha, beta=1.0):
    n = a.shape[0]
    x = np.linalg.solve(np.eye(n) - alpha * a.T, np.full(n, beta))
    return x / np.linalg.norm(x)


def main():
    for name, graph, weighted in graphs():
        nodes = list(graph.nodes)
        ids = [str(v) for v in nodes]
        plain = nx.to_numpy_array(graph, nodelist=nodes, weight=None)
        metrics = {}
        params = {}
        metrics["pagerank"] = dict(zip(ids, pagerank(plain).tolist()))
        vector, top, bottom = eigenvector(plain)
        metrics["eigenvector"] = dict(zip(ids, vector.tolist()))
        alpha = 0.5 / top
        params["katz_alpha"] = alpha
        metrics["katz"] = dict(zip(ids, katz(plain, alpha).tolist()))
        if nx.is_connected(graph) and bottom > -top + 1e-6:
            values, vectors = np.linalg.eigh(plain @ plain)
            hub = np.abs(vectors[:, -1])
            metrics["hits"] = dict(zip(ids, (hub / hub.sum()).tolist()))
        edges = []
        for u, v, data in graph.edges(data=True):
            edge = [str(u), str(v)]
            if weighted:
                edge.append(float(data["weight"]))
            edges.append(edge)
        if weighted:
            heavy = nx.to_numpy_array(graph, nodelist=nodes, weight="weight")
            metrics["pagerank_weighted"] = dict(zip(ids, pagerank(heavy).tolist()))
            metrics["eigenvector_weighted"] = dict(zip(ids, eigenvector(heavy)[0].tolist()))
        record = {
            "graph": {"nodes": ids, "edges": edges, "directed": False, "weighted": weighted},
            "networkx": nx.__version__,
            "params": params,
            "metrics": metrics,
        }
        with open(os.path.join(HERE, f"exact-{name}.json"), "w") as out:
            json.dump(record, out, indent=1, sort_keys=True)
            out.write("\n")


if __name__ == "__main__":
    main()
