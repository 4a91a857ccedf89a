"""The Python binding: every method, every error path, results equal to the
command line's JSON and to NetworkX's, and no leak over 10,000 loads."""
import errno
import gc
import json
import math
import os
import resource
import subprocess
import tempfile
import unittest

import networkx as nx

import silknet

SILKNET = os.environ.get("SILKNET", "cli/silknet")
DATA = os.environ.get("SN_TEST_DATA", "tests/data")
SRC = os.environ.get("SN_SRCDIR", ".")
GML = os.path.join(DATA, "graphml")
CORRIDORS = os.path.join(SRC, "data", "central-asia-corridors.graphml")
KARATE = os.path.join(DATA, "centrality", "karate.graphml")


def cli_json(*args):
    p = subprocess.run([SILKNET, *args, "--format", "json"], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


class Loading(unittest.TestCase):
    def test_counts_like_the_cli_and_networkx(self):
        for name in ("networkx-multigraph", "igraph-corridors", "handwritten", "cytoscape"):
            path = os.path.join(GML, name + ".graphml")
            with silknet.load(path) as g:
                doc = cli_json("info", path)
                self.assertEqual((len(g), len(g.edges), g.directed),
                                 (doc["vertices"], doc["edges"], doc["directed"]))
                self.assertEqual(g.components(), doc["components"])
                self.assertEqual([k["id"] for k in g.keys()], [k["id"] for k in doc["keys"]])
                G = nx.read_graphml(path, force_multigraph=True)
                self.assertEqual(sorted(g.vertices), sorted(G.nodes))

    def test_values_are_python_values(self):
        with silknet.load(os.path.join(GML, "handwritten.graphml")) as g:
            kr = g.attrs("node", "KR")
            self.assertEqual(kr["big"], 9007199254740993)  # exact, beyond 2**53
            self.assertEqual(kr["kind"], "state")          # the default
            self.assertEqual(g.attrs("node", "UZ")["untyped"], "  spaced & kept  ")
            self.assertIs(g.attrs("edge", 1)["member"], True)
            self.assertEqual(g.attrs("graph", 0)["note"], "graph-level note")
            self.assertTrue(math.isinf(g.get("edge", 3, "weight")))
            self.assertIsNone(g.get("node", "SOLO", "big"))
            self.assertEqual(g.id, "actors")
        with silknet.load(os.path.join(GML, "nested.graphml")) as g:
            self.assertEqual(g.parent("Aktau-ferry"), "Aktau")
            self.assertIsNone(g.parent("KZ"))
        with silknet.load(os.path.join(GML, "yed-groups.graphml")) as g:
            self.assertEqual(len(g.warnings), 6)

    def test_loads_and_errors(self):
        g = silknet.loads(b"<graphml><graph edgedefault='directed'><node id='a'/></graph></graphml>")
        self.assertEqual(g.vertices, ["a"])
        g.close()
        with self.assertRaises(ValueError):
            len(g)
        inv = os.path.join(GML, "invalid")
        for name in ("duplicate-node", "undeclared-key", "xxe-file", "truncated"):
            path = os.path.join(inv, name + ".graphml")
            with open(os.path.join(inv, name + ".err")) as f:
                want = f.read().strip()
            with self.assertRaises(silknet.ParseError) as cm:
                silknet.load(path)
            e = cm.exception
            self.assertEqual(e.file, path)
            self.assertEqual(str(e), "%s:%s" % (path, want))
            self.assertTrue(want.startswith("%d:%d: " % (e.line, e.col)), (want, e.line, e.col))
            self.assertEqual(e.status, -3)
        with self.assertRaises(silknet.Error) as cm:
            silknet.load("/nonexistent.graphml")
        self.assertIn("cannot open", str(cm.exception))
        with self.assertRaises(silknet.ParseError):
            silknet.load(os.path.join(GML, "yed-groups.graphml"), strict=True)
        with silknet.load(os.path.join(inv, "unknown-target.graphml"), create_missing=True) as g:
            self.assertIn("KZ", g)
        doc = ("<graphml>\n<key id='a' for='node'/>\n<key id='b' for='node'/>\n"
               "<graph edgedefault='directed'><node id='n'><data key='b'>long text</data></node></graph></graphml>")
        with self.assertRaises(silknet.ParseError) as cm:
            silknet.loads(doc, name="two", max_keys=1)
        self.assertEqual(str(cm.exception), "two:3:1: more than 1 keys (the max_keys limit)")
        with self.assertRaises(silknet.ParseError) as cm:
            silknet.loads(doc, max_value_bytes=4)
        self.assertIn("value longer than 4 bytes", str(cm.exception))
        with silknet.loads(doc, max_keys=2, max_value_bytes=9) as g:
            self.assertEqual(g.vertices, ["n"])


class PythonErrors(unittest.TestCase):
    """Python's own exceptions where Python programs expect them, and no
    value C would silently cut or wrap."""

    def test_file_errors_are_oserrors(self):
        with self.assertRaises(FileNotFoundError) as cm:
            silknet.load("/nonexistent/x.graphml")
        self.assertIsInstance(cm.exception, silknet.Error)
        self.assertEqual(cm.exception.errno, errno.ENOENT)
        self.assertIn("/nonexistent/x.graphml: cannot open", str(cm.exception))
        with self.assertRaises(IsADirectoryError):
            silknet.load(DATA)
        with tempfile.TemporaryDirectory() as d, silknet.load(KARATE) as g:
            with self.assertRaises(OSError):
                g.save(os.path.join(d, "no", "such", "dir", "x.graphml"))

    def test_values_c_would_cut_or_wrap(self):
        with self.assertRaises(ValueError):
            silknet.load(KARATE + "\0.gexf")
        with self.assertRaises(ValueError):
            silknet.loads("<graphml/>", name="a\0b")
        with silknet.load(CORRIDORS) as g:
            with self.assertRaises(ValueError):
                g.index("TAS\0")
            for k in (-1, 0, 1001, 2 ** 63, 2 ** 64 + 3):
                with self.assertRaises(ValueError, msg=k):
                    g.route("TAS", "IST", k=k)
            with self.assertRaises(TypeError):
                g.route("TAS", "IST", k=2.5)
            self.assertEqual(len(g.route("TAS", "IST", k=2)), 2)
            for w in (math.nan, -1.0, "5"):
                with self.assertRaises(ValueError, msg=w):
                    g.reachable("TAS", within=w)
            self.assertIn("TAS", g.reachable("TAS", within=0))
        for limit in (-1, 2 ** 64):
            with self.assertRaises(ValueError):
                silknet.load(KARATE, max_value_bytes=limit)
            with self.assertRaises(ValueError):
                silknet.load(KARATE, max_keys=limit)


class OtherLibraries(unittest.TestCase):
    """Round trips through NetworkX and pandas, value by value, on the
    bundled corridors (edge attribute "source" included) and on directed
    and multigraph fixtures NetworkX wrote."""

    FILES = [CORRIDORS, os.path.join(GML, "networkx-multigraph.graphml"),
             os.path.join(GML, "networkx-digraph.graphml"), KARATE]

    def test_to_networkx_is_what_networkx_reads(self):
        for path in self.FILES:
            with self.subTest(path=os.path.basename(path)), silknet.load(path) as g:
                ref = nx.read_graphml(path, force_multigraph=True)
                got = g.to_networkx()
                self.assertEqual(got.is_directed(), ref.is_directed())
                self.assertEqual(sorted(got.nodes), sorted(ref.nodes))
                self.assertEqual(got.number_of_edges(), ref.number_of_edges())
                for n, d in ref.nodes(data=True):
                    for k, v in ref.graph.get("node_default", {}).items():
                        d.setdefault(k, v)
                    for k, v in d.items():
                        self.assertEqual(got.nodes[n][k], v, (n, k))
                        self.assertIs(type(got.nodes[n][k]), type(v), (n, k))
                def edges(G):
                    return sorted(json.dumps([u, v, d] if G.is_directed() else [min(u, v), max(u, v), d],
                                             sort_keys=True) for u, v, d in G.edges(data=True))
                # defaults applied by silknet: NetworkX's GraphML reader keeps them apart
                for u, v, d in ref.edges(data=True):
                    for k, x in ref.graph.get("edge_default", {}).items():
                        d.setdefault(k, x)
                self.assertEqual(edges(got), edges(ref))

    def test_from_networkx_keeps_ids_types_and_every_name(self):
        for path in self.FILES:
            with self.subTest(path=os.path.basename(path)):
                ref = nx.read_graphml(path, force_multigraph=True)
                with silknet.from_networkx(ref) as g, tempfile.TemporaryDirectory() as d:
                    out = os.path.join(d, "g.graphml")
                    g.save(out)
                    back = nx.read_graphml(out, force_multigraph=True)
                self.assertEqual(sorted(back.nodes), sorted(ref.nodes))
                self.assertEqual(back.number_of_edges(), ref.number_of_edges())
                for n, d in ref.nodes(data=True):
                    self.assertEqual(back.nodes[n], d, n)
                ea = sorted(json.dumps([u, v, d], sort_keys=True) for u, v, d in ref.edges(data=True))
                eb = sorted(json.dumps([u, v, d], sort_keys=True) for u, v, d in back.edges(data=True))
                if not ref.is_directed():
                    ea = sorted(json.dumps([min(u, v), max(u, v), d], sort_keys=True) for u, v, d in ref.edges(data=True))
                    eb = sorted(json.dumps([min(u, v), max(u, v), d], sort_keys=True) for u, v, d in back.edges(data=True))
                self.assertEqual(ea, eb)
        # a simple graph, int ids and values of every type
        G = nx.DiGraph()
        G.add_edge(1, 2, source="a citation", w=1e12, n=2 ** 40, ok=True, t=(1, 2))
        G.nodes[1]["id"] = "kept"
        with silknet.from_networkx(G) as g:
            self.assertEqual(g.vertices, ["1", "2"])
            self.assertEqual(g.get("edge", 0, "source"), "a citation")
            self.assertEqual(g.get("edge", 0, "n"), 2 ** 40)
            self.assertIs(g.get("edge", 0, "ok"), True)
            self.assertEqual(g.get("edge", 0, "t"), "(1, 2)")
            self.assertEqual(g.get("node", "1", "id"), "kept")

    def test_to_pandas(self):
        try:
            import pandas  # noqa: F401
        except ImportError:
            self.skipTest("pandas is not installed")
        with silknet.load(CORRIDORS) as g:
            nodes, edges = g.to_pandas()
            self.assertEqual(list(nodes.index), g.vertices)
            self.assertEqual(nodes.loc["TAS", "label"], "Tashkent")
            self.assertEqual(len(edges), len(g.edges))
            self.assertEqual(list(edges.columns[:3]), ["source", "target", "id"])
            self.assertIn("edge_source", edges.columns)  # the citation
            ref = nx.read_graphml(CORRIDORS)
            self.assertAlmostEqual(edges["km"].sum(), sum(d["km"] for *_, d in ref.edges(data=True) if "km" in d))

    def test_to_igraph_and_frames(self):
        import igraph
        with silknet.load(CORRIDORS) as g:
            ref = igraph.Graph.Read_GraphML(CORRIDORS)
            h = g.to_igraph()
            self.assertEqual((h.vcount(), h.ecount(), h.is_directed()), (ref.vcount(), ref.ecount(), False))
            self.assertEqual(h.vs["name"], ref.vs["id"])
            self.assertEqual(h.vs["label"], ref.vs["label"])
            self.assertEqual(h.es["km"], [x if x == x else None for x in ref.es["km"]])
            self.assertEqual(h.betweenness(weights="km"), ref.betweenness(weights="km"))
            self.assertIn("Tashkent", g)
            self.assertIn("TAS", g)
            self.assertNotIn("Atlantis", g)
            self.assertNotIn(3, g)
            try:
                import pandas  # noqa: F401
            except ImportError:
                return
            f = g.centrality_frame(["degree", "betweenness"])
            self.assertEqual(list(f.columns), ["label", "degree", "betweenness"])
            self.assertEqual(f.loc["TAS", "label"], "Tashkent")
            self.assertEqual(f.loc["TAS", "degree"], g.degree("TAS"))

    def test_shows_itself(self):
        with silknet.load(CORRIDORS) as g:
            self.assertEqual(repr(g), "<silknet.Graph 'central-asia-corridors': 82 vertices, 107 edges, undirected>")
            self.assertIn("<table>", g._repr_html_())
        self.assertEqual(repr(g), "<silknet.Graph (closed)>")
        import shutil
        with silknet.load(os.path.join(GML, "handwritten.graphml")) as h:
            svg = h._repr_svg_()
            if shutil.which("dot"):
                self.assertTrue(svg.lstrip().startswith("<?xml") and "<svg" in svg, svg[:200])
            else:
                self.assertIsNone(svg)

    def test_views(self):
        with silknet.load(CORRIDORS) as g:
            G = nx.read_graphml(CORRIDORS)
            vs = g.vertices
            self.assertEqual(vs, list(G.nodes))
            self.assertEqual(vs["TAS"]["country"], "UZ")
            self.assertEqual(vs["Tashkent"].label, "Tashkent")
            self.assertEqual(vs["TAS"].attrs, G.nodes["TAS"] | {"days_estimate": False})
            with self.assertRaises(KeyError):
                vs["TAS"]["no such attribute"]
            for e in g.edges:
                d = G.edges[e[0], e[1], e[2]] if G.is_multigraph() else G.edges[e[0], e[1]]
                self.assertEqual(e["km"], d["km"])
                self.assertEqual({k: v for k, v in e.attrs.items() if k in d}, d)


class Typed(unittest.TestCase):
    def test_every_public_callable_is_annotated(self):
        import inspect
        import typing
        missing = []
        for name in silknet.__all__:
            obj = getattr(silknet, name)
            members = [(name, obj)] if inspect.isfunction(obj) else [
                ("%s.%s" % (name, m), f) for m, f in vars(obj).items()
                if not m.startswith("_") and (inspect.isfunction(f) or isinstance(f, (classmethod, property)))]
            for qual, f in members:
                f = f.fget if isinstance(f, property) else getattr(f, "__func__", f)
                if not inspect.isfunction(f):
                    continue
                hints = typing.get_type_hints(f)
                params = [p for p in inspect.signature(f).parameters if p not in ("self", "cls")]
                if "return" not in hints or any(p not in hints for p in params):
                    missing.append(qual)
        self.assertEqual(missing, [])
        self.assertEqual([n for n in dir(silknet) if not n.startswith("_")], sorted(silknet.__all__))
        self.assertTrue(os.path.exists(os.path.join(os.path.dirname(silknet.__file__), "py.typed")))


class Parts(unittest.TestCase):
    """degree, neighbors, copy, subgraph and remove, as NetworkX does them."""

    def test_against_networkx(self):
        for path in (CORRIDORS, os.path.join(GML, "handwritten.graphml"),
                     os.path.join(GML, "networkx-multigraph.graphml"), os.path.join(GML, "networkx-digraph.graphml")):
            with self.subTest(path=os.path.basename(path)), silknet.load(path) as g:
                G = nx.read_graphml(path, force_multigraph=True)
                for n in G.nodes:
                    self.assertEqual(g.degree(n), G.degree(n), n)
                    nb = set(G.successors(n)) | set(G.predecessors(n)) if G.is_directed() else set(G.neighbors(n))
                    self.assertEqual(sorted(g.neighbors(n)), sorted(nb), n)
                keep = sorted(G.nodes)[: max(2, len(G) // 2)]
                with g.subgraph(keep) as h:
                    H = G.subgraph(keep)
                    self.assertEqual(sorted(h.vertices), sorted(H.nodes))
                    self.assertEqual(len(h.edges), H.number_of_edges())
                    for n in keep:
                        self.assertEqual(h.attrs("node", n), g.attrs("node", n))
                gone = sorted(G.nodes)[0]
                with g.remove(vertices=[gone]) as h:
                    H = G.copy()
                    H.remove_node(gone)
                    self.assertNotIn(gone, h)
                    self.assertEqual(len(h.edges), H.number_of_edges())
                with g.remove(edges=[0]) as h:
                    self.assertEqual(len(h.edges), len(g.edges) - 1)
                with g.copy() as c:
                    self.assertEqual(c.dumps(), g.dumps())
                    c.add_vertex("new one")
                    self.assertNotIn("new one", g)
        with silknet.load(CORRIDORS) as g, self.assertRaises(ValueError):
            g.remove(edges=[10 ** 6])


class Scenarios(unittest.TestCase):
    def test_route_close_is_the_command_lines_close(self):
        with silknet.load(CORRIDORS) as g:
            base = g.route("Almaty", "Xi'an", cost="days")[0]
            (r,) = g.route("Almaty", "Xi'an", cost="days", close="KHO")
            self.assertEqual(r.baseline, base.cost)
            self.assertNotIn("KHO", r.path)
            doc = cli_json("route", CORRIDORS, "Almaty", "Xi'an", "--cost", "days", "--close", "KHO")
            self.assertAlmostEqual(doc["routes"][0]["cost"], base.cost, places=9)
            self.assertAlmostEqual(doc["scenario"]["routes"][0]["cost"], r.cost, places=9)
            self.assertEqual(doc["scenario"]["routes"][0]["path"], r.path)
            self.assertIsNone(base.baseline)
            with self.assertRaises(ValueError):
                g.route("Almaty", "Xi'an", close=[])

    def test_centrality_close_is_the_command_lines_close(self):
        actors = os.path.join(SRC, "data", "central-asia-actors.graphml")
        with silknet.load(actors) as g:
            got = g.centrality("betweenness", close="RUS")
            doc = cli_json("centrality", actors, "--measure", "betweenness", "--close", "RUS")
            for v in doc["vertices"]:
                value, without, change = got[v["id"]]
                self.assertAlmostEqual(value, v["betweenness"], places=9)
                if v["betweenness_without"] is None:
                    self.assertTrue(math.isnan(without))
                else:
                    self.assertAlmostEqual(without, v["betweenness_without"], places=9)
                    self.assertAlmostEqual(change, v["betweenness_change"], places=9)
            with self.assertRaises(ValueError):
                g.centrality("degree", close={})


class Sampling(unittest.TestCase):
    def test_sample_is_the_command_lines_sample(self):
        actors = os.path.join(SRC, "data", "central-asia-actors.graphml")
        with silknet.load(actors) as g:
            got = g.centrality("betweenness", sample=40, seed=7, stderr=True)
            doc = cli_json("centrality", actors, "--measure", "betweenness", "--sample", "40", "--seed", "7")
            self.assertEqual(doc["sample"], {"sources": 40, "of": len(g), "seed": 7})
            for v in doc["vertices"]:
                est, se = got[v["id"]]
                self.assertAlmostEqual(est, v["betweenness"], places=9)
                self.assertAlmostEqual(se, v["betweenness_se"], places=9)
            # without stderr: the estimates; exact ones have no error
            self.assertEqual(g.centrality("betweenness", sample=40, seed=7),
                             {v: e for v, (e, _) in got.items()})
            self.assertTrue(all(se == 0 for _, se in g.centrality("betweenness", stderr=True).values()))
            for bad in (0, -1, 2 ** 64):
                with self.assertRaises(ValueError):
                    g.centrality("betweenness", sample=bad)
            with self.assertRaises(TypeError):
                g.centrality("betweenness", sample=2.5)
            with self.assertRaises(silknet.Error):
                g.centrality("betweenness", sample=5, cutoff=2)


class Maps(unittest.TestCase):
    def test_to_dot_draws_the_basemap(self):
        with silknet.load(CORRIDORS) as g:
            self.assertIn("_background=", g.to_dot(geo=True))
            self.assertNotIn("_background=", g.to_dot(geo=True, basemap=False))
            self.assertNotIn("_background=", g.to_dot())
            with tempfile.TemporaryDirectory() as d:
                bad = os.path.join(d, "bad.txt")
                with open(bad, "w") as f:
                    f.write("Land\t1,2 3\n")
                with self.assertRaises(silknet.ParseError):
                    g.to_dot(geo=True, basemap=bad)


class Validation(unittest.TestCase):
    def test_validate_is_the_command_lines_validate(self):
        """The same findings, in the same order, on every GraphML fixture and
        the bundled data, and on a NetworkX graph that breaks the rules."""
        G = nx.MultiDiGraph()
        G.add_node("KZ", kind="nation", country="kz", lat=95.0)
        G.add_node("CN", kind="state", country="CN")
        G.add_edge("KZ", "CN", relation="trade", amount=5.0, source="")
        G.add_edge("CN", "KZ", relation="friendship", km=-2.0, source="UN Comtrade")
        with tempfile.TemporaryDirectory() as tmp:
            made = os.path.join(tmp, "made.graphml")
            nx.write_graphml(G, made)
            paths = [made, CORRIDORS, os.path.join(SRC, "data", "central-asia-actors.graphml")]
            for root, _, files in os.walk(DATA):
                paths += [os.path.join(root, f) for f in sorted(files) if f.endswith(".graphml")]
            checked = found = 0
            for path in paths:
                try:
                    g = silknet.load(path)
                except silknet.Error:
                    continue
                with g:
                    got = g.validate()
                p = subprocess.run([SILKNET, "validate", path], capture_output=True, text=True)
                self.assertEqual(p.returncode, 0, p.stderr)
                # the findings come first; then the reader's notes, and a count
                said = "".join("%s: %s\n" % (path, f.message) for f in got)
                self.assertEqual(p.stdout[:len(said)], said, path)
                rest = p.stdout[len(said):].splitlines()
                self.assertTrue(all(line.endswith("(note)") for line in rest[:-1]), path)
                self.assertTrue(": valid (" in rest[-1] if not got else rest[-1].endswith(" %d warning%s" % (len(got), "s" * (len(got) > 1))),
                                (path, rest[-1]))
                checked += 1
                found += len(got)
            self.assertGreater(checked, 20)
            with silknet.load(made) as g:
                got = g.validate()
        self.assertEqual([(f.domain, f.element, f.attribute) for f in got],
                         [("node", "KZ", "kind"), ("edge", 1, "relation"), ("node", "KZ", "country"),
                          ("node", "KZ", "lat"), ("edge", 1, "km"), ("edge", 0, "unit"), ("edge", 0, "source")])
        self.assertIn("kind 'nation' is not in the vocabulary", str(got[0]))


class Counts(unittest.TestCase):
    def test_counting_measures_are_ints(self):
        with silknet.load(KARATE) as g:
            G = nx.read_graphml(KARATE)
            deg = g.centrality("degree")
            self.assertEqual(deg, dict(G.degree()))
            self.assertTrue(all(type(v) is int for v in deg.values()))
            core = g.centrality("coreness")
            self.assertEqual(core, nx.core_number(nx.Graph(G)))
            self.assertTrue(all(type(v) is int for v in core.values()))
            self.assertTrue(all(type(v) is float for v in g.centrality("betweenness").values()))


class Doctests(unittest.TestCase):
    def test_docstring_examples_run(self):
        import doctest
        cwd = os.getcwd()
        os.chdir(SRC)  # the examples name the bundled data
        try:
            res = doctest.testmod(silknet, globs={"silknet": silknet}, optionflags=doctest.ELLIPSIS)
        finally:
            os.chdir(cwd)
        self.assertGreaterEqual(res.attempted, 8)
        self.assertEqual(res.failed, 0)


class Threads(unittest.TestCase):
    """igraph 0.10 is not thread-safe: the binding serializes its calls, so
    threads that each work on their own graph (or share one) never abort
    the interpreter and get the answers one thread gets."""

    def test_many_threads_at_once(self):
        import threading
        with silknet.load(KARATE) as g:
            want = g.centrality("betweenness")
        errors, results = [], []

        def work(shared):
            try:
                h = shared if shared is not None else silknet.load(KARATE)
                for _ in range(15):
                    results.append(h.centrality("betweenness"))
                    h.route("m0", "m33")
                    h.communities()
                if shared is None:
                    h.close()
            except Exception as e:  # noqa: BLE001 - reported below
                errors.append(e)
        shared = silknet.load(KARATE)
        ts = [threading.Thread(target=work, args=(shared if i % 2 else None,)) for i in range(8)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        shared.close()
        self.assertEqual(errors, [])
        self.assertEqual(len(results), 8 * 15)
        for r in results:
            self.assertEqual(r, want)


class Formats(unittest.TestCase):
    """load() tells GraphML, GEXF, CSV and gzip by content; save() and
    dumps() write GEXF and CSV that NetworkX and pandas read."""

    def test_load_sniffs_every_format(self):
        csv_dir = os.path.join(DATA, "csv")
        with silknet.load(os.path.join(csv_dir, "pandas-edges.csv"),
                          nodes=os.path.join(csv_dir, "pandas-nodes.csv")) as g:
            self.assertEqual((len(g), g.edge_count, g.directed), (6, 6, False))
            self.assertEqual(g.label("XIA"), "Xi'an")
            self.assertEqual(g.get("node", "TAS", "lat"), 41.31)
        with silknet.load(os.path.join(csv_dir, "pandas-edges.csv.gz"), directed=True) as g:
            self.assertEqual((len(g), g.directed), (6, True))
        with silknet.load(os.path.join(DATA, "gexf", "gephi-web-network.gexf")) as g:
            ref = nx.read_gexf(os.path.join(DATA, "gexf", "gephi-web-network.gexf"))
            self.assertEqual(sorted(g.vertices), sorted(ref.nodes))
            self.assertEqual(g.label("3"), "BarabasiLab")
            self.assertIs(g.get("node", "3", "frog"), True)
        with silknet.load(os.path.join(GML, "yed-live.graphml")) as g:
            self.assertEqual([g.label(v) for v in g.vertices], ["Tashkent", "Samarkand & Bukhara", "Almaty"])
            self.assertEqual(g.index("Almaty"), 2)
        with silknet.loads("source;target;w\nKOR;UZB;5\n") as g:
            self.assertEqual(g.get("edge", 0, "w"), 5)
        with self.assertRaises(silknet.ParseError) as cm:
            silknet.loads('source,target\na,"b\n', name="t.csv")
        self.assertEqual((cm.exception.file, cm.exception.line, cm.exception.col), ("t.csv", 2, 3))

    def test_gexf_and_csv_out(self):
        with tempfile.TemporaryDirectory() as d, silknet.load(CORRIDORS) as g:
            g.save(os.path.join(d, "c.gexf"), format="gexf")
            ref = nx.read_graphml(CORRIDORS)
            got = nx.read_gexf(os.path.join(d, "c.gexf"))
            self.assertEqual(sorted(ref.nodes), sorted(got.nodes))
            self.assertEqual(ref.number_of_edges(), got.number_of_edges())
            self.assertEqual(got.nodes["TAS"]["label"], "Tashkent")
            g.save(os.path.join(d, "tables"), format="csv")
            with silknet.load(os.path.join(d, "tables", "edges.csv"),
                              nodes=os.path.join(d, "tables", "nodes.csv")) as back:
                self.assertEqual((len(back), back.edge_count), (len(g), g.edge_count))
                self.assertEqual(back.route("TAS", "IST", cost="days")[0].cost, g.route("TAS", "IST", cost="days")[0].cost)
            nodes, edges = g.dumps(format="csv")
            self.assertTrue(nodes.startswith("id,"))
            self.assertTrue(edges.startswith("source,target,"))
            self.assertIn("<gexf", g.dumps(format="gexf"))
            with self.assertRaises(ValueError):
                g.dumps(format="xlsx")


class Building(unittest.TestCase):
    def test_build_save_load(self):
        g = silknet.Graph(directed=True)
        g.add_vertex("Tashkent", kind="city", lat=41.3, population=2_900_000, capital=True)
        g.add_vertex("Almaty", kind="city")
        e = g.add_edge("Tashkent", "Almaty", id="e1", km=800.0, mode="rail")
        self.assertEqual(e, 0)
        self.assertEqual(g.edges, [("Tashkent", "Almaty", "e1")])
        self.assertEqual(g.attrs("node", "Tashkent"),
                         {"kind": "city", "lat": 41.3, "population": 2900000, "capital": True})
        with self.assertRaises(silknet.Error):
            g.add_vertex("Tashkent")
        with self.assertRaises(silknet.NotFoundError):
            g.add_edge("Tashkent", "Bishkek")
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "t.graphml")
            g.save(path)
            G = nx.read_graphml(path)
            self.assertEqual(G.nodes["Tashkent"]["population"], 2900000)
            self.assertEqual(G.edges["Tashkent", "Almaty"]["km"], 800.0)
            h = silknet.load(path)
            self.assertEqual(h.attrs("node", 0), g.attrs("node", 0))
            self.assertEqual(h.dumps(), g.dumps())
            dot = os.path.join(d, "t.dot")
            g.to_dot(dot, title="two cities")
            with open(dot) as f:
                self.assertIn('"Tashkent" -> "Almaty"', f.read())
        self.assertIn("digraph", g.to_dot(plain=True))
        self.assertEqual(g.column("edge", "km"), [800.0])
        g.close()
        g.close()  # twice is harmless


class Centrality(unittest.TestCase):
    def test_equal_to_cli_and_networkx(self):
        with silknet.load(KARATE) as g:
            b = g.centrality("betweenness", weight="weight", weight_is="strength")
            doc = cli_json("centrality", KARATE, "--measure", "betweenness", "--weight", "weight",
                           "--weight-is", "strength")
            self.assertEqual(b, {v["id"]: v["betweenness"] for v in doc["vertices"]})
            pr = g.centrality("pagerank")
            G = nx.read_graphml(KARATE)
            ref = nx.pagerank(G, weight=None, tol=1e-12)
            for k in ref:
                self.assertAlmostEqual(pr[k], ref[k], places=8)
            self.assertEqual(len(g.scores("degree")), 34)
            eb = g.centrality("edge_betweenness", normalized=True)
            ref = nx.edge_betweenness_centrality(G, normalized=True)
            for (s, t, _), v in eb.items():
                self.assertAlmostEqual(v, ref.get((s, t), ref.get((t, s))), places=9)
            g.attach("betweenness")
            self.assertIn('attr.name="betweenness"', g.dumps())
            with self.assertRaises(ValueError):
                g.centrality("betweenness", weight="weight")
            with self.assertRaises(silknet.NotFoundError) as cm:
                g.centrality("fame")
            self.assertIn("the measures are", str(cm.exception))
            with self.assertRaises(silknet.Error):
                g.centrality("brokerage")
        self.assertIn("betweenness", silknet.measures())
        self.assertTrue(silknet.version().startswith("0."))

    def test_igraph_warnings_are_python_warnings(self):
        g = silknet.Graph(directed=True)
        for v in "abc":
            g.add_vertex(v)
        for s, t in ("ab", "bc", "ac"):
            g.add_edge(s, t)
        with self.assertWarnsRegex(RuntimeWarning, "eigenvector: igraph: .*acyclic"):
            self.assertEqual(g.centrality("eigenvector"), {"a": 0.0, "b": 0.0, "c": 0.0})
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            g.centrality("betweenness")


class Routing(unittest.TestCase):
    def test_equal_to_cli(self):
        with silknet.load(CORRIDORS) as g:
            rs = g.route("Tashkent", "Istanbul", cost="days", avoid={"country": "RU", "mode": ["pipeline", "fibre"]},
                         k=3)
            doc = cli_json("route", CORRIDORS, "Tashkent", "Istanbul", "--cost", "days", "--avoid",
                           "country=RU,mode=pipeline,mode=fibre", "--k", "3")
            self.assertEqual([r.path for r in rs], [r["path"] for r in doc["routes"]])
            self.assertEqual([r.cost for r in rs], [r["cost"] for r in doc["routes"]])
            self.assertEqual(rs[0].totals, doc["routes"][0]["totals"])
            self.assertEqual(rs[0].edge_ids, doc["routes"][0]["edges"])
            c = g.critical("Almaty", "Istanbul", cost="days", avoid=["mode=pipeline", "mode=fibre"])
            doc = cli_json("critical", CORRIDORS, "Almaty", "Istanbul", "--cost", "days", "--avoid",
                           "mode=pipeline,mode=fibre")
            self.assertEqual(c["base_cost"], doc["base_cost"])
            self.assertEqual([x["id"] for x in c["chokepoints"]], [x["id"] for x in doc["chokepoints"]])
            self.assertEqual(c["vertex_disjoint"], doc["vertex_disjoint_routes"])
            reach = g.reachable("TAS", cost="days", within=3)
            doc = cli_json("reach", CORRIDORS, "TAS", "--cost", "days", "--within", "3")
            self.assertEqual(reach, {r["id"]: r["cost"] for r in doc["reachable"]})
            self.assertEqual(len(g.pareto("TAS", "IST", "days", "km", avoid={"mode": ["pipeline", "fibre"]})), 2)
            self.assertEqual(g.route("TAS", "XIA", cost="km", astar=True)[0].cost,
                             g.route("TAS", "XIA", cost="km")[0].cost)
            self.assertEqual(g.route("TAS", "IST", via="Baku")[0].path[0], "TAS")
            self.assertIn("Aktau port", [g.attrs("node", v)["label"] for v in g.articulation_points()])
            self.assertTrue(g.bridges())
            self.assertIn("pos=", g.to_dot(geo=True, highlight=rs[0]))
            with self.assertRaises(silknet.NotFoundError) as cm:
                g.route("Tashkend", "Istanbul")
            self.assertIn("did you mean 'Tashkent'", str(cm.exception))
            with self.assertRaises(silknet.NoPathError):
                g.route("TAS", "IST", only={"corridor": "TAPI"}, cost="km")


class Routers(unittest.TestCase):
    NET = os.path.join(DATA, "routing", "corridors-random.graphml")

    def test_every_pair_against_networkx(self):
        # NetworkX's Dijkstra on the cheapest of parallel segments, with and
        # without a closed country; Dijkstra and A* routers both
        G = nx.read_graphml(self.NET, force_multigraph=True)
        for avoid in (None, {"country": "KZ"}):
            H = nx.Graph()
            H.add_nodes_from(n for n, d in G.nodes(data=True) if not avoid or d.get("country") != "KZ")
            for u, v, d in G.edges(data=True):
                if u in H and v in H and (not H.has_edge(u, v) or d["km"] < H[u][v]["km"]):
                    H.add_edge(u, v, km=d["km"])
            want = dict(nx.all_pairs_dijkstra_path_length(H, weight="km"))
            with silknet.load(self.NET) as g:
                nodes = sorted(H.nodes)
                for astar in (False, True):
                    with g.router(cost="km", avoid=avoid, astar=astar) as r:
                        for a in nodes:
                            for b in nodes:
                                if b in want[a]:
                                    rt = r.route(a, b)
                                    self.assertAlmostEqual(rt.cost, want[a][b], places=6, msg=(a, b, astar))
                                    self.assertEqual((rt.path[0], rt.path[-1]), (a, b))
                                    self.assertAlmostEqual(rt.totals["km"], rt.cost, places=6)
                                else:
                                    with self.assertRaises(silknet.NoPathError):
                                        r.route(a, b)

    def test_refusals_and_lifetime(self):
        with silknet.load(CORRIDORS) as g:
            with self.assertRaises(silknet.NotFoundError):
                g.router(cost="fame")
            r = g.router(cost="km", astar=True)
            self.assertEqual(r.route("TAS", "XIA").cost, g.route("TAS", "XIA", cost="km")[0].cost)
            with self.assertRaises(silknet.NotFoundError):
                r.route("TAS", "Atlantis")
            g.add_vertex("Atlantis")
            with self.assertRaises(silknet.Error) as cm:
                r.route("TAS", "XIA")
            self.assertIn("the graph changed", str(cm.exception))
            r.close()
            with self.assertRaises(ValueError):
                r.route("TAS", "XIA")
        r = silknet.load(CORRIDORS).router()
        self.assertGreater(len(r.route("TAS", "IST").path), 1)  # the router keeps its graph alive


class Memory(unittest.TestCase):
    # AddressSanitizer quarantines freed blocks, so resident size grows
    # there whether or not anything leaks; valgrind covers the C side
    @unittest.skipIf("libasan" in os.environ.get("LD_PRELOAD", ""),
                     "resident size is meaningless under AddressSanitizer")
    def test_no_leak_in_a_load_free_loop(self):
        path = os.path.join(GML, "handwritten.graphml")

        def cycle(n):
            for _ in range(n):
                g = silknet.load(path)
                g.centrality("degree")
                g.close()
            for _ in range(n // 10):
                silknet.load(path)  # freed by the garbage collector
            gc.collect()

        cycle(1000)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        cycle(10000)
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        self.assertLess(after - before, 4096, "KiB grown over 10,000 loads")


if __name__ == "__main__":
    unittest.main(verbosity=2)
