import Foundation
import PartnerTestSupport
import Testing

@testable import PartnerIO

/// The shared value checks, as every reader applies them.
@Suite("Value checks in every reader")
struct ValueCheckTests {
    @Test("GEXF: a node's and an edge's own interval may not end before it starts")
    func gexfIntervals() throws {
        let interval = #"start="2020-05-01" end="2020-01-01""#
        for (node, edge) in [(interval, ""), ("", interval)] {
            let text = """
                <?xml version="1.0" encoding="UTF-8"?>
                <gexf xmlns="http://gexf.net/1.3" version="1.3">
                  <graph defaultedgetype="undirected" timeformat="date" mode="dynamic">
                    <nodes>
                      <node id="a" label="A" \(node)/>
                      <node id="b" label="B"/>
                    </nodes>
                    <edges>
                      <edge id="0" source="a" target="b" \(edge)/>
                    </edges>
                  </graph>
                </gexf>
                """
            let message = refusal { _ = try GEXF.read(data: Data(text.utf8), file: "t.gexf") }
            // An edge's problem names the edge too (the network's own check).
            let place = node.isEmpty ? "t.gexf:9:7: end: edge 1 (a -collaborates-> b)" : "t.gexf:5:7: end:"
            #expect(message == "\(place) ends (2020-01-01) before it starts (2020-05-01)")
        }
        // The same interval the right way round is kept.
        let good = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <graph defaultedgetype="undirected" timeformat="date">
                <nodes><node id="a" start="2020-01-01" end="2020-05-01"/><node id="b"/></nodes>
                <edges><edge id="0" source="a" target="b"/></edges>
              </graph>
            </gexf>
            """
        #expect(try GEXF.read(data: Data(good.utf8), file: "t.gexf").nodes.count == 2)
    }

    @Test("an empty input is refused alike, whatever reads it", arguments: InputKind.allCases)
    func emptyAlike(kind: InputKind) throws {
        let path = try temporaryFile("empty.input", " \n\t\n")
        let load = refusal { _ = try kind.load(path: path) }
        let network = refusal { _ = try kind.loadNetwork(path: path) }
        #expect(load == "\(path):1:1: is empty; expected \(kind.expectation)")
        #expect(network == load)
    }

    @Test("a self-loop in an edge list read as a network is placed on its line")
    func selfLoopLine() throws {
        let path = try temporaryFile("loop.tsv", "# a comment\na\tb\n\nc\tc\n")
        let message = refusal { _ = try InputKind.edges.loadNetwork(path: path) }
        #expect(message?.hasPrefix("\(path):4:3: ") == true, "\(String(describing: message))")
        #expect(message?.contains("cannot be tied to itself") == true)
    }
}
