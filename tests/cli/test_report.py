"""silknet report: the main job on the bundled data and on a network without
geography, its numbers checked against NetworkX, its diagrams rendered."""
import os
import re
import struct
import shutil
import subprocess
import tempfile
import time
import unittest

import networkx as nx

SILKNET = os.environ.get("SILKNET", "cli/silknet")
SRC = os.environ.get("SN_SRCDIR", ".")
DATA = os.environ.get("SN_TEST_DATA", "tests/data")


def run(*args, env=None):
    e = dict(os.environ)
    # the bundled data (the basemap) from the source tree, also when the
    # build is elsewhere (make distcheck)
    e.setdefault("SILKNET_DATA", os.path.join(SRC, "data"))
    e.update(env or {})
    p = subprocess.run([SILKNET, *args], capture_output=True, env=e)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


class Bundled(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp()
        t = time.monotonic()
        cls.rc, cls.out, cls.err = run("report", "-o", cls.dir, env={"SILKNET_DATA": os.path.join(SRC, "data")})
        cls.seconds = time.monotonic() - t

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir)

    def test_runs_clean(self):
        self.assertEqual(self.rc, 0, self.err)
        self.assertEqual(self.err, "")
        for line in self.out.splitlines():
            self.assertLessEqual(len(line), 100, line)
            self.assertEqual(line, line.rstrip(), "trailing blanks")

    def test_sections(self):
        for title in ("Most central actors", "Brokers between East Asia and Central Asia",
                      "Partner concentration of the Central Asian states",
                      "Best routes from Central Asia, corridor by corridor", "Corridors compared",
                      "Single points of failure of the whole network", "Diagram"):
            self.assertIn(title, self.out)
        # one line saying what each measure means
        self.assertIn("betweenness: how often an actor lies on the shortest paths", self.out)

    def test_corridors_compared(self):
        m = re.search(r"the Middle Corridor takes ([\d.]+) times as long as the Northern route", self.out)
        self.assertIsNotNone(m, self.out)
        self.assertTrue(2.0 <= float(m.group(1)) <= 4.0, m.group(0))
        self.assertRegex(self.out, r"INSTC \(\d+% at places\)")
        self.assertIn("by sea through Suez", self.out)

    def test_numbers_match_networkx(self):
        G = nx.read_graphml(os.path.join(SRC, "data", "central-asia-actors.graphml"), force_multigraph=True)
        deg = dict(G.degree())
        top = max(deg, key=deg.get)
        self.assertIn(f"1. {G.nodes[top]['label']} {deg[top]}", self.out)
        C = nx.read_graphml(os.path.join(SRC, "data", "central-asia-corridors.graphml"), force_multigraph=True)
        # Tashkent to Duisburg avoiding Russia and Iran, by days with the time at the places passed: the
        # node-split graph (v_in -> v_out costs v's days), operating freight segments only
        gone = {n for n, d in C.nodes(data=True) if d["country"] in ("RU", "IR")}
        H = nx.DiGraph()
        for v, d in C.nodes(data=True):
            H.add_edge((v, "in"), (v, "out"), w=d.get("days", 0.0))
        for u, v, d in C.edges(data=True):
            if d["mode"] in ("pipeline", "fibre") or d.get("status", "operating") != "operating" or {u, v} & gone:
                continue
            for a, b in ((u, v), (v, u)):
                if not H.has_edge((a, "out"), (b, "in")) or d["days"] < H[(a, "out")][(b, "in")]["w"]:
                    H.add_edge((a, "out"), (b, "in"), w=d["days"])
        days = nx.dijkstra_path_length(H, ("TAS", "out"), ("DUI", "in"), weight="w")
        m = re.search(r"to Europe: Middle Corridor \(TITR\), avoiding Russia and Iran\s+([\d.]+)\s+([\d.]+)\s+(\d+)",
                      self.out)
        self.assertIsNotNone(m, self.out)
        self.assertAlmostEqual(float(m.group(1)), days, places=1)

    def test_diagrams(self):
        files = sorted(os.listdir(self.dir))
        self.assertIn("central-asia-actors.dot", files)
        self.assertIn("central-asia-corridors.dot", files)
        if shutil.which("dot"):
            self.assertIn("central-asia-actors.svg", files)
            self.assertIn("central-asia-corridors.svg", files)
            with open(os.path.join(self.dir, "central-asia-corridors.svg")) as f:
                self.assertIn("Tashkent", f.read())

    def test_fast(self):
        # the analysis, without Graphviz, is well under a second
        d = tempfile.mkdtemp()
        try:
            t = time.monotonic()
            rc, _, err = run("report", "-o", d, "--no-svg", env={"SILKNET_DATA": os.path.join(SRC, "data")})
            self.assertEqual(rc, 0, err)
            self.assertLess(time.monotonic() - t, 5.0)  # generous: shared machines
        finally:
            shutil.rmtree(d)


class WebPage(unittest.TestCase):
    """DIR/index.html: one self-contained page with the diagrams inline,
    sortable tables and the text, opened in headless Chromium."""

    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp()
        cls.rc, cls.out, cls.err = run("report", "-o", cls.dir, env={"SILKNET_DATA": os.path.join(SRC, "data")})
        with open(os.path.join(cls.dir, "index.html"), encoding="utf-8") as f:
            cls.html = f.read()

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir)

    def test_self_contained(self):
        from html.parser import HTMLParser
        self.assertEqual(self.rc, 0, self.err)
        self.assertIn("wrote %s/index.html" % self.dir, self.out)

        class Refs(HTMLParser):
            def __init__(self):
                super().__init__()
                self.refs, self.tags = [], {}

            def handle_starttag(self, tag, attrs):
                self.tags[tag] = self.tags.get(tag, 0) + 1
                for k, v in attrs:
                    if k in ("src", "href", "xlink:href") and v and not v.startswith("#"):
                        self.refs.append(v)

        p = Refs()
        p.feed(self.html)
        # nothing fetched: no external script, style, image or link
        self.assertEqual(p.refs, [])
        self.assertNotIn("link", p.tags)
        self.assertEqual(p.tags.get("svg"), 2)
        self.assertEqual(p.tags.get("table"), 2)
        for section in ("central-asia-actors", "central-asia-corridors"):
            self.assertIn('<section id="%s">' % section, self.html)
        # the corridor map on its basemap, places with tooltips
        corridors = self.html.split('<section id="central-asia-corridors">')[1]
        self.assertIn('<g id="basemap" class="basemap">', corridors)
        self.assertIn('xlink:title="TAS (city)"', corridors)
        # the report's text, every section heading of it
        for heading in ("Most central places", "Corridors compared", "Best routes from Central Asia, corridor by corridor"):
            self.assertIn("<h3>%s</h3>" % heading, corridors)
        # and a PNG beside each SVG, of the same layout: the SVG's page at
        # 96 dpi, or scaled to 2,400 px on its longer side for slides
        for name in ("central-asia-actors", "central-asia-corridors"):
            with open(os.path.join(self.dir, name + ".png"), "rb") as f:
                head = f.read(24)
            self.assertEqual(head[:8], b"\x89PNG\r\n\x1a\n")
            width, height = struct.unpack(">II", head[16:24])
            with open(os.path.join(self.dir, name + ".svg"), encoding="utf-8") as f:
                svg = f.read()
            pt = re.search(r'<svg width="([0-9.]+)pt" height="([0-9.]+)pt"', svg)
            self.assertIsNotNone(pt)
            w, h = float(pt.group(1)) * 96 / 72, float(pt.group(2)) * 96 / 72
            self.assertLessEqual(max(width, height), 2400)
            self.assertGreaterEqual(max(width, height), min(max(w, h), 2400) - 3)
            self.assertAlmostEqual(width / height, w / h, delta=0.01 * w / h)

    def test_table_values_are_the_centrality_commands(self):
        actors = os.path.join(SRC, "data", "central-asia-actors.graphml")
        rc, out, err = run("centrality", actors, "--measure", "betweenness,degree,pagerank", "--format", "csv")
        self.assertEqual(rc, 0, err)
        want = {}
        for line in out.splitlines()[1:]:
            cells = line.split(",")
            want[cells[0]] = [float(x) for x in cells[-3:]]
        section = self.html.split('<section id="central-asia-actors">')[1].split("</section>")[0]
        rows = re.findall(r"<tr><td>([^<]*)</td>.*?</tr>", section)
        self.assertEqual(len(rows), 80)
        for row in re.findall(r"<tr><td>([^<]*)</td>(.*?)</tr>", section):
            got = [float(v) for v in re.findall(r'data-v="([^"]*)"', row[1])]
            self.assertEqual(len(got), 3)
            for a, b in zip(got, want[row[0]]):
                self.assertAlmostEqual(a, b, delta=1e-9 * max(1.0, abs(b)))

    def chromium(self, *args):
        browser = shutil.which("chromium") or shutil.which("chromium-browser")
        if not browser:
            self.skipTest("chromium is not installed")
        # under a sanitizer build the test runs with the sanitizer's runtime
        # preloaded: the browser is not built for it
        env = {k: v for k, v in os.environ.items() if k not in ("LD_PRELOAD", "ASAN_OPTIONS", "UBSAN_OPTIONS")}
        with tempfile.TemporaryDirectory() as profile:
            p = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                "--user-data-dir=" + profile, *args], capture_output=True, timeout=120, env=env)
        return p

    def test_in_chromium_tables_sort(self):
        # opened sorted by degree (a #sort= link): the first row is the
        # actor of highest degree, and every table got its handlers
        url = "file://%s/index.html#sort=central-asia-actors:degree" % os.path.abspath(self.dir)
        p = self.chromium("--dump-dom", url)
        dom = p.stdout.decode()
        self.assertIn('class="sortable ready" id="table-central-asia-actors" data-sorted="5 desc"', dom)
        self.assertIn('class="sortable ready" id="table-central-asia-corridors"', dom)
        table = dom.split('id="table-central-asia-actors"')[1]
        first = re.search(r"<tbody>\s*<tr><td>([^<]*)</td>", table).group(1)
        G = nx.read_graphml(os.path.join(SRC, "data", "central-asia-actors.graphml"), force_multigraph=True)
        self.assertEqual(G.degree(first), max(d for _, d in G.degree()))

    def test_in_chromium_map_and_tables_show(self):
        # a screenshot at 1,600 px: the sea of the corridor map and the
        # text of the tables are on it
        shot = os.path.join(self.dir, "shot.png")
        page = os.path.join(self.dir, "corridors")
        rc, _, err = run("report", os.path.join(SRC, "data", "central-asia-corridors.graphml"), "-o", page)
        self.assertEqual(rc, 0, err)
        url = "file://%s/index.html" % os.path.abspath(page)
        p = self.chromium("--window-size=1600,2400", "--screenshot=" + shot, url)
        self.assertTrue(os.path.exists(shot), p.stderr.decode()[-2000:])
        try:
            from PIL import Image
        except ImportError:
            self.skipTest("python3-pil is not installed")
        img = Image.open(shot).convert("RGB")
        self.assertEqual(img.size[0], 1600)
        px = list(img.getdata())
        sea = sum(1 for r, g, b in px if abs(r - 0xdc) < 6 and abs(g - 0xeb) < 6 and abs(b - 0xf5) < 6)
        dark = sum(1 for r, g, b in px if r + g + b < 200)
        self.assertGreater(sea / len(px), 0.03, "no sea of the map on the page")
        self.assertGreater(dark / len(px), 0.002, "no text on the page")


class AnyFile(unittest.TestCase):
    def test_same_file_names_and_a_scenario(self):
        # two inputs named alike get diagrams of their own; a scenario is
        # the report on what it leaves, said so
        d = tempfile.mkdtemp()
        try:
            for sub in ("a", "b"):
                os.mkdir(os.path.join(d, sub))
                shutil.copy(os.path.join(DATA, "graphml", "igraph-corridors.graphml"), os.path.join(d, sub, "x.graphml"))
            rc, out, err = run("report", os.path.join(d, "a", "x.graphml"), os.path.join(d, "b", "x.graphml"),
                               "-o", os.path.join(d, "out"), "--no-svg")
            self.assertEqual(rc, 0, err)
            files = os.listdir(os.path.join(d, "out"))
            self.assertIn("x.dot", files)
            self.assertIn("x-2.dot", files)
            with open(os.path.join(d, "out", "index.html")) as f:
                page = f.read()
            self.assertIn('<section id="x">', page)
            self.assertIn('<section id="x-2">', page)
        finally:
            shutil.rmtree(d)
        d = tempfile.mkdtemp()
        try:
            rc, out, err = run("report", "--avoid", "country=RU", "-o", d, "--no-svg",
                               env={"SILKNET_DATA": os.path.join(SRC, "data")})
            self.assertEqual(rc, 0, err)
            self.assertIn("scenario: the network without country=RU", out)
            routes = out.split("Best routes from Central Asia")[1]
            self.assertNotIn(" - Moscow", routes)
            self.assertIn("no route: its waypoint 'MOW' is not in the network", routes)
            rc, out, err = run("report", "--avoid", "", "-o", d)
            self.assertEqual(rc, 2)
        finally:
            shutil.rmtree(d)

    def test_without_geography(self):
        d = tempfile.mkdtemp()
        try:
            rc, out, err = run("report", os.path.join(DATA, "centrality", "karate.graphml"), "-o", d)
            self.assertEqual(rc, 0, err)
            self.assertIn("Most central actors", out)
            self.assertNotIn("Best routes", out)
            self.assertIn("karate.dot", os.listdir(d))
        finally:
            shutil.rmtree(d)

    def test_generic_corridor_file(self):
        d = tempfile.mkdtemp()
        try:
            rc, out, err = run("report", os.path.join(DATA, "routing", "corridors-random.graphml"), "-o", d,
                               "--no-svg")
            self.assertEqual(rc, 0, err)
            self.assertIn("The longest best route", out)
            self.assertIn("chokepoints:", out)
        finally:
            shutil.rmtree(d)

    def test_large_network(self):
        # a 60,000-place line: every inner place is an articulation point and
        # all-pairs measures would take a search from each place. The report
        # estimates betweenness from a sample of sources (checked against the
        # exact value of a line, (k)(n-1-k) for place k, within the standard
        # errors it prints), says what it leaves out, ranks by degree and
        # PageRank (checked against NetworkX), names 40 articulation points and
        # counts the rest, and writes DOT without trying to lay it out.
        n = 60000
        d = tempfile.mkdtemp()
        try:
            path = os.path.join(d, "line.graphml")
            with open(path, "w") as f:
                f.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
                        '<key id="lat" for="node" attr.name="lat" attr.type="double"/>'
                        '<key id="lon" for="node" attr.name="lon" attr.type="double"/>'
                        '<key id="km" for="edge" attr.name="km" attr.type="double"/>'
                        '<graph edgedefault="undirected">\n')
                for i in range(n):
                    f.write('<node id="p%d"><data key="lat">%.4f</data><data key="lon">%.4f</data></node>\n'
                            % (i, 40 + i * 1e-4, 60 + (i % 7) * 1e-3))
                for i in range(n - 1):
                    f.write('<edge source="p%d" target="p%d"><data key="km">%d</data></edge>\n'
                            % (i, i + 1, 1 + i % 5))
                f.write("</graph></graphml>\n")
            rc, out, err = run("report", path, "-o", d)
            self.assertEqual(rc, 0, err)
            self.assertIn("betweenness: estimated from the shortest paths out of 666 of the 60000 vertices", out)
            self.assertIn("closeness: not computed here", out)
            ranked = out.split("betweenness: how often")[1].split("pagerank:")[0]
            found = re.findall(r"\d\. p(\d+) (\S+) \+-(\S+)", ranked)
            self.assertEqual(len(found), 5, ranked)
            for k, est, se in found:
                k, est, se = int(k), float(est), float(se)
                exact = k * (n - 1 - k)
                self.assertLess(abs(est - exact), 4 * se + 1e-9 * exact, (k, est, se, exact))
                # the centre of the line is where betweenness peaks
                self.assertLess(abs(k - n / 2), n / 100, k)
            self.assertIn("degree: how many ties", out)
            G = nx.Graph()
            G.add_edges_from((f"p{i}", f"p{i + 1}", {"w": 1 / (1 + i % 5)}) for i in range(n - 1))
            pr = nx.pagerank(G, weight="w", tol=1e-12)
            best = max(pr, key=pr.get)
            line = out.split("pagerank:")[1].splitlines()[1]
            self.assertTrue(line.strip().startswith("1. %s " % best), (line, best))
            self.assertIn("%d articulation points" % (n - 2), out)
            self.assertIn("and %d more" % (n - 2 - 40), out)
            self.assertIn("no SVG: %d vertices are more than Graphviz lays out legibly" % n, out)
            self.assertIn("line.dot", os.listdir(d))
            self.assertNotIn("line.svg", os.listdir(d))
        finally:
            shutil.rmtree(d)

    def test_no_graphviz_is_a_note(self):
        d = tempfile.mkdtemp()
        bindir = tempfile.mkdtemp()
        try:
            # a PATH with the usual tools (the build's wrapper scripts use some) but no Graphviz
            for sys_dir in ("/usr/bin", "/bin"):
                for name in os.listdir(sys_dir):
                    if name in ("dot", "neato", "sfdp", "fdp", "circo", "twopi", "osage", "patchwork"):
                        continue
                    dst = os.path.join(bindir, name)
                    if not os.path.exists(dst):
                        os.symlink(os.path.join(sys_dir, name), dst)
            rc, out, err = run("report", os.path.join(DATA, "graphml", "handwritten.graphml"), "-o", d,
                               env={"PATH": bindir})
            self.assertEqual(rc, 0, err)
            self.assertIn("Graphviz is not installed", out)
            self.assertIn("handwritten.dot", os.listdir(d))
        finally:
            shutil.rmtree(d)
            shutil.rmtree(bindir)

    def test_missing_data_and_bad_file(self):
        rc, out, err = run("report", "-o", "/tmp", env={"SILKNET_DATA": "/nonexistent"})
        # the installed or source data are still found; only a wrong FILE fails
        rc, out, err = run("report", "/nonexistent.graphml", "--no-svg")
        self.assertEqual(rc, 1)
        self.assertIn("cannot open", err)
        rc, out, err = run("report", "--bogus")
        self.assertEqual(rc, 2)


if __name__ == "__main__":
    unittest.main(verbosity=2)
