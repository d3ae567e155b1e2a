import Foundation
import Testing

@testable import PartnerIO

/// XML on one line: a start tag's column is found from the previous tag's, never by walking back to the line's
/// start (which made a one-line document quadratic). The columns must stay those of the document with breaks.
@Suite("XML on a single line")
struct OneLineXMLTests {
    /// A document of `count` nodes (ids with a two-byte character, so columns count characters, not bytes) and
    /// an edge to an unknown node at the end; `separator` goes between elements.
    static func document(format: String, count: Int, separator: String) -> String {
        let nodes = (0..<count).map { #"<node id="é\#($0)" label="Nœud \#($0)"/>"# }.joined(separator: separator)
        let edge = #"<edge id="e0" source="é0" target="nowhere"/>"#
        if format == "gexf" {
            return #"<?xml version="1.0" encoding="UTF-8"?>"# + separator + #"<gexf xmlns="http://gexf.net/1.3" version="1.3">"#
                + separator + #"<graph defaultedgetype="undirected"><nodes>"# + separator + nodes + separator + "</nodes><edges>"
                + separator + edge + separator + "</edges></graph></gexf>" + separator
        }
        return #"<?xml version="1.0" encoding="UTF-8"?>"# + separator + #"<graphml><graph edgedefault="undirected">"#
            + separator + nodes.replacingOccurrences(of: #" label="#, with: #" x="#) + separator + edge + separator
            + "</graph></graphml>" + separator
    }

    func failure(_ text: String, format: String) -> String? {
        do {
            let data = Data(text.utf8)
            _ = try format == "gexf" ? GEXF.read(data: data, file: "x") : GraphML.read(data: data, file: "x")
            return nil
        } catch {
            return error.localizedDescription
        }
    }

    @Test("an error far along one line is placed at the column of its tag, in characters", arguments: ["graphml", "gexf"])
    func columnOnOneLine(format: String) throws {
        // About 500 kB on one line: beyond libxml2's first buffer, so the kept place must survive its moves.
        let text = Self.document(format: format, count: 12_000, separator: "")
        let prefix = text[..<text.range(of: "<edge ")!.lowerBound]
        let message = failure(text, format: format)
        #expect(message?.hasPrefix("x:1:\(prefix.count + 1): ") == true, "\(message ?? "accepted")")
        #expect(message?.contains("nowhere") == true)
        // The same document with line breaks: the same error, on the edge's own line at column 1.
        let broken = Self.document(format: format, count: 12_000, separator: "\n")
        let line = broken[..<broken.range(of: "<edge ")!.lowerBound].filter { $0 == "\n" }.count + 1
        let brokenMessage = failure(broken, format: format)
        #expect(brokenMessage?.hasPrefix("x:\(line):1: ") == true, "\(brokenMessage ?? "accepted")")
        #expect(message?.drop { $0 != " " } == brokenMessage?.drop { $0 != " " })
    }
}
