import ArgumentParser
import Foundation

/// The benchmark driver: a tool apart from the product, as the fuzz targets are. Its command line is the one
/// the peer harness calls (`shared/bench/partnet_bench.py`, with `PARTNET` pointing at this binary):
/// `partnet-bench bench TASK FILE [--threads N] [--sources FILE] [--values OUT]`.
@main
struct BenchTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partnet-bench",
        abstract: "Time PartnerGraph's kernels in the peer benchmark's format (not part of the product).",
        subcommands: [Bench.self, Cancellation.self])
}

/// A failure of the driver, in one sentence.
struct BenchError: Error, LocalizedError {
    var message: String
    init(_ message: String) { self.message = message }
    var errorDescription: String? { message }
}
