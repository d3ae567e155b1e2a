import PartnerGraph

/// The heat map as both pages' templates read it: one row per actor, its cells shaded on one scale (the
/// diagonal included), built once from ``ReportModel/heatMap``.
struct HeatMapTable {
    /// A column: the actor's short id, with its full name for the title.
    struct Column: TemplateFields {
        var id: String; var name: String
        static let templateFields: [String: PartialKeyPath<Self> & Sendable] = ["id": \.id, "name": \.name]
    }
    /// A cell: the count (empty for 0), its colours, what it counts, and for a pair with shared meetings the
    /// network indices "a,b" that open them on the interactive page.
    struct Cell: TemplateFields {
        var text: String; var style: String; var title: String; var isSelf: Bool; var pair: String?
        static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
            "text": \.text, "style": \.style, "title": \.title, "isSelf": \.isSelf, "pair": \.pair,
        ]
    }
    /// A row: the actor and its cells.
    struct Row: TemplateFields {
        var name: String; var id: String; var cells: [Cell]
        static let templateFields: [String: PartialKeyPath<Self> & Sendable] = ["name": \.name, "id": \.id, "cells": \.cells]
    }

    var columns: [Column]
    var rows: [Row]
    /// The darkest colour's count.
    var maximum: Int

    /// - Parameter nodeIndex: the network index of each actor id.
    init(model: ReportModel, nodeIndex: [String: Int]) {
        let heat = model.heatMap, names = model.names
        let maximum = heat.maximum
        self.maximum = maximum
        columns = heat.actorIDs.map { Column(id: $0, name: names[$0] ?? $0) }
        rows = heat.actorIDs.enumerated().map { row, a in
            Row(
                name: names[a] ?? a, id: a,
                cells: heat.actorIDs.enumerated().map { column, b in
                    let count = heat.counts[row][column]
                    let what =
                        row == column
                        ? "\(names[a] ?? a): \(PageText.count(count, "meeting"))"
                        : "\(names[a] ?? a) and \(names[b] ?? b): \(PageText.count(count, "shared meeting"))"
                    let opens = row != column && count > 0
                    return Cell(
                        text: count == 0 ? "" : "\(count)",
                        style: "background:\(PageText.heatColor(count, maximum: maximum));color:\(PageText.heatInk(count, maximum: maximum))",
                        title: what, isSelf: row == column,
                        pair: opens ? nodeIndex[a].flatMap { x in nodeIndex[b].map { "\(x),\($0)" } } : nil)
                })
        }
    }
}

/// The static page's bar chart of meetings per year, with the active actors above each bar: the numbers its
/// SVG template places.
struct ActivityChart {
    /// One year's bar and its three labels.
    struct Bar: TemplateFields {
        var year: String; var meetings: String; var actors: String
        var x: String; var y: String; var barWidth: String; var barHeight: String
        var middle: String; var meetingsY: String; var actorsY: String; var yearY: String
        static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
            "year": \.year, "meetings": \.meetings, "actors": \.actors, "x": \.x, "y": \.y, "barWidth": \.barWidth, "barHeight": \.barHeight,
            "middle": \.middle, "meetingsY": \.meetingsY, "actorsY": \.actorsY, "yearY": \.yearY,
        ]
    }

    var width: String
    var height: String
    /// The base line's height.
    var axis: String
    var bars: [Bar]

    /// Nil when no meeting has a date.
    init?(model: ReportModel) {
        guard !model.years.isEmpty else { return nil }
        let peak = max(model.years.map(\.meetings).max() ?? 1, 1)
        let barWidth = 84.0, gap = 26.0, plot = 180.0, top = 44.0, bottom = 30.0
        let total = Double(model.years.count) * (barWidth + gap) + gap
        width = "\(Int(total))"
        height = "\(Int(plot + top + bottom))"
        axis = "\(top + plot)"
        bars = model.years.enumerated().map { index, period in
            let barHeight = plot * Double(period.meetings) / Double(peak)
            let x = gap + Double(index) * (barWidth + gap)
            return Bar(
                year: "\(period.startYear)", meetings: PageText.count(period.meetings, "meeting"),
                actors: PageText.count(period.activeActors, "actor"), x: "\(x)", y: "\(top + plot - barHeight)",
                barWidth: "\(barWidth)", barHeight: "\(barHeight)", middle: "\(x + barWidth / 2)",
                meetingsY: "\(top + plot - barHeight - 24)", actorsY: "\(top + plot - barHeight - 8)",
                yearY: "\(top + plot + 20)")
        }
    }
}

extension HeatMapTable: TemplateFields {
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "columns": \.columns, "rows": \.rows, "maximum": \.maximum,
    ]
}

extension ActivityChart: TemplateFields {
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "width": \.width, "height": \.height, "axis": \.axis, "bars": \.bars,
    ]
}
