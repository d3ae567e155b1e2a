#!/usr/bin/env python3
"""Reference values for co-occurrence, collaboration statistics and communities.

Run `python3 generate_collaboration.py` in this folder; it rewrites `collaboration-*.json` next to itself:

    {"networkx": "3.6.1",
     "actors": [ids], "meetings": [ids], "edges": [[actor index, meeting index], ...],
     "groups": [group of each actor],            # for mixing (E-I, assortativity)
     "partition": [label of each actor],         # a fixed partition of the actor projection
     "bipartition": [label of each actor, then of each meeting],
     "pairs": [[a, b, {measure: value}], ...],   # a < b by actor index; every linked pair
     "backbone": {"alpha": 0.3, "kept": [[a, b], ...]},
     "values": {name: number}}

NetworkX supplies what it has: the weighted projection (count), the collaboration projection (Newman),
the overlap projections (Jaccard, inclusion), Robins-Alexander clustering, modularity of a partition and
attribute assortativity. The rest is written out from the published formulas, independently of the Swift
code: cosine (Salton), association strength (van Eck & Waltman 2009), lift, PMI/NPMI, Opsahl's C* (2013),
the E-I index (Krackhardt & Stern 1988), Barber's bipartite modularity (2007) and the disparity filter
(Serrano, Boguna & Vespignani 2009).
"""
import itertools
import json
import math
import os
import random

import networkx as nx
from networkx.algorithms import bipartite

HERE = os.path.dirname(os.path.abspath(__file__))


def random_affiliation(seed, actors, meetings, max_size):
    rng = random.Random(seed)
    edges = set()
    for m in range(meetings):
        size = rng.randint(1, max_size)
        for a in rng.sample(range(actors), size):
            edges.add((a, m))
    for a in range(actors):  # every actor takes part somewhere
        if not any(e[0] == a for e in edges):
            edges.add((a, rng.randrange(meetings)))
    return sorted(edges)


def build(actors, meetings, edges):
    B = nx.Graph()
    A = [f"a{i}" for i in range(actors)]
    M = [f"m{j}" for j in range(meetings)]
    B.add_nodes_from(A, bipartite=0)
    B.add_nodes_from(M, bipartite=1)
    B.add_edges_from((A[a], M[m]) for a, m in edges)
    return B, A, M


def opsahl(B, A):
    """C*: closed 4-paths i-m1-j-m2-k (i, j, k distinct actors, m1 != m2) over all of them."""
    paths = closed = 0
    for j in A:
        for m1, m2 in itertools.permutations(list(B[j]), 2):
            for i in B[m1]:
                if i == j:
                    continue
                for k in B[m2]:
                    if k in (i, j):
                        continue
                    paths += 1
                    third = (set(B[i]) & set(B[k])) - {m1, m2}
                    if third:
                        closed += 1
    return closed / paths if paths else 0.0


def barber(B, A, M, labels):
    m = B.number_of_edges()
    q = 0.0
    for i in A:
        for j in M:
            if labels[i] != labels[j]:
                continue
            q += (1.0 if B.has_edge(i, j) else 0.0) - B.degree(i) * B.degree(j) / m
    return q / m


def main():
    cases = {
        "small": dict(seed=11, actors=9, meetings=6, max_size=5),
        "medium": dict(seed=12, actors=30, meetings=18, max_size=9),
        "dense": dict(seed=13, actors=15, meetings=25, max_size=8),
    }
    for name, spec in cases.items():
        edges = random_affiliation(spec["seed"], spec["actors"], spec["meetings"], spec["max_size"])
        B, A, M = build(spec["actors"], spec["meetings"], edges)
        rng = random.Random(spec["seed"] + 100)
        groups = [rng.choice(["Africa", "Europe", "Other"]) for _ in A]
        partition = [rng.randrange(3) for _ in A]
        bipartition = [rng.randrange(3) for _ in A + M]

        count = bipartite.weighted_projected_graph(B, A)
        newman = bipartite.collaboration_weighted_projected_graph(B, A)
        jaccard = bipartite.overlap_weighted_projected_graph(B, A, jaccard=True)
        inclusion = bipartite.overlap_weighted_projected_graph(B, A, jaccard=False)
        N = sum(1 for m in M if B.degree(m) > 0)
        occurrences = {a: B.degree(a) for a in A}
        index = {a: i for i, a in enumerate(A)}

        pairs = []
        for u, v in count.edges():
            a, b = sorted((index[u], index[v]))
            c = count[u][v]["weight"]
            na, nb = occurrences[A[a]], occurrences[A[b]]
            p_ab = c / N
            pmi = math.log(p_ab / ((na / N) * (nb / N)))
            npmi = 1.0 if p_ab >= 1 else pmi / -math.log(p_ab)
            pairs.append([a, b, {
                "count": c,
                "newman": newman[u][v]["weight"],
                "jaccard": jaccard[u][v]["weight"],
                "inclusion": inclusion[u][v]["weight"],
                "cosine": c / math.sqrt(na * nb),
                "association": c / (na * nb),
                "lift": N * c / (na * nb),
                "pmi": pmi,
                "npmi": npmi,
            }])
        pairs.sort(key=lambda p: (p[0], p[1]))

        # Disparity filter on the counts: alpha_ij = (1 - w/s_i)^(k_i - 1), kept when below alpha at either end.
        alpha = 0.3
        strength = {a: sum(d["weight"] for _, _, d in count.edges(a, data=True)) for a in A}
        kept = []
        for a, b, values in pairs:
            w = values["count"]
            significant = False
            for end in (A[a], A[b]):
                k = count.degree(end)
                if k > 1 and (1 - w / strength[end]) ** (k - 1) < alpha:
                    significant = True
            if significant:
                kept.append([a, b])

        # Mixing on the projection.
        internal = external = 0
        for u, v in count.edges():
            if groups[index[u]] == groups[index[v]]:
                internal += 1
            else:
                external += 1
        for a in A:
            count.nodes[a]["group"] = groups[index[a]]
        communities = [set(A[i] for i in range(len(A)) if partition[i] == label) for label in sorted(set(partition))]
        labels = {node: bipartition[i] for i, node in enumerate(A + M)}

        values = {
            "robins_alexander": bipartite.robins_alexander_clustering(B),
            "opsahl": opsahl(B, A),
            "modularity_weighted": nx.community.modularity(count, communities, weight="weight"),
            "modularity_unweighted": nx.community.modularity(count, communities, weight=None),
            "modularity_resolution_2": nx.community.modularity(count, communities, weight="weight", resolution=2),
            "barber": barber(B, A, M, labels),
            "ei_index": (external - internal) / (external + internal),
            "assortativity": nx.attribute_assortativity_coefficient(count, "group"),
            "meetings_with_actors": N,
        }
        out = {
            "networkx": nx.__version__,
            "actors": A, "meetings": M, "edges": [list(e) for e in edges],
            "groups": groups, "partition": partition, "bipartition": bipartition,
            "pairs": pairs, "backbone": {"alpha": alpha, "kept": kept}, "values": values,
        }
        with open(os.path.join(HERE, f"collaboration-{name}.json"), "w") as f:
            json.dump(out, f, indent=1, sort_keys=True)
            f.write("\n")


if __name__ == "__main__":
    main()
