"""What cpp-httplib 0.11 mishandles, sent over raw sockets to the real server: chunked and compressed
bodies, bodies over the limit, too many or too long headers, slow clients, idle keep-alive clients,
pipelining. Each must get the right JSON error (or a closed connection) and leave the store intact.
Usage: hardening_test.py BINARY"""
import json
import socket
import sys
import threading
import time

from sgtest import Server, body_of, expect_error, run, status_of, tests_of

BINARY = sys.argv[1]
srv = None
ARTICLE = json.dumps({"title": "Hardening", "published_at": "2015-01-01", "text": "hardening body"}).encode()


def counts():
    return srv.get("/v1/health")[1]["counts"]


def post_raw(headers, body=b"", path="/v1/articles"):
    head = "POST %s HTTP/1.1\r\nHost: x\r\n" % path + "".join("%s: %s\r\n" % h for h in headers) + "\r\n"
    return srv.raw(head.encode() + body)


def test_chunked_body_refused_and_connection_closed():
    before = counts()
    # The chunk holds a complete second request: it must never be executed.
    smuggled = b'POST /v1/actors HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 16\r\n\r\n{"name":"Smugl"}'
    chunk = b"%x\r\n%s\r\n0\r\n\r\n" % (len(smuggled), smuggled)
    resp = post_raw([("Content-Type", "application/json"), ("Transfer-Encoding", "chunked")], chunk)
    assert status_of(resp) == 411, resp[:300]
    assert body_of(resp)["error"]["code"] == "length_required"
    assert resp.count(b"HTTP/1.1") == 1, "the chunk was parsed as another request: %r" % resp
    assert counts() == before


def test_missing_content_length_on_post():
    resp = srv.raw(b"POST /v1/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\r\n")
    assert status_of(resp) == 411, resp
    assert body_of(resp)["error"]["code"] == "length_required"


def test_compressed_body_refused():
    before = counts()
    resp = post_raw([("Content-Type", "application/json"), ("Content-Encoding", "gzip"),
                     ("Content-Length", str(len(ARTICLE)))], ARTICLE)
    assert status_of(resp) == 415, resp
    assert body_of(resp)["error"]["code"] == "unsupported_media_type"
    assert body_of(resp)["error"]["field"] == "Content-Encoding"
    assert counts() == before


def test_wrong_content_type_refused():
    resp = post_raw([("Content-Type", "application/x-www-form-urlencoded"), ("Content-Length", str(len(ARTICLE)))],
                    ARTICLE)
    assert status_of(resp) == 415, resp


def test_body_over_limit_refused_before_reading():
    before = counts()
    # Declares 100 MiB but sends only the headers: the answer must come without the body.
    started = time.time()
    resp = post_raw([("Content-Type", "application/json"), ("Content-Length", str(100 << 20))])
    assert status_of(resp) == 413, resp
    assert body_of(resp)["error"]["code"] == "payload_too_large"
    assert time.time() - started < 5
    # A real body just over the configured 64 KiB limit.
    big = json.dumps({"title": "Big", "published_at": "2015-01-01", "text": "x" * (70 << 10)})
    expect_error(srv.request("POST", "/v1/articles", raw_body=big.encode(),
                             headers={"Content-Type": "application/json"}), 413, "payload_too_large")
    # Just under the limit is fine.
    ok = json.dumps({"title": "Fits", "published_at": "2015-01-01", "text": "y" * (60 << 10)})
    assert srv.request("POST", "/v1/articles", raw_body=ok.encode(),
                       headers={"Content-Type": "application/json"})[0] == 201
    assert counts()["articles"] == before["articles"] + 1


def test_ten_thousand_headers():
    head = b"GET /v1/health HTTP/1.1\r\nHost: x\r\n" + b"".join(b"X-H%d: v\r\n" % i for i in range(10000)) + b"\r\n"
    resp = srv.raw(head)
    assert status_of(resp) == 431, resp[:200]
    assert body_of(resp)["error"]["code"] == "headers_too_large"


def test_too_many_headers_within_section_limit():
    head = b"GET /v1/health HTTP/1.1\r\nHost: x\r\n" + b"".join(b"X-%d: v\r\n" % i for i in range(150)) + b"\r\n"
    resp = srv.raw(head)
    assert status_of(resp) == 431, resp[:200]
    assert body_of(resp)["error"]["code"] == "headers_too_large"


def test_one_huge_header():
    resp = srv.raw(b"GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 20000 + b"\r\n\r\n")
    assert status_of(resp) == 431, resp[:200]
    resp = srv.raw(b"GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 8500 + b"\r\n\r\n")
    assert status_of(resp) in (400, 431), resp[:200]
    assert body_of(resp)["error"]["code"] in ("headers_too_large", "invalid_field")


def test_endless_header_line_does_not_grow_memory():
    # 2 MiB of one header line without a newline: cut off at the header-section cap.
    resp = srv.raw(b"GET /v1/health HTTP/1.1\r\nX-Endless: " + b"a" * (2 << 20), timeout=15)
    assert status_of(resp) == 431, resp[:200]


def test_long_request_line():
    resp = srv.raw(b"GET /v1/health?" + b"a" * 20000 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
    assert status_of(resp) == 431, resp[:200]
    assert body_of(resp)["error"]["code"] == "headers_too_large"


def test_malformed_request_line():
    resp = srv.raw(b"THIS IS NOT HTTP\r\n\r\n")
    assert status_of(resp) == 400, resp
    assert body_of(resp)["error"]["code"] == "invalid_field"


def test_slow_headers_are_cut_off():
    started = time.time()
    with socket.create_connection(("127.0.0.1", srv.port), timeout=30) as s:
        s.sendall(b"GET /v1/health HTTP/1.1\r\n")
        closed = False
        for _ in range(40):  # one header byte every 0.5 s: each read is quick, the whole is not
            try:
                s.sendall(b"X")
                time.sleep(0.5)
            except OSError:
                closed = True
                break
        if not closed:
            s.settimeout(5)
            try:
                closed = s.recv(100) == b""
            except (ConnectionResetError, socket.timeout):
                closed = True
    assert closed, "a slow-loris client kept its connection"
    assert time.time() - started < 18


def test_keep_alive_and_pipelining():
    req = b"GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n"
    with socket.create_connection(("127.0.0.1", srv.port), timeout=10) as s:
        s.sendall(req * 3)
        data = b""
        while data.count(b"HTTP/1.1 200") < 3:
            chunk = s.recv(65536)
            assert chunk, data
            data += chunk
    assert data.count(b"HTTP/1.1 200") == 3


def test_refusal_closes_keep_alive_connection():
    body = b'{"x":1}'
    req = (b"POST /v1/articles HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n%s"
           % (len(body), body))
    resp = srv.raw(req + b"GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n")
    assert status_of(resp) == 415
    assert b"Connection: close" in resp
    assert resp.count(b"HTTP/1.1 ") == 1, resp


def test_idle_keep_alive_clients_do_not_starve_the_pool():
    # Twice as many idle connections as worker threads; a new client must still be served once the
    # keep-alive timeout (2 s in this test server) frees the workers.
    idle = []
    for _ in range(2 * 8):
        s = socket.create_connection(("127.0.0.1", srv.port), timeout=10)
        s.sendall(b"GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n")
        s.recv(65536)
        idle.append(s)
    try:
        started = time.time()
        status, body, _ = srv.get("/v1/health", timeout=20)
        assert status == 200, body
        assert time.time() - started < 10
    finally:
        for s in idle:
            s.close()


def test_store_intact_after_abuse():
    status, body, _ = srv.get("/v1/health")
    assert status == 200
    status, body, _ = srv.post("/v1/actors", {"name": "Still Works"})
    assert status == 201, body


if __name__ == "__main__":
    srv = Server(BINARY, args=["--no-extract", "--max-body", "64K", "--threads", "8"],
                 env={"STANCEGRAPH_LOG_LEVEL": "warn"})
    # A short keep-alive so the starvation test runs quickly.
    srv.env["STANCEGRAPH_KEEPALIVE_TIMEOUT"] = "2"
    srv.start()
    try:
        run(tests_of(globals()))
    finally:
        srv.stop()
