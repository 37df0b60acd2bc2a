#!/usr/bin/env python3
"""Whole-article ingest through the API with extraction on (issue 4's speed bar): starts
`stancegraph serve` on a free port with a fresh database, posts real articles (the dev set, or any
JSONL of {title, published_at, text}) made unique by a suffix, in batches, and prints articles/s
and sentences-bearing text MB/s. Usage:
  bench/extract_ingest_bench.py BINARY [ARTICLES.jsonl] [TOTAL] [BATCH] [CLIENTS]"""
import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time

binary = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
source = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "..", "shared", "eval", "dev.jsonl")
total = int(sys.argv[3]) if len(sys.argv) > 3 else 3000
batch = int(sys.argv[4]) if len(sys.argv) > 4 else 100
clients = int(sys.argv[5]) if len(sys.argv) > 5 else 2

seed = [json.loads(line) for line in open(source, encoding="utf-8") if line.strip()]
articles = []
for n in range(total):
    a = seed[n % len(seed)]
    articles.append({"title": a["title"], "published_at": a["published_at"],
                     "text": a["text"] + "\n\n(Copy %d.)" % n})
bodies = [json.dumps({"articles": articles[i:i + batch]}).encode() for i in range(0, total, batch)]
mb = sum(len(a["text"]) for a in articles) / 1e6

with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
tmp = tempfile.mkdtemp()
server = subprocess.Popen([binary, "serve", "--db", os.path.join(tmp, "bench.db"), "--port", str(port),
                           "--log-level", "warn"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    for _ in range(100):
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", "/v1/health")
            if c.getresponse().status == 200:
                break
        except OSError:
            time.sleep(0.1)
    edges = [0]
    lock = threading.Lock()

    def worker(k):
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        for body in bodies[k::clients]:
            c.request("POST", "/v1/articles", body, {"Content-Type": "application/json"})
            r = c.getresponse()
            data = json.loads(r.read())
            if r.status >= 300:
                raise SystemExit("HTTP %d: %s" % (r.status, data))
            with lock:
                edges[0] += data.get("edges_added", 0)

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    secs = time.perf_counter() - t0
    print("ingest with extraction: %d articles (%.1f MB text) in %.2f s = %.0f articles/s, %d edges stored"
          " (batches of %d, %d clients)" % (total, mb, secs, total / secs, edges[0], batch, clients))
finally:
    server.terminate()
    server.wait()
