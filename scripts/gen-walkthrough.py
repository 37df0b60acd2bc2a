#!/usr/bin/env python3
"""Runs every command of README's walkthrough against a live server and writes what each printed into
the output block that follows it (default), or checks that the doc still shows what a run prints
(--check, used by the test scripts_walkthrough).

  scripts/gen-walkthrough.py --server build/stancegraph [--check] [--doc README.md]

Only the part of the doc between the markers <!-- walkthrough:begin --> and <!-- walkthrough:end -->
is read and rewritten (the whole doc when it has no markers).

Doc conventions (machine-readable, so doc and test cannot drift apart):
  ```sh              a command; the harness runs it with bash (pipefail) in a scratch directory
                     that holds `data`, `scripts` and `build/stancegraph` as links into the repo.
  ```sh background   a long-running command (the server); started, then waited on until
                     GET /v1/health answers; stopped at the end.
  ```json / ```text  right after a command: what it printed. json blocks are compared as JSON,
                     text blocks line by line. Timestamps are ignored (see `normalise`).
The doc uses port 8080; the harness runs on a free port and maps it back in the output.
"""
import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FENCE = re.compile(r"^```([^\n`]*)\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?")
BEGIN, END = "<!-- walkthrough:begin -->", "<!-- walkthrough:end -->"
VARYING_KEYS = {"ingested_at", "created_at", "updated_at", "at"}  # wall-clock times of this run


class Step:
    def __init__(self, command, background, cmd_span, output_lang=None, output=None, output_span=None):
        self.command, self.background, self.cmd_span = command, background, cmd_span
        self.output_lang, self.output, self.output_span = output_lang, output, output_span


def parse_doc(text):
    """The doc's commands, each with the output block that directly follows it, if any."""
    blocks = [(m.group(1).split(), m.group(2), m.span()) for m in FENCE.finditer(text)]
    steps = []
    for i, (info, body, span) in enumerate(blocks):
        if not info or info[0] != "sh":
            continue
        step = Step(body.strip(), "background" in info[1:], span)
        if i + 1 < len(blocks):
            ninfo, nbody, nspan = blocks[i + 1]
            if ninfo and ninfo[0] in ("json", "text") and not text[span[1]:nspan[0]].strip():
                step.output_lang, step.output, step.output_span = ninfo[0], nbody, nspan
        steps.append(step)
    return steps


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def scratch_dir(server):
    d = tempfile.mkdtemp(prefix="sg-walkthrough-")
    for name in ("data", "scripts"):
        os.symlink(os.path.join(REPO, name), os.path.join(d, name))
    os.mkdir(os.path.join(d, "build"))
    os.symlink(os.path.abspath(server), os.path.join(d, "build", "stancegraph"))
    return d


def to_live(command, port):
    return command.replace("127.0.0.1:8080", f"127.0.0.1:{port}").replace("--port 8080", f"--port {port}")


def to_doc(output, port):
    return output.replace(f"127.0.0.1:{port}", "127.0.0.1:8080").rstrip()


def wait_healthy(port, proc, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"background command exited with {proc.returncode}")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/health", timeout=2).read()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("server did not become healthy")


def run_steps(steps, server):
    """Each step's printed output (doc form); background processes are stopped at the end."""
    port, work, procs, outputs = free_port(), scratch_dir(server), [], []
    env = {k: v for k, v in os.environ.items() if not k.startswith("STANCEGRAPH_")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    try:
        for step in steps:
            command = to_live(step.command, port)
            if step.background:
                log = open(os.path.join(work, "background.log"), "ab")
                procs.append(subprocess.Popen(["bash", "-c", command], cwd=work, env=env, stdout=log,
                                              stderr=subprocess.STDOUT, start_new_session=True))
                log.close()
                wait_healthy(port, procs[-1])
                outputs.append(None)
                continue
            p = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=work, env=env, capture_output=True,
                               text=True, timeout=120)
            if p.returncode != 0:
                raise RuntimeError(f"command failed ({p.returncode}): {step.command}\n{p.stderr}")
            outputs.append(to_doc(p.stdout, port))
    finally:
        for proc in procs:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
    return outputs


def normalise(value):
    """Blanks out what legitimately differs between runs: wall-clock timestamps."""
    if isinstance(value, dict):
        return {k: ("<time>" if k in VARYING_KEYS and isinstance(v, str) else normalise(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if isinstance(value, str):
        return TIMESTAMP.sub("<time>", value)
    return value


def same(lang, expected, actual):
    if lang == "json":
        try:
            return normalise(json.loads(expected)) == normalise(json.loads(actual))
        except json.JSONDecodeError:
            return False
    lines = lambda s: [normalise(line.rstrip()) for line in s.strip("\n").splitlines()]  # noqa: E731
    return lines(expected) == lines(actual)


def output_lang(output):
    try:
        json.loads(output)
        return "json"
    except json.JSONDecodeError:
        return "text"


def regenerate(text, steps, outputs):
    """The doc with every output block replaced by (or given) what the run printed."""
    edits = []
    for step, out in zip(steps, outputs):
        if out is None:
            continue
        block = f"```{output_lang(out) if out else 'text'}\n{out}\n```" if out else "```text\n```"
        if step.output_span:
            edits.append((step.output_span, block))
        else:
            edits.append(((step.cmd_span[1], step.cmd_span[1]), "\n" + block))
    for (start, end), block in sorted(edits, reverse=True):
        text = text[:start] + block + text[end:]
    return text


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--server", required=True, help="path to the stancegraph binary")
    ap.add_argument("--doc", default=os.path.join(REPO, "README.md"))
    ap.add_argument("--check", action="store_true", help="compare instead of rewriting; exit 1 on a difference")
    args = ap.parse_args()
    with open(args.doc, encoding="utf-8") as f:
        whole = f.read()
    begin, end = whole.find(BEGIN), whole.find(END)
    if begin < 0 or end < begin:
        begin, end = 0, len(whole)
    else:
        begin += len(BEGIN)
    text = whole[begin:end]
    steps = parse_doc(text)
    if not steps:
        sys.exit(f"{args.doc}: no ```sh blocks")
    outputs = run_steps(steps, args.server)
    if not args.check:
        with open(args.doc, "w", encoding="utf-8") as f:
            f.write(whole[:begin] + regenerate(text, steps, outputs) + whole[end:])
        print(f"{args.doc}: {len(steps)} commands run, outputs written")
        return 0
    failures = 0
    for step, out in zip(steps, outputs):
        if out is None:
            continue
        if step.output is None:
            if out:
                failures += 1
                print(f"FAIL: the doc shows no output for `{step.command}`, the run printed:\n{out}\n")
        elif not same(step.output_lang, step.output, out):
            failures += 1
            print(f"FAIL: `{step.command}`\n--- doc\n{step.output.rstrip()}\n--- run\n{out}\n")
    ran = sum(1 for o in outputs if o is not None)
    print(f"walkthrough: {ran} commands compared, {failures} differ"
          + (" (regenerate with scripts/gen-walkthrough.py --server PATH)" if failures else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
