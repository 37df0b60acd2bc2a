#!/usr/bin/env python3
"""Writes own-heldout.jsonl (or the path given) from the annotated articles in arts_*.py.

The articles are our own writing about real conflicts outside Syria/Iraq/Yemen/Libya; the edges are
annotated by hand per ../../../shared/eval/GUIDE.md. Edit the arts_*.py files, then rerun this.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep data/eval free of __pycache__
sys.path.insert(0, HERE)
import arts_africa  # noqa: E402
import arts_asia  # noqa: E402
import arts_europe  # noqa: E402


def main():
    # an optional path lets the freshness test rebuild into a temporary file and compare
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "own-heldout.jsonl")
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for mod in (arts_europe, arts_africa, arts_asia):
            for make in mod.ARTICLES:
                f.write(json.dumps(make().d, ensure_ascii=False) + "\n")
                n += 1
    print(f"wrote {n} articles to {out}")


if __name__ == "__main__":
    main()
