"""silknet export: GraphML that NetworkX and python-igraph read back with the
same attributes and types, and DOT that Graphviz renders without a word."""
import math
import os
import shutil
import subprocess
import tempfile
import unittest

import igraph
import networkx as nx

SILKNET = os.environ.get("SILKNET", "cli/silknet")
DATA = os.environ.get("SN_TEST_DATA", "tests/data")
GML = os.path.join(DATA, "graphml")
SMALL_GEO = os.path.join(GML, "igraph-corridors.graphml")
FIXTURES = sorted(f for f in os.listdir(GML) if f.endswith(".graphml"))


def run(*args):
    # the bundled data (the basemap) from the source tree, also when the
    # build is elsewhere (make distcheck)
    env = dict(os.environ)
    env.setdefault("SILKNET_DATA", os.path.join(os.environ.get("SN_SRCDIR", "."), "data"))
    p = subprocess.run([SILKNET, *args], capture_output=True, env=env)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def same(a, b):
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return type(a) is type(b) and a == b


class Base(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.dir)

    def export(self, name, *args, to="graphml"):
        out = os.path.join(self.dir, name + "." + to)
        rc, _, err = run("export", os.path.join(GML, name), "--to", to, "-o", out, *args)
        self.assertEqual(rc, 0, err)
        return out


class GraphMLForNetworkX(Base):
    # NetworkX cannot read mixed graphs and drops nested ones: the rest
    READABLE = ["networkx-multigraph.graphml", "networkx-digraph.graphml",
                "igraph-corridors.graphml", "handwritten.graphml", "cytoscape.graphml"]

    def test_same_nodes_edges_and_typed_values(self):
        for name in self.READABLE:
            with self.subTest(name=name):
                a = nx.read_graphml(os.path.join(GML, name), force_multigraph=True)
                b = nx.read_graphml(self.export(name), force_multigraph=True)
                self.assertEqual(a.is_directed(), b.is_directed())
                self.assertEqual(list(a.nodes), list(b.nodes))
                for n in a.nodes:
                    self.assertEqual(a.nodes[n].keys(), b.nodes[n].keys(), n)
                    for k, v in a.nodes[n].items():
                        self.assertTrue(same(v, b.nodes[n][k]), (n, k, v, b.nodes[n][k]))
                ea = list(a.edges(keys=True, data=True))
                eb = list(b.edges(keys=True, data=True))
                self.assertEqual(len(ea), len(eb))
                for (u1, v1, k1, d1), (u2, v2, k2, d2) in zip(ea, eb):
                    self.assertEqual((u1, v1, k1), (u2, v2, k2))
                    self.assertEqual(d1.keys(), d2.keys())
                    for k in d1:
                        self.assertTrue(same(d1[k], d2[k]), (u1, v1, k, d1[k], d2[k]))
                self.assertEqual(a.graph.get("node_default"), b.graph.get("node_default"))
                self.assertEqual(a.graph.get("edge_default"), b.graph.get("edge_default"))

    def test_exact_long_and_double(self):
        b = nx.read_graphml(self.export("networkx-digraph.graphml"))
        self.assertEqual(b.nodes["a"]["big"], 2**62 + 1)
        self.assertEqual(b.nodes["a"]["ratio"], 1 / 3)
        self.assertEqual(b.edges["c", "a"]["km"], math.inf)


class GraphMLForIgraph(Base):
    def test_same_graph_in_igraph(self):
        for name in ["networkx-multigraph.graphml", "networkx-digraph.graphml",
                     "igraph-corridors.graphml", "gephi-mixed.graphml", "cytoscape.graphml"]:
            with self.subTest(name=name):
                a = igraph.Graph.Read_GraphML(os.path.join(GML, name))
                b = igraph.Graph.Read_GraphML(self.export(name))
                self.assertEqual((a.vcount(), a.ecount(), a.is_directed()),
                                 (b.vcount(), b.ecount(), b.is_directed()))
                self.assertEqual(sorted(a.vs.attributes()), sorted(b.vs.attributes()))
                self.assertEqual(sorted(a.es.attributes()), sorted(b.es.attributes()))
                for attr in a.vs.attributes():
                    for x, y in zip(a.vs[attr], b.vs[attr]):
                        self.assertTrue(same(x, y) or x == y, (attr, x, y))
                for attr in a.es.attributes():
                    for x, y in zip(a.es[attr], b.es[attr]):
                        self.assertTrue(same(x, y) or x == y, (attr, x, y))
                self.assertEqual(a.get_edgelist(), b.get_edgelist())


class GraphMLRoundTrip(Base):
    def test_silknet_reads_its_own_output_the_same(self):
        for name in FIXTURES:
            with self.subTest(name=name):
                out = self.export(name)
                rc, first, err = run("info", os.path.join(GML, name), "--format", "json")
                rc2, second, err2 = run("info", out, "--format", "json")
                self.assertEqual((rc, rc2), (0, 0), err + err2)
                first = first.replace(os.path.join(GML, name), "F")
                second = second.replace(out, "F")
                # notes name their file and line: compare the rest
                import json
                a, b = json.loads(first), json.loads(second)
                a.pop("skipped"), b.pop("skipped")
                self.assertEqual(a, b)

    def test_atomic_failure_keeps_old_file(self):
        target = os.path.join(self.dir, "keep.graphml")
        with open(target, "w") as f:
            f.write("old contents")
        rc, _, err = run("export", os.path.join(GML, "invalid", "malformed.graphml"),
                         "--to", "graphml", "-o", target)
        self.assertEqual(rc, 1)
        with open(target) as f:
            self.assertEqual(f.read(), "old contents")
        rc, _, err = run("export", os.path.join(GML, "handwritten.graphml"), "--to", "graphml",
                         "-o", os.path.join(self.dir, "no", "such", "dir.graphml"))
        self.assertEqual(rc, 1)
        self.assertIn("cannot write: No such file or directory", err)
        self.assertEqual(sorted(os.listdir(self.dir)), ["keep.graphml"])


class WhatOutputNames(Base):
    """-o onto what is not a plain file: a symlink stays a link, a FIFO is
    written into, - is standard output, a name of 250 characters works."""
    SRC = os.path.join(GML, "handwritten.graphml")

    def test_symlink_stays_a_link(self):
        real = os.path.join(self.dir, "real.graphml")
        link = os.path.join(self.dir, "link.graphml")
        with open(real, "w") as f:
            f.write("old")
        os.chmod(real, 0o640)
        os.symlink("real.graphml", link)
        rc, _, err = run("export", self.SRC, "--to", "graphml", "-o", link)
        self.assertEqual(rc, 0, err)
        self.assertTrue(os.path.islink(link))
        self.assertEqual(os.readlink(link), "real.graphml")
        self.assertEqual(os.stat(real).st_mode & 0o777, 0o640)
        with open(real) as f:
            self.assertIn("<graphml", f.read())
        # a link to nothing yet: the file it names is made
        os.symlink("later.graphml", os.path.join(self.dir, "dangling"))
        rc, _, err = run("export", self.SRC, "--to", "graphml", "-o", os.path.join(self.dir, "dangling"))
        self.assertEqual(rc, 0, err)
        self.assertTrue(os.path.islink(os.path.join(self.dir, "dangling")))
        self.assertTrue(os.path.isfile(os.path.join(self.dir, "later.graphml")))
        self.assertEqual(sorted(os.listdir(self.dir)), ["dangling", "later.graphml", "link.graphml", "real.graphml"])

    def test_fifo_is_written_into(self):
        import threading
        fifo = os.path.join(self.dir, "pipe")
        os.mkfifo(fifo)
        got = []
        reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()))
        reader.start()
        rc, _, err = run("export", self.SRC, "--to", "dot", "-o", fifo)
        reader.join(10)
        self.assertEqual(rc, 0, err)
        self.assertTrue(got and got[0].startswith(b"// written by silknet"))
        self.assertTrue(os.path.exists(fifo) and not os.path.isfile(fifo))
        self.assertEqual(os.listdir(self.dir), ["pipe"])

    def test_dash_is_standard_output_and_long_names_work(self):
        rc, out, err = run("export", self.SRC, "--to", "dot", "-o", "-")
        self.assertEqual(rc, 0, err)
        self.assertTrue(out.startswith("// written by silknet"))
        self.assertFalse(os.path.exists("-"))
        name = os.path.join(self.dir, "x" * 246 + ".dot")  # 250 characters, NAME_MAX is 255
        rc, _, err = run("export", self.SRC, "--to", "dot", "-o", name)
        self.assertEqual(rc, 0, err)
        self.assertTrue(os.path.isfile(name))
        rc, _, err = run("export", self.SRC, "--to", "dot", "-o", self.dir)
        self.assertEqual(rc, 1)
        self.assertIn("it is a directory", err)


class ExportWithMetrics(Base):
    def test_with_measures_as_attributes(self):
        out = self.export("networkx-multigraph.graphml", "--with", "betweenness,pagerank,edge_betweenness")
        G = nx.read_graphml(out, force_multigraph=True)
        ref = nx.read_graphml(os.path.join(GML, "networkx-multigraph.graphml"))
        pr = nx.pagerank(nx.Graph(ref), weight=None)  # no weights given: unweighted
        # NetworkX's pagerank on the simple graph differs where parallel edges weigh in;
        # igraph's on the multigraph is the reference for raw values
        g = igraph.Graph.Read_GraphML(os.path.join(GML, "networkx-multigraph.graphml"))
        for v, want in zip(g.vs["id"], g.pagerank()):
            self.assertAlmostEqual(G.nodes[v]["pagerank"], want, places=9)
        for v, want in zip(g.vs["id"], g.betweenness()):
            self.assertAlmostEqual(G.nodes[v]["betweenness"], want, places=9)
        ebs = [d["edge_betweenness"] for *_, d in G.edges(keys=True, data=True)]
        self.assertEqual(len(ebs), 8)
        self.assertTrue(pr)

    def test_with_weights_and_errors(self):
        out = self.export("networkx-multigraph.graphml", "--with", "strength", "--weight", "weight",
                          "--weight-is", "strength")
        G = nx.read_graphml(out, force_multigraph=True)
        self.assertAlmostEqual(G.nodes["UZ"]["strength"], 2.2 + 0.05 + 0.1 + 0.7 + 1.0, places=12)
        rc, _, err = run("export", os.path.join(GML, "networkx-multigraph.graphml"), "--to", "graphml",
                         "--with", "fame")
        self.assertEqual(rc, 2)
        self.assertIn("unknown measure 'fame'", err)


class Parts(Base):
    """--top, --ego, --only and --avoid write the part NetworkX would cut
    out of the same file."""
    ACTORS = os.path.join(os.environ.get("SN_SRCDIR", "."), "data", "central-asia-actors.graphml")

    def part(self, *args):
        out = os.path.join(self.dir, "part.graphml")
        rc, _, err = run("export", self.ACTORS, "--to", "graphml", "-o", out, *args)
        self.assertEqual(rc, 0, err)
        self.assertIn("silknet: note: writing a part: ", err)
        return nx.read_graphml(out, force_multigraph=True)

    def test_against_networkx(self):
        G = nx.read_graphml(self.ACTORS, force_multigraph=True)
        U = nx.Graph(G.to_undirected())
        # one actor and its neighbours, either way, at radius 1 and 2
        for r in (1, 2):
            got = self.part("--ego", "KOR", "--radius", str(r))
            self.assertEqual(set(got), set(nx.ego_graph(U, "KOR", radius=r)))
            self.assertEqual(got.number_of_edges(), G.subgraph(set(got)).number_of_edges())
        self.assertEqual(set(self.part("--ego", "KOR", "--radius", "0")), {"KOR"})
        # one relation: its edges and the actors they join
        got = self.part("--only", "relation=trade")
        want = [(u, v) for u, v, d in G.edges(data=True) if d.get("relation") == "trade"]
        self.assertEqual(sorted(got.edges()), sorted(want))
        self.assertEqual(set(got), {x for e in want for x in e})
        # one kind: every actor of it, and the ties among them
        got = self.part("--only", "kind=state")
        states = {v for v, d in G.nodes(data=True) if d.get("kind") == "state"}
        self.assertEqual(set(got), states)
        self.assertEqual(got.number_of_edges(), G.subgraph(states).number_of_edges())
        # the top 10 by degree: NetworkX's degree, ties by file order
        got = self.part("--top", "10")
        deg = dict(G.degree())
        order = sorted(G.nodes, key=lambda v: (-deg[v], list(G.nodes).index(v)))
        self.assertEqual(set(got), set(order[:10]))
        # without Russia
        got = self.part("--avoid", "RUS")
        self.assertNotIn("RUS", got)
        self.assertEqual(got.number_of_edges(), G.number_of_edges() - G.degree("RUS")
                         + sum(1 for u, v in nx.selfloop_edges(G) if u == "RUS"))

    def test_top_by_betweenness_is_the_centrality_commands(self):
        rc, out, err = run("centrality", self.ACTORS, "--measure", "betweenness", "--top", "12", "--format", "json")
        self.assertEqual(rc, 0, err)
        import json
        top = {v["id"] for v in json.loads(out)["vertices"]}
        self.assertEqual(set(self.part("--top", "12", "--by", "betweenness")), top)

    def test_usage(self):
        for bad in (["--radius", "2"], ["--by", "pagerank"], ["--top", "0"], ["--top", "5", "--by", "fame"],
                    ["--top", "5", "--by", "edge_betweenness"], ["--only", ""]):
            rc, _, err = run("export", self.ACTORS, "--to", "dot", *bad)
            self.assertEqual(rc, 2, (bad, err))
        rc, _, err = run("export", self.ACTORS, "--to", "dot", "--ego", "NOPE")
        self.assertEqual(rc, 1)
        self.assertIn("no vertex 'NOPE'", err)


class DotForGraphviz(Base):
    def render(self, path, engine="dot", *flags):
        p = subprocess.run([engine, *flags, "-Tsvg", path], capture_output=True)
        self.assertEqual(p.returncode, 0, p.stderr.decode())
        self.assertEqual(p.stderr.decode(), "", path)
        self.assertIn(b"<svg", p.stdout)
        return p.stdout.decode()

    def test_every_fixture_renders_without_warnings(self):
        for name in FIXTURES:
            for args in [(), ("--plain",), ("--no-legend", "--title", 'a "quoted" <title> \\')]:
                with self.subTest(name=name, args=args):
                    self.render(self.export(name, *args, to="dot"))

    def test_hostile_labels_survive(self):
        svg = self.render(self.export("hostile-labels.graphml", "--width", "weight", to="dot"))
        self.assertIn("say &quot;hi&quot;", svg)
        self.assertIn(">backslash\\</text>", svg)  # wrapped: "ends in a" above it
        self.assertIn("&lt;b&gt;not bold&lt;/b&gt;", svg)
        self.assertIn("Алматы", svg)
        self.assertNotIn("<b>", svg)

    def test_geographic_with_neato(self):
        out = self.export("igraph-corridors.graphml", "--geo", "--highlight", "n0,n2,n3,n4",
                          "--title", "Tashkent to Istanbul", to="dot")
        svg = self.render(out, "neato", "-n2")
        self.assertIn("Tashkent to Istanbul", svg)

    def legend_against_drawing(self, dot):
        """The colours the edges and nodes are drawn in, and the legend's."""
        import re
        edges, fills, legend_lines, legend_fills = set(), set(), set(), set()
        for line in dot.splitlines():
            if "label=<<TABLE" in line:
                legend_lines |= set(re.findall(r'<FONT COLOR="([^"]+)">', line))
                legend_fills |= set(re.findall(r'<TD BGCOLOR="([^"]+)"', line))
            elif re.match(r'\s+"[^"]*" -[->] "', line):
                edges |= set(re.findall(r'\bcolor="([^"]+)"', line))
            elif re.match(r'\s+"', line):
                fills |= set(re.findall(r'fillcolor="([^"]+)"', line))
        return edges, fills, legend_lines, legend_fills

    def test_legend_is_what_is_drawn(self):
        # the bundled corridor map, as the report draws it: with a route
        # highlighted (the legend has the route and the corridors dimmed as
        # drawn), and without; the actor network; every entry drawn, every
        # drawn colour an entry
        corridors = os.path.join(os.environ.get("SN_SRCDIR", "."), "data", "central-asia-corridors.graphml")
        actors = os.path.join(os.environ.get("SN_SRCDIR", "."), "data", "central-asia-actors.graphml")
        rc, route, err = run("route", corridors, "Tashkent", "Istanbul", "--cost", "days", "--format", "json")
        self.assertEqual(rc, 0, err)
        with open(os.path.join(self.dir, "r.json"), "w") as f:
            f.write(route)
        cases = [(corridors, ("--geo",)), (corridors, ("--geo", "--highlight", "@" + os.path.join(self.dir, "r.json"))),
                 (actors, ()), (actors, ("--highlight", "KOR,UZB"))]
        for path, args in cases:
            with self.subTest(path=path, args=args):
                out = os.path.join(self.dir, "l.dot")
                rc, _, err = run("export", path, "--to", "dot", "-o", out, *args)
                self.assertEqual(rc, 0, err)
                with open(out) as f:
                    dot = f.read()
                edges, fills, legend_lines, legend_fills = self.legend_against_drawing(dot)
                self.assertEqual(edges, legend_lines)
                self.assertEqual(fills - {"#ffffff"}, legend_fills - {"#ffffff"})
                if "--highlight" in args:
                    self.assertIn("#d62728", legend_lines)  # the route has its own entry
                    self.assertIn(">route<", dot)
                    # the corridors stay in their colours, dimmed: no grey
                    self.assertNotIn("#d0d0d0", edges)
                    self.assertTrue(all(c == "#d62728" or len(c) == 9 for c in edges), edges)
                if path == corridors:
                    # a segment of two corridors is its first's colour: TITR
                    # is one entry, and no category is a list
                    self.assertEqual(dot.count(">TITR<"), 1)
                    self.assertNotIn(";CAREC<", dot)
                    self.assertIn("(no corridor)", dot)
                self.render(out, "neato" if "--geo" in args else "dot", *(("-n2",) if "--geo" in args else ()))

    def test_basemap_lies_beneath_in_the_same_projection(self):
        # the corridor map on the bundled Natural Earth basemap: the map is
        # one SVG group; Tashkent, Tehran and Moscow lie on land, the middle
        # of the Caspian (between Baku and Aktau) on no land but in the sea,
        # and Aktau, a port, on a coast
        import re
        corridors = os.path.join(os.environ.get("SN_SRCDIR", "."), "data", "central-asia-corridors.graphml")
        out = os.path.join(self.dir, "map.svg")
        env = dict(os.environ, SILKNET_DATA=os.path.join(os.environ.get("SN_SRCDIR", "."), "data"))
        p = subprocess.run([SILKNET, "export", corridors, "--to", "svg", "--geo", "-o", out], capture_output=True, env=env)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stderr, b"")
        with open(out) as f:
            svg = f.read()
        group = re.search(r'<g id="basemap" class="basemap">\n(.*?)</g>', svg, re.S)
        self.assertIsNotNone(group)
        rings = [[tuple(map(float, xy.split(","))) for xy in pts.split()]
                 for pts in re.findall(r'<polygon[^>]*points="([^"]+)"', group.group(1))]
        sea, land = rings[0], rings[1:]
        self.assertGreater(len(land), 50)

        def centre(vid):
            # the node's mark: an ellipse's centre, or a polygon's mean point
            node = re.search(r"<title>%s</title>\n(?:<g[^>]*><a[^>]*>\n)?<(ellipse|polygon)([^>]*)>" % vid, svg)
            self.assertIsNotNone(node, vid)
            if node.group(1) == "ellipse":
                return (float(re.search(r'cx="([-\d.]+)"', node.group(2)).group(1)),
                        float(re.search(r'cy="([-\d.]+)"', node.group(2)).group(1)))
            pts = [tuple(map(float, xy.split(","))) for xy in
                   re.search(r'points="([^"]+)"', node.group(2)).group(1).split()][:-1]
            return sum(x for x, _ in pts) / len(pts), sum(y for _, y in pts) / len(pts)

        def inside(pt, ring):
            x, y = pt
            c = False
            for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
                if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                    c = not c
            return c

        def on_land(pt):
            return any(inside(pt, r) for r in land)

        def to_coast(pt):
            best = float("inf")
            for r in land:
                for (x1, y1), (x2, y2) in zip(r, r[1:] + r[:1]):
                    dx, dy = x2 - x1, y2 - y1
                    t = max(0.0, min(1.0, ((pt[0] - x1) * dx + (pt[1] - y1) * dy) / (dx * dx + dy * dy or 1)))
                    best = min(best, math.hypot(pt[0] - x1 - t * dx, pt[1] - y1 - t * dy))
            return best

        for vid in ("TAS", "THR", "MOW"):
            self.assertTrue(on_land(centre(vid)), vid)
        bak, akt = centre("BAK"), centre("AKT")
        caspian = ((bak[0] + akt[0]) / 2, (bak[1] + akt[1]) / 2)
        self.assertFalse(on_land(caspian))
        self.assertTrue(inside(caspian, sea))
        # Aktau sits on the coast: within a few points (a few km) of it, at
        # about 23 points a degree here
        self.assertLess(to_coast(akt), 10)
        # without the basemap: no group, and the same places
        rc, _, err = run("export", corridors, "--to", "svg", "--geo", "--no-basemap", "-o", out)
        self.assertEqual(rc, 0, err)
        with open(out) as f:
            self.assertNotIn("basemap", f.read())
        # a basemap that is not one: an error with its position, OUT kept
        bad = os.path.join(self.dir, "bad.txt")
        with open(bad, "w") as f:
            f.write("# a comment\nLand\t10,20 30,x\n")
        rc, _, err = run("export", corridors, "--to", "svg", "--geo", "--basemap", bad, "-o", out)
        self.assertEqual(rc, 1)
        self.assertIn("bad.txt:2:15: expected lon,lat", err)
        rc, _, err = run("export", corridors, "--to", "svg", "--basemap", bad, "-o", out)
        self.assertEqual(rc, 2, err)

    def test_readable_on_a_slide(self):
        # the bundled networks as images: every label at least 9 px when
        # the SVG is shown 1,600 px wide, the size of a slide
        import re
        src = os.environ.get("SN_SRCDIR", ".")
        for name, args in (("central-asia-actors", ()), ("central-asia-corridors", ("--geo",)),
                           ("central-asia-corridors", ())):
            with self.subTest(name=name, args=args):
                out = os.path.join(self.dir, "slide.svg")
                rc, _, err = run("export", os.path.join(src, "data", name + ".graphml"), "--to", "svg", "-o", out, *args)
                self.assertEqual(rc, 0, err)
                self.assertNotIn("smallest labels", err)
                with open(out) as f:
                    svg = f.read()
                width = float(re.search(r'<svg width="([\d.]+)pt"', svg).group(1))
                sizes = [float(x) for x in re.findall(r'font-size="([\d.]+)"', svg)]
                self.assertGreaterEqual(min(sizes) * 1600 / width, 9.0, (width, min(sizes)))
                # long names are wrapped, not cut: every label's words are there
                if name == "central-asia-actors":
                    lines = re.findall(r">([^<>]*)</text>", svg)
                    self.assertTrue(any("Association" in t for t in lines), "a wrapped label lost its words")
                    self.assertTrue(any(t.startswith("Korea") for t in lines), "a wrapped label lost its words")
                    self.assertTrue(all(len(t) <= 24 for t in lines if t != "━━"), max(lines, key=len))

    def test_a_drawing_too_big_to_read_says_so(self):
        # 1,500 places: no font reads at slide size, and a note says what will
        G = nx.relabel_nodes(nx.gnm_random_graph(1500, 2500, seed=8), lambda v: "Place number %d" % v)
        path = os.path.join(self.dir, "many.graphml")
        nx.write_graphml(G, path)
        rc, _, err = run("export", path, "--to", "svg", "-o", os.path.join(self.dir, "many.svg"))
        self.assertEqual(rc, 0, err)
        self.assertRegex(err, r"note: the smallest labels are [0-8]\.\d px when the drawing is shown 1,600 px wide")

    def test_big_drawings_say_they_are_simplified(self):
        # past 1,000 edges the edges are straight, and a note says so
        G = nx.gnm_random_graph(400, 1200, seed=4)
        path = os.path.join(self.dir, "big.graphml")
        nx.write_graphml(G, path)
        out = os.path.join(self.dir, "big.dot")
        rc, _, err = run("export", path, "--to", "dot", "-o", out)
        self.assertEqual(rc, 0, err)
        self.assertIn("note: 1200 edges are drawn straight", err)
        with open(out) as f:
            self.assertIn("splines=line", f.read())
        rc, _, err = run("export", path, "--to", "dot", "-o", out, "--top", "50")
        self.assertEqual(rc, 0, err)
        self.assertNotIn("drawn straight", err)
        with open(out) as f:
            self.assertIn("splines=true", f.read())

    def test_clusters_render(self):
        self.render(self.export("networkx-multigraph.graphml", "--cluster", "country", to="dot"))
        self.render(self.export("nested.graphml", to="dot"))
        self.render(self.export("yed-groups.graphml", to="dot"))

    def test_usage(self):
        path = os.path.join(GML, "handwritten.graphml")
        for args in [("export", path), ("export", path, "--to", "jpeg"),
                     ("export", path, "--to", "graphml", "--geo"), ("export", "--to", "dot")]:
            with self.subTest(args=args):
                rc, out, err = run(*args)
                self.assertEqual(rc, 2, err)
        rc, _, err = run("export", path, "--to", "dot", "--width", "missing")
        self.assertEqual((rc, err), (1, "silknet: no edge attribute 'missing'\n"))
        rc, _, err = run("export", path, "--to", "dot", "--highlight", "KR,XX")
        self.assertEqual((rc, err), (1, "silknet: --highlight: no vertex 'XX'\n"))
        rc, out, err = run("export", SMALL_GEO, "--to", "dot", "--highlight", "Tashkent,n2")
        self.assertEqual(rc, 0, err)
        rc, out, _ = run("export", path, "--to", "dot")
        self.assertTrue(out.startswith("// written by silknet"))


class Images(Base):
    """--to svg|png|pdf: Graphviz draws the DOT; a failure or a layout that
    runs out of time leaves what -o names as it was."""

    def test_formats(self):
        import xml.etree.ElementTree as ET
        if shutil.which("dot") is None:
            self.skipTest("Graphviz is not installed")
        out = os.path.join(self.dir, "map.svg")
        rc, _, err = run("export", SMALL_GEO, "--to", "svg", "--geo", "-o", out)
        self.assertEqual(rc, 0, err)
        root = ET.parse(out).getroot()
        self.assertTrue(root.tag.endswith("svg"))
        for to, magic in (("png", b"\x89PNG"), ("pdf", b"%PDF")):
            out = os.path.join(self.dir, "g." + to)
            rc, _, err = run("export", SMALL_GEO, "--to", to, "--engine", "sfdp", "-o", out)
            self.assertEqual(rc, 0, err)
            with open(out, "rb") as f:
                self.assertEqual(f.read(len(magic)), magic)
        p = subprocess.run([SILKNET, "export", SMALL_GEO, "--to", "svg"], capture_output=True)
        self.assertEqual(p.returncode, 0)
        self.assertIn(b"<svg", p.stdout)
        self.assertEqual([f for f in os.listdir(self.dir) if "render" in f], [])

    def test_failures_leave_the_target(self):
        fake = os.path.join(self.dir, "bin")
        os.mkdir(fake)
        for name, body in (("dot", "#!/bin/sh\ncat > /dev/null\necho broken >&2\nexit 3\n"),
                           ("sfdp", "#!/bin/sh\nsleep 30\n")):
            with open(os.path.join(fake, name), "w") as f:
                f.write(body)
            os.chmod(os.path.join(fake, name), 0o755)
        env = dict(os.environ, PATH=fake + os.pathsep + os.environ.get("PATH", "/usr/bin:/bin"))
        out = os.path.join(self.dir, "keep.svg")
        with open(out, "w") as f:
            f.write("old")
        for args, msg in ((["--engine", "dot"], "dot failed (exit status 3)"),
                          (["--engine", "sfdp", "--timeout", "0.5"], "sfdp did not finish in 0.5 s")):
            with self.subTest(args=args):
                p = subprocess.run([SILKNET, "export", SMALL_GEO, "--to", "svg", "-o", out, *args],
                                   capture_output=True, text=True, env=env)
                self.assertEqual(p.returncode, 1, p.stderr)
                self.assertIn(msg, p.stderr)
                with open(out) as f:
                    self.assertEqual(f.read(), "old")
        self.assertEqual(sorted(os.listdir(self.dir)), ["bin", "keep.svg"])
        for args, msg in ((["--to", "graphml", "--engine", "dot"], "--engine and --timeout are for images"),
                          (["--to", "svg", "--engine", "magic"], "unknown --engine 'magic'"),
                          (["--to", "svg", "--timeout", "-1"], "--timeout")):
            rc, _, err = run("export", SMALL_GEO, *args)
            self.assertEqual(rc, 2, err)
            self.assertIn(msg, err)


class HighlightFromRoute(Base):
    def test_route_json_in_stdin_and_file(self):
        net = os.path.join(DATA, "..", "..", "data", "central-asia-corridors.graphml")
        p = subprocess.run([SILKNET, "route", net, "Almaty", "Istanbul", "--cost", "days", "--format", "json"],
                           capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        ids = ",".join(__import__("json").loads(p.stdout)["routes"][0]["path"])
        want = subprocess.run([SILKNET, "export", net, "--to", "dot", "--highlight", ids],
                              capture_output=True, text=True).stdout
        got = subprocess.run([SILKNET, "export", net, "--to", "dot", "--highlight", "-"], input=p.stdout,
                             capture_output=True, text=True)
        self.assertEqual((got.returncode, got.stdout), (0, want), got.stderr)
        path = os.path.join(self.dir, "r.json")
        with open(path, "w") as f:
            f.write(p.stdout)
        rc, out, err = run("export", net, "--to", "dot", "--highlight", "@" + path)
        self.assertEqual((rc, out), (0, want), err)
        for bad, msg in (("@" + os.path.join(self.dir, "none.json"), "cannot open"),):
            rc, _, err = run("export", net, "--to", "dot", "--highlight", bad)
            self.assertEqual(rc, 1)
            self.assertIn(msg, err)
        got = subprocess.run([SILKNET, "export", net, "--to", "dot", "--highlight", "-"], input='{"x": 1}',
                             capture_output=True, text=True)
        self.assertEqual(got.returncode, 1)
        self.assertIn("expected the JSON of 'silknet route --format json'", got.stderr)
        rc, _, err = run("export", "-", "--to", "dot", "--highlight", "-")
        self.assertEqual(rc, 2, err)


if __name__ == "__main__":
    unittest.main(verbosity=2)
