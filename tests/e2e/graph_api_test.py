"""End-to-end tests of the graph endpoints (/v1/graph/*, /v1/actors/{ref}/relations) and of
`stancegraph export --format graphml|gexf|dot|csv|json --snapshot`, against the real binary.
Usage: graph_api_test.py BINARY [test names...]

The fixture is a small conflict whose answers are worked out by hand below. Actors get ids in the
order they first appear: 1 Levant Dawn, 2 Syria, 3 Iran, 4 Russia, 5 Turkey.
Undirected signed pairs over all time (confidence >= 0.5):
  LD-Syria  -20 (attacks both ways)   Iran-Syria   +7     Russia-Syria +16 (allies_with, both ways)
  Turkey-LD  -5 (+5 backs 2015, -10 attacks 2016)     Turkey-Russia -2    Turkey-Syria -7
  Iran-Turkey +6 (negotiates, both ways, 2016)
Triangles: {LD,Syria,Turkey} ---, {Syria,Russia,Turkey} +--, {Syria,Iran,Turkey} ++-.
"""
import csv
import io
import math
import subprocess
import sys
import urllib.parse
import xml.etree.ElementTree as ET

from sgtest import Server, expect_error, run, tests_of

BINARY = sys.argv[1]
srv = None
CONF = {"min_confidence": "0.5"}  # leaves out the one low-confidence edge

EDGES = [
    ("Levant Dawn", "attacks", "Syria", "2015-03-01"),
    ("Iran", "aids", "Syria", "2015-03-05"),
    ("Russia", "allies_with", "Syria", "2015-04-01"),
    ("Turkey", "backs", "Levant Dawn", "2015-05-01"),
    ("Syria", "attacks", "Levant Dawn", "2015-06-01"),
    ("Turkey", "condemns", "Russia", "2015-06-10"),
    ("Turkey", "sanctions", "Syria", "2015-07-01"),
    ("Iran", "negotiates", "Turkey", "2016-02-01"),
    ("Turkey", "attacks", "Levant Dawn", "2016-03-01"),
]


def q(path, **params):
    return path + "?" + urllib.parse.urlencode(params, doseq=True)


def get_ok(path, **params):
    status, body, headers = srv.get(q(path, **params) if params else path)
    assert status == 200, (status, body)
    return body


def names(actors):
    return [a["name"] for a in actors]


def setup():
    edges = [{"source": s, "relation": r, "target": t, "date": d, "evidence": "e2e", "create": True}
             for s, r, t, d in EDGES]
    edges.append({"source": "Iran", "relation": "threatens", "target": "Levant Dawn", "date": "2015-08-01",
                  "evidence": "unsure", "confidence": 0.3})
    status, body, _ = srv.post("/v1/edges", {"edges": edges})
    assert status == 201, body


def test_graph_shape():
    body = get_ok("/v1/graph", **CONF)
    assert [n["name"] for n in body["nodes"]] == ["Levant Dawn", "Syria", "Iran", "Russia", "Turkey"]
    assert set(body["nodes"][0]) >= {"id", "slug", "name"}
    edges = {(e["source"], e["target"]): e for e in body["edges"]}
    assert edges[(2, 4)]["weight"] == 8 and edges[(4, 2)]["weight"] == 8  # allies_with holds both ways
    turkey_ld = edges[(5, 1)]  # backs (+5) then attacks (-10)
    assert turkey_ld["weight"] == -5 and turkey_ld["sign"] == -1
    assert turkey_ld["counts"] == {"attacks": 1, "backs": 1}
    assert turkey_ld["first_date"] == "2015-05-01" and turkey_ld["last_date"] == "2016-03-01"
    assert body["window"]["from"] == "2015-03-01" and body["window"]["to"] == "2016-03-01"
    assert len(get_ok("/v1/graph")["edges"]) == len(body["edges"]) + 1  # the 0.3-confidence threat


def test_window_filters_and_decay():
    body = get_ok("/v1/graph", relation="attacks")
    assert sorted((e["source"], e["target"]) for e in body["edges"]) == [(1, 2), (2, 1), (5, 1)]
    body = get_ok("/v1/graph", polarity="cooperative", to="2015-12-31")
    assert all(e["sign"] == 1 for e in body["edges"]) and len(body["edges"]) == 4  # aids, allies x2, backs
    # at + window: 10 days ending 2015-03-10 -> 03-01..03-10. half_life 10 days, decay from the end:
    # attacks on 03-01: -10 * 0.5^(9/10); aids on 03-05: 7 * 0.5^(5/10).
    body = get_ok("/v1/graph", at="2015-03-10", window="10", half_life="10")
    assert body["window"]["from"] == "2015-03-01" and body["window"]["half_life"] == 10
    edges = {(e["source"], e["target"]): e["weight"] for e in body["edges"]}
    assert math.isclose(edges[(1, 2)], -10 * 0.5 ** 0.9, rel_tol=1e-12)
    assert math.isclose(edges[(3, 2)], 7 * 0.5 ** 0.5, rel_tol=1e-12)


def test_bad_windows():
    expect_error(srv.get(q("/v1/graph", **{"from": "2016-01-01", "to": "2015-01-01"})), 400, "invalid_window", "from")
    expect_error(srv.get(q("/v1/graph", at="2016-01-01", to="2016-02-01")), 400, "invalid_window", "at")
    expect_error(srv.get(q("/v1/graph", window="7")), 400, "invalid_window", "window")
    expect_error(srv.get(q("/v1/graph/blocs", at="2015-13-45")), 400, "invalid_date", "at")
    expect_error(srv.get(q("/v1/graph/balance", half_life="-1")), 400, "invalid_field", "half_life")
    expect_error(srv.get(q("/v1/graph", relation="hates")), 400, "unknown_relation", "relation")
    expect_error(srv.get(q("/v1/graph", relation="attacks", polarity="cooperative")), 400, "invalid_field", "polarity")
    expect_error(srv.get(q("/v1/graph/centrality", min_confidence="2")), 400, "invalid_field", "min_confidence")
    expect_error(srv.get(q("/v1/graph", limit="5")), 400, "unknown_field", "limit")


def test_centrality():
    body = get_ok("/v1/graph/centrality", metric="pagerank", **CONF)
    scores = [s["score"] for s in body["scores"]]
    assert scores == sorted(scores, reverse=True) and math.isclose(sum(scores), 1.0, rel_tol=1e-9)
    assert body["scores"][0]["actor"]["name"] == "Syria" and body["converged"] is True
    body = get_ok("/v1/graph/centrality", metric="degree", graph="hostile", limit="2", **CONF)
    # Hostile dyads: LD->Syria, Syria->LD, Turkey->LD, Turkey->Russia, Turkey->Syria.
    # Total hostile degree: Turkey 3, LD 3, Syria 3 -> ties by id: LD, Syria.
    assert names(a["actor"] for a in body["scores"]) == ["Levant Dawn", "Syria"]
    assert body["scores"][0]["in_degree"] == 2 and body["scores"][0]["in_strength"] == 15
    body = get_ok("/v1/graph/centrality", metric="betweenness", **CONF)
    assert body["exact"] is True and body["sample_size"] == 5
    # Directed, unweighted: Syria is the only way from Iran/LD/Turkey to Russia and from Russia to LD.
    assert body["scores"][0]["actor"]["name"] == "Syria" and body["scores"][0]["score"] > 0
    body = get_ok("/v1/graph/centrality", metric="betweenness", samples="2", **CONF)
    assert body["exact"] is False and body["sample_size"] == 2
    expect_error(srv.get(q("/v1/graph/centrality", metric="closeness")), 400, "invalid_field", "metric")
    expect_error(srv.get(q("/v1/graph/centrality", graph="friendly")), 400, "invalid_field", "graph")


def test_blocs():
    body = get_ok("/v1/graph/blocs", **CONF)
    # Cooperative components {Syria, Iran, Russia, Turkey} and {LD}: 2 hostile pairs inside. Turkey
    # alone frustrates 1 (its tie to Iran) instead of 2 -> camps {Syria, Iran, Russia}, {LD}, {Turkey}.
    assert [names(b["members"]) for b in body["blocs"]] == [["Syria", "Iran", "Russia"], ["Levant Dawn"], ["Turkey"]]
    assert body["frustration"] == 1 and body["signed_pairs"] == 7
    (edge,) = body["frustrating_edges"]
    assert {edge["a"]["name"], edge["b"]["name"]} == {"Iran", "Turkey"} and edge["sign"] == 1


def test_balance():
    body = get_ok("/v1/graph/balance", **CONF)
    assert body["census"] == {"+++": 0, "+--": 1, "++-": 1, "---": 1}
    assert math.isclose(body["balance_ratio"], 1 / 3)
    got = sorted((sorted(names(t["actors"])), t["signs"]) for t in body["unbalanced"])
    assert got == [(["Iran", "Syria", "Turkey"], "++-"), (["Levant Dawn", "Syria", "Turkey"], "---")]
    # The low-confidence Iran threat adds {Iran, LD, Syria} +-- and {Iran, LD, Turkey} +--.
    assert get_ok("/v1/graph/balance")["census"]["+--"] == 3
    assert get_ok("/v1/graph/balance", to="2015-01-31")["balance_ratio"] is None


def test_path():
    body = get_ok("/v1/graph/path", from_actor="Iran", to_actor="levant-dawn", directed="true", **CONF)
    # Two 2-hop routes (via Syria, via Turkey): the tie goes to the lower actor id, Syria.
    assert body["found"] and names(body["path"]) == ["Iran", "Syria", "Levant Dawn"] and body["hops"] == 2
    assert [s["direction"] for s in body["steps"]] == ["forward", "forward"] and body["steps"][1]["sign"] == -1
    # Undirected (the default), Russia reaches Iran against the direction of Iran aids Syria.
    body = get_ok("/v1/graph/path", from_actor="Russia", to_actor="Iran", **CONF)
    assert names(body["path"]) == ["Russia", "Syria", "Iran"] and body["steps"][1]["direction"] == "backward"
    body = get_ok("/v1/graph/path", from_actor="Iran", to_actor="Russia", over="cooperative",
                  time_respecting="true", **CONF)
    assert names(body["path"]) == ["Iran", "Syria", "Russia"]
    assert [s["date"] for s in body["steps"]] == ["2015-03-05", "2015-04-01"]
    body = get_ok("/v1/graph/path", from_actor="Russia", to_actor="Iran", over="cooperative",
                  time_respecting="true", **CONF)
    assert body["found"] is False and body["reason"] == "no path" and body["cost"] is None
    body = get_ok("/v1/graph/path", from_actor="Iran", to_actor="Russia", weighted="true", **CONF)
    assert math.isclose(body["cost"], 1 / 7 + 1 / 8)  # aids 7 then allies_with 8 (Syria->Russia)
    expect_error(srv.get(q("/v1/graph/path", from_actor="Iran")), 400, "missing_field", "to_actor")
    expect_error(srv.get(q("/v1/graph/path", from_actor="Iran", to_actor="Atlantis")), 404, "unknown_actor", "to_actor")
    expect_error(srv.get(q("/v1/graph/path", from_actor="Iran", to_actor="Syria", over="up")), 400, "invalid_field", "over")


def test_changes():
    body = get_ok("/v1/graph/changes", a_from="2015-01-01", a_to="2015-12-31", b_from="2016-01-01",
                  b_to="2016-12-31", **CONF)
    pair = lambda c: (c["source"]["name"], c["target"]["name"])
    assert sorted(map(pair, body["appeared"])) == [("Iran", "Turkey"), ("Turkey", "Iran")]
    assert body["totals"] == {"appeared": 2, "ended": 7, "flipped": 1}
    (flip,) = body["flipped"]
    assert pair(flip) == ("Turkey", "Levant Dawn") and flip["sign_a"] == 1 and flip["sign_b"] == -1
    deltas = [abs(m["delta"]) for m in body["movers"]]
    assert deltas == sorted(deltas, reverse=True) and len(deltas) == 5
    assert body["a"]["to"] == "2015-12-31" and body["b"]["from"] == "2016-01-01"
    expect_error(srv.get(q("/v1/graph/changes", b_from="2016-01-01")), 400, "missing_field", "a_from")
    expect_error(srv.get(q("/v1/graph/changes", a_from="2016-01-01", a_to="2015-01-01", b_at="2016-01-01")), 400,
                 "invalid_window", "a_from")


def test_actor_relations():
    body = get_ok("/v1/actors/syria/relations", at="2015-12-31", **CONF)
    assert body["actor"]["name"] == "Syria" and body["present"] is True
    assert [(a["actor"]["name"], a["net_weight"]) for a in body["allies"]] == [("Russia", 16), ("Iran", 7)]
    assert [(a["actor"]["name"], a["net_weight"]) for a in body["enemies"]] == [("Levant Dawn", -20), ("Turkey", -7)]
    assert body["enemies"][0]["counts"] == {"attacks": 2} and body["enemies"][0]["evidence"] == 2
    body = get_ok("/v1/actors/Turkey/relations", at="2015-01-31")
    assert body["present"] is False and body["allies"] == [] and body["enemies"] == []
    expect_error(srv.get("/v1/actors/atlantis/relations"), 404, "unknown_actor")


def test_exports():
    status, raw, headers = srv.get(q("/v1/graph/export", format="graphml", **CONF))
    assert status == 200 and headers["Content-Type"].startswith("application/graphml+xml")
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.fromstring(raw)
    assert len(root.findall(".//g:node", ns)) == 5 and len(root.findall(".//g:edge", ns)) == 10
    status, raw, _ = srv.get(q("/v1/graph/export", format="gexf", **CONF))
    gexf = ET.fromstring(raw)
    graph = gexf.find("{http://gexf.net/1.3}graph")
    assert gexf.get("version") == "1.3" and graph.get("mode") == "dynamic"
    assert len(gexf.findall(".//{http://gexf.net/1.3}spell")) >= 10
    status, raw, _ = srv.get(q("/v1/graph/export", format="gexf", gexf_version="1.2draft"))
    assert b"http://www.gexf.net/1.2draft" in raw
    status, raw, headers = srv.get(q("/v1/graph/export", format="dot", **CONF))
    assert raw.startswith(b"digraph stancegraph {") and raw.count(b" -> ") == 10
    status, raw, headers = srv.get(q("/v1/graph/export", format="csv", part="nodes", **CONF))
    assert headers["Content-Type"].startswith("text/csv")
    nodes = list(csv.DictReader(io.StringIO(raw.decode())))
    assert [n["name"] for n in nodes] == ["Levant Dawn", "Syria", "Iran", "Russia", "Turkey"]
    status, raw, _ = srv.get(q("/v1/graph/export", format="csv", **CONF))
    rows = list(csv.DictReader(io.StringIO(raw.decode())))
    assert len(rows) == 10 and {"source", "target", "weight", "n_attacks"} <= set(rows[0])
    status, body, _ = srv.get(q("/v1/graph/export", format="json", **CONF))
    assert body == get_ok("/v1/graph", **CONF)
    expect_error(srv.get(q("/v1/graph/export", format="xlsx")), 400, "invalid_field", "format")
    expect_error(srv.get(q("/v1/graph/export", format="csv", part="both")), 400, "invalid_field", "part")
    expect_error(srv.get("/v1/graph/export"), 400, "missing_field", "format")


def test_a_write_invalidates_cached_snapshots():
    before = get_ok("/v1/graph/centrality", metric="degree", limit="100")
    assert "Hezbollah" not in [s["actor"]["name"] for s in before["scores"]]
    status, body, _ = srv.post("/v1/edges", {"source": "Hezbollah", "relation": "aids", "target": "Syria",
                                             "date": "2015-09-01", "evidence": "e2e", "create": True})
    assert status == 201, body
    after = get_ok("/v1/graph/centrality", metric="degree", limit="100")
    assert "Hezbollah" in [s["actor"]["name"] for s in after["scores"]]
    assert after["window"]["observations"] == before["window"]["observations"] + 1


def test_cli_export_formats():
    def export(*args):
        p = subprocess.run([BINARY, "export", "--db", srv.db] + list(args), capture_output=True, text=True,
                           timeout=120)
        return p.returncode, p.stdout, p.stderr

    code, out, err = export("--format", "graphml", "--to", "2015-12-31", "--min-confidence", "0.5")
    assert code == 0, err
    root = ET.fromstring(out)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:edge", ns)) == 9  # the 8 dyads of 2015 plus Hezbollah aids Syria
    code, out, err = export("--format", "gexf", "--relation", "attacks")
    assert code == 0 and "mode=\"dynamic\"" in out
    code, out, err = export("--format", "dot", "--at", "2015-06-30", "--window", "30")
    assert code == 0 and out.count(" -> ") == 2  # Syria attacks LD (06-01), Turkey condemns Russia (06-10)
    code, out, err = export("--format", "csv", "--snapshot", "--part", "nodes")
    assert code == 0 and out.startswith("id,slug,name,kind\n")
    code, out, err = export("--format", "json", "--snapshot", "--half-life", "30")
    assert code == 0 and '"half_life":30' in out
    code, out, err = export("--format", "graphml", "--from", "2016-01-01", "--to", "2015-01-01")
    assert code == 2 and "from" in err


def main():
    global srv
    srv = Server(BINARY, args=["--no-extract"]).start()
    try:
        setup()
        run(tests_of(globals()))
    finally:
        srv.stop()


if __name__ == "__main__":
    main()
