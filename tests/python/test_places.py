"""Time at places and places not yet operating, in every routing call,
against NetworkX on the node-split graph.

Each place v becomes v_in -> v_out with an arc of v's cost; a segment u - v
becomes u_out -> v_in (and v_out -> u_in unless directed). A route from s to
t is a path from s_out to t_in, so it pays every place it passes through and
neither end. Networks are random (NetworkX writes them as GraphML), directed
and undirected, with places of zero, missing and large costs, and some
places and segments planned or under construction.
"""
import itertools
import json
import math
import os
import random
import subprocess
import tempfile
import unittest

import networkx as nx

import silknet

SILKNET = os.environ.get("SILKNET", "cli/silknet")


def random_network(seed, n=26, m=60, directed=False):
    rnd = random.Random(seed)
    G = nx.DiGraph() if directed else nx.Graph()
    for i in range(n):
        attrs = {"lat": 35 + rnd.random() * 15, "lon": 45 + rnd.random() * 40}
        r = rnd.random()
        if r < 0.55:
            attrs["days"] = rnd.choice([0.0, 0.5, 1.5, 2.0, 3.25, 7.0])
        if r > 0.93:
            attrs["status"] = rnd.choice(["planned", "under_construction"])
        elif r > 0.85:
            attrs["status"] = "operating"
        G.add_node("p%d" % i, **attrs)
    nodes = list(G.nodes)
    # a spanning path keeps most of it connected
    for a, b in zip(nodes, nodes[1:]):
        G.add_edge(a, b)
    while G.number_of_edges() < m:
        a, b = rnd.sample(nodes, 2)
        if not G.has_edge(a, b):
            G.add_edge(a, b)
    for a, b, d in G.edges(data=True):
        d["days"] = round(0.2 + rnd.random() * 4, 3)
        d["km"] = float(rnd.randint(50, 900))
        if rnd.random() < 0.06:
            d["status"] = "planned"
    return G


def operating(G, include_planned):
    """G without what is not operating (unless include_planned)."""
    if include_planned:
        return G
    H = G.copy()
    H.remove_edges_from([(a, b) for a, b, d in G.edges(data=True) if d.get("status", "operating") != "operating"])
    H.remove_nodes_from([v for v, d in G.nodes(data=True) if d.get("status", "operating") != "operating"])
    return H


def split(G, cost="days", node_cost="days", drop_nodes=(), drop_edges=()):
    """The node-split DiGraph NetworkX routes on."""
    H = nx.DiGraph()
    for v, d in G.nodes(data=True):
        if v not in drop_nodes:
            H.add_edge((v, "in"), (v, "out"), w=d.get(node_cost, 0.0) if node_cost else 0.0)
    for a, b, d in G.edges(data=True):
        if a in drop_nodes or b in drop_nodes or (a, b) in drop_edges or \
                (not G.is_directed() and (b, a) in drop_edges):
            continue
        H.add_edge((a, "out"), (b, "in"), w=d[cost])
        if not G.is_directed():
            H.add_edge((b, "out"), (a, "in"), w=d[cost])
    return H


def nx_cost(H, s, t):
    if s == t:
        return 0.0
    try:
        return nx.dijkstra_path_length(H, (s, "out"), (t, "in"), weight="w")
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        return math.inf


class Network:
    """A random network written by NetworkX and read by silknet."""

    def __init__(self, seed, directed=False, **kw):
        self.G = random_network(seed, directed=directed, **kw)
        self.dir = tempfile.mkdtemp(prefix="sn-places-")
        self.path = os.path.join(self.dir, "net.graphml")
        nx.write_graphml(self.G, self.path)
        self.g = silknet.load(self.path)
        self.rnd = random.Random(seed * 7 + 1)

    def pairs(self, k=40, include_planned=False):
        ok = list(operating(self.G, include_planned).nodes)
        return [tuple(self.rnd.sample(ok, 2)) for _ in range(k)]

    def close(self):
        self.g.close()
        os.remove(self.path)
        os.rmdir(self.dir)


def places_on(G, path, node_cost="days"):
    return sum(G.nodes[v].get(node_cost, 0.0) for v in path[1:-1])


class Routes(unittest.TestCase):
    def setUp(self):
        self.nets = [Network(seed, directed=d) for seed, d in ((1, False), (2, False), (3, True), (4, True))]
        self.addCleanup(lambda: [n.close() for n in self.nets])

    def test_route_dijkstra_and_astar(self):
        for net in self.nets:
            for planned in (False, True):
                H = split(operating(net.G, planned))
                for s, t in net.pairs(include_planned=planned):
                    want = nx_cost(H, s, t)
                    for astar in (False, True):
                        with self.subTest(net=net.path, s=s, t=t, astar=astar, planned=planned):
                            try:
                                r = net.g.route(s, t, cost="days", astar=astar, include_planned=planned)[0]
                            except silknet.NoPathError:
                                self.assertEqual(want, math.inf)
                                continue
                            self.assertAlmostEqual(r.cost, want, places=9)
                            segs = sum(net.G.edges[e]["days"] for e in zip(r.path, r.path[1:]))
                            self.assertAlmostEqual(r.at_places, places_on(net.G, r.path), places=9)
                            self.assertAlmostEqual(r.cost, segs + r.at_places, places=9)

    def test_no_node_cost_is_plain_dijkstra(self):
        net = self.nets[0]
        H = split(operating(net.G, False), node_cost=None)
        for s, t in net.pairs(15):
            r = net.g.route(s, t, cost="days", node_cost=None)[0]
            self.assertAlmostEqual(r.cost, nx_cost(H, s, t), places=9)
            self.assertEqual(r.at_places, 0)

    def test_k_best_match_yen_on_the_split_graph(self):
        for net in self.nets:
            H = split(operating(net.G, False))
            for s, t in net.pairs(12):
                with self.subTest(net=net.path, s=s, t=t):
                    try:
                        want = [nx.path_weight(H, p, "w") for p in
                                itertools.islice(nx.shortest_simple_paths(H, (s, "out"), (t, "in"), weight="w"), 4)]
                    except nx.NetworkXNoPath:
                        want = []
                    try:
                        got = [r.cost for r in net.g.route(s, t, cost="days", k=4)]
                    except silknet.NoPathError:
                        got = []
                    self.assertEqual(len(got), len(want))
                    for a, b in zip(got, want):
                        self.assertAlmostEqual(a, b, places=9)

    def test_waypoint_is_passed_through(self):
        for net in self.nets:
            H = split(operating(net.G, False))
            for (s, t), w in zip(net.pairs(15), net.pairs(15)):
                w = w[0]
                if w in (s, t):
                    continue
                want = nx_cost(H, s, w) + net.G.nodes[w].get("days", 0.0) + nx_cost(H, w, t)
                with self.subTest(net=net.path, s=s, w=w, t=t):
                    try:
                        got = net.g.route(s, t, cost="days", via=[w])[0].cost
                    except silknet.NoPathError:
                        got = math.inf
                    self.assertAlmostEqual(got, want, places=9)

    def test_router_matches(self):
        for net in self.nets:
            H = split(operating(net.G, False))
            for astar in (False, True):
                r = net.g.router(cost="days", astar=astar)
                for s, t in net.pairs(30):
                    want = nx_cost(H, s, t)
                    with self.subTest(net=net.path, s=s, t=t, astar=astar):
                        try:
                            self.assertAlmostEqual(r.route(s, t).cost, want, places=9)
                        except silknet.NoPathError:
                            self.assertEqual(want, math.inf)
                r.close()

    def test_reach_excludes_the_destination_own_time(self):
        for net in self.nets:
            H = split(operating(net.G, False))
            for s, _ in net.pairs(6):
                got = net.g.reachable(s, cost="days")
                d = nx.single_source_dijkstra_path_length(H, (s, "out"), weight="w")
                want = {v: c for (v, side), c in d.items() if side == "in" and v != s}
                want[s] = 0.0
                with self.subTest(net=net.path, s=s):
                    self.assertEqual(set(got), set(want))
                    for v in want:
                        self.assertAlmostEqual(got[v], want[v], places=9)

    def test_chokepoints_against_removal(self):
        for net in self.nets:
            G = operating(net.G, False)
            H = split(G)
            for s, t in net.pairs(6):
                if nx_cost(H, s, t) == math.inf:
                    continue
                c = net.g.critical(s, t, cost="days")
                with self.subTest(net=net.path, s=s, t=t):
                    self.assertAlmostEqual(c["base_cost"], nx_cost(H, s, t), places=9)
                    for ch in c["chokepoints"]:
                        if ch["type"] == "vertex":
                            H2 = split(G, drop_nodes={ch["id"]})
                        else:
                            H2 = split(G, drop_edges={self.ends(net, ch["index"])})
                        self.assertAlmostEqual(ch["cost_without"], nx_cost(H2, s, t), places=9)

    @staticmethod
    def ends(net, e):
        # edge e of the file as NetworkX wrote it: edges in NetworkX's order
        return list(net.G.edges)[e]

    def test_pareto_against_every_simple_path(self):
        for seed in (5, 6):
            net = Network(seed, n=9, m=16)
            self.addCleanup(net.close)
            G = operating(net.G, False)
            for s, t in net.pairs(8):
                paths = list(nx.all_simple_paths(G, s, t))
                pts = set()
                for p in paths:
                    c1 = sum(G.edges[e]["days"] for e in zip(p, p[1:])) + places_on(G, p)
                    c2 = sum(G.edges[e]["km"] for e in zip(p, p[1:]))
                    pts.add((round(c1, 9), round(c2, 9)))
                front = {x for x in pts if not any(y != x and y[0] <= x[0] and y[1] <= x[1] for y in pts)}
                with self.subTest(seed=seed, s=s, t=t):
                    try:
                        got = {(round(r.cost, 9), round(r.cost2, 9))
                               for r in net.g.pareto(s, t, "days", "km", k=64, node_cost2=None)}
                    except silknet.NoPathError:
                        got = set()
                    self.assertEqual(got, front)


class Errors(unittest.TestCase):
    def test_bad_node_costs_name_the_place(self):
        for value, msg in ((-1, "place 'b': days = -1, expected a finite cost not below zero"),
                           (float("nan"), "place 'b': days = nan, expected a finite cost not below zero")):
            G = nx.Graph()
            G.add_node("a")
            G.add_node("b", days=value)
            G.add_node("c")
            G.add_edge("a", "b", days=1.0)
            G.add_edge("b", "c", days=1.0)
            with tempfile.TemporaryDirectory() as d:
                path = os.path.join(d, "bad.graphml")
                nx.write_graphml(G, path)
                with silknet.load(path) as g, self.subTest(value=value):
                    with self.assertRaises(silknet.Error) as cm:
                        g.route("a", "c", cost="days")
                    self.assertIn(msg, str(cm.exception))
                p = subprocess.run([SILKNET, "route", path, "a", "c", "--cost", "days"], capture_output=True,
                                   text=True)
                self.assertEqual(p.returncode, 1)
                self.assertIn(msg, p.stderr)
                p = subprocess.run([SILKNET, "route", path, "a", "c", "--cost", "days", "--node-cost", "hours"],
                                   capture_output=True, text=True)
                self.assertEqual(p.returncode, 1)
                self.assertIn("no node attribute 'hours'", p.stderr)


class CommandLine(unittest.TestCase):
    def test_default_node_cost_is_said_and_can_be_turned_off(self):
        net = Network(11)
        self.addCleanup(net.close)
        H = split(operating(net.G, False))
        s, t = next((s, t) for s, t in net.pairs(50) if nx_cost(H, s, t) < math.inf)
        p = subprocess.run([SILKNET, "route", net.path, s, t, "--cost", "days"], capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("of which", p.stdout)
        self.assertIn("(time at places: node attribute 'days', named like the cost; --node-cost none leaves it out)",
                      p.stdout)
        doc = json.loads(subprocess.run([SILKNET, "route", net.path, s, t, "--cost", "days", "--format", "json"],
                                        capture_output=True, text=True).stdout)
        self.assertEqual(doc["node_cost"], "days")
        self.assertAlmostEqual(doc["routes"][0]["cost"], nx_cost(H, s, t), places=9)
        self.assertGreater(doc["not_operating"], 0)
        doc = json.loads(subprocess.run([SILKNET, "route", net.path, s, t, "--cost", "days", "--node-cost", "none",
                                         "--format", "json"], capture_output=True, text=True).stdout)
        self.assertIsNone(doc["node_cost"])
        self.assertEqual(doc["routes"][0]["at_places"], 0)
        self.assertAlmostEqual(doc["routes"][0]["cost"], nx_cost(split(operating(net.G, False), node_cost=None), s, t),
                               places=9)
        p = subprocess.run([SILKNET, "route", net.path, s, t, "--cost", "days", "--include-planned",
                            "--format", "json"], capture_output=True, text=True)
        doc = json.loads(p.stdout)
        self.assertEqual(doc["not_operating"], 0)
        self.assertAlmostEqual(doc["routes"][0]["cost"], nx_cost(split(net.G), s, t), places=9)

    def test_reach_and_critical_take_the_options(self):
        net = Network(12)
        self.addCleanup(net.close)
        H = split(operating(net.G, False))
        s = net.pairs(1)[0][0]
        doc = json.loads(subprocess.run([SILKNET, "reach", net.path, s, "--cost", "days", "--format", "json"],
                                        capture_output=True, text=True).stdout)
        for row in doc["reachable"]:
            self.assertAlmostEqual(row["cost"], nx_cost(H, s, row["id"]), places=9)
        t = max(doc["reachable"], key=lambda r: r["cost"])["id"]
        doc = json.loads(subprocess.run([SILKNET, "critical", net.path, s, t, "--cost", "days", "--format", "json"],
                                        capture_output=True, text=True).stdout)
        self.assertAlmostEqual(doc["base_cost"], nx_cost(H, s, t), places=9)


if __name__ == "__main__":
    unittest.main()
