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
          // The nodes come as columns (see ReportData.nodeColumns): one object each, with the fields some have, the
          // actors' figures, and the node's class in each colour scheme (kind, region, group).
          var nodes = (function (columns) {
            var list = columns.id.map(function (id, i) { return { id: id, name: id, kind: data.kinds[columns.kind[i]].name, attributes: [] }; });
            columns.name.forEach(function (row) { list[row[0]].name = row[1]; });
            columns.region.forEach(function (row) { list[row[0]].region = row[1]; });
            columns.attributes.forEach(function (row) { list[row[0]].attributes = row[1]; });
            columns.source.forEach(function (row) { list[row[0]].source = row[1]; });
            columns.meeting.forEach(function (row) { list[row[0]].meeting = row[1]; if (row[2] !== null) list[row[0]].year = row[2]; });
            var figures = columns.figures, keys = Object.keys(figures).filter(function (key) { return key !== "at"; }), at = 0;
            figures.at.forEach(function (step, k) {
              at += step;
              var f = {};
              keys.forEach(function (key) { if (figures[key][k] !== null) f[key] = figures[key][k]; });
              list[at].figures = f;
            });
            var regionClasses = data.schemes[1].classes, regionClass = {}, regionCount = regionClasses.length - 2;
            for (var r = 0; r < regionCount; r++) regionClass[regionClasses[r].name] = r;
            var groupCount = data.schemes[2].classes.length - 2;
            list.forEach(function (node, i) {
              var meeting = node.kind === "meeting", group = node.figures && node.figures.group;
              node.classes = [columns.kind[i], meeting ? regionCount + 1 : (regionClass[node.region] !== undefined ? regionClass[node.region] : regionCount),
                meeting ? groupCount + 1 : (group ? group - 1 : groupCount)];
            });
            return list;
          })(data.nodes);
          data.nodes = nodes;
        \#(InteractiveCanvas.source)
          // The edges come as columns (see ReportData.EdgeTable): one object each, then the fields some have.
          var edges = data.edges.from.map(function (from, i) {
            var style = data.edges.style[i];
            return { from: from, to: data.edges.to[i], style: style, relation: data.lineStyles[style].relation, tie: data.edges.tie.charAt(i) === "1" };
          });
          data.edges.extras.forEach(function (extra) { Object.assign(edges[extra.i], extra); });
          var view = document.getElementById("diagram-view");
          var svg = view ? view.querySelector("svg") : null;
          var details = document.getElementById("details");
          var tooltip = document.getElementById("tooltip");
          var nodeElements = new Array(nodes.length), edgeElements = new Array(edges.length);
          var incident = nodes.map(function () { return []; });
          edges.forEach(function (edge, index) { incident[edge.from].push(index); incident[edge.to].push(index); });
          // A large network comes as positions, drawn on a canvas (canvasDrawing); a small one as Graphviz's SVG.
          var drawing = view && data.canvas ? canvasDrawing(view, data, incident, function () { return box; }) : null;
          var surface = svg || (drawing && drawing.element);
          if (drawing) { drawing.nearLabels = centreNodes; view.drawing = drawing; }
          // Marks on what is drawn: classes on the SVG's groups, flags in the canvas drawing.
          var FLAGS = { selected: 1, neighbour: 2, match: 4 };
          function markNode(index, name) {
            if (drawing) drawing.nodeFlags[index] |= FLAGS[name];
            else if (nodeElements[index]) nodeElements[index].classList.add(name);
          }
          function markEdge(index, name) {
            if (drawing) drawing.edgeFlags[index] |= FLAGS[name];
            else if (edgeElements[index]) edgeElements[index].classList.add(name);
          }
          function setMode(name, on) {
            if (drawing) { drawing[name] = on; drawing.request(); }
            else if (svg) svg.classList.toggle(name, on);
          }
          var indexOfID = {};
          nodes.forEach(function (node, index) { if (!(node.id in indexOfID)) indexOfID[node.id] = index; });
          // What is selected ({node}, {edge} or {pair: [a, b]}), and the nodes a neighbourhood is counted from.
          var selection = null;
          function centreNodes() {
            if (!selection) return [];
            if (selection.node !== undefined) return [selection.node];
            if (selection.edge !== undefined) return [edges[selection.edge].from, edges[selection.edge].to];
            return selection.pair.slice();
          }

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
          } else if (drawing) {
            // Fit frames what the canvas draws in screen points too (drawing.fitBox: circles, labels).
            home = drawing.fitBox();
            box = Object.assign({}, home);
          }
          function applyBox() {
            if (svg) svg.setAttribute("viewBox", [box.x, box.y, box.w, box.h].join(" "));
            else if (drawing) drawing.request(true);
          }
          function toDiagram(clientX, clientY) {
            var rect = surface.getBoundingClientRect();
            var scale = Math.max(box.w / rect.width, box.h / rect.height);
            var offsetX = (rect.width * scale - box.w) / 2, offsetY = (rect.height * scale - box.h) / 2;
            return { x: box.x - offsetX + (clientX - rect.left) * scale, y: box.y - offsetY + (clientY - rect.top) * scale, scale: scale };
          }
          function zoom(factor, clientX, clientY) {
            if (!surface) return;
            var rect = surface.getBoundingClientRect();
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
          function fit() {
            // Fit is a jump, not a drag: the canvas draws it whole at once (request() without viewOnly), even
            // right after a drag, when the drawing would otherwise move its last picture for a while.
            if (drawing) { leaveCommunity(); home = drawing.fitBox(); drawing.request(); }
            box = Object.assign({}, home);
            applyBox();
          }
          var boxChanged = applyBox;
          applyBox = function () { boxChanged(); scheduleLabels(); saveStateSoon(); };
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
          // A node brought into view: the canvas centres on its position, closer in than the SVG (its
          // neighbourhood is what matters among thousands).
          function centreOnNode(index) {
            if (!drawing) { if (nodeElements[index]) centreOn(nodeElements[index]); return; }
            var p = drawing.position(index), width = Math.min(box.w, home.w / 8), height = box.h * width / box.w;
            box = { x: p.x - width / 2, y: p.y - height / 2, w: width, h: height };
            applyBox();
          }
          // Drill-down: a community's nodes alone, the rest faded, the view around them; Fit (or Escape) goes back.
          var drilled = null;
          function drillInto(community) {
            var g = drawing.groups[community], w = Math.max(g.x1 - g.x0, home.w / 40), h = Math.max(g.y1 - g.y0, home.h / 40);
            drilled = community;
            drawing.drilled = community;
            box = { x: g.x0 - w * 0.05, y: g.y0 - h * 0.05, w: w * 1.1, h: h * 1.1 };
            refreshVisibility();
            applyBox();
            var status = document.getElementById("drawing-status");
            if (status) status.textContent = "Community " + (community + 1) + ": " + plural(g.size, "node") + ", the best linked " + nodes[g.top].name + "; the rest is faded. Fit shows every community again.";
          }
          function leaveCommunity() {
            if (drilled === null) return;
            drilled = null;
            drawing.drilled = null;
            refreshVisibility();
            var status = document.getElementById("drawing-status");
            if (status) status.textContent = "";
          }
          if (surface) {
            // On a narrow screen the whole drawing is too small to read: start zoomed to fill the box's height
            // (Fit shows it all). The communities' view reads at Fit (its circles and labels are sized in screen
            // points, and Fit frames them whole): it starts at Fit.
            var start = surface.getBoundingClientRect();
            if (start.width > 0 && start.width < 600 && !(drawing && drawing.fitShows === "communities")) {
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
              if (!dragged) { dragged = true; view.classList.add("dragging"); if (view.setPointerCapture) { try { view.setPointerCapture(event.pointerId); } catch (error) { /* a pointer the browser does not track */ } } }
              var scale = toDiagram(0, 0).scale;
              if (drawing) drawing.moved();
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
            view.addEventListener("pointerleave", function () { tooltip.hidden = true; if (hovered !== null) { hovered = null; scheduleLabels(); } });
            view.addEventListener("click", function (event) {
              if (dragged) { dragged = false; return; }
              if (drawing) {
                var hit = drawing.pick(event.clientX, event.clientY);
                if (!hit) clearSelection();
                else if (hit.node !== undefined) selectNode(hit.node, false);
                else if (hit.edge !== undefined) selectEdge(hit.edge);
                else drillInto(hit.community);
                return;
              }
              var target = event.target.closest("g[data-node], g[data-edge]");
              if (!target) { clearSelection(); return; }
              if (target.hasAttribute("data-node")) selectNode(+target.getAttribute("data-node"), false);
              else selectEdge(+target.getAttribute("data-edge"));
            });
          }

          // ---- Hover: a short card beside the pointer.
          function hover(event) {
            var hit = null;
            if (drawing) hit = drawing.pick(event.clientX, event.clientY);
            else {
              var target = event.target.closest ? event.target.closest("g[data-node], g[data-edge]") : null;
              if (target) hit = target.hasAttribute("data-node") ? { node: +target.getAttribute("data-node") } : { edge: +target.getAttribute("data-edge") };
            }
            var over = hit && hit.node !== undefined ? hit.node : null;
            if (over !== hovered) { hovered = over; scheduleLabels(); }
            if (!hit) { tooltip.hidden = true; return; }
            var text;
            if (hit.community !== undefined) {
              var g = drawing.groups[hit.community];
              text = "Community " + (hit.community + 1) + ": " + plural(g.size, "node") + ", the best linked " + nodes[g.top].name + " (" + plural(incident[g.top].length, "link") + "). Click to see its nodes.";
            } else if (hit.node !== undefined) {
              var node = nodes[hit.node];
              text = label(hit.node) + " — " + (node.meeting ? (node.meeting.type || "meeting") : [node.kind, node.region].filter(Boolean).join(", "));
              if (node.figures) text += " · " + plural(node.figures.meetings, "meeting") + ", " + plural(node.figures.partners, "partner");
              else if (drawing) text += " · " + plural(incident[hit.node].length, "link");
            } else {
              var edge = edges[hit.edge];
              text = nodes[edge.from].name + " " + data.lineStyles[edge.style].caption + " " + label(edge.to) + (edge.span ? " (" + edge.span + ")" : "");
            }
            tooltip.textContent = text;
            tooltip.hidden = false;
            var rect = view.getBoundingClientRect();
            var x = Math.min(event.clientX - rect.left + 14, rect.width - 200), y = event.clientY - rect.top + 14;
            tooltip.style.left = Math.max(4, x) + "px";
            tooltip.style.top = y + "px";
          }

          // ---- Selection and the details panel.
          function clearMarks(name) {
            if (drawing) {
              var bit = ~FLAGS[name];
              [drawing.nodeFlags, drawing.edgeFlags].forEach(function (flags) { for (var i = 0; i < flags.length; i++) flags[i] &= bit; });
              drawing.request();
            } else if (svg) svg.querySelectorAll("." + name).forEach(function (e) { e.classList.remove(name); });
          }
          function clearMarks2() {
            clearMarks("selected"); clearMarks("neighbour");
            setMode("focusing", false);
          }
          function clearSelection() {
            clearMarks2();
            var had = selection !== null;
            selection = null;
            details.classList.remove("sheet");
            if (had) { applyFocus(); saveStateSoon(); }
          }
          // On a narrow screen the details panel is a sheet over the bottom of the screen, so a selection is
          // seen where it is made.
          var narrow = window.matchMedia ? window.matchMedia("(max-width: 899px)") : { matches: false };
          function showDetails() {
            details.classList.toggle("sheet", narrow.matches);
            details.scrollTop = 0;
            if (!narrow.matches) {
              var rect = details.getBoundingClientRect();
              if (rect.top > window.innerHeight || rect.bottom < 0) details.scrollIntoView({ block: "nearest" });
            }
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
            showDetails();
            details.appendChild(close);
            details.appendChild(el("h3", { text: title }));
            if (subtitle) details.appendChild(el("p", { className: "muted", text: subtitle }));
          }
          function selectNode(index, centre) {
            var node = nodes[index];
            clearMarks2();
            selection = { node: index };
            setMode("focusing", true);
            markNode(index, "selected");
            incident[index].forEach(function (e) {
              var edge = edges[e], other = edge.from === index ? edge.to : edge.from;
              markEdge(e, "neighbour");
              if (other !== index) markNode(other, "neighbour");
            });
            if (centre) centreOnNode(index);
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
            var partners = partnersOf(index);
            if (partners.length) {
              details.appendChild(el("h4", { text: plural(partners.length, "partner") + " through meetings" }));
              var partnerList = el("ul", { className: "partners" });
              partners.forEach(function (partner) {
                partnerList.appendChild(el("li", {}, [nodeButton(partner.node), " ", el("button", { type: "button", className: "link", "data-pair": index + "," + partner.node, text: plural(partner.count, "shared meeting") })]));
              });
              details.appendChild(partnerList);
            }
            afterSelection();
          }
          function afterSelection() { applyFocus(); drawLabels(); saveStateSoon(); }

          // ---- Pairs: the meetings that make a projected tie, with each actor's roles and the sources.
          var participationCache = {};
          // meeting index -> the indices of the actor's lines to it.
          function participations(actor) {
            if (participationCache[actor]) return participationCache[actor];
            var byMeeting = {};
            incident[actor].forEach(function (e) {
              var edge = edges[e];
              if (edge.tie || edge.from !== actor) return;
              (byMeeting[edge.to] = byMeeting[edge.to] || []).push(e);
            });
            participationCache[actor] = byMeeting;
            return byMeeting;
          }
          function sharedMeetings(a, b) {
            var of = participations(a), with_ = participations(b);
            return Object.keys(of).filter(function (m) { return with_[m]; }).map(Number).sort(function (x, y) {
              var s = (nodes[x].meeting && nodes[x].meeting.start) || "\uffff", t = (nodes[y].meeting && nodes[y].meeting.start) || "\uffff";
              return s < t ? -1 : s > t ? 1 : (nodes[x].id < nodes[y].id ? -1 : 1);
            });
          }
          // The actors met at the actor's meetings, with how many meetings each shares with it.
          function partnersOf(actor) {
            var counts = {};
            Object.keys(participations(actor)).forEach(function (m) {
              var seen = {};
              incident[+m].forEach(function (e) {
                var edge = edges[e];
                if (edge.tie || edge.to !== +m || edge.from === actor || seen[edge.from]) return;
                seen[edge.from] = true;
                counts[edge.from] = (counts[edge.from] || 0) + 1;
              });
            });
            return Object.keys(counts).map(function (other) { return { node: +other, count: counts[other] }; })
              .sort(function (x, y) { return y.count - x.count || (fold(nodes[x.node].name) < fold(nodes[y.node].name) ? -1 : 1); });
          }
          function roles(actor, meeting) {
            return participations(actor)[meeting].map(function (e) { return edges[e]; });
          }
          function selectPair(a, b) {
            clearMarks2();
            selection = { pair: [a, b] };
            var shared = sharedMeetings(a, b);
            setMode("focusing", true);
            [a, b].forEach(function (n) { markNode(n, "selected"); });
            shared.forEach(function (m) {
              markNode(m, "neighbour");
              [a, b].forEach(function (n) { participations(n)[m].forEach(function (e) { markEdge(e, "neighbour"); }); });
            });
            panelHeader(nodes[a].name + " and " + nodes[b].name, plural(shared.length, "shared meeting"));
            var test = data.significance && pairTest(a, b);
            if (test) details.appendChild(el("p", { className: "pair-test", text: pairTestText(test) }));
            else if (data.significance && !data.pairTests) {
              details.appendChild(el("p", { className: "pair-test muted", text: "This pair's p-value is not in this page: it carries those of the pairs its table lists, not all " + data.significance.tested + " tested pairs. partnet cooccurrence FILE --significance " + data.significance.model + " lists every pair's." }));
            }
            details.appendChild(el("p", {}, [nodeButton(a), " and ", nodeButton(b), " both took part in these meetings; each line gives the role and its source."]));
            var list = el("ol", { className: "shared" });
            shared.forEach(function (m) {
              var meeting = nodes[m].meeting || {};
              var dates = meeting.start ? (meeting.end && meeting.end !== meeting.start ? meeting.start + " to " + meeting.end : meeting.start) : "undated";
              var place = meeting.online ? "online" : (meeting.city || "");
              var item = el("li", { "data-meeting": nodes[m].id }, [nodeButton(m), el("span", { className: "muted", text: " " + [dates, place].filter(Boolean).join(", ") })]);
              var facts = el("dl");
              [a, b].forEach(function (n) {
                var lines = roles(n, m);
                facts.appendChild(el("dt", { text: nodes[n].name }));
                var dd = el("dd", { text: lines.map(function (edge) { return data.lineStyles[edge.style].caption + (edge.span ? " (" + edge.span + ")" : ""); }).join(", ") });
                lines.forEach(function (edge) { if (edge.source) dd.appendChild(sourceBlock(edge.source)); });
                facts.appendChild(dd);
              });
              item.appendChild(facts);
              if (nodes[m].source) { item.appendChild(el("span", { className: "muted", text: "Meeting source:" })); item.appendChild(sourceBlock(nodes[m].source)); }
              list.appendChild(item);
            });
            details.appendChild(list);
            afterSelection();
          }
          // A pair's test ({p, significant}): from pairTests, or where the page left them out (too many pairs), from
          // the pairs table's rows; undefined for a pair neither holds.
          var listedTests = null;
          function pairTest(a, b) {
            var key = Math.min(a, b) + "," + Math.max(a, b);
            if (data.pairTests) return data.pairTests[key];
            if (!listedTests) {
              listedTests = {};
              ((data.tables || {}).pairs || []).forEach(function (r) {
                if (r[7] !== null) listedTests[Math.min(r[0], r[1]) + "," + Math.max(r[0], r[1])] = { p: r[7], significant: !!(r[9] & 1) };
              });
            }
            return listedTests[key];
          }
          // A pair's p-value and verdict, with the test behind them (as the table's p and Chance columns).
          function pairTestText(test) {
            var s = data.significance;
            var p = test.p >= 0.001 || test.p === 0 ? test.p.toFixed(3) : test.p.toExponential(1).replace(/e([+-])(\d)$/, function (_, sign, digit) { return "e" + sign + "0" + digit; });
            var names = { hypergeometric: "the hypergeometric model", sdsm: "the SDSM", fdsm: "the FDSM" };
            var corrections = { bh: "Benjamini-Hochberg", holm: "Holm", bonferroni: "Bonferroni" };
            var level = "at " + s.alpha + (corrections[s.correction] ? " after " + corrections[s.correction] + " over " + s.tested + " pairs" : "");
            return "p = " + p + " under " + (names[s.model] || s.model) + ": " + (test.significant ? "more than chance " : "not more than chance ") + level + ".";
          }
          function selectEdge(index) {
            var edge = edges[index];
            clearMarks2();
            selection = { edge: index };
            setMode("focusing", true);
            markEdge(index, "selected");
            [edge.from, edge.to].forEach(function (n) { markNode(n, "neighbour"); });
            var caption = data.lineStyles[edge.style].caption;
            panelHeader(nodes[edge.from].name + " " + caption + " " + label(edge.to), edge.tie ? "tie between actors" : "participation in a meeting");
            var facts = el("dl");
            row(facts, "relation", edge.relation);
            row(facts, "dates", edge.span || "undated");
            details.appendChild(facts);
            details.appendChild(el("p", {}, ["Between ", nodeButton(edge.from), " and ", nodeButton(edge.to), "."]));
            details.appendChild(el("h4", { text: "Source" }));
            details.appendChild(edge.source ? sourceBlock(edge.source) : el("p", { className: "muted", text: "The data gives no source sentence for this link." }));
            afterSelection();
          }
          function openPair(target) {
            var pair = target.getAttribute("data-pair").split(",").map(Number);
            selectPair(pair[0], pair[1]);
            var explore = document.getElementById("explore");
            if (!details.contains(target) && !narrow.matches && explore && explore.scrollIntoView) explore.scrollIntoView({ block: "start" });
          }
          document.addEventListener("keydown", function (event) {
            var cell = event.target.closest && event.target.closest("td[data-pair]");
            if (cell && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); openPair(cell); }
          });
          document.addEventListener("click", function (event) {
            var pairTarget = event.target.closest("[data-pair]");
            if (pairTarget) { openPair(pairTarget); return; }
            var button = event.target.closest("button[data-node]");
            if (!button) return;
            selectNode(+button.getAttribute("data-node"), true);
            if (narrow.matches && view && !view.contains(button) && !details.contains(button)) view.scrollIntoView({ block: "start" });
            if (!view || !view.contains(button)) {
              var explore = document.getElementById("explore");
              if (explore && explore.scrollIntoView && !details.contains(button) && !narrow.matches) explore.scrollIntoView({ block: "start" });
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
            if (!query) { setMode("searching", false); searchStatus.textContent = ""; return []; }
            var found = [];
            haystack.forEach(function (text, index) { if (text.indexOf(query) >= 0) found.push(index); });
            setMode("searching", true);
            found.forEach(function (index) { markNode(index, "match"); });
            searchStatus.textContent = found.length === 0 ? "No match." : plural(found.length, "match") .replace("matchs", "matches") + (found.length > 12 ? ", the first 12 listed" : "") + ": press Enter to select the first.";
            found.slice(0, 12).forEach(function (index) {
              results.appendChild(el("li", {}, [el("button", { type: "button", "data-node": index, text: label(index) })]));
            });
            return found;
          }
          search.addEventListener("input", function () { runSearch(); saveStateSoon(); });
          search.addEventListener("keydown", function (event) {
            if (event.key === "Enter") {
              var found = runSearch();
              if (found.length) {
                selectNode(found[0], true);
                // On a phone the drawing moves up above the sheet, the selection at its centre.
                if (narrow.matches && view) view.scrollIntoView({ block: "start" });
              }
              event.preventDefault();
            }
            if (event.key === "Escape") { search.value = ""; runSearch(); saveStateSoon(); }
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
            if (drawing) {
              nodes.forEach(function (node, index) { drawing.nodeColor[index] = classes[node.classes[scheme]].color; });
              drawing.request();
            }
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
            // Lines by family: an actor taking part in a meeting, and standing ties between actors.
            [[false, "Lines: taking part in meetings"], [true, "Lines: ties between actors"]].forEach(function (family) {
              var styles = data.lineStyles.filter(function (style) { return style.tie === family[0]; });
              if (styles.length) legend.appendChild(legendBlock(family[1], styles.map(function (style) { return [lineIcon(style), style.caption]; })));
            });
            legend.appendChild(el("p", { className: "muted", text: "Larger shapes have more links." }));
            document.querySelectorAll("[data-group-swatch]").forEach(function (swatch) {
              var group = +swatch.getAttribute("data-group-swatch");
              swatch.style.background = data.schemes[2].classes[group - 1].color;
            });
          }
          if (colorBy) colorBy.addEventListener("change", function () { paint(); saveStateSoon(); });
          paint();

          // ---- What is shown: the year's network and the selection's neighbourhood, both at once.
          var yearNode = null, yearEdge = null, focusNode = null;
          function refreshVisibility() {
            if (drawing) {
              var any = false, community = data.canvas.community;
              nodes.forEach(function (_, index) {
                var out = (yearNode !== null && !yearNode[index]) || (focusNode !== null && focusNode[index] === undefined) || (drilled !== null && community[index] !== drilled);
                drawing.nodeFaded[index] = out ? 1 : 0;
                any = any || out;
              });
              edges.forEach(function (edge, index) {
                drawing.edgeFaded[index] = drawing.nodeFaded[edge.from] || drawing.nodeFaded[edge.to] || (yearEdge !== null && !yearEdge[index]) ? 1 : 0;
              });
              drawing.anyFaded = any;
              drawing.request();
            }
            nodeElements.forEach(function (g, index) {
              if (g) g.classList.toggle("faded", (yearNode !== null && !yearNode[index]) || (focusNode !== null && focusNode[index] === undefined));
            });
            edgeElements.forEach(function (g, index) {
              if (!g) return;
              var edge = edges[index];
              var out = (yearEdge !== null && !yearEdge[index]) || (focusNode !== null && (focusNode[edge.from] === undefined || focusNode[edge.to] === undefined));
              g.classList.toggle("faded", out);
            });
            drawLabels();
          }

          // ---- Neighbourhood: the selection and what lies within k lines of it (breadth-first over the drawing).
          var focusSelect = document.getElementById("focus"), focusStatus = document.getElementById("focus-status");
          function neighbourhood(sources, steps) {
            var distance = {}, frontier = sources.slice();
            sources.forEach(function (n) { distance[n] = 0; });
            for (var step = 1; step <= steps && frontier.length; step++) {
              var next = [];
              frontier.forEach(function (n) {
                incident[n].forEach(function (e) {
                  var other = edges[e].from === n ? edges[e].to : edges[e].from;
                  if (distance[other] === undefined) { distance[other] = step; next.push(other); }
                });
              });
              frontier = next;
            }
            return distance;
          }
          function applyFocus() {
            var steps = focusSelect ? +focusSelect.value : 0, centre = centreNodes();
            focusNode = steps > 0 && centre.length ? neighbourhood(centre, steps) : null;
            if (focusStatus) {
              if (steps > 0 && !centre.length) focusStatus.textContent = "Neighbourhood: select a shape, a line or a pair to show what lies within " + plural(steps, "step") + " of it.";
              else if (focusNode) {
                var count = Object.keys(focusNode).length;
                focusStatus.textContent = "Neighbourhood: " + plural(count, "node") + " within " + plural(steps, "step") + " of " + centre.map(function (n) { return nodes[n].name; }).join(" and ") + " (the rest is faded).";
              } else focusStatus.textContent = "";
            }
            refreshVisibility();
          }
          // Among thousands of nodes a neighbourhood may spread over the whole drawing: the canvas brings all of it
          // into view.
          function showFocus() {
            if (!drawing || !focusNode) return;
            var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
            Object.keys(focusNode).forEach(function (n) {
              var p = drawing.position(+n);
              x0 = Math.min(x0, p.x); y0 = Math.min(y0, p.y); x1 = Math.max(x1, p.x); y1 = Math.max(y1, p.y);
            });
            var w = Math.max(x1 - x0, home.w / 40), h = Math.max(y1 - y0, home.h / 40);
            box = { x: (x0 + x1) / 2 - w * 0.55, y: (y0 + y1) / 2 - h * 0.55, w: w * 1.1, h: h * 1.1 };
            // On a phone the details sheet covers the bottom of the drawing: the neighbourhood goes above it.
            if (details.classList.contains("sheet")) {
              var rect = surface.getBoundingClientRect(), sheet = details.getBoundingClientRect();
              var shown = Math.min(rect.bottom, sheet.top) - Math.max(rect.top, 0);
              if (shown > 80 && shown < rect.height) {
                var scale = Math.max(box.w / rect.width, box.h / shown);
                box = { x: box.x + box.w / 2 - rect.width * scale / 2, y: box.y - (Math.max(rect.top, 0) - rect.top) * scale, w: rect.width * scale, h: rect.height * scale };
              }
            }
            applyBox();
          }
          if (focusSelect) focusSelect.addEventListener("change", function () { applyFocus(); showFocus(); saveStateSoon(); });

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
            // Actors shown through a shown meeting, apart from those shown through ties or for having no link.
            var inMeetings = nodes.map(function () { return false; });
            shownEdge.forEach(function (shown, index) {
              if (shown && !edges[index].tie) { inMeetings[edges[index].from] = true; inMeetings[edges[index].to] = true; }
            });
            var meetingsShown = 0, actorsShown = 0, meetingsAll = 0, actorsAll = 0, actorsInMeetings = 0;
            nodes.forEach(function (node, index) {
              if (node.meeting) { meetingsAll++; if (shownNode[index]) meetingsShown++; } else { actorsAll++; if (shownNode[index]) actorsShown++; if (inMeetings[index]) actorsInMeetings++; }
            });
            yearNode = shownNode; yearEdge = shownEdge;
            refreshVisibility();
            var figures = data.years.find(function (y) { return y.year === year; });
            var text = how === "all" ? "All years: " : (how === "upto" ? "Up to " + year + ": " : "In " + year + " only: ");
            text += meetingsShown + " of " + plural(meetingsAll, "meeting") + " and " + actorsShown + " of " + plural(actorsAll, "actor") + " shown";
            if (actorsShown > actorsInMeetings) text += " (" + actorsInMeetings + " in these meetings, " + (actorsShown - actorsInMeetings) + " through ties or with no link)";
            text += ".";
            if (how !== "all" && figures) text += " " + year + " itself: " + plural(figures.meetings, "meeting") + ", " + plural(figures.activeActors, "active actor") + " (in that year's meetings), " + figures.newActors + " new.";
            yearStatus.textContent = text;
            document.querySelectorAll(".year").forEach(function (item) { item.classList.toggle("current", how !== "all" && item.getAttribute("data-year") === String(year)); });
          }
          if (slider) {
            slider.addEventListener("input", function () { if (mode.value === "all") mode.value = "upto"; applyYear(); saveStateSoon(); });
            mode.addEventListener("change", function () { applyYear(); saveStateSoon(); });
            applyYear();
          }

          // ---- The actors' and the pairs' rows, built from the data's `tables` (see ReportData): a figure's text
          // as printed, its exact value in data-value for sorting (empty when it has none). Names enter as text.
          function numberCell(text, value) {
            return el("td", { className: "num", "data-value": value === null || value === undefined ? "" : value, text: text });
          }
          function wholeCell(value) { return value === undefined ? numberCell("–", "") : numberCell(String(value), value); }
          // A meeting as the pairs' table names it: its city (or its name) and year, as PageText.meetingLabel.
          function meetingShort(index) {
            var node = nodes[index], m = node.meeting;
            var place = m && m.city !== undefined ? m.city : node.name;
            return node.year !== undefined ? place + " " + node.year : place;
          }
          function fillRows(id, rows, row, element) {
            var table = element || document.getElementById(id);
            if (!table || !rows) return;
            var fragment = document.createDocumentFragment();
            rows.forEach(function (r) { fragment.appendChild(row(r)); });
            table.tBodies[0].appendChild(fragment);
          }
          var tableRows = data.tables || {};
          fillRows("actors-table", tableRows.actors, function (r) {
            var node = nodes[r[0]], f = node.figures;
            var cells = [
              el("td", {}, [el("button", { type: "button", className: "link", "data-node": r[0], text: node.name }), " ", el("span", { className: "muted", text: node.id })]),
              el("td", { text: node.kind }), el("td", { text: node.region || "" }), wholeCell(f.group)
            ];
            ["meetings", "hosted", "coChaired", "attended", "organised", "partners", "repeatedPartners", "firstYear", "lastYear"].forEach(function (key) { cells.push(wholeCell(f[key])); });
            cells.push(numberCell(r[1], f.betweenness), r[2] === null ? numberCell("–", "") : numberCell(r[2], f.eigenvector));
            return el("tr", { "data-node": r[0] }, cells);
          });
          fillRows("pairs-table", tableRows.pairs, function (r) {
            var attributes = {};
            if (r[9] & 1) attributes["data-significant"] = "1";
            if (r[9] & 2) { attributes["data-extra"] = "1"; attributes.hidden = ""; }
            return el("tr", attributes, [
              el("td", {}, [el("button", { type: "button", className: "link", "data-node": r[0], text: nodes[r[0]].name })]),
              el("td", {}, [el("button", { type: "button", className: "link", "data-node": r[1], text: nodes[r[1]].name })]),
              numberCell(String(r[2]), r[2]), numberCell(r[4], r[3]), numberCell(r[6], r[5]), numberCell(r[8], r[7]),
              numberCell(r[9] & 1 ? "more than chance" : "", r[9] & 1 ? "1" : "0"),
              el("td", { className: "muted" }, [el("button", { type: "button", className: "link", "data-pair": r[0] + "," + r[1], text: sharedMeetings(r[0], r[1]).map(meetingShort).join("; ") })])
            ]);
          });

          // The heat map's cells, from the data's counts: one colour scale from white (0) to dark blue (the largest
          // count), as PageText.heatColor and heatInk; a pair's cell opens the meetings it counts.
          var heat = tableRows.heatMap, heatTable = document.querySelector("table.heat");
          if (heat && heatTable) {
            var heatMax = 0;
            heat.counts.forEach(function (row) { row.forEach(function (count) { heatMax = Math.max(heatMax, count); }); });
            var hexByte = function (value) { value = Math.max(0, Math.min(255, Math.round(value))); return (value < 16 ? "0" : "") + value.toString(16); };
            var heatColor = function (count) {
              if (count <= 0 || heatMax <= 0) return "#ffffff";
              var t = count / heatMax;
              return "#" + hexByte(222 + (8 - 222) * t) + hexByte(235 + (48 - 235) * t) + hexByte(247 + (107 - 247) * t);
            };
            var headRow = heatTable.tHead.rows[0];
            heat.actors.forEach(function (node) {
              headRow.appendChild(el("th", { scope: "col", className: "rot", title: nodes[node].name }, [el("div", { text: nodes[node].id })]));
            });
            fillRows("", heat.actors.map(function (node, row) { return row; }), function (row) {
              var a = heat.actors[row], cells = [el("th", { scope: "row", title: nodes[a].name }, [el("span", { className: "long", text: nodes[a].name + " " }), el("span", { className: "muted", text: nodes[a].id })])];
              heat.actors.forEach(function (b, column) {
                var count = heat.counts[row][column], attributes = {};
                if (row === column) attributes.className = "self";
                else if (count > 0) { attributes.className = "opens"; attributes["data-pair"] = a + "," + b; attributes.tabindex = "0"; attributes.role = "button"; }
                attributes.style = "background:" + heatColor(count) + ";color:" + (heatMax > 0 && count / heatMax > 0.5 ? "#ffffff" : "#1f2933");
                attributes.title = row === column ? nodes[a].name + ": " + plural(count, "meeting") : nodes[a].name + " and " + nodes[b].name + ": " + plural(count, "shared meeting");
                attributes.text = count === 0 ? "" : String(count);
                cells.push(el("td", attributes));
              });
              return el("tr", {}, cells);
            }, heatTable);
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
                // Keep the sorted column in sight beside the fixed first column.
                var scroller = table.closest(".scroll");
                if (scroller && column > 0) {
                  var fixed = headers[0].offsetWidth, left = th.offsetLeft, right = left + th.offsetWidth;
                  if (left < scroller.scrollLeft + fixed || right > scroller.scrollLeft + scroller.clientWidth) scroller.scrollLeft = Math.max(0, left - fixed - 8);
                }
              });
            });
          });
          // A table's rows by its text filter and, for the pairs, the backbone view: only the pairs more than
          // chance, including those listed only for that view (data-extra), beyond the first pairs by shared meetings.
          var backboneBox = document.getElementById("pairs-backbone");
          function filterTable(input) {
            var table = document.getElementById(input.getAttribute("data-table"));
            var text = document.querySelector('input.filter[data-table="' + table.id + '"]');
            var only = backboneBox && backboneBox.getAttribute("data-table") === table.id && backboneBox.checked;
            var query = fold(text ? text.value.trim() : ""), shown = 0, total = 0, rows = table.tBodies[0].rows;
            Array.prototype.forEach.call(rows, function (row) {
              var inView = only ? row.hasAttribute("data-significant") : !row.hasAttribute("data-extra");
              if (inView) total++;
              var visible = inView && (!query || fold(row.textContent).indexOf(query) >= 0);
              row.hidden = !visible;
              if (visible) shown++;
            });
            document.getElementById(table.id + "-count").textContent = shown + " of " + total + " rows";
          }
          document.querySelectorAll("input.filter").forEach(function (input) {
            input.addEventListener("input", function () { filterTable(input); });
            filterTable(input);
          });
          if (backboneBox) backboneBox.addEventListener("change", function () { filterTable(backboneBox); saveStateSoon(); });

          // ---- Labels by level of detail: readable labels (13 px on screen) for the nodes with the most links
          // that fit without overlapping, more as the view zooms in; the hovered or selected node's neighbours
          // first. When Graphviz's own labels are readable, they are shown instead.
          var hovered = null, labelLayer = null, spots = [], nativeFont = 14, labelsPending = false;
          var ruler = document.createElement("canvas").getContext("2d");
          var LABEL_PX = 13, READABLE_PX = 11, MAX_LABELS = 200, NAMED = 10;
          if (svg) {
            labelLayer = svgEl("g", { "class": "lod-labels", "aria-hidden": "true" });
            svg.appendChild(labelLayer);
            var rootMatrix = svg.getCTM();
            var firstText = svg.querySelector("g[data-node] text");
            nodeElements.forEach(function (g, index) {
              if (!g || !rootMatrix || !g.getCTM()) return;
              // The shape's box (its filled outlines; the whole group when it has none), in the drawing's coordinates.
              var local = rootMatrix.inverse().multiply(g.getCTM()), bounds = null;
              (g.shapes.length ? g.shapes : [g]).forEach(function (shape) {
                var b = shape.getBBox(), m = g === shape ? null : g.getCTM().inverse().multiply(shape.getCTM());
                var x0 = m ? m.a * b.x + m.e : b.x, y0 = m ? m.d * b.y + m.f : b.y, x1 = x0 + b.width * (m ? m.a : 1), y1 = y0 + b.height * (m ? m.d : 1);
                bounds = bounds ? { x0: Math.min(bounds.x0, x0), y0: Math.min(bounds.y0, y0), x1: Math.max(bounds.x1, x1), y1: Math.max(bounds.y1, y1) } : { x0: x0, y0: y0, x1: x1, y1: y1 };
              });
              var cx = (bounds.x0 + bounds.x1) / 2, cy = (bounds.y0 + bounds.y1) / 2;
              var texts = Array.prototype.map.call(g.querySelectorAll("text"), function (t) { return t.textContent; }).join(" ").trim() || nodes[index].name;
              if (texts.length > 34) texts = texts.slice(0, 32).trim() + "…";
              spots[index] = {
                x: local.a * cx + local.c * cy + local.e, y: local.b * cx + local.d * cy + local.f,
                halfW: (bounds.x1 - bounds.x0) * Math.abs(local.a) / 2, half: (bounds.y1 - bounds.y0) * Math.abs(local.d) / 2, text: texts
              };
              if (g === (firstText && firstText.closest("g[data-node]"))) nativeFont = (+firstText.getAttribute("font-size") || 14) * Math.abs(local.d);
            });
          }
          var byLinks = nodes.map(function (_, i) { return i; }).sort(function (a, b) { return incident[b].length - incident[a].length || a - b; });
          function scheduleLabels() {
            if (drawing) { drawing.request(drawing.hovered === hovered); drawing.hovered = hovered; return; }
            if (labelsPending || !labelLayer) return;
            labelsPending = true;
            (window.requestAnimationFrame || setTimeout)(function () { labelsPending = false; drawLabels(); });
          }
          function drawLabels() {
            if (drawing) { drawing.request(drawing.hovered === hovered); drawing.hovered = hovered; return; }
            if (!labelLayer || !box) return;
            var rect = svg.getBoundingClientRect();
            if (!rect.width || !rect.height) return;
            var scale = Math.max(box.w / rect.width, box.h / rect.height);
            var offsetX = (rect.width * scale - box.w) / 2, offsetY = (rect.height * scale - box.h) / 2;
            var readable = nativeFont / scale >= READABLE_PX;
            svg.classList.toggle("small-text", !readable);
            labelLayer.textContent = "";
            view.labelsLast = null;
            if (readable) return;
            ruler.font = LABEL_PX + "px " + getComputedStyle(document.body).fontFamily;
            var near = {}, order = [];
            var centres = hovered !== null ? [hovered] : centreNodes();
            centres.forEach(function (n) {
              near[n] = true;
              incident[n].forEach(function (e) { near[edges[e].from] = true; near[edges[e].to] = true; });
            });
            Object.keys(near).forEach(function (n) { order.push(+n); });
            order.sort(function (a, b) { return (centres.indexOf(b) >= 0) - (centres.indexOf(a) >= 0) || incident[b].length - incident[a].length || a - b; });
            byLinks.forEach(function (n) { if (!near[n]) order.push(n); });
            // Each node's shape in screen points; the labels placed by placeLabelBoxes beside them, over no other
            // label and no other node's shape (a faded node's label is left out unless it is near).
            var shapes = [], items = [];
            spots.forEach(function (spot, index) {
              if (!spot || nodeElements[index].classList.contains("faded")) return;
              var sx = (spot.x - box.x + offsetX) / scale, sy = (spot.y - box.y + offsetY) / scale;
              shapes.push({ key: index, node: index, left: sx - spot.halfW / scale, right: sx + spot.halfW / scale, top: sy - spot.half / scale, bottom: sy + spot.half / scale });
            });
            var shapeOf = {};
            shapes.forEach(function (shape) { shapeOf[shape.node] = shape; });
            order.forEach(function (index) {
              var spot = spots[index];
              if (!spot) return;
              if (!shapeOf[index]) {
                if (!near[index]) return;
                var sx = (spot.x - box.x + offsetX) / scale, sy = (spot.y - box.y + offsetY) / scale;
                shapeOf[index] = { left: sx - spot.halfW / scale, right: sx + spot.halfW / scale, top: sy - spot.half / scale, bottom: sy + spot.half / scale };
              }
              items.push({ key: index, node: index, text: spot.text, near: !!near[index], insists: !!near[index], shape: shapeOf[index] });
            });
            // The lines drawn (not faded), as segments in screen points: a label takes a place that crosses none where
            // one is free.
            var lines = [];
            edgeElements.forEach(function (g) {
              if (!g || g.classList.contains("faded") || g.classList.contains("row-hidden")) return;
              g.querySelectorAll("path:not(.hit)").forEach(function (path) {
                var points = linePoints(path);
                for (var i = 2; i < points.length; i += 2) {
                  lines.push([(points[i - 2] - box.x + offsetX) / scale, (points[i - 1] - box.y + offsetY) / scale,
                              (points[i] - box.x + offsetX) / scale, (points[i + 1] - box.y + offsetY) / scale]);
                }
              });
            });
            var placed = placeLabelBoxes(items, function (item) { return ruler.measureText(item.text).width + 6; }, rect.width, rect.height, shapes, lines, NAMED, MAX_LABELS, LABEL_PX);
            var sizes = {};
            items.forEach(function (item) { if (item.w !== undefined) sizes[item.node] = [item.w, LABEL_PX + 4]; });
            // What the page drew, for its tests: the labels' boxes and the size of each label tried.
            view.labelsLast = { labelBoxes: placed.map(function (r) { return { node: r.node, near: r.near, over: r.over, left: r.left, right: r.right, top: r.top, bottom: r.bottom }; }),
                                labelSizes: sizes, full: !!placed.full };
            placed.forEach(function (r) {
              var text = svgEl("text", {
                x: box.x - offsetX + r.x * scale, y: box.y - offsetY + r.y * scale, "font-size": LABEL_PX * scale, "stroke-width": 3 * scale,
                "text-anchor": "middle", "data-label": r.node, "class": r.near ? "near" : ""
              });
              text.textContent = r.text;
              labelLayer.appendChild(text);
            });
          }
          window.addEventListener("resize", scheduleLabels);
          // A line's path as points [x0, y0, x1, y1, ...] in the drawing's coordinates: its straight parts as they are,
          // each of Graphviz's cubic curves as eight segments (any other command: sixteen points along the path). Kept
          // on the path until its "d" changes (the two-row drawing rewrites it).
          function linePoints(path) {
            var d = path.getAttribute("d") || "";
            if (path.flat && path.flat.d === d) return path.flat.points;
            var m = svg.getCTM().inverse().multiply(path.getCTM()), points = [];
            function add(px, py) { points.push(m.a * px + m.c * py + m.e, m.b * px + m.d * py + m.f); }
            var tokens = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) || [], command = null, x = 0, y = 0, plain = true;
            for (var i = 0; i < tokens.length && plain;) {
              if (/[A-Za-z]/.test(tokens[i])) { command = tokens[i++]; continue; }
              var v = tokens.slice(i, i + (command === "C" ? 6 : 2)).map(Number);
              if (command === "M" || command === "L") { x = v[0]; y = v[1]; add(x, y); if (command === "M") command = "L"; i += 2; }
              else if (command === "C" && v.length === 6) {
                for (var k = 1; k <= 8; k++) {
                  var t = k / 8, u = 1 - t;
                  add(u * u * u * x + 3 * u * u * t * v[0] + 3 * u * t * t * v[2] + t * t * t * v[4],
                      u * u * u * y + 3 * u * u * t * v[1] + 3 * u * t * t * v[3] + t * t * t * v[5]);
                }
                x = v[4]; y = v[5]; i += 6;
              } else plain = false;
            }
            if (!plain) {
              points = [];
              var length = path.getTotalLength();
              for (var j = 0; j <= 16; j++) { var q = path.getPointAtLength(length * j / 16); add(q.x, q.y); }
            }
            path.flat = { d: d, points: points };
            return points;
          }

          // ---- Two rows: actors above, meetings below, each row in the order of data.twoRows (ordered to reduce
          // crossing lines), spaced as `partnet render --layout bipartite` spaces them: each shape a gap clear of its
          // neighbour, meetings staggered over up to four rows when one row of them would be wider than the actors'.
          // The same shapes move; lines become straight and ties between actors are hidden. On a canvas page the
          // points move instead (drawing.useRows: evenly spaced in each row, the grid built again for culling).
          var layoutSelect = document.getElementById("layout"), layoutStatus = document.getElementById("layout-status");
          var rowsOn = false, rowsLayout = null, networkHome = home, original = [];
          function rootPoint(element, x, y) {
            // A point in the drawing's coordinates, in those of `element`'s parent.
            var m = svg.getCTM().inverse().multiply(element.parentNode.getCTM()).inverse();
            return { x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f };
          }
          function packed(list, stagger) {
            // Each shape a gap clear of the one `stagger` places back (its own row), two gaps after the one before.
            var x = [];
            list.forEach(function (i, place) {
              var at = place === 0 ? 0 : x[place - 1] + 2 * 14;
              if (place >= stagger) at = Math.max(at, x[place - stagger] + (original[list[place - stagger]].w + original[i].w) / 2 + 14);
              x.push(at);
            });
            return x;
          }
          function rowPlaces() {
            var rows = data.twoRows, gap = 14;
            var actors = rows.actors.filter(function (i) { return original[i]; });
            var meetings = rows.meetings.filter(function (i) { return original[i]; });
            function largest(list, key) { return list.reduce(function (m, i) { return Math.max(m, original[i][key]); }, 0); }
            function last(x) { return x.length ? x[x.length - 1] : 0; }
            var actorX = packed(actors, 1), stagger = 1, meetingX = packed(meetings, 1);
            while (last(meetingX) > last(actorX) && stagger < Math.min(4, meetings.length)) meetingX = packed(meetings, ++stagger);
            var width = Math.max(last(actorX), last(meetingX));
            function spread(x) { var span = last(x); return x.map(function (v) { return x.length > 1 && span > 0 ? v * width / span : width / 2; }); }
            actorX = spread(actorX); meetingX = spread(meetingX);
            var actorHeight = largest(actors, "h"), meetingHeight = largest(meetings, "h"), rowStep = meetingHeight + gap;
            var between = actorHeight / 2 + meetingHeight / 2 + Math.min(Math.max(144, width / 5), 720);
            var places = {};
            actors.forEach(function (i, place) { places[i] = { x: actorX[place], y: 0 }; });
            meetings.forEach(function (i, place) { places[i] = { x: meetingX[place], y: between + (place % stagger) * rowStep }; });
            var side = Math.max(largest(actors, "w"), largest(meetings, "w")) / 2 + gap;
            var top = -actorHeight / 2 - gap, bottom = between + (stagger - 1) * rowStep + meetingHeight / 2 + gap;
            return { places: places, box: { x: -side, y: top, w: width + 2 * side, h: bottom - top }, stagger: stagger };
          }
          function rowsStatus(stagger) {
            var rows = data.twoRows;
            layoutStatus.textContent = rowsOn
              ? "Two rows: " + plural(rows.actors.length, "actor") + " above, " + plural(rows.meetings.length, "meeting") + " below" +
                (stagger > 1 ? " (staggered over " + stagger + " rows)" : "") + "; " + plural(rows.crossings, "crossing") +
                " of lines, against " + rows.initialCrossings + " in the file's order. Ties between actors are not drawn here."
              : "";
          }
          function applyLayout() {
            var want = !!((svg || drawing) && data.twoRows && layoutSelect && layoutSelect.value === "rows");
            if (want === rowsOn) return;
            rowsOn = want;
            if (drawing) {
              // The canvas moves its points (drawing.useRows) and builds its grid again.
              leaveCommunity();
              home = drawing.useRows(rowsOn ? data.twoRows : null);
              view.setAttribute("data-drawing", rowsOn ? "rows" : "network");
              fit();
              rowsStatus(drawing.stagger);
              return;
            }
            svg.classList.toggle("rows", rowsOn);
            if (rowsOn && !rowsLayout) rowsLayout = rowPlaces();
            var layout = rowsOn ? rowsLayout : null;
            nodeElements.forEach(function (g, i) {
              if (!g || !original[i]) return;
              var target = layout && layout.places[i];
              if (!target) { g.removeAttribute("transform"); if (spots[i]) { spots[i].x = original[i].x; spots[i].y = original[i].y; } return; }
              var from = rootPoint(g, original[i].x, original[i].y), to = rootPoint(g, target.x, target.y);
              g.setAttribute("transform", "translate(" + (to.x - from.x) + " " + (to.y - from.y) + ")");
              if (spots[i]) { spots[i].x = target.x; spots[i].y = target.y; }
            });
            edgeElements.forEach(function (g, e) {
              if (!g) return;
              var edge = edges[e];
              g.classList.toggle("row-hidden", rowsOn && edge.tie);
              g.querySelectorAll("path").forEach(function (path) {
                if (path.originalPath === undefined) path.originalPath = path.getAttribute("d");
                var a = layout && layout.places[edge.from], b = layout && layout.places[edge.to];
                if (!a || !b || edge.tie) { path.setAttribute("d", path.originalPath); return; }
                var p = rootPoint(g, a.x, a.y), q = rootPoint(g, b.x, b.y);
                path.setAttribute("d", "M" + p.x + "," + p.y + "L" + q.x + "," + q.y);
              });
            });
            home = layout ? layout.box : networkHome;
            fit();
            rowsStatus(layout ? layout.stagger : 1);
          }
          if (svg && data.twoRows && layoutSelect) {
            var rootAtStart = svg.getCTM();
            nodeElements.forEach(function (g, index) {
              if (!g || !rootAtStart || !g.getCTM()) return;
              var local = rootAtStart.inverse().multiply(g.getCTM()), bounds = g.getBBox();
              var cx = bounds.x + bounds.width / 2, cy = bounds.y + bounds.height / 2;
              original[index] = {
                x: local.a * cx + local.c * cy + local.e, y: local.b * cx + local.d * cy + local.f,
                w: bounds.width * Math.abs(local.a), h: bounds.height * Math.abs(local.d)
              };
            });
          }
          if ((svg || drawing) && data.twoRows && layoutSelect) {
            document.getElementById("layout-control").hidden = false;
            layoutSelect.addEventListener("change", function () { applyLayout(); saveStateSoon(); });
          }

          // ---- The view in the address: selection, year, colour, neighbourhood, search and zoom live in the
          // fragment (#node=NGA&year=2019&years=upto...), so a reload or a sent link shows the same view.
          var startBox = box ? Object.assign({}, box) : null, restoring = false, saveTimer = null, written = null;
          function round(value) { return Math.round(value * 100) / 100; }
          function stateText() {
            var state = new URLSearchParams();
            if (selection && selection.node !== undefined) state.set("node", nodes[selection.node].id);
            else if (selection && selection.edge !== undefined) state.set("edge", String(selection.edge));
            else if (selection) { state.set("pair", nodes[selection.pair[0]].id); state.set("and", nodes[selection.pair[1]].id); }
            if (slider && mode.value !== "all") { state.set("year", slider.value); state.set("years", mode.value); }
            if (colorBy && colorBy.value !== "0") state.set("colour", data.schemes[+colorBy.value].key);
            if (focusSelect && focusSelect.value !== "0") state.set("steps", focusSelect.value);
            if (search.value.trim()) state.set("search", search.value.trim());
            if (backboneBox && backboneBox.checked) state.set("backbone", "1");
            if (rowsOn) state.set("drawing", "rows");
            var reference = rowsOn ? home : startBox;
            if (box && reference && [box.x - reference.x, box.y - reference.y, box.w - reference.w].some(function (d) { return Math.abs(d) > 1e-6; }))
              state.set("zoom", [box.x, box.y, box.w, box.h].map(round).join(","));
            return state.toString();
          }
          function saveState() {
            if (restoring) return;
            var text = stateText();
            var current = location.hash.slice(1);
            // A plain section anchor (#actors) stays until there is a view to keep.
            if (text === "" && current.indexOf("=") < 0) return;
            if (text === current) return;
            written = text;
            var address = location.href.split("#")[0] + (text ? "#" + text : "");
            try { history.replaceState(history.state, "", address); } catch (error) { location.replace(address); }
          }
          function saveStateSoon() {
            if (restoring) return;
            clearTimeout(saveTimer);
            saveTimer = setTimeout(saveState, 120);
          }
          function restoreState() {
            var text = location.hash.slice(1);
            if (text.indexOf("=") < 0 || text === written) return;
            var state = new URLSearchParams(text), unknown = [];
            restoring = true;
            try {
              var scheme = data.schemes.findIndex(function (s) { return s.key === state.get("colour"); });
              if (colorBy) { colorBy.value = String(Math.max(scheme, 0)); paint(); }
              if (slider) {
                var year = parseInt(state.get("year"), 10), how = state.get("years");
                if (!isNaN(year) && (how === "upto" || how === "only")) { slider.value = String(year); mode.value = how; }
                else mode.value = "all";
                applyYear();
              }
              if (focusSelect) {
                var steps = state.get("steps") || "0";
                focusSelect.value = Array.prototype.some.call(focusSelect.options, function (o) { return o.value === steps; }) ? steps : "0";
              }
              search.value = state.get("search") || "";
              runSearch();
              if (backboneBox) { backboneBox.checked = state.get("backbone") === "1"; filterTable(backboneBox); }
              var node = state.get("node"), edge = state.get("edge"), a = state.get("pair"), b = state.get("and");
              if (node !== null) { if (node in indexOfID) selectNode(indexOfID[node], false); else unknown.push(node); }
              else if (edge !== null && /^[0-9]+$/.test(edge) && +edge < edges.length) selectEdge(+edge);
              else if (a !== null && b !== null) {
                if (a in indexOfID && b in indexOfID) selectPair(indexOfID[a], indexOfID[b]); else unknown.push(a + " and " + b);
              } else clearSelection();
              applyFocus();
              if (layoutSelect) { layoutSelect.value = state.get("drawing") === "rows" && data.twoRows ? "rows" : "network"; applyLayout(); }
              var zoomed = (state.get("zoom") || "").split(",").map(Number);
              if (box && zoomed.length === 4 && zoomed.every(isFinite) && zoomed[2] > 0 && zoomed[3] > 0) {
                box = { x: zoomed[0], y: zoomed[1], w: zoomed[2], h: zoomed[3] };
                boxChanged();
              } else if (box && startBox) { box = Object.assign({}, rowsOn ? home : startBox); boxChanged(); }
              if (unknown.length) searchStatus.textContent = "The link names " + unknown.join(", ") + ", which this report does not hold.";
            } finally {
              restoring = false;
            }
            written = text;
            drawLabels();
          }
          window.addEventListener("hashchange", restoreState);
          // Section links scroll without replacing the view kept in the address.
          document.querySelectorAll('a[href^="#"]').forEach(function (link) {
            link.addEventListener("click", function (event) {
              var target = document.getElementById(link.getAttribute("href").slice(1));
              if (!target) return;
              event.preventDefault();
              if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
              target.scrollIntoView({ block: "start" });
              target.focus({ preventScroll: true });
            });
          });
          var share = document.getElementById("share");
          if (share) share.addEventListener("click", function () {
            clearTimeout(saveTimer);
            saveState();
            function said(text) { searchStatus.textContent = text; }
            if (navigator.clipboard && navigator.clipboard.writeText)
              navigator.clipboard.writeText(location.href).then(function () { said("Link to this view copied."); }, function () { said("The address bar holds the link to this view."); });
            else said("The address bar holds the link to this view.");
          });
          restoreState();
          drawLabels();
          // The moment the page is usable, for timing (performance.getEntriesByName("report-ready")).
          if (window.performance && performance.mark) performance.mark("report-ready");
          document.documentElement.setAttribute("data-ready", "true");
        })();
        """#
}
