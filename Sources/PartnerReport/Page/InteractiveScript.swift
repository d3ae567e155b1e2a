/// The interactive page's script, written for this page (no library): zoom and pan, hover and click details,
/// search, the year slider, colour schemes, the legend, sortable and filterable tables.
///
/// It reads the JSON block `#report-data` (see ``ReportData``) and finds the drawing's nodes and edges by their
/// `data-node` and `data-edge` numbers. User text only ever enters the page through `textContent`.
enum InteractiveScript {
    static let source = #"""
        (function () {
          "use strict";
          var data = JSON.parse(document.getElementById("report-data").textContent);
          var nodes = data.nodes, edges = data.edges;
          var view = document.getElementById("diagram-view");
          var svg = view ? view.querySelector("svg") : null;
          var details = document.getElementById("details");
          var tooltip = document.getElementById("tooltip");
          var nodeElements = new Array(nodes.length), edgeElements = new Array(edges.length);
          var incident = nodes.map(function () { return []; });
          edges.forEach(function (edge, index) { incident[edge.from].push(index); incident[edge.to].push(index); });

          function el(tag, attributes, children) {
            var element = document.createElement(tag);
            Object.keys(attributes || {}).forEach(function (key) {
              if (key === "text") element.textContent = attributes[key];
              else if (key === "className") element.className = attributes[key];
              else element.setAttribute(key, attributes[key]);
            });
            (children || []).forEach(function (child) { if (child) element.appendChild(typeof child === "string" ? document.createTextNode(child) : child); });
            return element;
          }
          function svgEl(tag, attributes) {
            var element = document.createElementNS("http://www.w3.org/2000/svg", tag);
            Object.keys(attributes).forEach(function (key) { element.setAttribute(key, attributes[key]); });
            return element;
          }
          function fold(text) { return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
          function decimal(value) { return value === null || value === undefined ? "–" : value.toFixed(2); }
          function plural(count, word) { return count + " " + word + (count === 1 ? "" : "s"); }
          function label(index) {
            var node = nodes[index];
            if (node.meeting) {
              var m = node.meeting, place = m.online ? "online" : (m.city || "");
              return (m.title || node.name) + (place || m.start ? " (" + [place, m.start].filter(Boolean).join(", ") + ")" : "");
            }
            return node.name;
          }

          // ---- The drawing: find nodes and edges, give edges a wide invisible hit line.
          if (svg) {
            svg.removeAttribute("width");
            svg.removeAttribute("height");
            svg.setAttribute("aria-hidden", "false");
            svg.querySelectorAll("g[data-node]").forEach(function (g) {
              var index = +g.getAttribute("data-node");
              nodeElements[index] = g;
              g.shapes = Array.prototype.filter.call(g.querySelectorAll("ellipse, polygon, path"), function (shape) {
                var fill = shape.getAttribute("fill");
                return fill && fill !== "none" && fill !== "transparent";
              });
            });
            svg.querySelectorAll("g[data-edge]").forEach(function (g) {
              var index = +g.getAttribute("data-edge");
              edgeElements[index] = g;
              var path = g.querySelector("path");
              if (path) { var hit = path.cloneNode(false); hit.setAttribute("class", "hit"); g.appendChild(hit); }
              var style = data.lineStyles[edges[index].style];
              g.querySelectorAll("path:not(.hit)").forEach(function (p) { if (style) p.setAttribute("stroke", style.color); });
            });
          }

          // ---- Zoom and pan, through the viewBox.
          var box = null, home = null;
          if (svg) {
            var parts = (svg.getAttribute("viewBox") || "0 0 100 100").split(/[\s,]+/).map(Number);
            home = { x: parts[0], y: parts[1], w: parts[2], h: parts[3] };
            box = Object.assign({}, home);
          }
          function applyBox() { svg.setAttribute("viewBox", [box.x, box.y, box.w, box.h].join(" ")); }
          function toDiagram(clientX, clientY) {
            var rect = svg.getBoundingClientRect();
            var scale = Math.max(box.w / rect.width, box.h / rect.height);
            var offsetX = (rect.width * scale - box.w) / 2, offsetY = (rect.height * scale - box.h) / 2;
            return { x: box.x - offsetX + (clientX - rect.left) * scale, y: box.y - offsetY + (clientY - rect.top) * scale, scale: scale };
          }
          function zoom(factor, clientX, clientY) {
            if (!svg) return;
            var rect = svg.getBoundingClientRect();
            if (clientX === undefined) { clientX = rect.left + rect.width / 2; clientY = rect.top + rect.height / 2; }
            var point = toDiagram(clientX, clientY);
            var width = Math.min(Math.max(box.w / factor, home.w / 40), home.w * 4);
            var actual = box.w / width;
            box.x = point.x - (point.x - box.x) / actual;
            box.y = point.y - (point.y - box.y) / actual;
            box.w = width; box.h = box.h / actual;
            applyBox();
          }
          function pan(dx, dy) { box.x += dx; box.y += dy; applyBox(); }
          function fit() { box = Object.assign({}, home); applyBox(); }
          function centreOn(element) {
            if (!svg || !element) return;
            var bounds = element.getBBox(), matrix = element.getCTM(), root = svg.getCTM();
            if (!matrix || !root) return;
            var local = root.inverse().multiply(matrix);
            var cx = bounds.x + bounds.width / 2, cy = bounds.y + bounds.height / 2;
            var x = local.a * cx + local.c * cy + local.e, y = local.b * cx + local.d * cy + local.f;
            var width = Math.min(box.w, home.w / 2.5), height = box.h * width / box.w;
            box = { x: x - width / 2, y: y - height / 2, w: width, h: height };
            applyBox();
          }
          if (svg) {
            // On a narrow screen the whole drawing is too small to read: start zoomed to fill the box's height
            // (Fit shows it all).
            var start = svg.getBoundingClientRect();
            if (start.width > 0 && start.width < 600) {
              var fill = (start.height / start.width) / (home.h / home.w);
              if (fill > 1) zoom(Math.min(fill, 3));
            }
            document.getElementById("zoom-in").addEventListener("click", function () { zoom(1.4); });
            document.getElementById("zoom-out").addEventListener("click", function () { zoom(1 / 1.4); });
            document.getElementById("zoom-fit").addEventListener("click", fit);
            view.addEventListener("wheel", function (event) {
              event.preventDefault();
              zoom(event.deltaY < 0 ? 1.15 : 1 / 1.15, event.clientX, event.clientY);
            }, { passive: false });
            view.addEventListener("keydown", function (event) {
              var step = box.w / 10, handled = true;
              switch (event.key) {
                case "+": case "=": zoom(1.3); break;
                case "-": case "_": zoom(1 / 1.3); break;
                case "0": fit(); break;
                case "ArrowLeft": pan(-step, 0); break;
                case "ArrowRight": pan(step, 0); break;
                case "ArrowUp": pan(0, -step); break;
                case "ArrowDown": pan(0, step); break;
                case "Escape": clearSelection(); break;
                default: handled = false;
              }
              if (handled) event.preventDefault();
            });
            var pointers = {}, dragged = false, start = null, pinch = null;
            view.addEventListener("pointerdown", function (event) {
              pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
              dragged = false;
              start = { x: event.clientX, y: event.clientY };
              var ids = Object.keys(pointers);
              if (ids.length === 2) {
                var a = pointers[ids[0]], b = pointers[ids[1]];
                pinch = Math.hypot(a.x - b.x, a.y - b.y);
              }
            });
            view.addEventListener("pointermove", function (event) {
              var previous = pointers[event.pointerId];
              if (!previous) { hover(event); return; }
              var ids = Object.keys(pointers);
              if (ids.length === 2 && pinch) {
                pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
                var a = pointers[ids[0]], b = pointers[ids[1]], distance = Math.hypot(a.x - b.x, a.y - b.y);
                zoom(distance / pinch, (a.x + b.x) / 2, (a.y + b.y) / 2);
                pinch = distance; dragged = true;
                return;
              }
              if (!dragged && Math.hypot(event.clientX - start.x, event.clientY - start.y) < 4) return;
              if (!dragged) { dragged = true; view.classList.add("dragging"); if (view.setPointerCapture) view.setPointerCapture(event.pointerId); }
              var scale = toDiagram(0, 0).scale;
              pan(-(event.clientX - previous.x) * scale, -(event.clientY - previous.y) * scale);
              pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
            });
            function release(event) {
              delete pointers[event.pointerId];
              if (Object.keys(pointers).length < 2) pinch = null;
              view.classList.remove("dragging");
            }
            view.addEventListener("pointerup", release);
            view.addEventListener("pointercancel", release);
            view.addEventListener("pointerleave", function () { tooltip.hidden = true; });
            view.addEventListener("click", function (event) {
              if (dragged) { dragged = false; return; }
              var target = event.target.closest("g[data-node], g[data-edge]");
              if (!target) { clearSelection(); return; }
              if (target.hasAttribute("data-node")) selectNode(+target.getAttribute("data-node"), false);
              else selectEdge(+target.getAttribute("data-edge"));
            });
          }

          // ---- Hover: a short card beside the pointer.
          function hover(event) {
            var target = event.target.closest ? event.target.closest("g[data-node], g[data-edge]") : null;
            if (!target) { tooltip.hidden = true; return; }
            var text;
            if (target.hasAttribute("data-node")) {
              var node = nodes[+target.getAttribute("data-node")];
              text = label(+target.getAttribute("data-node")) + " — " + (node.meeting ? (node.meeting.type || "meeting") : [node.kind, node.region].filter(Boolean).join(", "));
              if (node.figures) text += " · " + plural(node.figures.meetings, "meeting") + ", " + plural(node.figures.partners, "partner");
            } else {
              var edge = edges[+target.getAttribute("data-edge")];
              text = nodes[edge.from].name + " " + data.lineStyles[edge.style].caption + " " + label(edge.to);
            }
            tooltip.textContent = text;
            tooltip.hidden = false;
            var rect = view.getBoundingClientRect();
            var x = Math.min(event.clientX - rect.left + 14, rect.width - 200), y = event.clientY - rect.top + 14;
            tooltip.style.left = Math.max(4, x) + "px";
            tooltip.style.top = y + "px";
          }

          // ---- Selection and the details panel.
          function clearMarks(name) { if (svg) svg.querySelectorAll("." + name).forEach(function (e) { e.classList.remove(name); }); }
          function clearSelection() {
            clearMarks("selected"); clearMarks("neighbour");
            if (svg) svg.classList.remove("focusing");
          }
          function row(list, term, value) {
            if (value === null || value === undefined || value === "") return;
            list.appendChild(el("dt", { text: term }));
            list.appendChild(el("dd", { text: String(value) }));
          }
          // A source is a sentence or, in some data sets, the address of a page: an address becomes a link.
          function sourceBlock(text) {
            var quote = el("blockquote");
            if (/^https?:\/\/\S+$/.test(text.trim())) {
              quote.appendChild(el("a", { href: text.trim(), rel: "noopener noreferrer", target: "_blank", text: text.trim() }));
            } else {
              quote.textContent = text;
            }
            return quote;
          }
          function nodeButton(index) {
            var button = el("button", { type: "button", className: "link", "data-node": index, text: label(index) });
            return button;
          }
          function panelHeader(title, subtitle) {
            details.textContent = "";
            var close = el("button", { type: "button", className: "close", "aria-label": "Close details", text: "×" });
            close.addEventListener("click", function () { clearSelection(); details.textContent = ""; details.appendChild(el("h3", { text: "Details" })); details.appendChild(el("p", { className: "muted", text: "Nothing selected." })); });
            details.appendChild(close);
            details.appendChild(el("h3", { text: title }));
            if (subtitle) details.appendChild(el("p", { className: "muted", text: subtitle }));
          }
          function selectNode(index, centre) {
            var node = nodes[index];
            clearSelection();
            if (svg) {
              svg.classList.add("focusing");
              if (nodeElements[index]) nodeElements[index].classList.add("selected");
              incident[index].forEach(function (e) {
                var edge = edges[e], other = edge.from === index ? edge.to : edge.from;
                if (edgeElements[e]) edgeElements[e].classList.add("neighbour");
                if (nodeElements[other]) nodeElements[other].classList.add("neighbour");
              });
              if (centre && nodeElements[index]) centreOn(nodeElements[index]);
            }
            panelHeader(label(index), node.meeting ? (node.meeting.type || "meeting") : [node.kind, node.region].filter(Boolean).join(" · "));
            var facts = el("dl");
            row(facts, "id", node.id);
            if (node.meeting) {
              var m = node.meeting;
              row(facts, "title", m.title);
              row(facts, "dates", m.start ? (m.end && m.end !== m.start ? m.start + " to " + m.end : m.start) : "undated");
              row(facts, "place", m.online ? "online" : [m.city, m.country ? (nodes.find(function (n) { return n.id === m.country; }) || { name: m.country }).name : null].filter(Boolean).join(", "));
              row(facts, "participants", m.participants);
              row(facts, "countries", m.countries);
            }
            var f = node.figures;
            if (f) {
              row(facts, "meetings", f.meetings);
              row(facts, "hosted", f.hosted);
              row(facts, "co-chaired", f.coChaired);
              row(facts, "attended", f.attended);
              row(facts, "organised", f.organised);
              row(facts, "partners", f.partners + (f.repeatedPartners ? " (" + f.repeatedPartners + " met twice or more)" : ""));
              row(facts, "active", f.firstYear ? (f.firstYear === f.lastYear ? f.firstYear : f.firstYear + "–" + f.lastYear) : "");
              row(facts, "broker score", decimal(f.betweenness));
              row(facts, "eigenvector", decimal(f.eigenvector));
              row(facts, "group", f.group ? "group " + f.group : "none (no partners)");
            }
            node.attributes.forEach(function (pair) { row(facts, pair[0], pair[1]); });
            details.appendChild(facts);
            if (node.source) { details.appendChild(el("h4", { text: "Source" })); details.appendChild(sourceBlock(node.source)); }
            var links = incident[index];
            if (links.length) {
              details.appendChild(el("h4", { text: plural(links.length, "link") }));
              var list = el("ul");
              links.forEach(function (e) {
                var edge = edges[e], other = edge.from === index ? edge.to : edge.from;
                var caption = data.lineStyles[edge.style].caption;
                var words = edge.from === index ? caption + " " : "← " + caption + " by ";
                var item = el("li", {}, [words, nodeButton(other)]);
                if (edge.span) item.appendChild(el("span", { className: "muted", text: " (" + edge.span + ")" }));
                if (edge.source) item.appendChild(sourceBlock(edge.source));
                list.appendChild(item);
              });
              details.appendChild(list);
            }
          }
          function selectEdge(index) {
            var edge = edges[index];
            clearSelection();
            if (svg) {
              svg.classList.add("focusing");
              if (edgeElements[index]) edgeElements[index].classList.add("selected");
              [edge.from, edge.to].forEach(function (n) { if (nodeElements[n]) nodeElements[n].classList.add("neighbour"); });
            }
            var caption = data.lineStyles[edge.style].caption;
            panelHeader(nodes[edge.from].name + " " + caption + " " + label(edge.to), edge.tie ? "tie between actors" : "participation in a meeting");
            var facts = el("dl");
            row(facts, "relation", edge.relation);
            row(facts, "from", edge.start);
            row(facts, "until", edge.end);
            details.appendChild(facts);
            details.appendChild(el("p", {}, ["Between ", nodeButton(edge.from), " and ", nodeButton(edge.to), "."]));
            details.appendChild(el("h4", { text: "Source" }));
            details.appendChild(edge.source ? sourceBlock(edge.source) : el("p", { className: "muted", text: "The data gives no source sentence for this link." }));
          }
          document.addEventListener("click", function (event) {
            var button = event.target.closest("button[data-node]");
            if (!button) return;
            selectNode(+button.getAttribute("data-node"), true);
            if (!view || !view.contains(button)) {
              var explore = document.getElementById("explore");
              if (explore && explore.scrollIntoView && !details.contains(button)) explore.scrollIntoView({ block: "start" });
            }
          });

          // ---- Search.
          var search = document.getElementById("search"), results = document.getElementById("search-results");
          var searchStatus = document.getElementById("search-status");
          var haystack = nodes.map(function (node) {
            var m = node.meeting || {};
            return fold([node.name, node.id, m.title, m.city, m.type].filter(Boolean).join(" "));
          });
          function runSearch() {
            var query = fold(search.value.trim());
            results.textContent = "";
            clearMarks("match");
            if (!query) { if (svg) svg.classList.remove("searching"); searchStatus.textContent = ""; return []; }
            var found = [];
            haystack.forEach(function (text, index) { if (text.indexOf(query) >= 0) found.push(index); });
            if (svg) svg.classList.add("searching");
            found.forEach(function (index) { if (nodeElements[index]) nodeElements[index].classList.add("match"); });
            searchStatus.textContent = found.length === 0 ? "No match." : plural(found.length, "match") .replace("matchs", "matches") + (found.length > 12 ? ", the first 12 listed" : "") + ": press Enter to select the first.";
            found.slice(0, 12).forEach(function (index) {
              results.appendChild(el("li", {}, [el("button", { type: "button", "data-node": index, text: label(index) })]));
            });
            return found;
          }
          search.addEventListener("input", runSearch);
          search.addEventListener("keydown", function (event) {
            if (event.key === "Enter") { var found = runSearch(); if (found.length) selectNode(found[0], true); event.preventDefault(); }
            if (event.key === "Escape") { search.value = ""; runSearch(); }
          });

          // ---- Colour schemes and the legend.
          var colorBy = document.getElementById("color-by");
          function shapeIcon(kind) {
            var icon = svgEl("svg", { width: 30, height: 20, viewBox: "0 0 30 20", "aria-hidden": "true" });
            var attributes = { fill: kind.fill, stroke: kind.border, "stroke-width": 1.5 };
            var shape;
            if (kind.shape === "ellipse") shape = svgEl("ellipse", Object.assign({ cx: 15, cy: 10, rx: 13, ry: 8 }, attributes));
            else if (kind.shape === "box") shape = svgEl("rect", Object.assign({ x: 2, y: 3, width: 26, height: 14, rx: 4 }, attributes));
            else if (kind.shape === "note") shape = svgEl("polygon", Object.assign({ points: "3,3 22,3 27,8 27,17 3,17" }, attributes));
            else if (kind.shape === "hexagon") shape = svgEl("polygon", Object.assign({ points: "7,2 23,2 28,10 23,18 7,18 2,10" }, attributes));
            else shape = svgEl("polygon", Object.assign({ points: "9,2 21,2 28,7 28,13 21,18 9,18 2,13 2,7" }, attributes));
            icon.appendChild(shape);
            return icon;
          }
          function lineIcon(style) {
            var icon = svgEl("svg", { width: 56, height: 14, viewBox: "0 0 56 14", "aria-hidden": "true" });
            icon.appendChild(svgEl("line", { x1: 2, y1: 7, x2: 54, y2: 7, stroke: style.color, "stroke-width": Math.max(style.width, 1.5), "stroke-dasharray": style.dashes || "none" }));
            return icon;
          }
          function legendBlock(title, items) {
            var list = el("ul");
            items.forEach(function (item) { list.appendChild(el("li", {}, item)); });
            return el("div", {}, [el("h3", { text: title }), list]);
          }
          function paint() {
            var scheme = colorBy ? +colorBy.value : 0;
            var classes = data.schemes[scheme].classes;
            nodeElements.forEach(function (g, index) {
              if (!g) return;
              var color = classes[nodes[index].classes[scheme]].color;
              g.shapes.forEach(function (shape) { shape.style.fill = color; });
            });
            var legend = document.getElementById("legend");
            legend.textContent = "";
            var used = {};
            nodes.forEach(function (node) { used[node.classes[scheme]] = true; });
            legend.appendChild(legendBlock("Shapes", data.kinds.map(function (kind) { return [shapeIcon(kind), kind.name + " (" + kind.shape + ")"]; })));
            legend.appendChild(legendBlock("Colour: " + data.schemes[scheme].label, classes.filter(function (_, i) { return used[i]; }).map(function (item) {
              return [el("span", { className: "swatch", style: "background:" + item.color }), item.name];
            })));
            legend.appendChild(legendBlock("Lines", data.lineStyles.map(function (style) { return [lineIcon(style), style.caption + (style.tie ? " (tie)" : "")]; })));
            legend.lastChild.appendChild(el("p", { className: "muted", text: "Larger shapes have more links." }));
            document.querySelectorAll("[data-group-swatch]").forEach(function (swatch) {
              var group = +swatch.getAttribute("data-group-swatch");
              swatch.style.background = data.schemes[2].classes[group - 1].color;
            });
          }
          if (colorBy) colorBy.addEventListener("change", paint);
          paint();

          // ---- The year slider: the network as it was up to (or only in) the chosen year.
          var slider = document.getElementById("year"), mode = document.getElementById("year-mode");
          var yearLabel = document.getElementById("year-label"), yearStatus = document.getElementById("year-status");
          function applyYear() {
            if (!slider) return;
            var year = +slider.value, how = mode.value;
            yearLabel.textContent = how === "all" ? "all" : String(year);
            function within(first, last) {
              if (how === "all") return true;
              if (how === "only") return (first === null || first === undefined ? false : first <= year) && (last === null || last === undefined ? true : last >= year);
              return (first === null || first === undefined ? true : first <= year) && (last === null || last === undefined ? true : last >= year);
            }
            var shownNode = nodes.map(function (node) { return node.meeting ? within(node.year, how === "only" ? node.year : null) : false; });
            var shownEdge = edges.map(function (edge) {
              if (!edge.tie && !shownNode[edge.to]) return false;
              if (edge.tie && how === "only" && edge.startYear === null) return true;
              return within(edge.startYear, edge.endYear);
            });
            shownEdge.forEach(function (shown, index) {
              if (shown) { shownNode[edges[index].from] = true; shownNode[edges[index].to] = true; }
            });
            nodes.forEach(function (node, index) { if (!node.meeting && incident[index].length === 0) shownNode[index] = true; });
            var meetingsShown = 0, actorsShown = 0, meetingsAll = 0, actorsAll = 0;
            nodes.forEach(function (node, index) {
              if (node.meeting) { meetingsAll++; if (shownNode[index]) meetingsShown++; } else { actorsAll++; if (shownNode[index]) actorsShown++; }
              if (nodeElements[index]) nodeElements[index].classList.toggle("faded", !shownNode[index]);
            });
            edges.forEach(function (_, index) { if (edgeElements[index]) edgeElements[index].classList.toggle("faded", !shownEdge[index]); });
            var figures = data.years.find(function (y) { return y.year === year; });
            var text = how === "all" ? "All years: " : (how === "upto" ? "Up to " + year + ": " : "In " + year + " only: ");
            text += meetingsShown + " of " + plural(meetingsAll, "meeting") + " and " + actorsShown + " of " + plural(actorsAll, "actor") + " shown.";
            if (how !== "all" && figures) text += " " + year + " itself: " + plural(figures.meetings, "meeting") + ", " + plural(figures.activeActors, "active actor") + ", " + figures.newActors + " new.";
            yearStatus.textContent = text;
            document.querySelectorAll(".year").forEach(function (item) { item.classList.toggle("current", how !== "all" && item.getAttribute("data-year") === String(year)); });
          }
          if (slider) {
            slider.addEventListener("input", function () { if (mode.value === "all") mode.value = "upto"; applyYear(); });
            mode.addEventListener("change", applyYear);
            applyYear();
          }

          // ---- Tables: sort by a column, filter by text.
          document.querySelectorAll("table.sortable").forEach(function (table) {
            var headers = table.querySelectorAll("thead th");
            headers.forEach(function (th, column) {
              var button = th.querySelector("button");
              button.addEventListener("click", function () {
                var numeric = button.getAttribute("data-type") === "number";
                var descending = th.getAttribute("aria-sort") !== "descending";
                if (!numeric && !th.hasAttribute("aria-sort")) descending = false;
                headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
                th.setAttribute("aria-sort", descending ? "descending" : "ascending");
                var body = table.tBodies[0];
                var rows = Array.prototype.slice.call(body.rows);
                function key(row) {
                  var cell = row.cells[column];
                  if (!numeric) return fold(cell.textContent);
                  var value = cell.getAttribute("data-value");
                  return value === "" || value === null ? null : +value;
                }
                rows.sort(function (a, b) {
                  var x = key(a), y = key(b);
                  if (x === y) return 0;
                  if (x === null) return 1;
                  if (y === null) return -1;
                  return (x < y ? -1 : 1) * (descending ? -1 : 1);
                });
                rows.forEach(function (row) { body.appendChild(row); });
              });
            });
          });
          function filterTable(input) {
            var table = document.getElementById(input.getAttribute("data-table"));
            var query = fold(input.value.trim()), shown = 0, rows = table.tBodies[0].rows;
            Array.prototype.forEach.call(rows, function (row) {
              var visible = !query || fold(row.textContent).indexOf(query) >= 0;
              row.hidden = !visible;
              if (visible) shown++;
            });
            document.getElementById(table.id + "-count").textContent = shown + " of " + rows.length + " rows";
          }
          document.querySelectorAll("input.filter").forEach(function (input) {
            input.addEventListener("input", function () { filterTable(input); });
            filterTable(input);
          });
          document.documentElement.setAttribute("data-ready", "true");
        })();
        """#
}
