import CFuzzDriver
import Foundation
@testable import PartnerFiles
@testable import PartnerIO

/// Shared by the libFuzzer targets (`Sources/Fuzz*`, built only with `PARTNERGRAPH_FUZZ=1`; see
/// `scripts/fuzz.sh` and `Tests/PartnerIOTests/Hostile/README.md`).
///
/// A reader may throw on any input; it must not trap, hang or exhaust memory, and whatever it accepts must
/// survive being written and read again unchanged. A broken invariant traps, which libFuzzer reports with
/// the input that caused it.
public enum FuzzSupport {
    /// Runs libFuzzer's driver with the command line's options on `test`, then exits; a target's main.swift calls it.
    public static func runFuzzer(_ test: @escaping @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, test))
    }

    /// Limits small enough that one input cannot take more than a moment, large enough to reach every path.
    public static let limits = ReadLimits(
        maxFileBytes: 1 << 20, maxNodes: 20_000, maxEdges: 20_000, maxDepth: 64, maxAliasExpansion: 20_000)

    /// The fuzzer's bytes.
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ count: Int) -> [UInt8] {
        guard let data, count > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: count))
    }

    /// The bytes checked as a text file is checked (UTF-8, no NUL, BOM dropped), or nil when refused.
    public static func text(_ bytes: [UInt8]) -> String? {
        try? InputFile.text(bytes, file: "fuzz")
    }

    /// Traps with `message` when `condition` is false (a check that stays on in every build).
    public static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() { fatalError("fuzz invariant broken: \(message())") }
    }

    /// A read error must say where it is: a file name always, and a message.
    public static func checkError(_ error: any Error) {
        switch error {
        case let error as ReadError:
            require(!error.problems.isEmpty, "a ReadError without a problem")
            for problem in error.problems {
                require(problem.file == "fuzz" && !problem.message.isEmpty, "unplaced problem \(problem)")
                if let line = problem.line { require(line >= 1, "line \(line) in \(problem)") }
                if let column = problem.column { require(column >= 1, "column \(column) in \(problem)") }
            }
        default:
            fatalError("a reader threw a \(type(of: error)), not a ReadError: \(error)")
        }
    }

    /// Reads `input` with `read`; checks the error if it throws, else that writing with `write` and reading
    /// the text again gives an equal network.
    public static func roundTrip(_ input: [UInt8], read: ([UInt8]) throws -> Network, write: (Network) throws -> String) {
        let network: Network
        do { network = try read(input) } catch { checkError(error); return }
        let text: String
        do { text = try write(network) } catch { fatalError("could not write an accepted network: \(error)") }
        do {
            let again = try read(Array(text.utf8))
            require(again == network, "the network changed through writing and reading:\n\(text)")
        } catch {
            fatalError("could not read back what was written: \(error)\n\(text)")
        }
    }
}
