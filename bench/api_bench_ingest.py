"""Batch ingest throughput over HTTP: posts ARTICLES synthetic articles in batches of BATCH with
CLIENTS keep-alive connections and prints articles/s. Bodies are encoded before the clock starts.
Usage: api_bench_ingest.py PORT [ARTICLES] [BATCH] [CLIENTS]"""
import http.client
import json
import sys
import threading
import time

port = int(sys.argv[1])
total = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
batch = int(sys.argv[3]) if len(sys.argv) > 3 else 200
clients = int(sys.argv[4]) if len(sys.argv) > 4 else 4
words = ("the ministry said forces clashed near the border on Monday while talks stalled in the capital "
         "and aid convoys waited at the crossing ").split()


def text(n):
    return " ".join(words[(n * 7 + i) % len(words)] for i in range(120)) + " (%d)" % n


bodies = []
for start in range(0, total, batch):
    articles = [{"title": "Bench article %d" % n, "published_at": "2015-%02d-%02d" % (n % 12 + 1, n % 28 + 1),
                 "source": "bench", "url": "https://bench.example/%d" % n, "text": text(n)}
                for n in range(start, min(total, start + batch))]
    bodies.append(json.dumps({"articles": articles}).encode())
lock = threading.Lock()
errors = []


def worker(mine):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    for body in mine:
        conn.request("POST", "/v1/articles", body=body, headers={"Content-Type": "application/json"})
        resp = conn.getresponse()
        resp.read()
        if resp.status not in (200, 201):
            with lock:
                errors.append(resp.status)
    conn.close()


started = time.time()
threads = [threading.Thread(target=worker, args=(bodies[i::clients],)) for i in range(clients)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.time() - started
if errors:
    print("errors: %s" % errors[:10])
    sys.exit(1)
print("batch ingest (extraction off): %d articles in %d batches of %d over %d clients in %.2f s = %.0f articles/s"
      % (total, len(bodies), batch, clients, elapsed, total / elapsed))
