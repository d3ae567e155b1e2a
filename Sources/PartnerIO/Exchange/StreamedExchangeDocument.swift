/// An exchange format written as it is made, a block at a time, never whole in memory: ``GraphML`` and ``GEXF``.
///
/// A format gives the one function that appends its document; the text and the streamed file both come from it.
/// ```swift
/// try GraphML.write(network, to: file)          // streamed into an OutputFile
/// let text = GEXF.string(for: network)          // the same bytes as one string
/// ```
public protocol StreamedExchangeDocument {
    /// Appends the document for `network` and its computed `results` to `buffer`, calling `flush` after the
    /// head and after each node and edge (so a caller may write the buffer out and empty it).
    /// - Complexity: O(n + m) time.
    static func write<Failure: Error>(
        _ network: Network, results: NodeResults, into buffer: inout TableBuffer, flushing flush: (inout TableBuffer) throws(Failure) -> Void
    ) throws(Failure)
}

extension StreamedExchangeDocument {
    /// The network as one text.
    /// - Complexity: O(n + m) time and memory.
    public static func string(for network: Network, results: NodeResults = NodeResults()) -> String {
        BlockOutput.text { write(network, results: results, into: &$0) { (_: inout TableBuffer) throws(Never) in } }
    }

    /// Writes the network into `file` as it is made, a block at a time; the caller commits the file.
    /// - Throws: ``/PartnerFiles/OutputError`` when the output cannot be written.
    /// - Complexity: O(n + m) time; one block of memory beside the network.
    public static func write(_ network: Network, results: NodeResults = NodeResults(), to file: OutputFile) throws {
        try BlockOutput.stream(to: file) { buffer, flush in try write(network, results: results, into: &buffer, flushing: flush) }
    }
}

extension ExchangeFormat {
    /// The writer of a format written as it is made (GraphML, GEXF), nil for the others.
    public var streamedDocument: (any StreamedExchangeDocument.Type)? {
        switch self {
        case .graphml: GraphML.self
        case .gexf: GEXF.self
        default: nil
        }
    }
}
