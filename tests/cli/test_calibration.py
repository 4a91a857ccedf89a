"""The bundled corridor network against published transit figures.

Every row of data/calibration.tsv is routed with silknet: days must come out
within 25% and km within 10% of the published figure. The Middle Corridor
must be two to four times as slow as the Northern route (the World Bank,
2023: three times). At least half of the segment km must be cited, none
below the great-circle distance, and data/README.md must show the current
figures.
"""
import math
import os
import subprocess
import sys
import unittest
from urllib.parse import urlparse

import networkx as nx

SRC = os.environ.get("SN_SRCDIR", ".")
SILKNET = os.environ.get("SILKNET", "cli/silknet")
sys.path.insert(0, os.path.join(SRC, "data", "build"))
sys.dont_write_bytecode = True
import readme_tables  # noqa: E402

CORRIDORS = os.path.join(SRC, "data", "central-asia-corridors.graphml")


def haversine(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


class Calibration(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.results = readme_tables.evaluate(SILKNET)

    def test_every_row_within_tolerance(self):
        for res in self.results:
            row = res["row"]
            with self.subTest(row=row["name"]):
                self.assertIsNone(res["error"], "%s: %s" % (row["name"], res["error"]))
                if row["days"]:
                    self.assertIsNotNone(res["days"], row["name"])
                    self.assertLessEqual(abs(res["days"] / float(row["days"]) - 1), readme_tables.DAYS_TOL,
                                         "%s: %.1f days routed, %s published (%s)" % (
                                             row["name"], res["days"], row["days"], " ".join(res["path"])))
                if row["km"]:
                    self.assertLessEqual(abs(res["km"] / float(row["km"]) - 1), readme_tables.KM_TOL,
                                         "%s: %.0f km routed, %s published" % (row["name"], res["km"], row["km"]))

    def test_enough_figures_from_enough_sources(self):
        rows = [r["row"] for r in self.results]
        self.assertGreaterEqual(len(rows), 12)
        hosts = set()
        for r in rows:
            for part in r["source"].replace(";", " ").replace("(", " ").replace(")", " ").split():
                if "." in part and "/" in part:
                    hosts.add(urlparse("http://" + part.split("://")[-1]).hostname.replace("www.", ""))
        self.assertGreaterEqual(len(hosts), 4, hosts)
        self.assertGreaterEqual(sum(1 for r in rows if r["role"] == "check"), 8)

    def test_middle_corridor_against_the_northern_route(self):
        mc, north = readme_tables.ratio(SILKNET)
        self.assertGreaterEqual(mc / north, 2.0, (mc, north))
        self.assertLessEqual(mc / north, 4.0, (mc, north))

    def test_a_row_whose_place_is_missing_fails_with_its_name(self):
        doc, err = readme_tables.route(SILKNET, {"name": "nowhere", "from": "XIA", "to": "ATLANTIS", "options": ""})
        self.assertIsNone(doc)
        self.assertIn("ATLANTIS", err)

    def test_readme_is_current(self):
        p = subprocess.run([sys.executable, os.path.join(SRC, "data", "build", "readme_tables.py"), "--check",
                            "--silknet", SILKNET], capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr)


class Lengths(unittest.TestCase):
    G = nx.read_graphml(CORRIDORS, force_multigraph=True)

    def test_half_the_km_cited_none_below_the_great_circle(self):
        total = cited = 0.0
        for a, b, d in self.G.edges(data=True):
            gc = haversine((self.G.nodes[a]["lat"], self.G.nodes[a]["lon"]),
                           (self.G.nodes[b]["lat"], self.G.nodes[b]["lon"]))
            with self.subTest(segment=(a, b)):
                self.assertGreaterEqual(d["km"], gc - 0.5, (a, b, d["km"], gc))
            total += d["km"]
            if not d.get("km_estimate", False):
                cited += d["km"]
        self.assertGreaterEqual(cited / total, 0.5, (cited, total))

    def test_every_place_cost_has_a_source(self):
        for v, d in self.G.nodes(data=True):
            if "days" in d:
                with self.subTest(place=v):
                    self.assertGreaterEqual(d["days"], 0)
                    self.assertTrue(d.get("source"), v)


if __name__ == "__main__":
    unittest.main()
