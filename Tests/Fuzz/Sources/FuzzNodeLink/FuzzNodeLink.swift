import FuzzSupport
import PartnerIO

/// libFuzzer target: node-link JSON, read and, when accepted, written and read again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNodeLink(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    FuzzSupport.roundTrip(FuzzSupport.bytes(data, count)) { bytes in
        guard let text = FuzzSupport.text(bytes) else { throw ReadError(.encoding, file: "fuzz", message: "not text") }
        return try NodeLink.read(text: text, file: "fuzz", limits: FuzzSupport.limits)
    } write: { network in
        NodeLink.string(for: network)
    }
    return 0
}
