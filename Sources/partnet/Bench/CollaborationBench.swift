import ArgumentParser
import Foundation
import PartnerIO
import PartnerMetrics

/// The bench tasks `project` and `louvain` (see `shared/bench/README.md`): canonical definitions, one JSON
/// line, and `--values` output the harness checksums itself.
enum CollaborationBench {
    /// `project`: the actor projection of an affiliation list, weight = shared meetings.
    /// Values: `a<TAB>b<TAB>weight` per linked pair.
    static func project(file: String, threads: Int?, values: String?) throws -> String {
        let start = Date()
        let parsed = try AffiliationReader.parse(path: file)
        let parsed_s = Date().timeIntervalSince(start)
        let twoMode = parsed.makeTwoModeGraph()
        let loaded = Date()
        let counts = twoMode.actorPairCounts(threads: threads, sortedRows: false)
        let run = Date().timeIntervalSince(loaded)
        if let values {
            try writePairs(counts, ids: parsed.actorIDs, to: values)
        }
        return line([
            ("version", .string(PartnerGraphVersion.current)),
            ("n", .int(parsed.actorIDs.count + parsed.meetingIDs.count)),
            ("m", .int(parsed.actors.count)),
            ("load_s", .double(rounded(loaded.timeIntervalSince(start)))),
            ("parse_s", .double(rounded(parsed_s))),
            ("build_s", .double(rounded(loaded.timeIntervalSince(start) - parsed_s))),
            ("run_s", .double(rounded(run))),
            ("peak_rss_mb", peakResidentMegabytes().map { .double($0) } ?? .null),
            ("note", .string("parallel Gustavson B·Bᵀ, upper triangle, \(threads ?? ProcessInfo.processInfo.activeProcessorCount) threads; \(counts.pairCount) pairs")),
        ])
    }

    /// `louvain`: Louvain at resolution 1 on the simple undirected graph of the file (an edge list, or the
    /// bipartite graph of an affiliation list). Values: `id<TAB>community` per node.
    static func louvain(file: String, seed: UInt64? = nil, values: String?) throws -> String {
        let start = Date()
        let graph: Graph
        var parse_s = 0.0
        if try InputKind.detect(path: file) == .affiliation {
            let parsed = try AffiliationReader.parse(path: file)
            parse_s = Date().timeIntervalSince(start)
            graph = parsed.makeTwoModeGraph().graph
        } else {
            let parsed = try EdgeListReader.parse(path: file)
            parse_s = Date().timeIntervalSince(start)
            graph = parsed.makeGraph()
        }
        let loaded = Date()
        let partition = graph.louvainCommunities(resolution: 1, seed: seed)
        let run = Date().timeIntervalSince(loaded)
        if let values {
            var text = ""
            text.reserveCapacity(graph.nodeCount * 12)
            for node in 0..<graph.nodeCount { text += "\(graph.nodeIDs[node])\t\(partition.communities[node])\n" }
            try Data(text.utf8).write(to: URL(fileURLWithPath: values))
        }
        return line([
            ("version", .string(PartnerGraphVersion.current)),
            ("n", .int(graph.nodeCount)),
            ("m", .int(graph.edgeCount)),
            ("load_s", .double(rounded(loaded.timeIntervalSince(start)))),
            ("parse_s", .double(rounded(parse_s))),
            ("build_s", .double(rounded(loaded.timeIntervalSince(start) - parse_s))),
            ("run_s", .double(rounded(run))),
            ("peak_rss_mb", peakResidentMegabytes().map { .double($0) } ?? .null),
            ("note", .string("louvain \(seed.map { "seed \($0)" } ?? "index order"), 1 thread; \(partition.communityCount) communities, Q=\(partition.modularity)")),
        ])
    }

    /// Writes `a<TAB>b<TAB>count` lines through one reused byte buffer (tens of millions of lines).
    static func writePairs(_ counts: ActorPairCounts, ids: [String], to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw ValidationError("cannot write \(path)") }
        defer { try? handle.close() }
        let idBytes = ids.map { Array($0.utf8) }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 23)
        var digits = [UInt8](repeating: 0, count: 12)
        for a in 0..<counts.actorCount {
            for position in counts.offsets[a]..<counts.offsets[a + 1] {
                buffer.append(contentsOf: idBytes[a])
                buffer.append(9)
                buffer.append(contentsOf: idBytes[Int(counts.partners[position])])
                buffer.append(9)
                var value = counts.counts[position]
                var length = 0
                repeat {
                    digits[length] = UInt8(48 + value % 10)
                    value /= 10
                    length += 1
                } while value > 0
                for index in stride(from: length - 1, through: 0, by: -1) { buffer.append(digits[index]) }
                buffer.append(10)
                if buffer.count >= (1 << 23) - 256 {
                    try handle.write(contentsOf: buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
        }
        try handle.write(contentsOf: buffer)
    }

    static func rounded(_ seconds: Double) -> Double { (seconds * 1e6).rounded() / 1e6 }

    static func line(_ fields: [(String, JSONValue)]) -> String { JSONValue.object(fields).serialized() }

    /// Peak resident memory of this process (VmHWM in /proc/self/status), in MB; nil where unavailable.
    static func peakResidentMegabytes() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
            return (kilobytes / 1024 * 10).rounded() / 10
        }
        return nil
    }
}
