import FuzzSupport
import PartnerIO

/// libFuzzer target (passed to the driver by main.swift): YAML and JSON network files, read and, when accepted, written as YAML and read again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNetworkFile(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    FuzzSupport.roundTrip(FuzzSupport.bytes(data, count)) { bytes in
        guard let text = FuzzSupport.text(bytes) else { throw ReadError(.encoding, file: "fuzz", message: "not text") }
        return try NetworkFile.read(text: text, file: "fuzz", limits: FuzzSupport.limits)
    } write: { network in
        try NetworkFile.string(for: network, format: count % 2 == 0 ? .yaml : .json)
    }
    return 0
}
