import Foundation
import FuzzSupport
import PartnerIO

/// libFuzzer target: GraphML, read and, when accepted, written and read again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraphML(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    FuzzSupport.roundTrip(FuzzSupport.bytes(data, count)) { bytes in
        try GraphML.read(data: Data(bytes), file: "fuzz", limits: FuzzSupport.limits)
    } write: { network in
        GraphML.string(for: network)
    }
    return 0
}
