import ArgumentParser
import Foundation
import PartnerIO
import PartnerMetrics

/// `project`: the actor projection of an affiliation list (actors share an edge when they share a meeting,
/// weight = shared meetings), by the parallel upper-triangle kernel. Values: `a<TAB>b<TAB>weight` per pair.
func projectTask(_ context: BenchContext) throws -> BenchOutput {
    let graph = context.graph
    // The bench reads an affiliation list as actors then meetings: an actor's neighbours all come after it.
    var actors = 0
    while actors < graph.nodeCount, graph.degree(of: actors) == 0 || Int(graph.targets[graph.offsets[actors]]) > actors {
        actors += 1
    }
    guard actors < graph.nodeCount else { throw ValidationError("project needs an affiliation list (actor<TAB>meeting<TAB>role)") }
    let twoMode = TwoModeGraph(graph: graph, actorCount: actors, networkIndices: Array(0..<graph.nodeCount))
    let counts = twoMode.actorPairCounts(threads: context.threads, sortedRows: false)
    let ids = Array(graph.nodeIDs[0..<actors])
    return .custom(note: "parallel row-wise B·Bᵀ, upper triangle; \(counts.pairCount) pairs") { file in
        try CollaborationBench.writePairs(counts, ids: ids, to: file)
    }
}

/// `louvain`: Louvain at resolution 1 in index order (see ``Graph/louvainCommunities(resolution:seed:)``).
/// Values: `id<TAB>community` per node.
func louvainTask(_ context: BenchContext) -> BenchOutput {
    let partition = context.graph.louvainCommunities(resolution: 1)
    return .nodeIntegers(partition.communities)
}

/// Output helpers of the `project` and `louvain` bench tasks.
enum CollaborationBench {
    /// Writes `a<TAB>b<TAB>count` lines through one reused byte buffer (tens of millions of lines), streamed
    /// to the output, which appears only when complete.
    static func writePairs(_ counts: ActorPairCounts, ids: [String], to handle: OutputFile) throws {
        let idBytes = ids.map { Array($0.utf8) }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 23)
        var digits = [UInt8](repeating: 0, count: 12)
        for a in 0..<counts.actorCount {
            for position in counts.offsets[a]..<counts.offsets[a + 1] {
                buffer.append(contentsOf: idBytes[a])
                buffer.append(9)
                buffer.append(contentsOf: idBytes[Int(counts.partners[position])])
                buffer.append(9)
                var value = counts.counts[position]
                var length = 0
                repeat {
                    digits[length] = UInt8(48 + value % 10)
                    value /= 10
                    length += 1
                } while value > 0
                for index in stride(from: length - 1, through: 0, by: -1) { buffer.append(digits[index]) }
                buffer.append(10)
                if buffer.count >= (1 << 23) - 256 {
                    try handle.write(buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
        }
        try handle.write(buffer)
    }
}
