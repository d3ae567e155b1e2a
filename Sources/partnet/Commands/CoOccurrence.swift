import ArgumentParser
import Foundation
import PartnerIO
import PartnerMetrics

/// `partnet cooccurrence FILE`: actor pairs through shared meetings, with the chosen measures.
struct CoOccurrenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cooccurrence", _superCommandName: Partnet.name,
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

    @Option(help: "fdsm: the number of sampled graphs, 1 to 1,000,000 (a p-value's resolution is 1/samples).")
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
        if samples > FixedDegreeSequence.maximumSamples {
            throw ValidationError(
                "--samples must be at most \(FixedDegreeSequence.maximumSamples): each sample redraws the whole network (hours of work beyond that "
                    + "on a large one), and p-values are already resolved to 1/\(FixedDegreeSequence.maximumSamples)")
        }
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
        var output = PairOutput(format: format, measures: try measures())
        output.listsMeetings = meetings
        output.tail = significance == nil ? nil : tail
        output.significantOnly = significantOnly
        guard streams else {
            let network = try input.loadNetwork(needingMeetingsFor: "co-occurrence")
            try input.checkProjectionSize(network)
            let kinds = try selection.actorKinds(in: network)
            let relations = try selection.relations(in: network)
            let result = try CommandDeadline.run("co-occurrence") {
                network.coOccurrence(of: kinds, via: relations, measures: output.measures, minimumCount: minCount, topPerActor: top, backbone: backbone)
            }
            return print(output.table(result).rendered(as: format), terminator: "")
        }
        let twoMode: TwoModeGraph
        let (source, kind) = try input.open()
        if kind == .affiliation {
            let parsed = try input.parseAffiliation(source)
            _ = try selection.actorKinds(known: [NodeKind("actor")])
            twoMode = parsed.makeTwoModeGraph(relations: try selection.relations(known: Set(parsed.relations)).first)
        } else {
            let network = try kind.loadNetwork(source, limits: input.limits, note: InputOptions.printNote)
            try input.requireMeetings(network, for: "co-occurrence")
            twoMode = network.twoModeGraph(relations: try selection.relations(in: network).first, actorKinds: try selection.actorKinds(in: network))
        }
        let pairs = try input.checkProjectionSize(twoMode)
        if significance == .fdsm { try Self.refuseRunaway(samples: samples, memberships: twoMode.graph.edgeCount, pairs: pairs) }
        var tests: SignificanceStream?
        if let significance {
            let display = progress.display("cooccurrence --significance")
            defer { display.finish() }
            tests = try display.control().run("\(significance.rawValue) null model") {
                try twoMode.significanceStream(
                    model: significance.model(samples: samples, seed: seed), tail: tail, correction: correction, alpha: alpha,
                    measures: output.measures, minimumCount: minCount)
            }
        }
        let stream = tests?.pairs ?? twoMode.coOccurrenceStream(measures: output.measures, minimumCount: minCount)
        try CommandDeadline.run("co-occurrence") { try output.write(stream, tests: tests, to: OutputFile(path: "-")) }
    }
}

extension CoOccurrenceCommand {
    /// Work per second assumed for an fdsm sample's trades and counts (a slow, loaded core; one core measured
    /// about 7 million on affil-M while eight builds ran).
    static let fdsmOperationsPerSecond = 5_000_000.0

    /// Refuses an fdsm run estimated at more than an hour when no `--timeout` bounds it: each sample trades
    /// every membership about five times and counts every co-occurring pair, so the work is about
    /// samples × (5 × memberships + pairs). With `--timeout` the run is bounded and goes ahead.
    static func refuseRunaway(samples: Int, memberships: Int, pairs: Int) throws {
        guard CommandDeadline.remainingSeconds == nil else { return }
        let seconds = Double(samples) * (5 * Double(memberships) + Double(pairs)) / fdsmOperationsPerSecond
        guard seconds > 3600 else { return }
        let perSample = max(1, Int((3600 * fdsmOperationsPerSecond / (5 * Double(memberships) + Double(pairs))).rounded(.down)))
        throw CommandError(
            "fdsm with \(samples) samples of \(memberships) memberships and up to \(pairs) pairs is about \(Int(seconds / 3600)) hours of work; "
                + "use --samples \(perSample) or fewer for about an hour, or give --timeout to bound the run")
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
