"""Removal scenarios in centrality (--avoid, --only, --close) against
NetworkX on the same network with the same vertices and edges removed.

Networks are random (NetworkX writes them as GraphML): undirected and
directed, in two components, with a node attribute (kind) and edge
attributes (relation, w). Each removal is done twice: by silknet, and by
NetworkX's remove_nodes_from / remove_edges_from on its own copy.
"""
import json
import math
import os
import random
import subprocess
import tempfile
import unittest

import networkx as nx
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

import silknet

SILKNET = os.environ.get("SILKNET", "cli/silknet")


def network(directed, seed):
    rnd = random.Random(seed)
    G = nx.DiGraph() if directed else nx.Graph()
    for i in range(16):
        G.add_node("v%d" % i, kind=rnd.choice(["state", "company", "bloc"]))
    for _ in range(34):
        a, b = rnd.sample(range(12), 2)
        G.add_edge("v%d" % a, "v%d" % b, relation=rnd.choice(["trade", "aid"]), w=rnd.randint(1, 9) / 2)
    for a, b in ((12, 13), (13, 14), (14, 15)):
        G.add_edge("v%d" % a, "v%d" % b, relation="trade", w=1.0)
    return G


def references(H, directed):
    ref = {
        "degree": dict(H.out_degree()) if directed else dict(H.degree()),
        "betweenness": nx.betweenness_centrality(H, normalized=False),
        "betweenness_w": nx.betweenness_centrality(H, weight="w", normalized=True),
        "closeness": nx.closeness_centrality(H),
        "harmonic": nx.harmonic_centrality(H, distance="w"),
        "pagerank": _pagerank_python(H, weight="w", tol=1e-13, max_iter=10000) if len(H) else {},
    }
    return ref


def silknet_scores(path, directed, extra):
    mode = ["--mode", "in"] if directed else []
    out = {}
    for name, args in (("degree", ["--measure", "degree", "--mode", "out"] if directed else ["--measure", "degree"]),
                       ("betweenness", ["--measure", "betweenness"]),
                       ("betweenness_w", ["--measure", "betweenness", "--weight", "w", "--weight-is", "distance",
                                          "--normalized"]),
                       ("closeness", ["--measure", "closeness", "--normalized", *mode]),
                       ("harmonic", ["--measure", "harmonic", "--weight", "w", "--weight-is", "distance", *mode]),
                       ("pagerank", ["--measure", "pagerank", "--weight", "w", "--weight-is", "strength"])):
        p = subprocess.run([SILKNET, "centrality", path, *args, *extra, "--format", "json"], capture_output=True)
        if p.returncode != 0:
            raise AssertionError(p.stderr.decode())
        m = args[1]
        out[name] = {v["id"]: v[m] for v in json.loads(p.stdout)["vertices"]}
    return out


class Removal(unittest.TestCase):
    def compare(self, G, H, extra):
        directed = G.is_directed()
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "g.graphml")
            nx.write_graphml(G, path)
            got = silknet_scores(path, directed, extra)
        want = references(H, directed)
        for name, ref in want.items():
            for v in G:
                g = got[name][v]
                if v not in H:
                    self.assertIsNone(g, f"{name} {v} is left out, silknet says {g!r}")
                    continue
                self.assertTrue(g is not None and math.isclose(g, ref[v], rel_tol=1e-9, abs_tol=1e-12),
                                f"{name} {v} with {extra}: silknet {g!r}, NetworkX {ref[v]!r}")

    def test_avoid_a_vertex(self):
        for directed in (False, True):
            for seed in (1, 2):
                G = network(directed, seed)
                victim = max(G, key=G.degree)
                H = G.copy()
                H.remove_node(victim)
                with self.subTest(directed=directed, seed=seed, avoid=victim):
                    self.compare(G, H, ["--avoid", victim])

    def test_avoid_by_attribute(self):
        for directed in (False, True):
            G = network(directed, 3)
            H = G.copy()
            H.remove_nodes_from([v for v, k in G.nodes(data="kind") if k == "company"])
            H.remove_edges_from([(u, v) for u, v, r in G.edges(data="relation") if r == "aid"])
            with self.subTest(directed=directed):
                self.compare(G, H, ["--avoid", "kind=company", "--avoid", "relation=aid"])

    def test_only(self):
        G = network(False, 4)
        H = G.copy()
        H.remove_edges_from([(u, v) for u, v, r in G.edges(data="relation") if r != "trade"])
        self.compare(G, H, ["--only", "relation=trade"])

    def test_close_is_a_scenario(self):
        G = network(False, 5)
        H = G.copy()
        H.remove_node("v0")
        base = nx.betweenness_centrality(G, normalized=False)
        without = nx.betweenness_centrality(H, normalized=False)
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "g.graphml")
            nx.write_graphml(G, path)
            p = subprocess.run([SILKNET, "centrality", path, "--measure", "betweenness", "--close", "v0",
                                "--format", "json"], capture_output=True)
            self.assertEqual(p.returncode, 0, p.stderr.decode())
            doc = json.loads(p.stdout)
            self.assertEqual(doc["scenario"], {"close": ["v0"]})
            for r in doc["vertices"]:
                v = r["id"]
                self.assertAlmostEqual(r["betweenness"], base[v], delta=1e-9)
                if v == "v0":
                    self.assertIsNone(r["betweenness_without"])
                    self.assertIsNone(r["betweenness_change"])
                else:
                    self.assertAlmostEqual(r["betweenness_without"], without[v], delta=1e-9)
                    self.assertAlmostEqual(r["betweenness_change"], without[v] - base[v], delta=1e-9)
            # the table: a column per measure, its scenario and the change
            p = subprocess.run([SILKNET, "centrality", path, "--measure", "betweenness", "--close", "v0"],
                               capture_output=True, text=True)
            self.assertEqual(p.stdout.split("\n")[0].split(),
                             ["id", "label", "betweenness", "betweenness_without", "betweenness_change"])
            self.assertIn("_without: the same with v0 left out too", p.stdout)

    def test_a_networkx_multigraph_with_repeated_edge_ids(self):
        # NetworkX writes multigraph keys as edge ids, 0 and 1 again for each
        # pair: the graph without a vertex keeps them (it once refused)
        path = os.path.join(os.environ.get("SN_TEST_DATA", "tests/data"), "graphml", "networkx-multigraph.graphml")
        G = nx.read_graphml(path, force_multigraph=True)
        p = subprocess.run([SILKNET, "centrality", path, "--measure", "betweenness", "--avoid", "KR",
                            "--format", "json"], capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        got = {v["id"]: v["betweenness"] for v in json.loads(p.stdout)["vertices"]}
        H = nx.Graph(G)
        H.remove_node("KR")
        want = nx.betweenness_centrality(H, normalized=False)
        for n, v in want.items():
            self.assertAlmostEqual(got[n], v, places=12, msg=n)
        self.assertIsNone(got["KR"])  # left out: null in JSON

    def test_errors_and_warnings(self):
        G = network(False, 6)
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "g.graphml")
            nx.write_graphml(G, path)
            p = subprocess.run([SILKNET, "centrality", path, "--avoid", "v99"], capture_output=True, text=True)
            self.assertEqual((p.returncode, p.stdout), (1, ""))
            self.assertIn("no vertex 'v99'", p.stderr)
            p = subprocess.run([SILKNET, "centrality", path, "--avoid", "kind=nothing", "--measure",
                                "degree,betweenness"], capture_output=True, text=True)
            self.assertEqual(p.returncode, 0)
            self.assertEqual(p.stderr, "silknet: warning: avoid 'kind=nothing' leaves nothing out\n")
            p = subprocess.run([SILKNET, "centrality", path, "--avoid", "colour=red"], capture_output=True,
                               text=True)
            self.assertEqual(p.returncode, 1)
            self.assertIn("colour", p.stderr)

    def test_missing_weights(self):
        # only some ties carry the weight, as only money flows do in the
        # bundled actor network
        G = network(False, 8)
        for i, (u, v, d) in enumerate(G.edges(data=True)):
            if i % 3 == 0:
                del d["w"]
        skipped = G.copy()
        skipped.remove_edges_from([(u, v) for u, v, d in G.edges(data=True) if "w" not in d])
        filled = G.copy()
        for *_, d in filled.edges(data=True):
            d.setdefault("w", 2.5)
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "g.graphml")
            nx.write_graphml(G, path)
            for policy, H in (("skip", skipped), ("2.5", filled)):
                want = nx.betweenness_centrality(H, weight="w", normalized=False)
                p = subprocess.run([SILKNET, "centrality", path, "--measure", "betweenness", "--weight", "w",
                                    "--weight-is", "distance", "--missing-weight", policy, "--format", "json"],
                                   capture_output=True)
                self.assertEqual(p.returncode, 0, p.stderr.decode())
                got = {v["id"]: v["betweenness"] for v in json.loads(p.stdout)["vertices"]}
                for v, x in want.items():
                    self.assertAlmostEqual(got[v], x, delta=1e-9, msg=f"{policy} {v}")
            p = subprocess.run([SILKNET, "centrality", path, "--measure", "betweenness", "--weight", "w",
                                "--weight-is", "distance"], capture_output=True, text=True)
            self.assertEqual(p.returncode, 1)
            self.assertIn("has no 'w' (and the key has no default)", p.stderr)
            self.assertIn("--missing-weight skip leaves such edges out", p.stderr)
            with silknet.load(path) as g:
                got = g.centrality("betweenness", weight="w", weight_is="distance", missing_weight="skip")
                want = nx.betweenness_centrality(skipped, weight="w", normalized=False)
                for v, x in want.items():
                    self.assertAlmostEqual(got[v], x, delta=1e-9)
                with self.assertRaises(ValueError):
                    g.centrality("betweenness", weight="w", weight_is="distance", missing_weight="zero")

    def test_python(self):
        G = network(True, 7)
        H = G.copy()
        H.remove_node("v1")
        want = nx.betweenness_centrality(H, normalized=False)
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "g.graphml")
            nx.write_graphml(G, path)
            with silknet.load(path) as g:
                got = g.centrality("betweenness", avoid=["v1"])
                self.assertTrue(math.isnan(got["v1"]))
                for v, x in want.items():
                    self.assertAlmostEqual(got[v], x, delta=1e-9)
                deg = g.centrality("degree", avoid={"kind": ["company", "bloc"]}, mode="out")
                kept = [v for v, k in G.nodes(data="kind") if k == "state"]
                S = G.subgraph(kept)
                for v in G:
                    if v in S:
                        self.assertEqual(deg[v], S.out_degree(v))
                    else:
                        self.assertTrue(math.isnan(deg[v]))


if __name__ == "__main__":
    unittest.main()
