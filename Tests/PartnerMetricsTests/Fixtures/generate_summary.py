#!/usr/bin/env python3
"""Reference values for NetworkSummary and the triangle count, from NetworkX and igraph.

Run `python3 generate_summary.py` in this folder; it rewrites `summary.json` next to itself:

    {"networkx": "3.6.1", "igraph": "1.0.0",
     "rabat": {figure name: value},              # graphs/rabat-process.yaml, by NetworkX
     "random": [{"seed", "actors": n, "meetings": k, "edges": [[actor, meeting], ...],
                 "values": {figure name: value}}, ...]}

Rabat figures: the whole network (every node, participations and ties as one simple graph), the two-mode
graph (distinct actor-meeting links) and the actor projection (`bipartite.projected_graph`). Random
affiliations: the projection's pairs, components, triangles, transitivity and mean clustering, each from
NetworkX (`transitivity`, `average_clustering`) and checked against igraph (`transitivity_undirected`,
`transitivity_avglocal_undirected(mode="zero")`) before it is written.
"""
import json
import math
import os

import igraph as ig
import networkx as nx
import yaml
from networkx.algorithms import bipartite

from generate_collaboration import random_affiliation

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
RELATIONS = ["hosts", "coChairs", "attends", "organises"]


def member(entry):
    return entry if isinstance(entry, str) else entry["id"]


def rabat():
    data = yaml.safe_load(open(os.path.join(ROOT, "graphs", "rabat-process.yaml")))
    actors = [a["id"] for a in data["actors"]]
    meetings = [m["id"] for m in data["meetings"]]
    participations = []
    for m in data["meetings"]:
        for relation in RELATIONS:
            participations += [(member(a), m["id"]) for a in m.get(relation) or []]
        for members in (m.get("roles") or {}).values():
            participations += [(member(a), m["id"]) for a in members]
    ties = [(t["from"], t["to"]) for t in data.get("ties") or []]
    whole = nx.Graph()
    whole.add_nodes_from(actors + meetings)
    whole.add_edges_from(participations + ties)
    two_mode = nx.Graph()
    two_mode.add_nodes_from(actors + meetings)
    two_mode.add_edges_from(participations)
    projection = bipartite.projected_graph(two_mode, actors)
    parts = list(nx.connected_components(projection))
    return {
        "network.nodes": whole.number_of_nodes(),
        "network.edges": len(participations) + len(ties),
        "network.links": whole.number_of_edges(),
        "network.participations": len(participations),
        "network.ties": len(ties),
        "network.components": nx.number_connected_components(whole),
        "network.largestComponent": max(len(c) for c in nx.connected_components(whole)),
        "network.density": nx.density(whole),
        "twoMode.actors": len(actors),
        "twoMode.meetings": len(meetings),
        "twoMode.links": two_mode.number_of_edges(),
        "twoMode.density": two_mode.number_of_edges() / (len(actors) * len(meetings)),
        "twoMode.robinsAlexanderClustering": bipartite.robins_alexander_clustering(two_mode),
        "projection.actors": projection.number_of_nodes(),
        "projection.pairs": projection.number_of_edges(),
        "projection.density": nx.density(projection),
        "projection.components": len(parts),
        "projection.largestComponent": max(len(c) for c in parts),
        "projection.isolatedActors": sum(1 for a in actors if projection.degree(a) == 0),
        "projection.triangles": sum(nx.triangles(projection).values()) // 3,
        "projection.transitivity": nx.transitivity(projection),
        "projection.averageClustering": nx.average_clustering(projection),
    }


def random_case(seed, actors, meetings, max_size):
    edges = random_affiliation(seed, actors, meetings, max_size)
    two_mode = nx.Graph()
    two_mode.add_nodes_from(range(actors))
    two_mode.add_nodes_from(range(actors, actors + meetings))
    two_mode.add_edges_from((a, actors + m) for a, m in edges)
    projection = bipartite.projected_graph(two_mode, range(actors))
    g = ig.Graph(n=actors + meetings, edges=[(a, actors + m) for a, m in edges])
    p, _ = g.bipartite_projection(types=[False] * actors + [True] * meetings, multiplicity=False)
    values = {
        "pairs": projection.number_of_edges(),
        "components": nx.number_connected_components(projection),
        "largestComponent": max(len(c) for c in nx.connected_components(projection)),
        "triangles": sum(nx.triangles(projection).values()) // 3,
        "transitivity": nx.transitivity(projection),
        "averageClustering": nx.average_clustering(projection),
        "localClustering": [nx.clustering(projection, a) for a in range(actors)],
    }
    assert p.ecount() == values["pairs"]
    assert math.isclose(p.transitivity_undirected(), values["transitivity"], rel_tol=1e-12, abs_tol=1e-15)
    assert math.isclose(p.transitivity_avglocal_undirected(mode="zero"), values["averageClustering"], rel_tol=1e-12, abs_tol=1e-15)
    return {"seed": seed, "actors": actors, "meetings": meetings, "edges": [list(e) for e in edges], "values": values}


def main():
    specs = [(7, 12, 5, 5), (11, 40, 15, 8), (23, 120, 30, 25), (31, 300, 60, 12), (43, 60, 200, 4)]
    out = {
        "networkx": nx.__version__,
        "igraph": ig.__version__,
        "rabat": rabat(),
        "random": [random_case(*spec) for spec in specs],
    }
    with open(os.path.join(HERE, "summary.json"), "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
