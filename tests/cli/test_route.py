"""silknet route, reach and critical against NetworkX on a generated corridor
network (tests/data/routing/make_fixture.py), and brute force where NetworkX
has no such algorithm (widest routes, Pareto sets, chokepoints)."""
import itertools
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
NET = os.path.join(DATA, "routing", "corridors-random.graphml")
SMALL = os.path.join(DATA, "graphml", "igraph-corridors.graphml")


def run(*args):
    p = subprocess.run([SILKNET, *args], capture_output=True)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def route(*args):
    rc, out, err = run("route", NET, *args, "--format", "json")
    assert rc in (0, 1), err
    return (json.loads(out) if rc == 0 else None), err


G = nx.read_graphml(NET, force_multigraph=True)


def simple(graph, cost):
    """The cheapest of parallel segments, as a simple graph for NetworkX."""
    H = nx.Graph()
    H.add_nodes_from(graph.nodes(data=True))
    for u, v, d in graph.edges(data=True):
        if cost in d and (not H.has_edge(u, v) or d[cost] < H[u][v][cost]):
            H.add_edge(u, v, **d)
    return H


def pairs(n=25, seed=1):
    rnd = random.Random(seed)
    nodes = sorted(G.nodes)
    return [tuple(rnd.sample(nodes, 2)) for _ in range(n)]


class Shortest(unittest.TestCase):
    def test_costs_match_dijkstra(self):
        for cost in ("km", "days", "usd"):
            H = simple(G, cost)
            for a, b in pairs():
                with self.subTest(cost=cost, a=a, b=b):
                    doc, err = route(a, b, "--cost", cost)
                    want = nx.dijkstra_path_length(H, a, b, weight=cost)
                    self.assertAlmostEqual(doc["routes"][0]["cost"], want, places=6)
                    r = doc["routes"][0]
                    self.assertEqual(r["path"][0], a)
                    self.assertEqual(r["path"][-1], b)
                    self.assertAlmostEqual(r["totals"][cost], want, places=6)
                    # the path is a real path and its totals add up
                    km = 0
                    for u, v, e in zip(r["path"], r["path"][1:], r["edges"]):
                        self.assertIn(e, G[u][v])
                        km += G[u][v][e]["km"]
                    self.assertAlmostEqual(r["totals"]["km"], km, places=6)

    def test_hops(self):
        H = simple(G, "km")
        for a, b in pairs(10):
            doc, _ = route(a, b)
            self.assertEqual(doc["routes"][0]["cost"], nx.shortest_path_length(H, a, b))

    def test_astar_equals_dijkstra(self):
        for cost in ("km", "days"):
            for a, b in pairs(40, seed=5):
                with self.subTest(cost=cost, a=a, b=b):
                    d, _ = route(a, b, "--cost", cost)
                    s, _ = route(a, b, "--cost", cost, "--astar")
                    self.assertAlmostEqual(s["routes"][0]["cost"], d["routes"][0]["cost"], places=9)
                    self.assertGreater(s["settled"], 0)

    def test_k_shortest_match_networkx(self):
        H = simple(G, "km")
        for a, b in pairs(8, seed=3):
            with self.subTest(a=a, b=b):
                doc, _ = route(a, b, "--cost", "km", "--k", "4")
                got = [r["cost"] for r in doc["routes"]]
                # the parallel ferry adds routes NetworkX's simple graph lacks:
                # compare with all loopless routes of the multigraph, by cost
                want = sorted(sum(G[u][v][k]["km"] for u, v, k in path) for path in
                              itertools.islice(self._multi_paths(a, b), 0, None))[:4]
                for x, y in zip(got, want):
                    self.assertAlmostEqual(x, y, places=6)
                self.assertEqual(len(got), min(4, len(want)))
                self.assertEqual(got, sorted(got))
                # Yen's routes are loopless
                for r in doc["routes"]:
                    self.assertEqual(len(r["path"]), len(set(r["path"])))
                self.assertAlmostEqual(got[0], nx.dijkstra_path_length(H, a, b, weight="km"), places=6)

    def _multi_paths(self, a, b):
        # simple paths of the simple graph, expanded over parallel segments;
        # bounded by the cost of the 4th cheapest through NetworkX's generator
        H = simple(G, "km")
        best = list(itertools.islice(nx.shortest_simple_paths(H, a, b, weight="km"), 12))
        for p in best:
            for combo in itertools.product(*[list(G[u][v]) for u, v in zip(p, p[1:])]):
                yield [(u, v, k) for (u, v), k in zip(zip(p, p[1:]), combo)]

    def test_via_is_the_sum_of_legs(self):
        H = simple(G, "km")
        for a, b in pairs(8, seed=9):
            w = sorted(G.nodes)[7]
            if w in (a, b):
                continue
            doc, _ = route(a, b, "--cost", "km", "--via", w)
            want = nx.dijkstra_path_length(H, a, w, weight="km") + nx.dijkstra_path_length(H, w, b, weight="km")
            self.assertAlmostEqual(doc["routes"][0]["cost"], want, places=6)
            self.assertIn(w, doc["routes"][0]["path"])


class Constraints(unittest.TestCase):
    def test_avoid_country_holds_and_matches(self):
        for country in ("RU", "IR"):
            H = simple(G, "km")
            H.remove_nodes_from([v for v, d in G.nodes(data=True) if d["country"] == country])
            for a, b in pairs(20, seed=11):
                if a not in H or b not in H:
                    continue
                with self.subTest(country=country, a=a, b=b):
                    doc, err = route(a, b, "--cost", "km", "--avoid", f"country={country}")
                    if not nx.has_path(H, a, b):
                        self.assertIsNone(doc)
                        self.assertIn("no route", err)
                        continue
                    self.assertAlmostEqual(doc["routes"][0]["cost"],
                                           nx.dijkstra_path_length(H, a, b, weight="km"), places=6)
                    for v in doc["routes"][0]["path"]:
                        self.assertNotEqual(G.nodes[v]["country"], country)

    def test_only_corridor_and_avoid_mode(self):
        for spec, keep in [(("--only", "corridor=TITR,corridor=INSTC"), lambda d: d["corridor"] in ("TITR", "INSTC")),
                           (("--avoid", "mode=sea"), lambda d: d["mode"] != "sea")]:
            M = nx.MultiGraph()
            M.add_nodes_from(G.nodes)
            M.add_edges_from((u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True) if keep(d))
            H = simple(M, "km")
            for a, b in pairs(15, seed=13):
                with self.subTest(spec=spec, a=a, b=b):
                    doc, err = route(a, b, "--cost", "km", *spec)
                    if not nx.has_path(H, a, b):
                        self.assertIsNone(doc)
                        continue
                    self.assertAlmostEqual(doc["routes"][0]["cost"],
                                           nx.dijkstra_path_length(H, a, b, weight="km"), places=6)
                    for u, v, e in zip(doc["routes"][0]["path"], doc["routes"][0]["path"][1:],
                                       doc["routes"][0]["edges"]):
                        self.assertTrue(keep(G[u][v][e]))

    def test_k_routes_honour_constraints(self):
        a, b = pairs(1, seed=17)[0]
        doc, _ = route(a, b, "--cost", "days", "--k", "5", "--avoid", "mode=road")
        for r in doc["routes"]:
            for u, v, e in zip(r["path"], r["path"][1:], r["edges"]):
                self.assertNotEqual(G[u][v][e]["mode"], "road")

    def test_scenario(self):
        a, b = pairs(1, seed=19)[0]
        doc, _ = route(a, b, "--cost", "km")
        mid = doc["routes"][0]["path"][len(doc["routes"][0]["path"]) // 2]
        rc, out, err = run("route", NET, a, b, "--cost", "km", "--close", mid, "--format", "json")
        self.assertEqual(rc, 0, err)
        sc = json.loads(out)["scenario"]
        H = simple(G, "km")
        H.remove_node(mid)
        if nx.has_path(H, a, b):
            want = nx.dijkstra_path_length(H, a, b, weight="km")
            self.assertAlmostEqual(sc["routes"][0]["cost"], want, places=6)
            self.assertAlmostEqual(sc["difference"], want - doc["routes"][0]["cost"], places=6)
        else:
            self.assertEqual(sc["routes"], [])


class WidestAndPareto(unittest.TestCase):
    def test_widest_matches_maximum_spanning_tree(self):
        H = nx.Graph()
        for u, v, d in G.edges(data=True):
            if not H.has_edge(u, v) or d["capacity"] > H[u][v]["capacity"]:
                H.add_edge(u, v, capacity=d["capacity"])
        T = nx.maximum_spanning_tree(H, weight="capacity")
        for a, b in pairs(20, seed=23):
            with self.subTest(a=a, b=b):
                doc, _ = route(a, b, "--cost", "capacity", "--widest")
                p = nx.shortest_path(T, a, b)
                want = min(T[u][v]["capacity"] for u, v in zip(p, p[1:]))
                self.assertEqual(doc["routes"][0]["cost"], want)

    def test_pareto_equals_brute_force(self):
        rc, out, err = run("route", SMALL, "n0", "n4", "--cost", "km", "--pareto", "km", "--format", "json")
        self.assertEqual(rc, 0, err)
        # a small network where every simple path can be listed
        rnd = random.Random(5)
        S = nx.MultiGraph()
        nodes = [f"v{i}" for i in range(9)]
        S.add_nodes_from(nodes)
        for i in range(18):
            u, v = rnd.sample(nodes, 2)
            S.add_edge(u, v, key=f"e{i}", days=float(rnd.randint(1, 9)), usd=float(rnd.randint(1, 9)))
        fd, path = tempfile.mkstemp(suffix=".graphml")
        os.close(fd)
        nx.write_graphml(S, path)
        try:
            for a, b in [("v0", "v8"), ("v1", "v5"), ("v2", "v7")]:
                with self.subTest(a=a, b=b):
                    rc, out, err = run("route", path, a, b, "--cost", "days", "--pareto", "usd", "--k", "100",
                                       "--format", "json")
                    if not nx.has_path(S, a, b):
                        self.assertEqual(rc, 1)
                        continue
                    self.assertEqual(rc, 0, err)
                    got = sorted((r["cost"], r["cost2"]) for r in json.loads(out)["routes"])
                    costs = set()
                    for p in nx.all_simple_edge_paths(S, a, b):
                        costs.add((sum(S[u][v][k]["days"] for u, v, k in p),
                                   sum(S[u][v][k]["usd"] for u, v, k in p)))
                    front = sorted(c for c in costs if not any(o[0] <= c[0] and o[1] <= c[1] and o != c
                                                               for o in costs))
                    self.assertEqual(got, front)
        finally:
            os.unlink(path)


class Critical(unittest.TestCase):
    def test_chokepoints_by_brute_force(self):
        H = simple(G, "days")
        for a, b in pairs(5, seed=29):
            with self.subTest(a=a, b=b):
                rc, out, err = run("critical", NET, a, b, "--cost", "days", "--network", "--format", "json")
                self.assertEqual(rc, 0, err)
                doc = json.loads(out)
                base = nx.dijkstra_path_length(H, a, b, weight="days")
                self.assertAlmostEqual(doc["base_cost"], base, places=6)
                for c in doc["chokepoints"]:
                    M = G.copy()
                    if c["type"] == "vertex":
                        M.remove_node(c["id"])
                    else:
                        M.remove_edge(c["source"], c["target"], key=c["id"])
                    K = simple(M, "days")
                    want = nx.dijkstra_path_length(K, a, b, weight="days") if nx.has_path(K, a, b) else None
                    if want is None:
                        self.assertTrue(c["disconnects"])
                        self.assertIsNone(c["cost_without"])
                    else:
                        self.assertAlmostEqual(c["cost_without"], want, places=6)
                incs = [math.inf if c["disconnects"] else c["increase"] for c in doc["chokepoints"]]
                self.assertEqual(incs, sorted(incs, reverse=True))
                self.assertEqual(doc["vertex_disjoint_routes"], nx.node_connectivity(nx.Graph(G), a, b))
                self.assertEqual(doc["edge_disjoint_routes"],
                                 nx.maximum_flow_value(nx.DiGraph(self._capacities()), a, b))
                self.assertEqual(sorted(doc["articulation_points"]), sorted(nx.articulation_points(nx.Graph(G))))
                self.assertEqual(sorted(tuple(sorted(x)) for x in doc["bridges"]),
                                 sorted(tuple(sorted(x)) for x in nx.bridges(nx.Graph(G))
                                        if G.number_of_edges(*x) == 1))

    def test_chokepoints_on_chains_cycles_and_parallel_segments(self):
        # what every route crosses (cut places, bridges) and what has a way
        # round it, with parallel segments, a directed one-way loop and a
        # long chain, each element closed and the route searched again by
        # NetworkX
        cases = []
        U = nx.MultiGraph()
        nx.add_path(U, ["s", "a", "b", "c", "t"], days=1.0)
        U.add_edge("a", "x", days=1.0)
        U.add_edge("x", "b", days=1.5)      # a way round a-b and ... not round b
        U.add_edge("c", "t", days=3.0)      # a parallel segment: c-t is no bridge
        nx.add_path(U, ["t", "y", "z", "t"], days=1.0)
        cases.append((U, "s", "t"))
        D = nx.MultiDiGraph()
        nx.add_path(D, ["s", "a", "b", "t"], days=1.0)
        D.add_edge("a", "c", days=1.0)
        D.add_edge("c", "b", days=1.0)
        D.add_edge("b", "a", days=0.5)      # back, not a way forward
        cases.append((D, "s", "t"))
        C = nx.MultiGraph()
        nx.add_path(C, ["p%d" % i for i in range(400)], days=1.0)
        cases.append((C, "p0", "p399"))
        for H, a, b in cases:
            with tempfile.NamedTemporaryFile("w", suffix=".graphml", delete=False) as f:
                path = f.name
            try:
                K = H.__class__()
                for i, (u, v, d) in enumerate(H.edges(data=True)):
                    K.add_edge(u, v, key="e%d" % i, **d)  # NetworkX writes the key as the edge id
                nx.write_graphml(K, path)
                rc, out, err = run("critical", path, a, b, "--cost", "days", "--format", "json")
                self.assertEqual(rc, 0, err)
                doc = json.loads(out)
                for c in doc["chokepoints"]:
                    M = K.copy()
                    if c["type"] == "vertex":
                        M.remove_node(c["id"])
                    else:
                        M.remove_edge(c["source"], c["target"], key=c["id"])
                    if not nx.has_path(M, a, b):
                        self.assertTrue(c["disconnects"], c)
                        continue
                    want = nx.dijkstra_path_length(M, a, b, weight="days")
                    self.assertFalse(c["disconnects"], c)
                    self.assertAlmostEqual(c["cost_without"], want, places=9)
                if H is C:
                    self.assertEqual(len(doc["chokepoints"]), 398 + 399)
                    self.assertTrue(all(c["disconnects"] for c in doc["chokepoints"]))
            finally:
                os.unlink(path)

    def test_k_routes_that_would_run_for_hours_are_refused(self):
        L = nx.Graph()
        m = 300
        for i in range(m - 1):
            L.add_edge("a%d" % i, "a%d" % (i + 1), days=1.0)
            L.add_edge("b%d" % i, "b%d" % (i + 1), days=1.1)
        for i in range(m):
            L.add_edge("a%d" % i, "b%d" % i, days=5.0)
        with tempfile.NamedTemporaryFile("w", suffix=".graphml", delete=False) as f:
            path = f.name
        try:
            nx.write_graphml(L, path)
            rc, out, err = run("route", path, "a0", "a%d" % (m - 1), "--cost", "days", "--k", "1000")
            self.assertEqual((rc, out), (1, ""))
            self.assertIn("1000 routes of about 299 segments each", err)
            self.assertIn("ask for fewer routes", err)
            rc, out, err = run("route", path, "a0", "a%d" % (m - 1), "--cost", "days", "--k", "2",
                               "--format", "json")
            self.assertEqual(rc, 0, err)
            got = [r["cost"] for r in json.loads(out)["routes"]]
            want = [nx.path_weight(L, p, "days") for p in
                    itertools.islice(nx.shortest_simple_paths(L, "a0", "a%d" % (m - 1), weight="days"), 2)]
            self.assertEqual(len(got), 2)
            for g_, w_ in zip(got, want):
                self.assertAlmostEqual(g_, w_, places=9)
        finally:
            os.unlink(path)

    def test_redundancy_against_networkx(self):
        # Menger counts on graphs NetworkX draws: undirected, directed,
        # with parallel segments, ends adjacent or far apart, each checked
        # against NetworkX's node connectivity and maximum flow
        import random
        rnd = random.Random(5)
        cases = 0
        for i in range(24):
            directed = i % 3 == 1
            multi = i % 3 == 2
            n = rnd.randint(8, 40)
            base = nx.gnm_random_graph(n, rnd.randint(n, 4 * n), seed=i, directed=directed)
            G = nx.MultiDiGraph(base) if directed else nx.MultiGraph(base)
            if multi:
                G.add_edges_from(rnd.sample(list(base.edges()), min(5, base.number_of_edges())))
            for u, v, d in G.edges(data=True):
                d["km"] = float(rnd.randint(1, 9))
            fd, path = tempfile.mkstemp(suffix=".graphml")
            os.close(fd)
            self.addCleanup(os.unlink, path)
            nx.write_graphml(G, path)
            for _ in range(4):
                a, b = rnd.sample(range(n), 2)
                if not nx.has_path(G, a, b):
                    continue
                rc, out, err = run("critical", path, str(a), str(b), "--cost", "km", "--format", "json")
                self.assertEqual(rc, 0, err)
                doc = json.loads(out)
                simple = nx.DiGraph(G) if directed else nx.Graph(G)
                self.assertEqual(doc["vertex_disjoint_routes"], nx.node_connectivity(simple, a, b), (i, a, b))
                D = nx.DiGraph()
                for u, v in G.edges():
                    for x, y in ((u, v),) if directed else ((u, v), (v, u)):
                        D.add_edge(x, y, capacity=D[x][y]["capacity"] + 1 if D.has_edge(x, y) else 1)
                self.assertEqual(doc["edge_disjoint_routes"], nx.maximum_flow_value(D, a, b), (i, a, b))
                cases += 1
        self.assertGreater(cases, 60)

    def _capacities(self):
        # edge-disjoint routes of a multigraph: unit capacity per segment, both ways
        D = nx.DiGraph()
        for u, v in G.edges():
            for x, y in ((u, v), (v, u)):
                c = D[x][y]["capacity"] + 1 if D.has_edge(x, y) else 1
                D.add_edge(x, y, capacity=c)
        return D

    def test_reach(self):
        H = simple(G, "days")
        a = sorted(G.nodes)[3]
        rc, out, err = run("reach", NET, a, "--cost", "days", "--within", "4", "--format", "json")
        self.assertEqual(rc, 0, err)
        doc = json.loads(out)
        want = nx.single_source_dijkstra_path_length(H, a, cutoff=4, weight="days")
        got = {r["id"]: r["cost"] for r in doc["reachable"]}
        self.assertEqual(set(got), set(want))
        for k in want:
            self.assertAlmostEqual(got[k], want[k], places=6)
        self.assertAlmostEqual(doc["eccentricity"],
                               max(nx.single_source_dijkstra_path_length(H, a, weight="days").values()), places=6)


class Errors(unittest.TestCase):
    def test_messages_and_exit_codes(self):
        cases = [
            (("route", NET, "c1", "Cty 2"), 1, "no vertex 'Cty 2'; did you mean"),
            (("route", NET, "c1", "c2", "--cost", "speed"), 1, "no edge attribute 'speed'"),
            (("route", NET, "c1", "c2", "--cost", "mode"), 1, "edge attribute 'mode' is a string, not a number"),
            (("route", NET, "c1", "c2", "--avoid", "colour=red"), 1, "no node or edge attribute 'colour'"),
            (("route", NET, "c1", "c2", "--avoid", "c1"), 1, "the origin 'c1' is closed by the constraints"),
            (("route", NET, "c1", "c2", "--k", "0"), 2, "--k takes a whole number"),
            (("route", NET, "c1"), 2, "FILE FROM TO are required"),
            (("route", NET, "c1", "c2", "--k", "3", "--via", "c5"), 1, "not supported"),
            (("critical", NET, "c1", "c1"), 1, "origin and destination are the same"),
            (("reach", NET, "c1", "--within", "-1"), 2, "--within takes a number"),
        ]
        for args, code, msg in cases:
            with self.subTest(args=args):
                rc, out, err = run(*args)
                self.assertEqual(rc, code, err)
                self.assertIn(msg, err)
                self.assertTrue(err.startswith("silknet: "))

    def test_specs_that_match_nothing_are_said(self):
        rc, out, err = run("route", NET, "c1", "c2", "--avoid", "mode=teleport")
        self.assertEqual(rc, 0, err)
        self.assertEqual(err, "silknet: warning: --avoid 'mode=teleport' matches nothing\n")
        corridors = os.path.join(os.environ.get("SN_SRCDIR", "."), "data", "central-asia-corridors.graphml")
        rc, out, err = run("route", corridors, "Tashkent", "Istanbul", "--cost", "days", "--avoid", "country=kz")
        self.assertEqual(rc, 0, err)
        self.assertEqual(err, "silknet: warning: --avoid 'country=kz' matches nothing; did you mean 'KZ'?\n")

    def test_negative_cost_names_the_segment(self):
        import tempfile
        with open(SMALL) as f:
            text = f.read().replace('<data key="e_km">450</data>', '<data key="e_km">-450</data>', 1)
        with tempfile.NamedTemporaryFile("w", suffix=".graphml", delete=False) as f:
            f.write(text)
        try:
            rc, _, err = run("route", f.name, "n0", "n4", "--cost", "km")
        finally:
            os.unlink(f.name)
        self.assertEqual(rc, 1)
        self.assertIn("edge 'n2'-'n3': km = -450, expected a finite distance not below zero", err)

    def test_no_route_is_exit_1(self):
        rc, out, err = run("route", SMALL, "n4", "n0", "--cost", "km")
        self.assertEqual((rc, out), (1, ""))
        self.assertEqual(err, "silknet: no route from 'n4' to 'n0'\n")

    def test_segments_without_cost_are_counted(self):
        rc, out, err = run("route", os.path.join(DATA, "graphml", "networkx-multigraph.graphml"), "KR", "CN",
                           "--cost", "year")
        self.assertEqual(rc, 0, err)
        self.assertIn("segments without 'year' were not used", out)


if __name__ == "__main__":
    unittest.main(verbosity=2)
