import Foundation
import Testing
@testable import PartnerIO

@Suite("JSON read by JSON's grammar (RFC 8259)")
struct JSONEventReaderTests {
    /// The first problem reading `text` as a `.json` network file, or nil when it reads.
    static func problem(_ text: String, file: String = "n.json", limits: ReadLimits = .default) -> ReadProblem? {
        do {
            _ = try NetworkFile.read(text: text, file: file, limits: limits)
            return nil
        } catch let error as ReadError {
            return error.problems.first
        } catch {
            Issue.record("not a ReadError: \(error)")
            return nil
        }
    }

    struct Refusal: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var place: String
        var message: String
        var testDescription: String { name }
    }

    static let refusals: [Refusal] = [
        Refusal(name: "trailing comma in a list", text: "{\"name\": \"x\", \"notes\": [\"a\",]}", place: "1:29", message: "a trailing comma before ']'"),
        Refusal(name: "trailing comma in an object", text: "{\"name\": \"x\",\n}", place: "2:1", message: "a trailing comma before '}'"),
        Refusal(name: "raw U+0085 between tokens", text: "{\"name\": \"x\",\u{85}\"notes\": []}", place: "1:14", message: "found U+0085"),
        Refusal(name: "raw U+2028 between tokens", text: "{\"name\":\u{2028}\"x\"}", place: "1:9", message: "found U+2028"),
        Refusal(name: "single quotes", text: "{'name': 'x'}", place: "1:2", message: "expected a key in double quotes"),
        Refusal(name: "unquoted key", text: "{name: \"x\"}", place: "1:2", message: "expected a key in double quotes"),
        Refusal(name: "comment", text: "{\"name\": \"x\" # c\n}", place: "1:14", message: "expected ',' or '}'"),
        Refusal(
            name: "leading zero", text: "{\"name\": \"x\", \"meetings\": [{\"id\": \"m\", \"participants\": 012}]}", place: "1:57", message: "leading zero"),
        Refusal(name: "hexadecimal number", text: "{\"name\": \"x\", \"notes\": [0x10]}", place: "1:26", message: "hexadecimal"),
        Refusal(name: "plus sign", text: "{\"name\": \"x\", \"notes\": [+1]}", place: "1:25", message: "expected a value, found '+'"),
        Refusal(name: "bare fraction", text: "{\"name\": \"x\", \"notes\": [1.]}", place: "1:27", message: "digit after the decimal point"),
        Refusal(name: "NaN", text: "{\"name\": \"x\", \"notes\": [NaN]}", place: "1:25", message: "expected a value, found 'N'"),
        Refusal(name: "raw tab in a string", text: "{\"name\": \"a\tb\"}", place: "1:12", message: "control character (U+0009)"),
        Refusal(name: "lone high surrogate", text: "{\"name\": \"\\ud83d x\"}", place: "1:11", message: "high surrogate"),
        Refusal(name: "lone low surrogate", text: "{\"name\": \"\\ude00\"}", place: "1:11", message: "low surrogate"),
        Refusal(name: "unknown escape", text: "{\"name\": \"\\x41\"}", place: "1:11", message: "unknown escape '\\x'"),
        Refusal(name: "unclosed string", text: "{\"name\": \"x", place: "1:12", message: "not closed"),
        Refusal(name: "unclosed object", text: "{\"name\": \"x\"\n", place: "2:1", message: "expected ',' or '}' after a member, found the end of the file"),
        Refusal(name: "second document", text: "{\"name\": \"x\"}\n{}", place: "2:1", message: "expected the end of the document"),
        Refusal(name: "missing colon", text: "{\"name\" \"x\"}", place: "1:9", message: "expected ':' after a key"),
        Refusal(name: "YAML flow style", text: "{\"name\": x}", place: "1:10", message: "expected a value, found 'x'"),
        Refusal(name: "word that is not a literal", text: "{\"name\": \"x\", \"notes\": [nope]}", place: "1:25", message: "true, false or null"),
        Refusal(
            name: "duplicate key, both places", text: "{\"name\": \"x\",\n  \"name\": \"y\"}", place: "2:3",
            message: "duplicate key 'name' in an object (first at line 1, column 2)"),
        Refusal(
            name: "too deep", text: "{\"name\": \"x\", \"notes\": " + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "}",
            place: "1:", message: "nesting deeper than 64 levels"),
    ]

    @Test("each departure from JSON's grammar is an error at its line and column", arguments: refusals)
    func refused(_ refusal: Refusal) throws {
        let problem = try #require(Self.problem(refusal.text))
        #expect(problem.file == "n.json")
        #expect("\(problem.line ?? 0):\(problem.column ?? 0)".hasPrefix(refusal.place), "\(problem)")
        #expect(problem.message.contains(refusal.message), "\(problem)")
    }

    @Test("valid JSON that YAML refused reads: surrogate pairs, a break before ':', long keys, U+0085 in a string")
    func validJSON() throws {
        // Python's json.dumps writes "🌍" as a surrogate pair.
        let emoji = try NetworkFile.read(text: "{\"name\": \"\\ud83c\\udf0d \\u00e9\\/\\\"\"}", file: "e.json")
        #expect(emoji.name == "🌍 é/\"")
        let breaks = try NetworkFile.read(text: "{\"name\"\n  :\n  \"x\",\r\n\"notes\"\t: [\"a\u{85}b\u{2028}\"]}", file: "b.json")
        #expect(breaks.name == "x" && breaks.notes == ["a\u{85}b\u{2028}"])
        let longKey = String(repeating: "k", count: 2000)
        let problem = try #require(Self.problem("{\"name\": \"x\",\n \"\(longKey)\": 1}"))
        // The long key is read whole; only the schema refuses it, at its place.
        #expect(problem.line == 2 && problem.column == 2 && problem.message.contains("unknown key 'kkkk"), "\(problem)")
    }

    @Test("columns count characters, not bytes, and a CRLF is one line break")
    func positions() throws {
        let problem = try #require(Self.problem("{\"name\": \"Côte 🌍\",\r\n \"actors\": [{\"id\": \"A\", \"kind\": \"x\", \"colour\": 1}]}"))
        #expect(problem.line == 2 && problem.column == 38 && problem.message.contains("unknown key 'colour'"), "\(problem)")
        let afterAccent = try #require(Self.problem("{\"name\": \"é\", ]"))
        #expect(afterAccent.column == 15, "\(afterAccent)")
    }

    @Test("a JSON network reads as its YAML twin does")
    func sameNetworkAsYAML() throws {
        let yaml = """
            name: Twins
            notes: [one, "two"]
            actors:
              - {id: A, name: Alpha, kind: country, region: Europe, attributes: {iso: AA}}
              - {id: B}
            meetings:
              - {id: m, title: Meeting, start: 2019-05-02, virtual: true, participants: 12, hosts: [A], coChairs: [{id: B, source: s}]}
            ties:
              - {from: A, to: B, relation: memorandum, start: 2018}

            """
        let json = """
            {"name": "Twins", "notes": ["one", "two"],
             "actors": [{"id": "A", "name": "Alpha", "kind": "country", "region": "Europe", "attributes": {"iso": "AA"}}, {"id": "B"}],
             "meetings": [{"id": "m", "title": "Meeting", "start": "2019-05-02", "virtual": true, "participants": 12,
                           "hosts": ["A"], "coChairs": [{"id": "B", "source": "s"}]}],
             "ties": [{"from": "A", "to": "B", "relation": "memorandum", "start": "2018"}]}
            """
        let fromYAML = try NetworkFile.read(text: yaml, file: "t.yaml")
        let fromJSON = try NetworkFile.read(text: json, file: "t.json")
        #expect(fromJSON == fromYAML)
        // Standard input (no telling name) goes by the first character.
        #expect(try NetworkFile.read(text: "\n " + json, file: "-") == fromYAML)
    }

    @Test("skipping a value passes over nested collections whole, peeked or not")
    func skipping() throws {
        let text = "{\"a\": [1, {\"b\": [2, 3]}, 4], \"c\": {\"d\": null}, \"e\": \"f\"}"
        let keys = try JSONEventReader.reading(text: text, file: "s.json", limits: .default) { events -> [String] in
            var keys: [String] = []
            _ = try events.next()
            while try events.peek().kind != .end {
                keys.append(try events.next().text)
                if keys.count == 2 { _ = try events.peek() }
                try events.skipValue()
            }
            _ = try events.next()
            try events.finish()
            return keys
        }
        #expect(keys == ["a", "c", "e"])
    }

    @Test("node-link JSON is read by the JSON grammar")
    func nodeLink() throws {
        let error = #expect(throws: ReadError.self) {
            try NodeLink.read(text: "{\"nodes\": [{\"id\": \"a\"},], \"edges\": []}", file: "g.node-link.json")
        }
        #expect(error?.line == 1 && error?.column == 24 && error?.message.contains("trailing comma") == true, "\(String(describing: error))")
    }
}

@Suite("A JSON object's string members, read in place")
struct JSONStringMembersTests {
    @Test("string values are read with their escapes; other values are nil; a text that is no object gives nil")
    func members() throws {
        let line =
            #"  {"url": "https://a.example/1", "text": "Dakar\nle 5 mai \u00e9t\u00e9 \ud83d\ude00", "n": 5, "x": null, "o": {"text": "inner"}, "l": ["a"]}  "#
        let members = try #require(try JSONSyntax.stringMembers(of: line[...], file: "p.jsonl", allowingControlCharacters: true))
        #expect(members["url"] == .some("https://a.example/1"))
        #expect(members["text"] == .some("Dakar\nle 5 mai été 😀"))
        // Present but not strings: known as keys, without a text; an inner object's members are not the record's.
        for key in ["n", "x", "o", "l"] { #expect(members[key] == .some(nil), "\(key)") }
        #expect(members.count == 6)
        #expect(try JSONSyntax.stringMembers(of: "[1, 2]"[...], file: "p.jsonl") == nil)
        #expect(try JSONSyntax.stringMembers(of: #""text""#[...], file: "p.jsonl") == nil)
        // A slice of a longer text is read where it is.
        let text = "{\"a\": \"1\"}\n{\"b\": \"2\"}"
        let second = text[text.firstIndex(of: "\n")!...].dropFirst()
        #expect(try JSONSyntax.stringMembers(of: second, file: "p.jsonl")?["b"] == .some("2"))
    }

    @Test("the whole text is checked as JSONSyntax.check checks it: duplicates, lone surrogates, trailing text, controls")
    func refusals() {
        let cases: [(String, Bool, String)] = [
            (#"{"text": "a", "text": "b"}"#, true, "duplicate key 'text'"),
            (#"{"text": "\ud83d"}"#, true, "high surrogate"),
            (#"{"text": "a"} x"#, true, "expected the end of the document"),
            (#"{"text": "a", "n": [1,]}"#, true, "trailing comma"),
            (#"{"text": "a\u0001"}"#, false, "control character"),
        ]
        for (text, allowing, message) in cases {
            var members: ReadError?
            var checked: ReadError?
            do { _ = try JSONSyntax.stringMembers(of: text[...], file: "p.jsonl", allowingControlCharacters: allowing) } catch let error as ReadError {
                members = error
            } catch { Issue.record("not a ReadError: \(error)") }
            do { try JSONSyntax.check(text, file: "p.jsonl", allowingControlCharacters: allowing) } catch let error as ReadError { checked = error } catch {
                Issue.record("not a ReadError: \(error)")
            }
            #expect(members?.message.contains(message) == true, "\(text): \(String(describing: members))")
            #expect(members?.line == checked?.line && members?.column == checked?.column && members?.message == checked?.message, "\(text)")
        }
        // Escaped controls are a document's text when allowed.
        #expect(
            (try? JSONSyntax.stringMembers(of: #"{"text": "a\u0001"}"#[...], file: "p.jsonl", allowingControlCharacters: true))??["text"] == .some("a\u{1}"))
    }
}
