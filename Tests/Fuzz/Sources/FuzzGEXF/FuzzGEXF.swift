import Foundation
import FuzzSupport
import PartnerIO

/// libFuzzer target: GEXF, read and, when accepted, written and read again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGEXF(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    FuzzSupport.roundTrip(FuzzSupport.bytes(data, count)) { bytes in
        try GEXF.read(data: Data(bytes), file: "fuzz", limits: FuzzSupport.limits)
    } write: { network in
        GEXF.string(for: network)
    }
    return 0
}
