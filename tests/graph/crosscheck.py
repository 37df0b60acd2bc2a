#!/usr/bin/python3
"""Cross-checks stancegraph's graph analyses and exports against networkx and igraph.

usage: crosscheck.py SG_GRAPH_TOOL WORKDIR

sg_graph_tool writes a generated snapshot in every export format plus our PageRank (all, cooperative,
hostile), exact betweenness and signed triad census. This script loads our GraphML with networkx and
computes the same things with the same definitions:
  PageRank: networkx.pagerank on the edge set with weight |w|, alpha 0.85; networkx stops when the L1
            change < n * tol, ours when it is < tolerance, so tol = tolerance / n.
  Betweenness: networkx.betweenness_centrality(G, normalized=False) on the directed graph, unweighted.
  Triad census: triangles of the undirected projection signed by w(a->b) + w(b->a) (0 drops the pair).
It also loads the GraphML in igraph, both GEXF versions in networkx, and the CSV and JSON files.
"""
import csv
import json
import math
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import igraph
import networkx as nx

failures = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        failures.append(what)


def max_diff(ours, theirs):
    return max(abs(ours[k] - theirs.get(k, math.nan)) for k in ours) if ours else 0.0


def census(G):
    pair = {}
    for u, v, d in G.edges(data=True):
        key = (min(u, v), max(u, v))
        pair[key] = pair.get(key, 0.0) + d["weight"]
    adj = {}
    for (a, b), w in pair.items():
        if w != 0:
            s = 1 if w > 0 else -1
            adj.setdefault(a, {})[b] = s
            adj.setdefault(b, {})[a] = s
    counts = {"+++": 0, "+--": 0, "++-": 0, "---": 0}
    for a in adj:
        for b in adj[a]:
            if b <= a:
                continue
            for c in adj[a].keys() & adj[b].keys():
                if c <= b:
                    continue
                positives = (adj[a][b] > 0) + (adj[a][c] > 0) + (adj[b][c] > 0)
                counts[{3: "+++", 1: "+--", 2: "++-", 0: "---"}[positives]] += 1
    return counts


def edge_subgraph(G, keep):
    H = nx.DiGraph()
    H.add_nodes_from(G.nodes)
    for u, v, d in G.edges(data=True):
        if keep(d["weight"]):
            H.add_edge(u, v, weight=abs(d["weight"]))
    return H


def main():
    tool, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    subprocess.run([tool, work], check=True)
    ours = json.load(open(os.path.join(work, "ours.json")))
    G = nx.read_graphml(os.path.join(work, "graph.graphml"))
    n = G.number_of_nodes()
    check(isinstance(G, nx.DiGraph) and n == ours["vertices"] and G.number_of_edges() == ours["edges"],
          f"networkx reads our GraphML: {n} nodes, {G.number_of_edges()} edges")

    tol = ours["tolerance"] / n
    sets = {"all": lambda w: True, "cooperative": lambda w: w > 0, "hostile": lambda w: w < 0}
    for name, keep in sets.items():
        theirs = nx.pagerank(edge_subgraph(G, keep), alpha=0.85, weight="weight", tol=tol, max_iter=100000)
        d = max_diff(ours["pagerank"][name], theirs)
        check(d < 1e-9, f"PageRank ({name}) matches networkx: max |diff| = {d:.2e}")

    theirs = nx.betweenness_centrality(G, normalized=False)
    d = max_diff(ours["betweenness"], theirs)
    check(d < 1e-6 * max(1.0, max(theirs.values())), f"betweenness matches networkx: max |diff| = {d:.2e}")

    c = census(G)
    check(c == ours["census"], f"triad census matches: ours {ours['census']} networkx projection {c}")

    # igraph: the same GraphML, PageRank (PRPACK solves exactly) and betweenness.
    g = igraph.Graph.Read_GraphML(os.path.join(work, "graph.graphml"))
    check(g.vcount() == n and g.ecount() == ours["edges"] and g.is_directed(), "igraph reads our GraphML")
    ids = [str(int(a)) for a in g.vs["actor_id"]]
    pr = g.pagerank(directed=True, damping=0.85, weights=[abs(w) for w in g.es["weight"]])
    d = max_diff(ours["pagerank"]["all"], dict(zip(ids, pr)))
    check(d < 1e-8, f"PageRank (all) matches igraph: max |diff| = {d:.2e}")
    bt = g.betweenness(directed=True)
    d = max_diff(ours["betweenness"], dict(zip(ids, bt)))
    check(d < 1e-6 * max(1.0, max(bt)), f"betweenness matches igraph: max |diff| = {d:.2e}")

    # GEXF: 1.2draft is what networkx reads; our default 1.3 differs in namespace and version only, so
    # networkx reads it once told that namespace.
    draft = nx.read_gexf(os.path.join(work, "graph-1.2draft.gexf"))
    check(draft.number_of_nodes() == n and draft.number_of_edges() == ours["edges"], "networkx reads GEXF 1.2draft")
    spelled = sum(1 for _, _, d in draft.edges(data=True) if d.get("spells"))
    check(spelled == ours["edges"], f"every GEXF edge has spells ({spelled})")
    nx.readwrite.gexf.GEXF.versions["1.3"] = dict(
        nx.readwrite.gexf.GEXF.versions["1.2draft"], NS_GEXF="http://gexf.net/1.3",
        NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3")
    v13 = nx.read_gexf(os.path.join(work, "graph.gexf"), version="1.3")
    check(v13.number_of_edges() == ours["edges"], "networkx reads GEXF 1.3")
    root = ET.parse(os.path.join(work, "graph.gexf")).getroot()
    graph = root.find("{http://gexf.net/1.3}graph")
    check(root.get("version") == "1.3" and graph.get("mode") == "dynamic" and graph.get("timeformat") == "date",
          "GEXF 1.3 is dynamic with date spells")
    weights_match = all(abs(d["net_weight"] - G.edges[u, v]["weight"]) < 1e-12 for u, v, d in v13.edges(data=True))
    check(weights_match, "GEXF net_weight equals GraphML weight on every edge")

    with open(os.path.join(work, "edges.csv"), newline="") as f:
        rows = list(csv.DictReader(f))
    check(len(rows) == ours["edges"] and all(abs(float(r["weight"]) - G.edges[r["source"], r["target"]]["weight"])
                                             < 1e-12 for r in rows), "CSV edge list matches the GraphML")
    with open(os.path.join(work, "nodes.csv"), newline="") as f:
        nodes = list(csv.DictReader(f))
    check(len(nodes) == n and nodes[0]["name"].startswith('Actor "'), "CSV node list has every actor, quotes intact")
    doc = json.load(open(os.path.join(work, "graph.json")))
    check(len(doc["nodes"]) == n and len(doc["edges"]) == ours["edges"], "JSON export parses with every node and edge")
    dot = open(os.path.join(work, "graph.dot")).read()
    check(dot.count(" -> ") == ours["edges"] and dot.rstrip().endswith("}"), "DOT has one line per edge")

    if failures:
        print(f"{len(failures)} check(s) failed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
