#!/usr/bin/python3
"""Runs graph_bench's analyses in igraph and networkx on the same graph and prints ratios.

usage: graph_compare.py GRAPH.edges OURS.json
GRAPH.edges: "n m" then one "source target weight" line per dyad (vertex indices, signed net weight),
written by graph_bench from its snapshot; OURS.json: graph_bench's medians in seconds.
Same work as ours: graph construction from the dyad arrays, weighted PageRank (|w|, alpha 0.85,
dangling uniform; networkx stops at L1 change < n * tol, so tol = 1e-10 / n; igraph's PRPACK solves
directly), unweighted directed betweenness (exact, or from the same number of sampled sources), and
the signed triad census (triangles listed by the library, signs classified in Python).
"""
import json
import random
import sys
import time

import igraph
import networkx as nx


def timed(f, runs=1):
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = f()
        times.append(time.perf_counter() - start)
    times.sort()
    return times[len(times) // 2], result


def ratio(theirs, ours):
    return f"{theirs / ours:8.1f}x" if ours > 0 else "     n/a"


def main():
    edges_path, ours_path = sys.argv[1], sys.argv[2]
    ours = json.load(open(ours_path))
    with open(edges_path) as f:
        n, m = map(int, f.readline().split())
        src, dst, weight = [], [], []
        for line in f:
            a, b, w = line.split()
            src.append(int(a))
            dst.append(int(b))
            weight.append(float(w))
    pairs = list(zip(src, dst))
    absw = [abs(w) for w in weight]
    print(f"-- igraph {igraph.__version__} / networkx {nx.__version__} on the same {n} actors, {m} dyads "
          f"(median seconds; ratio = their time / ours)")

    rows = []
    t_ig_build, g = timed(lambda: igraph.Graph(n=n, edges=pairs, directed=True, edge_attrs={"w": absw}), 3)
    t_ig_pr, _ = timed(lambda: g.pagerank(directed=True, damping=0.85, weights="w"), 3)

    def nx_build():
        G = nx.DiGraph()
        G.add_nodes_from(range(n))
        G.add_weighted_edges_from(zip(src, dst, absw))
        return G

    t_nx_build, G = timed(nx_build, 1)
    t_nx_pr, _ = timed(lambda: nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-10 / n, max_iter=100000), 1)
    rows.append(("PageRank", ours["pagerank"], t_ig_pr, t_nx_pr, ""))
    rows.append(("build + PageRank", ours["build"] + ours["pagerank"], t_ig_build + t_ig_pr, t_nx_build + t_nx_pr,
                 "ours: CSR from raw observations"))

    k = ours["betweenness_sources"]
    if ours["betweenness_exact"]:
        t_ig_bt, _ = timed(lambda: g.betweenness(directed=True))
        nx_k = min(k, 200)
        t_nx_bt, _ = timed(lambda: nx.betweenness_centrality(G, k=nx_k, normalized=False, seed=1))
        t_nx_bt *= k / nx_k
        note = f"exact; networkx timed on {nx_k} sources, scaled to {k}"
        rows.append(("betweenness", ours["betweenness"], t_ig_bt, t_nx_bt, note))
    else:
        nx_k = min(k, 8)
        t_nx_bt, _ = timed(lambda: nx.betweenness_centrality(G, k=nx_k, normalized=False, seed=1))
        t_nx_bt *= k / nx_k
        rows.append(("betweenness", ours["betweenness"], float("nan"), t_nx_bt,
                     f"{k} sampled sources; python-igraph 0.10 has no source-sampled betweenness (skipped); "
                     f"networkx timed on {nx_k} sources, scaled to {k}"))

    sign = {}
    for a, b, w in zip(src, dst, weight):
        key = (a, b) if a < b else (b, a)
        sign[key] = sign.get(key, 0.0) + w
    signed = [(a, b) for (a, b), w in sign.items() if w != 0]
    s = {(a, b): (1 if w > 0 else -1) for (a, b), w in sign.items() if w != 0}

    def classify(triangles):
        counts = [0, 0, 0, 0]
        for a, b, c in triangles:
            a, b, c = sorted((a, b, c))
            counts[(s[a, b] > 0) + (s[a, c] > 0) + (s[b, c] > 0)] += 1
        return counts

    u = igraph.Graph(n=n, edges=signed, directed=False)
    t_ig_census, ig_counts = timed(lambda: classify(u.list_triangles()))
    U = nx.Graph(signed)

    def nx_census():
        tri = []
        for a in U:
            na = U[a]
            for b in na:
                if b > a:
                    tri.extend((a, b, c) for c in na.keys() & U[b].keys() if c > b)
        return classify(tri)

    t_nx_census, nx_counts = timed(nx_census)
    same = sum(ig_counts) == ours["triangles"] == sum(nx_counts)
    rows.append(("triad census", ours["census"], t_ig_census, t_nx_census,
                 "triangle counts agree" if same else f"COUNTS DIFFER: {sum(ig_counts)} {ours['triangles']}"))

    print(f"{'analysis':18} {'ours':>10} {'igraph':>10} {'ratio':>9} {'networkx':>10} {'ratio':>9}")
    for name, o, i, x, note in rows:
        ig = f"{i:10.4f}" if i == i else "       n/a"
        print(f"{name:18} {o:10.4f} {ig} {ratio(i, o) if i == i else '     n/a'} {x:10.4f} {ratio(x, o)}  {note}")


if __name__ == "__main__":
    random.seed(1)
    main()
