"""Which route to Europe survives if a country closes its border?

    PYTHONPATH=bindings/python python3 examples/python/corridors.py data/central-asia-corridors.graphml
"""
import sys

import silknet

path = sys.argv[1] if len(sys.argv) > 1 else "data/central-asia-corridors.graphml"
freight = {"mode": ["pipeline", "fibre"]}
with silknet.load(path) as g:
    best = g.route("Tashkent", "Istanbul", cost="days", avoid=freight)[0]
    print("best: %.1f days via %s" % (best.cost, ", ".join(best.path)))
    for country in ("RU", "IR", "AZ", "GE", "TR"):
        try:
            r = g.route("Tashkent", "Istanbul", cost="days", avoid=dict(freight, country=country))[0]
            print("without %s: %.1f days (+%.1f)" % (country, r.cost, r.cost - best.cost))
        except silknet.NoPathError:
            print("without %s: no route" % country)
        except silknet.Error as e:  # e.g. the destination itself is closed
            print("without %s: %s" % (country, e))
