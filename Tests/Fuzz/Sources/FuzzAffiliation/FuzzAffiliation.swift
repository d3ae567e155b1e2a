import FuzzSupport
import PartnerIO

/// libFuzzer target: affiliation lists, built into a two-mode graph and a network.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAffiliation(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    do {
        let parsed = try AffiliationReader.parse(bytes: FuzzSupport.bytes(data, count), file: "fuzz", limits: FuzzSupport.limits)
        let twoMode = parsed.makeTwoModeGraph()
        FuzzSupport.require(twoMode.graph.edgeCount == parsed.actors.count, "two-mode edge count")
        FuzzSupport.require(Set(parsed.actorIDs + parsed.meetingIDs).count == parsed.actorIDs.count + parsed.meetingIDs.count, "shared ids")
        do {
            let network = try parsed.makeNetwork(name: "fuzz")
            FuzzSupport.require(network.nodes.count == parsed.actorIDs.count + parsed.meetingIDs.count, "network node count")
        } catch {
            // Duplicate rows are a valid list but a builder error only if the builder refuses them; either way no trap.
        }
    } catch {
        FuzzSupport.checkError(error)
    }
    return 0
}
