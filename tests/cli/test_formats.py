"""Networks that are not GraphML: GEXF as NetworkX writes it (the cases of
NetworkX's own GEXF tests, and the Gephi.org example of the GEXF primer that
they read), CSV tables as Python's csv module, pandas and Gephi's spreadsheet
export write them, and gzip. Each is compared with what NetworkX reads from
the same file (nx.read_gexf, nx.from_pandas_edgelist), through the GraphML
that silknet writes from it."""
import csv
import gzip
import io
import json
import math
import os
import re
import shutil
import subprocess
import tempfile
import unittest

import networkx as nx

try:
    import pandas as pd
except ImportError:  # optional: the csv-module cases still run
    pd = None

SILKNET = os.environ.get("SILKNET", "cli/silknet")
DATA = os.environ.get("SN_TEST_DATA", "tests/data")


def run(*args, stdin=None):
    p = subprocess.run([SILKNET, *args], capture_output=True, input=stdin)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def same(a, b):
    if isinstance(a, float) and isinstance(b, float):
        return (math.isnan(a) and math.isnan(b)) or a == b
    return type(a) is type(b) and a == b


class Base(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.dir)

    def path(self, name):
        return os.path.join(self.dir, name)

    def write(self, name, data):
        if isinstance(data, bytes):
            with open(self.path(name), "wb") as f:
                f.write(data)
        else:
            with open(self.path(name), "w", newline="", encoding="utf-8") as f:
                f.write(data)
        return self.path(name)

    def to_graphml(self, src, *args):
        """silknet's reading of src, as NetworkX reads the GraphML it writes."""
        out = self.path(os.path.basename(src) + ".out.graphml")
        rc, _, err = run("export", src, "--to", "graphml", "-o", out, *args)
        self.assertEqual(rc, 0, err)
        return nx.read_graphml(out, force_multigraph=True), err

    def fails(self, src, where, what, *args):
        rc, out, err = run("info", src, *args)
        self.assertEqual(rc, 1, err)
        self.assertEqual(out, "")
        self.assertIn("%s:%s: " % (src, where), err)
        self.assertIn(what, err)
        self.assertEqual(err.count("\n"), 1, err)


def scores(out, measure):
    return {v["id"]: v[measure] for v in json.loads(out)["vertices"]}


def edge_multiset(g):
    out = []
    for u, v, d in g.edges(data=True):
        if not g.is_directed():
            u, v = sorted((u, v))
        out.append((u, v))
    return sorted(out)


class GEXFFromNetworkX(Base):
    def compare(self, G, version="1.2draft", viz_expected=None):
        src = self.path("g.gexf")
        nx.write_gexf(G, src, version=version)
        ref = nx.read_gexf(src)
        got, _ = self.to_graphml(src)
        self.assertEqual(ref.is_directed(), got.is_directed())
        self.assertEqual(sorted(ref.nodes), sorted(got.nodes))
        self.assertEqual(edge_multiset(ref), edge_multiset(got))
        for n, d in ref.nodes(data=True):
            for k, v in d.items():
                if k in ("viz", "spells", "parents", "pid", "start", "end"):
                    continue
                self.assertIn(k, got.nodes[n], (n, k))
                w = got.nodes[n][k]
                if isinstance(v, (list, tuple)):
                    continue  # lists are kept as their text
                self.assertTrue(same(v, w) or (isinstance(v, int) and isinstance(w, int) and v == w),
                                (n, k, v, w))
            if "viz" in d and "position" in d["viz"]:
                for axis in ("x", "y", "z"):
                    if axis in d["viz"]["position"]:
                        self.assertEqual(float(d["viz"]["position"][axis]), got.nodes[n]["viz_" + axis])
        # edge values, matched by id
        ref_e = {d.get("id"): d for _, _, d in ref.edges(data=True)}
        got_e = {str(k): d for _, _, k, d in got.edges(keys=True, data=True)}
        for eid, d in ref_e.items():
            for k, v in d.items():
                if k in ("id", "start", "end") or v == "":
                    continue  # NetworkX reads GraphML's <data></data> as no value
                self.assertTrue(same(v, got_e[eid][k]), (eid, k, v, got_e[eid].get(k)))
        return got

    def test_typed_attributes_labels_and_weights(self):
        G = nx.DiGraph()
        G.add_node("TAS", label="Tashkent", pop=2.9, country="UZ", ok=True, big=2 ** 40)
        G.add_node("ALA", label="Almaty", pop=2.0, country="KZ", ok=False, big=-7)
        G.add_node("Хоргос", label="Хоргос 霍尔果斯", pop=0.1, country="KZ")
        G.add_edge("TAS", "ALA", weight=2.5, km=807, mode="rail")
        G.add_edge("ALA", "Хоргос", weight=1e-12, km=330, mode="rail & road <x> \"q\"")
        G.add_edge("Хоргос", "TAS", weight=1e12, km=1, mode="")
        got = self.compare(G)
        self.assertEqual(got.nodes["TAS"]["label"], "Tashkent")
        self.assertIs(type(got.nodes["TAS"]["big"]), int)

    def test_undirected_multigraph_with_missing_attributes(self):
        # NetworkX's test_multigraph_with_missing_attributes
        G = nx.MultiGraph()
        G.add_node(0, label="1", color="green")
        G.add_node(1, label="2", color="green")
        G.add_edge(0, 1, id="0", wight=3, type="undirected", start=0, end=1)
        G.add_edge(0, 1, id="1", label="foo", start=0, end=1)
        G.add_edge(0, 1)
        got = self.compare(G)
        self.assertEqual(got.number_of_edges(), 3)

    def test_specials_and_lists(self):
        # NetworkX's test_specials and test_simple_list
        G = nx.Graph()
        G.add_node(1, testattr=math.inf, strdata="inf", key="a")
        G.add_node(2, testattr=math.nan, strdata="nan", key="b")
        G.add_node(3, testattr=-math.inf, strdata="-inf", key="c")
        G.add_node(4, key=[(1, 2, 3), (9, 1, 2)])
        got = self.compare(G)
        self.assertTrue(math.isnan(got.nodes["2"]["testattr"]))
        self.assertEqual(got.nodes["3"]["testattr"], -math.inf)

    def test_viz_and_versions(self):
        # NetworkX's test_missing_viz_attributes: 1.1draft and 1.2draft,
        # a colour channel of 256
        for version, alpha in (("1.1draft", None), ("1.2draft", 0.5)):
            with self.subTest(version=version):
                G = nx.Graph()
                G.add_node(0, label="1", color="green")
                G.nodes[0]["viz"] = {"size": 54, "position": {"x": 0, "y": 1.5, "z": -2},
                                     "color": {"r": 0, "g": 10, "b": 256}, "shape": "disc"}
                if alpha is not None:
                    G.nodes[0]["viz"]["color"]["a"] = alpha
                G.add_node(1, label="2")
                G.add_edge(0, 1, weight=3.5)
                got = self.compare(G, version=version)
                self.assertEqual(got.nodes["0"]["viz_size"], 54.0)
                self.assertEqual(got.nodes["0"]["viz_color"], "#000aff" + ("80" if alpha else ""))

    def test_dynamic_spells_and_parents(self):
        # NetworkX's test_dynamic_mode, test_slice_and_spell, test_add_parent
        G = nx.Graph()
        G.add_node(0, label="1", color="green", spells=[(1, 2)])
        G.add_node(1, label="2")
        G.add_edge(0, 1)
        self.compare(G)
        G.graph["mode"] = "dynamic"
        G.nodes[0].pop("spells")
        self.compare(G)
        # parents: NetworkX 2.8 cannot read this one back itself
        G.add_node(2, label="3", parents=[0])
        src = self.path("parents.gexf")
        nx.write_gexf(G, src)
        got, _ = self.to_graphml(src)
        self.assertEqual(sorted(got.nodes), ["0", "1", "2"])

    def test_self_pid_is_ignored(self):
        # NetworkX's test_write_with_node_attributes writes pid = own id
        G = nx.path_graph(4)
        for i in range(4):
            G.nodes[i]["id"] = i
            G.nodes[i]["label"] = i
            G.nodes[i]["pid"] = i
        src = self.path("pid.gexf")
        nx.write_gexf(G, src)
        got, err = self.to_graphml(src)
        self.assertEqual(sorted(got.nodes), ["0", "1", "2", "3"])
        rc, out, err = run("info", src, "--format", "json")
        self.assertIn("names itself as its parent", out)

    def test_gephi_primer_example(self):
        # the Gephi.org "A Web network" that NetworkX's GEXF tests read
        src = os.path.join(DATA, "gexf", "gephi-web-network.gexf")
        ref = nx.read_gexf(src)
        got, _ = self.to_graphml(src)
        self.assertTrue(got.is_directed())
        self.assertEqual(sorted(ref.nodes), sorted(got.nodes))
        self.assertEqual(edge_multiset(ref), edge_multiset(got))
        for n, d in ref.nodes(data=True):
            for k in ("label", "url", "indegree", "frog"):
                self.assertTrue(same(d[k], got.nodes[n][k]), (n, k, d[k], got.nodes[n][k]))
        rc, out, err = run("centrality", src, "--measure", "degree", "--mode", "in", "--format", "json")
        self.assertEqual(rc, 0, err)
        for n, v in scores(out, "degree").items():
            self.assertEqual(v, ref.in_degree(n), n)

    def test_gephi_09_export(self):
        # a GEXF 1.3 file Gephi 0.9 wrote; NetworkX 2.8 reads only 1.1 and
        # 1.2, so the reference is the XML itself, through ElementTree
        import xml.etree.ElementTree as ET
        src = os.path.join(DATA, "gexf", "gephi-lesmiserables.gexf")
        ns = {"g": "http://www.gexf.net/1.3", "viz": "http://www.gexf.net/1.3/viz"}
        root = ET.parse(src).getroot()
        ref = nx.Graph()
        for n in root.iterfind(".//g:node", ns):
            pos = n.find("viz:position", ns)
            ref.add_node(n.get("id"), label=n.get("label"), x=float(pos.get("x")),
                         mc=int(n.find(".//g:attvalue", ns).get("value")))
        for e in root.iterfind(".//g:edge", ns):
            ref.add_edge(e.get("source"), e.get("target"), weight=float(e.get("weight", "1.0")))
        got, _ = self.to_graphml(src)
        self.assertEqual(sorted(ref.nodes), sorted(got.nodes))
        self.assertEqual(edge_multiset(ref), edge_multiset(got))
        for n, d in ref.nodes(data=True):
            self.assertEqual(got.nodes[n]["label"], d["label"])
            self.assertEqual(got.nodes[n]["viz_x"], d["x"])
            self.assertEqual(got.nodes[n]["Modularity Class"], d["mc"])
        # weights (1.0 where Gephi wrote none, as GEXF says) as NetworkX's
        for measure, nxf in (("betweenness", lambda G: nx.betweenness_centrality(G, weight="d", normalized=False)),
                             ("strength", lambda G: dict(G.degree(weight="weight")))):
            rc, out, err = run("centrality", src, "--measure", measure, "--weight", "weight",
                               "--weight-is", "strength", "--format", "json")
            self.assertEqual(rc, 0, err)
            for u, v, d in ref.edges(data=True):
                d["d"] = 1 / d["weight"]
            want = nxf(ref)
            for n, v in scores(out, measure).items():
                self.assertAlmostEqual(v, want[n], places=9, msg=(measure, n))

    def test_gzip_compressed(self):
        G = nx.path_graph(5)
        src = self.path("g.gexf.gz")
        nx.write_gexf(G, src)  # NetworkX compresses by the name
        with open(src, "rb") as f:
            self.assertEqual(f.read(2), b"\x1f\x8b")
        got, _ = self.to_graphml(src)
        self.assertEqual(sorted(got.nodes), [str(i) for i in range(5)])

    def test_mixed_edge_types_are_twinned(self):
        src = self.write("mixed.gexf", """<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <nodes><node id="a"/><node id="b"/><node id="c"/></nodes>
    <edges>
      <edge source="a" target="b"/>
      <edge source="b" target="c" type="undirected"/>
    </edges>
  </graph>
</gexf>
""")
        rc, out, err = run("info", src, "--format", "json")
        self.assertEqual(rc, 0, err)
        info = json.loads(out)
        # as for GraphML: the file's two edges, one of them with a reverse twin
        self.assertEqual((info["vertices"], info["edges"], info["directed"]), (3, 2, True))
        self.assertIn("mixed directed and undirected", out)
        rc, out, err = run("route", src, "c", "b", "--format", "json")
        self.assertEqual(rc, 0, err)
        self.assertEqual(json.loads(out)["routes"][0]["path"], ["c", "b"])
        rc, out, err = run("route", src, "b", "a")
        self.assertEqual(rc, 1)

    def test_bad_gexf(self):
        cases = {
            "edge-before-node.gexf": ('<gexf><graph><nodes><node id="a"/></nodes><edges>'
                                      '<edge source="a" target="z"/></edges></graph></gexf>',
                                      "edge target 'z' is no node declared before it"),
            "dup-node.gexf": ('<gexf><graph><nodes><node id="a"/><node id="a"/></nodes></graph></gexf>',
                              "a second node with id 'a'"),
            "bad-value.gexf": ('<gexf><graph><attributes class="node"><attribute id="0" title="n" '
                               'type="integer"/></attributes><nodes><node id="a"><attvalues>'
                               '<attvalue for="0" value="x"/></attvalues></node></nodes></graph></gexf>',
                               "value 'x' for int attribute 'n': expected an integer"),
            "undeclared-for.gexf": ('<gexf><graph><nodes><node id="a"><attvalues><attvalue for="9" '
                                    'value="x"/></attvalues></node></nodes></graph></gexf>',
                                    'no node <attribute> has that id'),
            "entity.gexf": ('<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY a "aaaa">]><gexf/>',
                            "entity declaration 'a' refused"),
            "attlist.gexf": ('<?xml version="1.0"?><!DOCTYPE gexf [<!ATTLIST node id CDATA "x">]><gexf/>',
                             "DTD attribute declaration"),
            "malformed.gexf": ('<gexf><graph><nodes></graph></gexf>', "malformed XML"),
        }
        for name, (doc, msg) in cases.items():
            with self.subTest(name=name):
                src = self.write(name, doc)
                rc, out, err = run("info", src)
                self.assertEqual(rc, 1, err)
                self.assertRegex(err, r"^silknet: %s:\d+:\d+: " % src)
                self.assertIn(msg, err)


CORRIDOR_ROWS = [
    ["source", "target", "km", "days", "mode", "operating"],
    ["TAS", "ALA", "807", "1.5", "rail", "true"],
    ["ALA", "KHO", "330", "0.5", "rail", "true"],
    ["KHO", "XIA", "2600", "3", "rail", "false"],
    ["TAS", "BAK", "1900", "4.25", "rail, ferry", "true"],
    ["BAK", "IST", "1800", "3", "rail", "true"],
]


class CSVTables(Base):
    def test_csv_module_table_against_networkx(self):
        buf = io.StringIO()
        csv.writer(buf).writerows(CORRIDOR_ROWS)
        src = self.write("edges.csv", buf.getvalue())
        got, _ = self.to_graphml(src)
        ref = nx.MultiGraph()
        for r in CORRIDOR_ROWS[1:]:
            ref.add_edge(r[0], r[1], km=int(r[2]), days=float(r[3]), mode=r[4], operating=r[5] == "true")
        self.assertFalse(got.is_directed())
        self.assertEqual(list(ref.nodes), list(got.nodes))  # first appearance order
        self.assertEqual(edge_multiset(ref), edge_multiset(got))
        for (u, v, d), (_, _, e) in zip(ref.edges(data=True), got.edges(data=True)):
            for k, val in d.items():
                self.assertTrue(same(val, e[k]), (u, v, k, val, e[k]))
        # the numbers: betweenness and shortest distance, as NetworkX's
        rc, out, err = run("centrality", src, "--measure", "betweenness", "--weight", "days",
                           "--weight-is", "distance", "--format", "json")
        self.assertEqual(rc, 0, err)
        bc = scores(out, "betweenness")
        G = nx.Graph(ref)
        for n, v in nx.betweenness_centrality(G, weight="days", normalized=False).items():
            self.assertAlmostEqual(bc[n], v, places=12, msg=n)
        rc, out, err = run("route", src, "XIA", "IST", "--cost", "days", "--format", "json")
        self.assertEqual(rc, 0, err)
        self.assertAlmostEqual(json.loads(out)["routes"][0]["cost"],
                               nx.shortest_path_length(G, "XIA", "IST", weight="days"))

    @unittest.skipIf(pd is None, "pandas is not installed")
    def test_pandas_tables_with_node_table(self):
        edges = pd.DataFrame({"source": ["KOR", "KOR", "UZB", "KAZ", "CHN"],
                              "target": ["UZB", "KAZ", "KAZ", "CHN", "KOR"],
                              "trade_usd": [2.1e9, 6.4e9, 3.3e9, 3.1e10, 3.6e11],
                              "year": [2023, 2023, 2023, 2022, 2023],
                              "note": ["K-Silk Road", None, "a, \"quoted\"\nnote", "", "x"]})
        nodes = pd.DataFrame({"id": ["KOR", "UZB", "KAZ", "CHN"],
                              "label": ["Korea", "Uzbekistan", "Kazakhstan", "China"],
                              "gdp": [1.7e12, 9.0e10, 2.6e11, 1.8e13]})
        e = self.path("e.csv")
        n = self.path("n.csv")
        edges.to_csv(e, index=False)
        nodes.to_csv(n, index=False)
        ref = nx.from_pandas_edgelist(pd.read_csv(e), edge_attr=True, create_using=nx.DiGraph)
        for _, row in pd.read_csv(n).iterrows():
            ref.nodes[row["id"]].update(label=row["label"], gdp=row["gdp"])
        got, _ = self.to_graphml(e, "--nodes", n, "--directed")
        self.assertTrue(got.is_directed())
        self.assertEqual(sorted(ref.nodes), sorted(got.nodes))
        self.assertEqual(edge_multiset(ref), edge_multiset(got))
        for u, v, d in ref.edges(data=True):
            (g,) = [x for a, b, x in got.edges(data=True) if (a, b) == (u, v)]
            self.assertEqual(g["trade_usd"], d["trade_usd"])
            self.assertEqual(g["year"], d["year"])
            if isinstance(d["note"], str):
                self.assertEqual(g["note"], d["note"])
            else:  # pandas' NaN for an empty field: silknet leaves it unset
                self.assertNotIn("note", g)
        for k, d in ref.nodes(data=True):
            self.assertEqual(got.nodes[k]["label"], d["label"])
            self.assertEqual(got.nodes[k]["gdp"], d["gdp"])
        # USD-scale strengths: the same PageRank as NetworkX
        rc, out, err = run("centrality", e, "--nodes", n, "--directed", "--measure", "pagerank",
                           "--weight", "trade_usd", "--weight-is", "strength", "--format", "json")
        self.assertEqual(rc, 0, err)
        pr = scores(out, "pagerank")
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
        for k, v in _pagerank_python(ref, weight="trade_usd", tol=1e-12, max_iter=1000).items():
            self.assertAlmostEqual(pr[k], v, places=7, msg=k)

    def test_gephi_spreadsheet_export(self):
        # the columns Gephi's Data Laboratory exports, semicolons as a
        # European Excel saves them, CRLF, a byte order mark
        text = ("\ufeffSource;Target;Type;Id;Label;timeset;Weight\r\n"
                "a;b;Directed;0;;;2.0\r\n"
                "b;c;Directed;1;;;1.0\r\n"
                "c;a;Directed;2;x;;0.5\r\n")
        nodes = "\ufeffId;Label;timeset;Modularity Class\r\na;Alpha;;0\r\nb;Beta;;1\r\nc;Gamma;;1\r\n"
        e = self.write("gephi-edges.csv", text.encode("utf-8"))
        n = self.write("gephi-nodes.csv", nodes.encode("utf-8"))
        got, _ = self.to_graphml(e, "--nodes", n)
        self.assertTrue(got.is_directed())
        self.assertEqual([got.nodes[v]["label"] for v in "abc"], ["Alpha", "Beta", "Gamma"])
        self.assertEqual(got.nodes["b"]["Modularity Class"], 1)
        ids = sorted(str(k) for _, _, k in got.edges(keys=True))
        self.assertEqual(ids, ["0", "1", "2"])
        weights = sorted(d["weight"] for _, _, d in got.edges(data=True))
        self.assertEqual(weights, [0.5, 1.0, 2.0])
        # a route can name places by their label
        rc, out, err = run("route", e, "--nodes", n, "Alpha", "Gamma", "--format", "json")
        self.assertEqual(rc, 0, err)
        self.assertEqual(json.loads(out)["routes"][0]["path"], ["a", "b", "c"])

    def test_types_declared_and_inferred(self):
        src = self.write("t.csv", "source,target,n:int,x:double,flag:bool,code:string,big,mixed,tf\n"
                                  "a,b,1,2,true,007,9223372036854775807,1,TRUE\n"
                                  "b,c,-3,1e-12,0,10,9223372036854775808,x,False\n")
        got, _ = self.to_graphml(src)
        d = [x for _, _, x in got.edges(data=True)]
        self.assertEqual([x["n"] for x in d], [1, -3])
        self.assertEqual([x["x"] for x in d], [2.0, 1e-12])
        self.assertEqual([x["flag"] for x in d], [True, False])
        self.assertEqual([x["code"] for x in d], ["007", "10"])
        self.assertEqual([x["big"] for x in d], [9223372036854775807.0, 9223372036854775808.0])
        self.assertEqual([x["mixed"] for x in d], ["1", "x"])
        self.assertEqual([x["tf"] for x in d], [True, False])

    def test_a_missing_node_is_added_with_a_warning(self):
        e = self.write("e.csv", "source,target\na,b\nb,z\n")
        n = self.write("n.csv", "id,label\na,A\nb,B\n")
        rc, out, err = run("info", e, "--nodes", n, "--format", "json")
        self.assertEqual(rc, 0, err)
        info = json.loads(out)
        self.assertEqual(info["vertices"], 3)
        self.assertIn("1 node not in the node table added: 'z' (line 3)", json.dumps(info))

    def test_standard_input_and_gzip(self):
        table = b"source,target,w\na,b,1\nb,c,2\n"
        rc, out, err = run("info", "-", "--format", "json", stdin=table)
        self.assertEqual((rc, err), (0, ""))
        self.assertEqual(json.loads(out)["edges"], 2)
        src = self.write("e.csv.gz", gzip.compress(table))
        rc, out, err = run("info", src, "--format", "json")
        self.assertEqual((rc, err), (0, ""))
        self.assertEqual(json.loads(out)["edges"], 2)

    def test_bad_tables(self):
        cases = [
            ("quote.csv", 'source,target\na,"b\nc,d\n', "2:3", "a quoted field that never ends"),
            ("width.csv", "source,target,w\na,b,1\nc,d\n", "3:1", "a row of 2 fields, expected 3"),
            ("wide.csv", "source,target\na,b,1\n", "2:5", "a row of 3 fields, expected 2"),
            ("notarget.csv", "source,dest\na,b\n", "1:1", "no 'target' column"),
            ("declared.csv", "source,target,n:int\na,b,1\nb,c,1.5\n", "3:5", "'1.5' in column 'n' (int)"),
            ("empty-name.csv", "source,target,\na,b,1\n", "1:15", "a column with no name"),
            ("dup-col.csv", "source,target,w,w\na,b,1,2\n", "1:17", "a second column named 'w'"),
            ("control.csv", "source,target\na,b\x01\n", "2:4", "control character U+0001"),
            ("latin1.csv", b"source,target\na,caf\xe9\n", "2:6", "not UTF-8"),
            ("inner-quote.csv", 'source,target\na,b"c\n', "2:4", "a quote inside an unquoted field"),
            ("after-quote.csv", 'source,target\n"a"x,b\n', "2:4", "after a closing quote"),
            ("huge.csv", "source,target,w\na,b,1e999\n", "2:5", "too large for a double"),
            ("empty-end.csv", "source,target\na,\n", "2:3", "an empty target"),
            ("empty.csv", "source,target\n", None, None),
        ]
        for name, doc, where, msg in cases:
            with self.subTest(name=name):
                src = self.write(name, doc)
                if where is None:
                    rc, out, err = run("info", src, "--format", "json")
                    self.assertEqual(rc, 0, err)
                    self.assertEqual(json.loads(out)["vertices"], 0)
                else:
                    self.fails(src, where, msg)
        e = self.write("ok.csv", "source,target\na,b\n")
        n = self.write("dup.csv", "id\na\nb\na\n")
        self.fails(n, "4:1", "a second node with id 'a'", "--nodes", n)
        rc, _, err = run("info", e, "--nodes", n)
        self.assertEqual(rc, 1)
        self.assertIn("%s:4:1: a second node with id 'a'" % n, err)
        n = self.write("noid.csv", "name\na\n")
        rc, _, err = run("info", e, "--nodes", n)
        self.assertEqual(rc, 1)
        self.assertIn("%s:1:1: no 'id' column" % n, err)
        rc, _, err = run("info", os.path.join(DATA, "graphml", "handwritten.graphml"), "--nodes", n)
        self.assertEqual(rc, 1)
        self.assertIn("not a CSV table: a GraphML document", err)

    def test_bad_gzip(self):
        doc = gzip.compress(b"source,target\na,b\n")
        cases = {
            "truncated.gz": (doc[:-6], "truncated gzip data"),
            "corrupt.gz": (doc[:12] + b"\xff" * 8 + doc[20:], "corrupt gzip data"),
            "trailing.gz": (doc + b"garbage", "data that is not gzip"),
        }
        for name, (data, msg) in cases.items():
            with self.subTest(name=name):
                src = self.write(name, data)
                rc, out, err = run("info", src)
                self.assertEqual(rc, 1, err)
                self.assertIn(msg, err)
        # members one after another, as gunzip reads them
        src = self.write("two.gz", gzip.compress(b"source,target\na,b\n") + gzip.compress(b"b,c\n"))
        rc, out, err = run("info", src, "--format", "json")
        self.assertEqual((rc, err), (0, ""))
        self.assertEqual(json.loads(out)["edges"], 2)


GML = os.path.join(DATA, "graphml")
# every GraphML fixture that NetworkX reads (it refuses mixed graphs)
NX_READABLE = ["networkx-multigraph.graphml", "networkx-digraph.graphml", "igraph-corridors.graphml",
               "handwritten.graphml", "cytoscape.graphml"]
# NetworkX drops nested graphs and reads yEd's graphics as x, y and label:
# compared by counts and key types only
OTHERS = ["nested.graphml", "yed-groups.graphml", "gephi-mixed.graphml"]
BUNDLED = [os.path.join(DATA, "..", "..", "data", f) for f in
           ("central-asia-actors.graphml", "central-asia-corridors.graphml")]


def fixtures():
    out = [os.path.join(GML, f) for f in NX_READABLE]
    return out + [b for b in BUNDLED if os.path.exists(b)]


def graph_keys(path):
    """(domain, name) -> type name of every key silknet reads in path."""
    rc, out, err = run("info", path, "--format", "json")
    assert rc == 0, err
    return {(k["for"], k["name"]): k["type"] for k in json.loads(out)["keys"]}


class Writers(Base):
    def test_gexf_opens_in_networkx_with_the_same_network(self):
        for src in fixtures():
            with self.subTest(src=os.path.basename(src)):
                out = self.path(os.path.basename(src) + ".gexf")
                rc, _, err = run("export", src, "--to", "gexf", "-o", out)
                self.assertEqual(rc, 0, err)
                ref = nx.read_graphml(src, force_multigraph=True)
                got = nx.read_gexf(out)
                self.assertEqual(ref.is_directed(), got.is_directed())
                self.assertEqual(sorted(ref.nodes), sorted(got.nodes))
                self.assertEqual(edge_multiset(ref), edge_multiset(got))
                for n, d in ref.nodes(data=True):
                    for k, v in d.items():
                        w = got.nodes[n].get(k)
                        if isinstance(v, float) and isinstance(w, float) and math.isnan(v):
                            continue
                        self.assertEqual(v, w, (n, k))

    def test_csv_tables_read_by_pandas(self):
        if pd is None:
            self.skipTest("pandas is not installed")
        for src in fixtures():
            with self.subTest(src=os.path.basename(src)):
                out = self.path(os.path.basename(src) + ".tables")
                rc, _, err = run("export", src, "--to", "csv", "-o", out)
                self.assertEqual(rc, 0, err)
                ref = nx.read_graphml(src, force_multigraph=True)
                nodes = pd.read_csv(os.path.join(out, "nodes.csv"), dtype={"id": str}, keep_default_na=False)
                edges = pd.read_csv(os.path.join(out, "edges.csv"), dtype={"source": str, "target": str},
                                    keep_default_na=False)
                self.assertEqual(sorted(ref.nodes), sorted(nodes["id"]))
                got = nx.from_pandas_edgelist(edges, create_using=nx.MultiDiGraph if ref.is_directed()
                                              else nx.MultiGraph)
                self.assertEqual(edge_multiset(ref), edge_multiset(got))
                if ref.is_directed():
                    self.assertEqual(set(edges["type"]), {"Directed"})

    def test_round_trips_keep_what_the_format_holds(self):
        for src in fixtures() + [os.path.join(GML, f) for f in OTHERS]:
            name = os.path.basename(src)
            before = graph_keys(src)
            for to in ("gexf", "csv"):
                with self.subTest(src=name, to=to):
                    out = self.path(name + "." + to)
                    rc, _, err = run("export", src, "--to", to, "-o", out)
                    self.assertEqual(rc, 0, err)
                    args = [os.path.join(out, "edges.csv"), "--nodes", os.path.join(out, "nodes.csv")] \
                        if to == "csv" else [out]
                    back = self.path(name + "." + to + ".graphml")
                    rc, _, err = run("export", *args, "--to", "graphml", "-o", back)
                    self.assertEqual(rc, 0, err)
                    a = json.loads(run("info", src, "--format", "json")[1])
                    b = json.loads(run("info", back, "--format", "json")[1])
                    self.assertEqual((a["vertices"], a["edges"], a["directed"]),
                                     (b["vertices"], b["edges"], b["directed"]))
                    after = graph_keys(back)
                    widened = {"int": "long", "float": "double"} if to == "csv" else {}
                    for (dom, key), typ in before.items():
                        if dom not in ("node", "edge") or typ == "verbatim" or key is None:
                            continue
                        self.assertIn((dom, key), after, key)
                        self.assertEqual(after[(dom, key)], widened.get(typ, typ), key)
                    # the values: every node and edge attribute, as NetworkX reads them
                    if name in OTHERS:
                        continue
                    ra = nx.read_graphml(src, force_multigraph=True)
                    rb = nx.read_graphml(back, force_multigraph=True)
                    # defaults: a table has none, so every value is written;
                    # GEXF has none for label and weight
                    for dom, items in (("node", ra.nodes(data=True)), ("edge", ra.edges(data=True))):
                        for k, v in ra.graph.get(dom + "_default", {}).items():
                            if to == "csv" or k in ("label", "weight"):
                                for *_, d in items:
                                    d.setdefault(k, v)
                    for n, d in ra.nodes(data=True):
                        for k, v in d.items():
                            w = rb.nodes[n].get(k)
                            if isinstance(v, float) and math.isnan(v):
                                self.assertTrue(math.isnan(w), (n, k))
                            else:
                                self.assertEqual(v, w, (n, k))
                    ea = sorted((min(u, v), max(u, v), json.dumps(d, sort_keys=True, default=str))
                                for u, v, d in ra.edges(data=True))
                    eb = sorted((min(u, v), max(u, v), json.dumps(d, sort_keys=True, default=str))
                                for u, v, d in rb.edges(data=True))
                    self.assertEqual(ea, eb)

    def test_what_a_format_cannot_hold_is_said(self):
        src = BUNDLED[1]
        rc, _, err = run("export", src, "--to", "csv", "-o", self.path("t"))
        self.assertEqual(rc, 0, err)
        self.assertIn("graph keys not written", err)
        rc, _, err = run("export", os.path.join(GML, "nested.graphml"), "--to", "csv", "-o", self.path("n"))
        self.assertEqual(rc, 0, err)
        self.assertIn("lose their enclosing vertex", err)
        rc, _, err = run("export", src, "--to", "csv")
        self.assertEqual(rc, 2)
        self.assertIn("-o DIR is required", err)
        # a failed write leaves what -o names as it was
        rc, _, err = run("export", src, "--to", "csv", "-o", "/proc/silknet-no-such-dir")
        self.assertEqual(rc, 1)
        self.assertIn("cannot create the directory", err)


class YEd(Base):
    """yEd desktop and yEd Live (yFiles for HTML 2.5) files: their labels
    are labels, their graphics are kept verbatim, and the peers agree."""

    def labels(self, src):
        rc, out, err = run("centrality", src, "--measure", "degree", "--format", "json")
        self.assertEqual(rc, 0, err)
        return {v["id"]: v["label"] for v in json.loads(out)["vertices"]}

    def test_yed_desktop_labels_are_networkx_labels(self):
        src = os.path.join(GML, "yed-groups.graphml")
        ref = nx.read_graphml(src)  # NetworkX reads y:NodeLabel as label
        got = self.labels(src)
        for n, d in ref.nodes(data=True):
            if "label" in d:
                self.assertEqual(got[n], d["label"], n)

    def test_yed_live_reads_as_networkx_and_igraph_read_it(self):
        import igraph
        src = os.path.join(GML, "yed-live.graphml")
        ref = nx.read_graphml(src)
        ig = igraph.Graph.Read_GraphML(src)
        rc, out, err = run("info", src, "--format", "json")
        self.assertEqual(rc, 0, err)
        info = json.loads(out)
        self.assertEqual((info["vertices"], info["edges"], info["directed"]),
                         (ref.number_of_nodes(), ref.number_of_edges(), True))
        self.assertEqual((ig.vcount(), ig.ecount()), (3, 2))
        types = {(k["for"], k["name"]): k["type"] for k in info["keys"]}
        self.assertEqual(types[("node", "zOrder")], "int")
        self.assertEqual(types[("node", "Expanded")], "boolean")
        got, _ = self.to_graphml(src)
        for n, d in ref.nodes(data=True):
            for k, v in d.items():
                self.assertEqual(got.nodes[n][k], v, (n, k))
        # the labels yEd Live draws: in tables and in name matching
        self.assertEqual(self.labels(src), {"n0": "Tashkent", "n1": "Samarkand & Bukhara", "n2": "Almaty"})
        rc, out, err = run("route", src, "Tashkent", "samarkand & bukhara", "--format", "json")
        self.assertEqual(rc, 0, err)
        self.assertEqual(json.loads(out)["routes"][0]["labels"], ["Tashkent", "Samarkand & Bukhara"])
        # strict mode still refuses what is only kept verbatim
        rc, _, err = run("info", src, "--strict")
        self.assertEqual(rc, 1)
        self.assertIn("strict mode", err)

    def test_yfiles_file_from_networkx_suite_written_back_as_written(self):
        # the yFiles for Java 2.7 file of NetworkX's own GraphML tests
        suite = os.path.join(os.path.dirname(nx.__file__), "readwrite", "tests", "test_graphml.py")
        with open(suite, encoding="utf-8") as f:
            code = f.read()
        start = code.index("def test_yfiles_extension")
        original = re.search(r'data = """(.*?)"""', code[start:], re.S).group(1)
        src = self.path("yfiles.graphml")
        out = self.path("yfiles-out.graphml")
        with open(src, "w", encoding="utf-8") as f:
            f.write(original)
        rc, _, err = run("export", src, "--to", "graphml", "-o", out)
        self.assertEqual(rc, 0, err)
        with open(out, encoding="utf-8") as f:
            text = f.read()
        # every graphics value (nodes, edges, resources) as yFiles wrote it
        keys = re.findall(r'<key for="(?:node|edge|graphml)" id="(d[0-9]+)" yfiles.type=', original)
        values = re.findall(r'<data key="(?:%s)">(.*?)</data>' % "|".join(keys), original, re.S)
        self.assertGreaterEqual(len(values), 4)
        for v in values:
            self.assertIn(v, text)
        # and what NetworkX reads from the graphics (x, y, label, shape) is
        # the same from the copy; the node 'description' the file files under
        # an edge key (d6) is the one difference, left out with a note
        a, b = nx.read_graphml(src), nx.read_graphml(out)
        self.assertEqual(sorted(a.edges()), sorted(b.edges()))
        for n, d in a.nodes(data=True):
            d = {k: v for k, v in d.items() if k != "description"}
            self.assertEqual(d, b.nodes[n])
        rc, out_json, err = run("info", src, "--format", "json")
        self.assertIn("for key 'd6', which is for edge: skipped", out_json)

    def test_yed_live_round_trip_keeps_the_graphics(self):
        src = os.path.join(GML, "yed-live.graphml")
        once = self.path("once.graphml")
        twice = self.path("twice.graphml")
        self.assertEqual(run("export", src, "--to", "graphml", "-o", once)[0], 0)
        self.assertEqual(run("export", once, "--to", "graphml", "-o", twice)[0], 0)
        with open(once, encoding="utf-8") as a, open(twice, encoding="utf-8") as b:
            self.assertEqual(a.read(), b.read())
        with open(once, encoding="utf-8") as f:
            text = f.read()
        self.assertIn("<y:Label.Text>Tashkent</y:Label.Text>", text)
        self.assertIn('y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/NodeLabels"', text)
        self.assertIn("<x:Static Member=\"y:VoidPortStyle.Instance\"/>", text)
        self.assertEqual(self.labels(once), self.labels(src))
        # every value of yEd Live's markup is written back as yEd Live wrote it
        with open(src, encoding="utf-8") as f:
            original = f.read()
        values = re.findall(r"<data key=\"d(?:4|5|7|11|13|19)\">(.*?)</data>", original, re.S)
        self.assertEqual(len(values), 9)
        for v in values:
            self.assertIn(v, text)


class ReaderDialects(Base):
    """What peers read and silknet read only in part: now read alike, with a
    warning, and refused with --strict."""

    def test_key_id_reused_for_graph_and_node_keys(self):
        import igraph
        src = os.path.join(GML, "key-id-reused.graphml")
        ref = nx.read_graphml(src)
        ig = igraph.Graph.Read_GraphML(src)
        got, _ = self.to_graphml(src)
        self.assertEqual(got.graph["title"], ref.graph["title"])
        self.assertEqual(got.graph["title"], ig["title"])
        for n, d in ref.nodes(data=True):
            self.assertEqual(got.nodes[n]["title"], d["title"])
        self.assertEqual([got.nodes[n]["title"] for n in got.nodes], ig.vs["title"])
        rc, out, _ = run("info", src, "--format", "json")
        self.assertIn("is used again, for node keys", out)
        rc, _, err = run("info", src, "--strict")
        self.assertEqual(rc, 1)
        self.assertIn("duplicate key id 'title'", err)

    def test_data_that_cannot_be_read_is_left_unset(self):
        for name in ("whitespace-number", "bad-double", "double-overflow", "wrong-domain", "key-in-graph"):
            with self.subTest(name=name):
                src = os.path.join(GML, "strict", name + ".graphml")
                rc, out, err = run("info", src, "--format", "json")
                self.assertEqual((rc, err), (0, ""))
                self.assertTrue(json.loads(out)["skipped"], out)
                rc, _, err = run("info", src, "--strict")
                self.assertEqual(rc, 1)
                with open(os.path.join(GML, "strict", name + ".err")) as f:
                    self.assertEqual(err, "silknet: %s:%s\n" % (src, f.read().strip()))
        # the value is unset, the rest of the element is read
        src = self.write("bad.graphml", """<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
  <key id="m" for="edge" attr.name="mode" attr.type="string"/>
  <graph edgedefault="undirected"><node id="a"/><node id="b"/>
    <edge source="a" target="b"><data key="w">1,5</data><data key="m">rail</data></edge>
  </graph></graphml>""")
        got, _ = self.to_graphml(src)
        (d,) = [x for _, _, x in got.edges(data=True)]
        self.assertEqual(d, {"mode": "rail"})


if __name__ == "__main__":
    unittest.main(verbosity=2)
