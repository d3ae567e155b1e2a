import PartnerMetrics
import Testing

/// Components, cores and centralisation on graphs whose answers are known by hand.
@Suite("Components and cores by hand")
struct ComponentsTests {
    @Test("labels follow the lowest node of each component")
    func labelsByLowestNode() {
        // Components {0, 3}, {1, 2}, {4}: labels 0, 1, 1, 0, 2.
        let g = Graph(nodeCount: 5, sources: [3, 2], targets: [0, 1])
        let components = g.connectedComponents()
        #expect(components.labels == [0, 1, 1, 0, 2])
        #expect(components.count == 3)
        #expect(components.sizes == [2, 2, 1])
        #expect(components.largest == 0)
        #expect(components.members(of: 1) == [1, 2])
    }

    @Test("strong components of a directed graph; a long cycle needs no recursion")
    func strong() {
        // 0 -> 1 -> 2 -> 0 is one component; 3 -> 4 are singletons; 2 -> 3 links them.
        let g = Graph(nodeCount: 5, sources: [0, 1, 2, 2, 3], targets: [1, 2, 0, 3, 4], directed: true)
        let strong = g.stronglyConnectedComponents()
        #expect(strong.labels == [0, 0, 0, 1, 2])
        #expect(g.weaklyConnectedComponents().labels == [0, 0, 0, 0, 0])
        // A cycle of 300 000 nodes: a recursive Tarjan would overflow the stack.
        let n = 300_000
        let cycle = Graph(
            nodeCount: n, sources: (0..<n).map { UInt32($0) }, targets: (0..<n).map { UInt32(($0 + 1) % n) },
            directed: true)
        #expect(cycle.stronglyConnectedComponents().count == 1)
        let path = Graph(
            nodeCount: n, sources: (0..<n - 1).map { UInt32($0) }, targets: (1..<n).map { UInt32($0) }, directed: true)
        #expect(path.stronglyConnectedComponents().count == n)
    }

    @Test("core numbers of a clique with a pendant path")
    func cores() {
        // K4 on 0...3, then 3 - 4 - 5.
        var sources: [UInt32] = []
        var targets: [UInt32] = []
        for u in 0..<4 { for v in (u + 1)..<4 { sources.append(UInt32(u)); targets.append(UInt32(v)) } }
        sources += [3, 4]
        targets += [4, 5]
        let g = Graph(nodeCount: 6, sources: sources, targets: targets)
        #expect(g.coreNumbers().values == [3, 3, 3, 3, 1, 1])
    }

    @Test("a star is fully centralised, a cycle not at all")
    func centralization() {
        let star = Graph(nodeCount: 6, sources: [0, 0, 0, 0, 0], targets: [1, 2, 3, 4, 5])
        #expect(abs(star.degreeCentralization() - 1) < 1e-12)
        let cycle = Graph(nodeCount: 6, sources: [0, 1, 2, 3, 4, 5], targets: [1, 2, 3, 4, 5, 0])
        #expect(cycle.degreeCentralization() == 0)
    }
}
