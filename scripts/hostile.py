#!/usr/bin/env python3
"""Builds hostile inputs in a temporary folder, runs partnet on each, and prints what came out.

Every case is made here (nothing is read from the repository's corpus) and says what a correct answer is:
a refusal (exit 1 with a message; positioned when it names FILE:LINE:COLUMN), or a result that a check reads
from the output. The outcome of each run is one of:

  positioned   exit 1, the message names the file, a line and a column
  unpositioned exit 1, a message without a position
  crash        killed by a signal, or an exit code other than 0 and 1
  hang         still running after the time limit (killed)
  silent       exit 0 where a refusal or a note was due, or a result the check finds wrong
  correct      exit 0 and the check passes (for a valid input, or a refusal-or-note case that noted)

An expected refusal that comes out as positioned or unpositioned counts as handled; `--strict` also counts an
unpositioned refusal as a failure where a position was possible. Exit status: 1 when any case crashed, hung or
was silent (or, for an input that must be read, was refused).

    PARTNET=.build/release/partnet scripts/hostile.py            # table by category
    PARTNET=.build/release/partnet scripts/hostile.py --cases    # one line per case
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

PARTNET = os.environ.get("PARTNET", ".build/debug/partnet")
TIME_LIMIT = float(os.environ.get("HOSTILE_TIME_LIMIT", "30"))

REFUSE = "refuse"  # must be refused
READ = "read"  # must be read; the check decides correct or silent
REFUSE_OR = "refuse-or"  # refused, or read with the check passing (honoured / a visible note)

cases = []


def case(category, name, files, args, expect, check=None, stdin=None, after=None):
    """files: {name: bytes}; args: partnet arguments ({d} is the folder); check(result) -> True when correct."""
    cases.append(dict(category=category, name=name, files=files, args=args, expect=expect, check=check, stdin=stdin, after=after))


def b(text):
    return text.encode("utf-8")


def nodelink_out(result):
    """The node-link JSON a `convert ... -o {d}/out.json --to node-link` wrote."""
    path = os.path.join(result["dir"], "out.json")
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def info(result):
    return json.loads(result["stdout"])


def betweenness_at_most_one(result):
    """Every betweenness value in a centrality JSON output is within [0, 1] (normalised)."""
    values = []

    def walk(value, key=""):
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        elif isinstance(value, (int, float)) and "betweenness" in key.lower():
            values.append(value)

    walk(json.loads(result["stdout"]))
    return bool(values) and all(0 <= v <= 1 + 1e-9 for v in values)


def noted(result):
    return "note:" in result["stderr"] or "warning:" in result["stderr"]


# ---------------------------------------------------------------- YAML network files

ACTORS = "actors:\n  - id: A\n  - id: B\n"
MEETING = "meetings:\n  - id: m1\n    hosts: [A]\n    attends: [B]\n"


def net(extra_actor="", name="t"):
    return b(f"name: {name}\nactors:\n  - id: A\n{extra_actor}  - id: B\n" + MEETING)


def to_nodelink(file):
    return ["convert", "{d}/" + file, "-o", "{d}/out.json", "--to", "node-link"]


def actor_field(result, node_id, field):
    for node in nodelink_out(result)["nodes"]:
        if node.get("id") == node_id:
            return node.get(field)
    return None


case("yaml tags", "!!binary name", {"t.yaml": b("name: !!binary aGVsbG8=\n" + ACTORS + MEETING)}, to_nodelink("t.yaml"), REFUSE_OR,
     check=lambda r: nodelink_out(r)["graph"].get("name") == "hello")
case("yaml tags", "custom tag on a name", {"t.yaml": net("    name: !secret x\n")}, to_nodelink("t.yaml"), REFUSE)
case("yaml tags", "!!int on an id", {"t.yaml": b("name: t\nactors:\n  - id: !!int 7\n  - id: B\n" + MEETING.replace("[A]", "[7]"))},
     to_nodelink("t.yaml"), REFUSE_OR, check=lambda r: actor_field(r, "7", "id") == "7")
case("yaml tags", "!!str on a count", {"t.yaml": b("name: t\n" + ACTORS + "meetings:\n  - id: m1\n    participants: !!str 12\n    hosts: [A]\n")},
     to_nodelink("t.yaml"), REFUSE_OR, check=lambda r: actor_field(r, "m1", "participants") in (12, "12"))
case("yaml tags", "tag on a mapping", {"t.yaml": b("name: t\nactors:\n  - !!map {id: A}\n  - id: B\n" + MEETING)}, to_nodelink("t.yaml"), REFUSE_OR,
     check=lambda r: actor_field(r, "A", "id") == "A")
case("yaml nulls", "null attribute", {"t.yaml": net("    attributes: {iso2: null}\n")}, to_nodelink("t.yaml"), REFUSE_OR,
     check=lambda r: "iso2" in json.dumps(nodelink_out(r)))
case("yaml nulls", "~ name", {"t.yaml": net("    name: ~\n")}, to_nodelink("t.yaml"), REFUSE)
case("yaml nulls", "empty region", {"t.yaml": net("    region:\n")}, to_nodelink("t.yaml"), REFUSE)
case("yaml nulls", "null in a host list", {"t.yaml": b("name: t\n" + ACTORS + "meetings:\n  - id: m1\n    hosts: [A, null]\n")},
     to_nodelink("t.yaml"), REFUSE)
case("control characters", "escaped NUL in a name", {"t.yaml": net('    name: "a\\0b"\n')}, to_nodelink("t.yaml"), REFUSE)
case("control characters", "\\x01 in an id", {"t.yaml": b('name: t\nactors:\n  - id: "A\\x01"\n  - id: B\n' + MEETING)}, to_nodelink("t.yaml"), REFUSE)
case("control characters", "ESC in a name printed", {"t.yaml": net('    name: "\\e[31mred"\n')},
     ["centrality", "{d}/t.yaml", "--measure", "degree"], REFUSE_OR, check=lambda r: "\x1b" not in r["stdout"] and "\x1b" not in r["stderr"])
case("control characters", "BEL in a name printed", {"t.yaml": net('    name: "ding\\a"\n')},
     ["centrality", "{d}/t.yaml", "--measure", "degree"], REFUSE_OR, check=lambda r: "\x07" not in r["stdout"] and "\x07" not in r["stderr"])
case("control characters", "C1 control in a TSV id", {"t.tsv": b("a\u0085b\tc\n")}, ["info", "{d}/t.tsv"], REFUSE)
case("control characters", "tab-free NUL in a CSV cell", {"t.csv": b("actor,meeting,relation\na\x00,m,hosts\n")}, ["info", "{d}/t.csv"], REFUSE)

# ---------------------------------------------------------------- Unicode normalisation

NFC = unicodedata.normalize("NFC", "Côte")
NFD = unicodedata.normalize("NFD", "Côte")


def one_node_named(result, expected_nodes):
    out = nodelink_out(result)
    ids = [n["id"] for n in out["nodes"]]
    ends = {e["source"] for e in out.get("edges", out.get("links", []))} | {e["target"] for e in out.get("edges", out.get("links", []))}
    return len(ids) == expected_nodes and ends <= set(ids)


case("unicode", "NFC id, NFD reference (YAML)", {"t.yaml": b(f"name: t\nactors:\n  - id: {NFC}\n  - id: B\nmeetings:\n  - id: m1\n    hosts: [{NFD}]\n    attends: [B]\n")},
     to_nodelink("t.yaml"), REFUSE_OR, check=lambda r: one_node_named(r, 3))
case("unicode", "NFC and NFD in a TSV are one node", {"t.tsv": b(f"{NFC}\tx\n{NFD}\ty\n")}, to_nodelink("t.tsv"), READ,
     check=lambda r: one_node_named(r, 3) and NFC in [n["id"] for n in nodelink_out(r)["nodes"]])
case("unicode", "NFC/NFD TSV round trip through GraphML", {"t.tsv": b(f"{NFC}\tx\n{NFD}\ty\n")},
     ["convert", "{d}/t.tsv", "-o", "{d}/t.graphml"], READ, after=["info", "{d}/t.graphml", "-f", "json"],
     check=lambda r: info(r)["network"]["nodes"] == 3)
case("unicode", "NFD id written as read", {"t.tsv": b(f"{NFD}\tx\n")}, to_nodelink("t.tsv"), READ,
     check=lambda r: NFD in [n["id"] for n in nodelink_out(r)["nodes"]])

# ---------------------------------------------------------------- node-link JSON


def nl(nodes, edges_key="edges", edges=None, graph=None, extra=""):
    edges = edges if edges is not None else [{"source": "a", "target": "b"}]
    doc = {"directed": False, "multigraph": False, "graph": graph or {}, "nodes": nodes, edges_key: edges}
    return b(json.dumps(doc)[:-1] + extra + "}")


AB = [{"id": "a"}, {"id": "b"}]
case("node-link", "list attribute", {"t.node-link.json": nl([{"id": "a", "tags": [1, 2]}, {"id": "b"}])}, to_nodelink("t.node-link.json"), REFUSE_OR,
     check=lambda r: actor_field(r, "a", "tags") in ([1, 2], "[1,2]", "[1, 2]"))
case("node-link", "object attribute", {"t.node-link.json": nl([{"id": "a", "pos": {"x": 1}}, {"id": "b"}])}, to_nodelink("t.node-link.json"), REFUSE_OR,
     check=lambda r: actor_field(r, "a", "pos") is not None)
case("node-link", "links beside edges", {"t.node-link.json": nl(AB, extra=', "links": [{"source": "b", "target": "a"}]')}, to_nodelink("t.node-link.json"), REFUSE)
case("node-link", "graph attributes", {"t.node-link.json": nl(AB, graph={"name": "g", "year": 2020})}, to_nodelink("t.node-link.json"), REFUSE_OR,
     check=lambda r: nodelink_out(r)["graph"].get("year") in (2020, "2020") or "year: 2020" in nodelink_out(r)["graph"].get("notes", []))
case("node-link", "ids 1 and 1.0", {"t.node-link.json": nl([{"id": 1}, {"id": 1.0}], edges=[{"source": 1, "target": 1.0}])}, ["info", "{d}/t.node-link.json"], REFUSE)
case("node-link", "id 1 and \"1\"", {"t.node-link.json": nl([{"id": 1}, {"id": "1"}], edges=[])}, ["info", "{d}/t.node-link.json"], REFUSE)
case("node-link", "weight -0", {"t.node-link.json": nl(AB, edges=[{"source": "a", "target": "b", "weight": -0.0}])}, ["info", "{d}/t.node-link.json"], REFUSE)
case("node-link", "null attribute", {"t.node-link.json": nl([{"id": "a", "x": None}, {"id": "b"}])}, to_nodelink("t.node-link.json"), REFUSE_OR,
     check=lambda r: "x" in actor_field(r, "a", "id") or actor_field(r, "a", "x") is None and "x" in json.dumps(nodelink_out(r)["nodes"][0]))
case("node-link", "null id", {"t.node-link.json": nl([{"id": None}, {"id": "b"}], edges=[])}, ["info", "{d}/t.node-link.json"], REFUSE)

# ---------------------------------------------------------------- valid JSON that must be read

case("valid JSON", "surrogate pair escape", {"t.json": b('{"name": "t \\ud83d\\ude00", "actors": [{"id": "A"}, {"id": "B"}], "meetings": [{"id": "m", "hosts": ["A"], "attends": ["B"]}]}')},
     to_nodelink("t.json"), READ, check=lambda r: nodelink_out(r)["graph"].get("name") == "t \U0001F600")
case("valid JSON", "line break before ':'", {"t.json": b('{"name"\n: "t", "actors"\n:\n[{"id"\n: "A"}], "meetings": []}')},
     ["info", "{d}/t.json", "-f", "json"], READ, check=lambda r: info(r)["network"]["nodes"] == 1)
case("valid JSON", "key of 2,000 characters", {"t.node-link.json": nl([{"id": "a", "k" * 2000: "v"}, {"id": "b"}])}, to_nodelink("t.node-link.json"), READ,
     check=lambda r: actor_field(r, "a", "k" * 2000) == "v")
case("valid JSON", "lone surrogate escape", {"t.json": b('{"name": "\\ud83d", "actors": [], "meetings": []}')}, ["info", "{d}/t.json"], REFUSE)

# ---------------------------------------------------------------- CSV event tables

CSV_HEAD = "actor,meeting,relation,actor_name,actor_region\n"
case("csv", "differing repeated actor_name", {"t.csv": b(CSV_HEAD + "a,m,hosts,Alpha,\na,n,hosts,Beta,\n")}, ["info", "{d}/t.csv"], REFUSE)
case("csv", "differing repeated actor_region", {"t.csv": b(CSV_HEAD + "a,m,hosts,,Africa\na,n,hosts,,Europe\n")}, ["info", "{d}/t.csv"], REFUSE)
case("csv", "100,000 unknown columns", {"t.csv": b("actor,meeting,relation," + ",".join(f"x{i}" for i in range(100000)) + "\na,m,hosts\n")},
     ["info", "{d}/t.csv"], REFUSE, check=lambda r: len(r["stderr"]) < 10000 and "more" in r["stderr"])

# ---------------------------------------------------------------- TSV edge lists

case("tsv weights", "hex weight 0x10", {"t.tsv": b("a\tb\t0x10\n")}, ["info", "{d}/t.tsv"], REFUSE)
case("tsv weights", "hex float 0x1p-3", {"t.tsv": b("a\tb\t0x1p-3\n")}, ["info", "{d}/t.tsv"], REFUSE)
case("tsv weights", "weight 0", {"t.tsv": b("a\tb\t0\nb\tc\t1\n")}, ["centrality", "{d}/t.tsv", "--weighted", "--measure", "all"], REFUSE)
case("tsv weights", "weight -0", {"t.tsv": b("a\tb\t-0\nb\tc\t1\n")}, ["centrality", "{d}/t.tsv", "--weighted", "--measure", "closeness"], REFUSE)
case("tsv weights", "weight 1e-400", {"t.tsv": b("a\tb\t1e-400\nb\tc\t1\n")}, ["convert", "{d}/t.tsv", "-o", "{d}/o.graphml", "--with-metrics", "closeness"], REFUSE)
case("tsv weights", "weight 5e-324", {"t.tsv": b("a\tb\t5e-324\nb\tc\t1\n")}, ["info", "{d}/t.tsv"], REFUSE)
case("tsv weights", "weight nan", {"t.tsv": b("a\tb\tnan\n")}, ["info", "{d}/t.tsv"], REFUSE)
case("tsv weights", "weight inf", {"t.tsv": b("a\tb\tinf\n")}, ["info", "{d}/t.tsv"], REFUSE)
case("tsv weights", "weight 1e16 beside 1", {"t.tsv": b("a\tb\t1e16\nb\tc\t1\n")}, ["centrality", "{d}/t.tsv", "--weighted", "--measure", "betweenness", "-f", "json"],
     READ, check=lambda r: betweenness_at_most_one(r))

# ---------------------------------------------------------------- Pajek

case("pajek", "labels A, A and A#3", {"t.net": b('*Vertices 3\n1 "A"\n2 "A"\n3 "A#3"\n*Edges\n1 2\n2 3\n')}, ["info", "{d}/t.net", "-f", "json"], REFUSE_OR,
     check=lambda r: info(r)["network"]["nodes"] == 3)
case("pajek", "*Vertices 19999999 bomb", {"t.net": b("*Vertices 19999999\n*Edges\n1 2\n")}, ["info", "{d}/t.net"], REFUSE)
case("pajek", "*Vertices over --max-nodes", {"t.net": b("*Vertices 50\n*Edges\n1 2\n")}, ["info", "{d}/t.net", "--max-nodes", "10"], REFUSE)

# ---------------------------------------------------------------- GraphML

GML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'


def graphml(body, keys='<key id="d0" for="node" attr.name="label" attr.type="string"/>\n<key id="d1" for="node" attr.name="region" attr.type="string"/>\n'):
    return b(GML_HEAD + keys + body + "</graphml>\n")


case("graphml", "graph attributes", {"t.graphml": graphml('<graph edgedefault="undirected"><data key="g0">2020</data><node id="a"/></graph>\n', keys='<key id="g0" for="graph" attr.name="year" attr.type="int"/>\n')},
     to_nodelink("t.graphml"), REFUSE_OR,
     check=lambda r: nodelink_out(r)["graph"].get("year") in (2020, "2020") or "year: 2020" in nodelink_out(r)["graph"].get("notes", []))
case("graphml", "duplicate key id", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"><data key="d0">L</data></node></graph>\n',
     keys='<key id="d0" for="node" attr.name="label" attr.type="string"/>\n<key id="d0" for="node" attr.name="region" attr.type="string"/>\n')},
     ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "repeated data", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"><data key="d0">one</data><data key="d0">two</data></node></graph>\n')},
     ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "nested graph", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"><graph id="inner" edgedefault="undirected"><node id="a::x"/></graph></node><node id="b"/><edge source="a" target="b"/></graph>\n')},
     to_nodelink("t.graphml"), REFUSE_OR, check=noted)
case("graphml", "two graphs", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"/></graph>\n<graph edgedefault="undirected"><node id="b"/></graph>\n')},
     ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "DTD ATTLIST default", {"t.graphml": b('<?xml version="1.0"?>\n<!DOCTYPE graphml [<!ATTLIST node id CDATA "injected">]>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected"><node/></graph></graphml>\n')},
     ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "hyperedge", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"/><node id="b"/><hyperedge><endpoint node="a"/><endpoint node="b"/></hyperedge></graph>\n')},
     ["info", "{d}/t.graphml"], REFUSE_OR, check=noted)
case("graphml", "port", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"><port name="p"/></node><node id="b"/><edge source="a" target="b" sourceport="p"/></graph>\n')},
     ["info", "{d}/t.graphml"], REFUSE_OR, check=noted)
case("graphml", "edge to an unknown node", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"/><edge source="a" target="zz"/></graph>\n')},
     ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "parse.nodes over --max-nodes", {"t.graphml": graphml('<graph edgedefault="undirected" parse.nodes="999999999" parse.edges="0"><node id="a"/></graph>\n')},
     ["info", "{d}/t.graphml", "--max-nodes", "1000"], REFUSE)
case("graphml", "billion laughs", {"t.graphml": b('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n<graphml><graph><node id="&lol2;"/></graph></graphml>\n')},
     ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "external entity", {"t.graphml": b('<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<graphml><graph><node id="&x;"/></graph></graphml>\n')},
     ["info", "{d}/t.graphml"], REFUSE)

# ---------------------------------------------------------------- GEXF


def gexf(graph_attrs, body):
    return b('<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n'
             f'<graph defaultedgetype="undirected" {graph_attrs}>\n{body}</graph>\n</gexf>\n')


NODES_AB = '<nodes><node id="a" label="a"/><node id="b" label="b"/></nodes>\n'
case("gexf", "interval end before start", {"t.gexf": gexf('mode="dynamic"', NODES_AB + '<edges><edge source="a" target="b" start="2000" end="1990"/></edges>\n')},
     ["info", "{d}/t.gexf"], REFUSE)
case("gexf", "interval \"abc\"", {"t.gexf": gexf('mode="dynamic"', '<nodes><node id="a" start="abc"/><node id="b"/></nodes>\n')}, ["info", "{d}/t.gexf"], REFUSE)
case("gexf", "spell 2020-13-45..1999", {"t.gexf": gexf('mode="dynamic" timeformat="date"', '<nodes><node id="a"><spells><spell start="2020-13-45" end="1999"/></spells></node><node id="b"/></nodes>\n')},
     ["info", "{d}/t.gexf"], REFUSE)
case("gexf", "two spells", {"t.gexf": gexf('mode="dynamic" timeformat="date"', '<nodes><node id="a"><spells><spell start="2001" end="2002"/><spell start="2005" end="2006"/></spells></node><node id="b"/></nodes>\n')},
     to_nodelink("t.gexf"), REFUSE_OR, check=lambda r: "2005" in str(actor_field(r, "a", "spells")))
case("gexf", "dateTime Tgarbage", {"t.gexf": gexf('mode="dynamic" timeformat="dateTime"', '<nodes><node id="a" start="2020-01-01Tgarbage"/><node id="b"/></nodes>\n')},
     ["info", "{d}/t.gexf"], REFUSE)
case("gexf", "hierarchy nodes", {"t.gexf": gexf("", '<nodes><node id="a"><nodes><node id="a1"/></nodes></node><node id="b"/></nodes>\n')},
     to_nodelink("t.gexf"), REFUSE_OR, check=noted)
case("gexf", "pid hierarchy", {"t.gexf": gexf("", '<nodes><node id="a"/><node id="b" pid="a"/></nodes>\n')}, to_nodelink("t.gexf"), REFUSE_OR,
     check=lambda r: actor_field(r, "b", "pid") == "a")
case("gexf", "nodes count over --max-nodes", {"t.gexf": gexf("", '<nodes count="999999999"><node id="a"/></nodes>\n')}, ["info", "{d}/t.gexf", "--max-nodes", "1000"], REFUSE)
case("gexf", "negative weight", {"t.gexf": gexf("", NODES_AB + '<edges><edge source="a" target="b" weight="-1"/></edges>\n')}, ["info", "{d}/t.gexf"], REFUSE)

# ---------------------------------------------------------------- YAML structure, bombs, encodings

case("yaml structure", "alias bomb", {"t.yaml": b("a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(8)))},
     ["info", "{d}/t.yaml"], REFUSE)
case("yaml structure", "nesting 10,000 deep", {"t.yaml": b("name: " + "[" * 10000 + "]" * 10000 + "\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml structure", "duplicate key", {"t.yaml": b("name: a\nname: b\n" + ACTORS + MEETING)}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml structure", "two documents", {"t.yaml": b("name: a\n" + ACTORS + MEETING + "---\nname: b\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml structure", "merge key", {"t.yaml": b("name: t\nactors:\n  - &x {id: A, region: Africa}\n  - <<: *x\n    id: B\n" + MEETING)}, to_nodelink("t.yaml"), REFUSE_OR,
     check=lambda r: actor_field(r, "B", "region") == "Africa")
case("encoding", "invalid UTF-8", {"t.tsv": b"a\xff\tb\n"}, ["info", "{d}/t.tsv"], REFUSE)
case("encoding", "UTF-16 YAML", {"t.yaml": "name: t\nactors: []\nmeetings: []\n".encode("utf-16")}, ["info", "{d}/t.yaml"], REFUSE_OR,
     check=lambda r: True)
case("encoding", "BOM and CRLF TSV", {"t.tsv": b"\xef\xbb\xbfa\tb\r\nb\tc\r\n"}, ["info", "{d}/t.tsv", "-f", "json"], READ,
     check=lambda r: info(r)["network"]["nodes"] == 3)
case("encoding", "truncated mid-character", {"t.tsv": b("a\tb\nc\td") + "é".encode()[:1]}, ["info", "{d}/t.tsv"], REFUSE)
case("encoding", "empty file", {"t.yaml": b""}, ["info", "{d}/t.yaml"], REFUSE)

# ---------------------------------------------------------------- self-loops: one rule in every command

for command in (["info"], ["stats", "--by", "actor"], ["centrality", "--measure", "degree"], ["convert", "-o", "{d}/o.graphml"]):
    case("self-loops", f"a-a in a TSV: {command[0]}", {"t.tsv": b("a\ta\na\tb\n")}, [command[0], "{d}/t.tsv"] + command[1:], REFUSE)

# ---------------------------------------------------------------- extract


def draft_sources(result):
    with open(os.path.join(result["dir"], "d.yaml"), encoding="utf-8") as f:
        return f.read()


SENTENCE = "Abuja, 5-6 November 2019, hosted by Nigeria and co-chaired by France and Belgium."
case("extract", "HTML nested 300 deep", {"p.html": b("<html><body>" + "<div>" * 300 + f"<p>{SENTENCE}</p>" + "</div>" * 300 + "</body></html>\n")},
     ["extract", "{d}/p.html", "-o", "{d}/d.yaml"], READ, check=lambda r: "Nigeria" in draft_sources(r))
case("extract", "HTML nested 5,000 deep", {"p.html": b("<html><body>" + "<div>" * 5000 + f"<p>{SENTENCE}</p>" + "</div>" * 5000 + "</body></html>\n")},
     ["extract", "{d}/p.html", "-o", "{d}/d.yaml"], READ, check=lambda r: "Nigeria" in draft_sources(r))
case("extract", "CRLF Markdown front matter", {"p.md": b(f"---\r\nurl: https://example.org/abuja\r\n---\r\n\r\n{SENTENCE}\r\n")},
     ["extract", "{d}/p.md", "-o", "{d}/d.yaml"], READ, check=lambda r: "https://example.org/abuja" in draft_sources(r))
case("extract", "CRLF JSON lines", {"p.jsonl": b(json.dumps({"url": "https://example.org/1", "text": SENTENCE}) + "\r\n" + json.dumps({"url": "https://example.org/2", "text": "Nothing here."}) + "\r\n")},
     ["extract", "{d}/p.jsonl", "-o", "{d}/d.yaml"], READ, check=lambda r: "https://example.org/1" in draft_sources(r))
case("extract", "JSON line with a surrogate pair", {"p.jsonl": b('{"url": "https://example.org/1", "text": "\\ud83d\\ude00 ' + SENTENCE + '"}\n')},
     ["extract", "{d}/p.jsonl", "-o", "{d}/d.yaml"], READ, check=lambda r: "Nigeria" in draft_sources(r))
case("extract", "organisations file as output", {"p.txt": b(SENTENCE + "\n"), "o.tsv": b("XYZ\torganisation\tXyz Centre\tXYZC\n")},
     ["extract", "{d}/p.txt", "--organisations", "{d}/o.tsv", "-o", "{d}/o.tsv"], REFUSE,
     check=None)

# ---------------------------------------------------------------- outputs that are inputs

case("outputs", "-o /dev/stdin replaces the input", {"x.yaml": b("name: t\n" + ACTORS + MEETING)}, ["convert", "-", "--input", "network", "-o", "/dev/stdin", "--to", "yaml"], REFUSE,
     stdin="x.yaml")
case("outputs", "-o /dev/fd/0", {"x.yaml": b("name: t\n" + ACTORS + MEETING)}, ["convert", "-", "--input", "network", "-o", "/dev/fd/0", "--to", "yaml"], REFUSE,
     stdin="x.yaml")
case("outputs", "-o the input file", {"x.tsv": b("a\tb\n")}, ["convert", "{d}/x.tsv", "-o", "{d}/x.tsv", "--to", "graphml"], REFUSE)
case("outputs", "-o a link to the input", {"x.tsv": b("a\tb\n")}, ["convert", "{d}/x.tsv", "-o", "{d}/link.graphml", "--to", "graphml"], REFUSE,
     after="symlink")

# ---------------------------------------------------------------- running


def run(c, folder):
    for name, data in c["files"].items():
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)
    if c["after"] == "symlink":
        os.symlink(os.path.join(folder, "x.tsv"), os.path.join(folder, "link.graphml"))
    before = {name: data for name, data in c["files"].items()}
    args = [a.replace("{d}", folder) for a in c["args"]]
    stdin = open(os.path.join(folder, c["stdin"]), "rb") if c["stdin"] else subprocess.DEVNULL
    try:
        p = subprocess.run([PARTNET] + args, stdin=stdin, capture_output=True, timeout=TIME_LIMIT)
        rc, out, err = p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return "hang", ""
    finally:
        if c["stdin"]:
            stdin.close()
    result = dict(dir=folder, rc=rc, stdout=out.decode("utf-8", "replace"), stderr=err.decode("utf-8", "replace"))
    if rc < 0 or rc not in (0, 1):
        return "crash", result["stderr"][-200:]
    changed = [name for name, data in before.items() if open(os.path.join(folder, name), "rb").read() != data]
    if changed and c["expect"] == REFUSE:
        return "silent", "changed " + ",".join(changed)
    if rc == 1:
        positioned = re.search(r"[\w./-]+:\d+:\d+", result["stderr"]) is not None
        outcome = "positioned" if positioned else "unpositioned"
        if c["expect"] == READ:
            return "refused", result["stderr"].strip()[:200]
        if c["check"] and c["expect"] == REFUSE:
            return (outcome if c["check"](result) else "silent"), result["stderr"].strip()[:200]
        return outcome, result["stderr"].strip().splitlines()[0][:200] if result["stderr"].strip() else ""
    # exit 0
    if c["expect"] == REFUSE:
        return "silent", "exit 0"
    if isinstance(c["after"], list):
        args = [a.replace("{d}", folder) for a in c["after"]]
        p = subprocess.run([PARTNET] + args, capture_output=True, timeout=TIME_LIMIT)
        result = dict(dir=folder, rc=p.returncode, stdout=p.stdout.decode("utf-8", "replace"), stderr=p.stderr.decode("utf-8", "replace"))
        if p.returncode != 0:
            return "silent", "read back: " + result["stderr"].strip()[:200]
    try:
        ok = c["check"](result) if c["check"] else True
    except Exception as error:  # a missing field, a file not written: the check fails
        ok = False
        result["stderr"] += f" (check: {error!r})"
    return ("correct" if ok else "silent"), result["stderr"].strip()[:200]


OUTCOMES = ["positioned", "unpositioned", "crash", "hang", "silent", "correct"]


def main():
    show_cases = "--cases" in sys.argv
    table = {}
    failures = []
    root = tempfile.mkdtemp(prefix="partnet-hostile-")
    try:
        for index, c in enumerate(cases):
            folder = os.path.join(root, str(index))
            os.mkdir(folder)
            outcome, detail = run(c, folder)
            if outcome == "refused":  # a valid input refused: an error where a result was due
                failures.append((c, outcome, detail))
                outcome = "positioned" if re.search(r":\d+:\d+", detail) else "unpositioned"
                c["refused_valid"] = True
            row = table.setdefault(c["category"], {o: 0 for o in OUTCOMES})
            row[outcome] += 1
            if outcome in ("crash", "hang", "silent"):
                failures.append((c, outcome, detail))
            if show_cases:
                print(f"{outcome:12} {c['category']:18} {c['name']:40} {detail.splitlines()[0] if detail else ''}"[:220])
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print()
    print("| category | cases | " + " | ".join(OUTCOMES) + " |")
    print("|---|---:|" + "---:|" * len(OUTCOMES))
    totals = {o: 0 for o in OUTCOMES}
    for category, row in table.items():
        print(f"| {category} | {sum(row.values())} | " + " | ".join(str(row[o]) for o in OUTCOMES) + " |")
        for o in OUTCOMES:
            totals[o] += row[o]
    print(f"| **all** | {sum(totals.values())} | " + " | ".join(str(totals[o]) for o in OUTCOMES) + " |")
    if failures:
        print("\nnot handled:")
        for c, outcome, detail in failures:
            print(f"  {outcome}: {c['category']} / {c['name']}: {detail.splitlines()[0] if detail else ''}"[:240])
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
