import FuzzSupport
import PartnerIO

/// libFuzzer target: CSV event tables.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEventTable(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let text = FuzzSupport.text(FuzzSupport.bytes(data, count)) else { return 0 }
    do {
        let network = try EventTableReader.read(text: text, file: "fuzz", limits: FuzzSupport.limits)
        FuzzSupport.require(network.edges.allSatisfy { network[$0.to]?.isMeeting == true }, "an edge to a non-meeting")
    } catch {
        FuzzSupport.checkError(error)
    }
    return 0
}
