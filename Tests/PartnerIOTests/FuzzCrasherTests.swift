import Foundation
import Testing
@testable import PartnerFiles
@testable import PartnerIO
import PartnerTestSupport

/// Inputs the fuzzers found that broke an invariant (`Hostile/crashers/TARGET/`), replayed with the same checks
/// as the fuzz targets (`Tests/Fuzz/Sources/FuzzSupport`): a reader throws only positioned errors, and what it accepts is
/// written and read back unchanged.
@Suite("Fuzzer crashers stay fixed")
struct FuzzCrasherTests {
    struct Crasher: Sendable, CustomTestStringConvertible {
        var target: String
        var name: String
        var testDescription: String { "\(target)/\(name)" }
        var bytes: [UInt8] {
            get throws { [UInt8](try Data(contentsOf: hostileCorpus.appendingPathComponent("crashers/\(target)/\(name)"))) }
        }
    }

    static let crashers: [Crasher] = {
        let folder = hostileCorpus.appendingPathComponent("crashers")
        // DOT crashers need Graphviz: PartnerGraphvizTests replays them.
        return folderEntries(folder).filter { $0 != "DOT" }.flatMap { target in
            folderEntries(folder.appendingPathComponent(target)).map { Crasher(target: target, name: $0) }
        }
    }()

    @Test("the crashers folder holds cases for every reader target, so the replay cannot pass on no case")
    func corpusPresent() throws {
        try #require(!Self.crashers.isEmpty, "no crasher in \(hostileCorpus.path)/crashers")
        let targets = folderEntries(hostileCorpus.appendingPathComponent("crashers")).filter { $0 != "DOT" }
        for target in targets {
            #expect(Self.crashers.contains { $0.target == target }, "crashers/\(target) is empty")
        }
    }

    static let limits = ReadLimits(maxFileBytes: 1 << 20, maxNodes: 20_000, maxEdges: 20_000, maxDepth: 64, maxAliasExpansion: 20_000)

    /// Reads, and when the input is accepted, writes and reads again; returns a failure description or nil.
    func roundTrip(_ bytes: [UInt8], read: ([UInt8]) throws -> Network, write: (Network) throws -> String) throws {
        let network: Network
        do {
            network = try read(bytes)
        } catch let error as ReadError {
            #expect(error.problems.allSatisfy { $0.file == "crasher" && ($0.line ?? 1) >= 1 && ($0.column ?? 1) >= 1 }, "\(error)")
            return
        }
        let text = try write(network)
        #expect(try read(Array(text.utf8)) == network, "changed through writing and reading:\n\(text)")
    }

    func text(_ bytes: [UInt8]) throws -> String { try InputFile.text(bytes, file: "crasher") }

    @Test("a crasher is refused with a positioned error or read, written and read back unchanged", arguments: crashers)
    func replay(_ crasher: Crasher) throws {
        let bytes = try crasher.bytes
        switch crasher.target {
        case "NetworkFile":
            for format in NetworkFile.Format.allCases {
                try roundTrip(bytes) {
                    try NetworkFile.read(text: try text($0), file: "crasher", limits: Self.limits)
                } write: {
                    try NetworkFile.string(for: $0, format: format)
                }
            }
        case "NodeLink":
            try roundTrip(bytes) {
                try NodeLink.read(text: try text($0), file: "crasher", limits: Self.limits)
            } write: {
                NodeLink.string(for: $0)
            }
        case "GraphML":
            try roundTrip(bytes) {
                try GraphML.read(data: Data($0), file: "crasher", limits: Self.limits)
            } write: {
                GraphML.string(for: $0)
            }
        case "GEXF":
            try roundTrip(bytes) {
                try GEXF.read(data: Data($0), file: "crasher", limits: Self.limits)
            } write: {
                GEXF.string(for: $0)
            }
        case "EventTable":
            _ = try? EventTableReader.read(text: try text(bytes), file: "crasher", limits: Self.limits)
        case "EdgeList":
            if let parsed = try? EdgeList.parse(bytes: bytes, file: "crasher", limits: Self.limits) {
                #expect(Set(parsed.nodeIDs).count == parsed.nodeIDs.count)
            }
        case "Affiliation":
            _ = try? AffiliationReader.parse(bytes: bytes, file: "crasher", limits: Self.limits).makeNetwork(name: "crasher")
        default:
            Issue.record("no replay for crashers of \(crasher.target)")
        }
    }
}
