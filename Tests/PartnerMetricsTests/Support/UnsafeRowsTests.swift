import Foundation
import PartnerTestSupport
import Testing

@testable import PartnerMetrics

@Suite("The one unsafe handle")
struct UnsafeRowsTests {
    @Test("only Support/UnsafeRows.swift opens an array as an unsafe buffer in PartnerMetrics")
    func oneFile() throws {
        let folder = repositoryRoot.appendingPathComponent("Sources/PartnerMetrics")
        let files = try #require(FileManager.default.subpaths(atPath: folder.path)).filter { $0.hasSuffix(".swift") }
        try #require(files.count > 30)
        var opening: [String] = []
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            if text.contains("withUnsafe") { opening.append(file) }
        }
        #expect(opening == ["Support/UnsafeRows.swift"])
    }

    @Test("the working-array helpers hand over every array, in order, and write through")
    func helpers() {
        var a = [1, 2, 3]
        var b = [0.5, 1.5]
        var c: [UInt32] = [7]
        var d = [true, false]
        let sum = withMutableBuffers(&a, &b, &c, &d) { a, b, c, d -> Double in
            a[0] = 10
            c[0] += 1
            d[1] = true
            return Double(a.reduce(0, +)) + b.reduce(0, +)
        }
        #expect(sum == 17)
        #expect(a == [10, 2, 3] && c == [8] && d == [true, true])
        let read = withBuffers([1, 2], [3.0], ["x"]) { a, b, c in "\(a.count)\(b.count)\(c.first!)" }
        #expect(read == "21x")
    }

    @Test("rows of a graph: the outgoing and incoming rows, with weights as values when asked")
    func rows() {
        let graph = Graph(nodeCount: 3, sources: [0, 1], targets: [1, 2], weights: [2, 3], directed: true)
        UnsafeRows.with(graph, weighted: true) { outgoing, incoming in
            #expect(outgoing.nodeCount == 3 && incoming.nodeCount == 3)
            #expect(Array(outgoing.targets) == [1, 2] && Array(incoming.targets) == [0, 1])
            #expect(outgoing.rowWeight(0) == 2 && incoming.rowWeight(2) == 3)
        }
        UnsafeRows.with(graph, weighted: false) { outgoing, _ in
            #expect(outgoing.values == nil && outgoing.rowWeight(1) == 1)
        }
    }
}
