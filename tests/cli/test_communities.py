"""silknet communities against NetworkX and python-igraph.

Every method's partition is scored by NetworkX's modularity and must get
the value silknet reports; the deterministic methods (fastgreedy, walktrap)
must find python-igraph's partition exactly; louvain and leiden must reach
the modularity known for Zachary's karate club. Groupings by attribute are
checked against NetworkX's modularity and a hand count of the E-I index.
Networks: karate, random undirected, directed and multigraph networks
written by NetworkX, one in several components.
"""
import json
import math
import os
import random
import subprocess
import tempfile
import unittest

import igraph
import networkx as nx

SILKNET = os.environ.get("SILKNET", "cli/silknet")
DATA = os.environ.get("SN_TEST_DATA", "tests/data")
KARATE = os.path.join(DATA, "centrality", "karate.graphml")
METHODS = ("louvain", "leiden", "fastgreedy", "walktrap", "label_propagation", "infomap")


def run(*args):
    p = subprocess.run([SILKNET, "communities", *args], capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def communities_json(*args):
    rc, out, err = run(*args, "--format", "json")
    assert rc == 0, err
    return json.loads(out), err


def partition(doc):
    groups = {}
    for v, c in doc["membership"].items():
        groups.setdefault(c, set()).add(v)
    return [groups[c] for c in sorted(groups)]


def random_network(kind, seed):
    rnd = random.Random(seed)
    G = {"undirected": nx.Graph, "directed": nx.DiGraph, "multigraph": nx.MultiGraph}[kind]()
    # three planted groups of eight, and a pair apart
    for i in range(26):
        G.add_node("v%d" % i, bloc="abc"[i // 8] if i < 24 else "d")
    for _ in range(70):
        a = rnd.randrange(24)
        b = rnd.randrange(24) if rnd.random() < 0.2 else (a // 8) * 8 + rnd.randrange(8)
        if a != b:
            G.add_edge("v%d" % a, "v%d" % b, w=float(rnd.randint(1, 6)))
    G.add_edge("v24", "v25", w=1.0)
    return G


def undirected_summed(G, weight):
    """G's ties as silknet reads them for a method: undirected, parallel
    edges one tie of the summed weight."""
    U = nx.Graph()
    U.add_nodes_from(G)
    for u, v, d in G.edges(data=True):
        x = d.get(weight, 1.0) if weight else 1.0
        if U.has_edge(u, v):
            U[u][v]["w"] += x
        else:
            U.add_edge(u, v, w=x)
    return U


class Methods(unittest.TestCase):
    def test_modularity_is_networkx_modularity(self):
        for kind in ("undirected", "directed", "multigraph"):
            G = random_network(kind, 1)
            with tempfile.TemporaryDirectory() as tmp:
                path = os.path.join(tmp, "g.graphml")
                nx.write_graphml(G, path)
                for method in METHODS:
                    for weighted in (False, True):
                        with self.subTest(kind=kind, method=method, weighted=weighted):
                            args = [path, "--method", method] + (["--weight", "w", "--weight-is", "strength"]
                                                                  if weighted else [])
                            doc, err = communities_json(*args)
                            parts = partition(doc)
                            self.assertEqual(doc["count"], len(parts))
                            self.assertEqual(sorted(len(p) for p in parts), sorted(c["size"] for c in doc["communities"]))
                            self.assertEqual([c["size"] for c in doc["communities"]],
                                             sorted((c["size"] for c in doc["communities"]), reverse=True))
                            if kind == "directed" and method == "infomap":
                                ref = nx.community.modularity(G, parts, weight="w" if weighted else None)
                            else:
                                U = undirected_summed(G, "w" if weighted else None)
                                ref = nx.community.modularity(U, parts, weight="w")
                            self.assertAlmostEqual(doc["modularity"], ref, places=10)
                            if kind == "directed" and method != "infomap":
                                self.assertIn("the graph is directed; this method reads its ties as undirected",
                                              err)
                            else:
                                self.assertEqual(err, "")

    def test_deterministic_methods_find_igraphs_partition(self):
        for path in (KARATE,):
            ig = igraph.Graph.Read_GraphML(path)
            ids = ig.vs["id"]
            for method, ref in (("fastgreedy", ig.community_fastgreedy().as_clustering()),
                                ("walktrap", ig.community_walktrap(steps=4).as_clustering())):
                with self.subTest(method=method):
                    doc, _ = communities_json(path, "--method", method)
                    want = sorted(sorted(ids[v] for v in c) for c in ref)
                    got = sorted(sorted(p) for p in partition(doc))
                    self.assertEqual(got, want)
                    self.assertAlmostEqual(doc["modularity"], ref.modularity, places=10)

    def test_karate_optimum(self):
        # the best partition of the karate club (unweighted) has modularity
        # 0.4198 (Brandes et al. 2008); louvain and leiden are heuristics
        # that come close, as NetworkX's louvain does
        G = nx.read_graphml(KARATE)
        nx_louvain = nx.community.modularity(G, nx.community.louvain_communities(G, weight=None, seed=1),
                                             weight=None)
        for method in ("louvain", "leiden"):
            with self.subTest(method=method):
                doc, _ = communities_json(KARATE, "--method", method)
                self.assertGreater(doc["modularity"], 0.41)
                self.assertLessEqual(doc["modularity"], 0.41979)
                self.assertGreaterEqual(doc["modularity"], nx_louvain - 0.01)
                self.assertAlmostEqual(doc["modularity"], nx.community.modularity(G, partition(doc), weight=None),
                                       places=10)

    def test_seed_and_resolution(self):
        a, _ = communities_json(KARATE, "--method", "louvain", "--seed", "7")
        b, _ = communities_json(KARATE, "--method", "louvain", "--seed", "7")
        self.assertEqual(a["membership"], b["membership"])
        fine, _ = communities_json(KARATE, "--method", "leiden", "--resolution", "3")
        self.assertGreater(fine["count"], a["count"])
        G = nx.read_graphml(KARATE)
        self.assertAlmostEqual(fine["modularity"],
                               nx.community.modularity(G, partition(fine), resolution=3, weight=None), places=10)

    def test_distance_weights_are_inverted(self):
        G = random_network("undirected", 2)
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "g.graphml")
            nx.write_graphml(G, path)
            doc, _ = communities_json(path, "--method", "fastgreedy", "--weight", "w", "--weight-is", "distance")
            H = G.copy()
            for *_, d in H.edges(data=True):
                d["s"] = 1.0 / d["w"]
            self.assertAlmostEqual(doc["modularity"], nx.community.modularity(H, partition(doc), weight="s"),
                                   places=10)


class Groups(unittest.TestCase):
    def test_attribute_grouping(self):
        for kind in ("undirected", "directed"):
            G = random_network(kind, 3)
            with tempfile.TemporaryDirectory() as tmp:
                path = os.path.join(tmp, "g.graphml")
                nx.write_graphml(G, path)
                doc, err = communities_json(path, "--group", "bloc")
            with self.subTest(kind=kind):
                self.assertEqual(err, "")
                self.assertEqual(doc["method"], "attribute")
                groups = {}
                for v, b in G.nodes(data="bloc"):
                    groups.setdefault(b, set()).add(v)
                self.assertEqual(sorted(map(sorted, partition(doc))), sorted(map(sorted, groups.values())))
                self.assertAlmostEqual(doc["modularity"], nx.community.modularity(G, groups.values()), places=10)
                inside = sum(1 for u, v in G.edges() if G.nodes[u]["bloc"] == G.nodes[v]["bloc"])
                outside = G.number_of_edges() - inside
                self.assertAlmostEqual(doc["ei_index"], (outside - inside) / (outside + inside), places=12)
                pairs_in = sum(len(g) * (len(g) - 1) / 2 for g in groups.values())
                pairs_all = len(G) * (len(G) - 1) / 2
                f = 2 if G.is_directed() else 1
                self.assertAlmostEqual(doc["density_within"], inside / (f * pairs_in), places=12)
                self.assertAlmostEqual(doc["density_between"], outside / (f * (pairs_all - pairs_in)), places=12)

    def test_table_and_csv(self):
        rc, out, err = run(KARATE, "--method", "fastgreedy")
        self.assertEqual(rc, 0, err)
        lines = out.splitlines()
        self.assertRegex(lines[0], r"^fastgreedy: 3 communities, modularity 0\.38")
        self.assertTrue(lines[1].startswith("density within groups "))
        self.assertEqual(lines[3].split(), ["community", "size", "members"])
        rc, out, _ = run(KARATE, "--method", "fastgreedy", "--format", "csv")
        rows = out.splitlines()
        self.assertEqual(rows[0], "id,label,community")
        self.assertEqual(len(rows), 35)

    def test_attach_writes_graphml(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "with.graphml")
            rc, _, err = run(KARATE, "--method", "walktrap", "--attach", "community", "-o", out)
            self.assertEqual(rc, 0, err)
            G = nx.read_graphml(out)
            doc, _ = communities_json(KARATE, "--method", "walktrap")
            self.assertEqual({v: d["community"] for v, d in G.nodes(data=True)}, doc["membership"])
            # a failure leaves what -o names alone
            with open(out, "rb") as f:
                before = f.read()
            rc, _, _ = run(KARATE, "--method", "walktrap", "--attach", "club", "-o", out)
            self.assertEqual(rc, 1)
            with open(out, "rb") as f:
                self.assertEqual(f.read(), before)

    def test_errors(self):
        rc, _, err = run(KARATE, "--method", "girvan")
        self.assertEqual(rc, 2)
        self.assertIn("unknown method 'girvan'", err)
        rc, _, err = run(KARATE, "--group", "nope")
        self.assertEqual(rc, 1)
        self.assertIn("no node attribute 'nope'", err)
        rc, _, err = run(KARATE, "--group", "club", "--method", "louvain")
        self.assertEqual(rc, 2)
        rc, _, err = run(KARATE, "-o", "x.graphml")
        self.assertEqual(rc, 2)
        rc, _, err = run(KARATE, "--resolution", "0")
        self.assertEqual(rc, 2)
        rc, _, err = run(KARATE, "--weight", "weight")
        self.assertEqual(rc, 2)

    def test_no_ties(self):
        G = nx.Graph()
        G.add_nodes_from(["a", "b", "c"])
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "g.graphml")
            nx.write_graphml(G, path)
            doc, _ = communities_json(path)
        self.assertEqual(doc["count"], 3)
        self.assertIsNone(doc["modularity"])
        self.assertIsNone(doc["ei_index"])


class Python(unittest.TestCase):
    def test_same_as_the_command_line(self):
        import silknet
        doc, _ = communities_json(KARATE, "--method", "walktrap")
        with silknet.load(KARATE) as g:
            c = g.communities("walktrap", attach="community")
            self.assertEqual(c.membership, doc["membership"])
            self.assertAlmostEqual(c.modularity, doc["modularity"], places=12)
            self.assertAlmostEqual(c.ei_index, doc["ei_index"], places=12)
            self.assertEqual([len(x) for x in c.groups], [x["size"] for x in doc["communities"]])
            self.assertEqual(g.attrs("node", "m0")["community"], doc["membership"]["m0"])
            clubs = g.communities(group="club")
            self.assertEqual(clubs.method, "attribute")
            self.assertEqual(len(clubs), 2)
            with self.assertRaises(silknet.NotFoundError):
                g.communities("girvan")
            with self.assertRaises(ValueError):
                g.communities(weight="weight")
        G = random_network("directed", 4)
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "g.graphml")
            nx.write_graphml(G, path)
            with silknet.load(path) as g:
                with self.assertWarnsRegex(RuntimeWarning, "reads its ties as undirected"):
                    g.communities()


if __name__ == "__main__":
    unittest.main()
