import PartnerGraph

/// The legend of a diagram: an HTML-like table placed as the graph's label, so that every engine draws it
/// below the drawing without it taking part in the layout.
///
/// Two blocks side by side: node classes (a colour swatch and what it means) and line styles (a sample
/// drawn with box-drawing characters in the line's colour, and the relation).
struct Legend {
    let builder: DiagramBuilder
    let coloring: NodeColoring
    let members: [Int]
    let lines: [DiagramBuilder.Line]
    let customKinds: [NodeKind]
    /// Network indices of the nodes left out of the drawing for having no link.
    let unlinked: [Int]

    private var style: Style { builder.style }

    func label() -> HTMLLabel {
        let title = style.title ?? builder.network.name
        var rows: [String] = []
        if !title.isEmpty {
            rows.append(
                #"<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="\#(DOTEscaping.number(style.titleFontSize))"><B>\#(HTMLLabel.escape(title))</B></FONT></TD></TR>"#)
        }
        guard style.showsLegend else { return table(rows) }
        let nodes = nodeEntries()
        let edges = edgeEntries()
        // The entries sit in a table of their own, so that a long note below does not widen their columns.
        var entries: [String] = []
        for row in 0..<max(nodes.count, edges.count) {
            let left = row < nodes.count ? nodes[row] : #"<TD></TD><TD></TD>"#
            let right = row < edges.count ? edges[row] : #"<TD></TD><TD></TD>"#
            entries.append("<TR>" + left + #"<TD WIDTH="24"></TD>"# + right + "</TR>")
        }
        rows.append(#"<TR><TD ALIGN="LEFT">"# + table(entries).markup + "</TD></TR>")
        let sizeNote: String? =
            switch style.sizeBy {
            case .uniform: nil
            case .degree: "Node size: number of links in this view."
            case .values(let scores, _): "Node size: \(scores.name)."
            }
        var notes = [sizeNote].compactMap { $0 }
        if builder.view == .projection { notes.append("Line width: number of shared meetings.") }
        if case .twoRows = style.placement { notes.append("Two rows: actors above, meetings below.") }
        if style.clusterBy != .none { notes.append("Boxes group \(style.clusterBy == .year ? "meetings by year" : "actors by region").") }
        if !unlinked.isEmpty {
            let names = unlinked.map { index -> String in
                let node = builder.network.nodes[index]
                guard let meeting = node.meeting else { return node.name }
                let details = [meeting.isVirtual ? "online" : meeting.city, meeting.start?.description].compactMap { $0 }
                return (meeting.title ?? node.name) + (details.isEmpty ? "" : " (" + details.joined(separator: ", ") + ")")
            }
            notes.append("Without links in this view: " + names.joined(separator: "; ") + ".")
        }
        if !notes.isEmpty {
            // Wrapped by hand: an HTML cell does not wrap, and one long line would widen the whole drawing.
            let text = HTMLLabel.escape(LabelWrapping.wrap(notes.joined(separator: " "), width: 100))
            let size = DOTEscaping.number(style.fontSize - 1)
            rows.append(##"<TR><TD ALIGN="LEFT" BALIGN="LEFT"><FONT POINT-SIZE="\##(size)" COLOR="#555555">\##(text)</FONT></TD></TR>"##)
        }
        return table(rows)
    }

    private func table(_ rows: [String]) -> HTMLLabel {
        HTMLLabel(markup: #"<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2">"# + rows.joined() + "</TABLE>")
    }

    private func swatch(fill: String, border: String, text: String) -> String {
        #"<TD BGCOLOR="\#(fill)" BORDER="1" COLOR="\#(border)" WIDTH="26" HEIGHT="14" FIXEDSIZE="TRUE"></TD>"#
            + #"<TD ALIGN="LEFT">\#(HTMLLabel.escape(text))</TD>"#
    }

    private func nodeEntries() -> [String] {
        let network = builder.network
        let kinds = members.reduce(into: [NodeKind]()) { kinds, index in
            let kind = network.nodes[index].kind
            if !kinds.contains(kind) { kinds.append(kind) }
        }.sorted { order($0) < order($1) }
        var entries: [String] = []
        for kind in kinds {
            let appearance = style.appearance(of: kind, customKinds: customKinds)
            let fill = coloring.source == .kind ? appearance.fillColor : "white"
            entries.append(swatch(fill: fill, border: appearance.borderColor, text: "\(kind.rawValue) (\(shapeWord(appearance.shape)))"))
        }
        for entry in coloring.classes {
            entries.append(swatch(fill: entry.color, border: "#777777", text: entry.name))
        }
        return entries
    }

    private func edgeEntries() -> [String] {
        let network = builder.network
        var seen: [Relation] = []
        var isTie: [Relation: Bool] = [:]
        for line in lines {
            guard let relation = line.relation else { continue }
            if !seen.contains(relation) {
                seen.append(relation)
                isTie[relation] = !network.nodes[line.to].isMeeting
            }
        }
        if lines.contains(where: { $0.relation == nil }) {
            let appearance = style.projectionAppearance
            return [sample(appearance, caption: appearance.caption)]
        }
        let known = Relation.participation + Relation.ties
        seen.sort { (known.firstIndex(of: $0) ?? known.count, $0) < (known.firstIndex(of: $1) ?? known.count, $1) }
        let customTies = builder.customTies
        return seen.map { relation in
            let appearance = style.appearance(of: relation, isTie: isTie[relation] ?? false, customTies: customTies)
            return sample(appearance, caption: appearance.caption)
        }
    }

    private func sample(_ appearance: Style.EdgeAppearance, caption: String) -> String {
        // Box-drawing and bullet characters stand for the line styles; every font Graphviz uses has them.
        let strokes: String =
            switch appearance.lineStyle {
            case "bold": "<B>━━━━</B>"
            case "dashed": "<B>╸ ╸ ╸ ╸</B>"
            case "dotted": "<B>• • • • •</B>"
            default: appearance.width >= 1.2 ? "<B>────</B>" : "────"
            }
        return #"<TD ALIGN="CENTER"><FONT COLOR="\#(appearance.color)">\#(strokes)</FONT></TD><TD ALIGN="LEFT">\#(HTMLLabel.escape(caption))</TD>"#
    }

    private func order(_ kind: NodeKind) -> (Int, String) {
        let known: [NodeKind] = [.country, .organisation, "dialogue", .meeting]
        return (known.firstIndex(of: kind) ?? known.count, kind.rawValue)
    }

    private func shapeWord(_ shape: String) -> String {
        switch shape {
        case "note": "sheet"
        case "box": "box"
        default: shape
        }
    }
}
