/// The interactive page's canvas drawing of a large network, written for this page (no library): a spatial grid
/// culls what is out of view, communities stand in for their nodes while the view holds too many to read, and
/// labels are placed by level of detail.
///
/// It defines `canvasDrawing(view, data, incident, getBox)`, that ``InteractiveScript`` calls when the data carries
/// a layout (``ReportData/CanvasData``), and `placeLabelBoxes`, that places the labels of the canvas and of the SVG
/// drawing once over all of them: beside their shapes, whole inside the drawing's frame, over no other label
/// (`boxesOverlap`, the one overlap test) and no shape but their own. Fit frames the circles and labels it draws
/// (`drawing.fitBox`). The drawing keeps, per node and edge, flags the page
/// sets (selected, neighbour, match) and a faded mark (the year and the neighbourhood filters), and redraws at
/// most once a frame.
///
/// Cost per frame: O(cells in view + nodes in view + edges) for culling (one comparison per edge on typed
/// arrays), and one path per line style; in the community view O(communities + links between them).
enum InteractiveCanvas {
    /// More nodes than this in view and the canvas draws communities instead of nodes.
    static let aggregateLimit = 1_500

    static let source = #"""
          // Whether boxes `a` and `b` (left, right, top, bottom) overlap, or come closer than `margin` points (a
          // negative margin lets them share that much). The one overlap test of every label placed.
          function boxesOverlap(a, b, margin) {
            var d = margin || 0;
            return a.left < b.right + d && b.left < a.right + d && a.top < b.bottom + d && b.top < a.bottom + d;
          }
          // Whether a box lies over a shape: a circle (x, y, r) or, without r, a box.
          function boxOverShape(box, shape) {
            if (shape.r === undefined) return boxesOverlap(box, shape, 0);
            var nx = Math.min(Math.max(shape.x, box.left), box.right), ny = Math.min(Math.max(shape.y, box.top), box.bottom);
            return (nx - shape.x) * (nx - shape.x) + (ny - shape.y) * (ny - shape.y) < shape.r * shape.r;
          }
          // The one cell index of a frame of `width` by `height` screen points: cells of 32 points, each holding, by
          // kind (SHAPES, LABELS, LINES), the entries whose box (or segment) meets it, clipped to the frame (a label
          // is placed only whole inside it, so nothing outside is ever asked for). `some(kind, box, margin, test)`
          // calls `test` once for each entry of that kind in the cells the box, grown by `margin`, meets, until it
          // says true. Cost: O(cells met) to add or ask, plus one test per entry found.
          var SHAPES = 0, LABELS = 1, LINES = 2;
          function screenGrid(width, height) {
            var CELL = 32, columns = Math.max(1, Math.ceil(width / CELL) + 1), rows = Math.max(1, Math.ceil(height / CELL) + 1);
            var cells = [[], [], []], visit = 0;
            function column(px) { return Math.min(columns - 1, Math.max(0, Math.floor(px / CELL))); }
            function row(py) { return Math.min(rows - 1, Math.max(0, Math.floor(py / CELL))); }
            function push(kind, cell, entry) { (cells[kind][cell] = cells[kind][cell] || []).push(entry); }
            return {
              add: function (kind, box, entry) {
                if (box.right < 0 || box.bottom < 0 || box.left > width || box.top > height) return;
                for (var r = row(box.top); r <= row(box.bottom); r++)
                  for (var c = column(box.left); c <= column(box.right); c++) push(kind, r * columns + c, entry);
              },
              // A segment from (x0, y0) to (x1, y1): in each band of cells it crosses, the cells its part there meets
              // (half a point more each way, for rounding).
              addSegment: function (x0, y0, x1, y1, entry) {
                var top = Math.min(y0, y1) - 0.5, bottom = Math.max(y0, y1) + 0.5;
                if (bottom < 0 || top > height || Math.max(x0, x1) < -0.5 || Math.min(x0, x1) > width + 0.5) return;
                for (var r = row(top); r <= row(bottom); r++) {
                  var a = Math.max(top, r * CELL), b = Math.min(bottom, (r + 1) * CELL), xa = x0, xb = x1;
                  if (Math.abs(y1 - y0) > 1e-9) {
                    xa = x0 + (x1 - x0) * Math.min(1, Math.max(0, (a - y0) / (y1 - y0)));
                    xb = x0 + (x1 - x0) * Math.min(1, Math.max(0, (b - y0) / (y1 - y0)));
                  }
                  for (var c = column(Math.min(xa, xb) - 0.5); c <= column(Math.max(xa, xb) + 0.5); c++) push(LINES, r * columns + c, entry);
                }
              },
              some: function (kind, box, margin, test) {
                var found = false, list = cells[kind];
                visit++;
                for (var r = row(box.top - margin); r <= row(box.bottom + margin) && !found; r++)
                  for (var c = column(box.left - margin); c <= column(box.right + margin) && !found; c++) {
                    var entries = list[r * columns + c];
                    if (!entries) continue;
                    for (var i = 0; i < entries.length && !found; i++) {
                      var entry = entries[i];
                      if (entry.visit === visit) continue;
                      entry.visit = visit;
                      found = test(entry);
                    }
                  }
                return found;
              }
            };
          }
          // Whether the segment (x0, y0)-(x1, y1) meets a box (its edges included).
          function segmentMeetsBox(x0, y0, x1, y1, box) {
            var dx = x1 - x0, dy = y1 - y0, low = 0, high = 1;
            var sides = [[-dx, x0 - box.left], [dx, box.right - x0], [-dy, y0 - box.top], [dy, box.bottom - y0]];
            for (var k = 0; k < 4; k++) {
              var p = sides[k][0], q = sides[k][1];
              if (p === 0) { if (q < 0) return false; continue; }
              var t = q / p;
              if (p < 0) { if (t > low) low = t; } else if (t < high) high = t;
              if (low > high) return false;
            }
            return true;
          }
          // Labels placed once over every shape that wants one, in the order given (the most important first), so
          // that where one goes never costs a later one the room it had: each tries four places beside its shape
          // (below, right, left, above), then the same moved inside the frame, and takes the first whole inside the
          // frame of `width` by `height`, over no label placed before it (boxesOverlap, 2 points apart) and no shape
          // but its own. When every place lies over some shape, the first `named` items (the drawing's best-linked
          // nodes or largest communities, which a reader looks for first) take the first place over only shapes that
          // come after them (in the items' order; shapes that want no label come after every item), and an item that
          // `insists` (a neighbour of the hovered or selected node, which the user asked to see) the first clear of
          // labels; such a label is marked `over`. Then, where lines are given, labels keep off them: each label in
          // turn that crosses a line (or is marked over) moves to its first place clear of every other label and
          // shape that crosses none and leaves its own shape uncovered (a place moved inside the frame may cover it),
          // or, for one marked over, to its first clear place, and an item left without a
          // label takes a place freed so; again until nothing moves (at most four rounds). So every item labelled
          // before keeps a label, and a label crosses a line only where no free place beside its shape crossed none.
          // Items: { key, shape: its box in screen points, ... }, their labels' widths `measure(item)` (kept as
          // item.w, only for the items tried); `shapes`: every shape drawn, { key, left, right, top, bottom, and x,
          // y, r for a circle }; `lines`: the lines drawn as segments [x0, y0, x1, y1] in screen points (Graphviz's
          // splines flattened), or null. A label is `textPx` high (its box 4 points more, the text's baseline
          // `textPx` below its top). Returns the items placed, each with its box and text place (x centre, y
          // baseline), and `full` when `most` were placed before the list's end.
          // Cost: one cell index (screenGrid) of the shapes, lines and labels placed; a place is tested against the
          // few near it. Keeping off lines tries each label's places again, once a round.
          function placeLabelBoxes(items, measure, width, height, shapes, lines, named, most, textPx) {
            var placed = [], grid = screenGrid(width, height), h = textPx + 4, rankOf = {}, labelOf = {};
            for (var k = items.length - 1; k >= 0; k--) rankOf[items[k].key] = k;
            shapes.forEach(function (shape) {
              shape.rank = rankOf[shape.key] === undefined ? items.length : rankOf[shape.key];
              grid.add(SHAPES, shape, shape);
            });
            var avoid = !!(lines && lines.length);
            if (avoid) lines.forEach(function (line) { grid.addSegment(line[0], line[1], line[2], line[3], line); });
            // Whether a box comes within 2 points of a label (but `own`, and labels moved away).
            function crowded(box, own) {
              return grid.some(LABELS, box, 2, function (q) { return q !== own && !q.moved && boxesOverlap(box, q, 2); });
            }
            // The first place among the items of the shapes under the box, but the item's own (Infinity for none),
            // or sooner any place up to `enough` (all the caller needs to know).
            function under(box, item, enough) {
              var first = Infinity;
              grid.some(SHAPES, box, 0, function (shape) {
                if (shape.rank >= first || shape.key === item.key || !boxOverShape(box, shape)) return false;
                first = shape.rank;
                return first <= enough;
              });
              return first;
            }
            function crossesLine(box) {
              return avoid && grid.some(LINES, box, 0, function (line) { return segmentMeetsBox(line[0], line[1], line[2], line[3], box); });
            }
            // The place item k takes (its box and whether it lies over shapes), or null: the first place clear of
            // labels (but `own`) and shapes, the first of them crossing no line when `offLines`, else the fallback.
            function choose(k, own, offLines) {
              var item = items[k], s = item.shape, cx = (s.left + s.right) / 2, cy = (s.top + s.bottom) / 2;
              if (!(cx >= 0 && cx <= width && cy >= 0 && cy <= height)) return null;
              if (item.w === undefined) item.w = measure(item);
              var w = item.w;
              if (w > width) return null;
              var beside = [[cx - w / 2, s.bottom + 1], [s.right + 2, cy - h / 2], [s.left - 2 - w, cy - h / 2], [cx - w / 2, s.top - 1 - h]];
              var places = beside.concat(beside.map(function (p) { return [Math.min(Math.max(p[0], 0), width - w), Math.min(Math.max(p[1], 0), height - h)]; }));
              var clear = null, fallback = null;
              for (var p = 0; p < places.length; p++) {
                var left = places[p][0], top = places[p][1];
                if (left < 0 || top < 0 || left + w > width || top + h > height) continue;
                var box = { left: left, right: left + w, top: top, bottom: top + h };
                if (crowded(box, own)) continue;
                var first = under(box, item, k < named && !item.insists ? k : Infinity);
                if (first === Infinity) {
                  if (!offLines || (!crossesLine(box) && !boxesOverlap(box, s, 0))) return { box: box, over: false };
                  if (!clear) clear = box;
                } else if (!fallback && (item.insists || (k < named && first > k))) fallback = box;
              }
              return clear ? { box: clear, over: false } : fallback ? { box: fallback, over: true } : null;
            }
            // How bad a label's place is: 2 over other shapes, 1 across a line or over its own shape, else 0.
            function worse(box, over, own) {
              return over ? 2 : crossesLine(box) || boxesOverlap(box, own, 0) ? 1 : 0;
            }
            function put(k, place) {
              var label = Object.assign({}, items[k], place.box, { over: place.over, rank: k });
              label.x = label.left + items[k].w / 2; label.y = label.top + textPx;
              grid.add(LABELS, label, label);
              labelOf[k] = label;
              return label;
            }
            for (k = 0; k < items.length; k++) {
              if (placed.length >= most) { placed.full = true; break; }
              var place = choose(k, null, false);
              if (place) placed.push(put(k, place));
            }
            for (var round = 0, moving = avoid; moving && round < 4; round++) {
              moving = false;
              placed.forEach(function (label, index) {
                var badness = worse(label, label.over, items[label.rank].shape);
                if (!badness) return;
                var better = choose(label.rank, label, true);
                if (!better || worse(better.box, better.over, items[label.rank].shape) >= badness) return;
                label.moved = true;
                placed[index] = put(label.rank, better);
                moving = true;
              });
              if (placed.full) continue;
              for (k = 0; k < items.length; k++) {
                if (labelOf[k]) continue;
                if (placed.length >= most) { placed.full = true; break; }
                place = choose(k, null, true);
                if (place) { placed.push(put(k, place)); moving = true; }
              }
            }
            placed.forEach(function (label) { delete label.rank; });
            return placed;
          }
          function canvasDrawing(view, data, incident, getBox) {
            var nodes = data.nodes, edges = data.edges, layout = data.canvas, n = nodes.length, m = edges.from.length;
            var AGGREGATE = \#(aggregateLimit), LINE_LIMIT = 20000, LABEL_PX = 13, MAX_LABELS = 150, NAMED = 10, DASH_LIMIT = 800;
            var PALETTE = ["#3b6fb6", "#d9822b", "#3a9e5c", "#c23b3b", "#7f5bb0", "#8c5a3c", "#cc5fa8", "#6b7280", "#a8a227", "#2aa0b5"];
            var canvas = document.createElement("canvas");
            canvas.setAttribute("role", "img");
            canvas.setAttribute("aria-label", "Network drawing of " + n + " nodes and " + m + " links");
            view.appendChild(canvas);
            var context = canvas.getContext("2d");
            var x = new Float64Array(layout.x), y = new Float64Array(layout.y);
            var fromOf = new Int32Array(edges.from), toOf = new Int32Array(edges.to);
            var degree = new Int32Array(n);
            for (var i = 0; i < n; i++) degree[i] = incident[i].length;

            // The box around every node, with a margin.
            function extent() {
              var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
              for (var i = 0; i < n; i++) {
                if (x[i] < minX) minX = x[i]; if (x[i] > maxX) maxX = x[i];
                if (y[i] < minY) minY = y[i]; if (y[i] > maxY) maxY = y[i];
              }
              if (!n) { minX = minY = 0; maxX = maxY = 100; }
              var pad = Math.max(maxX - minX, maxY - minY, 10) * 0.03;
              return { x: minX - pad, y: minY - pad, w: maxX - minX + 2 * pad, h: maxY - minY + 2 * pad };
            }
            // The grid over `home`: about eight nodes a cell, as compressed rows (cellStart, cellNodes). It is
            // built again when the nodes move (the two-row drawing).
            var home, side, cellW, cellH, cellStart, cellNodes;
            function cellOf(px, py) {
              var cx = Math.min(side - 1, Math.max(0, Math.floor((px - home.x) / cellW)));
              var cy = Math.min(side - 1, Math.max(0, Math.floor((py - home.y) / cellH)));
              return cy * side + cx;
            }
            function placeGrid() {
              home = extent();
              side = Math.max(1, Math.ceil(Math.sqrt(n / 8)));
              cellW = home.w / side; cellH = home.h / side;
              var nodeCell = new Int32Array(n);
              cellStart = new Int32Array(side * side + 1); cellNodes = new Int32Array(n);
              for (var i = 0; i < n; i++) { nodeCell[i] = cellOf(x[i], y[i]); cellStart[nodeCell[i] + 1]++; }
              for (i = 0; i < side * side; i++) cellStart[i + 1] += cellStart[i];
              var fill = cellStart.slice(0, side * side);
              for (i = 0; i < n; i++) cellNodes[fill[nodeCell[i]]++] = i;
            }
            placeGrid();
            function nodesIn(x0, y0, x1, y1, visit) {
              var c0 = cellOf(x0, y0), c1 = cellOf(x1, y1);
              var cx0 = c0 % side, cy0 = Math.floor(c0 / side), cx1 = c1 % side, cy1 = Math.floor(c1 / side);
              for (var cy = cy0; cy <= cy1; cy++) for (var cx = cx0; cx <= cx1; cx++) {
                var cell = cy * side + cx;
                for (var k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
                  var node = cellNodes[k];
                  if (x[node] >= x0 && x[node] <= x1 && y[node] >= y0 && y[node] <= y1) visit(node);
                }
              }
            }

            // Communities: size, centre, extent, best-linked member, and the links between them.
            var community = layout.community, count = 0;
            for (i = 0; i < n; i++) if (community[i] + 1 > count) count = community[i] + 1;
            var groups = [];
            for (i = 0; i < count; i++) groups.push({ index: i, size: 0, x: 0, y: 0, x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity, top: -1 });
            for (i = 0; i < n; i++) {
              var g = groups[community[i]];
              g.size++; g.x += x[i]; g.y += y[i];
              g.x0 = Math.min(g.x0, x[i]); g.y0 = Math.min(g.y0, y[i]); g.x1 = Math.max(g.x1, x[i]); g.y1 = Math.max(g.y1, y[i]);
              if (g.top < 0 || degree[i] > degree[g.top]) g.top = i;
            }
            groups.forEach(function (g) { if (g.size) { g.x /= g.size; g.y /= g.size; } });
            // The community map: the communities' centres spread out from the drawing's centre until they span
            // most of it (a network without clear structure has every community's centre near the middle), the
            // same at every zoom.
            // The spread is measured by the members' mean square distance, so that a few small outlying communities
            // do not decide it; a centre stretched past the drawing stays at its edge.
            var middle = { x: home.x + home.w / 2, y: home.y + home.h / 2 }, square = 0;
            groups.forEach(function (g) { square += g.size * (Math.pow(g.x - middle.x, 2) + Math.pow(g.y - middle.y, 2)); });
            var reach = Math.sqrt(square / Math.max(n, 1));
            var stretch = reach > 0 ? Math.min(8, Math.max(1, 0.3 * Math.min(home.w, home.h) / reach)) : 1;
            groups.forEach(function (g) {
              g.mapX = Math.min(home.x + home.w * 0.95, Math.max(home.x + home.w * 0.05, middle.x + (g.x - middle.x) * stretch));
              g.mapY = Math.min(home.y + home.h * 0.95, Math.max(home.y + home.h * 0.05, middle.y + (g.y - middle.y) * stretch));
            });
            var between = {};
            for (var e = 0; e < m; e++) {
              var a = community[fromOf[e]], b = community[toOf[e]];
              if (a === b) continue;
              var key = a < b ? a * count + b : b * count + a;
              between[key] = (between[key] || 0) + 1;
            }
            var groupLinks = Object.keys(between).map(function (key) { return { a: Math.floor(key / count), b: key % count, links: between[key] }; });
            var largest = groups.reduce(function (most, g) { return Math.max(most, g.size); }, 1);

            var drawing = {
              element: canvas, home: home, groups: groups, aggregateLimit: AGGREGATE,
              nodeFlags: new Uint8Array(n), edgeFlags: new Uint8Array(m),
              nodeFaded: new Uint8Array(n), edgeFaded: new Uint8Array(m), anyFaded: false,
              focusing: false, searching: false, hovered: null, drilled: null, spots: {}, nearLabels: function () { return []; },
              nodeColor: new Array(n).fill("#6b7280"), groupColor: groups.map(function (g) { return PALETTE[g.index % PALETTE.length]; }),
              kindShape: nodes.map(function (node) {
                var kind = data.kinds.find(function (k) { return k.name === node.kind; });
                return kind && kind.shape === "box" ? 1 : 0;
              }),
              last: { mode: "nodes", nodes: [], edges: [], communities: [], frame: 0 }
            };
            var SELECTED = 1, NEIGHBOUR = 2, MATCH = 4;

            // The two-row drawing (`rows` = data.twoRows): actors in one row in their order, meetings in the row
            // below in theirs, both spread to the same width, meetings staggered over up to four rows where they
            // outnumber the actors; nodes in neither row follow the actors. Ties between actors are not drawn
            // there (edgeHidden). The grid is built again over the new places, so culling works the same;
            // communities are not aggregated (each row is drawn as it is, however many nodes are in view).
            // Returns the new home box; `rows` null goes back to the network's positions.
            // Cost: O(n + m), and the grid's O(n).
            var networkX = x, networkY = y, SLOT = 12;
            drawing.rows = false;
            drawing.stagger = 1;
            drawing.edgeHidden = new Uint8Array(m);
            drawing.useRows = function (rows) {
              drawing.rows = !!rows;
              if (!rows) {
                x = networkX; y = networkY;
                drawing.edgeHidden.fill(0);
              } else {
                var placed = new Uint8Array(n), actors = [], meetings = [];
                rows.actors.forEach(function (i) { if (i >= 0 && i < n && !placed[i]) { placed[i] = 1; actors.push(i); } });
                rows.meetings.forEach(function (i) { if (i >= 0 && i < n && !placed[i]) { placed[i] = 1; meetings.push(i); } });
                for (var i = 0; i < n; i++) if (!placed[i]) actors.push(i);
                var a = actors.length, b = meetings.length;
                var stagger = Math.max(1, Math.min(4, b, Math.ceil(b / Math.max(a, 1))));
                var width = SLOT * Math.max(a - 1, Math.ceil(b / stagger) - 1, 1);
                var between = Math.max(12 * SLOT, width / 4), step = Math.max(2 * SLOT, between / 40);
                x = new Float64Array(n); y = new Float64Array(n);
                actors.forEach(function (node, place) { x[node] = a > 1 ? place * width / (a - 1) : width / 2; y[node] = 0; });
                meetings.forEach(function (node, place) { x[node] = b > 1 ? place * width / (b - 1) : width / 2; y[node] = between + (place % stagger) * step; });
                drawing.stagger = stagger;
                drawing.slot = Math.min(a > 1 ? width / (a - 1) : width, b > 1 ? stagger * width / (b - 1) : width);
                for (var e = 0; e < m; e++) drawing.edgeHidden[e] = edges.tie.charAt(e) === "1" ? 1 : 0;
              }
              placeGrid();
              drawing.home = home;
              snapshotFrame = null;
              drawing.request();
              return Object.assign({}, home);
            };

            // Communities sit at their members' centre; where circles overlap on screen (communities of a
            // network without clear structure share one centre) they are pushed apart, a few passes, on screen.
            function spreadGroups(sx, sy) {
              var spots = groups.map(function (g) { return { x: sx(g.mapX), y: sy(g.mapY), r: groupRadius(g) + 2, size: g.size }; });
              if (spots.length <= 400) {
                for (var pass = 0; pass < 60; pass++) {
                  var moved = false;
                  for (var a = 0; a < spots.length; a++) for (var b = a + 1; b < spots.length; b++) {
                    var p = spots[a], q = spots[b], dx = q.x - p.x, dy = q.y - p.y, d = Math.hypot(dx, dy), need = p.r + q.r;
                    if (d >= need || !p.size || !q.size) continue;
                    if (d < 1e-6) { var angle = (a * 7 + b * 13) % 360 * Math.PI / 180; dx = Math.cos(angle); dy = Math.sin(angle); d = 1; }
                    var push = (need - d) / 2, ux = dx / d, uy = dy / d;
                    p.x -= ux * push; p.y -= uy * push; q.x += ux * push; q.y += uy * push;
                    moved = true;
                  }
                  if (!moved) break;
                }
              }
              drawing.spots = spots;
              return spots;
            }

            // Screen mapping, as the SVG's viewBox with "xMidYMid meet".
            function frame() { return frameOf(getBox(), canvas.getBoundingClientRect()); }
            function frameOf(box, rect) {
              var scale = Math.max(box.w / rect.width, box.h / rect.height);
              var offsetX = (rect.width * scale - box.w) / 2, offsetY = (rect.height * scale - box.h) / 2;
              return { rect: rect, scale: scale, x0: box.x - offsetX, y0: box.y - offsetY, x1: box.x - offsetX + rect.width * scale, y1: box.y - offsetY + rect.height * scale };
            }
            function radius(node, f) {
              var zoom = Math.min(2.5, Math.max(0.6, Math.sqrt(home.w / (f.rect.width * f.scale))));
              var r = Math.min(3 + 1.1 * Math.sqrt(degree[node]), 18) * zoom;
              // In two rows a shape stays within its place in the row (never below 1.5 px).
              return drawing.rows ? Math.min(r, Math.max(1.5, 0.45 * drawing.slot / f.scale)) : r;
            }
            function groupRadius(g) { return 5 + 38 * Math.sqrt(g.size / largest); }

            // While the view is dragged, each frame moves the last complete drawing (one copy of its pixels), and the
            // next complete drawing is made off screen a few parts a frame (lines in batches, shapes, labels), each
            // part's pixels made before the frame ends (reading one pixel back makes the browser rasterise what was
            // drawn), until the frame's budget is spent: a frame then costs about the same whatever the network.
            // The finished drawing takes the place of the last one; it is given the view it was begun for, and so
            // moves with the drag like the one before. When the drag rests, the drawing of the view it rests on is
            // finished the same way. Anything else that changes what is drawn (a selection, the pointer over a node,
            // a filter) is drawn at once, and drops a drawing under way. Communities (as at Fit) cost little: they
            // are drawn at once, every REFRESH_MS while the drag goes on.
            // Cost per frame while dragging: one copy of the canvas, and about BUDGET_MS of drawing.
            var BUDGET_MS = 8, SETTLE_MS = 150, REFRESH_MS = 400;
            var screen = context, snapshot = document.createElement("canvas"), back = document.createElement("canvas");
            var snapshotFrame = null, settleTimer = null, job = null, version = 0, lastFull = 0;
            drawing.moving = false;
            drawing.settling = false;
            drawing.drawnAtOnce = 0;  // drawings made whole in one frame (the browser test counts them while panning)
            drawing.moved = function () {
              drawing.moving = true;
              clearTimeout(settleTimer);
              settleTimer = setTimeout(function () { drawing.moving = false; drawing.settling = true; drawing.request(true); }, SETTLE_MS);
            };
            function sameView(a, b) {
              return a && b && Math.abs(a.scale - b.scale) <= 1e-9 * b.scale && Math.abs(a.x0 - b.x0) <= 1e-6 * b.scale && Math.abs(a.y0 - b.y0) <= 1e-6 * b.scale;
            }
            // The last complete drawing, moved to view `f` (false when it cannot stand for it: another zoom or size).
            function moveSnapshot(f, ratio) {
              if (!snapshotFrame || Math.abs(snapshotFrame.scale - f.scale) > 1e-9 * f.scale) return false;
              if (snapshot.width !== canvas.width || snapshot.height !== canvas.height) return false;
              screen.setTransform(1, 0, 0, 1, 0, 0);
              screen.clearRect(0, 0, canvas.width, canvas.height);
              screen.drawImage(snapshot, Math.round((snapshotFrame.x0 - f.x0) / f.scale * ratio), Math.round((snapshotFrame.y0 - f.y0) / f.scale * ratio));
              return true;
            }
            function keepSnapshot(f) {
              if (snapshot.width !== canvas.width || snapshot.height !== canvas.height) { snapshot.width = canvas.width; snapshot.height = canvas.height; }
              var copy = snapshot.getContext("2d");
              copy.clearRect(0, 0, snapshot.width, snapshot.height);
              copy.drawImage(canvas, 0, 0);
              snapshotFrame = { x0: f.x0, y0: f.y0, scale: f.scale, version: version };
              lastFull = performance.now();
            }

            var pending = false;
            // `viewOnly`: only the view moved or zoomed, nothing drawn changed (a drawing under way stays good).
            drawing.request = function (viewOnly) {
              if (!viewOnly) version++;
              if (pending) return;
              pending = true;
              requestAnimationFrame(function () { pending = false; draw(); });
            };
            drawing.nodesInView = function () {
              var f = frame(), shown = [];
              nodesIn(f.x0, f.y0, f.x1, f.y1, function (node) { if (!drawing.nodeFaded[node]) shown.push(node); });
              return shown;
            };

            // The view being drawn, and its mapping from layout to screen points.
            var at = null;
            function sx(px) { return (px - at.x0) / at.scale; }
            function sy(py) { return (py - at.y0) / at.scale; }
            function strokeEdges(list, emphasis, whole) {
              var byStyle = {};
              list.forEach(function (e) { (byStyle[edges.style[e]] = byStyle[edges.style[e]] || []).push(e); });
              Object.keys(byStyle).forEach(function (style) {
                var line = data.lineStyles[style] || { color: "#8a94a3", width: 1, dashes: "" };
                context.strokeStyle = line.color;
                context.lineWidth = emphasis ? Math.max(line.width, 1) + 1.5 : Math.max(line.width, 1) * 0.8;
                context.setLineDash(line.dashes && (whole || list.length) < DASH_LIMIT ? line.dashes.split(" ").map(Number) : []);
                context.beginPath();
                byStyle[style].forEach(function (e) {
                  context.moveTo(sx(x[fromOf[e]]), sy(y[fromOf[e]]));
                  context.lineTo(sx(x[toOf[e]]), sy(y[toOf[e]]));
                });
                context.stroke();
              });
              context.setLineDash([]);
            }
            function dot(node, outline, lineWidth) {
              var r = radius(node, at), px = sx(x[node]), py = sy(y[node]);
              context.beginPath();
              if (drawing.kindShape[node]) context.rect(px - r, py - r, 2 * r, 2 * r);
              else context.arc(px, py, r, 0, 2 * Math.PI);
              context.fillStyle = drawing.nodeColor[node];
              context.fill();
              context.lineWidth = lineWidth || 1;
              context.strokeStyle = outline || "#ffffff";
              context.stroke();
            }
            function outlineOf(node) {
              var flags = drawing.nodeFlags[node];
              if (flags & SELECTED) return ["#000000", 3.5];
              if (flags & MATCH) return ["#d14900", 3.5];
              if (flags & NEIGHBOUR) return ["#1f2933", 2];
              return null;
            }

            // The nodes' drawing of view `f`, as parts drawn in order: every line with an end in view or crossing it
            // (one box test per line; faded ones light), then the shapes, the marked ones over the rest, then the
            // labels. `last` is what the page reads of the drawing once it is shown (picking, tests).
            // Cost: O(m) for the lines' test, O(k log k) for k nodes in view.
            function nodeJob(f, inView, fadedInView) {
              var plain = [], light = [], strong = [], marked = [];
              var vx0 = f.x0, vy0 = f.y0, vx1 = f.x1, vy1 = f.y1;
              var hidden = drawing.rows ? drawing.edgeHidden : null;
              for (var e = 0; e < m; e++) {
                if (hidden && hidden[e]) continue;
                var a = fromOf[e], b = toOf[e];
                var ax = x[a], bx = x[b], ay = y[a], by = y[b];
                if ((ax < vx0 && bx < vx0) || (ax > vx1 && bx > vx1) || (ay < vy0 && by < vy0) || (ay > vy1 && by > vy1)) continue;
                if (drawing.edgeFlags[e]) strong.push(e);
                else if (drawing.edgeFaded[e]) { if (fadedInView <= AGGREGATE) light.push(e); }
                else plain.push(e);
              }
              for (var k = 0; k < n; k++) if (drawing.nodeFlags[k] && drawing.nodeFaded[k]) marked.push(k);
              var emphasised = drawing.focusing || drawing.searching, parts = [];
              if (light.length) parts.push({ lines: light, alpha: 0.06 });
              parts.push({ lines: plain, alpha: emphasised ? 0.15 : (plain.length > 20000 ? 0.35 : 0.7) });
              parts.push({ lines: strong, alpha: 1, emphasis: true });
              if (fadedInView && fadedInView <= AGGREGATE) {
                var faded = [];
                nodesIn(f.x0 - 20 * f.scale, f.y0 - 20 * f.scale, f.x1 + 20 * f.scale, f.y1 + 20 * f.scale, function (node) { if (drawing.nodeFaded[node]) faded.push(node); });
                parts.push({ shapes: faded, alpha: 0.1 });
              }
              parts.push({ shapes: inView.filter(function (node) { return !drawing.nodeFlags[node]; }), alpha: emphasised ? 0.3 : 1 });
              parts.push({ shapes: inView.filter(function (node) { return drawing.nodeFlags[node]; }).concat(marked), alpha: 1, outlined: true });
              parts.push({ labels: inView });
              return { f: f, version: version, parts: parts, part: 0, done: 0, batch: 400, last: { mode: "nodes", nodes: inView, edges: plain.concat(strong), communities: [], frame: 0 } };
            }
            // Draws the next `count` lines or shapes of the job's part (a tenth as many labels, placed all at once
            // first); true when the job is done.
            function drawPart(job, count) {
              var part = job.parts[job.part];
              at = job.f;
              context.globalAlpha = part.alpha === undefined ? 1 : part.alpha;
              if (part.labels) {
                if (!part.placed) {
                  part.placed = placeLabels(part.labels, job.f, job.last.edges);
                  job.last.labels = part.placed.length;
                  job.last.labelSizes = part.placed.sizes;
                  job.last.labelsFull = !!part.placed.full;
                  job.last.labelBoxes = part.placed.map(function (box) {
                    return { node: box.node, near: box.near, over: box.over, left: box.left, right: box.right, top: box.top, bottom: box.bottom };
                  });
                }
                var some = Math.max(1, Math.ceil(count / 10));
                drawLabels(part.placed.slice(job.done, job.done + some));
                job.done += some;
              } else if (part.lines) {
                strokeEdges(part.lines.slice(job.done, job.done + count), part.emphasis, part.lines.length);
                job.done += count;
              } else {
                part.shapes.slice(job.done, job.done + count).forEach(function (node) {
                  var o = part.outlined ? outlineOf(node) : null;
                  dot(node, o && o[0], o && o[1]);
                });
                job.done += count;
              }
              context.globalAlpha = 1;
              var length = (part.placed || part.lines || part.shapes).length;
              if (job.done >= length) { job.part++; job.done = 0; }
              return job.part >= job.parts.length;
            }
            // Draws the job off screen until the frame's budget (from `started`) is spent, batches sized so that one
            // takes about a fifth of it; true when it is done.
            function advance(job, started) {
              if (back.width !== canvas.width || back.height !== canvas.height) { back.width = canvas.width; back.height = canvas.height; }
              var target = back.getContext("2d");
              if (!job.begun) {
                target.setTransform(1, 0, 0, 1, 0, 0);
                target.clearRect(0, 0, back.width, back.height);
                job.begun = true;
              }
              target.setTransform(job.ratio, 0, 0, job.ratio, 0, 0);
              var finished = false;
              do {
                var before = performance.now();
                context = target;
                try { finished = drawPart(job, job.batch); } finally { context = screen; }
                target.getImageData(0, 0, 1, 1);
                var took = performance.now() - before;
                job.batch = Math.max(50, Math.min(5000, Math.round(job.batch * Math.min(2, BUDGET_MS / 5 / Math.max(took, 0.05)))));
              } while (!finished && performance.now() - started < BUDGET_MS);
              return finished;
            }

            // One frame while dragging or settling: the last complete drawing moved, and some of the next. False
            // when the frame must be drawn at once (no drawing to move, another zoom, a change beside the move,
            // too many nodes in view to draw them one by one).
            function progress(f, ratio, started) {
              if (!drawing.moving && !drawing.settling) return false;
              if (job && (job.version !== version || Math.abs(job.f.scale - f.scale) > 1e-9 * f.scale)) job = null;
              if (!snapshotFrame || snapshotFrame.version !== version && !job) return false;
              if (!job && sameView(snapshotFrame, f)) {
                if (!drawing.moving) drawing.settling = false;
              } else if (!job) {
                var inView = [], fadedInView = 0, margin = 20 * f.scale;
                nodesIn(f.x0 - margin, f.y0 - margin, f.x1 + margin, f.y1 + margin, function (node) {
                  if (drawing.nodeFaded[node]) fadedInView++; else inView.push(node);
                });
                if (inView.length > AGGREGATE && drawing.drilled === null && !drawing.rows) {
                  // Communities are drawn at once (they cost little), a few times a second while the drag goes on.
                  if (!drawing.moving || performance.now() - lastFull > REFRESH_MS) return false;
                } else {
                  job = nodeJob(f, inView, fadedInView);
                  job.ratio = ratio;
                }
              }
              if (job && advance(job, started)) {
                var swap = snapshot; snapshot = back; back = swap;
                snapshotFrame = { x0: job.f.x0, y0: job.f.y0, scale: job.f.scale, version: job.version };
                drawing.last = job.last;
                job = null;
                view.setAttribute("data-mode", drawing.last.mode);
                view.setAttribute("data-drawn-nodes", String(drawing.last.nodes.length));
                if (!drawing.moving && sameView(snapshotFrame, f)) drawing.settling = false;
              }
              if (!moveSnapshot(f, ratio)) { job = null; return false; }
              if (job || drawing.settling) { pending = true; requestAnimationFrame(function () { pending = false; draw(); }); }
              drawing.last.frame = performance.now() - started;
              drawing.last.moved = true;
              return true;
            }

            function draw() {
              var started = performance.now();
              var f = frame(), rect = f.rect;
              if (!rect.width || !rect.height) return;
              var ratio = window.devicePixelRatio || 1;
              var width = Math.round(rect.width * ratio), height = Math.round(rect.height * ratio);
              if (canvas.width !== width || canvas.height !== height) { canvas.width = width; canvas.height = height; snapshotFrame = null; job = null; }
              if (progress(f, ratio, started)) return;
              job = null;
              drawing.settling = false;
              drawing.drawnAtOnce++;
              context.setTransform(ratio, 0, 0, ratio, 0, 0);
              context.clearRect(0, 0, rect.width, rect.height);
              at = f;
              var margin = 20 * f.scale;
              var inView = [], fadedInView = 0;
              nodesIn(f.x0 - margin, f.y0 - margin, f.x1 + margin, f.y1 + margin, function (node) {
                if (drawing.nodeFaded[node]) fadedInView++; else inView.push(node);
              });
              // Drilled into a community, its nodes are drawn however many.
              var aggregate = inView.length > AGGREGATE && drawing.drilled === null && !drawing.rows;
              var emphasised = drawing.focusing || drawing.searching;

              if (aggregate) {
                var marked = [], drawnEdges = [];
                for (var k = 0; k < n; k++) if (drawing.nodeFlags[k]) marked.push(k);
                // Communities: a circle each, lines as thick as the links between them.
                context.globalAlpha = emphasised ? 0.3 : 0.85;
                var spread = spreadGroups(sx, sy);
                groupLinks.forEach(function (link) {
                  var a = spread[link.a], b = spread[link.b];
                  context.strokeStyle = "#8a94a3";
                  context.lineWidth = Math.min(1 + Math.log(link.links), 9);
                  context.beginPath(); context.moveTo(a.x, a.y); context.lineTo(b.x, b.y); context.stroke();
                });
                var shownGroups = [], spots = spread;
                groups.forEach(function (g) {
                  if (!g.size) return;
                  var r = groupRadius(g), px = spots[g.index].x, py = spots[g.index].y;
                  if (px < -r || py < -r || px > rect.width + r || py > rect.height + r) return;
                  shownGroups.push(g.index);
                  context.beginPath(); context.arc(px, py, r, 0, 2 * Math.PI);
                  context.fillStyle = drawing.groupColor[g.index]; context.fill();
                  context.lineWidth = 1.5; context.strokeStyle = "#ffffff"; context.stroke();
                });
                context.globalAlpha = 1;
                // What is selected, found or near the selection stays drawn over the communities.
                if (marked.length) {
                  var markedEdges = [];
                  for (var e2 = 0; e2 < m; e2++) if (drawing.edgeFlags[e2]) markedEdges.push(e2);
                  strokeEdges(markedEdges, true);
                  marked.forEach(function (node) { var o = outlineOf(node); dot(node, o && o[0], o && o[1]); });
                  drawnEdges = markedEdges;
                }
                var labelSizes = {}, placedLabels = communityLabels(spots, shownGroups, rect.width, rect.height, false, labelSizes);
                context.textAlign = "center";
                context.lineJoin = "round";
                placedLabels.forEach(function (label) {
                  context.strokeStyle = "#ffffff"; context.lineWidth = 3; context.strokeText(label.text, label.x, label.y);
                  context.fillStyle = "#1f2933"; context.fillText(label.text, label.x, label.y);
                });
                drawing.last = {
                  mode: "communities", nodes: marked, edges: drawnEdges, communities: shownGroups, frame: 0,
                  circles: shownGroups.map(function (index) { return { community: index, x: spots[index].x, y: spots[index].y, r: groupRadius(groups[index]) }; }),
                  labels: placedLabels.length, labelSizes: labelSizes, labelsFull: !!placedLabels.full,
                  labelBoxes: placedLabels.map(function (box) { return { community: box.community, over: box.over, left: box.left, right: box.right, top: box.top, bottom: box.bottom }; })
                };
              } else {
                var whole = nodeJob(f, inView, fadedInView);
                while (!drawPart(whole, Infinity)) { /* every part at once */ }
                drawing.last = whole.last;
              }
              keepSnapshot(f);
              drawing.last.frame = performance.now() - started;
              view.setAttribute("data-mode", drawing.last.mode);
              view.setAttribute("data-drawn-nodes", String(drawing.last.nodes.length));
            }

            // The communities' labels, the largest communities first (at most 40), placed by placeLabelBoxes: beside
            // their circles, over no other community's circle and no other label, whole inside the frame of `width` by
            // `height`. `natural` hangs each below its circle, frame or not, where it overlaps no label before it
            // (fitBox measures how far they reach). Returns their boxes in screen points, each with its community,
            // text and place (x, y); `sizes`, when given, gets each label tried: community -> [width, height].
            function communityLabels(spots, shown, width, height, natural, sizes) {
              context.font = "600 " + LABEL_PX + "px system-ui, sans-serif";
              var order = shown.slice().sort(function (p, q) { return groups[q].size - groups[p].size; });
              var circles = order.map(function (index) { return { community: index, x: spots[index].x, y: spots[index].y, r: groupRadius(groups[index]) }; });
              var items = circles.map(function (c) {
                var g = groups[c.community], text = nodes[g.top].name + (g.size > 1 ? " +" + (g.size - 1) : "");
                if (text.length > 30) text = text.slice(0, 28) + "…";
                return { key: c.community, community: c.community, text: text, shape: { left: c.x - c.r, right: c.x + c.r, top: c.y - c.r, bottom: c.y + c.r } };
              });
              function measure(item) { return context.measureText(item.text).width + 6; }
              if (natural) {
                var boxes = [];
                items.forEach(function (item) {
                  var w = measure(item), s = item.shape, cx = (s.left + s.right) / 2;
                  var box = { left: cx - w / 2, right: cx + w / 2, top: s.bottom + 1, bottom: s.bottom + 5 + LABEL_PX };
                  if (boxes.length < 40 && !boxes.some(function (q) { return boxesOverlap(box, q, 0); })) boxes.push(box);
                });
                return boxes;
              }
              var shapes = circles.map(function (c) { return { key: c.community, x: c.x, y: c.y, r: c.r, left: c.x - c.r, right: c.x + c.r, top: c.y - c.r, bottom: c.y + c.r }; });
              var lines = natural ? null : groupLinks.map(function (link) { return [spots[link.a].x, spots[link.a].y, spots[link.b].x, spots[link.b].y]; });
              var placed = placeLabelBoxes(items, measure, width, height, shapes, lines, NAMED, 40, LABEL_PX);
              if (sizes) items.forEach(function (item) { if (item.w !== undefined) sizes[item.community] = [item.w, LABEL_PX + 4]; });
              return placed;
            }

            // The view Fit shows: `home`, grown so that what Fit draws in screen points stays whole inside the canvas:
            // the communities' circles and their labels (their measured widths), or, when Fit draws nodes, the
            // nodes' shapes (their labels are placed inside by placeLabelBoxes). Each margin is at most a fifth of the
            // canvas; a label that still crosses the frame is moved inside or left out when drawn. `fitShows` says
            // which Fit draws ("communities" or "nodes").
            // Cost: three passes of the community view's placement (spreadGroups), or O(n) for nodes.
            drawing.fitBox = function () {
              var rect = canvas.getBoundingClientRect(), width = rect.width, height = rect.height, box = Object.assign({}, home);
              if (!width || !height) return box;
              var shown = 0;
              for (var i = 0; i < n; i++) if (!drawing.nodeFaded[i]) shown++;
              var communities = shown > AGGREGATE && !drawing.rows, saved = at, margin = null;
              drawing.fitShows = communities ? "communities" : "nodes";
              try {
                for (var pass = 0; pass < 3; pass++) {
                  var f = frameOf(box, rect), reach = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
                  var cover = function (left, right, top, bottom) {
                    reach.left = Math.min(reach.left, left); reach.right = Math.max(reach.right, right);
                    reach.top = Math.min(reach.top, top); reach.bottom = Math.max(reach.bottom, bottom);
                  };
                  at = f;
                  if (communities) {
                    var spots = spreadGroups(sx, sy), indices = [];
                    groups.forEach(function (g) {
                      if (!g.size) return;
                      var r = groupRadius(g), spot = spots[g.index];
                      indices.push(g.index);
                      cover(spot.x - r - 1, spot.x + r + 1, spot.y - r - 1, spot.y + r + 1);
                    });
                    communityLabels(spots, indices, width, height, true).forEach(function (label) { cover(label.left, label.right, label.top, label.bottom); });
                  } else {
                    for (i = 0; i < n; i++) {
                      if (drawing.nodeFaded[i]) continue;
                      var r = radius(i, f) + 1, px = sx(x[i]), py = sy(y[i]);
                      cover(px - r, px + r, py - r, py + r);
                    }
                  }
                  if (reach.left >= 0 && reach.right <= width && reach.top >= 0 && reach.bottom <= height) break;
                  if (!margin) {
                    // How far beyond home's edges the drawing reaches, in screen points.
                    margin = { left: Math.max(0, sx(home.x) - reach.left), right: Math.max(0, reach.right - sx(home.x + home.w)),
                               top: Math.max(0, sy(home.y) - reach.top), bottom: Math.max(0, reach.bottom - sy(home.y + home.h)) };
                  } else {
                    // What still crosses the frame (circles pushed apart reach further at a smaller scale).
                    margin.left += Math.max(0, -reach.left); margin.right += Math.max(0, reach.right - width);
                    margin.top += Math.max(0, -reach.top); margin.bottom += Math.max(0, reach.bottom - height);
                  }
                  ["left", "right"].forEach(function (side) { margin[side] = Math.min(margin[side], width / 5); });
                  ["top", "bottom"].forEach(function (side) { margin[side] = Math.min(margin[side], height / 5); });
                  var scale = Math.max(home.w / (width - margin.left - margin.right), home.h / (height - margin.top - margin.bottom));
                  box = { x: home.x - margin.left * scale, y: home.y - margin.top * scale, w: home.w + (margin.left + margin.right) * scale, h: home.h + (margin.top + margin.bottom) * scale };
                }
              } finally {
                at = saved;
              }
              return box;
            };

            // Labels by level of detail: the selection's and the hovered node's neighbours first (they insist), then
            // the best-linked nodes in view, placed by placeLabelBoxes beside their shapes, over no other label and
            // no other node drawn, whole inside the frame, off the lines drawn (`drawnEdges`, when there are at most
            // LINE_LIMIT: beyond, nearly every place crosses some line). Returns the labels' boxes (node,
            // near, left, right, top, bottom) in screen points, each with its text and place (x, y), and `sizes`:
            // node -> [width, height] of each label tried.
            function placeLabels(inView, f, drawnEdges) {
              context.font = LABEL_PX + "px system-ui, sans-serif";
              var near = {}, first = [];
              var centres = drawing.hovered !== null ? [drawing.hovered] : drawing.nearLabels();
              centres.forEach(function (c) {
                near[c] = true; first.push(c);
                if (incident[c].length <= 60) incident[c].forEach(function (e) { var o = fromOf[e] === c ? toOf[e] : fromOf[e]; if (!near[o]) { near[o] = true; first.push(o); } });
              });
              var seen = {}, items = [];
              first.concat(inView.slice().sort(function (p, q) { return degree[q] - degree[p]; }).slice(0, 4 * MAX_LABELS)).forEach(function (node) {
                if (seen[node] !== undefined) return;
                seen[node] = items.length;
                var px = sx(x[node]), py = sy(y[node]), r = radius(node, f);
                items.push({ key: node, node: node, near: !!near[node], insists: !!near[node], shape: { left: px - r, right: px + r, top: py - r, bottom: py + r } });
              });
              // The shapes drawn (the nodes in view, not faded).
              var shapes = [];
              inView.forEach(function (node) {
                if (drawing.nodeFaded[node]) return;
                var r = radius(node, f), px = sx(x[node]), py = sy(y[node]);
                shapes.push(drawing.kindShape[node] ? { key: node, left: px - r, right: px + r, top: py - r, bottom: py + r }
                                                    : { key: node, x: px, y: py, r: r, left: px - r, right: px + r, top: py - r, bottom: py + r });
              });
              function measure(item) {
                item.text = nodes[item.node].name;
                if (item.text.length > 34) item.text = item.text.slice(0, 32) + "…";
                return context.measureText(item.text).width + 6;
              }
              var lines = null;
              if (drawnEdges.length <= LINE_LIMIT) {
                lines = drawnEdges.map(function (e) { return [sx(x[fromOf[e]]), sy(y[fromOf[e]]), sx(x[toOf[e]]), sy(y[toOf[e]])]; });
              }
              // A dense view: the dots drawn cover at least 0.8 of the frame's area, so they hide one another (the 3,777
              // nodes of the 20,000-node page's largest community cover 1.1 frames at 1280 px and 3.7 at 390 px; a
              // 350-node community's 0.10-0.17 at 1280 px and at most 0.64 on a phone, at every zoom). There every
              // label, not only the ten best-linked, may lie over less-linked nodes' dots when no place beside its own
              // is free: measured there, 38 labels instead of 5 at 1280 px (22 instead of 3 at 390 px), over dots that
              // were hidden by others anyway.
              var area = 0;
              shapes.forEach(function (shape) { area += shape.r === undefined ? (shape.right - shape.left) * (shape.bottom - shape.top) : Math.PI * shape.r * shape.r; });
              var dense = area >= 0.8 * f.rect.width * f.rect.height;
              var placed = placeLabelBoxes(items, measure, f.rect.width, f.rect.height, shapes, lines, dense ? items.length : NAMED, MAX_LABELS, LABEL_PX);
              placed.sizes = {};
              items.forEach(function (item) { if (item.w !== undefined) placed.sizes[item.node] = [item.w, LABEL_PX + 4]; });
              return placed;
            }
            function drawLabels(boxes) {
              context.textAlign = "center";
              context.lineJoin = "round";
              boxes.forEach(function (box) {
                context.font = (box.near ? "700 " : "") + LABEL_PX + "px system-ui, sans-serif";
                context.strokeStyle = "#ffffff"; context.lineWidth = 3; context.strokeText(box.text, box.x, box.y);
                context.fillStyle = "#1f2933"; context.fillText(box.text, box.x, box.y);
              });
            }

            // What is under the pointer: a node (within its radius plus 3 px), else a line (within 5 px),
            // else, in the community view, a community.
            drawing.pick = function (clientX, clientY) {
              var f = frame(), px = f.x0 + (clientX - f.rect.left) * f.scale, py = f.y0 + (clientY - f.rect.top) * f.scale;
              if (drawing.last.mode === "communities") {
                var hit = null;
                drawing.last.nodes.forEach(function (node) {
                  if (Math.hypot(x[node] - px, y[node] - py) / f.scale <= radius(node, f) + 3) hit = { node: node };
                });
                if (hit) return hit;
                var best = null;
                var cx = clientX - f.rect.left, cy = clientY - f.rect.top;
                drawing.last.communities.forEach(function (index) {
                  var g = groups[index], d = Math.hypot(drawing.spots[index].x - cx, drawing.spots[index].y - cy);
                  if (d <= groupRadius(g) + 3 && (!best || d < best.d)) best = { d: d, community: index };
                });
                return best ? { community: best.community } : null;
              }
              var reach = 24 * f.scale, nearest = null, nearestDistance = Infinity;
              nodesIn(px - reach, py - reach, px + reach, py + reach, function (node) {
                if (drawing.nodeFaded[node] && !drawing.nodeFlags[node]) return;
                var d = Math.hypot(x[node] - px, y[node] - py) / f.scale;
                if (d <= radius(node, f) + 3 && d < nearestDistance) { nearest = node; nearestDistance = d; }
              });
              if (nearest !== null) return { node: nearest };
              var edge = null, edgeDistance = 5;
              var list = drawing.last.edges;
              for (var k = 0; k < list.length && k < 60000; k++) {
                var e = list[k], ax = x[fromOf[e]], ay = y[fromOf[e]], bx = x[toOf[e]], by = y[toOf[e]];
                var dx = bx - ax, dy = by - ay, length = dx * dx + dy * dy;
                var t = length ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length)) : 0;
                var d = Math.hypot(ax + t * dx - px, ay + t * dy - py) / f.scale;
                if (d < edgeDistance) { edge = e; edgeDistance = d; }
              }
              return edge !== null ? { edge: edge } : null;
            };
            drawing.position = function (node) { return { x: x[node], y: y[node] }; };
            // A node's shape in the view drawn now, in screen points from the canvas's corner: centre and reach.
            drawing.shape = function (node) { var f = frame(); return { x: (x[node] - f.x0) / f.scale, y: (y[node] - f.y0) / f.scale, r: radius(node, f) }; };
            drawing.frame = frame;
            return drawing;
          }
        """#
}
