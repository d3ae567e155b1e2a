import Foundation
import PartnerGraphviz
import PartnerMetrics

/// The library's errors speak of graphs and data; the tool's messages name the options that fix them.
enum ToolVocabulary {
    /// `error` as the tool reports it: a library error whose remedy is an option, with that option named.
    static func translated(_ error: any Error) -> any Error {
        switch error {
        case CentralityError.emptyMeasureList:
            return CommandError("--measure is empty; known measures: \(CentralityMeasure.list)")
        case CentralityError.needsWeights(let measure):
            return CommandError(
                "\(measure.rawValue) needs a weighted graph: add --weighted (an edge list with a weight column, --on projection, or --relation-weights)"
            )
        case CentralityError.needsUndirected(let measure):
            return CommandError("\(measure.rawValue) is defined here for undirected graphs; drop --directed")
        case CentralityError.samplesOnTwoMode:
            return CommandError(
                "sampled betweenness runs on one-mode graphs; the two-mode betweenness is exact (drop --samples or use --on projection)"
            )
        case let error as GraphvizError:
            // Layout remedies: the engine and the time limit are options here.
            let message = (error.errorDescription ?? "\(error)")
                .replacingOccurrences(of: "try a smaller graph or a longer time limit", with: "try a smaller slice or a longer --timeout")
                .replacingOccurrences(
                    of: "try the sfdp engine or a smaller part of the network (a time slice, the actor projection)",
                    with: "try --engine sfdp or a smaller slice (--since/--until, --view projection)"
                )
                .replacingOccurrences(of: "try the sfdp engine", with: "try --engine sfdp")
            return CommandError(message)
        default:
            return error
        }
    }
}
