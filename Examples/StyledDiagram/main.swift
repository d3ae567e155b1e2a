// Renders a styled diagram of the Rabat Process in-process through Graphviz: countries coloured by region,
// meetings clustered by year, written as SVG. Run from the repository root: swift run StyledDiagram [OUT.svg]
import Foundation
import PartnerGraphviz
import PartnerIO

let network = try NetworkFile.read(path: "graphs/rabat-process.yaml")
var style = Style()
style.colorBy = .region
style.clusterBy = .year
style.title = "Rabat Process meetings by year"
let builder = DiagramBuilder(network: network.slice(since: PartialDate("2019")), style: style, view: .full)
let graph = try builder.build()
let result = try GraphvizRenderer.render(graph, engine: builder.recommendedEngine(for: graph), format: "svg")
let output = CommandLine.arguments.dropFirst().first ?? FileManager.default.temporaryDirectory.appendingPathComponent("rabat-styled.svg").path
try OutputFile.write(result.data, to: output)
print("\(graph.nodeCount) nodes laid out; \(result.data.count) bytes of SVG written to \(output)")
