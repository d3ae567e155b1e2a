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
    scripts/hostile.py --cases --only pajek                      # the cases whose category or name holds a word
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

# ---------------------------------------------------------------- wider set: every reader, option and file kind
#
# Each case below states what a correct answer is, as above. ANY means a refusal or a result are both right (an
# odd value that a command may take or refuse): only a crash, a hang or a changed input fails it.

ANY = lambda r: True  # noqa: E731


def setup_case(category, name, setup, args, expect, check=None, files=None):
    """A case whose input is made by `setup(folder)` (directories, links, FIFOs, modes) before the run."""
    case(category, name, files or {}, args, expect, check=check, after=setup)


NET = b("name: t\n" + "actors:\n  - {id: A, kind: country}\n  - {id: B, kind: country}\n  - {id: C, kind: organisation}\n"
        "meetings:\n  - {id: m1, start: 2019-03-01, hosts: [A], attends: [B, C]}\n  - {id: m2, start: 2020-05-02, hosts: [B], coChairs: [A, C]}\n")
TSV3 = b("a\tb\t2\nb\tc\t1\nc\ta\t3\n")


def nodes_are(count):
    return lambda r: info(r)["network"]["nodes"] == count


# TSV edge lists
case("tsv", "empty file", {"t.tsv": b""}, ["info", "{d}/t.tsv"], REFUSE)
case("tsv", "only blank lines", {"t.tsv": b("\n\n  \n")}, ["info", "{d}/t.tsv"], REFUSE)
case("tsv", "one column", {"t.tsv": b("a\nb\n")}, ["info", "{d}/t.tsv"], REFUSE)
case("tsv", "five columns", {"t.tsv": b("a\tb\t1\tx\ty\n")}, ["info", "{d}/t.tsv"], REFUSE)
case("tsv", "empty id", {"t.tsv": b("\tb\n")}, ["info", "{d}/t.tsv"], REFUSE)
case("tsv", "weight with a comma", {"t.tsv": b("a\tb\t1,5\n")}, ["info", "{d}/t.tsv"], REFUSE)
case("tsv", "weight 1e309 (overflows)", {"t.tsv": b("a\tb\t1e309\n")}, ["info", "{d}/t.tsv"], REFUSE)
case("tsv", "weight -1", {"t.tsv": b("a\tb\t-1\n")}, ["info", "{d}/t.tsv"], REFUSE)
case("tsv", "weight 1_000", {"t.tsv": b("a\tb\t1_000\n")}, ["info", "{d}/t.tsv"], REFUSE)
case("tsv", "weight 'infinity'", {"t.tsv": b("a\tb\tinfinity\n")}, ["info", "{d}/t.tsv"], REFUSE)
case("tsv", "weight ' NaN'", {"t.tsv": b("a\tb\t NaN\n")}, ["info", "{d}/t.tsv"], REFUSE)
case("tsv", "weight 1e-310 (subnormal)", {"t.tsv": b("a\tb\t1e-310\nb\tc\t1\n")}, ["info", "{d}/t.tsv"], REFUSE)
case("tsv", "weights 1e300 and 1e-300", {"t.tsv": b("a\tb\t1e300\nb\tc\t1e-300\nc\td\t1\n")},
     ["centrality", "{d}/t.tsv", "--weighted", "--measure", "all", "-f", "json"], REFUSE_OR, check=betweenness_at_most_one)
case("tsv", "id of 1 MB", {"t.tsv": b("x" * (1 << 20) + "\tb\n")}, ["info", "{d}/t.tsv", "-f", "json"], REFUSE_OR, check=nodes_are(2))
case("tsv", "line of 20 MB", {"t.tsv": b("a\t" + "y" * (20 << 20) + "\n")}, ["info", "{d}/t.tsv", "-f", "json"], REFUSE_OR, check=nodes_are(2))
case("tsv", "NUL byte", {"t.tsv": b"a\x00\tb\n"}, ["info", "{d}/t.tsv"], REFUSE)
case("tsv", "binary junk", {"t.tsv": bytes((i * 73 + 41) % 256 for i in range(4096))}, ["info", "{d}/t.tsv"], REFUSE)
case("tsv", "UTF-16 with BOM", {"t.tsv": "a\tb\nb\tc\n".encode("utf-16")}, ["info", "{d}/t.tsv", "-f", "json"], REFUSE_OR, check=nodes_are(3))
case("tsv", "UTF-16BE without BOM", {"t.tsv": "a\tb\n".encode("utf-16-be")}, ["info", "{d}/t.tsv"], REFUSE)
case("tsv", "BOM only", {"t.tsv": b"\xef\xbb\xbf"}, ["info", "{d}/t.tsv"], REFUSE)
case("tsv", "overlong UTF-8", {"t.tsv": b"a\xc0\xaf\tb\n"}, ["info", "{d}/t.tsv"], REFUSE)
case("tsv", "UTF-8 surrogate", {"t.tsv": b"a\xed\xa0\x80\tb\n"}, ["info", "{d}/t.tsv"], REFUSE)
case("tsv", "CR-only line ends", {"t.tsv": b("a\tb\rb\tc\rc\td\r")}, ["info", "{d}/t.tsv", "-f", "json"], REFUSE_OR, check=nodes_are(4))
case("tsv", "no final line end", {"t.tsv": b("a\tb\nb\tc")}, ["info", "{d}/t.tsv", "-f", "json"], READ, check=nodes_are(3))
case("tsv", "duplicate edge, other weight", {"t.tsv": b("a\tb\t1\na\tb\t5\n")}, ["info", "{d}/t.tsv", "-f", "json"], REFUSE_OR, check=ANY)
case("tsv", "200,000 tabs on a line", {"t.tsv": b("a" + "\t" * 200000 + "b\n")}, ["info", "{d}/t.tsv"], REFUSE)
case("tsv", "bidi override in an id", {"t.tsv": b("a\u202eb\tc\n")}, ["centrality", "{d}/t.tsv", "--measure", "degree"], REFUSE_OR,
     check=lambda r: "\u202e" not in r["stdout"] or True)
case("tsv", "zero-width joiner id vs plain", {"t.tsv": b("ab\tc\na\u200db\td\n")}, ["info", "{d}/t.tsv", "-f", "json"], REFUSE_OR, check=ANY)
case("affiliation", "unknown role", {"t.tsv": b("A\tm1\tboss\n")}, ["info", "{d}/t.tsv", "--input", "affiliation"], REFUSE)
case("affiliation", "empty meeting", {"t.tsv": b("A\t\thost\n")}, ["info", "{d}/t.tsv", "--input", "affiliation"], REFUSE)
case("affiliation", "two columns", {"t.tsv": b("A\tm1\nB\tm1\n")}, ["stats", "{d}/t.tsv", "--input", "affiliation"], REFUSE_OR, check=ANY)
case("affiliation", "actor also a meeting", {"t.tsv": b("A\tm1\thost\nm1\tm2\tattend\n")}, ["info", "{d}/t.tsv", "--input", "affiliation"], REFUSE)
case("affiliation", "empty file", {"t.tsv": b("")}, ["info", "{d}/t.tsv", "--input", "affiliation"], REFUSE)
case("affiliation", "control character in role", {"t.tsv": b("A\tm1\thos\x1bt\n")}, ["info", "{d}/t.tsv", "--input", "affiliation"], REFUSE)

# CSV event tables
CSVH = "actor,meeting,relation\n"
case("csv", "header only", {"t.csv": b(CSVH)}, ["info", "{d}/t.csv"], REFUSE_OR, check=ANY)
case("csv", "missing relation column", {"t.csv": b("actor,meeting\na,m\n")}, ["info", "{d}/t.csv"], REFUSE)
case("csv", "unclosed quote", {"t.csv": b(CSVH + '"a,m,hosts\nb,m,attends\n')}, ["info", "{d}/t.csv"], REFUSE)
case("csv", "quote inside a bare field", {"t.csv": b(CSVH + 'a"b,m,hosts\n')}, ["info", "{d}/t.csv"], REFUSE_OR, check=ANY)
case("csv", "newline in a quoted field", {"t.csv": b(CSVH + '"a\nb",m,hosts\n')}, ["info", "{d}/t.csv"], REFUSE_OR, check=ANY)
case("csv", "custom relation kept", {"t.csv": b(CSVH + "a,m,eats\n")}, ["info", "{d}/t.csv"], READ, check=lambda r: "eats: 1" in r["stdout"])
case("csv", "row with too many fields", {"t.csv": b(CSVH + "a,m,hosts,extra\n")}, ["info", "{d}/t.csv"], REFUSE)
case("csv", "row with too few fields", {"t.csv": b(CSVH + "a,m\n")}, ["info", "{d}/t.csv"], REFUSE)
case("csv", "duplicate column", {"t.csv": b("actor,meeting,relation,actor\na,m,hosts,b\n")}, ["info", "{d}/t.csv"], REFUSE)
case("csv", "start 2020-02-30", {"t.csv": b("actor,meeting,relation,start\na,m,hosts,2020-02-30\n")}, ["info", "{d}/t.csv"], REFUSE)
case("csv", "end before start", {"t.csv": b("actor,meeting,relation,start,end\na,m,hosts,2020-05-02,2019-01-01\n")}, ["info", "{d}/t.csv"], REFUSE)
case("csv", "participants -5", {"t.csv": b("actor,meeting,relation,participants\na,m,hosts,-5\n")}, ["info", "{d}/t.csv"], REFUSE)
case("csv", "participants 1e400", {"t.csv": b("actor,meeting,relation,participants\na,m,hosts,1e400\n")}, ["info", "{d}/t.csv"], REFUSE)
case("csv", "participants 99999999999999999999999", {"t.csv": b("actor,meeting,relation,participants\na,m,hosts,99999999999999999999999\n")},
     ["info", "{d}/t.csv"], REFUSE)
case("csv", "virtual maybe", {"t.csv": b("actor,meeting,relation,virtual\na,m,hosts,maybe\n")}, ["info", "{d}/t.csv"], REFUSE)
case("csv", "year 99999", {"t.csv": b("actor,meeting,relation,start\na,m,hosts,99999\n")}, ["info", "{d}/t.csv"], REFUSE_OR, check=ANY)
case("csv", "meeting's start differs by row", {"t.csv": b("actor,meeting,relation,start\na,m,hosts,2020\nb,m,attends,2021\n")}, ["info", "{d}/t.csv"], REFUSE)
case("csv", "BOM, CRLF and quotes", {"t.csv": b"\xef\xbb\xbfactor,meeting,relation\r\n\"a\",\"m\",\"hosts\"\r\nb,m,attends\r\n"},
     ["info", "{d}/t.csv", "-f", "json"], READ, check=nodes_are(3))
case("csv", "semicolon separated", {"t.csv": b("actor;meeting;relation\na;m;hosts\n")}, ["info", "{d}/t.csv"], REFUSE)
case("csv", "NUL in header", {"t.csv": b("actor,mee\x00ting,relation\na,m,hosts\n")}, ["info", "{d}/t.csv"], REFUSE)

# YAML network files
case("yaml", "empty document", {"t.yaml": b("---\n...\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "only a comment", {"t.yaml": b("# nothing\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "scalar document", {"t.yaml": b("hello\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "list document", {"t.yaml": b("- a\n- b\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "actors is a mapping", {"t.yaml": b("name: t\nactors: {A: 1}\nmeetings: []\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "unknown top-level key", {"t.yaml": NET + b("colour: red\n")}, to_nodelink("t.yaml"), REFUSE_OR,
     check=lambda r: "colour" in json.dumps(nodelink_out(r)) or noted(r))
case("yaml", "unknown actor field", {"t.yaml": net("    shoe: 42\n")}, to_nodelink("t.yaml"), REFUSE_OR,
     check=lambda r: "shoe" in json.dumps(nodelink_out(r)) or noted(r))
case("yaml", "host not an actor", {"t.yaml": b("name: t\n" + ACTORS + "meetings:\n  - id: m1\n    hosts: [Z]\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "duplicate actor id", {"t.yaml": b("name: t\nactors:\n  - id: A\n  - id: A\n" + MEETING)}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "actor id equals meeting id", {"t.yaml": b("name: t\nactors:\n  - id: A\n  - id: m1\nmeetings:\n  - id: m1\n    hosts: [A]\n")},
     ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "date 2020-02-30", {"t.yaml": b("name: t\n" + ACTORS + "meetings:\n  - id: m1\n    start: 2020-02-30\n    hosts: [A]\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "date 2020-13", {"t.yaml": b("name: t\n" + ACTORS + "meetings:\n  - id: m1\n    start: 2020-13\n    hosts: [A]\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "end before start", {"t.yaml": b("name: t\n" + ACTORS + "meetings:\n  - id: m1\n    start: 2020-05-02\n    end: 2019-01-01\n    hosts: [A]\n")},
     ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "participants -3", {"t.yaml": b("name: t\n" + ACTORS + "meetings:\n  - id: m1\n    participants: -3\n    hosts: [A]\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "participants .nan", {"t.yaml": b("name: t\n" + ACTORS + "meetings:\n  - id: m1\n    participants: .nan\n    hosts: [A]\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "participants 1e999", {"t.yaml": b("name: t\n" + ACTORS + "meetings:\n  - id: m1\n    participants: 1e999\n    hosts: [A]\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "tie weight 0", {"t.yaml": b("name: t\n" + ACTORS + "meetings: []\nties:\n  - {from: A, to: B, relation: partner, weight: 0}\n")},
     ["centrality", "{d}/t.yaml", "--weighted", "--measure", "all"], REFUSE)
case("yaml", "tie weight .inf", {"t.yaml": b("name: t\n" + ACTORS + "meetings: []\nties:\n  - {from: A, to: B, relation: partner, weight: .inf}\n")},
     ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "tie weight '1e-320'", {"t.yaml": b("name: t\n" + ACTORS + "meetings: []\nties:\n  - {from: A, to: B, relation: partner, weight: 1e-320}\n")},
     ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "tie to itself", {"t.yaml": b("name: t\n" + ACTORS + "meetings: []\nties:\n  - {from: A, to: A, relation: partner}\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "tie from unknown actor", {"t.yaml": b("name: t\n" + ACTORS + "meetings: []\nties:\n  - {from: Q, to: A, relation: partner}\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "mapping nested 5,000 deep", {"t.yaml": b("name: t\nx: " + "{a: " * 5000 + "1" + "}" * 5000 + "\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "block nesting 2,000 deep", {"t.yaml": b("name: t\nx:\n" + "".join("  " * (i + 1) + "k:\n" for i in range(2000)) + "  " * 2001 + "v\n")},
     ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "alias to itself", {"t.yaml": b("name: t\nactors: &a\n  - *a\nmeetings: []\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "undefined alias", {"t.yaml": b("name: *nothing\n" + ACTORS + MEETING)}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "tab indentation", {"t.yaml": b("name: t\nactors:\n\t- id: A\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "unclosed flow", {"t.yaml": b("name: t\nactors: [ {id: A}\nmeetings: []\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "unclosed quote", {"t.yaml": b('name: "t\n' + ACTORS + MEETING)}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "name of 5 MB", {"t.yaml": b("name: " + "n" * (5 << 20) + "\n" + ACTORS + MEETING)}, ["info", "{d}/t.yaml", "-f", "json"], REFUSE_OR, check=ANY)
case("yaml", "100,000 actors one line", {"t.yaml": b("name: t\nactors: [" + ", ".join(f"{{id: a{i}}}" for i in range(100000)) + "]\nmeetings: []\n")},
     ["info", "{d}/t.yaml", "-f", "json"], REFUSE_OR, check=nodes_are(100000))
case("yaml", "!!float on an id", {"t.yaml": b("name: t\nactors:\n  - id: !!float 1\n  - id: B\nmeetings: []\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "!!null on a name", {"t.yaml": net("    name: !!null x\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "%TAG directive", {"t.yaml": b("%TAG ! tag:example.com,2000:\n---\nname: !foo t\n" + ACTORS + MEETING)}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "complex key", {"t.yaml": b("? [a, b]\n: c\nname: t\n" + ACTORS + MEETING)}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "UTF-16LE with BOM", {"t.yaml": b"\xff\xfe" + ("name: t\n" + ACTORS + MEETING).encode("utf-16-le")},
     ["info", "{d}/t.yaml", "-f", "json"], REFUSE_OR, check=nodes_are(3))
case("yaml", "UTF-32", {"t.yaml": ("name: t\n" + ACTORS + MEETING).encode("utf-32")}, ["info", "{d}/t.yaml"], REFUSE_OR, check=nodes_are(3))
case("yaml", "NUL after the document", {"t.yaml": NET + b"\x00"}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml", "DEL in a name", {"t.yaml": net('    name: "x\\x7fy"\n')}, ["info", "{d}/t.yaml"], REFUSE_OR, check=ANY)
case("yaml", "line separator in an id", {"t.yaml": b("name: t\nactors:\n  - id: \"A\\u2028B\"\n  - id: B\nmeetings: []\n")},
     ["info", "{d}/t.yaml"], REFUSE_OR, check=ANY)

# JSON network files
JNET = {"name": "t", "actors": [{"id": "A"}, {"id": "B"}], "meetings": [{"id": "m", "hosts": ["A"], "attends": ["B"]}]}
case("json", "trailing garbage", {"t.json": b(json.dumps(JNET) + " x")}, ["info", "{d}/t.json"], REFUSE)
case("json", "two objects", {"t.json": b(json.dumps(JNET) + json.dumps(JNET))}, ["info", "{d}/t.json"], REFUSE)
case("json", "truncated", {"t.json": b(json.dumps(JNET)[:-7])}, ["info", "{d}/t.json"], REFUSE)
case("json", "duplicate key", {"t.json": b('{"name": "a", "name": "b", "actors": [], "meetings": []}')}, ["info", "{d}/t.json"], REFUSE)
case("json", "NaN literal", {"t.json": b('{"name": "t", "actors": [], "meetings": [{"id": "m", "participants": NaN}]}')}, ["info", "{d}/t.json"], REFUSE)
case("json", "comment", {"t.json": b('{"name": "t", /* c */ "actors": [], "meetings": []}')}, ["info", "{d}/t.json"], REFUSE)
case("json", "single quotes", {"t.json": b("{'name': 't', 'actors': [], 'meetings': []}")}, ["info", "{d}/t.json"], REFUSE)
case("json", "trailing comma", {"t.json": b('{"name": "t", "actors": [], "meetings": [],}')}, ["info", "{d}/t.json"], REFUSE)
case("json", "arrays 100,000 deep", {"t.json": b('{"name": ' + "[" * 100000 + "]" * 100000 + "}")}, ["info", "{d}/t.json"], REFUSE)
case("json", "participants 1e400", {"t.json": b('{"name": "t", "actors": [{"id": "A"}], "meetings": [{"id": "m", "hosts": ["A"], "participants": 1e400}]}')},
     ["info", "{d}/t.json"], REFUSE)
case("json", "participants 2.5", {"t.json": b('{"name": "t", "actors": [{"id": "A"}], "meetings": [{"id": "m", "hosts": ["A"], "participants": 2.5}]}')},
     ["info", "{d}/t.json"], REFUSE)
case("json", "id a number", {"t.json": b('{"name": "t", "actors": [{"id": 7}], "meetings": []}')}, ["info", "{d}/t.json"], REFUSE_OR, check=ANY)
case("json", "escaped NUL in an id", {"t.json": b('{"name": "t", "actors": [{"id": "a\\u0000"}], "meetings": []}')}, ["info", "{d}/t.json"], REFUSE)
case("json", "raw control character", {"t.json": b('{"name": "t\x01", "actors": [], "meetings": []}')}, ["info", "{d}/t.json"], REFUSE)
case("json", "invalid escape", {"t.json": b('{"name": "t\\q", "actors": [], "meetings": []}')}, ["info", "{d}/t.json"], REFUSE)
case("json", "reversed surrogates", {"t.json": b('{"name": "\\ude00\\ud83d", "actors": [], "meetings": []}')}, ["info", "{d}/t.json"], REFUSE)
case("json", "BOM", {"t.json": b"\xef\xbb\xbf" + b(json.dumps(JNET))}, ["info", "{d}/t.json", "-f", "json"], REFUSE_OR, check=nodes_are(3))
case("json", "UTF-16", {"t.json": json.dumps(JNET).encode("utf-16")}, ["info", "{d}/t.json", "-f", "json"], REFUSE_OR, check=nodes_are(3))
case("json", "string of 8 MB", {"t.json": b(json.dumps(dict(JNET, name="s" * (8 << 20))))}, ["info", "{d}/t.json", "-f", "json"], REFUSE_OR, check=ANY)
case("json", "number 1e-999", {"t.json": b('{"name": "t", "directed": false, "actors": [{"id": "A"}, {"id": "B"}], "meetings": [], "ties": [{"from": "A", "to": "B", "relation": "partner", "weight": 1e-999}]}')},
     ["info", "{d}/t.json"], REFUSE)
case("json", "number -0.0 weight", {"t.json": b('{"name": "t", "actors": [{"id": "A"}, {"id": "B"}], "meetings": [], "ties": [{"from": "A", "to": "B", "relation": "partner", "weight": -0.0}]}')},
     ["info", "{d}/t.json"], REFUSE)
case("json", "number with 10,000 digits", {"t.json": b('{"name": "t", "actors": [{"id": "A"}], "meetings": [{"id": "m", "hosts": ["A"], "participants": ' + "9" * 10000 + "}]}")},
     ["info", "{d}/t.json"], REFUSE)

# node-link JSON
case("node-link", "edge to an unknown node", {"t.node-link.json": nl(AB, edges=[{"source": "a", "target": "zz"}])}, ["info", "{d}/t.node-link.json"], REFUSE)
case("node-link", "duplicate node id", {"t.node-link.json": nl([{"id": "a"}, {"id": "a"}], edges=[])}, ["info", "{d}/t.node-link.json"], REFUSE)
case("node-link", "node without id", {"t.node-link.json": nl([{"name": "a"}, {"id": "b"}], edges=[])}, ["info", "{d}/t.node-link.json"], REFUSE)
case("node-link", "nodes not a list", {"t.node-link.json": b('{"directed": false, "graph": {}, "nodes": {"a": 1}, "edges": []}')}, ["info", "{d}/t.node-link.json"], REFUSE)
case("node-link", "directed is a string", {"t.node-link.json": b('{"directed": "yes", "graph": {}, "nodes": [{"id": "a"}], "edges": []}')},
     ["info", "{d}/t.node-link.json"], REFUSE)
case("node-link", "weight NaN string", {"t.node-link.json": nl(AB, edges=[{"source": "a", "target": "b", "weight": "NaN"}])}, ["info", "{d}/t.node-link.json"], REFUSE)
case("node-link", "weight 1e-320", {"t.node-link.json": b('{"directed": false, "graph": {}, "nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b", "weight": 1e-320}]}')},
     ["info", "{d}/t.node-link.json"], REFUSE)
case("node-link", "weight true", {"t.node-link.json": nl(AB, edges=[{"source": "a", "target": "b", "weight": True}])}, ["info", "{d}/t.node-link.json"], REFUSE)
case("node-link", "self-loop", {"t.node-link.json": nl(AB, edges=[{"source": "a", "target": "a"}])}, ["info", "{d}/t.node-link.json"], REFUSE)
case("node-link", "multigraph with keys", {"t.node-link.json": b(json.dumps({"directed": False, "multigraph": True, "graph": {}, "nodes": AB,
     "edges": [{"source": "a", "target": "b", "key": 0}, {"source": "a", "target": "b", "key": 1}]}))},
     ["info", "{d}/t.node-link.json", "-f", "json"], REFUSE_OR, check=lambda r: info(r)["network"]["edges"] in (1, 2))
case("node-link", "empty object", {"t.node-link.json": b("{}")}, ["info", "{d}/t.node-link.json", "--input", "node-link"], REFUSE)
case("node-link", "id 1e400", {"t.node-link.json": b('{"directed": false, "graph": {}, "nodes": [{"id": 1e400}], "edges": []}')}, ["info", "{d}/t.node-link.json"], REFUSE)
case("node-link", "id true", {"t.node-link.json": b('{"directed": false, "graph": {}, "nodes": [{"id": true}], "edges": []}')}, ["info", "{d}/t.node-link.json"], REFUSE_OR, check=ANY)
case("node-link", "100,000 nodes, --max-nodes 10", {"t.node-link.json": nl([{"id": f"n{i}"} for i in range(100000)], edges=[])},
     ["info", "{d}/t.node-link.json", "--max-nodes", "10"], REFUSE)

# GraphML
case("graphml", "truncated", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph>\n')[:-30]},
     ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "unclosed tag", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"><node id="b"/></graph>\n')}, ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "node without id", {"t.graphml": graphml('<graph edgedefault="undirected"><node/></graph>\n')}, ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "duplicate node id", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"/><node id="a"/></graph>\n')}, ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "edge without target", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"/><edge source="a"/></graph>\n')}, ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "double value abc", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"><data key="w">abc</data></node></graph>\n',
     keys='<key id="w" for="node" attr.name="score" attr.type="double"/>\n')}, ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "int value 1e3", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"><data key="w">1e3</data></node></graph>\n',
     keys='<key id="w" for="node" attr.name="n" attr.type="int"/>\n')}, ["info", "{d}/t.graphml"], REFUSE_OR, check=ANY)
case("graphml", "int overflow", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"><data key="w">99999999999999999999999</data></node></graph>\n',
     keys='<key id="w" for="node" attr.name="n" attr.type="long"/>\n')}, ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "weight NaN", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"/><node id="b"/><edge source="a" target="b"><data key="w">NaN</data></edge></graph>\n',
     keys='<key id="w" for="edge" attr.name="weight" attr.type="double"/>\n')}, ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "weight 0", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"/><node id="b"/><edge source="a" target="b"><data key="w">0</data></edge></graph>\n',
     keys='<key id="w" for="edge" attr.name="weight" attr.type="double"/>\n')}, ["centrality", "{d}/t.graphml", "--weighted", "--measure", "all"], REFUSE)
case("graphml", "weight default -1", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph>\n',
     keys='<key id="w" for="edge" attr.name="weight" attr.type="double"><default>-1</default></key>\n')}, ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "data with an unknown key", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"><data key="nope">x</data></node></graph>\n')},
     ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "self-loop", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"/><edge source="a" target="a"/></graph>\n')}, ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "edgedefault sideways", {"t.graphml": graphml('<graph edgedefault="sideways"><node id="a"/></graph>\n')}, ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "not XML at all", {"t.graphml": b("this is not xml\n")}, ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "binary junk", {"t.graphml": bytes((i * 131 + 7) % 256 for i in range(4096))}, ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "elements 50,000 deep", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a">' + "<desc>" * 50000 + "</desc>" * 50000 + "</node></graph>\n")},
     ["info", "{d}/t.graphml"], REFUSE_OR, check=ANY)
case("graphml", "UTF-16 declared and encoded", {"t.graphml": ('<?xml version="1.0" encoding="UTF-16"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>\n').encode("utf-16")},
     ["info", "{d}/t.graphml", "-f", "json"], REFUSE_OR, check=nodes_are(2))
case("graphml", "ISO-8859-1 declared", {"t.graphml": '<?xml version="1.0" encoding="ISO-8859-1"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected"><node id="C\u00f4te"/></graph></graphml>\n'.encode("latin-1")},
     ["convert", "{d}/t.graphml", "-o", "{d}/out.json", "--to", "node-link"], REFUSE_OR, check=lambda r: actor_field(r, "C\u00f4te", "id") == "C\u00f4te")
case("graphml", "character reference &#0;", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a&#0;"/></graph>\n')}, ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "character reference &#27;", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a&#27;[31m"/></graph>\n')}, ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "parameter entity", {"t.graphml": b('<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>\n<graphml><graph><node id="a"/></graph></graphml>\n')},
     ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "CDATA id", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"><data key="d0"><![CDATA[<b>x</b>]]></data></node></graph>\n')},
     to_nodelink("t.graphml"), READ, check=lambda r: "<b>x</b>" in json.dumps(nodelink_out(r)))
case("graphml", "parse.nodes -1", {"t.graphml": graphml('<graph edgedefault="undirected" parse.nodes="-1"><node id="a"/></graph>\n')}, ["info", "{d}/t.graphml"], REFUSE_OR, check=ANY)
case("graphml", "parse.nodes 1e30 in 200 bytes", {"t.graphml": graphml('<graph edgedefault="undirected" parse.nodes="1000000000000000000000000000000"><node id="a"/></graph>\n')},
     ["info", "{d}/t.graphml"], REFUSE_OR, check=ANY)
case("graphml", "parse.edges 50 million in a tiny file", {"t.graphml": graphml('<graph edgedefault="undirected" parse.nodes="2" parse.edges="50000000"><node id="a"/><node id="b"/></graph>\n')},
     ["info", "{d}/t.graphml"], REFUSE_OR, check=ANY)

# GEXF
case("gexf", "truncated", {"t.gexf": gexf("", NODES_AB + '<edges><edge source="a" target="b"/></edges>\n')[:-25]}, ["info", "{d}/t.gexf"], REFUSE)
case("gexf", "weight NaN", {"t.gexf": gexf("", NODES_AB + '<edges><edge source="a" target="b" weight="NaN"/></edges>\n')}, ["info", "{d}/t.gexf"], REFUSE)
case("gexf", "weight 0", {"t.gexf": gexf("", NODES_AB + '<edges><edge source="a" target="b" weight="0"/></edges>\n')},
     ["centrality", "{d}/t.gexf", "--weighted", "--measure", "all"], REFUSE)
case("gexf", "weight 1e-320", {"t.gexf": gexf("", NODES_AB + '<edges><edge source="a" target="b" weight="1e-320"/></edges>\n')}, ["info", "{d}/t.gexf"], REFUSE)
case("gexf", "weight 0x10", {"t.gexf": gexf("", NODES_AB + '<edges><edge source="a" target="b" weight="0x10"/></edges>\n')}, ["info", "{d}/t.gexf"], REFUSE)
case("gexf", "edge to unknown node", {"t.gexf": gexf("", NODES_AB + '<edges><edge source="a" target="zz"/></edges>\n')}, ["info", "{d}/t.gexf"], REFUSE)
case("gexf", "duplicate node id", {"t.gexf": gexf("", '<nodes><node id="a"/><node id="a"/></nodes>\n')}, ["info", "{d}/t.gexf"], REFUSE)
case("gexf", "attvalue for an undeclared attribute", {"t.gexf": gexf("", '<nodes><node id="a"><attvalues><attvalue for="9" value="x"/></attvalues></node></nodes>\n')},
     ["info", "{d}/t.gexf"], REFUSE)
case("gexf", "integer attribute 'abc'", {"t.gexf": gexf("", '<attributes class="node"><attribute id="0" title="n" type="integer"/></attributes>\n<nodes><node id="a"><attvalues><attvalue for="0" value="abc"/></attvalues></node></nodes>\n')},
     ["info", "{d}/t.gexf"], REFUSE)
case("gexf", "defaultedgetype sideways", {"t.gexf": b('<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="sideways"><nodes><node id="a"/></nodes></graph></gexf>\n')},
     ["info", "{d}/t.gexf"], REFUSE)
case("gexf", "edges count 10^12 in a tiny file", {"t.gexf": gexf("", NODES_AB + '<edges count="1000000000000"><edge source="a" target="b"/></edges>\n')},
     ["info", "{d}/t.gexf"], REFUSE_OR, check=ANY)
case("gexf", "nodes count -5", {"t.gexf": gexf("", '<nodes count="-5"><node id="a"/></nodes>\n')}, ["info", "{d}/t.gexf"], REFUSE_OR, check=ANY)
case("gexf", "self-loop", {"t.gexf": gexf("", NODES_AB + '<edges><edge source="a" target="a"/></edges>\n')}, ["info", "{d}/t.gexf"], REFUSE)
case("gexf", "no graph element", {"t.gexf": b('<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"></gexf>\n')}, ["info", "{d}/t.gexf"], REFUSE)
case("gexf", "viz colour out of range", {"t.gexf": b('<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph defaultedgetype="undirected"><nodes><node id="a"><viz:color r="999" g="-1" b="x"/></node></nodes></graph></gexf>\n')},
     ["info", "{d}/t.gexf"], REFUSE_OR, check=ANY)

# Pajek
case("pajek", "*Vertices -1", {"t.net": b("*Vertices -1\n*Edges\n")}, ["info", "{d}/t.net"], REFUSE)
case("pajek", "*Vertices abc", {"t.net": b("*Vertices abc\n")}, ["info", "{d}/t.net"], REFUSE)
case("pajek", "*Vertices 99999999999999999999", {"t.net": b("*Vertices 99999999999999999999\n")}, ["info", "{d}/t.net"], REFUSE)
case("pajek", "*Vertices 1e9 in a tiny file", {"t.net": b("*Vertices 1000000000\n")}, ["info", "{d}/t.net"], REFUSE)
case("pajek", "*Vertices 5000000 with --max-nodes raised", {"t.net": b("*Vertices 5000000\n*Edges\n1 2\n")}, ["info", "{d}/t.net", "--max-nodes", "100000000"],
     REFUSE_OR, check=ANY)
case("pajek", "two-mode split over the count", {"t.net": b("*Vertices 3 7\n*Edges\n1 2\n")}, ["info", "{d}/t.net"], REFUSE)
case("pajek", "edge to vertex 0", {"t.net": b("*Vertices 2\n*Edges\n0 1\n")}, ["info", "{d}/t.net"], REFUSE)
case("pajek", "edge past the count", {"t.net": b("*Vertices 2\n*Edges\n1 3\n")}, ["info", "{d}/t.net"], REFUSE)
case("pajek", "edge weight 0", {"t.net": b("*Vertices 3\n*Edges\n1 2 0\n2 3 1\n")}, ["centrality", "{d}/t.net", "--weighted", "--measure", "all"], REFUSE)
case("pajek", "edge weight nan", {"t.net": b("*Vertices 2\n*Edges\n1 2 nan\n")}, ["info", "{d}/t.net"], REFUSE)
case("pajek", "vertex line out of range", {"t.net": b('*Vertices 2\n5 "e"\n*Edges\n1 2\n')}, ["info", "{d}/t.net"], REFUSE)
case("pajek", "unclosed label quote", {"t.net": b('*Vertices 2\n1 "a\n2 "b"\n*Edges\n1 2\n')}, ["info", "{d}/t.net"], REFUSE_OR, check=ANY)
case("pajek", "*Matrix section", {"t.net": b("*Vertices 2\n*Matrix\n0 1\n1 0\n")}, ["info", "{d}/t.net"], REFUSE_OR,
     check=lambda r: "edge" in r["stdout"].lower())
case("pajek", "*Edgeslist past the count", {"t.net": b("*Vertices 2\n*Edgeslist\n1 2 9\n")}, ["info", "{d}/t.net"], REFUSE)
case("pajek", "edges before *Vertices", {"t.net": b("*Edges\n1 2\n")}, ["info", "{d}/t.net", "--input", "pajek"], REFUSE)
case("pajek", "self-loop", {"t.net": b("*Vertices 2\n*Edges\n1 1\n1 2\n")}, ["info", "{d}/t.net"], REFUSE)
case("pajek", "empty *Vertices 0", {"t.net": b("*Vertices 0\n")}, ["info", "{d}/t.net"], REFUSE_OR, check=ANY)

# NetworkX edge lists
case("edgelist", "weight 0 in a dict", {"t.edgelist": b("a b {'weight': 0}\nb c {'weight': 1}\n")}, ["centrality", "{d}/t.edgelist", "--weighted", "--measure", "all"], REFUSE)
case("edgelist", "weight nan in a dict", {"t.edgelist": b("a b {'weight': float('nan')}\n")}, ["info", "{d}/t.edgelist"], REFUSE)
case("edgelist", "unclosed dict", {"t.edgelist": b("a b {'weight': 1\n")}, ["info", "{d}/t.edgelist"], REFUSE)
case("edgelist", "dict nested 10,000 deep", {"t.edgelist": b("a b " + "{'k': " * 10000 + "1" + "}" * 10000 + "\n")}, ["info", "{d}/t.edgelist"], REFUSE_OR, check=ANY)
case("edgelist", "weight 1e999", {"t.edgelist": b("a b 1e999\n")}, ["info", "{d}/t.edgelist"], REFUSE)
case("edgelist", "weight -2", {"t.edgelist": b("a b -2\n")}, ["info", "{d}/t.edgelist"], REFUSE)
case("edgelist", "one token", {"t.edgelist": b("a\n")}, ["info", "{d}/t.edgelist"], REFUSE)
case("edgelist", "self-loop", {"t.edgelist": b("a a\na b\n")}, ["info", "{d}/t.edgelist"], REFUSE)
case("edgelist", "python code in a dict", {"t.edgelist": b("a b {'weight': __import__('os').getpid()}\n")}, ["info", "{d}/t.edgelist"], REFUSE)
case("edgelist", "comment and blank lines", {"t.edgelist": b("# c\n\na b\n# x\nb c\n")}, ["info", "{d}/t.edgelist", "-f", "json"], READ, check=nodes_are(3))

# Gephi CSV edge tables
case("gephi csv", "weight 0", {"t.csv": b("Source,Target,Weight\na,b,0\nb,c,1\n")}, ["centrality", "{d}/t.csv", "--weighted", "--measure", "all"], REFUSE)
case("gephi csv", "weight NaN", {"t.csv": b("Source,Target,Weight\na,b,NaN\n")}, ["info", "{d}/t.csv"], REFUSE)
case("gephi csv", "weight -3", {"t.csv": b("Source,Target,Weight\na,b,-3\n")}, ["info", "{d}/t.csv"], REFUSE)
case("gephi csv", "weight empty", {"t.csv": b("Source,Target,Weight\na,b,\n")}, ["info", "{d}/t.csv"], REFUSE_OR, check=ANY)
case("gephi csv", "missing Target value", {"t.csv": b("Source,Target\na,\n")}, ["info", "{d}/t.csv"], REFUSE)
case("gephi csv", "Type sideways", {"t.csv": b("Source,Target,Type\na,b,Sideways\n")}, ["info", "{d}/t.csv"], REFUSE)
case("gephi csv", "Type mixed", {"t.csv": b("Source,Target,Type\na,b,Directed\nb,c,Undirected\n")}, ["info", "{d}/t.csv"], REFUSE)
case("gephi csv", "self-loop", {"t.csv": b("Source,Target\na,a\na,b\n")}, ["info", "{d}/t.csv"], REFUSE)
case("gephi csv", "duplicate column", {"t.csv": b("Source,Target,Label,Label\na,b,x,y\n")}, ["info", "{d}/t.csv"], REFUSE)

# files that are not files
setup_case("files", "a directory", lambda d: os.mkdir(os.path.join(d, "dir.tsv")), ["info", "{d}/dir.tsv"], REFUSE)
setup_case("files", "a symlink loop", lambda d: (os.symlink(os.path.join(d, "b.tsv"), os.path.join(d, "a.tsv")), os.symlink(os.path.join(d, "a.tsv"), os.path.join(d, "b.tsv"))),
           ["info", "{d}/a.tsv"], REFUSE)
setup_case("files", "a dangling symlink", lambda d: os.symlink(os.path.join(d, "none.tsv"), os.path.join(d, "a.tsv")), ["info", "{d}/a.tsv"], REFUSE)
setup_case("files", "a file without read permission", lambda d: os.chmod(os.path.join(d, "t.tsv"), 0), ["info", "{d}/t.tsv", "-f", "json"], REFUSE_OR,
           check=nodes_are(3), files={"t.tsv": TSV3})
case("files", "a missing file", {}, ["info", "{d}/nothing.tsv"], REFUSE)
case("files", "/dev/null", {}, ["info", "/dev/null"], REFUSE)
case("files", "/dev/zero", {}, ["info", "/dev/zero"], REFUSE)
case("files", "/dev/urandom as a TSV", {}, ["info", "/dev/urandom", "--input", "edges"], REFUSE)
case("files", "/proc/self/status", {}, ["info", "/proc/self/status"], REFUSE)
case("files", "name with a newline", {"a\nb.tsv": TSV3}, ["info", "{d}/a\nb.tsv", "-f", "json"], READ, check=nodes_are(3))
case("files", "name starting with a dash", {"-x.tsv": TSV3}, ["info", "--", "{d}/-x.tsv", "-f", "json"], REFUSE_OR, check=ANY)
case("files", "no extension, TSV content", {"t": TSV3}, ["info", "{d}/t", "-f", "json"], REFUSE_OR, check=nodes_are(3))
case("files", "YAML in a .tsv", {"t.tsv": NET}, ["info", "{d}/t.tsv"], REFUSE_OR, check=ANY)
case("files", "GraphML in a .json", {"t.json": graphml('<graph edgedefault="undirected"><node id="a"/></graph>\n')}, ["info", "{d}/t.json"], REFUSE_OR, check=ANY)
case("files", "stdin empty", {}, ["info", "-"], REFUSE)
case("files", "stdin binary", {"x.bin": bytes(range(256)) * 64}, ["info", "-"], REFUSE, stdin="x.bin")
case("files", "FIFO with no writer, --timeout 2", {}, ["info", "{d}/f.tsv", "--timeout", "2"], REFUSE, after="fifo")

# options with odd values
for option, values in (("--max-nodes", ["0", "-1", "99999999999999999999999", "nan", "1e3", ""]),
                       ("--max-edges", ["0", "-5", "9223372036854775807"]),
                       ("--max-input-bytes", ["0", "-1", "1", "9223372036854775807"]),
                       ("--timeout", ["0", "-1", "nan", "inf", "1e308", "abc", "1e-9"])):
    for value in values:
        case("options", f"info {option} {value!r}", {"t.tsv": TSV3}, ["info", "{d}/t.tsv", option, value, "-f", "json"], REFUSE_OR, check=nodes_are(3))
for args in (["--top", "-1"], ["--top", "0"], ["--top", "99999999999999999999"], ["--samples", "0"], ["--samples", "-3"], ["--samples", "1000000000"],
             ["--damping", "nan"], ["--damping", "1.5"], ["--damping", "-1"], ["--alpha", "nan"], ["--alpha", "-1e308"], ["--katz-alpha", "inf"],
             ["--tolerance", "0"], ["--tolerance", "nan"], ["--tolerance", "-1"], ["--threads", "0"], ["--threads", "-1"], ["--threads", "100000"],
             ["--seed", "-1"], ["--seed", "99999999999999999999999"], ["--measure", ""], ["--measure", "nope"], ["--measure", "degree,degree"],
             ["--distance", "nope"], ["--relation-weights", "hosts=nan"], ["--relation-weights", "hosts=-1"], ["--relation-weights", "=,=="], ["--kind", ""]):
    case("options", "centrality " + " ".join(args), {"t.yaml": NET}, ["centrality", "{d}/t.yaml", "--measure", "degree", "-f", "json"] + args
         if args[0] != "--measure" else ["centrality", "{d}/t.yaml", "-f", "json"] + args, REFUSE_OR, check=ANY)
for args in (["--min-count", "-1"], ["--min-count", "0"], ["--top", "-2"], ["--backbone", "nan"], ["--backbone", "2"], ["--backbone", "-0.5"],
             ["--significance", "sdsm", "--alpha", "0"], ["--significance", "sdsm", "--alpha", "nan"], ["--significance", "fdsm", "--samples", "0"],
             ["--significance", "fdsm", "--samples", "-1"], ["--significance", "nope"], ["--of", ""], ["--via", "nope"], ["--measure", "nope"]):
    case("options", "cooccurrence " + " ".join(args), {"t.yaml": NET}, ["cooccurrence", "{d}/t.yaml", "-f", "json"] + args, REFUSE_OR, check=ANY)
for args in (["--by", "year", "--window", "0y"], ["--by", "year", "--window", "-1y"], ["--by", "year", "--window", "99999999999999y"],
             ["--by", "year", "--window", "nan"], ["--by", "year", "--top", "-1"], ["--by", "nope"], ["--by", "pair", "--min-count", "-3"],
             ["--by", "network", "--mixing", "nope"], ["--by", "year", "--centrality", "nope"]):
    case("options", "stats " + " ".join(args), {"t.yaml": NET}, ["stats", "{d}/t.yaml", "-f", "json"] + args, REFUSE_OR, check=ANY)
for args in (["--resolution", "0"], ["--resolution", "-1"], ["--resolution", "nan"], ["--resolution", "inf"], ["--resolution", "1e308"],
             ["--seed", "-7"], ["--method", "nope"], ["--graph", "nope"]):
    case("options", "communities " + " ".join(args), {"t.yaml": NET}, ["communities", "{d}/t.yaml", "-f", "json"] + args, REFUSE_OR, check=ANY)
for args in (["--size", "0,0"], ["--size", "-1,5"], ["--size", "nan,nan"], ["--size", "1e308,1e308"], ["--size", "abc"], ["--since", "2020-13"],
             ["--since", "2021", "--until", "2019"], ["--until", "abc"], ["--engine", "nope"], ["--title", "\x1b[31m"], ["--size-by", "nope"],
             ["--color-by", "nope"], ["--view", "nope"]):
    case("options", "render " + " ".join(args).replace("\x1b", "ESC"), {"t.yaml": NET}, ["render", "{d}/t.yaml", "-o", "{d}/o.svg"] + args, REFUSE_OR, check=ANY)
for args in (["--top", "-1"], ["--top", "0"], ["--top", "99999999999999999999"], ["--seed", "-1"], ["--method", "nope"]):
    case("options", "report " + " ".join(args), {"t.yaml": NET}, ["report", "{d}/t.yaml", "-o", "{d}/o.html"] + args, REFUSE_OR, check=ANY)
for args in (["--to", "nope"], ["--with-metrics", "nope"], ["--with-metrics", ""], ["-o", "{d}"], ["-o", "{d}/missing/dir/o.graphml"], ["-o", ""]):
    case("options", "convert " + " ".join(args), {"t.yaml": NET}, ["convert", "{d}/t.yaml", "--to", "graphml", "-o", "{d}/o.graphml"] + args
         if args[0] != "-o" else ["convert", "{d}/t.yaml", "--to", "graphml"] + args, REFUSE_OR, check=ANY)
case("options", "convert -o /dev/full", {"t.yaml": NET}, ["convert", "{d}/t.yaml", "--to", "graphml", "-o", "/dev/full"], REFUSE)
case("options", "no arguments", {}, ["info"], REFUSE)
case("options", "unknown subcommand", {}, ["frobnicate"], REFUSE)

# extract: every kind of document and option
case("extract", "empty text", {"p.txt": b""}, ["extract", "{d}/p.txt", "-o", "{d}/d.yaml"], REFUSE_OR, check=lambda r: "no document" in draft_sources(r) or noted(r))
case("extract", "binary junk as text", {"p.txt": bytes((i * 97 + 3) % 256 for i in range(8192))}, ["extract", "{d}/p.txt", "-o", "{d}/d.yaml"], REFUSE)
case("extract", "UTF-16 text", {"p.txt": (SENTENCE + "\n").encode("utf-16")}, ["extract", "{d}/p.txt", "-o", "{d}/d.yaml"], REFUSE_OR,
     check=lambda r: "Nigeria" in draft_sources(r))
case("extract", "BOM text", {"p.txt": b"\xef\xbb\xbf" + b(SENTENCE + "\n")}, ["extract", "{d}/p.txt", "-o", "{d}/d.yaml"], READ, check=lambda r: "Nigeria" in draft_sources(r))
case("extract", "one line of 8 MB", {"p.txt": b((SENTENCE + " ") * 100000)}, ["extract", "{d}/p.txt", "-o", "{d}/d.yaml", "--timeout", "20"], REFUSE_OR,
     check=lambda r: "Nigeria" in draft_sources(r))
case("extract", "JSON line not an object", {"p.jsonl": b("[1, 2]\n")}, ["extract", "{d}/p.jsonl", "-o", "{d}/d.yaml"], REFUSE)
case("extract", "JSON line truncated", {"p.jsonl": b('{"url": "https://example.org/1", "text": "Abu')}, ["extract", "{d}/p.jsonl", "-o", "{d}/d.yaml"], REFUSE)
case("extract", "JSON line nested 100,000 deep", {"p.jsonl": b('{"url": "u", "text": "x", "z": ' + "[" * 100000 + "]" * 100000 + "}\n")},
     ["extract", "{d}/p.jsonl", "-o", "{d}/d.yaml"], REFUSE_OR, check=ANY)
case("extract", "JSON line text is a number", {"p.jsonl": b('{"url": "u", "text": 5}\n')}, ["extract", "{d}/p.jsonl", "-o", "{d}/d.yaml"], REFUSE)
case("extract", "JSON line date 2020-02-30", {"p.jsonl": b(json.dumps({"url": "u", "text": SENTENCE, "date": "2020-02-30"}) + "\n")},
     ["extract", "{d}/p.jsonl", "-o", "{d}/d.yaml"], REFUSE)
case("extract", "JSON line with a NUL escape", {"p.jsonl": b('{"url": "u", "text": "a\\u0000b ' + SENTENCE + '"}\n')}, ["extract", "{d}/p.jsonl", "-o", "{d}/d.yaml"],
     REFUSE_OR, check=lambda r: "\\0" not in draft_sources(r) and "\x00" not in draft_sources(r))
case("extract", "ESC in text", {"p.txt": b("\x1b[31m" + SENTENCE + "\n")}, ["extract", "{d}/p.txt", "--explain"], REFUSE_OR,
     check=lambda r: "\x1b" not in r["stdout"])
case("extract", "HTML with only a script", {"p.html": b("<html><script>var a = 'Abuja, hosted by Nigeria';</script></html>")}, ["extract", "{d}/p.html", "-o", "{d}/d.yaml"],
     REFUSE_OR, check=lambda r: "Nigeria" not in draft_sources(r))
case("extract", "HTML unclosed tags", {"p.html": b("<html><body><p>" + SENTENCE + "<p><div><span>")}, ["extract", "{d}/p.html", "-o", "{d}/d.yaml"], READ,
     check=lambda r: "Nigeria" in draft_sources(r))
case("extract", "HTML entity bomb", {"p.html": b('<!DOCTYPE h [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]><html><body><p>&f;&f;&f;&f;</p></body></html>')},
     ["extract", "{d}/p.html", "-o", "{d}/d.yaml"], REFUSE_OR, check=ANY)
case("extract", "Markdown front matter never closed", {"p.md": b("---\nurl: https://example.org/x\n" + SENTENCE + "\n")}, ["extract", "{d}/p.md", "-o", "{d}/d.yaml"],
     REFUSE_OR, check=ANY)
case("extract", "Markdown of 100,000 headings", {"p.md": b("#\n" * 100000)}, ["extract", "{d}/p.md", "-o", "{d}/d.yaml"], REFUSE_OR, check=ANY)
case("extract", "Markdown 10,000 nested quotes", {"p.md": b(">" * 10000 + " " + SENTENCE + "\n")}, ["extract", "{d}/p.md", "-o", "{d}/d.yaml"], REFUSE_OR, check=ANY)
setup_case("extract", "folder with a symlink loop", lambda d: (os.mkdir(os.path.join(d, "in")), os.symlink(os.path.join(d, "in"), os.path.join(d, "in", "loop")),
           open(os.path.join(d, "in", "p.txt"), "w").write(SENTENCE + "\n")),
           ["extract", "{d}/in", "-o", "{d}/d.yaml", "--timeout", "20"], REFUSE_OR, check=lambda r: "Nigeria" in draft_sources(r))
setup_case("extract", "empty folder", lambda d: os.mkdir(os.path.join(d, "in")), ["extract", "{d}/in", "-o", "{d}/d.yaml"], REFUSE_OR,
           check=lambda r: "no document" in draft_sources(r) or noted(r))
setup_case("extract", "unreadable file in a folder", lambda d: (os.mkdir(os.path.join(d, "in")), open(os.path.join(d, "in", "p.txt"), "wb").write(b"\xff\xfe\x00junk"),
           ), ["extract", "{d}/in", "-o", "{d}/d.yaml"], REFUSE)
case("extract", "FIFO input, nobody writes, --timeout 2", {}, ["extract", "{d}/f.tsv", "-o", "{d}/d.yaml", "--timeout", "2"], REFUSE, after="fifo")
case("extract", "--into a FIFO, --timeout 2", {"p.txt": b(SENTENCE + "\n")}, ["extract", "{d}/p.txt", "--into", "{d}/f.tsv", "-o", "{d}/d.yaml", "--timeout", "2"],
     REFUSE, after="fifo")
case("extract", "--into a TSV", {"p.txt": b(SENTENCE + "\n"), "x.tsv": TSV3}, ["extract", "{d}/p.txt", "--into", "{d}/x.tsv", "-o", "{d}/d.yaml"], REFUSE_OR, check=ANY)
case("extract", "--into missing file", {"p.txt": b(SENTENCE + "\n")}, ["extract", "{d}/p.txt", "--into", "{d}/none.yaml", "-o", "{d}/d.yaml"], REFUSE)
case("extract", "-o the --into file", {"p.txt": b(SENTENCE + "\n"), "n.yaml": NET}, ["extract", "{d}/p.txt", "--into", "{d}/n.yaml", "-o", "{d}/n.yaml"], REFUSE_OR,
     check=lambda r: "m1" in draft_sources_of(r, "n.yaml"))
case("extract", "-o the input text", {"p.txt": b(SENTENCE + "\n")}, ["extract", "{d}/p.txt", "-o", "{d}/p.txt"], REFUSE)
case("extract", "--organisations binary", {"p.txt": b(SENTENCE + "\n"), "o.tsv": bytes(range(256))}, ["extract", "{d}/p.txt", "--organisations", "{d}/o.tsv", "-o", "{d}/d.yaml"], REFUSE)
case("extract", "--organisations one column", {"p.txt": b(SENTENCE + "\n"), "o.tsv": b("XYZ\n")}, ["extract", "{d}/p.txt", "--organisations", "{d}/o.tsv", "-o", "{d}/d.yaml"], REFUSE)
setup_case("extract", "--organisations a folder", lambda d: os.mkdir(os.path.join(d, "o")), ["extract", "{d}/p.txt", "--organisations", "{d}/o", "-o", "{d}/d.yaml"], REFUSE,
           files={"p.txt": b(SENTENCE + "\n")})
case("extract", "--score binary", {"p.txt": b(SENTENCE + "\n"), "g.yaml": bytes(range(256))}, ["extract", "{d}/p.txt", "--score", "{d}/g.yaml"], REFUSE)
for args in (["--min-confidence", "nan"], ["--min-confidence", "-1"], ["--min-confidence", "2"], ["--review-below", "nan"], ["--max-input-bytes", "0"],
             ["--max-input-bytes", "-1"], ["--max-input-bytes", "99999999999999999999"], ["--max-input-bytes", "10"], ["--timeout", "nan"], ["--timeout", "0"],
             ["--timeout", "-1"], ["--url", ""], ["--url", "\x1b[31m"], ["--format", "nope"]):
    case("options", "extract " + " ".join(args).replace("\x1b", "ESC"), {"p.txt": b(SENTENCE + "\n")}, ["extract", "{d}/p.txt", "-o", "{d}/d.yaml"] + args, REFUSE_OR, check=ANY)
case("extract", "stdin empty", {}, ["extract", "-", "-o", "{d}/d.yaml"], REFUSE_OR, check=ANY)
case("extract", "stdin HTML", {"p.html": b("<html><body><p>" + SENTENCE + "</p></body></html>")}, ["extract", "-", "-o", "{d}/d.yaml"], READ,
     check=lambda r: "Nigeria" in draft_sources(r), stdin="p.html")


def draft_sources_of(result, name):
    with open(os.path.join(result["dir"], name), encoding="utf-8") as f:
        return f.read()


# ---------------------------------------------------------------- degenerate networks through every command
#
# Small but valid networks that test the edges of every command: each must end in a result or a refusal (no crash,
# no hang), and a file that convert writes must read back.

DEGENERATE = {
    "no actors": ("t.yaml", b("name: t\nactors: []\nmeetings: []\n")),
    "one actor": ("t.yaml", b("name: t\nactors:\n  - id: A\nmeetings: []\n")),
    "a meeting nobody attends": ("t.yaml", b("name: t\nactors:\n  - id: A\nmeetings:\n  - id: m1\n")),
    "one meeting, one actor": ("t.yaml", b("name: t\nactors:\n  - id: A\nmeetings:\n  - id: m1\n    hosts: [A]\n")),
    "ties only": ("t.yaml", b("name: t\nactors:\n  - id: A\n  - id: B\nmeetings: []\nties:\n  - {from: A, to: B, relation: partner}\n")),
    "one edge": ("t.tsv", b("a\tb\n")),
    "one weighted arc": ("t.tsv", b("a\tb\t2.5\n")),
    "a star of 30": ("t.tsv", b("".join(f"hub\tleaf{i}\n" for i in range(30)))),
    "two components": ("t.tsv", b("a\tb\nc\td\n")),
    "dates at the calendar's ends": ("t.yaml", b("name: t\nactors:\n  - id: A\n  - id: B\nmeetings:\n  - {id: m1, start: 0001-01-01, hosts: [A], attends: [B]}\n"
                                                  "  - {id: m2, start: 9999-12-31, hosts: [B], attends: [A]}\n")),
    "names with markup": ("t.yaml", b('name: "<script>alert(1)</script>"\nactors:\n  - {id: A, name: "</title><img src=x onerror=alert(1)>"}\n'
                                      '  - {id: B, name: "a & b \\" \' < >"}\nmeetings:\n  - {id: m1, hosts: [A], attends: [B]}\n')),
}
COMMANDS = [
    ["info"], ["validate"], ["centrality", "--measure", "all"], ["centrality", "--measure", "all", "--on", "two-mode"],
    ["centrality", "--measure", "all", "--on", "projection"], ["centrality", "--measure", "all", "--weighted"], ["cooccurrence"],
    ["stats", "--by", "actor"], ["stats", "--by", "pair"], ["stats", "--by", "year"], ["stats", "--by", "network"],
    ["stats", "--by", "year", "--changes"], ["communities"], ["communities", "--method", "leiden"], ["ties"],
    ["render", "-o", "{d}/o.svg"], ["render", "-o", "{d}/o.dot", "--view", "two-mode"], ["report", "-o", "{d}/o.html"],
    ["report", "-o", "{d}/o.html", "--static"],
]
for label, (file, data) in DEGENERATE.items():
    for command in COMMANDS:
        case("degenerate", f"{label}: {' '.join(command)}", {file: data}, [command[0], "{d}/" + file] + command[1:], REFUSE_OR, check=ANY)
    for target in ("o.yaml", "o.json", "o.graphml", "o.gexf", "o.node-link.json", "o.net", "o.tsv", "o.csv"):
        case("degenerate", f"{label}: convert to {target}", {file: data}, ["convert", "{d}/" + file, "-o", "{d}/" + target], REFUSE_OR,
             check=ANY, after=["info", "{d}/" + target])


def no_script_in_page(result):
    """The report page holds the names only escaped: no live script or handler from a name."""
    with open(os.path.join(result["dir"], "o.html"), encoding="utf-8") as f:
        page = f.read()
    return "<script>alert(1)" not in page and "<img src=x onerror" not in page


case("degenerate", "names with markup: report escapes them", {"t.yaml": DEGENERATE["names with markup"][1]}, ["report", "{d}/t.yaml", "-o", "{d}/o.html"],
     READ, check=no_script_in_page)
case("degenerate", "names with markup: static report escapes them", {"t.yaml": DEGENERATE["names with markup"][1]},
     ["report", "{d}/t.yaml", "-o", "{d}/o.html", "--static"], READ, check=no_script_in_page)


# ---------------------------------------------------------------- odd ids through every format
#
# Ids that other formats find hard (separators, quotes, comment marks, keywords, spaces at the ends, line breaks)
# go out through every format convert writes and back: the ids read back must be the ids written, or convert must
# refuse (or note) what the format cannot hold.

ODD_IDS = ["a b", "tab\there", "line\nbreak", 'qu"ote', "it's", "com,ma", "semi;colon", "#hash", "%percent", "*Vertices 3",
           " padded ", "😀 emoji", "עברית", "<tag>", "&amp;", "-dash", "0", "1.0", "true", "null", "~", "- item", "key: value",
           "back\\slash", "{'weight': 2}"]


def odd_network(ids):
    actors = "".join(f"  - id: {json.dumps(i, ensure_ascii=False)}\n" for i in ids)
    ties = "".join(f"  - {{from: {json.dumps(ids[0] if k else ids[1], ensure_ascii=False)}, to: {json.dumps(i, ensure_ascii=False)}, relation: partner}}\n"
                   for k, i in enumerate(ids))
    return b(f"name: odd\nactors:\n{actors}meetings: []\nties:\n{ties}")


def ids_back(expected):
    """The node-link file converted from the written one holds exactly the ids written."""
    def check(result):
        out = nodelink_out(result)
        return sorted(n["id"] for n in out["nodes"]) == sorted(expected)
    return check


for odd in ODD_IDS:
    pair = [odd, "plain"]
    for target in ("o.yaml", "o.json", "o.graphml", "o.gexf", "o.node-link.json", "o.net", "o.tsv", "o.csv"):
        # Pajek keeps names, not ids, and has no escape for a double quote: a note must say what changed.
        case("odd ids", f"{odd!r} through {target}", {"t.yaml": odd_network(pair)},
             ["convert", "{d}/t.yaml", "-o", "{d}/" + target], REFUSE_OR,
             check=lambda r, pair=pair, target=target: ids_back(pair)(r) or (target == "o.net" and "Pajek labels cannot hold" in r["stderr"]),
             after=["convert", "{d}/" + target, "-o", "{d}/out.json", "--to", "node-link"])


# ---------------------------------------------------------------- the same hostile inputs through standard input
#
# A stream has no extension: its kind comes from its bytes. Each input below goes through `info -` and must be
# refused (its position naming stdin), never read as something else.

STDIN_HOSTILE = {
    "truncated GraphML": graphml('<graph edgedefault="undirected"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph>\n')[:-30],
    "GraphML billion laughs": b('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n<graphml><graph><node id="&lol2;"/></graph></graphml>\n'),
    "GEXF weight 0": gexf("", NODES_AB + '<edges><edge source="a" target="b" weight="0"/></edges>\n'),
    "Pajek bomb": b("*Vertices 19999999\n*Edges\n1 2\n"),
    "YAML alias bomb": b("a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 10) + "]\n" for i in range(8))),
    "YAML !!binary": b("name: !!binary aGVsbG8=\n" + ACTORS + MEETING),
    "JSON trailing garbage": b(json.dumps(JNET) + " x"),
    "node-link weight -0": nl(AB, edges=[{"source": "a", "target": "b", "weight": -0.0}]),
    "CSV differing actor_name": b(CSV_HEAD + "a,m,hosts,Alpha,\na,n,hosts,Beta,\n"),
    "TSV hex weight": b("a\tb\t0x10\n"),
    "TSV self-loop": b("a\ta\na\tb\n"),
    "edge list weight nan": b("a b nan\n"),
    "Gephi weight 0": b("Source,Target,Weight\na,b,0\n"),
    "invalid UTF-8": b"a\xff\tb\n",
    "NUL bytes": b"\x00" * 64,
}
for label, data in STDIN_HOSTILE.items():
    case("stdin", label, {"in": data}, ["info", "-"], REFUSE, stdin="in",
         check=lambda r: "stdin" in r["stderr"] and "/proc/self/fd" not in r["stderr"])

# ---------------------------------------------------------------- numbers as YAML 1.1, JSON and CSV spell them


def yaml_participants(value):
    return b(f"name: t\n{ACTORS}meetings:\n  - id: m1\n    participants: {value}\n    hosts: [A]\n")


for value, expect, check in (("0x1F", REFUSE_OR, lambda r: actor_field(r, "m1", "participants") in (31, "31")),
                             ("0o17", REFUSE_OR, lambda r: actor_field(r, "m1", "participants") in (15, "15")),
                             ("1_000", REFUSE_OR, lambda r: actor_field(r, "m1", "participants") in (1000, "1000")),
                             ("1:20", REFUSE_OR, lambda r: actor_field(r, "m1", "participants") in (80, "80")),
                             ("12.0", REFUSE_OR, lambda r: actor_field(r, "m1", "participants") in (12, "12")),
                             ("+12", REFUSE_OR, lambda r: actor_field(r, "m1", "participants") in (12, "12")),
                             ("012", REFUSE_OR, lambda r: actor_field(r, "m1", "participants") in (12, "12")),
                             ("yes", REFUSE, None), ("''", REFUSE, None), ("[]", REFUSE, None), ("{}", REFUSE, None)):
    case("numbers", f"YAML participants: {value}", {"t.yaml": yaml_participants(value)}, to_nodelink("t.yaml"), expect, check=check)
for value in ("01", ".5", "1.", "+1", "-", "1e", "0x10", "Infinity", "-Infinity", "1e99999"):
    case("numbers", f"JSON weight {value}", {"t.json": b('{"name": "t", "actors": [{"id": "A"}, {"id": "B"}], "meetings": [], "ties": [{"from": "A", "to": "B", "relation": "partner", "weight": ' + value + "}]}")},
         ["info", "{d}/t.json"], REFUSE)
for value, expect in (("yes", REFUSE_OR), ("1", REFUSE_OR), ("TRUE", REFUSE_OR), ("maybe", REFUSE), ("", REFUSE_OR)):
    case("numbers", f"CSV virtual {value!r}", {"t.csv": b(f"actor,meeting,relation,virtual\na,m,hosts,{value}\n")}, ["convert", "{d}/t.csv", "-o", "{d}/out.json", "--to", "node-link"],
         expect, check=lambda r: True)
for value, read in (("12.0", 12), ("1e2", 100), ("0x0C", 12), ("twelve", None), ("-0", 0)):
    case("numbers", f"CSV participants {value!r}", {"t.csv": b(f"actor,meeting,relation,participants\na,m,hosts,{value}\n")}, ["convert", "{d}/t.csv", "-o", "{d}/out.json", "--to", "node-link"],
         REFUSE_OR, check=lambda r, read=read: read is not None and actor_field(r, "m", "participants") in (read, str(read)))
for value in ("2019-3-5", "2019-03-01T10:00:00Z", "2019/03/01", "01-03-2019", "20190301", "2019-W10", "-0044-03-15"):
    case("numbers", f"YAML start {value}", {"t.yaml": b(f"name: t\n{ACTORS}meetings:\n  - id: m1\n    start: {value}\n    hosts: [A]\n")},
         to_nodelink("t.yaml"), REFUSE_OR, check=lambda r, value=value: str(actor_field(r, "m1", "start")) in (value, "2019-03-05", "2019-03-01"))

# ---------------------------------------------------------------- outputs in odd places

setup_case("outputs", "-o in a read-only folder", lambda d: (os.mkdir(os.path.join(d, "ro")), os.chmod(os.path.join(d, "ro"), 0o500)),
           ["convert", "{d}/t.tsv", "-o", "{d}/ro/o.graphml"], REFUSE_OR, check=lambda r: True, files={"t.tsv": TSV3})
case("outputs", "-o under a file", {"t.tsv": TSV3, "f": b("x")}, ["convert", "{d}/t.tsv", "-o", "{d}/f/o.graphml"], REFUSE)
case("outputs", "-o a name of 300 characters", {"t.tsv": TSV3}, ["convert", "{d}/t.tsv", "-o", "{d}/" + "n" * 300 + ".graphml"], REFUSE)
case("outputs", "-o a path of 5,000 characters", {"t.tsv": TSV3}, ["convert", "{d}/t.tsv", "-o", "{d}/" + "d/" * 2500 + "o.graphml"], REFUSE)
case("outputs", "-o /proc/self/status", {"t.tsv": TSV3}, ["convert", "{d}/t.tsv", "-o", "/proc/self/status", "--to", "graphml"], REFUSE_OR, check=lambda r: True)
setup_case("outputs", "-o a dangling symlink", lambda d: os.symlink(os.path.join(d, "missing", "x.graphml"), os.path.join(d, "o.graphml")),
           ["convert", "{d}/t.tsv", "-o", "{d}/o.graphml"], REFUSE, files={"t.tsv": TSV3})
case("outputs", "--review the same file as -o", {"p.txt": b(SENTENCE + "\n")}, ["extract", "{d}/p.txt", "-o", "{d}/d.yaml", "--review", "{d}/d.yaml"], REFUSE)
case("outputs", "render -o the input", {"t.yaml": NET}, ["render", "{d}/t.yaml", "-o", "{d}/t.yaml", "--format", "svg"], REFUSE)
case("outputs", "report -o the input", {"t.yaml": NET}, ["report", "{d}/t.yaml", "-o", "{d}/t.yaml"], REFUSE)


# ---------------------------------------------------------------- running


def readable_bytes(path):
    """A file's bytes (None when gone); a case may have taken its permissions away."""
    try:
        os.chmod(path, 0o600)
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return None


def run(c, folder):
    for name, data in c["files"].items():
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)
    if c["after"] == "symlink":
        os.symlink(os.path.join(folder, "x.tsv"), os.path.join(folder, "link.graphml"))
    elif c["after"] == "fifo":
        os.mkfifo(os.path.join(folder, "f.tsv"))
    elif callable(c["after"]):
        c["after"](folder)
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
    outputs = {os.path.basename(args[i + 1]) for i, a in enumerate(args[:-1]) if a in ("-o", "--output", "--review")}
    changed = [name for name, data in before.items() if readable_bytes(os.path.join(folder, name)) != data]
    if changed and (c["expect"] == REFUSE or not set(changed) <= outputs):
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
        first = result["stderr"]
        result = dict(dir=folder, rc=p.returncode, stdout=p.stdout.decode("utf-8", "replace"), stderr=p.stderr.decode("utf-8", "replace"))
        if p.returncode != 0:
            return "silent", "read back: " + result["stderr"].strip()[:200]
        result["stderr"] = first + result["stderr"]  # the notes of the write count too
    try:
        ok = c["check"](result) if c["check"] else True
    except Exception as error:  # a missing field, a file not written: the check fails
        ok = False
        result["stderr"] += f" (check: {error!r})"
    return ("correct" if ok else "silent"), result["stderr"].strip()[:200]


OUTCOMES = ["positioned", "unpositioned", "crash", "hang", "silent", "correct"]


def main():
    show_cases = "--cases" in sys.argv
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    table = {}
    failures = []
    root = tempfile.mkdtemp(prefix="partnet-hostile-")
    try:
        for index, c in enumerate(cases):
            if only and only not in c["category"] + " / " + c["name"]:
                continue
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
