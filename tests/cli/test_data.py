"""The bundled datasets: they validate, NetworkX and python-igraph read them,
every edge is sourced, every figure has its unit, headline figures are right,
and the corridors connect East Asia with Europe, the Gulf and South Asia."""
import json
import os
import subprocess
import unittest

import igraph
import networkx as nx

SILKNET = os.environ.get("SILKNET", "cli/silknet")
SRC = os.environ.get("SN_SRCDIR", ".")
ACTORS = os.path.join(SRC, "data", "central-asia-actors.graphml")
CORRIDORS = os.path.join(SRC, "data", "central-asia-corridors.graphml")


def run(*args):
    p = subprocess.run([SILKNET, *args], capture_output=True)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


class BothFiles(unittest.TestCase):
    def test_validate_strict(self):
        for path in (ACTORS, CORRIDORS):
            rc, out, err = run("validate", path, "--strict")
            self.assertEqual(rc, 0, out + err)
            self.assertIn("valid", out)

    def test_peers_read_them_alike(self):
        for path in (ACTORS, CORRIDORS):
            rc, out, _ = run("info", path, "--format", "json")
            doc = json.loads(out)
            G = nx.read_graphml(path, force_multigraph=True)
            g = igraph.Graph.Read_GraphML(path)
            self.assertEqual(doc["vertices"], G.number_of_nodes())
            self.assertEqual(doc["vertices"], g.vcount())
            self.assertEqual(doc["edges"], G.number_of_edges())
            self.assertEqual(doc["edges"], g.ecount())
            self.assertEqual(doc["skipped"], [])

    def test_every_edge_sourced_every_figure_with_unit(self):
        for path in (ACTORS, CORRIDORS):
            G = nx.read_graphml(path, force_multigraph=True)
            for u, v, d in G.edges(data=True):
                self.assertTrue(d.get("source"), (path, u, v))
                if "amount" in d:
                    self.assertTrue(d.get("unit"), (u, v, d))
                if "year" in d:
                    self.assertTrue(1990 <= d["year"] <= 2026, (u, v, d))


class Actors(unittest.TestCase):
    G = nx.read_graphml(ACTORS, force_multigraph=True)

    def edges(self, u, v, relation, detail=None):
        return [d for d in self.G[u][v].values()
                if d["relation"] == relation and (detail is None or d.get("detail") == detail)]

    def test_headline_figures(self):
        # Korea-Uzbekistan trade 2019 (KITA, Figure 2)
        e = self.edges("KOR", "UZB", "trade_total", "bilateral total")
        self.assertEqual(len(e), 1)
        self.assertEqual((e[0]["amount"], e[0]["unit"], e[0]["year"]), (2.36, "USD bn", 2019))
        self.assertIn("003_8fe3099dcc788773.txt", e[0]["source"])
        self.assertEqual(self.edges("KOR", "KAZ", "trade_total", "bilateral total")[0]["amount"], 4.22)
        self.assertEqual(self.edges("KAZ", "KOR", "trade", "Korean imports")[0]["amount"], 1.56)
        # ethnic Korean population (Figure 3)
        self.assertEqual(self.edges("KOR", "KAZ", "diaspora")[0]["amount"], 100385)
        self.assertEqual(self.edges("KOR", "UZB", "diaspora")[0]["amount"], 176900)
        # ADB's $22 bn; China's CNY 26 bn pledge
        self.assertEqual(self.edges("ADB", "C5", "funding")[0]["weight"], 22.0)
        self.assertEqual(self.edges("CHN", "TJK", "debt_relief")[0]["year"], 2011)
        self.assertEqual(self.edges("CHN", "C5", "aid")[0]["amount"], 3.8)
        self.assertEqual(self.edges("TJK", "CHN", "territorial_cession")[0]["amount"], 1000)
        self.assertIn("000_9373ac7f8ef79bbf.txt", self.edges("HUAWEI", "UZB", "telecom_supply")[0]["source"])

    def test_garbled_cells_are_flagged(self):
        imp = self.edges("UZB", "KOR", "trade", "Korean imports")[0]
        self.assertTrue(imp["estimate"])
        self.assertIn("DQ1", imp["note"])
        self.assertEqual(len([d for *_, d in self.G.edges(data=True) if d["relation"] == "unlabelled_figure"]), 4)

    def test_trade_counted_once(self):
        # Korea's weighted trade out of Korea: the 2019 exports of Figure 2 (5.15 bn), once
        out = sum(d["weight"] for _, v, d in self.G.out_edges("KOR", data=True)
                  if d["relation"] == "trade" and "weight" in d)
        self.assertAlmostEqual(out, 2.34 + 0.0132 + 2.66 + 0.106 + 0.029, places=6)
        for u, v, d in self.G.edges(data=True):
            if d["relation"] == "trade_total":
                self.assertNotIn("weight", d, (u, v))
            if d["relation"] == "trade":
                self.assertEqual(d["year"], 2019, (u, v))
            if d["relation"] == "trade_2020":
                self.assertNotIn("weight", d, (u, v))

    def test_relations_added_and_corrected(self):
        for u, v, rel in (("C5", "EU", "cooperation"), ("C5", "KOR", "cooperation"), ("YANDEX", "RUS", "home_state"),
                          ("EAST_TEL", "UZB", "home_state"), ("IMAX", "UZB", "home_state"),
                          ("LGCNS_UZ", "UZB", "home_state"), ("RGB", "KAZ", "home_state"),
                          ("DAVIS", "HARVARD", "part_of")):
            with self.subTest(edge=(u, v, rel)):
                self.assertTrue(self.edges(u, v, rel))
        self.assertEqual([d.get("year") for d in self.edges("CHN", "C5", "summit_format")], [2020, 2022])
        # the 9 bridges are the New Northern Policy's plan, cited where D3 says so
        self.assertNotIn("amount", self.edges("NNP", "C5", "policy_target")[0])
        self.assertEqual(self.edges("KOR", "NNP", "ownership")[0]["amount"], 9)
        self.assertFalse(self.edges("CHN", "TJK", "loan"))

    def test_the_actors_the_documents_name(self):
        for a in ("KOR", "JPN", "CHN", "RUS", "KAZ", "UZB", "KGZ", "TJK", "TKM", "IND", "TUR", "IRN", "PAK",
                  "AFG", "USA", "EU", "ADB", "KOICA", "KSP", "EBRD", "OECD_DAC", "KCACF", "KCACF_SEC", "KF", "OKF",
                  "CAREC", "HUAWEI", "HIKVISION", "PROTEI", "YANDEX", "KT", "EAST_TEL", "IMAX", "LGCNS", "GLOVIS",
                  "RGB", "DSR", "BRI", "NNP", "KCITY", "CAJ"):
            self.assertIn(a, self.G)


class Corridors(unittest.TestCase):
    def route(self, a, b, *args):
        rc, out, err = run("route", CORRIDORS, a, b, "--cost", "km", "--avoid", "mode=pipeline,mode=fibre",
                           *args, "--format", "json")
        self.assertEqual(rc, 0, err)
        return json.loads(out)["routes"][0]

    def test_each_corridor_reaches_its_end(self):
        for a, b, corridor in [("XIA", "IST", "TITR"), ("MUM", "MOW", "INSTC"), ("MUM", "SRH", "CHABAHAR"),
                               ("GWD", "TAS", "GWADAR"), ("QUE", "KSH", "CPEC"), ("KSH", "TAS", "QTTA"),
                               ("GAR", "HAM", "CAREC")]:
            with self.subTest(corridor=corridor):
                r = self.route(a, b, "--only", f"corridor={corridor}")
                self.assertEqual((r["path"][0], r["path"][-1]), (a, b))

    def test_east_asia_to_europe_gulf_and_south_asia(self):
        for b in ("IST", "CON", "MOW", "DUI", "BND", "MUM", "GWD"):
            with self.subTest(to=b):
                self.route("XIA", b)

    def test_titr_avoids_russia_and_north_does_not(self):
        r = self.route("XIA", "IST", "--avoid", "country=RU")
        G = nx.read_graphml(CORRIDORS)
        self.assertNotIn("RU", [G.nodes[v]["country"] for v in r["path"]])
        rc, out, err = run("route", CORRIDORS, "URU", "MOW", "--only", "corridor=NORTH", "--format", "json")
        self.assertEqual(rc, 0, err)

    def test_topology_fixes(self):
        G = nx.read_graphml(CORRIDORS, force_multigraph=True)
        # Beyneu is inland: reached by rail from Aktau, not by ferry from Baku
        self.assertNotIn("BEY", G["BAK"])
        self.assertEqual([d["mode"] for d in G["AKT"]["BEY"].values()], ["rail"])
        # the INSTC eastern branch reaches Russia; TITR enters through Dostyk too; CPEC starts at Gwadar
        r = self.route("GOR", "ASR", "--only", "corridor=INSTC", "--avoid", "THR")
        self.assertIn("BEY", r["path"])
        self.assertEqual(self.route("DOS", "AKT", "--only", "corridor=TITR")["path"][0], "DOS")
        self.assertEqual(self.route("URU", "AKT", "--only", "corridor=TITR", "--avoid", "KHO")["path"][1], "DOS")
        self.assertEqual(self.route("GWD", "ISB", "--only", "corridor=CPEC")["path"][0], "GWD")
        # what is not built is left out, and counted
        planned = [(u, v) for u, v, d in G.edges(data=True) if d.get("status", "operating") != "operating"]
        self.assertIn(("ZAH", "MSH"), planned)
        rc, out, err = run("route", CORRIDORS, "ZAH", "MSH", "--cost", "days", "--only", "mode=rail",
                           "--format", "json")
        self.assertEqual(rc, 1, out)
        rc, out, err = run("route", CORRIDORS, "ZAH", "MSH", "--cost", "days", "--only", "mode=rail",
                           "--include-planned", "--format", "json")
        self.assertEqual(rc, 0, err)
        # Zaranj-Delaram is no longer 218 km in 2 hours: a truck's day rate
        zd = [d for d in G["ZAR"]["DEL"].values()][0]
        self.assertEqual((zd["km"], zd["days"], zd["days_estimate"]), (218.0, round(218 / 400, 2), True))

    def test_sourced_segments(self):
        G = nx.read_graphml(CORRIDORS, force_multigraph=True)
        kho_akt = [d for d in G["KHO"]["AKT"].values()][0]
        self.assertEqual((kho_akt["km"], kho_akt["days"]), (3128.0, 3.0))
        # NetworkX keeps <default>s aside: absent means the default, false
        self.assertFalse(kho_akt.get("km_estimate", False))
        self.assertFalse(kho_akt.get("days_estimate", False))
        self.assertEqual([d for d in G["QAZ"]["RSH"].values()][0]["km"], 164.0)
        self.assertEqual([d for d in G["KRS"]["ANK"].values()][0]["km"], 1446.1)
        self.assertTrue([d for d in G["IST"]["KPK"].values()][0]["km_estimate"])
        # time at places: Kazakhstan's rail borders, from ADB CAREC's 2022 monitoring
        self.assertEqual(G.nodes["KHO"]["days"], 2.8)
        self.assertIn("CAREC", G.nodes["KHO"]["source"])
        self.assertFalse(G.nodes["KHO"].get("days_estimate", False))
        self.assertTrue(G.nodes["AKT"]["days_estimate"])
        for u, v, d in G.edges(data=True):
            self.assertEqual("days" in d, d["mode"] not in ("pipeline", "fibre"), (u, v))


if __name__ == "__main__":
    unittest.main(verbosity=2)
