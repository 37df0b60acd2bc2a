#!/usr/bin/env python3
"""scripts/ingest.py without the real server: its readers on every input form, and its HTTP
behaviour (batch fallback on 4xx, retries on 5xx and refused connections, never on 4xx, API key)
against a scripted stand-in server."""
import http.server
import importlib.util
import io
import json
import os
import subprocess
import sys
import tempfile
import threading
import unittest

sys.dont_write_bytecode = True  # importing scripts/ingest.py must not leave __pycache__ in the tree
sys.path.insert(0, os.path.dirname(__file__))
from live_server import INGEST, SAMPLES, free_port  # noqa: E402

spec = importlib.util.spec_from_file_location("ingest", INGEST)
ingest = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ingest)


def defaults(**kw):
    return ingest.parse_args([*sum(([f"--{k.replace('_', '-')}", v] for k, v in kw.items()), []), "x"])


def write(dirpath, name, content):
    path = os.path.join(dirpath, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(content)
    return path


class Dates(unittest.TestCase):
    def test_forms(self):
        self.assertEqual(ingest.parse_date("2015-06-03"), "2015-06-03")
        self.assertEqual(ingest.parse_date("2015-06-03T10:00:00+02:00"), "2015-06-03")
        self.assertEqual(ingest.parse_date("3 June 2015"), "2015-06-03")
        self.assertEqual(ingest.parse_date("June 3, 2015"), "2015-06-03")
        self.assertEqual(ingest.parse_date("Wed, 03 Jun 2015 10:00:00 GMT"), "2015-06-03")

    def test_not_dates(self):
        for s in ("2015-13-45", "2015-02-30", "yesterday", "", None, "31 Foo 2015"):
            self.assertIsNone(ingest.parse_date(s), s)

    def test_file_name(self):
        self.assertEqual(ingest.date_from_name("/x/2019-08-11-aden.txt"), "2019-08-11")
        self.assertIsNone(ingest.date_from_name("/2015-06-03/aden.txt"))  # the name only, not the folder
        self.assertIsNone(ingest.date_from_name("report-2015-02-30.txt"))


class Readers(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp()

    def read(self, name, content, **kw):
        return ingest.read_path(write(self.tmp, name, content), defaults(**kw))

    def test_text_headers(self):
        [item] = self.read("a.txt", "Title: Rebels attack\nDate: 3 June 2015\nSource: Wire\nURL: http://x/1\n\n"
                                    "Rebels attacked the base.\n\nSecond paragraph.\n")
        self.assertEqual(item.article, {"title": "Rebels attack", "published_at": "2015-06-03", "source": "Wire",
                                        "url": "http://x/1", "text": "Rebels attacked the base.\n\nSecond paragraph."})

    def test_text_without_headers_takes_first_line_and_name_date(self):
        [item] = self.read("2014-08-08-erbil.txt", "US strikes near Erbil\n\nJets struck on Friday.\n")
        self.assertEqual(item.article["title"], "US strikes near Erbil")
        self.assertEqual(item.article["published_at"], "2014-08-08")
        self.assertNotIn("source", item.article)

    def test_header_date_beats_file_name_and_flag_is_the_fallback(self):
        [a] = self.read("2014-08-08-x.txt", "Date: 2015-01-02\n\nT\n\nbody", published_at="2020-01-01")
        self.assertEqual(a.article["published_at"], "2015-01-02")
        [b] = self.read("2014-08-08-y.txt", "T\n\nbody", published_at="2020-01-01")
        self.assertEqual(b.article["published_at"], "2014-08-08")
        [c] = self.read("undated.txt", "T\n\nbody", published_at="2020-01-01", source="Desk")
        self.assertEqual((c.article["published_at"], c.article["source"]), ("2020-01-01", "Desk"))

    def test_undated_text_is_skipped_not_given_today(self):
        [item] = self.read("undated.txt", "Title only\n\nbody")
        self.assertIsNone(item.article)
        self.assertIn("no usable date", item.reason)
        [bad] = self.read("bad.txt", "Date: 2015-13-45\n\nT\n\nbody")
        self.assertIn("not a date", bad.reason)

    def test_html_meta_and_stripping(self):
        page = ("<html><head><title>Site | Headline</title><meta property='og:title' content='Headline'>"
                "<meta property='article:published_time' content='2011-03-20T09:30:00Z'>"
                "<style>p{}</style><script>var x = 'SCRIPT';</script></head><body>"
                "<nav>Home World</nav><article><h1>Headline</h1><p>Jets  struck\n tanks.</p>"
                "<p>Second &amp; last.</p></article><footer>FOOTER</footer></body></html>")
        [item] = self.read("p.html", page)
        self.assertEqual(item.article["title"], "Headline")
        self.assertEqual(item.article["published_at"], "2011-03-20")
        self.assertEqual(item.article["text"], "Headline\n\nJets struck tanks.\n\nSecond & last.")

    def test_html_date_sources(self):
        [a] = self.read("a.html", "<title>T</title><meta name='date' content='2021-02-01'><p>x</p>")
        self.assertEqual(a.article["published_at"], "2021-02-01")
        [b] = self.read("b.html", "<title>T</title><body><p><time datetime='2022-11-02'>2 Nov</time></p><p>x</p>")
        self.assertEqual(b.article["published_at"], "2022-11-02")
        [c] = self.read("c.html", "<title>T</title><body><p>no date anywhere</p></body>")
        self.assertIn("no usable date", c.reason)

    def test_json_forms(self):
        art = {"title": "T", "published_at": "2015-06-01", "text": "x", "id": "drop-me", "edges": []}
        [one] = self.read("one.json", json.dumps(art))
        self.assertEqual(one.article, {"title": "T", "published_at": "2015-06-01", "text": "x"})
        self.assertEqual(len(self.read("list.json", json.dumps([art, art]))), 2)
        self.assertEqual(len(self.read("env.json", json.dumps({"articles": [art] * 3}))), 3)
        items = self.read("l.jsonl", json.dumps(art) + "\n\n{broken\n" + json.dumps(art) + "\n")
        self.assertEqual([i.reason is None for i in items], [True, False, True])
        self.assertTrue(items[1].origin.endswith("l.jsonl:3"))
        [bad] = self.read("bad.json", "{nope")
        self.assertIn("invalid JSON", bad.reason)

    def test_samples_folder_reads_whole(self):
        items, files = ingest.collect([SAMPLES], defaults(), io.StringIO())
        self.assertEqual([(i.origin, i.reason) for i in items if i.reason], [])
        self.assertGreaterEqual(len(items), 21)
        self.assertEqual(files, len([n for _, _, ns in os.walk(SAMPLES) for n in ns if not n.endswith(".md")]))
        for i in items:
            self.assertRegex(i.article["published_at"], r"^\d{4}-\d{2}-\d{2}$")
            self.assertTrue(i.article["title"] and i.article["text"])
            self.assertNotIn("analytics", i.article["text"])
            self.assertNotIn("newsletter", i.article["text"].lower().replace("mee's newsletters", ""))


class FakeServer:
    """Answers POST /v1/articles from a list of replies, each (status, body) or a function of the request
    body giving (status, body); then accepts everything. Records every request."""

    def __init__(self, replies):
        self.replies, self.requests = list(replies), []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                outer.requests.append((body, self.headers.get("Authorization")))
                reply = outer.replies.pop(0) if outer.replies else accept_all
                status, reply = reply(body) if callable(reply) else reply
                data = json.dumps(reply).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *a):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def accept_all(body):
    arts = body["articles"] if "articles" in body else [body]
    results = [{"article": {"id": n}, "duplicate": False, "edges_added": 2} for n, _ in enumerate(arts)]
    return 200, ({"results": results} if "articles" in body else results[0])


def read_file(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def run_ingest(*args, env=None, stdin=None):
    e = {k: v for k, v in os.environ.items() if k != "STANCEGRAPH_API_KEY"}
    e.update(env or {})
    p = subprocess.run([sys.executable, INGEST, "--json", "--backoff", "0.01", *args], capture_output=True,
                       text=True, env=e, input=stdin, timeout=120)
    summary = json.loads(p.stdout.strip().splitlines()[-1]) if p.stdout.strip() else None
    return p.returncode, summary, p.stderr


def bad_date_rejected(body):
    if "articles" in body:
        return 400, {"error": {"code": "invalid_date", "message": "not a real date", "field": "articles[1].published_at"}}
    if body["published_at"] == "2015-13-45":
        return 400, {"error": {"code": "invalid_date", "message": "not a real date", "field": "published_at"}}
    return accept_all(body)


class Http(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        lines = [{"title": f"A{n}", "published_at": "2015-06-0%d" % (n + 1), "text": f"t{n}"} for n in range(3)]
        self.good = write(self.tmp, "good.jsonl", "".join(json.dumps(a) + "\n" for a in lines))

    def test_batch_4xx_falls_back_one_by_one_and_never_retries_4xx(self):
        lines = [{"title": "ok1", "published_at": "2015-06-01", "text": "a"},
                 {"title": "bad", "published_at": "2015-13-45", "text": "b"},
                 {"title": "ok2", "published_at": "2015-06-02", "text": "c"}]
        path = write(self.tmp, "mixed.jsonl", "".join(json.dumps(a) + "\n" for a in lines))
        srv = FakeServer([bad_date_rejected] * 4)
        try:
            code, summary, _ = run_ingest("--url", srv.url, path)
        finally:
            srv.close()
        self.assertEqual(code, 1)
        self.assertEqual(summary["ingested"], 2)
        self.assertEqual(summary["rejected"], [{"origin": path + ":2", "reason":
                                                "HTTP 400 invalid_date: not a real date (field published_at)"}])
        self.assertEqual(len(srv.requests), 4)  # the batch, then each article once: no retry of a 4xx
        self.assertEqual([b.get("title") for b, _ in srv.requests[1:]], ["ok1", "bad", "ok2"])

    def test_5xx_is_retried(self):
        srv = FakeServer([(503, {"error": {"code": "busy", "message": "locked"}}), (500, "oops")])
        try:
            code, summary, err = run_ingest("--url", srv.url, "--batch-size", "10", self.good)
        finally:
            srv.close()
        self.assertEqual((code, summary["ingested"], summary["edges_added"]), (0, 3, 6))
        self.assertEqual(len(srv.requests), 3)
        self.assertIn("retrying", err)

    def test_unreachable_server_gives_up_with_exit_3(self):
        code, summary, err = run_ingest("--url", f"http://127.0.0.1:{free_port()}", "--retries", "2", self.good)
        self.assertEqual(code, 3)
        self.assertEqual(summary["ingested"], 0)
        self.assertIn("gave up after 2 retries", err)
        self.assertIn("run again to resume", err)

    def test_api_key_from_file_or_env_and_401_stops_the_run(self):
        keyfile = write(self.tmp, "key", "s3cret\n")
        srv = FakeServer([accept_all] * 2 + [(401, {"error": {"code": "unauthorized", "message": "no"}})])
        try:
            self.assertEqual(run_ingest("--url", srv.url, "--api-key-file", keyfile, self.good)[0], 0)
            self.assertEqual(run_ingest("--url", srv.url, self.good, env={"STANCEGRAPH_API_KEY": "fromenv"})[0], 0)
            code, _, err = run_ingest("--url", srv.url, "--batch-size", "1", "--concurrency", "1", self.good)
        finally:
            srv.close()
        self.assertEqual([auth for _, auth in srv.requests[:2]], ["Bearer s3cret", "Bearer fromenv"])
        self.assertEqual(code, 3)
        self.assertIn("api-key-file", err)
        self.assertIsNone(srv.requests[2][1])
        self.assertEqual(len(srv.requests), 3)  # a refused key stops the run; no article-by-article retry

    def test_dry_run_and_stdin(self):
        code, summary, _ = run_ingest("--dry-run", "--url", "http://127.0.0.1:9", self.good)
        self.assertEqual((code, summary["would_send"]), (0, 3))
        p = subprocess.run([sys.executable, INGEST, "--dry-run", self.good], capture_output=True, text=True)
        self.assertEqual([json.loads(line)["title"] for line in p.stdout.splitlines()], ["A0", "A1", "A2"])
        code, summary, _ = run_ingest("--dry-run", "--published-at", "2015-06-03", "-", stdin="Headline\n\nBody.")
        self.assertEqual((code, summary["would_send"]), (0, 1))
        code, summary, _ = run_ingest("--dry-run", "-", stdin=read_file(self.good))
        self.assertEqual((code, summary["would_send"]), (0, 3))


if __name__ == "__main__":
    unittest.main()
