"""NetworkX writes an attribute that holds both ints and floats as two keys
of one name (a long and a double). silknet reads them as one double column,
says so, and every command then sees every value: routes use every segment,
weighted centrality equals NetworkX's, and what export writes NetworkX
reads back with the same values under one key."""
import json
import os
import random
import subprocess
import tempfile
import unittest

import networkx as nx

SILKNET = os.environ.get("SILKNET", "cli/silknet")


def run(*args):
    p = subprocess.run([SILKNET, *args], capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def mixed_network(seed):
    rnd = random.Random(seed)
    G = nx.Graph()
    for i in range(30):
        # populations: some ints, some floats
        G.add_node("p%d" % i, pop=rnd.randint(1, 9) if i % 2 else rnd.randint(1, 90) / 10)
    for _ in range(70):
        a, b = rnd.sample(range(30), 2)
        # km: whole numbers as ints, the rest as floats, as a spreadsheet gives
        G.add_edge("p%d" % a, "p%d" % b, km=rnd.randint(50, 900) if rnd.random() < 0.5 else rnd.randint(500, 9000) / 10)
    return G


class MixedKeys(unittest.TestCase):
    def test_one_column(self):
        G = mixed_network(1)
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "g.graphml")
            nx.write_graphml(G, path)
            with open(path) as f:
                text = f.read()
            # the file really has two keys named km
            self.assertEqual(text.count('attr.name="km"'), 2)
            rc, out, err = run("info", path, "--format", "json")
            self.assertEqual(rc, 0, err)
            warnings = json.loads(out)["skipped"]  # what the reader noted
            self.assertTrue(any("both declare the edge attribute 'km'" in w and "one double column" in w
                                for w in warnings), warnings)
            # routes: every segment counts
            lengths = dict(nx.single_source_dijkstra_path_length(G, "p0", weight="km"))
            for target in ("p5", "p17", "p29"):
                if target not in lengths:
                    continue
                rc, out, err = run("route", path, "p0", target, "--cost", "km", "--format", "json")
                self.assertEqual(rc, 0, err)
                doc = json.loads(out)
                self.assertEqual(doc["unusable_segments"], 0)
                self.assertAlmostEqual(doc["routes"][0]["cost"], lengths[target], places=9)
            # weighted centrality, every edge weighed
            rc, out, err = run("centrality", path, "--measure", "betweenness", "--weight", "km", "--weight-is",
                               "distance", "--format", "json")
            self.assertEqual(rc, 0, err)
            want = nx.betweenness_centrality(G, weight="km", normalized=False)
            for v in json.loads(out)["vertices"]:
                self.assertAlmostEqual(v["betweenness"], want[v["id"]], places=9)
            # written back: one key per attribute, NetworkX reads the values
            out_path = os.path.join(tmp, "out.graphml")
            rc, _, err = run("export", path, "--to", "graphml", "-o", out_path)
            self.assertEqual(rc, 0, err)
            with open(out_path) as f:
                self.assertEqual(f.read().count('attr.name="km"'), 1)
            H = nx.read_graphml(out_path)
            for u, v, d in G.edges(data=True):
                self.assertEqual(H[u][v]["km"], float(d["km"]))
            for v, d in G.nodes(data=True):
                self.assertEqual(H.nodes[v]["pop"], float(d["pop"]))


if __name__ == "__main__":
    unittest.main()
