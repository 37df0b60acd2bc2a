"""The command line: help and exit codes, import, export, extract, reextract. Usage: cli_test.py BINARY"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

from sgtest import Server, run, tests_of

BINARY = sys.argv[1]
TMP = tempfile.mkdtemp(prefix="sg-cli-")


def sg(*args, stdin=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("STANCEGRAPH_")}
    p = subprocess.run([BINARY] + list(args), input=stdin, capture_output=True, text=True, env=env, timeout=120)
    return p.returncode, p.stdout, p.stderr


def test_help_and_usage_errors():
    code, out, err = sg("--help")
    assert code == 0 and "serve" in out and "import" in out and "export" in out, (code, out, err)
    for sub in ("serve", "import", "export", "extract", "reextract"):
        code, out, err = sg(sub, "--help")
        assert code == 0 and "--" in out, (sub, code, out, err)
    code, out, err = sg()
    assert code == 2 and err, (code, err)
    code, out, err = sg("frobnicate")
    assert code == 2 and err
    code, out, err = sg("serve", "--port", "99999")
    assert code == 2 and "port" in err.lower(), err
    code, out, err = sg("serve", "--max-body", "lots")
    assert code == 2 and "max-body" in err, err
    code, out, err = sg("export", "--format", "yaml")
    assert code == 2, err


def test_import_export_roundtrip():
    db = os.path.join(TMP, "import.db")
    lines = [json.dumps({"title": "Imported %d" % i, "published_at": "2015-07-%02d" % (i + 1),
                         "text": "Imported text %d" % i, "id": "extra-%d" % i}) for i in range(30)]
    lines.insert(5, "{broken json")
    lines.insert(9, json.dumps({"title": "Bad date", "published_at": "2015-13-45", "text": "x"}))
    path = os.path.join(TMP, "in.jsonl")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    code, out, err = sg("import", path, "--db", db, "--no-extract", "--batch", "7")
    assert code == 1, (code, out, err)  # some lines were rejected
    assert "30 ingested" in out and "2 rejected" in out, out
    assert "line 6" in err and "line 10" in err and "invalid_date" in err, err
    code, out, err = sg("import", path, "--db", db, "--no-extract")
    assert "0 ingested, 30 duplicates" in out, out
    code, out, err = sg("import", "-", "--db", db, "--no-extract", stdin=lines[0] + "\n")
    assert "1 duplicates" in out, out

    s = Server(BINARY, db=db, args=["--no-extract"]).start()
    try:
        s.post("/v1/edges", {"edges": [
            {"source": "Export A", "relation": "attacks", "target": "Export B", "date": "2015-07-01", "create": True,
             "evidence": 'He said "go", then left'},
            {"source": "Export B", "relation": "condemns", "target": "Export A", "date": "2015-07-02"}]})
        assert s.get("/v1/health")[1]["counts"]["articles"] == 30
    finally:
        s.stop()
    code, out, err = sg("export", "--db", db, "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert {a["name"] for a in data["actors"]} >= {"Export A", "Export B"}
    assert len(data["edges"]) == 2 and data["edges"][0]["evidence"] == 'He said "go", then left'
    code, out, err = sg("export", "--db", db, "--format", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 2 and rows[0]["relation"] == "attacks" and rows[0]["evidence"] == 'He said "go", then left'
    code, out, err = sg("export", "--db", db, "--format", "csv-actors")
    assert code == 0 and "Export A" in out, err


def test_missing_input_file():
    code, out, err = sg("import", os.path.join(TMP, "nope.jsonl"), "--db", os.path.join(TMP, "x.db"), "--no-extract")
    assert code == 1 and "nope.jsonl" in err, (code, err)


def test_unwritable_database():
    code, out, err = sg("serve", "--db", "/proc/nope/x.db", "--port", "0")
    assert code == 1 and err, (code, err)


def test_newer_schema_is_refused():
    import sqlite3
    db = os.path.join(TMP, "future.db")
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 9999")
    conn.commit()
    conn.close()
    code, out, err = sg("serve", "--db", db, "--port", "0", "--no-extract")
    assert code == 1 and "newer" in err.lower(), (code, err)
    code, out, err = sg("export", "--db", db)
    assert code == 1 and err, (code, err)


def test_extract_needs_no_database():
    article = {"id": "a1", "published_at": "2015-06-03", "title": "t", "source": "s", "url": "",
               "text": "The United States accused Bashar al-Assad of aiding the Islamic State."}
    cwd = os.getcwd()
    os.chdir(TMP)
    try:
        code, out, err = sg("extract", stdin=json.dumps(article) + "\n")
    finally:
        os.chdir(cwd)
    assert code == 0, err
    for line in out.splitlines():
        json.loads(line)
    assert not os.path.exists(os.path.join(TMP, "stancegraph.db"))


def test_reextract_command():
    db = os.path.join(TMP, "reextract.db")
    path = os.path.join(TMP, "re.jsonl")
    with open(path, "w") as f:
        f.write(json.dumps({"title": "R", "published_at": "2015-06-03",
                            "text": "The United States accused Bashar al-Assad of aiding the Islamic State."}) + "\n")
    code, out, err = sg("import", path, "--db", db, "--no-extract")
    assert code == 0, err
    code, out, err = sg("reextract", "--db", db)
    assert code == 0 and "re-extracted 1 articles" in out, (out, err)
    code, out, err = sg("reextract", "--db", db, "--article", "1")
    assert code == 0, err
    code, out, err = sg("reextract", "--db", db, "--article", "999")
    assert code == 1 and err, (code, err)


if __name__ == "__main__":
    run(tests_of(globals()))
