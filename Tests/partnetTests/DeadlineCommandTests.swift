import Foundation
import Testing

/// `--timeout` handed to the metric commands' kernels through a `RunControl`.
@Suite("partnet --timeout in the metric commands")
struct DeadlineCommandTests {
    @Test("a deadline far off changes nothing: the kernels run to their end under it")
    func farDeadline() throws {
        let path = try writeTemporary("small.tsv", "a\tb\nb\tc\nc\td\n")
        let timed = try partnet("centrality", path, "--measure", "betweenness", "--format", "csv", "--timeout", "600")
        let untimed = try partnet("centrality", path, "--measure", "betweenness", "--format", "csv")
        #expect(timed.status == 0 && timed.standardOutput == untimed.standardOutput, "\(timed.standardError)")
        #expect(timed.standardOutput.contains("b,"))
    }
}
