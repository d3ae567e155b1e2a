import ArgumentParser
import Foundation
import PartnerGraph
import PartnerIO
import PartnerMetrics

extension InputKind: ExpressibleByArgument {}

extension ExpressibleByArgument where Self: CaseIterable, Self: RawRepresentable, RawValue == String {
    /// The raw values, as ArgumentParser's own default gives them for a `String` raw value (each through
    /// `defaultValueDescription`, a string interpolation): ArgumentParser asks for them for every such option of a
    /// command each time it is parsed (its completion kind), so this saves that interpolation on every run.
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }

    /// The raw value, as ArgumentParser's own default gives it for a `String` raw value (`"\(rawValue)"`, whose
    /// string interpolation casts the value dynamically): asked for each such option with a default on every run.
    public var defaultValueDescription: String { rawValue }
}

/// The input file and how to read it: shared by every subcommand that reads a file.
struct InputOptions: ParsableArguments {
    @Argument(
        help:
            "A network file (.yaml, .yml, .json), an event table (.csv), an edge or affiliation list (.tsv), a NetworkX edge list (.edgelist), a Gephi edge table (.csv), Pajek (.net), GraphML, GEXF or node-link JSON; - for standard input.",
        completion: .file())
    var file: String

    @Option(help: "Read FILE as this kind instead of guessing: \(InputKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var input: InputKind?

    @Flag(
        help:
            "Read the edges as arcs (u -> v). Edge lists have no direction of their own; other files state theirs, and a directed one is read directed without this flag."
    )
    var directed = false

    // Limits that stop a file you did not write (an alias bomb, a device, a runaway export) with an error
    // instead of exhausting memory; raise them for a larger file you trust.
    @Option(help: ArgumentHelp("Refuse an input file larger than this many bytes.", valueName: "bytes"))
    var maxInputBytes = ReadLimits.default.maxFileBytes

    @Option(help: ArgumentHelp("Refuse an input with more nodes than this.", valueName: "count"))
    var maxNodes = ReadLimits.default.maxNodes

    @Option(help: ArgumentHelp("Refuse an input with more edges (rows) than this.", valueName: "count"))
    var maxEdges = ReadLimits.default.maxEdges

    @Option(
        help: ArgumentHelp(
            "Stop with exit 1 when the command has run this long: reading, computing, drawing and writing.",
            valueName: "seconds"))
    var timeout: Double?

    func validate() throws {
        for (name, value) in [("--max-input-bytes", maxInputBytes), ("--max-nodes", maxNodes), ("--max-edges", maxEdges)] where value < 1 {
            throw ValidationError("\(name) must be at least 1, not \(value)")
        }
        if let timeout {
            guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout must be a positive number of seconds") }
            // The deadline counts from here, before any work.
            CommandDeadline.start(seconds: timeout)
        }
    }

    /// The reading limits the options set.
    var limits: ReadLimits {
        var limits = ReadLimits.default
        limits.maxFileBytes = maxInputBytes
        limits.maxNodes = maxNodes
        limits.maxEdges = maxEdges
        return limits
    }

    /// Reads the file (`-`: standard input) as a network or a bare graph, its kind given or guessed.
    func load() throws -> LoadedInput {
        let (source, kind) = try open()
        return try kind.load(source, directed: directed, limits: limits, note: Self.printNote)
    }

    /// Opens the file (`-`: standard input) and tells its kind, given or guessed, without reading it.
    func open() throws -> (source: InputSource, kind: InputKind) {
        try Self.refuseStandardOutput(into: file)
        let source = try InputSource(path: file, limits: limits, timeout: CommandDeadline.remainingSeconds)
        let kind = try input ?? InputKind.detect(source)
        if kind == .edgeTable, let note = Self.unreadNodeTableNote(for: file) { printError("note: " + note) }
        return (source, kind)
    }

    /// A note when the Gephi node table `convert --to gephi` writes beside an edge table (`o.csv` and
    /// `o-nodes.csv`) exists: only the edge table is read, so the labels, kinds and attributes it holds are not.
    static func unreadNodeTableNote(for path: String) -> String? {
        guard path != "-" else { return nil }
        let nodes = (path as NSString).deletingPathExtension + GephiCSV.nodeTableSuffix
        guard FileManager.default.fileExists(atPath: nodes) else { return nil }
        return "\(nodes) is not read: an edge table is read alone, so the node labels, kinds and attributes in that file are not kept"
    }

    /// Refuses an input that standard output writes into (`partnet info x.yaml >> x.yaml`, or `-` read from the
    /// file standard output appends to): the result would land in the file being read, as `cat` refuses too.
    static func refuseStandardOutput(into path: String) throws {
        var output = stat()
        var input = stat()
        guard fstat(STDOUT_FILENO, &output) == 0, output.st_mode & S_IFMT == S_IFREG else { return }
        let opened = path == "-" ? fstat(STDIN_FILENO, &input) : stat(path, &input)
        guard opened == 0, input.st_dev == output.st_dev, input.st_ino == output.st_ino else { return }
        throw CommandError("\(path == "-" ? "standard input" : path): is also standard output; refusing to write the result into the file being read")
    }

    /// Reads the file as a network; an edge list becomes organisations linked by `collaborates` ties.
    func loadNetwork() throws -> Network {
        let (source, kind) = try open()
        return try kind.loadNetwork(source, limits: limits, note: Self.printNote)
    }

    /// Reads an opened affiliation list as its rows' indices (the network is never built), refusing an empty one
    /// as every kind is refused, and printing the note on rows repeated exactly.
    func parseAffiliation(_ source: InputSource) throws -> ParsedAffiliation {
        try InputKind.affiliation.refuseEmpty(source)
        let rows = try AffiliationReader.parse(source, limits: limits)
        if let note = rows.repeatNote(in: source, limits: limits) { Self.printNote(note) }
        return rows
    }

    /// Prints what a reader tells without refusing the file (rows repeated exactly), on standard error.
    static func printNote(_ note: String) { printError("note: " + note) }

    /// Reads the file as a network that must have meetings to answer `question`.
    /// - Throws: the reading error, or the file's name with ``MissingMeetingsError``'s advice.
    func loadNetwork(needingMeetingsFor question: String) throws -> Network {
        let network = try loadNetwork()
        try requireMeetings(network, for: question)
        return network
    }

    /// Throws, naming the file, unless `network` has meetings.
    func requireMeetings(_ network: Network, for question: String) throws {
        do { try network.requireMeetings(for: question) } catch { throw CommandError(Self.advice(error, file: file)) }
    }

    /// Refuses a network whose actor projection could not be held: its pairs are counted before anything is
    /// built, from the meetings' sizes alone (a meeting of k actors links k(k-1)/2 pairs, each held twice, with
    /// its meetings), and more than the edge limit (`--max-edges`) in held pairs is an error naming the largest
    /// meeting. A 330 KB table of one meeting and 20,000 actors projects to 200 million pairs (some 10 GB).
    /// - Complexity: O(nodes + memberships).
    /// - Returns: the count of pairs the meetings link (an upper bound of the projection's pairs).
    @discardableResult
    func checkProjectionSize(_ twoMode: TwoModeGraph) throws -> Int {
        var pairs = 0
        var largest = (size: 0, meeting: -1)
        for meeting in twoMode.actorCount..<twoMode.graph.nodeCount {
            let size = twoMode.graph.neighbors(of: meeting).count
            pairs = pairs.addingReportingOverflow(size * (size - 1) / 2).partialValue
            if size > largest.size { largest = (size, meeting) }
            if pairs < 0 { pairs = .max }
        }
        let held = pairs > Int.max / 2 ? Int.max : 2 * pairs
        guard held > limits.maxEdges else { return pairs }
        let name = largest.meeting >= 0 ? twoMode.graph.nodeIndex[largest.meeting] : "?"
        throw CommandError(
            "\(file): the actor projection would hold up to \(pairs) pairs (meeting '\(name.prefix(40))' alone has \(largest.size) actors), "
                + "\(held) adjacency entries, more than the edge limit \(limits.maxEdges); raise --max-edges to compute it anyway")
    }

    /// ``checkProjectionSize(_:)`` of a network's actors and meetings.
    func checkProjectionSize(_ network: Network) throws {
        guard network.nodes.contains(where: \.isMeeting) else { return }
        try checkProjectionSize(network.twoModeGraph())
    }

    /// The library's message for data without meetings, naming the file and the option that reads an affiliation list.
    static func advice(_ error: MissingMeetingsError, file: String) -> String {
        "\(file): \(error.localizedDescription); partnet reads actor-meeting pairs with --input affiliation"
    }
}

extension OutputFormat: ExpressibleByArgument {}

/// Refuses an option's text holding a control character (ESC, BEL, NUL...): it would reach a terminal, a drawing or
/// a file that no reader takes back.
func refuseControlCharacters(_ text: String?, in option: String) throws {
    guard let text, let control = text.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) else { return }
    throw ValidationError("\(option) holds the control character U+\(String(format: "%04X", control.value)); give plain text")
}

extension PartialDate {
    /// The first day the date covers (`2019` -> 2019-01-01), as (year, month, day) for comparing ranges.
    var firstDay: [Int] { [year, month ?? 1, day ?? 1] }
    /// The last day the date covers (`2019-02` -> 2019-02-31 for comparing: later than any day of the month).
    var lastDay: [Int] { [year, month ?? 12, day ?? 31] }
}

/// Writes text to standard error (progress, warnings).
func printError(_ text: String) {
    var line = text + "\n"
    // Copied by address and count: Data's initialiser from a sequence looks protocol conformances up on its first use
    // (~0.1 ms in this binary), and `wrote FILE` is the last thing a command does before it exits.
    FileHandle.standardError.write(line.withUTF8 { Data(bytes: $0.baseAddress!, count: $0.count) })
}

/// Whether standard error is a terminal, so that progress is worth showing.
var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

/// A failure the tool reports in one sentence (no usage text, unlike ArgumentParser's ValidationError).
struct CommandError: Error, LocalizedError {
    var message: String
    init(_ message: String) { self.message = message }
    var errorDescription: String? { message }
}
