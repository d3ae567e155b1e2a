import PartnerGraph
import PartnerGraphviz
import PartnerIO
import PartnerMetrics

/// What the interactive page's script reads: one JSON block, indexed like the network's nodes and edges (the
/// SVG's `n12` is `nodes[12]`, `e5` is `edges[5]`), written by PartnerIO's one JSON writer (``/PartnerIO/JSONValue``).
/// A field with no value is left out, and the script reads it as missing.
///
/// The block holds:
/// - `title`; `canvas` for a large network's drawing (``CanvasLayout``): `x`, `y` in whole points and `community`,
///   by node index;
/// - `nodes` as columns (``nodeColumns(network:figuresByID:)``): `id`, `kind`, and as `[node, value]` rows for
///   the nodes that have them `name` (when it differs from the id), `region`, `attributes` (`[name, value]` pairs),
///   `source`, `meeting` (`[node, {title, type, start, end, city, country, online (only when true), participants,
///   countries}, year]`);
///   `figures`, the actors' (`meetings`, `hosted`, `coChaired`, `attended`, `organised`, `partners`,
///   `repeatedPartners`, `firstYear`, `lastYear`, `betweenness`, `eigenvector`, `group`), a column each. The script
///   makes node objects of them, each with its class in each colour scheme (`classes`, in the order of `schemes`);
/// - `edges` as columns, a few bytes an edge (so a large network's page stays small): `from[i]`, `to[i]` and
///   `style[i]` (an index into `lineStyles`) for every edge, `tie` one character an edge ("1" for a tie between
///   two actors, "0" for an actor taking part in a meeting), and in `extras` the fields only some edges have,
///   with the edge's index `i`: `start`, `end`, `span` (what the dates mean: "S to E", "from S", "until E"),
///   `startYear` (its own start, else its meeting's, for the slider), `endYear`, `source`;
/// - `lineStyles` (`relation`, `caption`, `color`, `width`, `dashes`, `tie`), `kinds` (`name`, `shape`, `fill`,
///   `border`), `schemes` (`key`, `label`, `classes` of `name` and `color`): kind, region, group;
/// - `years` (`year`, `meetings`, `activeActors`, `newActors`, `pairs`, `density`);
/// - `significance`, the test behind `pairTests` (`model`, `correction`, `alpha`, `tested`, `significant`,
///   `sentence`), and `pairTests`, each pair's `p` and `significant` keyed by "i,j", the two actors' node
///   indices with i < j, left out above ``pairTestLimit`` pairs (the page says so);
/// - `changes`, each year against the year before as `partnet stats --by period --changes` prints it (`start`,
///   `end`, `actors`, `newcomers`, `exits`, `ties`, `formed`, `renewed`, `persisting`, `dissolved`,
///   `persistence`);
/// - `twoRows`, the two-row view's orders (node indices) and crossings (`actors`, `meetings`, `crossings`,
///   `initialCrossings`); absent without meetings;
/// - `tables`, the rows the script builds the actors' and the pairs' tables from, in the tables' order
///   (``InteractivePage/tables(model:nodeIndex:)``): `actors`, each `[node, betweenness, eigenvector]` with the two
///   figures as printed (eigenvector null when undefined; every other cell comes from the node); `pairs`, each
///   `[a, b, shared, jaccard, jaccard printed, lift, lift printed, p or null, p printed, flags]`, where flags is 1
///   for a pair more than chance plus 2 for a pair listed only for the backbone view (the script finds the meetings
///   both took part in from the edges); `heatMap`, the heat map's `actors` (node indices) and
///   `counts` (``ReportModel/HeatMap``: row by row, each actor's own meetings on the diagonal).
enum ReportData {
    /// An object of the fields that have a value, in the order given.
    private static func object(_ fields: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        .object(fields.compactMap { name, value in value.map { (name, $0) } })
    }
    private static func string(_ text: String?) -> JSONValue? { text.map(JSONValue.string) }
    private static func int(_ number: Int?) -> JSONValue? { number.map(JSONValue.int) }
    private static func double(_ number: Double?) -> JSONValue? { number.map(JSONValue.double) }
    private static func ints(_ numbers: [Int]) -> JSONValue { .array(numbers.map(JSONValue.int)) }

    /// The block for the page of `network`, from `model`, with the tables' rows (nil leaves `tables` out).
    /// - Complexity: O(n + m) beside the model's figures and the tables.
    static func json(model: ReportModel, network: Network, tables: JSONValue? = nil) -> JSONValue {
        let style = Style()
        // Only a canvas drawing is data (reading the diagram waits for the layout; an SVG one is spliced in later).
        let canvas = (ReportDiagram.drawsOnCanvas(network) ? model.diagram.canvas : nil).map { layout in
            object([
                "x": ints(layout.x.map { Int($0.rounded()) }), "y": ints(layout.y.map { Int($0.rounded()) }), "community": ints(layout.community),
            ])
        }
        let customKinds = network.kinds.filter { style.kindAppearances[$0] == nil }
        let kinds = network.kinds.map { kind in (name: kind.rawValue, appearance: style.appearance(of: kind, customKinds: customKinds)) }
        let lineStyles = model.lineStyles.map {
            object([
                "relation": .string($0.relation.rawValue), "caption": .string($0.caption), "color": .string($0.color), "width": .double($0.width),
                "dashes": .string($0.dashes), "tie": .bool($0.isTie),
            ])
        }
        let figuresByID = Dictionary(model.actors.map { ($0.statistics.id, $0) }, uniquingKeysWith: { first, _ in first })

        // Colour schemes: kind, region, group. Meetings keep their kind's colour under region and group.
        func colorClass(_ name: String, _ color: String) -> JSONValue { object(["name": .string(name), "color": .string(color)]) }
        let meetingColor = style.appearance(of: .meeting, customKinds: customKinds).fillColor
        let regions = Set(network.actors.compactMap(\.region)).sorted()
        var freeColors = style.palette.filter { !style.regionColors.values.contains($0) }.makeIterator()
        var regionClasses = regions.map { colorClass($0, style.regionColors[$0] ?? freeColors.next() ?? style.missingColor) }
        regionClasses += [colorClass("no region", style.missingColor), colorClass("meeting", meetingColor)]
        var groupClasses = (0..<model.groups.count).map { number in
            colorClass("group \(number + 1)", style.palette.isEmpty ? style.missingColor : style.palette[number % style.palette.count])
        }
        groupClasses += [colorClass("no partners", style.missingColor), colorClass("meeting", meetingColor)]
        let schemes: [JSONValue] = [
            object(["key": .string("kind"), "label": .string("kind"), "classes": .array(kinds.map { colorClass($0.name, $0.appearance.fillColor) })]),
            object(["key": .string("region"), "label": .string("region"), "classes": .array(regionClasses)]),
            object(["key": .string("group"), "label": .string("group (\(model.communityMethod.rawValue))"), "classes": .array(groupClasses)]),
        ]
        let nodes = nodeColumns(network: network, figuresByID: figuresByID)
        let styleOf = Dictionary(model.lineStyles.map(\.relation).enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var from: [JSONValue] = [], to: [JSONValue] = [], edgeStyles: [JSONValue] = [], extras: [JSONValue] = []
        var ties = ""
        from.reserveCapacity(network.edges.count)
        to.reserveCapacity(network.edges.count)
        edgeStyles.reserveCapacity(network.edges.count)
        for (index, edge) in network.edges.enumerated() {
            from.append(.int(network.index(of: edge.from)!))
            to.append(.int(network.index(of: edge.to)!))
            edgeStyles.append(.int(styleOf[edge.relation] ?? 0))
            ties += network[edge.to]?.isMeeting ?? false ? "0" : "1"
            let start = edge.start?.description, startYear = network.date(of: edge)?.year, endYear = edge.end?.year
            if start != nil || startYear != nil || endYear != nil || edge.source != nil {
                extras.append(
                    object([
                        "i": .int(index), "start": string(start), "end": string(edge.end?.description),
                        "span": edge.span.isDated ? .string(edge.span.description) : nil, "startYear": int(startYear), "endYear": int(endYear),
                        "source": string(edge.source),
                    ]))
            }
        }

        var pairTests: [(String, JSONValue)] = []
        for pair in model.pairs where model.pairs.count <= pairTestLimit {
            guard let p = pair.p, let a = network.index(of: pair.a), let b = network.index(of: pair.b) else { continue }
            pairTests.append(("\(min(a, b)),\(max(a, b))", object(["p": .double(p), "significant": .bool(pair.significant)])))
        }
        pairTests.sort { $0.0 < $1.0 }  // a stable order: the model's pairs are ranked, not keyed

        return object([
            "title": .string(model.title),
            "canvas": canvas,
            "nodes": nodes,
            "edges": object([
                "from": .array(from), "to": .array(to), "style": .array(edgeStyles), "tie": .string(ties), "extras": .array(extras),
            ]),
            "lineStyles": .array(lineStyles),
            "kinds": .array(
                kinds.map {
                    object([
                        "name": .string($0.name), "shape": .string($0.appearance.shape), "fill": .string($0.appearance.fillColor),
                        "border": .string($0.appearance.borderColor),
                    ])
                }),
            "schemes": .array(schemes),
            "years": .array(
                model.years.map {
                    object([
                        "year": .int($0.startYear), "meetings": .int($0.meetings), "activeActors": .int($0.activeActors),
                        "newActors": .int($0.newActors), "pairs": .int($0.pairs), "density": .double($0.density),
                    ])
                }),
            "significance": model.significance.map {
                object([
                    "model": .string($0.model), "correction": .string($0.correction), "alpha": .double($0.alpha), "tested": .int($0.tested),
                    "significant": .int($0.significant), "sentence": .string(model.pairTestSentence),
                ])
            },
            "pairTests": model.pairs.count <= pairTestLimit ? .object(pairTests) : nil,
            "changes": .array(
                model.tieChanges.windows.map {
                    object([
                        "start": .int($0.startYear), "end": .int($0.endYear), "actors": .int($0.actors), "newcomers": .int($0.newcomers),
                        "exits": .int($0.exits), "ties": .int($0.ties), "formed": .int($0.formed), "renewed": .int($0.renewed),
                        "persisting": .int($0.persisting), "dissolved": .int($0.dissolved), "persistence": double($0.persistence),
                    ])
                }),
            "twoRows": model.twoRows.map {
                object([
                    "actors": ints($0.actors), "meetings": ints($0.meetings), "crossings": .int($0.crossings),
                    "initialCrossings": .int($0.initialCrossings),
                ])
            },
            "tables": tables,
        ])
    }

    /// Above this many tested pairs the block leaves out `pairTests` (a p-value for each pair would be most of the
    /// page: 2.7 million pairs took 156 MB of a 20,000-actor affiliation list's page); the pairs' table keeps the
    /// p-values of the pairs it lists, and the page says where to find the others.
    static let pairTestLimit = 20_000

    /// The nodes as columns (the script's first lines make them node objects again): `id` and `kind` (an index
    /// into `kinds`) for every node; `name` (when it differs from the id), `region`, `attributes`, `source` and
    /// `meeting` (`[node, meeting, year]`) as `[node, value]` rows for the nodes that have them; `figures`, the
    /// actors' figures, one column each (`at`: the actors' node indices, each as its distance from the one before;
    /// a column with no value is left out, a missing value is null). Each node's colour class follows from these in
    /// the script. An affiliation list of 25,000 nodes takes less than half the bytes node objects took.
    /// - Complexity: O(n).
    private static func nodeColumns(network: Network, figuresByID: [String: ReportModel.ActorFigures]) -> JSONValue {
        let kindPosition = Dictionary(network.kinds.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var ids: [JSONValue] = [], kinds: [JSONValue] = [], names: [JSONValue] = [], regions: [JSONValue] = []
        var attributes: [JSONValue] = [], sources: [JSONValue] = [], meetings: [JSONValue] = [], at: [JSONValue] = []
        var columns: [[JSONValue]] = Array(repeating: [], count: figureKeys.count)
        var previous = 0
        for (index, node) in network.nodes.enumerated() {
            ids.append(.string(node.id))
            kinds.append(.int(kindPosition[node.kind] ?? 0))
            if node.name != node.id { names.append(.array([.int(index), .string(node.name)])) }
            if let region = node.region { regions.append(.array([.int(index), .string(region)])) }
            if !node.attributes.isEmpty {
                let pairs = node.attributes.keys.sorted().map { JSONValue.array([.string($0), .string(node.attributes[$0]!)]) }
                attributes.append(.array([.int(index), .array(pairs)]))
            }
            if let source = node.source { sources.append(.array([.int(index), .string(source)])) }
            if let meeting = node.meeting {
                let fields = object([
                    "title": string(meeting.title), "type": string(meeting.type), "start": string(meeting.start?.description),
                    "end": string(meeting.end?.description), "city": string(meeting.city), "country": string(meeting.country),
                    "online": meeting.isVirtual ? .bool(true) : nil, "participants": int(meeting.participantCount), "countries": int(meeting.countryCount),
                ])
                meetings.append(.array([.int(index), fields, meeting.year.map(JSONValue.int) ?? .null]))
            }
            guard let figures = figuresByID[node.id] else { continue }
            at.append(.int(index - previous))
            previous = index
            let s = figures.statistics
            let values: [JSONValue?] = [
                .int(s.meetings), .int(s.hosted), .int(s.coChaired), .int(s.attended), .int(s.organised), .int(s.partners),
                .int(s.repeatedPartners), int(s.firstYear), int(s.lastYear), .double(figures.betweenness), double(figures.eigenvector),
                int(figures.group),
            ]
            for (column, value) in values.enumerated() { columns[column].append(value ?? .null) }
        }
        var figureFields: [(String, JSONValue)] = [("at", .array(at))]
        for (key, column) in zip(figureKeys, columns) where column.contains(where: { $0 != .null }) { figureFields.append((key, .array(column))) }
        return .object([
            ("id", .array(ids)), ("kind", .array(kinds)), ("name", .array(names)), ("region", .array(regions)),
            ("attributes", .array(attributes)), ("source", .array(sources)), ("meeting", .array(meetings)),
            ("figures", .object(figureFields)),
        ])
    }

    /// The actors' figures, in the order of their columns.
    static let figureKeys = [
        "meetings", "hosted", "coChaired", "attended", "organised", "partners", "repeatedPartners", "firstYear", "lastYear", "betweenness",
        "eigenvector", "group",
    ]
}
