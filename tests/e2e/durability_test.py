"""Restarts: a clean stop (SIGTERM) and kill -9 keep every acknowledged write; a stop waits for
in-flight requests. Usage: durability_test.py BINARY"""
import json
import signal
import socket
import sys
import threading
import time

from sgtest import Server, run, tests_of

BINARY = sys.argv[1]


def article(n, tag):
    return {"title": "%s %d" % (tag, n), "published_at": "2016-01-01", "text": "%s body %d" % (tag, n)}


def snapshot(s):
    actors = s.get("/v1/actors?limit=1000")[1]["actors"]
    edges = s.get("/v1/edges?limit=1000")[1]["edges"]
    return s.get("/v1/health")[1]["counts"], sorted(a["id"] for a in actors), sorted(e["id"] for e in edges)


def test_restart_keeps_everything():
    s = Server(BINARY, args=["--no-extract"]).start()
    s.post("/v1/articles", {"articles": [article(i, "restart") for i in range(5)]})
    s.post("/v1/actors", {"name": "Kept Actor", "aliases": ["KA"]})
    s.post("/v1/edges", {"source": "Kept Actor", "relation": "backs", "target": "Other Kept", "date": "2016-01-02",
                         "create": True})
    before = snapshot(s)
    assert s.stop() == 0, s.read_log()
    assert "stopped" in s.read_log()
    s.start()
    try:
        assert snapshot(s) == before
        assert s.get("/v1/actors/KA")[1]["actor"]["name"] == "Kept Actor"
    finally:
        s.stop()


def test_kill9_keeps_acknowledged_writes():
    s = Server(BINARY, args=["--no-extract"], env={"STANCEGRAPH_LOG_LEVEL": "warn"}).start()
    acknowledged = []
    lock = threading.Lock()
    stop = threading.Event()

    def writer(w):
        n = 0
        while not stop.is_set():
            try:
                status, body, _ = s.post("/v1/articles", article(n, "kill9-w%d" % w), timeout=5)
            except OSError:
                return
            if status == 201:
                with lock:
                    acknowledged.append(body["article"]["id"])
            n += 1

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    time.sleep(1.5)
    s.kill9()
    stop.set()
    for t in threads:
        t.join()
    assert len(acknowledged) > 10, "too few writes to mean anything: %d" % len(acknowledged)
    s.start()
    try:
        for aid in acknowledged:
            status, body, _ = s.get("/v1/articles/%d" % aid)
            assert status == 200, "acknowledged article %d lost after kill -9" % aid
        assert s.get("/v1/health")[1]["counts"]["articles"] >= len(acknowledged)
    finally:
        s.stop()


def test_sigterm_finishes_in_flight_request():
    s = Server(BINARY, args=["--no-extract"]).start()
    body = json.dumps({"articles": [article(i, "inflight") for i in range(50)]}).encode()
    head = ("POST /v1/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Content-Length: %d\r\n\r\n" % len(body)).encode()
    with socket.create_connection(("127.0.0.1", s.port), timeout=30) as c:
        # Half the request, then SIGTERM while the server is reading it, then the rest.
        c.sendall(head + body[: len(body) // 2])
        time.sleep(0.5)
        s.proc.send_signal(signal.SIGTERM)
        time.sleep(0.5)
        assert s.proc.poll() is None, "the server quit with a request in flight"
        c.sendall(body[len(body) // 2:])
        response = b""
        while b"\r\n\r\n" not in response or not response.rstrip().endswith(b"}"):
            chunk = c.recv(65536)
            if not chunk:
                break
            response += chunk
    assert response.startswith(b"HTTP/1.1 201"), response[:200]
    code = s.proc.wait(timeout=30)
    s.proc = None
    assert code == 0, s.read_log()
    log = s.read_log()
    assert "finishing in-flight requests" in log and "stopped" in log, log
    s.start()
    try:
        assert s.get("/v1/health")[1]["counts"]["articles"] == 50
    finally:
        s.stop()


if __name__ == "__main__":
    run(tests_of(globals()))
