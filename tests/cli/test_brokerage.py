"""Brokerage by chance: the expected count and z-score of each role under
Gould and Fernandez's null model (ties at random at the network's density,
group sizes kept), as statnet's sna::brokerage reports them. The model is
checked by simulation: thousands of random graphs of that density, each
role counted by an implementation of the definition here, must give the
mean and spread silknet reports."""
import json
import os
import random
import statistics
import subprocess
import tempfile
import unittest

import networkx as nx

SILKNET = os.environ.get("SILKNET", "cli/silknet")
ROLES = ["brokerage_coordinator", "brokerage_itinerant", "brokerage_gatekeeper", "brokerage_representative",
         "brokerage_liaison", "brokerage"]


def count_roles(adj, groups, v):
    """Two-paths u -> v -> w without a tie u -> w, by the groups of u, v, w."""
    c = [0] * 6
    for u in range(len(adj)):
        if u == v or v not in adj[u]:
            continue
        for w in adj[v]:
            if w in (u, v) or w in adj[u]:
                continue
            gu, gv, gw = groups[u], groups[v], groups[w]
            if gu == gv == gw:
                c[0] += 1
            elif gu == gw:
                c[1] += 1
            elif gv == gw:
                c[2] += 1
            elif gu == gv:
                c[3] += 1
            else:
                c[4] += 1
    c[5] = sum(c[:5])
    return c


class ByChance(unittest.TestCase):
    def test_simulated_null_model(self):
        rnd = random.Random(7)
        groups = ["A"] * 4 + ["B"] * 3 + ["C"] * 3
        n, m, trials = len(groups), 27, 4000
        d = m / (n * (n - 1))
        pairs = [(u, w) for u in range(n) for w in range(n) if u != w]
        G = nx.DiGraph()
        for i, g in enumerate(groups):
            G.add_node("v%d" % i, bloc=g)
        G.add_edges_from(("v%d" % u, "v%d" % w) for u, w in rnd.sample(pairs, m))
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "g.graphml")
            nx.write_graphml(G, path)
            p = subprocess.run([SILKNET, "centrality", path, "--measure", ",".join(ROLES), "--group", "bloc",
                                "--format", "json"], capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        got = {v["id"]: v for v in json.loads(p.stdout)["vertices"]}
        samples = {v: [] for v in (0, 4, 7)}
        for _ in range(trials):
            adj = [set(w for w in range(n) if w != u and rnd.random() < d) for u in range(n)]
            for v in samples:
                samples[v].append(count_roles(adj, groups, v))
        for v, rows in samples.items():
            rec = got["v%d" % v]
            for r, name in enumerate(ROLES):
                xs = [row[r] for row in rows]
                mean, sd = statistics.mean(xs), statistics.pstdev(xs)
                exp = rec[name + "_expected"]
                model_sd = (rec[name] - exp) / rec[name + "_z"] if rec[name + "_z"] else 0.0
                with self.subTest(vertex=v, role=name):
                    self.assertLess(abs(mean - exp), 5 * sd / trials ** 0.5 + 1e-9,
                                    f"simulated mean {mean}, silknet {exp}")
                    self.assertLess(abs(sd - model_sd), 0.08 * sd + 1e-9, f"simulated sd {sd}, silknet {model_sd}")
                    # the observed count is the graph's own
                    self.assertEqual(rec[name], count_roles(
                        [set(int(w[1:]) for w in G.successors("v%d" % u)) for u in range(n)], groups, v)[r])

    def test_python(self):
        import silknet
        actors = os.path.join(os.environ.get("SN_SRCDIR", "."), "data", "central-asia-actors.graphml")
        p = subprocess.run([SILKNET, "centrality", actors, "--measure", "brokerage_liaison", "--group", "region",
                            "--format", "json"], capture_output=True, text=True)
        cli = {v["id"]: v for v in json.loads(p.stdout)["vertices"]}
        with silknet.load(actors) as g:
            by_chance = g.brokerage_expected("brokerage_liaison", group="region")
            for v, (e, sd) in by_chance.items():
                self.assertAlmostEqual(e, cli[v]["brokerage_liaison_expected"], places=12)
                if sd > 0:
                    self.assertAlmostEqual((cli[v]["brokerage_liaison"] - e) / sd, cli[v]["brokerage_liaison_z"],
                                           places=9)
            with self.assertRaises(silknet.Error):
                g.brokerage_expected("betweenness", group="region")

    def test_not_with_from_or_to_groups(self):
        actors = os.path.join(os.environ.get("SN_SRCDIR", "."), "data", "central-asia-actors.graphml")
        p = subprocess.run([SILKNET, "centrality", actors, "--measure", "brokerage", "--group", "region",
                            "--format", "json"], capture_output=True, text=True)
        rec = json.loads(p.stdout)["vertices"][0]
        self.assertIn("brokerage_z", rec)
        self.assertGreater(rec["brokerage_z"], 2)
        p = subprocess.run([SILKNET, "centrality", actors, "--measure", "brokerage", "--group", "region",
                            "--from-group", "East Asia", "--format", "json"], capture_output=True, text=True)
        self.assertNotIn("brokerage_z", json.loads(p.stdout)["vertices"][0])


if __name__ == "__main__":
    unittest.main()
