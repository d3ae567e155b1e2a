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
    scripts/hostile.py --cases --from 1530                       # the cases from a number on (the newest)
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


def case(category, name, files, args, expect, check=None, stdin=None, after=None, stdout=None):
    """files: {name: bytes}; args: partnet arguments ({d} is the folder); check(result) -> True when correct;
    stdout: a path standard output goes to (such as /dev/full), or "append:NAME" for a file of the case appended to."""
    cases.append(dict(category=category, name=name, files=files, args=args, expect=expect, check=check, stdin=stdin, after=after, stdout=stdout))


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


# ---------------------------------------------------------------- round three: other spellings of the same faults
#
# Each fault above again, spelt another way: weights, ids that Unicode makes equal, YAML 1.1 scalars, JSON and XML
# constructs, Pajek sections, CSV quoting, HTML in extract, odd option values and outputs that are inputs.


def edge_weights(result):
    return sorted(e.get("weight") for e in nodelink_out(result).get("edges", nodelink_out(result).get("links", [])))


def node_ids(result):
    return sorted(n["id"] for n in nodelink_out(result)["nodes"])


def no_secret(result):
    """An external entity, DTD or XInclude never read the file beside the input."""
    text = result["stdout"] + result["stderr"]
    for name in os.listdir(result["dir"]):
        if name.startswith("out") or name.startswith("o."):
            text += readable_bytes(os.path.join(result["dir"], name)).decode("utf-8", "replace")
    return "SECRET-7731" not in text


SECRET = {"secret.txt": b("SECRET-7731\n")}

for value in ("+0", "0e5", "0.0", "-0.0e0", "0E-5", "1E309", "-inf", "Inf", "INFINITY", "+nan", "1.5e", "1..5", "--1", "1e+", "0b101", "1/2", "½", "١", "1\u00a0000"):
    case("weights", f"TSV weight {value!r}", {"t.tsv": b(f"a\tb\t{value}\nb\tc\t1\n")}, ["info", "{d}/t.tsv"], REFUSE)
for value, expected in (("+1", 1), ("1.", 1), (".5", 0.5), ("1e0", 1), ("2E1", 20), ("007", 7)):
    case("weights", f"TSV weight {value!r} read", {"t.tsv": b(f"a\tb\t{value}\n")}, to_nodelink("t.tsv"), REFUSE_OR,
         check=lambda r, expected=expected: edge_weights(r) == [expected])
case("weights", "TSV weight with a leading space", {"t.tsv": b("a\tb\t 2\n")}, to_nodelink("t.tsv"), REFUSE_OR, check=lambda r: edge_weights(r) == [2])
case("weights", "TSV weight with a trailing space", {"t.tsv": b("a\tb\t2 \n")}, to_nodelink("t.tsv"), REFUSE_OR, check=lambda r: edge_weights(r) == [2])
case("weights", "TSV weights 1e308 along a path", {"t.tsv": b("a\tb\t1e308\nb\tc\t1e308\nc\td\t1e308\n")},
     ["centrality", "{d}/t.tsv", "--weighted", "--measure", "closeness", "-f", "json"], REFUSE_OR,
     check=lambda r: "inf" not in r["stdout"].lower() and "nan" not in r["stdout"].lower())
case("weights", "TSV weights 1e308 betweenness", {"t.tsv": b("a\tb\t1e308\nb\tc\t1e308\nc\td\t1\nd\ta\t1e308\n")},
     ["centrality", "{d}/t.tsv", "--weighted", "--measure", "betweenness", "-f", "json"], REFUSE_OR, check=betweenness_at_most_one)
case("weights", "TSV weights 1e-300 and 1 harmonic", {"t.tsv": b("a\tb\t1e-300\nb\tc\t1\n")},
     ["centrality", "{d}/t.tsv", "--weighted", "--measure", "harmonic", "-f", "json"], REFUSE_OR,
     check=lambda r: "inf" not in r["stdout"].lower() and "nan" not in r["stdout"].lower())
for value in ("+0", "0e5", "1_000", "1,5", "inf", "1e309", "nan", "-0", "0x1A"):
    case("weights", f"Gephi CSV weight {value!r}", {"t.csv": b(f'Source,Target,Weight\na,b,"{value}"\nb,c,1\n')}, ["info", "{d}/t.csv"], REFUSE)
    case("weights", f"edge list weight {value!r}", {"t.edgelist": b(f"a b {value}\nb c 1\n")}, ["info", "{d}/t.edgelist"], REFUSE)
    case("weights", f"edge list dict weight {value!r}", {"t.edgelist": b(f"a b {{'weight': '{value}'}}\n")}, ["info", "{d}/t.edgelist"], REFUSE)
    case("weights", f"Pajek weight {value!r}", {"t.net": b(f"*Vertices 3\n*Edges\n1 2 {value}\n2 3 1\n")}, ["info", "{d}/t.net"], REFUSE)
    case("weights", f"GEXF weight {value!r}", {"t.gexf": gexf("", NODES_AB + f'<edges><edge source="a" target="b" weight="{value}"/></edges>\n')}, ["info", "{d}/t.gexf"], REFUSE)
    case("weights", f"GraphML weight {value!r}", {"t.graphml": graphml(f'<graph edgedefault="undirected"><node id="a"/><node id="b"/><edge source="a" target="b"><data key="w">{value}</data></edge></graph>\n',
         keys='<key id="w" for="edge" attr.name="weight" attr.type="double"/>\n')}, ["info", "{d}/t.graphml"], REFUSE)
for value in ("+0", "0e5", "1_000", ".NaN", "-.inf", "0x10", "0o7", "1:30", "'1,5'", "!!float 0", "~", "''", "true"):
    case("weights", f"YAML tie weight {value}", {"t.yaml": b("name: t\n" + ACTORS + f"meetings: []\nties:\n  - {{from: A, to: B, relation: partner, weight: {value}}}\n")},
         ["info", "{d}/t.yaml"], REFUSE)
for value in ("0e5", "-0e0", "1e309", "0.0000", "\"0\"", "\"1e309\"", "null", "[1]", "{}", "[]"):
    case("weights", f"JSON tie weight {value}", {"t.json": b('{"name": "t", "actors": [{"id": "A"}, {"id": "B"}], "meetings": [], "ties": [{"from": "A", "to": "B", "relation": "partner", "weight": ' + value + "}]}")},
         ["info", "{d}/t.json"], REFUSE)
    case("weights", f"node-link weight {value}", {"t.node-link.json": b('{"directed": false, "multigraph": false, "graph": {}, "nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b", "weight": ' + value + "}]}")},
         ["info", "{d}/t.node-link.json"], REFUSE)

# Unicode: one documented rule (ids are compared after NFC, written as read)
for label, first, second in (("ANGSTROM SIGN and Å", "\u212b", "\u00c5"), ("KELVIN SIGN and K", "\u212a", "K"), ("combining marks in two orders", "a\u0323\u0307", "a\u0307\u0323"),
                             ("Hangul jamo and syllable", "\u1100\u1161", "\uac00"), ("Ohm sign and Omega", "\u2126", "\u03a9")):
    case("unicode", f"TSV: {label} are one node", {"t.tsv": b(f"{first}\tx\n{second}\ty\n")}, ["info", "{d}/t.tsv", "-f", "json"], READ, check=nodes_are(3))
    case("unicode", f"GraphML: {label} as two node ids", {"t.graphml": graphml(f'<graph edgedefault="undirected"><node id="{first}"/><node id="{second}"/></graph>\n')},
         ["info", "{d}/t.graphml"], REFUSE)
    case("unicode", f"GraphML: edge to {label}", {"t.graphml": graphml(f'<graph edgedefault="undirected"><node id="{first}"/><node id="z"/><edge source="{second}" target="z"/></graph>\n')},
         ["info", "{d}/t.graphml", "-f", "json"], READ, check=lambda r: info(r)["network"]["nodes"] == 2 and info(r)["network"]["edges"] == 1)
    case("unicode", f"GEXF: edge to {label}", {"t.gexf": gexf("", f'<nodes><node id="{first}"/><node id="z"/></nodes><edges><edge source="{second}" target="z"/></edges>\n')},
         ["info", "{d}/t.gexf", "-f", "json"], READ, check=lambda r: info(r)["network"]["nodes"] == 2)
    case("unicode", f"node-link: edge to {label}", {"t.node-link.json": nl([{"id": first}, {"id": "z"}], edges=[{"source": second, "target": "z"}])},
         ["info", "{d}/t.node-link.json", "-f", "json"], READ, check=lambda r: info(r)["network"]["nodes"] == 2)
    case("unicode", f"CSV: {label} one actor", {"t.csv": b(f"actor,meeting,relation\n{first},m,hosts\n{second},n,hosts\n")},
         ["info", "{d}/t.csv", "-f", "json"], READ, check=nodes_are(3))
    case("unicode", f"YAML: host {label}", {"t.yaml": b(f"name: t\nactors:\n  - id: {first}\nmeetings:\n  - id: m1\n    hosts: [{second}]\n")},
         ["info", "{d}/t.yaml", "-f", "json"], READ, check=nodes_are(2))
for label, first, second in (("ligature fi and fi", "\ufb01", "fi"), ("fullwidth A and A", "\uff21", "A"), ("case A and a", "A", "a"),
                             ("zero-width joiner", "a\u200db", "ab"), ("zero-width space", "a\u200bb", "ab"), ("soft hyphen", "a\u00adb", "ab"),
                             ("LRM mark", "\u200eab", "ab"), ("no-break space and space", "a\u00a0b", "a b")):
    # NFC keeps these apart (compatibility forms and format characters are not canonical equivalents): two nodes, ids as read
    case("unicode", f"TSV: {label} stay two nodes as read", {"t.tsv": b(f"{first}\tx\n{second}\tx\n")}, to_nodelink("t.tsv"), REFUSE_OR,
         check=lambda r, first=first, second=second: node_ids(r) == sorted([first, second, "x"]))
case("unicode", "TSV: trailing space id", {"t.tsv": b("a \tx\na\ty\n")}, to_nodelink("t.tsv"), REFUSE_OR, check=lambda r: node_ids(r) == ["a", "a ", "x", "y"])
for mark in ("\u202e", "\u2066", "\u200f", "\ufeff", "\u2028", "\ue000", "\U000e0041"):
    case("unicode", f"id with U+{ord(mark):04X} through GraphML and back", {"t.tsv": b(f"a{mark}b\tc\n")}, ["convert", "{d}/t.tsv", "-o", "{d}/o.graphml"], REFUSE_OR,
         check=lambda r, mark=mark: f"a{mark}b" in node_ids(r), after=["convert", "{d}/o.graphml", "-o", "{d}/out.json", "--to", "node-link"])
case("unicode", "noncharacter U+FFFF in a TSV", {"t.tsv": "a\uffffb\tc\n".encode("utf-8")}, ["info", "{d}/t.tsv"], REFUSE_OR, check=ANY)
case("unicode", "CESU-8 emoji in a TSV", {"t.tsv": b"a\xed\xa0\xbd\xed\xb8\x80\tb\n"}, ["info", "{d}/t.tsv"], REFUSE)
case("unicode", "5-byte UTF-8 in a TSV", {"t.tsv": b"a\xf8\x88\x80\x80\x80\tb\n"}, ["info", "{d}/t.tsv"], REFUSE)
case("unicode", "code point over U+10FFFF", {"t.tsv": b"a\xf4\x90\x80\x80\tb\n"}, ["info", "{d}/t.tsv"], REFUSE)

# YAML 1.1 scalars in ids: an id is text as written (NO is Norway, not false)
for value in ("NO", "no", "yes", "on", "off", "y", "n", "010", "0x1F", "1e3", "12:30", ".inf", "2019-01-01", "1_000", "0o17", "+1", "-0", "null_x"):
    case("yaml ids", f"id {value}", {"t.yaml": b(f"name: t\nactors:\n  - id: {value}\n  - id: B\nmeetings:\n  - id: m1\n    hosts: [{value}]\n    attends: [B]\n")},
         to_nodelink("t.yaml"), REFUSE_OR, check=lambda r, value=value: value in node_ids(r))
for value in ("~", "null", "Null", "NULL", ""):
    case("yaml ids", f"id {value!r} (null)", {"t.yaml": b(f"name: t\nactors:\n  - id: {value}\n  - id: B\nmeetings: []\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml structure", "anchor and alias for a region", {"t.yaml": b("name: t\nactors:\n  - {id: A, region: &r Africa}\n  - {id: B, region: *r}\n" + MEETING)},
     to_nodelink("t.yaml"), READ, check=lambda r: actor_field(r, "B", "region") == "Africa")
case("yaml structure", "alias for a host list", {"t.yaml": b("name: t\n" + ACTORS + "meetings:\n  - id: m1\n    hosts: &h [A]\n  - id: m2\n    hosts: *h\n")},
     ["info", "{d}/t.yaml", "-f", "json"], READ, check=lambda r: info(r)["network"]["edges"] == 2)
case("yaml structure", "merge key with a list", {"t.yaml": b("name: t\nbase: &x {region: Africa}\nmore: &y {kind: country}\nactors:\n  - <<: [*x, *y]\n    id: A\n  - id: B\n" + MEETING)},
     to_nodelink("t.yaml"), REFUSE_OR, check=lambda r: actor_field(r, "A", "region") == "Africa")
case("yaml structure", "merge key overridden", {"t.yaml": b("name: t\nactors:\n  - &x {id: A, region: Africa}\n  - <<: *x\n    id: B\n    region: Asia\n" + MEETING)},
     to_nodelink("t.yaml"), REFUSE_OR, check=lambda r: actor_field(r, "B", "region") == "Asia")
case("yaml structure", "merge key of a scalar", {"t.yaml": b("name: t\nactors:\n  - <<: Africa\n    id: A\n  - id: B\n" + MEETING)}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml structure", "alias bomb through actors", {"t.yaml": b("name: t\nx0: &x0 [{id: A}]\n" + "".join(f"x{i + 1}: &x{i + 1} [" + ", ".join([f"*x{i}"] * 9) + "]\n" for i in range(9))
     + "actors: *x9\nmeetings: []\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml structure", "deep alias chain", {"t.yaml": b("name: t\n" + "a0: &a0 x\n" + "".join(f"a{i + 1}: &a{i + 1} [*a{i}]\n" for i in range(3000)) + ACTORS + MEETING)},
     ["info", "{d}/t.yaml"], REFUSE_OR, check=ANY)
case("yaml structure", "document end marker then more", {"t.yaml": b("name: t\n" + ACTORS + MEETING + "...\nname: u\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml structure", "three documents", {"t.yaml": b("---\nname: t\n" + ACTORS + MEETING + "---\n---\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml structure", "explicit start and end", {"t.yaml": b("%YAML 1.2\n---\nname: t\n" + ACTORS + MEETING + "...\n")}, ["info", "{d}/t.yaml", "-f", "json"], READ, check=nodes_are(3))
case("yaml structure", "%YAML 9.9", {"t.yaml": b("%YAML 9.9\n---\nname: t\n" + ACTORS + MEETING)}, ["info", "{d}/t.yaml"], REFUSE_OR, check=nodes_are(3))
case("yaml structure", "whole file in flow style", {"t.yaml": b("{name: t, actors: [{id: A}, {id: B}], meetings: [{id: m1, hosts: [A], attends: [B]}]}\n")},
     ["info", "{d}/t.yaml", "-f", "json"], READ, check=nodes_are(3))
case("yaml structure", "duplicate key in an actor", {"t.yaml": b("name: t\nactors:\n  - {id: A, id: C}\n  - id: B\n" + MEETING)}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml structure", "duplicate key in attributes", {"t.yaml": net("    attributes:\n      iso2: NG\n      iso2: GH\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml structure", "duplicate key, quoted and plain", {"t.yaml": b('name: t\n"name": u\n' + ACTORS + MEETING)}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml structure", "complex key in an actor", {"t.yaml": b("name: t\nactors:\n  - id: A\n    ? [x, y]\n    : z\n  - id: B\n" + MEETING)}, ["info", "{d}/t.yaml"], REFUSE_OR, check=noted)
case("yaml structure", "mapping as a key", {"t.yaml": b("name: t\n{a: 1}: 2\n" + ACTORS + MEETING)}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml structure", "attribute value a list", {"t.yaml": net("    attributes: {tags: [x, y]}\n")}, to_nodelink("t.yaml"), REFUSE_OR,
     check=lambda r: "x" in json.dumps(actor_field(r, "A", "tags")) and "y" in json.dumps(actor_field(r, "A", "tags")))
case("yaml structure", "attribute value a mapping", {"t.yaml": net("    attributes: {pos: {x: 1}}\n")}, to_nodelink("t.yaml"), REFUSE_OR,
     check=lambda r: actor_field(r, "A", "pos") is not None)
case("yaml structure", "plain scalar of 2 MB", {"t.yaml": net("    name: " + "w" * (2 << 20) + "\n")}, to_nodelink("t.yaml"), REFUSE_OR,
     check=lambda r: actor_field(r, "A", "label") == "w" * (2 << 20))
case("yaml structure", "literal block name", {"t.yaml": net("    name: |\n      two\n      lines\n")}, to_nodelink("t.yaml"), REFUSE_OR,
     check=lambda r: actor_field(r, "A", "label") == "two\nlines\n")
case("yaml structure", "folded name", {"t.yaml": net("    name: >-\n      one\n      line\n")}, to_nodelink("t.yaml"), READ, check=lambda r: actor_field(r, "A", "label") == "one line")
case("yaml structure", "!!set", {"t.yaml": b("name: t\n" + ACTORS + "meetings:\n  - id: m1\n    hosts: !!set {A}\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml structure", "!!omap", {"t.yaml": b("name: t\nactors: !!omap\n  - A: 1\nmeetings: []\n")}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml structure", "verbatim str tag", {"t.yaml": net("    name: !<tag:yaml.org,2002:str> Alpha\n")}, to_nodelink("t.yaml"), REFUSE_OR,
     check=lambda r: actor_field(r, "A", "label") == "Alpha")
case("yaml structure", "!!timestamp on a start", {"t.yaml": b("name: t\n" + ACTORS + "meetings:\n  - id: m1\n    start: !!timestamp 2019-03-01\n    hosts: [A]\n")},
     to_nodelink("t.yaml"), REFUSE_OR, check=lambda r: str(actor_field(r, "m1", "start")) == "2019-03-01")
case("yaml structure", "escaped bell in a double-quoted id", {"t.yaml": b('name: t\nactors:\n  - id: "A\\a"\n  - id: B\nmeetings: []\n')}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml structure", "escaped \\N (NEL) in an id", {"t.yaml": b('name: t\nactors:\n  - id: "A\\NB"\n  - id: B\nmeetings: []\n')}, ["info", "{d}/t.yaml"], REFUSE)
case("yaml structure", "escaped \\e in a name", {"t.yaml": net('    name: "\\e[2J"\n')}, ["info", "{d}/t.yaml"], REFUSE)

# JSON: structures a strict parser refuses, values a lax one changes
case("json", "duplicate key inside an actor", {"t.json": b('{"name": "t", "actors": [{"id": "A", "id": "B"}], "meetings": []}')}, ["info", "{d}/t.json"], REFUSE)
case("json", "duplicate key, one escaped", {"t.json": b('{"name": "a", "n\\u0061me": "b", "actors": [], "meetings": []}')}, ["info", "{d}/t.json"], REFUSE)
case("json", "lone low surrogate", {"t.json": b('{"name": "\\udc00", "actors": [], "meetings": []}')}, ["info", "{d}/t.json"], REFUSE)
case("json", "high surrogate then letter", {"t.json": b('{"name": "\\ud800x", "actors": [], "meetings": []}')}, ["info", "{d}/t.json"], REFUSE)
case("json", "Infinity literal", {"t.json": b('{"name": "t", "actors": [], "meetings": [{"id": "m", "participants": Infinity}]}')}, ["info", "{d}/t.json"], REFUSE)
case("json", "-Infinity weight", {"t.node-link.json": b('{"directed": false, "graph": {}, "nodes": [{"id": "a"}, {"id": "b"}], "edges": [{"source": "a", "target": "b", "weight": -Infinity}]}')},
     ["info", "{d}/t.node-link.json"], REFUSE)
case("json", "exponent of 20 digits", {"t.json": b('{"name": "t", "actors": [{"id": "A"}], "meetings": [{"id": "m", "hosts": ["A"], "participants": 1e99999999999999999999}]}')},
     ["info", "{d}/t.json"], REFUSE)
case("json", "participants 12.0", {"t.json": b('{"name": "t", "actors": [{"id": "A"}], "meetings": [{"id": "m", "hosts": ["A"], "participants": 12.0}]}')},
     to_nodelink("t.json"), REFUSE_OR, check=lambda r: actor_field(r, "m", "participants") in (12, "12"))
case("json", "participants 1.2e1", {"t.json": b('{"name": "t", "actors": [{"id": "A"}], "meetings": [{"id": "m", "hosts": ["A"], "participants": 1.2e1}]}')},
     to_nodelink("t.json"), REFUSE_OR, check=lambda r: actor_field(r, "m", "participants") in (12, "12"))
case("json", "participants 2^64", {"t.json": b('{"name": "t", "actors": [{"id": "A"}], "meetings": [{"id": "m", "hosts": ["A"], "participants": 18446744073709551616}]}')},
     ["info", "{d}/t.json"], REFUSE)
case("json", "form feed as whitespace", {"t.json": b('{"name": "t",\f"actors": [], "meetings": []}')}, ["info", "{d}/t.json"], REFUSE)
case("json", "no-break space as whitespace", {"t.json": b('{"name": "t",\u00a0"actors": [], "meetings": []}')}, ["info", "{d}/t.json"], REFUSE)
case("json", "BOM in the middle", {"t.json": b('{"name": "t", \ufeff"actors": [], "meetings": []}')}, ["info", "{d}/t.json"], REFUSE)
case("json", "objects 200,000 deep in an attribute", {"t.node-link.json": b('{"directed": false, "graph": {}, "nodes": [{"id": "a", "x": ' + '{"k": ' * 200000 + "1" + "}" * 200000 + '}], "edges": []}')},
     ["info", "{d}/t.node-link.json"], REFUSE_OR, check=ANY)
case("json", "top-level array", {"t.json": b("[1, 2]")}, ["info", "{d}/t.json"], REFUSE)
case("json", "top-level string", {"t.json": b('"network"')}, ["info", "{d}/t.json"], REFUSE)
case("json", "escaped slash and unicode in an id", {"t.json": b('{"name": "t", "actors": [{"id": "a\\/b\\u00e9"}, {"id": "B"}], "meetings": [{"id": "m", "hosts": ["a/b\u00e9"], "attends": ["B"]}]}')},
     ["info", "{d}/t.json", "-f", "json"], READ, check=nodes_are(3))
case("json", "NUL in a key", {"t.json": b('{"name": "t", "actors": [{"id": "A", "k\\u0000": 1}], "meetings": []}')}, ["info", "{d}/t.json"], REFUSE_OR, check=noted)
case("node-link", "duplicate key in a node", {"t.node-link.json": b('{"directed": false, "graph": {}, "nodes": [{"id": "a", "id": "b"}], "edges": []}')}, ["info", "{d}/t.node-link.json"], REFUSE)
case("node-link", "duplicate key at the top", {"t.node-link.json": b('{"directed": false, "directed": true, "graph": {}, "nodes": [{"id": "a"}], "edges": []}')}, ["info", "{d}/t.node-link.json"], REFUSE)
case("node-link", "ids 1 and 1e0", {"t.node-link.json": b('{"directed": false, "graph": {}, "nodes": [{"id": 1}, {"id": 1e0}], "edges": []}')}, ["info", "{d}/t.node-link.json"], REFUSE)
case("node-link", "ids 10 and 1e1 as edge ends", {"t.node-link.json": b('{"directed": false, "graph": {}, "nodes": [{"id": 10}, {"id": 2}], "edges": [{"source": 1e1, "target": 2}]}')},
     ["info", "{d}/t.node-link.json", "-f", "json"], REFUSE_OR, check=lambda r: info(r)["network"]["nodes"] == 2)
case("node-link", "id 12345678901234567890", {"t.node-link.json": b('{"directed": false, "graph": {}, "nodes": [{"id": 12345678901234567890}, {"id": 12345678901234567891}], "edges": []}')},
     to_nodelink("t.node-link.json"), REFUSE_OR, check=lambda r: len(node_ids(r)) == 2)
case("node-link", "parallel edges, not a multigraph", {"t.node-link.json": nl(AB, edges=[{"source": "a", "target": "b"}, {"source": "b", "target": "a"}])},
     ["info", "{d}/t.node-link.json", "-f", "json"], REFUSE_OR, check=lambda r: info(r)["network"]["edges"] in (1, 2))
case("node-link", "edges and links both empty", {"t.node-link.json": nl(AB, edges=[], extra=', "links": []')}, ["info", "{d}/t.node-link.json"], REFUSE_OR, check=ANY)
case("node-link", "links only", {"t.node-link.json": nl(AB, edges_key="links")}, ["info", "{d}/t.node-link.json", "-f", "json"], READ,
     check=lambda r: info(r)["network"]["edges"] == 1)
case("node-link", "directed graph, both directions", {"t.node-link.json": b(json.dumps({"directed": True, "multigraph": False, "graph": {}, "nodes": AB,
     "edges": [{"source": "a", "target": "b"}, {"source": "b", "target": "a"}]}))}, ["info", "{d}/t.node-link.json", "-f", "json"], REFUSE_OR,
     check=lambda r: info(r)["network"]["edges"] == 2 or noted(r))
case("node-link", "edge attribute list", {"t.node-link.json": nl(AB, edges=[{"source": "a", "target": "b", "years": [2019, 2020]}])}, to_nodelink("t.node-link.json"), REFUSE_OR,
     check=lambda r: "2020" in json.dumps(nodelink_out(r)["edges"] if "edges" in nodelink_out(r) else nodelink_out(r)["links"]))
case("node-link", "source missing", {"t.node-link.json": nl(AB, edges=[{"target": "b"}])}, ["info", "{d}/t.node-link.json"], REFUSE)
case("node-link", "source an object", {"t.node-link.json": nl(AB, edges=[{"source": {"id": "a"}, "target": "b"}])}, ["info", "{d}/t.node-link.json"], REFUSE)
case("node-link", "BOM", {"t.node-link.json": b"\xef\xbb\xbf" + nl(AB)}, ["info", "{d}/t.node-link.json", "-f", "json"], REFUSE_OR, check=nodes_are(2))

# GraphML: namespaces, entities, external reads, types, defaults, mixed directions
GML_NS = "http://graphml.graphdrawing.org/xmlns"
case("graphml", "prefixed namespace", {"t.graphml": b(f'<?xml version="1.0"?>\n<g:graphml xmlns:g="{GML_NS}"><g:graph edgedefault="undirected"><g:node id="a"/><g:node id="b"/><g:edge source="a" target="b"/></g:graph></g:graphml>\n')},
     ["info", "{d}/t.graphml", "-f", "json"], REFUSE_OR, check=lambda r: info(r)["network"]["edges"] == 1)
case("graphml", "no namespace", {"t.graphml": b('<graphml><graph edgedefault="undirected"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>\n')},
     ["info", "{d}/t.graphml", "-f", "json"], REFUSE_OR, check=lambda r: info(r)["network"]["edges"] == 1)
case("graphml", "foreign namespace elements", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"><y:ShapeNode xmlns:y="http://www.yworks.com/xml/graphml"/></node><node id="b"/></graph>\n')},
     ["info", "{d}/t.graphml", "-f", "json"], REFUSE_OR, check=lambda r: info(r)["network"]["nodes"] == 2)
case("graphml", "entities in an id", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a&amp;b&#x41;&#66;"/><node id="z"/><edge source="a&amp;bAB" target="z"/></graph>\n')},
     to_nodelink("t.graphml"), READ, check=lambda r: node_ids(r) == ["a&bAB", "z"])
case("graphml", "CDATA in a label", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"><data key="d0">x<![CDATA[ & <y> ]]>z</data></node></graph>\n')},
     to_nodelink("t.graphml"), READ, check=lambda r: "x & <y> z" in json.dumps(nodelink_out(r)))
case("graphml", "internal entity in an id", {"t.graphml": b(f'<?xml version="1.0"?>\n<!DOCTYPE graphml [<!ENTITY e "abc">]>\n<graphml xmlns="{GML_NS}"><graph edgedefault="undirected"><node id="&e;"/></graph></graphml>\n')},
     to_nodelink("t.graphml"), REFUSE_OR, check=lambda r: node_ids(r) == ["abc"])
case("graphml", "external entity without a scheme", {"t.graphml": b('<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY x SYSTEM "secret.txt">]>\n<graphml><graph edgedefault="undirected"><node id="&x;"/></graph></graphml>\n'), **SECRET},
     to_nodelink("t.graphml"), REFUSE, check=no_secret)
case("graphml", "external DTD subset", {"t.graphml": b('<?xml version="1.0"?>\n<!DOCTYPE graphml SYSTEM "secret.txt">\n<graphml><graph edgedefault="undirected"><node id="a"/></graph></graphml>\n'), **SECRET},
     to_nodelink("t.graphml"), REFUSE_OR, check=no_secret)
case("graphml", "external entity in data", {"t.graphml": b(f'<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY x SYSTEM "secret.txt">]>\n<graphml xmlns="{GML_NS}"><key id="d0" for="node" attr.name="label" attr.type="string"/><graph edgedefault="undirected"><node id="a"><data key="d0">&x;</data></node></graph></graphml>\n'), **SECRET},
     to_nodelink("t.graphml"), REFUSE, check=no_secret)
case("graphml", "XInclude", {"t.graphml": b(f'<?xml version="1.0"?>\n<graphml xmlns="{GML_NS}" xmlns:xi="http://www.w3.org/2001/XInclude"><key id="d0" for="node" attr.name="label" attr.type="string"/><graph edgedefault="undirected"><node id="a"><data key="d0"><xi:include href="secret.txt" parse="text"/></data></node></graph></graphml>\n'), **SECRET},
     to_nodelink("t.graphml"), REFUSE_OR, check=no_secret)
case("graphml", "xml:base", {"t.graphml": graphml('<graph edgedefault="undirected" xml:base="file:///etc/"><node id="a"/><node id="b"/></graph>\n')},
     ["info", "{d}/t.graphml", "-f", "json"], REFUSE_OR, check=nodes_are(2))
case("graphml", "quadratic entity blowup", {"t.graphml": b('<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY a "' + "x" * 50000 + '">]>\n<graphml><graph edgedefault="undirected"><node id="n">' + "&a;" * 50000 + "</node></graph></graphml>\n")},
     ["info", "{d}/t.graphml"], REFUSE_OR, check=ANY)
for type_, value in (("int", "1.5"), ("int", "abc"), ("long", "1e3"), ("boolean", "maybe"), ("boolean", "2"), ("double", "1,5"), ("double", "0x10"), ("int", " 7 x")):
    case("graphml", f"attr.type {type_} value {value!r}", {"t.graphml": graphml(f'<graph edgedefault="undirected"><node id="a"><data key="k">{value}</data></node></graph>\n',
         keys=f'<key id="k" for="node" attr.name="v" attr.type="{type_}"/>\n')}, ["info", "{d}/t.graphml"], REFUSE)
for type_, value in (("float", "NaN"), ("double", "INF"), ("long", "99999999999")):
    case("graphml", f"attr.type {type_} value {value!r} kept", {"t.graphml": graphml(f'<graph edgedefault="undirected"><node id="a"><data key="k">{value}</data></node></graph>\n',
         keys=f'<key id="k" for="node" attr.name="v" attr.type="{type_}"/>\n')}, to_nodelink("t.graphml"), REFUSE_OR,
         check=lambda r, value=value: str(actor_field(r, "a", "v")) == value)
for value in ('"2"', '" 2"'):
    case("weights", f"JSON tie weight {value} (a number as text)", {"t.json": b('{"name": "t", "actors": [{"id": "A"}, {"id": "B"}], "meetings": [], "ties": [{"from": "A", "to": "B", "relation": "partner", "weight": ' + value + "}]}")},
         to_nodelink("t.json"), REFUSE_OR, check=lambda r: edge_weights(r) == [2])
case("graphml", "attr.type unknown", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"><data key="k">1</data></node></graph>\n',
     keys='<key id="k" for="node" attr.name="v" attr.type="complex"/>\n')}, ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "boolean TRUE and 1", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"><data key="k">TRUE</data></node><node id="b"><data key="k">1</data></node></graph>\n',
     keys='<key id="k" for="node" attr.name="v" attr.type="boolean"/>\n')}, to_nodelink("t.graphml"), REFUSE_OR,
     check=lambda r: actor_field(r, "a", "v") in (True, "true", "TRUE") and actor_field(r, "b", "v") in (True, "true", "1"))
case("graphml", "key for all applies to nodes", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"><data key="k">x</data></node><node id="b"/></graph>\n',
     keys='<key id="k" for="all" attr.name="colour" attr.type="string"/>\n')}, to_nodelink("t.graphml"), READ, check=lambda r: actor_field(r, "a", "colour") == "x")
case("graphml", "key default applies", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"/><node id="b"><data key="k">2</data></node></graph>\n',
     keys='<key id="k" for="node" attr.name="score" attr.type="int"><default>7</default></key>\n')}, to_nodelink("t.graphml"), READ,
     check=lambda r: actor_field(r, "a", "score") in (7, "7") and actor_field(r, "b", "score") in (2, "2"))
case("graphml", "key default of the wrong type", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"/></graph>\n',
     keys='<key id="k" for="node" attr.name="score" attr.type="int"><default>seven</default></key>\n')}, ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "weight key for an edge with a default", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"/><node id="b"/><node id="c"/><edge source="a" target="b"/><edge source="b" target="c"><data key="w">3</data></edge></graph>\n',
     keys='<key id="w" for="edge" attr.name="weight" attr.type="double"><default>2</default></key>\n')}, to_nodelink("t.graphml"), READ,
     check=lambda r: edge_weights(r) == [2, 3])
case("graphml", "edge id equal to a node id", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"/><node id="b"/><edge id="a" source="a" target="b"/></graph>\n')},
     ["info", "{d}/t.graphml", "-f", "json"], REFUSE_OR, check=lambda r: info(r)["network"]["nodes"] == 2 and info(r)["network"]["edges"] == 1)
case("graphml", "duplicate edge ids", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"/><node id="b"/><node id="c"/><edge id="e" source="a" target="b"/><edge id="e" source="b" target="c"/></graph>\n')},
     ["info", "{d}/t.graphml", "-f", "json"], REFUSE_OR, check=lambda r: info(r)["network"]["edges"] == 2)
case("graphml", "directed edge in an undirected graph", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"/><node id="b"/><node id="c"/><edge source="a" target="b" directed="true"/><edge source="b" target="c"/></graph>\n')},
     ["info", "{d}/t.graphml"], REFUSE_OR, check=noted)
case("graphml", "undirected edge in a directed graph", {"t.graphml": graphml('<graph edgedefault="directed"><node id="a"/><node id="b"/><node id="c"/><edge source="a" target="b" directed="false"/><edge source="b" target="c"/></graph>\n')},
     ["info", "{d}/t.graphml"], REFUSE_OR, check=noted)
case("graphml", "directed=\"maybe\"", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"/><node id="b"/><edge source="a" target="b" directed="maybe"/></graph>\n')},
     ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "no edgedefault", {"t.graphml": graphml('<graph><node id="a"/><node id="b"/><edge source="a" target="b"/></graph>\n')},
     ["info", "{d}/t.graphml", "-f", "json"], REFUSE_OR, check=lambda r: info(r)["network"]["edges"] == 1)
case("graphml", "data holding elements", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"><data key="d0"><b>x</b></data></node></graph>\n')},
     to_nodelink("t.graphml"), REFUSE_OR, check=lambda r: noted(r) or "x" in json.dumps(actor_field(r, "a", "label")))
case("graphml", "locator", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"/><locator xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="other.graphml"/></graph>\n')},
     ["info", "{d}/t.graphml"], REFUSE_OR, check=noted)
case("graphml", "unknown element in a graph", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"/><widget/></graph>\n')},
     ["info", "{d}/t.graphml"], REFUSE_OR, check=noted)
case("graphml", "comments and processing instructions", {"t.graphml": graphml('<graph edgedefault="undirected"><!-- c --><?pi x?><node id="a"/><node id="b"/><edge source="a" target="b"/></graph>\n')},
     ["info", "{d}/t.graphml", "-f", "json"], READ, check=lambda r: info(r)["network"]["edges"] == 1)
case("graphml", "data for a graph key on a node", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"><data key="g">x</data></node></graph>\n',
     keys='<key id="g" for="graph" attr.name="year" attr.type="string"/>\n')}, ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "attr.name repeated on two keys", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"><data key="k1">x</data><data key="k2">y</data></node></graph>\n',
     keys='<key id="k1" for="node" attr.name="v" attr.type="string"/>\n<key id="k2" for="node" attr.name="v" attr.type="string"/>\n')}, ["info", "{d}/t.graphml"], REFUSE)
case("graphml", "key after the graph", {"t.graphml": b(GML_HEAD + '<graph edgedefault="undirected"><node id="a"><data key="k">x</data></node></graph>\n<key id="k" for="node" attr.name="v" attr.type="string"/>\n</graphml>\n')},
     to_nodelink("t.graphml"), REFUSE_OR, check=lambda r: actor_field(r, "a", "v") == "x")
case("graphml", "NFD id and NFC edge end", {"t.graphml": graphml(f'<graph edgedefault="undirected"><node id="{NFD}"/><node id="z"/><edge source="{NFC}" target="z"/></graph>\n')},
     to_nodelink("t.graphml"), READ, check=lambda r: NFD in node_ids(r) and len(node_ids(r)) == 2)
case("graphml", "a 4 MB id", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="' + "i" * (4 << 20) + '"/></graph>\n')}, ["info", "{d}/t.graphml", "-f", "json"], REFUSE_OR, check=nodes_are(1))
case("graphml", "attributes 100,000 on a node", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a" ' + " ".join(f'x{i}="1"' for i in range(100000)) + "/></graph>\n")},
     ["info", "{d}/t.graphml"], REFUSE_OR, check=ANY)
case("graphml", "standalone and encoding utf-8 lowercase", {"t.graphml": b('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n' + GML_HEAD.split("\n", 1)[1] + '<graph edgedefault="undirected"><node id="a"/></graph>\n</graphml>\n')},
     ["info", "{d}/t.graphml", "-f", "json"], READ, check=nodes_are(1))
case("graphml", "declared UTF-8, bytes Latin-1", {"t.graphml": b(GML_HEAD + '<graph edgedefault="undirected"><node id="C') + b"\xf4" + b('te"/></graph>\n</graphml>\n')},
     ["info", "{d}/t.graphml"], REFUSE)

# GEXF: versions, attributes, defaults, mixed edges
case("gexf", "version 1.2draft namespace", {"t.gexf": b('<?xml version="1.0"?>\n<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2"><graph defaultedgetype="undirected"><nodes><node id="a"/><node id="b"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>\n')},
     ["info", "{d}/t.gexf", "-f", "json"], READ, check=lambda r: info(r)["network"]["edges"] == 1)
case("gexf", "viz attributes", {"t.gexf": b('<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph defaultedgetype="undirected"><nodes><node id="a"><viz:position x="1" y="2"/><viz:size value="3"/></node><node id="b"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>\n')},
     ["info", "{d}/t.gexf", "-f", "json"], REFUSE_OR, check=lambda r: info(r)["network"]["edges"] == 1)
case("gexf", "attribute default applies", {"t.gexf": gexf("", '<attributes class="node"><attribute id="0" title="score" type="integer"><default>7</default></attribute></attributes>\n<nodes><node id="a"/><node id="b"><attvalues><attvalue for="0" value="2"/></attvalues></node></nodes>\n')},
     to_nodelink("t.gexf"), READ, check=lambda r: actor_field(r, "a", "score") in (7, "7") and actor_field(r, "b", "score") in (2, "2"))
for type_, value in (("integer", "1.5"), ("long", "1e3"), ("boolean", "maybe"), ("double", "1,5"), ("date", "2020-02-30")):
    case("gexf", f"attribute {type_} value {value!r}", {"t.gexf": gexf("", f'<attributes class="node"><attribute id="0" title="v" type="{type_}"/></attributes>\n<nodes><node id="a"><attvalues><attvalue for="0" value="{value}"/></attvalues></node></nodes>\n')},
         ["info", "{d}/t.gexf"], REFUSE)
case("gexf", "liststring attribute", {"t.gexf": gexf("", '<attributes class="node"><attribute id="0" title="tags" type="liststring"/></attributes>\n<nodes><node id="a"><attvalues><attvalue for="0" value="[x, y]"/></attvalues></node></nodes>\n')},
     to_nodelink("t.gexf"), REFUSE_OR, check=lambda r: "y" in json.dumps(actor_field(r, "a", "tags")))
case("gexf", "directed edge in an undirected graph", {"t.gexf": gexf("", '<nodes><node id="a"/><node id="b"/><node id="c"/></nodes><edges><edge source="a" target="b" type="directed"/><edge source="b" target="c"/></edges>\n')},
     ["info", "{d}/t.gexf"], REFUSE_OR, check=noted)
case("gexf", "defaultedgetype mutual (documented: undirected)", {"t.gexf": b('<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="mutual"><nodes><node id="a"/><node id="b"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>\n')},
     ["info", "{d}/t.gexf", "-f", "json"], REFUSE_OR, check=lambda r: info(r)["network"]["edges"] == 1 and not info(r)["network"]["directed"])
case("gexf", "parents element", {"t.gexf": gexf("", '<nodes><node id="a"/><node id="b"><parents><parent for="a"/></parents></node></nodes>\n')}, to_nodelink("t.gexf"), REFUSE_OR,
     check=lambda r: noted(r) or "a" in json.dumps(actor_field(r, "b", "parents")))
case("gexf", "edge id equal to a node id", {"t.gexf": gexf("", NODES_AB + '<edges><edge id="a" source="a" target="b"/></edges>\n')}, ["info", "{d}/t.gexf", "-f", "json"], REFUSE_OR,
     check=lambda r: info(r)["network"]["edges"] == 1)
case("gexf", "duplicate edge ids", {"t.gexf": gexf("", '<nodes><node id="a"/><node id="b"/><node id="c"/></nodes><edges><edge id="e" source="a" target="b"/><edge id="e" source="b" target="c"/></edges>\n')},
     ["info", "{d}/t.gexf", "-f", "json"], REFUSE_OR, check=lambda r: info(r)["network"]["edges"] == 2)
case("gexf", "parallel edges", {"t.gexf": gexf("", NODES_AB + '<edges><edge source="a" target="b" weight="2"/><edge source="b" target="a" weight="3"/></edges>\n')},
     ["info", "{d}/t.gexf", "-f", "json"], REFUSE_OR, check=lambda r: noted(r) or info(r)["network"]["edges"] == 2)
case("gexf", "external entity", {"t.gexf": b('<?xml version="1.0"?>\n<!DOCTYPE gexf [<!ENTITY x SYSTEM "secret.txt">]>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected"><nodes><node id="a" label="&x;"/></nodes></graph></gexf>\n'), **SECRET},
     to_nodelink("t.gexf"), REFUSE, check=no_secret)
case("gexf", "timeformat integer, start 1.5", {"t.gexf": gexf('mode="dynamic" timeformat="integer"', '<nodes><node id="a" start="1.5"/><node id="b"/></nodes>\n')}, ["info", "{d}/t.gexf"], REFUSE)
case("gexf", "start and startopen both", {"t.gexf": gexf('mode="dynamic" timeformat="double"', '<nodes><node id="a" start="1" startopen="2"/><node id="b"/></nodes>\n')}, ["info", "{d}/t.gexf"], REFUSE_OR,
     check=noted)
case("gexf", "node label with an entity", {"t.gexf": gexf("", '<nodes><node id="a" label="x &amp; y &#233;"/></nodes>\n')}, to_nodelink("t.gexf"), READ,
     check=lambda r: "x & y \u00e9" in json.dumps(nodelink_out(r), ensure_ascii=False))
case("gexf", "a one-line GEXF of 20,000 nodes", {"t.gexf": gexf("", "<nodes>" + "".join(f'<node id="n{i}" label="n{i}"/>' for i in range(20000)) + "</nodes><edges>"
     + "".join(f'<edge source="n{i}" target="n{i + 1}"/>' for i in range(19999)) + "</edges>").replace(b"\n", b"")}, ["info", "{d}/t.gexf", "-f", "json"], READ, check=nodes_are(20000))

# Pajek: every section kind
case("pajek", "*Arcs and *Edges both", {"t.net": b("*Vertices 3\n*Arcs\n1 2\n*Edges\n2 3\n")}, ["info", "{d}/t.net"], REFUSE_OR, check=noted)
case("pajek", "*Arcs only", {"t.net": b("*Vertices 3\n*Arcs\n1 2\n2 3\n")}, ["info", "{d}/t.net", "-f", "json"], READ, check=lambda r: info(r)["network"]["edges"] == 2)
case("pajek", "*Arcslist", {"t.net": b('*Vertices 3\n1 "a"\n2 "b"\n3 "c"\n*Arcslist\n1 2 3\n')}, ["info", "{d}/t.net", "-f", "json"], REFUSE_OR, check=lambda r: info(r)["network"]["edges"] == 2)
case("pajek", "*Edgeslist", {"t.net": b('*Vertices 3\n*Edgeslist\n1 2 3\n')}, ["info", "{d}/t.net", "-f", "json"], REFUSE_OR, check=lambda r: info(r)["network"]["edges"] == 2)
case("pajek", "*Matrix with weights", {"t.net": b("*Vertices 3\n*Matrix\n0 2 0\n2 0 1\n0 1 0\n")}, to_nodelink("t.net"), REFUSE_OR, check=lambda r: edge_weights(r) == [1, 2])
case("pajek", "*Matrix with a short row", {"t.net": b("*Vertices 3\n*Matrix\n0 1\n1 0 1\n0 1 0\n")}, ["info", "{d}/t.net"], REFUSE)
case("pajek", "*Matrix weight -1", {"t.net": b("*Vertices 2\n*Matrix\n0 -1\n-1 0\n")}, ["info", "{d}/t.net"], REFUSE)
case("pajek", "duplicate vertex line", {"t.net": b('*Vertices 2\n1 "a"\n1 "b"\n*Edges\n1 2\n')}, ["info", "{d}/t.net"], REFUSE)
case("pajek", "0-based vertex lines", {"t.net": b('*Vertices 2\n0 "a"\n1 "b"\n*Edges\n0 1\n')}, ["info", "{d}/t.net"], REFUSE)
case("pajek", "lowercase sections", {"t.net": b("*vertices 2\n*edges\n1 2\n")}, ["info", "{d}/t.net", "-f", "json"], READ, check=lambda r: info(r)["network"]["edges"] == 1)
case("pajek", "CRLF and tabs", {"t.net": b('*Vertices 2\r\n1\t"a"\r\n2\t"b"\r\n*Edges\r\n1\t2\r\n')}, to_nodelink("t.net"), READ, check=lambda r: node_ids(r) == ["a", "b"])
case("pajek", "unquoted labels", {"t.net": b("*Vertices 2\n1 a\n2 b\n*Edges\n1 2\n")}, to_nodelink("t.net"), READ, check=lambda r: node_ids(r) == ["a", "b"])
case("pajek", "label with coordinates", {"t.net": b('*Vertices 2\n1 "a" 0.1 0.2 0.5\n2 "b" 0.3 0.4 0.5\n*Edges\n1 2\n')}, to_nodelink("t.net"), READ, check=lambda r: node_ids(r) == ["a", "b"])
case("pajek", "*Network line and comments", {"t.net": b('*Network test\n% comment\n*Vertices 2\n1 "a"\n2 "b"\n% more\n*Edges\n1 2\n')}, to_nodelink("t.net"), READ,
     check=lambda r: node_ids(r) == ["a", "b"])
case("pajek", "same edge twice", {"t.net": b("*Vertices 2\n*Edges\n1 2 1\n2 1 4\n")}, ["info", "{d}/t.net", "-f", "json"], REFUSE_OR,
     check=lambda r: noted(r) or info(r)["network"]["edges"] == 2)
case("pajek", "unknown section", {"t.net": b("*Vertices 2\n*Hyperedges\n1 2\n")}, ["info", "{d}/t.net"], REFUSE_OR, check=noted)
case("pajek", "vertex number 1.5", {"t.net": b("*Vertices 2\n*Edges\n1.5 2\n")}, ["info", "{d}/t.net"], REFUSE)
case("pajek", "vertex number +1", {"t.net": b("*Vertices 2\n*Edges\n+1 2\n")}, ["info", "{d}/t.net"], REFUSE_OR, check=lambda r: True)
case("pajek", "*Vertices 2 and four vertex lines", {"t.net": b('*Vertices 2\n1 "a"\n2 "b"\n3 "c"\n4 "d"\n*Edges\n1 2\n')}, ["info", "{d}/t.net"], REFUSE)
case("pajek", "labels differing by NFC only", {"t.net": f'*Vertices 2\n1 "{NFC}"\n2 "{NFD}"\n*Edges\n1 2\n'.encode()}, ["info", "{d}/t.net", "-f", "json"], REFUSE_OR,
     check=lambda r: info(r)["network"]["nodes"] == 2)
case("pajek", "label with a control character", {"t.net": b('*Vertices 2\n1 "a\x1b[2Jb"\n2 "c"\n*Edges\n1 2\n')}, ["info", "{d}/t.net"], REFUSE)
case("pajek", "huge two-mode split", {"t.net": b("*Vertices 3 99999999999\n")}, ["info", "{d}/t.net"], REFUSE)
case("pajek", "*Vertices 2000000 and --max-nodes 100000000, no vertex lines", {"t.net": b("*Vertices 2000000\n*Edges\n1 2\n")}, ["info", "{d}/t.net", "--max-nodes", "100000000", "-f", "json"],
     REFUSE_OR, check=ANY)

# CSV event tables: quoting, delimiters, empty columns
case("csv", "quoted newline in a name", {"t.csv": b('actor,meeting,relation,actor_name\na,m,hosts,"two\nlines"\nb,m,attends,\n')}, to_nodelink("t.csv"), REFUSE_OR,
     check=lambda r: actor_field(r, "a", "label") == "two\nlines")
case("csv", "quoted CRLF inside a field, CRLF rows", {"t.csv": b('actor,meeting,relation,actor_name\r\na,m,hosts,"x\r\ny"\r\nb,m,attends,\r\n')}, ["info", "{d}/t.csv", "-f", "json"], REFUSE_OR,
     check=nodes_are(3))
case("csv", "doubled quotes in an id", {"t.csv": b('actor,meeting,relation\n"a""b",m,hosts\n')}, to_nodelink("t.csv"), READ, check=lambda r: 'a"b' in node_ids(r))
case("csv", "quote opened mid-file never closed", {"t.csv": b(CSVH + 'a,m,hosts\nb,"m,attends\nc,m,attends\n')}, ["info", "{d}/t.csv"], REFUSE)
case("csv", "text after a closing quote", {"t.csv": b(CSVH + '"a"x,m,hosts\n')}, ["info", "{d}/t.csv"], REFUSE)
case("csv", "tab separated .csv", {"t.csv": b("actor\tmeeting\trelation\na\tm\thosts\n")}, ["info", "{d}/t.csv"], REFUSE_OR, check=nodes_are(2))
case("csv", "pipe separated", {"t.csv": b("actor|meeting|relation\na|m|hosts\n")}, ["info", "{d}/t.csv"], REFUSE)
case("csv", "empty trailing column in the header", {"t.csv": b("actor,meeting,relation,\na,m,hosts,\n")}, ["info", "{d}/t.csv"], REFUSE_OR, check=ANY)
case("csv", "empty column name in the middle", {"t.csv": b("actor,,meeting,relation\na,x,m,hosts\n")}, ["info", "{d}/t.csv"], REFUSE)
case("csv", "blank lines between rows", {"t.csv": b(CSVH + "a,m,hosts\n\n\nb,m,attends\n")}, ["info", "{d}/t.csv", "-f", "json"], REFUSE_OR, check=nodes_are(3))
case("csv", "row of commas only", {"t.csv": b(CSVH + "a,m,hosts\n,,\n")}, ["info", "{d}/t.csv"], REFUSE)
case("csv", "spaces around values", {"t.csv": b(CSVH + " a ,m,hosts\na,m2,hosts\n")}, to_nodelink("t.csv"), REFUSE_OR,
     check=lambda r: sorted(node_ids(r)) in (sorted([" a ", "a", "m", "m2"]), sorted(["a", "m", "m2"])) and (noted(r) or " a " in node_ids(r)))
case("csv", "header in capitals", {"t.csv": b("Actor,Meeting,Relation\na,m,hosts\n")}, ["info", "{d}/t.csv", "-f", "json"], REFUSE_OR, check=nodes_are(2))
case("csv", "header with BOM and quotes", {"t.csv": b'\xef\xbb\xbf"actor","meeting","relation"\na,m,hosts\n'}, ["info", "{d}/t.csv", "-f", "json"], READ, check=nodes_are(2))
case("csv", "differing repeated actor_kind", {"t.csv": b("actor,meeting,relation,actor_kind\na,m,hosts,country\na,n,hosts,organisation\n")}, ["info", "{d}/t.csv"], REFUSE)
case("csv", "differing repeated meeting start spelt two ways", {"t.csv": b("actor,meeting,relation,start\na,m,hosts,2020-01-01\nb,m,attends,2020-1-1\n")}, ["info", "{d}/t.csv"], REFUSE_OR,
     check=lambda r: True)
case("csv", "repeated actor_name, one empty", {"t.csv": b(CSV_HEAD + "a,m,hosts,Alpha,\na,n,hosts,,\n")}, to_nodelink("t.csv"), REFUSE_OR,
     check=lambda r: actor_field(r, "a", "label") == "Alpha")
case("csv", "same row twice", {"t.csv": b(CSVH + "a,m,hosts\na,m,hosts\n")}, ["info", "{d}/t.csv", "-f", "json"], REFUSE_OR, check=lambda r: info(r)["network"]["edges"] in (1, 2))
case("csv", "actor hosts and attends the same meeting", {"t.csv": b(CSVH + "a,m,hosts\na,m,attends\n")}, ["info", "{d}/t.csv", "-f", "json"], REFUSE_OR, check=ANY)
case("csv", "10,000 columns in a row", {"t.csv": b(CSVH + "a,m,hosts" + ",x" * 10000 + "\n")}, ["info", "{d}/t.csv"], REFUSE,
     check=lambda r: len(r["stderr"]) < 10000)
case("csv", "100,000 bad rows", {"t.csv": b(CSVH + "a,m\n" * 100000)}, ["info", "{d}/t.csv"], REFUSE, check=lambda r: len(r["stderr"]) < 20000)
case("gephi csv", "weight '1,5' quoted", {"t.csv": b('Source,Target,Weight\na,b,"1,5"\n')}, ["info", "{d}/t.csv"], REFUSE)
case("gephi csv", "lowercase headers", {"t.csv": b("source,target,weight\na,b,2\n")}, to_nodelink("t.csv"), REFUSE_OR, check=lambda r: edge_weights(r) == [2])
case("gephi csv", "Id and Label columns", {"t.csv": b("Source,Target,Id,Label,Weight\na,b,0,x,2\nb,c,1,y,3\n")}, to_nodelink("t.csv"), REFUSE_OR, check=lambda r: edge_weights(r) == [2, 3])
case("gephi csv", "Type undirected in lowercase", {"t.csv": b("Source,Target,Type\na,b,undirected\n")}, ["info", "{d}/t.csv", "-f", "json"], REFUSE_OR, check=nodes_are(2))
case("gephi csv", "semicolon separated", {"t.csv": b("Source;Target;Weight\na;b;1,5\n")}, ["info", "{d}/t.csv"], REFUSE)
case("gephi csv", "node table alone", {"t.csv": b("Id,Label\na,Alpha\nb,Beta\n")}, ["info", "{d}/t.csv"], REFUSE_OR, check=ANY)
case("gephi csv", "same edge twice, other weights", {"t.csv": b("Source,Target,Weight\na,b,1\na,b,4\n")}, ["info", "{d}/t.csv", "-f", "json"], REFUSE_OR,
     check=lambda r: noted(r) or info(r)["network"]["edges"] == 2)
case("gephi csv", "Source and Target NFC/NFD", {"t.csv": f"Source,Target\n{NFC},x\n{NFD},y\n".encode()}, ["info", "{d}/t.csv", "-f", "json"], READ, check=nodes_are(3))

# extract: HTML as browsers read it, and text in odd encodings
OTHER = "Accra, 3 March 2021, hosted by Ghana with Senegal."


def extract_html(body, name="p.html"):
    return {name: b(f"<!DOCTYPE html><html><head><title>t</title></head><body>{body}</body></html>\n")}


case("extract", "HTML entities between words", extract_html("<p>Abuja,&nbsp;5&ndash;6&#160;November&#x20;2019, hosted by &#78;igeria and co&#8209;chaired by France &amp; Belgium.</p>"),
     ["extract", "{d}/p.html", "-o", "{d}/d.yaml"], READ, check=lambda r: "Nigeria" in draft_sources(r))
case("extract", "unknown entity", extract_html("<p>&bogus; " + SENTENCE + "</p>"), ["extract", "{d}/p.html", "-o", "{d}/d.yaml"], READ, check=lambda r: "Nigeria" in draft_sources(r))
case("extract", "style text not read", extract_html(f"<style>/* {OTHER} */ p {{}}</style><p>{SENTENCE}</p>"), ["extract", "{d}/p.html", "-o", "{d}/d.yaml"], READ,
     check=lambda r: "Nigeria" in draft_sources(r) and "Ghana" not in draft_sources(r))
case("extract", "script beside text not read", extract_html(f"<p>{SENTENCE}</p><script>document.write('{OTHER}')</script>"), ["extract", "{d}/p.html", "-o", "{d}/d.yaml"], READ,
     check=lambda r: "Nigeria" in draft_sources(r) and "Ghana" not in draft_sources(r))
case("extract", "script with a closing tag in a string", extract_html(f"<script>var s = '</scr' + 'ipt>{OTHER}';</script><p>{SENTENCE}</p>"), ["extract", "{d}/p.html", "-o", "{d}/d.yaml"], READ,
     check=lambda r: "Nigeria" in draft_sources(r) and "Ghana" not in draft_sources(r))
case("extract", "comment not read", extract_html(f"<!-- {OTHER} --><p>{SENTENCE}</p>"), ["extract", "{d}/p.html", "-o", "{d}/d.yaml"], READ,
     check=lambda r: "Nigeria" in draft_sources(r) and "Ghana" not in draft_sources(r))
case("extract", "unclosed comment", extract_html(f"<p>{SENTENCE}</p><!-- {OTHER}"), ["extract", "{d}/p.html", "-o", "{d}/d.yaml"], REFUSE_OR,
     check=lambda r: "Ghana" not in draft_sources(r))
case("extract", "template and noscript", extract_html(f"<template><p>{OTHER}</p></template><p>{SENTENCE}</p>"), ["extract", "{d}/p.html", "-o", "{d}/d.yaml"], READ,
     check=lambda r: "Nigeria" in draft_sources(r) and "Ghana" not in draft_sources(r))
case("extract", "<br> between sentences", extract_html(f"<p>{SENTENCE}<br>{OTHER}</p>"), ["extract", "{d}/p.html", "-o", "{d}/d.yaml"], READ,
     check=lambda r: "Nigeria" in draft_sources(r) and "Ghana" in draft_sources(r))
case("extract", "words split by inline tags", extract_html("<p>Abuja, 5-6 November 2019, hosted by <b>Nige</b>ria and co-chaired by <i>France</i> and <span>Belgium</span>.</p>"),
     ["extract", "{d}/p.html", "-o", "{d}/d.yaml"], READ, check=lambda r: "Nigeria" in draft_sources(r))
case("extract", "table cells", extract_html(f"<table><tr><td>{SENTENCE}</td><td>{OTHER}</td></tr></table>"), ["extract", "{d}/p.html", "-o", "{d}/d.yaml"], READ,
     check=lambda r: "Nigeria" in draft_sources(r) and "Ghana" in draft_sources(r))
case("extract", "nested lists", extract_html(f"<ul><li>One<ul><li><ol><li>{SENTENCE}</li></ol></li></ul></li><li>{OTHER}</li></ul>"), ["extract", "{d}/p.html", "-o", "{d}/d.yaml"], READ,
     check=lambda r: "Nigeria" in draft_sources(r) and "Ghana" in draft_sources(r))
case("extract", "right-to-left text around", extract_html(f"<p dir=\"rtl\">\u0627\u062c\u062a\u0645\u0627\u0639 \u0641\u064a \u0623\u0628\u0648\u062c\u0627</p><p>\u202b{SENTENCE}\u202c</p>"),
     ["extract", "{d}/p.html", "-o", "{d}/d.yaml"], REFUSE_OR, check=lambda r: "Nigeria" in draft_sources(r))
case("extract", "HTML in UTF-16", {"p.html": ("<html><body><p>" + SENTENCE + "</p></body></html>").encode("utf-16")}, ["extract", "{d}/p.html", "-o", "{d}/d.yaml"], REFUSE_OR,
     check=lambda r: "Nigeria" in draft_sources(r))
case("extract", "HTML with a Latin-1 meta charset", {"p.html": b('<html><head><meta charset="iso-8859-1"></head><body><p>' + SENTENCE + " C") + b"\xf4" + b("te.</p></body></html>")},
     ["extract", "{d}/p.html", "-o", "{d}/d.yaml"], REFUSE_OR, check=lambda r: "Nigeria" in draft_sources(r) and "\ufffd" not in draft_sources(r))
case("extract", "NUL bytes in text", {"p.txt": b(SENTENCE[:20]) + b"\x00\x00" + b(SENTENCE[20:] + "\n")}, ["extract", "{d}/p.txt", "-o", "{d}/d.yaml"], REFUSE_OR,
     check=lambda r: "\x00" not in draft_sources(r) and "\\0" not in draft_sources(r))
case("extract", "NUL entity in HTML", extract_html("<p>a&#0;b " + SENTENCE + "</p>"), ["extract", "{d}/p.html", "-o", "{d}/d.yaml"], REFUSE_OR,
     check=lambda r: "\\0" not in draft_sources(r) and "\x00" not in draft_sources(r))
case("extract", "entity for ESC in HTML", extract_html("<p>&#27;[2J " + SENTENCE + "</p>"), ["extract", "{d}/p.html", "--explain"], REFUSE_OR, check=lambda r: "\x1b" not in r["stdout"] + r["stderr"])
case("extract", "huge numeric entity", extract_html("<p>&#99999999999999999999; " + SENTENCE + "</p>"), ["extract", "{d}/p.html", "-o", "{d}/d.yaml"], READ, check=lambda r: "Nigeria" in draft_sources(r))
case("extract", "surrogate numeric entity", extract_html("<p>&#xD800; " + SENTENCE + "</p>"), ["extract", "{d}/p.html", "-o", "{d}/d.yaml"], READ, check=lambda r: "Nigeria" in draft_sources(r))
case("extract", "a 4 MB attribute", extract_html('<p title="' + "t" * (4 << 20) + f'">{SENTENCE}</p>'), ["extract", "{d}/p.html", "-o", "{d}/d.yaml"], READ,
     check=lambda r: "Nigeria" in draft_sources(r))
case("extract", "100,000 unclosed tags", extract_html("<b>" * 100000 + SENTENCE), ["extract", "{d}/p.html", "-o", "{d}/d.yaml", "--timeout", "25"], REFUSE_OR,
     check=lambda r: "Nigeria" in draft_sources(r))
case("extract", "a word of 2 MB", {"p.txt": b("x" * (2 << 20) + " " + SENTENCE + "\n")}, ["extract", "{d}/p.txt", "-o", "{d}/d.yaml", "--timeout", "25"], REFUSE_OR,
     check=lambda r: "Nigeria" in draft_sources(r))
case("extract", "100,000 short lines", {"p.txt": b("a.\n" * 100000 + SENTENCE + "\n")}, ["extract", "{d}/p.txt", "-o", "{d}/d.yaml", "--timeout", "25"], REFUSE_OR,
     check=lambda r: "Nigeria" in draft_sources(r))
case("extract", "Markdown with HTML inside", {"p.md": b(f"# Notes\n\n<div>\n{SENTENCE}\n</div>\n\n<script>{OTHER}</script>\n")}, ["extract", "{d}/p.md", "-o", "{d}/d.yaml"], READ,
     check=lambda r: "Nigeria" in draft_sources(r))
case("extract", "Markdown front matter with a tag", {"p.md": b(f"---\nurl: !!binary aGVsbG8=\n---\n\n{SENTENCE}\n")}, ["extract", "{d}/p.md", "-o", "{d}/d.yaml"], REFUSE_OR,
     check=lambda r: "aGVsbG8=" not in draft_sources(r) or noted(r))
case("extract", "JSON line with duplicate text keys", {"p.jsonl": b('{"url": "u", "text": "' + OTHER + '", "text": "' + SENTENCE + '"}\n')}, ["extract", "{d}/p.jsonl", "-o", "{d}/d.yaml"], REFUSE)
case("extract", "JSON line with a BOM", {"p.jsonl": b"\xef\xbb\xbf" + b(json.dumps({"url": "https://example.org/1", "text": SENTENCE}) + "\n")},
     ["extract", "{d}/p.jsonl", "-o", "{d}/d.yaml"], REFUSE_OR, check=lambda r: "Nigeria" in draft_sources(r))
case("extract", "JSON lines with a blank line", {"p.jsonl": b(json.dumps({"url": "https://example.org/1", "text": SENTENCE}) + "\n\n" + json.dumps({"url": "https://example.org/2", "text": OTHER}) + "\n")},
     ["extract", "{d}/p.jsonl", "-o", "{d}/d.yaml"], REFUSE_OR, check=lambda r: "Nigeria" in draft_sources(r) and "Ghana" in draft_sources(r))
case("extract", "/dev/zero", {}, ["extract", "/dev/zero", "-o", "{d}/d.yaml", "--timeout", "20"], REFUSE)
case("extract", "/dev/urandom", {}, ["extract", "/dev/urandom", "-o", "{d}/d.yaml", "--timeout", "20"], REFUSE)
case("extract", "-o a folder", {"p.txt": b(SENTENCE + "\n")}, ["extract", "{d}/p.txt", "-o", "{d}"], REFUSE)
case("extract", "-o /dev/full", {"p.txt": b(SENTENCE + "\n")}, ["extract", "{d}/p.txt", "-o", "/dev/full"], REFUSE)
case("extract", "-o in a missing folder", {"p.txt": b(SENTENCE + "\n")}, ["extract", "{d}/p.txt", "-o", "{d}/none/d.yaml"], REFUSE)
setup_case("extract", "-o a hard link to the input", lambda d: os.link(os.path.join(d, "p.txt"), os.path.join(d, "d.yaml")), ["extract", "{d}/p.txt", "-o", "{d}/d.yaml"],
           REFUSE_OR, check=ANY, files={"p.txt": b(SENTENCE + "\n")})
case("extract", "--organisations -o through ./", {"p.txt": b(SENTENCE + "\n"), "o.tsv": b("XYZ\torganisation\tXyz Centre\tXYZC\n")},
     ["extract", "{d}/p.txt", "--organisations", "{d}/o.tsv", "-o", "{d}/./o.tsv"], REFUSE)

# options with odd values, again
for value in ("", "9e18", "1e19", "1e300", "0x10", "1e-300", "-0", "+5", " 5"):
    case("options", f"info --timeout {value!r}", {"t.tsv": TSV3}, ["info", "{d}/t.tsv", "--timeout", value, "-f", "json"], REFUSE_OR, check=nodes_are(3))
for value in ("18446744073709551615", "18446744073709551616", "1.5", "0x10"):
    case("options", f"communities --seed {value}", {"t.yaml": NET}, ["communities", "{d}/t.yaml", "-f", "json", "--seed", value], REFUSE_OR, check=ANY)
for args in (["--samples", "9223372036854775807"], ["--samples", "1e3"], ["--threads", "9999999999"], ["--top", "9223372036854775807"], ["--max-iterations", "0"],
             ["--max-iterations", "-1"], ["--max-iterations", "999999999999"]):
    case("options", "centrality " + " ".join(args), {"t.yaml": NET}, ["centrality", "{d}/t.yaml", "--measure", "all", "-f", "json", "--timeout", "20"] + args, REFUSE_OR, check=ANY)
for args in (["--significance", "fdsm", "--samples", "1000000000"], ["--significance", "fdsm", "--samples", "9223372036854775807"],
             ["--significance", "fdsm", "--samples", "100000000", "--timeout", "2"], ["--significance", "sdsm", "--alpha", "1e-320"],
             ["--significance", "fdsm", "--seed", "18446744073709551615"], ["--top", "9223372036854775807"]):
    case("options", "cooccurrence " + " ".join(args), {"t.yaml": NET}, ["cooccurrence", "{d}/t.yaml", "-f", "json"] + args, REFUSE_OR, check=ANY)
for args in (["--size", "100000,100000", "-o", "{d}/o.png"], ["--size", "1e9,1e9", "-o", "{d}/o.png"], ["--dpi", "100000", "-o", "{d}/o.png"], ["--size", "0.0001,0.0001", "-o", "{d}/o.png"]):
    case("options", "render " + " ".join(args[:-2]) + " png", {"t.yaml": NET}, ["render", "{d}/t.yaml", "--timeout", "20"] + args, REFUSE_OR, check=ANY)
for args in (["--window", "9223372036854775807y"], ["--window", "1m"], ["--window", "0.5y"], ["--top", "9223372036854775807"]):
    case("options", "stats --by year " + " ".join(args), {"t.yaml": NET}, ["stats", "{d}/t.yaml", "--by", "year", "-f", "json"] + args, REFUSE_OR, check=ANY)
case("options", "communities --resolution 1e-320", {"t.yaml": NET}, ["communities", "{d}/t.yaml", "-f", "json", "--resolution", "1e-320"], REFUSE_OR, check=ANY)
case("options", "--max-nodes 2 on a 3-node YAML", {"t.yaml": NET}, ["info", "{d}/t.yaml", "--max-nodes", "2"], REFUSE)
case("options", "--max-edges 1 on GraphML", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"/><node id="b"/><node id="c"/><edge source="a" target="b"/><edge source="b" target="c"/></graph>\n')},
     ["info", "{d}/t.graphml", "--max-edges", "1"], REFUSE)
case("options", "--max-input-bytes 10 on stdin", {"x.tsv": TSV3}, ["info", "-", "--max-input-bytes", "10"], REFUSE, stdin="x.tsv")

# outputs that are inputs under another name, outputs that cannot be written
for spelling in ("{d}/./x.tsv", "{d}//x.tsv", "{d}/sub/../x.tsv"):
    setup_case("outputs", f"-o the input as {spelling.replace('{d}', 'DIR')}", lambda d: os.mkdir(os.path.join(d, "sub")),
               ["convert", "{d}/x.tsv", "-o", spelling, "--to", "graphml"], REFUSE, files={"x.tsv": b("a\tb\n")})
setup_case("outputs", "-o a hard link to the input", lambda d: os.link(os.path.join(d, "x.tsv"), os.path.join(d, "h.graphml")),
           ["convert", "{d}/x.tsv", "-o", "{d}/h.graphml", "--to", "graphml"], REFUSE_OR, check=ANY, files={"x.tsv": b("a\tb\n")})
setup_case("outputs", "-o through a symlinked folder", lambda d: os.symlink(d, os.path.join(d, "same")),
           ["convert", "{d}/x.tsv", "-o", "{d}/same/x.tsv", "--to", "graphml"], REFUSE, files={"x.tsv": b("a\tb\n")})
setup_case("outputs", "render -o a hard link to the input", lambda d: os.link(os.path.join(d, "t.yaml"), os.path.join(d, "o.dot")),
           ["render", "{d}/t.yaml", "-o", "{d}/o.dot"], REFUSE_OR, check=ANY, files={"t.yaml": NET})
setup_case("outputs", "report -o a symlink to the input", lambda d: os.symlink(os.path.join(d, "t.yaml"), os.path.join(d, "o.html")),
           ["report", "{d}/t.yaml", "-o", "{d}/o.html"], REFUSE, files={"t.yaml": NET})
for command in (["render", "{d}/t.yaml", "-o", "/dev/full", "--format", "svg"], ["report", "{d}/t.yaml", "-o", "/dev/full"], ["convert", "{d}/t.yaml", "-o", "/dev/full", "--to", "node-link"]):
    case("outputs", f"{command[0]} -o /dev/full", {"t.yaml": NET}, command, REFUSE)
for command in (["info", "{d}/t.yaml"], ["centrality", "{d}/t.yaml", "--measure", "all"], ["cooccurrence", "{d}/t.yaml"], ["stats", "{d}/t.yaml", "--by", "actor"],
                ["convert", "{d}/t.yaml", "--to", "graphml"], ["render", "{d}/t.yaml", "--format", "dot"], ["communities", "{d}/t.yaml"], ["ties", "{d}/t.yaml"]):
    case("outputs", f"{command[0]} to a full standard output", {"t.yaml": NET}, command, REFUSE, stdout="/dev/full")
for command in (["render", "{d}/t.yaml", "-o", "{d}/miss/o.svg"], ["report", "{d}/t.yaml", "-o", "{d}/miss/o.html"], ["convert", "{d}/t.yaml", "-o", "{d}/miss/o.gexf"]):
    case("outputs", f"{command[0]} -o in a missing folder", {"t.yaml": NET}, command, REFUSE)
for command in (["render", "{d}/t.yaml", "-o", "{d}", "--format", "svg"], ["report", "{d}/t.yaml", "-o", "{d}"]):
    case("outputs", f"{command[0]} -o a folder", {"t.yaml": NET}, command, REFUSE)
case("files", "/dev/zero as network", {}, ["info", "/dev/zero", "--input", "network"], REFUSE)
case("files", "/dev/urandom as network", {}, ["info", "/dev/urandom", "--input", "network"], REFUSE)
case("files", "/dev/zero as pajek", {}, ["info", "/dev/zero", "--input", "pajek"], REFUSE)
case("files", "/dev/zero as affiliation", {}, ["info", "/dev/zero", "--input", "affiliation"], REFUSE)
case("files", "/dev/zero to convert", {}, ["convert", "/dev/zero", "-o", "{d}/o.graphml"], REFUSE)
setup_case("files", "a symlink to /dev/zero named .yaml", lambda d: os.symlink("/dev/zero", os.path.join(d, "z.yaml")), ["info", "{d}/z.yaml"], REFUSE)
setup_case("files", "a symlink to /dev/urandom named .graphml", lambda d: os.symlink("/dev/urandom", os.path.join(d, "z.graphml")), ["info", "{d}/z.graphml"], REFUSE)
setup_case("files", "a folder named .yaml to render", lambda d: os.mkdir(os.path.join(d, "n.yaml")), ["render", "{d}/n.yaml", "-o", "{d}/o.svg"], REFUSE)
setup_case("files", "an unreadable file to report", lambda d: os.chmod(os.path.join(d, "t.yaml"), 0), ["report", "{d}/t.yaml", "-o", "{d}/o.html"], REFUSE_OR, check=ANY,
           files={"t.yaml": NET})
case("files", "/dev/stdin as a path with a YAML", {"x.yaml": NET}, ["info", "/dev/stdin", "-f", "json"], REFUSE_OR, check=nodes_are(5), stdin="x.yaml")


case("gexf", "weight attribute and weight attvalue differ", {"t.gexf": gexf("", '<attributes class="edge"><attribute id="0" title="weight" type="double"/></attributes>\n'
     + NODES_AB + '<edges><edge source="a" target="b" weight="2"><attvalues><attvalue for="0" value="5"/></attvalues></edge></edges>\n')}, ["info", "{d}/t.gexf"], REFUSE)
case("gexf", "kind attribute and kind attvalue differ", {"t.gexf": gexf("", '<attributes class="node"><attribute id="k" title="kind" type="string"/></attributes>\n'
     + '<nodes><node id="a" kind="x"><attvalues><attvalue for="k" value="y"/></attvalues></node><node id="b"/></nodes>\n')}, ["info", "{d}/t.gexf"], REFUSE)
case("graphml", "weight and Weight keys", {"t.graphml": graphml('<graph edgedefault="undirected"><node id="a"/><node id="b"/><edge source="a" target="b"><data key="w">2</data><data key="W">0</data></edge></graph>\n',
     keys='<key id="w" for="edge" attr.name="weight" attr.type="double"/>\n<key id="W" for="edge" attr.name="Weight" attr.type="double"/>\n')}, to_nodelink("t.graphml"), REFUSE_OR,
     check=lambda r: edge_weights(r) == [2])

for header in ("source\ttarget", "Source\tTarget", "from\tto"):
    case("tsv", f"header line {header!r}", {"t.tsv": b(header + "\na\tb\n")}, ["info", "{d}/t.tsv"], REFUSE)

case("outputs", "info x >> x (standard output appends to the input)", {"x.yaml": NET}, ["info", "{d}/x.yaml"], REFUSE, stdout="append:x.yaml")
case("outputs", "convert x -o - >> x", {"x.yaml": NET}, ["convert", "{d}/x.yaml", "-o", "-", "--to", "yaml"], REFUSE, stdout="append:x.yaml")
case("outputs", "convert - < x -o - >> x", {"x.yaml": NET}, ["convert", "-", "--input", "network", "-o", "-", "--to", "yaml"], REFUSE, stdin="x.yaml", stdout="append:x.yaml")
case("outputs", "cooccurrence x >> x", {"x.yaml": NET}, ["cooccurrence", "{d}/x.yaml"], REFUSE, stdout="append:x.yaml")

# projection bombs: one meeting of many actors projects to n(n-1)/2 pairs; counted before anything is built
STAR = b("actor,meeting,relation\n" + "".join(f"a{i},m,attends\n" for i in range(30000)))
for command in (["communities"], ["centrality", "--measure", "all", "--on", "projection"], ["stats", "--by", "pair"], ["stats", "--by", "actor"],
                ["cooccurrence"], ["render", "--view", "projection", "-o", "{d}/o.svg"], ["report", "-o", "{d}/o.html"]):
    case("bombs", f"one meeting of 30,000 actors: {' '.join(command)}", {"t.csv": STAR}, [command[0], "{d}/t.csv"] + command[1:], REFUSE_OR, check=ANY)
case("bombs", "one meeting of 30,000 actors: info", {"t.csv": STAR}, ["info", "{d}/t.csv", "-f", "json"], READ, check=nodes_are(30001))


# ---------------------------------------------------------------- round four: impossible results, exports, diagrams
#
# Figures on extreme but accepted weights must stay in their documented ranges (no NaN, no infinity); an export must
# read back (or say what it changed); a diagram must show names as written.


def no_nan_printed(result):
    return re.search(r"\b(nan|-?inf|NaN|-?Infinity)\b", result["stdout"] + result["stderr"]) is None


def modularity_in_range(result):
    found = re.search(r"modularity (\S+)", result["stderr"])
    return no_nan_printed(result) and found is not None and -0.5 <= float(found.group(1)) <= 1


def eigenvector_unit(result):
    rows = json.loads(result["stdout"])
    values = [row["eigenvector"] for row in rows]
    return abs(sum(v * v for v in values) - 1) < 1e-6


HUGE = b("h\ta\t1.7e308\nh\tb\t1.7e308\nh\tc\t1\na\tb\t3\n")
MIXED = b("n0\tn1\t1e-200\nn1\tn2\t1.7e+308\nn2\tn3\t2.5\nn3\tn4\t2.3e-308\nn4\tn5\t2.5\nn5\tn6\t1e+200\nn6\tn7\t1e-16\nn7\tn0\t3\n")
for label, data in (("weights 1.7e308 twice", HUGE), ("weights from 2.3e-308 to 1.7e308 on a cycle", MIXED)):
    for method in ("louvain", "leiden"):
        case("impossible results", f"communities --method {method}, {label}", {"t.tsv": data}, ["communities", "{d}/t.tsv", "--method", method, "-f", "json"],
             READ, check=modularity_in_range)
    case("impossible results", f"centrality --weighted all but katz, {label}", {"t.tsv": data},
         ["centrality", "{d}/t.tsv", "--weighted", "-f", "json", "--measure", "degree,strength,closeness,harmonic,betweenness,eigenvector,pagerank,hits,clustering"],
         REFUSE_OR, check=lambda r: no_nan_printed(r) and betweenness_at_most_one(r))
case("impossible results", "weighted eigenvector, weights 1e300 and 1e16", {"t.tsv": b("a\tb\t1e16\nb\tc\t1\nc\td\t1e-300\nd\ta\t1e300\ne\tf\t1\n")},
     ["centrality", "{d}/t.tsv", "--weighted", "--measure", "eigenvector", "-f", "json"], READ, check=eigenvector_unit)
case("impossible results", "weighted eigenvector, a star of 1e200", {"t.tsv": b("".join(f"h\tl{i}\t1e200\n" for i in range(6)))},
     ["centrality", "{d}/t.tsv", "--weighted", "--measure", "eigenvector", "-f", "json"], READ, check=eigenvector_unit)
case("impossible results", "weight 1.7e308 for distances: the message names the range", {"t.tsv": HUGE},
     ["centrality", "{d}/t.tsv", "--weighted", "--measure", "betweenness"], REFUSE, check=lambda r: "from" in r["stderr"] and "so small" not in r["stderr"])
case("impossible results", "constraint of an isolated actor is empty, not nan", {"t.yaml": b("name: t\nactors:\n  - id: A\n  - id: B\n  - id: C\nmeetings: []\nties:\n  - {from: A, to: B, relation: partner}\n")},
     ["centrality", "{d}/t.yaml", "--measure", "constraint,effective-size", "-f", "json"], READ, check=no_nan_printed)
for args in (["--significance", "sdsm"], ["--significance", "hypergeometric", "--tail", "both"], ["--significance", "fdsm", "--samples", "40"]):
    case("impossible results", "cooccurrence " + " ".join(args) + ", one meeting of everyone", {"t.csv": b("actor,meeting,relation\n" + "".join(f"a{i},m,attends\n" for i in range(6)))},
         ["cooccurrence", "{d}/t.csv", "-f", "json", "--measure", "count,jaccard,cosine,npmi,pmi,lift"] + args, READ,
         check=lambda r: no_nan_printed(r) and all(0 <= row["p"] <= 1 and -1 <= row["npmi"] <= 1 for row in json.loads(r["stdout"])))

# Exports that must read back: a name with a tab or a line separator through Pajek
case("exports", "Pajek: names with a tab and a line separator read back", {"t.yaml": b('name: t\nactors:\n  - {id: A, name: "x\\ty"}\n  - {id: B, name: "p\\Lq"}\nmeetings: []\nties:\n  - {from: A, to: B, relation: partner}\n')},
     ["convert", "{d}/t.yaml", "-o", "{d}/o.net"], REFUSE_OR, after=["info", "{d}/o.net", "-f", "json"],
     check=lambda r: "Pajek labels cannot hold" in r["stderr"] and info(r)["network"]["nodes"] == 2)


def svg_texts(result):
    import html as markup
    with open(os.path.join(result["dir"], "o.svg"), encoding="utf-8") as f:
        return [markup.unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", f.read())]


DOT_NAMES = b('name: "T \\\\G \\\\N end\\\\"\nactors:\n  - {id: A, kind: "k\\\\G"}\n  - {id: B, name: "x&#65;y"}\n  - {id: C, name: "&amp;"}\n'
              '  - {id: node, name: node}\n  - {id: "{a|b}", name: "{a|b}"}\n  - {id: "<b>x</b>", name: "<b>x</b>"}\nmeetings:\n  - {id: m1, hosts: [A], attends: [B, C, node, "{a|b}", "<b>x</b>"]}\n')
case("diagrams", "SVG: \\G in the title is not expanded", {"t.yaml": DOT_NAMES}, ["render", "{d}/t.yaml", "-o", "{d}/o.svg"], READ,
     check=lambda r: "T \\G \\N end\\" in svg_texts(r))
case("diagrams", "SVG: \\G in a kind is not expanded", {"t.yaml": DOT_NAMES}, ["render", "{d}/t.yaml", "-o", "{d}/o.svg"], READ,
     check=lambda r: any(t.startswith("k\\G (") for t in svg_texts(r)))
case("diagrams", "SVG: &#65; in a name stays &#65;", {"t.yaml": DOT_NAMES}, ["render", "{d}/t.yaml", "-o", "{d}/o.svg"], READ,
     check=lambda r: "x&#65;y" in svg_texts(r) and "&amp;" in svg_texts(r))
case("diagrams", "SVG: DOT keywords, records and HTML as names", {"t.yaml": DOT_NAMES}, ["render", "{d}/t.yaml", "-o", "{d}/o.svg"], READ,
     check=lambda r: {"node", "{a|b}", "<b>x</b>"} <= set(svg_texts(r)))

# An id beginning with % is one of Graphviz's own names: it would be drawn under another id (%7), so it is refused by name
for out in ("o.svg", "o.dot"):
    case("diagrams", "render: id %x refused, " + out, {"p.tsv": b("%x\tb\nb\tc\n")}, ["render", "{d}/p.tsv", "-o", "{d}/" + out], REFUSE,
         check=lambda r: "'%x'" in r["stderr"])

# CSV: a hand-written row with spaces after its commas is refused with a way out
case("csv", "hand-written a, m, hosts", {"t.csv": b("actor,meeting,relation\na, m, hosts\n")}, ["info", "{d}/t.csv"], REFUSE,
     check=lambda r: "a,m,hosts" in r["stderr"])


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
        if c["stdout"]:
            target = os.path.join(folder, c["stdout"][7:]) if c["stdout"].startswith("append:") else c["stdout"]
            with open(target, "ab" if c["stdout"].startswith("append:") else "wb") as sink:
                p = subprocess.run([PARTNET] + args, stdin=stdin, stdout=sink, stderr=subprocess.PIPE, timeout=TIME_LIMIT)
            rc, out, err = p.returncode, b"", p.stderr
        else:
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
    first = int(sys.argv[sys.argv.index("--from") + 1]) if "--from" in sys.argv else 0
    table = {}
    failures = []
    root = tempfile.mkdtemp(prefix="partnet-hostile-")
    try:
        for index, c in enumerate(cases):
            if index < first or (only and only not in c["category"] + " / " + c["name"]):
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
