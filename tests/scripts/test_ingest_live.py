#!/usr/bin/env python3
"""scripts/ingest.py against the real server binary on a free port with a temporary database:
every input form with malformed files among good ones, a re-run adding nothing, a dry run, the API
key, and the server stopped (SIGTERM) or killed (SIGKILL) and restarted in the middle of a run.

  test_ingest_live.py --server build/stancegraph [unittest args]"""
import functools
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest

sys.dont_write_bytecode = True  # keep __pycache__ out of the source tree
sys.path.insert(0, os.path.dirname(__file__))
from live_server import INGEST, SAMPLES, LiveServer  # noqa: E402

SERVER = None


def ingest(*args, env=None, wait=True):
    e = {k: v for k, v in os.environ.items() if not k.startswith("STANCEGRAPH_")}
    e.update(env or {})
    cmd = [sys.executable, INGEST, "--json", *args]
    if not wait:
        return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=e)
    p = subprocess.run(cmd, capture_output=True, text=True, env=e, timeout=300)
    return p.returncode, (json.loads(p.stdout.splitlines()[-1]) if p.stdout.strip() else None), p.stderr


@functools.lru_cache(maxsize=None)
def sample_count():
    """How many articles data/samples holds, as the script's dry run counts them."""
    p = subprocess.run([sys.executable, INGEST, "--dry-run", SAMPLES], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    return len(p.stdout.splitlines())


def make_corpus(directory, n):
    """n small articles as .txt files, distinct from every other corpus, so that a run takes long
    enough to be interrupted."""
    os.makedirs(directory)
    tag = os.path.basename(directory)
    for i in range(n):
        day = 1 + i % 28
        with open(os.path.join(directory, f"2016-02-{day:02d}-report-{i:04d}.txt"), "w") as f:
            f.write(f"Title: Report {i} ({tag})\nSource: test wire\n\nRebels of Brigade {i} attacked government "
                    f"forces near the town of Qaryat {i} on Monday, the Syrian Observatory said ({tag}).\n")


class Ingest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="sg-ingest-live-")
        self.server = LiveServer(SERVER, workdir=self.tmp).start()

    def tearDown(self):
        self.server.stop()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def test_every_format_with_malformed_files_then_rerun(self):
        folder = os.path.join(self.tmp, "in")
        shutil.copytree(SAMPLES, folder)
        good = sample_count()
        bad = {
            "broken.json": '{"title": "cut off", "published_at": ',
            "undated.txt": "A headline with no date\n\nSomething happened somewhere.\n",
            "nested/undated-page.html": "<html><title>No date</title><body><p>Text.</p></body></html>",
            "mixed.jsonl": json.dumps({"title": "Impossible date", "published_at": "2015-13-45", "text": "x y"})
            + "\n{not json\n" + json.dumps({"title": "Fine line", "published_at": "2015-06-30",
                                            "text": "Kurdish forces attacked Islamic State on Tuesday."}) + "\n",
        }
        for name, content in bad.items():
            os.makedirs(os.path.dirname(os.path.join(folder, name)), exist_ok=True)
            with open(os.path.join(folder, name), "w") as f:
                f.write(content)

        code, summary, err = ingest("--url", self.server.url, "--batch-size", "7", folder)
        self.assertEqual(code, 1, err)
        self.assertEqual(summary["ingested"], good + 1)  # the samples and the good jsonl line
        self.assertEqual(summary["duplicates"], 0)
        reasons = {os.path.relpath(r["origin"], folder): r["reason"] for r in summary["rejected"]}
        self.assertEqual(set(reasons), {"broken.json", "undated.txt", "nested/undated-page.html", "mixed.jsonl:1",
                                        "mixed.jsonl:2"})
        self.assertIn("invalid JSON", reasons["broken.json"])
        self.assertIn("no usable date", reasons["undated.txt"])
        self.assertIn("no usable date", reasons["nested/undated-page.html"])
        self.assertIn("HTTP 400 invalid_date", reasons["mixed.jsonl:1"])
        articles, edges = self.server.counts()
        self.assertEqual(articles, good + 1)
        self.assertEqual(edges, summary["edges_added"])
        self.assertGreater(edges, 0)

        code, again, err = ingest("--url", self.server.url, folder)
        self.assertEqual(code, 1, err)  # the same bad files are reported again
        self.assertEqual((again["ingested"], again["duplicates"], again["edges_added"]), (0, good + 1, 0))
        self.assertEqual(self.server.counts(), (articles, edges))

    def test_dry_run_sends_nothing(self):
        p = subprocess.run([sys.executable, INGEST, "--dry-run", "--url", self.server.url, SAMPLES],
                           capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        sent = [json.loads(line) for line in p.stdout.splitlines()]
        self.assertEqual(len(sent), sample_count())
        self.assertTrue(all(set(a) <= {"url", "title", "published_at", "source", "text"} for a in sent))
        self.assertIn("would be sent", p.stderr)
        self.assertEqual(self.server.counts(), (0, 0))

    def test_restart_mid_run_loses_and_doubles_nothing(self):
        for sig in (signal.SIGTERM, signal.SIGKILL):
            with self.subTest(signal=sig.name):
                corpus = os.path.join(self.tmp, f"corpus-{sig.name}")
                make_corpus(corpus, 400)
                before, _ = self.server.counts()
                run = ingest("--url", self.server.url, "--batch-size", "2", "--concurrency", "2",
                             "--backoff", "0.2", corpus, wait=False)
                deadline = time.monotonic() + 60
                while self.server.counts()[0] < before + 40 and time.monotonic() < deadline:
                    time.sleep(0.01)
                self.server.stop(sig)
                mid_run = run.poll() is None
                time.sleep(1.5)  # the script meets refused connections and backs off
                self.server.start()
                out, err = run.communicate(timeout=300)
                self.assertTrue(mid_run, "the run ended before the server was stopped; make the corpus larger")
                self.assertEqual(run.returncode, 0, err)
                summary = json.loads(out.splitlines()[-1])
                self.assertIn("retrying", err)
                self.assertEqual(summary["ingested"] + summary["duplicates"], 400)
                self.assertLessEqual(summary["duplicates"], 4)  # only a batch whose answer was lost
                self.assertEqual(self.server.counts()[0], before + 400)
                code, again, _ = ingest("--url", self.server.url, corpus)
                self.assertEqual((code, again["ingested"], again["duplicates"]), (0, 0, 400))


class ApiKey(unittest.TestCase):
    def test_key_required_and_accepted(self):
        tmp = tempfile.mkdtemp(prefix="sg-ingest-key-")
        with LiveServer(SERVER, api_key="k3y-for-tests", workdir=tmp) as server:
            code, summary, err = ingest("--url", server.url, SAMPLES)
            self.assertEqual(code, 3)
            self.assertIn("unauthorized", err)
            self.assertEqual(server.counts(), (0, 0))
            code, summary, err = ingest("--url", server.url, "--api-key-file", server.key_file, SAMPLES)
            self.assertEqual((code, summary["ingested"]), (0, sample_count()), err)
            code, summary, err = ingest("--url", server.url, SAMPLES, env={"STANCEGRAPH_API_KEY": "k3y-for-tests"})
            self.assertEqual((code, summary["ingested"], summary["duplicates"]), (0, 0, sample_count()), err)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    if "--server" in sys.argv:
        i = sys.argv.index("--server")
        SERVER = os.path.abspath(sys.argv[i + 1])
        del sys.argv[i:i + 2]
    if not SERVER or not os.access(SERVER, os.X_OK):
        sys.exit("usage: test_ingest_live.py --server PATH/TO/stancegraph")
    unittest.main()
