/// The interactive page's style sheet: one column on a phone, the drawing beside its details on a laptop;
/// nothing wider than the screen (wide tables scroll inside their own box).
enum InteractiveStyle {
    static let css = #"""
        :root { --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --accent: #1f5f8f; --soft: #f5f7fa; --focus: #e8a100; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: var(--ink); margin: 0; background: #fff; line-height: 1.45; font-size: 16px; overflow-wrap: anywhere; }
        a { color: var(--accent); }
        .skip { position: absolute; left: -999px; top: 0; background: #fff; padding: 8px; z-index: 10; }
        .skip:focus { left: 8px; }
        header { background: var(--accent); color: #fff; padding: 20px 16px 16px; }
        header h1 { margin: 0 0 6px; font-size: 24px; font-weight: 600; }
        header p { margin: 0; opacity: .92; }
        nav { position: sticky; top: 0; z-index: 5; background: #fff; border-bottom: 1px solid var(--line); padding: 6px 10px; display: flex; flex-wrap: wrap; gap: 2px 14px; font-size: 14px; }
        nav a { padding: 4px 2px; text-decoration: none; }
        main { max-width: 1280px; margin: 0 auto; padding: 4px 16px 48px; }
        section { margin-top: 28px; min-width: 0; scroll-margin-top: 76px; }
        .diagram, .details { scroll-margin-top: 76px; }
        h2 { font-size: 21px; border-bottom: 2px solid var(--line); padding-bottom: 6px; margin-bottom: 6px; }
        h3 { margin: 0 0 6px; font-size: 18px; }
        p.explain { color: var(--muted); margin: 4px 0 12px; max-width: 900px; }
        .muted { color: var(--muted); font-size: 14px; }
        .note { background: #fff8e1; border-left: 4px solid var(--focus); padding: 6px 10px; }
        :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
        button, input, select { font: inherit; font-size: 15px; }
        button { cursor: pointer; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); gap: 10px; margin-top: 14px; }
        .card { background: var(--soft); border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
        .card .value { font-size: 24px; font-weight: 600; color: var(--accent); }
        .card .label { font-size: 14px; color: var(--muted); }
        details.figures { margin-top: 12px; }
        details.figures summary { cursor: pointer; color: var(--accent); }
        details.figures table { width: auto; margin-top: 6px; }
        .controls { display: flex; flex-wrap: wrap; gap: 10px 18px; align-items: flex-end; margin: 8px 0; }
        .control { display: flex; flex-direction: column; gap: 3px; min-width: 0; }
        .control[hidden] { display: none; }
        .control label { font-size: 14px; font-weight: 600; }
        .control input[type=search] { width: 100%; min-width: 0; padding: 6px 8px; border: 1px solid #9aa5b1; border-radius: 6px; }
        .control.search { flex: 1 1 220px; }
        .control.years { flex: 1 1 260px; }
        .control.years input { width: 100%; }
        .control select { padding: 5px 6px; border: 1px solid #9aa5b1; border-radius: 6px; background: #fff; }
        .control.zoom { flex-direction: row; gap: 6px; }
        .control.zoom button { min-width: 44px; min-height: 40px; border: 1px solid #9aa5b1; border-radius: 6px; background: #fff; }
        .status { margin: 4px 0; font-size: 14px; color: var(--muted); }
        .status:empty { margin: 0; }
        .results { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
        .results button { border: 1px solid var(--line); background: var(--soft); border-radius: 16px; padding: 4px 10px; }
        .explore { display: grid; grid-template-columns: minmax(0, 1fr); gap: 14px; margin-top: 8px; }
        @media (min-width: 900px) { .explore { grid-template-columns: minmax(0, 2fr) minmax(280px, 1fr); } }
        .diagram-box { position: relative; min-width: 0; }
        .diagram { border: 1px solid var(--line); border-radius: 8px; background: #fff; overflow: hidden; height: min(70vh, 720px); min-height: 320px; touch-action: none; cursor: grab; }
        .diagram.dragging { cursor: grabbing; }
        .diagram svg { width: 100%; height: 100%; display: block; user-select: none; }
        .diagram canvas { width: 100%; height: 100%; display: block; user-select: none; }
        .diagram g.node, .diagram g.edge { cursor: pointer; }
        .diagram g.edge path.hit { stroke: transparent; stroke-width: 12px; fill: none; stroke-dasharray: none; pointer-events: stroke; }
        .diagram g.faded { opacity: .08; }
        .diagram g.edge.faded { opacity: .04; }
        .diagram svg.searching g.node:not(.match) { opacity: .18; }
        .diagram svg.searching g.edge { opacity: .1; }
        .diagram g.node.match > :is(ellipse, polygon, path) { stroke: #d14900; stroke-width: 4px; }
        .diagram svg.focusing g.node:not(.selected):not(.neighbour) { opacity: .2; }
        .diagram svg.focusing g.edge:not(.selected):not(.neighbour) { opacity: .1; }
        .diagram g.node.selected > :is(ellipse, polygon, path) { stroke: #000; stroke-width: 4px; }
        .diagram g.edge.selected path:not(.hit) { stroke-width: 5px; }
        .diagram svg.small-text g[data-node] text { display: none; }
        .diagram svg.rows g.row-hidden, .diagram svg.rows g[data-edge] text, .diagram svg.rows g[data-edge] polygon, .diagram svg.rows g.graph > text { display: none; }
        .diagram g.lod-labels text { fill: var(--ink); stroke: #fff; paint-order: stroke; stroke-linejoin: round; pointer-events: none; font-family: inherit; }
        .diagram g.lod-labels text.near { font-weight: 700; }
        .tooltip { position: absolute; pointer-events: none; background: #1f2933; color: #fff; padding: 6px 9px; border-radius: 6px; font-size: 14px; max-width: 280px; z-index: 4; }
        .details { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; background: var(--soft); min-width: 0; max-height: min(70vh, 720px); overflow: auto; }
        .details dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 2px 12px; margin: 8px 0; font-size: 15px; }
        .details dt { color: var(--muted); }
        .details dd { margin: 0; }
        .details blockquote { margin: 6px 0; padding: 4px 10px; border-left: 3px solid #9aa5b1; color: var(--ink); font-size: 14px; background: #fff; }
        .details ul { padding-left: 18px; margin: 6px 0; }
        .details li { margin-bottom: 6px; }
        button.link { border: none; background: none; padding: 0; color: var(--accent); text-decoration: underline; text-align: left; }
        .details .close { float: right; border: 1px solid #9aa5b1; background: #fff; border-radius: 6px; min-width: 44px; min-height: 44px; font-size: 20px; }
        .details ol.shared { padding-left: 22px; }
        .details ol.shared dl { margin: 4px 0 10px; }
        /* On a narrow screen a selection opens the details as a sheet over the bottom of the screen. */
        .details.sheet { position: fixed; left: 0; right: 0; bottom: 0; z-index: 20; max-height: 45vh; margin: 0; border-radius: 14px 14px 0 0; box-shadow: 0 -4px 18px rgba(0, 0, 0, .25); background: #fff; padding-bottom: 24px; }
        td.opens { cursor: pointer; }
        td.opens:hover { outline: 2px solid var(--focus); outline-offset: -2px; }
        .legend { display: flex; flex-wrap: wrap; gap: 16px 32px; margin-top: 12px; font-size: 15px; }
        .legend h3 { font-size: 15px; margin: 0 0 4px; }
        .legend ul { list-style: none; padding: 0; margin: 0; }
        .legend li { display: flex; align-items: center; gap: 8px; margin: 3px 0; }
        .legend svg { flex: none; }
        .swatch { display: inline-block; width: 16px; height: 16px; border: 1px solid #52606d; border-radius: 3px; vertical-align: -3px; margin-right: 6px; }
        .table-tools { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: center; margin-bottom: 6px; }
        .table-tools input { padding: 5px 8px; border: 1px solid #9aa5b1; border-radius: 6px; min-width: 0; flex: 1 1 180px; max-width: 360px; }
        .table-tools label.check { display: inline-flex; align-items: center; gap: 6px; min-height: 32px; cursor: pointer; }
        .table-tools label.check input { flex: none; width: 20px; height: 20px; min-height: 0; padding: 0; margin: 0; }
        #details p.pair-test { font-weight: 600; }
        .scroll { overflow: auto; max-width: 100%; max-height: 75vh; border: 1px solid var(--line); border-radius: 6px; overscroll-behavior-x: contain; }
        table.sortable thead th { position: sticky; top: 0; z-index: 2; }
        table.sortable thead th:first-child { z-index: 3; }
        table { border-collapse: collapse; font-size: 14px; width: 100%; }
        th, td { overflow-wrap: normal; padding: 5px 9px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
        th { background: var(--soft); font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        table.sortable th button { border: none; background: none; font-weight: 600; padding: 2px 0; color: var(--ink); white-space: nowrap; }
        table.sortable th[aria-sort=ascending] button::after { content: " ▲"; }
        table.sortable th[aria-sort=descending] button::after { content: " ▼"; }
        #actors-table td:first-child { min-width: 170px; }
        table.sortable td:first-child, table.sortable th:first-child { position: sticky; left: 0; z-index: 1; background: #fff; box-shadow: 1px 0 0 var(--line); }
        table.sortable thead th:first-child { background: var(--soft); }
        @media (max-width: 600px) { .heat th .long { display: none; } #actors-table td:first-child { min-width: 130px; } }
        /* Thumb-sized controls on a touch screen. */
        @media (max-width: 899px), (pointer: coarse) {
          .control input[type=search], .control select, .table-tools input[type=search], .results button { min-height: 44px; }
          .table-tools label.check { min-height: 44px; }
          .control input[type=range] { min-height: 44px; }
          .control.zoom button { min-height: 44px; }
          .controls { gap: 10px 12px; }
          button.link { min-height: 32px; }
        }
        .heat { width: auto; }
        .heat td { text-align: center; min-width: 34px; font-variant-numeric: tabular-nums; border: 1px solid #fff; }
        .heat td.self { outline: 2px solid var(--ink); outline-offset: -3px; }
        .heat th[scope=row] { white-space: nowrap; position: sticky; left: 0; z-index: 1; }
        .heat th.rot { height: 96px; white-space: nowrap; vertical-align: bottom; padding: 2px; }
        .heat th.rot div { transform: rotate(-55deg); transform-origin: left bottom; width: 30px; translate: 14px 0; }
        .heat-scale { display: flex; align-items: center; gap: 8px; margin: 6px 0; font-size: 14px; }
        .heat-scale .ramp { display: inline-block; width: 180px; max-width: 50vw; height: 14px; border: 1px solid var(--line); background: linear-gradient(to right, #deebf7, #08306b); }
        ol.timeline { list-style: none; padding: 0; margin: 0; }
        .year { border-left: 3px solid var(--line); padding: 4px 0 10px 12px; margin-bottom: 6px; }
        .year.current { border-left-color: var(--focus); background: #fffaf0; }
        .year-head { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 12px; }
        .year-name { font-weight: 600; font-size: 18px; min-width: 60px; }
        .track { display: inline-block; width: min(40%, 240px); height: 12px; background: var(--soft); border: 1px solid var(--line); border-radius: 3px; }
        .bar { display: block; height: 100%; background: var(--accent); border-radius: 2px; }
        .year ul { list-style: none; padding: 0; margin: 6px 0 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 6px; }
        button.meeting { width: 100%; text-align: left; border: 1px solid var(--line); background: var(--soft); border-radius: 6px; padding: 6px 8px; }
        button.meeting .date { font-variant-numeric: tabular-nums; color: var(--muted); }
        button.meeting .place { font-weight: 600; }
        button.meeting .title { display: block; font-size: 14px; }
        .group { margin: 8px 0; padding: 8px 12px; border-left: 5px solid var(--accent); background: var(--soft); }
        ul.notes li { margin-bottom: 6px; color: var(--muted); }
        footer { color: var(--muted); font-size: 13px; margin-top: 40px; }
        @media (min-width: 700px) { header { padding: 26px 40px 20px; } main { padding: 4px 40px 60px; } header h1 { font-size: 28px; } }
        @media print { nav, .controls, .table-tools, .skip { display: none; } .diagram { height: auto; } }
        """#
}
