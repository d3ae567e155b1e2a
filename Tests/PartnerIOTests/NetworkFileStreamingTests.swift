import Foundation
import PartnerFiles
import PartnerMetrics
import PartnerTestSupport
import Testing

@testable import PartnerIO

/// A network file read on a second thread while the fast path reads the part already there must read to the network,
/// the summary and the errors of the same file read whole first, however its bytes arrive.
@Suite("Network files: read as the bytes arrive")
struct NetworkFileStreamingTests {
    /// Ways of reading as the bytes arrive: tiny chunks and windows, so that a small file arrives in many pieces and
    /// items longer than the window occur.
    static let streamings: [NetworkFile.Streaming] = [
        NetworkFile.Streaming(minimumSize: 0, chunkSize: 1, window: 128),
        NetworkFile.Streaming(minimumSize: 0, chunkSize: 7, window: 200),
        NetworkFile.Streaming(minimumSize: 0, chunkSize: 64, window: 1000),
        NetworkFile.Streaming(minimumSize: 0, chunkSize: 4096, window: 1 << 20),
    ]

    /// What a reader sees: the network or summary, or the error's text.
    enum Outcome: Equatable {
        case network(Network)
        case summary(NetworkSummary)
        case error(String)
    }

    static func outcome(_ body: () throws -> Outcome) -> Outcome {
        do { return try body() } catch { return .error("\(error)") }
    }

    /// Reads `text` from a file named `name` as it arrives, every way, and whole first: the same network, summary
    /// or error each time.
    static func check(_ text: [UInt8], name: String, label: String) throws {
        let path = try temporaryFile(name, bytes: text)
        let whole = outcome { .network(try NetworkFile.read(path: path, limits: .default, streaming: .never)) }
        let wholeSummary = outcome {
            .summary(try NetworkFile.summary(path: path, limits: .default, detail: .counts, threads: 1, streaming: .never))
        }
        for streaming in streamings {
            let arriving = outcome { .network(try NetworkFile.read(path: path, limits: .default, streaming: streaming)) }
            #expect(arriving == whole, "\(label): chunks of \(streaming.chunkSize), window \(streaming.window)")
            let summary = outcome {
                .summary(try NetworkFile.summary(path: path, limits: .default, detail: .counts, threads: 1, streaming: streaming))
            }
            #expect(summary == wholeSummary, "\(label): summary, chunks of \(streaming.chunkSize), window \(streaming.window)")
        }
    }

    /// A meeting whose participant list is longer than any window above, between ordinary items.
    static func largeMeetingNetwork() throws -> Network {
        var builder = NetworkBuilder(name: "one large meeting")
        let actors = (0..<300).map { "actor-\($0)" }
        for id in actors { builder.add(Node(id: id, kind: .organisation)) }
        builder.add(Node(id: "plenary", kind: .meeting, meeting: Meeting(title: "Plenary")))
        for id in actors { builder.add(Edge(from: id, to: "plenary", relation: .attends)) }
        for index in 0..<50 { builder.add(Edge(from: actors[index], to: actors[index + 1], relation: .collaborates)) }
        return try builder.build()
    }

    @Test("written networks read as they arrive to the network read whole", arguments: NetworkFile.Format.allCases)
    func writtenNetworks(format: NetworkFile.Format) throws {
        var networks = try NetworkFileFastPathTests.networks().map(\.1)
        networks += [try NetworkFileFastPathTests.batchedNetwork(), try Self.largeMeetingNetwork()]
        networks.append(try NetworkFileFastPathTests.randomNetwork(seed: 3, weighted: true, meetings: 6))
        for network in networks {
            let text = try NetworkFile.string(for: network, format: format)
            try Self.check(Array(text.utf8), name: "n.\(format)", label: network.name)
            // With a byte order mark, and without a final line feed.
            try Self.check(InputFile.byteOrderMark + Array(text.utf8), name: "n.\(format)", label: "\(network.name) with a BOM")
            try Self.check(Array(text.trimmingCharacters(in: .newlines).utf8), name: "n.\(format)", label: "\(network.name), no final line feed")
        }
        #expect(networks.count == 7)
    }

    @Test("files the fast path declines, or with a problem, give the errors of the file read whole")
    func declinedAndRefused() throws {
        let variants =
            NetworkFileFastPathTests.declined.map { (NetworkFileFastPathTests.base, $0) }
            + NetworkFileFastPathTests.lineVariants.map { (NetworkFileFastPathTests.lines, $0) }
        for (base, variant) in variants {
            let text = base.replacingOccurrences(of: variant.replaced, with: variant.replacement)
            try Self.check(Array(text.utf8), name: "v.yaml", label: variant.name)
        }
        let (written, jsonVariants) = try NetworkFileFastPathTests.jsonLineVariants()
        for (name, text) in [("as written", written)] + jsonVariants { try Self.check(Array(text.utf8), name: "v.json", label: name) }
    }

    @Test("bytes that are not text, anywhere in the file: the error of the file read whole")
    func notText() throws {
        let text = Array(try NetworkFile.string(for: try NetworkFileFastPathTests.batchedNetwork(), format: .yaml).utf8)
        for offset in [0, 1, 100, text.count / 2, text.count - 2, text.count - 1] {
            for bad: [UInt8] in [[0], [0x01], [0xC3, 0x28], [0xE2, 0x82]] {
                var bytes = text
                bytes.replaceSubrange(offset..<offset + 1, with: bad)
                try Self.check(bytes, name: "bad.yaml", label: "\(bad) at \(offset)")
            }
        }
    }

    @Test("a JSON network on one line, longer than every window, reads as it does whole")
    func oneLine() throws {
        let network = try NetworkFileFastPathTests.batchedNetwork()
        let text = try NetworkFile.string(for: network, format: .json)
        let line = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        try Self.check(Array(line.utf8), name: "line.json", label: "one line")
        #expect(try NetworkFile.read(path: try temporaryFile("line.json", line), limits: .default, streaming: Self.streamings[0]) == network)
    }

    @Test("a file truncated once opened: the error of the file read whole, never part of the network")
    func truncated() throws {
        let text = try NetworkFile.string(for: try NetworkFileFastPathTests.batchedNetwork(), format: .yaml)
        let path = try temporaryFile("cut.yaml", text)
        ReadInterference.truncate(path, to: text.utf8.count / 2)
        let whole = Self.outcome { .network(try NetworkFile.read(path: path, limits: .default, streaming: .never)) }
        for streaming in Self.streamings {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            ReadInterference.truncate(path, to: text.utf8.count / 2)
            let arriving = Self.outcome { .network(try NetworkFile.read(path: path, limits: .default, streaming: streaming)) }
            #expect(arriving == whole)
            guard case .error(let message) = arriving else {
                Issue.record("a truncated file was read")
                continue
            }
            #expect(message.contains("changed while it was being read"))
        }
    }
}
