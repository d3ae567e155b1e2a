import Foundation
import PartnerGraph
@testable import PartnerExtract
import PartnerTestSupport

/// The repository's root, found from this file's path.

/// The test texts and their gold files, shipped with the test bundle.
let corpusDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

/// Extracts a network from one text given inline.
func extract(_ text: String, source: String = "test.txt") throws -> Network {
    try Extractor().extract([Document(source: source, plainText: text)]).network
}

/// The ids of the actors with `relation` to the only meeting matching `meetingPrefix`.
func actors(_ network: Network, _ relation: Relation, of meetingPrefix: String) -> Set<String> {
    Set(network.edges.filter { $0.relation == relation && $0.to.hasPrefix(meetingPrefix) }.map(\.from))
}

/// A fresh temporary file holding these bytes.
func temporaryFile(_ name: String, bytes: [UInt8]) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("partnerextract-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
}
