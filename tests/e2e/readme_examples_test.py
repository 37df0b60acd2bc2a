"""Runs every curl command of README.md's "## API by example" section, in order, against a live
server on a fresh database, and checks each answers with the status written after it ("# 201") and
the JSON shape (top-level keys) shown under it.

Usage: readme_examples_test.py BINARY            check README.md
       readme_examples_test.py BINARY --update   rewrite the shown outputs with what the server said
"""
import json
import os
import re
import subprocess
import sys
import tempfile

from sgtest import Server

BINARY = sys.argv[1]
README = os.environ.get("SG_README") or os.path.join(os.path.dirname(__file__), "../../README.md")
SECTION = "## API by example"
BLOCK = re.compile(r"```sh\n(.*?)```\n(?:\n?```json\n(.*?)```\n)?", re.S)


def section_bounds(text):
    start = text.index(SECTION)
    nxt = text.find("\n## ", start + len(SECTION))
    return start, (nxt if nxt >= 0 else len(text))


def examples(text):
    start, end = section_bounds(text)
    out = []
    for m in BLOCK.finditer(text, start, end):
        command = m.group(1).strip()
        status = re.search(r"#\s*(\d{3})\s*$", command)
        if not command.startswith("curl") or not status:
            raise SystemExit("README example without a curl command and a '# NNN' status:\n" + command)
        out.append((m, command, int(status.group(1)), m.group(2)))
    return out


def run_curl(command, port):
    command = command.replace("localhost:8080", "127.0.0.1:%d" % port)
    # Same command, plus the status on its own last line.
    command = re.sub(r"^curl ", "curl -sS -w '\\n%{http_code}' ", command)
    p = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=60)
    if p.returncode != 0:
        raise AssertionError("curl failed (%d): %s\n%s" % (p.returncode, command, p.stderr))
    body, _, status = p.stdout.rpartition("\n")
    return int(status), body


def main():
    update = "--update" in sys.argv
    text = open(README).read()
    items = examples(text)
    assert len(items) >= 15, "README shows too few examples: %d" % len(items)
    srv = Server(BINARY).start()
    failures = []
    replacements = []
    try:
        for m, command, want_status, shown in items:
            status, body = run_curl(command, srv.port)
            first = command.splitlines()[0]
            if status != want_status:
                failures.append("%s\n  status %d, README says %d: %s" % (first, status, want_status, body[:300]))
                continue
            got = json.loads(body)
            if update:
                replacements.append((m, json.dumps(got, indent=2, ensure_ascii=False)))
            elif shown is not None:
                expected = json.loads(shown)
                if sorted(expected) != sorted(got):
                    failures.append("%s\n  keys %s, README shows %s" % (first, sorted(got), sorted(expected)))
            print("ok   %d %s" % (status, first[:100]), flush=True)
    finally:
        srv.stop()
    if update and not failures:
        for m, rendered in reversed(replacements):
            block = "```sh\n%s```\n```json\n%s\n```\n" % (m.group(1), rendered)
            text = text[:m.start()] + block + text[m.end():]
        open(README, "w").write(text)
        print("README.md updated")
    for f in failures:
        print("FAIL " + f)
    print("%d failed" % len(failures) if failures else "all %d README examples passed" % len(items))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
