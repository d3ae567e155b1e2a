"""A network shaped like the benchmark's uni-M (a one-mode edge list of 20,000 nodes, about 100,000 links, every
node with five links or more and a few hubs of hundreds): preferential attachment, five links per new node
(Barabási-Albert through NetworkX, seeded), written as a tab-separated edge list `n<i>\tn<j>`.

Used by the browser test (its large-network pages) and scripts/measure-report.py; the adjacency it returns is the
reference the tests compare the page with.
"""
import networkx


def write_edge_list(path, nodes=20000, links=5, seed=7):
    """Writes the edge list and returns (edge count, {id: set of neighbour ids})."""
    graph = networkx.barabasi_albert_graph(nodes, links, seed=seed)
    neighbours = {f"n{node}": {f"n{other}" for other in graph.neighbors(node)} for node in graph.nodes()}
    with open(path, "w", encoding="ascii") as handle:
        for u, v in graph.edges():
            handle.write(f"n{u}\tn{v}\n")
    return graph.number_of_edges(), neighbours
