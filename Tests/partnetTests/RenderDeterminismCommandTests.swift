import Foundation
import PartnerTestSupport
import Testing

/// `render` writes the same bytes in every run. Each run is a process of its own, with its own heap addresses: the
/// PNG of the 2015-2025 network, drawn with neato as `make graphs` draws it, came out in two to four versions in
/// eight runs while Graphviz's prism overlap removal took its Delaunay edges in address order (CGraphvizOrder.h).
@Suite("render: the same bytes in every process")
struct RenderDeterminismCommandTests {
    @Test(
        "four processes draw the same file",
        arguments: [
            ("graphs/rabat-process-2015-2025.yaml", "neato", "png", "20,20"), ("graphs/rabat-process-2015-2025.yaml", "sfdp", "png", "20,20"),
            ("graphs/rabat-process.yaml", "neato", "png", "14,14"), ("graphs/rabat-process-2015-2025.yaml", "dot", "png", "20,20"),
        ])
    func sameBytes(file: String, engine: String, format: String, size: String) throws {
        var drawings: [Data] = []
        for run in 1...4 {
            let output = try writeTemporary("run\(run).\(format)", "")
            let result = try partnet("render", file, "--view", "full", "--engine", engine, "--size", size, "-o", output)
            #expect(result.status == 0, "\(result.standardError)")
            drawings.append(try Data(contentsOf: URL(fileURLWithPath: output)))
        }
        #expect(drawings[0].count > 10_000)
        for (run, drawing) in drawings.enumerated().dropFirst() {
            // Compared as one answer: on a failure, #expect would list the difference of the two files byte by byte.
            let same = drawing == drawings[0]
            #expect(same, "\(file) \(engine) \(format): run \(run + 1) differs from run 1")
        }
    }
}
