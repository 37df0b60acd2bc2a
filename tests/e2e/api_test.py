"""End-to-end tests of every /v1 endpoint against the real binary: shapes, filters, paging,
idempotency, merge, errors. Usage: api_test.py BINARY [test names...]"""
import json
import sys
import threading
import urllib.parse

from sgtest import Server, expect_error, run, tests_of

BINARY = sys.argv[1]
srv = None


def q(path, **params):
    return path + "?" + urllib.parse.urlencode(params, doseq=True)


def article(n, **extra):
    a = {"title": "Article %d" % n, "published_at": "2015-06-%02d" % (n % 28 + 1),
         "source": "Test Wire", "text": "Body of article number %d." % n}
    a.update(extra)
    return a


def edge(source, relation, target, date="2015-06-01", **extra):
    e = {"source": source, "relation": relation, "target": target, "date": date, "create": True}
    e.update(extra)
    return e


def test_health():
    status, body, headers = srv.get("/v1/health")
    assert status == 200, body
    assert body["status"] == "ok"
    assert body["version"] and isinstance(body["schema_version"], int) and body["schema_version"] >= 1
    for key in ("articles", "actors", "aliases", "edges"):
        assert isinstance(body["counts"][key], int)
    assert body["extraction"] is False
    assert headers["Content-Type"].startswith("application/json")
    # One access log line per request: method, path, status, microseconds.
    import re
    import time
    time.sleep(0.2)
    assert re.search(r"GET /v1/health 200 \d+us", srv.read_log()), srv.read_log()[-2000:]


def test_articles_single_batch_and_idempotent():
    status, body, _ = srv.post("/v1/articles", article(1, url="https://example.org/a1"))
    assert status == 201, body
    assert body["duplicate"] is False
    first_id = body["article"]["id"]
    assert body["article"]["title"] == "Article 1"
    # The same url again, and the same text under another url: duplicates, nothing added.
    status, body, _ = srv.post("/v1/articles", article(1, url="https://example.org/a1"))
    assert status == 200 and body["duplicate"] is True and body["article"]["id"] == first_id, body
    status, body, _ = srv.post("/v1/articles", article(1, url="https://example.org/other"))
    assert status == 200 and body["duplicate"] is True and body["article"]["id"] == first_id, body
    before = srv.get("/v1/health")[1]["counts"]["articles"]
    status, body, _ = srv.post("/v1/articles", {"articles": [article(2), article(3), article(1, url="https://example.org/a1")]})
    assert status == 201, body
    assert body["ingested"] == 2 and body["duplicates"] == 1, body
    assert [r["duplicate"] for r in body["results"]] == [False, False, True]
    assert srv.get("/v1/health")[1]["counts"]["articles"] == before + 2
    # Re-sending the whole batch adds nothing.
    status, body, _ = srv.post("/v1/articles", {"articles": [article(2), article(3)]})
    assert status == 200 and body["duplicates"] == 2, body
    assert srv.get("/v1/health")[1]["counts"]["articles"] == before + 2


def test_article_batch_is_all_or_nothing():
    before = srv.get("/v1/health")[1]["counts"]["articles"]
    bad = article(50)
    bad["published_at"] = "2015-13-45"
    expect_error(srv.post("/v1/articles", {"articles": [article(51), bad]}), 400, "invalid_date",
                 "articles[1].published_at")
    assert srv.get("/v1/health")[1]["counts"]["articles"] == before


def test_article_get_and_list():
    status, body, _ = srv.post("/v1/articles", article(60, url="https://example.org/a60", source="Paging Wire"))
    aid = body["article"]["id"]
    status, body, _ = srv.get("/v1/articles/%d" % aid)
    assert status == 200, body
    assert body["article"]["text"] == "Body of article number 60."
    assert body["article"]["url"] == "https://example.org/a60"
    assert body["edges"] == []
    expect_error(srv.get("/v1/articles/999999"), 404, "not_found")
    expect_error(srv.get("/v1/articles/abc"), 404, "not_found")
    status, body, _ = srv.get(q("/v1/articles", source="Paging Wire"))
    assert status == 200 and [a["id"] for a in body["articles"]] == [aid], body
    # Paging through everything with limit=1 gives each article exactly once.
    seen, cursor = [], None
    while True:
        params = {"limit": 1}
        if cursor:
            params["cursor"] = cursor
        status, body, _ = srv.get(q("/v1/articles", **params))
        assert status == 200, body
        seen += [a["id"] for a in body["articles"]]
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) == srv.get("/v1/health")[1]["counts"]["articles"]
    expect_error(srv.get(q("/v1/articles", **{"from": "2015-13-45"})), 400, "invalid_date", "from")
    expect_error(srv.get(q("/v1/articles", cursor="bogus")), 400, "invalid_cursor", "cursor")


def test_actors_create_get_patch_alias_search():
    status, body, _ = srv.post("/v1/actors", {"name": "Levant Dawn", "kind": "armed_group", "country": "SYR",
                                              "aliases": ["LD", {"alias": "the Dawn Front", "valid_from": "2014-01-01"}]})
    assert status == 201, body
    actor = body["actor"]
    assert actor["slug"] == "levant-dawn" and actor["kind"] == "armed_group" and actor["country"] == "SYR"
    for ref in (str(actor["id"]), "levant-dawn", "Levant Dawn", "levant dawn", "LEVANT DAWN", "LD"):
        status, body, _ = srv.get("/v1/actors/" + urllib.parse.quote(ref))
        assert status == 200 and body["actor"]["id"] == actor["id"], (ref, body)
    status, body, _ = srv.request("PATCH", "/v1/actors/levant-dawn", body={"country": "IRQ", "kind": "party"})
    assert status == 200 and body["actor"]["country"] == "IRQ" and body["actor"]["kind"] == "party", body
    status, body, _ = srv.request("PATCH", "/v1/actors/levant-dawn", body={"country": None})
    assert status == 200 and body["actor"]["country"] is None, body
    status, body, _ = srv.post("/v1/actors/levant-dawn/aliases", {"aliases": ["Fajr al-Sham"]})
    assert status == 200 and "Fajr al-Sham" in [a["alias"] for a in body["actor"]["aliases"]], body
    status, body, _ = srv.get("/v1/actors/" + urllib.parse.quote("fajr al sham"))
    assert status == 200 and body["actor"]["id"] == actor["id"]
    status, body, _ = srv.get(q("/v1/actors", q="levant"))
    assert status == 200 and actor["id"] in [a["id"] for a in body["actors"]], body
    status, body, _ = srv.get(q("/v1/actors", kind="party"))
    assert actor["id"] in [a["id"] for a in body["actors"]]
    status, body, _ = srv.get(q("/v1/actors", kind="igo"))
    assert actor["id"] not in [a["id"] for a in body["actors"]]
    expect_error(srv.get("/v1/actors/no-such-actor-anywhere"), 404, "unknown_actor")
    expect_error(srv.post("/v1/actors", {"name": "Levant Dawn", "slug": "levant-dawn"}), 409, "conflict")
    expect_error(srv.post("/v1/actors", {"name": "X", "kind": "wizard"}), 400, "invalid_field", "kind")
    expect_error(srv.post("/v1/actors", {"kind": "state"}), 400, "missing_field", "name")
    expect_error(srv.post("/v1/actors", {"name": "X", "colour": "red"}), 400, "unknown_field", "colour")
    expect_error(srv.get(q("/v1/actors", country="Syria")), 400, "invalid_field", "country")


def test_unicode_and_sql_metacharacters():
    names = ["Ṣanʿāʾ Brigade", "Robert'); DROP TABLE actors;--", "Ansar % _ Wildcards", "Ğazi \"Quoted\" Front"]
    ids = []
    for name in names:
        status, body, _ = srv.post("/v1/actors", {"name": name, "kind": "armed_group"})
        assert status == 201, (name, body)
        assert body["actor"]["name"] == name
        ids.append(body["actor"]["id"])
        status, body, _ = srv.get("/v1/actors/" + urllib.parse.quote(name, safe=""))
        assert status == 200 and body["actor"]["name"] == name, (name, body)
    # Accent-insensitive lookup of the Arabic transliteration.
    status, body, _ = srv.get("/v1/actors/" + urllib.parse.quote("sana brigade"))
    assert status == 200 and body["actor"]["id"] == ids[0], body
    # LIKE wildcards in a search are data, not SQL.
    for pattern in ("%", "_", "' OR 1=1 --"):
        status, body, _ = srv.get(q("/v1/actors", q=pattern))
        assert status == 200, body
    status, body, _ = srv.get(q("/v1/actors", q="ansar"))
    assert ids[2] in [a["id"] for a in body["actors"]], body
    assert srv.get("/v1/health")[1]["counts"]["actors"] >= len(names)
    status, body, _ = srv.post("/v1/edges", edge(names[1], "attacks", names[3], evidence="'; DELETE FROM edges; --"))
    assert status == 201 and body["edge"]["evidence"] == "'; DELETE FROM edges; --", body


def test_edges_post_list_filters_and_shape():
    status, body, _ = srv.post("/v1/edges", {"edges": [
        edge("Alpha State", "attacks", "Beta Militia", "2015-03-10", source_kind="state", target_kind="armed_group",
             confidence=0.9, evidence="Alpha shelled Beta."),
        edge("Gamma Union", "backs", "Beta Militia", "2015-04", confidence=0.4),
        edge("Alpha State", "negotiates", "Gamma Union", "2015-05-01", asserted_by="Gamma Union")]})
    assert status == 201, body
    created = {a["name"] for a in body["actors_created"]}
    assert {"Alpha State", "Beta Militia", "Gamma Union"} <= created, body
    e0, e1, e2 = body["edges"]
    for key in ("id", "source", "relation", "target", "date", "date_precision", "polarity", "weight", "confidence",
                "asserted_by", "article", "evidence", "span", "origin"):
        assert key in e0, key
    assert e0["source"]["name"] == "Alpha State" and e0["source"]["kind"] == "state"
    assert e0["polarity"] == "hostile" and e0["weight"] == -10 and e0["origin"] == "curated"
    assert e0["article"] is None
    assert e1["date"] == "2015-04-01" and e1["date_precision"] == "month"
    assert e2["asserted_by"]["name"] == "Gamma Union"

    def ids(**params):
        status, body, _ = srv.get(q("/v1/edges", **params))
        assert status == 200, body
        return [e["id"] for e in body["edges"]]

    assert ids(actor="Beta Militia") == [e0["id"], e1["id"]]
    assert ids(source="alpha-state") == [e0["id"], e2["id"]]
    assert ids(target="Beta Militia", relation="backs") == [e1["id"]]
    assert ids(actor="Beta Militia", relation="attacks,backs") == [e0["id"], e1["id"]]
    assert ids(actor="Beta Militia", relation=["attacks", "backs"]) == [e0["id"], e1["id"]]
    assert ids(actor="Gamma Union", polarity="cooperative") == [e1["id"], e2["id"]]
    assert ids(actor="Beta Militia", **{"from": "2015-04-01", "to": "2015-12-31"}) == [e1["id"]]
    assert ids(actor="Beta Militia", min_confidence=0.5) == [e0["id"]]
    assert ids(actor="Beta Militia", origin="extracted") == []
    expect_error(srv.get(q("/v1/edges", relation="hugs")), 400, "unknown_relation", "relation")
    expect_error(srv.get(q("/v1/edges", **{"from": "2015-13-45"})), 400, "invalid_date", "from")
    expect_error(srv.get(q("/v1/edges", **{"from": "2016-01-01", "to": "2015-01-01"})), 400, "invalid_window")
    expect_error(srv.get(q("/v1/edges", limit="many")), 400, "invalid_field", "limit")
    expect_error(srv.get(q("/v1/edges", actor="Nobody At All")), 404, "unknown_actor", "actor")
    expect_error(srv.get(q("/v1/edges", bogus=1)), 400, "unknown_field", "bogus")


def test_edge_write_errors_store_nothing():
    before = srv.get("/v1/health")[1]["counts"]
    e = edge("Alpha State", "hugs", "Beta Militia")
    expect_error(srv.post("/v1/edges", e), 400, "unknown_relation", "relation")
    expect_error(srv.post("/v1/edges", {"edges": [edge("Alpha State", "attacks", "Beta Militia"),
                                                 edge("Alpha State", "attacks", "Beta Militia", "2015-13-45")]}),
                 400, "invalid_date", "edges[1].date")
    no_create = {"source": "Alpha State", "relation": "attacks", "target": "Never Heard Of", "date": "2015-01-01"}
    expect_error(srv.post("/v1/edges", no_create), 404, "unknown_actor", "target")
    # A bad reference later in the batch creates no actors for earlier items.
    expect_error(srv.post("/v1/edges", {"edges": [edge("Fresh Name One", "attacks", "Beta Militia"),
                                                 dict(no_create, create=False)]}), 404, "unknown_actor",
                 "edges[1].target")
    expect_error(srv.post("/v1/edges", {"source": "Alpha State", "relation": "attacks", "target": "Beta Militia",
                                        "date": "2015-01-01", "confidence": "high"}), 400, "invalid_field",
                 "confidence")
    assert srv.get("/v1/health")[1]["counts"] == before
    expect_error(srv.get("/v1/actors/" + urllib.parse.quote("Fresh Name One")), 404, "unknown_actor")


def test_ambiguous_names_list_candidates():
    for name in ("Northern Front East", "Northern Front West"):
        status, body, _ = srv.post("/v1/actors", {"name": name, "aliases": ["Northern Front"]})
        assert status == 201, body
    body = expect_error(srv.get("/v1/actors/" + urllib.parse.quote("Northern Front")), 409, "ambiguous_actor")
    names = {c["name"] for c in body["error"]["candidates"]}
    assert names == {"Northern Front East", "Northern Front West"}, body
    assert all(c["id"] and c["slug"] for c in body["error"]["candidates"])
    expect_error(srv.post("/v1/edges", edge("Northern Front", "attacks", "Beta Militia")), 409, "ambiguous_actor",
                 "source")


def test_timeline_dyads_changes():
    status, body, _ = srv.post("/v1/edges", {"edges": [
        edge("Delta Republic", "attacks", "Epsilon Rebels", "2016-02-10"),
        edge("Delta Republic", "attacks", "Epsilon Rebels", "2016-01-15"),
        edge("Epsilon Rebels", "negotiates", "Delta Republic", "2016-03-02"),
        edge("Delta Republic", "condemns", "Epsilon Rebels", "2016-03-20")]})
    assert status == 201, body
    status, body, _ = srv.get("/v1/actors/delta-republic/timeline")
    assert status == 200, body
    dates = [e["date"] for e in body["edges"]]
    assert dates == sorted(dates) and len(dates) == 4, dates
    assert body["edges"][2]["direction"] == "in"
    status, body, _ = srv.get(q("/v1/dyads", a="Delta Republic", b="epsilon-rebels", interval="month",
                                **{"from": "2016-01-01", "to": "2016-12-31"}))
    assert status == 200, body
    series = {p["period"]: p for p in body["series"]}
    assert series["2016-01-01"]["counts"] == {"attacks": 1}
    assert series["2016-01-01"]["net_weight"] == -10
    march = series["2016-03-01"]
    assert march["counts"] == {"negotiates": 1, "condemns": 1} and march["net_weight"] == 1, march
    assert march["a_to_b"] == 1 and march["b_to_a"] == 1
    status, body, _ = srv.get(q("/v1/dyads", a="Delta Republic", b="epsilon-rebels", interval="year"))
    assert status == 200 and body["series"][0]["period"] == "2016-01-01" and body["series"][0]["total"] == 4, body
    expect_error(srv.get(q("/v1/dyads", a="Delta Republic")), 400, "missing_field", "b")
    expect_error(srv.get(q("/v1/dyads", a="Delta Republic", b="x", interval="fortnight")), 400, "invalid_field",
                 "interval")
    status, body, _ = srv.get(q("/v1/changes", since=0, limit=1000))
    assert status == 200 and body["changes"], body
    seqs = [c["seq"] for c in body["changes"]]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    latest = body["latest"]
    srv.post("/v1/actors", {"name": "Zeta Council"})
    status, body, _ = srv.get(q("/v1/changes", since=latest))
    assert status == 200 and any(c["entity"] == "actor" for c in body["changes"]), body
    assert all(c["seq"] > latest for c in body["changes"])
    expect_error(srv.get(q("/v1/changes", since=-1)), 400, "invalid_field", "since")


def test_merge_loses_nothing():
    status, body, _ = srv.post("/v1/edges", {"edges": [
        edge("Old Name Brigade", "attacks", "Theta Town Council", "2017-01-01"),
        edge("Theta Town Council", "condemns", "Old Name Brigade", "2017-01-02"),
        edge("New Name Brigade", "allies_with", "Iota Army", "2017-01-03")]})
    assert status == 201, body
    srv.post("/v1/actors/old-name-brigade/aliases", {"aliases": ["ONB"]})
    edges_before = srv.get("/v1/health")[1]["counts"]["edges"]
    old = srv.get("/v1/actors/old-name-brigade")[1]["actor"]
    new = srv.get("/v1/actors/new-name-brigade")[1]["actor"]
    status, body, _ = srv.post("/v1/actors/old-name-brigade/merge", {"into": "New Name Brigade"})
    assert status == 200, body
    assert body["actor"]["id"] == new["id"] and body["edges_moved"] == 2, body
    assert srv.get("/v1/health")[1]["counts"]["edges"] == edges_before
    # The old slug and the old aliases now lead to the surviving actor.
    for ref in ("old-name-brigade", "ONB", "Old Name Brigade"):
        status, body, _ = srv.get("/v1/actors/" + urllib.parse.quote(ref))
        assert status == 200 and body["actor"]["id"] == new["id"], (ref, body)
    status, body, _ = srv.get(q("/v1/edges", actor="new-name-brigade"))
    assert len(body["edges"]) == 3, body
    expect_error(srv.post("/v1/actors/new-name-brigade/merge", {"into": "new-name-brigade"}), 409, "conflict", "into")
    expect_error(srv.post("/v1/actors/new-name-brigade/merge", {"into": "Nobody Here"}), 404, "unknown_actor", "into")


def test_paging_under_concurrent_inserts():
    status, _, _ = srv.post("/v1/edges", {"edges": [edge("Pager A", "opposes", "Pager B", "2018-01-%02d" % (i + 1))
                                                   for i in range(25)]})
    assert status == 201
    status, body, _ = srv.get(q("/v1/edges", actor="Pager A", limit=1000))
    initial = [e["id"] for e in body["edges"]]
    stop = threading.Event()
    inserted = []

    def writer():
        n = 0
        while not stop.is_set():
            s, b, _ = srv.post("/v1/edges", edge("Pager A", "threatens", "Pager B", "2018-02-01", evidence="w%d" % n))
            if s == 201:
                inserted.append(b["edge"]["id"])
            n += 1

    threads = [threading.Thread(target=writer) for _ in range(2)]
    for t in threads:
        t.start()
    seen, cursor = [], None
    try:
        while True:
            params = {"actor": "Pager A", "limit": 3}
            if cursor:
                params["cursor"] = cursor
            status, body, _ = srv.get(q("/v1/edges", **params))
            assert status == 200, body
            seen += [e["id"] for e in body["edges"]]
            cursor = body["next_cursor"]
            if not cursor or len(seen) > 5000:
                break
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert len(seen) == len(set(seen)), "a row was repeated"
    assert seen == sorted(seen)
    assert set(initial) <= set(seen), "a row that existed before paging began was skipped"
    assert inserted, "the writers inserted nothing"
    status, body, _ = srv.get(q("/v1/edges", actor="Pager A", limit=1000))
    assert len(body["edges"]) == len(initial) + len(inserted)


def test_cursor_tampering():
    status, body, _ = srv.get(q("/v1/edges", limit=1))
    cursor = body["next_cursor"]
    assert cursor and not cursor.isdigit()
    tampered = cursor[:-1] + ("A" if cursor[-1] != "A" else "B")
    expect_error(srv.get(q("/v1/edges", cursor=tampered)), 400, "invalid_cursor", "cursor")
    status, body, _ = srv.get(q("/v1/articles", limit=1))
    expect_error(srv.get(q("/v1/edges", cursor=body["next_cursor"])), 400, "invalid_cursor")


def test_bad_bodies():
    expect_error(srv.request("POST", "/v1/articles", raw_body=b"{not json",
                             headers={"Content-Type": "application/json"}), 400, "invalid_json")
    expect_error(srv.request("POST", "/v1/articles", raw_body=b"[1,2,3]",
                             headers={"Content-Type": "application/json"}), 400, "invalid_field")
    expect_error(srv.request("POST", "/v1/articles", raw_body=b'{"title":"\xff\xfe","published_at":"2015-01-01",'
                                                                 b'"text":"x"}',
                             headers={"Content-Type": "application/json"}), 400, "invalid_field")
    expect_error(srv.post("/v1/articles", {"title": ["list"], "published_at": "2015-01-01", "text": "x"}), 400,
                 "invalid_field", "title")
    expect_error(srv.post("/v1/articles", {"title": "t", "published_at": 20150101, "text": "x"}), 400,
                 "invalid_field", "published_at")
    expect_error(srv.post("/v1/articles", {"title": "t", "published_at": "2015-02-29", "text": "x"}), 400,
                 "invalid_date", "published_at")
    expect_error(srv.request("POST", "/v1/articles", raw_body=b'{"title":"t"}',
                             headers={"Content-Type": "text/plain"}), 415, "unsupported_media_type")
    expect_error(srv.request("PATCH", "/v1/actors/alpha-state", body={"name": ""}), 400, "invalid_field", "name")


def test_routes_and_methods():
    expect_error(srv.get("/v1/nope"), 404, "route_not_found")
    expect_error(srv.get("/v2/health"), 404, "route_not_found")
    result = srv.request("DELETE", "/v1/health")
    expect_error(result, 405, "method_not_allowed")
    assert result[2].get("Allow") == "GET"
    result = srv.request("PUT", "/v1/actors")
    expect_error(result, 405, "method_not_allowed")
    assert set(result[2]["Allow"].split(", ")) == {"GET", "POST"}
    expect_error(srv.get(q("/v1/health", verbose=1)), 400, "unknown_field", "verbose")


def test_reextract_without_extractor_is_conflict():
    status, body, _ = srv.post("/v1/articles", article(70))
    expect_error(srv.post("/v1/articles/%d/reextract" % body["article"]["id"], {}), 409, "conflict")
    expect_error(srv.post("/v1/articles/999999/reextract", {}), 409, "conflict")


def test_auth_on_writes():
    s = Server(BINARY, args=["--no-extract"], env={"STANCEGRAPH_API_KEY": "s3cret-key"}).start()
    try:
        assert s.get("/v1/health")[0] == 200  # reads stay open
        result = s.post("/v1/actors", {"name": "Guarded"})
        expect_error(result, 401, "unauthorized")
        assert result[2].get("WWW-Authenticate") == "Bearer"
        expect_error(s.post("/v1/actors", {"name": "Guarded"}, headers={"Authorization": "Bearer wrong"}), 401,
                     "unauthorized")
        expect_error(s.post("/v1/actors", {"name": "Guarded"}, headers={"Authorization": "s3cret-key"}), 401,
                     "unauthorized")
        assert s.get("/v1/health")[1]["counts"]["actors"] == 0
        status, body, _ = s.post("/v1/actors", {"name": "Guarded"}, headers={"Authorization": "Bearer s3cret-key"})
        assert status == 201, body
        status, body, _ = s.request("PATCH", "/v1/actors/guarded", body={"kind": "party"},
                                    headers={"Authorization": "Bearer s3cret-key"})
        assert status == 200, body
        expect_error(s.request("PATCH", "/v1/actors/guarded", body={"kind": "state"}), 401, "unauthorized")
    finally:
        s.stop()


def test_api_key_file_and_loopback_only_without_key():
    s = Server(BINARY, args=["--no-extract", "--host", "0.0.0.0"])
    s.start()
    try:
        log = s.read_log()
        assert "no API key" in log and "127.0.0.1" in log, log
    finally:
        s.stop()
    import os
    import tempfile
    keyfile = os.path.join(tempfile.mkdtemp(), "key")
    with open(keyfile, "w") as f:
        f.write("file-key\n")
    s = Server(BINARY, args=["--no-extract", "--api-key-file", keyfile]).start()
    try:
        expect_error(s.post("/v1/actors", {"name": "K"}), 401, "unauthorized")
        assert s.post("/v1/actors", {"name": "K"}, headers={"Authorization": "Bearer file-key"})[0] == 201
    finally:
        s.stop()


def test_extraction_and_reextract():
    s = Server(BINARY).start()
    try:
        text = SEED_TEXT
        status, body, _ = s.post("/v1/articles", {"title": "Seed", "published_at": "2015-06-03",
                                                   "source": "Middle East Eye", "text": text})
        assert status == 201, body
        aid = body["article"]["id"]
        extracted = body["edges_added"]
        status, body, _ = s.post("/v1/edges", edge("Curated One", "backs", "Curated Two", "2015-06-03"))
        assert status == 201
        curated_id = body["edge"]["id"]
        status, body, _ = s.post("/v1/articles/%d/reextract" % aid, {})
        assert status == 200, body
        assert body["edges_added"] == extracted and len(body["edges"]) == extracted, body
        assert all(e["origin"] == "extracted" and e["article"]["id"] == aid for e in body["edges"])
        for e in body["edges"]:
            start, end = e["span"]
            assert text.encode()[start:end].decode("utf-8", "replace").strip() != ""
        status, body, _ = s.get(q("/v1/edges", origin="curated"))
        assert [e["id"] for e in body["edges"]] == [curated_id]
    finally:
        s.stop()


SEED_TEXT = ("The United States on Monday accused Syrian President Bashar al-Assad of aiding the Islamic State "
             "near Aleppo. Rebel groups backed by Washington said they would fight the Islamic State. "
             "Russian jets struck rebel positions in Idlib, and Turkey condemned the strikes.")

if __name__ == "__main__":
    srv = Server(BINARY, args=["--no-extract"]).start()
    try:
        run(tests_of(globals()))
    finally:
        srv.stop()
