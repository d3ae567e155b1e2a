import Foundation
import PartnerGraph
import PartnerIO
import Testing

@testable import PartnerReport
import PartnerTestSupport

/// Every value a page template reads, found by walking a page context: each `TemplateFields` value must name all
/// its stored fields, or a field added later would print as empty with no error.
@Suite("The pages' template fields")
struct TemplateFieldsTests {
    /// The labels of `value`'s stored fields that its key-path table lacks, per type, over the whole tree.
    func missingFields(in value: Any, into missing: inout [String: Set<String>]) {
        let mirror = Mirror(reflecting: value)
        // An optional is looked through, as the templates do: its value is checked, not the wrapper.
        if mirror.displayStyle == .optional {
            for child in mirror.children { missingFields(in: child.value, into: &missing) }
            return
        }
        if let fields = value as? any TemplateFields {
            let named = Set(type(of: fields).templateFieldNames)
            let stored = Set(mirror.children.compactMap(\.label))
            let lacking = stored.subtracting(named)
            if !lacking.isEmpty { missing["\(type(of: value))", default: []].formUnion(lacking) }
            let extra = named.subtracting(stored)
            if !extra.isEmpty { missing["\(type(of: value)) (not stored)", default: []].formUnion(extra) }
        }
        for child in mirror.children { missingFields(in: child.value, into: &missing) }
    }

    @Test("both pages' contexts list every stored field of every value they hold")
    func everyFieldListed() throws {
        let path = repositoryRoot.appendingPathComponent("graphs/rabat-process-2015-2025.yaml").path
        let network = try NetworkFile.read(path: path)
        let model = ReportModel(network: network, options: ReportOptions())
        var missing: [String: Set<String>] = [:]
        missingFields(in: try InteractivePage(model: model, network: network).context(), into: &missing)
        missingFields(in: StaticPage(model: model).context(), into: &missing)
        #expect(missing.isEmpty, "fields the templates cannot see: \(missing)")
    }

    @Test("a number reads as its digits, a flag as itself, a list as itself")
    func leaves() {
        struct Row: TemplateFields {
            var count: Int?
            var flag: Bool
            var items: [Int]
            static let templateFields: [String: PartialKeyPath<Self> & Sendable] = ["count": \.count, "flag": \.flag, "items": \.items]
        }
        let row = Row(count: -12, flag: false, items: [1, 2])
        #expect((row.child(named: "count") as? TemplateText)?.renderText == "-12")
        #expect(row.child(named: "flag") as? Bool == false)
        #expect(row.child(named: "items") as? [Int] == [1, 2])
        #expect(Row(count: nil, flag: true, items: []).child(named: "count") == nil)
    }

    @Test("a field is read by name, an optional as its value or missing, an unknown name as missing")
    func lookups() {
        struct Row: TemplateFields {
            var name: String
            var note: String?
            static let templateFields: [String: PartialKeyPath<Self> & Sendable] = ["name": \.name, "note": \.note]
        }
        let row = Row(name: "Mali", note: nil)
        #expect((row.child(named: "name") as? TemplateText)?.renderText == "Mali")
        #expect(row.child(named: "note") == nil)
        #expect((Row(name: "Mali", note: "chair").child(named: "note") as? TemplateText)?.renderText == "chair")
        #expect(row.child(named: "region") == nil)
    }
}
