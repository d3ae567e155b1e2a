import PartnerGraph
import PartnerGraphviz
import PartnerMetrics

/// What the interactive page's script reads: one JSON block, indexed like the network's nodes and edges (the
/// SVG's `n12` is `nodes[12]`, `e5` is `edges[5]`).
struct ReportData: Encodable {
    struct MeetingData: Encodable {
        var title: String?
        var type: String?
        var start: String?
        var end: String?
        var city: String?
        var country: String?
        var online: Bool
        var participants: Int?
        var countries: Int?
    }
    struct FiguresData: Encodable {
        var meetings: Int
        var hosted: Int
        var coChaired: Int
        var attended: Int
        var organised: Int
        var partners: Int
        var repeatedPartners: Int
        var firstYear: Int?
        var lastYear: Int?
        var betweenness: Double
        var eigenvector: Double?
        var group: Int?
    }
    /// One node. A name equal to the id and an empty attribute list are left out (the script restores them): an
    /// edge list's 20,000 nodes are then some 700 kB lighter.
    struct NodeData: Encodable {
        var id: String
        var name: String?
        var kind: String
        var region: String?
        var attributes: [[String]]?
        var source: String?
        var meeting: MeetingData?
        /// The meeting's year, for the slider.
        var year: Int?
        var figures: FiguresData?
        /// Class index in each colour scheme, in the order of `schemes`.
        var classes: [Int]
    }
    /// The edges as columns, a few bytes an edge (so a large network's page stays small): `from[i]`, `to[i]`
    /// and `style[i]` for every edge, `tie` one character an edge, and the fields only some edges have in
    /// `extras`. The script rebuilds one object per edge, its relation from `lineStyles[style]`.
    struct EdgeTable: Encodable {
        /// What an edge has beyond its ends and style, with its index `i`.
        struct Extra: Encodable {
            var i: Int
            var start: String?
            var end: String?
            /// What its dates mean ("S to E", "from S", "until E"), by `DateSpan`; nil when undated.
            var span: String?
            /// The year it starts (its own start, else its meeting's), for the slider.
            var startYear: Int?
            var endYear: Int?
            var source: String?
        }
        var from: [Int] = []
        var to: [Int] = []
        /// Index into `lineStyles`.
        var style: [Int] = []
        /// "1" for a tie between two actors, "0" for an actor taking part in a meeting.
        var tie = ""
        var extras: [Extra] = []
    }
    struct LineStyleData: Encodable {
        var relation: String
        var caption: String
        var color: String
        var width: Double
        var dashes: String
        var tie: Bool
    }
    struct KindData: Encodable {
        var name: String
        var shape: String
        var fill: String
        var border: String
    }
    struct ClassData: Encodable {
        var name: String
        var color: String
    }
    struct SchemeData: Encodable {
        var key: String
        var label: String
        var classes: [ClassData]
    }
    struct YearData: Encodable {
        var year: Int
        var meetings: Int
        var activeActors: Int
        var newActors: Int
        var pairs: Int
        var density: Double
    }

    /// A pair's test against chance, keyed in ``pairTests`` by "i,j": the two actors' node indices, i < j.
    struct PairTestData: Encodable {
        var p: Double
        var significant: Bool
    }
    /// The test behind ``pairTests`` (model, correction, level, pairs tested and significant).
    struct SignificanceData: Encodable {
        var model: String
        var correction: String
        var alpha: Double
        var tested: Int
        var significant: Int
        var sentence: String
    }
    /// One year against the year before, as `partnet stats --by period --changes` prints it.
    struct ChangeData: Encodable {
        var start: Int
        var end: Int
        var actors: Int
        var newcomers: Int
        var exits: Int
        var ties: Int
        var formed: Int
        var renewed: Int
        var persisting: Int
        var dissolved: Int
        var persistence: Double?
    }

    /// A large network's drawing (``CanvasLayout``): positions in whole points and communities, by node index.
    struct CanvasData: Encodable {
        var x: [Int]
        var y: [Int]
        var community: [Int]
    }
    /// The two-row view's orders (node indices) and its crossings; absent without meetings.
    struct TwoRowData: Encodable {
        var actors: [Int]
        var meetings: [Int]
        var crossings: Int
        var initialCrossings: Int
    }

    var title: String
    var canvas: CanvasData?
    var nodes: [NodeData]
    var edges: EdgeTable
    var lineStyles: [LineStyleData]
    var kinds: [KindData]
    var schemes: [SchemeData]
    var years: [YearData]
    var significance: SignificanceData?
    var pairTests: [String: PairTestData]
    var changes: [ChangeData]
    var twoRows: TwoRowData?

    init(model: ReportModel, network: Network) {
        let style = Style()
        title = model.title
        // Only a canvas drawing is data (reading the diagram waits for the layout; an SVG one is spliced in later).
        canvas = (ReportDiagram.drawsOnCanvas(network) ? model.diagram.canvas : nil).map { layout in
            CanvasData(x: layout.x.map { Int($0.rounded()) }, y: layout.y.map { Int($0.rounded()) }, community: layout.community)
        }
        let customKinds = network.kinds.filter { style.kindAppearances[$0] == nil }
        kinds = network.kinds.map { kind in
            let appearance = style.appearance(of: kind, customKinds: customKinds)
            return KindData(name: kind.rawValue, shape: appearance.shape, fill: appearance.fillColor, border: appearance.borderColor)
        }
        lineStyles = model.lineStyles.map {
            LineStyleData(
                relation: $0.relation.rawValue, caption: $0.caption, color: $0.color, width: $0.width, dashes: $0.dashes, tie: $0.isTie)
        }
        let figuresByID = Dictionary(model.actors.map { ($0.statistics.id, $0) }, uniquingKeysWith: { first, _ in first })

        // Colour schemes: kind, region, group. Meetings keep their kind's colour under region and group.
        let meetingColor = style.appearance(of: .meeting, customKinds: customKinds).fillColor
        let regions = Set(network.actors.compactMap(\.region)).sorted()
        var freeColors = style.palette.filter { !style.regionColors.values.contains($0) }.makeIterator()
        var regionClasses = regions.map { ClassData(name: $0, color: style.regionColors[$0] ?? freeColors.next() ?? style.missingColor) }
        let noRegion = regionClasses.count
        regionClasses.append(ClassData(name: "no region", color: style.missingColor))
        regionClasses.append(ClassData(name: "meeting", color: meetingColor))
        let groupCount = model.groups.count
        var groupClasses = (0..<groupCount).map { number in
            ClassData(name: "group \(number + 1)", color: style.palette.isEmpty ? style.missingColor : style.palette[number % style.palette.count])
        }
        let noGroup = groupClasses.count
        groupClasses.append(ClassData(name: "no partners", color: style.missingColor))
        groupClasses.append(ClassData(name: "meeting", color: meetingColor))
        schemes = [
            SchemeData(key: "kind", label: "kind", classes: kinds.map { ClassData(name: $0.name, color: $0.fill) }),
            SchemeData(key: "region", label: "region", classes: regionClasses),
            SchemeData(key: "group", label: "group (\(model.communityMethod.rawValue))", classes: groupClasses),
        ]
        let kindPosition = Dictionary(network.kinds.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let regionPosition = Dictionary(regions.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })

        nodes = network.nodes.map { node in
            let actor = figuresByID[node.id]
            let region = node.isMeeting ? noRegion + 1 : node.region.flatMap { regionPosition[$0] } ?? noRegion
            let group = node.isMeeting ? noGroup + 1 : actor?.group.map { $0 - 1 } ?? noGroup
            return NodeData(
                id: node.id, name: node.name == node.id ? nil : node.name, kind: node.kind.rawValue, region: node.region,
                attributes: node.attributes.isEmpty ? nil : node.attributes.keys.sorted().map { [$0, node.attributes[$0]!] },
                source: node.source,
                meeting: node.meeting.map { meeting in
                    MeetingData(
                        title: meeting.title, type: meeting.type, start: meeting.start?.description,
                        end: meeting.end?.description, city: meeting.city, country: meeting.country,
                        online: meeting.isVirtual, participants: meeting.participantCount, countries: meeting.countryCount)
                },
                year: node.meeting?.year,
                figures: actor.map { figures in
                    let s = figures.statistics
                    return FiguresData(
                        meetings: s.meetings, hosted: s.hosted, coChaired: s.coChaired, attended: s.attended,
                        organised: s.organised, partners: s.partners, repeatedPartners: s.repeatedPartners,
                        firstYear: s.firstYear, lastYear: s.lastYear, betweenness: figures.betweenness,
                        eigenvector: figures.eigenvector, group: figures.group)
                },
                classes: [kindPosition[node.kind] ?? 0, region, group])
        }
        let relations = model.lineStyles.map(\.relation)
        let styleOf = Dictionary(relations.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        edges = EdgeTable()
        edges.from.reserveCapacity(network.edges.count)
        edges.to.reserveCapacity(network.edges.count)
        edges.style.reserveCapacity(network.edges.count)
        for (index, edge) in network.edges.enumerated() {
            edges.from.append(network.index(of: edge.from)!)
            edges.to.append(network.index(of: edge.to)!)
            edges.style.append(styleOf[edge.relation] ?? 0)
            edges.tie += network[edge.to]?.isMeeting ?? false ? "0" : "1"
            let extra = EdgeTable.Extra(
                i: index, start: edge.start?.description, end: edge.end?.description,
                span: edge.span.isDated ? edge.span.description : nil, startYear: network.date(of: edge)?.year,
                endYear: edge.end?.year, source: edge.source)
            if extra.start != nil || extra.startYear != nil || extra.endYear != nil || extra.source != nil {
                edges.extras.append(extra)
            }
        }
        significance = model.significance.map {
            SignificanceData(
                model: $0.model, correction: $0.correction, alpha: $0.alpha, tested: $0.tested, significant: $0.significant,
                sentence: model.pairTestSentence)
        }
        var pairTests: [String: PairTestData] = [:]
        for pair in model.pairs {
            guard let p = pair.p, let a = network.index(of: pair.a), let b = network.index(of: pair.b) else { continue }
            pairTests["\(min(a, b)),\(max(a, b))"] = PairTestData(p: p, significant: pair.significant)
        }
        self.pairTests = pairTests
        changes = model.tieChanges.windows.map {
            ChangeData(
                start: $0.startYear, end: $0.endYear, actors: $0.actors, newcomers: $0.newcomers, exits: $0.exits,
                ties: $0.ties, formed: $0.formed, renewed: $0.renewed, persisting: $0.persisting, dissolved: $0.dissolved,
                persistence: $0.persistence)
        }
        twoRows = model.twoRows.map {
            TwoRowData(actors: $0.actors, meetings: $0.meetings, crossings: $0.crossings, initialCrossings: $0.initialCrossings)
        }
        years = model.years.map {
            YearData(
                year: $0.startYear, meetings: $0.meetings, activeActors: $0.activeActors, newActors: $0.newActors,
                pairs: $0.pairs, density: $0.density)
        }
    }
}
