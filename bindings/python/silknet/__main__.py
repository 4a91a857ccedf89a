"""python3 -m silknet [FILE...]: a short report from Python, on the bundled
data (found through $SILKNET_DATA, the installed data or the source tree)
or on the given GraphML files."""
import os
import sys

import silknet


def _data(name):
    here = os.path.dirname(os.path.abspath(__file__))
    dirs = [os.environ.get("SILKNET_DATA"), os.path.join(here, "..", "..", "..", "data"),
            "/usr/local/share/silknet", "/usr/share/silknet"]
    for d in dirs:
        if d and os.path.exists(os.path.join(d, name)):
            return os.path.normpath(os.path.join(d, name))
    return None


def report(path, out=sys.stdout):
    g = silknet.load(path)
    keys = {(k["for"], k["name"]) for k in g.keys()}
    print("%s: %d vertices, %d edges" % (path, len(g), g.edge_count), file=out)
    descriptions = silknet.measures()
    for m in ("degree", "betweenness", "pagerank"):
        top = sorted(g.centrality(m).items(), key=lambda kv: -kv[1])[:5]
        print("%s: %s" % (m, descriptions[m]), file=out)
        print("  " + "   ".join("%s %.4g" % (g.attrs("node", v).get("label", v), x) for v, x in top), file=out)
    if ("node", "region") in keys:
        b = g.centrality("brokerage", group="region", from_group="East Asia", to_group="Central Asia")
        top = [kv for kv in sorted(b.items(), key=lambda kv: -kv[1]) if kv[1] > 0][:5]
        print("brokers from East Asia to Central Asia:", file=out)
        print("  " + "   ".join("%s %d" % (g.attrs("node", v).get("label", v), x) for v, x in top), file=out)
    if ("edge", "days") in keys and "TAS" in g and "IST" in g:
        r = g.route("TAS", "IST", cost="days", avoid={"country": ["RU", "IR"], "mode": ["pipeline", "fibre"]})[0]
        print("Tashkent to Istanbul avoiding Russia and Iran: %.1f days, %.0f km" % (r.cost, r.totals["km"]),
              file=out)
        print("  " + " - ".join(r.path), file=out)
    g.close()


def main(argv):
    files = argv or [p for p in (_data("central-asia-actors.graphml"), _data("central-asia-corridors.graphml")) if p]
    if not files:
        print("silknet: the bundled data were not found: set SILKNET_DATA", file=sys.stderr)
        return 1
    try:
        for i, f in enumerate(files):
            if i:
                print()
            report(f)
    except silknet.Error as e:
        print("silknet: %s" % e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
