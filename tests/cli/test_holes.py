"""Burt's effective size and efficiency against NetworkX's effective_size
(efficiency = effective size / number of partners), unweighted and
weighted, undirected and directed, on karate and on random networks that
NetworkX writes; isolated actors have neither."""
import json
import math
import os
import random
import subprocess
import tempfile
import unittest

import networkx as nx

SILKNET = os.environ.get("SILKNET", "cli/silknet")
DATA = os.environ.get("SN_TEST_DATA", "tests/data")
KARATE = os.path.join(DATA, "centrality", "karate.graphml")


def scores(path, *args):
    p = subprocess.run([SILKNET, "centrality", path, "--measure", "effective_size,efficiency", *args,
                        "--format", "json"], capture_output=True)
    assert p.returncode == 0, p.stderr.decode()
    return {v["id"]: (v["effective_size"], v["efficiency"]) for v in json.loads(p.stdout)["vertices"]}


def network(directed, seed):
    rnd = random.Random(seed)
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from("v%d" % i for i in range(20))
    for _ in range(45):
        a, b = rnd.sample(range(19), 2)
        G.add_edge("v%d" % a, "v%d" % b, w=rnd.randint(1, 9) / 3)
    return G  # v19 stays isolated


class Holes(unittest.TestCase):
    def check(self, G, got, weight):
        want = nx.effective_size(G, weight=weight)
        for v in G:
            partners = set(nx.all_neighbors(G, v)) - {v}
            es, ef = got[v]
            if not partners:
                self.assertIsNone(es, v)
                self.assertIsNone(ef, v)
                continue
            if G.is_directed() and G.out_degree(v) == 0:
                # NetworkX calls an actor with partners only by in-ties
                # isolated (NaN); the formula has a value for it
                continue
            self.assertTrue(math.isclose(es, want[v], rel_tol=1e-12, abs_tol=1e-12),
                            f"{v}: silknet {es}, NetworkX {want[v]}")
            self.assertTrue(math.isclose(ef, want[v] / len(partners), rel_tol=1e-12, abs_tol=1e-12), v)

    def test_karate(self):
        G = nx.read_graphml(KARATE)
        self.check(G, scores(KARATE), None)
        self.check(G, scores(KARATE, "--weight", "weight", "--weight-is", "strength"), "weight")

    def test_random(self):
        for directed in (False, True):
            for seed in (1, 2, 3):
                G = network(directed, seed)
                with self.subTest(directed=directed, seed=seed), tempfile.TemporaryDirectory() as tmp:
                    path = os.path.join(tmp, "g.graphml")
                    nx.write_graphml(G, path)
                    self.check(G, scores(path), None)
                    self.check(G, scores(path, "--weight", "w", "--weight-is", "strength"), "w")
                    # a distance is a strength of 1/distance
                    H = G.copy()
                    for *_, d in H.edges(data=True):
                        d["s"] = 1 / d["w"]
                    self.check(H, scores(path, "--weight", "w", "--weight-is", "distance"), "s")


if __name__ == "__main__":
    unittest.main()
