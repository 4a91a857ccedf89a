"""silknet centrality against reference values that NetworkX and python-igraph
computed on classic networks (tests/data/centrality/make_reference.py)."""
import glob
import json
import math
import os
import subprocess
import unittest

SILKNET = os.environ.get("SILKNET", "cli/silknet")
DATA = os.environ.get("SN_TEST_DATA", "tests/data")
CDIR = os.path.join(DATA, "centrality")


def run(*args):
    p = subprocess.run([SILKNET, *args], capture_output=True)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def close(a, b, tol):
    if a is None or b is None or (isinstance(b, float) and math.isnan(b)):
        return (a is None or math.isnan(a)) and (b is None or math.isnan(b))
    return abs(a - b) <= tol * abs(b) + 1e-12


class AgainstReferences(unittest.TestCase):
    def test_every_reference_case(self):
        refs = sorted(glob.glob(os.path.join(CDIR, "*.json")))
        self.assertGreaterEqual(len(refs), 5)
        ncases = 0
        for ref in refs:
            with open(ref) as f:
                doc = json.load(f)
            path = os.path.join(CDIR, doc["file"])
            for case in doc["cases"]:
                m = case["measure"]
                with self.subTest(file=doc["file"], measure=m, args=case["args"]):
                    rc, out, err = run("centrality", path, "--measure", m, *case["args"],
                                       "--format", "json")
                    self.assertEqual(rc, 0, err)
                    res = json.loads(out)
                    self.assertEqual(res["measures"], [m])
                    if m == "edge_betweenness":
                        directed = "directed" in doc["file"]
                        got = {("\t".join((e["source"], e["target"])) if directed else
                                "\t".join(sorted((e["source"], e["target"])))): e[m]
                               for e in res["edges"]}
                    else:
                        got = {v["id"]: v[m] for v in res["vertices"]}
                    self.assertEqual(set(got), set(case["values"]))
                    for k, want in case["values"].items():
                        self.assertTrue(close(got[k], want, case["tol"]),
                                        f"{k}: silknet {got[k]!r}, reference {want!r}")
                ncases += 1
        self.assertGreater(ncases, 100)


class Behaviour(unittest.TestCase):
    KARATE = os.path.join(CDIR, "karate.graphml")

    def test_top_and_order(self):
        rc, out, err = run("centrality", self.KARATE, "--measure", "betweenness", "--top", "3",
                           "--format", "json")
        self.assertEqual(rc, 0, err)
        vs = json.loads(out)["vertices"]
        self.assertEqual([v["id"] for v in vs], ["m0", "m33", "m32"])
        self.assertGreaterEqual(vs[0]["betweenness"], vs[1]["betweenness"])

    def test_csv_parses(self):
        import csv
        import io
        rc, out, err = run("centrality", self.KARATE, "--measure", "degree,pagerank", "--format", "csv")
        self.assertEqual(rc, 0, err)
        rows = list(csv.reader(io.StringIO(out)))
        self.assertEqual(rows[0], ["id", "label", "degree", "pagerank"])
        self.assertEqual(len(rows), 35)
        self.assertAlmostEqual(sum(float(r[3]) for r in rows[1:]), 1.0, places=9)

    def test_table_explains_measures(self):
        rc, out, err = run("centrality", self.KARATE, "--measure", "betweenness", "--weight", "weight",
                           "--weight-is", "strength", "--top", "5")
        self.assertEqual(rc, 0, err)
        self.assertIn("betweenness: how often an actor lies on the shortest paths", out)
        self.assertIn("weights: 'weight' read as a strength (distance = 1/strength)", out)
        self.assertEqual(len(out.splitlines()), 1 + 5 + 1 + 2)

    def test_errors(self):
        rc, _, err = run("centrality", self.KARATE, "--measure", "fame")
        self.assertEqual(rc, 2)
        self.assertIn("unknown measure 'fame'; the measures are: degree, strength, betweenness", err)
        rc, _, err = run("centrality", self.KARATE, "--weight", "weight")
        self.assertEqual(rc, 2)
        self.assertIn("--weight-is distance or --weight-is strength", err)
        rc, _, err = run("centrality", self.KARATE, "--weight", "nope", "--weight-is", "distance")
        self.assertEqual((rc, err), (1, "silknet: no edge attribute 'nope'\n"))
        rc, _, err = run("centrality", self.KARATE, "--weight", "club", "--weight-is", "distance")
        self.assertEqual(rc, 1)
        rc, _, err = run("centrality", self.KARATE, "--measure", "brokerage")
        self.assertEqual(rc, 1)
        self.assertIn("brokerage needs a group attribute", err)
        rc, _, err = run("centrality", self.KARATE, "--top", "x")
        self.assertEqual(rc, 2)

    def test_brokerage_groups(self):
        actors = os.path.join(os.environ.get("SN_SRCDIR", "."), "data", "central-asia-actors.graphml")
        base = ("centrality", actors, "--measure", "brokerage", "--group", "region", "--format", "json")
        rc, _, err = run(*base, "--from-group", "East Asai", "--to-group", "Central Asia")
        self.assertEqual(rc, 1)
        self.assertEqual(err, "silknet: from group 'East Asai': no actor has region 'East Asai' or is named so; "
                              "did you mean 'East Asia'?\n")
        rc, _, err = run(*base, "--to-group", "KOR,Jpan")
        self.assertEqual(rc, 1)
        self.assertIn("to group 'KOR,Jpan': no vertex 'Jpan'; did you mean 'Japan'", err)
        # Korea and Japan as a list: every counted path starts at one of them
        rc, out, err = run(*base, "--from-group", "KOR,Japan", "--to-group", "Central Asia")
        self.assertEqual(rc, 0, err)
        pair = {v["id"]: v["brokerage"] for v in json.loads(out)["vertices"]}
        rc, out, _ = run(*base, "--from-group", "KOR", "--to-group", "Central Asia")
        kor = {v["id"]: v["brokerage"] for v in json.loads(out)["vertices"]}
        rc, out, _ = run(*base, "--from-group", "JPN", "--to-group", "Central Asia")
        jpn = {v["id"]: v["brokerage"] for v in json.loads(out)["vertices"]}
        self.assertEqual(pair, {k: kor[k] + jpn[k] for k in pair})
        self.assertGreater(sum(pair.values()), 0)

    def test_normalized_is_networkx_on_directed_graphs(self):
        import random
        import tempfile
        import networkx as nx
        rnd = random.Random(5)
        G = nx.DiGraph()
        G.add_nodes_from("v%d" % i for i in range(18))
        for _ in range(50):
            a, b = rnd.sample(range(18), 2)
            G.add_edge("v%d" % a, "v%d" % b, w=rnd.randint(1, 8) / 2)
        n = len(G)
        want = {
            "closeness": nx.closeness_centrality(G, distance="w"),
            "harmonic": {v: x / (n - 1) for v, x in nx.harmonic_centrality(G, distance="w").items()},
            "betweenness": nx.betweenness_centrality(G, weight="w", normalized=True),
            "degree": nx.degree_centrality(G),
        }
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "g.graphml")
            nx.write_graphml(G, path)
            rc, out, err = run("centrality", path, "--measure", ",".join(want), "--weight", "w", "--weight-is",
                               "distance", "--normalized", "--format", "json")
            self.assertEqual(rc, 0, err)
            got = {v["id"]: v for v in json.loads(out)["vertices"]}
            for m, ref in want.items():
                for v, x in ref.items():
                    self.assertTrue(close(got[v][m], x, 1e-9), f"{m} {v}: silknet {got[v][m]}, NetworkX {x}")
            # raw values stay igraph's: out-distances
            rc, out, err = run("centrality", path, "--measure", "closeness", "--weight", "w", "--weight-is",
                               "distance", "--format", "json")
            raw = {v["id"]: v["closeness"] for v in json.loads(out)["vertices"]}
            # NetworkX on the reversed graph: r / (sum of out-distances) over
            # the r reachable; igraph's raw closeness is 1 / that sum
            rev = nx.closeness_centrality(G.reverse(), distance="w", wf_improved=False)
            for v, x in rev.items():
                reach = len(nx.descendants(G, v))
                if reach:
                    self.assertTrue(close(raw[v], x / reach, 1e-9), f"{v}: silknet {raw[v]}, {x / reach}")

    def test_parallel_collapse_is_networkx_multigraph(self):
        import random
        import tempfile
        import networkx as nx
        # the bundled actor network has parallel ties (NetworkX reads a
        # MultiDiGraph): collapsed, betweenness is NetworkX's
        actors = os.path.join(os.environ.get("SN_SRCDIR", "."), "data", "central-asia-actors.graphml")
        G = nx.read_graphml(actors)
        self.assertTrue(G.is_multigraph())
        want = {"betweenness": nx.betweenness_centrality(G, normalized=False),
                "closeness": nx.closeness_centrality(G),
                "harmonic": nx.harmonic_centrality(G)}
        rc, out, err = run("centrality", actors, "--measure", "betweenness", "--parallel", "collapse",
                           "--format", "json")
        self.assertEqual(rc, 0, err)
        for v in json.loads(out)["vertices"]:
            self.assertTrue(close(v["betweenness"], want["betweenness"][v["id"]], 1e-9), v["id"])
        rc, out, err = run("centrality", actors, "--measure", "closeness,harmonic", "--parallel", "collapse",
                           "--normalized", "--format", "json")
        n = len(G)
        for v in json.loads(out)["vertices"]:
            self.assertTrue(close(v["closeness"], want["closeness"][v["id"]], 1e-9), v["id"])
            self.assertTrue(close(v["harmonic"], want["harmonic"][v["id"]] / (n - 1), 1e-9), v["id"])
        # separate (the default) counts parallel ties as paths of their own
        rc, out, _ = run("centrality", actors, "--measure", "betweenness", "--format", "json")
        sep = {v["id"]: v["betweenness"] for v in json.loads(out)["vertices"]}
        self.assertNotAlmostEqual(sep["KOR"], want["betweenness"]["KOR"], places=3)
        # weighted multigraphs: distances take the shortest edge (NetworkX),
        # strengths add up
        rnd = random.Random(3)
        M = nx.MultiGraph()
        for _ in range(60):
            a, b = rnd.sample(range(15), 2)
            M.add_edge("v%d" % a, "v%d" % b, w=rnd.randint(1, 6) / 2)
        S = nx.Graph()
        for u, v, d in M.edges(data=True):
            if S.has_edge(u, v):
                S[u][v]["s"] += d["w"]
            else:
                S.add_edge(u, v, s=d["w"])
        for *_, d in S.edges(data=True):
            d["d"] = 1 / d["s"]
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "m.graphml")
            nx.write_graphml(M, path)
            for kind, ref in (("distance", nx.betweenness_centrality(M, weight="w", normalized=False)),
                              ("strength", nx.betweenness_centrality(S, weight="d", normalized=False))):
                rc, out, err = run("centrality", path, "--measure", "betweenness", "--weight", "w", "--weight-is",
                                   kind, "--parallel", "collapse", "--format", "json")
                self.assertEqual(rc, 0, err)
                for v in json.loads(out)["vertices"]:
                    self.assertTrue(close(v["betweenness"], ref[v["id"]], 1e-9), f"{kind} {v['id']}")
        rc, _, err = run("centrality", actors, "--parallel", "merge")
        self.assertEqual(rc, 2)

    def test_igraph_warnings_on_stderr(self):
        import tempfile
        doc = ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">'
               '<node id="a"/><node id="b"/><node id="c"/><edge source="a" target="b"/>'
               '<edge source="b" target="c"/><edge source="a" target="c"/></graph></graphml>')
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "dag.graphml")
            with open(path, "w") as f:
                f.write(doc)
            rc, out, err = run("centrality", path, "--measure", "eigenvector,betweenness", "--format", "csv")
        self.assertEqual(rc, 0, err)
        self.assertEqual(err, "silknet: warning: eigenvector: igraph: graph is directed and acyclic; "
                              "eigenvector centralities will be zeros\n")
        self.assertEqual(out.splitlines()[0], "id,label,eigenvector,betweenness")

    def test_bad_weights_name_the_edge(self):
        import tempfile
        doc = ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
               '<key id="w" for="edge" attr.name="w" attr.type="double"/>'
               '<graph edgedefault="undirected"><node id="a"/><node id="b"/><node id="c"/>'
               '<edge id="e1" source="a" target="b"><data key="w">1</data></edge>'
               '<edge id="e2" source="b" target="c"><data key="w">{}</data></edge>'
               '<edge id="e3" source="a" target="c"/></graph></graphml>')
        for value, kind, msg in [("-2", "distance", "edge 'e2': w = -2, expected a finite distance not below zero"),
                                 ("NaN", "distance", "edge 'e2': w is NaN"),
                                 ("INF", "strength", "edge 'e2': w = inf, expected a finite strength"),
                                 ("0", "strength", "edge 'e2': w = 0 cannot be turned into a distance (1/0)"),
                                 ("0", "distance", "edge 'e2': w = 0, but a distance must be positive"),
                                 ("1", "distance", "edge 'e3' has no 'w' (and the key has no default)")]:
            with self.subTest(value=value, kind=kind):
                with tempfile.NamedTemporaryFile("w", suffix=".graphml", delete=False) as f:
                    f.write(doc.format(value))
                try:
                    rc, _, err = run("centrality", f.name, "--measure", "betweenness", "--weight", "w",
                                     "--weight-is", kind)
                finally:
                    os.unlink(f.name)
                self.assertEqual(rc, 1)
                self.assertIn(msg, err)


if __name__ == "__main__":
    unittest.main(verbosity=2)
