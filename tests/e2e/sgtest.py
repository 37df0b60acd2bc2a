"""Shared harness for the end-to-end tests: starts the real `stancegraph serve` on a free port with a
temporary database, speaks HTTP (http.client) and raw sockets, and runs test_* functions."""
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, binary, db=None, args=(), env=None, port=None):
        self.binary = binary
        self.tmp = tempfile.mkdtemp(prefix="sg-e2e-")
        self.db = db or os.path.join(self.tmp, "test.db")
        self.args = list(args)
        self.env = dict(os.environ)
        for key in list(self.env):
            if key.startswith("STANCEGRAPH_"):
                del self.env[key]
        self.env.update(env or {})
        self.port = port or free_port()
        self.proc = None
        self.log_path = os.path.join(self.tmp, "server.log")

    def start(self, timeout=30):
        self.log = open(self.log_path, "ab")
        cmd = [self.binary, "serve", "--db", self.db, "--port", str(self.port)] + self.args
        self.proc = subprocess.Popen(cmd, stdout=self.log, stderr=self.log, env=self.env)
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("server exited with %s:\n%s" % (self.proc.returncode, self.read_log()))
            try:
                status, _, _ = self.request("GET", "/v1/health", timeout=2)
                if status == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.05)
        raise RuntimeError("server did not answer within %ss:\n%s" % (timeout, self.read_log()))

    def read_log(self):
        with open(self.log_path, "rb") as f:
            return f.read().decode("utf-8", "replace")

    def stop(self, sig=signal.SIGTERM, timeout=30):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(sig)
            self.proc.wait(timeout=timeout)
        code = self.proc.returncode if self.proc else None
        self.proc = None
        return code

    def kill9(self):
        return self.stop(signal.SIGKILL)

    def request(self, method, path, body=None, headers=None, timeout=30, raw_body=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            hdrs = dict(headers or {})
            data = raw_body
            if body is not None:
                data = json.dumps(body).encode()
                hdrs.setdefault("Content-Type", "application/json")
            if data is None and method in ("POST", "PATCH", "PUT"):
                data = b""
            conn.request(method, path, body=data, headers=hdrs)
            resp = conn.getresponse()
            payload = resp.read()
            try:
                parsed = json.loads(payload) if payload else None
            except ValueError:
                parsed = payload
            return resp.status, parsed, dict(resp.getheaders())
        finally:
            conn.close()

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, body=None, **kw):
        return self.request("POST", path, body=body, **kw)

    def raw(self, data, timeout=10, read_all=True):
        """Sends raw bytes and returns everything the server sends back until it closes or times out."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=timeout) as s:
            try:
                s.sendall(data)
            except OSError:
                pass
            chunks = []
            try:
                while True:
                    chunk = s.recv(65536)
                    if not chunk:
                        break
                    chunks.append(chunk)
                    if not read_all:
                        break
            except (socket.timeout, ConnectionResetError):
                pass
            return b"".join(chunks)


def status_of(raw_response):
    line = raw_response.split(b"\r\n", 1)[0].decode("latin-1")
    parts = line.split(" ")
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None


def body_of(raw_response):
    head, _, body = raw_response.partition(b"\r\n\r\n")
    return json.loads(body) if body else None


def expect_error(result, status, code, field=None):
    got_status, body, _ = result
    assert got_status == status, "expected %s %s, got %s %s" % (status, code, got_status, body)
    assert isinstance(body, dict) and "error" in body, "no error body: %r" % (body,)
    assert body["error"]["code"] == code, "expected code %s, got %s" % (code, body)
    assert "message" in body["error"] and body["error"]["message"], body
    if field is not None:
        assert body["error"]["field"] == field, "expected field %s, got %s" % (field, body)
    return body


def run(tests, argv=None):
    """Runs the given test functions (name -> callable), prints a line each, exits 1 on failure."""
    only = set((argv or sys.argv)[2:]) if len(argv or sys.argv) > 2 else None
    failures = 0
    for name, fn in tests:
        if only and name not in only:
            continue
        started = time.time()
        try:
            fn()
            print("ok   %-50s %.2fs" % (name, time.time() - started), flush=True)
        except Exception:
            failures += 1
            print("FAIL %s" % name, flush=True)
            traceback.print_exc()
    print("%d failed" % failures if failures else "all passed", flush=True)
    sys.exit(1 if failures else 0)


def tests_of(module_globals):
    return [(n, f) for n, f in module_globals.items() if n.startswith("test_") and callable(f)]
