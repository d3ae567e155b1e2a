import ArgumentParser
import Foundation
import PartnerIO
import PartnerMetrics

/// `partnet cooccurrence FILE`: actor pairs through shared meetings, with the chosen measures.
struct CoOccurrenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cooccurrence",
        abstract: "Actor x actor co-occurrence through shared meetings: counts, Newman weights, Jaccard, PMI...",
        discussion: """
            Measures: \(CoOccurrenceMeasure.allCases.map(\.rawValue).joined(separator: ", ")). \
            Without --of and --via every actor is paired through meetings of any relation, so an affiliation \
            list works as is. --via hosts --with coChairs pairs a host with a co-chair of the same meeting.

            csv and json rows are written as they are computed, a block of actors at a time, so memory stays \
            small however many pairs there are; an affiliation list is paired straight from its rows. --top, \
            --backbone, --meetings and --via X --with Y hold every pair (and, for --meetings, the meetings of \
            each) in memory first, as does the aligned table, which measures every column before it prints: \
            on millions of pairs that takes gigabytes; use csv or json.

            --significance tests each pair against a null model: hypergeometric (each actor keeps its number \
            of meetings), sdsm (actors and meetings keep their degrees on average; exact Poisson-binomial \
            tails) or fdsm (degrees kept exactly; --samples curveball samples from --seed). p is the pair's \
            p-value in --tail, before correction; significant says whether it passes --alpha after \
            --correction (default bh, Benjamini-Hochberg, over the co-occurring pairs; holm and bh keep every \
            p-value, 8 bytes a pair, for one more pass).
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var selection: ActorSelection
    @OptionGroup var progress: ProgressOptions

    @Option(help: "Measures, comma-separated: \(CoOccurrenceMeasure.allCases.map(\.rawValue).joined(separator: ",")).")
    var measure: String = "count"

    @Option(help: "Keep pairs sharing at least this many meetings.")
    var minCount: Int = 1

    @Option(help: "Keep a pair only when it is among the K strongest of one of its actors (by the first measure); holds every pair in memory.")
    var top: Int?

    @Option(help: "Keep only the disparity-filter backbone at this significance level (e.g. 0.05); holds every pair in memory.")
    var backbone: Double?

    @Flag(help: "Add the ids of the shared meetings (separated by ';'); holds every pair's meetings in memory.")
    var meetings = false

    @Option(name: .shortAndLong, help: "Output format.")
    var format: OutputFormat = .table

    @Option(help: "Test every pair against a null model (hypergeometric, sdsm or fdsm): adds p and significant columns.")
    var significance: SignificanceModel?

    @Option(help: "Significance level, in (0, 1].")
    var alpha: Double = 0.05

    @Option(help: "Multiple-test correction over the pairs: bh, holm, bonferroni or none.")
    var correction: MultipleTestCorrection = .benjaminiHochberg

    @Option(help: "Tail tested: upper (more than chance), lower (less) or both (a signed backbone; adds a sign column).")
    var tail: SignificanceTail = .upper

    @Option(help: "fdsm: the number of sampled graphs.")
    var samples: Int = 1000

    @Option(help: "fdsm: the seed of the samples.")
    var seed: UInt64 = 1

    @Flag(help: "With --significance, keep only the significant pairs.")
    var significantOnly = false

    func validate() throws {
        if minCount < 1 { throw ValidationError("--min-count must be at least 1") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if let backbone, !(backbone > 0 && backbone <= 1) { throw ValidationError("--backbone must be in (0, 1]") }
        if !(alpha > 0 && alpha <= 1) { throw ValidationError("--alpha must be in (0, 1]") }
        if samples < 1 { throw ValidationError("--samples must be at least 1") }
        if significance != nil && !streams {
            throw ValidationError("--significance tests every pair as it streams: not with --top, --backbone, --meetings or --with")
        }
        if significantOnly && significance == nil { throw ValidationError("--significant-only needs --significance") }
        _ = try measures()
    }

    func measures() throws -> [CoOccurrenceMeasure] {
        try ActorSelection.names(measure).map { name in
            guard let measure = CoOccurrenceMeasure(rawValue: name.lowercased()) else {
                throw ValidationError(
                    "unknown measure '\(name)'; choose from: \(CoOccurrenceMeasure.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return measure
        }
    }

    /// Whether the pairs can be streamed: nothing asks for the whole pair set or for the meetings of a pair.
    var streams: Bool { top == nil && backbone == nil && !meetings && selection.other == nil }

    func run() throws {
        let measures = try measures()
        var columns = ["a", "b"] + measures.map(\.rawValue) + (meetings ? ["meetings"] : [])
        if significance != nil { columns += ["p", "significant"] + (tail == .both ? ["sign"] : []) }
        if streams {
            let twoMode: TwoModeGraph
            let source = try InputSource(path: input.file, limits: input.limits, timeout: CommandDeadline.remainingSeconds)
            let kind = try input.input ?? InputKind.detect(source)
            if kind == .affiliation {
                try kind.refuseEmpty(source)
                let parsed = try AffiliationReader.parse(source, limits: input.limits)
                _ = try selection.actorKinds(known: [NodeKind("actor")])
                twoMode = parsed.makeTwoModeGraph(relations: try selection.relations(known: Set(parsed.relations)).first)
            } else {
                let network = try kind.loadNetwork(source, limits: input.limits)
                try input.requireMeetings(network, for: "co-occurrence")
                twoMode = network.twoModeGraph(
                    relations: try selection.relations(in: network).first, actorKinds: try selection.actorKinds(in: network))
            }
            guard let significance else {
                return try CommandDeadline.run("co-occurrence") {
                    try write(twoMode.coOccurrenceStream(measures: measures, minimumCount: minCount), tests: nil, columns: columns)
                }
            }
            let display = progress.display("cooccurrence --significance")
            defer { display.finish() }
            let tests = try display.control().run("\(significance.rawValue) null model") {
                try twoMode.significanceStream(
                    model: significance.model(samples: samples, seed: seed), tail: tail, correction: correction, alpha: alpha,
                    measures: measures, minimumCount: minCount)
            }
            display.finish()
            try CommandDeadline.run("co-occurrence") { try write(tests.pairs, tests: tests, columns: columns) }
        } else {
            let network = try input.loadNetwork(needingMeetingsFor: "co-occurrence")
            let kinds = try selection.actorKinds(in: network)
            let relations = try selection.relations(in: network)
            let result = try CommandDeadline.run("co-occurrence") {
                network.coOccurrence(of: kinds, via: relations, measures: measures, minimumCount: minCount, topPerActor: top, backbone: backbone)
            }
            try write(result, columns: columns)
        }
    }

    /// Runs the stream, with the tests of every block when asked.
    func run<Output>(
        _ stream: CoOccurrenceStream, tests: SignificanceStream?, transform: (CoOccurrenceBlock, SignificanceBlock?) -> Output,
        consume: (Output) throws -> Void
    ) rethrows {
        if let tests { try tests.run(transform: transform, consume: consume) } else { try stream.run(transform: { transform($0, nil) }, consume: consume) }
    }

    /// Whether a pair is written: every pair, or only the significant ones with --significant-only.
    func keeps(_ tests: SignificanceBlock?, _ pair: Int) -> Bool { !significantOnly || tests?.signs[pair] != 0 }

    /// Streams the pairs: csv and json rows are encoded on the workers and written in order.
    func write(_ stream: CoOccurrenceStream, tests: SignificanceStream?, columns: [String]) throws {
        let measures = stream.measures
        let signed = tail == .both
        guard let tableFormat = format.tableFormat else {
            var table = ResultTable(columns: columns)
            let ids = stream.actorIDs
            run(stream, tests: tests, transform: { ($0, $1) }) { block, tests in
                for pair in 0..<block.pairCount where keeps(tests, pair) {
                    let values = measures.indices.map { block.value($0, ofPair: pair) }
                    var row: [ResultTable.Cell] =
                        [.text(ids[Int(block.firstActors[pair])]), .text(ids[Int(block.secondActors[pair])])]
                        + CoOccurrenceCommand.cells(measures, count: Int(block.counts[pair]), values: values)
                    if let tests {
                        row += [.number(tests.pValues[pair]), .boolean(tests.signs[pair] != 0)]
                        if signed { row.append(.integer(Int(tests.signs[pair]))) }
                    }
                    table.append(row)
                }
            }
            return print(table.rendered(as: format), terminator: "")
        }
        let encoder = TableEncoder(format: tableFormat, columns: columns)
        let ids = encoder.encodedTexts(stream.actorIDs)
        let isCount = measures.map { $0 == .count }
        let writer = try TableWriter(encoder: encoder, file: OutputFile(path: "-"))
        try run(
            stream, tests: tests,
            transform: { block, tests in
                var buffer = TableBuffer(capacity: block.pairCount * (24 + 20 * (measures.count + (tests == nil ? 0 : 2))))
                encoder.encodePairs(
                    firsts: block.firstActors, seconds: block.secondActors, counts: block.counts, values: block.values,
                    countColumns: isCount, ids: ids, into: &buffer, keeping: { keeps(tests, $0) }
                ) { pair, buffer in
                    guard let tests else { return }
                    encoder.number(tests.pValues[pair], &buffer)
                    encoder.boolean(tests.signs[pair] != 0, &buffer)
                    if signed { encoder.integer(Int(tests.signs[pair]), &buffer) }
                }
                return buffer
            }, consume: writer.write)
        try writer.finish()
    }

    /// Writes pairs computed whole (top-k, backbone, meetings, two relation sets).
    func write(_ result: CoOccurrence, columns: [String]) throws {
        var table = ResultTable(columns: columns)
        for pair in 0..<result.pairCount {
            var row: [ResultTable.Cell] = [
                .text(result.actorIDs[Int(result.firstActors[pair])]), .text(result.actorIDs[Int(result.secondActors[pair])]),
            ]
            row += CoOccurrenceCommand.cells(result.measures, count: result.counts[pair], values: result.values.map { $0[pair] })
            if meetings { row.append(.text(result.meetings(ofPair: pair).joined(separator: ";"))) }
            table.append(row)
        }
        print(table.rendered(as: format), terminator: "")
    }

    /// The cells of one pair's measures: the count as an integer, the others as numbers.
    static func cells(_ measures: [CoOccurrenceMeasure], count: Int, values: [Double]) -> [ResultTable.Cell] {
        zip(measures, values).map { measure, value in measure == .count ? .integer(count) : .number(value) }
    }
}

/// The null models `--significance` names.
enum SignificanceModel: String, ExpressibleByArgument, CaseIterable {
    case hypergeometric, sdsm, fdsm

    func model(samples: Int, seed: UInt64) -> ProjectionNullModel {
        switch self {
        case .hypergeometric: .hypergeometric
        case .sdsm: .stochasticDegreeSequence
        case .fdsm: .fixedDegreeSequence(samples: samples, seed: seed)
        }
    }
}

extension MultipleTestCorrection: ExpressibleByArgument {}
extension SignificanceTail: ExpressibleByArgument {}
