"""One Python measurement per process, printed as "seconds max_rss_kib":

    python3 bench/py_bench.py networkx-load FILE
    python3 bench/py_bench.py binding-load FILE
    python3 bench/py_bench.py binding-pagerank FILE       (a list, as the C call gives)
    python3 bench/py_bench.py binding-pagerank-dict FILE  ({vertex id: score})
    python3 bench/py_bench.py cli-info FILE               (silknet info: the command's load)
    python3 bench/py_bench.py cli-report FILE             (silknet report --no-svg)
    python3 bench/py_bench.py cli-sampled FILE            (betweenness from 500 sources)

The cli- tasks run the command ($SILKNET, else cli/silknet beside bench/)
and report its own time and peak memory.

The binding tasks time the same work as bench/bench's load-silknet and
pagerank-silknet, so their ratio is the binding's own cost.
"""
import os
import resource
import sys
import time


def main(task, path):
    if task == "networkx-load":
        import networkx

        t0 = time.perf_counter()
        networkx.read_graphml(path)
        t1 = time.perf_counter()
    elif task.startswith("binding-"):
        import silknet

        t0 = time.perf_counter()
        g = silknet.load(path)
        t1 = time.perf_counter()
        if task != "binding-load":
            # the igraph graph is built on the first metric, as bench/bench
            # builds it before its clock starts
            g.scores("degree")
        if task != "binding-load":
            # the best of five calls, as bench/bench takes for the C call
            best = float("inf")
            for _ in range(5):
                t0 = time.perf_counter()
                if task == "binding-pagerank":
                    g.scores("pagerank")
                else:
                    g.centrality("pagerank")
                best = min(best, time.perf_counter() - t0)
            t0, t1 = 0.0, best
        g.close()
    elif task.startswith("cli-"):
        import subprocess
        import tempfile

        here = os.path.dirname(os.path.abspath(__file__))
        cli = os.environ.get("SILKNET", os.path.join(here, "..", "cli", "silknet"))
        args = {"cli-info": ["info", path],
                "cli-report": ["report", path, "--no-svg"],
                "cli-sampled": ["centrality", path, "--measure", "betweenness", "--sample", "500", "--top", "5"]}
        with tempfile.TemporaryDirectory() as d:
            if task == "cli-report":
                args[task] += ["-o", d]
            t0 = time.perf_counter()
            subprocess.run([cli] + args[task], check=True, stdout=subprocess.DEVNULL)
            t1 = time.perf_counter()
        print("%.6f %d" % (t1 - t0, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
        return
    else:
        sys.exit("unknown task " + task)
    print("%.6f %d" % (t1 - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
