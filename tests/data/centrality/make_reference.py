"""Writes the centrality fixtures and their reference values.

Run with Debian's python3-networkx and python3-igraph:
    /usr/bin/python3 make_reference.py
Every value comes from NetworkX, python-igraph or, for the measures neither
has (Opsahl's, concentration), from the textbook formula over NetworkX's
degrees, strengths and paths: never from silknet.
"""
import json
import random
from fractions import Fraction

import igraph as ig
import networkx as nx
from networkx.algorithms.link_analysis.hits_alg import hits as nx_hits

EXACT, ITERATIVE = 1e-9, 1e-6


def fixtures():
    k = nx.karate_club_graph()
    karate = nx.Graph()
    for u, v, d in k.edges(data=True):
        karate.add_edge(f"m{u}", f"m{v}", weight=float(d["weight"]))
    for u in karate:
        karate.nodes[u]["club"] = k.nodes[int(u[1:])]["club"]
    flor = nx.Graph()
    flor.add_edges_from(nx.florentine_families_graph().edges())
    lesmis = nx.Graph()
    for u, v, d in nx.les_miserables_graph().edges(data=True):
        lesmis.add_edge(u, v, weight=float(d["weight"]))
    davis = nx.Graph()
    dw = nx.davis_southern_women_graph()
    for u, v in dw.edges():
        davis.add_edge(u, v)
    for u in davis:
        davis.nodes[u]["group"] = "women" if dw.nodes[u]["bipartite"] == 0 else "events"
    # a weighted directed network, strongly connected, with groups
    rnd = random.Random(7)
    d = nx.DiGraph()
    n = 30
    for i in range(n):
        d.add_edge(f"a{i}", f"a{(i + 1) % n}", weight=float(rnd.randint(1, 9)))
    while d.number_of_edges() < 110:
        u, v = rnd.sample(range(n), 2)
        if not d.has_edge(f"a{u}", f"a{v}"):
            d.add_edge(f"a{u}", f"a{v}", weight=float(rnd.randint(1, 9)))
    for i in range(n):
        d.nodes[f"a{i}"]["group"] = "ABC"[i % 3]
    return {"karate": karate, "florentine": flor, "lesmis": lesmis, "davis": davis, "directed": d}


def inv(G, attr, alpha=1.0, exact=False):
    """distance = 1 / strength^alpha. With exact, as Fractions: floating-point
    sums such as 1/3 + 1/3 + 1/3 would otherwise miss ties that are ties, and
    NetworkX compares path lengths exactly."""
    H = G.copy()
    for u, v, dd in H.edges(data=True):
        dd["dist"] = Fraction(1) / Fraction(dd[attr]) if exact else 1.0 / dd[attr] ** alpha
    return H


def cases(name, G, path):
    weighted = any("weight" in dd for *_, dd in G.edges(data=True))
    directed = G.is_directed()
    gi = ig.Graph.Read_GraphML(path)
    ids = gi.vs["id"]
    n = G.number_of_nodes()
    out = []

    def add(args, measure, values, tol=EXACT):
        def key(k):
            if isinstance(k, tuple):  # an edge: "source<TAB>target", sorted when undirected
                return "\t".join(k if directed else sorted(k))
            return str(k)
        out.append({"args": args, "measure": measure, "tol": tol,
                    "values": {key(k): float(v) for k, v in values.items()}})

    def igv(vals):
        return dict(zip(ids, vals))

    W = ["--weight", "weight", "--weight-is", "strength"]
    D = ["--weight", "weight", "--weight-is", "distance"]
    add([], "degree", dict(G.degree()))
    add(["--normalized"], "degree", nx.degree_centrality(G))
    add([], "betweenness", nx.betweenness_centrality(G, normalized=False))
    add(["--normalized"], "betweenness", nx.betweenness_centrality(G, normalized=True))
    add([], "edge_betweenness", nx.edge_betweenness_centrality(G, normalized=False))
    add(["--normalized"], "edge_betweenness", nx.edge_betweenness_centrality(G, normalized=True))
    mode = ["--mode", "in"] if directed else []
    add(["--normalized"] + mode, "closeness", nx.closeness_centrality(G))
    add(mode, "closeness", igv(gi.closeness(mode="in" if directed else "all", normalized=False)))
    add(mode, "harmonic", nx.harmonic_centrality(G))
    add(["--normalized"] + mode, "harmonic", {k: v / (n - 1) for k, v in nx.harmonic_centrality(G).items()})
    add(["--normalized"], "eigenvector", nx.eigenvector_centrality_numpy(G), ITERATIVE)
    add([], "eigenvector", igv(gi.eigenvector_centrality(scale=True, directed=directed)), ITERATIVE)
    add([], "pagerank", nx.pagerank(G, alpha=0.85, weight=None, tol=1e-14, max_iter=100000), ITERATIVE)
    first = sorted(G.nodes)[:2]
    add(["--personalize", ",".join(first)], "pagerank",
        nx.pagerank(G, alpha=0.85, weight=None, personalization={v: 1 for v in first}, tol=1e-14,
                    max_iter=100000), ITERATIVE)
    add(["--damping", "0.5"], "pagerank", nx.pagerank(G, alpha=0.5, weight=None, tol=1e-14), ITERATIVE)
    if name != "davis":
        # NetworkX's hits reads 'weight' unless told otherwise; bipartite graphs
        # (davis) have no unique hub vector
        U = nx.DiGraph(G.edges()) if directed else nx.Graph(G.edges())
        h, a = nx_hits(U, max_iter=100000, tol=1e-14)
        add(["--normalized"], "hub", h, ITERATIVE)
        add(["--normalized"], "authority", a, ITERATIVE)
        add([], "hub", igv(gi.hub_score(scale=True)), ITERATIVE)
        add([], "authority", igv(gi.authority_score(scale=True)), ITERATIVE)
    add([], "constraint", nx.constraint(G))
    if not directed:
        add([], "coreness", nx.core_number(G))
        add([], "clustering", nx.clustering(G))
    if weighted:
        H = inv(G, "weight")
        X = inv(G, "weight", exact=True)
        add(W, "strength", dict(G.degree(weight="weight")))
        add(W, "betweenness", nx.betweenness_centrality(X, weight="dist", normalized=False))
        add(W + ["--normalized"], "betweenness", nx.betweenness_centrality(X, weight="dist", normalized=True))
        add(D, "betweenness", nx.betweenness_centrality(G, weight="weight", normalized=False))
        add(W, "edge_betweenness", nx.edge_betweenness_centrality(X, weight="dist", normalized=False))
        add(W + ["--normalized"] + mode, "closeness", nx.closeness_centrality(H, distance="dist"))
        add(D + ["--normalized"] + mode, "closeness", nx.closeness_centrality(G, distance="weight"))
        add(W + mode, "harmonic", nx.harmonic_centrality(H, distance="dist"))
        add(W + ["--normalized"], "eigenvector", nx.eigenvector_centrality_numpy(G, weight="weight"), ITERATIVE)
        add(W, "pagerank", nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-14, max_iter=100000), ITERATIVE)
        if name != "davis":
            h, a = nx_hits(G, max_iter=100000, tol=1e-14)  # weighted
            add(W + ["--normalized"], "hub", h, ITERATIVE)
            add(W + ["--normalized"], "authority", a, ITERATIVE)
        add(W, "constraint", nx.constraint(G, weight="weight"))
        if not directed:
            add(W, "clustering", igv(gi.transitivity_local_undirected(mode="zero", weights="weight")))
        for alpha in (0.5, 1.5):
            A = ["--alpha", str(alpha)]
            k, s = dict(G.degree()), dict(G.degree(weight="weight"))
            add(W + A, "opsahl_degree", {v: (k[v] ** (1 - alpha)) * (s[v] ** alpha) if k[v] else 0 for v in G})
            Ha = inv(G, "weight", alpha)
            # 1/w^alpha is irrational: NetworkX's exact comparison would split
            # ties; python-igraph compares path lengths as silknet does
            gi.es["dist"] = [1.0 / w ** alpha for w in gi.es["weight"]]
            add(W + A, "opsahl_betweenness", igv(gi.betweenness(weights="dist", directed=directed)))
            add(W + A + ["--normalized"] + mode, "opsahl_closeness", nx.closeness_centrality(Ha, distance="dist"))
        conc = {}
        for v in G:
            share = {}
            nbrs = list(G.out_edges(v, data=True)) + list(G.in_edges(v, data=True)) if directed else \
                list(G.edges(v, data=True))
            for a_, b_, dd in nbrs:
                u = b_ if a_ == v else a_
                share[u] = share.get(u, 0) + dd["weight"]
            tot = sum(share.values())
            conc[v] = sum((x / tot) ** 2 for x in share.values()) if tot else float("nan")
        add(W, "concentration", conc)
    return out


def main():
    for name, G in fixtures().items():
        path = f"{name}.graphml"
        nx.write_graphml(G, path)
        ref = {"file": path, "generator": "NetworkX %s, python-igraph %s" % (nx.__version__, ig.__version__),
               "cases": cases(name, G, path)}
        with open(f"{name}.json", "w") as f:
            json.dump(ref, f, indent=1, sort_keys=True)
        print(name, len(ref["cases"]), "cases")


if __name__ == "__main__":
    main()
