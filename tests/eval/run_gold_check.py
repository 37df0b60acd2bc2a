#!/usr/bin/env python3
"""CTest driver for the own held-out gold set.

Usage: run_gold_check.py check  SHARED_EVAL_DIR GOLD.jsonl   -> runs check_gold.py (exit 77 = skip)
       run_gold_check.py fresh  BUILD_SCRIPT    GOLD.jsonl   -> the file matches what the script builds
"""
import filecmp
import os
import subprocess
import sys
import tempfile

SKIP = 77


def check(shared_eval, gold):
    checker = os.path.join(shared_eval, "check_gold.py")
    if not os.path.isfile(checker):
        print(f"SKIP: {checker} not found; the shared evaluation kit is not mounted next to the project")
        return SKIP
    return subprocess.run([sys.executable, checker, gold]).returncode


def fresh(script, gold):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "rebuilt.jsonl")
        rc = subprocess.run([sys.executable, script, out]).returncode
        if rc != 0:
            return rc
        if not filecmp.cmp(out, gold, shallow=False):
            print(f"{gold} is stale: rerun {script} after editing the arts_*.py files")
            return 1
    print(f"{gold} matches {script}")
    return 0


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("check", "fresh"):
        sys.exit(__doc__)
    mode, arg, gold = sys.argv[1:]
    sys.exit(check(arg, gold) if mode == "check" else fresh(arg, gold))


if __name__ == "__main__":
    main()
