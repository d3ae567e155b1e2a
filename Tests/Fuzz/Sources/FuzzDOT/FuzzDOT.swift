import FuzzSupport
import PartnerTestSupport

/// libFuzzer target: the DOT writer against Graphviz's own parser.
///
/// The input, split at NUL bytes, gives node ids and labels (``DOTRoundTrip/graph(fuzzInput:)``); the graph is
/// written as DOT and read back with `agmemread`. Every node must come back with its label exactly as
/// `DOTValue.text` promises, every edge must come back, and Graphviz must never fail to parse what the writer
/// wrote (``DOTRoundTrip/problems(_:labels:)``, which PartnerGraphvizTests runs on the kept crashers too).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOT(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, count)
    guard !bytes.isEmpty else { return 0 }
    let (graph, labels) = DOTRoundTrip.graph(fuzzInput: bytes)
    do {
        let problems = try DOTRoundTrip.problems(graph, labels: labels)
        FuzzSupport.require(problems.isEmpty, "\(problems.joined(separator: "\n"))\n\(graph.render())")
    } catch {
        fatalError("Graphviz could not parse the writer's DOT: \(error)\n\(graph.render())")
    }
    return 0
}
