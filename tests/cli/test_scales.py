"""Weighted centrality does not depend on the unit of the weight.

Random networks (undirected, directed, with parallel edges, in several
components) are written by NetworkX with weights drawn between 1 and 10
and multiplied by a unit from 1e-12 to 1e12, as trade in USD or distances
in metres would be. silknet's scores are compared with NetworkX's on the
same file: path measures with the weight taken as a distance and as a
strength (distance = 1/strength), PageRank, eigenvector and strength.
Closeness and harmonic carry the unit (1/distance) and must scale with it;
the others must not move at all.

igraph 0.10.2 compares path lengths with a fixed tolerance, so before
silknet rescaled distances, USD-sized strengths (distances of 1e-9 and
below) gave betweenness 1.5 for every vertex of a four-vertex graph.
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

SILKNET = os.environ.get("SILKNET", "cli/silknet")
UNITS = (1e-12, 1e-9, 1e-6, 1.0, 1e3, 1e9, 1e12)


def network(kind, seed):
    rnd = random.Random(seed)
    G = {"undirected": nx.Graph, "directed": nx.DiGraph, "multigraph": nx.MultiGraph}[kind]()
    n = 14
    G.add_nodes_from("v%d" % i for i in range(n))
    # two components: v0..v9 and v10..v13, the second a small cycle
    for _ in range(26):
        a, b = rnd.sample(range(10), 2)
        G.add_edge("v%d" % a, "v%d" % b, w=float(rnd.randint(1, 40)) / 4)
    for a, b in ((10, 11), (11, 12), (12, 13), (13, 10)):
        G.add_edge("v%d" % a, "v%d" % b, w=float(rnd.randint(1, 40)) / 4)
    if kind == "multigraph":
        # parallel edges of different weights: only the lighter one can be
        # on a shortest path, in NetworkX and in igraph alike
        for u, v in list(G.edges())[:6]:
            G.add_edge(u, v, w=float(rnd.randint(41, 80)) / 4)
    return G


def scaled(G, unit):
    H = G.copy()
    for *_, d in H.edges(data=True):
        d["w"] = d["w"] * unit
    return H


def with_distance(G, strength):
    """The graph whose 'd' is the distance NetworkX should use."""
    H = G.copy()
    for *_, d in H.edges(data=True):
        d["d"] = 1.0 / d["w"] if strength else d["w"]
    if H.is_multigraph():
        # NetworkX's path functions take the lightest parallel edge
        S = nx.Graph()
        S.add_nodes_from(H)
        for u, v, d in H.edges(data=True):
            if not S.has_edge(u, v) or d["d"] < S[u][v]["d"]:
                S.add_edge(u, v, d=d["d"])
        return S
    return H


def silknet(path, measures, kind, extra=()):
    p = subprocess.run([SILKNET, "centrality", path, "--measure", ",".join(measures), "--weight", "w",
                        "--weight-is", kind, "--format", "json", *extra], capture_output=True)
    if p.returncode != 0:
        raise AssertionError(p.stderr.decode())
    return {v["id"]: v for v in json.loads(p.stdout)["vertices"]}, p.stderr.decode()


def references(G, strength):
    H = with_distance(G, strength)
    ref = {
        "betweenness": nx.betweenness_centrality(H, weight="d", normalized=False),
        "harmonic": nx.harmonic_centrality(H, distance="d"),
    }
    ref["closeness"] = nx.closeness_centrality(H, distance="d")
    return ref


class Units(unittest.TestCase):
    def check(self, got, want, unit_power, unit, what):
        for v, x in want.items():
            w = x * unit ** unit_power
            g = got[v]
            tol = 1e-9 * abs(w) + 1e-300
            self.assertTrue(abs(g - w) <= tol, f"{what} {v}: silknet {g!r}, NetworkX {w!r}")

    def test_path_measures_at_every_unit(self):
        for kind in ("undirected", "directed", "multigraph"):
            for seed in (1, 2):
                G = network(kind, seed)
                for strength in (False, True):
                    # references at unit 1; the unit moves closeness and
                    # harmonic by unit (distance) or 1/unit (strength)
                    ref = references(G, strength)
                    for unit in UNITS:
                        with self.subTest(kind=kind, seed=seed, strength=strength, unit=unit), \
                                tempfile.TemporaryDirectory() as tmp:
                            path = os.path.join(tmp, "g.graphml")
                            nx.write_graphml(scaled(G, unit), path)
                            wkind = "strength" if strength else "distance"
                            # NetworkX's directed closeness and harmonic sum
                            # in-distances, silknet's out unless --mode in
                            mode = ["--mode", "in"] if G.is_directed() else []
                            got, err = silknet(path, ["betweenness", "harmonic"], wkind, mode)
                            self.check({v: r["betweenness"] for v, r in got.items()}, ref["betweenness"], 0, unit,
                                       "betweenness")
                            power = 1 if strength else -1
                            self.check({v: r["harmonic"] for v, r in got.items()}, ref["harmonic"], power, unit,
                                       "harmonic")
                            self.assertNotIn("igraph", err)
                            got, _ = silknet(path, ["closeness"], wkind, ["--normalized", *mode])
                            self.check({v: r["closeness"] for v, r in got.items()}, ref["closeness"], power, unit,
                                       "closeness")

    def test_edge_betweenness_and_cutoff(self):
        G = network("undirected", 3)
        H = with_distance(G, True)
        want = nx.edge_betweenness_centrality(H, weight="d", normalized=False)
        want = {"\t".join(sorted(e)): x for e, x in want.items()}
        # NetworkX has no cutoff for betweenness; harmonic within a budget
        # is the sum over vertices at most that far
        for unit in (1e-12, 1.0, 1e12):
            with self.subTest(unit=unit), tempfile.TemporaryDirectory() as tmp:
                path = os.path.join(tmp, "g.graphml")
                nx.write_graphml(scaled(G, unit), path)
                p = subprocess.run([SILKNET, "centrality", path, "--measure", "edge_betweenness", "--weight", "w",
                                    "--weight-is", "strength", "--format", "json"], capture_output=True)
                self.assertEqual(p.returncode, 0, p.stderr.decode())
                got = {"\t".join(sorted((e["source"], e["target"]))): e["edge_betweenness"]
                       for e in json.loads(p.stdout)["edges"]}
                for k, x in want.items():
                    self.assertAlmostEqual(got[k], x, delta=1e-9 * max(1, x), msg=k)
                budget = 0.5 / unit
                p = subprocess.run([SILKNET, "centrality", path, "--measure", "harmonic", "--weight", "w",
                                    "--weight-is", "strength", "--cutoff", repr(budget), "--format", "json"],
                                   capture_output=True)
                self.assertEqual(p.returncode, 0, p.stderr.decode())
                got = {v["id"]: v["harmonic"] for v in json.loads(p.stdout)["vertices"]}
                for v in H:
                    dist = nx.single_source_dijkstra_path_length(H, v, weight="d")
                    ref = sum(unit / d for u, d in dist.items() if u != v and d <= 0.5)
                    self.assertTrue(math.isclose(got[v], ref, rel_tol=1e-9, abs_tol=1e-300),
                                    f"{v}: silknet {got[v]!r}, NetworkX {ref!r}")

    def test_opsahl_paths(self):
        # Opsahl et al.: distance = 1 / weight^alpha
        G = network("undirected", 6)
        alpha = 0.5
        H = G.copy()
        for *_, d in H.edges(data=True):
            d["d"] = d["w"] ** -alpha
        bet = nx.betweenness_centrality(H, weight="d", normalized=False)
        clo = nx.closeness_centrality(H, distance="d")
        for unit in UNITS:
            with self.subTest(unit=unit), tempfile.TemporaryDirectory() as tmp:
                path = os.path.join(tmp, "g.graphml")
                nx.write_graphml(scaled(G, unit), path)
                got, _ = silknet(path, ["opsahl_betweenness"], "strength", ["--alpha", "0.5"])
                self.check({v: r["opsahl_betweenness"] for v, r in got.items()}, bet, 0, unit, "opsahl_betweenness")
                got, _ = silknet(path, ["opsahl_closeness"], "strength", ["--alpha", "0.5", "--normalized"])
                self.check({v: r["opsahl_closeness"] for v, r in got.items()}, clo, alpha, unit, "opsahl_closeness")

    def test_walk_measures_do_not_move(self):
        for kind in ("undirected", "directed"):
            G = network(kind, 4)
            # the pure-Python power iteration: nx.pagerank needs SciPy
            pr = _pagerank_python(G, weight="w", tol=1e-13, max_iter=10000)
            strength = dict(G.degree(weight="w")) if not G.is_directed() else dict(G.out_degree(weight="w"))
            for unit in UNITS:
                with self.subTest(kind=kind, unit=unit), tempfile.TemporaryDirectory() as tmp:
                    path = os.path.join(tmp, "g.graphml")
                    nx.write_graphml(scaled(G, unit), path)
                    extra = ["--mode", "out"] if G.is_directed() else []
                    got, err = silknet(path, ["pagerank", "strength"], "strength", extra)
                    self.check({v: r["pagerank"] for v, r in got.items()}, pr, 0, unit, "pagerank")
                    self.check({v: r["strength"] for v, r in got.items()}, strength, 1, unit, "strength")
        G = network("undirected", 5)
        G = G.subgraph(max(nx.connected_components(G), key=len)).copy()
        ev = nx.eigenvector_centrality(G, weight="w", tol=1e-14, max_iter=100000)
        for unit in UNITS:
            with self.subTest(measure="eigenvector", unit=unit), tempfile.TemporaryDirectory() as tmp:
                path = os.path.join(tmp, "g.graphml")
                nx.write_graphml(scaled(G, unit), path)
                got, _ = silknet(path, ["eigenvector"], "strength", ["--normalized"])
                for v, x in ev.items():
                    self.assertAlmostEqual(got[v]["eigenvector"], abs(x), delta=1e-7, msg=v)


if __name__ == "__main__":
    unittest.main()
