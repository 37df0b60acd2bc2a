#!/usr/bin/python3
"""Runs graph_bench's analyses in igraph and networkx on the same graph and prints ratios.

usage: graph_compare.py GRAPH.edges OURS.json
       graph_compare.py --igraph-pagerank GRAPH.edges   (internal: igraph build and PageRank medians)
GRAPH.edges: "n m" then one "source target weight" line per dyad (vertex indices, signed net weight),
written by graph_bench from its snapshot; OURS.json: graph_bench's medians in seconds.
Same work as ours: graph construction from the dyad arrays, weighted PageRank (|w|, alpha 0.85,
dangling uniform; networkx stops at L1 change < n * tol, so tol = 1e-10 / n; igraph's PRPACK solves
directly, timed with its default OpenMP threads and with one thread, the faster counting), unweighted
directed betweenness (exact, or from the same number of sampled sources), and
the signed triad census (triangles listed by the library, signs classified in Python).
"""
import json
import os
import random
import subprocess
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


def read_edges(path):
    with open(path) as f:
        n, _ = map(int, f.readline().split())
        src, dst, weight = [], [], []
        for line in f:
            a, b, w = line.split()
            src.append(int(a))
            dst.append(int(b))
            weight.append(float(w))
    return n, src, dst, weight


def igraph_pagerank(n, pairs, absw):
    """Median seconds of igraph's graph construction and PageRank, and the graph."""
    t_build, g = timed(lambda: igraph.Graph(n=n, edges=pairs, directed=True, edge_attrs={"w": absw}), 3)
    t_pr, _ = timed(lambda: g.pagerank(directed=True, damping=0.85, weights="w"), 3)
    return t_build, t_pr, g


def igraph_single_thread(edges_path):
    """The same in a child process with OMP_NUM_THREADS=1 (it must be set before igraph loads)."""
    env = dict(os.environ, OMP_NUM_THREADS="1")
    out = subprocess.run([sys.executable, __file__, "--igraph-pagerank", edges_path], env=env, check=True,
                         capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1])


def main():
    if sys.argv[1] == "--igraph-pagerank":
        n, src, dst, weight = read_edges(sys.argv[2])
        t_build, t_pr, _ = igraph_pagerank(n, list(zip(src, dst)), [abs(w) for w in weight])
        print(t_build, t_pr)
        return
    edges_path, ours_path = sys.argv[1], sys.argv[2]
    ours = json.load(open(ours_path))
    n, src, dst, weight = read_edges(edges_path)
    m = len(src)
    pairs = list(zip(src, dst))
    absw = [abs(w) for w in weight]
    print(f"-- igraph {igraph.__version__} / networkx {nx.__version__} on the same {n} actors, {m} dyads "
          f"(median seconds; ratio = their time / ours)")

    rows = []
    # Debian's igraph runs PageRank with OpenMP threads, which spin badly when other processes hold the
    # cores: each of its times is the faster of the default and of a single thread.
    t_ig_build, t_ig_pr, g = igraph_pagerank(n, pairs, absw)
    t_ig_build_1, t_ig_pr_1 = igraph_single_thread(edges_path)
    t_ig_build, t_ig_pr = min(t_ig_build, t_ig_build_1), min(t_ig_pr, t_ig_pr_1)

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
    rows.append(("cold + PageRank", ours["cold"] + ours["pagerank"], t_ig_build + t_ig_pr, t_nx_build + t_nx_pr,
                 "ours also reads the window from SQLite; theirs start from in-memory lists"))

    if "betweenness_sources" not in ours:  # graph_bench --snapshot-only
        print_rows(rows)
        return
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

    print_rows(rows)


def print_rows(rows):
    print(f"{'analysis':18} {'ours':>10} {'igraph':>10} {'ratio':>9} {'networkx':>10} {'ratio':>9}")
    for name, o, i, x, note in rows:
        ig = f"{i:10.4f}" if i == i else "       n/a"
        print(f"{name:18} {o:10.4f} {ig} {ratio(i, o) if i == i else '     n/a'} {x:10.4f} {ratio(x, o)}  {note}")


if __name__ == "__main__":
    random.seed(1)
    main()
