import Foundation

/// Which edges of a directed graph a degree counts. For an undirected graph all three are the same.
public enum DegreeDirection: String, Sendable, CaseIterable {
    /// Out-edges.
    case outgoing
    /// In-edges.
    case incoming
    /// Both (in + out, as NetworkX's `degree` on a directed graph).
    case all
}

extension Graph {
    /// The degree of every node: the number of edge ends at it (a self-loop counts twice when undirected).
    ///
    ///     k(v) = |{edges at v}|       (directed: out, in, or in + out)
    ///
    /// The sum over nodes is 2|E| for an undirected graph. The values are `Double`s, to sit beside other
    /// centralities; ``degreeCounts(direction:)`` gives the same numbers as `Int`.
    /// Reference: NetworkX `Graph.degree`.
    /// - Parameter direction: which edges count on a directed graph.
    /// - Complexity: O(n).
    public func degree(direction: DegreeDirection = .all) -> NodeScores {
        NodeScores(name: "degree", values: degreeValues(direction), nodes: nodeIndex)
    }

    /// The number of edges of each node, as whole numbers: ``degree(direction:)`` as counts.
    ///
    /// A self-loop counts twice in an undirected graph, parallel edges once each, as in ``/PartnerGraph/Graph/degree(of:)``.
    /// - Parameter direction: which edges count in a directed graph (all: in plus out).
    /// - Complexity: O(n).
    public func degreeCounts(direction: DegreeDirection = .all) -> NodeCounts {
        let values = (0..<nodeCount).map { node -> Int in
            switch direction {
            case .outgoing: degree(of: node)
            case .incoming: inDegree(of: node)
            case .all: isDirected ? degree(of: node) + inDegree(of: node) : degree(of: node)
            }
        }
        return NodeCounts(name: "degree", values: values, nodes: nodeIndex)
    }

    /// Degree centrality: the degree divided by the largest possible, n − 1.
    ///
    ///     C_D(v) = k(v) / (n − 1)
    ///
    /// As NetworkX's `degree_centrality` (`in_degree_centrality`, `out_degree_centrality` for the directions):
    /// a directed graph's `.all` degree may reach 2(n − 1), and a self-loop can push a value above 1.
    /// A graph of one node scores 1.
    /// Reference: Freeman (1979), "Centrality in social networks: conceptual clarification".
    /// - Complexity: O(n).
    public func degreeCentrality(direction: DegreeDirection = .all) -> NodeScores {
        let scale = nodeCount > 1 ? 1 / Double(nodeCount - 1) : 1
        let values = nodeCount == 1 ? [1] : degreeValues(direction).map { $0 * scale }
        return NodeScores(name: "degree centrality", values: values, nodes: nodeIndex)
    }

    /// Strength: the sum of the weights of the edges at each node (the degree when unweighted).
    ///
    ///     s(v) = Σ_{u ∈ N(v)} w(u, v)
    ///
    /// Reference: Barrat, Barthélemy, Pastor-Satorras & Vespignani (2004), "The architecture of complex
    /// weighted networks"; NetworkX `degree(weight=...)`.
    /// - Complexity: O(n + m).
    public func strength(direction: DegreeDirection = .all) -> NodeScores {
        guard weights != nil else { return NodeScores(name: "strength", values: degreeValues(direction), nodes: nodeIndex) }
        let values = UnsafeRows.with(self, weighted: true) { outgoing, incoming in
            (0..<nodeCount).map { node -> Double in
                switch direction {
                case .outgoing: outgoing.rowWeight(node)
                case .incoming: incoming.rowWeight(node)
                case .all: isDirected ? outgoing.rowWeight(node) + incoming.rowWeight(node) : outgoing.rowWeight(node)
                }
            }
        }
        return NodeScores(name: "strength", values: values, nodes: nodeIndex)
    }

    /// Opsahl's alpha-weighted degree: a blend of the number of ties and their total weight.
    ///
    ///     C_α(v) = k(v)^(1 − α) · s(v)^α          (0 for an isolated node)
    ///
    /// α = 0 gives the degree, α = 1 the strength; 0 < α < 1 favours many ties at equal strength, α > 1 few
    /// strong ones. An unweighted graph gives the degree for every α.
    /// Reference: Opsahl, Agneessens & Skvoretz (2010), "Node centrality in weighted networks: generalizing
    /// degree and shortest paths", Social Networks 32(3).
    /// - Parameters:
    ///   - alpha: the tuning parameter, ≥ 0.
    ///   - direction: which edges count on a directed graph.
    /// - Complexity: O(n + m).
    public func alphaWeightedDegree(alpha: Double, direction: DegreeDirection = .all) -> NodeScores {
        precondition(alpha >= 0, "alpha must be non-negative")
        let degrees = degreeValues(direction)
        let strengths = strength(direction: direction).values
        let values = zip(degrees, strengths).map { k, s in
            k == 0 ? 0 : (alpha == 0 ? k : alpha == 1 ? s : Double.power(k, 1 - alpha) * Double.power(s, alpha))
        }
        return NodeScores(name: "alpha-weighted degree", values: values, nodes: nodeIndex)
    }

    func degreeValues(_ direction: DegreeDirection) -> [Double] {
        degreeCounts(direction: direction).values.map(Double.init)
    }
}

extension Double {
    /// `base` raised to `exponent` (0 for a zero base).
    static func power(_ base: Double, _ exponent: Double) -> Double {
        base == 0 ? 0 : Foundation.pow(base, exponent)
    }
}
