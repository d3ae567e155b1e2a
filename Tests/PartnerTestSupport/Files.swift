import Foundation

/// A fresh temporary directory for a test's files.
public func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("partnergraph-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Writes `text` to a file named `name` in a fresh temporary directory and returns its path.
public func temporaryFile(_ name: String, _ text: String) throws -> String {
    try temporaryFile(name, bytes: Array(text.utf8))
}

/// Writes `bytes` to a file named `name` in a fresh temporary directory and returns its path.
public func temporaryFile(_ name: String, bytes: [UInt8]) throws -> String {
    let url = try temporaryDirectory().appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
}

/// The repository's root, found from this file's path (`Tests/PartnerTestSupport/Files.swift`).
public let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The names of the entries of `folder`, sorted; empty when the folder is missing or unreadable.
///
/// For parameterised suites whose cases come from a folder: a suite using it also has a test that
/// `#require`s the list to be non-empty, so that a missing or emptied folder fails instead of running no case.
public func folderEntries(_ folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
}
