"""Runs the benchmark: every task once per round, rounds interleaved so
that a slow spell of the machine touches all tasks alike, then medians
and the ratios the targets speak of.

    python3 bench/run.py [--sizes S,M] [--runs 5] [--bench PATH] [--out FILE]

Networks are generated once into bench/data/ (bench/gen.py). NetworkX is
timed at S and M only, as its reader needs minutes and gigabytes at L.
"""
import argparse
import datetime
import os
import platform
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# betweenness: all pairs at S; beyond, paths up to this many km
CUTOFF = {"S": "-1", "M": "40", "L": "40"}
QUERIES = {"S": "200", "M": "20", "L": "10"}
ROUTER_QUERIES = {"S": "1000", "M": "200", "L": "100"}


def tasks(size, bench):
    c = [bench]
    py = [sys.executable, os.path.join(HERE, "py_bench.py")]
    t = [
        ("sax", c + ["sax"], []),
        ("load-silknet", c + ["load-silknet"], []),
        ("load-igraph", c + ["load-igraph"], []),
        ("load-csv", c + ["load-csv"], []),
        ("save-silknet", c + ["save-silknet"], []),
        ("save-igraph", c + ["save-igraph"], []),
        ("betweenness-silknet", c + ["betweenness-silknet"], [CUTOFF[size]]),
        ("betweenness-igraph", c + ["betweenness-igraph"], [CUTOFF[size]]),
        ("pagerank-silknet", c + ["pagerank-silknet"], []),
        ("pagerank-igraph", c + ["pagerank-igraph"], []),
        ("dijkstra-silknet", c + ["dijkstra-silknet"], []),
        ("dijkstra-igraph", c + ["dijkstra-igraph"], []),
        ("astar", c + ["astar"], [QUERIES[size]]),
        ("astar-dijkstra", c + ["astar-dijkstra"], [QUERIES[size]]),
        ("router-astar", c + ["router-astar"], [ROUTER_QUERIES[size]]),
        ("router-dijkstra", c + ["router-dijkstra"], [ROUTER_QUERIES[size]]),
        ("binding-load", py + ["binding-load"], []),
        ("binding-pagerank", py + ["binding-pagerank"], []),
        ("binding-pagerank-dict", py + ["binding-pagerank-dict"], []),
        ("cli-info", py + ["cli-info"], []),
        ("cli-report", py + ["cli-report"], []),
        ("cli-sampled", py + ["cli-sampled"], []),
    ]
    if size in ("S", "M"):
        t.append(("networkx-load", py + ["networkx-load"], []))
    return t


def run_once(cmd, path, extra):
    out = subprocess.run(cmd + [path] + extra, check=True, capture_output=True, text=True).stdout.split()
    return [float(x) for x in out]


SHAPE_N, SHAPE_M = 100000, 400000
SHAPE_TASKS = ["sax", "load-silknet", "load-igraph", "save-silknet", "save-igraph"]


def run_shapes(a, datadir, say):
    """Load and save on the shapes real tools write, 100k nodes and 400k
    edges each, rounds interleaved across shapes and tasks; medians, the
    spread (min-max) and the ratios of the targets."""
    paths = {}
    for shape in a.shapes.split(","):
        if shape == "numbered":
            path = os.path.join(datadir, "M.graphml")
            if not os.path.exists(path):
                subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "M", path + ".tmp"], check=True)
                os.replace(path + ".tmp", path)
        else:
            path = os.path.join(datadir, "shape-%s.graphml" % shape)
            if not os.path.exists(path):
                subprocess.run([sys.executable, os.path.join(HERE, "shapes.py"), shape, str(SHAPE_N), str(SHAPE_M),
                                path + ".tmp"], check=True)
                os.replace(path + ".tmp", path)
        paths[shape] = path
    res = {(sh, t): [] for sh in paths for t in SHAPE_TASKS}
    for r in range(a.runs):
        for sh, path in paths.items():
            for t in SHAPE_TASKS:
                res[(sh, t)].append(run_once([a.bench, t], path, []))
                print("  shape %s %s round %d: %s" % (sh, t, r + 1, res[(sh, t)][-1]), file=sys.stderr, flush=True)
    say()
    say("### Load and save by file shape (%d nodes, %d edges; %d rounds, medians, min-max)" % (SHAPE_N, SHAPE_M, a.runs))
    say()
    say("| shape | MB | SAX2 s | silknet load s | igraph load s | silknet / SAX2 (<= 1.5) | igraph / silknet (>= 2.5) "
        "| RSS silknet / igraph (<= 1) | save igraph / silknet (>= 2) | silknet GB/s (1 GB/s moonshot) |")
    say("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for sh, path in paths.items():
        def col(t, i=0):
            return [x[i] for x in res[(sh, t)]]
        def med(t, i=0):
            return statistics.median(col(t, i))
        def span(t):
            return "%.3f (%.3f-%.3f)" % (med(t), min(col(t)), max(col(t)))
        mb = os.path.getsize(path) / 1e6
        say("| %s | %.0f | %s | %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f |" % (
            sh, mb, span("sax"), span("load-silknet"), span("load-igraph"),
            med("load-silknet") / med("sax"), med("load-igraph") / med("load-silknet"),
            med("load-silknet", 1) / med("load-igraph", 1), med("save-igraph") / med("save-silknet"),
            mb / 1e3 / med("load-silknet")))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="S,M")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--bench", default=os.path.join(HERE, "bench"))
    ap.add_argument("--out", default=os.path.join(HERE, "results.md"))
    ap.add_argument("--tasks", help="only these tasks (comma-separated)")
    ap.add_argument("--shapes", default="numbered,nx,yed,gephi,attrs30",
                    help="the file shapes of the load table (bench/shapes.py), or 'none'")
    ap.add_argument("--data", default=os.path.join(HERE, "data"), help="where generated networks are kept")
    a = ap.parse_args()
    datadir = a.data
    os.makedirs(datadir, exist_ok=True)
    lines = []

    def say(s=""):
        print(s, flush=True)
        lines.append(s)

    say("silknet benchmark, %s, %s, %d cores, runs %d (medians)" % (
        datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        platform.platform(), os.cpu_count(), a.runs))
    for size in ([] if a.sizes == "none" else a.sizes.split(",")):
        path = os.path.join(datadir, size + ".graphml")
        if not os.path.exists(path):
            subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), size, path + ".tmp"], check=True)
            os.replace(path + ".tmp", path)
        if not os.path.exists(path[:-8] + "-tables/edges.csv"):
            subprocess.run([a.bench, "to-csv", path], check=True)
        ts = tasks(size, a.bench)
        if a.tasks:
            ts = [t for t in ts if t[0] in a.tasks.split(",")]
        res = {name: [] for name, _, _ in ts}
        for r in range(a.runs):
            for name, cmd, extra in ts:
                if name == "networkx-load" and size == "M" and r >= 3:
                    continue  # a minute each: three rounds suffice
                res[name].append(run_once(cmd, path, extra))
                print("  %s %s round %d: %s" % (size, name, r + 1, res[name][-1]), file=sys.stderr, flush=True)
        med = {k: [statistics.median(col) for col in zip(*v)] for k, v in res.items()}
        say()
        say("### %s: %s (%.0f MB)" % (size, os.path.basename(path), os.path.getsize(path) / 1e6))
        say()
        say("| task | median s | peak RSS MB | note |")
        say("|---|---:|---:|---|")
        for name, _, _ in ts:
            m = med[name]
            note = ""
            if name.startswith("astar"):
                note = "settled per query %d; %d/%d routes found, %d differ from Dijkstra's cost" % (
                    m[2], m[3], int(QUERIES[size]), m[4])
            elif name.startswith("router"):
                q = int(ROUTER_QUERIES[size])
                note = "%d queries, %.2f ms each with the preparation; settled per query %d; %d differ from the %s" % (
                    q, m[0] / q * 1e3, m[2], m[4], "Dijkstra router" if name == "router-astar" else "A* router")
            say("| %s | %.3f | %.1f | %s |" % (name, m[0], m[1] / 1024, note))
        t = {k: v[0] for k, v in med.items()}
        rss = {k: v[1] for k, v in med.items()}

        def ratio(label, x, target):
            try:
                say("| %s | %.2f | %s |" % (label, x(), target))
            except KeyError:
                pass  # a task not run at this size

        say()
        say("| ratio (%s) | value | target |" % size)
        say("|---|---:|---|")
        ratio("load: silknet / bare SAX2 parse", lambda: t["load-silknet"] / t["sax"], "<= 1.25 at L")
        ratio("load: igraph / silknet", lambda: t["load-igraph"] / t["load-silknet"], ">= 4.5 at L")
        ratio("load: NetworkX / silknet", lambda: t["networkx-load"] / t["load-silknet"], ">= 40 at M")
        ratio("load peak RSS: silknet / igraph", lambda: rss["load-silknet"] / rss["load-igraph"], "<= 1")
        ratio("load: CSV tables / GraphML (silknet)", lambda: t["load-csv"] / t["load-silknet"], "<= 1 at L")
        ratio("load peak RSS: CSV tables / GraphML", lambda: rss["load-csv"] / rss["load-silknet"], "(no target)")
        ratio("save: igraph / silknet", lambda: t["save-igraph"] / t["save-silknet"], ">= 2 at L")
        for m in ("betweenness", "pagerank", "dijkstra"):
            ratio("%s: silknet / igraph" % m, lambda m=m: t[m + "-silknet"] / t[m + "-igraph"], "<= 1.05")
        ratio("Python binding / C: load", lambda: t["binding-load"] / t["load-silknet"], "<= 1.10")
        ratio("Python binding / C: pagerank as a list", lambda: t["binding-pagerank"] / t["pagerank-silknet"], "<= 1.10")
        ratio("Python binding / C: pagerank as {id: score}", lambda: t["binding-pagerank-dict"] / t["pagerank-silknet"],
              "(no target)")
        ratio("report: seconds", lambda: t["cli-report"], "< 10 at 10k/40k, < 60 at M (100k/400k)")
        ratio("report peak RSS / the command's load", lambda: rss["cli-report"] / rss["cli-info"], "<= 2")
        ratio("betweenness from 500 sources: seconds", lambda: t["cli-sampled"], "(no target)")
        ratio("settled: Dijkstra / A*", lambda: med["astar-dijkstra"][2] / max(med["astar"][2], 1), ">= 3")
        ratio("time: A* / Dijkstra", lambda: t["astar"] / t["astar-dijkstra"], "(no target)")
        ratio("settled through routers: Dijkstra / A*",
              lambda: med["router-dijkstra"][2] / max(med["router-astar"][2], 1), ">= 3")
        ratio("time through routers: Dijkstra / A*", lambda: t["router-dijkstra"] / t["router-astar"], "(no target)")
        ratio("time per query: one-shot A* / A* router",
              lambda: (t["astar"] / int(QUERIES[size])) / (t["router-astar"] / int(ROUTER_QUERIES[size])),
              "(no target)")
    if a.shapes != "none":
        run_shapes(a, datadir, say)
    with open(a.out, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
