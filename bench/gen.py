"""Deterministic synthetic corridor networks with the bundled data's
attributes: nodes with kind, label, country, lat, lon; edges with weight,
km, days, mode. Places are scattered over Eurasia and joined to near
neighbours, as corridors join cities.

    python3 bench/gen.py S|M|L OUT.graphml
"""
import math
import random
import sys

SIZES = {"S": (2000, 8000), "M": (100000, 400000), "L": (250000, 1000000)}
KINDS = ["city", "port", "border_crossing", "station", "dry_port"]
COUNTRIES = ["KZ", "UZ", "TM", "KG", "TJ", "CN", "RU", "IR", "AZ", "GE", "TR", "AF", "PK", "IN"]
MODES = ["rail", "road", "sea", "ferry"]


def main(size, out):
    n, m = SIZES[size]
    rnd = random.Random(20261122)
    lat = [rnd.uniform(20, 60) for _ in range(n)]
    lon = [rnd.uniform(25, 120) for _ in range(n)]
    # neighbours on a grid of cells, so edges join nearby places
    cell = max(1, int(math.sqrt(n / 4)))
    grid = {}
    for i in range(n):
        grid.setdefault((int((lat[i] - 20) / 40 * cell), int((lon[i] - 25) / 95 * cell)), []).append(i)
    w = sys.stdout if out == "-" else open(out, "w", encoding="utf-8", buffering=1 << 20)
    w.write('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
            '<key id="kind" for="node" attr.name="kind" attr.type="string"/>\n'
            '<key id="label" for="node" attr.name="label" attr.type="string"/>\n'
            '<key id="country" for="node" attr.name="country" attr.type="string"/>\n'
            '<key id="lat" for="node" attr.name="lat" attr.type="double"/>\n'
            '<key id="lon" for="node" attr.name="lon" attr.type="double"/>\n'
            '<key id="weight" for="edge" attr.name="weight" attr.type="double"/>\n'
            '<key id="km" for="edge" attr.name="km" attr.type="double"/>\n'
            '<key id="days" for="edge" attr.name="days" attr.type="double"/>\n'
            '<key id="mode" for="edge" attr.name="mode" attr.type="string"/>\n'
            '<graph id="G" edgedefault="undirected" parse.nodes="%d" parse.edges="%d">\n' % (n, m))
    for i in range(n):
        w.write('<node id="p%d"><data key="kind">%s</data><data key="label">Place %d</data>'
                '<data key="country">%s</data><data key="lat">%.5f</data><data key="lon">%.5f</data></node>\n'
                % (i, KINDS[i % 5], i, COUNTRIES[i % 14], lat[i], lon[i]))
    keys = list(grid)
    for e in range(m):
        a = rnd.randrange(n)
        ca = (int((lat[a] - 20) / 40 * cell), int((lon[a] - 25) / 95 * cell))
        near = grid.get((ca[0] + rnd.randint(-1, 1), ca[1] + rnd.randint(-1, 1))) or grid[rnd.choice(keys)]
        b = rnd.choice(near)
        la1, lo1, la2, lo2 = map(math.radians, (lat[a], lon[a], lat[b], lon[b]))
        h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
        km = 2 * 6371.0088 * math.asin(min(1, math.sqrt(h))) * rnd.uniform(1.05, 1.5) + 1
        w.write('<edge source="p%d" target="p%d"><data key="weight">%.4f</data><data key="km">%.1f</data>'
                '<data key="days">%.3f</data><data key="mode">%s</data></edge>\n'
                % (a, b, rnd.uniform(0.1, 10), km, km / 500, MODES[e % 4]))
    w.write("</graph>\n</graphml>\n")
    if w is not sys.stdout:
        w.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
