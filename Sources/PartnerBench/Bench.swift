import ArgumentParser
import Foundation
import PartnerIO
import PartnerMetrics

/// `partnet-bench bench TASK FILE`: one timed measurement in the schema of the peer benchmark harness
/// (`shared/bench/README.md`), so that `partnet_bench.py` can put PartnerGraph next to igraph and the others.
///
/// The file is an edge list (`u<TAB>v`) or an affiliation list (`actor<TAB>meeting<TAB>role`, read as the
/// bipartite graph over actors then meetings), told apart by content. The task runs by the canonical
/// definitions of the harness. One JSON line goes to stdout.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time one benchmark task on an edge or affiliation list and print one JSON line.",
        discussion: """
            Tasks: \(BenchTask.allCases.map(\.rawValue).joined(separator: ", ")). \
            load_s is the whole file-to-graph time (parse_s + build_s); run_s is the task alone. \
            With --values, the result is written as id<TAB>value per node (components: a component label).
            """)

    @Argument(help: "The task: \(BenchTask.allCases.map(\.rawValue).joined(separator: ", ")).")
    var task: BenchTask

    @Argument(help: "An edge list (u<TAB>v) or an affiliation list (actor<TAB>meeting<TAB>role).")
    var file: String

    @Option(help: "Worker threads (default: every core).")
    var threads: Int?

    @Option(help: "For betweenness-k and betweenness-weighted: a file of source node ids, one per line.")
    var sources: String?

    @Option(help: "Write the result here: id<TAB>value per node.")
    var values: String?

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        if task == .betweennessK && sources == nil {
            throw ValidationError("betweenness-k needs --sources FILE (one node id per line)")
        }
    }

    func run() throws {
        if let values, OutputFile.isSameFile(file, values) {
            throw BenchError("--values \(values) is the input file; refusing to write over it")
        }
        let input = try BenchInput.load(path: file)
        let context = BenchContext(input: input, threads: threads, sourcesFile: sources)
        let start = DispatchTime.now().uptimeNanoseconds
        let output = try task.run(context)
        let runSeconds =
            task == .load
            ? input.buildSeconds : Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        if let values { try output.write(to: values, nodeIDs: input.graph.nodeIDs, protecting: file) }
        // Seconds with microseconds, as the harness's other libraries write them.
        let seconds = { (value: Double) in JSONValue.double((value * 1e6).rounded() / 1e6) }
        var line: [(String, JSONValue)] = [
            ("lib", .string("partnet")),
            ("version", .string(PartnerGraphVersion.current)),
            ("task", .string(task.rawValue)),
            ("threads", .int(threads ?? ProcessInfo.processInfo.activeProcessorCount)),
            ("n", .int(input.nodeCount)),
            ("m", .int(input.edgeCount)),
            ("load_s", seconds(input.parseSeconds + input.buildSeconds)),
            ("parse_s", seconds(input.parseSeconds)),
            ("build_s", seconds(input.buildSeconds)),
            ("run_s", seconds(runSeconds)),
            ("peak_rss_mb", .double((peakResidentMegabytes() * 10).rounded() / 10)),
        ]
        if let note = output.note { line.append(("note", .string(note))) }
        print(JSONValue.object(line).serialized(indent: nil))
    }

}

/// The largest resident set of this process so far (getrusage's ru_maxrss, kilobytes on Linux, bytes on macOS).
func peakResidentMegabytes() -> Double {
    var usage = rusage()
    #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
        getrusage(RUSAGE_SELF, &usage)
    #endif
    #if os(macOS)
        return Double(usage.ru_maxrss) / 1_048_576
    #else
        return Double(usage.ru_maxrss) / 1024
    #endif
}
