"""Starts the real stancegraph binary on a free loopback port with a temporary database, for the
script tests. Stop and start it again on the same port and database to test restarts."""
import json
import os
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
INGEST = os.path.join(REPO, "scripts", "ingest.py")
SAMPLES = os.path.join(REPO, "data", "samples")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    def __init__(self, binary, api_key=None, workdir=None):
        self.binary = binary
        self.dir = workdir or tempfile.mkdtemp(prefix="sg-script-test-")
        self.db = os.path.join(self.dir, "test.db")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.key_file = None
        if api_key:
            self.key_file = os.path.join(self.dir, "api-key")
            with open(self.key_file, "w") as f:
                f.write(api_key + "\n")
        self.proc = None
        self.log_path = os.path.join(self.dir, "server.log")

    def start(self, wait=True):
        cmd = [self.binary, "serve", "--db", self.db, "--host", "127.0.0.1", "--port", str(self.port)]
        if self.key_file:
            cmd += ["--api-key-file", self.key_file]
        env = {k: v for k, v in os.environ.items() if not k.startswith("STANCEGRAPH_")}
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
        log.close()
        if wait:
            self.wait_ready()
        return self

    def wait_ready(self, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}: {self.log_tail()}")
            try:
                self.get("/v1/health")
                return
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.05)
        raise RuntimeError("server did not answer /v1/health in time: " + self.log_tail())

    def stop(self, sig=signal.SIGTERM):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        code, self.proc = (self.proc.returncode if self.proc else None), None
        return code

    def log_tail(self, n=2000):
        try:
            with open(self.log_path, "rb") as f:
                return f.read()[-n:].decode("utf-8", "replace")
        except OSError:
            return ""

    def get(self, path):
        with urllib.request.urlopen(self.url + path, timeout=10) as r:
            return json.loads(r.read().decode("utf-8"))

    def counts(self):
        """Stored (articles, edges) as /v1/health reports them."""
        c = self.get("/v1/health")["counts"]
        return c["articles"], c["edges"]

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
