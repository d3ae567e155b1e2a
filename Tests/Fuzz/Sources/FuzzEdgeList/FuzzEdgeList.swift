import FuzzSupport
import PartnerIO

/// libFuzzer target: edge lists, tab- or comma-separated (by the first byte's parity), built into a graph.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEdgeList(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, count)
    let separator: UInt8 = (bytes.first ?? 0) % 2 == 0 ? 9 : 44
    do {
        let parsed = try EdgeList.parse(bytes: bytes, file: "fuzz", separator: separator, limits: FuzzSupport.limits)
        FuzzSupport.require(parsed.sources.count == parsed.targets.count, "unequal endpoint arrays")
        FuzzSupport.require(Set(parsed.nodeIDs).count == parsed.nodeIDs.count, "two nodes with one id: \(parsed.nodeIDs)")
        FuzzSupport.require(parsed.nodeIDs.allSatisfy { !$0.isEmpty && !$0.utf8.contains(0) }, "an empty or NUL id")
        let graph = parsed.makeGraph(directed: bytes.count % 2 == 0)
        FuzzSupport.require(graph.nodeCount == parsed.nodeIDs.count && graph.edgeCount == parsed.sources.count, "graph size")
    } catch {
        FuzzSupport.checkError(error)
    }
    return 0
}
