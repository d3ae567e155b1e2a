import Foundation
import PartnerTestSupport
import Testing

@testable import PartnerIO

/// One rule for weights in every reader: a decimal number, finite, > 0 and not subnormal. Zero, -0, a value
/// that rounds to 0 (1e-400), a subnormal one (5e-324), a negative one and hexadecimal text are refused at
/// their place: the weighted measures read a weight's inverse or the weight itself as a length.
@Suite("The weight rule")
struct WeightRuleTests {
    static let refused = ["0", "-0", "0.0", "1e-400", "5e-324", "-1", "0x10", "0x1p-3", "nan", "inf", "1e", "1.2.3", "+-1"]

    @Test("a TSV edge list refuses each bad weight on its line and column", arguments: refused)
    func edgeList(weight: String) throws {
        let path = try temporaryFile("w.tsv", "a\tb\t2\nb\tc\t\(weight)\n")
        let message = refusal { _ = try EdgeList.parse(path: path) }
        #expect(message?.hasPrefix("\(path):2:5: ") == true, "\(String(describing: message))")
    }

    @Test("Pajek, a NetworkX edge list and a Gephi edge table refuse the same weights", arguments: ["0", "-0", "1e-400", "0x10"])
    func otherTextReaders(weight: String) throws {
        let pajek = try temporaryFile("w.net", "*Vertices 2\n1 \"a\"\n2 \"b\"\n*Edges\n1 2 \(weight)\n")
        #expect(refusal { _ = try Pajek.read(path: pajek) }?.hasPrefix("\(pajek):5:5: ") == true)
        let whitespace = try temporaryFile("w.edgelist", "a b \(weight)\n")
        #expect(refusal { _ = try WhitespaceEdgeListReader.read(path: whitespace) }?.hasPrefix("\(whitespace):1:5: ") == true)
        let table = try temporaryFile("w.csv", "Source,Target,Weight\na,b,\(weight)\n")
        let message = refusal { _ = try GephiCSV.read(path: table) }
        #expect(message?.hasPrefix("\(table):2:5: ") == true, "\(String(describing: message))")
    }

    @Test("the reasons are named: a value that rounds to 0, a subnormal one")
    func reasons() throws {
        let path = try temporaryFile("w.tsv", "a\tb\t1e-400\n")
        #expect(refusal { _ = try EdgeList.parse(path: path) }?.hasSuffix("found 1e-400 (it rounds to 0)") == true)
        let subnormal = try temporaryFile("s.tsv", "a\tb\t5e-324\n")
        #expect(refusal { _ = try EdgeList.parse(path: subnormal) }?.hasSuffix("(a subnormal number)") == true)
    }

    @Test("node-link JSON refuses a weight of -0, 0 and a subnormal number", arguments: ["-0", "0", "-0.0", "4e-320"])
    func nodeLink(weight: String) throws {
        let text = #"{"nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b", "weight": \#(weight)}]}"#
        let message = refusal { _ = try NodeLink.read(text: text, file: "w.json") }
        #expect(message?.hasPrefix("w.json:1:") == true && message?.contains("weight") == true, "\(String(describing: message))")
    }

    @Test("the decimal forms are read", arguments: [("2", 2.0), ("0.5", 0.5), (".5", 0.5), ("1e3", 1000), ("2.5E-3", 0.0025), ("+4", 4)])
    func decimal(text: String, value: Double) throws {
        let path = try temporaryFile("d.tsv", "a\tb\t\(text)\n")
        #expect(try EdgeList.parse(path: path).weights == [value])
    }

    @Test("a self-loop in an edge list is refused on its line, as the network formats refuse it")
    func selfLoop() throws {
        let path = try temporaryFile("loop.tsv", "a\tb\nc\tc\n")
        let message = refusal { _ = try EdgeList.parse(path: path) }
        #expect(message == "\(path):2:3: 'c' cannot be tied to itself (a self-loop is an error in every format)")
        let pajek = try temporaryFile("loop.net", "*Vertices 2\n1 \"a\"\n2 \"b\"\n*Edges\n1 2\n2 2\n")
        #expect(refusal { _ = try Pajek.read(path: pajek) }?.contains("cannot be tied to itself") == true)
    }
}

/// Counts a file declares are bounded before anything is allocated.
@Suite("Declared counts")
struct DeclaredCountTests {
    @Test("a 32-byte Pajek file declaring 19,999,999 vertices is refused at the count, at once")
    func pajekBomb() throws {
        let text = "*Vertices 19999999\n*Edges\n1 2\n"
        let path = try temporaryFile("bomb.net", text)
        let start = threadProcessorTime()
        do {
            _ = try Pajek.read(path: path)
            Issue.record("accepted")
        } catch {
            #expect(error.localizedDescription.hasPrefix("\(path):1:11: declares 19999999 vertices in a file of \(text.utf8.count) bytes"))
        }
        // Not a timing test: a guard that nothing of the declared size was built (it took minutes), in processor
        // time, which a loaded machine does not stretch.
        #expect(threadProcessorTime() - start < .seconds(30))
        let limited = try temporaryFile("limit.net", "*Vertices 50\n*Edges\n1 2\n")
        var limits = ReadLimits.default
        limits.maxNodes = 10
        #expect(throws: ReadError.self) { _ = try Pajek.read(path: limited, limits: limits) }
        // Unlisted isolated vertices within the ceiling are read.
        let isolated = try temporaryFile("isolated.net", "*Vertices 1000\n*Edges\n1 2\n")
        #expect(try Pajek.read(path: isolated).nodes.count == 1000)
    }

    @Test("Pajek labels A, A#3, A keep three vertices apart")
    func pajekRepeatedLabels() throws {
        let path = try temporaryFile("labels.net", "*Vertices 3\n1 \"A\"\n2 \"A#3\"\n3 \"A\"\n*Edges\n1 2\n2 3\n")
        let network = try Pajek.read(path: path)
        #expect(Set(network.nodes.map(\.id)).count == 3)
        #expect(network.edges.count == 2)
        #expect(Set(network.nodes.map(\.name)) == ["A", "A#3"])
    }
}
