import Foundation
import PartnerGraph

/// Node positions from a Graphviz layout of a plain graph: VOSviewer's map and any export that places nodes.
public enum GraphLayout {
    /// Each node's position, in points, by node id, in a layout of `graph`'s undirected, unweighted edges by
    /// the engine of ``LayoutEngine/recommended(nodeCount:shape:)`` for a spring drawing (`neato` for small
    /// graphs, `sfdp` for large).
    /// - Parameter graph: the graph to place; parallel edges and loops are drawn once.
    /// - Returns: `[x, y]` per node id; empty for a graph without nodes.
    /// - Throws: ``GraphvizError`` when the layout fails.
    /// - Complexity: the engine's, plus O(n + m) to write the DOT text and read the positions.
    public static func positions(of graph: Graph) throws -> [String: [Double]] {
        guard graph.nodeCount > 0 else { return [:] }
        var dot = "graph {\n"
        for node in 0..<graph.nodeCount { dot += "n\(node);\n" }
        for u in 0..<graph.nodeCount {
            for v in graph.neighbors(of: u) where Int(v) > u { dot += "n\(u) -- n\(v);\n" }
        }
        dot += "}\n"
        let engine = LayoutEngine.recommended(nodeCount: graph.nodeCount, shape: .spring)
        let plain = try GraphvizRenderer.render(dot: dot, engine: engine, format: .plain).data
        return plainPositions(String(decoding: plain, as: UTF8.self), nodeIDs: graph.nodeIDs)
    }

    /// The positions of the `node` lines of Graphviz's `plain` output, whose node names are `n` and an index
    /// into `nodeIDs`; other lines, and names that are not such an index, are skipped.
    /// - Complexity: O(length of the text).
    static func plainPositions(_ plain: String, nodeIDs: [String]) -> [String: [Double]] {
        var positions: [String: [Double]] = [:]
        for line in plain.split(separator: "\n") where line.hasPrefix("node ") {
            let fields = line.split(separator: " ")
            guard fields.count >= 4, let index = Int(fields[1].dropFirst()), index >= 0, index < nodeIDs.count,
                let x = Double(fields[2]), let y = Double(fields[3])
            else { continue }
            positions[nodeIDs[index]] = [x, y]
        }
        return positions
    }
}
