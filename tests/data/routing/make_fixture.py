"""Writes corridors-random.graphml: a reproducible corridor-like network for
the routing tests (cities with coordinates and countries; segments with km at
least the great-circle distance, days, usd, capacity, mode and corridor).
Run with Debian's python3-networkx:  /usr/bin/python3 make_fixture.py"""
import math
import random

import networkx as nx


def haversine(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1, math.sqrt(h)))


def main():
    rnd = random.Random(2026)
    G = nx.MultiGraph()
    countries = ["KZ", "UZ", "TM", "AZ", "GE", "TR", "RU", "IR", "CN", "KG"]
    pos = {}
    for i in range(60):
        lat, lon = rnd.uniform(30, 55), rnd.uniform(25, 90)
        pos[i] = (lat, lon)
        G.add_node(f"c{i}", label=f"City {i}", kind="city", country=rnd.choice(countries),
                   lat=round(lat, 4), lon=round(lon, 4))
    # a connected backbone of near neighbours, then extra segments
    order = sorted(pos, key=lambda i: pos[i][1])
    edges = set()
    for a, b in zip(order, order[1:]):
        edges.add((a, b))
    for i in pos:
        near = sorted((j for j in pos if j != i), key=lambda j: haversine(pos[i], pos[j]))[:3]
        for j in near:
            edges.add((min(i, j), max(i, j)))
    n = 0
    for a, b in sorted(edges):
        d = haversine(pos[a], pos[b])
        mode = rnd.choice(["rail", "rail", "road", "sea"])
        km = round(d * rnd.uniform(1.05, 1.6), 1)
        G.add_edge(f"c{a}", f"c{b}", key=f"s{n}", id=f"s{n}", km=km, days=round(km / rnd.uniform(300, 900), 2),
                   usd=float(rnd.randint(200, 3000)), capacity=float(rnd.randint(1, 20)), mode=mode,
                   corridor=rnd.choice(["TITR", "INSTC", "NORTH"]))
        n += 1
    # one parallel segment: a slower ferry beside a rail line
    a, b = sorted(edges)[5]
    G.add_edge(f"c{a}", f"c{b}", key=f"s{n}", id=f"s{n}", km=9999.0, days=30.0, usd=100.0, capacity=50.0,
               mode="sea", corridor="TITR")
    for u, v, k, d in G.edges(keys=True, data=True):
        d.pop("id", None)
    nx.write_graphml(G, "corridors-random.graphml")
    print(G.number_of_nodes(), "nodes,", G.number_of_edges(), "segments")


if __name__ == "__main__":
    main()
